"""Claims about how long it has been: highest/lowest close since, best/worst day, week or month
since, "in more than two years", "above 2,400 for the first time since".

The day's place in history comes from :func:`capscope.stats.moves.move`; day, week and month
moves from :func:`capscope.stats.streaks.streak_study` and
:func:`capscope.stats.calendar_streaks.period_closes`; crossings from
:func:`capscope.stats.levels.breakout`.

"Highest since X" rule: the claim names a time X; the data gives D, the last earlier session whose
close was at or above the day's close. The claim is *supported* when D falls inside X ("highest
since January 2022" and D = 2022-01-04); *imprecise* when D is earlier than X (the close is indeed
above everything since X, but was last matched before X, so the article understates it); and
*contradicted* when D is later than X (there was a higher close after X) or the day was no high at
all. A close above everything in the data, against an X that starts before the data does, is
*unverifiable* (the missing years could hold a higher close). When the close-based reading fails
but the intraday high matches, the claim is supported with a note (articles sometimes mean
intraday levels: "hit its highest level since"), unless the words pin it to the close ("closed
at", "finished", "ended").
"""

from __future__ import annotations

import calendar
import math
import re
from typing import Any

import pandas as pd

from capscope.claims.model import CheckedClaim, ClaimKind, Evidence, Unit, Verdict
from capscope.claims.resolve import ResolvedClaim, TimeWindow
from capscope.claims.verifiers._base import (
    fmt_num,
    from_error,
    iso,
    memo,
    pins_the_close,
    unverifiable,
    verdict,
)
from capscope.claims.verifiers.move_ranks import TOP_RANKS, move_ever, ordinal
from capscope.claims.verifiers.moves import on_day_result
from capscope.data.calendar import session_before
from capscope.errors import CapscopeError

_FUZZY_EDGE = re.compile(r"\b(?:early|mid|late|the\s+(?:start|beginning|end|middle)\s+of)\b", re.I)
_FUZZY_DAYS = 7  # how far outside a vague part of a month ("late April") a date still reads as in it
# (a vague part of a year, "late 2021", is months wide already: its edges stay sharp)

_ORDINAL_QUARTER = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def since_verdict(found_date, is_record: bool, since: TimeWindow | None, what: str,
                   data_begins, *, unmatched: str = "unmatched in all the data") -> tuple[Verdict, str]:
    """The "since" rule of every claim of the form "first/highest/best ... since X": the last
    earlier match inside X is supported, before it understated (imprecise), after it
    contradicted. ``is_record``: nothing earlier matches; ``unmatched`` says so in the claim's
    own terms (a close above its average has no "best")."""
    if since is None:
        return Verdict.SUPPORTED, f"{what}: {'a record' if is_record else 'since ' + iso(found_date)}"
    if not since.ok:
        return Verdict.UNVERIFIABLE, f"'{since.label}': {since.reason}"
    if is_record:
        if since.start is None or since.start < data_begins:
            # nothing earlier in the data; whether there was before the data begins is unknown
            return Verdict.UNVERIFIABLE, (f"{what}: {unmatched}, but the data "
                                          f"begins {iso(data_begins)}, after the start of "
                                          f"'{since.label}' ({since.describe()})")
        return Verdict.IMPRECISE, (f"{what}: it was {unmatched} (since {iso(data_begins)}), not only "
                                   f"since {since.describe()}")
    if since.contains(found_date):
        return Verdict.SUPPORTED, (f"{what}: last matched on {iso(found_date)}, inside "
                                   f"'{since.label}' ({since.describe()})")
    if since.start is not None and found_date < since.start and session_before(since.start) == found_date:
        # "highest close since Oct. 9" when the last close as high was Oct. 8, "its highest level
        # since November 2020" when it was Oct. 30: the highest of the closes from Oct. 9 (from
        # November) on, a reading newsrooms use as often as the date of the last match
        return Verdict.SUPPORTED, (f"{what}: last matched on {iso(found_date)}, the session before "
                                   f"'{since.label}' (read as the highest of the closes from "
                                   f"{iso(since.start)} on)")
    near_start = since.start is not None and 0 < (since.start - pd.Timestamp(found_date)).days <= _FUZZY_DAYS
    near_end = since.end is not None and 0 < (pd.Timestamp(found_date) - since.end).days <= _FUZZY_DAYS
    part_of_month = since.start is not None and since.end is not None and (since.end - since.start).days <= 31
    if _FUZZY_EDGE.search(since.label) and part_of_month and (near_start or near_end):
        # "its steepest weekly loss since late April" when the last one as steep ended on April
        # 19: "late", "mid", "early" draw no sharp line, so a few days outside still read as it
        return Verdict.SUPPORTED, (f"{what}: last matched on {iso(found_date)}, within {_FUZZY_DAYS} days "
                                   f"of '{since.label}' ({since.describe()}), a period the words leave vague")
    if since.start is not None and found_date < since.start:
        return Verdict.IMPRECISE, (f"{what}: last matched on {iso(found_date)}, before "
                                   f"'{since.label}' ({since.describe()}): the article "
                                   "understates it")
    return Verdict.CONTRADICTED, (f"{what}: matched as recently as {iso(found_date)}, after "
                                  f"'{since.label}' ({since.describe()})")


