"""Before an alarm: does the stated figure hold on a reading the words do not rule out?

Writers get their figures right far more often than a checker reads them right. On four held-back
corpora, measured once each before any tuning, about nine in ten "contradicted" verdicts were
misreadings, and in most of them the writer's figure was exactly the statistic of a neighbouring
reading: the previous or the next session (a lead's day taken from the wrong clause), another
instrument the article names (a "which" given to the wrong index), a window ending a few sessions
earlier (a quote gathered mid-week). A writer's own errors rarely land on such a figure to its
last stated digit.

So before a change or a close is called contradicted, the same statistic is computed on those
neighbouring readings. One that supports the figure, to its own rounding, withholds the alarm: the
claim is unverifiable as ambiguous, and the verdict names the reading that fits. It never makes
the claim supported: a reading found by searching for the number is no reading of the words.

The neighbourhood is small on purpose (a handful of sessions, the instruments the article names,
the window's ends a few sessions off): the larger it is, the more a wrong figure fits by chance.
It covers numbers that are statistics of one session or one window (moves, closes, returns),
and the standing of one session (a record, a "highest since", a streak), whose misreadings are
the same two: "setting new all-time highs" said of the index the story is about, not the Dow
the sentence before named; "its lowest level since November" said of Wednesday's close in a
Friday wrap. A window's standing ("a record in May") is left to the readings of the words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pandas as pd

from capscope.claims.entities import GROUP_VIA
from capscope.claims.model import BOUNDS, ClaimKind
from capscope.claims.readings.context import ArticleContext, Reading, detached_time, on_day
from capscope.claims.readings.windows import week_to
from capscope.claims.resolve import ResolvedClaim, SubjectResolution, subject_via

#: the kinds whose figure is one statistic of one session or one window
NUMBER_KINDS = frozenset({ClaimKind.DAY_MOVE, ClaimKind.CLOSE_LEVEL, ClaimKind.PERIOD_RETURN,
                          ClaimKind.DISTANCE_FROM_RECORD})
#: the kinds that state where one session stands (against the past, in a run, across a level)
STANDING_KINDS = frozenset({ClaimKind.RECORD, ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE,
                            ClaimKind.STREAK, ClaimKind.PRICE_LEVEL})
SESSIONS_BEFORE = 3  # a quote gathered earlier in the week, a lead dated by the wrong clause
SESSIONS_AFTER = 1  # a story dated the day after the session it reports


def neighbours(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """The readings next to the one checked, nearest first: other sessions, other instruments
    the article names (never one it does not: a gauge no one mentioned fits a figure by chance),
    the window's ends moved a few sessions."""
    if rc.claim.kind not in NUMBER_KINDS | STANDING_KINDS or not rc.subject.symbol:
        return
    if rc.claim.kind is ClaimKind.DISTANCE_FROM_RECORD and any(q.hedge in BOUNDS for q in rc.claim.quantities):
        return  # "within 1 percentage point of its record": a bound fits some session nearby by chance
    w = rc.time
    if rc.claim.kind in STANDING_KINDS and w is not None and w.day is None:
        # a window's standing ("a record in May"): no other sessions, only whose it is
        if not _named_in_clause(rc):
            yield from _other_instruments(rc, ctx)
        return
    if rc.claim.kind is ClaimKind.PERIOD_RETURN:
        if w is None or not w.ok or w.start is None or w.end is None or w.day is not None:
            return
        yield from _window_ends(rc)
    else:
        if w is None and rc.anchor is not None and rc.claim.kind is ClaimKind.DAY_MOVE:
            yield from _week_so_far(rc, ctx)
        if w is None and rc.anchor is not None and not rc.lead_names_anchor:
            # the article's day, which neither the claim's words nor the lead state ("Stocks
            # slumped on Friday, July 19" dates every undated figure after it firmly)
            yield from _sessions_around(rc, rc.anchor)
        elif w is not None and w.ok and w.day is not None:
            if rc.anchor is not None and w.day != rc.anchor and _BARE_WEEKDAY.match(w.label.strip()):
                yield _article_day(rc, rc.anchor)
            if detached_time(rc):
                yield from _sessions_around(rc, w.day)  # a day that may date another clause
    if rc.claim.kind in STANDING_KINDS and _named_in_clause(rc):
        return  # "the Dow closed at a record": the words name whose record it is
    yield from _other_instruments(rc, ctx)


