"""Claims about a change over a window and about one series against another.

Both call :mod:`capscope.stats.returns` (``period_return``, ``compare_returns``) with the window the
time phrase resolved to, so the calendar-window rule ("a month before 2024-07-16 starts from the
close of 2024-06-14") is that module's, written down there. Returns are price returns (the close,
as news quotes them); for an ETF the total return is given alongside in the evidence.

Comparisons: "triple the gains" checks the ratio a/b against 3 with the lexicon's factor rule
(2.5-3.5); "outperformed by 5 points" the difference in percentage points; "lagging" /
"outperforming" only the sign of the difference.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from capscope.claims.lexicon import factor_matches
from capscope.claims.model import CheckedClaim, Direction, Evidence, Unit, Verdict
from capscope.claims.resolve import ResolvedClaim, TimeWindow
from capscope.claims.verifiers._base import (
    compare,
    fmt_pct,
    from_error,
    iso,
    memo,
    mid_session,
    need_symbol,
    pick,
    signed_claim,
    unverifiable,
    verdict,
    within,
    worst,
)
from capscope.data.symbols import Kind
from capscope.errors import CapscopeError


def _window(rc: ResolvedClaim) -> tuple[TimeWindow | None, str]:
    w = rc.time
    if w is None and rc.claim.details.get("move_session") and rc.anchor is not None:
        # compared over the subject's undated day move: the article's day, from the close before
        return TimeWindow(label="the session of the move stated", day=rc.anchor, spec="1D", on=rc.anchor), ""
    if w is None:
        return None, ("the claim states no period (over what window the change was measured is "
                      "not said)")
    if not w.ok:
        return None, w.reason
    if w.spec is None and w.day is not None:
        # one session ("outpacing the S&P 500's 0.5% gain" on Thursday): from the close before,
        # the window stats.returns calls 1D
        return dataclasses.replace(w, spec="1D", on=w.day), ""
    if w.spec is None:
        return None, f"'{w.label}' is not a window a return can be measured over"
    return w, ""


def _cmd(sym: str, w: TimeWindow, vs: str | None = None, on_iso: str | None = None) -> str:
    """The command reproducing a return over ``w`` (``on_iso``: ``iso(w.on)`` when at hand)."""
    vs_part = f" --vs {vs}" if vs else ""
    on = f" --on {iso(w.on) if on_iso is None else on_iso}" if w.on is not None else ""
    return f"capscope returns {sym}{vs_part} --window {w.spec}{on}"


_TOTAL_WORDS = re.compile(r"\b(returned|returns?|total return|dividends? reinvested|"
                          r"including dividends)\b", re.I)


def _total_return(rc: ResolvedClaim, sym: str, w: TimeWindow):
    """The total return over the window: the ETF's own, or for an index the ETF tracking it."""
    from capscope.data.symbols import SYMBOLS
    from capscope.stats.returns import period_return

    info = rc.subject.info
    if info is None:
        return None
    etf = sym if info.has_total_return else next(
        (s for s, i in SYMBOLS.items() if i.tracks == sym and i.has_total_return), None)
    if etf is None:
        return None
    try:
        return etf, memo(period_return, etf, w.spec, on=w.on, total=True)
    except CapscopeError:
        return None


def _live_reading(at_close: tuple[Verdict, str], stated: float, decimals: int, sym: str, r: Any,
                  rc: ResolvedClaim, *, beyond: bool = False, up: bool = True) -> tuple[Verdict, str]:
    """A return "so far this month" from live coverage, ending on the article's own session: the
    end price was a mid-session one, so the stated return is borne out when it lies between the
    returns to that session's low and high (give or take its last decimal). With ``beyond``,
    only the side of zero is stated ("in the red for the year"): borne out when the session's
    low (high, for ``up``) reaches that side."""
    from capscope.stats.moves import move

    day = rc.anchor
    if day is None or r.end != day or (rc.published is not None and day < rc.published):
        return at_close  # not the session in progress when the story was filed
    try:
        res = memo(move, sym, on=r.end)
    except CapscopeError:
        return at_close
    if res.intraday is None or not r.start_close:
        return at_close
    lo = (float(res.intraday.low) / r.start_close - 1) * 100
    hi = (float(res.intraday.high) / r.start_close - 1) * 100
    rng = f"{lo:+.2f}%..{hi:+.2f}%"
    if (beyond and (hi > 0 if up else lo < 0)) or (not beyond and within(stated, decimals, lo, hi)):
        return mid_session(at_close, f"a mid-session figure: inside the range to {iso(r.end)}'s low and high, {rng}")
    return at_close[0], f"{at_close[1]}; outside even the range to {iso(r.end)}'s low and high, {rng}"


