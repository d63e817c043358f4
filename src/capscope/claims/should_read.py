"""Should read: the wording an editor can put in place of a contradicted or imprecise claim.

A verdict says a figure is wrong; the editor's next question is what it should say. The answer
is the claim's own words with only what the data refutes changed, in the claim's own style and
rounding, so it can replace the claim's phrase as it stands. It is built from the typed values the
verifier left behind (each :class:`~capscope.claims.model.Quantity`'s raw words, decimals, hedge,
sign and span; each :class:`~capscope.claims.model.Evidence`'s values), never from the wording of
an explanation and never by computing a statistic again: the figure suggested is the one the
verdict was decided on. Where no faithful wording can be built the answer is None, never a guess.

Rules (each suggestion is checked against the lexicon's own tolerance before it is offered):

- Numbers keep the decimals written ("rose 2.3%" for +2.54% -> "rose 2.5%"; "jumped 120 points"
  for +212.4 -> "jumped 212 points"; "2,263.67" -> "2,265.10") and the thousands separators (a
  figure written without them where they could show keeps going without). A figure that rounds to
  zero at the written decimals gets the decimals it needs, at most two ("fell 1%" for +0.04% ->
  "rose 0.04%"); a flat day gets no suggestion.
- Hedges: the hedge word stays and the figure is rounded toward the side the hedge points to, so
  the hedge is true of the data: up for "nearly", "just under", "less than", "at most" ("nearly
  57%" for 52.3% -> "nearly 53%"), down for "more than", "just over", "at least" ("more than 52%"),
  to the nearest for "about" and "as much as". When the lexicon's tolerance for that hedge still
  does not cover the value, the hedge is dropped and the figure is stated rounded as written.
- Direction: when the data moved the other way the direction word flips within its verb family
  (fell/rose, dropped/gained, declined/advanced, slid/climbed, down/up, lower/higher ...: the
  table ``FLIPS``), or a written sign flips ("-2%" -> "+11.7%"). A claim whose direction lives in a
  word outside the table, or outside the claim's words, gets no suggestion.
- "Since" dates: the date the data gives (the last close as high, the last day as large, the
  last close above the level) in the granularity written: a year for a year, month and year for
  a month ("since January 2022" -> "since March 2021", the month spelled as the text spelled it),
  a full date for a date.
- Streak lengths: the data's length in the form written ("fifth straight gain" -> "third straight
  gain", "5th" -> "3rd", "five" -> "three"), for daily streaks in the stated direction.
- Nothing else: records, thresholds, factors ("triple"), spreads whose sign flips, Fed claims,
  levels read on an intraday extreme, figures written as words: None.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

from capscope.claims.lexicon import CARDINALS, ORDINALS, matches
from capscope.claims.model import (
    CheckedClaim,
    Claim,
    ClaimKind,
    Direction,
    Evidence,
    Hedge,
    Quantity,
    TimeExpr,
    TimeKind,
    Unit,
    Verdict,
)
from capscope.claims.verifiers._base import pick, signed_claim

#: direction words and their opposite within the same verb family (lower case; a capital is kept)
FLIPS: dict[str, str] = {
    "rose": "fell", "fell": "rose", "rise": "fall", "fall": "rise", "rises": "falls",
    "falls": "rises", "rising": "falling", "falling": "rising", "risen": "fallen",
    "fallen": "risen",
    "gained": "dropped", "dropped": "gained", "gain": "drop", "drop": "gain", "gains": "drops",
    "drops": "gains", "gaining": "dropping", "dropping": "gaining", "lost": "gained",
    "declined": "advanced", "advanced": "declined", "decline": "advance", "advance": "decline",
    "declines": "advances", "advances": "declines", "declining": "advancing",
    "advancing": "declining",
    "slid": "climbed", "climbed": "slid", "slide": "climb", "climb": "slide", "slides": "climbs",
    "climbs": "slides", "sliding": "climbing", "climbing": "sliding",
    "up": "down", "down": "up", "higher": "lower", "lower": "higher",
    "increased": "decreased", "decreased": "increased", "added": "lost",
}
_FLIP_RE = re.compile(r"\b(" + "|".join(sorted(FLIPS, key=len, reverse=True))
                      + r")\b(?!\s+(?:to|from)\b)", re.IGNORECASE)

# the number inside a quantity's raw words: an optional sign, an optional dollar, the digits
_NUMBER_RE = re.compile(r"(?P<sign>[-+\u2212])?(?P<cur>\$)?(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)")

_RAISE = (Hedge.NEARLY, Hedge.JUST_UNDER, Hedge.LESS_THAN, Hedge.AT_MOST)
_LOWER = (Hedge.MORE_THAN, Hedge.JUST_OVER, Hedge.AT_LEAST)
_NEAREST = (Hedge.EXACT, Hedge.ABOUT, Hedge.AS_MUCH_AS)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec.")
_MONTH_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|"
                       r"Oct|Nov|Dec)\.?)(?![a-z])", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY_RE = re.compile(r"(?<=[\s.])(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[,.]?\d{3})")

_Edit = tuple[int, int, str]  # (start, end, words) inside the claim's text


def should_read(checked: CheckedClaim) -> str | None:
    """The claim's words as the data says they should read, or None.

    Only for contradicted and imprecise claims; None when no faithful wording can be built.
    """
    if checked.verdict not in (Verdict.CONTRADICTED, Verdict.IMPRECISE):
        return None
    c = checked.claim
    try:
        edits = _edits(c, checked.evidence)
    except (ValueError, ArithmeticError, InvalidOperation, TypeError, KeyError):
        return None
    if not edits:
        return None
    return _apply(c.text, edits)


def corrected(text: str, checked: CheckedClaim) -> str | None:
    """``text`` (the normalised article the claim's span refers to) with the claim's phrase
    replaced by :func:`should_read`'s wording, or None when there is none."""
    words = should_read(checked)
    if words is None:
        return None
    span = checked.claim.span
    if text[span.start:span.end] != checked.claim.text:
        return None
    return text[:span.start] + words + text[span.end:]


def _apply(text: str, edits: list[_Edit]) -> str | None:
    edits = sorted(set(edits))
    for (_, a_end, _), (b_start, _, _) in zip(edits, edits[1:], strict=False):
        if b_start < a_end:
            return None  # two changes to the same words: not one faithful wording
    out = text
    for start, end, words in reversed(edits):
        out = out[:start] + words + out[end:]
    return out if out != text else None


def _edits(c: Claim, evidence: list[Evidence]) -> list[_Edit] | None:
    ev = evidence[0] if evidence else None
    if ev is None:
        return None
    if c.kind in (ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE):
        return _since_edits(c, evidence)
    if c.kind is ClaimKind.STREAK:
        return _streak_edits(c, ev)
    if ev.claimed in ("up", "down") and c.kind in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN):
        # a direction with no figure ("the index fell on Tuesday"): the data moved the other way
        moved = float(str(ev.found).rstrip("%"))
        return _flip_edits(c, []) if moved != 0 and (moved > 0) != (ev.claimed == "up") \
            else None
    figures = _figures(c, ev)
    if not figures:
        return None
    return _figure_edits(c, figures)


