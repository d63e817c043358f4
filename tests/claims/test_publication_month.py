"""A publication known only to its month: the month's days, its limits, and the feed's rows."""

from __future__ import annotations

import datetime as dt

import pytest

from capscope.claims.check import check_text
from capscope.claims.publication_month import publication_month
from capscope.errors import BadInput
from capscope.feed.job import article_rows, parse_published
from capscope.feed.reader import Article

# off the rows: the Russell 2000 rose 30.99% in Q4 2020 (Sept. 30 -> Dec. 31 closes)
_TEXT = "The Russell 2000 surged more than 26% in Q4. It is up 10% year to date."


def test_the_months_first_and_last_days():
    assert publication_month("2016-09") == (dt.date(2016, 9, 1), dt.date(2016, 9, 30))
    assert publication_month(" 2016-02 ") == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))  # a leap year
    assert publication_month("2016-13") is None and publication_month("2016-09-01") is None
    assert publication_month(dt.date(2016, 9, 1)) is None


@pytest.mark.parametrize("month", ["9999-12", "0000-05", "1699-12"])
def test_a_month_outside_the_supported_dates_is_one_clear_error(month):
    with pytest.raises(BadInput, match="outside the dates capscope supports"):
        check_text(_TEXT, month)


def test_a_feed_row_dated_to_its_month_is_checked_and_keeps_the_month():
    assert parse_published("2021-01") == "2021-01"
    rows = article_rows(Article(record=0, id="a1", text=_TEXT, published="2021-01"))
    claims = {r["claim"]: r["verdict"] for r in rows if r["row_type"] == "claim"}
    assert claims == {"surged more than 26%": "supported", "up 10%": "unverifiable"}
    status = rows[-1]
    assert status["status"] == "ok" and status["published"] == "2021-01"
