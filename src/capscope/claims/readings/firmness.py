"""Whether the reading behind a "contradicted" is firm enough to raise an alarm."""

from __future__ import annotations

import datetime as dt
import re

from capscope.claims.model import CheckedClaim, ClaimKind, Direction, Quantity, Unit
from capscope.claims.readings.context import MONTH, OPEN_WINDOW, detached_time
from capscope.claims.readings.session_basis import (
    beyond_a_day,
    crossed_intraday,
    mid_session,
    run_of_a_mid_session_move,
    stated_move_not_the_sessions,
)
from capscope.claims.resolve import ResolvedClaim, subject_via

# "is down 4%", "has gained 10%": a state over a period the words do not give
_STATE = re.compile(r"\b(?:is|are|has|have|had|been|now|stands?|remains?)\s+(?:\w+\s+)?"
                    r"(?:up|down|higher|lower|gained|lost|fallen|risen|climbed|dropped|added|shed|"
                    r"slipped|rallied|surged|jumped|tumbled|declined|advanced)\b", re.I)
# a claim dated by a past event or an earlier time the sentence names, not by the article's
# day: "on the day it became clear Trump had won, the index jumped over 5 percent", "the last
# run longer than 11 days came 13 years ago, when the RUT rose 12 days in a row"
_EVENT_DAY = re.compile(r"\bon\s+the\s+day\s+(?:it|when|that|after|before|of)\b|"
                        # "since April 12, when it stood at 15.58, its lowest level in ...": the
                        # clause after a dated "when" is that day's, not the article's
                        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
                        r"(?:st|nd|rd|th)?(?:,\s*\d{4})?\s*,\s*when\b|"
                        r"\b(?:ago|(?:19|20)\d\d|back\s+in\s+\w+)\s*,?\s*when\b|"
                        r"\b(?:the\s+last\s+time|previously|the\s+previous\s+time)\b[^.;]*\bwhen\b", re.I)
# "hiked rates 10 times in 15 months": a count over a span of that length, not over a dated window
_SPAN_AFTER = re.compile(r"\s*(?:over|in|during|within)\s+(?:the\s+(?:past|last)\s+)?(?:just\s+|only\s+|about\s+)?"
                         r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|"
                         r"twenty)\s+(?:weeks|months|years)\b", re.I)
# "Once up 18.1 per cent this year, the Dow is now up just 3.3 per cent": a past state at a
# moment the words do not date (a peak, a low), not the article's day
_ONCE = re.compile(r"\b(?:once|at\s+one\s+point|at\s+(?:its|their|the)\s+(?:peak|height|best|worst|"
                   r"lowest|highest|weakest|strongest)|had\s+(?:once\s+)?been)\b", re.I)
# "has beaten the Nasdaq 100 in a calendar year only three times", "in seven of the past ten
# years": a count of periods, not a change over the window the sentence names
_HOW_OFTEN = re.compile(r"\b(?:only|just|than)\s+(?:once|twice)\b|\b(?:once|twice)\s+(?:in|a|every|before)\b|"
                        r"\b(?:only\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                        r"several|many|a\s+few)\s+times)\b(?!\s+(?:as|more|less|the|its|their|over|"
                        r"bigger|larger|higher|faster))|\bin\s+(?:\d+|\w+)\s+of\s+the\s+(?:last|past|previous)\b|"
                        # "has beaten the S&P 500 in only two years" over a decade
                        r"\bin\s+(?:only|just)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                        r"(?:calendar\s+)?(?:years|months|quarters|weeks)\b", re.I)
# "Small Caps Outperform S&P 500 for Longest Stretch Since 2019": a run of periods (days, weeks)
# ahead, the longest since then; not the change since then
_LONGEST_RUN = re.compile(r"\b(?:longest|best|first)\s+(?:such\s+)?(?:winning\s+|losing\s+)?(?:stretch|streak|run)\b", re.I)
# "Just three weeks ago the Russell 2000 was down only 1.6% for the year": another moment
_AGO = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|few)\s+"
                  r"(?:trading\s+)?(?:days?|sessions?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b", re.I)
