"""Article-level cues found in wire and blog copy: a byline's date, the size of a Fed decision
among other figures, a change since Election Day. Values computed from the rows or by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text
from capscope.claims.timewindows import election_day


@pytest.mark.parametrize("byline", ["By Jane Doe | November 12, 2024", "By JANE DOE, Reuters - Nov. 12, 2024",
                                    "By Jane Doe \u2014 Tuesday, November 12, 2024"])
def test_a_bylines_date_is_the_publication_date(byline):
    report = check_text(f"{byline}\n\nThe Russell 2000 rose 1.5% on Monday.")
    assert report.published == dt.date(2024, 11, 12)
    # RUT 2024-11-11 (the Monday before), off the rows: +1.47%
    rut = capscope.bars("RUT")["close"]
    assert round((rut["2024-11-11"] / rut["2024-11-08"] - 1) * 100, 2) == 1.47
    assert [i.verdict.value for i in report.items] == ["supported"]


def test_a_fed_decisions_size_is_its_own_not_an_earlier_spread():
    # FOMC 2024-11-07: -25 bp to 4.50-4.75 (FRED DFEDTARU 5.00 -> 4.75 from 2024-11-08)
    up = capscope.series("DFEDTARU")
    assert (up["2024-11-07"], up["2024-11-08"]) == (5.0, 4.75)
    text = ("That outperformance of almost 4 percentage points came as the Federal Reserve cut its "
            "benchmark rate by a quarter point on Thursday, to a range of 4.5% to 4.75%.")
    got = {i.claim.kind.value: i.verdict.value for i in check_text(text, dt.date(2024, 11, 12)).items}
    assert got["fed_decision"] == "supported"


@pytest.mark.parametrize(("on", "day"), [
    (dt.date(2024, 11, 12), dt.date(2024, 11, 5)), (dt.date(2024, 11, 5), dt.date(2024, 11, 5)),
    (dt.date(2024, 11, 4), dt.date(2022, 11, 8)), (dt.date(2016, 11, 9), dt.date(2016, 11, 8)),
    (dt.date(2021, 3, 1), dt.date(2020, 11, 3)),
])
def test_election_day_is_the_tuesday_after_the_first_monday_of_november(on, day):
    assert election_day(on) == day


def test_a_change_since_election_day_runs_from_its_close():
    # RUT from the 2024-11-05 close (Election Day) to 2024-11-11: +7.70%; from the close before
    # it (11-04) +9.73%, which the words do not name
    rut = capscope.bars("RUT")["close"]
    assert round((rut["2024-11-11"] / rut["2024-11-05"] - 1) * 100, 2) == 7.70
    for words in ("since Election Day", "since the election", "since the presidential election"):
        got = check_text(f"The Russell 2000 has gained 7.7% {words}.", dt.date(2024, 11, 12))
        assert [i.verdict.value for i in got.items] == ["supported"], words
    # no window near it (ending up to three sessions earlier, or based a session either side)
    # gains 2.7%: 11-05 -> 11-12 +5.79%, 11-06 -> 11-12 -0.04%, 11-05 -> 11-07 +5.39%
    assert all(abs((rut[e_] / rut[b_] - 1) * 100 - 2.7) > 0.5 for b_, e_ in (
        ("2024-11-05", "2024-11-12"), ("2024-11-06", "2024-11-12"), ("2024-11-04", "2024-11-12"),
        ("2024-11-05", "2024-11-07"), ("2024-11-05", "2024-11-08"), ("2024-11-05", "2024-11-11")))
    wrong = check_text("The Russell 2000 has gained 2.7% since Election Day.", dt.date(2024, 11, 12))
    assert [i.verdict.value for i in wrong.items] == ["contradicted"]


def test_a_date_line_under_the_headline_is_the_publication_date():
    report = check_text("Is this finally the small-cap moment?\n\nDecember 15, 2023\n\nThe Russell 2000 "
                        "jumped 2.7% on Thursday.")
    assert report.published == dt.date(2023, 12, 15)
    # a date deep in the story is no stamp
    long = "Small caps rallied. " * 40 + "\n\nDecember 15, 2023\n\nThe Russell 2000 jumped 2.7%."
    assert check_text(long).published is None


def test_the_side_of_a_level_is_the_last_direction_word_before_it():
    # RUT 2023-12-14 closed at 2,000.51, its first close above 2,000 since 2023-07-31 (2,003.18)
    rut = capscope.bars("RUT")["close"]
    above = rut[:"2023-12-13"][rut[:"2023-12-13"] > 2000]
    assert rut["2023-12-14"] > 2000 and str(above.index[-1].date()) == "2023-07-31"
    got = check_text("The Russell 2000 has soared 22% from its Oct. 27 low and topped 2,000 on "
                     "Thursday for the first time since July 2023.", dt.date(2023, 12, 15))
    (crossing,) = [i for i in got.items if "first time" in i.claim.text]
    assert crossing.claim.kind.value == "highest_since" and crossing.verdict.value == "supported"
