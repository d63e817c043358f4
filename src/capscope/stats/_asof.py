"""The as-of rule every statistic of this room shares: which session a date means, and the data
available on it.

A statistic "on" a date sees only rows up to that session (no look-ahead). A weekend or holiday
resolves to the previous session with a note; a date before the symbol's data or after its last
row is an error naming the range, never a silent clamp.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from capscope.data.calendar import DateLike, parse_date, resolve_session
from capscope.data.series import bars
from capscope.data.symbols import SymbolInfo, resolve
from capscope.errors import BadInput, DataUnavailable


@dataclass
class AsOf:
    """A symbol's bars up to and including ``session`` (the resolved as-of session)."""

    info: SymbolInfo
    frame: pd.DataFrame
    session: pd.Timestamp
    field: str
    data_begins: pd.Timestamp
    data_ends: pd.Timestamp
    warnings: list[str] = field(default_factory=list)

    @property
    def symbol(self) -> str:
        return self.info.symbol

    @property
    def values(self) -> pd.Series:
        """The chosen field, NaN rows dropped, up to the session."""
        return self.frame[self.field].dropna()

    def provenance(self) -> dict[str, object]:
        return {
            "symbol": self.symbol,
            "name": self.info.name,
            "field": self.field,
            "measure": "total return (dividend-adjusted close)" if self.field == "adj_close"
            else "price (not dividend-adjusted)",
            "data_begins": self.data_begins,
            "data_ends": self.data_ends,
            "as_of": self.session,
            "note": self.info.note,
        }


def as_of(symbol: str, on: DateLike | None = None, field: str = "close") -> AsOf:
    """Load ``symbol`` and cut it at the session ``on`` means (default: its last row)."""
    info = resolve(symbol)
    full = bars(info.symbol)
    if field not in full.columns:
        raise BadInput(f"unknown field {field!r}", f"fields: {', '.join(full.columns)}")
    valid = full[field].dropna()
    if valid.empty:
        hint = ("an index has price closes only: use close" if info.kind == "index"
                else info.note or "try close")
        raise DataUnavailable(f"{info.symbol} has no {field} values", hint)
    first, last = valid.index[0], valid.index[-1]
    warnings: list[str] = []
    if first > full.index[0]:
        other = "adj_close" if field != "adj_close" else "close"
        warnings.append(f"{info.symbol} has {field} values only from {first.date()} (its rows "
                        f"start {full.index[0].date()}): records and 'since' dates refer to that "
                        f"span; {other} may reach further back")
    if on is None:
        session = last
        if last < full.index[-1]:
            warnings.append(f"{info.symbol} {field} values end {last.date()} (its rows run to "
                            f"{full.index[-1].date()}): using {last.date()}")
    else:
        day = parse_date(on, what="--on date")
        if day < first:
            raise DataUnavailable(
                f"{day.date()} is before {info.symbol}'s data, which begins {first.date()}",
                f"use a date from {first.date()} to {last.date()}")
        if day > last:
            raise DataUnavailable(
                f"{day.date()} is after {info.symbol}'s last data row, {last.date()}",
                f"use a date from {first.date()} to {last.date()}, or update the data")
        session, note = resolve_session(day)
        if note:
            warnings.append(note)
        if session not in valid.index:
            row = valid.index[valid.index.searchsorted(session, "right") - 1]
            warnings.append(f"{info.symbol} has no {field} on {session.date()}; "
                            f"using its previous row {row.date()}")
            session = row
    frame = full.loc[:session]
    return AsOf(info=info, frame=frame, session=session, field=field, data_begins=first,
                data_ends=last, warnings=warnings)


def ago(then: pd.Timestamp, now: pd.Timestamp) -> str:
    """Calendar distance in words: "2 years 3 months ago", "5 months ago", "12 days ago"."""
    from dateutil.relativedelta import relativedelta

    d = relativedelta(now.date(), then.date())
    parts = []
    if d.years:
        parts.append(f"{d.years} year{'s' if d.years != 1 else ''}")
    if d.months:
        parts.append(f"{d.months} month{'s' if d.months != 1 else ''}")
    if not parts:
        days = (now - then).days
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    return " ".join(parts) + " ago"


__all__ = ["AsOf", "ago", "as_of"]
