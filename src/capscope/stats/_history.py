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


def _frozen(arr: np.ndarray) -> np.ndarray:
    arr.setflags(write=False)
    return arr


class FieldHistory:
    """The rows of a symbol where the chosen field(s) have values, with causal scans by row.

    ``dates`` are the sessions (NaN rows dropped), ``values`` the field on them. Every scan is
    built on first use and holds one entry per row; read it at :meth:`row` of the as-of session.
    """

    def __init__(self, dates: pd.DatetimeIndex, values: np.ndarray, rows_end: pd.Timestamp | None):
        self.dates = dates
        self.values = _frozen(np.array(values, dtype=np.float64))
        # int64 nanoseconds (Timestamp.value is always in ns): searchsorted without pandas
        self.ns = _frozen(dates.as_unit("ns").asi8.copy())
        self.rows_end = rows_end  # the symbol's last stored row (any field)

    def __len__(self) -> int:
        return len(self.values)

    def date(self, i: int) -> pd.Timestamp:
        """The date of row ``i`` (as ``dates[i]`` gives, without pandas' boxing cost)."""
        return pd.Timestamp(int(self.ns[i]))

    def row(self, day: pd.Timestamp) -> int:
        """Row of the last date on or before ``day`` (-1 when ``day`` is before the first)."""
        return int(np.searchsorted(self.ns, day.value, side="right")) - 1

    def first_row_from(self, day: pd.Timestamp) -> int:
        """Row of the first date on or after ``day`` (len when none)."""
        return int(np.searchsorted(self.ns, day.value, side="left"))

    def series(self, name: str | None = None) -> pd.Series:
        """The field as a Series on its dates (a fresh object: safe to modify)."""
        return pd.Series(self.values, index=self.dates, name=name, copy=True)

    def _scan_input(self) -> np.ndarray:
        # a writable copy: compiled kernels are specialised (and disk-cached) for writable arrays
        return np.array(self.values)

    def window_extreme(self, lo: int, t: int, kind: str) -> tuple[float, pd.Timestamp]:
        """Highest (``kind="high"``) or lowest value of rows lo..t and its date (earliest on ties,
        as ``Series.idxmax`` gives)."""
        seg = self.values[lo:t + 1]
        k = int(np.argmax(seg) if kind == "high" else np.argmin(seg))
        return float(seg[k]), self.date(lo + k)

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
    return FieldHistory(frame.index[ok], frame[column].to_numpy(dtype=np.float64)[ok], rows_end)


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


__all__ = ["FieldHistory", "history"]
