"""The shapes behind the false alarms of the sixth held-back corpus (measured once, then fixed by
rule), each on an invented passage with values read off the rows."""

from __future__ import annotations

import datetime as dt

import pandas as pd

import capscope
from capscope.claims.check import check_text
from capscope.claims.timewindows import resolve_time
from capscope.claims.timexpr import find_times
from capscope.fed.policy import policy_rates


def _items(text: str, day: dt.date) -> list[tuple[str, str, str | None]]:
    return [(i.claim.text, i.verdict.value, i.resolved.subject.symbol) for i in check_text(text, day).items]


def _window(phrase: str, published: dt.date) -> tuple[dt.date, dt.date]:
    (t,) = find_times(phrase, 0)
    r = resolve_time(t, published)
    return r.start, r.end


def test_a_span_of_months_and_a_month_of_a_named_year():
    assert _window("39 percent in August-October 1987", dt.date(1998, 8, 31)) == (dt.date(1987, 8, 1),
                                                                                 dt.date(1987, 10, 31))
    assert _window("in November-February 2009", dt.date(2012, 1, 1)) == (dt.date(2008, 11, 1), dt.date(2009, 2, 28))
    assert _window("a high reached in May of last year", dt.date(2012, 10, 12)) == (dt.date(2011, 5, 1),
                                                                                  dt.date(2011, 5, 31))
    # the Russell 2000's data begin in September 1987: a fall from August 1987 cannot be checked
    got = _items("In its past bear markets the Russell 2000 dropped 39 percent in August-October 1987.",
                 dt.date(1998, 8, 31))
    assert all(v != "contradicted" for _, v, _ in got), got


def test_the_record_of_may_of_last_year():
    # off the rows: by 2012-10-12 the highest intraday high was 868.57 on 2011-05-02
    high = capscope.bars("RUT")["high"][:"2012-10-12"]
    assert high.idxmax() == pd.Timestamp("2011-05-02") and round(high.max(), 2) == 868.57
    got = _items("The Russell 2000 Index continues to test an all-time high reached in May of last year.",
                 dt.date(2012, 10, 12))
    assert [v for _, v, _ in got] == ["supported"]


def test_a_gauge_under_the_benchmarks_name_is_not_the_benchmark():
    got = _items("The S&P 500 High Beta Index added 3.28%, its best day since mid-May.", dt.date(2025, 8, 22))
    assert got and all(s is None and v == "unverifiable" for _, v, s in got), got


def test_several_records_are_not_the_days_record():
    # 2017-10-12 was no record close (1,505.16 under 1,512.09 on 10-05): "several new highs" is no alarm
    close = capscope.bars("RUT")["close"]
    assert close["2017-10-12"] < close[:"2017-10-11"].max()
    got = _items("Small caps have been on a roll, with the Russell 2000 Index setting several new all-time "
                 "highs.", dt.date(2017, 10, 12))
    assert all(v != "contradicted" for _, v, _ in got), got


def test_a_streak_owned_by_the_words_after_it():
    # 2020-05-14, 05-15 and 05-18 off the rows: the S&P 500 up each day, the VIX down each day
    pct = capscope.bars("SPX")["close"].pct_change()
    assert (pct["2020-05-14":"2020-05-18"] > 0).all() and pct["2020-05-13"] < 0
    got = _items("The VIX fell 8.12%. It was the third straight day of gains for U.S. stocks.", dt.date(2020, 5, 18))
    assert ("the third straight day", "supported", "SPX") in got


def test_a_company_that_is_an_index_member_owns_the_pronoun():
    got = _items("The Dow has struggled. IBM, at $128.77 on Wednesday, is the Dow's highest-priced issue; it's "
                 "down 1.6% for the year.", dt.date(2010, 3, 17))
    assert all(v != "contradicted" and s != "DJI" for t, v, s in got if "1.6%" in t), got


def test_a_descriptor_before_a_name_is_no_reference():
    # DGS10 on 2009-05-27 off the rows: the last close at least as high was in November 2008
    y = capscope.bars("DGS10")["close"].dropna()
    day = y["2009-05-27"]
    assert y[:"2009-05-26"][y[:"2009-05-26"] >= day].index[-1].strftime("%Y-%m") == "2008-11"
    got = _items("The Dow fell 173 points. A steep drop in the price of the benchmark 10-year Treasury note "
                 "pushed its yield to the highest level since last November.", dt.date(2009, 5, 27))
    assert ("highest level since last November", "supported", "DGS10") in got


def test_for_the_week_after_a_week_ended_on_a_day():
    # the week ended 2000-01-21 off the rows: RUT +5.20%, Nasdaq +4.21%; the week of publication
    # (from 2000-01-28) the Russell lagged
    close = {s: capscope.bars(s)["close"] for s in ("RUT", "IXIC")}
    week = {s: c["2000-01-21"] / c["2000-01-14"] - 1 for s, c in close.items()}
    now = {s: c["2000-02-01"] / c["2000-01-28"] - 1 for s, c in close.items()}
    assert week["RUT"] > week["IXIC"] and now["RUT"] < now["IXIC"]
    got = _items("In the week ended Jan. 21 the Russell 2000 rose 5.2 percent. The Russell 2000 even beat "
                 "the high-flying Nasdaq composite for the week.", dt.date(2000, 2, 1))
    assert ("beat the high-flying Nasdaq composite", "supported", "RUT") in got


def test_the_fifth_increase_since_june():
    # the daily target series: raised on 1999-06-30, 08-24, 11-16, 2000-02-02 and 03-21
    target = policy_rates()["upper"]
    ups = target.diff()[lambda d: d > 0]["1999-06-01":"2000-03-21"]
    assert len(ups) == 5
    text = "The Federal Reserve raised a key interest rate by a quarter-point today, the {} increase since June."
    assert ("the fifth increase since June", "supported") in [(t, v) for t, v, _ in
                                                              _items(text.format("fifth"), dt.date(2000, 3, 21))]
    assert ("the third increase since June", "contradicted") in [(t, v) for t, v, _ in
                                                                 _items(text.format("third"), dt.date(2000, 3, 21))]
