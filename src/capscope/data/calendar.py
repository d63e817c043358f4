"""NYSE sessions, from a well-kept calendar library, with a bundled copy for fast start-up.

``pandas_market_calendars`` knows the NYSE back to 1885 with the special closures (9/11, Hurricane
Sandy, national days of mourning, the 1933 bank holiday). Building that schedule costs about half
a second, so the snapshot ships the session list it produced (``sessions.parquet``, written by
``tools/build_snapshot.py``) and the library is consulted only for dates outside that list.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from capscope.errors import BadInput

DateLike = str | dt.date | dt.datetime | pd.Timestamp | np.datetime64


_DAY_NS = 86_400 * 10**9
# The dates a user may give (CLI, API, checker). pandas keeps session dates in nanoseconds,
# which end at 2262-04-11 and begin at 1677-09-21; a margin inside that range leaves room for
# the windows statistics add or subtract (a year back, two weeks ahead) without overflowing,
# and holds every date any stored series can have.
MIN_DATE = dt.date(1700, 1, 1)
MAX_DATE = dt.date(2200, 12, 31)


def parse_date(value: DateLike, *, what: str = "date") -> pd.Timestamp:
    """A calendar date (midnight, no time zone) from text or a date object; one-line error.

    Text is ISO first (the fast path every computed date takes), then the forms people type,
    read by dateutil: "Nov 11 2024", "11 November 2024", "2024/11/11", "11/11/2024" (month
    first, the US order). A text missing its day, month or year ("Nov 2024") is refused rather
    than completed with today's, and so is anything that is not a date.
    """
    if type(value) is pd.Timestamp and value.tzinfo is None:
        # already a calendar date (what the code below would rebuild, unit and all): claim
        # checks pass these thousands of times, in ns or, from a date, in s
        if value.unit == "ns":
            if value.value % _DAY_NS == 0:
                return value
        elif not (value.hour or value.minute or value.second or value.microsecond
                  or value.nanosecond):
            return value
    if isinstance(value, pd.Timestamp | np.datetime64):
        ts = pd.Timestamp(value)  # computed dates (e.g. a claim's "in 1200"): callers judge them
    elif isinstance(value, dt.date):
        ts = pd.Timestamp(_in_range(value, value.isoformat(), what))
    else:
        text = str(value).strip()
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            day = _typed_date(text, what)
        ts = pd.Timestamp(_in_range(day, text, what))
    if ts.tzinfo is not None:
        ts = ts.tz_convert(None)
    return ts.normalize()


_DATE_HINT = "write dates as YYYY-MM-DD or like 'Nov 11 2024'"


def _typed_date(text: str, what: str) -> dt.date:
    """A date in a form people type, read by dateutil; each of day, month and year must be in
    the text (parsed against two different defaults, a missing part shows as a difference)."""
    from dateutil import parser

    if not text or len(text) > 40 or not any(c.isdigit() for c in text):
        raise BadInput(f"{what} {text!r} is not a date", _DATE_HINT)
    try:
        one = parser.parse(text, default=dt.datetime(2000, 1, 1))
        two = parser.parse(text, default=dt.datetime(2001, 2, 2))
    except (ValueError, OverflowError, TypeError):
        raise BadInput(f"{what} {text!r} is not a date", _DATE_HINT) from None
    if one.date() != two.date():
        raise BadInput(f"{what} {text!r} is not a whole date (day, month and year)", _DATE_HINT)
    if one.time() != dt.time() or one.tzinfo is not None:
        raise BadInput(f"{what} {text!r} has a time of day", "give the date alone")
    return one.date()


def _in_range(day: dt.date, text: str, what: str) -> dt.date:
    """``day`` when it lies in [MIN_DATE, MAX_DATE]; otherwise the one-line error every face
    (CLI, API, checker) shows, so no command reaches pandas with a date it cannot hold."""
    probe = day.date() if isinstance(day, dt.datetime) else day
    if not MIN_DATE <= probe <= MAX_DATE:
        raise BadInput(f"{what} {text!r} is outside the dates capscope supports, "
                       f"{MIN_DATE} to {MAX_DATE}", "give a date in that range")
    return day


def library_sessions(start: DateLike, end: DateLike) -> pd.DatetimeIndex:
    """Sessions straight from pandas_market_calendars (slow; used to build the bundled copy)."""
    import pandas_market_calendars as pmc

    days = pmc.get_calendar("NYSE").valid_days(parse_date(start), parse_date(end))
    return pd.DatetimeIndex(days.tz_convert(None).normalize(), name="date")


@lru_cache(maxsize=1)
def _bundled() -> pd.DatetimeIndex:
    # pyarrow's reader straight: pandas.read_parquet costs three times as much on a first call
    # (its IO layer's imports), and every claim check pays it
    import pyarrow.parquet as pq

    path = resources.files("capscope.data.snapshot").joinpath("sessions.parquet")
    with resources.as_file(path) as p:
        days = pq.read_table(p, columns=["date"]).column("date").to_numpy()
    return pd.DatetimeIndex(days.astype("datetime64[ns]"), name="date")


@lru_cache(maxsize=1)
def _bundled_ns() -> tuple[np.ndarray, pd.Timestamp, pd.Timestamp]:
    """The bundled sessions as int64 nanoseconds (read-only) with the first and last session:
    a searchsorted on the plain array skips pandas' scalar validation and boxing, which
    dominated the many one-day lookups of a claim check."""
    bundled = _bundled()
    ns = bundled.asi8.copy()
    ns.setflags(write=False)
    return ns, bundled[0], bundled[-1]


def sessions(start: DateLike | None = None, end: DateLike | None = None) -> pd.DatetimeIndex:
    """NYSE sessions between two dates, inclusive."""
    ns, first, last = _bundled_ns()
    lo = parse_date(start) if start is not None else first
    hi = parse_date(end) if end is not None else last
    if lo < first or hi > last:
        return library_sessions(lo, hi)
    i, j = np.searchsorted(ns, lo.value, "left"), np.searchsorted(ns, hi.value, "right")
    return _bundled()[int(i):int(j)]


@lru_cache(maxsize=1 << 16)  # pure; a claim check asks the same few days many times
def is_session(day: DateLike) -> bool:
    """Whether ``day`` is an NYSE session."""
    d = parse_date(day)
    ns, first, last = _bundled_ns()
    if d < first or d > last:
        return len(library_sessions(d, d)) == 1
    i = int(np.searchsorted(ns, d.value, "left"))
    return i < len(ns) and int(ns[i]) == d.value


_TWO_WEEKS = pd.Timedelta(days=14)


@lru_cache(maxsize=1 << 16)  # pure; a claim check asks the same few dates hundreds of times
def previous_session(day: DateLike) -> pd.Timestamp:
    """The latest session on or before ``day``."""
    d = parse_date(day)
    lo = d - _TWO_WEEKS
    ns, first, last = _bundled_ns()
    if first <= lo and d <= last:  # inside the bundled list: one search, no slicing
        i = int(ns.searchsorted(d.value, "right")) - 1
        if i >= 0 and int(ns[i]) >= lo.value:
            return pd.Timestamp(int(ns[i]))
    window = sessions(lo, d)
    return window[-1]


def next_session(day: DateLike) -> pd.Timestamp:
    """The earliest session on or after ``day``."""
    d = parse_date(day)
    window = sessions(d, d + pd.Timedelta(days=14))
    return window[0]


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def session_before(day: DateLike) -> pd.Timestamp:
    """The latest session strictly before ``day`` (the close a one-session change runs from)."""
    return previous_session(parse_date(day) - pd.Timedelta(days=1))


def session_after(day: DateLike) -> pd.Timestamp:
    """The earliest session strictly after ``day``."""
    return next_session(parse_date(day) + pd.Timedelta(days=1))


def weekday_name(day: pd.Timestamp) -> str:
    """``day.day_name()`` (English, as pandas gives without a locale) at a tenth of its cost."""
    return _DAY_NAMES[day.day_of_week]


def describe_non_session(day: pd.Timestamp) -> str:
    """Why a date is not a session: "a Saturday", "a Sunday" or "an NYSE holiday or closure"."""
    if day.day_of_week >= 5:
        return f"a {weekday_name(day)}"
    return "an NYSE holiday or closure"


@lru_cache(maxsize=1 << 16)  # pure, and the answer is immutable (two Timestamps and a str)
def resolve_session(day: DateLike) -> tuple[pd.Timestamp, str | None]:
    """The session a date means, with a note when it moved (weekend, holiday -> previous session)."""
    d = parse_date(day)
    s = previous_session(d)
    if s == d:
        return d, None
    return s, f"{d.date()} is {describe_non_session(d)}; using the previous session {s.date()}"


__all__ = ["MAX_DATE", "MIN_DATE", "DateLike", "is_session", "library_sessions", "next_session", "session_after", "session_before",
           "parse_date", "previous_session", "resolve_session", "sessions", "weekday_name"]
