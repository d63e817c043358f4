"""Rules for the sign of a change stated without a figure: over a period, or over the day.

"The Russell 2000 slipped into the red for 2025", "the index is back in positive territory for
the year", "turned negative for the month": the words say on which side of zero the change over
a to-date window stands, and nothing about its size. Each is a period-return claim with a
direction and no quantity, which the returns verifier checks by the sign of the change.

The same holds for a session: "the Dow climbed back from its lows to end higher", "the index
closed Friday in the red". Only a closing verb makes it a day's sign (an "edged lower" may be
mid-session), and a figure right after ("closed higher by 2%", "ended lower at 1,520") is left to
the moves and levels rules.

A list of indexes can share one sign: "the Dow, the Nasdaq and the S&P 500 all higher for the
week", "the S&P 500, the Dow and the Nasdaq all posted weekly losses", "... all edged lower":
one sign claim for each name of the list that stands right before "all" (a group word with no
list before it, "all three also closed in the red", names no index here).
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import DAY_KINDS, SentenceContext, gated
from capscope.claims.grammar.groups import group_mention
from capscope.claims.grammar.live import SNAPSHOT
from capscope.claims.model import ClaimKind, Direction, Mention, TimeExpr, TimeKind

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
# after the side of zero: a figure ("higher by 2%", "in 9 of the last 10 sessions"), a comparison
_FIGURE_AFTER = re.compile(r"^\s*,?\s*(?:(?:by|at|to|with|of|near|around|in|on|over|during)\s+)?(?:about\s+|nearly\s+)?[$\d]|"
                           r"^\s+in\s+(?:\w+\s+){0,2}of\s+the\s+(?:last|past|previous)\b|^\s+than\b", _I)
# ... or a period: "for the week", "in 2025": a day's sign rule leaves it to the period's
_PERIOD_AFTER = re.compile(r"^\s+(?:for|on|in)\s+(?:the\s+)?(?:week|month|year|quarter|day)\b|"
                           r"^\s+(?:for|in)\s+(?:19|20)\d\d", _I)


@gated(CLOSED_SIGN)
def day_signs(ctx: SentenceContext) -> None:
    """A session's side of zero stated by a closing verb alone (see the module doc)."""
    for m in CLOSED_SIGN.finditer(ctx.text):
        after = ctx.text[m.end():m.end() + 25]
        if ctx.is_consumed(*m.span()) or _FIGURE_AFTER.match(after) or _PERIOD_AFTER.match(after):
            continue
        subject = ctx.subject_for(m.start())
        if subject is None or not subject.symbol:
            subject = group_mention(ctx, m.start())  # "the three major indexes closed lower"
            if subject is None:
                continue
        time = ctx.time_for(m.start(), allow_since=False)
        if time is not None and time.kind not in DAY_KINDS:
            continue  # "ended higher on the year" or a window: not a session's sign
        _sign(ctx, m.start(), m.end(), subject, time, down=bool(m.group("down")))
        ctx.consumed.append(m.span())


def _sign(ctx: SentenceContext, start: int, end: int, subject: Mention, time: TimeExpr | None, *,
          down: bool) -> None:
    """A sign claim: the session's (no time, or a day) or the period's (a week, month, year)."""
    direction = Direction.DOWN if down else Direction.UP
    if time is None or time.kind in DAY_KINDS:
        ctx.make(ClaimKind.DAY_MOVE, start, end, subject=subject, time=time, direction=direction,
                 details={"measure": "pct", "sign_only": True, **({"snapshot": True} if ctx.state.live else {})})
    elif time.kind in (TimeKind.WEEK, TimeKind.MONTH, TimeKind.TO_DATE, TimeKind.YEAR):
        ytd = time.kind is TimeKind.TO_DATE and time.unit in ("year", "")
        ctx.make(ClaimKind.PERIOD_RETURN, start, end, subject=subject, time=time, direction=direction,
                 details={"measure": "pct", "sign_only": True, "window": "ytd" if ytd else "calendar"})


# "all" (after a list), an optional verb, the side, an optional period
GROUP_SIGN = re.compile(
    r"\ball\s+(?:also\s+)?(?:(?:closed|ended|finished|settled|edged|moved|traded|were|posted|booked|logged|"
    r"notched|rose|fell|slipped|climbed)\s+)?(?:(?P<weekly>weekly)\s+)?"
    r"(?:(?P<up>higher|gains?|in\s+the\s+green)|(?P<down>lower|losses|in\s+the\s+red))\b", _I)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", _I)


def _listed_before(ctx: SentenceContext, pos: int) -> list[Mention]:
    """The names of a list that ends right before ``pos`` ("the Dow, the Nasdaq and the S&P 500")."""
    names = [n for n in ctx.names if n.symbol and n.span is not None and ctx.rel(n.span)[1] <= pos]
    if not names or not 0 <= pos - ctx.rel(names[-1].span)[1] <= 2:
        return []
    out = [names[-1]]
    for prev in reversed(names[:-1]):
        gap = ctx.text[ctx.rel(prev.span)[1]:ctx.rel(out[0].span)[0]]
        if not _LIST_GAP.match(re.sub(r"\bthe\s+$", "", gap, flags=_I)):
            break
        out.insert(0, prev)
    return out if len(out) > 1 else []


@gated(GROUP_SIGN)
def group_signs(ctx: SentenceContext) -> None:
    """One sign claim for each index of a list that moved the same way (see the module doc)."""
    for m in GROUP_SIGN.finditer(ctx.text):
        if ctx.is_consumed(*m.span()) or _FIGURE_AFTER.match(ctx.text[m.end():m.end() + 25]):
            continue  # (a period after it is the group's window: "all higher for the week")
        names = _listed_before(ctx, m.start())
        if not names:
            continue
        after = next((t for t in ctx.times if t.span is not None and 0 <= ctx.rel(t.span)[0] - m.end() <= 1), None)
        time = ctx.resolve(after) if after is not None else ctx.time_for(m.start(), allow_since=False)
        if m.group("weekly") or (time is not None and time.kind is TimeKind.WEEK and after is not None):
            # "weekly losses", "for the week": the week the sentence names ("Last week, ... all
            # higher for the week"), else none said here
            named = [t for t in ctx.times if t is not after and t.kind is TimeKind.WEEK]
            time = ctx.resolve(named[0]) if named else time if after is not None else None
            if time is None:
                continue
        end = ctx.rel(after.span)[1] if after is not None else m.end()
        for name in names:
            _sign(ctx, m.start(), end, name, time, down=bool(m.group("down")))
        ctx.consumed.append((m.start(), end))


__all__ = ["CLOSED_SIGN", "GROUP_SIGN", "SIGN_FOR_PERIOD", "day_signs", "group_signs", "period_signs"]
