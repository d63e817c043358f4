"""Issue 15, finding 3: Ctrl+C around an import's COMMIT says what the store holds, as read back
from the store, instead of "internal error: cannot rollback - no transaction is active".

The interrupt is injected deterministically: the write connection is wrapped so that its COMMIT
raises KeyboardInterrupt either just after the commit finished or instead of it.
"""

from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from capscope.cli import app
from capscope.data import _faults
from capscope.data import store as store_mod

runner = CliRunner()


class _Conn:
    """A DuckDB connection whose COMMIT is followed (or replaced) by a KeyboardInterrupt."""

    def __init__(self, con, commit_first: bool) -> None:
        self._con, self._commit_first = con, commit_first

    def execute(self, sql, *args):
        if sql.strip().upper() == "COMMIT":
            if self._commit_first:
                self._con.execute(sql)
            raise KeyboardInterrupt
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def _interrupt_commits(monkeypatch, commit_first: bool) -> None:
    real = store_mod._connect_waiting

    def connect(path, *, read_only):
        con = real(path, read_only=read_only)
        return con if read_only else _Conn(con, commit_first)

    monkeypatch.setattr(store_mod, "_connect_waiting", connect)
    monkeypatch.setattr(_faults, "COMMITS", [])


def _rut_rows(home) -> int:
    with duckdb.connect(str(home / "capscope.duckdb"), read_only=True) as con:
        return con.execute("SELECT COUNT(*) FROM bars WHERE symbol = 'RUT'").fetchone()[0]


@pytest.fixture()
def rut_csv(fresh_home):
    path = fresh_home / "rut.csv"
    path.write_text("Date,Close\n2026-08-24,3000\n2026-08-25,3010\n2026-08-26,3020\n")
    return path


def test_interrupt_just_after_commit_says_the_data_is_saved(fresh_home, rut_csv, monkeypatch):
    assert _rut_rows(fresh_home) == 9811
    _interrupt_commits(monkeypatch, commit_first=True)
    res = runner.invoke(app, ["data", "import", str(rut_csv), "--symbol", "RUT", "--replace",
                              "--force"])
    assert res.exit_code == 1
    err = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(err) == 1 and "committed" in err[0] and "holds the new data" in err[0], res.stderr
    assert "cannot rollback" not in res.output
    assert _rut_rows(fresh_home) == 3  # and it really is saved


def test_interrupt_before_commit_says_nothing_changed(fresh_home, rut_csv, monkeypatch):
    _interrupt_commits(monkeypatch, commit_first=False)
    res = runner.invoke(app, ["data", "import", str(rut_csv), "--symbol", "RUT", "--replace",
                              "--force"])
    assert res.exit_code == 1
    err = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(err) == 1 and "rolled back" in err[0] and "not changed" in err[0], res.stderr
    assert _rut_rows(fresh_home) == 9811
