"""Time phrases: parsing and calendar windows, with the publication date and without it."""

from __future__ import annotations

import datetime as dt

import pytest

from capscope.claims.model import TimeKind
from capscope.claims.timewindows import resolve_time
from capscope.claims.timexpr import find_times

D = dt.date


@pytest.mark.parametrize("text, published, kind, window", [
    ("on Tuesday", D(2024, 7, 16), TimeKind.WEEKDAY, (D(2024, 7, 16), D(2024, 7, 16))),  # a Tuesday
    ("on Wednesday", D(2024, 10, 17), TimeKind.WEEKDAY, (D(2024, 10, 16), D(2024, 10, 16))),
    ("last Friday", D(2024, 7, 19), TimeKind.WEEKDAY, (D(2024, 7, 12), D(2024, 7, 12))),
    ("since November 2021", None, TimeKind.MONTH, (D(2021, 11, 1), D(2021, 11, 30))),
    ("since early 2022", None, TimeKind.FUZZY, (D(2022, 1, 1), D(2022, 4, 30))),
    ("since late 2021", None, TimeKind.FUZZY, (D(2021, 9, 1), D(2021, 12, 31))),
    ("since mid-2023", None, TimeKind.FUZZY, (D(2023, 5, 1), D(2023, 8, 31))),
    ("before the pandemic", None, TimeKind.ERA, (D(2019, 2, 20), D(2020, 2, 19))),
    ("last month", D(2024, 10, 17), TimeKind.MONTH, (D(2024, 9, 1), D(2024, 9, 30))),
    ("last week", D(2024, 7, 16), TimeKind.WEEK, (D(2024, 7, 8), D(2024, 7, 14))),
    ("over the last one month", D(2024, 7, 16), TimeKind.TRAILING, (D(2024, 6, 16), D(2024, 7, 16))),
    ("year to date", D(2024, 7, 16), TimeKind.TO_DATE, (D(2024, 1, 1), D(2024, 7, 16))),
    ("in 2023", D(2024, 7, 16), TimeKind.YEAR, (D(2023, 1, 1), D(2023, 12, 31))),
    ("in the second quarter of 2024", None, TimeKind.QUARTER, (D(2024, 4, 1), D(2024, 6, 30))),
    ("on Oct. 16", D(2024, 10, 17), TimeKind.DAY, (D(2024, 10, 16), D(2024, 10, 16))),
    ("on Jan. 3", D(2024, 12, 30), TimeKind.DAY, (D(2025, 1, 3), D(2025, 1, 3))),  # nearest Jan 3
    ("July 11, 2024", None, TimeKind.DAY, (D(2024, 7, 11), D(2024, 7, 11))),
    ("2024-07-16", None, TimeKind.DAY, (D(2024, 7, 16), D(2024, 7, 16))),
])
def test_windows(text, published, kind, window):
    (t,) = find_times(text)
    resolve_time(t, published)
    assert t.kind is kind
    assert (t.start, t.end) == window


def test_meeting_month_prefers_the_next_one():
    (t,) = find_times("a quarter-point cut in November")
    resolve_time(t, D(2024, 10, 17), prefer="future")
    assert (t.start, t.end) == (D(2024, 11, 1), D(2024, 11, 30))
    (t,) = find_times("a cut in March")
    resolve_time(t, D(2024, 10, 17), prefer="future")
    assert t.start == D(2025, 3, 1)


def test_relative_without_publication_date_stays_unresolved():
    for text in ("on Tuesday", "last month", "year to date", "over the past week"):
        (t,) = find_times(text)
        resolve_time(t, None)
        assert t.start is None and not t.resolved and "publication date" in t.note


def test_may_the_verb_is_not_a_month_and_horizons_are_found():
    assert find_times("Stocks may rise.") == []
    (t,) = find_times("in the 12-24 months after the first cut")
    assert (t.kind, t.count, t.count_high, t.unit) == (TimeKind.HORIZON, 12, 24, "month")
    (t,) = find_times("in that time")
    assert t.kind is TimeKind.SAME_AS_BEFORE


def test_a_month_and_day_with_a_slash_after_a_dating_word():
    # "reached on 1/19", "its 1/19 high": January 19; "7 1/2 years", "1/2 point" and "3/4 of" are fractions
    from capscope.claims.timexpr import find_times

    got = find_times("a 15-month high of 10,725.43 reached on 1/19")
    assert [(t.month, t.day) for t in got] == [(1, 19)]
    got = find_times("off 74.7 points from its 1/19 high of 1150.23")
    assert [(t.month, t.day) for t in got] == [(1, 19)]
    for text in ("it took 7 1/2 years", "rose 1/2 point", "on 3/4 of the days", "up 1/4 percent"):
        assert find_times(text) == [], text


def test_a_trailing_decade_is_ten_years():
    from capscope.claims.timexpr import find_times

    for text, years in (("over the past decade", 10), ("in the last decade", 10), ("over the past two decades", 20)):
        (t,) = find_times(text)
        assert (t.kind.value, t.count, t.unit) == ("trailing", years, "year"), text
