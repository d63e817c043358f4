"""Whether a figure is a session's close or a moment inside it: the session-basis tests of an alarm.

A story filed during the session quotes prices the close then moved away from; a level "passed"
may have been crossed only intraday; a day's move may be the move of several sessions. Each test
here looks at the session's own bars (its high, low and previous close, through the run's memo)
and says why a contradicted reading is no firm alarm, or None. They are asked by
:func:`capscope.claims.readings.firmness.infirm`, which holds the tests of the words.
"""

from __future__ import annotations

import dataclasses
import re

from capscope.claims.model import CheckedClaim, ClaimKind, Direction, Hedge, Unit
from capscope.claims.readings.context import MONTH
from capscope.claims.resolve import ResolvedClaim


def _session(rc: ResolvedClaim):  # noqa: ANN202 - (day, stats.moves.MoveResult) or (day, None)
    """The claim's session and its move result (high, low, previous close), through the run's
    memo: the verifier asked for the same one."""
    from capscope.claims.verifiers._base import memo
    from capscope.errors import CapscopeError
    from capscope.stats.moves import move

    day = rc.time.day if rc.time is not None and rc.time.ok else rc.anchor
    if day is None or not rc.subject.symbol:
        return day, None
    try:
        return day, memo(move, rc.subject.symbol, on=day)
    except CapscopeError:
        return day, None


def crossed_intraday(rc: ResolvedClaim) -> str | None:
    """A level the words say was passed ("traded above 12,000", "surged past 50") without saying
    at the close, and that the session's high (low) did pass: the close is not the only reading."""
    c, sym = rc.claim, rc.subject.symbol
    level = next((q.value for q in c.quantities if q.unit in (Unit.NUMBER, Unit.USD, Unit.POINTS)), None)
    from capscope.claims.verifiers._base import pins_the_close

    if not sym or level is None or pins_the_close(c):
        return None  # ("Moments before the close it dipped below 2,000": the session, not the close)
    for day, res in _sessions_of(rc):
        if res is None or res.intraday is None:
            continue
        hi, lo = float(res.intraday.high), float(res.intraday.low)
        if lo <= level <= hi:
            return (f"the words do not say the close, and {sym} traded through {level:,.2f} during "
                    f"the session of {day.date()} (low {lo:,.2f}, high {hi:,.2f})")
    return None


def _sessions_of(rc: ResolvedClaim):  # noqa: ANN202 - iterator of (day, MoveResult | None)
    """The claim's session, or each session of the window of a month at most that dates it
    ("first climbed above the 15,000 level last week")."""
    w = rc.time
    if w is not None and w.ok and w.day is None and w.start is not None and w.end is not None \
            and w.end - w.start <= MONTH and rc.subject.symbol:
        from capscope.claims.verifiers._base import memo
        from capscope.data.calendar import sessions
        from capscope.errors import CapscopeError
        from capscope.stats.moves import move

        for day in sessions(w.start, w.end):
            try:
                yield day, memo(move, rc.subject.symbol, on=day)
            except CapscopeError:
                yield day, None
        return
    yield _session(rc)


# words that put a figure at the close (or at a session extreme named as such)
_AT_THE_CLOSE = re.compile(r"\b(?:clos(?:e|ed|es|ing)|end(?:ed|s)?(?=\s+(?:the\s+)?(?:day|session|at|up|down|"
                           r"higher|lower|trading))|ended|finish(?:ed|es)?|settled?|settles|"
                           r"for\s+the\s+(?:day|session)|on\s+the\s+(?:day|session)|final)\b", re.I)


# a base close the change is counted from, which puts nothing at the close: "added about 1.4
# percent from Thursday's close"
_BASE_CLOSE = re.compile(r"\b(?:from|since|over|against)\s+(?:yesterday['\u2019]s|(?:Mon|Tues|Wednes|Thurs|Fri)day['\u2019]s|"
                         r"the\s+(?:previous|prior)(?:\s+day['\u2019]s)?)\s+clos(?:e|ing\s+level)\b", re.I)


def _own_clause(c) -> str:  # noqa: ANN001 - a Claim
    """The claim's words with the comma-free stretch around them: "It hit a low of $1035.39 on
    4/3/20 and has since bounced back 112%, with a close of $2195.80" -> the part before the
    comma (the close named after it is another figure's)."""
    text, base = c.sentence, c.sentence_span.start
    s, e = c.span.start - base, c.span.end - base
    left = max(text.rfind(",", 0, s), text.rfind(";", 0, s), text.rfind(":", 0, s)) + 1
    ends = [i for i in (text.find(",", e), text.find(";", e)) if i >= 0]
    return text[left:min(ends) if ends else len(text)]


