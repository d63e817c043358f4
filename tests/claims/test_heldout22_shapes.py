"""The shapes behind the misses of the twenty-second held-back corpora (measured once at
da8aa22, then fixed by rule), each on an invented passage with values read off the rows or
the FOMC table."""

from __future__ import annotations

import datetime as dt

import pandas as pd

import capscope
from capscope.claims.check import check_text
from capscope.fed.policy import policy_rates


def _items(text: str, day: dt.date) -> dict[str, tuple[str, str]]:
    return {i.claim.text: (i.verdict.value, i.checked.explanation) for i in check_text(text, day).items}


def _change(symbol: str, base: str, day: str) -> tuple[float, float]:
    close = capscope.series(symbol)
    a, b = float(close.loc[base]), float(close.loc[day])
    return b - a, (b / a - 1) * 100


def test_a_wire_tables_heading_run_into_its_first_line_dates_the_lines_after_it():
    # AP's "How major US stock indexes fared" box with its line breaks lost: "For the week:"
    # dates the S&P 500's and the Nasdaq's lines too (Friday 2016-07-29 close to Tuesday 2016-08-02)
    day = dt.date(2016, 8, 2)
    lines = []
    for name, sym in (("The Dow", "DJI"), ("The S&P 500", "SPX"), ("The Nasdaq", "IXIC")):
        pts, pct = _change(sym, "2016-07-29", "2016-08-02")
        lines.append(f"{name} is {'down' if pts < 0 else 'up'} {abs(pts):.2f} points, or {abs(pct):.1f} per cent.")
    ytd_pts, ytd_pct = _change("SPX", "2015-12-31", "2016-08-02")
    text = ("How the Dow fared on Tuesday. For the week: " + " ".join(lines)
            + f" For the year: The S&P 500 is up {ytd_pts:.2f} points, or {ytd_pct:.1f} per cent.")
    got = _items(text, day)
    assert len(got) == 8, got
    assert all(v == "supported" for v, _ in got.values()), got
    spx_week = next(e for k, (v, e) in got.items() if k.startswith("down") and "SPX" in e)
    assert "2016-07-29" in spx_week
    # the same box with the S&P 500's week overstated by a quarter is an alarm on the week (half as
    # much again would be far enough off to be another window's: readings.firmness)
    wrong = text.replace(lines[1], lines[1].replace(f"{abs(_change('SPX', '2016-07-29', '2016-08-02')[0]):.2f}",
                                                   f"{abs(_change('SPX', '2016-07-29', '2016-08-02')[0]) * 1.25:.2f}"))
    assert wrong != text
    assert "contradicted" in {v for v, _ in _items(wrong, day).values()}


def test_a_fed_size_over_a_campaign_adds_the_window_up():
    # the FOMC table: the 2022-03-16 .. 2023-07-26 hikes, brute-force summed here from the target's upper bound
    upper = policy_rates()["upper"]
    total = round((float(upper.loc[:"2023-07-31"].iloc[-1]) - float(upper.loc[:"2022-03-01"].iloc[-1])) * 100)
    assert total == 525
    day = dt.date(2024, 5, 28)
    got = _items(f"The Federal Open Market Committee tightened policy by {total} basis points from March 2022 "
                 "through July 2023.", day)
    assert [v for v, _ in got.values()] == ["supported"]
    off = _items(f"The Federal Open Market Committee tightened policy by {total - 25} basis points from March 2022 "
                 "through July 2023.", day)
    assert [v for v, _ in off.values()] == ["contradicted"]
    # one meeting in the window: still that meeting's size (2022-06-15, +75 bp)
    june = _items("The Fed raised rates by 50 basis points in June 2022.", day)
    assert [v for v, _ in june.values()] == ["contradicted"]


def test_year_over_year_is_the_past_years_change_and_a_stray_point_before_the_sign_is_no_decimal():
    close = capscope.series("SPX")
    day = pd.Timestamp("2019-04-30")
    year_before = close.loc[:day - pd.DateOffset(years=1)].iloc[-1]
    yoy = (float(close.loc[day]) / float(year_before) - 1) * 100
    ytd = (float(close.loc[day]) / float(close.loc["2018-12-31"]) - 1) * 100
    assert abs(yoy - 11.25) < 0.01 and abs(ytd - yoy) > 5  # the two windows disagree by far
    got = _items(f"The scorecard: year over year, the S&P 500 is up {round(yoy)}.% vs. the Russell 2000.", day.date())
    (verdict, why), = got.values()
    assert verdict == "supported", why
    assert "2018-04-30" in why


def test_a_publication_month_alone_judges_only_what_the_day_does_not_change():
    # off the rows: the Russell 2000 rose 30.99% in Q4 2020 (Sept. 30 -> Dec. 31 closes); its 2020
    # change to Jan. 1 and to Jan. 31, 2021 differ, so "up 10% year to date" hangs on the day
    q4 = _change("RUT", "2020-09-30", "2020-12-31")[1]
    assert round(q4, 2) == 30.99
    text = f"The Russell 2000 surged more than {int(q4) - 4}% in Q4. It is up 10% year to date."
    report = check_text(text, "2021-01")
    assert report.published is None and report.published_label == "2021-01 (month only)"
    assert report.to_dict()["published_month"] == "2021-01"
    got = {i.claim.text: i.verdict.value for i in report.items}
    assert got == {f"surged more than {int(q4) - 4}%": "supported", "up 10%": "unverifiable"}
    # the same Q4 claim misstated (more than 35%) is contradicted whatever the day
    wrong = {i.claim.text: i.verdict.value for i in check_text(text.replace(f"{int(q4) - 4}%", "35%"), "2021-01").items}
    assert wrong["surged more than 35%"] == "contradicted"
    # a full dateline of that month in the text is the day
    dated = check_text("NEW YORK, Jan. 5, 2021 -- " + text, "2021-01")
    assert dated.published == dt.date(2021, 1, 5)


def test_a_figure_after_a_possessive_name_is_that_names():
    # "the Russell 1000's 11.8% increase": the Russell 1000's, which capscope lacks, not the sentence subject's
    got = _items("The small-cap index also outran the Russell 1000's 11.8% increase in November 2020.",
                 dt.date(2020, 12, 15))
    assert got["11.8%"][0] == "unverifiable" and "Russell 1000" in got["11.8%"][1]
