"""A record's level named right after its noun: "the Dow is now 178.42 points below the record
9,337.97 set on July 17th", "the Nasdaq fell 0.8% after hitting a record 3,447.81 on Friday".

The record is found here by brute force (the highest stored close up to the day); each passage
is also written with a level that was not the record. Not a record's level: a move sized as a
record ("soared a record 380.53 points", "lost a record 821.21 for the week"), a count ("the
record 1,021 trading days") or the day's own close ("closed at a record 11,522.56", the close
rule's).
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text


def _record_close(symbol: str, day: str) -> tuple[float, str]:
    close = capscope.bars(symbol)["close"].loc[:day]
    return float(close.max()), str(close.idxmax().date())


def _levels(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation)
            for i in check_text(text, dt.date.fromisoformat(day)).items if i.claim.kind.value == "close_level"]


@pytest.mark.parametrize(("symbol", "as_of", "set_on", "text", "published", "moved"), [
    ("DJI", "1998-11-20", "1998-07-17", "The Dow is now 178.42 points, or less than 2 per cent, below the record "
                                        "{r:,.2f} set on July 17th.", "1998-11-20", 120),
    ("IXIC", "1999-11-26", "1999-11-26", "The Nasdaq composite index fell 0.8% after hitting a record {r:,.2f} on "
                                         "Friday.", "1999-11-29", -150),
    # the record's month before its noun
    ("SPX", "2013-03-27", "2007-10-09", "The S&P 500 had traded within 10 points of the October 2007 record closing "
                                        "high of {r:,.2f} over the previous 13 sessions.", "2013-03-28", 40),
])
def test_a_records_level_named_right_after_its_noun(symbol, as_of, set_on, text, published, moved):
    level, day = _record_close(symbol, as_of)
    assert day == set_on
    got = _levels(text.format(r=level), published)
    assert [v for _, v, _ in got] == ["supported"], got
    assert day in got[0][2]
    got = _levels(text.format(r=level + moved), published)
    assert got and got[0][1] != "supported", got


def test_moves_counts_and_the_days_close_are_not_the_records_level():
    assert _levels("The Dow lost a record 821.21 for the week.", "2001-03-16") == []
    assert _levels("The record 1,021 trading days without a new high ended in 2004.", "2025-08-27") == []
    close = capscope.bars("DJI")["close"]
    got = _levels(f"The Dow closed at a record {close.loc['2000-01-07']:,.2f} on Friday.", "2000-01-10")
    assert len(got) == 1 and got[0][0].startswith("closed at a record") and got[0][1] == "supported", got


def test_a_records_level_as_a_finish():
    level, day = _record_close("SPX", "2025-06-06")
    got = _levels(f"The S&P 500 remains below its record finish of {level:,.2f} set on Feb. 19.", "2025-06-06")
    assert [v for _, v, _ in got] == ["supported"] and day == "2025-02-19", got
