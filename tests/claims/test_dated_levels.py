"""Levels dated by a phrase before the figure, on whole passages: "stood at", "last closed higher
on April 19, 2002, at 1,125.17", "since Jan. 15, 2002, when it stood at 2,000.91", "its 1/19
high of 1150.23", "its highest closing level of 10,737.70, set on Feb. 11".

Every expected figure is read off the stored rows here, never from the checker.
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text


def _close(symbol: str, day: str) -> float:
    return round(float(capscope.bars(symbol).loc[day, "close"]), 2)


def _verdicts(text: str, published: str) -> dict[str, str]:
    report = check_text(text, dt.date.fromisoformat(published))
    return {i.claim.text: i.verdict.value for i in report.items}


@pytest.mark.parametrize(("text", "claim", "symbol", "day"), [
    ("The Nasdaq had not closed above 2,000 since Jan. 15, 2002, when it stood at {x}.",
     "stood at {x}", "IXIC", "2002-01-15"),
    ("The Nasdaq stood at {x} on Jan. 15, 2002.", "stood at {x}", "IXIC", "2002-01-15"),
    ("The S&P 500 rose 1%; the index last closed higher on April 19, 2002, at {x}.",
     "closed higher on April 19, 2002, at {x}", "SPX", "2002-04-19"),
    ("The Russell 2000 bottomed out on March 9, 2009, at {x} and has nearly doubled since.",
     "bottomed out on March 9, 2009, at {x}", "RUT", "2009-03-09"),
    ("The S&P is off 74.7 points, or 6.5%, from its 1/19 high of {x}.", "its 1/19 high of {x}",
     "SPX", "2010-01-19"),
    ("The Dow jumped 97.83 points to close at 10,759.43, topping its previous highest closing "
     "level of {x}, set on Feb. 11.", "closing level of {x}, set on Feb. 11", "DJI", "2004-02-11"),
])
def test_a_level_dated_before_its_figure_is_that_sessions(text, claim, symbol, day):
    published = {"IXIC": "2003-12-30", "SPX": "2003-12-30" if "2002" in text else "2010-02-12",
                 "RUT": "2010-03-23", "DJI": "2004-12-21"}[symbol]
    level = _close(symbol, day)
    right = f"{level:,.2f}"
    got = _verdicts(text.format(x=right), published)
    assert got[claim.format(x=right)] == "supported"
    # 10% off: no session's close or range holds it (checked on the row itself)
    bar = capscope.bars(symbol).loc[day]
    wrong_level = level * 1.1
    assert wrong_level > bar["high"]
    wrong = f"{wrong_level:,.2f}"
    got = _verdicts(text.format(x=wrong), published)
    assert got[claim.format(x=wrong)] == "contradicted"


def test_a_level_touched_earlier_in_the_session_is_the_sessions_extreme():
    # VIX 2010-05-07, off the rows: high 42.15, close 40.95
    bar = capscope.bars("VIX").loc["2010-05-07"]
    assert round(bar["high"], 2) == 42.15 and round(bar["close"], 2) == 40.95
    text = "The VIX closed at 40.95, after touching {x} earlier in the session."
    assert _verdicts(text.format(x="42.15"), "2010-05-07")["touching 42.15"] == "supported"
    assert bar["high"] < 45.15
    assert _verdicts(text.format(x="45.15"), "2010-05-07")["touching 45.15"] == "contradicted"


def test_hitting_a_round_number_is_no_intraday_extreme():
    # "hit 10,000" names a milestone crossed, not the session's high: never an alarm on the high
    got = _verdicts("The Dow hit 10,000 on Tuesday.", "2010-05-07")
    assert "contradicted" not in got.values()
