"""A week's close in the words copy uses for it: "ended the holiday-shortened week at 2,534.35",
"closed last week at 3,222.22, up 28.5% on the year, ... 2013's 29.6% return" (the time inside
the closing verb's words dates the level, not a year named later in the sentence).

Every expected close is read here from the stored rows at the week's last session, counted on the
calendar by hand; each sentence is also written with the level moved beyond its rounding, where it
must not be borne out.
"""

from __future__ import annotations

import pandas as pd
import pytest
from verify_kit import checked_of

import capscope


def _close(sym: str, day: str) -> float:
    return float(capscope.bars(sym).loc[pd.Timestamp(day), "close"])


@pytest.mark.parametrize("sym, published, last_session, words", [
    # Christmas week 2025: Thursday Dec. 25 closed, the week's last session is Friday Dec. 26
    ("RUT", "2025-12-27", "2025-12-26",
     "The Russell 2000 ended the holiday-shortened week at {x:,.2f}, while keeping a positive trajectory."),
    # published Monday 2019-12-23: last week's last session is Friday 2019-12-20
    ("SPX", "2019-12-23", "2019-12-20",
     "The S&P 500 closed last week at {x:,.2f}, up 28.5% on the year, a little below 2013's 29.6% return."),
])
def test_a_weeks_close(sym, published, last_session, words):
    x = _close(sym, last_session)
    got = checked_of(words.format(x=x), published, "close_level")
    assert [v for _, v, _ in got] == ["supported"] and last_session in got[0][2], got
    got = checked_of(words.format(x=x * 1.03), published, "close_level")
    assert got and got[0][1] != "supported", got
