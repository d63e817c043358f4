"""A level closed beyond for the first time, in the shapes wire copy writes it: the side word
without a closing verb ("the Dow ending above 27,000 points for the first time", "pushed it past
the 24,000 mark for the first time"), the day between ("closed over 22,000 on Wednesday for the
first time ever"), "in its 120-year history", and the noun with a "since" ("its first close below
10,000 since 2004"). A crossing that did not happen ("nearly posting its first close above 9,000")
is no claim.

Every expected day is found here by brute force over the stored closes.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from verify_kit import checked_of

import capscope


def _standing(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    return checked_of(text, published, "highest_since") + checked_of(text, published, "lowest_since")


def _first_close_above(sym: str, level: float) -> pd.Timestamp:
    closes = capscope.series(sym)
    return closes[closes > level].index[0]


@pytest.mark.parametrize("level, words", [
    (19_000, "The Dow Jones industrial average closed above the 19,000 barrier {wd} for the first time in its "
             "120-year history."),
    (24_000, "A broad rally pushed the Dow Jones industrial average past the 24,000 mark for the first time."),
    (27_000, "The Dow Jones industrial average set a new closing high, ending above 27,000 points for the first time."),
    (22_000, "The Dow Jones Industrial Average closed over 22,000 on {wd} for the first time ever."),
])
def test_a_first_close_above_a_level_ever(level, words):
    day = _first_close_above("DJI", level)
    text = words.format(wd=day.day_name())
    got = _standing(text, day.date())
    assert [v for _, v, _ in got] == ["supported"], got
    assert day.date().isoformat() in got[0][2], got
    # a level first passed years before is not a first close above it on this day
    lower = _first_close_above("DJI", level - 3_000)
    assert lower < day
    got = _standing(text.replace(f"{level:,}", f"{level - 3_000:,}"), day.date())
    assert [v for _, v, _ in got] != ["supported"], got


def test_a_first_close_below_a_level_since_a_year():
    closes = capscope.series("DJI")
    day = pd.Timestamp("2008-10-06")
    assert closes[day] < 10_000 <= closes[:day].iloc[-2]
    last_below = closes[:day - pd.Timedelta(days=1)][closes[:day - pd.Timedelta(days=1)] < 10_000].index[-1]
    assert last_below.year == 2004
    text = "Even a big afternoon rally could not keep the Dow from its first close below 10,000 since 2004."
    got = _standing(text, day.date())
    assert [v for _, v, _ in got] == ["supported"] and last_below.date().isoformat() in got[0][2], got
    got = _standing(text.replace("since 2004", "since 2006"), day.date())
    assert [v for _, v, _ in got] != ["supported"], got


def test_a_crossing_that_nearly_happened_is_no_claim():
    closes = capscope.series("DJI")
    day = pd.Timestamp("1998-06-29")
    assert closes[day] < 9_000
    got = _standing("The Dow rose 52.82 to 8,997.36, nearly posting its first close above 9,000 since June 9.",
                    day.date())
    assert got == [], got
