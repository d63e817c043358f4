"""A moving average's own level: "its 50-day moving average fell to 1,222.95", "the Russell's 50-day
moving average is at 1,624.56, while the 200-day stands at 1,616.23", "the 200-day moving average
(MA), which slipped to 1,224.11".

Technical copy ("death cross", "golden cross") states the averages as levels. The figure is the
simple moving average of the last N closes on the day the words give (kind ``close_level``,
``details["average_window"] = N``), never the index's close. An exponential average is not read:
capscope computes simple ones.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import DAY_KINDS, SentenceContext, gated
from capscope.claims.model import ClaimKind, Unit

_AVERAGE_LEVEL = re.compile(
    r"\b(?P<n>\d{2,3})-day(?P<ema>\s+exponential)?(?:\s+(?:simple\s+)?moving)?(?:\s+average)?(?:\s+\((?:MA|SMA)\))?"
    r"(?:,?\s+which)?\s+(?:(?:is|was|stands|stood|sits|sat|now|currently)\s+)*"
    r"(?:at|near|(?:fell|slipped|dropped|declined|rose|climbed|edged\s+(?:up|down)|moved|ticked\s+(?:up|down))\s+to)"
    r"\s+(?=\d)", re.IGNORECASE)


@gated(_AVERAGE_LEVEL)
def average_levels(ctx: SentenceContext) -> None:
    """Each N-day average's level the words state, for the sentence's subject."""
    for m in _AVERAGE_LEVEL.finditer(ctx.text):
        if m.group("ema") or ctx.is_consumed(*m.span()):
            continue
        found = ctx.quantity_near(m.end(), within=1, units=(Unit.NUMBER, Unit.USD))
        if found is None:
            continue
        i, q = found
        end = ctx.rel(q.span)[1]
        ctx.make(ClaimKind.CLOSE_LEVEL, m.start(), end, subject=ctx.subject_for(m.start()),
                 quantities=[ctx.use(i, "level")],
                 time=ctx.time_for(m.start(), kinds=DAY_KINDS, allow_since=False),
                 details={"level": q.value, "average_window": int(m.group("n"))})
        ctx.consumed.append((m.start(), end))


__all__ = ["average_levels"]
