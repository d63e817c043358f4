"""A period the sentence before opens with goes on in a sentence that names none: "For the week,
the Dow closed down 302.74, or 4.1 percent, at 7,062.93. The Standard & Poor's 500 index fell
34.96, or 4.5 percent" (2009), "For the week, the Dow finished with a small loss ... The S&P 500
was off 0.5%" (2008). It is a second reading, tried when the day's fails; the changes are
computed here from the stored closes."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _change(symbol: str, base: str, day: str) -> float:
    close = capscope.bars(symbol)["close"]
    return (close.loc[day] / close.loc[base] - 1) * 100


def _moves(text: str, day: dt.date) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation) for i in check_text(text, day).items
            if i.claim.kind.value == "day_move" and i.claim.text.startswith("fell")]


def test_the_weeks_figures_after_a_sentence_that_opens_with_the_week():
    # the week 2009-02-20 -> 2009-02-27 against the session of 2009-02-27, off the rows
    week = _change("SPX", "2009-02-20", "2009-02-27")
    day = _change("SPX", "2009-02-26", "2009-02-27")
    assert round(week, 1) != round(day, 1)
    opening = "For the week, the Dow finished lower after heavy losses early on."
    then = f"The Standard & Poor's 500 index fell {abs(week):.1f} percent."
    got = _moves(f"{opening} {then}", dt.date(2009, 2, 27))
    assert [v for _, v, _ in got] == ["supported"], got
    assert "'For the week' opens the sentence before" in got[0][2]
    # without the opening, the same sentence is the day's, and the week's figure is not its move
    alone = _moves(f"The Dow finished lower after heavy losses early on. {then}", dt.date(2009, 2, 27))
    assert [v for _, v, _ in alone] != ["supported"], alone
    # the day's own figure after the opening still reads as the day's
    own = _moves(f"{opening} The Standard & Poor's 500 index fell {abs(day):.1f} percent.", dt.date(2009, 2, 27))
    assert [v for _, v, _ in own] == ["supported"], own


def test_that_time_after_a_run_is_the_runs_sessions_not_the_earlier_period():
    # 2003-03-21, off the rows: the Dow's eighth straight gain; "in that time" is the eight sessions
    # (from the 2003-03-11 close), not the week the sentence before named
    close = capscope.bars("DJI")["close"]
    upto = close.loc[:"2003-03-21"]
    assert (upto.diff().iloc[-8:] > 0).all() and upto.diff().iloc[-9] <= 0  # an eight-session run
    run = _change("DJI", "2003-03-11", "2003-03-21")
    week = _change("DJI", "2003-03-14", "2003-03-21")
    text = (f"The Dow rose {week:.1f} percent for the week. The Dow has risen for eight straight days, advancing "
            f"{{x:.0f}} percent in that time.")
    for x, want in ((run, "supported"), (week, None)):
        got = {i.claim.text: i.verdict.value for i in check_text(text.format(x=x), dt.date(2003, 3, 22)).items}
        verdict = got[f"advancing {x:.0f} percent"]
        assert (verdict == "supported") is (want == "supported"), got
