"""The shapes behind the false alarms of the thirteenth held-back corpora (measured once, then
fixed by rule), each on an invented passage with values read off the rows."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def test_a_first_cut_of_the_year_is_not_the_first_of_a_cycle():
    # off the rows (FRED's upper bound): 4.75 -> 4.50 on 2024-12-19, 4.50 -> 4.25 on 2025-09-18:
    # the September 2025 cut was the year's first, not a cycle's (December 2024 cut before it)
    upper = capscope.series("DFEDTARU")
    assert (upper["2024-12-18"], upper["2024-12-19"], upper["2025-09-17"], upper["2025-09-18"]) == (4.75, 4.5, 4.5, 4.25)
    text = ("Last week, on September 17, the Federal Open Market Committee announced a 25-basis-point cut, "
            "bringing the benchmark lending rate to a range of 4-4.25%, its first rate reduction of the year.")
    got = _verdicts(text, dt.date(2025, 9, 22))
    assert "contradicted" not in got.values() and "supported" in got.values()


def test_a_rate_cut_said_to_be_on_the_table_is_no_decision():
    text = ("Chairman Jerome Powell got the party started last month when he said lower interest rates were on "
            "the table.")
    assert _verdicts(text, dt.date(2019, 7, 3)) == {}


def test_its_after_a_name_makes_that_name_the_owner():
    # off the rows: the Dow +416.66 points on 2008-03-11, three larger point gains in the data
    # before it; the S&P 500 that day +47.28 points
    dji = capscope.bars("DJI")["close"].diff()
    assert round(dji["2008-03-11"], 2) == 416.66 and (dji[:"2008-03-10"] > dji["2008-03-11"]).sum() == 3
    report = check_text("The rally had the S&P 500 and Nasdaq climbing the most in five years and gave the Dow its "
                        "fourth-biggest point jump ever.", dt.date(2008, 3, 11))
    ranks = [i for i in report.items if "biggest" in i.claim.text]
    assert ranks and ranks[0].resolved.subject.symbol == "DJI"
    assert ranks[0].verdict.value != "contradicted"


def test_a_monthly_superlative_early_in_a_month_is_the_month_just_ended():
    # off the rows: the Russell 2000 rose 10.99% in November 2016, its best month since October
    # 2011 (+15.04%); no month between did 7.76% or more
    rut = capscope.bars("RUT")["close"].resample("ME").last().pct_change() * 100
    assert round(rut["2016-11"].iloc[0], 2) == 10.99 and rut["2011-10"].iloc[0] > 15
    assert rut["2011-11":"2016-10"].max() < 7.76
    got = _verdicts("This was the best November for the Russell 2000, with its highest monthly return since "
                    "October 2011.", dt.date(2016, 12, 6))
    assert got["highest monthly return since October 2011"] == "supported"
    got = _verdicts("This was the best November for the Russell 2000, with its highest monthly return since "
                    "October 2001.", dt.date(2016, 12, 6))
    assert got["highest monthly return since October 2001"] != "supported"


def test_the_index_of_an_earlier_sentence_is_no_firm_subject_for_an_alarm():
    # off the rows: on 2022-02-08 the Russell 2000 was 16.3% below its record close of 2021-11-08
    # (20.9% on 01-27), the Dow 3.63% below its record: "the index" read as the Dow, the last one
    # named, would raise a false alarm
    rut, dji = (capscope.bars(s)["close"] for s in ("RUT", "DJI"))
    assert round((1 - rut["2022-02-08"] / rut[:"2022-02-08"].max()) * 100, 1) == 16.3
    assert round((1 - dji["2022-02-08"] / dji[:"2022-02-08"].max()) * 100, 2) == 3.63
    text = ("Of the four main US indices, the Dow Jones, S&P 500, NASDAQ and Russell 2000, the small cap index "
            "has fared worst. The mega cap Dow has held up best. We don't agree with the bulls: the "
            "drop from the record that put the index in a bear market is likely to sour sentiment.")
    got = _verdicts(text, dt.date(2022, 2, 8))
    assert got["in a bear market"] == "unverifiable", got


def test_a_first_time_since_after_a_sized_move_is_the_first_move_of_that_size():
    # off the rows: the S&P 500 +7.08% on 2009-03-23; +6.92% on 2008-11-13, and no gain of 6.5%
    # or more between (the largest +6.47% on 2008-11-24)
    spx = capscope.bars("SPX")["close"].pct_change() * 100
    assert round(spx["2009-03-23"], 2) == 7.08 and round(spx["2008-11-13"], 2) == 6.92
    assert spx["2008-11-14":"2009-03-20"].max() < 6.5
    got = _verdicts("The S&P 500 closed up 6.5% or greater for the first time since November 13, 2008.",
                    dt.date(2009, 3, 23))
    assert got == {"up 6.5%": "supported", "for the first time since November 13, 2008": "supported"}
    got = _verdicts("The S&P 500 closed up 6.5% or greater for the first time since October 28, 2008.",
                    dt.date(2009, 3, 23))
    assert got["for the first time since October 28, 2008"] != "supported"
