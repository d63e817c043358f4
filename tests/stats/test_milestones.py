"""Milestone spans against brute force over the closes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import capscope
from capscope.errors import BadInput, DataUnavailable
from capscope.stats.milestones import milestone_span


def _brute(closes, a, b):
    dates = list(closes.index)
    i = next(k for k, v in enumerate(closes) if v >= a)
    j = next(k for k in range(i, len(dates)) if closes.iloc[k] >= b)
    return dates[i], dates[j], j - i


def test_the_dow_from_40000_to_50000():
    # off the rows: first close >= 40,000 on 2024-05-17, first >= 50,000 on 2026-02-06
    m = milestone_span("DJI", 40000, 50000)
    assert (str(m.first_low.date()), str(m.first_high.date())) == ("2024-05-17", "2026-02-06")
    closes = capscope.bars("DJI")["close"].dropna()
    assert (m.first_low, m.first_high, m.sessions) == _brute(closes, 40000, 50000)
    assert round(m.years, 1) == 1.7


@settings(max_examples=20, deadline=None)
@given(st.floats(min_value=200, max_value=2000), st.floats(min_value=1.01, max_value=1.5))
def test_spans_match_brute_force(a, ratio):
    closes = capscope.bars("RUT")["close"].dropna()
    b = a * ratio
    if closes.max() < b:
        return
    m = milestone_span("RUT", a, b)
    assert (m.first_low, m.first_high, m.sessions) == _brute(closes, a, b)


def test_bad_levels_are_refused():
    with pytest.raises(BadInput):
        milestone_span("DJI", 50000, 40000)
    with pytest.raises(DataUnavailable):
        milestone_span("DJI", 40000, 900000)
