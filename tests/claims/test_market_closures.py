"""A day the market did not trade ("Markets were closed Monday for Labor Day"): the claim kind
``market_closed``, read in whole passages and checked against the stored rows.

Every expected answer is computed here without capscope's calendar: a day was a session when
the S&P 500 has a row for it, and a holiday's day is counted on the month's calendar (Labor Day
is the first Monday of September, Thanksgiving the fourth Thursday of November).
"""

from __future__ import annotations

import calendar
import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from verify_kit import checked_of

import capscope
from capscope.claims.check import check_text
from capscope.claims.readings.licence import every_alarm


def _closures(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    return checked_of(text, published, "market_closed")


def _traded(day: dt.date) -> bool:
    return pd.Timestamp(day) in capscope.bars("SPX").index


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n - 1]


def test_a_holiday_named_without_its_day_is_the_last_one_kept():
    labor_day = _nth_weekday(2011, 9, calendar.MONDAY, 1)
    assert labor_day == dt.date(2011, 9, 5) and not _traded(labor_day)
    text = ("Stocks fell sharply on Tuesday as worries about Europe deepened. U.S. markets were closed for "
            "Labor Day, and European shares fell another 0.7 percent Tuesday.")
    got = _closures(text, dt.date(2011, 9, 6))
    assert [v for _, v, _ in got] == ["supported"], got
    assert labor_day.isoformat() in got[0][2], got
    # the present tense takes the nearer one: two days after Labor Day, not the next year's
    got = _closures("Markets are closed for Labor Day.", labor_day + dt.timedelta(days=2))
    assert [v for _, v, _ in got] == ["supported"] and labor_day.isoformat() in got[0][2], got


def test_the_tense_places_the_weekday():
    # written on Monday 2012-12-31: "will be closed Tuesday" is the next day, New Year's Day
    new_year = dt.date(2013, 1, 1)
    assert new_year.weekday() == calendar.TUESDAY and not _traded(new_year)
    got = _closures("Stocks rallied on Monday. Markets will be closed Tuesday for the New Year's Day holiday.",
                    dt.date(2012, 12, 31))
    assert [v for _, v, _ in got] == ["supported"] and new_year.isoformat() in got[0][2], got
    report = check_text("Markets will be closed Tuesday for the New Year's Day holiday.", dt.date(2012, 12, 31))
    assert [i.checked_what() for i in report.items] == [f"NYSE calendar {new_year.isoformat()}"]
    # written on Tuesday 2004-04-13: "were closed Friday" is the Friday before, Good Friday
    friday = dt.date(2004, 4, 9)
    assert friday.weekday() == calendar.FRIDAY and not _traded(friday) and _traded(dt.date(2004, 4, 12))
    got = _closures("Stocks rose modestly on Tuesday. Markets were closed Friday in observance of Good Friday.",
                    dt.date(2004, 4, 13))
    assert [v for _, v, _ in got] == ["supported"] and friday.isoformat() in got[0][2], got


def test_a_special_closure_and_a_holiday_inside_its_name():
    mourning = dt.date(2018, 12, 5)
    assert mourning.weekday() == calendar.WEDNESDAY and not _traded(mourning)
    got = _closures("Stocks swung on Thursday. Markets were closed on Wednesday for a national day of mourning.",
                    dt.date(2018, 12, 6))
    assert [v for _, v, _ in got] == ["supported"] and "special closure" in got[0][2], got
    # "Good Friday" names the holiday, not a Friday: written on Good Friday itself
    good_friday = dt.date(2012, 4, 6)
    assert not _traded(good_friday) and _traded(dt.date(2012, 4, 5))
    got = _closures("The Dow fell on Thursday. Stock trading will be closed for the Good Friday holiday.",
                    dt.date(2012, 4, 5))
    assert [v for _, v, _ in got] == ["supported"] and good_friday.isoformat() in got[0][2], got


@pytest.mark.alarm_licence  # as `capscope check` runs: the licence is asked
def test_a_day_the_market_traded_is_refuted_but_raises_no_alarm():
    # Tuesday 2011-09-06, the day after Labor Day, was a session
    tuesday = dt.date(2011, 9, 6)
    assert _traded(tuesday)
    text = "Stocks fell on Wednesday. Markets were closed Tuesday for Labor Day."
    got = _closures(text, dt.date(2011, 9, 7))
    assert [v for _, v, _ in got] == ["unverifiable"] and "held a session" in got[0][2], got
    with every_alarm():
        got = _closures(text, dt.date(2011, 9, 7))
    assert [v for _, v, _ in got] == ["contradicted"], got


def test_another_markets_closure_is_not_read():
    # bond markets close on Columbus Day; the NYSE trades (2011-10-10 was a session)
    assert _traded(dt.date(2011, 10, 10))
    assert _closures("The bond market was closed Monday for Columbus Day.", dt.date(2011, 10, 11)) == []
    assert _closures("Asian markets were closed Monday for a holiday.", dt.date(2011, 10, 11)) == []


_THANKSGIVINGS = [_nth_weekday(y, 11, calendar.THURSDAY, 4) for y in range(1990, 2025)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_THANKSGIVINGS), st.integers(min_value=1, max_value=4))
def test_thanksgiving_named_alone_round_trip(thanksgiving, days_after):
    """Thanksgiving, counted on the calendar, was never a session; named without its day in a
    story written after it, it is found and borne out, and the day after it (a session, with
    its shortened hours) is never borne out as closed."""
    assert not _traded(thanksgiving)
    published = thanksgiving + dt.timedelta(days=days_after)
    got = _closures("Markets were closed for Thanksgiving.", published)
    assert [v for _, v, _ in got] == ["supported"] and thanksgiving.isoformat() in got[0][2], got
    friday = thanksgiving + dt.timedelta(days=1)
    assert _traded(friday)
    got = _closures(f"Markets were closed on {friday:%B} {friday.day}, {friday.year}.", published)
    assert [v for _, v, _ in got] != ["supported"], got


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2025, 12, 31)))
def test_any_weekday_stated_closed_round_trip(day):
    """"Markets were closed on <date>" is borne out exactly when the S&P 500 has no row for it."""
    if day.weekday() >= 5:
        day -= dt.timedelta(days=day.weekday() - 4)  # the Friday before: weekends are trivially closed
    got = _closures(f"Markets were closed on {day:%B} {day.day}, {day.year}.", day + dt.timedelta(days=3))
    assert len(got) == 1, got
    assert (got[0][1] == "supported") == (not _traded(day)), (day, got)


def test_the_evidence_shows_the_rows_only_where_the_rows_reach():
    # a closure inside the stored prices: the command shows the rows around it (its own missing)
    report = check_text("Markets were closed Friday in observance of Good Friday.", dt.date(2004, 4, 13))
    (item,) = report.items
    assert item.verdict.value == "supported" and "--start 2004-04-06 --end 2004-04-12" in item.command()
    # a holiday past the last stored row is the calendar's alone: no command that would show nothing
    last = capscope.bars("SPX").index[-1].date()
    thanksgiving = _nth_weekday(last.year, 11, calendar.THURSDAY, 4)
    assert thanksgiving > last
    report = check_text("Markets will be closed Thursday for Thanksgiving.", thanksgiving - dt.timedelta(days=3))
    (item,) = report.items
    assert item.verdict.value == "supported" and item.command() == "", (item.command(), item.checked.explanation)

