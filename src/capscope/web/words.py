"""Request validation errors in words a dashboard user can act on.

Pydantic says "String should have at least 1 character" about ``text``; the person who pressed
Check with an empty box needs "paste an article first". Each known (field, error type) pair has
a sentence; anything else is phrased from the field's name and pydantic's own limit.
"""

from __future__ import annotations

from typing import Any

# (field, pydantic error type) -> (message, hint)
_KNOWN: dict[tuple[str, str], tuple[str, str]] = {
    ("text", "string_too_short"): ("paste an article first",
                                   "the text of a market story, e.g. 'The Russell 2000 rose "
                                   "3.5% on Tuesday.'"),
    ("text", "missing"): ("paste an article first", "send {\"text\": \"...\"}"),
    ("text", "string_too_long"): ("the article is too long to check at once",
                                  "paste one article (at most 200,000 characters)"),
    ("days", "missing"): ("say how many sessions a streak must last", "e.g. days=5"),
}
_FIELD_NAMES = {"asof": "the as-of date", "on": "the date", "published": "the publication date",
                "days": "the number of sessions", "min_pct": "the minimum move",
                "min_length": "the minimum streak length", "meetings": "the number of meetings",
                "symbol": "the symbol", "window": "the window", "lookback": "the lookback",
                "pair": "the pair", "direction": "the direction"}


def in_words(error: dict[str, Any]) -> tuple[str, str]:
    """(message, hint) for one of pydantic's errors (``RequestValidationError.errors()[0]``)."""
    loc = [str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path")]
    field = loc[-1] if loc else "input"
    kind = str(error.get("type", ""))
    if (field, kind) in _KNOWN:
        return _KNOWN[(field, kind)]
    name = _FIELD_NAMES.get(field, field.replace("_", " "))
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"{name} is missing", "see /api/docs for the expected parameters"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{name} must be at least {ctx.get('ge', ctx.get('gt'))}", ""
    if kind in ("less_than_equal", "less_than"):
        return f"{name} must be at most {ctx.get('le', ctx.get('lt'))}", ""
    if kind == "string_too_long":
        return f"{name} is too long (at most {ctx.get('max_length')} characters)", ""
    if kind == "string_too_short":
        return f"{name} is empty", "fill it in"
    if kind == "string_pattern_mismatch":
        return f"{name} {error.get('input')!r} is not valid", _hint_for(field)
    if kind in ("int_parsing", "float_parsing", "int_from_float"):
        return f"{name} must be a number, not {error.get('input')!r}", ""
    if kind == "bool_parsing":
        return f"{name} must be true or false", ""
    return f"{name}: {error.get('msg', 'invalid')}", "see /api/docs for the expected parameters"


def _hint_for(field: str) -> str:
    return {"direction": "up or down", "symbol": "a symbol such as RUT, SPX, IWM or SPY"}.get(
        field, "see /api/docs")


__all__ = ["in_words"]
