"""Lists of figures and names in one sentence: each figure gets its own index.

"The S&P 500 shed 1.4% and the Nasdaq 2.3%", "compared with the S&P 500's 49.1%", "the Dow, S&P
and Nasdaq were up 8.2, 5.9 and 4.6 percent, respectively" (grammar.respectively), "the S&P 500 and the Nasdaq 100 have
both gained 25%": the moves rule reads the first figure; these rules give the others (or the
same figure) to the names the sentence lists, with the first move's verb, window and time.
"""

from __future__ import annotations

import dataclasses
import re

from capscope.claims.grammar.base import SentenceContext
from capscope.claims.model import ClaimKind, Direction, Quantity, Unit

_I = re.IGNORECASE


def gapped_subject(ctx: SentenceContext, hs: int):
    """A name right before a bare figure, after a move in the same sentence ("... shed 1.4% and
    the Nasdaq 2.3%"): (the name, the earlier move claim), else None."""
    prev = next((c for c in reversed(ctx.claims) if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN)
                 and c.span.start - ctx.offset < hs), None)
    if prev is None:
        return None
    for m in ctx.names:
        if not m.symbol:
            continue
        ms, me = ctx.rel(m.span)
        if me <= hs and _GAP_AFTER_NAME.fullmatch(ctx.text[me:hs]) and _GAP_BEFORE_NAME.search(
                ctx.text[max(0, ms - 16):ms]):
            return m, prev
    return None


# "... and the Nasdaq 2.3%", "compared with the S&P 500's 49.1%", "against 2.9% for ...": the
# words between a listed name and its bare figure, and before the name
_GAP_AFTER_NAME = re.compile(r"\s*(?:['\u2019]s\s+)?(?:was\s+|by\s+)?")
_GAP_BEFORE_NAME = re.compile(r"(?:,|;|\band|\bwhile|\bwith|\bwhereas|\bagainst|\bversus|\bvs\.?|"
                              r"\bthan|\bcompared\s+(?:with|to))\s*(?:the\s+)?$", _I)


# "the S&P 500 and the Nasdaq 100 have both gained 25%": one figure, two subjects
_BOTH = re.compile(r"\band\s+(?:the\s+)?[^,;]{2,40}?\s+(?:have|had|are|were|each|both)?\s*(?:both|each)\b", _I)


def both(ctx: SentenceContext) -> None:
    """A move claimed for two names at once: a copy of the claim for the second name."""
    low = ctx.text.lower()
    if "both" not in low and "each" not in low or "respectively" in low:
        return  # "both rose, by 0.4% and 0.6%, respectively": a figure each (see respectively)
    for c in list(ctx.claims):
        if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or c.subject is None:
            continue
        start = c.span.start - ctx.offset
        cs, _ = ctx.clause(start)
        lead = ctx.text[cs:start]
        if not re.search(r"\b(?:both|each)\b", lead[-30:], _I):
            continue
        names = [m for m in ctx.names if m.symbol and cs <= ctx.rel(m.span)[0] < start]
        if len(names) != 2 or not re.search(r"\band\b", ctx.text[ctx.rel(names[0].span)[1]:
                                                                  ctx.rel(names[1].span)[0]], _I):
            continue
        c.subject = names[0]
        twin = dataclasses.replace(c, subject=names[1], flags=[*c.flags, "both: the same figure "
                                   f"for {names[1].raw.strip()}"])
        ctx.claims.append(twin)


# "it is up 42% over the past year, against 36% for the Nasdaq 100", "last year it rose 16%,
# against 24% for the S&P and 43% for the NASDAQ", "gained nearly 81%, against just over 33% for
# its small-cap counterpart": a bare figure owned by the name after "for"
_FOR_LEAD = re.compile(r"(?:(?P<contrast>\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bwhile)|,|\band)\s+"
                       # "compared with advances of 1.4 percent for the S&P 500": the noun says the side
                       r"(?:(?:a|an)\s+)?(?:(?P<noun>gains?|advances?|rises?|increases?|drops?|declines?|losses|"
                       r"falls?)\s+of\s+)?"
                       # "versus 'just' 5.1% for the S&P 500": a belittling word, quoted or not
                       r"(?:['\"\u2018\u201c]?(?:just|only|merely|a\s+mere)['\"\u2019\u201d]?\s+)?$", _I)


