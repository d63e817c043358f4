"""The highest (or lowest) close of a series inside a calendar window: "its 2007 peak".

News measures a fall from a named peak as often as from the record: "almost 56% below its 2007
peak", "from the November 25 peak", "its October 1997 record". The peak of a named period is the
highest close dated inside it (the lowest for a low; the earliest session on ties), which is
what this returns, with its date, so a distance can be measured from it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from capscope.data.calendar import DateLike, parse_date
from capscope.data.series import series
from capscope.data.store import get_store
from capscope.errors import DataUnavailable


def _rows(symbol: str, field: str) -> tuple[np.ndarray, np.ndarray] | None:
    """A field's NaN-free dates (int64 ns) and values as arrays, built once per store state."""
    store = get_store()
    sym = store.resolve(symbol).symbol

    def build() -> tuple[np.ndarray, np.ndarray] | None:
        frame = store.bars(sym)
        if field not in frame.columns:
            return None
        col = frame[field].dropna()
        return col.index.to_numpy(dtype="datetime64[ns]").view("int64"), col.to_numpy(dtype=float)

    return store.memo(("extremes_rows", sym, field), build)


def _closes(symbol: str, lo: pd.Timestamp, hi: pd.Timestamp, field: str = "close") -> pd.Series:
    """One field inside [lo, hi], NaNs dropped: the checker asks this for many windows, so it is
    two binary searches on arrays built once, not a frame slice each time."""
    rows = _rows(symbol, field)
    if rows is None:
        return series(symbol, lo, hi, field)  # let the read API name the problem
    dates, values = rows
    i = int(np.searchsorted(dates, lo.value, side="left"))
    j = int(np.searchsorted(dates, hi.value, side="right"))
    return pd.Series(values[i:j], index=pd.DatetimeIndex(dates[i:j].view("datetime64[ns]")))


@dataclass(frozen=True)
class WindowExtreme:
    """The highest or lowest value of one field inside [start, end]."""

    symbol: str
    which: str  # "high" or "low"
    field: str
    start: pd.Timestamp
    end: pd.Timestamp
    value: float
    date: pd.Timestamp

    @property
    def command(self) -> str:
        """The command that lists the rows the extreme is taken from."""
        return (f"capscope data show {self.symbol} --start {self.start.date()} "
                f"--end {self.end.date()}")


def extreme_in(symbol: str, start: DateLike, end: DateLike, which: str = "high",
               field: str = "close") -> WindowExtreme:
    """The highest (``which="high"``) or lowest close of ``symbol`` dated in [start, end]."""
    lo, hi = parse_date(start, what="start"), parse_date(end, what="end")
    s = _closes(symbol, lo, hi, field)
    if s.empty:
        raise DataUnavailable(f"{symbol} has no {field} between {lo.date()} and {hi.date()}",
                              "choose a window inside the data")
    day = s.idxmax() if which == "high" else s.idxmin()
    return WindowExtreme(symbol, which, field, lo, hi, float(s.loc[day]), pd.Timestamp(day))




@dataclass(frozen=True)
class WindowDrawdown:
    """The deepest peak-to-trough fall of closes dated in [start, end] (peak before trough)."""

    symbol: str
    start: pd.Timestamp
    end: pd.Timestamp
    peak: float
    peak_date: pd.Timestamp
    trough: float
    trough_date: pd.Timestamp

    @property
    def depth_pct(self) -> float:
        """The fall from the peak to the trough, in percent (negative)."""
        return (self.trough / self.peak - 1) * 100

    @property
    def command(self) -> str:
        return (f"capscope data show {self.symbol} --start {self.start.date()} "
                f"--end {self.end.date()}")


def max_drawdown_in(symbol: str, start: DateLike, end: DateLike) -> WindowDrawdown:
    """The deepest fall from a close to a later close, both dated in [start, end].

    Why: "the index fell 54.5 percent from March 1937 to March 1938" and "the 2000-02 bear
    market, when the S&P 500 fell nearly 50%" quote the peak-to-trough fall inside the period,
    which differs from the change between the period's first and last closes.
    """
    lo, hi = parse_date(start, what="start"), parse_date(end, what="end")
    s = _closes(symbol, lo, hi)
    if len(s) < 2:
        raise DataUnavailable(f"{symbol} has fewer than two closes between {lo.date()} and "
                              f"{hi.date()}", "choose a longer window inside the data")
    values = s.to_numpy(dtype="float64")
    running = np.maximum.accumulate(values)
    depth = values / running - 1
    t = int(depth.argmin())
    p = int(values[: t + 1].argmax())
    return WindowDrawdown(symbol, lo, hi, float(values[p]), pd.Timestamp(s.index[p]),
                          float(values[t]), pd.Timestamp(s.index[t]))


