"""Typed claims: what an article asserts, in a shape the verifier can check without re-reading text.

A :class:`Claim` is one assertion ("IWM rose 1.7% on Wednesday") compiled from one sentence: its
kind, where it sits in the normalised text, who it is about (a resolved :class:`Mention`), the
numbers with their units and hedges (:class:`Quantity`), the direction and the time
(:class:`TimeExpr`, raw text plus a parsed structure and, when the publication date allows, a
calendar window). Kind-specific details (streak length, Fed move size, forecast horizon) live in
``details`` under documented keys, listed per kind in :data:`DETAIL_KEYS`.

:class:`Verdict`, :class:`Evidence` and :class:`CheckedClaim` are the verifier's vocabulary; they
live here so both halves of the checker share one model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum
from typing import Any

from capscope._result import jsonable


class ClaimKind(StrEnum):
    """What sort of statistic a claim is about; the verifier picks a statistic from this."""

    DAY_MOVE = "day_move"  # one session's change, % or points
    CLOSE_LEVEL = "close_level"  # "closed at 2,263.67"
    HIGHEST_SINCE = "highest_since"  # highest close (or best day...) since a time
    LOWEST_SINCE = "lowest_since"
    RECORD = "record"  # record / all-time high (or low)
    DISTANCE_FROM_RECORD = "distance_from_record"  # "less than 8% away from its all-time high"
    STREAK = "streak"  # daily/weekly winning or losing streak
    STREAK_RARITY = "streak_rarity"  # "the fifth time since 1979 that ..."
    PERIOD_RETURN = "period_return"  # a change over a window (week, month, YTD, "in 2024")
    RELATIVE_RETURN = "relative_return"  # one series against another (factor, spread, lead/lag)
    MONTHLY_STREAK = "monthly_streak"  # consecutive monthly gains/losses
    FED_DECISION = "fed_decision"  # an FOMC move (cut/hike/hold, size, first of a cycle)
    RATE_PROBABILITY = "rate_probability"  # market-implied odds of a move at a meeting
    PRICE_LEVEL = "price_level"  # support/resistance/base, a level crossed
    EVENT_PATTERN = "event_pattern"  # "tend to outperform in the 12-24 months after the first cut"
    FORECAST = "forecast"  # "could rise as much as 40% in 10 weeks"
    OPINION = "opinion"  # a view with nothing to measure
    MILESTONE_SPAN = "milestone_span"  # "from 40,000 to 50,000 in 431 trading days"
    TALLY = "tally"  # "has risen in four of the past five sessions"
    FIGURE = "figure"  # a market figure no statistic reads ("losers outnumbered winners 18 to 1")
    MARKET_CLOSED = "market_closed"  # "markets were closed Monday for Labor Day": no NYSE session that day


NOT_CHECKABLE = frozenset({ClaimKind.OPINION})

# What a kind is, for the stages that treat kinds alike (one table, so a new kind is added here
# and in its own modules, not in a list inside each stage):
#: kinds that name no instrument of their own: no "subject not found" flag (grammar.base)
NO_INSTRUMENT_KINDS = frozenset({ClaimKind.FED_DECISION, ClaimKind.RATE_PROBABILITY, ClaimKind.OPINION,
                                 ClaimKind.MARKET_CLOSED})
#: kinds never given the subject of the claim before them (resolve: their subject is their own)
OWN_SUBJECT_KINDS = NO_INSTRUMENT_KINDS | {ClaimKind.FORECAST, ClaimKind.EVENT_PATTERN}
#: kinds dated by their own calendar (a meeting, a forecast's horizon, a holiday): they do not
#: decide the story's day (resolve)
OWN_CALENDAR_KINDS = frozenset({ClaimKind.FED_DECISION, ClaimKind.FORECAST, ClaimKind.MARKET_CLOSED})
#: kinds the assertion gate lets through untouched (their own verdicts, or the exchange's
#: schedule: "markets will be closed Tuesday" is no projection) (gates)
NO_ASSERTION_GATE_KINDS = frozenset({ClaimKind.RATE_PROBABILITY, ClaimKind.OPINION, ClaimKind.MARKET_CLOSED})
#: kinds no measure gate applies to: no figure of an unmeasured series to stop (gates)
NO_MEASURE_GATE_KINDS = frozenset({ClaimKind.FED_DECISION, ClaimKind.FORECAST, ClaimKind.EVENT_PATTERN})


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"
    OUTPERFORM = "outperform"
    UNDERPERFORM = "underperform"
    UNKNOWN = "unknown"


class Unit(StrEnum):
    """Units of a stated number. PCT is a percent change; PP a spread in percentage points."""

    PCT = "%"
    PP = "pp"  # percentage points (a difference of two percentages)
    POINTS = "points"  # index points
    BP = "bp"  # basis points (Fed moves; a quarter-point cut is 25 bp)
    USD = "$"
    FACTOR = "x"  # triple = 3x, "by a factor of three"
    COUNT = "count"  # days, sessions, times ("fifth time")
    NUMBER = "number"  # a bare level ("closed at 2,263.67")


class Hedge(StrEnum):
    """How a number was qualified; the tolerance of each lives in :mod:`capscope.claims.lexicon`."""

    EXACT = "exact"
    NEARLY = "nearly"  # nearly, almost, close to, just shy of
    ABOUT = "about"  # about, roughly, around, some, approximately
    MORE_THAN = "more_than"  # more than, over, north of, above, upwards of
    AT_LEAST = "at_least"  # at least, or more
    LESS_THAN = "less_than"  # less than, under, below, south of
    AT_MOST = "at_most"  # at most, no more than, within
    AS_MUCH_AS = "as_much_as"  # as much as, up to (forecasts)
    JUST_OVER = "just_over"  # just over, slightly more than
    JUST_UNDER = "just_under"  # just under, slightly less than


#: the hedges that bound a figure rather than round it ("more than 2%"): a bound fits many
#: readings, so it never chooses between them
BOUNDS = frozenset({Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.LESS_THAN, Hedge.AT_MOST})


class TimeKind(StrEnum):
    """The shape of a time expression; the verifier maps each to NYSE sessions."""

    DAY = "day"  # a calendar date, "today", "yesterday"
    WEEKDAY = "weekday"  # "on Tuesday": latest such day on or before publication
    WEEK = "week"  # "last week", "this week"
    MONTH = "month"  # "November 2021", "last month", "in July"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"  # "in 2024", "last year"
    FUZZY = "fuzzy"  # "early 2022", "late 2021", "mid-2023"
    ERA = "era"  # "before the pandemic", "the financial crisis"
    TRAILING = "trailing"  # "over the past month", "in the last 10 sessions"
    TO_DATE = "to_date"  # "year to date", "so far this month"
    HORIZON = "horizon"  # forward window: "in 10 weeks", "the 12-24 months after"
    SAME_AS_BEFORE = "same_as_before"  # "in that time", "over the same period"


@dataclasses.dataclass
class Span:
    """Offsets in the normalised text (``start`` inclusive, ``end`` exclusive)."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]


