"""Readings: the plausible ways an article's words can be read, and the one rule that decides.

A sentence rarely says everything a statistic needs. "Lost another 722 points" in a story that
mentions Thursday in the same sentence may be Thursday's move or the article's day's; "lost 33.8
percent" after "for the full year" is a year's change, not a session's; "up 8.2 percent, 5.9
percent and 4.6 percent, respectively" names three indexes for three numbers. The resolver
proposes the most plausible reading (its subject, window and day); this module proposes the
others that the text supports, each as a :class:`Reading` with the words that support it.

The rule (one place, applied by :func:`capscope.claims.verify.verify`):

* the **most plausible reading** (the resolver's) is checked first; when it supports the claim,
  or cannot decide it, that is the verdict;
* otherwise every other plausible reading is checked; the claim is **supported** when one of them
  supports it (the verdict names that reading and what the first reading gave), **imprecise**
  when the best of them is imprecise, and **contradicted only when every plausible reading
  contradicts it**;
* when the text leaves a reading open that capscope cannot measure (a change "since the jobs
  report", a peak-to-trough fall), a failing claim is **unverifiable**, never contradicted: the
  reading that might bear it out cannot be checked.

A false alarm costs an editor more than a miss, which is why a split goes to the reading that
bears the claim out. Every alternative is grounded in the text (a day the article dates, a window
word in the sentence, an instrument the sentence names), never a search for a fitting number.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator

import pandas as pd

from capscope.claims.entities import MARKET_VIA
from capscope.claims.model import CheckedClaim, ClaimKind, Direction, Hedge, Unit
from capscope.claims.resolve import ResolvedClaim, SubjectResolution, TimeWindow

# one-session claims: a different day is a different reading
DAY_KINDS = frozenset({ClaimKind.DAY_MOVE, ClaimKind.CLOSE_LEVEL, ClaimKind.HIGHEST_SINCE,
                       ClaimKind.LOWEST_SINCE, ClaimKind.RECORD,
                       ClaimKind.DISTANCE_FROM_RECORD, ClaimKind.STREAK,
                       ClaimKind.PERIOD_RETURN})  # a change whose window may be misattached
# claims with a number about one instrument: another instrument named nearby is another reading
SUBJECT_KINDS = DAY_KINDS | {ClaimKind.PERIOD_RETURN}

_WEEK = pd.Timedelta(days=7)


@dataclasses.dataclass(frozen=True)
class Reading:
    """One way to read a claim: the resolved claim to check, what it reads and why."""

    label: str  # "the article's day, 2001-01-03"
    why: str  # the words or rule that make it plausible
    rc: ResolvedClaim
    near: bool = True  # False for a day far from the article's: it may bear a claim out, but a
    # near miss on it ("imprecise") is a coincidence, not a reading


@dataclasses.dataclass
class ArticleContext:
    """What the other claims of the article say: the days it dates and who each sentence names."""

    days: tuple[pd.Timestamp, ...] = ()  # the sessions the article's claims date, in text order
    subjects: dict[int, tuple[str, ...]] = dataclasses.field(default_factory=dict)  # by sentence
    sentences: tuple[str, ...] = ()  # the claims' sentences, for the days they name (lazily)
    published: pd.Timestamp | None = None

    @functools.cached_property
    def named_days(self) -> tuple[pd.Timestamp, ...]:
        """Every full date the claims' sentences name ("On March 9, 2009, the Dow ended at
        6,547"), sessions only: the days a look-back article speaks of. Found only when a claim
        needs another reading, so articles whose claims all hold pay nothing for it."""
        from capscope.claims.model import TimeKind
        from capscope.claims.timexpr import find_times
        from capscope.data.calendar import is_session

        out = list(self.days)
        for sentence in self.sentences:
            for t in find_times(sentence):
                if t.kind is TimeKind.DAY and t.year and t.month and t.day:
                    try:
                        day = pd.Timestamp(t.year, t.month, t.day)
                    except ValueError:
                        continue
                elif t.kind is TimeKind.WEEKDAY and self.published is not None:
                    from capscope.claims.resolve import resolve_time

                    w = resolve_time(t, self.published)
                    if w is None or not w.ok or w.day is None:
                        continue
                    day = w.day
                else:
                    continue
                if day not in out and is_session(day) and (
                        self.published is None or day <= self.published):
                    out.append(day)
        return tuple(out)

    @classmethod
    def of(cls, resolved: list[ResolvedClaim]) -> ArticleContext:
        days: list[pd.Timestamp] = []
        subjects: dict[int, list[str]] = {}
        sentences: dict[int, str] = {}
        for rc in resolved:
            sentences.setdefault(rc.claim.sentence_span.start, rc.claim.sentence)
            w = rc.time
            if w is not None and w.ok and w.day is not None and w.day not in days:
                days.append(w.day)
            sym = rc.subject.symbol
            if sym:
                row = subjects.setdefault(rc.claim.sentence_span.start, [])
                if sym not in row:
                    row.append(sym)
        pub = next((rc.published for rc in resolved if rc.published is not None), None)
        return cls(tuple(days), {k: tuple(v) for k, v in subjects.items()},
                   tuple(sentences.values()), pub)


# -- the words that make another reading plausible ---------------------------------------------

# a window stated in words the resolver did not attach to the number
_WINDOW_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\byear[- ]to[- ]date\b|\b(?:the|this|full|whole|entire)\s+year\b|"
                r"\bso\s+far\s+in\s+\d{4}\b|\bin\s+\d{4}\b|\bon\s+the\s+year\b|\bannual\b", re.I),
     "YTD", "the year to date"),
    (re.compile(r"\bmonth[- ]to[- ]date\b|\b(?:the|this)\s+month\b|\bso\s+far\s+in\s+(?:january|"
                r"february|march|april|may|june|july|august|september|october|november|december)\b|"
                r"\bmonthly\b", re.I), "MTD", "the month to date"),
    (re.compile(r"\bweek[- ]to[- ]date\b|\bweek(?:ly|'s)?\b", re.I), "WTD", "the week to date"),
)

# a window the sentence opens from an event or extreme capscope cannot place in time
_OPEN_WINDOW = re.compile(
    r"\bsince\s+(?:the|its|their|a|an|last\s+week's|that)\b(?!\s+(?:start|beginning|end)\b)|"
    r"\bpeak[- ]to[- ]trough\b|\bfrom\s+(?:the|its|their)\s+(?:\w+\s+){0,2}"
    r"(?:peak|high|low|trough|bottom|top)\b|\bin\s+the\s+(?:\w+\s+)?(?:sessions?|days?|weeks?)\s+"
    r"since\b|\b(?:in|over)\s+the\s+(?:first|last|past)\s+(?:\w+\s+)?(?:sessions?|days?|"
    r"trading\s+days?)\b|\blater\b|\bafter\s+(?:the|its)\b|\bsince\s+then\b|"
    r"\b(?:beginning|starting)\s+(?:in|on)\b|\bover\s+(?:\w+\s+)?(?:sessions|days|weeks|months)\b|"
    r"\b(?:stretch|span|period|run|streak|spell)\s+(?:in|during|over)\s+which\b", re.I)

_BETWEEN_CLAIM_AND_TIME = re.compile(r"[,;(]|\d")
# digits inside an index's name are not another figure ("the Russell 2000", "S&P 500")
_NAMED_NUMBER = re.compile(r"\b(?:Russell|S&P|Nasdaq|Wilshire|Stoxx|FTSE|DAX|Nikkei|SmallCap|MidCap)"
                           r"\s*\d+", re.I)
# a move's own close between the move and its day ("rose 3.5% to 2,263.67 on Tuesday") is the
# same statement, not another clause the day could date
_OWN_LEVEL = re.compile(r"^\s*(?:to\s+(?:close\s+at\s+|end\s+at\s+)?|at\s+)[\d,]+(?:\.\d+)?"
                        r"(?=\s*(?:(?:on|in)\b|$))", re.I)


_APPOSITIVE = re.compile(r",\s*(?:its|their|the|an?)", re.IGNORECASE)
# a sentence's opening phrase: a preposition, at most six words without a figure, then a comma
_OPENING_PHRASE = re.compile(r"\s*(?:In|During|Over|For|Through|Throughout|Since|On|By|After|From|Measured\s+from)\b"
                             r"[^,;.\d%]{0,60}(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?)?[^,;.%]{0,40},")


def _detached(rc: ResolvedClaim) -> bool:
    """Whether the claim's time phrase may date another part of its sentence: a comma, a bracket
    or another number stands between the claim's words and the phrase."""
    t = rc.claim.time
    c = rc.claim
    if t is None or t.span is None or c.details.get("source") == "table" \
            or c.details.get("time_from") == "list":
        return False  # a table row's date cell dates every figure of the row; a listed figure
        # ("against 24% for the S&P") takes the time of the move it is listed with
    text = c.sentence
    base = c.sentence_span.start
    if t.span.start - base <= 1 and t.span.end <= c.span.start:
        return False  # a phrase opening the sentence dates all of it ("From January 2017 to ...")
    opening = _OPENING_PHRASE.match(text)
    if opening is not None and t.span.end - base <= opening.end() <= c.span.start - base:
        return False  # "In the January 2019 rebound, the Russell 2000 jumped 11% and ...": the
        # sentence's opening phrase, up to its first comma, dates the whole sentence
    if t.span.start >= c.span.end:
        gap = text[c.span.end - base:t.span.start - base]
    elif t.span.end <= c.span.start:
        gap = text[t.span.end - base:c.span.start - base]
    else:
        return False
    if t.span.start >= c.span.end:
        gap = _OWN_LEVEL.sub("", gap)
    if gap.strip() in ("", ",") or _APPOSITIVE.fullmatch(gap.strip()):
        return False  # "..., on Wednesday" right after the claim's words dates them; so does
        # the day before an appositive: "fell 9.7 percent on Friday, its second-biggest drop"
    return bool(_BETWEEN_CLAIM_AND_TIME.search(_NAMED_NUMBER.sub("", gap)))


