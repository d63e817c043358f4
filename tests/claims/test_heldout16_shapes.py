"""The shapes behind the false alarms of the sixteenth held-back corpora (measured once at
858f964, then fixed by rule), each on an invented passage with values read off the rows or the
FOMC table."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def test_a_count_of_moves_since_a_month_runs_from_it_to_the_day():
    # the FOMC table: cuts on 2019-07-31, 09-18 and 10-30; none after until March 2020
    got = _verdicts("Since July 2019, the Fed has cut rates three times.", dt.date(2020, 1, 15))
    assert got["cut rates three times"] == "supported"
    wrong = _verdicts("Since July 2019, the Fed has cut rates four times.", dt.date(2020, 1, 15))
    assert wrong["cut rates four times"] == "contradicted"


def test_a_figure_with_dividends_included_raises_no_alarm_on_the_price_index():
    # off the rows: the S&P 500 was 4.40% below its 52-week high close on 2005-03-24
    got = _verdicts("With five years of dividends included, an investor in the S&P 500 is down about 9% from "
                    "the high.", dt.date(2005, 3, 24))
    assert got["about 9% from the high"] == "unverifiable"


def test_a_yardstick_is_not_an_event():
    got = _verdicts("The 10-year yield jumped 17 basis points, a move comparable to the Dow rising almost "
                    "900 points in a day.", dt.date(2010, 12, 14))
    assert got["rising almost 900 points"] == "not_checkable"


def test_an_economic_threshold_is_not_the_feds_rate():
    # the FOMC table: the 0-0.25% range in force after the 2012-12-12 decision
    got = _verdicts("The Federal Reserve pledged to hold its key rate near zero until the unemployment rate "
                    "falls to 6.5%.", dt.date(2012, 12, 12))
    assert "contradicted" not in got.values()
    said = _verdicts("The Federal Reserve held its key rate at 6.5%.", dt.date(2012, 12, 12))
    assert "contradicted" in said.values()


def test_a_year_in_an_aside_is_the_asides_figures():
    # off the rows: the S&P 500 2,080.35 (2014-12-30) -> 2,058.90 (12-31), -21.45; up 11.39% in 2014
    spx = capscope.bars("SPX")["close"]
    assert round(spx.loc["2014-12-31"] - spx.loc["2014-12-30"], 2) == -21.45
    assert round((spx.loc["2014-12-31"] / spx.loc["2013-12-31"] - 1) * 100, 2) == 11.39
    got = _verdicts("The S&P 500, up 11.4% for the year, lost 21.45 to 2,058.90.", dt.date(2014, 12, 31))
    assert got["up 11.4%"] == "supported" and got["lost 21.45"] == "supported"


def test_a_labelled_52_week_high_is_a_field_not_a_high_reached():
    got = _verdicts("Dow Jones industrials: Jan. 29, 2016: 16,466.30; 52 Week High: 18,351.40.", dt.date(2016, 1, 31))
    assert "contradicted" not in got.values()


def test_nearing_a_record_is_not_reaching_it():
    # off the rows: the Dow closed at 45,621.29 on 2025-09-04, below its 45,636.90 record close
    dji = capscope.bars("DJI")["close"]
    assert dji.loc["2025-09-04"] < dji.loc[:"2025-09-03"].max()
    got = _verdicts("The Dow nears record high as a late buying wave lifts Wall Street.", dt.date(2025, 9, 4))
    assert "contradicted" not in got.values()
    reached = _verdicts("The Dow hit a record high as a late buying wave lifted Wall Street.", dt.date(2025, 9, 4))
    assert "contradicted" in reached.values()


def test_hasnt_closed_above_since_dates_the_last_close_above():
    # off the rows: the Dow closed at 9,871.06 on 2009-10-13; its last close above 10,000 before
    # was 2008-10-03
    dji = capscope.bars("DJI")["close"]
    before = dji.loc[:"2009-10-13"]
    assert before.iloc[-1] < 10000 and before[before > 10000].index[-1].date() == dt.date(2008, 10, 3)
    got = _verdicts("The Dow hasn't closed above 10,000 since Oct. 3, 2008.", dt.date(2009, 10, 13))
    assert got["hasn't closed above 10,000 since Oct. 3, 2008"] == "supported"
    wrong = _verdicts("The Dow hasn't closed above 10,000 since Oct. 3, 2007.", dt.date(2009, 10, 13))
    assert wrong["hasn't closed above 10,000 since Oct. 3, 2007"] == "contradicted"


def test_an_infinitive_crossing_for_the_first_time_is_read():
    # off the rows: the Dow's first close above 23,000 was on 2017-10-18 (23,157.60)
    dji = capscope.bars("DJI")["close"]
    assert dji[dji > 23000].index[0].date() == dt.date(2017, 10, 18)
    got = _verdicts("The Dow managed to close above 23,000 for the first time.", dt.date(2017, 10, 18))
    assert got["close above 23,000 for the first time"] == "supported"
    wrong = _verdicts("The Dow managed to close above 24,000 for the first time.", dt.date(2017, 10, 18))
    assert wrong["close above 24,000 for the first time"] == "contradicted"


def test_the_weeks_last_trading_day_is_its_last_session():
    # off the rows and the calendar: Friday 2014-07-04 was a holiday; the Dow's first close above
    # 17,000 came on Thursday 2014-07-03
    dji = capscope.bars("DJI")["close"]
    assert dji[dji > 17000].index[0].date() == dt.date(2014, 7, 3)
    got = _verdicts("With markets shut on Friday for Independence Day, the Dow managed to top 17,000 for the "
                    "first time ever on the week's last trading day.", dt.date(2014, 7, 4))
    assert got["top 17,000 for the first time ever"] == "supported"
    # written on Jan. 1, "the last trading day of the year" is the year just ended
    spx = capscope.bars("SPX")["close"]
    assert round((spx.loc["2012-12-31"] / spx.loc["2012-12-28"] - 1) * 100, 2) == 1.69
    new_year = _verdicts("On the last trading day of the year, the S&P 500 rose 1.7%.", dt.date(2013, 1, 1))
    assert new_year["rose 1.7%"] == "supported"
