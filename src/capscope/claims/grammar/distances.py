"""Distance claims: how far a close stands from a record or a recent high ("7% below its record",
"within 1 percentage point of its all-time high", "1171 points, or 12.5 per cent, below its record
closing high"), and the market states a distance defines ("entered correction territory", "its
first bear market since 2020")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pandas as pd

from capscope.claims.grammar.base import NUMWORD, SentenceContext, gated
from capscope.claims.grammar.price_moves import (
    NAMED_CLOSE_OF,
    is_definition,
    own_time,
    since_the_close_of,
    state_day,
)
from capscope.claims.grammar.references import SET_ON_AFTER, level_before_record, record_set_in
from capscope.claims.lexicon import count_value
from capscope.claims.model import (
    Claim,
    ClaimKind,
    Direction,
    Hedge,
    Quantity,
    Span,
    TimeKind,
    Unit,
)
from capscope.claims.timewindows import MONTH_NUM

_I = re.IGNORECASE

# ---------------------------------------------------------------- distance from the record

_DIST_AFTER = re.compile(
    r"^\s*(?:(?:decline|drop|fall|slide|pullback|retreat|discount)\s+)?(?:away\s+)?(?P<rel>from|below|off|under|short of|shy of|beneath|above|of|lower\s+than|since)\s+(?:reaching\s+|hitting\s+|making\s+|setting\s+)?"
    # ("within 6% of making new highs": new highs are records)
    r"(?:its|the|a|their|his|an|(?P<new>new)|last\s+(?:month|year|week)'s|this\s+year's|the\s+[A-Z][\w&.-]*(?:\s+[\w&.-]+){0,2}'s)\s+(?P<ref>(?:(?:recent|latest|most\s+recent|previous|prior|own|52-week|all-time|record|closing|"
    r"\d{1,2}(?:st|nd|rd|th)?,?|"
    # "14.7 percent off its 26,828.39 closing record high": the reference's level named before it
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d\d|"
    r"intraday|peak|pre-pandemic|" + NUMWORD + r"-(?:year|month|week)|(?:mid-|early-|late-)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:19|20)\d\d(?:'s|,)?)\s+)*(?:high|highs|peak|record|top|low|lows))", _I)
_WITHIN = re.compile(r"\bwithin\s+(?:about\s+|almost\s+|nearly\s+|roughly\s+|just\s+)?$", _I)
# the percent that restates a points distance: "1171 points, or 12.5 per cent, below its record"
_OR_PCT = re.compile(r",?\s*or\s+(?:about\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s*,?", _I)
_FROM_DATED_HIGH = re.compile(r"^\s*(?:territory\s+)?(?:from|off)\s+(?:its|the|their)\s+[^,;.]{0,30}?"
                              r"(?:high|peak|record|top)s?\b", _I)
_TERRITORY = re.compile(r"\b(?:in(?:to)?|entered|enter|entering|out of)\s+(?:a\s+)?(?P<state>correction|bear[- ]market)"
                        r"(?:\s+territory)?", _I)


def _reference_period(ctx: SentenceContext, own: list[int], ref: str) -> dict | None:
    """The calendar window a reference point names ("its 2007 peak", "its October 1997 record",
    "the November 25 peak"), as ISO bounds, or None when it names none."""
    for k in own:
        t = ctx.resolve(ctx.times[k])
        if t.kind in (TimeKind.YEAR, TimeKind.MONTH, TimeKind.DAY) and t.start and t.end:
            return {"start": t.start.isoformat(), "end": t.end.isoformat(), "label": t.raw.strip()}
    year = re.search(r"\b((?:19|20)\d\d)\b(?!'s)", ref)  # a bare year: "its 2007 peak"
    if year is not None:
        y = year.group(1)
        return {"start": f"{y}-01-01", "end": f"{y}-12-31", "label": y}
    month = _BARE_MONTH.search(ref)  # "its April low": the latest April up to the article's day
    pub = ctx.state.published
    if month is not None and pub is not None:
        m = MONTH_NUM.get(month.group(0).lower().rstrip(".")[:3])
        if m:
            y = pub.year if m <= pub.month else pub.year - 1
            last = (pd.Timestamp(y, m, 1) + pd.offsets.MonthEnd(0)).date()
            return {"start": f"{y}-{m:02d}-01", "end": last.isoformat(), "label": month.group(0)}
    return None


_LOOKBACK_REF = re.compile(r"\b(?P<n>" + NUMWORD + r")-(?P<u>year|month|week)\b", _I)


def _lookback_period(ctx: SentenceContext, m: re.Match[str]) -> dict | None:
    """"A 14-year high": the highest close of the 14 years up to the article's day."""
    pub = ctx.state.published
    if pub is None:
        return None
    n, unit = count_value(m.group("n")), m.group("u").lower()
    if n is None:
        return None
    start = pd.Timestamp(pub) - pd.DateOffset(**{f"{unit}s": n})
    return {"start": start.date().isoformat(), "end": pub.isoformat(), "label": m.group(0)}


