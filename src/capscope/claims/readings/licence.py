"""Which readings may raise an alarm at all: the kinds, and the figures, that earn a "contradicted".

The readings and the firmness tests (:mod:`capscope.claims.readings.firmness`) say when a reading
is open to doubt; they are written one shape at a time, from misreadings already seen. On copy
capscope had not seen they did not hold: across thirteen held-back rounds, each measured once,
about seven in eight alarms were misreadings, each of a shape met for the first time. This module
states the other side, once, from what those rounds showed about where alarms are right at all:

* **Kinds.** An alarm is raised only on the kinds whose reading is a single figure of one
  session or one stated window: a day's move, a close, a change over a window, a record. The
  standings of a session against its past ("its lowest level in three years", "the worst week
  since"), runs, relative returns, distances, levels crossed, milestones, Fed decisions not
  dated to the day and a decision's standing among the ones before it were, on the rounds measured, nearly always misread (a lookback dated by the
  wrong clause, an intraday extreme, another series, a count taken for a decision). Their
  verdict stays the data's figure, but as unverifiable: a reader checks it by hand.
* **Direction.** A writer who misstates a change almost always has its direction right (a stale
  figure, a slip of the last digit); a reading that finds the change going the other way has
  more often read the wrong session or window than found a writer's error. (A change far off in
  size is :func:`capscope.claims.readings.firmness.infirm`'s to judge.)

The licence is asked only of a reading that already failed every other reading and the
neighbouring ones (:mod:`capscope.claims.readings.corroboration`); it never makes a claim
supported, it only withholds the alarm, naming why. A researcher checking one statement of a
kind the licence withholds asks for every alarm (:func:`every_alarm`, ``capscope check
--every-alarm``): the data's verdict on capscope's reading, firm or not.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from capscope.claims.model import CheckedClaim, ClaimKind, Direction, TimeKind, Unit
from capscope.claims.readings.firmness import found_change
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import pick, signed_claim

#: the kinds whose alarm reads one figure of one session or one stated window
ALARM_KINDS = frozenset({ClaimKind.DAY_MOVE, ClaimKind.CLOSE_LEVEL, ClaimKind.PERIOD_RETURN,
                         ClaimKind.RECORD})

#: a decision's place among the ones before it ("the first reduction since President Trump took
#: office", "its fifth increase of the year"): a standing, as a "highest since" is
_FED_STANDINGS = ("first_of_cycle", "first_since", "ordinal", "count", "consecutive", "gap_years")

_EVERY_ALARM: ContextVar[bool] = ContextVar("capscope_every_alarm", default=False)


@contextlib.contextmanager
def every_alarm(on: bool = True) -> Iterator[None]:
    """Inside it, every reading the data contradicts is an alarm (the licence is not asked)."""
    token = _EVERY_ALARM.set(on)
    try:
        yield
    finally:
        _EVERY_ALARM.reset(token)


def unlicensed(rc: ResolvedClaim, checked: CheckedClaim) -> str | None:
    """Why a contradicted reading may not raise an alarm, or None when it may."""
    if _EVERY_ALARM.get():
        return None
    c = rc.claim
    if c.kind is ClaimKind.FED_DECISION:
        if not _dated_to_the_day(rc):
            return "a Fed decision the words do not date to the day is read too loosely for an alarm"
        standing = sorted(k for k in _FED_STANDINGS if c.details.get(k))
        if standing:
            return (f"a Fed decision's standing against the ones before it ({', '.join(standing)}) is read too "
                    "loosely for an alarm")
        return None
    if c.kind not in ALARM_KINDS:
        return f"capscope raises no alarm on a {c.kind.value.replace('_', ' ')} claim: its reading is not firm enough"
    if c.details.get("extreme"):
        # a window's extreme stated as a level: a standing, as a "highest since" is, with edges
        # copy draws loosely ("52-week" on a quote page may end the day before)
        return "a window's extreme stated as a level is read too loosely for an alarm"
    if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN):
        return _wrong_way_round(rc, checked)
    return None


def _dated_to_the_day(rc: ResolvedClaim) -> bool:
    t = rc.claim.time
    return t is not None and t.kind is TimeKind.DAY and bool(t.year and t.month and t.day)


def _wrong_way_round(rc: ResolvedClaim, checked: CheckedClaim) -> str | None:
    """Whether the data's change goes the other way from the one the words state."""
    c = rc.claim
    q = pick(c.quantities, Unit.PCT) or pick(c.quantities, Unit.POINTS)
    actual = found_change(checked, q) if q is not None else None
    if q is None or actual is None or q.value == 0 or actual == 0:
        return None
    told = bool(q.sign) or c.direction in (Direction.UP, Direction.DOWN)
    claimed = signed_claim(q, c.direction)
    if told and (claimed > 0) != (actual > 0):
        return (f"the data's change goes the other way ({actual:+,.2f}): another session or window is the "
                "likelier reading than a change stated the wrong way round")
    return None


__all__ = ["ALARM_KINDS", "every_alarm", "unlicensed"]
