"""The window rule's shortcuts against pandas: month arithmetic without DateOffset, row lookups
on int64 nanoseconds, and whole months counted by one comparison against dateutil."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.stats._asof import _whole_months
from capscope.stats.returns import _Dates, _months_back

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))


@settings(max_examples=400, deadline=None)
@given(DAYS, st.integers(min_value=1, max_value=600))
def test_months_back_is_dateoffset(day, months):
    end = pd.Timestamp(day)
    assert _months_back(end, months) == end - pd.DateOffset(months=months)


@pytest.mark.parametrize(("end", "months", "want"), [
    ("2024-03-31", 1, "2024-02-29"),  # clipped to a leap February
    ("2023-03-31", 1, "2023-02-28"),
    ("2024-02-29", 12, "2023-02-28"),  # a year before a leap day
    ("2024-07-16", 3, "2024-04-16"),
    ("2024-01-31", 2, "2023-11-30"),  # across the year, clipped to 30 days
])
def test_months_back_by_hand(end, months, want):
    assert _months_back(pd.Timestamp(end), months) == pd.Timestamp(want)


@settings(max_examples=400, deadline=None)
@given(DAYS, st.integers(min_value=0, max_value=5000))
def test_whole_months_is_relativedelta(then, gap):
    now = then + dt.timedelta(days=gap)
    d = relativedelta(now, then)
    assert _whole_months(then, now) == d.years * 12 + d.months


def test_whole_months_at_month_ends():
    assert _whole_months(dt.date(2024, 1, 31), dt.date(2024, 2, 29)) == 1  # Feb's last day
    assert _whole_months(dt.date(2024, 1, 30), dt.date(2024, 2, 28)) == 0  # one day short
    assert _whole_months(dt.date(2020, 2, 29), dt.date(2021, 2, 28)) == 12


def test_dates_rows_match_pandas_searchsorted():
    index = pd.DatetimeIndex(["2024-07-01", "2024-07-02", "2024-07-05", "2024-07-08"])
    dates = _Dates(index)
    assert (dates.first, dates.last) == (index[0], index[-1])
    for day in pd.date_range("2024-06-28", "2024-07-10"):
        want = int(index.searchsorted(day, side="right")) - 1
        assert dates.row(day) == want
    assert dates.row(pd.Timestamp("1212-01-01")) == -1  # outside the ns range: before the data
    assert dates.at(2) == pd.Timestamp("2024-07-05")
    seconds = _Dates(index.as_unit("s"))  # another unit: searched by pandas itself
    assert seconds.row(pd.Timestamp("2024-07-04")) == 1
