"""``--on`` after a symbol's last row, from the command line: every command follows one rule.

``returns``, ``months``, ``levels`` and ``sectors`` answer a date one to three sessions after the
last row with the last row's figures and a note naming it (exit 0); four sessions after it, and
any date after it for ``move``, ``streaks`` and ``ma``, get the same one-line refusal (exit 2).
The last row is read off the bundled data, never written in.
"""

from __future__ import annotations

import json
import shlex

import pandas as pd
import pytest
from typer.testing import CliRunner

import capscope
from capscope.cli import app
from capscope.data.calendar import sessions

runner = CliRunner()

# command (without --on), the symbol whose last row bounds it, the owner the messages name
WINDOW_COMMANDS = [("returns RUT", "RUT", "RUT"), ("returns RUT --vs SPX", "RUT", "RUT and SPX"),
                   ("months RUT", "RUT", "RUT"), ("levels RUT", "RUT", "RUT"),
                   ("sectors", "SPY", "the sector funds")]
SESSION_COMMANDS = [("move RUT", "RUT", "RUT"), ("streaks RUT --days 3", "RUT", "RUT"),
                    ("ma SPX", "SPX", "SPX")]


def _after(symbol: str, n: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The symbol's last row and the ``n``-th NYSE session after it."""
    last = capscope.bars(symbol).index[-1]
    return last, sessions(last + pd.Timedelta(days=1), last + pd.Timedelta(days=40))[n - 1]


def _run(args: str):
    return runner.invoke(app, shlex.split(args))


def _refused_in_one_line(res, owner: str, last: pd.Timestamp, day: pd.Timestamp) -> None:
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    whose = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
    assert len(lines) == 1
    assert f"{day.date()} is after {whose} last data row for close, {last.date()}" in lines[0]


@pytest.mark.parametrize(("cmd", "sym", "owner"), WINDOW_COMMANDS,
                         ids=[c[0] for c in WINDOW_COMMANDS])
@pytest.mark.parametrize("n", [1, 3])
def test_window_command_answers_with_a_note(store, cmd, sym, owner, n):
    last, day = _after(sym, n)
    res = _run(f"{cmd} --on {day.date()} --json")
    assert res.exit_code == 0, res.stderr
    expected = (f"{owner} close data end {last.date()}: figures as of that close, not "
                f"{day.date()}; update the data for later dates")
    assert expected in res.stdout
    at_last = json.loads(_run(f"{cmd} --on {last.date()} --json").stdout)
    # the figures are the last row's: the same window end as a run on the last row itself
    body = json.loads(res.stdout)
    pick = (lambda d: d["comparison"]["a"]) if "comparison" in body else (
        (lambda d: d["levels"]) if "levels" in body else (lambda d: d))
    for key in ("end", "return_pct", "asof", "last_close", "current"):
        if key in pick(at_last):
            assert pick(body)[key] == pick(at_last)[key]


@pytest.mark.parametrize(("cmd", "sym", "owner"), WINDOW_COMMANDS,
                         ids=[c[0] for c in WINDOW_COMMANDS])
def test_window_command_refuses_four_sessions_after(store, cmd, sym, owner):
    last, day = _after(sym, 4)
    _refused_in_one_line(_run(f"{cmd} --on {day.date()}"), owner, last, day)


@pytest.mark.parametrize(("cmd", "sym", "owner"), SESSION_COMMANDS,
                         ids=[c[0] for c in SESSION_COMMANDS])
@pytest.mark.parametrize("n", [1, 3, 4])
def test_session_command_refuses_any_date_after(store, cmd, sym, owner, n):
    last, day = _after(sym, n)
    _refused_in_one_line(_run(f"{cmd} --on {day.date()}"), owner, last, day)


@pytest.mark.parametrize(("cmd", "sym", "owner"), WINDOW_COMMANDS + SESSION_COMMANDS,
                         ids=[c[0] for c in WINDOW_COMMANDS + SESSION_COMMANDS])
def test_before_the_data_is_refused(store, cmd, sym, owner):
    first = capscope.bars(sym).index[0]
    res = _run(f"{cmd} --on {(first - pd.Timedelta(days=400)).date()}")
    assert res.exit_code == 2
    assert len(res.stderr.strip().splitlines()) == 1
