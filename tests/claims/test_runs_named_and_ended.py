"""Runs named by their move and runs a day ended.

"Stocks closed higher on Wall Street Thursday, ending a three-day losing streak": the run the day
ended is the one through the session before it (the day itself went the other way); "snapped a
five-week winning streak" is the weeks before the day's week. "After a two-week slide",
"ending a three-day rally", "a sharp two-day selloff" name a run by its move, with no word
"streak". Not a run: "its biggest two-day rally since May" (a standing of a two-session change)
and "a three-day rally of 5%" (a change).

Run lengths are counted here by brute force over the stored closes (daily, and Friday to
Friday for weeks); each passage is also written with a length the data refute.
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text
from capscope.claims.extract import extract_claims


def _run_before(symbol: str, day: str, *, weekly: bool = False) -> tuple[int, bool]:
    """The length of the run of same-way changes ending at the last close before ``day``'s
    session (its week, for ``weekly``), and whether that run was of gains."""
    close = capscope.bars(symbol)["close"]
    if weekly:
        close = close.resample("W-FRI").last().dropna()
    changes = close.pct_change().dropna()
    start = dt.date.fromisoformat(day)
    if weekly:
        start -= dt.timedelta(days=start.weekday())
    before = changes[changes.index.date < start].to_list()
    up = before[-1] > 0
    n = 0
    for x in reversed(before):
        if (x > 0) != up or x == 0:
            break
        n += 1
    return n, up


def _change_on(symbol: str, day: str) -> float:
    close = capscope.bars(symbol)["close"]
    return float(close.pct_change().loc[day])


def _streak_verdicts(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation)
            for i in check_text(text, dt.date.fromisoformat(day)).items if i.claim.kind.value == "streak"]


_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def test_a_losing_streak_a_day_ended_runs_to_the_session_before():
    # published Friday 2021-05-21; the words date the day: Thursday 2021-05-20
    n, up = _run_before("SPX", "2021-05-20")
    assert not up and n >= 2 and _change_on("SPX", "2021-05-20") > 0
    text = ("Stocks closed higher on Wall Street Thursday, ending a {n}-day losing streak, with technology "
            "companies leading the way. The S&P 500 rose 1.1%.")
    got = _streak_verdicts(text.format(n=_WORDS[n]), "2021-05-21")
    assert [v for _, v, _ in got] == ["supported"], got
    assert "2021-05-19" in got[0][2]
    got = _streak_verdicts(text.format(n=_WORDS[n + 2]), "2021-05-21")
    assert got and got[0][1] != "supported", got


def test_a_run_named_by_its_move_and_snapped():
    # the Dow's 936-point gain of Monday 2008-10-13 ended its run of losses
    n, up = _run_before("DJI", "2008-10-13")
    assert not up and n >= 5 and _change_on("DJI", "2008-10-13") > 0
    text = "The Dow Jones industrial average soared 936 points on Monday, snapping an {n}-day sell-off."
    got = _streak_verdicts(text.format(n=_WORDS[n]), "2008-10-13")
    assert [v for _, v, _ in got] == ["supported"], got
    got = _streak_verdicts(text.format(n=_WORDS[n - 3]), "2008-10-13")
    assert got and got[0][1] != "supported", got


def test_after_a_run_of_weeks():
    # "After a two-week slide, stocks came back this week": the weeks before the week of 2009-10-09
    n, up = _run_before("SPX", "2009-10-09", weekly=True)
    assert not up and n >= 2
    text = ("Stocks Gain for Week. After a {n}-week slide, stocks came back this week as the earnings "
            "season started well. The S&P 500 rose 0.6 percent on Friday.")
    got = _streak_verdicts(text.format(n=_WORDS[n]), "2009-10-09")
    assert [v for _, v, _ in got] == ["supported"], got
    got = _streak_verdicts(text.format(n=_WORDS[n + 3]), "2009-10-09")
    assert got and got[0][1] != "supported", got


@pytest.mark.parametrize(("noun", "direction"), [("slide", "down"), ("selloff", "down"), ("sell-off", "down"),
                                                 ("skid", "down"), ("rally", "up"), ("climb", "up")])
def test_the_move_names_the_runs_direction(noun, direction):
    claims = [c for c in extract_claims(f"The Russell 2000 ended a four-day {noun} on Tuesday.",
                                        dt.date(2024, 7, 17)) if c.kind.value == "streak"]
    assert [(c.direction.value, c.details["length"], c.details["unit"]) for c in claims] == [(direction, 4, "day")]


@pytest.mark.parametrize("sentence", [
    "The Dow posted its biggest two-day rally since May, up 4.8% over the two sessions.",
    "The Nasdaq capped a three-day rally of 5% on Friday.",
    "The S&P 500 has had its sharpest three-day slide since September 2020.",
])
def test_a_change_over_a_few_sessions_is_no_run(sentence):
    claims = extract_claims(sentence, dt.date(2024, 7, 17))
    assert not [c for c in claims if c.kind.value == "streak"], [(c.kind.value, c.text) for c in claims]
