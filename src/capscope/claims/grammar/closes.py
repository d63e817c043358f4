"""A close's level: "closed at 2,422.03", "rose 1.2% to 40,000", "ended 653.17 points, or 2.9%, lower
at 21,792.20", a summary row "Dow 16,285.51, up 619.07 points (3.96%)".

A level counts only after a closing or "to" verb (or as a row's figure before its move), so a
bare number is never read as a close; the move's own figures before the level are the moves
rule's claims.
"""

from __future__ import annotations

import datetime as dt
import re

from capscope.claims.grammar.base import DAY_KINDS, SentenceContext
from capscope.claims.grammar.live import CLOSING_VERB, REVERSAL_AFTER
from capscope.claims.grammar.price_moves import when_day, when_time
from capscope.claims.lexicon import MOVE_DOWN_WORDS, MOVE_UP_WORDS
from capscope.claims.model import ClaimKind, Direction, Hedge, TimeExpr, TimeKind, Unit

_I = re.IGNORECASE
_DOWN_WORD = re.compile(r"\b(?:" + MOVE_DOWN_WORDS + r")\b", _I)
_UP_WORD = re.compile(r"\b(?:" + MOVE_UP_WORDS + r")\b", _I)

# a move's figure, hedged or not, in points, percent or neither: "about 228 points", "0.2%", "1.03"
_FIGURE = r"(?:(?:about|nearly|almost|roughly|around|some|more\s+than|over)\s+)?[\d.,]+\s*(?:points?|%|percent|per\s+cent)?"
# "653.17 points, or 2.9%, lower", "6 points (0.2%) higher", "about 7 points lower, or 0.2%,", "346.41
# points in the green": a move stated after a closing verb, before the level
_FIGURES_DIRECTION = (_FIGURE + r"(?:\s*,?\s*(?:or\s+|\()\s*" + _FIGURE + r"\)?)?,?\s+"
                      r"(?:higher|lower|in\s+the\s+(?:green|red))(?:,\s+or\s+" + _FIGURE + r")?,?\s+")
# the verbs of a move that can name the close it ended at ("fell to 7,467.49", "rose 1.03, to 998.51"):
# one list for both shapes below
_TO_LEVEL_VERBS = (r"fell|dropped|slid|sank|tumbled|plunged|rose|climbed|jumped|advanced|rallied|slipped|declined|"
                   r"gained|lost|added|shed|shot|spiked|soared|surged|leapt|leaped|eased|dipped|dived|dove|"
                   r"retreated|recovered|rebounded|edged\s+(?:up|down|higher|lower)")
# a record named between the move and its level: "to rise to a record 36,488.63", "up 35 points to yet
# another all-time closing high of 20,810.32", "to end the day at a record-high 50,137"
_RECORD_WORDS = (r"(?:(?:a|an|its|yet\s+another|another)\s+)?(?:(?:fresh|new|all[\s-]time)[\s-]+)*"
                 r"(?:record(?:[\s-]high)?|closing\s+high|all[\s-]time\s+high)(?:\s+(?:close|closing\s+high|high))?"
                 r"\s+(?:of\s+)?")
