"""Support and resistance zones, breakouts above a named level, and checks of a user's zone.

Method (all on daily bars, highs and lows where the series has them, else closes):

1. **Swing points.** Session t is a swing high when its high is above every high of the
   ``pivot_window`` sessions before it and at least every high of the ``pivot_window`` sessions
   after it (so of equal highs the first counts); swing lows mirror that on lows. A swing point
   needs ``pivot_window`` sessions on both sides, so the last few sessions cannot be one yet.
2. **Zones.** All swing prices are sorted and clustered greedily: a price joins the current
   cluster while it is within ``band_pct`` percent of the cluster's lowest price. A cluster with
   at least ``min_touches`` swing points is a zone; its band is [lowest, highest] swing price.
3. **Touches, tests.** A zone's touches are its swing points (highs and lows counted apart); the
   first and last test are the dates of its earliest and latest swing point.
4. **Role and breakout.** A zone above the last close is resistance, below it support. A zone
   made mostly of swing highs that price now closes above is *broken above* (mostly swing lows
   and price below: *broken below*); ``broken_on`` is the first close of the current run of
   closes beyond the band.

A breakout above a level (:func:`breakout`) is the first close of the current run of closes above
it. It is called *decisive* when that close cleared the level by at least ``margin_pct`` percent,
or when the run has lasted at least :data:`DECISIVE_SESSIONS` sessions and the latest close is at
least ``margin_pct`` above the level.

A zone check (:func:`zone_check`) counts sessions, within the lookback, where the zone *capped*
a rally (previous close below the zone, the high reached into it, the close stayed below), where
it *held* (previous close above, the low reached into it, the close stayed above), and where
price closed through it either way.

A moving average (:func:`moving_average`) is the simple mean of the last ``window`` closes up
to and including the session; with ``unit="week"`` or ``"month"`` it is the mean of the last
``window`` weekly or monthly closes (the last close of each calendar week, Monday to Sunday, or
month), where the period in progress counts with the session's own close. The close is *above*
when it is strictly greater than its average (a close equal to it counts as below). The side
runs, crosses and "since" dates compare each session's close with that session's own average;
a session's answer reads only rows up to it, so a scan of the whole history read at the as-of
row is the answer on that day. ``previous_same_side`` is the last close on the current side
before the current run began (the "since" of "the first close above it since March").

An ``on`` date after the last row: the zone statistics follow the window rule of
:func:`capscope.stats.returns.window_bounds` (up to three sessions after it they are as of the
last row, with a warning; further, a one-line refusal); a moving average is the close *of* the
session against its average, so it refuses any date after the last row (see
:func:`capscope.stats._asof.past_end`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from capscope._result import Result
from capscope.data.calendar import DateLike
from capscope.data.series import bars
from capscope.data.store import get_store
from capscope.data.symbols import Kind
from capscope.errors import BadInput, DataUnavailable
from capscope.stats._asof import as_of, require_price
from capscope.stats._history import FieldHistory
from capscope.stats.returns import window_bounds

DECISIVE_SESSIONS = 3


@dataclass(frozen=True)
class Zone:
    """A price band where swings clustered."""

    low: float
    high: float
    touches: int
    swing_highs: int
    swing_lows: int
    first_test: pd.Timestamp
    last_test: pd.Timestamp
    role: str  # "resistance" (above the last close), "support" (below) or "at" (inside)
    broken: str | None  # "above", "below" or None
    broken_on: pd.Timestamp | None
    distance_pct: float  # from the last close to the nearest edge (negative: below)


@dataclass(kw_only=True)
class Levels(Result):
    symbol: str
    asof: pd.Timestamp
    start: pd.Timestamp
    last_close: float
    zones: list[Zone]
    nearest_support: Zone | None
    nearest_resistance: Zone | None
    pivot_window: int
    band_pct: float

    def _table(self) -> pd.DataFrame:
        return pd.DataFrame([z.__dict__ for z in self.zones])


def _price_frame(symbol: str, lookback: str, on: DateLike | None
                 ) -> tuple[str, pd.DataFrame, list[str], pd.Timestamp]:
    """Bars over the lookback up to the as-of session (high/low filled from close if absent)."""
    info = get_store().resolve(symbol)  # built-ins and symbols imported by earlier runs
    if info.kind not in (Kind.INDEX, Kind.ETF):
        raise BadInput(f"{info.symbol} is a {info.kind.value}, not a price series",
                       "levels are for indices and ETFs")
    frame = bars(info.symbol)
    frame = frame[frame["close"].notna()]
    if frame.empty:
        raise DataUnavailable(f"{info.symbol} has no closes", "choose another symbol")
    win = window_bounds(lookback, frame.index[-1] if on is None else on, frame.index,
                        name=f"{info.symbol} close",  # sector funds' closes start in 2026
                        subject=None if on is None else (info.symbol, "close"))
    out = frame.loc[win.start:win.end, ["high", "low", "close"]].copy()
    notes = list(win.notes)
    missing = out["high"].isna() | out["low"].isna()
    if missing.any():
        notes.append(f"{int(missing.sum())} of {len(out)} sessions have no high/low; their "
                     "close stands in for both")
        out["high"] = out["high"].where(~missing, out["close"])
        out["low"] = out["low"].where(~missing, out["close"])
    return info.symbol, out, notes, win.start


def swing_points(high: np.ndarray, low: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """Row positions of swing highs and swing lows (method step 1)."""
    n = len(high)
    his, los = [], []
    for t in range(window, n - window):
        h, lo_ = high[t], low[t]
        if h > high[t - window:t].max() and h >= high[t + 1:t + window + 1].max():
            his.append(t)
        if lo_ < low[t - window:t].min() and lo_ <= low[t + 1:t + window + 1].min():
            los.append(t)
    return np.array(his, dtype=np.int64), np.array(los, dtype=np.int64)


def cluster_prices(prices: np.ndarray, band_pct: float) -> list[np.ndarray]:
    """Greedy clusters of sorted prices, each within ``band_pct`` of its lowest member."""
    order = np.argsort(prices, kind="stable")
    clusters: list[list[int]] = []
    for i in order:
        if clusters and prices[i] <= prices[clusters[-1][0]] * (1 + band_pct / 100):
            clusters[-1].append(int(i))
        else:
            clusters.append([int(i)])
    return [np.array(c, dtype=np.int64) for c in clusters]


def _run_start(beyond: np.ndarray) -> int | None:
    """Row where the current (final) run of True begins, or None if the last row is False."""
    from capscope.stats._kernels import run_lengths

    if len(beyond) == 0 or not beyond[-1]:
        return None
    return len(beyond) - int(run_lengths(beyond)[-1])


def levels(symbol: str, lookback: str = "3Y", on: DateLike | None = None, pivot_window: int = 5,
           band_pct: float = 1.5, min_touches: int = 2) -> Levels:
    """Support/resistance zones over the lookback (method in the module docstring)."""
    if pivot_window < 1:
        raise BadInput(f"pivot window {pivot_window} makes no sense", "use at least 1 session")
    if not 0 < band_pct <= 20:
        raise BadInput(f"band {band_pct}% makes no sense", "use a band between 0 and 20 percent")
    if min_touches < 1:
        raise BadInput(f"minimum touches {min_touches} makes no sense", "use at least 1")
    sym, frame, notes, start = _price_frame(symbol, lookback, on)
    if len(frame) < 2 * pivot_window + 1:
        raise DataUnavailable(f"{len(frame)} sessions are too few for swing points with a "
                              f"{pivot_window}-session window", "choose a longer lookback")
    high, low = frame["high"].to_numpy(float), frame["low"].to_numpy(float)
    close = frame["close"].to_numpy(float)
    dates = frame.index
    his, los = swing_points(high, low, pivot_window)
    prices = np.concatenate([high[his], low[los]])
    rows = np.concatenate([his, los])
    is_high = np.concatenate([np.ones(len(his), bool), np.zeros(len(los), bool)])
    last = float(close[-1])
    zones: list[Zone] = []
    for members in cluster_prices(prices, band_pct):
        if len(members) < min_touches:
            continue
        zlo, zhi = float(prices[members].min()), float(prices[members].max())
        n_hi = int(is_high[members].sum())
        n_lo = len(members) - n_hi
        first, lastt = dates[rows[members].min()], dates[rows[members].max()]
        role = "resistance" if zlo > last else ("support" if zhi < last else "at")
        broken, broken_on = None, None
        if zhi < last and n_hi > n_lo:
            broken = "above"
            s = _run_start(close > zhi)
            broken_on = dates[s] if s is not None else None
        elif zlo > last and n_lo > n_hi:
            broken = "below"
            s = _run_start(close < zlo)
            broken_on = dates[s] if s is not None else None
        dist = (zlo / last - 1) * 100 if zlo > last else ((zhi / last - 1) * 100 if zhi < last
                                                           else 0.0)
        zones.append(Zone(zlo, zhi, len(members), n_hi, n_lo, first, lastt, role, broken,
                          broken_on, dist))
    zones.sort(key=lambda z: -z.high)
    supports = [z for z in zones if z.role == "support"]
    resist = [z for z in zones if z.role == "resistance"]
    return Levels(
        symbol=sym, asof=dates[-1], start=start, last_close=last, zones=zones,
        nearest_support=supports[0] if supports else None,
        nearest_resistance=resist[-1] if resist else None,
        pivot_window=pivot_window, band_pct=band_pct,
        evidence={"start": start, "end": dates[-1], "last_close": last,
                  "swing_highs": len(his), "swing_lows": len(los), "sessions": len(frame)},
        provenance={"symbol": sym, "fields": "high, low, close", "basis": "price",
                    "method": f"swing points with a {pivot_window}-session window, clustered "
                    f"within {band_pct}%, zones need {min_touches}+ touches"},
        warnings=notes,
    )


@dataclass(kw_only=True)
class Breakout(Result):
    symbol: str
    level: float
    asof: pd.Timestamp
    last_close: float
    above: bool
    pct_from_level: float  # latest close vs level, percent
    breakout_date: pd.Timestamp | None
    breakout_close: float | None
    breakout_pct: float | None  # how far the breakout close cleared the level
    sessions_above: int
    decisive: bool
    max_close_since: float | None
    previously_above_on: pd.Timestamp | None  # last close above the level before this run
    last_close_above: pd.Timestamp | None  # when not above now: the last time it was


def breakout(symbol: str, level: float, on: DateLike | None = None, lookback: str = "5Y",
             margin_pct: float = 1.0) -> Breakout:
    """Has the close broken out above ``level``, since when, and how decisively?"""
    if not (level > 0 and np.isfinite(level)):
        raise BadInput(f"level {level} makes no sense", "give a positive price level")
    if margin_pct < 0:
        raise BadInput(f"margin {margin_pct}% makes no sense", "use a margin of 0 or more")
    sym, frame, notes, _ = _price_frame(symbol, lookback, on)
    close = frame["close"].to_numpy(float)
    dates = frame.index
    last = float(close[-1])
    above = close > level
    s = _run_start(above)
    prev_above = last_above = None
    if s is None:
        idx = np.flatnonzero(above)
        last_above = dates[idx[-1]] if len(idx) else None
        return Breakout(
            symbol=sym, level=level, asof=dates[-1], last_close=last, above=False,
            pct_from_level=(last / level - 1) * 100, breakout_date=None, breakout_close=None,
            breakout_pct=None, sessions_above=0, decisive=False, max_close_since=None,
            previously_above_on=None, last_close_above=last_above,
            evidence={"asof": dates[-1], "last_close": last, "lookback_start": dates[0]},
            provenance={"symbol": sym, "field": "close", "basis": "price"}, warnings=notes)
    if s == 0:
        notes.append(f"the close has been above {level:g} for the whole lookback (from "
                     f"{dates[0].date()}); the breakout is earlier")
    idx = np.flatnonzero(above[:s])
    prev_above = dates[idx[-1]] if len(idx) else None
    bclose = float(close[s])
    bpct = (bclose / level - 1) * 100
    run = len(close) - s
    lpct = (last / level - 1) * 100
    decisive = bpct >= margin_pct or (run >= DECISIVE_SESSIONS and lpct >= margin_pct)
    return Breakout(
        symbol=sym, level=level, asof=dates[-1], last_close=last, above=True,
        pct_from_level=lpct, breakout_date=dates[s] if s > 0 else None, breakout_close=bclose,
        breakout_pct=bpct, sessions_above=run, decisive=decisive,
        max_close_since=float(close[s:].max()), previously_above_on=prev_above,
        last_close_above=dates[-1],
        evidence={"asof": dates[-1], "last_close": last, "breakout_date": dates[s],
                  "breakout_close": bclose, "close_before": float(close[s - 1]) if s else None,
                  "lookback_start": dates[0]},
        provenance={"symbol": sym, "field": "close", "basis": "price",
                    "rule": f"decisive: breakout close >= {margin_pct}% above the level, or "
                    f"{DECISIVE_SESSIONS}+ sessions above and now >= {margin_pct}% above"},
        warnings=notes)


@dataclass(kw_only=True)
class Breakdown(Result):
    symbol: str
    level: float
    asof: pd.Timestamp
    last_close: float
    below: bool
    breakdown_date: pd.Timestamp | None  # first close of the current run below the level
    sessions_below: int
    previously_below_on: pd.Timestamp | None  # last close below the level before this run
    last_close_below: pd.Timestamp | None = None  # when not below now: the last time it was


def breakdown(symbol: str, level: float, on: DateLike | None = None, lookback: str = "5Y") -> Breakdown:
    """Has the close fallen below ``level``, since when, and when was it last below before?

    Why: "the Dow closed below 30,000 for the first time since June 17" is the mirror of a
    breakout: the run of closes below the level must start on the day, and the last earlier
    close below it dates the "since".
    """
    if not (level > 0 and np.isfinite(level)):
        raise BadInput(f"level {level} makes no sense", "give a positive price level")
    sym, frame, notes, _ = _price_frame(symbol, lookback, on)
    close = frame["close"].to_numpy(float)
    dates = frame.index
    below = close < level
    s = _run_start(below)
    # the last close below the level before the current run (none running: before today)
    idx = np.flatnonzero(below[:s] if s is not None else below)
    last = dates[idx[-1]] if len(idx) else None
    prev, last_below = (last, None) if s is not None else (None, last)
    if s == 0:
        notes.append(f"the close has been below {level:g} for the whole lookback (from "
                     f"{dates[0].date()}); the breakdown is earlier")
    return Breakdown(
        symbol=sym, level=level, asof=dates[-1], last_close=float(close[-1]), below=s is not None,
        breakdown_date=dates[s] if s else None, sessions_below=0 if s is None else len(close) - s,
        previously_below_on=prev, last_close_below=last_below,
        evidence={"asof": dates[-1], "last_close": float(close[-1]), "lookback_start": dates[0]},
        provenance={"symbol": sym, "field": "close", "basis": "price"}, warnings=notes)


@dataclass(kw_only=True)
class ZoneCheck(Result):
    symbol: str
    low: float
    high: float
    start: pd.Timestamp
    asof: pd.Timestamp
    last_close: float
    position: str  # where the last close is: "above", "below", "inside"
    capped: list[pd.Timestamp]
    held: list[pd.Timestamp]
    closed_above_through: list[pd.Timestamp]
    closed_below_through: list[pd.Timestamp]
    closed_inside: int
    sessions: int

    def _table(self) -> pd.DataFrame:
        rows = [(d, "capped") for d in self.capped] + [(d, "held") for d in self.held]
        rows += [(d, "closed above") for d in self.closed_above_through]
        rows += [(d, "closed below") for d in self.closed_below_through]
        return pd.DataFrame(rows, columns=["date", "event"]).sort_values("date",
                                                                           ignore_index=True)


def zone_check(symbol: str, low: float, high: float, lookback: str = "3Y",
               on: DateLike | None = None) -> ZoneCheck:
    """How often the zone [low, high] capped rallies or held pullbacks (module docstring)."""
    if not (np.isfinite(low) and np.isfinite(high)):
        raise BadInput(f"zone {low}:{high} is not two finite prices", "write it like 240:245")
    if not (low > 0 and high > 0):
        raise BadInput(f"zone {low}:{high} has a non-positive price", "give prices above zero")
    if low > high:
        raise BadInput(f"zone {low}:{high} has its low above its high", "write it as LOW:HIGH")
    sym, frame, notes, start = _price_frame(symbol, lookback, on)
    if len(frame) < 2:
        raise DataUnavailable("the lookback holds fewer than two sessions",
                              "choose a longer lookback")
    h = frame["high"].to_numpy(float)
    lo_ = frame["low"].to_numpy(float)
    c = frame["close"].to_numpy(float)
    pc = c[:-1]
    h, lo_, c = h[1:], lo_[1:], c[1:]
    days = frame.index[1:]
    capped = (pc < low) & (h >= low) & (c < low)
    held = (pc > high) & (lo_ <= high) & (c > high)
    through_up = (pc <= high) & (c > high)
    through_down = (pc >= low) & (c < low)
    inside = (c >= low) & (c <= high)
    last = float(frame["close"].iloc[-1])
    pos = "above" if last > high else ("below" if last < low else "inside")
    return ZoneCheck(
        symbol=sym, low=low, high=high, start=frame.index[0], asof=frame.index[-1],
        last_close=last, position=pos, capped=list(days[capped]), held=list(days[held]),
        closed_above_through=list(days[through_up]),
        closed_below_through=list(days[through_down]), closed_inside=int(inside.sum()),
        sessions=len(days),
        evidence={"start": frame.index[0], "end": frame.index[-1], "last_close": last},
        provenance={"symbol": sym, "fields": "high, low, close", "basis": "price"},
        warnings=notes)


MA_UNITS = ("day", "week", "month")
_DAY_NS = 86_400 * 10**9


def period_ids(ns: np.ndarray, unit: str) -> np.ndarray:
    """Per row, a number naming its calendar period: the row itself for ``day``, the week
    (Monday to Sunday) or the month of its date; equal numbers share a period."""
    if unit == "day":
        return np.arange(len(ns), dtype=np.int64)
    days = np.asarray(ns, dtype=np.int64) // _DAY_NS
    if unit == "week":
        return (days + 3) // 7  # 1970-01-01 was a Thursday: shift so weeks begin on Monday
    return days.astype("M8[D]").astype("M8[M]").astype(np.int64)


def rolling_average(values: np.ndarray, window: int, periods: np.ndarray | None = None
                    ) -> np.ndarray:
    """Per row, the mean of the last ``window`` period closes, the row's own value standing for
    its (possibly unfinished) period; NaN on NaN rows and where fewer than ``window`` periods
    exist. Rows skip NaN: a gap is not a close. ``periods`` (non-decreasing ids, see
    :func:`period_ids`) defaults to one period per row, the plain rolling mean.

    One cumulative sum answers every row: the window's earlier periods are a difference of
    two of its entries, so the cost does not grow with the window.
    """
    v = np.asarray(values, dtype=np.float64)
    out = np.full(len(v), np.nan)
    ok = np.flatnonzero(~np.isnan(v))
    if len(ok) == 0:
        return out
    x = v[ok]
    ids = np.arange(len(ok)) if periods is None else np.asarray(periods)[ok]
    new_period = np.r_[True, ids[1:] != ids[:-1]]
    k = np.cumsum(new_period) - 1  # per row: the ordinal of its period among those present
    last_of_period = np.r_[new_period[1:], True]
    cs = np.r_[0.0, np.cumsum(x[last_of_period])]  # cs[j]: the closes of periods 0..j-1
    enough = k >= window - 1
    kk = k[enough]
    out[ok[enough]] = (cs[kk] - cs[kk - window + 1] + x[enough]) / window
    return out


@dataclass(frozen=True)
class SideRuns:
    """Which side of its average each row closed on, and where each run on a side began.

    ``above`` is False on rows without an average; ``run_start`` is the row where the row's
    current run began after a close on the other side (-1: no cross since the first average,
    or no average on the row); ``crosses`` lists every such run start, in order.
    """

    above: np.ndarray
    run_start: np.ndarray
    crosses: np.ndarray


def side_runs(values: np.ndarray, average: np.ndarray) -> SideRuns:
    """Sides, run starts and crosses of ``values`` against ``average`` (rows where either is
    NaN are skipped: the run continues across them)."""
    v = np.asarray(values, dtype=np.float64)
    a = np.asarray(average, dtype=np.float64)
    valid = ~(np.isnan(v) | np.isnan(a))
    above = np.zeros(len(v), dtype=bool)
    above[valid] = v[valid] > a[valid]
    rows = np.flatnonzero(valid)
    side = above[rows]
    crosses = rows[1:][side[1:] != side[:-1]]
    marks = np.full(len(v), -1, dtype=np.int64)
    marks[crosses] = crosses
    run_start = np.maximum.accumulate(marks) if len(v) else marks
    run_start[~valid] = -1
    return SideRuns(above=above, run_start=run_start, crosses=crosses.astype(np.int64))


@dataclass(frozen=True)
class _AverageScan:
    """A history's whole-history average and side runs, for one window and unit."""

    average: np.ndarray
    sides: SideRuns
    first_row: int  # the first row with an average (len when none has)


