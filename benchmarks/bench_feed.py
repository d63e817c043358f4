"""Feed checking: throughput of `capscope check --feed` on 1 and 2 local workers and on Dask.

Corpus: ``--articles`` generated one-page articles (default 10,000; bench_claims.py's generator:
every figure read from the real data, about a third misstated), written as a JSONL feed with
ids, publication dates and three outlets. Contenders, side by side in one run:

* a plain Python loop over ``check_text`` in this process, after ``warm_up()`` (the baseline:
  no reading, no writing, no workers);
* ``check_feed`` with the local process pool, 1 worker and 2 workers;
* ``check_feed`` on a 2-worker Dask LocalCluster (processes, one thread each).

Each feed run is timed end to end, as a user meets it: reading the feed, starting the workers
(spawn, imports, ``warm_up``), checking, writing Parquet parts and the summary. Start-up is a
fixed cost (a few seconds) that weighs less the longer the feed. Scaling efficiency is the
2-worker throughput over twice the 1-worker throughput (target >= 0.8 on an idle 2-core machine).

Before timing, the outputs are checked: every contender's verdict table on the first
``--check`` articles equals the plain loop's (article, claim, kind, verdict, claimed, found).

Memory: each size (``--articles`` and 4x that) runs in a fresh process with 2 workers; the
figures are that process's peak resident set and the largest worker's (``getrusage``). The 4x
feed repeats the corpus under new ids (memory does not depend on which articles they are).
Memory is bounded by the chunk size when the 4x peak is close to the 1x peak.

    python benchmarks/bench_feed.py                # 10,000 articles (a few minutes on 2 cores)
    python benchmarks/bench_feed.py --quick        # 24 articles: checks and plumbing only
"""

from __future__ import annotations

import os

# one thread per process: the workers are the parallelism
for _var in ("NUMBA_NUM_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import json  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    Report,
    Target,
    check_equal,
    fmt_bytes,
    fmt_seconds,
    load_average,
    parser,
    print_header,
)

OUTLETS = ("Daily Ledger", "Market Wire", "Small Cap Weekly")


def write_feed(corpus: list[tuple[str, Any]], path: Path, copies: int = 1) -> Path:
    """The corpus as a JSONL feed; ``copies`` > 1 repeats it under new ids."""
    with path.open("w", encoding="utf-8") as fh:
        for c in range(copies):
            for i, (text, day) in enumerate(corpus):
                fh.write(json.dumps({"id": f"a{c}-{i:06d}", "text": text,
                                     "published": day.isoformat(),
                                     "outlet": OUTLETS[i % len(OUTLETS)]}) + "\n")
    return path


def _table_of_loop(corpus: list[tuple[str, Any]]) -> list[tuple]:
    from capscope.claims.check import check_text

    rows = []
    for i, (text, day) in enumerate(corpus):
        for k, it in enumerate(check_text(text, day).items, 1):
            rows.append((f"a0-{i:06d}", k, it.claim.text, it.claim.kind.value,
                         it.verdict.value, it.claimed(), it.found()))
    return rows


def _table_of_output(out: Path) -> list[tuple]:
    from capscope.feed import read_output

    f = read_output(out)
    f = f[f["row_type"] == "claim"]
    return [(r.article_id, int(r.claim_no), r.claim, r.kind, r.verdict, r.claimed, r.found)
            for r in f.itertuples(index=False)]


def _run_feed(feed: Path, out: Path, engine: str, chunk: int) -> Any:
    from capscope.feed import check_feed

    if engine.startswith("dask"):
        return check_feed(feed, out, dask="local:2", chunk_size=chunk, progress=False)
    return check_feed(feed, out, workers=int(engine.split(":")[1]), chunk_size=chunk,
                      progress=False)


ENGINES = {"1 local worker": "local:1", "2 local workers": "local:2",
           "Dask LocalCluster, 2 workers": "dask"}