_CLOSE = re.compile(r"\b(?:(?:" + _TO_LEVEL_VERBS + r"|rise|rising|soaring|surging|climbing|jumping|rallying|"
                    r"rocketed|rocketing|advancing)\s+to\s+(?:" + _RECORD_WORDS + r")?$)|"
                    # "rose as high as 2,000.92 before falling back to 1,960.25": the close after the peak
                    r"\b(?:fell|falling|slipped|slipping|slid|sliding|retreated|retreating|eased|easing|"
                    r"pulled|pulling|climbed|climbing|bounced|bouncing|rebounded|rebounding)\s+back\s+to\s+$|"
                    # "rose 1.03, to 998.51", "added 1.24, to 456.74", "rose about 228 points to about
                    # 27,088", "gained about 0.2% to about 2,999.91 points": the level after a move's figure
                    # (any move word: "off 8 points to 3,014", "was down by 65.9 points 1.65 percent to
                    # 3,936.97", "sent the Russell 2000 up an incredible 2.99% to 2,282.78", "falling 18
                    # points, or 0.9%, to just above 2,000"; the move's period between: "rose 1.7% last
                    # week to 5,969")
                    r"\b(?:" + _TO_LEVEL_VERBS + r"|" + MOVE_UP_WORDS + r"|" + MOVE_DOWN_WORDS + r"|off)\s+"
                    r"(?:by\s+)?(?:an?\s+[a-z]+\s+(?=[\d.]))?(?P<fig>" + _FIGURE +
                    # ("rose 44.23 points, or 2.6% as well, to 1,766.25", "rose 21.79 points, also 1.2 percent")
                    r"(?:,?\s+(?:or|also)\s+" + _FIGURE + r"(?:\s+(?:as\s+well|too|also))?|\s+" + _FIGURE + r")?,?\s+)"
                    r"(?:(?:this|last)\s+(?:week|month|quarter|year)\s+)?to\s+(?:" + _RECORD_WORDS + r")?$|"
                    # "ticked up to 26.35", "leaving it at a record 17,068.26", "to close out at 1,330", "to
                    # conclude the session Wednesday at 34,063.10"
                    r"\b(?:ticked|inched|crept|moved)\s+(?:up|down|higher|lower)\s+to\s+$|"
                    r"\bleaving\s+(?:it|the\s+(?:index|average|benchmark|gauge))\s+at\s+(?:a\s+record\s+)?$|"
                    r"\bto\s+(?:close|end|finish|conclude)(?:\s+out)?(?:\s+the\s+(?:day|session|week))?"
                    r"(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri)day)?\s+at\s+$|"
                    # "its 2014 close of 2058.90": a year's last close, named by its year
                    r"\b(?:its|the)\s+(?P<year>(?:19|20)\d\d)\s+(?:year-end\s+)?(?:close|closing\s+level)\s+of\s+$|"
                    # "its highest close since June 18, 2002, when the average was at 9,706.12": that
                    # day's close (the "when" dates it)
                    r"\bwhen\s+(?:it|the\s+(?:index|average|benchmark|gauge|composite|Dow|Nasdaq))\s+"
                    r"(?P<wv>(?:was\s+at|measured|stood\s+at|was))\s+$|"
                    # "to end a disastrous Tuesday at 27,081.36", "was lower at 20.84"
                    r"\bto\s+end\s+(?:[\w'-]+\s+){0,4}at\s+(?:" + _RECORD_WORDS + r")?$|"
                    r"\b(?:was|were|is|are)\s+(?:lower|higher|up|down|little\s+changed|unchanged)\s+at\s+$|"
                    # "was off 0.71 points, nearly flat at 4,566.75"
                    r",\s+(?:(?:nearly|virtually|essentially|almost|basically)\s+)?(?:flat|unchanged|little\s+changed)\s+at\s+$|"
                    # "Thursday's gain pushed the Russell 2000 to 2,468"
                    r"\b(?:pushed|lifted|sent|took|drove|carried|dragged|brought)\s+(?:[\w&'.-]+\s+){1,5}to\s+$|"
                    r"\b(?:closed|closes?|closing|ended|ends?|ending|finished|finish(?:es|ing)?|settled|settles?|"
                    r"settling|stood|stands|landed|landing|bottomed(?:\s+out)?|peaked|topped\s+out)\s+"
                    # "last closed higher on April 19, 2002, at 1,125.17": the day between verb and level
                    r"(?:(?:higher|lower)\s+)?(?:on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*(?:19|20)\d\d)?,?\s+)?"
                    # ("ended the holiday-shortened week at", "closed last week at": the week's last close)
                    r"(?:the\s+(?:[a-z]+-[a-z]+\s+)?(?:day|session|week|month|year)\s+|(?:last|this)\s+week\s+|"
                    r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day\s+|"
                    # "finished 2019 at 28,538.44": the year's last close (the closing verb dates it)
                    r"(?:out\s+)?(?:19|20)\d\d\s+|"
                    # "ended 653.17 points, or 2.9%, lower at 21,792.20": the level after the move
                    r"(?P<figs>" + _FIGURES_DIRECTION + r")|"
                    # "closed down 1.1% at roughly 2,822", "ended the day off 0.9% at around 7,400"
                    r"(?:the\s+(?:day|session)\s+)?(?P<figs2>(?:up|down|off|higher|lower)\s+" + _FIGURE +
                    r"(?:\s*,?\s*(?:or\s+|\()\s*" + _FIGURE + r"\)?)?,?\s+)|"
                    r"(?:today|yesterday)\s+)?(?:at|near|around|just\s+(?:above|below|under)|"
                    r"above|below|under)\s+(?:a\s+level\s+of\s+|(?:a|an)\s+(?:fresh\s+|new\s+)?(?:record|all-time\s+high)"
                    r"(?:\s+(?:close|high|closing\s+high))?(?:\s+of)?\s+)?$", _I)


