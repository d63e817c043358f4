"""Levels a sentence dates by something other than its verb's day: a year's last close ("finished
2019 at ..."), a dated ", when" ("since June 18, 2002, when the average was at ..."), a record's
level set before its noun ("its 26,828.39 closing record high"), a close between a name and its
move ("the Nasdaq Composite at 13,818.41, down 131.81 points"), and an adviser letter's inline
table. Every expected figure is read off the stored rows here, never off the checker.
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text


def _items(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.kind.value, i.claim.text, i.verdict.value)
            for i in check_text(text, dt.date.fromisoformat(day)).items]


def _close(sym: str, day: str) -> float:
    return float(capscope.series(sym).loc[day])


def _last_close_of(sym: str, year: int) -> float:
    s = capscope.series(sym)
    return float(s[s.index.year == year].iloc[-1])


@pytest.mark.parametrize("verb", ["finished", "ended", "closed"])
def test_a_closing_verb_and_a_year_date_the_years_last_close(verb: str) -> None:
    level = _last_close_of("DJI", 2019)
    text = f"For the year, the Dow closed up 7.2%; it {verb} 2019 at {level:,.2f}."
    got = [v for k, _, v in _items(text, "2020-12-31") if k == "close_level"]
    assert got == ["supported"], got
    # a level off by a point is no longer that close
    text = f"For the year, the Dow closed up 7.2%; it {verb} 2019 at {level + 100:,.2f}."
    got = [v for k, _, v in _items(text, "2020-12-31") if k == "close_level"]
    assert got and got != ["supported"], got


def test_a_years_close_named_by_its_year_dates_no_other_figure() -> None:
    # "fell 3.30 points, or 0.2%, to 2060.99, staying above its 2014 close of 2058.90" (Dec. 24, 2015)
    day, prev = _close("SPX", "2015-12-24"), _close("SPX", "2015-12-23")
    year_end = _last_close_of("SPX", 2014)
    text = (f"The S&P 500 fell {prev - day:.2f} points to {day:.2f}, staying above its 2014 close of "
            f"{year_end:.2f}.")
    got = _items(text, "2015-12-24")
    assert [v for _, _, v in got] == ["supported"] * 3, got  # the day's move is still the day's


def test_a_dated_when_dates_the_level_after_it() -> None:
    then = _close("DJI", "2002-06-18")
    text = (f"The Dow rose to its highest close since June 18, 2002, when the average was at "
            f"{then:,.2f}.")
    got = [(w, v) for k, w, v in _items(text, "2003-10-09") if k == "close_level"]
    assert got == [(f"was at {then:,.2f}", "supported")], got
    # with no day before "when" there is no session to check: no level claim at all
    got = [k for k, _, _ in _items(f"Back when the index was at {then:,.2f}, few cared.", "2003-10-09")]
    assert "close_level" not in got, got


def test_a_records_level_before_its_noun_and_the_distance_from_it() -> None:
    s = capscope.series("DJI").loc[:"2018-12-26"]
    record, day = float(s.max()), float(s.iloc[-1])
    assert s.idxmax().strftime("%Y-%m-%d") == "2018-10-03"
    below = (1 - day / record) * 100
    text = (f"The Dow ended at {day:,.0f}; it is now {below:.1f} percent off its {record:,.2f} closing "
            "record high on Oct. 3.")
    got = _items(text, "2018-12-26")
    assert ("distance_from_record", "supported") in [(k, v) for k, _, v in got], got
    assert ("close_level", f"its {record:,.2f} closing record high", "supported") in got, got
    # a record level the rows do not hold is no longer borne out
    wrong = text.replace(f"{record:,.2f}", f"{record + 500:,.2f}")
    got = [v for k, w, v in _items(wrong, "2018-12-26") if k == "close_level" and "record" in w]
    assert got and got != ["supported"], got


def test_a_close_between_a_name_and_its_move() -> None:
    nasdaq, prev = _close("IXIC", "2021-04-22"), _close("IXIC", "2021-04-21")
    text = (f"The S&P 500 finished lower, and the Nasdaq Composite at {nasdaq:,.2f}, down "
            f"{prev - nasdaq:.2f} points.")
    got = _items(text, "2021-04-22")
    assert ("close_level", "supported") in [(k, v) for k, _, v in got], got
    dow = _close("DJI", "1999-03-29")
    text = f"The Dow Jones Industrial Average, at {dow:.2f}, leapt 184.54, or 1.88%."
    got = [v for k, _, v in _items(text, "1999-03-29") if k == "close_level"]
    assert got == ["supported"], got


def test_a_close_after_a_closing_verbs_move() -> None:
    spx = _close("SPX", "2018-01-30")
    text = f"The S&P 500 index closed down 1.1% at roughly {spx:,.0f}, and the Nasdaq ended the day off 0.9%."
    got = _items(text, "2018-01-30")
    assert ("close_level", "supported") in [(k, v) for k, _, v in got], got
    assert ("day_move", "off 0.9%", "supported") in got, got


def _table_row(sym: str, year_end: str, prior: str, now: str, sep: str = "/", fmt: str = ".2f") -> str:
    """An adviser letter's table row off the rows: the closes at the year's end, the week before
    and the "as of" day, then the week's and the year's change."""
    s = capscope.series(sym)
    y, p, n = (float(s.loc[d]) for d in (year_end, prior, now))
    return f" {sep} ".join([format(y, fmt), format(p, fmt), format(n, fmt), f"{(n / p - 1) * 100:.2f}%",
                            f"{(n / y - 1) * 100:.2f}%"])


def test_an_inline_table_of_closes_and_changes() -> None:
    # an adviser letter's table: columns named once, rows "name v / v / ..."
    def row(sym: str) -> str:
        return _table_row(sym, "2017-12-29", "2018-04-13", "2018-04-20")

    text = ("The Markets (as of market close April 20, 2018). Stocks rose. Table (2017 close / prior week / "
            f"as of 4/20 / weekly change / YTD change): DJIA {row('DJI')}; Russell 2000 {row('RUT')}; Global Dow "
            "3085.41 / 3057.98 / 3083.28 / 0.83% / -0.07%. Chart reflects price changes.")
    got = _items(text, "2018-04-23")
    table = [(k, v) for k, _, v in got if k in ("close_level", "period_return")]
    assert table == [("close_level", "supported")] * 3 + [("period_return", "supported")] * 2 + \
        [("close_level", "supported")] * 3 + [("period_return", "supported")] * 2, got
    # a table that opens the article is skipped by the sentence grammar too: no cell read twice
    first = text[text.index("Table ("):]
    kinds = [k for k, _, _ in _items(first, "2018-04-23")]
    assert "figure" not in kinds and len(kinds) >= 10, kinds
    # a cell moved beyond its rounding is not borne out
    bad = text.replace(row("RUT").split(" / ")[3], "1.94%")
    got = [v for k, w, v in _items(bad, "2018-04-23") if w == "1.94%"]
    assert got and got[0] != "supported", got


def test_an_inline_table_with_pipes_between_its_cells() -> None:
    # the same letter's template, as other letters print it: "|" between the heading's columns and the cells
    def row(sym: str) -> str:
        return _table_row(sym, "2025-12-31", "2025-12-26", "2026-01-02", sep="|", fmt=",.2f")

    assert row("DJI") == "48,063.29 | 48,710.97 | 48,382.39 | -0.67% | 0.66%"  # the letter's own row
    text = ("Market summary, week of January 5, 2026. Table (2025 Close | Prior Week | As of 1/2 | Weekly Change | "
            f"YTD Change): DJIA {row('DJI')}. Russell 2000 {row('RUT')}. 10-year Treasuries 4.16% | 4.13% | 4.18%.")
    got = _items(text, "2026-01-05")
    table = [(k, v) for k, _, v in got if k in ("close_level", "period_return")]
    # (the yield's row stops after the closes: the letter's 4.16 / 4.13 / 4.18 against FRED's 4.18 /
    # 4.14 / 4.19, within two vendors' end-of-day difference; test_yield_levels_in_copy moves one)
    assert table == ([("close_level", "supported")] * 3 + [("period_return", "supported")] * 2) * 2 \
        + [("close_level", "supported")] * 3, got
    bad = text.replace(row("RUT").split(" | ")[4], "2.06%")
    got = [v for k, w, v in _items(bad, "2026-01-05") if w == "2.06%"]
    assert got and got[0] != "supported", got


def _day(sym: str, day: str) -> tuple[float, float, float]:
    """(close, change in points, change in percent) of one session, from the rows."""
    s = capscope.series(sym).loc[:day]
    close, prev = float(s.iloc[-1]), float(s.iloc[-2])
    return close, close - prev, (close / prev - 1) * 100


def test_a_tickers_bracketed_quote_is_its_days_move_and_price() -> None:
    rut, spx = _day("RUT", "2023-06-06")[2], _day("SPX", "2023-06-06")[2]
    text = (f"The small-cap Russell 2000 index (RUT, {rut:+.2f}%) rallied, while the S&P 500 "
            f"(SPX, {spx:+.2f}%) lagged.")
    got = [(k, v) for k, _, v in _items(text, "2023-06-06")]
    assert got == [("day_move", "supported")] * 2, got
    close, points, pct = _day("IWM", "2011-01-28")
    text = f"The iShares Russell 2000 Index Fund (IWM {close:.2f}, {points:+.2f}, {pct:+.2f}%) fell."
    got = [(k, v) for k, _, v in _items(text, "2011-01-28")]
    assert got == [("close_level", "supported"), ("day_move", "supported"), ("day_move", "supported")], got
    # a quote whose move is off by a point is not borne out, even mid-session
    text = f"The iShares Russell 2000 Index Fund (IWM {close:.2f}, {points:+.2f}, {pct + 1:+.2f}%) fell."
    got = [v for k, w, v in _items(text, "2011-01-28") if w.endswith("%")]
    assert got and got[0] != "supported", got


def test_a_bracketed_percent_and_a_spelled_point_change() -> None:
    close, points, pct = _day("IXIC", "2012-02-03")
    text = f"The Nasdaq Composite added {points:.2f} ({pct:.2f} per cent) to {close:,.2f}."
    got = [(k, v) for k, _, v in _items(text, "2012-02-03")]
    assert got == [("day_move", "supported")] * 2 + [("close_level", "supported")], got
    _, points, _ = _day("SPX", "2012-03-30")
    assert round(points) == 5  # "rose five points"
    got = [(w, v) for k, w, v in _items("The S&P 500 rose five points on Friday.", "2012-03-30") if k == "day_move"]
    assert got == [("rose five points", "supported")], got
    got = [v for k, _, v in _items("The S&P 500 rose nine points on Friday.", "2012-03-30") if k == "day_move"]
    assert got and got != ["supported"], got


def _change(sym: str, base: str, end: str) -> float:
    s = capscope.series(sym)
    return (float(s.loc[end]) / float(s.loc[base]) - 1) * 100


def test_a_scoreboards_signed_figures_are_changes() -> None:
    dow, spx = _day("DJI", "2010-09-03"), _day("SPX", "2010-09-03")
    text = f"The scoreboard: Dow: {dow[1]:+.0f}, S&P 500: {spx[1]:+.1f}. The jobs report lifted futures."
    got = [(k, v) for k, _, v in _items(text, "2010-09-03")]
    assert got == [("day_move", "supported")] * 2, got
    close, points, pct = _day("SPX", "2015-12-28")
    text = f"The scoreboard: S&P 500: {close:,.1f}, {points:+.1f}, ({pct:+.1f}%)."
    got = [(k, v) for k, _, v in _items(text, "2015-12-28")]
    assert got == [("close_level", "supported"), ("day_move", "supported"), ("day_move", "supported")], got
    # the time phrase right after a figure dates it; a heading's dates every figure of the list
    week, ytd = _change("RUT", "2023-12-22", "2023-12-29"), _change("RUT", "2022-12-30", "2023-12-29")
    text = f"Scorecard: Russell 2000 {week:+.1f}% for the week / {ytd:+.1f}% YTD."
    got = [(k, v) for k, _, v in _items(text, "2023-12-29")]
    assert got == [("period_return", "supported")] * 2, got
    ytd = _change("DJI", "2007-12-31", "2008-09-04")
    got = [(k, v) for k, _, v in _items(f"Year-to-date returns: Dow Jones, {ytd:.2f}%.", "2008-09-04")]
    assert got == [("period_return", "supported")], got
    # a figure with words between it and the name is no scoreboard's
    got = [k for k, _, _ in _items("The Dow, which many follow, -1.2% is what traders said.", "2010-09-03")]
    assert "day_move" not in got, got


def test_for_the_week_on_the_weeks_first_session_may_be_the_week_before() -> None:
    # Tuesday, Jan. 2, 2024 followed the New Year holiday: a scorecard of the week that ended Dec. 29
    week = _change("SPX", "2023-12-22", "2023-12-29")
    text = f"Stocks ended Friday lower. Scorecard: S&P 500 {week:+.1f}% for the week."
    got = [(k, v) for k, _, v in _items(text, "2024-01-02") if k == "period_return"]
    assert got == [("period_return", "supported")], got
    # on a Tuesday after a Monday session, the week has begun: no such reading
    # (Jan. 9, 2024: Monday the 8th was a session)
    week = _change("SPX", "2023-12-29", "2024-01-05")
    text = f"Stocks ended Friday lower. Scorecard: S&P 500 {week:+.1f}% for the week."
    got = [v for k, _, v in _items(text, "2024-01-09") if k == "period_return"]
    assert got != ["supported"], got


def test_a_fronted_clause_takes_the_main_clauses_subject() -> None:
    # "After rallying to fresh record highs ..., the Dow has stalled": the Dow's record close of
    # Nov. 11, 2016 (above every earlier close, by brute force)
    s = capscope.series("DJI").loc[:"2016-11-11"]
    assert float(s.iloc[-1]) > float(s.iloc[:-1].max())
    got = _items("After rallying to fresh record highs last Friday, the Dow has stalled.", "2016-11-16")
    assert [(k, v) for k, _, v in got] == [("record", "supported")], got
    # a name inside the fronted clause keeps its own figure
    spx, dji = _day("SPX", "2016-11-14")[2], _day("DJI", "2016-11-14")[2]
    assert abs(round(spx, 2) - round(dji, 2)) >= 0.05  # (each its own figure)
    text = f"After the S&P 500 moved {spx:+.2f}% on Monday, the Dow held up."
    got = [(w, v) for k, w, v in _items(text.replace("moved +", "rose ").replace("moved -", "fell "), "2016-11-14")
           if k == "day_move"]
    assert [v for _, v in got] == ["supported"], got


def test_a_state_entered_in_a_month_is_one_of_its_sessions() -> None:
    # the Russell 2000 closed 10% or more below its 52-week high on some session of March 2026, and
    # on none of January 2026 (brute force over the closes)
    s = capscope.series("RUT")
    depth = 1 - s / s.rolling(252, min_periods=1).max()
    march, january = depth.loc["2026-03-01":"2026-03-31"], depth.loc["2026-01-01":"2026-01-31"]
    assert (march >= 0.10).any() and not (january >= 0.10).any()
    text = "Weeks after it slipped into correction territory in {m}, the Russell 2000 has staged a rally."
    got = [v for k, _, v in _items(text.format(m="March"), "2026-04-20") if k == "distance_from_record"]
    assert got == ["supported"], got
    got = [v for k, _, v in _items(text.format(m="January"), "2026-04-20") if k == "distance_from_record"]
    assert got == ["contradicted"], got


def _is_record(sym: str, day: str) -> bool:
    s = capscope.series(sym).loc[:day]
    return float(s.iloc[-1]) > float(s.iloc[:-1].max())


@pytest.mark.parametrize(("text", "day", "symbols"), [
    ("The Nasdaq composite index and the Standard & Poor's 500 soared to records Friday.", "1999-12-03",
     ["IXIC", "SPX"]),
    ("The Dow Jones industrial average and the benchmark Standard & Poor's 500 index both set new closing "
     "highs Thursday.", "2019-07-11", ["DJI", "SPX"]),
    ("The Standard & Poor's 500 index and the Nasdaq Composite Index reached new peaks.", "2017-09-29",
     ["SPX", "IXIC"]),
    ("The Dow finished at another record on Wednesday.", "2017-12-13", ["DJI"]),
])
def test_records_in_more_wordings_one_per_name(text: str, day: str, symbols: list[str]) -> None:
    assert all(_is_record(sym, day) for sym in symbols)
    got = [(i.claim.subject.symbol, i.verdict.value) for i in check_text(text, dt.date.fromisoformat(day)).items
           if i.claim.kind.value == "record"]
    assert got == [(sym, "supported") for sym in symbols], got


def test_closing_in_on_a_record_is_not_one_and_belongs_to_its_own_clause() -> None:
    assert not _is_record("DJI", "1999-12-03") and _is_record("IXIC", "1999-12-03")
    text = ("The Nasdaq composite index and the Standard & Poor's 500 soared to records Friday and the Dow "
            "industrials closed in on a new high.")
    got = [(i.claim.subject.symbol, i.verdict.value, i.claim.details.get("negated"))
           for i in check_text(text, dt.date(1999, 12, 3)).items if i.claim.text == "a new high"]
    assert got == [("DJI", "supported", True)], got


def test_a_clock_time_makes_the_figures_mid_session_ones() -> None:
    bars = capscope.bars("DJI").loc["2011-09-06"]
    prev = float(capscope.series("DJI").loc[:"2011-09-02"].iloc[-1])
    level = round((float(bars["low"]) + float(bars["close"])) / 2)  # inside the range, not the close
    assert float(bars["low"]) < level < float(bars["high"]) and abs(level - float(bars["close"])) > 20
    text = f"Stocks fell. The Dow Jones industrial average fell {prev - level:.0f} points to {level:,} at 12:30 p.m."
    got = [v for k, _, v in _items(text, "2011-09-06") if k == "close_level"]
    assert got == ["unverifiable"], got
    # an event's clock time ("the Fed's announcement at about 11:15 a.m.") says nothing of the figures
    text = (f"Stocks pulled back right after the Fed's announcement at about 11:15 a.m., then the Dow fell "
            f"{prev - level:.0f} points to {level:,}.")
    got = [v for k, _, v in _items(text, "2011-09-06") if k == "close_level"]
    assert got and got != ["unverifiable"], got


def test_an_inline_tables_fed_target_row_at_each_date() -> None:
    # "Fed funds target rate: 3.50%-3.75% at each date": the range in force on each dated column
    # (hand-checked: 3.50-3.75% from the cut of 2025-12-10)
    def row(sym: str) -> str:
        return _table_row(sym, "2025-12-31", "2025-12-26", "2026-01-02")

    text = ("Market summary. Stock market indexes (2025 close / prior week / as of 1/2 / weekly change / YTD change): "
            f"DJIA {row('DJI')}. Fed funds target rate: {{fed}} at each date. 10-year Treasuries: 4.16% / 4.13% / "
            "4.18%.")
    got = [v for k, _, v in _items(text.format(fed="3.50%-3.75%"), "2026-01-05") if k == "fed_decision"]
    assert got == ["supported"] * 3, got
    got = [v for k, _, v in _items(text.format(fed="3.75%-4.00%"), "2026-01-05") if k == "fed_decision"]
    assert got == ["contradicted"] * 3, got
    # a cell that is no whole range or rate is no claim (not "99.5%" and a "50%" cut out of "150%")
    got = [w for k, w, _ in _items(text.format(fed="99.5%-150%"), "2026-01-05") if k == "fed_decision"]
    assert got == [], got
