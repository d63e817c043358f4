"""How rare a session's figure is against the whole history before it: the newsworthiness of a fact.

A note about the market should lead with what is genuinely unusual. "Unusual" is measured here,
once, so the brief never computes a statistic itself: each function places one figure of the
as-of session among the same figure on every session of the history up to it.

Definitions (each population is causal: row t's entry depends only on rows 0..t):

* **percentile**: 100 x the share of the history's sessions (the as-of one included) whose entry
  is strictly less extreme than the as-of session's. 99 means "more extreme than 99% of days".
  ``as_extreme`` counts the sessions at least as extreme (the as-of one included), ``n`` them all.
* ``move_rarity``: the absolute close-to-close change in percent (the first row has none).
* ``streak_rarity``: the length of the winning or losing run ending on the session (an unchanged
  close ends a run), against the runs of either direction on every session.
* ``since_rarity``: for "highest (lowest) close since", the sessions back to the last earlier
  close at or above (below) it; a record counts the whole history back (row + 1).
* ``record_rarity``: the distance below the running record close, in percent; closer is more
  extreme (a session 1% below its record is rarer than one 30% below).
* ``month_streak_rarity``: the length of the run of monthly gains or losses ending with the
  session's month (month-end closes, ``capscope.stats.calendar_streaks``), against the run on
  every month of the history; a month in progress counts with its change so far.
* ``ma_side_rarity``: the sessions the close has stayed on its side of its ``window``-day simple
  moving average (above means strictly greater, as in ``capscope.stats.levels``), against the
  same run on every session with an average.
* ``relative_rarity``: the return of ``a`` minus the return of ``b`` over the trailing
  ``sessions`` common sessions, in percentage points; extremeness is in the direction of the
  session's own sign (a lead is compared with leads at least as large).

Session windows (21 sessions for "a month") approximate calendar windows: this ranks a fact,
it is never printed as the fact's own figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from capscope.data.calendar import DateLike
from capscope.data.store import get_store
from capscope.stats._asof import as_of, require_price
from capscope.stats._kernels import highest_since, lowest_since, run_lengths


@dataclass(frozen=True)
class Rarity:
    """One figure of a session placed among the same figure on every session before it."""

    measure: str
    symbol: str
    session: pd.Timestamp
    value: float
    percentile: float  # 0-100: share of the history strictly less extreme
    as_extreme: int  # sessions at least as extreme, this one included
    n: int  # sessions in the population
    history_begins: pd.Timestamp


def _place(measure: str, symbol: str, session: pd.Timestamp, pop: np.ndarray, t: int,
           begins: pd.Timestamp, sign: float = 1.0) -> Rarity:
    """Rank ``pop[t]`` among ``pop[:t + 1]`` (NaN entries are not in the population)."""
    x = pop[: t + 1] * sign
    x = x[np.isfinite(x)]
    v = float(pop[t] * sign)
    if not np.isfinite(v) or x.size == 0:
        return Rarity(measure, symbol, session, float("nan"), 0.0, 0, int(x.size), begins)
    less = int((x < v).sum())
    return Rarity(measure, symbol, session, float(pop[t]), 100.0 * less / x.size,
                  int(x.size - less), int(x.size), begins)


def _change(v: np.ndarray) -> np.ndarray:
    change = np.full(len(v), np.nan)
    change[1:] = (v[1:] / v[:-1] - 1.0) * 100.0
    return change


def _build(v: np.ndarray, name: str) -> np.ndarray:
    """One population over the whole history (causal, so it is read at any row)."""
    rows = np.arange(len(v), dtype=np.float64)
    if name == "move":
        return np.abs(_change(v))
    if name == "run":
        change = np.nan_to_num(_change(v))
        return np.maximum(run_lengths(change > 0), run_lengths(change < 0)).astype(np.float64)
    if name == "below_record":
        return (1.0 - v / np.maximum.accumulate(v)) * 100.0
    since = highest_since(v) if name == "since_high" else lowest_since(v)
    return np.where(since < 0, rows + 1, rows - since)


def _population(symbol: str, on: DateLike | None, name: str):  # noqa: ANN202 - internal pair
    """The as-of read of ``symbol`` and one population, built once per symbol and process
    (each on its own: a note ranks most symbols by their move alone)."""
    a = as_of(symbol, on)
    require_price(a.info, "rarity")
    h = a.history
    return a, get_store().memo(("rarity population", a.symbol, name, len(h)),
                               lambda: _build(h.values, name))


def move_rarity(symbol: str, on: DateLike | None = None) -> Rarity:
    """How rare the session's absolute % change is (module docstring)."""
    a, pop = _population(symbol, on, "move")
    return _place("abs_change_pct", a.symbol, a.session, pop, a.row, a.history.first)