def within_verdict(found_date, day, within: dict[str, Any], what: str, matched: str,
                   data_begins, period: str = "session") -> tuple[Verdict, str]:
    """The rule of "its worst day of 2019", "the highest close of the year": nothing earlier in
    that calendar year matched the day (``found_date``: the last earlier session that did, None
    when none in the data). A match before the year starts holds it up; one inside refutes it."""
    day = pd.Timestamp(day)
    year = int(within.get("year") or day.year)
    start = pd.Timestamp(year, 1, 1)
    if day.year != year:
        return Verdict.UNVERIFIABLE, f"{what}: the day checked is not in {year}, the year the words name"
    if start < pd.Timestamp(data_begins):
        return Verdict.UNVERIFIABLE, f"{what}: the data begins {iso(data_begins)}, inside {year}"
    if found_date is None or pd.Timestamp(found_date) < start:
        last = f" (the last that {matched} was {iso(found_date)})" if found_date is not None else ""
        return Verdict.SUPPORTED, f"{what}: no earlier {period} of {year} {matched}{last}"
    return Verdict.CONTRADICTED, (f"{what}: {iso(found_date)}, earlier in {year}, {matched}, so "
                                  f"it was not the extreme of {year}")


@on_day_result
def verify_extreme_since(rc: ResolvedClaim, res: Any, ev: Evidence) -> CheckedClaim:
    c = rc.claim
    high = c.kind is ClaimKind.HIGHEST_SINCE
    measure = str(c.details.get("measure", "close") or "close")
    lookback = c.details.get("lookback")
    word = "highest" if high else "lowest"
    if c.details.get("ever") and measure == "day_move":
        return move_ever(rc, res, ev, high)
    level_q = next((q for q in c.quantities if q.role == "level"
                    and q.unit in (Unit.NUMBER, Unit.USD, Unit.POINTS)), None)
    if lookback and measure == "level" and level_q is not None and rc.since is None:
        return _level_first_in(rc, res, ev, level_q.value, high, lookback)
    if lookback and measure in ("close", "level", ""):
        return _lookback(rc, res, ev, lookback, high)
    if measure == "level" and level_q is not None and high:
        return _level_first_since(rc, res, ev, level_q.value)
    if measure == "level" and level_q is not None and rc.since is not None:
        return _level_first_below_since(rc, res, ev, level_q.value)
    rank = int(c.details.get("rank") or 1)
    if rank > 1 and rc.since is not None and measure != "day_move":
        # "its third best week since World War II": only one-day moves are ranked since a date
        return unverifiable(rc, f"a rank since a date ({ordinal(rank)}) is counted for one-day moves "
                                f"only, not for the {measure.replace('_', ' ')}", ev)
    if measure == "day_move":
        return _move_since(rc, res, ev, high)
    if measure == "sessions_move":
        return _window_move_since(rc, res, ev, high, points=c.details.get("unit") == "points")
    if measure in ("week_move", "month_move", "quarter_move", "year_move"):
        return _period_move_since(rc, res, ev, high, {"week_move": "weekly", "month_move": "monthly",
                                                      "year_move": "yearly"}.get(measure, "quarterly"))
    if measure == "unnamed":
        sup = c.details.get("superlative") or word
        return unverifiable(rc, f"the words do not say what was the {sup} since (a close, a day's or "
                                "a period's move, a streak): no statistic to read", ev)
    if measure not in ("close", "level", ""):
        return unverifiable(rc, f"'{word} {measure.replace('_', ' ')} since' is not a statistic "
                                "capscope has (it has the close, the intraday high/low and the "
                                "day's, week's and month's move)", ev)
    ext = res.highest_close_since if high else res.lowest_close_since
    ev.values.update({"since_date": iso(ext.since_date), "since_close": ext.since_value,
                      "is_record": ext.is_record, "data_begins": iso(res.data_begins)})
    ev.claimed = rc.since.label if rc.since is not None else f"{word} close"
    ev.found = ext.wording
    if c.details.get("within"):
        v, text = within_verdict(None if ext.is_record else ext.since_date, res.session,
                                 c.details["within"], f"{res.symbol} {word} close on {iso(res.session)}",
                                 "closed at least as " + ("high" if high else "low"), res.data_begins)
        if v is Verdict.CONTRADICTED and res.intraday is not None and not pins_the_close(c):
            # "sank below 10,000 to their lowest level of the year ... before a late rebound":
            # the words do not say the close, and the session's low is the other reading
            iext = res.intraday.highest_high_since if high else res.intraday.lowest_low_since
            iv, itext = within_verdict(None if iext.is_record else iext.since_date, res.session,
                                       c.details["within"], f"{res.symbol} intraday {'high' if high else 'low'} "
                                       f"on {iso(res.session)}", "traded at least as " + ("high" if high else "low"),
                                       res.data_begins)
            if iv is Verdict.SUPPORTED:
                return verdict(rc, iv, f"{itext} (on closes: {text})", ev)
        return verdict(rc, v, text, ev)
    v, text = since_verdict(ext.since_date, ext.is_record, rc.since,
                             f"{res.symbol} {word} close on {iso(res.session)}", res.data_begins)
    said_close = pins_the_close(c)
    if v in (Verdict.CONTRADICTED, Verdict.IMPRECISE) and res.intraday is not None \
            and not said_close:
        iext = (res.intraday.highest_high_since if high else res.intraday.lowest_low_since)
        iv, itext = since_verdict(iext.since_date, iext.is_record, rc.since,
                                   f"{res.symbol} intraday {'high' if high else 'low'}",
                                   res.data_begins)
        if iv is Verdict.SUPPORTED:
            return verdict(rc, Verdict.SUPPORTED, f"{itext} (on closes: {text})", ev)
    return verdict(rc, v, text, ev)