@dataclasses.dataclass
class Quantity:
    """A number as stated: value, unit, hedge and the exact words, for rounding rules."""

    value: float
    unit: Unit
    raw: str
    span: Span
    hedge: Hedge = Hedge.EXACT
    hedge_text: str = ""
    high: float | None = None  # upper end of a range ("$240-$245", "12-24 months")
    decimals: int = 0  # digits after the point as written ("3.5" -> 1), for tolerance
    sign: int = 0  # -1/+1 when the text says so ("-2%", "fell"), else 0
    role: str = ""  # what the number is in the claim: move, level, threshold, size, probability...
    word: bool = False  # written as a word ("triple", "half-point", "fifth")


@dataclasses.dataclass
class Mention:
    """Who a claim is about: the words used and, when resolved, the canonical symbol."""

    raw: str
    span: Span | None
    symbol: str | None = None
    via: str = ""  # how it was resolved: "alias", "anaphora: the ETF -> IWM", "context"
    generic: bool = False  # a class ("small caps") rather than one instrument


@dataclasses.dataclass
class TimeExpr:
    """A time phrase: raw words, its parsed parts and, when resolvable, a calendar window.

    ``start``/``end`` are calendar dates (inclusive), not sessions: the verifier maps them to NYSE
    sessions. ``resolved`` is False when the window depends on a publication date we do not have
    (then ``note`` says so) or when the phrase is too vague to bound.
    """

    raw: str
    kind: TimeKind
    span: Span | None = None
    anchor: str = ""  # the preposition: on, in, since, over, before, after, for, by
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    part: str = ""  # early, mid, late, start, end, first-half...
    count: float | None = None  # trailing/horizon length
    count_high: float | None = None  # "12-24 months" -> 24
    unit: str = ""  # day, session, week, month, quarter, year
    relative: bool = False  # depends on the publication date ("last month", "on Tuesday")
    at_end: bool = False  # "the end of June", "the end of last year": the period's last day
    start: dt.date | None = None
    end: dt.date | None = None
    resolved: bool = False
    note: str = ""


