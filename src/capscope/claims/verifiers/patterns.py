"""Forecasts, checked after the fact, and historical patterns tested by an event study.

Forecasts ("could rise as much as 40% in 10 weeks") run from the last session on or before
publication over the stated horizon. When the data ends before the horizon does, the verdict is
``forecast``: nothing to check yet. Otherwise the best (for a fall: the worst) close inside the
horizon is located and the return to it computed by :func:`capscope.stats.returns.period_return`,
as is the return at the horizon's end:

* with a stated size: *supported* when the best move reached it (the lexicon's non-forecast
  rule for "as much as": at least 90% of the figure), *imprecise* when it went that way but fell
  short within the lexicon's imprecision band, *contradicted* otherwise;
* without a size ("the rally could last more than two months"): *supported* when the close at the
  horizon's end is on the stated side of the starting close, else *contradicted*.

Patterns ("small caps tend to outperform in the 12-24 months after the first cut") call
:func:`capscope.fed.study.cycle_study` for the event and the horizons named. "Tend to" is read as
a majority: supported when at every horizon both the mean difference is above zero and the hit
rate above 50% (mirrored for "underperform"); contradicted when neither holds at any horizon;
imprecise when the evidence is mixed. The sample size is always in the explanation.
"""

from __future__ import annotations

import re

import pandas as pd

from capscope.claims.lexicon import imprecise, matches
from capscope.claims.model import CheckedClaim, Direction, Evidence, Unit, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import (
    compare,
    fmt_pct,
    from_error,
    iso,
    memo,
    need_symbol,
    unverifiable,
    verdict,
)
from capscope.errors import CapscopeError


def verify_forecast(rc: ResolvedClaim) -> CheckedClaim:
    c = rc.claim
    w = rc.time
    if w is None:
        return verdict(rc, Verdict.FORECAST, "a forecast with no horizon: nothing to check",
                       missing="the forecast states no horizon")
    if not w.ok:
        if w.forward and rc.published is None:
            return verdict(rc, Verdict.FORECAST, f"a forecast over '{w.label}'; the publication "
                           "date is needed to place it (pass --published YYYY-MM-DD)",
                           missing="publication date")
        return unverifiable(rc, w.reason)
    why = need_symbol(rc)
    if why:
        return verdict(rc, Verdict.FORECAST, f"a forecast; {why}", missing=why)
    from capscope.data.series import series
    from capscope.stats.returns import period_return

    sym = rc.subject.symbol
    start, end = w.start, w.end
    try:
        s = memo(series, sym)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.data.series.series")
    if end is None or start is None:
        return unverifiable(rc, f"'{w.label}' has no end")
    if len(s) and end > s.index[-1]:
        return verdict(rc, Verdict.FORECAST, f"a forecast for {iso(start)}..{iso(end)}; the data "
                       f"ends {iso(s.index[-1])}: not checkable yet",
                       missing=f"{sym} data after {iso(s.index[-1])}")
    down = c.direction is Direction.DOWN
    path = s.loc[start:end]
    if len(path) < 2:
        return unverifiable(rc, f"{sym} has fewer than two closes between {iso(start)} and "
                                f"{iso(end)} (its closes run {iso(s.index[0])} to "
                                f"{iso(s.index[-1])})" if len(s) else f"{sym} has no closes")
    extreme_day = path.idxmin() if down else path.idxmax()
    spec_end = f"{iso(start)}:{iso(end)}"
    cmd = f"capscope returns {sym} --window {spec_end}"
    args = {"symbol": sym, "window": spec_end}
    try:
        at_end = memo(period_return, sym, spec_end)
        best = memo(period_return, sym, f"{iso(start)}:{iso(extreme_day)}") \
            if extreme_day > start else None
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.returns.period_return", cmd, args)
    best_pct = best.return_pct if best is not None else 0.0
    ev = Evidence(statistic="capscope.stats.returns.period_return", arguments=args, command=cmd,
                  values={"start": iso(start), "end": iso(at_end.end),
                          "return_at_end_pct": at_end.return_pct,
                          "best_close_day": iso(extreme_day), "best_move_pct": best_pct},
                  note="; ".join(w.notes) + "; the best close inside the horizon was located "
                       "in the series and the return to it computed by period_return")
    head = (f"{sym} from {iso(start)} ({fmt_num2(at_end.start_close)}): "
            f"{'lowest' if down else 'best'} close {iso(extreme_day)} ({fmt_pct(best_pct)}), "
            f"{fmt_pct(at_end.return_pct)} at {iso(at_end.end)}")
    q = next((q for q in c.quantities if q.unit is Unit.PCT), None)
    target = next((x for x in c.quantities if x.unit in (Unit.NUMBER, Unit.USD, Unit.POINTS)
                   and x.role in ("target", "level", "")), None)
    if q is None and target is not None:
        # "sees the S&P 500 at 6,000 within 12 months": was the level reached inside the horizon?
        lvl = float(target.value)
        going_up = lvl >= at_end.start_close
        reached = path.max() >= lvl if going_up else path.min() <= lvl
        first = (path[path >= lvl] if going_up else path[path <= lvl])
        ev.claimed, ev.found = f"{lvl:,.2f}", float(path.max() if going_up else path.min())
        text = (f"after the fact: {head}; {'reached' if reached else 'did not reach'} "
                f"{lvl:,.2f}" + (f" (first close there {iso(first.index[0])})" if reached
                                 else ""))
        return verdict(rc, Verdict.SUPPORTED if reached else Verdict.CONTRADICTED, text, ev)
    if q is None:
        want_up = not down
        ok = (at_end.return_pct > 0) == want_up and at_end.return_pct != 0
        ev.claimed, ev.found = ("rise" if want_up else "fall"), round(at_end.return_pct, 4)
        return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED,
                       f"after the fact: {head}", ev)
    claimed = -abs(q.value) if down else abs(q.value)
    ev.claimed, ev.found = q.raw, round(best_pct, 4)
    if matches(claimed, q.hedge, best_pct, decimals=q.decimals, word=q.word):
        v = Verdict.SUPPORTED
    elif imprecise(claimed, q.hedge, best_pct, decimals=q.decimals, word=q.word):
        v = Verdict.IMPRECISE
    else:
        v = Verdict.CONTRADICTED
    return verdict(rc, v, f"after the fact: {head}; stated {q.hedge_text + ' ' if q.hedge_text else ''}"
                          f"{q.raw}", ev)