# ---- which data value each stated figure was compared with ---------------------------------

_Figure = tuple[Quantity, float, bool]  # the quantity, the data's value, whether it is signed


def _figures(c: Claim, ev: Evidence) -> list[_Figure] | None:
    """Each stated number the verifier compared, with the value it was compared with, read off
    the evidence the way the verifier filled it in; None when one of them cannot be placed."""
    v, stat = ev.values, ev.statistic
    if stat == "capscope.stats.moves.move" and c.kind is ClaimKind.DAY_MOVE:
        return _day_move_figures(c, ev)
    if stat == "capscope.stats.moves.move" and c.kind is ClaimKind.CLOSE_LEVEL:
        q = next((q for q in c.quantities if q.unit in (Unit.NUMBER, Unit.USD, Unit.POINTS)), None)
        if q is None or q.unit is Unit.POINTS or c.details.get("reference") or \
                c.details.get("intraday") or "close" not in v:
            return None  # a record level, an intraday extreme, "points" that may be a move
        return [(q, float(v["close"]), False)]
    if stat == "capscope.stats.moves.move" and c.kind is ClaimKind.DISTANCE_FROM_RECORD:
        q = pick(c.quantities, Unit.PCT, Unit.PP)
        below = v.get("pct_below")
        if q is None or below is None or below > 0 or c.details.get("state"):
            return None
        return [(q, -float(below), False)]
    if stat == "capscope.stats.returns.period_return":
        out: list[_Figure] = []
        pct, pts = pick(c.quantities, Unit.PCT), pick(c.quantities, Unit.POINTS)
        if pct is not None:
            out.append((pct, float(v["return_pct"]), True))
        if pts is not None:
            out.append((pts, float(v["end_close"]) - float(v["start_close"]), True))
        return out or None
    if stat == "capscope.stats.extremes.max_drawdown_in":
        q = pick(c.quantities, Unit.PCT)
        return [(q, float(ev.found), True)] if q is not None and isinstance(ev.found, float) \
            else None
    if stat == "capscope.stats.returns.compare_returns" and c.kind is ClaimKind.RELATIVE_RETURN:
        if c.details.get("factor") is not None or pick(c.quantities, Unit.FACTOR) is not None:
            return None
        spread = c.quantity("spread") or pick(c.quantities, Unit.PP, Unit.POINTS)
        if spread is None or "difference_pp" not in v:
            return None
        return [(spread, float(v["difference_pp"]), True)]
    return None


