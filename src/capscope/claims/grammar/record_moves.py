"""The record a day's move beat: "eclipsing the previous record one-day drop of 617 points, set
last April", "topped the old one-day record of 554.26 points from Oct. 27, 1997".

Two claims come from such a phrase, because an editor needs to know which half is wrong: the
record's size (kind ``record``, ``details["record_move"] = "size"``) and, when the words date it,
its day (``"day"``, the time phrase in ``time``). Both are read as of the article's day: the
record is the largest one-session loss (gain) before it (``stats.moves.record_move``).
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.model import ClaimKind, Direction, TimeKind, Unit

_I = re.IGNORECASE

_RECORD_MOVE = re.compile(
    r"\b(?:previous|old|prior|former|earlier)\s+(?:one-day\s+|single-day\s+|daily\s+|point\s+)*record"
    r"(?:\s+(?:one-day|single-day|daily|point))*(?:\s+(?P<kind>drop|loss|decline|fall|plunge|slide|gain|rise|"
    r"advance|jump|rally|increase))?\s+of\s+(?=\$?\d)", _I)
_DATED_BY = re.compile(r"^\s*,?\s*(?:set|from|on|in|reached|recorded|established|posted)\s+", _I)
_LOSS = re.compile(r"drop|loss|decline|fall|plunge|slide", _I)


@gated(_RECORD_MOVE)
def record_moves(ctx: SentenceContext) -> None:
    for m in _RECORD_MOVE.finditer(ctx.text):
        found = ctx.quantity_near(m.end(), within=3, units=(Unit.POINTS, Unit.PCT))
        if found is None:
            continue
        i, q = found
        s, e = ctx.rel(q.span)
        if m.group("kind"):
            loss = _LOSS.search(m.group("kind")) is not None
        else:  # "topped the old one-day record of 554.26 points": the day's own move says which
            loss = ctx.direction_in(0, m.start()) is Direction.DOWN
        subject = ctx.subject_for(m.start())
        details = {"record_move": "size", "loss": loss, "points": q.unit is Unit.POINTS}
        ctx.make(ClaimKind.RECORD, m.start(), e, subject=subject, quantities=[ctx.use(i, "level")],
                 direction=Direction.DOWN if loss else Direction.UP, details=details)
        ctx.consumed.append((m.start(), e))
        dated = _DATED_BY.match(ctx.text[e:e + 16])
        if dated is None:
            continue
        when = next((k for k, t in enumerate(ctx.times) if k not in ctx.used_t and t.span is not None
                     and e <= ctx.rel(t.span)[0] <= e + dated.end() + 1
                     and t.kind in (TimeKind.DAY, TimeKind.MONTH, TimeKind.YEAR, TimeKind.FUZZY)), None)
        if when is None:
            continue
        ctx.used_t.add(when)
        t = ctx.times[when]
        end = ctx.rel(t.span)[1]
        words = e + len(dated.group(0)) - len(dated.group(0).lstrip(" ,"))  # "set last April"
        ctx.make(ClaimKind.RECORD, words, end, subject=subject, time=ctx.resolve(t),
                 direction=Direction.DOWN if loss else Direction.UP,
                 details={**details, "record_move": "day"})
        ctx.consumed.append((e, end))


__all__ = ["record_moves"]
