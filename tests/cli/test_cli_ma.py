"""The ``ma`` command: takeaway first, the table, JSON equal to the statistic, one-line errors.

Numbers read off the bundled rows (see tests/stats/test_moving_average.py): SPX closed at
5,614.56 on 2025-03-10, below its 200-day average 5,734.63 for the first session (2025-03-07:
5,770.20 above 5,733.10); the previous cross below was 2023-10-25.
"""

from __future__ import annotations

import json
import shlex

import pandas as pd
import pytest
from typer.testing import CliRunner

import capscope
from capscope.cli import app

runner = CliRunner()


def run(args: str):
    return runner.invoke(app, shlex.split(args))


def test_takeaway_and_table(store, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    res = run("ma SPX --on 2025-03-10")
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0] == ("SPX 5,614.56 on 2025-03-10 is 2.1% below its 200-day average 5,734.63 "
                        "(below since 2025-03-10, 1 session).")
    text = " ".join(res.stdout.split())
    assert "crossed today yes previous close 5,770.20 vs average 5,733.10" in text
    assert "previous cross below 2023-10-25" in text
    assert "200 sessions from 2024-05-21" in text
    assert max(len(ln) for ln in lines) <= 120


def test_json_is_the_statistic_and_matches_pandas(store):
    res = run("ma RUT --window 50 --on 2024-07-16 --json")
    assert res.exit_code == 0, res.stderr
    d = json.loads(res.stdout)
    s = capscope.series("RUT")[:"2024-07-16"]
    avg = s.iloc[-50:].mean()
    assert d["average"] == pytest.approx(avg, rel=1e-12)
    assert d["pct_from_average"] == pytest.approx((s.iloc[-1] / avg - 1) * 100)
    assert d["above"] is True and d["window"] == 50 and d["unit"] == "day"
    assert d["session"] == "2024-07-16" and d["takeaway"].startswith("RUT 2,263.67 on 2024-07-16")
    assert d["evidence"]["window_from"] == s.index[-50].date().isoformat()


def test_weekly_unit(store):
    res = run("ma RUT --window 40 --unit week --on 2024-07-16 --json")
    assert res.exit_code == 0, res.stderr
    d = json.loads(res.stdout)
    weekly = capscope.series("RUT")[:"2024-07-16"].resample("W-SUN").last().dropna()
    assert d["average"] == pytest.approx(weekly.iloc[-40:].mean(), rel=1e-12)
    assert "40-week average" in d["takeaway"]


def test_weekend_says_so(store):
    res = run("ma RUT --on 2024-07-13")
    assert res.exit_code == 0
    assert "2024-07-12" in res.stdout and "Saturday" in res.stderr
    assert pd.Timestamp("2024-07-12").date().isoformat() in res.stdout.splitlines()[0]


@pytest.mark.parametrize(("args", "word"), [
    ("ma RUT --window 0", "window 0"),
    ("ma RUT --window -3", "window -3"),
    ("ma RUT --window abc", "--window"),
    ("ma RUT --unit year", "unit 'year'"),
    ("ma RUT --on 1980-01-02", "before"),
    ("ma RUT --on 1987-12-01", "1988-06-23"),
    ("ma RUT --on 2024-13-01", "date"),
    ("ma DFF", "not a price series"),
    ("ma NOSUCH", "NOSUCH"),
    ("ma RUT --field adj_close", "adj_close"),
])
def test_bad_input_is_one_line_exit_2(store, args, word):
    res = run(args)
    assert res.exit_code == 2, (res.exit_code, res.stderr, res.stdout[:200])
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("capscope: "), res.stderr
    assert word.lower() in lines[0].lower() and lines[0].endswith(")"), lines[0]
