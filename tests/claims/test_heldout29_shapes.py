"""Shapes from the misses of round 29 (spent), written as rules: a run of winning weeks
("its fifth straight winning week", "the fourth winning week in a row") and a run said of "all
three averages" named after its words.

Every expected figure is computed here from the stored rows (weekly closes, Friday to Friday).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from verify_kit import session_move

import capscope
from capscope.claims.check import check_text


def _weeks_up(symbol: str, friday: str) -> int:
    """The run of weeks up to ``friday``, brute force over the weekly closes."""
    weekly = capscope.bars(symbol)["close"].resample("W-FRI").last().dropna()
    up = (weekly.diff() > 0)[:pd.Timestamp(friday)]
    n = 0
    for rose in reversed(up.tolist()):
        if not rose:
            break
        n += 1
    return n


def _items(text: str, published: str) -> list[tuple[str, str, str]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return [(i.claim.text, i.verdict.value, i.resolved.subject.symbol or "") for i in report.items]


@pytest.mark.parametrize("wording", [
    "The Dow rose on Friday, its {n} straight winning week.",
    "That made it the {n} winning week in a row for the Dow.",
    "The Dow posted its {n} consecutive winning week on Friday.",
])
def test_a_run_of_winning_weeks(wording):
    n = _weeks_up("DJI", "2024-10-04")
    assert n == 4  # 2024-09-13 .. 2024-10-04
    ordinal = {3: "third", 4: "fourth", 5: "fifth"}
    got = _items(wording.format(n=ordinal[n]), "2024-10-05")
    assert [v for _, v, s in got if s == "DJI"] == ["supported"], got
    wrong = _items(wording.format(n=ordinal[n + 1]), "2024-10-05")
    assert "supported" not in [v for _, v, s in wrong if s == "DJI"], wrong


def test_a_run_said_of_all_three_averages_after_its_words():
    runs = {s: _weeks_up(s, "2024-10-04") for s in ("DJI", "SPX", "IXIC")}
    assert runs == {"DJI": 4, "SPX": 4, "IXIC": 4}
    got = _items("Stocks rose on Friday. That made it the fourth winning week in a row for all three averages.",
                 "2024-10-05")
    assert sorted((s, v) for _, v, s in got) == [("DJI", "supported"), ("IXIC", "supported"), ("SPX", "supported")]
    # a name in the clause keeps the run its own
    own = _items("The Dow rose for a fourth week in a row, and all three averages gained.", "2024-10-05")
    assert [(s, v) for t, v, s in own if "week" in t] == [("DJI", "supported")]



def test_recovered_is_a_rise():
    pts, pct, close = session_move("SPX", "2024-08-08")
    assert (round(pts, 2), round(pct, 1), round(close, 2)) == (119.81, 2.3, 5319.31)
    got = _items(f"The S&P 500 recovered {pts:.2f} points, or {pct:.1f}%, to {close:,.2f} on Thursday.", "2024-08-09")
    assert [v for _, v, _ in got] == ["supported"] * 3, got
    # the same words a day off are not borne out
    wrong = _items(f"The S&P 500 recovered {pts + 40:.2f} points on Thursday.", "2024-08-09")
    assert wrong and "supported" not in [v for _, v, _ in wrong], wrong


def test_a_scoreboards_points_and_percent_for_the_week():
    # "Weekly performance: Dow Industrials -145 points, -0.29%; ...": the week, Friday to Friday
    close = capscope.bars("DJI")["close"]
    a, b = float(close[pd.Timestamp("2026-01-09")]), float(close[pd.Timestamp("2026-01-16")])
    pts, pct = b - a, (b / a - 1) * 100
    assert (round(pts), round(pct, 2)) == (-145, -0.29)
    # the day's own move (-0.17%) is inside the session's range: a mid-session price, were it not
    # for the week the heading names, which bears both figures out
    day_pts, day_pct, _ = session_move("DJI", "2026-01-16")
    assert round(day_pct, 2) == -0.17
    got = _items(f"Weekly performance: Dow Industrials {pts:+.0f} points, {pct:+.2f}%; the week was quiet.",
                 "2026-01-16")
    assert [v for _, v, s in got if s == "DJI"] == ["supported", "supported"], got
