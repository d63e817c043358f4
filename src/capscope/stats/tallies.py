"""How many of the last N sessions (weeks, months) a symbol rose in, and how many it fell in.

News counts moves over a short stretch as often as it counts streaks: "it has risen in four of the
past five sessions", "leaving it up in six of the past eight weeks", "down by triple digits in six
of the past nine sessions". A streak needs every period to move the same way; a tally only counts.

Method: a session's change is its close against the previous session's close; a week's (month's)
is the close of its last session in the data against the previous week's (month's), weeks ending
on Friday as in :func:`capscope.stats.calendar_streaks.period_closes`. The last N periods end
with the one holding the as-of session, which counts with its change so far when it is still in
progress (a Wednesday story's "past eight weeks" includes the week under way; the result says
so). An unchanged close counts as neither a rise nor a fall. A date after the last row follows
:func:`capscope.stats._asof.past_end`: a few sessions after it the last row stands in, with a
warning; further, a one-line refusal.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from capscope._result import Result
from capscope.data.calendar import DateLike, parse_date, sessions
from capscope.data.series import series
from capscope.errors import BadInput, DataUnavailable
from capscope.stats._asof import past_end
from capscope.stats.calendar_streaks import period_closes

UNITS = ("session", "week", "month")
_FREQUENCY = {"week": "weekly", "month": "monthly"}


@dataclass(kw_only=True)
class Tally(Result):
    """The last ``periods`` periods to ``asof``: each period's change, how many rose and fell."""

    symbol: str
    unit: str  # "session", "week" or "month"
    asof: pd.Timestamp  # the last session counted
    periods: int
    ups: int
    downs: int
    changes: list[tuple[str, float]]  # (period label, change in %), oldest first
    last_in_progress: bool  # the last week (month) had not ended on ``asof``

    frame_index = None

    @property
    def takeaway(self) -> str:
        unit = self.unit + ("s" if self.periods != 1 else "")
        tail = f" (the last {self.unit} still in progress)" if self.last_in_progress else ""
        return (f"{self.symbol} rose in {self.ups} and fell in {self.downs} of the {self.periods} {unit} to "
                f"{self.asof.date()}{tail}.")

    def _table(self) -> pd.DataFrame:
        return pd.DataFrame(self.changes, columns=["period", "change_pct"])


def tally(symbol: str, periods: int, unit: str = "session", on: DateLike | None = None) -> Tally:
    """Count the rises and falls of ``symbol`` over the last ``periods`` sessions, weeks or
    months to ``on`` (default: the last row); see the module docstring for the rules."""
    if unit not in UNITS:
        raise BadInput(f"unit {unit!r} is not known", "use session, week or month")
    if not 1 <= int(periods) <= 500:
        raise BadInput(f"{periods} periods is outside 1-500", "count back between 1 and 500 periods")
    periods = int(periods)
    full = series(symbol).dropna()
    warnings: list[str] = []
    closes = full
    if on is not None:
        day = parse_date(on)
        closes = full.loc[:day]
        if not full.empty and day > full.index[-1]:  # after the data: the rule every statistic shares
            warnings.append(past_end(day, full.index[-1], symbol, "close",
                                     hint=f"use a date from {full.index[0].date()} to {full.index[-1].date()}, "
                                          "or update the data"))
    if closes.empty:
        raise DataUnavailable(f"{symbol} has no close on or before {on}", "choose a later date")
    asof = closes.index[-1]
    in_progress = False
    if unit == "session":
        if len(closes) < periods + 1:
            raise DataUnavailable(f"{symbol} has fewer than {periods + 1} closes to {asof.date()}",
                                  "count over fewer sessions")
        last = closes.iloc[-(periods + 1):]
        pct = (last.pct_change() * 100.0).iloc[1:]
        changes = [(d.date().isoformat(), float(v)) for d, v in pct.items()]
    else:
        table = period_closes(closes, _FREQUENCY[unit]).dropna(subset=["change_pct"])
        if len(table) < periods:
            raise DataUnavailable(f"{symbol} has fewer than {periods} {unit}s to {asof.date()}",
                                  f"count over fewer {unit}s")
        rows = table.iloc[-periods:]
        changes = [(str(p), float(v)) for p, v in zip(rows["period"], rows["change_pct"], strict=True)]
        period = asof.to_period("W-FRI" if unit == "week" else "M")
        days = sessions(period.start_time.normalize(), period.end_time.normalize())
        in_progress = bool(len(days)) and days[-1] > asof
    ups = sum(1 for _, v in changes if v > 0)
    downs = sum(1 for _, v in changes if v < 0)
    return Tally(symbol=symbol, unit=unit, asof=asof, periods=periods, ups=ups, downs=downs, changes=changes,
                 last_in_progress=in_progress,
                 evidence={"closes_from": changes[0][0], "closes_to": asof.date().isoformat()},
                 provenance={"series": symbol, "field": "close"}, warnings=warnings)


__all__ = ["UNITS", "Tally", "tally"]
