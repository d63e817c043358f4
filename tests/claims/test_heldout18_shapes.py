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