def _on_day(rc: ResolvedClaim, day: pd.Timestamp) -> ResolvedClaim:
    """``rc`` read at one session with no time phrase of its own (a change read as that
    session's move)."""
    claim = rc.claim
    if claim.kind is ClaimKind.PERIOD_RETURN:
        claim = dataclasses.replace(claim, kind=ClaimKind.DAY_MOVE)
    return dataclasses.replace(rc, claim=claim, time=None, anchor=day)


def _day_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    from capscope.data.calendar import previous_session

    if rc.claim.kind not in DAY_KINDS or rc.anchor is None or rc.published is None:
        return
    own = rc.time.day if rc.time is not None and rc.time.ok else None
    # a window or a future time may belong to another clause ("rose 108 points to 8,776, yet
    # ... plunged nearly 34 percent over the year"): then the article's day is a reading
    if (rc.time is not None and own is None and rc.time.ok and not rc.time.forward
            and not _detached(rc)):
        return  # a window stated at the claim: not a day claim to re-date
    seen = {own if own is not None else rc.anchor}
    if rc.time is None:
        if rc.anchor == rc.published or rc.anchor != previous_session(rc.published):
            prev = previous_session(rc.anchor - pd.Timedelta(days=1))
            if prev not in seen:
                seen.add(prev)
                yield Reading(f"the close before, {prev.date()}",
                              "a story filed before the close speaks of the last close", _on_day(rc, prev))
    elif own is None or _detached(rc):
        why = f"'{rc.time.label}' may date another part of the sentence"
        yield Reading(f"the article's day, {rc.anchor.date()}", why, _on_day(rc, rc.anchor))
        seen.add(rc.anchor)
        prev = previous_session(rc.anchor - pd.Timedelta(days=1))
        if prev not in seen:
            seen.add(prev)
            yield Reading(f"the close before, {prev.date()}", why, _on_day(rc, prev))
    else:
        return  # a day stated right at the claim is its day: no other reading
    last = previous_session(rc.published)
    if rc.time is None and last not in seen:
        seen.add(last)
        yield Reading(f"the publication day's session, {last.date()}",
                      "the claim states no day of its own", _on_day(rc, last))
    # the claim's own "since" date bounds its comparison; it is not a day the claim happened
    own_since = rc.since.start if rc.since is not None and rc.since.ok else None
    for day in ctx.named_days:
        if day not in seen and day != own_since:
            seen.add(day)
            yield Reading(f"{day.date()}, a day the article names",
                          "the claim states no day of its own" if rc.time is None else
                          f"'{rc.time.label}' may date another part of the sentence",
                          _on_day(rc, day), near=abs(day - rc.anchor) <= _WEEK)


