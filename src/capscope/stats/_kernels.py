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

import functools
import os
import types
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

import numpy as np
import numpy.typing as npt

F = TypeVar("F", bound=Callable[..., Any])

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

JIT_ENABLED = os.environ.get("CAPSCOPE_DISABLE_JIT", "") in ("", "0")

JIT_MIN_CELLS = 500_000
"""Array cells the loops may walk interpreted, per process, before numba is loaded.

Loading numba and its cached machine code costs about 0.6 s per process, more than the
interpreted loops take on a few real series (a claim check or a report reads tens of thousands
of rows): measured, `capscope check` ran in 1.0 s interpreted vs 2.2 s compiled. So kernels
are tiered: they run interpreted until the cells walked so far in the process (or one call's
input) reach this budget - a large panel, or a long-running process checking many articles -
and from then on every kernel runs compiled. Tests set this to 0 to exercise compiled code.
"""


class _Kernel:
    """A loop that runs interpreted on small inputs and compiled (numba, disk-cached) on large.

    ``py_func`` is the plain loop (as on a numba dispatcher). The compiled version is built on
    first need from a copy of the loop whose globals point at the compiled versions of the
    kernels it calls (and at ``numba.prange``), so compiled code never calls back into Python.
    """

    numba_loaded = False  # class-wide: once numba is in the process, compiled code is cheap
    interpreted_cells = 0  # class-wide: work done interpreted so far (see JIT_MIN_CELLS)

    def __init__(self, fn: Callable[..., Any], options: dict[str, Any]) -> None:
        functools.update_wrapper(self, fn)
        self.py_func = fn
        self.options = options
        self._compiled: Any = None

    def compiled(self) -> Any:
        if self._compiled is None:
            import numba

            fn = self.py_func
            glb = dict(fn.__globals__)
            for name in fn.__code__.co_names:
                ref = glb.get(name)
                if isinstance(ref, _Kernel):
                    glb[name] = ref.compiled()
            glb["_prange"] = numba.prange
            twin = types.FunctionType(fn.__code__, glb, fn.__name__, fn.__defaults__,
                                      fn.__closure__)
            twin.__qualname__ = fn.__qualname__
            twin.__module__ = fn.__module__
            self._compiled = numba.njit(cache=True, **self.options)(twin)
            _Kernel.numba_loaded = True
        return self._compiled

    def __call__(self, *args: Any) -> Any:
        if self._compiled is not None or _Kernel.numba_loaded:
            return self.compiled()(*args)
        cells = sum(a.size for a in args if isinstance(a, np.ndarray))
        if _Kernel.interpreted_cells + cells >= JIT_MIN_CELLS:
            return self.compiled()(*args)
        _Kernel.interpreted_cells += cells
        return self.py_func(*args)


def prefer_compiled() -> None:
    """Run every kernel compiled from now on, whatever its size.

    For a long-running process (a batch of articles, a server): numba's load (~0.6 s) is paid
    once and every whole-history scan after it costs milliseconds instead of tens. A no-op when
    the JIT is disabled.
    """
    if JIT_ENABLED:
        _Kernel.numba_loaded = True


def _jit(fn: F) -> F:
    """Compile ``fn`` with numba on demand (see ``JIT_MIN_CELLS``), unless the JIT is disabled."""
    if not JIT_ENABLED:
        return fn
    return _Kernel(fn, {"nogil": True})  # type: ignore[return-value]


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


def _run_lengths_2d(mask: BoolArray) -> IntArray:
    """Whole-array numpy: a run's length is the distance back to the last row the mask fails
    (a running maximum), so a claim check never loads numba for it."""
    n, k = mask.shape
    rows = np.arange(n, dtype=np.int64)[:, None]
    if n == 0:
        return np.empty((0, k), dtype=np.int64)
    last_break = np.maximum.accumulate(np.where(mask, -1, rows), axis=0)
    return rows - last_break


def _extreme_since_2d(values: FloatArray, highest: bool) -> IntArray:
    """Whole-array numpy, so a claim check never loads numba for it: pointer jumping. Each row
    points at an earlier row with every row strictly between them below it (above, for lows);
    while the row pointed at is below too, the pointer moves on to that row's pointer, which
    keeps the invariant. A strictly rising stretch halves its chains each round, so about
    log2(n) rounds of whole-array steps answer every row."""
    n, k = values.shape
    out = np.full((n, k), -1, dtype=np.int64)
    for c in range(k):
        rows = np.flatnonzero(~np.isnan(values[:, c]))  # a NaN row is never an answer
        v = values[rows, c]
        ptr = np.arange(-1, len(rows) - 1, dtype=np.int64)
        live = np.arange(1, len(rows), dtype=np.int64)
        while live.size:
            p = ptr[live]
            beaten = v[p] < v[live] if highest else v[p] > v[live]
            live, p = live[beaten], p[beaten]
            ptr[live] = ptr[p]  # read before this round's writes land: a whole-array step
            live = live[ptr[live] >= 0]
        out[rows, c] = np.where(ptr >= 0, rows[np.maximum(ptr, 0)], -1)
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


