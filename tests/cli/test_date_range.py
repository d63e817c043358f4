"""Issue 15, finding 2: dates pandas cannot hold in nanoseconds (after 2262-04-11, before
1677-09-21) get one line and exit 2 from every command and are refused by an import, instead of
"internal error" (the API side is tests/web/test_web_dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()

COMMANDS = [
    ["move", "RUT", "--on"],
    ["returns", "RUT", "--on"],
    ["streaks", "RUT", "--days", "3", "--on"],
    ["levels", "RUT", "--on"],
    ["ma", "RUT", "--on"],
    ["sectors", "--on"],
    ["months", "RUT", "--on"],
    ["data", "show", "RUT", "--start"],
    ["data", "show", "RUT", "--end"],
    ["fedwatch", "--asof"],
]
FAR = ["2263-01-01", "9999-12-31", "1677-09-20", "1600-01-01", "0001-01-01"]


def one_line(result) -> str:
    err = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(err) == 1, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    return err[0]


@pytest.mark.parametrize("day", FAR)
@pytest.mark.parametrize("cmd", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_far_dates_are_bad_input_in_every_command(store, cmd, day):
    res = runner.invoke(app, [*cmd, day])
    assert res.exit_code == 2, res.output
    line = one_line(res)
    assert day in line and "1700-01-01 to 2200-12-31" in line


def test_check_published_far_date(store, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The Russell 2000 rose 1.5% on Tuesday.")
    res = runner.invoke(app, ["check", str(article), "--published", "2300-01-01"])
    assert res.exit_code == 2
    assert "2300-01-01" in one_line(res)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_any_date_is_an_answer_or_one_line(store, day):
    res = runner.invoke(app, ["move", "RUT", "--on", day.isoformat()])
    assert res.exit_code in (0, 2), res.output
    if res.exit_code == 2:
        one_line(res)


def test_import_refuses_rows_outside_the_range(fresh_home, tmp_path):
    csv = tmp_path / "far.csv"
    csv.write_text("Date,Close\n2024-07-15,10\n2300-01-03,11\n")
    res = runner.invoke(app, ["data", "import", str(csv), "--symbol", "FARX", "--kind", "index"])
    assert res.exit_code == 2
    line = one_line(res)
    assert "row 2" in line and "2300-01-03" in line
    assert runner.invoke(app, ["data", "show", "FARX"]).exit_code == 2  # nothing was stored


@pytest.mark.parametrize("since", ["1600", "2300-01-01"])
def test_streaks_since_outside_the_range(store, since):
    res = runner.invoke(app, ["streaks", "RUT", "--days", "3", "--since", since])
    assert res.exit_code == 2
    assert "1700-01-01 to 2200-12-31" in one_line(res)
