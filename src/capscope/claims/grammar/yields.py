"""Yield levels: "the 10-year yield eased to 2.93 percent from 2.96 percent late Tuesday".

A Treasury yield's percent is its level (FRED's end-of-day value), never a percent change, and
wire copy states it as a move "to" today's level "from" the previous one. Each figure is its own
claim: the level "to" on the article's day, the level "from" on the session before (or the day
the words give it, "late Tuesday"). Only subjects that are rates (``Kind.RATE``) are read here;
every other percent after "to" is a move's or a close's, for the rules that follow.
"""

from __future__ import annotations

import dataclasses
import re

from capscope.claims.grammar.base import DAY_KINDS, NUMWORD, SentenceContext
from capscope.claims.lexicon import MOVE_DOWN_WORDS, MOVE_UP_WORDS
from capscope.claims.model import ClaimKind, Direction, Hedge, Mention, TimeExpr, Unit
from capscope.data.symbols import SYMBOLS, Kind

_I = re.IGNORECASE

_TO = re.compile(r"\b(?P<verb>fell|fallen|rose|risen|eased|climbed|dropped|slipped|jumped|rallied|dipped|added|gained|lost|shed|"
                 r"edged\s+(?:up|down|higher|lower)|ticked\s+(?:up|down|higher|lower)|sank|slid|retreated|advanced|"
                 r"increased|decreased|declined|moved|was|stood|settled|ended|finished|closed|"
                 # the participles: "rising to 3.45 percent from 3.28 percent", "sliding to 4.25 percent"
                 r"rising|falling|easing|climbing|dropping|slipping|jumping|sinking|sliding|retreating|"
                 r"advancing|declining|moving|standing|settling|ending|finishing|closing|dipping|adding|gaining|losing|"
                 # "zoomed to 3.05%", "held at 2.40 percent", "was trading at 2.87 percent late Friday"
                 r"zoom(?:ed|ing)|soar(?:ed|ing)|surg(?:ed|ing)|spik(?:ed|ing)|tumbl(?:ed|ing)|plung(?:ed|ing)|"
                 r"popp(?:ed|ing)|held|hover(?:ed|ing)|trad(?:ed|ing)|"
                 # "shot to 3.36% from 3.06%", "sits at 2.89%", "rocketed to", "leapt to"
                 r"shot(?:\s+up)?|rocket(?:ed|ing)|leap(?:t|ed|ing)|sits|sat|sitting|"
                 # "the 2-year note has compressed to 3.40% from 3.57%"
                 r"compress(?:ed|ing)|"
                 # "closed the week at 2.20%"
                 r"(?:ended|closed|finished|ending|closing|finishing)\s+the\s+(?:day|week|session|month|year)|"
                 # "sending the yield on the benchmark 10-year note up six basis points to 1.78%"
                 r"up|down|higher|lower|"
                 # "held steady at 3.90%", "ended little changed at 1.31% from 1.32% late Tuesday"
                 r"held\s+steady|(?:was\s+|ended\s+|closed\s+)?(?:unchanged|little\s+changed|flat))(?P<by>\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|just\s+|only\s+|roughly\s+|around\s+|some\s+)?"
                 r"(?:[\d.]+|" + NUMWORD + r")"
                 r"[\s-]*(?:basis\s+points?|bps?|percentage\s+points?)(?:\s*\((?:bps?|pts?)\))?)?"
                 # ("fell 17 basis points this year to 4.25%": the change's period, the level the day's)
                 r"(?:\s+(?:this|last)\s+(?:week|month|quarter|year)|\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri)day)?"
                 # ("fell sharply to 2.60 percent")
                 r"(?:\s+(?:sharply|slightly|further|back|steadily|modestly))?,?\s+(?:to|at)\s+$|"
                 # "with the yield on the 10-year Treasury note at 3.98 percent": the level without a verb
                 r"\b(?:note|bond|yield)\s+(?P<bare>at)\s+$|"
                 # "with the benchmark 10-year yield hovering stubbornly near 4.07%" (the hedge is the figure's)
                 r"\b(?:note|bond|yield|treasury)\s+hover(?:ed|ing|s)(?:\s+\w+ly)?\s+$|"
                 # "The 2-year Treasury yield was 3.495%": the level as the verb's complement (not a
                 # change: see _CHANGE_AFTER)
                 r"\b(?:note|bond|yield|treasury)\s+(?P<copula>was|is|stood)\s+$", _I)
