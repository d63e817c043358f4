"""A window's extreme stated as a level: "its 52-week high of 2,501.92", "its 2010 closing high of
11,205.03", "the mid-June low of 672.72", "the October 2002 low of 7,286.27", "Wednesday's year
low of 2,332.78", "the 17-month closing high of 1,705.21 it reached on Jan. 16".

The claim (kind ``close_level``, ``details["extreme"]``) is that the highest (lowest) price of the
window the words name was that level: the close's when they say "closing", the session's high
(low) when they say "intraday" or "trading", either one when they say neither, since copy writes
"52-week high" for both. The window ends on the article's day, or on the day the words say the
extreme was set ("it reached on Jan. 16"); it is given in ``details["window"]``:

* ``{"kind": "trailing", "count": 52, "unit": "week"}``: "52-week", "17-month", "six-year";
* ``{"kind": "year", "year": 2010}``: "its 2010 high";
* ``{"kind": "month", "month": 6, "year": None}``: "the mid-June low" (the last June on or before
  the window's end, when no year is named);
* ``{"kind": "ytd"}``: "its year low", "a year-to-date high".

A record is not read here ("its all-time high of", "its record close of": the references rule),
nor a session's own extreme ("a session high of": the same rule).
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import DAY_KINDS, NUMWORD, SentenceContext, gated
from capscope.claims.grammar.references import SET_ON_AFTER
from capscope.claims.grammar.yields import is_rate
from capscope.claims.lexicon import count_value
from capscope.claims.model import ClaimKind, TimeExpr, TimeKind, Unit
from capscope.claims.timewindows import MONTH_NUM

_I = re.IGNORECASE
_LEVEL_UNITS = (Unit.NUMBER, Unit.USD, Unit.POINTS)
_MONTH = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.")

EXTREME_OF = re.compile(
    r"\b(?:(?:its|their|the|a|an)\s+(?:new\s+|fresh\s+|current\s+|previous\s+|prior\s+)?|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri)day['\u2019]s\s+)"
    r"(?:(?P<n>" + NUMWORD + r")[\s-](?P<unit>week|month|year)|"
    r"(?P<year>(?:19|20)\d\d)|"
    r"(?P<part>mid-|early[\s-]|late[\s-])?(?P<month>" + _MONTH + r")(?:\s+(?P<myear>(?:19|20)\d\d))?|"
    r"(?P<ytd>year|year-to-date|YTD))"
    r"\s+(?P<measure>closing\s+|intra-?day\s+|trading\s+)?(?P<side>high|low|peak|bottom)\s+of\s+(?=\$?\d)", _I)

# a closing verb right before the extreme: "closed at a 52-week high of", "closing at its 2010 high of"
_CLOSED_AT = re.compile(r"\b(?:closed|closing|ended|ending|finished|finishing|settled|settling)\s+(?:at|near)\s+$", _I)

# the index reached the extreme that day: "closed at a fresh 18-month high of", "hit a new 52-week
# high of", "was at a six-year low of" (the session's own level, as well as the window's extreme)
_REACHED = re.compile(r"\b(?:closed|closing|ended|ending|finished|finishing|settled|settling|hit|hitting|reached|"
                      r"reaching|touched|touching|rose|rising|climbed|climbing|jumped|fell|falling|dropped|sank|slid|"
                      r"tumbled|plunged|was|is|stood|traded|trading)\s+(?:at\s+|to\s+|near\s+)?$", _I)

def _window(m: re.Match[str]) -> dict | None:
    """The window the words name (see the module docstring), or None."""
    if m.group("unit"):
        n = count_value(m.group("n"))
        return None if not n else {"kind": "trailing", "count": n, "unit": m.group("unit").lower()}
    if m.group("year"):
        return {"kind": "year", "year": int(m.group("year"))}
    if m.group("month"):
        month = MONTH_NUM.get(m.group("month").lower().rstrip("."))
        if month is None:
            return None
        return {"kind": "month", "month": month, "year": int(m.group("myear")) if m.group("myear") else None}
    return {"kind": "ytd"}


@gated(EXTREME_OF)
def window_extremes(ctx: SentenceContext) -> None:
    for m in EXTREME_OF.finditer(ctx.text):
        found = ctx.quantity_near(m.end(), within=2, units=_LEVEL_UNITS)
        rate = False
        if found is None:
            # a yield's extreme in percent: "off 0.005 percentage point from its 2023 closing high
            # of 3.953% hit Tuesday" (the data-talk lines of the wires)
            subject = ctx.subject_for(m.start())
            found = ctx.quantity_near(m.end(), within=2, units=(Unit.PCT,)) \
                if subject is not None and is_rate(subject.symbol) else None
            rate = found is not None
        if found is None:
            continue
        window = _window(m)
        if window is None:
            continue
        i, q = found
        if q.unit is Unit.NUMBER and q.decimals == 0 and q.value < 10 and "$" not in q.raw:
            continue  # "its 2010 high of 3 points above": not a price
        end = ctx.rel(q.span)[1]
        measure = (m.group("measure") or "").strip().lower()
        if not measure and _CLOSED_AT.search(ctx.text, max(0, m.start() - 20), m.start()):
            measure = "closing"  # "closed at a fresh 18-month high of": the close is the extreme
        reached = _REACHED.search(ctx.text, max(0, m.start() - 24), m.start()) is not None
        side = {"peak": "high", "bottom": "low"}.get(m.group("side").lower(), m.group("side").lower())
        if rate and measure != "closing" and SET_ON_AFTER.match(ctx.text, end) is None:
            continue  # "soared to a five-year high of 5.295 percent" in a fitful session: a quote
            # during the day, which the end-of-day series cannot time (a closing extreme, or one
            # the words date, "hit Monday, Oct. 24", is the series')
        named, time = _set_on(ctx, end)
        if named is None:
            time = ctx.time_for(m.start(), kinds=DAY_KINDS, allow_since=False)
        else:  # the words run to the day they name; on it the index stood at its extreme
            end, reached = ctx.rel(named.span)[1], reached or time is not None
        ctx.make(ClaimKind.CLOSE_LEVEL, m.start(), end, subject=ctx.subject_for(m.start()),
                 quantities=[ctx.use(i, "level")], time=time,
                 details={"level": q.value, "extreme": side, "window": window, "reached": reached,
                          "measure": "close" if measure == "closing" else "intraday" if measure else "either"})
        # (only the level: the words stay the standing's, "a new 52-week high" for highest_since)
        ctx.consumed.append((ctx.rel(q.span)[0], end))


def _set_on(ctx: SentenceContext, at: int) -> tuple[TimeExpr | None, TimeExpr | None]:
    """The day the words name right after the level as the day the extreme was set ("it reached
    on Jan. 16"), as written and resolved, or (None, None). The resolved day is None when its
    year is not given: in a look back it is the story's year, which the article's day does not
    give; the window then ends at the article's day, which holds the same extreme when the claim
    is right."""
    m = SET_ON_AFTER.match(ctx.text, at)
    if m is None:
        return None, None
    for j, t in enumerate(ctx.times):
        if t.span is not None and t.kind in DAY_KINDS and -4 <= ctx.rel(t.span)[0] - m.end() <= 12:
            ctx.used_t.add(j)
            if t.kind is TimeKind.DAY and t.year is None:
                return t, None
            return t, ctx.resolve(t)
    return None, None


__all__ = ["EXTREME_OF", "window_extremes"]
