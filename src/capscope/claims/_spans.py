"""Greedy matching of several patterns over one sentence without overlapping spans."""

from __future__ import annotations

import re
from collections.abc import Iterator


def free_matches(rx: re.Pattern[str], text: str,
                 taken: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Matches of ``rx`` in ``text`` that overlap no span in ``taken``.

    ``taken`` is read at every match, so a caller that accepts a match appends its span and
    later matches (of this pattern or the next) skip it: earlier rules win.
    """
    for m in rx.finditer(text):
        s, e = m.span()
        if not any(s < b and a < e for a, b in taken):
            yield m
