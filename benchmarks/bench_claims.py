"""Claim-checking throughput: articles per second on one core, extraction alone and full checks.

Corpus: ``--articles`` one-page market articles (default 1,000) generated from templates with a
fixed seed. Every figure in them is read from the bundled real data for a real session (the
day's move and close, the highest close since, the year-to-date return, the current streak, a
small-cap vs large-cap comparison), and about a third are deliberately misstated, so the checker
meets supported, imprecise and contradicted claims, along with opinion and filler sentences.

The process is pinned to one core (``sched_setaffinity``; numba and BLAS limited to one thread)
and "once loaded" means after a warm-up pass over the first articles (imports, the store read)
and :func:`capscope.claims.check.warm_up`, which a long-running checker calls once: it loads
numba and builds the whole-history scans of the main indices and ETFs (its own time is printed).
Before timing, the outputs are checked: each warm-up article checked again after ``warm_up``
gives the same verdicts as before it (nothing depends on state left by an earlier article or by
the warm-up), and the claims checked are exactly the claims extracted. The baseline measured in
the same run is extraction alone.

    python benchmarks/bench_claims.py                # 1,000 articles
    python benchmarks/bench_claims.py --quick        # 12 articles: checks only
    python benchmarks/bench_claims.py --profile      # also the hot spots of checking (cProfile)
"""

from __future__ import annotations

import os

# one core: set before numpy/numba load their thread pools
for _var in ("NUMBA_NUM_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import datetime as dt  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    SEED,
    Report,
    Target,
    check_equal,
    fmt_seconds,
    parser,
    print_header,
)

