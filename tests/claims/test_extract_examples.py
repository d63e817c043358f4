"""Both example articles: the full list of claims a careful reader takes from each.

Written by reading the articles (publication dates from the examples README): every sentence with
a checkable figure or market statement, and each opinion, in reading order.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from capscope.claims.extract import extract_claims

ARTICLES = Path(__file__).parent / "examples"  # copies of the project's two example articles


def _article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def _row(c):
    q = [(q.value, q.unit.value, q.hedge.value) for q in c.quantities if q.unit.value != "count"]
    t = (str(c.time.start), str(c.time.end)) if c.time and c.time.start else None
    return (c.kind.value, c.subject.symbol if c.subject else None,
            c.comparison.symbol if c.comparison else None, q, c.direction.value, t,
            str(c.since.start) if c.since else None)


def test_small_caps_on_a_tear():
    claims = extract_claims(_article("small-caps-on-a-tear.txt"), dt.date(2024, 7, 16))
    rows = [_row(c) for c in claims]
    assert rows == [
        # "The Russell 2000 index ... jumped 3.5% on Tuesday" (published Tuesday 2024-07-16)
        ("day_move", "RUT", None, [(3.5, "%", "exact")], "up", ("2024-07-16", "2024-07-16"), None),
        # "... hitting its highest level since January 2022"
        ("highest_since", "RUT", None, [], "up", ("2024-07-16", "2024-07-16"), "2022-01-01"),
        # "fifth time since 1979 that it has had a five-day streak of gains north of 1%"
        ("streak_rarity", "RUT", None, [(1.0, "%", "more_than")], "up", None, "1979-01-01"),
        # "up 12.8% over the last one month" -> 2024-06-16..2024-07-16
        ("period_return", "RUT", None, [(12.8, "%", "exact")], "up", ("2024-06-16", "2024-07-16"), None),
        # "triple the gains in the S&P 500" over the same month
        ("relative_return", "RUT", "SPX", [(3.0, "x", "exact")], "outperform", ("2024-06-16", "2024-07-16"), None),
        # "the rally in small caps could last for more than two months"
        ("forecast", "RUT", None, [], "up", ("2024-07-16", "2024-09-16"), None),
        # "this move could be something like 10 weeks and as much as 40%"
        ("forecast", "RUT", None, [(40.0, "%", "as_much_as")], "up", ("2024-07-16", "2024-09-24"), None),
        # opinions: "I think it is just starting", "typically more sensitive", "could be a boost";
        # between them "bets that the Federal Reserve could cut interest rates soon": the rate
        # outlook markets expect, a forecast
        ("opinion", "RUT", None, [], "unknown", None, None),
        ("forecast", None, None, [], "down", None, None),
        ("opinion", "RUT", None, [], "unknown", None, None),
        ("opinion", "RUT", None, [], "unknown", None, None),
    ]
    assert claims[2].details["occurrence"] == 5 and claims[2].details["length"] == 5
    assert claims[4].details["factor"] == 3
    assert all(c.checkable for c in claims[:7]) and not any(c.checkable for c in claims[7:] if c.kind.value != "forecast")


def test_iwm_highest_since_2021():
    claims = extract_claims(_article("iwm-highest-since-2021.txt"), dt.date(2024, 10, 17))
    rows = [_row(c) for c in claims]
    wed = ("2024-10-16", "2024-10-16")  # "on Wednesday", published Thursday 2024-10-17
    ytd = ("2024-01-01", "2024-10-17")
    assert rows == [
        ("opinion", "RUT", None, [], "unknown", None, None),  # "looking very good right now"
        ("highest_since", "IWM", None, [], "up", wed, "2021-11-01"),
        ("day_move", "IWM", None, [(1.7, "%", "exact")], "up", wed, None),
        ("streak", "IWM", None, [], "up", None, None),  # "four-session winning streak"
        ("distance_from_record", "IWM", None, [(8.0, "%", "less_than")], "down", None, None),
        # "The Fed last month began a rate-cutting cycle with a half-point reduction"
        ("fed_decision", None, None, [(0.5, "pp", "exact")], "down", ("2024-09-01", "2024-09-30"), None),
        ("forecast", None, None, [], "down", None, None),  # "bets on further rate cuts"
        ("rate_probability", None, None, [(92.0, "%", "exact"), (0.25, "pp", "exact")], "down",
         ("2024-11-01", "2024-11-30"), None),
        ("rate_probability", None, None, [(86.0, "%", "exact"), (25.0, "bp", "exact")], "down",
         ("2024-12-01", "2024-12-31"), None),
        # "small caps are still lagging their large-cap counterparts for the year"
        ("relative_return", "RUT", "SPX", [], "underperform", ytd, None),
        ("period_return", "IWM", None, [(13.0, "%", "nearly")], "up", ytd, None),
        ("period_return", "SPX", None, [(22.0, "%", "exact")], "up", ytd, None),  # "in that time"
        ("opinion", "RUT", None, [], "unknown", None, None),  # O'Hara "thinks"
        ("opinion", "RUT", None, [], "unknown", None, None),  # "poised to do well"
        ("opinion", "RUT", None, [], "unknown", None, None),  # "We believe"
        ("opinion", "RUT", None, [], "unknown", None, None),  # "we would expect"
    ]
    streak, fed, p92 = claims[3], claims[5], claims[7]
    assert streak.details["length"] == 4 and streak.details["unit"] == "session"
    assert fed.details == {"action": "cut", "size_bp": 50.0, "first_of_cycle": True}
    assert p92.details["size_bp"] == 25.0 and p92.details["source"] == "FedWatch"
    # the IWM claims name the ETF, never its index
    assert {c.subject.symbol for c in claims[1:5]} == {"IWM"}


@pytest.mark.parametrize("name", ["small-caps-on-a-tear.txt", "iwm-highest-since-2021.txt"])
def test_examples_without_publication_date_flag_relative_times(name):
    claims = extract_claims(_article(name))
    flagged = [c for c in claims if any("unresolved time" in f for f in c.flags)]
    assert flagged and all(c.time.start is None for c in flagged)
