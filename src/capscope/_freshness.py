"""How old the data are: every face (report, dashboard, ``data list``) states the last session
the store holds and, when it is more than :data:`STALE_SESSIONS` NYSE sessions behind today,
says so with the command that refreshes it.

The bundled snapshot ends on a fixed day, so a user who never runs ``capscope data update``
would otherwise read months-old figures as today's. Age is counted in sessions by the NYSE
calendar (a weekend or a holiday does not make data stale), up to the last session before
today (today's close may not exist yet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

STALE_SESSIONS = 5
UPDATE_HINT = "run 'capscope data update' to refresh (needs a network)"


@dataclass(frozen=True)
class Freshness:
    """The newest row's session against today."""

    last: pd.Timestamp
    today: pd.Timestamp
    sessions_behind: int  # NYSE sessions after ``last`` and before ``today``

    @property
    def stale(self) -> bool:
        return self.sessions_behind > STALE_SESSIONS

    def line(self) -> str:
        """One sentence: "data to 2026-08-21, 73 sessions old (3 months ago): run ..."."""
        day = self.last.date().isoformat()
        if self.sessions_behind == 0:
            return f"data to {day} (current)"
        from capscope.stats._asof import ago

        text = (f"data to {day}, {self.sessions_behind} session"
                f"{'s' if self.sessions_behind != 1 else ''} old ({ago(self.last, self.today)})")
        return f"{text}: {UPDATE_HINT}" if self.stale else text

    def to_dict(self) -> dict[str, object]:
        return {"last_session": self.last.date().isoformat(),
                "today": self.today.date().isoformat(),
                "sessions_behind": self.sessions_behind, "stale": self.stale,
                "message": self.line()}


def freshness(last: pd.Timestamp | dt.date | str, today: dt.date | str | None = None
              ) -> Freshness:
    """The age of data whose newest row is ``last``, as of ``today`` (default: the clock)."""
    from capscope.data.calendar import parse_date, sessions

    last_ts = parse_date(last, what="last session")
    now = parse_date(today if today is not None else dt.date.today(), what="today")
    behind = 0
    if now > last_ts + pd.Timedelta(days=1):
        days = sessions(last_ts + pd.Timedelta(days=1), now - pd.Timedelta(days=1))
        behind = len(days)
    return Freshness(last=last_ts, today=now, sessions_behind=behind)


def store_freshness(symbols: tuple[str, ...] = ("RUT", "SPX", "IWM", "SPY"),
                    today: dt.date | str | None = None) -> Freshness:
    """The age of the store's newest row among ``symbols`` (the pairs the report reads)."""
    from capscope.data.store import get_store

    st = get_store()
    lasts = [m.last_date for m in st.meta() if m.symbol in symbols and m.last_date is not None]
    if not lasts:
        lasts = [m.last_date for m in st.meta() if m.last_date is not None]
    return freshness(max(pd.Timestamp(d) for d in lasts), today)


__all__ = ["STALE_SESSIONS", "UPDATE_HINT", "Freshness", "freshness", "store_freshness"]
