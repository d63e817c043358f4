"""Streaks with a threshold, how rare a streak is, and consecutive monthly (weekly) moves.

Calls :func:`capscope.stats.streaks.streak_study` and
:func:`capscope.stats.calendar_streaks.calendar_streaks`; their counting rules (one episode per
maximal run, a month in progress counts with its change so far) are written down there.

Rarity and the start of the data: "the fifth time since 1979" asks about a history the data may
not hold (the Russell 2000 file begins 1987-09-10). When the count in the data alone already
exceeds the claim, the claim is contradicted whatever happened earlier; otherwise the missing
years could change the count, so the claim is unverifiable and the verdict says exactly which
years are missing and what the data shows for the rest.
"""

from __future__ import annotations

import pandas as pd

from capscope.claims.model import CheckedClaim, Direction, Evidence, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import (
    from_error,
    iso,
    memo,
    symbol_and_day,
    unverifiable,
    verdict,
)
from capscope.data.calendar import next_session
from capscope.errors import CapscopeError

STUDY = "capscope.stats.streaks.streak_study"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _threshold(rc: ResolvedClaim) -> float:
    q = rc.claim.quantity("threshold")
    if q is not None:
        return abs(float(q.value))
    t = rc.claim.details.get("threshold")
    return abs(float(t)) if isinstance(t, int | float) else 0.0


def _length(rc: ResolvedClaim) -> int | None:
    n = rc.claim.details.get("length")
    if n is None:
        q = rc.claim.quantity("length")
        n = q.value if q is not None else None
    return int(n) if n is not None else None


def _direction(rc: ResolvedClaim) -> str:
    return "down" if rc.claim.direction in (Direction.DOWN, Direction.UNDERPERFORM) else "up"


def _since_year(rc: ResolvedClaim) -> tuple[int | None, str]:
    """The start of the history the claim counts over ("since 1979"), or None (all the data)."""
    s = rc.since
    if s is None:
        return None, ""
    if not s.ok or s.start is None:
        return None, s.reason
    return s.start.year if s.start.month == 1 and s.start.day == 1 else None, s.start.date(
    ).isoformat()


def _study(rc: ResolvedClaim, days: int, min_pct: float):
    w, refused = symbol_and_day(rc)
    if refused is not None:
        return refused
    from capscope.stats.streaks import streak_study

    sym = rc.subject.symbol
    on = w.day if w.day is not None else w.on
    year, since_text = _since_year(rc)
    since = since_text if since_text and year is None else year
    direction = _direction(rc)
    args = {"symbol": sym, "days": days, "min_pct": min_pct, "direction": direction,
            "since": since, "on": iso(on)}
    cmd = (f"capscope streaks {sym} --days {days} --min {min_pct:g}"
           + (" --direction down" if direction == "down" else "")
           + (f" --since {since}" if since else "") + f" --on {iso(on)}")
    comp = rc.comparison.symbol if rc.comparison is not None else None
    if comp:
        args["relative_to"] = comp
        cmd += f" --relative-to {comp}"
    try:
        res = memo(streak_study, sym, days, min_pct, direction=direction, relative_to=comp,
                           since=since, on=on)
    except CapscopeError as exc:
        return from_error(rc, exc, STUDY, cmd, args)
    ev = Evidence(statistic=STUDY, arguments=args, command=cmd,
                  values={"n_episodes": res.n_episodes, "history_begins": iso(res.history_begins),
                          "session": iso(res.session),
                          "episodes": [{"start": iso(r.start), "end": iso(r.end),
                                        "length": int(r.length), "cum_pct": float(r.cum_pct)}
                                       for r in res.episodes.itertuples()][-12:]},
                  note="; ".join([*w.notes, *res.warnings]))
    return res, ev


