"""Levels dated by the words around them:

- "after closing at a record high of X on Feb. 16" in a sentence that opens "In February 2007": the
  record as of that day, in the year the month was named with (not the publication's);
- "its highest close since its record high of X on Sept. 13": the date is the standing's point, and
  "its" after the Dow's figures is the Dow's, not the sentence's fronted "Wall Street";
- "In March 2000 the Nasdaq composite peaked at X": the month's extreme, not its last close.

Every expected level is computed here from the stored rows (the highest close up to a day, a
month's highest close and intraday high); each is also moved, where it must not be borne out.
"""

from __future__ import annotations

from tests.claims.verify_kit import checked_of

import capscope


def _closes(symbol: str):  # noqa: ANN202 - a pandas Series
    return capscope.bars(symbol)["close"]


def test_a_record_level_dated_in_the_year_its_month_was_named_with():
    record = float(_closes("DJI").loc[:"2007-02-16"].max())  # set that day, off the rows
    text = (f"In February 2007 the Dow Jones industrial average signaled the tumult to come: after closing at "
            f"a record high of {record:,.2f} on Feb. 16, the Dow fell 416 points on Feb. 27.")
    got = checked_of(text, "2013-03-06", "close_level")
    assert [v for _, v, _ in got] == ["supported"] and "2007-02-16" in got[0][2], got
    moved = checked_of(text.replace(f"{record:,.2f}", f"{record - 300:,.2f}"), "2013-03-06", "close_level")
    assert moved[0][1] != "supported", moved


def test_its_after_the_dows_figures_is_the_dows():
    close = _closes("DJI")
    record = float(close.loc[:"1999-11-16"].max())
    text = (f"Instead Wall Street threw a party, sending the Dow Jones industrial average up 171.58 points to "
            f"10,932, its highest close since its record high of {record:,.2f} on Aug. 25.")
    got = checked_of(text, "1999-11-17", "close_level")
    level = [g for g in got if "record high" in g[0]]
    assert [v for _, v, _ in level] == ["supported"] and "DJI" in level[0][2], got


def test_peaked_in_a_month_is_the_months_extreme():
    bars = capscope.bars("IXIC").loc["2000-03-01":"2000-03-31"]
    peak = float(bars["close"].max())
    assert peak != float(bars["close"].iloc[-1])  # the month's last close is another figure
    text = f"In March 2000 the Nasdaq composite peaked at {peak:,.2f}; it has fallen 75 percent since."
    got = checked_of(text, "2002-07-23", "close_level")
    assert [v for _, v, _ in got] == ["supported"], got
    moved = checked_of(text.replace(f"{peak:,.2f}", f"{peak * 0.9:,.2f}"), "2002-07-23", "close_level")
    assert moved[0][1] != "supported", moved


def test_a_data_releases_month_does_not_date_the_record():
    # "even after a closely watched inflation gauge firmed in January": January is the gauge's;
    # both records are the story's day (each index's close on 2024-02-29 above every earlier close)
    for sym in ("SPX", "IXIC"):
        close = _closes(sym)
        assert float(close.loc["2024-02-29"]) > float(close.loc[:"2024-02-28"].max())
    text = ("U.S. stocks finished higher on Thursday, with the S&P 500 and the Nasdaq Composite each logging a "
            "record-high close even after a closely watched inflation gauge firmed in January.")
    got = checked_of(text, "2024-02-29", "record")
    assert [v for _, v, _ in got] == ["supported", "supported"], got
    assert all("2024-02-29" in e and "2024-01-" not in e for _, _, e in got), got
