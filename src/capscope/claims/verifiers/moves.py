"""Claims about one session: the day's move, the close, records, streaks (the distance from a
record or a high is :mod:`capscope.claims.verifiers.distances`).

All of them are read off one call, :func:`capscope.stats.moves.move` on the claimed session; the
definitions (record, how a streak is counted) are that function's. "Highest/lowest since" claims
live in :mod:`capscope.claims.verifiers.since`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
from collections.abc import Callable
from typing import Any

from capscope.claims.lexicon import SAYS_CLOSE, SNAPSHOT, imprecise
from capscope.claims.model import CheckedClaim, Direction, Evidence, Hedge, Unit, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import (
    VERDICT_RANK,
    compare,
    fmt_num,
    from_error,
    iso,
    memo,
    mid_session,
    pick,
    pins_the_close,
    signed_claim,
    symbol_and_day,
    unverifiable,
    verdict,
    within,
    worst,
)
from capscope.data.symbols import Kind
from capscope.errors import CapscopeError

STAT = "capscope.stats.moves.move"


def day_result(rc: ResolvedClaim) -> tuple[Any, Evidence] | CheckedClaim:
    """move(symbol, on=day) or the CheckedClaim saying why it cannot be called."""
    w, refused = symbol_and_day(rc)
    if refused is not None:
        return refused
    from capscope.stats.moves import move

    sym, on = rc.subject.symbol, w.day if w.day is not None else w.on
    day = iso(on)
    cmd = f"capscope move {sym} --on {day}"
    args = {"symbol": sym, "on": day}
    notes: list[str] = []
    try:
        res = memo(move, sym, on=on)
    except CapscopeError as exc:
        info = rc.subject.info
        if info is None or not info.has_total_return:
            return from_error(rc, exc, STAT, cmd, args)
        # sector funds have no traded close before 2026-03-20 here: the dividend-adjusted close
        # moves the same way except on ex-dividend days, and the evidence says which was used
        try:
            res = memo(move, sym, on=on, field="adj_close")
        except CapscopeError:
            return from_error(rc, exc, STAT, cmd, args)
        cmd += " --field adj_close"
        args["field"] = "adj_close"
        notes.append(f"{sym} has no traded close on {day}: read on the dividend-adjusted "
                     "close (same move except on ex-dividend days)")
    ev = Evidence(statistic=STAT, arguments=args, command=cmd,
                  values={"session": iso(res.session), "close": res.close,
                          "previous_session": iso(res.previous_session),
                          "previous_close": res.previous_close, "change_pct": res.change_pct,
                          "change_points": res.change_points},
                  note="; ".join([*notes, *w.notes, *rc.subject.notes, *res.warnings]))
    if on is not None and res.session != on:
        if w.day is None and w.start is not None and res.session >= w.start:
            # a window's day ("set in April 2011"): its last session, not its last calendar day
            ev.note = "; ".join(filter(None, [ev.note, f"'{w.label}' read at its last session, "
                                              f"{iso(res.session)}"]))
            return res, ev
        return unverifiable(rc, f"{sym} has no close on {day} (nearest earlier row "
                                f"{iso(res.session)})", ev)
    return res, ev


def on_day_result(verify: Callable[[ResolvedClaim, Any, Evidence], CheckedClaim]
                  ) -> Callable[[ResolvedClaim], CheckedClaim]:
    """A verifier of one day's ``move`` result: called with that result and its evidence, or
    skipped with the verdict ``day_result`` gives when there is no such day or symbol."""

    @functools.wraps(verify)
    def wrapper(rc: ResolvedClaim) -> CheckedClaim:
        got = day_result(rc)
        if isinstance(got, CheckedClaim):
            return got
        return verify(rc, *got)

    return wrapper


def _intraday_extreme(details: dict, direction: Direction, res: Any) -> tuple[str, float, float] | None:
    """For a claim about the day's extreme ("as much as", "at one point", "intraday"): the side
    (high for a rise, low for a fall), its level and its % from the previous close; None when
    the claim is about the close, has no direction, or the session has no high/low."""
    if not details.get("intraday") or res.intraday is None or not res.previous_close:
        return None
    if direction is Direction.UP:
        side, level = "high", res.intraday.high
    elif direction is Direction.DOWN:
        side, level = "low", res.intraday.low
    else:
        return None
    return side, float(level), (float(level) / res.previous_close - 1) * 100


def _on_article_day(rc: ResolvedClaim, res: Any) -> bool:
    """Live coverage speaks of the session in progress: the article's own day, no other, and
    only in a story published that day (a next-morning paper reports closes)."""
    if rc.published is not None and rc.anchor is not None and rc.anchor < rc.published \
            and not SNAPSHOT.search(rc.claim.sentence):
        return False  # (unless the sentence says the hour: "By midday" in a story dated the next day abroad)
    return rc.anchor is None or res.session == rc.anchor


def _snapshot_reading(at_close: tuple[Verdict, str], stated: float, decimals: int, res: Any, *,
                      as_pct: bool) -> tuple[Verdict, str]:
    """A figure from live coverage ("was dropping 2.1% in morning trading") that the close does
    not bear out: the session's high and low bound every price it traded at, so a stated move
    (or level) inside that range, give or take its last decimal, is borne out as a mid-session
    reading; outside it, the close's verdict stands, with the range added."""
    if res.intraday is None or not res.previous_close:
        return at_close[0], at_close[1] + " (a mid-session figure; no intraday high/low to bound it)"
    lo, hi = float(res.intraday.low), float(res.intraday.high)
    if as_pct:
        lo, hi = (lo / res.previous_close - 1) * 100, (hi / res.previous_close - 1) * 100
    shown = (f"{lo:+.2f}%..{hi:+.2f}%" if as_pct else f"{fmt_num(lo)}..{fmt_num(hi)}")
    if within(stated, decimals, lo, hi):
        return mid_session(at_close, f"a mid-session figure: inside the session's range {shown} (low..high)")
    edge = lo if abs(stated - lo) < abs(stated - hi) else hi
    if (at_close[0] is Verdict.CONTRADICTED and not as_pct
            and imprecise(stated, Hedge.EXACT, edge, decimals=decimals, measure="level")):
        # a level quoted during the session a little past the range the daily bars give ("climbed
        # 0.8% to 44,446.8" at midday, 0.28% under the session's low: a slip of a digit, another
        # vendor's tick): close to a price traded, imprecise rather than refuted by the close
        return Verdict.IMPRECISE, (f"{at_close[1]}; a mid-session figure just outside the session's range "
                                   f"{shown} (nearest {fmt_num(edge)})")
    return at_close[0], f"{at_close[1]}; outside even the session's range {shown}"