@dataclasses.dataclass
class Claim:
    """One checkable (or explicitly not checkable) assertion from one sentence.

    ``details`` holds kind-specific fields; :data:`DETAIL_KEYS` documents them.
    """

    kind: ClaimKind
    text: str  # the words that carry the claim (the trigger phrase and its numbers)
    span: Span  # of ``text`` in the normalised text
    sentence: str
    sentence_span: Span
    subject: Mention | None = None
    comparison: Mention | None = None
    quantities: list[Quantity] = dataclasses.field(default_factory=list)
    hedge: Hedge = Hedge.EXACT
    direction: Direction = Direction.UNKNOWN
    time: TimeExpr | None = None
    since: TimeExpr | None = None  # "the first such streak since ...", "highest since ..."
    details: dict[str, Any] = dataclasses.field(default_factory=dict)
    flags: list[str] = dataclasses.field(default_factory=list)  # "time not stated", ...

    @property
    def checkable(self) -> bool:
        return self.kind not in NOT_CHECKABLE

    def quantity(self, role: str) -> Quantity | None:
        """The first number playing ``role`` (move, level, threshold, probability, size...)."""
        return next((q for q in self.quantities if q.role == role), None)

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}
        out["checkable"] = self.checkable
        return out


DETAIL_KEYS: dict[ClaimKind, dict[str, str]] = {
    ClaimKind.DAY_MOVE: {"measure": "'pct' or 'points' (one claim per figure: '1,000 points, or 2.5%' is two)",
                         "with_close": "level stated with the move ('to close at 5,000')",
                         "restates": "the words of the move this figure restates ('fell 76 points' for ', or 0.22%')"},
    ClaimKind.CLOSE_LEVEL: {"level": "the stated close",
                            "rate_level": "True: a yield's end-of-day level ('eased to 2.93 percent')",
                            "previous_session": "True: the level of the session before ('from 2.96 percent')",
                            "implied_previous": "the previous close the move stated with the level implies "
                                                "('slid by 42 points ... to nearly 3,708': 3,750)",
                            "extreme": "'high' | 'low': the level is a window's extreme ('its 52-week high of')",
                            "window": "that window: {'kind': 'trailing', 'count': 52, 'unit': 'week'}, "
                                      "{'kind': 'year', 'year': 2010}, {'kind': 'month', 'month': 6, 'year': None} "
                                      "or {'kind': 'ytd'}",
                            "measure": "close | intraday | either: the extreme's price ('closing high', "
                                       "'intraday low', 'high')",
                            "average_window": "N: the level is the N-day simple moving average's ('its 50-day "
                                              "moving average fell to 1,222.95')"},
    ClaimKind.HIGHEST_SINCE: {"measure": "close | day_move | week_move | month_move | level",
                              "lookback": "for 'a 52-week high': {'count': 52, 'unit': 'week'}",
                              "level": "a stated level crossed ('above 2,100 for the first time since')",
                              "ever": "True: a move's rank in all the data ('worst point drop ever')",
                              "first_dated": "True: a level's first crossing on the day the words give ('first "
                                             "finished above 10,000 on March 29, 1999')",
                              "rank": "the rank stated ('17th-worst', 'second-biggest'); 1 when absent",
                              "unit": "'points' | 'pct' for ranks of a move",
                              "one_of": "True: 'one of its biggest gains since': a place in the top ten",
                              "within": "{'unit': 'year', 'year': 2019 or None (the day's own)}: 'its worst "
                                        "day of 2019', 'the highest close of the year'",
                              "month_of_year": "1-12: 'its best January since': that month of each year only",
                              "quarter_of_year": "1-4: 'its best first quarter since': that quarter of each "
                                                 "year only"},
    ClaimKind.RECORD: {"which": "high | low", "measure": "close | intraday",
                       "negated": "True: the words say it was NOT a record ('didn't reach new heights')",
                       "first_since": "True: 'a record high for the first time since August 2018', 'its first "
                                      "since December': the record before it was set in the 'since' period",
                       "record_move": "'size' | 'day': the record one-day move a day beat, its size or its day",
                       "loss": "True for a record loss (record_move)", "points": "True for a points record",
                       "record_count": "how many record closes the window holds ('set 10 records this year')",
                       "ordinal": "True: 'its 57th record close': the day was one of them"},
    ClaimKind.DISTANCE_FROM_RECORD: {"reference": "record | 52-week high | recent high",
                                     "state": "correction | bear market (threshold implied)",
                                     "gain_needed": "True: the gain stated as what would regain the record ('would "
                                                    "need to gain 7% to surpass its record')"},
    ClaimKind.STREAK: {"length": "int", "unit": "day | session | week", "ordinal": "True when 'fifth straight day'",
                       "threshold": "Quantity role 'threshold' when 'gains north of 1%'",
                       "side_of_average": "{'window': 200, 'above': True}: a run of closes on one side of "
                                          "the moving average, not of gains",
                       "of_records": "True: a run of record highs ('a record for the third session in a row')"},
    ClaimKind.MONTHLY_STREAK: {"length": "int", "unit": "month", "first_since": "True for 'the first such streak since'"},
    ClaimKind.STREAK_RARITY: {"occurrence": "the Nth time (1 = first)", "count_total": "'only N times'",
                              "length": "streak length", "unit": "day | week | month",
                              "threshold": "Quantity role 'threshold'"},
    ClaimKind.PERIOD_RETURN: {"window": "ytd | trailing | calendar | since | same_as_before",
                              "restates": "the words of the change this figure restates",
                              "time_from": "'list': a figure listed after a move takes that move's time"},
    ClaimKind.RELATIVE_RETURN: {"factor": "3 for 'triple'", "spread": "Quantity role 'spread' (pp/points)",
                                "relation": "factor | spread | lead | lag"},
    ClaimKind.FED_DECISION: {"action": "cut | hike | hold", "size_bp": "int", "first_of_cycle": "bool",
                             "count": "how many moves of the kind ('cut rates three times', 'three "
                                      "consecutive cuts')",
                             "ordinal": "which move of its kind the decision was ('its fifth rate increase of "
                                        "the year', 'its third straight cut')",
                             "consecutive": "True: a run of like moves, broken by a hold",
                             "of_year": "True: the ordinal counts the moves of the decision's year",
                             "target_low": "% lower bound stated", "target_high": "% upper bound stated",
                             "first_since": "True: 'its first cut since December 2008', 'for the first time in "
                                            "a decade': the move of the same kind before it (the time in `since`, "
                                            "or a gap in years)",
                             "gap_years": "float: the gap a 'first ... in N years' states",
                             "gap_hedge": "exact | nearly | more_than | about: how the gap is hedged",
                             "previous_low": "% lower bound of the range before ('to 5 percent from 5.25 percent')",
                             "previous_high": "% upper bound of the range before",
                             "target_words": "the words for a range not written in figures ('near zero')",
                             "in_force": "True: the range in force on the claim's day (a table's target row), "
                                         "not a decision that day",
                             "source": "'table': read from an adviser letter's table"},
    ClaimKind.RATE_PROBABILITY: {"action": "cut | hike | hold", "size_bp": "int", "meeting": "TimeExpr in `time`",
                                 "source": "FedWatch | futures | ''"},
    ClaimKind.PRICE_LEVEL: {"level_type": "support | resistance | base | ceiling | breakout | moving_average | level",
                            "low": "float", "high": "float (zones)", "window": "moving-average length",
                            "held_since": "True: 'has held above its 200-day since the start of this year': "
                                          "on that side from the 'since' time on (not a first cross)"},
    ClaimKind.EVENT_PATTERN: {"event": "first_cut | first_hike | cut | hike | recession | election | raw text",
                              "horizon": "TimeExpr kind HORIZON in `time`", "outcome": "outperform | rise | ..."},
    ClaimKind.FORECAST: {"horizon": "TimeExpr in `time`", "source": "who says so, when stated"},
    ClaimKind.OPINION: {"cue": "the words that mark it as a view"},
    ClaimKind.MILESTONE_SPAN: {"low": "the lower level", "high": "the higher level",
                               "unit": "session | day | week | month | year (the duration's)",
                               "step": "points of a climb ranked ('the fastest 10,000-point gain')",
                               "rank": "fastest | slowest (with step)"},
    ClaimKind.FIGURE: {"unit": "the figure's unit as written"},
    ClaimKind.TALLY: {"tally": "{'count': rises (falls), 'of': periods counted back, 'unit': session | week | "
                               "month} ('up in six of the past eight weeks')"},
    ClaimKind.MARKET_CLOSED: {"day": "ISO date the words name, placed by the tense (absent: the holiday's)",
                              "day_words": "the words that name the day ('Monday', 'on Tuesday, January 2nd')",
                              "tense": "past | present | future (places a weekday or a holiday)",
                              "holiday": "the holiday named, as data.holidays names it ('' if none)",
                              "reason": "the words after 'for', 'in observance of' ... as written"},
}


