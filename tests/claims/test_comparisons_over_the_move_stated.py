"""A comparison with no period of its own is over the subject's move the words just stated:
"fell 1.8%, lagging both the S&P 500 and the Dow" (the article's day), "plunged 3.01% on Friday.
The index underperformed the Dow Jones and S&P 500" (Friday, from the sentence before).

Every expected verdict is decided here from the stored closes (each index's change from the close
before, compared by hand); each passage is also checked on a session where the comparison goes the
other way, where it must not be borne out.
"""

from __future__ import annotations

import pandas as pd
import pytest
from verify_kit import checked_of

import capscope


def _change(sym: str, day: str) -> float:
    close = capscope.bars(sym)["close"]
    i = close.index.get_loc(pd.Timestamp(day))
    return (float(close.iloc[i]) / float(close.iloc[i - 1]) - 1) * 100


def _relatives(text: str, published: str) -> list[tuple[str, str, str]]:
    return checked_of(text, published, "relative_return")


def _lagged_both(day: str) -> bool:
    rut = _change("RUT", day)
    return rut < _change("SPX", day) and rut < _change("DJI", day)


@pytest.mark.parametrize("day, other", [("2025-10-10", "2025-10-08"), ("2026-01-23", "2026-01-22")])
def test_a_lag_over_the_days_move(day, other):
    assert _lagged_both(day) and not _lagged_both(other)
    for words in ("The Russell 2000 {verb} {x:.1f}%, lagging both the S&P 500 and the Dow.",
                  "On {wd} the Russell 2000 {verb} {x:.2f}%. The index underperformed the Dow Jones and S&P 500."):
        for when, holds in ((day, True), (other, False)):
            x = _change("RUT", when)
            verb = "rose" if x > 0 else "fell"
            text = words.format(x=abs(x), verb=verb, wd=pd.Timestamp(when).day_name())
            got = _relatives(text, when)
            assert got, text
            assert (got[0][1] == "supported") is holds, (text, got)
