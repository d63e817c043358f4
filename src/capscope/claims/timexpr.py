"""Time expressions in news prose: find them and parse them.

"on Tuesday", "since November 2021", "early 2022", "before the pandemic", "over the last one
month", "year to date", "in 2024", "in that time", "the 12-24 months after": each becomes a
:class:`~capscope.claims.model.TimeExpr` with its parts and, when its words fix one, a calendar
window (``start``/``end``, inclusive). Windows are calendar dates; mapping them to NYSE sessions
is the verifier's job. The calendar arithmetic, the rules for fuzzy words and the windows that
need the publication date ("on Tuesday", "last month") are in :mod:`capscope.claims.timewindows`.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable

from capscope.claims._spans import ascii_twin, overlaps, plain_ascii
from capscope.claims.lexicon import count_value
from capscope.claims.model import Span, TimeExpr, TimeKind
from capscope.claims.timewindows import (
    ERAS,
    MONTH_NUM,
    WEEKDAY_NUM,
    fuzzy_window,
    month_end,
)

# other names of the same events
_ERA_SYNONYMS = (
    (r"^(?:the\s+)?(?:global\s+|\d{4}\s+)?financial crisis$", "financial crisis"),
    (r"^(?:world war (?:ii|two|2)|the second world war|second world war)$", "world war ii"),
    (r"^(?:sept(?:ember|\.)? 11(?:th)?|9/11)(?: terrorist)?(?: attacks?)?$|^(?:the )?terrorist attacks of sept(?:ember|\.)? 11$",
     "sept. 11"),
    (r"^lehman(?: brothers)?(?:'s)? (?:collapse|bankruptcy|failure)$", "lehman"),
    (r"^brexit(?: vote| referendum)?$", "brexit"),
    (r"^(?:tech|internet) (?:bubble|boom)$|^dot-com boom$", "dot-com bubble"),
)

_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])")
_FULL_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![a-z])"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d,.]\d|%)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT = r"(?:trading days?|trading sessions?|sessions?|days?|weeks?|months?|quarters?|years?)"
_NUMW = (r"(?:\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
         r"fifteen|eighteen|twenty|thirty|few|several|a couple of|couple of)")
_PREP = r"(?:(?P<prep>(?i:since|in|on|over|during|for|from|through|until|before|after|by|of|at|as of|to))\s+)?"

# a closing verb right before a period it ends, and the figure it ends the period with after it
_CLOSED = (r"(?:(?<=ended\s)|(?<=closed\s)|(?<=finished\s)|(?<=ending\s)|(?<=closing\s)|(?<=finishing\s)|"
           r"(?<=closed\sout\s)|(?<=wrapped\sup\s)|(?<=rounded\sout\s))")
# (or the level it ends the period at: "finished 2019 at 28,538.44", "ended 2016 at 19,762.60")
_CLOSED_WITH = r"(?=,?\s+(?:(?![12]\d{3}\b)[-+]?\d|up\b|down\b|higher\b|lower\b|with\s+(?:a|an|its)\b|at\s+\$?\d))"

# ordered: longer, more specific shapes first; matches may not overlap
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("same", r"(?:in|over|during|for)\s+(?:that|the same|this)\s+(?:time|period|stretch|span|timeframe|time frame|window)"),
    ("horizon_range", r"(?:in\s+|over\s+)?the\s+(?P<n1>\d{1,3})\s*(?:-|to)\s*(?P<n2>\d{1,3})\s+(?P<u>" + _UNIT + r")\s+(?:after|following|since|before)"),
    # "in the first three months of 2025": January to the end of the third month; "in the final three
    # quarters of 2013", "the last six months of 2019": from the start of that month to the year's end
    # (before "trailing": "the last six months" of a year named is not the six months to the day)
    ("edge_months", r"the\s+(?P<edge>first|last|final)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+"
                     r"(?P<u>months|quarters)\s+of\s+(?P<y>" + _YEAR + r")"),
    ("trailing", r"(?:over|in|during|for)\s+(?:just\s+|only\s+)?the\s+(?:last|past|previous|prior|latest)\s+(?:(?P<n>" + _NUMW + r")[\s-]+)?(?P<u>" + _UNIT + r"|decades?)"),
    ("trailing", r"(?:over|in|during|for)\s+(?:the\s+)?recent\s+(?P<u>" + _UNIT + r")"),
    # "year over year, the S&P 500 is up 11%": the change from a year before, the past year's
    ("trailing", r"(?P<u>year)[\s-]+(?:over|on)[\s-]+year\b"),
    ("horizon", r"(?:over|in|within|during)\s+the\s+(?:next|coming|following)\s+(?:(?P<n>" + _NUMW + r")[\s-]+)?(?P<u>" + _UNIT + r")"),
    ("horizon", r"(?:within|in)\s+(?P<n>\d{1,3}(?:\s*(?:-|to)\s*\d{1,3})?|" + _NUMW + r")\s+(?P<u>" + _UNIT + r")(?!\s+(?:ago|earlier|before))"),
    ("horizon_end", r"(?:by|into|through|until|before)\s+(?:the\s+)?(?:year-end|year end|end of the year|end of (?:this|the) year)"),
    ("todate", r"(?:so far\s+)?(?:year[- ]to[- ]date|YTD)|so far (?:this|in|in the) (?P<u>year|month|quarter)|"
               r"so far in (?P<y>" + _YEAR + r")|since the (?:start|beginning) of (?:the |this )?(?P<u2>year|month|quarter)|"
               r"(?:month|quarter)[- ]to[- ]date|(?:for|in|during|over|on) the (?:year|month|quarter)"
               r"(?!'|\s*(?:\d|of\b|before\b|after\b|ahead\b|ending\b|ended\b|earlier\b|prior\b|"
               r"to\s+(?![-+]?\d|(?:about|nearly|almost|more|over|roughly|around|just|less)\b)))|"
               r"this (?:year|month|quarter)"),
    ("era", r"(?:(?P<pre>before|since|after|during|pre-|post-)\s*(?:(?:around|about|roughly)\s+)?(?:the\s+)?)"
            r"(?:(?P<edge>start|beginning|onset|outbreak|height|depths?|worst|end)\s+of\s+(?:the\s+)?)?"
            r"(?:time\s+of\s+(?:the\s+)?)?"
            r"(?P<e>(?:20\d\d\s+)?(?:covid(?:-19)?\s+)?"
            r"(?:pandemic|covid crash|covid|(?:global\s+|20\d\d\s+)?financial crisis|great recession|great depression|"
            r"dot-com (?:bubble|boom|bust|crash)|(?:tech|internet) (?:bubble|boom)|1987 crash|black monday|"
            r"world war (?:ii|two|2)\b|second world war|"
            r"(?:sept(?:ember|\.)?\s+11(?:th)?|9/11)(?:\s+terrorist)?(?:\s+attacks?)?|terrorist attacks of sept(?:ember|\.)?\s+11|"
            r"lehman(?:\s+brothers)?(?:'s)?\s+(?:collapse|bankruptcy|failure)|flash crash|taper tantrum|"
            r"brexit(?:\s+vote|\s+referendum)?))"),
    # "the 2000-02 bear market", "the 2007-09 financial crisis": a span of years named by what
    # happened in it (never a month: "2000-02" alone is not read)
    ("year_span", r"(?P<y>(?:19|20)\d\d)\s*[-\u2013/]\s*(?P<y2>\d\d(?:\d\d)?)(?=\s+(?:bear|bull|financial|"
                  r"crisis|recession|market|downturn|crash|sell-?off|rally|slump|drawdown|correction)\b)"),
    ("iso", r"(?P<y>" + _YEAR[:-len(r"(?![\d,.]\d|%)")] + r")-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    # "in the week ended Jan. 21": the week whose last session that is
    ("week_ended", r"(?:the\s+)?week\s+(?:ended|ending|through)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day,?\s+)?"
                   r"(?P<mon>" + _MON + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>" + _YEAR + r"))?"),
    ("mdy", r"(?P<mon>" + _MON + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>" + _YEAR + r")"),
    ("dmy", r"(?P<d>\d{1,2})\s+(?P<mon>" + _MON + r")(?:,\s*|\s+)(?P<y>" + _YEAR + r")"),
    ("slash", r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d|,\d)"),
    # "reached on 1/19", "its 1/19 high": a month and day in tables and wire shorthand, only after
    # a word that dates ("7 1/2 years" and "3/4 of" are fractions)
    ("slash_md", r"(?:(?<=\bon\s)|(?<=\bits\s)|(?<=\bthe\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\bto\s)|"
                 r"(?<=\bby\s)|(?<=\buntil\s)|(?<=\bthrough\s))(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])"
                 r"(?![\d/]|\.\d|,\d|\s*(?:of|points?|percent|pct|%|th|st|nd|rd)\b)"),
    # "ended the final day of trading in 2012 up 167 points": the year's last session, not the year
    ("last_session", r"the\s+(?:last|final|closing)\s+(?:trading\s+day|day\s+of\s+trading|(?:trading\s+)?session)\s+"
                     r"(?:of|in)\s+(?P<y>" + _YEAR + r")"),
    # "on the week's last trading day" (Thursday before a holiday Friday), "the final session of the month"
    ("last_session_rel", r"the\s+(?P<u>week|month|quarter|year)['\u2019]s\s+(?:last|final)\s+(?:trading\s+day|(?:trading\s+)?session)|"
                         r"the\s+(?:last|final)\s+(?:trading\s+day|(?:trading\s+)?session)\s+of\s+the\s+(?P<u2>week|month|quarter|year)"),
    ("fuzzy", r"(?P<part>early|mid|late|the start of|the beginning of|the end of|the middle of|"
              r"the first half of|the second half of|the first quarter of|the fourth quarter of|"
              # "outperformed the S&P 500 in the first part of 2018": an unspecified share of the year
              r"the (?:first|early|earlier) part of|the (?:latter|later|last|final) part of)[\s-]*"
              r"(?P<mon>" + _MON + r")?\s*(?P<y>" + _YEAR + r")"),
    ("fuzzy_month", r"(?P<part>early|mid|late|the start of|the beginning of|the end of)[\s-]+(?P<mon>" + _MON + r")(?!\s*\d)"),
    ("quarter", r"(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of)?(?:\s+(?P<y>" + _YEAR + r"))?|"
                r"\bQ(?P<q2>[1-4])\s*(?P<y2>" + _YEAR + r")?"),
    ("half", r"(?:the\s+)?(?P<h>first|second)\s+half(?!\s+of\s+(?:\w+day's|the|today's|trading|a|an|its)\b(?!\s+year))"
             r"(?:\s+of(?:\s+the\s+year)?)?(?:\s+(?P<y>" + _YEAR + r"))?"),
    # "39 percent in August-October 1987", "from June to August 2024": one span of months
    ("month_range", r"(?P<mon>" + _MON + r")\s*(?:-|\u2013|to|through)\s*(?P<mon2>" + _MON + r")(?:,)?\s+(?P<y>" + _YEAR + r")"),
    # "an all-time high reached in May of last year": that month of the year the words name
    # "On Oct. 9 of last year, the Dow stood at a five-year low": that day of the year before
    ("md_rel_year", r"(?P<mon>" + _MON + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?P<rel>last|this|next)\s+year"),
    ("month_rel_year", r"(?P<mon>" + _MON + r")\s+of\s+(?P<rel>last|this|next)\s+year"),
    ("my", r"(?P<mon>" + _MON + r")(?:\s+of)?\s+(?P<y>" + _YEAR + r")"),
    ("md", r"(?P<mon>" + _MON + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d,.%]\d|\s*%)"),
    # "its record high of 10 March", "since 5 June": the day before its month (British copy), full
    # month names only
    ("dm", r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + _FULL_MON + r")(?!\s*,?\s*\d)"),
    # "since Election Day", "since the presidential election": the latest U.S. federal election
    ("election", r"(?:the\s+)?(?:(?:U\.S\.|US|presidential|November)\s+)?(?:(?-i:Election)\s+[Dd]ay|election)\b"
                 r"(?!\s+(?:of|for|to|in|results?\s+(?:of|for))\b)"),
    # (not the newspaper: "USA TODAY research")
    ("rel_day", r"\b(?<!USA\s)(?<!USA\s\s)(?:today|yesterday|this morning|this afternoon|on the day|in the session|"
                r"in today's session|in the latest session|overnight)\b"),
    ("weekday", r"(?:(?P<which>last|this|next|on|late|early)\s+)?(?P<wd>" + _WD + r")(?:'s)?(?:\s+(?:session|trading|morning|afternoon))?"),
    # "ended the week 1.7% higher", "finished the month down 2%": the period a closing verb ends
    ("closing_period", r"(?:(?<=ended\s)|(?<=closed\s)|(?<=finished\s)|(?<=ending\s)|(?<=closing\s)|"
                       r"(?<=finishing\s))the\s+(?P<u>week|month|quarter|year)\b(?=\s+(?:[-+]?\d|up|down|higher|lower|with|on|at))"),
    # ("the week to date" is the to-date rule's; "its loss for the week to nearly 2%" is the week)
    ("the_week", r"the\s+week(?!\s+(?:of|before|after|ending|ended|earlier|prior|ahead|that|when)\b|"
                 r"\s+to\b(?!\s+(?:[-+$]?\d|about|nearly|almost|more\s+than|over|roughly|around|just|less\s+than)))"),
    ("rel", r"(?P<endof>the\s+end\s+of\s+(?=last|the\s+previous|the\s+prior))?"
            r"(?P<which>last|this|next|past|previous|the past|the previous|the prior)\s+(?P<u>week|month|year|quarter)"),
    ("year", r"(?P<prep2>since|in|for|during|of|from|through|until|before|after|by|throughout|all of)\s+(?:(?:calendar|fiscal)\s+)?(?P<y>" + _YEAR + r")(?:'s)?"),
    ("year", r"(?P<y>" + _YEAR + r")'s\b|\b(?P<y3>" + _YEAR + r")\s+(?:so far|to date|as a whole|overall)|"
             # "finished 2014 up 4.9%", "closed out 2023 with a gain of 24%": the year a closing verb ends
             + _CLOSED + r"(?P<y4>" + _YEAR + r")" + _CLOSED_WITH),
    ("month", r"(?i:in|since|during|for|through|of|last|this\s+past)\s+(?P<mon>" + _MON + r")(?!\s*\d)"),
    # "ended December down 7%", "finished November with an 11.8% gain": the month a closing verb ends
    ("month", _CLOSED + r"(?P<mon>" + _MON + r")" + _CLOSED_WITH + "|"
              # "posted December gains of 4.4%", "its January loss": the month as the change's own word
              r"(?P<mon2>" + _MON + r")(?=\s+(?i:gains?|loss(?:es)?|declines?|advances?|rall(?:y|ies)|rises?|"
              r"drops?|slumps?|surges?|slides?|returns?|performances?)\b)"),
)

_COMPILED = [(name, re.compile(r"(?<![\w-])" + _PREP + "(?:" + rx + ")", re.IGNORECASE if name not in (
    "mdy", "dmy", "my", "md", "dm", "month", "fuzzy_month", "weekday", "month_range", "week_ended") else 0))
    for name, rx in _PATTERNS]

_SINCE_RE = re.compile(r"\bsince\s*$", re.IGNORECASE)

# a word each shape cannot match without: a sentence lacking it skips that pattern, which saves
# most of find_times' cost (each pattern otherwise tries its optional preposition at every position)
_UNIT_WORD = r"(?i:session|day|week|month|quarter|year)"
_PREFILTER: dict[str, re.Pattern[str]] = {name: re.compile(rx) for name, rx in {
    "same": r"(?i:time|period|stretch|span|frame|window)",
    "horizon_range": _UNIT_WORD, "trailing": r"(?i:session|day|week|month|quarter|year|decade)", "horizon": _UNIT_WORD,
    "horizon_end": r"(?i:year)",
    "todate": r"(?i:year|month|quarter|ytd)",
    "era": r"(?i:pandemic|covid|crisis|recession|depression|bubble|boom|bust|crash|monday|war|11|lehman|tantrum|brexit)",
    "year_span": r"1[89]\d\d|20\d\d", "iso": r"\d{4}-\d\d-\d\d", "mdy": _MON, "dmy": _MON, "slash": r"\d/\d", "slash_md": r"\d/\d",
    "last_session": r"1[89]\d\d|20\d\d", "last_session_rel": r"(?i:last|final)",
    "fuzzy": r"1[89]\d\d|20\d\d", "edge_months": r"(?i:months|quarters)", "fuzzy_month": _MON, "quarter": r"(?i:quarter)|Q[1-4]",
    "half": r"(?i:half)", "my": _MON, "md": _MON, "dm": _MON, "month_range": _MON, "month_rel_year": _MON, "md_rel_year": _MON, "week_ended": r"(?i:week)",
    "rel_day": r"(?i:today|yesterday|morning|afternoon|day|session|overnight)",
    "election": r"(?i:election)", "weekday": _WD, "the_week": r"(?i:week)", "closing_period": r"(?i:week|month|quarter|year)", "rel": r"(?i:week|month|year|quarter)",
    "year": r"1[89]\d\d|20\d\d", "month": _MON,
}.items()}


# Cheaper forms of the prefilters. A case-insensitive list of plain words (letters and digits:
# "11" for September 11 too) is a substring test on the lower-cased sentence when the sentence is
# ASCII (then str.lower and re.IGNORECASE agree).
# The others get a necessary substring test first and the prefilter itself only when it passes.
_PLAIN_WORDS = {pf.pattern: tuple(m.group(1).split("|")) for pf in _PREFILTER.values()
                if (m := re.fullmatch(r"\(\?i:([a-z0-9|]+)\)", pf.pattern))}
MON_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: a written date, month first ("November 12, 2024", "Nov. 12 2024"), for case-insensitive
#: patterns that find a page's own date (bylines, date lines, datelines)
DATE_WORDS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
#: a weekday before such a date ("Friday, ", "Tue ")
WEEKDAY_WORDS = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_GATES: dict[str, Callable[[str, str | None], bool]] = {
    _MON: lambda s, low: any(map(s.__contains__, MON_ABBR)),  # every month alternative starts so
    _WD: lambda s, low: "day" in s,
    r"\d{4}-\d\d-\d\d": lambda s, low: "-" in s,
    r"\d/\d": lambda s, low: "/" in s,
    r"1[89]\d\d|20\d\d": lambda s, low: "18" in s or "19" in s or "20" in s,
    r"(?i:quarter)|Q[1-4]": lambda s, low: low is None or "Q" in s or "quarter" in low,
}


# words one pattern of a shape needs (any one of them; its other patterns may not): on an ASCII
# sentence a pattern whose words are all absent is skipped
_WORDS_OF = {("horizon_range", 0): ("after", "following", "since", "before"),
             ("trailing", 0): ("last", "past", "previous", "prior", "latest"), ("trailing", 1): ("recent",),
             ("trailing", 2): ("over", "on"),
             ("horizon", 0): ("next", "coming", "following"),
             ("rel", 0): ("last", "this", "next", "past", "previous", "prior")}
_ENTRY_WORDS: list[tuple[str, ...] | None] = [
    _WORDS_OF.get((name, [n for n, _ in _PATTERNS[:k]].count(name))) for k, (name, _) in enumerate(_PATTERNS)]


def _prefilter_test(pf: re.Pattern[str]) -> Callable[[str, str | None], bool]:
    """The cheapest exact form of one prefilter: ``test(sentence, ascii_lower_or_None)``."""
    words = _PLAIN_WORDS.get(pf.pattern)
    gate = _GATES.get(pf.pattern)
    search = pf.search

    def test(sentence: str, low: str | None) -> bool:
        if words is not None and low is not None:
            return any(map(low.__contains__, words))
        if gate is not None and not gate(sentence, low):
            return False
        return search(sentence) is not None
    return test


# one step of find_times: a shape's name, its pattern and the pattern's ASCII twin, the words
# one of which the pattern needs (None: no word test) and the index of its shape's test
_Step = tuple[str, re.Pattern[str], re.Pattern[str], "tuple[str, ...] | None", "int | None"]


def _plan(prefilters: dict[str, re.Pattern[str]]) -> tuple[list[Callable[[str, str | None], bool]],
                                                           list[_Step]]:
    """Each distinct prefilter's test once, and one step per pattern of ``_COMPILED``: the
    pattern with its ASCII twin (see :mod:`capscope.claims._spans`), its words and the index of
    its shape's test (None: the shape has no prefilter). Built once per prefilter table, so a
    sentence pays one tuple unpacking per pattern instead of dictionary walks and lookups of the
    twin. An empty table (the tests' plain path) gates nothing, the words included."""
    tests: list[Callable[[str, str | None], bool]] = []
    index: dict[str, int] = {}
    for pf in prefilters.values():
        if pf.pattern not in index:
            index[pf.pattern] = len(tests)
            tests.append(_prefilter_test(pf))
    steps: list[_Step] = [
        (name, rx, ascii_twin(rx), words if prefilters else None,
         index[prefilters[name].pattern] if name in prefilters else None)
        for (name, rx), words in zip(_COMPILED, _ENTRY_WORDS, strict=True)]
    return tests, steps


_PLAN_CACHE: dict[int, tuple[dict[str, re.Pattern[str]], tuple]] = {}


def _current_plan() -> tuple[list[Callable[[str, str | None], bool]], list[_Step]]:
    """The plan of the prefilter table in force (tests swap in an empty one to compare)."""
    hit = _PLAN_CACHE.get(id(_PREFILTER))
    if hit is None or hit[0] is not _PREFILTER:
        hit = _PLAN_CACHE[id(_PREFILTER)] = (_PREFILTER, _plan(_PREFILTER))
    return hit[1]


def _month(text: str) -> int:
    return MONTH_NUM[text.lower().rstrip(".")]


def _unit(text: str) -> str:
    t = text.lower()
    for u in ("session", "day", "week", "month", "quarter", "year"):
        if u in t:
            return "session" if "trading" in t and u == "day" else u
    return t


def _count(text: str | None) -> float | None:
    if text is None:
        return 1.0
    t = text.lower().strip()
    if t in ("few", "several", "a couple of", "couple of"):
        return None
    try:
        return float(t)
    except ValueError:
        v = count_value(t)
        return float(v) if v is not None else None


# what ends a dateline's date: "October 9, 2009 (FinancialWire) --", "March 3, 2025 --"
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:--|\u2014|\u2013|-)\s")


