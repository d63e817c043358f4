"""The gap between two changes the article has just stated, named as a noun.

"The Russell 2000 has rallied 9.2% while the Nasdaq 100 has lost 5%, a 14% relative
outperformance"; "down only 1.6% for the year while the Dow was down 14.1%, a spread of 12.5% in
favour of the small caps"; "... a 1% dip for the S&P. That 10-percentage-point beating of the S&P
would be ...". The figure is neither index's change but the difference between the two, over the
window of the changes it follows: a relative-return claim with a spread, whose legs are the last
two changes of different instruments stated before it in its sentence, or else in the sentence
before (``ArticleState.last_changes``). An instrument named right after the gap noun ("beating of
the S&P") is the second leg.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.model import Claim, ClaimKind, Direction, Unit

_I = re.IGNORECASE
_HEDGE = r"(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|close\s+to)\s+"
_NUM = r"[\d.]+(?:[- ]?(?:percentage|pct)?[- ]?(?:points?|pp))?\s*%?"
# "a 14% relative outperformance", "that 10-percentage-point beating", "a 3-point gap"
_NOUN_AFTER = re.compile(
    r"\b(?:a|an|the|that|this)\s+(?:" + _HEDGE + r")?" + _NUM + r"[\s-]*"
    r"(?:relative\s+)?(?:gap|spread|difference|beating|lead|margin|edge|advantage|outperformance|"
    r"underperformance|shortfall)\b", _I)
# "a spread of 12.5%", "a gap of nearly 4 percentage points", "that outperformance of almost 4 points"
_NOUN_OF = re.compile(r"\b(?:a|an|the|that|this)\s+(?:\w+\s+)?(?:gap|spread|difference|margin|outperformance|"
                      r"underperformance|lead|edge)\s+of\s+"
                      r"(?:" + _HEDGE + r")?(?=\d)", _I)
_CHANGE_KINDS = (ClaimKind.PERIOD_RETURN, ClaimKind.DAY_MOVE)


def changes_of(claims: list[Claim]) -> tuple[Claim, ...]:
    """The percent changes of named instruments among ``claims``, in text order: the legs a gap
    in the next sentence may name."""
    return tuple(c for c in sorted(claims, key=lambda c: c.span.start)
                 if c.kind in _CHANGE_KINDS and c.subject is not None and c.subject.symbol
                 and any(q.unit is Unit.PCT for q in c.quantities))


def _legs(ctx: SentenceContext, pos: int, named: str | None) -> tuple[Claim, Claim] | None:
    """The two changes the gap at ``pos`` lies between (see the module)."""
    here = [c for c in changes_of(ctx.claims) if c.span.end - ctx.offset <= pos]
    pool = list(here) if len({c.subject.symbol for c in here if c.subject}) >= 2 else \
        [*ctx.state.last_changes, *here]
    if named is not None:
        second = next((c for c in reversed(pool) if c.subject and c.subject.symbol == named), None)
        first = next((c for c in pool if c.subject and c.subject.symbol != named), None)
    else:
        first = pool[0] if pool else None
        second = next((c for c in pool if first is not None and c.subject and first.subject
                       and c.subject.symbol != first.subject.symbol), None)
    if first is None or second is None:
        return None
    return first, second


def _leg_value(c: Claim) -> float | None:
    q = next((q for q in c.quantities if q.unit is Unit.PCT), None)
    if q is None:
        return None
    return q.value * (q.sign or (-1 if c.direction is Direction.DOWN else 1))


@gated(_NOUN_AFTER, _NOUN_OF)
def gaps(ctx: SentenceContext) -> None:
    """A gap noun after two stated changes: their difference (see the module)."""
    spots = [(m.start(), m.end(), m.start(), False) for m in _NOUN_AFTER.finditer(ctx.text)]
    spots += [(m.start(), m.end(), m.end(), True) for m in _NOUN_OF.finditer(ctx.text)]
    for s, e, at, figure_after in sorted(spots):
        if ctx.is_consumed(s, e):
            continue
        found = ctx.quantity_near(at, within=25, units=(Unit.PCT, Unit.PP, Unit.POINTS))
        if found is None:
            continue
        i, q = found
        qs, qe = ctx.rel(q.span)
        if not figure_after and qe > e:
            continue
        e = max(e, qe)
        after = ctx.mention_after(e, within=20)
        legs = _legs(ctx, s, after.symbol if after is not None else None)
        if legs is None:
            continue
        first, second = legs
        a, b = _leg_value(first), _leg_value(second)
        if a is None or b is None:
            continue
        spread = ctx.use(i, "spread")
        end = e
        ctx.make(ClaimKind.RELATIVE_RETURN, s, end, subject=first.subject, comparison=second.subject,
                 quantities=[spread], hedge=spread.hedge,
                 direction=Direction.OUTPERFORM if a >= b else Direction.UNDERPERFORM,
                 time=first.time, details={"relation": "spread", "measure": first.kind.value})
        ctx.consumed.append((s, end))


__all__ = ["changes_of", "gaps"]
