"""Resolution: a claim's subject to a canonical symbol and its time phrase to NYSE sessions.

The extractor hands over words ("the ETF", "on Tuesday", "early 2022") and, from the grammar's
time rules (:mod:`capscope.claims.timexpr`: fuzzy parts of a year, eras, relative phrases against
the publication date), a calendar window. This module adds what a statistic needs: a symbol, an
as-of session, a window string for :func:`capscope.stats.returns.window_bounds`, or a calendar
window to test a date against. Its own rules:

* **Relative dates need the publication date.** "On Tuesday" is the latest Tuesday on or before
  publication (the publication day itself when it is a Tuesday: articles are about that day's
  close). Without a publication date a relative phrase is reported unresolved, with the reason,
  never guessed. A claim with no time phrase at all is read as the last session on or before
  publication, and the evidence says so.
* **A stated day that is not a session** (a weekend, a holiday) is reported, not silently moved:
  a "Monday" that was Labor Day has no close to check.
* **Windows still in progress at publication end at the article's day.** "Up 13% in 2024" in an
  article of 2024-10-17 is measured to the latest session the article speaks of: its latest
  dated day claim ("on Wednesday" = 2024-10-16) when it dates none to the last session on or
  before publication, else that session (only a day of the publication week qualifies). Trailing windows ("over the
  last month") and year/month to date end there too, so every figure of one article is read at
  the same close.
* **"Before the pandemic"** is timexpr's era rule: the pandemic sell-off began 2020-02-20 (the
  S&P 500's pre-pandemic record close was 2020-02-19), so "before" ends on 2020-02-19.
* **Odds and forecasts look forward**: a bare month in them ("a cut in November") is the next
  such month on or after publication.
* **Subjects**: the alias table (:func:`capscope.data.symbols.lookup`) decides for explicit names.
  The extractor's coreference ("the ETF" -> IWM) is kept only when it agrees with the words: an
  anaphor naming a fund must land on an ETF, one naming an index on an index, so IWM and the
  Russell 2000 index (RUT) are never swapped. A generic class ("small caps") resolves to the
  class's index (RUT) and says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

import pandas as pd

from capscope.claims import timewindows, timexpr
from capscope.claims.lexicon import MOVE_DOWN_WORDS, MOVE_UP_WORDS
from capscope.claims.model import (
    OWN_CALENDAR_KINDS,
    OWN_SUBJECT_KINDS,
    Claim,
    ClaimKind,
    Mention,
    TimeExpr,
    TimeKind,
)
from capscope.claims.normalize import split_sentences
from capscope.data.calendar import is_session, previous_session, weekday_name
from capscope.data.symbols import Kind, SymbolInfo, lookup

_iso = dt.date.isoformat  # "2024-07-16" from a Timestamp (a datetime), without boxing a date
_ETF_WORDS = re.compile(r"\b(etf|fund|ishares|spdr|trust)\b", re.I)
_INDEX_WORDS = re.compile(r"\b(index|benchmark|gauge|average|composite)\b", re.I)


# --------------------------------------------------------------------------- time


@dataclasses.dataclass
class TimeWindow:
    """A time phrase resolved: calendar bounds, the sessions inside them and how to query them.

    ``start``/``end`` are calendar days (``None`` = open: "before the pandemic" has no start).
    ``spec``/``on`` are what :func:`capscope.stats.returns.window_bounds` takes for a return over
    this window ("1M" on 2024-07-16; "2024"; "2024-07"; "YTD"; "START:END"); ``day`` is set when
    the phrase means one session. ``ok`` is False when the phrase could not be resolved, and
    ``reason`` then says why (no publication date, a holiday, an unknown era...).
    """

    label: str
    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None
    day: pd.Timestamp | None = None
    spec: str | None = None
    on: pd.Timestamp | None = None
    ok: bool = True
    reason: str = ""
    notes: list[str] = dataclasses.field(default_factory=list)
    forward: bool = False  # a horizon after the anchor date (forecasts, event windows)

    def contains(self, day: pd.Timestamp) -> bool:
        """Whether a calendar day falls inside the window (open ends count as unbounded)."""
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)

    def describe(self) -> str:
        if not self.ok:
            return f"{self.label} (unresolved: {self.reason})"
        if self.day is not None:
            return _iso(self.day)
        lo = _iso(self.start) if self.start is not None else "..."
        hi = _iso(self.end) if self.end is not None else "..."
        return f"{lo}..{hi}"

    def to_dict(self) -> dict[str, object]:
        def iso(x: pd.Timestamp | None) -> str | None:
            return None if x is None else x.date().isoformat()

        return {"label": self.label, "start": iso(self.start), "end": iso(self.end),
                "day": iso(self.day), "window": self.spec, "on": iso(self.on), "ok": self.ok,
                "reason": self.reason, "notes": list(self.notes)}


def _unresolved(t: TimeExpr | None, reason: str, *, forward: bool = False) -> TimeWindow:
    return TimeWindow(label=t.raw if t else "", ok=False, reason=reason, forward=forward)


def _ts(d: dt.date | None) -> pd.Timestamp | None:
    return None if d is None else _midnight(d)


@lru_cache(maxsize=1 << 14)  # pure and immutable: an article names the same few dates often
def _midnight(d: dt.date) -> pd.Timestamp:
    return pd.Timestamp(d).normalize()


@lru_cache(maxsize=1 << 12)  # pure and immutable; every time phrase of an article asks again
def _pub_day(published: dt.date | pd.Timestamp | None) -> pd.Timestamp | None:
    """The publication date as a midnight Timestamp."""
    return None if published is None else pd.Timestamp(published).normalize()


def _session_day(label: str, day: pd.Timestamp) -> TimeWindow:
    """One calendar day that must be a session (else unresolved, naming why)."""
    if not is_session(day):
        why = f"a {weekday_name(day)}" if day.day_of_week >= 5 else "an NYSE holiday or closure"
        prev = previous_session(day)
        return TimeWindow(label=label, start=day, end=day, ok=False,
                          reason=f"{_iso(day)} is {why}: there is no close that day (the "
                                 f"previous session is {_iso(prev)})")
    return TimeWindow(label=label, start=day, end=day, day=day, on=day)


def _calendar_window(label: str, start: pd.Timestamp | None, end: pd.Timestamp | None,
                     published: pd.Timestamp | None, spec: str | None = None) -> TimeWindow:
    """A past calendar window; when it runs past publication it ends there (with a note)."""
    notes: list[str] = []
    on = None
    if published is not None and end is not None and end > published:
        if start is not None and start > published:
            return TimeWindow(label=label, start=start, end=end, ok=False, forward=True,
                              reason=f"'{label}' starts after publication ({_iso(published)})")
        notes.append(f"'{label}' was still in progress on publication ({_iso(published)}): "
                     "it ends there")
        end = published
        on = published
    if spec is None and start is not None and end is not None:
        spec = f"{(start - pd.Timedelta(days=1)).date()}:{_iso(end)}"
    if on is None and end is not None:
        on = end
    return TimeWindow(label=label, start=start, end=end, spec=spec, on=on, notes=notes)


_UNIT_LETTER = {"day": "D", "session": "D", "week": "W", "month": "M", "year": "Y"}


def _trailing(t: TimeExpr, published: pd.Timestamp) -> TimeWindow:
    unit, count = t.unit, t.count
    if unit == "quarter" and count:
        unit, count = "month", count * 3
    if unit not in _UNIT_LETTER or not count or count != int(count) or count <= 0:
        return _unresolved(t, f"'{t.raw}' is not a trailing window capscope can measure")
    end = previous_session(published)
    spec = f"{int(count)}{_UNIT_LETTER[unit]}"
    w = TimeWindow(label=t.raw, start=_ts(t.start), end=end, spec=spec, on=end)
    w.notes.append(f"'{t.raw}' = window {spec} ending {_iso(end)}, the last session on or "
                   "before publication (window rule: capscope.stats.returns)")
    return w


def _to_date(t: TimeExpr, published: pd.Timestamp) -> TimeWindow:
    end = previous_session(published)
    if t.year and t.year != published.year:  # "so far in 2023" written in 2024: the whole year
        return _calendar_window(t.raw, _ts(t.start), _ts(t.end), published, spec=f"{t.year}")
    spec = {"month": "MTD", "quarter": "QTD"}.get(t.unit, "YTD")
    return TimeWindow(label=t.raw, start=_ts(t.start), end=end, spec=spec, on=end)


def _horizon(t: TimeExpr, published: pd.Timestamp | None) -> TimeWindow:
    """A forward window from publication ("in 10 weeks"), or after an event ("12-24 months after")."""
    if t.start is None or t.end is None:
        if published is None and t.relative:
            return _unresolved(t, "a horizon from publication needs the publication date; pass "
                                  "--published YYYY-MM-DD", forward=True)
        return _unresolved(t, t.note or f"'{t.raw}' has no start capscope can place",
                           forward=True)
    start = previous_session(_ts(t.start))
    w = TimeWindow(label=t.raw, start=start, end=_ts(t.end), on=start, forward=True)
    w.notes.append(f"'{t.raw}' = from {_iso(start)} (the last session on or before "
                   f"publication) to {_iso(w.end)}")
    return w


def _since_window(w: TimeWindow, t: TimeExpr, pub: pd.Timestamp | None) -> TimeWindow:
    """"Up 10% since November 2023": from the last close before the period to the article's day."""
    if not w.ok or w.start is None or pub is None:
        if w.ok and pub is None:
            return _unresolved(t, f"'{t.raw}' runs to the publication date, which is not "
                                  "known; pass --published YYYY-MM-DD")
        return w
    end = previous_session(pub)
    if w.start > end:
        return _unresolved(t, f"'{t.raw}' starts after publication ({_iso(pub)})")
    if t.at_end and w.day is not None:  # "since the end of 2023": from that period's last close
        spec = f"{_iso(w.day)}:{_iso(end)}"
        return TimeWindow(label=t.raw, start=w.day + pd.Timedelta(days=1), end=end, spec=spec, on=end,
                          notes=[*w.notes, f"'{t.raw}' = from the close of {_iso(w.day)} to {_iso(end)}"])
    spec = f"{(w.start - pd.Timedelta(days=1)).date()}:{_iso(end)}"
    return TimeWindow(label=t.raw, start=w.start, end=end, spec=spec, on=end,
                      notes=[*w.notes, f"'{t.raw}' = from the last close before "
                             f"{_iso(w.start)} to {_iso(end)}"])


