"""Pattern matching helpers shared by the extractor: non-overlapping greedy matches, and the
ASCII fast path of a pattern.

Python's ``re`` matches ``\\w``, ``\\b``, ``\\d``, ``\\s`` and case-insensitive letters through
Unicode tables, which costs about a fifth of a scan. Almost every sentence of an English article
is plain ASCII, and on such text a pattern compiled with ``re.ASCII`` finds exactly the same
matches, with one exception: Unicode ``\\s`` also matches the ASCII separators U+001C-U+001F.
So :func:`for_text` hands out the ASCII twin of a pattern for ASCII text free of those four
characters, and the pattern itself for anything else.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

_UNICODE_ONLY_SPACE = re.compile("[\x1c-\x1f]")


# the last text asked about and the answer: the rules of one sentence ask about the same string
# a hundred-odd times, so the separator scan runs once per sentence. One tuple, replaced whole
# (threads never see a text with another text's answer); it holds the text, so an identical id
# is the same string.
_LAST_PLAIN: tuple[str, bool] = ("", True)


def plain_ascii(text: str) -> bool:
    """True when ``re.ASCII`` and Unicode matching agree on ``text`` (see the module doc).
    ``str.isascii`` reads a flag the string keeps; the separator scan is one charset pass."""
    global _LAST_PLAIN
    last = _LAST_PLAIN
    if last[0] is text:
        return last[1]
    plain = text.isascii() and _UNICODE_ONLY_SPACE.search(text) is None
    _LAST_PLAIN = (text, plain)
    return plain


_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
_USES: dict[int, tuple[re.Pattern[str], int]] = {}
#: scans of plain ASCII text a pattern serves itself before :func:`for_text` compiles its twin:
#: compiling costs about what a few hundred faster scans save, so a one-article run (a CLI
#: check) keeps its rarely used patterns as they are, and a batch has every twin within its
#: first articles
TWIN_AFTER = 200


def ascii_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` compiled with ``re.ASCII`` (the same pattern and other flags).

    Kept by the pattern's id, with the pattern itself so that id cannot be reused: hashing a
    compiled pattern hashes its whole program (~9 us), an id costs nothing.
    """
    hit = _TWINS.get(id(rx))
    if hit is None or hit[0] is not rx:
        hit = _TWINS[id(rx)] = (rx, re.compile(rx.pattern, (rx.flags & ~re.UNICODE) | re.ASCII))
    return hit[1]


def for_text(rx: re.Pattern[str], text: str) -> re.Pattern[str]:
    """The fastest form of ``rx`` that matches ``text`` exactly as ``rx`` does: its ASCII twin on
    plain ASCII text once ``rx`` has served ``TWIN_AFTER`` such scans itself."""
    if not plain_ascii(text):
        return rx
    hit = _TWINS.get(id(rx))
    if hit is not None and hit[0] is rx:
        return hit[1]
    uses = _USES.get(id(rx))
    n = uses[1] + 1 if uses is not None and uses[0] is rx else 1
    if n <= TWIN_AFTER:
        _USES[id(rx)] = (rx, n)
        return rx
    return ascii_twin(rx)


@functools.lru_cache(maxsize=64)
def ascii_lower(text: str) -> str | None:
    """The sentence lower-cased when it is ASCII (there str.lower and re.IGNORECASE agree, so a
    rule may skip a sentence lacking its keywords by substring tests), else None: no shortcut."""
    return text.lower() if text.isascii() else None


def overlaps(s: int, e: int, taken: list[tuple[int, int]]) -> bool:
    """Whether [s, e) overlaps a span in ``taken`` (a plain loop: an any() over a generator
    costs more per match, and every scanning loop of the extractor asks this)."""
    for a, b in taken:  # noqa: SIM110 - a generator per match costs more (see the docstring)
        if s < b and a < e:
            return True
    return False


def free_matches(rx: re.Pattern[str], text: str,
                 taken: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Matches of ``rx`` in ``text`` that overlap no span in ``taken``.

    ``taken`` is read at every match, so a caller that accepts a match appends its span and
    later matches (of this pattern or the next) skip it: earlier rules win.
    """
    for m in for_text(rx, text).finditer(text):
        if not overlaps(*m.span(), taken):
            yield m


def enclosing(breaks: Iterable[tuple[int, int]], pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The stretch of [lo, hi) around ``pos`` between the nearest break ending at or before it
    and the nearest starting at or after it (``breaks`` in text order; breaks outside [lo, hi)
    are ignored): a clause, for the grammar and for the gates alike."""
    start, end = lo, hi
    for ms, me in breaks:
        if ms < lo or me > hi:
            continue
        if me <= pos:
            start = me
        elif ms >= pos:
            end = ms
            break
    return start, end