_BARE_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=\s)", re.I)


# "a full 7,617 points under its record close of Oct. 9, 2007, for a drop of nearly 54%": the
# drop restates the distance the clause before names
_FOR_A_DROP = re.compile(r"\bfor\s+(?:a|an)\s+(?:\w+\s+)?(?:drop|decline|loss|fall|slide|plunge)\s+of\s+$", _I)
_UNDER_RECORD = re.compile(r"\b(?:under|below|off|from|short\s+of)\s+(?:its|the|their)\s+(?P<ref>(?:all-time\s+|record\s+|"
                           r"closing\s+)*(?:high|record|peak)(?:\s+close)?)(?:\s+of\s+(?P<when>[^,;]{3,30}?))?\s*,", _I)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 - the last one is wanted
        pass
    return last


@gated(_FOR_A_DROP)  # (the rule needs both patterns; this one filters more)
def _drop_from_named_record(ctx: SentenceContext) -> None:
    for i, q in ctx.free_quantities((Unit.PCT,)):
        s, e = ctx.rel(q.span)
        lead = ctx.text[max(0, s - len(q.hedge_text) - 30):s - (len(q.hedge_text) + 1 if q.hedge_text else 0)]
        if not _FOR_A_DROP.search(lead + " ") and not _FOR_A_DROP.search(lead):
            continue
        ref = _last(_UNDER_RECORD.finditer(ctx.text, max(0, s - 120), s))
        if ref is None or ("record" not in ref.group("ref").lower() and "all-time" not in ref.group("ref").lower()):
            continue
        qq = ctx.use(i, "distance")
        own = [k for k, t in enumerate(ctx.times) if ref.start() <= ctx.rel(t.span)[0] < ref.end()]
        ctx.used_t |= set(own)  # the record's own date
        start = ctx.hedge_start(q)
        ctx.make(ClaimKind.DISTANCE_FROM_RECORD, start, e, subject=ctx.subject_for(ref.start()),
                 quantities=[qq], hedge=q.hedge, direction=Direction.DOWN,
                 time=own_time(ctx, ref.start(), kinds=(TimeKind.DAY, TimeKind.WEEKDAY),
                                skip=(ref.start(), ref.end())),
                 details={"reference": "record"})
        ctx.consumed.append((start, e))


# "would need to gain less than 7 percent to surpass its own record", "would still have to climb by
# almost 95% to break the 2000 record close", "For them to set new all-time highs again, the Russell
# 3000 would have to rise 1.75%": the gain that would regain the record, stated as a condition
_NEEDS_TO_GAIN = re.compile(r"\b(?:would|will)\s+(?:still\s+)?(?:need|have)\s+to\s+(?:gain|rise|climb|rally|advance|jump|add)"
                            r"\s+(?:by\s+)?(?:another\s+)?(?=(?:about|almost|nearly|less\s+than|more\s+than|roughly|just)?\s*[\d.])", _I)
_TO_THE_RECORD = r"(?:surpass|break|top|reach|regain|set|exceed|match|hit|retake|reclaim|make)\s+(?:[\w'-]+\s+){0,4}?" \
                 r"(?:record|all-time\s+highs?|new\s+highs?)"
_THE_RECORD_AFTER = re.compile(r"^\s*(?:,\s*)?(?:to|in\s+order\s+to|before\s+it\s+(?:can|could))\s+" + _TO_THE_RECORD, _I)
_THE_RECORD_BEFORE = re.compile(r"^\s*for\s+(?:[\w&'.-]+\s+){1,4}?to\s+" + _TO_THE_RECORD, _I)


