"""A day the stock market did not trade: "Markets were closed Friday in observance of Good
Friday", "U.S. markets had been closed Monday for the Martin Luther King Jr. holiday", "Financial
markets are closed Thursday for New Year's Day", "The markets will be closed on Tuesday, January
2nd, in honor of former President Gerald Ford".

The claim (kind ``market_closed``) is that the NYSE held no session on a day. The day is the one
the words name; the tense places a weekday ("were closed Monday": the last Monday, "will be closed
Tuesday": the next one, "are closed Thursday": the nearer of the two); a holiday named without a
day ("were closed for Labor Day") is that holiday as the exchange kept it, the last one before the
article, or the next one after it for a closure still to come. A bond market's closure is not the
stock market's ("the bond market is closed for Veterans Day"), and is not read.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from capscope.claims.grammar.base import SentenceContext, gated
from capscope.claims.model import ClaimKind, TimeExpr, TimeKind
from capscope.claims.timewindows import resolve_time
from capscope.data.holidays import HOLIDAY_WORDS, holiday_name

_I = re.IGNORECASE

# who was closed, the tense, then up to the end of the clause (a day, a reason)
CLOSED = re.compile(
    r"\b(?P<who>(?:(?:U\.S\.|US|American|New\s+York|the|financial|stock|equity|equities|share)\s+){0,3}"
    r"(?:markets?|exchanges?)|Wall\s+Street|(?:stock\s+)?trading|the\s+(?:NYSE|New\s+York\s+Stock\s+Exchange)|stocks)\s+"
    r"(?P<aux>will\s+(?:be|remain|stay)|were|was|are|is|had\s+been|have\s+been|has\s+been|remain(?:ed|s)?|"
    r"stay(?:ed|s)?)\s+closed\b(?P<rest>[^.;:!?]{0,90})", _I)
# the tense's last word right before "closed" (see _closed_after_tense)
_AUX_END = re.compile(r"\b(?:be|been|remain(?:ed|s)?|stay(?:ed|s)?|were|was|are|is)\s+$")
# another market's closure, not the stock market's
_OTHER_MARKET = re.compile(r"\b(?:bond|treasury|debt|credit|currency|forex|futures|commodit\w+|oil|gold|"
                           r"European|Asian|Japanese|Chinese|London|Tokyo|Hong\s+Kong|overseas|foreign)\s*$", _I)
# the end of the closure's clause: what follows is another statement
_CLAUSE_END = re.compile(r",?\s+(?:and|but|while|as|after|before|when|so|though|although|with)\b|,\s+(?=[a-z]+ed\b)", _I)
_REASON = re.compile(r"\b(?:for|in\s+observance\s+of|in\s+honou?r\s+of|in\s+memory\s+of|because\s+of|to\s+(?:mark|observe|"
                     r"honou?r)|due\s+to|on\s+account\s+of|owing\s+to)\s+(?P<why>[^,]{2,70})", _I)
_HOLIDAY = re.compile(rf"\b(?:{HOLIDAY_WORDS})", _I)
_FUTURE = re.compile(r"^will\b", _I)
_PAST = re.compile(r"^(?:were|was|had|remained|stayed)\b", _I)


@gated(CLOSED)
def market_closures(ctx: SentenceContext) -> None:
    if not _closed_after_tense(ctx.lowered or ctx.text.lower()):  # (the sentence's shared lower-casing)
        return
    for m in CLOSED.finditer(ctx.text):
        if _OTHER_MARKET.search(ctx.text, 0, m.start("who")):
            continue  # ("the bond market was closed": the words before "market" name another one)
        rest_start = m.start("rest")
        cut = _CLAUSE_END.search(m.group("rest"))
        rest_end = rest_start + (cut.start() if cut else len(m.group("rest")))
        tense = "future" if _FUTURE.match(m.group("aux")) else "past" if _PAST.match(m.group("aux")) else "present"
        reason = _REASON.search(ctx.text, rest_start, rest_end)
        why = reason.group("why").strip() if reason else ""
        holiday = _HOLIDAY.search(ctx.text, reason.start("why"), reason.end("why")) if reason else None
        named = holiday_name(holiday.group(0)) if holiday else None
        taken = holiday.span() if holiday else (0, 0)  # the "Friday" of "Good Friday" names no day
        when = next(((i, t) for i, t in enumerate(ctx.times) if i not in ctx.used_t and t.span is not None
                     and rest_start <= ctx.rel(t.span)[0] < rest_end
                     and not taken[0] <= ctx.rel(t.span)[0] < taken[1] and t.kind in (TimeKind.DAY, TimeKind.WEEKDAY)), None)
        day = _day_of(when[1], ctx.state.published, tense) if when is not None else None
        if when is None and named is None:
            continue  # "markets were closed for the holiday": no day to check
        end = max(ctx.rel(when[1].span)[1] if when is not None else rest_start,
                  reason.end() if reason is not None else rest_start)
        details = {"tense": tense, "holiday": named or "", "reason": why}
        if day is not None:
            details["day"] = day.isoformat()
        if when is not None:
            ctx.used_t.add(when[0])
            details["day_words"] = when[1].raw
        ctx.make(ClaimKind.MARKET_CLOSED, m.start(), end, details=details)
        ctx.consumed.append((m.start(), end))


def _closed_after_tense(low: str) -> bool:
    """Whether some "closed" follows a tense's last word ("were closed", "will be closed"): the
    cheap first test of the rule, as most sentences that pass its word gate have "closed" only
    as a close ("the index closed at"); a scan of CLOSED over the sentence costs several times
    more than finding the word and looking at the dozen characters before it."""
    i = low.find("closed")
    while i >= 0:
        if _AUX_END.search(low, max(0, i - 12), i):
            return True
        i = low.find("closed", i + 6)
    return False


def _day_of(t: TimeExpr, published: dt.date | None, tense: str) -> dt.date | None:
    """The day a time phrase names, placed by the tense: a weekday (or a date without its year)
    is the last one on or before publication in the past tense, the next on or after it in the
    future, and the nearer of the two in the present."""
    if published is None:
        return None
    if t.kind is TimeKind.WEEKDAY and t.weekday is not None and not t.part:
        back = published - dt.timedelta(days=(published.weekday() - t.weekday) % 7)
        ahead = published + dt.timedelta(days=(t.weekday - published.weekday()) % 7)
        if tense == "past":
            return back
        if tense == "future":
            return ahead
        return ahead if (ahead - published) <= (published - back) else back
    prefer = "future" if tense == "future" or (tense == "present" and t.kind is TimeKind.DAY and t.year is None) \
        else "past"
    r = resolve_time(copy.copy(t), published, prefer=prefer)
    return r.start if r.start is not None and r.start == r.end else None


__all__ = ["CLOSED", "market_closures"]
