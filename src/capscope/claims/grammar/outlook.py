"""The path of rates ahead, as the Fed signals it or markets expect it: a forecast, never a fact.

"signalled six more hikes this year", "penciled in two more cuts by the end of 2025", "expects one
more rate increase in 2023", "no cuts until 2024", "pledged to keep interest rates near zero for
almost three more years", "would begin raising interest rates in 2023", "traders grew more
confident the Fed will lower its benchmark rate at its next meeting", "no policy changes are
expected". Every one of these speaks of decisions not yet taken on the article's day. The
decisions rule reads a decision the words report; what it leaves and this rule finds is the
outlook, checked as nothing (a forecast names what it foresees and is never "contradicted").
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import NUMWORD, SentenceContext, gated
from capscope.claims.grammar.policy import FED_ACTOR
from capscope.claims.model import ClaimKind, Direction, Unit

_I = re.IGNORECASE
_RATE_MOVE = (r"(?:(?:quarter|half)[- ]point\s+|\d+(?:\.\d+)?[- ]basis[- ]point\s+|(?:interest[- ])?rate\s+)?"
              r"(?P<noun>hikes?|cuts?|increases?|reductions?|rises?)")
_PATH = re.compile(
    # "six more hikes", "as many as seven hikes", "another 25 basis point hike", "no cuts until 2024"
    r"\b(?:as\s+many\s+as\s+|up\s+to\s+|at\s+least\s+)?(?:another|further|no|" + NUMWORD[3:-1] + r"|\d+)\s+"
    r"(?:more\s+)?" + _RATE_MOVE + r"\b|"
    # "keep interest rates near zero into 2023", "hold its key rate near zero for two more years"
    r"\b(?:keep|hold|leave|keeping|holding)\s+(?:its\s+|their\s+)?(?:\w+\s+){0,3}rates?\s+(?:near|at|close\s+to)\s+zero\b|"
    # "begin raising interest rates in 2023", "start gradually dialing back its bond-buying"
    r"\b(?:begin|start|beginning|starting)\s+(?:to\s+)?(?:\w+ly\s+)?(?:raising|cutting|lowering|reducing|tapering|"
    r"trimming|dialing\s+back|scaling\s+back|winding\s+down|normaliz\w+)\b|"
    # "the Fed will lower its benchmark rate at its next meeting"
    r"\b(?:will|would|could|might|may)\s+(?:again\s+|soon\s+|further\s+)?(?:lower|raise|cut|lift|hike|trim|reduce|"
    r"increase)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:interest\s+)?rates?\b|"
    r"\bno\s+(?:policy\s+|rate\s+)?(?:changes?|moves?|action)\s+(?:is|are|was|were)\s+(?:widely\s+)?expected\b|"
    r"\bin\s+anticipation\s+of\s+an?\s+(?:interest[- ]rate\s+)?(?:cut|hike|increase|reduction)\b", _I)
# who signals or expects it; and the words that make the path a future one
_WHO = re.compile(r"\b(?:" + FED_ACTOR + r"|policy\s+makers|officials|Bernanke|Yellen|Greenspan|Volcker|dot[- ]plot|"
                  r"projections?|investors|traders|markets?|economists|analysts|Wall\s+Street)\b", _I)
_AHEAD = re.compile(r"\b(?:will|would|could|might|may|expects?|expected|expectations?|signal(?:l)?(?:ed|s)?|"
                    r"project(?:s|ed|ions?)|pencil(?:l)?ed|sees|saw|plans?|planned|pledg(?:ed|es)|vow(?:ed|s)|"
                    r"guid(?:ance|ed)|anticipat\w+|likely|hopes?|bets?|forecasts?|promised|flagg?ed|suggest(?:s|ed)|"
                    r"more|another|further|next|until|into|through)\b", _I)
# the level the path leads to, after a comma: ", to a range of 5.0 to 5.25 percent"
_TO_LEVEL = re.compile(r",\s*to\s+(?:a\s+(?:range|level|target)\s+(?:of\s+)?)?(?:between\s+)?\d", _I)
# where the outlook's words stop: the end of its clause
_STOP = re.compile(r"[,;:]|\.(?!\d)|\s(?:and|but|while|as|after|before|which)\s")


@gated(_PATH)
def outlook(ctx: SentenceContext) -> None:
    """A FORECAST claim for each rate path ahead the sentence states (see the module docstring)."""
    if not _WHO.search(ctx.text):
        return
    for m in _PATH.finditer(ctx.text):
        s, e = m.span()
        # (the words of the path itself free: "pledged to keep rates near zero ..." after a hold the
        # decisions rule read up to "keep")
        if ctx.is_consumed(max(s, e - 8), e) or not (_AHEAD.search(ctx.text, 0, s) or _AHEAD.search(m.group(0))):
            continue
        stop = _STOP.search(ctx.text, e)
        if stop is not None and _TO_LEVEL.match(ctx.text, stop.start()):
            stop = _STOP.search(ctx.text, stop.end() + 12)  # "one more hike this year, to a range of 5.0 to 5.25%"
        end = min(stop.start() if stop else len(ctx.text), e + 60)
        down = re.search(r"cut|lower|reduc|trim|eas|dialing|scaling|taper|winding", m.group(0), _I)
        up = re.search(r"hike|rais|increas|lift|rise|normaliz", m.group(0), _I)
        # (the rates it leads to; a dollar sum is a purchase programme's, a measure of its own)
        quantities = [ctx.use(i, "target") for i, q in ctx.free_quantities((Unit.PCT, Unit.PP, Unit.BP))
                      if s <= ctx.rel(q.span)[0] < end]
        ctx.make(ClaimKind.FORECAST, s, end, quantities=quantities,
                 direction=Direction.DOWN if down and not up else Direction.UP if up and not down else Direction.UNKNOWN,
                 details={"cue": m.group(0), "source": "rate outlook"})
        ctx.consumed.append((s, e))  # (a sum in the tail stays a figure of its own: "the $85 billion ...")


__all__ = ["outlook"]
