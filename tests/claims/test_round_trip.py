"""Round trip: sentences written from the data in several phrasings come back supported; the same
sentences with a figure moved beyond its rounding never do.

The figures are computed here with pandas from the stored closes (not by capscope's statistics),
rounded as a journalist would, and dated as a reader says them ("on Tuesday", "for the week").
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import capscope
from capscope.claims.check import check_text

NAMES = {"RUT": "Russell 2000", "SPX": "S&P 500", "IXIC": "Nasdaq Composite"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _closes(symbol: str) -> pd.Series:
    return capscope.bars(symbol)["close"].dropna().loc["2000-01-01":]


def _sentences(symbol: str, i: int, shift: float = 0.0) -> tuple[list[str], dt.date]:
    """Four phrasings of the session at row ``i`` (and its week and year); ``shift`` (>= 0)
    enlarges every stated percent by that many points, every points change by ten times that
    and every level by that share, keeping the direction the data give."""
    s = _closes(symbol)
    day, prev = s.index[i], s.iloc[i - 1]
    close = s.iloc[i]
    pct = (close / prev - 1) * 100
    pts = close - prev
    monday = day - pd.Timedelta(days=day.day_of_week)
    week_base = s.loc[: monday - pd.Timedelta(days=1)].iloc[-1]
    wtd = (close / week_base - 1) * 100
    year_base = s.loc[: pd.Timestamp(day.year - 1, 12, 31)].iloc[-1]
    ytd = (close / year_base - 1) * 100
    name, weekday = NAMES[symbol], WEEKDAYS[day.day_of_week]
    level = close * (1 + shift / 100)

    def verb(x: float, up: str, down: str) -> str:
        return up if x >= 0 else down

    out = [
        f"The {name} {verb(pct, 'rose', 'fell')} {abs(pct) + shift:.1f}% on {weekday}.",
        f"The {name} {verb(pts, 'gained', 'lost')} {abs(pts) + 10 * shift:,.2f} points, or "
        f"{abs(pct) + shift:.1f}%, to close at {level:,.2f}.",
        f"For the week, the {name} {verb(wtd, 'gained', 'lost')} {abs(wtd) + shift:.1f}%.",
        f"The {name} is {verb(ytd, 'up', 'down')} {abs(ytd) + shift:.1f}% year to date.",
    ]
    return out, day.date()


def _verdicts(text: str, published: dt.date) -> list[str]:
    return [i.verdict.value for i in check_text(text, published).items]


@settings(max_examples=40, deadline=None, derandomize=True)  # the same cases in every run: CI must not turn on a new seed
@given(st.sampled_from(sorted(NAMES)), st.integers(min_value=300, max_value=6000))
def test_sentences_written_from_the_data_are_supported(symbol, i):
    sentences, published = _sentences(symbol, i)
    for sentence in sentences:
        got = _verdicts(sentence, published)
        assert got and all(v == "supported" for v in got), (sentence, published, got)


@settings(max_examples=40, deadline=None, derandomize=True)  # the same cases in every run: CI must not turn on a new seed
@given(st.sampled_from(sorted(NAMES)), st.integers(min_value=300, max_value=6000),
       st.floats(min_value=0.3, max_value=3.0))
def test_a_figure_moved_beyond_its_rounding_is_never_supported(symbol, i, size):
    sentences, published = _sentences(symbol, i, shift=size)
    for sentence in sentences:
        got = _verdicts(sentence, published)
        assert "supported" not in got, (sentence, published, got)


def test_a_year_to_date_change_is_not_read_as_a_peak_to_trough_fall():
    # the case hypothesis found: RUT 2001-12-31 -> 2002-02-05 is -4.03% (off the rows), while its
    # deepest fall inside those weeks is about 6.1%; "down 6.1% year to date" is wrong
    s = _closes("RUT")
    assert round((s["2002-02-05"] / s["2001-12-31"] - 1) * 100, 2) == -4.03
    got = _verdicts("The Russell 2000 is down 6.1% year to date.", dt.date(2002, 2, 5))
    assert "supported" not in got
