"""What every verifier shares: building verdicts, comparing a stated number with the data.

A verifier never computes a statistic: it calls the statistic's function, reads the field the
claim is about, and compares it with the stated number through :mod:`capscope.claims.lexicon`
(rounding and hedge tolerances). The helpers here keep the verdict wording uniform: the value the
data gives is always in the explanation of a contradicted or imprecise claim, and every piece of
evidence carries the ``capscope`` command that reproduces it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

import pandas as pd

from capscope.claims.lexicon import (
    SAYS_CLOSE,
    SAYS_EXTREME,
    SAYS_SESSION,
    gap_fits,
    imprecise,
    matches,
    rounding_unit,
)
from capscope.claims.model import CheckedClaim, Claim, Direction, Evidence, Quantity, Unit, Verdict
from capscope.claims.resolve import ResolvedClaim, TimeWindow, default_day
from capscope.errors import CapscopeError

Verifier = Callable[[ResolvedClaim], CheckedClaim]
T = TypeVar("T")

# One check run (an article, or several) asks the same statistic many times ("on Wednesday" for
# five claims): within a run, identical calls are answered once. Results are read, never changed.
_MEMO: ContextVar[dict[Any, Any] | None] = ContextVar("capscope_claims_memo", default=None)


class memo_scope:  # noqa: N801 - used as ``with memo_scope():``, like the function it was
    """Share statistic results between the verifiers of one check run (a class rather than a
    generator: entered once per article, and a generator's context manager costs more)."""

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _MEMO.set({})

    def __exit__(self, *exc: object) -> None:
        _MEMO.reset(self._token)


# "had climbed above 2,000 for all of a minute on December 3 before falling back": the level was
# the session's, given up before the close
_FELL_BACK = re.compile(r"\b(?:for\s+(?:all\s+of\s+)?(?:a|one)\s+(?:minute|moment)|before\s+(?:falling|slipping|"
                        r"pulling|dropping|sliding|easing|retreating|giving)\s+(?:back|it\s+back|up)?)", re.IGNORECASE)


_LATER_CLAUSE = re.compile(r"\s(?:and|then|before|but)\s", re.IGNORECASE)


def pins_the_close(c: Claim) -> bool:
    """Whether the words tie a level, record or extreme to the session's close, so the intraday
    high or low is no reading of it: a close word in the claim, or in its sentence unless words
    right before the claim put it inside the session ("which earlier fell more than 800 points
    and briefly slipped into bear market territory, settled with a 486-point drop": the
    territory is the session's low, the settling another clause's)."""
    if SAYS_CLOSE.search(c.text):
        return True
    lead = c.sentence[max(0, c.span.start - c.sentence_span.start - 50):c.span.start - c.sentence_span.start]
    tail = c.sentence[c.span.end - c.sentence_span.start:][:70]
    if SAYS_SESSION.search(lead) is not None or SAYS_EXTREME.search(c.sentence) is not None \
            or _FELL_BACK.search(tail) is not None:
        # ("reached new heights, touching 2488.84 and closing at 2457.51": the sentence gives the
        # session's extreme as well as its close, and either may be the new height)
        return False
    end = c.span.end - c.sentence_span.start
    closes = [m.start() for m in SAYS_CLOSE.finditer(c.sentence)]
    if closes and min(closes) >= end and _LATER_CLAUSE.search(c.sentence, end, min(closes)):
        return False  # "climbed above 1,000 points for the first time and finished higher Monday":
        # the close is a later clause's
    return SAYS_CLOSE.search(c.sentence) is not None


_MISSING = object()  # a memo miss (None is a result like any other)


def memo(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)``, answered from the run's memo when the same call was made."""
    cache = _MEMO.get()
    if cache is None:
        return fn(*args, **kwargs)
    # keyword order does not matter; one keyword (the usual ``on=``) needs no sort
    key = (fn, args, tuple(sorted(kwargs.items())) if len(kwargs) > 1 else tuple(kwargs.items()))
    try:
        hit = cache.get(key, _MISSING)  # hashes the key once: an unhashable argument raises
    except TypeError:
        return fn(*args, **kwargs)
    if hit is not _MISSING:
        if isinstance(hit, CapscopeError):
            raise hit
        return hit
    try:
        value = fn(*args, **kwargs)
    except CapscopeError as exc:
        cache[key] = exc
        raise
    cache[key] = value
    return value


_date_iso = dt.date.isoformat  # a Timestamp is a datetime: its date part, without boxing a date


def iso(day: pd.Timestamp | None) -> str:
    if type(day) is pd.Timestamp:  # the common case, without re-wrapping it
        return _date_iso(day)
    return "" if day is None else _date_iso(pd.Timestamp(day))


def fmt_pct(x: float | None, digits: int = 2) -> str:
    return "n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:+.{digits}f}%"


def fmt_num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:,.2f}"


