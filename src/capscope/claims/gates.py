"""The assertion gate and the measure gate: claims that must never be judged against prices.

A figure in an article is checked against the data only when the article asserts it as a fact
about a price series capscope holds. Two kinds of claims fail that test however well their
numbers parse, and both are decided here, on the claim's own clause, before any statistic runs:

* **Not an assertion of a present fact** (``not_checkable``, or ``forecast`` for a projection
  that states when): conditionals and hypotheticals ("a close above 250 would be its first record
  since 2021"), "on track/on pace for", generic statements and rules of thumb ("small caps tend
  to lag"), market-implied odds stated as pricing ("futures price a September cut as near
  certain"), hopes and expectations ("hopes of lower rates"), reported forecasts ("strategists
  expect", "sees the index at") and quoted opinions. A verdict on such a sentence would judge a
  possibility as if it had been stated as a fact: an editor would "correct" right copy.
* **A measure capscope has no data for** (``unverifiable``, naming the measure): valuations,
  earnings, revenues, margins, breadth, fund flows, economic data, S&P 500 sector indexes (the
  sector SPDR funds are in the data; the indexes are not), the TSX, the dollar, and relative
  measures ("best week versus the S&P 500"). Read as a price move, "earnings grew 12%" is a
  false alarm about the index.

The words are data: :data:`ASSERTION_CUES` and :data:`MEASURES`, each entry a named family with
the substrings without which its pattern cannot match (every claim pays a substring test before
any pattern runs; non-ASCII sentences skip the shortcut, see
:func:`capscope.claims.grammar.base.lacks_all`). :func:`gate` is called once per claim, at the
start of verification (:mod:`capscope.claims.verify`).

Scope: a cue governs only the claims it grammatically covers, so a plain fact beside it keeps its
verdict ("The Russell 2000 rose 1.2% on Tuesday, and a close above 2,300 would be a record").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from enum import StrEnum
from typing import TYPE_CHECKING

from capscope.claims.grammar.base import lacks_all
from capscope.claims.model import CheckedClaim, Claim, ClaimKind, Verdict
from capscope.data.symbols import SECTOR_FUNDS

if TYPE_CHECKING:
    from capscope.claims.resolve import ResolvedClaim

_I = re.IGNORECASE


class Scope(StrEnum):
    """Which claims of the sentence a cue covers (positions relative to the cue)."""

    AFTER = "after"  # claims after the cue in its clause ("on pace for its best month")
    REST = "rest"  # claims after the cue to the end of the sentence part (a leading "if" clause)
    PART = "part"  # every claim of the sentence part ("Historically, ...")
    CHUNK = "chunk"  # claims of the cue's comma chunk ("small caps tend to lag by 3 points")
    QUOTE = "quote"  # claims inside the quotation that holds the cue


@dataclasses.dataclass(frozen=True)
class Cue:
    """One family of words that makes a statement something other than a present fact."""

    family: str  # the name printed in the explanation: "a conditional", "a rule of thumb"
    needs: tuple[str, ...]  # lower-case substrings, one of which every match contains
    pattern: re.Pattern[str]
    scope: Scope
    forecast: bool = False  # a projection: verdict ``forecast`` when the claim states a time
    # the cue names an awaited event and covers only that event's words ("hopes of a half-point
    # cut"), not a move it caused ("hopes of a cut sent the Russell 2000 up 3.5%")
    near: bool = False


@dataclasses.dataclass(frozen=True)
class Measure:
    """One measure capscope has no data for, and what an editor is told is missing."""

    name: str  # "a valuation", "breadth": printed with the words matched
    needs: tuple[str, ...]
    pattern: re.Pattern[str]
    missing: str  # "valuation data (P/E ratios)"


def _rx(pattern: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# Conditionals first: "if the gains hold, it will be the sixth straight" is conditional, not a forecast.
ASSERTION_CUES: tuple[Cue, ...] = (
    Cue("a conditional", ("if", "unless", "provided", "assuming"),
        _rx(r"\b(?:(?<!as )if(?!\s+(?:not|any|only)\b)|unless|provided\s+that|assuming\s+(?:that\s+)?"
            r"(?:the|it|stocks|the\s+index))\b"), Scope.REST),
    Cue("a hypothetical", ("would", "were to", "'d "),
        _rx(r"\b(?:would(?!\s+(?:later|go\s+on))|were\s+to)\b|\w'd\s+(?:be|have|mark|make)\b"), Scope.AFTER),
    Cue("on track (a projection of the period's end)", ("track", "pace", "course", "poised", "set to", "set for",
                                                        "heading for", "headed for", "en route"),
        _rx(r"\bon\s+(?:track|pace|course)\s+(?:for|to)\b|\bpoised\s+(?:for|to)\b|\b(?:is|are|looks?|seems?|was)\s+set\s+"
            r"(?:for|to)\b|\bhead(?:ing|ed)\s+for\b|\ben\s+route\s+to\b"), Scope.AFTER),
    Cue("market-implied odds stated as pricing", ("pric", "bet", "wager"),
        _rx(r"\b(?:pric(?:e|es|ed|ing)\s+(?:in\s+)?(?:an?|the|another|two|three|\d|some|more|further|fewer|at\s+least)\b|"
            r"pric(?:e|es|ed|ing)\s+in\b|bet(?:s|ting)?\s+(?:on|that)\b|wagers?\s+(?:on|that)\b)"), Scope.AFTER, near=True),
    Cue("hopes or expectations", ("hope", "expectation", "speculation", "optimism", "fear", "anticipation", "prospect"),
        _rx(r"\b(?:hopes?|expectations?|speculation|optimism|fears?|anticipation|prospects?)\s+(?:of|for|that|about)\b"),
        Scope.AFTER, near=True),
    Cue("a rule of thumb", ("historically", "typically", "usually", "generally", "as a rule", "in general",
                            "on average", "more often than not"),
        _rx(r"^\W*(?:historically|typically|usually|generally|as\s+a\s+rule|in\s+general|on\s+average|more\s+often\s+than\s+not)"
            r"\s*,"), Scope.PART),
    # an average over past episodes ("small caps have trailed large caps by an average of 1.38 points in
    # the 65 days after the first cut") is a rule of thumb unless an event study can read it
    Cue("a generic statement", ("tend", "typically", "usually", "generally", "or so", "whenever", "historically",
                                "average"),
        _rx(r"\b(?:tends?\s+to|tended\s+to|typically|usually|generally|historically|whenever|every\s+\w+\s+\w+\s+or\s+so|"
            r"(?:by\s+)?an\s+average\s+of|on\s+average)\b"),
        Scope.CHUNK),
    Cue("a reported forecast", ("expect", "forecast", "predict", "project", "sees", "see ", "estimated to", "anticipat",
                                "target", "outlook", "pencil"),
        _rx(r"\b(?:expects?|(?:is|are|was|were|be|been)\s+expected\s+to|forecasts?|predicts?|projects?|projected\s+to|"
            # "Goldman sees the index at 2,500", not the headline's "Russell 2000 sees its best week since 2020"
            r"sees(?!\s+(?:its|their|a\s+(?:record|rebound|rally|selloff|sell-off)|the\s+(?:best|worst|biggest|largest|"
            r"highest|lowest|sharpest|steepest)))|(?:analysts|strategists|economists|traders|investors|we|they)\s+see|"
            r"estimated\s+to|anticipat(?:es?|ing)|"
            r"expecting|pencil(?:l?ed|s)?\s+in|"
            r"(?:price|year-end|index)\s+targets?|targets?\s+(?:of|for)\s+(?:\d|the\s+(?:s&p|index|russell|nasdaq|dow))|"
            r"outlook)\b"), Scope.AFTER, forecast=True),
    Cue("a projection", ("will", "could", "might", "should", "may ", "may,", "won't", "can "),
        # "may have hit records, but ..." grants a past fact: "may/might have" is not a projection
        _rx(r"\b(?:will|won't|could(?!\s+not\b|n't)|might(?!\s+have\b)|should|"
            r"can(?=\s+(?:rise|fall|climb|gain|drop|reach|hit|rally)))\b|\bmay\b(?!\s+\d|\s+have\b)", 0),
        Scope.AFTER, forecast=True),
    Cue("a quoted opinion", ("\"", "\u201c"),
        _rx(r"\b(?:I|I'm|I've|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|us|[Mm]y)\b|\b(?:[Tt]hink|[Bb]elieve|feel|reckon|view|bullish|"
            r"bearish)\b", 0),
        Scope.QUOTE),
)

# S&P 500 sector names (the SPDR funds' sectors): a sector's own figure is an index capscope lacks
# ("the Dow Jones Industrial Average" and "the Dow industrials" are the Dow, not a sector)
_SECTOR_WORDS = (r"energy|tech(?:nology)?(?!-)|financials?|utilities|health[- ]?care|(?<!dow )(?<!jones )industrials?"
                 r"(?!\s+average)|materials|"
                 r"consumer\s+(?:staples|discretionary)|staples|discretionary|real\s+estate|communications?(?:\s+services)?")

MEASURES: tuple[Measure, ...] = (
    Measure("a valuation", ("p/e", "price-to", "price to", "valuation", "multiple", "cheap", "expensive", "times",
                            "discount", "premium"),
            _rx(r"\b(?:(?:forward|trailing|relative)\s+)?p/es?\b|\bpe\s+ratios?\b|\bprice[- ]to[- ](?:earnings|book|sales)\b|"
                r"\bvaluations?\b|\bearnings\s+multiples?\b|\bmultiples\b|\bmultiple\s+of\s+\d|\bcheap(?:er|est|ness)?\b|\b(?:more\s+|most\s+|less\s+)?"
                r"expensive\b|\btimes\s+(?:forward\s+|trailing\s+|projected\s+|estimated\s+|expected\s+|next\s+year's\s+)?"
                r"(?:earnings|sales|book)\b|"
                r"\b(?:discount|premium)s?\s+(?:to|versus|relative\s+to)\b"),
            "valuation data (P/E ratios and the like): capscope has price data only"),
    Measure("earnings", ("earning", "eps", "profit", "net income"),
            _rx(r"\b(?:earnings(?:\s+(?:growth|per\s+share|estimates?))?|eps|profits?|net\s+income)\b"),
            "company earnings: capscope has price data only"),
    Measure("revenues or margins", ("revenue", "sales", "margin"),
            _rx(r"\b(?:revenues?|(?<!retail\s)sales|(?:profit|operating|net|gross|ebitda)\s+margins?|"
                r"margins?\s+(?:of|rose|fell|expanded|contracted|widened|narrowed|improved))\b"),
            "company revenues and margins: capscope has price data only"),
    Measure("breadth", ("advanc", "declin", "breadth", "outnumber", "stock", "member", "components", "compan",
                        "issues", "constituents", "sectors", "new highs", "new lows", "new 52"),
            _rx(r"\badvance[- ]decline\b|\b(?:advancers|decliners|advancing\s+issues|declining\s+issues)\b|\bbreadth\b|"
                r"\boutnumbered\b|\b(?:percent(?:age)?|%|share|proportion|number|half|majority|most)\s+of\s+(?:\S+\s+){0,3}"
                r"(?:stocks|members|components|companies|issues|constituents|sectors)\b|\b(?:stocks|members|sectors)\s+"
                r"(?:trading\s+)?(?:above|below)\s+their\b|\b(?:mean|median|average|typical)\s+(?:stock|member|company)\b|\b(?:number|count)\s+of\s+new\s+(?:52-week\s+)?(?:highs|lows)\b|"
                r"\bnew\s+(?:52-week\s+)?(?:highs|lows)\s+(?:outnumbered|outpaced|minus|versus|vs)\b"),
            "market breadth (advancing and declining issues): capscope has index prices only"),
    Measure("fund flows", ("flow", "net buying", "net selling"),
            _rx(r"\b(?:inflows?|outflows?|fund\s+flows|flows?\s+(?:into|out\s+of|from)|net\s+(?:buying|selling))\b"),
            "fund flows: capscope has prices only"),
    Measure("economic data", ("gdp", "gross domestic", "inflation", "cpi", "consumer price", "unemployment", "jobless",
                              "payroll", "retail sales", "pmi", "economy"),
            _rx(r"\b(?:(?:real\s+)?gdp|gross\s+domestic\s+product|inflation|cpi|consumer\s+prices?|unemployment|jobless|"
                r"payrolls?|retail\s+sales|pmi|(?:the\s+)?economy\s+(?:grew|shrank|expanded|contracted|grow|growing))\b"),
            "economic data: capscope has market prices, the Fed's target and Treasury yields only"),
    Measure("an S&P 500 sector index", ("energy", "tech", "financ", "utilit", "health", "industrial", "material",
                                        "consumer", "staples", "discretionary", "real estate", "communication",
                                        "sectors", "groups"),
            _rx(r"\b(?:" + _SECTOR_WORDS + r")\s+(?:sector|group|shares|stocks|index|companies|names)\b|"
                r"\b(?:\d+|ten|eleven|all)\s+(?:primary\s+)?(?:s&p\s+500\s+)?(?:sectors|industry\s+groups|groups)\b"),
            "S&P 500 sector indexes (capscope has the sector SPDR funds, not the indexes)"),
    Measure("an index capscope has no data for", ("tsx", "toronto"),
            _rx(r"\b(?:s&p/)?tsx\b|\btoronto\b"), "the S&P/TSX composite (Toronto)"),
    Measure("the dollar", ("dollar", "dxy", "greenback"),
            _rx(r"\b(?:(?:u\.s\.\s+)?dollar\s+index|dxy|greenback|the\s+(?:u\.s\.\s+)?dollar(?!-|\s+(?:amount|value|figure|terms|volume)))"),
            "exchange rates: capscope has no currency data"),
)

# a bare sector name beside the figure ("and technology, down 3.79 percent, was the weakest group"),
# read as a sector only when the sentence speaks of sectors or groups
_BARE_SECTOR = _rx(r"\b(?:" + _SECTOR_WORDS + r")\b")
_SECTOR_TALK = ("sector", "group")
_LEADING_SECTOR = _rx(r"\s*(?:the\s+)?(?:information\s+)?(?P<sector>" + _SECTOR_WORDS + r")\b(?!\s+(?:prices?|costs?|"
                      r"bills?|demand|supply|futures|policy|stocks|shares)\b)")
# "best week versus the S&P 500": a superlative of one series against another
_AGAINST = (r"(?:versus|vs\.?|relative\s+to|compared\s+(?:with|to)|against)\s+(?:the\s+|its\s+|their\s+)?(?:s&p|nasdaq|"
            r"dow|russell|large|small|big|mega|broader|broad|benchmark|market)")
_RELATIVE = _rx(r"\b" + _AGAINST)
_LEADING_RELATIVE = _rx(r"\W*" + _AGAINST)  # "Relative to the S&P 500, the Russell 2000 hit ..."
_RATIO = _rx(r"\bratio\s+of\b|\brelative\s+(?:strength|performance)\b")
_SUPERLATIVE_KINDS = frozenset({ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE, ClaimKind.RECORD})

# Where a statement stops: sentence parts (";", a dash, ": ") hold clauses (", and", ", while", ...),
# clauses hold stretches (a cause: "after", "as", "amid", "lifted by" opens a new one) and
# stretches hold comma chunks. A cue covers claims of its own stretch; a leading "With earnings
# season under way," is a stretch of its own (the break is its comma: group "cut")
_PART_BREAK = _rx(r";|\s[-\u2013\u2014]{1,2}\s|\u2014|:\s")
_CLAUSE_BREAK = _rx(r",\s+(?:and|but|while|whereas|with|although|though|even\s+as|yet|so)\b|\s(?:while|whereas|but)\s|"
                    r"\s(?:concurrent\s+with|alongside|along\s+with|together\s+with|in\s+line\s+with)\s")
_CAUSE_BREAK = _rx(r"\s(?:as|after|amid|following|despite|because|before|since|ahead\s+of|on\s+the\s+back\s+of|"
                   r"(?:lifted|boosted|helped|weighed(?:\s+down)?|dragged(?:\s+down)?|driven|led|fueled|fuelled|spurred|"
                   r"hurt|hit|pressured)\s+by|on\s+(?:hopes|bets|fears|news|signs|expectations|worries|concerns|strong|weak|"
                   r"upbeat|solid|better|worse|disappointing))\s|"
                   r"^\W*(?:with|after|amid|despite|following|ahead\s+of|before|on|as)\b[^,]{0,80}(?P<cut>,)")
_COMMA = _rx(r",")
# what ends an awaited event's words: a price subject or a verb of moving it ("... sent the Dow up")
_NEAR = 45
_PRICE_SUBJECT = _rx(r"\b(?:russell|s&p|dow|nasdaq|index|indexes|indices|benchmark|gauge|stocks|shares|equities|caps|"
                     r"market|etfs?|funds?)\b")
_MOVER = _rx(r"\b(?:sen[dt]\w*|lift\w*|push\w*|drove|driv\w*|boost\w*|help\w*|propel\w*|spark\w*|fuel\w*|"
             r"power\w*|pull\w*|knock\w*|weigh\w*)\b")
_MODAL = _rx(r"\b(?:would|will|could|might)\b")

# when a projection comes due: "by year-end", "next year", "within six months", "in 2026"
_HORIZON = _rx(r"\b(?:by|through|until|before)\s+(?:the\s+)?(?:year-?end|end\s+of|next|\d{4}\b)|"
               r"\b(?:next|coming)\s+(?:year|month|week|quarter|fiscal|meeting|\d+)|\bwithin\s+(?:the\s+next\s+)?\w+\s+"
               r"(?:months?|weeks?|years?|sessions?)|\bover\s+the\s+next\b|\bin\s+20\d\d\b|\byear-?end\b|"
               r"\bend\s+(?:the|this)\s+(?:year|month|quarter)\b")
_GENERIC_SCOPES = frozenset({Scope.PART, Scope.CHUNK})  # the rule-of-thumb families
_NO_GATE_KINDS = frozenset({ClaimKind.RATE_PROBABILITY, ClaimKind.OPINION})
_NO_MEASURE_KINDS = frozenset({ClaimKind.FED_DECISION, ClaimKind.FORECAST, ClaimKind.EVENT_PATTERN})
_ALL_NEEDS = tuple({w for c in ASSERTION_CUES for w in c.needs} | {w for m in MEASURES for w in m.needs}
                   | {"versus", "vs", "relative", "compared", "against", "ratio"} | set(_SECTOR_TALK))


@functools.lru_cache(maxsize=512)
def _breaks(breaks: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """Where ``breaks`` cuts the sentence (a match with a group "cut" cuts at that group only);
    every claim of a sentence asks again, so the scan is kept per sentence."""
    cut = "cut" in breaks.groupindex
    return tuple(m.span("cut") if cut and m.group("cut") else m.span() for m in breaks.finditer(text))


def _bounds(breaks: re.Pattern[str], text: str, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The stretch of ``text[lo:hi]`` around ``pos`` between two cuts of ``breaks``."""
    hi = len(text) if hi is None else hi
    start, end = lo, hi
    for ms, me in _breaks(breaks, text):
        if ms < lo or me > hi:
            continue
        if me <= pos:
            start = me
        elif ms >= pos:
            end = ms
            break
    return start, end


