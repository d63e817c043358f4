"""The memoised whole-history scans give what a computation on the history cut at the as-of
session gives: move() and period_return() against plain-Python references on random dates, the
memo dropped on a write, no look-ahead through it, and ago() against dateutil."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from ago_reference import ago_words
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capscope.data.series import bars, series
from capscope.stats import _kernels as K
from capscope.stats._asof import ago
from capscope.stats._history import history
from capscope.stats.moves import move
from capscope.stats.returns import period_return

SETTINGS = settings(max_examples=12, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
CASES = [("RUT", "close"), ("IWM", "close"), ("IWM", "adj_close"), ("SPX", "close")]


def _since(v: list[float], t: int, high: bool) -> int:
    """Last j < t with v[j] >= v[t] (<= for lows), -1 if none: the definition, by brute force."""
    for j in range(t - 1, -1, -1):
        if (v[j] >= v[t]) if high else (v[j] <= v[t]):
            return j
    return -1


def _first_extreme(v: list[float], lo: int, t: int, high: bool) -> int:
    """Row of the highest (lowest) value in lo..t, the earliest on ties."""
    best = lo
    for j in range(lo, t + 1):
        if (v[j] > v[best]) if high else (v[j] < v[best]):
            best = j
    return best


def _check_side(res_extreme, dates, v, t, high):
    j = _since(v, t, high)
    assert res_extreme.is_record == (j < 0)
    if j >= 0:
        assert res_extreme.since_date == dates[j]
        assert res_extreme.since_value == v[j]
        assert res_extreme.sessions_since == t - j


def _reference_checks(r, cut: pd.Series, session: pd.Timestamp) -> None:
    """Every history-dependent field of ``r`` recomputed from ``cut`` (rows up to the session)."""
    dates, v = list(cut.index), cut.tolist()
    t = len(v) - 1
    assert dates[t] == session and r.close == v[t]
    if t:
        assert r.previous_session == dates[t - 1] and r.previous_close == v[t - 1]
        assert r.change_pct == pytest.approx((v[t] / v[t - 1] - 1) * 100, rel=1e-12)
    _check_side(r.highest_close_since, dates, v, t, True)
    _check_side(r.lowest_close_since, dates, v, t, False)
    rec = _first_extreme(v, 0, t, True)
    assert (r.record_close, r.record_date) == (v[rec], dates[rec])
    assert r.pct_below_record == pytest.approx((v[t] / v[rec] - 1) * 100, rel=1e-12, abs=1e-12)
    up = down = 0
    while up < t and v[t - up] > v[t - up - 1]:
        up += 1
    while down < t and v[t - down] < v[t - down - 1]:
        down += 1
    assert r.streak_sessions == (up or down)
    assert r.streak_direction == ("up" if up else "down" if down else "flat")
    lo = next(i for i, d in enumerate(dates) if d > session - pd.Timedelta(days=364))
    hi52, lo52 = _first_extreme(v, lo, t, True), _first_extreme(v, lo, t, False)
    assert (r.high_52w, r.high_52w_date) == (v[hi52], dates[hi52])
    assert (r.low_52w, r.low_52w_date) == (v[lo52], dates[lo52])
    assert r.evidence["rows_used"] == t + 1
    # and what the kernels give on the cut array (the computation before the memo)
    arr = cut.to_numpy(dtype=np.float64)
    j = int(K.highest_since(arr)[-1])
    assert r.highest_close_since.is_record == (j < 0)
    assert int(K.drawdown_from_peak(arr).peak_index[-1]) == rec


@SETTINGS
@given(case=st.sampled_from(CASES), frac=st.floats(0.0, 1.0))
def test_move_equals_the_cut_history(store, case, frac):
    symbol, field = case
    full = series(symbol, field=field)
    session = full.index[int(frac * (len(full) - 1))]
    r = move(symbol, session, field=field)
    assert r.session == session
    _reference_checks(r, series(symbol, end=session, field=field), session)


@SETTINGS
@given(case=st.sampled_from(["RUT", "IWM", "SPX"]), frac=st.floats(0.0, 1.0))
def test_intraday_equals_the_cut_history(store, case, frac):
    hl = bars(case)[["high", "low"]].dropna()
    session = hl.index[int(frac * (len(hl) - 1))]
    cut = bars(case, end=session)[["high", "low"]].dropna()
    r = move(case, session)
    if r.session != session:  # the close of that day is missing: nothing to compare
        return
    assert r.intraday is not None
    dates, hi, lo = list(cut.index), cut["high"].tolist(), cut["low"].tolist()
    t = len(dates) - 1
    it = r.intraday
    assert (it.high, it.low, it.rows_used) == (hi[t], lo[t], t + 1)
    _check_side(it.highest_high_since, dates, hi, t, True)
    _check_side(it.lowest_low_since, dates, lo, t, False)
    rec = _first_extreme(hi, 0, t, True)
    assert (it.record_high, it.record_high_date) == (hi[rec], dates[rec])
    first = next(i for i, d in enumerate(dates) if d > session - pd.Timedelta(days=364))
    a, b = _first_extreme(hi, first, t, True), _first_extreme(lo, first, t, False)
    assert (it.high_52w, it.high_52w_date, it.low_52w, it.low_52w_date) == (
        hi[a], dates[a], lo[b], dates[b])


@SETTINGS
@given(case=st.sampled_from(["RUT", "IWM", "SPX"]), frac=st.floats(0.02, 1.0))
def test_ytd_return_equals_the_cut_history(store, case, frac):
    full = series(case)
    session = full.index[int(frac * (len(full) - 1))]
    prior = full.loc[:pd.Timestamp(session.year - 1, 12, 31)]
    if prior.empty or (session - prior.index[-1]).days > 380:
        return  # no close in the previous year: the window is an error, tested elsewhere
    r = period_return(case, "YTD", session)
    assert (r.start, r.end) == (prior.index[-1], session)
    assert r.start_close == prior.iloc[-1] and r.end_close == full.loc[session]
    assert r.return_pct == pytest.approx((full.loc[session] / prior.iloc[-1] - 1) * 100,
                                         rel=1e-12, abs=1e-12)
    assert r.sessions == len(full.loc[prior.index[-1]:session]) - 1


def test_history_arrays_are_read_only(store):
    h = history("RUT", "close")
    for arr in (h.values, h.ns, h.highest_since, h.up_run, h.drawdown.peak):
        with pytest.raises(ValueError):
            arr[0] = 0
    # what as_of hands out is a copy, free to change
    from capscope.stats._asof import as_of

    vals = as_of("RUT", "2024-07-16").values
    vals.iloc[0] = -1.0
    assert h.values[0] != -1.0


def test_memo_is_dropped_on_write_and_never_looks_ahead(fresh_home):
    """Cutting RUT's stored rows at a date leaves move() on that date unchanged (the whole-history
    memo holds nothing a later row can change); a new record row is seen at once."""
    from capscope.data.calendar import next_session
    from capscope.data.store import get_store
    from capscope.data.symbols import Kind

    on = "2024-07-16"

    def seen_on() -> dict:  # everything but where the data ends, which the cut moves
        out = move("RUT", on).to_dict()
        out["provenance"].pop("data_ends")
        return out

    before = seen_on()
    last_before = move("RUT").to_dict()
    st_ = get_store()
    frame = st_.bars("RUT").copy()
    st_.write_bars("RUT", frame.loc[:on], kind=Kind.INDEX, name="Russell 2000",
                   source="cut for a test", replace=True)
    assert move("RUT").session == pd.Timestamp(on)  # the memo was rebuilt from the cut rows
    assert seen_on() == before
    assert move("RUT").to_dict() != last_before
    # a new session above every close: a record, a one-session streak at least
    day = next_session(pd.Timestamp(on) + pd.Timedelta(days=1))
    top = float(frame["close"].max()) * 1.1
    row = pd.DataFrame({"open": [top], "high": [top], "low": [top], "close": [top]},
                       index=pd.DatetimeIndex([day], name="date"))
    st_.write_bars("RUT", row, kind=Kind.INDEX, name="Russell 2000", source="test")
    r = move("RUT")
    assert r.session == day and r.highest_close_since.is_record and r.record_date == day
    assert r.streak_direction == "up" and r.streak_sessions >= 1


@settings(max_examples=300, deadline=None)
@given(a=st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)),
       days=st.integers(-400, 20000))
def test_ago_counts_months_as_dateutil(a, days):
    b = a + dt.timedelta(days=days)
    assert ago(pd.Timestamp(a), pd.Timestamp(b)) == ago_words(a, b)


@pytest.mark.parametrize(("then", "now", "words"), [
    # values from dateutil's relativedelta(now, then), printed by hand
    ("2023-01-31", "2023-02-28", "1 month ago"),  # Jan 31 + 1 month is clipped to Feb 28
    ("2023-03-31", "2023-04-29", "29 days ago"),  # Mar 31 + 1 month = Apr 30, past Apr 29
    ("2022-01-04", "2024-07-16", "2 years 6 months ago"),
    ("2024-02-29", "2025-02-28", "1 year ago"),
])
def test_ago_month_ends(then, now, words):
    assert ago(pd.Timestamp(then), pd.Timestamp(now)) == words


@pytest.mark.parametrize(("window", "error"), [
    ("1212", "DataUnavailable"),  # a year before pandas' nanosecond range: before the data
    ("1212-07", "DataUnavailable"),
    ("999Y", "DataUnavailable"),  # centuries back from the as-of date
    ("0000", "BadInput"),  # its base would be the year -1
    ("0001", "BadInput"),
    ("0000-01", "BadInput"),
])
def test_windows_far_before_the_data_are_one_line_errors(store, window, error):
    from capscope.errors import CapscopeError

    with pytest.raises(CapscopeError) as info:
        period_return("RUT", window)
    assert type(info.value).__name__ == error
    assert "\n" not in str(info.value)


def _fresh(values: list[float], direct: int):
    from capscope.stats import _history as H

    dates = pd.DatetimeIndex(pd.date_range("2000-01-03", periods=len(values), freq="D",
                                           unit="ns"), name="date")
    h = H.FieldHistory(dates, np.asarray(values, dtype=np.float64), dates[-1])
    h._direct_left = direct
    return h


@settings(max_examples=150, deadline=None)
@given(values=st.lists(st.sampled_from([1.0, 2.0, 2.5, 3.0, 100.0, 1e-3]), min_size=1,
                       max_size=40))
def test_direct_answers_equal_the_scans(values):
    """Few distinct values: ties everywhere. The first questions of a history are answered
    without its scans, later ones from them: both give the same row for every row."""
    direct, scans = _fresh(values, 10**9), _fresh(values, 0)
    for t in range(len(values)):
        for high in (True, False):
            assert direct.since(t, high) == scans.since(t, high) == _since(values, t, high)
            assert direct.run(t, high) == scans.run(t, high)
        assert direct.record(t) == scans.record(t) == (values[_first_extreme(values, 0, t, True)],
                                                       _first_extreme(values, 0, t, True))
    assert "highest_since" not in direct.__dict__ and "highest_since" in scans.__dict__


def test_single_row_history():
    h = _fresh([5.0], 10**9)
    assert (h.since(0, True), h.since(0, False), h.run(0, True), h.record(0)) == (-1, -1, 0,
                                                                                   (5.0, 0))
