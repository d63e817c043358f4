"""Returns over calendar windows, two-symbol comparisons and the relative-strength line.

The calendar-window rule
------------------------
A return is always measured from one close to another close: from the close of the *base
session* to the close of the *end session*. Every statistic and the claim checker obtain those
two sessions from :func:`window_bounds`, which applies this rule and nothing else:

* **End session**: the as-of date (``on``; a weekend or holiday means the previous session, with
  a note). Without ``on``, the symbol's last row. The series must have a close on that session
  (a gap of up to three sessions is tolerated, with a note; more is an error). An ``on`` after
  the last row follows :func:`capscope.stats._asof.past_end`: up to three sessions after it, the
  window ends on the last row, with a warning naming it; further, a one-line refusal.
* **Base session**: the last session *on or before* a target calendar day:

  ====================  ===============================================================
  window                target calendar day of the base close
  ====================  ===============================================================
  ``ND`` (1D, 5D)       no calendar day: the close N rows before the end session
  ``NW`` (1W)           the end date minus 7*N calendar days
  ``NM`` (1M, 3M, 6M)   the same calendar day N months earlier, clipped to the month's last
                        day (a month before 2024-03-31 is 2024-02-29)
  ``NY`` (1Y, 3Y, 5Y)   the same calendar day N years earlier (2024-02-29 -> 2023-02-28)
  ``YTD``               the last day of the previous year (so YTD starts from the last
                        close of the previous year)
  ``QTD`` / ``MTD``     the last day of the previous quarter / month
  ``2024``              base: the last day of 2023; end: the last session of 2024 (or the
                        as-of date while the year is in progress, with a note)
  ``2024-07``           base: 2024-06-30; end: the last session of July 2024 (or as-of)
  ``START:END``         base: START itself (a non-session START means the session before);
                        end: END (``START:`` runs to the as-of date). For a calendar month
                        written as dates, use ``2024-07`` instead: its base is June's last close.
  ====================  ===============================================================

  So "over the last month" on Monday 2024-09-30 starts from the close of Friday 2024-08-30
  (the target day itself); on Tuesday 2024-10-01 the target 2024-09-01 is a Sunday, so it too
  starts from Friday 2024-08-30's close.

Price return vs total return: ``close`` is the traded price (split- but not dividend-adjusted);
``adj_close`` is the dividend-adjusted total-return close, which only ETFs have. Each result says
which one it used in ``provenance["basis"]``.

The ratio of two returns ("triple the gains") is ``a / b``. It is reported only when ``b`` rose
by at least :data:`RATIO_MIN_DENOMINATOR_PCT` percent: when ``b`` fell or was flat "N times the
gains" has no meaning (the ratio flips sign or explodes), and the result says so in
``ratio_note``; the difference in percentage points is always given.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import cast

import numpy as np
import pandas as pd
from pandas.errors import OutOfBoundsDatetime

from capscope._result import Result
from capscope.data.calendar import DateLike, parse_date, resolve_session, sessions
from capscope.data.series import bars
from capscope.data.store import get_store
from capscope.data.symbols import Kind, SymbolInfo
from capscope.errors import BadInput, DataUnavailable
from capscope.stats._asof import past_end
from capscope.stats._history import FieldHistory, history

#: Below this rise of the denominator (in percent) the ratio of two returns is not reported.
RATIO_MIN_DENOMINATOR_PCT = 0.1
#: Sessions a series may lack at a window bound before that bound counts as not covered.
MAX_GAP_SESSIONS = 3

_RELATIVE = re.compile(r"^(\d{1,3})([DWMY])$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

_iso = dt.date.isoformat  # "2024-07-16" from a Timestamp (a datetime), without boxing a date

WINDOW_HELP = ("1D, 5D, 1W, 1M, 3M, 6M, MTD, QTD, YTD, 1Y, 3Y, 5Y, a year (2024), a month "
               "(2024-07) or START:END (2024-07-01:2024-07-31)")


@dataclass(frozen=True)
class Window:
    """The two sessions a window means, with the rule that chose them."""

    label: str
    start: pd.Timestamp
    end: pd.Timestamp
    rule: str
    start_target: pd.Timestamp | None = None
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"window": self.label, "start": _iso(self.start), "end": _iso(self.end),
                "rule": self.rule,
                "start_target": None if self.start_target is None else _iso(self.start_target),
                "notes": list(self.notes)}


class _Dates:
    """A sorted DatetimeIndex with its int64 nanoseconds and end dates, for row lookups.

    A window asks for a handful of "last date on or before" rows; on the plain int64 array each
    is one searchsorted, and only the dates returned are boxed into Timestamps (pandas' scalar
    indexing validates and boxes on every access, which cost more than the rest of the rule).
    An index in another unit than nanoseconds is searched by pandas itself.
    """

    __slots__ = ("day64", "first", "index", "last", "ns")

    def __init__(self, index: pd.DatetimeIndex, ns: np.ndarray | None = None,
                 first: pd.Timestamp | None = None, last: pd.Timestamp | None = None,
                 day64: np.ndarray | None = None) -> None:
        self.index = index
        self.ns = ns if ns is not None else (index.asi8 if index.unit == "ns" else None)
        # the nanoseconds as datetime64, which a Timestamp boxes from faster than from an int
        self.day64 = day64 if day64 is not None or self.ns is None else self.ns.view("M8[ns]")
        self.first = first if first is not None else self.at(0)
        self.last = last if last is not None else self.at(len(index) - 1)

    def at(self, pos: int) -> pd.Timestamp:
        """``index[pos]``."""
        if self.day64 is not None:
            return pd.Timestamp(self.day64[pos])
        return self.index[pos]

    def row(self, day: pd.Timestamp) -> int:
        """Row of the last date on or before ``day`` (-1 when ``day`` is before the first)."""
        if day < self.first:  # also keeps a day outside the ns range (year 1212) out of .value
            return -1
        if day >= self.last:
            return len(self.index) - 1
        if self.ns is None:
            return int(self.index.searchsorted(day, side="right")) - 1
        return int(self.ns.searchsorted(day.value, side="right")) - 1


#: Targets after this year are computed by :func:`_months_back`; earlier ones by pandas, whose
#: DateOffset knows where the nanosecond range ends (its OutOfBoundsDatetime is reported below).
_MONTHS_BACK_FROM_YEAR = 1800


_DAY_NS = 86_400 * 10**9
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def _months_back(end: pd.Timestamp, months: int) -> pd.Timestamp:
    """``end - pd.DateOffset(months=months)``: the same day, clipped to the month's last day
    (2024-03-31 -> 2024-02-29); a tenth of DateOffset's cost, and the tests compare the two."""
    y, m = divmod(end.month - 1 - months, 12)
    year, month = end.year + y, m + 1
    day = min(end.day, calendar.monthrange(year, month)[1])
    if end.tzinfo is None and end.unit == "ns" and year >= 1678:
        # what ``end.replace`` gives (same time of day, same unit), from the day count: a
        # fifth of replace's cost
        days = dt.date(year, month, day).toordinal() - _EPOCH_ORDINAL
        return pd.Timestamp(days * _DAY_NS + end.value % _DAY_NS)
    return end.replace(year=year, month=month, day=day)


