"""Builders for hand-made claims, so verifier tests do not depend on the extraction grammar."""

from __future__ import annotations

import datetime as dt

from capscope.claims.model import (
    CheckedClaim,
    Claim,
    ClaimKind,
    Direction,
    Hedge,
    Mention,
    Quantity,
    Span,
    TimeExpr,
    TimeKind,
    Unit,
)
from capscope.claims.resolve import ResolvedClaim, resolve_claims
from capscope.claims.verify import verify


def q(value: float, unit: Unit, *, raw: str | None = None, hedge: Hedge = Hedge.EXACT,
      role: str = "", word: bool = False, sign: int = 0, high: float | None = None,
      hedge_text: str = "") -> Quantity:
    text = raw if raw is not None else f"{value:g}"
    decimals = len(text.split(".")[1].rstrip("%")) if "." in text else 0
    return Quantity(value=value, unit=unit, raw=text, span=Span(0, len(text)), hedge=hedge,
                    hedge_text=hedge_text, decimals=decimals, role=role, word=word, sign=sign,
                    high=high)


def t(raw: str, kind: TimeKind, **kw) -> TimeExpr:
    return TimeExpr(raw=raw, kind=kind, **kw)


def m(raw: str, symbol: str | None = None, **kw) -> Mention:
    return Mention(raw=raw, span=None, symbol=symbol, **kw)


def claim(kind: ClaimKind, text: str = "", *, subject: Mention | None = None,
          quantities: tuple[Quantity, ...] = (), direction: Direction = Direction.UNKNOWN,
          time: TimeExpr | None = None, since: TimeExpr | None = None,
          comparison: Mention | None = None, details: dict | None = None,
          hedge: Hedge = Hedge.EXACT) -> Claim:
    return Claim(kind=kind, text=text, span=Span(0, len(text)), sentence=text,
                 sentence_span=Span(0, len(text)), subject=subject, comparison=comparison,
                 quantities=list(quantities), hedge=hedge, direction=direction, time=time,
                 since=since, details=dict(details or {}))


def resolved(c: Claim | list[Claim], published: str | None) -> list[ResolvedClaim]:
    claims = c if isinstance(c, list) else [c]
    pub = dt.date.fromisoformat(published) if published else None
    return resolve_claims(claims, pub)


def check(c: Claim | list[Claim], published: str | None) -> CheckedClaim | list[CheckedClaim]:
    out = [verify(rc) for rc in resolved(c, published)]
    return out if isinstance(c, list) else out[0]


def tuesday() -> TimeExpr:
    return t("on Tuesday", TimeKind.WEEKDAY, weekday=1, anchor="on", relative=True)


def wednesday() -> TimeExpr:
    return t("on Wednesday", TimeKind.WEEKDAY, weekday=2, anchor="on", relative=True)


def month(raw: str, year: int, mon: int) -> TimeExpr:
    import calendar

    last = calendar.monthrange(year, mon)[1]
    return t(raw, TimeKind.MONTH, year=year, month=mon, start=dt.date(year, mon, 1),
             end=dt.date(year, mon, last), resolved=True)


def year(raw: str, y: int) -> TimeExpr:
    return t(raw, TimeKind.YEAR, year=y, start=dt.date(y, 1, 1), end=dt.date(y, 12, 31),
             resolved=True)


def session_move(symbol: str, day: str) -> tuple[float, float, float]:
    """One session off the stored rows, for a test's expected figures: its change in points and
    in percent against the previous close, and its close."""
    import pandas as pd

    import capscope

    close = capscope.bars(symbol)["close"]
    i = close.index.get_loc(pd.Timestamp(day))
    prev, now = float(close.iloc[i - 1]), float(close.iloc[i])
    return now - prev, (now / prev - 1) * 100, now


def checked_of(text: str, published: str | dt.date, kind: str) -> list[tuple[str, str, str]]:
    """The claims of one kind ``capscope check`` prints for an article, in reading order: their
    words, verdict and explanation (a whole-passage test's view of the checker)."""
    from capscope.claims.check import check_text

    day = dt.date.fromisoformat(published) if isinstance(published, str) else published
    return [(i.claim.text, i.verdict.value, i.checked.explanation) for i in check_text(text, day).items
            if i.claim.kind.value == kind]

