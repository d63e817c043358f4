"""The "N years M months ago" words computed with dateutil: the reference for ``stats._asof.ago``."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta


def ago_words(then: dt.date, now: dt.date, days: int | None = None) -> str:
    """Whole years and months by ``relativedelta`` on the dates; under a month, ``days`` (default:
    the days between the dates; pass pandas' own Timedelta days for timestamps with a time)."""
    d = relativedelta(now, then)
    parts = []
    if d.years:
        parts.append(f"{d.years} year{'s' if d.years != 1 else ''}")
    if d.months:
        parts.append(f"{d.months} month{'s' if d.months != 1 else ''}")
    if not parts:
        days = (now - then).days if days is None else days
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    return " ".join(parts) + " ago"
