"""The one table of words for numbers and hedges, and the tolerance rules the verifier applies.

Everything that turns words into numbers or decides "is 12.9% 'nearly 13%'?" lives here, so the
grammar and the verifier cannot drift apart. Rules (each with its reason):

Rounding (``Hedge.EXACT``): a stated figure is the true value rounded to the digits written, so
it covers half a unit of the last stated digit either side: "3.5%" is true for [3.45, 3.55),
"22%" for [21.5, 22.5). Integers of 100 or more that end in zeros ("120 points", "1,000
points") are read as rounded to their last non-zero digit but never wider than 5% of the value:
"120" covers [115, 125), "1,000" covers [950, 1,050); but a day's point change is stated off
the data to the unit ("rose 160 points" for 160.90 is imprecise: ``matches(strict=True)``).
Words ("triple", "half-point") are exact numbers stated to one digit: "triple" covers factors [2.5, 3.5), "half" [0.45, 0.55). A figure
written with decimals ("3.5%", "2,263.67") also allows VENDOR_SLACK (0.02) either side: data
vendors' closes differ by cents, which moves a change in its second decimal and can carry a
figure across its rounding edge ("8.1%" for a vendor's -8.05%).

Hedges (``HEDGES`` below) widen or bound that interval; see the table for each rule. Magnitudes
are compared: direction (up/down) is the verifier's job, so ``matches`` takes absolute values
when claimed and actual have the same sign and fails when the signs differ.

Imprecise: a claim that does not match but has the right sign and misses by a little is
imprecise ("jumped 3.5%" when the day was 3.1%); further off it is contradicted. How little is
``IMPRECISE_BANDS`` per measure (percent change, level, points or count), else
``IMPRECISE_RELATIVE`` (25%) of the claimed value or three rounding units.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from capscope.claims.model import Hedge

CARDINALS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    "a": 1, "an": 1, "single": 1,
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}

# multiplicative words -> factor (the rule: exact word = [f - 0.5, f + 0.5) for integers)
FACTORS: dict[str, float] = {
    "double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2, "two times": 2,
    "twofold": 2, "two-fold": 2,
    "triple": 3, "tripled": 3, "triples": 3, "tripling": 3, "three times": 3, "threefold": 3,
    "three-fold": 3, "thrice": 3,
    "quadruple": 4, "quadrupled": 4, "four times": 4, "fourfold": 4, "four-fold": 4,
    "five times": 5, "fivefold": 5, "ten times": 10, "tenfold": 10,
    "half": 0.5, "a half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25,
}

# fraction words used as sizes: "half-point" (0.5 percentage point = 50 bp), "quarter-point"
POINT_SIZES: dict[str, float] = {
    "quarter": 0.25, "quarter-point": 0.25, "quarter-percentage-point": 0.25,
    "half": 0.5, "half-point": 0.5, "half-percentage-point": 0.5,
    "three-quarter": 0.75, "three-quarter-point": 0.75, "three-quarters": 0.75,
    "full": 1.0, "full-point": 1.0, "full-percentage-point": 1.0,
}


@dataclass(frozen=True)
class HedgeRule:
    """One hedge: the words that signal it and the rule it stands for (documentation)."""

    hedge: Hedge
    words: tuple[str, ...]
    rule: str


HEDGES: tuple[HedgeRule, ...] = (
    HedgeRule(Hedge.EXACT, (), "within half a unit of the last stated digit: 3.5% -> [3.45, 3.55); "
              "written with decimals, half a unit plus 0.02 (vendors differ in the last cents)"),
    HedgeRule(Hedge.JUST_UNDER, ("just under", "just below", "slightly less than", "a bit less than",
                                 "just shy of", "slightly below", "a touch under"),
              "below the figure by at most 10% of it: [0.9x, x)"),
    HedgeRule(Hedge.JUST_OVER, ("just over", "just above", "slightly more than", "a bit more than",
                                "a little more than", "a touch over", "just north of"),
              "above the figure by at most 10% of it (and one rounding unit): (x, 1.1x + h]"),
    HedgeRule(Hedge.NEARLY, ("nearly", "almost", "close to", "shy of", "approaching", "nearing", "near",
                             "not quite", "roughly half", "the better part of"),
              "a little below, or equal after rounding: [0.9x, x + h)"),
    HedgeRule(Hedge.ABOUT, ("about", "roughly", "around", "approximately", "some", "circa",
                            "or so", "in the neighborhood of", "on the order of", "something like",
                            "an estimated", "about a", "more or less", "~"),
              "either side by one unit of the last stated digit: about 3.8% -> [3.7, 3.9]"),
    HedgeRule(Hedge.AT_LEAST, ("at least", "no less than", "a minimum of", "or more", "or greater", "and up"),
              "the figure or above: actual >= x - h"),
    HedgeRule(Hedge.MORE_THAN, ("more than", "over", "north of", "above", "upwards of", "upward of",
                                "in excess of", "better than", "greater than", "exceeding",
                                "topping", "beyond"),
              "strictly above the figure: actual > x"),
    HedgeRule(Hedge.AT_MOST, ("at most", "no more than", "within", "not more than", "a maximum of"),
              "the figure or below: actual <= x + h"),
    HedgeRule(Hedge.LESS_THAN, ("less than", "under", "below", "south of", "fewer than",
                                "lower than", "short of"),
              "strictly below the figure: actual < x"),
    HedgeRule(Hedge.AS_MUCH_AS, ("as much as", "up to", "as high as", "as many as", "as far as"),
              "a ceiling that was reached or nearly: [0.9x, x + 2h] (forecasts: a ceiling only)"),
)

HEDGE_WORDS: dict[str, Hedge] = {w: r.hedge for r in HEDGES for w in r.words}
# suffix hedges that follow the number ("5% or more", "10% or so")
SUFFIX_HEDGES: dict[str, Hedge] = {"or more": Hedge.AT_LEAST, "or greater": Hedge.AT_LEAST, "or so": Hedge.ABOUT,
                                   "and up": Hedge.AT_LEAST, "plus": Hedge.AT_LEAST,
                                   "or less": Hedge.AT_MOST}

_PREFIX_WORDS = sorted((w for w in HEDGE_WORDS if w not in SUFFIX_HEDGES), key=len, reverse=True)
HEDGE_PREFIX_RE = re.compile(
    r"(?:(?<=\W)|^)(" + "|".join(re.escape(w) for w in _PREFIX_WORDS) + r")\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# ("and up" before another figure is a list: "down 0.03% and up 0.01%", not "0.03% or more")
HEDGE_SUFFIX_RE = re.compile(r"^\s*(or more|or greater|or so|or less|and up(?!\s*[+-]?(?:\$|\.?\d)))\b", re.IGNORECASE)
#: the words that restate a figure in another unit: "616.23, or 5.6 percent", "505.31 points, or
#: about 4.5 percent" (a regular-expression fragment, no groups; the hedge words stay outside a figure)
# the verbs of a price move, as regex alternatives: one vocabulary for the moves rule (grammar.
# price_moves) and for the quantities that re-unit a bare number after a move word ("leapt
# 184.54, or 1.88%": a point change)
MOVE_UP_WORDS = (r"rose|rise|rises|risen|rising|gained|gains?|gaining|jump(?:ed|s|ing)?|surg(?:ed|es|e|ing)|soar(?:ed|s|ing)?|"
         r"(?:sky)?rocket(?:ed|s|ing)?|zoom(?:ed|s)?|vault(?:ed|s)?|roar(?:ed|s)?|romp(?:ed|s)?|bounc(?:ed|es)|"
         r"climb(?:ed|s|ing)?|add(?:ed|s|ing)?|advanc(?:ed|es|e|ing)|rall(?:ied|y|ies|ying)|rebound(?:ed|s|ing)?|"
         r"recover(?:ed|s)|regain(?:ed|s)|recoup(?:ed|s)|"
         r"spik(?:ed|es|e)|popp(?:ed|ing)|leapt|leaped|leap(?:s|ing)|lurch(?:ed|es|ing)\s+(?:up|higher)|piled\s+on|"
         r"increas(?:ed|es|e)|(?:picked|ticked|edged|moved|shot|inched|crept)\s+(?:up|higher)|"
         r"up|higher|return(?:ed|s)?|grew|grow(?:n|s)?|appreciated|tacked\s+on|put\s+on|booked\s+a\s+gain\s+of|"
         # "the Dow is ahead 1,412.00 points, or 4.9%", "settled at 3,006.72, ahead 20.52 points":
         # wire copy's gain (never "ahead of")
         r"(?<=is\s)ahead|(?<=was\s)ahead|(?<=are\s)ahead|(?<=were\s)ahead|(?<=,\s)ahead")
MOVE_DOWN_WORDS = (r"fell|fall|falls|fallen|falling|dropp(?:ed|ing)|drops?|declin(?:ed|es|e|ing)|slid|slides?|sliding|slipp(?:ed|ing)|slips?|"
           r"tumbl(?:ed|es|e|ing)|retrac(?:ed|es|ing)|lost|loses?|losing|sank|sinks?|sunk|div(?:ed|es|ing)|dove|shav(?:ed|es|ing)(?:\s+off)?|plung(?:ed|es|e|ing)|plummet(?:ed|s|ing)?|slump(?:ed|s)?|"
           r"spiral(?:l?ed|l?ing|s)?(?:\s+(?:down|lower))?|lurch(?:ed|es|ing)\s+(?:down|lower)|"
           r"shed(?:s|ding)?|retreat(?:ed|s)?|dipp(?:ed|ing)|dips?|skidd(?:ed|ing)|decreas(?:ed|es|e)|eas(?:ed|es)|"
           r"(?:gave|gives|give|giving|given)\s+(?:up|back)|pull(?:ed|s)?\s+back|sold\s+off|crater(?:ed|s)?|tank(?:ed|s)?|down|lower|"
           r"(?:ticked|edged|moved|inched)\s+(?:down|lower)|nosedived?|sagg(?:ed|ing)|sags?|swoon(?:ed|s)?|stumbl(?:ed|es)|"
           r"falter(?:ed|s|ing)|faint(?:ed|s)|wilt(?:ed|s)|sputter(?:ed|s)|"
           # "the Nasdaq was off 9.1%", "it was off 818 points": wire copy's fall
           r"(?<=was\s)off|(?<=were\s)off|(?<=is\s)off|(?<=are\s)off|"
           # "the Dow ended off 0.3%": a close's fall ("off its lows" has no figure after it)
           r"(?<=ended\s)off|(?<=closed\s)off|(?<=finished\s)off|(?<=settled\s)off|"
           # "ended the day off 0.9%", "closed the session off 12 points"
           r"(?<=the\sday\s)off|(?<=the\ssession\s)off")

OR_RESTATES = r"\s*,?\s*or\s+(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|almost\s+)?"

#: a day word between a move's two figures: "lost 40.74 points Thursday, or 2.5 percent", "advanced
#: 49.11 yesterday, or 0.5 percent", "fell 130 points at the close, or .7%" (a regular-expression
#: fragment, no groups)
DAY_WORD_BEFORE_OR = (r"(?:\s+(?:yesterday|today|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day|at\s+the\s+(?:close|bell)|"
                      r"(?:on|for)\s+the\s+day)\s*,(?=\s*or\b))")

# words that say a figure is the close's ("closed at", "ended the day", "finished", "settled"),
# for the verifiers that read a close or the day's range by them ("closely watched" is not one)
SAYS_CLOSE = re.compile(r"\bclos(?:e|ed|es|ing)\b|\b(?:end(?:ed|ing|s)|finish(?:ed|es|ing)?|settl(?:e|ed|es|ing))\b",
                        re.IGNORECASE)

#: words that put a figure inside the session, not at its close ("briefly slipped into bear market
#: territory", "at one point hit a record"): said right before a claim, they outweigh a close the
#: same sentence reports of another clause ("..., settled with a 486-point drop")
SAYS_SESSION = re.compile(r"\b(?:briefly|intraday|at\s+one\s+point|earlier\s+in\s+the\s+(?:day|session)|"
                          r"(?:moments|minutes|shortly|just)\s+before\s+the\s+close|"
                          r"during\s+the\s+(?:day|session)|in\s+(?:early|late|midday)\s+trading)\b", re.IGNORECASE)

#: words that report the session's extreme beside its close ("touching 2488.84 and closing at
#: 2457.51", "as high as", "its intraday high")
SAYS_EXTREME = re.compile(r"\btouch(?:ed|es|ing)\b|\bas\s+(?:high|low)\s+as\b|\bintraday\b|"
                          r"\bsession\s+(?:high|low)s?\b", re.IGNORECASE)

#: live market coverage: a figure taken during the session, not at the close ("in morning trading",
# "on Thursday afternoon", "was dropping 2.1%", "headed for its worst day")
SNAPSHOT = re.compile(
    r"\b(?:in\s+(?:early|late|midday|mid-day|morning|afternoon|(?:late|early|mid)[\s-](?:morning|afternoon)|midmorning|"
    r"recent|overnight|premarket|pre-market)\s+trading|(?:this|Monday|Tuesday|Wednesday|Thursday|Friday)\s+"
    r"(?:morning|afternoon)|midday|mid-day|at\s+last\s+check|so\s+far\s+(?:today|in\s+the\s+session)|"
    r"early\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|today)|at\s+current\s+levels|"
    r"(?:(?:just|shortly|soon)\s+after|at)\s+the\s+open(?:ing\s+bell)?\b(?!-)|with\s+(?:less\s+than\s+)?(?:an?|one|"
    r"two|\d+)\s+(?:hours?|minutes?)\s+(?:left|remaining|to\s+go)|as\s+of\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|"
    r"(?:was|were|is|are)\s+(?:trading|dropping|losing|falling|rising|climbing|gaining|sliding|slipping|jumping|"
    r"tumbling|advancing|declining|headed|heading|on\s+track|on\s+pace)|headed\s+for|"
    r"par(?:ed|ing)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:gains?|loss(?:es)?|advance|decline)|"
    r"(?:around|at|by|near)\s+noon|mid-?afternoon|"
    # "Heading into the close, the Dow had plunged more than 500 points": before the final print
    r"(?:heading|headed|going)\s+into\s+the\s+(?:close|final\s+hour|last\s+hour)|"
    r"(?:in|into)\s+the\s+(?:final|last)\s+hour\s+of\s+trading|late\s+in\s+the\s+(?:session|day)|"
    r"(?:ahead\s+of|before)\s+the\s+(?:close|closing\s+bell)|"
    # a clock time the figures are read at: "fell 190 points, or 1.7 percent, to 11,050 at 12:30
    # p.m.", "At 2:50 p.m., the Dow was up 19.3", a wire headline's stamp "... -- 10:07 AM EST"
    # (not an event's time, "the Fed's announcement at about 11:15 a.m.", nor a byline's, "May 16,
    # 2022, 10:30 AM EDT": its figures may be the last close's)
    r"(?<!announcement\s)(?<!statement\s)(?<!decision\s)(?<!release\s)(?<!report\s)(?<!speech\s)"
    r"(?:at|by|around|near)\s+(?:about\s+)?\d{1,2}:\d\d\s*[ap]\.?m\b|"
    r"(?:(?<=-\s)|(?<=--)|(?<=\u2013\s)|(?<=\u2014\s))\d{1,2}:\d\d\s*[ap]\.?m\.?\s+(?:EST|EDT|ET|PST|PDT|PT|CST|CDT|CT)\b)\b",
    re.IGNORECASE)

#: how far two data vendors' figures stated to the cent may differ (index closes, and the percent
#: changes computed from them, differ in the second decimal): 2.02% for a 2.00% day matches
VENDOR_SLACK = 0.02
#: the same for a stated level read on another session than the article's: two vendors' prints of
#: one index close differ by a few cents on a level in the thousands ("2,291.91" for 2,291.86)
VENDOR_LEVEL_SHARE = 3e-5
IMPRECISE_RELATIVE = 0.25
IMPRECISE_UNITS = 3.0
@dataclass(frozen=True)
class ImpreciseBand:
    """How far off a right-direction figure may be and still be imprecise rather than wrong:
    within ``share`` of the true value and, when ``points`` is set, also within the larger of
    ``points`` and ``points_share`` of the true value."""

    share: float
    points: float | None = None
    points_share: float = 0.0

    def allows(self, gap: float, true: float) -> bool:
        limit = self.share * true
        if self.points is not None:
            limit = min(limit, max(self.points, self.points_share * true))
        return gap <= limit


#: A percent change: within 20% of the true value and within max(2 points, 10% of it) ("rose
#: 3.5%" on a 3.1% day is imprecise, "54.8%" for 45.5% is wrong); a level: within 1%; a points
#: change or a count: within 20%.
IMPRECISE_BANDS: dict[str, ImpreciseBand] = {
    "pct": ImpreciseBand(0.20, points=2.0, points_share=0.10),
    "level": ImpreciseBand(0.01),
    "points": ImpreciseBand(0.20),
    "count": ImpreciseBand(0.20),  # sessions, records, days: within 20% of the true count
}


def hedge_before(prefix: str) -> tuple[Hedge, str]:
    """The hedge that ends ``prefix`` (the words just before a number), if any."""
    m = HEDGE_PREFIX_RE.search(prefix[-40:])
    if not m:
        return Hedge.EXACT, ""
    return HEDGE_WORDS[m.group(1).lower()], m.group(1)


def hedge_after(suffix: str) -> tuple[Hedge, str]:
    m = HEDGE_SUFFIX_RE.match(suffix[:20])
    if not m:
        return Hedge.EXACT, ""
    return SUFFIX_HEDGES[m.group(1).lower()], m.group(1)


def word_number(word: str) -> float | None:
    """A number written as a word or hyphenated words: "five", "twenty-two", "a dozen"."""
    w = word.lower().strip()
    if w in CARDINALS:
        return float(CARDINALS[w])
    if w in ORDINALS:
        return float(ORDINALS[w])
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in CARDINALS and parts[1] in CARDINALS:
        tens, ones = CARDINALS[parts[0]], CARDINALS[parts[1]]
        if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= ones <= 9:
            return float(tens + ones)
    if len(parts) == 2 and parts[0] in CARDINALS and parts[1] in ORDINALS:
        tens, ones = CARDINALS[parts[0]], ORDINALS[parts[1]]
        if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= ones <= 9:
            return float(tens + ones)
    return None


def count_value(token: str) -> int | None:
    """A count from digits, words or ordinals: "5", "five", "fifth", "5th", "twenty-one"."""
    t = token.lower().strip()
    m = re.fullmatch(r"(\d{1,6})(?:st|nd|rd|th)?", t)
    if m:
        return int(m.group(1))
    v = word_number(t)
    return int(v) if v is not None else None


def decimals_of(raw: str) -> int:
    """Digits after the decimal point as written ("3.50" -> 2)."""
    m = re.search(r"\.(\d+)", raw)
    return len(m.group(1)) if m else 0


def stated_decimals(value: float) -> int:
    """Digits after the point of a float as it prints (3.5 -> 1, 22.0 -> 0, 12.85 -> 2)."""
    text = repr(float(value))
    if "e" in text or "." not in text:
        return 0
    frac = text.split(".")[1].rstrip("0")
    return min(len(frac), 10)


def rounding_unit(value: float, decimals: int | None = None, *, word: bool = False) -> float:
    """Half a unit of the last stated digit (see the module rules for round integers).

    ``decimals`` is how many digits the text wrote ("3.50" -> 2); when None it is read off the
    float itself, which is right unless the text had trailing zeros.
    """
    if decimals is None:
        decimals = stated_decimals(value)
    if word:
        return 0.05 if abs(value) < 1 else 0.5
    if decimals > 0:
        return 0.5 * 10.0 ** (-decimals)
    v = abs(value)
    if v >= 100 and v == int(v):
        zeros = len(str(int(v))) - len(str(int(v)).rstrip("0"))
        if zeros:
            return min(0.5 * 10.0 ** zeros, 0.05 * v)
    return 0.5


@dataclass(frozen=True)
class Interval:
    """The actual values a claim accepts; bounds may be open."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = True

    def __contains__(self, x: float) -> bool:
        lo_ok = x > self.low if self.low_open else x >= self.low
        hi_ok = x < self.high if self.high_open else x <= self.high
        return lo_ok and hi_ok


