"""Rules for reference levels: the record or an intraday extreme an article states as a number.

News names the level a move is measured against as often as the move itself: "topping the
closing high of 11,980.60 set Monday", "its all-time intraday high of 2,541.67", "its Jan. 14
record of 11,722.98". Each is a claim about the record's level, not a claim that the index set a
record: it is read as a close-level claim with ``details["reference"]`` (the verifier compares
it with the record as of the article's day and the session before, since "its record" in a
story about a new record is the old one). The same goes for the day's own extreme stated as a
level ("reaching as high as 12,049.51", "intraday it touched 2,539.94"):
``details["intraday"]`` names the side ("high", "low" or "either").
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.model import ClaimKind, Direction, Hedge, Quantity, TimeKind, Unit

_I = re.IGNORECASE
_LEVEL_UNITS = (Unit.NUMBER, Unit.USD, Unit.POINTS)

# "its all-time closing high of", "the closing high of", "its Jan. 14 record of",
# "its intraday trading record is", "its record close of": the level follows
_RECORD_LEVEL = re.compile(
    # (the record's day or month before it: "its Jan. 14 record of", "the October 2007 record closing high of")
    r"\b(?:its|their|the|an?)\s+(?:(?:previous|prior|old|former|own|new|fresh)\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)\s+)?"
    # ("its all-time trading high of 11,750.28": the intraday record)
    # ("a new intra-day record of 11,758.95", "an intraday all-time high of 32009.64", "a new all time
    # high of", "its record finish of 6,144.15")
    r"(?P<kind>(?:all[- ]time\s+|record\s+)?(?:closing\s+|intra-?day\s+(?:trading\s+)?|trading\s+)?(?:all[- ]time\s+)?"
    r"(?:record(?:\s+(?:close|closing\s+high|high|finish))?|high|peak)(?:\s+close)?)"
    # ("the record 9,337.97 set on July 17th", "after hitting a record 3,447.81 on Friday": a record
    # noun right before its level, see _BARE_LEVEL; "The all-time high close was at 3389.78")
    r"(?P<of>\s+(?:of|is|was(?:\s+at)?|at|stands\s+at))?\s+(?=\$?\d)", _I)
_TO_THE_LEVEL = re.compile(r"\b(?:at|to|near)\s+$", _I)
_REACHED_OR_PLACED = re.compile(r"\b(?:hit|hits|hitting|reached|reaches|reaching|touched|touches|touching|set|sets|setting|"
                      r"notched|notching|posted|posting|struck|below|above|under|beneath|from|off|past|beyond|"
                      r"surpassing|topping|eclipsing)\s+$", _I)
_COUNTED = re.compile(r"(?:\s*-\s*|\s+)(?:trading\s+)?(?:days?|sessions?|weeks?|months?|years?|times|points?|shares|"
                      r"stocks|companies)\b", _I)


_RECORD_NOUNS = ("record", "record close", "record high", "record closing high", "all-time high",
                 "all-time record")

# "reaching as high as 12,049.51", "intraday it touched 2,539.94", "after touching 42.15 earlier"
_EXTREME_LEVEL = re.compile(
    # (the verb may be any, or none: "The NDX was as high as 4296.81", "hit as high as 6,012.45",
    # "rising as high as 10,471.24 and as low as 10,375.67")
    r"\b(?P<how>(?:(?:reach(?:ed|ing)?|r[io]se|rising|climb(?:ed|ing)?|jump(?:ed|ing)?|fell|falling|"
    r"dropp(?:ed|ing)|slid|sliding|sank|sinking|trad(?:ed|ing)|was|were|is|hit|hitting|surg(?:ed|ing)|"
    r"soar(?:ed|ing)|spik(?:ed|ing)|dipp(?:ed|ing)|tumbl(?:ed|ing)|plung(?:ed|ing)|went|and)\s+)?"
    r"(?:to\s+)?as\s+(?P<side>high|low)\s+as|"
    r"(?:intraday|at\s+one\s+(?:point|stage))(?:\s+(?:it|the\s+index))?\s+(?:touched|hit|reached)|"
    # ("hit 10,000" alone is a milestone crossed, and "hit 985.36 on Tuesday" as often a level
    # of another index: only an intraday extreme named as such)
    r"(?:touched|touching|(?:hit|hitting)(?=\s+an\s+intraday))(?:\s+an\s+intraday\s+(?P<side2>high|low)\s+of)?|"
    # "hit a session high of 16,016.04 and a low of 15,855.12": the day's range as levels
    # (also "an intraday peak of 46,396.47", "a session peak of 7,002.28", "an intra-day high of")
    r"(?:a|an|its|the)\s+(?:new\s+|fresh\s+)?(?:session|trading-day|day's|intraday|intra-day|intra-session)\s+"
    r"(?P<side3>high|low|peak|bottom)\s+of|"
    # "climbed to a high of 1,687.18", "plunged to a low at 2426.53 before closing at 2451.55",
    # "after trading between a high of 16,016.04 and", "reached a new trading high of 13,636.09":
    # an extreme with no window named is the session's (a window's is readings.window_extremes')
    r"(?:(?:climb(?:ed|ing)|r[io]se|rising|risen|jump(?:ed|ing)|surg(?:ed|ing)|soar(?:ed|ing)|rall(?:ied|ying)|"
    r"fell|fallen|falling|dropp(?:ed|ing)|slid|sliding|sank|sinking|plung(?:ed|ing)|tumbl(?:ed|ing)|"
    r"retreat(?:ed|ing)|dipp(?:ed|ing))\s+to|reach(?:ed|ing)|hit|hitting|touch(?:ed|ing)|between)\s+"
    r"(?:a|an|its)\s+(?:new\s+|fresh\s+)?(?:trading\s+)?(?P<side5>high|low)\s+(?:of|at)|"
    r"(?<=\d)\s+and\s+a\s+(?P<side4>high|low)\s+of)"
    r"\s+(?=\$?\d)", _I)

# "when the Dow hit 12,517.94 during the session", "peaking at 40,257.24 during the session",
# "reached 4,793.30 at its high on Thursday": a level the words place inside the session (its
# side from the words, else either one)
_LEVEL_IN_SESSION = re.compile(
    r"\b(?:hit|hitting|reached|reaching|touched|touching|(?P<up>peak(?:ed|ing)\s+at|(?:r[io]se|rising|climb(?:ed|ing)|"
    r"jump(?:ed|ing))\s+to)|(?P<down>bottom(?:ed|ing)\s+(?:out\s+)?at|(?:fell|falling|dropp(?:ed|ing)|sank|sinking|slid|"
    r"sliding|plung(?:ed|ing)|tumbl(?:ed|ing))\s+to))\s+"
    r"(?=\$?\d[\d,.]*\s+(?:at\s+(?:its|the)\s+(?:session\s+)?(?P<side>high|low)|during\s+the\s+(?:session|day)|"
    r"in\s+intraday\s+trading|intraday|earlier\s+in\s+the\s+(?:session|day))\b)", _I)

# "the old low was 1,214.91 on July 15", "a plunge to 8,920.70 on Sept. 17, 2001", "bottomed at
# 9.14 in November": a close dated by the phrase right after it (a window: one of its sessions)
_DATED_LEVEL_BEFORE = re.compile(
    r"\b(?:low|high|close|peak|bottom(?:ed)?|peaked|topped(?:\s+out)?|ended|closed|finished|settled|"
    r"plunged?|fell|dropped|sank|slid|rose|climbed|jumped|soared|surged)\s+(?:was\s+|at\s+|to\s+|of\s+)?$", _I)
_DATED_LEVEL_AFTER = re.compile(r"^\s+(?:on|in)\s+", _I)



# "..., set in April 2011", "surpassing its previous record set in late October": when the
# record was set (any record close inside that window: the record verifier's window rule)
# (also "the closing high of 11,722.98 it reached on Jan. 14, 2000", "its all-time high set back in
# August", "its record close of 5,048.62 of March 10, 2000")
_SET_IN = re.compile(r"^,?\s*(?:(?:which|that)\s+was\s+|(?:it|they|which|that)\s+)?"
                     r"(?:(?:set|reached|hit|notched)(?:\s+back)?\s+(?=\S)|of\s+(?=[A-Z])|"
                     # "since its all-time high close on August 31st": the record close's day
                     r"(?:close|closing\s+level)\s+on\s+(?=[A-Z]))", _I)
_PREVIOUS_RECORD = re.compile(r"\b(?:its|their|the)\s+(?:previous|prior|old|former)\s+(?:all-time\s+)?"
                              r"(?:record(?:\s+(?:close|closing\s+high|high))?|closing\s+high)(?=,?\s+"
                              r"(?:set|reached|hit|notched)\s)", _I)


# "its 1/19 high of 1150.23", "the Jan. 19 close of 10,725.43": a dated level named before its
# figure (the time phrase stands between the article and the noun)
_DATED_NOUN = re.compile(r"^\s*(?:'s\s+)?(?:closing\s+|intraday\s+)?(?P<side>high|low|close|peak|bottom|top)\s+"
                         r"of\s+(?=\$?\d)", _I)
_BEFORE_DATE = re.compile(r"\b(?:its|their|the|a)\s+$", _I)
# "highest closing level of 10,737.70, set on Feb. 11", "a low of 1,010.91, reached on Oct. 9":
# a level, then the day it was set
_LEVEL_SET_ON = re.compile(r"\b(?:(?P<closing>closing|close)\s+)?(?P<side>level|high|low|close|peak|bottom)\s+of\s+"
                           r"(?=\$?\d)", _I)
_SET_ON = re.compile(r"^,?\s*(?:which\s+was\s+|that\s+was\s+)?(?:set|reached|hit|recorded|notched|touched)\s+"
                     r"(?:on\s+)?$", _I)


# the words after a level that name the day it was set: "..., it reached on Jan. 16", "hit Tuesday,
# Jan. 20", "reached March 10, 2000", "which was set on 4/26" (the day follows the match)
SET_ON_AFTER = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:it\s+)?(?:was\s+)?|it\s+|they\s+)?(?:set|reached|hit|touched|"
                          r"notched|recorded|made)\s+(?:on\s+|in\s+)?", _I)


# "its 26,828.39 closing record high on Oct. 3", "its 2,930.75 record close": the record's level
# set before its noun
_BEFORE_LEVEL = re.compile(r"\b(?:its|their|the)\s+$", _I)
_RECORD_NOUN_AFTER = re.compile(r"^\s+(?P<kind>(?:all-time\s+)?(?:record\s+(?:close|closing\s+high|high)|"
                                r"closing\s+(?:record(?:\s+high)?|high)|all-time\s+high))\b", _I)


def _bare_record_level(ctx: SentenceContext, m: re.Match[str], kind: str, q: Quantity) -> bool:
    """Whether a record noun right before a figure names the record's level: "the record
    9,337.97 set on July 17th", "after hitting a record 3,447.81 on Friday". Not a move sized as
    a record ("soared a record 380.53 points", "lost a record 821.21 for the week"), a count ("the
    record 1,021 trading days"), nor the day's own close ("closed at a record 11,497.12": the close
    rule's)."""
    s, e = ctx.rel(q.span)
    if kind not in _RECORD_NOUNS or q.unit is Unit.POINTS or q.decimals < 1 and "," not in q.raw:
        return False
    if _TO_THE_LEVEL.search(ctx.text, max(0, m.start() - 6), m.start()):
        return False
    article = m.group(0).split(None, 1)[0].lower()
    # ("a record 9,337.97" is the record's level after a verb of reaching it or a word placing
    # another level against it, or when the words then say when it was set)
    return (article not in ("a", "an") or _REACHED_OR_PLACED.search(ctx.text, max(0, m.start() - 12), m.start()) is not None
            or SET_ON_AFTER.match(ctx.text, e) is not None)


def reference_levels(ctx: SentenceContext) -> None:
    """Record levels and intraday extremes stated as numbers (see the module docstring)."""
    _record_levels(ctx)
    _levels_before_record(ctx)
    _previous_records(ctx)
    _dated_nouns(ctx)
    _levels_set_on(ctx)
    _dated_levels(ctx)
    _extreme_levels(ctx)


def _side(word: str, closing: bool) -> dict:
    """The intraday side a level noun names ("high": the close or the session's high)."""
    w = word.lower()
    if closing or w in ("close", "level"):
        return {}
    return {"intraday": "low" if w in ("low", "bottom") else "high"}


@gated(_DATED_NOUN)
def _dated_nouns(ctx: SentenceContext) -> None:
    """"Its 1/19 high of 1150.23": the level of the day the phrase names (see ``_DATED_NOUN``)."""
    for t in ctx.times:
        if t.kind not in (TimeKind.DAY, TimeKind.WEEKDAY) or t.span is None:
            continue
        ts, te = ctx.rel(t.span)
        lead = _BEFORE_DATE.search(ctx.text[max(0, ts - 8):ts])
        noun = _DATED_NOUN.match(ctx.text[te:te + 40])
        if lead is None or noun is None:
            continue
        found = ctx.quantity_near(te + noun.end(), within=2, units=_LEVEL_UNITS)
        if found is None or ctx.is_consumed(ts, te):
            continue
        i, q = found
        start, end = max(0, ts - 8) + lead.start(), ctx.rel(q.span)[1]
        closing = "clos" in noun.group(0).lower()
        ctx.make(ClaimKind.CLOSE_LEVEL, start, end, subject=ctx.subject_for(start),
                 quantities=[ctx.use(i, "level")], time=ctx.resolve(t),
                 details={"level": q.value, **_side(noun.group("side"), closing)})
        ctx.consumed.append((start, end))


@gated(_LEVEL_SET_ON)
def _levels_set_on(ctx: SentenceContext) -> None:
    """"Closing level of 10,737.70, set on Feb. 11": the level of the day after it."""
    for m in _LEVEL_SET_ON.finditer(ctx.text):
        found = ctx.quantity_near(m.end(), within=2, units=_LEVEL_UNITS)
        if found is None or ctx.is_consumed(*m.span()):
            continue
        i, q = found
        qe = ctx.rel(q.span)[1]
        t = next((t for t in ctx.times if t.span is not None and t.kind in (TimeKind.DAY, TimeKind.WEEKDAY)
                  and 0 <= ctx.rel(t.span)[0] - qe <= 20
                  and _SET_ON.match(ctx.text[qe:ctx.rel(t.span)[0]])), None)
        if t is None:
            continue
        end = ctx.rel(t.span)[1]
        ctx.make(ClaimKind.CLOSE_LEVEL, m.start(), end, subject=ctx.subject_for(m.start()),
                 quantities=[ctx.use(i, "level")], time=ctx.resolve(t),
                 details={"level": q.value, **_side(m.group("side"), bool(m.group("closing")))})
        ctx.consumed.append((m.start(), end))


@gated(_RECORD_LEVEL)
def _record_levels(ctx: SentenceContext) -> None:
    for m in _RECORD_LEVEL.finditer(ctx.text):
        kind = m.group("kind").lower()
        if not ("record" in kind or "all-time" in kind or "all time" in kind or "closing" in kind):
            continue  # "its 2007 high of 1,565.15": a year's high, not the record
        found = ctx.quantity_near(m.end(), within=2, units=_LEVEL_UNITS)
        if found is None:  # (the words may belong to a distance too: "38% below its record
            continue       # close of 14,165.53" states the distance and the record's level)
        i, q = found
        if _COUNTED.match(ctx.text, ctx.rel(q.span)[1]) or m.group("of") is None and not _bare_record_level(
                ctx, m, kind, q):
            continue  # ("the record was 19 trading days in 1985": a run's length, not a level)
        qq = ctx.use(i, "level")
        end = ctx.rel(q.span)[1]
        # "closing at a record high of 12,767 on Feb. 20, 2007": the record as of that day
        # (not after "since": "its highest close since its record high of 11,030 on Sept. 13" dates the
        # point the standing counts from, which is the record as of the article's day too)
        dated = None if re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 8):m.start()], _I) else next(
            (k for k, t in enumerate(ctx.times) if t.span is not None and t.kind in (TimeKind.DAY, TimeKind.WEEKDAY)
             and 0 <= ctx.rel(t.span)[0] - end <= 2), None)
        if dated is not None:
            ctx.used_t.add(dated)
        ctx.make(ClaimKind.CLOSE_LEVEL, m.start(), end, subject=ctx.subject_for(m.start()),
                 time=ctx.resolve(ctx.times[dated]) if dated is not None else None,
                 quantities=[qq], details={"level": q.value, "reference": "record",
                                           "measure": "intraday" if re.search(r"intra-?day|trading", kind)
                                           else "close" if "clos" in kind or "finish" in kind else "either"})
        ctx.consumed.append((m.start(), end))
        if "clos" in kind or "finish" in kind:  # "record high" may be the intraday one: its date would be ambiguous
            record_set_in(ctx, end)