def _day_move_figures(c: Claim, ev: Evidence) -> list[_Figure] | None:
    v = ev.values
    pct = pick(c.quantities, Unit.PCT, roles=("move", "change"))
    if pct is not None and ev.claimed == pct.raw and ev.found is not None and \
            ev.found == v.get("close"):
        return None  # a yield's level, not a change
    pts = pick(c.quantities, Unit.POINTS, roles=("move", "change")) or next(
        (q for q in c.quantities if q.unit is Unit.USD and q.role in ("move", "change")), None)
    level = next((q for q in c.quantities if q.role in ("level", "close")
                  and q.unit in (Unit.NUMBER, Unit.USD)), None)
    side = next((s for s in ("high", "low") if f"intraday_{s}" in v), None)
    if c.details.get("intraday") and side is None and pct is None:
        return None  # the points were read on an extreme the evidence does not hold
    if "change_pct" not in v or v["change_pct"] is None:
        return None
    out: list[_Figure] = []
    if pct is not None:
        out.append((pct, float(v[f"intraday_{side}_pct"] if side else v["change_pct"]), True))
    if pts is not None:
        moved = (float(v[f"intraday_{side}"]) - float(v["previous_close"]) if side
                 else float(v["change_points"]))
        out.append((pts, moved, True))
    if level is not None:
        out.append((level, float(v["close"]), False))
    return out or None


# ---- rewriting numbers ------------------------------------------------------------------------

def _figure_edits(c: Claim, figures: list[_Figure]) -> list[_Edit] | None:
    edits: list[_Edit] = []
    flip = False
    for q, actual, signed in figures:
        if q.word:
            return None
        where = _locate(c, q)
        if where is None:
            return None
        claimed = signed_claim(q, c.direction) if signed else abs(q.value)
        said = q.sign or (-1 if c.direction in (Direction.DOWN, Direction.UNDERPERFORM) else
                          1 if c.direction in (Direction.UP, Direction.OUTPERFORM) else 0)
        if signed and said and actual != 0 and (said > 0) != (actual > 0):
            if c.kind is ClaimKind.RELATIVE_RETURN:
                return None  # "outperformed by" turned round: no verb family to flip within
            flip = True
        value = abs(actual)
        if matches(abs(claimed), q.hedge, value, decimals=q.decimals, word=q.word):
            continue
        new = _number_edits(c, q, where, value)
        if new is None:
            return None
        edits.extend(new)
    if flip:
        flipped = _flip_edits(c, figures)
        if flipped is None:
            return None
        edits.extend(flipped)
    return edits


def _locate(c: Claim, q: Quantity) -> int | None:
    """Where ``q.raw`` starts inside the claim's text (by span, else a unique occurrence)."""
    at = q.span.start - c.span.start
    if at >= 0 and c.text[at:at + len(q.raw)] == q.raw:
        return at
    if c.text.count(q.raw) == 1:
        return c.text.index(q.raw)
    return None


def _number_edits(c: Claim, q: Quantity, at: int, value: float) -> list[_Edit] | None:
    m = _NUMBER_RE.search(q.raw)
    if m is None or value == 0:
        return None
    got = _rounded(value, q.decimals, q.hedge)
    if got is None:
        return None
    number, decimals, hedge = got
    digits = m.group("num")
    int_digits = digits.split(".")[0]
    commas = "," in digits or len(int_digits.replace(",", "")) < 4
    text = f"{number:,.{decimals}f}" if commas else f"{number:.{decimals}f}"
    edits: list[_Edit] = [(at + m.start("num"), at + m.end("num"), text)]
    if hedge is not q.hedge:
        drop = _hedge_span(c.text, q, at)
        if drop is None:
            return None
        edits.append(drop)
    return edits


