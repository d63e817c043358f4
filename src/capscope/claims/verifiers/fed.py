"""Claims about Fed decisions and about market-implied odds of the next ones.

Decisions come from :func:`capscope.fed.policy.decisions` (announcement days, FRED's effective day
mapped back through the FOMC calendar) and cycles from :func:`capscope.fed.cycles.cycles`;
probabilities from :func:`capscope.fed.fedwatch.fedwatch` on the article's day. A decision claim
with no time phrase is read as the latest decision announced on or before publication (said in
the evidence). A meeting month named without a year in an odds claim ("a cut in November") is the
next such month on or after publication: odds are about meetings still to come.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pandas as pd

from capscope.claims.model import CheckedClaim, Direction, Evidence, Unit, Verdict
from capscope.claims.resolve import ResolvedClaim
from capscope.claims.verifiers._base import (
    compare,
    from_error,
    gap_verdict,
    iso,
    memo,
    unverifiable,
    verdict,
)
from capscope.data.calendar import previous_session
from capscope.errors import CapscopeError

_ACTIONS = {"cut": "cut", "cuts": "cut", "reduction": "cut", "trim": "cut", "ease": "cut",
            "easing": "cut", "hike": "hike", "increase": "hike", "raise": "hike",
            "tightening": "hike", "hold": "hold", "pause": "hold", "unchanged": "hold"}

_ANOTHER = re.compile(r"\b(another|further|second|additional)\b", re.I)


def _size_bp(rc: ResolvedClaim) -> float | None:
    size = rc.claim.details.get("size_bp")
    if size is not None:
        return abs(float(size))
    for q in rc.claim.quantities:
        if q.unit is Unit.BP:
            return abs(q.value)
        if q.role == "size" and q.unit in (Unit.PP, Unit.PCT, Unit.NUMBER):
            return abs(q.value) * 100
    return None


def _target(details: dict) -> tuple[float, float] | None:
    """The new target the claim states ("to a range of 3.50%-3.75%"), as (lower, upper)."""
    return _bounds(details.get("target_low"), details.get("target_high"))


def _previous(details: dict) -> tuple[float, float] | None:
    """The range the claim says was in force before the decision ("to 5 percent from 5.25
    percent"), as (lower, upper)."""
    return _bounds(details.get("previous_low"), details.get("previous_high"))


def _bounds(lo: object, hi: object) -> tuple[float, float] | None:
    """A stated range as (lower, upper); one bound given stands for both; None when neither is."""
    if lo is None and hi is None:
        return None
    try:
        lo_f = float(lo if lo is not None else hi)
        hi_f = float(hi if hi is not None else lo)
    except (TypeError, ValueError):
        return None
    return (min(lo_f, hi_f), max(lo_f, hi_f))


def _calendar_day(w, published) -> bool:  # noqa: ANN001 - a TimeWindow, a Timestamp or None
    """Whether an unresolved window is one past calendar day refused only for being no session."""
    return (w.start is not None and w.start == w.end and not w.forward
            and (published is None or w.start <= published))


# "the Federal Reserve to start tapering its five-year quantitative easing program": the bond
# buying, which the data do not hold, not a move of the target rate
_FUNDS_RATE = re.compile(r"\b(?:federal|fed)\s+funds\b", re.I)  # (named beside it, the target is read too)
_DISCOUNT_RATE = re.compile(r"\bdiscount\s+rate\b|\bprimary\s+credit\s+rate\b|\bdiscount\s+window\b", re.I)
_PURCHASES = re.compile(r"\btaper(?:s|ed|ing)?\b|\bquantitative\s+(?:easing|tightening)\b|\bQE\d?\b|"
                        r"\bbond[- ]buying\b|\b(?:asset|bond|securities)\s+purchases\b|\bbalance\s+sheet\b", re.I)


def verify_fed_decision(rc: ResolvedClaim) -> CheckedClaim:
    from capscope.fed.policy import decisions

    c = rc.claim
    discount = _DISCOUNT_RATE.search(c.sentence)
    if discount is not None and not _FUNDS_RATE.search(c.sentence):
        # "approved a half-percentage point cut in its discount rate on loans to banks" (Aug. 17, 2007)
        return unverifiable(rc, f"'{discount.group(0)}' is the rate on the Fed's loans to banks, not the federal "
                                "funds target: capscope has the target and the FOMC's decisions only")
    purchases = _PURCHASES.search(c.text)
    if purchases is not None:
        return unverifiable(rc, f"'{purchases.group(0)}' is the Fed's asset purchases, not its rate: "
                                "capscope has the target rate and the meetings only")
    action = _ACTIONS.get(str(c.details.get("action", "") or "").lower(), "")
    size = _size_bp(rc)
    first = bool(c.details.get("first_of_cycle"))
    target = _target(c.details)
    w = rc.time
    if w is not None and not w.ok and _calendar_day(w, rc.published):
        # the FOMC acts on calendar days (Sunday 2020-03-15): a day with no session is its day
        w = dataclasses.replace(w, ok=True, reason="", day=w.start, on=w.start)
    if w is not None and not w.ok:
        return unverifiable(rc, w.reason)
    if w is None and rc.published is None:
        return unverifiable(rc, "the claim states no date and the publication date is not known; "
                                "pass --published YYYY-MM-DD")
    end = w.end if w is not None and w.end is not None else rc.published
    cmd = "capscope fed history" + (f" --since {w.start.year}" if w is not None and w.start is
                                     not None else "")
    args = {"on": iso(end), "holds": action == "hold"}
    try:
        table = memo(decisions, on=end, holds=action == "hold")
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.fed.policy.decisions", cmd, args)
    rows = None
    if w is not None:
        lo = w.start if w.start is not None else pd.Timestamp.min
        rows = table[(table["announced"] >= lo) & (table["announced"] <= w.end)]
        where = f"in '{w.label}' ({w.describe()})"
    # "keeping rates ... this January", written in January: a window still running at
    # publication (not a day: "concluded its meeting on January 21" names a meeting)
    ongoing = (w is not None and w.day is None and w.end is not None and rc.published is not None
               and w.end >= rc.published - pd.Timedelta(days=7)
               and (w.start is None or w.start <= rc.published))
    if action == "hold" and len(table) and (rows is None or (rows.empty and ongoing) or c.details.get("in_force")):
        # "with the Fed keeping rates in the 3.50% to 3.75% range": no meeting named, so the
        # state at publication: the range set by the last move is still in force (a table's
        # "Fed funds target rate" cell: the range in force on its column's day)
        last = table.iloc[-1]
        ev = Evidence(statistic="capscope.fed.policy.decisions", arguments=args, command=cmd,
                      note=f"no meeting named: the range in force on {iso(end)}")
        in_force = f"{last['target']}% (set {iso(last['announced'])})"
        ev.claimed, ev.found = "rates kept", in_force
        if _off_target(last["lower"], last["upper"], target):
            return verdict(rc, Verdict.CONTRADICTED, f"the range in force on "
                           f"{iso(end)} is {in_force}, not {target[0]:.2f}-"
                           f"{target[1]:.2f}%", ev)
        return verdict(rc, Verdict.SUPPORTED, f"rates unchanged since {iso(last['announced'])}: "
                       f"the range in force on {iso(end)} is {in_force}", ev)
    if c.details.get("count") or c.details.get("ordinal"):
        return _counted_moves(rc, table, w, end, action, args, cmd)
    if c.details.get("first_since"):
        return _first_since(rc, table, w, end, action)
    if rows is None:
        rows = table.tail(1)
        where = f"(latest decision on or before {iso(rc.published)})"
    ev = Evidence(statistic="capscope.fed.policy.decisions", arguments=args, command=cmd,
                  note="; ".join(w.notes) if w is not None else "no date stated: the latest "
                  "decision before publication")
    if rows.empty:
        last = table.iloc[-1] if len(table) else None
        found = ("none" if last is None else f"last: {iso(last['announced'])} "
                 f"{last['action']} {last['change_bp']:+.0f} bp to {last['target']}")
        ev.claimed, ev.found = f"{action or 'decision'} {where}", found
        return verdict(rc, Verdict.CONTRADICTED, f"no FOMC {action or 'decision'} {where}; "
                       f"{found}", ev)
    cyc_first: set[pd.Timestamp] = set()
    if first:
        from capscope.fed.cycles import cycles

        try:
            cyc_first = {pd.Timestamp(cy.first_move) for cy in memo(cycles, on=end)}
        except CapscopeError as exc:
            return from_error(rc, exc, "capscope.fed.cycles.cycles", "capscope fed cycles", args)
        ev.command += " ; capscope fed cycles"
    best, problems = None, []
    before = _previous(c.details)
    for row in rows.itertuples():
        issues = []
        if action and row.action != action:
            issues.append(f"a {row.action}, not a {action}")
        if size is not None and abs(abs(float(row.change_bp)) - size) > 0.5:
            issues.append(f"{abs(row.change_bp):.0f} bp, not {size:.0f} bp")
        if first and pd.Timestamp(row.announced) not in cyc_first:
            issues.append("not the first move of a cycle")
        if _off_target(row.lower, row.upper, target):
            issues.append(f"to {row.target}%, not {target[0]:.2f}-{target[1]:.2f}%")
        step = float(row.change_bp) / 100
        if before is not None and _off_target(float(row.lower) - step, float(row.upper) - step, before):
            issues.append(f"from {float(row.lower) - step:.2f}-{float(row.upper) - step:.2f}%, not "
                          f"{before[0]:.2f}-{before[1]:.2f}%")
        if not issues:
            best = row
            break
        problems.append(f"{iso(row.announced)}: {', '.join(issues)}")
    desc = "; ".join(f"{iso(r.announced)} {r.action} {r.change_bp:+.0f} bp to {r.target}"
                     for r in rows.itertuples())
    ev.values = {"decisions": [{"announced": iso(r.announced), "effective": iso(r.effective),
                                "action": r.action, "change_bp": float(r.change_bp),
                                "target": r.target} for r in rows.itertuples()]}
    ev.claimed = " ".join(x for x in (f"{size:.0f} bp" if size else "", action,
                                      "first of a cycle" if first else "",
                                      f"to {target[0]:.2f}-{target[1]:.2f}%" if target else "")
                          if x)
    ev.found = desc
    if best is None:
        together = _added_up(rows, action, size, target) if not first else None
        if together is not None:
            return verdict(rc, Verdict.SUPPORTED, f"FOMC {where}: {together} ({desc})", ev)
        return verdict(rc, Verdict.CONTRADICTED, f"FOMC {where}: {desc} ({'; '.join(problems)})",
                       ev)
    text = f"FOMC {where}: {iso(best.announced)} {best.action} {best.change_bp:+.0f} bp to " \
           f"{best.target}%"
    if first:
        text += " (the first move of an easing cycle)" if best.action == "cut" else \
            " (the first move of a cycle)"
    if before is not None:
        step = float(best.change_bp) / 100
        text += f", from {float(best.lower) - step:.2f}-{float(best.upper) - step:.2f}%"
    elif size is None and best.action != "hold":
        text += "; no size was read from the claim, so only the action and its date were checked"
    return verdict(rc, Verdict.SUPPORTED, text, ev)


def _off_target(lower: float, upper: float, target: tuple[float, float] | None) -> bool:
    """Whether a range set by the FOMC differs from the one the claim states (to the basis point).
    One figure said of a range ("lowered the federal funds rate to the 3.50% range", "cut rates to
    4.25%") names one of its bounds: either one matches."""
    if target is None:
        return False
    lower, upper = float(lower), float(upper)
    if abs(target[0] - target[1]) < 0.005 and upper - lower > 0.005:
        return min(abs(lower - target[0]), abs(upper - target[0])) > 0.005
    return abs(lower - target[0]) > 0.005 or abs(upper - target[1]) > 0.005


def _added_up(rows: pd.DataFrame, action: str | None, size: float | None,
              target: tuple[float, float] | None) -> str | None:
    """The window's moves taken together, when they add up to the size: "tightened policy by 525
    basis points from March 2022 through July 2023", "raised rates by 425 basis points in 2022"
    speak of the whole campaign, not of one meeting. None when they do not (or the window holds
    one move, which the meeting-by-meeting reading has judged already)."""
    moves = rows[rows["action"] == action] if action else rows[rows["action"] != "hold"]
    if size is None or len(moves) < 2:
        return None
    total = float(moves["change_bp"].sum())
    last = moves.iloc[-1]
    if abs(abs(total) - size) > 0.5 or _off_target(last["lower"], last["upper"], target):
        return None
    return (f"{len(moves)} {action or 'move'}s from {iso(moves.iloc[0]['announced'])} to "
            f"{iso(last['announced'])} add up to {total:+.0f} bp, to {last['target']}%")


def _counted_moves(rc: ResolvedClaim, table: pd.DataFrame, w: Any, end: Any,
                   action: str, args: dict, cmd: str) -> CheckedClaim:
    """"Cut rates three times in 2025": the window must hold that many moves of the kind
    (capscope.fed.policy.moves_between); "three consecutive cuts", "its third straight cut": a
    run of like moves (capscope.fed.policy.run_of_moves); "its fifth rate increase of the year":
    the decision's place among its year's moves of the kind."""
    from capscope.fed.policy import moves_between, run_of_moves

    c = rc.claim
    ev = Evidence(statistic="capscope.fed.policy.decisions", arguments=args, command=cmd)
    word = {"cut": "cuts", "hike": "hikes"}.get(action, "moves")
    n, k = c.details.get("count"), c.details.get("ordinal")
    try:
        if n and not c.details.get("consecutive"):
            if w is None and rc.since is not None and rc.since.start is not None and end is not None:
                # "Since June 1999, the Fed has raised rates six times": from the period's start
                # to the claim's day
                tally = memo(moves_between, action, rc.since.start, end)
                where = f"from {iso(rc.since.start)} ('{rc.since.label}') to {iso(end)}"
            elif w is None:
                return unverifiable(rc, f"'{c.text}' names no window to count the {word} in", ev)
            else:
                tally = memo(moves_between, action, w.start, w.end)
                where = f"in '{w.label}' ({w.describe()})"
            dates = ", ".join(iso(d) for d in tally.dates)
            ev.claimed, ev.found = f"{n} {word}", f"{tally.count} ({dates or 'none'})"
            text = f"FOMC {word} {where}: {tally.count}" + (f" ({dates})" if dates else "")
            return verdict(rc, Verdict.SUPPORTED if tally.count == n else Verdict.CONTRADICTED, text, ev)
        if table.empty:  # (the table holds the decisions announced by ``end``)
            return unverifiable(rc, "no FOMC decision on or before the claim's day in the data", ev)
        last = table.iloc[-1]
        if k and last["action"] != action:
            return verdict(rc, Verdict.CONTRADICTED, f"the latest FOMC decision by {iso(end)} was a "
                           f"{last['action']} ({iso(last['announced'])}), not a {action}", ev)
        if c.details.get("consecutive"):
            tally = memo(run_of_moves, action, end)
            if not tally.count:
                return unverifiable(rc, f"no FOMC {action} on or before {iso(end)} in the data", ev)
            what = f"{tally.count} {word} in a row to {iso(tally.dates[-1])} (holds break a run)"
        elif rc.since is not None and rc.since.ok and rc.since.start is not None:
            # "the fifth increase since June": the moves of the kind from then to the decision
            tally = memo(moves_between, action, rc.since.start, last["announced"])
            what = f"{tally.count} {word} from {iso(rc.since.start)} to {iso(last['announced'])}"
        else:
            year = pd.Timestamp(last["announced"]).year
            tally = memo(moves_between, action, pd.Timestamp(year, 1, 1), last["announced"])
            what = f"{tally.count} {word} in {year} to {iso(last['announced'])}"
            if not c.details.get("of_year") and tally.count != k:
                # "its fifth rate increase", no window named: of the year, or of the cycle (the
                # moves of the kind since the last move the other way); either reading will do
                other = table[(table["action"] != action) & (table["action"] != "hold")
                              & (table["announced"] < last["announced"])]
                begun = pd.Timestamp(other["announced"].iloc[-1]) + pd.Timedelta(days=1) if len(other) else None
                cycle = memo(moves_between, action, begun, last["announced"])
                what += f"; {cycle.count} since the last move the other way"
                if cycle.count == k:
                    tally = cycle
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.fed.policy.decisions", cmd, args)
    stated = n or k
    ev.claimed, ev.found = (f"{n} {word} in a row" if n else f"move {k} of its kind"), what
    return verdict(rc, Verdict.SUPPORTED if tally.count == stated else Verdict.CONTRADICTED,
                   f"FOMC: {what}", ev)


def _first_since(rc: ResolvedClaim, table: pd.DataFrame, w: Any, end: Any, action: str) -> CheckedClaim:
    """"Its first cut since December 2008", "for the first time in a decade": the previous move of
    the same kind before the decision must fall in the stated time (a later one contradicts, an
    earlier one understates: imprecise), or the gap to it match the stated years."""
    from capscope.fed.policy import previous_move

    moves = table[table["action"] == action]
    if w is not None:
        lo = w.start if w.start is not None else pd.Timestamp.min
        moves = moves[(moves["announced"] >= lo) & (moves["announced"] <= w.end)]
    if moves.empty:
        return unverifiable(rc, f"no FOMC {action} {'in ' + repr(w.label) if w is not None else 'before publication'}"
                                " to date the move before it")
    day = pd.Timestamp(moves["announced"].iloc[-1])
    args = {"action": action, "before": iso(day)}
    try:
        before = memo(previous_move, action, day)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.fed.policy.previous_move", "capscope fed history", args)
    if before is None:
        return unverifiable(rc, f"no FOMC {action} before {iso(day)} in the data")
    ev = Evidence(statistic="capscope.fed.policy.previous_move", arguments=args,
                  command=f"capscope fed history --since {before.year}",
                  note=f"the {action} of {iso(day)} and the {action} before it")
    ev.found = f"previous {action}: {iso(before)}"
    if rc.since is not None:
        from capscope.claims.verifiers.since import since_verdict

        ev.claimed = f"first {action} since {rc.since.label}"
        v, text = since_verdict(before, False, rc.since, f"the FOMC {action} before the one of {iso(day)}",
                                pd.Timestamp(table["announced"].iloc[0]))
        return verdict(rc, v, text, ev)
    return gap_verdict(rc, (day - before).days / 365.25,
                       f"FOMC {action} of {iso(day)}: the {action} before it was on {iso(before)}", ev)


def _meeting_month(rc: ResolvedClaim) -> tuple[str | None, str]:
    t = rc.claim.time
    if t is None:
        month = _named_meeting(rc)
        if month is None:
            return None, "the claim names no meeting"
        if rc.published is None:
            return None, ("the meeting month is relative to the publication date, which is not "
                          "known; pass --published YYYY-MM-DD")
        pub = rc.published
        year = pub.year if month >= pub.month else pub.year + 1
        return f"{year:04d}-{month:02d}", ""
    if rc.published is None:
        if t.year and t.month:
            return f"{t.year:04d}-{t.month:02d}", ""
        return None, ("the meeting month is relative to the publication date, which is not "
                      "known; pass --published YYYY-MM-DD")
    if t.month:
        pub = rc.published
        year = t.year or (pub.year if t.month >= pub.month else pub.year + 1)
        return f"{year:04d}-{t.month:02d}", ""
    w = rc.time
    if w is not None and w.ok and w.start is not None:
        return f"{w.start.year:04d}-{w.start.month:02d}", ""
    return None, f"'{t.raw}' names no meeting month"


_MONTH_WORD = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                         r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
                         r"\.?\s+(?:FOMC\s+|policy\s+|Fed\s+)?meeting\b")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                       "sep", "oct", "nov", "dec"), start=1)}