@gated(_NEEDS_TO_GAIN)
def _gain_to_the_record(ctx: SentenceContext) -> None:
    """The gain a close needs to reach its record, read as the distance from it (the distance
    verifier gives both: the drop from the record and the gain that would regain it)."""
    for m in _NEEDS_TO_GAIN.finditer(ctx.text):
        found = ctx.quantity_near(m.end(), within=12, units=(Unit.PCT,))
        if found is None:
            continue
        i, q = found
        e = ctx.rel(q.span)[1]
        after = _THE_RECORD_AFTER.match(ctx.text[e:e + 80])
        if after is None and not _THE_RECORD_BEFORE.match(ctx.text):
            continue  # ("it would need to fall another 7% for the correction to reach average levels")
        end = e + after.end() if after is not None else e
        start = ctx.hedge_start(q)
        ctx.make(ClaimKind.DISTANCE_FROM_RECORD, start, end, subject=ctx.subject_for(m.start()),
                 quantities=[ctx.use(i, "distance")], hedge=q.hedge, direction=Direction.DOWN,
                 details={"reference": "record", "gain_needed": True})
        ctx.consumed.append((start, end))


def distance(ctx: SentenceContext) -> None:
    """Distances from a record, a recent high or a low, and market states (correction, bear)."""
    _from_a_dated_close(ctx)
    _gain_to_the_record(ctx)
    _stated_distances(ctx)
    _drop_from_named_record(ctx)
    _first_state_since(ctx)
    _market_states(ctx)


# "23.40% above the Election Day close of 27480.03 on Tuesday, Nov. 3, 2020": the change since that
# day's close, named by its level and its full date (Dow Jones's "Data Talk" lists a run of them)
_ABOVE_DATED_CLOSE = re.compile(r"^\s+(?P<rel>above|below|under|over|up\s+from|down\s+from)\s+(?:the|its)\s+"
                                + NAMED_CLOSE_OF + "$", _I)


def _from_a_dated_close(ctx: SentenceContext) -> None:
    """A percent above (below) a close the words date in full: the change from that close to the
    article's day, as a return since that day (the stated close is the references rule's claim)."""
    if " close of " not in ctx.text:
        return
    for i, q in ctx.free_quantities((Unit.PCT,)):
        s, e = ctx.rel(q.span)
        t = next((t for t in ctx.times if t.span is not None and t.kind is TimeKind.DAY and t.year is not None
                  and _ABOVE_DATED_CLOSE.match(ctx.text[e:ctx.rel(t.span)[0]])), None)
        if t is None:
            continue
        rel = _ABOVE_DATED_CLOSE.match(ctx.text[e:ctx.rel(t.span)[0]]).group("rel").lower()
        down = rel in ("below", "under") or rel.startswith("down")
        since = since_the_close_of(ctx, t)
        if since is None:
            continue
        start = ctx.hedge_start(q)
        ctx.make(ClaimKind.PERIOD_RETURN, start, e, subject=ctx.subject_for(start),
                 quantities=[ctx.use(i, "move", -1 if down else 1)], hedge=q.hedge,
                 direction=Direction.DOWN if down else Direction.UP, time=since,
                 details={"measure": "pct", "window": "since"})
        ctx.consumed.append((start, e))


