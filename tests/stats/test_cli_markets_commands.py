"""returns / months / levels / sectors / valuation commands: takeaway, JSON, one-line errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def flat(text: str) -> str:
    """Output with the terminal's line wrapping undone."""
    return " ".join(text.split())


def test_returns_takeaway_and_json(store):
    res = run("returns", "RUT", "--window", "2024-07")
    assert res.exit_code == 0, res.output
    assert flat(res.stdout).startswith("RUT price return +10.10% over 2024-07 "
                                       "(2024-06-28 close 2,047.69")
    res = run("returns", "RUT", "--vs", "SPX", "-w", "2024-07", "--json")
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    # closes read off the rows: RUT 2047.6899 -> 2254.48, SPX 5460.48 -> 5522.30
    rut, spx = (2254.48 / 2047.6899 - 1) * 100, (5522.30 / 5460.48 - 1) * 100
    assert d["comparison"]["difference_pp"] == pytest.approx(rut - spx)
    assert d["comparison"]["ratio"] == pytest.approx(rut / spx)
    assert d["relative_strength"]["start"] == "2024-06-28"
    assert "line" not in d["relative_strength"]
    assert d["takeaway"].startswith("RUT +10.10% beat SPX +1.13% by 8.97 pp")


def test_total_return_flag(store):
    res = run("returns", "IWM", "--total", "-w", "2024", "--json")
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["basis"] == "total" and d["provenance"]["field"] == "adj_close"
    assert d["return_pct"] == pytest.approx((217.5973 / 195.3574 - 1) * 100)


def test_months_and_weekly(store):
    res = run("months", "RUT", "--on", "2021-06-30")
    assert res.exit_code == 0, res.output
    assert flat(res.stdout).startswith("RUT: 9 months gaining in a row, +53.25%; the "
                                       "longest since the data begins")
    res = run("months", "SPX", "--weekly", "--on", "2024-07-12", "--json")
    d = json.loads(res.stdout)
    assert d["current"]["length"] == 2 and d["frequency"] == "weekly"
    res = run("months", "RUT", "--on", "2021-06-15")
    assert "counting the month in progress" in flat(res.stdout) and "in progress" in res.stderr


def test_levels_with_zone_and_breakout(store):
    res = run("levels", "DJI", "--lookback", "1Y", "--on", "2024-07-17", "--breakout", "40000",
              "--zone", "39800:40100")
    assert res.exit_code == 0, res.output
    assert "has closed above 40000 since 2024-07-12" in flat(res.stdout)
    assert "before that it last closed above 40000 on 2024-05-17" in flat(res.stdout)
    res = run("levels", "IWM", "--zone", "240:245", "--on", "2025-09-30", "--json")
    d = json.loads(res.stdout)
    assert d["zone_check"]["position"] == "inside" and d["levels"]["zones"]


def test_sectors_names_missing_funds(store):
    res = run("sectors", "--on", "2025-12-31")
    assert res.exit_code == 0, res.output
    assert "9 of 11 funds computed" in flat(res.stdout)
    assert "XLI, XLP" in flat(res.stderr)
    d = json.loads(run("sectors", "--on", "2025-12-31", "--json").stdout)
    assert set(d["unavailable"]) == {"XLI", "XLP"} and len(d["rows"]) == 9


def test_valuation_command(tmp_path):
    p = tmp_path / "pe.csv"
    p.write_text("date,value\n2020-01-31,14\n2020-02-29,16\n2020-03-31,12\n2020-04-30,15\n"
                 "2020-05-31,13\n")
    res = run("valuation", str(p))
    assert res.exit_code == 0, res.output
    assert flat(res.stdout).startswith("value 13 on 2020-05-31: percentile 40.0, z-score "
                                       "-0.63; the lowest since 2020-03-31.")
    d = json.loads(run("valuation", str(p), "--json").stdout)
    assert d["percentile"] == pytest.approx(40.0)


@pytest.mark.parametrize("args", [
    ("returns", "NOPE"),
    ("returns", "RUT", "-w", "0M"),
    ("returns", "RUT", "--on", "2024-02-30"),
    ("returns", "RUT", "--total"),
    ("returns", "RUT", "--on", "1980-01-02"),
    ("months", "RUT", "-k", "0"),
    ("levels", "IWM", "--zone", "245-240"),
    ("levels", "IWM", "--zone", "245:240"),
    ("levels", "IWM", "--breakout", "-5"),
    ("sectors", "-w", "abc"),
    ("valuation", "/nonexistent/file.csv"),
])
def test_bad_input_is_one_line_exit_2(store, args):
    res = run(*args)
    assert res.exit_code == 2, res.output
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("capscope: ")
    assert "Traceback" not in res.output
