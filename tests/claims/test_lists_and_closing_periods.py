"""Figures paired by "respectively", periods named by a closing verb or a change's own noun, and
total-return figures. Each shape was seen in unrelated passages (a 2025 small-cap blog, a 2017
fund note, a 2012 wire story, a 2024 and a 2015 year-end review; "finished 2014 up 4.9%", "ended
December down 7%", "closed out 2023 with a gain of more than 24%"). Every expected value is
computed here from the stored rows, never read off the checker.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import capscope
from capscope.claims.check import check_text


def _ret(symbol: str, start: str, end: str, field: str = "close") -> float:
    """Percent change from the last close on or before ``start`` to the last on or before ``end``."""
    s = capscope.series(symbol, field=field)
    a = s.loc[:pd.Timestamp(start)].iloc[-1]
    b = s.loc[:pd.Timestamp(end)].iloc[-1]
    return (b / a - 1) * 100


def _items(text: str, day: dt.date) -> list[tuple[str, str, str, str]]:
    """(claim words, subject symbol, verdict, explanation) of every change the checker reads."""
    return [(i.claim.text, i.checked.evidence[0].arguments.get("symbol", "") if i.checked.evidence else "",
             i.verdict.value, i.checked.explanation)
            for i in check_text(text, day).items
            if i.claim.kind.value in ("day_move", "period_return", "relative_return")]


def _verdict_of(items: list[tuple[str, str, str, str]], figure: str) -> tuple[str, str]:
    found = [(sym, v) for words, sym, v, _ in items if figure in words]
    assert len(found) == 1, (figure, items)
    return found[0]


# -- "respectively" ------------------------------------------------------------------------------

def test_the_names_after_the_figures_take_them_in_order() -> None:
    day = dt.date(2025, 11, 21)
    r = {s: _ret(s, "2024-12-31", "2025-11-21") for s in ("RUT", "SPX", "DJI", "IXIC")}
    text = (f"The Russell 2000 has posted a modest year-to-date increase of {r['RUT']:.1f} percent, against "
            f"the {r['SPX']:.1f} percent, {r['DJI']:.1f} percent and {r['IXIC']:.1f} percent gains in the "
            "S&P 500, Dow Jones and Nasdaq, respectively.")
    items = _items(text, day)
    for sym in ("SPX", "DJI", "IXIC"):
        assert _verdict_of(items, f"{r[sym]:.1f} percent") == (sym, "supported"), items


def test_a_figure_in_the_wrong_place_of_the_list_is_not_borne_out_by_another_name() -> None:
    # the same sentence with the Dow's and the Nasdaq's figures swapped: each is now checked
    # against the name in its place, and no other name of the sentence rescues it
    day = dt.date(2025, 11, 21)
    r = {s: _ret(s, "2024-12-31", "2025-11-21") for s in ("SPX", "DJI", "IXIC")}
    assert abs(r["DJI"] - r["IXIC"]) > 3  # (the two differ by far more than any rounding)
    text = (f"So far this year the S&P 500, Dow Jones and Nasdaq have gained {r['SPX']:.1f} percent, "
            f"{r['IXIC']:.1f} percent and {r['DJI']:.1f} percent, respectively.")
    items = _items(text, day)
    assert _verdict_of(items, f"{r['SPX']:.1f} percent") == ("SPX", "supported")
    assert _verdict_of(items, f"{r['IXIC']:.1f} percent")[0] == "DJI"
    assert _verdict_of(items, f"{r['IXIC']:.1f} percent")[1] != "supported"
    assert _verdict_of(items, f"{r['DJI']:.1f} percent")[0] == "IXIC"
    assert _verdict_of(items, f"{r['DJI']:.1f} percent")[1] != "supported"


def test_a_ticker_in_brackets_is_the_name_it_follows() -> None:
    day = dt.date(2017, 10, 12)
    spx, rut = _ret("SPX", "2016-12-30", "2017-09-29"), _ret("RUT", "2016-12-30", "2017-09-29")
    text = (f"Through Sept. 29, the S&P 500 Index (IVV) and the Russell 2000 Index (IWM) were up {spx:.1f}% "
            f"and {rut:.1f}%, respectively, for the year.")
    items = _items(text, day)
    assert _verdict_of(items, f"{spx:.1f}%")[0] == "SPX", items
    assert _verdict_of(items, f"{rut:.1f}%")[0] == "RUT", items


def test_each_figure_keeps_its_own_side() -> None:
    # a session on which the Dow fell and the S&P 500 rose, found in the rows
    both = capscope.series(["DJI", "SPX"], start="2012-01-01", end="2012-12-31").dropna().pct_change() * 100
    pick = both[(both["DJI"] < -0.05) & (both["SPX"] > 0.05)].index[0]
    dji, spx = both.loc[pick, "DJI"], both.loc[pick, "SPX"]
    text = (f"The Dow Jones industrial average and the S&P 500 ended mixed, down {abs(dji):.2f}% and up "
            f"{spx:.2f}%, respectively.")
    items = _items(text, pick.date())
    assert _verdict_of(items, f"{abs(dji):.2f}%") == ("DJI", "supported"), items
    assert _verdict_of(items, f"{spx:.2f}%") == ("SPX", "supported"), items


def test_a_gap_listed_for_two_names_keeps_the_index_they_beat() -> None:
    day = dt.date(2024, 7, 20)
    rut = _ret("RUT", "2023-12-29", "2024-06-28")
    gaps = {s: _ret(s, "2023-12-29", "2024-06-28") - rut for s in ("SPX", "IXIC")}
    text = (f"Over the first half of 2024 the S&P 500 and the Nasdaq beat the Russell 2000 by "
            f"{gaps['SPX']:.1f} and {gaps['IXIC']:.1f} percentage points, respectively.")
    items = _items(text, day)
    # (a gap's explanation names both sides: "IXIC vs RUT")
    assert [(w, v) for w, _, v, e in items if "SPX vs RUT" in e] == [(f"beat the Russell 2000 by {gaps['SPX']:.1f}",
                                                                      "supported")], items
    assert [v for _, _, v, e in items if "IXIC vs RUT" in e] == ["supported"], items


# -- periods a closing verb or a change's noun names ---------------------------------------------

@pytest.mark.parametrize(("template", "symbol", "start", "end", "published"), [
    ("The Russell 2000 finished 2014 up {v:.1f}%, lagging the big indexes.", "RUT", "2013-12-31", "2014-12-31",
     "2015-01-07"),
    ("The S&P 500 closed out 2023 with a gain of {v:.1f}%.", "SPX", "2022-12-30", "2023-12-29", "2024-01-02"),
    ("The Nasdaq ended December down {v:.1f}%, a rough finish.", "IXIC", "2018-11-30", "2018-12-31", "2019-01-03"),
    ("The Russell 2000 finished November with an {v:.1f}% gain.", "RUT", "2024-10-31", "2024-11-29", "2024-12-03"),
])
def test_a_period_after_a_closing_verb_is_the_figures_window(template: str, symbol: str, start: str, end: str,
                                                               published: str) -> None:
    v = _ret(symbol, start, end)
    items = _items(template.format(v=abs(v)), dt.date.fromisoformat(published))
    assert [(sym, verdict) for _, sym, verdict, _ in items] == [(symbol, "supported")], items
    # a figure well off is not borne out on that window
    off = _items(template.format(v=abs(v) + 4), dt.date.fromisoformat(published))
    assert len(off) == 1 and off[0][2] != "supported", off
    assert f"{start} close -> {end} close" in off[0][3], off


def test_a_month_that_names_the_change_and_the_year_it_ends() -> None:
    # a Jan. 2 review: "December gains" are last December's, and "for the year" the year it ended
    day = dt.date(2024, 1, 2)
    dec = {s: _ret(s, "2023-11-30", "2023-12-29") for s in ("SPX", "IXIC")}
    year = {s: _ret(s, "2022-12-30", "2023-12-29") for s in ("SPX", "IXIC")}
    text = (f"The S&P 500 and Nasdaq Composite posted December gains of {dec['SPX']:.1f}% and {dec['IXIC']:.1f}%, "
            f"respectively, which leaves them up {year['SPX']:.1f}% and {year['IXIC']:.1f}%, respectively, "
            "for the year.")
    items = _items(text, day)
    for figure, sym in ((dec["SPX"], "SPX"), (dec["IXIC"], "IXIC"), (year["SPX"], "SPX"), (year["IXIC"], "IXIC")):
        assert _verdict_of(items, f"{figure:.1f}%") == (sym, "supported"), items


def test_the_year_so_far_stays_the_year_so_far_without_a_december() -> None:
    day = dt.date(2024, 1, 2)
    ytd = _ret("SPX", "2023-12-29", "2024-01-02")
    items = _items(f"The S&P 500 is down {abs(ytd):.2f}% for the year.", day)
    assert [(sym, v) for _, sym, v, _ in items] == [("SPX", "supported")], items


# -- a total-return figure is no alarm on the index's prices --------------------------------------

def test_a_year_figure_at_the_funds_total_return_is_not_an_alarm() -> None:
    day = dt.date(2015, 1, 7)
    price = _ret("SPX", "2013-12-31", "2014-12-31")
    total = _ret("SPY", "2013-12-31", "2014-12-31", field="adj_close")
    assert total - price > 1.5  # a year of dividends
    text = f"The S&P 500 finished 2014 up {total:.1f}%, its sixth straight annual gain."
    (_, sym, verdict, why), = _items(text, day)
    assert (sym, verdict) == ("SPX", "unverifiable") and "total return" in why, why
    # beyond the total return by more than a fund's lag, or on the other side of the price return
    # (dividends only add), the total return is no way out
    for figure in (total + 1.5, price - 1.0):
        (_, _, verdict, why), = _items(text.replace(f"{total:.1f}%", f"{figure:.1f}%"), day)
        assert verdict != "supported" and "total return" not in why, why


def test_a_dow_jones_gauge_abroad_is_not_the_dow() -> None:
    items = check_text("For Europe, the Dow Jones STOXX 50 Index shows a January gain of 13.09 points, to 3362.19.",
                       dt.date(2006, 1, 25)).items
    assert items and all(i.verdict.value == "unverifiable" for i in items)
    assert all("not an instrument capscope knows" in i.checked.explanation for i in items)


# -- a record said of indexes listed together -----------------------------------------------------

def _records(text: str, day: str) -> list[tuple[str, str]]:
    return sorted((i.resolved.subject.symbol or "", i.verdict.value) for i in check_text(text, day).items
                  if i.claim.kind.value == "record")


def _record_closes(symbol: str, start: str, end: str) -> list[pd.Timestamp]:
    """Sessions of ``start``..``end`` whose close tops every earlier close (brute force)."""
    s = capscope.series(symbol)
    return [d for d in s.loc[start:end].index if s.loc[d] > s.loc[:d].iloc[:-1].max()]


def test_a_record_of_two_listed_names_is_each_ones() -> None:
    # 2022-01-03: the S&P 500 and the Dow both closed at records (the rows), the Nasdaq did not
    assert _record_closes("SPX", "2022-01-03", "2022-01-03") and _record_closes("DJI", "2022-01-03", "2022-01-03")
    assert not _record_closes("IXIC", "2022-01-03", "2022-01-03")
    text = "Wall Street got 2022 off to a solid start with more record highs for the S&P 500 and the Dow."
    assert _records(text, "2022-01-03") == [("DJI", "supported"), ("SPX", "supported")]
    text = "The Dow Jones industrial average and the Nasdaq composite both finished at record highs."
    assert _records(text, "2022-01-03") == [("DJI", "supported"), ("IXIC", "contradicted")]


def test_a_record_of_one_name_stays_that_names() -> None:
    text = "The S&P 500 set a record, while the Dow and the Nasdaq composite fell."
    assert _records(text, "2022-01-03") == [("SPX", "supported")]


def test_a_month_dated_page_keeps_each_listed_names_verdict() -> None:
    # a page known to its month only: the two records of April 2019 (the rows) are each supported
    assert _record_closes("IXIC", "2019-04-01", "2019-04-30") and _record_closes("SPX", "2019-04-01", "2019-04-30")
    text = "In April, the Nasdaq and the S&P 500 had both moved to new all-time highs."
    items = [(i.resolved.subject.symbol, i.verdict.value) for i in check_text(text, "2019-06").items]
    assert sorted(items) == [("IXIC", "supported"), ("SPX", "supported")], items


def test_a_move_and_close_in_brackets_after_each_name() -> None:
    # wire copy of 2003: "The Dow Jones industrial average (up 125.33 to 10450.00) and the S&P 500
    # (up 13.59 to 1109.48) each rose around 1.2 percent"; the figures here are the rows' own
    day = "2003-12-29"
    rows = {s: capscope.series(s).loc[:day].iloc[-2:] for s in ("DJI", "SPX")}
    fig = {s: (r.iloc[-1] - r.iloc[-2], r.iloc[-1]) for s, r in rows.items()}
    text = (f"The Dow Jones industrial average (up {fig['DJI'][0]:.2f} to {fig['DJI'][1]:.2f}) and the S&P 500 "
            f"(up {fig['SPX'][0]:.2f} to {fig['SPX'][1]:.2f}) each rose.")
    levels = [(i.resolved.subject.symbol, i.verdict.value) for i in check_text(text, day).items
              if i.claim.kind.value == "close_level"]
    assert levels == [("DJI", "supported"), ("SPX", "supported")], levels
    # a list's numbering stays no figure
    assert check_text("Strategists expect 1) lower tax rates 2) steady spending.", day).items == []
