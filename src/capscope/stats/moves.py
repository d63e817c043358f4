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
* A date after the symbol's last row is refused, even a day after it
  (:func:`capscope.stats._asof.past_end`, which other statistics answer as of the last row for up
  to three sessions): this is the move *of* that session, and the last row's move reported for
  it would pretend to be a move nobody has seen, so a claim about that day stays unverifiable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from capscope._result import Result
from capscope.data.calendar import DateLike
from capscope.data.store import Store, get_store
from capscope.errors import BadInput
from capscope.stats._asof import ago, as_of
from capscope.stats._history import INTRADAY, FieldHistory, history

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


_iso = dt.date.isoformat  # "2024-07-16" from a Timestamp (a datetime), without boxing a date


class _Days:
    """The dates one move reads, each boxed once: its answers share days (the record close and
    the 52-week high, the close and the intraday side), and boxing a Timestamp costs more than
    reading the scans. Lives for one call."""

    __slots__ = ("_boxed",)

    def __init__(self) -> None:
        self._boxed: dict[int, pd.Timestamp] = {}  # by nanoseconds (datetime64 keys compare slowly)

    def of(self, h: FieldHistory, i: int) -> pd.Timestamp:
        """``h.date(i)``."""
        ns = int(h.ns[i])
        day = self._boxed.get(ns)
        if day is None:
            day = self._boxed[ns] = pd.Timestamp(h.day64[i])
        return day


def _extreme(h: FieldHistory, t: int, kind: str, what: str, now: pd.Timestamp,
             days: _Days) -> Extreme:
    """The "highest/lowest since" answer for row ``t`` of ``h`` (its whole-history scan, read at
    ``t``: the scan is causal, so rows after ``t`` play no part); ``now`` is row t's date."""
    j = h.since(t, kind == "high")
    value = float(h.values[t])
    word = "highest" if kind == "high" else "lowest"
    if j < 0:
        return Extreme(kind=kind, value=value, is_record=True,
                       wording=f"{'record' if kind == 'high' else 'lowest'} {what}: {word} since "
                               f"the data begins {_iso(days.of(h, 0))}")
    then = days.of(h, j)
    words = ago(then, now)
    return Extreme(kind=kind, value=value, since_date=then, since_value=float(h.values[j]),
                   sessions_since=t - j, ago=words,
                   wording=f"{word} {what} since {_iso(then)} ({words})")


_WINDOW_BACK = WEEKS_52 - pd.Timedelta(days=1)


def _window_start(session: pd.Timestamp) -> pd.Timestamp:
    """First calendar day of the 52-week window ending on ``session``."""
    return _window_start_in(session, session.unit)


@lru_cache(maxsize=1 << 12)  # pure; an article reads several symbols on the same session
def _window_start_in(session: pd.Timestamp, unit: str) -> pd.Timestamp:
    """:func:`_window_start`; ``unit`` keys the cache too, since equal Timestamps in other units
    hash alike and the result's unit follows the session's."""
    return session - _WINDOW_BACK


def _intraday_histories(symbol: str, store: Store) -> tuple[FieldHistory, FieldHistory]:
    """The highs and the lows on the rows with both (the histories :func:`history` keeps),
    fetched as one pair."""
    return store.memo(("intraday pair", symbol), lambda: (
        history(symbol, "high", require=INTRADAY, store=store),
        history(symbol, "low", require=INTRADAY, store=store)))


def _intraday(symbol: str, session: pd.Timestamp, start52: pd.Timestamp,
              warnings: list[str], days: _Days, store: Store) -> IntradayMove | None:
    highs, lows = _intraday_histories(symbol, store)  # rows with both a high and a low
    t = highs.row(session)
    if t < 0:
        return None
    if int(highs.ns[t]) != session.value:  # no row on the session itself
        warnings.append(f"no intraday high/low on {session.date()}; intraday figures omitted")
        return None
    record_high, record_at = highs.record(t)
    lo = highs.first_row_from(start52)
    h52, h52_at = highs.window_extreme_row(lo, t, "high")
    l52, l52_at = lows.window_extreme_row(lo, t, "low")
    return IntradayMove(
        high=float(highs.values[t]), low=float(lows.values[t]),
        highest_high_since=_extreme(highs, t, "high", "intraday high", session, days),
        lowest_low_since=_extreme(lows, t, "low", "intraday low", session, days),
        record_high=record_high, record_high_date=days.of(highs, record_at),
        high_52w=h52, high_52w_date=days.of(highs, h52_at), low_52w=l52,
        low_52w_date=days.of(lows, l52_at), rows_used=t + 1)


def _fmt(x: float) -> str:
    return f"{x:,.2f}"


