"""A level crossed for the first time in a stated span: "closed above 10,000 for the first time
in 18 months", "It was the first time the S&P closed above 1,100 in more than 20 months".

The claim is that the last earlier close on that side of the level lies at least that span back
(rounded like any count: "18 months" covers 17.5 and up; all of it for "more than"; 85% for
"nearly"): a highest- (above) or lowest-since (below) claim about the level with a look-back,
which the since verifier measures from the breakout (``stats.levels.breakout``). "For the first
time since May 2002" names a date and is the extremes rule's; "for the first time" alone, ever.
A first crossing the words date ("first finished above 10,000 on March 29, 1999", "The first time
the Dow closed above 12,000 was Oct. 19, 2006") is a first close ever, read on that day.
"""

from __future__ import annotations

import dataclasses
import re

from capscope.claims.grammar.base import DAY_KINDS, NUMWORD, SentenceContext, gated
from capscope.claims.lexicon import count_value
from capscope.claims.model import ClaimKind, Direction, Mention, TimeKind, Unit

_I = re.IGNORECASE
_SPAN = (r"in\s+(?P<hedge>more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|roughly\s+)?"
         r"(?P<n>" + NUMWORD + r"(?P<half>\s+1/2|\s+and\s+a\s+half)?|a|an)\s+(?P<u>day|week|month|year)s?\b")
_SIDE = r"(?:closed|ended|finished|settled|rose|climbed|traded|fell|dropped|sank|slid)\s+(?P<side>above|over|below|under)\s+"
# "closed above 10,000 for the first time in 18 months"
# (the day may come between: "finished above 12,000 on Tuesday for the first time in 2 1/2 years")
_AFTER = re.compile(r"\b" + _SIDE + r"(?P<level>[\d,.]+)(?:\s+points)?\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day\s+|"
                    r"today\s+|yesterday\s+)?for\s+the\s+first\s+time\s+" + _SPAN, _I)
# "the first time the S&P closed above 1,100 in more than 20 months"
_BEFORE = re.compile(r"\bthe\s+first\s+time\s+(?:that\s+)?(?:[\w&.'-]+\s+){0,4}?" + _SIDE +
                     r"(?P<level>[\d,.]+)(?:\s+points)?\s+" + _SPAN, _I)
# "recorded its first close below 1,000 in five years", "its first drop below 7,000 in more than 11
# years": the first close across the level in the span, said as a noun
_NOUN = re.compile(r"\b(?:its|their|the|a)\s+first\s+(?:close|closing|finish|drop|fall|dip|slide|plunge|rise|climb|"
                   r"move)\s+(?P<side>above|over|below|under)\s+(?:the\s+)?(?P<level>[\d,.]+)"
                   r"(?:[\s-]+(?:points?|mark|level))?\s+" + _SPAN, _I)
# "reclaimed the 9,000 level for the first time in two weeks": a level won back, above it
_RECLAIMED = re.compile(r"\b(?:reclaimed|regained|retook|recaptured)\s+(?:the\s+)?(?P<level>[\d,.]+)"
                        r"(?:[\s-]+(?:points?|mark|level))?\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day\s+|"
                        r"today\s+|yesterday\s+)?for\s+the\s+first\s+time\s+" + _SPAN, _I)
# "It last closed below 10,000 on April 9", "The Dow last closed above 13,000 in May 2008": the last
# earlier close beyond the level came then, so the day's close beyond it is the first since
# (and "hasn't closed above 10,000 since Oct. 3, 2008": the same last close, said the other way)
_LAST = re.compile(r"\b(?:last\s+(?:closed|ended|finished|settled)|(?:has|have|had)\s*(?:n't|\s+not)\s+(?:closed|ended|"
                   r"finished|settled))\s+(?P<side>above|over|below|under)\s+(?:the\s+)?"
                   r"(?P<level>\d[\d,.]*)(?:[\s-]+(?:points?|mark|level))?\s+(?=(?:on|in|back\s+in|since)\b)", _I)
