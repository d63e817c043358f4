"""Rules for claims about levels, history and the future, and for opinions.

Price levels ("resistance at $240-$245", "$200 has repeatedly served as a base", "broke above
its 200-day moving average"), historical patterns an event study can test ("small caps tend to
outperform in the 12-24 months after the first cut"), forecasts ("could rise as much as 40% in
10 weeks": checkable after the fact) and opinions (nothing to measure: reported, not checked).
"""

from __future__ import annotations

import re

from capscope.claims.grammar.base import NUMWORD, SentenceContext, gated
from capscope.claims.lexicon import HEDGE_WORDS, count_value
from capscope.claims.model import (
    ClaimKind,
    Direction,
    Hedge,
    Quantity,
    Span,
    TimeExpr,
    TimeKind,
    Unit,
)

_I = re.IGNORECASE
_LEVEL_TYPES = r"support|resistance|floor|ceiling|base|pivot|breakout\s+(?:level|point)|key\s+level|target|threshold"
_LEVEL_BEFORE = re.compile(r"\b(?P<t>" + _LEVEL_TYPES + r")(?:\s+(?:level|zone|area|line))?\s+(?:at|of|near|around|"
                           r"in\s+the|between|from|is|sits\s+at|lies\s+at)?\s*(?:the\s+)?(?:(?:about|around|roughly)\s+)?$", _I)
_LEVEL_AFTER = re.compile(r"^(?:\s+(?:level|mark|area|zone|region))?\s+(?:has|had|have|could|should|will|would|may|might)?\s*"
                          r"(?:\w+ly\s+)?(?:served|acted|held|proved|proven|been|act|serve|hold|become)\s+(?:as\s+)?(?:a\s+|an\s+)?"
                          r"(?:(?:key|strong|major|solid|important|reliable)\s+)?(?P<t>" + _LEVEL_TYPES + r")", _I)
# a level named by what it did to prices: "the $240 to $245 area has capped rallies" (resistance),
# "IWM has been capped by the $240-$245 zone", "$200 has put a floor under the ETF" (support)
_CAPPED_AFTER = re.compile(r"^(?:\s+(?:level|mark|area|zone|region|range))?\s+(?:has|had|have)?\s*(?:\w+ly\s+)?"
                           r"(?:(?P<r>capped|caps|cap|capping|halted|stopped|rejected|repelled|turned\s+back|"
                           r"held\s+back)|(?P<s>put\s+a\s+floor\s+under|underpinned|cushioned))\b", _I)
_CAPPED_BEFORE = re.compile(r"\b(?:(?P<r>capped|halted|stopped|rejected|repelled|turned\s+back|held\s+back)|"
                            r"(?P<s>supported|underpinned|cushioned))\s+(?:again\s+)?(?:by|at)\s+(?:the\s+)?$", _I)
_CROSS = re.compile(r"\b(?P<v>broke|breaks|broken|breaking|crossed|crosses|topped|surpassed|reclaimed|cleared|"
                    r"(?:fell|dropped|dipped|slipped|sank|climbed|rose|moved|pushed|traded|held|back|stayed|remains?)"
                    r")\s+(?P<d>above|below|under|through|over)\s+(?:the\s+|its\s+)?$", _I)
_MA = re.compile(r"\b(?P<d>above|below|under|through|over)\s+(?:its|the|their)\s+(?P<n>\d{1,3})-(?P<u>day|week|month)"
                 r"\s+(?:simple\s+|exponential\s+)?moving\s+average", _I)


def _level_claim(ctx: SentenceContext, i: int, q: Quantity, start: int, end: int, ltype: str,
                 cross: re.Match[str] | None) -> None:
    """The claim of a price level (support, resistance, a level crossed) over text[start:end]."""
    ltype = re.sub(r"\s+", " ", ltype.lower())
    qq = ctx.use(i, "level")
    if cross is not None:
        qq.hedge, qq.hedge_text = Hedge.EXACT, ""
    details = {"level_type": ltype, "low": q.value, "high": q.high if q.high is not None else q.value}
    direction = Direction.UNKNOWN
    if cross is not None:
        direction = Direction.DOWN if cross.group("d").lower() in ("below", "under") else Direction.UP
    kind = ClaimKind.FORECAST if ltype.startswith("target") else ClaimKind.PRICE_LEVEL
    subject = ctx.subject_for(start)
    if subject is None or subject.span is None:  # "the $240 to $245 area has capped rallies in IWM"
        subject = ctx.mention_after(end, within=40) or subject
    ctx.make(kind, start, end, subject=subject, quantities=[qq], hedge=q.hedge,
             direction=direction, time=ctx.time_for(start, allow_since=False), details=details)
    ctx.consumed.append((start, end))