def _scan(h: FieldHistory, window: int, unit: str) -> _AverageScan:
    avg = rolling_average(h.values, window, None if unit == "day" else period_ids(h.ns, unit))
    sides = side_runs(h.values, avg)
    for arr in (avg, sides.above, sides.run_start, sides.crosses):
        arr.setflags(write=False)
    has = np.flatnonzero(~np.isnan(avg))
    return _AverageScan(avg, sides, int(has[0]) if len(has) else len(avg))


@dataclass(kw_only=True)
class MovingAverage(Result):
    symbol: str
    session: pd.Timestamp
    close: float
    window: int
    unit: str
    field: str
    average: float
    pct_from_average: float  # (close / average - 1) * 100
    above: bool
    side_since: pd.Timestamp | None  # first session of the current run; None: no cross in the data
    sessions_on_side: int
    crossed_today: bool
    previous_cross_same_direction: pd.Timestamp | None
    previous_same_side: pd.Timestamp | None  # last session on this side before the current run
    takeaway: str


def _ma_takeaway(sym: str, close: float, session: pd.Timestamp, pct: float, above: bool,
                 window: int, unit: str, average: float, since: pd.Timestamp | None,
                 n: int, first: pd.Timestamp) -> str:
    side = "above" if above else "below"
    runs = f"{n} session{'s' if n != 1 else ''}"
    when = (f"{side} since {since.date()}, {runs}" if since is not None else
            f"{side} on all {runs} since its first {window}-{unit} average, {first.date()}")
    return (f"{sym} {close:,.2f} on {session.date()} is {abs(pct):.1f}% {side} its "
            f"{window}-{unit} average {average:,.2f} ({when})")