@gated(_DIST_AFTER)
def _stated_distances(ctx: SentenceContext) -> None:
    # "within three percentage points of its record high": points of percent, a distance too;
    # "1171 points, or 12.5 per cent, below its record closing high": index points, a distance too
    for i, q in ctx.free_quantities((Unit.PCT, Unit.PP, Unit.POINTS)):
        s, e = ctx.rel(q.span)
        pair = _OR_PCT.match(ctx.text, e) if q.unit is Unit.POINTS else None
        if pair is not None:
            e = pair.end()
        m = _DIST_AFTER.match(ctx.text[e:e + 80])
        if not m or m.group("rel").lower() == "above" and "low" not in m.group("ref").lower():
            continue
        if m.group("rel").lower() == "of" and not _WITHIN.search(ctx.text[max(0, s - 20):s]):
            continue
        if re.match(r"^\s*(?:close|closing\s+\w+|level)?\s*(?:to|and|through|until)\s+(?:its|the|a|their)\b",
                    ctx.text[e + m.end():e + m.end() + 40], _I):
            continue  # "fell 14% from its Jan. 4 record close to its Jan. 27 close": a move over a span
        if is_definition(ctx, s, e):
            continue  # "define a correction as a decline of at least 10% from a closing high"
        ref = m.group("ref").lower()
        hedge = q.hedge
        if _WITHIN.search(ctx.text[max(0, s - 20):s]):
            hedge = Hedge.AT_MOST
        qq = ctx.use(i, "distance")
        qq.hedge = hedge
        if qq.value < 0:  # "down -14% from its all-time highs": a distance is a size, the words its side
            qq.value, qq.sign = -qq.value, 0
        both = [qq]
        if pair is not None:  # the percent that restates it is checked with it
            both += [ctx.use(j, "distance") for j, p in ctx.free_quantities((Unit.PCT,))
                     if pair.start() <= ctx.rel(p.span)[0] < pair.end()]
        # ("its 52-week low" is a low, not the 52-week high)
        reference = ("record" if any(w in ref for w in ("all-time", "record")) or m.group("new") else
                     "low" if "low" in ref else "52-week high" if "52-week" in ref else "recent high")
        lookback = _LOOKBACK_REF.search(ref)
        end = e + m.end()
        start = ctx.hedge_start(q)
        own_dates = [k for k, t in enumerate(ctx.times) if e <= ctx.rel(t.span)[0] < end]
        after = next((k for k, t in enumerate(ctx.times) if 0 <= ctx.rel(t.span)[0] - end <= 1
                      and t.kind in (TimeKind.MONTH, TimeKind.YEAR, TimeKind.DAY, TimeKind.FUZZY)), None)
        if after is not None:  # "from its low in March 2009": the reference's own period
            own_dates.append(after)
            end = ctx.rel(ctx.times[after].span)[1]
        ctx.used_t |= set(own_dates)  # the reference's own date
        details: dict = {"reference": reference}
        period = _reference_period(ctx, own_dates, m.group("ref"))
        if period is None and lookback is not None and reference != "52-week high":
            period = _lookback_period(ctx, lookback)  # "about 20 points away from a 14-year high"
        if period is not None:
            details["period"] = period  # "its 2007 peak": the peak of that period
        claim = ctx.make(ClaimKind.DISTANCE_FROM_RECORD, start, end,
                         subject=ctx.subject_for(s), quantities=both, hedge=hedge,
                         direction=Direction.UP if reference == "low" else Direction.DOWN,
                         time=own_time(ctx, s, kinds=(TimeKind.DAY, TimeKind.WEEKDAY), skip=(e, end)),
                         details=details)
        ctx.consumed.append((s, end))
        for j, level in enumerate(ctx.quantities):  # "off its 26,828.39 closing record high"
            if j not in ctx.used_q and e <= ctx.rel(level.span)[0] < end:
                level_before_record(ctx, j, level)
        _reference_level(ctx, claim, end)
        if reference == "record" and ("clos" in ref or _CLOSE_ON.match(ctx.text, end)):
            # "has fallen 17% since its all-time high close on August 31st": the record close's own
            # day ("its record high, set at the end of July" may be the intraday one: left alone,
            # as the references rule leaves it)
            record_set_in(ctx, end)


_CLOSE_ON = re.compile(r"\s+(?:close|closing\s+level)\s+on\s", _I)
_OF_LEVEL = re.compile(r"\s+(?:of|at)\s+(?=\$?\d)", _I)


def _reference_level(ctx: SentenceContext, distance: Claim, end: int) -> None:
    """"14.40% above its 52-week low of 28725.51", "169 points above its July 23 low of 7,702.34":
    the reference's own level, stated after it, is a claim about the reference the distance reads
    (``details["reference_level"]``), checked against the same close."""
    m = _OF_LEVEL.match(ctx.text, end)
    if m is None:
        return
    if distance.details.get("reference") == "record":
        return  # a record's level (and the day "set on Jan. 23") is the references rule's
    period, t = distance.details.get("period"), distance.time
    if period and t is not None and t.end is not None and str(period.get("end", "")) > t.end.isoformat():
        return  # a look-back ("the 17-month high") counted to publication, not to the claim's own day
    found = ctx.quantity_near(m.end(), within=2, units=(Unit.NUMBER, Unit.USD, Unit.POINTS))
    if found is None or found[0] in ctx.used_q:
        return
    i, q = found
    qe = ctx.rel(q.span)[1]
    ctx.make(ClaimKind.DISTANCE_FROM_RECORD, end, qe, subject=distance.subject,
             quantities=[ctx.use(i, "level")], hedge=q.hedge, direction=distance.direction,
             time=distance.time, details={**distance.details, "reference_level": True})
    ctx.consumed.append((end, qe))
    set_on = SET_ON_AFTER.match(ctx.text, qe)
    if set_on is not None:
        # "its own high of 5,048.62 reached March 10, 2000": the reference's day, no later claim's
        for k, t in enumerate(ctx.times):
            if t.span is not None and 0 <= ctx.rel(t.span)[0] - set_on.end() <= 1:
                ctx.used_t.add(k)
                ctx.consumed.append((qe, ctx.rel(t.span)[1]))