def at_the_close(rc: ResolvedClaim) -> bool:
    """Whether the claim's own clause puts its figure at the close ("closed at", "ended the day",
    "for the session"), not counting a base close it is measured from."""
    return _AT_THE_CLOSE.search(_BASE_CLOSE.sub("", _own_clause(rc.claim))) is not None


def mid_session(rc: ResolvedClaim) -> str | None:
    """A day's change or level the words do not put at the close, stated inside the range the
    session traded through ("The VIX was up 25% at 24.76", written before the close): a
    mid-session figure is a reading the daily data cannot time, so it is never refuted by the
    close alone. Seen in live coverage and in next-morning copy that quotes the session's swing."""
    from capscope.claims.lexicon import rounding_unit

    c, sym = rc.claim, rc.subject.symbol
    if not sym or at_the_close(rc):
        return None
    day, res = _session(rc)
    if res is None or res.intraday is None or not res.previous_close:
        return None
    hi, lo, prev = float(res.intraday.high), float(res.intraday.low), float(res.previous_close)
    if not (hi == hi and lo == lo) or hi <= 0:
        return None
    inside = []
    for q in c.quantities:
        if q.unit is Unit.PCT:
            top, bottom = (hi / prev - 1) * 100, (lo / prev - 1) * 100
        elif q.unit is Unit.POINTS:
            top, bottom = hi - prev, lo - prev
        elif q.unit in (Unit.NUMBER, Unit.USD) and c.kind is ClaimKind.CLOSE_LEVEL:
            top, bottom = hi, lo
        else:
            continue
        half = rounding_unit(q.value, q.decimals, word=q.word)
        signs = (1,) if q.unit not in (Unit.PCT, Unit.POINTS) else (
            (q.sign,) if q.sign else ((1,) if c.direction is Direction.UP else (-1,)
                                      if c.direction is Direction.DOWN else (1, -1)))
        hit = False
        for sign in signs:
            lo_v, hi_v = sorted((sign * (abs(q.value) - half), sign * (abs(q.value) + half)))
            if q.hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.JUST_OVER):
                lo_v, hi_v = (lo_v, float("inf")) if sign > 0 else (float("-inf"), hi_v)
            hit = hit or (hi_v >= bottom and lo_v <= top)
        if not hit:
            return None  # every figure of the claim must fit one moment of the session
        level = q.unit in (Unit.NUMBER, Unit.USD)
        inside.append(f"{q.raw} ({bottom:,.2f} to {top:,.2f})" if level else
                      f"{q.raw} ({bottom:+,.2f} to {top:+,.2f}{'%' if q.unit is Unit.PCT else ' points'})")
    if not inside:
        return None
    return (f"the words do not say the close, and {', '.join(inside)} lies inside the range {sym} "
            f"traded through on {day.date()}: a mid-session figure the daily data cannot time")


def stated_move_not_the_sessions(rc: ResolvedClaim, checked: CheckedClaim) -> str | None:
    """"The VIX was up 25% at 24.76, its biggest one-day percentage rise since Feb. 5": a rank of
    the day's move, when the sentence's own move is not the close's (a mid-session figure, or the
    move of another session than the one read), is a rank of that figure; the close's rank does
    not refute it."""
    c = rc.claim
    close = next((e.values.get("change_pct") for e in checked.evidence
                  if isinstance(e.values.get("change_pct"), float)), None)
    q = _sentence_move(rc, (Unit.PCT,))
    if close is None or q is None:
        return None
    if abs(abs(q.value) - abs(close)) <= 0.5 * 10.0 ** -q.decimals + 0.02:
        return None  # the sentence states the close's own move: its rank is the close's
    inside = _move_mid_session(rc, q)
    if inside is None and c.details.get("unit") == "points":
        return None  # a rank in points ("its biggest point drop"): the percent is not what is ranked
    if inside is None:
        # "fell 2.3%, its worst since December 2022" read on a session that fell 0.71%: the rank
        # is of the move the sentence states, on whichever session that was; the move's own
        # claim carries the alarm when the figure is wrong. When the session before (the other
        # reading of a next-day story, tried and refuted too) made that move, the rank was
        # checked on it and the alarm stands.
        if c.details.get("measure") == "day_move" and _session_before_made(rc, q):
            return None
        return (f"the sentence's own move ({q.raw}) is not the session's ({close:+.2f}%): the rank "
                "speaks of the move stated, not of the session read")
    return f"the sentence's own move is mid-session ({inside.split(', and ', 1)[-1]}); ranked on the close instead"


