"""Easing and tightening cycles of the Fed, from the decisions table and, before 1982, from DFF.

Two documented rules, because the data has two shapes.

**Target era (from 1982-09-27): from the decisions table.**
1. A hold longer than ``MAX_HOLD_MONTHS`` (12) months between two moves ends a cycle, whatever
   the direction of the next move (1996-01 -> 1997-03, 2003-06 -> 2004-06, 2008-12 -> 2015-12).
   The 2015-12-16 -> 2016-12-14 pause (just under 12 months) keeps the 2015-2018 hikes together,
   as does the 2024-12 -> 2025-09 pause for the 2024-2025 cuts.
2. Inside such an episode, consecutive moves in one direction form a run. A run of counter-moves
   is noise and is absorbed into the cycle around it when its total is below ``MIN_REVERSAL_BP``
   (50 bp) and no larger than either neighbouring run (the 1/16-point wiggles of the 1980s). The
   smallest such run is absorbed first, until none is left. Any other change of direction starts
   a new cycle, so a cycle starts with its first move after a reversal or a long hold.
3. A cycle is ongoing at the as-of date when it is the last one and the hold since its last move
   is not longer than ``MAX_HOLD_MONTHS``.

**Before the target series (1954-07 .. 1982-09): from the effective rate DFF.** Monthly averages
of DFF; turning points by a zigzag rule: a peak (trough) is confirmed once the average has fallen
(risen) ``DFF_SWING_PP`` (1.25) percentage points from it. An easing cycle runs from a peak to the
next trough (a leg starting on the first month of data, 1954-07, is dropped: the data start is
not a turning point); its ``first_move`` is the first day of the month after the peak month (the month the
rate started down), its ``last_move`` the first day of the trough month, its change the difference
of the two monthly averages. Moves are not counted (the Fed did not announce a target). The DFF
leg running at the start of the target data (the 1982 easing, peak 1982-04) is joined to the first
decisions cycle when both go the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from capscope._result import Result, jsonable
from capscope.data.calendar import DateLike, parse_date
from capscope.errors import BadInput, DataUnavailable

if TYPE_CHECKING:
    from capscope.data.store import Store

MAX_HOLD_MONTHS = 12
MIN_REVERSAL_BP = 50.0
DFF_SWING_PP = 1.25
TARGET_START = pd.Timestamp("1982-09-27")
_POINT_WORDS = {25.0: "quarter-point", 50.0: "half-point", 75.0: "three-quarter-point",
                100.0: "full-point"}


@dataclass(kw_only=True)
class Cycle:
    """One easing or tightening cycle."""

    direction: str  # "easing" | "tightening"
    first_move: pd.Timestamp
    last_move: pd.Timestamp
    n_moves: int | None  # None before 1982 (no announced target)
    counter_moves: int
    total_bp: float
    first_move_bp: float | None
    start_level: float
    end_level: float
    ongoing: bool
    source: str  # "decisions" | "DFF" | "DFF+decisions"
    moves: list[dict[str, Any]] = field(default_factory=list)  # {"date", "change_bp"}

    @property
    def sign(self) -> int:
        return -1 if self.direction == "easing" else 1

    @property
    def first_move_words(self) -> str | None:
        """How the news names the first move: "half-point cut", "quarter-point hike"."""
        if self.first_move_bp is None:
            return None
        size = abs(self.first_move_bp)
        name = _POINT_WORDS.get(size, f"{size:g} bp")
        return f"{name} {'cut' if self.direction == 'easing' else 'hike'}"

    def describe(self) -> str:
        """One sentence: "easing cycle from 2024-09-18, began with a 50 bp cut; ..."."""
        verb = "cut" if self.direction == "easing" else "hike"
        head = f"{self.direction} cycle from {self.first_move.date()}"
        if self.first_move_bp is not None:
            head += f", began with a {abs(self.first_move_bp):g} bp {verb}"
        if self.n_moves is not None:
            body = f"{self.n_moves} moves, {self.total_bp:+g} bp to {self.last_move.date()}"
        else:
            body = (f"effective rate {self.start_level:.2f}% -> {self.end_level:.2f}% "
                    f"({self.total_bp:+.0f} bp) by {self.last_move:%Y-%m}")
        return f"{head}; {body}" + (" (ongoing)" if self.ongoing else "")

    def to_dict(self) -> dict[str, Any]:
        return {k: jsonable(v) for k, v in self.__dict__.items()}


def _episodes(moves: pd.DataFrame) -> list[pd.DataFrame]:
    """Split the moves where a hold runs longer than MAX_HOLD_MONTHS."""
    out, start = [], 0
    dates = list(moves["announced"])
    for i in range(1, len(dates)):
        if dates[i] > dates[i - 1] + pd.DateOffset(months=MAX_HOLD_MONTHS):
            out.append(moves.iloc[start:i])
            start = i
    if len(dates):
        out.append(moves.iloc[start:])
    return out


def _runs(changes: list[float]) -> list[list[int]]:
    """Group move indices into same-direction runs, then absorb small counter-runs (rule 2)."""
    runs: list[list[int]] = []
    for i, bp in enumerate(changes):
        if runs and np.sign(changes[runs[-1][0]]) == np.sign(bp):
            runs[-1].append(i)
        else:
            runs.append([i])
    sign = [float(np.sign(changes[r[0]])) for r in runs]

    def size(k: int) -> float:
        return abs(sum(changes[i] for i in runs[k]))

    while True:
        candidates = [
            k for k in range(1, len(runs) - 1)
            if sign[k - 1] == sign[k + 1] != sign[k]
            and size(k) < MIN_REVERSAL_BP and size(k) <= min(size(k - 1), size(k + 1))
        ]
        if not candidates:
            return runs
        k = min(candidates, key=size)
        runs[k - 1: k + 2] = [runs[k - 1] + runs[k] + runs[k + 1]]
        sign[k - 1: k + 2] = [sign[k - 1]]


def decision_cycles(on: DateLike | None = None, *, store: Store | None = None) -> list[Cycle]:
    """Cycles of the target era (rules 1-3), using decisions announced up to ``on``."""
    from capscope.fed.policy import decisions, policy_rates

    moves = decisions(on, store=store)
    data_end = policy_rates(store=store).index[-1]
    # past the data end nothing is known, so "ongoing" is judged at the last day of data
    asof = min(parse_date(on), data_end) if on is not None else data_end
    cycles: list[Cycle] = []
    for ep in _episodes(moves):
        changes = [float(x) for x in ep["change_bp"]]
        for run in _runs(changes):
            rows = ep.iloc[run]
            first = rows.iloc[0]
            direction = "easing" if first["change_bp"] < 0 else "tightening"
            sgn = -1 if direction == "easing" else 1
            cycles.append(Cycle(
                direction=direction,
                first_move=first["announced"],
                last_move=rows["announced"].iloc[-1],
                n_moves=len(rows),
                counter_moves=int((np.sign(rows["change_bp"]) == -sgn).sum()),
                total_bp=float(rows["change_bp"].sum()),
                first_move_bp=float(first["change_bp"]),
                start_level=float(first["prev_upper"]),
                end_level=float(rows["upper"].iloc[-1]),
                ongoing=False,
                source="decisions",
                moves=[{"date": d, "change_bp": float(bp)}
                       for d, bp in zip(rows["announced"], rows["change_bp"], strict=True)],
            ))
    if cycles and asof <= cycles[-1].last_move + pd.DateOffset(months=MAX_HOLD_MONTHS):
        cycles[-1].ongoing = True
    return cycles


def _zigzag(x: np.ndarray, swing: float) -> tuple[list[int], int, int]:
    """Confirmed turning points of ``x`` (alternating), the running trend and its extreme index.

    A point becomes a peak (trough) once a later value is ``swing`` below (above) it and it is the
    highest (lowest) value since the previous turning point.
    """
    pivots: list[int] = []
    trend, hi, lo = 0, 0, 0
    for k in range(1, len(x)):
        if trend == 0:
            hi = k if x[k] > x[hi] else hi
            lo = k if x[k] < x[lo] else lo
            if x[hi] - x[k] >= swing:
                pivots.append(hi)
                trend, lo = -1, k
            elif x[k] - x[lo] >= swing:
                pivots.append(lo)
                trend, hi = 1, k
        elif trend == 1:
            if x[k] > x[hi]:
                hi = k
            elif x[hi] - x[k] >= swing:
                pivots.append(hi)
                trend, lo = -1, k
        else:
            if x[k] < x[lo]:
                lo = k
            elif x[k] - x[lo] >= swing:
                pivots.append(lo)
                trend, hi = 1, k
    return pivots, trend, (hi if trend == 1 else lo)


def dff_cycles(end: DateLike = "1982-09-26", *, store: Store | None = None) -> list[Cycle]:
    """Cycles from monthly-average DFF up to ``end`` (see the module note); the last leg, not yet
    confirmed by a swing, is returned with ``ongoing=True``."""
    from capscope.data.series import series

    hi_day = parse_date(end)
    daily = series("DFF", end=hi_day, store=store)
    monthly = daily.resample("MS").mean().dropna()
    if len(monthly) < 2:
        return []
    x = monthly.to_numpy()
    pivots, trend, extreme = _zigzag(x, DFF_SWING_PP)
    legs = [(a, b, False) for a, b in zip(pivots, pivots[1:], strict=False)]
    if pivots and extreme > pivots[-1]:
        legs.append((pivots[-1], extreme, True))
    # a "turning point" on the first month of data is only the start of the data
    legs = [leg for leg in legs if leg[0] > 0]
    out = []
    for a, b, ongoing in legs:
        direction = "easing" if x[b] < x[a] else "tightening"
        out.append(Cycle(
            direction=direction,
            first_move=monthly.index[a] + pd.DateOffset(months=1),
            last_move=monthly.index[b],
            n_moves=None, counter_moves=0,
            total_bp=round((x[b] - x[a]) * 100, 1),
            first_move_bp=None,
            start_level=float(x[a]), end_level=float(x[b]),
            ongoing=ongoing, source="DFF",
        ))
    return out


def cycles(on: DateLike | None = None, *, since: DateLike | int | None = None,
           store: Store | None = None) -> list[Cycle]:
    """Every cycle from 1954 to ``on`` (default: the data end), oldest first.

    Cycles starting before 1982-09-27 come from DFF, later ones from the decisions table; the DFF
    leg running into the target era is joined to the first decisions cycle (source
    "DFF+decisions": its moves are the announced ones, its first move the DFF dating).
    """
    asof = parse_date(on, what="as-of date") if on is not None else None
    if asof is not None and asof < pd.Timestamp("1954-08-01"):
        raise DataUnavailable(f"no Fed cycles before {asof.date()}",
                              "the effective rate (DFF) starts on 1954-07-01")
    early = dff_cycles(min(asof, TARGET_START - pd.Timedelta(days=1)) if asof is not None
                       else TARGET_START - pd.Timedelta(days=1), store=store)
    if asof is not None and asof < TARGET_START:
        out = early
    else:
        late = decision_cycles(asof, store=store)
        if early and late and early[-1].ongoing and early[-1].direction == late[0].direction:
            joined, first = early.pop(), late[0]
            first.first_move, first.first_move_bp = joined.first_move, None
            first.start_level = joined.start_level
            first.total_bp = round(first.end_level * 100 - joined.start_level * 100, 1)
            first.source = "DFF+decisions"
        elif early and early[-1].ongoing and late:
            early[-1].ongoing = False  # the DFF leg ended before the first decisions cycle
        out = early + late
    if since is not None:
        start = (pd.Timestamp(year=int(since), month=1, day=1) if str(since).strip().isdigit()
                 else parse_date(since, what="since"))
        out = [c for c in out if c.last_move >= start]
    return out


def current_cycle(on: DateLike | None = None, *, store: Store | None = None) -> Cycle | None:
    """The cycle ongoing at ``on`` (None during a long hold)."""
    found = cycles(on, store=store)
    return found[-1] if found and found[-1].ongoing else None


@dataclass(kw_only=True)
class CycleHistory(Result):
    """All cycles up to an as-of date, with the one in progress."""

    asof: pd.Timestamp
    cycles: list[Cycle]
    current: Cycle | None

    @property
    def takeaway(self) -> str:
        if not self.cycles:
            return (f"No easing or tightening cycle completed or under way by "
                    f"{self.asof.date()} (the effective rate, DFF, starts on 1954-07-01).")
        n_e = sum(c.direction == "easing" for c in self.cycles)
        n_t = len(self.cycles) - n_e
        now = (f"current: {self.current.describe()}" if self.current is not None
               else "no cycle in progress (last move more than 12 months ago)")
        return f"{n_e} easing and {n_t} tightening cycles to {self.asof.date()}; {now}."

    def _table(self) -> pd.DataFrame:
        return pd.DataFrame([{k: v for k, v in c.to_dict().items() if k != "moves"}
                             for c in self.cycles])


def cycle_history(on: DateLike | None = None, *, since: DateLike | int | None = None,
                  store: Store | None = None) -> CycleHistory:
    """:func:`cycles` wrapped as a Result, for the CLI and the report."""
    from capscope.fed.policy import fed_asof

    asof, notes = fed_asof(on, store=store)
    found = cycles(asof, since=since, store=store)
    if since is not None and not found:
        raise BadInput(f"no Fed cycle ends from {since} to {asof.date()}",
                       "choose an earlier --since or a later --on")
    current = found[-1] if found and found[-1].ongoing else None
    return CycleHistory(
        asof=asof, cycles=found, current=current,
        evidence={"max_hold_months": MAX_HOLD_MONTHS, "min_reversal_bp": MIN_REVERSAL_BP,
                  "dff_swing_pp": DFF_SWING_PP},
        provenance={
            "decisions": "FRED DFEDTAR/DFEDTARU/DFEDTARL mapped to fomc_meetings (from 1982-09)",
            "before 1982": "FRED DFF monthly averages, zigzag turning points",
            "rule": "capscope.fed.cycles module note",
        },
        warnings=notes + (["cycles before 1982-09 are dated to the month from the effective "
                           "rate (DFF); their moves are not counted"]
                          if any(c.n_moves is None for c in found) else []),
    )


__all__ = ["Cycle", "CycleHistory", "current_cycle", "cycle_history", "cycles",
           "decision_cycles", "dff_cycles"]
