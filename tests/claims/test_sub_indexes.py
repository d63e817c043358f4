"""A sub-index under a gauge's name is not the gauge: its figures are never checked against it.

"The Nasdaq Biotechnology index rose 0.6%" on 2013-07-09, when the Nasdaq Composite rose 0.56%,
would otherwise be "supported" by the wrong series (and a miss would be a false alarm).
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text
from capscope.claims.entities import find_mentions


@pytest.mark.parametrize("name", [
    "The Nasdaq Biotechnology index", "The Nasdaq Bank Index", "The Dow Jones Transportation Average",
    "The Dow Jones Utility Average", "The Dow Jones U.S. Total Stock Market Index", "The KBW Bank Index",
    "The Philadelphia Semiconductor index", "The PHLX Semiconductor Sector", "The Wilshire 5000",
])
def test_a_sub_index_is_no_gauge(name):
    # the Composite's move that day, off the rows: +0.56% (a 0.6% claim would match it)
    ixic = capscope.bars("IXIC")["close"]
    assert round(ixic.pct_change()["2013-07-09"] * 100, 1) == 0.6
    report = check_text(f"{name} rose 0.6% on Tuesday.", dt.date(2013, 7, 9))
    (item,) = report.items
    assert item.resolved.subject.symbol is None and item.verdict.value == "unverifiable"


@pytest.mark.parametrize(("text", "symbol"), [
    ("The Nasdaq rose 0.6% on Tuesday.", "IXIC"), ("The Dow Jones Industrial Average rose 0.5%.", "DJI"),
    ("The Dow Jones industrial average rose 0.5%.", "DJI"), ("The Nasdaq Composite rose 0.6%.", "IXIC"),
    ("The Nasdaq 100 rose 0.6%.", "NDX"),
])
def test_the_gauges_keep_their_names(text, symbol):
    assert [m.symbol for m in find_mentions(text) if m.symbol] == [symbol]
