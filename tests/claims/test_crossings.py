"""A level crossed for the first time in a stated span (grammar/crossings.py), on whole passages.

The span is computed here from the rows with pandas: the last close above the level before the
day, and the months between.
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text


def _months_since_last_above(symbol: str, day: str, level: float) -> float:
    close = capscope.bars(symbol)["close"]
    before = close[:pd_day(day) - dt.timedelta(days=1)]
    last = before[before > level].index[-1]
    assert close[day] > level and close[:day].iloc[-2] <= level  # the day is the crossing
    return (pd_day(day) - last).days / 30.4375


def pd_day(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day)


def _verdicts(text: str, published: str) -> dict[str, str]:
    report = check_text(text, dt.date.fromisoformat(published))
    return {i.claim.text: i.verdict.value for i in report.items}


@pytest.mark.parametrize(("span", "verdict"), [
    ("18 months", "supported"),  # 18.6 months: rounds to 18
    ("more than a year", "supported"),
    ("five years", "contradicted"),  # far less than five years
    ("six months", "imprecise"),  # true, but the span is three times as long
])
def test_a_first_close_above_a_level_in_a_span(span, verdict):
    months = _months_since_last_above("DJI", "2003-12-11", 10000)
    assert 18 <= months < 19
    text = f"The Dow closed above 10,000 for the first time in {span}."
    got = _verdicts(text, "2003-12-11")
    assert got == {f"closed above 10,000 for the first time in {span}": verdict}


def test_the_first_time_an_index_closed_above_a_level_names_the_index():
    months = _months_since_last_above("DJI", "2003-12-11", 10000)
    assert months > 18
    got = _verdicts("It was the first time the Dow closed above 10,000 in more than 18 months.",
                    "2003-12-11")
    assert list(got.values()) == ["supported"]


def test_a_first_close_across_a_level_said_as_a_noun():
    # 2008-10-07: the S&P 500's first close below 1,000 since 2003-09-30 (off the rows: five years)
    close = capscope.bars("SPX")["close"]
    assert close["2008-10-07"] < 1000 <= close["2008-10-06"]
    last = close[:"2008-10-06"][close[:"2008-10-06"] < 1000].index[-1]
    assert last.date() == dt.date(2003, 9, 30)
    for noun in ("close", "drop"):
        got = _verdicts(f"The Standard & Poor's 500 index recorded its first {noun} below 1,000 in five years.",
                        "2008-10-07")
        assert list(got.values()) == ["supported"], got
    got = _verdicts("The Standard & Poor's 500 index recorded its first close below 1,000 in ten years.", "2008-10-07")
    assert list(got.values()) != ["supported"], got


def test_a_level_reclaimed_for_the_first_time_in_a_span():
    # 2001-10-03: the Dow back above 9,000 (off the rows), last above it on 2001-09-10
    close = capscope.bars("DJI")["close"]
    assert close["2001-10-03"] > 9000 >= close["2001-10-02"]
    last = close[:"2001-10-02"][close[:"2001-10-02"] > 9000].index[-1]
    assert last.date() == dt.date(2001, 9, 10)
    got = _verdicts("The Dow Jones industrials reclaimed the 9,000 level for the first time in three weeks.",
                    "2001-10-03")
    assert list(got.values()) == ["supported"], got