# "piercing the 3,500 mark just a month after breaking above 3,000 for the first time": the
# claim's event came that long before the article's day
_INTERVAL_AFTER = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
                             r"(?:trading\s+)?(?:days?|sessions?|weeks?|months?|years?)\s+after\s*$", re.I)
# "the Dow fell to 7,467.49 at its low point for the day ... before rebounding by the close"
_NAMED_EXTREME = re.compile(r"\bat\s+(?:its|their|the)\s+(?:low|high|lowest|highest)(?:\s+(?:point|level))?\s+(?:for|of)\s+"
                            r"the\s+(?:day|session)\b|\b(?:session|day's|intraday)\s+(?:low|high)s?\b", re.I)
# "The last time the Nasdaq finished higher was June 19": the words date an earlier session
_LAST_TIME = re.compile(r"\bthe\s+(?:last|previous)\s+time\s+(?:[\w&.'-]+\s+){0,4}$", re.I)
# "rose 16.80, or 1.6 percent, to 1,052.08 following a decline of 1.4 percent": the move before
# the day's (the session or the week before), not the day's own
_FOLLOWING = re.compile(r"\b(?:following|after|on\s+the\s+heels\s+of|which\s+followed|coming\s+after)\s+"
                        r"(?:(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2})?$", re.I)
# "the third consecutive day that the Dow had a move of at least 400 points": a run of moves of a
# size either way, not of gains or of losses
_SIZED_EITHER_WAY = re.compile(r"\b(?:a\s+move|moves|a\s+swing|swings|moved|swung)\s+(?:of\s+)?(?:at\s+least|more\s+than|"
                               r"over|upward\s+of|\d)", re.I)
# "has closed above it for nearly 280 consecutive trading days": a run on one side of a level
# (an average, a round number), not a winning streak
_ONE_SIDE = re.compile(r"\b(?:closed|closing|stayed|staying|held|holding|remained|remaining|traded|trading|been|"
                       r"finished|ended)\s+(?:above|below|over|under)\s+(?:it|that|this|the|its|their|\d)", re.I)
# "a sluggish stretch in which it had not moved 1%, up or down, for six straight weeks": a run of
# sessions (weeks) without such a move, not a run of gains
_NEGATED_RUN = re.compile(r"(?:\b(?:not|never|without|no)\b|n't\b)[^.;]{0,50}$", re.I)
# "yet never closed at a new 52-week high", "failed to close above that level", "without making
# a new one": the words deny the standing or the crossing they name
# (a contraction is one word: "hasn't traded below the 7,000 mark since October 1997")
_DENIED = re.compile(r"(?:\b(?:never|without|failed\s+to|yet\s+to|not)|n't)\s+(?:\w+\s+){0,4}$", re.I)
# (and "The Russell 2000 hasn't outperformed the S&P 500 since 1993": the last year it did, not
# a change over the years since)
_DENIABLE = frozenset({ClaimKind.RECORD, ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE, ClaimKind.PRICE_LEVEL,
                       ClaimKind.RELATIVE_RETURN})


# "both the Dow and S&P 500 traded above their old record closing highs today": crossed during the
# session, which the close need not keep
_TRADED_PAST = re.compile(r"\b(?:traded|trading|trades|moved|pushed|popped|climbed|rose|spiked)\s+(?:above|over|past|"
                          r"through|beyond)\s+(?:its|their|the)\s+(?:old\s+|previous\s+|prior\s+|former\s+)?$", re.I)
# "For the year RUT is about 3.4% higher than RUI": the gap to another series, not a change
_COMPARED = re.compile(r"\s*(?i:higher|lower|better|worse|more|less|above|below|ahead\s+of|behind)\s+(?i:than\s+)?"
                       r"(?i:the\s+|its\s+|their\s+)?[A-Z]")  # (a name: capitalised)
