"""The keyword prefilter of find_times is only a speed-up: with and without it the same phrases.

Sentences are drawn from words that make and break time phrases (month and weekday names,
years, units, prepositions, "the", numbers, punctuation), plus every labelled corpus sentence.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.claims import timexpr

WORDS = ["since", "in", "on", "over", "the", "past", "last", "next", "this", "for", "during", "early",
         "mid", "late", "Jan.", "January", "May", "Sept.", "December", "Monday", "Friday", "2024",
         "1999", "2000", "3", "12", "week", "weeks", "month", "year", "quarter", "Q3", "half", "first",
         "day", "session", "trading", "to", "date", "year-to-date", "YTD", "so", "far", "pandemic",
         "covid", "financial", "crisis", "today", "yesterday", "2024-07-16", "7/16/2024", "time",
         "period", ",", ".", "rose", "3.5%", "after", "before", "ago", "within", "end", "of"]
CORPUS = Path(__file__).parent / "corpus"


def _both(sentence: str) -> tuple[list, list]:
    fast = [(t.raw, t.kind, t.span.start, t.anchor) for t in timexpr.find_times(sentence)]
    saved = timexpr._PREFILTER
    timexpr._PREFILTER = {}
    try:
        slow = [(t.raw, t.kind, t.span.start, t.anchor) for t in timexpr.find_times(sentence)]
    finally:
        timexpr._PREFILTER = saved
    return fast, slow


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_prefilter_changes_nothing_on_generated_sentences(words):
    fast, slow = _both(" ".join(words))
    assert fast == slow


def test_prefilter_changes_nothing_on_the_corpus():
    for name in ("sentences.jsonl", "verdicts.jsonl"):
        for line in (CORPUS / name).read_text().splitlines():
            if line.strip():
                fast, slow = _both(json.loads(line)["text"])
                assert fast == slow