def gap_sessions(found: pd.Timestamp, wanted: pd.Timestamp) -> int:
    """NYSE sessions strictly after ``found`` up to and including ``wanted`` (0 if none)."""
    if found >= wanted:
        return 0
    return len(sessions(found + pd.Timedelta(days=1), wanted))


_RELATIVE_RULES = {
    "D": "the close {n} session(s) before the end session",
    "W": "the last close on or before {days} calendar days earlier",
    "M": "the last close on or before the same calendar day {n} month(s) earlier",
    "Y": "the last close on or before the same calendar day {n} year(s) earlier",
}


def _bad_window(text: str) -> BadInput:
    return BadInput(f"window {text!r} is not understood", f"use {WINDOW_HELP}")


def window_bounds(window: str, on: DateLike | None, index: pd.DatetimeIndex, *,
                  name: str = "the series", subject: tuple[str, str] | None = None) -> Window:
    """Apply the calendar-window rule (module docstring) to the dates a series has.

    ``index`` is the sorted dates on which the series has a value (for a cross-section, the
    NYSE sessions); ``name`` names it in errors. ``subject`` (owner, field) is given when ``on``
    is the caller's as-of date: one after the last row then follows
    :func:`capscope.stats._asof.past_end` (without it, as for an ``on`` the caller derived from
    other rows, the gap rule of any bound applies). Raises BadInput for a malformed or empty
    window, DataUnavailable when the window starts before the data or the data does not reach
    the as-of date.
    """
    if len(index) == 0:
        raise DataUnavailable(f"{name} has no rows", "check the symbol with 'capscope data list'")
    return _window_bounds(window, on, _Dates(index), name, subject)


