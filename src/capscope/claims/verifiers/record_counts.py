"""How many record closes a window holds (grammar/record_counts), from
:func:`capscope.stats.extremes.record_closes_in`."""

from __future__ import annotations

import pandas as pd

from capscope.claims.lexicon import imprecise, matches
from capscope.claims.model import CheckedClaim, Evidence, Hedge, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import from_error, iso, memo, unverifiable, verdict
from capscope.errors import CapscopeError


def verify_record_drought(rc: ResolvedClaim) -> CheckedClaim:
    """"A stretch of 967 trading days without a record": the sessions between the record close
    before the article's day and that day (strictly between when the day set a record, and
    through the day when it did not); "days" may also count calendar days."""
    from capscope.data.calendar import sessions
    from capscope.stats.extremes import record_closes_in

    c, sym, day = rc.claim, rc.subject.symbol, rc.anchor
    if not sym or day is None:
        return unverifiable(rc, "the claim names no instrument or the article's day is not known")
    try:
        r = memo(record_closes_in, sym, "1900-01-01", day)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.extremes.record_closes_in")
    earlier = [d for d in r.dates if d < day]
    if not earlier:
        return unverifiable(rc, f"{sym} set no record close before {day.date()} in the data")
    last = earlier[-1]
    n = int(c.details["sessions_without"])
    between = len(sessions(last + pd.Timedelta(days=1), day)) - (1 if day in r.dates else 0)
    counts = {"sessions": between}
    if c.details.get("calendar"):
        counts["calendar days"] = (day - last).days - (1 if day in r.dates else 0)
    what = (f"{sym}'s record close before {day.date()} was {last.date()}: "
            + ", ".join(f"{v:,} {k}" for k, v in counts.items()) + " without one"
            + (f" (the stretch ended with the record of {day.date()})" if day in r.dates else ""))
    ev = Evidence(statistic="capscope.stats.extremes.record_closes_in",
                  arguments={"symbol": sym, "start": "1900-01-01", "end": iso(day)}, claimed=n,
                  found=between, values={"previous_record": iso(last)},
                  command=f"capscope data show {sym} --start {last.date()} --end {day.date()}")
    return verdict(rc, _count_verdict(n, c.hedge, list(counts.values())), what, ev)


def _count_verdict(n: int, hedge: Hedge, found: list[int]) -> Verdict:
    """A stated count against the counts the data gives: within its rounding, or close (a
    count within 20%: imprecise), else contradicted."""
    if any(matches(float(n), hedge, float(v), decimals=0) for v in found):
        return Verdict.SUPPORTED
    if any(imprecise(float(n), hedge, float(v), decimals=0, measure="count") for v in found):
        return Verdict.IMPRECISE
    return Verdict.CONTRADICTED


def verify_record_count(rc: ResolvedClaim) -> CheckedClaim:
    from capscope.stats.extremes import record_closes_in

    c, sym, day = rc.claim, rc.subject.symbol, rc.anchor
    if c.details.get("sessions_without"):
        return verify_record_drought(rc)
    if not sym:
        return unverifiable(rc, "the claim names no instrument")
    w = rc.time
    if w is not None and not w.ok:
        return unverifiable(rc, w.reason)
    t = c.time
    if t is not None and t.count and t.unit in ("session", "day", "trading day") and day is not None:
        # "its seventh record close in the past eight sessions": the last N sessions
        from capscope.data.calendar import sessions

        days = sessions(day - pd.Timedelta(days=3 * int(t.count) + 10), day)
        start, end = days[-int(t.count)], day
    elif w is not None and w.start is not None and w.end is not None:
        start, end = w.start, min(w.end, day) if day is not None else w.end
    elif w is not None:
        return unverifiable(rc, f"'{w.label}' is not a window capscope can count records in")
    elif day is not None:
        start, end = pd.Timestamp(day.year, 1, 1), day  # no window named: the year to date
    else:
        return unverifiable(rc, "the article's day is not known; pass --published YYYY-MM-DD")
    try:
        r = memo(record_closes_in, sym, start, end)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.extremes.record_closes_in")
    n = int(c.details["record_count"])
    said = f" ('{w.label.strip()}')" if w is not None else " (no window named: the year to date)"
    what = (f"{sym} set {r.count} record close{'s' if r.count != 1 else ''} from {start.date()} to "
            f"{end.date()}{said}; data from {iso(r.data_begins)}")
    ev = Evidence(statistic="capscope.stats.extremes.record_closes_in",
                  arguments={"symbol": sym, "start": iso(start), "end": iso(end)},
                  claimed=n, found=r.count, values={"records": [iso(d) for d in r.dates]},
                  command=f"capscope data show {sym} --start {start.date()} --end {end.date()}")
    if r.data_begins > start:
        return unverifiable(rc, f"{what}: the window begins before the data", ev)
    if c.details.get("ordinal"):
        # "its 57th record close of 2024": the article's day is a record, and the 57th
        last = r.dates[-1] if r.dates else None
        ok = last is not None and last == end and r.count == n
        return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED,
                       f"{what}{'' if last == end else f'; {end.date()} was not one of them'}", ev)
    return verdict(rc, _count_verdict(n, c.hedge, [r.count]), what, ev)


__all__ = ["verify_record_count"]
