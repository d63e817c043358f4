"""Shapes from round 32's wrong alarms (spent), written as rules: a record the words say was
traded through ("traded above their old record closing highs today") is a price inside the
session; a figure "higher than" another named series is a gap between two, not one's change.

Every expected figure is computed here from the stored rows.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

import capscope
from capscope.claims.check import check_text


def _items(text: str, published: str) -> list[tuple[str, str]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return [(i.claim.text, i.verdict.value) for i in report.items]


def test_a_record_traded_through_is_no_alarm_on_the_close():
    # 2014-05-02: DJI high 16,620.06 above its 16,580.84 record close, close 16,512.89 under it;
    # SPX high 1,891.33 above 1,890.90, close 1,881.14
    for sym, high, record in (("DJI", 16620.06, 16580.84), ("SPX", 1891.33, 1890.90)):
        bars = capscope.bars(sym)
        day = bars.loc[pd.Timestamp("2014-05-02")]
        assert round(day["high"], 2) == high and round(bars["close"][:"2014-05-01"].max(), 2) == record
        assert day["close"] < record < day["high"]
    got = _items("Helped by a much stronger-than-expected April jobs report, both the Dow and S&P 500 traded above "
                 "their old record closing highs today.", "2014-05-02")
    assert got and "contradicted" not in [v for _, v in got], got
    # closed above: the close decides, and it was no record
    closed = _items("The Dow closed at a record high on Friday.", "2014-05-03")
    assert [v for _, v in closed] == ["contradicted"], closed


def test_a_figure_higher_than_another_series_is_no_change_of_its_own():
    # RUT 2015-12-31 -> 2016-10-21: +7.24%; "3.4% higher than RUI" is a gap to the Russell 1000
    rut = capscope.bars("RUT")["close"]
    assert round((rut["2016-10-21"] / rut["2015-12-31"] - 1) * 100, 2) == 7.24
    got = _items("For the year RUT is about 3.4% higher than RUI.", "2016-10-22")
    assert [v for _, v in got] == ["unverifiable"], got
    # the same figure as the index's own change is an alarm
    own = _items("For the year RUT is up about 3.4%.", "2016-10-22")
    assert [v for _, v in own] == ["contradicted"], own
