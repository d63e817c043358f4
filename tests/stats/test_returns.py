"""Returns, comparisons, the calendar-window rule and the relative-strength line on real rows.

Closes below were read off the bundled rows with ``capscope.bars(...)`` and are written here
by hand; the expected returns are computed from them, not by the code under test.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.data.calendar import sessions
from capscope.errors import BadInput, DataUnavailable, UnknownSymbol
from capscope.stats.returns import (
    RATIO_MIN_DENOMINATOR_PCT,
    compare_returns,
    period_return,
    relative_strength,
    return_ratio,
    window_bounds,
)

# RUT closes: 2024-06-28 2047.6899, 2024-07-31 2254.48; SPX: 5460.48 and 5522.30 (read off rows)
RUT_JUL = (2254.48 / 2047.6899 - 1) * 100
SPX_JUL = (5522.30 / 5460.48 - 1) * 100


def test_rut_and_spx_july_2024_by_hand(store):
    r = period_return("Russell 2000", "2024-07")
    assert (r.start, r.end) == (pd.Timestamp("2024-06-28"), pd.Timestamp("2024-07-31"))
    assert r.start_close == pytest.approx(2047.6899) and r.end_close == pytest.approx(2254.48)
    assert r.return_pct == pytest.approx(RUT_JUL, abs=1e-9)
    assert r.basis == "price" and r.provenance["field"] == "close"
    assert r.sessions == 22  # the 22 July sessions
    c = compare_returns("RUT", "S&P 500", "2024-07")
    assert c.a.return_pct == pytest.approx(RUT_JUL) and c.b.return_pct == pytest.approx(SPX_JUL)
    assert c.difference_pp == pytest.approx(RUT_JUL - SPX_JUL)
    assert c.ratio == pytest.approx(RUT_JUL / SPX_JUL)  # about 8.9 times the gains
    assert c.relative_pct == pytest.approx(((1 + RUT_JUL / 100) / (1 + SPX_JUL / 100) - 1) * 100)
    assert c.leader == "RUT"
    assert c.evidence["start"] == "2024-06-28" and c.evidence["end"] == "2024-07-31"


def test_total_return_uses_adjusted_close(store):
    # IWM adj_close 2023-12-29 195.3574, 2024-12-31 217.5973; close 200.71 and 220.96
    t = period_return("IWM", "2024", total=True)
    p = period_return("IWM", "2024")
    assert t.return_pct == pytest.approx((217.5973 / 195.3574 - 1) * 100, abs=1e-9)
    assert p.return_pct == pytest.approx((220.96 / 200.71 - 1) * 100, abs=1e-9)
    assert t.basis == "total" and t.provenance["field"] == "adj_close"
    assert t.return_pct > p.return_pct  # dividends


def test_total_return_errors(store):
    with pytest.raises(BadInput, match="price index"):
        period_return("RUT", "1M", total=True)
    # XLK's adjusted close ends 2026-07-02, before its last close
    with pytest.raises(DataUnavailable, match="2026-07-02"):
        period_return("XLK", "1M", total=True)
    r = period_return("XLK", "2026-06-30:2026-07-02", total=True)
    assert r.return_pct == pytest.approx((180.59 / 190.52 - 1) * 100)


@pytest.mark.parametrize(("window", "on", "start", "end"), [
    ("1M", "2024-10-01", "2024-08-30", "2024-10-01"),  # target 2024-09-01 is a Sunday
    ("1M", "2024-09-30", "2024-08-30", "2024-09-30"),
    ("1M", "2024-04-30", "2024-03-28", "2024-04-30"),  # 03-30 Sat, 03-29 Good Friday
    ("1M", "2024-03-31", "2024-02-28", "2024-03-28"),  # Sunday: the rule runs from the end session
    ("1M", "2023-03-31", "2023-02-28", "2023-03-31"),  # Feb has no 31st: clipped
    ("YTD", "2024-07-16", "2023-12-29", "2024-07-16"),
    ("MTD", "2024-07-16", "2024-06-28", "2024-07-16"),
    ("QTD", "2024-05-15", "2024-03-28", "2024-05-15"),
    ("1D", "2024-07-16", "2024-07-15", "2024-07-16"),
    ("5D", "2024-07-16", "2024-07-09", "2024-07-16"),
    ("1W", "2024-07-16", "2024-07-09", "2024-07-16"),
    ("1Y", "2024-07-16", "2023-07-14", "2024-07-16"),  # 2023-07-16 is a Sunday
    ("2023", None, "2022-12-30", "2023-12-29"),
    ("2024-07", None, "2024-06-28", "2024-07-31"),
    ("2024-07-01:2024-07-31", None, "2024-07-01", "2024-07-31"),
    ("2024-07-06:2024-07-31", None, "2024-07-05", "2024-07-31"),  # Saturday start
])
def test_window_rule_table(store, window, on, start, end):
    idx = sessions("2000-01-01", "2026-08-21")
    w = window_bounds(window, on, idx)
    assert (w.start, w.end) == (pd.Timestamp(start), pd.Timestamp(end))


def test_year_in_progress_and_notes(store):
    idx = sessions("2000-01-01", "2026-08-21")
    w = window_bounds("2024", "2024-07-13", idx)
    assert w.end == pd.Timestamp("2024-07-12")
    assert any("Saturday" in n for n in w.notes)
    assert any("in progress" in n for n in w.notes)
    w = window_bounds("2026", None, idx)
    assert w.end == pd.Timestamp("2026-08-21") and any("data ends" in n for n in w.notes)


@pytest.mark.parametrize("window", ["0M", "abc", "2024-13", "1Q", "", "2024-08-01:2024-07-01",
                                    ":2024-07-01"])
def test_bad_windows(store, window):
    with pytest.raises(BadInput):
        window_bounds(window, "2024-07-16", sessions("2000-01-01", "2026-08-21"))


def test_window_before_data_and_bad_symbols(store):
    with pytest.raises(DataUnavailable, match="before RUT close begins on 1987-09-10"):
        period_return("RUT", "1Y", on="1988-01-04")
    with pytest.raises(DataUnavailable):
        period_return("RUT", "1M", on="1980-01-02")
    with pytest.raises(BadInput, match="not a price series"):
        period_return("DFF", "1M")
    with pytest.raises(UnknownSymbol):
        period_return("NOPE", "1M")
    with pytest.raises(BadInput, match="starts after"):
        period_return("RUT", "2025", on="2024-07-16")
    with pytest.raises(BadInput, match="not a date"):
        period_return("RUT", "1M", on="2024-02-30")


def test_data_not_reaching_asof_is_an_error(store):
    # DJI stops on 2026-02-23
    with pytest.raises(DataUnavailable, match="2026-08-21 is after DJI's last data row for close, "
                       "2026-02-23"):
        period_return("DJI", "1M", on="2026-08-21")
    # one session past the data is answered as of the last row, with a warning naming it
    r = period_return("RUT", "1M", on="2026-08-24")
    assert r.end == pd.Timestamp("2026-08-21")
    assert any("RUT close data end 2026-08-21: figures as of that close, not 2026-08-24" in w
               for w in r.warnings)


@settings(max_examples=60, deadline=None)
@given(day=st.integers(0, 9000), n=st.integers(1, 30), unit=st.sampled_from("WMY"))
def test_window_bounds_matches_brute_force(store, day, n, unit):
    idx = pd.DatetimeIndex(sessions("1990-01-01", "2026-08-21"))
    end = idx[len(idx) - 1 - day % 6000] if unit == "Y" else idx[len(idx) - 1 - day]
    if unit == "W":
        target = end - pd.Timedelta(days=7 * n)
    elif unit == "M":
        target = end - pd.DateOffset(months=n)
    else:
        target = end - pd.DateOffset(years=n)
    if target < idx[0]:
        return
    expect = max(d for d in idx if d <= target)
    w = window_bounds(f"{n}{unit}", end, idx)
    assert w.end == end and w.start == expect


@given(a=st.floats(-90, 500), b=st.floats(-90, 500))
def test_return_ratio_rule(a, b):
    ratio, note = return_ratio(a, b)
    if b < RATIO_MIN_DENOMINATOR_PCT:
        assert ratio is None and note.startswith("no ratio")
    else:
        assert ratio == pytest.approx(a / b)
        assert (ratio < 0) == (a < 0) or ratio == 0  # a subnormal a / b underflows to -0.0


def test_ratio_with_falling_denominator(store):
    # 2022: RUT and SPX both fell, so "N times" is undefined; the difference is still given
    c = compare_returns("RUT", "SPX", "2022")
    assert c.b.return_pct < 0 and c.ratio is None and "no ratio" in c.ratio_note
    assert c.difference_pp == pytest.approx(c.a.return_pct - c.b.return_pct)


def test_relative_strength_line(store):
    rs = relative_strength("RUT", "SPX", start="2024-01-01", on="2024-07-16")
    # RUT 2263.6699 / SPX 5667.20 on 2024-07-16 (read off rows)
    assert rs.latest == pytest.approx(2263.6699 / 5667.2)
    assert rs.end == pd.Timestamp("2024-07-16") and rs.start == pd.Timestamp("2024-01-02")
    # brute force over the full common history up to the end date
    import capscope

    a, b = capscope.series("RUT", end="2024-07-16"), capscope.series("SPX", end="2024-07-16")
    line = (a / b).dropna()
    v = line.iloc[-1]
    hi = [d for d, x in line.iloc[:-1].items() if x >= v]
    lo = [d for d, x in line.iloc[:-1].items() if x <= v]
    assert rs.highest_since == hi[-1] and rs.lowest_since == lo[-1]
    assert rs.change_pct == pytest.approx((v / line.loc["2024-01-02"] - 1) * 100)


def test_relative_strength_errors(store):
    with pytest.raises(BadInput, match="fewer than two"):
        relative_strength("RUT", "SPX", start="2024-07-16", on="2024-07-16")
    with pytest.raises(DataUnavailable):
        relative_strength("RUT", "SPX", on="1980-01-02")


@pytest.mark.parametrize(("a", "b", "expected"), [(-6.0, -3.0, 2.0), (-1.5, -3.0, 0.5), (-6.0, 3.0, None),
                                                  (6.0, -3.0, None), (-6.0, -0.05, None)])
def test_loss_ratio_only_when_both_fell(a, b, expected):
    from capscope.stats.returns import loss_ratio

    ratio, note = loss_ratio(a, b)
    assert ratio == expected
    assert note.startswith("both fell" if expected is not None else "no loss ratio")
