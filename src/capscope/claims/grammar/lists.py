"""Lists of figures and names in one sentence: each figure gets its own index.

"The S&P 500 shed 1.4% and the Nasdaq 2.3%", "compared with the S&P 500's 49.1%", "the Dow, S&P
and Nasdaq were up 8.2, 5.9 and 4.6 percent, respectively", "the S&P 500 and the Nasdaq 100 have
both gained 25%": the moves rule reads the first figure; these rules give the others (or the
same figure) to the names the sentence lists, with the first move's verb, window and time.
"""

from __future__ import annotations

import dataclasses
import re

from capscope.claims.grammar.base import SentenceContext
from capscope.claims.model import ClaimKind, Direction, Unit

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


def respectively(ctx: SentenceContext) -> None:
    """"The Dow, S&P and Nasdaq were up 8.2 percent, 5.9 percent and nearly 4.6 percent,
    respectively": the k-th figure is the k-th name's, with the first figure's verb and time."""
    if "respectively" not in ctx.text.lower():
        return
    free = ctx.free_quantities((Unit.PCT,))
    if not free:
        return
    lead = ctx.rel(free[0][1].span)[0]
    first = next((c for c in reversed(ctx.claims)
                  if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) and c.quantities
                  and c.quantities[0].unit is Unit.PCT and ctx.rel(c.quantities[0].span)[0] < lead),
                 None)
    if first is None:
        return
    start = first.span.start - ctx.offset
    cs, _ = ctx.clause(start)
    names = [m for m in ctx.names if m.symbol and cs <= ctx.rel(m.span)[0] < start]
    figures = [(i, q) for i, q in free if ctx.rel(q.span)[0] > ctx.rel(first.quantities[0].span)[0]]
    if len(names) < 2 or len(names) != len(figures) + 1:
        return
    first.subject = names[0]
    sign = -1 if first.direction is Direction.DOWN else 1 if first.direction is Direction.UP else 0
    for (i, q), name in zip(figures, names[1:], strict=True):
        s, e = ctx.rel(q.span)
        hs = s - len(q.hedge_text) - 1 if q.hedge_text else s
        ctx.make(first.kind, hs, e, subject=name, quantities=[ctx.use(i, "move", sign)],
                 hedge=q.hedge, direction=first.direction, time=first.time,
                 details=dict(first.details), flags=["respectively: the figure of the name in the "
                                                     f"same place of the list ({name.raw})"])
        ctx.consumed.append((hs, e))




# "the S&P 500 and the Nasdaq 100 have both gained 25%": one figure, two subjects
_BOTH = re.compile(r"\band\s+(?:the\s+)?[^,;]{2,40}?\s+(?:have|had|are|were|each|both)?\s*(?:both|each)\b", _I)


def both(ctx: SentenceContext) -> None:
    """A move claimed for two names at once: a copy of the claim for the second name."""
    if "both" not in ctx.text.lower() and "each" not in ctx.text.lower():
        return
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


__all__ = ["both", "gapped_subject", "respectively"]
