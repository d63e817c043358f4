"""The move / streaks / outperformance commands: takeaway, JSON, one-line errors and exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_move_takeaway(store):
    res = run("move", "Russell 2000", "--on", "2024-07-16")
    assert res.exit_code == 0, res.output
    first = res.stdout.splitlines()[0]
    assert first.startswith("RUT +3.50% to 2,263.67 on 2024-07-16: highest close since 2022-01-04")


def test_move_json(store):
    res = run("move", "IWM", "--json")
    assert res.exit_code == 0
    d = json.loads(res.stdout)
    assert d["record_date"] == "2026-08-14" and d["record_close"] == pytest.approx(305.09)


def test_move_weekend_note_goes_to_stderr(store):
    res = run("move", "RUT", "--on", "2024-07-13")
    assert res.exit_code == 0
    assert "2024-07-12" in res.stdout.splitlines()[0]
    assert "Saturday" in res.stderr


@pytest.mark.parametrize("args", [
    ("move", "RUT", "--on", "1980-01-01"),
    ("move", "NOPE"),
    ("move", "RUT", "--on", "yesterday-ish"),
    ("streaks", "RUT", "--days", "0", "--min", "1"),
    ("streaks", "RUT", "--days", "3", "--min", "-2"),
    ("streaks", "RUT", "--days", "3", "--since", "2099"),
    ("outperformance", "RUT", "SPX", "--days", "5", "--top", "0"),
])
def test_bad_input_is_one_line_exit_2(store, args):
    res = run(*args)
    assert res.exit_code == 2, res.output
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("capscope: ")
    assert "Traceback" not in res.output


def test_streaks_text_and_json(store):
    res = run("streaks", "RUT", "--days", "5", "--min", "1")
    assert res.exit_code == 0, res.output
    assert "5 episodes" in res.stdout and "2024-07-10" in res.stdout
    js = run("streaks", "RUT", "--days", "5", "--min", "1", "--json")
    d = json.loads(js.stdout)
    assert d["n_episodes"] == 5 and d["latest"]["end"] == "2024-07-16"
    assert [row["horizon"] for row in d["forward"]] == ["1W", "1M", "3M", "6M", "1Y"]
    assert all(row["n"] == 5 for row in d["forward"])


def test_streaks_relative(store):
    res = run("streaks", "IWM", "--days", "4", "--min", "0.5", "--relative-to", "SPY", "--json")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["relative_to"] == "SPY"


def test_outperformance_table(store):
    res = run("outperformance", "IWM", "SPY", "--days", "5", "--top", "3")
    assert res.exit_code == 0, res.output
    assert "2024-07-10" in res.stdout and "+10.14" in res.stdout
