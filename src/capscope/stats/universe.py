"""Universe scan: streak episodes, current streaks and highest-close-since for every symbol at once.

A screen over thousands of symbols asks the questions of :mod:`capscope.stats.streaks` and
"highest close since when?" for each of them. Looping over symbols in Python (one
``streak_study`` per column) costs milliseconds per symbol; this module answers them for a whole
price panel (rows = sessions, columns = symbols) in a few passes of the numba kernels in
:mod:`capscope.stats._kernels`, without any sessions x symbols temporary: peak memory stays close
to the input panel itself.

The rules, the same as ``streak_study(direction="up")`` for one symbol:

* A session **qualifies** when its close-to-close return (this row over the previous row) is at
  least ``min_pct`` percent and above zero. The first row has no return. A NaN close (a gap)
  breaks any run: the return into it and the return out of it are both undefined.
* An **episode** is a maximal run of >= ``days`` qualifying sessions (a 7-session run is ONE
  episode). Its **forward returns** run from the close of its last session over each horizon
  in sessions (rows): NaN when the horizon passes the end of the panel or lands on a gap.
* A symbol's **last session** is its last non-NaN row. Its **current streak** is the run of
  qualifying sessions ending there (0 if that session did not qualify), and its **highest
  close since** is the last earlier row whose close is at least as high (-1: the highest close
  of the whole history, an all-time high).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from capscope._result import Result, jsonable
from capscope.errors import BadInput
from capscope.stats._kernels import extreme_since_at, gain_streaks, paired_forward_returns

DEFAULT_HORIZONS: tuple[int, ...] = (21, 63, 252)  # 1M, 3M, 12M in sessions


@dataclass(kw_only=True)
class UniverseScan(Result):
    """Every up-streak episode of a panel with forward returns, and each symbol's latest state.

    Arrays are row positions (0-based) in the panel; ``symbols``/``sessions`` label them when
    the input was a DataFrame (else ``None``). ``forward`` holds fractions (0.05 = +5%), one
    column per entry of ``horizons``.
    """

    days: int
    min_pct: float
    horizons: tuple[int, ...]
    n_sessions: int
    n_symbols: int
    start: np.ndarray  # first session of each episode (row)
    end: np.ndarray  # last session of each episode (row)
    column: np.ndarray  # the episode's symbol (column)
    forward: np.ndarray  # (episodes, horizons) returns from each episode's last close
    last_row: np.ndarray  # per symbol: last non-NaN row, -1 if the column is all NaN
    current_streak: np.ndarray  # per symbol: qualifying sessions ending at last_row
    highest_since: np.ndarray  # per symbol: last earlier row with a close >= the last close
    symbols: list[Any] | None = None
    sessions: pd.Index | None = None
    definitions: dict[str, str] = field(default_factory=dict)

    @property
    def n_episodes(self) -> int:
        return len(self.start)

    @property
    def length(self) -> np.ndarray:
        return self.end - self.start + 1

    @property
    def at_high(self) -> np.ndarray:
        """Symbols whose last close is the highest of their whole history (no earlier close >=)."""
        return (self.highest_since < 0) & (self.last_row >= 0)

    def _label_rows(self, rows: np.ndarray) -> Any:
        if self.sessions is None:
            return rows
        labels = self.sessions.take(np.where(rows >= 0, rows, 0))
        return pd.Series(labels).where(rows >= 0).to_numpy()

    def _label_cols(self, cols: np.ndarray) -> Any:
        if self.symbols is None:
            return cols
        return np.asarray(self.symbols, dtype=object)[cols]

    frame_index = None  # a symbol has many episodes: rows stay numbered (ClassVar in the base)

    def _table(self) -> pd.DataFrame:
        """One row per episode: symbol, start, end, length and forward returns in percent."""
        out = pd.DataFrame({"symbol": self._label_cols(self.column),
                            "start": self._label_rows(self.start),
                            "end": self._label_rows(self.end), "length": self.length})
        for j, h in enumerate(self.horizons):
            out[f"fwd_{h}_pct"] = self.forward[:, j] * 100.0
        return out

    def symbols_frame(self) -> pd.DataFrame:
        """One row per symbol: its last session, current streak and highest-close-since."""
        cols = np.arange(self.n_symbols)
        since = self.highest_since
        gap = np.where((since >= 0) & (self.last_row >= 0), self.last_row - since, -1)
        return pd.DataFrame({"symbol": self._label_cols(cols),
                             "last_session": self._label_rows(self.last_row),
                             "current_streak": self.current_streak,
                             "highest_since": self._label_rows(since),
                             "sessions_since_high": gap,
                             "all_time_high": self.at_high})

    def to_dict(self) -> dict[str, Any]:
        return jsonable({
            "days": self.days, "min_pct": self.min_pct, "horizons": list(self.horizons),
            "n_sessions": self.n_sessions, "n_symbols": self.n_symbols,
            "n_episodes": self.n_episodes,
            "episodes": self._table().to_dict(orient="records"),
            "symbols": self.symbols_frame().to_dict(orient="records"),
            "definitions": self.definitions, "evidence": self.evidence,
            "provenance": self.provenance, "warnings": self.warnings,
        })


def _validate(days: int, min_pct: float, horizons: Sequence[int]) -> np.ndarray:
    if isinstance(days, bool) or not isinstance(days, int | np.integer) or days < 1:
        raise BadInput(f"days must be a whole number of sessions >= 1, got {days!r}",
                       "e.g. days=5 for five straight sessions")
    if not isinstance(min_pct, int | float | np.number) or not math.isfinite(min_pct) \
            or min_pct < 0:
        raise BadInput(f"min_pct must be a percentage >= 0, got {min_pct!r}",
                       "e.g. min_pct=1.0 for sessions up 1% or more")
    try:
        hz = np.asarray(list(horizons), dtype=np.int64)
        ok = bool(np.array_equal(hz, np.asarray(list(horizons), dtype=np.float64)))
    except (TypeError, ValueError):
        ok = False
    if not ok or hz.ndim != 1 or (hz < 1).any():
        raise BadInput(f"horizons must be whole numbers of sessions >= 1, got {horizons!r}",
                       "e.g. horizons=(21, 63, 252) for 1M, 3M and 12M")
    return hz


def _panel(prices_2d: Any) -> tuple[np.ndarray, list[Any] | None, pd.Index | None]:
    """The float64 panel (no copy when it already is one) and its labels, if any."""
    symbols = sessions = None
    if isinstance(prices_2d, pd.Series):
        prices_2d = prices_2d.to_frame()
    try:
        if isinstance(prices_2d, pd.DataFrame):
            symbols, sessions = list(prices_2d.columns), prices_2d.index
            prices_2d = prices_2d.to_numpy(dtype=np.float64, na_value=np.nan)
        arr = np.asarray(prices_2d, dtype=np.float64)
    except (TypeError, ValueError):
        raise BadInput("prices must be numbers (a sessions x symbols array of closes)",
                       "pass a float array or a DataFrame of closes") from None
    if arr.ndim == 1:
        arr = arr.reshape(-1, 1)
    if arr.ndim != 2 or arr.shape[0] == 0 or arr.shape[1] == 0:
        raise BadInput(f"prices must be a non-empty sessions x symbols panel, got shape "
                       f"{arr.shape}", "rows are sessions, columns are symbols")
    return arr, symbols, sessions


def universe_scan(prices_2d: Any, days: int = 5, min_pct: float = 1.0,
                  horizons: Sequence[int] = DEFAULT_HORIZONS) -> UniverseScan:
    """All up-streak episodes, current streaks and highest-close-since of a price panel, at once.

    ``prices_2d``: closes, rows = sessions (oldest first), columns = symbols; a NumPy array
    (C- or F-ordered, read in place) or a DataFrame (its labels are kept). See the module doc
    for the counting rules.
    """
    hz = _validate(days, min_pct, horizons)
    arr, symbols, sessions = _panel(prices_2d)
    found = gain_streaks(arr, float(min_pct) / 100.0, int(days))
    if found.invalid:  # counted by the scan itself: no extra pass over the panel
        raise BadInput(f"prices must be positive closes (NaN for gaps); found {found.invalid} "
                       "zero, negative or infinite values", "mark missing closes as NaN")
    ep = found.episodes
    fwd = paired_forward_returns(arr, ep.end, ep.column, hz)
    since = extreme_since_at(arr, found.last_row, highest=True)
    n, k = arr.shape
    return UniverseScan(
        days=int(days), min_pct=float(min_pct), horizons=tuple(int(h) for h in hz),
        n_sessions=n, n_symbols=k, start=ep.start, end=ep.end, column=ep.column, forward=fwd,
        last_row=found.last_row, current_streak=found.current, highest_since=since,
        symbols=symbols, sessions=sessions,
        definitions={
            "qualifying session": f"close-to-close return >= {float(min_pct):g}% and > 0; a "
                                  "NaN close breaks the run",
            "episode": f"maximal run of >= {int(days)} qualifying sessions",
            "forward return": "from the close of the episode's last session, over "
                              f"{', '.join(str(int(h)) for h in hz)} sessions",
            "highest since": "last earlier session with a close >= the symbol's last close "
                             "(none: an all-time high)",
        },
        provenance={"input": "caller's price panel", "kernels": "capscope.stats._kernels"},
    )


__all__ = ["DEFAULT_HORIZONS", "UniverseScan", "universe_scan"]