def verify_threshold_streak(rc: ResolvedClaim) -> CheckedClaim:
    """"Five straight sessions of 1%+ gains": the latest episode must end on the day, that long."""
    n = _length(rc)
    if n is None:
        return unverifiable(rc, "the streak's length is not stated")
    got = _study(rc, n, _threshold(rc))
    if isinstance(got, CheckedClaim):
        return got
    res, ev = got
    lat = res.latest
    ev.claimed = f"{n} sessions each beyond {_threshold(rc):g}%"
    if lat is None or lat.end != res.session:
        ev.found = "no such streak ending that day"
        return verdict(rc, Verdict.CONTRADICTED, f"{res.symbol}: no run of {n}+ qualifying "
                       f"sessions ends on {iso(res.session)}", ev)
    ev.found = f"{lat.length} sessions {iso(lat.start)}..{iso(lat.end)} ({lat.cum_pct:+.2f}%)"
    ok = lat.length == n or (rc.claim.hedge.value in ("more_than", "at_least") and lat.length >= n)
    return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED,
                   f"{res.symbol}: a run of {lat.length} qualifying sessions, "
                   f"{iso(lat.start)}..{iso(lat.end)}", ev)


def verify_streak_rarity(rc: ResolvedClaim) -> CheckedClaim:
    c = rc.claim
    n = _length(rc)
    if n is None:
        return unverifiable(rc, "the streak's length is not stated")
    got = _study(rc, n, _threshold(rc))
    if isinstance(got, CheckedClaim):
        return got
    res, ev = got
    if c.details.get("forward"):
        return _what_followed(rc, res, ev)
    occurrence = c.details.get("occurrence")
    total = c.details.get("count_total")
    lat = res.latest
    begins = res.history_begins
    wanted_start = rc.since.start if rc.since is not None and rc.since.ok else None
    # the history is short only when the data starts after the first session of the period
    missing_years = wanted_start is not None and next_session(wanted_start) < begins
    missing = (f"{res.symbol} data begins {iso(begins)}; the claim counts from "
               f"{iso(wanted_start)}") if missing_years else ""
    if occurrence is not None:
        k = int(occurrence)
        ev.claimed = f"occurrence {k}"
        if lat is None or lat.end != res.session:
            ev.found = f"{res.n_episodes} episodes; none ends on {iso(res.session)}"
            return verdict(rc, Verdict.CONTRADICTED, f"{res.symbol}: no such streak ends on "
                           f"{iso(res.session)} ({res.n_episodes} in the data)", ev)
        ev.found = f"occurrence {lat.occurrence} since {iso(begins)}"
        text = (f"{res.symbol}: the streak {iso(lat.start)}..{iso(lat.end)} is the "
                f"{ordinal(lat.occurrence)} of {lat.of_total} since {iso(begins)}")
        if lat.occurrence > k:
            return verdict(rc, Verdict.CONTRADICTED, text + f" (more than the stated {k})", ev)
        if missing_years:
            return unverifiable(rc, missing, ev, explanation=text + f"; {missing}, so earlier "
                                "streaks cannot be counted")
        return verdict(rc, Verdict.SUPPORTED if lat.occurrence == k else Verdict.CONTRADICTED,
                       text, ev)
    if total is not None:
        k = int(total)
        ev.claimed, ev.found = f"{k} times", f"{res.n_episodes} since {iso(begins)}"
        text = f"{res.symbol}: {res.n_episodes} such streaks since {iso(begins)}"
        if res.n_episodes > k:
            return verdict(rc, Verdict.CONTRADICTED, text, ev)
        if missing_years:
            return unverifiable(rc, missing, ev, explanation=f"{text}; {missing}")
        return verdict(rc, Verdict.SUPPORTED if res.n_episodes == k else Verdict.CONTRADICTED,
                       text, ev)
    return unverifiable(rc, "the claim states neither which occurrence nor how many", ev)


