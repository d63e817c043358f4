"""A record the words date to no day, in a review whose opening names its period: "Here's how
U.S. stocks did in Q3 2025. ... All four equity benchmarks notched new record highs, including the
Russell 2000, which emerged from a years-long rut by setting its first record high since Nov.
2021" (published 2025-09-30, when the Russell 2000's close was below its record of 2025-09-18).

Whether the period held a record close is found here by brute force over the stored closes (the
period's highest close against every close before the period); the same review of a quarter
that held no record close is not borne out.
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text

_TEXT = ("Here's how U.S. stocks did in Q{q} 2025. The whole quarter was a treat for traders. All four equity "
         "benchmarks notched new record highs, including the Russell 2000, which emerged from a years-long rut by "
         "setting its first record high since Nov. 2021.")


def _record_in(symbol: str, start: str, end: str) -> bool:
    close = capscope.bars(symbol)["close"]
    return bool(close.loc[start:end].max() > close.loc[:start].iloc[:-1].max())


def _records(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation)
            for i in check_text(text, dt.date.fromisoformat(day)).items if i.claim.kind.value == "record"]


def test_a_record_in_the_quarter_the_review_covers():
    assert _record_in("RUT", "2025-07-01", "2025-09-30")
    close = capscope.bars("RUT")["close"]
    assert close.loc["2025-09-30"] < close.loc[:"2025-09-29"].max()  # no record on the day itself
    got = [g for g in _records(_TEXT.format(q=3), "2025-09-30") if g[0] == "record high"]
    assert [v for _, v, _ in got] == ["supported"], got
    assert "2025-07-01..2025-09-30" in got[0][2], got


def test_a_quarter_without_a_record_is_not_borne_out():
    assert not _record_in("RUT", "2025-04-01", "2025-06-30")
    got = [g for g in _records(_TEXT.format(q=2), "2025-06-30") if g[0] == "record high"]
    assert len(got) == 1 and got[0][1] != "supported", got
