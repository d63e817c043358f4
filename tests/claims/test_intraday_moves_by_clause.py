"""The wire's second move in a sentence, the day's extreme, and the close's move before it:

- "jumped X points, or Y percent, to Z; at one point the 30-company average was up more than W
  points": the extreme's cue is the second clause's, the first move is the close's; "the 30-company
  average" and "the average" (as the subject of its own verb) are the Dow, not a historical average;
- "the average was briefly up more than W points": "briefly" before the move names the extreme,
  and "... to Z, after briefly surging W points" leaves the first move the close's;
- "The Dow, which earlier fell more than X points ..., settled with a Y-point drop": the move
  before the close the sentence reports;
- "at one point" is an idiom, not a change of one point.

Every expected figure is computed here from the stored rows (the close's change, and the
session's high or low against the previous close); each is also moved, where it must not be
borne out.
"""

from __future__ import annotations

from tests.claims.verify_kit import checked_of, session_move

import capscope
from capscope.claims.quantities import find_quantities


def _extreme(symbol: str, day: str, side: str) -> float:
    bars = capscope.bars(symbol)
    i = bars.index.get_loc(bars.loc[day].name)
    return float(bars[side].iloc[i]) - float(bars["close"].iloc[i - 1])


def test_the_extreme_cue_of_the_second_clause():
    day = "2017-03-01"
    pts, pct, close = session_move("DJI", day)
    high = _extreme("DJI", day, "high")
    text = (f"The Dow jumped {pts:.2f} points, or {pct:.1f} percent, to {close:,.2f}; at one point the "
            f"30-company average was up more than {int(high) - 5} points.")
    got = checked_of(text, day, "day_move")
    assert [v for _, v, _ in got] == ["supported"] * 3, got
    assert "intraday" not in got[0][2] and "intraday high" in got[2][2], got
    moved = text.replace(f"more than {int(high) - 5}", f"more than {int(high) + 60}")
    assert checked_of(moved, day, "day_move")[2][1] != "supported"


def test_briefly_before_the_move_and_after_it():
    day = "2017-11-30"
    pts, pct, close = session_move("DJI", day)
    high = _extreme("DJI", day, "high")
    text = (f"The Dow jumped {pts:.2f} points, or {pct:.1f} percent, to {close:,.2f}; the average was "
            f"briefly up more than {int(high) - 5} points.")
    got = checked_of(text, day, "day_move")
    assert [v for _, v, _ in got] == ["supported"] * 3 and "intraday high" in got[2][2], got
    after = f"The Dow rose {pts:.2f} points, to {close:,.2f}, after briefly surging {int(high)} points."
    got = checked_of(after, day, "day_move")
    assert got[0][1] == "supported" and "intraday" not in got[0][2], got


def test_earlier_before_a_close_the_sentence_reports():
    day = "2022-09-23"
    pts, _, close = session_move("DJI", day)
    low = _extreme("DJI", day, "low")
    assert low < -800 < pts  # the words' figure is the low's, not the close's
    text = (f"The Dow, which earlier fell more than 800 points and briefly slipped into bear market territory, "
            f"settled with a {abs(pts):.0f}-point drop.")
    got = checked_of(text, day, "day_move")
    assert got[0][1] == "supported" and "intraday low" in got[0][2], got


def test_at_one_point_is_no_figure():
    got = [q.raw for q in find_quantities("At one point the index was up 356 points; it later rose one point.", 0, [])]
    assert got == ["356 points", "one point"], got