def _what_followed(rc: ResolvedClaim, res, ev: Evidence) -> CheckedClaim:  # noqa: ANN001
    """A base rate ("in the 228 earlier runs ..., higher a month later 134 times"): the earlier
    episodes (all but one ending on the day) and, among them, those whose forward return at the
    horizon had the stated sign. Both counts must be exact; an earlier episode whose horizon is
    not over yet leaves the claim unverifiable, as does a history the data may not hold."""
    d = rc.claim.details
    fwd = d["forward"]
    horizon, want = str(fwd["horizon"]), int(d["earlier"])
    table = res.episodes
    earlier = table[table["end"] < res.session]
    col = earlier[f"fwd_{horizon}_pct"]
    hit = int((col > 0).sum() if fwd["higher"] else (col < 0).sum())
    ev.claimed = f"{want} earlier, {fwd['count']} {'higher' if fwd['higher'] else 'lower'}"
    ev.found = f"{len(earlier)} earlier, {hit} {'higher' if fwd['higher'] else 'lower'}"
    begins = res.history_begins
    wanted_start = rc.since.start if rc.since is not None and rc.since.ok else None
    text = (f"{res.symbol}: {len(earlier)} earlier such streaks since {iso(begins)}; "
            f"{hit} {'higher' if fwd['higher'] else 'lower'} {horizon} later")
    if wanted_start is not None and next_session(wanted_start) < begins:
        return unverifiable(rc, f"{res.symbol} data begins {iso(begins)}; the claim counts from "
                            f"{iso(wanted_start)}", ev, explanation=text)
    if int(col.notna().sum()) != len(earlier):
        return unverifiable(rc, f"an earlier streak's {horizon} horizon is not over on "
                            f"{iso(res.session)}", ev, explanation=text)
    ok = len(earlier) == want and hit == int(fwd["count"])
    return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED, text, ev)


def verify_calendar_streak(rc: ResolvedClaim) -> CheckedClaim:
    """Consecutive monthly (weekly) gains or losses, and "the first such streak since ..."."""
    w, refused = symbol_and_day(rc)
    if refused is not None:
        return refused
    from capscope.stats.calendar_streaks import calendar_streaks

    c = rc.claim
    unit = str(c.details.get("unit", "month") or "month")
    freq = "weekly" if unit == "week" else "monthly"
    sym = rc.subject.symbol
    on = w.day if w.day is not None else w.on
    cmd = f"capscope months {sym} --on {iso(on)}" + (" --weekly" if freq == "weekly" else "")
    args = {"symbol": sym, "frequency": freq, "on": iso(on)}
    try:
        res = memo(calendar_streaks, sym, freq, on=on)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.calendar_streaks.calendar_streaks", cmd, args)
    first = _calendar_verdict(rc, res, cmd, args, unit, w.notes)
    if first.verdict is Verdict.SUPPORTED or not res.period_in_progress or res.current is None:
        return first
    # the period in progress may be what broke (or started) the run: an article early in a month
    # speaks of the months completed, so read the streak at the previous period's last session
    prev_end = pd.Timestamp(res.current.base_date) if res.current.length == 1 and \
        res.current.in_progress else None
    if prev_end is None:
        return first
    cmd2 = f"capscope months {sym} --on {iso(prev_end)}" + (" --weekly" if freq == "weekly"
                                                            else "")
    try:
        res2 = memo(calendar_streaks, sym, freq, on=prev_end)
    except CapscopeError:
        return first
    second = _calendar_verdict(rc, res2, cmd2, {**args, "on": iso(prev_end)}, unit, w.notes)
    if second.verdict is Verdict.SUPPORTED:
        second.explanation = (f"the {unit} in progress on {iso(on)} is left out (completed "
                              f"{unit}s to {iso(prev_end)}): {second.explanation}")
        return second
    return first