def _move_since(rc: ResolvedClaim, res: Any, ev: Evidence, high: bool) -> CheckedClaim:
    """"Its worst day since October 2022": the last earlier session that fell at least as much.

    Read off :func:`capscope.stats.streaks.streak_study` with one-session episodes beyond the
    day's own move: the episode before the day's is the last session that matched it.
    """
    from capscope.stats.streaks import streak_study

    if res.change_pct is None:
        return unverifiable(rc, f"{iso(res.session)} is the first session in the data", ev)
    if rc.claim.details.get("unit") == "points":
        return _window_move_since(rc, res, ev, high, sessions=1, points=True)
    direction = "up" if high else "down"
    word = "best" if high else "worst"
    if (res.change_pct > 0) != high or res.change_pct == 0:
        return verdict(rc, Verdict.CONTRADICTED, f"{res.symbol} {res.change_pct:+.2f}% on "
                       f"{iso(res.session)}: not a {'gain' if high else 'loss'}", ev)
    size = abs(res.change_pct) - 1e-9  # the day itself must qualify despite float rounding
    shown = math.floor(abs(res.change_pct) * 1e4) / 1e4  # rounded down: the day must qualify
    floor = rc.claim.details.get("threshold_pct")
    if floor is not None and float(floor) <= abs(res.change_pct):
        # "closed up 6.5% or greater for the first time since November 13, 2008": the last
        # session that moved at least the stated size, not at least the day's own move
        size, shown = float(floor) - 1e-9, float(floor)
    sym, day = res.symbol, res.session
    cmd = (f"capscope streaks {sym} --days 1 --min {shown:.4f}"
           + (" --direction down" if not high else "") + f" --on {iso(day)}")
    try:
        st = memo(streak_study, sym, 1, size, direction=direction, on=day)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.streaks.streak_study", cmd)
    table = st.episodes
    earlier = table[table["end"] < day]
    prev = earlier["end"].iloc[-1] if len(earlier) else None
    ev2 = Evidence(statistic="capscope.stats.streaks.streak_study", command=cmd,
                   arguments={"symbol": sym, "days": 1, "min_pct": abs(res.change_pct),
                              "direction": direction, "on": iso(day)},
                   claimed=rc.since.label if rc.since is not None else f"{word} day",
                   found=f"{word} day since {iso(prev)}" if prev is not None else
                   f"{word} day in the data (from {iso(st.history_begins)})",
                   values={"change_pct": res.change_pct, "previous_as_large": iso(prev)})
    what = f"{sym} {res.change_pct:+.2f}% on {iso(day)}, its {word} day"
    if rc.claim.details.get("one_of") and rc.since is not None and rc.since.end is not None:
        # "one of their biggest gains since World War II": a place among the top ten since then
        since_end = rc.since.end
        ahead = int(((earlier["end"] > since_end) & (earlier["end"] < day)).sum())
        text = (f"{what}: {ahead} session{'s' if ahead != 1 else ''} since "
                f"'{rc.since.label}' ({iso(since_end)}) moved as much or more, so it ranks "
                f"{ahead + 1}")
        if ahead < TOP_RANKS:
            return verdict(rc, Verdict.SUPPORTED, f"{text}: one of the {TOP_RANKS} {word}", ev2, ev)
        return unverifiable(rc, f"{text}; 'one of the {word}' sets no rank to hold it to", ev2, ev)
    lookback = rc.claim.details.get("lookback")
    within = rc.claim.details.get("within")
    if rc.claim.details.get("rank") and rc.since is not None and rc.since.end is not None and not within:
        # "its second-worst day since 2008": the sessions since then that moved as much or more
        rank, since_end = int(rc.claim.details["rank"]), rc.since.end
        ahead = int(((earlier["end"] > since_end) & (earlier["end"] < day)).sum())
        text = (f"{what}: {ahead} session{'s' if ahead != 1 else ''} since '{rc.since.label}' "
                f"({iso(since_end)}) moved as much or more, so it ranks {ahead + 1} (stated {rank})")
        return verdict(rc, Verdict.SUPPORTED if ahead == rank - 1 else Verdict.CONTRADICTED, text, ev2, ev)
    if within and rc.claim.details.get("rank"):
        # "its second-worst loss of the year": the sessions of that year before it as large
        rank = int(rc.claim.details["rank"])
        year = int(within.get("year") or day.year)
        ahead = int(((earlier["end"] >= pd.Timestamp(year, 1, 1)) & (earlier["end"] < day)).sum())
        text = f"{what}: {ahead} earlier session{'s' if ahead != 1 else ''} of {year} moved as much or more"
        return verdict(rc, Verdict.SUPPORTED if ahead == rank - 1 else Verdict.CONTRADICTED,
                       f"{text}, so it ranks {ahead + 1} (stated {rank})", ev2, ev)
    if within:
        v, text = within_verdict(prev, day, within, what, "moved at least as much", st.history_begins)
        return verdict(rc, v, text, ev2, ev)
    if lookback and rc.since is None:
        # "its biggest dive in 6.5 years": the last day as large must be that long ago
        v, text = _span_verdict(day, prev, lookback, what)
        return verdict(rc, v, text, ev2, ev)
    v, text = since_verdict(prev, prev is None, rc.since, what, res.data_begins)
    return verdict(rc, v, text, ev2, ev)