# "the yield was 0.2 percentage point higher": a change after the figure, not a level
_CHANGE_AFTER = re.compile(r"^\s*(?:percentage|points?|higher|lower|above|below|up|down|over|under)\b", _I)
# "pushed its yield up to 3.72 percent", "the 10-year Treasury ended with a yield of 0.722%": the
# level by another verb's words
_TO_OTHER = re.compile(r"\b(?:(?:push|sen[dt]|lift|dr[io]ve|drag|t[ao]ke?|knock|pull|rais)(?:ed|e|es|s|ing)?\s+"
                       r"(?:(?:its|the|their)\s+)?yields?\s+"
                       # "sending the yield on the 10-year note up to 3.13 percent"
                       r"(?:on\s+the\s+(?:benchmark\s+)?(?:10|ten|2|two|30|thirty)-year\s+(?:treasury\s+)?"
                       r"(?:note|bond|treasury)\s+)?"
                       r"(?:up\s+|down\s+|higher\s+|lower\s+)?to|(?:with|at|had)\s+a\s+yield\s+of|yielding)\s+$", _I)
_DOWN_VERB = re.compile(r"\b(?:" + MOVE_DOWN_WORDS + r")\b", _I)  # (the lexicon's move verbs)
_ITS_YIELD = re.compile(r"\bits\s+yield\s+(?:\w+\s+){0,2}$", _I)
# (", up from 3.97 percent late Tuesday", "from Thursday's 1.08%")
# (the level's own day between: "1.26% Thursday, down from 1.28% the day before", "3.72% on Friday,
# down from ...")
_FROM = re.compile(r"^\s*(?:(?:by|in)\s+(?:late|early|mid-?)?\s*(?:afternoon|morning|trading)\s*)?"
                   r"(?:(?:on\s+|late\s+|early\s+)?(?:mon|tues|wednes|thurs|fri)day|yesterday|today)?"
                   # ("its lowest since June 2023": an appositive on the level, no figure in it)
                   r"(?:,\s+(?:its|the)\s+(?:highest|lowest)\s+[^,;%\d]{0,12}(?:since|in|of)\s+[^,;%]{1,24}?)?"
                   r",?\s*(?:(?:up|down)\s+)?from\s+(?:(?P<day>(?:mon|tues|wednes|thurs|fri)day)['\u2019]s\s+)?$", _I)
# how far after the level its "from" figure may stand (an appositive between: "finished the week
# at 3.72%, its lowest since June 2023, down from 3.92% a week earlier")
_FROM_REACH = 64
# the "from" figure a week before the level's: "down from 3.92% a week earlier", "a week ago"
_WEEK_BEFORE = re.compile(r"\s+a\s+week\s+(?:earlier|ago|before)\b", _I)


def is_rate(symbol: str | None) -> bool:
    """Whether ``symbol`` is a rate (a Treasury yield), whose percent is its level."""
    info = SYMBOLS.get(symbol) if symbol else None
    return info is not None and info.kind is Kind.RATE


# "The 10-year Treasury yield fell by 7 basis points, while ...", "with the 10-year yield up 8.0
# basis points": a day's change in basis points with no level after it
_BY_BP = re.compile(r"\b(?P<verb>" + MOVE_UP_WORDS + "|" + MOVE_DOWN_WORDS + r")\s+(?:by\s+)?"
                    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|around\s+|just\s+)?$", _I)