def is_dateline(sentence: str, t: TimeExpr, offset: int = 0) -> bool:
    """Whether ``t`` opens ``sentence`` as its dateline (the publication date, not a day any
    claim of the sentence is about)."""
    s, e = t.span.start - offset, t.span.end - offset
    return not sentence[:s].strip() and _DATELINE_END.match(sentence, e) is not None


def find_times(sentence: str, offset: int = 0) -> list[TimeExpr]:
    """Every time expression in a sentence (spans are ``offset``-based), earliest first.

    The answer is a pure function of the sentence, the offset and the prefilter table in force,
    and the readings of a claim ask again about the sentence the extractor read (at ~60 us a
    long sentence), so the recent answers are kept (:func:`_times_of`) and each call gets its
    own copies: callers resolve and re-anchor the phrases in place.
    """
    return [_fresh(t) for t in _times_of(sentence, offset, id(_PREFILTER))]


def _fresh(t: TimeExpr) -> TimeExpr:
    """A copy of a kept phrase, its span included (a shallow copy without copy.copy's
    pickle-protocol round trip)."""
    new = object.__new__(TimeExpr)
    new.__dict__.update(t.__dict__)
    if t.span is not None:
        new.span = Span(t.span.start, t.span.end)
    return new


@functools.lru_cache(maxsize=256)  # an article's sentences, with room to spare
def _times_of(sentence: str, offset: int, table: int) -> tuple[TimeExpr, ...]:
    """:func:`_scan_times`, kept per sentence, offset and prefilter table (by id: the plan
    cache holds every table it has seen, so an id is never reused for another table)."""
    return tuple(_scan_times(sentence, offset))


