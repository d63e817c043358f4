"""'Its first cut since December 2008', 'for the first time in a decade': the move of the same
kind before a decision, checked against the daily target series (brute force over its rows)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from capscope.claims.check import check_text
from capscope.fed.policy import policy_rates, previous_move


def _last_change_before(day: str, down: bool) -> pd.Timestamp:
    # independent of the decision table: the last day the daily upper target moved that way
    upper = policy_rates()["upper"]
    moved = upper.diff()
    days = moved[(moved < 0) if down else (moved > 0)].index
    return days[days < pd.Timestamp(day)][-1]


def _first_since(text: str, day: dt.date) -> tuple[str, str]:
    items = [i for i in check_text(text, day).items if i.claim.details.get("first_since")]
    assert len(items) == 1, [i.claim.text for i in check_text(text, day).items]
    return items[0].claim.text, items[0].verdict.value


def test_the_statistic_matches_the_daily_series():
    # the target moved on the effective day; before 2008-12 the announcement was that day too
    assert _last_change_before("2019-07-31", down=True) == pd.Timestamp("2008-12-16")
    assert previous_move("cut", "2019-07-31") == pd.Timestamp("2008-12-16")
    assert _last_change_before("2015-12-16", down=False) == pd.Timestamp("2006-06-29")
    assert previous_move("hike", "2015-12-16") == pd.Timestamp("2006-06-29")


@pytest.mark.parametrize(("since", "expected"), [
    ("December 2008", "supported"),  # the cut before 2019-07-31 was on 2008-12-16
    ("2008", "supported"),
    ("2010", "imprecise"),  # true (none since 2010) but the last was earlier: understated
    ("2005", "contradicted"),  # there were cuts after 2005 (2007-2008)
])
def test_first_cut_since(since, expected):
    text = f"The Fed lowered its key rate by a quarter-point on Wednesday, its first cut since {since}."
    assert _first_since(text, dt.date(2019, 7, 31)) == (f"its first cut since {since}", expected)


@pytest.mark.parametrize(("words", "expected"), [
    ("a decade", "supported"),  # 2008-12-16 to 2019-07-31: 10.6 years
    ("more than a decade", "supported"),
    ("nearly 11 years", "supported"),
    ("five years", "imprecise"),  # true but understated
    ("more than 12 years", "contradicted"),
])
def test_for_the_first_time_in_years(words, expected):
    text = f"The Federal Reserve cut its benchmark interest rate on Wednesday for the first time in {words}."
    assert _first_since(text, dt.date(2019, 7, 31))[1] == expected


def test_had_not_raised_since():
    text = "The Fed raised its target on Wednesday; it had not raised the rate since 2006."
    assert _first_since(text, dt.date(2015, 12, 16)) == ("had not raised the rate since 2006", "supported")
