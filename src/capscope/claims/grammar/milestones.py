"""Rules for milestone claims: "its climb from 40,000 to 50,000 took about 431 trading days",
"its dash from 10,000 to 11,000 in just 24 trading days", "getting from 30,000 to 40,000 took
about three and a half years".

A milestone claim names two round levels and a duration; the statistic is
:func:`capscope.stats.milestones.milestone_span` (first close at or above the lower level to the
first later close at or above the higher one). The duration's number is read here, since the
quantity finder reads neither fractions ("7 1/2 years") nor spelled-out halves ("three and a
half years").
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.lexicon import count_value, hedge_before
from capscope.claims.model import ClaimKind, Direction, Hedge, Quantity, Span, Unit

_I = re.IGNORECASE
_LEVEL = r"\d{1,3}(?:,\d{3})+|\d{4,6}"
_FROM_TO = re.compile(r"\bfrom\s+(?P<a>" + _LEVEL + r")\s+to\s+(?P<b>" + _LEVEL + r")\b", _I)
_NUMBER = (r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+1/2)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
           r"twelve)(?:\s+and\s+a\s+half)?")
_DURATION = re.compile(r"(?P<n>" + _NUMBER + r")\s+(?P<u>trading\s+days|sessions|days|weeks|months|"
                       r"years)\b", _I)
# how a duration attaches to "from A to B": right after it ("took about 431 trading days - roughly
# 1.7 years", "in just 24 trading days") or before it ("took 190 days to go from")
_LINK_AFTER = re.compile(r"^\s*,?\s*(?:(?:took|taking|takes|needed|required)\b(?:\s+(?:the\s+)?[\w&.\']+)?|"
                         r"in|over|within)\s+", _I)
_AND_ANOTHER = re.compile(r"^[^.;]{0,12}(?:-|,|\(|or|roughly|about)\s*", _I)
_LINK_BEFORE = re.compile(r"\b(?:took|taking|takes|needed|required)\s+(?:the\s+\w+\s+)?"
                          r"(?:about\s+|roughly\s+|just\s+|only\s+|nearly\s+)?(?=[\w.]+\s+(?:trading\s+days|"
                          r"sessions|days|weeks|months|years)\s+to\s+(?:go|get|climb|rise|move|travel|"
                          r"advance)\s*$)", _I)
_DURATION_BEFORE = re.compile(r"(?:" + _NUMBER + r")\s+(?:trading\s+days|sessions|days|weeks|months|"
                              r"years)\s+$", _I)
_UNITS = {"trading days": "session", "sessions": "session", "days": "day", "weeks": "week",
          "months": "month", "years": "year"}


def _value(text: str) -> float | None:
    t = text.lower().strip().replace(",", "")
    half = 0.5 if ("1/2" in t or "and a half" in t) else 0.0
    head = t.replace("1/2", "").replace("and a half", "").strip()
    try:
        return float(head) + half
    except ValueError:
        v = count_value(head)
        return None if v is None else float(v) + half


# "the fastest 10,000-point gain in the index's history": a rank among the climbs of that size
_FASTEST = re.compile(r"\b(?P<w>fastest|quickest|slowest)\s+(?P<n>\d{1,3}(?:,\d{3})+|\d{3,6})[\s-]+point\s+"
                      r"(?:gain|climb|rise|advance|run|ascent|rally)\b", _I)


@gated(_FASTEST)
def fastest_climbs(ctx: SentenceContext) -> None:
    """A rank of the latest N-point climb among all of them (``details["rank"]``)."""
    for m in _FASTEST.finditer(ctx.text):
        step = float(m.group("n").replace(",", ""))
        subject = ctx.subject_for(m.start()) or next((n for n in ctx.names if n.symbol), None)
        ctx.make(ClaimKind.MILESTONE_SPAN, m.start(), m.end(), subject=subject, direction=Direction.UP,
                 details={"step": step, "rank": "slowest" if m.group("w").lower() == "slowest" else "fastest"})
        ctx.consumed.append(m.span())
        ctx.used_q |= {i for i, x in enumerate(ctx.quantities) if m.start() <= ctx.rel(x.span)[0] < m.end()}


def milestones(ctx: SentenceContext) -> None:
    """A duration within a few words after "from A to B" (A < B, both round levels)."""
    fastest_climbs(ctx)
    _from_to(ctx)


@gated(_FROM_TO)
def _from_to(ctx: SentenceContext) -> None:
    for m in _FROM_TO.finditer(ctx.text):
        a, b = float(m.group("a").replace(",", "")), float(m.group("b").replace(",", ""))
        if not a < b:
            continue
        tail = ctx.text[m.end():m.end() + 70]
        head = ctx.text[max(0, m.start() - 60):m.start()]
        found = []
        link = _LINK_AFTER.match(tail)  # "... took about 431 trading days", "in just 24 days"
        if link is not None:
            found = [(m.end() + d.start(), d) for d in _DURATION.finditer(tail, link.end())
                     if d.start() - link.end() <= 30 or _AND_ANOTHER.match(tail[link.end():d.start()])]
        before = _LINK_BEFORE.search(head)  # "it took 190 days to go from 5,000 to 6,000"
        right_before = _DURATION_BEFORE.search(head)  # "and 719 days from 4,000 to 5,000"
        for cue in (before, right_before):
            if cue is not None:
                d = _DURATION.search(head, cue.start())
                if d is not None:
                    found.append((max(0, m.start() - 60) + d.start(), d))
                break
        for at, d in found:
            value = _value(d.group("n"))
            if value is None:
                continue
            s, e = at, at + len(d.group(0))
            hedge, htext = hedge_before(ctx.text[max(0, s - 20):s])
            decimals = len(d.group("n").split(".")[1]) if "." in d.group("n") else 0
            q = Quantity(value, Unit.COUNT, d.group(0), Span(ctx.offset + s, ctx.offset + e),
                         hedge=hedge, hedge_text=htext, decimals=decimals, role="duration",
                         word="1/2" in d.group("n") or "half" in d.group("n").lower()
                         or not d.group("n")[0].isdigit())
            subject = ctx.subject_for(m.start()) or next((n for n in ctx.names if n.symbol), None)
            ctx.make(ClaimKind.MILESTONE_SPAN, min(s, m.start()), max(e, m.end()), subject=subject,
                     quantities=[q], hedge=hedge if hedge is not Hedge.EXACT else q.hedge,
                     direction=Direction.UP,
                     details={"low": a, "high": b, "unit": _UNITS[d.group("u").lower()]})
            ctx.consumed.append((s, e))
            ctx.used_q |= {i for i, x in enumerate(ctx.quantities)
                           if m.start() <= ctx.rel(x.span)[0] < e}


__all__ = ["milestones"]
