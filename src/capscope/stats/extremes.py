"""The highest (or lowest) close of a series inside a calendar window: "its 2007 peak".

News measures a fall from a named peak as often as from the record: "almost 56% below its 2007
peak", "from the November 25 peak", "its October 1997 record". The peak of a named period is the
highest close dated inside it (the lowest for a low; the earliest session on ties), which is
what this returns, with its date, so a distance can be measured from it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from capscope.data.calendar import DateLike, parse_date
from capscope.data.series import series
from capscope.errors import DataUnavailable


@dataclass(frozen=True)
class WindowExtreme:
    """The highest or lowest value of one field inside [start, end]."""

    symbol: str
    which: str  # "high" or "low"
    field: str
    start: pd.Timestamp
    end: pd.Timestamp
    value: float
    date: pd.Timestamp

    @property
    def command(self) -> str:
        """The command that lists the rows the extreme is taken from."""
        return (f"capscope data show {self.symbol} --start {self.start.date()} "
                f"--end {self.end.date()}")


def extreme_in(symbol: str, start: DateLike, end: DateLike, which: str = "high",
               field: str = "close") -> WindowExtreme:
    """The highest (``which="high"``) or lowest close of ``symbol`` dated in [start, end]."""
    lo, hi = parse_date(start, what="start"), parse_date(end, what="end")
    s = series(symbol, lo, hi, field)
    if s.empty:
        raise DataUnavailable(f"{symbol} has no {field} between {lo.date()} and {hi.date()}",
                              "choose a window inside the data")
    day = s.idxmax() if which == "high" else s.idxmin()
    return WindowExtreme(symbol, which, field, lo, hi, float(s.loc[day]), pd.Timestamp(day))


__all__ = ["WindowExtreme", "extreme_in"]
