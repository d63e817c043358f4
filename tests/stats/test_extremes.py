"""Window extremes and the peak-to-trough fall inside a window, against brute force on the rows."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import capscope
from capscope.errors import DataUnavailable
from capscope.stats.extremes import extreme_in, max_drawdown_in


def _closes(symbol: str, start: str, end: str) -> pd.Series:
    return capscope.bars(symbol)["close"].loc[start:end].dropna()


def _brute_drawdown(values: list[float]) -> float:
    """Every (peak, later trough) pair: the deepest fall in percent."""
    worst = 0.0
    for i, p in enumerate(values):
        for t in values[i:]:
            worst = min(worst, (t / p - 1) * 100)
    return worst


def test_extreme_in_is_the_windows_highest_close():
    # IXIC's 2007 peak, read off the rows: 2,859.12 on 2007-10-31
    rows = _closes("IXIC", "2007-01-01", "2007-12-31")
    got = extreme_in("IXIC", "2007-01-01", "2007-12-31")
    assert got.value == rows.max() and got.date == rows.idxmax()
    assert round(got.value, 2) == 2859.12 and str(got.date.date()) == "2007-10-31"
    low = extreme_in("VIX", "2017-11-01", "2017-11-30", "low")
    assert round(low.value, 2) == 9.14  # "the VIX bottomed at 9.14 in November" (2017)


def test_drawdown_of_the_1937_38_bear_market():
    # the rows: 18.67 on 1937-03-10 to 8.50 on 1938-03-31, a 54.47% fall
    d = max_drawdown_in("SPX", "1937-03-01", "1938-03-31")
    assert (str(d.peak_date.date()), str(d.trough_date.date())) == ("1937-03-10", "1938-03-31")
    assert round(d.depth_pct, 2) == -54.47
    rows = _closes("SPX", "1937-03-01", "1938-03-31").tolist()
    assert d.depth_pct == pytest.approx(_brute_drawdown(rows))


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=9000), st.integers(min_value=2, max_value=120))
def test_drawdown_matches_brute_force_on_real_windows(offset, length):
    rows = capscope.bars("RUT")["close"].dropna()
    window = rows.iloc[offset:offset + length]
    start, end = window.index[0].date(), window.index[-1].date()
    d = max_drawdown_in("RUT", start, end)
    assert d.depth_pct == pytest.approx(_brute_drawdown(window.tolist()))
    assert d.peak_date <= d.trough_date


def test_a_window_without_rows_is_refused():
    with pytest.raises(DataUnavailable):
        extreme_in("RUT", "1950-01-01", "1950-12-31")
    with pytest.raises(DataUnavailable):
        max_drawdown_in("RUT", "2024-07-16", "2024-07-16")