def _window_move_since(rc: ResolvedClaim, res: Any, ev: Evidence, high: bool, *,
                       sessions: int | None = None, points: bool = False) -> CheckedClaim:
    """"It has lost 11 percent in three days, the most since November 2008", "its biggest
    one-day point jump in nearly five years": the N-session change (percent or points) against
    every earlier one (stats.moves.window_move_since)."""
    from capscope.stats.moves import window_move_since

    n = sessions or int(rc.claim.details.get("sessions") or 0)
    try:
        w = memo(window_move_since, res.symbol, res.session, n, high=high, points=points)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.moves.window_move_since")
    word = "best" if high else "worst"
    unit = " points" if points else "%"
    span = "the session" if n == 1 else f"the {n} sessions"
    if (w.change_pct > 0) != high:
        return verdict(rc, Verdict.CONTRADICTED, f"{res.symbol} {w.change_pct:+,.2f}{unit} over {span} "
                       f"to {iso(res.session)}: not a {'gain' if high else 'loss'}", ev)
    ev2 = Evidence(statistic="capscope.stats.moves.window_move_since",
                   arguments={"symbol": res.symbol, "on": iso(res.session), "sessions": n, "high": high,
                              "points": points},
                   claimed=rc.since.label if rc.since is not None else f"{word} {n}-session move",
                   found=f"{w.change_pct:+,.2f}{unit}", values={"previous_end": iso(w.previous_end)})
    what = f"{res.symbol} {w.change_pct:+,.2f}{unit} over {span} to {iso(res.session)}, its {word}"
    lookback = rc.claim.details.get("lookback")
    if rc.claim.details.get("within"):
        v, text = within_verdict(w.previous_end, res.session, rc.claim.details["within"], what,
                                 "moved at least as much", w.data_begins)
        return verdict(rc, v, text, ev2, ev)
    if lookback and rc.since is None:
        v, text = _span_verdict(res.session, w.previous_end, lookback, what)
        return verdict(rc, v, text, ev2, ev)
    v, text = since_verdict(w.previous_end, w.previous_end is None, rc.since, what, w.data_begins)
    return verdict(rc, v, text, ev2, ev)


