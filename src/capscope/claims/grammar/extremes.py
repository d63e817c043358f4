"""Claims about extremes: distance from a record ("7% below its record"), highest/lowest/
best/worst since ("its biggest drop since March", ranks), and records ("a record close")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pandas as pd

from capscope.claims.grammar.base import DAY_KINDS, NUMWORD, ORDWORD, SentenceContext, gated
from capscope.claims.grammar.price_moves import (
    is_definition,
    own_time,
    state_day,
)
from capscope.claims.grammar.references import level_before_record
from capscope.claims.grammar.superlatives import (
    N_SESSIONS,
    month_of_year,
    quarter_of_year,
    superlative_measure,
)
from capscope.claims.lexicon import count_value
from capscope.claims.model import (
    Claim,
    ClaimKind,
    Direction,
    Hedge,
    Mention,
    Quantity,
    Span,
    TimeExpr,
    TimeKind,
    Unit,
)
from capscope.claims.timewindows import MONTH_NUM

_I = re.IGNORECASE


# ---------------------------------------------------------------- distance from the record

_DIST_AFTER = re.compile(
    r"^\s*(?:(?:decline|drop|fall|slide|pullback|retreat|discount)\s+)?(?:away\s+)?(?P<rel>from|below|off|under|short of|shy of|beneath|above|of|lower\s+than)\s+(?:reaching\s+|hitting\s+|making\s+|setting\s+)?"
    # ("within 6% of making new highs": new highs are records)
    r"(?:its|the|a|their|his|an|(?P<new>new)|last\s+(?:month|year|week)'s|this\s+year's|the\s+[A-Z][\w&.-]*(?:\s+[\w&.-]+){0,2}'s)\s+(?P<ref>(?:(?:recent|latest|most\s+recent|previous|prior|52-week|all-time|record|closing|"
    r"\d{1,2}(?:st|nd|rd|th)?,?|"
    # "14.7 percent off its 26,828.39 closing record high": the reference's level named before it
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d\d|"
    r"intraday|peak|pre-pandemic|" + NUMWORD + r"-(?:year|month|week)|(?:mid-|early-|late-)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:19|20)\d\d(?:'s)?)\s+)*(?:high|highs|peak|record|top|low|lows))", _I)
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


def distance(ctx: SentenceContext) -> None:
    """Distances from a record, a recent high or a low, and market states (correction, bear)."""
    _stated_distances(ctx)
    _drop_from_named_record(ctx)
    _first_state_since(ctx)
    _market_states(ctx)


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


# ---------------------------------------------------------------- highest / lowest since

_SUPER = re.compile(
    r"\b(?P<w>highest|lowest|best|worst|strongest|weakest|biggest|largest|sharpest|steepest|"
    r"smallest|deepest|top|bottom)\b(?P<mid>(?:\s+[\w-]+){0,4}?)"
    # "the worst day for the S&P 500 and the Nasdaq Composite since 2022": whose it is
    r"(?P<for>\s+for\s+(?:the\s+)?(?:[\w&.'-]+\s+){0,6}?[\w&.'-]+)?"
    r"\s+(?:since|in\s+(?:more\s+than|nearly|over|about|almost)?\s*"
    r"(?P<n>\d+\.\d+|" + NUMWORD + r"|a)\s+(?P<u>years?|months?|weeks?|decades?)|"
    r"(?P<ever>ever|in\s+(?:its\s+|their\s+|the\s+index's\s+)?(?:[\w-]+\s+)?history|on\s+record|of\s+all\s+time)|"
    r"(?P<within>(?:of|in)\s+(?:the\s+year(?:\s+so\s+far)?|(?P<year>(?:19|20)\d\d))|(?:so\s+far\s+)?this\s+year|"
    r"year[\s-]to[\s-]date))\b", _I)
_NOT_SEEN = re.compile(r"\b(?:levels?|highs?|lows?|prices?)\s+(?:not|last|un)\s*seen\s+since\b|"
                       r"\bfor\s+the\s+first\s+time\s+since\b|"
                       # (also the infinitive: "managed to close above 23,000 for the first time", "to top 17,000")
                       r"\b(?P<ever>(?:closed|close|closes|closing|ended|end|finished|finish|settled|settle|rose|rising|"
                       r"climbed|climbing|topped|topping|top|tops|crossed|crossing|cross|broke|breaking|break|eclipsed|"
                       r"eclipsing|surpassed|surpassing|cleared|clearing)\s+"
                       r"(?:above|over|through)?\s*(?:the\s+)?[\d,.]+(?:[\s-]+(?:points?|point\s+mark|mark|level))?\s+for\s+the\s+first\s+time|"
                       # "its first close above 26,000 points": ever, when no span follows
                       r"(?:its|their|a)\s+first\s+(?:close|finish)\s+(?:above|over|below|under)\s+[\d,.]+(?:\s+points)?)"
                       r"(?!\s+(?:since|in)\b)", _I)
# a bare move verb right before "for the first time since": "fell for the first time since Jan. 12"
_BARE_MOVE = re.compile(r"\b(?:(?P<down>fell|declined|dropped|slipped|retreated|slid|lost\s+ground)|"
                        r"rose|gained|climbed|advanced|rallied)\s+$", _I)
# a move of a stated size before "for the first time since": "closed up 6.5% or greater",
# "fell more than 5%"
_SIZED_MOVE = re.compile(r"\b(?:(?:closed|ended|finished)\s+)?(?:(?P<down>down|fell|dropped|lost|sank|plunged|tumbled)|"
                         r"up|rose|gained|jumped|surged|soared|climbed|rallied)\s+(?:(?:more\s+than|over|at\s+least)\s+)?"
                         r"(?P<x>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)(?:\s+or\s+(?:more|greater|better|worse))?"
                         r"[^.;%]{0,40}$", _I)
# a crossing that did not happen
_NEAR_MISS = re.compile(r"\b(?:within\s+[^,;]{0,25}?\s+of|shy\s+of|short\s+of|close\s+to|nearly|almost|"
                        r"failed\s+to|fell\s+short\s+of)\s+(?:(?:crossing|reaching|topping|hitting|breaking|"
                        r"closing\s+above|clearing)\s+)?(?:[\d,.]+\s+(?:points\s+)?)?$", _I)
_SIDE_WORD = re.compile(r"\b(?:(?P<down>below|under|fell|dropped|sank|slid|lower|lows?)|"
                        r"above|over|topped|topping|rose|climbed|crossed|broke|higher|highs?)\b", _I)
_AVERAGE_LINE = re.compile(r"\bmoving\s+average|\b\d{1,3}-(?:day|week|month)\s+(?:average|line|MA)\b", _I)
_LOOKBACK = re.compile(r"\b(?P<n>" + NUMWORD + r")[\s-](?P<u>day|week|month|year)[\s-](?P<hl>high|low)s?\b", _I)


_IN_POINTS = re.compile(r"\b(?:in|by|measured\s+in)\s+(?:point\s+terms|points)\b", _I)


def _possessor(ctx: SentenceContext, pos: int) -> Mention | None:
    """"It was the Dow's fourth-largest decline ever": the name owning the superlative."""
    for n in ctx.names:
        if n.symbol and n.span is not None:
            s, e = ctx.rel(n.span)
            if 0 <= pos - e <= 3 and ctx.text[e:pos].strip() in ("'s", "\u2019s"):
                return n
    return None


_ONE_OF = re.compile(r"\bone\s+of\s+(?:the|its|their)\s+$", _I)
# an ordinal right before a superlative makes it a rank: "17th-worst", "second-biggest", "third largest"
_RANK_BEFORE = re.compile(r"\b(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + ORDWORD + r")[\s-]+$", _I)


_AHEAD_OF_IT = re.compile(r"\b(?:behind(?:\s+only)?|second\s+only\s+to|trailing\s+only|after\s+only)\b", _I)
_RANKED_MOVE = re.compile(
    r"\b(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + ORDWORD + r")[\s-]+(?P<w>biggest|largest|worst|best|steepest|sharpest)"
    r"(?:\s+(?:one-day|single-day|daily|percentage|percent|point))*\s+(?:drop|decline|loss|fall|slide|plunge|gain|"
    r"rise|advance|jump|rally)s?\b(?!\s+(?:since|in|of\s+(?:the|20\d\d|19\d\d)|this|last|for\s+the))", _I)







@gated(_SUPER, _NOT_SEEN, _RANKED_MOVE, _LOOKBACK)
def highest_since(ctx: SentenceContext) -> None:
    day_kinds = DAY_KINDS
    for m in _SUPER.finditer(ctx.text):
        if ctx.is_consumed(*m.span()) or re.search(r"\bstreak|run\b", m.group("mid"), _I):
            continue
        if _SPREAD_SUBJECT.search(ctx.text, ctx.clause(m.start())[0], m.start()):
            continue  # "The gap between the 10-year and 2-year yields ..., its highest level since early 2017"
        w, mid = m.group("w").lower(), m.group("mid")
        subject_override = None
        measure = superlative_measure(mid, w)
        closed_out = _CLOSES_OUT.search(ctx.text, ctx.clause(m.start())[0], m.start())
        if measure == "day_move" and closed_out is not None and not _DAY_WORD.search(mid):
            # "S&P 500 closes out dismal year with worst loss since 2008": the period the verb closes
            measure = f"{closed_out.group('p').lower()}_move"
        losing = re.search(r"\b(?:drop|decline|loss|fall|selloff|sell-off|slide|plunge|rout|tumble|dive|"
                           r"slump|retreat|losse)s?\b", mid, _I)
        if w in ("lowest", "worst", "weakest", "bottom", "deepest") or (losing and w in (
                "biggest", "largest", "sharpest", "steepest")):
            kind = ClaimKind.LOWEST_SINCE
        else:
            kind = ClaimKind.HIGHEST_SINCE
        if measure != "close" and w in ("biggest", "largest", "sharpest", "steepest") and not losing:
            kind = ClaimKind.HIGHEST_SINCE
        since = None
        details: dict = {"measure": measure, "superlative": w}
        if measure == "sessions_move":
            details["sessions"] = count_value(N_SESSIONS.search(mid).group("n"))
        month = month_of_year(mid) if measure == "month_move" else None
        if month:
            details["month_of_year"] = month  # "its biggest December decline": Decembers only
        quarter = quarter_of_year(mid) if measure == "quarter_move" else None
        if quarter:
            details["quarter_of_year"] = quarter  # "its best first quarter since 1998": first quarters only
        if measure in ("day_move", "sessions_move", "week_move", "month_move", "quarter_move") and \
                re.search(r"\bpoints?\b", mid, _I):
            # "its biggest one-day point jump in nearly five years", "its biggest weekly point gain"
            details["unit"] = "points"
        if _ONE_OF.search(ctx.text[max(0, m.start() - 20):m.start()]):
            details["one_of"] = True  # "one of their biggest gains since World War II": a top rank
        if m.group("ever"):
            if measure != "day_move":
                continue  # "the highest close ever" is the record rule's
            details["ever"] = True  # "its worst one-day point decline ever": a record move
            details["unit"] = "points" if re.search(r"\bpoints?\b", mid, _I) or _IN_POINTS.search(
                ctx.text[:m.start()]) else "pct"
            rank = _RANK_BEFORE.search(ctx.text, 0, m.start())
            if rank is not None:  # "the 17th-worst percentage loss in its history"
                details["rank"] = count_value(rank.group("ord"))
            owner = _possessor(ctx, rank.start() if rank is not None else m.start())
            if owner is not None:
                subject_override = owner
        elif m.group("within"):
            if measure not in ("day_move", "close"):
                continue  # "its best week of the year": no period rank yet; left to no claim
            # "its worst day of 2019", "the highest close of the year": nothing earlier in that
            # calendar year beyond it (the year the words name, else the day's own)
            year = m.group("year")
            details["within"] = {"unit": "year", "year": int(year) if year else None}
            rank = _RANK_BEFORE.search(ctx.text, 0, m.start())
            if rank is not None and measure == "day_move":  # "its second-worst loss of the year"
                details["rank"] = count_value(rank.group("ord"))
            ctx.used_t |= {i for i, t in enumerate(ctx.times)
                           if t.span is not None and m.start("within") <= ctx.rel(t.span)[0] < m.end()}
        elif m.group("u"):
            n = 1 if m.group("n").lower() == "a" else (
                float(m.group("n")) if "." in m.group("n") else count_value(m.group("n")))
            details["lookback"] = {"count": n, "unit": m.group("u").lower().rstrip("s"),
                                   "hedge": "more_than" if re.search(r"more than|over", m.group(0), _I) else "exact"}
        else:
            found = ctx.since_after(m.end() - 6, within=8)
            if found is None:
                continue
            ctx.used_t.add(found[0])
            since = found[1]
            rank = _RANK_BEFORE.search(ctx.text, 0, m.start())
            if rank is not None:  # "its third best week since World War II": a rank, not the best
                details["rank"] = count_value(rank.group("ord"))
        end = since.span.end - ctx.offset if since and since.span else m.end()
        time = ctx.time_for(m.start(), kinds=(*day_kinds, TimeKind.WEEK, TimeKind.MONTH), allow_since=False)
        owners = [n for n in (*ctx.names, *ctx.refs) if n.symbol and n.span is not None and m.group("for")
                  and m.start("for") <= ctx.rel(n.span)[0] < m.end("for")]
        for subject in owners or [subject_override or ctx.subject_for(m.start())]:
            ctx.make(kind, m.start(), end, subject=subject, since=since, time=time,
                     direction=Direction.UP if kind is ClaimKind.HIGHEST_SINCE else Direction.DOWN,
                     details=details)
        ctx.consumed.append((m.start(), end))
    for m in _NOT_SEEN.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        if m.group(0).lower().startswith("for") and _AVERAGE_LINE.search(ctx.text):
            continue  # "above its 200-day average for the first time since March": the average's side, not a high
        if m.group(0).lower().startswith("for") and _first_record_since_at(ctx, m.start()):
            continue  # "closed at a record high for the first time since August 2018": the records rule's
        if _NEAR_MISS.search(ctx.text, max(0, m.start() - 60), m.start()):
            continue  # "came within 82 points of crossing 10,000 for the first time since October"
        ever = m.group("ever") is not None  # "closed above 50,000 for the first time": ever
        found = None if ever else ctx.since_after(m.end() - 6, within=8)
        if found is None and not ever:
            continue
        if found is not None:
            ctx.used_t.add(found[0])
        cs, _ = ctx.clause(m.start())
        before = ctx.text[max(cs, m.start() - 60):m.start()]
        level = (ctx.quantity_near(m.start(), within=len(m.group(0)), units=(Unit.NUMBER, Unit.USD, Unit.POINTS))
                 if ever else
                 ctx.quantity_near(m.start(), after=False, within=40, units=(Unit.NUMBER, Unit.USD)))
        # the side is the last direction word before the level ("soared 22% from its Oct. 27 low
        # and topped 2,000 ... for the first time since": above)
        sides = list(_SIDE_WORD.finditer(before + m.group(0)))
        down = bool(sides) and sides[-1].group("down") is not None
        kind = ClaimKind.LOWEST_SINCE if down else ClaimKind.HIGHEST_SINCE
        qs = [ctx.use(level[0], "level")] if level else []
        start = min([m.start()] + [q.span.start - ctx.offset for q in qs])
        end = found[1].span.end - ctx.offset if found is not None else m.end()
        details = {"measure": "level" if qs else "close", **({"ever": True} if ever else {})}
        sized = None if qs or ever else _SIZED_MOVE.search(ctx.text, cs, m.start())
        bare = None if qs or ever or sized is not None else _BARE_MOVE.search(ctx.text, max(cs, m.start() - 20), m.start())
        if bare is not None:
            # "the Russell 2000 fell for the first time since Jan. 12": its first down session
            # since then (a move of any size that way), not its lowest close since
            details = {"measure": "day_move", "superlative": "most", "threshold_pct": 1e-4}
            down = bare.group("down") is not None
            kind = ClaimKind.LOWEST_SINCE if down else ClaimKind.HIGHEST_SINCE
        if sized is not None:
            # "all closed up 6.5% or greater on the same day for the first time since November
            # 13, 2008": the first move of that size since, not the highest close since
            details = {"measure": "day_move", "superlative": "most",
                       "threshold_pct": float(sized.group("x"))}
            down = sized.group("down") is not None
            kind = ClaimKind.LOWEST_SINCE if down else ClaimKind.HIGHEST_SINCE
        ctx.make(kind, start, end, subject=ctx.subject_for(start),
                 since=found[1] if found is not None else None, quantities=qs,
                 time=ctx.time_for(start, kinds=(*day_kinds, TimeKind.MONTH), allow_since=False),
                 direction=Direction.DOWN if down else Direction.UP, details=details)
        ctx.consumed.append((start, end))
    for m in _RANKED_MOVE.finditer(ctx.text):
        # "its second-biggest percentage drop, behind only ... Oct. 19, 1987": a rank with no
        # window is a rank in the index's history
        if ctx.is_consumed(*m.span()):
            continue
        losing = re.search(r"worst|weakest|drop|decline|loss|fall|slide|plunge", m.group(0), _I)
        # "behind only the 11.35 percent loss of Oct. 19, 1987": that date is the one ahead of it
        behind = _AHEAD_OF_IT.search(ctx.text, m.end())
        hidden = {i for i, t in enumerate(ctx.times) if behind is not None and t.span is not None
                  and ctx.rel(t.span)[0] >= behind.start()} - ctx.used_t
        ctx.used_t |= hidden
        time = ctx.time_for(m.start(), kinds=day_kinds, allow_since=False)
        ctx.used_t -= hidden
        ctx.make(ClaimKind.LOWEST_SINCE if losing else ClaimKind.HIGHEST_SINCE, m.start(), m.end(),
                 subject=ctx.subject_for(m.start()), time=time,
                 direction=Direction.DOWN if losing else Direction.UP,
                 details={"measure": "day_move", "superlative": m.group("w").lower(), "ever": True,
                          "rank": count_value(m.group("ord")),
                          "unit": "points" if re.search(r"\bpoints?\b", m.group(0), _I) else "pct"})
        ctx.consumed.append(m.span())
    for m in _LOOKBACK.finditer(ctx.text):
        if ctx.is_consumed(*m.span()) or ctx.text[m.end():m.end() + 3].lstrip().startswith(":"):
            continue  # ("52 Week High: 18,351.40": a field's label, not a high the day reached)
        low = m.group("hl").lower() == "low"
        ctx.make(ClaimKind.LOWEST_SINCE if low else ClaimKind.HIGHEST_SINCE, m.start(), m.end(),
                 subject=ctx.subject_for(m.start()),
                 # ("falling to 15-month lows in April": one of that month's sessions)
                 time=ctx.time_for(m.start(), kinds=(*day_kinds, TimeKind.MONTH), allow_since=False),
                 direction=Direction.DOWN if low else Direction.UP,
                 details={"measure": "close", "lookback": {"count": count_value(m.group("n")),
                                                           "unit": m.group("u").lower(), "hedge": "exact"}})
        ctx.consumed.append(m.span())


# ---------------------------------------------------------------- records

_RECORD = re.compile(
    r"\b(?:(?:a|an|its|their|the|fresh|new)\s+)?(?P<kind>(?:record|all-time|all time)(?:\s+closing)?(?:\s+|-(?=highs?\b))"
    r"(?:highs?(?:\s+clos(?:e|ing\s+level))?|closes?|closing\s+highs?|levels?|peaks?|territory|lows?)|record\s+close|"
    r"new\s+(?:all-time\s+)?(?:closing\s+)?highs?|new\s+heights|new\s+peaks?)\b|"
    r"\b(?:closed|ended|finished|settled)\s+at\s+(?:a\s+|another\s+)?(?P<rec>records?)\b|"
    # "soared to records Friday", "set fresh records once again", ", also a record"
    r"\bto\s+(?P<rec4>records)\b|"
    r"\b(?:set|sets|setting|notched|notching|posted|posting)\s+(?:fresh|new)\s+(?P<rec5>records)\b|"
    r",\s+also\s+a\s+(?P<rec6>record)\b(?!\s+(?:low|for|of|in)\b)|"
    r"\b(?:to|at)\s+a\s+(?:fresh\s+|new\s+)?(?P<rec2>record)(?=\s+\$?\d)|"
    # "the Dow hit a record, its first since December", "set a fresh record on Monday": a bare record
    r"\b(?:hit|hits|hitting|set|sets|setting|notched|notching|reached|reaching|touched|touching|posted)\s+"
    r"(?:a|another)\s+(?:fresh\s+|new\s+)?(?P<rec3>record)\b(?=\s*(?:[,.;:)]|$|\s(?:on|as|after|before|"
    r"for\s+the\s+first\s+time|--?)\b))", _I)


# the sentence says the close was no record: another record it names is the session's high
_NO_RECORD_CLOSE = re.compile(r"\b(?:short\s+of|shy\s+of|missed|failed\s+to\s+(?:set|post|notch|hold)|without)\s+"
                              r"(?:a\s+|an\s+)?(?:new\s+|fresh\s+)?record\s+clos(?:e|ing)|"
                              r"\b(?:did\s+not|didn't|failed\s+to|could\s+not|couldn't)\s+close\s+at\s+(?:a\s+)?record", _I)
# a verb that closes a period before a superlative of a change: the change is that period's
_CLOSES_OUT = re.compile(r"\b(?:clos|end|finish|wrap)(?:es|ed|ing|s)?\s+(?:out\s+|up\s+)?(?:a|an|the|its|their)?\s*"
                         r"(?:[\w-]+\s+){0,2}(?P<p>year|quarter|month|week)\b", _I)
_DAY_WORD = re.compile(r"\b(?:day|days|session|sessions|one-day|single-day|daily|intraday)\b", _I)
# a spread between two series as the subject: its level, not either series's
_SPREAD_SUBJECT = re.compile(r"\b(?:gap|spread|difference|differential)\s+between\b", _I)
# a clause after the record that dates its own event: "... after falling to 15-month lows in April"
_LATER_CLAUSE = re.compile(r"\b(?:after|before|following)\b[^.;]*\b(?:lows?|highs?|peaks?|bottoms?|tops?)\b", _I)
# a new high inside a period: "a new high for 2004", "new highs for the year"
_WITHIN_A_YEAR = re.compile(r"\s+(?:for|of|in)\s+(?:the\s+(?:year|month|week)|(?:19|20)\d\d)\b", _I)
# right after a record: "for the first time since ...", ", its first since ...", "(the first since ...)"
_DAY_GAP = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|today|yesterday))?"
_FIRST_SINCE = re.compile(r"(?:\s+(?:high|close|closing\s+high|level|peak))?" + _DAY_GAP + r"\s*(?:,\s*|\(\s*|--?\s*)?(?P<phrase>for\s+the\s+first\s+time|(?:its|their|the)\s+first(?:\s+(?:one|such\s+\w+))?)"
                          r"\s+since\b", _I)


# a count of records that gives no number and no window: "several", "a string of"
_SOME_RECORDS = re.compile(r"\b(?:several|multiple|numerous|many|repeated|a\s+(?:string|series|run|slew|flurry|"
                           r"handful|number|spate|raft)\s+of)\s+(?:(?:fresh|new|more)\s+)*$", _I)
_RECORD_MISSED = re.compile(r"\b(?:shy\s+of|short\s+of|miss(?:ed|es|ing)?|below|under|away\s+from|off|clos(?:ed|es|ing)\s+in\s+on|"
                            r"within\s+[^.;]{0,20}\s+of|close\s+to|near|approach(?:ed|es|ing)?|"
                            r"failed\s+to\s+(?:set|reach|hit|notch)|not\s+(?:a|at)|yet\s+to\s+(?:set|reach|hit)|"
                            r"(?:didn't|did\s+not|couldn't|could\s+not|never|wasn't\s+able\s+to)\s+(?:set|reach|hit|notch|"
                            r"make|touch|post)|"
                            r"(?:to|would\s+need\s+to|needs?\s+to)\s+(?:recapture|regain|reclaim|retake|get\s+back\s+to|return\s+to))"
                            r"\s+(?:(?:a|an|the|its|their|fresh|new|all-time|closing|\$?\d[\d,.]*)\s+)*$", _I)


# "the five-day spread between the Russell 2000 and the S&P 500 hit an all-time high": a record
# of a spread, not of either index
_OF_SPREAD = re.compile(r"\b(?:spread|gap|margin|ratio|difference)\s+(?:between|of|in)\b[^.;]{0,80}"
                        r"\b(?:hit|reached|set|touched|at|to|marked)\s+(?:an?\s+|its\s+|the\s+)?$", _I)


def _date_before(ctx: SentenceContext, pos: int) -> TimeExpr | None:
    """A day written into the name of a record ("its Nov. 8 record close", "the Jan. 3 record"):
    the record's own date, which beats any other time in the sentence."""
    for t in ctx.times:
        s, e = ctx.rel(t.span)
        if t.kind is TimeKind.DAY and 0 <= pos - e <= 2 and not ctx.text[e:pos].strip() and re.search(
                r"\b(?:its|their|the|a|that)\s+$", ctx.text[max(0, s - 7):s], _I):
            return ctx.resolve(t)
    return None


