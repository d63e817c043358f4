"""Live coverage: the words that say a figure was taken during the session, not at its close.

"In morning trading", "was dropping 2.1%", "early on Friday", "around noon": a figure in such
coverage is a mid-session price, read against the session's high-low range (see the verifiers),
and "as much as", "at one stage" or "before paring" name the day's extreme. The patterns live
here so the rules that use them (moves, close levels) and the article-wide test share them.
"""

from __future__ import annotations

import functools
import re

from capscope.claims import _spans
from capscope.claims._needs import needs
from capscope.claims.lexicon import SNAPSHOT
from capscope.claims.model import TimeExpr, TimeKind

_I = re.IGNORECASE

# live market coverage: see lexicon.SNAPSHOT (one vocabulary for the grammar and the verifiers)


TIME_OF_DAY = re.compile(r"\b(?:(?:around|at|by|near|before|after)\s+(?:noon|midday|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)|"
                         r"in\s+(?:early|morning|midday|afternoon|late-morning)\s+trading|this\s+morning|"
                         r"(?:Monday|Tuesday|Wednesday|Thursday|Friday)\s+(?:morning|afternoon))", _I)
CLOSE_VERB_AT = re.compile(r"(?:ended|closed|finished|settled)\b", _I)
# the day's extreme, not its close: "as much as", "at one stage", "climbed 2.4% before paring"
INTRADAY_CUE = re.compile(
    # (not "in an intraday trading range of 1.134%": the range is its own figure, not the move's basis)
    r"\bintraday(?![\s-]+(?:trading\s+)?range)|\bas much as|\bat one (?:point|stage|time)\b|\bat (?:its|the) (?:session |intraday |day's )?"
    r"(?:high|low)s?\b|\bbefore (?:paring|trimming|giving back|erasing|fading|pulling back|"
    r"recovering|clawing|rebounding|bouncing|reversing)\b|\bsession (?:high|low|peak|trough)\b|"
    r"\bearlier in the (?:session|day)\b|"
    # "after a low that took it down -117.5 points": the session's low, reached before the close
    r"\b(?:a|its|the)\s+(?:session\s+|intraday\s+)?(?:low|high)\s+(?:that|which)\s+(?:took|put|left|had)\b", _I)


# a turn after a level the index moved to: "tumbled to 3,625 after the announcement, then shot back
# up", "fell to 9,980 before recovering", "only to bounce back": the level was the day's extreme
# (its low after a fall, its high after a rise), passed on the way, not where the session closed
REVERSAL_AFTER = re.compile(
    r"^[^.;:!?]{0,70}?\b(?:before\s+(?:paring|trimming|giving\s+back|erasing|fading|pulling\s+back|recovering|"
    r"clawing|rebounding|bouncing|reversing|recouping|regaining|turning\s+(?:higher|lower|up|down))|"
    r"(?:and\s+)?then\s+(?:shot|bounced|rebounded|recovered|rallied|climbed|jumped|surged|turned|pared|reversed|"
    r"fell|slid|dropped|retreated|sank|tumbled|plunged)\b|only\s+to\s+(?:recover|rebound|bounce|rally|fall|slip|"
    r"retreat|reverse|pare|give\s+back)|"
    # another level the words give as the close: "jumped 39 percent to 48.40, a nearly six-year
    # high, and was at 46.72 at the close", "climbed to 2,480 before closing at 2,451.55"
    r"before\s+(?:closing|ending|finishing|settling)\s+(?:the\s+(?:day|session)\s+)?(?:at|near|around)\s+\$?\d|"
    r"and\s+(?:was|stood|ended|closed|finished|settled)\s+(?:at\s+)?\$?\d[\d,.]*\s+at\s+the\s+(?:close|end\b))", _I)
# a verb of the close; "its all-time closing high" names a reference level, not the close, and
# "hovering close to its peak" is near it
CLOSING_VERB = re.compile(r"\b(?:clos(?:ed|es|ing|e(?!\s+to\b))|end(?:ed|s)?|finish(?:ed|es)?|settl(?:ed|es))\b"
                           r"(?!\s+(?:high|low|record|level|basis|price|peak)s?\b)", _I)


def undated_or_today(time: TimeExpr | None) -> bool:
    """No date, a weekday or "today": the session being reported, not a dated one in a recap
    ("+0.39% on March 25" lists a finished session)."""
    return time is None or time.kind is TimeKind.WEEKDAY or any(
        w in time.raw.lower() for w in ("today", "session", "this morning", "this afternoon", "the day"))


@functools.cache
def _live_words() -> tuple[str, ...]:
    """One of these is in every SNAPSHOT match (lower case), read off the pattern on first use."""
    return needs(SNAPSHOT) or ("",)


# the same pattern in lower case, for lower-cased ASCII text (the pattern has no upper-case class
# escapes such as \S or \W that lower-casing would change): no case folding while scanning
SNAPSHOT_LOWER = re.compile(SNAPSHOT.pattern.lower(), re.ASCII)


def looks_live(text: str) -> bool:
    """Whether an article reports a session in progress (see ``SNAPSHOT``). The whole text is
    asked once per article: on ASCII text, substring tests and then the lower-case pattern on the
    lower-cased text (as ``re.IGNORECASE`` reads ASCII); other text takes the pattern itself."""
    if not _spans.plain_ascii(text):
        return SNAPSHOT.search(text) is not None
    low = text.lower()
    return any(map(low.__contains__, _live_words())) and SNAPSHOT_LOWER.search(low) is not None


# a sentence that reports the day's close ("the S&P 500 closed down 2.9%", "the Dow ended 1.2%
# higher"): the story has reached the close, and its later figures are closes again
CLOSE_REPORTED = re.compile(r"\b(?:closed|ended|finished|settled)\s+(?:the\s+(?:day|session)\s+)?"
                            r"(?:up|down|higher|lower|at|flat|unchanged)\b", _I)


def reports_the_close(text: str) -> bool:
    """Whether a text reports the day's close (see ``CLOSE_REPORTED``)."""
    return CLOSE_REPORTED.search(text) is not None


__all__ = ["CLOSE_REPORTED", "CLOSE_VERB_AT", "CLOSING_VERB", "INTRADAY_CUE", "SNAPSHOT", "TIME_OF_DAY", "looks_live", "reports_the_close",
           "undated_or_today"]
