"""Issue 15, finding 9: a full disk, a corrupt store, and a SQLite (or any foreign) file at the
store's path each get one line naming the file and what to do; DuckDB never tries to download
an extension (which wrote outside CAPSCOPE_HOME). A DuckDB error that wraps a Python traceback
(Ctrl+C inside a callback DuckDB was running) is read as the interrupt it is, never shown."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from capscope.cli import app
from capscope.data import store as store_mod
from capscope.data._faults import is_interrupt, store_error

runner = CliRunner()


def one_line(res) -> str:
    err = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(err) == 1 and "Traceback" not in res.output, res.output
    assert "internal error" not in err[0]
    return err[0]


def test_sqlite_file_at_the_store_path(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CAPSCOPE_HOME", str(home))
    user_home = tmp_path / "user"
    user_home.mkdir()
    monkeypatch.setenv("HOME", str(user_home))
    db = home / "capscope.duckdb"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE t (x)")
    res = runner.invoke(app, ["data", "list"])
    assert res.exit_code == 1
    line = one_line(res)
    assert str(db) in line and "SQLite" in line and "mv " in line
    assert list(user_home.iterdir()) == []  # no ~/.duckdb/extensions written
    assert db.read_bytes().startswith(b"SQLite format 3")  # the user's file is untouched


def test_a_file_that_is_not_a_database(tmp_path, monkeypatch):
    monkeypatch.setenv("CAPSCOPE_HOME", str(tmp_path))
    (tmp_path / "capscope.duckdb").write_bytes(b"\x42" * 100_000)
    res = runner.invoke(app, ["move", "RUT"])
    assert res.exit_code == 1
    line = one_line(res)
    assert "not a capscope store" in line and "mv " in line


@pytest.mark.slow  # copies and damages a whole store
def test_a_corrupt_block_is_named_as_corruption(store, tmp_path, monkeypatch):
    db = tmp_path / "capscope.duckdb"
    shutil.copy(store.path, db)
    size = db.stat().st_size
    with db.open("r+b") as fh:  # overwrite the middle third: the bars' blocks live there
        fh.seek(size // 3)
        fh.write(b"\xa5" * (size // 3))
    monkeypatch.setenv("CAPSCOPE_HOME", str(tmp_path))
    res = runner.invoke(app, ["move", "RUT"])
    assert res.exit_code == 1
    line = one_line(res)
    assert "corrupt" in line and str(db) in line and "mv " in line


class _FullDisk:
    """A write connection whose row insert fails as DuckDB does when the disk is full."""

    def __init__(self, con) -> None:
        self._con = con

    def execute(self, sql, *args):
        if sql.startswith("INSERT INTO bars"):
            raise duckdb.IOException('IO Error: Could not write file "capscope.duckdb.wal": '
                                     "No space left on device")
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_disk_full_during_an_import(fresh_home, monkeypatch):
    real = store_mod._connect_waiting
    monkeypatch.setattr(store_mod, "_connect_waiting", lambda path, *, read_only: (
        real(path, read_only=read_only) if read_only else _FullDisk(real(path, read_only=False))))
    db = fresh_home / "capscope.duckdb"
    with duckdb.connect(str(db), read_only=True) as con:
        before = con.execute("SELECT COUNT(*), SUM(hash(symbol, date, close)) FROM bars").fetchone()
    csv = fresh_home / "next.csv"
    csv.write_text("Date,Close\n2026-08-21,3017.87\n2026-08-24,3030\n")
    res = runner.invoke(app, ["data", "import", str(csv), "--symbol", "RUT"])
    assert res.exit_code == 1
    line = one_line(res)
    assert "is full" in line and "not changed" in line and "cannot rollback" not in line
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT COUNT(*), SUM(hash(symbol, date, close)) FROM bars").fetchone() == before


def test_connections_never_autoload_extensions():
    assert store_mod.CONNECT_CONFIG == {"autoinstall_known_extensions": False,
                                        "autoload_known_extensions": False}
    assert os.environ.get("CAPSCOPE_HOME")  # tests never touch a user's store


WRAPPED = ("Traceback (most recent call last):\n  File \"<frozen>\", line 1, in scan\n"
           "KeyboardInterrupt\n")


def test_a_wrapped_keyboard_interrupt_is_an_interrupt():
    assert is_interrupt(RuntimeError(WRAPPED))
    assert not is_interrupt(RuntimeError("Catalog Error: table bars does not exist"))


def test_a_wrapped_traceback_is_named_by_its_last_line(tmp_path: Path):
    err = store_error(RuntimeError("Traceback (most recent call last):\n  File x\nValueError: bad"),
                      tmp_path / "capscope.duckdb")
    assert "Traceback" not in str(err) and "ValueError: bad" in str(err)
