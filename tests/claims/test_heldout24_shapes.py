"""Shapes behind the wrong alarms of the twenty-fourth held-back round, each also seen in earlier
passages, each written here as a rule and tested on invented sentences whose figures are read
off the rows (never off the checker).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.kind.value, i.claim.text, i.verdict.value)
            for i in check_text(text, dt.date.fromisoformat(day)).items]


def _best_since(changes: pd.Series) -> pd.Timestamp | None:
    """The last earlier period whose change was at least the last one's (brute force)."""
    last = changes.iloc[-1]
    earlier = changes.iloc[:-1]
    hits = earlier[earlier >= last]
    return hits.index[-1] if len(hits) else None


def test_a_superlative_beside_a_years_change_ranks_years() -> None:
    # the Dow's 2016: +13.42%, its best year since 2013 (+26.50%), by brute force over year-end closes
    s = capscope.series("DJI").loc[:"2016-12-30"]
    years = s.groupby(s.index.year).last().pct_change() * 100
    assert round(years.loc[2016], 1) == 13.4 and _best_since(years.loc[:2016]) == 2013
    text = "For the year, the Dow Jones Industrial Average closed up 13.4 percent, the highest increase since {y}."
    assert ("highest_since", "highest increase since 2013", "supported") in _verdicts(text.format(y=2013), "2016-12-30")
    # 2013's gain was bigger, so it was not the best year since 2010
    got = [v for k, w, v in _verdicts(text.format(y=2010), "2016-12-30") if k == "highest_since"]
    assert got == ["contradicted"], got


def test_a_weekly_point_gain_is_ranked_in_points() -> None:
    s = capscope.series("SPX").loc[:"2012-11-23"]
    weekly = s.groupby(s.index.to_period("W-FRI")).last().diff()
    assert round(weekly.iloc[-1]) == 49
    prev = _best_since(weekly)
    assert prev is not None and prev.end_time.strftime("%Y-%m") == "2011-12"
    got = _verdicts("The rally gave the S&P 500 its biggest weekly point gain since December.", "2012-11-23")
    assert ("highest_since", "biggest weekly point gain since December", "supported") in got, got


def test_a_three_day_superlative_beside_a_point_move_ranks_points() -> None:
    # "the Dow has surged 337 points this week, its best three-day performance since November 2004"
    s = capscope.series("DJI").loc[:"2007-03-21"]
    three = s.diff(3)
    assert round(three.iloc[-1]) == 337
    assert _best_since(three.dropna()).strftime("%Y-%m") == "2004-11"
    text = "The Dow has surged 337 points this week, its best three-day performance since November 2004."
    got = [v for k, _, v in _verdicts(text, "2007-03-21") if k == "highest_since"]
    assert got == ["supported"], got


def test_a_monday_page_on_fridays_session_means_the_week_that_ended() -> None:
    s = capscope.series("DJI")
    change = s.loc["2019-09-20"] - s.loc["2019-09-13"]
    assert round(change) == -284
    text = ("U.S. stocks fell Friday on renewed trade worries. The Dow Jones Industrial Average fell 284 "
            "points, or 1 percent, for the week.")
    got = _verdicts(text, "2019-09-23")
    assert ("period_return", "fell 284 points", "supported") in got, got
    # a Monday story that names no session reviews the week that ended (a weekly letter); one
    # about Monday's session keeps Monday's week (the week so far)
    alone = _verdicts("The Dow Jones Industrial Average fell 284 points, or 1 percent, for the week.", "2019-09-23")
    assert ("period_return", "fell 284 points", "supported") in alone, alone
    monday = _verdicts("U.S. stocks edged lower on Monday. The Dow Jones Industrial Average fell 284 points, or 1 "
                       "percent, for the week.", "2019-09-23")
    assert ("period_return", "fell 284 points", "supported") not in monday, monday


def test_a_move_after_a_name_and_its_level_is_that_names() -> None:
    s = capscope.series("SPX")
    pts = s.loc["2026-01-06"] - s.loc["2026-01-05"]
    text = (f"The Dow Jones closed higher, followed by the S&P500 at {s.loc['2026-01-06']:,.0f}, up by "
            f"{pts:.0f} points.")
    got = check_text(text, dt.date(2026, 1, 6)).items
    move = [i for i in got if i.claim.kind.value == "day_move" and "points" in i.claim.text]
    assert [(i.resolved.subject.symbol, i.verdict.value) for i in move] == [("SPX", "supported")]


def test_a_count_of_decisions_over_a_span_is_no_alarm() -> None:
    # ten hikes from 2022-03-16 to 2023-05-03 (the FOMC table), about 14 months
    text = "The Fed began its tightening campaign in March 2022 and hiked rates 10 times in 15 months."
    got = [(w, v) for k, w, v in _verdicts(text, "2023-06-30") if k == "fed_decision"]
    assert ("hiked rates 10 times", "unverifiable") in got, got


def test_another_vendors_cents_on_the_previous_close_are_no_alarm() -> None:
    # a morning paper of 2001-01-03 on the 2nd: the Nasdaq closed at 2,291.86 (the rows); the story
    # printed 2,291.91
    close = capscope.series("IXIC").loc["2001-01-02"]
    assert round(close, 2) == 2291.86
    got = _verdicts("The Nasdaq Composite index fell 178.66 points or 7.23 per cent to close at 2,291.91.",
                    "2001-01-03")
    assert ("close_level", "to close at 2,291.91", "contradicted") not in got, got


def test_an_economic_gauge_is_no_index() -> None:
    got = _verdicts("Investors piled into bonds after data showed US manufacturing fell to its lowest level "
                    "in a decade; the Nasdaq fell 7.2%.", "2001-01-03")
    assert [v for k, _, v in got if k == "lowest_since"] == ["unverifiable"], got


def test_a_ticker_after_for_is_a_fund_capscope_lacks() -> None:
    got = _verdicts("IWM is down 15.22% year to date against a loss of 8.19% for IWB.", "2011-09-29")
    assert [v for k, w, v in got if "8.19" in w] == ["unverifiable"], got


def test_a_gain_given_back_is_the_gain_before_the_fall() -> None:
    # "The Dow gave up more than a quarter of its 745-point advance since Jan." (2012-03-07): the
    # Dow's 2012 gain to the close before the 2012-03-06 fall (the rows)
    s = capscope.series("DJI")
    before = s.loc["2012-03-05"] - s.loc["2011-12-30"]
    after = s.loc["2012-03-06"] - s.loc["2011-12-30"]
    assert round(before) == 745 and round(after) == 542
    text = ("The Dow fell 204 points on Tuesday, its worst day of the year. The Dow {verb} its 745-point advance "
            "since Jan. 1.")
    got = _verdicts(text.format(verb="gave up more than a quarter of"), "2012-03-07")
    assert [v for k, w, v in got if k == "period_return" and "745" in w] == ["supported"], got
    # without the words of a give-back, the gain is the one to the day
    got = _verdicts(text.format(verb="has kept"), "2012-03-07")
    assert [v for k, w, v in got if k == "period_return" and "745" in w] != ["supported"], got
