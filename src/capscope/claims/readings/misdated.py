"""A sentence whose figures all describe another session: the day was misread, not the figures.

"The Dow lost 354 points, or 1.2%, to 30,163" states one session three ways. When none of the
three holds on the day capscope read, but all three hold on a session a few days off, the writer
described a real session and capscope dated the sentence wrong (a lead's day taken from another
clause, a story filed a day or two after the session it reports). Three figures that agree with
each other and with one session's bars to their last digit are no coincidence; a writer's own
slip breaks that agreement, which is why a sentence with one figure that holds on the day read
(and one that does not) is left alone: there the odd figure is the slip.

The search runs only when the sentence's figures are specific enough that a chance fit is
negligible: a close to four or more significant digits, or a change to three (a "1.2%" alone
fits some session of any fortnight). It withholds the alarm (unverifiable, naming the session
that fits); it never makes the claims supported.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from capscope.claims.model import CheckedClaim, ClaimKind, Quantity, TimeKind, Verdict
from capscope.claims.readings.context import on_day
from capscope.claims.resolve import ResolvedClaim

SESSIONS_BEFORE = 10  # a story about a session up to two weeks before the day read
SESSIONS_AFTER = 3
_KINDS = frozenset({ClaimKind.DAY_MOVE, ClaimKind.CLOSE_LEVEL})
_LEVEL_DIGITS = 4  # "to 30,163": one session's close in a fortnight, not two
_CHANGE_DIGITS = 3  # "lost 354 points", "1.37%"


def withhold_misdated(resolved: list[ResolvedClaim], checked: list[CheckedClaim],
                      check: Callable[[ResolvedClaim], CheckedClaim]) -> list[CheckedClaim]:
    """``checked`` with the alarms of every sentence whose day figures all fit another nearby
    session turned unverifiable (``check`` verifies one reading)."""
    out = list(checked)
    done: set[tuple[int, str]] = set()
    for rc, cc in zip(resolved, checked, strict=False):
        if cc.verdict is not Verdict.CONTRADICTED or rc.claim.kind not in _KINDS or not rc.subject.symbol:
            continue
        day = _day(rc)
        key = (rc.claim.sentence_span.start, rc.subject.symbol)
        if day is None or key in done:
            continue
        done.add(key)
        group = [j for j, other in enumerate(resolved[:len(checked)])
                 if other.claim.kind in _KINDS and other.subject.symbol == rc.subject.symbol
                 and other.claim.sentence_span.start == key[0] and _day(other) == day]
        if any(checked[j].verdict is Verdict.SUPPORTED for j in group):
            continue  # the day holds for one figure: the others are the writer's
        if not any(_specific(resolved[j]) for j in group):
            continue
        fit = _fitting_session([resolved[j] for j in group], day, check)
        if fit is None:
            continue
        for j in group:
            if checked[j].verdict is Verdict.CONTRADICTED:
                out[j] = _withheld(resolved[j], checked[j], fit)
    return out


def _day(rc: ResolvedClaim) -> pd.Timestamp | None:
    """The session the claim was read on, when the words do not name it by its date: the
    article's day, "on Monday", "yesterday" (a calendar date, "on July 15", is the writer's)."""
    t = rc.claim.time
    if t is not None and t.kind is TimeKind.DAY and t.month and t.day:
        return None
    w = rc.time
    if w is None:
        return rc.anchor
    return w.day if w.ok else None


def _significant_digits(q: Quantity) -> int:
    digits = f"{abs(q.value):.{max(q.decimals or 0, 0)}f}".replace(".", "").lstrip("0")
    return len(digits)


def _specific(rc: ResolvedClaim) -> bool:
    need = _LEVEL_DIGITS if rc.claim.kind is ClaimKind.CLOSE_LEVEL else _CHANGE_DIGITS
    return any(q.unit is not None and not q.word and _significant_digits(q) >= need
               for q in rc.claim.quantities)


def _fitting_session(group: list[ResolvedClaim], day: pd.Timestamp,
                     check: Callable[[ResolvedClaim], CheckedClaim]) -> pd.Timestamp | None:
    """The nearest session, a few either side of ``day``, on which every figure of ``group``
    holds, a specific one exactly and the others at least to their rounding's band (another
    vendor's close: "to close at 2,291.91" for 2,291.86); sessions after publication excluded."""
    from capscope.data.calendar import previous_session, session_after, session_before

    published = group[0].published
    last = previous_session(published) if published is not None else None
    candidates, d = [], day
    for _ in range(SESSIONS_BEFORE):
        d = session_before(d)
        candidates.append(d)
    d = day
    for _ in range(SESSIONS_AFTER):
        d = session_after(d)
        if last is not None and d > last:
            break
        candidates.append(d)
    for other in sorted(candidates, key=lambda x: abs(x - day)):
        verdicts = [check(on_day(rc, other)).verdict for rc in group]
        # every figure holds there, give or take its rounding, and a specific one exactly
        if all(v in _FITS for v in verdicts) and any(
                v is Verdict.SUPPORTED and _specific(rc) for v, rc in zip(verdicts, group, strict=True)):
            return other
    return None


_FITS = (Verdict.SUPPORTED, Verdict.IMPRECISE)


def _withheld(rc: ResolvedClaim, cc: CheckedClaim, fit: pd.Timestamp) -> CheckedClaim:
    return CheckedClaim(claim=rc.claim, verdict=Verdict.UNVERIFIABLE, evidence=cc.evidence,
                        explanation=(f"ambiguous: every figure the sentence states for {rc.subject.symbol} holds "
                                     f"on {fit.date()}, a session near the one read (the day is likelier misread "
                                     f"than the figures); as read: {cc.explanation}"),
                        missing="the session the sentence reports")


__all__ = ["SESSIONS_AFTER", "SESSIONS_BEFORE", "withhold_misdated"]