def verdict(rc: ResolvedClaim, v: Verdict, explanation: str, *evidence: Evidence,
            missing: str = "") -> CheckedClaim:
    """A CheckedClaim; an unverifiable one always says what is missing."""
    if v is Verdict.UNVERIFIABLE and not missing:
        missing = explanation
    return CheckedClaim(claim=rc.claim, verdict=v, evidence=list(evidence),
                        explanation=explanation, missing=missing)


def unverifiable(rc: ResolvedClaim, missing: str, *evidence: Evidence,
                 explanation: str = "") -> CheckedClaim:
    return verdict(rc, Verdict.UNVERIFIABLE, explanation or f"cannot check: {missing}", *evidence,
                   missing=missing)


def from_error(rc: ResolvedClaim, exc: CapscopeError, statistic: str, command: str = "",
               arguments: dict[str, Any] | None = None) -> CheckedClaim:
    """A statistic refused (data missing, before the data begins...): unverifiable, saying why."""
    ev = Evidence(statistic=statistic, arguments=arguments or {}, command=command,
                  note=exc.one_line())
    return unverifiable(rc, exc.one_line(), ev)


def need_symbol(rc: ResolvedClaim) -> str | None:
    """Why the subject cannot be used, or None when it resolved to a symbol."""
    if rc.subject.symbol:
        return None
    return rc.subject.reason or "the claim's subject is not an instrument capscope knows"


def symbol_and_day(rc: ResolvedClaim) -> tuple[TimeWindow | None, CheckedClaim | None]:
    """The day of a one-day claim about a known symbol, or the unverifiable verdict saying why
    there is none (the preamble of every one-day verifier)."""
    why = need_symbol(rc)
    if why:
        return None, unverifiable(rc, why)
    w, why = day_of(rc)
    if w is None:
        return None, unverifiable(rc, why or "no day")
    return w, None


def day_of(rc: ResolvedClaim) -> tuple[TimeWindow | None, str | None]:
    """The session a one-day claim is about, or why there is none.

    A time phrase that names a window rather than a day is read at the window's last session
    ("the highest close in July" -> the last session of July) only when it was in progress at
    publication; otherwise the claim's day is ambiguous and the reason says so.
    """
    w = rc.time if rc.time is not None else default_day(rc.published, rc.anchor)
    if not w.ok:
        return None, w.reason
    if w.day is None:
        if w.on is not None:
            return w, None
        return None, f"'{w.label}' is a window, not a day"
    return w, None


def signed_claim(q: Quantity, direction: Direction) -> float:
    """The stated number with the sign the words give it (fell 2% -> -2)."""
    sign = q.sign or (-1 if direction in (Direction.DOWN, Direction.UNDERPERFORM) else
                      1 if direction in (Direction.UP, Direction.OUTPERFORM) else 0)
    v = abs(q.value)
    return -v if sign < 0 else v


def compare(q: Quantity, direction: Direction, actual: float, what: str,
            unit_text: str = "%", *, signed: bool = True, strict: bool = False) -> tuple[Verdict, str]:
    """Stated vs actual under the lexicon's rules: supported, imprecise or contradicted.

    When the words give no direction the magnitudes are compared and the sign is reported
    (``signed=False`` for quantities that have none, such as a probability or a level).
    """
    claimed = signed_claim(q, direction)
    found = f"{actual:+,.2f}{unit_text}" if signed and unit_text in ("%", " pp") else \
        f"{actual:,.2f}{unit_text}"
    stated = f"{q.hedge_text + ' ' if q.hedge_text else ''}{q.raw}"
    no_sign = claimed >= 0 and not (q.sign or direction in (Direction.UP, Direction.DOWN,
                                                           Direction.OUTPERFORM,
                                                           Direction.UNDERPERFORM))
    a = abs(actual) if no_sign else actual
    if matches(claimed, q.hedge, a, decimals=q.decimals, word=q.word, strict=strict):
        return Verdict.SUPPORTED, f"{what}: stated {stated}, data {found}"
    if claimed != 0 and actual != 0 and (claimed > 0) != (a > 0):
        return Verdict.CONTRADICTED, (f"{what}: stated {stated} ({'up' if claimed > 0 else 'down'})"
                                      f", but the data gives {found}")
    unit = unit_text.strip()
    measure = ("pct" if unit in ("%", "pp") else "points" if unit in ("points", "$")
               else "level" if unit == "" else "")
    if imprecise(claimed, q.hedge, a, decimals=q.decimals, word=q.word, measure=measure, strict=strict):
        return Verdict.IMPRECISE, f"{what}: stated {stated}, data {found}{_OUTSIDE_SIGNED if signed else _OUTSIDE}"
    return Verdict.CONTRADICTED, f"{what}: stated {stated}, but the data gives {found}"