_INTRADAY_REFERENCE = re.compile(r"\b(?:intraday|intra-day|trading)\s+(?:record|high|peak|low)s?\b", re.I)
# "added another 100 points in the final 30 minutes": a stretch of the session, not its change
_PART_OF_SESSION = re.compile(r"\s*(?:points?\s+)?(?:in|during|over)\s+the\s+(?:final|last|first|opening|closing)\s+"
                              r"(?:(?:\d+|few|two|three|ten|fifteen|twenty|thirty|forty|45)\s+minutes|"
                              r"(?:half[\s-])?hours?|hour)\b", re.I)
_CLAUSE_END = re.compile(r"[,;]|\.(?!\d)")


def _own_tail(c) -> str:  # noqa: ANN001 - a Claim
    """The words right after the claim up to the end of its clause ("gains of 1.6% and 0.7% in the
    two weeks before"): a time phrase there dates the claim's figures too."""
    text, base = c.sentence, c.sentence_span.start
    e = c.span.end - base
    stop = _CLAUSE_END.search(text, e)
    return text[e:stop.start() if stop else len(text)][:60]


def _tail_not_its_time(c) -> str:  # noqa: ANN001 - a Claim
    """:func:`_own_tail`, unless the claim's own time phrase is those words ("down from 3.92% a
    week earlier" read as that week's close): then they place the figure, and doubt nothing."""
    tail = _own_tail(c)
    t = c.time
    if t is not None and t.span is not None and t.span.start - c.span.end <= 3 and t.raw and tail.lstrip().startswith(t.raw):
        return ""
    return tail


# "down 5% from a 52-week high it reached on Nov. 25": the date is the high's, the distance is
# the article day's
_DATES_THE_PEAK = re.compile(r"\b(?:high|peak|record|top|low|bottom)s?\b[^.;]{0,30}\b(?:reached|set|hit|touched|"
                             r"notched|recorded|made|posted)\s*(?:on|in|back\s+in)?\s*$", re.I)
# "have set new highs lately": a recent stretch, not the article's day
_LATELY = re.compile(r"\b(?:lately|recently|of\s+late|in\s+recent\s+(?:days|weeks|sessions|months))\b", re.I)
# "For much of 2012 small-cap stocks trailed large caps", "had beaten the Nasdaq 100 for most of
# this year": a stretch inside the period, not the period end to end
_PORTION = re.compile(r"\b(?:for|during|in|through(?:out)?|over)\s+(?:much|most|the\s+bulk|large\s+parts?|"
                      r"a\s+good\s+part|the\s+better\s+part|parts?)\s+of\b", re.I)
# "gained 3.4%, assuming dividends were reinvested": a total return, which a price index lacks
# (also "with five years of dividends included, a buy-and-hold investor is down about 17%")
_TOTAL_RETURN = re.compile(r"\bdividends?\s+(?:were\s+|are\s+)?(?:reinvested|included|counted)\b|\btotal[- ]return\b|"
                           r"\bincluding\s+(?:\w+\s+){0,3}dividends\b|\bwith\s+dividends\b", re.I)
# "the dip ended a 15-session winning streak": the streak before the day
STREAK_ENDED = re.compile(r"\b(?:ended|ending|ends|snapped|snapping|broke|breaking|halted|"
                           r"stopped|interrupted)\b", re.I)
# "about 20 points away from a 14-year high", "within three points of its record high": the
# extreme is where the distance is measured from, not a level the index reached
_REACHED_KINDS = frozenset({ClaimKind.RECORD, ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE})
_REFERENCE_POINT = re.compile(
    r"\b(?:away\s+from|short\s+of|shy\s+of|below|under|beneath|off|from|of|near|nears|neared|nearing|approaching|"
    r"approach(?:es|ed)?|"
    r"closing\s+in\s+on|toward|towards|"
    r"than|regain|reclaim|recapture|retake|return\s+to)\s+(?:a|an|its|their|the|his|her)?\s*"
    r"(?:[\w-]+\s+){0,2}$", re.I)