def _day_sign(rc: ResolvedClaim, res: Any, ev: Evidence) -> CheckedClaim:
    """"Closed Friday in the red", "to end higher": the side of zero of the day's change."""
    side = "higher" if rc.claim.direction is Direction.UP else "lower"
    ok = res.change_pct > 0 if side == "higher" else res.change_pct < 0
    ev.claimed, ev.found = side, round(res.change_pct, 4)
    text = (f"{res.symbol} on {iso(res.session)}: {res.change_pct:+.2f}% "
            f"({fmt_num(res.previous_close)} -> {fmt_num(res.close)})")
    if not ok and rc.claim.details.get("snapshot") and _on_article_day(rc, res):
        return unverifiable(rc, f"{text}; live coverage: the side of zero during the session is "
                            "not in the data", ev)
    return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED,
                   f"{text}: {'closed' if ok else 'did not close'} {side}", ev)


def verify_day_move(rc: ResolvedClaim) -> CheckedClaim:
    if rc.time is not None and rc.time.ok and rc.time.day is None and rc.time.spec:
        # a move over a window ("fell 4% this year"): a period return, not one session
        from capscope.claims.verifiers.returns import verify_period_return

        return verify_period_return(rc)
    got = day_result(rc)
    if isinstance(got, CheckedClaim):
        return got
    res, ev = got
    c = rc.claim
    if res.change_pct is None:
        return unverifiable(rc, f"{iso(res.session)} is the first session in the data", ev)
    if c.details.get("sign_only") and not c.quantities:
        return _day_sign(rc, res, ev)
    parts: list[tuple[Verdict, str]] = []
    pct = pick(c.quantities, Unit.PCT, roles=("move", "change"))
    info = rc.subject.info
    if pct is not None and info is not None and info.kind is Kind.RATE:
        # "the 10-year Treasury yield fell below 1.6%": a yield's percent is its level, not a
        # percent change of it (FRED's end-of-day value; an intraday yield is not in the data)
        level = dataclasses.replace(pct, sign=0)  # "fell below 1.6%": the level, not a fall
        v, text = compare(level, Direction.UNKNOWN, res.close, f"{res.symbol} end-of-day level on "
                          f"{iso(res.session)}", "%", signed=False)
        ev.claimed, ev.found = pct.raw, res.close
        if v is Verdict.CONTRADICTED:
            return unverifiable(rc, f"{text}; a yield's level during the day is not in the data "
                                "(end-of-day values only)", ev)
        return verdict(rc, v, text, ev)
    pts = pick(c.quantities, Unit.POINTS, roles=("move", "change")) or next(
        (q for q in c.quantities if q.unit is Unit.USD and q.role in ("move", "change")), None)
    level = next((q for q in c.quantities if q.role in ("level", "close")
                  and q.unit in (Unit.NUMBER, Unit.USD)), None)
    intraday = _intraday_extreme(c.details, c.direction, res)
    if pct is not None and intraday is not None:
        # "rose as much as 2.1%", "was down 3% at one point": the day's extreme, not its close
        side, extreme, move_pct = intraday
        parts.append(compare(pct, c.direction, move_pct, f"{res.symbol} intraday {side} on "
                             f"{iso(res.session)} ({fmt_num(extreme)} vs the previous close "
                             f"{fmt_num(res.previous_close)}; it closed {res.change_pct:+.2f}%)"))
        ev.claimed, ev.found = pct.raw, round(move_pct, 4)
        ev.values.update({f"intraday_{side}": extreme, f"intraday_{side}_pct": move_pct})
    elif pct is not None:
        parts.append(compare(pct, c.direction, res.change_pct, f"{res.symbol} on "
                             f"{iso(res.session)}"
                             + (" (dividend-adjusted close)" if res.field == "adj_close" else "")))
        ev.claimed, ev.found = pct.raw, round(res.change_pct, 4)
        if c.details.get("snapshot") and parts[-1][0] is not Verdict.SUPPORTED and _on_article_day(rc, res):
            parts[-1] = _snapshot_reading(parts[-1], signed_claim(pct, c.direction), pct.decimals, res,
                                          as_pct=True)
        if c.details.get("intraday"):
            ev.note = "; ".join(filter(None, [ev.note, f"an intraday figure: {res.symbol} has no "
                                              f"intraday high/low on {iso(res.session)}, so the "
                                              "close is compared"]))
    if pts is not None and intraday is not None:
        # "down as much as 40 points earlier": the day's extreme in points
        side, extreme, _ = intraday
        in_usd = pts.unit is Unit.USD
        parts.append(compare(pts, c.direction, extreme - res.previous_close,
                             f"{res.symbol} intraday {side} on {iso(res.session)} "
                             f"({fmt_num(extreme)} vs the previous close "
                             f"{fmt_num(res.previous_close)}) in "
                             f"{'dollars' if in_usd else 'points'}",
                             " $" if in_usd else " points"))
        if ev.claimed is None:
            ev.claimed, ev.found = pts.raw, round(extreme - res.previous_close, 4)
    elif pts is not None:
        in_usd = pts.unit is Unit.USD
        parts.append(compare(pts, c.direction, res.change_points, f"{res.symbol} on "
                             f"{iso(res.session)} in {'dollars' if in_usd else 'points'}",
                             " $" if in_usd else " points", strict=True))
        coarse = _coarser_rows(pts, res)
        if coarse is not None and parts[-1][0] is Verdict.IMPRECISE:
            parts[-1] = coarse
        if c.details.get("snapshot") and parts[-1][0] is not Verdict.SUPPORTED and \
                _on_article_day(rc, res) and res.intraday is not None:
            # "down as much as 200 points around noon": against the session's range in points
            lo, hi = (float(res.intraday.low) - res.previous_close,
                      float(res.intraday.high) - res.previous_close)
            stated = signed_claim(pts, c.direction)
            shown = f"{lo:+,.2f}..{hi:+,.2f} points"
            parts[-1] = (mid_session(parts[-1], f"a mid-session figure: inside the session's "
                                                f"range {shown} (low..high)")
                         if within(stated, pts.decimals, lo, hi) else
                         (parts[-1][0], f"{parts[-1][1]}; outside even the session's range {shown}"))
        if ev.claimed is None:
            ev.claimed, ev.found = pts.raw, round(res.change_points, 4)
    if level is not None:
        parts.append(compare(level, Direction.UNKNOWN, res.close, "close", "", signed=False))
    if not parts:
        if c.direction in (Direction.UP, Direction.DOWN):
            went = "up" if res.change_pct > 0 else "down" if res.change_pct < 0 else "flat"
            ok = went == c.direction.value
            ev.claimed, ev.found = c.direction.value, f"{res.change_pct:+.2f}%"
            return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED,
                           f"{res.symbol} closed {went} {res.change_pct:+.2f}% on "
                           f"{iso(res.session)}", ev)
        return unverifiable(rc, "the claim states no size or direction of the move", ev)
    v = worst([p[0] for p in parts])
    return verdict(rc, v, "; ".join(p[1] for p in parts), ev)


