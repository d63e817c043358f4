"""A window the words cut out of a named year: "the S&P 500 went on to gain another 17.8% in the
final three quarters of 2013", "rose in the first two months of 2024", "in the last six months of
2019" (not the six months to the article's day).

The changes are computed here from the stored closes (the last close before the window to its
last close); each sentence is also written with a figure the data refute.
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text
from capscope.claims.timexpr import find_times


def _change(symbol: str, start: str, end: str) -> float:
    close = capscope.bars(symbol)["close"]
    return float((close.loc[:end].iloc[-1] / close.loc[:start].iloc[-2] - 1) * 100)


def _returns(text: str, day: str) -> list[tuple[str, str]]:
    return [(i.claim.text, i.verdict.value) for i in check_text(text, dt.date.fromisoformat(day)).items
            if i.claim.kind.value == "period_return"]


def test_the_final_three_quarters_of_a_year():
    x = _change("SPX", "2013-04-01", "2013-12-31")
    text = ("The S&P 500 gained 10% in the first quarter of 2013. It went on to gain another {x:.1f}% in the final "
            "three quarters of 2013.")
    got = _returns(text.format(x=x), "2017-04-04")
    assert ("gain another " + f"{x:.1f}%", "supported") in got, got
    got = _returns(text.format(x=x + 12), "2017-04-04")
    assert all(v != "supported" for t, v in got if t.startswith("gain another")), got


def test_the_edges_of_a_year_as_windows():
    got = {t.raw: (t.start, t.end) for t in find_times("It rose in the last six months of 2019 and in the first "
                                                         "two months of 2024, and in the final two quarters of 2020.")}
    assert got["in the last six months of 2019"] == (dt.date(2019, 7, 1), dt.date(2019, 12, 31)), got
    assert got["in the first two months of 2024"] == (dt.date(2024, 1, 1), dt.date(2024, 2, 29)), got
    assert got["in the final two quarters of 2020"] == (dt.date(2020, 7, 1), dt.date(2020, 12, 31)), got