_MOVE_MEASURES = ("day_move", "week_move", "month_move", "quarter_move", "year_move")
# "its 50-day moving average fell to 1,222.95", "while the 200-day stands at 1,616.23": a level
# whose subject is a moving average
_AVERAGE_AS_SUBJECT = re.compile(r"\b\d{2,3}-day(?:\s+(?:simple\s+|exponential\s+)?moving)?(?:\s+average|\s+MA)?"
                                 r"(?:\s+\((?:MA|SMA)\))?\s+(?:(?:is|was|has|had|now|also|then|just)\s+)*$", re.I)
_LEVEL_SLACK = 0.25  # a stated close this far from the data is another day's or index's level
# The band of a stated change, as a multiple of the reading's figure, inside which a difference
# can be the writer's error; outside it the figure is more often another session's, window's or
# index's change. The two sides differ because the misreadings do. Of the changes keyed
# contradicted in all the corpora, those overstated lie at 1.13 to 1.26 times the true figure
# (one at 1.69, two gross ones at 7.8 and 20); those understated reach down to a tenth (a stale
# figure). Of the false alarms on a change that the first measures of six held-back corpora
# printed (each run once at the commit it was measured at), about twenty stated 1.3 to 2.5 times
# the figure read (a peak-to-trough fall, a longer window, the session's extreme, another index's
# bigger move) and none less than 0.45 times it: a bigger window or an extreme makes a bigger figure.
_OVERSTATED = 1.3
_UNDERSTATED = 0.4


# a reference by a common noun ("the index", "the benchmark"), not a pronoun
_NOMINAL_REFERENCE = re.compile(r"(?:the|this|that)\s+", re.I)