_NAMED_AFTER = re.compile(r"^\s*(?:-|\u2013|\u2014|--|:)\s*")
_THAT_BEFORE = re.compile(r"\b(?:index|benchmark|gauge|average|one)\s+(?:that|which)\b[^,;]*$", _I)


def _first_record_since_at(ctx: SentenceContext, pos: int) -> bool:
    """Whether "for the first time since" at ``pos`` follows a record the records rule reads it
    with ("closed at a record high on Friday for the first time since January 2022"): the same
    two patterns decide, so the two rules cannot drift apart."""
    for r in _RECORD.finditer(ctx.text, 0, pos):
        first = _FIRST_SINCE.match(ctx.text, r.end())
        if first is not None and first.start("phrase") == pos and "low" not in r.group(0).lower():
            return True
    return False


@gated(_RECORD)
def records(ctx: SentenceContext) -> None:
    for m in _RECORD.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        if re.search(r"\bnew\b", m.group(0), _I) and _WITHIN_A_YEAR.match(ctx.text, m.end()):
            continue  # "Dow reaches new high for 2004": the year's high, not a record
        if _SOME_RECORDS.search(ctx.text, max(0, m.start() - 30), m.start()) and re.search(
                r"(?:highs|closes|records|levels|peaks)$", m.group(0), _I):
            continue  # "setting several new all-time highs": records over a stretch, not the day's
        words = m.group(0).lower()
        # "closed at a record low": the side may follow the words matched
        which = "low" if "low" in words or re.match(r"\s+(?:closing\s+)?lows?\b", ctx.text[m.end():], _I) else "high"
        # "ends shy of a record", "narrowly missed a fresh record close": the claim is that it was NOT one
        negated = bool(_RECORD_MISSED.search(ctx.text[max(0, m.start() - 45):m.start()]))
        of_spread = _OF_SPREAD.search(ctx.text[max(0, m.start() - 90):m.start()])
        own = _date_before(ctx, m.start())
        time = own if own is not None else ctx.time_for(
            m.start(), kinds=(TimeKind.DAY, TimeKind.WEEKDAY, TimeKind.WEEK, TimeKind.MONTH), allow_since=False)
        if own is None and time is not None and time.span is not None and time.span.start - ctx.offset > m.end() and \
                _LATER_CLAUSE.search(ctx.text, m.end(), time.span.start - ctx.offset):
            time = None  # "closed the quarter at record highs after falling to 15-month lows in April"
        if (own is None and negated and time is not None and time.span is not None and time.span.start - ctx.offset > m.start()
                and re.search(r"\b(?:its|their)\b", _RECORD_MISSED.search(ctx.text[max(0, m.start() - 45):m.start()]).group(0), _I)):
            time = None  # "shy of its record close reached on Oct. 28": that date is the record's, not the claim's
        subject = ctx.subject_for(m.start())
        named = _NAMED_AFTER.match(ctx.text[m.end():m.end() + 8])
        if named and _THAT_BEFORE.search(ctx.text[max(0, m.start() - 60):m.start()]):
            # "the one major U.S. index that didn't reach new heights - the Russell 2000": the
            # name the clause leads up to
            subject = ctx.mention_after(m.end() + named.end(), within=4) or subject
        measure = "spread" if of_spread else \
            "intraday" if "intraday" in ctx.text[m.start() - 15:m.end()].lower() else "close"
        if measure == "close" and not negated and "close" not in m.group(0).lower() and _NO_RECORD_CLOSE.search(ctx.text):
            # "rose to an all-time high on Friday, passing 40,000, though it fell short of a record
            # close": the high the sentence means is the session's, not the close
            measure = "intraday"
        ctx.make(ClaimKind.RECORD, m.start(), m.end(), subject=subject, time=time,
                 direction=Direction.DOWN if which == "low" else Direction.UP,
                 details={"which": which, "measure": measure, **({"negated": True} if negated else {})})
        ctx.consumed.append(m.span())
        first = _FIRST_SINCE.match(ctx.text, m.end())
        if first is not None and not negated and which == "high" and measure == "close":
            found = ctx.since_after(first.end() - 6, within=8)
            if found is not None:
                # "closed at a record high for the first time since August 2018", "hit a record,
                # its first since December": a claim of its own, that the record before this
                # one was set then (true or not of the day's record itself)
                ctx.used_t.add(found[0])
                start, end = first.start("phrase"), ctx.rel(found[1].span)[1]
                ctx.make(ClaimKind.RECORD, start, end, subject=subject, time=time, since=found[1],
                         direction=Direction.UP, details={"which": "high", "measure": "close",
                                                          "first_since": True})
                ctx.consumed.append((start, end))


__all__ = ["distance", "highest_since", "records"]