def _rounded(value: float, decimals: int, hedge: Hedge) -> tuple[Decimal, int, Hedge] | None:
    """The figure to state for ``value`` (absolute) at ``decimals`` under ``hedge``: rounded
    toward the side the hedge points to, or to the nearest with the hedge dropped when the
    hedge's tolerance does not cover it; None when neither is true of the value."""
    x = Decimal(repr(round(value, 10)))
    d = decimals
    while d < 2 and x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP) == 0:
        d += 1
    unit = Decimal(1).scaleb(-d)
    tries: list[tuple[Decimal, Hedge]] = []
    if hedge in _RAISE:
        tries.append((x.quantize(unit, rounding=ROUND_CEILING), hedge))
    elif hedge in _LOWER:
        tries.append((x.quantize(unit, rounding=ROUND_FLOOR), hedge))
    elif hedge in _NEAREST:
        tries.append((x.quantize(unit, rounding=ROUND_HALF_UP), hedge))
    tries.append((x.quantize(unit, rounding=ROUND_HALF_UP), Hedge.EXACT))
    for number, h in tries:
        if number > 0 and matches(float(number), h, value, decimals=d):
            return number, d, h
    return None


def _hedge_span(text: str, q: Quantity, at: int) -> _Edit | None:
    """The hedge's words next to the number (with their space), to drop them."""
    if not q.hedge_text:
        return None
    before = re.search(r"(?:^|(?<=\W))" + re.escape(q.hedge_text) + r"\s+(?:an?\s+|the\s+)?$",
                       text[:at], re.IGNORECASE)
    if before is not None:
        return before.start(), at, ""
    end = at + len(q.raw)
    after = re.match(r"\s*" + re.escape(q.hedge_text) + r"\b", text[end:], re.IGNORECASE)
    if after is not None:
        return end, end + after.end(), ""
    return None


def _flip_edits(c: Claim, figures: list[_Figure]) -> list[_Edit] | None:
    """The direction turned round: a written sign, else the direction words of the claim."""
    signs = []
    for q, _, signed in figures:
        at = _locate(c, q)
        m = _NUMBER_RE.search(q.raw)
        if signed and at is not None and m is not None and m.group("sign"):
            s = m.group("sign")
            signs.append((at + m.start("sign"), at + m.end("sign"), "+" if s != "+" else "-"))
    if signs:
        return signs
    words = [(m.start(1), m.end(1), _case_like(m.group(1), FLIPS[m.group(1).lower()]))
             for m in _FLIP_RE.finditer(c.text)]
    return words or None