def _span_verdict(day: Any, prev: Any, lookback: dict[str, Any], what: str,
                  none_since: str = "none as large") -> tuple[Verdict, str]:
    """A stated look-back ("in 6.5 years", "in more than a month") against the time since the
    last earlier match, by the rounding rule of :func:`_lookback`."""
    parsed = _parse_lookback(lookback)
    if parsed is None:
        return Verdict.UNVERIFIABLE, f"a look-back of {lookback} is not one capscope can measure"
    n, unit, hedge = parsed
    if prev is None:
        return Verdict.SUPPORTED, f"{what}: {none_since} in all the data"
    elapsed = (day - prev).days / _UNIT_DAYS[unit]
    low = _least_span(n, hedge)
    text = f"{what}: {none_since} since {iso(prev)} ({elapsed:.1f} {unit}s)"
    if elapsed < low:
        return Verdict.CONTRADICTED, f"{text}, less than {n:g} {unit}s"
    if hedge == "exact" and elapsed >= 2 * n and unit not in ("week", "day", "session"):
        return Verdict.IMPRECISE, f"{text}: more than twice the stated {n:g} {unit}s"
    return Verdict.SUPPORTED, text


def _period_move_since(rc: ResolvedClaim, res: Any, ev: Evidence, high: bool,
                       freq: str) -> CheckedClaim:
    """"Its best week since November 2020": the week's change against earlier weeks.

    Weekly (monthly, quarterly) changes are :func:`capscope.stats.calendar_streaks.period_closes` (weeks end
    on Friday); the last earlier period at least as good comes from the highest-since kernel.
    A week still in progress on the day counts with its change so far, and says so.
    """
    import numpy as np

    from capscope.data.series import series
    from capscope.stats._kernels import highest_since
    from capscope.stats.calendar_streaks import period_closes

    sym, day = res.symbol, res.session
    unit = {"weekly": "week", "monthly": "month", "yearly": "year"}.get(freq, "quarter")
    word = "best" if high else "worst"
    try:
        table = period_closes(memo(series, sym).loc[:day], freq)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.calendar_streaks.period_closes")
    every = table
    # "its biggest December decline since 1931", "its best first quarter since 1998": the month
    # (quarter) named, against that month (quarter) of other years; written after it ("its worst
    # January since 2009" on Feb. 2), the latest one, complete
    of_year = (("month", rc.claim.details.get("month_of_year"), calendar.month_name.__getitem__) if freq == "monthly"
               else ("quarter", rc.claim.details.get("quarter_of_year"), lambda q: f"{_ORDINAL_QUARTER[q]} quarter")
               if freq == "quarterly" else (None, None, None))
    field, which, name = of_year
    if which:
        which = int(which)
        table = table[getattr(pd.DatetimeIndex(table["last_session"]), field) == which].reset_index(drop=True)
        unit = name(which)
        if getattr(day, field) != which and len(table):
            day = pd.Timestamp(table["last_session"].iloc[-1])
    if freq == "yearly" and rc.claim.time is None and day.month == 1 and len(table) > 1:
        # "Best Annual Return in More Than a Decade" on Jan. 7: the year just ended, not the days
        # of the new one
        table = every = table.iloc[:-1]
        day = pd.Timestamp(table["last_session"].iloc[-1])
    if len(table) < 2 or not np.isfinite(table["change_pct"].iloc[-1]):
        return unverifiable(rc, f"{sym} has no earlier {unit} to compare with", ev)
    # "its biggest weekly point gain since December": the change in points, from each period's
    # close to the one before it in the calendar
    points = rc.claim.details.get("unit") == "points" and not which
    if points:
        changes = every["close"].diff().to_numpy(dtype=np.float64)
        table = every
    else:
        changes = table["change_pct"].to_numpy(dtype=np.float64)
    shown_unit = " points" if points else "%"
    this = float(changes[-1])
    if (this > 0) != high or this == 0:
        return verdict(rc, Verdict.CONTRADICTED, f"{sym}'s {unit} to {iso(day)}: "
                       f"{this:+,.2f}{shown_unit}, not a {'gain' if high else 'loss'}", ev)
    signed = np.where(np.isfinite(changes), changes if high else -changes, -np.inf)
    j = int(highest_since(signed)[-1])
    prev_day = table["last_session"].iloc[j] if j >= 0 else None
    prev_change = float(changes[j]) if j >= 0 else None
    # the close the period's change runs from: the period before it in the calendar
    base = every["last_session"].iloc[int(every["last_session"].searchsorted(table["last_session"].iloc[-1])) - 1]
    cmd = f"capscope returns {sym} --window {iso(base)}:{iso(day)}"
    ev2 = Evidence(statistic="capscope.stats.calendar_streaks.period_closes", command=cmd,
                   arguments={"symbol": sym, "frequency": freq, "on": iso(day)},
                   claimed=rc.since.label if rc.since is not None else f"{word} {unit}",
                   found=(f"{word} {unit} since the {unit} to {iso(prev_day)} "
                          f"({prev_change:+,.2f}{shown_unit})") if prev_day is not None else
                   f"{word} {unit} in the data",
                   values={("change_points" if points else "change_pct"): this, "period": table["period"].iloc[-1],
                           "previous_as_large": iso(prev_day), "previous_change": prev_change})
    note = ""
    if freq == "weekly" and day.day_of_week < 4 and day == table["last_session"].iloc[-1]:
        note = " (the week was still in progress)"
    what = f"{sym} {this:+,.2f}{shown_unit} in the {unit} to {iso(day)}{note}, its {word} {unit}" + (
        " in points" if points else "")
    within = rc.claim.details.get("within")
    if within and not which:
        # "their best week of the year": no earlier week (month) of that year as good
        v, text = within_verdict(prev_day, day, within, what, "moved at least as much", res.data_begins, unit)
        return verdict(rc, v, text, ev2, ev)
    v, text = since_verdict(prev_day, prev_day is None, rc.since, what, res.data_begins)
    return verdict(rc, v, text, ev2, ev)


