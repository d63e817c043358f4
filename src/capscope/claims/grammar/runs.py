"""Runs of gains or losses (streak claims): "a fifth straight gain", "the fifth time since 1979 that it rose five days
in a row by more than 1%" (rarity)."""

from __future__ import annotations

import re

from capscope.claims.grammar.base import NUMWORD, ORDWORD, SentenceContext, ascii_lower, gated
from capscope.claims.lexicon import count_value
from capscope.claims.model import (
    ClaimKind,
    Direction,
    Hedge,
    Quantity,
    Span,
    TimeKind,
    Unit,
)

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




@gated(_RARITY)
def rarity(ctx: SentenceContext) -> None:
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

# a run named by its move, and which way the move goes
_RUN_NOUN_DIRECTION = {"slide": Direction.DOWN, "skid": Direction.DOWN, "selloff": Direction.DOWN,
                       "sell-off": Direction.DOWN, "swoon": Direction.DOWN, "retreat": Direction.DOWN,
                       "rally": Direction.UP, "climb": Direction.UP}
_RUN_NOUNS = "|".join(sorted(_RUN_NOUN_DIRECTION, key=len, reverse=True))
# a rank of such a run ("its biggest two-day rally in nearly six months") is a change over the
# sessions, read by the standings rules, not a run of gains
_RANKED_RUN = re.compile(r"\b(?:best|worst|biggest|largest|steepest|sharpest|strongest|weakest|deepest|longest|"
                         r"smallest|first)\s+(?:[\w-]+\s+)?$", _I)

_STREAKS = re.compile(
    r"(?P<n>" + NUMWORD + r")[\s-](?P<u>day|session|trading-day|week|month)s?[\s-](?:(?P<dir>winning|losing|win|up|down)[\s-])?"
    r"(?:streak|run)|"
    r"(?P<dir2>winning|losing)\s+streak\s+(?:to|of|at)\s+(?P<n2>" + NUMWORD + r")\s+(?P<u2>days|sessions|weeks|months)|"
    r"(?:for\s+)?(?:the|an?|its|their|[\w&.-]+(?:\s+\d{3,4})?['\u2019]s)\s+(?P<ord>(?!first\b|1st\b)" + ORDWORD +
    r")[\s-]+(?:(?:straight|consecutive|successive)[\s-]+)?(?:(?P<per3>daily|weekly|monthly)\s+(?=\w+(?<!day)\b))?"
    r"(?:(?P<dir3>winning|losing)\s+(?=(?:day|session|trading\s+day|week|month|quarter)s?\b))?"
    r"(?P<u3>day|session|trading day|week|month|quarter|(?P<move3>gain|loss|advance|decline|rise|drop|fall|increase|"
    r"decrease|win|retreat)(?=s?\b)(?!\s+(?:of|since|in\s+(?!a\s+row))))(?:\s+in\s+a\s+row)?|"
    r"(?P<n4>" + NUMWORD + r")\s+(?:straight|consecutive|successive)\s+(?:(?:(?P<dir4>winning|losing)\s+)?"
    r"(?:trading\s+)?(?P<u4>days|sessions|weeks|months|quarters)|"
    r"(?P<u5>daily|weekly|monthly|quarterly)\s+(?P<dir5>gains|losses|advances|declines|increases|decreases))|"
    r"(?P<n6>" + NUMWORD + r")\s+(?P<u6>days|sessions|weeks|months)\s+in\s+a\s+row|"
    # "ending a three-day rally", "a sharp two-day selloff", "After a two-week slide": a run named
    # by its move (not "a three-day rally of 5%" nor "its biggest two-day rally since": a change)
    r"(?<!\d%\s)(?P<n7>" + NUMWORD + r")[\s-](?P<u7>day|session|week|month)[\s-](?P<noun7>" + _RUN_NOUNS + r")\b"
    r"(?!\s+(?:of|totaling|totalling|worth|that\s+(?:erased|wiped|took|sent|added|shaved|cut)|in\s+which)\b)", _I)
# an ordinal period is a streak only with a word of repetition or of its moves: "the fifth
# straight week", "its third week in a row", "the fourth week of gains", "a sixth day higher"
_IN_A_ROW = re.compile(r"straight|consecutive|successive|in\s+a\s+row", _I)
# "fell for a sixth day", "rose for the third session": a move verb before "for" makes the ordinal
# period a run of that move (not "rose for the third day of the month": a date)
_OF_A_PERIOD = re.compile(r"\s+(?:of|in|since)\b", re.I)
_VERB_FOR = re.compile(r"\b(?:rose|fell|gained|lost|advanced|declined|climbed|slid|dropped|rallied|slipped|"
                       r"retreated|(?:edged|moved|closed|ended|finished)\s+(?:up|down|higher|lower))\s+$", _I)
_STREAK_TAIL = re.compile(r"\s+(?:of\s+(?:gains|losses|declines|advances|increases|decreases|"
                          r"outperformance|underperformance)|(?:up|down|higher|lower|in\s+the\s+(?:green|red))\b)", _I)
_FIRST_SINCE = re.compile(r"\b(?:first\s+such|longest|first|best|longest\s+such)\b[^.;]{0,40}?\bsince\b", _I)


