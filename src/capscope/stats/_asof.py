"""The as-of rule every statistic of this room shares: which session a date means, and the data
available on it.

A statistic "on" a date sees only rows up to that session (no look-ahead). A weekend or holiday
resolves to the previous session with a note; a date before the symbol's data is an error naming
the range, never a silent clamp.

A date after the last row follows one rule, :func:`past_end`, for every statistic: up to
:data:`MAX_SESSIONS_PAST_END` sessions after it (an article dated a day or two after the data
snapshot) the figures are those of the last row, with a warning naming that row; further, a
one-line refusal. A statistic about the date's own session (the move *of* D, a run or a close
*on* D) cannot be answered from an earlier row without misstating what was asked, so it refuses
any date after the last row, in the same words. :func:`as_of` serves exactly those statistics
(``move``, ``streaks``, moving averages), so it always refuses; the window statistics
(``returns``, ``months``, ``levels``, ``sectors``) answer as of the last row.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from capscope.data.calendar import DateLike, parse_date, resolve_session, sessions
from capscope.data.series import bars
from capscope.data.store import Store, get_store
from capscope.data.symbols import Kind, SymbolInfo
from capscope.errors import BadInput, DataUnavailable
from capscope.stats._history import FieldHistory, history


@dataclass
class AsOf:
    """A symbol's bars up to and including ``session`` (the resolved as-of session)."""

    info: SymbolInfo
    session: pd.Timestamp
    field: str
    data_begins: pd.Timestamp
    data_ends: pd.Timestamp
    history: FieldHistory = dataclasses.field(repr=False)  # the field's rows (NaN dropped) and their scans
    row: int  # the session's row in ``history``
    all_rows: pd.DataFrame = dataclasses.field(repr=False)  # every stored row of the symbol (shared: read)
    warnings: list[str] = dataclasses.field(default_factory=list)

    @property
    def symbol(self) -> str:
        return self.info.symbol

    @cached_property
    def frame(self) -> pd.DataFrame:
        """Every field's rows up to and including the session (cut on first use: most
        statistics read only ``history``)."""
        full = self.all_rows
        # the index is sorted: a searchsorted cut is what .loc[:session] gives
        end = np.searchsorted(full.index.as_unit("ns").asi8, self.session.value, "right")
        return full.iloc[:int(end)]

    @property
    def values(self) -> pd.Series:
        """The chosen field, NaN rows dropped, up to the session."""
        h, end = self.history, self.row + 1
        return pd.Series(h.values[:end], index=h.dates[:end], name=self.field, copy=True)

    def provenance(self) -> dict[str, object]:
        return {
            "symbol": self.symbol,
            "name": self.info.name,
            "kind": self.info.kind.value,
            "frequency": self.info.frequency,
            "field": self.field,
            "measure": "total return (dividend-adjusted close)" if self.field == "adj_close"
            else ("rate in percent (changes in basis points)" if self.info.kind is Kind.RATE
                  else "price (not dividend-adjusted)"),
            "data_begins": self.data_begins,
            "data_ends": self.data_ends,
            "as_of": self.session,
            "note": self.info.note,
        }


def require_price(info: SymbolInfo, what: str) -> None:
    """Refuse a rate or a dataset where a statistic needs a price series.

    A percentage change of a yield or of the fed funds rate is not a return, and a ratio of a
    price to a rate is not relative strength, so such a call is bad input, not a number.
    """
    if info.kind not in (Kind.INDEX, Kind.ETF):
        raise BadInput(f"{info.symbol} is a {info.kind.value}, not a price series",
                       f"{what} are for indices and ETFs, e.g. RUT, SPX, IWM; for rates see "
                       "'capscope fed history' or 'capscope move " + info.symbol + "'")


#: Sessions a date may lie after a series' last row and still be answered as of that row.
MAX_SESSIONS_PAST_END = 3


def past_end(day: pd.Timestamp, last: pd.Timestamp, owner: str, field: str, *, hint: str,
             answerable: bool = True) -> str:
    """The rule for an as-of ``day`` whose session is after ``last``, the last row of
    ``owner``'s ``field``: the warning to show when the figures of ``last`` answer it, else
    :class:`DataUnavailable` (the one-line refusal, ``hint`` saying what to do).

    Within :data:`MAX_SESSIONS_PAST_END` sessions the last row stands in, so an article dated
    just after the snapshot can still be checked; a statistic about ``day``'s own session
    passes ``answerable=False``, because an earlier row's figures would pretend to be
    ``day``'s. Further away the data is too stale to stand in for the date.
    """
    session = resolve_session(day)[0]
    after = len(sessions(last + pd.Timedelta(days=1), session))
    if answerable and after <= MAX_SESSIONS_PAST_END:
        return (f"{owner} {field} data end {last.date()}: figures as of that close, not "
                f"{day.date()}; update the data for later dates")
    whose = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
    raise DataUnavailable(f"{day.date()} is after {whose} last data row for {field}, "
                          f"{last.date()}", hint)


def field_coverage(frame: pd.DataFrame, fields: tuple[str, ...] = ("close", "adj_close")) -> str:
    """Which span each price field covers, e.g. "close 2026-03-20..2026-08-21; adj_close
    1998-12-22..2025-07-11": sector funds have a field that stops and another that starts later,
    so an error about one field should say where the other one reaches."""
    parts = []
    for f in fields:
        if f in frame.columns:
            v = frame[f].dropna()
            if not v.empty:
                parts.append(f"{f} {v.index[0].date()}..{v.index[-1].date()}")
    return "; ".join(parts)


