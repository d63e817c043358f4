"""Verification: a resolved claim in, a verdict with evidence out.

"A claim is just a statistic with an expected value" (DESIGN.md): each kind has one verifier in
:mod:`capscope.claims.verifiers` that calls the statistic's function and compares. Opinions are
``not_checkable``. A verifier that fails unexpectedly does not sink the whole article: that one
claim is reported ``unverifiable`` with the error named, so the rest of the report stands.
"""

from __future__ import annotations

import dataclasses
import operator
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from capscope.claims.gates import gate
from capscope.claims.lexicon import VENDOR_LEVEL_SHARE
from capscope.claims.model import BOUNDS, CheckedClaim, ClaimKind, Verdict
from capscope.claims.readings import ArticleContext, Reading, alternatives, infirm, session_window
from capscope.claims.readings.corroboration import neighbours, pair_fits_elsewhere
from capscope.claims.readings.licence import unlicensed
from capscope.claims.readings.misdated import withhold_misdated
from capscope.claims.resolve import ResolvedClaim

if TYPE_CHECKING:
    from capscope.claims.normalize import Document
from capscope.claims.verifiers import VERIFIERS
from capscope.claims.verifiers._base import inside_a_session, memo_scope
from capscope.errors import CapscopeError

_DECIDED = (Verdict.SUPPORTED, Verdict.UNVERIFIABLE, Verdict.NOT_CHECKABLE, Verdict.FORECAST)


def verify(rc: ResolvedClaim, ctx: ArticleContext | None = None) -> CheckedClaim:
    """The verdict for one resolved claim, decided over its plausible readings.

    The rule is :mod:`capscope.claims.readings`': the resolver's reading first; when it neither
    supports nor is undecidable, every other reading the text supports is checked, and the
    claim is contradicted only when all of them contradict it (unverifiable when the text leaves
    open a reading capscope cannot measure). The explanation names the reading used.
    """
    first = _verify(rc)
    # the first reading could not be placed (a time phrase after publication, a window's day), or
    # found an exact figure inside the session's range (a mid-session price, unless a reading the
    # text supports bears it out to its rounding: "Weekly performance: Dow -145 points"; a bound,
    # "more than 2%", fits some reading of any story): another reading may bear the claim out,
    # never refute it
    if first.verdict is Verdict.UNVERIFIABLE and (
            _unresolved(rc)
            or inside_a_session(first) and all(q.hedge not in BOUNDS for q in rc.claim.quantities)):
        found = _first_supporting(alternatives(rc, ctx or ArticleContext()))
        if found is None:
            return first
        reading, alt = found
        alt.claim = rc.claim
        alt.explanation = (f"read as {reading.label} ({reading.why}): {alt.explanation}; "
                           f"as first read: {first.explanation}")
        return alt
    if first.verdict in _DECIDED:
        return first
    best, used, traded = first, None, None
    for reading in alternatives(rc, ctx or ArticleContext()):
        alt = _verify(reading.rc)
        if alt.verdict is Verdict.SUPPORTED:
            best, used = alt, reading
            break
        if traded is None and reading.near and inside_a_session(alt):
            traded = (reading, alt)  # a mid-session price on that reading: not refuted there
        if (alt.verdict is Verdict.IMPRECISE and best.verdict is Verdict.CONTRADICTED
                and reading.near and not _other_days_level(rc, reading, alt)):
            best, used = alt, reading
    if used is not None:
        best.claim = rc.claim
        best.explanation = (f"read as {used.label} ({used.why}): {best.explanation}; as first "
                            f"read ({_describe(rc)}): {first.verdict.value}")
        return best
    if first.verdict is Verdict.CONTRADICTED and traded is not None:
        # "contradicted" only when every plausible reading refutes it: on this one the figure is a
        # price the session traded through ("to 4,566.33" in a midday story of the day before)
        reading, alt = traded
        return _ambiguous(rc, first, f"read as {reading.label} ({reading.why}), the figure is inside that "
                                     f"session's range: {alt.explanation}", "the time of day the figure was taken")
    if first.verdict is Verdict.CONTRADICTED:
        why = infirm(rc, first)
        if why is not None:
            return _ambiguous(rc, first, why, f"a firm reading ({why})")
        # before the alarm, the readings next to this one (readings.corroboration)
        fit = _first_supporting(neighbours(rc, ctx or ArticleContext()))
        if fit is not None:
            reading, alt = fit
            return _ambiguous(rc, first, f"the figure holds for {reading.label} ({reading.why}: {alt.explanation})",
                              "a reading that tells the two apart")
        elsewhere = pair_fits_elsewhere(rc, ctx or ArticleContext())
        if elsewhere is not None:
            return _ambiguous(rc, first, elsewhere, "the session the figures are from")
        why = unlicensed(rc, first)
        if why is not None:
            return _ambiguous(rc, first, why, "a check by hand of the reading")
    return first


