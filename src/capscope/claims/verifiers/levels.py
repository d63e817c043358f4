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

Moving averages (:func:`capscope.stats.levels.moving_average`), on the claim's day:

* "is above its 200-day": supported when the close is on the stated side, else contradicted.
* "fell below its 50-day" (a verb of motion before the side, :data:`_CROSS_VERB`): a cross. Supported
  when the close is on the stated side and the run there began on the day or within the
  :data:`MA_CROSS_SESSIONS` sessions before (an article's "on Monday" may be a session off, an
  undated one is read days later); on the stated side since earlier: imprecise, with the date.
  "Through" takes its side from the verb (fell through: below).
* "above its 200-day for the first time since March" (a ``since`` on the claim): also the last
  close on that side before the current run, which must fall in the named period (before it:
  imprecise, the article understates it; after it: contradicted); the worst of this and the cross.
* "8% above its 200-day": the stated distance against the close's distance from the average,
  under the lexicon's rounding and hedges.
* A share of member stocks above their own averages ("80% of Russell 2000 stocks trade above
  the 50-day") is breadth, not the index's average: capscope has no member data to check it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from capscope.claims.model import CheckedClaim, Claim, Direction, Evidence, Quantity, Unit, Verdict
from capscope.claims.quantities import find_quantities
from capscope.claims.resolve import ResolvedClaim, TimeWindow
from capscope.claims.verifiers._base import (
    compare,
    fmt_num,
    from_error,
    iso,
    memo,
    symbol_and_day,
    unverifiable,
    verdict,
    worst,
)
from capscope.errors import CapscopeError

if TYPE_CHECKING:
    from capscope.stats.levels import MovingAverage

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
        return verify_moving_average(rc, w)
    b = _bounds(rc)
    if b is None:
        return unverifiable(rc, "the claim states no price level")
    lo, hi = b
    sym = rc.subject.symbol
    on = w.day if w.day is not None else w.on
    if kind in ("crossed above", "crossed", "above", "crossed over"):
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


MA_CROSS_SESSIONS = 5
_DOWN_VERB = r"fell|fallen|falls|fall|falling|dropped|drops|drop|dropping|slipped|slips|slip|slipping"
_CROSS_VERB = re.compile(
    r"\b(?P<verb>(?P<down>" + _DOWN_VERB + r")|broke|broken|breaks|break|breaking|crossed|"
    r"crosses|cross|crossing|climbed|climbs|climb|climbing|rose|risen|rises|rise|rising|"
    r"moved|moves|move|moving|pushed|pushes|push|pushing)"
    r"(?:\s+(?:back|again|just|firmly|decisively|convincingly|solidly|sharply|\w+ly)){0,2}\s*$",
    re.IGNORECASE)
_FIRST_BEFORE = re.compile(r"\bfirst\s+(?:daily\s+|weekly\s+|monthly\s+)?(?:close|closing|finish|"
                           r"settle|time)\s*$", re.IGNORECASE)
_FIRST_AFTER = re.compile(r"\bfor\s+the\s+first\s+time\b", re.IGNORECASE)
_MEMBERS = re.compile(r"\b(?:stocks|members|components|constituents|companies|names|issues)\b",
                      re.IGNORECASE)
_SHARE_OF = re.compile(r"(?:%|\bpercent|\bper cent|\bhalf|\bmajority|\bshare|\bproportion|\bmost|"
                       r"\bpercentage|\bnumber|\bfraction)\s+of\b", re.IGNORECASE)


def _around(c: Claim) -> tuple[str, str]:
    """The claim's sentence before and after the matched words ("IWM is trading 8% " before
    "above its 200-day moving average")."""
    sent, text = c.sentence, c.text
    off = c.span.start - c.sentence_span.start
    if not (0 <= off <= len(sent) and sent[off:off + len(text)] == text):
        off = sent.find(text) if text else -1
    if off < 0:
        return "", ""
    return sent[:off], sent[off + len(text):]


def _stated_distance(before: str) -> Quantity | None:
    """A percentage written right before the side word ("8% above", "about 5% below")."""
    tail = before[-60:]
    qs = [q for q in find_quantities(tail) if q.unit is Unit.PCT]
    if not qs or tail[qs[-1].span.end:].strip():
        return None
    return qs[-1]


def _ma_side(c: Claim, before: str, after: str) -> tuple[bool, bool]:
    """The stated side (True: above) and whether the words say it was crossed: a verb of
    motion before the side word, or "first close above", "above it for the first time"."""
    verb = _CROSS_VERB.search(before[-60:])
    word = c.text.split(maxsplit=1)[0].lower() if c.text else ""
    above = c.direction is not Direction.DOWN
    if word == "through" and verb is not None:
        above = verb.group("down") is None
    first = _FIRST_BEFORE.search(before[-40:]) or _FIRST_AFTER.search(after[:60])
    return above, verb is not None or first is not None


def moving_average_at(rc: ResolvedClaim, w: TimeWindow, window: int, unit: str = "day"
                      ) -> tuple[MovingAverage, str, dict[str, object]] | CheckedClaim:
    """The claim's subject against its moving average on the claim's day, with the command and
    arguments that reproduce it, or the verdict of a failed lookup."""
    from capscope.stats.levels import moving_average

    sym = sym_of(rc)
    on = w.day if w.day is not None else w.on
    unit_opt = "" if unit == "day" else f" --unit {unit}"
    cmd = f"capscope ma {sym} --window {window}{unit_opt} --on {iso(on)}"
    args: dict[str, object] = {"symbol": sym, "window": window, "unit": unit, "on": iso(on)}
    try:
        return memo(moving_average, sym, window, on=on, unit=unit), cmd, args
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.levels.moving_average", cmd, args)


def verify_moving_average(rc: ResolvedClaim, w: TimeWindow) -> CheckedClaim:
    """A close above or below its N-day/week/month moving average, a cross of it, a distance
    from it (rules in the module docstring)."""
    c = rc.claim
    window, unit = c.details.get("window"), str(c.details.get("window_unit") or "day")
    if not isinstance(window, int) or window < 1:
        return unverifiable(rc, "the claim names no moving-average window (e.g. 200-day)")
    before, after = _around(c)
    if _MEMBERS.search(before[-80:]) and _SHARE_OF.search(before[-80:]):
        return unverifiable(rc, "a share of member stocks above their own moving averages is "
                                "breadth, not the index's average; capscope has no member data")
    above, cross = _ma_side(c, before, after)
    sym = sym_of(rc)
    name = f"{window}-{unit}"
    got = moving_average_at(rc, w, window, unit)
    if isinstance(got, CheckedClaim):
        return got
    r, cmd, args = got
    side = "above" if above else "below"
    found_side = "above" if r.above else "below"
    dist = _stated_distance(before)
    ev = Evidence(statistic="capscope.stats.levels.moving_average", arguments=args,
                  command=cmd, note="; ".join([*w.notes, *r.warnings]),
                  claimed=(f"{dist.raw + ' ' if dist else ''}{side} its {name} average"
                           f"{' (a cross)' if cross else ''}"),
                  found=(f"close {fmt_num(r.close)}, {abs(r.pct_from_average):.2f}% "
                         f"{found_side} its {name} average {fmt_num(r.average)}"),
                  values={"close": r.close, "average": r.average,
                          "pct_from_average": r.pct_from_average, "above": r.above,
                          "side_since": iso(r.side_since), "sessions_on_side": r.sessions_on_side,
                          "previous_cross_same_direction": iso(r.previous_cross_same_direction)})
    head = (f"{sym} closed at {fmt_num(r.close)} on {iso(r.session)}, "
            f"{abs(r.pct_from_average):.2f}% {found_side} its {name} average "
            f"{fmt_num(r.average)}")
    parts = [_side_verdict(r, above, cross)]
    if rc.since is not None and c.details.get("held_since") and r.above == above:
        # "has held above its 200-day since the start of this year": on that side from then on
        ev.claimed += f" since {rc.since.label}"
        start = rc.since.end if rc.since.end is not None else rc.since.start
        held = r.side_since is None or (start is not None and r.side_since <= start)
        parts.append((Verdict.SUPPORTED if held else Verdict.CONTRADICTED,
                      f"{side} it since {iso(r.side_since) if r.side_since is not None else 'its first average'}"
                      + ("" if held else f", after '{rc.since.label}' ({rc.since.describe()}) began")))
    elif rc.since is not None and r.above == above:
        ev.claimed += f" for the first time since {rc.since.label}"
        ev.values["previous_same_side"] = iso(r.previous_same_side)
        parts.append(_since_part(r, side, name, rc.since))
    if dist is not None:
        parts.append(compare(dist, Direction.UP if above else Direction.DOWN,
                             r.pct_from_average, f"distance from the {name} average"))
    v = worst([p[0] for p in parts])
    return verdict(rc, v, "; ".join([head, *(p[1] for p in parts if p[1])]), ev)


def _since_part(r: MovingAverage, side: str, name: str, since: TimeWindow
                ) -> tuple[Verdict, str]:
    """"Above its 200-day for the first time since March": the last close on that side before
    the current run must fall in the named period (inside: supported; before it: the article
    understates the gap, imprecise; after it: contradicted), the rule of the other "since"
    claims. No earlier close on that side in the data is judged against the first average."""
    from capscope.claims.verifiers.since import since_verdict

    first = r.evidence["first_average"]
    what = f"{r.symbol} {side} its {name} average from {iso(r.side_since or first)}"
    prev = r.previous_same_side
    return since_verdict(prev, prev is None, since, what, first,
                         unmatched=f"the first run {side} it in the data")


def _side_verdict(r: MovingAverage, above: bool, cross: bool) -> tuple[Verdict, str]:
    """The side (and, for a cross, its timing) against the statistic's answer."""
    side = "above" if above else "below"
    if r.above != above:
        return Verdict.CONTRADICTED, f"not {side} it"
    n = f"{r.sessions_on_side} session{'s' if r.sessions_on_side != 1 else ''}"
    run = (f"{side} since {iso(r.side_since)} ({n})" if r.side_since is not None else
           f"{side} on every session since its first average ({n})")
    if not cross:
        return Verdict.SUPPORTED, run
    ago = r.sessions_on_side - 1
    prev = r.previous_cross_same_direction
    earlier = (f" (the previous cross {side}: {iso(prev)})" if prev is not None else
               f" (no earlier cross {side} in the data)")
    if r.side_since is not None and ago == 0:
        return Verdict.SUPPORTED, f"crossed {side} it that session{earlier}"
    if r.side_since is not None and ago <= MA_CROSS_SESSIONS:
        return Verdict.SUPPORTED, (f"crossed {side} it on {iso(r.side_since)}, {ago} "
                                   f"session{'s' if ago != 1 else ''} before{earlier}")
    return Verdict.IMPRECISE, (f"{run}: the cross is older than {MA_CROSS_SESSIONS} sessions "
                               "before the day")


__all__ = ["MA_CROSS_SESSIONS", "moving_average_at", "verify_moving_average", "verify_price_level"]
