"""Moving-average claims: above/below (a state), crossed (a move on or just before the day), a
stated distance, breadth that is not the index's own average.

Data behind the expectations (read off the bundled rows; tests/stats/test_moving_average.py
derives the same numbers by hand): SPX closed at 5,614.56 on Monday 2025-03-10, 2.09% below
its 200-day average 5,734.63, after closing above it on 2025-03-07 (5,770.20 vs 5,733.10): the
cross below was 2025-03-10, and the one before it 2023-10-25. The expected sides and run starts
of other days are recomputed here with pandas' rolling mean.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from verify_kit import check, claim, m, q, t

import capscope
from capscope.claims.check import check_text
from capscope.claims.model import ClaimKind, Direction, Span, TimeKind, Unit, Verdict

SPX = m("The S&P 500", "SPX")
RUT = m("The Russell 2000", "RUT")


def on_day(day: str):
    d = pd.Timestamp(day)
    return t(f"on {d.day_name()}", TimeKind.WEEKDAY, weekday=d.weekday(), anchor="on",
             relative=True)


def ma(sentence: str, words: str, day: str, *, subject=SPX, window=200, unit="day",
       pub: str | None = None):
    """A moving-average claim over ``words`` inside ``sentence``, checked on ``day``."""
    at = sentence.index(words)
    down = words.split()[0] in ("below", "under")
    c = claim(ClaimKind.PRICE_LEVEL, words, subject=subject, time=on_day(day),
              direction=Direction.DOWN if down else Direction.UP,
              details={"level_type": "moving_average", "window": window, "window_unit": unit})
    c = dataclasses.replace(c, sentence=sentence, sentence_span=Span(100, 100 + len(sentence)),
                            span=Span(100 + at, 100 + at + len(words)))
    return check(c, pub or day)


def spx_run(day: str, window: int = 200) -> tuple[bool, pd.Timestamp]:
    """SPX's side of its average on ``day`` and the first session of that run (pandas alone)."""
    s = capscope.series("SPX")[:day]
    side = (s > s.rolling(window).mean())[window - 1:]
    flips = side.index[1:][side.to_numpy()[1:] != side.to_numpy()[:-1]]
    return bool(side.iloc[-1]), flips[-1]


BELOW = "below its 200-day moving average"
ABOVE = "above its 200-day moving average"


def test_state_claim_on_the_stated_side_is_supported():
    r = ma(f"The S&P 500 is {BELOW}.", BELOW, "2025-03-10")
    assert r.verdict is Verdict.SUPPORTED
    assert "5,614.56 on 2025-03-10, 2.09% below its 200-day average 5,734.63" in r.explanation
    assert r.evidence[0].command == "capscope ma SPX --window 200 --on 2025-03-10"
    assert r.evidence[0].values["side_since"] == "2025-03-10"
    assert ma(f"The S&P 500 is {ABOVE}.", ABOVE, "2025-03-10").verdict is Verdict.CONTRADICTED


def test_cross_on_the_day_is_supported_and_names_the_previous_one():
    r = ma(f"The S&P 500 fell {BELOW} on Monday.", BELOW, "2025-03-10")
    assert r.verdict is Verdict.SUPPORTED
    assert "crossed below it that session" in r.explanation
    assert "previous cross below: 2023-10-25" in r.explanation


def test_cross_a_few_sessions_before_the_day_is_supported_and_says_when():
    side, since = spx_run("2025-03-14")
    assert not side and since == pd.Timestamp("2025-03-10")  # 03-11, 12, 13, 14: 4 later
    r = ma(f"The S&P 500 slipped {BELOW}.", BELOW, "2025-03-14")
    assert r.verdict is Verdict.SUPPORTED
    assert "crossed below it on 2025-03-10, 4 sessions before" in r.explanation


def test_cross_older_than_five_sessions_is_imprecise_with_the_date():
    side, since = spx_run("2025-03-18")
    sessions = capscope.series("SPX")[since:"2025-03-18"]
    assert not side and len(sessions) - 1 == 6  # crossed six sessions before the day
    r = ma(f"The S&P 500 dropped {BELOW}.", BELOW, "2025-03-18")
    assert r.verdict is Verdict.IMPRECISE
    assert f"below since {since.date()}" in r.explanation
    # the same words without a verb of motion state a side: supported
    assert ma(f"The S&P 500 stays {BELOW}.", BELOW, "2025-03-18").verdict is Verdict.SUPPORTED