def fmt_num2(x: float) -> str:
    return f"{x:,.2f}"


_EVENT_WORDS = (("first-cut", r"first (rate )?cut|begin\w* (a |to )?(rate-)?cut|easing cycle"),
                ("first-hike", r"first (rate )?hike|begin\w* (a |to )?(rate-)?hik|tightening cycle"),
                ("last-hike", r"last (rate )?hike|final hike|end of (the )?hik"),
                ("last-cut", r"last (rate )?cut|final cut"))


def _event(rc: ResolvedClaim) -> str | None:
    raw = str(rc.claim.details.get("event", "") or "").lower().replace("_", "-")
    if raw in ("first-cut", "first-hike", "last-hike", "last-cut"):
        return raw
    if "election" in raw or re.search(r"\belections?\b", f"{rc.claim.text} {rc.claim.sentence}",
                                      re.I):
        return "us-elections"
    text = f"{raw} {rc.claim.text} {rc.claim.sentence}".lower()
    for name, rx in _EVENT_WORDS:
        if re.search(rx, text):
            return name
    return None


def _horizons(rc: ResolvedClaim) -> list[str]:
    t = rc.claim.time
    if t is None or not t.count:
        return ["12M"]
    unit = (t.unit or "month").lower().rstrip("s")
    letter = {"month": "M", "year": "Y", "week": "W", "day": "D", "session": "D"}.get(unit, "M")
    out = [f"{int(t.count)}{letter}"]
    if t.count_high and t.count_high != t.count:
        out.append(f"{int(t.count_high)}{letter}")
    return out


