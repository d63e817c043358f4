"""Start-up: whole-process wall time of `capscope --help`, `capscope check` and `capscope report`.

Each command runs as a fresh process (subprocess, timed with time.perf_counter around it; the
children's CPU time from getrusage). One untimed warm-up run per command comes first (it seeds
the private CAPSCOPE_HOME on the first command and fills the OS and numba caches; its time is
printed as "first run"), then ``--repeats`` timed runs, reported as median (best). Baselines in
the same run: the bare interpreter (``python -c pass``) and the import of the heavy libraries
the data commands need (``import pandas, numba, duckdb``).

Before timing, the outputs are checked: repeated runs print the same thing, and the verdicts
of ``capscope check --json`` equal those of ``capscope.claims.check_text`` in this process.
The article is a one-page (about 450 words) market story generated like those of
bench_claims.py, its figures read from the real data; the long article (about 2,000 words) is
seven of them in one file.

The commands run the installed console script directly; the pyenv shim (if one is on PATH)
adds its own start-up, shown for ``--help`` on its own line. hyperfine is used instead of the
built-in loop when installed and ``--hyperfine`` is given.

    python benchmarks/bench_startup.py [--repeats 7] [--quick]
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    Report,
    Target,
    check_equal,
    fmt_seconds,
    parser,
    print_header,
)

HEAVY = ("pandas", "numpy", "numba", "duckdb", "pyarrow", "plotly", "fastapi", "uvicorn",
         "scipy", "jinja2", "httpx", "dateparser")


def console_script() -> str:
    """The installed ``capscope`` entry point (not a shim in front of it)."""
    path = Path(sysconfig.get_path("scripts")) / "capscope"
    if path.exists():
        return str(path)
    found = shutil.which("capscope")
    if found is None:
        raise SystemExit("capscope is not installed: pip install -e .")
    return found


def run(cmd: list[str], env: dict[str, str], cwd: str) -> tuple[float, float, str]:
    """Wall seconds, child CPU seconds (user + sys) and stdout of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout


def measure(label: str, cmd: list[str], env: dict[str, str], cwd: str, repeats: int,
            check_same: bool = True) -> dict[str, float]:
    first, _, out0 = run(cmd, env, cwd)
    walls, cpus, outs = [], [], []
    for _ in range(repeats):
        w, c, out = run(cmd, env, cwd)
        walls.append(w)
        cpus.append(c)
        outs.append(out)
    if check_same and any(o != out0 for o in outs):
        print(f"MISMATCH: {label} printed different output across runs", file=sys.stderr)
        raise SystemExit(1)
    res = {"wall_s": statistics.median(walls), "wall_best_s": min(walls),
           "cpu_s": statistics.median(cpus), "first_s": first}
    print(f"  {label:<34} {fmt_seconds(res['wall_s']):>9} ({fmt_seconds(res['wall_best_s'])})"
          f"   cpu {fmt_seconds(res['cpu_s']):>9}   first run {fmt_seconds(first)}")
    return res