def _verify_drawdown(rc: ResolvedClaim, w: TimeWindow) -> CheckedClaim:
    """"Fell 54.5 percent from March 1937 to March 1938": the deepest peak-to-trough fall of
    the closes inside the window (stats.extremes.max_drawdown_in)."""
    from capscope.stats.extremes import max_drawdown_in

    sym = rc.subject.symbol
    q = pick(rc.claim.quantities, Unit.PCT)
    if q is None or w.start is None or w.end is None:
        return unverifiable(rc, "a peak-to-trough fall needs a stated percentage and a window")
    try:
        d = memo(max_drawdown_in, sym, w.start, w.end)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.extremes.max_drawdown_in")
    ev = Evidence(statistic="capscope.stats.extremes.max_drawdown_in", command=d.command,
                  arguments={"symbol": sym, "start": iso(w.start), "end": iso(w.end)},
                  claimed=q.raw, found=round(d.depth_pct, 4),
                  values={"peak": d.peak, "peak_date": iso(d.peak_date), "trough": d.trough,
                          "trough_date": iso(d.trough_date)})
    v, text = compare(q, Direction.DOWN, d.depth_pct,
                      f"{sym} peak {d.peak:,.2f} on {iso(d.peak_date)} -> trough "
                      f"{d.trough:,.2f} on {iso(d.trough_date)}")
    return verdict(rc, v, text, ev)


