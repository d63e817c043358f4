"""The words of the assertion and measure gates (:mod:`capscope.claims.gates`), as data.

Each :class:`Cue` is a family of words that makes a statement something other than an assertion
of a present fact (a conditional, "on pace for", a rule of thumb, odds stated as pricing, hopes, a
reported forecast, a quoted opinion), with the clause it governs (:class:`Scope`). Each
:class:`Measure` is a measure capscope has no price data for (valuations, earnings, breadth, fund
flows, economic data, sentiment surveys, commodity prices, S&P 500 sector indexes, the TSX, the
dollar). Every entry carries the
lower-case words without which its pattern cannot match, derived from the pattern
(:func:`capscope.claims._needs.needs`): a sentence lacking them all skips the pattern
(:func:`capscope.claims.grammar.base.lacks_all`), and ``tests/claims/test_gates.py`` holds each
family to examples it must read past that test.

Below the tables: where a statement stops (sentence parts, clauses, stretches and comma chunks)
and the smaller patterns the gate reads scope with. Every pattern was read off real copy (the
corpus and news pages); the commit that added it names two sources.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from enum import StrEnum

from capscope.claims._needs import needs
from capscope.claims.model import ClaimKind

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
    pattern: re.Pattern[str]
    scope: Scope
    forecast: bool = False  # a projection: verdict ``forecast`` when the claim states a time
    # the cue names an awaited event and covers only that event's words ("hopes of a half-point
    # cut"), not a move it caused ("hopes of a cut sent the Russell 2000 up 3.5%")
    near: bool = False

    @functools.cached_property
    def needs(self) -> tuple[str, ...]:
        """Lower-case words one of which every match contains, derived from the pattern (on
        first use: importing the tables stays cheap)."""
        return _derived(self.pattern)


@dataclasses.dataclass(frozen=True)
class Measure:
    """One measure capscope has no data for, and what an editor is told is missing."""

    name: str  # "a valuation", "breadth": printed with the words matched
    pattern: re.Pattern[str]
    missing: str  # what an editor is told is missing: "valuation data (P/E ratios, dividend yields)"
    has: str = "price data only"  # the explanation's end: "capscope has price data only"

    @functools.cached_property
    def needs(self) -> tuple[str, ...]:
        """As :attr:`Cue.needs`."""
        return _derived(self.pattern)


# the marks a quotation opens or closes with: a quoted-opinion cue needs one of them as well
QUOTE_MARKS = ("\"", "\u201c", "\u201d")


def _derived(pattern: re.Pattern[str]) -> tuple[str, ...]:
    words = needs(pattern)
    if words is None:
        raise ValueError(f"a gate pattern must need a fixed word: {pattern.pattern[:60]}")
    return words


def _rx(pattern: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# Conditionals first: "if the gains hold, it will be the sixth straight" is conditional, not a forecast.
ASSERTION_CUES: tuple[Cue, ...] = (
    Cue("a conditional", _rx(r"\b(?:(?<!as )if(?!\s+(?:not|any|only)\b)|unless|provided\s+that|assuming\s+(?:that\s+)?"
            r"(?:the|it|stocks|the\s+index))\b"), Scope.REST),
    Cue("a hypothetical", _rx(r"\b(?:would(?!\s+(?:later|go\s+on))|were\s+to)\b|\w'd\s+(?:be|have|mark|make)\b"), Scope.AFTER),
    # a yardstick, not an event: "the yield increased 5.2 percent in one day - a move comparable to the
    # Dow rising almost 600 points in a day", "the equivalent of a 700-point drop in the Dow"
    Cue("a comparison's yardstick", _rx(r"\b(?:comparable|equivalent|akin|analogous|tantamount)\s+to\b|"
            r"\bthe\s+equivalent\s+of\b|\bthe\s+same\s+as\s+(?:an?|the)\b(?=[^.;]{0,40}\b(?:rising|falling|jumping|dropping|"
            r"gaining|losing|drop|gain|rise|fall)\b)"), Scope.AFTER),
    # a goal and what it would take: "For them to set new all-time highs again, the Dow would have to
    # rise 1.45%", "To regain its record, the index needs to climb 5%"
    Cue("a goal and what it would take", _rx(r"^\W*(?:for\s+(?:[\w&'.-]+\s+){1,5})?to\s+(?:set|reach|hit|make|regain|return|get|climb|"
            r"close|break|top|retake|reclaim)\b(?=[^.;]*\b(?:would|needs?|must|has\s+to|have\s+to)\b)"), Scope.REST),
    # "below 12,922.216, the closing level needed to lock in a finish in correction territory":
    # the threshold of a state, not the state
    Cue("a threshold and what it takes", _rx(r"\b(?:needed|required|necessary)\s+to\s+(?:lock\s+in|confirm|"
            r"reach|enter|mark|make|close|set|end|finish)\b"), Scope.AFTER),
    Cue("on track (a projection of the period's end)", _rx(r"\bon\s+(?:track|pace|course)\s+(?:for|to)\b|\bpoised\s+(?:for|to)\b|\b(?:is|are|looks?|seems?|was|were)\s+set\s+"
            r"(?:for|to)\b|\bhead(?:ing|ed)\s+for\b|\ben\s+route\s+to\b"), Scope.AFTER),
    Cue("market-implied odds stated as pricing", _rx(r"\b(?:pric(?:e|es|ed|ing)\s+(?:in\s+)?(?:an?|the|another|two|three|\d|some|more|further|fewer|at\s+least)\b|"
            r"pric(?:e|es|ed|ing)\s+in\b|bet(?:s|ting)?\s+(?:on|that)\b|wagers?\s+(?:on|that)\b)"), Scope.AFTER, near=True),
    Cue("hopes or expectations", _rx(r"\b(?:hopes?|expectations?|speculation|optimism|fears?|anticipation|prospects?)\s+(?:of|for|that|about)\b|"
            # "as investors braced for another big interest rate increase from the Federal Reserve"
            r"\bbrac(?:e|es|ed|ing)\s+(?:themselves\s+)?for\b"),
        Scope.AFTER, near=True),
    Cue("a rule of thumb", _rx(r"^\W*(?:historically|typically|usually|generally|as\s+a\s+rule|in\s+general|on\s+average|more\s+often\s+than\s+not)"
            r"\s*,"), Scope.PART),
    # an average over past episodes ("small caps have trailed large caps by an average of 1.38 points in
    # the 65 days after the first cut") is a rule of thumb unless an event study can read it
    # a frequency adverb ("it often traded below 20 as markets recovered") states a habit over an
    # unstated stretch, not one session's figure
    Cue("a generic statement", _rx(r"\b(?:tends?\s+to|tended\s+to|typically|usually|generally|historically|whenever|every\s+\w+\s+\w+\s+or\s+so|"
            r"(?<!how\s)(?<!as\s)(?:often|frequently|rarely|seldom|sometimes|occasionally)(?=\s+(?:\w+ed|traded|trades|"
            r"trade|is|are|was|were|has|have|had|falls?|fell|rises?|rose|closes?|closed|sees?|saw|moves?|lags?|beats?|"
            r"outperforms?|underperforms?|swings?|swung|spikes?|dips?)\b)|"
            r"(?:by\s+)?an\s+average\s+of|on\s+average|"
            # "the habit of small caps beating large caps in January", "the tendency for ...":
            # a seasonal or historical pattern, not one year's figure
            r"the\s+(?:habit|tendency|propensity)\s+(?:of|for))\b"),
        Scope.CHUNK),
    Cue("a reported forecast", _rx(r"\b(?:expects?|(?:is|are|was|were|be|been)\s+expected\s+to|forecasts?|predicts?|projects?|projected\s+to|"
            # "Goldman sees the index at 2,500", not the headline's "Russell 2000 sees its best week since 2020"
            r"sees(?!\s+(?:its|their|a\s+(?:record|rebound|rally|selloff|sell-off)|the\s+(?:best|worst|biggest|largest|"
            r"highest|lowest|sharpest|steepest)))|(?:analysts|strategists|economists|traders|investors|we|they)\s+see|"
            r"estimated\s+to|anticipat(?:es?|ing)|"
            r"expecting|pencil(?:l?ed|s)?\s+in|"
            r"(?:price|year-end|index)\s+targets?|targets?\s+(?:of|for)\s+(?:\d|the\s+(?:s&p|index|russell|nasdaq|dow)))\b"),
        Scope.AFTER, forecast=True),
    Cue("a projection", # "may have hit records, but ..." grants a past fact: "may/might have" is not a projection
        _rx(r"\b(?:will|won't|could(?!\s+not\b|n't)|might(?!\s+have\b)|should|"
            r"can(?=\s+(?:rise|fall|climb|gain|drop|reach|hit|rally)))\b|\bmay\b(?!\s+\d|\s+have\b)|"
            # "another increase possibly coming as early as the next Fed meeting in August"
            r"\bpossibly\b|\bas\s+(?:early|soon)\s+as\s+(?:the\s+)?next\b", 0),
        Scope.AFTER, forecast=True),
    # a view in quotation marks ("I think it is just starting," "We believe ...", "we would expect"):
    # the speaker's opinion words, not the pronouns alone (a quoted fact stays a fact)
    Cue("a quoted opinion", _rx(r"\b(?:think|thinks|believe|believes|feel|feels|reckon|in\s+my\s+view|in\s+our\s+view|bullish|bearish|"
            r"optimistic|pessimistic|expect|expects)\b"),
        Scope.QUOTE),
)

# S&P 500 sector names (the SPDR funds' sectors): a sector's own figure is an index capscope lacks
# ("the Dow Jones Industrial Average" and "the Dow industrials" are the Dow, not a sector)
SECTOR_WORDS = (r"energy|tech(?:nology)?(?!-)|financials?|utilities|health[- ]?care|(?<!dow )(?<!jones )industrials?"
                 r"(?!\s+average)|materials|"
                 r"consumer\s+(?:staples|discretionary)|staples|discretionary|real\s+estate|communications?(?:\s+services)?")

MEASURES: tuple[Measure, ...] = (
    Measure("a valuation", _rx(r"\b(?:(?:forward|trailing|relative)\s+)?p/es?\b|\bpe\s+ratios?\b|\bprice[- ]to[- ](?:earnings|book|sales)\b|"
                r"\bvaluations?\b|\bearnings\s+multiples?\b|\bmultiples\b|\bmultiple\s+of\s+\d|\bcheap(?:er|est|ness)?\b|\b(?:more\s+|most\s+|less\s+)?"
                r"expensive\b|\btimes\s+(?:forward\s+|trailing\s+|projected\s+|estimated\s+|expected\s+|next\s+year's\s+)?"
                r"(?:earnings|sales|book)\b|"
                r"\b(?:discount|premium)s?\s+(?:to|versus|relative\s+to)\b|"
                # a stock index's yield is its dividends over its price ("the S&P 500's dividend yield fell to
                # 1.2%", "the S&P 500 yields just 1.2%"); Treasury yields are in the data
                r"\b(?:dividend|earnings)\s+yields?\b|\b(?:s&p(?:\s+500)?|index|stocks?|dow|nasdaq|russell(?:\s+2000)?)"
                r"(?:'s|\u2019s)?\s+yield(?:s|ed)?\b"),
            "valuation data (P/E ratios, dividend yields)"),
    Measure("earnings", _rx(r"\b(?:earnings(?:\s+(?:growth|per\s+share|estimates?))?|eps|profits?|net\s+income)\b"),
            "company earnings data"),
    Measure("revenues or margins", _rx(r"\b(?:revenues?|(?<!retail\s)sales|(?:profit|operating|net|gross|ebitda)\s+margins?|"
                r"margins?\s+(?:of|rose|fell|expanded|contracted|widened|narrowed|improved))\b"),
            "company revenue and margin data"),
    Measure("breadth", _rx(r"\badvance[- ]decline\b|\b(?:advancers|decliners|advancing\s+issues|declining\s+issues)\b|\bbreadth\b|"
                r"\boutnumbered\b|\b(?:percent(?:age)?|%|share|proportion|number|half|majority|most)\s+of\s+(?:\S+\s+){0,3}"
                r"(?:stocks|members|components|companies|issues|constituents|sectors)\b|\b(?:stocks|members|sectors)\s+"
                r"(?:trading\s+)?(?:above|below)\s+their\b|\b(?:mean|median|average|typical)\s+(?:stock|member|company)\b|\b(?:number|count)\s+of\s+new\s+(?:52-week\s+)?(?:highs|lows)\b|"
                r"\bnew\s+(?:52-week\s+)?(?:highs|lows)\s+(?:outnumbered|outpaced|minus|versus|vs)\b"),
            "market breadth data (advancing and declining issues, members' moves)", "index prices only"),
    # "short interest as a percentage of the fund's shares outstanding has jumped to its highest
    # level since December": positioning, not the fund's price
    Measure("short interest", _rx(r"\bshort\s+interest\b|\bshort\s+(?:positions?|sellers'?\s+bets)\b|\bdays\s+to\s+cover\b"),
            "short-interest data"),
    Measure("fund flows", _rx(r"\b(?:inflows?|outflows?|fund\s+flows|flows?\s+(?:into|out\s+of|from)|net\s+(?:buying|selling))\b"),
            "fund flow data"),
    Measure("economic data", _rx(r"\b(?:(?:real\s+)?gdp|gross\s+domestic\s+product|inflation|cpi|consumer\s+prices?|unemployment|jobless|"
                r"payrolls?|retail\s+sales|pmi|(?:the\s+)?economy\s+(?:grew|shrank|expanded|contracted|grow|growing)|"
                # "US manufacturing fell to its lowest level in a decade", "consumer confidence ..."
                r"manufacturing|factory\s+(?:activity|output|orders)|industrial\s+production|consumer\s+(?:confidence|spending)|"
                r"home\s+sales|housing\s+starts|leading\s+(?:economic\s+)?(?:index|indicators)|conference\s+board)\b"),
            "economic data (GDP, inflation, jobs)", "market prices, the Fed's target and Treasury yields only"),
    # "the share of respondents to the AAII sentiment survey reporting as bullish has risen to 22.8%",
    # "bullish sentiment rose from 29.96% up to 33.78% for the fifth weekly gain" (Bespoke, Seeking Alpha)
    Measure("a sentiment survey", _rx(r"\b(?:respondents|surveys?|aaii|(?:bullish|bearish|neutral|investor|consumer)\s+sentiment|"
                r"bull-bear\s+spread|fear\s*(?:&|and)\s*greed)\b"),
            "survey data (investor sentiment)", "market prices only"),
    # "as the price of crude oil climbed 5.3%", "U.S. oil spurted higher by $1.44, or 2.1 percent, to $70.13
    # per barrel" (AP 2021, 2018), "Brent Crude briefly topped $80 a barrel" (Breitbart 2021)
    Measure("a commodity price", _rx(r"\b(?:crude|oil|brent|wti|barrels?|gold|silver|copper|bitcoin|natural\s+gas)\b"),
            "commodity price data", "stock index, ETF and rate data only"),
    Measure("an S&P 500 sector index", _rx(r"\b(?:" + SECTOR_WORDS + r")\s+(?:sector|group|shares|stocks|index|companies|names)\b|"
                r"\b(?:\d+|ten|eleven|all)\s+(?:primary\s+)?(?:s&p\s+500\s+)?(?:sectors|industry\s+groups|groups)\b"),
            "S&P 500 sector index data", "the sector SPDR funds, not the S&P 500 sector indexes"),
    Measure("an index capscope has no data for", _rx(r"\b(?:s&p/)?tsx\b|\btoronto\b"), "S&P/TSX composite data", "no Canadian index"),
    # "below its 200-day exponential moving average" (ETF Trends, 2012): a weighted average, not
    # the simple one the data's moving-average statistic is
    Measure("an exponential moving average", _rx(r"\bexponential(?:ly\s+weighted)?\s+moving\s+averages?\b|\bEMA\b"),
            "an exponential moving average", "the simple moving average only"),
    # "rose 23.5 per cent on an equal-weighted basis", "the equal-weighted S&P 500 is ... at -6.9%"
    # (SME Business Review 2025, Deepnewz 2024): the index weighted otherwise than the one in the data
    Measure("an equal-weighted index", _rx(r"\bequal(?:ly)?[- ]weight(?:ed|ing)?\b"),
            "equal-weighted index data", "the cap-weighted indexes only"),
    Measure("the dollar", _rx(r"\b(?:(?:u\.s\.\s+)?dollar\s+index|dxy|greenback|the\s+(?:u\.s\.\s+)?dollar(?!-|\s+(?:amount|value|figure|terms|volume)))"),
            "exchange-rate data", "no currency data"),
)

# a bare sector name beside the figure ("and technology, down 3.79 percent, was the weakest group"),
# read as a sector only when the sentence speaks of sectors or groups
BARE_SECTOR = _rx(r"\b(?:" + SECTOR_WORDS + r")\b")
SECTOR_TALK = ("sector", "group")
LEADING_SECTOR = _rx(r"\s*(?:the\s+)?(?:information\s+)?(?P<sector>" + SECTOR_WORDS + r")\b(?!\s+(?:prices?|costs?|"
                      r"bills?|demand|supply|futures|policy|stocks|shares)\b)")
# "best week versus the S&P 500": a superlative of one series against another
AGAINST = (r"(?:versus|vs\.?|relative\s+to|compared\s+(?:with|to)|against)\s+(?:the\s+|its\s+|their\s+)?(?:s&p|nasdaq|"
            r"dow|russell|large|small|big|mega|broader|broad|benchmark|market)")
RELATIVE = _rx(r"\b" + AGAINST)
LEADING_RELATIVE = _rx(r"\W*" + AGAINST)  # "Relative to the S&P 500, the Russell 2000 hit ..."
RATIO = _rx(r"\bratio\s+of\b|\brelative\s+(?:strength|performance)\b")
SUPERLATIVE_KINDS = frozenset({ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE, ClaimKind.RECORD})

# Where a statement stops: sentence parts (";", a dash, ": ") hold clauses (", and", ", while", ...),
# clauses hold stretches (a cause: "after", "as", "amid", "lifted by" opens a new one) and
# stretches hold comma chunks. A cue covers claims of its own stretch; a leading "With earnings
# season under way," is a stretch of its own (the break is its comma: group "cut")
PART_BREAK = _rx(r";|\s[-\u2013\u2014]{1,2}\s|\u2014|:\s")
CLAUSE_BREAK = _rx(r",\s+(?:and|but|while|whereas|with|although|though|even\s+as|yet|so)\b|\s(?:while|whereas|but)\s|"
                    r"\s(?:concurrent\s+with|alongside|along\s+with|together\s+with|in\s+line\s+with)\s")
# ("as" opens a cause, "as oil prices jumped", but not in "as much as", "reporting as bullish")
CAUSE_BREAK = _rx(r"\s(?:as(?=\s+(?!(?:much|many|high|low|far|well|long|soon|little|bullish|bearish|neutral|such)\b))|"
                  r"after|amid|following|despite|because|before|since|ahead\s+of|on\s+the\s+back\s+of|"
                   r"(?:lifted|boosted|helped|weighed(?:\s+down)?|dragged(?:\s+down)?|driven|led|fueled|fuelled|spurred|"
                   r"hurt|hit|pressured)\s+by|on\s+(?:hopes|bets|fears|news|signs|expectations|worries|concerns|strong|weak|"
                   r"upbeat|solid|better|worse|disappointing))\s|"
                   r"^\W*(?:with|after|amid|despite|following|ahead\s+of|before|on|as)\b[^,]{0,80}(?P<cut>,)")
COMMA = _rx(r",")
# "and"/"but" before a verb of its own starts a second statement that a projection does not reach
SECOND_STATEMENT = _rx(r"\b(?:and|but)\s+(?:(?:it|the\s+\w+|its\s+\w+)\s+)?(?:is|are|was|were|has|have|had|closed|ended|"
                       r"finished|rose|fell|gained|lost|added|climbed|dropped|jumped|slid)\b")
# what ends an awaited event's words: a price subject or a verb of moving it ("... sent the Dow up")
NEAR = 45
PRICE_SUBJECT = _rx(r"\b(?:russell|s&p|dow|nasdaq|index|indexes|indices|benchmark|gauge|stocks|shares|equities|caps|"
                     r"market|etfs?|funds?)\b")
MOVER = _rx(r"\b(?:sen[dt]\w*|lift\w*|push\w*|drove|driv\w*|boost\w*|help\w*|propel\w*|spark\w*|fuel\w*|"
             r"power\w*|pull\w*|knock\w*|weigh\w*)\b")
MODAL = _rx(r"\b(?:would|will|could|might)\b")

# when a projection comes due: "by year-end", "next year", "within six months", "in 2026"
HORIZON = _rx(r"\b(?:by|through|until|before)\s+(?:the\s+)?(?:year-?end|end\s+of|next|\d{4}\b)|"
               r"\b(?:next|coming)\s+(?:year|month|week|quarter|fiscal|meeting|\d+)|\bwithin\s+(?:the\s+next\s+)?\w+\s+"
               r"(?:months?|weeks?|years?|sessions?)|\bover\s+the\s+next\b|\bin\s+20\d\d\b|\byear-?end\b|"
               r"\bend\s+(?:the|this)\s+(?:year|month|quarter)\b")

# a series named with its members' or parts' words: the measure is theirs ("Earnings for Russell 2000
# companies grew 12%", "the S&P 500's worst performer")
MEMBERS_AFTER = _rx(r"(?:'s|\u2019s)?\s*(?:companies|stocks|members|constituents|firms|components|sectors?|groups?|"
                     r"worst|best|top|biggest|weakest|strongest|laggards?|leaders?)\b")


CONTAINER_BEFORE = _rx(r"\b(?:in|of|within|among|across)\s+(?:the\s+)?$")  # "Tech stocks in the S&P 500 fell"


__all__ = ["AGAINST", "ASSERTION_CUES", "BARE_SECTOR", "CAUSE_BREAK", "CLAUSE_BREAK", "COMMA", "CONTAINER_BEFORE",
           "HORIZON", "LEADING_RELATIVE", "LEADING_SECTOR", "MEASURES", "MEMBERS_AFTER", "MODAL", "MOVER", "NEAR",
           "PART_BREAK", "PRICE_SUBJECT", "RATIO", "RELATIVE", "SECOND_STATEMENT", "SECTOR_TALK", "SECTOR_WORDS", "SUPERLATIVE_KINDS",
           "Cue", "Measure", "Scope"]