_Bounds = tuple[float, float, bool, bool, float]


def _bounds(claimed: float, hedge: Hedge, decimals: int | None, word: bool,
            forecast: bool, strict: bool = False) -> _Bounds:
    """:func:`accepted` as plain values (low, high, low_open, high_open) plus the rounding
    unit: ``matches`` and ``imprecise`` run for every stated figure and read the bounds once,
    so they skip building the (frozen, slow to create) Interval."""
    x = abs(claimed)
    h = rounding_unit(x, decimals, word=word)
    inf = math.inf
    if hedge is Hedge.EXACT:
        if decimals is not None and decimals >= 1:
            # vendors' closes differ by a few cents, which moves a percent change in its second
            # decimal and can carry a figure to one decimal across its rounding edge ("8.1%" for
            # a vendor's -8.05%): half a unit plus VENDOR_SLACK either side
            return x - h - VENDOR_SLACK, x + h + VENDOR_SLACK, False, False, h
        if strict and not word:
            return x - 0.5, x + 0.5, False, True, 0.5  # (see ``matches``: a whole number to the unit)
        return x - h, x + h, False, True, h
    if hedge is Hedge.NEARLY:
        return min(0.9 * x, x - h), x + h, False, True, h
    if hedge is Hedge.ABOUT:
        w = 2 * h  # one unit of the last stated digit ("approximately 2,521.95" is to the cent)
        if not decimals and not word and 10 <= x < 100 and x % 10 == 0:
            # "approximately 90%": a round figure's last stated digit is its tens; as for round
            # figures of 100 and more (rounding_unit), the unit is capped at a tenth of it
            w = max(w, 0.1 * x)
        return x - w, x + w, False, False, h
    if hedge is Hedge.MORE_THAN:
        return x, inf, True, True, h
    if hedge is Hedge.AT_LEAST:
        return x - h, inf, False, True, h
    if hedge is Hedge.LESS_THAN:
        return -inf, x, False, True, h
    if hedge is Hedge.AT_MOST:
        return -inf, x + h, False, False, h
    if hedge is Hedge.JUST_OVER:
        return x, 1.1 * x + h, True, False, h
    if hedge is Hedge.JUST_UNDER:
        return 0.9 * x, x, False, True, h
    if hedge is Hedge.AS_MUCH_AS:
        # an extreme is rounded down as often as to the nearest: "as much as 158 points" for
        # 158.55 is the day's extreme, so a whole unit above is accepted
        return -inf if forecast else 0.9 * x, x + 2 * h, False, False, h
    raise ValueError(f"no rule for hedge {hedge}")