@dataclass(frozen=True)
class DrawdownEpisode:
    """A fall from a record close until the close regains it: the peak, the first close at the
    stated depth below it (when the market "entered" a correction or bear market), the trough, and
    the close that regained the peak (None: not yet, at the day asked)."""

    symbol: str
    depth_pct: float
    peak: pd.Timestamp
    entered: pd.Timestamp
    trough: pd.Timestamp
    trough_pct: float
    recovered: pd.Timestamp | None

    def command_on(self, on: pd.Timestamp) -> str:
        """The command that lists this episode with the others up to ``on``."""
        return f"capscope corrections {self.symbol} --depth {self.depth_pct:g} --on {on.date()}"

    def to_dict(self) -> dict:
        day = lambda t: None if t is None else t.date().isoformat()  # noqa: E731
        return {"symbol": self.symbol, "depth_pct": self.depth_pct, "peak": day(self.peak),
                "entered": day(self.entered), "trough": day(self.trough),
                "trough_pct": round(self.trough_pct, 4), "recovered": day(self.recovered)}


def drawdown_episodes(symbol: str, depth_pct: float, on: DateLike) -> list[DrawdownEpisode]:
    """Every fall of at least ``depth_pct`` % from a record close, up to the close of ``on``, in
    order (the last one may still run).

    Why: "its first bear market since March 9, 2020", "the first 10 percent decline in four
    years", "its first correction since 2011" date the market state's episode before the current
    one. An episode runs from a record close to the close that regains it, so a bear market that
    eases above the 20% line and falls back is one episode, not two.
    """
    day = parse_date(on, what="day")
    rows = _rows(symbol, "close")
    if rows is None:
        raise DataUnavailable(f"{symbol} has no closes", "choose a price series")
    dates, values = rows
    j = int(np.searchsorted(dates, day.value, side="right"))
    values = values[:j]
    if j == 0:
        raise DataUnavailable(f"{symbol} has no close by {day.date()}", "choose a day inside the data")
    if j == len(dates) and day.value > dates[-1]:
        from capscope.stats._asof import past_end

        # a few sessions past the last row: its figures stand in; further off, refused
        past_end(day, pd.Timestamp(int(dates[-1])), symbol, "close",
                 hint=f"use a date up to {pd.Timestamp(int(dates[-1])).date()}, or update the data")
    floor = 1.0 - depth_pct / 100.0
    out: list[DrawdownEpisode] = []
    for peak, trough, end in drawdown_spans(values):
        deep = np.flatnonzero(values[peak + 1:end] <= values[peak] * floor)
        if not len(deep):
            continue
        out.append(DrawdownEpisode(symbol, depth_pct, _session(dates, peak), _session(dates, peak + 1 + int(deep[0])),
                                   _session(dates, trough), (values[trough] / values[peak] - 1.0) * 100.0,
                                   _session(dates, end) if end < j else None))
    return out


def drawdown_spans(values: np.ndarray) -> list[tuple[int, int, int]]:
    """Each fall of a NaN-free line below its running record, as rows: (the record it fell from,
    its trough, the first row back at the record; ``len(values)`` while still under water).

    The one walk behind the risk table's worst drawdowns and the corrections' episodes.
    """
    at_record = np.flatnonzero(values >= np.maximum.accumulate(values))  # records and ties
    edges = np.append(at_record, len(values))
    return [(int(a), int(a) + 1 + int(values[a + 1:b].argmin()), int(b))
            for a, b in zip(edges[:-1], edges[1:], strict=True) if b - a >= 2]


def _session(dates: np.ndarray, row: int) -> pd.Timestamp:
    return pd.Timestamp(int(dates[row]))


__all__ = ["DrawdownEpisode", "WindowDrawdown", "WindowExtreme", "drawdown_episodes", "drawdown_spans",
           "extreme_in", "max_drawdown_in"]


@dataclass(frozen=True)
class RecordCloses:
    """The record closes a series set inside a window (each close above every earlier one)."""

    symbol: str
    start: pd.Timestamp
    end: pd.Timestamp
    dates: tuple[pd.Timestamp, ...]
    data_begins: pd.Timestamp

    @property
    def count(self) -> int:
        return len(self.dates)


def record_closes_in(symbol: str, start: DateLike, end: DateLike) -> RecordCloses:
    """Every session in [start, end] whose close beat every earlier close in the data.

    Why: "the Russell 2000 has set 10 closing records this year", "its 57th record close of
    2024" count records in a window; the count depends on the whole history before it.
    """
    lo, hi = parse_date(start, what="start"), parse_date(end, what="end")
    rows = _rows(symbol, "close")
    if rows is None:
        raise DataUnavailable(f"{symbol} has no closes", "choose a price series")
    dates, values = rows
    j = int(np.searchsorted(dates, hi.value, side="right"))
    if j == 0:
        raise DataUnavailable(f"{symbol} has no close by {hi.date()}", "choose a window inside the data")
    run = np.maximum.accumulate(values[:j])
    beat = np.empty(j, dtype=bool)
    beat[0] = False
    beat[1:] = values[1:j] > run[:-1]
    i = int(np.searchsorted(dates, lo.value, side="left"))
    picked = dates[i:j][beat[i:j]]
    return RecordCloses(symbol, lo, hi, tuple(pd.Timestamp(int(d)) for d in picked),
                        pd.Timestamp(int(dates[0])))
