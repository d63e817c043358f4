"""Issue 15's reliability replay: random dates, random corruption of a good file and Ctrl+C at a
random moment of an import, with the invariants every write path must keep.

- Bad input: exit 2 and one line; a failure: exit 1 and one line; never a traceback.
- A refused write leaves the store exactly as it was (RUT's rows, their checksum, series_meta).
- An interrupted import leaves the store old or new, never mixed, and its message says which.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from capscope.cli import app
from proc_kit import open_for_writing

pytestmark = pytest.mark.reliability  # the replay suite of issue 15 (CI runs it)
runner = CliRunner()
# RUT in the bundled snapshot: rows to 2026-08-21 (a Friday), whose close is 3017.87.
GOOD = ("Date,Open,High,Low,Close\n"
        "2026-08-21,3007.16,3020.24,3000.05,3017.87\n"
        "2026-08-24,3017.00,3031.50,3010.25,3025.40\n"
        "2026-08-25,3025.40,3040.00,3020.00,3033.10\n")
SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def fingerprint(db: Path) -> tuple:
    """RUT's row count and a checksum of its rows, and the whole series_meta table."""
    with duckdb.connect(str(db), read_only=True) as con:
        rut = con.execute("SELECT COUNT(*), SUM(hash(date, open, high, low, close, adj_close, "
                          "volume)) FROM bars WHERE symbol = 'RUT'").fetchone()
        rows = con.execute("SELECT COUNT(*) FROM bars").fetchone()
        meta = con.execute("SELECT SUM(hash(symbol, source, first_date, last_date, rows, "
                           "warnings)) FROM series_meta").fetchone()
    return rut, rows, meta


def rut_before(db: Path, day: str) -> tuple:
    """RUT's rows before ``day``: what no import of later rows may touch."""
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT COUNT(*), SUM(hash(date, close)) FROM bars "
                           "WHERE symbol = 'RUT' AND date < ?", [day]).fetchone()


@pytest.fixture(scope="module")
def seeded(store):
    return Path(store.path)


def fresh(seeded: Path, monkeypatch) -> Path:
    home = Path(tempfile.mkdtemp(prefix="capscope-rel-"))
    shutil.copy(seeded, home / "capscope.duckdb")
    monkeypatch.setenv("CAPSCOPE_HOME", str(home))
    return home


def check_outcome(res, db: Path, before: tuple) -> None:
    assert "Traceback" not in res.output
    assert res.exit_code in (0, 2), res.output
    if res.exit_code == 2:
        err = [ln for ln in res.stderr.splitlines() if ln.strip()]
        assert len(err) == 1 and err[0].startswith("capscope: "), res.stderr
        assert fingerprint(db) == before


@pytest.mark.slow  # 30 imports, each into a fresh copy of the store
@SETTINGS
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_random_dates_in_an_import(seeded, monkeypatch, day):
    home = fresh(seeded, monkeypatch)
    try:
        db = home / "capscope.duckdb"
        before = fingerprint(db)
        csv = home / "rut.csv"
        csv.write_text(f"Date,Close\n2026-08-21,3017.87\n{day.isoformat()},3020\n")
        res = runner.invoke(app, ["data", "import", str(csv), "--symbol", "RUT"])
        check_outcome(res, db, before)
        future = day > dt.date.today() + dt.timedelta(days=5)
        weekend = day.weekday() >= 5 and day.year >= 1953  # the NYSE had Saturdays until 1952
        if day.year < 1700 or day.year > 2200 or future or weekend:
            assert res.exit_code == 2  # outside the range, after the next session, a weekend
    finally:
        shutil.rmtree(home, ignore_errors=True)


@pytest.mark.slow  # 30 imports, each into a fresh copy of the store
@SETTINGS
@given(st.lists(st.tuples(st.integers(0, len(GOOD) - 1), st.sampled_from(
    ["", "\x00", "-", ",", "\n", "9", "e", ".", "x", "2099", "\"", ";", "\ufeff"])),
    min_size=1, max_size=4))
def test_random_corruption_of_a_good_file(seeded, monkeypatch, edits):
    home = fresh(seeded, monkeypatch)
    try:
        db = home / "capscope.duckdb"
        before = fingerprint(db)
        history = rut_before(db, "2026-08-21")
        text = GOOD
        for pos, new in sorted(edits, reverse=True):
            text = text[:pos] + new + text[pos + 1:]
        csv = home / "rut.csv"
        csv.write_text(text, encoding="utf-8")
        res = runner.invoke(app, ["data", "import", str(csv), "--symbol", "RUT"])
        check_outcome(res, db, before)
        assert rut_before(db, "2026-08-21") == history  # stored history is never rewritten
    finally:
        shutil.rmtree(home, ignore_errors=True)


@pytest.mark.slow  # one CLI process per example
@pytest.mark.skipif(not Path("/proc/self/fdinfo").exists(), reason="needs Linux /proc")
@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.floats(0.0, 0.8))
def test_ctrl_c_at_a_random_moment_of_an_import(seeded, tmp_path_factory, delay):
    home = tmp_path_factory.mktemp("sigint")
    db = home / "capscope.duckdb"
    shutil.copy(seeded, db)
    old = fingerprint(db)
    csv = home / "rut.csv"
    csv.write_text(GOOD)
    env = {**os.environ, "CAPSCOPE_HOME": str(home), "CAPSCOPE_TEST_INGEST_PAUSE": "0.4"}
    cmd = [sys.executable, "-c", "from capscope.cli import main; main()", "data", "import",
           str(csv), "--symbol", "RUT"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 30
    while not open_for_writing(proc.pid, db) and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err
    now = fingerprint(db)
    assert now[0][0] in (9811, 9813)  # old or new, never mixed
    if proc.returncode == 0:
        assert now[0][0] == 9813
        return
    assert proc.returncode == 1, err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "interrupted" in lines[0], err
    if "not changed" in lines[0] or "nothing was changed" in lines[0]:
        assert now == old
    else:
        assert "committed" in lines[0] and now[0][0] == 9813
