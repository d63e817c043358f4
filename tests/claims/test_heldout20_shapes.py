"""The shapes behind the false alarms of the twentieth held-back corpora (measured once at
473f49d, the final measure of the eleventh session, then fixed by rule), each on an invented
passage."""

from __future__ import annotations

import datetime as dt

from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def test_the_last_time_it_finished_higher_is_an_earlier_session():
    got = _verdicts("The Russell 2000 fell 1% on Wednesday. The last time the Russell 2000 finished higher was "
                    "March 3.", dt.date(2021, 3, 10))
    assert got["finished higher"] != "contradicted"


def test_an_industry_as_the_subject_is_not_the_index_of_the_sentence_before():
    got = _verdicts("The Russell 2000 rose 1% on Monday. Banks, on a four-week winning streak since the "
                    "election, are trading at their highest levels since early 2008.", dt.date(2016, 12, 5))
    assert got["highest levels since early 2008"] != "contradicted"
