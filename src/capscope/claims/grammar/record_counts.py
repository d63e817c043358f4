"""How many records a window holds: "has set 10 closing records this year", "its 57th record
close of 2024", "a fifth record in six sessions".

A count of records is its own claim (kind ``record``, ``details["record_count"]``): the
number of sessions in the window whose close beat every earlier close, read off
``stats.extremes.record_closes_in``. An ordinal ("its 57th record close of 2024") also says the
article's day was one of them. The window is the time phrase the words give; with none, the year
to date.
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import NUMWORD, ORDWORD, SentenceContext, gated, looking_back
from capscope.claims.lexicon import count_value
from capscope.claims.model import ClaimKind, Direction, Hedge, TimeExpr, TimeKind

_I = re.IGNORECASE

_COUNT = re.compile(
    r"\b(?:(?:set|notched|posted|logged|hit|recorded|reached|scored|marked|chalked\s+up)\s+"
    r"(?:(?P<hedge>more\s+than|at\s+least|nearly|almost|about)\s+)?(?P<n>\d{1,3}|" + NUMWORD + r")|"
    r"(?:its|their|the)\s+(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + ORDWORD + r"))\s+"
    r"(?:(?:all-time|closing|record)\s+)*(?:records?|record\s+(?:closes?|closing\s+highs?|highs?)|"
    r"(?:all-time|closing)\s+highs?)\b(?!\s+(?:of|at)\s+\$?\d)", _I)
# "with at least 20 sessions ending at all-time highs", "closed at a record 18 times this year":
# the number of record closes in the window, said the other way round
_SESSIONS_AT = re.compile(
    r"\b(?:(?P<hedge>more\s+than|at\s+least|nearly|almost|about)\s+)?(?P<n>\d{1,3}|" + NUMWORD + r")\s+"
    r"(?:sessions|trading\s+days|days|times)\s+(?:ending|closing|finishing|ended|closed|finished)\s+"
    r"(?:at|in)\s+(?:a\s+|new\s+|fresh\s+)?(?:record|all-time)(?:\s+(?:closing\s+)?(?:highs?|levels?|territory))?\b|"
    r"\b(?:closed|ended|finished)\s+at\s+(?:a\s+)?(?:new\s+)?(?:record|all-time)(?:\s+(?:closing\s+)?(?:highs?|levels?))?\s+"
    r"(?:(?P<hedge2>more\s+than|at\s+least|nearly|almost|about)\s+)?(?P<n2>\d{1,3}|" + NUMWORD + r")\s+times\b", _I)
_HEDGES = {"more than": Hedge.MORE_THAN, "at least": Hedge.AT_LEAST, "nearly": Hedge.NEARLY,
           "almost": Hedge.NEARLY, "about": Hedge.ABOUT}


# "ended a stretch of 967 trading days without a record", "has gone 1,021 sessions without a new
# high": the sessions since the record before
_WITHOUT = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s+(?P<u>trading\s+days|trading\s+sessions|sessions|days)\s+"
                      r"(?:without\s+(?:a\s+|an\s+)?|since\s+(?:[\w&'.-]+\s+){0,4}?"
                      r"(?:hit|set|notched|posted|reached|made)\s+(?:a\s+|an\s+|its\s+(?:last\s+)?)?)"
                      r"(?:new\s+|fresh\s+)?(?:record(?:\s+close|\s+high)?|all-time\s+high|closing\s+high|high)\b", _I)


_IN_A_ROW = re.compile(r"\s+(?:in\s+a\s+row|straight|consecutive(?:ly)?)\b", _I)


@gated(_WITHOUT, _COUNT, _SESSIONS_AT)
def record_counts(ctx: SentenceContext) -> None:
    for m in _WITHOUT.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        n = int(m.group("n").replace(",", ""))
        found = ctx.quantity_near(m.start(), within=2)
        qs = [ctx.use(found[0], "count")] if found is not None else []
        hedge = found[1].hedge if found is not None else Hedge.EXACT
        inside = next((x for x in ctx.names if x.symbol and x.span is not None
                       and m.start() <= ctx.rel(x.span)[0] < m.end()), None)  # "since the Russell 2000 hit"
        ctx.make(ClaimKind.RECORD, m.start(), m.end(), subject=inside or ctx.subject_for(m.start()),
                 quantities=qs, hedge=hedge, direction=Direction.UP,
                 details={"sessions_without": n, "which": "high",
                          "calendar": not m.group("u").lower().startswith(("trading", "session"))})
        ctx.consumed.append(m.span())
    for m in [*_SESSIONS_AT.finditer(ctx.text), *_COUNT.finditer(ctx.text)]:
        if ctx.is_consumed(*m.span()):
            continue
        g = m.groupdict()
        n = count_value(g.get("n") or g.get("n2") or g.get("ord") or "")
        if not n or n < 2 or n > 400:
            continue  # "its first record", "set a record": the record rules read those
        # ("the fourth closing high in five sessions": the last five sessions)
        time = looking_back(ctx.time_for(m.start(), kinds=(TimeKind.YEAR, TimeKind.TO_DATE, TimeKind.MONTH,
                                                           TimeKind.QUARTER, TimeKind.TRAILING, TimeKind.WEEK,
                                                           TimeKind.HORIZON), allow_since=False))
        if time is not None and time.kind is TimeKind.HORIZON:
            time = None  # a forecast's horizon is no window of past records
        run = _IN_A_ROW.match(ctx.text, m.end()) if g.get("ord") else None
        if run is not None:
            # "its fourth record closing high in a row": the last four sessions, each a record
            time = TimeExpr(run.group(0).strip(), TimeKind.TRAILING, anchor="over", count=float(n),
                            unit="session", relative=True, note=f"the last {n} sessions, each a record")
        hedge = _HEDGES.get(re.sub(r"\s+", " ", (g.get("hedge") or g.get("hedge2") or "").lower()), Hedge.EXACT)
        end = m.end()
        if time is not None and time.span is not None:
            end = max(end, time.span.end - ctx.offset)
        ctx.make(ClaimKind.RECORD, m.start(), end, subject=ctx.subject_for(m.start()), time=time,
                 hedge=hedge, direction=Direction.UP,
                 details={"record_count": n, "ordinal": g.get("ord") is not None, "which": "high"})
        ctx.consumed.append((m.start(), end))


__all__ = ["record_counts"]