_UNIT_DAYS = {"day": 1.0, "session": 1.4, "week": 7.0, "month": 30.4375, "year": 365.25,
              "decade": 3652.5}


def _parse_lookback(lookback: dict[str, Any]) -> tuple[float, str, str] | None:
    """A look-back's count, unit and hedge ("in more than two years"), or None if unusable."""
    try:
        n = float(lookback.get("count") or 0)
    except (TypeError, ValueError):
        return None
    unit = str(lookback.get("unit", "") or "").rstrip("s")
    if n <= 0 or unit not in _UNIT_DAYS:
        return None
    return n, unit, str(lookback.get("hedge", "exact") or "exact")


def _least_span(n: float, hedge: str) -> float:
    """The shortest span a stated look-back allows: rounded like any count ("three months"
    covers 2.5 and up); "more than" and "at least" need all of it; "nearly"/"about" 85%."""
    return (0.85 * n if hedge in ("nearly", "about", "just_under") else
            n if hedge in ("more_than", "at_least", "just_over") else n - 0.5)


def _lookback(rc: ResolvedClaim, res: Any, ev: Evidence, lookback: dict[str, Any],
              high: bool) -> CheckedClaim:
    """"Highest close in more than two years", "a 52-week high": how long ago was the close last
    matched? At least the stated span (rounded: "three months" covers 2.5 and up; 0.85 of it for
    "nearly"/"about"; all of it for "more than") supports the claim; a
    span more than twice as long is imprecise (the article understates it), except for N-week
    highs, which only say "at least"."""
    parsed = _parse_lookback(lookback)
    if parsed is None:
        return unverifiable(rc, f"a look-back of {lookback} is not one capscope can measure", ev)
    n, unit, hedge = parsed
    ext = res.highest_close_since if high else res.lowest_close_since
    word = "highest" if high else "lowest"
    span = f"{n:g} {unit}{'s' if n != 1 else ''}"
    ev.values.update({"since_date": iso(ext.since_date), "since_close": ext.since_value,
                      "is_record": ext.is_record, "data_begins": iso(res.data_begins),
                      "high_52w_date": iso(res.high_52w_date),
                      "low_52w_date": iso(res.low_52w_date)})
    ev.claimed = f"{word} close in {hedge.replace('_', ' ') + ' ' if hedge != 'exact' else ''}{span}"
    if ext.is_record:
        ev.found = f"{word} close in all the data (from {iso(res.data_begins)})"
        return verdict(rc, Verdict.SUPPORTED, f"{res.symbol} {fmt_num(res.close)} on "
                       f"{iso(res.session)}: the {word} close in all the data, which begins "
                       f"{iso(res.data_begins)}", ev)
    elapsed = (res.session - ext.since_date).days / _UNIT_DAYS[unit]
    ev.found = f"{word} since {iso(ext.since_date)} ({ext.ago})"
    low = _least_span(n, hedge)
    text = (f"{res.symbol} {fmt_num(res.close)} on {iso(res.session)}: {word} close since "
            f"{iso(ext.since_date)} ({ext.ago}, {elapsed:.1f} {unit}s)")
    if elapsed < low:
        said_close = pins_the_close(rc.claim)
        if res.intraday is not None and not said_close:
            # "rose to their highest in more than a month" in a story filed mid-session: the
            # intraday high is the other reading when the words do not say the close
            iext = res.intraday.highest_high_since if high else res.intraday.lowest_low_since
            if iext.is_record or (iext.since_date is not None and (
                    res.session - iext.since_date).days / _UNIT_DAYS[unit] >= low):
                side = "high" if high else "low"
                since = "in all the data" if iext.is_record else f"since {iso(iext.since_date)}"
                return verdict(rc, Verdict.SUPPORTED, f"{res.symbol} intraday {side} on "
                               f"{iso(res.session)}: {word} {since} (on closes: {text}, less "
                               f"than {span})", ev)
        return verdict(rc, Verdict.CONTRADICTED, f"{text}, less than {span}", ev)
    if hedge == "exact" and elapsed >= 2 * n and unit not in ("week", "day", "session"):
        return verdict(rc, Verdict.IMPRECISE, f"{text}: more than twice the stated {span}", ev)
    return verdict(rc, Verdict.SUPPORTED, text, ev)