def infirm(rc: ResolvedClaim, checked: CheckedClaim) -> str | None:
    """Why the reading behind a "contradicted" is not firm enough to raise an alarm, or None.

    A contradiction is only as good as the reading it was found on. These are the signs, each
    seen across many real articles, that the reading rather than the figure is what is wrong:
    the subject carried over from another sentence; a window the sentence opens but capscope
    cannot place; a change stated as a state ("is down 4%") with no period; a time phrase that
    may date another part of the sentence; a "day's move" larger than any session in the data;
    a stated close far from any close of that instrument near that day.
    """
    c = rc.claim
    if c.details.get("reference_level"):
        # "... above its 52-week low of 28725.51": the level of the reference the distance reads; a
        # miss may be the intraday extreme or another window the words allow
        return "the stated level may be another reference's (an intraday extreme, another window)"
    sym = rc.subject.symbol
    # how the extractor found the subject ("context: last subject ..."), else how it resolved
    via = subject_via(rc)
    if c.kind is ClaimKind.FED_DECISION and rc.time is None and rc.since is None and c.details.get("action") != "hold":
        return ("no meeting is named: the size or range may add up several decisions or speak "
                "of another meeting than the latest")
    if c.kind is ClaimKind.FED_DECISION and c.details.get("count"):
        span = _SPAN_AFTER.match(c.sentence, c.span.end - c.sentence_span.start)
        if span is not None:
            return f"'{span.group(0).strip()}' spans the count, and the words do not place that span"
    if sym and via.startswith("context"):
        return f"the subject ({sym}) is carried over from another sentence"
    if sym and via.startswith("reference") and "(same sentence)" not in via and _NOMINAL_REFERENCE.match(
            via.split(":", 1)[-1].strip()):
        # "the 20% drop ... that put the index in a bear market" after four indexes were named:
        # "the index" of an earlier sentence is the last one named, which need not be the one
        # meant (a pronoun, "its 7.0% loss" after "The Dow lost", stays the sentence before's)
        return f"the subject ({sym}) is a reference to an earlier sentence ('{via.split(':', 1)[-1].strip()}')"
    opening = open_reading(rc)
    if opening is not None:
        return f"'{opening}' opens a window capscope cannot place in time"
    before = c.sentence[:max(0, c.span.start - c.sentence_span.start)]
    event = None if c.details.get("dated_by") == "when" else _EVENT_DAY.search(before)
    if event is not None:
        return f"'{event.group(0).strip()}' dates the claim by an event, not a day"
    if c.kind in (ClaimKind.RELATIVE_RETURN, ClaimKind.PERIOD_RETURN):
        count = _HOW_OFTEN.search(c.sentence)
        if count is not None:
            return (f"'{count.group(0)}' counts periods in which it happened: not one change over "
                    "the window")
    if c.kind in (ClaimKind.RELATIVE_RETURN, ClaimKind.PERIOD_RETURN):
        run = _LONGEST_RUN.search(c.sentence)
        if run is not None:
            return f"'{run.group(0)}' speaks of a run of periods, not of one change over the window"
    portion = _PORTION.search(c.sentence)
    if portion is not None and c.kind in (ClaimKind.RELATIVE_RETURN, ClaimKind.PERIOD_RETURN, ClaimKind.STREAK,
                                          ClaimKind.PRICE_LEVEL, ClaimKind.DISTANCE_FROM_RECORD):
        return f"'{portion.group(0)}' speaks of a stretch inside the period, not the period end to end"
    era = _era_before(c, before)
    if era is not None and (rc.time is None or rc.time.label != era):
        return f"'{era}' puts the figure in another era than the one read"
    ago = (_AGO.search(before) or _AGO.search(_tail_not_its_time(c)) or _INTERVAL_AFTER.search(before) or _LAST_TIME.search(before)
           or (_FOLLOWING.search(before[-60:]) if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) else None))
    if ago is not None:
        return f"'{ago.group(0).strip()}' dates the figure at another moment than the article's day"
    if c.kind in (ClaimKind.STREAK, ClaimKind.MONTHLY_STREAK):
        negated = _NEGATED_RUN.search(before[-70:])
        if negated is not None:
            return (f"'{negated.group(0).strip()}': the words negate the run (a stretch without such "
                    "a move), not a run of gains or losses")
    if c.kind in _DENIABLE:
        denied = _DENIED.search(before[-40:])
        if denied is not None:
            return f"'{denied.group(0).strip()}': the words deny what they name, not assert it"
    if c.kind is ClaimKind.RECORD and _TRADED_PAST.search(before[-60:]):
        return "a record the words say was traded through, not closed above: a price inside the session"
    if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) and _COMPARED.match(_own_tail(c)):
        return "a figure compared with another series ('higher than ...'): a gap between two, not one's change"
    if c.kind is ClaimKind.DISTANCE_FROM_RECORD and _INTRADAY_REFERENCE.search(_own_tail(c) + " " + c.text):
        # "20.9% below its intraday high in January": measured from the session's extreme (and
        # often to one), which the record close the reading used is not
        return "the distance is measured from an intraday extreme, not from the record close read"
    if c.kind is ClaimKind.DISTANCE_FROM_RECORD and rc.time is not None and rc.time.label:
        at = c.sentence.find(rc.time.label)
        if at > 0 and _DATES_THE_PEAK.search(c.sentence[max(0, at - 50):at]):
            return f"'{rc.time.label}' dates the high the distance is measured from, not the distance"
    lately = _LATELY.search(c.sentence)
    if lately is not None and c.kind in (ClaimKind.RECORD, ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE,
                                         ClaimKind.DAY_MOVE, ClaimKind.CLOSE_LEVEL,
                                         ClaimKind.DISTANCE_FROM_RECORD):
        return f"'{lately.group(0)}' speaks of recent sessions, not of the article's day alone"
    total = _TOTAL_RETURN.search(c.sentence)
    info = rc.subject.info
    if total is not None and info is not None and not info.has_total_return:
        return (f"'{total.group(0)}': a total-return figure, and {sym} is a price index (the data "
                "have no total-return series for it)")
    # (or opening the sentence: "At their weakest point yesterday, the Dow ... were down")
    once = _ONCE.search(before[-40:]) or _ONCE.match(before.lstrip())
    if once is not None:
        return f"'{once.group(0)}' puts the figure at an earlier moment the words do not date"
    if c.kind is ClaimKind.STREAK:
        running = run_of_a_mid_session_move(rc)
        if running:
            return running
    if c.kind is ClaimKind.STREAK and not c.details.get("side_of_average"):
        side = _ONE_SIDE.search(c.sentence)
        if side is not None:
            return (f"'{side.group(0)}': a run of closes on one side of a level, not of gains or "
                    "of losses")
    if c.kind is ClaimKind.STREAK:
        sized = _SIZED_EITHER_WAY.search(c.sentence)
        if sized is not None:
            return (f"'{sized.group(0)}': a run of moves of a size either way, not of gains or of "
                    "losses")
    if c.kind is ClaimKind.STREAK and STREAK_ENDED.search(before[-40:]):
        return "the words say the streak ended: it is the one before the day, not the day's own"
    if rc.time is not None and detached_time(rc):
        return f"'{rc.time.label}' may date another part of the sentence"
    if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN):
        part = _PART_OF_SESSION.match(_own_tail(c))
        if part is not None:
            return f"'{part.group(0).strip()}': a part of a session, not the session's change"
    if c.kind is ClaimKind.DAY_MOVE:
        lead = c.sentence[max(0, c.span.start - c.sentence_span.start - 30):
                          c.span.end - c.sentence_span.start]
        if rc.time is None and _STATE.search(lead):
            return "a change stated as a state ('is down', 'has gained') over a period not given"
        too_big = beyond_a_day(rc) if rc.time is None else None
        if too_big:
            return too_big
    if any("dividend-adjusted" in (e.note + " " + str(e.arguments)) or
           e.arguments.get("field") == "adj_close" for e in checked.evidence) or \
            "dividend-adjusted" in checked.explanation:
        return ("only the dividend-adjusted close is in the data here: a price figure differs "
                "from it by the dividends")
    if c.kind is ClaimKind.RECORD and c.details.get("record_count") and rc.time is None \
            and not re.search(r"\b(?:week|month|quarter|year|session|day)s?\b",
                              c.sentence[c.span.start - c.sentence_span.start:c.span.end - c.sentence_span.start + 30],
                              re.I):
        # "Since the Russell 2000's last record in August 2018, the S&P 500 has posted 42 record
        # highs": a count with no window of its own may run from any point the sentence names
        # (not "its third record-closing high of the week": a window in its own words)
        return "the words give the count of records no window of its own"
    # (a count of records names no level; "closed below 30,000 for the first time since" crosses one)
    counted = any(c.details.get(k) for k in ("record_count", "sessions_without", "record_move")) or \
        c.details.get("measure") == "level"
    if c.kind in _REACHED_KINDS and not counted:
        lead = c.sentence[max(0, c.span.start - c.sentence_span.start - 40):
                          c.span.start - c.sentence_span.start]
        ref = _REFERENCE_POINT.search(lead)
        if ref is not None and not c.details.get("one_of"):
            return (f"'{ref.group(0).strip()} {c.text}' names a reference point, not a level "
                    "reached")
    if c.kind in (ClaimKind.PRICE_LEVEL, ClaimKind.HIGHEST_SINCE):
        crossed = crossed_intraday(rc)
        if crossed:
            return crossed
    if c.details.get("rate_level") or c.details.get("rate_change"):
        return ("a yield quoted during the day may differ from the end-of-day series, the only "
                "one in the data")
    if c.kind in (ClaimKind.DAY_MOVE, ClaimKind.CLOSE_LEVEL):
        inside = mid_session(rc)
        if inside:
            return inside
    if c.kind in (ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE) and \
            c.details.get("measure") in _MOVE_MEASURES:
        stated = stated_move_not_the_sessions(rc, checked)
        if stated:
            return stated
    w = rc.time
    if c.kind in (ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE) and c.details.get("lookback") and \
            w is not None and w.ok and w.day is None and w.start is not None and w.end is not None:
        # "after falling to 15-month lows in April": a period's extreme is as often its intraday
        # one, which closes cannot rank
        return f"'{w.label}' dates the extreme to a period: it may be an intraday one, which closes cannot rank"
    far = _far_off_change(rc, checked)
    if far:
        return far
    basis = _within_dividends(rc, checked) or _total_return_side(rc, checked)
    if basis:
        return basis
    if (c.kind is ClaimKind.CLOSE_LEVEL and w is not None and w.ok and w.day is None and w.start is not None
            and w.end is not None and w.end - w.start > MONTH):
        # (each session of a month or less is a reading of its own: see readings.days)
        return f"'{w.label}' spans more sessions than one reading can check: the close stated may be any of them"
    if c.kind is ClaimKind.CLOSE_LEVEL and not c.details.get("intraday"):  # (a stated session high is read as one)
        extreme = _NAMED_EXTREME.search(c.sentence)
        if extreme is not None:
            return f"'{extreme.group(0)}': the level is the session's extreme, not its close"
    if c.kind is ClaimKind.CLOSE_LEVEL:
        average = _AVERAGE_AS_SUBJECT.search(c.sentence, 0, max(0, c.span.start - c.sentence_span.start))
        if average is not None:
            return f"'{average.group(0).strip()}': the level is the moving average's, not the close"
        found = next((e.found for e in checked.evidence if isinstance(e.found, (int, float))), None)
        q = next((q for q in c.quantities if q.role in ("level", "close", "")), None)
        if found and q is not None and abs(q.value / float(found) - 1) > _LEVEL_SLACK:
            return (f"{q.raw} is far from any {sym} close near that day: another instrument's or "
                    "another day's level")
    return None


