"""An adviser letter's market table with its line breaks lost: "Market/Index | 2018 Close | Prior
Week | As of 10/25 | Weekly Change | YTD Change DJIA | 23327.46 | ... | 15.56% NASDAQ | 6635.28 |
...": the last heading cell runs into the first row's name, each row's last cell into the next
name (which may start with a digit: "10-year Treasuries"), and the Fed's target row keeps its place:
each of its ranges under a dated column is the range in force that day (hand-checked: 0.25-0.50%
from the hike of 2015-12-16 to that of 2016-12-14). An "as of" day the exchange was closed (Good
Friday) holds the session before's close.

Every cell is computed here from the stored rows (the closes on the year's last session, the
Friday before and the "as of" session, the week's and the year's change between them); the table
is also written with one cell moved, which must then not be borne out.
"""

from __future__ import annotations

import capscope
from capscope.claims.check import check_text


def _row(symbol: str, days: tuple[str, str, str]) -> list[float]:
    close = capscope.bars(symbol)["close"]
    year_end, prior, now = (float(close.loc[d]) for d in days)
    return [year_end, prior, now, (now / prior - 1) * 100, (now / year_end - 1) * 100]


def _table(rows: dict[str, list[float]], as_of: str, year: int, fed: str = "0.25%-0.50%") -> str:
    cells = " ".join(f"{name} | {r[0]:.2f} | {r[1]:.2f} | {r[2]:.2f} | {r[3]:.2f}% | {r[4]:.2f}%"
                     for name, r in rows.items())
    return (f"The Markets. Stocks were mixed last week. Market/Index | {year} Close | Prior Week | As of {as_of} | "
            f"Weekly Change | YTD Change {cells} Fed. Funds | {fed} | 0.25%-0.50% | 0.25%-0.50% | 0 bps | 0 bps "
            "10-year Treasuries | 2.26% | 1.98% | 1.90% | -8 bps | -36 bps Chart reflects price changes.")


def _verdicts(text: str, published: str) -> list[tuple[str, str, str]]:
    import datetime as dt

    return [(i.claim.text, i.verdict.value, i.checked.explanation)
            for i in check_text(text, dt.date.fromisoformat(published)).items
            if i.claim.details.get("source") == "table"]


def test_a_run_together_table_on_good_friday():
    # 2016-03-25 was Good Friday: "as of 3/25" is Thursday 2016-03-24's close
    days = ("2015-12-31", "2016-03-18", "2016-03-24")
    rows = {"DJIA": _row("DJI", days), "Russell 2000": _row("RUT", days)}
    got = _verdicts(_table(rows, "3/25", 2015), "2016-03-28")
    index_cells = [g for g in got if "DGS10" not in g[2] and "range in force" not in g[2]]
    assert [v for _, v, _ in index_cells] == ["supported"] * 10, got
    fed = [(v, e) for _, v, e in got if "range in force" in e]
    assert [v for v, _ in fed] == ["supported"] * 3 and "2015-12-31" in fed[0][1] and "2016-03-24" in fed[2][1], got
    got = _verdicts(_table(rows, "3/25", 2015, fed="0.50%-0.75%"), "2016-03-28")
    assert [v for t, v, _ in got if t == "0.50%-0.75%"] == ["contradicted"], got
    assert any("2016-03-24" in e for _, _, e in index_cells), got
    assert any("DGS10" in e and v == "supported" for _, v, e in got), got  # the yield row after the Fed's
    moved = dict(rows, **{"Russell 2000": [*rows["Russell 2000"][:4], rows["Russell 2000"][4] + 2]})
    got = _verdicts(_table(moved, "3/25", 2015), "2016-03-28")
    assert [v for t, v, _ in got if t == f"{moved['Russell 2000'][4]:.2f}%"] != ["supported"], got


def test_prose_with_pipes_and_no_heading_is_not_a_table():
    text = "Markets | Stocks rose 1% | Bonds fell. Index | S&P 500 gained 2%."
    assert _verdicts(text, "2016-03-28") == []
