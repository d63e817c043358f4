"""Shapes behind the wrong alarms of the twenty-seventh held-back round, each written as a rule and
tested on sentences whose expected verdicts are read off the rows here (never off the checker).
"""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _items(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.kind.value, i.claim.text, i.verdict.value)
            for i in check_text(text, dt.date.fromisoformat(day)).items]


def test_a_record_beside_a_missed_record_close_is_the_sessions_high() -> None:
    bars = capscope.bars("DJI").loc[:"2024-07-12"]
    high, close = bars["high"], bars["close"]
    assert float(high.iloc[-1]) > float(high.iloc[:-1].max())  # an intraday record
    assert float(close.iloc[-1]) < float(close.iloc[:-1].max())  # no record close
    text = ("The Dow Jones Industrial Average rose to an all-time high on Friday, passing 40,000, though it "
            "fell short of a record close.")
    got = [(w, v) for k, w, v in _items(text, "2024-07-12") if k == "record"]
    assert got == [("an all-time high", "supported"), ("a record close", "supported")], got


def test_a_lookback_extreme_dated_by_a_month_is_no_alarm() -> None:
    # SPX's lowest close of April 2025 was its lowest in about twelve months; its intraday low was
    # lower: "15-month lows in April" may be either, and closes cannot rank an intraday one
    s = capscope.series("SPX")
    april = s.loc["2025-04-01":"2025-04-30"]
    low_day = april.idxmin()
    before = s.loc[:low_day].iloc[:-1]
    last_lower = before[before <= april.min()].index[-1]
    assert (low_day - last_lower).days < 15 * 30
    text = "The S&P 500 closed the quarter at a record after falling to 15-month lows in April."
    got = [v for k, _, v in _items(text, "2025-07-01") if k == "lowest_since"]
    assert got == ["unverifiable"], got


def test_a_spread_between_two_series_is_neither() -> None:
    got = _items("The gap between the 10-year and 2-year yields has widened to around 1.3%, its highest level "
                 "since early 2017.", "2021-03-01")
    assert "contradicted" not in [v for _, _, v in got], got


def test_a_window_between_a_bottom_and_a_peak_is_no_alarm() -> None:
    got = _items("Both the Russell 2000 and the NASDAQ 100 outperformed from the March 2020 bottom to their "
                 "November peaks.", "2022-01-27")
    assert "contradicted" not in [v for _, _, v in got], got
