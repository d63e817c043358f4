"""Rules for a day's move stated as the ground the index made up.

"The Dow climbed out of a 65-point hole to finish up 299.60 points", "stocks erased an early
200-point loss", "the index reversed a 1.5% gain": the figure is not the day's change but the
session's extreme on the other side of the previous close (the low for a hole or a loss, the
high for a gain given back). Each is a day-move claim about the intraday extreme
(``details["intraday"]``), which the moves verifier measures from the previous close.

A percent figure is read only with "hole" or "deficit": "recovered from a 20% drop" is as often
a bear market's fall as a session's. A time that is a window rather than a day ("erased a 300-
point loss for the week") leaves the figure to the other rules.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import DAY_KINDS, SentenceContext, gated
from capscope.claims.model import ClaimKind, Direction, Unit

_I = re.IGNORECASE

# the verb of making up ground, then the article: the figure follows
_MADE_UP = re.compile(
    r"\b(?:(?:climb|dig|dug|claw|come|came|bounce|rall(?:y|ie)|battle|fight|fought)\w*\s+(?:back\s+)?out\s+of|"
    r"(?:erase|recover|overcome|overcame|reverse|wipe)\w*(?:\s+out)?|shook\s+off|shak\w+\s+off|shrug\w*\s+off)"
    r"\s+(?:a|an|its|their)\s+(?:early\s+|intraday\s+|morning\s+|steep\s+|sharp\s+)*(?=\d)", _I)
_WHAT = re.compile(r"^[\s-]*(?:point\s+|percent\s+|per\s*cent\s+)?(?P<what>hole|deficit|loss|drop|decline|"
                   r"slide|slump|plunge|fall|sell-?off|gain|rally|advance|rise)\b", _I)
_DOWN_HOLES = ("hole", "deficit", "loss", "drop", "decline", "slide", "slump", "plunge", "fall", "selloff",
               "sell-off")


@gated(_MADE_UP)
def recoveries(ctx: SentenceContext) -> None:
    """A hole climbed out of, a loss erased, a gain reversed: the day's extreme (see the module)."""
    for m in _MADE_UP.finditer(ctx.text):
        found = ctx.quantity_near(m.end(), within=1, units=(Unit.POINTS, Unit.PCT))
        if found is None or ctx.is_consumed(*m.span()):
            continue
        i, q = found
        end = ctx.rel(q.span)[1]
        what = _WHAT.match(ctx.text[end:end + 30])
        if what is None:
            continue
        noun = what.group("what").lower()
        if q.unit is Unit.PCT and noun not in ("hole", "deficit"):
            continue
        time = ctx.time_for(m.start(), allow_since=False)
        if time is not None and time.kind not in DAY_KINDS:
            continue  # "erased a 300-point loss for the week": a window's, not a session's
        qq = ctx.use(i, "move")
        end += what.end()
        ctx.make(ClaimKind.DAY_MOVE, m.start(), end, subject=ctx.subject_for(m.start()),
                 quantities=[qq], hedge=q.hedge,
                 direction=Direction.DOWN if noun in _DOWN_HOLES else Direction.UP, time=time,
                 details={"measure": "points" if q.unit is Unit.POINTS else "pct", "intraday": True})
        ctx.consumed.append((m.start(), end))


__all__ = ["recoveries"]