# "closed below 8,000 for the first time since 2003, at 7,990", "set its latest record close, at 2,696":
# the level after a comma that ends a closing verb's clause (a milestone or record between them)
_CLOSE_THEN_AT = re.compile(r"\b(?:closed|close|closing|ended|ending|finished|finishing|settled|settling)\b"
                            r"(?:(?!\b(?:and|but|while|whereas)\b)[^.;:!?]){0,70},\s+at\s+$", _I)


# "closed at a two-month high of 8,083.38", "rose ... to a fresh 13-year high of 4,070.06", "to close
# at its weekly high of 2,328.06": a close named as the extreme of a window (whether it is one is the
# superlative's own claim); a session's or an intraday extreme is the references rule's
_EXTREME_OF = re.compile(r"\b(?:a|an|its)\s+(?:fresh\s+|new\s+)?(?!(?:session|intraday|intra-day|trading|day's)\b)"
                         r"(?:[\w-]+\s+){1,2}(?:closing\s+)?(?:high|low)\s+of\s+$", _I)


# a year before the extremes it names: "closed at 2016 highs two consecutive days"
_YEAR_OF_EXTREMES = re.compile(r"(?:19|20)\d\d")
_EXTREMES_AFTER = re.compile(r"\s+(?:highs?|lows?|peaks?|bottoms?|records?|levels?)\b", _I)
# a level the words place at the close after a verb of state: "and was at 46.72 at the close"
_AT_THE_CLOSE_AFTER = re.compile(r"\s+at\s+the\s+(?:close|closing\s+bell|end\s+of\s+(?:the\s+)?(?:day|session|trading))\b", _I)
_STATE_AT = re.compile(r"\b(?:was|were|is|are|stood|stands)\s+(?:at\s+)?$", _I)


# the subject of the level's verb is a reference, not the index: "its 2023 high was up at 2007.305"
_STATE_VERB = re.compile(r"(?:was|were|is|are|stood|stands)\b", _I)
_REFERENCE_NOUN = re.compile(r"\b(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:high|low|peak|record|top|bottom)s?\s+$", _I)


# a summary row "Dow 16,285.51, up 619.07 points (3.96%)": a name, its close, its move
# (also "the Nasdaq Composite at 13,818.41, down 131.81 points", "the Dow Jones Industrial Average,
# at 10006.78, leapt 184.54": the close set between the name and its move)
_ROW_MOVE_AFTER = re.compile(r"^\s*,?\s*(?:up|down|off|higher|lower|unchanged|" + MOVE_UP_WORDS + "|" + MOVE_DOWN_WORDS
                             + r")\b", _I)
_NAME_AT = re.compile(r"^\s*,?\s*at\s+$", _I)


def close_levels(ctx: SentenceContext) -> None:
    _levels(ctx)
    _pair_with_moves(ctx)


# how far after a move's figures its level may stand ("slid by 42 points, or 1.1%, to nearly 3,708",
# "fell 123 points, closing at 3,666.77")
_PAIR_REACH = 45


