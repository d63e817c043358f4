"""Each benchmark script runs end to end in its tiny ``--quick`` mode and its outputs-equal
checks pass (a mismatch exits 1 before anything is timed). Speed is not asserted here: the
figures live in benchmarks/README.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _run(script: str, tmp_path: Path, *extra: str) -> tuple[str, dict]:
    out = tmp_path / "figures.json"
    proc = subprocess.run([sys.executable, str(BENCH / script), "--quick", "--json", str(out),
                           *extra], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "MISMATCH" not in proc.stderr
    return proc.stdout, json.loads(out.read_text())


def test_bench_universe_quick(tmp_path):
    stdout, figures = _run("bench_universe.py", tmp_path)
    assert stdout.count("outputs checked equal") == 3
    f = figures["figures"]
    assert f["symbols"] == 40 and f["episodes"] > 0
    assert {t["name"] for t in figures["targets"]} == {
        "speed-up over pandas", "scan time / numpy floor", "peak memory / input arrays"}


def test_bench_claims_quick(tmp_path):
    stdout, figures = _run("bench_claims.py", tmp_path)
    assert stdout.count("outputs checked equal") == 2
    f = figures["figures"]
    assert f["articles"] == 12 and f["claims"] > 12
    assert sum(f["verdicts"].values()) > 12
    # the generated corpus holds both true and misstated figures
    assert f["verdicts"].get("supported", 0) > 0 and f["verdicts"].get("contradicted", 0) > 0


@pytest.mark.slow  # starts a dozen processes, report included: ~40 s
def test_bench_startup_quick(tmp_path):
    stdout, figures = _run("bench_startup.py", tmp_path)
    assert "outputs checked equal" in stdout
    assert "heavy packages imported by `capscope --help`: none" in stdout
    f = figures["figures"]
    assert f["help"]["wall_s"] > 0 and f["check"]["wall_s"] > 0 and f["report"]["wall_s"] > 0


@pytest.mark.slow  # starts a 1- and a 2-worker pool, a Dask LocalCluster and two probes: ~25 s
def test_bench_feed_quick(tmp_path):
    pytest.importorskip("distributed")
    stdout, figures = _run("bench_feed.py", tmp_path)
    assert stdout.count("outputs checked equal") == 1
    f = figures["figures"]
    assert f["articles"] == 24 and f["claims"] > 24
    assert set(f["articles_per_s"]) == {"plain loop", "1 local worker", "2 local workers",
                                        "Dask LocalCluster, 2 workers"}
    assert f["peak_memory"]["4x"]["checked"] == 96
    assert {t["name"] for t in figures["targets"]} == {
        "scaling efficiency, 2 local workers", "peak memory, 4x feed / 1x feed"}


@pytest.mark.slow  # starts a handful of processes: ~15 s
def test_bench_brief_quick(tmp_path):
    stdout, figures = _run("bench_brief.py", tmp_path)
    assert stdout.count("outputs checked equal") == 2
    f = figures["figures"]
    assert f["dates"] > 5 and f["mean_words"] > 40 and f["brief"]["wall_s"] > 0
    assert {t["name"] for t in figures["targets"]} == {
        "capscope brief, whole process", "300 dates in one process"}