# "fell through its 200-day": through, downwards
_DOWN_THROUGH = re.compile(r"\b(?:fell|falls|falling|dropped|drops|dropping|slipped|slips|slid|sank|sinks|sliced|"
                           r"tumbled|plunged|broke\s+down|crashed|cut)\s+(?:right\s+|straight\s+)?$", _I)


_A_YEARS_MARK = re.compile(r"(?:19|20)\d\d(?:'s)?\s+(?:closing\s+|intraday\s+|record\s+)?"
                           r"(?:highs?|lows?|peaks?|tops?|bottoms?|records?|closes?|levels?)\b", _I)


def price_levels(ctx: SentenceContext) -> None:
    for i, q in ctx.free_quantities((Unit.USD, Unit.NUMBER, Unit.POINTS)):
        s, e = ctx.rel(q.span)
        if q.unit is Unit.NUMBER and _A_YEARS_MARK.match(ctx.text, s):
            continue  # "moved above the 2011 highs they set on Feb. 18": a year naming a high, no level
        hs = ctx.hedge_start(q)
        cross = _CROSS.search(ctx.text[max(0, s - 40):s])  # "broke above" is a move, not a hedge
        if q.unit is Unit.POINTS and (cross is None or cross.group("d").lower() == "over" or q.value < 100):
            continue  # "climbed above 1,000 points" is a level crossed; "rose over 500 points" a move
        before = _LEVEL_BEFORE.search(ctx.text[max(0, hs - 40):hs])
        after = _LEVEL_AFTER.match(ctx.text[e:e + 70])
        if not (before or after or cross):
            capped = _CAPPED_AFTER.match(ctx.text[e:e + 50])
            by = None if capped else _CAPPED_BEFORE.search(ctx.text[max(0, hs - 30):hs])
            if capped is None and by is None:
                continue
            if q.unit is Unit.NUMBER and q.value < 10:
                continue
            how = capped or by
            start, end = (s, e + capped.end()) if capped else (max(0, hs - 30) + by.start(), e)
            _level_claim(ctx, i, q, start, end, "resistance" if how.group("r") else "support", None)
            continue
        if q.unit is Unit.NUMBER and q.value < 10 and not before:
            continue
        if before:
            start, end, ltype = max(0, hs - 40) + before.start(), e, before.group("t")
        elif after:
            start, end, ltype = s, e + after.end(), after.group("t")
        else:
            start, end, ltype = max(0, s - 40) + cross.start(), e, "crossed " + cross.group("d")
        _level_claim(ctx, i, q, start, end, ltype, cross if cross and not before and not after else None)
    for m in _MA.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        n = int(m.group("n"))
        side = m.group("d").lower()
        down = side in ("below", "under") or (side == "through" and _DOWN_THROUGH.search(ctx.text[max(0, m.start() - 30):m.start()]))
        since = _ma_since(ctx, m)
        held = _ma_held_since(ctx, m) if since is None else None
        end = ctx.rel(held.span)[1] if held is not None else m.end()
        ctx.make(ClaimKind.PRICE_LEVEL, m.start(), end, subject=ctx.subject_for(m.start()),
                 direction=Direction.DOWN if down else Direction.UP,
                 time=ctx.time_for(m.start(), allow_since=False), since=since or held,
                 details={"level_type": "moving_average", "window": n, "window_unit": m.group("u").lower(),
                          **({"held_since": True} if held is not None else {})})
        ctx.consumed.append((m.start(), end))


