"""The level of the reference a distance is measured from, stated right after it: "14.40% above its
52-week low of 28725.51" (Dow Jones Market Data, 2022), "169 points above its July 23 low of
7,702.34" (2002). The level is checked against the same close the distance reads; one that misses
may be an intraday extreme or another window, so it is never an alarm. References computed here
from the stored closes with pandas."""

from __future__ import annotations

import datetime as dt

import pandas as pd

import capscope
from capscope.claims.check import check_text


def _levels(text: str, day: dt.date) -> list[tuple[str, str]]:
    return [(i.verdict.value, i.checked.explanation) for i in check_text(text, day).items
            if i.claim.details.get("reference_level")]


def test_a_52_week_low_stated_with_the_distance():
    close = capscope.bars("DJI")["close"]
    day = pd.Timestamp("2022-10-28")
    window = close.loc[day - pd.DateOffset(weeks=52):day]
    low, now = float(window.min()), float(close.loc[day])
    assert window.idxmin().date() == dt.date(2022, 9, 30)
    pct = (now / low - 1) * 100
    got = _levels(f"The Dow is {pct:.2f}% above its 52-week low of {low:.2f}.", day.date())
    assert [v for v, _ in got] == ["supported"], got
    # a level far from the reference: not the close the distance reads, and not an alarm either
    off = _levels(f"The Dow is {pct:.2f}% above its 52-week low of {low * 0.95:.2f}.", day.date())
    assert [v for v, _ in off] == ["unverifiable"], off


def test_a_dated_low_stated_with_the_distance():
    close = capscope.bars("DJI")["close"]
    low, now = float(close.loc["2002-07-23"]), float(close.loc["2002-09-23"])
    got = _levels(f"The Dow fell, and it left the average just {now - low:.2f} points above its July 23 low of {low:,.2f}.",
                  dt.date(2002, 9, 23))
    assert [v for v, _ in got] == ["supported"], got
