"""A Fed hold with its rate, in more of the words copy uses: the level "at the current level of
5.25%", the committee named as "the policy committee", and a cut others wanted that is not the
decision ("investors who wanted a cut ... kept the federal funds rate unchanged at 6.5 percent").

The target each day is read here from the stored FRED series (DFEDTAR, the single target before
December 2008).
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text


def _decisions(text: str, day: str) -> list[tuple[str, str, dict]]:
    report = check_text(text, dt.date.fromisoformat(day))
    return [(i.claim.text, i.verdict.value, i.claim.details) for i in report.items
            if i.claim.kind.value == "fed_decision"]


def _target(day: str) -> float:
    return float(capscope.series("DFEDTAR").loc[day])


@pytest.mark.parametrize("day, words", [
    ("2007-05-09", "The Federal Reserve left interest rates on hold at the current level of {x:.2f}% at today's "
                   "Federal Open Market Committee meeting."),
    ("2000-12-19", "To the dismay of investors and economists who wanted a cut, the policy committee's short "
                   "statement kept the federal funds rate, what banks charge each other, unchanged at {x:.1f} percent."),
])
def test_a_hold_at_its_rate(day, words):
    x = _target(day)
    assert x == _target((dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat())  # a hold: unchanged
    got = _decisions(words.format(x=x), day)
    assert [(v, d["action"]) for _, v, d in got] == [("supported", "hold")], got
    assert got[0][2]["target_low"] == x, got
    got = _decisions(words.format(x=x + 0.5), day)
    assert got and got[0][1] != "supported", got
