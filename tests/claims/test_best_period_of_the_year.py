"""A week's or a month's standing within its year: "wrapped up their best week of the year",
"closing out the worst week of the year for the Dow", "which marked its best month of 2024".

The standing is found here by brute force over Friday-to-Friday (month-end to month-end) closes
of the stored data: the period's change against every earlier one of the same calendar year.
Each passage is also written about a period that was not the year's extreme, which must not be
supported; "its 4th worst week of the year" (a rank among weeks) is left unread, and "were set
for their biggest monthly advance of the year" is a projection.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import capscope
from capscope.claims.check import check_text


def _period_changes(symbol: str, rule: str) -> pd.Series:
    close = capscope.bars(symbol)["close"]
    ends = close.groupby(close.index.to_period(rule)).tail(1)
    return ends.pct_change().dropna()


def _is_extreme_of_year(changes: pd.Series, end: str, best: bool) -> bool:
    day = pd.Timestamp(end)
    this = changes.loc[day]
    earlier = changes[(changes.index.year == day.year) & (changes.index < day)]
    return bool((earlier < this).all()) if best else bool((earlier > this).all())


def _standings(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation)
            for i in check_text(text, dt.date.fromisoformat(day)).items
            if i.claim.kind.value in ("highest_since", "lowest_since")]


@pytest.mark.parametrize(("symbol", "best", "text", "day", "other", "names"), [
    # the week to 2024-09-06 was a loss, not the year's best
    ("SPX", True, "U.S. stocks rose on Friday and wrapped up their best week of the year. The S&P 500 rose 0.5% "
                  "Friday.", "2024-09-13", "2024-09-06", "2024-09-13"),
    ("DJI", False, "Stocks fell Friday, closing out the worst week of the year for the Dow Jones industrial average.",
     "2013-08-16", "2013-08-23", "DJI"),
])
def test_the_best_or_worst_week_of_the_year(symbol, best, text, day, other, names):
    weeks = _period_changes(symbol, "W-FRI")
    assert _is_extreme_of_year(weeks, day, best=best)
    got = _standings(text, day)
    assert [v for _, v, _ in got] == ["supported"], got
    assert names in got[0][2]
    assert not _is_extreme_of_year(weeks, other, best=best)
    got = _standings(text, other)
    assert got and got[0][1] != "supported", got


def test_the_best_month_of_a_named_year():
    months = _period_changes("RUT", "M")
    nov = months.index[(months.index.year == 2024) & (months.index.month == 11)][0]
    assert _is_extreme_of_year(months, str(nov.date()), best=True)
    text = ("The Russell 2000 ran up nearly 11% in November, which marked its best month of 2024, but the "
            "small-cap index then lost more than 8% in December.")
    got = _standings(text, "2025-01-08")
    assert [v for _, v, _ in got] == ["supported"], got
    oct_ = months.index[(months.index.year == 2024) & (months.index.month == 10)][0]
    assert not _is_extreme_of_year(months, str(oct_.date()), best=True)
    got = _standings(text.replace("November", "October"), "2025-01-08")
    assert not any(v == "supported" for _, v, _ in got), got


def test_a_rank_among_weeks_and_a_projection_are_not_read_as_the_years_extreme():
    assert _standings("The Nasdaq had its 4th worst week of the year.", "2010-08-13") == []
    got = _standings("Small caps rallied on Monday and were set for their biggest monthly advance of the year.",
                     "2024-11-25")
    assert got and all(v == "not_checkable" for _, v, _ in got), got
