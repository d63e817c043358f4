"""One session's move and where it stands in history: the numbers a "small caps surge" story cites.

``move("RUT", on="2024-07-16")`` answers: the close and its change vs the previous session, the
highest (lowest) close since when, the record and how far below it, the current winning or
losing streak, the 52-week range, and the same on intraday highs/lows where OHLC exists.

Definitions (written down so a claim can be checked against them):

* **highest close since D**: D is the last earlier session whose close is at or above this close
  (every session strictly between is below it). None earlier means a record close. "Lowest since"
  mirrors it. Ties count: an equal close in the past ends the search.
* **record**: the highest close from the start of the data to the session (earliest date on ties).
  ``pct_below_record`` = close/record - 1 (<= 0), ``pct_to_regain_record`` = record/close - 1.
* **streak**: consecutive sessions, ending on this one, each closing above (below) the previous
  close. An unchanged close ends a streak (``streak_direction="flat"``, length 0).
* **52-week range**: sessions dated within the 364 days ending on the session (52 weeks).
* Percentages are in percent (3.5 means 3.5%). Closes are price closes (not dividend-adjusted)
  unless ``field="adj_close"`` is asked for.
* Intraday: rows with a missing high or low are skipped (e.g. VIX after 2026-08-03).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from capscope._result import Result
from capscope.data.calendar import DateLike
from capscope.errors import BadInput
from capscope.stats._asof import ago, as_of
from capscope.stats._kernels import drawdown_from_peak, highest_since, lowest_since, run_lengths

WEEKS_52 = pd.Timedelta(days=364)


@dataclass(kw_only=True)
class Extreme:
    """The "highest/lowest ... since" answer for one value."""

    kind: str  # "high" or "low"
    value: float
    since_date: pd.Timestamp | None = None  # the last earlier session at/above (below) the value
    since_value: float | None = None
    sessions_since: int | None = None  # sessions from since_date to the session
    ago: str | None = None
    is_record: bool = False  # nothing earlier in the data is at/above (below) it
    wording: str = ""


@dataclass(kw_only=True)
class IntradayMove:
    """The intraday side: today's high and low against earlier highs and lows."""

    high: float
    low: float
    highest_high_since: Extreme
    lowest_low_since: Extreme
    record_high: float
    record_high_date: pd.Timestamp
    high_52w: float
    high_52w_date: pd.Timestamp
    low_52w: float
    low_52w_date: pd.Timestamp
    rows_used: int  # sessions with both a high and a low, up to the session


@dataclass(kw_only=True)
class MoveResult(Result):
    """A session's move and its place in the history of one symbol."""

    symbol: str
    name: str
    session: pd.Timestamp
    field: str
    close: float
    previous_session: pd.Timestamp | None
    previous_close: float | None
    change_pct: float | None
    change_points: float | None
    highest_close_since: Extreme
    lowest_close_since: Extreme
    record_close: float
    record_date: pd.Timestamp
    pct_below_record: float
    pct_to_regain_record: float
    streak_direction: str  # "up", "down" or "flat"
    streak_sessions: int
    streak_start: pd.Timestamp | None
    high_52w: float
    high_52w_date: pd.Timestamp
    low_52w: float
    low_52w_date: pd.Timestamp
    intraday: IntradayMove | None = None
    data_begins: pd.Timestamp
    takeaway: str = ""
    definitions: dict[str, str] = field(default_factory=dict)


def _extreme(values: pd.Series, kind: str, what: str) -> Extreme:
    """The "highest/lowest since" answer for the last value of ``values`` (NaN-free series)."""
    arr = values.to_numpy(dtype=np.float64)
    j = int((highest_since(arr) if kind == "high" else lowest_since(arr))[-1])
    now = values.index[-1]
    word = "highest" if kind == "high" else "lowest"
    if j < 0:
        return Extreme(kind=kind, value=float(arr[-1]), is_record=True,
                       wording=f"{'record' if kind == 'high' else 'lowest'} {what}: {word} since "
                               f"the data begins {values.index[0].date()}")
    then = values.index[j]
    words = ago(then, now)
    return Extreme(kind=kind, value=float(arr[-1]), since_date=then, since_value=float(arr[j]),
                   sessions_since=len(arr) - 1 - j, ago=words,
                   wording=f"{word} {what} since {then.date()} ({words})")


