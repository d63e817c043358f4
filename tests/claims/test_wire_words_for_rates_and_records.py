"""Wire words for the Fed's moves, the yields and the records: "raised interest rates for the
fourth time this year", "ratcheted up its key interest rate by 75 basis points", "yields for
10-year U.S. government bonds rose 10 basis points to 4.5%", "a fresh all-time intraday high",
"all-time closing and intraday highs".

Every expected figure is computed here from the stored rows (the FOMC's decisions counted by
hand from the target series, the yield's end-of-day change, the index's record by brute force
over its history); each sentence is also written with a figure the data refute, where it must
not be borne out.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, published: str) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, dt.date.fromisoformat(published)).items}


def _hikes_in(year: int, to: str) -> int:
    """The target's upward steps in ``year`` up to ``to``, counted on the stored upper bound."""
    upper = capscope.series("DFEDTARU").loc[f"{year - 1}-12-31":to]
    return int((upper.diff() > 0).sum())


@pytest.mark.parametrize("extra", [0, 1])
def test_the_ordinal_of_a_move_in_other_words(extra):
    n = _hikes_in(2018, "2018-12-20") + extra
    word = {4: "fourth", 5: "fifth"}[n]
    got = _verdicts(f"The Federal Reserve raised interest rates for the {word} time this year.", "2018-12-20")
    claim = next(k for k in got if "time this year" in k)
    assert (got[claim] == "supported") is (extra == 0), got


@pytest.mark.parametrize("size, holds", [(75, True), (50, False)])
def test_a_hike_ratcheted_up(size, holds):
    # the stored upper bound rose 1.00 -> 1.75 effective 2022-06-16: a 75 bp hike decided 2022-06-15
    upper = capscope.series("DFEDTARU")
    assert round((upper.loc["2022-06-16"] - upper.loc["2022-06-15"]) * 100) == 75
    got = _verdicts(f"Stocks rallied after the Federal Reserve ratcheted up its key interest rate by {size} basis "
                    "points.", "2022-06-15")
    claim = next(k for k in got if "ratcheted" in k)
    assert (got[claim] == "supported") is holds, got


@pytest.mark.parametrize("shift", [0.0, 0.3])
def test_a_yield_by_its_plain_name(shift):
    ten = capscope.series("DGS10")
    level = float(ten.loc["2024-12-18"]) + shift
    change = round((float(ten.loc["2024-12-18"]) - float(ten.loc["2024-12-17"])) * 100)
    got = _verdicts(f"Yields for 10-year U.S. government bonds rose {change} basis points to {level:.2f}%.", "2024-12-18")
    assert got[f"rose {change} basis points"] == "supported", got
    assert (got[f"{level:.2f}%"] == "supported") is (shift == 0.0), got


def _record_intraday_high(sym: str, day: str) -> bool:
    high = capscope.bars(sym)["high"].loc[:day]
    return bool(high.iloc[-1] > high.iloc[:-1].max())


def _record_close(sym: str, day: str) -> bool:
    close = capscope.bars(sym)["close"].loc[:day]
    return bool(close.iloc[-1] > close.iloc[:-1].max())


@pytest.mark.parametrize("day", ["2025-12-09", "2025-12-08"])
def test_an_intraday_record_in_other_words(day):
    wd = pd.Timestamp(day).day_name()
    got = _verdicts(f"The Russell 2000 rose to a fresh all-time intraday high during {wd}'s session.", day)
    assert (got["a fresh all-time intraday high"] == "supported") is _record_intraday_high("RUT", day), got


@pytest.mark.parametrize("day", ["2026-01-15", "2026-01-20"])
def test_closing_and_intraday_records_together(day):
    assert _record_close("RUT", "2026-01-15") and not _record_close("RUT", "2026-01-20")
    wd = pd.Timestamp(day).day_name()
    got = _verdicts(f"The Russell 2000 hit all-time closing and intraday highs {wd}.", day)
    assert (got["all-time closing and intraday highs"] == "supported") is _record_close("RUT", day), got
