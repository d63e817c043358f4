"""Killing `capscope data import` inside its transaction leaves a usable, unchanged store.

The store honours CAPSCOPE_TEST_INGEST_PAUSE (seconds to sleep after the rows are inserted and
before COMMIT). The import replaces all of RUT with three rows, so a half-applied transaction
would be plain to see: 9,811 rows before, 3 after a commit.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from capscope.data.store import Store
from proc_kit import open_for_writing

CLI = [sys.executable, "-c", "from capscope.cli import main; main()"]


def _fingerprint(db) -> tuple:
    with duckdb.connect(str(db), read_only=True) as con:
        return (con.execute("SELECT COUNT(*), SUM(hash(symbol, date, close)) FROM bars").fetchone(),
                con.execute("SELECT * FROM series_meta WHERE symbol = 'RUT'").fetchone())


@pytest.mark.slow  # two CLI processes and a deliberate pause: about 5-10 s
@pytest.mark.skipif(not Path("/proc/self/fdinfo").exists(), reason="needs Linux /proc")
def test_sigkill_inside_the_import_transaction(fresh_home):
    db = fresh_home / "capscope.duckdb"
    before = _fingerprint(db)
    assert before[1][6] == 9811
    path = fresh_home / "rut.csv"
    path.write_text("Date,Close\n2026-08-24,3000\n2026-08-25,3010\n2026-08-26,3020\n")
    env = {**os.environ, "CAPSCOPE_HOME": str(fresh_home), "CAPSCOPE_TEST_INGEST_PAUSE": "60"}
    proc = subprocess.Popen([*CLI, "data", "import", str(path),
                             "--symbol", "RUT", "--replace", "--force"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not open_for_writing(proc.pid, db):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the import never opened the store for writing"
            time.sleep(0.05)
        # The write connection runs DELETE + INSERT (milliseconds) and then sleeps 60 s
        # before COMMIT; one second in, it is certainly inside the transaction.
        time.sleep(1.0)
        assert proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    # The store opens (DuckDB replays or discards its log) and holds exactly what it held.
    assert _fingerprint(db) == before
    store = Store(db)
    assert len(store.bars("RUT")) == 9811
    assert store.meta_for("RUT").last_date.isoformat() == "2026-08-21"
    # And it is writable again: the same import, uninterrupted, commits.
    done = subprocess.run([*CLI, "data", "import", str(path),
                           "--symbol", "RUT", "--replace", "--force"],
                          env={**env, "CAPSCOPE_TEST_INGEST_PAUSE": ""}, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert _fingerprint(db)[1][6] == 3


@pytest.mark.slow  # starts a second process holding the database
def test_store_waits_briefly_for_another_process_then_reports_one_line(fresh_home, monkeypatch):
    from capscope.data import store as store_mod
    from capscope.errors import StoreError

    db = fresh_home / "capscope.duckdb"
    holder = ("import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
              " time.sleep(float(sys.argv[2]))")

    def hold(seconds: float) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", holder, str(db), str(seconds)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "held"
        return proc

    proc = hold(1.0)
    t0 = time.monotonic()
    assert Store(db).meta_for("RUT").rows == 9811  # waited for the writer to let go
    assert time.monotonic() - t0 > 0.3
    proc.wait(timeout=30)

    monkeypatch.setattr(store_mod, "LOCK_WAIT", 0.2)
    proc = hold(10.0)
    try:
        with pytest.raises(StoreError, match="cannot (open|prepare) the capscope store") as err:
            Store(db).meta()
        assert "another capscope process" in err.value.hint
    finally:
        proc.kill()
        proc.wait()