def figure_for_name(ctx: SentenceContext) -> None:
    """A bare percent followed by "for NAME", after a move claim in the same sentence: the same
    kind of change over the same window, for that name."""
    if " for " not in ctx.text:
        return
    for i, q in ctx.free_quantities((Unit.PCT,)):
        s, e = ctx.rel(q.span)
        hs = ctx.hedge_start(q)
        lead = _FOR_LEAD.search(ctx.text[max(0, hs - 40):hs])
        if not lead:
            continue
        gap = re.match(r"^\s*(?:(?:gain|rise|return|advance|increase|drop|decline|loss|fall)s?\s+)?for\s+",
                       ctx.text[e:e + 20], _I)
        if gap is None:
            continue
        name = next((m for m in ctx.names + ctx.refs if m.symbol and m.span is not None
                     and 0 <= ctx.rel(m.span)[0] - (e + gap.end()) <= 4), None)
        prev = next((c for c in reversed(ctx.claims) if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN)
                     and c.span.start - ctx.offset < hs and c.quantities
                     and c.quantities[0].unit is Unit.PCT), None)
        if name is None or prev is None:
            continue
        noun = f"{lead.group('noun') or ''} {gap.group(0)}".lower()
        # a contrast with no noun of its own ("down 0.1%, compared with 1.6% for the Nasdaq 100")
        # says nothing of the figure's side; a plain list (", and 2% for ...") shares the move's
        own = (Direction.UNKNOWN if lead.group("contrast") else prev.direction)
        direction = (Direction.DOWN if re.search(r"drop|decline|loss|fall", noun) else
                     Direction.UP if re.search(r"gain|rise|return|advance|increase", noun) else own)
        sign = -1 if direction is Direction.DOWN else 1 if direction is Direction.UP else 0
        end = ctx.rel(name.span)[1]
        ctx.make(prev.kind, hs, end, subject=name, quantities=[ctx.use(i, "move", sign)],
                 hedge=q.hedge, direction=direction, time=prev.time,
                 details={**prev.details, "time_from": "list"},
                 flags=[f"the figure for {name.raw.strip()}, over the window of the move before it"])
        ctx.consumed.append((hs, end))


def figure_with_own_time(ctx: SentenceContext) -> None:
    """"It is up 42% over the past year, against 36% for the Nasdaq 100, and 20% so far in 2024":
    a bare percent listed after a move, with a time phrase of its own right after it, is the same
    subject's change over that time. So is a change in points and its percent, the wire's pair
    ("rose 7.09 points, or 0.6 percent, on Friday, and 18.91 points, or 1.7 percent for the week")."""
    for i, q in ctx.free_quantities((Unit.PCT, Unit.POINTS)):
        s, e = ctx.rel(q.span)
        hs = ctx.hedge_start(q)
        if not re.search(r"(?:,\s*and|\band|,)\s+$", ctx.text[max(0, hs - 8):hs], _I):
            continue
        pair = _restating_percent(ctx, i) if q.unit is Unit.POINTS else None
        if q.unit is Unit.POINTS and pair is None:
            continue
        last = ctx.rel(pair[1].span)[1] if pair is not None else e
        t = next((t for t in ctx.times if t.span is not None and 0 <= ctx.rel(t.span)[0] - last <= 1
                  and t.kind.value in ("to_date", "year", "trailing", "month", "quarter", "week")), None)
        prev = next((c for c in reversed(ctx.claims) if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN)
                     and c.span.start - ctx.offset < hs and c.subject is not None and c.quantities
                     and c.quantities[0].unit in (Unit.PCT, q.unit)), None)
        if t is None or prev is None:
            continue
        first = next((c for c in ctx.claims if c.kind is prev.kind and c.subject is not None
                      and c.span.start <= prev.span.start), prev)  # the sentence's own subject
        end = ctx.rel(t.span)[1]
        # the direction of that subject's latest move ("fell 21%, then it rebounded 15.1% in 2023
        # and 10% in 2024": a rebound)
        own = next((c for c in reversed(ctx.claims) if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN)
                    and c.span.start - ctx.offset < hs and c.subject is not None
                    and c.subject.symbol == first.subject.symbol), first)
        direction = own.direction
        sign = -1 if direction is Direction.DOWN else 1 if direction is Direction.UP else 0
        used = [ctx.use(i, "move", sign)] + ([ctx.use(pair[0], "move", sign)] if pair is not None else [])
        ctx.make(ClaimKind.PERIOD_RETURN, hs, end, subject=first.subject,
                 quantities=used, hedge=q.hedge, direction=direction,
                 time=ctx.resolve(t), details={"measure": "pct" if pair is None else "points", "window": "calendar"},
                 flags=["a figure listed after a move, with its own time"])
        ctx.consumed.append((hs, end))


# "18.91 points, or 1.7 percent": the percent that restates a change in points
_OR_RESTATED = re.compile(r"\s*,?\s*(?:or|\()\s*$", _I)


def _restating_percent(ctx: SentenceContext, i: int) -> tuple[int, Quantity] | None:
    """The free percent right after points quantity i that restates it (", or 1.7 percent")."""
    e = ctx.rel(ctx.quantities[i].span)[1]
    nxt = ctx.quantity_near(e, within=8, units=(Unit.PCT,))
    if nxt is None or not _OR_RESTATED.fullmatch(ctx.text[e:ctx.rel(nxt[1].span)[0]]):
        return None
    return nxt


__all__ = ["both", "figure_for_name", "figure_with_own_time", "gapped_subject"]