_SESSION_KINDS = DAY_KINDS - {ClaimKind.PERIOD_RETURN}


def session_window(rc: ResolvedClaim) -> bool:
    """Whether a one-session claim is dated by a window of a month at most ("the VIX surged
    past 50 in August 2015"): then it speaks of some session inside it."""
    w = rc.time
    return (rc.claim.kind in _SESSION_KINDS and w is not None and w.ok and w.day is None
            and w.start is not None and w.end is not None and w.end - w.start <= _MONTH
            and not w.forward)


def _session_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """Each session of the window that dates a one-session claim (see :func:`session_window`)."""
    from capscope.data.calendar import sessions

    if not session_window(rc):
        return
    w = rc.time
    for day in sessions(w.start, w.end):
        yield Reading(f"{day.date()}, a session in '{w.label}'",
                      f"'{w.label}' dates the claim to one of its sessions", _on_day(rc, day),
                      near=False)


def _window_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """A change written like a day's move, with a window word elsewhere in the sentence."""
    c = rc.claim
    if c.kind is not ClaimKind.DAY_MOVE or rc.anchor is None or not c.quantities:
        return
    if rc.time is not None and not _detached(rc):
        return
    from capscope.data.calendar import previous_session

    ends = [rc.anchor]
    if rc.published is not None and previous_session(rc.published) != rc.anchor:
        ends.append(previous_session(rc.published))
    claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN,
                                details={**c.details, "window": "calendar"})
    for rx, spec, label in _WINDOW_CUES:
        m = rx.search(c.sentence)
        if m is None:
            continue
        for day in ends:
            w = TimeWindow(label=label, spec=_week_spec(day) if spec == "WTD" else spec, on=day,
                           end=day, notes=[f"'{m.group(0)}' in the sentence: read over {label}"])
            yield Reading(f"{label} to {day.date()}", f"'{m.group(0)}' in the sentence",
                          dataclasses.replace(rc, claim=claim, time=w))


def _sentence_window_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """A change over "the year" in a sentence that names the year ("In 2017, when the VIX fell
    more than 17% over the year"): each calendar year or month the sentence names."""
    from capscope.claims.model import TimeKind
    from capscope.claims.resolve import resolve_time
    from capscope.claims.timexpr import find_times

    c = rc.claim
    if c.kind is not ClaimKind.PERIOD_RETURN or rc.published is None:
        return
    own = rc.time.spec if rc.time is not None else None
    for t in find_times(c.sentence, c.sentence_span.start):
        if t.kind not in (TimeKind.YEAR, TimeKind.MONTH) or not t.year or t.relative:
            continue
        w = resolve_time(t, rc.published)
        if w is None or not w.ok or not w.spec or w.spec == own:
            continue
        yield Reading(f"'{t.raw.strip()}'", f"'{t.raw.strip()}' in the sentence",
                      dataclasses.replace(rc, time=w))


_MONTH = pd.Timedelta(days=31)


def _drawdown_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """A fall over a period is often quoted from its peak to its trough ("fell 54.5 percent
    from March 1937 to March 1938"): the deepest fall inside the window is a reading."""
    c, w = rc.claim, rc.time
    if (c.kind is not ClaimKind.PERIOD_RETURN or w is None or not w.ok or w.start is None
            or w.end is None or w.end - w.start < _MONTH or c.details.get("measure") == "drawdown"
            or not w.label.lower().lstrip().startswith(("from", "between"))):
        return  # only a named span ("from March 1937 to March 1938"): "down 6% year to date" is
        # a change to date, never a peak-to-trough fall
    q = next((q for q in c.quantities if q.unit is Unit.PCT), None)
    if q is None or not (c.direction is Direction.DOWN or q.sign < 0):
        return
    claim = dataclasses.replace(c, details={**c.details, "measure": "drawdown"})
    yield Reading(f"the peak-to-trough fall inside '{w.label}'",
                  "a fall over a period is often quoted from its peak to its trough",
                  dataclasses.replace(rc, claim=claim))


_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def _span_from_end_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Rose about 90% from March 2020 to March 2021": a span between two named months (years)
    is also quoted from the end of the first to the end of the last (year-over-year), not only
    from its start."""
    c, w = rc.claim, rc.time
    if (c.kind is not ClaimKind.PERIOD_RETURN or w is None or not w.ok or w.start is None
            or w.end is None or w.day is not None or w.start.day != 1
            or not w.label.lower().lstrip().startswith(("from", "between"))):
        return
    if _MONTH_NAME.search(w.label):
        start = w.start + pd.offsets.MonthBegin(1)
    elif w.start.month == 1:
        start = w.start + pd.offsets.YearBegin(1)
    else:
        return
    if start >= w.end:
        return
    spec = f"{(start - pd.Timedelta(days=1)).date()}:{w.end.date()}"
    alt = dataclasses.replace(w, start=start, spec=spec,
                              notes=[*w.notes, f"measured from the end of the first period "
                                     f"(the last close before {start.date()})"])
    yield Reading(f"'{w.label}' from the end of its first period", "a span between two named "
                  "periods is also quoted from the end of the first", dataclasses.replace(rc, time=alt))


_FROM_YEAR = re.compile(r"^\s*(?:from|versus|vs\.?|over|compared\s+with)\s+(?:the\s+end\s+of\s+)?(?P<y>(?:19|20)\d\d)\s*$",
                        re.I)


def _from_year_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Had a good 2020, finishing up 20% from 2019": a change from a year is measured from that
    year's last close, to the end of the next year or to the article's day."""
    from capscope.data.calendar import previous_session

    c, w = rc.claim, rc.time
    if c.kind is not ClaimKind.PERIOD_RETURN or w is None or rc.published is None:
        return
    m = _FROM_YEAR.match(w.label)
    if m is None:
        return
    year = int(m.group("y"))
    base = pd.Timestamp(year, 12, 31)
    last = previous_session(rc.published)
    ends = [pd.Timestamp(year + 1, 12, 31), last]
    for end in ends:
        if end <= base or end > last + pd.Timedelta(days=1):
            continue
        end = min(end, last)
        alt = TimeWindow(label=f"from the end of {year} to {end.date()}", start=base + pd.Timedelta(days=1),
                         end=end, spec=f"{base.date()}:{end.date()}", on=end,
                         notes=[f"'{w.label}' read as a change from {year}'s last close"])
        yield Reading(alt.label, f"'{w.label}' names the base year", dataclasses.replace(rc, time=alt))


