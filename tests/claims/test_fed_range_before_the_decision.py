"""The range in force before a decision, stated beside the new one: "cut its target for the
federal funds rate to 5 percent from 5.25 percent", "lowered its key rate to 3.5% from 4.25%",
"to a range of 1.50% to 1.75% from 1.75% to 2%", "raised rates from 4.75% to 5%".

The targets are the FOMC's published ones (hand-checked): the intermeeting cut of 1998-10-15
(5.25% -> 5.00%), the emergency cut of 2008-01-22 (4.25% -> 3.50%), the cut of 2019-10-30
(1.75-2.00% -> 1.50-1.75%) and the hike of 2000-02-02 (5.50% -> 5.75%). Each sentence is also
written with a wrong range before, which must not be supported.
"""

from __future__ import annotations

import datetime as dt

import pytest

from capscope.claims.check import check_text


def _decisions(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation)
            for i in check_text(text, dt.date.fromisoformat(day)).items if i.claim.kind.value == "fed_decision"]


@pytest.mark.parametrize(("day", "right", "wrong"), [
    ("1998-10-15", "The Fed cut its target for the federal funds rate to 5 percent from 5.25 percent on Thursday.",
     "The Fed cut its target for the federal funds rate to 5 percent from 5.5 percent on Thursday."),
    ("2008-01-22", "The Fed lowered its key rate to 3.5% from 4.25% on Tuesday.",
     "The Fed lowered its key rate to 3.5% from 3.75% on Tuesday."),
    ("2019-10-30", "The Fed lowered the rate to a range of 1.50% to 1.75% from 1.75% to 2% on Wednesday.",
     "The Fed lowered the rate to a range of 1.50% to 1.75% from 2% to 2.25% on Wednesday."),
    ("2000-02-02", "The Federal Reserve raised interest rates from 5.5% to 5.75% on Wednesday.",
     "The Federal Reserve raised interest rates from 5.25% to 5.75% on Wednesday."),
])
def test_the_range_before_is_checked(day, right, wrong):
    got = _decisions(right, day)
    assert [v for _, v, _ in got] == ["supported"], got
    assert " from " in got[0][0] or got[0][0].startswith("from"), got
    got = _decisions(wrong, day)
    assert got and got[0][1] != "supported", got


def test_a_range_of_odds_is_no_range_before():
    text = ("Attention now turns to the FOMC meeting scheduled for December 9-10; market-based gauges put the "
            "probability of at least a 25-basis-point cut high, with estimates ranging from 80% to 89%.")
    got = _decisions(text, "2025-12-04")
    assert all("from 80%" not in t for t, _, _ in got), got
    assert all(" 89%" not in why and "from 0.80" not in why for _, _, why in got), got


def test_a_rate_near_zero_is_the_zero_bound_range():
    # the target has been 0-0.25% from 2008-12-16 to 2015-12-16 and from 2020-03-15 to 2022-03-16
    got = _decisions("The Federal Reserve kept its key short-term interest rate near zero on Wednesday.",
                     "2009-09-23")
    assert [(t.endswith("near zero"), v) for t, v, _ in got] == [(True, "supported")], got
    got = _decisions("The Fed cut interest rates to near zero on Sunday.", "2020-03-16")
    assert [v for _, v, _ in got] == ["supported"], got
    # 2007-09-18: a cut to 4.75%, far from zero
    got = _decisions("The Fed cut interest rates to near zero on Tuesday.", "2007-09-18")
    assert got and got[0][1] != "supported", got


def test_a_pledge_to_keep_rates_near_zero_is_not_a_range_stated():
    got = _decisions("The Fed said it would keep rates near zero into 2023.", "2020-09-16")
    assert all(not t.endswith("near zero") for t, _, _ in got), got
