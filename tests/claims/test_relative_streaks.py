"""A run of sessions in which one series beat another, whichever way the words put the two:
"The Russell 2000 ... has now beaten the S&P 500 for seven consecutive trading sessions",
"the Russell 2000 hitting a record close, outpacing the S&P 500 for the 11th session in a row",
"The S&P 500 ... has lagged behind the small-cap gauge for six consecutive days".

The run's length is counted here by brute force over the stored closes (each session's change
against the close before, compared between the two series); each sentence is also written with a
length the data refute.
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text


def _run_of_outperformance(leader: str, other: str, day: str) -> int:
    a = capscope.bars(leader)["close"].pct_change()
    b = capscope.bars(other)["close"].pct_change()
    gap = (a - b).dropna().loc[:day]
    n = 0
    for x in reversed(gap.to_list()):
        if x <= 0:
            break
        n += 1
    return n


def _streaks(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation)
            for i in check_text(text, dt.date.fromisoformat(day)).items if i.claim.kind.value == "streak"]


@pytest.mark.parametrize("words", [
    "The Russell 2000 Index has now beaten the S&P 500 for {n} consecutive trading sessions.",
    "Small caps finished strong, with the Russell 2000 outpacing the S&P 500 for the {nth} session in a row.",
])
def test_a_run_of_outperformance_is_the_leaders(words):
    day = "2026-01-12"
    n = _run_of_outperformance("RUT", "SPX", day)
    assert n >= 3
    nth = {3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "10th",
           11: "11th", 12: "12th"}
    got = _streaks(words.format(n=n, nth=nth[n]), day)
    assert [v for _, v, _ in got] == ["supported"], got
    got = _streaks(words.format(n=n + 2, nth=nth[n + 2]), day)
    assert got and got[0][1] != "supported", got


def test_a_run_of_underperformance_named_from_the_laggard():
    # written at 2:26 p.m. on 2017-09-27: the run to the close before, counted here
    n = _run_of_outperformance("RUT", "SPX", "2017-09-26")
    assert n >= 3
    text = ("The S&P 500 was up 0.5 percent as of 2:26 p.m. in New York, and has lagged behind the small-cap gauge "
            "for {n} consecutive days.")
    got = _streaks(text.format(n=n), "2017-09-27")
    assert [v for _, v, _ in got] == ["supported"], got
    got = _streaks(text.format(n=n + 3), "2017-09-27")
    assert got and got[0][1] != "supported", got