def _cpu() -> float:
    """CPU seconds of this process and of its children that have finished (the workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _hwm(pid: int | str) -> int:
    """Peak resident set of a live process (VmHWM), in bytes; 0 once it is gone.

    Not ``getrusage``: Linux carries a process's ru_maxrss across exec, so a child started by
    this (large) benchmark would report the benchmark's peak, not its own.
    """
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return 0


def _children(pid: int) -> list[str]:
    out: list[str] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out.extend(fh.read().split())
    except OSError:
        pass
    return out


def _memory_probe(feed: str, out: str, chunk: int) -> None:
    """Run in a fresh process: one 2-worker feed run; print the peak RSS of self and workers
    (each worker's VmHWM sampled every 50 ms while it lives: it only grows)."""
    import threading

    peak_worker = 0
    stop = threading.Event()

    def watch() -> None:
        nonlocal peak_worker
        while not stop.wait(0.05):
            for kid in _children(os.getpid()):
                peak_worker = max(peak_worker, _hwm(kid))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    result = _run_feed(Path(feed), Path(out), "local:2", chunk)
    stop.set()
    watcher.join()
    print(json.dumps({"parent": _hwm("self"), "worker": peak_worker,
                      "checked": result.checked}))


def _probe(feed: Path, out: Path, chunk: int) -> dict[str, int]:
    proc = subprocess.run([sys.executable, __file__, "--memory-probe", str(feed), str(out),
                           "--chunk-size", str(chunk)], capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        raise SystemExit(1)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = parser(__doc__, repeats=1)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--check", type=int, default=200, help="articles compared before timing")
    ap.add_argument("--chunk-size", type=int, default=50)
    ap.add_argument("--memory-probe", nargs=2, metavar=("FEED", "OUT"), help=argparse_hidden())
    ap.add_argument("--no-memory", action="store_true", help="skip the 1x/4x memory runs")
    args = ap.parse_args()
    if args.memory_probe:
        _memory_probe(*args.memory_probe, args.chunk_size)
        return
    if args.quick:
        args.articles, args.check, args.chunk_size = 24, 24, 4
    report = Report("feed")
    print_header("feed checking throughput", args)
    tmp = Path(tempfile.mkdtemp(prefix="capscope-bench-feed-"))
    try:
        _measure(args, report, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.finish(args)


def _measure(args: Any, report: Report, tmp: Path) -> None:
    """Generate the feed in ``tmp``, check outputs, time each contender, probe memory."""
    from bench_claims import make_corpus

    t0 = time.perf_counter()
    corpus = make_corpus(args.articles)
    feed = write_feed(corpus, tmp / "feed.jsonl")
    print(f"feed: {len(corpus):,} articles ({feed.stat().st_size / 2**20:.1f} MB JSONL), "
          f"generated in {fmt_seconds(time.perf_counter() - t0)}; chunks of {args.chunk_size}")

    from capscope.claims.check import check_text, warm_up

    warm_up()
    # ---- outputs checked before timing, on the first --check articles (in --quick, the
    # timed runs are compared instead: starting every engine twice would double its time)
    sample = corpus[: args.check]
    outputs = {"plain loop": _table_of_loop(sample)}
    if not args.quick:
        small = write_feed(sample, tmp / "sample.jsonl")
        for name, engine in ENGINES.items():
            out = tmp / f"check-{engine.replace(':', '')}"
            _run_feed(small, out, engine, args.chunk_size)
            outputs[name] = _table_of_output(out)
        check_equal(outputs, "plain loop")
        print(f"({len(outputs['plain loop']):,} claims of {len(sample)} articles compared)")

    # ---- timing: one pass each over the whole feed; wall time, and the CPU time of this
    # process and its (finished) workers: on a loaded machine the wall-time ratios measure the
    # load, the CPU cost per article still shows what parallelism itself costs
    n = len(corpus)
    t0, c0 = time.perf_counter(), _cpu()
    claims = sum(len(check_text(text, day).items) for text, day in corpus)
    loop_s, loop_cpu = time.perf_counter() - t0, _cpu() - c0
    rates = {"plain loop": n / loop_s}
    cpu_ms = {"plain loop": loop_cpu / n * 1e3}
    print(f"\n{'plain loop over check_text':<30} {fmt_seconds(loop_s):>9}  "
          f"{rates['plain loop']:7,.1f} articles/s  cpu {cpu_ms['plain loop']:.2f} ms/article"
          f"  ({claims:,} claims)")
    for name, engine in ENGINES.items():
        out = tmp / f"run-{engine.replace(':', '')}"
        t0, c0 = time.perf_counter(), _cpu()
        result = _run_feed(feed, out, engine, args.chunk_size)
        secs, cpu = time.perf_counter() - t0, _cpu() - c0
        if result.checked != n or result.claims != claims:
            print(f"MISMATCH: {name} checked {result.checked} articles, {result.claims} claims",
                  file=sys.stderr)
            raise SystemExit(1)
        if args.quick:
            outputs[name] = _table_of_output(out)
        rates[name], cpu_ms[name] = n / secs, cpu / n * 1e3
        print(f"{name:<30} {fmt_seconds(secs):>9}  {rates[name]:7,.1f} articles/s  "
              f"cpu {cpu_ms[name]:.2f} ms/article  ({rates[name] / rates['plain loop']:.2f}x "
              "the loop)")
    if args.quick:
        check_equal(outputs, "plain loop")
    efficiency = rates["2 local workers"] / (2 * rates["1 local worker"])
    dask_eff = rates["Dask LocalCluster, 2 workers"] / (2 * rates["1 local worker"])
    cpu_ratio = cpu_ms["2 local workers"] / cpu_ms["1 local worker"]
    print(f"scaling efficiency, 2 local workers / (2 x 1 worker): {efficiency:.2f}; "
          f"Dask 2 workers: {dask_eff:.2f}; CPU per article, 2 workers / 1 worker: "
          f"{cpu_ratio:.2f} (machine load average now {load_average()})")
    report.figures.update({"articles": n, "claims": claims, "chunk_size": args.chunk_size,
                           "articles_per_s": rates, "cpu_ms_per_article": cpu_ms,
                           "scaling_efficiency": efficiency, "dask_scaling_efficiency": dask_eff,
                           "cpu_per_article_2_vs_1_worker": cpu_ratio})
    report.targets = [Target("scaling efficiency, 2 local workers", efficiency, 0.8, "", True,
                             "idle 2-core machine")]

    # ---- memory: 1x and 4x the feed, each in a fresh process
    if not args.no_memory:
        big = write_feed(corpus, tmp / "feed4.jsonl", copies=4)
        peaks = {}
        for label, f in (("1x", feed), ("4x", big)):
            peaks[label] = _probe(f, tmp / f"mem-{label}", args.chunk_size)
            print(f"peak memory, {label} feed ({peaks[label]['checked']:,} articles, 2 workers): "
                  f"parent {fmt_bytes(peaks[label]['parent'])}, largest worker "
                  f"{fmt_bytes(peaks[label]['worker'])}")
        ratio = max(peaks["4x"]["parent"] / peaks["1x"]["parent"],
                    peaks["4x"]["worker"] / peaks["1x"]["worker"])
        print(f"peak memory, 4x feed / 1x feed: {ratio:.2f} (the larger of parent and worker)")
        report.figures["peak_memory"] = peaks
        report.targets.append(Target("peak memory, 4x feed / 1x feed", ratio, 1.15, "x"))


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    main()
