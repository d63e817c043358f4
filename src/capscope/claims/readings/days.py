"""Readings of the day a one-session claim is about, and of its subject."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from capscope.claims.entities import GROUP_VIA, MARKET_VIA
from capscope.claims.grammar.groups import LISTED
from capscope.claims.grammar.respectively import PAIRED
from capscope.claims.lexicon import count_value
from capscope.claims.model import ClaimKind
from capscope.claims.readings.context import (
    DAY_KINDS,
    MONTH,
    SUBJECT_KINDS,
    WEEK,
    ArticleContext,
    Reading,
    detached_time,
    full_date,
    on_day,
)
from capscope.claims.readings.firmness import STREAK_ENDED
from capscope.claims.readings.windows import window_to
from capscope.claims.resolve import ResolvedClaim, SubjectResolution


def _day_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    from capscope.data.calendar import previous_session, session_before

    if rc.claim.kind not in DAY_KINDS or rc.anchor is None or rc.published is None:
        return
    own = rc.time.day if rc.time is not None and rc.time.ok else None
    # a window or a future time may belong to another clause ("rose 108 points to 8,776, yet
    # ... plunged nearly 34 percent over the year"): then the article's day is a reading
    if (rc.time is not None and own is None and rc.time.ok and not rc.time.forward
            and not detached_time(rc)):
        return  # a window stated at the claim: not a day claim to re-date
    seen = {own if own is not None else rc.anchor}
    if rc.time is None:
        if rc.anchor == rc.published or rc.anchor != previous_session(rc.published):
            prev = session_before(rc.anchor)
            if prev not in seen:
                seen.add(prev)
                yield Reading(f"the close before, {prev.date()}",
                              "a story filed before the close speaks of the last close", on_day(rc, prev))
    elif own is None or detached_time(rc):
        why = f"'{rc.time.label}' may date another part of the sentence"
        yield Reading(f"the article's day, {rc.anchor.date()}", why, on_day(rc, rc.anchor))
        seen.add(rc.anchor)
        prev = session_before(rc.anchor)
        if prev not in seen:
            seen.add(prev)
            yield Reading(f"the close before, {prev.date()}", why, on_day(rc, prev))
    else:
        return  # a day stated right at the claim is its day: no other reading
    last = previous_session(rc.published)
    if rc.time is None and last not in seen:
        seen.add(last)
        yield Reading(f"the publication day's session, {last.date()}",
                      "the claim states no day of its own", on_day(rc, last))
    # the claim's own "since" date bounds its comparison; it is not a day the claim happened
    own_since = rc.since.start if rc.since is not None and rc.since.ok else None
    for day in _days_just_before(rc, ctx):
        # "On March 9, 2009 both the Dow and the S&P closed below the November 20 levels. The S&P
        # got down to 676.53 ... The Dow dropped to 6547.05": a narrative goes on from a day a
        # sentence just before dated
        if day not in seen and day != own_since:
            seen.add(day)
            yield Reading(f"{day.date()}, a day a sentence just before names",
                          "the claim states no day of its own", on_day(rc, day), near=abs(day - rc.anchor) <= WEEK)
    for day in ctx.named_days:
        if day not in seen and day != own_since:
            seen.add(day)
            yield Reading(f"{day.date()}, a day the article names",
                          "the claim states no day of its own" if rc.time is None else
                          f"'{rc.time.label}' may date another part of the sentence",
                          on_day(rc, day), near=abs(day - rc.anchor) <= WEEK)


# "Four years ago, the day after the election, the Dow dropped 486 points, more than 5 percent":
# the sessions around that long before the article's day, each a reading (how close to the day
# the words mean, in calendar days either side, grows with the unit)
_AGO = re.compile(r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                  r"twenty)\s+(?:trading\s+)?(?P<u>days?|sessions?|weeks?|months?|years?)\s+ago\b", re.I)
_AGO_SLACK = {"day": 1, "session": 1, "week": 3, "month": 7, "year": 7}


def _ago_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """A figure the words put some time before the article's day ("Four years ago, ... the Dow
    dropped 486 points", "Three weeks ago, the Russell 2000 was down only 1.6% for the year"):
    each session around that moment, a one-session claim read on it, a change to date measured
    to it."""
    import pandas as pd

    from capscope.data.calendar import sessions

    c = rc.claim
    if c.kind not in DAY_KINDS or rc.published is None:
        return
    said = list(_AGO.finditer(c.sentence, 0, max(0, c.span.start - c.sentence_span.start)))
    if not said:
        return
    ago = said[-1]  # the nearest before the figure
    n = 1 if ago.group("n").lower() in ("a", "an") else count_value(ago.group("n"))
    unit = ago.group("u").lower().rstrip("s")
    if not n:
        return
    step = pd.DateOffset(days=n) if unit in ("day", "session") else pd.DateOffset(**{f"{unit}s": n})
    target = pd.Timestamp(rc.published) - step
    slack = pd.Timedelta(days=_AGO_SLACK[unit])
    w = rc.time
    to_date = (c.kind is ClaimKind.PERIOD_RETURN and w is not None and w.ok and w.day is None
               and w.on is not None and (w.start is None or w.start < target - slack))
    why = f"'{ago.group(0)}' dates the figure"
    for day in sessions(target - slack, target + slack):
        if to_date:
            yield dataclasses.replace(window_to(rc, day, f"'{ago.group(0)}'", why), near=False)
        else:
            yield Reading(f"{day.date()}, '{ago.group(0)}'", why, on_day(rc, day), near=False)


# "rose Thursday after a three-day slide", "following its five-week winning streak": the run
# before the day
_AFTER_A_RUN = re.compile(r"\b(?:after|following)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _ended_streak_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Stocks closed higher Thursday, ending a three-day losing streak", "snapped a five-week
    winning streak", "after a two-day slide": the run the day (the week, the month) ended is the one through the session
    before it (before its week, its month), not the day's own, which goes the other way."""
    import pandas as pd

    from capscope.data.calendar import session_before

    c = rc.claim
    if c.kind is not ClaimKind.STREAK or rc.anchor is None:
        return
    before_claim = c.sentence[:max(0, c.span.start - c.sentence_span.start)]
    ended = STREAK_ENDED.search(before_claim[-40:]) or _AFTER_A_RUN.search(before_claim)
    if ended is None:
        return
    w = rc.time
    day = w.day if w is not None and w.ok and w.day is not None else rc.anchor
    unit = str(c.details.get("unit") or "session")
    if unit == "week":
        start = day - pd.Timedelta(days=day.weekday())
    elif unit == "month":
        start = day.replace(day=1)
    else:
        start = day
    before = session_before(start)
    yield Reading(f"the run through {before.date()}",
                  f"'{ended.group(0)}': the {unit} the words date ended the run, so it ran to the one before",
                  on_day(rc, before))


