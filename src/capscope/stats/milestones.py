"""How long an index took to go from one round level to the next: "from 40,000 to 50,000 in 431
trading days", a classic of milestone coverage.

Definition (written down so a claim can be checked against it): the climb from A to B starts at
the first close at or above A and ends at the first later close at or above B; its length is
counted in sessions (rows between the two, the start excluded) and in calendar years (days /
365.25). Only closes up to the as-of date count.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from capscope.data.calendar import DateLike, parse_date
from capscope.data.store import get_store
from capscope.errors import BadInput, DataUnavailable


@dataclass(frozen=True)
class MilestoneSpan:
    """The first closes at or above two levels and the time between them."""

    symbol: str
    low_level: float
    high_level: float
    first_low: pd.Timestamp
    first_high: pd.Timestamp
    sessions: int

    @property
    def years(self) -> float:
        return (self.first_high - self.first_low).days / 365.25

    @property
    def command(self) -> str:
        return (f"capscope data show {self.symbol} --start {self.first_low.date()} "
                f"--end {self.first_high.date()}")


def milestone_span(symbol: str, low_level: float, high_level: float,
                   on: DateLike | None = None) -> MilestoneSpan:
    """The climb from the first close at or above ``low_level`` to the first later close at or
    above ``high_level``, up to ``on`` (default: all the data)."""
    if not low_level < high_level:
        raise BadInput(f"the levels {low_level:g} and {high_level:g} are not a climb",
                       "give the lower level first")
    store = get_store()
    sym = store.resolve(symbol).symbol
    closes = store.bars(sym)["close"].dropna()
    if on is not None:
        closes = closes.loc[:parse_date(on, what="--on date")]
    above_low = closes.index[(closes >= low_level).to_numpy()]
    if len(above_low) == 0:
        raise DataUnavailable(f"{sym} never closed at or above {low_level:,.2f} in the data",
                              "check the level")
    after = closes.loc[above_low[0]:]
    above_high = after.index[(after >= high_level).to_numpy()]
    if len(above_high) == 0:
        raise DataUnavailable(f"{sym} has not closed at or above {high_level:,.2f} after "
                              f"{above_low[0].date()}", "check the level or the date")
    start, end = above_low[0], above_high[0]
    sessions = int(closes.index.get_loc(end) - closes.index.get_loc(start))
    return MilestoneSpan(sym, float(low_level), float(high_level), start, end, sessions)


@dataclass(frozen=True)
class MilestoneLeg:
    """One climb of ``step`` points between round levels, in sessions. A leg that began before
    the data (``complete`` False) took at least ``sessions``: a lower bound, not its length."""

    low_level: float
    high_level: float
    sessions: int
    complete: bool


def milestone_legs(symbol: str, step: float, on: DateLike | None = None) -> list[MilestoneLeg]:
    """Every climb from k x ``step`` to (k+1) x ``step`` the closes up to ``on`` complete.

    Why: "the fastest 10,000-point gain in the index's history" ranks one leg among all of them;
    a leg that began before the data still has a known least length (from the data's first
    session), which is enough to show it was slower.
    """
    if step <= 0:
        raise BadInput(f"a step of {step:g} points is not a climb", "give a positive step")
    store = get_store()
    sym = store.resolve(symbol).symbol
    closes = store.bars(sym)["close"].dropna()
    if on is not None:
        closes = closes.loc[:parse_date(on, what="--on date")]
    if closes.empty:
        raise DataUnavailable(f"{sym} has no closes", "check the symbol and the date")
    values = closes.to_numpy()
    legs = []
    k = 0
    while (k + 1) * step <= float(values.max()):
        lo, hi = k * step, (k + 1) * step
        start = int((values >= lo).argmax())  # the first close at or above the lower level
        end = start + int((values[start:] >= hi).argmax())  # then the first at or above the higher
        legs.append(MilestoneLeg(lo, hi, end - start, complete=float(values[0]) < lo))
        k += 1
    return legs


__all__ = ["MilestoneLeg", "MilestoneSpan", "milestone_legs", "milestone_span"]