def _levels_before_record(ctx: SentenceContext) -> None:
    """"15.8 percent lower than its 2,930.75 closing record high": the record's level, named
    before its noun (a level written to the hundredth or with thousands, never a year)."""
    for i, q in ctx.free_quantities(_LEVEL_UNITS):
        level_before_record(ctx, i, q)


def level_before_record(ctx: SentenceContext, i: int, q) -> bool:  # noqa: ANN001 - a Quantity
    """One quantity read as a record's level named before its noun (see _levels_before_record);
    True when it was one. The distance rule calls it for the level inside its reference."""
    s, e = ctx.rel(q.span)
    lead = _BEFORE_LEVEL.search(ctx.text[max(0, s - 8):s])
    if q.unit not in _LEVEL_UNITS or q.decimals < 1 and "," not in q.raw or lead is None:  # (not "its 2010 closing high")
        return False
    noun = _RECORD_NOUN_AFTER.match(ctx.text[e:e + 40])
    if noun is None:
        return False
    kind = noun.group("kind").lower()
    start, end = max(0, s - 8) + lead.start(), e + noun.end()
    ctx.make(ClaimKind.CLOSE_LEVEL, start, end, subject=ctx.subject_for(start),
             quantities=[ctx.use(i, "level")],
             details={"level": q.value, "reference": "record", "measure": "close" if "clos" in kind else "either"})
    ctx.consumed.append((start, e))  # (the noun stays the records rule's: "just shy of its ... record close")
    return True