def _coarser_rows(pts: Any, res: Any) -> tuple[Verdict, str] | None:
    """A point change stated to the hundredth that the rows carry only to the tenth ("climbed
    337.17 points" on Oct. 28, 1997, whose closes the data hold as 7161.2 and 7498.3): the rows'
    own change is known to a tenth, so a figure that near is borne out, not imprecise."""
    closes = (res.previous_close, res.close)
    if pts.decimals < 2 or any(x is None or abs(round(float(x) * 10) - float(x) * 10) > 0.01 for x in closes):
        return None
    gap = abs(abs(pts.value) - abs(float(res.change_points)))
    if gap > 0.1 + 1e-9:
        return None
    return Verdict.SUPPORTED, (f"{res.symbol} on {iso(res.session)} in points: stated {pts.raw}, data "
                               f"{float(res.change_points):+,.2f} points from closes the rows carry to one "
                               f"decimal ({fmt_num(res.previous_close)} -> {fmt_num(res.close)})")


@on_day_result
def verify_close_level(rc: ResolvedClaim, res: Any, ev: Evidence) -> CheckedClaim:
    if rc.claim.details.get("rate_level") or rc.claim.details.get("rate_change"):
        return _rate_level(rc, res, ev)
    q = next((q for q in rc.claim.quantities if q.unit in (Unit.NUMBER, Unit.USD, Unit.POINTS)
              or q.unit is Unit.PCT and rc.claim.details.get("extreme")), None)  # (a yield's extreme)
    if q is None:
        return unverifiable(rc, "the claim states no level", ev)
    if rc.claim.details.get("reference") == "record":
        return _record_level(rc, q, res, ev)
    if rc.claim.details.get("average_window"):
        return _average_level(rc, q, res, ev)
    if rc.claim.details.get("extreme"):
        from capscope.claims.verifiers.window_extremes import verify_window_extreme

        return verify_window_extreme(rc, q, res, ev)
    v, text = compare(q, Direction.UNKNOWN, res.close, f"{res.symbol} close on "
                      f"{iso(res.session)}", "", signed=False)
    side = rc.claim.details.get("intraday")
    if side == "either" and res.intraday is None:
        return unverifiable(rc, f"{res.symbol} has no intraday high/low on {iso(res.session)}", ev)
    if side in ("high", "low", "either") and (v is not Verdict.SUPPORTED or side == "either") \
            and res.intraday is not None:
        # "climbed 2.4% to 2,259.70 before paring the gain", "touched 2,539.94": the level of
        # the day's extreme (either one when the words do not say which)
        sides = ("high", "low") if side == "either" else (side,)
        tries = [(compare(q, Direction.UNKNOWN, float(getattr(res.intraday, s_)),
                          f"{res.symbol} intraday {s_} on {iso(res.session)} (close "
                          f"{fmt_num(res.close)})", "", signed=False), s_) for s_ in sides]
        (v, text), _ = min(tries, key=lambda t: VERDICT_RANK[t[0][0]])
    elif rc.claim.details.get("snapshot") and v is not Verdict.SUPPORTED and _on_article_day(rc, res):
        v, text = _snapshot_reading((v, text), q.value, q.decimals, res, as_pct=False)
    ev.claimed, ev.found = q.raw, res.close
    return verdict(rc, v, text, ev)


