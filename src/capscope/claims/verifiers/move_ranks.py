"""Ranks of a day's move in all the data: "the biggest point drop ever", "its third-best day in
history", "one of its biggest rallies on record". A rank in points counts all history only for a
move no session before the data could have matched (``_PRE_DATA_SHARE``); "one of the biggest" is a
place in the top ``TOP_RANKS``.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pandas as pd

from capscope.claims.model import CheckedClaim, Evidence, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import (
    from_error,
    iso,
    memo,
    unverifiable,
    verdict,
)
from capscope.errors import CapscopeError

# A rank in points over the data is a rank over all history only for a move no earlier session
# can have matched: the index stood lower before its data begin, and no session of these indexes
# moved more than a quarter of its level (the Dow's worst, 1987-10-19, lost 22.6%: 508 points,
# more than all but one of its losses up to 1998). Below that, history before the data may hold
# larger ones ("the third-biggest point loss ever" on 1998-08-04 counts the 1987 crash).
_PRE_DATA_SHARE = 0.25
TOP_RANKS = 10  # "one of the biggest": within the top ten (a wider place is not refuted either)


def move_ever(rc: ResolvedClaim, res: Any, ev: Evidence, high: bool) -> CheckedClaim:
    """"Its worst one-day point decline ever", "best one-day point gain in history": the day's
    move beyond every earlier session's in the data (stats.moves.move_bounds up to the session
    before), in points or percent as the words say. History before the data is not judged.

    When the words name no unit and the sentence gives the move in points too ("tumbled 108.33,
    or 3.8 percent, to 2,749.83, its fourth-biggest decline"), the rank may be of either: a
    rank in points that holds is not refuted by the one in percent."""
    if res.change_pct is None or res.previous_session is None:
        return unverifiable(rc, f"{iso(res.session)} is the first session in the data", ev)
    unit = rc.claim.details.get("unit")
    first = _move_ever_in(rc, res, ev, high, points=unit == "points")
    said = re.search(r"percent|%|\bpoints?\b", rc.claim.text, re.I)  # (a unit read off a nearby figure is no word of the rank's)
    if unit == "points" or said or first.verdict is not Verdict.CONTRADICTED or not _POINTS_IN.search(rc.claim.sentence):
        return first
    in_points = _move_ever_in(rc, res, dataclasses.replace(ev, values=dict(ev.values)), high, points=True)
    return in_points if in_points.verdict is Verdict.SUPPORTED else first


# a move stated in points in the sentence: "108.33 points", "tumbled 108.33, or 3.8 percent"
_POINTS_IN = re.compile(r"\d\s+points?\b|\d(?:\.\d+)?,\s+or\s+(?:about\s+|nearly\s+|almost\s+)?\d", re.I)


def _move_ever_in(rc: ResolvedClaim, res: Any, ev: Evidence, high: bool, *, points: bool) -> CheckedClaim:
    """:func:`move_ever` in one unit."""
    from capscope.stats.moves import move_bounds

    change = res.change_points if points else res.change_pct
    unit = " points" if points else "%"
    word = "best" if high else "worst"
    if (change > 0) != high or change == 0:
        return verdict(rc, Verdict.CONTRADICTED, f"{res.symbol} {change:+,.2f}{unit} on "
                       f"{iso(res.session)}: not a {'gain' if high else 'loss'}", ev)
    rank = rc.claim.details.get("rank") or 1
    history = getattr(rc.subject.info, "history_from", "") if rc.subject is not None else ""
    if rc.claim.details.get("one_of"):
        return _one_of_ever(rc, res, ev, points=points)
    if rank > 1 or (not points and history and pd.Timestamp(history) < res.data_begins):
        return _move_rank(rc, res, ev, rank, history, points=points)
    try:
        b = memo(move_bounds, res.symbol, res.previous_session)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.moves.move_bounds")
    before = (b.max_gain_points if high else b.max_loss_points) if points else (
        b.max_gain_pct if high else b.max_loss_pct)
    beyond = change > before if high else change < before
    ev.values.update({"change": change, "previous_extreme": before})
    ev.claimed, ev.found = f"{word} day ever ({'points' if points else 'percent'})", change
    text = (f"{res.symbol} {change:+,.2f}{unit} on {iso(res.session)}; the {word} earlier day in "
            f"the data (from {iso(res.data_begins)}) was {before:+,.2f}{unit}")
    return verdict(rc, Verdict.SUPPORTED if beyond else Verdict.CONTRADICTED, text, ev)


def _ranked(rc: ResolvedClaim, res: Any, claimed: str, *, points: bool) -> tuple[Any, Evidence, str] | CheckedClaim:
    """The day's rank among the data's sessions (:func:`capscope.stats.moves.move_rank`), its
    evidence and its words, or the verdict of a failed lookup."""
    from capscope.stats.moves import move_rank

    try:
        r = memo(move_rank, res.symbol, res.session, points=points)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.moves.move_rank")
    unit = " points" if points else "%"
    ev2 = Evidence(statistic="capscope.stats.moves.move_rank",
                   arguments={"symbol": res.symbol, "on": iso(res.session), "points": points},
                   claimed=claimed, found=f"rank {r.rank} in the data",
                   values={"change": r.change, "rank": r.rank, "data_begins": iso(r.data_begins)})
    what = (f"{res.symbol} {r.change:+,.2f}{unit} on {iso(res.session)} ranks {ordinal(r.rank)} "
            f"among the data's sessions from {iso(r.data_begins)}")
    return r, ev2, what


def _move_rank(rc: ResolvedClaim, res: Any, ev: Evidence, rank: int, history: str, *,
               points: bool) -> CheckedClaim:
    """"The 17th-worst percentage loss in its history": the day's rank among the data's earlier
    sessions. More earlier sessions beyond it than the rank allows refutes the claim; the data
    confirms it only when it covers the index's whole history (the Dow's begins in 1992, the
    index in 1896)."""
    got = _ranked(rc, res, f"rank {rank}", points=points)
    if isinstance(got, CheckedClaim):
        return got
    r, ev2, what = got
    if r.rank > rank:
        return verdict(rc, Verdict.CONTRADICTED, f"{what}: {r.rank - 1} earlier sessions moved "
                       f"further, so it cannot rank {ordinal(rank)}", ev2, ev)
    if points and abs(r.change) > _PRE_DATA_SHARE * r.first_level:
        history = ""  # no session before the data can have moved this many points
    if history and pd.Timestamp(history) < r.data_begins:
        return unverifiable(rc, f"{what}; the index's history from {history} is not in the data, "
                            "so its rank in all its history cannot be confirmed", ev2, ev)
    v = Verdict.SUPPORTED if r.rank == rank else Verdict.CONTRADICTED
    return verdict(rc, v, what, ev2, ev)


def _one_of_ever(rc: ResolvedClaim, res: Any, ev: Evidence, *, points: bool) -> CheckedClaim:
    """"One of its biggest rallies in history": a place among the data's top ``TOP_RANKS``
    sessions supports it; a wider place sets no rank to hold it to (never an alarm)."""
    got = _ranked(rc, res, f"one of the top {TOP_RANKS}", points=points)
    if isinstance(got, CheckedClaim):
        return got
    r, ev2, what = got
    if r.rank <= TOP_RANKS:
        return verdict(rc, Verdict.SUPPORTED, f"{what}: one of the {TOP_RANKS} largest", ev2, ev)
    return unverifiable(rc, f"{what}; 'one of the biggest' sets no rank to hold it to", ev2, ev)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


__all__ = ["TOP_RANKS", "move_ever", "ordinal"]