@gated(_PREVIOUS_RECORD)
def _previous_records(ctx: SentenceContext) -> None:
    for m in _PREVIOUS_RECORD.finditer(ctx.text):
        if not ctx.is_consumed(*m.span()) and not m.group(0).lower().endswith("high"):
            record_set_in(ctx, m.end())  # ("record high" may be intraday: left alone)


@gated(_EXTREME_LEVEL, _LEVEL_IN_SESSION)
def _extreme_levels(ctx: SentenceContext) -> None:
    for m in (*_EXTREME_LEVEL.finditer(ctx.text), *_LEVEL_IN_SESSION.finditer(ctx.text)):
        found = ctx.quantity_near(m.end(), within=2, units=_LEVEL_UNITS)
        if found is None or ctx.is_consumed(*m.span()):
            continue
        named = m.groupdict()
        side = (named.get("side") or named.get("side2") or named.get("side3") or named.get("side4") or named.get("side5")
                or ("high" if named.get("up") else "low" if named.get("down") else "either")).lower()
        side = {"peak": "high", "bottom": "low"}.get(side, side)
        i, q = found
        qq = ctx.use(i, "level")
        qq.hedge, qq.hedge_text = Hedge.EXACT, ""  # "as high as" names the extreme, not a hedge
        end = ctx.rel(q.span)[1]
        time = ctx.time_for(m.start(), allow_since=False)
        if time is not None and time.span is not None and ctx.rel(time.span)[0] > end \
                and re.search(r"\d", ctx.text[end:ctx.rel(time.span)[0]]):
            time = None  # "an intraday high of 1,424.06, above its closing record of 1,413.64 set
            # March 1": a day after another level is that level's
        ctx.make(ClaimKind.CLOSE_LEVEL, m.start(), end, subject=ctx.subject_for(m.start()),
                 quantities=[qq], time=time, details={"level": q.value, "intraday": side})
        ctx.consumed.append((m.start(), end))


