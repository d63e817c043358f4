"""Shapes behind the wrong alarms of the twenty-eighth held-back round, each written as a rule and
tested on sentences whose expected verdicts are read off the rows here (never off the checker).
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text
from capscope.claims.entities import find_mentions


def _items(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.kind.value, i.claim.text, i.verdict.value)
            for i in check_text(text, dt.date.fromisoformat(day)).items]


def test_a_mastheads_date_is_not_the_leads_day() -> None:
    # a morning paper of Friday, March 23, 2001 reports Thursday's session ("yesterday")
    s = capscope.series("DJI")
    ten = float(s.loc["2001-03-22"]) - float(s.loc["2001-03-08"])
    assert round(ten, 2) == -1468.77
    text = ("The Washington Times - Friday, March 23, 2001\nNEW YORK (AP) Investors stepped up their selling of "
            "blue chips yesterday.\nThe Dow has fallen 1,469 points over the past 10 trading sessions.")
    got = [v for k, _, v in _items(text, "2001-03-23") if k == "period_return"]
    assert got == ["supported"], got


def test_a_decisions_size_in_a_later_clause_is_that_clauses() -> None:
    text = ("The jump in inflation led the Federal Reserve to hike rates in March for the first time in more than "
            "three years, and earlier this month the central bank turned more aggressive with a "
            "half-percentage-point increase.")
    got = [(w, v) for k, w, v in _items(text, "2022-05-20") if k == "fed_decision"]
    assert got and all(v != "contradicted" for _, v in got), got


def test_a_period_closed_out_names_the_superlatives_change() -> None:
    # SPX 2022: -19.44%, its worst year since 2008 (-38.49%), by brute force over year-end closes
    s = capscope.series("SPX")
    years = s.groupby(s.index.year).last().pct_change() * 100
    worse = years.loc[2009:2021]
    assert (worse > years.loc[2022]).all() and years.loc[2008] < years.loc[2022]
    got = [v for k, _, v in _items("S&P 500 closes out dismal year with worst loss since 2008.", "2022-12-30")
           if k == "lowest_since"]
    assert got == ["supported"], got


def test_part_of_a_session_and_an_intraday_reference_are_no_alarm() -> None:
    got = _items("The Dow added another 100 points in the final 30 minutes, gaining 413.21 points.", "2008-10-20")
    assert [v for _, w, v in got if w.startswith("added")] == ["unverifiable"], got
    got = _items("The S&P 500 closed the week 20.9% below its intraday high in January.", "2022-05-20")
    assert "contradicted" not in [v for _, _, v in got], got


def test_generic_names() -> None:
    assert [(m.symbol, m.via) for m in find_mentions("Treasury yields touched their highest")] == \
        [(None, "unknown instrument")]
    assert [m.symbol for m in find_mentions("leaves the blue-chip index down 0.8% for the year")] == ["DJI"]


def test_since_then_after_a_period_that_ended() -> None:
    # IXIC from the Jan. 21, 2000 close (last week's record) to the Jan. 28 close, off the rows
    s = capscope.series("IXIC")
    lost = float(s.loc["2000-01-21"]) - float(s.loc["2000-01-28"])
    assert round(lost, 2) == 348.33
    text = f"The Nasdaq, which ended last week at a record high, has lost {lost:.2f} points since then."
    got = [v for k, _, v in _items(text, "2000-01-29") if k == "period_return"]
    assert got == ["supported"], got
