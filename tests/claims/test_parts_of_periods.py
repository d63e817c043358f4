"""Parts of a calendar period named in words: a superlative over one quarter of the year ("its
best first quarter since 1998", against first quarters only, as "its best January" is against
Januaries) and an unspecified part of a year ("outperformed the S&P 500 in the first part of
2018": the half it leans to). Returns are computed here from the stored closes with pandas."""

from __future__ import annotations

import datetime as dt

import pandas as pd

import capscope
from capscope.claims.check import check_text


def _items(text: str, day: dt.date) -> list[tuple[str, str]]:
    return [(i.verdict.value, i.checked.explanation) for i in check_text(text, day).items]


def _quarterly(symbol: str, end: str) -> pd.Series:
    close = capscope.bars(symbol)["close"].loc[:end]
    q = close.groupby(close.index.to_period("Q")).last()
    return q.pct_change() * 100


def test_a_best_first_quarter_is_ranked_among_first_quarters():
    r = _quarterly("SPX", "2012-03-30")
    firsts = r[r.index.quarter == 1]
    this = firsts.iloc[-1]
    better = firsts.iloc[:-1][firsts.iloc[:-1] >= this]
    assert better.index[-1].year == 1998  # the last first quarter at least as good
    assert (r.iloc[:-1][r.iloc[:-1] >= this].index[-1].year) > 1998  # but not the last quarter of any kind
    got = _items("The S&P 500 had its best first quarter since 1998.", dt.date(2012, 3, 30))
    assert [v for v, _ in got] == ["supported"], got
    got = _items("The S&P 500 had its best first quarter since 1990.", dt.date(2012, 3, 30))
    assert [v for v, _ in got] == ["contradicted"], got


def test_the_first_part_of_a_year_is_its_first_half():
    def half(symbol: str) -> float:
        close = capscope.bars(symbol)["close"]
        return (close.loc["2018-06-29"] / close.loc["2017-12-29"] - 1) * 100

    def year(symbol: str) -> float:
        close = capscope.bars(symbol)["close"]
        return (close.loc["2018-12-31"] / close.loc["2017-12-29"] - 1) * 100

    assert half("RUT") > half("SPX") and year("RUT") < year("SPX")  # the two readings disagree
    day = dt.date(2019, 5, 13)
    got = _items("The small-cap Russell 2000 outperformed the S&P 500 in the first part of 2018.", day)
    assert [v for v, _ in got] == ["supported"], got
    assert "2018-06-29" in got[0][1]
    got = _items("The small-cap Russell 2000 outperformed the S&P 500 in the latter part of 2018.", day)
    assert [v for v, _ in got] != ["supported"], got