def _standing_record_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """"Down nearly 57% from its October 1997 record" (the record was set in October 2007): a
    distance from "its record" is also a distance from the record standing on the day, whatever
    date the words give it; a dated "peak" or "high" stays that period's."""
    c = rc.claim
    if c.kind is not ClaimKind.DISTANCE_FROM_RECORD or not c.details.get("period") \
            or c.details.get("reference") not in ("record", "all-time high", "all-time"):
        return
    details = {k: v for k, v in c.details.items() if k != "period"}
    why = "'its record' names the standing record; the date the words give it may be wrong"
    standing = dataclasses.replace(rc, claim=dataclasses.replace(c, details=details))
    yield Reading("the record standing on the day", why, standing)
    if rc.time is None:  # and on each day the article names (a look-back story's day)
        for day in ctx.named_days:
            if day != rc.anchor:
                yield Reading(f"the record standing on {day.date()}", why, _on_day(standing, day))


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?"
_PEAK_TO_LOW = re.compile(r"\bfrom\s+(?:the|its|their)\s+(?:(?P<peak>" + _MONTHS + r"|(?:19|20)\d\d)\s+)?"
                          r"(?:peak|high|top|record(?:\s+high)?)\s+to\s+(?:the|its|their)\s+(?P<low>" + _MONTHS
                          + r"|(?:19|20)\d\d)\s+(?:low|trough|bottom)\b", re.I)


def _peak_to_low_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Its 52 percent decline from the peak to the November low": the fall from the highest
    close before the named low to the lowest close of that period (a peak-to-trough fall,
    stats.extremes.max_drawdown_in over that span)."""
    from capscope.claims.resolve import resolve_time
    from capscope.claims.timexpr import find_times
    from capscope.errors import CapscopeError
    from capscope.stats.extremes import extreme_in

    c = rc.claim
    if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or rc.published is None \
            or not rc.subject.symbol:
        return
    base = c.sentence_span.start
    m = _PEAK_TO_LOW.search(c.sentence, c.span.end - base, c.span.end - base + 60)
    if m is None:
        return

    def window(words: str | None) -> TimeWindow | None:
        if not words:
            return None
        times = find_times(f"in {words}")  # "November", "2008": a bare month or year
        w = resolve_time(times[0], rc.published) if times else None
        return w if w is not None and w.ok and w.start is not None and w.end is not None else None

    low, peak = window(m.group("low")), window(m.group("peak"))
    if low is None:
        return
    try:
        start = peak.start if peak is not None else extreme_in(
            rc.subject.symbol, "1900-01-01", low.start - pd.Timedelta(days=1), "high").date
    except CapscopeError:
        return
    span = TimeWindow(label=m.group(0), start=start, end=low.end,
                      spec=f"{start.date()}:{low.end.date()}", on=low.end,
                      notes=[f"'{m.group(0)}': from the peak before the low to the low"])
    claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN,
                                details={**c.details, "measure": "drawdown"})
    yield Reading(f"'{m.group(0)}'", "a fall quoted from a peak to a named low",
                  dataclasses.replace(rc, claim=claim, time=span))


_PERIOD_OF = {"week_move": "W-FRI", "month_move": "M", "quarter_move": "Q"}


def _previous_period_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Its best month since November 2020" in a story of July 1: the month just ended (June),
    not the one-day-old July; so for a week, a month or a quarter, the last complete one before
    the article's day is a reading."""
    from capscope.data.calendar import previous_session

    c = rc.claim
    freq = _PERIOD_OF.get(str(c.details.get("measure", "")))
    day = rc.time.day if rc.time is not None and rc.time.ok else rc.anchor
    if c.kind not in (ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE) or freq is None or day is None:
        return
    start = day.to_period(freq).start_time
    last = previous_session(start)
    if last >= day:
        return
    yield Reading(f"the {c.details['measure'].split('_')[0]} to {last.date()}",
                  "the last complete period before the article's day", _on_day(rc, last))


_FIRST_N = re.compile(r"\b(?:over|in|during|for)\s+the\s+(?P<edge>first|last)\s+(?P<n>\d{1,2}|two|three|four|five|six|"
                      r"seven|eight|nine|ten)\s+(?:trading\s+)?(?:days|sessions)\s+of\s+(?:the|this)\s+"
                      r"(?P<u>week|month|year)\b", re.I)
_FREQ = {"week": "W-FRI", "month": "M", "year": "Y"}


def _first_sessions_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Over the first four days of the week the Nasdaq had already given up 769 points", "up 4%
    in the first three days of the month": the first (last) N sessions of the period that holds
    the article's day, from the close before them."""
    from capscope.claims.lexicon import count_value
    from capscope.data.calendar import previous_session, sessions

    c = rc.claim
    if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or rc.anchor is None:
        return
    m = _FIRST_N.search(c.sentence)
    if m is None:
        return
    n = count_value(m.group("n"))
    period = rc.anchor.to_period(_FREQ[m.group("u").lower()])
    days = sessions(period.start_time, period.end_time)
    if not n or len(days) < n:
        return
    span = days[:n] if m.group("edge").lower() == "first" else days[-n:]
    base = previous_session(span[0] - pd.Timedelta(days=1))
    w = TimeWindow(label=m.group(0), start=span[0], end=span[-1], spec=f"{base.date()}:{span[-1].date()}",
                   on=span[-1], notes=[f"'{m.group(0)}': sessions {span[0].date()}..{span[-1].date()}"])
    claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN, details={**c.details, "window": "calendar"})
    yield Reading(f"'{m.group(0)}' ({span[0].date()}..{span[-1].date()})", "the sentence names the "
                  "sessions", dataclasses.replace(rc, claim=claim, time=w))


