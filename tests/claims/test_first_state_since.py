"""'Its first bear market since March 9, 2020', 'its first 10 percent decline in four years': the
fall of that depth before the current one, against a plain loop over the closes."""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text
from capscope.stats.extremes import drawdown_episodes


def _falls(symbol: str, depth: float, day: str) -> list[tuple[str, str | None]]:
    # brute force: walk the closes, keep the record, note the first close `depth`% under it and
    # the close that regains it
    close = capscope.bars(symbol)["close"].dropna()[:day]
    out, record, entered = [], -1.0, None
    for when, c in close.items():
        if c >= record:
            if entered is not None:
                out.append((entered, when.date().isoformat()))
            record, entered = c, None
        elif entered is None and c <= record * (1 - depth / 100):
            entered = when.date().isoformat()
    if entered is not None:
        out.append((entered, None))
    return out


@pytest.mark.parametrize(("symbol", "depth", "day"), [("RUT", 20, "2022-01-27"), ("RUT", 10, "2015-09-28"),
                                                      ("SPX", 20, "2008-07-09")])
def test_the_episodes_match_a_plain_loop(symbol, depth, day):
    got = [(e.entered.date().isoformat(), None if e.recovered is None else e.recovered.date().isoformat())
           for e in drawdown_episodes(symbol, depth, day)]
    assert got == _falls(symbol, depth, day)


def _first_since(text: str, day: dt.date) -> str:
    (item,) = [i for i in check_text(text, day).items if i.claim.details.get("first_since")]
    return item.verdict.value


@pytest.mark.parametrize(("since", "expected"), [
    ("March 9, 2020", "supported"),  # the 2018-20 fall was 20% under its record from 2018-12-17
    ("2019", "supported"),
    ("2021", "imprecise"),  # none since 2021, but the last one was before it: understated
    ("2015", "contradicted"),  # the 2018-20 fall came after 2015
])
def test_first_bear_market_since(since, expected):
    assert _falls("RUT", 20, "2022-01-27")[-2] == ("2018-12-17", "2020-11-13")
    text = f"The Russell 2000 finished about 21% off its November high, its first bear market since {since}."
    assert _first_since(text, dt.date(2022, 1, 27)) == expected


def test_first_decline_in_years():
    # the 10% fall before August 2015 began 2014-10-01, under a year earlier: "in four years" is wrong
    assert _falls("RUT", 10, "2015-09-28")[-2][0] == "2014-10-01"
    text = "The Russell 2000 is on the brink of its first 10 percent decline in {}."
    assert _first_since(text.format("four years"), dt.date(2015, 9, 28)) == "contradicted"
    assert _first_since(text.format("a year"), dt.date(2015, 9, 28)) == "supported"


def test_not_in_the_state_is_no_alarm():
    # 2021-11-08 was a record close: no current bear market to date the one before
    text = "The Russell 2000 rose on Monday, its first bear market since 2020."
    assert _first_since(text, dt.date(2021, 11, 8)) == "unverifiable"