def _takeaway(r: MoveResult) -> str:
    what = "close" if r.field == "close" else r.field.replace("_", " ")
    rate = r.provenance.get("kind") == "rate"
    day = _iso(r.session)
    if r.change_points is not None and rate:
        # a rate moves in basis points; a percent change of a percent misleads
        bp = round(r.change_points * 100, 2)
        head = (f"{r.symbol} unchanged at {_fmt(r.close)}% on {day}" if bp == 0
                else f"{r.symbol} {bp:+g} bp to {_fmt(r.close)}% on {day}")
    elif r.change_pct is not None:
        head = f"{r.symbol} {r.change_pct:+.2f}% to {_fmt(r.close)} on {day}"
    else:
        head = f"{r.symbol} {_fmt(r.close)}{'%' if rate else ''} on {day}"
    bits = []
    hs, ls = r.highest_close_since, r.lowest_close_since
    if hs.is_record:
        bits.append(f"a record {what}")
    elif hs.sessions_since is not None and hs.sessions_since > 5:
        bits.append(f"highest {what} since {_iso(hs.since_date)} ({hs.ago})")
    if ls.is_record:
        bits.append(f"lowest {what} since the data begins {_iso(r.data_begins)}")
    elif ls.sessions_since is not None and ls.sessions_since > 5:
        bits.append(f"lowest {what} since {_iso(ls.since_date)} ({ls.ago})")
    if r.streak_sessions >= 2:
        kind = "winning" if r.streak_direction == "up" else "losing"
        bits.append(f"{r.streak_sessions}-session {kind} streak")
    if r.pct_below_record < 0 and rate:
        bits.append(f"{r.record_close - r.close:.2f} percentage points below the record "
                    f"{_fmt(r.record_close)}% of {_iso(r.record_date)}")
    elif r.pct_below_record < 0:
        bits.append(f"{-r.pct_below_record:.2f}% below the record {_fmt(r.record_close)} "
                    f"of {_iso(r.record_date)}")
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
    store = get_store()
    a = as_of(symbol, on, field, store=store)
    h, t = a.history, a.row  # the field's whole history, read at the session's row
    arr = h.values
    session = a.session
    warnings = list(a.warnings)
    days = _Days()

    prev_session = days.of(h, t - 1) if t > 0 else None
    prev_close = float(arr[t - 1]) if t > 0 else None
    change_pct = (arr[t] / arr[t - 1] - 1.0) * 100.0 if t > 0 else None
    change_pts = float(arr[t] - arr[t - 1]) if t > 0 else None
    if prev_session is None:
        warnings.append(f"{session.date()} is the first session in the data: no change to report")

    up = h.run(t, True)
    down = h.run(t, False) if not up else 0
    direction, streak = ("up", up) if up else (("down", down) if down else ("flat", 0))
    streak_start = days.of(h, t + 1 - streak) if streak else None

    record, rec_at = h.record(t)

    start52 = _window_start(session)
    lo52 = h.first_row_from(start52)
    h52, h52_row = h.window_extreme_row(lo52, t, "high")
    l52, l52_row = h.window_extreme_row(lo52, t, "low")
    h52_at, l52_at = days.of(h, h52_row), days.of(h, l52_row)

    what = "close" if field == "close" else field.replace("_", " ")
    intraday = (_intraday(a.symbol, session, start52, warnings, days, store) if a.info.has_ohlc
                else None)

    res = MoveResult(
        symbol=a.symbol, name=a.info.name, session=session, field=field, close=float(arr[t]),
        previous_session=prev_session, previous_close=prev_close,
        change_pct=None if change_pct is None else float(change_pct), change_points=change_pts,
        highest_close_since=_extreme(h, t, "high", what, session, days),
        lowest_close_since=_extreme(h, t, "low", what, session, days),
        record_close=record, record_date=days.of(h, rec_at),
        pct_below_record=float((arr[t] / record - 1.0) * 100.0),
        pct_to_regain_record=float((record / arr[t] - 1.0) * 100.0),
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
        "rows_used": t + 1, "data_begins": a.data_begins,
    }
    return res


__all__ = ["DEFINITIONS", "Extreme", "IntradayMove", "MoveBounds", "MoveRank", "MoveResult", "RecordMove", "move",
           "move_bounds", "move_rank", "record_move", "WindowMoveSince", "window_move_since"]


@dataclass(frozen=True)
class MoveBounds:
    """The largest one-session moves of a series up to a session: what a day's move can be."""

    symbol: str
    on: pd.Timestamp
    max_abs_pct: float  # in percent
    max_abs_points: float
    max_gain_pct: float = 0.0  # the largest one-day rise, in percent (>= 0)
    max_loss_pct: float = 0.0  # the largest one-day fall, in percent (<= 0)
    max_gain_points: float = 0.0
    max_loss_points: float = 0.0


def _num(x: float) -> float:
    return float(x) if x == x else 0.0  # NaN (fewer than two rows) -> 0


def _move_bounds(symbol: str, on: pd.Timestamp) -> MoveBounds:
    from capscope.data.series import series

    s = series(symbol, end=on)
    pct, pts = s.pct_change() * 100, s.diff()
    return MoveBounds(symbol, on, _num(pct.abs().max()), _num(pts.abs().max()),
                      max(0.0, _num(pct.max())), min(0.0, _num(pct.min())),
                      max(0.0, _num(pts.max())), min(0.0, _num(pts.min())))


