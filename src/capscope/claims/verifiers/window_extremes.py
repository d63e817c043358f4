"""A window's extreme stated as a level ("its 52-week high of 2,501.92", "the mid-June low of
672.72"): the grammar is :mod:`capscope.claims.grammar.window_extremes`.

The window ends at the session the claim is read at (the article's day, or the day the words say
the extreme was set) and starts where the words put it: 52 weeks (17 months, six years) before,
the first day of the named year or month, or of the year to date. Its highest (lowest) close and
intraday high (low) come from :func:`capscope.stats.extremes.extreme_in`, whose command lists the
rows; the claim is borne out when the measure the words name ("closing", "intraday", or either
when they name none) matches the level to its rounding. A miss is never an alarm
(:mod:`capscope.claims.readings.licence`): a window's edges in copy are loose ("52-week" on a
quote page may end the day before), and a standing's reading is not firm enough for one.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd

from capscope.claims.model import CheckedClaim, Direction, Evidence, Quantity, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import VERDICT_RANK, compare, iso, memo, unverifiable, verdict
from capscope.errors import CapscopeError


@dataclasses.dataclass(frozen=True)
class _SessionLevel:
    """The session's own level, in the shape of an extreme_in result (value, date, command)."""

    value: float
    date: pd.Timestamp
    command: str


def window_bounds(window: dict, end: pd.Timestamp, *, rounded: bool = False) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The calendar days [start, end] of a window named in ``details["window"]``, ending at
    ``end`` (a named month or year ends at its own last day, or at ``end`` if sooner).

    ``rounded``: a lookback in months or years as copy rounds it, half a unit shorter ("an
    18-month high" for the highest close in 17.5 months, as the highest-since reading takes it)."""
    kind = window.get("kind")
    if kind == "trailing":
        n, unit = int(window["count"]), window["unit"]
        if unit not in ("week", "month", "year"):
            return None
        if rounded:
            days = {"month": 30.44, "year": 365.25}.get(unit)
            return None if days is None or n < 2 else (end - pd.Timedelta(days=round((n - 0.5) * days)), end)
        offset = {"week": pd.DateOffset(weeks=n), "month": pd.DateOffset(months=n), "year": pd.DateOffset(years=n)}[unit]
        return end - offset + pd.Timedelta(days=1), end
    if kind == "ytd":
        return pd.Timestamp(end.year, 1, 1), end
    if kind == "year":
        y = int(window["year"])
        if y > end.year:
            return None
        return pd.Timestamp(y, 1, 1), min(end, pd.Timestamp(y, 12, 31))
    if kind == "month":
        m = int(window["month"])
        y = window.get("year") or (end.year if m <= end.month else end.year - 1)
        first = pd.Timestamp(int(y), m, 1)
        if first > end:
            return None
        return first, min(end, first + pd.offsets.MonthEnd(0))
    return None


def verify_window_extreme(rc: ResolvedClaim, q: Quantity, res: Any, ev: Evidence) -> CheckedClaim:
    """The stated level against the window's extreme on the measures the words allow."""
    from capscope.stats.extremes import extreme_in

    d = rc.claim.details
    side, measure = d["extreme"], d.get("measure", "either")
    window = d.get("window") or {}
    windows = [b for b in (window_bounds(window, pd.Timestamp(res.session)),
                           window_bounds(window, pd.Timestamp(res.session), rounded=True)) if b is not None]
    if not windows:
        return unverifiable(rc, "the words name a window that ends after the day the claim is read at", ev)
    fields = {"close": ("close",), "intraday": (side,)}.get(measure, ("close", side))
    tries: list[tuple[tuple[Verdict, str], Any, tuple[pd.Timestamp, pd.Timestamp]]] = []
    for start, end in windows:
        for field in fields:
            try:
                ext = memo(extreme_in, res.symbol, start, end, side, field)
            except CapscopeError:
                continue
            what = (f"{res.symbol} {'highest' if side == 'high' else 'lowest'} "
                    f"{'close' if field == 'close' else 'intraday ' + field} {iso(start)}..{iso(end)}: "
                    f"{ext.value:,.2f} on {iso(ext.date)}")
            tries.append((compare(q, Direction.UNKNOWN, ext.value, what, "", signed=False), ext, (start, end)))
    if d.get("reached"):
        # "closed at a fresh 18-month high of 10,779.17": the session's own level too (the
        # window's edge in copy is loose; the standing is the highest-since claim's to check)
        for field in fields:
            level = res.close if field == "close" else getattr(res.intraday, field, None) if res.intraday else None
            if level is None:
                continue
            what = f"{res.symbol} {'close' if field == 'close' else 'intraday ' + field} on {iso(res.session)}"
            tries.append((compare(q, Direction.UNKNOWN, float(level), what, "", signed=False),
                          _SessionLevel(float(level), pd.Timestamp(res.session), f"capscope move {res.symbol} "
                                        f"--on {iso(res.session)}"), (pd.Timestamp(res.session),) * 2))
    if not tries:
        return unverifiable(rc, f"{res.symbol} has no {' or '.join(fields)} rows in the window", ev)
    (v, text), ext, (start, end) = min(tries, key=lambda t: VERDICT_RANK[t[0][0]])  # (the strict window first)
    ev.claimed, ev.found = q.raw, round(ext.value, 4)
    ev.command = ext.command
    ev.values = {**ev.values, "start": iso(start), "end": iso(end), "extreme_date": iso(ext.date)}
    return verdict(rc, v, text, ev)


__all__ = ["verify_window_extreme", "window_bounds"]
