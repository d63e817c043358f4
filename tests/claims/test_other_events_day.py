"""A day that dates another event named after the claim does not date the claim: "The Dow rose
101.32 ..., rebounding from a drop Tuesday" (a Wednesday story, 2004), "raised the benchmark rate
... to 2.25 percent, in language nearly identical to the Fed's Nov. 10 statement" (2004). A
reference point a change is measured from ("off 74.7 points from its 1/19 high", "down 18.7% from
its July 31 close") still dates the change's start. Values are read off the rows and the FOMC table."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text
from capscope.fed.policy import policy_rates


def _items(text: str, day: dt.date) -> list[tuple[str, str, str]]:
    return [(i.claim.kind.value, i.verdict.value, i.checked.explanation) for i in check_text(text, day).items]


def test_a_drop_on_another_day_does_not_date_the_days_rise() -> None:
    close = capscope.series("DJI")
    i = close.index.get_loc("2004-11-03")
    pts = float(close.iloc[i]) - float(close.iloc[i - 1])
    before = float(close.iloc[i - 1]) - float(close.iloc[i - 2])
    assert pts > 0 > before  # Wednesday rose, Tuesday fell: the two readings disagree
    text = f"The Dow Jones industrial average rose {pts:.2f}, rebounding from a drop Tuesday that came on speculation."
    got = _items(text, dt.date(2004, 11, 3))
    assert [(k, v) for k, v, _ in got] == [("day_move", "supported")], got
    assert "2004-11-03" in got[0][2]


def test_another_meetings_statement_does_not_date_the_decision() -> None:
    upper = policy_rates()["upper"]
    after, before = float(upper.loc[:"2004-12-14"].iloc[-1]), float(upper.loc[:"2004-12-13"].iloc[-1])
    assert round((after - before) * 100) == 25 and after == 2.25  # the 2004-12-14 hike, to 2.25%
    text = ("The Fed's Open Market Committee raised the benchmark rate by a quarter percentage point to 2.25 "
            "percent, in language nearly identical to the Fed's Nov. 10 statement.")
    got = _items(text, dt.date(2004, 12, 14))
    assert [(k, v) for k, v, _ in got] == [("fed_decision", "supported")], got
    assert "2004-12-14" in got[0][2]


def test_a_reference_point_still_dates_the_start_of_the_change() -> None:
    close = capscope.series("SPX")
    high, now = float(close.loc["2010-01-19"]), float(close.loc["2010-02-12"])
    text = (f"Since the year's peak, the S&P is off {high - now:.1f} points, or {(1 - now / high) * 100:.1f}%, "
            f"from its 1/19 high of {high:.2f}.")
    got = _items(text, dt.date(2010, 2, 12))
    assert got and all(v == "supported" for _, v, _ in got), got