def run_of_a_mid_session_move(rc: ResolvedClaim) -> str | None:
    """"The Dow plunged almost 1,100 points, or 3.1%, losing ground for a seventh consecutive
    session", written while the session ran (it closed up): the run the sentence extends is the
    one of its own move, a mid-session figure; the closes do not refute it."""
    if rc.claim.details.get("side_of_average") or rc.claim.details.get("of_records"):
        return None  # a run of closes on one side of the average, or of records: not of moves
    q = _sentence_move(rc, (Unit.PCT, Unit.POINTS))
    if q is None or _the_closes_move(rc, q):
        return None  # "rose 3.5%" on a +3.50% close: the run is the closes'
    inside = _move_mid_session(rc, q)
    if inside is None:
        return None
    return (f"the sentence's own move ({q.raw}) is mid-session ({inside.split(', and ', 1)[-1]}): "
            "the run it extends is the session in progress, not the closes")


def _sentence_move(rc: ResolvedClaim, units: tuple[Unit, ...]):  # noqa: ANN202 - a Quantity or None
    """The last move figure the claim's sentence states before the claim ("fell 2.3%, its worst
    since ...", "plunged 1,100 points, ..., losing ground for a seventh session"), or None."""
    from capscope.claims.quantities import find_quantities

    c = rc.claim
    stated = [q for q in find_quantities(c.sentence, c.sentence_span.start)
              if q.unit in units and q.span.end <= c.span.start]
    return stated[-1] if stated else None


def _the_closes_move(rc: ResolvedClaim, q) -> bool:  # noqa: ANN001 - a Quantity
    """Whether ``q`` is the session's close-to-close move, to its stated rounding."""
    _, res = _session(rc)
    if res is None:
        return False
    found = res.change_points if q.unit is Unit.POINTS else res.change_pct
    return found is not None and abs(abs(q.value) - abs(found)) <= 0.5 * 10.0 ** -q.decimals + 0.02


def _move_mid_session(rc: ResolvedClaim, q) -> str | None:  # noqa: ANN001 - a Quantity
    """:func:`mid_session` of the figure ``q`` read as the claim's subject's move that session."""
    c = rc.claim
    as_move = dataclasses.replace(c, kind=ClaimKind.DAY_MOVE, quantities=[q], span=q.span)
    return mid_session(dataclasses.replace(rc, claim=as_move))


def _session_before_made(rc: ResolvedClaim, q) -> bool:  # noqa: ANN001 - a Quantity
    """Whether the session before the one read moved by the stated figure (to its rounding)."""
    from capscope.data.calendar import session_before
    from capscope.errors import CapscopeError
    from capscope.stats.moves import move

    day = rc.time.day if rc.time is not None and rc.time.day is not None else rc.anchor
    if not rc.subject.symbol or day is None:
        return False
    try:
        before = move(rc.subject.symbol, on=session_before(day))
    except CapscopeError:
        return False
    return abs(abs(q.value) - abs(before.change_pct)) <= 0.5 * 10.0 ** -q.decimals + 0.02


def beyond_a_day(rc: ResolvedClaim) -> str | None:
    """A stated one-day change larger than any session of the series: a window, not a day."""
    from capscope.errors import CapscopeError
    from capscope.stats.moves import move_bounds

    sym = rc.subject.symbol
    if not sym:
        return None
    try:
        bounds = move_bounds(sym, rc.anchor)
    except CapscopeError:
        return None
    for q in rc.claim.quantities:
        if q.unit is Unit.PCT and abs(q.value) > bounds.max_abs_pct * 1.05:
            return (f"{q.raw} is more than {sym}'s largest one-day move in the data "
                    f"({bounds.max_abs_pct:.1f}%): a change over a window the sentence does not state")
        if q.unit is Unit.POINTS and abs(q.value) > bounds.max_abs_points * 1.05:
            return (f"{q.raw} is more than {sym}'s largest one-day move in the data "
                    f"({bounds.max_abs_points:,.0f} points): a change over a window the sentence "
                    "does not state")
    return None


__all__ = ["at_the_close", "beyond_a_day", "crossed_intraday", "mid_session", "run_of_a_mid_session_move",
           "stated_move_not_the_sessions"]