def _forward_returns_pairs(values: FloatArray, starts: IntArray, cols: IntArray,
                           horizons: IntArray) -> FloatArray:
    """Whole-array numpy, not a loop: each cell is one lookup and one division, so numpy is as
    fast as compiled code and a claim check that asks for one study never loads numba."""
    n = values.shape[0]
    out = np.full((starts.shape[0], horizons.shape[0]), np.nan)
    if n == 0 or starts.shape[0] == 0:
        return out
    inside = (starts >= 0) & (starts < n)
    s = np.where(inside, starts, 0)
    base = values[s, cols]
    ok = inside & ~np.isnan(base) & (base != 0.0)
    ends = s[:, None] + horizons[None, :]
    good = ok[:, None] & (ends < n)
    at = values[np.where(good, ends, 0), cols[:, None]]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = at / np.where(ok, base, 1.0)[:, None] - 1.0
    out[good] = ratio[good]
    return out


def _drawdown_2d(values: FloatArray) -> tuple[FloatArray, IntArray, FloatArray]:
    """Whole-array numpy (running maxima are ``np.maximum.accumulate``), so a claim check that
    needs a record or a drawdown never loads numba. NaN rows carry the record on."""
    n, k = values.shape
    rows = np.arange(n, dtype=np.int64)[:, None]
    filled = np.where(np.isnan(values), -np.inf, values)
    peak = np.maximum.accumulate(filled, axis=0) if n else filled.copy()
    before = np.vstack([np.full((1, k), -np.inf), peak[:-1]]) if n else peak
    # ties keep the earlier record date: an equal close does not re-set the record
    new_record = ~np.isnan(values) & (filled > before)
    peak_at = np.maximum.accumulate(np.where(new_record, rows, -1), axis=0) if n else \
        np.empty((0, k), dtype=np.int64)
    peak = np.where(peak_at < 0, np.nan, peak)
    with np.errstate(divide="ignore", invalid="ignore"):
        dd = values / peak - 1.0
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


# --------------------------------------------------------------------------------------------
# universe-scale scans: thousands of columns in one call, without n x k temporaries
#
# The loops above allocate an n x k output (fine for a handful of series). A universe scan only
# needs the episodes (a few per thousand sessions) and one answer per column for its last
# session, so these loops keep a small state per column and walk the panel in blocks of
# columns (rows outer, the block's columns inner), which reads a C-ordered panel cache line by
# cache line and an F-ordered one as a few sequential streams. Blocks run in parallel (numba
# prange); each block writes only its own columns, so there is nothing to lock.

_BLOCK = 512  # columns per block: 4 KiB of a C-ordered row; tuned in benchmarks/bench_universe.py

_prange = range  # numba.prange in the compiled copies (see _Kernel.compiled)


def _pjit(fn: F, parallel: bool = True) -> F:
    """Compile ``fn`` on demand with threads for prange, unless the JIT is disabled.

    NumPy's error model: a float division by zero gives inf/NaN instead of raising, which lets
    LLVM vectorise loops that divide; the loops below handle those values explicitly.
    """
    if not JIT_ENABLED:
        return fn
    return _Kernel(fn, {"nogil": True, "parallel": parallel,  # type: ignore[return-value]
                        "error_model": "numpy"})


def _serial_twin(fn: F) -> F:
    """The same loop as a separate function object, to be compiled without threads.

    numba names its on-disk cache after the function's qualified name and does not key it by
    the ``parallel`` flag, so compiling one function object both ways could load the wrong
    build; a twin with its own name keeps the two caches apart.
    """
    twin = types.FunctionType(fn.__code__, fn.__globals__, fn.__name__ + "_serial",
                              fn.__defaults__, fn.__closure__)
    twin.__qualname__ = fn.__qualname__ + "_serial"
    twin.__doc__ = fn.__doc__
    return twin  # type: ignore[return-value]


def _gain_qualifies_loop(v: float, prev: float, min_return: float) -> bool:
    # The session's close-to-close return is >= min_return and > 0. A NaN close on either side
    # makes every comparison False, so a gap breaks the run; after a zero close the return is
    # undefined. Branch-free (boolean arithmetic, NumPy division semantics) so that the loops
    # calling it stay vectorisable once it is inlined.
    r = v / prev - 1.0
    return (r >= min_return) & (r > 0.0) & (prev != 0.0)