def _window_extreme(values: pd.Series, start: pd.Timestamp, kind: str) -> tuple[float, pd.Timestamp]:
    win = values.loc[start:]
    at = win.idxmax() if kind == "high" else win.idxmin()
    return float(win.loc[at]), at


def _intraday(frame: pd.DataFrame, session: pd.Timestamp, warnings: list[str]) -> IntradayMove | None:
    hl = frame[["high", "low"]].dropna()
    if hl.empty:
        return None
    if hl.index[-1] != session:
        warnings.append(f"no intraday high/low on {session.date()}; intraday figures omitted")
        return None
    highs, lows = hl["high"], hl["low"]
    rec = drawdown_from_peak(highs.to_numpy(dtype=np.float64))
    rec_at = int(rec.peak_index[-1])
    start = session - WEEKS_52 + pd.Timedelta(days=1)
    h52, h52_at = _window_extreme(highs, start, "high")
    l52, l52_at = _window_extreme(lows, start, "low")
    return IntradayMove(
        high=float(highs.iloc[-1]), low=float(lows.iloc[-1]),
        highest_high_since=_extreme(highs, "high", "intraday high"),
        lowest_low_since=_extreme(lows, "low", "intraday low"),
        record_high=float(rec.peak[-1]), record_high_date=highs.index[rec_at],
        high_52w=h52, high_52w_date=h52_at, low_52w=l52, low_52w_date=l52_at, rows_used=len(hl))


def _fmt(x: float) -> str:
    return f"{x:,.2f}"


def _takeaway(r: MoveResult) -> str:
    what = "close" if r.field == "close" else r.field.replace("_", " ")
    rate = r.provenance.get("kind") == "rate"
    head = f"{r.symbol} {_fmt(r.close)}{'%' if rate else ''} on {r.session.date()}"
    if r.change_points is not None and rate:
        # a rate moves in basis points; a percent change of a percent misleads
        bp = round(r.change_points * 100, 2)
        head = (f"{r.symbol} unchanged at {_fmt(r.close)}% on {r.session.date()}" if bp == 0
                else f"{r.symbol} {bp:+g} bp to {_fmt(r.close)}% on {r.session.date()}")
    elif r.change_pct is not None:
        head = f"{r.symbol} {r.change_pct:+.2f}% to {_fmt(r.close)} on {r.session.date()}"
    bits = []
    hs, ls = r.highest_close_since, r.lowest_close_since
    if hs.is_record:
        bits.append(f"a record {what}")
    elif hs.sessions_since is not None and hs.sessions_since > 5:
        bits.append(f"highest {what} since {hs.since_date.date()} ({hs.ago})")
    if ls.is_record:
        bits.append(f"lowest {what} since the data begins {r.data_begins.date()}")
    elif ls.sessions_since is not None and ls.sessions_since > 5:
        bits.append(f"lowest {what} since {ls.since_date.date()} ({ls.ago})")
    if r.streak_sessions >= 2:
        kind = "winning" if r.streak_direction == "up" else "losing"
        bits.append(f"{r.streak_sessions}-session {kind} streak")
    if r.pct_below_record < 0 and rate:
        bits.append(f"{r.record_close - r.close:.2f} percentage points below the record "
                    f"{_fmt(r.record_close)}% of {r.record_date.date()}")
    elif r.pct_below_record < 0:
        bits.append(f"{-r.pct_below_record:.2f}% below the record {_fmt(r.record_close)} "
                    f"of {r.record_date.date()}")
    return head + (": " + "; ".join(bits) if bits else "")


