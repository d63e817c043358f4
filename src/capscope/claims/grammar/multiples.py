"""Rules for a change stated as a multiple: "the Dow has more than doubled since March 2009".

"Doubled" is a gain of 100%, "tripled" of 200%, each with the hedge before it; the period is the
time phrase of the clause, and a sentence that opens with "Since falling to a low of 6,547 in
March 2009," counts from that time. A multiple of something else ("doubled the S&P 500's return",
"doubled its lead") is a comparison, left to the relative rule; a multiple with no period ("has
doubled") is read, and the verifier says the period is missing.

The figure becomes a percent change: an unhedged "doubled" is a round 100%, read like any round
figure (within 5%), so "doubled" for a 96% gain stands and for a 60% gain does not.
"""

from __future__ import annotations

import dataclasses
import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.model import ClaimKind, Direction, Quantity, TimeKind, Unit

_I = re.IGNORECASE

_MULTIPLE_VERB = re.compile(r"\b(?P<w>doubled|tripled|trebled|quadrupled)\b(?!\s+(?:the|its|their|that|what|a|an|"
                            r"from|in\s+size|down|up|as)\b)", _I)  # ("investors doubled down on")
_FACTOR_OF = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0}
_FRONTED_SINCE = re.compile(r"^\s*since\b[^;]*$", _I)
_PERIOD_KINDS = (TimeKind.DAY, TimeKind.MONTH, TimeKind.YEAR, TimeKind.FUZZY, TimeKind.TRAILING,
                 TimeKind.TO_DATE, TimeKind.QUARTER, TimeKind.HALF, TimeKind.WEEK)


@gated(_MULTIPLE_VERB)
def multiples(ctx: SentenceContext) -> None:
    """A gain stated as a multiple of the start (see the module doc)."""
    for m in _MULTIPLE_VERB.finditer(ctx.text):
        found = next(((i, q) for i, q in ctx.free_quantities((Unit.FACTOR,))
                      if ctx.rel(q.span)[0] <= m.start() < ctx.rel(q.span)[1] + 1), None)
        if found is None or ctx.is_consumed(*m.span()):
            continue
        i, q = found
        time = ctx.time_for(m.start())
        if time is not None and time.kind not in _PERIOD_KINDS:
            continue
        if time is not None and time.anchor != "since" and time.span is not None and \
                _FRONTED_SINCE.match(ctx.text[:ctx.rel(time.span)[0]]):
            time = dataclasses.replace(time, anchor="since")  # "Since falling to a low ... in March 2009,"
        factor = _FACTOR_OF[m.group("w").lower()]
        qq = ctx.use(i, "move")
        pct = Quantity((factor - 1) * 100, Unit.PCT, qq.raw, qq.span, hedge=qq.hedge,
                       hedge_text=qq.hedge_text, role="move", decimals=0)
        start = ctx.hedge_start(q)
        details: dict = {"measure": "pct", "multiple": factor}
        if time is not None:
            details["window"] = ("ytd" if time.kind is TimeKind.TO_DATE and time.unit in ("year", "")
                                 else "trailing" if time.kind is TimeKind.TRAILING
                                 else "since" if time.anchor == "since" else "calendar")
        ctx.make(ClaimKind.PERIOD_RETURN, start, m.end(), subject=ctx.subject_for(start), quantities=[pct],
                 hedge=qq.hedge, direction=Direction.UP, time=time, details=details)
        ctx.consumed.append((start, m.end()))


__all__ = ["multiples"]
