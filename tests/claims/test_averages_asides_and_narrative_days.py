"""Readings that round 41's first measure showed misread:

* a level whose subject is a moving average ("its 50-day moving average fell to 1,222.95", "while
  the 200-day stands at 1,616.23") is the average's, never an alarm on the close;
* a record's level far from any of the index's ("the prior record was 499.2, set back in 2000",
  a point gain's record) is another statistic's figure, never an alarm;
* a name inside an aside is the subject of a claim inside the same aside ("said Art Hogan, ...,
  who pointed out that while the Dow has closed at a record high nine times in 2014");
* a weekly letter dated Monday that names no session ("Market Week: October 20, 2025 ... up 2.40%
  for the week") reviews the week that ended the Friday before;
* a narrative goes on from a day a sentence just before named ("On March 9, 2009 both the Dow and
  the S&P closed below the November 20 levels. ... The Dow dropped to 6547.05").

Figures are computed here from the stored closes.
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _items(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation)
            for i in check_text(text, dt.date.fromisoformat(day)).items]


def test_a_moving_averages_level_is_no_alarm_on_the_close():
    text = ("According to FactSet data, the Russell's 50-day moving average is at 1,624.56, while the 200-day "
            "stands at 1,616.23, as of Nov. 9.")
    got = [(t, v) for t, v, _ in _items(text, "2018-11-10") if "1,616.23" in t]
    assert got and all(v != "contradicted" for _, v in got), got


def test_a_records_figure_far_from_the_index_is_no_alarm():
    close = capscope.bars("DJI")["close"]
    assert close.loc[:"2008-10-13"].max() > 10 * 499.2
    text = ("The Dow gained 936.42 points. It was the biggest point gain in the Dow's history -- the prior record "
            "was 499.2, set back in 2000.")
    got = [(t, v) for t, v, _ in _items(text, "2008-10-13") if "499.2" in t]
    assert got and all(v != "contradicted" for _, v in got), got


def test_a_name_in_an_aside_is_the_subject_inside_it():
    text = ("\"It's a catalyst-light day,\" said Art Hogan, chief market strategist at Wunderlich Securities, "
            "who pointed out that while the Dow has closed at a record high nine times in 2014, it's up 2.1 "
            "percent for the year.")
    got = [(t, e) for t, _, e in _items(text, "2014-06-10") if "record high" in t]
    assert got and "DJI" in got[0][1] and "SPX" not in got[0][1], got


def test_a_monday_letter_that_names_no_session_reviews_the_week_before():
    close = capscope.bars("RUT")["close"]
    week = (close.loc["2025-10-17"] / close.loc["2025-10-10"] - 1) * 100
    text = ("Market Week: October 20, 2025. Stocks rose as strong bank earnings eased worries. Index table: the "
            "Russell 2000 closed at {c:,.2f}, up {w:.2f}% for the week.")
    got = [(t, v) for t, v, _ in _items(text.format(c=close.loc["2025-10-17"], w=week), "2025-10-20")
           if "for the week" in t or t.startswith("up ")]
    assert got and all(v == "supported" for _, v in got), got
    got = [(t, v) for t, v, _ in _items(text.format(c=close.loc["2025-10-17"], w=week + 3), "2025-10-20")
           if "for the week" in t or t.startswith("up ")]
    assert got and all(v != "supported" for _, v in got), got


def test_a_narrative_goes_on_from_a_day_named_just_before():
    close = capscope.bars("DJI")["close"]
    low = close.loc["2009-03-09"]
    assert low == close.loc["2007-10-09":"2009-03-26"].min()
    text = ("However, November 20, 2008 was not the bottom. On March 9, 2009 both the Dow and the S&P closed below "
            "the November 20 levels. The Dow dropped to {c:.2f}, a decline of more than half from its peak.")
    got = [(t, v) for t, v, _ in _items(text.format(c=low), "2009-03-26") if t.startswith("dropped to")]
    assert got == [(f"dropped to {low:.2f}", "supported")], got
    got = [(t, v) for t, v, _ in _items(text.format(c=low + 300), "2009-03-26") if t.startswith("dropped to")]
    assert got and got[0][1] != "supported", got


def test_a_count_of_records_with_no_window_of_its_own_is_no_alarm():
    # round 42's first measure: the count runs from the date the sentence names first, not from
    # the year's start (brute force: the S&P 500's record closes from September 2018)
    close = capscope.bars("SPX")["close"]
    upto = close.loc[:"2020-01-22"]
    records = int((upto.cummax().diff() > 0).loc["2018-09-01":].sum())
    text = ("The Russell 2000 has struggled to notch its first record high since August 2018. For context, the "
            "S&P 500 has posted {n} record highs since then, and the Dow has reached 32 record highs.")
    got = [(t, v) for t, v, _ in _items(text.format(n=records), "2020-01-23") if t.startswith("posted")]
    assert got and all(v != "contradicted" for _, v in got), got
