"""NYSE sessions: special closures, weekends, and agreement with the real price files."""

from __future__ import annotations

import pandas as pd
import pytest

import capscope
from capscope.data.calendar import (
    is_session,
    library_sessions,
    next_session,
    parse_date,
    previous_session,
    resolve_session,
    sessions,
)
from capscope.errors import BadInput


@pytest.mark.parametrize("day", [
    "2001-09-11", "2001-09-14",  # 9/11 closure
    "2012-10-29", "2012-10-30",  # Hurricane Sandy
    "2018-12-05",                # national day of mourning, G. H. W. Bush
    "2025-01-09",                # national day of mourning, J. Carter
    "2024-07-04", "2024-12-25",  # regular holidays
    "2024-07-13",                # a Saturday
])
def test_closures_are_not_sessions(day):
    assert not is_session(day)


def test_saturday_sessions_before_1952_are_known():
    assert is_session("1928-01-07")  # the NYSE traded on Saturdays until 1952
    assert not is_session("1953-01-10")


def test_bundled_sessions_equal_the_library():
    assert sessions("1979-01-01", "2026-12-31").equals(library_sessions("1979-01-01", "2026-12-31"))
    # PACKAGES.md: 12,099 NYSE sessions 1979-2026
    assert len(sessions("1979-01-01", "2026-12-31")) == 12099


@pytest.mark.parametrize("symbol", ["RUT", "IWM", "SPY", "IXIC"])
def test_price_files_trade_only_on_sessions_and_miss_none(store, symbol):
    idx = capscope.bars(symbol).index
    cal = sessions(idx[0], idx[-1])
    assert idx.difference(cal).empty
    assert cal.difference(idx).empty


def test_resolve_session_moves_weekends_and_holidays_back():
    assert resolve_session("2024-07-16") == (pd.Timestamp("2024-07-16"), None)
    day, note = resolve_session("2024-07-14")  # Sunday
    assert day == pd.Timestamp("2024-07-12")
    assert "Sunday" in note and "2024-07-12" in note
    day, note = resolve_session("2024-07-04")
    assert day == pd.Timestamp("2024-07-03") and "holiday" in note
    assert previous_session("2012-10-30") == pd.Timestamp("2012-10-26")
    assert next_session("2012-10-29") == pd.Timestamp("2012-10-31")


@pytest.mark.parametrize("text", ["2024-13-01", "yesterday", "", "2024/07/16x"])
def test_bad_dates_are_one_line_errors(text):
    with pytest.raises(BadInput) as err:
        parse_date(text)
    assert "\n" not in err.value.one_line()


def test_the_session_strictly_before_and_after_skip_weekends_and_holidays():
    # hand-checked on the NYSE calendar: 2024-07-04 (Thursday) was a holiday, 2024-07-05 a Friday
    from capscope.data.calendar import session_after, session_before

    assert session_before("2024-07-05") == pd.Timestamp("2024-07-03")
    assert session_after("2024-07-03") == pd.Timestamp("2024-07-05")
    assert session_before("2024-07-08") == pd.Timestamp("2024-07-05")  # a Monday: the Friday
    assert session_before("2024-07-06") == pd.Timestamp("2024-07-05")  # a Saturday: strictly before
    assert session_after("2024-07-05") == pd.Timestamp("2024-07-08")
