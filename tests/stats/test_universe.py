"""universe_scan() against a brute-force per-symbol reference (hypothesis panels with NaN gaps,
ties and single rows), against streak_study() on the real closes, and its one-line errors.

Every property runs with the numba-compiled loops and with the same loops as plain Python.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kernel_modes import apply_mode

import capscope
from capscope.errors import BadInput
from capscope.stats import _kernels as K
from capscope.stats import _reference as R
from capscope.stats.universe import universe_scan

_LOOPS = ["_gain_ends_2d", "_gain_ends_2d_serial", "_gain_qualifies", "_run_starts",
          "_extreme_since_rows", "_extreme_since_rows_serial", "_forward_returns_pairs"]


@pytest.fixture(params=["jit", "python"])
def mode(request, monkeypatch):
    return apply_mode(request.param, monkeypatch, _LOOPS)


SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

# Prices from a small set so that exact ties (equal closes, a return exactly at the threshold:
# 100 -> 101 is +1%, 100 -> 102.5 is +2.5%) are common, plus free floats and NaN gaps.
_price = st.one_of(st.sampled_from([100.0, 101.0, 102.5, 99.0, 100.0, 150.0]),
                   st.floats(1.0, 500.0, allow_nan=False), st.just(math.nan))


@st.composite
def panels(draw):
    rows = draw(st.integers(1, 40))
    cols = draw(st.integers(1, 5))
    data = [[draw(_price) for _ in range(cols)] for _ in range(rows)]
    return np.array(data, dtype=np.float64).reshape(rows, cols)


def brute_force(panel: np.ndarray, days: int, min_pct: float, horizons: list[int]):
    """Column by column with the plain-Python references: no shared code with the kernels."""
    eps, fwd, last, cur, since = [], [], [], [], []
    for c in range(panel.shape[1]):
        col = panel[:, c].tolist()
        found, lr, cr = R.gain_streaks(col, min_pct / 100.0, days)
        for s, e in found:
            eps.append((s, e, c))
            fwd.append(R.forward_returns(col, [e], horizons)[0])
        last.append(lr)
        cur.append(cr)
        since.append(R.extreme_since_at(col, lr, highest=True))
    return eps, fwd, last, cur, since


def _same(a, b) -> bool:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.allclose(a, b, equal_nan=True, rtol=1e-12, atol=0))


@SETTINGS
@given(panel=panels(), days=st.integers(1, 4),
       min_pct=st.sampled_from([0.0, 1.0, 2.5, 0.3, 60.0]),
       horizons=st.lists(st.integers(1, 12), min_size=1, max_size=3))
def test_universe_scan_matches_brute_force(mode, panel, days, min_pct, horizons):
    got = universe_scan(panel, days=days, min_pct=min_pct, horizons=horizons)
    eps, fwd, last, cur, since = brute_force(panel, days, min_pct, horizons)
    assert list(zip(got.start.tolist(), got.end.tolist(), got.column.tolist(),
                    strict=True)) == eps
    assert got.forward.shape == (len(eps), len(horizons))
    if eps:
        assert _same(got.forward, fwd)
    assert got.last_row.tolist() == last
    assert got.current_streak.tolist() == cur
    assert got.highest_since.tolist() == since
    assert (got.length >= days).all()


@SETTINGS
@given(panel=panels(), days=st.integers(1, 3), block=st.integers(1, 4))
def test_layout_and_block_size_do_not_change_the_answer(mode, panel, days, block):
    # C order, F order and any column blocking walk the same cells
    a = K.gain_streaks(panel, 0.01, days, block=block)
    b = K.gain_streaks(np.asfortranarray(panel), 0.01, days, block=K._BLOCK)
    for x, y in [(a.episodes.start, b.episodes.start), (a.episodes.end, b.episodes.end),
                 (a.episodes.column, b.episodes.column), (a.last_row, b.last_row),
                 (a.current, b.current)]:
        assert x.tolist() == y.tolist()
    assert (K.extreme_since_at(panel, a.last_row).tolist()
            == K.extreme_since_at(np.asfortranarray(panel), a.last_row).tolist())
    fr = K.paired_forward_returns(np.asfortranarray(panel), a.episodes.end, a.episodes.column,
                                  [1, 2])
    assert _same(fr, K.forward_returns(panel, a.episodes.end, [1, 2],
                                       columns=a.episodes.column))
    assert a.invalid == 0


@pytest.mark.filterwarnings("ignore:.*encountered in scalar divide:RuntimeWarning")
@SETTINGS
@given(panel=panels(), bad=st.lists(st.sampled_from([0.0, -3.0, math.inf, -math.inf]),
                                    max_size=4))
def test_invalid_cells_are_counted(mode, panel, bad):
    for i, v in enumerate(bad):
        panel.flat[(i * 7) % panel.size] = v
    expected = sum(1 for v in panel.flat if not math.isnan(v) and (v <= 0 or v == math.inf))
    assert K.gain_streaks(panel, 0.01, 1).invalid == expected
    if expected:
        with pytest.raises(BadInput, match="positive closes"):
            universe_scan(panel)


@SETTINGS
@given(panel=panels(), rows=st.data())
def test_extreme_since_at_any_row_matches_reference(mode, panel, rows):
    n, k = panel.shape
    asked = [rows.draw(st.integers(-1, n)) for _ in range(k)]
    hi = K.extreme_since_at(panel, asked, highest=True)
    lo = K.extreme_since_at(panel, asked, highest=False)
    for c in range(k):
        col = panel[:, c].tolist()
        assert hi[c] == R.extreme_since_at(col, asked[c], True)
        assert lo[c] == R.extreme_since_at(col, asked[c], False)


def test_worked_example(mode):
    # column 0: 100, 101 (+1%), 102.01 (+1%), 103.0301 (+1%), 102 (-1%), 103.02 (+1%)
    #   -> one 3-session episode rows 1..3; the last row is +1%: current streak 1;
    #   103.02 is highest since row 3 (103.0301 >= 103.02).
    # column 1: NaN gap at row 2 breaks the run; last row 5 holds the all-time high 110.
    c0 = [100.0, 101.0, 102.01, 103.0301, 102.0, 103.02]
    c1 = [100.0, 102.0, math.nan, 104.0, 106.0, 110.0]
    got = universe_scan(np.column_stack([c0, c1]), days=2, min_pct=1.0, horizons=[1, 2])
    assert list(zip(got.start.tolist(), got.end.tolist(), got.column.tolist(),
                    strict=True)) == [(1, 3, 0), (4, 5, 1)]
    # forward from row 3 of column 0: 102/103.0301 - 1 and 103.02/103.0301 - 1; past the end: NaN
    assert _same(got.forward, [[102.0 / 103.0301 - 1, 103.02 / 103.0301 - 1],
                               [math.nan, math.nan]])
    assert got.current_streak.tolist() == [1, 2]
    assert got.last_row.tolist() == [5, 5]
    assert got.highest_since.tolist() == [3, -1]
    assert got.at_high.tolist() == [False, True]


def test_single_row_and_all_nan_columns(mode):
    one = universe_scan(np.array([[5.0, math.nan]]), days=1, min_pct=0.0)
    assert one.n_episodes == 0 and one.forward.shape == (0, 3)
    assert one.last_row.tolist() == [0, -1]
    assert one.current_streak.tolist() == [0, 0]
    assert one.highest_since.tolist() == [-1, -1]
    assert one.at_high.tolist() == [True, False]


def test_trailing_gap_uses_the_last_valid_session(mode):
    # the symbol stopped trading: its state is read at row 2, not at the panel's last row
    got = universe_scan(np.array([[10.0], [10.5], [11.0], [math.nan]]), days=2, min_pct=1.0)
    assert got.last_row.tolist() == [2]
    assert got.current_streak.tolist() == [2]
    assert list(zip(got.start.tolist(), got.end.tolist(), strict=True)) == [(1, 2)]


def test_dataframe_labels_and_frames():
    idx = pd.bdate_range("2024-01-01", periods=5)
    df = pd.DataFrame({"A": [10.0, 10.2, 10.4, 10.1, 10.3], "B": [5.0, 4.0, 4.5, 4.6, 4.7]},
                      index=idx)
    got = universe_scan(df, days=2, min_pct=1.0, horizons=[1])
    frame = got.to_frame()
    assert frame["symbol"].tolist() == ["A", "B"]
    assert frame["start"].tolist() == [idx[1], idx[2]]
    assert frame["end"].tolist() == [idx[2], idx[4]]
    assert frame["fwd_1_pct"].iloc[0] == pytest.approx((10.1 / 10.4 - 1) * 100)
    syms = got.symbols_frame().set_index("symbol")
    assert syms.loc["A", "last_session"] == idx[4]
    # A: 10.3 is highest since row 2 (10.4); B: 4.7 is below 5.0 at row 0
    assert syms.loc["A", "highest_since"] == idx[2]
    assert syms.loc["A", "sessions_since_high"] == 2
    assert syms.loc["B", "highest_since"] == idx[0]
    d = got.to_dict()
    assert d["n_episodes"] == 2 and d["episodes"][0]["start"] == "2024-01-02"


@pytest.mark.parametrize("kwargs, words", [
    ({"days": 0}, "days must be"),
    ({"days": 2.5}, "days must be"),
    ({"min_pct": -1.0}, "min_pct must be"),
    ({"min_pct": math.nan}, "min_pct must be"),
    ({"horizons": [0, 5]}, "horizons must be"),
    ({"horizons": [2.5]}, "horizons must be"),
])
def test_bad_arguments_are_one_line_errors(kwargs, words):
    with pytest.raises(BadInput, match=words) as exc:
        universe_scan(np.ones((3, 2)), **kwargs)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("prices", [
    np.zeros((0, 3)), np.ones((3, 0)), np.ones((2, 2, 2)),
    np.array([[1.0, -2.0], [1.0, 1.0]]), np.array([[1.0, np.inf]]), [["a", "b"]],
    pd.DataFrame({"A": ["x", "y"]}),
])
def test_bad_panels_are_refused(prices):
    with pytest.raises(BadInput):
        universe_scan(prices)


# --------------------------------------------------------------------------------------------
# real closes: the panel scan equals streak_study() symbol by symbol


@pytest.fixture(scope="module")
def real_panel(store):
    cols = {s: capscope.series(s) for s in ("RUT", "IWM", "SPY")}
    return pd.DataFrame(cols)  # outer join on sessions: IWM/SPY lead with NaN


def test_real_panel_matches_streak_study(real_panel):
    from capscope.stats import streak_study

    # each series' own sessions are all NYSE sessions, so the join adds no interior gaps
    for s in real_panel.columns:
        col = real_panel[s]
        first = col.first_valid_index()
        assert not col.loc[first:].isna().any()
    got = universe_scan(real_panel, days=5, min_pct=1.0, horizons=(21, 63, 252)).to_frame()
    total = 0
    for s in real_panel.columns:
        study = streak_study(s, 5, 1.0).episodes
        mine = got[got["symbol"] == s].reset_index(drop=True)
        assert len(mine) == len(study)
        total += len(mine)
        assert mine["start"].tolist() == study["start"].tolist()
        assert mine["end"].tolist() == study["end"].tolist()
        for name, h in (("1M", 21), ("3M", 63), ("1Y", 252)):
            assert _same(mine[f"fwd_{h}_pct"], study[f"fwd_{name}_pct"])
    assert total >= 5  # RUT and IWM have several such runs (SPY none: it is less volatile)


def test_real_rut_last_session_read_off_the_rows(real_panel):
    # Rows read with pandas: 2026-08-19 3032.94, 2026-08-20 2992.43, 2026-08-21 3017.87 (the last
    # session). 3017.87 / 2992.43 - 1 = +0.85%: below 1%, so the 1%-streak is 0, but a gain, so
    # the any-gain streak is 1; the last close at least as high is 3032.94 on 2026-08-19.
    one = universe_scan(real_panel[["RUT"]], days=5, min_pct=1.0).symbols_frame().iloc[0]
    assert one["last_session"] == pd.Timestamp("2026-08-21")
    assert one["current_streak"] == 0
    assert one["highest_since"] == pd.Timestamp("2026-08-19")
    assert one["sessions_since_high"] == 2
    anygain = universe_scan(real_panel[["RUT"]], days=1, min_pct=0.0).symbols_frame().iloc[0]
    assert anygain["current_streak"] == 1


def test_threaded_path_on_a_big_panel_equals_column_by_column():
    # >= 1M cells takes the threaded loop; each column scanned alone takes the serial one
    rng = np.random.default_rng(7)
    panel = 50.0 * np.exp(np.cumsum(rng.normal(0.0, 0.015, size=(1100, 1000)), axis=0))
    panel[rng.random(panel.shape) < 0.002] = np.nan
    panel[:300, 5] = np.nan  # listed late
    assert panel.size >= K._PARALLEL_MIN_CELLS
    big = universe_scan(panel, days=3, min_pct=1.0, horizons=(5, 21))
    table = big.to_frame()
    for c in (0, 5, 499, 999):
        alone = universe_scan(panel[:, c], days=3, min_pct=1.0, horizons=(5, 21))
        mine = table[table["symbol"] == c]
        assert mine["start"].tolist() == alone.start.tolist()
        assert mine["end"].tolist() == alone.end.tolist()
        assert _same(mine[["fwd_5_pct", "fwd_21_pct"]].to_numpy() / 100.0, alone.forward)
        assert big.current_streak[c] == alone.current_streak[0]
        assert big.highest_since[c] == alone.highest_since[0]
    for c in (5, 999):  # and the brute force, on two columns
        found, last, cur = R.gain_streaks(panel[:, c].tolist(), 0.01, 3)
        mine = table[table["symbol"] == c]
        assert list(zip(mine["start"], mine["end"], strict=True)) == found
        assert big.last_row[c] == last and big.current_streak[c] == cur


def test_other_inputs_are_read_as_closes():
    # a nullable-float column (pd.NA -> NaN gap), integers, a named Series
    na = universe_scan(pd.DataFrame({"A": pd.array([1.0, None, 2.0, 2.1], dtype="Float64")}),
                       days=1, min_pct=0.0, horizons=[1])
    assert na.symbols == ["A"]
    # the gap at row 1 breaks the run: only row 3 (2.0 -> 2.1) qualifies
    assert list(zip(na.start.tolist(), na.end.tolist(), strict=True)) == [(3, 3)]
    ints = universe_scan([[1, 2], [3, 2], [4, 5]], days=2, min_pct=0.0, horizons=[1])
    assert list(zip(ints.start.tolist(), ints.end.tolist(), ints.column.tolist(),
                    strict=True)) == [(1, 2, 0)]
    ser = universe_scan(pd.Series([1.0, 2.0, 3.0], name="S"), days=2, min_pct=0.0)
    assert ser.symbols == ["S"] and ser.current_streak.tolist() == [2]
