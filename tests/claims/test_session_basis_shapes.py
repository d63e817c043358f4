"""Basis and clause shapes behind false alarms of the spent held-back corpora (fixed by rule in
the eleventh session), each on an invented passage with values read off the rows, beside the
passage where the close is said and the alarm must stay."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def test_the_years_lowest_level_without_a_close_word_is_read_on_the_sessions_low():
    # off the rows: on Wed 2004-05-12 the Dow's low 9,852.19 was below every earlier 2004 low,
    # but its close 10,045.16 was above the 9,990.02 close of 2004-05-10
    dji = capscope.bars("DJI").loc["2004"]
    day = dji.loc["2004-05-12"]
    earlier = dji.loc[:"2004-05-11"]
    assert day["low"] < earlier["low"].min() and day["close"] > earlier["close"].min()
    got = _verdicts("The Dow Jones industrial average slid to its lowest level of the year Wednesday, then "
                    "clawed back its losses in the afternoon.", dt.date(2004, 5, 12))
    assert got["lowest level of the year"] == "supported"
    said = _verdicts("The Dow Jones industrial average closed at its lowest level of the year on Wednesday.",
                     dt.date(2004, 5, 12))
    assert said["lowest level of the year"] == "contradicted"


def test_briefly_puts_a_territory_inside_the_session_despite_a_close_in_another_clause():
    # off the rows: the S&P 500's 52-week high close 4,796.56 (2022-01-03); on 2022-05-20 its
    # low 3,810.32 was 20.56% below it, its close 3,901.36 18.66% below
    spx = capscope.bars("SPX")
    peak = spx["close"].loc["2021-05-20":"2022-05-20"].max()
    row = spx.loc["2022-05-20"]
    assert round((row["low"] / peak - 1) * 100, 2) == -20.56 and round((row["close"] / peak - 1) * 100, 2) == -18.66
    got = _verdicts("The S&P 500, which at one point fell more than 2% and briefly slid into bear market "
                    "territory, closed with a tiny gain on Friday.", dt.date(2022, 5, 20))
    assert got["into bear market territory"] == "supported"
    said = _verdicts("The S&P 500 closed in bear market territory on Friday.", dt.date(2022, 5, 20))
    assert said["in bear market territory"] == "contradicted"


def test_a_day_inside_a_long_as_clause_does_not_raise_an_alarm_on_the_claim_before_it():
    # off the rows: the Russell 2000's record close 2,495.50 on Tue 2025-10-14; Friday 2025-10-10
    # closed at 2,394.59, no record
    rut = capscope.bars("RUT")["close"]
    assert rut.loc["2025-10-14"] == rut.loc[:"2025-10-14"].max() and rut.loc["2025-10-10"] < rut.loc[:"2025-10-09"].max()
    got = _verdicts("The Russell 2000 hit a record high as traders kept buying the small-cap names they had "
                    "dumped in Friday's sell-off.", dt.date(2025, 10, 14))
    assert got["a record high"] != "contradicted"
    dated = _verdicts("The Russell 2000 hit a record high on Friday.", dt.date(2025, 10, 14))
    assert dated["a record high"] == "contradicted"


def test_a_count_of_records_in_n_sessions_counts_the_last_n_sessions():
    # off the rows: Russell 2000 record closes 2,531.16 (Thu 2025-12-04), 2,559.61 (Wed 12-10) and
    # 2,590.61 (Thu 12-11): three in the six sessions 12-04..12-11, two in the last five
    rut = capscope.bars("RUT")["close"]
    window = rut.loc["2025-12-04":"2025-12-11"]
    records = [d for d in window.index if rut.loc[d] > rut.loc[:d].iloc[:-1].max()]
    assert len(window) == 6 and [d.day for d in records] == [4, 10, 11]
    right = _verdicts("The Russell 2000 set its third closing high in six sessions on Thursday.", dt.date(2025, 12, 11))
    assert right["its third closing high in six sessions"] == "supported"
    wrong = _verdicts("The Russell 2000 set its third closing high in five sessions on Thursday.", dt.date(2025, 12, 11))
    assert wrong["its third closing high in five sessions"] == "contradicted"


def test_the_last_trading_day_of_a_year_is_that_session_not_the_year():
    # off the rows: the Dow 28,462.14 on 2019-12-30 and 28,538.44 on 2019-12-31 (+76.30)
    dji = capscope.bars("DJI")["close"]
    assert round(dji.loc["2019-12-31"] - dji.loc["2019-12-30"], 2) == 76.30
    got = _verdicts("The Dow ended the last day of trading in 2019 up 76 points.", dt.date(2019, 12, 31))
    assert got["up 76 points"] == "supported"


def test_an_event_a_stretch_before_the_claims_day_raises_no_alarm():
    # off the rows: the Nasdaq's first close above 3,000 on 1999-11-03 and above 4,000 on 1999-12-29
    ixic = capscope.bars("IXIC")["close"]
    assert ixic[ixic > 3000].index[0].date() == dt.date(1999, 11, 3)
    assert ixic[ixic > 4000].index[0].date() == dt.date(1999, 12, 29)
    assert round(ixic.loc["1999-12-29"] - ixic.loc["1999-12-28"], 2) == 69.35
    got = _verdicts("The Nasdaq composite rose 69.35 to 4,041.46, topping the 4,000 mark less than two months "
                    "after breaking above 3,000 for the first time.", dt.date(1999, 12, 29))
    assert got["rose 69.35"] == "supported"
    assert got["breaking above 3,000 for the first time"] != "contradicted"


def test_a_count_of_years_is_no_change_over_the_decade():
    got = _verdicts("Over the past decade the Russell 2000 has outperformed the S&P 500 in just three years.",
                    dt.date(2025, 12, 16))
    assert "contradicted" not in got.values()


def test_a_run_of_big_moves_either_way_is_no_winning_streak():
    # off the rows: the Dow moved more than 1,000 points on each of 2020-03-09..03-13, in both
    # directions (-2,013.76, +1,167.14, -1,464.94, -2,352.60, +1,985.00)
    moves = capscope.bars("DJI")["close"].diff().loc["2020-03-09":"2020-03-13"]
    assert (moves.abs() > 1000).all() and (moves > 0).sum() == 2
    got = _verdicts("The Dow rose 1,985 points on Friday. It was the fifth consecutive day that the Dow had a "
                    "move of at least 1,000 points.", dt.date(2020, 3, 13))
    assert got["rose 1,985 points"] == "supported"
    assert got["the fifth consecutive day"] != "contradicted"


def test_a_level_crossed_in_a_month_is_crossed_on_one_of_its_sessions():
    # off the rows: the Dow's first close above 30,000 on 2020-11-24; it closed November at
    # 29,638.64, below it; it never closed above 30,000 in October 2020
    dji = capscope.bars("DJI")["close"]
    assert dji[dji > 30000].index[0].date() == dt.date(2020, 11, 24) and dji.loc["2020-11-30"] < 30000
    assert dji.loc["2020-10"].max() < 30000
    got = _verdicts("The Dow first moved above the 30,000 level back in November 2020.", dt.date(2024, 3, 28))
    assert got["moved above the 30,000"] == "supported"
    wrong = _verdicts("The Dow first moved above the 30,000 level back in October 2020.", dt.date(2024, 3, 28))
    assert wrong["moved above the 30,000"] == "contradicted"


def test_sessions_ending_at_records_are_a_count_of_record_closes():
    # off the rows: the Dow set 26 record closes in 2016 (a close above every earlier close)
    dji = capscope.bars("DJI")["close"]
    year = dji.loc["2016"]
    assert sum(dji.loc[d] > dji.loc[:d].iloc[:-1].max() for d in year.index) == 26
    got = _verdicts("The Dow had a banner year, with at least 20 sessions ending at all-time highs.",
                    dt.date(2016, 12, 30))
    assert got["at least 20 sessions ending at all-time highs"] == "supported"
    wrong = _verdicts("The Dow has closed at a record 50 times this year.", dt.date(2016, 12, 30))
    assert wrong["closed at a record 50 times this year"] == "contradicted"


def test_a_sentence_giving_the_sessions_high_and_close_leaves_the_record_on_either():
    # off the rows: on 2025-10-29 the S&P 500 touched 6,920.34, above every earlier high (6,911.30),
    # and closed at 6,890.59, below the record close 6,890.89
    spx = capscope.bars("SPX")
    row, before = spx.loc["2025-10-29"], spx.loc[:"2025-10-28"]
    assert row["high"] > before["high"].max() and row["close"] < before["close"].max()
    got = _verdicts("On Wednesday the S&P 500 hit a new high, touching 6,920.34 before closing at 6,890.59.",
                    dt.date(2025, 10, 29))
    assert got["a new high"] == "supported"
    said = _verdicts("On Wednesday the S&P 500 closed at a new high of 6,890.59.", dt.date(2025, 10, 29))
    assert said["a new high"] == "contradicted"


def test_a_close_in_a_later_clause_does_not_pin_the_crossing_to_the_close():
    # off the rows: the Nasdaq first traded above 5,000 on Tue 2000-03-07 (high 5,006.78) and closed
    # at 4,847.84, lower; its first close above 5,000 came on 03-09
    ixic = capscope.bars("IXIC")
    assert ixic[ixic["high"] > 5000].index[0].date() == dt.date(2000, 3, 7)
    assert ixic[ixic["close"] > 5000].index[0].date() == dt.date(2000, 3, 9)
    got = _verdicts("The Nasdaq climbed above 5,000 for the first time and finished lower on Tuesday.",
                    dt.date(2000, 3, 7))
    assert got["climbed above 5,000 for the first time"] == "supported"
    said = _verdicts("The Nasdaq closed above 5,000 for the first time on Tuesday.", dt.date(2000, 3, 7))
    assert said["closed above 5,000 for the first time"] == "contradicted"