def _gain_ends_loop(values: FloatArray, min_return: float, min_len: int, block: int,
                    ends: BoolArray) -> tuple[IntArray, IntArray, int]:
    # Marks in ``ends`` (same shape and order as the panel) the last row of every maximal run
    # of >= min_len qualifying sessions, so one vectorised np.nonzero finds all the episodes.
    # Also returns per column the last non-NaN row and the run ending there, and the count of
    # cells that cannot be prices (<= 0 or infinite), so callers need no extra pass. Row t's
    # mark is written while row t + 1 is read (that is when a run is known to have ended).
    # The inner loop runs along a row of the block without branches, so LLVM vectorises it.
    n, k = values.shape
    last = np.full(k, -1, dtype=np.int64)
    current = np.zeros(k, dtype=np.int64)
    nblocks = (k + block - 1) // block
    bad = np.zeros(nblocks, dtype=np.int64)
    for b in _prange(nblocks):
        c0 = b * block
        w = min(k, c0 + block) - c0
        run = np.zeros(w, dtype=np.int64)
        at = np.full(w, -1, dtype=np.int64)
        cur = np.zeros(w, dtype=np.int64)
        nbad = 0
        for t in range(n):
            for i in range(w):
                c = c0 + i
                v = values[t, c]
                q = False
                if t > 0:
                    q = _gain_qualifies(v, values[t - 1, c], min_return)
                    ends[t - 1, c] = (not q) & (run[i] >= min_len)
                run[i] = (run[i] + 1) * q
                ok = v == v  # not NaN
                at[i] = t if ok else at[i]
                cur[i] = run[i] if ok else cur[i]
                nbad += ok & ((v <= 0.0) | (v == np.inf))
        for i in range(w):
            if n > 0:
                ends[n - 1, c0 + i] = run[i] >= min_len
            last[c0 + i] = at[i]
            current[c0 + i] = cur[i]
        bad[b] = nbad
    return last, current, bad.sum()


def _run_starts_loop(values: FloatArray, ends: IntArray, cols: IntArray,
                     min_return: float) -> IntArray:
    # First row of the run of qualifying sessions ending at each (end, column): a short walk
    # back per episode, with the same qualifying rule as the scan.
    out = np.empty(ends.shape[0], dtype=np.int64)
    for j in range(ends.shape[0]):
        c = cols[j]
        s = ends[j]
        while s >= 2 and _gain_qualifies(values[s - 1, c], values[s - 2, c], min_return):
            s -= 1
        out[j] = s
    return out


# Each loop compiled twice: threads pay off on big panels, but on small ones (and on a busy
# machine) waking them costs more than the scan, so the wrappers pick by size.
_gain_qualifies = _pjit(_gain_qualifies_loop, parallel=False)
_gain_ends_2d = _pjit(_gain_ends_loop)
_gain_ends_2d_serial = _pjit(_serial_twin(_gain_ends_loop), parallel=False)
_run_starts = _pjit(_run_starts_loop, parallel=False)
_PARALLEL_MIN_CELLS = 1_000_000


def _extreme_since_rows_loop(values: FloatArray, rows: IntArray, highest: bool) -> IntArray:
    # For column c, walk back from rows[c] to the first non-NaN row at least as extreme. Only one
    # row per column is asked about, so a backward walk (typically short on prices) beats the
    # stack of _extreme_since_2d, which answers every row and needs an n x k output.
    k = values.shape[1]
    out = np.full(k, -1, dtype=np.int64)
    for c in _prange(k):
        r = rows[c]
        if r < 0 or r >= values.shape[0]:
            continue
        v = values[r, c]
        if np.isnan(v):
            continue
        for j in range(r - 1, -1, -1):
            w = values[j, c]
            if (highest and w >= v) or (not highest and w <= v):
                out[c] = j
                break
    return out


_extreme_since_rows = _pjit(_extreme_since_rows_loop)
_extreme_since_rows_serial = _pjit(_serial_twin(_extreme_since_rows_loop), parallel=False)


class GainStreaks(NamedTuple):
    """Episodes of consecutive qualifying gains, plus each column's state at its last session.

    ``episodes``: maximal runs (column 0's first, each column in row order); ``last_row``: the
    last non-NaN row of each column (-1 if none); ``current``: the run of qualifying sessions
    ending at ``last_row`` (0 if that session did not qualify); ``invalid``: how many cells
    are zero, negative or infinite (their returns are meaningless; callers decide).
    """

    episodes: Episodes
    last_row: IntArray
    current: IntArray
    invalid: int  # cells that cannot be prices: zero, negative or infinite


