"""A figure the words put some time before the article's day: "Four years ago, the day after
the 2008 election, the Dow dropped 486 points, more than 5 percent, to 9139.27" in a story of
2012-11-07; "Three weeks ago, the Russell 2000 was down only 1.6% for the year" on 2008-10-09.

The sessions around that moment are each a reading. The figures here are read off the stored
closes for the session found by brute force (the one near the anniversary whose move is the
largest fall), and each passage is also written with figures no session near that moment had,
which must not be supported (nor raise an alarm: the words do not say which session).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation)
            for i in check_text(text, dt.date.fromisoformat(day)).items]


def test_a_day_four_years_before_the_story():
    close = capscope.bars("DJI")["close"]
    near = close.loc["2008-10-30":"2008-11-14"]
    points = close.diff().loc[near.index]
    day = points.idxmin()  # the largest fall of the sessions around 2008-11-07
    assert abs((day - pd.Timestamp("2008-11-07")).days) <= 7
    drop, level = -points.loc[day], close.loc[day]
    pct = drop / close.shift(1).loc[day] * 100
    assert pct > 5
    text = ("NEW YORK -- The Dow fell 313 points on Wednesday, a day after the election. Four years ago, the day "
            "after the 2008 election, the Dow dropped {p:.0f} points, more than 5 percent, to {c:.2f}.")
    got = _verdicts(text.format(p=drop, c=level), "2012-11-07")
    ago = {t: (v, why) for t, v, why in got if t != "fell 313 points"}
    assert len(ago) == 3 and all(v == "supported" and str(day.date()) in why for v, why in ago.values()), got
    # a point drop and a close no session near then had: unverifiable, not an alarm
    got = _verdicts(text.format(p=drop + 150, c=level + 900), "2012-11-07")
    wrong = [v for t, v, _ in got if t.startswith(("dropped", "to "))]
    assert wrong == ["unverifiable", "unverifiable"], got


def test_a_change_to_date_measured_to_some_weeks_before():
    close = capscope.bars("RUT")["close"]
    base = close.loc[:"2007-12-31"].iloc[-1]
    ytd = (close.loc["2008-09-15":"2008-09-23"] / base - 1) * 100  # three weeks before 2008-10-09
    day = ytd.idxmax()
    figure = ytd.loc[day]
    assert -3 < figure < 0
    text = ("The Russell 2000 has lost more than a quarter of its value this year. Three weeks ago, the "
            "Russell 2000 was down only {f:.1f}% for the year.")
    got = _verdicts(text.format(f=abs(figure)), "2008-10-09")
    assert [v for t, v, _ in got if t.startswith("down only")] == ["supported"], got
    got = _verdicts(text.format(f=abs(figure) + 9), "2008-10-09")
    assert [v for t, v, _ in got if t.startswith("down only")] not in (["supported"], ["contradicted"]), got
