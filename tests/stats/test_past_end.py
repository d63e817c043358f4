"""An ``on`` date after a symbol's last row: one rule for every statistic.

Window statistics (returns, return comparisons, months, levels, sectors) answer a date up to
three sessions after the last row with the last row's figures and a warning naming it; four
sessions after it they refuse in one line. Statistics about the date's own session (move,
streaks, moving averages) refuse every date after the last row, in the same words. The last
row is read off the bundled data in each test, never written in.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest

import capscope
from capscope.data.calendar import sessions
from capscope.errors import DataUnavailable
from capscope.stats.calendar_streaks import calendar_streaks
from capscope.stats.levels import levels, moving_average
from capscope.stats.moves import move
from capscope.stats.returns import compare_returns, period_return
from capscope.stats.sectors import sector_table
from capscope.stats.streaks import streak_study


def _last(symbol: str) -> pd.Timestamp:
    return capscope.bars(symbol).index[-1]


def _sessions_after(last: pd.Timestamp, n: int) -> pd.Timestamp:
    """The ``n``-th NYSE session after ``last`` (the bundled calendar reaches past the data)."""
    after = sessions(last + pd.Timedelta(days=1), last + pd.Timedelta(days=3 * n + 10))
    day = after[n - 1]
    assert day.weekday() < 5 and len(after[:n]) == n
    return day


def _warning(owner: str, last: pd.Timestamp, day: pd.Timestamp) -> str:
    return (f"{owner} close data end {last.date()}: figures as of that close, not {day.date()}; "
            "update the data for later dates")


def _refusal(owner: str, last: pd.Timestamp, day: pd.Timestamp) -> str:
    whose = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
    return f"{day.date()} is after {whose} last data row for close, {last.date()}"


def _figures(result: object) -> object:
    """The result without its warnings and the evidence and takeaway that repeat the asked
    date, at every depth (a comparison holds two returns)."""
    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items()
                    if k not in ("warnings", "evidence", "takeaway")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    return strip(result.to_dict())


# name, owner in the messages, the symbol whose last row bounds it, the statistic on a date
WINDOW_STATS: list[tuple[str, str, str, Callable[[object], object]]] = [
    ("returns", "RUT", "RUT", lambda on: period_return("RUT", "1M", on=on)),
    ("returns --vs", "RUT and SPX", "RUT", lambda on: compare_returns("RUT", "SPX", "3M", on=on)),
    ("months", "RUT", "RUT", lambda on: calendar_streaks("RUT", on=on)),
    ("levels", "RUT", "RUT", lambda on: levels("RUT", on=on)),
    ("sectors", "the sector funds", "SPY", lambda on: sector_table("1M", on=on)),
]
SESSION_STATS: list[tuple[str, str, str, Callable[[object], object]]] = [
    ("move", "RUT", "RUT", lambda on: move("RUT", on=on)),
    ("streaks", "RUT", "RUT", lambda on: streak_study("RUT", 3, on=on)),
    ("ma", "SPX", "SPX", lambda on: moving_average("SPX", 200, on=on)),
]


@pytest.mark.parametrize(("name", "owner", "sym", "stat"), WINDOW_STATS,
                         ids=[w[0] for w in WINDOW_STATS])
@pytest.mark.parametrize("n", [1, 3])
def test_window_stat_answers_as_of_last_row(store, name, owner, sym, stat, n):
    last = _last(sym)
    day = _sessions_after(last, n)
    at_last, after = stat(last), stat(day)
    assert _figures(after) == _figures(at_last)
    assert _warning(owner, last, day) in after.warnings
    assert _warning(owner, last, day) not in at_last.warnings


@pytest.mark.parametrize(("name", "owner", "sym", "stat"), WINDOW_STATS,
                         ids=[w[0] for w in WINDOW_STATS])
def test_window_stat_refuses_four_sessions_after(store, name, owner, sym, stat):
    last = _last(sym)
    day = _sessions_after(last, 4)
    with pytest.raises(DataUnavailable) as err:
        stat(day)
    assert err.value.message == _refusal(owner, last, day)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(("name", "owner", "sym", "stat"), SESSION_STATS,
                         ids=[s[0] for s in SESSION_STATS])
@pytest.mark.parametrize("n", [1, 3, 4])
def test_session_stat_refuses_any_date_after(store, name, owner, sym, stat, n):
    last = _last(sym)
    day = _sessions_after(last, n)
    with pytest.raises(DataUnavailable) as err:
        stat(day)
    assert err.value.message == _refusal(owner, last, day)
    assert "\n" not in str(err.value)
    assert stat(last) is not None  # the last row itself is answered


@pytest.mark.parametrize(("name", "owner", "sym", "stat"), WINDOW_STATS + SESSION_STATS,
                         ids=[s[0] for s in WINDOW_STATS + SESSION_STATS])
def test_before_the_data_is_refused(store, name, owner, sym, stat):
    first = capscope.bars(sym).index[0]
    with pytest.raises(DataUnavailable):
        stat(first - pd.Timedelta(days=400))


def test_weekend_after_last_row_is_still_that_session(store):
    """A Saturday after a Friday last row means that Friday: no gap, no past-the-data warning."""
    last = _last("RUT")
    if last.weekday() != 4:
        pytest.skip("the bundled RUT data does not end on a Friday")
    r = period_return("RUT", "1M", on=last + pd.Timedelta(days=1))
    assert r.end == last
    assert not any("data end" in w for w in r.warnings)