def _rate_level(rc: ResolvedClaim, res: Any, ev: Evidence) -> CheckedClaim:
    """"Eased to 2.93 percent from 2.96 percent": a yield's end-of-day level on the day (or on
    the session before, for the "from" figure). Wire copy quotes late-afternoon yields, which
    FRED's end-of-day series may not match to the basis point: a miss on every reading is
    unverifiable, never an alarm (:func:`capscope.claims.readings.infirm`)."""
    if rc.claim.details.get("rate_change"):
        # "rose 5 basis points to 4.11%": the change of the end-of-day level, in basis points
        q = next((q for q in rc.claim.quantities if q.unit in (Unit.BP, Unit.PP)), None)
        if q is None or res.change_points is None:
            return unverifiable(rc, "the claim states no change, or the day has no session before", ev)
        change = float(res.change_points) * (100 if q.unit is Unit.BP else 1)  # (the move's own change)
        unit = " bp" if q.unit is Unit.BP else " pp"
        v, text = compare(q, rc.claim.direction, change, f"{res.symbol} end-of-day change on "
                          f"{iso(res.session)}", unit)
        ev.claimed, ev.found = q.raw, round(change, 4)
        return verdict(rc, Verdict.CONTRADICTED if v is Verdict.IMPRECISE else v, text, ev)
    q = next((q for q in rc.claim.quantities if q.unit is Unit.PCT), None)
    if q is None:
        return unverifiable(rc, "the claim states no level", ev)
    previous = rc.claim.details.get("previous_session")
    if previous and res.previous_session is None:
        return unverifiable(rc, f"{iso(res.session)} is the first session in the data", ev)
    level = float(res.previous_close) if previous else float(res.close)
    day = res.previous_session if previous else res.session
    if previous:  # the session read is the one before: the table and the command say that one
        ev.values = {**ev.values, "session": iso(day)}
        ev.command = f"capscope move {res.symbol} --on {iso(day)}"
    v, text = compare(dataclasses.replace(q, sign=0), Direction.UNKNOWN, level,
                      f"{res.symbol} end-of-day level on {iso(day)}", "%", signed=False)
    ev.claimed, ev.found = q.raw, level
    if v is Verdict.IMPRECISE:
        v = Verdict.CONTRADICTED  # a miss on this reading; readings.infirm says why it is no alarm
    return verdict(rc, v, text, ev)