_FROM_BEFORE = re.compile(r"\b(?:from|since)\s+(?:the\s+|its\s+|their\s+)?(?:[\w&'\u2019.-]+\s+){0,4}$", re.I)


def _from_day_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Measured from the S&P 500's October 12th, 2022 low, the S&P is up nearly 54%": a day
    after "from" or "since" opens a window that runs from that day's close to the article's day,
    it is not the day of the move."""
    c, w = rc.claim, rc.time
    if (c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or w is None or not w.ok
            or w.day is None or rc.anchor is None or w.day >= rc.anchor or c.time is None
            or c.time.span is None):
        return
    base = c.sentence_span.start
    if not _FROM_BEFORE.search(c.sentence[:c.time.span.start - base]) and \
            not c.time.raw.strip().lower().startswith(("from ", "since ")):
        return
    alt = TimeWindow(label=f"from {w.day.date()} to {rc.anchor.date()}", start=w.day + pd.Timedelta(days=1),
                     end=rc.anchor, spec=f"{w.day.date()}:{rc.anchor.date()}", on=rc.anchor,
                     notes=[f"'{c.time.raw.strip()}' opens the window: from that day's close"])
    claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN, details={**c.details, "window": "since"})
    yield Reading(alt.label, "a day after 'from' or 'since' starts a window",
                  dataclasses.replace(rc, claim=claim, time=alt))


_DURING_STREAK = re.compile(r"\b(?:stretch|run|streak|span|spell)\s+(?:in|during|over)\s+which\b|"
                            r"\b(?:during|over|in|throughout)\s+(?:the|that|this|its)\s+(?:streak|run|stretch|span)\b", re.I)
_STREAK_LENGTH = re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[\s-]+(?:straight|consecutive|"
                            r"successive)?\s*(?:trading[\s-])?(?:sessions?|days?)\b|\b(?P<ord>second|third|fourth|fifth|sixth|"
                            r"seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:straight|consecutive)\s+(?:session|day|gain|loss)",
                            re.I)


def _streak_window_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """"All three have now fallen for four straight sessions, a stretch in which the Nasdaq has
    lost 8.7%", "The dip ended a 15-session winning streak. During the streak the index gained
    16.5%": a change over the streak the sentence (or the one before) counts, to the article's
    day or, for a streak that ended, to the session before."""
    from capscope.claims.lexicon import count_value
    from capscope.data.calendar import previous_session, sessions

    c = rc.claim
    if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or rc.anchor is None \
            or not _DURING_STREAK.search(c.sentence):
        return
    texts = [c.sentence]
    if c.sentence in ctx.sentences:
        k = ctx.sentences.index(c.sentence)
        texts += list(ctx.sentences[max(0, k - 1):k])
    m = next((m for t in texts for m in [_STREAK_LENGTH.search(t)] if m is not None), None)
    if m is None:
        return
    n = count_value(m.group("n") or m.group("ord"))
    if not n or n > 60:
        return
    ends = [rc.anchor]
    if rc.published is not None and previous_session(rc.published) > rc.anchor:
        ends.append(previous_session(rc.published))  # the story's own day
    before = previous_session(rc.anchor - pd.Timedelta(days=1))
    ends += [before, previous_session(before - pd.Timedelta(days=1))]  # a streak the day ended
    for end in ends:
        days = sessions(end - pd.Timedelta(days=3 * n + 10), end)
        if len(days) <= n:
            continue
        base = days[-n - 1]
        alt = TimeWindow(label=f"the {n} sessions to {end.date()}", start=days[-n], end=end,
                         spec=f"{base.date()}:{end.date()}", on=end,
                         notes=[f"the streak of {n} sessions the words count"])
        claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN, details={**c.details, "window": "calendar"})
        yield Reading(alt.label, "a change over the streak the article counts",
                      dataclasses.replace(rc, claim=claim, time=alt))


def _window_end_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """A window measured to the article's day may be meant to the publication day's close (a
    story filed after a later session than the one its lead dates)."""
    from capscope.data.calendar import previous_session

    w = rc.time
    if (rc.claim.kind not in (ClaimKind.PERIOD_RETURN, ClaimKind.RELATIVE_RETURN) or w is None
            or not w.ok or w.day is not None or w.on is None or w.forward
            or rc.published is None or rc.anchor is None or w.on != rc.anchor):
        return
    last = previous_session(rc.published)
    if last <= w.on:
        return
    spec = w.spec
    if spec and ":" in spec:
        spec = f"{spec.split(':')[0]}:{last.date()}"
    alt = dataclasses.replace(w, on=last, end=last if w.end is not None else None, spec=spec,
                              notes=[*w.notes, f"measured to {last.date()}, the publication "
                                     "day's session"])
    yield Reading(f"'{w.label}' to {last.date()}", "the publication day's close",
                  dataclasses.replace(rc, time=alt))


_AS_OF = re.compile(r"(?:^|\b)(?:as\s+of|through|thru|at\s+the\s+close\s+(?:on|of))\s+$", re.I)


def _as_of_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Up approximately 11% year to date as of March 30, 2021": the day after "as of" (or
    "through") ends the claim's window, whatever the publication day; a one-session claim is
    that session's."""
    from capscope.claims.model import TimeKind
    from capscope.claims.timexpr import find_times
    from capscope.data.calendar import is_session

    c, w = rc.claim, rc.time
    if c.kind not in (ClaimKind.PERIOD_RETURN, ClaimKind.DAY_MOVE, ClaimKind.CLOSE_LEVEL) \
            or "as of" not in c.sentence.lower() and "through" not in c.sentence.lower():
        return
    base = c.sentence_span.start
    for t in find_times(c.sentence, base):
        if t.kind is not TimeKind.DAY or not (t.year and t.month and t.day) or t.span is None:
            continue
        if not (_AS_OF.search(c.sentence[:t.span.start - base])
                or t.raw.strip().lower().startswith(("as of ", "through ", "thru "))):
            continue
        try:
            day = pd.Timestamp(t.year, t.month, t.day)
        except ValueError:
            continue
        if not is_session(day) or (rc.anchor is not None and day == rc.anchor):
            continue
        label = f"to {day.date()} ('{t.raw.strip()}')"
        if c.kind is ClaimKind.PERIOD_RETURN and w is not None and w.ok and w.on is not None \
                and w.day is None:
            spec = f"{w.spec.split(':')[0]}:{day.date()}" if w.spec and ":" in w.spec else w.spec
            alt = dataclasses.replace(w, on=day, end=day if w.end is not None else None, spec=spec,
                                      notes=[*w.notes, f"measured to {day.date()}, the day the "
                                             "sentence gives with 'as of'"])
            yield Reading(label, "the sentence dates the figure with 'as of'",
                          dataclasses.replace(rc, time=alt))
        elif c.kind is not ClaimKind.PERIOD_RETURN:
            yield Reading(label, "the sentence dates the figure with 'as of'", _on_day(rc, day))