# how close the previous close a move and its level imply must come to a session's own (the
# level's rounding: "nearly 3,708" after "slid by 42 points")
_IMPLIED_SLACK = 0.0015


def pair_fits_elsewhere(rc: ResolvedClaim, ctx: ArticleContext) -> str | None:
    """A level stated with the move that led to it ("slid by 42 points, or 1.1%, to nearly 3,708",
    read on a day it does not fit) carries its own previous close (3,750); when that is the
    previous close of a session next to the one read, the two figures are that session's (taken
    during it, perhaps, so neither matches its close), and the day is what was misread. Asked
    only where the neighbouring sessions are (a day the words leave open), like them."""
    from capscope.claims.verifiers._base import memo
    from capscope.errors import CapscopeError
    from capscope.stats.moves import move

    c = rc.claim
    implied = c.details.get("implied_previous")
    if c.kind is not ClaimKind.CLOSE_LEVEL or implied is None or not rc.subject.symbol:
        return None
    read = rc.time.day if rc.time is not None and rc.time.ok and rc.time.day is not None else rc.anchor
    # (the other sessions of the same instrument: another instrument's reading is no session's)
    for reading in (r for r in neighbours(rc, ctx) if r.rc.anchor is not None and r.rc.time is None
                    and r.rc.anchor != read and r.rc.subject.symbol == rc.subject.symbol):
        try:
            res = memo(move, rc.subject.symbol, on=reading.rc.anchor)
        except CapscopeError:
            continue
        if res.previous_close and abs(float(implied) / float(res.previous_close) - 1) <= _IMPLIED_SLACK:
            return (f"the move and the level stated together imply a previous close of {float(implied):,.2f}, "
                    f"{res.symbol}'s before {res.session.date()} ({float(res.previous_close):,.2f}): figures of "
                    "that session, not of the one read")
    return None


def _named_in_clause(rc: ResolvedClaim) -> bool:
    """Whether the claim's own sentence names its subject: by name, or by a word that points
    back to a name in the same sentence ("the Russell 2000 ..., and the index closed at a
    record"), not to the subject of an earlier sentence."""
    c = rc.claim
    before = c.sentence[:max(0, c.span.start - c.sentence_span.start)]
    if _PRONOUN_SUBJECT.search(before[-40:]):
        return False  # "... the benchmark S&P 500 since it hit an all-time high": which one is "it"
    via = subject_via(rc)
    return via == "alias" or (via.startswith("reference") and "(same sentence)" in via)


# a pronoun as the subject of the claim's own verb, a word or two before it
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they)\s+(?:\w+\s+){0,2}$", re.I)


def _last_allowed(rc: ResolvedClaim) -> pd.Timestamp | None:
    from capscope.data.calendar import previous_session

    if rc.published is None:
        return None
    return previous_session(rc.published)


def _sessions_around(rc: ResolvedClaim, day: pd.Timestamp) -> Iterator[Reading]:
    from capscope.data.calendar import session_after, session_before

    last = _last_allowed(rc)
    before, d = [], day
    for _ in range(SESSIONS_BEFORE):
        d = session_before(d)
        before.append(d)
    after, d = [], day
    for _ in range(SESSIONS_AFTER):
        d = session_after(d)
        if last is not None and d > last:
            break
        after.append(d)
    for other in sorted([*before, *after], key=lambda x: abs(x - day)):
        yield Reading(f"{rc.subject.symbol} on {other.date()}", "a session next to the one read",
                      on_day(rc, other), near=False)


# "On Tuesday", "Tuesday", "last Friday": a weekday with no date, the slip a template invites
_BARE_WEEKDAY = re.compile(r"(?:on\s+|last\s+|this\s+)?(?:mon|tues|wednes|thurs|fri)day$", re.I)