def _pair_with_moves(ctx: SentenceContext) -> None:
    """The previous close a day's move in points and the level right after it imply together
    ("slid by 42 points ... to nearly 3,708": 3,750), on the level's claim: which session the two
    figures are from, before an alarm (readings.corroboration.pair_fits_elsewhere)."""
    for c in ctx.claims:
        if c.kind is not ClaimKind.CLOSE_LEVEL or c.subject is None or any(
                c.details.get(k) for k in ("intraday", "reference", "rate_level", "implied_previous")):
            continue
        move = next((x for x in reversed(ctx.claims) if x.kind is ClaimKind.DAY_MOVE and x.subject is not None
                     and x.subject.symbol == c.subject.symbol and x.span.end <= c.span.start
                     and c.span.start - x.span.end <= _PAIR_REACH
                     and x.direction in (Direction.UP, Direction.DOWN) and not x.details.get("intraday")
                     and any(q.unit is Unit.POINTS for q in x.quantities)), None)
        level = next((q for q in c.quantities if q.unit in (Unit.NUMBER, Unit.USD, Unit.POINTS)), None)
        if move is None or level is None:
            continue
        pts = next(abs(q.value) for q in move.quantities if q.unit is Unit.POINTS)
        signed = -pts if move.direction is Direction.DOWN else pts
        c.details["implied_previous"] = round(level.value - signed, 2)


def _levels(ctx: SentenceContext) -> None:
    # a level in points too ("closed at 2,422.03 points"), but only after a closing or "to" verb
    for i, q in ctx.free_quantities((Unit.NUMBER, Unit.USD, Unit.POINTS)):
        s, e = ctx.rel(q.span)
        if _YEAR_OF_EXTREMES.fullmatch(ctx.text, s, e) and _EXTREMES_AFTER.match(ctx.text, e):
            continue  # "closed at 2016 highs", "at 2016 lows": the year's extremes, not a level of 2,016
        hs = ctx.hedge_start(q)
        ext = _EXTREME_OF.search(ctx.text, max(0, hs - 50), hs)
        if ext is not None:
            hs = ext.start()  # "to close at a two-month high of 8,083.38": the close the extreme names
        m = _CLOSE.search(ctx.text[max(0, hs - 50):hs])
        if m is None and hs < s and ctx.text[hs:s].strip().lower() in ("near", "around"):
            # "ended about 7 points lower, or 0.2%, near 4,216": the hedge is the closing verb's word
            hs = s
            m = _CLOSE.search(ctx.text[max(0, hs - 50):hs])
        up_to = m is None and q.hedge_text.lower() in ("up to", "down to")
        if up_to:
            # "ticked up to 26.35": the verb's own "up to", not a bound ("as much as")
            hs = s
            m = _CLOSE.search(ctx.text[max(0, hs - 50):hs])
        if q.unit is Unit.POINTS and not m:
            continue
        if not m and q.decimals == 2 and _ROW_MOVE_AFTER.match(ctx.text[e:e + 12]):
            name = next((n for n in ctx.names if n.symbol and n.span is not None
                         and (0 <= s - ctx.rel(n.span)[1] <= 2
                              or _NAME_AT.match(ctx.text[ctx.rel(n.span)[1]:s]))), None)
            if name is not None:
                start = ctx.rel(name.span)[0]
                qq = ctx.use(i, "level")
                ctx.make(ClaimKind.CLOSE_LEVEL, start, e, subject=name, quantities=[qq],
                         time=ctx.time_for(s, kinds=DAY_KINDS, allow_since=False),
                         details={"level": q.value})
                ctx.consumed.append((start, e))
            continue
        if m is not None:
            start = max(0, hs - 50) + m.start()
            if m.group("fig") or m.group("figs") or m.group("figs2"):  # the move's figures are their own claims
                start = max(0, hs - 50) + max(m.end("fig"), m.end("figs"), m.end("figs2"))  # the level's own word
            if m.group("wv"):  # the level's own verb, after the dated ", when" (see when_day)
                start = max(0, hs - 50) + m.start("wv")
            rel = re.search(r"(above|below|under|near|around)\s+$", m.group(0), _I)
        elif (late := _CLOSE_THEN_AT.search(ctx.text[max(0, hs - 90):hs])) is not None:
            start, rel = max(0, hs - 90) + late.start(), None
        elif _AT_THE_CLOSE_AFTER.match(ctx.text, e) and (state := _STATE_AT.search(ctx.text, max(0, hs - 20), hs)):
            start, rel = state.start(), None  # "and was at 46.72 at the close"
        else:
            continue
        if m is not None and _STATE_VERB.match(m.group(0)) and _REFERENCE_NOUN.search(ctx.text, max(0, start - 30), start):
            continue  # "its 2023 high was up at 2007.305": a reference level's, not the day's close
        when = when_time(ctx, start) or when_day(ctx, start)  # "since April 12, when it stood at 15.58"
        if when is None and m is not None and m.group("wv"):
            continue  # "when the index was at 5,000" with no day before it: no session to check
        qq = ctx.use(i, "level")
        if up_to:
            qq.hedge, qq.hedge_text = Hedge.EXACT, ""
        if rel:
            qq.hedge = {"above": Hedge.MORE_THAN, "below": Hedge.LESS_THAN, "under": Hedge.LESS_THAN,
                        "near": Hedge.ABOUT, "around": Hedge.ABOUT}[rel.group(1).lower()]
        kinds = DAY_KINDS + (TimeKind.WEEK, TimeKind.MONTH, TimeKind.YEAR, TimeKind.FUZZY)
        # a time inside the closing verb's own words dates it ("closed last week at 3,222.22, up
        # 28.5% on the year, ... 2013's 29.6% return")
        own = next((t for t in ctx.times if t.span is not None and t.kind in kinds and t.anchor != "since"
                    and start <= ctx.rel(t.span)[0] and ctx.rel(t.span)[1] <= hs), None) \
            if CLOSING_VERB.match(ctx.text, start) else None
        time = ctx.resolve(own) if own is not None else ctx.time_for(s, kinds=kinds, allow_since=False)
        time = when or (_year_end(ctx, m) if m is not None and m.group("year") else time)
        inside = next((n for n in ctx.names if n.symbol and n.span is not None
                       and start <= ctx.rel(n.span)[0] < hs), None)  # "pushed the Russell 2000 to"
        claim = ctx.make(ClaimKind.CLOSE_LEVEL, start, e, subject=inside or ctx.subject_for(start), quantities=[qq],
                         hedge=qq.hedge, time=time,
                         details={"level": q.value, **({"dated_by": "when"} if when is not None else {}),
                                  **_turning_point(ctx, start, hs, e), **_window_peak(ctx, start, hs, time)})
        if time is None:
            claim.flags.append("no time stated: read as the latest session on or before publication")
        ctx.consumed.append((start, e))