# how far apart the dividend yields of large and small caps have run, in points a year: a gap
# between two price indexes this small may come out the other way on total returns
_DIVIDEND_GAP_PP_A_YEAR = 1.0


def _within_dividends(rc: ResolvedClaim, checked: CheckedClaim) -> str | None:
    """A relative return whose stated gap and whose price gap are both within what dividends can
    make up over the window ("trailed the S&P 500 by .3 percent in 2005": +0.32 points on price,
    -0.36 on total return): the data hold prices only, so they cannot rank the two."""
    c = rc.claim
    if c.kind is not ClaimKind.RELATIVE_RETURN:
        return None
    found = next((e.values.get("difference_pp") for e in checked.evidence
                  if isinstance(e.values.get("difference_pp"), (int, float))), None)
    q = next((q for q in c.quantities if q.unit in (Unit.PCT, Unit.PP)), None)
    w = rc.time
    if found is None or w is None or not w.ok or w.start is None or w.end is None:
        return None
    years = max((w.end - w.start).days / 365.25, 0.25)
    room = _DIVIDEND_GAP_PP_A_YEAR * years
    if abs(float(found)) <= room and (q is None or abs(q.value) <= room):
        return (f"the price gap ({float(found):+.2f} points) is within what dividends make up over "
                f"{years:.1f} years (about {room:.1f} points): a total-return comparison may rank them "
                "the other way, and the data hold prices only")
    return None


