"""A day the market did not trade (grammar/closures): whether the NYSE held a session, from
:func:`capscope.data.holidays.closure`, and the holiday's day from
:func:`capscope.data.holidays.holiday_date` when the words name the holiday alone."""

from __future__ import annotations

import datetime as dt

from capscope.claims.model import CheckedClaim, Evidence, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import from_error, iso, memo, unverifiable, verdict
from capscope.errors import CapscopeError

_SIDE = {"past": "before", "future": "after", "present": "nearest"}


def verify_market_closed(rc: ResolvedClaim) -> CheckedClaim:
    from capscope.data.holidays import closure, holiday_date

    c = rc.claim
    named, tense = c.details.get("holiday") or "", c.details.get("tense", "past")
    day = dt.date.fromisoformat(c.details["day"]) if c.details.get("day") else None
    if day is None and named and rc.published is not None:
        # the tense places the holiday as it places a weekday (grammar.closures)
        day = holiday_date(named, rc.published.date(), side=_SIDE[tense])
    if day is None:
        return unverifiable(rc, "the day of the closure is not known; pass --published YYYY-MM-DD"
                            if rc.published is None else f"no NYSE {named or 'closure'} near the article's day")
    command = _rows_around(day)
    ev = Evidence(statistic="capscope.data.holidays.closure", arguments={"day": iso(day)}, command=command,
                  note="" if command else "from the NYSE calendar alone: the stored prices do not reach that day")
    try:
        found = closure(day)
    except CapscopeError as exc:
        return from_error(rc, exc, ev.statistic, ev.command, ev.arguments)
    ev.claimed, ev.found = "closed", "closed" if not found.session else "open"
    ev.values = {"day": iso(day), "reason": found.reason}
    how = f"'{c.details['day_words']}' = {iso(day)}" if c.details.get("day_words") else f"{named}: {iso(day)}"
    if found.session:
        return verdict(rc, Verdict.CONTRADICTED, f"{how}: the NYSE held a session that day", ev)
    text = f"{how}: no NYSE session ({found.reason})"
    if named and found.reason != named:
        text += f"; the exchange's calendar gives {found.reason}, not {named}"
    return verdict(rc, Verdict.SUPPORTED, text, ev)


def _rows_around(day: dt.date) -> str:
    """The command that shows the S&P 500's rows around ``day`` (the day's row missing when the
    market was shut), or "" when the stored rows do not reach it and only the calendar speaks."""
    from capscope.data.series import series

    try:
        rows = memo(series, "SPX")
    except CapscopeError:
        return ""
    if rows.empty or not rows.index[0].date() <= day <= rows.index[-1].date():
        return ""
    return (f"capscope data show SPX --start {iso(day - dt.timedelta(days=3))} "
            f"--end {iso(day + dt.timedelta(days=3))}")


__all__ = ["verify_market_closed"]
