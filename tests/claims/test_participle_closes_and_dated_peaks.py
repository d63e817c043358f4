"""A close's move after a participle ("The Dow ... had its worst drop on the eve of Christmas,
finishing 653 points, or 2.9%, lower") and a distance from a record dated with its year ("leaving it
nearly 33% below its Nov. 19, 2021, record close").

The figures are computed here from the stored closes; each sentence is also written with a
figure the data refute.
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: str, kind: str) -> list[tuple[str, str]]:
    return [(i.claim.text, i.verdict.value) for i in check_text(text, dt.date.fromisoformat(day)).items
            if i.claim.kind.value == kind]


def test_finishing_a_move_lower():
    close = capscope.bars("DJI")["close"]
    pts = close.loc["2018-12-24"] - close.loc["2018-12-21"]
    pct = pts / close.loc["2018-12-21"] * 100
    text = "The Dow had its worst drop on the eve of Christmas, finishing {p:.0f} points, or {q:.1f}%, lower."
    got = _verdicts(text.format(p=-pts, q=-pct), "2018-12-24", "day_move")
    assert [v for _, v in got] == ["supported", "supported"], got
    got = _verdicts(text.format(p=-pts + 200, q=-pct + 1), "2018-12-24", "day_move")
    assert got and all(v != "supported" for _, v in got), got


def test_a_distance_from_a_record_dated_with_its_year():
    close = capscope.bars("IXIC")["close"]
    record = close.loc[:"2022-06-13"].max()
    assert close.loc[:"2022-06-13"].idxmax().date() == dt.date(2021, 11, 19)
    below = (1 - close.loc["2022-06-13"] / record) * 100
    text = "The Nasdaq dropped on Monday, leaving it nearly {x:.0f}% below its Nov. 19, 2021, record close."
    got = _verdicts(text.format(x=round(below + 0.4)), "2022-06-13", "distance_from_record")
    assert [v for _, v in got] == ["supported"], got
    got = _verdicts(text.format(x=round(below + 8)), "2022-06-13", "distance_from_record")
    assert got and got[0][1] != "supported", got