def _average_level(rc: ResolvedClaim, q: Any, res: Any, ev: Evidence) -> CheckedClaim:
    """"Its 50-day moving average fell to 1,222.95": the simple average of the last N closes on
    the day (``stats.levels.moving_average``)."""
    from capscope.stats.levels import moving_average

    n = int(rc.claim.details["average_window"])
    cmd = f"capscope ma {res.symbol} --window {n} --on {iso(res.session)}"
    try:
        ma = memo(moving_average, res.symbol, n, res.session)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.levels.moving_average", cmd)
    ev2 = Evidence(statistic="capscope.stats.levels.moving_average", command=cmd,
                   arguments={"symbol": res.symbol, "window": n, "on": iso(res.session)},
                   claimed=q.raw, found=ma.average)
    v, text = compare(q, Direction.UNKNOWN, ma.average, f"{res.symbol} {n}-day average on {iso(res.session)}",
                      "", signed=False)
    return verdict(rc, v, text, ev2, ev)


def _record_level(rc: ResolvedClaim, q: Any, res: Any, ev: Evidence) -> CheckedClaim:
    """"Its all-time closing high of 14,164.53": the record close (or intraday high) as of the
    article's day, or as of the session before when the day set a new one ("topping the closing
    high of 11,980.60" is the old record)."""
    from capscope.stats.moves import move

    measure = rc.claim.details.get("measure")  # close, intraday, or either ("record high")
    if measure == "intraday" and res.intraday is None:
        return unverifiable(rc, f"{res.symbol} has no intraday highs on {iso(res.session)}", ev)
    readings = [res]
    if res.previous_session is not None:
        with contextlib.suppress(CapscopeError):
            readings.append(memo(move, res.symbol, on=res.previous_session))
    tried, levels = [], []
    for r in readings:
        for intraday in {"close": (False,), "intraday": (True,)}.get(measure, (False, True)):
            if intraday and r.intraday is None:
                continue
            level = float(r.intraday.record_high) if intraday else float(r.record_close)
            levels.append(level)
            day = r.intraday.record_high_date if intraday else r.record_date
            what = (f"{res.symbol} record {'intraday high' if intraday else 'close'} as of "
                    f"{iso(r.session)}: {fmt_num(level)} on {iso(day)}")
            tried.append(compare(q, Direction.UNKNOWN, level, what, "", signed=False))
    ev.claimed = q.raw
    ev.found = min(levels, key=lambda x: abs(x - q.value)) if levels else None  # (firmness: a figure far off)
    ev.command = f"capscope move {res.symbol} --on {iso(res.session)}"
    v, text = min(tried, key=lambda t: VERDICT_RANK[t[0]])
    return verdict(rc, v, text, ev)