def accepted(claimed: float, hedge: Hedge, *, decimals: int | None = None, word: bool = False,
             forecast: bool = False) -> Interval:
    """The interval of (absolute) actual values that make the claim true, per the hedge table."""
    low, high, low_open, high_open, _ = _bounds(claimed, hedge, decimals, word, forecast)
    return Interval(low, high, low_open, high_open)


def _inside(x: float, b: _Bounds) -> bool:
    """``x in Interval(*b[:4])``."""
    low, high, low_open, high_open, _ = b
    return (x > low if low_open else x >= low) and (x < high if high_open else x <= high)


def _finite(*xs: float) -> bool:
    return all(isinstance(x, int | float) and math.isfinite(x) for x in xs)


_NUMBER = (int, float)  # what ``_finite`` accepts, built once


def _comparable(claimed: float, actual: float) -> bool:
    """Both finite numbers, and of the same sign unless one is zero: the precondition of every
    comparison (written out for two numbers: it runs for every claim)."""
    return (isinstance(claimed, _NUMBER) and math.isfinite(claimed)
            and isinstance(actual, _NUMBER) and math.isfinite(actual)
            and (claimed == 0 or actual == 0 or (claimed > 0) == (actual > 0)))


def matches(claimed: float, hedge: Hedge, actual: float, *, decimals: int | None = None,
            word: bool = False, forecast: bool = False, strict: bool = False) -> bool:
    """True when ``actual`` makes the claim true under the hedge and rounding rules.

    ``strict``: an unhedged whole number is true to the unit, round or not ("rose 160 points" for
    160.90 and "lost 2,200 points" for 2,231.07 are imprecise), for a day's point change and a
    close: the figures a wire story states from the data to the unit or the cent. A level crossed
    or touched ("touched 7,000") keeps the round number's rule.

    >>> matches(3.5, Hedge.EXACT, 3.46)
    True
    >>> matches(13, Hedge.NEARLY, 13.6)
    False
    """
    if not _comparable(claimed, actual):
        return False
    return _inside(round(abs(actual), 10), _bounds(claimed, hedge, decimals, word, forecast, strict))


