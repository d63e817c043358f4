"""Levels: swing points and clustering against plain references; breakouts and zone checks on
real Dow and IWM rows (closes read off the bundled data, see comments)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.errors import BadInput, DataUnavailable
from capscope.stats.levels import (
    breakdown,
    breakout,
    cluster_prices,
    levels,
    swing_points,
    zone_check,
)


def plain_swings(high, low, w):
    his, los = [], []
    for t in range(len(high)):
        if t < w or t + w >= len(high):
            continue
        before_h = [high[j] for j in range(t - w, t)]
        after_h = [high[j] for j in range(t + 1, t + w + 1)]
        if all(high[t] > x for x in before_h) and all(high[t] >= x for x in after_h):
            his.append(t)
        before_l = [low[j] for j in range(t - w, t)]
        after_l = [low[j] for j in range(t + 1, t + w + 1)]
        if all(low[t] < x for x in before_l) and all(low[t] <= x for x in after_l):
            los.append(t)
    return his, los


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(90, 110), min_size=1, max_size=80), st.integers(1, 6))
def test_swing_points_match_plain_loop(values, w):
    high = np.array(values, float) + 1.0
    low = np.array(values, float) - 1.0
    his, los = swing_points(high, low, w)
    assert (list(his), list(los)) == plain_swings(list(high), list(low), w)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.floats(1, 1000), min_size=1, max_size=60), st.floats(0.1, 10))
def test_clusters_partition_and_respect_band(prices, band):
    arr = np.array(prices)
    clusters = cluster_prices(arr, band)
    members = sorted(int(i) for c in clusters for i in c)
    assert members == list(range(len(arr)))
    lows = [arr[c].min() for c in clusters]
    for c in clusters:
        assert arr[c].max() <= arr[c].min() * (1 + band / 100) + 1e-9
    for a, b in zip(clusters, clusters[1:], strict=False):
        # a new cluster starts only when the next price is beyond the previous cluster's band
        assert arr[b].min() > arr[a].min() * (1 + band / 100)
        assert arr[a].max() <= arr[b].min()
    assert lows == sorted(lows)


def test_dow_40000_breakout(store):
    # DJI closes: 2024-05-17 40003.59 (first close above 40,000; highest before: 39908.00),
    # 2024-05-20 39806.77; then below until 2024-07-12 40000.90, 07-15 40211.72,
    # 07-16 40954.48, 07-17 41198.08
    b = breakout("DJI", 40000, on="2024-05-17")
    assert b.above and b.breakout_date == pd.Timestamp("2024-05-17")
    assert b.breakout_close == pytest.approx(40003.59, abs=0.01)
    assert b.previously_above_on is None and b.sessions_above == 1
    assert not b.decisive  # cleared by 0.009%, one session
    b = breakout("DJI", 40000, on="2024-05-20")
    assert not b.above and b.last_close_above == pd.Timestamp("2024-05-17")
    assert b.pct_from_level == pytest.approx((39806.77 / 40000 - 1) * 100, abs=1e-4)
    b = breakout("DJI", 40000, on="2024-07-17")
    assert b.breakout_date == pd.Timestamp("2024-07-12") and b.sessions_above == 4
    assert b.previously_above_on == pd.Timestamp("2024-05-17")
    assert b.max_close_since == pytest.approx(41198.08, abs=0.01)
    assert b.decisive  # 4 sessions above and now 3% above
    assert not breakout("DJI", 40000, on="2024-07-12").decisive


def test_zone_check_matches_session_by_session_loop(store):
    import capscope

    z = zone_check("IWM", 240, 245, lookback="3Y", on="2025-09-30")
    frame = capscope.bars("IWM", z.start, "2025-09-30")
    capped, held, up, down, inside = [], [], [], [], 0
    rows = list(frame[["high", "low", "close"]].itertuples())
    for prev, row in zip(rows, rows[1:], strict=False):
        if prev.close < 240 and row.high >= 240 and row.close < 240:
            capped.append(row.Index)
        if prev.close > 245 and row.low <= 245 and row.close > 245:
            held.append(row.Index)
        if prev.close <= 245 and row.close > 245:
            up.append(row.Index)
        if prev.close >= 240 and row.close < 240:
            down.append(row.Index)
        inside += 240 <= row.close <= 245
    assert z.capped == capped and z.held == held
    assert z.closed_above_through == up and z.closed_below_through == down
    assert z.closed_inside == inside
    assert z.start == pd.Timestamp("2022-09-30") and z.asof == pd.Timestamp("2025-09-30")
    # IWM closed at 241.96 on 2025-09-30, inside the zone (read off the rows)
    assert z.position == "inside" and z.last_close == pytest.approx(241.96)
    assert len(capped) >= 1


def test_levels_zones_are_consistent(store):
    r = levels("IWM", lookback="3Y", on="2026-08-21")
    assert r.last_close == pytest.approx(299.96)  # IWM close 2026-08-21
    assert r.zones and all(z.touches >= 2 for z in r.zones)
    for z in r.zones:
        assert z.low <= z.high and z.first_test <= z.last_test
        assert z.touches == z.swing_highs + z.swing_lows
        assert (z.role == "support") == (z.high < r.last_close)
        assert (z.role == "resistance") == (z.low > r.last_close)
        if z.broken == "above":
            assert z.swing_highs > z.swing_lows and z.high < r.last_close
    if r.nearest_support:
        assert r.nearest_support.high == max(z.high for z in r.zones if z.role == "support")
    if r.nearest_resistance:
        assert r.nearest_resistance.low == min(z.low for z in r.zones if z.role == "resistance")


def test_close_only_series_warns(store):
    # NDX has close only from 2026-07-13
    r = levels("NDX", lookback="1M", on="2026-08-21", pivot_window=2)
    assert any("no high/low" in w for w in r.warnings)


def test_bad_inputs(store):
    with pytest.raises(BadInput, match="low above its high"):
        zone_check("IWM", 245, 240)
    with pytest.raises(BadInput):
        zone_check("IWM", -1, 240)
    with pytest.raises(BadInput):
        breakout("IWM", 0)
    with pytest.raises(BadInput):
        levels("IWM", pivot_window=0)
    with pytest.raises(BadInput, match="not a price series"):
        levels("DFF")
    with pytest.raises(DataUnavailable, match="too few"):
        levels("IWM", lookback="1W", pivot_window=10)
    with pytest.raises(BadInput):
        levels("IWM", lookback="nonsense")


def _plain_breakdown(closes: pd.Series, level: float):
    """Brute force: (below now, first day of the current run below, last day below before it)."""
    below = list(closes < level)
    if not below[-1]:
        return False, None, None
    i = len(below) - 1
    while i > 0 and below[i - 1]:
        i -= 1
    earlier = [d for d, b in zip(closes.index[:i], below[:i], strict=True) if b]
    return True, closes.index[i], earlier[-1] if earlier else None


@pytest.mark.parametrize(("level", "on"), [(30000, "2022-09-23"), (30000, "2022-09-26"), (30000, "2022-08-16"),
                                           (2000, "2022-06-13")])
def test_breakdown_against_a_plain_scan(store, level, on):
    sym = "DJI" if level == 30000 else "RUT"
    closes = store.bars(sym)["close"].dropna().loc[:on]
    below, start, prev = _plain_breakdown(closes, level)
    b = breakdown(sym, level, on=on, lookback=f"{closes.index[0].date()}:{on}")
    assert b.below == below
    assert b.previously_below_on == prev
    if below:
        assert b.breakdown_date == start
        assert b.sessions_below == len(closes.loc[start:])


def test_breakdown_rejects_a_nonsense_level(store):
    with pytest.raises(BadInput):
        breakdown("DJI", -5, on="2022-09-23")
