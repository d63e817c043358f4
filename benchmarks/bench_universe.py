"""Universe scan: capscope's universe_scan vs idiomatic pandas and a one-pass NumPy floor.

Workload (issue 7): 3,000 synthetic symbols x 12,000 sessions (about 48 years): geometric random
walks with 1-2% daily volatility, fixed seed, a few NaN gaps, some symbols listed late or
delisted early. In one call: every up-streak episode of >= 5 sessions each >= +1% with forward
1M/3M/12M (21/63/252-session) returns, each symbol's current streak, and highest-close-since
for each symbol's last session.

Contenders, measured in the same run:

* ``universe_scan``: the numba kernels (blocked column walk, prange over blocks, no
  sessions x symbols temporaries), on the C-ordered panel and on its F-ordered copy;
* ``pandas``: how a quant would write it with DataFrames (pct_change, cumsum/where/ffill run
  lengths, shift for forward returns, ge/idxmax for highest-since). On a subset of columns when
  ``--pandas-cols`` is below the panel width; its time is then scaled linearly to the full
  width (pandas' cost is linear in columns) and the output says so;
* ``numpy floor``: one NumPy expression that reads the whole array once to count the
  qualifying sessions per symbol (``(v[1:] / v[:-1] - 1 >= thr).sum(0)``): the memory-bandwidth
  floor; it answers less than the scan, so the scan can only approach it.

    python benchmarks/bench_universe.py                 # the issue's workload
    python benchmarks/bench_universe.py --quick         # tiny: checks only
    python benchmarks/bench_universe.py --symbols 3000 --sessions 12000 --pandas-cols 3000
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    SEED,
    Report,
    Target,
    check_equal,
    fmt_bytes,
    fmt_seconds,
    fmt_timing,
    parser,
    peak_memory,
    print_header,
    time_it,
)

DAYS, MIN_PCT, HORIZONS = 5, 1.0, (21, 63, 252)


def make_panel(sessions: int, symbols: int, seed: int = SEED) -> np.ndarray:
    """Closes of ``symbols`` geometric random walks (rows = sessions), C-ordered, with gaps.

    Filled a block of symbols at a time, so making it needs little more than the panel itself.
    """
    rng = np.random.default_rng(seed)
    out = np.empty((sessions, symbols), dtype=np.float64)
    step = 250
    for c0 in range(0, symbols, step):
        c1 = min(symbols, c0 + step)
        w = c1 - c0
        vol = rng.uniform(0.01, 0.02, size=w)
        drift = rng.normal(0.0003, 0.0002, size=w)
        logret = rng.standard_normal((sessions, w)) * vol + drift
        logret[0] = 0.0
        np.cumsum(logret, axis=0, out=logret)
        out[:, c0:c1] = rng.uniform(10.0, 200.0, size=w) * np.exp(logret)
    # a few isolated gaps (a halt, a missing print), some late listings and early delistings
    gaps = rng.random((sessions, symbols)) < 2e-4
    out[gaps] = np.nan
    late = rng.choice(symbols, size=max(1, symbols // 20), replace=False)
    for c in late:
        out[: rng.integers(1, max(2, sessions // 2)), c] = np.nan
    gone = rng.choice(symbols, size=max(1, symbols // 50), replace=False)
    for c in gone:
        out[rng.integers(max(1, sessions // 2), sessions):, c] = np.nan
    return out


# --------------------------------------------------------------------------------------------
# contenders, each returning the same canonical tuple:
# (episodes (column, start, end) sorted, forward returns in that order, last row, current
#  streak, highest-since row)


def scan_capscope(panel: np.ndarray, block: int | None = None) -> tuple:
    from capscope.stats import _kernels as K
    from capscope.stats.universe import universe_scan

    if block is None:
        r = universe_scan(panel, days=DAYS, min_pct=MIN_PCT, horizons=HORIZONS)
        return (np.column_stack([r.column, r.start, r.end]), r.forward, r.last_row,
                r.current_streak, r.highest_since)
    g = K.gain_streaks(panel, MIN_PCT / 100.0, DAYS, block=block)
    return (g.episodes.end,)


def scan_pandas(frame: Any) -> tuple:
    """The idiomatic DataFrame way (vectorised over columns; no per-symbol Python loop)."""
    import pandas as pd

    thr = MIN_PCT / 100.0
    n = len(frame)
    ret = frame.pct_change()
    q = (ret >= thr) & (ret > 0)
    c = q.cumsum()
    runs = c - c.where(~q).ffill().fillna(0)  # length of the qualifying run ending at each row
    ends = (runs >= DAYS) & ~q.shift(-1, fill_value=False)
    r, col = np.nonzero(ends.to_numpy())
    length = runs.to_numpy()[r, col].astype(np.int64)
    fwd = np.column_stack([(frame.shift(-h) / frame - 1.0).to_numpy()[r, col] for h in HORIZONS])
    order = np.lexsort((r, col))
    episodes = np.column_stack([col, r - length + 1, r])[order].astype(np.int64)
    fwd = fwd[order]

    valid = frame.notna()
    last = valid.iloc[::-1].idxmax()  # label of the last valid row per column
    has = valid.any()
    pos = pd.Series(np.arange(n), index=frame.index)
    last_pos = pos.reindex(last.to_numpy()).to_numpy()
    last_pos = np.where(has.to_numpy(), last_pos, -1)
    current = runs.where(valid).ffill().iloc[-1].fillna(0).to_numpy().astype(np.int64)
    last_close = frame.ffill().iloc[-1]
    before = pd.DataFrame(np.arange(n)[:, None] < last_pos[None, :], index=frame.index,
                          columns=frame.columns)
    earlier = frame.ge(last_close, axis=1) & before
    since_label = earlier.iloc[::-1].idxmax()
    since = np.where(earlier.any().to_numpy(), pos.reindex(since_label.to_numpy()).to_numpy(), -1)
    return episodes, fwd, last_pos.astype(np.int64), current, since.astype(np.int64)


def numpy_floor(panel: np.ndarray) -> np.ndarray:
    """Qualifying sessions per symbol in one vectorised pass (the scan's irreducible work)."""
    with np.errstate(invalid="ignore"):
        return np.count_nonzero(panel[1:] / panel[:-1] - 1.0 >= MIN_PCT / 100.0, axis=0)


def main() -> None:
    ap = parser(__doc__, repeats=5)
    ap.add_argument("--symbols", type=int, default=3000)
    ap.add_argument("--sessions", type=int, default=12_000)
    ap.add_argument("--pandas-cols", type=int, default=3000,
                    help="columns given to the pandas baseline (time scaled to the full width)")
    ap.add_argument("--blocks", default="64,256,512,1024",
                    help="block sizes (columns) to compare for the kernel; '' to skip")
    args = ap.parse_args()
    if args.quick:
        args.symbols, args.sessions, args.repeats = 40, 600, 2
        args.pandas_cols = min(args.pandas_cols, 40)
    report = Report("universe_scan")

    import numba
    import pandas as pd

    from capscope.stats import _kernels as K

    K.JIT_MIN_CELLS = 0  # the quick mode's small panels run compiled too
    print_header("universe scan", args)
    t0 = time.perf_counter()
    panel = make_panel(args.sessions, args.symbols)
    made = time.perf_counter() - t0
    nbytes = panel.nbytes
    print(f"panel: {args.sessions:,} sessions x {args.symbols:,} symbols, float64 C-ordered, "
          f"{fmt_bytes(nbytes)}; {int(np.isnan(panel).sum()):,} NaN cells; made in "
          f"{fmt_seconds(made)}")
    print(f"rule: >= {DAYS} sessions each >= +{MIN_PCT:g}%; forward {HORIZONS} sessions; "
          f"numba {numba.__version__}, {numba.get_num_threads()} threads "
          f"({numba.threading_layer() if K.JIT_ENABLED else 'JIT off'})")

    pcols = min(args.pandas_cols, args.symbols)
    sub = panel[:, :pcols]
    frame = pd.DataFrame(sub)
    panel_f = np.asfortranarray(panel)

    # ---- outputs equal before timing
    full = scan_capscope(panel)
    print(f"episodes found: {len(full[0]):,}")
    sub_scan = scan_capscope(np.ascontiguousarray(sub))
    check_equal({"universe_scan (subset)": sub_scan, "pandas": scan_pandas(frame)},
                "universe_scan (subset)")
    check_equal({"universe_scan C": full, "universe_scan F": scan_capscope(panel_f)},
                "universe_scan C")
    # the floor's count equals the qualifying sessions the pandas rule sees
    ret = frame.pct_change()
    check_equal({"numpy floor": numpy_floor(sub),
                 "pandas count": ((ret >= MIN_PCT / 100.0) & (ret > 0)).sum().to_numpy()},
                "numpy floor")
    del ret

    # ---- timing
    t_scan = time_it("universe_scan C", lambda: scan_capscope(panel), args.repeats)
    t_scan_f = time_it("universe_scan F", lambda: scan_capscope(panel_f), args.repeats)
    t_floor = time_it("numpy floor", lambda: numpy_floor(panel), args.repeats)
    t_pd = time_it("pandas", lambda: scan_pandas(frame), max(1, min(args.repeats, 3)))
    scale = args.symbols / pcols
    pd_full = t_pd.median * scale
    print("\ntimes, median (best):")
    print(f"  universe_scan, C-ordered panel   {fmt_timing(t_scan)}")
    print(f"  universe_scan, F-ordered panel   {fmt_timing(t_scan_f)}")
    print(f"  numpy floor (one pass)           {fmt_timing(t_floor)}")
    if pcols < args.symbols:
        print(f"  pandas on {pcols} of {args.symbols} columns   {fmt_timing(t_pd)}  "
              f"-> scaled x{scale:.2f} to the full width: {fmt_seconds(pd_full)} (estimate)")
    else:
        print(f"  pandas, full panel               {fmt_timing(t_pd)}")

    if args.blocks:
        print("kernel pass alone (gain_streaks) by column block size:")
        for b in [int(x) for x in args.blocks.split(",") if x]:
            tb = time_it(f"block {b}", lambda b=b: scan_capscope(panel, block=b), args.repeats)
            print(f"  block {b:>4}: {fmt_timing(tb)}")
            report.figures[f"gain_streaks_block_{b}_s"] = tb.median

    # ---- memory
    m_scan = peak_memory(lambda: scan_capscope(panel))
    m_floor = peak_memory(lambda: numpy_floor(panel))
    m_pd = peak_memory(lambda: scan_pandas(frame))
    print("\npeak extra memory during one call (max of RSS high-water rise and tracemalloc):")
    print(f"  universe_scan  {fmt_bytes(m_scan.peak_bytes)}  -> input + extra = "
          f"{(nbytes + m_scan.peak_bytes) / nbytes:.3f} x input")
    print(f"  numpy floor    {fmt_bytes(m_floor.peak_bytes)}")
    print(f"  pandas ({pcols} cols) {fmt_bytes(m_pd.peak_bytes)} "
          f"(its own input frame: {fmt_bytes(sub.nbytes)})")

    speedup = pd_full / t_scan.median
    vs_floor = t_scan.median / t_floor.median
    mem_ratio = (nbytes + m_scan.peak_bytes) / nbytes
    print(f"\nratios: pandas / scan = {speedup:.1f}x; scan / numpy floor = {vs_floor:.2f}x")
    report.figures.update({
        "sessions": args.sessions, "symbols": args.symbols, "input_bytes": nbytes,
        "episodes": len(full[0]), "scan_c_s": t_scan.median, "scan_c_best_s": t_scan.best,
        "scan_f_s": t_scan_f.median, "numpy_floor_s": t_floor.median,
        "pandas_s": t_pd.median, "pandas_cols": pcols, "pandas_full_width_s": pd_full,
        "scan_peak_extra_bytes": m_scan.peak_bytes, "floor_peak_extra_bytes": m_floor.peak_bytes,
        "pandas_peak_extra_bytes": m_pd.peak_bytes,
    })
    scaled = "" if pcols == args.symbols else f"pandas timed on {pcols} columns, scaled"
    report.targets = [
        Target("speed-up over pandas", speedup, 10.0, "x", True, scaled),
        Target("scan time / numpy floor", vs_floor, 5.0, "x"),
        Target("peak memory / input arrays", mem_ratio, 2.0, "x"),
    ]
    report.finish(args)


if __name__ == "__main__":
    main()