def verify_event_pattern(rc: ResolvedClaim) -> CheckedClaim:
    why = need_symbol(rc)
    if why:
        return unverifiable(rc, why)
    event = _event(rc)
    if event is None:
        return unverifiable(rc, f"the event '{rc.claim.details.get('event', '')}' is not one "
                                "capscope can study (first-cut, first-hike, last-hike, last-cut, "
                                "US presidential elections)")
    from capscope.fed.study import cycle_study, event_study

    a = rc.subject.symbol
    # without a named comparison the large-cap benchmark is the yardstick (for the S&P 500
    # itself, the Russell 2000): an "average return" claim only reads the subject's own column
    b = rc.comparison.symbol if rc.comparison is not None and rc.comparison.symbol else (
        "RUT" if a in ("SPX", "SPY") else "SPX")
    hs = _horizons(rc)
    on = rc.published
    what = "--dates us-elections" if event == "us-elections" else f"--event {event}"
    cmd = (f"capscope fed study {what} --a {a} --b {b} --horizons {','.join(hs)}"
           + (f" --on {iso(on)}" if on is not None else ""))
    args = {"event": event, "a": a, "b": b, "horizons": hs, "on": iso(on)}
    try:
        if event == "us-elections":  # the bundled US presidential election days
            st = memo(event_study, "us-elections", a, b, tuple(hs), on, event="us-elections")
        else:
            st = memo(cycle_study, event, a, b, tuple(hs), on=on)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.fed.study.cycle_study", cmd, args)
    under = rc.claim.direction in (Direction.UNDERPERFORM, Direction.DOWN) or \
        str(rc.claim.details.get("outcome", "")).startswith("under")
    rows = [st.at(h) for h in hs]
    ev = Evidence(statistic="capscope.fed.study.cycle_study", arguments=args, command=cmd,
                  claimed=f"{a} {'under' if under else 'out'}performs {b} {'-'.join(hs)} after "
                          f"{event}",
                  values={"summary": [{k: r[k] for k in ("horizon", "n", "mean_diff",
                                                            "median_diff", "hit_rate", "wins")}
                                      for r in rows], "excluded_events": len(st.excluded)},
                  note="; ".join(st.warnings))
    if any(int(r["n"]) == 0 for r in rows):
        return unverifiable(rc, f"no complete {'/'.join(hs)} windows after {event} events", ev)
    avg = next((q for q in rc.claim.quantities if q.unit is Unit.PCT), None)
    if avg is not None:
        # "has gained an average of 15% in the year after": the subject's own mean return
        r0 = rows[-1]
        ev.claimed, ev.found = avg.raw, round(float(r0["mean_a"]), 4)
        v, text = compare(avg, rc.claim.direction, float(r0["mean_a"]),
                          f"{a}'s mean return {r0['horizon']} after {st.n_events} {event} "
                          f"events ({r0['n']} complete)")
        if st.excluded:
            text += f" ({len(st.excluded)} earlier events fall before the {a} data)"
        return verdict(rc, v, text, ev)
    sign = -1 if under else 1
    ok = [sign * r["mean_diff"] > 0 and (r["hit_rate"] > 0.5 if not under else
                                         r["hit_rate"] < 0.5) for r in rows]
    bad = [sign * r["mean_diff"] <= 0 and (r["hit_rate"] <= 0.5 if not under else
                                           r["hit_rate"] >= 0.5) for r in rows]
    parts = [f"{r['horizon']}: {a} beat {b} in {r['wins']} of {r['n']} ({r['hit_rate']:.0%}), "
             f"mean {r['mean_diff']:+.1f} pp" for r in rows]
    ev.found = "; ".join(parts)
    text = f"after {st.n_events} {event} events since {iso(pd.Timestamp(st.events['event'].min()))}: " \
        + "; ".join(parts)
    if st.excluded:
        text += f" ({len(st.excluded)} earlier events fall before the {a} data)"
    v = Verdict.SUPPORTED if all(ok) else Verdict.CONTRADICTED if all(bad) else Verdict.IMPRECISE
    return verdict(rc, v, text, ev)


__all__ = ["verify_figure", "verify_event_pattern", "verify_forecast"]


def verify_figure(rc: ResolvedClaim) -> CheckedClaim:
    """A market figure that no statistic reads: said to be unchecked, never silently skipped.

    A reader scanning the verdicts should see every number of the article either checked or
    marked as not checkable by capscope, with the words it could not read."""
    return unverifiable(rc, f"'{rc.claim.text}' is a figure capscope reads no statistic for "
                            "(not a move, level, record, streak or Fed decision it can place)")


_PER_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}


