"""Claims about price levels: support, resistance, a base, a breakout above a level.

Calls :func:`capscope.stats.levels.zone_check` and :func:`capscope.stats.levels.breakout`, whose
rules ("capped": the high reached into the zone and the close stayed below; "decisive" breakout)
are documented there. Rules of the verdict, on the 3-year lookback ending on the article's day:

* "resistance at $240-$245" / "a ceiling": supported when the zone capped a rally at least
  :data:`REPEATED` times, imprecise once, contradicted never.
* "support" / "a base" / "a floor": the same count on pullbacks the zone held.
* A single level ("$200 has served as a base") is the zone level +/- :data:`LEVEL_BAND_PCT`
  percent: a round number is a place on the chart, not a tick.
* "broke out above $245" (``breakout``): supported when the close is above the level on the day
  and the current run above it began within the last :data:`RECENT_SESSIONS` sessions; a
  "decisive" breakout also needs the function's decisive flag.
"""

from __future__ import annotations

from capscope.claims.model import CheckedClaim, Evidence, Unit, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import (
    fmt_num,
    from_error,
    iso,
    memo,
    symbol_and_day,
    unverifiable,
    verdict,
)
from capscope.errors import CapscopeError

REPEATED = 2
LEVEL_BAND_PCT = 0.5
RECENT_SESSIONS = 10
LOOKBACK = "3Y"


def _bounds(rc: ResolvedClaim) -> tuple[float, float] | None:
    d = rc.claim.details
    lo, hi = d.get("low"), d.get("high")
    if lo is None:
        q = next((q for q in rc.claim.quantities if q.unit in (Unit.USD, Unit.NUMBER,
                                                               Unit.POINTS)), None)
        if q is None:
            return None
        lo, hi = q.value, q.high
    lo = float(lo)
    hi = float(hi) if hi is not None else lo
    return (min(lo, hi), max(lo, hi))


def sym_of(rc: ResolvedClaim) -> str:
    return str(rc.subject.symbol)


def _below(rc: ResolvedClaim, sym: str, level: float, w) -> CheckedClaim:  # noqa: ANN001
    """"Fell below 2,000": the close is below the level and the run below began recently."""
    from capscope.stats.levels import breakout

    on = w.day if w.day is not None else w.on
    cmd = f"capscope levels {sym} --breakout {level:g} --on {iso(on)}"
    args = {"symbol": sym, "level": level, "on": iso(on)}
    try:
        r = memo(breakout, sym, level, on=on)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.levels.breakout", cmd, args)
    ev = Evidence(statistic="capscope.stats.levels.breakout", arguments=args, command=cmd,
                  claimed=f"below {level:g}", found=f"close {fmt_num(r.last_close)}",
                  values={"above": r.above, "last_close_above": iso(r.last_close_above)},
                  note="; ".join([*w.notes, *r.warnings]))
    if r.above:
        return verdict(rc, Verdict.CONTRADICTED, f"{sym} closed at {fmt_num(r.last_close)} on "
                       f"{iso(r.asof)}, above {level:g}", ev)
    text = (f"{sym} closed at {fmt_num(r.last_close)} on {iso(r.asof)}, below {level:g}; last "
            f"close above it {iso(r.last_close_above) or 'not in the lookback'}")
    return verdict(rc, Verdict.SUPPORTED, text, ev)