def _scan_times(sentence: str, offset: int) -> list[TimeExpr]:
    """:func:`find_times` without the cache.

    The patterns run in order and a match overlapping an earlier one is dropped
    (:func:`capscope.claims._spans.overlaps`, the test of ``free_matches``, without its
    generator: every sentence with a signal runs this loop).
    """
    taken: list[tuple[int, int]] = []
    found: list[TimeExpr] = []
    tests, steps = _current_plan()
    hits: list[bool | None] = [None] * len(tests)
    low = sentence.lower() if tests and sentence.isascii() else None
    plain = plain_ascii(sentence)
    for name, rx, twin, words, k in steps:
        if k is not None:
            hit = hits[k]
            if hit is None:
                hit = hits[k] = tests[k](sentence, low)
            if not hit:
                continue
        if words is not None and low is not None and not any(map(low.__contains__, words)):
            continue
        for m in (twin if plain else rx).finditer(sentence):
            s, e = m.span()
            if overlaps(s, e, taken):
                continue
            te = _build(name, m)
            if te is None:
                continue
            te.span = Span(offset + s, offset + e)
            te.raw = m.group(0)
            if not te.anchor:
                first = te.raw.split(None, 1)[0].lower()
                if first in _ANCHOR_WORDS:
                    te.anchor = first
            if not te.anchor and _SINCE_RE.search(sentence[max(0, s - 8):s]):
                te.anchor = "since"
            taken.append((s, e))
            found.append(te)
    found.sort(key=lambda t: t.span.start if t.span else 0)
    if len(found) > 1:
        _range_years(found, sentence, offset)
        found = _month_ranges(found, sentence, offset)
        found = _dates_written_out(found, sentence, offset)
    _years_through(found, sentence, offset)
    return found