def _window_bounds(window: str, on: DateLike | None, dates: _Dates, name: str,
                   subject: tuple[str, str] | None = None) -> Window:
    """:func:`window_bounds` on a non-empty index with its nanoseconds at hand."""
    return _window_rows(window, on, dates, name, subject)[0]


def _window_rows(window: str, on: DateLike | None, dates: _Dates, name: str,
                 subject: tuple[str, str] | None = None) -> tuple[Window, int | None, int]:
    """:func:`_window_bounds` with the rows of ``dates`` its bounds were read from (the start
    row is None for a window counted in rows): the last row on or before a day is also the
    last row on or before that row's own date, so a return over the series whose dates these
    are needs no second search. The rows in ``dates`` of ``Window.start`` and ``Window.end``."""
    text = str(window).strip().upper().replace(" ", "")
    if not text:
        raise _bad_window(window)
    notes: list[str] = []

    # --- the as-of session and the end session ---------------------------------------------
    if on is None:
        asof = dates.last
    else:
        asof, note = resolve_session(on)
        if note:
            notes.append(note)
    explicit_end: pd.Timestamp | None = None
    start_target: pd.Timestamp | None = None
    rows_back: int | None = None
    # each pattern is tried only when the branches before it did not apply (none of them
    # matches text holding ":", so the later reads of m_rel see None there as before)
    m_rel = m_year = m_month = None
    if ":" in text:
        left, _, right = str(window).strip().partition(":")
        if not left.strip():
            raise BadInput(f"window {window!r} has no start date", "write START:END, e.g. "
                           "2024-07-01:2024-07-31")
        start_target = parse_date(left, what="window start")
        if right.strip():
            explicit_end = parse_date(right, what="window end")
            if explicit_end < start_target:
                raise BadInput(f"window {window!r} ends before it starts", "swap the two dates")
        rule = "from the close on START (or the session before) to the close on END"
    elif m_rel := _RELATIVE.match(text):
        n, unit = int(m_rel.group(1)), m_rel.group(2)
        if n == 0:
            raise BadInput(f"window {window!r} is empty", "use a length of at least 1, e.g. 1M")
        rule = _RELATIVE_RULES[unit].format(n=n, days=7 * n) + " to the end close"
        if unit == "D":
            rows_back = n
    elif text in ("YTD", "QTD", "MTD"):
        rule = {"YTD": "from the last close of the previous year",
                "QTD": "from the last close of the previous quarter",
                "MTD": "from the last close of the previous month"}[text] + " to the end close"
    elif m_year := _YEAR.match(text):
        year = int(m_year.group(1))
        if year < 2:  # its base, the last day of the year before, is not a date
            raise _bad_window(window)
        start_target = pd.Timestamp(year - 1, 12, 31)
        explicit_end = pd.Timestamp(year, 12, 31)
        rule = f"from the last close of {year - 1} to the last close of {year}"
    elif m_month := _MONTH.match(text):
        year, month = int(m_month.group(1)), int(m_month.group(2))
        if not 1 <= month <= 12 or year < 1:
            raise _bad_window(window)
        first = pd.Timestamp(year, month, 1)
        start_target = first - pd.Timedelta(days=1)
        explicit_end = first + pd.offsets.MonthEnd(0)
        rule = f"from the last close of the previous month to the last close of {text}"
    else:
        raise _bad_window(window)

    if explicit_end is not None:
        if on is not None and explicit_end > asof:
            if start_target is not None and asof <= start_target:
                raise BadInput(f"window {window!r} starts after the as-of date {asof.date()}",
                               "choose an earlier window or a later --on date")
            notes.append(f"{text} is still in progress on {asof.date()}: the window ends there")
            end_wanted = asof
        elif explicit_end > dates.last:
            end_wanted = dates.last
            if start_target is not None and end_wanted <= start_target:
                raise DataUnavailable(
                    f"{name} ends on {end_wanted.date()}, before the window {text} starts",
                    f"its data runs from {dates.first.date()} to {end_wanted.date()}; choose a "
                    "window inside it")
            if start_target is not None and end_wanted > start_target:
                notes.append(f"the data ends on {end_wanted.date()}, inside {text}: the window "
                             "ends there")
        else:
            end_wanted = explicit_end
    else:
        end_wanted = asof
    end_row = dates.row(end_wanted)
    end = dates.at(end_row) if end_row >= 0 else None
    if end is None:
        raise DataUnavailable(f"{name} begins on {dates.first.date()}, after {end_wanted.date()}",
                              f"choose a window after {dates.first.date()}")
    end_wanted_session = resolve_session(end_wanted)[0]
    if subject is not None and on is not None and end_wanted_session > dates.last:
        notes.append(past_end(parse_date(on), dates.last, *subject,
                              hint=f"use a date from {dates.first.date()} to "
                                   f"{dates.last.date()}, or update the data"))
    else:
        _check_end_gap(end, end_wanted_session, dates, name, notes)

    # --- the base session ---------------------------------------------------------------
    if start_target is not None and start_target > end:
        if explicit_end is not None and explicit_end >= start_target:
            raise BadInput(f"window {window!r} holds no session (no trading day from "
                           f"{start_target.date()} to {explicit_end.date()})",
                           "choose a window with at least two sessions")
        raise BadInput(f"window {window!r} starts after its end session {end.date()}",
                       "choose an earlier start or a later --on date")
    if rows_back is not None:
        pos = end_row
        if pos - rows_back < 0:
            raise DataUnavailable(f"the window {text} needs {rows_back} session(s) before "
                                  f"{end.date()}; the data begins on {dates.first.date()}",
                                  "choose a shorter window or a later date")
        return Window(text, dates.at(pos - rows_back), end, rule, None, tuple(notes)), None, pos
    if start_target is None:
        if m_rel:
            n, unit = int(m_rel.group(1)), m_rel.group(2)
            try:
                if unit == "W":
                    start_target = end - pd.Timedelta(days=7 * n)
                elif end.year - n // (1 if unit == "Y" else 12) > _MONTHS_BACK_FROM_YEAR:
                    start_target = _months_back(end, n if unit == "M" else 12 * n)
                elif unit == "M":
                    start_target = end - pd.DateOffset(months=n)
                else:
                    start_target = end - pd.DateOffset(years=n)
            except OutOfBoundsDatetime:  # centuries back (999Y): before any data anyway
                raise DataUnavailable(f"the window {text} starts centuries before {name} begins "
                                      f"on {dates.first.date()}",
                                      "choose a shorter window or a later date") from None
        elif text == "YTD":
            start_target = pd.Timestamp(end.year - 1, 12, 31)
        elif text == "QTD":
            start_target = pd.Timestamp(end.year, 3 * ((end.month - 1) // 3) + 1, 1) \
                - pd.Timedelta(days=1)
        else:
            start_target = pd.Timestamp(end.year, end.month, 1) - pd.Timedelta(days=1)
    start_row = dates.row(start_target)  # the last row on or before the target
    start = dates.at(start_row) if start_row >= 0 else None
    if start is None:
        raise DataUnavailable(f"the window {text} starts on {start_target.date()}, before "
                              f"{name} begins on {dates.first.date()}",
                              "choose a shorter window or a later date")
    if start >= end:
        raise BadInput(f"window {text} ending {end.date()} holds no change (it starts and ends "
                       f"on {end.date()})", "choose a longer window or a later --on date")
    gap = gap_sessions(start, resolve_session(start_target)[0])
    if gap > MAX_GAP_SESSIONS:
        raise DataUnavailable(
            f"{name} has no value near {start_target.date()} (last before it: "
            f"{start.date()})", "choose a window the data covers")
    return Window(text, start, end, rule, start_target, tuple(notes)), start_row, end_row


def _check_end_gap(end: pd.Timestamp, wanted: pd.Timestamp, dates: _Dates, name: str,
                   notes: list[str]) -> None:
    """A missing row at the end session inside the data (or at an end the caller derived):
    a few sessions are bridged with a note, more is not covered."""
    gap = gap_sessions(end, wanted)
    if gap > MAX_GAP_SESSIONS:
        raise DataUnavailable(
            f"{name} has no value between {end.date()} and {wanted.date()}",
            f"its data runs from {dates.first.date()} to {dates.last.date()}; choose an earlier --on")
    if gap:
        notes.append(f"no value on {wanted.date()}; using {end.date()}")


# ----------------------------------------------------------------------------- returns


@dataclass(kw_only=True)
class PeriodReturn(Result):
    """A symbol's return between two closes."""

    symbol: str
    name: str
    window: str
    start: pd.Timestamp
    end: pd.Timestamp
    start_close: float
    end_close: float
    return_pct: float
    change_points: float
    basis: str  # "price" (close) or "total" (adj_close)
    sessions: int


def _price_symbol(symbol: str) -> SymbolInfo:
    info = get_store().resolve(symbol)  # built-ins and symbols imported by earlier runs
    if info.kind not in (Kind.INDEX, Kind.ETF):
        raise BadInput(f"{info.symbol} is a {info.kind.value}, not a price series",
                       "returns are for indices and ETFs; see 'capscope fed' for rates")
    return info


def _field_history(info: SymbolInfo, total: bool) -> FieldHistory:
    """The close (or adj_close) rows of a symbol, NaN dropped, memoised per process; its
    ``rows_end`` is the symbol's last row (the default as-of)."""
    if total and not info.has_total_return:
        raise BadInput(f"{info.symbol} is a price index with no total-return series",
                       "drop --total, or use an ETF (e.g. IWM for RUT, SPY for SPX)")
    col = "adj_close" if total else "close"
    h = history(info.symbol, col)
    if h.rows_end is None:
        bars(info.symbol)  # raises the "no data in the store" error
    if not len(h):
        raise DataUnavailable(f"{info.symbol} has no {col} values",
                              "use the other basis (--total or not)")
    return h


def _return_from(info: SymbolInfo, h: FieldHistory, win: Window, total: bool,
                 rows: tuple[int | None, int] | None = None) -> PeriodReturn:
    """The return over ``win``; ``rows``: the rows of its bounds in ``h`` when the window rule
    read them off ``h``'s own dates (a None start row is searched)."""
    if rows is None:
        rows = (None, h.row(win.end))
    i0 = h.row(win.start) if rows[0] is None else rows[0]  # both bounds are dates of the series
    i1 = rows[1]
    c0, c1 = float(h.values[i0]), float(h.values[i1])
    col = "adj_close" if total else "close"
    basis = "total" if total else "price"
    n = i1 - i0
    return PeriodReturn(
        symbol=info.symbol, name=info.name, window=win.label, start=win.start, end=win.end,
        start_close=c0, end_close=c1, return_pct=(c1 / c0 - 1.0) * 100.0,
        change_points=c1 - c0, basis=basis, sessions=n,
        evidence={**win.to_dict(), "start_close": c0, "end_close": c1},
        provenance={"symbol": info.symbol, "field": col, "basis": basis,
                    "basis_text": "total return (dividend-adjusted close)" if total
                    else "price return (close, not dividend-adjusted)"},
        warnings=list(win.notes),
    )


def period_return(symbol: str, window: str = "1M", on: DateLike | None = None,
                  total: bool = False) -> PeriodReturn:
    """The price (or, with ``total``, total) return of a symbol over a calendar window."""
    info = _price_symbol(symbol)
    h = _field_history(info, total)
    # without --on the as-of is the symbol's last row, so an adj_close that stops earlier is
    # reported rather than silently measured to an older date
    try:
        field = "adj_close" if total else "close"
        win, start_row, end_row = _window_rows(
            window, h.rows_end if on is None else on, _history_dates(h),
            f"{info.symbol} {field}", None if on is None else (info.symbol, field))
    except DataUnavailable as exc:
        raise _with_coverage(info, exc) from None
    return _return_from(info, h, win, total, (start_row, end_row))


def _history_dates(h: FieldHistory) -> _Dates:
    """The dates of a (non-empty) history for the window rule, with the nanoseconds and end
    dates the history already holds."""
    if h.dates.unit != "ns":
        return _Dates(h.dates)
    return _Dates(h.dates, h.ns, h.first, h.last, h.day64)


def _with_coverage(info: SymbolInfo, exc: DataUnavailable) -> DataUnavailable:
    """The error, with where each field reaches when close and adj_close cover different spans
    (the sector funds: adj_close to 2026-07-02, raw closes only from 2026-03-20)."""
    from capscope.stats._asof import field_coverage

    frame = bars(info.symbol)
    spans = [frame[f].dropna() for f in ("close", "adj_close") if f in frame.columns]
    spans = [v for v in spans if not v.empty]
    if len(spans) < 2 or (spans[0].index[0], spans[0].index[-1]) == (spans[1].index[0],
                                                                        spans[1].index[-1]):
        return exc
    return DataUnavailable(exc.message, f"{info.symbol} has {field_coverage(frame)}: choose a "
                                        "window inside one (--total for adj_close)")


@dataclass(kw_only=True)
class ReturnComparison(Result):
    """Two returns over the same window: difference in points, ratio, relative performance."""

    a: PeriodReturn
    b: PeriodReturn
    difference_pp: float
    relative_pct: float  # (1+a)/(1+b) - 1: how much a's value grew relative to b's
    ratio: float | None
    ratio_note: str
    leader: str

    def _table(self) -> pd.DataFrame:
        return pd.concat([self.a._table(), self.b._table()], ignore_index=True)  # by symbol


def return_ratio(a_pct: float, b_pct: float) -> tuple[float | None, str]:
    """``a / b`` with the rule for a falling or near-flat denominator (module docstring)."""
    if b_pct <= 0:
        return None, (f"no ratio: the second return is {b_pct:+.2f}%, so 'N times the gains' "
                      "has no meaning; use the difference in percentage points")
    if b_pct < RATIO_MIN_DENOMINATOR_PCT:
        return None, (f"no ratio: the second return ({b_pct:+.3f}%) is below "
                      f"{RATIO_MIN_DENOMINATOR_PCT}% and the ratio would be noise")
    r = a_pct / b_pct
    if a_pct < 0:
        return r, "the first fell while the second rose: the ratio is negative"
    return r, f"the first gained {r:.2f} times as much as the second"


def loss_ratio(a_pct: float, b_pct: float) -> tuple[float | None, str]:
    """How many times as much the first fell as the second, when both fell.

    Why: "the small-cap index is down nearly twice as much as the large-cap indexes" compares two
    losses; the ratio of gains (:func:`return_ratio`) has no meaning there, the ratio of the
    losses does. None (with the reason) unless both fell and the second by at least
    :data:`RATIO_MIN_DENOMINATOR_PCT` percent.
    """
    if a_pct >= 0 or b_pct >= 0:
        return None, f"no loss ratio: not both fell ({a_pct:+.2f}%, {b_pct:+.2f}%)"
    if -b_pct < RATIO_MIN_DENOMINATOR_PCT:
        return None, (f"no loss ratio: the second fell {b_pct:+.3f}%, less than "
                      f"{RATIO_MIN_DENOMINATOR_PCT}%, and the ratio would be noise")
    r = a_pct / b_pct
    return r, f"both fell: the first lost {r:.2f} times as much as the second"


def compare_returns(a: str, b: str, window: str = "1M", on: DateLike | None = None,
                    total: bool = False) -> ReturnComparison:
    """Both returns over one window (the same two sessions), their difference and ratio."""
    ia, ib = _price_symbol(a), _price_symbol(b)
    if ia.symbol == ib.symbol:
        raise BadInput(f"{b} is the same series as {a}",
                       "compare two different symbols, e.g. RUT --vs SPX")
    ha, hb = _field_history(ia, total), _field_history(ib, total)
    common = ha.dates.intersection(hb.dates)
    subject = None if on is None else (f"{ia.symbol} and {ib.symbol}",
                                       "adj_close" if total else "close")
    if on is None:
        on = min(cast(pd.Timestamp, ha.rows_end), cast(pd.Timestamp, hb.rows_end))
    try:
        win = window_bounds(window, on, common, name=f"{ia.symbol} with {ib.symbol}",
                            subject=subject)
    except DataUnavailable as exc:
        raise _with_coverage(ia, _with_coverage(ib, exc)) from None
    ra, rb = _return_from(ia, ha, win, total), _return_from(ib, hb, win, total)
    ratio, note = return_ratio(ra.return_pct, rb.return_pct)
    rel = ((1 + ra.return_pct / 100) / (1 + rb.return_pct / 100) - 1) * 100
    leader = ia.symbol if ra.return_pct > rb.return_pct else (
        ib.symbol if rb.return_pct > ra.return_pct else "tie")
    warnings = list(win.notes)
    if ia.kind is not ib.kind:
        warnings.append(f"{ia.symbol} is an {ia.kind.value} and {ib.symbol} an "
                        f"{ib.kind.value}: their returns differ by fees and, on a price basis, "
                        "by dividends")
    return ReturnComparison(
        a=ra, b=rb, difference_pp=ra.return_pct - rb.return_pct, relative_pct=rel, ratio=ratio,
        ratio_note=note, leader=leader,
        evidence={**win.to_dict(), "a": ra.evidence, "b": rb.evidence},
        provenance={"basis": ra.basis, "a": ra.provenance, "b": rb.provenance},
        warnings=warnings,
    )


# --------------------------------------------------------------------- relative strength


@dataclass(kw_only=True)
class RelativeStrength(Result):
    """The ratio line a/b over a window, its latest value and where that stands in history."""

    a: str
    b: str
    start: pd.Timestamp
    end: pd.Timestamp
    start_value: float
    latest: float
    change_pct: float
    highest_since: pd.Timestamp | None  # last earlier date the line was at or above latest
    lowest_since: pd.Timestamp | None  # last earlier date the line was at or below latest
    history_start: pd.Timestamp
    line: pd.Series = field(repr=False)

    def _table(self) -> pd.DataFrame:
        return self.line.rename("ratio").to_frame()


def relative_strength(a: str, b: str, start: DateLike | None = None, end: DateLike | None = None,
                      on: DateLike | None = None, total: bool = False) -> RelativeStrength:
    """The ratio line a/b (closes on common sessions) and its highest/lowest since.

    "Highest since" is searched over the whole common history up to the end date, not only the
    shown window, so "the ratio is at its highest since 2021" can be checked.
    """
    from capscope.stats._kernels import highest_since, lowest_since

    ia, ib = _price_symbol(a), _price_symbol(b)
    col = "adj_close" if total else "close"
    sa, sb = _field_history(ia, total).series(col), _field_history(ib, total).series(col)
    joined = pd.concat([sa.rename("a"), sb.rename("b")], axis=1, join="inner").dropna()
    if joined.empty:
        raise DataUnavailable(f"{ia.symbol} and {ib.symbol} share no sessions",
                              "choose two series that overlap in time")
    full = joined["a"] / joined["b"]
    notes: list[str] = []
    stop = end if end is not None else on
    if stop is not None:
        stop_day, note = resolve_session(stop)
        if note:
            notes.append(note)
        full = full.loc[:stop_day]
        if full.empty:
            raise DataUnavailable(f"{ia.symbol}/{ib.symbol} begins on "
                                  f"{joined.index[0].date()}, after {stop_day.date()}",
                                  "choose a later date")
    lo = parse_date(start, what="start") if start is not None else full.index[0]
    line = full.loc[lo:]
    if len(line) < 2:
        raise BadInput(f"the window from {lo.date()} to {full.index[-1].date()} holds fewer "
                       "than two sessions", "choose an earlier start")
    values = full.to_numpy(dtype=np.float64)
    hi_idx = int(highest_since(values)[-1])
    lo_idx = int(lowest_since(values)[-1])
    latest = float(line.iloc[-1])
    hs = full.index[hi_idx] if hi_idx >= 0 else None
    ls = full.index[lo_idx] if lo_idx >= 0 else None
    return RelativeStrength(
        a=ia.symbol, b=ib.symbol, start=line.index[0], end=line.index[-1],
        start_value=float(line.iloc[0]), latest=latest,
        change_pct=(latest / float(line.iloc[0]) - 1) * 100, highest_since=hs, lowest_since=ls,
        history_start=full.index[0], line=line,
        evidence={"start": line.index[0], "end": line.index[-1],
                  "a_start": float(joined["a"].loc[line.index[0]]),
                  "a_end": float(joined["a"].loc[line.index[-1]]),
                  "b_start": float(joined["b"].loc[line.index[0]]),
                  "b_end": float(joined["b"].loc[line.index[-1]]),
                  "highest_since_value": None if hs is None else float(full.loc[hs]),
                  "lowest_since_value": None if ls is None else float(full.loc[ls])},
        provenance={"line": f"{ia.symbol} / {ib.symbol}", "basis": "total" if total else "price",
                    "field": "adj_close" if total else "close",
                    "history_searched_from": full.index[0]},
        warnings=notes,
    )


__all__ = ["RATIO_MIN_DENOMINATOR_PCT", "WINDOW_HELP", "PeriodReturn", "RelativeStrength",
           "ReturnComparison", "Window", "compare_returns", "period_return", "relative_strength",
           "gap_sessions", "loss_ratio", "return_ratio", "window_bounds"]
