"""A move counted from a close the words name by its day: "down about 76 points from yesterday's
close" is the day's move (the story's session), "added about 1.4 percent from Thursday's close" in
a Friday story is Friday's; and the base's "close" does not put the figure at the close, so a figure
inside the session's range is a mid-session one, never an alarm.

The expected figures are computed here from the stored rows (the session's close-to-close change,
its high and low against the previous close).
"""

from __future__ import annotations

import pytest
from tests.claims.verify_kit import checked_of, session_move

import capscope


def test_from_yesterdays_close_is_the_days_move():
    day = "2008-10-09"
    pts, _, _ = session_move("DJI", day)
    got = checked_of(f"The Dow was down {abs(pts):.2f} points from yesterday's close.", day, "day_move")
    assert [v for _, v, _ in got] == ["supported"] and day in got[0][2], got


def test_from_a_weekdays_close_is_the_next_sessions_move():
    day = "2007-08-17"  # a Friday
    _, pct, _ = session_move("IXIC", day)
    got = checked_of(f"The Nasdaq composite index added {pct:.2f} percent from Thursday's close.", day, "day_move")
    assert [v for _, v, _ in got] == ["supported"] and day in got[0][2], got


@pytest.mark.alarm_licence
def test_a_figure_from_a_named_close_inside_the_range_is_no_alarm():
    day = "2007-08-17"
    bars = capscope.bars("IXIC")
    i = bars.index.get_loc(bars.loc[day].name)
    prev = float(bars["close"].iloc[i - 1])
    low, high = ((float(bars[c].iloc[i]) / prev - 1) * 100 for c in ("low", "high"))
    _, pct, _ = session_move("IXIC", day)
    mid = low + 0.2 * (high - low)
    assert pct - mid > 1.0  # a figure far from the close, inside the session's range
    got = checked_of(f"The Nasdaq composite index added about {mid:.1f} percent from Thursday's close.", day, "day_move")
    assert [v for _, v, _ in got] == ["unverifiable"] and "mid-session" in got[0][2], got
