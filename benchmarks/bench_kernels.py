"""Path kernels vs the idiomatic pandas way (and plain NumPy where one exists), in one run.

Workloads: the real Russell 2000 closes from the bundled snapshot (about 9,800 sessions) and a
synthetic 2-D panel (random walks, fixed seed, some NaNs). For every kernel the outputs of all
contenders are checked equal first; then each is timed with a warm-up call excluded (numba
compiles or loads its cache there) and the best of several repeats is reported, with the ratio
to capscope's kernel (>1 means the kernel is faster). The kernels are numba loops, except
forward returns and drawdowns, which are whole-array NumPy (as fast, and a claim check that
needs one never loads numba).

    python benchmarks/bench_kernels.py [--rows 10000] [--cols 50] [--repeats 5]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from capscope.stats import _kernels as K

K.JIT_MIN_CELLS = 0  # time the compiled loops, even on one series

# --------------------------------------------------------------------------------------------
# contenders: the way one would write each scan with pandas, or with NumPy alone


def pd_run_lengths(mask: pd.Series | pd.DataFrame) -> np.ndarray:
    """Run ids from the cumulative count of breaks, then a grouped cumulative sum."""
    def one(m: pd.Series) -> np.ndarray:
        return m.astype(int).groupby((~m).cumsum()).cumsum().to_numpy()
    if isinstance(mask, pd.Series):
        return one(mask)
    return np.column_stack([one(mask[c]) for c in mask.columns])


def np_run_lengths(mask: np.ndarray) -> np.ndarray:
    """Cumulative count minus the count at the last break (column-wise)."""
    c = np.cumsum(mask, axis=0)
    reset = np.maximum.accumulate(np.where(mask, 0, c), axis=0)
    return c - reset


def pd_highest_since(s: pd.Series) -> np.ndarray:
    """The obvious pandas loop: for each row, earlier rows at or above it, take the last."""
    vals = s.to_numpy()
    out = np.full(len(s), -1, dtype=np.int64)
    for t in range(len(s)):
        if np.isnan(vals[t]):
            continue
        earlier = s.iloc[:t]
        hits = np.flatnonzero((earlier >= vals[t]).to_numpy())
        if hits.size:
            out[t] = hits[-1]
    return out


def np_highest_since(v: np.ndarray) -> np.ndarray:
    """Vectorised inner scan, quadratic overall (the usual NumPy answer)."""
    out = np.full(len(v), -1, dtype=np.int64)
    for t in range(len(v)):
        if np.isnan(v[t]):
            continue
        hits = np.flatnonzero(v[:t] >= v[t])
        if hits.size:
            out[t] = hits[-1]
    return out


def pd_episodes(mask: pd.Series, n: int) -> np.ndarray:
    run_id = (mask != mask.shift()).cumsum()
    pos = pd.Series(np.arange(len(mask)), index=mask.index)
    g = pos[mask].groupby(run_id[mask])
    table = pd.DataFrame({"start": g.min(), "end": g.max()})
    table = table[table["end"] - table["start"] + 1 >= n]
    return table.to_numpy(dtype=np.int64)


def np_episodes(mask: np.ndarray, n: int) -> np.ndarray:
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1) - 1
    keep = ends - starts + 1 >= n
    return np.column_stack([starts[keep], ends[keep]])


def pd_forward_returns(s: pd.Series, starts: np.ndarray, horizons: list[int]) -> np.ndarray:
    return np.column_stack([(s.shift(-h) / s - 1.0).iloc[starts].to_numpy() for h in horizons])


def np_forward_returns(v: np.ndarray, starts: np.ndarray, horizons: list[int]) -> np.ndarray:
    out = np.full((len(starts), len(horizons)), np.nan)
    for j, h in enumerate(horizons):
        ok = starts + h < len(v)
        out[ok, j] = v[starts[ok] + h] / v[starts[ok]] - 1.0
    return out


def pd_drawdown(df: pd.Series | pd.DataFrame) -> np.ndarray:
    peak = df.cummax()
    return (df / peak - 1.0).to_numpy()


def np_drawdown(v: np.ndarray) -> np.ndarray:
    peak = np.fmax.accumulate(v, axis=0)
    with np.errstate(invalid="ignore"):
        return v / peak - 1.0


# --------------------------------------------------------------------------------------------


def best_time(fn: Callable[[], Any], repeats: int) -> float:
    fn()  # warm-up: numba compiles or loads its cache here; not timed
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def same(a: Any, b: Any) -> bool:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.allclose(a, b, equal_nan=True))


def compare(label: str, contenders: dict[str, Callable[[], Any]], repeats: int) -> None:
    outputs = {name: fn() for name, fn in contenders.items()}
    ref = outputs["capscope"]
    for name, out in outputs.items():
        if not same(ref, out):
            raise SystemExit(f"{label}: {name} disagrees with the capscope kernel; not timing")
    times = {name: best_time(fn, repeats) for name, fn in contenders.items()}
    base = times["capscope"]
    cells = "  ".join(f"{name} {t * 1e3:9.3f} ms (x{t / base:8.1f})" for name, t in times.items())
    print(f"{label:<34} {cells}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--cols", type=int, default=50)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()

    import capscope

    rut = capscope.series("RUT")
    v = rut.to_numpy(dtype=np.float64)
    up = rut.pct_change() > 0
    up_np = up.to_numpy()
    hz = [5, 21, 63, 126, 252]
    ends = K.episodes(up_np, 3).end

    rng = np.random.default_rng(20240716)
    steps = rng.normal(0.0003, 0.012, size=(args.rows, args.cols))
    panel = 100.0 * np.exp(np.cumsum(steps, axis=0))
    panel[rng.random(panel.shape) < 0.001] = np.nan
    frame = pd.DataFrame(panel)
    pmask = np.diff(panel, axis=0, prepend=np.nan) > 0
    pmask_df = pd.DataFrame(pmask)

    print(f"JIT enabled: {K.JIT_ENABLED}; best of {args.repeats} after one warm-up call; "
          "x = time / capscope kernel time")
    print(f"RUT closes: {len(v):,} sessions ({rut.index[0].date()}..{rut.index[-1].date()}); "
          f"panel: {args.rows:,} x {args.cols} (seed 20240716)\n")

    compare("run_lengths  RUT", {
        "capscope": lambda: K.run_lengths(up_np),
        "pandas": lambda: pd_run_lengths(up),
        "numpy": lambda: np_run_lengths(up_np)}, args.repeats)
    compare("run_lengths  panel", {
        "capscope": lambda: K.run_lengths(pmask),
        "pandas": lambda: pd_run_lengths(pmask_df),
        "numpy": lambda: np_run_lengths(pmask)}, args.repeats)
    compare("highest_since RUT (every row)", {
        "capscope": lambda: K.highest_since(v),
        "pandas": lambda: pd_highest_since(rut),
        "numpy": lambda: np_highest_since(v)}, max(1, args.repeats // 2))
    small = panel[:, : min(5, args.cols)]
    compare("highest_since panel (5 cols)", {
        "capscope": lambda: K.highest_since(small),
        "numpy": lambda: np.column_stack([np_highest_since(small[:, c])
                                          for c in range(small.shape[1])])},
        max(1, args.repeats // 2))
    compare("episodes     RUT up-runs >= 3", {
        "capscope": lambda: np.column_stack(K.episodes(up_np, 3)[:2]),
        "pandas": lambda: pd_episodes(up, 3),
        "numpy": lambda: np_episodes(up_np, 3)}, args.repeats)
    compare("forward_returns RUT, 5 horizons", {
        "capscope": lambda: K.forward_returns(v, ends, hz),
        "pandas": lambda: pd_forward_returns(rut, ends, hz),
        "numpy": lambda: np_forward_returns(v, ends, hz)}, args.repeats)
    compare("drawdown     RUT", {
        "capscope": lambda: K.drawdown_from_peak(v).drawdown,
        "pandas": lambda: pd_drawdown(rut),
        "numpy": lambda: np_drawdown(v)}, args.repeats)
    compare("drawdown     panel", {
        "capscope": lambda: K.drawdown_from_peak(panel).drawdown,
        "pandas": lambda: pd_drawdown(frame),
        "numpy": lambda: np_drawdown(panel)}, args.repeats)


if __name__ == "__main__":
    main()
