"""Superlatives that rank a move the sentence states: "lost 11 percent in three days, the most
since November 2008", "the VIX rose the most since February", "surged 337 points this week, its
best three-day performance since November 2004".

The extremes rule reads a superlative from its own words; these read it from the move beside it
(its window, its unit), after the moves rule has read that move.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import DAY_KINDS, SentenceContext
from capscope.claims.model import Claim, ClaimKind, Direction, TimeExpr, TimeKind

_I = re.IGNORECASE


def rank_the_moves(ctx: SentenceContext) -> None:
    """Every superlative of the sentence that ranks a move beside it (see the module docstring)."""
    _the_most_since(ctx)
    _verb_the_most_since(ctx)
    _apposed_superlative(ctx)


# "The gauge has now lost 11 percent in three days, the most since November 2008": a superlative
# with no noun of its own ranks the move just before it, over that move's window
_PERIOD_MEASURE = {"week": "week_move", "month": "month_move", "quarter": "quarter_move", "year": "year_move"}
_MOST_SINCE = re.compile(r"^\s*,\s*(?P<the>(?:the|its|their)\s+)(?P<w>most|biggest|largest|steepest|sharpest|worst|best)\s+"
                         r"(?=since\b)", _I)


def _words_end(ctx: SentenceContext, c: Claim) -> int:
    """Where a move's words end in the sentence, its own time phrase after it included ("lost
    3.6% for the week")."""
    e = c.span.end - ctx.offset
    if c.time is not None and c.time.span is not None:
        e = max(e, ctx.rel(c.time.span)[1])
    return e


def _period_measure(t: TimeExpr | None) -> str | None:
    """The superlative measure of a move over a calendar period ("for the week": "week_move")."""
    if t is None or t.kind not in (TimeKind.WEEK, TimeKind.MONTH, TimeKind.QUARTER, TimeKind.YEAR, TimeKind.TO_DATE):
        return None
    return _PERIOD_MEASURE.get(t.unit or t.kind.value)


def _the_most_since(ctx: SentenceContext) -> None:
    for c in list(ctx.claims):
        if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or c.subject is None:
            continue
        e = _words_end(ctx, c)
        m = _MOST_SINCE.match(ctx.text[e:e + 40])
        if m is None:
            continue
        found = ctx.since_after(e + m.end() - 1, within=8)
        if found is None:
            continue
        t = c.time
        if c.kind is ClaimKind.DAY_MOVE and (t is None or t.kind in (TimeKind.DAY, TimeKind.WEEKDAY)):
            details: dict = {"measure": "day_move"}
        elif t is not None and t.count and t.unit in ("day", "session", "trading day"):
            details = {"measure": "sessions_move", "sessions": int(t.count)}
        elif _period_measure(t):
            # "lost 3.6% for the week, its worst since April": the period the move is over
            details = {"measure": _period_measure(t)}
        else:
            continue
        ctx.used_t.add(found[0])
        low = c.direction is Direction.DOWN
        start, end = e + m.start("the"), found[1].span.end - ctx.offset
        details["superlative"] = m.group("w").lower()
        # the superlative read with no unit by the extremes rule ("its worst since April") is
        # this one, now that the move it stands beside says what it ranks
        ctx.claims[:] = [x for x in ctx.claims if not (
            x.kind in (ClaimKind.LOWEST_SINCE, ClaimKind.HIGHEST_SINCE) and x.details.get("measure") == "unnamed"
            and x.span.start - ctx.offset < end and start < x.span.end - ctx.offset)]
        ctx.make(ClaimKind.LOWEST_SINCE if low else ClaimKind.HIGHEST_SINCE, start, end, subject=c.subject,
                 since=found[1], time=None if details["measure"] == "sessions_move" else c.time,
                 direction=c.direction, details=details)
        ctx.consumed.append((start, end))


# ", its best three-day performance since November 2004", ", the highest increase since 2013": a
# superlative set beside a move ranks that move: in its unit, and over its window when the
# superlative's own words name no period
_APPOSED = re.compile(r"\s*,\s*(?:(?:its|the|their)\s+)?", _I)
_PERIOD_WORDS = re.compile(r"\b(?:day|session|daily|week|weekly|month|monthly|quarter|quarterly|year|annual|"
                           r"yearly|one-day|single-day)\b", _I)


def _apposed_superlative(ctx: SentenceContext) -> None:
    moves_ = [c for c in ctx.claims if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) and c.subject is not None]
    for sup in ctx.claims:
        if sup.kind not in (ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE) or not moves_:
            continue
        ss = sup.span.start - ctx.offset
        prev = next((c for c in reversed(moves_) if _words_end(ctx, c) <= ss
                     and _APPOSED.fullmatch(ctx.text, _words_end(ctx, c), ss)), None)
        if prev is None:
            continue
        measure = sup.details.get("measure")
        if prev.details.get("measure") == "points" and "unit" not in sup.details and measure in (
                "day_move", "sessions_move", "week_move", "month_move", "quarter_move", "year_move") \
                and not re.search(r"percent|%", sup.text, _I):
            sup.details["unit"] = "points"  # "surged 337 points this week, its best three-day performance"
        period = _period_measure(prev.time) if prev.kind is ClaimKind.PERIOD_RETURN else None
        if measure == "day_move" and period and not _PERIOD_WORDS.search(sup.text):
            # "For the year, the Dow closed up 13.5 percent, the highest increase since 2013": the year's
            sup.details["measure"] = period
            sup.time = prev.time


# "Wall Street's fear gauge rose the most since February": a figureless move ranked by its size
_VERB_MOST_SINCE = re.compile(r"\b(?:(?P<up>rose|rallied|climbed|gained|jumped|surged|advanced|soared)|"
                              r"(?P<down>fell|dropped|declined|slid|sank|tumbled|lost|plunged|slumped))\s+"
                              r"the\s+most\s+(?:in\s+(?:a|one|a\s+single)\s+(?:day|session)\s+)?(?=since\b)", _I)


def _verb_the_most_since(ctx: SentenceContext) -> None:
    """"The VIX rose the most since February": the day's move, the largest that way since then."""
    if "most" not in ctx.text:
        return
    for m in _VERB_MOST_SINCE.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        found = ctx.since_after(m.end(), within=2)
        subject = ctx.subject_for(m.start())
        if found is None or subject is None:
            continue
        ctx.used_t.add(found[0])
        low = bool(m.group("down"))
        end = ctx.rel(found[1].span)[1]
        ctx.make(ClaimKind.LOWEST_SINCE if low else ClaimKind.HIGHEST_SINCE, m.start(), end, subject=subject,
                 since=found[1], time=ctx.time_for(m.start(), kinds=DAY_KINDS, allow_since=False),
                 direction=Direction.DOWN if low else Direction.UP,
                 details={"measure": "day_move", "superlative": "most"})
        ctx.consumed.append((m.start(), end))


__all__ = ["rank_the_moves"]
