"""`capscope data import`: malformed files exit 2 with one line and leave the store unchanged;
good files are stored, merged and read back."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()

GOOD = ("Date,Open,High,Low,Close,Adj Close,Volume\n"
        "2024-07-15,10,11,9,10.5,10.4,100\n"
        "2024-07-16,10.5,11.5,10,11,10.9,200\n"
        "2024-07-17,11,12,10.5,11.5,11.4,300\n")


def store_fingerprint(home) -> tuple:
    """Row counts and an order-independent checksum of bars and series_meta."""
    with duckdb.connect(str(home / "capscope.duckdb"), read_only=True) as con:
        bars = con.execute("SELECT COUNT(*), SUM(hash(symbol, date, open, high, low, close, "
                           "adj_close, volume)) FROM bars").fetchone()
        meta = con.execute("SELECT COUNT(*), SUM(hash(symbol, kind, name, source, first_date, "
                           "last_date, rows, updated_at, warnings)) FROM series_meta").fetchone()
    return bars, meta


def run(*args):
    return runner.invoke(app, ["data", *map(str, args)])


def one_line(result) -> str:
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


MALFORMED = {
    "wrong_columns.csv": (b"when,level\n2024-07-15,1\n", "no date column"),
    "no_value_column.csv": (b"Date,Comment\n2024-07-15,hello\n2024-07-16,x\n",
                            "no price or value column"),
    "duplicate_dates.csv": (b"Date,Close\n2024-07-15,1\n2024-07-16,2\n2024-07-16,3\n",
                            "1 duplicate date (2024-07-16)"),
    "text_in_numbers.csv": (b"Date,Close\n2024-07-15,1\n2024-07-16,one\n",
                            "column 'close' row 2 (2024-07-16) holds 'one'"),
    "empty.csv": (b"", "the file is empty"),
    "blank_lines.csv": (b"\n\n  \n", "the file is empty"),
    "header_only.csv": (b"Date,Close\n", "header but no data rows"),
    "binary.csv": (bytes(range(256)) * 8, "a binary file, not CSV text"),
    "latin1.csv": ("Date,Close,Note\n2024-07-15,1,Soci\u00e9t\u00e9\n".encode("latin-1"),
                   "not UTF-8 text (byte 0xe9 on line 2"),
    "utf16.csv": ("Date,Close\n2024-07-15,1\n".encode("utf-16"), "UTF-16 text, not UTF-8"),
    "bad_date.csv": (b"Date,Close\n07/15/2024,1\n", "row 1 has date '07/15/2024', not a date"),
    "weekend.csv": (b"Date,Close\n2024-07-12,1\n2024-07-13,1\n", "1 row on a weekend (2024-07-13)"),
    "ohlc.csv": (b"Date,Open,High,Low,Close\n2024-07-15,10,9.5,9,9.8\n",
                 "OHLC rules broken on 1 row (first 2024-07-15: high below open"),
    "negative.csv": (b"Date,Close\n2024-07-15,5\n2024-07-16,-5\n", "1 non-positive close"),
    "ragged.csv": (b"Date,Close\n2024-07-15,1\n2024-07-16,1,2,3\n", "malformed CSV"),
    "two_closes.csv": (b"Date,Close,Price\n2024-07-15,1,1\n", "both mean close"),
    "bad.gz": (b"\x1f\x8b\x08\x00garbage", "not a readable gzip file"),
    "bad.parquet": (b"PAR1 this is not parquet", "not a readable Parquet file"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_file_exits_2_with_one_line_and_store_unchanged(fresh_home, name):
    content, expected = MALFORMED[name]
    path = fresh_home / name
    path.write_bytes(content)
    before = store_fingerprint(fresh_home)
    result = run("import", path, "--symbol", "RUT")
    assert result.exit_code == 2, result.output
    line = one_line(result)
    assert line.startswith("capscope: ") and expected in line, line
    assert "store was not changed" in line
    assert store_fingerprint(fresh_home) == before


def test_directory_and_missing_file_are_bad_input(fresh_home):
    before = store_fingerprint(fresh_home)
    r = run("import", fresh_home, "--symbol", "RUT")
    assert r.exit_code == 2 and "is a directory, not a file" in one_line(r)
    r = run("import", fresh_home / "nope.csv", "--symbol", "RUT")
    assert r.exit_code == 2 and "no such file" in one_line(r)
    assert store_fingerprint(fresh_home) == before


def test_symbol_and_kind_errors(fresh_home):
    path = fresh_home / "good.csv"
    path.write_text(GOOD)
    r = run("import", path, "--symbol", "NEWIMPORTA")
    assert r.exit_code == 2 and "needs its kind" in one_line(r)
    r = run("import", path, "--symbol", "RUT", "--kind", "etf")
    assert r.exit_code == 2 and "RUT is a index, not a etf" in one_line(r)
    r = run("import", path, "--symbol", "ZQ")
    assert r.exit_code == 2 and "futures table" in one_line(r)
    r = run("import", path, "--symbol", "X Y!", "--kind", "index")
    assert r.exit_code == 2 and "not a usable symbol" in one_line(r)
    r = run("import", path, "--symbol", "NEWIMPORTB", "--kind", "bond")
    assert r.exit_code == 2 and "unknown kind" in one_line(r)


def test_new_symbol_is_stored_registered_and_readable_in_a_new_process(fresh_home):
    path = fresh_home / "mine.csv"
    path.write_text(GOOD)
    r = run("import", path, "--symbol", "myfund", "--kind", "etf", "--name", "My fund")
    assert r.exit_code == 0, r.output
    assert "imported 3 rows into MYFUND (etf, new symbol)" in r.output
    # A new process knows nothing but the store: it must find the symbol there.
    code = ("import capscope; s = capscope.series('MYFUND'); "
            "a = capscope.series('myfund', field='adj_close'); "
            "print(s.index[0].date(), s.iloc[-1], a.iloc[0], len(s))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "CAPSCOPE_HOME": str(fresh_home)}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["2024-07-15", "11.5", "10.4", "3"]
    r = run("list", "--json")
    row = next(m for m in __import__("json").loads(r.output) if m["symbol"] == "MYFUND")
    assert (row["kind"], row["name"], row["rows"], row["source"]) == ("etf", "My fund", 3,
                                                                      "file mine.csv")


def test_rate_file_in_fred_layout_with_missing_markers(fresh_home):
    # FRED's graph CSV: the value column is named after the series, "." marks a missing day.
    path = fresh_home / "DGS5.csv"
    path.write_text("observation_date,DGS5\n2024-07-01,4.33\n2024-07-02,4.30\n"
                    "2024-07-03,4.24\n2024-07-04,.\n2024-07-05,4.13\n")
    r = run("import", path, "--symbol", "DGS5", "--kind", "rate", "--json")
    assert r.exit_code == 0, r.output
    payload = __import__("json").loads(r.output)
    assert payload["rows_read"] == 4
    assert "1 rows without any value were skipped (2024-07-04)" in payload["warnings"]
    import capscope

    s = capscope.series("DGS5")
    assert list(s.round(2)) == [4.33, 4.30, 4.24, 4.13]


def test_parquet_and_gzip_imports_match_the_csv(fresh_home):
    frame = pd.read_csv(pd.io.common.StringIO(GOOD))
    pq = fresh_home / "a.parquet"
    frame.to_parquet(pq)
    gz = fresh_home / "a.csv.gz"
    gz.write_bytes(gzip.compress(GOOD.encode()))
    for sym, path in (("PQFUND", pq), ("GZFUND", gz)):
        r = run("import", path, "--symbol", sym, "--kind", "etf")
        assert r.exit_code == 0, r.output
    import capscope

    assert capscope.series("PQFUND").equals(capscope.series("GZFUND").rename("PQFUND"))
    assert list(capscope.bars("GZFUND")["volume"]) == [100.0, 200.0, 300.0]


def test_reverse_order_file_is_sorted_with_a_note(fresh_home):
    path = fresh_home / "rev.csv"
    lines = GOOD.strip().splitlines()
    path.write_text("\n".join([lines[0], *reversed(lines[1:])]) + "\n")
    r = run("import", path, "--symbol", "REVFUND", "--kind", "etf")
    assert r.exit_code == 0 and "rows were not in date order; they were sorted" in r.output
    import capscope

    assert list(capscope.series("REVFUND")) == [10.5, 11.0, 11.5]


def test_merge_into_a_builtin_checks_the_overlap(fresh_home):
    """Rows that continue RUT merge; rows that contradict it are refused, store unchanged."""
    import capscope

    rut = capscope.bars("RUT", "2026-08-17", "2026-08-21")
    good = fresh_home / "rut.csv"
    rut.reset_index().to_csv(good, index=False)
    r = run("import", good, "--symbol", "Russell 2000")
    assert r.exit_code == 0, r.output
    assert "stored 1987-09-10..2026-08-21, 9,811 rows" in r.output  # same rows, same count
    bad = rut.copy()
    bad.loc["2026-08-18", "close"] *= 1.01  # a different series: 1% off on a middle day
    path = fresh_home / "rut_bad.csv"
    bad.reset_index().to_csv(path, index=False)
    before = store_fingerprint(fresh_home)
    r = run("import", path, "--symbol", "RUT")
    assert r.exit_code == 2
    line = one_line(r)
    # RUT closed at 3017.89 on 2026-08-18 (read off the snapshot); the file says 1% more.
    assert "incoming close 3048.07 on 2026-08-18 disagrees with the stored 3017.89" in line
    assert store_fingerprint(fresh_home) == before


def test_replace_overwrites_all_rows(fresh_home):
    path = fresh_home / "x.csv"
    path.write_text(GOOD)
    assert run("import", path, "--symbol", "REPLFUND", "--kind", "etf").exit_code == 0
    path.write_text("Date,Close\n2024-08-01,20\n2024-08-02,21\n")
    r = run("import", path, "--symbol", "REPLFUND", "--replace")
    assert r.exit_code == 0, r.output
    import capscope

    assert list(capscope.series("REPLFUND")) == [20.0, 21.0]
    assert capscope.bars("REPLFUND")["adj_close"].isna().all()


def test_huge_files_are_refused_quickly_without_reading_them(fresh_home, monkeypatch):
    import time

    from capscope.data import ingest

    big = fresh_home / "big.csv"
    with big.open("wb") as fh:  # sparse: 80 MB on paper, nothing on disk
        fh.truncate(80 * 2**20)
    bomb = fresh_home / "bomb.csv.gz"
    bomb.write_bytes(gzip.compress(b"Date,Close\n" + b"2024-07-15,1\n" * (6 * 2**20)))
    before = store_fingerprint(fresh_home)
    t0 = time.perf_counter()
    r = run("import", big, "--symbol", "RUT")
    assert r.exit_code == 2 and "file is 80 MB" in one_line(r)
    r = run("import", bomb, "--symbol", "RUT")
    assert r.exit_code == 2 and "decompresses to more than 64 MB" in one_line(r)
    assert time.perf_counter() - t0 < 5
    monkeypatch.setattr(ingest, "MAX_ROWS", 1000)
    rows = fresh_home / "rows.csv"
    rows.write_text("Date,Close\n" + "".join(f"{d.date()},1\n" for d in
                                             pd.bdate_range("2000-01-03", periods=1500)))
    r = run("import", rows, "--symbol", "RUT")
    assert r.exit_code == 2 and "more than 1,000 rows" in one_line(r)
    assert store_fingerprint(fresh_home) == before


def test_parquet_with_a_tz_aware_index_keeps_the_exchange_day(fresh_home):
    # yfinance stamps daily bars at midnight New York time: the stored date is that day.
    idx = pd.DatetimeIndex(["2024-07-15", "2024-07-16"]).tz_localize("America/New_York")
    f = pd.DataFrame({"Close": [10.0, 11.0], "Adj Close": [9.9, 10.9]}, index=idx)
    f.index.name = "Date"
    path = fresh_home / "tz.parquet"
    f.to_parquet(path)
    r = run("import", path, "--symbol", "TZFUND", "--kind", "etf")
    assert r.exit_code == 0, r.output
    import capscope

    s = capscope.series("TZFUND")
    assert [d.date().isoformat() for d in s.index] == ["2024-07-15", "2024-07-16"]


def test_etf_row_on_an_nyse_holiday_is_refused(fresh_home):
    path = fresh_home / "hol.csv"
    path.write_text("Date,Close\n2024-07-03,1\n2024-07-04,1\n2024-07-05,1\n")
    r = run("import", path, "--symbol", "HOLFUND", "--kind", "etf")
    assert r.exit_code == 2
    assert "1 row on NYSE holidays or closures (2024-07-04); an ETF cannot trade then" in one_line(r)
