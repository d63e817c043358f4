"""Numbers with units in a sentence: "3.5%", "120 points", "25 basis points", "$240-$245",
"half-point", "triple", "by a factor of three", and the hedge written before or after each.

Years and dates are found first (:mod:`capscope.claims.timexpr`) and passed in as spans to skip,
so "since 1979" never becomes a number. Absurd figures ("1e308%", a thousand-digit number) are
either not numbers at all or kept as the finite value they spell; nothing here raises.
"""

from __future__ import annotations

import math
import re

from capscope.claims._spans import ascii_twin, overlaps, plain_ascii
from capscope.claims.lexicon import (
    DAY_WORD_BEFORE_OR,
    FACTORS,
    MOVE_DOWN_WORDS,
    MOVE_UP_WORDS,
    OR_RESTATES,
    POINT_SIZES,
    decimals_of,
    hedge_after,
    hedge_before,
    word_number,
)
from capscope.claims.model import Quantity, Span, Unit

_N = r"(?:\d{1,3}(?:,\d{3})+|\d{1,40})(?:\.\d{1,20})?|\.\d{1,20}"
_SIGN = r"(?P<sign>[-+]|minus\s+|negative\s+)?"
_SCALE = r"(?:\s?(?P<scale>trillion|billion|million|thousand|tn|bn|mn|k)\b)?"
_WORDNUM = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
            r"thirty|forty|fifty|a half|half)")

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE)) for name, rx in (
        ("usd_range", r"(?<![\w.])\$\s?(?P<a>" + _N + r")" + r"\s*(?:-|to|and)\s*\$?\s?(?P<b>" + _N + r")(?![\d])" + _SCALE),
        ("usd", r"(?<![\w.])" + _SIGN + r"\$\s?(?P<a>" + _N + r")(?![\d])" + _SCALE),
        ("pct_range", r"(?<![\w.])(?P<a>" + _N + r")\s?%?\s*(?:-|to)\s*(?P<b>" + _N + r")\s?(?:%|percent\b|per cent\b)"),
        ("pp", r"(?<![\w.])" + _SIGN + r"(?P<a>" + _N + r")\s?(?:%\s?|-)?(?:percentage|pct\.?|percent)[\s-]points?\b"),
        # ("up 11.%": a stray point before the sign is a typo, not a decimal)
        # ("3.6pc": British copy's percent, written against its number)
        ("pct", r"(?<![\w.])" + _SIGN + r"(?P<a>" + _N + r")(?:\.(?=%))?(?:\s?(?:%|percent\b|per cent\b|pct\b)|pc\b)"),
        ("pct_word", r"(?<![\w-])(?P<w>" + _WORDNUM + r")\s(?:percent|per cent)\b"),
        ("bp", r"(?<![\w.])(?P<a>" + _N + r")[\s-]?(?:basis[\s-]points?|bps?\b|basis[\s-]point\b)"),
        # "up six basis points to 1.78%", "dropped eight basis points"
        ("bp_word", r"(?<![\w-])(?P<w>" + _WORDNUM + r")[\s-]basis[\s-]points?\b"),
        ("pp_word", r"(?<![\w-])(?:(?P<w>(?:a\s+)?(?:quarter|half|three-quarters?|full)(?:(?:[\s-]of)?[\s-]an?)?)[\s-]"
                    r"(?:percentage[\s-])?points?|(?P<w2>" + _WORDNUM + r")[\s-]percentage[\s-]points?)\b"),
        # ("rose 0.10 of a point, or 0.01 per cent": a fraction of an index point)
        ("points", r"(?<![\w.])" + _SIGN + r"(?P<a>" + _N + r")[\s-](?:of\s+an?\s+)?(?:index[\s-])?(?:points?|pts?\.?)(?![\w])"),
        # "rose five points, or 0.4 percent": wire copy spells a small point change
        # (not "at one point the index was up": the idiom for a moment in the session)
        ("points_word", r"(?<![\w-])(?<!\bat\s)(?<!\bAt\s)(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                        r"twenty|thirty|forty|fifty)\s(?:index\s)?points?\b"),
        ("factor_of", r"\bby\s+a\s+factor\s+of\s+(?P<w>" + _N + r"|" + _WORDNUM + r")\b"),
        ("factor", r"(?<![\w-])(?P<w>" + "|".join(sorted((re.escape(k) for k in FACTORS if not k.startswith(("a ", "half", "one third"))), key=len, reverse=True)) + r")(?![\w-])"),
        ("times", r"(?<![\w.])(?P<a>\d{1,3}(?:\.\d+)?)\s?(?:x|times)\b"),
        # "to end at 6 thousand 615": a level written the way it is spoken, thousands then units
        ("thousands", r"(?<![\w.$/-])(?P<a>\d{1,3})\s+thousand\s+(?P<r>\d{1,3})(?![\w%]|[.,]\d)"),
        ("number", r"(?<![\w.$/-])" + _SIGN + r"(?P<a>" + _N + r")(?![\w%]|\.\d|/|-[A-Za-z])" + _SCALE),
    )
)

