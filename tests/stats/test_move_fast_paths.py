"""The shortcuts of a move against the general computations they stand for: ``ago`` on
Timestamps of every unit and zone, ``parse_date`` on dates in any unit, the dates of a move
boxed once, the intraday pair, and the row form of the 52-week extremes."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from ago_reference import ago_words
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.data.calendar import parse_date
from capscope.stats._asof import ago
from capscope.stats._history import history
from capscope.stats.moves import _intraday_histories, move
from capscope.stats.returns import _months_back


def _ago_reference(then: pd.Timestamp, now: pd.Timestamp) -> str:
    """The words from dateutil on the calendar dates and pandas' own Timedelta days."""
    return ago_words(then.date(), now.date(), (now - then).days)


@settings(max_examples=300, deadline=None)
@given(a=st.datetimes(dt.datetime(1700, 1, 1), dt.datetime(2200, 12, 31)),
       gap=st.timedeltas(dt.timedelta(days=-400), dt.timedelta(days=9000)),
       units=st.tuples(st.sampled_from(["s", "ms", "us", "ns"]),
                       st.sampled_from(["s", "ms", "us", "ns"])))
def test_ago_on_any_unit_and_time_of_day(a, gap, units):
    then = pd.Timestamp(a).as_unit(units[0])
    now = pd.Timestamp(a + gap).as_unit(units[1])
    assert ago(then, now) == _ago_reference(then, now)


@pytest.mark.parametrize(("then", "now"), [
    (pd.Timestamp("2024-07-16 23:30", tz="US/Eastern"), pd.Timestamp("2024-07-30 01:00",
                                                                      tz="US/Eastern")),
    (pd.Timestamp("1200-01-01").as_unit("s"), pd.Timestamp("1200-03-05").as_unit("s")),
    (pd.Timestamp("1200-03-05").as_unit("s"), pd.Timestamp("1200-03-15").as_unit("s")),
])
def test_ago_outside_the_nanosecond_shortcut(then, now):
    assert ago(then, now) == _ago_reference(then, now)


@pytest.mark.parametrize("value", [
    pd.Timestamp(dt.date(2024, 7, 16)),  # unit s
    pd.Timestamp("2024-07-16").as_unit("ms"),
    pd.Timestamp("2024-07-16").as_unit("us"),
    pd.Timestamp("2024-07-16").as_unit("ns"),
    pd.Timestamp("2024-07-16 10:00").as_unit("s"),
    pd.Timestamp("2024-07-16 00:00:00.000001"),
    pd.Timestamp("2024-07-16 00:00:00.000000001"),
    pd.Timestamp("1200-01-01").as_unit("s"),
])
def test_parse_date_keeps_value_and_unit(value):
    want = pd.Timestamp(value).normalize()  # the general path: a copy, cut to midnight
    got = parse_date(value)
    assert got == want and got.unit == want.unit and got.tzinfo is None


def test_intraday_pair_is_the_histories(store):
    highs, lows = _intraday_histories("RUT", store)
    assert highs is history("RUT", "high", require=("high", "low"), store=store)
    assert lows is history("RUT", "low", require=("high", "low"), store=store)


@pytest.mark.parametrize("kind", ["high", "low"])
def test_window_extreme_row_is_idxmax(store, kind):
    h = history("RUT", "close", store=store)
    s = pd.Series(h.values, index=h.dates)
    for lo, t in [(0, 10), (100, 351), (len(h) - 252, len(h) - 1)]:
        seg = s.iloc[lo:t + 1]
        at = seg.idxmax() if kind == "high" else seg.idxmin()
        value, row = h.window_extreme_row(lo, t, kind)
        assert row == lo + int(np.flatnonzero(seg.index == at)[0])
        assert value == float(seg.loc[at])
        assert h.date(row) == at


def test_move_dates_from_the_frame(store):
    """Every date of a move, read off the stored frame with pandas (2024-07-16: the small-cap
    surge of July 2024, RUT's highest close since early 2022)."""
    frame = store.bars("RUT")
    r = move("RUT", on=pd.Timestamp(dt.date(2024, 7, 16)))
    close = frame["close"].dropna().loc[:"2024-07-16"]
    assert r.session == pd.Timestamp("2024-07-16")
    assert r.previous_session == close.index[-2]
    assert r.record_date == close.idxmax()
    last52 = close.loc[pd.Timestamp("2024-07-16") - pd.Timedelta(days=363):]
    assert (r.high_52w_date, r.low_52w_date) == (last52.idxmax(), last52.idxmin())
    above = close.iloc[:-1][close.iloc[:-1] >= close.iloc[-1]]
    assert r.highest_close_since.since_date == above.index[-1]
    assert above.index[-1].year == 2022 and above.index[-1].month == 1
    assert r.highest_close_since.wording.endswith(
        f"since {above.index[-1].date()} ({r.highest_close_since.ago})")
    hl = frame[["high", "low"]].dropna().loc[:"2024-07-16"]
    assert r.intraday is not None
    assert r.intraday.record_high_date == hl["high"].idxmax()
    assert r.intraday.high_52w_date == hl["high"].loc[last52.index[0]:].idxmax()
    assert r.intraday.low_52w_date == hl["low"].loc[last52.index[0]:].idxmin()
    assert f"on {r.session.date()}" in r.takeaway


@settings(max_examples=300, deadline=None)
@given(day=st.datetimes(dt.datetime(1800, 1, 1), dt.datetime(2200, 12, 31)),
       months=st.integers(1, 600))
def test_months_back_on_nanoseconds_is_dateoffset(day, months):
    """The window rule's month arithmetic on the nanosecond dates of a history (any time of
    day): what DateOffset gives, in the same unit."""
    end = pd.Timestamp(day).as_unit("ns")
    want = end - pd.DateOffset(months=months)
    got = _months_back(end, months)
    assert got == want and got.unit == end.unit
