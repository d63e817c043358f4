"""Shared machinery of the benchmark scripts: timing, equality checks, peak memory, targets.

Every script follows the same protocol, so its figures can be trusted and compared:

* outputs of all contenders are checked equal BEFORE anything is timed (a fast wrong answer is
  not a result); a mismatch stops the script with exit status 1;
* each timed call is preceded by one untimed warm-up call (numba loads or compiles there,
  caches fill); then several repeats, reporting the median and the best;
* random inputs come from a fixed seed;
* ratios are against a baseline measured in the same run, on the same machine, at the same load
  (the machine's load average is printed: other processes slow every contender alike, but
  make single figures noisy);
* peak memory is the rise of the process's resident-set high-water mark during one call
  (Linux ``/proc/self/clear_refs`` resets it), cross-checked with tracemalloc's peak (which sees
  NumPy's allocations but not numba's); the larger of the two is reported.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

SEED = 20260101


def _pin_malloc() -> None:
    """Make glibc hand big blocks back to the OS when freed, so RSS figures are not hidden.

    By default glibc raises its mmap threshold after large frees and then serves later large
    arrays from a heap it keeps: a second run of the same code would reuse that memory without
    raising the high-water mark. Fixing the threshold (128 KiB) turns that adaptation off.
    """
    if sys.platform != "linux":
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-3, 128 * 1024)  # M_MMAP_THRESHOLD
    except (OSError, AttributeError):
        pass


_pin_malloc()


# --------------------------------------------------------------------------------------------
# timing


@dataclass
class Timing:
    """Seconds of each repeat (warm-up excluded), with the median and the best."""

    name: str
    times: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def best(self) -> float:
        return min(self.times)


def time_it(name: str, fn: Callable[[], Any], repeats: int = 5, warmup: int = 1) -> Timing:
    """Call ``fn`` ``warmup`` times untimed, then ``repeats`` times timed."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(max(1, repeats)):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return Timing(name, times)


# --------------------------------------------------------------------------------------------
# equality


def same(a: Any, b: Any, rtol: float = 1e-9) -> bool:
    """Equal values: arrays elementwise (NaN == NaN, relative tolerance for floats), containers
    item by item, everything else with ``==``."""
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(same(a[k], b[k], rtol) for k in a)
    if isinstance(a, tuple | list) and isinstance(b, tuple | list):
        return len(a) == len(b) and all(same(x, y, rtol) for x, y in zip(a, b, strict=True))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        x, y = np.asarray(a), np.asarray(b)
        if x.shape != y.shape:
            return False
        if x.dtype.kind in "fc" or y.dtype.kind in "fc":
            return bool(np.allclose(x.astype(float), y.astype(float), rtol=rtol, atol=0,
                                    equal_nan=True))
        return bool(np.array_equal(x, y))
    return bool(a == b)


def check_equal(outputs: Mapping[str, Any], reference: str,
                equal: Callable[[Any, Any], bool] = same) -> None:
    """Stop (exit 1) unless every output equals ``outputs[reference]``; print what was checked."""
    ref = outputs[reference]
    for name, out in outputs.items():
        if name != reference and not equal(ref, out):
            print(f"MISMATCH: {name} disagrees with {reference}; not timing", file=sys.stderr)
            raise SystemExit(1)
    others = ", ".join(n for n in outputs if n != reference)
    print(f"outputs checked equal: {reference} == {others}")


# --------------------------------------------------------------------------------------------
# memory


def _status_kib(field_name: str) -> int | None:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_high_water() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


@dataclass
class Memory:
    """Extra bytes at the peak of one call, by each method, and the one reported."""

    rss_bytes: int | None
    traced_bytes: int

    @property
    def peak_bytes(self) -> int:
        return max(self.rss_bytes or 0, self.traced_bytes)


def peak_memory(fn: Callable[[], Any]) -> Memory:
    """Peak memory ``fn`` adds while it runs (its result included while it is alive)."""
    gc.collect()
    rss = None
    if _reset_high_water():
        before = _status_kib("VmRSS")
        fn()
        hwm = _status_kib("VmHWM")
        if before is not None and hwm is not None:
            rss = max(0, hwm - before) * 1024
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        _, traced = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return Memory(rss, traced)


# --------------------------------------------------------------------------------------------
# reporting


def load_average() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    info: dict[str, Any] = {"python": platform.python_version(), "cores": os.cpu_count(),
                            "load_average_1_5_15": load_average(), "numpy": np.__version__}
    for mod in ("numba", "pandas"):
        if mod in sys.modules:
            info[mod] = sys.modules[mod].__version__
    return info


def print_header(title: str, args: argparse.Namespace) -> None:
    m = machine()
    print(f"== {title}")
    print(f"machine: {m['cores']} cores, Python {m['python']}, load average {m['load_average_1_5_15']}"
          f" (1/5/15 min); seed {SEED}; warm-up excluded, {args.repeats} repeats, median (best)")


def fmt_seconds(t: float) -> str:
    return f"{t * 1e3:.1f} ms" if t < 1 else f"{t:.2f} s"


def fmt_timing(t: Timing) -> str:
    return f"{fmt_seconds(t.median)} ({fmt_seconds(t.best)})"


def fmt_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


@dataclass
class Target:
    """A goal from the performance issue and whether this run met it."""

    name: str
    measured: float
    limit: float
    unit: str
    higher_is_better: bool = False
    note: str = ""

    @property
    def met(self) -> bool:
        return self.measured >= self.limit if self.higher_is_better else self.measured <= self.limit

    def line(self) -> str:
        op = ">=" if self.higher_is_better else "<="
        word = "MET" if self.met else "NOT MET"
        note = f"  [{self.note}]" if self.note else ""
        return (f"  {word:<8} {self.name}: {self.measured:,.3g} {self.unit} "
                f"(target {op} {self.limit:g} {self.unit}){note}")


@dataclass
class Report:
    """Figures and targets of one script run, printed and optionally saved as JSON."""

    benchmark: str
    figures: dict[str, Any] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)

    def print_targets(self) -> None:
        print("targets:")
        for t in self.targets:
            print(t.line())

    def finish(self, args: argparse.Namespace, quick_note: str = "tiny workload, figures say nothing "
                                                                   "about speed") -> None:
        """The end of every script: the --quick caveat, the targets, and the JSON when asked."""
        if args.quick:
            print(f"(--quick: {quick_note})")
        self.print_targets()
        self.save(args.json)

    def save(self, path: str | None) -> None:
        if not path:
            return
        data = {"benchmark": self.benchmark, "machine": machine(), "figures": self.figures,
                "targets": [{**asdict(t), "met": t.met} for t in self.targets]}
        Path(path).write_text(json.dumps(data, indent=2, default=str) + "\n")


def parser(doc: str | None, repeats: int = 5) -> argparse.ArgumentParser:
    """The options every script shares: --quick, --repeats, --json."""
    ap = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0])
    ap.add_argument("--quick", action="store_true",
                    help="tiny workload: check the outputs and the plumbing, not the speed")
    ap.add_argument("--repeats", type=int, default=repeats, help="timed repeats per contender")
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    return ap


def median_of(values: Sequence[float]) -> float:
    return statistics.median(values)


__all__ = ["SEED", "Memory", "Report", "Target", "Timing", "check_equal", "fmt_bytes",
           "fmt_seconds", "fmt_timing", "machine", "median_of", "parser", "peak_memory",
           "print_header", "same", "time_it"]
