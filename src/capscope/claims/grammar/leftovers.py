"""The last rule: a market figure no other rule read is reported as such, never dropped.

"Losers outnumbered winners by more than 18 to 1", "the 10 biggest percentage declines",
"returns were higher in 12 out of 16 one-year periods": each is a number a reader may want
checked and capscope has no statistic for. Leaving it out of the verdicts would read as "nothing
to check here"; a claim of kind ``figure`` (verdict ``unverifiable``, naming the words) says
instead that it was seen and not checked. Only sentences about markets qualify (a name capscope
knows, or a market word), and only figures no earlier rule took.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import SentenceContext
from capscope.claims.grammar.price_moves import is_definition
from capscope.claims.model import ClaimKind, Unit

# a sentence about markets: without one of these, a leftover number is not a market figure
_MARKET = re.compile(r"\b(?:stocks?|shares?|index(?:es)?|indices|benchmark|gauge|market|rally|"
                     r"sell-?off|points?|yields?|sectors?|small[- ]caps?|large[- ]caps?|bull|bear|"
                     r"record|volatility|Fed|futures|ETF|fund)\b", re.I)
_UNITS = (Unit.PCT, Unit.POINTS, Unit.PP, Unit.NUMBER, Unit.COUNT, Unit.FACTOR, Unit.USD)
_YEARISH = re.compile(r"^(?:1[89]|20)\d\d$")
# how far a figure's own words run: to the end of its phrase, at most a few words
_PHRASE_END = re.compile(r"(?:[^,;:.()]|\.(?=\d)){0,40}?(?=[,;:()]|\.(?!\d)|$)")  # "0.6%" is one figure


def leftovers(ctx: SentenceContext) -> None:
    """A ``figure`` claim for each market number no rule took (see the module docstring)."""
    free = ctx.free_quantities(_UNITS)
    if not free or (not ctx.names and not _MARKET.search(ctx.text)):
        return
    for i, q in free:
        s, e = ctx.rel(q.span)
        if q.unit is Unit.NUMBER and (_YEARISH.match(q.raw.strip()) or q.value < 2):
            continue  # a year, a list marker or "one": not a figure anyone checks
        if is_definition(ctx, s, e):
            continue  # "a bear market is a decline of 20% or more": a threshold, not a figure
        start = ctx.hedge_start(q)  # ("below the 10,000 mark": the hedge where it stands)
        tail = _PHRASE_END.match(ctx.text, e)
        end = tail.end() if tail is not None else e
        end = min(end, e + 40)
        ctx.make(ClaimKind.FIGURE, max(0, start), end, subject=ctx.subject_for(s),
                 quantities=[ctx.use(i, "figure")], details={"unit": q.unit.value})
        ctx.consumed.append((max(0, start), end))


__all__ = ["leftovers"]
