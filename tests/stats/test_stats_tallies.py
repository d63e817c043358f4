"""capscope.stats.tallies against a brute-force count over the stored rows, and the command.

The reference walks the closes one by one: a session's change against the close before; a week
ends on its Friday (the calendar Friday on or after each date), and its close is its last row.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import capscope
from capscope.cli import app
from capscope.errors import BadInput
from capscope.stats.tallies import tally


def _reference(symbol: str, periods: int, unit: str, on: str) -> tuple[int, int]:
    closes = capscope.series(symbol).dropna().loc[:on]
    rows = list(zip(closes.index, closes.to_numpy(), strict=True))
    if unit == "week":
        last: dict[dt.date, float] = {}
        for day, close in rows:
            friday = day.date() + dt.timedelta(days=(4 - day.weekday()) % 7)
            last[friday] = close  # rows are in order: the last one of the week stays
        values = [last[k] for k in sorted(last)]
    else:
        values = [close for _, close in rows]
    tail = values[-(periods + 1):]
    ups = sum(1 for a, b in zip(tail, tail[1:], strict=False) if b > a)
    downs = sum(1 for a, b in zip(tail, tail[1:], strict=False) if b < a)
    return ups, downs


def test_a_worked_example() -> None:
    # DJI closes 2023-05-25 .. 2023-06-02: +1.00, -0.15, -0.41, +0.47, +2.12 (%): 3 up, 2 down
    r = tally("DJI", 5, "session", "2023-06-02")
    assert (r.ups, r.downs) == (3, 2)
    assert [d for d, _ in r.changes] == ["2023-05-26", "2023-05-30", "2023-05-31", "2023-06-01", "2023-06-02"]


@settings(max_examples=40, deadline=None)
@given(day=st.dates(dt.date(1995, 1, 1), dt.date(2026, 6, 30)), periods=st.integers(1, 30),
       unit=st.sampled_from(["session", "week"]), symbol=st.sampled_from(["DJI", "SPX", "RUT"]))
def test_the_tally_is_the_brute_force_count(day: dt.date, periods: int, unit: str, symbol: str) -> None:
    r = tally(symbol, periods, unit, day.isoformat())
    assert (r.ups, r.downs) == _reference(symbol, periods, unit, day.isoformat())
    assert len(r.changes) == periods


def test_a_week_in_progress_is_said() -> None:
    assert tally("DJI", 8, "week", "2023-06-28").last_in_progress  # a Wednesday
    assert not tally("DJI", 8, "week", "2023-06-30").last_in_progress  # its Friday


@pytest.mark.parametrize(("periods", "unit"), [(0, "session"), (501, "week"), (5, "year")])
def test_bad_input_is_refused(periods: int, unit: str) -> None:
    with pytest.raises(BadInput):
        tally("DJI", periods, unit)


def test_the_command(store) -> None:  # noqa: ANN001 - the conftest fixture
    runner = CliRunner()
    res = runner.invoke(app, ["tally", "DJI", "-n", "5", "--on", "2023-06-02", "--json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert (d["ups"], d["downs"]) == (3, 2)
    assert d["takeaway"].startswith("DJI rose in 3 and fell in 2 of the 5 sessions to 2023-06-02")
    bad = runner.invoke(app, ["tally", "DJI", "-n", "0"])
    assert bad.exit_code == 2
    assert len(bad.output.strip().splitlines()) == 1 and "1-500" in bad.output


def test_a_date_after_the_data_follows_the_as_of_rule() -> None:
    from capscope.errors import DataUnavailable

    last = capscope.series("RUT").dropna().index[-1]
    next_session = capscope.sessions(last + dt.timedelta(days=1), last + dt.timedelta(days=10))[0]
    near = tally("RUT", 5, "session", next_session.date().isoformat())
    assert near.asof == last and any(str(last.date()) in w for w in near.warnings)  # the last row stands in, said
    with pytest.raises(DataUnavailable):
        tally("RUT", 5, "session", (last + dt.timedelta(days=400)).date().isoformat())
