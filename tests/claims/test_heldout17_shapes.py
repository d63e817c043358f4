"""The shapes behind the false alarms of the seventeenth held-back corpora (measured once at
edf624e, then fixed by rule), each on an invented passage with values read off the rows."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def _year(symbol: str, year: int) -> float:
    close = capscope.bars(symbol)["close"]
    return (close.loc[str(year)].iloc[-1] / close.loc[str(year - 1)].iloc[-1] - 1) * 100


def test_a_negated_outperformance_is_no_change_over_the_years_since():
    got = _verdicts("The Russell 2000 hasn't outperformed the S&P 500 since 2016.", dt.date(2019, 12, 30))
    assert "contradicted" not in got.values()


def test_a_gap_within_the_dividends_cannot_be_ranked_on_prices():
    # off the rows: 2005, Russell 2000 +3.32% and S&P 500 +3.00% on price: +0.32 points
    assert round(_year("RUT", 2005) - _year("SPX", 2005), 2) == 0.32
    got = _verdicts("The Russell 2000 trailed the S&P 500 by 0.3 percent in 2005.", dt.date(2006, 1, 12))
    assert got["trailed the S&P 500 by 0.3 percent"] == "unverifiable"
    # a gap far beyond what dividends make up is still refuted: 2010, +25.31% against +12.78%
    assert round(_year("RUT", 2010) - _year("SPX", 2010), 2) == 12.52
    wide = _verdicts("The Russell 2000 trailed the S&P 500 by 10 percent in 2010.", dt.date(2011, 1, 12))
    assert wide["trailed the S&P 500 by 10 percent"] == "contradicted"


def test_a_rank_since_an_earlier_climb_is_not_a_rank_over_all_the_data():
    got = _verdicts("The Dow reached 19,000 on Tuesday, the slowest 1,000-point climb since it needed nearly "
                    "six years to get from 14,000 to 15,000.", dt.date(2016, 11, 22))
    assert "contradicted" not in got.values()


def test_a_run_on_one_side_of_a_level_is_not_a_winning_streak():
    got = _verdicts("The Russell 2000 has closed above it for nearly 280 consecutive trading days, the longest "
                    "such stretch since 2017.", dt.date(2025, 1, 16))
    assert "contradicted" not in got.values()


def test_a_midday_level_read_on_the_session_before_an_asian_dateline():
    # off the rows: on Mon 2016-02-22 the Dow traded through 16,606.07 and closed away from it
    dji = capscope.bars("DJI").loc["2016-02-22"]
    assert dji["low"] <= 16606.07 <= dji["high"] and abs(dji["close"] - 16606.07) > 5
    text = ("U.S. stocks jump as oil rebounds. Xinhua, February 23, 2016. U.S. stocks moved higher in the "
            "morning session Monday as oil rebounded. By midday, the Dow Jones Industrial Average surged "
            "214.08 points, or 1.31 percent, to 16,606.07.")
    got = _verdicts(text, dt.date(2016, 2, 23))
    assert got["to 16,606.07"] == "unverifiable" and "contradicted" not in got.values()