def _record_in_window(rc: ResolvedClaim, res: Any, ev: Evidence, which: str) -> CheckedClaim | None:
    """A record set somewhere in a window ("its previous all-time high, reached in November
    2021"): the window's highest (lowest) close against every close before the window. None
    when the claim names one session, or the window holds no close."""
    w = rc.time
    if w is None or w.day is not None or w.start is None or w.end is None or w.start == w.end:
        return None
    from capscope.stats._history import history

    h = history(res.symbol, res.field)
    lo, t = h.first_row_from(w.start), h.row(w.end)
    if t < lo:
        return None
    seg = h.values[lo:t + 1]
    k = int(seg.argmax() if which == "high" else seg.argmin())
    value, when = float(seg[k]), h.date(lo + k)
    prior = h.values[:lo]
    best = "highest" if which == "high" else "lowest"
    text = f"{res.symbol} {best} close {w.start.date()}..{w.end.date()}: {fmt_num(value)} on {iso(when)}"
    if prior.size == 0:
        ok = True
        text += f" (the data begin {iso(h.date(0))})"
    else:
        j = int(prior.argmax() if which == "high" else prior.argmin())
        ok = value >= prior[j] if which == "high" else value <= prior[j]
        text += (f": a record close (the {best} before it, {fmt_num(float(prior[j]))} on {iso(h.date(j))})"
                 if ok else f": not a record (the data hold {fmt_num(float(prior[j]))} on {iso(h.date(j))})")
    ev.claimed, ev.found = f"record {which} in the window", text
    ev.values.update({"window_extreme": value, "window_extreme_date": iso(when)})
    if rc.claim.details.get("negated"):
        return verdict(rc, Verdict.CONTRADICTED if ok else Verdict.SUPPORTED, text, ev)
    return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED, text, ev)


_BRIEFLY = re.compile(r"\b(?:briefly|intraday|at\s+one\s+point|earlier\s+in\s+the\s+(?:day|session)|"
                      r"during\s+the\s+(?:day|session))\b", re.IGNORECASE)


