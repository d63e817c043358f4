"""Each kernel against its brute-force reference on random series: ties, NaNs, single rows, panels.

Every property runs twice: with the numba-compiled loops and with the same loops as plain Python
(``py_func``), so a difference between compiled and interpreted behaviour would show up too.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kernel_modes import apply_mode

from capscope.stats import _kernels as K
from capscope.stats import _reference as R

_LOOPS = ["_episodes_2d", "_count_episodes_2d",
          "_top_nonoverlapping_1d"]


@pytest.fixture(params=["jit", "python"])
def mode(request, monkeypatch):
    return apply_mode(request.param, monkeypatch, _LOOPS)


# Few distinct values so ties are common; NaN mixed in.
_value = st.one_of(st.sampled_from([1.0, 2.0, 3.0, 2.5, 100.0]),
                   st.floats(0.5, 50.0, allow_nan=False), st.just(math.nan))
series_st = st.lists(_value, min_size=1, max_size=60)
mask_st = st.lists(st.booleans(), min_size=1, max_size=60)


def _same_floats(a, b) -> bool:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.allclose(a, b, equal_nan=True, rtol=1e-12, atol=0))


def _panel(draw_cols: list[list[float]]) -> np.ndarray:
    n = min(len(c) for c in draw_cols)
    return np.column_stack([c[:n] for c in draw_cols])


# the fixture only swaps module functions once per test, so reusing it across examples is safe
SETTINGS = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(mask=mask_st)
def test_run_lengths_matches_reference(mode, mask):
    assert K.run_lengths(np.array(mask)).tolist() == R.run_lengths(mask)


@SETTINGS
@given(values=series_st)
def test_run_lengths_float_mask_nan_breaks_run(mode, values):
    # a float mask: NaN counts as False, any non-zero as True
    got = K.run_lengths(np.array(values))
    assert got.tolist() == R.run_lengths([(not math.isnan(v)) and v != 0 for v in values])


@SETTINGS
@given(values=series_st)
def test_highest_and_lowest_since_match_reference(mode, values):
    arr = np.array(values)
    assert K.highest_since(arr).tolist() == R.highest_since(values)
    assert K.lowest_since(arr).tolist() == R.lowest_since(values)


@SETTINGS
@given(values=series_st)
def test_highest_since_definition_holds(mode, values):
    # whatever j is returned, everything strictly between j and t is below values[t]
    arr = np.array(values)
    for t, j in enumerate(K.highest_since(arr)):
        if math.isnan(arr[t]):
            assert j == -1
            continue
        between = arr[j + 1:t] if j >= 0 else arr[:t]
        assert not (between[~np.isnan(between)] >= arr[t]).any()
        if j >= 0:
            assert arr[j] >= arr[t]


@SETTINGS
@given(mask=mask_st, min_len=st.integers(1, 6))
def test_episodes_match_reference(mode, mask, min_len):
    ep = K.episodes(np.array(mask), min_len)
    assert list(zip(ep.start.tolist(), ep.end.tolist(), strict=True)) == R.episodes(mask, min_len)
    assert (ep.column == 0).all()
    assert (ep.length >= min_len).all()


@SETTINGS
@given(values=series_st, starts=st.lists(st.integers(-2, 65), max_size=10),
       horizons=st.lists(st.integers(0, 30), min_size=1, max_size=5))
def test_forward_returns_match_reference(mode, values, starts, horizons):
    got = K.forward_returns(np.array(values), starts, horizons)
    assert got.shape == (len(starts), len(horizons))
    if starts:
        assert _same_floats(got, R.forward_returns(values, starts, horizons))


@SETTINGS
@given(values=series_st)
def test_drawdown_matches_reference(mode, values):
    dd = K.drawdown_from_peak(np.array(values))
    peaks, at, dds = R.drawdown_from_peak(values)
    assert _same_floats(dd.peak, peaks)
    assert dd.peak_index.tolist() == at
    assert _same_floats(dd.drawdown, dds)
    finite = dd.drawdown[~np.isnan(dd.drawdown)]
    assert (finite <= 0).all()


@SETTINGS
@given(values=series_st, window=st.integers(1, 8), top=st.integers(1, 6))
def test_top_nonoverlapping_matches_reference(mode, values, window, top):
    got = K.top_nonoverlapping(np.array(values), window, top).tolist()
    assert got == R.top_nonoverlapping(values, window, top)
    for a in got:
        for b in got:
            assert a == b or abs(a - b) >= window


@SETTINGS
@given(cols=st.lists(series_st, min_size=1, max_size=4), min_len=st.integers(1, 4))
def test_panels_equal_column_by_column(mode, cols, min_len):
    panel = _panel(cols)
    hs, ls = K.highest_since(panel), K.lowest_since(panel)
    rl = K.run_lengths(panel > 2.0)
    dd = K.drawdown_from_peak(panel)
    assert hs.shape == panel.shape and rl.shape == panel.shape
    for c in range(panel.shape[1]):
        col = panel[:, c].tolist()
        assert hs[:, c].tolist() == R.highest_since(col)
        assert ls[:, c].tolist() == R.lowest_since(col)
        assert rl[:, c].tolist() == R.run_lengths([v > 2.0 for v in col])
        assert dd.peak_index[:, c].tolist() == R.drawdown_from_peak(col)[1]
    ep = K.episodes(panel > 2.0, min_len)
    expected = [(s, e, c) for c in range(panel.shape[1])
                for s, e in R.episodes([v > 2.0 for v in panel[:, c]], min_len)]
    got = list(zip(ep.start.tolist(), ep.end.tolist(), ep.column.tolist(), strict=True))
    assert got == expected
    # forward returns: paired with episode columns, and the broadcast form
    fr = K.forward_returns(panel, ep.start, [1, 3], columns=ep.column)
    for i, (s, _, c) in enumerate(expected):
        assert _same_floats(fr[i], R.forward_returns(panel[:, c].tolist(), [s], [1, 3])[0])
    starts = list(range(panel.shape[0]))
    full = K.forward_returns(panel, starts, [2])
    assert full.shape == (len(starts), 1, panel.shape[1])
    for c in range(panel.shape[1]):
        assert _same_floats(full[:, :, c], R.forward_returns(panel[:, c].tolist(), starts, [2]))


def test_single_row_inputs(mode):
    one = np.array([5.0])
    assert K.highest_since(one).tolist() == [-1]
    assert K.lowest_since(one).tolist() == [-1]
    assert K.run_lengths(np.array([True])).tolist() == [1]
    ep = K.episodes(np.array([True]), 1)
    assert ep.start.tolist() == [0] and ep.end.tolist() == [0]
    assert K.episodes(np.array([True]), 2).start.size == 0
    assert _same_floats(K.forward_returns(one, [0], [0, 1]), [[0.0, math.nan]])
    dd = K.drawdown_from_peak(one)
    assert dd.peak.tolist() == [5.0] and dd.drawdown.tolist() == [0.0]


def test_empty_inputs(mode):
    empty = np.array([], dtype=float)
    assert K.highest_since(empty).size == 0
    assert K.run_lengths(np.array([], dtype=bool)).size == 0
    assert K.episodes(np.array([], dtype=bool), 1).start.size == 0
    assert K.top_nonoverlapping(empty, 3, 2).size == 0


def test_all_nan_series(mode):
    nan = np.full(4, np.nan)
    assert K.highest_since(nan).tolist() == [-1] * 4
    dd = K.drawdown_from_peak(nan)
    assert dd.peak_index.tolist() == [-1] * 4 and np.isnan(dd.drawdown).all()


def test_worked_example_highest_close_since():
    # 10, 12, 11, 11, 13, 9, 12: row 6 (12) is the highest since row 4 (13); row 3 (11) ties row 2 both ways
    v = [10.0, 12.0, 11.0, 11.0, 13.0, 9.0, 12.0]
    assert K.highest_since(v).tolist() == [-1, -1, 1, 2, -1, 4, 4]
    assert K.lowest_since(v).tolist() == [-1, 0, 0, 2, 3, -1, 5]


def test_bad_arguments():
    with pytest.raises(ValueError):
        K.episodes([True, False], 0)
    with pytest.raises(ValueError):
        K.forward_returns([1.0, 2.0], [0], [-1])
    with pytest.raises(ValueError):
        K.highest_since(np.zeros((2, 2, 2)))
    with pytest.raises(ValueError):
        K.top_nonoverlapping([1.0], 0, 1)
    with pytest.raises(ValueError):
        K.forward_returns(np.ones((3, 2)), [0], [1], columns=[2])


def test_disable_jit_switch_runs_plain_python():
    # CAPSCOPE_DISABLE_JIT=1 makes the module use the loops uncompiled; the answers stay the same
    import os
    import subprocess
    import sys

    code = ("from capscope.stats import _kernels as K; "
            "print(K.JIT_ENABLED, K.highest_since([3.0, 1.0, 2.0, 5.0, 2.0]).tolist(), "
            "type(K._run_lengths_2d).__name__)")
    env = {**os.environ, "CAPSCOPE_DISABLE_JIT": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False [-1, 0, 0, -1, 3] function"
