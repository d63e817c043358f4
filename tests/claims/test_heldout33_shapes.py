"""Shapes from round 33's misses (spent), written as rules: British copy's "3.6pc" is a percent and
"dived" a fall; "eased to 35.55" names the close as "fell to" does; "or 2.6% as well, to 1,766.25"
keeps the level after a restated move.

Every expected figure is computed here from the stored rows.
"""

from __future__ import annotations

import datetime as dt

from verify_kit import session_move

from capscope.claims.check import check_text


def _items(text: str, published: str) -> list[tuple[str, str]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return [(i.claim.text, i.verdict.value) for i in report.items]



def test_a_percent_written_pc_and_a_dive():
    _, pct, close = session_move("SPX", "2016-06-24")
    assert (round(pct, 1), round(close, 2)) == (-3.6, 2037.41)
    got = _items(f"The broad-based S&P 500 dived {abs(pct):.1f}pc to {close:,.2f} on Friday.", "2016-06-25")
    assert [v for _, v in got] == ["supported", "supported"], got
    wrong = _items(f"The broad-based S&P 500 dived {abs(pct) + 1:.1f}pc on Friday.", "2016-06-25")
    assert wrong and "supported" not in [v for _, v in wrong], wrong


def test_eased_to_names_the_close():
    pts, _, close = session_move("VIX", "2020-11-03")
    assert (round(pts, 2), round(close, 2)) == (-1.58, 35.55)
    got = _items(f"The VIX eased to {close:.2f} on Tuesday, a loss of {abs(pts):.2f} points.", "2020-11-04")
    assert [v for _, v in got] == ["supported", "supported"], got


def test_a_level_after_a_restated_move_as_well():
    pts, pct, close = session_move("RUT", "2022-12-29")
    assert (round(pts, 2), round(pct, 1), round(close, 2)) == (44.23, 2.6, 1766.25)
    got = _items(f"The Russell 2000 rose {pts:.2f} points, or {pct:.1f}% as well, to {close:,.2f} on Thursday.",
                 "2022-12-30")
    assert [v for _, v in got] == ["supported"] * 3, got


def test_the_newspaper_usa_today_is_nosession_move():
    from capscope.claims.timexpr import find_times

    assert find_times("USA TODAY research, % drop from recent closing high: Nasdaq -3.0%") == []
    assert [t.raw for t in find_times("USA Today reported that the Dow fell today")] == ["today"]