@on_day_result
def verify_record(rc: ResolvedClaim, res: Any, ev: Evidence) -> CheckedClaim:
    c = rc.claim
    which = str(c.details.get("which", "high") or "high")
    if c.details.get("measure") == "spread":
        return unverifiable(rc, "a record of a spread between two series (capscope keeps the series' own "
                                "records, not records of their spreads)", ev)
    intraday = c.details.get("measure") == "intraday"
    if c.details.get("first_since") and rc.since is not None:
        return _first_record_since(rc, res, ev)
    if not intraday:
        in_window = _record_in_window(rc, res, ev, which)
        if in_window is not None:
            return in_window
    if which == "low":
        ext = res.lowest_close_since
        ok = ext.is_record
        text = (f"{res.symbol} closed at {fmt_num(res.close)} on {iso(res.session)}: "
                + ("the lowest close in the data" if ok else
                   f"a lower close on {iso(ext.since_date)} ({fmt_num(ext.since_value)})"))
    elif intraday and res.intraday is not None:
        i = res.intraday
        ok = i.highest_high_since.is_record
        text = (f"{res.symbol} intraday high {fmt_num(i.high)} on {iso(res.session)}; record "
                f"intraday high {fmt_num(i.record_high)} on {iso(i.record_high_date)}")
    else:
        ok = res.highest_close_since.is_record
        text = (f"{res.symbol} closed at {fmt_num(res.close)} on {iso(res.session)}; record close "
                f"{fmt_num(res.record_close)} on {iso(res.record_date)} "
                f"({res.pct_below_record:+.2f}% from it)")
        if not ok and res.intraday is not None and res.intraday.highest_high_since.is_record \
                and not pins_the_close(c):
            # "hit an all-time high on Monday" without a word of the close: the session's high
            # set the record even though the close did not
            ok = True
            text = (f"{res.symbol} intraday high {fmt_num(res.intraday.high)} on {iso(res.session)} "
                    f"is a record intraday high (the close, {fmt_num(res.close)}, was not a record "
                    f"close: {fmt_num(res.record_close)} on {iso(res.record_date)})")
    ev.claimed, ev.found = f"record {which}", text
    ev.values.update({"record_close": res.record_close, "record_date": iso(res.record_date),
                      "data_begins": iso(res.data_begins)})
    briefly = None if ok or res.intraday is not None else _BRIEFLY.search(c.sentence)
    if briefly is not None and not SAYS_CLOSE.search(c.text):
        # "the 10-year yield briefly hit a record low": a level during the day, and the data hold
        # end-of-day values only for this series
        return unverifiable(rc, f"{text}; a record during the session ('{briefly.group(0)}'), "
                            f"and {res.symbol} has end-of-day values only", ev)
    if ok:
        text += f" (record over the data, which begins {iso(res.data_begins)})"
    if c.details.get("negated"):
        # "ended shy of its record", "missed a record close": true when it was not a record
        ev.claimed = f"not a record {which}"
        return verdict(rc, Verdict.CONTRADICTED if ok else Verdict.SUPPORTED,
                       text + (": it was a record" if ok else ": not a record, as stated"), ev)
    return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED, text, ev)


def _first_record_since(rc: ResolvedClaim, res: Any, ev: Evidence) -> CheckedClaim:
    """"A record high for the first time since August 2018", "a record, its first since
    December": the last record close before the day (stats.extremes.record_closes_in over the
    data to the session before) must fall in the named period, by the rule of every "since"
    claim. Whether the day's own close was a record is the record claim beside it."""

    from capscope.claims.verifiers.since import since_verdict
    from capscope.data.calendar import session_before
    from capscope.stats.extremes import record_closes_in

    before = session_before(res.session)
    try:
        rec = memo(record_closes_in, res.symbol, res.data_begins, before)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.extremes.record_closes_in")
    prev = rec.dates[-1] if rec.dates else None
    ev2 = Evidence(statistic="capscope.stats.extremes.record_closes_in",
                   arguments={"symbol": res.symbol, "start": iso(res.data_begins), "end": iso(before)},
                   claimed=f"first record since {rc.since.label}",
                   found=f"previous record close {iso(prev)}" if prev is not None else "no earlier record close",
                   values={"previous_record": iso(prev)})
    v, why = since_verdict(prev, prev is None, rc.since, f"{res.symbol}'s last record close before {iso(res.session)}",
                           res.data_begins, unmatched="the first record close in the data")
    return verdict(rc, v, why, ev2, ev)