# "its first bear market since March 9, 2020", "the first 10 percent decline in four years", "a
# bear market, the first for the benchmark since October 2002": the episode before the current one
_FIRST_STATE = re.compile(
    r"\b(?:its|the|their|a)\s+first\s+(?:official\s+|full\s+|true\s+)?(?:(?P<state>correction|bear[\s-]market)"
    r"(?:\s+(?:decline|slide|drop)(?:\s+of\s+(?:at\s+least\s+|more\s+than\s+)?\d{1,2}\s*(?:%|percent))?)?|"
    r"(?P<pct>\d{1,2})(?:\s*%|\s+percent|-percent)\s+(?:decline|drop|fall|correction|pullback|slide))"
    r"\s+(?P<how>since|in)\b|"
    r"\b(?P<state2>correction|bear[\s-]market)\s*,\s*(?:its|the)\s+first\s+(?:for\s+(?:the\s+)?[\w&-]+(?:\s+[\w&-]+){0,3}?\s+)?"
    r"(?P<how2>since|in)\b", _I)
_STATE_DEPTH = {"correction": 10.0, "bear market": 20.0}


@gated(_FIRST_STATE)
def _first_state_since(ctx: SentenceContext) -> None:
    """A market state's "first ... since X" (or "in N years"): a claim about the episode of that
    depth before the current one (``stats.extremes.drawdown_episodes``)."""
    for m in _FIRST_STATE.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        word = (m.group("state") or m.group("state2") or "").lower().replace("-", " ")
        word = re.sub(r"\s+", " ", word)
        depth = float(m.group("pct")) if m.group("pct") else _STATE_DEPTH[word]
        group = "how" if m.group("how") else "how2"
        details: dict = {"reference": "record", "state": word or f"{depth:g}% decline", "depth_pct": depth,
                         "first_since": True}
        dated = ctx.first_since_time(m, group)
        if dated is None:
            continue
        since, gap, end = dated
        details.update(gap)
        ctx.make(ClaimKind.DISTANCE_FROM_RECORD, m.start(), end, subject=ctx.subject_for(m.start()),
                 direction=Direction.DOWN, time=state_day(ctx, m.start()), since=since, details=details)
        ctx.consumed.append((m.start(), end))


# a past verb of entry before "into": the state was entered then, not held on the article's day
_ENTERED_BEFORE = re.compile(r"\b(?:dipped|fell|slid|sank|tumbled|plunged|slipped|moved|went|crashed|dropped|"
                             r"plummeted|sunk|skidded)\s+$", _I)


@gated(_TERRITORY)
def _market_states(ctx: SentenceContext) -> None:
    for m in _TERRITORY.finditer(ctx.text):
        state = m.group("state").lower().replace("-", " ")
        q = Quantity(10.0 if state == "correction" else 20.0, Unit.PCT, state,
                     Span(ctx.offset + m.start(), ctx.offset + m.end()), hedge=Hedge.AT_LEAST, role="distance")
        out = m.group(0).lower().startswith("out")
        day = state_day(ctx, m.start())
        month = ctx.time_for(m.end(), kinds=(TimeKind.MONTH,), allow_since=False) if day is None else None
        entered = m.group(0).lower().startswith("entered") or _ENTERED_BEFORE.search(ctx.text, max(0, m.start() - 20),
                                                                                      m.start())
        if day is None and entered and (month is None or month.span is None):
            stop = ctx.text.find(";", m.end())
            later = next((t for t in ctx.times if t.kind is TimeKind.MONTH and t.span is not None and t.anchor != "since"
                          and m.end() <= ctx.rel(t.span)[0] < (stop if stop >= 0 else len(ctx.text))), None)
            month = ctx.resolve(later) if later is not None else None
        if month is not None and month.span is not None and (0 <= ctx.rel(month.span)[0] - m.end() <= 1 or entered):
            # "slipped into correction territory in March", "dipped into bear market territory when
            # recession fears set off a sell-off in December": one of the month's sessions
            day = month
        ref = _FROM_DATED_HIGH.match(ctx.text[m.end():m.end() + 50])
        if day is not None and day.span is not None and ref is not None and \
                ctx.rel(day.span)[0] < m.end() + ref.end():
            day = None  # "in a correction from its November 19 high": that date is the high's
        ctx.make(ClaimKind.DISTANCE_FROM_RECORD, m.start(), m.end(), subject=ctx.subject_for(m.start()),
                 quantities=[q], hedge=Hedge.LESS_THAN if out else Hedge.AT_LEAST,
                 direction=Direction.DOWN,
                 time=day,
                 details={"reference": "recent high", "state": state})
        ctx.consumed.append(m.span())


__all__ = ["distance"]