_COMMA = re.compile(r",\s*")
_OF_YEAR = re.compile(r"\s+of\s+(?:19|20)\d\d")


def _dates_written_out(found: list[TimeExpr], sentence: str, offset: int) -> list[TimeExpr]:
    """One day, not two phrases: "set Tuesday, Jan. 4, 2022" is January 4, 2022, and "through
    August 31 of 2013" is August 31, 2013. A weekday that is not the date's ("tumbled 6% on
    Thursday, April 4, 2025", a Friday) leaves both phrases: one of them is a slip, and the
    readings decide which."""
    out: list[TimeExpr] = []
    k = 0
    while k < len(found):
        te, nxt = found[k], found[k + 1] if k + 1 < len(found) else None
        if nxt is None or te.span is None or nxt.span is None:
            out.append(te)
            k += 1
            continue
        gap = sentence[te.span.end - offset:nxt.span.start - offset]
        if (te.kind is TimeKind.WEEKDAY and nxt.kind is TimeKind.DAY and nxt.year and nxt.month and nxt.day
                and _COMMA.fullmatch(gap) and not nxt.anchor and nxt.start is not None
                and nxt.start.weekday() == te.weekday):
            out.append(dataclasses.replace(nxt, raw=f"{te.raw}{gap}{nxt.raw}", span=Span(te.span.start, nxt.span.end),
                                           anchor=te.anchor))
            k += 2
            continue
        if (te.kind is TimeKind.DAY and te.year is None and te.month and te.day and nxt.kind is TimeKind.YEAR
                and nxt.year and _OF_YEAR.fullmatch(gap + nxt.raw)):
            try:
                day = dt.date(nxt.year, te.month, te.day)
            except ValueError:
                day = None
            if day is not None:
                out.append(dataclasses.replace(te, raw=f"{te.raw}{gap}{nxt.raw}", span=Span(te.span.start, nxt.span.end),
                                               year=nxt.year, start=day, end=day, relative=False, resolved=True))
                k += 2
                continue
        out.append(te)
        k += 1
    return out


