"""Article text -> typed claims: the public entry of the claim checker's front half.

:func:`extract_claims` normalises the text, finds the publication date when it is not given
(:func:`find_published_date`), and runs the grammar (:mod:`capscope.claims.grammar`) over every
sentence with the entities and times already found. Relative times ("on Tuesday", "last month")
are resolved against the publication date; without one they stay unresolved and each affected
claim carries a flag saying so, never a silent guess.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
import time

from capscope.claims._spans import ascii_lower
from capscope.claims.entities import find_mentions, first_mention
from capscope.claims.grammar import RULES, ArticleState, SentenceContext
from capscope.claims.grammar.closures import CLOSED, market_closures
from capscope.claims.grammar.gaps import changes_of
from capscope.claims.grammar.live import looks_live, reports_the_close
from capscope.claims.grammar.signs import CLOSED_SIGN, SIGN_FOR_PERIOD, day_signs, period_signs
from capscope.claims.inline_tables import inline_table_claims
from capscope.claims.model import Claim, Mention, Span, TimeExpr, TimeKind
from capscope.claims.normalize import Document, normalize
from capscope.claims.quantities import find_quantities
from capscope.claims.tables import table_claims
from capscope.claims.timewindows import MONTH_NUM, resolve_time
from capscope.claims.timexpr import DATE_WORDS, MON_ABBR, find_times, is_dateline, parse_loose_date

MAX_SENTENCE = 2000  # longer "sentences" are scraping debris (tables, code): cut, not parsed whole
# A sentence worth parsing has a digit or one of these words, in any case.
_SIGNAL_WORDS = ("record", "all-time", "highest", "lowest", "streak", "straight", "consecutive", "in a row", "triple",
                 # "sank to a six-year low Monday": a look-back high or low written in words
                 "-year high", "-year low", "-month high", "-month low", "-week high", "-week low",
                 "decade high", "decade low", "closing high", "closing low",
                 # "ending a three-day slide", "After a two-week slide": a run named by its move
                 "-day", "-session", "-week",
                 "double", "twice", "half", "quarter", "factor", "outperform", "underperform", "lag", "trail",
                 "beat", "think", "believe", "expect", "poised", "looking", "typically", "tend", "should",
                 "could", "view", "bullish", "bearish", "correction", "bear", "fomc", "federal reserve",
                 "central bank", "biggest", "worst", "best", "largest", "steepest", "sharpest", "strongest",
                 "weakest", "most since",
                 # "up in six of the past eight weeks": a tally written in words
                 "of the past", "of the last", "of its past", "of its last")
_SIGNAL_RE = re.compile(r"\d|" + "|".join(re.escape(w) for w in _SIGNAL_WORDS) + r"|\bfed\b|\brates?\b",
                        re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_SIGNAL_WHOLE_WORDS = re.compile(r"\bfed\b|\brates?\b")


# claims written without a digit or a signal word, each with the rule that reads it: "slipped
# into the red for 2025", "the Nasdaq finished higher" (a side of zero), "markets were closed
# Monday for Labor Day" (a day without a session)
_WORDLESS = ((period_signs, SIGN_FOR_PERIOD), (day_signs, CLOSED_SIGN), (market_closures, CLOSED))


def has_signal(sentence: str) -> bool:
    """True when a sentence may hold a claim: a digit or a signal word, in any case.

    Every sentence of an article pays this gate. On ASCII text it runs as substring tests on the
    lower-cased sentence (~2 us); one IGNORECASE alternation (``_SIGNAL_RE``) tried each word at
    each position (~15 us). Other text keeps the regex: its case-insensitive matching knows
    look-alikes that ``str.lower`` does not fold (the long s in "\u017ftreak", the Kelvin sign).
    :func:`signal_by_patterns` is the same test without the shortcuts.
    """
    if _DIGIT.search(sentence):
        return True
    low = ascii_lower(sentence)
    if low is None:
        signal = _SIGNAL_RE.search(sentence) is not None
    else:
        signal = any(map(low.__contains__, _SIGNAL_WORDS)) or _SIGNAL_WHOLE_WORDS.search(low) is not None
    # (the gates are open on non-ASCII)
    return signal or any(not rule.gate.rules_out_lowered(low) and rx.search(sentence) is not None
                         for rule, rx in _WORDLESS)


def signal_by_patterns(sentence: str) -> bool:
    """:func:`has_signal` by its patterns alone, with no word gate (the reference the shortcuts
    are tested against)."""
    return _SIGNAL_RE.search(sentence) is not None or any(rx.search(sentence) is not None for _, rx in _WORDLESS)


@dataclasses.dataclass
class Extraction:
    """Claims from one article, with the normalised document and how the date was decided."""

    claims: list[Claim]
    document: Document
    published: dt.date | None
    published_source: str  # "given", "found in text: ...", or "" (none: relative dates unresolved)
    seconds: float = 0.0
    warnings: list[str] = dataclasses.field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "published": self.published.isoformat() if self.published else None,
            "published_source": self.published_source,
            "claims": [c.to_dict() for c in self.claims],
            "warnings": list(self.warnings),
            "removed": list(self.document.removed),
        }


_DATELINE = re.compile(
    r"(?:published|posted|updated|first published)?[:\s]*(?:on\s+)?(?:(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)[a-z]*,?\s+)?"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2})(?:\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:ET|EDT|EST|GMT|UTC|BST|CET)?)?",
    re.IGNORECASE,
)


# a wire dateline opening the story: "CHICAGO, March 3, 2025 --", "NEW YORK (Reuters), Aug. 14, 2019 -",
# "NEW YORK, April 9, 2025 (Reuters) -"
_WIRE_DATELINE = re.compile(
    r"^\s*(?P<words>[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
    r"(?:\s*\([A-Za-z][\w .&-]{1,25}\))?,\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2},?\s+\d{4})(?:\s*\([A-Za-z][\w .&-]{1,25}\))?)\s*(?:--|\u2014|\u2013|-|/|:)")


def _dated_opening(head: str) -> tuple[dt.date | None, str]:
    """A full date that opens the story as its dateline ("October 9, 2009 (FinancialWire) --"):
    the same test (:func:`capscope.claims.timexpr.is_dateline`) that keeps that date from
    dating any claim of the lead."""
    first = next(iter(find_times(head[:120], 0)), None)
    if first is None or first.kind is not TimeKind.DAY or first.start is None or first.year is None \
            or not is_dateline(head, first):
        return None, ""
    return first.start, first.raw.strip()


def find_published_date(text: str) -> tuple[dt.date | None, str]:
    """A publication date the article states about itself, and the words that state it.

    Only self-descriptions count: "Published July 16, 2024", "Updated Tue, Jul 16 2024", a
    dateline with a clock time ("Jul 16, 2024 4:05 PM ET"), a wire dateline opening the story
    ("CHICAGO, March 3, 2025 --", "October 9, 2009 (FinancialWire) --") or page metadata. A date inside the story ("on July 11, 2024
    in New York City") is not a publication date.
    """
    head = text[:5000]
    wire = _WIRE_DATELINE.match(head)
    if wire is not None:
        d = parse_loose_date(wire.group("date"))
        if d is not None:
            return d, wire.group("words").strip()
    opening = _dated_opening(head)
    if opening[0] is not None:
        return opening
    for m in _DATELINE.finditer(head):
        words = m.group(0)
        cue = re.match(r"\s*(?:published|posted|updated|first published)", words, re.IGNORECASE)
        clock = re.search(r"\d{1,2}:\d{2}", words)
        if cue or clock:
            d = parse_loose_date(m.group("date"))
            if d is not None:
                return d, words.strip()
    return None, ""


# "Stocks slumped on Friday, July 19, 2024, as ...": a weekday with its full date in the lead
_LEAD_DAY = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
                       r"(?P<date>(?i:" + DATE_WORDS + r"))")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _dated_lead(doc: Document) -> tuple[dt.date | None, str]:
    """The day a wire lead dates itself by, weekday and full date together ("Stocks slumped on
    Friday, July 19, 2024"): the story is that day's. Both must agree (a weekday that is not the
    date's is a typo, and no date is taken); a date alone in the lead may be any day it recalls."""
    if not doc.sentences:
        return None, ""
    first = doc.text[doc.sentences[0].start:doc.sentences[0].end]
    m = _LEAD_DAY.search(first)
    if m is None:
        return None, ""
    d = parse_loose_date(m.group("date"))
    if d is None or _WEEKDAYS[d.weekday()] != m.group("wd").lower():
        return None, ""
    return d, f"the lead's date: {m.group(0)}"


def extract_article(text: str | bytes, published: dt.date | str | None = None) -> Extraction:
    """Normalise an article and extract every claim (see :func:`extract_claims`)."""
    t0 = time.perf_counter()
    doc = normalize(text)
    source = ""
    warnings: list[str] = []
    if isinstance(published, str):
        from capscope.data.calendar import parse_date

        published = parse_date(published, what="publication date").date()
    if published is not None:
        source = "given"
    else:
        found, words = article_date(doc)
        if found is not None:
            published, source = found, f"found in text: {words[:80]}"
        else:
            warnings.append("no publication date given or found: relative dates stay unresolved "
                            "(pass --published YYYY-MM-DD)")
    claims = extract(doc, published)
    if any("unresolved time" in f for c in claims for f in c.flags) and published is None:
        warnings.append("some claims name relative dates that cannot be resolved without a publication date")
    return Extraction(claims, doc, published, source, time.perf_counter() - t0, warnings)


def article_date(doc: Document) -> tuple[dt.date | None, str]:
    """The publication date the article states itself (a page's date field, a dateline or a
    byline, a dated lead) and the words that give it, or (None, "")."""
    found, words = None, ""
    if doc.published_in_text:
        found, words = parse_loose_date(doc.published_in_text), doc.published_in_text
    if found is None:
        found, words = find_published_date(doc.source if not doc.was_html else doc.text)
    if found is None:
        found, words = _dated_lead(doc)
    return found, words


def extract(doc: Document, published: dt.date | None = None) -> list[Claim]:
    """Claims of an already normalised document (no date search: pass ``published``)."""
    # live coverage ("in afternoon trading") anywhere makes its figures for the day mid-session ones
    state = ArticleState(published=published, live=looks_live(doc.text))
    claims, tables = table_claims(doc.text)
    inline, inline_tables = inline_table_claims(doc.text, published)
    claims, tables = claims + inline, tables + inline_tables
    for span in doc.sentences:
        if any(t.start <= span.start < t.end for t in tables):
            continue  # a table row: read cell by cell by capscope.claims.tables
        claims.extend(_sentence_claims(doc.text, span, state))
    if tables:
        claims.sort(key=lambda c: c.span.start)
    return claims


def extract_claims(text: str | bytes, published: dt.date | None = None) -> list[Claim]:
    """Every checkable (and every opinion) claim in an article, in reading order.

    ``published`` resolves relative dates; when None, a date the article states about itself is
    used, else relative dates stay unresolved and flagged. Raises BadInput for unusable input.
    """
    return extract_article(text, published).claims


_HEADING = re.compile(r"^\s*(?P<words>[A-Za-z][\w ,'-]{1,38}?)\s*:\s*$")
_LEADING_HEADING = re.compile(r"^\s*(?P<words>[A-Za-z][\w ,'-]{1,38}?)\s*:\s+(?=[A-Za-z])")


_MONTH_WORD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\b")
# what every month name contains (a substring test before the scan: most sentences name none)


def _names_a_month(sentence: str) -> bool:
    """``_MONTH_WORD.search(sentence)``, skipped when no month's first three letters occur."""
    return any(map(sentence.__contains__, MON_ABBR)) and _MONTH_WORD.search(sentence) is not None


def _remember_periods(sentence: str, times: list[TimeExpr], state: ArticleState) -> None:
    """Keep the last calendar month (and week ended on a day) named, for a later "for the month"
    ("for the week"); see ArticleState."""
    for t in times:
        if t.kind is TimeKind.WEEK and t.part == "ended":
            state.last_week = resolve_time(copy.copy(t), state.published)
    months = [t for t in times if t.kind is TimeKind.MONTH and t.anchor != "since"]
    if not months:
        # a bare month name as a subject ("November was a banner month"), not a day ("November 5")
        if not _names_a_month(sentence):
            return
        taken = [(t.span.start, t.span.end) for t in times if t.span is not None]
        for m in _MONTH_WORD.finditer(sentence):
            if re.match(r"\s*\d", sentence[m.end():m.end() + 3]) or any(a <= m.start() < b for a, b in taken):
                continue
            months.append(TimeExpr(m.group(0), TimeKind.MONTH, month=MONTH_NUM[m.group(0).lower()], relative=True))
    for t in months:
        state.last_month = resolve_time(copy.copy(t), state.published)


def _section_heading(sentence: str, offset: int, state: ArticleState) -> bool:
    """A heading line that dates the lines under it ("For the week:", "On Friday:", "Year to
    date:"), as wire services print index tables. Sets the section time; True when it was one."""
    if not sentence.rstrip().endswith(":"):  # every heading does; a regex match costs more
        return False
    m = _HEADING.match(sentence)
    return m is not None and _heading_time(m.group("words"), offset + m.start("words"), state)


def _leading_heading(sentence: str, offset: int, state: ArticleState) -> None:
    """The same heading run into its first line, as a page that lost the table's line breaks
    prints it: "For the week: The Dow is down 118.47 points ... The S&P 500 is down 16.57
    points": the heading dates the lines after it too, not only its own."""
    m = _LEADING_HEADING.match(sentence) if ":" in sentence[:42] else None
    if m is not None and not _heading_time(m.group("words"), offset + m.start("words"), state):
        state.section_time = None  # another heading ("Bottom line:") ends the section before


# a table's heading may name the period alone: "The week: S&P 500 up 67.90 points"
_BARE_PERIOD = re.compile(r"^\s*the\s+(?:week|month|quarter|year)\s*$", re.IGNORECASE)


def _heading_time(words: str, offset: int, state: ArticleState) -> bool:
    """Set the section time when a heading's words are one time phrase, nearly all of them."""
    bare = _BARE_PERIOD.match(words) is not None
    times = find_times(f"For {words}" if bare else words, offset)
    if len(times) != 1 or len(times[0].raw) < len(words.strip()) - 4:
        return False
    t = times[0]
    if bare:  # read as "For the week", quoted as written
        t.raw, t.span = words.strip(), Span(offset, offset + len(words.strip()))
    resolve_time(t, state.published)
    state.section_time = t
    return True


_URL = re.compile(r"(?:https?://|www\.)\S+")


def _outside_urls(claims: list[Claim], sentence: str, offset: int) -> list[Claim]:
    """Claims not read out of a web address ("/russell-2000-reaches-all-time-high/" is a slug)."""
    urls = [(offset + m.start(), offset + m.end()) for m in _URL.finditer(sentence)]
    return [c for c in claims if not any(a <= c.span.start < b for a, b in urls)]


# an embedded post's signature: "pic.twitter.com/... - Bespoke (@bespokeinvest) July 11, 2024"
_POST_DATE = re.compile(r"\(@\w{1,30}\)\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
                        r"\d{1,2},\s+\d{4})\s*$")


def _sentence_claims(text: str, span: Span, state: ArticleState) -> list[Claim]:
    s, e = span.start, min(span.end, span.start + MAX_SENTENCE)
    sentence = text[s:e]
    post = _POST_DATE.search(sentence) if "(@" in sentence else None
    posted = parse_loose_date(post.group("date")) if post else None
    if posted is not None and posted != state.published:
        # an embedded post speaks of its own day: "Today: R2K up 3.35%" posted July 11 means July 11
        published, state.published = state.published, posted
        try:
            return _sentence_claims_on(text, s, e, sentence, state)
        finally:
            state.published = published
    return _sentence_claims_on(text, s, e, sentence, state)


_PRONOUN_REF = re.compile(r"(?:it|its|it's|the\s+index|the\s+benchmark|the\s+gauge)", re.I)


def _nearest_antecedent(ref: Mention, names: list[Mention], start: int) -> Mention:
    """"The S&P 500 looked even worse: it was down nearly 57%": a pronoun after the name that
    opens its own sentence (its subject) means that name, not the article's earlier subject. A
    name further in ("It has lagged the S&P 500 ...: last year it rose 16%") is an object and
    changes nothing."""
    if ref.span is None or not _PRONOUN_REF.fullmatch(ref.raw.strip()):
        return ref
    opening = next((n for n in names if (n.symbol or n.via == "unknown instrument") and n.span is not None
                    and n.span.start - start <= _SUBJECT_REACH and n.span.end <= ref.span.start),
                   None)
    if opening is None:
        return ref
    if opening.symbol is None:
        # "IBM ... is the Dow's highest-priced issue; it's down 1.6%": a company capscope lacks
        return dataclasses.replace(ref, symbol=None, generic=False, via="unknown instrument")
    return dataclasses.replace(ref, symbol=opening.symbol, generic=opening.generic,
                               via=f"reference: {ref.raw} -> {opening.raw.strip()} (same sentence)")


_SUBJECT_REACH = 8  # "The ", "Shares of the ": how far into a sentence its subject may begin


def _sentence_claims_on(text: str, s: int, e: int, sentence: str, state: ArticleState) -> list[Claim]:
    if _section_heading(sentence, s, state):
        return []
    _leading_heading(sentence, s, state)
    if not has_signal(sentence):
        if _names_a_month(sentence):
            _remember_periods(sentence, find_times(sentence, s), state)
        state.section_time = None  # prose (no digit): a heading's time does not reach past it
        # still remember who the sentence is about, for "it" and "the index" later; a sentence
        # naming several instruments without a figure ("more pain for the S&P 500, the Dow or the
        # Nasdaq, but worse for the Russell 2000") says no one of them is the subject
        first = first_mention(sentence, s, sole=True)
        if first is not None:
            state.tracker.observe(first, subject=True)
        return []
    names = find_mentions(sentence, s)
    times = [t for t in find_times(sentence, s)  # "Russell 2000" is a name, not the year 2000
             if not any(n.span.start <= t.span.start < n.span.end for n in names)]
    skip = [(x.span.start - s, x.span.end - s) for x in (*times, *names) if x.span]
    times = [t for t in times if not is_dateline(sentence, t, s)]  # no claim's day, no figure
    _remember_periods(sentence, times, state)
    quantities = find_quantities(sentence, s, skip)
    # (a reference right before a name describes it: "the benchmark 10-year Treasury note")
    refs = [_nearest_antecedent(r, names, s) for r in state.tracker.references(sentence, s)
            if not any(n.span.start <= r.span.start < n.span.end or 0 <= n.span.start - r.span.end <= 1
                       for n in names)]
    ctx = SentenceContext(sentence, s, quantities, times, names, refs, state)
    for rule in RULES:
        rule(ctx)
    if state.live and reports_the_close(sentence):
        # "... the S&P 500 closed down 2.9%": the story has reached the close; later figures
        # without a live cue of their own are closes again
        state.live = False
    claims = sorted(ctx.claims, key=lambda c: c.span.start)
    if "://" in sentence or "www." in sentence:
        claims = _outside_urls(claims, sentence, s)
    state.last_changes = changes_of(claims)
    days = [t.end for t in (ctx.resolve(t) for t in times) if t.kind in (TimeKind.DAY, TimeKind.WEEKDAY)
            and t.start is not None and t.start == t.end]
    if days:
        state.prev_day = max(days)
    # remember what the sentence was about: its subject first, then the other names
    subjects = [c.subject for c in claims if c.subject is not None and c.subject.symbol]
    for m in names:
        state.tracker.observe(m)
    first = subjects[0] if subjects else next(
        (m for m in sorted(names + refs, key=lambda m: m.span.start) if m.symbol), None)
    if first is not None and (subjects or len({m.symbol for m in names if m.symbol}) <= 1):
        # (a sentence with no claim naming several instruments has no one subject)
        state.tracker.observe(first, subject=True)
    return claims


__all__ = ["Extraction", "article_date", "extract", "extract_article", "extract_claims", "find_published_date"]