def _week_spec(day: pd.Timestamp) -> str:
    """The week to date as a window: from the last close before the day's Monday to the day."""
    monday = day - pd.Timedelta(days=day.day_of_week)
    return f"{(monday - pd.Timedelta(days=1)).date()}:{day.date()}"


def _subject_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """Another instrument the sentence names ("the Dow, S&P and Nasdaq were up 8.2, 5.9 and 4.6
    percent, respectively"; a subject carried over from an earlier sentence)."""
    from capscope.data.symbols import lookup

    if rc.claim.kind not in SUBJECT_KINDS or not rc.subject.symbol:
        return
    named = rc.claim.subject
    if named is not None and named.via == "alias" and named.span is not None and \
            0 <= rc.claim.span.start - named.span.end <= 2:
        return  # "... and the Nasdaq Composite 1.7%": the name stands right before its figure
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


def alternatives(rc: ResolvedClaim, ctx: ArticleContext) -> list[Reading]:
    """The other plausible readings of a claim, most plausible first."""
    return [*_day_readings(rc, ctx), *_session_readings(rc), *_window_readings(rc),
            *_window_end_readings(rc), *_as_of_readings(rc), *_span_from_end_readings(rc),
            *_from_year_readings(rc), *_standing_record_readings(rc, ctx),
            *_peak_to_low_readings(rc), *_previous_period_readings(rc), *_first_sessions_readings(rc),
            *_from_day_readings(rc), *_streak_window_readings(rc, ctx),
            *_sentence_window_readings(rc), *_drawdown_readings(rc), *_subject_readings(rc, ctx)]


# "is down 4%", "has gained 10%": a state over a period the words do not give
_STATE = re.compile(r"\b(?:is|are|has|have|had|been|now|stands?|remains?)\s+(?:\w+\s+)?"
                    r"(?:up|down|higher|lower|gained|lost|fallen|risen|climbed|dropped|added|shed|"
                    r"slipped|rallied|surged|jumped|tumbled|declined|advanced)\b", re.I)
# a claim dated by a past event or an earlier time the sentence names, not by the article's
# day: "on the day it became clear Trump had won, the index jumped over 5 percent", "the last
# run longer than 11 days came 13 years ago, when the RUT rose 12 days in a row"
_EVENT_DAY = re.compile(r"\bon\s+the\s+day\s+(?:it|when|that|after|before|of)\b|"
                        # "since April 12, when it stood at 15.58, its lowest level in ...": the
                        # clause after a dated "when" is that day's, not the article's
                        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
                        r"(?:st|nd|rd|th)?(?:,\s*\d{4})?\s*,\s*when\b|"
                        r"\b(?:ago|(?:19|20)\d\d|back\s+in\s+\w+)\s*,?\s*when\b|"
                        r"\b(?:the\s+last\s+time|previously|the\s+previous\s+time)\b[^.;]*\bwhen\b", re.I)
# "Once up 18.1 per cent this year, the Dow is now up just 3.3 per cent": a past state at a
# moment the words do not date (a peak, a low), not the article's day
_ONCE = re.compile(r"\b(?:once|at\s+one\s+point|at\s+(?:its|their|the)\s+(?:peak|height|best|worst|"
                   r"lowest|highest)|had\s+(?:once\s+)?been)\b", re.I)