def _ambiguous(rc: ResolvedClaim, first: CheckedClaim, why: str, missing: str) -> CheckedClaim:
    """Unverifiable instead of an alarm: ``why`` another reading stands, and what was read first."""
    return CheckedClaim(claim=rc.claim, verdict=Verdict.UNVERIFIABLE, evidence=first.evidence,
                        explanation=f"ambiguous: {why}; as read ({_describe(rc)}): {first.explanation}",
                        missing=missing)


def _first_supporting(readings: Iterable[Reading]) -> tuple[Reading, CheckedClaim] | None:
    """The first of ``readings`` (checked in order, lazily) that supports the claim, with its
    verdict, or None."""
    for reading in readings:
        alt = _verify(reading.rc)
        if alt.verdict is Verdict.SUPPORTED:
            return reading, alt
    return None


def _other_days_level(rc: ResolvedClaim, reading: Reading, alt: CheckedClaim) -> bool:
    """Whether ``reading`` puts a stated close on another session: a level matches its day to the
    cent or not at all, so another day's close near it is a coincidence, not a reading (and
    "should read" it would send the editor to the wrong figure). A close cut off at its stated
    digits ("to 46,734" for 46,734.61) is that day's close truncated, not a coincidence."""
    if rc.claim.kind is not ClaimKind.CLOSE_LEVEL or reading.rc.anchor == rc.anchor:
        return False
    q = next((q for q in rc.claim.quantities if q.unit is not None), None)
    found = next((e.found for e in alt.evidence if isinstance(e.found, (int, float))), None)
    if q is None or found is None:
        return True
    if abs(float(found) - q.value) <= VENDOR_LEVEL_SHARE * abs(float(found)):
        return False  # "to close at 2,291.91" for 2,291.86: the same close by another vendor's count
    return not 0 <= float(found) - q.value < 10.0 ** -(q.decimals or 0)


def _unresolved(rc: ResolvedClaim) -> bool:
    """Whether the first reading could not place a one-session claim: a past fact dated after
    publication ("a new all-time closing high ... ahead of next week's meeting": the phrase
    dates another clause), or a month that dates it ("surged past 50 in August 2015": one of its
    sessions). A stated day that is no session (a holiday) is reported as it is, never moved."""
    return (rc.time is not None and not rc.time.ok and rc.time.forward) or session_window(rc)


def _describe(rc: ResolvedClaim) -> str:
    if rc.claim.kind is ClaimKind.MARKET_CLOSED and rc.claim.details.get("day"):
        return f"NYSE calendar, {rc.claim.details['day']}"
    sym = rc.subject.symbol or "?"
    if rc.time is not None:
        return f"{sym}, {rc.time.describe()}"
    return f"{sym}, {rc.anchor.date() if rc.anchor is not None else 'undated'}"