def _case_like(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


# ---- "since" dates ----------------------------------------------------------------------------

_SINCE_KEYS = ("since_date", "previous_as_large", "previously_above_on")


def _since_edits(c: Claim, evidence: list[Evidence]) -> list[_Edit] | None:
    s = c.since
    if s is None or s.span is None or s.kind not in (TimeKind.DAY, TimeKind.MONTH, TimeKind.YEAR):
        return None
    if c.details.get("lookback") or c.details.get("ever"):
        return None
    found = _since_found(c, evidence)
    if found is None:
        return None
    at = s.span.start - c.span.start
    if at < 0 or c.text[at:at + len(s.raw)] != s.raw:
        return None
    words = _date_like(s.raw, s, found)
    if words is None:
        return None
    return [(at, at + len(s.raw), words)]


def _since_found(c: Claim, evidence: list[Evidence]) -> tuple[int, int, int] | None:
    """The date the data gives for the claim's "since", from the evidence the rule used."""
    import datetime as dt

    measure = str(c.details.get("measure", "close") or "close")
    key = {"close": "since_date", "": "since_date", "day_move": "previous_as_large",
           "week_move": "previous_as_large", "month_move": "previous_as_large",
           "quarter_move": "previous_as_large", "level": "previously_above_on"}.get(measure)
    if key is None:
        return None
    ev = next((e for e in evidence if e.values.get(key)), None)
    if ev is None:
        return None
    if key == "since_date" and ev.values.get("is_record"):
        return None
    if key == "previously_above_on":
        session = next((e.values.get("session") for e in evidence if e.values.get("session")), None)
        if not ev.values.get("breakout_date") or ev.values["breakout_date"] != session:
            return None  # the run above began before the day: a date would not mend it
    day = dt.date.fromisoformat(str(ev.values[key]))
    return day.year, day.month, day.day


def _date_like(raw: str, since: TimeExpr, date: tuple[int, int, int]) -> str | None:
    """``date`` written in the shape of ``raw`` ("since January 2022", "since 2021",
    "since Oct. 9, 2023"), at the granularity of ``since``; a year is added to a month or a
    date written without one only when the data's year is another."""
    year, month, day = date
    if since.kind is TimeKind.YEAR:
        m = _YEAR_RE.search(raw)
        return None if m is None else raw[:m.start()] + str(year) + raw[m.end():]
    mm = _MONTH_RE.search(raw)
    if mm is None:
        return None
    month_words = _month_like(mm.group(1), month)
    ym = _YEAR_RE.search(raw, mm.end())
    with_year = ym is not None or year != since.year
    if since.kind is TimeKind.MONTH:
        tail = raw[ym.end():] if ym is not None else raw[mm.end():]
        return f"{raw[:mm.start()]}{month_words}{f' {year}' if with_year else ''}{tail}"
    dm = _DAY_RE.search(raw, mm.end())
    if dm is None:
        return None
    end = ym.end() if ym is not None else dm.end()
    return f"{raw[:mm.start()]}{month_words} {day}{f', {year}' if with_year else ''}{raw[end:]}"


def _month_like(model: str, month: int) -> str:
    """The month's name spelled as ``model`` was: in full, AP-abbreviated ("Sept."), or short."""
    full = _MONTHS[month - 1]
    if model.rstrip(".").lower() in (m.lower() for m in _MONTHS):
        words = full
    elif model.endswith("."):
        words = _AP_MONTHS[month - 1]
    else:
        words = full[:3]
    return words.upper() if model.isupper() and len(model) > 1 else words


# ---- streak lengths ---------------------------------------------------------------------------

_ORDINAL_WORDS = {n: w for w, n in ORDINALS.items()}
_CARDINAL_WORDS = {n: w for w, n in CARDINALS.items()
                   if w not in ("a", "an", "single", "dozen", "a dozen", "zero")}


def _streak_edits(c: Claim, ev: Evidence) -> list[_Edit] | None:
    d = c.details
    unit = str(d.get("unit", "session") or "session")
    if c.quantity("threshold") is not None or d.get("threshold") or d.get("relative") or \
            unit not in ("session", "day") or c.since is not None or c.hedge is not Hedge.EXACT:
        return None
    sessions, direction = ev.values.get("streak_sessions"), ev.values.get("streak_direction")
    q = pick(c.quantities, Unit.COUNT)
    if q is None or sessions is None or int(sessions) < 2 or d.get("length") is None:
        return None
    want = "down" if c.direction is Direction.DOWN else "up"
    if direction != want or int(sessions) == int(d["length"]):
        return None
    hits = [m for m in re.finditer(r"\b" + re.escape(q.raw) + r"\b", c.text, re.IGNORECASE)]
    if len(hits) != 1:
        return None
    m = hits[0]
    words = _count_like(q.raw, int(sessions))
    if words is None:
        return None
    edits: list[_Edit] = [(m.start(), m.end(), words)]
    art = re.search(r"\b(an?)\s+$", c.text[:m.start()], re.IGNORECASE)
    if art is not None:
        new = "an" if _vowel_sound(words) else "a"
        edits.append((art.start(1), art.end(1), _case_like(art.group(1), new)))
    return edits


def _count_like(raw: str, n: int) -> str | None:
    from capscope.claims.verifiers.streaks import ordinal

    low = raw.lower()
    if low in ORDINALS:
        words = _ORDINAL_WORDS.get(n, ordinal(n))
    elif re.fullmatch(r"\d+(?:st|nd|rd|th)", low):
        words = ordinal(n)
    elif low in CARDINALS:
        words = _CARDINAL_WORDS.get(n, str(n))
    elif low.isdigit():
        words = str(n)
    else:
        return None
    return _case_like(raw, words)


def _vowel_sound(word: str) -> bool:
    w = word.lower()
    return w[:1] in "aeiou" or bool(re.match(r"(?:8|11|18)(?:\D|$)|8\d", w))


__all__ = ["FLIPS", "corrected", "should_read"]