def as_of(symbol: str, on: DateLike | None = None, field: str = "close", *,
          store: Store | None = None) -> AsOf:
    """Load ``symbol`` and cut it at the session ``on`` means (default: its last row);
    ``store`` is the current one (:func:`get_store`) when the caller already has it.

    A date after the last row is refused (:func:`past_end` with ``answerable=False``): every
    statistic built on this reads the session itself (its move, its close, the run ending on
    it), which no earlier row can stand in for."""
    store = get_store() if store is None else store
    info = store.resolve(symbol)  # built-ins and symbols imported by earlier runs
    full = store.bars(info.symbol)  # the cached frame: sliced, never changed
    if not (len(full.index) and len(full.columns)):  # ``full.empty``, at a tenth of its cost
        bars(info.symbol, store=store)  # raises the "no data in the store" error
    if field not in full.columns:
        raise BadInput(f"unknown field {field!r}", f"fields: {', '.join(full.columns)}")
    h = history(info.symbol, field, store=store)  # the field's rows, NaN dropped: read by row, not sliced
    if not len(h):
        hint = ("an index has price closes only: use close" if info.kind == "index"
                else info.note or "try close")
        raise DataUnavailable(f"{info.symbol} has no {field} values", hint)
    first, last = h.first, h.last
    # the frame's first and last row, kept on the history (boxing them costs more than the cut)
    rows_begin, rows_end = h.rows_begin, h.rows_end
    if rows_begin is None or rows_end is None:
        rows_begin, rows_end = full.index[0], full.index[-1]
    warnings: list[str] = []
    if first > rows_begin:
        other = "adj_close" if field != "adj_close" else "close"
        warnings.append(f"{info.symbol} has {field} values only from {first.date()} (its rows "
                        f"start {rows_begin.date()}): records and 'since' dates refer to that "
                        f"span; {other} may reach further back")
    row = None
    if on is None:
        session = last
        if last < rows_end:
            warnings.append(f"{info.symbol} {field} values end {last.date()} (its rows run to "
                            f"{rows_end.date()}): using {last.date()}")
    else:
        day = parse_date(on, what="--on date")
        partial = first > rows_begin or last < rows_end

        def span() -> str:  # the hint of a date outside the data (only built for the error)
            return (f"{info.symbol} has {field_coverage(full)}: pick a date and --field inside "
                    "one" if partial else f"use a date from {first.date()} to {last.date()}")

        if day < first:
            raise DataUnavailable(
                f"{day.date()} is before {info.symbol}'s {field} data, which begins "
                f"{first.date()}", span())
        session, note = resolve_session(day)
        if day > last and session > last:  # every statistic on as_of asks about D's session
            past_end(day, last, info.symbol, field, answerable=False,
                     hint=span() if partial else f"{span()}, or update the data")
        if note:
            warnings.append(note)
        row = h.row(session)
        if int(h.ns[row]) != session.value:  # no row on the session: the previous row's day
            day_row = h.date(row)
            warnings.append(f"{info.symbol} has no {field} on {session.date()}; "
                            f"using its previous row {day_row.date()}")
            session = day_row
            row = h.row(session)
    return AsOf(info=info, session=session, field=field, data_begins=first, data_ends=last,
                warnings=warnings, history=h, row=h.row(session) if row is None else row,
                all_rows=full)


def _whole_months(then: dt.date | pd.Timestamp, now: dt.date | pd.Timestamp) -> int:
    """Whole calendar months from ``then`` to ``now`` (``now >= then``), counted as dateutil's
    ``relativedelta(now, then)`` counts them (the most months that, added to ``then`` with the
    day clipped to the month's end, do not pass ``now``). Written out because relativedelta
    costs more than the rest of a move on a hot path; tests compare the two."""
    months = (now.year - then.year) * 12 + now.month - then.month
    # ``then`` plus that many months lands in now's month, on min(then.day, its last day): past
    # ``now`` exactly when now.day is below both; one month fewer lands in the month before
    if now.day < then.day and now.day < calendar.monthrange(now.year, now.month)[1]:
        months -= 1
    return months


_DAY_NS = 86_400 * 10**9


def _naive_ns(then: pd.Timestamp, now: pd.Timestamp) -> tuple[int, int] | None:
    """Both dates in nanoseconds when both are naive Timestamps inside the nanosecond range
    (every session date, whatever its unit), else None."""
    if type(then) is not pd.Timestamp or type(now) is not pd.Timestamp:
        return None
    if then.tzinfo is not None or now.tzinfo is not None:
        return None
    try:
        return then.value, now.value
    except OverflowError:  # centuries away: only the unit's own fields hold the date
        return None


def ago(then: pd.Timestamp, now: pd.Timestamp) -> str:
    """Calendar distance in words: "2 years 3 months ago", "5 months ago", "12 days ago"."""
    # naive dates: the calendar day is the nanoseconds floored to a day, and Timestamps carry
    # their year, month and day; a move asks this four times, and boxing dates and a
    # Timedelta cost more than the arithmetic
    ns = _naive_ns(then, now)
    forward = (now.date() >= then.date() if ns is None
               else ns[1] // _DAY_NS >= ns[0] // _DAY_NS)
    if forward:
        years, months = divmod(_whole_months(then, now), 12)
    else:  # a date after "now": only dateutil knows its sign conventions
        from dateutil.relativedelta import relativedelta

        d = relativedelta(now.date(), then.date())
        years, months = d.years, d.months
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if months:
        parts.append(f"{months} month{'s' if months != 1 else ''}")
    if not parts:
        # what (now - then).days gives: the Timedelta's days, floored
        days = (now - then).days if ns is None else (ns[1] - ns[0]) // _DAY_NS
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    return " ".join(parts) + " ago"


__all__ = ["MAX_SESSIONS_PAST_END", "AsOf", "ago", "as_of", "field_coverage", "past_end",
           "require_price"]