def resolve_time(t: TimeExpr | None, published: dt.date | pd.Timestamp | None, *,
                 previous: TimeWindow | None = None, prefer: str = "past",
                 since_to_now: bool = False) -> TimeWindow | None:
    """The sessions and query window a time phrase means (None when there is no phrase).

    The calendar window comes from :func:`capscope.claims.timewindows.resolve_time` (the grammar's
    rules for relative and fuzzy phrases); this adds the NYSE layer: a day must be a session,
    a window in progress at publication ends there, and returns get the window string of
    :func:`capscope.stats.returns.window_bounds`. ``previous`` is the window of the claim before
    ("in that time"); ``prefer="future"`` reads a bare month as the next one (meetings, forecasts).
    ``since_to_now`` reads "since November 2023" as a window from then to the article's day (for
    a change "since"); without it the phrase is the month itself (for "highest since").
    """
    w = _resolve_time(t, published, previous=previous, prefer=prefer)
    if (since_to_now and w is not None and t is not None and t.anchor == "since"
            and t.kind not in (TimeKind.SAME_AS_BEFORE, TimeKind.TRAILING, TimeKind.TO_DATE,
                               TimeKind.HORIZON)):
        pub = _pub_day(published)
        return _since_window(w, t, pub)
    return w


def _resolve_time(t: TimeExpr | None, published: dt.date | pd.Timestamp | None, *,
                  previous: TimeWindow | None = None, prefer: str = "past") -> TimeWindow | None:
    """resolve_time without the "since" reading."""
    if t is None:
        return None
    pub = _pub_day(published)
    if t.kind is TimeKind.SAME_AS_BEFORE:
        if previous is None or not previous.ok:
            return _unresolved(t, f"'{t.raw}' refers to an earlier time that was not resolved")
        return dataclasses.replace(previous, label=t.raw, notes=[
            *previous.notes, f"'{t.raw}' = the window of the claim before"])
    try:
        if t.start is None and t.kind is TimeKind.DAY and t.year and t.month and t.day:
            t.start = t.end = dt.date(t.year, t.month, t.day)
            t.resolved = True
        timewindows.resolve_time(t, None if pub is None else pub.date(), prefer=prefer)
    except (ValueError, OverflowError) as exc:  # an impossible date such as 31 February
        return _unresolved(t, f"'{t.raw}' is not a valid date ({exc})")
    if t.kind is TimeKind.HORIZON:
        return _horizon(t, pub)
    if t.start is None and t.end is None:
        if pub is None and (t.relative or t.kind in (TimeKind.WEEKDAY, TimeKind.TRAILING,
                                                      TimeKind.TO_DATE)):
            return _unresolved(t, f"'{t.raw}' is relative to the publication date, which is "
                                  "not known; pass --published YYYY-MM-DD")
        return _unresolved(t, t.note or f"'{t.raw}' is too vague to place in time")
    if t.kind is TimeKind.TRAILING and pub is not None:
        return _trailing(t, pub)
    if t.kind is TimeKind.TO_DATE and pub is not None:
        return _to_date(t, pub)
    start, end = _ts(t.start), _ts(t.end)
    if t.at_end and end is not None and (pub is None or end <= pub):
        day = previous_session(end)  # "at the end of June": the month's closing session
        w = TimeWindow(label=t.raw, start=day, end=day, day=day, on=day)
        w.notes.append(f"'{t.raw}' = the period's last session, {_iso(day)}")
        return w
    if t.kind in (TimeKind.DAY, TimeKind.WEEKDAY) and start is not None and start == end:
        if t.kind is TimeKind.DAY and t.part == "yesterday":
            day = previous_session(start)
            w = TimeWindow(label=t.raw, start=day, end=day, day=day, on=day)
            w.notes.append(f"'yesterday' = the last session before publication: {_iso(day)}")
            return w
        if pub is not None and start > pub:
            return _unresolved(t, f"{_iso(start)} is after publication ({_iso(pub)})",
                               forward=True)
        if t.kind is TimeKind.DAY and t.part == "today" and start == pub and not is_session(start):
            # "down 0.8% on the day" in a Saturday paper: the day the story reports is the last
            # session, not the weekend day it is printed on
            day = previous_session(start)
            w = TimeWindow(label=t.raw, start=day, end=day, day=day, on=day)
            w.notes.append(f"'{t.raw}' in a story of {weekday_name(start)} {_iso(start)}: the last "
                           f"session, {_iso(day)}")
            return w
        w = _session_day(t.raw, start)
        if t.relative:
            w.notes.append(f"'{t.raw}' = {_iso(start)} ({weekday_name(start)}), read against "
                           f"publication on {pub.date() if pub is not None else '?'}")
        return w
    spec = None
    if t.kind is TimeKind.YEAR and t.year:
        spec = f"{t.year:04d}"
    elif t.kind is TimeKind.MONTH and t.year and t.month:
        spec = f"{t.year:04d}-{t.month:02d}"
    if prefer == "future" and pub is not None and start is not None and start > pub:
        # a meeting or horizon still to come: a window after publication is what was meant
        return TimeWindow(label=t.raw, start=start, end=end, spec=spec, on=None, forward=True)
    w = _calendar_window(t.raw, start, end, pub, spec=spec)
    if t.note and t.kind in (TimeKind.ERA, TimeKind.FUZZY):
        w.notes.append(t.note)
    elif t.kind is TimeKind.FUZZY:
        w.notes.append(f"'{t.raw}' read as {w.describe()} (early = Jan-Apr, mid = May-Aug, "
                       "late = Sep-Dec; of a month: days 1-10, 11-20, 21-end)")
    return w