def _years_through(found: list[TimeExpr], sentence: str, offset: int) -> None:
    """"Up 20.0% through August 31 of 2013", "in 2008 it was down 2.6% through August": a change
    through a month or a day that opens no range is the year to that point (in place), in the
    year the phrase or its clause names ("in 2008"), else the latest such month."""
    for k, te in enumerate(found):
        if te.anchor != "through" or te.span is None or te.kind not in (TimeKind.MONTH, TimeKind.DAY) \
                or not te.month or (te.kind is TimeKind.DAY and not (te.year and te.day)):
            continue
        s = te.span.start - offset
        if _RANGE_FROM.search(sentence[max(0, s - 40):s]):
            continue  # "from March through August": the range's end
        year = te.year or next((u.year for u in reversed(found[:k]) if u.kind is TimeKind.YEAR and u.year
                                and u.anchor == "in" and u.span is not None
                                and ";" not in sentence[u.span.end - offset:s]), None)
        end = dt.date(year, te.month, te.day) if te.kind is TimeKind.DAY and year else None
        te.kind, te.part, te.year = TimeKind.FUZZY, "through", year
        te.note = f"'{te.raw}': the year to that point"
        if year is not None:
            te.start = dt.date(year, 1, 1)
            te.end = end or month_end(year, te.month)
            te.resolved, te.relative = True, False


