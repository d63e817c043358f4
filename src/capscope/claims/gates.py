"""The assertion gate and the measure gate: claims that must never be judged against prices.

A figure in an article is checked against the data only when the article asserts it as a fact
about a price series capscope holds. Two kinds of claims fail that test however well their
numbers parse, and both are decided here, on the claim's own clause, before any statistic runs:

* **Not an assertion of a present fact** (``not_checkable``, or ``forecast`` for a projection
  that states when): conditionals and hypotheticals ("a close above 250 would be its first record
  since 2021"), "on track/on pace for", generic statements and rules of thumb ("small caps tend
  to lag"), market-implied odds stated as pricing ("futures price a September cut as near
  certain"), hopes and expectations ("hopes of lower rates"), reported forecasts ("strategists
  expect", "sees the index at") and quoted opinions. A verdict on such a sentence would judge a
  possibility as if it had been stated as a fact: an editor would "correct" right copy.
* **A measure capscope has no data for** (``unverifiable``, naming the measure): valuations,
  earnings, revenues, margins, breadth, fund flows, economic data, sentiment surveys, commodity
  prices, S&P 500 sector indexes (the sector SPDR funds are in the data; the indexes are not), the
  TSX, the dollar, and relative measures ("best week versus the S&P 500"). Read as a price move, "earnings grew 12%" is a
  false alarm about the index.

The words are data, in :mod:`capscope.claims.gate_words`: :data:`ASSERTION_CUES` and
:data:`MEASURES`, each entry a named family with the substrings without which its pattern cannot
match (a sentence pays a substring test before any pattern runs, once: the matches are kept per
sentence, since an article's claims share sentences). :func:`gate` is called once per claim, at the
start of verification (:mod:`capscope.claims.verify`).

Scope: a cue governs only the claims it grammatically covers, so a plain fact beside it keeps its
verdict ("The Russell 2000 rose 1.2% on Tuesday, and a close above 2,300 would be a record").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from capscope.claims._spans import enclosing
from capscope.claims.gate_words import (
    ASSERTION_CUES,
    BARE_SECTOR,
    CAUSE_BREAK,
    CLAUSE_BREAK,
    COMMA,
    CONTAINER_BEFORE,
    HORIZON,
    LEADING_RELATIVE,
    LEADING_SECTOR,
    MEASURES,
    MEMBERS_AFTER,
    MODAL,
    MOVER,
    NEAR,
    PART_BREAK,
    PRICE_SUBJECT,
    QUOTE_MARKS,
    RATIO,
    RELATIVE,
    SECOND_STATEMENT,
    SECTOR_TALK,
    SUPERLATIVE_KINDS,
    Cue,
    Measure,
    Scope,
)
from capscope.claims.grammar.base import lacks_all
from capscope.claims.model import (
    NO_ASSERTION_GATE_KINDS,
    NO_MEASURE_GATE_KINDS,
    CheckedClaim,
    Claim,
    ClaimKind,
    Verdict,
)
from capscope.data.symbols import SECTOR_FUNDS

if TYPE_CHECKING:
    from capscope.claims.resolve import ResolvedClaim

_GENERIC_SCOPES = frozenset({Scope.PART, Scope.CHUNK})  # the rule-of-thumb families
@functools.cache
def _all_needs() -> tuple[str, ...]:
    """Every word a cue, a measure or a relative phrase needs (built on first use)."""
    return tuple({w for c in ASSERTION_CUES for w in c.needs} | {w for m in MEASURES for w in m.needs}
                 | {"versus", "vs", "relative", "compared", "against", "ratio"} | set(SECTOR_TALK))


@functools.lru_cache(maxsize=512)
def _breaks(breaks: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """Where ``breaks`` cuts the sentence (a match with a group "cut" cuts at that group only);
    every claim of a sentence asks again, so the scan is kept per sentence."""
    cut = "cut" in breaks.groupindex
    return tuple(m.span("cut") if cut and m.group("cut") else m.span() for m in breaks.finditer(text))


def _bounds(breaks: re.Pattern[str], text: str, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The stretch of ``text[lo:hi]`` around ``pos`` between two cuts of ``breaks``."""
    return enclosing(_breaks(breaks, text), pos, lo, len(text) if hi is None else hi)


def _part(text: str, pos: int) -> tuple[int, int]:
    return _bounds(PART_BREAK, text, pos)


def _clause(text: str, pos: int) -> tuple[int, int]:
    return _bounds(CLAUSE_BREAK, text, pos, *_part(text, pos))


def _stretch(text: str, pos: int) -> tuple[int, int]:
    return _bounds(CAUSE_BREAK, text, pos, *_clause(text, pos))