NAMES = {
    "RUT": ["The Russell 2000", "The small-cap Russell 2000 index", "The Russell 2000 index"],
    "IWM": ["The iShares Russell 2000 ETF (IWM)", "IWM"],
    "SPX": ["The S&P 500", "The benchmark S&P 500"],
    "IXIC": ["The Nasdaq Composite", "The tech-heavy Nasdaq Composite"],
    "DJI": ["The Dow Jones Industrial Average", "The Dow"],
}
FILLER = [
    "Investors rotated out of the largest technology companies and into smaller, more "
    "domestically focused businesses.",
    "Smaller companies tend to carry more floating-rate debt, which makes them sensitive to "
    "borrowing costs.",
    "Trading volume was heavier than average across the exchanges.",
    "Strategists said the move reflected shifting expectations for interest rates.",
    "Regional banks and industrial names led the advance, while utilities lagged.",
    "Some portfolio managers cautioned that one week of strength does not make a trend.",
    "Earnings season is expected to give a clearer read on the health of smaller firms.",
    "Bond yields eased as traders digested the latest inflation report.",
    "Market breadth improved, with advancing issues outnumbering decliners.",
    "Analysts expect small caps to keep outperforming if the economy avoids a recession.",
    "We think the rally in small caps has further to run.",
    "Valuations for smaller companies remain below their long-run average, according to "
    "several brokers.",
    "Consumer discretionary shares advanced after retail sales data came in ahead of forecasts.",
    "Energy stocks slipped as crude oil prices retreated from their recent highs.",
    "The dollar weakened against a basket of major currencies during the afternoon.",
    "Several companies in the index reported quarterly results after the closing bell.",
    "Fund flows into small-cap exchange-traded funds picked up over the week, data showed.",
    "Market participants will be watching the next jobs report for signs of a cooling labor "
    "market.",
    "Biotechnology shares, a large weight in small-cap benchmarks, were among the best "
    "performers.",
    "Credit spreads on high-yield bonds narrowed, a sign of improving risk appetite.",
    "Some strategists argue that small caps are historically cheap relative to large caps.",
    "Others point out that many smaller companies still do not turn a profit.",
    "Options activity suggested traders were positioning for further gains into month-end.",
    "The rotation has been uneven, with leadership changing from one session to the next.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _misstate(rng: np.random.Generator, value: float) -> float:
    """Two times in three the true value; otherwise a figure off by 10-60%."""
    if rng.random() < 2 / 3:
        return value
    return value * rng.choice([-1, 1]) * rng.uniform(0.4, 0.9) + value


def _pct(x: float) -> str:
    return f"{abs(x):.1f}%"


def make_corpus(n: int, seed: int = SEED) -> list[tuple[str, dt.date]]:
    """``n`` articles (text, publication date), every figure read from the real closes."""
    import pandas as pd

    import capscope

    closes = pd.DataFrame({s: capscope.series(s) for s in NAMES}).dropna()
    closes = closes.loc["2001-01-01":]
    rng = np.random.default_rng(seed)
    idx = closes.index
    out = []
    for _ in range(n):
        i = int(rng.integers(260, len(idx)))
        day = idx[i]
        sentences: list[str] = []
        for sym in rng.choice(list(NAMES), size=3, replace=False):
            name = str(rng.choice(NAMES[sym]))
            col = closes[sym].to_numpy()
            move = (col[i] / col[i - 1] - 1) * 100
            shown = _misstate(rng, move)
            verb = "rose" if shown > 0 else "fell"
            sentences.append(f"{name} {verb} {_pct(shown)} on {day.day_name()}.")
            sentences.append(f"{name} closed at {_misstate(rng, col[i]):,.2f} on "
                             f"{day.day_name()}.")
            earlier = np.flatnonzero(col[:i] >= col[i])
            if earlier.size and i - earlier[-1] > 40:
                when = idx[earlier[-1]]
                sentences.append(f"{name} finished at its highest level since "
                                 f"{MONTHS[when.month - 1]} {when.year}.")
            y0 = closes.index.searchsorted(pd.Timestamp(day.year, 1, 1)) - 1
            if y0 >= 0 and day.month > 1:
                ytd = (col[i] / col[y0] - 1) * 100
                shown = _misstate(rng, ytd)
                sentences.append(f"{name} is {'up' if shown > 0 else 'down'} {_pct(shown)} "
                                 "so far this year.")
            up = 0
            while i - up > 0 and col[i - up] > col[i - up - 1]:
                up += 1
            if up >= 3:
                sentences.append(f"{name} has risen for {up} straight sessions.")
        r = closes["RUT"].to_numpy()
        s = closes["SPX"].to_numpy()
        if i >= 21:
            rr, sr = (r[i] / r[i - 21] - 1) * 100, (s[i] / s[i - 21] - 1) * 100
            sentences.append(f"Over the past month the Russell 2000 has "
                             f"{'gained' if rr > 0 else 'lost'} {_pct(rr)}, while the S&P 500 "
                             f"has {'gained' if sr > 0 else 'lost'} {_pct(sr)}.")
        body = list(rng.permutation(sentences))
        fillers = list(rng.choice(FILLER, size=16, replace=False))
        paras, k = [], 0
        while body or fillers:
            para = []
            for _ in range(int(rng.integers(2, 5))):
                src = body if (body and (not fillers or rng.random() < 0.5)) else fillers
                if src:
                    para.append(src.pop(0))
            paras.append(" ".join(para))
            k += 1
        head = (f"Small caps and the market on {day.day_name()}\n"
                f"Published {MONTHS[day.month - 1]} {day.day}, {day.year}\n\n")
        out.append((head + "\n\n".join(paras) + "\n", day.date()))
    return out


def _verdicts(report: Any) -> list[tuple[str, str, str]]:
    return [(it.claim.text, it.claim.kind.value, it.verdict.value) for it in report.items]


def _pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def _profile(check: Any, corpus: list[tuple[str, dt.date]], top: int = 18) -> None:
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    for text, day in corpus:
        check(text, day)
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (file, line, fn), (_, _, _, cum, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "capscope" in file:
            short = file.split("capscope/", 1)[-1]
            rows.append((cum, f"{short}:{line} {fn}"))
    rows.sort(reverse=True)
    print(f"\nhot spots while checking {len(corpus)} articles (capscope functions by cumulative "
          f"time; {total:.2f} s profiled):")
    for cum, name in rows[:top]:
        print(f"  {cum / total * 100:5.1f}%  {name}")


def main() -> None:
    ap = parser(__doc__, repeats=3)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=20, help="articles checked before timing")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    if args.quick:
        args.articles, args.warmup, args.repeats = 12, 3, 1
    pinned = _pin_one_core()
    report = Report("claims")
    print_header("claim checking throughput", args)
    print(f"one core: {pinned}")

    t0 = time.perf_counter()
    corpus = make_corpus(args.articles)
    words = np.mean([len(t.split()) for t, _ in corpus])
    print(f"corpus: {len(corpus):,} articles, {words:.0f} words each on average, generated in "
          f"{fmt_seconds(time.perf_counter() - t0)}")

    from capscope.claims.check import check_text, warm_up
    from capscope.claims.extract import extract_article

    # ---- warm-up (not timed): imports done above, store read, then the checker's own warm-up
    sample = corpus[: max(args.warmup, 10)]
    t0 = time.perf_counter()
    first = [_verdicts(check_text(t, d)) for t, d in sample]
    print(f"warm-up: {len(sample)} articles checked in {fmt_seconds(time.perf_counter() - t0)}")
    t0 = time.perf_counter()
    built = warm_up()
    print(f"warm_up(): compiled kernels and the scans of {len(built)} symbols in "
          f"{fmt_seconds(time.perf_counter() - t0)}")

    # ---- outputs checked before timing: deterministic verdicts, checked == extracted
    again = [_verdicts(check_text(t, d)) for t, d in sample]
    extracted = [[c.text for c in extract_article(t, d).claims] for t, d in sample]
    check_equal({"first check (cold)": first, "second check (after warm_up)": again}, "first check (cold)")
    check_equal({"claims checked": [[c for c, _, _ in v] for v in first],
                 "claims extracted": extracted}, "claims checked")

    # ---- extraction alone
    ex_times, n_claims = [], 0
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        n_claims = sum(len(extract_article(t, d).claims) for t, d in corpus)
        ex_times.append(time.perf_counter() - t0)
    ex = float(np.median(ex_times))

    # ---- full checking (one pass: each article once)
    counts: dict[str, int] = {}
    t0 = time.perf_counter()
    for text, day in corpus:
        for _, _, v in _verdicts(check_text(text, day)):
            counts[v] = counts.get(v, 0) + 1
    full = time.perf_counter() - t0

    n = len(corpus)
    ex_rate, full_rate = n / ex, n / full
    print(f"\nclaims per article: {n_claims / n:.1f}; verdicts: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"extraction alone   {fmt_seconds(ex)} for {n} articles (median of {args.repeats}): "
          f"{ex_rate:,.1f} articles/s, {ex / n * 1e3:.2f} ms each")
    print(f"full check         {fmt_seconds(full)} for {n} articles (one pass): "
          f"{full_rate:,.1f} articles/s, {full / n * 1e3:.2f} ms each")
    print(f"ratio: full check / extraction = {full / ex:.1f}x")
    report.figures.update({"articles": n, "claims": n_claims, "extract_s": ex,
                           "check_s": full, "extract_articles_per_s": ex_rate,
                           "check_articles_per_s": full_rate, "verdicts": counts})
    report.targets = [
        Target("extraction throughput, one core", ex_rate, 200.0, "articles/s", True),
        Target("checking throughput, one core", full_rate, 200.0, "articles/s", True),
    ]
    if args.profile:
        _profile(check_text, corpus[: min(n, 50)])
    report.finish(args)


if __name__ == "__main__":
    main()
