"""Plain-Python brute-force versions of the kernels in ``_kernels.py``, for tests and benchmarks.

They are deliberately naive (nested loops over lists, quadratic where the obvious definition is)
so that they share no cleverness with the kernels: agreement between the two is evidence, not an
echo. Each takes and returns 1-D Python lists; tests apply them column by column to panels.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def _nan(v: float) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def run_lengths(mask: Sequence[bool]) -> list[int]:
    """Count back from each row while the mask holds."""
    out = []
    for t in range(len(mask)):
        n = 0
        j = t
        while j >= 0 and bool(mask[j]) and not _nan(mask[j]):
            n += 1
            j -= 1
        out.append(n)
    return out


def _since(values: Sequence[float], better: str) -> list[int]:
    out = []
    for t, v in enumerate(values):
        found = -1
        if not _nan(v):
            for j in range(t - 1, -1, -1):
                w = values[j]
                if _nan(w):
                    continue
                if (better == "high" and w >= v) or (better == "low" and w <= v):
                    found = j
                    break
        out.append(found)
    return out


def highest_since(values: Sequence[float]) -> list[int]:
    """Scan backwards from each row for the first value at or above it."""
    return _since(values, "high")


def lowest_since(values: Sequence[float]) -> list[int]:
    """Scan backwards from each row for the first value at or below it."""
    return _since(values, "low")


def episodes(mask: Sequence[bool], min_len: int) -> list[tuple[int, int]]:
    """Every (start, end) pair of a maximal True run, found by checking both neighbours."""
    on = [bool(m) and not _nan(m) for m in mask]
    out = []
    for s in range(len(on)):
        if not on[s] or (s > 0 and on[s - 1]):
            continue
        e = s
        while e + 1 < len(on) and on[e + 1]:
            e += 1
        if e - s + 1 >= min_len:
            out.append((s, e))
    return out


def forward_returns(values: Sequence[float], starts: Sequence[int],
                    horizons: Sequence[int]) -> list[list[float]]:
    """values[s+h] / values[s] - 1, NaN when either end is missing, zero-based or past the end."""
    n = len(values)
    out = []
    for s in starts:
        row = []
        for h in horizons:
            e = s + h
            if s < 0 or s >= n or e >= n or _nan(values[s]) or _nan(values[e]) or values[s] == 0:
                row.append(math.nan)
            else:
                row.append(values[e] / values[s] - 1.0)
        out.append(row)
    return out


def drawdown_from_peak(values: Sequence[float]) -> tuple[list[float], list[int], list[float]]:
    """Record = max of all non-NaN values so far (earliest row on ties); drawdown = v/record - 1."""
    peaks, peak_at, dds = [], [], []
    for t in range(len(values)):
        seen = [(values[j], j) for j in range(t + 1) if not _nan(values[j])]
        if not seen:
            peaks.append(math.nan)
            peak_at.append(-1)
            dds.append(math.nan)
            continue
        best = max(v for v, _ in seen)
        at = min(j for v, j in seen if v == best)
        peaks.append(best)
        peak_at.append(at)
        dds.append(math.nan if _nan(values[t]) else values[t] / best - 1.0)
    return peaks, peak_at, dds


def top_nonoverlapping(scores: Sequence[float], window: int, top: int) -> list[int]:
    """Repeatedly take the best remaining row (earliest on ties) and drop rows within the window."""
    alive = {i for i, s in enumerate(scores) if not _nan(s)}
    out: list[int] = []
    while alive and len(out) < top:
        best = max(alive, key=lambda i: (scores[i], -i))
        out.append(best)
        alive = {i for i in alive if abs(i - best) >= window}
    return out


__all__ = ["drawdown_from_peak", "episodes", "forward_returns", "highest_since", "lowest_since",
           "run_lengths", "top_nonoverlapping"]


def gain_streaks(values: Sequence[float], min_return: float,
                 min_len: int) -> tuple[list[tuple[int, int]], int, int]:
    """Episodes of gains >= min_return (and > 0), the last non-NaN row and the run ending there.

    Each row's return is recomputed from its two closes; a run is counted by walking back.
    """
    def qualifies(t: int) -> bool:
        if t == 0 or _nan(values[t]) or _nan(values[t - 1]) or values[t - 1] == 0:
            return False  # no return: first row, a gap, or after a zero close
        r = values[t] / values[t - 1] - 1.0
        return r >= min_return and r > 0.0

    q = [qualifies(t) for t in range(len(values))]
    found = episodes(q, min_len)
    valid = [t for t in range(len(values)) if not _nan(values[t])]
    last = valid[-1] if valid else -1
    current = 0
    t = last
    while t >= 0 and q[t]:
        current += 1
        t -= 1
    return found, last, current


def extreme_since_at(values: Sequence[float], row: int, highest: bool = True) -> int:
    """The answer of highest_since / lowest_since for one row (-1 for a row outside the data)."""
    if row < 0 or row >= len(values):
        return -1
    return (highest_since(values) if highest else lowest_since(values))[row]


__all__ += ["extreme_since_at", "gain_streaks"]
