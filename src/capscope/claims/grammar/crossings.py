"""A level crossed for the first time in a stated span: "closed above 10,000 for the first time
in 18 months", "It was the first time the S&P closed above 1,100 in more than 20 months".

The claim is that the last earlier close on that side of the level lies at least that span back
(rounded like any count: "18 months" covers 17.5 and up; all of it for "more than"; 85% for
"nearly"): a highest- (above) or lowest-since (below) claim about the level with a look-back,
which the since verifier measures from the breakout (``stats.levels.breakout``). "For the first
time since May 2002" names a date and is the extremes rule's; "for the first time" alone, ever.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import DAY_KINDS, NUMWORD, SentenceContext, gated
from capscope.claims.lexicon import count_value
from capscope.claims.model import ClaimKind, Direction, Unit

_I = re.IGNORECASE
_SPAN = (r"in\s+(?P<hedge>more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|roughly\s+)?"
         r"(?P<n>" + NUMWORD + r"(?P<half>\s+1/2|\s+and\s+a\s+half)?|a|an)\s+(?P<u>day|week|month|year)s?\b")
_SIDE = r"(?:closed|ended|finished|settled|rose|climbed|traded|fell|dropped|sank|slid)\s+(?P<side>above|over|below|under)\s+"
# "closed above 10,000 for the first time in 18 months"
# (the day may come between: "finished above 12,000 on Tuesday for the first time in 2 1/2 years")
_AFTER = re.compile(r"\b" + _SIDE + r"(?P<level>[\d,.]+)(?:\s+points)?\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day\s+|"
                    r"today\s+|yesterday\s+)?for\s+the\s+first\s+time\s+" + _SPAN, _I)
# "the first time the S&P closed above 1,100 in more than 20 months"
_BEFORE = re.compile(r"\bthe\s+first\s+time\s+(?:that\s+)?(?:[\w&.'-]+\s+){0,4}?" + _SIDE +
                     r"(?P<level>[\d,.]+)(?:\s+points)?\s+" + _SPAN, _I)
_HEDGES = {"more than": "more_than", "over": "more_than", "nearly": "nearly", "almost": "nearly",
           "about": "about", "roughly": "about"}


@gated(_AFTER, _BEFORE)
def crossings(ctx: SentenceContext) -> None:
    """A first close across a level in a stated span (see the module)."""
    for rx in (_AFTER, _BEFORE):
        for m in rx.finditer(ctx.text):
            if ctx.is_consumed(*m.span()):
                continue
            found = ctx.quantity_near(m.start("level"), within=1, units=(Unit.NUMBER, Unit.USD, Unit.POINTS))
            if found is None:
                continue
            i, q = found
            unit = m.group("u").lower()
            words = m.group("n").lower()
            n = 1 if words in ("a", "an") else count_value(words.split()[0])
            if m.group("half") and n is not None:  # "in 2 1/2 years": 30 months
                n, unit = (n * 12 + 6, "month") if unit == "year" else (n * 4 + 2, "week") \
                    if unit == "month" else (n, unit)
            hedge = _HEDGES.get(" ".join((m.group("hedge") or "").lower().split()), "exact")
            below = m.group("side").lower() in ("below", "under")
            start = m.start()
            # "the first time the S&P closed above": the name after "the first time" ("It was"
            # before it is no subject)
            named = next((n for n in ctx.names if rx is _BEFORE and n.symbol and n.span is not None
                          and m.start() <= ctx.rel(n.span)[0] < m.start("side")), None)
            ctx.make(ClaimKind.LOWEST_SINCE if below else ClaimKind.HIGHEST_SINCE, start, m.end(),
                     subject=named or ctx.subject_for(m.start("side")), quantities=[ctx.use(i, "level")],
                     time=ctx.time_for(m.start(), kinds=DAY_KINDS, allow_since=False),
                     direction=Direction.DOWN if below else Direction.UP,
                     details={"measure": "level",
                              "lookback": {"count": n, "unit": unit, "hedge": hedge}})
            ctx.consumed.append((start, m.end()))


__all__ = ["crossings"]