def _lead_period_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """A record the words date to no day, in a review whose opening names its period ("Here's
    how U.S. stocks did in Q3 2025. ... All four equity benchmarks notched new record highs"): a
    record close on any session of that period."""
    if rc.claim.kind is not ClaimKind.RECORD or rc.time is not None or rc.since is not None:
        return
    for w in ctx.lead_periods:
        yield Reading(f"a record in '{w.label}'", f"the article opens on '{w.label}', the period it reviews",
                      dataclasses.replace(rc, time=w), near=False)


_BEFORE_REACH = 2  # how many sentences back a narrative's day may have been named


def _days_just_before(rc: ResolvedClaim, ctx: ArticleContext) -> list:
    """Full dates (sessions, not after publication) named in the sentences just before the claim's,
    nearest first, when the claim states no day of its own."""
    from capscope.claims.model import TimeKind
    from capscope.claims.timexpr import find_times
    from capscope.data.calendar import is_session

    if rc.time is not None:
        return []
    out: list = []
    for before in ctx.sentences_before(rc.claim.sentence_span.start, _BEFORE_REACH):
        for t in find_times(before):
            day = full_date(t) if t.kind is TimeKind.DAY else None
            if day is not None and is_session(day) and day <= rc.published and day not in out:
                out.append(day)
    return out


# (a level crossed "back in November 2020" is crossed on one of its sessions too)
_SESSION_KINDS = (DAY_KINDS - {ClaimKind.PERIOD_RETURN}) | {ClaimKind.PRICE_LEVEL}


def session_window(rc: ResolvedClaim) -> bool:
    """Whether a one-session claim is dated by a window of a month at most ("the VIX surged
    past 50 in August 2015"): then it speaks of some session inside it."""
    w = rc.time
    return (rc.claim.kind in _SESSION_KINDS and w is not None and w.ok and w.day is None
            and w.start is not None and w.end is not None and w.end - w.start <= MONTH
            and not w.forward)


def _session_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """Each session of the window that dates a one-session claim (see :func:`session_window`)."""
    from capscope.data.calendar import sessions

    if not session_window(rc):
        return
    w = rc.time
    for day in sessions(w.start, w.end):
        yield Reading(f"{day.date()}, a session in '{w.label}'",
                      f"'{w.label}' dates the claim to one of its sessions", on_day(rc, day),
                      near=False)



def _subject_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """Another instrument the sentence names (a subject carried over from an earlier sentence, a
    name the sentence lists). A figure a "respectively" list pairs with its name, or a record said
    of names listed together, has no other."""
    from capscope.data.symbols import lookup

    if rc.claim.kind not in SUBJECT_KINDS or not rc.subject.symbol:
        return
    named = rc.claim.subject
    if named is not None and named.via == "alias" and named.span is not None and \
            0 <= rc.claim.span.start - named.span.end <= 2:
        return  # "... and the Nasdaq Composite 1.7%": the name stands right before its figure
    if any(f.startswith((PAIRED, LISTED)) for f in rc.claim.flags):
        return
    if named is not None and named.via.startswith(GROUP_VIA):
        # "all three major indexes set records": said of each, so each must bear it out; the
        # group's Nasdaq may be the Nasdaq 100 as well as the Composite
        if rc.subject.symbol == "IXIC":
            yield Reading("NDX, the group's Nasdaq read as the Nasdaq 100",
                          "'the three major indexes' does not say which Nasdaq",
                          dataclasses.replace(rc, subject=SubjectResolution("NDX", lookup("NDX"), named.via)),
                          near=False)
        return
    others = ctx.subjects.get(rc.claim.sentence_span.start, ())
    if (rc.subject.via or "").startswith("the market as a whole") or any(
            n.via == MARKET_VIA for n in ([rc.claim.subject] if rc.claim.subject else [])):
        others = (*others, "DJI", "IXIC")  # "stocks": the broad gauge first, then the others
    for sym in others:
        if sym == rc.subject.symbol:
            continue
        info = lookup(sym)
        sub = SubjectResolution(sym, info, "another instrument of the sentence")
        yield Reading(f"{sym}, named in the same sentence",
                      f"the sentence names {sym} as well as {rc.subject.symbol}",
                      dataclasses.replace(rc, subject=sub), near=False)


