"""A month's change printed in brackets after the month's name: "The S&P 500 was down 2.20% for
October, continuing September's downward trend (-4.87%), which started in August (-1.77%)".
Not read: a bracket after a year in a sentence that compares two series ("has beaten the Nasdaq
100 in a calendar year only three times: 2013 (+1.3%), 2016 (+13%)"), where it is a gap.

Each month's change is computed here from the stored month-end closes; the passage is also
written with a month's figure the data refute.
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _month_change(symbol: str, year: int, month: int) -> float:
    close = capscope.bars(symbol)["close"]
    ends = close.groupby(close.index.to_period("M")).tail(1)
    ends.index = ends.index.to_period("M")
    p = dt.date(year, month, 1)
    now, before = ends.loc[f"{p:%Y-%m}"], ends.iloc[ends.index.get_loc(f"{p:%Y-%m}") - 1]
    return float((now / before - 1) * 100)


def _returns(text: str, day: str) -> list[tuple[str, str]]:
    return [(i.claim.text, i.verdict.value) for i in check_text(text, dt.date.fromisoformat(day)).items
            if i.claim.kind.value == "period_return"]


def test_months_in_brackets():
    sep, aug = _month_change("SPX", 2023, 9), _month_change("SPX", 2023, 8)
    text = ("MARKET SNAPSHOT. The S&P 500 was down 2.20% for October, continuing September's downward trend "
            "({s:.2f}%), which started in August ({a:.2f}%) after five months of gains.")
    got = dict(_returns(text.format(s=sep, a=aug), "2023-11-01"))
    assert got[f"September's downward trend ({sep:.2f}%)"] == "supported", got
    assert got[f"August ({aug:.2f}%)"] == "supported", got
    got = dict(_returns(text.format(s=sep - 2, a=aug), "2023-11-01"))
    assert got[f"September's downward trend ({sep - 2:.2f}%)"] != "supported", got


def test_years_in_brackets_of_a_comparison_are_not_read():
    text = ("Over the past 12 years, the Russell 2000 has beaten the Nasdaq 100 in a calendar year only three "
            "times: 2013 (+1.3%), 2016 (+13%) and 2022 (+17%).")
    assert _returns(text, "2024-07-30") == []
