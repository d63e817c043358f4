"""Consecutive monthly (or weekly) gains and losses over a symbol's whole history.

Method: a month's close is the close of its last session in the data; the month's change is
that close against the previous month's close (so the first month in the data has no change,
and a month whose close equals the previous one breaks any streak). Weeks end on Friday
(pandas ``W-FRI``; a holiday Friday means the week's last session, e.g. Thursday). A streak is a
maximal run of months that each rose (or each fell); its cumulative move runs from the close
before its first month to the close of its last month.

The current streak is the one that contains the as-of date's period. When the as-of session is
not the last NYSE session of its month (week), that period is *in progress*: it counts with its
change so far and the result says so. "The first streak this long since ..." is the last earlier
streak in the same direction at least as long as the current one.

A date after the last row follows :func:`capscope.stats._asof.past_end`: up to three sessions
after it the streaks are those as of the last row (its month counts as in progress), with a
warning naming it; further, a one-line refusal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from capscope._result import Result
from capscope.data.calendar import DateLike, parse_date, resolve_session, sessions
from capscope.data.series import series
from capscope.data.store import get_store
from capscope.data.symbols import Kind
from capscope.errors import BadInput, DataUnavailable
from capscope.stats._asof import past_end
from capscope.stats.returns import MAX_GAP_SESSIONS, gap_sessions

_FREQ = {"monthly": "M", "weekly": "W-FRI", "quarterly": "Q", "yearly": "Y"}
_LABEL = {"monthly": "%Y-%m", "quarterly": "%YQ%q", "yearly": "%Y"}


def period_closes(s: pd.Series, frequency: str = "monthly") -> pd.DataFrame:
    """One row per month (week, quarter, year): its last session, close, and change against the
    previous close.

    Columns: period (text: 2024-07, 2024Q3, 2024, or the week's Friday 2024-07-19), last_session,
    close, change_pct (NaN for the first period).
    """
    if frequency not in _FREQ:
        raise BadInput(f"frequency {frequency!r} is not known", "use monthly, weekly, quarterly or yearly")
    s = s.dropna()
    if s.empty:
        raise DataUnavailable("the series has no closes", "choose another symbol")
    periods = s.index.to_period(_FREQ[frequency])
    grouped = pd.DataFrame({"close": s.to_numpy(), "last_session": s.index, "p": periods})
    out = grouped.groupby("p", sort=True).last()
    out["change_pct"] = out["close"].pct_change(fill_method=None) * 100.0
    if frequency in _LABEL:
        labels = [p.strftime(_LABEL[frequency]) for p in out.index]
    else:  # a week's Friday, for thousands of weeks at once (Period.end_time one by one is slow)
        labels = np.datetime_as_string(out.index.end_time.to_numpy().astype("datetime64[D]"), unit="D").tolist()
    out.insert(0, "period", labels)
    out.index = pd.RangeIndex(len(out))
    return out[["period", "last_session", "close", "change_pct"]]


def streak_runs(changes: np.ndarray) -> list[tuple[int, int, int]]:
    """Maximal runs of same-signed changes: (first row, last row, +1 or -1), in row order.

    A zero or NaN change belongs to no run and ends the run before it.
    """
    from capscope.stats._kernels import episodes

    c = np.asarray(changes, dtype=np.float64)
    up = episodes(np.nan_to_num(c, nan=0.0) > 0, 1)
    down = episodes(np.nan_to_num(c, nan=0.0) < 0, 1)
    runs = [(int(a), int(b), 1) for a, b in zip(up.start, up.end, strict=True)]
    runs += [(int(a), int(b), -1) for a, b in zip(down.start, down.end, strict=True)]
    return sorted(runs)


@dataclass(frozen=True)
class Streak:
    """One run of consecutive gains (direction "up") or losses ("down")."""

    direction: str
    length: int
    first_period: str
    last_period: str
    base_date: pd.Timestamp  # the close the streak is measured from (end of the period before)
    end_date: pd.Timestamp
    base_close: float
    end_close: float
    cumulative_pct: float
    in_progress: bool = False


@dataclass(kw_only=True)
class CalendarStreaks(Result):
    """The current monthly/weekly streak, when one as long last happened, and all long streaks."""

    symbol: str
    frequency: str
    asof: pd.Timestamp
    current: Streak | None  # None when the latest period was flat
    period_in_progress: bool
    completed_length: int  # the current streak without a period still in progress
    previous_as_long: Streak | None
    longest_up: Streak | None
    longest_down: Streak | None
    min_length: int
    streaks: list[Streak]
    data_begins: pd.Timestamp

    def _table(self) -> pd.DataFrame:
        return pd.DataFrame([s.__dict__ for s in self.streaks])


class _Columns:
    """The period table's columns as plain lists, read once: a streak per run reading rows with
    ``iloc`` cost half a second over 1,000 runs (the report builds three of these)."""

    def __init__(self, table: pd.DataFrame) -> None:
        self.close = table["close"].to_numpy(dtype=float).tolist()
        self.period = [str(p) for p in table["period"]]
        self.last = list(table["last_session"])


def _make(cols: _Columns, a: int, b: int, sign: int, in_progress: bool) -> Streak:
    c0, c1 = cols.close[a - 1], cols.close[b]
    return Streak("up" if sign > 0 else "down", b - a + 1, cols.period[a], cols.period[b],
                  cols.last[a - 1], cols.last[b], c0, c1, (c1 / c0 - 1) * 100.0, in_progress)


def _period_last_session(day: pd.Timestamp, frequency: str) -> pd.Timestamp:
    """The last NYSE session of the month (week) holding ``day``."""
    period = day.to_period(_FREQ[frequency])
    days = sessions(period.start_time.normalize(), period.end_time.normalize())
    return days[-1] if len(days) else day


def calendar_streaks(symbol: str, frequency: str = "monthly", on: DateLike | None = None,
                     min_length: int | None = None) -> CalendarStreaks:
    """Monthly (or weekly) streaks of ``symbol`` up to the as-of date.

    ``min_length`` selects the streaks listed in ``streaks`` (default: the current streak's
    length, i.e. every streak at least as long as today's).
    """
    info = get_store().resolve(symbol)  # built-ins and symbols imported by earlier runs
    if info.kind not in (Kind.INDEX, Kind.ETF):
        raise BadInput(f"{info.symbol} is a {info.kind.value}, not a price series",
                       "calendar streaks are for indices and ETFs")
    if min_length is not None and min_length < 1:
        raise BadInput(f"minimum length {min_length} makes no sense",
                       "use a length of at least 1")
    warnings: list[str] = []
    s = series(info.symbol)
    if on is not None:
        asof, note = resolve_session(on)
        if note:
            warnings.append(note)
        full = s
        s = s.loc[:asof]
        if s.empty:
            raise DataUnavailable(f"{info.symbol} has no close on or before {asof.date()}",
                                  f"its closes begin on {full.index[0].date()}; choose a later "
                                  "--on date")
        if asof > full.index[-1]:  # after the data: the rule every statistic shares
            warnings.append(past_end(parse_date(on), full.index[-1], info.symbol, "close",
                                     hint=f"use a date from {full.index[0].date()} to "
                                          f"{full.index[-1].date()}, or update the data"))
        else:
            gap = gap_sessions(s.index[-1], asof)
            if gap > MAX_GAP_SESSIONS:
                raise DataUnavailable(f"{info.symbol} has no value between {s.index[-1].date()} "
                                      f"and {asof.date()}", f"its data runs from "
                                      f"{full.index[0].date()} to {full.index[-1].date()}; "
                                      "choose an earlier --on")
            if gap:
                warnings.append(f"no value on {asof.date()}; using {s.index[-1].date()}")
    asof = s.index[-1]
    table = period_closes(s, frequency)
    if len(table) < 2:
        raise DataUnavailable(f"{info.symbol} has fewer than two {frequency} closes by "
                              f"{asof.date()}", "choose a later --on date")
    in_progress = asof < _period_last_session(asof, frequency)
    runs = streak_runs(table["change_pct"].to_numpy())
    last_row = len(table) - 1
    cols = _Columns(table)
    streaks = [_make(cols, a, b, sign, in_progress and b == last_row) for a, b, sign in runs]
    current = streaks[-1] if streaks and runs[-1][1] == last_row else None
    unit = "month" if frequency == "monthly" else "week"
    if in_progress:
        warnings.append(f"the {unit} of {table.iloc[-1]['period']} is in progress on "
                        f"{asof.date()} (its last session is "
                        f"{_period_last_session(asof, frequency).date()}); it counts with its "
                        "change so far")
    completed = 0
    previous = None
    if current is not None:
        completed = current.length - (1 if in_progress else 0)
        for st in reversed(streaks[:-1]):
            if st.direction == current.direction and st.length >= current.length:
                previous = st
                break
    k = min_length if min_length is not None else max(current.length if current else 1, 1)
    ups = [x for x in streaks if x.direction == "up"]
    downs = [x for x in streaks if x.direction == "down"]
    # ties: the earliest longest streak (it set the record; later ones only matched it)
    longest_up = max(ups, key=lambda x: (x.length, -x.end_date.value)) if ups else None
    longest_down = max(downs, key=lambda x: (x.length, -x.end_date.value)) if downs else None
    return CalendarStreaks(
        symbol=info.symbol, frequency=frequency, asof=asof, current=current,
        period_in_progress=in_progress, completed_length=completed, previous_as_long=previous,
        longest_up=longest_up, longest_down=longest_down, min_length=k,
        streaks=[x for x in streaks if x.length >= k], data_begins=s.index[0],
        evidence={"periods": len(table), "first_period": table.iloc[0]["period"],
                  "last_period": table.iloc[-1]["period"],
                  "recent_closes": table.tail(min(len(table), (current.length if current else 0)
                                                  + 2)).reset_index(drop=True)},
        provenance={"symbol": info.symbol, "field": "close", "basis": "price",
                    "rule": f"{unit}-end closes (last session of each {unit} in the data)"},
        warnings=warnings,
    )


__all__ = ["CalendarStreaks", "Streak", "calendar_streaks", "period_closes", "streak_runs"]