def _previous_same_side(h: FieldHistory, scan: _AverageScan, j: int) -> int | None:
    """Row of the last close on the current side before the current run began, or None.

    "The first close above its 200-day since March" dates this session: the current run's cross
    is ``crosses[j]``, the run on the other side began at ``crosses[j - 1]``, and the row before
    that (skipping rows without a close or an average, which do not break a run) closed on the
    current side. With fewer than two crosses no earlier run on this side is in the data.
    """
    if j < 1:
        return None
    k = int(scan.sides.crosses[j - 1]) - 1
    while np.isnan(h.values[k]) or np.isnan(scan.average[k]):
        k -= 1  # a cross has a valid row before it (side_runs), so this stops
    return k


def _check_ma_args(window: int, unit: str) -> str:
    if isinstance(window, bool) or not isinstance(window, int | np.integer) or window < 1:
        raise BadInput(f"moving-average window {window!r} makes no sense",
                       "use a whole number of periods, at least 1, e.g. 200")
    u = str(unit).strip().lower()
    if u not in MA_UNITS:
        raise BadInput(f"unknown moving-average unit {unit!r}", "use day, week or month")
    return u


def moving_average(symbol: str, window: int = 200, on: DateLike | None = None, *,
                   unit: str = "day", field: str = "close") -> MovingAverage:
    """Where the close stands against its ``window``-``unit`` simple moving average on the
    session ``on`` means: the distance, the side, since when, and the previous cross the same
    way (for "the first close above its 200-day since March"). Method in the module docstring.
    """
    unit = _check_ma_args(window, unit)
    window = int(window)
    if field not in ("close", "adj_close"):  # a volume "average crossing" is not a price signal
        raise BadInput(f"--field {field} is not a price", "use --field close or adj_close")
    store = get_store()
    a = as_of(symbol, on, field, store=store)
    require_price(a.info, "moving averages")
    h, t = a.history, a.row
    scan = store.memo(("moving_average", a.symbol, field, window, unit),
                      lambda: _scan(h, window, unit))
    if t < scan.first_row:
        per = {"day": "sessions", "week": "weekly closes", "month": "monthly closes"}[unit]
        hint = (f"the first session with one is {h.date(scan.first_row).date()}"
                if scan.first_row < len(h) else
                f"{a.symbol} has fewer than {window} {per} in all its data")
        raise DataUnavailable(f"{a.symbol} has too little {field} history on "
                              f"{a.session.date()} for a {window}-{unit} average: it needs "
                              f"{window} {per}", hint)
    close, avg = float(h.values[t]), float(scan.average[t])
    above = bool(scan.sides.above[t])
    start = int(scan.sides.run_start[t])
    crosses = scan.sides.crosses
    j = int(crosses.searchsorted(t, side="right")) - 1  # the current run's cross, if any
    since = h.date(start) if start >= 0 else None
    run_from = start if start >= 0 else scan.first_row
    n = t - run_from + 1
    prev_same = h.date(int(crosses[j - 2])) if j >= 2 else None
    k = _previous_same_side(h, scan, j)
    pct = (close / avg - 1) * 100
    first = h.date(scan.first_row)
    window_from = h.date(_window_first_row(h, t, window, unit))
    warnings = list(a.warnings)
    if since is None:
        warnings.append(f"the close has been {'above' if above else 'below'} its average on "
                        f"every session since the first {window}-{unit} average "
                        f"({first.date()}): the run began before the data can show")
    return MovingAverage(
        symbol=a.symbol, session=a.session, close=close, window=window, unit=unit, field=field,
        average=avg, pct_from_average=pct, above=above, side_since=since, sessions_on_side=n,
        crossed_today=start == t, previous_cross_same_direction=prev_same,
        previous_same_side=h.date(k) if k is not None else None,
        takeaway=_ma_takeaway(a.symbol, close, a.session, pct, above, window, unit, avg, since,
                              n, first),
        evidence={"session": a.session, "close": close, "average": avg,
                  "window_from": window_from, "first_average": first,
                  "previous_close": float(h.values[t - 1]) if t > 0 else None,
                  "previous_average": (float(scan.average[t - 1])
                                       if t > scan.first_row else None),
                  "last_close_other_side": h.date(start - 1) if start > 0 else None},
        provenance={**a.provenance(), "method": _ma_method(window, unit)},
        warnings=warnings)


def _ma_method(window: int, unit: str) -> str:
    closes = ("closes" if unit == "day" else
              f"{unit}ly closes (the {unit} in progress at the session's close)")
    return (f"simple mean of the last {window} {closes}; above means strictly greater than "
            "the average")


def _window_first_row(h: FieldHistory, t: int, window: int, unit: str) -> int:
    """The first row whose close enters the average on row ``t`` (for the evidence)."""
    if unit == "day":
        return t - window + 1
    ids = period_ids(h.ns[:t + 1], unit)
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    # the oldest period in the window counts by its last close: the row before the next period
    return int(starts[-window + 1] - 1) if window > 1 else t


__all__ = ["DECISIVE_SESSIONS", "MA_UNITS", "Breakdown", "Breakout", "Levels", "MovingAverage", "SideRuns",
           "Zone", "ZoneCheck", "breakdown", "breakout", "cluster_prices", "levels", "moving_average",
           "period_ids", "rolling_average", "side_runs", "swing_points", "zone_check"]
