"""Fuzzing the extractor: any text or bytes either yields claims or a one-line BadInput, quickly."""

from __future__ import annotations

import datetime as dt
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capscope.claims.extract import extract_article
from capscope.errors import BadInput

FRAGMENTS = ["The Russell 2000", "IWM", "the S&P 500", "small caps", "it", "the ETF", "the index",
             " jumped ", " fell ", " 3.5%", " 120 points", " $240-$245", " on Tuesday", " since 1979",
             " early 2022", " five-day winning streak", " fifth straight day", " triple the gains in",
             " a 92% probability of a quarter-point cut in November", " could rise as much as 40%",
             " in the 12-24 months after the first cut", " less than 8% away from its all-time high",
             " 1e308%", " 9999999999999999999%", ".", ",", "\n", " ", "<p>", "</p>", "\u2019", "\u00a0",
             " U.S.", " Inc.", " vs.", " (", ")", '"', " tend to outperform", " record high"]


def _run(data, published):
    t0 = time.perf_counter()
    try:
        ex = extract_article(data, published)
    except BadInput as exc:
        assert "\n" not in exc.one_line()
        return
    assert time.perf_counter() - t0 < 5
    for c in ex.claims:
        assert 0 <= c.span.start <= c.span.end <= len(ex.document.text)
        c.to_dict()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60), st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))))
def test_fragment_soup_never_crashes(parts, published):
    _run("".join(parts), published)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text):
    _run(text, None)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash(data):
    _run(data, dt.date(2024, 7, 16))
