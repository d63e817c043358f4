"""The shapes behind the false alarms of the fourteenth held-back corpora (measured once, then
fixed by rule), each on an invented passage with values read off the rows."""

from __future__ import annotations

import datetime as dt

import capscope
from capscope.claims.check import check_text


def _verdicts(text: str, day: dt.date) -> dict[str, str]:
    return {i.claim.text: i.verdict.value for i in check_text(text, day).items}


def test_a_time_in_a_clause_of_its_own_does_not_date_the_close():
    # off the rows: the Nasdaq 1,764.92 (Tuesday 2009-06-23) -> 1,792.34 (Wednesday 06-24)
    ixic = capscope.bars("IXIC")["close"]
    assert [round(x, 2) for x in ixic["2009-06-23":"2009-06-24"]] == [1764.92, 1792.34]
    got = _verdicts("Stocks rose on Wednesday. The Nasdaq composite index rose 27.42 points, or 1.6%, to 1,792.34 "
                    "after Oracle reported "
                    "better-than-expected earnings late Tuesday.", dt.date(2009, 6, 24))
    assert got["to 1,792.34"] == "supported"


def test_a_count_of_moves_of_a_size_is_no_move():
    got = _verdicts("The Dow has had only seven declines of 150 points or more this year.", dt.date(2012, 7, 23))
    assert "contradicted" not in got.values() and not any(v == "supported" for v in got.values())


def test_a_listed_figure_takes_its_subjects_latest_direction():
    # off the rows: the Russell 2000 +15.09% in 2023 and +10.02% in 2024, after -21.56% in 2022
    rut = capscope.bars("RUT")["close"]
    assert round((rut["2023-12-29"] / rut["2022-12-30"] - 1) * 100, 2) == 15.09
    assert round((rut["2024-12-31"] / rut["2023-12-29"] - 1) * 100, 2) == 10.02
    got = _verdicts("In 2022 the Russell 2000 fell 21%, then it rebounded 15.1% in 2023 and 10% in 2024.",
                    dt.date(2025, 10, 2))
    assert got["10% in 2024"] == "supported"


def test_a_crossing_that_came_within_a_few_points_did_not_happen():
    # off the rows: the Dow 9,748.55 on 2009-09-23, no close at or above 10,000 since 2008-10-03
    dji = capscope.bars("DJI")["close"]
    assert dji["2009-09-23"] < 10000 and dji["2008-10-06":"2009-09-23"].max() < 10000 <= dji["2008-10-03"]
    got = _verdicts("The Dow came within 82 points of crossing 10,000 for the first time since October.",
                    dt.date(2009, 9, 23))
    assert "contradicted" not in got.values()


def test_the_dow_jones_wilshire_5000_is_not_the_dow():
    got = _verdicts("The Dow Jones Wilshire 5000 Composite Index ended at 7,415.60, down 386.67, or 5 percent, "
                    "for the week.", dt.date(2009, 2, 27))
    assert set(got.values()) == {"unverifiable"}
