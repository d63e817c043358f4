"""What a superlative measures: "its biggest one-day drop", "its best week", "its highest close".

One reading of the words between a superlative and its "since" (or its "ever"), shared by the
rules that read highs and bests since (``extremes``) and the moves a dated ", when" names
(``price_moves``: "its best week since July 17, 2009, when it rose 6.97%").
"""

from __future__ import annotations

import calendar
import re

_I = re.IGNORECASE

N_SESSIONS = re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:trading[\s-])?"
                         r"(?:day|session)s?\b", _I)


# superlatives of a level ("highest since"), and nouns that name one ("its best level since")
_LEVEL_SUPERLATIVES = frozenset({"highest", "lowest", "top", "bottom", "deepest"})
_LEVEL_NOUN = re.compile(r"\b(?:close|closing|level|levels|finish|high|low|reading|mark|point|peak)\b")


def superlative_measure(mid: str, superlative: str = "highest") -> str:
    """What a superlative measures, from the words between it and its "since" ("its biggest
    one-day point drop", "its best week", "its highest close"): a session's, N sessions', a
    week's, month's, quarter's or year's move, a margin between indexes, a close, or "unnamed"."""
    m = mid.lower()
    n = N_SESSIONS.search(m)
    if n is not None and n.group("n") not in ("1", "one"):
        return "sessions_move"  # "its biggest three-day drop since March": an N-session move
    if re.search(r"\b(?:two|three|four|five|six|nine|twelve|[2-9]|1[0-2])-(?:week|month|quarter|year)\b", m):
        # "its largest two-month percentage gain since 2009": a window of several calendar
        # periods, which no statistic reads (not the month's move)
        return "multi_period_move"
    if re.search(r"\b(?:starts?|opening|beginning)\b", m):
        return "unnamed"  # "its best start to a year since 1998": a period's first weeks, no statistic reads
    if re.search(r"\b(?:reversals?|turnarounds?|comebacks?|swings?|round[- ]trips?)\b", m):
        # "its biggest one-day reversal since August 20": the way back from the session's low
        # (high), not the close-to-close move
        return "intraday_swing"
    if re.search(r"\b(?:margin|gap|spread|outperformance|underperformance|lead|divergence)\b", m):
        return "relative_margin"  # "the largest monthly margin since 2000": one index against another
    if superlative in _LEVEL_SUPERLATIVES and re.search(r"\bclos(?:e|es|ing)\b", m):
        return "close"  # "its lowest daily close since Sept. 30, 2003": a close, whatever period word
    if month_of_year(m) and (_MOVE_NOUN.search(m) or _ONLY_MONTH.fullmatch(m)):
        return "month_move"  # "its biggest December decline since 1931", "its best January": a month's move
    if re.search(r"\b(?:day|session|one-day|daily|single-day|single-session)\b", m):
        return "day_move"
    if re.search(r"\b(?:week|weekly)\b", m):
        return "week_move"
    if re.search(r"\b(?:month|monthly)\b", m):
        return "month_move"
    if re.search(r"\b(?:quarter|quarterly)\b", m):
        return "quarter_move"
    if re.search(r"\b(?:year|annual|yearly)\b", m):
        return "year_move"
    if superlative in _LEVEL_SUPERLATIVES and re.fullmatch(r"\s*(?:closing\s+|intraday\s+)?point", m):
        return "close"  # "closed at its highest point since June 8": a level, not a points move
    if _MOVE_NOUN.search(m):
        return "day_move"  # "the steepest percentage drop since 2002": a move with no period is a day's
    if superlative in _LEVEL_SUPERLATIVES or _LEVEL_NOUN.search(m):
        return "close"
    return "unnamed"  # "its strongest start since 2021", "the biggest since 1991": best at what?


_MONTHS = tuple(name.lower() for name in calendar.month_name[1:])
_MONTH_WORD = re.compile(r"\b(?P<m>" + "|".join(_MONTHS) + r")\b", _I)


_ONLY_MONTH = re.compile(r"\s*(?:" + "|".join(_MONTHS) + r")(?:\s+(?:performance|showing|month))?\s*", _I)


def month_of_year(mid: str) -> int | None:
    """The calendar month a superlative is restricted to ("its biggest December decline", "the
    best October for stocks"): 1-12, or None."""
    found = _MONTH_WORD.search(mid)
    return _MONTHS.index(found.group("m").lower()) + 1 if found is not None else None


_QUARTER_WORD = re.compile(r"\b(?:(?P<w>first|second|third|fourth)|(?P<d>[1-4])(?:st|nd|rd|th))[\s-]+quarter\b|\bQ(?P<q>[1-4])\b",
                           _I)
_QUARTER_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def quarter_of_year(mid: str) -> int | None:
    """The quarter of the year a superlative is restricted to ("its best first quarter since
    1998", "its worst Q4"): 1-4, or None."""
    found = _QUARTER_WORD.search(mid)
    if found is None:
        return None
    return _QUARTER_NUM[found.group("w").lower()] if found.group("w") else int(found.group("d") or found.group("q"))


_MOVE_NOUN = re.compile(r"\b(?:drops?|declines?|loss(?:es)?|falls?|sell-?offs?|slides?|plunges?|"
                        r"routs?|tumbles?|dives?|gains?|rall(?:y|ies)|jumps?|advances?|rises?|"
                        r"surges?|increases?|percentage|point)\b")


__all__ = ["N_SESSIONS", "month_of_year", "quarter_of_year", "superlative_measure"]