def _chunk(text: str, pos: int) -> tuple[int, int]:
    return _bounds(COMMA, text, pos, *_stretch(text, pos))


_QUOTE_ENDS_HERE = re.compile(r"[\"\u201d]\s*,?\s*(?:[A-Z][\w.'-]+\s+){0,4}(?:said|says|wrote|writes|added|noted|told)\b|"
                              r"[\"\u201d]\s*,?\s*(?:he|she|they|analysts?|strategists?)\s+(?:said|says|wrote|added)\b")


def _quotes(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: curly pairs, straight quotes paired in order, and the words
    before a closing mark when the quotation began in an earlier sentence ("... is just
    starting," Lee said.)."""
    out = [(m.start(), m.end()) for m in re.finditer(r"\u201c[^\u201d]*\u201d?", text)]
    out += [(m.start(), m.end()) for m in re.finditer(r"\"[^\"]*\"?", text)]
    close = _QUOTE_ENDS_HERE.search(text)
    if close is not None and not any(a < close.start() < b for a, b in out):  # no opening mark here
        out.append((0, close.start() + 1))
    return out


def _covers(cue: Cue, text: str, m: re.Match[str], s: int, e: int) -> bool:
    """Whether the cue matched at ``m`` governs the claim at text[s:e]."""
    at = m.start()
    if cue.scope is Scope.QUOTE:  # the view covers what the speaker says after it
        return at <= s and any(a <= s < b and a <= at < b for a, b in _quotes(text))
    if s <= at < e:  # the cue stands inside the claim's words
        return True
    if cue.scope is Scope.PART:
        a, b = _part(text, s)
        return a <= at < b
    if cue.scope is Scope.REST:
        # a leading "if" covers the main clause after it; a trailing one the claims between the
        # modal and the "if" ("the index could set a record tomorrow if ..."), not the words before
        a, b = _part(text, at)
        if at <= s < b:
            return True
        modals = [mm.start() for mm in MODAL.finditer(text, a, at)]
        return bool(modals) and modals[-1] <= s < at
    if cue.scope is Scope.CHUNK:
        a, b = _chunk(text, at)
        return a <= s < b
    if cue.near:
        gap = text[m.end():s]
        return (at <= s <= m.end() + NEAR and PRICE_SUBJECT.search(gap) is None
                and MOVER.search(gap) is None and not any(ch in gap for ch in ",;:"))
    a, b = _stretch(text, at)
    # AFTER: the claim starts after the cue in its stretch, or is the cue's subject ("A sixth
    # straight gain would be ...": nothing but spaces between the claim and the cue); a second
    # verb joined by "and" is a second statement ("is on pace for its best month and is up 8%")
    if at <= s < b:
        return SECOND_STATEMENT.search(text, m.end(), s) is None
    return a <= s and 0 <= at - e <= 3 and not text[e:at].strip(" ")


@functools.lru_cache(maxsize=128)
def _may_gate(text: str) -> bool:
    """False when no cue or measure can match the sentence (asked once per sentence: an article's
    claims share sentences, and the test reads about a hundred substrings)."""
    return not lacks_all(text, _all_needs())


@functools.lru_cache(maxsize=128)
def _cue_matches(text: str) -> tuple[tuple[Cue, tuple[re.Match[str], ...]], ...]:
    """Every cue family's matches in a sentence, in table order (scanned once per sentence)."""
    out = []
    for cue in ASSERTION_CUES:
        if lacks_all(text, cue.needs) or (cue.scope is Scope.QUOTE and not any(q in text for q in QUOTE_MARKS)):
            continue
        found = tuple(cue.pattern.finditer(text))
        if found:
            out.append((cue, found))
    return tuple(out)


@functools.lru_cache(maxsize=128)
def _measure_matches(text: str) -> tuple[tuple[Measure, tuple[re.Match[str], ...]], ...]:
    """Every measure's matches in a sentence, in table order (scanned once per sentence)."""
    out = []
    for meas in MEASURES:
        if lacks_all(text, meas.needs):
            continue
        found = tuple(meas.pattern.finditer(text))
        if found:
            out.append((meas, found))
    return tuple(out)


def _assertion(c: Claim, text: str, s: int, e: int, studyable: bool = False) -> tuple[Cue, str, bool] | None:
    """The first cue family (table order) that governs the claim, the words matched and whether
    the statement says when it comes due (a horizon in the claim or the cue's clause).
    ``studyable``: a pattern around an event capscope can study, which no rule of thumb stops."""
    for cue, matches in _cue_matches(text):
        for m in matches:
            if cue.scope is Scope.QUOTE:
                if _covers(cue, text, m, s, e):
                    return cue, m.group(0), False
                continue
            if _covers(cue, text, m, s, e):
                if studyable and cue.scope in _GENERIC_SCOPES:
                    break  # "tend to outperform after the first cut": an event study checks it
                a, b = _stretch(text, m.start())
                due = c.time is not None or HORIZON.search(text, min(a, s), max(b, e)) is not None
                return cue, _phrase(text, m), due
    return None


def _phrase(text: str, m: re.Match[str]) -> str:
    """The cue with the words after it, up to five, for the explanation ("if the gains hold")."""
    tail = re.match(r"(?:\s+[\w%.'&/-]+){0,4}", text[m.end():m.end() + 60])
    return (m.group(0) + (tail.group(0) if tail else "")).strip(" ,")




def _own_subject(c: Claim, text: str, s: int) -> int | None:
    """Where the claim's own series is named before its figure, when it is named as the series
    itself: a measure before that name is the cause or the mover ("Financial stocks led the
    Russell 2000 up 3.5%", "Strong bank earnings helped the Dow rise 1.8%"), not the figure's."""
    m = c.subject
    if m is None or m.span is None or m.symbol is None or m.via != "alias":
        return None  # "its", "the index": a reference says nothing about whose figure it is
    start, end = m.span.start - c.sentence_span.start, m.span.end - c.sentence_span.start
    if not 0 <= start < s or MEMBERS_AFTER.match(text, end) or CONTAINER_BEFORE.search(text, 0, start):
        return None
    return start


_AFTER_FIGURE = 25  # "14 times forward earnings": a measure's name right after the figure


def _names_the_figure(text: str, at: int, e: int) -> bool:
    """Whether a measure named at ``at`` can be the figure's own when it comes after the claim's
    words (ending at ``e``): right after it, with no second statement between ("The Dow rose 1.8%
    and oil fell 3%": the oil is the second figure's)."""
    if at < e:
        return True
    return at - e <= _AFTER_FIGURE and not re.search(r"\band\b|[,;]", text[e:at])


# what an index is made of, in an aside ("The Dow, which tracks 30 big industrial companies,
# surged 155 points"): a description of the index, not a measure the figure is of
_WHAT_IT_TRACKS = re.compile(r"\b(?:tracks?|tracking|follows?|measures?|made\s+up\s+of|comprises?|composed\s+of|"
                             r"consists?\s+of|includes?|holds?)\s+(?:(?:the|some|about|roughly|\d[\d,]*|"
                             r"[a-z]+-?\w*)\s+){0,3}$", re.I)


def _measure(rc: ResolvedClaim, text: str, s: int, e: int) -> tuple[str, str, str, str] | None:
    """(measure name, words matched, what is missing, what capscope has) when the claim's figure
    is of a measure capscope has no data for."""
    c = rc.claim
    a, b = _stretch(text, s)
    named = c.subject is not None and c.subject.span is not None and c.subject.symbol is not None
    if named and s <= c.subject.span.start - c.sentence_span.start <= e + 30:
        a = s  # "the new all-time high in the Russell 2000": the claim names its own series
    own = _own_subject(c, text, s)
    for meas, matches in _measure_matches(text):
        for m in matches:
            if (a <= m.start() and m.end() <= b and not (own is not None and m.end() <= own < s)
                    and _names_the_figure(text, m.start(), e)
                    and not _WHAT_IT_TRACKS.search(text, max(0, m.start() - 40), m.start())):
                return meas.name, m.group(0), meas.missing, meas.has
    sym = rc.subject.symbol if rc.subject is not None else None
    mention = c.subject.raw.lower() if c.subject is not None else ""
    # the figure's subject is a sector named as such ("energy stocks", "the group"), not the fund
    # ("XLE", "the Energy Select Sector SPDR") nor a reference that may mean an index ("the index")
    if (sym in SECTOR_FUNDS and not re.search(r"\b(?:x\w{1,3}|spdr|etf|fund)\b", mention)
            and (BARE_SECTOR.search(mention) or re.search(r"\b(?:group|sector)\b", mention))):
        return ("an S&P 500 sector index", c.subject.raw.strip() if c.subject else sym,
                "S&P 500 sector index data", f"the {sym} fund, not the S&P 500 sector index")
    if sym not in SECTOR_FUNDS:
        # a bare sector name beside the figure in a sentence about sectors, or as the subject
        # that opens the figure's chunk ("Communications Services fell 2.5 percent")
        m = BARE_SECTOR.search(text, a, b) if not lacks_all(text, SECTOR_TALK) else None
        m = m if m is not None and _names_the_figure(text, m.start(), e) else None
        if m is None:
            c0 = _chunk(text, s)[0]
            m = LEADING_SECTOR.match(text, c0)
            m = m if m is not None and m.end() <= s else None
        if m is not None:
            return ("an S&P 500 sector index", m.group("sector") if "sector" in m.re.groupindex else m.group(0),
                    "S&P 500 sector index data", "the sector SPDR funds, not the S&P 500 sector indexes")
    if c.kind in SUPERLATIVE_KINDS:
        p0 = _part(text, s)[0]
        m = (RELATIVE.search(text, s, min(len(text), e + 40)) or RATIO.search(text, _stretch(text, s)[0], s)
             or LEADING_RELATIVE.match(text, p0))
        if m is not None:
            return ("a relative measure", m.group(0).strip(), "a relative series (one index against another)",
                    "each index's own prices, and its own record or range says nothing about the ratio")
    return None


_HYPOTHETICAL = "a hypothetical"


def gate(rc: ResolvedClaim) -> CheckedClaim | None:
    """The verdict of a claim the gates stop, or None when it goes on to its verifier.

    Order: a forecast claim is a forecast unless a conditional governs it; then the assertion cues (a conditional claim about
    earnings is not checkable, whatever its measure); then the measures. Market-implied odds
    (``rate_probability``) and opinions have their own verdicts and pass untouched.
    """
    c = rc.claim
    if c.kind in NO_ASSERTION_GATE_KINDS or c.details.get("gain_needed"):
        return None  # ("would need to gain 7% to surpass its record": today's distance, as a condition)
    text = c.sentence
    if c.kind is ClaimKind.FORECAST and not _may_gate(text):
        return _forecast(rc)
    if not _may_gate(text):
        return None
    s = max(0, c.span.start - c.sentence_span.start)
    e = max(s, c.span.end - c.sentence_span.start)
    found = _assertion(c, text, s, e, c.kind is ClaimKind.EVENT_PATTERN and _studyable(rc))
    if c.kind is ClaimKind.FORECAST:
        # "if the index stays where it is by the close, it will have taken ...": a conditional
        # projection is not checkable; any other forecast is a forecast (a "would" in reported
        # speech is the future of the past: "signaled that it would begin raising rates in 2023")
        if found is not None and not found[0].forecast and found[0].family != _HYPOTHETICAL:
            return CheckedClaim(claim=c, verdict=Verdict.NOT_CHECKABLE,
                                explanation=f"not an assertion of a present fact: "
                                            f"{found[0].family} ('{found[1]}')")
        return _forecast(rc)
    if found is not None:
        cue, words, due = found
        if cue.forecast and due:
            return CheckedClaim(claim=c, verdict=Verdict.FORECAST,
                                explanation=f"{cue.family} ('{words}'): a projection is not judged as a fact")
        return CheckedClaim(claim=c, verdict=Verdict.NOT_CHECKABLE,
                            explanation=f"not an assertion of a present fact: {cue.family} ('{words}')")
    if c.kind in NO_MEASURE_GATE_KINDS:
        return None
    measure = _measure(rc, text, s, e)
    if measure is not None:
        name, words, missing, has = measure
        return CheckedClaim(claim=c, verdict=Verdict.UNVERIFIABLE,
                            explanation=f"{name} ('{words}'); capscope has {has}", missing=missing)
    return None


def _studyable(rc: ResolvedClaim) -> bool:
    """Whether the event-pattern verifier can study the claim's event (its own test, so the two
    never disagree)."""
    from capscope.claims.verifiers.patterns import _event

    return _event(rc) is not None


def _forecast(rc: ResolvedClaim) -> CheckedClaim | None:
    """A forecast is reported, never judged: once the data reach its horizon, what happened is
    shown as a note (the evidence stays), but the verdict stays ``forecast``. None when the
    forecast's verifier fails: the verification's own error handling then reports it."""
    from capscope.claims.verifiers import VERIFIERS

    c = rc.claim
    cue = c.details.get("cue", "")
    try:
        out = VERIFIERS[ClaimKind.FORECAST](rc)
    except Exception:  # noqa: BLE001 - re-raised by the verifier's own call, with its handling
        return None
    if out.verdict in (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.IMPRECISE):
        return dataclasses.replace(
            out, verdict=Verdict.FORECAST,
            explanation=f"a forecast ('{cue}'): a projection is not judged as a fact "
                        f"(note, what followed: {out.explanation})")
    return out


__all__ = ["ASSERTION_CUES", "MEASURES", "Cue", "Measure", "Scope", "gate"]
