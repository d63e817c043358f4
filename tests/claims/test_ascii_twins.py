"""The ASCII fast path of the extractor's patterns finds exactly what the patterns find.

``_spans.for_text`` swaps a pattern for its ``re.ASCII`` twin on plain ASCII text. Every pattern
the extractor scans with that way is compared here with its Unicode original, on generated
ASCII sentences built from the words that make and break claims, and the separators
U+001C-U+001F (where the two modes differ) are shown to keep the original.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.claims import _spans, entities, quantities, timexpr
from capscope.claims.grammar import price_moves as market

PATTERNS = ([rx for _, rx in timexpr._COMPILED] + [rx for _, rx in quantities._RULES]
            + [entities._ALIAS_RE, market._MOVE_VERB])
WORDS = ["The", "Russell", "2000", "S&P", "500", "rose", "fell", "jumped", "3.5%", "-1.2%", "+0.4%", "$240-$245",
         "25", "basis", "points", "bps", "percent", "per", "cent", "on", "Tuesday", "since", "Jan.", "5,", "2024",
         "last", "month", "over", "the", "past", "three", "weeks", "year-to-date", "YTD", "Q3", "first", "half",
         "small-cap", "IWM", "Nasdaq", "Dow", "twice", "triple", "x", "times", "early", "late", "mid-2022", "in",
         "2019's", "10/15/2024", "2024-10-15", "_", "-", ",", ".", "(", ")", "'", "\t", "\n", "  ", "gains", "of"]


def _spans_of(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), st.sampled_from([" ", "", "-", "  "]))
def test_twins_match_like_the_patterns_on_ascii_text(words, sep):
    text = sep.join(words)
    assert _spans.plain_ascii(text)
    for rx in PATTERNS:
        twin = _spans.ascii_twin(rx)
        assert twin is not rx
        assert _spans_of(twin, text) == _spans_of(rx, text), rx.pattern[:80]


def test_twin_is_used_only_where_the_modes_agree():
    rx = re.compile(r"rose\s+\d")
    # a pattern serves its first scans itself, then hands over to its twin
    assert all(_spans.for_text(rx, "rose 3") is rx for _ in range(_spans.TWIN_AFTER))
    assert _spans.for_text(rx, "rose 3") is _spans.ascii_twin(rx) is not rx
    assert _spans.for_text(rx, "rose\x1d3") is rx  # Unicode \s matches U+001D, ASCII \s does not
    assert rx.search("rose\x1d3") and not _spans.ascii_twin(rx).search("rose\x1d3")
    assert _spans.for_text(rx, "ros\u00e9 3") is rx  # not ASCII