_LAST_WHEN = frozenset({TimeKind.DAY, TimeKind.WEEKDAY, TimeKind.MONTH, TimeKind.YEAR, TimeKind.FUZZY})
# a level's first crossing dated: "the average first finished above 10,000 on March 29, 1999", "The S&P
# first broke 1,000 in 1998, 2,000 in 2014", "The first time the Dow closed above 12,000 was Oct. 19,
# 2006", "The first time the Dow crossed the 10,000 mark was on March 29, 1999"
_CROSS = (r"(?P<verb>closed|finished|ended|settled|crossed|topped|broke|reached|hit|passed|surpassed|rose|climbed)\s+"
          r"(?:(?P<side>above|over|past|beyond)\s+)?(?:the\s+)?")
_LEVEL_WORDS = r"(?:[\s-]+(?:points?|mark|level|barrier|milestone))?"
_FIRST_ON = re.compile(r"\bfirst\s+" + _CROSS + r"(?P<level>\d[\d,.]*)" + _LEVEL_WORDS + r",?\s+(?=(?:on|in)\s)", _I)
_FIRST_WAS = re.compile(r"\bthe\s+first\s+time\s+(?:that\s+)?(?:[\w&.'-]+\s+){0,4}?" + _CROSS + r"(?P<level>\d[\d,.]*)"
                        + _LEVEL_WORDS + r"\s+was\s+(?=(?:on\s+)?[A-Z0-9])", _I)
# the next items of a list of such crossings: ", 2,000 in 2014, 3,000 in 2019 and 5,000 in February"
_NEXT_CROSSING = re.compile(r"\s*(?:,|;|,?\s+and)\s+(?:(?:it\s+)?(?:surpassed|passed|topped|reached|crossed|broke)\s+)?"
                            r"(?:above\s+)?(?P<level>\d[\d,.]*)" + _LEVEL_WORDS + r",?\s+(?=(?:on|in)\s)", _I)
_FIRST_WHEN = frozenset({TimeKind.DAY, TimeKind.MONTH})  # a session, or one of a month's (a reading each)
_HEDGES = {"more than": "more_than", "over": "more_than", "nearly": "nearly", "almost": "nearly",
           "about": "about", "roughly": "about"}


@gated(_AFTER, _BEFORE, _NOUN, _RECLAIMED, _LAST, _FIRST_ON, _FIRST_WAS)
def crossings(ctx: SentenceContext) -> None:
    """A first close across a level in a stated span (see the module)."""
    _last_closed(ctx)
    _first_dated(ctx)
    for rx in (_AFTER, _BEFORE, _NOUN, _RECLAIMED):
        for m in rx.finditer(ctx.text):
            if ctx.is_consumed(*m.span()):
                continue
            found = ctx.quantity_near(m.start("level"), within=1, units=(Unit.NUMBER, Unit.USD, Unit.POINTS))
            if found is None:
                continue
            i, q = found
            unit = m.group("u").lower()
            words = m.group("n").lower()
            n = 1 if words in ("a", "an") else count_value(words.split()[0])
            if m.group("half") and n is not None:  # "in 2 1/2 years": 30 months
                n, unit = (n * 12 + 6, "month") if unit == "year" else (n * 4 + 2, "week") \
                    if unit == "month" else (n, unit)
            hedge = _HEDGES.get(" ".join((m.group("hedge") or "").lower().split()), "exact")
            below = rx is not _RECLAIMED and m.group("side").lower() in ("below", "under")
            start = m.start()
            # "the first time the S&P closed above": the name after "the first time" ("It was"
            # before it is no subject)
            named = next((n for n in ctx.names if rx is _BEFORE and n.symbol and n.span is not None
                          and m.start() <= ctx.rel(n.span)[0] < m.start("side")), None)
            ctx.make(ClaimKind.LOWEST_SINCE if below else ClaimKind.HIGHEST_SINCE, start, m.end(),
                     subject=named or ctx.subject_for(m.start("side") if rx in (_AFTER, _BEFORE) else m.start()),
                     quantities=[ctx.use(i, "level")],
                     time=ctx.time_for(m.start(), kinds=DAY_KINDS, allow_since=False),
                     direction=Direction.DOWN if below else Direction.UP,
                     details={"measure": "level",
                              "lookback": {"count": n, "unit": unit, "hedge": hedge}})
            ctx.consumed.append((start, m.end()))