def _article_day(rc: ResolvedClaim, day: pd.Timestamp) -> Reading:
    """The story's own day (its dateline, its lead), when the claim names another by a bare
    weekday: a table of closes that fits the day the story is about to the cent has more likely
    slipped in its weekday ("How major US stock indexes fared Monday ... On Tuesday, the S&P 500
    fell 127.78 points") than in every figure. A full date ("on Oct. 28, 2025") is firm."""
    return Reading(f"{rc.subject.symbol} on {day.date()}", "the day the story is about, not the one named",
                   on_day(rc, day), near=False)


def _window_ends(rc: ResolvedClaim) -> Iterator[Reading]:
    """The window ending one to three sessions earlier when it runs to the article's day (a figure
    quoted before it), or starting a session either side (whose close is the base)."""
    from capscope.data.calendar import previous_session, session_after, session_before

    w = rc.time
    assert w is not None and w.start is not None and w.end is not None
    base = session_before(w.start)  # the close the change runs from
    end = previous_session(w.end)
    ends, d = [], end
    stated_end = _last_allowed(rc) != end  # "to December 2020", "as of March 30": the end is the writer's
    for _ in range(0 if stated_end else SESSIONS_BEFORE):
        d = session_before(d)
        if d <= base:
            break
        ends.append(d)
    bases = [session_before(base), session_after(base)]
    spans = [(base, e) for e in ends] + [(b, end) for b in bases if b < end]
    if not stated_end and ends:
        # the same number of sessions a session earlier ("has fallen 1,469 points in the past two
        # weeks" in a morning paper: the two weeks to the last close), and the sessions inside the
        # window to the last close ("up about 10.8% over the past month" on Dec. 8, 2020: from
        # the Nov. 9 close to the Dec. 7 close, the start's own big session left out)
        spans.insert(0, (session_before(base), ends[0]))
        if session_after(base) < ends[0]:
            spans.append((session_after(base), ends[0]))
    for b, e in spans:
        alt = dataclasses.replace(w, start=b + pd.Timedelta(days=1), end=e, day=None,
                                  spec=f"{b.date()}:{e.date()}", on=e, notes=[])
        yield Reading(f"{rc.subject.symbol} from the {b.date()} close to {e.date()}",
                      "the window's ends a few sessions off", dataclasses.replace(rc, time=alt),
                      near=False)


# a page that says it recaps the week: its undated figures may be the week's
_WEEKLY_RECAP = re.compile(r"\bweekly\s+(?:market\s+|stock\s+)?(?:recap|review|wrap(?:-up)?|update|commentary|report|summary)\b|"
                           r"\b(?:week|markets?)\s+in\s+review\b|\bthe\s+week\s+that\s+was\b", re.I)


def _week_so_far(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """"The Dow stood out with a nearly 1% gain" in a weekly recap: the week to the article's day
    (a recap names its period once, in its title, and its figures after that are the week's)."""
    text = ctx.doc.text if ctx.doc is not None else " ".join(ctx.sentences)
    if not _WEEKLY_RECAP.search(text[:400]):
        return
    day = rc.anchor
    w = week_to("the week", day)
    claim = dataclasses.replace(rc.claim, kind=ClaimKind.PERIOD_RETURN)
    yield Reading(f"the week to {day.date()}", "a weekly recap's figure may be the week's",
                  dataclasses.replace(rc, claim=claim, time=w), near=False)


def _other_instruments(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    from capscope.data.symbols import lookup

    if rc.claim.subject is not None and rc.claim.subject.via.startswith(GROUP_VIA):
        return  # "the three major indexes closed lower": said of each of them by name
    named: list[str] = []
    for row in ctx.subjects.values():
        named.extend(s for s in row if s not in named)
    for sym in named:
        if sym == rc.subject.symbol:
            continue
        sub = SubjectResolution(sym, lookup(sym), "another instrument of the article")
        yield Reading(f"{sym} instead of {rc.subject.symbol}", "another instrument the article names",
                      dataclasses.replace(rc, subject=sub), near=False)
