"""A publication known only to its month ("2016-09"): judge a claim only where the day does not matter.

Many pages carry no day: a research note "as of August 31", a quarterly recap, a blog post
stamped with a month. Without a date at all, "in August", "in Q4" and "last month" cannot be
placed and every such claim is unverifiable; with a guessed day, "year to date" or "on Tuesday"
would be read on a day the writer never meant, and a right figure would be flagged.

The rule: the article is checked as if published on the month's first day and on its last
day. A claim that gets the same verdict from the same evidence both times does not depend on
the day ("surged 26% in Q4" in a January 2021 piece is Q4 2020 either way) and keeps it, and so
does a claim its own dates decide with no publication day at all ("rose 2.43% in July 2003").
A claim whose answer does change may still be dated by the article itself: a weekly letter
stamped "2006-05" that gives the Dow's close, its change in points and in percent "on Friday",
and the S&P 500's and the Nasdaq's too, describes one session, and those figures hold together on
one day of the month only. So every day of the month is tried; the days on which the most claims
are supported, when they bear out at least :data:`MIN_GAIN` more than either end of the month,
are taken as the publication day, and a claim every one of them finds supported (or every one
imprecise) keeps that verdict, naming the days. Two figures at least must agree on the day: one
alone would be a search for the number. A claim those days refute is never an alarm (the day was
inferred, not stated). Any other claim is unverifiable, naming the month and the two answers,
since its reading hangs on a day the page does not give. A full date the article states itself (a
dateline, a byline) in that month is used instead, as for an article with no date given.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from capscope.claims.model import CheckedClaim, Verdict
from capscope.data.calendar import MAX_DATE, MIN_DATE
from capscope.errors import BadInput

if TYPE_CHECKING:
    from capscope.claims.check import CheckItem, CheckReport

_MONTH = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})\s*$")


def publication_month(value: object) -> tuple[dt.date, dt.date] | None:
    """The first and last calendar days of a publication given as "YYYY-MM", else None; a month
    outside the supported years is BadInput, as a full date there is."""
    if not isinstance(value, str):
        return None
    m = _MONTH.match(value)
    if m is None:
        return None
    year, month = int(m.group("y")), int(m.group("m"))
    if not 1 <= month <= 12:
        return None  # not a month: the date parser gives its own one-line error
    if not MIN_DATE.year <= year <= MAX_DATE.year:
        raise BadInput(f"publication month {value.strip()!r} is outside the dates capscope supports, "
                       f"{MIN_DATE} to {MAX_DATE}", "give a month in that range")
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _answer(item: CheckItem) -> tuple[Any, ...]:
    """What a verdict rests on: the verdict and each piece of evidence's statistic, arguments and
    value (an explanation may name the publication day without depending on it)."""
    return (item.verdict, tuple((e.statistic, repr(sorted(e.arguments.items())), repr(e.found))
                                for e in item.checked.evidence))


def _where(item: CheckItem) -> tuple[Any, ...]:
    """A claim across two checks of one text: its words, kind and subject (one record said of
    two listed names is two claims on the same words)."""
    who = item.claim.subject
    return (item.claim.span.start, item.claim.span.end, item.claim.kind,
            (who.symbol, who.span.start if who.span else None) if who is not None else None)


def check_in_month(check: Callable[..., CheckReport], text: str | bytes, first: dt.date, last: dt.date,
                   *, name: str) -> CheckReport:
    """``check`` (:func:`capscope.claims.check.check_text`) on an article published some day
    from ``first`` to ``last``: see the module's rule."""
    from capscope.claims.extract import article_date
    from capscope.claims.normalize import normalize

    month = first.strftime("%Y-%m")
    own_day, _ = article_date(normalize(text))
    if own_day is not None and first <= own_day <= last:
        return check(text, None, name=name)  # the article dates itself within the month
    early, late = check(text, first, name=name), check(text, last, name=name)
    late_items = {_where(i): i for i in late.items}
    fitted = _fitted_days(check, text, first, last, name, early, late)
    undated: dict[tuple[Any, ...], CheckItem] | None = None  # checked only when a claim needs it
    items = []
    for item in early.items:
        other = late_items.get(_where(item))
        if other is not None and _answer(other) == _answer(item):
            items.append(item)
            continue
        if undated is None:
            undated = {_where(i): i for i in check(text, None, name=name).items
                       if i.verdict is not Verdict.UNVERIFIABLE}
        if _where(item) in undated:  # judged with no day at all: its own dates decide it
            items.append(undated[_where(item)])
            continue
        found = _on_fitted_days(item, fitted)
        if found is not None:
            items.append(found)
            continue
        if other is not None and other.verdict is item.verdict:
            answers = f"{item.verdict.value} both ways but on different data"
        else:
            answers = f"{item.verdict.value}, on {last} {other.verdict.value if other else 'not read as a claim'}"
        why = (f"only the publication month is known ({month}): read as published on {first} the claim is "
               f"{answers}, so its reading depends on a day the page does not give; as read on {first}: "
               f"{item.checked.explanation}")
        checked = CheckedClaim(claim=item.claim, verdict=Verdict.UNVERIFIABLE, evidence=item.checked.evidence,
                               explanation=why, missing="the publication day (pass --published YYYY-MM-DD)")
        items.append(dataclasses.replace(item, checked=checked))
    dated = ("" if fitted is None else f"; the article's own figures point to {fitted.span} ({fitted.held} claims "
             "hold there), where a claim may also keep its verdict")
    notes = [f"only the publication month is known ({month}): a claim keeps its verdict when the "
             f"month's first and last days give it the same one{dated}", *early.notes]
    return dataclasses.replace(early, published=None, published_from="month", published_month=month,
                               items=items, notes=notes)


