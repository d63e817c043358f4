"""move() on the real bundled data, with values read off the rows (see each comment)."""

from __future__ import annotations

import pytest

from capscope.errors import BadInput, DataUnavailable, UnknownSymbol
from capscope.stats import move


@pytest.fixture(scope="module")
def rut_0716(store):
    return move("RUT", on="2024-07-16")


def test_rut_2024_07_16_close_and_change(rut_0716):
    # PROVENANCE: Russell 2000 on 2024-07-16 closed 2263.67, +3.50%; the row before is
    # 2024-07-15 at 2187.02 (read with capscope.series("RUT")).
    r = rut_0716
    assert r.session.date().isoformat() == "2024-07-16"
    assert r.close == pytest.approx(2263.67, abs=0.005)
    assert r.previous_session.date().isoformat() == "2024-07-15"
    assert r.previous_close == pytest.approx(2187.02)
    assert round(r.change_pct, 2) == 3.50
    assert r.change_points == pytest.approx(2263.6699 - 2187.02)


def test_rut_2024_07_16_highest_close_since(rut_0716):
    # Rows read by hand: 2022-01-04 closed 2268.87 (above 2263.67); the highest close from
    # 2022-01-05 to 2024-07-15 is 2206.37 (2022-01-06), below it. So: highest since 2022-01-04.
    h = rut_0716.highest_close_since
    assert h.since_date.date().isoformat() == "2022-01-04"
    assert h.since_value == pytest.approx(2268.87, abs=0.005)
    assert not h.is_record
    assert h.ago == "2 years 6 months ago"
    assert "2022-01-04" in rut_0716.takeaway and "+3.50%" in rut_0716.takeaway


def test_rut_2024_07_16_record_streak_and_range(rut_0716):
    r = rut_0716
    # record close up to then: 2442.74 on 2021-11-08 (max of the rows up to 2024-07-16)
    assert r.record_date.date().isoformat() == "2021-11-08"
    assert r.record_close == pytest.approx(2442.74)
    assert r.pct_below_record == pytest.approx((2263.6699 / 2442.74 - 1) * 100)
    assert r.pct_to_regain_record == pytest.approx((2442.74 / 2263.6699 - 1) * 100)
    # closes 07-09 2029.47 < 07-10 2051.75 < 2125.04 < 2148.27 < 2187.02 < 07-16 2263.67,
    # and 07-08 2038.67 > 07-09: a 5-session winning streak starting 2024-07-10
    assert (r.streak_direction, r.streak_sessions) == ("up", 5)
    assert r.streak_start.date().isoformat() == "2024-07-10"
    # the close is the highest of the last 52 weeks; the low was 1636.94 on 2023-10-27
    assert r.high_52w_date == r.session
    assert r.low_52w == pytest.approx(1636.94, abs=0.005)
    assert r.low_52w_date.date().isoformat() == "2023-10-27"


def test_rut_2024_07_16_intraday(rut_0716):
    # the 2024-07-16 bar: high 2265.21, low 2198.43; 2022-01-05 had a high of 2275.32
    i = rut_0716.intraday
    assert i.high == pytest.approx(2265.21) and i.low == pytest.approx(2198.43, abs=0.005)
    assert i.highest_high_since.since_date.date().isoformat() == "2022-01-05"
    assert i.record_high_date.date().isoformat() == "2021-11-08"
    assert i.record_high == pytest.approx(2458.86, abs=0.005)


def test_rut_lowest_close_since_covid_low(store):
    # 2020-03-18 closed 991.16; the last earlier close at or below it is 971.99 on 2016-02-12
    r = move("RUT", on="2020-03-18")
    low = r.lowest_close_since
    assert low.since_date.date().isoformat() == "2016-02-12"
    assert low.since_value == pytest.approx(971.99)
    assert r.streak_direction == "down" and r.streak_sessions == 1  # 03-17 was up


def test_iwm_record_close(store):
    # IWM's highest close in the data: 305.09 on 2026-08-14 (max of the close column), and the
    # last row 2026-08-21 closed 299.96, +0.77% from 297.67.
    r = move("IWM")
    assert r.session.date().isoformat() == "2026-08-21"
    assert r.record_close == pytest.approx(305.09)
    assert r.record_date.date().isoformat() == "2026-08-14"
    assert r.pct_below_record == pytest.approx((299.96 / 305.09 - 1) * 100)
    assert round(r.change_pct, 2) == 0.77


def test_iwm_on_its_record_day_is_a_record(store):
    r = move("IWM", on="2026-08-14")
    assert r.highest_close_since.is_record
    assert r.pct_below_record == 0.0
    assert "a record close" in r.takeaway


def test_weekend_resolves_to_previous_session_with_note(store):
    r = move("RUT", on="2024-07-14")  # a Sunday
    assert r.session.date().isoformat() == "2024-07-12"
    assert any("Sunday" in w and "2024-07-12" in w for w in r.warnings)


def test_holiday_resolves_with_note(store):
    r = move("RUT", on="2024-07-04")  # Independence Day
    assert r.session.date().isoformat() == "2024-07-03"
    assert any("holiday" in w for w in r.warnings)


def test_first_session_has_no_change(store):
    r = move("RUT", on="1987-09-10")
    assert r.change_pct is None and r.previous_session is None
    assert r.highest_close_since.is_record and r.lowest_close_since.is_record
    assert r.warnings


@pytest.mark.parametrize(("on", "exc", "text"), [
    ("1980-01-01", DataUnavailable, "begins 1987-09-10"),
    ("2031-01-02", DataUnavailable, "last data row"),
    ("2024-13-01", BadInput, "not a date"),
])
def test_bad_dates(store, on, exc, text):
    with pytest.raises(exc) as info:
        move("RUT", on=on)
    assert text in info.value.one_line()
    assert "\n" not in info.value.one_line()


def test_unknown_symbol(store):
    with pytest.raises(UnknownSymbol):
        move("NOT A SYMBOL")


def test_result_converts_to_dict_and_frame(rut_0716):
    d = rut_0716.to_dict()
    assert d["session"] == "2024-07-16"
    assert d["evidence"]["highest_close_since"]["date"] == "2022-01-04"
    assert d["provenance"]["measure"].startswith("price")
    frame = rut_0716.to_frame()
    assert frame.loc["RUT", "close"] == pytest.approx(2263.67, abs=0.005)  # indexed by symbol


def test_sector_fund_close_span_is_warned(store):
    # XLK's raw close exists only from 2026-03-20 (PROVENANCE); its rows start 1998-12-22
    r = move("XLK")
    assert r.data_begins.date().isoformat() == "2026-03-20"
    assert any("only from 2026-03-20" in w for w in r.warnings)


def test_total_return_field_and_its_end(store):
    # XLK's adj_close ends 2026-07-02 (PROVENANCE): the default session is then that day
    r = move("XLK", field="adj_close")
    assert r.session.date().isoformat() == "2026-07-02"
    assert r.provenance["measure"].startswith("total return")
    assert any("end 2026-07-02" in w for w in r.warnings)
    assert "adj close" in r.takeaway
    with pytest.raises(DataUnavailable, match="no adj_close"):
        move("RUT", field="adj_close")
