"""Monthly/weekly streaks: real month-end closes read off the rows, and a plain-loop reference."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.errors import BadInput, DataUnavailable
from capscope.stats.calendar_streaks import calendar_streaks, period_closes, streak_runs


def plain_runs(changes):
    """Reference: walk the changes once, closing a run at every sign change, zero or NaN."""
    runs, start, sign = [], None, 0
    for i, c in enumerate(list(changes) + [float("nan")]):
        s = 0 if (c is None or math.isnan(c) or c == 0) else (1 if c > 0 else -1)
        if s != sign:
            if sign != 0:
                runs.append((start, i - 1, sign))
            start, sign = i, s
    return runs


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([0.0, float("nan"), 1.0, -1.0]),
                          st.floats(-5, 5)), min_size=0, max_size=60))
def test_streak_runs_matches_plain_loop(changes):
    assert streak_runs(np.array(changes, dtype=float)) == plain_runs(changes)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([99.0, 100.0, 101.0, 102.0]), min_size=1, max_size=400),
       st.sampled_from(["monthly", "weekly"]))
def test_period_closes_matches_plain_grouping(values, frequency):
    idx = pd.bdate_range("2020-01-01", periods=len(values))
    s = pd.Series(values, index=idx)
    got = period_closes(s, frequency)
    last: dict = {}
    for day, v in s.items():
        key = (day.year, day.month) if frequency == "monthly" else \
            (day + pd.Timedelta(days=(4 - day.day_of_week) % 7)).date()
        last[key] = (day, v)
    keys = sorted(last)
    assert list(got["last_session"]) == [last[k][0] for k in keys]
    assert list(got["close"]) == [last[k][1] for k in keys]
    for i in range(1, len(keys)):
        assert got["change_pct"].iloc[i] == pytest.approx((last[keys[i]][1] / last[keys[i - 1]][1]
                                                           - 1) * 100)
    assert math.isnan(got["change_pct"].iloc[0])


def test_rut_nine_month_winning_streak_2020_2021(store):
    # RUT month-end closes read off the rows: 2020-09-30 1507.6899, then rising every month to
    # 2021-06-30 2310.55 (10-30 1538.48, 11-30 1819.82, 12-31 1974.86, 01-29 2073.64,
    # 02-26 2201.05, 03-31 2220.52, 04-30 2266.45, 05-28 2268.97); 2021-07-30 2226.25 fell.
    r = calendar_streaks("RUT", on="2021-06-30")
    cur = r.current
    assert cur is not None and cur.direction == "up" and cur.length == 9
    assert (cur.first_period, cur.last_period) == ("2020-10", "2021-06")
    assert cur.base_date == pd.Timestamp("2020-09-30") and cur.base_close == pytest.approx(1507.6899)
    assert cur.cumulative_pct == pytest.approx((2310.55 / 1507.6899 - 1) * 100)
    assert not r.period_in_progress and r.completed_length == 9
    # nothing as long before it: the record winning streak since the data begins in 1987
    assert r.previous_as_long is None
    assert r.longest_up == cur
    # the streak table lists every streak at least as long as the current one
    assert [s.first_period for s in r.streaks] == ["2020-10"]


def test_month_in_progress_says_so(store):
    r = calendar_streaks("RUT", on="2021-06-15")
    assert r.period_in_progress and r.current.length == 9 and r.completed_length == 8
    assert r.current.in_progress
    assert any("in progress" in w for w in r.warnings)
    # 2021-05-28 is May's last session (05-31 was Memorial Day): May is complete
    r = calendar_streaks("RUT", on="2021-05-29")
    assert not r.period_in_progress and r.current.length == 8
    assert any("Saturday" in w for w in r.warnings)


def test_losing_streak_2002_and_first_since(store):
    # month-end closes: 2002-04-30 510.67, 05-31 487.47, 06-28 462.64, 07-31 392.42,
    # 08-30 390.96, 09-30 362.27 (five losses); 10-31 373.50 broke it
    r = calendar_streaks("RUT", on="2002-09-30", min_length=5)
    assert r.current.direction == "down" and r.current.length == 5
    assert r.current.cumulative_pct == pytest.approx((362.27 / 510.67 - 1) * 100)
    assert all(s.length >= 5 for s in r.streaks)
    prev = r.previous_as_long
    # brute force: the last earlier losing streak of >= 5 months, from the month-end closes
    import capscope

    s = capscope.series("RUT", end="2002-09-30")
    m = s.groupby(s.index.to_period("M")).last()
    ch = (m / m.shift(1) - 1).to_numpy()
    runs = [r_ for r_ in plain_runs(ch) if r_[2] == -1 and r_[1] - r_[0] + 1 >= 5
            and r_[1] < len(ch) - 1]
    if runs:
        a, b, _ = runs[-1]
        assert prev is not None and prev.first_period == str(m.index[a])
        assert prev.last_period == str(m.index[b])
    else:
        assert prev is None


def test_weekly_streaks_match_plain_loop(store):
    import capscope

    r = calendar_streaks("SPX", "weekly", on="2024-07-12", min_length=3)
    s = capscope.series("SPX", end="2024-07-12")
    w = s.groupby(s.index.to_period("W-FRI")).last()
    runs = [x for x in plain_runs((w / w.shift(1) - 1).to_numpy()) if x[1] - x[0] + 1 >= 3]
    assert len(r.streaks) == len(runs)
    assert [(x.length, x.direction) for x in r.streaks] == \
        [(b - a + 1, "up" if g > 0 else "down") for a, b, g in runs]
    assert r.current.length == 2 and r.current.last_period == "2024-07-12"


def test_bad_inputs(store):
    with pytest.raises(BadInput):
        calendar_streaks("RUT", min_length=0)
    with pytest.raises(BadInput):
        calendar_streaks("RUT", frequency="daily")
    with pytest.raises(BadInput, match="not a price series"):
        calendar_streaks("DGS10")
    with pytest.raises(DataUnavailable):
        calendar_streaks("RUT", on="1980-01-02")
    with pytest.raises(DataUnavailable, match="2030-01-02 is after RUT's last data row for close, 2026-08-21"):
        calendar_streaks("RUT", on="2030-01-02")
    with pytest.raises(DataUnavailable, match="fewer than two"):
        calendar_streaks("RUT", on="1987-09-15")


@pytest.mark.parametrize("on", ["2026-06-30", "2019-12-31", "2024-11-29", "2008-10-31",
                                "1995-06-30"])
def test_first_streak_this_long_since_brute_force(store, on):
    import capscope

    r = calendar_streaks("RUT", on=on)
    s = capscope.series("RUT", end=on)
    m = s.groupby(s.index.to_period("M")).last()
    runs = plain_runs((m / m.shift(1) - 1).to_numpy())
    a, b, g = runs[-1]
    assert b == len(m) - 1  # these month-ends all end a non-flat month
    assert r.current.length == b - a + 1 and r.current.direction == ("up" if g > 0 else "down")
    earlier = [x for x in runs[:-1] if x[2] == g and x[1] - x[0] + 1 >= b - a + 1]
    if earlier:
        pa, pb, _ = earlier[-1]
        assert r.previous_as_long.first_period == str(m.index[pa])
        assert r.previous_as_long.last_period == str(m.index[pb])
        assert r.previous_as_long.end_date == s.loc[str(m.index[pb])].index[-1]
    else:
        assert r.previous_as_long is None
