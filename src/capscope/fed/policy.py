"""The Fed's policy rate as one series across two eras, and the table of its decisions.

FRED publishes the federal funds target as a point (DFEDTAR, 1982-09-27 .. 2008-12-15) and then as
a range (DFEDTARL/DFEDTARU from 2008-12-16). capscope joins them into one calendar-daily frame with
``lower``/``upper`` columns; in the point era ``lower == upper == target``, so a range-era question
("what was the upper bound?") has the same answer shape in both eras and changes are measured the
same way (on the upper bound).

FRED dates a change on the day it took effect. In the range era that is the day after the FOMC
announcement; in the point era it is usually the announcement day. The FOMC calendar table
(``fomc_meetings``: scheduled meetings plus unscheduled actions) decides: a change effective on day
``d`` was announced on ``d`` when ``d`` is a meeting/action row, else on ``d - 1`` (never both in
the data: checked for all 152 + 32 changes). A calendar row announces at most one change: in the
unannounced pre-1994 era the target sometimes moved on two consecutive days (1987-09-03/04,
1988-08-08/09), and the second move keeps its FRED date with ``mapped=False``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from capscope._result import Result, jsonable
from capscope.data.calendar import DateLike, parse_date, resolve_session
from capscope.errors import BadInput, DataUnavailable

if TYPE_CHECKING:
    from capscope.data.store import Store

POINT_ERA_END = pd.Timestamp("2008-12-15")
RANGE_ERA_START = pd.Timestamp("2008-12-16")

DECISION_COLUMNS = [
    "announced", "effective", "action", "change_bp", "prev_lower", "prev_upper", "lower",
    "upper", "target", "scheduled", "era", "mapped", "notes",
]


def policy_rates(*, store: Store | None = None) -> pd.DataFrame:
    """Calendar-daily ``lower``/``upper``/``mid`` target (percent) from 1982-09-27 to the data end.

    ``era`` is "point" (DFEDTAR; lower == upper) or "range" (DFEDTARL/DFEDTARU). Built once
    per process (the store drops it on every write); a copy is returned.
    """
    from capscope.data.store import get_store

    st = store or get_store()
    return st.memo(("fed.policy_rates",), lambda: _policy_rates(st)).copy(deep=False)


def _policy_rates(store: Store) -> pd.DataFrame:
    from capscope.data.series import series

    point = series("DFEDTAR", store=store)
    upper = series("DFEDTARU", store=store)
    lower = series("DFEDTARL", store=store)
    point = point.loc[:POINT_ERA_END]
    rng = pd.DataFrame({"lower": lower, "upper": upper}).dropna().loc[RANGE_ERA_START:]
    frame = pd.concat([
        pd.DataFrame({"lower": point, "upper": point, "era": "point"}),
        rng.assign(era="range"),
    ])
    frame = frame[~frame.index.duplicated(keep="last")].sort_index()
    frame["mid"] = (frame["lower"] + frame["upper"]) / 2
    frame.index.name = "date"
    return frame[["lower", "upper", "mid", "era"]]


def fed_asof(on: DateLike | None, *, store: Store | None = None) -> tuple[pd.Timestamp, list[str]]:
    """The calendar day an as-of date means for the Fed statistics, with notes to show.

    The target series is calendar-daily, so a day inside it is used as given. A day after its
    last row is refused (nothing after the data can be known), except a weekend or holiday right
    after it, which means the last session, as everywhere else in capscope.
    """
    last = policy_rates(store=store).index[-1]
    if on is None:
        return last, []
    day = parse_date(on, what="as-of date")
    if day <= last:
        return day, []
    session, note = resolve_session(day)
    if note and session <= last:
        return session, [note]
    raise DataUnavailable(f"{day.date()} is after the fed funds target data, which ends "
                          f"{last.date()}", f"use a date up to {last.date()}, or update the data")


def _pct(x: float) -> str:
    """At least two decimals, more when the 1980s targets need them (9.4375)."""
    text = f"{x:.4f}".rstrip("0")
    return text if len(text.split(".")[1]) >= 2 else f"{x:.2f}"


def _label(lower: float, upper: float) -> str:
    """"5.25" for a point target, "4.75-5.00" for a range."""
    if lower == upper:
        return _pct(upper)
    return f"{_pct(lower)}-{_pct(upper)}"


def target_range(on: DateLike, *, store: Store | None = None) -> tuple[float, float]:
    """The target ``(lower, upper)`` in percent in force on calendar date ``on``.

    Point era (to 2008-12-15): ``lower == upper == DFEDTAR``. On an announcement day in the range
    era FRED still shows the old range (the new one takes effect the next day), and so does this.
    """
    day = parse_date(on, what="as-of date")
    frame = policy_rates(store=store)
    first, last = frame.index[0], frame.index[-1]
    if day < first or day > last:
        raise DataUnavailable(
            f"no fed funds target on {day.date()}",
            f"the target series runs from {first.date()} to {last.date()}",
        )
    row = frame.loc[:day].iloc[-1]
    return float(row["lower"]), float(row["upper"])


def _meetings(store: Store | None) -> pd.DataFrame:
    from capscope.data.series import table

    m = table("fomc_meetings", store=store)
    m["date"] = pd.to_datetime(m["date"]).astype("datetime64[us]")
    return m.set_index("date").sort_index()


def decisions(on: DateLike | None = None, *, holds: bool = False,
              store: Store | None = None) -> pd.DataFrame:
    """Every change of the target, one row each, in date order (see DECISION_COLUMNS).

    ``announced`` is the FOMC decision day (see the module note), ``effective`` FRED's date,
    ``change_bp`` the change of the upper bound in basis points (for the 2008-12-16 move from a
    1% point target to 0-0.25% that is -75; the midpoint fell 87.5). ``holds=True`` adds every
    scheduled meeting inside the data with no change (action "hold", change 0). ``on`` drops
    decisions announced after that date (nothing after the as-of date is used).
    """
    from capscope.data.store import get_store

    st = store or get_store()
    out = st.memo(("fed.decisions", holds), lambda: _decision_table(holds, st))
    if on is not None:
        out = out[out["announced"] <= parse_date(on, what="as-of date")].reset_index(drop=True)
    return out.copy(deep=False)


def _decision_table(holds: bool, store: Store) -> pd.DataFrame:
    frame = policy_rates(store=store)
    meetings = _meetings(store)
    prev = frame.shift(1)
    changed = (frame["upper"] != prev["upper"]) | (frame["lower"] != prev["lower"])
    changed.iloc[0] = False
    rows = []
    used: set[pd.Timestamp] = set()
    for eff in frame.index[changed.to_numpy()]:
        day_before = eff - pd.Timedelta(days=1)
        if eff in meetings.index:
            announced, mapped = eff, True
        elif day_before in meetings.index and day_before not in used:
            announced, mapped = day_before, True
        else:
            announced, mapped = eff, False
        used.add(announced)
        p, n = prev.loc[eff], frame.loc[eff]
        change = round((n["upper"] - p["upper"]) * 100, 4)
        rows.append({
            "announced": announced, "effective": eff,
            "action": "hike" if change > 0 else "cut",
            "change_bp": change,
            "prev_lower": float(p["lower"]), "prev_upper": float(p["upper"]),
            "lower": float(n["lower"]), "upper": float(n["upper"]),
            "target": _label(float(n["lower"]), float(n["upper"])),
            "scheduled": bool(meetings.loc[announced, "scheduled"]) if mapped else False,
            "era": str(n["era"]), "mapped": mapped,
            "notes": str(meetings.loc[announced, "notes"] or "") if mapped else
            "no FOMC calendar row on the effective day or the day before",
        })
    out = pd.DataFrame(rows, columns=DECISION_COLUMNS)
    if holds:
        out = pd.concat([out, _holds(frame, meetings, set(out["announced"]))], ignore_index=True)
    out = out.sort_values("announced", kind="stable").reset_index(drop=True)
    for col in ("announced", "effective"):
        out[col] = out[col].astype("datetime64[us]")
    return out


def _holds(frame: pd.DataFrame, meetings: pd.DataFrame, changed: set) -> pd.DataFrame:
    """Scheduled meetings within the target data that did not change it."""
    sched = meetings[meetings["scheduled"]]
    days = [d for d in sched.index if frame.index[0] <= d <= frame.index[-1] and d not in changed]
    rows = []
    for d in days:
        r = frame.loc[d]
        lo, up = float(r["lower"]), float(r["upper"])
        rows.append({
            "announced": d, "effective": pd.NaT, "action": "hold", "change_bp": 0.0,
            "prev_lower": lo, "prev_upper": up, "lower": lo, "upper": up,
            "target": _label(lo, up), "scheduled": True, "era": str(r["era"]), "mapped": True,
            "notes": str(meetings.loc[d, "notes"] or ""),
        })
    return pd.DataFrame(rows, columns=DECISION_COLUMNS)


@dataclass(kw_only=True)
class PolicyHistory(Result):
    """The decisions table over a window, with the target in force at the end of it."""

    since: pd.Timestamp | None
    asof: pd.Timestamp
    lower: float
    upper: float
    decisions: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def takeaway(self) -> str:
        moves = self.decisions[self.decisions["action"] != "hold"]
        target = _label(self.lower, self.upper)
        if moves.empty:
            return f"No target changes in the window; the target was {target}% on {self.asof.date()}."
        last = moves.iloc[-1]
        return (f"{len(moves)} target changes since {moves['announced'].iloc[0].date()}; the last "
                f"was a {abs(last['change_bp']):g} bp {last['action']} on "
                f"{last['announced'].date()} to {last['target']}%; the target on "
                f"{self.asof.date()} was {target}%.")

    def _table(self) -> pd.DataFrame:
        return self.decisions.copy()

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["decisions"] = jsonable(self.decisions.to_dict(orient="records"))
        return out


def history(since: DateLike | int | None = None, on: DateLike | None = None, *,
            holds: bool = False, store: Store | None = None) -> PolicyHistory:
    """Decisions announced from ``since`` (a year or date) to ``on`` (default: the data end)."""
    frame = policy_rates(store=store)
    asof, notes = fed_asof(on, store=store)
    lower, upper = target_range(asof, store=store)
    start = None
    if since is not None:
        start = (pd.Timestamp(year=int(since), month=1, day=1) if isinstance(since, int)
                 or (isinstance(since, str) and since.strip().isdigit())
                 else parse_date(since, what="since"))
        if start > asof:
            raise BadInput(f"--since {start.date()} is after the as-of date {asof.date()}",
                           "choose an earlier --since or a later --on")
        if start < frame.index[0]:
            notes.append(f"the target series begins on {frame.index[0].date()}; for earlier "
                         "policy see 'capscope fed cycles' (dated from DFF)")
    table = decisions(asof, holds=holds, store=store)
    if start is not None:
        table = table[table["announced"] >= start].reset_index(drop=True)
    return PolicyHistory(
        since=start, asof=asof, lower=lower, upper=upper, decisions=table,
        evidence={"target_first_day": frame.index[0], "target_last_day": frame.index[-1]},
        provenance={
            "series": "FRED DFEDTAR (to 2008-12-15), DFEDTARL/DFEDTARU (from 2008-12-16)",
            "calendar": "fomc_meetings (scheduled meetings and unscheduled actions)",
            "dating": "announced = FRED effective day if it is an FOMC row, else the day before",
            "change": "basis points of the upper bound (point era: the target itself)",
        },
        warnings=notes + ([] if table["mapped"].all() else
                          ["some changes have no FOMC calendar row; dated on FRED's effective "
                           "day"]),
    )


@dataclass(frozen=True)
class MoveTally:
    """FOMC moves of one kind ("cut" or "hike"), in date order: a count in a window, a run."""

    action: str
    dates: tuple[pd.Timestamp, ...]

    @property
    def count(self) -> int:
        return len(self.dates)


def moves_between(action: str, start: DateLike | None, end: DateLike, *,
                  store: Store | None = None) -> MoveTally:
    """The ``action`` decisions announced from ``start`` (None: the data's first) to ``end``.

    Why: "the Fed has cut rates three times in 2025", "its fifth rate increase of the year" count
    the moves of a kind in a window (the second up to the decision itself).
    """
    table = decisions(end, store=store)
    if start is not None:
        table = table[table["announced"] >= parse_date(start, what="start")]
    return MoveTally(action, tuple(pd.Timestamp(d) for d in table.loc[table["action"] == action, "announced"]))


def run_of_moves(action: str, on: DateLike, *, store: Store | None = None) -> MoveTally:
    """The run of ``action`` decisions ending at the last such decision on or before ``on``: a
    hold at a scheduled meeting, or a move the other way, breaks it (empty when none).

    Why: "three consecutive quarter-point cuts", "its third straight cut" name a run of like
    moves, which the count in a window does not see.
    """
    table = decisions(on, holds=True, store=store)
    acts = list(table["action"])
    days = list(table["announced"])
    last = max((i for i, a in enumerate(acts) if a == action), default=None)
    if last is None:
        return MoveTally(action, ())
    first = last
    while first > 0 and acts[first - 1] == action:
        first -= 1
    return MoveTally(action, tuple(pd.Timestamp(d) for d in days[first:last + 1]))


def previous_move(action: str, before: DateLike, *, store: Store | None = None) -> pd.Timestamp | None:
    """The announcement day of the last ``action`` decision strictly before ``before`` (None when
    the data hold none).

    Why: "its first cut since December 2008", "raised rates for the first time in nearly a
    decade", "it had not lowered the rate since 2003" each date the move of the same kind before
    a decision.
    """
    day = parse_date(before, what="decision day")
    table = decisions(day, store=store)
    earlier = table.loc[(table["action"] == action) & (table["announced"] < day), "announced"]
    return pd.Timestamp(earlier.iloc[-1]) if len(earlier) else None


__all__ = ["DECISION_COLUMNS", "MoveTally", "PolicyHistory", "decisions", "fed_asof", "history", "moves_between",
           "policy_rates", "previous_move", "run_of_moves", "target_range"]