def _calendar_verdict(rc: ResolvedClaim, res, cmd: str, args: dict, unit: str,  # noqa: ANN001
                      notes: list[str]) -> CheckedClaim:
    c = rc.claim
    sym = res.symbol
    cur = res.current
    ev = Evidence(statistic="capscope.stats.calendar_streaks.calendar_streaks", arguments=args,
                  command=cmd, note="; ".join([*notes, *res.warnings]),
                  values={"current": None if cur is None else {
                      "direction": cur.direction, "length": cur.length,
                      "first": cur.first_period, "last": cur.last_period,
                      "in_progress": cur.in_progress},
                      "completed_length": res.completed_length,
                      "previous_as_long": None if res.previous_as_long is None else {
                          "first": res.previous_as_long.first_period,
                          "last": res.previous_as_long.last_period,
                          "length": res.previous_as_long.length}})
    n = _length(rc)
    want = _direction(rc)
    if cur is None:
        return verdict(rc, Verdict.CONTRADICTED, f"{sym}: the latest {unit} was flat", ev)
    found = (f"{cur.length} {unit}s {'up' if cur.direction == 'up' else 'down'} "
             f"({cur.first_period}..{cur.last_period}"
             + (f", the last in progress: {res.completed_length} completed" if cur.in_progress
                else "") + ")")
    ev.claimed, ev.found = f"{n} {unit}s {want}", found
    if cur.direction != want:
        return verdict(rc, Verdict.CONTRADICTED, f"{sym}: {found}", ev)
    parts = [f"{sym}: {found}"]
    ok = n is None or cur.length == n or (res.period_in_progress and res.completed_length == n)
    if c.details.get("first_since") and rc.since is not None:
        prev = res.previous_as_long
        if not rc.since.ok:
            return unverifiable(rc, rc.since.reason, ev)
        if prev is None:
            parts.append(f"no earlier streak as long since the data begins {iso(res.data_begins)}")
            ok = ok and (rc.since.start is None or rc.since.start <= res.data_begins)
        else:
            inside = rc.since.contains(prev.end_date)
            parts.append(f"the last streak as long ended {prev.last_period}")
            ok = ok and inside
    return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED, "; ".join(parts), ev)


__all__ = ["verify_calendar_streak", "verify_streak_rarity", "verify_threshold_streak"]


def verify_side_run(rc: ResolvedClaim, window: int, above: bool) -> CheckedClaim:
    """"It has closed above its 200-day moving average for nearly 280 consecutive trading days":
    a run of closes on one side of the average (:func:`capscope.stats.levels.moving_average`,
    its ``sessions_on_side``), not a run of gains. A run that began before the first average the
    data can form is only a lower bound."""
    from capscope.claims.lexicon import accepted
    from capscope.claims.verifiers.levels import moving_average_at

    w, bad = symbol_and_day(rc)
    if bad is not None:
        return bad
    c = rc.claim
    sym = str(rc.subject.symbol)
    got = moving_average_at(rc, w, window)
    if isinstance(got, CheckedClaim):
        return got
    r, cmd, args = got
    side = "above" if above else "below"
    found_side = "above" if r.above else "below"
    q = c.quantity("length")
    length = q.value if q is not None else c.details.get("length")
    ev = Evidence(statistic="capscope.stats.levels.moving_average", arguments=args, command=cmd,
                  claimed=f"{float(length):g} sessions {side} its {window}-day average",
                  found=f"{r.sessions_on_side} sessions {found_side} it",
                  values={"sessions_on_side": r.sessions_on_side, "above": r.above,
                          "side_since": iso(r.side_since)})
    text = (f"{sym} on {iso(r.session)}: {r.sessions_on_side} sessions {found_side} its {window}-day "
            f"average (since {iso(r.side_since) if r.side_since is not None else 'its first average'})")
    if r.above != above:
        return verdict(rc, Verdict.CONTRADICTED, text, ev)
    if length is None:
        return verdict(rc, Verdict.SUPPORTED, text, ev)
    if q is not None:
        ok = r.sessions_on_side in accepted(q.value, q.hedge, decimals=q.decimals, word=q.word)
    else:
        ok = int(length) == r.sessions_on_side
    if not ok and r.side_since is None and r.sessions_on_side < float(length):
        return unverifiable(rc, f"{text}: the run began before the data's first average", ev)
    return verdict(rc, Verdict.SUPPORTED if ok else Verdict.CONTRADICTED, text, ev)
