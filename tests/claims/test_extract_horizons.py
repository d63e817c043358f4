"""A past-tense move over "the next year" counts from an event the sentence does not date."""

from __future__ import annotations

import datetime as dt

from capscope.claims.check import check_text
from capscope.claims.extract import extract_claims
from capscope.claims.model import ClaimKind, TimeKind


def test_a_look_back_over_the_next_year_is_left_undated():
    (c,) = extract_claims("Over the next year, the Russell 2000 was down nearly 17%.", dt.date(2020, 11, 24))
    assert c.kind is ClaimKind.PERIOD_RETURN and c.subject.symbol == "RUT"
    assert c.time.kind is TimeKind.FUZZY and c.time.start is None and not c.time.resolved
    (item,) = check_text("Over the next year, the Russell 2000 was down nearly 17%.", dt.date(2020, 11, 24)).items
    assert item.verdict.value == "unverifiable" and "does not date" in item.checked.explanation


def test_a_forecast_over_the_next_year_stays_a_forecast():
    (c,) = extract_claims("The Russell 2000 could fall 10% over the next year.", dt.date(2020, 11, 24))
    assert c.kind is ClaimKind.FORECAST