def heavy_modules(argv: list[str], env: dict[str, str], cwd: str) -> list[str]:
    """Top-level heavy packages imported by a CLI invocation (run in a child process)."""
    code = ("import sys\nsys.argv = " + repr(["capscope", *argv]) + "\n"
            "from capscope.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "import json\nsys.stderr.write('\\nMODULES' + json.dumps(sorted({m.split('.')[0] "
            "for m in sys.modules})))\n")
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd, capture_output=True,
                          text=True)
    mods = json.loads(proc.stderr.rsplit("MODULES", 1)[-1]) if "MODULES" in proc.stderr else []
    return [m for m in HEAVY if m in mods]


def import_profile(env: dict[str, str], cwd: str, module: str, top: int = 8) -> list[str]:
    """The slowest cumulative imports of ``module`` (python -X importtime)."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                          env=env, cwd=cwd, capture_output=True, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    rows.sort(reverse=True)
    return [f"{us / 1e3:7.1f} ms {name.strip()}" for us, name in rows[:top]]


_PHASES = """
import sys, time, resource
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
marks = [("start", time.perf_counter(), cpu())]
def mark(name):
    marks.append((name, time.perf_counter(), cpu()))
import pandas, numpy
mark("import pandas + numpy")
import numba
mark("import numba")
import duckdb
mark("import duckdb")
import capscope.cli
mark("import capscope.cli (typer, rich)")
from capscope.claims.check import check_text
mark("import capscope.claims.check (grammar, verifiers, stats)")
from capscope.stats import _kernels as K
K.JIT_MIN_CELLS = 0
K.run_lengths(numpy.ones(3, dtype=bool))
mark("first compiled kernel call (LLVM start, cached code; CLI runs avoid it on small inputs)")
from capscope.data.store import get_store
get_store().bars("RUT")
mark("open the store, read one symbol")
text = open(sys.argv[1]).read()
check_text(text, sys.argv[2])
mark("first check_text (the article)")
check_text(text, sys.argv[2])
mark("same check_text again (warm)")
for (_, t0, c0), (name, t1, c1) in zip(marks, marks[1:]):
    print(f"{name}\t{t1 - t0}\t{c1 - c0}")
"""


def phases(article: Path, published: str, env: dict[str, str], cwd: str) -> list[tuple]:
    """Where the time of a `capscope check` process goes, phase by phase (one child process)."""
    proc = subprocess.run([sys.executable, "-c", _PHASES, str(article), published], env=env,
                          cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        return []
    rows = []
    for line in proc.stdout.splitlines():
        name, wall, cpu = line.split("\t")
        rows.append((name, float(wall), float(cpu)))
    return rows


def one_page_article(env_before: dict[str, str]) -> tuple[str, str, str]:
    """A one-page article and its publication date (generated like bench_claims.py's), and a
    long one of about 2,000 words: the seven longest generated articles in one file, dated by
    the first (the others' days are then other days than the article's, as in a long review)."""
    saved = dict(os.environ)
    try:
        from bench_claims import make_corpus

        corpus = sorted(make_corpus(40), key=lambda a: -len(a[0].split()))
    finally:
        os.environ.clear()
        os.environ.update(saved)
    long_text = "\n\n".join(a[0] for a in corpus[:7])
    return corpus[0][0], corpus[0][1].isoformat(), long_text


def main() -> None:
    ap = parser(__doc__, repeats=7)
    ap.add_argument("--hyperfine", action="store_true", help="also time with hyperfine")
    args = ap.parse_args()
    if args.quick:
        args.repeats = 1
    report = Report("startup")
    print_header("start-up (whole process)", args)
    exe = console_script()
    home = tempfile.mkdtemp(prefix="capscope-bench-home-")
    work = tempfile.mkdtemp(prefix="capscope-bench-cwd-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAPSCOPE_")}
    env["CAPSCOPE_HOME"] = home
    os.environ["CAPSCOPE_HOME"] = home  # the in-process check below uses the same store
    try:
        text, published, long_text = one_page_article(env)
        article = Path(work) / "article.txt"
        article.write_text(text)
        long_article = Path(work) / "long_article.txt"
        long_article.write_text(long_text)
        print(f"entry point: {exe}; article: {len(text.split())} words, published {published}; "
              f"long article: {len(long_text.split())} words")

        # ---- outputs checked before timing
        run([exe, "--help"], env, work)  # seeds nothing, but loads the files once
        _, _, js = run([exe, "check", str(article), "--published", published, "--json"], env,
                       work)
        from capscope.claims.check import check_text

        mine = check_text(text, published).to_dict()
        doc = json.loads(js)
        theirs = doc["articles"][0] if "articles" in doc else doc
        pick = [(c["text"], c["verdict"]) for c in mine["claims"]]
        got = [(c["text"], c["verdict"]) for c in theirs["claims"]]
        check_equal({"in-process check_text": pick, "capscope check --json": got},
                    "in-process check_text")

        print("\nwall median (best)            cpu = user+sys of the process, median")
        py = measure("python -c pass (floor)", [sys.executable, "-c", "pass"], env, work,
                     args.repeats)
        libs = measure("import pandas, numba, duckdb", [sys.executable, "-c",
                       "import pandas, numba, duckdb"], env, work, args.repeats)
        helpr = measure("capscope --help", [exe, "--help"], env, work, args.repeats)
        shim = shutil.which("capscope")
        if shim and Path(shim).resolve() != Path(exe).resolve():
            measure("capscope --help via PATH (shim)", [shim, "--help"], env, work,
                    max(2, args.repeats // 2))
        check = measure("capscope check (one page)", [exe, "check", str(article),
                        "--published", published], env, work, args.repeats)
        long_check = measure("capscope check (about 2,000 words)", [exe, "check", str(long_article),
                             "--published", published], env, work, args.repeats)
        rep = measure("capscope report", [exe, "report"], env, work, args.repeats,
                      check_same=False)  # it prints where it wrote the HTML: same each time
        rep_nohtml = measure("capscope report --no-html", [exe, "report", "--no-html"], env,
                             work, args.repeats)
        if args.hyperfine and shutil.which("hyperfine"):
            subprocess.run(["hyperfine", "--warmup", "1", "-N", f"{exe} --help"], env=env,
                           cwd=work)

        print("\nheavy packages imported by `capscope --help`: "
              + (", ".join(heavy_modules(["--help"], env, work)) or "none"))
        print("heavy packages imported by `capscope check`: "
              + ", ".join(heavy_modules(["check", str(article), "--published", published],
                                        env, work)))
        rows = phases(article, published, env, work)
        if rows:
            print("where a check process spends its time (one run; wall / cpu):")
            for name, wall, cpu in rows:
                print(f"  {fmt_seconds(wall):>9} / {fmt_seconds(cpu):>9}  {name}")
            report.figures["check_phases"] = {n: {"wall_s": w, "cpu_s": c} for n, w, c in rows}
        print("slowest imports of `import capscope.cli` (cumulative, python -X importtime):")
        for line in import_profile(env, work, "capscope.cli"):
            print("  " + line)

        print(f"\nratios to the bare interpreter: --help {helpr['wall_s'] / py['wall_s']:.1f}x,"
              f" check {check['wall_s'] / py['wall_s']:.1f}x, report "
              f"{rep['wall_s'] / py['wall_s']:.1f}x; check vs importing its libraries "
              f"{check['wall_s'] / libs['wall_s']:.1f}x")
        report.figures.update({"python": py, "libraries": libs, "help": helpr, "check": check,
                               "check_2000_words": long_check, "long_article_words": len(long_text.split()),
                               "report": rep, "report_no_html": rep_nohtml,
                               "article_words": len(text.split())})
        note = "cpu {:.2f} s"
        report.targets = [
            Target("capscope --help", helpr["wall_s"], 0.3, "s", note=note.format(helpr["cpu_s"])),
            Target("capscope check, one page", check["wall_s"], 1.0, "s",
                   note=note.format(check["cpu_s"])),
            Target("capscope check, about 2,000 words", long_check["wall_s"], 1.0, "s",
                   note=note.format(long_check["cpu_s"])),
            Target("capscope report", rep["wall_s"], 3.0, "s", note=note.format(rep["cpu_s"])),
        ]
        report.finish(args, "few repeats")
    finally:
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