def test_cross_to_the_wrong_side_is_contradicted():
    r = ma(f"The S&P 500 climbed {ABOVE}.", ABOVE, "2025-03-10")
    assert r.verdict is Verdict.CONTRADICTED and "not above it" in r.explanation


def test_through_takes_its_side_from_the_verb():
    words = "through its 200-day moving average"
    # the grammar reads "through" as up; "slipped through" is a cross below
    r = ma(f"The S&P 500 slipped {words} on Monday.", words, "2025-03-10")
    assert r.verdict is Verdict.SUPPORTED and "crossed below" in r.explanation
    assert ma(f"The S&P 500 broke {words}.", words, "2025-03-10").verdict is \
        Verdict.CONTRADICTED


def test_first_close_above_is_a_cross():
    side, since = spx_run("2025-05-12")
    assert side and since == pd.Timestamp("2025-05-12")
    r = ma(f"The S&P 500 closed {ABOVE} for the first time since March.", ABOVE, "2025-05-12")
    assert r.verdict is Verdict.SUPPORTED and "crossed above it that session" in r.explanation
    assert spx_run("2025-06-12")[0]  # still above a month later: the cross is old news
    late = ma(f"The S&P 500 closed {ABOVE} for the first time since March.", ABOVE,
              "2025-06-12")
    assert late.verdict is Verdict.IMPRECISE


@pytest.mark.parametrize(("stated", "expected"), [
    ("2.1%", Verdict.SUPPORTED),  # -2.094% rounds to 2.1
    ("2%", Verdict.SUPPORTED),
    ("6%", Verdict.CONTRADICTED),
])
def test_stated_distance(stated, expected):
    r = ma(f"The S&P 500 is {stated} {BELOW}.", BELOW, "2025-03-10")
    assert r.verdict is expected, r.explanation
    assert "distance from the 200-day average" in r.explanation
    assert r.evidence[0].claimed.startswith(stated)


def test_stated_distance_on_the_wrong_side_is_contradicted():
    r = ma(f"The S&P 500 is 2.1% {ABOVE}.", ABOVE, "2025-03-10")
    assert r.verdict is Verdict.CONTRADICTED


def test_weekly_average():
    words = "above its 40-week moving average"
    r = ma(f"The Russell 2000 is {words}.", words, "2024-07-16", subject=RUT, window=40,
           unit="week")
    weekly = capscope.series("RUT")[:"2024-07-16"].resample("W-SUN").last().dropna()
    assert weekly.iloc[-1] > weekly.iloc[-40:].mean()
    assert r.verdict is Verdict.SUPPORTED
    assert r.evidence[0].command == "capscope ma RUT --window 40 --unit week --on 2024-07-16"


def test_breadth_is_not_the_index_average():
    words = "above their 50-day moving average"
    r = ma(f"More than 80% of Russell 2000 stocks trade {words}.", words, "2023-12-18",
           subject=RUT, window=50)
    assert r.verdict is Verdict.UNVERIFIABLE and "breadth" in r.missing


def test_before_the_data_is_unverifiable_with_the_reason():
    r = ma(f"The Russell 2000 is {ABOVE}.", ABOVE, "1987-12-01", subject=RUT)
    assert r.verdict is Verdict.UNVERIFIABLE and "1988-06-23" in r.missing


def test_no_window_is_unverifiable():
    c = claim(ClaimKind.PRICE_LEVEL, "above its moving average", subject=SPX,
              time=on_day("2025-03-10"), direction=Direction.UP,
              quantities=(q(200, Unit.NUMBER),), details={"level_type": "moving_average"})
    r = check(c, "2025-03-10")
    assert r.verdict is Verdict.UNVERIFIABLE and "window" in r.missing


def test_end_to_end_from_the_article_text():
    rep = check_text("The S&P 500 fell below its 200-day moving average on Monday, and it "
                     "is now about 2% below it.", published="2025-03-11")
    item = next(i for i in rep.items if i.checked.claim.details.get("level_type") ==
                "moving_average")
    assert item.verdict is Verdict.SUPPORTED
    assert item.checked.evidence[0].command == "capscope ma SPX --window 200 --on 2025-03-10"
    rep = check_text("IWM is trading 8% above its 200-day moving average.",
                     published="2025-03-11")
    (item,) = [i for i in rep.items if i.checked.claim.details.get("level_type")]
    s = capscope.series("IWM")[:"2025-03-11"]
    pct = (s.iloc[-1] / s.iloc[-200:].mean() - 1) * 100
    assert pct < 0  # IWM was below its average then: the stated side and distance are wrong
    assert item.verdict is Verdict.CONTRADICTED
