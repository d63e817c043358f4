"""Calendar windows of time expressions: the arithmetic of months, fuzzy parts and relative phrases.

:mod:`capscope.claims.timexpr` finds a time expression and fills the window its words fix on
their own ("in March 2020", "early 2022"); this module holds the calendar arithmetic that takes,
and fills the windows that need the publication date (:func:`resolve_time`). Rules for fuzzy
words (one place, stated once):

- "early YEAR" = Jan 1 - Apr 30, "mid YEAR" = May 1 - Aug 31, "late YEAR" = Sep 1 - Dec 31;
  "the start of YEAR" = January; "early/mid/late MONTH" = days
  1-10 / 11-20 / 21-end. "The end of" a month, a year or "last year" is the period's last
  day (``at_end``): its closing session, the base of a change "since the end of 2023".
- Relative phrases need the publication date: "on Tuesday" = the latest Tuesday on or before it
  (the day itself when it is a Tuesday); "last week" = the previous Monday-Sunday week; "last
  month" = the previous calendar month; "this year"/"year to date" = Jan 1 to publication;
  "over the past N units" = publication minus N units to publication. Without a publication date
  these stay unresolved with a note, never guessed.
- A month named without a year ("in July") is the latest such month on or before publication for
  past-tense claims and the next one on or after it for meetings and forecasts (``prefer``).
"""

from __future__ import annotations

import calendar
import datetime as dt

from dateutil.relativedelta import relativedelta

from capscope.claims.model import TimeExpr, TimeKind

MONTH_NUM = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAY_NUM = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
               "saturday": 5, "sunday": 6}

# named periods: (start, end) calendar windows; "before X" uses the window's start as the end
ERAS: dict[str, tuple[dt.date, dt.date]] = {
    "pandemic": (dt.date(2020, 2, 20), dt.date(2021, 12, 31)),
    "covid": (dt.date(2020, 2, 20), dt.date(2021, 12, 31)),
    "covid crash": (dt.date(2020, 2, 20), dt.date(2020, 3, 23)),
    "financial crisis": (dt.date(2007, 10, 9), dt.date(2009, 3, 9)),
    "great recession": (dt.date(2007, 12, 1), dt.date(2009, 6, 30)),
    "dot-com bubble": (dt.date(1995, 1, 1), dt.date(2000, 3, 10)),
    "dot-com bust": (dt.date(2000, 3, 10), dt.date(2002, 10, 9)),
    "dot-com crash": (dt.date(2000, 3, 10), dt.date(2002, 10, 9)),
    "1987 crash": (dt.date(1987, 10, 19), dt.date(1987, 10, 19)),
    "black monday": (dt.date(1987, 10, 19), dt.date(1987, 10, 19)),
    # events news measures from ("its worst drop since the Sept. 11 terrorist attacks", "one of
    # their biggest gains since World War II"): the days markets took them in
    "great depression": (dt.date(1929, 9, 3), dt.date(1933, 3, 31)),
    "world war ii": (dt.date(1939, 9, 1), dt.date(1945, 9, 2)),
    "sept. 11": (dt.date(2001, 9, 11), dt.date(2001, 9, 21)),
    "lehman": (dt.date(2008, 9, 15), dt.date(2008, 9, 19)),
    "flash crash": (dt.date(2010, 5, 6), dt.date(2010, 5, 6)),
    "taper tantrum": (dt.date(2013, 5, 22), dt.date(2013, 6, 24)),
    "brexit": (dt.date(2016, 6, 23), dt.date(2016, 6, 30)),
}
def election_day(on: dt.date) -> dt.date:
    """The latest U.S. federal Election Day on or before ``on``: the Tuesday after the first
    Monday of November, in an even year."""
    for year in range(on.year - (on.year % 2), on.year - 4, -2):
        first = dt.date(year, 11, 1)
        monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
        day = monday + dt.timedelta(days=1)
        if day <= on:
            return day
    raise AssertionError("an even year within four years always holds one")


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def fuzzy_window(part: str, year: int, month: int | None) -> tuple[dt.date, dt.date]:
    p = part.lower()
    if month and p == "through":  # "down 2.6% through August": the year to the end of August
        return dt.date(year, 1, 1), month_end(year, month)
    if month:
        last = calendar.monthrange(year, month)[1]
        if p.startswith("early") or "start" in p or "beginning" in p:
            return dt.date(year, month, 1), dt.date(year, month, 10)
        if p.startswith("mid") or "middle" in p:
            return dt.date(year, month, 11), dt.date(year, month, 20)
        return dt.date(year, month, 21), dt.date(year, month, last)
    table = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "the start of": (1, 1),
             "the beginning of": (1, 1), "the end of": (12, 12), "the middle of": (5, 8),
             "the first half of": (1, 6), "the second half of": (7, 12),
             "the first quarter of": (1, 3), "the fourth quarter of": (10, 12)}
    if p.endswith("part of"):  # "the first part of 2018": the half it leans to, no finer
        a, b = (7, 12) if p.split()[1] in ("latter", "later", "last", "final") else (1, 6)
    else:
        a, b = table.get(p, (1, 12))
    return dt.date(year, a, 1), month_end(year, b)