# "for the first time since March" / "the first such close since March" after the average, or
# "its first close above its 200-day since March": the since phrase dates the previous close on that side
_MA_FIRST_GAP = re.compile(r"^[^.;:!?]*\bfirst\b[^.;:!?]*$", _I)
_MA_FIRST_BEFORE = re.compile(r"\bfirst\s+(?:[\w-]+\s+){0,2}$", _I)


def _ma_since(ctx: SentenceContext, m: re.Match[str]) -> TimeExpr | None:
    """The "since" of "above its 200-day for the first time since March" (None without the word
    "first": "above its 200-day since March" says how long it has stayed there, not a first).
    The time is consumed so no other rule reads it."""
    found = ctx.since_after(m.end(), within=60)
    if found is None:
        return None
    gap = ctx.text[m.end():ctx.rel(found[1].span)[0]]
    if not (_MA_FIRST_GAP.match(gap) or (_MA_FIRST_BEFORE.search(ctx.text[max(0, m.start() - 30):m.start()])
                                         and not gap.strip(" ,"))):
        return None
    ctx.used_t.add(found[0])
    return found[1]


# "has held above its 200-day moving average since the start of this year", "has traded below
# its 50-day since March": a stay on one side since a time, not a first cross
_HELD_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:held|stayed|remained|traded|been\s+trading|been|"
                          r"closed|sat|hovered)\s+(?:\w+\s+)?$", _I)


def _ma_held_since(ctx: SentenceContext, m: re.Match[str]) -> TimeExpr | None:
    """The "since" of "has held above its 200-day since the start of this year": right after the
    average, with a verb of staying before it (the time is consumed)."""
    if not _HELD_BEFORE.search(ctx.text[max(0, m.start() - 40):m.start()]):
        return None
    found = ctx.since_after(m.end(), within=4)
    if found is None:
        return None
    ctx.used_t.add(found[0])
    return found[1]


# ---------------------------------------------------------------- event patterns

_PATTERN_CUE = re.compile(r"\b(?:tend(?:s|ed)?\s+to|typically|historically|on\s+average|usually|have\s+(?:always|often)|"
                          r"in\s+(?:the\s+)?past\s+(?:\w+\s+)?(?:easing|rate-cutting|cutting|tightening|hiking)\s+cycles|"
                          r"(?:every|each)\s+(?:time|cycle)|(?<!industrial\s)(?<!transportation\s)(?<!utility\s)averag(?:e|ed)\s+(?:a\s+)?(?:gain|return|rise)s?\b|"
                          r"an\s+average\s+(?:(?:gain|return|rise|increase|decline|drop|loss)\s+)?of|"
                          r"(?:since|in)\s+\d{4},?\s+(?:small|large)[- ]caps\s+have)", _I)
_OUTCOME = re.compile(r"\b(?P<out>outperform\w*|beat\w*|outpac\w*|do\s+well|did\s+well|rall(?:y|ied|ies)|ris(?:e|en|es)|"
                      r"gain\w*|climb\w*|advanc\w*|return\w*)|(?P<under>underperform\w*|lag\w*|trail\w*|fall|fell|"
                      r"drop\w*|declin\w*|struggl\w*)\b", _I)
_EVENT = re.compile(r"\b(?:after|following|once|when|in\s+the\s+wake\s+of|around|before|ahead\s+of)\s+(?:the\s+|a\s+)?"
                    r"(?P<ev>(?:first\s+)?(?:fed\s+)?(?:rate\s+)?(?:cuts?|hikes?|reductions?|increases?)|"
                    r"(?:fed|central\s+bank)\s+(?:starts?|begins?)\s+(?:cutting|easing|hiking|raising)[\w\s]{0,15}|"
                    r"(?:start|beginning|onset)\s+of\s+(?:an?\s+|the\s+)?(?:easing|rate-cutting|tightening|hiking)\s+cycles?|"
                    r"(?:easing|rate-cutting|tightening)\s+cycles?\s+(?:begins?|starts?)|recessions?|elections?|"
                    r"(?:the\s+)?midterms?|bear\s+markets?|yield[- ]curve\s+inversions?)", _I)