def yield_levels(ctx: SentenceContext) -> None:
    low = ctx.text.lower()
    if "yield" not in low and "treasur" not in low and "-year note" not in low and "-year bond" not in low:
        return  # ("the 2-year note has compressed to 3.40% from 3.57%": the note's name alone)
    _changes_without_level(ctx)
    for i, q in ctx.free_quantities((Unit.PCT,)):
        s, e = ctx.rel(q.span)
        # ("closed around 1.42%": the verb before the hedge; "up to" is the verb's own)
        hs = s if q.hedge_text.lower() in ("up to", "down to") else min(s, ctx.hedge_start(q))
        to = _TO.search(ctx.text[max(0, hs - 60):hs])
        if not to and not _TO_OTHER.search(ctx.text, max(0, hs - 60), hs):
            continue
        if to and to.group("copula") and _CHANGE_AFTER.match(ctx.text[e:e + 20]):
            continue
        s = hs if hs < s and q.hedge_text else s
        subject = ctx.subject_for(s)
        if subject is None or not is_rate(subject.symbol):
            subject = _note_of_its_yield(ctx, max(0, hs - 60) + to.start() if to else hs)
        if subject is None:
            continue
        day_kinds = DAY_KINDS
        if q.hedge_text.lower() in ("up to", "down to"):
            # "pushed its yield up to 3.72 percent": the level it went to, not a bound
            q = dataclasses.replace(q, hedge=Hedge.EXACT, hedge_text="")
            ctx.quantities[i] = q
            s = ctx.rel(q.span)[0]
        level = ctx.use(i, "level")
        ctx.make(ClaimKind.CLOSE_LEVEL, s, e, subject=subject, quantities=[level],
                 details={"level": q.value, "rate_level": True})
        ctx.consumed.append((s, e))
        if to and to.group("by"):
            # "rose 5 basis points to 4.11%": the day's change in basis points, its own claim
            lo = max(0, hs - 60) + to.start("by")
            found = ctx.quantity_near(lo, within=14, units=(Unit.BP, Unit.PP))
            if found is not None:
                j, bq = found
                bs, be = ctx.rel(bq.span)
                down = _DOWN_VERB.search(to.group("verb")) is not None
                ctx.make(ClaimKind.CLOSE_LEVEL, max(0, hs - 60) + to.start("verb"), be, subject=subject,
                         quantities=[ctx.use(j, "move", -1 if down else 1)],
                         direction=Direction.DOWN if down else Direction.UP,
                         details={"rate_change": True})
                ctx.consumed.append((bs, be))
        nxt = ctx.quantity_near(e, within=_FROM_REACH, units=(Unit.PCT,))
        fm = _FROM.match(ctx.text[e:ctx.rel(nxt[1].span)[0]]) if nxt is not None else None
        if fm is None:
            continue
        j, fq = nxt
        fs, fe = ctx.rel(fq.span)
        if fm.group("day"):  # "from Thursday's 1.08%": the day before the figure dates it
            day_at = e + fm.start("day")
            when = next((ctx.resolve(t) for t in ctx.times if t.span is not None
                         and ctx.rel(t.span)[0] <= day_at < ctx.rel(t.span)[1]), None)
        elif _WEEK_BEFORE.match(ctx.text, fe):
            when = _week_before(ctx, fe)
        else:
            when = ctx.time_for(fe, kinds=day_kinds, allow_since=False)
            if when is not None and when.span is not None and not 0 <= ctx.rel(when.span)[0] - fe <= 3:
                # only a time right after the figure dates it ("2.78 percent late Tuesday"), not the
                # level's own before it ("1.26% Thursday, down from 1.28% the day before")
                when = None
        ctx.make(ClaimKind.CLOSE_LEVEL, fs, fe, subject=subject, quantities=[ctx.use(j, "level")],
                 time=when, details={"level": fq.value, "rate_level": True,
                                     **({} if when is not None else {"previous_session": True})})
        ctx.consumed.append((fs, fe))


def _week_before(ctx: SentenceContext, at: int) -> TimeExpr | None:
    """"A week earlier" after the "from" figure: the week before the article's, as "last week"
    names it (its last session is the weekly close a recap compares with)."""
    m = _WEEK_BEFORE.match(ctx.text, at)
    return None if m is None else ctx.time_named("last week", *m.span())


def _note_of_its_yield(ctx: SentenceContext, verb_at: int) -> Mention | None:
    """The note or bond named earlier in the sentence when "its yield" moves: "The 10-year
    Treasury note fell 12.5 cents ..., and its yield edged up to 1.94 percent" (the wire's stock
    sentence: the note's price first, then its yield, whatever the clause between says)."""
    if not _ITS_YIELD.search(ctx.text, max(0, verb_at - 40), verb_at):
        return None
    before = [n for n in ctx.names if n.span is not None and ctx.rel(n.span)[1] <= verb_at and is_rate(n.symbol)]
    return max(before, key=lambda n: n.span.start, default=None)


def _changes_without_level(ctx: SentenceContext) -> None:
    """A yield's day change in basis points that names no level ("fell by 7 basis points")."""
    for i, q in ctx.free_quantities((Unit.BP,)):
        s, e = ctx.rel(q.span)
        hs = ctx.hedge_start(q)
        verb = _BY_BP.search(ctx.text, max(0, hs - 30), hs)
        if verb is None or re.match(r"\s*(?:\((?:bps?|pts?)\)\s*)?,?\s*to\s+[\d.]", ctx.text[e:e + 16]):
            continue  # (with a level after it, the level rule reads both)
        subject = ctx.subject_for(verb.start())
        if subject is None or not is_rate(subject.symbol):
            continue
        time = ctx.time_for(e)
        if time is not None and (time.kind not in DAY_KINDS or time.anchor == "since"):
            continue  # "shot up nearly 80 basis points since the start of August": not a day's
        down = _DOWN_VERB.search(verb.group("verb")) is not None
        start = verb.start()  # (a search from a position reports positions in the whole text)
        ctx.make(ClaimKind.CLOSE_LEVEL, start, e, subject=subject, time=time,
                 quantities=[ctx.use(i, "move", -1 if down else 1)],
                 direction=Direction.DOWN if down else Direction.UP, details={"rate_change": True})
        ctx.consumed.append((start, e))


__all__ = ["is_rate", "yield_levels"]
