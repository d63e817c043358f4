"""A move noun's adjective names its period: "taking its weekly loss to more than 1,400 points",
"a weekly rise of 3.0%, after a first-quarter drop of -5.6%" (the week, not the quarter another
figure's words name), but "an annual return of 16.4% for 2012" is 2012's (the figure's own year),
and "In September ..., a monthly return of 2.1%" is September's.

Every expected change is computed here from the stored closes over windows counted on the calendar
by hand; each sentence is also written with its figure moved beyond its rounding, where it must
not be borne out.
"""

from __future__ import annotations

import pandas as pd
import pytest

import capscope
from capscope.claims.check import check_text


def _close(sym: str, day: str) -> float:
    return float(capscope.bars(sym).loc[pd.Timestamp(day), "close"])


def _change(sym: str, base: str, last: str) -> float:
    return (_close(sym, last) / _close(sym, base) - 1) * 100


def _verdict(text: str, published: str, words: str) -> str:
    items = [i for i in check_text(text, published).items if words in i.claim.text]
    assert items, (text, [i.claim.text for i in check_text(text, published).items])
    return items[0].verdict.value


def test_a_running_total_named_by_its_adjective():
    # Friday 2018-03-23; the week before ended Friday 2018-03-16
    points = _close("DJI", "2018-03-23") - _close("DJI", "2018-03-16")
    floor = int(abs(points) // 100 * 100)  # "more than 1,400": the round figure under the loss
    text = ("The Dow Jones industrial average closed down sharply to {c:,.2f} Friday, taking its weekly loss "
            "to more than {f:,} points.")
    assert _verdict(text.format(c=_close("DJI", "2018-03-23"), f=floor), "2018-03-23", "weekly loss") == "supported"
    assert _verdict(text.format(c=_close("DJI", "2018-03-23"), f=floor + 300), "2018-03-23",
                    "weekly loss") != "supported"


@pytest.mark.parametrize("shift", [0.0, 1.0])
def test_the_adjective_before_another_figures_period(shift):
    # Friday 2005-05-06: the week from the 2005-04-29 close; the first quarter from 2004-12-31 to 2005-03-31
    week = _change("RUT", "2005-04-29", "2005-05-06") + shift
    q1 = _change("RUT", "2004-12-31", "2005-03-31")
    text = (f"The Russell 2000 Index closed at {_close('RUT', '2005-05-06'):.2f}, a weekly rise of {week:.1f}%, "
            f"after a first-quarter drop of {q1:.1f}%.")
    assert (_verdict(text, "2005-05-06", f"{week:.1f}%") == "supported") is (shift == 0.0)


@pytest.mark.parametrize("shift", [0.0, 1.0])
def test_the_figures_own_period_stays(shift):
    year = _change("RUT", "2011-12-30", "2012-12-31") + shift
    text = f"Russell's table lists an annual return of {year:.1f}% for 2012 for the Russell 2000 Index."
    assert (_verdict(text, "2013-11-08", f"{year:.1f}%") == "supported") is (shift == 0.0)
    month = _change("SPX", "2024-08-30", "2024-09-30") + shift
    text = f"In September the S&P 500 ended at a record high, delivering a monthly gain of {month:.1f}%."
    assert (_verdict(text, "2024-10-04", f"{month:.1f}%") == "supported") is (shift == 0.0)