_PREVIOUS = re.compile(r"\b(?:previous|prior)\b", re.IGNORECASE)
_CALENDAR_UNITS = {"week": TimeKind.WEEK, "month": TimeKind.MONTH, "quarter": TimeKind.QUARTER,
                   "year": TimeKind.YEAR}


# a phrase's first word that is its anchor when the pattern named none
_ANCHOR_WORDS = frozenset(("since", "in", "on", "over", "during", "for", "from", "through", "until",
                           "before", "after", "by", "of"))


# the gap between the two ends plus the second's first word ("to" is part of "to December 2020")
_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|-|\u2013)\S*", re.IGNORECASE)
_DATED_KINDS = (TimeKind.MONTH, TimeKind.YEAR, TimeKind.QUARTER)


def _month_ranges(found: list[TimeExpr], sentence: str, offset: int) -> list[TimeExpr]:
    """"From January 2017 to December 2020": one window from the first month's start to the
    second's end, not two months (the second would date the change alone)."""
    out: list[TimeExpr] = []
    skip = False
    for k, te in enumerate(found):
        if skip:
            skip = False
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (nxt is not None and te.anchor in ("from", "between") and te.kind in _DATED_KINDS
                and nxt.kind in _DATED_KINDS and te.year and nxt.year and te.start and nxt.end
                and te.span is not None and nxt.span is not None and te.start <= nxt.end
                and _RANGE_JOIN.fullmatch(sentence[te.span.end - offset:nxt.span.start - offset]
                                          + nxt.raw.split(None, 1)[0])):
            out.append(TimeExpr(f"{te.raw} {nxt.raw}", TimeKind.FUZZY,
                                span=Span(te.span.start, nxt.span.end), anchor="from",
                                year=nxt.year, start=te.start, end=nxt.end, resolved=True,
                                note=f"'{te.raw} {nxt.raw}': from the start of the first to the "
                                     "end of the second"))
            skip = True
            continue
        out.append(te)
    return out


_RANGE_FROM = re.compile(r"\b(?:from|between)\b[^.;]{0,30}$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\b(?:to|through|until|till|and)\b", re.IGNORECASE)


def _range_years(found: list[TimeExpr], sentence: str, offset: int) -> None:
    """A yearless day opening a range whose other end names its year ("from its Jan. 16 close to
    ... March 18, 2020") takes that year (the year before when its month-day comes later), in
    place: a story looking back dates its ranges once, not on both ends."""
    for k, te in enumerate(found[:-1]):
        if te.kind is not TimeKind.DAY or te.year or te.resolved or not (te.month and te.day) or te.span is None:
            continue
        s, e = te.span.start - offset, te.span.end - offset
        end = next((u for u in found[k + 1:] if u.kind is TimeKind.DAY and u.year and u.start is not None), None)
        if end is None or end.span is None or not _RANGE_FROM.search(sentence[max(0, s - 30):s]) \
                or not _RANGE_TO.search(sentence[e:end.span.start - offset]):
            continue
        year = end.year if (te.month, te.day) <= (end.month, end.day) else end.year - 1
        try:
            day = dt.date(year, te.month, te.day)
        except ValueError:
            continue
        te.year, te.start, te.end, te.resolved, te.relative = year, day, day, True, False
        te.note = f"year from '{end.raw.strip()}', the other end of the range"


