"""streak_study() and largest_outperformance() on the real data, against hand-read rows and an
independent pandas computation (groupby over run ids, rolling windows, shift)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import capscope
from capscope.errors import BadInput, DataUnavailable
from capscope.stats import largest_outperformance, streak_study


@pytest.fixture(scope="module")
def rut(store):
    return capscope.series("RUT")


@pytest.fixture(scope="module")
def rut_5x1(store):
    return streak_study("RUT", 5, 1.0)


def _pandas_episodes(mask: pd.Series, n: int) -> list[tuple[str, str, int]]:
    """Maximal runs via run ids (the usual pandas idiom), independent of the kernels."""
    run_id = (mask != mask.shift()).cumsum()
    out = []
    for _, grp in mask.groupby(run_id):
        if grp.iloc[0] and len(grp) >= n:
            out.append((str(grp.index[0].date()), str(grp.index[-1].date()), len(grp)))
    return out


def test_rut_july_2024_episode_verified_by_hand(rut_5x1):
    # Daily returns read from the rows: 07-09 -0.45% (2029.47), then 07-10 +1.10%, 07-11 +3.57%,
    # 07-12 +1.09%, 07-15 +1.80%, 07-16 +3.50%; 07-17 -1.06%. One 5-session run of 1%+ gains,
    # cumulative 2263.67 / 2029.47 - 1 = +11.54%.
    last = rut_5x1.episodes.iloc[-1]
    assert str(last["start"].date()) == "2024-07-10" and str(last["end"].date()) == "2024-07-16"
    assert last["length"] == 5
    assert last["cum_pct"] == pytest.approx((2263.6699 / 2029.47 - 1) * 100)
    latest = rut_5x1.latest
    assert latest.occurrence == 5 and latest.of_total == 5
    # the earlier episodes (pandas check below) have lengths 5, 6, 5, 6: two are longer
    assert latest.rank_by_length == 3
    assert str(latest.longest_since.date()) == "2020-04-29"
    assert "5th of 5 since 1987-09-10" in rut_5x1.takeaway


def test_rut_september_2009_episode_verified_by_hand(rut_5x1):
    # 2009-09-03 +1.20%, 09-04 +1.42%, 09-08 +1.03%, 09-09 +1.74%, 09-10 +1.45%; 09-02 -0.40%,
    # 09-11 -0.22%: a 5-session episode 2009-09-03..2009-09-10
    eps = rut_5x1.episodes
    row = eps[eps["start"] == pd.Timestamp("2009-09-03")]
    assert len(row) == 1 and str(row["end"].iloc[0].date()) == "2009-09-10"


def test_episodes_match_pandas_runs(rut, rut_5x1):
    mask = rut.pct_change() >= 0.01
    expected = _pandas_episodes(mask, 5)
    got = [(str(s.date()), str(e.date()), int(n)) for s, e, n in
           rut_5x1.episodes[["start", "end", "length"]].itertuples(index=False)]
    assert got == expected
    # windows: rolling 5-session minimum of the daily return
    windows = int((rut.pct_change().rolling(5).min() >= 0.01).sum())
    assert rut_5x1.n_windows == windows
    assert rut_5x1.n_episodes == len(expected) < windows


def test_forward_returns_and_baseline_match_pandas(rut, rut_5x1):
    for name, h in [("1W", 5), ("1M", 21), ("1Y", 252)]:
        fwd = rut.shift(-h) / rut - 1
        ends = rut_5x1.episodes["end"]
        expected = fwd.loc[ends].to_numpy() * 100
        np.testing.assert_allclose(rut_5x1.episodes[f"fwd_{name}_pct"].to_numpy(), expected)
        f = rut_5x1.forward.loc[name]
        assert f["mean_pct"] == pytest.approx(np.nanmean(expected))
        assert f["median_pct"] == pytest.approx(np.nanmedian(expected))
        assert f["hit_rate"] == pytest.approx(np.mean(expected[~np.isnan(expected)] > 0))
        assert f["baseline_mean_pct"] == pytest.approx(fwd.mean() * 100)
        assert f["baseline_n"] == fwd.notna().sum()
        assert f["baseline_hit_rate"] == pytest.approx((fwd.dropna() > 0).mean())


def test_as_of_cuts_history_and_marks_ongoing(store):
    r = streak_study("RUT", 5, 1.0, on="2024-07-16")
    latest = r.latest
    assert latest.ongoing and str(latest.end.date()) == "2024-07-16"
    # nothing after the as-of session is used: every forward horizon is missing for it
    assert r.episodes.iloc[-1][[c for c in r.episodes if c.startswith("fwd_")]].isna().all()
    assert r.forward.loc["1W", "incomplete"] == 1


def test_down_streaks_and_since(rut, store):
    r = streak_study("RUT", 3, 2.0, direction="down", since=2020)
    sub = rut.loc["2019-12-31":]
    mask = (sub.pct_change() <= -0.02).loc["2020-01-01":]
    assert [(str(s.date()), str(e.date())) for s, e in r.episodes[["start", "end"]].itertuples(index=False)] == \
        [(s, e) for s, e, _ in _pandas_episodes(mask, 3)]
    assert str(r.history_begins.date()) == "2020-01-02"
    assert (r.episodes["cum_pct"] < 0).all()


def test_relative_streaks_match_pandas(store):
    r = streak_study("IWM", 4, 0.5, relative_to="SPY")
    both = pd.concat([capscope.series("IWM"), capscope.series("SPY")], axis=1, join="inner")
    rets = both.pct_change()
    diff = rets["IWM"] - rets["SPY"]
    mask = (diff >= 0.005) & (diff > 0)
    expected = _pandas_episodes(mask, 4)
    got = [(str(s.date()), str(e.date()), int(n)) for s, e, n in
           r.episodes[["start", "end", "length"]].itertuples(index=False)]
    assert got == expected
    assert r.relative_to == "SPY"
    # the July 2024 rotation: 2024-07-11..2024-07-16, IWM +10.44% on its own (210.68 etc.)
    row = r.episodes[r.episodes["start"] == pd.Timestamp("2024-07-11")].iloc[0]
    assert row["symbol_pct"] == pytest.approx((224.60 / 203.37 - 1) * 100)


def test_count_windows_mode_uses_every_window(store):
    e = streak_study("RUT", 5, 1.0, count="episodes")
    w = streak_study("RUT", 5, 1.0, count="windows")
    assert w.n_windows == e.n_windows and w.n_episodes == e.n_episodes
    assert w.forward.loc["1M", "n"] == e.n_windows  # one forward return per qualifying window
    assert e.forward.loc["1M", "n"] == e.n_episodes


def test_largest_outperformance_iwm_spy(store):
    r = largest_outperformance("IWM", "SPY", 5, top=5)
    best = r.top.iloc[0]
    # rows: IWM 203.37 -> 222.25, SPY 561.32 -> 556.94 between 2024-07-10 and 2024-07-17
    assert str(best["start"].date()) == "2024-07-10" and str(best["end"].date()) == "2024-07-17"
    assert best["relative_pct"] == pytest.approx(((222.25 / 203.37) / (556.94 / 561.32) - 1) * 100)
    assert best["difference_pp"] == pytest.approx((222.25 / 203.37 - 556.94 / 561.32) * 100)
    # the top window is the maximum of all 5-session windows (pandas, overlapping or not)
    both = pd.concat([capscope.series("IWM"), capscope.series("SPY")], axis=1, join="inner")
    line = both["IWM"] / both["SPY"]
    allw = (line / line.shift(5) - 1).dropna()
    assert best["relative_pct"] == pytest.approx(allw.max() * 100)
    assert r.n_windows == len(allw)
    # ranked and not overlapping
    assert list(r.top["relative_pct"]) == sorted(r.top["relative_pct"], reverse=True)
    ends = [both.index.get_loc(d) for d in r.top["end"]]
    assert all(abs(a - b) >= 5 for i, a in enumerate(ends) for b in ends[i + 1:])


@pytest.mark.parametrize(("kwargs", "exc", "text"), [
    ({"days": 0, "min_pct": 1.0}, BadInput, "--days"),
    ({"days": 3, "min_pct": -1.0}, BadInput, "--min"),
    ({"days": 3, "min_pct": 80.0}, BadInput, "beyond"),
    ({"days": 3, "min_pct": 1.0, "direction": "sideways"}, BadInput, "direction"),
    ({"days": 3, "min_pct": 1.0, "on": "1970-01-02"}, DataUnavailable, "begins"),
    ({"days": 3, "min_pct": 1.0, "since": "2030"}, DataUnavailable, "no sessions"),
    ({"days": 3, "min_pct": 1.0, "relative_to": "Russell 2000"}, BadInput, "same series"),
    ({"days": 3, "min_pct": 1.0, "count": "all"}, BadInput, "count"),
])
def test_bad_input(store, kwargs, exc, text):
    with pytest.raises(exc) as info:
        streak_study("RUT", **kwargs)
    assert text in info.value.one_line()


def test_outperformance_bad_input(store):
    with pytest.raises(BadInput):
        largest_outperformance("RUT", "SPX", 0)
    with pytest.raises(BadInput):
        largest_outperformance("RUT", "SPX", 5, top=0)
    with pytest.raises(BadInput):
        largest_outperformance("RUT", "RUT", 5)


def test_other_series_ending_early_is_said(store):
    r = largest_outperformance("RUT", "DJI", 5, top=3)
    assert str(r.session.date()) == "2026-02-23"  # DJI's last row
    assert any("DJI has no data after 2026-02-23" in w for w in r.warnings)


def test_to_dict_is_json_ready(rut_5x1):
    import json

    d = json.loads(json.dumps(rut_5x1.to_dict()))
    assert d["latest"]["start"] == "2024-07-10"
    assert len(d["episodes"]) == rut_5x1.n_episodes
    assert d["evidence"]["latest_episode"]["closes"]["2024-07-09"] == pytest.approx(2029.47)


def test_outperformance_ranking_matches_plain_greedy(store):
    # the whole top-10 list against the brute-force greedy on pandas-computed window scores
    from capscope.stats import _reference as R

    r = largest_outperformance("RUT", "SPX", 21, top=10, since=2000)
    both = pd.concat([capscope.series("RUT"), capscope.series("SPX")], axis=1, join="inner")
    both = both.loc[both.index[both.index.searchsorted(pd.Timestamp("2000-01-01")) - 1]:]
    line = both["RUT"] / both["SPX"]
    score = (line / line.shift(21) - 1).to_list()
    picks = R.top_nonoverlapping(score, 21, 10)
    assert [str(d.date()) for d in r.top["end"]] == [str(both.index[p].date()) for p in picks]
    assert r.top["relative_pct"].to_list() == pytest.approx([score[p] * 100 for p in picks])