def imprecise(claimed: float, hedge: Hedge, actual: float, *, decimals: int | None = None,
              word: bool = False, measure: str = "", strict: bool = False) -> bool:
    """Right sign, outside the tolerance, but close.

    How close depends on what the number measures (``IMPRECISE_BANDS``): a percent change within
    max(2 points, 10% of the true value) and 20% of it; a level within 1%; a points change or a
    count within 20%. With no measure named: 25% of the figure or three rounding units.
    """
    if not _comparable(claimed, actual):
        return False
    b = _bounds(claimed, hedge, decimals, word, False, strict)
    if _inside(round(abs(actual), 10), b):  # it matches
        return False
    low, high, _, _, unit = b  # unit: rounding_unit(abs(claimed), decimals, word=word)
    a = abs(actual)
    gap = low - a if a < low else a - high
    band = IMPRECISE_BANDS.get(measure)
    if band is not None:
        return band.allows(gap, a)
    slack = max(IMPRECISE_RELATIVE * abs(claimed), IMPRECISE_UNITS * unit)
    return gap <= slack


def factor_matches(claimed_factor: float, hedge: Hedge, a: float, b: float) -> bool:
    """"A is triple B": the ratio a/b against the factor; both must have moved the same way."""
    if not _finite(a, b, claimed_factor) or b == 0 or (a > 0) != (b > 0):
        return False
    return matches(claimed_factor, hedge, a / b, word=True)


