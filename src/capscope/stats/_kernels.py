"""Path-dependent scans as numba loops over NumPy arrays (1-D series or 2-D panels).

Questions like "highest close since when?", "how long is the current streak?" or "what happened
21 sessions after each episode?" depend on the order of the rows, so pandas can only answer them
with Python loops or quadratic tricks. Each scan here is written once as a plain loop over a 2-D
array (rows = sessions, columns = symbols, column-wise like empyrical) and compiled with numba.
Set ``CAPSCOPE_DISABLE_JIT=1`` to run the very same loops as plain Python (useful to debug them
and to show that the compiled and interpreted code agree); ``_reference.py`` holds independent
brute-force versions the tests compare against.

Conventions, shared by every kernel:

* Input may be 1-D (one series) or 2-D (a panel); output has the matching shape.
* NaN in ``values`` is skipped: it never counts as an earlier high/low or a peak, and rows holding
  NaN get the "no answer" value (-1 for indices, NaN for floats).
* In a boolean ``mask``, a NaN (when a float mask is passed) counts as False, so a NaN breaks a run.
* Indices are row positions (0-based); ``-1`` means "none".
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

import numpy as np
import numpy.typing as npt

F = TypeVar("F", bound=Callable[..., Any])

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

JIT_ENABLED = os.environ.get("CAPSCOPE_DISABLE_JIT", "") in ("", "0")


def _jit(fn: F) -> F:
    """Compile ``fn`` with numba (cached on disk), unless the JIT is disabled."""
    if not JIT_ENABLED:
        return fn
    from numba import njit

    return njit(cache=True, nogil=True)(fn)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------------------------
# input shaping


def _as_panel(values: npt.ArrayLike) -> tuple[FloatArray, bool]:
    """A C-contiguous float64 2-D view of ``values`` and whether the input was 1-D."""
    arr = np.asarray(values, dtype=np.float64)
    if arr.ndim == 1:
        return np.ascontiguousarray(arr.reshape(-1, 1)), True
    if arr.ndim == 2:
        return np.ascontiguousarray(arr), False
    raise ValueError(f"expected a 1-D series or a 2-D panel, got {arr.ndim} dimensions")


def _as_mask_panel(mask: npt.ArrayLike) -> tuple[BoolArray, bool]:
    """A C-contiguous boolean 2-D view of ``mask``; NaN counts as False."""
    arr = np.asarray(mask)
    if arr.dtype != np.bool_:
        as_float = arr.astype(np.float64)
        arr = np.nan_to_num(as_float, nan=0.0) != 0.0
    if arr.ndim == 1:
        return np.ascontiguousarray(arr.reshape(-1, 1)), True
    if arr.ndim == 2:
        return np.ascontiguousarray(arr), False
    raise ValueError(f"expected a 1-D mask or a 2-D panel mask, got {arr.ndim} dimensions")


def _shape_back(out: np.ndarray, was_1d: bool) -> np.ndarray:
    return out[:, 0] if was_1d else out


# --------------------------------------------------------------------------------------------
# the loops (2-D in, 2-D out); written in the numba-compatible subset of Python


@_jit
def _run_lengths_2d(mask: BoolArray) -> IntArray:
    n, k = mask.shape
    out = np.empty((n, k), dtype=np.int64)
    if k == 1:  # a single series: keep the running count in a register
        run = 0
        for t in range(n):
            run = run + 1 if mask[t, 0] else 0
            out[t, 0] = run
        return out
    # a panel: rows outer, columns inner, walking the C-contiguous arrays in memory order
    runs = np.zeros(k, dtype=np.int64)
    for t in range(n):
        for c in range(k):
            runs[c] = runs[c] + 1 if mask[t, c] else 0
            out[t, c] = runs[c]
    return out


@_jit
def _extreme_since_2d(values: FloatArray, highest: bool) -> IntArray:
    # A stack of candidate rows whose values are strictly decreasing (increasing for lows) from
    # bottom to top. A row popped by a later row t can never answer a later query: t is newer and
    # at least as extreme. So each row is pushed and popped once: O(n) per column.
    n, k = values.shape
    out = np.full((n, k), -1, dtype=np.int64)
    stack = np.empty(n, dtype=np.int64)
    for c in range(k):
        top = 0
        for t in range(n):
            v = values[t, c]
            if np.isnan(v):
                continue
            if highest:
                while top > 0 and values[stack[top - 1], c] < v:
                    top -= 1
            else:
                while top > 0 and values[stack[top - 1], c] > v:
                    top -= 1
            if top > 0:
                out[t, c] = stack[top - 1]
            stack[top] = t
            top += 1
    return out


@_jit
def _count_episodes_2d(mask: BoolArray, min_len: int) -> int:
    n, k = mask.shape
    total = 0
    for c in range(k):
        run = 0
        for t in range(n):
            if mask[t, c]:
                run += 1
            else:
                if run >= min_len:
                    total += 1
                run = 0
        if run >= min_len:
            total += 1
    return total


@_jit
def _episodes_2d(mask: BoolArray, min_len: int) -> IntArray:
    n, k = mask.shape
    total = _count_episodes_2d(mask, min_len)
    out = np.empty((total, 3), dtype=np.int64)
    i = 0
    for c in range(k):
        run = 0
        for t in range(n + 1):
            on = mask[t, c] if t < n else False
            if on:
                run += 1
            else:
                if run >= min_len:
                    out[i, 0] = t - run
                    out[i, 1] = t - 1
                    out[i, 2] = c
                    i += 1
                run = 0
    return out


@_jit
def _forward_returns_pairs(values: FloatArray, starts: IntArray, cols: IntArray,
                           horizons: IntArray) -> FloatArray:
    n = values.shape[0]
    m = starts.shape[0]
    nh = horizons.shape[0]
    out = np.full((m, nh), np.nan)
    for i in range(m):
        s = starts[i]
        c = cols[i]
        if s < 0 or s >= n:
            continue
        base = values[s, c]
        if np.isnan(base) or base == 0.0:
            continue
        for j in range(nh):
            e = s + horizons[j]
            if e < n:
                out[i, j] = values[e, c] / base - 1.0
    return out


@_jit
def _drawdown_2d(values: FloatArray) -> tuple[FloatArray, IntArray, FloatArray]:
    # rows outer, columns inner (memory order), with the running record of each column in a
    # small state array
    n, k = values.shape
    peak = np.empty((n, k))
    peak_at = np.empty((n, k), dtype=np.int64)
    dd = np.empty((n, k))
    best = np.full(k, np.nan)
    best_at = np.full(k, -1, dtype=np.int64)
    for t in range(n):
        for c in range(k):
            v = values[t, c]
            if np.isnan(v):
                dd[t, c] = np.nan
            else:
                # ties keep the earlier record date: an equal close does not re-set the record
                if best_at[c] < 0 or v > best[c]:
                    best[c] = v
                    best_at[c] = t
                dd[t, c] = v / best[c] - 1.0
            peak[t, c] = best[c]
            peak_at[t, c] = best_at[c]
    return peak, peak_at, dd


@_jit
def _top_nonoverlapping_1d(scores: FloatArray, window: int, top: int) -> IntArray:
    # Greedy: take rows by descending score, skipping any whose window (row-window+1 .. row)
    # overlaps one already taken. Ties go to the earlier row (stable sort).
    order = np.argsort(-scores, kind="mergesort")
    n = scores.shape[0]
    taken = np.zeros(n, dtype=np.bool_)
    out = np.empty(min(top, n), dtype=np.int64)
    found = 0
    for idx in range(n):
        if found >= top:
            break
        r = order[idx]
        if np.isnan(scores[r]):
            continue
        lo = max(0, r - window + 1)
        hi = min(n - 1, r + window - 1)
        clash = False
        for q in range(lo, hi + 1):
            if taken[q]:
                clash = True
                break
        if clash:
            continue
        taken[r] = True
        out[found] = r
        found += 1
    return out[:found]


# --------------------------------------------------------------------------------------------
# public wrappers: shape handling and validation around the loops


class Episodes(NamedTuple):
    """Maximal runs of True: inclusive ``start``/``end`` rows and the panel ``column`` (0 for 1-D)."""

    start: IntArray
    end: IntArray
    column: IntArray

    @property
    def length(self) -> IntArray:
        return self.end - self.start + 1


class Drawdown(NamedTuple):
    """Running record (``peak``), the row it was set (``peak_index``) and ``drawdown`` = v/peak - 1."""

    peak: FloatArray
    peak_index: IntArray
    drawdown: FloatArray


def run_lengths(mask: npt.ArrayLike) -> IntArray:
    """Length of the run of True ending at each row (0 where False or NaN)."""
    panel, was_1d = _as_mask_panel(mask)
    return _shape_back(_run_lengths_2d(panel), was_1d)


def highest_since(values: npt.ArrayLike) -> IntArray:
    """For each row t, the last earlier row j < t with values[j] >= values[t]; -1 if none.

    "Highest close since j": every row strictly between j and t is below values[t]. A NaN row
    gets -1 and is never an answer. Works on any float array (prices, a relative-strength line).
    """
    panel, was_1d = _as_panel(values)
    return _shape_back(_extreme_since_2d(panel, True), was_1d)


def lowest_since(values: npt.ArrayLike) -> IntArray:
    """For each row t, the last earlier row j < t with values[j] <= values[t]; -1 if none."""
    panel, was_1d = _as_panel(values)
    return _shape_back(_extreme_since_2d(panel, False), was_1d)


def episodes(mask: npt.ArrayLike, min_len: int = 1) -> Episodes:
    """Every maximal run of True of length >= ``min_len`` (a 7-row run is one episode, not three).

    For a 2-D mask the episodes of column 0 come first, then column 1, ..., each in row order.
    """
    if int(min_len) < 1:
        raise ValueError(f"min_len must be >= 1, got {min_len}")
    panel, _ = _as_mask_panel(mask)
    table = _episodes_2d(panel, int(min_len))
    return Episodes(table[:, 0].copy(), table[:, 1].copy(), table[:, 2].copy())


def forward_returns(values: npt.ArrayLike, starts: npt.ArrayLike, horizons: npt.ArrayLike,
                    columns: npt.ArrayLike | None = None) -> FloatArray:
    """Simple return from row s to row s+h for each start s and horizon h (NaN past the end).

    1-D ``values``: result shape (len(starts), len(horizons)). 2-D values with ``columns`` (one
    per start, e.g. ``Episodes.column``): the same shape, each start read in its own column.
    2-D values without ``columns``: shape (len(starts), len(horizons), n_columns). A start
    outside the rows, or a NaN/zero value at either end, gives NaN.
    """
    panel, was_1d = _as_panel(values)
    s = np.ascontiguousarray(np.asarray(starts, dtype=np.int64).reshape(-1))
    h = np.ascontiguousarray(np.asarray(horizons, dtype=np.int64).reshape(-1))
    if (h < 0).any():
        raise ValueError("horizons must be >= 0 rows")
    k = panel.shape[1]
    if was_1d or columns is not None:
        cols = (np.zeros(len(s), dtype=np.int64) if columns is None
                else np.ascontiguousarray(np.asarray(columns, dtype=np.int64).reshape(-1)))
        if len(cols) != len(s):
            raise ValueError("columns must have one entry per start")
        if len(cols) and (cols.min() < 0 or cols.max() >= k):
            raise ValueError("a column index is outside the panel")
        return _forward_returns_pairs(panel, s, cols, h)
    out = np.empty((len(s), len(h), k))
    for c in range(k):
        out[:, :, c] = _forward_returns_pairs(panel, s, np.full(len(s), c, dtype=np.int64), h)
    return out


def drawdown_from_peak(values: npt.ArrayLike) -> Drawdown:
    """Running record (max so far, NaN skipped), where it was set, and the fraction below it."""
    panel, was_1d = _as_panel(values)
    peak, peak_at, dd = _drawdown_2d(panel)
    return Drawdown(_shape_back(peak, was_1d), _shape_back(peak_at, was_1d),
                    _shape_back(dd, was_1d))


def top_nonoverlapping(scores: npt.ArrayLike, window: int, top: int) -> IntArray:
    """Rows of the ``top`` highest scores whose ``window``-row spans ending there do not overlap.

    Used to rank "largest N-session outperformance" without listing the same rally N times.
    """
    if int(window) < 1 or int(top) < 1:
        raise ValueError("window and top must be >= 1")
    arr = np.ascontiguousarray(np.asarray(scores, dtype=np.float64).reshape(-1))
    return _top_nonoverlapping_1d(arr, int(window), int(top))


__all__ = ["JIT_ENABLED", "Drawdown", "Episodes", "drawdown_from_peak", "episodes",
           "forward_returns", "highest_since", "lowest_since", "run_lengths",
           "top_nonoverlapping"]
