"""A level's first crossing, dated: "the average first finished above 10,000 on March 29, 1999",
"The first time the Dow closed above 12,000 was Oct. 19, 2006", "The Nasdaq first reached 1,000
in July 1995, 1,500 in July 1997 and 2,000 in July 1998" (a month: one of its sessions).

The first close at or above each level is found here by brute force over the stored closes;
each sentence is also written with another day or month, which must not be supported.
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _first_close_at_or_above(symbol: str, level: float) -> dt.date:
    close = capscope.bars(symbol)["close"]
    return close[close >= level].index[0].date()


def _standings(text: str, day: str) -> list[tuple[str, str]]:
    return [(i.claim.text, i.verdict.value) for i in check_text(text, dt.date.fromisoformat(day)).items
            if i.claim.kind.value == "highest_since"]


def test_the_first_time_a_level_was_crossed_was_a_day():
    first = _first_close_at_or_above("DJI", 12_000)
    text = "The first time the Dow closed above 12,000 was {d:%b}. {d.day}, {d.year}, and it went on to a record."
    got = _standings(text.format(d=first), "2011-01-28")
    assert [v for _, v in got] == ["supported"], got
    later = first + dt.timedelta(days=1 if first.weekday() < 4 else 3)
    got = _standings(text.format(d=later), "2011-01-28")
    assert got and got[0][1] != "supported", got


def test_first_crossings_listed_by_month():
    months = [_first_close_at_or_above("IXIC", lvl) for lvl in (1_000, 1_500, 2_000)]
    assert [(d.year, d.month) for d in months] == [(1995, 7), (1997, 7), (1998, 7)]
    text = ("The Nasdaq composite first reached 1,000 in {a:%B %Y}, 1,500 in {b:%B %Y} and 2,000 in {c:%B %Y}, "
            "long before the bubble.")
    got = _standings(text.format(a=months[0], b=months[1], c=months[2]), "2000-03-10")
    assert [v for _, v in got] == ["supported"] * 3, got
    wrong = dt.date(months[1].year, months[1].month - 2, 1)
    got = _standings(text.format(a=months[0], b=wrong, c=months[2]), "2000-03-10")
    assert [v for _, v in got][1] != "supported", got


def test_a_year_is_not_read_as_one_of_its_sessions():
    got = _standings("The S&P first broke 1,000 in 1998, 2,000 in 2014 and 3,000 in 2019.", "2024-12-31")
    assert got == [], got
