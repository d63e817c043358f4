"""Rules for what followed earlier streaks: "In the 228 earlier runs of five or more straight
gains since Sept. 10, 1987, the Russell 2000 was higher a month later 134 times."

A base rate states two counts (the earlier streaks, and those after which the index was higher
or lower at a horizon); both are read from one streak study, so the claim is a streak-rarity
claim with the horizon and the second count in its details.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import NUMWORD, SentenceContext, gated
from capscope.claims.lexicon import count_value
from capscope.claims.model import ClaimKind, Direction, Hedge

_I = re.IGNORECASE
_COUNT = r"(?:\d{1,3}(?:,\d{3})+|" + NUMWORD + r")"
_HORIZONS = {"a week": "1W", "one week": "1W", "a month": "1M", "one month": "1M",
             "three months": "3M", "3 months": "3M", "six months": "6M", "6 months": "6M",
             "a year": "1Y", "one year": "1Y"}
_FOLLOWED = re.compile(
    r"\b(?:in|after|of)\s+(?:the\s+|those\s+)?(?P<n>" + _COUNT + r")\s+(?:earlier|previous|prior)\s+"
    r"(?:runs|streaks|cases|instances)\s+of\s+(?P<len>" + NUMWORD + r")\s+or\s+more\s+"
    r"(?:straight|consecutive)\s+(?:(?:daily|session)\s+)?(?P<what>gains|losses|advances|declines)"
    r"(?P<mid>[^;]{0,120}?)\b(?:was|were|ended|closed|stood|finished)\s+(?P<dir>higher|lower)\s+"
    r"(?P<h>" + "|".join(_HORIZONS) + r")\s+later\s+(?:in\s+)?(?P<k>" + _COUNT + r")"
    r"(?:\s+times|\s+of\s+them|\s+cases)?", _I)


def _count(token: str) -> int | None:
    return count_value(token.replace(",", ""))


@gated(_FOLLOWED)
def what_followed(ctx: SentenceContext) -> None:
    """A base rate: the earlier streaks and how many were followed by a higher (lower) close."""
    if "later" not in ctx.text or "earlier" not in ctx.text and "previous" not in ctx.text \
            and "prior" not in ctx.text:
        return
    for m in _FOLLOWED.finditer(ctx.text):
        n, k, length = _count(m.group("n")), _count(m.group("k")), count_value(m.group("len"))
        if n is None or k is None or length is None:
            continue
        since = ctx.since_after(m.end("what"), within=40)
        if since:
            ctx.used_t.add(since[0])
        for i, q in ctx.free_quantities():
            s, e = ctx.rel(q.span)
            if m.start() <= s and e <= m.end():
                ctx.use(i, "count")
        down = m.group("what").lower() in ("losses", "declines")
        subject = ctx.mention_after(m.start("mid"), within=100) or ctx.subject_for(m.start())
        details = {"occurrence": None, "count_total": None, "length": length, "unit": "session",
                   "only": False, "earlier": n,
                   "forward": {"horizon": _HORIZONS[m.group("h").lower()],
                               "higher": m.group("dir").lower() == "higher", "count": k}}
        ctx.make(ClaimKind.STREAK_RARITY, m.start(), m.end(), subject=subject,
                 direction=Direction.DOWN if down else Direction.UP,
                 since=since[1] if since else None, hedge=Hedge.EXACT, details=details)
        ctx.consumed.append((m.start(), m.end()))


__all__ = ["what_followed"]