def verify_period_return(rc: ResolvedClaim) -> CheckedClaim:
    why = need_symbol(rc)
    if why:
        return unverifiable(rc, why)
    info = rc.subject.info
    if info is not None and info.kind is Kind.RATE and rc.anchor is not None:
        # "the 10-year yield fell below 1.6%" in a sentence with a window elsewhere: a yield's
        # percent is its level on the day, never a return over the window
        from capscope.claims.verifiers.moves import verify_day_move

        return verify_day_move(dataclasses.replace(rc, time=None))
    w, why = _window(rc)
    if w is None:
        return unverifiable(rc, why)
    if rc.claim.details.get("measure") == "drawdown":
        return _verify_drawdown(rc, w)
    from capscope.stats.returns import period_return

    c = rc.claim
    sym = rc.subject.symbol
    on_iso = iso(w.on)
    args = {"symbol": sym, "window": w.spec, "on": on_iso}
    cmd = _cmd(sym, w, on_iso=on_iso)
    price_note = ""
    try:
        r = memo(period_return, sym, w.spec, on=w.on)
    except CapscopeError as exc:
        info = rc.subject.info
        if info is None or not info.has_total_return:
            return from_error(rc, exc, "capscope.stats.returns.period_return", cmd, args)
        try:  # sector funds: no traded close before 2026-03-20 here, only the adjusted one
            r = memo(period_return, sym, w.spec, on=w.on, total=True)
        except CapscopeError:
            return from_error(rc, exc, "capscope.stats.returns.period_return", cmd, args)
        cmd += " --total"
        price_note = (f"{sym} has no traded close over the window: read as a total return "
                      "(dividend-adjusted close)")
    start, end = iso(r.start), iso(r.end)
    values = {"start": start, "end": end, "start_close": r.start_close,
              "end_close": r.end_close, "return_pct": r.return_pct, "basis": r.basis}
    if rc.subject.info is not None and rc.subject.info.has_total_return:
        try:
            t = memo(period_return, sym, w.spec, on=w.on, total=True)
            values["total_return_pct"] = t.return_pct
        except CapscopeError:
            pass
    ev = Evidence(statistic="capscope.stats.returns.period_return", arguments=args, command=cmd,
                  values=values, note="; ".join([x for x in (price_note,) if x]
                                                + [*w.notes, *rc.subject.notes, *r.warnings]))
    what = f"{sym} {start} close -> {end} close" + (
        " (dividend-adjusted)" if price_note else "")
    parts = []
    pct = pick(c.quantities, Unit.PCT)
    pts = pick(c.quantities, Unit.POINTS)
    if pct is not None:
        parts.append(compare(pct, c.direction, r.return_pct, what))
        ev.claimed, ev.found = pct.raw, round(r.return_pct, 4)
        if c.details.get("snapshot") and parts[-1][0] is not Verdict.SUPPORTED and not price_note:
            parts[-1] = _live_reading(parts[-1], signed_claim(pct, c.direction), pct.decimals, sym, r, rc)
    if pts is not None:
        parts.append(compare(pts, c.direction, r.change_points, f"{what} in points", " points"))
        if ev.claimed is None:
            ev.claimed, ev.found = pts.raw, round(r.change_points, 4)
    if pct is not None and parts[0][0] is not Verdict.SUPPORTED and _TOTAL_WORDS.search(
            f"{c.text} {c.sentence}"):
        tr = _total_return(rc, sym, w)
        if tr is not None:
            etf, t = tr
            ev.values["total_return_pct"] = t.return_pct
            ev.values["total_return_symbol"] = etf
            v2, text2 = compare(pct, c.direction, t.return_pct,
                                f"total return of {etf} (dividends reinvested) "
                                f"{iso(t.start)} -> {iso(t.end)}")
            if v2 is Verdict.SUPPORTED:
                ev.found = round(t.return_pct, 4)
                ev.command = _cmd(etf, w) + " --total"
                return verdict(rc, v2, f"'returned' read as a total return: {text2} (price "
                               f"return of {sym}: {fmt_pct(r.return_pct)})", ev)
            if etf != sym and v2 is Verdict.IMPRECISE:
                # "returned 4.89% in 2005" against SPY's 4.83%: the index's own total return is not
                # in the data, and its fund's trails it by fees and tracking, so a near miss on the
                # fund decides nothing
                return unverifiable(rc, f"a total return ('returned'): {sym}'s own is not in the data; "
                                    f"its fund {etf} returned {fmt_pct(t.return_pct)} with dividends, "
                                    f"{sym} {fmt_pct(r.return_pct)} on price", ev)
            parts[0] = (parts[0][0], f"{parts[0][1]}; as a total return ({etf}): "
                                     f"{fmt_pct(t.return_pct)}")
    if parts and parts[0][0] is Verdict.CONTRADICTED and "total_return_pct" not in ev.values and \
            (r.end - r.start).days >= _DIVIDENDS_MATTER_DAYS:
        # for the alarm gate (readings.firmness): the fund's total return, which outlets quote
        # for an index without saying so and which the index's own data cannot give
        tr = _total_return(rc, sym, w)
        if tr is not None:
            ev.values["total_return_pct"], ev.values["total_return_symbol"] = tr[1].return_pct, tr[0]
    if not parts:
        if c.direction in (Direction.UP, Direction.DOWN):
            ok = (r.return_pct > 0) == (c.direction is Direction.UP) and r.return_pct != 0
            ev.claimed, ev.found = c.direction.value, round(r.return_pct, 4)
            at_close = (Verdict.SUPPORTED if ok else Verdict.CONTRADICTED, f"{what}: {fmt_pct(r.return_pct)}")
            if not ok and c.details.get("snapshot") and not price_note:
                # "Early on Friday the index slipped into the red for the year": the side of zero
                # at a moment of the session, borne out when the session's range reaches it
                up = c.direction is Direction.UP
                at_close = _live_reading(at_close, 1e-9 if up else -1e-9, 0, sym, r, rc,
                                         beyond=True, up=up)
            return verdict(rc, *at_close, ev)
        return unverifiable(rc, "the claim states no size or direction of the change", ev)
    return verdict(rc, worst([p[0] for p in parts]), "; ".join(p[1] for p in parts), ev)


# a window long enough for dividends to tell a total return from a price return by more than a
# figure's rounding
_DIVIDENDS_MATTER_DAYS = 90


