"""Rules for a running total: a change over a period stated as where the day's move left it.

"The index fell 0.7% on Friday, bringing its year-to-date decline to 0.5%", "The Dow closed down
19.12 points, trimming its gain for the year to 17 percent", "slid 1.2% Thursday, taking its drop
this month to more than 4%", "climbed 2.4% before paring the gain to 1.8%", "measured from the November 25 peak, its loss
through January 17 deepens to almost 7%": the figure after "to"
is the change over the period the words name (the year, month or week to date), or the day's
own change when they name none. Each is a period-return (or day-move) claim whose window is the
time phrase inside the words; the verb says nothing about direction, the noun does ("gain",
"decline").
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import DAY_KINDS, NUMWORD, SentenceContext, gated
from capscope.claims.grammar.live import CLOSING_VERB
from capscope.claims.grammar.price_moves import (
    PERIOD_ADJECTIVES,
    closes_between,
    one_session,
    period_of_adjective,
)
from capscope.claims.lexicon import OR_RESTATES, count_value
from capscope.claims.model import ClaimKind, Direction, TimeExpr, TimeKind, Unit

_I = re.IGNORECASE

_UP = r"gains?|advances?|rall(?:y|ies)|rises?|increases?|rebounds?"
_DOWN = r"loss(?:es)?|declines?|drops?|slides?|falls?|decreases?|slumps?|retreats?"
# the verb that carries the total forward or back, the total's noun (and its period), then "to"
_RUNNING = re.compile(
    r"\b(?:bring|tak|push|extend|trim|par|cut|widen|deepen|lift|rais|shav|swell|narrow|drag|boost|send|sent|"
    r"carr(?:y|ie))\w*\s+(?:its|the|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))"
    r"(?:\s+(?:for\s+the\s+(?:year|month|week|quarter)|(?:so\s+far\s+)?(?:this|in)\s+(?:the\s+)?(?:year|month|week|quarter)|"
    r"(?:so\s+far\s+)?in\s+(?:19|20)\d\d|(?:year|month|week)[\s-]to[\s-]date|so\s+far|"
    # "bringing its decline over the past three sessions to 505.31 points"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+" + NUMWORD + r"\s+(?:trading\s+)?(?:sessions|days|weeks)))?"
    r"\s+to\s+(?=(?:about|nearly|almost|more\s+than|over|roughly|around|just\s+(?:over|under)|less\s+than)?\s*[-+]?\d)", _I)
# the noun first: "its loss through January 17 deepens to almost 7%"
_NOUN_FIRST = re.compile(
    r"\b(?:its|their|the(?:\s+[\w&.-]+){1,3}['\u2019]s|the)\s+(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))\b"
    r"[^,;.]{0,40}?\s+"
    r"(?:deepen|widen|grow|grew|extend|swell|stretch)\w*\s+to\s+"
    r"(?=(?:about|nearly|almost|more\s+than|over|roughly|around|just\s+(?:over|under)|less\s+than)?\s*[-+]?\d)", _I)
_FROM_DAY = re.compile(r"\b(?:from|since)\s+(?:its|the|their|a)?\s*$", _I)
_THROUGH = ("through", "to", "until", "till")
_THROUGH_DAY = re.compile(r"\b(?:through|to|until|till)\s+$", _I)
_WINDOW_KINDS = (TimeKind.TO_DATE, TimeKind.WEEK, TimeKind.MONTH, TimeKind.YEAR, TimeKind.QUARTER, TimeKind.TRAILING)
# "bringing the four-day gain to 784.96 points": the last N sessions, named by the noun's adjective
_N_DAY = re.compile(r"\b(?P<n>" + NUMWORD + r")-(?P<u>day|session|week)\b", _I)
# "taking its weekly loss to more than 1,400 points": the period the noun's adjective names
_PERIOD_ADJ = re.compile(r"\b(?:" + PERIOD_ADJECTIVES + r")\b", _I)
# ", or 4.5 percent" after the total's points: the same total restated
_OR_PCT = re.compile(OR_RESTATES + r"(?=[-+]?\d)", _I)


def running_totals(ctx: SentenceContext) -> None:
    """A total carried to a figure by the day's move, or grown to it (see the module doc)."""
    _carried(ctx)
    _grown(ctx)


