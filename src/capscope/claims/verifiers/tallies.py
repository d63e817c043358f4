"""How many of the last N periods rose or fell (grammar/tallies), from
:func:`capscope.stats.tallies.tally` at the claim's day.

A count is exact: "four of the past five sessions" is supported by four rises in the five
sessions to the article's day and contradicted by any other count. When the last week (month)
is still in progress on that day, the completed weeks before it are read too, and either reading
supports the claim. The readings rule (another session for a story filed before the close)
applies as for every one-day claim.
"""

from __future__ import annotations

from capscope.claims.model import CheckedClaim, Direction, Evidence, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import from_error, iso, memo, symbol_and_day, verdict
from capscope.errors import CapscopeError

STATISTIC = "capscope.stats.tallies.tally"


def verify_tally(rc: ResolvedClaim) -> CheckedClaim:
    from capscope.stats.tallies import tally

    w, refused = symbol_and_day(rc)
    if refused is not None:
        return refused
    c, sym = rc.claim, rc.subject.symbol
    spec = c.details["tally"]
    n, of, unit = int(spec["count"]), int(spec["of"]), str(spec["unit"])
    day = w.day if w.day is not None else w.on
    up = c.direction is not Direction.DOWN
    command = f"capscope tally {sym} -n {of} --unit {unit} --on {iso(day)}"
    args = {"symbol": sym, "periods": of, "unit": unit, "on": iso(day)}
    try:
        r = memo(tally, sym, of + 1, unit, day)
    except CapscopeError as exc:
        return from_error(rc, exc, STATISTIC, command, args)

    def count(changes: list[tuple[str, float]]) -> int:
        return sum(1 for _, v in changes if (v > 0 if up else v < 0))

    found = count(r.changes[1:])
    way = "rose" if up else "fell"
    what = f"{sym} {way} in {found} of the {of} {unit}s to {iso(r.asof)}"
    readings = [found]
    if r.last_in_progress:
        # "have fallen for six of the past seven weeks" on a Monday: the weeks completed before
        # the one under way are as plausible a reading as the weeks to the day
        done = count(r.changes[:-1])
        readings.append(done)
        what += f" (the last {unit} still in progress; {done} of the {of} completed {unit}s before it)"
    ev = Evidence(statistic=STATISTIC, arguments=args, claimed=n, found=found,
                  values={"changes": r.changes[1:], "completed_only": readings[-1]}, command=command)
    return verdict(rc, Verdict.SUPPORTED if n in readings else Verdict.CONTRADICTED,
                   f"{what}: stated {n} of {of}", ev)

__all__ = ["verify_tally"]
