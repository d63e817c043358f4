"""Rules for the sign of a change stated without a figure: over a period, or over the day.

"The Russell 2000 slipped into the red for 2025", "the index is back in positive territory for
the year", "turned negative for the month": the words say on which side of zero the change over
a to-date window stands, and nothing about its size. Each is a period-return claim with a
direction and no quantity, which the returns verifier checks by the sign of the change.

The same holds for a session: "the Dow climbed back from its lows to end higher", "the index
closed Friday in the red". Only a closing verb makes it a day's sign (an "edged lower" may be
mid-session), and a figure right after ("closed higher by 2%", "ended lower at 1,520") is left to
the moves and levels rules.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.grammar.live import SNAPSHOT
from capscope.claims.model import ClaimKind, Direction, TimeKind

_I = re.IGNORECASE

# the side of zero, then the period it is measured over ("for the year", "for 2025", "on the week")
SIGN_FOR_PERIOD = re.compile(
    r"\b(?:(?:in|into|back\s+in(?:to)?|firmly\s+in)\s+(?:the\s+)?(?:(?P<red>red)|(?P<black>black)|"
    r"(?P<negt>negative)\s+territory|(?P<post>positive)\s+territory)|"
    r"(?:turned|turning|turns|is|was|are|were|now|went|stays?|stayed|remains?|remained)\s+"
    r"(?:(?P<neg>negative)|(?P<pos>positive)))"
    r"\s+(?=(?:for|on)\s+(?:the\s+(?:year|month|week|quarter)|(?:19|20)\d\d)\b)", _I)

_TO_DATE = (TimeKind.TO_DATE, TimeKind.YEAR)


@gated(SIGN_FOR_PERIOD)
def period_signs(ctx: SentenceContext) -> None:
    """A change's side of zero over the period named right after it (see the module doc)."""
    for m in SIGN_FOR_PERIOD.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        found = next(((i, t) for i, t in enumerate(ctx.times) if i not in ctx.used_t and t.span is not None
                      and ctx.rel(t.span)[0] == m.end() and t.kind in _TO_DATE), None)
        if found is None:
            continue
        i, t = found
        time = ctx.resolve(t)
        if time.kind is TimeKind.YEAR and (ctx.state.published is None or time.year != ctx.state.published.year):
            continue  # "in the red for 2008" in a later story: a finished year, read elsewhere if at all
        ctx.used_t.add(i)
        down = bool(m.group("red") or m.group("negt") or m.group("neg"))
        end = ctx.rel(t.span)[1]
        ctx.make(ClaimKind.PERIOD_RETURN, m.start(), end, subject=ctx.subject_for(m.start()),
                 time=time, direction=Direction.DOWN if down else Direction.UP,
                 details={"measure": "pct", "window": "ytd" if time.unit in ("year", "") else "to_date",
                          "sign_only": True,
                          # "Early on Friday the index slipped into the red for the year": live coverage
                          **({"snapshot": True} if ctx.state.live or SNAPSHOT.search(ctx.text) else {})})
        ctx.consumed.append((m.start(), end))


# a closing verb, an optional day, then the side of zero
CLOSED_SIGN = re.compile(
    r"\b(?:clos(?:ed|ing|e)|end(?:ed|ing)?|finish(?:ed|ing)?|settl(?:ed|ing|e))\s+(?:the\s+(?:day|session)\s+)?"
    r"(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri)day\s+)?(?:slightly\s+|modestly\s+|sharply\s+|broadly\s+)?"
    r"(?:(?P<up>higher|in\s+the\s+green|in\s+positive\s+territory)|(?P<down>lower|in\s+the\s+red|"
    r"in\s+negative\s+territory))\b", _I)
_FIGURE_OR_PERIOD = re.compile(r"^\s*,?\s*(?:(?:by|at|to|with|of|near|around)\s+)?(?:about\s+|nearly\s+)?[$\d]|"
                               r"^\s+(?:for|on|in)\s+(?:the\s+)?(?:week|month|year|quarter|day)\b|"
                               r"^\s+(?:for|in)\s+(?:19|20)\d\d|^\s+than\b", _I)
_DAY_KINDS = (TimeKind.DAY, TimeKind.WEEKDAY)


@gated(CLOSED_SIGN)
def day_signs(ctx: SentenceContext) -> None:
    """A session's side of zero stated by a closing verb alone (see the module doc)."""
    for m in CLOSED_SIGN.finditer(ctx.text):
        if ctx.is_consumed(*m.span()) or _FIGURE_OR_PERIOD.match(ctx.text[m.end():m.end() + 25]):
            continue
        subject = ctx.subject_for(m.start())
        if subject is None or not subject.symbol:
            continue
        time = ctx.time_for(m.start(), allow_since=False)
        if time is not None and time.kind not in _DAY_KINDS:
            continue  # "ended higher on the year" or a window: not a session's sign
        ctx.make(ClaimKind.DAY_MOVE, m.start(), m.end(), subject=subject, time=time,
                 direction=Direction.DOWN if m.group("down") else Direction.UP,
                 details={"measure": "pct", "sign_only": True,
                          **({"snapshot": True} if ctx.state.live else {})})
        ctx.consumed.append(m.span())


__all__ = ["CLOSED_SIGN", "SIGN_FOR_PERIOD", "day_signs", "period_signs"]
