"""One index against another: "outperformed the S&P 500 by 3 points", "lagged", "twice the gain".

A verb of relative performance ("outpaced", "trailed", "is still behind") with the compared index
right after it, and an optional spread or factor after "by"; a bare factor ("1.5 times the S&P
500's") takes the move claim just before it as its measure.
"""

from __future__ import annotations

import re

from capscope.claims._needs import word_gate
from capscope.claims.grammar.base import SentenceContext
from capscope.claims.grammar.price_moves import fronted_range
from capscope.claims.model import ClaimKind, Direction, Hedge, TimeKind, Unit

_I = re.IGNORECASE

_REL_VERB = re.compile(
    r"\b(?P<out>outperform(?:ed|ing|s)?|outpac(?:ed|ing|es|e)|beat(?:ing|s)?|beaten|topp(?:ed|ing)|bested|"
    r"trounc(?:ed|ing)|outstrip(?:ped|ping|s)?|outshone|outdid|outdone|outrun|outran|"
    r"(?:is|was|were|are|been|remains?|remained|stays?|stayed)\s+(?:again\s+|still\s+|well\s+|far\s+)?"
    r"(?:leading|ahead\s+of))|"
    r"(?P<under>underperform(?:ed|ing|s)?|lagg(?:ed|ing)|lags?|trail(?:ed|ing|s)?|"
    r"(?:fallen|fell|falling|fall|left)\s+behind|"
    r"(?:is|was|were|are|been|remains?|remained|stays?|stayed)\s+(?:again\s+|still\s+|well\s+|far\s+)?behind)\b",
    _I)
# one of these is in every _REL_VERB match
_BY = re.compile(r"^[^.;]{0,40}?\bby\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+|some\s+)?", _I)
_REL_VERB_GATE = word_gate(_REL_VERB)  # the verb loop acts only on its matches


def relative(ctx: SentenceContext) -> None:
    for i, q in ctx.free_quantities((Unit.FACTOR,)):
        s, e = ctx.rel(q.span)
        comp = ctx.mention_after(e, within=50)
        if comp is None:
            continue
        prev = next((c for c in reversed(ctx.claims) if c.kind in (ClaimKind.PERIOD_RETURN, ClaimKind.DAY_MOVE)), None)
        subject = prev.subject if prev else ctx.subject_for(s)
        time = prev.time if prev else ctx.time_for(s)
        qq = ctx.use(i, "factor")
        direction = Direction.OUTPERFORM if q.value >= 1 else Direction.UNDERPERFORM
        end = comp.span.end - ctx.offset
        ctx.make(ClaimKind.RELATIVE_RETURN, s, end, subject=subject, comparison=comp, quantities=[qq],
                 hedge=q.hedge, direction=direction, time=time,
                 details={"relation": "factor", "factor": q.value,
                          "measure": prev.kind.value if prev else "period_return"})
        ctx.consumed.append((s, end))
    if _REL_VERB_GATE.rules_out_lowered(ctx.lowered):
        return
    for m in _REL_VERB.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        comp = ctx.mention_after(m.end(), within=50)
        if comp is None:
            continue
        subject = ctx.subject_for(m.start())
        if subject is not None and comp.symbol == subject.symbol:
            continue
        under = bool(m.group("under"))
        qs = []
        end = comp.span.end - ctx.offset
        by = _BY.match(ctx.text[end:end + 60])
        if by:
            found = ctx.quantity_near(end + by.end() - 25, within=28,
                                      units=(Unit.PCT, Unit.PP, Unit.POINTS, Unit.FACTOR))
            if found:
                factor = ctx.quantities[found[0]].unit is Unit.FACTOR
                qs.append(ctx.use(found[0], "factor" if factor else "spread"))
                end = qs[-1].span.end - ctx.offset
        time = ctx.time_for(m.start())
        # "since Election Day (November 8) through January 6, outperforming the Dow": the range
        # before the verb, not its last day alone
        time = fronted_range(ctx, m.start(), time) or time
        move = _own_move(ctx, subject, m.start()) if time is None else None
        if move is not None:
            # "fell 1.8%, lagging both the S&P 500 and ...", "plunged -3.01% on Friday. The index
            # underperformed the Dow": with no period of its own, the comparison is over the
            # subject's move the words just stated (an undated day move: the article's day)
            time = move.time
        ctx.make(ClaimKind.RELATIVE_RETURN, m.start(), end, subject=subject, comparison=comp,
                 quantities=qs, hedge=qs[0].hedge if qs else Hedge.EXACT,
                 direction=Direction.UNDERPERFORM if under else Direction.OUTPERFORM, time=time,
                 details={"relation": (qs[0].role if qs else ("lag" if under else "lead")),
                          **({"factor": qs[0].value} if qs and qs[0].role == "factor" else {}),
                          **({"move_session": True} if move is not None and move.time is None
                             and move.kind is ClaimKind.DAY_MOVE else {})})
        if time is not None and time.kind is not TimeKind.SAME_AS_BEFORE:
            ctx.state.last_time = time
        ctx.consumed.append((m.start(), end))


def _own_move(ctx: SentenceContext, subject, pos: int):  # noqa: ANN001, ANN202 - Mention, Claim
    """The subject's own change the relative verb compares: the nearest day move or period
    return of the same instrument stated before the verb in this sentence, else in the sentence
    before (a change stated after it, "small caps outperformed large caps, with a 3.3% return",
    may be of a period the words name and capscope did not read)."""
    if subject is None or not subject.symbol:
        return None
    kinds = (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN)
    here = [c for c in ctx.claims if c.kind in kinds and c.subject is not None
            and c.subject.symbol == subject.symbol and c.span.end - ctx.offset <= pos]
    if here:
        return max(here, key=lambda c: c.span.end)
    return next((c for c in reversed(ctx.state.last_changes) if c.kind in kinds
                 and c.subject is not None and c.subject.symbol == subject.symbol), None)


__all__ = ["relative"]