def verify_price_level(rc: ResolvedClaim) -> CheckedClaim:
    w, refused = symbol_and_day(rc)
    if refused is not None:
        return refused
    c = rc.claim
    kind = str(c.details.get("level_type", "level") or "level")
    if kind == "moving_average":
        return unverifiable(rc, "capscope has no moving-average statistic")
    b = _bounds(rc)
    if b is None:
        return unverifiable(rc, "the claim states no price level")
    lo, hi = b
    sym = rc.subject.symbol
    on = w.day if w.day is not None else w.on
    if kind in ("crossed above", "crossed", "above"):
        kind = "breakdown" if c.direction.value == "down" else "breakout"
    if kind in ("crossed below", "below", "breakdown"):
        return _below(rc, sym_of(rc), lo, w)
    if kind == "breakout":
        from capscope.stats.levels import breakout

        cmd = f"capscope levels {sym} --breakout {hi:g} --on {iso(on)}"
        args = {"symbol": sym, "level": hi, "on": iso(on)}
        try:
            r = memo(breakout, sym, hi, on=on)
        except CapscopeError as exc:
            return from_error(rc, exc, "capscope.stats.levels.breakout", cmd, args)
        ev = Evidence(statistic="capscope.stats.levels.breakout", arguments=args, command=cmd,
                      claimed=f"breakout above {hi:g}", note="; ".join([*w.notes, *r.warnings]),
                      values={"above": r.above, "breakout_date": iso(r.breakout_date),
                              "sessions_above": r.sessions_above, "decisive": r.decisive,
                              "last_close": r.last_close})
        if not r.above:
            ev.found = f"close {fmt_num(r.last_close)}, below {hi:g}"
            return verdict(rc, Verdict.CONTRADICTED, f"{sym} closed at {fmt_num(r.last_close)} "
                           f"on {iso(r.asof)}, below {hi:g}", ev)
        ev.found = f"above since {iso(r.breakout_date)} ({r.sessions_above} sessions)"
        recent = r.sessions_above <= RECENT_SESSIONS
        decisive_needed = "decisive" in (c.text + " " + c.sentence).lower()
        ok = recent and (r.decisive or not decisive_needed)
        text = (f"{sym} closed above {hi:g} from {iso(r.breakout_date)} ({r.sessions_above} "
                f"sessions to {iso(r.asof)}; {'decisive' if r.decisive else 'not decisive'})")
        if not recent:
            return verdict(rc, Verdict.IMPRECISE, text + ": the breakout is older", ev)
        return verdict(rc, Verdict.SUPPORTED if ok else Verdict.IMPRECISE, text, ev)

    from capscope.stats.levels import zone_check

    if lo == hi:
        lo, hi = lo * (1 - LEVEL_BAND_PCT / 100), hi * (1 + LEVEL_BAND_PCT / 100)
    cmd = f"capscope levels {sym} --zone {lo:g}:{hi:g} --lookback {LOOKBACK} --on {iso(on)}"
    args = {"symbol": sym, "low": lo, "high": hi, "lookback": LOOKBACK, "on": iso(on)}
    try:
        z = memo(zone_check, sym, lo, hi, lookback=LOOKBACK, on=on)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.levels.zone_check", cmd, args)
    resistance = kind in ("resistance", "ceiling")
    events = z.capped if resistance else z.held
    role = "capped rallies" if resistance else "held pullbacks"
    ev = Evidence(statistic="capscope.stats.levels.zone_check", arguments=args, command=cmd,
                  claimed=f"{kind} at {lo:g}-{hi:g}", found=f"{role} {len(events)} times",
                  note="; ".join([*w.notes, *z.warnings]),
                  values={"capped": [iso(d) for d in z.capped], "held": [iso(d) for d in z.held],
                          "position": z.position, "last_close": z.last_close,
                          "start": iso(z.start), "asof": iso(z.asof)})
    if kind not in ("resistance", "ceiling", "support", "base", "floor"):
        return unverifiable(rc, f"a '{kind}' level states no testable role (support or "
                                "resistance)", ev)
    n = len(events)
    text = (f"{sym} {iso(z.start)}..{iso(z.asof)}: the zone {lo:,.2f}-{hi:,.2f} {role} {n} "
            f"time(s); last close {fmt_num(z.last_close)} ({z.position} it)")
    v = Verdict.SUPPORTED if n >= REPEATED else Verdict.IMPRECISE if n == 1 else \
        Verdict.CONTRADICTED
    return verdict(rc, v, text, ev)


__all__ = ["verify_price_level"]