def default_day(published: dt.date | pd.Timestamp | None,
                anchor: pd.Timestamp | None = None) -> TimeWindow:
    """The session a claim with no time phrase is about: the article's day.

    That is the latest session the article dates elsewhere ("on Wednesday"), else the last
    session on or before publication; the reading is stated in a note so it is never silent.
    """
    if published is None:
        return TimeWindow(label="(no time stated)", ok=False,
                          reason="the claim states no date and the publication date is not "
                                 "known; pass --published YYYY-MM-DD")
    pub = _pub_day(published)
    day = anchor if anchor is not None else previous_session(pub)
    w = TimeWindow(label="(no time stated)", start=day, end=day, day=day, on=day)
    w.notes.append(f"no date stated: read as the article's day, {_iso(day)} (the last "
                   "session on or before publication, or the session a next-morning lead dates)")
    return w


# --------------------------------------------------------------------------- subjects


@dataclasses.dataclass
class SubjectResolution:
    """The symbol a mention stands for, how it was decided, and why not when it was not."""

    symbol: str | None
    info: SymbolInfo | None
    via: str
    notes: list[str] = dataclasses.field(default_factory=list)
    reason: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"symbol": self.symbol, "via": self.via, "notes": list(self.notes),
                "reason": self.reason}


_PAREN = re.compile(r"\(([^)]{1,12})\)")


