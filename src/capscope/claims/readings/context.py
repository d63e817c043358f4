"""What a reading is, what the rest of the article says, and the shared tests of the words
(a time phrase that may date another clause; a claim read at another session)."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from typing import TYPE_CHECKING

import pandas as pd

from capscope.claims.model import ClaimKind, TimeExpr
from capscope.claims.resolve import ResolvedClaim, TimeWindow

if TYPE_CHECKING:
    from capscope.claims.normalize import Document

# one-session claims: a different day is a different reading
DAY_KINDS = frozenset({ClaimKind.DAY_MOVE, ClaimKind.CLOSE_LEVEL, ClaimKind.HIGHEST_SINCE,
                       ClaimKind.LOWEST_SINCE, ClaimKind.RECORD,
                       ClaimKind.DISTANCE_FROM_RECORD, ClaimKind.STREAK,
                       ClaimKind.PERIOD_RETURN})  # a change whose window may be misattached
# claims with a number about one instrument: another instrument named nearby is another reading
SUBJECT_KINDS = DAY_KINDS | {ClaimKind.PERIOD_RETURN}

WEEK = pd.Timedelta(days=7)
_LEAD_SENTENCES = 3  # the opening sentences that say what period a review covers
MONTH = pd.Timedelta(days=31)


@dataclasses.dataclass(frozen=True)
class Reading:
    """One way to read a claim: the resolved claim to check, what it reads and why."""

    label: str  # "the article's day, 2001-01-03"
    why: str  # the words or rule that make it plausible
    rc: ResolvedClaim
    near: bool = True  # False for a day far from the article's: it may bear a claim out, but a
    # near miss on it ("imprecise") is a coincidence, not a reading


def full_date(t: TimeExpr) -> pd.Timestamp | None:
    """The calendar day a time phrase names in full ("March 9, 2009"), or None (a weekday, a month,
    an impossible date)."""
    if not (t.year and t.month and t.day):
        return None
    try:
        return pd.Timestamp(t.year, t.month, t.day)
    except ValueError:
        return None


@dataclasses.dataclass
class ArticleContext:
    """What the other claims of the article say: the days it dates and who each sentence names."""

    days: tuple[pd.Timestamp, ...] = ()  # the sessions the article's claims date, in text order
    subjects: dict[int, tuple[str, ...]] = dataclasses.field(default_factory=dict)  # by sentence
    sentences: tuple[str, ...] = ()  # the claims' sentences, for the days they name (lazily)
    published: pd.Timestamp | None = None
    doc: Document | None = None  # the normalised article the claims' offsets point into

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [] if self.doc is None else [sp.start for sp in self.doc.sentences]

    def sentence_before(self, start: int) -> str:
        """The article's sentence (as the normaliser split it) just before the one that starts at
        ``start``, a claim's sentence, claims or not; "" for the first sentence or with no
        article. Read only when a claim needs another reading."""
        before = self.sentences_before(start, 1)
        return before[0] if before else ""

    def sentences_before(self, start: int, n: int) -> list[str]:
        """The ``n`` sentences (fewer at the article's start) just before the one that starts at
        ``start``, nearest first."""
        if self.doc is None:
            return []
        i = bisect.bisect_left(self._sentence_starts, start)
        return [self.doc.sentences[k].slice(self.doc.text) for k in range(i - 1, max(-1, i - 1 - n), -1)]

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
                if t.kind is TimeKind.DAY:
                    day = full_date(t)
                    if day is None:
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

    @functools.cached_property
    def lead_periods(self) -> tuple[TimeWindow, ...]:
        """The periods the article's opening sentences name and the publication day closes or
        falls in ("Here's how U.S. stocks did in Q3 2025", "Stocks had their best week of the year"):
        the span a review of that period speaks of when a figure names no day."""
        from capscope.claims.model import TimeKind
        from capscope.claims.resolve import resolve_time
        from capscope.claims.timexpr import find_times

        if self.doc is None or self.published is None:
            return ()
        out: list[TimeWindow] = []
        for span in self.doc.sentences[:_LEAD_SENTENCES]:
            for t in find_times(span.slice(self.doc.text)):
                if t.kind not in (TimeKind.QUARTER, TimeKind.MONTH, TimeKind.WEEK, TimeKind.YEAR):
                    continue
                w = resolve_time(t, self.published)
                if (w is not None and w.ok and w.day is None and w.start is not None and w.end is not None
                        and w.start <= self.published <= w.end + WEEK
                        and all(o.start != w.start or o.end != w.end for o in out)):
                    out.append(w)
        return tuple(out)

    @functools.cached_property
    def reports_a_close(self) -> bool:
        """Whether a sentence of the article reports a close ("closed down 2.9%", "ended at"):
        then the story was written after a close, and its to-date figures run to that close."""
        return any(_A_CLOSE.search(s) for s in self.sentences)

    @classmethod
    def of(cls, resolved: list[ResolvedClaim], doc: Document | None = None) -> ArticleContext:
        days: list[pd.Timestamp] = []
        subjects: dict[int, list[str]] = {}
        sentences: dict[int, str] = {}
        for rc in resolved:
            sentences.setdefault(rc.claim.sentence_span.start, rc.claim.sentence)
            w = rc.time
            if w is not None and w.ok and w.day is not None and w.day not in days:
                days.append(w.day)
            # the instruments a sentence names: its claims' subjects, then what they are set
            # against ("double the falloff in the S&P 500")
            for sym in (rc.subject.symbol, rc.comparison.symbol if rc.comparison is not None else None):
                if sym:
                    row = subjects.setdefault(rc.claim.sentence_span.start, [])
                    if sym not in row:
                        row.append(sym)
        pub = next((rc.published for rc in resolved if rc.published is not None), None)
        return cls(tuple(days), {k: tuple(v) for k, v in subjects.items()},
                   tuple(sentences.values()), pub, doc)


# a close reported: "closed 0.6% below", "ended at", "to close at 1,498.11", "settled higher"
_A_CLOSE = re.compile(r"\b(?:closed|ended|finished|settled)\b|\b(?:to|at\s+the)\s+close\b", re.I)

# a window the sentence opens from an event or extreme capscope cannot place in time
OPEN_WINDOW = re.compile(
    r"\bsince\s+(?:the|its|their|a|an|last\s+week's|that)\b(?!\s+(?:start|beginning|end)\b)|"
    r"\bpeak[- ]to[- ]trough\b|\bfrom\s+(?:the|its|their)\s+(?:\w+\s+){0,2}"
    r"(?:peak|high|low|trough|bottom|top)s?\b|\bin\s+the\s+(?:\w+\s+)?(?:sessions?|days?|weeks?)\s+"
    r"since\b|\b(?:in|over)\s+the\s+(?:first|last|past)\s+(?:\w+\s+)?(?:sessions?|days?|"
    r"trading\s+days?)\b|\blater\b|\bafter\s+(?:the|its)\b|\bsince\s+then\b|"
    r"\b(?:beginning|starting)\s+(?:in|on)\b|\bover\s+(?:\w+\s+)?(?:sessions|days|weeks|months)\b|"
    r"\b(?:stretch|span|period|run|streak|spell)\s+(?:in|during|over)\s+which\b", re.I)

# (or a clause of its own with its verb: "to 1,792.34 after Oracle reported better-than-expected
# earnings late Tuesday": Tuesday is the report's; and a clause of five words or more opened by a
# conjunction: "notching fresh record highs as investors piled into bets on what looks like an
# inevitable rate cut at Wednesday's policy meeting": Wednesday is the meeting's)
_BETWEEN_CLAIM_AND_TIME = re.compile(r"[,;(]|\d|\b(?:after|as|when|because|while|since)\s+(?:[\w&.'-]+\s+){1,4}?"
                                     r"(?:said|reported|announced|released|posted|issued|showed)\b|"
                                     r"\b(?:as|while|amid|because)\s+(?:[\w&.'-]+\s+){5,}", re.I)
# digits inside an index's name are not another figure ("the Russell 2000", "S&P 500")
_NAMED_NUMBER = re.compile(r"\b(?:Russell|S&P|Nasdaq|Wilshire|Stoxx|FTSE|DAX|Nikkei|SmallCap|MidCap)"
                           r"\s*\d+", re.I)
# a move's own close between the move and its day ("rose 3.5% to 2,263.67 on Tuesday") is the
# same statement, not another clause the day could date
_OWN_LEVEL = re.compile(r"^\s*(?:to\s+(?:close\s+at\s+|end\s+at\s+)?|at\s+)[\d,]+(?:\.\d+)?"
                        r"(?=\s*(?:(?:on|in)\b|$))", re.I)
# the same move restated right after it ("jumped 1,200 points, or 1.8%, on Tuesday"): one figure
# with two units, so a time after both dates each
_RESTATED = re.compile(r"^\s*,?\s*or\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?[-+]?\d[\d,.]*\s*"
                       r"(?:%|percent|per\s*cent|points?)", re.I)


_APPOSITIVE = re.compile(r",\s*(?:its|their|the|an?)", re.IGNORECASE)
# a sentence's opening phrase: a preposition, at most six words without a figure, then a comma
_OPENING_PHRASE = re.compile(r"\s*(?:In|During|Over|For|Through|Throughout|Since|On|By|After|From|Measured\s+from)\b"
                             r"[^,;.\d%]{0,60}(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?)?[^,;.%]{0,40},")


def detached_time(rc: ResolvedClaim) -> bool:
    """Whether the claim's time phrase may date another part of its sentence: a comma, a bracket
    or another number stands between the claim's words and the phrase."""
    t = rc.claim.time
    c = rc.claim
    if t is None or t.span is None or c.details.get("source") == "table" \
            or c.details.get("time_from") == "list" or c.details.get("dated_by") == "when":
        return False  # a table row's date cell dates every figure of the row; a listed figure
        # ("against 24% for the S&P") takes the time of the move it is listed with; a move after
        # a dated ", when" is that time's
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
        gap = _OWN_LEVEL.sub("", _RESTATED.sub("", gap))
    if c.details.get("restates") and t.span.end <= c.span.start and re.fullmatch(r",?\s*(?:or|\()", gap.strip()):
        return False  # "lost 40.74 points Thursday, or 2.5 percent": the day dates the figure the
        # percent restates, so it dates the percent too
    if gap.strip() in ("", ",") or _APPOSITIVE.fullmatch(gap.strip()):
        return False  # "..., on Wednesday" right after the claim's words dates them; so does
        # the day before an appositive: "fell 9.7 percent on Friday, its second-biggest drop"
    return bool(_BETWEEN_CLAIM_AND_TIME.search(_NAMED_NUMBER.sub("", gap)))


def on_day(rc: ResolvedClaim, day: pd.Timestamp) -> ResolvedClaim:
    """``rc`` read at one session with no time phrase of its own (a change read as that
    session's move)."""
    claim = rc.claim
    if claim.kind is ClaimKind.PERIOD_RETURN:
        claim = dataclasses.replace(claim, kind=ClaimKind.DAY_MOVE)
    return dataclasses.replace(rc, claim=claim, time=None, anchor=day)