def _build(name: str, m: re.Match[str]) -> TimeExpr | None:
    g = m.groupdict()
    prep = (g.get("prep") or g.get("prep2") or "").lower()
    raw = m.group(0)
    if name == "same":
        return TimeExpr(raw, TimeKind.SAME_AS_BEFORE, anchor=prep)
    if name == "horizon_range":
        return TimeExpr(raw, TimeKind.HORIZON, anchor="after", count=float(g["n1"]),
                        count_high=float(g["n2"]), unit=_unit(g["u"]),
                        note="counted from the event named in the sentence")
    if name == "trailing":
        count, unit = _count(g.get("n")), _unit(g["u"])
        if unit.startswith("decade"):  # "over the past decade": ten years
            count, unit = 10 * (count or 1), "year"
        if g.get("n") is None and unit in _CALENDAR_UNITS and _PREVIOUS.search(raw):
            # "after losing 4.8 percent in the previous week": the calendar week before, as
            # "last week" (a past week is the last seven days; a previous one is a week)
            return TimeExpr(raw, _CALENDAR_UNITS[unit], anchor=prep or "in", part="last", unit=unit,
                            relative=True)
        return TimeExpr(raw, TimeKind.TRAILING, anchor=prep or "over", count=count, unit=unit, relative=True)
    if name == "horizon":
        n = g.get("n")
        lo = hi = None
        if n and re.search(r"\d\s*(?:-|to)\s*\d", n):
            a, b = re.split(r"\s*(?:-|to)\s*", n)
            lo, hi = float(a), float(b)
        else:
            lo = _count(n)
        return TimeExpr(raw, TimeKind.HORIZON, anchor="next", count=lo, count_high=hi,
                        unit=_unit(g["u"]), relative=True)
    if name == "horizon_end":
        return TimeExpr(raw, TimeKind.HORIZON, anchor="by", part="year-end", relative=True)
    if name == "todate":
        y = g.get("y")
        unit = (g.get("u") or g.get("u2") or "").lower()
        low = raw.lower()
        if not unit:
            unit = "month" if "month" in low else "quarter" if "quarter" in low else "year"
        return TimeExpr(raw, TimeKind.TO_DATE, anchor=prep, unit=unit,
                        year=int(y) if y else None, relative=y is None)
    if name == "era":
        key = re.sub(r"^(?:20\d\d\s+)?(?:covid(?:-19)?\s+)(?=pandemic|crash)", "", g["e"].lower())
        key = "covid crash" if key == "crash" else re.sub(r"\s+", " ", key)
        for rx, name in _ERA_SYNONYMS:
            if re.match(rx, key):
                key = name
                break
        if key not in ERAS:
            key = "pandemic" if "pandemic" in key or "covid" in key else key
        if key not in ERAS:
            return None
        pre = (g.get("pre") or "").lower().rstrip("-")
        since = prep == "since"
        a, b = ERAS[key]
        edge = (g.get("edge") or "").lower()
        if edge in ("start", "beginning", "onset", "outbreak"):
            b = min(b, a + dt.timedelta(days=60))  # "the start of the pandemic": its first weeks
        elif edge == "end":
            a = max(a, b - dt.timedelta(days=60))
        te = TimeExpr(raw, TimeKind.ERA, anchor="since" if since else (pre or prep), part=key, resolved=True,
                      note=f"'{key}' read as {a} to {b}")
        if pre in ("before", "pre"):
            te.start, te.end = a - dt.timedelta(days=365), a - dt.timedelta(days=1)
            te.note = f"'before the {key}' read as the year before {a}"
        else:
            te.start, te.end = a, b
        return te
    if name in ("iso", "mdy", "dmy", "slash"):
        try:
            mon = int(g["m"]) if g.get("m") else _month(g["mon"])
            y = int(g["y"])
            if len(g["y"]) == 2:  # "10/10/08": two-digit years as written in tweets and tables
                y += 2000 if y <= 50 else 1900
            d = dt.date(y, mon, int(g["d"]))
        except (ValueError, KeyError):
            return None
        return TimeExpr(raw, TimeKind.DAY, anchor=prep, year=d.year, month=d.month, day=d.day,
                        start=d, end=d, resolved=True)
    if name == "year_span":
        y, y2 = int(g["y"]), int(g["y2"])
        if y2 < 100:
            y2 += y // 100 * 100 + (100 if y2 < y % 100 else 0)
        if not y < y2 <= y + 10:
            return None
        return TimeExpr(raw, TimeKind.FUZZY, anchor=prep, year=y, part="years",
                        start=dt.date(y, 1, 1), end=dt.date(y2, 12, 31), resolved=True)
    if name == "last_session_rel":
        # a day: the period's closing session (resolved against the calendar from its last day)
        unit = (g.get("u") or g.get("u2") or "week").lower()
        return TimeExpr(raw, TimeKind.DAY, anchor=prep or "on", part=f"{unit}_last", unit=unit, relative=True,
                        at_end=True)
    if name == "last_session":
        y = int(g["y"])
        return TimeExpr(raw, TimeKind.FUZZY, anchor=prep, year=y, part="the end of", start=dt.date(y, 1, 1),
                        end=dt.date(y, 12, 31), resolved=True, at_end=True)
    if name == "edge_months":
        y, n = int(g["y"]), int(count_value(g["n"]) or 0)
        months = n * 3 if g["u"].lower() == "quarters" else n
        if months >= 12:
            return None
        edge = g["edge"].lower()
        if edge == "first":
            start, end = dt.date(y, 1, 1), dt.date(y, months, calendar.monthrange(y, months)[1])
        else:
            start, end = dt.date(y, 13 - months, 1), dt.date(y, 12, 31)
        return TimeExpr(raw, TimeKind.FUZZY, anchor=prep, year=y, part=f"the {edge} {n} {g['u'].lower()} of",
                        start=start, end=end, resolved=True)
    if name == "fuzzy":
        y = int(g["y"])
        mon = _month(g["mon"]) if g.get("mon") else None
        a, b = fuzzy_window(g["part"], y, mon)
        return TimeExpr(raw, TimeKind.FUZZY, anchor=prep, year=y, month=mon,
                        part=g["part"].lower(), start=a, end=b, resolved=True,
                        at_end=g["part"].lower() == "the end of")
    if name == "fuzzy_month":
        return TimeExpr(raw, TimeKind.FUZZY, anchor=prep, month=_month(g["mon"]),
                        part=g["part"].lower(), relative=True,
                        at_end=g["part"].lower() == "the end of")
    if name == "quarter":
        q = g.get("q") or g.get("q2") or ""
        qn = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
              "4th": 4}.get(q.lower(), int(q) if q.isdigit() else 0)
        y = g.get("y") or g.get("y2")
        te = TimeExpr(raw, TimeKind.QUARTER, anchor=prep, part=f"Q{qn}",
                      year=int(y) if y else None, relative=y is None)
        if y:
            te.start, te.end = dt.date(int(y), 3 * qn - 2, 1), month_end(int(y), 3 * qn)
            te.resolved = True
        return te
    if name == "half":
        h = 1 if g["h"].lower() == "first" else 2
        y = g.get("y")
        te = TimeExpr(raw, TimeKind.HALF, anchor=prep, part=f"H{h}", year=int(y) if y else None,
                      relative=y is None)
        if y:
            te.start, te.end = dt.date(int(y), 6 * h - 5, 1), month_end(int(y), 6 * h)
            te.resolved = True
        return te
    if name == "week_ended":
        mon, d = _month(g["mon"]), int(g["d"])
        if not 1 <= d <= 31:
            return None
        return TimeExpr(raw, TimeKind.WEEK, anchor=prep, part="ended", unit="week", month=mon, day=d,
                        year=int(g["y"]) if g.get("y") else None, relative=not g.get("y"))
    if name == "month_range":
        y, mon, mon2 = int(g["y"]), _month(g["mon"]), _month(g["mon2"])
        y0 = y if mon <= mon2 else y - 1  # "November-February 2009": from November 2008
        if mon == mon2:
            return None
        return TimeExpr(raw, TimeKind.FUZZY, anchor=prep, year=y, part="months",
                        start=dt.date(y0, mon, 1), end=month_end(y, mon2), resolved=True)
    if name == "md_rel_year":
        rel = g["rel"].lower()
        return TimeExpr(raw, TimeKind.DAY, anchor=prep, month=_month(g["mon"]), day=int(g["d"]), relative=True,
                        part={"last": "prev_year", "this": "this_year", "next": "next_year"}[rel])
    if name == "month_rel_year":
        rel = g["rel"].lower()
        return TimeExpr(raw, TimeKind.MONTH, anchor=prep, month=_month(g["mon"]), relative=True,
                        part={"last": "prev_year", "this": "this_year", "next": "next_year"}[rel])
    if name == "my":
        y, mon = int(g["y"]), _month(g["mon"])
        return TimeExpr(raw, TimeKind.MONTH, anchor=prep, year=y, month=mon,
                        start=dt.date(y, mon, 1), end=month_end(y, mon), resolved=True)
    if name == "slash_md":
        mon, d = int(g["m"]), int(g["d"])
        return TimeExpr(raw, TimeKind.DAY, anchor=prep, month=mon, day=d, relative=True)
    if name in ("md", "dm"):
        mon = _month(g["mon"])
        d = int(g["d"])
        if d < 1 or d > 31 or (mon == 5 and not prep):
            return None
        return TimeExpr(raw, TimeKind.DAY, anchor=prep, month=mon, day=d, relative=True)
    if name == "rel_day":
        low = raw.lower()
        which = "yesterday" if "yesterday" in low else "today"
        return TimeExpr(raw, TimeKind.DAY, anchor=prep, part=which, relative=True)
    if name == "weekday":
        which = (g.get("which") or "").lower()
        return TimeExpr(raw, TimeKind.WEEKDAY, anchor=prep or ("on" if which == "on" else ""),
                        weekday=WEEKDAY_NUM[g["wd"].lower()],
                        part=which if which in ("last", "this", "next") else "", relative=True)
    if name == "election":
        if prep not in ("since", "after", "before", "from", "through", "until"):
            return None  # "the election" as a subject ("the election lifted small caps"): no time
        # (part "election": resolved against publication; at_end: a change since it runs from its close)
        return TimeExpr(raw, TimeKind.DAY, anchor=prep, part="election", relative=True, at_end=True)
    if name == "closing_period":
        unit = g["u"].lower()
        # (part "closing": the period its verb ends, which dates that verb's figure only)
        if unit == "week":
            return TimeExpr(raw, TimeKind.WEEK, anchor="for", part="closing", unit="week", relative=True)
        return TimeExpr(raw, TimeKind.TO_DATE, anchor="for", part="closing", unit=unit, relative=True)
    if name == "the_week":
        if prep not in ("for", "on", "over", "during", "in"):
            return None
        return TimeExpr(raw, TimeKind.WEEK, anchor=prep, part="this", unit="week", relative=True)
    if name == "rel":
        which = g["which"].lower().replace("the ", "")
        unit = g["u"].lower()
        part = {"past": "last", "previous": "last", "prior": "last"}.get(which, which)
        if part == "this" and unit == "year":
            return TimeExpr(raw, TimeKind.TO_DATE, anchor=prep, unit="year", relative=True)
        kind = {"week": TimeKind.WEEK, "month": TimeKind.MONTH, "year": TimeKind.YEAR,
                "quarter": TimeKind.QUARTER}[unit]
        if which in ("past", "the past") and prep in ("over", "in", "during", "for"):
            return TimeExpr(raw, TimeKind.TRAILING, anchor=prep, count=1.0, unit=unit, relative=True)
        return TimeExpr(raw, kind, anchor=prep, part=part, unit=unit, relative=True,
                        at_end=bool(g.get("endof")))
    if name == "year":
        y = int(g.get("y") or g.get("y3") or g.get("y4"))
        anchor = prep or (g.get("prep2") or "").lower()
        return TimeExpr(raw, TimeKind.YEAR, anchor=anchor, year=y, start=dt.date(y, 1, 1),
                        end=dt.date(y, 12, 31), resolved=True)
    if name == "month":
        return TimeExpr(raw, TimeKind.MONTH, anchor=prep, month=_month(g.get("mon") or g["mon2"]), relative=True)
    return None


def parse_loose_date(text: str) -> dt.date | None:
    """A calendar date from free text ("Jul 16, 2024 4:05 PM ET", "2024-07-16T16:05:00Z")."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    for te in find_times(text):
        if te.kind is TimeKind.DAY and te.start:
            return te.start
    m = re.search(r"(" + _MON + r")\s+(\d{1,2})\s+(\d{4})", text)
    if m:
        try:
            return dt.date(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
    return None


def one_day(raw: str, day: dt.date, why: str, span: Span | None = None) -> TimeExpr:
    """One calendar day the words (or a table's row or column) give, resolved: the shape of every
    day capscope dates a claim by outside the time phrases it finds."""
    return TimeExpr(raw, TimeKind.DAY, span=span, anchor="on", year=day.year, month=day.month, day=day.day,
                    start=day, end=day, resolved=True, note=why)


__all__ = ["DATE_WORDS", "WEEKDAY_WORDS", "find_times", "is_dateline", "one_day", "parse_loose_date"]