# what each rule cannot match without (every _N figure has a digit): a rule whose trigger is
# absent is skipped, which leaves the result unchanged and saves most scans of prose sentences
_NEEDS: dict[str, str] = {
    "usd_range": r"\$", "usd": r"\$", "pct_range": r"\d", "pp": r"\d", "pct": r"\d",
    "pct_word": r"(?i:percent|per cent)", "bp": r"\d", "bp_word": r"(?i:basis)", "pp_word": r"(?i:point)", "points": r"\d", "points_word": r"(?i:point)",
    "factor_of": r"(?i:factor)", "times": r"\d", "thousands": r"(?i:thousand)", "number": r"\d",
}
_NEED_RX = {rx: re.compile(rx) for rx in set(_NEEDS.values())}


def _need_words(rx: str) -> tuple[str, ...] | None:
    """A need as substrings, one of which must occur in the lower-cased ASCII sentence: a dollar
    sign, or a case-insensitive list of plain words; None for the others (a digit)."""
    if rx == r"\$":
        return ("$",)
    m = re.fullmatch(r"\(\?i:([a-z |]+)\)", rx)
    return tuple(m.group(1).split("|")) if m else None


_NEED_WORDS = {rx: words for rx in _NEED_RX if (words := _need_words(rx)) is not None}
# unit words a rule needs (any one of them), tested on the lower-cased sentence when it is ASCII
# (then str.lower and re.IGNORECASE agree); other sentences skip this test
_UNIT_NEEDS: dict[str, tuple[str, ...]] = {
    "pct_range": ("%", "percent", "per cent"), "pp": ("pct", "percent"),
    "pct": ("%", "percent", "per cent", "pct", "pc"), "bp": ("basis", "bp"), "points": ("point", "pt"),
    "times": ("x", "times"),
}

# each rule with its pattern's ASCII twin (see capscope.claims._spans), paired once
_FORMS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (name, rx, ascii_twin(rx)) for name, rx in _RULES)

_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6,
           "thousand": 1e3, "k": 1e3}


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _word_value(w: str) -> float | None:
    key = w.lower().strip()
    key = re.sub(r"\s+", " ", key)
    if key in FACTORS:
        return float(FACTORS[key])
    for size, v in POINT_SIZES.items():
        if key.replace("a ", "").replace("-of-a", "").replace(" of a", "").startswith(size):
            return v
    if key in ("a half", "half"):
        return 0.5
    v = word_number(key)
    if v is not None:
        return v
    try:
        return _num(key)
    except ValueError:
        return None


def _present(need: str, sentence: str, low: str | None) -> bool:
    """Whether ``sentence`` has what ``_NEEDS`` names: a substring test on the lower-cased ASCII
    sentence for a plain character or a case-insensitive list of plain words (there str.lower and
    re.IGNORECASE agree), else the pattern's search."""
    words = _NEED_WORDS.get(need)
    if words is not None and low is not None:
        return any(map(low.__contains__, words))
    return _NEED_RX[need].search(sentence) is not None


