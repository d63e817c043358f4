"""Move one printed figure of a note beyond its rounding (test helper)."""

from __future__ import annotations

from capscope.brief.compose import Brief
from capscope.brief.phrasing import Figure

_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec."]
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def moved(fig: Figure) -> str | None:
    """The figure's text moved well beyond its rounding band, or None for one not moved."""
    t = fig.text
    if fig.kind in ("pct", "pp"):
        digits = t.rstrip("%")
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        x, unit = float(digits), 10 ** -decimals
        # down a fifth and three units of the last digit (up when that would cross zero): a
        # smaller fall is never the peak-to-trough reading of a fall over a period
        new = x * 0.8 - 3 * unit if x * 0.8 - 3 * unit >= unit else x * 1.25 + 3 * unit
        return f"{new:.{decimals}f}" + ("%" if t.endswith("%") else "")
    if fig.kind == "close":
        return f"{float(t.replace(',', '')) * 0.98:,.2f}"
    if fig.kind == "date" and t.split(" ")[0] in _MONTHS:  # a month later
        parts = t.replace(",", "").split(" ")
        m = _MONTHS.index(parts[0])
        day = min(int(parts[1]), 28)
        if len(parts) == 3:
            year = int(parts[2]) + (m == 11)
            return f"{_MONTHS[(m + 1) % 12]} {day}, {year}"
        return f"{_MONTHS[(m + 1) % 12]} {day}"
    if fig.kind == "count" and t in _WORDS:
        return _WORDS[_WORDS.index(t) + 1] if t != "nine" else "12"
    if fig.kind == "count" and t.replace(",", "").isdigit():  # exact counts: off by one is wrong
        x = int(t.replace(",", ""))
        return f"{x - 1:,}" if x > 1 else f"{x + 1:,}"
    return None


def perturbed(brief: Brief, k: int) -> tuple[str, int, str] | None:
    """The note with its k-th movable figure (mod their number) moved: (text, offset, new)."""
    spots = []
    at = 0
    for s in brief.sentences:
        spots += [(at + f.start, f) for f in s.figures if moved(f) is not None]
        at += len(s.text) + 1
    if not spots:
        return None
    off, fig = spots[k % len(spots)]
    new = moved(fig)
    assert new is not None and new != fig.text
    text = brief.text
    assert text[off:off + len(fig.text)] == fig.text
    return text[:off] + new + text[off + len(fig.text):], off, new
