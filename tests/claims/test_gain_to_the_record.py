"""The gain a close would need to reach its record, stated as a condition ("would need to gain less
than 7 percent to surpass its own record", "For the index to set a new all-time high, it would have
to rise 6.8%"): today's distance from the record, checked as such and not set aside as a forecast.

The record and the gain are computed here by brute force over the stored closes.
"""

from __future__ import annotations

import pandas as pd
import pytest
from verify_kit import checked_of

import capscope


def _distances(text: str, day: str) -> list[tuple[str, str]]:
    return [(w, v) for w, v, _ in checked_of(text, day, "distance_from_record")]


def _gain_needed(sym: str, day: str) -> float:
    closes = capscope.series(sym).loc[:day]
    assert closes.index[-1] == pd.Timestamp(day)
    return (closes.max() / closes.iloc[-1] - 1) * 100


@pytest.mark.parametrize("words", [
    "The S&P 500 would need to gain {h} {x} percent to surpass its own record.",
    "For the S&P 500 to set a new all-time high, it would have to rise {h} {x}%.",
])
def test_the_gain_that_would_regain_the_record(words):
    gain = _gain_needed("SPX", "2012-09-14")
    assert 6.5 < gain < 7  # 1,465.77 against the 1,565.15 record of 2007-10-09
    got = _distances(words.format(h="less than", x=7), "2012-09-14")
    assert [v for _, v in got] == ["supported"], got
    got = _distances(words.format(h="less than", x=5), "2012-09-14")
    assert got and got[0][1] != "supported", got
    got = _distances(words.format(h="about", x=round(gain, 1)).replace("about ", ""), "2012-09-14")
    assert [v for _, v in got] == ["supported"], got


def test_a_gain_toward_another_level_is_no_distance_from_the_record():
    got = _distances("For the current correction to reach average levels it would need to fall another 7%.",
                     "2012-09-14")
    assert got == [], got
    got = _distances("The S&P 500 would need to gain another 22 percent to get back to its pre-Lehman level.",
                     "2012-09-14")
    assert got == [], got