def _lookup_words(raw: str) -> SymbolInfo | None:
    """The alias table on the words, then without a parenthesis, then on a ticker inside one
    ("The iShares Russell 2000 ETF (IWM)")."""
    found = lookup(raw)
    if found is not None:
        return found
    bare = _PAREN.sub(" ", raw)
    if bare.strip() and bare != raw:
        found = lookup(bare)
        if found is not None:
            return found
    for inner in _PAREN.findall(raw):
        found = lookup(inner.strip())
        if found is not None:
            return found
    return None


def resolve_subject(mention: Mention | None) -> SubjectResolution:
    """Check the extractor's symbol for a mention against the alias table and the words used."""
    return _resolve_subject(mention, _lookup_words, lookup)


Lookup = Callable[[str], SymbolInfo | None]


def _per_call(find: Lookup) -> Lookup:
    """``find`` remembering its answers for the length of one call of resolve_claims: an
    article names the same few instruments in every claim, and the alias table cannot change
    in between (a module-wide cache could outlive a symbol registered later)."""
    seen: dict[str, SymbolInfo | None] = {}

    def cached(name: str) -> SymbolInfo | None:
        if name not in seen:
            seen[name] = find(name)
        return seen[name]

    return cached


def _resolve_subject(mention: Mention | None, words: Lookup, symbol: Lookup
                     ) -> SubjectResolution:
    """resolve_subject, looking names up with ``words`` and symbols with ``symbol``."""
    if mention is None:
        return SubjectResolution(None, None, "", reason="the claim names no instrument")
    by_alias = words(mention.raw) if mention.raw else None
    if by_alias is not None:
        notes = []
        if mention.symbol and mention.symbol != by_alias.symbol:
            notes.append(f"'{mention.raw}' is {by_alias.symbol} by the alias table (the "
                         f"extractor had {mention.symbol})")
        via = "alias"
        if mention.generic:
            notes.append(f"'{mention.raw}' is a class of stocks; measured by {by_alias.name} "
                         f"({by_alias.symbol})")
        return SubjectResolution(by_alias.symbol, by_alias, via, notes)
    if mention.symbol:
        info = symbol(mention.symbol)
        if info is None:
            return SubjectResolution(None, None, mention.via,
                                     reason=f"'{mention.raw}' -> {mention.symbol}, which capscope "
                                            "has no data for")
        raw = mention.raw or ""
        if _ETF_WORDS.search(raw) and info.kind is not Kind.ETF:
            return SubjectResolution(None, info, mention.via,
                                     reason=f"'{raw}' names a fund but was linked to the "
                                            f"{info.kind.value} {info.symbol}")
        if (_INDEX_WORDS.search(raw) and info.kind is Kind.ETF and info.tracks
                and not _ETF_WORDS.search(raw)):
            # "the index" after "IWM ... tracks the small-cap benchmark": the index, not the fund
            return SubjectResolution(
                info.tracks, symbol(info.tracks), f"{mention.via}; the index {info.symbol} tracks",
                [f"'{raw}' names an index: using {info.tracks}, the index {info.symbol} tracks"])
        return SubjectResolution(info.symbol, info, mention.via or "context")
    return SubjectResolution(None, None, "", reason=f"'{mention.raw}' is not an instrument "
                                                    "capscope knows")


