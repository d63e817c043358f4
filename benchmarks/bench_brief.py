"""The brief: whole-process wall time of `capscope brief`, and many notes in one process.

Two workloads, each against a baseline measured in the same run:

* ``capscope brief`` as a fresh process (one untimed warm-up that seeds a private
  CAPSCOPE_HOME, then ``--repeats`` timed runs; median and best), beside the bare interpreter
  (``python -c pass``). Target: under 1 s.
* notes for many dates in one process (every month-end 2000-2026 and the 100 largest absolute
  RUT daily moves: the round-trip test's dates), the first note included; target: the 300
  dates the issue names in under 60 s (the figure is scaled to 300 from the dates run).

Before timing, outputs are checked: the process prints the note that ``capscope.brief`` gives
in this process for the same date, and the in-process notes are the same when written twice.

    python benchmarks/bench_brief.py [--repeats 5] [--quick]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import Report, Target, check_equal, fmt_seconds, parser, print_header  # noqa: E402
from bench_startup import console_script, measure, run  # noqa: E402


def dates(quick: bool) -> list:
    """The round-trip dates: month-ends 2000-2026 and the 100 largest RUT moves."""
    from capscope.data.series import series

    rut = series("RUT").dropna()
    since = rut.loc["2000":]
    month_ends = since.groupby(since.index.to_period("M")).tail(1).index
    biggest = rut.pct_change().abs().dropna().nlargest(100).index
    out = sorted(set(month_ends) | set(biggest))
    return out[::40] if quick else out


def main() -> None:
    args = parser(__doc__).parse_args()
    if args.quick:
        args.repeats = 1
    report = Report("brief")
    print_header("capscope brief", args)
    exe = console_script()
    home = tempfile.mkdtemp(prefix="capscope-bench-home-")
    work = tempfile.mkdtemp(prefix="capscope-bench-cwd-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAPSCOPE_")}
    env["CAPSCOPE_HOME"] = home
    os.environ["CAPSCOPE_HOME"] = home
    try:
        import capscope
        from capscope.brief.render import to_text

        day = "2024-07-16"
        _, _, printed = run([exe, "brief", "--on", day], env, work)  # seeds the store too
        check_equal({"in-process capscope.brief": to_text(capscope.brief(day)),
                     "capscope brief": printed}, "in-process capscope.brief")

        print("\nwall median (best)            cpu = user+sys of the process, median")
        py = measure("python -c pass (floor)", [sys.executable, "-c", "pass"], env, work,
                     args.repeats)
        one = measure("capscope brief", [exe, "brief"], env, work, args.repeats)
        one_md = measure("capscope brief --format md --on ...", [exe, "brief", "--format", "md",
                         "--on", day], env, work, args.repeats)

        days = dates(args.quick)
        t0 = time.perf_counter()
        notes = [capscope.brief(d).text for d in days]
        elapsed = time.perf_counter() - t0
        again = [capscope.brief(d).text for d in days[:5]]
        check_equal({"first": notes[:5], "again": again}, "first")
        per300 = elapsed / len(days) * 300
        words = sum(len(n.split()) for n in notes) / len(notes)
        print(f"\n{len(days)} notes in one process: {fmt_seconds(elapsed)} "
              f"({fmt_seconds(elapsed / len(days))} each, {words:.0f} words on average); "
              f"300 dates: {fmt_seconds(per300)}")
        print(f"ratio of one brief process to the bare interpreter: "
              f"{one['wall_s'] / py['wall_s']:.1f}x")
        report.figures.update({"python": py, "brief": one, "brief_md": one_md,
                               "dates": len(days), "many_s": elapsed, "per_300_s": per300,
                               "mean_words": words})
        note = "cpu {:.2f} s"
        report.targets = [
            Target("capscope brief, whole process", one["wall_s"], 1.0, "s",
                   note=note.format(one["cpu_s"])),
            Target("300 dates in one process", per300, 60.0, "s",
                   note=f"{len(days)} dates run"),
        ]
        report.finish(args, "few repeats and dates")
    finally:
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