# how far an index's own total return may run past its fund's (fees, cash drag), in points a year
# (at least the first figure)
_FUND_LAG_PP_A_YEAR = (0.3, 0.25)


def _total_return_side(rc: ResolvedClaim, checked: CheckedClaim) -> str | None:
    """A period's return the price return refutes but that lies on the dividends' side of it, up
    to the total return of the index's fund ("finished 2014 up 13.7%" for the S&P 500: 11.39% on
    price, 13.46% for SPY with dividends): fund companies and index providers quote total returns
    without saying so, and the data hold an index's prices only. (The verifier records the fund's
    total return for a refuted return over a long enough window.)"""
    c = rc.claim
    if c.kind is not ClaimKind.PERIOD_RETURN:
        return None
    ev = next((e for e in checked.evidence if isinstance(e.values.get("total_return_pct"), (int, float))
               and isinstance(e.values.get("return_pct"), (int, float))), None)
    q = next((q for q in c.quantities if q.unit is Unit.PCT), None)
    if ev is None or q is None:
        return None
    price, total = float(ev.values["return_pct"]), float(ev.values["total_return_pct"])
    down = q.sign < 0 or (not q.sign and c.direction is Direction.DOWN)
    stated = -abs(q.value) if down else abs(q.value)
    start, end = ev.values.get("start"), ev.values.get("end")
    years = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days / 365.25 if start and end else 1.0
    slack = max(_FUND_LAG_PP_A_YEAR[0], _FUND_LAG_PP_A_YEAR[1] * years) + 0.5 * 10.0 ** -q.decimals
    if not (total > price and price < stated <= total + slack):
        return None
    fund = ev.values.get("total_return_symbol", "its fund")
    return (f"{q.raw} lies between the price return ({price:+.2f}%) and the total return of {fund} with "
            f"dividends ({total:+.2f}%): a total-return figure, which the index's prices cannot check")


