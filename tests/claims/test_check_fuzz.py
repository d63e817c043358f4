"""Fuzzing the whole checker: any sentence built from market words, numbers and dates, with any
publication date, yields verdicts (or one BadInput), never an unexpected exception."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capscope.claims import check_text
from capscope.claims.model import Verdict
from capscope.errors import BadInput

SUBJECTS = ["The Russell 2000", "Small caps", "IWM", "The S&P 500", "The Nasdaq", "The Dow",
            "The ETF", "The index", "It", "The VIX", "The Fed", "Hanesbrands", "XLF"]
VERBS = ["jumped", "fell", "rose", "slid", "gained", "lost", "closed at", "hit its highest level",
         "is up", "is down", "outperformed the S&P 500 by", "lagged", "cut rates by",
         "broke above", "could rise as much as", "tend to outperform", "faces resistance at"]
NUMBERS = ["3.5%", "0%", "-2%", "1,000 points", "nearly 13%", "more than 99999%", "$240-$245",
           "a half-point", "triple", "92%", "1e308%", "25 basis points", "0.0001%", "five-day",
           "fifth", "2,263.67", "10 weeks"]
TIMES = ["on Tuesday", "on Monday", "since January 2022", "in 2024", "last month",
         "over the last one month", "since 1979", "early 2022", "late 2021",
         "before the pandemic", "year to date", "in that time", "on Feb. 30, 2024",
         "in November", "since 1850", "in 2099", "over the next 10 weeks", "yesterday", ""]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SUBJECTS), st.sampled_from(VERBS),
                          st.sampled_from(NUMBERS), st.sampled_from(TIMES)),
                min_size=1, max_size=4),
       st.one_of(st.none(), st.dates(min_value=dt.date(1980, 1, 1),
                                     max_value=dt.date(2030, 12, 31))))
def test_checker_never_crashes(parts, published):
    text = " ".join(f"{s} {v} {n} {t}.".replace("  ", " ") for s, v, n, t in parts)
    try:
        report = check_text(text, published)
    except BadInput:
        return
    for item in report.items:
        assert item.verdict in Verdict
        assert "internal error" not in item.checked.explanation, (text, item.checked.explanation)
        if item.verdict is Verdict.UNVERIFIABLE:
            assert item.checked.missing
    assert sum(report.counts.values()) == len(report.items)
    report.to_dict()
