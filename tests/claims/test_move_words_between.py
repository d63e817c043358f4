"""Words an article brings between a move's verb and its figure: "rose a smaller 0.13%", "sending
the Dow up a nearly inconceivable 936 points", "went down a total of 87 points", "lost practically
4%". A time or an event after the article is not such a word ("rose a day after a 3% drop"); a
record is ("soared a record 380.53 points": the day's move, sized as a record).

Every expected move is computed here from the stored closes.
"""

from __future__ import annotations

import pytest
from verify_kit import checked_of, session_move


def _moves(text: str, day: str) -> list[tuple[str, str]]:
    return [(w, v) for w, v, _ in checked_of(text, day, "day_move")]


def _change(sym: str, day: str) -> tuple[float, float]:
    return session_move(sym, day)[:2]


@pytest.mark.parametrize("sym, day, words, points", [
    ("SPX", "2018-01-09", "The S&P 500 rose a smaller {x:.2f}% as four of eleven sectors improved.", False),
    ("DJI", "2008-10-13", "Wall Street roared back, sending the Dow Jones industrials up a nearly inconceivable "
                          "{x:.0f} points.", True),
    ("SPX", "2019-08-05", "The tech-heavy Nasdaq slid and the S&P 500 went down a total of {x:.0f} points.", True),
    ("SPX", "2019-08-05", "The S&P 500 lost practically {x:.0f}% in the sell-off.", False),
    ("DJI", "2006-07-21", "Blue-chip indexes lost only modestly: the Dow Jones industrial average gave back {x:.2f} "
                          "points.", True),
])
def test_a_figure_after_the_words_an_article_brings(sym, day, words, points):
    pts, pct = _change(sym, day)
    x = abs(pts if points else pct)
    got = _moves(words.format(x=x), day)
    assert [v for _, v in got] == ["supported"], got
    got = _moves(words.format(x=x * 1.5), day)
    assert got and got[0][1] != "supported", got


def test_a_time_after_the_article_is_no_such_word_and_a_record_is():
    got = _moves("The Russell 2000 rose a day after a 3% drop.", "2019-08-06")
    assert all(not text.startswith("rose") for text, _ in got), got
    pts, _ = _change("DJI", "2019-08-06")
    got = _moves(f"The Dow rose a record {pts:.2f} points.", "2019-08-06")
    assert got == [(f"rose a record {pts:.2f} points", "supported")], got
    got = _moves(f"The Dow rose a record {pts + 300:.2f} points.", "2019-08-06")
    assert len(got) == 1 and got[0][1] != "supported", got


def test_a_fraction_of_a_point():
    # off the rows: the S&P 500 moved by less than a point on 2004-12-30
    pts, pct = _change("SPX", "2004-12-30")
    assert 0 < pts < 1
    text = f"The Standard & Poor's 500 Index rose {pts:.2f} of a point, or {pct:.2f} per cent."
    got = _moves(text, "2004-12-30")
    assert [v for _, v in got] == ["supported", "supported"] and got[0][0].endswith("of a point"), got
    got = _moves(f"The Standard & Poor's 500 Index rose {pts + 2:.2f} of a point.", "2004-12-30")
    assert got and got[0][1] != "supported", got