def infer_year(month: int, day: int | None, published: dt.date | None, prefer: str) -> int | None:
    """The year of a month named without one: the latest on/before publication, or the next."""
    if published is None:
        return None
    y = published.year
    cand = dt.date(y, month, min(day or 1, 28))
    if prefer == "future":
        return y if (cand.year, cand.month) >= (published.year, published.month) else y + 1
    return y if (cand.year, cand.month) <= (published.year, published.month) else y - 1


def span_of(unit: str | None, n: int, *, quarters: bool) -> relativedelta | None:
    """``n`` calendar units as a relativedelta; None for units without one (sessions)."""
    if unit == "day":
        return relativedelta(days=n)
    if unit == "week":
        return relativedelta(weeks=n)
    if unit == "month":
        return relativedelta(months=n)
    if unit == "quarter" and quarters:
        return relativedelta(months=3 * n)
    if unit == "year":
        return relativedelta(years=n)
    return None


def resolve_time(te: TimeExpr, published: dt.date | None, *, prefer: str = "past") -> TimeExpr:
    """Fill ``start``/``end`` for relative phrases from the publication date (in place).

    ``prefer`` is "future" for meetings and forecasts: "in November" then means the next one.
    """
    if te.resolved and te.start is not None:
        return te
    if te.kind is TimeKind.SAME_AS_BEFORE:
        te.note = te.note or "refers to the period named earlier"
        return te
    if published is None:
        if te.relative or te.start is None:
            te.note = "needs the publication date (pass --published)"
        return te
    p = published
    k = te.kind
    if k is TimeKind.WEEKDAY and te.weekday is not None:
        if te.part == "next":
            d = p + dt.timedelta(days=(te.weekday - p.weekday()) % 7 or 7)
        else:
            back = (p.weekday() - te.weekday) % 7
            if te.part == "last" and back == 0:
                back = 7
            d = p - dt.timedelta(days=back)
        te.start = te.end = d
    elif k is TimeKind.DAY and te.month and te.day and te.part in ("prev_year", "this_year", "next_year"):
        y = p.year + {"prev_year": -1, "this_year": 0, "next_year": 1}[te.part]
        try:
            te.start = te.end = dt.date(y, te.month, te.day)
        except ValueError:
            te.note = "no such date"
            return te
        te.year = y
    elif k is TimeKind.DAY and te.month and te.day:
        cands = []
        for y in (p.year - 1, p.year, p.year + 1):
            try:
                cands.append(dt.date(y, te.month, te.day))
            except ValueError:
                continue
        if not cands:
            te.note = "no such date"
            return te
        d = min(cands, key=lambda c: abs((c - p).days))  # the nearest such day
        if prefer == "past" and (d - p).days > 7:
            # a yearless date in a report is a past one (within the year before publication),
            # unless it is days ahead ("the jobs report on Jan. 3" written Dec. 30)
            # ("April 11" written on Dec. 26 is April 11 of that year, not of the next)
            past = [c for c in cands if c <= p]
            if past and (p - max(past)).days <= 366:
                d = max(past)
        te.start = te.end = d
        te.year = d.year
    elif k is TimeKind.DAY and te.part == "election":
        d = election_day(p)
        te.start = te.end = d
        te.year, te.month, te.day = d.year, d.month, d.day
    elif k is TimeKind.DAY and te.part.endswith("_last"):
        # "the week's last trading day": the period to its last calendar day; the resolver takes
        # the last session on or before that day. In the first days of a period the words speak
        # of the one just ended ("On the last trading day of the year", written on Jan. 1).
        first = {"week": p - dt.timedelta(days=p.weekday()), "month": p.replace(day=1),
                 "quarter": dt.date(p.year, 3 * ((p.month - 1) // 3) + 1, 1)}.get(te.unit, dt.date(p.year, 1, 1))
        if (p - first).days < 2:
            p = first - dt.timedelta(days=1)
        if te.unit == "week":
            te.start = p - dt.timedelta(days=p.weekday())
            te.end = te.start + dt.timedelta(days=4)
        elif te.unit == "month":
            te.start, te.end = p.replace(day=1), month_end(p.year, p.month)
        elif te.unit == "quarter":
            q0 = 3 * ((p.month - 1) // 3) + 1
            te.start, te.end = dt.date(p.year, q0, 1), month_end(p.year, q0 + 2)
        else:
            te.start, te.end = dt.date(p.year, 1, 1), dt.date(p.year, 12, 31)
    elif k is TimeKind.DAY:
        te.start = te.end = p - dt.timedelta(days=1) if te.part == "yesterday" else p
    elif k is TimeKind.WEEK and te.part == "ended" and te.month and te.day:
        y = te.year or infer_year(te.month, te.day, p, "past")
        try:
            last = dt.date(y, te.month, te.day)  # type: ignore[arg-type]
        except (TypeError, ValueError):  # no year to infer it from, or no such day
            te.resolved = False
            return te
        te.year, te.start, te.end = y, last - dt.timedelta(days=last.weekday()), last
    elif k is TimeKind.WEEK:
        monday = p - dt.timedelta(days=p.weekday())
        if te.part == "last":
            te.start, te.end = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
        elif te.part == "next":
            te.start, te.end = monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)
        else:
            te.start, te.end = monday, p
    elif k is TimeKind.MONTH and te.part in ("last", "this", "next"):
        first = p.replace(day=1)
        if te.part == "last":
            first = first - relativedelta(months=1)
        elif te.part == "next":
            first = first + relativedelta(months=1)
        te.year, te.month = first.year, first.month
        te.start = first
        te.end = p if te.part == "this" else month_end(first.year, first.month)
    elif k is TimeKind.MONTH and te.month and te.part in ("prev_year", "this_year", "next_year"):
        y = p.year + {"prev_year": -1, "this_year": 0, "next_year": 1}[te.part]
        te.year = y
        te.start, te.end = dt.date(y, te.month, 1), month_end(y, te.month)
    elif k is TimeKind.MONTH and te.month:
        y = te.year or infer_year(te.month, None, p, prefer)
        te.year = y
        te.start, te.end = dt.date(y, te.month, 1), month_end(y, te.month)
    elif k is TimeKind.FUZZY and te.month:
        y = te.year or infer_year(te.month, None, p, prefer)
        te.year = y
        te.start, te.end = fuzzy_window(te.part, y, te.month)
    elif k is TimeKind.YEAR and te.part in ("last", "next"):
        y = p.year - 1 if te.part == "last" else p.year + 1
        te.year, te.start, te.end = y, dt.date(y, 1, 1), dt.date(y, 12, 31)
    elif k is TimeKind.QUARTER and te.part.startswith("Q"):
        qn = int(te.part[1])
        # a quarter named without a year ("in Q4" in January): the latest one begun by
        # publication, as a month's ("the next one" for meetings and forecasts)
        y = te.year or infer_year(3 * qn - 2, None, p, prefer) or p.year
        te.year, te.start, te.end = y, dt.date(y, 3 * qn - 2, 1), month_end(y, 3 * qn)
    elif k is TimeKind.QUARTER:
        q0 = dt.date(p.year, 3 * ((p.month - 1) // 3) + 1, 1)
        if te.part == "last":
            q0 = q0 - relativedelta(months=3)
        te.start = q0
        te.end = p if te.part == "this" else q0 + relativedelta(months=3) - dt.timedelta(days=1)
    elif k is TimeKind.HALF:
        h = int(te.part[1])
        y = te.year or infer_year(6 * h - 5, None, p, prefer) or p.year
        te.year, te.start, te.end = y, dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h)
    elif k is TimeKind.TO_DATE:
        y = te.year or p.year
        if te.unit == "month":
            te.start = p.replace(day=1)
        elif te.unit == "quarter":
            te.start = dt.date(p.year, 3 * ((p.month - 1) // 3) + 1, 1)
        else:
            te.start = dt.date(y, 1, 1)
        te.year = y
        te.end = p if y == p.year else dt.date(y, 12, 31)
    elif k is TimeKind.TRAILING and te.count:
        n = te.count
        delta = span_of(te.unit, int(n), quarters=True)
        if delta is None:  # sessions: the verifier counts them on the NYSE calendar
            te.end = p
            te.note = f"the {int(n)} sessions ending on publication"
            return te
        te.start, te.end = p - delta, p
    elif k is TimeKind.HORIZON and te.count and not te.note:
        n = te.count_high or te.count
        delta = span_of(te.unit, int(n), quarters=False)
        if delta:
            te.start, te.end = p, p + delta
    elif k is TimeKind.HORIZON and te.part == "year-end":
        te.start, te.end = p, dt.date(p.year, 12, 31)
    else:
        te.note = te.note or "too vague to bound"
        return te
    te.resolved = te.start is not None or te.end is not None
    if te.resolved and te.relative:
        te.note = te.note or f"resolved against publication date {p}"
    return te


__all__ = ["ERAS", "MONTH_NUM", "WEEKDAY_NUM", "election_day", "fuzzy_window", "infer_year", "month_end",
           "resolve_time", "span_of"]