def _level_first_in(rc: ResolvedClaim, res: Any, ev: Evidence, level: float, above: bool,
                    lookback: dict[str, Any]) -> CheckedClaim:
    """"Closed above 10,000 for the first time in 18 months": the run on that side of the level
    starts on the day, and the last earlier close on that side lies at least the span back
    (stats.levels.breakout / breakdown, then the look-back rule of :func:`_span_verdict`)."""
    from capscope.stats.levels import breakdown, breakout

    sym, day = res.symbol, res.session
    side = "above" if above else "below"
    lookback_window = f"{iso(res.data_begins)}:{iso(day)}"
    cmd = (f"capscope levels {sym} --{'breakout' if above else 'breakdown'} {level:g} "
           f"--lookback {lookback_window} --on {iso(day)}")
    try:
        b = memo(breakout if above else breakdown, sym, level, on=day, lookback=lookback_window)
    except CapscopeError as exc:
        return from_error(rc, exc, f"capscope.stats.levels.{'breakout' if above else 'breakdown'}", cmd)
    crossed, since, prev = ((b.above, b.breakout_date, b.previously_above_on) if above else
                            (b.below, b.breakdown_date, b.previously_below_on))
    ev2 = Evidence(statistic=f"capscope.stats.levels.{'breakout' if above else 'breakdown'}", command=cmd,
                   arguments={"symbol": sym, "level": level, "on": iso(day)},
                   claimed=f"first close {side} {level:,.2f} in {lookback.get('count')} {lookback.get('unit')}s",
                   found=f"{side} since {iso(since)}; before that {iso(prev)}" if crossed else
                   f"close {fmt_num(b.last_close)}, not {side}",
                   values={"crossed_on": iso(since), f"previously_{side}_on": iso(prev)})
    if not crossed:
        return verdict(rc, Verdict.CONTRADICTED, f"{sym} closed at {fmt_num(b.last_close)} on "
                       f"{iso(day)}, not {side} {level:,.2f}", ev, ev2)
    what = f"{sym} closed {side} {level:,.2f} on {iso(day)}"
    if since is not None and since < day:
        return verdict(rc, Verdict.IMPRECISE, f"{what}, but it has been {side} it since "
                       f"{iso(since)}: not a first close {side}", ev, ev2)
    v, text = _span_verdict(day, prev, lookback, what, none_since=f"no close {side} it")
    return verdict(rc, v, text, ev, ev2)


def _last_close_beyond(rc: ResolvedClaim, res: Any, last: pd.Timestamp | None, close: float, level: float,
                       side: str, *evidence: Evidence) -> CheckedClaim:
    """"Last closed {side} the level on D" on a day on the other side of it: the last close
    {side} it must fall in the named period (``rc.since``)."""
    other = "below" if side == "above" else "above"
    v, text = since_verdict(last, last is None, rc.since, f"{res.symbol} closed at {fmt_num(close)} on "
                            f"{iso(res.session)}, {other} {level:,.2f}; its last close {side} it", res.data_begins,
                            unmatched=f"no close {side} it in the data")
    return verdict(rc, v, text, *evidence)