def _part(text: str, pos: int) -> tuple[int, int]:
    return _bounds(_PART_BREAK, text, pos)


def _clause(text: str, pos: int) -> tuple[int, int]:
    return _bounds(_CLAUSE_BREAK, text, pos, *_part(text, pos))


def _stretch(text: str, pos: int) -> tuple[int, int]:
    return _bounds(_CAUSE_BREAK, text, pos, *_clause(text, pos))


def _chunk(text: str, pos: int) -> tuple[int, int]:
    return _bounds(_COMMA, text, pos, *_stretch(text, pos))


def _quotes(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (straight quotes paired in order, or curly ones)."""
    out = [(m.start(), m.end()) for m in re.finditer(r"\u201c[^\u201d]*\u201d?", text)]
    out += [(m.start(), m.end()) for m in re.finditer(r"\"[^\"]*\"?", text)]
    return out


def _covers(cue: Cue, text: str, m: re.Match[str], s: int, e: int) -> bool:
    """Whether the cue matched at ``m`` governs the claim at text[s:e]."""
    at = m.start()
    if cue.scope is Scope.QUOTE:
        return any(a <= s < b and a <= at < b for a, b in _quotes(text))
    if s <= at < e:  # the cue stands inside the claim's words
        return True
    if cue.scope is Scope.PART:
        a, b = _part(text, s)
        return a <= at < b
    if cue.scope is Scope.REST:
        # a leading "if" covers the main clause after it; a trailing one the claims between the
        # modal and the "if" ("the index could set a record tomorrow if ..."), not the words before
        a, b = _part(text, at)
        if at <= s < b:
            return True
        modals = [mm.start() for mm in _MODAL.finditer(text, a, at)]
        return bool(modals) and modals[-1] <= s < at
    if cue.scope is Scope.CHUNK:
        a, b = _chunk(text, at)
        return a <= s < b
    if cue.near:
        gap = text[m.end():s]
        return (at <= s <= m.end() + _NEAR and _PRICE_SUBJECT.search(gap) is None
                and _MOVER.search(gap) is None and not any(ch in gap for ch in ",;:"))
    a, b = _stretch(text, at)
    # AFTER: the claim starts after the cue in its stretch, or is the cue's subject ("A sixth
    # straight gain would be ...": nothing but spaces between the claim and the cue)
    return at <= s < b or (a <= s and 0 <= at - e <= 3 and not text[e:at].strip(" "))


@functools.lru_cache(maxsize=128)
def _may_gate(text: str) -> bool:
    """False when no cue or measure can match the sentence (asked once per sentence: an article's
    claims share sentences, and the test reads about a hundred substrings)."""
    return not lacks_all(text, _ALL_NEEDS)


@functools.lru_cache(maxsize=128)
def _cue_matches(text: str) -> tuple[tuple[Cue, tuple[re.Match[str], ...]], ...]:
    """Every cue family's matches in a sentence, in table order (scanned once per sentence)."""
    out = []
    for cue in ASSERTION_CUES:
        if lacks_all(text, cue.needs) or (cue.scope is Scope.QUOTE and not any(q in text for q in cue.needs)):
            continue
        found = tuple(cue.pattern.finditer(text))
        if found:
            out.append((cue, found))
    return tuple(out)


@functools.lru_cache(maxsize=128)
def _measure_matches(text: str) -> tuple[tuple[Measure, tuple[re.Match[str], ...]], ...]:
    """Every measure's matches in a sentence, in table order (scanned once per sentence)."""
    out = []
    for meas in MEASURES:
        if lacks_all(text, meas.needs):
            continue
        found = tuple(meas.pattern.finditer(text))
        if found:
            out.append((meas, found))
    return tuple(out)


def _assertion(c: Claim, text: str, s: int, e: int, studyable: bool = False) -> tuple[Cue, str, bool] | None:
    """The first cue family (table order) that governs the claim, the words matched and whether
    the statement says when it comes due (a horizon in the claim or the cue's clause).
    ``studyable``: a pattern around an event capscope can study, which no rule of thumb stops."""
    for cue, matches in _cue_matches(text):
        for m in matches:
            if cue.scope is Scope.QUOTE:
                if _covers(cue, text, m, s, e):
                    return cue, m.group(0), False
                continue
            if _covers(cue, text, m, s, e):
                if studyable and cue.scope in _GENERIC_SCOPES:
                    break  # "tend to outperform after the first cut": an event study checks it
                a, b = _stretch(text, m.start())
                due = c.time is not None or _HORIZON.search(text, min(a, s), max(b, e)) is not None
                return cue, _phrase(text, m), due
    return None


def _phrase(text: str, m: re.Match[str]) -> str:
    """The cue with the words after it, up to five, for the explanation ("if the gains hold")."""
    tail = re.match(r"(?:\s+[\w%.'&/-]+){0,4}", text[m.end():m.end() + 60])
    return (m.group(0) + (tail.group(0) if tail else "")).strip(" ,")


# a series named with its members' or parts' words: the measure is theirs ("Earnings for Russell 2000
# companies grew 12%", "the S&P 500's worst performer")
_MEMBERS_AFTER = _rx(r"(?:'s|\u2019s)?\s*(?:companies|stocks|members|constituents|firms|components|sectors?|groups?|"
                     r"worst|best|top|biggest|weakest|strongest|laggards?|leaders?)\b")


_CONTAINER_BEFORE = _rx(r"\b(?:in|of|within|among|across)\s+(?:the\s+)?$")  # "Tech stocks in the S&P 500 fell"


def _own_subject(c: Claim, text: str, s: int) -> int | None:
    """Where the claim's own series is named before its figure, when it is named as the series
    itself: a measure before that name is the cause or the mover ("Financial stocks led the
    Russell 2000 up 3.5%", "Strong bank earnings helped the Dow rise 1.8%"), not the figure's."""
    m = c.subject
    if m is None or m.span is None or m.symbol is None or m.via != "alias":
        return None  # "its", "the index": a reference says nothing about whose figure it is
    start, end = m.span.start - c.sentence_span.start, m.span.end - c.sentence_span.start
    if not 0 <= start < s or _MEMBERS_AFTER.match(text, end) or _CONTAINER_BEFORE.search(text, 0, start):
        return None
    return start


def _measure(rc: ResolvedClaim, text: str, s: int, e: int) -> tuple[str, str, str] | None:
    """(measure name, words matched, what is missing) when the claim's figure is of a measure
    capscope has no data for."""
    c = rc.claim
    a, b = _stretch(text, s)
    named = c.subject is not None and c.subject.span is not None and c.subject.symbol is not None
    if named and s <= c.subject.span.start - c.sentence_span.start <= e + 30:
        a = s  # "the new all-time high in the Russell 2000": the claim names its own series
    own = _own_subject(c, text, s)
    for meas, matches in _measure_matches(text):
        for m in matches:
            if a <= m.start() and m.end() <= b and not (own is not None and m.end() <= own < s):
                return meas.name, m.group(0), meas.missing
    sym = rc.subject.symbol if rc.subject is not None else None
    mention = c.subject.raw.lower() if c.subject is not None else ""
    if sym in SECTOR_FUNDS and not re.search(r"\b(?:x\w{1,3}|spdr|etf|fund)\b", mention):
        return ("an S&P 500 sector index", c.subject.raw.strip() if c.subject else sym,
                f"S&P 500 sector indexes (capscope has the {sym} fund, not the index)")
    if sym not in SECTOR_FUNDS:
        # a bare sector name beside the figure in a sentence about sectors, or as the subject
        # that opens the figure's chunk ("Communications Services fell 2.5 percent")
        m = _BARE_SECTOR.search(text, a, b) if not lacks_all(text, _SECTOR_TALK) else None
        if m is None:
            c0 = _chunk(text, s)[0]
            m = _LEADING_SECTOR.match(text, c0)
            m = m if m is not None and m.end() <= s else None
        if m is not None:
            return ("an S&P 500 sector index", m.group("sector") if "sector" in m.re.groupindex else m.group(0),
                    "S&P 500 sector indexes (capscope has the sector SPDR funds, not the indexes)")
    if c.kind in _SUPERLATIVE_KINDS:
        p0 = _part(text, s)[0]
        m = (_RELATIVE.search(text, s, min(len(text), e + 40)) or _RATIO.search(text, _stretch(text, s)[0], s)
             or _LEADING_RELATIVE.match(text, p0))
        if m is not None:
            return ("a relative measure", m.group(0).strip(), "a relative series (one index against another): "
                    "the index's own record or range says nothing about it")
    return None


def gate(rc: ResolvedClaim) -> CheckedClaim | None:
    """The verdict of a claim the gates stop, or None when it goes on to its verifier.

    Order: a forecast claim is a forecast; then the assertion cues (a conditional claim about
    earnings is not checkable, whatever its measure); then the measures. Market-implied odds
    (``rate_probability``) and opinions have their own verdicts and pass untouched.
    """
    c = rc.claim
    if c.kind in _NO_GATE_KINDS:
        return None
    if c.kind is ClaimKind.FORECAST:
        return _forecast(rc)
    text = c.sentence
    if not _may_gate(text):
        return None
    s = max(0, c.span.start - c.sentence_span.start)
    e = max(s, c.span.end - c.sentence_span.start)
    found = _assertion(c, text, s, e, c.kind is ClaimKind.EVENT_PATTERN and _studyable(rc))
    if found is not None:
        cue, words, due = found
        if cue.forecast and due:
            return CheckedClaim(claim=c, verdict=Verdict.FORECAST,
                                explanation=f"{cue.family} ('{words}'): a projection is not judged as a fact")
        return CheckedClaim(claim=c, verdict=Verdict.NOT_CHECKABLE,
                            explanation=f"not an assertion of a present fact: {cue.family} ('{words}')")
    if c.kind in _NO_MEASURE_KINDS:
        return None
    measure = _measure(rc, text, s, e)
    if measure is not None:
        name, words, missing = measure
        return CheckedClaim(claim=c, verdict=Verdict.UNVERIFIABLE,
                            explanation=f"{name} ('{words}'): {missing}", missing=missing)
    return None


def _studyable(rc: ResolvedClaim) -> bool:
    """Whether the event-pattern verifier can study the claim's event (its own test, so the two
    never disagree)."""
    from capscope.claims.verifiers.patterns import _event

    return _event(rc) is not None


def _forecast(rc: ResolvedClaim) -> CheckedClaim | None:
    """A forecast is reported, never judged: once the data reach its horizon, what happened is
    shown as a note (the evidence stays), but the verdict stays ``forecast``. None when the
    forecast's verifier fails: the verification's own error handling then reports it."""
    from capscope.claims.verifiers import VERIFIERS

    c = rc.claim
    cue = c.details.get("cue", "")
    try:
        out = VERIFIERS[ClaimKind.FORECAST](rc)
    except Exception:  # noqa: BLE001 - re-raised by the verifier's own call, with its handling
        return None
    if out.verdict in (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.IMPRECISE):
        return dataclasses.replace(
            out, verdict=Verdict.FORECAST,
            explanation=f"a forecast ('{cue}'): a projection is not judged as a fact "
                        f"(note, what followed: {out.explanation})")
    return out


__all__ = ["ASSERTION_CUES", "MEASURES", "Cue", "Measure", "Scope", "gate"]