# --------------------------------------------------------------------------- claim


@dataclasses.dataclass
class ResolvedClaim:
    """A claim with its subject, comparison and time phrases resolved."""

    claim: Claim
    subject: SubjectResolution
    comparison: SubjectResolution | None
    time: TimeWindow | None
    since: TimeWindow | None
    published: pd.Timestamp | None
    anchor: pd.Timestamp | None = None  # the article's day (see the module rules)
    lead_names_anchor: bool = False  # the lead sentence itself names that day ("on Friday, July 19")

    def to_dict(self) -> dict[str, object]:
        return {"symbol": self.subject.symbol, "subject": self.subject.to_dict(),
                "comparison": None if self.comparison is None else self.comparison.to_dict(),
                "time": None if self.time is None else self.time.to_dict(),
                "since": None if self.since is None else self.since.to_dict(),
                "published": None if self.published is None else self.published.date().isoformat(),
                "article_day": None if self.anchor is None else self.anchor.date().isoformat()}


def subject_via(rc: ResolvedClaim) -> str:
    """How the claim's subject was found: the extractor's way ("alias", "reference: it -> ...",
    "context: last subject ..."), else the resolver's."""
    c = rc.claim
    return (c.subject.via if c.subject is not None and c.subject.via else "") or rc.subject.via or ""


_FORWARD_KINDS = frozenset({ClaimKind.RATE_PROBABILITY, ClaimKind.FORECAST})
_CHANGE_KINDS = frozenset({ClaimKind.PERIOD_RETURN, ClaimKind.RELATIVE_RETURN})


_SINCE_CLAUSE = re.compile(r"\bsince\b(?P<gap>[^.;,:!?]{0,60})$", re.I)


def _since_before(c: Claim) -> bool:
    """Whether "since" opens the clause that ends with the claim's time phrase (at most six
    words between: "since the Fed's first cut in September")."""
    t = c.time
    if t is None or t.span is None:
        return False
    cut = t.span.start - c.sentence_span.start
    if not 0 < cut <= len(c.sentence):
        return False
    m = _SINCE_CLAUSE.search(c.sentence[:cut])
    return m is not None and len(m.group("gap").split()) <= 6


_WEEK = pd.Timedelta(days=7)


_WEEKDAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _names_its_day(text: str, published: pd.Timestamp) -> bool:
    """Whether an article names its own publication day ("sell-off on Friday" in a Friday
    story, "today"): then that session is the article's day whatever else it dates."""
    if not text:
        return False
    word = _WEEKDAY_WORDS[published.day_of_week]
    for m in re.finditer(rf"\b{word}\b|\btoday\b", text):
        if _MASTHEAD_DATE.match(text, m.end()):
            continue  # "The Washington Times - Friday, March 23, 2001": the paper's date line
        # not an awaited event's day ("as investors braced for the biggest Federal Reserve rate
        # hike in decades on Wednesday", "ahead of Wednesday's Fed decision")
        if not _AWAITED.search(text, max(0, m.start() - 80), m.start()):
            return True
    return False


# an event still to come that a day dates: not the session the story reports (the lead's day and
# the article's own day alike)
_AWAITED = re.compile(r"\b(?:brac(?:e|ed|ing)\s+for|ahead\s+of|await(?:ed|ing)?|expected|will|before|"
                      r"bets?\s+on|look(?:ed|ing)\s+ahead\s+to|in\s+the\s+run-up\s+to)\b[^.;]*$", re.I)


_POSTED = re.compile(r"\b(?:posted|published|updated|last\s+updated)\s*:?\s*(?:on\s+)?$", re.I)
_MASTHEAD_DATE = re.compile(r",\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*(?:\n|$)")
_STORY_DAY = re.compile(r"(?:on\s+the\s+day|in\s+the\s+(?:latest\s+)?session)", re.I)


def _anchor(windows: list[TimeWindow | None], published: pd.Timestamp | None,
            text: str = "", lead: pd.Timestamp | None = None) -> pd.Timestamp | None:
    """The article's day: the last session by publication when the article dates a claim to it
    (or names its own day); else the session its lead names ("As of yesterday's close", even
    with no figure dated at all); else the first session of the publication week it dates (a next-morning
    paper's lead: "stocks ended ... on Wednesday"), not the latest (a later "minutes released on
    Wednesday" dates only its own clause). ``lead`` is the session the lead sentence names
    (:func:`_lead_day`), found once by the caller."""
    if published is None:
        return None
    last = previous_session(published)
    # ``last - _WEEK`` (only compared with): on the nanoseconds, a third of the cost
    week_before = (pd.Timestamp(last.value - _WEEK.value) if last.unit == "ns"
                   else last - _WEEK)
    # only a day of the publication week can be "the article's day": an article of 2024-10-17
    # that recalls "Oct. 1" still reports year-to-date figures as of its own week
    days = [w.day for w in windows if w is not None and w.ok and w.day is not None
            and week_before <= w.day <= last]
    if last in days or (last == published and _names_its_day(text, published)):
        return last
    if lead is not None and week_before <= lead <= last:
        # "... sent stocks sharply lower yesterday", "As of yesterday's close, ...": the lead's
        # day, though it holds no figure (and when no figure is dated at all)
        return lead
    return days[0] if days else last  # a next-morning paper: its lead dates the session it reports


def _lead_day(text: str, published: pd.Timestamp) -> pd.Timestamp | None:
    """The single session the article's first sentence names, if any ("yesterday", "on Tuesday").
    Its own times are found here: a lead without a figure was skipped by the extractor."""
    head = (text or "")[:600]  # (the lead, and no more text than it takes)
    spans = split_sentences(head)
    if not spans:
        return None
    lead = head[spans[0].start:spans[0].end]
    first = _days_named(lead, published)
    if first == {published} and _LEAD_MOVE.search(lead) is None:
        # "The Washington Times - Friday, March 23, 2001", "... - POSTED: Tuesday, December 09,
        # 2008": a masthead's or a post's date is the paper's, not the session the lead reports
        first = set()
    if first:
        # two days ("Wednesday's trading session, April 10th" when the 10th was a Thursday): no one
        return first.pop() if len(first) == 1 else None
    # a headline or a dateline line first: the lead's "yesterday" (or "today") in the next two
    # sentences names the session ("Wall Street indexes return to 1997 levels. ... investors
    # dumped stocks again yesterday."); a weekday there may be another clause's
    for span in spans[1:3]:
        sentence = head[span.start:span.end]
        # (a weekday too when the sentence reports the market's move: "U.S. stocks moved higher in
        # the morning session Monday" after a headline and a dateline line)
        days = _days_named(sentence, published, only_relative=_LEAD_MOVE.search(sentence) is None)
        if days:
            return days.pop() if len(days) == 1 else None
    return None