def _turning_point(ctx: SentenceContext, start: int, hs: int, e: int) -> dict:
    """A level a move went "to" and then turned from ("tumbled to 3,625 ..., then shot back up",
    "fell to 9,980 before recovering"): the session's low after a fall, its high after a rise.
    A closing verb's level is the close whatever follows it."""
    words = ctx.text[start:hs]
    if CLOSING_VERB.search(words) or not REVERSAL_AFTER.match(ctx.text[e:]):
        return {}
    down, up = _DOWN_WORD.search(words), _UP_WORD.search(words)
    return {"intraday": "low" if down and not up else "high" if up and not down else "either"}


# "In March 2000 the Nasdaq composite peaked at 5,048": the verb names the window's extreme
_PEAK_VERB = re.compile(r"\b(?:(?P<high>peaked|topped\s+out)|(?P<low>bottomed(?:\s+out)?))\b", _I)


def _window_peak(ctx: SentenceContext, start: int, hs: int, time: TimeExpr | None) -> dict:
    """"Peaked at 5,048" (or "bottomed at") in a month or a year the words name: that window's
    extreme (verifiers.window_extremes), not its last session's close. A day keeps the day's level."""
    verb = _PEAK_VERB.search(ctx.text, start, hs)
    if verb is None or time is None or time.kind not in (TimeKind.MONTH, TimeKind.YEAR) or time.start is None:
        return {}
    window = ({"kind": "month", "month": time.start.month, "year": time.start.year} if time.kind is TimeKind.MONTH
              else {"kind": "year", "year": time.start.year})
    return {"extreme": "high" if verb.group("high") else "low", "window": window, "measure": "either"}


def _year_end(ctx: SentenceContext, m: re.Match) -> TimeExpr:
    """The year a year's close is named by ("its 2014 close of 2058.90"): its last session's
    close is the level. (Not a time phrase of the sentence: it dates no other figure in it.)"""
    y = int(m.group("year"))
    t = TimeExpr(m.group("year"), TimeKind.YEAR, anchor="in", year=y, start=dt.date(y, 1, 1),
                 end=dt.date(y, 12, 31), resolved=True)
    return ctx.resolve(t)


__all__ = ["close_levels"]
