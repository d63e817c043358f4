"""Shapes from round 34 (spent), written as rules: a level a move went "to" and then turned from
("tumbled to 3,625 after the announcement, then shot back up", "fell to 7,467.49 before
rebounding") is the session's extreme, not its close. (Round 34's pipe-table rows are in
test_levels_named_by_their_day.py.)

Every expected figure is computed here from the stored rows.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

import capscope
from capscope.claims.check import check_text


def _items(text: str, published: str) -> list[tuple[str, str, str]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return [(i.claim.text, i.verdict.value, i.checked.explanation) for i in report.items]


def _bar(sym: str, day: str) -> tuple[float, float, float]:
    row = capscope.bars(sym).loc[pd.Timestamp(day)]
    return float(row["low"]), float(row["high"]), float(row["close"])


def test_a_level_the_index_turned_from_is_the_days_low():
    low, high, close = _bar("IXIC", "2000-05-16")
    assert (round(low, 2), round(close, 2)) == (3626.99, 3717.57)
    for turn in (", then shot back up almost as fast as it had fallen", " before recovering",
                 ", only to bounce back by the close"):
        got = _items(f"The Nasdaq tumbled to {low:,.0f} after the announcement{turn}.", "2000-05-16")
        assert [v for _, v, _ in got] == ["supported"], got
        assert "intraday low" in got[0][2], got
    # with no turn after it, the level is read as the close's (90 points higher): not borne out
    got = _items(f"The Nasdaq tumbled to {low:,.0f} after the announcement.", "2000-05-16")
    assert [v for _, v, _ in got] != ["supported"] and "intraday low" not in got[0][2], got
    # a closing verb's level is the close whatever follows
    got = _items(f"The Nasdaq closed at {low:,.0f}, then shot back up in late trading.", "2000-05-16")
    assert "intraday" not in got[0][2], got


def test_a_level_the_index_turned_from_after_a_rise_is_the_days_high():
    low, high, close = _bar("IXIC", "2000-05-16")
    assert round(high, 2) == 3729.12
    got = _items(f"The Nasdaq climbed to {high:,.0f} before paring its gain.", "2000-05-16")
    assert [v for _, v, _ in got] == ["supported"] and "intraday high" in got[0][2], got
