"""The shapes behind the false alarms of the nineteenth held-back corpora (measured once at
b448ef6, then fixed by rule), each on an invented passage with values read off the rows."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def test_indexes_capscope_lacks_by_ticker_or_description_are_not_its_own():
    got = _verdicts("RUT rose 0.11% last week while RUI was down 0.67%.", dt.date(2016, 8, 27))
    assert got["down 0.67%"] == "unverifiable"
    got = _verdicts("The New York Stock Exchange composite is down 13.1% from its peak.", dt.date(1998, 10, 16))
    assert "contradicted" not in got.values()
    got = _verdicts("S&P's index of 600 smaller stocks hit a record high on Monday.", dt.date(2003, 11, 3))
    assert "contradicted" not in got.values()


def test_a_move_following_another_is_the_earlier_ones():
    # off the rows: the S&P 500 -1.43% and the Nasdaq -1.88% in the week to Fri 2003-11-21; the
    # S&P 500 +1.62% on Mon 11-24
    spx = capscope.bars("SPX")["close"]
    ixic = capscope.bars("IXIC")["close"]
    assert round((spx.loc["2003-11-21"] / spx.loc["2003-11-14"] - 1) * 100, 2) == -1.43
    assert round((ixic.loc["2003-11-21"] / ixic.loc["2003-11-14"] - 1) * 100, 2) == -1.88
    got = _verdicts("The S&P 500 rose 1.6 percent following a decline of 1.4 percent.", dt.date(2003, 11, 25))
    assert got["a decline of 1.4 percent"] != "contradicted"
    weekly = _verdicts("The Nasdaq gained 2.8 percent, following a weekly loss of 1.9 percent.", dt.date(2003, 11, 25))
    assert weekly["a weekly loss of 1.9 percent"] == "supported"