class Verdict(StrEnum):
    """The verifier's answer for one claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"  # with the value the data gives
    IMPRECISE = "imprecise"  # right direction, outside the tolerance
    UNVERIFIABLE = "unverifiable"  # with exactly what is missing
    NOT_CHECKABLE = "not_checkable"  # opinion: nothing to measure
    FORECAST = "forecast"  # a forecast whose window the data does not cover (yet)


@dataclasses.dataclass
class Evidence:
    """What the data said: the statistic called, its inputs and outputs, and how to reproduce it."""

    statistic: str  # e.g. "capscope.stats.moves.day_move"
    arguments: dict[str, Any] = dataclasses.field(default_factory=dict)
    claimed: Any = None
    found: Any = None
    values: dict[str, Any] = dataclasses.field(default_factory=dict)  # dates, closes, window used
    command: str = ""  # the capscope command that reproduces it
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}


@dataclasses.dataclass
class CheckedClaim:
    """A claim with its verdict, the evidence and, for unverifiable ones, what is missing."""

    claim: Claim
    verdict: Verdict
    evidence: list[Evidence] = dataclasses.field(default_factory=list)
    explanation: str = ""
    missing: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim.to_dict(),
            "verdict": self.verdict.value,
            "evidence": [e.to_dict() for e in self.evidence],
            "explanation": self.explanation,
            "missing": self.missing,
        }


__all__ = ["DETAIL_KEYS", "NOT_CHECKABLE", "CheckedClaim", "Claim", "ClaimKind", "Direction",
           "Evidence", "Hedge", "Mention", "Quantity", "Span", "TimeExpr", "TimeKind", "Unit",
           "Verdict"]