def verify_streak(rc: ResolvedClaim) -> CheckedClaim:
    c = rc.claim
    if c.quantity("threshold") is not None or c.details.get("threshold") or (
            c.details.get("relative") and c.comparison is not None):
        from capscope.claims.verifiers.streaks import verify_threshold_streak

        return verify_threshold_streak(rc)
    unit = str(c.details.get("unit", "session") or "session")
    if unit in ("week", "month"):
        from capscope.claims.verifiers.streaks import verify_calendar_streak

        return verify_calendar_streak(rc)
    if unit not in ("session", "day", "trading day"):
        return unverifiable(rc, f"a run of {unit}s is not a streak capscope counts (it counts "
                                "sessions, weeks and months)")
    side = c.details.get("side_of_average")
    if side:
        from capscope.claims.verifiers.streaks import verify_side_run

        return verify_side_run(rc, int(side["window"]), bool(side["above"]))
    if c.details.get("of_records"):
        return unverifiable(rc, "a run of record highs, not of gains: capscope counts runs of gains "
                                "and losses (and records one session at a time)")
    got = day_result(rc)
    if isinstance(got, CheckedClaim):
        return got
    res, ev = got
    length = c.details.get("length")
    if length is None:
        q = pick(c.quantities, Unit.COUNT)
        length = int(q.value) if q is not None else None
    want = "up" if c.direction in (Direction.UP, Direction.UNKNOWN) else "down"
    if c.direction is Direction.UNKNOWN and res.streak_direction == "down":
        want = "down"
    ev.values.update({"streak_direction": res.streak_direction,
                      "streak_sessions": res.streak_sessions,
                      "streak_start": iso(res.streak_start)})
    found = (f"{res.streak_sessions}-session {'winning' if res.streak_direction == 'up' else 'losing'}"
             f" streak since {iso(res.streak_start)}" if res.streak_sessions else "no streak")
    ev.claimed, ev.found = f"{length}-session {'winning' if want == 'up' else 'losing'} streak", found
    text = f"{res.symbol} on {iso(res.session)}: {found}"
    if length is None:
        ok = res.streak_direction == want and res.streak_sessions >= 2
        v = Verdict.SUPPORTED if ok else Verdict.CONTRADICTED
    elif res.streak_direction != want:
        v = Verdict.CONTRADICTED
    elif res.streak_sessions == int(length) or (
            c.hedge.value in ("more_than", "at_least") and res.streak_sessions >= int(length)):
        v = Verdict.SUPPORTED
    else:
        v, text = Verdict.CONTRADICTED, f"{text} (stated {length})"
    if v is Verdict.SUPPORTED and rc.since is not None and res.streak_sessions >= 2:
        return _longest_since(rc, res, ev, text, want)
    return verdict(rc, v, text, ev)


def _longest_since(rc: ResolvedClaim, res: Any, ev: Evidence, text: str,
                   want: str) -> CheckedClaim:
    """"Its longest winning streak since 2004": the last earlier run at least as long, from
    :func:`capscope.stats.streaks.streak_study` (runs of N+ sessions, N the day's streak)."""
    from capscope.claims.verifiers.since import since_verdict
    from capscope.stats.streaks import streak_study

    sym, day, n = res.symbol, res.session, int(res.streak_sessions)
    cmd = (f"capscope streaks {sym} --days {n}" + (" --direction down" if want == "down" else "")
           + f" --on {iso(day)}")
    try:
        st = memo(streak_study, sym, n, 0.0, direction=want, on=day)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.streaks.streak_study", cmd)
    prev = st.latest.longest_since if st.latest is not None else None
    ev2 = Evidence(statistic="capscope.stats.streaks.streak_study", command=cmd,
                   arguments={"symbol": sym, "days": n, "direction": want, "on": iso(day)},
                   claimed=f"longest since {rc.since.label}" if rc.since else "",
                   found=f"last run at least as long ended {iso(prev)}" if prev is not None
                   else f"the longest in the data (from {iso(st.history_begins)})",
                   values={"previous_as_long": iso(prev)})
    v, since_text = since_verdict(prev, prev is None, rc.since, f"{sym}'s {n}-session streak",
                                   res.data_begins)
    return verdict(rc, v, f"{text}; {since_text}", ev, ev2)


__all__ = ["day_result", "on_day_result", "verify_close_level", "verify_day_move", "verify_record", "verify_streak"]