# "for the first time in a decade", "its first rate increase in nearly three years", "the first 10
# percent decline in four years": a gap back to the last time, in years
_GAP_YEARS = re.compile(r"\s+(?:(?P<hedge>nearly|almost|more\s+than|over|about|roughly|around)\s+)?"
                        r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                        r"(?P<unit>decades?|years?)\b", re.IGNORECASE)
_GAP_HEDGES = {"nearly": "nearly", "almost": "nearly", "more than": "more_than", "over": "more_than",
               "about": "about", "roughly": "about", "around": "about"}
# how far a gap may run from the stated N years and still be it, by hedge: (below, above), each
# widened to a tenth of N
_GAP_SLACK = {"exact": (0.5, 1.0), "about": (0.5, 0.5), "nearly": (1.0, 0.05), "more_than": (0.0, math.inf)}


def gap_after(text: str, pos: int) -> tuple[float, str, int] | None:
    """The gap in years stated at ``pos`` ("in nearly three years" from after "in"): (years,
    hedge: exact | nearly | more_than | about, end of the words), or None."""
    m = _GAP_YEARS.match(text, pos)
    if m is None:
        return None
    word = m.group("n").lower()
    n = 1 if word in ("a", "an") else count_value(word)
    if n is None:
        return None
    years = n * (10 if m.group("unit").lower().startswith("decade") else 1)
    hedge = _GAP_HEDGES.get(re.sub(r"\s+", " ", (m.group("hedge") or "").lower()), "exact")
    return float(years), hedge, m.end()


