"""A window's extreme stated as a level: "its 52-week high of $103.11", "the mid-June low of 672.72",
"its 2026 closing low of 6796.86 hit Tuesday, Jan. 20", "Wednesday's year low of 2,332.78",
"closed at a fresh 18-month high of 10,779.17".

Every expected extreme is computed here by brute force over the stored rows (pandas max/min over
the window's rows, the window counted on the calendar by hand); each sentence is also written with
the level moved well beyond its rounding, where it must not be borne out, and never raises an
alarm (a window's edges in copy are loose: the licence withholds it).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import capscope
from capscope.claims.check import check_text


def _extremes(text: str, published: str) -> list[tuple[str, str, str]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return [(i.claim.text, i.verdict.value, i.checked.explanation) for i in report.items
            if i.claim.kind.value == "close_level" and i.claim.details.get("extreme")]


def _rows(symbol: str, start: str, end: str) -> pd.DataFrame:
    bars = capscope.bars(symbol)
    return bars.loc[(bars.index >= pd.Timestamp(start)) & (bars.index <= pd.Timestamp(end))]


@pytest.mark.parametrize("published, words, value", [
    # a quote page's 52-week range is intraday: 2012-07-16 .. 2013-07-15 (52 weeks back, day after)
    ("2013-07-15", "iShares Russell 2000 Index (IWM) has a 52-week low of ${x:.2f} per share.",
     lambda: _rows("IWM", "2012-07-17", "2013-07-15")["low"].min()),
    # a named month without its year: the June before the article
    ("2006-07-22", "The Russell 2000 sank to 671.94, below the mid-June low of {x:.2f}.",
     lambda: _rows("RUT", "2006-06-01", "2006-06-30")["close"].min()),
    # the year's closing low to the day the words say it was set
    ("2026-01-23", "The S&P 500 is up 1.75% from its 2026 closing low of {x:.2f} hit Tuesday, Jan. 20.",
     lambda: _rows("SPX", "2026-01-01", "2026-01-20")["close"].min()),
    # a year's closing high, in a later year's story
    ("2010-05-21", "The Dow Jones industrial average has stayed below its 2009 closing high of {x:,.2f} all spring.",
     lambda: _rows("DJI", "2009-01-01", "2009-12-31")["close"].max()),
])
def test_a_windows_extreme(published, words, value):
    x = float(value())
    got = _extremes(words.format(x=x), published)
    assert [v for _, v, _ in got] == ["supported"], got
    got = _extremes(words.format(x=x * 1.04), published)
    assert got and got[0][1] == "contradicted", got  # (on the reading: the licence is tested below)


def test_the_sessions_own_level_at_a_lookback_copy_rounds():
    # the Dow's close on Thursday 2010-03-18 was its highest since 2008-10-01: "an 18-month high",
    # though a strict 18-month window reaches back to higher closes in late September 2008
    close = capscope.bars("DJI")["close"]
    day = float(close.loc["2010-03-18"])
    assert close.loc["2008-09-19":"2010-03-18"].max() > day  # the strict window's extreme is another close
    text = f"On Thursday, the Dow closed at a fresh 18-month high of {day:,.2f}."
    got = _extremes(text, "2010-03-19")
    assert [v for _, v, _ in got] == ["supported"] and "2010-03-18" in got[0][2], got
    got = _extremes(text.replace(f"{day:,.2f}", f"{day + 150:,.2f}"), "2010-03-19")
    assert got and got[0][1] != "supported", got


@pytest.mark.alarm_licence
def test_a_missed_extreme_is_no_alarm():
    x = float(_rows("RUT", "2006-06-01", "2006-06-30")["close"].min())
    got = _extremes(f"The Russell 2000 sank to 671.94, below the mid-June low of {x * 1.04:.2f}.", "2006-07-22")
    assert [v for _, v, _ in got] == ["unverifiable"] and "too loosely for an alarm" in got[0][2], got


def test_a_record_is_not_a_windows_extreme():
    # "its all-time high of": the references rule's record level, not a window
    assert _extremes("The Nasdaq is 20% below its all-time high of 5,048.62.", "2001-01-02") == []



@pytest.mark.parametrize("shift", [0.0, 0.25])
def test_a_yields_closing_extreme_and_its_distance_in_points(shift):
    # 2023-03-07, off the stored end-of-day series: the 2-year yield's lowest close of 2023 to that
    # day, and how far above it the day's close stood, in points of the rate
    two = capscope.series("DGS2")
    year = two.loc["2023-01-01":"2023-03-07"]
    low, day = float(year.min()), year.idxmin()
    gap = float(two.loc["2023-03-07"]) - low
    text = (f"The yield on the 2-year Treasury note was {float(two.loc['2023-03-07']):.3f}% Tuesday. It is up "
            f"{gap + shift:.3f} percentage point from its 2023 closing low of {low + shift:.3f}% hit "
            f"{day.day_name()}, {day.strftime('%b')}. {day.day}, 2023.")
    report = check_text(text, dt.date(2023, 3, 7))
    got = {i.claim.kind.value: i.verdict.value for i in report.items if i.claim.kind.value != "close_level"
           or i.claim.details.get("extreme")}
    want = "supported" if shift == 0.0 else None
    assert (got["close_level"] == "supported") is (want is not None), got
    assert (got["distance_from_record"] == "supported") is (want is not None), got


def test_a_yields_extreme_quoted_during_the_day_is_not_read_as_the_series():
    # "soared to a five-year high of 5.295 percent" in a fitful session: a quote the end-of-day
    # series cannot time, neither the words' closing extreme nor a day they date
    report = check_text("The yield on the 10-year Treasury note soared to a five-year high of 5.295 percent.",
                        dt.date(2007, 6, 12))
    assert not [i for i in report.items if i.claim.details.get("extreme")], [
        (i.claim.text, i.verdict.value) for i in report.items]
