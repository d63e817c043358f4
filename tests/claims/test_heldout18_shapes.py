"""The shapes behind the false alarms of the eighteenth held-back corpora (measured once at
4921bc3, then fixed by rule), each on an invented passage with values read off the rows. (The
awaited Fed meeting that made a midday story's day, candorium_20220614, is held by the corpus's
floor in test_readings.py: its five alarms came from mid-session figures only that story has.)"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def test_markets_abroad_are_not_the_sp_500():
    got = _verdicts("U.S. stocks opened by following markets abroad, which had plunged for two straight days.",
                    dt.date(2008, 1, 22))
    assert "contradicted" not in got.values()


def test_moments_before_the_close_is_inside_the_session():
    # off the rows: on 2014-08-26 the S&P 500 traded 1,998.59..2,005.04 and closed at 2,000.02
    spx = capscope.bars("SPX").loc["2014-08-26"]
    assert spx["low"] < 2000 < spx["close"]
    got = _verdicts("The S&P 500 closed a hair above 2,000. Moments before the close it dipped below 2,000, "
                    "then edged up to end at 2,000.02.", dt.date(2014, 8, 26))
    assert "contradicted" not in got.values()


def test_a_day_of_last_year_is_that_day_a_year_back():
    # off the rows: the Dow closed at 7,286.27 on 2002-10-09, its lowest since 1997-10-27
    dji = capscope.bars("DJI")["close"]
    before = dji.loc[:"2002-10-08"]
    assert round(dji.loc["2002-10-09"], 2) == 7286.27
    assert before[before <= dji.loc["2002-10-09"]].index[-1].date() == dt.date(1997, 10, 27)
    got = _verdicts("On Oct. 9 of last year, the Dow stood at a five-year low of 7,286.27.", dt.date(2003, 10, 10))
    assert got["five-year low"] == "supported"


def test_a_level_held_for_a_minute_before_falling_back_is_the_sessions():
    # off the rows: on 2003-12-03 the Nasdaq traded up to 2,000.92 and closed at 1,960.25
    ixic = capscope.bars("IXIC").loc["2003-12-03"]
    assert ixic["high"] > 2000 > ixic["close"]
    got = _verdicts("The Nasdaq had climbed above 2,000 for all of a minute on December 3 before falling back, "
                    "and had not closed above 2,000 since January 15, 2002.", dt.date(2003, 12, 29))
    assert "contradicted" not in got.values()


def test_an_it_tied_to_an_index_capscope_lacks_is_not_carried_over():
    got = _verdicts("The Russell 2000 jumped 2% on Monday. The S&P 600 SmallCap Index, the S&P 500's little brother, "
                    "tells a similar story: it has more than doubled, up 101 percent since March 9, 2009.",
                    dt.date(2010, 3, 23))
    assert got["up 101 percent"] == "unverifiable" and got["more than doubled"] == "unverifiable"
