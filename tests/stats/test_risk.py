"""Risk statistics against quantstats side by side (1e-9) and against plain loops over closes."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from capscope.stats.risk import (
    drawdown_table,
    measures,
    pair_closes,
    relative_history,
    risk_table,
    worst_drawdowns,
)


def _closes(store, symbol: str, field: str = "close") -> pd.Series:
    return store.bars(symbol)[field].dropna()


def _common(store, a: str, b: str, field: str) -> pd.DataFrame:
    return pd.concat([_closes(store, a, field).rename(a), _closes(store, b, field).rename(b)],
                     axis=1, join="inner").dropna()


@pytest.mark.parametrize(("a", "b", "field"), [("IWM", "SPY", "adj_close"),
                                               ("RUT", "SPX", "close")])
def test_measures_equal_quantstats(store, a, b, field):
    qs = pytest.importorskip("quantstats.stats")
    closes = _common(store, a, b, field)
    rets = closes.pct_change().iloc[1:]
    spread = (1 + rets[a]) / (1 + rets[b]) - 1
    for r in (rets[a], rets[b], spread, rets[a].iloc[-252:]):
        bench = rets[b].loc[r.index]
        got = measures(r, bench)
        want = {"cagr_pct": qs.cagr(r) * 100, "volatility_pct": qs.volatility(r) * 100,
                "sharpe": qs.sharpe(r), "sortino": qs.sortino(r),
                "max_drawdown_pct": qs.max_drawdown(r) * 100, "calmar": qs.calmar(r),
                "beta": qs.greeks(r, bench)["beta"]}
        for key, value in want.items():
            assert got[key] == pytest.approx(float(value), rel=1e-9, abs=1e-9), key
        assert got["correlation"] == pytest.approx(float(r.corr(bench)), abs=1e-9)


def test_measures_equal_plain_loops(store):
    closes = _common(store, "IWM", "SPY", "adj_close").iloc[-600:]
    x = [closes["IWM"].iloc[i] / closes["IWM"].iloc[i - 1] - 1 for i in range(1, len(closes))]
    y = [closes["SPY"].iloc[i] / closes["SPY"].iloc[i - 1] - 1 for i in range(1, len(closes))]
    n = len(x)
    growth = 1.0
    equity, peak, worst = 1.0, 1.0, 0.0
    for v in x:
        growth *= 1 + v
        equity *= 1 + v
        peak = max(peak, equity)
        worst = min(worst, equity / peak - 1)
    mean = sum(x) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in x) / (n - 1))
    my = sum(y) / n
    cov = sum((u - mean) * (v - my) for u, v in zip(x, y, strict=True)) / (n - 1)
    var_y = sum((v - my) ** 2 for v in y) / (n - 1)
    down = math.sqrt(sum(v * v for v in x if v < 0) / n)
    cagr = growth ** (252 / n) - 1
    got = measures(pd.Series(x), pd.Series(y))
    assert got["cagr_pct"] == pytest.approx(cagr * 100, rel=1e-9)
    assert got["volatility_pct"] == pytest.approx(sd * math.sqrt(252) * 100, rel=1e-9)
    assert got["sharpe"] == pytest.approx(mean / sd * math.sqrt(252), rel=1e-9)
    assert got["sortino"] == pytest.approx(mean / down * math.sqrt(252), rel=1e-9)
    assert got["max_drawdown_pct"] == pytest.approx(worst * 100, rel=1e-9)
    assert got["calmar"] == pytest.approx(cagr / abs(worst), rel=1e-9)
    assert got["beta"] == pytest.approx(cov / var_y, rel=1e-9)
    assert got["correlation"] == pytest.approx(cov / (sd * math.sqrt(var_y)), rel=1e-9)


def test_risk_table_periods_and_basis(store):
    t = risk_table("IWM", "SPY", on="2024-07-16")
    assert t.basis == "total" and t.asof == pd.Timestamp("2024-07-16")
    frame = t.to_frame()
    assert frame.index.is_unique
    assert list(frame.index.get_level_values("period").unique()) == ["1Y", "3Y", "5Y", "10Y",
                                                                     "all"]
    closes = _common(store, "IWM", "SPY", "adj_close").loc[:"2024-07-16"]
    one_year = closes.loc[closes.index > pd.Timestamp("2023-07-16")]
    assert frame.loc[("1Y", "IWM"), "sessions"] == len(one_year)
    assert frame.loc[("1Y", "SPY"), "beta"] == pytest.approx(1.0, abs=1e-12)
    assert risk_table("RUT", "SPX", on="2024-07-16").basis == "price"
    young = risk_table("IWM", "SPY", on="2004-01-02")
    assert "10Y" not in young.rows["period"].tolist() and young.warnings


def _drawdowns_by_loop(values: list[float]) -> list[tuple[int, int, int | None, float]]:
    """(peak row, trough row, recovery row or None, depth) of every drawdown, by a plain walk."""
    out, peak, i, n = [], 0, 1, len(values)
    while i < n:
        if values[i] >= values[peak]:
            peak = i
            i += 1
            continue
        trough, j = i, i
        while j < n and values[j] < values[peak]:
            if values[j] < values[trough]:
                trough = j
            j += 1
        out.append((peak, trough, j if j < n else None, values[trough] / values[peak] - 1))
        peak, i = (j, j + 1) if j < n else (peak, n)
    return out


def test_worst_drawdowns_match_a_plain_walk(store):
    closes = _closes(store, "RUT").loc[:"2024-07-16"]
    table = drawdown_table(closes, top=10)
    walked = sorted(_drawdowns_by_loop(closes.tolist()), key=lambda d: d[3])[:10]
    assert list(table.index) == list(range(1, 11))
    for (_, row), (peak, trough, rec, depth) in zip(table.iterrows(), walked, strict=True):
        assert row["start"] == closes.index[peak] and row["trough"] == closes.index[trough]
        assert row["depth_pct"] == pytest.approx(depth * 100, abs=1e-9)
        assert (pd.isna(row["recovery"]) if rec is None else row["recovery"] == closes.index[rec])
    assert table.iloc[0]["depth_pct"] == pytest.approx(-59.89, abs=0.01)  # 2007-2009
    still = worst_drawdowns("RUT", "SPX", on="2009-03-09").table.iloc[0]
    assert not still["recovered"] and pd.isna(still["recovery"])


def test_relative_history_by_hand(store):
    rel = relative_history("RUT", "SPX", on="2024-07-16")
    closes = _common(store, "RUT", "SPX", "close").loc[:"2024-07-16"]
    ratio = (closes["RUT"] / closes["SPX"]).tolist()
    twelve = [(ratio[i] / ratio[i - 252] - 1) * 100 for i in range(252, len(ratio))]
    now = twelve[-1]
    assert rel.latest["12M"]["value_pct"] == pytest.approx(now, abs=1e-9)
    assert rel.latest["12M"]["percentile"] == pytest.approx(
        100 * sum(v <= now for v in twelve) / len(twelve), abs=1e-9)
    assert rel.latest["12M"]["p10_pct"] == pytest.approx(np.quantile(twelve, 0.1), abs=1e-9)
    frame = closes.assign(ratio=closes["RUT"] / closes["SPX"])
    end_2023 = frame.loc[:"2023-12-31", "ratio"].iloc[-1]
    end_2022 = frame.loc[:"2022-12-31", "ratio"].iloc[-1]
    assert rel.yearly.loc[2023] == pytest.approx((end_2023 / end_2022 - 1) * 100, abs=1e-9)
    end_june = frame.loc[:"2024-06-30", "ratio"].iloc[-1]
    end_may = frame.loc[:"2024-05-31", "ratio"].iloc[-1]
    assert rel.monthly.loc[2024, 6] == pytest.approx((end_june / end_may - 1) * 100, abs=1e-9)
    assert rel.rebased.iloc[0].tolist() == [100.0, 100.0]
    assert rel.rebased["RUT"].iloc[-1] == pytest.approx(
        closes["RUT"].iloc[-1] / closes["RUT"].iloc[0] * 100, rel=1e-12)


def test_pair_closes_refuses_the_same_series_twice(store):
    from capscope.errors import BadInput

    with pytest.raises(BadInput):
        pair_closes("RUT", "Russell 2000")


def test_kernels_keep_a_series_index(store):
    from capscope import stats
    from capscope.stats import _kernels as K

    closes = _closes(store, "RUT").loc["2024-01-01":"2024-07-16"]
    got = stats.highest_since(closes)
    assert isinstance(got, pd.Series) and got.index.equals(closes.index)
    np.testing.assert_array_equal(got.to_numpy(), K.highest_since(closes.to_numpy()))
    # by hand: the last earlier close at or above 2024-07-16's is 2022-01-04's (outside): none
    last = closes.iloc[-1]
    earlier = [i for i in range(len(closes) - 1) if closes.iloc[i] >= last]
    assert got.iloc[-1] == (earlier[-1] if earlier else -1)
    runs = stats.run_lengths(closes.diff() > 0)
    assert runs.index.equals(closes.index) and runs.iloc[-1] == 5  # five up closes to 07-16
    dd = stats.drawdown_from_peak(closes)
    assert list(dd.columns) == ["peak", "peak_index", "drawdown"]
    assert dd["drawdown"].iloc[-1] == pytest.approx(last / closes.max() - 1, abs=1e-12)
    panel = _common(store, "RUT", "SPX", "close").iloc[-50:]
    assert stats.highest_since(panel).columns.tolist() == ["RUT", "SPX"]
    assert isinstance(stats.highest_since(closes.to_numpy()), np.ndarray)