def _named_meeting(rc: ResolvedClaim) -> int | None:
    """"At the September meeting": a month named as a meeting in the claim's sentence."""
    m = _MONTH_WORD.search(rc.claim.text) or _MONTH_WORD.search(rc.claim.sentence)
    return _MONTHS[m.group(1)[:3].lower()] if m else None


def verify_rate_probability(rc: ResolvedClaim) -> CheckedClaim:
    from capscope.fed.fedwatch import fedwatch

    c = rc.claim
    if rc.published is None:
        return unverifiable(rc, "odds change daily: the publication date is needed; pass "
                                "--published YYYY-MM-DD")
    month, why = _meeting_month(rc)
    if month is None:
        return unverifiable(rc, why)
    q = c.quantity("probability") or next((x for x in c.quantities if x.unit is Unit.PCT), None)
    if q is None:
        return unverifiable(rc, "the claim states no probability")
    action = _ACTIONS.get(str(c.details.get("action", "") or "").lower(), "cut")
    size = _size_bp(rc)
    asof = previous_session(rc.published)
    cmd = f"capscope fedwatch --asof {iso(asof)} --view current"
    args = {"asof": iso(asof), "meeting": month, "action": action, "size_bp": size}
    try:
        res = memo(fedwatch, asof)
        o = res.outlook(month)
    except CapscopeError as exc:
        return from_error(rc, exc, "capscope.fed.fedwatch.fedwatch", cmd, args)
    # "another 25 bp trim in December" is the move at that meeting on top of the earlier ones;
    # otherwise the outcome is measured against today's range, as FedWatch's table shows it
    basis = "meeting" if _ANOTHER.search(c.text or c.sentence) else "current"
    vs = "at that meeting" if basis == "meeting" else f"vs {res.current_range}%"
    if size is not None and action in ("cut", "hike"):
        move = int(size) * (-1 if action == "cut" else 1)
        p = res.probability(month, move, basis=basis)
        what = f"P({abs(move)} bp {action} at the {iso(o.meeting)} meeting, {vs})"
    else:
        p = res.probability(month, outcome=action, basis=basis)
        what = f"P({action} at the {iso(o.meeting)} meeting, {vs})"
    ev = Evidence(statistic="capscope.fed.fedwatch.fedwatch", arguments=args, command=cmd,
                  claimed=q.raw, found=round(p * 100, 2),
                  values={"meeting": iso(o.meeting), "contract": o.contract,
                          "implied_rate": o.implied_rate, "p_cut": o.p_cut, "p_hold": o.p_hold,
                          "p_hike": o.p_hike, "price_date": iso(res.price_date)},
                  note="; ".join(res.warnings) + "; FedWatch itself uses CME settlement prices; "
                  "small differences from capscope's closes are expected")
    v, text = compare(q, Direction.UNKNOWN, p * 100, what, signed=False)
    return verdict(rc, v, text, ev)


__all__ = ["verify_fed_decision", "verify_rate_probability"]
