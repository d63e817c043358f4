"""Wordings of a session's move seen in wire copy, each on an invented passage with the figures
read off the rows: a manner adverb between the verb and the figure, "ended off", and a
"respectively" list after "both"."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _pct(symbol: str, day: str) -> float:
    close = capscope.bars(symbol)["close"]
    i = close.index.get_loc(day)
    return (close.iloc[i] / close.iloc[i - 1] - 1) * 100


def _items(text: str, day: dt.date) -> list[tuple[str, str, str | None]]:
    return [(i.claim.text, i.verdict.value, i.resolved.subject.symbol) for i in check_text(text, day).items]


def test_a_manner_adverb_and_a_respectively_list_after_both():
    # 2014-10-30 off the rows: Nasdaq +0.37%, S&P 500 +0.62%
    ixic, spx = _pct("IXIC", "2014-10-30"), _pct("SPX", "2014-10-30")
    assert round(ixic, 1) == 0.4 and round(spx, 1) == 0.6
    text = "The Nasdaq composite and S&P 500 both rose modestly, by {}% and {}%, respectively."
    got = _items(text.format("0.4", "0.6"), dt.date(2014, 10, 30))
    assert [(v, s) for _, v, s in got] == [("supported", "IXIC"), ("supported", "SPX")]  # one each
    # the same list with the Nasdaq's figure far off: the error is found, on the Nasdaq only
    got = _items(text.format("0.8", "0.6"), dt.date(2014, 10, 30))
    assert [(v, s) for _, v, s in got] == [("contradicted", "IXIC"), ("supported", "SPX")]


def test_ended_off_is_a_fall_and_off_its_lows_no_figure():
    # 2017-12-14 off the rows: Dow -0.31%
    dji = _pct("DJI", "2017-12-14")
    assert round(dji, 1) == -0.3
    got = _items("The Dow Jones Industrial Average ended off 0.3% on Thursday.", dt.date(2017, 12, 14))
    assert got == [("off 0.3%", "supported", "DJI")]
    got = _items("The Dow ended off its lows of the day on Thursday.", dt.date(2017, 12, 14))
    assert got == []


def test_an_unread_figure_keeps_its_decimals():
    # a figure no rule reads is reported whole, its words running past the decimal point
    got = _items("Losers outnumbered winners on the index by 0.6% and 0.8%.", dt.date(2014, 10, 30))
    assert [t for t, _, _ in got] == ["0.6% and 0.8%", "0.8%"]
