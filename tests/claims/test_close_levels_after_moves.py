"""A close's level after the move that led to it, in more of the words copy uses ("off 8 points to
3,014", "sent the Russell 2000 up an incredible 2.99% to 2,282.78", "rose 21.79 points, also 1.2
percent, to 1,773.43", "ticked up to 26.35", "leaving it at a record 17,068.26", "to close out at
1,330", "to conclude the session Wednesday at 34,063.10"), and the firmness test those two figures
carry together: the previous close they imply must be the session's own, or the level is another
session's ("slid by 42 points ... to nearly 3,708" read on the wrong day raises no alarm).

Every expected figure is read here from the stored rows.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from verify_kit import checked_of, session_move

import capscope


def _levels(text: str, published: str) -> list[tuple[str, str, str]]:
    return checked_of(text, published, "close_level")


def _day(sym: str, day: str) -> tuple[float, float, float]:
    """(close, change in points, change in percent), off the rows."""
    pts, pct, close = session_move(sym, day)
    return close, pts, pct


@pytest.mark.parametrize("sym, day, words", [
    ("IXIC", "2012-12-12", "The Nasdaq lost {p:.1f}%, off {pts:.0f} points to {x:,.0f}, while the Dow ended flat."),
    ("RUT", "2025-08-12", "On Tuesday bulls sent the Russell 2000 up an incredible {p:.2f}% to {x:,.2f}."),
    ("SPX", "2014-02-06", "The Standard & Poor's 500 index rose {pts:.2f} points, also {p:.1f} percent, to {x:,.2f}."),
    ("VIX", "2009-06-30", "The CBOE Volatility Index ticked up to {x:.2f}."),
    ("DJI", "2014-07-03", "The Dow ended the day up {pts:.2f} points, leaving it at a record {x:,.2f} when trading ended."),
    ("RUT", "2018-12-26", "The Russell 2000 added {pts:.0f} points, or {p:.2f} percent, to close out at {x:,.0f}."),
    ("DJI", "2022-03-16", "The Dow leaped {pts:.2f} points, or {p:.1f}%, to conclude the session {wd} at {x:,.2f}."),
])
def test_a_level_after_its_move(sym, day, words):
    x, pts, p = _day(sym, day)
    wd = pd.Timestamp(day).day_name()
    text = words.format(x=x, pts=abs(pts), p=abs(p), wd=wd)
    got = _levels(text, day)
    assert [v for _, v, _ in got] == ["supported"], got
    moved = words.format(x=x * 1.02, pts=abs(pts), p=abs(p), wd=wd)  # 2% off: not borne out
    got = _levels(moved, day)
    assert got and got[0][1] != "supported", got


def test_a_move_and_its_level_taken_in_another_session_raise_no_alarm():
    # off the rows: Tuesday 2022-06-14 began from Monday's 3,749.63 close; Friday 2022-06-17 closed
    # 3,674.84 and traded no higher than 3,707.71. A story of Tuesday's session ("slid by 30 points
    # to 3,720"), undated and read on Friday: its two figures imply a previous close of 3,750,
    # Tuesday's, so they are Tuesday's (taken during it), and the level raises no alarm
    monday, _, _ = _day("SPX", "2022-06-13")
    friday, friday_pts, _ = _day("SPX", "2022-06-17")
    bars = capscope.bars("SPX")
    assert abs((3720 + 30) / monday - 1) < 0.001
    assert 3720 / friday - 1 > 0.012 and bars.loc["2022-06-17", "high"] < 3719
    text = "The S&P 500 slid by 30 points, or 0.8%, to 3,720."
    got = _levels(text, "2022-06-17")
    assert [v for _, v, _ in got] == ["unverifiable"] and "2022-06-14" in got[0][2], got
    # the writer's slip in the level alone (the move is the session's own) stays an alarm
    slip = f"The S&P 500 rose {friday_pts:.2f} points to {friday * 0.97:,.2f}."
    got = _levels(slip, "2022-06-17")
    assert [v for _, v, _ in got] == ["contradicted"], got


def test_a_level_written_as_it_is_spoken():
    # "to end at 6 thousand 615": thousands, then units (an outlet's house style); read whole, the
    # level is the close's, not a round 6,000 refuted by it
    from capscope.claims.quantities import find_quantities

    got = [(q.raw, q.value) for q in find_quantities("to end at 6 thousand 615, while volume was 5 thousand", 0, [])]
    assert got == [("6 thousand 615", 6615.0), ("5 thousand", 5000.0)]
    x, pts, p = _day("SPX", "2025-09-15")
    words = f"The S&P 500 climbed {p:.1f} per cent to end at {int(x) // 1000} thousand {round(x) % 1000}."
    assert [v for _, v, _ in _levels(words, "2025-09-15")] == ["supported"]
    moved = f"The S&P 500 climbed {p:.1f} per cent to end at {int(x) // 1000} thousand {(round(x) + 200) % 1000}."
    got = _levels(moved, "2025-09-15")
    assert got and got[0][1] != "supported", got


def test_a_year_before_the_extremes_it_names_is_no_level():
    # "closed at 2016 lows" (Feb. 11, 2016): the year's lows, not a close of 2,016, which the S&P 500's
    # 1,829.08 that day would refute
    from capscope.claims.check import check_text

    report = check_text("The S&P 500 closed at 2016 lows on Thursday.", dt.date(2016, 2, 11))
    assert not [i for i in report.items if i.claim.kind.value == "close_level"], [
        (i.claim.text, i.verdict.value) for i in report.items]
    report = check_text("The S&P 500 closed at 2,016 on Thursday.", dt.date(2016, 2, 11))
    assert [i.verdict.value for i in report.items if i.claim.kind.value == "close_level"] == ["contradicted"]
