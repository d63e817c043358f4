"""A moving average's own level: "the Russell's 50-day moving average is at 1,624.56, while the
200-day stands at 1,616.23, as of Nov. 9", "its 50-day moving average fell to 1,222.95".

The averages are computed here by brute force (the mean of the last N stored closes up to the
day); each sentence is also written with a level no average had, which must not be supported.
An exponential average is not read (capscope computes simple ones).
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _sma(symbol: str, n: int, day: str) -> float:
    close = capscope.bars(symbol)["close"].loc[:day]
    return float(close.iloc[-n:].mean())


def _averages(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation)
            for i in check_text(text, dt.date.fromisoformat(published)).items
            if i.claim.details.get("average_window")]


def test_the_levels_of_two_averages_as_of_a_day():
    a50, a200 = _sma("RUT", 50, "2018-11-09"), _sma("RUT", 200, "2018-11-09")
    text = ("According to FactSet data, the Russell 2000's 50-day moving average is at {a:,.2f}, while the 200-day "
            "stands at {b:,.2f}, as of Nov. 9.")
    got = _averages(text.format(a=a50, b=a200), "2018-11-10")
    assert [v for _, v, _ in got] == ["supported", "supported"], got
    assert "50-day average" in got[0][2] and "200-day average" in got[1][2], got
    got = _averages(text.format(a=a50 + 40, b=a200), "2018-11-10")
    assert got[0][1] != "supported" and got[1][1] == "supported", got


def test_an_exponential_average_is_not_read():
    text = "The Russell 2000's 50-day exponential moving average fell to 1,222.95 on Tuesday."
    assert _averages(text, "2015-09-01") == []
