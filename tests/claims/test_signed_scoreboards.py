"""A scoreboard line's signed figures with the words wire pages put around them: "Dow industrial
average minus 166.15 points or -0.49% at 33892.60", "S&P index +73.92 points or 1.26% at
5942.47" (an unsigned restatement takes the sign before it), "the S&P 500 managed only +0.1% at
6,857.12", "the Russell 2000 at +6.6%" under a heading "Year-to-date through January 20, 2026".

Every expected figure is computed here from the stored rows.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from verify_kit import session_move

import capscope
from capscope.claims.check import check_text


def _items(text: str, published: str) -> list[tuple[str, str, str]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return [(i.claim.text, i.verdict.value, i.claim.subject.symbol if i.claim.subject else "")
            for i in report.items]


def test_minus_points_or_percent_at_a_level():
    d_pts, d_pct, d_close = session_move("DJI", "2022-02-28")
    s_pts, s_pct, s_close = session_move("SPX", "2022-02-28")
    assert (round(d_pts, 2), round(d_pct, 2), round(d_close, 2)) == (-166.15, -0.49, 33892.60)
    assert (round(s_pts, 2), round(s_pct, 2), round(s_close, 2)) == (-10.71, -0.24, 4373.94)
    text = (f"A look at the close: Dow industrial average minus {abs(d_pts):.2f} points or {d_pct:.2f}% at "
            f"{d_close:.2f}; S&P index {s_pts:.2f} points or {s_pct:.2f}% at {s_close:.2f}.")
    got = _items(text, "2022-02-28")
    assert [(v, s) for _, v, s in got] == [("supported", "DJI")] * 3 + [("supported", "SPX")] * 3, got
    # a percent ten times the day's is no echo of it
    wrong = _items(text.replace(f"{s_pct:.2f}%", f"{s_pct * 10:.2f}%"), "2022-02-28")
    assert [v for t, v, _ in wrong if t.startswith(f"{s_pct * 10:.2f}")] not in (["supported"], []), wrong


def test_an_unsigned_restatement_takes_the_sign_before_it():
    pts, pct, close = session_move("SPX", "2025-01-03")
    assert (round(pts, 2), round(pct, 2), round(close, 2)) == (73.92, 1.26, 5942.47)
    got = _items(f"Closing levels today: S&P index +{pts:.2f} points or {pct:.2f}% at {close:.2f}.", "2025-01-03")
    assert [(v, s) for _, v, s in got] == [("supported", "SPX")] * 3, got
    # the same words on a day the index fell: the sign is the scoreboard's, so the echo is a rise
    down_pts, down_pct, _ = session_move("SPX", "2025-01-02")
    assert down_pts < 0
    got = _items(f"Closing levels today: S&P index +{abs(down_pts):.2f} points or {abs(down_pct):.2f}%.", "2025-01-02")
    assert got and "supported" not in [v for _, v, _ in got], got


def test_managed_only_a_signed_move_at_a_level():
    _, pct, close = session_move("SPX", "2025-12-04")
    assert (round(pct, 1), round(close, 2)) == (0.1, 6857.12)
    got = _items(f"The small-cap index surged on Thursday, while the S&P 500 managed only +{pct:.1f}% at "
                 f"{close:,.2f}.", "2025-12-05")
    assert [(t, v) for t, v, s in got if s == "SPX"] == [(f"+{pct:.1f}%", "supported"),
                                                           (f"{close:,.2f}", "supported")], got


def test_a_headings_through_date_ends_the_window():
    close = capscope.bars("RUT")["close"]
    start = float(close[pd.Timestamp("2025-12-31")])
    to_20 = (float(close[pd.Timestamp("2026-01-20")]) / start - 1) * 100
    to_21 = (float(close[pd.Timestamp("2026-01-21")]) / start - 1) * 100
    assert (round(to_20, 1), round(to_21, 1)) == (6.6, 8.7)
    got = _items(f"Year-to-date through January 20, 2026, the Russell 2000 stood at +{to_20:.1f}%.", "2026-01-22")
    assert [(v, s) for _, v, s in got] == [("supported", "RUT")], got


def test_a_level_on_a_scoreboard_printed_mid_session_is_a_snapshot():
    bars = capscope.bars("DJI").loc[pd.Timestamp("2025-02-25")]
    low, high, close = float(bars["low"]), float(bars["high"]), float(bars["close"])
    level = 43428.75  # the page's figure: inside the session's range, 192.41 below the close
    assert low < level < high and round(close - level, 2) == 192.41
    got = _items(f"Dow -32.46 at {level:.2f} as traders weighed the data.", "2025-02-25")
    assert [v for t, v, _ in got if t == f"{level:.2f}"] == ["unverifiable"], got


def test_a_signed_figure_after_a_state_of_the_index():
    # 2025-09-16, off the rows: "The Nasdaq was virtually flat: -14 points, -0.07%", "the Russell
    # 2000 was roughly the same: -0.09%"
    _, n_pct, _ = session_move("IXIC", "2025-09-16")
    _, r_pct, _ = session_move("RUT", "2025-09-16")
    text = (f"The Nasdaq was virtually flat: {n_pct:.2f}%, while the small-cap Russell 2000 was roughly the same: "
            f"{r_pct:.2f}%.")
    got = _items(text, "2025-09-16")
    assert [(v, s) for _, v, s in got] == [("supported", "IXIC"), ("supported", "RUT")], got
    moved = _items(text.replace(f"{r_pct:.2f}%", f"{r_pct - 1:.2f}%"), "2025-09-16")
    assert [v for _, v, s in moved if s == "RUT"] not in (["supported"], []), moved