DEFINITIONS = {
    "highest_close_since": "last earlier session with a close at or above this close",
    "lowest_close_since": "last earlier session with a close at or below this close",
    "record": "highest close from the start of the data to the session (earliest on ties)",
    "streak": "consecutive sessions ending here, each closing above (below) the previous close; "
              "an unchanged close ends a streak",
    "52_week": "sessions within the 364 days ending on the session",
    "units": "percent; price closes unless field is adj_close",
}


def move(symbol: str, on: DateLike | None = None, *, field: str = "close") -> MoveResult:
    """The move on session ``on`` (default: the last session) and where it stands in history.

    A weekend or holiday ``on`` means the previous session (said in ``warnings``); a date before
    the data raises DataUnavailable naming where the data begins.
    """
    if field not in ("close", "adj_close"):  # every label and definition speaks of closes
        raise BadInput(f"--field {field!r} is not a close",
                       "use close (price) or adj_close (total return, ETFs only)")
    a = as_of(symbol, on, field)
    closes = a.values
    arr = closes.to_numpy(dtype=np.float64)
    session = a.session
    warnings = list(a.warnings)

    prev_session = closes.index[-2] if len(closes) > 1 else None
    prev_close = float(arr[-2]) if len(arr) > 1 else None
    change_pct = (arr[-1] / arr[-2] - 1.0) * 100.0 if len(arr) > 1 else None
    change_pts = float(arr[-1] - arr[-2]) if len(arr) > 1 else None
    if prev_session is None:
        warnings.append(f"{session.date()} is the first session in the data: no change to report")

    diff = np.diff(arr, prepend=np.nan)
    up = run_lengths(diff > 0)[-1]
    down = run_lengths(diff < 0)[-1]
    direction, streak = ("up", int(up)) if up else (("down", int(down)) if down else ("flat", 0))
    streak_start = closes.index[len(arr) - streak] if streak else None

    dd = drawdown_from_peak(arr)
    rec_at = int(dd.peak_index[-1])
    record = float(dd.peak[-1])

    start52 = session - WEEKS_52 + pd.Timedelta(days=1)
    h52, h52_at = _window_extreme(closes, start52, "high")
    l52, l52_at = _window_extreme(closes, start52, "low")

    what = "close" if field == "close" else field.replace("_", " ")
    intraday = _intraday(a.frame, session, warnings) if a.info.has_ohlc else None

    res = MoveResult(
        symbol=a.symbol, name=a.info.name, session=session, field=field, close=float(arr[-1]),
        previous_session=prev_session, previous_close=prev_close,
        change_pct=None if change_pct is None else float(change_pct), change_points=change_pts,
        highest_close_since=_extreme(closes, "high", what),
        lowest_close_since=_extreme(closes, "low", what),
        record_close=record, record_date=closes.index[rec_at],
        pct_below_record=float(dd.drawdown[-1] * 100.0),
        pct_to_regain_record=float((record / arr[-1] - 1.0) * 100.0),
        streak_direction=direction, streak_sessions=streak, streak_start=streak_start,
        high_52w=h52, high_52w_date=h52_at, low_52w=l52, low_52w_date=l52_at,
        intraday=intraday, data_begins=a.data_begins, definitions=dict(DEFINITIONS),
        warnings=warnings, provenance=a.provenance(),
    )
    res.takeaway = _takeaway(res)
    res.evidence = {
        "session": session, "close": res.close,
        "previous_session": prev_session, "previous_close": prev_close,
        "highest_close_since": {"date": res.highest_close_since.since_date,
                                "close": res.highest_close_since.since_value},
        "lowest_close_since": {"date": res.lowest_close_since.since_date,
                               "close": res.lowest_close_since.since_value},
        "record": {"date": res.record_date, "close": record},
        "window_52w": {"start": start52, "end": session},
        "rows_used": len(arr), "data_begins": a.data_begins,
    }
    return res


__all__ = ["DEFINITIONS", "Extreme", "IntradayMove", "MoveResult", "move"]