# (the move verbs are the lexicon's: "Stocks plunged Monday on fears ...")
_LEAD_MOVE = re.compile(r"\b(?:stocks|shares|indexes|indices|wall\s+street|the\s+market)\s+(?:\w+\s+){0,2}?"
                        r"(?:" + MOVE_UP_WORDS + "|" + MOVE_DOWN_WORDS + r"|moved|closed|ended|finished|"
                        r"opened|traded|edged)\b|"
                        # "gave Wall Street a partial rebound Tuesday"
                        r"\b(?:wall\s+street|stocks|the\s+market)\s+an?\s+(?:\w+\s+)?(?:rebound|rally|slide|sell-?off|"
                        r"gain|loss|drop|decline|surge|plunge|boost|lift)\b", re.I)


def _days_named(sentence: str, published: pd.Timestamp, *, only_relative: bool = False) -> set[pd.Timestamp]:
    """The sessions a lead sentence names (``only_relative``: by "yesterday" or "today" alone)."""
    days = set()
    for t in timexpr.find_times(sentence, 0):
        if t.kind not in (TimeKind.DAY, TimeKind.WEEKDAY) or timexpr.is_dateline(sentence, t):
            continue  # "October 9, 2009 (FinancialWire) --": the dateline, not the lead's day
        if t.anchor in ("since", "from", "before", "after"):
            continue  # "has gained 7.7% since Election Day": a window's start, not the story's day
        if t.span is not None and _POSTED.search(sentence, max(0, t.span.start - 20), t.span.start):
            continue  # "- POSTED: Tuesday, December 09, 2008": the page's stamp, not the session
        if t.span is not None and _AWAITED.search(sentence, max(0, t.span.start - 90), t.span.start):
            continue  # "as investors braced for the biggest Fed rate hike in decades on Wednesday"
        if only_relative and t.raw.strip().lower() not in ("yesterday", "today"):
            continue
        w = resolve_time(t, published)
        if w is not None and w.ok and w.day is not None:
            days.add(w.day)
    return days


def _end_at(w: TimeWindow, anchor: pd.Timestamp, published: pd.Timestamp) -> TimeWindow:
    """Move a window that ends at publication to the article's day (see the module rules)."""
    if w.day is not None or w.forward or not w.ok or w.on is None:
        return w
    if w.on < previous_session(published) or w.on == anchor:
        return w
    if w.start is not None and w.start > anchor:
        return w
    out = dataclasses.replace(w, on=anchor, end=anchor if w.end is not None else None,
                              notes=[*w.notes, f"measured to {_iso(anchor)}, the latest "
                                     "session the article reports"])
    if out.spec and ":" in out.spec:
        out.spec = f"{out.spec.split(':')[0]}:{_iso(anchor)}"
    return out


_SHARES_WINDOW = frozenset({ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN})
_GIVES_WINDOW = _SHARES_WINDOW | {ClaimKind.RELATIVE_RETURN}
# "is down 4%", "has gained 10%": a state over a period, unlike "fell 4%" (a session)
_STATE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|been|now|stands?)\s+(?:\w+\s+)?"
                         r"(?:up|down|higher|lower|gained|lost|fallen|risen|climbed|dropped|"
                         r"added|shed|slipped|rallied|surged|jumped|tumbled|declined|advanced)\b",
                         re.I)


def _sentence_horizon(c: Claim) -> TimeExpr | None:
    """A forecast the grammar left without a horizon: the sentence's forward phrase ("by
    year-end", "over the next year"), found by the grammar's own time finder."""
    from capscope.claims.timexpr import find_times

    for t in find_times(c.sentence, c.sentence_span.start):
        if t.kind is TimeKind.HORIZON:
            return t
    return None


def _share_sentence_windows(claims: list[Claim], times: list[TimeWindow | None]) -> None:
    """"The Russell 2000 is down 9% year to date, while the S&P 500 is down 4%": a change with no
    time phrase of its own takes the window stated for another change in the same sentence."""
    for i, c in enumerate(claims):
        if times[i] is not None or c.kind not in _SHARES_WINDOW:
            continue
        at = c.span.start - c.sentence_span.start
        lead = c.sentence[max(0, at - 24):at] if 0 <= at <= len(c.sentence) else ""
        if c.kind is ClaimKind.DAY_MOVE and not _STATE_VERB.search(f"{lead}{c.text}"):
            continue  # "rose 1.1%, bringing its gain this year to 18%": the day, not the year
        for j, other in enumerate(claims):
            w = times[j]
            if (j != i and other.kind in _GIVES_WINDOW
                    and other.sentence_span == c.sentence_span and w is not None and w.ok
                    and w.day is None and w.spec and not w.forward):
                times[i] = dataclasses.replace(w, notes=[
                    *w.notes, f"no time of its own: the sentence's window '{w.label}' is used"])
                break