# "has beaten the Nasdaq 100 in a calendar year only three times", "in seven of the past ten
# years": a count of periods, not a change over the window the sentence names
_HOW_OFTEN = re.compile(r"\b(?:only|just|than)\s+(?:once|twice)\b|\b(?:once|twice)\s+(?:in|a|every|before)\b|"
                        r"\b(?:only\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                        r"several|many|a\s+few)\s+times)\b(?!\s+(?:as|more|less|the|its|their|over|"
                        r"bigger|larger|higher|faster))|\bin\s+(?:\d+|\w+)\s+of\s+the\s+(?:last|past|previous)\b", re.I)
# "the dip ended a 15-session winning streak": the streak before the day
_STREAK_ENDED = re.compile(r"\b(?:ended|ending|ends|snapped|snapping|broke|breaking|halted|"
                           r"stopped|interrupted)\b", re.I)
# "about 20 points away from a 14-year high", "within three points of its record high": the
# extreme is where the distance is measured from, not a level the index reached
_REACHED_KINDS = frozenset({ClaimKind.RECORD, ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE})
_REFERENCE_POINT = re.compile(
    r"\b(?:away\s+from|short\s+of|shy\s+of|below|under|beneath|off|from|of|near|toward|towards|"
    r"than|regain|reclaim|recapture|retake|return\s+to)\s+(?:a|an|its|their|the|his|her)?\s*"
    r"(?:[\w-]+\s+){0,2}$", re.I)
_LEVEL_SLACK = 0.25  # a stated close this far from the data is another day's or index's level


def infirm(rc: ResolvedClaim, checked: CheckedClaim) -> str | None:
    """Why the reading behind a "contradicted" is not firm enough to raise an alarm, or None.

    A contradiction is only as good as the reading it was found on. These are the signs, each
    seen across many real articles, that the reading rather than the figure is what is wrong:
    the subject carried over from another sentence; a window the sentence opens but capscope
    cannot place; a change stated as a state ("is down 4%") with no period; a time phrase that
    may date another part of the sentence; a "day's move" larger than any session in the data;
    a stated close far from any close of that instrument near that day.
    """
    c = rc.claim
    sym = rc.subject.symbol
    # how the extractor found the subject ("context: last subject ..."), else how it resolved
    via = (c.subject.via if c.subject is not None and c.subject.via else "") or rc.subject.via or ""
    if c.kind is ClaimKind.FED_DECISION and rc.time is None and c.details.get("action") != "hold":
        return ("no meeting is named: the size or range may add up several decisions or speak "
                "of another meeting than the latest")
    if sym and via.startswith("context"):
        return f"the subject ({sym}) is carried over from another sentence"
    opening = open_reading(rc)
    if opening is not None:
        return f"'{opening}' opens a window capscope cannot place in time"
    before = c.sentence[:max(0, c.span.start - c.sentence_span.start)]
    event = _EVENT_DAY.search(before)
    if event is not None:
        return f"'{event.group(0).strip()}' dates the claim by an event, not a day"
    if c.kind in (ClaimKind.RELATIVE_RETURN, ClaimKind.PERIOD_RETURN):
        count = _HOW_OFTEN.search(c.sentence)
        if count is not None:
            return (f"'{count.group(0)}' counts periods in which it happened: not one change over "
                    "the window")
    once = _ONCE.search(before[-40:])
    if once is not None:
        return f"'{once.group(0)}' puts the figure at an earlier moment the words do not date"
    if c.kind is ClaimKind.STREAK and _STREAK_ENDED.search(before[-40:]):
        return "the words say the streak ended: it is the one before the day, not the day's own"
    if rc.time is not None and _detached(rc):
        return f"'{rc.time.label}' may date another part of the sentence"
    if c.kind is ClaimKind.DAY_MOVE:
        lead = c.sentence[max(0, c.span.start - c.sentence_span.start - 30):
                          c.span.end - c.sentence_span.start]
        if rc.time is None and _STATE.search(lead):
            return "a change stated as a state ('is down', 'has gained') over a period not given"
        too_big = _beyond_a_day(rc) if rc.time is None else None
        if too_big:
            return too_big
    if any("dividend-adjusted" in (e.note + " " + str(e.arguments)) or
           e.arguments.get("field") == "adj_close" for e in checked.evidence) or \
            "dividend-adjusted" in checked.explanation:
        return ("only the dividend-adjusted close is in the data here: a price figure differs "
                "from it by the dividends")
    if c.kind in _REACHED_KINDS:
        lead = c.sentence[max(0, c.span.start - c.sentence_span.start - 40):
                          c.span.start - c.sentence_span.start]
        ref = _REFERENCE_POINT.search(lead)
        if ref is not None and not c.details.get("one_of"):
            return (f"'{ref.group(0).strip()} {c.text}' names a reference point, not a level "
                    "reached")
    if c.kind in (ClaimKind.PRICE_LEVEL, ClaimKind.HIGHEST_SINCE):
        crossed = _crossed_intraday(rc)
        if crossed:
            return crossed
    if c.details.get("rate_level"):
        return ("a yield quoted during the day may differ from the end-of-day series, the only "
                "one in the data")
    if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.CLOSE_LEVEL):
        inside = _mid_session(rc)
        if inside:
            return inside
    if c.kind in (ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE) and \
            c.details.get("measure") == "day_move":
        stated = _stated_mid_session_move(rc, checked)
        if stated:
            return stated
    if c.kind is ClaimKind.CLOSE_LEVEL:
        found = next((e.found for e in checked.evidence if isinstance(e.found, (int, float))), None)
        q = next((q for q in c.quantities if q.role in ("level", "close", "")), None)
        if found and q is not None and abs(q.value / float(found) - 1) > _LEVEL_SLACK:
            return (f"{q.raw} is far from any {sym} close near that day: another instrument's or "
                    "another day's level")
    return None


def _session(rc: ResolvedClaim):  # noqa: ANN202 - (day, stats.moves.MoveResult) or (day, None)
    """The claim's session and its move result (high, low, previous close), through the run's
    memo: the verifier asked for the same one."""
    from capscope.claims.verifiers._base import memo
    from capscope.errors import CapscopeError
    from capscope.stats.moves import move

    day = rc.time.day if rc.time is not None and rc.time.ok else rc.anchor
    if day is None or not rc.subject.symbol:
        return day, None
    try:
        return day, memo(move, rc.subject.symbol, on=day)
    except CapscopeError:
        return day, None


def _crossed_intraday(rc: ResolvedClaim) -> str | None:
    """A level the words say was passed ("traded above 12,000", "surged past 50") without saying
    at the close, and that the session's high (low) did pass: the close is not the only reading."""
    c, sym = rc.claim, rc.subject.symbol
    level = next((q.value for q in c.quantities if q.unit in (Unit.NUMBER, Unit.USD)), None)
    if not sym or level is None or "clos" in c.sentence.lower():
        return None
    day, res = _session(rc)
    if res is None or res.intraday is None:
        return None
    hi, lo = float(res.intraday.high), float(res.intraday.low)
    if lo <= level <= hi:
        return (f"the words do not say the close, and {sym} traded through {level:,.2f} during "
                f"the session of {day.date()} (low {lo:,.2f}, high {hi:,.2f})")
    return None


# words that put a figure at the close (or at a session extreme named as such)
_AT_THE_CLOSE = re.compile(r"\b(?:clos(?:e|ed|es|ing)|end(?:ed|s)?(?=\s+(?:the\s+)?(?:day|session|at|up|down|"
                           r"higher|lower|trading))|ended|finish(?:ed|es)?|settled?|settles|"
                           r"for\s+the\s+(?:day|session)|on\s+the\s+(?:day|session)|final)\b", re.I)


