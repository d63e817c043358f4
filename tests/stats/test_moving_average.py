"""Moving averages: the cumulative-sum kernel and the side/cross scan against plain loops, the
statistic against pandas' rolling mean on the bundled closes, bad inputs, no look-ahead.

Hand-checked case (SPX, read off the bundled rows):

- 2025-03-07 close 5,770.20, 200-day average 5,733.10 (above); 2025-03-10 close 5,614.56,
  average 5,734.63 (below): SPX crossed below its 200-day on 2025-03-10, down 2.09% from it
  (5614.56 / 5734.63 - 1 = -2.094%).
- The two averages differ by one close in and one out: the 200-session window of 2025-03-07
  begins 2024-05-20 (close 5,308.13), that of 2025-03-10 on 2024-05-21, so the average rose by
  (5614.56 - 5308.13) / 200 = 1.532 (5,733.10 -> 5,734.63).
- The previous cross below: 2023-10-25 (4,186.77 under an average of 4,238.41, the session
  after 2023-10-24 closed at 4,247.68 above its 4,236.94).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import capscope
from capscope.errors import BadInput, DataUnavailable
from capscope.stats.levels import moving_average, period_ids, rolling_average, side_runs

# ----------------------------------------------------------------------- plain references


def plain_average(values, periods, window):
    """Per row: the mean of the last ``window`` period closes, the row's own value standing for
    its period; earlier periods close at their last non-NaN value."""
    out = []
    for i, v in enumerate(values):
        if np.isnan(v):
            out.append(np.nan)
            continue
        closes = {}
        for j in range(i):
            if not np.isnan(values[j]) and periods[j] != periods[i]:
                closes[periods[j]] = values[j]  # the last one wins
        seq = [closes[p] for p in sorted(closes)] + [v]
        out.append(sum(seq[-window:]) / window if len(seq) >= window else np.nan)
    return np.array(out)


def plain_sides(values, average):
    """Per row: above?, the row where its run began after a close on the other side (-1: none)."""
    above, start = [], []
    for i in range(len(values)):
        if np.isnan(values[i]) or np.isnan(average[i]):
            above.append(False)
            start.append(-1)
            continue
        side = values[i] > average[i]
        above.append(side)
        begin, j = -1, i
        while True:  # walk back over rows with an average until one on the other side
            k = j - 1
            while k >= 0 and (np.isnan(values[k]) or np.isnan(average[k])):
                k -= 1
            if k < 0:
                break
            if (values[k] > average[k]) != side:
                begin = j
                break
            j = k
        start.append(begin)
    return np.array(above), np.array(start)


walks = st.lists(st.one_of(st.floats(-3, 3), st.just(float("nan"))), min_size=1, max_size=70)


@settings(max_examples=300, deadline=None)
@given(steps=walks, window=st.integers(1, 12), cuts=st.lists(st.booleans(), max_size=70))
def test_rolling_average_matches_a_plain_mean(steps, window, cuts):
    values = 100 + np.nancumsum(steps)
    values[np.isnan(steps)] = np.nan  # NaN gaps: rows without a close
    days = np.arange(len(values))
    assert np.allclose(rolling_average(values, window), plain_average(values, days, window),
                       equal_nan=True, rtol=1e-12, atol=1e-9)
    # random calendar periods: a new one starts where ``cuts`` says so
    flags = (cuts + [False] * len(values))[:len(values)]
    periods = np.cumsum(flags)
    assert np.allclose(rolling_average(values, window, periods),
                       plain_average(values, periods, window), equal_nan=True, rtol=1e-12,
                       atol=1e-9)


@settings(max_examples=300, deadline=None)
@given(steps=walks, window=st.integers(1, 8))
def test_side_runs_match_a_plain_loop(steps, window):
    values = 100 + np.nancumsum(steps)
    values[np.isnan(steps)] = np.nan
    avg = plain_average(values, np.arange(len(values)), window)
    r = side_runs(values, avg)
    above, start = plain_sides(values, avg)
    assert list(r.above) == list(above)
    assert list(r.run_start) == list(start)
    assert list(r.crosses) == sorted({int(s) for s in start if s >= 0})


def test_period_ids_are_calendar_weeks_and_months():
    days = pd.DatetimeIndex(["2024-07-05", "2024-07-08", "2024-07-12", "2024-07-14",
                             "2024-07-15", "2024-07-31", "2024-08-01"])  # Fri Mon Fri Sun Mon
    ns = days.as_unit("ns").asi8
    w = period_ids(ns, "week")
    assert [w[i] == w[i + 1] for i in range(6)] == [False, True, True, False, False, True]
    m = period_ids(ns, "month")
    assert [m[i] == m[i + 1] for i in range(6)] == [True, True, True, True, True, False]


# ------------------------------------------------------------------------------ real data


def _pandas_view(sym: str, window: int, on: str) -> dict:
    """The answer from pandas alone: rolling mean, sides and runs by a loop over the rows."""
    s = capscope.series(sym)
    s = s[:on]
    avg = s.rolling(window).mean()
    ok = avg.notna()
    side = (s > avg)[ok]
    cross_days = [side.index[i] for i in range(1, len(side)) if side.iloc[i] != side.iloc[i - 1]]
    now = bool(side.iloc[-1])
    since = cross_days[-1] if cross_days else None
    same = [d for d in cross_days[:-1] if bool(side[d]) == now]
    return {"close": s.iloc[-1], "average": avg.iloc[-1], "above": now, "since": since,
            "sessions": int((side.index >= (since or side.index[0])).sum()),
            "today": since == s.index[-1], "previous": same[-1] if same else None}


CASES = [("SPX", 200, "2025-03-10"), ("SPX", 200, "2025-05-14"), ("RUT", 200, "2024-07-16"),
         ("RUT", 50, "2020-03-20"), ("IWM", 200, "2026-08-21"), ("RUT", 20, "1988-01-15"),
         ("SPY", 100, "2008-10-10"), ("RUT", 200, "1988-06-23")]


@pytest.mark.parametrize(("sym", "window", "on"), CASES)
def test_matches_pandas_rolling(store, sym, window, on):
    r = moving_average(sym, window, on)
    p = _pandas_view(sym, window, on)
    assert r.session == pd.Timestamp(on)
    assert r.close == pytest.approx(p["close"])
    assert r.average == pytest.approx(p["average"], rel=1e-12)
    assert r.pct_from_average == pytest.approx((p["close"] / p["average"] - 1) * 100, abs=1e-9)
    assert r.above == p["above"] and r.side_since == p["since"]
    assert r.sessions_on_side == p["sessions"] and r.crossed_today == p["today"]
    assert r.previous_cross_same_direction == p["previous"]


def test_hand_checked_spx_cross_below_in_march_2025(store):
    r = moving_average("SPX", 200, "2025-03-10")
    assert r.close == pytest.approx(5614.56)
    assert r.average == pytest.approx(5734.63, abs=0.005)
    assert r.pct_from_average == pytest.approx(-2.094, abs=0.001)
    assert not r.above and r.crossed_today and r.sessions_on_side == 1
    assert r.side_since == pd.Timestamp("2025-03-10")
    assert r.previous_cross_same_direction == pd.Timestamp("2023-10-25")
    assert r.evidence["previous_close"] == pytest.approx(5770.20)
    assert r.evidence["previous_average"] == pytest.approx(5733.10, abs=0.005)
    assert r.evidence["window_from"] == pd.Timestamp("2024-05-21")
    assert r.average - r.evidence["previous_average"] == pytest.approx((5614.56 - 5308.13) / 200)
    assert r.takeaway == ("SPX 5,614.56 on 2025-03-10 is 2.1% below its 200-day average "
                          "5,734.63 (below since 2025-03-10, 1 session)")
    nxt = moving_average("SPX", 200, "2025-03-12")
    assert not nxt.crossed_today and nxt.sessions_on_side == 3
    assert nxt.side_since == pd.Timestamp("2025-03-10")


@pytest.mark.parametrize(("unit", "rule", "window", "on"), [
    ("week", "W-SUN", 40, "2024-07-16"), ("week", "W-SUN", 10, "2025-03-12"),
    ("month", "ME", 10, "2024-07-16"), ("month", "ME", 12, "2022-06-30")])
def test_weekly_and_monthly_match_pandas_resample(store, unit, rule, window, on):
    """The average of the last N weekly (monthly) closes, the period in progress counting with
    the session's close: pandas' resample().last() of the history cut at the session."""
    s = capscope.series("RUT")[:on]
    closes = s.resample(rule).last().dropna()
    expected = closes.iloc[-window:].mean()
    r = moving_average("RUT", window, on, unit=unit)
    assert r.unit == unit and r.average == pytest.approx(expected, rel=1e-12)
    assert r.above == (s.iloc[-1] > expected)
    # the side on every session of the run, each against its own average
    if r.side_since is not None:
        for day in (r.side_since, s.index[s.index.get_loc(r.side_since) - 1]):
            cut = s[:day]
            avg = cut.resample(rule).last().dropna().iloc[-window:].mean()
            assert (cut.iloc[-1] > avg) == (r.above if day == r.side_since else not r.above)


def test_no_side_since_when_the_run_began_with_the_data(store):
    r = moving_average("RUT", 1000, "1991-09-03")
    p = _pandas_view("RUT", 1000, "1991-09-03")
    assert r.side_since == p["since"]
    first = moving_average("RUT", 200, "1988-06-23")
    assert first.side_since is None and first.sessions_on_side == 1
    assert first.evidence["first_average"] == pd.Timestamp("1988-06-23")
    assert "before the data can show" in first.warnings[-1]


@pytest.mark.parametrize(("kwargs", "error", "words"), [
    ({"window": 0}, BadInput, "window 0"),
    ({"window": -5}, BadInput, "window -5"),
    ({"window": 2.5}, BadInput, "window 2.5"),
    ({"window": True}, BadInput, "window True"),
    ({"unit": "year"}, BadInput, "unit 'year'"),
    ({"on": "1980-01-02"}, DataUnavailable, "before RUT's close data"),
    ({"on": "1987-12-01"}, DataUnavailable, "first session with one is 1988-06-23"),
    ({"window": 10**6}, DataUnavailable, "fewer than 1000000 sessions"),
    ({"window": 12, "unit": "month", "on": "1988-03-01"}, DataUnavailable,
     "first session with one is 1988-08-01"),
    ({"field": "adj_close"}, DataUnavailable, "no adj_close"),
])
def test_bad_inputs_are_one_line_errors(store, kwargs, error, words):
    args = {"window": 200, **kwargs}
    with pytest.raises(error) as exc:
        moving_average("RUT", args.pop("window"), args.pop("on", None), **args)
    assert words in exc.value.one_line() and "\n" not in exc.value.one_line()


def test_rates_are_refused(store):
    with pytest.raises(BadInput, match="not a price series"):
        moving_average("DFF", 50)


def test_weekend_resolves_to_the_previous_session(store):
    r = moving_average("RUT", 200, "2024-07-13")
    assert r.session == pd.Timestamp("2024-07-12") and "Saturday" in r.warnings[0]


def test_exported_from_capscope_stats():
    import capscope.stats as stats

    assert stats.moving_average is moving_average and "MovingAverage" in stats.__all__


def test_no_look_ahead_rows_after_the_session_scrambled(fresh_home):
    """Shuffling every row after the as-of session (and writing them back) leaves the answer on
    that session unchanged: the whole-history scan is read at the as-of row."""
    from capscope.data.store import get_store
    from capscope.data.symbols import Kind

    on = "2025-03-10"

    def seen() -> dict:
        out = {u: moving_average("SPX", w, on, unit=u).to_dict()
               for u, w in (("day", 200), ("week", 30), ("month", 10))}
        for d in out.values():
            d["provenance"].pop("data_ends")
        return out

    before = seen()
    st_ = get_store()
    orig = st_.bars("SPX").copy()
    frame = orig.copy()
    after = frame.index > pd.Timestamp(on)
    rng = np.random.default_rng(7)
    frame.loc[after] = frame.loc[after].to_numpy()[rng.permutation(int(after.sum()))]
    st_.write_bars("SPX", frame, kind=Kind.INDEX, name="S&P 500", source="scrambled for a test",
                   replace=True)
    assert not get_store().bars("SPX").equals(orig)  # the rows after the session did change
    assert seen() == before
