"""Why the NYSE was closed on a day, and on which day a named holiday fell.

The checker meets closures as plain statements of fact: "Markets were closed Monday for Labor
Day", "The markets will be closed on Tuesday, January 2nd, in honor of former President Gerald
Ford". Whether a day was a session is :func:`capscope.data.calendar.is_session` (the bundled
session list); the holiday's name and date come from ``pandas_market_calendars``, which keeps the
NYSE's holiday rules with their observance (a Saturday's Independence Day is kept on the Friday)
and its special closures (days of mourning, 9/11, Hurricane Sandy). Its calendar costs about
half a second to build, so it is built only when a closure is asked about.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from capscope.data.calendar import DateLike, describe_non_session, is_session, parse_date

#: The holidays a writer names, as (words, the name shown, the start of the calendar's rule
#: name). The rule names are pandas_market_calendars' (several rules per holiday for its eras).
HOLIDAYS: tuple[tuple[str, str, str], ...] = (
    (r"New\s+Year'?s(?:\s+Day)?", "New Year's Day", "New Years Day"),
    (r"(?:Dr\.?\s+)?Martin\s+Luther\s+King(?:,?\s+Jr\.?)?(?:\s+Day)?|MLK(?:\s+Day)?", "Martin Luther King Jr. Day",
     "Dr. Martin Luther King"),
    (r"Presidents'?\s+Day|President'?s'?\s+Day|Washington'?s\s+Birthday", "Presidents' Day", "Presidents Day|Washingtons"),
    (r"Good\s+Friday", "Good Friday", "Good Friday"),
    (r"Memorial\s+Day", "Memorial Day", "Memorial Day"),
    (r"Juneteenth", "Juneteenth", "Juneteenth"),
    (r"Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+(?:4th|4|Fourth)", "Independence Day", "July 4th"),
    (r"Labor\s+Day", "Labor Day", "Labor Day"),
    (r"Thanksgiving(?:\s+Day)?", "Thanksgiving", "Thanksgiving"),
    (r"Christmas(?:\s+Day)?", "Christmas", "Christmas"),
)

#: any holiday's words (the grammar's pattern for "closed for ...")
HOLIDAY_WORDS = "|".join(f"(?:{words})" for words, _, _ in HOLIDAYS)
_EACH = tuple((re.compile(rf"^(?:{words})$", re.IGNORECASE), shown, re.compile(rule)) for words, shown, rule in HOLIDAYS)


@dataclasses.dataclass(frozen=True)
class Closure:
    """Whether the NYSE traded on ``day`` and, when it did not, why ("Labor Day", "a Saturday",
    "a special closure")."""

    day: dt.date
    session: bool
    reason: str = ""


@lru_cache(maxsize=1)
def _calendar():
    import pandas_market_calendars as pmc

    return pmc.get_calendar("NYSE")


@lru_cache(maxsize=64)
def _named_holidays(year: int) -> dict[dt.date, str]:
    """The NYSE's regular holidays of a year (as observed), each with its rule's name."""
    s = _calendar().regular_holidays.holidays(f"{year}-01-01", f"{year}-12-31", return_name=True)
    return {pd.Timestamp(d).date(): str(name) for d, name in s.items()}


def _shown(rule_name: str) -> str:
    """The holiday's usual name for a rule's name ("Good Friday 1908+" -> "Good Friday")."""
    return next((shown for _, shown, rule in _EACH if rule.match(rule_name)), rule_name)


def closure(day: DateLike) -> Closure:
    """Whether ``day`` was an NYSE session; when not, the holiday, weekend or special closure."""
    d = parse_date(day, what="day")
    if is_session(d):
        return Closure(d.date(), True)
    if d.day_of_week >= 5:
        return Closure(d.date(), False, describe_non_session(d))
    name = _named_holidays(d.year).get(d.date())
    return Closure(d.date(), False, _shown(name) if name else "a special closure")


def holiday_name(words: str) -> str | None:
    """The usual name of the holiday ``words`` name ("the Fourth of July" -> "Independence
    Day"), or None when they name none capscope knows."""
    text = re.sub(r"^(?:the\s+)", "", words.strip(), flags=re.IGNORECASE)
    return next((shown for rx, shown, _ in _EACH if rx.match(text)), None)


def holiday_date(name: str, near: dt.date, *, side: str = "before") -> dt.date | None:
    """The day the NYSE kept the holiday ``name`` (as :func:`holiday_name` gives it) nearest to
    ``near``: on or ``"before"`` it ("were closed for Labor Day"), on or ``"after"`` it ("will be
    closed for Good Friday"), or the ``"nearest"`` of the two ("are closed for Thanksgiving");
    None when the exchange kept none within a year."""
    rule = next((rx for _, shown, rx in _EACH if shown == name), None)
    if rule is None:
        return None
    days = sorted(d for y in (near.year - 1, near.year, near.year + 1)
                  for d, rule_name in _named_holidays(y).items() if rule.match(rule_name))
    before = next((d for d in reversed(days) if d <= near), None)
    after = next((d for d in days if d >= near), None)
    if side == "before":
        return before
    if side == "after":
        return after
    return min((d for d in (before, after) if d is not None), key=lambda d: abs((d - near).days), default=None)


__all__ = ["HOLIDAYS", "HOLIDAY_WORDS", "Closure", "closure", "holiday_date", "holiday_name"]
