"""The shapes behind the false alarms of the seventh held-back corpus (measured once, then fixed
by rule), each on an invented passage with values read off the rows."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def test_a_table_of_closes_that_fits_the_storys_day_is_no_alarm_under_another_weekday():
    # Monday 2022-03-07, off the rows: SPX 4,328.87 -> 4,201.09 (-127.78), DJI 33,614.80 ->
    # 32,817.38 (-797.42); the Tuesday before (2022-03-01) closed elsewhere (SPX 4,306.26)
    spx, dji = (capscope.bars(s)["close"] for s in ("SPX", "DJI"))
    assert round(spx["2022-03-07"], 2) == 4201.09 and round(spx["2022-03-04"] - spx["2022-03-07"], 2) == 127.78
    assert round(dji["2022-03-07"], 2) == 32817.38 and round(dji["2022-03-04"] - dji["2022-03-07"], 2) == 797.42
    assert round(spx["2022-03-01"], 2) == 4306.26
    text = ("How major US stock indexes fared Monday. Stocks slumped on Monday as oil jumped.\n\n"
            "On Tuesday, the S&P 500 fell 127.78 points to 4,201.09; the Dow lost 797.42 points to 32,817.38.")
    got = _verdicts(text, dt.date(2022, 3, 7))
    for figure in ("fell 127.78 points", "to 4,201.09", "lost 797.42 points", "to 32,817.38"):
        assert got[figure] == "unverifiable", figure
    # with a full date the day is the writer's: the same figures on 2022-03-01 are wrong
    text = text.replace("On Tuesday", "On March 1, 2022")
    got = _verdicts(text, dt.date(2022, 3, 7))
    assert got["to 4,201.09"] == "contradicted"


def test_a_standing_the_words_deny_is_no_alarm():
    # 2017-11-07, off the rows: the Russell 2000's close was under the day before's, so it was no
    # 52-week closing high; "never closed at a new 52-week high" says just that
    rut = capscope.bars("RUT")["close"]
    assert rut["2017-11-07"] < rut["2017-11-06"]
    text = ("From October 5 through November 7, the Russell 2000 traded within 1% of that high in every "
            "session, yet never closed at a new 52-week high.")
    assert _verdicts(text, dt.date(2017, 11, 8))["52-week high"] == "unverifiable"
    # asserted, the same standing is wrong, and said so
    got = _verdicts("The Russell 2000 closed at a new 52-week high on November 7.", dt.date(2017, 11, 8))
    assert got["52-week high"] == "contradicted"
