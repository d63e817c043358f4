"""Whole-history scans of one field of one symbol, computed once per process and read by row.

"Highest close since when?", the running record and the current streak are *causal*: the answer
on row t depends only on rows 0..t. So a scan over the whole stored history, read at the as-of
row, gives exactly what a scan over the history cut at that row gives, without look-ahead. A
claim check asks such questions hundreds of times about a handful of symbols; scanning the
full history once per (symbol, field) and indexing it turns each question into an array read.

The arrays live in :meth:`Store.memo`, so they are dropped whenever the store is written to.
They are read-only: a caller that needs to change one must copy it.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
import pandas as pd

from capscope.data.store import Store, get_store
from capscope.stats._kernels import (
    Drawdown,
    drawdown_from_peak,
    highest_since,
    lowest_since,
    run_lengths,
)

DIRECT_ANSWERS = 64
"""Questions a history answers without its scans, per process.

A scan walks the whole history (interpreted until numba is loaded, see ``JIT_MIN_CELLS``) to
answer every row (about 17 ms for a 10,000-row index); one question needs one vectorised pass
over the rows before it (tens of microseconds). A one-article check asks each history a handful
to a few dozen questions, a long-running checker thousands: so the first questions are answered
directly and the scans are built only for a history asked more often. (At 8, a 2,000-word
article built eight interpreted scans in its one process: 1.31 s whole-process; at 64, 1.15 s.)
"""


def _frozen(arr: np.ndarray) -> np.ndarray:
    arr.setflags(write=False)
    return arr


class FieldHistory:
    """The rows of a symbol where the chosen field(s) have values, with causal scans by row.

    ``dates`` are the sessions (NaN rows dropped), ``values`` the field on them. Every scan is
    built on first use and holds one entry per row; read it at :meth:`row` of the as-of session.
    """

    def __init__(self, dates: pd.DatetimeIndex, values: np.ndarray, rows_end: pd.Timestamp | None,
                 rows_begin: pd.Timestamp | None = None):
        self._direct_left = DIRECT_ANSWERS
        self.dates = dates
        self.values = _frozen(np.array(values, dtype=np.float64))
        # int64 nanoseconds (Timestamp.value is always in ns): searchsorted without pandas
        self.ns = _frozen(dates.as_unit("ns").asi8.copy())
        # the same nanoseconds as datetime64: a Timestamp boxes from one in two thirds of the
        # time it takes from an int
        self.day64 = self.ns.view("M8[ns]")
        self.rows_end = rows_end  # the symbol's last stored row (any field)
        self.rows_begin = rows_begin  # the symbol's first stored row (any field)

    def __len__(self) -> int:
        return len(self.values)

    @cached_property
    def first(self) -> pd.Timestamp:
        """``dates[0]``, boxed once (every as-of read compares against it)."""
        return self.dates[0]

    @cached_property
    def last(self) -> pd.Timestamp:
        """``dates[-1]``, boxed once."""
        return self.dates[-1]

    def date(self, i: int) -> pd.Timestamp:
        """The date of row ``i`` (as ``dates[i]`` gives, without pandas' boxing cost)."""
        return pd.Timestamp(self.day64[i])

    def row(self, day: pd.Timestamp) -> int:
        """Row of the last date on or before ``day`` (-1 when ``day`` is before the first)."""
        return int(self.ns.searchsorted(day.value, side="right")) - 1

    def first_row_from(self, day: pd.Timestamp) -> int:
        """Row of the first date on or after ``day`` (len when none)."""
        return int(self.ns.searchsorted(day.value, side="left"))

    def series(self, name: str | None = None) -> pd.Series:
        """The field as a Series on its dates (a fresh object: safe to modify)."""
        return pd.Series(self.values, index=self.dates, name=name, copy=True)

    def _scan_input(self) -> np.ndarray:
        # a writable copy: compiled kernels are specialised (and disk-cached) for writable arrays
        return np.array(self.values)

    def window_extreme_row(self, lo: int, t: int, kind: str) -> tuple[float, int]:
        """Highest (``kind="high"``) or lowest value of rows lo..t and its row (the earliest on
        ties, as ``Series.idxmax`` gives); the row, not its date, so a caller boxes the dates of
        several answers at once."""
        seg = self.values[lo:t + 1]
        k = int(seg.argmax() if kind == "high" else seg.argmin())
        return float(seg[k]), lo + k

    # -- questions about one row: answered directly at first, then from the scans ------------
    def _direct(self, scan: str) -> bool:
        """Whether to answer without the whole-history scan ``scan``: while it is not built and
        this history has been asked fewer than DIRECT_ANSWERS questions."""
        if scan in self.__dict__ or self._direct_left <= 0:
            return False
        self._direct_left -= 1
        return True

    def since(self, t: int, high: bool) -> int:
        """The last row before ``t`` whose value is at or above (``high``) or at or below row
        ``t``'s; -1 when there is none (a record, or the lowest in the data)."""
        if self._direct("highest_since" if high else "lowest_since"):
            v, prior = self.values[t], self.values[:t]
            hits = (prior >= v) if high else (prior <= v)
            return t - 1 - int(np.argmax(hits[::-1])) if hits.any() else -1
        return int((self.highest_since if high else self.lowest_since)[t])

    def record(self, t: int) -> tuple[float, int]:
        """The highest value of rows 0..t and its row (the earliest on ties)."""
        if self._direct("drawdown"):
            k = int(np.argmax(self.values[:t + 1]))
            return float(self.values[k]), k
        dd = self.drawdown
        return float(dd.peak[t]), int(dd.peak_index[t])

    def run(self, t: int, up: bool) -> int:
        """Consecutive rows ending at ``t``, each above (``up``) or below the previous value."""
        if self._direct("up_run" if up else "down_run"):
            diff = np.diff(self.values[:t + 1], prepend=np.nan)
            steps = (diff > 0) if up else (diff < 0)  # row 0 (NaN) is False: the walk stops
            return int(np.argmin(steps[::-1]))
        return int((self.up_run if up else self.down_run)[t])

    # -- whole-history scans: one entry per row ----------------------------------------------
    @cached_property
    def highest_since(self) -> np.ndarray:
        """Per row: the last earlier row at or above it (-1: a record)."""
        return _frozen(highest_since(self._scan_input()))

    @cached_property
    def lowest_since(self) -> np.ndarray:
        """Per row: the last earlier row at or below it (-1: the lowest in the data)."""
        return _frozen(lowest_since(self._scan_input()))

    @cached_property
    def drawdown(self) -> Drawdown:
        """Running record, the row it was set (earliest on ties) and the fraction below it."""
        dd = drawdown_from_peak(self._scan_input())
        return Drawdown(*(_frozen(a) for a in dd))

    @cached_property
    def up_run(self) -> np.ndarray:
        """Per row: consecutive rows ending there, each above the previous value."""
        diff = np.diff(self.values, prepend=np.nan)
        return _frozen(run_lengths(diff > 0))

    @cached_property
    def down_run(self) -> np.ndarray:
        """Per row: consecutive rows ending there, each below the previous value."""
        diff = np.diff(self.values, prepend=np.nan)
        return _frozen(run_lengths(diff < 0))


def _build(frame: pd.DataFrame, column: str, require: tuple[str, ...]) -> FieldHistory:
    ok = frame[list(require)].notna().all(axis=1).to_numpy()
    rows_end = frame.index[-1] if len(frame) else None
    rows_begin = frame.index[0] if len(frame) else None
    return FieldHistory(frame.index[ok], frame[column].to_numpy(dtype=np.float64)[ok], rows_end,
                        rows_begin)


def history(symbol: str, field: str, *, require: tuple[str, ...] | None = None,
            store: Store | None = None) -> FieldHistory:
    """``field`` of the stored rows of ``symbol`` (a canonical symbol) where every field of
    ``require`` (default: ``field`` alone) has a value; built once per process and store.

    ``history("RUT", "high", require=("high", "low"))`` is the intraday side: the rows that have
    both a high and a low.
    """
    st = store or get_store()
    need = require or (field,)
    return st.memo(("history", symbol, field, need),
                   lambda: _build(st.bars(symbol), field, need))


SCANS = ("highest_since", "lowest_since", "drawdown", "up_run", "down_run")
INTRADAY = ("high", "low")


def prebuild(symbols: tuple[str, ...], *, store: Store | None = None) -> list[str]:
    """Build the close and intraday histories of ``symbols`` with every scan, now.

    Scans are otherwise built on a history's first questions, inside whatever call asks them;
    a long-running checker builds them up front so no article pays for them. Symbols the store
    does not hold are skipped; the ones built are returned.
    """
    st = store or get_store()
    held = set(st.symbols())
    built = []
    for sym in symbols:
        if sym not in held:
            continue
        sides = [history(sym, "close", store=st)]
        sides += [history(sym, f, require=INTRADAY, store=st) for f in INTRADAY]
        for h in sides:
            if len(h):
                for scan in SCANS:
                    getattr(h, scan)
        built.append(sym)
    return built


__all__ = ["FieldHistory", "history", "prebuild"]