def record_set_in(ctx: SentenceContext, pos: int) -> None:
    """A record dated right after its mention: a record claim for that time."""
    m = _SET_IN.match(ctx.text[pos:pos + 30])
    if m is None:
        return
    at = pos + m.end()
    # (a time phrase may take the "of" itself: "of March 10, 2000")
    t = next((t for t in ctx.times if pos + m.start() <= ctx.rel(t.span)[0] <= at + 1), None)
    if t is None:
        return
    end = ctx.rel(t.span)[1]
    ctx.make(ClaimKind.RECORD, pos + m.start(), end, subject=ctx.subject_for(pos),
             time=ctx.resolve(t), direction=Direction.UP,
             details={"which": "high", "measure": "close"})
    ctx.consumed.append((pos, end))


@gated(_DATED_LEVEL_BEFORE)  # (the after-pattern needs only "in"/"on": no gate)
def _dated_levels(ctx: SentenceContext) -> None:
    """A level with its own date right after it (see ``_DATED_LEVEL_BEFORE``)."""
    for i, q in ctx.free_quantities(_LEVEL_UNITS):
        s, e = ctx.rel(q.span)
        if q.unit is Unit.NUMBER and (q.value < 5 or (q.decimals == 0 and q.value < 1000)):
            continue  # a count or a small round number: not a stated close
        before = _DATED_LEVEL_BEFORE.search(ctx.text[max(0, s - 25):s])
        if before is None or not _DATED_LEVEL_AFTER.match(ctx.text[e:e + 6]):
            continue
        if q.unit is Unit.POINTS and not re.search(r"\b(?:was|at|to|of)\s+$", before.group(0), _I):
            continue  # "rose 742 points on Tuesday" is a move; "rose to 742 points" a level
        dated = next((t for t in ctx.times if 0 < ctx.rel(t.span)[0] - e <= 5
                      and t.kind in (TimeKind.DAY, TimeKind.WEEKDAY, TimeKind.MONTH)), None)
        if dated is None:
            continue
        start = max(0, s - 25) + before.start()
        end = ctx.rel(dated.span)[1]
        side = re.search(r"\b(?:(?P<low>low|bottom(?:ed)?)|(?P<high>high|peak(?:ed)?))\b", before.group(0), _I)
        details: dict = {"level": q.value}
        if side is not None:  # "its low of 7,197.49 in October 2002": the low may be the session's
            details["intraday"] = "low" if side.group("low") else "high"
        ctx.make(ClaimKind.CLOSE_LEVEL, start, end, subject=ctx.subject_for(start),
                 quantities=[ctx.use(i, "level")], time=ctx.resolve(dated), details=details)
        ctx.consumed.append((start, end))


__all__ = ["SET_ON_AFTER", "record_set_in", "reference_levels"]