def _verify(rc: ResolvedClaim) -> CheckedClaim:
    c = rc.claim
    if not c.checkable:
        cue = c.details.get("cue", "")
        return CheckedClaim(claim=c, verdict=Verdict.NOT_CHECKABLE,
                            explanation="an opinion or view: nothing to measure"
                                        + (f" ('{cue}')" if cue else ""))
    gated = gate(rc)  # not an assertion of a present fact, or a measure capscope has no data for
    if gated is not None:
        return gated
    fn = VERIFIERS.get(c.kind)
    if fn is None:
        return CheckedClaim(claim=c, verdict=Verdict.UNVERIFIABLE,
                            explanation=f"no verifier for claims of kind {c.kind.value}",
                            missing=f"a statistic for {c.kind.value}")
    try:
        return fn(rc)
    except CapscopeError as exc:
        return CheckedClaim(claim=c, verdict=Verdict.UNVERIFIABLE,
                            explanation=f"cannot check: {exc.one_line()}",
                            missing=exc.one_line())
    except Exception as exc:  # noqa: BLE001 - one broken check must not hide the others
        return CheckedClaim(claim=c, verdict=Verdict.UNVERIFIABLE,
                            explanation=f"internal error while checking: "
                                        f"{type(exc).__name__}: {exc}",
                            missing="a working check (internal error)")


#: Claims verified per run; beyond it (a scraped page of tables, a 10 MB paste) the rest are
#: reported unverifiable so a run stays bounded in time.
MAX_CLAIMS = 2000


_BY_KEY = operator.itemgetter(0)


def _signature(rc: ResolvedClaim) -> tuple:
    """Everything a verdict depends on: two claims equal here get the same verdict."""
    c = rc.claim
    t, s, details = rc.time, rc.since, c.details
    return (
        c.kind, c.text.lower(), c.direction, c.hedge, rc.subject.symbol,
        None if rc.comparison is None else rc.comparison.symbol,
        None if t is None else (t.describe(), t.spec, t.on, t.label),
        None if s is None else (s.describe(), s.label),
        rc.published, rc.anchor, c.sentence_span.start, repr(sorted(details.items(), key=_BY_KEY)) if details else "[]",
        tuple([(q.value, q.unit, q.hedge, q.decimals, q.sign, q.role, q.word, q.high)
               for q in c.quantities]),
    )


def _repeated(resolved: list[ResolvedClaim]) -> list[bool]:
    """Per claim, whether another claim of the list has its kind and (case-folded) words: only
    those can share a signature (both are part of it), so only they need one."""
    first = [(rc.claim.kind, rc.claim.text.lower()) for rc in resolved]
    counts = Counter(first)
    return [counts[k] > 1 for k in first]


def verify_all(resolved: list[ResolvedClaim], doc: Document | None = None) -> list[CheckedClaim]:
    """Verdicts for an article's claims; a repeated claim is checked once (same verdict).
    ``doc`` is the normalised article the claims' offsets point into (the readings look at the
    sentence before a claim's)."""
    out: list[CheckedClaim] = []
    seen: dict[tuple, CheckedClaim] = {}
    repeated = _repeated(resolved[:MAX_CLAIMS])
    ctx = ArticleContext.of(resolved[:MAX_CLAIMS], doc)
    with memo_scope():
        for i, rc in enumerate(resolved):
            if i >= MAX_CLAIMS:
                out.append(CheckedClaim(
                    claim=rc.claim, verdict=Verdict.UNVERIFIABLE,
                    explanation=f"not checked: the input holds more than {MAX_CLAIMS} claims",
                    missing=f"a shorter input (at most {MAX_CLAIMS} claims are checked)"))
                continue
            if not repeated[i]:  # no other claim can share its signature
                out.append(verify(rc, ctx))
                continue
            try:
                key = _signature(rc)
                done = seen.get(key)  # hashes the key: an unhashable detail raises here
            except TypeError:
                out.append(verify(rc, ctx))
                continue
            if done is not None:
                out.append(dataclasses.replace(done, claim=rc.claim))
                continue
            done = verify(rc, ctx)
            seen[key] = done
            out.append(done)
        out = withhold_misdated(resolved[:MAX_CLAIMS], out, _verify)
    return out


__all__ = ["verify", "verify_all"]
