"""Record claims: "closed at a record", "its third record close of the week", "a record high for the
first time since August 2018", and a record the words deny or miss ("fell short of a record close")."""

from __future__ import annotations

import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.model import (
    ClaimKind,
    Direction,
    TimeExpr,
    TimeKind,
)

_I = re.IGNORECASE

# ---------------------------------------------------------------- records

_RECORD = re.compile(
    # ("a fresh all-time intraday high", "all-time closing and intraday highs")
    r"\b(?:(?:a|an|its|their|the|fresh|new)\s+)?(?:(?:fresh|new)\s+)?(?P<kind>(?:record|all-time|all time)(?:\s+closing)?"
    r"(?:\s+(?:and\s+)?intra-?day)?(?:\s+|-(?=highs?\b))"
    r"(?:highs?(?:\s+clos(?:e|ing\s+level))?|closes?|closing\s+highs?|levels?|peaks?|territory|lows?)|record\s+close|"
    r"(?:new|fresh)\s+(?:all-time\s+)?(?:closing\s+)?highs?|new\s+heights|new\s+peaks?)\b|"
    # "its highest daily close ever", "hit its highest level ever": a record in other words
    r"\b(?:its|their|the)\s+highest\s+(?:daily\s+)?(?P<ever>close|closing\s+level|finish|level)\s+(?:ever|on\s+record)\b|"
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
CLOSES_OUT = re.compile(r"\b(?:clos|end|finish|wrap)(?:es|ed|ing|s)?\s+(?:out\s+|up\s+)?(?:a|an|the|its|their)?\s*"
                         r"(?:[\w-]+\s+){0,2}(?P<p>year|quarter|month|week)\b", _I)
DAY_WORD = re.compile(r"\b(?:day|days|session|sessions|one-day|single-day|daily|intraday)\b", _I)
# a spread between two series as the subject: its level, not either series's
SPREAD_SUBJECT = re.compile(r"\b(?:gap|spread|difference|differential)\s+between\b", _I)
# a clause after the record that dates its own event: "... after falling to 15-month lows in April"
_LATER_CLAUSE = re.compile(r"\b(?:after|before|following)\b[^.;]*\b(?:lows?|highs?|peaks?|bottoms?|tops?)\b", _I)
# a new high inside a period: "a new high for 2004", "new highs for the year"
_WITHIN_A_YEAR = re.compile(r"\s+(?:for|of|in)\s+(?:the\s+(?:year|month|week)|(?:19|20)\d\d)\b", _I)
# right after a record: "for the first time since ...", ", its first since ...", "(the first since ...)"
_DAY_GAP = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|today|yesterday))?"
_FIRST_SINCE = re.compile(r"(?:\s+(?:high|close|closing\s+high|level|peak))?" + _DAY_GAP + r"\s*(?:,\s*|\(\s*|--?\s*)?(?P<phrase>for\s+the\s+first\s+time|(?:its|their|the)\s+first(?:\s+(?:one|such\s+\w+))?)"
                          r"\s+since\b", _I)


# a record the words put in the present perfect ("has also moved to new all-time high closing
# levels") in a sentence that says the index is down today: set in the sessions just before
_LATELY_DONE = re.compile(r"\b(?:has|have)\s+(?:also\s+|just\s+|recently\s+|now\s+)?(?:moved|risen|climbed|rallied|"
                         r"hit|set|reached|notched|posted|pushed|surged)\b[^.;]{0,25}$", _I)
_DOWN_TODAY = re.compile(r"\b(?:is|was|are|were)\s+(?:down|lower|off)\b[^;]{0,30}?\btoday\b", _I)
RECENT_DAYS = 5  # days back a present-perfect record may have been set
# no records at all: "has zero record closes so far this year", "has no record highs"
_NONE_OF = re.compile(r"\b(?:zero|no)\s+(?:new\s+|fresh\s+)?$", _I)
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


def first_record_since_at(ctx: SentenceContext, pos: int) -> bool:
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
        if _NONE_OF.search(ctx.text, max(0, m.start() - 20), m.start()):
            continue  # "The Nasdaq Composite has zero record closes so far this year": a count of none
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
        down = _DOWN_TODAY.search(ctx.text, 0, m.start())
        if down is not None and not negated and _LATELY_DONE.search(ctx.text, max(0, m.start() - 40), m.start()) \
                and (time is None or time.span is not None and down.start() <= time.span.start - ctx.offset < down.end()):
            # "The Dow is down -0.18% today but has also moved to new all-time high closing levels":
            # a record of the last few sessions, not of a day the words say fell
            time = TimeExpr("recent days", TimeKind.TRAILING, anchor="over", count=RECENT_DAYS,
                            unit="day", relative=True,
                            note=f"'has ...' after a fall today: the last {RECENT_DAYS} days")
        subject = ctx.subject_for(m.start())
        named = _NAMED_AFTER.match(ctx.text[m.end():m.end() + 8])
        if named and _THAT_BEFORE.search(ctx.text[max(0, m.start() - 60):m.start()]):
            # "the one major U.S. index that didn't reach new heights - the Russell 2000": the
            # name the clause leads up to
            subject = ctx.mention_after(m.end() + named.end(), within=4) or subject
        measure = "spread" if of_spread else \
            "close" if re.search(r"closing\s+and\s+intra-?day", m.group(0), _I) else \
            "intraday" if re.search(r"intra-?day", ctx.text[max(0, m.start() - 15):m.end()], _I) else \
            "either" if m.group("ever") == "level" else "close"  # ("its highest level ever": a close or a high)
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


__all__ = ["CLOSES_OUT", "DAY_WORD", "SPREAD_SUBJECT", "first_record_since_at", "records"]