_OUTSIDE_SIGNED = ": right direction, outside the rounding/hedge tolerance"
_OUTSIDE = ": close, outside the rounding/hedge tolerance"


def within(stated: float, decimals: int, low: float, high: float) -> bool:
    """``stated`` inside [low, high], give or take the lexicon's rounding of what was written."""
    tol = rounding_unit(stated, decimals)
    return low - tol <= stated <= high + tol


_INSIDE_THE_SESSION = "the price at that moment is not in daily data"


def mid_session(first: tuple[Verdict, str], why: str) -> tuple[Verdict, str]:
    """A mid-session figure inside the session's range: consistent with the data, but the price
    at the moment the article speaks of is not in daily bars, so it can be neither supported nor
    contradicted (unverifiable, with the range that bounds it)."""
    text = first[1].replace(_OUTSIDE_SIGNED, "").replace(_OUTSIDE, "")
    return Verdict.UNVERIFIABLE, f"{text}; {why}: {_INSIDE_THE_SESSION}"


def inside_a_session(checked: CheckedClaim) -> bool:
    """Whether a verdict found the figure inside a session's traded range (see :func:`mid_session`):
    the data bear it out as a mid-session price, they cannot refute it."""
    return checked.verdict is Verdict.UNVERIFIABLE and _INSIDE_THE_SESSION in checked.explanation


def pick(quantities: list[Quantity], *units: Unit, roles: tuple[str, ...] = ()) -> Quantity | None:
    """The first stated number in one of ``units`` (and, when given, one of ``roles``)."""
    for q in quantities:
        if q.unit in units and (not roles or q.role in roles or not q.role):
            return q
    return None


def worst(verdicts: list[Verdict]) -> Verdict:
    """The verdict of a claim with several checked parts: the least favourable one wins."""
    order = [Verdict.CONTRADICTED, Verdict.IMPRECISE, Verdict.UNVERIFIABLE, Verdict.SUPPORTED]
    for v in order:
        if v in verdicts:
            return v
    return verdicts[0] if verdicts else Verdict.UNVERIFIABLE



def gap_verdict(rc: ResolvedClaim, gap_years: float, text: str, ev: Evidence) -> CheckedClaim:
    """"For the first time in a decade", "the first 10 percent decline in four years": the gap
    measured (``gap_years``) against the one the words state (``details.gap_years``, hedged by
    ``details.gap_hedge``): shorter is wrong (a later occurrence), longer understates."""
    n = float(rc.claim.details.get("gap_years") or 0)
    hedge = str(rc.claim.details.get("gap_hedge") or "exact")
    ev.claimed = f"{'' if hedge == 'exact' else hedge.replace('_', ' ') + ' '}{n:g} years back"
    ev.found = f"{gap_years:.1f} years"
    fit = gap_fits(gap_years, n, hedge)
    if fit < 0:
        return verdict(rc, Verdict.CONTRADICTED, f"{text}: {gap_years:.1f} years, less than stated", ev)
    if fit > 0:
        return verdict(rc, Verdict.IMPRECISE, f"{text}: {gap_years:.1f} years, more than stated (true, but "
                                              "understated)", ev)
    return verdict(rc, Verdict.SUPPORTED, f"{text}: {gap_years:.1f} years", ev)

#: the best verdict first, when a verifier tries several readings of one figure and keeps the best
VERDICT_RANK = {Verdict.SUPPORTED: 0, Verdict.IMPRECISE: 1, Verdict.UNVERIFIABLE: 2, Verdict.CONTRADICTED: 3}


__all__ = ["VERDICT_RANK", "gap_verdict", "Verifier", "compare", "memo", "memo_scope", "day_of", "fmt_num", "fmt_pct", "from_error", "iso",
           "mid_session", "need_symbol", "pick", "signed_claim", "unverifiable", "verdict", "worst"]