def _era_before(c, before: str) -> str | None:  # noqa: ANN001 - a Claim
    """An era named earlier in the claim's sentence ("during the dot-com boom, the index soared
    as much as 324.83 points in one day"), or None."""
    from capscope.claims.model import TimeKind
    from capscope.claims.timexpr import find_times

    return next((t.raw for t in find_times(before) if t.kind is TimeKind.ERA), None)


def found_change(checked: CheckedClaim, q: Quantity) -> float | None:
    """The change the reading found for the stated figure ``q``, signed, from the verdict's
    evidence: a relative return's gap for a percent, a change in percent or in points (a window's
    in points from its two closes); None when the evidence holds none for that unit."""
    values: dict = {}
    for e in checked.evidence:
        values.update({k: v for k, v in e.values.items() if isinstance(v, (int, float))})
    if checked.claim.kind is ClaimKind.RELATIVE_RETURN:  # "beat the S&P 500 by 9 points": the gap
        found = values.get("difference_pp") if q.unit in (Unit.PCT, Unit.PP) else None
    elif q.unit is Unit.PCT:
        found = values.get("return_pct", values.get("change_pct"))
    elif q.unit is Unit.POINTS:
        found = values.get("change_points")
        if found is None and "end_close" in values and "start_close" in values:
            found = values["end_close"] - values["start_close"]
    else:
        found = None
    return None if found is None else float(found)


def _far_off_change(rc: ResolvedClaim, checked: CheckedClaim) -> str | None:
    """A day's move or a period's change stated at more than ``_OVERSTATED`` times what the
    reading found, or less than ``_UNDERSTATED`` times it ("gained 3.4%" against +0.74%, "down
    nearly 10%" against -4.17%): that far off, it is more often another session's, window's or
    index's change than the writer's error (a sign flipped at a like size, "rose 1.2%" on a
    1.2% fall, is the alarm licence's to judge: readings.licence)."""
    c = rc.claim
    if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN, ClaimKind.RELATIVE_RETURN):
        return None
    for q in c.quantities:
        found = found_change(checked, q)
        if found is None or found == 0 or q.value == 0:
            continue
        unit = " points" if q.unit is Unit.POINTS else " pp" if c.kind is ClaimKind.RELATIVE_RETURN else "%"
        ratio = abs(q.value) / abs(found)
        if ratio > _OVERSTATED or ratio < _UNDERSTATED:
            return (f"{q.raw} is {ratio:.2f} times the {found:+,.2f}{unit} of the reading "
                    "checked: a figure this far off is more often another session's, window's "
                    "or index's change than an error")
    return None


def open_reading(rc: ResolvedClaim) -> str | None:
    """Words that open a reading capscope cannot measure (a window from an undated event, a
    peak-to-trough fall), or None."""
    if rc.claim.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN, ClaimKind.RELATIVE_RETURN):
        return None  # ("outperformed from the March 2020 bottom to their November peaks")
    m = OPEN_WINDOW.search(rc.claim.sentence)
    if m is None:
        return None
    said = rc.claim.time
    if (said is not None and said.anchor == "between" and rc.time is not None and rc.time.ok
            and re.search(r"\d", m.group(0))):
        return None  # "from the November 25 peak": dated, and the claim's window starts there
    if (said is not None and said.span is not None and rc.time is not None and rc.time.ok
            and said.span.start <= rc.claim.sentence_span.start + m.start() < said.span.end):
        return None  # "since the election": the words that open the window are a time capscope placed
    return m.group(0)


__all__ = ["infirm", "open_reading"]

