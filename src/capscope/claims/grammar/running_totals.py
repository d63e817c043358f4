"""Rules for a running total: a change over a period stated as where the day's move left it.

"The index fell 0.7% on Friday, bringing its year-to-date decline to 0.5%", "The Dow closed down
19.12 points, trimming its gain for the year to 17 percent", "slid 1.2% Thursday, taking its drop
this month to more than 4%", "climbed 2.4% before paring the gain to 1.8%": the figure after "to"
is the change over the period the words name (the year, month or week to date), or the day's
own change when they name none. Each is a period-return (or day-move) claim whose window is the
time phrase inside the words; the verb says nothing about direction, the noun does ("gain",
"decline").
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.grammar.live import CLOSING_VERB
from capscope.claims.model import ClaimKind, Direction, TimeKind, Unit

_I = re.IGNORECASE

_UP = r"gains?|advances?|rall(?:y|ies)|rises?|increases?|rebounds?"
_DOWN = r"loss(?:es)?|declines?|drops?|slides?|falls?|decreases?|slumps?|retreats?"
# the verb that carries the total forward or back, the total's noun (and its period), then "to"
_RUNNING = re.compile(
    r"\b(?:bring|tak|push|extend|trim|par|cut|widen|deepen|lift|rais|shav|swell|narrow)\w*\s+(?:its|the|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))"
    r"(?:\s+(?:for\s+the\s+(?:year|month|week|quarter)|(?:so\s+far\s+)?(?:this|in)\s+(?:the\s+)?(?:year|month|week|quarter)|"
    r"(?:so\s+far\s+)?in\s+(?:19|20)\d\d|(?:year|month|week)[\s-]to[\s-]date|so\s+far))?"
    r"\s+to\s+(?=(?:about|nearly|almost|more\s+than|over|roughly|around|just\s+(?:over|under)|less\s+than)?\s*[-+]?\d)", _I)
_DAY_KINDS = (TimeKind.DAY, TimeKind.WEEKDAY)
_WINDOW_KINDS = (TimeKind.TO_DATE, TimeKind.WEEK, TimeKind.MONTH, TimeKind.YEAR, TimeKind.QUARTER)


@gated(_RUNNING)
def running_totals(ctx: SentenceContext) -> None:
    """A total carried to a figure by the day's move (see the module doc)."""
    for m in _RUNNING.finditer(ctx.text):
        found = ctx.quantity_near(m.end(), within=24, units=(Unit.PCT, Unit.POINTS))
        if found is None or ctx.is_consumed(*m.span()):
            continue
        i, q = found
        inside = [k for k, t in enumerate(ctx.times)
                  if k not in ctx.used_t and m.start() <= ctx.rel(t.span)[0] < m.end()]
        window = ctx.resolve(ctx.times[inside[0]]) if inside else None
        if window is not None and window.kind not in _WINDOW_KINDS:
            continue  # a window the rule does not read ("since the election"): left to the others
        time = window or ctx.time_for(m.start(), allow_since=False)
        if window is None and time is not None and time.kind not in _DAY_KINDS:
            continue
        ctx.used_t |= set(inside)
        qq = ctx.use(i, "move")
        end = ctx.rel(q.span)[1]
        start = m.start()
        details: dict = {"measure": "points" if q.unit is Unit.POINTS else "pct"}
        if window is not None:
            details["window"] = ("ytd" if window.kind is TimeKind.TO_DATE and window.unit in ("year", "")
                                 else "to_date" if window.kind is TimeKind.TO_DATE else "calendar")
        if ctx.state.live and not CLOSING_VERB.search(ctx.text):
            details["snapshot"] = True  # live coverage: the total at that moment of the session
        ctx.make(ClaimKind.PERIOD_RETURN if window is not None else ClaimKind.DAY_MOVE, start, end,
                 subject=ctx.subject_for(start), quantities=[qq], hedge=q.hedge,
                 direction=Direction.UP if m.group("up") else Direction.DOWN, time=time, details=details)
        ctx.consumed.append((start, end))


__all__ = ["running_totals"]