@gated(_RUNNING)
def _carried(ctx: SentenceContext) -> None:
    for m in _RUNNING.finditer(ctx.text):
        inside = [k for k, t in enumerate(ctx.times)
                  if k not in ctx.used_t and m.start() <= ctx.rel(t.span)[0] < m.end()]
        window = ctx.resolve(ctx.times[inside[0]]) if inside else None
        if window is not None and window.kind not in _WINDOW_KINDS:
            continue  # a window the rule does not read ("since the election"): left to the others
        if window is None:
            window = _n_day_window(ctx, m)
        if window is None and (adj := _PERIOD_ADJ.search(m.group(0))) is not None:
            window = period_of_adjective(ctx, adj.group(0))  # "taking its weekly loss to 5.7%"
        time = window or ctx.time_for(m.start(), allow_since=False)
        if window is None and time is not None and time.kind not in DAY_KINDS:
            continue
        _total(ctx, m, time, inside, window=window is not None)


def _n_day_window(ctx: SentenceContext, m: re.Match[str]) -> TimeExpr | None:
    """"The four-day gain": the last N sessions (weeks) to the article's day, or None."""
    n = _N_DAY.search(m.group(0))
    count = count_value(n.group("n")) if n is not None else None
    if count is None or count < 2:
        return None
    unit = "week" if n.group("u").lower() == "week" else "day"
    return TimeExpr(n.group(0), TimeKind.TRAILING, span=None, anchor="over", count=count, unit=unit, relative=True,
                    note=f"'{n.group(0)}': the {count} {unit}s to the article's day")


@gated(_NOUN_FIRST)
def _grown(ctx: SentenceContext) -> None:
    for m in _NOUN_FIRST.finditer(ctx.text):
        window = _from_through(ctx, m.start(), m.end())
        if window is not None:
            _total(ctx, m, window, [], window=True)


def _from_through(ctx: SentenceContext, start: int, end: int) -> TimeExpr | None:
    """"From the November 25 peak ... its loss through January 17": from the close of a day after
    "from" before the words to the close of a day after "through" inside them; else None."""
    first = last = None
    for t in ctx.times:
        s, _ = ctx.rel(t.span)
        r = ctx.resolve(t)
        if not one_session(r):
            continue
        lead = ctx.text[max(0, s - 40):s]
        if s < start and (r.anchor in ("from", "since") or _FROM_DAY.search(lead)):
            first = r
        elif start <= s < end and (r.anchor in _THROUGH or _THROUGH_DAY.search(lead)):
            last = r
    if first is None or last is None or last.end <= first.start:
        return None
    return closes_between(f"{first.raw.strip()} .. {last.raw.strip()}", last.span, first.start, last.end,
                          "the days before and inside the words")


def _total(ctx: SentenceContext, m: re.Match[str], time: TimeExpr | None, inside: list[int], *,
           window: bool) -> None:
    """The claim of a total: the figure right after the words, over ``time``."""
    found = ctx.quantity_near(m.end(), within=24, units=(Unit.PCT, Unit.POINTS))
    if found is None or ctx.is_consumed(*m.span()):
        return
    i, q = found
    ctx.used_t |= set(inside)
    qq = ctx.use(i, "move")
    start, end = m.start(), ctx.rel(q.span)[1]
    details: dict = {"measure": "points" if q.unit is Unit.POINTS else "pct"}
    if window and time is not None:
        details["window"] = ("ytd" if time.kind is TimeKind.TO_DATE and time.unit in ("year", "")
                             else "to_date" if time.kind is TimeKind.TO_DATE
                             else "since" if time.anchor == "between" else "calendar")
    if ctx.state.live and not CLOSING_VERB.search(ctx.text):
        details["snapshot"] = True  # live coverage: the total at that moment of the session
    kind = ClaimKind.PERIOD_RETURN if window else ClaimKind.DAY_MOVE
    subject = ctx.subject_for(m.end())
    direction = Direction.UP if m.group("up") else Direction.DOWN
    claim = ctx.make(kind, start, end, subject=subject, quantities=[qq], hedge=q.hedge, direction=direction,
                     time=time, details=details)
    ctx.consumed.append((start, end))
    more = _OR_PCT.match(ctx.text, end) if q.unit is Unit.POINTS else None
    again = ctx.quantity_near(more.end(), within=2, units=(Unit.PCT,)) if more is not None else None
    if again is not None and again[0] not in ctx.used_q:
        # "to 505.31 points, or 4.5 percent": the same total in percent, its own claim
        j, p = again
        ps, pe = ctx.rel(p.span)
        ctx.make(kind, ps, pe, subject=subject, quantities=[ctx.use(j, "move")], hedge=p.hedge,
                 direction=direction, time=time, details={**details, "measure": "pct", "restates": claim.text})
        ctx.consumed.append((ps, pe))


__all__ = ["running_totals"]
