"""Issue 15, finding 8: junk no longer enters the store with exit 0.

A tenfold revision of the last stored close, a --replace that swaps a long history for a few
rows, and rows dated years ahead are refused (exit 2, one line, store unchanged); --force accepts
the first two as a deliberate decision; every write updates the provenance it records.
"""

from __future__ import annotations

import datetime as dt
import json

import duckdb
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()

# Facts of the bundled snapshot, read once by hand: RUT's last row and its size.
RUT_LAST, RUT_ROWS = "2026-08-21", 9811


def rut(home) -> tuple:
    with duckdb.connect(str(home / "capscope.duckdb"), read_only=True) as con:
        # a sum of row hashes, not of closes: float sums vary with DuckDB's parallel order
        return con.execute("SELECT COUNT(*), MAX(date), SUM(hash(date, close)) FROM bars "
                           "WHERE symbol='RUT'").fetchone()


def rut_meta(home) -> tuple:
    with duckdb.connect(str(home / "capscope.duckdb"), read_only=True) as con:
        return con.execute("SELECT source, warnings, rows FROM series_meta WHERE symbol='RUT'"
                           ).fetchone()


def last_close(home) -> float:
    with duckdb.connect(str(home / "capscope.duckdb"), read_only=True) as con:
        return con.execute("SELECT close FROM bars WHERE symbol='RUT' AND date = ?",
                           [RUT_LAST]).fetchone()[0]


def imp(path, *extra):
    return runner.invoke(app, ["data", "import", str(path), "--symbol", "RUT", *extra])


def one_line(res) -> str:
    err = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(err) == 1 and "Traceback" not in res.output, res.output
    return err[0]


def test_tenfold_revision_of_the_last_close_needs_force(fresh_home, tmp_path):
    before = rut(fresh_home)
    close = last_close(fresh_home)
    csv = tmp_path / "x10.csv"
    x10 = f"{close * 10:.2f}"
    csv.write_text(f"Date,Open,High,Low,Close\n{RUT_LAST},{x10},{x10},{x10},{x10}\n"
                   f"2026-08-24,{x10},{x10},{x10},{x10}\n")
    res = imp(csv)
    assert res.exit_code == 2
    line = one_line(res)
    assert RUT_LAST in line and "--force" in line
    assert rut(fresh_home) == before
    forced = imp(csv, "--force")
    assert forced.exit_code == 0, forced.output
    assert abs(last_close(fresh_home) - round(close * 10, 2)) < 1e-6


def test_small_revision_of_the_last_close_still_merges(fresh_home, tmp_path):
    close = last_close(fresh_home)
    csv = tmp_path / "rev.csv"
    csv.write_text(f"Date,Close\n{RUT_LAST},{close * 0.995:.2f}\n2026-08-24,{close:.2f}\n")
    res = imp(csv)
    assert res.exit_code == 0, res.output
    assert "was revised" in res.stderr
    count, last, _ = rut(fresh_home)
    assert count == RUT_ROWS + 1 and str(last) == "2026-08-24"


def test_replace_that_shrinks_by_more_than_half_needs_force(fresh_home, tmp_path):
    before = rut(fresh_home)
    csv = tmp_path / "two.csv"
    csv.write_text("Date,Close\n2026-08-20,2000\n2026-08-21,2010\n")
    res = imp(csv, "--replace")
    assert res.exit_code == 2
    line = one_line(res)
    assert "9,811" in line and "--force" in line
    assert rut(fresh_home) == before
    assert imp(csv, "--replace", "--force").exit_code == 0
    count, last, _ = rut(fresh_home)
    assert (count, last) == (2, dt.date(2026, 8, 21))
    with duckdb.connect(str(fresh_home / "capscope.duckdb"), read_only=True) as con:
        assert con.execute("SELECT SUM(close) FROM bars WHERE symbol='RUT'").fetchone() == (4010.0,)
    source, warnings, rows = rut_meta(fresh_home)
    assert rows == 2 and source == "file two.csv"
    notes = json.loads(warnings)
    assert not any("1987-09-10" in n and "index began" in n for n in notes)  # old note gone
    assert notes[0].startswith("replaced 9,811 rows (1987-09-10..2026-08-21")


def test_rows_from_the_future_are_refused(fresh_home, tmp_path):
    before = rut(fresh_home)
    csv = tmp_path / "future.csv"
    csv.write_text(f"Date,Close\n{RUT_LAST},{last_close(fresh_home)}\n2099-01-05,3000\n")
    res = imp(csv)
    assert res.exit_code == 2
    assert "2099-01-05" in one_line(res)
    assert rut(fresh_home) == before


def test_merge_records_the_new_source(fresh_home, tmp_path):
    csv = tmp_path / "next.csv"
    csv.write_text(f"Date,Close\n{RUT_LAST},{last_close(fresh_home)}\n2026-08-24,2300\n")
    assert imp(csv).exit_code == 0
    assert rut_meta(fresh_home)[0] == "snapshot 2026-08-21 + file next.csv"


def test_futures_import_records_its_source(fresh_home, tmp_path):
    csv = tmp_path / "zq.csv"
    csv.write_text("date,contract,close\n2015-08-20,ZQQ15,99.8675\n2015-08-20,ZQU15,99.805\n")
    assert runner.invoke(app, ["fedwatch", "--futures", str(csv), "--asof", "2015-08-20"]
                         ).exit_code == 0
    with duckdb.connect(str(fresh_home / "capscope.duckdb"), read_only=True) as con:
        source, warnings = con.execute("SELECT source, warnings FROM series_meta "
                                       "WHERE symbol = 'ZQ'").fetchone()
    assert source == "snapshot 2026-08-21 + import zq.csv"
    assert "ZQN26" in warnings  # the standing note is kept