def _float_panel(values: npt.ArrayLike) -> tuple[FloatArray, bool]:
    """A float64 2-D view of ``values`` without copying when it already is one (any order)."""
    arr = np.asarray(values, dtype=np.float64)
    if arr.ndim == 1:
        return arr.reshape(-1, 1), True
    if arr.ndim != 2:
        raise ValueError(f"expected a 1-D series or a 2-D panel, got {arr.ndim} dimensions")
    if not (arr.flags.c_contiguous or arr.flags.f_contiguous):
        arr = np.ascontiguousarray(arr)
    return arr, False


def gain_streaks(values: npt.ArrayLike, min_return: float = 0.0, min_len: int = 1,
                 block: int = _BLOCK) -> GainStreaks:
    """Runs of sessions whose close-to-close return is >= ``min_return`` (a fraction) and > 0.

    Row 0 has no return and never qualifies; a NaN close breaks the run on both sides (the
    return into it and out of it are undefined). Episodes are maximal runs of length >=
    ``min_len``. Reads a C- or F-ordered panel in place; the only sessions x symbols array
    it makes is one byte per cell (where episodes end), an eighth of the input.
    ``block``: columns walked together (a tuning knob; any value gives the same answer).
    """
    if int(min_len) < 1:
        raise ValueError(f"min_len must be >= 1, got {min_len}")
    if int(block) < 1:
        raise ValueError(f"block must be >= 1, got {block}")
    if not np.isfinite(min_return):
        raise ValueError(f"min_return must be a finite number, got {min_return}")
    panel, _ = _float_panel(values)
    f_order = panel.flags.f_contiguous and not panel.flags.c_contiguous
    if f_order:
        block = 1  # each column is contiguous: walk it whole
    marks = np.empty(panel.shape, dtype=np.bool_, order="F" if f_order else "C")
    loop = _gain_ends_2d if panel.size >= _PARALLEL_MIN_CELLS else _gain_ends_2d_serial
    last, current, invalid = loop(panel, float(min_return), int(min_len), int(block), marks)
    if f_order:  # the transpose is C-ordered: nonzero walks it column by column, in order
        cols, ends = np.nonzero(marks.T)
    else:
        rows, cols_rm = np.nonzero(marks)
        order = np.lexsort((rows, cols_rm))  # by column, then row
        ends, cols = rows[order], cols_rm[order]
    del marks
    ends = np.ascontiguousarray(ends, dtype=np.int64)
    cols = np.ascontiguousarray(cols, dtype=np.int64)
    starts = _run_starts(panel, ends, cols, float(min_return))
    return GainStreaks(Episodes(starts, ends, cols), last, current, int(invalid))


def paired_forward_returns(values: npt.ArrayLike, starts: npt.ArrayLike, columns: npt.ArrayLike,
                           horizons: npt.ArrayLike) -> FloatArray:
    """``forward_returns(values, starts, horizons, columns=columns)`` reading the panel in place.

    Same answers; a C- or F-ordered panel is not copied (a universe panel is hundreds of MB).
    """
    panel, _ = _float_panel(values)
    s = np.ascontiguousarray(np.asarray(starts, dtype=np.int64).reshape(-1))
    cols = np.ascontiguousarray(np.asarray(columns, dtype=np.int64).reshape(-1))
    h = np.ascontiguousarray(np.asarray(horizons, dtype=np.int64).reshape(-1))
    if (h < 0).any():
        raise ValueError("horizons must be >= 0 rows")
    if len(cols) != len(s):
        raise ValueError("columns must have one entry per start")
    if len(cols) and (cols.min() < 0 or cols.max() >= panel.shape[1]):
        raise ValueError("a column index is outside the panel")
    return _forward_returns_pairs(panel, s, cols, h)


def extreme_since_at(values: npt.ArrayLike, rows: npt.ArrayLike, highest: bool = True) -> IntArray:
    """For each column c: the last earlier row j < rows[c] with values[j, c] >= values[rows[c], c].

    (``<=`` with ``highest=False``.) -1 when there is none ("highest since the data begins"),
    when rows[c] is -1 or outside the panel, or when that value is NaN. One answer per column,
    e.g. "highest close since when?" for every symbol's last session.
    """
    panel, _ = _float_panel(values)
    r = np.ascontiguousarray(np.asarray(rows, dtype=np.int64).reshape(-1))
    if len(r) != panel.shape[1]:
        raise ValueError(f"rows must have one entry per column ({panel.shape[1]}), got {len(r)}")
    loop = _extreme_since_rows if panel.size >= _PARALLEL_MIN_CELLS else _extreme_since_rows_serial
    return loop(panel, r, bool(highest))


__all__ += ["GainStreaks", "extreme_since_at", "gain_streaks", "paired_forward_returns"]
