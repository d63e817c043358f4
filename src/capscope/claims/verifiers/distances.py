"""How far an index stands from a record, a high or a low, and the market states that distance
defines (correction, bear market): "12% below its record close", "14.40% above its 52-week low of
28725.51", "in correction territory", "its first bear market since March 2020".

Read off the same one-session call as the other one-day claims
(:func:`capscope.stats.moves.move`, through :func:`~capscope.claims.verifiers.moves.on_day_result`);
a dated reference ("its Jan. 19 high") and the episodes of a fall of a depth come from
:mod:`capscope.stats.extremes`.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from capscope.claims.model import CheckedClaim, Direction, Evidence, Quantity, Unit, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import (
    compare,
    fmt_num,
    from_error,
    gap_verdict,
    iso,
    memo,
    pick,
    pins_the_close,
    unverifiable,
    verdict,
    worst,
)
from capscope.claims.verifiers.moves import on_day_result
from capscope.data.symbols import Kind
from capscope.errors import CapscopeError


@on_day_result
def verify_distance_from_record(rc: ResolvedClaim, res: Any, ev: Evidence) -> CheckedClaim:
    c = rc.claim
    if c.details.get("first_since"):
        return _first_state_since(rc, res, ev)
    ref = _reference(rc, res, ev)
    if isinstance(ref, CheckedClaim):
        return ref
    below, regain, level, ref_text = ref
    ev.values.update({"pct_below": below, "pct_to_regain": regain, "reference": ref_text})
    if c.details.get("reference_level"):
        return _reference_level(rc, res, level, ref_text, ev)
    q = pick(c.quantities, Unit.PCT, Unit.PP)
    state = str(c.details.get("state", "") or "")
    limits = {"correction": 10.0, "bear market": 20.0, "bear": 20.0}
    if state in limits:
        # "in correction territory": at least 10% below the high (bear market: 20%)
        ok = -below >= limits[state]
        text = (f"{res.symbol} {below:+.2f}% from its {ref_text}: "
                f"{'in' if ok else 'not in'} a {state} (at least {limits[state]:.0f}% below)")
        if not ok and res.intraday is not None and not pins_the_close(c):
            # "tumbled into bear market territory": the session's low may cross the line the close
            # did not, and the words do not say the close
            low = (float(res.intraday.low) / level - 1) * 100
            if -low >= limits[state]:
                ok = True
                text = (f"{res.symbol}'s intraday low {fmt_num(res.intraday.low)} on {iso(res.session)} was "
                        f"{low:+.2f}% from its {ref_text}: in a {state} during the session (the close, "
                        f"{below:+.2f}%, was not)")
        ev.claimed, ev.found = state, f"{below:+.2f}%"
        return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED, text, ev)
    points = pick(c.quantities, Unit.POINTS)
    pts = None if points is None else _points_from(rc, points, res, level, ref_text, ev)
    if q is None:
        return pts or unverifiable(rc, "the claim states no distance", ev)
    if q.unit is Unit.PP and rc.subject.info is not None and rc.subject.info.kind is Kind.RATE:
        return _rate_points_from(rc, q, res, level, ref_text, ev)
    pct = _pct_from(rc, q, res, below, regain, ref_text, ev)
    if pct.verdict is not Verdict.SUPPORTED and str(c.details.get("reference", "")) in ("high", "peak", "recent high") \
            and not re.search(r"\b(?:recent|52-week|year's)\b", c.text, re.I) \
            and not c.details.get("period") and res.record_close != res.high_52w:
        # "17 percent from its high": the words leave open the 52-week high and the record
        other = _pct_from(rc, q, res, res.pct_below_record, res.pct_to_regain_record,
                          f"record close {fmt_num(res.record_close)} on {iso(res.record_date)}", ev)
        if other.verdict is Verdict.SUPPORTED:
            other.explanation = f"read as the record high: {other.explanation}"
            pct = other
    if pts is None:
        return pct
    # "1007.31 points, or 9%, below its 2010 closing high": both figures are checked
    return verdict(rc, worst([pct.verdict, pts.verdict]), f"{pct.explanation}; in points: {pts.explanation}", ev)


def _reference_level(rc: ResolvedClaim, res: Any, level: float, ref_text: str, ev: Evidence) -> CheckedClaim:
    """"... above its 52-week low of 28725.51": the stated level against the reference the distance
    reads (a close). "Its closing high of 11,722.98" may be the record rather than the 52-week
    high, as for the distance itself. A level that misses may be the intraday extreme or another
    reference the words allow, so a miss is never a firm alarm (readings/firmness.py): other readings
    are tried, and when none holds it is unverifiable; a near miss is imprecise."""
    q = pick(rc.claim.quantities, Unit.NUMBER, Unit.USD, Unit.POINTS)
    if q is None:
        return unverifiable(rc, "the claim states no level", ev)
    v, text = compare(q, Direction.UNKNOWN, level, f"the {ref_text}", "", signed=False)
    record = getattr(res, "record_close", None)
    if v is not Verdict.SUPPORTED and rc.claim.details.get("reference") != "low" and record is not None:
        rv, rtext = compare(q, Direction.UNKNOWN, float(record), f"the record close on {iso(res.record_date)}", "",
                            signed=False)
        if rv is Verdict.SUPPORTED:
            v, text, level = rv, f"read as the record high: {rtext}", float(record)
    ev.claimed, ev.found = q.value, level
    return verdict(rc, v, text, ev)  # (a contradiction is never firm: readings/firmness.py)


def _first_state_since(rc: ResolvedClaim, res: Any, ev: Evidence) -> CheckedClaim:
    """"Its first bear market since March 9, 2020", "its first 10 percent decline in four years":
    the fall of that depth before the current one must meet the stated time (one after it
    contradicts, one only before it understates: imprecise), or lie the stated years back."""
    from capscope.stats.extremes import drawdown_episodes

    c = rc.claim
    depth = float(c.details.get("depth_pct") or 20.0)
    state = str(c.details.get("state") or f"{depth:g}% decline")
    try:
        episodes = memo(drawdown_episodes, res.symbol, depth, iso(res.session))
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.extremes.drawdown_episodes")
    current = episodes[-1] if episodes and episodes[-1].recovered is None else None
    if current is None:
        return unverifiable(rc, f"{res.symbol} is not {depth:g}% or more below its record on "
                                f"{iso(res.session)}: no current {state} to date the one before", ev)
    if len(episodes) < 2:
        return unverifiable(rc, f"no earlier fall of {depth:g}% in the {res.symbol} data", ev)
    prev = episodes[-2]
    ev.statistic = "capscope.stats.extremes.drawdown_episodes"
    ev.command = prev.command_on(res.session)
    ev.found = (f"previous: from the {iso(prev.peak)} record, {depth:g}% below on {iso(prev.entered)}, "
                f"trough {prev.trough_pct:.1f}% on {iso(prev.trough)}, regained {iso(prev.recovered)}")
    head = (f"{res.symbol} is in a fall of {depth:g}% or more since {iso(current.entered)}; the one before "
            f"ran from {iso(prev.entered)} to {iso(prev.recovered)}")
    since = rc.since
    if since is not None:
        from capscope.claims.verifiers.since import since_verdict
        from capscope.data.calendar import session_before

        ev.claimed = f"first {state} since {since.label}"
        # the episode is a span: its day nearest the stated time, in it when they overlap
        last = session_before(prev.recovered)
        found = prev.entered if since.end is not None and prev.entered > since.end else \
            min(last, since.end) if since.end is not None else last
        v, text = since_verdict(found, False, since, head, res.data_begins)
        return verdict(rc, v, text, ev)
    return gap_verdict(rc, (current.entered - prev.entered).days / 365.25, f"{head}; between the two", ev)


def _reference(rc: ResolvedClaim, res: Any, ev: Evidence) -> tuple[float, float, float, str] | CheckedClaim:
    """The level a distance is measured from: the record close, the 52-week high, or the extreme
    of a named period up to the day, as (% below it, % gain to regain it, its level, its words)."""
    c = rc.claim
    ref = str(c.details.get("reference", "record") or "record")
    period = c.details.get("period")
    stated = _STATED_LEVEL.match(c.sentence[c.span.end - c.sentence_span.start:])
    if stated is not None and ref != "low":
        # "down 17 percent from its high close of 11,722.98, reached Jan. 14, 2000": the words
        # name the level the distance runs from (whether it was a close is that figure's own claim)
        level = float(stated.group("x").replace(",", ""))
        return ((res.close / level - 1) * 100, (level / res.close - 1) * 100, level,
                f"stated high {stated.group('x')}")
    if period:
        # "almost 56% below its 2007 peak": the highest close of that period, not the record
        from capscope.stats.extremes import extreme_in

        try:
            # "its 2010 closing high" in July 2010: the period up to the day, not its later sessions
            ext = memo(extreme_in, res.symbol, period["start"], min(period["end"], iso(res.session)),
                       "low" if ref == "low" else "high")
        except CapscopeError as exc:
            return from_error(rc, exc, "capscope.stats.extremes.extreme_in")
        ev.note = "; ".join(filter(None, [ev.note, f"peak: {ext.command}"]))
        level, ref_text = ext.value, (f"{period['label']} {'low' if ref == 'low' else 'peak'} "
                                      f"{fmt_num(ext.value)} on {iso(ext.date)}")
    elif ref not in ("record", "all-time high", "all-time", ""):
        if ref == "low":
            # "up 40% from its low" with no period: which low (of the year, of the bear market)
            # the words do not say
            return unverifiable(rc, "the words do not say which low the rise is measured from", ev)
        if not ("52" in ref or "recent" in ref or "peak" in ref or ref == "high"):
            return unverifiable(rc, f"distance from a '{ref}' is not defined in capscope", ev)
        # "52-week high", "recent high", "peak": the highest close of the last 52 weeks
        level = res.high_52w
        ref_text = f"52-week high {fmt_num(res.high_52w)} on {iso(res.high_52w_date)}"
    else:
        return (res.pct_below_record, res.pct_to_regain_record, res.record_close,
                f"record close {fmt_num(res.record_close)} on {iso(res.record_date)}")
    return (res.close / level - 1) * 100, (level / res.close - 1) * 100, level, ref_text


# the level a distance's reference is given at, right after it: "its high close of 11,722.98"
_STATED_LEVEL = re.compile(r"\s*(?:close\s+|closing\s+level\s+)?(?:of|at)\s+(?P<x>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,}\.\d+)\b")


def _pct_from(rc: ResolvedClaim, q: Quantity, res: Any, below: float, regain: float, ref_text: str,
              ev: Evidence) -> CheckedClaim:
    """"7% below its record", "up 40% from its April low": the distance in percent."""
    low = rc.claim.details.get("reference") == "low"
    if below > 0 and not low:
        # "57% below its October 1997 record" when the close is above that level: not below it
        ev.claimed, ev.found = f"{q.hedge_text} {q.raw}".strip(), round(below, 4)
        return verdict(rc, Verdict.CONTRADICTED, f"{res.symbol} {fmt_num(res.close)} on "
                       f"{iso(res.session)} is {below:.2f}% above its {ref_text}, not below it", ev)
    # "X% below the record" is measured as the drop from the record; "X% away from reaching it"
    # can also mean the gain needed to regain it. Both are given; either reading may support it.
    v1, t1 = compare(q, Direction.UNKNOWN, abs(below), "rise from the low" if low else
                     "drop from the record", " %")
    ev.claimed, ev.found = f"{q.hedge_text} {q.raw}".strip(), round(abs(below), 4)
    if low:  # "up 40% from its April low": above the low, by the gain since it (one reading)
        text = f"{res.symbol} {fmt_num(res.close)} on {iso(res.session)} is {below:.2f}% above its {ref_text}"
        return verdict(rc, v1, text if v1 is Verdict.SUPPORTED else f"{text}; {t1}", ev)
    v2, _ = compare(q, Direction.UNKNOWN, abs(regain), "gain needed to regain it", " %")
    text = (f"{res.symbol} {fmt_num(res.close)} on {iso(res.session)} is {abs(below):.2f}% below "
            f"its {ref_text} (a {regain:.2f}% gain would regain it)")
    if Verdict.SUPPORTED in (v1, v2):
        return verdict(rc, Verdict.SUPPORTED, text, ev)
    return verdict(rc, worst([v1, v2]) if v1 == v2 else v1, f"{text}; {t1}", ev)


def _rate_points_from(rc: ResolvedClaim, q: Quantity, res: Any, level: float, ref_text: str,
                      ev: Evidence) -> CheckedClaim:
    """"Up 0.935 percentage point from its 2023 closing low", "off 0.005 percentage point from its
    2023 closing high": a yield's distance in points of the rate, not in percent of it. The
    end-of-day series carries two decimals, so a figure to the thousandth is read at the hundredth."""
    low = rc.claim.details.get("reference") == "low"
    gap = float(res.close) - level if low else level - float(res.close)
    if q.decimals is not None and q.decimals > 2:
        q = dataclasses.replace(q, value=round(q.value, 2), decimals=2)
    v, text = compare(q, Direction.UNKNOWN, abs(gap), f"{res.symbol} {fmt_num(res.close)} on {iso(res.session)} "
                      f"against its {ref_text}", " pp", signed=False)
    ev.claimed, ev.found = q.raw, round(abs(gap), 4)
    return verdict(rc, v, text, ev)


def _points_from(rc: ResolvedClaim, q: Quantity, res: Any, level: float, ref_text: str,
                 ev: Evidence) -> CheckedClaim:
    """"1171 points below its record closing high", "within almost 150 points of its all-time
    high": the distance in index points between the close and the reference level."""
    low = rc.claim.details.get("reference") == "low"  # "600 points above its March low"
    gap = res.close - level if low else level - res.close
    side, other = ("above", "below") if low else ("below", "above")
    ev.claimed, ev.found = f"{q.hedge_text} {q.raw}".strip(), round(gap, 2)
    if gap < 0:
        return verdict(rc, Verdict.CONTRADICTED, f"{res.symbol} {fmt_num(res.close)} on {iso(res.session)} "
                       f"is {-gap:,.2f} points {other} its {ref_text}, not {side} it", ev)
    v, t = compare(q, Direction.UNKNOWN, gap, f"points {side} the reference", " points", signed=False)
    text = f"{res.symbol} {fmt_num(res.close)} on {iso(res.session)} is {gap:,.2f} points {side} its {ref_text}"
    return verdict(rc, v, text if v is Verdict.SUPPORTED else f"{text}; {t}", ev)


__all__ = ["verify_distance_from_record"]