def _first_dated(ctx: SentenceContext) -> None:
    """"First finished above 10,000 on March 29, 1999", "The first time the Dow closed above 12,000
    was Oct. 19, 2006", "first broke 1,000 in 1998, 2,000 in 2014": the first close at or above the
    level in the data came on that day (in that month: one of its sessions). A year is left
    unread (a reading per session of a year is a search, not a reading)."""
    for rx in (_FIRST_ON, _FIRST_WAS):
        for m in rx.finditer(ctx.text):
            if ctx.is_consumed(*m.span()):
                continue
            # ("The first time the Dow closed above 12,000 was ...": the name inside the words)
            named = next((n for n in ctx.names if n.symbol and n.span is not None
                          and m.start() <= ctx.rel(n.span)[0] < m.start("verb")), None)
            subject = named or ctx.subject_for(m.start())
            start, level_at, at = m.start(), m.start("level"), m.end()
            while _first_crossing(ctx, subject, start, level_at, at):
                # the list goes on: ", 1,500 in July 1997 and 2,000 in July 1998"
                nxt = _NEXT_CROSSING.match(ctx.text, ctx.consumed[-1][1])
                if nxt is None:
                    break
                start = level_at = nxt.start("level")
                at = nxt.end()


def _first_crossing(ctx: SentenceContext, subject: Mention | None, start: int, level_at: int, at: int) -> bool:
    """One dated first crossing: the level at ``level_at``, its date right at ``at``."""
    found = ctx.quantity_near(level_at, within=1, units=(Unit.NUMBER, Unit.USD, Unit.POINTS))
    when = next(((i, t) for i, t in enumerate(ctx.times) if i not in ctx.used_t and t.span is not None
                 and at <= ctx.rel(t.span)[0] <= at + 4), None)
    if found is None or when is None or when[1].kind not in _FIRST_WHEN:
        return False
    i, q = found
    if q.decimals < 1 and "," not in q.raw and q.value < 1000:
        return False  # "first broke 500": too small to be a level of the indexes read, often a count
    ctx.used_t.add(when[0])
    end = ctx.rel(when[1].span)[1]
    ctx.make(ClaimKind.HIGHEST_SINCE, start, end, subject=subject, quantities=[ctx.use(i, "level")],
             time=ctx.resolve(when[1]), direction=Direction.UP,
             details={"measure": "level", "ever": True, "first_dated": True})
    ctx.consumed.append((start, end))
    return True


def _last_closed(ctx: SentenceContext) -> None:
    """"Last closed below 10,000 on April 9": a first close beyond the level since that date
    (``details["last_close"]``: when the day did not close beyond it, the claim is about a day
    the verifier does not read, and it says so instead of refuting it)."""
    for m in _LAST.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        found = ctx.quantity_near(m.start("level"), within=1, units=(Unit.NUMBER, Unit.USD, Unit.POINTS))
        when = next(((i, t) for i, t in enumerate(ctx.times) if i not in ctx.used_t and t.kind in _LAST_WHEN
                     and m.end() <= ctx.rel(t.span)[0] <= m.end() + 12), None)
        if found is None or when is None:
            continue
        i, q = found
        ctx.used_t.add(when[0])
        below = m.group("side").lower() in ("below", "under")
        end = ctx.rel(when[1].span)[1]
        ctx.make(ClaimKind.LOWEST_SINCE if below else ClaimKind.HIGHEST_SINCE, m.start(), end,
                 subject=ctx.subject_for(m.start()), quantities=[ctx.use(i, "level")],
                 since=dataclasses.replace(ctx.resolve(when[1]), anchor="since"),
                 direction=Direction.DOWN if below else Direction.UP,
                 details={"measure": "level", "last_close": True})
        ctx.consumed.append((m.start(), end))


__all__ = ["crossings"]
