"""The shapes behind the false alarms of the seventh held-back corpus (measured once, then fixed
by rule), each on an invented passage with values read off the rows."""

from __future__ import annotations

import datetime as dt

import pandas as pd

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


def test_a_rank_in_points_ever_the_data_cannot_cover_is_not_judged():
    # 1998-08-04, off the rows: the Dow lost 299.43 points; one earlier session in the data (from
    # 1992-01-02, first close 3,172.40) lost more. A quarter of that first close is 793 points, so a
    # session before the data may have lost more too (1987-10-19 did): "third-biggest ever" cannot
    # be confirmed or refuted. Ranked second against a stated first, it is refuted whatever came before.
    dji = capscope.bars("DJI")["close"]
    change = dji.diff()
    assert round(change["1998-08-04"], 2) == -299.43 and (change[:"1998-08-03"] < change["1998-08-04"]).sum() == 1
    assert abs(change["1998-08-04"]) < 0.25 * dji.iloc[0]
    got = _verdicts("The Dow fell 299 points on Tuesday. It was the third-biggest point loss ever.", dt.date(1998, 8, 4))
    assert got["biggest point loss ever"] == "unverifiable"
    got = _verdicts("The Dow fell 299 points on Tuesday, its biggest point loss ever.", dt.date(1998, 8, 4))
    assert got["biggest point loss ever"] == "contradicted"


def test_highest_since_a_month_when_the_last_match_was_the_session_before_it():
    # 2022-01-24, off the rows: the VIX's high of 38.94 was the highest since 2020-10-30, the
    # last session before November 2020 (its close of 29.90 only since 2021-12-03)
    vix = capscope.bars("VIX")
    high = vix["high"][:"2022-01-21"]
    assert vix.loc["2022-01-24", "high"] == 38.94 and high[high >= 38.94].index[-1] == pd.Timestamp("2020-10-30")
    text = "The VIX jumped to its highest level since November 2020 on Monday, cresting the 38 level."
    assert _verdicts(text, dt.date(2022, 1, 24))["highest level since November 2020"] == "supported"


def test_the_notes_and_the_policy_rate_are_their_own_subjects():
    # 2000-05-04, off the rows: the 2-year yield closed at 6.77, its highest since 1995-03-31
    two = capscope.bars("DGS2")["close"]
    assert two["2000-05-04"] == 6.77 and two[:"2000-05-03"][two[:"2000-05-03"] >= 6.77].index[-1] == pd.Timestamp("1995-03-31")
    items = check_text("The Dow fell 67 points. The two-year note dropped as investors saw value when its yield "
                       "touched a five-year high of 6.78 percent in early trading.", dt.date(2000, 5, 4)).items
    high = next(i for i in items if i.claim.text == "five-year high")
    assert (high.resolved.subject.symbol, high.verdict.value) == ("DGS2", "supported")
    # the funds rate named in full is the rate, never the Dow of the sentence before
    items = check_text("The Dow rose 22 points. The hike moves the benchmark federal funds rate up to 1.25 percent "
                       "from 1 percent, a 46-year low.", dt.date(2004, 6, 30)).items
    low = next(i for i in items if i.claim.text == "46-year low")
    assert low.resolved.subject.symbol is None and low.verdict.value == "unverifiable"
    # the Dow's transportation average is not the Dow
    items = check_text("The Dow transports also edged up to an all-time high.", dt.date(2017, 9, 28)).items
    assert [(i.resolved.subject.symbol, i.verdict.value) for i in items] == [(None, "unverifiable")]


def test_a_run_said_of_a_move_in_progress_is_not_refuted_by_the_close():
    # 2022-01-24, off the rows: the Dow traded from -1,115.04 to +155.62 points against Friday's
    # close and closed up 99.13, after six straight losses
    dji = capscope.bars("DJI")
    prev, day = dji.loc["2022-01-21", "close"], dji.loc["2022-01-24"]
    assert round(day["low"] - prev, 2) == -1115.04 and round(day["close"] - prev, 2) == 99.13
    assert (dji["close"].diff()["2022-01-13":"2022-01-21"] < 0).all()
    text = ("The Dow Jones Industrial Average plunged almost 1100 points, or 3.1%, losing ground for a "
            "seventh consecutive session.")
    assert _verdicts(text, dt.date(2022, 1, 24))["for a seventh consecutive session"] == "unverifiable"
    # said of the close, the run is the closes' and wrong
    text = "The Dow Jones Industrial Average closed up 0.3%, its seventh consecutive gain."
    assert _verdicts(text, dt.date(2022, 1, 24))["its seventh consecutive gain"] == "contradicted"


def test_a_run_bounded_by_never_and_a_move_possibly_coming_are_not_asserted():
    text = ("Since 1979 the Russell 2000 has been up at least 5% month to date after six trading days 35 "
            "times, and never more than two months running.")
    assert _verdicts(text, dt.date(2021, 2, 9))["two months run"] == "unverifiable"
    text = ("Analysts think the hike is the first of many, with another 0.25 percentage point increase "
            "possibly coming as early as the next Fed meeting in August.")
    assert _verdicts(text, dt.date(2004, 6, 30))["0.25 percentage point increase"] == "forecast"


def test_an_exponential_average_and_a_run_of_records_are_not_what_capscope_counts():
    # 2012-04-10, off the rows: IWM closed above its 200-day simple average; the exponential one
    # the sentence names is another statistic, not in the data
    iwm = capscope.bars("IWM")["close"]
    assert iwm["2012-04-10"] > iwm[:"2012-04-10"].tail(200).mean()
    got = _verdicts("IWM closed below its 200-day exponential moving average on Tuesday.", dt.date(2012, 4, 11))
    assert got["below its 200-day exponential moving average"] == "unverifiable"
    # 2017-09-27, off the rows: the Russell 2000 rose four sessions running (from 09-22); "a record
    # high for the third session in a row" counts records, not gains
    rut = capscope.bars("RUT")["close"]
    assert (rut.diff()["2017-09-22":"2017-09-27"] > 0).all() and rut.diff()["2017-09-21"] < 0
    text = "The Russell 2000 climbed to a record high for the third session in a row Wednesday."
    assert _verdicts(text, dt.date(2017, 9, 27))["for the third session in a row"] == "unverifiable"
    assert _verdicts("The Russell 2000 rose for the third straight session on Wednesday.",
                     dt.date(2017, 9, 27))["for the third straight session"] == "contradicted"
