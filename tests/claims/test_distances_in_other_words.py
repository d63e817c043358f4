"""A distance from a high or a low in a move's words: "has fallen 17% since its all-time high",
"has dropped around 3.5% from its own record high", "has climbed 36% since its March low"; and the
day a reference level was set ("its own high of 5,048.62 reached March 10, 2000") dates that level,
not the sentence's later move.

Every expected figure is computed here from the stored closes (the close against the highest
close before it, or the month's lowest close); each sentence is also written with the figure moved,
where it must not be borne out.
"""

from __future__ import annotations

import datetime as dt

from tests.claims.verify_kit import checked_of

import capscope


def _close(symbol: str) -> object:
    return capscope.bars(symbol)["close"]


def test_fallen_since_its_all_time_high():
    close = _close("RUT")
    day = "2018-12-07"
    pct = (1 - float(close.loc[day]) / float(close.loc[:day].max())) * 100
    text = f"The Russell 2000 has fallen {pct:.1f}% since its all-time high."
    got = checked_of(text, day, "distance_from_record")
    assert [v for _, v, _ in got] == ["supported"], got
    got = checked_of(text.replace(f"{pct:.1f}%", f"{pct + 4:.1f}%"), day, "distance_from_record")
    assert [v for _, v, _ in got] != ["supported"], got


def test_dropped_from_its_own_record_high():
    close = _close("DJI")
    day = "2017-03-22"
    pct = (1 - float(close.loc[day]) / float(close.loc[:day].max())) * 100
    got = checked_of(f"The Dow has dropped {pct:.1f}% from its own record high.", day, "distance_from_record")
    assert [v for _, v, _ in got] == ["supported"], got


def test_climbed_since_its_months_low():
    close = _close("SPX")
    day = "2009-06-01"
    pct = (float(close.loc[day]) / float(close.loc["2009-03-01":"2009-03-31"].min()) - 1) * 100
    got = checked_of(f"The S&P 500 has climbed {pct:.1f}% since its March low.", day, "distance_from_record")
    assert [v for _, v, _ in got] == ["supported"], got
    got = checked_of(f"The S&P 500 has climbed {pct + 6:.1f}% since its March low.", day, "distance_from_record")
    assert [v for _, v, _ in got] != ["supported"], got


def test_the_day_a_reference_level_was_set_is_not_the_moves():
    day = "2001-03-22"
    got = checked_of("The Nasdaq composite index, down more than 60 percent from its own high of 5,048.62 reached "
                     "March 10, 2000, slipped 11.88 points to 1,818.35.", day, "day_move")
    assert got and all("2000-03-10" not in e for _, _, e in got), got
    assert dt.date.fromisoformat(day).isoformat() in got[0][2], got