def _level_first_below_since(rc: ResolvedClaim, res: Any, ev: Evidence, level: float) -> CheckedClaim:
    """"Closed below 30,000 for the first time since June 17": the run below the level must
    start on the day, and the last earlier close below it must fall in the named period
    (stats.levels.breakdown, the mirror of the breakout rule)."""
    from capscope.stats.levels import breakdown

    sym, day = res.symbol, res.session
    lookback = f"{iso(res.data_begins)}:{iso(day)}"
    try:
        b = memo(breakdown, sym, level, on=day, lookback=lookback)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.levels.breakdown")
    ev2 = Evidence(statistic="capscope.stats.levels.breakdown",
                   command=f"capscope levels {sym} --breakdown {level:g} --lookback {lookback} --on {iso(day)}",
                   arguments={"symbol": sym, "level": level, "on": iso(day), "lookback": lookback},
                   claimed=f"first close below {level:,.2f} since {rc.since.label}",
                   found=(f"below since {iso(b.breakdown_date)}; before that {iso(b.previously_below_on)}"
                          if b.below else f"close {fmt_num(b.last_close)}, not below"),
                   values={"breakdown_date": iso(b.breakdown_date),
                           "previously_below_on": iso(b.previously_below_on)})
    if not b.below:
        if rc.claim.details.get("last_close"):
            # "it last closed below 10,000 on April 9" (or "hasn't closed below 10,000 since April 9")
            return _last_close_beyond(rc, res, b.last_close_below, b.last_close, level, "below", ev, ev2)
        return verdict(rc, Verdict.CONTRADICTED, f"{sym} closed at {fmt_num(b.last_close)} on "
                       f"{iso(day)}, not below {level:,.2f}", ev, ev2)
    what = f"{sym} closed below {level:,.2f} on {iso(day)}"
    if b.breakdown_date is not None and b.breakdown_date < day:
        return verdict(rc, Verdict.IMPRECISE, f"{what}, but it has been below since "
                       f"{iso(b.breakdown_date)} ({b.sessions_below} sessions): not a first close below", ev, ev2)
    prev = b.previously_below_on
    v, text = since_verdict(prev, prev is None, rc.since, what, res.data_begins,
                            unmatched="the first close below it in the data")
    return verdict(rc, v, text, ev, ev2)


def _level_first_since(rc: ResolvedClaim, res: Any, ev: Evidence, level: float) -> CheckedClaim:
    """"Above 2,400 for the first time since November 2021": the run above the level must start
    on the day, and the last earlier close above it must fall in the named period."""
    from capscope.stats.levels import breakout

    sym, day = res.symbol, res.session
    lookback = f"{iso(res.data_begins)}:{iso(day)}"  # the whole history: "since" may be long ago
    cmd = f"capscope levels {sym} --breakout {level:g} --lookback {lookback} --on {iso(day)}"
    try:
        b = memo(breakout, sym, level, on=day, lookback=lookback)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.levels.breakout", cmd)
    ev2 = Evidence(statistic="capscope.stats.levels.breakout", command=cmd,
                   arguments={"symbol": sym, "level": level, "on": iso(day)},
                   claimed=f"first close above {level:,.2f} since "
                           f"{rc.since.label if rc.since else '?'}",
                   found=(f"above since {iso(b.breakout_date)}; before that "
                          f"{iso(b.previously_above_on)}") if b.above else
                   f"close {fmt_num(b.last_close)}, not above",
                   values={"breakout_date": iso(b.breakout_date),
                           "previously_above_on": iso(b.previously_above_on)})
    if not b.above and rc.claim.details.get("last_close"):
        # "it last closed above 13,000 in May 2008", "hasn't closed above 10,000 since Oct. 3, 2008"
        return _last_close_beyond(rc, res, b.last_close_above, b.last_close, level, "above", ev, ev2)
    if not b.above:
        said_close = pins_the_close(rc.claim)
        if (not said_close and res.intraday is not None
                and float(res.intraday.high) > level):
            # "the VIX surged past 50": the words do not say the close; the high passed it, and
            # the last earlier high that did decides the "since"
            iext = res.intraday.highest_high_since
            v, text = since_verdict(iext.since_date, iext.is_record, rc.since,
                                    f"{sym} intraday high {fmt_num(float(res.intraday.high))} on "
                                    f"{iso(day)} above {level:,.2f}", res.data_begins)
            return verdict(rc, v, f"{text} (closed at {fmt_num(b.last_close)}, below it)", ev, ev2)
        return verdict(rc, Verdict.CONTRADICTED, f"{sym} closed at {fmt_num(b.last_close)} on "
                       f"{iso(day)}, not above {level:,.2f}", ev, ev2)
    if rc.claim.details.get("ever"):
        # "closed above 50,000 for the first time": no earlier close above it in the data
        first = b.breakout_date == day and b.previously_above_on is None
        text = (f"{sym} closed above {level:,.2f} on {iso(day)} "
                + ("for the first time in the data (from " + iso(res.data_begins) + ")" if first
                   else f"(above since {iso(b.breakout_date)}; earlier close above it "
                        f"{iso(b.previously_above_on)})"))
        return verdict(rc, Verdict.SUPPORTED if first else Verdict.CONTRADICTED, text, ev, ev2)
    v, text = since_verdict(b.previously_above_on, b.previously_above_on is None, rc.since,
                             f"{sym} above {level:,.2f} from {iso(b.breakout_date)}",
                             res.data_begins)
    if b.breakout_date is not None and b.breakout_date != day and v is Verdict.SUPPORTED:
        v = Verdict.IMPRECISE
        text += f" (the run above began {iso(b.breakout_date)}, before {iso(day)})"
    return verdict(rc, v, text, ev, ev2)


__all__ = ["since_verdict", "verify_extreme_since"]