def find_quantities(sentence: str, offset: int = 0,
                    skip: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every number with its unit and hedge; ``skip`` holds sentence-relative spans (dates).

    The rules run in order and a match overlapping an earlier one (or a skipped span) is dropped
    (:func:`capscope.claims._spans.overlaps`, the test of ``free_matches``, without its
    generator: every sentence with a signal runs this loop).
    """
    taken: list[tuple[int, int]] = list(skip or [])
    out: list[Quantity] = []
    present: dict[str, bool] = {}
    low = sentence.lower() if sentence.isascii() else None
    plain = plain_ascii(sentence)
    for name, rx, twin in _FORMS:
        need = _NEEDS.get(name)
        if need is not None:
            ok = present.get(need)
            if ok is None:
                ok = present[need] = _present(need, sentence, low)
            if not ok:
                continue
        words = _UNIT_NEEDS.get(name)
        if words is not None and low is not None and not any(map(low.__contains__, words)):
            continue
        for m in (twin if plain else rx).finditer(sentence):
            s, e = m.span()
            if overlaps(s, e, taken):
                continue
            q = _make(name, m)
            if q is None:
                continue
            if name == "number" and (_is_list_marker(sentence, s, e) or _CLOCK.match(sentence, e)):
                continue
            hedge, htext = hedge_before(sentence[max(0, s - 40):s])
            if hedge.value == "exact":
                hedge, htext = hedge_after(sentence[e:e + 20])
            q.hedge, q.hedge_text = hedge, htext
            q.span = Span(offset + s, offset + e)
            taken.append((s, e))
            out.append(q)
    out.sort(key=lambda q: q.span.start)
    _points_before_percent(out, sentence, offset)
    return out


# "down 616.23, or 5.6 percent": a bare number that a percent restates is a points change
# (or in brackets: "added 45.98 (1.61 per cent) to 2,905.66")
_OR_PERCENT = re.compile(DAY_WORD_BEFORE_OR + r"?(?:" + OR_RESTATES + r"|\s*\(\s*)$",
                         re.IGNORECASE)
_MOVE_BEFORE = re.compile(r"\b(?:" + MOVE_UP_WORDS + "|" + MOVE_DOWN_WORDS + r"|"
                          # the noun: "closed with a gain of 117.69", "a milder drop of 128.11"
                          r"an?\s+(?:[\w-]+\s+)?(?:gain|advance|rise|increase|drop|decline|loss|fall|slide)\s+of)\s+"
                          r"(?:by\s+|another\s+|a\s+further\s+)?"
                          r"(?:(?:about|nearly|almost|roughly|some|around|more\s+than|over|just|only)\s+)?$",
                          re.IGNORECASE)


# what may follow a bare point change: the end of its clause, or a level or time after it
# ("finished up 619 after frantic swings", "Dow drops almost 140", "fell 72 to 11,869")
_POINTS_END = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$|\s(?:to|at|after|before|on|in|as|while|and|amid)\b)",
                         re.IGNORECASE)


# a level right after a small change: "added 1.24, to 456.74"
_TO_LEVEL = re.compile(r"\s*,?\s*to\s+", re.IGNORECASE)


def _points_before_percent(out: list[Quantity], sentence: str, offset: int) -> None:
    """Re-unit, in place, a bare number after a move word: restated as a percent ("fell 72.44,
    or 0.6 percent"), or standing alone at the end of its clause ("finished up 619 after
    frantic swings"): wire copy's point change, which names no unit."""
    restated = False  # a change in points restated as a percent came before in the sentence
    for k, a in enumerate(out):
        if a.unit is not Unit.NUMBER or a.value >= 1000 and a.value == int(a.value) and 1800 <= a.value <= 2100:
            restated = restated or _restated_points(out, k, sentence, offset)
            continue
        s, e = a.span.start - offset, a.span.end - offset
        b = out[k + 1] if k + 1 < len(out) else None
        if not _MOVE_BEFORE.search(sentence[max(0, s - 40):s]):
            if restated and b is not None and b.unit is Unit.PCT and _OR_PERCENT.fullmatch(
                    sentence[e:b.span.start - offset]) and _LISTED_NAME_BEFORE.search(sentence[max(0, s - 30):s]):
                # "the Dow rose 400.71, or 4.0 percent, the Nasdaq 78.21, or 4.5 percent": the
                # list's next pair after its name, in the shape of the first
                a.unit = Unit.POINTS
            continue
        if a.value < 2 and not (b is not None and (b.unit is Unit.PCT and _OR_PERCENT.fullmatch(sentence[e:b.span.start - offset])
                                                 or _TO_LEVEL.fullmatch(sentence[e:b.span.start - offset]))):
            continue  # "rose 1.03, or 0.1 percent" and "added 1.24, to 456.74" are points; a lone "up 1" is not
        if b is not None and b.unit is Unit.PCT and _OR_PERCENT.fullmatch(sentence[e:b.span.start - offset]):
            a.unit = Unit.POINTS  # (the pattern takes the hedge words)
            restated = True
            continue
        if _POINTS_END.match(sentence, e):  # (a percent later in the sentence is another figure's)
            a.unit = Unit.POINTS


def _restated_points(out: list[Quantity], k: int, sentence: str, offset: int) -> bool:
    """Whether quantity k is a change in points restated by the percent after it ("400.71, or
    4.0 percent")."""
    a = out[k]
    b = out[k + 1] if k + 1 < len(out) else None
    return (a.unit is Unit.POINTS and b is not None and b.unit is Unit.PCT
            and _OR_PERCENT.fullmatch(sentence[a.span.end - offset:b.span.start - offset]) is not None)


# the next item's name in a list of changes: ", the Nasdaq ", "and the S&P "
_LISTED_NAME_BEFORE = re.compile(r"(?:,|\band|;)\s+(?:the\s+)?(?:[A-Z][\w&.]*\s+){1,3}$")


# "closed at 1 p.m.", "at 4:00": a clock time, not a figure
_CLOCK = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b|:\d\d)", re.IGNORECASE)


def _is_list_marker(sentence: str, s: int, e: int) -> bool:
    """"1) lower tax rates" or "(2)" are list numbering, not figures; a level closing a bracket,
    "(up 125.33 to 10450.00)", is a figure (a marker is a small whole number)."""
    if not _MARKER.fullmatch(sentence, s, e):
        return False
    return bool(re.match(r"\)", sentence[e:e + 1])) or (s > 0 and sentence[s - 1] == "(" and
                                                       sentence[e:e + 1] == ")")


_MARKER = re.compile(r"\d{1,2}")


def _make(name: str, m: re.Match[str]) -> Quantity | None:
    g = m.groupdict()
    raw = m.group(0).strip()
    sign = 0
    if g.get("sign"):
        sign = -1 if g["sign"].strip().lower() in ("-", "minus", "negative") else 1
    try:
        if name == "pp_word" and g.get("w2"):  # "three percentage points"
            g = {**g, "w": g["w2"]}
        if name in ("factor", "factor_of", "pct_word", "pp_word", "bp_word", "points_word"):
            v = _word_value(g["w"])
            if v is None:
                return None
            unit = {"factor": Unit.FACTOR, "factor_of": Unit.FACTOR, "pct_word": Unit.PCT,
                    "pp_word": Unit.PP, "bp_word": Unit.BP, "points_word": Unit.POINTS}[name]
            return Quantity(v, unit, raw, Span(0, 0), word=not g["w"][:1].isdigit(),
                            decimals=decimals_of(g["w"]))
        if name == "thousands":
            return Quantity(_num(g["a"]) * 1000 + _num(g["r"]), Unit.NUMBER, raw, Span(0, 0), decimals=0)
        a = _num(g["a"])
        scale = _SCALES.get((g.get("scale") or "").lower(), 1.0)
        a *= scale
        high = _num(g["b"]) * scale if g.get("b") else None
    except (ValueError, OverflowError):
        return None
    if not math.isfinite(a) or (high is not None and not math.isfinite(high)):
        return None
    if sign < 0:
        a = -a
    unit = {"usd_range": Unit.USD, "usd": Unit.USD, "pct_range": Unit.PCT, "pp": Unit.PP,
            "pct": Unit.PCT, "bp": Unit.BP, "points": Unit.POINTS, "times": Unit.FACTOR,
            "number": Unit.NUMBER}[name]
    return Quantity(a, unit, raw, Span(0, 0), high=high, decimals=decimals_of(g["a"]), sign=sign)


__all__ = ["find_quantities"]