def streak_rarity(symbol: str, on: DateLike | None = None) -> Rarity:
    """How rare the winning/losing run ending on the session is (module docstring)."""
    a, pop = _population(symbol, on, "run")
    return _place("run_sessions", a.symbol, a.session, pop, a.row, a.history.first)


def since_rarity(symbol: str, on: DateLike | None = None, kind: str = "high") -> Rarity:
    """How rare the session's "highest (``kind="low"``: lowest) close since" reach is."""
    name = "since_high" if kind == "high" else "since_low"
    a, pop = _population(symbol, on, name)
    return _place(f"{name}_sessions", a.symbol, a.session, pop, a.row, a.history.first)


def record_rarity(symbol: str, on: DateLike | None = None) -> Rarity:
    """How rare it is to close as near the record close as the session did (module docstring)."""
    a, pop = _population(symbol, on, "below_record")
    return _place("pct_below_record", a.symbol, a.session, pop, a.row,
                  a.history.first, sign=-1.0)


def month_streak_rarity(symbol: str, on: DateLike | None = None) -> Rarity:
    """How rare the run of monthly gains (losses) ending with the session's month is."""
    from capscope.stats.calendar_streaks import period_closes

    a = as_of(symbol, on)
    require_price(a.info, "rarity")
    months = period_closes(a.values, "monthly")
    change = np.nan_to_num(months["change_pct"].to_numpy(dtype=np.float64))
    runs = np.maximum(run_lengths(change > 0), run_lengths(change < 0)).astype(np.float64)
    return _place("month_run", a.symbol, a.session, runs, len(runs) - 1, a.history.first)


def ma_side_rarity(symbol: str, on: DateLike | None = None, window: int = 200) -> Rarity:
    """How rare the close's run on one side of its moving average is (module docstring)."""
    a = as_of(symbol, on)
    require_price(a.info, "rarity")
    h = a.history

    def build() -> np.ndarray:
        v = h.values
        csum = np.concatenate([[0.0], np.cumsum(v)])
        avg = np.full(len(v), np.nan)
        avg[window - 1:] = (csum[window:] - csum[:-window]) / window
        valid = np.isfinite(avg)
        above, below = valid & (v > avg), valid & (v <= avg)
        runs = np.maximum(run_lengths(above), run_lengths(below)).astype(np.float64)
        runs[~valid] = np.nan
        return runs

    pop = get_store().memo(("rarity ma side", a.symbol, int(window), len(h)), build)
    return _place(f"ma{int(window)}_side_sessions", a.symbol, a.session, pop, a.row,
                  h.first)


def relative_rarity(a: str, b: str, sessions: int, on: DateLike | None = None) -> Rarity:
    """How rare ``a``'s lead (or lag) over ``b`` across the trailing ``sessions`` sessions is."""
    sa = as_of(a, on)
    sb = as_of(b)
    require_price(sa.info, "rarity")
    require_price(sb.info, "rarity")
    key = ("relative rarity", sa.symbol, sb.symbol, int(sessions), len(sa.history),
           len(sb.history))

    def build() -> pd.Series:
        ha, hb = sa.history, sb.history
        frame = pd.concat([pd.Series(ha.values, ha.dates), pd.Series(hb.values, hb.dates)],
                          axis=1, join="inner").to_numpy()
        diff = np.full(len(frame), np.nan)
        n = int(sessions)
        diff[n:] = ((frame[n:, 0] / frame[:-n, 0]) - (frame[n:, 1] / frame[:-n, 1])) * 100.0
        idx = pd.Series(ha.dates).loc[lambda d: d.isin(hb.dates)].to_numpy()
        return pd.Series(diff, index=pd.DatetimeIndex(idx))

    diff = get_store().memo(key, build)
    t = int(diff.index.searchsorted(sa.session, "right")) - 1
    arr = diff.to_numpy()
    sign = 1.0 if t >= 0 and arr[t] >= 0 else -1.0
    first_valid = diff.index[min(int(sessions), len(diff) - 1)]
    return _place(f"relative_{int(sessions)}_sessions_pp", sa.symbol, diff.index[t], arr, t,
                  first_valid, sign)


__all__ = ["Rarity", "ma_side_rarity", "month_streak_rarity", "move_rarity", "record_rarity", "relative_rarity", "since_rarity", "streak_rarity"]