def verify_relative_return(rc: ResolvedClaim) -> CheckedClaim:
    why = need_symbol(rc)
    if why:
        return unverifiable(rc, why)
    comp = rc.comparison
    if comp is None or not comp.symbol:
        return unverifiable(rc, comp.reason if comp is not None and comp.reason else
                            "the claim names no second series to compare with")
    w, why = _window(rc)
    if w is None:
        return unverifiable(rc, why)
    from capscope.stats.returns import compare_returns

    c = rc.claim
    a, b = rc.subject.symbol, comp.symbol
    if a == b:
        return unverifiable(rc, f"both sides of the comparison resolve to {a}")
    args = {"a": a, "b": b, "window": w.spec, "on": iso(w.on)}
    cmd = _cmd(a, w, vs=b)
    try:
        r = memo(compare_returns, a, b, w.spec, on=w.on)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.returns.compare_returns", cmd, args)
    ra, rb = r.a.return_pct, r.b.return_pct
    ev = Evidence(statistic="capscope.stats.returns.compare_returns", arguments=args,
                  command=cmd,
                  values={"start": iso(r.a.start), "end": iso(r.a.end), "a_return_pct": ra,
                          "b_return_pct": rb, "difference_pp": r.difference_pp,
                          "ratio": r.ratio, "ratio_note": r.ratio_note, "leader": r.leader},
                  note="; ".join([*w.notes, *r.warnings]))
    head = (f"{iso(r.a.start)} -> {iso(r.a.end)}: {a} {fmt_pct(ra)}, {b} {fmt_pct(rb)} "
            f"(difference {r.difference_pp:+.2f} pp)")
    relation = str(c.details.get("relation", "") or "")
    factor = c.details.get("factor")
    fq = pick(c.quantities, Unit.FACTOR)
    if factor is None and fq is not None:
        factor = fq.value
    spread = c.quantity("spread") or pick(c.quantities, Unit.PP, Unit.POINTS)
    parts: list[tuple[Verdict, str]] = []
    if factor is not None:
        hedge = fq.hedge if fq is not None else c.hedge
        ev.claimed = f"{factor:g}x"
        ratio, note = r.ratio, r.ratio_note
        if ratio is None and ra < 0 and rb < 0:
            # "down nearly twice as much as the large-cap indexes": a ratio of two losses
            from capscope.stats.returns import loss_ratio

            ratio, note = loss_ratio(ra, rb)
        ev.found = None if ratio is None else round(ratio, 3)
        if ratio is None:
            parts.append((Verdict.CONTRADICTED, f"{head}: {note}"))
        elif factor_matches(float(factor), hedge, ra, rb):
            parts.append((Verdict.SUPPORTED, f"{head}: ratio {ratio:.2f}x ({note})"))
        elif (ra > 0) == (rb > 0) and abs(ratio - float(factor)) <= 0.25 * float(factor) + 0.5:
            parts.append((Verdict.IMPRECISE, f"{head}: ratio {ratio:.2f}x, stated "
                                             f"{factor:g}x"))
        else:
            parts.append((Verdict.CONTRADICTED, f"{head}: ratio {ratio:.2f}x, not {factor:g}x"))
    if spread is not None and factor is None:
        d = r.difference_pp
        direction = c.direction if c.direction is not Direction.UNKNOWN else Direction.OUTPERFORM
        parts.append(compare(spread, direction, d, f"{a} vs {b}", " pp"))
        ev.claimed, ev.found = spread.raw, round(d, 4)
    if not parts:
        want_lead = relation in ("lead", "outperform") or c.direction is Direction.OUTPERFORM
        want_lag = relation in ("lag", "underperform") or c.direction is Direction.UNDERPERFORM
        if not (want_lead or want_lag):
            return unverifiable(rc, "the comparison states neither a factor, a spread nor who "
                                    "led", ev)
        ok = (r.leader == a) if want_lead else (r.leader == b)
        ev.claimed = f"{a} {'ahead of' if want_lead else 'behind'} {b}"
        ev.found = f"leader {r.leader}"
        parts.append((Verdict.SUPPORTED if ok else Verdict.CONTRADICTED, head))
    return verdict(rc, worst([p[0] for p in parts]), "; ".join(p[1] for p in parts), ev)


__all__ = ["verify_period_return", "verify_relative_return"]
