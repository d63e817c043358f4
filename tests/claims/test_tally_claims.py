"""Tallies ("has risen in four of the past five sessions", "up in six of the past eight weeks",
"have fallen for six of the past seven weeks"), seen in wire copy from 2002-2023 in six corpora.
Sentences are generated from counts taken off the rows here; the same sentences with the count
moved by one are never supported."""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _count(symbol: str, day: str, periods: int, unit: str, up: bool) -> int:
    closes = capscope.series(symbol).dropna().loc[:day]
    if unit == "week":
        closes = closes.groupby(closes.index.to_period("W-FRI")).last()
    tail = closes.to_numpy()[-(periods + 1):]
    return sum(1 for a, b in zip(tail, tail[1:], strict=False) if (b > a if up else b < a))


def _tallies(text: str, day: dt.date) -> list[tuple[str, str]]:
    return [(i.verdict.value, i.checked.explanation) for i in check_text(text, day).items
            if i.claim.kind.value == "tally"]


@pytest.mark.parametrize(("template", "unit", "up"), [
    ("The Dow has risen in {n} of the past {m} sessions.", "session", True),
    ("The Dow is up {n} of the past {m} trading days.", "session", True),
    ("The Dow rose on Friday, leaving it up in {n} of the past {m} weeks.", "week", True),
    ("The Dow has fallen for {n} of the last {m} weeks.", "week", False),
])
@pytest.mark.parametrize("day", ["2023-06-30", "2011-09-09", "2020-03-20"])  # Fridays after the close
def test_a_tally_from_the_rows_is_supported_and_one_off_is_not(template: str, unit: str, up: bool, day: str) -> None:
    m = 7
    n = _count("DJI", day, m, unit, up)
    when = dt.date.fromisoformat(day)
    assert 0 < n < m  # (these days have both rises and falls in the window)
    got = _tallies(template.format(n=WORDS[n], m=WORDS[m]), when)
    assert [v for v, _ in got] == ["supported"], got
    assert "capscope" not in got[0][1]
    for wrong in {max(1, n - 1), min(m, n + 1)} - {n}:
        off = _tallies(template.format(n=WORDS[wrong], m=WORDS[m]), when)
        assert [v for v, _ in off] == ["contradicted"], (wrong, off)


def test_completed_weeks_are_read_early_in_a_week() -> None:
    # AP, Monday 2011-09-12 before the close: "have fallen for six of the past seven weeks" counts
    # the seven weeks to Friday 2011-09-09, not the week under way
    n = _count("DJI", "2011-09-09", 7, "week", up=False)
    assert n == 6
    got = _tallies(f"The Dow has fallen for {WORDS[n]} of the past seven weeks.", dt.date(2011, 9, 12))
    assert [v for v, _ in got] == ["supported"], got