def move_bounds(symbol: str, on: DateLike | None = None) -> MoveBounds:
    """The largest absolute daily % and points changes of ``symbol`` up to ``on`` (default: all).

    Why: a stated "day's move" larger than any session the series ever had is not a day's move;
    the claim checker uses this to tell a misread window from a wrong figure. Built once per
    symbol and day, and dropped with the store's other derived tables on every write.
    """
    end = pd.Timestamp(on).normalize() if on is not None else pd.Timestamp.max.normalize()
    return get_store().memo(("move_bounds", symbol, end), lambda: _move_bounds(symbol, end))


@dataclass(frozen=True)
class MoveRank:
    """Where one session's move ranks among every session of the data up to it."""

    symbol: str
    on: pd.Timestamp
    change: float  # the session's move, in percent or points
    rank: int  # 1 = the most extreme in its direction up to that session
    sessions: int  # sessions compared (the data up to ``on``)
    data_begins: pd.Timestamp
    first_level: float = float("nan")  # the first close in the data (bounds a point move before it)


def move_rank(symbol: str, on: DateLike, *, points: bool = False) -> MoveRank:
    """The rank of the session's move among all earlier moves in the same direction.

    Why: "the 17th-worst percentage loss in its history" and "its second-biggest drop" are ranks;
    the data refutes a rank when more earlier sessions moved further than the rank allows, and
    confirms it only when the data covers the index's whole history. Ties count for the claim.
    """
    from capscope.data.series import series

    day = pd.Timestamp(on).normalize()
    s = series(symbol, end=day)
    if len(s) < 2 or s.index[-1] != day:
        raise BadInput(f"{symbol} has no session on {day.date()} with a session before it")
    moves = (s.diff() if points else s.pct_change() * 100).iloc[1:]
    change = float(moves.iloc[-1])
    earlier = moves.iloc[:-1]
    beyond = int((earlier > change).sum()) if change > 0 else int((earlier < change).sum())
    return MoveRank(symbol, day, change, beyond + 1, len(moves), s.index[0], float(s.iloc[0]))


@dataclass(frozen=True)
class RecordMove:
    """The largest one-session gain or loss of a series before a day: the record a new move beats."""

    symbol: str
    before: pd.Timestamp
    change: float  # in points or percent, signed
    date: pd.Timestamp
    points: bool
    data_begins: pd.Timestamp


def record_move(symbol: str, before: DateLike, *, points: bool, loss: bool) -> RecordMove:
    """The record one-day loss (``loss``) or gain of ``symbol`` over the sessions before ``before``.

    Why: "eclipsing the previous record one-day drop of 617 points, set last April" names the
    record a day's move beat; its size and its day are both checkable.
    """
    from capscope.data.series import series

    day = pd.Timestamp(before).normalize()
    s = series(symbol, end=day - pd.Timedelta(days=1))
    moves = (s.diff() if points else s.pct_change() * 100).dropna()
    if moves.empty:
        raise BadInput(f"{symbol} has no move before {day.date()}")
    when = moves.idxmin() if loss else moves.idxmax()
    return RecordMove(symbol, day, float(moves.loc[when]), pd.Timestamp(when), points, s.index[0])


@dataclass(frozen=True)
class WindowMoveSince:
    """An N-session change (percent, or points) and the last earlier one at least as large."""

    symbol: str
    on: pd.Timestamp
    sessions: int
    change_pct: float
    previous_end: pd.Timestamp | None  # end of the last earlier window as extreme (None: none)
    data_begins: pd.Timestamp


def window_move_since(symbol: str, on: DateLike, sessions: int, *, high: bool,
                      points: bool = False) -> WindowMoveSince:
    """The ``sessions``-session % change ending ``on`` and the last earlier window (ending
    before the first session of this one) with a change at least as large (a rise, ``high``) or
    as deep (a fall).

    Why: "it has lost 11 percent in three days, the most since November 2008" and "its biggest
    three-day drop since March" rank a multi-session move; a one-day statistic misreads them.
    """
    from capscope.data.series import series

    if sessions < 1:
        raise BadInput("a window needs at least one session")
    day = pd.Timestamp(on).normalize()
    s = series(symbol, end=day)
    if len(s) <= sessions or s.index[-1] != day:
        raise BadInput(f"{symbol} has no {sessions}-session change ending {day.date()}")
    change = (s - s.shift(sessions)) if points else (s / s.shift(sessions) - 1) * 100
    now = float(change.iloc[-1])
    earlier = change.iloc[:-sessions].dropna()  # windows that end before this one starts
    hits = earlier[earlier >= now - 1e-9] if high else earlier[earlier <= now + 1e-9]
    prev = pd.Timestamp(hits.index[-1]) if len(hits) else None
    return WindowMoveSince(symbol, day, sessions, now, prev, s.index[0])