def _own_clause(c) -> str:  # noqa: ANN001 - a Claim
    """The claim's words with the comma-free stretch around them: "It hit a low of $1035.39 on
    4/3/20 and has since bounced back 112%, with a close of $2195.80" -> the part before the
    comma (the close named after it is another figure's)."""
    text, base = c.sentence, c.sentence_span.start
    s, e = c.span.start - base, c.span.end - base
    left = max(text.rfind(",", 0, s), text.rfind(";", 0, s), text.rfind(":", 0, s)) + 1
    ends = [i for i in (text.find(",", e), text.find(";", e)) if i >= 0]
    return text[left:min(ends) if ends else len(text)]


def _mid_session(rc: ResolvedClaim) -> str | None:
    """A day's change or level the words do not put at the close, stated inside the range the
    session traded through ("The VIX was up 25% at 24.76", written before the close): a
    mid-session figure is a reading the daily data cannot time, so it is never refuted by the
    close alone. Seen in live coverage and in next-morning copy that quotes the session's swing."""
    from capscope.claims.lexicon import rounding_unit

    c, sym = rc.claim, rc.subject.symbol
    if not sym or _AT_THE_CLOSE.search(_own_clause(c)):
        return None
    day, res = _session(rc)
    if res is None or res.intraday is None or not res.previous_close:
        return None
    hi, lo, prev = float(res.intraday.high), float(res.intraday.low), float(res.previous_close)
    if not (hi == hi and lo == lo) or hi <= 0:
        return None
    inside = []
    for q in c.quantities:
        if q.unit is Unit.PCT:
            top, bottom = (hi / prev - 1) * 100, (lo / prev - 1) * 100
        elif q.unit is Unit.POINTS:
            top, bottom = hi - prev, lo - prev
        elif q.unit in (Unit.NUMBER, Unit.USD) and c.kind is ClaimKind.CLOSE_LEVEL:
            top, bottom = hi, lo
        else:
            continue
        half = rounding_unit(q.value, q.decimals, word=q.word)
        signs = (1,) if q.unit not in (Unit.PCT, Unit.POINTS) else (
            (q.sign,) if q.sign else ((1,) if c.direction is Direction.UP else (-1,)
                                      if c.direction is Direction.DOWN else (1, -1)))
        hit = False
        for sign in signs:
            lo_v, hi_v = sorted((sign * (abs(q.value) - half), sign * (abs(q.value) + half)))
            if q.hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.JUST_OVER):
                lo_v, hi_v = (lo_v, float("inf")) if sign > 0 else (float("-inf"), hi_v)
            hit = hit or (hi_v >= bottom and lo_v <= top)
        if not hit:
            return None  # every figure of the claim must fit one moment of the session
        level = q.unit in (Unit.NUMBER, Unit.USD)
        inside.append(f"{q.raw} ({bottom:,.2f} to {top:,.2f})" if level else
                      f"{q.raw} ({bottom:+,.2f} to {top:+,.2f}{'%' if q.unit is Unit.PCT else ' points'})")
    if not inside:
        return None
    return (f"the words do not say the close, and {', '.join(inside)} lies inside the range {sym} "
            f"traded through on {day.date()}: a mid-session figure the daily data cannot time")


def _stated_mid_session_move(rc: ResolvedClaim, checked: CheckedClaim) -> str | None:
    """"The VIX was up 25% at 24.76, its biggest one-day percentage rise since Feb. 5": a rank of
    the day's move, when the sentence's own move is a mid-session figure off the close, is a rank
    of that figure; the close's rank does not refute it."""
    from capscope.claims.quantities import find_quantities

    c = rc.claim
    close = next((e.values.get("change_pct") for e in checked.evidence
                  if isinstance(e.values.get("change_pct"), float)), None)
    stated = [q for q in find_quantities(c.sentence, c.sentence_span.start)
              if q.unit is Unit.PCT and q.span.end <= c.span.start]
    if close is None or not stated:
        return None
    q = stated[-1]
    if abs(abs(q.value) - abs(close)) <= 0.5 * 10.0 ** -q.decimals + 0.02:
        return None  # the sentence states the close's own move: its rank is the close's
    as_move = dataclasses.replace(c, kind=ClaimKind.DAY_MOVE, quantities=[q], span=q.span)
    inside = _mid_session(dataclasses.replace(rc, claim=as_move))
    if inside is None:
        return None
    return f"the sentence's own move is mid-session ({inside.split(', and ', 1)[-1]}); ranked on the close instead"


def _beyond_a_day(rc: ResolvedClaim) -> str | None:
    """A stated one-day change larger than any session of the series: a window, not a day."""
    from capscope.errors import CapscopeError
    from capscope.stats.moves import move_bounds

    sym = rc.subject.symbol
    if not sym:
        return None
    try:
        bounds = move_bounds(sym, rc.anchor)
    except CapscopeError:
        return None
    for q in rc.claim.quantities:
        if q.unit is Unit.PCT and abs(q.value) > bounds.max_abs_pct * 1.05:
            return (f"{q.raw} is more than {sym}'s largest one-day move in the data "
                    f"({bounds.max_abs_pct:.1f}%): a change over a window the sentence does not state")
        if q.unit is Unit.POINTS and abs(q.value) > bounds.max_abs_points * 1.05:
            return (f"{q.raw} is more than {sym}'s largest one-day move in the data "
                    f"({bounds.max_abs_points:,.0f} points): a change over a window the sentence "
                    "does not state")
    return None


def open_reading(rc: ResolvedClaim) -> str | None:
    """Words that open a reading capscope cannot measure (a window from an undated event, a
    peak-to-trough fall), or None."""
    if rc.claim.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN):
        return None
    m = _OPEN_WINDOW.search(rc.claim.sentence)
    return None if m is None else m.group(0)


__all__ = ["ArticleContext", "DAY_KINDS", "Reading", "alternatives", "infirm", "open_reading"]