def resolve_claims(claims: list[Claim], published: dt.date | pd.Timestamp | None,
                   text: str = "") -> list[ResolvedClaim]:
    """Resolve every claim in article order ("in that time" refers to the claim before);
    ``text`` is the whole article, read for the words that name its own day."""
    pub = _pub_day(published)
    times: list[TimeWindow | None] = []
    sinces: list[TimeWindow | None] = []
    previous: TimeWindow | None = None
    for c in claims:
        if c.kind is ClaimKind.FORECAST and c.time is None:
            c.time = _sentence_horizon(c)
        prefer = "future" if c.kind in _FORWARD_KINDS else "past"
        time = resolve_time(c.time, pub, previous=previous, prefer=prefer,
                            since_to_now=c.kind in _CHANGE_KINDS)
        if (time is not None and c.kind in _CHANGE_KINDS and c.time is not None
                and c.time.anchor not in ("since", "between") and _since_before(c)):
            # "up 10% since the Fed's first cut in September": the phrase dates a "since" (a range
            # closed by its own last day, "since Election Day (November 8) through January 6", ends there)
            saved, c.time.anchor = c.time.anchor, "since"
            time = resolve_time(c.time, pub, previous=previous, prefer=prefer,
                                since_to_now=True)
            c.time.anchor = saved
        times.append(time)
        sinces.append(resolve_time(c.since, pub, previous=previous))
        if time is not None and time.ok and not time.forward:
            previous = time
    _share_sentence_windows(claims, times)
    lead = _lead_day(text, pub) if pub is not None else None  # the session the lead sentence names
    # "On the day the fund was up $0.55", "in the session": the story's day, whichever it is, so
    # they neither decide it nor keep the publication day against the lead's
    story_day = [c.time is not None and _STORY_DAY.fullmatch(c.time.raw.strip()) is not None
                 for c in claims]
    # a Fed meeting or a forecast is dated by its own calendar ("as investors braced for the
    # biggest Federal Reserve rate hike in decades on Wednesday"): it does not decide the story's day
    own_calendar = [c.kind in OWN_CALENDAR_KINDS for c in claims]
    anchor = _anchor([None if d or o else w for w, d, o in zip(times, story_day, own_calendar, strict=True)],
                     pub, text, lead)
    named = anchor is not None and lead == anchor
    words, symbol = _per_call(_lookup_words), _per_call(lookup)
    out: list[ResolvedClaim] = []
    for c, time, since, deictic in zip(claims, times, sinces, story_day, strict=True):
        if deictic and time is not None and time.ok and anchor is not None and time.day != anchor:
            time = dataclasses.replace(time, start=anchor, end=anchor, day=anchor, on=anchor,
                                       notes=[f"'{time.label}' = {_iso(anchor)}, the story's day"])
        if time is not None and anchor is not None and pub is not None:
            time = _end_at(time, anchor, pub)
        comp = (_resolve_subject(c.comparison, words, symbol) if c.comparison is not None
                else None)
        out.append(ResolvedClaim(c, _resolve_subject(c.subject, words, symbol), comp, time, since,
                                 pub, anchor, named))
    _carry_subjects(out)
    return out




_PRONOUN = re.compile(r"(?:it|its|they|their|the\s+index|the\s+benchmark|the\s+gauge)?", re.I)


def _carry_subjects(out: list[ResolvedClaim]) -> None:
    """A claim that names no instrument at all ("and at its lowest close since April 14, 1997"
    after "the Dow ... ended at 6,547") is about the instrument of the claim before it in the
    same sentence, else of the sentence before: carried, and said to be carried (a carried
    subject is never firm enough for an alarm: see readings.infirm)."""
    for i, rc in enumerate(out):
        m = rc.claim.subject
        if rc.subject.symbol or rc.claim.kind in OWN_SUBJECT_KINDS or (
                m is not None and (not _PRONOUN.fullmatch(m.raw.strip()) or m.via == "unknown instrument")):
            continue  # ("The S&P 600 SmallCap Index ... tells a similar story: it has more than doubled":
            # an "it" the extractor tied to an index capscope lacks stays that index's)
        for prev in reversed(out[:i]):
            if prev.subject.symbol and prev.claim.kind not in OWN_SUBJECT_KINDS:
                if prev.claim.sentence_span.start < rc.claim.sentence_span.start - 600:
                    break
                where = ("the same sentence" if prev.claim.sentence_span == rc.claim.sentence_span
                         else "an earlier sentence")
                rc.subject = dataclasses.replace(
                    prev.subject, via=f"context: carried from {where} ({prev.subject.symbol})",
                    notes=[*prev.subject.notes, f"no instrument named: {prev.subject.symbol}, "
                           f"the subject of {where}"])
                break


__all__ = ["ResolvedClaim", "SubjectResolution", "TimeWindow", "default_day", "resolve_claims", "subject_via",
           "resolve_subject", "resolve_time"]