_SPAN = re.compile(r"\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?P<a>" + NUMWORD + r")(?:\s*(?:-|to)\s*(?P<b>" + NUMWORD +
                   r"))?[\s-]+(?P<u>days?|weeks?|months?|years?|sessions?)\b", _I)


def _event_name(ev: str) -> str:
    e = ev.lower()
    if "recession" in e:
        return "recession"
    if "election" in e or "midterm" in e:
        return "election"
    cut = re.search(r"cut|reduction|easing", e)
    hike = re.search(r"hike|increase|tightening|raising", e)
    first = "first" in e or re.search(r"start|begin|onset", e)
    if cut:
        return "first_cut" if first else "cut"
    if hike:
        return "first_hike" if first else "hike"
    return re.sub(r"\s+", "_", e.strip())


@gated(_PATTERN_CUE)
def event_patterns(ctx: SentenceContext) -> None:
    cue = _PATTERN_CUE.search(ctx.text)
    if not cue:
        return
    # "has risen an average of 5.6%": the outcome verb stands just before this cue
    lead = 25 if cue.group(0).lower().startswith("an average") else 0
    out = _OUTCOME.search(ctx.text, max(0, cue.start() - lead))
    ev = _EVENT.search(ctx.text)
    qs_free = ctx.free_quantities((Unit.PCT, Unit.PP))
    if not out or not (ev or qs_free):
        return
    horizon = None
    sp = _SPAN.search(ctx.text, cue.start())
    if sp:
        a = count_value(sp.group("a"))
        b = count_value(sp.group("b")) if sp.group("b") else None
        horizon = TimeExpr(sp.group(0).strip(), TimeKind.HORIZON, span=Span(ctx.offset + sp.start(), ctx.offset + sp.end()),
                           anchor="after", count=float(a) if a else None, count_high=float(b) if b else None,
                           unit=sp.group("u").lower().rstrip("s"), note="counted from each event")
    qs = [ctx.use(i, "average") for i, _ in qs_free[:1]]
    under = bool(out.group("under"))
    comp = ctx.mention_after(out.end(), within=40)
    start = min(cue.start(), out.start())
    end = max(out.end(), ev.end() if ev else 0, sp.end() if sp else 0,
              *(ctx.rel(q.span)[1] for q in qs))
    subj = ctx.subject_for(start) or ctx.subject_for(out.start())
    ctx.make(ClaimKind.EVENT_PATTERN, start, end, subject=subj, comparison=comp, quantities=qs,
             hedge=qs[0].hedge if qs else Hedge.EXACT, time=horizon,
             direction=Direction.UNDERPERFORM if under else (
                 Direction.OUTPERFORM if re.match(r"outperform|beat|outpac|do well|did well", out.group(0), _I)
                 else Direction.UP),
             details={"event": _event_name(ev.group("ev")) if ev else "", "event_text": ev.group(0) if ev else "",
                      "outcome": out.group(0).lower(), "cue": cue.group(0)})
    ctx.consumed.append((start, end))


# ---------------------------------------------------------------- forecasts

_FORECAST_CUE = re.compile(r"\b(?:could|(?-i:may)(?!\s+\d)|might|will|would|should|expects?|expected|forecasts?|predicts?|projects?|"
                           r"sees|targets?|poised|likely|set\s+to)\b", _I)
_DURATION = re.compile(r"(?:(?P<h>" + "|".join(sorted((re.escape(w) for w in HEDGE_WORDS), key=len, reverse=True)) +
                       r")\s+)?(?P<n>" + NUMWORD + r"|a|an)(?:\s*(?:-|to)\s*(?P<n2>" + NUMWORD + r"))?[\s-]+"
                       r"(?P<u>days?|weeks?|months?|years?|sessions?)\b(?!\s+ago)", _I)




