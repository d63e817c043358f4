"""Rules for price-path claims: moves, returns, comparisons, closes, highs since, records,
distance from the record, streaks and how rare a streak is.

Each rule looks for a trigger (a verb, a superlative, "streak", "time since") and takes the
numbers and time phrases next to it; what a rule uses is marked so later rules skip it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from capscope.claims._spans import for_text
from capscope.claims.grammar.base import NUMWORD, ORDWORD, SentenceContext, ascii_lower, lacks_all
from capscope.claims.grammar.lists import (
    both,
    figure_for_name,
    figure_with_own_time,
    gapped_subject,
    respectively,
)
from capscope.claims.grammar.live import (
    CLOSE_VERB_AT,
    CLOSING_VERB,
    INTRADAY_CUE,
    SNAPSHOT,
    TIME_OF_DAY,
    undated_or_today,
)
from capscope.claims.lexicon import count_value
from capscope.claims.model import (
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

_MOVE_UNITS = (Unit.PCT, Unit.POINTS, Unit.PP)
_I = re.IGNORECASE

# ---------------------------------------------------------------- streak rarity

_RARITY = re.compile(
    r"(?:(?P<only>only\s+)?(?:the\s+)?(?:\w+'s\s+)?(?P<ord>" + ORDWORD + r")\s+(?:such\s+)?(?:time|instance|occasion)\s+"
    r"(?:ever\s+)?(?:since|in)\b)|(?:(?:happened|occurred|done so|seen)\s+(?:only\s+)?(?P<n>" + NUMWORD +
    r")\s+(?:other\s+)?times\s+(?:since|in)\b)", _I)
_STREAK_SPEC = re.compile(
    r"(?P<len>" + NUMWORD + r")[\s-](?P<u>day|session|trading-day|week|month)s?[\s-](?:(?P<dir>winning|losing)\s+)?"
    r"(?:streak|run|stretch)(?:\s+of\s+(?P<what>gains|losses|advances|declines|moves|rises|drops))?|"
    r"(?P<len2>" + NUMWORD + r")\s+(?:straight|consecutive|successive)\s+(?P<u2>days|sessions|weeks|months)"
    r"(?:\s+of\s+(?P<what2>gains|losses|advances|declines|moves))?|"
    r"(?P<len3>" + NUMWORD + r")\s+(?:trading\s+)?(?P<u3>days|sessions|weeks|months)\s+in\s+a\s+row", _I)


# necessary words of every branch, same flags: a sentence without one cannot match, and this
# literal search is far cheaper than trying the full pattern at every position
_RARITY_NEED = re.compile(r"time|instance|occasion", _I)


def rarity(ctx: SentenceContext) -> None:
    if not _RARITY_NEED.search(ctx.text):
        return
    for m in _RARITY.finditer(ctx.text):
        spec = _STREAK_SPEC.search(ctx.text, m.end())
        if spec is None:
            continue
        since = ctx.since_after(m.end() - 8, within=20)
        occ = count_value(m.group("ord")) if m.group("ord") else None
        total = count_value(m.group("n")) if m.group("n") else None
        length = count_value(spec.group("len") or spec.group("len2") or spec.group("len3"))
        unit = (spec.group("u") or spec.group("u2") or spec.group("u3") or "day").lower().rstrip("s").replace(
            "trading-", "")
        what = (spec.group("what") or spec.group("what2") or spec.group("dir") or "").lower()
        # "rose at least 1% for five sessions in a row": the verb and threshold come before the length
        lead = m.end() if spec.group("len3") else spec.start()
        direction = ctx.direction_in(lead, spec.end() + 40, Direction.UP if not what else
                                     Direction.DOWN if what in ("losses", "declines", "drops", "losing")
                                     else Direction.UP)
        qs = []
        found = ctx.quantity_near(spec.end(), within=30, units=(Unit.PCT,)) or (
            ctx.quantity_near(spec.start(), after=False, within=12, units=(Unit.PCT,))
            if spec.group("len3") else None)
        if found:
            qs.append(ctx.use(found[0], "threshold"))
        if since:
            ctx.used_t.add(since[0])
        end = max(spec.end(), qs[0].span.end - ctx.offset if qs else 0)
        details = {"occurrence": occ, "count_total": total, "length": length, "unit": unit,
                   "only": bool(m.group("only"))}
        if qs:
            details["threshold"] = {"value": qs[0].value, "hedge": qs[0].hedge.value}
        # "the fifth time since 1979 that the Russell 2000 rose ...": the name after "that" is the subject
        that = re.match(r"[^.;]{0,30}?\bthat\s+", ctx.text[m.end():spec.start()], _I)
        subject = (ctx.mention_after(m.end() + that.end(), within=25) if that else None) or ctx.subject_for(m.start())
        ctx.make(ClaimKind.STREAK_RARITY, m.start(), end, subject=subject,
                 quantities=qs, direction=direction, since=since[1] if since else None,
                 hedge=qs[0].hedge if qs else Hedge.EXACT, details=details)
        ctx.consumed.append((m.start(), end))


# ---------------------------------------------------------------- streaks

_STREAKS = re.compile(
    r"(?P<n>" + NUMWORD + r")[\s-](?P<u>day|session|trading-day|week|month)s?[\s-](?:(?P<dir>winning|losing|win|up|down)[\s-])?"
    r"(?:streak|run)|"
    r"(?P<dir2>winning|losing)\s+streak\s+(?:to|of|at)\s+(?P<n2>" + NUMWORD + r")\s+(?P<u2>days|sessions|weeks|months)|"
    r"(?:for\s+)?(?:the|an?|its|their)\s+(?P<ord>(?!first\b|1st\b)" + ORDWORD + r")\s+(?:straight|consecutive|successive|)\s*"
    r"(?P<u3>day|session|trading day|week|month|quarter|(?P<move3>gain|loss|advance|decline|rise|drop|fall|increase|"
    r"decrease|win|retreat)(?=s?\b)(?!\s+(?:of|since|in\s+(?!a\s+row))))(?:\s+in\s+a\s+row)?|"
    r"(?P<n4>" + NUMWORD + r")\s+(?:straight|consecutive|successive)\s+(?:(?:trading\s+)?(?P<u4>days|sessions|weeks|months|quarters)|"
    r"(?P<u5>daily|weekly|monthly|quarterly)\s+(?P<dir5>gains|losses|advances|declines|increases|decreases))|"
    r"(?P<n6>" + NUMWORD + r")\s+(?P<u6>days|sessions|weeks|months)\s+in\s+a\s+row", _I)
# an ordinal period is a streak only with a word of repetition or of its moves: "the fifth
# straight week", "its third week in a row", "the fourth week of gains", "a sixth day higher"
_IN_A_ROW = re.compile(r"straight|consecutive|successive|in\s+a\s+row", _I)
_STREAK_TAIL = re.compile(r"\s+(?:of\s+(?:gains|losses|declines|advances|increases|decreases|"
                          r"outperformance|underperformance)|(?:up|down|higher|lower|in\s+the\s+(?:green|red))\b)", _I)
_FIRST_SINCE = re.compile(r"\b(?:first\s+such|longest|first|best|longest\s+such)\b[^.;]{0,40}?\bsince\b", _I)


_REL_STREAK = re.compile(r"\b(?:(?P<out>outperform\w*|outpac\w*|beat(?:ing|s)?|beaten|topp(?:ed|ing))|"
                         r"(?P<under>underperform\w*|lagg(?:ed|ing)|lags?|trail(?:ed|ing|s)?))\b", _I)


# a word every branch of _STREAKS needs (streak/run, the ordinal, straight..., "in a row")
_STREAKS_NEED = re.compile(r"streak|run|straight|consecutive|successive|row|" + ORDWORD, _I)


# the same test by substrings on an ASCII sentence: a streak word, or an ordinal and a unit
# (the "the third straight session" branch; "first" is excluded by that branch itself)
_STREAK_WORDS = ("streak", "run", "straight", "consecutive", "successive", "row")
_ORD_WORDS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
              "twelfth", "teenth", "twentieth", "twenty-")
_UNIT_WORDS = ("day", "session", "week", "month", "quarter")
_DIGIT_ORD = re.compile(r"\d(?:st|nd|rd|th)")


def _may_have_streak(text: str) -> bool:
    low = ascii_lower(text)
    if low is None:
        return _STREAKS_NEED.search(text) is not None
    if any(map(low.__contains__, _STREAK_WORDS)):
        return True
    return (any(map(low.__contains__, _UNIT_WORDS))
            and (any(map(low.__contains__, _ORD_WORDS)) or _DIGIT_ORD.search(low) is not None))


def streaks(ctx: SentenceContext) -> None:
    if not _may_have_streak(ctx.text):
        return
    for m in _STREAKS.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        g = m.groupdict()
        if g["ord"] and not _IN_A_ROW.search(m.group(0)) and not _STREAK_TAIL.match(ctx.text, m.end()):
            continue  # "in the fourth quarter of 2020", "the third day of the month": a time
        n_text = g["n"] or g["n2"] or g["ord"] or g["n4"] or g["n6"]
        length = count_value(n_text or "")
        if not length or length > 10000:
            continue
        unit_raw = (g["u"] or g["u2"] or g["u3"] or g["u4"] or g["u5"] or g["u6"] or "day").lower()
        if g["move3"]:
            if not _IN_A_ROW.search(m.group(0)):
                continue  # "its fifth gain of the year" counts gains, it is no streak
            unit_raw = "day"  # "its fifth straight gain": sessions in a row
            g = {**g, "dir": "up" if g["move3"].lower() in ("gain", "advance", "rise", "increase", "win")
                 else "down"}
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
                "trading day": "day", "trading-day": "day"}.get(unit_raw, unit_raw.rstrip("s"))
        dword = (g["dir"] or g["dir2"] or g["dir5"] or "").lower()
        if dword in ("winning", "win", "up", "gains", "advances", "increases"):
            direction = Direction.UP
        elif dword in ("losing", "down", "losses", "declines", "decreases"):
            direction = Direction.DOWN
        else:
            cs, ce = ctx.clause(m.start())
            direction = ctx.direction_in(cs, ce)
        kind = ClaimKind.MONTHLY_STREAK if unit == "month" else ClaimKind.STREAK
        since = None
        fs = _FIRST_SINCE.search(ctx.text, m.end(), min(len(ctx.text), m.end() + 80))
        first_since = False
        if fs:
            found = ctx.since_after(fs.end() - 6, within=12)
            if found:
                ctx.used_t.add(found[0])
                since = found[1]
                first_since = "first" in fs.group(0).lower()
        qs = [Quantity(float(length), Unit.COUNT, n_text or "", Span(ctx.offset + m.start(), ctx.offset + m.end()),
                       role="length", word=not (n_text or "0")[0].isdigit())]
        thr = re.match(r"\s+of\s+(?:gains|losses|moves|advances|declines)\s+", ctx.text[m.end():m.end() + 30], _I)
        if thr:
            found_q = ctx.quantity_near(m.end(), within=40, units=(Unit.PCT,))
            if found_q:
                qs.append(ctx.use(found_q[0], "threshold"))
        time = ctx.time_for(m.start(), kinds=(TimeKind.DAY, TimeKind.WEEKDAY, TimeKind.MONTH, TimeKind.WEEK),
                            allow_since=False)
        end = max(m.end(), (since.span.end - ctx.offset) if since and since.span else 0)
        # "outperformed the S&P 500 in 14 straight trading days", "extended its outperformance over
        # the S&P 500 for the seventh straight session": a streak of one series beating another
        cs, _ = ctx.clause(m.start())
        rel = list(_REL_STREAK.finditer(ctx.text[cs:m.start()]))
        comparison = ctx.mention_after(cs + rel[-1].end(), within=40) if rel and unit in ("day", "session") else None
        extra: dict = {}
        if comparison is not None:
            under = bool(rel[-1].group("under"))
            direction = Direction.UNDERPERFORM if under else Direction.OUTPERFORM
            extra = {"relative": True, "threshold": 0.0}
            ctx.consumed.append((cs + rel[-1].start(), cs + rel[-1].end()))  # not also a relative return
        ctx.make(kind, m.start(), end, subject=ctx.subject_for(m.start()), quantities=qs,
                 direction=direction, time=time, since=since, comparison=comparison,
                 details={"length": length, "unit": unit, "ordinal": bool(g["ord"]),
                          "first_since": first_since, "longest_since": bool(fs and "longest" in fs.group(0).lower()),
                          **extra})
        ctx.consumed.append((m.start(), end))


# ---------------------------------------------------------------- distance from the record

_DIST_AFTER = re.compile(
    r"^\s*(?:(?:decline|drop|fall|slide|pullback|retreat|discount)\s+)?(?:away\s+)?(?P<rel>from|below|off|under|short of|shy of|beneath|above|of)\s+(?:reaching\s+|hitting\s+)?"
    r"(?:its|the|a|their|his|an|last\s+(?:month|year|week)'s|this\s+year's)\s+(?P<ref>(?:(?:recent|previous|prior|52-week|all-time|record|closing|"
    r"\d{1,2}(?:st|nd|rd|th)?,?|"
    r"intraday|peak|pre-pandemic|(?:mid-|early-|late-)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:19|20)\d\d(?:'s)?)\s+)*(?:high|highs|peak|record|top|low|lows))", _I)
_WITHIN = re.compile(r"\bwithin\s+$", _I)
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
    return None


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
        start = ctx.text.rfind(q.hedge_text, max(0, s - 40), s) if q.hedge_text else s
        start = s if start < 0 else start
        ctx.make(ClaimKind.DISTANCE_FROM_RECORD, start, e, subject=ctx.subject_for(ref.start()),
                 quantities=[qq], hedge=q.hedge, direction=Direction.DOWN,
                 time=_own_time(ctx, ref.start(), kinds=(TimeKind.DAY, TimeKind.WEEKDAY),
                                skip=(ref.start(), ref.end())),
                 details={"reference": "record"})
        ctx.consumed.append((start, e))


def distance(ctx: SentenceContext) -> None:
    # "within three percentage points of its record high": points of percent, a distance too
    for i, q in ctx.free_quantities((Unit.PCT, Unit.PP)):
        s, e = ctx.rel(q.span)
        m = _DIST_AFTER.match(ctx.text[e:e + 80])
        if not m or m.group("rel").lower() == "above" and "low" not in m.group("ref").lower():
            continue
        if m.group("rel").lower() == "of" and not _WITHIN.search(ctx.text[max(0, s - 10):s]):
            continue
        if re.match(r"^\s*(?:close|closing\s+\w+|level)?\s*(?:to|and|through|until)\s+(?:its|the|a|their)\b",
                    ctx.text[e + m.end():e + m.end() + 40], _I):
            continue  # "fell 14% from its Jan. 4 record close to its Jan. 27 close": a move over a span
        cs, _ = ctx.clause(s)
        if _DEFINITION.search(ctx.text[cs:s]) or _DEFINITION_AFTER.match(ctx.text[e:e + 70]):
            continue  # "define a correction as a decline of at least 10% from a closing high"
        ref = m.group("ref").lower()
        hedge = q.hedge
        if _WITHIN.search(ctx.text[max(0, s - 10):s]):
            hedge = Hedge.AT_MOST
        qq = ctx.use(i, "distance")
        qq.hedge = hedge
        reference = ("record" if any(w in ref for w in ("all-time", "record")) else
                     "52-week high" if "52-week" in ref else "low" if "low" in ref else "recent high")
        end = e + m.end()
        start = ctx.text.rfind(q.hedge_text, max(0, s - 40), s) if q.hedge_text else s
        start = s if start < 0 else start
        own_dates = [k for k, t in enumerate(ctx.times) if e <= ctx.rel(t.span)[0] < end]
        ctx.used_t |= set(own_dates)  # the reference's own date
        details: dict = {"reference": reference}
        period = _reference_period(ctx, own_dates, m.group("ref"))
        if period is not None:
            details["period"] = period  # "its 2007 peak": the peak of that period
        ctx.make(ClaimKind.DISTANCE_FROM_RECORD, start, end,
                 subject=ctx.subject_for(s), quantities=[qq], hedge=hedge,
                 direction=Direction.UP if reference == "low" else Direction.DOWN,
                 time=_own_time(ctx, s, kinds=(TimeKind.DAY, TimeKind.WEEKDAY), skip=(e, end)),
                 details=details)
        ctx.consumed.append((s, end))
    _drop_from_named_record(ctx)
    for m in _TERRITORY.finditer(ctx.text):
        state = m.group("state").lower().replace("-", " ")
        q = Quantity(10.0 if state == "correction" else 20.0, Unit.PCT, state,
                     Span(ctx.offset + m.start(), ctx.offset + m.end()), hedge=Hedge.AT_LEAST, role="distance")
        out = m.group(0).lower().startswith("out")
        ctx.make(ClaimKind.DISTANCE_FROM_RECORD, m.start(), m.end(), subject=ctx.subject_for(m.start()),
                 quantities=[q], hedge=Hedge.LESS_THAN if out else Hedge.AT_LEAST,
                 direction=Direction.DOWN,
                 time=_state_day(ctx, m.start()),
                 details={"reference": "recent high", "state": state})
        ctx.consumed.append(m.span())


# ---------------------------------------------------------------- highest / lowest since

_SUPER = re.compile(
    r"\b(?P<w>highest|lowest|best|worst|strongest|weakest|biggest|largest|sharpest|steepest|"
    r"smallest|deepest|top|bottom)\b(?P<mid>(?:\s+[\w-]+){0,4}?)\s+(?:since|in\s+(?:more\s+than|nearly|over|about|almost)?\s*"
    r"(?P<n>\d+\.\d+|" + NUMWORD + r"|a)\s+(?P<u>years?|months?|weeks?|decades?)|"
    r"(?P<ever>ever|in\s+(?:its\s+|their\s+|the\s+index's\s+)?(?:[\w-]+\s+)?history|on\s+record|of\s+all\s+time))\b", _I)
_NOT_SEEN = re.compile(r"\b(?:levels?|highs?|lows?|prices?)\s+(?:not|last|un)\s*seen\s+since\b|"
                       r"\bfor\s+the\s+first\s+time\s+since\b|"
                       r"\b(?P<ever>(?:closed|ended|finished|settled)\s+(?:above|over)\s+[\d,.]+\s+for\s+the\s+"
                       r"first\s+time)(?!\s+(?:since|in)\b)", _I)
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


_N_SESSIONS = re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:trading[\s-])?"
                         r"(?:day|session)s?\b", _I)


def _measure(mid: str) -> str:
    m = mid.lower()
    n = _N_SESSIONS.search(m)
    if n is not None and n.group("n") not in ("1", "one"):
        return "sessions_move"  # "its biggest three-day drop since March": an N-session move
    if re.search(r"\b(?:margin|gap|spread|outperformance|underperformance|lead|divergence)\b", m):
        return "relative_margin"  # "the largest monthly margin since 2000": one index against another
    if re.search(r"\b(?:day|session|one-day|daily|single-day|single-session)\b", m):
        return "day_move"
    if re.search(r"\b(?:week|weekly)\b", m):
        return "week_move"
    if re.search(r"\b(?:month|monthly)\b", m):
        return "month_move"
    if re.search(r"\b(?:quarter|quarterly)\b", m):
        return "quarter_move"
    if re.search(r"\b(?:year|annual|yearly)\b", m):
        return "year_move"
    if _MOVE_NOUN.search(m):
        return "day_move"  # "the steepest percentage drop since 2002": a move with no period is a day's
    return "close"


_MOVE_NOUN = re.compile(r"\b(?:drops?|declines?|loss(?:es)?|falls?|sell-?offs?|slides?|plunges?|"
                        r"routs?|tumbles?|dives?|gains?|rall(?:y|ies)|jumps?|advances?|rises?|"
                        r"surges?|percentage|point)\b")


# a word each of highest_since's three patterns needs (_SUPER's superlatives, _NOT_SEEN, _LOOKBACK)
_HIGHEST_SINCE_WORDS = ("best", "worst", "strongest", "weakest", "biggest", "largest", "sharpest", "steepest",
                        "smallest", "deepest", "top", "bottom", "seen", "first", "high", "low")


def highest_since(ctx: SentenceContext) -> None:
    if lacks_all(ctx.text, _HIGHEST_SINCE_WORDS):
        return
    day_kinds = (TimeKind.DAY, TimeKind.WEEKDAY)
    for m in _SUPER.finditer(ctx.text):
        if ctx.is_consumed(*m.span()) or re.search(r"\bstreak|run\b", m.group("mid"), _I):
            continue
        w, mid = m.group("w").lower(), m.group("mid")
        subject_override = None
        measure = _measure(mid)
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
            details["sessions"] = count_value(_N_SESSIONS.search(mid).group("n"))
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
        end = since.span.end - ctx.offset if since and since.span else m.end()
        time = ctx.time_for(m.start(), kinds=(*day_kinds, TimeKind.MONTH), allow_since=False)
        subject = subject_override or ctx.subject_for(m.start())
        ctx.make(kind, m.start(), end, subject=subject, since=since, time=time,
                 direction=Direction.UP if kind is ClaimKind.HIGHEST_SINCE else Direction.DOWN,
                 details=details)
        ctx.consumed.append((m.start(), end))
    for m in _NOT_SEEN.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        if m.group(0).lower().startswith("for") and _AVERAGE_LINE.search(ctx.text):
            continue  # "above its 200-day average for the first time since March": the average's side, not a high
        ever = m.group("ever") is not None  # "closed above 50,000 for the first time": ever
        found = None if ever else ctx.since_after(m.end() - 6, within=8)
        if found is None and not ever:
            continue
        if found is not None:
            ctx.used_t.add(found[0])
        cs, _ = ctx.clause(m.start())
        before = ctx.text[max(cs, m.start() - 60):m.start()]
        level = (ctx.quantity_near(m.start(), within=len(m.group(0)), units=(Unit.NUMBER, Unit.USD))
                 if ever else
                 ctx.quantity_near(m.start(), after=False, within=40, units=(Unit.NUMBER, Unit.USD)))
        down = re.search(r"\b(?:below|under|fell|dropped|sank|slid|lower|lows?)\b", before + m.group(0), _I)
        kind = ClaimKind.LOWEST_SINCE if down else ClaimKind.HIGHEST_SINCE
        qs = [ctx.use(level[0], "level")] if level else []
        start = min([m.start()] + [q.span.start - ctx.offset for q in qs])
        end = found[1].span.end - ctx.offset if found is not None else m.end()
        ctx.make(kind, start, end, subject=ctx.subject_for(start),
                 since=found[1] if found is not None else None, quantities=qs,
                 time=ctx.time_for(m.start(), kinds=(*day_kinds, TimeKind.MONTH), allow_since=False),
                 direction=Direction.DOWN if down else Direction.UP,
                 details={"measure": "level" if qs else "close", **({"ever": True} if ever else {})})
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
        if ctx.is_consumed(*m.span()):
            continue
        low = m.group("hl").lower() == "low"
        ctx.make(ClaimKind.LOWEST_SINCE if low else ClaimKind.HIGHEST_SINCE, m.start(), m.end(),
                 subject=ctx.subject_for(m.start()),
                 time=ctx.time_for(m.start(), kinds=day_kinds, allow_since=False),
                 direction=Direction.DOWN if low else Direction.UP,
                 details={"measure": "close", "lookback": {"count": count_value(m.group("n")),
                                                           "unit": m.group("u").lower(), "hedge": "exact"}})
        ctx.consumed.append(m.span())


# ---------------------------------------------------------------- records

_RECORD = re.compile(
    r"\b(?:(?:a|an|its|their|the|fresh|new)\s+)?(?P<kind>(?:record|all-time|all time)(?:\s+closing)?(?:\s+|-(?=highs?\b))"
    r"(?:highs?(?:\s+clos(?:e|ing\s+level))?|closes?|closing\s+highs?|levels?|peaks?|territory|lows?)|record\s+close|"
    r"new\s+(?:all-time\s+)?(?:closing\s+)?highs?|new\s+heights)\b|\b(?:closed|ended|finished|settled)\s+at\s+(?:a\s+)?(?P<rec>record)\b|"
    r"\b(?:to|at)\s+a\s+(?:fresh\s+|new\s+)?(?P<rec2>record)(?=\s+\$?\d)", _I)


_RECORD_MISSED = re.compile(r"\b(?:shy\s+of|short\s+of|miss(?:ed|es|ing)?|below|under|away\s+from|off|"
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


def records(ctx: SentenceContext) -> None:
    if lacks_all(ctx.text, ("record", "all-time", "all time", "new")):  # every branch of _RECORD has one
        return
    for m in _RECORD.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        words = m.group(0).lower()
        which = "low" if "low" in words else "high"
        # "ends shy of a record", "narrowly missed a fresh record close": the claim is that it was NOT one
        negated = bool(_RECORD_MISSED.search(ctx.text[max(0, m.start() - 45):m.start()]))
        of_spread = _OF_SPREAD.search(ctx.text[max(0, m.start() - 90):m.start()])
        own = _date_before(ctx, m.start())
        time = own if own is not None else ctx.time_for(
            m.start(), kinds=(TimeKind.DAY, TimeKind.WEEKDAY, TimeKind.WEEK, TimeKind.MONTH), allow_since=False)
        if (own is None and negated and time is not None and time.span is not None and time.span.start - ctx.offset > m.start()
                and re.search(r"\b(?:its|their)\b", _RECORD_MISSED.search(ctx.text[max(0, m.start() - 45):m.start()]).group(0), _I)):
            time = None  # "shy of its record close reached on Oct. 28": that date is the record's, not the claim's
        subject = ctx.subject_for(m.start())
        named = _NAMED_AFTER.match(ctx.text[m.end():m.end() + 8])
        if named and _THAT_BEFORE.search(ctx.text[max(0, m.start() - 60):m.start()]):
            # "the one major U.S. index that didn't reach new heights - the Russell 2000": the
            # name the clause leads up to
            subject = ctx.mention_after(m.end() + named.end(), within=4) or subject
        ctx.make(ClaimKind.RECORD, m.start(), m.end(), subject=subject, time=time,
                 direction=Direction.DOWN if which == "low" else Direction.UP,
                 details={"which": which, "measure": "spread" if of_spread else
                          "intraday" if "intraday" in ctx.text[m.start() - 15:m.end()].lower() else "close",
                          **({"negated": True} if negated else {})})
        ctx.consumed.append(m.span())


# ---------------------------------------------------------------- relative performance

_REL_VERB = re.compile(
    r"\b(?P<out>outperform(?:ed|ing|s)?|outpac(?:ed|ing|es|e)|beat(?:ing|s)?|beaten|topp(?:ed|ing)|bested|"
    r"trounc(?:ed|ing)|outstrip(?:ped|ping|s)?|outshone|outdid|outdone|outrun|outran)|"
    r"(?P<under>underperform(?:ed|ing|s)?|lagg(?:ed|ing)|lags?|trail(?:ed|ing|s)?|"
    r"(?:fallen|fell|falling|fall|left)\s+behind)\b", _I)
# one of these is in every _REL_VERB match
_REL_VERB_WORDS = ("outperform", "outpac", "beat", "topp", "bested", "trounc", "outstrip", "outshone", "outdid",
                   "outdone", "outrun", "outran", "underperform", "lag", "trail", "behind")
_BY = re.compile(r"^[^.;]{0,40}?\bby\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+|some\s+)?", _I)


def relative(ctx: SentenceContext) -> None:
    for i, q in ctx.free_quantities((Unit.FACTOR,)):
        s, e = ctx.rel(q.span)
        comp = ctx.mention_after(e, within=50)
        if comp is None:
            continue
        prev = next((c for c in reversed(ctx.claims) if c.kind in (ClaimKind.PERIOD_RETURN, ClaimKind.DAY_MOVE)), None)
        subject = prev.subject if prev else ctx.subject_for(s)
        time = prev.time if prev else ctx.time_for(s)
        qq = ctx.use(i, "factor")
        direction = Direction.OUTPERFORM if q.value >= 1 else Direction.UNDERPERFORM
        end = comp.span.end - ctx.offset
        ctx.make(ClaimKind.RELATIVE_RETURN, s, end, subject=subject, comparison=comp, quantities=[qq],
                 hedge=q.hedge, direction=direction, time=time,
                 details={"relation": "factor", "factor": q.value,
                          "measure": prev.kind.value if prev else "period_return"})
        ctx.consumed.append((s, end))
    if lacks_all(ctx.text, _REL_VERB_WORDS):
        return
    for m in _REL_VERB.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        comp = ctx.mention_after(m.end(), within=50)
        if comp is None:
            continue
        subject = ctx.subject_for(m.start())
        if subject is not None and comp.symbol == subject.symbol:
            continue
        under = bool(m.group("under"))
        qs = []
        end = comp.span.end - ctx.offset
        by = _BY.match(ctx.text[end:end + 60])
        if by:
            found = ctx.quantity_near(end + by.end() - 25, within=28,
                                      units=(Unit.PCT, Unit.PP, Unit.POINTS, Unit.FACTOR))
            if found:
                factor = ctx.quantities[found[0]].unit is Unit.FACTOR
                qs.append(ctx.use(found[0], "factor" if factor else "spread"))
                end = qs[-1].span.end - ctx.offset
        time = ctx.time_for(m.start())
        ctx.make(ClaimKind.RELATIVE_RETURN, m.start(), end, subject=subject, comparison=comp,
                 quantities=qs, hedge=qs[0].hedge if qs else Hedge.EXACT,
                 direction=Direction.UNDERPERFORM if under else Direction.OUTPERFORM, time=time,
                 details={"relation": (qs[0].role if qs else ("lag" if under else "lead")),
                          **({"factor": qs[0].value} if qs and qs[0].role == "factor" else {})})
        if time is not None and time.kind is not TimeKind.SAME_AS_BEFORE:
            ctx.state.last_time = time
        ctx.consumed.append((m.start(), end))


# ---------------------------------------------------------------- moves and period returns

_UP_V = (r"rose|rise|rises|risen|rising|gained|gains?|gaining|jump(?:ed|s|ing)?|surg(?:ed|es|e|ing)|soar(?:ed|s|ing)?|"
         r"(?:sky)?rocket(?:ed|s|ing)?|zoom(?:ed|s)?|vault(?:ed|s)?|roar(?:ed|s)?|romp(?:ed|s)?|bounc(?:ed|es)|"
         r"climb(?:ed|s|ing)?|add(?:ed|s|ing)?|advanc(?:ed|es|e|ing)|rall(?:ied|y|ies|ying)|rebound(?:ed|s|ing)?|"
         r"spik(?:ed|es|e)|popp(?:ed|ing)|leapt|leaped|increas(?:ed|es|e)|(?:picked|ticked|edged|moved|shot|inched|crept)\s+(?:up|higher)|"
         r"up|higher|return(?:ed|s)?|grew|grow(?:n|s)?|appreciated|tacked\s+on|booked\s+a\s+gain\s+of")
_DOWN_V = (r"fell|fall|falls|fallen|falling|dropp(?:ed|ing)|drops?|declin(?:ed|es|e|ing)|slid|slides?|sliding|slipp(?:ed|ing)|slips?|"
           r"tumbl(?:ed|es|e|ing)|lost|loses?|losing|sank|sinks?|sunk|plung(?:ed|es|e|ing)|plummet(?:ed|s)?|slump(?:ed|s)?|"
           r"shed(?:s|ding)?|retreat(?:ed|s)?|dipp(?:ed|ing)|dips?|skidd(?:ed|ing)|decreas(?:ed|es|e)|eas(?:ed|es)|"
           r"(?:gave|gives|give|giving|given)\s+up|pull(?:ed|s)?\s+back|sold\s+off|crater(?:ed|s)?|tank(?:ed|s)?|down|lower|"
           r"(?:ticked|edged|moved|inched)\s+(?:down|lower)|nosedived?|sagg(?:ed|ing)|sags?|swoon(?:ed|s)?|stumbl(?:ed|es)|"
           # "the Nasdaq was off 9.1%", "it was off 818 points": wire copy's fall
           r"(?<=was\s)off|(?<=were\s)off|(?<=is\s)off|(?<=are\s)off")
_MOVE_VERB = re.compile(r"\b(?:(?P<up>" + _UP_V + r")|(?P<down>" + _DOWN_V + r"))\b", _I)
_NOUN_AFTER = re.compile(
    r"^[\s-]*(?:(?P<up>gains?|rise|jump|advance|rally|surge|climb|increase|pop|rebound|returns?|move|upswing|"
    r"higher)|(?:(?P<down>drop|decline|loss|fall|slide|plunge|selloff|sell-off|pullback|slump|retreat|dip|lower|"
    r"tumble|decrease)))\b", _I)
_NOUN_BEFORE = re.compile(r"\b(?:(?:respective|comparable|corresponding)\s+)?(?:(?P<up>gains?|returns?|a\s+rise|a\s+return|an?\s+(?:gain|advance|increase))|"
                          r"(?P<down>losses|a\s+loss|a\s+drop|a\s+decline|declines))\s+of\s+$", _I)
_MODAL = re.compile(r"\b(?:could|may|might|will|would|should|expect(?:s|ed)?\s+to|is\s+set\s+to|poised\s+to|"
                    r"likely\s+to|forecasts?|projects?|predicts?|sees?|target(?:s|ing)?|aims?\s+to|if)\b[^.;]{0,30}$", _I)
# "averaged", "on average"; not the Dow's own name ("the blue-chip average", "industrial average")
_EVENT_CUE = re.compile(r"\b(?:tend(?:s|ed)?\s+to|typically|historically|on\s+average|usually|"
                        r"(?<!blue-chip\s)(?<!industrial\s)(?<!Industrial\s)average(?:d|s)?\b)", _I)
# "rose 1.2% to 40,000", "gained 2.5% for the session to close at 2,467.70": the close of the move's day
_CLOSE_AT = re.compile(r"^\s*,?\s*(?:(?:for|in|on)\s+the\s+(?:session|day)\s+)?"
                       r"(?:(?:today|yesterday|on\s+(?:Mon|Tues|Wednes|Thurs|Fri)day)\s+)?"
                       r"(?P<how>(?:to|and)\s+(?:close|end|finish|settle)(?:d)?\s+(?:the\s+(?:day|session|week)\s+)?"
                       r"(?:at|near|around)(?:\s+a\s+(?:fresh\s+|new\s+)?record(?:\s+(?:close|high))?(?:\s+of)?)?|"
                       r"to(?:\s+close\s+at)?(?:\s+a\s+(?:fresh\s+|new\s+)?record(?:\s+(?:close|high))?(?:\s+of)?)?|at)"
                       r"\s+(?=\$?\d)", _I)
_OR_ALSO = re.compile(r"^\s*,?\s*(?:(?:or|and|,)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)?|\(\s*)$", _I)
# "ended 653.17 points, or 2.9%, lower", "finished 1.2% higher": the direction after the figures
_ENDED_BEFORE = re.compile(r"\b(?:ended|closed|finished|settled|ends|closes|finishes|settles|was|were)\s+"
                           r"(?:the\s+(?:day|session|week)\s+)?$", _I)
_DIRECTION_AFTER = re.compile(r"^(?:\s*(?:points?|pts?\.?))?(?:\s*,?\s*(?:or|\()\s*[\d.,]+\s*(?:%|percent|per\s+cent|points?)\)?)?"
                              r"\s*,?\s*(?P<dir>higher|lower|up|down)\b", _I)
_DAY_KINDS = (TimeKind.DAY, TimeKind.WEEKDAY)


_FROM_CUE = re.compile(r"\b(?:from|between|since)\s+(?:(?:its|their|the|a|an|that)\s+)?(?:[\w.,'&-]+\s+){0,5}$", _I)
_TO_CUE = re.compile(r"^[^;]{0,40}?\b(?:to|and|through|until|till)\s+(?:(?:its|their|the|a|an)\s+)?(?:[\w.,'-]+\s+){0,6}$", _I)


_SINCE_CUE = re.compile(r"\bsince\s+(?:(?:its|their|the|a|an|that)\s+)?(?:[\w.,'&-]+\s+){0,5}$", _I)


def _cue_before(ctx: SentenceContext, rx: re.Pattern[str], pos: int, lo: int | None = None) -> re.Match[str] | None:
    """``rx`` ending right before ``pos`` with no other time phrase in between ("since November
    2021 on Wednesday": the "since" belongs to November, not to Wednesday)."""
    lo = max(0, pos - 45) if lo is None else lo
    m = rx.search(ctx.text[lo:pos])
    if m is None:
        return None
    a = lo + m.start()
    for t in ctx.times:
        s, e = ctx.rel(t.span)
        if a <= s < pos and e <= pos:
            return None
    return m


_REF_POINT_BEFORE = re.compile(r"\b(?:its|their|the)\s+(?:[\w.,-]+\s+){0,3}(?:record|high|low|peak|bottom|top)s?\b"
                               r"(?:[^.;]|\.\d){0,30}$|\b(?:highest|lowest|best|worst|biggest|largest|strongest|weakest|"
                               r"sharpest|steepest|widest|narrowest)\b[^.;,]{0,60}$", _I)


_OTHER_VERB = re.compile(r"\b(?:ends?|ended|finish(?:es|ed)?|closed?|closes|settled?|" + _UP_V + "|" + _DOWN_V + r")\b", _I)


_LEADS_NEXT_MOVE = re.compile(r"^\s*,?\s*(?:(?:it|they|the\s+\w+)\s+)?(?:(?:is|was|has|had|have)\s+)?(?:been\s+)?"
                              r"(?:" + _UP_V + "|" + _DOWN_V + r")\s+(?:by\s+|about\s+|nearly\s+|more\s+than\s+|over\s+)?[-+$]?\d", _I)


_RIGHT_AFTER_FIGURE = re.compile(r"[\d%]\s*$")


def _foreign_times(ctx: SentenceContext, trigger: int) -> set[int]:
    """Time phrases a move does not own: one dating a reference point ("just shy of its 6,890.89
    record close reached on Oct. 28", "its high from November"), one inside a superlative ("the
    highest level since Nov. 3"), or one past another name ("Dow gains 500 points, S&P 500 ends
    shy of a record after the Fed's final cut of 2025")."""
    out = set()
    for i, t in enumerate(ctx.times):
        s, _ = ctx.rel(t.span)
        if s <= trigger:
            continue
        lo = max(trigger, s - 60)
        ref = _REF_POINT_BEFORE.search(ctx.text[lo:s])
        if ref and not any(lo + ref.start() <= ctx.rel(u.span)[0] < s for u in ctx.times if u is not t):
            out.add(i)  # (a time between them is the reference's own: "worst day since June - on Tuesday")
            continue
        if _LEADS_NEXT_MOVE.match(ctx.text[ctx.rel(t.span)[1]:ctx.rel(t.span)[1] + 50]) and \
                not _RIGHT_AFTER_FIGURE.search(ctx.text[max(trigger, s - 4):s]):
            out.add(i)  # "lost over 25% and year to date is down 18%": the time opens the next move
            continue  # (not "gained 37% last year, was down 1.6% Thursday": that one is its own)
        for m in ctx.names:
            ms, me = ctx.rel(m.span)
            if trigger < ms and me <= s and _OTHER_VERB.search(ctx.text[me:s]):
                out.add(i)  # the time belongs to the next subject's clause
                break
    return out


def _state_day(ctx: SentenceContext, pos: int) -> TimeExpr | None:
    """The day a state ("into a bear market") is claimed for: the end of a range the clause
    names ("as it fell 41.9% from its Jan. 16 close to ... March 18, 2020"), else its own day."""
    span = _between_days(ctx, pos, None)
    if span is not None and span.end is not None and span.anchor == "between" and span.resolved:
        return TimeExpr(span.raw, TimeKind.DAY, span=span.span, start=span.end, end=span.end, resolved=True,
                        note="the end of the range the sentence names")
    return _own_time(ctx, pos, kinds=(TimeKind.DAY, TimeKind.WEEKDAY))


def _own_time(ctx: SentenceContext, pos: int, kinds: tuple[TimeKind, ...],
              skip: tuple[int, int] = (0, 0)) -> TimeExpr | None:
    """time_for without the phrases that date something else (see _foreign_times), nor those
    inside ``skip`` (the reference phrase: "from its July 16 peak" dates the peak)."""
    saved = set(ctx.used_t)
    ctx.used_t |= _foreign_times(ctx, pos)
    ctx.used_t |= {i for i, t in enumerate(ctx.times) if skip[0] <= ctx.rel(t.span)[0] < skip[1]}
    try:
        return ctx.time_for(pos, kinds=kinds, allow_since=False)
    finally:
        ctx.used_t = saved


def _between_days(ctx: SentenceContext, trigger: int, time: TimeExpr | None,
                  foreign: set[int] | frozenset[int] = frozenset()) -> TimeExpr | None:
    """A change measured between two named days ("fell 20.94% between its Nov. 8 record close and
    its close on Jan. 27", "up 54% since its October 12th, 2022 low"): a window from the close of
    the first day to the close of the second (or of the article's day), not a one-day move."""
    cs, ce = ctx.clause(trigger)
    days = []
    for i, t in enumerate(ctx.times):
        s, e = ctx.rel(t.span)
        if s < trigger or s >= ce or (i in foreign and not days):
            continue  # a foreign time cannot open the window, but can close it ("to its Jan. 27 close")
        r = ctx.resolve(t)
        if r.kind in _DAY_KINDS and r.start is not None and r.start == r.end:
            days.append((s, e, r))
    if not days:
        # fronted: "Since its October 12th, 2022 low, the S&P 500 is up nearly 54%"
        for t in ctx.times:
            s, e = ctx.rel(t.span)
            if time is not None and time.span != t.span:
                break  # the move names its own time ("year to date is down 18%")
            if e <= trigger and (t.anchor == "since" or _cue_before(ctx, _SINCE_CUE, s)):
                r = ctx.resolve(t)
                if r.kind in _DAY_KINDS and r.start is not None and r.start == r.end:
                    days = [(s, e, r)]
                    break
    if not days:
        # "It has rallied 20% since then", "Since then, the Russell 2000 is up 33%"
        lo = trigger if re.search(r"\bsince\s+then\b", ctx.text[trigger:ce], _I) else cs
        then = re.search(r"\bsince\s+then\b", ctx.text[lo:ce], _I)
        if then is None:
            return None
        span = Span(ctx.offset + lo + then.start(), ctx.offset + lo + then.end())
        prev = ctx.state.prev_day
        if prev is not None and ctx.state.published is not None and prev < ctx.state.published:
            # from the last day the article named
            return TimeExpr(then.group(0), TimeKind.FUZZY, span=span, anchor="between",
                            start=prev + dt.timedelta(days=1), end=ctx.state.published, resolved=True,
                            note=f"'since then' = from the close of {prev}, the last day named before")
        return _undated_horizon(TimeExpr(then.group(0), TimeKind.FUZZY, span=span))
    s1, e1, first = days[0]
    lo = max(trigger, s1 - 45) if s1 >= trigger else max(0, s1 - 45)
    cue = _cue_before(ctx, _FROM_CUE, s1, lo)
    if cue is None and first.anchor not in ("since", "from", "between"):
        return None
    since = first.anchor == "since" or (cue is not None and cue.group(0).lower().startswith("since"))
    last = None
    if len(days) > 1 and not since:
        s2, e2, second = days[1]
        if _TO_CUE.match(ctx.text[e1:s2]) and second.end > first.start:
            last = second.end
    if last is None:
        if not since or ctx.state.published is None:
            return None
        last = ctx.state.published
    start = first.start + dt.timedelta(days=1)
    if start > last:
        return None
    raw = ctx.text[s1:e1] if last == ctx.state.published else ctx.text[s1:days[1][1]]
    return TimeExpr(raw, TimeKind.FUZZY, span=first.span, anchor="between", start=start, end=last,
                    resolved=True, note=f"from the close of {first.start} to the close of {last} "
                                        "(the last session on or before it)")


_DEFINITION = re.compile(r"\b(?:defin(?:e|es|ed|ing)|considered|deemed|qualif(?:y|ies)|known\s+as|threshold)\b[^.;]{0,40}$|"
                         r"\b(?:correction|bear\s+market|bull\s+market)\s+(?:is|as|means)\b[^.;]{0,30}$", _I)
_DEFINITION_AFTER = re.compile(r"^[^.;]{0,50}\b(?:is|are)\s+(?:considered|deemed|defined|known\s+as|typically\s+considered)|"
                               r"^[^.;]{0,50}\bqualif(?:y|ies)\s+as\b", _I)
def is_definition(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether the figure at [start, end) sits in a definition ("define a correction as a decline
    of at least 10%"): a threshold, not a claim about any session."""
    cs, _ = ctx.clause(start)
    return bool(_DEFINITION.search(ctx.text[cs:start]) or _DEFINITION_AFTER.match(ctx.text[end:end + 70]))


_CONTINUES = re.compile(r"^\s*(?:In\s+contrast|By\s+contrast|By\s+comparison|In\s+comparison|Meanwhile|Similarly|"
                        r"Likewise|Over\s+the\s+same\s+(?:period|span|stretch)|That\s+compares?|Compared)\b", _I)


# "in three days", "in just two sessions" (not "in the next three days"): with a past move, the
# last N sessions; the moves rule reads it so only after a verb of change
_IN_N_UNITS = re.compile(r"^in\s+(?:just\s+|only\s+|a\s+mere\s+)?(?:\d+|" + NUMWORD[3:-1] +
                         r")\s+(?:trading\s+)?(?:days?|sessions?|weeks?)$", _I)


def _undated_horizon(t: TimeExpr) -> TimeExpr:
    """A horizon ("over the next year") that counts from an undated event: left unresolved."""
    return TimeExpr(t.raw, TimeKind.FUZZY, span=t.span, anchor="after", relative=True, resolved=False,
                    note=f"'{t.raw}' counts from an event the sentence does not date")


# the words a move's verb may have before its figure ("jumped 3.5%", "is up nearly 13%")
_VERB_GAP = re.compile(r"[\s,]*(?:(?:by|a|an|another|some|as much as|as little as|just|only|roughly|about|nearly|"
                       r"almost|around|more than|less than|over|under|close to|a further|an additional|"
                       r"a modest|a whopping|a solid|a hefty|a sharp|a massive|impressive|healthy|robust|stunning|remarkable|"
                       r"staggering|respectable|paltry|meager|meagre|modest|whopping|solid|hefty|sharp|massive|"
                       r"strong|steep|mere|scant|outsized|eye-popping|cool)\s*)*", _I)


def moves(ctx: SentenceContext) -> None:
    for i, q in ctx.free_quantities(_MOVE_UNITS):
        if i in ctx.used_q:
            continue
        s, e = ctx.rel(q.span)
        hs = s - len(q.hedge_text) - (1 if q.hedge_text else 0) if q.hedge_text and not q.hedge_text.startswith("or") else s
        cs, _ = ctx.clause(s)
        direction = None
        trigger = s
        # verb before the number: "jumped 3.5%", "is up nearly 13%", "has soared 22%"
        window = ctx.text[max(cs, hs - 40):hs]
        verbs = list(for_text(_MOVE_VERB, ctx.text).finditer(window))  # ctx.text's form fits its slices
        if verbs:
            v = verbs[-1]
            gap = window[v.end():]
            if _VERB_GAP.fullmatch(gap):
                direction = Direction.UP if v.group("up") else Direction.DOWN
                trigger = max(cs, hs - 40) + v.start()
        if direction is None and _ENDED_BEFORE.search(ctx.text[max(cs, hs - 30):hs]):
            after = _DIRECTION_AFTER.match(ctx.text[e:e + 50])
            if after is not None:
                # "ended 653.17 points, or 2.9%, lower at 21,792.20": the direction after the figures
                direction = Direction.DOWN if after.group("dir").lower() in ("lower", "down") else Direction.UP
                trigger = max(cs, hs - 30) + _ENDED_BEFORE.search(ctx.text[max(cs, hs - 30):hs]).start()
        if direction is None:
            na = _NOUN_AFTER.match(ctx.text[e:e + 30])
            nb = _NOUN_BEFORE.search(ctx.text[max(cs, hs - 30):hs])
            if na:
                direction = Direction.DOWN if na.group("down") else Direction.UP
                if na.group(0).strip().lower() in ("move", "return", "returns"):
                    direction = Direction.UNKNOWN
            elif nb:
                direction = Direction.DOWN if nb.group("down") else Direction.UP
                trigger = max(cs, hs - 30) + nb.start()
        gapped = row_name = None
        signed = q.sign and q.unit is Unit.PCT and re.match(r"[-+\u2212]", q.raw)
        if direction is None and signed and any(
                m.symbol and 0 <= s - ctx.rel(m.span)[1] <= 2 for m in ctx.names) and any(
                t.kind in _DAY_KINDS and cs <= ctx.rel(t.span)[0] < s for t in ctx.times):
            # a row of daily results: "Jan. 2, Russell 2000 +1.06% against S&P 500 +0.19%"
            direction = Direction.UP if q.sign > 0 else Direction.DOWN
            row_name = next(m for m in ctx.names if m.symbol and 0 <= s - ctx.rel(m.span)[1] <= 2)
            trigger = ctx.rel(row_name.span)[0]
        if direction is None and signed and any(
                t.kind in _DAY_KINDS and (0 <= ctx.rel(t.span)[0] - e <= 6
                                          or 0 <= s - ctx.rel(t.span)[1] <= 2) for t in ctx.times):
            # a signed figure dated on its own: "+1.17% on March 23, +0.97% on March 24",
            # "Jan. 21, +2.02%"
            direction = Direction.UP if q.sign > 0 else Direction.DOWN
        if direction is None:
            gapped = gapped_subject(ctx, hs)
            if gapped is not None:
                # "the S&P 500 shed 1.4% and the Nasdaq Composite 2.3%": the verb of the move before
                direction, trigger = gapped[1].direction, ctx.rel(gapped[0].span)[1]
        if direction is None:
            continue
        sign = -1 if direction is Direction.DOWN else (1 if direction is Direction.UP else 0)
        before = ctx.text[max(cs, trigger - 60):trigger]
        if _EVENT_CUE.search(ctx.masked[cs:trigger]):
            continue  # a historical pattern: the event rule reads it
        if _MODAL.search(before):
            continue  # a forecast: the forecast rule reads it
        if _DEFINITION.search(ctx.text[cs:trigger]) or _DEFINITION_AFTER.match(ctx.text[e:e + 70]):
            continue  # "define a correction as a decline of at least 10%": a definition, not a claim
        qs = [ctx.use(i, "move", sign)]
        end = e
        nxt = ctx.quantity_near(e, within=25, units=_MOVE_UNITS)
        if nxt and _OR_ALSO.match(ctx.text[e:ctx.rel(ctx.quantities[nxt[0]].span)[0]]) \
                and ctx.quantities[nxt[0]].unit is not q.unit:  # the pattern takes the hedge words
            qs.append(ctx.use(nxt[0], "move", sign))
            end = ctx.rel(qs[-1].span)[1]
        # subject: a name right after a noun form ("a 1% gain for the S&P 500") wins
        subject = None
        na = _NOUN_AFTER.match(ctx.text[e:e + 30])
        if na:
            # "a 1% gain for the S&P 500", "Tuesday's 3.5% jump left the Russell 2000 ..."
            fm = re.match(r"^\s*(?:(?:on\s+\w+day|today|yesterday)\s+)?(?:for|in|by|on|left|sent|pushed|put|"
                          r"took|lifted|dragged|brought|carried)\s+", ctx.text[e + na.end():e + na.end() + 30], _I)
            if fm:
                subject = ctx.mention_after(e + na.end(), within=fm.end() + 6)
        else:
            fa = re.match(r"^(?:\s*(?:,|and|,\s*and)\s*-?\d[\d.,]*\s?%)*\s*(?:for|in)\s+", ctx.text[e:e + 60], _I)
            if fa and _NOUN_BEFORE.search(ctx.text[max(cs, hs - 40):hs]):
                # "gains of 3.9% (and 3.7%) for the Russell 1000": the name after the figures
                subject = ctx.mention_after(e + fa.end(), within=20)
        possessor = next((m for m in ctx.names if m.symbol and re.fullmatch(
            r"['\u2019]s\s+", ctx.text[ctx.rel(m.span)[1]:hs])), None)
        # "the S&P's 0.5% loss and the Nasdaq's 0.9% slide": the possessor is the figure's
        subject = (subject or possessor or (gapped[0] if gapped is not None else None) or row_name
                   or ctx.subject_for(trigger))
        foreign = _foreign_times(ctx, trigger)
        saved = set(ctx.used_t)
        ctx.used_t |= foreign
        time = ctx.time_for(s)
        ctx.used_t = saved
        if time is not None and time.kind is TimeKind.HORIZON and _IN_N_UNITS.match(time.raw):
            # "has lost 11 percent in three days": a past move over the last N, not a forecast
            time = TimeExpr(time.raw, TimeKind.TRAILING, span=time.span, anchor="over",
                            count=time.count, unit=time.unit, relative=True,
                            note=f"'{time.raw}': the {time.count:g} {time.unit}s to the article's day")
        if time is not None and time.kind is TimeKind.HORIZON:
            if time.anchor == "next" and time.start is not None and ctx.state.published is not None \
                    and time.start >= ctx.state.published:
                # "over the next year the Russell was down 17%" in a look back: the year after an
                # event the sentence does not date, not the year after publication
                time = _undated_horizon(time)
            else:
                time = None
        if time is None:
            # a day named elsewhere in the sentence ("closed at its highest ... on Wednesday after rising 1.7%")
            time = next((ctx.resolve(t) for i, t in enumerate(ctx.times) if t.kind in _DAY_KINDS and i not in foreign), None)
        if time is None and ctx.state.last_time is not None and _CONTINUES.match(ctx.text):
            # "In contrast, SPY has seen a 3.9% increase": the period of the sentence before
            time = ctx.state.last_time
        if time is None:
            # "gained 11.2% for the month versus gains of 3.9% for ...": the sentence's earlier move
            time = next((c.time for c in reversed(ctx.claims)
                         if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) and c.time is not None), None)
        span_time = _between_days(ctx, trigger, time, foreign)
        if span_time is not None:
            time = span_time
        kind = ClaimKind.DAY_MOVE if time is None or time.kind in _DAY_KINDS else ClaimKind.PERIOD_RETURN
        # the cue must be the move's own ("had been down as much as 40 points earlier, ended
        # 324.82 points higher": the second move is the close)
        intraday = bool(INTRADAY_CUE.search(ctx.text[max(cs, trigger - 45):end + 30])) and not \
            CLOSE_VERB_AT.match(ctx.text[trigger:])
        details = {"measure": "points" if q.unit is Unit.POINTS else "pct"}
        if kind is ClaimKind.PERIOD_RETURN and time is not None:
            details["window"] = {TimeKind.TO_DATE: "ytd" if time.unit == "year" else "to_date",
                                 TimeKind.TRAILING: "trailing"}.get(time.kind, "since" if time.anchor == "since" else "calendar")
        if intraday and TIME_OF_DAY.search(ctx.text[cs:end + 40]):
            # "down as much as 200 points around noon": the extreme until noon, not the day's
            details["snapshot"] = True
        elif intraday:
            details["intraday"] = True
        elif kind is ClaimKind.DAY_MOVE and (SNAPSHOT.search(ctx.text) or (
                ctx.state.live and not CLOSING_VERB.search(ctx.text) and undated_or_today(time))):
            details["snapshot"] = ctx.state.live = True
        elif (kind is ClaimKind.PERIOD_RETURN and ctx.state.live and time is not None
              and time.kind in (TimeKind.TO_DATE, TimeKind.TRAILING, TimeKind.WEEK, TimeKind.MONTH)
              and not CLOSING_VERB.search(ctx.text)):
            details["snapshot"] = True  # "so far this month" in live coverage ends mid-session
        close_q = None
        ca = _CLOSE_AT.match(ctx.text[end:end + 40])
        if ca:
            found = ctx.quantity_near(end + ca.end(), within=3, units=(Unit.NUMBER, Unit.USD))
            if found:
                close_q = ctx.use(found[0], "level")
                details["with_close"] = close_q.value
        claim = ctx.make(kind, trigger, end, subject=subject, quantities=qs, hedge=q.hedge,
                         direction=direction, time=time, details=details)
        if time is None:
            claim.flags.append("no time stated: read as the latest session on or before publication")
        else:
            ctx.state.last_time = time
        if close_q is not None:
            ctx.make(ClaimKind.CLOSE_LEVEL, end + ca.start("how"), ctx.rel(close_q.span)[1], subject=subject,
                     quantities=[close_q], time=time,
                     details={"level": close_q.value, **({"snapshot": True} if details.get("snapshot") else {}),
                              **({"intraday": "high" if direction is Direction.UP else "low"}
                                 if intraday and direction in (Direction.UP, Direction.DOWN) else {})})
        ctx.consumed.append((trigger, end))
    respectively(ctx)
    both(ctx)
    figure_for_name(ctx)
    figure_with_own_time(ctx)
    _the_most_since(ctx)


# "The gauge has now lost 11 percent in three days, the most since November 2008": a superlative
# with no noun of its own ranks the move just before it, over that move's window
_MOST_SINCE = re.compile(r"^\s*,\s*(?:the|its|their)\s+(?P<w>most|biggest|largest|steepest|sharpest|worst|best)\s+"
                         r"(?=since\b)", _I)


def _the_most_since(ctx: SentenceContext) -> None:
    for c in list(ctx.claims):
        if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or c.subject is None:
            continue
        e = c.span.end - ctx.offset
        if c.time is not None and c.time.span is not None:
            e = max(e, ctx.rel(c.time.span)[1])
        m = _MOST_SINCE.match(ctx.text[e:e + 40])
        if m is None:
            continue
        found = ctx.since_after(e + m.end() - 1, within=8)
        if found is None:
            continue
        t = c.time
        if c.kind is ClaimKind.DAY_MOVE and (t is None or t.kind in (TimeKind.DAY, TimeKind.WEEKDAY)):
            details: dict = {"measure": "day_move"}
        elif t is not None and t.count and t.unit in ("day", "session", "trading day"):
            details = {"measure": "sessions_move", "sessions": int(t.count)}
        else:
            continue
        ctx.used_t.add(found[0])
        low = c.direction is Direction.DOWN
        start, end = e + m.start("w") - 4, found[1].span.end - ctx.offset
        details["superlative"] = m.group("w").lower()
        ctx.make(ClaimKind.LOWEST_SINCE if low else ClaimKind.HIGHEST_SINCE, start, end, subject=c.subject,
                 since=found[1], time=None if details["measure"] == "sessions_move" else c.time,
                 direction=c.direction, details=details)
        ctx.consumed.append((start, end))


_CLOSE = re.compile(r"\b(?:(?:fell|dropped|slid|sank|tumbled|plunged|rose|climbed|jumped|advanced|rallied|"
                    r"slipped|declined)\s+to\s+$)|\b(?:closed|close|closing|ended|ends?|ending|finished|finish(?:es|ing)?|settled|settles?|"
                    r"settling)\s+(?:the\s+(?:day|session|week|month|year)\s+|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day\s+|"
                    # "ended 653.17 points, or 2.9%, lower at 21,792.20": the level after the move
                    r"[\d.,]+\s+points?,\s+or\s+[\d.]+%,\s+(?:higher|lower)\s+|"
                    r"(?:today|yesterday)\s+)?(?:at|near|around|just\s+(?:above|below|under)|"
                    r"above|below|under)\s+(?:a\s+level\s+of\s+)?$", _I)


# a summary row "Dow 16,285.51, up 619.07 points (3.96%)": a name, its close, its move
_ROW_MOVE_AFTER = re.compile(r"^\s*,?\s*(?:up|down|off|higher|lower|unchanged)\b", _I)


def close_levels(ctx: SentenceContext) -> None:
    for i, q in ctx.free_quantities((Unit.NUMBER, Unit.USD)):
        s, e = ctx.rel(q.span)
        hs = s - len(q.hedge_text) - 1 if q.hedge_text else s
        m = _CLOSE.search(ctx.text[max(0, hs - 50):hs])
        if not m and q.decimals == 2 and _ROW_MOVE_AFTER.match(ctx.text[e:e + 12]):
            name = next((n for n in ctx.names if n.symbol and n.span is not None
                         and 0 <= s - ctx.rel(n.span)[1] <= 2), None)
            if name is not None:
                start = ctx.rel(name.span)[0]
                qq = ctx.use(i, "level")
                ctx.make(ClaimKind.CLOSE_LEVEL, start, e, subject=name, quantities=[qq],
                         time=ctx.time_for(s, kinds=_DAY_KINDS, allow_since=False),
                         details={"level": q.value})
                ctx.consumed.append((start, e))
            continue
        if not m:
            continue
        start = max(0, hs - 50) + m.start()
        rel = re.search(r"(above|below|under|near|around)\s+$", m.group(0), _I)
        qq = ctx.use(i, "level")
        if rel:
            qq.hedge = {"above": Hedge.MORE_THAN, "below": Hedge.LESS_THAN, "under": Hedge.LESS_THAN,
                        "near": Hedge.ABOUT, "around": Hedge.ABOUT}[rel.group(1).lower()]
        time = ctx.time_for(s, kinds=_DAY_KINDS + (TimeKind.WEEK, TimeKind.MONTH, TimeKind.YEAR), allow_since=False)
        claim = ctx.make(ClaimKind.CLOSE_LEVEL, start, e, subject=ctx.subject_for(start), quantities=[qq],
                         hedge=qq.hedge, time=time, details={"level": q.value})
        if time is None:
            claim.flags.append("no time stated: read as the latest session on or before publication")
        ctx.consumed.append((start, e))


__all__ = ["close_levels", "distance", "highest_since", "moves", "rarity", "records", "relative",
           "streaks"]