_REL_STREAK = re.compile(r"\b(?:(?P<out>outperform\w*|outpac\w*|beat(?:ing|s)?|beaten|topp(?:ed|ing))|"
                         r"(?P<under>underperform\w*|lagg(?:ed|ing)|lags?|trail(?:ed|ing|s)?))\b", _I)


# a word every branch of _STREAKS needs (streak/run, the ordinal, straight..., "in a row")
_STREAKS_NEED = re.compile(r"streak|run|straight|consecutive|successive|row|slide|skid|sell|swoon|retreat|rally|climb|"
                           + ORDWORD, _I)


# the same test by substrings on an ASCII sentence: a streak word, or an ordinal and a unit
# (the "the third straight session" branch; "first" is excluded by that branch itself)
_STREAK_WORDS = ("streak", "run", "straight", "consecutive", "successive", "row", "slide", "skid", "sell", "swoon",
                 "retreat", "rally", "climb")
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


_OWNER_AFTER = re.compile(r"\s+(?:of\s+(?:gains|losses|advances|declines|increases|decreases)\s+)?for\s+", re.I)


def streaks(ctx: SentenceContext) -> None:
    if not _may_have_streak(ctx.text):
        return
    for m in _STREAKS.finditer(ctx.text):
        if ctx.is_consumed(*m.span()):
            continue
        g = m.groupdict()
        if g["ord"] and not _IN_A_ROW.search(m.group(0)) and not _STREAK_TAIL.match(ctx.text, m.end()) \
                and not (g["u3"] and not g["move3"] and _VERB_FOR.search(ctx.text[max(0, m.start() - 40):m.start()])
                         and m.group(0).lower().startswith("for") and not _OF_A_PERIOD.match(ctx.text, m.end())):
            continue  # "in the fourth quarter of 2020", "the third day of the month": a time
        if g["noun7"] and _RANKED_RUN.search(ctx.text[max(0, m.start() - 30):m.start()]):
            continue
        n_text = g["n"] or g["n2"] or g["ord"] or g["n4"] or g["n6"] or g["n7"]
        length = count_value(n_text or "")
        if not length or length > 10000:
            continue
        unit_raw = (g["u"] or g["u2"] or g["u3"] or g["u4"] or g["u5"] or g["u6"] or g["u7"] or "day").lower()
        if g["move3"]:
            if not _IN_A_ROW.search(m.group(0)):
                continue  # "its fifth gain of the year" counts gains, it is no streak
            unit_raw = g["per3"] or "day"  # "its fifth straight gain": sessions in a row
            g = {**g, "dir": "up" if g["move3"].lower() in ("gain", "advance", "rise", "increase", "win")
                 else "down"}
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
                "trading day": "day", "trading-day": "day"}.get(unit_raw, unit_raw.rstrip("s"))
        dword = (g["dir"] or g["dir2"] or g.get("dir3") or g["dir4"] or g["dir5"] or "").lower()
        if g["noun7"]:
            direction = _RUN_NOUN_DIRECTION[g["noun7"].lower()]
        elif dword in ("winning", "win", "up", "gains", "advances", "increases"):
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
        extra.update(_run_of(ctx.text[:m.start()]))
        # "the third straight day of gains for U.S. stocks": the owner named after the run
        owner = _OWNER_AFTER.match(ctx.text, m.end())
        subject = (ctx.mention_after(owner.end(), within=4) if owner else None) or ctx.subject_for(m.start())
        if comparison is not None and (subject is None or subject.symbol == comparison.symbol):
            # "outpacing the S&P 500 for the 11th session in a row": the series beating the one
            # named after the verb is the verb's subject, not that name
            subject = ctx.subject_for(cs + rel[-1].start())
        ctx.make(kind, m.start(), end, subject=subject, quantities=qs,
                 direction=direction, time=time, since=since, comparison=comparison,
                 details={"length": length, "unit": unit, "ordinal": bool(g["ord"]),
                          "first_since": first_since, "longest_since": bool(fs and "longest" in fs.group(0).lower()),
                          **extra})
        ctx.consumed.append((m.start(), end))


# what a run of sessions counts when not gains or losses: "closed above its 200-day moving average
# for nearly 280 consecutive trading days" (closes on one side of the average), "climbed to a
# record high for the third session in a row" (records)
_SIDE_RUN = re.compile(r"\b(?P<side>above|below)\s+(?:its|the|their)\s+(?P<n>\d{2,3})-day\s+(?:simple\s+)?"
                       r"(?:moving\s+)?average\s+(?:for\s+)?(?:(?:nearly|almost|about|more\s+than|over)\s+)?$", _I)
_RECORD_RUN = re.compile(r"\b(?:record|all-time)\s+(?:closing\s+)?(?:highs?|lows?|close|closes|levels?)?\s*$", _I)


def _run_of(before: str) -> dict:
    """The details saying what the run counts, from the words right before it ({} for gains or
    losses)."""
    side = _SIDE_RUN.search(before[-80:])
    if side is not None:
        return {"side_of_average": {"window": int(side.group("n")), "above": side.group("side").lower() == "above"}}
    if _RECORD_RUN.search(before[-60:]):
        return {"of_records": True}
    return {}


__all__ = ["rarity", "streaks"]