def gap_fits(gap: float, years: float, hedge: str) -> int:
    """Where a measured gap (years) stands against a stated one: 0 fits, -1 shorter than stated
    (a later occurrence: the claim is wrong), +1 longer (true, but understated)."""
    below, above = _GAP_SLACK.get(hedge, _GAP_SLACK["exact"])
    below = max(below, 0.1 * years) if below else 0.0
    above = max(above, 0.1 * years) if math.isfinite(above) else above
    if (gap <= years) if hedge == "more_than" else (gap < years - below):
        return -1
    return 0 if gap <= years + above else 1


__all__ = ["CARDINALS", "FACTORS", "HEDGES", "HEDGE_WORDS", "MOVE_DOWN_WORDS", "MOVE_UP_WORDS", "ORDINALS", "POINT_SIZES",
           "IMPRECISE_BANDS", "SAYS_CLOSE", "SAYS_EXTREME", "SAYS_SESSION", "SNAPSHOT", "VENDOR_LEVEL_SHARE", "VENDOR_SLACK", "ImpreciseBand", "HedgeRule", "Interval", "accepted", "count_value", "decimals_of", "factor_matches", "gap_after", "gap_fits",
           "hedge_after", "hedge_before", "imprecise", "matches", "rounding_unit", "stated_decimals",
           "word_number"]
