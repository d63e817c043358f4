"""The calendar's shortcuts (searches on int64 nanoseconds, memoised answers) against the slow
definitions they replace: sessions sliced by pandas, pandas' own day names, and the store
chosen from CAPSCOPE_HOME on every call."""

from __future__ import annotations

import pandas as pd
import pytest

from capscope.data.calendar import (
    is_session,
    parse_date,
    previous_session,
    resolve_session,
    sessions,
    weekday_name,
)
from capscope.data.store import get_store


def _slow_previous(day: pd.Timestamp) -> pd.Timestamp:
    """The definition: the last session of the two weeks ending on ``day``."""
    return sessions(day - pd.Timedelta(days=14), day)[-1]


@pytest.mark.parametrize("day", pd.date_range("2024-06-25", "2024-07-10").tolist()
                         + [pd.Timestamp("2001-09-17"), pd.Timestamp("1885-02-02"),
                            pd.Timestamp("2035-12-31")])
def test_previous_session_and_is_session_match_the_session_list(day):
    assert previous_session(day) == _slow_previous(day)
    assert is_session(day) == (len(sessions(day, day)) == 1)


def test_known_days_around_independence_day_2024():
    # 2024-07-04 (Thursday) was a holiday; Friday 07-05 traded; 06-07 is a weekend
    assert not is_session("2024-07-04") and is_session("2024-07-05")
    assert previous_session("2024-07-07") == pd.Timestamp("2024-07-05")
    assert resolve_session("2024-07-04") == (
        pd.Timestamp("2024-07-03"),
        "2024-07-04 is an NYSE holiday or closure; using the previous session 2024-07-03")
    assert resolve_session("2024-07-06")[1] == (
        "2024-07-06 is a Saturday; using the previous session 2024-07-05")


def test_parse_date_keeps_a_midnight_timestamp_and_normalises_the_rest():
    day = pd.Timestamp("2024-07-16").as_unit("ns")
    assert parse_date(day) is day  # the sessions' own kind of date is returned as it is
    assert parse_date(day.as_unit("s")) == day
    assert parse_date(pd.Timestamp("2024-07-16 15:30")) == day
    assert parse_date(pd.Timestamp("2024-07-16", tz="UTC")) == day
    assert parse_date(pd.Timestamp("1212-03-01")) == pd.Timestamp("1212-03-01")  # not in ns


def test_weekday_names_are_pandas_english_names():
    for day in pd.date_range("2024-07-15", periods=7):  # Monday .. Sunday
        assert weekday_name(day) == day.day_name()
    assert weekday_name(pd.Timestamp("2024-07-13")) == "Saturday"


def test_store_follows_a_changed_capscope_home(monkeypatch, tmp_path, store):
    first = get_store()
    monkeypatch.setenv("CAPSCOPE_HOME", str(tmp_path))
    moved = get_store()
    assert moved is not first and str(moved.path) == str(tmp_path / "capscope.duckdb")
    assert get_store() is moved  # the same home gives the same store object
    monkeypatch.undo()
    assert get_store() is first
