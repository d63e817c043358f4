"""The record a day's move beat (grammar/record_moves): its size and its day, as of the
article's day, from :func:`capscope.stats.moves.record_move`."""

from __future__ import annotations

from capscope.claims.model import CheckedClaim, Direction, Evidence, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import compare, from_error, iso, memo, unverifiable, verdict
from capscope.claims.verifiers.moves import verify_record
from capscope.errors import CapscopeError


def verify_record_move(rc: ResolvedClaim) -> CheckedClaim:
    """A record claim: the record a move beat (``details["record_move"]``) here, a count of
    records in a window by :mod:`~capscope.claims.verifiers.record_counts`, every other record
    claim (a record close, high or low) by :func:`capscope.claims.verifiers.moves.verify_record`."""
    if rc.claim.details.get("record_count") or rc.claim.details.get("sessions_without"):
        from capscope.claims.verifiers.record_counts import verify_record_count

        return verify_record_count(rc)
    if not rc.claim.details.get("record_move"):
        return verify_record(rc)
    from capscope.stats.moves import record_move

    c, sym, day = rc.claim, rc.subject.symbol, rc.anchor
    if not sym:
        return unverifiable(rc, "the claim names no instrument")
    if day is None:
        return unverifiable(rc, "the article's day is not known; pass --published YYYY-MM-DD")
    points, loss = bool(c.details.get("points")), bool(c.details.get("loss"))
    try:
        r = memo(record_move, sym, day, points=points, loss=loss)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.stats.moves.record_move")
    unit = " points" if points else "%"
    what = (f"{sym}'s record one-day {'loss' if loss else 'gain'} before {iso(day)}: "
            f"{r.change:+,.2f}{unit} on {iso(r.date)} (data from {iso(r.data_begins)})")
    ev = Evidence(statistic="capscope.stats.moves.record_move",
                  arguments={"symbol": sym, "before": iso(day), "points": points, "loss": loss},
                  found=r.change, values={"record_date": iso(r.date), "change": r.change},
                  command=f"capscope data show {sym} --end {iso(day)}")
    if c.details.get("record_move") == "day":
        w = rc.time
        if w is None or not w.ok or w.start is None or w.end is None:
            return unverifiable(rc, w.reason if w is not None else "no day is stated", ev)
        ev.claimed, ev.found = w.label, iso(r.date)
        inside = w.start <= r.date <= w.end
        return verdict(rc, Verdict.SUPPORTED if inside else Verdict.CONTRADICTED,
                       f"{what}: {'inside' if inside else 'not in'} '{w.label}' ({w.describe()})", ev)
    q = c.quantities[0] if c.quantities else None
    if q is None:
        return unverifiable(rc, "the claim states no size", ev)
    ev.claimed = q.raw
    v, text = compare(q, Direction.DOWN if loss else Direction.UP, r.change, what, unit)
    return verdict(rc, v, text, ev)


__all__ = ["verify_record_move"]