@gated(_FORECAST_CUE)
def forecasts(ctx: SentenceContext) -> None:
    for cue in _FORECAST_CUE.finditer(ctx.text):
        if ctx.is_consumed(*cue.span()):
            continue
        cs, ce = ctx.clause(cue.start())
        ce = min(len(ctx.text), max(ce, cue.end() + 80))
        qs = [(i, q) for i, q in ctx.free_quantities((Unit.PCT, Unit.POINTS, Unit.USD, Unit.NUMBER))
              if cue.end() <= ctx.rel(q.span)[0] <= ce]
        qs = [(i, q) for i, q in qs if q.unit is not Unit.NUMBER or q.value >= 100]
        dur = None
        for d in _DURATION.finditer(ctx.text, cue.end(), ce):
            if any(t.span and ctx.rel(t.span)[0] <= d.start() < ctx.rel(t.span)[1] and t.kind is TimeKind.TRAILING
                   for t in ctx.times):
                continue
            dur = d
            break
        if not qs and dur is None:
            continue
        quantities = [ctx.use(i, "target") for i, _ in qs[:2]]
        horizon = None
        if dur:
            n = 1 if dur.group("n").lower() in ("a", "an") else count_value(dur.group("n"))
            n2 = count_value(dur.group("n2")) if dur.group("n2") else None
            hedge = HEDGE_WORDS.get((dur.group("h") or "").lower(), Hedge.EXACT)
            horizon = TimeExpr(dur.group(0), TimeKind.HORIZON, span=Span(ctx.offset + dur.start(), ctx.offset + dur.end()),
                               anchor="next", count=float(n) if n else None, count_high=float(n2) if n2 else None,
                               unit=dur.group("u").lower().rstrip("s"), relative=True,
                               part=f"hedge:{hedge.value}" if hedge is not Hedge.EXACT else "")
            horizon = ctx.resolve(horizon, prefer="future")
        direction = ctx.direction_in(cue.start(), ce, Direction.UP)
        end = max([cue.end()] + [ctx.rel(q.span)[1] for q in quantities] + ([dur.end()] if dur else []))
        src = re.search(r"(?:according to|said|says|wrote)\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})", ctx.text)
        subject = ctx.subject_for(cue.start())
        if subject is None or subject.span is None:
            subject = ctx.mention_after(cue.end(), within=40) or subject
        ctx.make(ClaimKind.FORECAST, cue.start(), end, subject=subject, quantities=quantities,
                 hedge=quantities[0].hedge if quantities else Hedge.EXACT, direction=direction, time=horizon,
                 details={"cue": cue.group(0), "source": src.group(1) if src else "",
                          "horizon_hedge": (HEDGE_WORDS.get((dur.group("h") or "").lower(), Hedge.EXACT).value
                                            if dur else None)})
        ctx.consumed.append((cue.start(), end))
        break


# ---------------------------------------------------------------- opinions

# (not an outcome measured against expectations: "stronger than expected", "as analysts expected",
# "was widely expected", "had expected a smaller cut")
_OPINION = re.compile(r"\b(?:think|thinks|thought|believe[sd]?|expects?|"
                      r"(?<!than\s)(?<!as\s)(?<!widely\s)(?<!was\s)(?<!were\s)(?<!had\s)(?<!analysts\s)expected|"
                      r"view|bullish|bearish|optimistic|"
                      r"pessimistic|looking\s+(?:very\s+|really\s+)?(?:good|great|strong|attractive|weak)|attractive|"
                      r"poised\s+to|could\s+be\s+a\s+boost|should|we\s+like|favou?r|prefer|recommend|overweight|"
                      r"underweight|cheap|expensive|undervalued|overvalued|typically|tend\s+to|opportunity)\b", _I)
_MARKET = re.compile(r"\b(?:stocks?|shares|market|equit(?:y|ies)|companies|caps?|index|rally|trade|sector)\b", _I)


@gated(_OPINION)
def opinions(ctx: SentenceContext) -> None:
    if ctx.claims:
        return
    m = _OPINION.search(ctx.text)
    if not m or not (_MARKET.search(ctx.text) or ctx.names or ctx.refs):
        return
    subject = ctx.subject_for(m.start())
    if subject is None or subject.span is None:
        subject = ctx.mention_after(m.end(), within=len(ctx.text)) or subject
    ctx.make(ClaimKind.OPINION, 0, len(ctx.text), subject=subject,
             details={"cue": m.group(0)})


__all__ = ["event_patterns", "forecasts", "opinions", "price_levels"]
