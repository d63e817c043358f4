"""How many of the last N periods an index rose (or fell) in: "it has risen in four of the past
five sessions", "leaving it up in six of the past eight weeks", "have fallen for six of the past
seven weeks".

A tally is its own claim (kind ``tally``): ``details["tally"]`` holds the count, the periods
counted back and their unit, read off :func:`capscope.stats.tallies.tally` at the article's day.
The words "of the past/last N ..." are the window; no other time phrase dates it. A count with a
size attached ("down by triple digits in six of the past nine sessions") is not a plain tally and
is left alone.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import NUMWORD, SentenceContext, gated
from capscope.claims.lexicon import count_value
from capscope.claims.model import ClaimKind, Direction

_I = re.IGNORECASE

_UP = r"risen|rose|gained|advanced|climbed|rallied|(?:been|is|was|were|are|ended|closed|finished)\s+(?:up|higher)|up|higher"
_DOWN = (r"fallen|fell|declined|dropped|slipped|lost\s+ground|(?:been|is|was|were|are|ended|closed|finished)\s+"
         r"(?:down|lower)|down|lower")
_TALLY = re.compile(
    r"\b(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))\s+(?:in\s+|on\s+|for\s+)?"
    r"(?P<n>" + NUMWORD + r")\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:past|last|previous|prior)\s+"
    r"(?P<m>" + NUMWORD + r")\s+(?:trading\s+)?(?P<unit>sessions|days|weeks|months)\b", _I)
_UNITS = {"sessions": "session", "days": "session", "weeks": "week", "months": "month"}


@gated(_TALLY)
def tallies(ctx: SentenceContext) -> None:
    for m in _TALLY.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        n, of = count_value(m.group("n")), count_value(m.group("m"))
        if n is None or of is None or not 0 < n <= of:
            continue
        for i, q in enumerate(ctx.quantities):  # the two counts are the tally's own, not figures
            qs, qe = ctx.rel(q.span)
            if m.start("n") <= qs and qe <= m.end("m") and i not in ctx.used_q:
                ctx.use(i, "count")
        for i, t in enumerate(ctx.times):  # "the past five sessions" is the window, read here
            if t.span is not None and m.start("n") <= ctx.rel(t.span)[0] < m.end():
                ctx.used_t.add(i)
        up = m.group("up") is not None
        ctx.make(ClaimKind.TALLY, m.start(), m.end(), subject=ctx.subject_for(m.start()),
                 direction=Direction.UP if up else Direction.DOWN,
                 details={"tally": {"count": n, "of": of, "unit": _UNITS[m.group("unit").lower()]}})
        ctx.consumed.append((m.start(), m.end()))


__all__ = ["tallies"]
