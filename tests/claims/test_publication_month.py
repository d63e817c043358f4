"""A publication known only to its month: the month's days, its limits, and the feed's rows."""

from __future__ import annotations

import datetime as dt

import pandas as pd
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


def _dow_session(day: str) -> tuple[float, float, float]:
    """The Dow's close on ``day`` and its change from the session before, in points and percent,
    straight from the stored rows."""
    import capscope

    close = capscope.bars("DJI")["close"]
    i = close.index.get_loc(pd.Timestamp(day))
    now, before = float(close.iloc[i]), float(close.iloc[i - 1])
    return now, now - before, (now / before - 1) * 100


def _verdicts(text: str, month: str) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, month).items}


def test_figures_that_hold_together_on_one_day_date_a_month_stamped_piece():
    # Wednesday 2017-08-02 (the Dow's first close above 22,000): read as published on Aug. 1 the
    # "Wednesday" is July 26, on Aug. 31 it is Aug. 30; the three figures hold together only when
    # "Wednesday" is Aug. 2, as it is for a piece published Aug. 2 to Aug. 8
    close, points, pct = _dow_session("2017-08-02")
    text = (f"The Dow Jones industrial average rose {points:.2f} points, or {pct:.2f}%, on Wednesday "
            f"to close at {close:,.2f}.")
    got = _verdicts(text, "2017-08")
    assert sorted(got.values()) == ["supported"] * 3, got
    # counted on the calendar: "Wednesday" is Aug. 2 for a piece published Wed. Aug. 2 to Tue. Aug. 8
    report = check_text(text, "2017-08")
    assert all("read as published on 2017-08-02 to 2017-08-08" in i.checked.explanation
               for i in report.items), [i.checked.explanation for i in report.items]


def test_a_figure_the_fitted_day_refutes_is_no_alarm():
    close, points, pct = _dow_session("2017-08-02")
    text = (f"The Dow Jones industrial average rose {points:.2f} points, or {pct:.2f}%, on Wednesday "
            f"to close at {close * 1.05:,.2f}.")
    got = _verdicts(text, "2017-08")
    assert got == {f"rose {points:.2f} points": "supported", f"{pct:.2f}%": "supported",
                   f"to close at {close * 1.05:,.2f}": "unverifiable"}, got


def test_one_figure_alone_does_not_date_the_piece():
    close, _, _ = _dow_session("2017-08-02")
    got = _verdicts(f"The Dow Jones industrial average closed at {close:,.2f} on Wednesday.", "2017-08")
    assert list(got.values()) == ["unverifiable"], got