def _milestone_rank(rc: ResolvedClaim) -> CheckedClaim:
    """"The fastest 10,000-point gain in its history": the latest completed climb of that size
    against every other (stats.milestones.milestone_legs). A climb that began before the data
    has only a least length; it refutes "fastest" only if even that is shorter."""
    from capscope.stats.milestones import milestone_legs

    c, sym = rc.claim, rc.subject.symbol
    step, fastest = float(c.details["step"]), c.details["rank"] == "fastest"
    if re.match(r"\s*since\b", c.sentence[c.span.end - c.sentence_span.start:]):
        # "the slowest 1,000-point climb since it needed nearly six years to get from 14,000 to
        # 15,000": a rank since another climb, not over the whole history
        return unverifiable(rc, f"'{c.text} since ...' ranks the climb since an earlier one the words "
                                "name by an event, not over all of the data")
    try:
        legs = memo(milestone_legs, sym, step, on=rc.anchor)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.milestones.milestone_legs")
    if len(legs) < 2:
        return unverifiable(rc, f"{sym} completed fewer than two {step:,.0f}-point climbs in the data")
    last, others = legs[-1], legs[:-1]
    what = (f"{sym}'s climb from {last.low_level:,.0f} to {last.high_level:,.0f} took {last.sessions} "
            "sessions; the others: " + ", ".join(
                f"{x.low_level:,.0f}-{x.high_level:,.0f} {'' if x.complete else 'at least '}{x.sessions}"
                for x in others))
    ev = Evidence(statistic="capscope.stats.milestones.milestone_legs",
                  arguments={"symbol": sym, "step": step, "on": iso(rc.anchor)},
                  claimed=c.details["rank"], found=last.sessions,
                  values={"legs": [(x.low_level, x.high_level, x.sessions, x.complete) for x in legs]})
    beaten = [x for x in others if (x.sessions <= last.sessions if fastest else x.sessions >= last.sessions)
              and (x.complete or not fastest)]
    if beaten:
        return verdict(rc, Verdict.CONTRADICTED, f"{what}: not the {c.details['rank']}", ev)
    if fastest and any(not x.complete and x.sessions <= last.sessions for x in others):
        return unverifiable(rc, f"{what}; a climb that began before the data may have been faster", ev)
    return verdict(rc, Verdict.SUPPORTED, f"{what}: the {c.details['rank']}", ev)


def verify_milestone_span(rc: ResolvedClaim) -> CheckedClaim:
    """"From 40,000 to 50,000 in 431 trading days": stats.milestones.milestone_span, in sessions
    for trading days and sessions, in calendar time for days, weeks, months and years."""
    from capscope.stats.milestones import milestone_span

    why = need_symbol(rc)
    if why:
        return unverifiable(rc, why)
    c = rc.claim
    if c.details.get("rank"):
        return _milestone_rank(rc)
    q = c.quantities[0] if c.quantities else None
    if q is None:
        return unverifiable(rc, "the claim states no duration")
    lo, hi, unit = float(c.details["low"]), float(c.details["high"]), str(c.details["unit"])
    on = rc.anchor if rc.anchor is not None else None
    try:
        m = memo(milestone_span, rc.subject.symbol, lo, hi, on=on)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.milestones.milestone_span")
    found = float(m.sessions) if unit == "session" else (
        (m.first_high - m.first_low).days / _PER_UNIT_DAYS[unit])
    if unit == "day" and not matches(q.value, q.hedge, found, decimals=q.decimals, word=q.word):
        # "took 190 days": milestone counts are usually sessions; calendar days the other reading
        unit, found = "session", float(m.sessions)
    ev = Evidence(statistic="capscope.stats.milestones.milestone_span", command=m.command,
                  arguments={"symbol": m.symbol, "low": lo, "high": hi},
                  claimed=q.raw, found=round(found, 4),
                  values={"first_low": m.first_low.date().isoformat(),
                          "first_high": m.first_high.date().isoformat(), "sessions": m.sessions})
    v, text = compare(q, Direction.UNKNOWN, found, f"{m.symbol} first closed above "
                      f"{lo:,.0f} on {m.first_low.date()} and above {hi:,.0f} on "
                      f"{m.first_high.date()}, {m.sessions} sessions later; in {unit}s",
                      f" {unit}s", signed=False)
    return verdict(rc, v, text, ev)