#: how many more of the article's claims a day must bear out than either end of the month before
#: it is taken as the publication day (one figure alone would be a search for the number)
MIN_GAIN = 2


@dataclasses.dataclass(frozen=True)
class FittedDays:
    """The days of the month on which the most of an article's claims hold, and their checks."""

    days: tuple[dt.date, ...]
    held: int  # claims supported on each of those days
    ends: int  # the most supported on the month's first or last day
    items: tuple[dict[tuple[Any, ...], CheckItem], ...]

    @property
    def span(self) -> str:
        """The days as words: "2017-08-02", or "2017-08-02 to 2017-08-08"."""
        return f"{self.days[0]}" if len(self.days) == 1 else f"{self.days[0]} to {self.days[-1]}"


#: the verdicts a claim keeps from the fitted days (never an alarm: the day was inferred)
_FITTED = (Verdict.SUPPORTED, Verdict.IMPRECISE)


def _supported(report: CheckReport) -> int:
    return sum(i.verdict is Verdict.SUPPORTED for i in report.items)


def _fitted_days(check: Callable[..., CheckReport], text: str | bytes, first: dt.date, last: dt.date,
                 name: str, early: CheckReport, late: CheckReport) -> FittedDays | None:
    """The publication day(s) the article's own figures point to: every day of the month is
    tried, and the days on which the most claims are supported win, when they bear out at least
    :data:`MIN_GAIN` more claims than either end of the month (else None). Several figures that
    all hold on one day, and fewer on any other, date a piece as its dateline would."""
    ends = max(_supported(early), _supported(late))
    reports: dict[dt.date, CheckReport] = {first: early, last: late}
    day = first + dt.timedelta(days=1)
    while day < last:
        reports[day] = check(text, day, name=name)
        day += dt.timedelta(days=1)
    scores = {d: _supported(r) for d, r in reports.items()}
    held = max(scores.values())
    if held < ends + MIN_GAIN:
        return None
    days = tuple(sorted(d for d, n in scores.items() if n == held))
    return FittedDays(days, held, ends, tuple({_where(i): i for i in reports[d].items} for d in days))


def _on_fitted_days(item: CheckItem, fitted: FittedDays | None) -> CheckItem | None:
    """``item`` as read on the fitted days, when every one of them finds it supported, or every one
    imprecise; a claim refuted there stays unverifiable (the day is inferred, not stated)."""
    if fitted is None:
        return None
    found = [by_where.get(_where(item)) for by_where in fitted.items]
    if not all(f is not None and f.verdict is found[0].verdict and f.verdict in _FITTED for f in found):
        return None
    on = found[0]
    why = (f"only the publication month is known: read as published on {fitted.span}, the days on which the most of "
           f"the article's figures hold ({fitted.held}, against {fitted.ends} on the month's first or last day); "
           f"{on.checked.explanation}")
    return dataclasses.replace(on, checked=dataclasses.replace(on.checked, explanation=why))


__all__ = ["MIN_GAIN", "check_in_month", "publication_month"]
