"""Issue 15, finding 1: `capscope fedwatch --futures FILE` refuses, before writing, rows that
FedWatch would later refuse (dates beyond the target data, before it, on weekends or holidays),
so a bad file can never leave plain `capscope fedwatch` failing; `capscope data remove ZQ`
undoes an import."""

from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()


def futures_rows(home) -> tuple[int, str]:
    """Row count and last date of the stored futures, read straight from the file."""
    with duckdb.connect(str(home / "capscope.duckdb"), read_only=True) as con:
        n, last = con.execute("SELECT COUNT(*), MAX(date) FROM futures").fetchone()
    return n, str(last)


def lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


# 2026-08-21 (a Friday) is the snapshot's last day of the fed funds target series.
@pytest.mark.parametrize("day, needle", [
    ("9999-12-31", "outside"),
    ("1600-01-03", "outside"),
    ("2099-01-05", "outside"),
    ("2026-08-24", "outside"),  # the next session after the target data ends
    ("2026-08-15", "a Saturday"),
    ("2025-12-25", "NYSE holiday"),
])
def test_futures_rows_fedwatch_would_refuse_are_not_stored(fresh_home, tmp_path, day, needle):
    before = futures_rows(fresh_home)
    csv = tmp_path / "zq.csv"
    csv.write_text(f"date,contract_month,close\n{day},2026-09,96.1\n{day},2026-10,96.2\n")
    res = runner.invoke(app, ["fedwatch", "--futures", str(csv)])
    assert res.exit_code == 2, res.output
    err = lines(res.stderr)
    assert len(err) == 1 and needle in err[0] and day in err[0], res.stderr
    assert "Traceback" not in res.output
    assert futures_rows(fresh_home) == before
    plain = runner.invoke(app, ["fedwatch", "--json"])
    assert plain.exit_code == 0, plain.output


def test_data_remove_undoes_a_futures_import(fresh_home, tmp_path):
    n0, last0 = futures_rows(fresh_home)
    csv = tmp_path / "zq2015.csv"
    csv.write_text("date,contract,close\n2015-08-20,ZQQ15,99.8675\n2015-08-20,ZQU15,99.805\n")
    assert runner.invoke(app, ["fedwatch", "--futures", str(csv), "--asof", "2015-08-20"]
                         ).exit_code == 0
    assert futures_rows(fresh_home) == (n0 + 2, last0)
    res = runner.invoke(app, ["data", "remove", "ZQ", "--start", "2015-08-20",
                              "--end", "2015-08-20"])
    assert res.exit_code == 0, res.output
    assert "removed 2 rows" in res.stdout
    assert futures_rows(fresh_home) == (n0, last0)
    with duckdb.connect(str(fresh_home / "capscope.duckdb"), read_only=True) as con:
        rows, first = con.execute("SELECT rows, first_date FROM series_meta WHERE symbol = 'ZQ'"
                                  ).fetchone()
    assert rows == n0 and str(first) == "2024-07-31"
    with duckdb.connect(str(fresh_home / "capscope.duckdb"), read_only=True) as con:
        notes = con.execute("SELECT warnings FROM series_meta WHERE symbol = 'ZQ'").fetchone()[0]
    assert "removed 2 rows dated 2015-08-20 to 2015-08-20" in notes  # provenance says so
    # nothing left to remove: one line, exit 2
    again = runner.invoke(app, ["data", "remove", "ZQ", "--start", "2015-08-20",
                                "--end", "2015-08-20"])
    assert again.exit_code == 2 and len(lines(again.stderr)) == 1


def test_data_remove_series_rows_and_whole_imported_symbols(fresh_home, tmp_path):
    csv = tmp_path / "my.csv"
    csv.write_text("Date,Close\n2024-07-15,10\n2024-07-16,11\n2024-07-17,12\n")
    assert runner.invoke(app, ["data", "import", str(csv), "--symbol", "MYIDX",
                               "--kind", "index"]).exit_code == 0
    res = runner.invoke(app, ["data", "remove", "MYIDX", "--start", "2024-07-17"])
    assert res.exit_code == 0, res.output
    with duckdb.connect(str(fresh_home / "capscope.duckdb"), read_only=True) as con:
        assert con.execute("SELECT COUNT(*), MAX(date) FROM bars WHERE symbol = 'MYIDX'"
                           ).fetchone() == (2, __import__("datetime").date(2024, 7, 16))
        assert con.execute("SELECT rows FROM series_meta WHERE symbol = 'MYIDX'").fetchone() == (2,)
    assert runner.invoke(app, ["data", "remove", "MYIDX"]).exit_code == 0
    with duckdb.connect(str(fresh_home / "capscope.duckdb"), read_only=True) as con:
        assert con.execute("SELECT COUNT(*) FROM bars WHERE symbol = 'MYIDX'").fetchone() == (0,)
        assert con.execute("SELECT COUNT(*) FROM series_meta WHERE symbol = 'MYIDX'"
                           ).fetchone() == (0,)


def test_data_remove_refuses_emptying_a_built_in_series(fresh_home):
    with duckdb.connect(str(fresh_home / "capscope.duckdb"), read_only=True) as con:
        before = con.execute("SELECT COUNT(*) FROM bars WHERE symbol = 'RUT'").fetchone()
    res = runner.invoke(app, ["data", "remove", "RUT"])
    assert res.exit_code == 2 and len(lines(res.stderr)) == 1
    assert "--start" in res.stderr
    with duckdb.connect(str(fresh_home / "capscope.duckdb"), read_only=True) as con:
        assert con.execute("SELECT COUNT(*) FROM bars WHERE symbol = 'RUT'").fetchone() == before


def test_a_bad_asof_is_refused_before_the_futures_are_stored(fresh_home, tmp_path):
    before = futures_rows(fresh_home)
    csv = tmp_path / "zq2015.csv"
    csv.write_text("date,contract,close\n2015-08-20,ZQQ15,99.8675\n2015-08-20,ZQU15,99.805\n")
    res = runner.invoke(app, ["fedwatch", "--futures", str(csv), "--asof", "2300-01-01"])
    assert res.exit_code == 2
    assert len(lines(res.stderr)) == 1 and "2300-01-01" in res.stderr
    assert futures_rows(fresh_home) == before
