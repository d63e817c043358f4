"""Move claims: a day's move and a change over a window.

The rule looks for a trigger (a verb of change, a noun form: "rose 1.2%", "a gain of 1.98%") and
takes the numbers and time phrases next to it; what it uses is marked so later rules skip it.
One index against another is ``relative``, a close's level ``closes``; streaks and extremes
(records, highs since, distance from a record) are their own modules too.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

from capscope.claims._spans import for_text
from capscope.claims.grammar.base import DAY_KINDS, NUMWORD, ORDWORD, SentenceContext, looking_back
from capscope.claims.grammar.lists import (
    both,
    figure_for_name,
    figure_with_own_time,
    gapped_subject,
)
from capscope.claims.grammar.live import (
    CLOSE_VERB_AT,
    CLOSING_VERB,
    INTRADAY_CUE,
    REVERSAL_AFTER,
    SNAPSHOT,
    TIME_OF_DAY,
    undated_or_today,
)
from capscope.claims.grammar.move_ranks import rank_the_moves
from capscope.claims.grammar.superlatives import superlative_measure
from capscope.claims.lexicon import DAY_WORD_BEFORE_OR, MOVE_DOWN_WORDS, MOVE_UP_WORDS, count_value
from capscope.claims.model import (
    ClaimKind,
    Direction,
    Mention,
    Span,
    TimeExpr,
    TimeKind,
    Unit,
)
from capscope.claims.timewindows import MONTH_NUM
from capscope.claims.timexpr import one_day

_MOVE_UNITS = (Unit.PCT, Unit.POINTS, Unit.PP)
_I = re.IGNORECASE

# ---------------------------------------------------------------- moves and period returns

_MOVE_VERB = re.compile(r"\b(?:(?P<up>" + MOVE_UP_WORDS + r")|(?P<down>" + MOVE_DOWN_WORDS + r"))\b", _I)
_NOUN_AFTER = re.compile(
    r"^[\s-]*(?:(?:weekly|monthly|quarterly|annual|yearly)\s+)?(?:(?P<up>gains?|rise|jump|advance|rally|surge|climb|increase|pop|rebound|returns?|move|upswing|"
    r"higher|spike|leap)|(?:(?P<down>drop|decline|loss|fall|slide|plunge|selloff|sell-off|pullback|slump|retreat|dip|"
    r"lower|tumble|decrease|nosedive|plummet|skid|swoon|rout)))\b", _I)
# "a gain of 1.98%", "a one-day loss of 335 points", "Monday's drop of nearly 650 points", "a
# year-to-date loss of 1.77 percent": the noun, after an article or a possessive and one modifier
_NOUN_LEAD = r"(?:an?|\w+['\u2019]s)\s+(?:[\w-]+\s+)?"
_NOUN_BEFORE = re.compile(r"\b(?:(?:respective|comparable|corresponding)\s+)?(?:(?P<up>gains?|returns?|"
                          + _NOUN_LEAD + r"(?:gain|advance|increase|rise|return|jump|surge|climb|rally|rebound))|"
                          r"(?P<down>losses|declines|" + _NOUN_LEAD + r"(?:loss|drop|decline|fall|slide|plunge|slump|"
                          r"tumble|retreat|dip)))\s+of\s+(?:just\s+|only\s+)?$", _I)
_COUNTED_MOVES = re.compile(r"\b(?:" + NUMWORD + r"|several|many|multiple|few|numerous)\s+(?:[\w-]+\s+)?"
                            r"(?:gains|losses|declines|drops|advances|rallies|falls)\s+of\s+$", _I)
_MODAL = re.compile(r"\b(?:could|(?-i:may)(?!\s+\d)|might|will|would|should|expect(?:s|ed)?\s+to|is\s+set\s+to|poised\s+to|"
                    r"likely\s+to|forecasts?|projects?|predicts?|sees?|target(?:s|ing)?|aims?\s+to|if)\b[^.;]{0,30}$", _I)
# "averaged", "on average"; not the Dow's own name ("the blue-chip average", "industrial average")
# (nor "the average was briefly up 387 points", "the 30-company average was up": the Dow, named by
# its noun as the subject of the index's own verb)
_EVENT_CUE = re.compile(r"\b(?:tend(?:s|ed)?\s+to|typically|historically|on\s+average|usually|"
                        r"(?<!blue-chip\s)(?<!industrial\s)(?<!Industrial\s)average(?:d|s)?\b"
                        r"(?!\s+(?:was|is|has|had|closed|ended|finished|rose|fell|gained|lost|shot|jumped|dropped|"
                        r"slid|climbed|added|shed|stood|briefly|once)\b))", _I)
# "rose 1.2% to 40,000", "gained 2.5% for the session to close at 2,467.70": the close of the move's day
# "a record", "a new high of", "an unprecedented": words between "to" and a record close
_RECORD_WORDS = (r"(?:\s+an?(?:\s+(?:fresh|new|unprecedented))?(?:\s+(?:record|high|all-time\s+high))?"
                 r"(?:\s+(?:close|high))?(?:\s+of)?)?")
_CLOSE_AT = re.compile(r"^\)?\s*,?\s*(?:(?:for|in|on)\s+the\s+(?:session|day)\s+)?"
                       r"(?:(?:today|yesterday|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day)\s+)?"
                       r"(?P<how>(?:to|and)\s+(?:close|end|finish|settle)(?:d)?\s+(?:the\s+(?:day|session|week)\s+)?"
                       r"(?:at|near|around)" + _RECORD_WORDS + r"|"
                       r"to(?:\s+close\s+at)?" + _RECORD_WORDS + r"|at)"
                       r"\s+(?=\$?\d)", _I)
# a figure that measures one index against another ("(0.87 points ahead)", "3 points better")
_A_GAP_AFTER = re.compile(r"\s*(?:ahead|behind|better|worse|of\s+(?:out|under)performance|more|less)\b", _I)
# (a direction word may come between: "ended about 7 points lower, or 0.2%")
# (a fund's change per share: "closed up $0.84 per share (+1.388%) at $61.34 per share")
# (a day word may come between too: "lost 40.74 points Thursday, or 2.5 percent", "advanced 49.11
# yesterday, or 0.5 percent")
_OR_ALSO = re.compile(r"^\s*(?:(?:higher|lower)\s*,\s*(?=or\b)|(?:per|a)\s+share\s*)?" + DAY_WORD_BEFORE_OR +
                      r"?,?\s*(?:(?:or|and|,)\s+(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)?|\(\s*)$", _I)
# "ended 653.17 points, or 2.9%, lower", "finished 1.2% higher": the direction after the figures
_ENDED_BEFORE = re.compile(r"\b(?:ended|closed|finished|settled|ends|closes|finishes|settles|ending|closing|finishing|"
                           r"settling|was|were)\s+"
                           r"(?:the\s+(?:day|session|week)\s+)?$", _I)
_DIRECTION_AFTER = re.compile(r"^(?:\s*(?:points?|pts?\.?))?(?:\s*,?\s*(?:or|\()\s*[\d.,]+\s*(?:%|percent|per\s+cent|points?)\)?)?"
                              r"\s*,?\s*(?P<dir>higher|lower|up|down|in\s+the\s+(?:green|red))\b", _I)


_FROM_CUE = re.compile(r"\b(?:from|between|since)\s+(?:(?:its|their|the|a|an|that)\s+)?(?:[\w.,'&-]+\s+){0,5}$", _I)
_TO_CUE = re.compile(r"^[^;]{0,40}?\b(?:to|and|through|until|till)\s+(?:(?:its|their|the|a|an)\s+)?(?:[\w.,'-]+\s+){0,6}$", _I)


_ENDED_PERIOD = re.compile(r"\b(?:ended|closed|finished)\s+$", _I)
_FIRST_TIME_SINCE = re.compile(r"\bfor\s+the\s+first\s+time\s+$", _I)
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


_OTHER_VERB = re.compile(r"\b(?:ends?|ended|finish(?:es|ed)?|closed?|closes|settled?|" + MOVE_UP_WORDS + "|" + MOVE_DOWN_WORDS + r")\b", _I)


_LEADS_NEXT_MOVE = re.compile(r"^\s*,?\s*(?:(?:it|they|the\s+\w+)\s+)?(?:(?:is|was|has|had|have)\s+)?(?:been\s+)?"
                              r"(?:" + MOVE_UP_WORDS + "|" + MOVE_DOWN_WORDS + r")\s+(?:by\s+|about\s+|nearly\s+|more\s+than\s+|over\s+)?[-+$]?\d", _I)


_RIGHT_AFTER_FIGURE = re.compile(r"[\d%]\s*$")


_COUNTS_PERIOD = re.compile(r"\b(?:the|its|a)\s+" + ORDWORD + r"\s+time\s+$", _I)


def _foreign_times(ctx: SentenceContext, trigger: int) -> set[int]:
    """Time phrases a move does not own: one dating a reference point ("just shy of its 6,890.89
    record close reached on Oct. 28", "its high from November"), one inside a superlative ("the
    highest level since Nov. 3"), or one past another name ("Dow gains 500 points, S&P 500 ends
    shy of a record after the Fed's final cut of 2025")."""
    out = set()
    for i, t in enumerate(ctx.times):
        s, _ = ctx.rel(t.span)
        if _COUNTS_PERIOD.search(ctx.text[max(0, s - 30):s]):
            out.add(i)  # "slipped under 10,000 for the fifth time this year, losing 58.70 points"
            continue  # (the year is the count's, the move is the day's)
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


def state_day(ctx: SentenceContext, pos: int) -> TimeExpr | None:
    """The day a state ("into a bear market") is claimed for: the end of a range the clause
    names ("as it fell 41.9% from its Jan. 16 close to ... March 18, 2020"), else its own day."""
    span = _between_days(ctx, pos, None)
    if span is not None and span.end is not None and span.anchor == "between" and span.resolved:
        return one_day(span.raw, span.end, "the end of the range the sentence names", span.span)
    return own_time(ctx, pos, kinds=(TimeKind.DAY, TimeKind.WEEKDAY))


def own_time(ctx: SentenceContext, pos: int, kinds: tuple[TimeKind, ...],
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


def one_session(t: TimeExpr) -> bool:
    """Whether a resolved time phrase names a single day ("Oct. 9, 2007", "on Tuesday")."""
    return t.kind in DAY_KINDS and t.start is not None and t.start == t.end


def closes_between(raw: str, span: Span | None, base: dt.date, last: dt.date, why: str) -> TimeExpr:
    """A window from the close of ``base`` to the close of ``last`` (the last session on or before
    each): the shape of every change measured between two days the words name."""
    return TimeExpr(raw, TimeKind.FUZZY, span=span, anchor="between", start=base + dt.timedelta(days=1), end=last,
                    resolved=True, note=f"from the close of {base} to the close of {last} ({why})")


# "its best week since July 17, 2009, when it rose 6.97%": the move is that time's
# "a weekly gain of 0.3%", "its 2.1% monthly loss": the period the move noun's adjective names,
# as a relative period (the kind, its unit) and as the kind of time phrase that names one such
# period ("In September ..., a monthly return of 2.1%")
_PERIOD_OF_ADJ = {"weekly": (TimeKind.WEEK, "week", TimeKind.WEEK), "monthly": (TimeKind.MONTH, "month", TimeKind.MONTH),
                  "quarterly": (TimeKind.QUARTER, "quarter", TimeKind.QUARTER),
                  "annual": (TimeKind.TO_DATE, "year", TimeKind.YEAR), "yearly": (TimeKind.TO_DATE, "year", TimeKind.YEAR)}
#: the adjectives, as a pattern (also the running-total rule's: "taking its weekly loss to")
PERIOD_ADJECTIVES = "|".join(_PERIOD_OF_ADJ)
_PERIOD_ADJ_BEFORE = re.compile(r"\b(?P<p>" + PERIOD_ADJECTIVES + r")\s+(?:gain|advance|increase|rise|"
                                r"return|jump|surge|climb|rally|rebound|loss|drop|decline|fall|slide|plunge|slump|"
                                r"tumble|retreat|dip)\s+(?:of|to)\s+(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+)?$", _I)
_PERIOD_ADJ_AFTER = re.compile(r"^\s*(?P<p>" + PERIOD_ADJECTIVES + r")\s+(?:gains?|advances?|increases?|"
                               r"rises?|returns?|jumps?|losses|loss|drops?|declines?|falls?|slides?)\b", _I)


_AFTER_EARLIER = re.compile(r"\b(?:following|after|on\s+the\s+heels\s+of)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?$", _I)


_OWN_TIME_GAP = re.compile(r"^\s*,?\s*(?:(?:for|in|during|over|through)\s+(?:the\s+)?)?$", _I)


def _dates_figure(ctx: SentenceContext, time: TimeExpr, adj: re.Match[str], e: int) -> bool:
    """Whether ``time`` is the figure's own: written right after it ("16.4% for 2012"), or a
    period of the kind its noun's adjective ``adj`` names ("In September ..., a monthly return of 2.1%")."""
    if time.span is None:
        return False
    if time.kind is _PERIOD_OF_ADJ[adj.group("p").lower()][2]:
        return True  # "In September ..., delivering a total monthly return of 2.1%": that month
    ts = ctx.rel(time.span)[0]
    return e <= ts and _OWN_TIME_GAP.match(ctx.text[e:ts]) is not None


def _streak_span(ctx: SentenceContext, time: TimeExpr | None, subject: Mention | None,
                 trigger: int) -> TimeExpr | None:
    """"The Dow has risen for eight straight days, advancing 13 percent in that time": "that time"
    after a run the sentence states is the run's sessions, to the article's day (not the period an
    earlier sentence named)."""
    if time is None or subject is None or not any(
            t.kind is TimeKind.SAME_AS_BEFORE and t.span == time.span for t in ctx.times):
        return None  # (the phrase as written: resolved, it is the earlier period's)
    run = next((c for c in reversed(ctx.claims) if c.kind is ClaimKind.STREAK and c.span.end - ctx.offset <= trigger
                and c.subject is not None and c.subject.symbol == subject.symbol
                and c.details.get("unit") in ("day", "session") and (c.details.get("length") or 0) >= 2), None)
    if run is None:
        return None
    n = int(run.details["length"])
    return TimeExpr(time.raw, TimeKind.TRAILING, span=time.span, anchor="over", count=n, unit="day", relative=True,
                    note=f"'{time.raw}': the {n}-session run the sentence states, to the article's day")


def _period_adjective(ctx: SentenceContext, before: re.Match[str] | None, e: int) -> TimeExpr | None:
    """The current week (month, quarter, year) when the move's noun says "weekly" ("a weekly gain
    of 0.3%", "a 2% monthly loss"): the period to the article's day, as "this week" would be.
    ``before``: the noun with its adjective before the figure, if the words have one."""
    m = before or _PERIOD_ADJ_AFTER.match(ctx.text[e:e + 30])
    if m is None:
        return None
    earlier = _AFTER_EARLIER.search(ctx.text, max(0, m.start() - 40), m.start()) is not None
    return period_of_adjective(ctx, m.group("p"), earlier=earlier)


def period_of_adjective(ctx: SentenceContext, word: str, *, earlier: bool = False) -> TimeExpr:
    """The period a move noun's adjective names ("weekly", "monthly", "annual"), to the article's
    day as "this week" would be; ``earlier``: the one before ("following a weekly loss of 1.9
    percent")."""
    kind, unit, _ = _PERIOD_OF_ADJ[word.lower()]
    pub = ctx.state.published
    # (a Monday paper's "weekly loss of 2.21%" is the week that ended on Friday)
    part = "last" if earlier or unit == "week" and pub is not None and pub.weekday() == 0 else "this"
    return ctx.resolve(TimeExpr(word, kind, anchor="for", part=part, unit=unit, relative=True))


# (also the day a reference level was set: "its own high of 5,048.62 reached March 10, 2000")
_NOUNS_DAY = re.compile(r"\b(?:its|their)\s+$|\b(?:high|low|peak|record|bottom|top|close)\s+of\s+\$?[\d,.]+\s*,?\s*"
                        r"(?:(?:which|that)\s+(?:it\s+)?(?:was\s+)?)?(?:set|reached|hit|touched|recorded|notched)\s+(?:on\s+|in\s+)?$", _I)
_WHEN_AFTER_TIME = re.compile(r"\s*,\s*when\s+(?:[\w&.'\u2019-]+\s+){1,5}$", _I)
# the superlative before a dated ", when": its word, then the words of what it measures
_SUPER_BEFORE = re.compile(r"\b(?P<w>best|worst|biggest|largest|strongest|weakest|sharpest|steepest|deepest|"
                           r"highest|lowest)\b(?P<mid>[^.;,]{0,40}?)(?:\s+since)?\s*$", _I)
_MONTH_NAME = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                         r"december)\b", _I)


def when_time(ctx: SentenceContext, trigger: int) -> TimeExpr | None:
    """"Its best week since July 17, 2009, when it rose 6.97%", "its worst December since 1931,
    when it fell 14.5%", "the biggest point drop since October 27th, when the blue chips lost 7
    per cent": a move right after a dated ", when" is that time's, over the unit the superlative
    before it names (that session, the week ending that day, that month of that year)."""
    t = next((t for t in reversed(ctx.times) if ctx.rel(t.span)[1] <= trigger
              and _WHEN_AFTER_TIME.match(ctx.text[ctx.rel(t.span)[1]:trigger])), None)
    if t is None:
        return None
    r = ctx.resolve(t)
    if r.start is None or r.end is None:
        return None
    sup = _SUPER_BEFORE.search(ctx.text, max(0, ctx.rel(t.span)[0] - 80), ctx.rel(t.span)[0])
    if sup is None:
        return None
    month = _MONTH_NAME.search(sup.group("mid"))
    if month is not None and r.kind is TimeKind.YEAR:  # "its worst December since 1931, when"
        mon = MONTH_NUM[month.group(0).lower()[:3]]
        days = calendar.monthrange(r.start.year, mon)[1]
        return TimeExpr(f"{month.group(0)} {r.start.year}", TimeKind.MONTH, span=t.span, anchor="in",
                        year=r.start.year, month=mon, start=dt.date(r.start.year, mon, 1),
                        end=dt.date(r.start.year, mon, days), resolved=True,
                        note="the month the superlative names, in the year before ', when'")
    measure = superlative_measure(sup.group("mid"), sup.group("w").lower())
    if measure == "week_move" and one_session(r):
        friday_before = r.start - dt.timedelta(days=r.start.weekday() + 3)
        return closes_between(t.raw, t.span, friday_before, friday_before + dt.timedelta(days=7),
                              f"the week of {r.start}: the superlative's unit, ended by ', when'")
    if measure == "month_move" and r.kind is TimeKind.MONTH:
        return dataclasses.replace(r, anchor="in")
    if measure == "day_move" and one_session(r):
        return dataclasses.replace(r, anchor="on")
    return None  # no unit said ("its biggest gain for a four-day week since ..."): not read here


def when_day(ctx: SentenceContext, trigger: int) -> TimeExpr | None:
    """"Since Jan. 15, 2002, when it stood at 2,000.91": a level right after a dated ", when" is
    that session's, superlative or not (a move there needs the superlative's unit: when_time)."""
    t = next((t for t in reversed(ctx.times) if ctx.rel(t.span)[1] <= trigger
              and _WHEN_AFTER_TIME.match(ctx.text[ctx.rel(t.span)[1]:trigger])), None)
    if t is None or t.kind not in (TimeKind.DAY, TimeKind.WEEKDAY):
        return None
    r = ctx.resolve(t)
    return dataclasses.replace(r, anchor="on") if one_session(r) else None


# "before paring some gains and closing up 114.78 points": a closing verb right before the move's
# verb makes it the close, whatever intraday words stand near it
_CLOSING_BEFORE = re.compile(r"\b(?:clos(?:ed|ing|e)|end(?:ed|ing)|finish(?:ed|ing)|settl(?:ed|ing))\s+(?:the\s+day\s+)?$", _I)
_RANGE_JOIN = re.compile(r"^\s*(?:to|through|until|till|-|\u2013|\u2014)\s*$", _I)


def fronted_range(ctx: SentenceContext, trigger: int, time: TimeExpr | None) -> TimeExpr | None:
    """"From Oct. 9, 2007 to March 9, 2009 (517 days) it fell 56.8%", "from peak to trough (Feb.
    19, 2020 to March 23, 2020), and the S&P 500 fell 33.9%": two days joined by "to" before the
    move, with no figure between them and the move, date it from the first close to the second."""
    days = [(t, ctx.resolve(t)) for t in ctx.times if ctx.rel(t.span)[1] <= trigger]
    for (t1, r1), (t2, r2) in zip(days, days[1:], strict=False):
        if time is not None and time.span not in (t1.span, t2.span):
            continue  # the move names a time of its own
        if not (one_session(r1) and one_session(r2)):
            continue
        a, b = ctx.rel(t1.span)[1], ctx.rel(t2.span)[0]
        gap = ctx.text[a:b]
        if not (_RANGE_JOIN.match(gap) or (gap.strip(" )") == "" and r2.anchor in ("to", "through", "until"))):
            # (the first day may close a bracket: "since Election Day (November 8) through January 6")
            continue
        if re.search(r"\d[\d.,]*\s*(?:%|percent|per\s+cent|points)", ctx.text[ctx.rel(t2.span)[1]:trigger], _I):
            continue  # a figure between the range and the move is the range's own
        if r2.end <= r1.start:
            continue
        return closes_between(ctx.text[ctx.rel(t1.span)[0]:ctx.rel(t2.span)[1]], t1.span, r1.start, r2.end,
                              "the range before the move")
    return None


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
        if one_session(r):
            days.append((s, e, r))
    if not days:
        fronted = fronted_range(ctx, trigger, time)
        if fronted is not None:
            return fronted
        # fronted: "Since its October 12th, 2022 low, the S&P 500 is up nearly 54%"
        for k, t in enumerate(ctx.times):
            s, e = ctx.rel(t.span)
            if time is not None and time.span != t.span:
                break  # the move names its own time ("year to date is down 18%")
            if k in ctx.used_t and _FIRST_TIME_SINCE.search(ctx.text, max(0, s - 30), s):
                continue  # "fell for the first time since Jan. 12, losing 10.99": that phrase's own date
            if e <= trigger and (t.anchor == "since" or _cue_before(ctx, _SINCE_CUE, s)):
                r = ctx.resolve(t)
                if one_session(r):
                    days = [(s, e, r)]
                    break
    if not days:
        # "It has rallied 20% since then", "Since then, the Russell 2000 is up 33%"
        lo = trigger if re.search(r"\bsince\s+then\b", ctx.text[trigger:ce], _I) else cs
        then = re.search(r"\bsince\s+then\b", ctx.text[lo:ce], _I)
        if then is None:
            return None
        span = Span(ctx.offset + lo + then.start(), ctx.offset + lo + then.end())
        # "closed below 4,000 on Feb. 3 and April 11, and has rallied 20 percent since then": the
        # last day the sentence names before it, else the last the article named
        # (or a week or month it names ended: "which ended last week at a record high, has lost
        # 348.33 points since then": from that week's last close)
        named = [r.end for r in (ctx.resolve(t) for t in ctx.times if ctx.rel(t.span)[1] <= lo + then.start())
                 if one_session(r) or (r.kind in (TimeKind.WEEK, TimeKind.MONTH) and r.end is not None
                                       and _ENDED_PERIOD.search(ctx.text, max(0, ctx.rel(r.span)[0] - 12),
                                                                ctx.rel(r.span)[0]))]
        prev = named[-1] if named else ctx.state.prev_day
        if prev is not None and ctx.state.published is not None and prev < ctx.state.published:
            # from the last day the article named
            return closes_between(then.group(0), span, prev, ctx.state.published,
                                  "'since then': the last day named before")
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
    if first.start >= last:
        return None
    raw = ctx.text[s1:e1] if last == ctx.state.published else ctx.text[s1:days[1][1]]
    return closes_between(raw, first.span, first.start, last, "the last session on or before it")


# "known as" defines a threshold only when a market state follows ("known as a correction"); "the
# Cboe Volatility Index, known as the VIX, jumped" names an index
DEFINITION_BEFORE = re.compile(r"\b(?:defin(?:e|es|ed|ing)|considered|deemed|qualif(?:y|ies)|"
                               r"known\s+as\s+(?:an?\s+)?(?:correction|bear|bull|crash|rally|pullback)|threshold)\b[^.;]{0,40}$|"
                         r"\b(?:correction|bear\s+market|bull\s+market)\s+(?:is|as|means)\b[^.;]{0,30}$", _I)
DEFINITION_AFTER = re.compile(r"^[^.;]{0,50}\b(?:is|are)\s+(?:considered|deemed|defined|known\s+as|typically\s+considered)|"
                               r"^[^.;]{0,50}\bqualif(?:y|ies)\s+as\b", _I)
# a market state named, then its definition set off by a comma or a dash: "close to confirming a
# bear market, a drop of 20% from a record high", "a correction - a 10% fall from a recent high"
_APPOSITIVE = re.compile(r"\b(?:correction|bear[\s-]market|bull[\s-]market|crash)(?:\s+territory)?\s*[,(\u2014\u2013-]+"
                         r"\s*(?:or\s+|i\.e\.,?\s*|that\s+is,?\s*)?an?\s+(?:drop|decline|fall|slide|loss|retreat|"
                         r"pullback|rise|gain|advance)\s+of\s+(?:at\s+least\s+|more\s+than\s+|over\s+|roughly\s+|"
                         r"about\s+)?$", _I)


def is_definition(ctx: SentenceContext, start: int, end: int, *, lead: int | None = None) -> bool:
    """Whether the figure at [start, end) sits in a definition ("define a correction as a decline
    of at least 10%", "a bear market, a drop of 20% from a record high"): a threshold, not a
    claim about any session. ``lead``: where the figure's words begin when a verb or hedge
    stands before the number (the definition's words end there)."""
    lead = start if lead is None else lead
    cs, _ = ctx.clause(lead)
    return bool(DEFINITION_BEFORE.search(ctx.text[cs:lead]) or DEFINITION_AFTER.match(ctx.text[end:end + 70])
                or _APPOSITIVE.search(ctx.text, max(0, start - 60), start))


_CONTINUES = re.compile(r"^\s*(?:In\s+contrast|By\s+contrast|By\s+comparison|In\s+comparison|Meanwhile|Similarly|"
                        r"Likewise|Over\s+the\s+same\s+(?:period|span|stretch)|That\s+compares?|Compared)\b", _I)


# "in three days", "in just two sessions" (not "in the next three days"): with a past move, the
# last N sessions; the moves rule reads it so only after a verb of change

def _undated_horizon(t: TimeExpr) -> TimeExpr:
    """A horizon ("over the next year") that counts from an undated event: left unresolved."""
    return TimeExpr(t.raw, TimeKind.FUZZY, span=t.span, anchor="after", relative=True, resolved=False,
                    note=f"'{t.raw}' counts from an event the sentence does not date")


# the words a move's verb may have before its figure ("jumped 3.5%", "is up nearly 13%")
_VERB_GAP = re.compile(r"[\s,]*(?:(?:by|a|an|another|some|as much as|as little as|just|only|roughly|about|nearly|"
                       r"almost|around|more than|less than|over|under|close to|a further|an additional|"
                       r"a modest|a whopping|a solid|a hefty|a sharp|a massive|impressive|healthy|robust|stunning|remarkable|"
                       r"staggering|respectable|paltry|meager|meagre|modest|whopping|solid|hefty|sharp|massive|"
                       r"strong|steep|mere|scant|outsized|eye-popping|cool|"
                       # a manner adverb: "rose modestly, by 0.4%", "fell sharply, 3%"
                       r"(?:modest|slight|sharp|steep|strong|marginal|fractional|solid|handsome|moderate|practical)ly|"
                       # any words an article brings before the figure (the gap ends at it): "up an
                       # incredible 2.99%", "rose a smaller 0.13%", "up a nearly inconceivable 936 points",
                       # "went down a total of 87 points" (not a time or an event: "rose a day after a 3% drop")
                       r"(?:a|an)\s+(?:(?!(?:day|days|week|weeks|month|months|year|years|session|sessions|after|before|"
                       r"since|from|record|further|third|second|fourth|fifth|time|times|point|percent)\b)[a-z]+\s+){1,2}"
                       r"(?:of\s+)?|"
                       # "soared a record 380.53 points", "gained a record 47.3 points": the day's move
                       # (its record size is another statistic)
                       r"a\s+record(?:\s+(?:one-day|single-day|daily))?"
                       r")[\s,]*)*", _I)


# the move's own adverb: "the average was briefly up more than 387 points", "briefly fell 2%" (a
# move the close did not keep; not "... to 34,258.32, after briefly surging 520 points", the next one's)
_BRIEFLY = re.compile(r"\bbriefly\b", _I)
# "The Dow, which earlier fell more than 800 points ..., settled with a 486-point drop": the move
# before the close the sentence goes on to report
_EARLIER = re.compile(r"\bearlier\b", _I)


# the close a move is counted from, named by its day: "from yesterday's close", "from Tuesday's close"
_FROM_BASE_CLOSE = re.compile(r"\s*(?:points?\s+)?(?:from|since|over|against)\s+(?P<day>yesterday|(?:Mon|Tues|Wednes|Thurs|Fri)day)"
                              r"['\u2019]s\s+(?:close|closing\s+level|finish|settlement)\b", _I)


# a close named by a few words, its level and then its day: "the Election Day close of 3369.16 on",
# "the Inauguration Day close of 3851.85" (not a record's: a distance, the distance rule's)
NAMED_CLOSE_OF = (r"(?:(?!record\b|all-time\b)[\w'\u2019-]+\s+){0,3}?(?:close|closing\s+(?:level|high|low))\s+of\s+"
                  r"\$?[\d,.]+\s+(?:(?:on|from)\s+)?")
_FROM_NAMED_CLOSE = re.compile(r"\s*(?:from|since)\s+(?:the|its|their)\s+" + NAMED_CLOSE_OF + "$", _I)


def since_the_close_of(ctx: SentenceContext, t: TimeExpr) -> TimeExpr | None:
    """The window from the close of the day ``t`` names to the article's day (it opens the day
    after), as the time of a change counted from that close; None when the day cannot be placed."""
    since = ctx.resolve(t)
    if since.start is None:
        return None
    since.anchor, since.start = "since", since.start + dt.timedelta(days=1)
    return since


def _from_a_named_close(ctx: SentenceContext, end: int) -> TimeExpr | None:
    """"Up 3.94% from the Inauguration Day close of 3851.85 on Wednesday, Jan 20, 2021" (the
    event's name may itself read as a day, "from the Election Day"): the change since that
    day's close, which the full date places, not a move on the day."""
    for k, t in enumerate(ctx.times):
        if t.span is None or t.kind is not TimeKind.DAY or t.year is None:
            continue
        ts = ctx.rel(t.span)[0]
        if ts > end and _FROM_NAMED_CLOSE.fullmatch(ctx.text, end, ts):
            ctx.used_t.add(k)
            return since_the_close_of(ctx, t)
    return None


# "down 4.12% from 52 weeks ago", "up 8.6% from a year earlier": the change over that span to the
# article's day (the close that long before is the base)
_FROM_AGO = re.compile(r"\s*(?:from|than|versus|vs\.?)\s+(?P<n>\d{1,3}|a|one|two|three|six|twelve)\s+"
                       r"(?P<u>weeks?|months?|years?)\s+(?:ago|earlier|before)\b", _I)


def _trailing_to(ctx: SentenceContext, ago: re.Match[str]) -> TimeExpr | None:
    """The trailing window "from N units ago" names, as a time phrase spanning those words."""
    n = count_value(ago.group("n")) or 1
    unit = ago.group("u").lower().rstrip("s")
    t = ctx.time_named(f"over the past {n} {unit}s" if n != 1 else f"over the past {unit}", *ago.span())
    return t if t is not None and t.kind is TimeKind.TRAILING else None


_NEXT_DAY = {"yesterday": "today", "monday": "Tuesday", "tuesday": "Wednesday", "wednesday": "Thursday",
             "thursday": "Friday", "friday": "Monday"}


def _day_after_base(ctx: SentenceContext, base: re.Match[str]) -> TimeExpr | None:
    """The session after the close a move is counted from ("from yesterday's close": today;
    "from Tuesday's close": Wednesday), as a time phrase spanning the base's words."""
    day = base.group("day").lower()
    return ctx.time_named(_NEXT_DAY[day] if day == "yesterday" else f"on {_NEXT_DAY[day]}", *base.span())


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding ``at`` ends: the next semicolon, or the sentence's end."""
    semi = text.find(";", at)
    return len(text) if semi < 0 else semi


def moves(ctx: SentenceContext) -> None:
    for i, q in ctx.free_quantities(_MOVE_UNITS + (Unit.USD,)):
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
        if q.unit is Unit.USD and (direction is None or q.value >= 10_000):
            continue  # a fund's price change only after its verb: "IWM rose $0.84, or 1.4%, to $61.34"
        if direction is None and _ENDED_BEFORE.search(ctx.text[max(cs, hs - 30):hs]):
            after = _DIRECTION_AFTER.match(ctx.text[e:e + 50])
            if after is not None:
                # "ended 653.17 points, or 2.9%, lower at 21,792.20": the direction after the figures
                down = after.group("dir").lower().split()[-1] in ("lower", "down", "red")
                direction = Direction.DOWN if down else Direction.UP
                trigger = max(cs, hs - 30) + _ENDED_BEFORE.search(ctx.text[max(cs, hs - 30):hs]).start()
        if direction is None:
            na = _NOUN_AFTER.match(ctx.text[e:e + 30])
            nb = _NOUN_BEFORE.search(ctx.text[max(cs, hs - 30):hs])
            if na:
                direction = Direction.DOWN if na.group("down") else Direction.UP
                if na.group(0).strip().lower() in ("move", "return", "returns"):
                    direction = Direction.UNKNOWN
            elif nb and not _COUNTED_MOVES.search(ctx.text[max(cs, hs - 50):hs]):
                # (not "only seven declines of 150 points or more this year": a count of moves)
                direction = Direction.DOWN if nb.group("down") else Direction.UP
                trigger = max(cs, hs - 30) + nb.start()
        gapped = row_name = None
        signed = q.sign and q.unit is Unit.PCT and re.match(r"[-+\u2212]", q.raw)
        if direction is None and signed and any(
                m.symbol and 0 <= s - ctx.rel(m.span)[1] <= 2 for m in ctx.names) and any(
                t.kind in DAY_KINDS and cs <= ctx.rel(t.span)[0] < s for t in ctx.times):
            # a row of daily results: "Jan. 2, Russell 2000 +1.06% against S&P 500 +0.19%"
            direction = Direction.UP if q.sign > 0 else Direction.DOWN
            row_name = next(m for m in ctx.names if m.symbol and 0 <= s - ctx.rel(m.span)[1] <= 2)
            trigger = ctx.rel(row_name.span)[0]
        if direction is None and signed and any(
                t.kind in DAY_KINDS and (0 <= ctx.rel(t.span)[0] - e <= 6
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
        if is_definition(ctx, hs, e, lead=trigger):
            continue  # "define a correction as a decline of at least 10%": a definition, not a claim
        qs = [ctx.use(i, "move", sign)]
        end = e
        nxt = ctx.quantity_near(e, within=25, units=_MOVE_UNITS)
        if nxt and _OR_ALSO.match(ctx.text[e:ctx.rel(ctx.quantities[nxt[0]].span)[0]]) \
                and ctx.quantities[nxt[0]].unit is not q.unit \
                and not _A_GAP_AFTER.match(ctx.text, ctx.rel(ctx.quantities[nxt[0]].span)[1]):
            # (the pattern takes the hedge words; "+0.19% (0.87 points ahead)" is a gap, not the move)
            qs.append(ctx.use(nxt[0], "move", sign))
            end = ctx.rel(qs[-1].span)[1]
        # subject: a name right after a noun form ("a 1% gain for the S&P 500") wins
        subject = None
        na = _NOUN_AFTER.match(ctx.text[e:e + 30])
        if na:
            # "a 1% gain for the S&P 500", "Tuesday's 3.5% jump left the Russell 2000 ..."
            fm = re.match(r"^\s*(?:(?:on\s+\w+day|today|yesterday)\s+)?(?:for|in|of|by|on|left|sent|pushed|put|"
                          r"took|lifted|dragged|brought|carried)\s+", ctx.text[e + na.end():e + na.end() + 30], _I)
            if fm:
                subject = ctx.mention_after(e + na.end(), within=fm.end() + 6)
        else:
            fa = re.match(r"^(?:\s*(?:,|and|,\s*and)\s*-?\d[\d.,]*\s?%)*\s*(?:for|in)\s+", ctx.text[e:e + 60], _I)
            if fa and _NOUN_BEFORE.search(ctx.text[max(cs, hs - 40):hs]):
                # "gains of 3.9% (and 3.7%) for the Russell 1000": the name after the figures
                subject = ctx.mention_after(e + fa.end(), within=20)
                ticker = _TICKER.match(ctx.text, e + fa.end()) if subject is None else None
                if ticker is not None:
                    # "against a loss of 8.19% for IWB": a fund capscope lacks, not the sentence's subject
                    subject = Mention(raw=ticker.group(0), span=Span(ctx.offset + ticker.start(), ctx.offset + ticker.end()),
                                      symbol=None, via="unknown instrument")
        possessor = next((m for m in ctx.names if m.symbol and re.fullmatch(
            r"['\u2019]s\s+", ctx.text[ctx.rel(m.span)[1]:hs])), None)
        # "the S&P's 0.5% loss and the Nasdaq's 0.9% slide": the possessor is the figure's
        subject = (subject or possessor or (gapped[0] if gapped is not None else None) or row_name
                   or ctx.subject_for(trigger))
        foreign = _foreign_times(ctx, trigger)
        base = _FROM_BASE_CLOSE.match(ctx.text, end)
        if base is not None:
            # "down about 76 points from yesterday's close": that day is the base, not the move's
            foreign |= {k for k, t in enumerate(ctx.times) if t.span is not None
                        and end <= ctx.rel(t.span)[0] < base.end()}
        saved = set(ctx.used_t)
        ctx.used_t |= foreign
        time = ctx.time_for(s)
        ctx.used_t = saved
        time = looking_back(time)  # "has lost 11 percent in three days": a past move, not a forecast
        time = _streak_span(ctx, time, subject, trigger) or time
        own = next((t for t in ctx.times if t.kind is TimeKind.MONTH and t.span is not None
                    and 0 <= trigger - ctx.rel(t.span)[1] <= 1), None)
        if own is not None:
            time = ctx.resolve(own)  # "posted December gains of 4.4%, ... for the year": the noun's own month
        if time is not None and time.kind is TimeKind.HORIZON:
            if time.anchor == "next" and time.start is not None and ctx.state.published is not None \
                    and time.start >= ctx.state.published:
                # "over the next year the Russell was down 17%" in a look back: the year after an
                # event the sentence does not date, not the year after publication
                time = _undated_horizon(time)
            else:
                time = None
        adj = _PERIOD_ADJ_BEFORE.search(ctx.text, max(0, hs - 45), hs)
        if time is None or adj is not None and not _dates_figure(ctx, time, adj, e):
            # "a small weekly gain of 0.3%": this week's change; the noun's own adjective before
            # a time the sentence names for another figure ("fell 424.69 points Friday, taking its
            # weekly loss to more than 1,400 points", "a weekly rise of 3.0%, after a first-quarter
            # drop"), not before the figure's own ("an annual return of 16.4% for 2012")
            time = _period_adjective(ctx, adj, e) or time
        if time is None:
            # a day named elsewhere in the sentence ("closed at its highest ... on Wednesday after rising 1.7%"),
            # not past a semicolon ("...; it last closed this low on May 7, 1997") nor a day that dates a
            # noun ("although it did close above its Nov. 21 low")
            time = next((ctx.resolve(t) for i, t in enumerate(ctx.times) if t.kind in DAY_KINDS and i not in foreign
                         and ";" not in ctx.text[min(trigger, ctx.rel(t.span)[0]):max(trigger, ctx.rel(t.span)[1])]
                         and not _NOUNS_DAY.search(ctx.text, 0, ctx.rel(t.span)[0])
                         and not ctx.dates_other_event(trigger, *ctx.rel(t.span))), None)
        if time is None and ctx.state.last_time is not None and _CONTINUES.match(ctx.text):
            # "In contrast, SPY has seen a 3.9% increase": the period of the sentence before
            time = ctx.state.last_time
        if time is None:
            # "gained 11.2% for the month versus gains of 3.9% for ...": the sentence's earlier move
            time = next((c.time for c in reversed(ctx.claims)
                         if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) and c.time is not None
                         and c.span.start - ctx.offset < trigger
                         and not ctx.in_aside(c.span.start - ctx.offset, c.span.end - ctx.offset, trigger)), None)
        if base is not None:
            time = _day_after_base(ctx, base) or time
        named_base = _from_a_named_close(ctx, end)
        time = named_base or time
        ago = _FROM_AGO.match(ctx.text, end)
        if ago is not None:
            time = _trailing_to(ctx, ago) or time
            ctx.consumed.append(ago.span())  # ("52 weeks" is the span's length, no figure of its own)
        span_time = _between_days(ctx, trigger, time, foreign)
        if span_time is not None:
            time = span_time
        when = when_time(ctx, trigger)
        if when is not None:
            time = when
        kind = (ClaimKind.DAY_MOVE if named_base is None and (time is None or time.kind in DAY_KINDS)
                else ClaimKind.PERIOD_RETURN)
        # the cue must be the move's own ("had been down as much as 40 points earlier, ended
        # 324.82 points higher": the second move is the close)
        # (and in the move's clause: "jumped 303.31 points, to 21,115.55; at one point the average
        # was up more than 356 points" names the second move's extreme, not the first's)
        intraday = bool(INTRADAY_CUE.search(ctx.text[max(cs, trigger - 45):min(end + 30, _clause_end(ctx.text, end))])
                        or _BRIEFLY.search(ctx.text, max(cs, trigger - 16), s)
                        or (_EARLIER.search(ctx.text, max(cs, trigger - 10), s) and CLOSING_VERB.search(ctx.text, end))) and not \
            CLOSE_VERB_AT.match(ctx.text[trigger:]) and not _CLOSING_BEFORE.search(ctx.text[max(cs, trigger - 25):trigger])
        details = {"measure": "points" if q.unit in (Unit.POINTS, Unit.USD) else "pct"}
        if when is not None:
            details["dated_by"] = "when"  # the firmness test reads the dated "when" as this move's
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
        at = end
        noun = _NOUN_AFTER.match(ctx.text[end:end + 30])
        if noun is not None:  # "a 777.68-point nosedive to 10,365.45": the level after the noun
            at = end + noun.end()
        ca = _CLOSE_AT.match(ctx.text[at:at + 40])
        if ca:
            found = ctx.quantity_near(at + ca.end(), within=3, units=(Unit.NUMBER, Unit.USD, Unit.POINTS))
            if found:
                close_q = ctx.use(found[0], "level")
                details["with_close"] = close_q.value
                if (not intraday and direction in (Direction.UP, Direction.DOWN)
                        and not CLOSING_VERB.search(ctx.text, trigger, at + ca.end())
                        and REVERSAL_AFTER.match(ctx.text[ctx.rel(close_q.span)[1]:])):
                    # "jumped 39 percent to 48.40, a nearly six-year high, and was at 46.72 at the
                    # close": the level, and the move to it, are the session's extreme
                    intraday = True
                    details["intraday"] = True
                    details.pop("snapshot", None)
        # "fell 76 points, or 0.22%": one claim per figure, so each gets its own verdict (a
        # truncated point count is imprecise while the percent is right) and its own "should read"
        first_end = ctx.rel(qs[0].span)[1] if len(qs) > 1 else end
        claim = ctx.make(kind, trigger, first_end, subject=subject, quantities=qs[:1], hedge=q.hedge,
                         direction=direction, time=time, details=details)
        for other in qs[1:]:
            ctx.make(kind, ctx.hedge_start(other), ctx.rel(other.span)[1], subject=subject, quantities=[other],
                     hedge=other.hedge, direction=direction, time=time,
                     details={**details, "measure": "points" if other.unit is Unit.POINTS else "pct",
                              "restates": claim.text})
        if time is None:
            claim.flags.append("no time stated: read as the latest session on or before publication")
        else:
            ctx.state.last_time = time
        if close_q is not None:
            ctx.make(ClaimKind.CLOSE_LEVEL, at + ca.start("how"), ctx.rel(close_q.span)[1], subject=subject,
                     quantities=[close_q], time=time,
                     details={"level": close_q.value, **({"snapshot": True} if details.get("snapshot") else {}),
                              **({"intraday": "high" if direction is Direction.UP else "low"}
                                 if intraday and direction in (Direction.UP, Direction.DOWN) else {})})
        ctx.consumed.append((trigger, end))
    both(ctx)
    figure_for_name(ctx)
    figure_with_own_time(ctx)
    rank_the_moves(ctx)


# a ticker written alone ("for IWB", "for VTI"): capitals only, no known name
_TICKER = re.compile(r"(?-i:[A-Z]{2,5})\b(?![-.&]\w)")


__all__ = ["PERIOD_ADJECTIVES", "closes_between", "fronted_range", "is_definition", "moves", "one_session", "period_of_adjective", "when_day", "when_time"]
