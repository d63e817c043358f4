"""Validation rules: each against a plain-Python reference, and the real snapshot passes."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.data.calendar import sessions
from capscope.data.symbols import SYMBOLS, Kind
from capscope.data.validate import (
    OHLC_TOLERANCE,
    SPLIT_TOLERANCE,
    coerce_numbers,
    infer_frequency,
    validate_bars,
)
from capscope.errors import ImportRejected

DAYS = sessions("2024-07-01", "2024-12-31")


def _codes(issues):
    return {i.code for i in issues}


def _bars(closes, start=0, **cols):
    idx = DAYS[start:start + len(closes)]
    return pd.DataFrame({"close": closes, **cols}, index=idx, dtype="float64")


# -- single rules ------------------------------------------------------------------------------
def test_empty_and_all_blank_are_errors():
    assert _codes(validate_bars(pd.DataFrame(columns=["close"]), kind=Kind.INDEX).errors) == {"empty"}
    blank = _bars([np.nan, np.nan])
    assert _codes(validate_bars(blank, kind=Kind.ETF).errors) == {"no_values"}


def test_duplicate_and_unsorted_dates_name_the_date():
    f = pd.DataFrame({"close": [1.0, 2.0, 3.0]},
                     index=pd.DatetimeIndex(["2024-07-16", "2024-07-15", "2024-07-16"]))
    rep = validate_bars(f, kind=Kind.INDEX)
    assert {"duplicate_dates", "unsorted"} <= _codes(rep.errors)
    with pytest.raises(ImportRejected, match="2024-07-16"):
        rep.raise_for_errors("x.csv")


def test_weekend_row_is_error_holiday_is_error_for_etf_warning_for_index():
    # 2024-07-13 is a Saturday; 2024-07-04 is Independence Day (NYSE closed).
    sat = pd.DataFrame({"close": [1.0, 1.1]}, index=pd.DatetimeIndex(["2024-07-12", "2024-07-13"]))
    assert "weekend" in _codes(validate_bars(sat, kind=Kind.INDEX).errors)
    hol = pd.DataFrame({"close": [1.0, 1.1, 1.2]},
                       index=pd.DatetimeIndex(["2024-07-03", "2024-07-04", "2024-07-05"]))
    assert "holiday" in _codes(validate_bars(hol, kind=Kind.ETF).errors)
    rep = validate_bars(hol, kind=Kind.INDEX)
    assert rep.ok and "holiday" in _codes(rep.warnings)


def test_saturday_sessions_before_1952_are_allowed_but_not_required():
    # The NYSE traded on Saturday 1927-12-31; the S&P 500 history has no Saturday rows.
    with_sat = pd.DataFrame({"close": [17.66, 17.70]},
                            index=pd.DatetimeIndex(["1927-12-30", "1927-12-31"]))
    assert validate_bars(with_sat, kind=Kind.INDEX).ok
    without = pd.DataFrame({"close": [17.66, 17.76]},
                           index=pd.DatetimeIndex(["1927-12-30", "1928-01-03"]))
    rep = validate_bars(without, kind=Kind.INDEX)
    assert rep.ok and not rep.warnings


def test_missing_sessions_are_a_gap_warning_with_the_longest_gap():
    idx = DAYS.delete([3, 4, 5, 10])
    rep = validate_bars(pd.DataFrame({"close": 1.0}, index=idx[:20]), kind=Kind.ETF)
    assert rep.ok
    (gap,) = rep.warnings
    assert gap.code == "gap" and "4 sessions missing in 2 gaps; longest 3 sessions (" in gap.message
    assert gap.date == DAYS[3]


def test_non_positive_prices_and_negative_volume():
    rep = validate_bars(_bars([10.0, 0.0, 11.0]), kind=Kind.INDEX)
    assert "non_positive" in _codes(rep.errors)
    rep = validate_bars(_bars([10.0, 10.5], volume=[5.0, -1.0]), kind=Kind.ETF)
    assert "negative_volume" in _codes(rep.errors)
    # A negative rate is a real value (yields went below zero elsewhere), not an error.
    assert validate_bars(_bars([-0.1, 0.05]), kind=Kind.RATE).ok


def test_infinite_values_are_errors():
    assert "infinite" in _codes(validate_bars(_bars([1.0, math.inf]), kind=Kind.RATE).errors)


def test_split_like_moves_warn_for_etfs_and_whole_ratios_for_indices():
    rep = validate_bars(_bars([100.0, 50.2, 50.0]), kind=Kind.ETF)
    assert rep.ok and "split_like" in _codes(rep.warnings)
    assert "2024-07-02 -49.8%" in rep.warnings[0].message
    # +50% (ratio 1.5) is flagged for a fund but not for an index (VIX does that for real).
    assert "split_like" in _codes(validate_bars(_bars([20.0, 30.0]), kind=Kind.ETF).warnings)
    assert not validate_bars(_bars([20.0, 30.0]), kind=Kind.INDEX).warnings
    assert "split_like" in _codes(validate_bars(_bars([20.0, 40.0]), kind=Kind.INDEX).warnings)
    assert not validate_bars(_bars([100.0, 80.0, 95.0]), kind=Kind.ETF).warnings


def test_rate_gap_rules_follow_the_frequency():
    daily = pd.date_range("2024-01-01", "2024-01-20", freq="D").delete([5, 6])
    rep = validate_bars(pd.DataFrame({"close": 5.33}, index=daily), kind=Kind.RATE)
    assert infer_frequency(daily) == "calendar-daily"
    assert "gap" in _codes(rep.warnings) and "2024-01-05..2024-01-08" in rep.warnings[0].message
    monthly = pd.date_range("2020-01-01", periods=12, freq="MS").delete(4)
    assert infer_frequency(monthly) == "monthly"
    assert "gap" in _codes(validate_bars(pd.DataFrame({"close": 1.0}, index=monthly),
                                         kind=Kind.RATE).warnings)
    business = pd.bdate_range("2024-01-01", "2024-02-01")
    assert infer_frequency(business) == "business-daily"
    assert not validate_bars(pd.DataFrame({"close": 4.0}, index=business), kind=Kind.RATE).warnings


def test_coerce_numbers_names_row_and_date_and_accepts_missing_markers():
    raw = pd.DataFrame({"close": ["1.5", ".", "", "null", "2,001.25", "n/a", "x1"]})
    dates = pd.Series([f"2024-07-{d:02d}" for d in range(1, 8)])
    out, rep = coerce_numbers(raw, dates)
    assert out["close"].iloc[4] == 2001.25
    assert out["close"].iloc[[1, 2, 3, 5]].isna().all()
    (err,) = rep.errors
    assert "row 7 (2024-07-07)" in err.message and "'x1'" in err.message


def test_decimal_commas_are_refused_not_misread():
    raw = pd.DataFrame({"close": ["4,33", "1,234.5", "12,5"]})
    out, rep = coerce_numbers(raw, pd.Series(["2024-07-01", "2024-07-02", "2024-07-03"]))
    assert out["close"].iloc[1] == 1234.5
    assert "row 1 (2024-07-01) holds '4,33'" in rep.errors[0].message
    assert "(2 such cells)" in rep.errors[0].message


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.floats(allow_nan=False, allow_infinity=False, width=64),
                          st.sampled_from(["", ".", "NaN", "null", "n/a"])), min_size=1,
                max_size=20))
def test_coerce_numbers_round_trips_text(cells):
    text = [c if isinstance(c, str) else repr(c) for c in cells]
    out, rep = coerce_numbers(pd.DataFrame({"close": text}),
                              pd.Series(["2024-07-01"] * len(text)))
    assert rep.ok
    for got, cell in zip(out["close"], cells, strict=True):
        if isinstance(cell, str):
            assert math.isnan(got)
        else:
            assert got == cell


# -- OHLC against a brute-force reference -------------------------------------------------------
def _known(*xs):
    return not any(math.isnan(x) for x in xs)


def _ohlc_broken_reference(rows):
    """Plain Python: which rows break High >= max(O, C), Low <= min(O, C), High >= Low (a rule
    is checked only where both of its prices are known)."""
    out = []
    for o, h, lo, c in rows:
        slack = OHLC_TOLERANCE * abs(h)
        broken = ((_known(h, o) and h + slack < o) or (_known(h, c) and h + slack < c)
                  or (_known(lo, o) and lo - slack > o) or (_known(lo, c) and lo - slack > c)
                  or (_known(h, lo) and h + slack < lo))
        out.append(bool(broken))
    return out


price = st.one_of(st.just(float("nan")), st.floats(1.0, 200.0, allow_nan=False))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(price, price, price, price), min_size=1, max_size=12))
def test_ohlc_errors_match_reference(rows):
    frame = pd.DataFrame(rows, columns=["open", "high", "low", "close"], index=DAYS[:len(rows)])
    ref = _ohlc_broken_reference(rows)
    rep = validate_bars(frame, kind=Kind.INDEX)
    ohlc = [e for e in rep.errors if e.code == "ohlc"]
    if frame[["open", "high", "low", "close"]].isna().all(axis=None):
        assert _codes(rep.errors) == {"no_values"}
    elif any(ref):
        assert len(ohlc) == 1
        assert f"on {sum(ref)} row" in ohlc[0].message
        assert ohlc[0].date == DAYS[ref.index(True)]
    else:
        assert not ohlc


@settings(max_examples=150, deadline=None)
@given(st.lists(st.floats(1.0, 1000.0, allow_nan=False), min_size=1, max_size=15))
def test_split_warning_matches_reference(closes):
    rep = validate_bars(_bars(closes), kind=Kind.ETF)
    ratios = (2.0, 3.0, 4.0, 5.0, 10.0, 1.5)
    expected = sum(
        any(abs(b / a * k - 1) < SPLIT_TOLERANCE or abs(b / a / k - 1) < SPLIT_TOLERANCE
            for k in ratios)
        for a, b in zip(closes, closes[1:], strict=False))
    found = [w for w in rep.warnings if w.code == "split_like"]
    assert rep.ok
    if expected:
        assert f"close has {expected} split-like daily move" in found[0].message
    else:
        assert not found


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 60), min_size=1, max_size=20))
def test_duplicates_reported_exactly_when_present(positions):
    idx = DAYS[positions]
    frame = pd.DataFrame({"close": 1.0}, index=idx).sort_index()
    rep = validate_bars(frame, kind=Kind.ETF)
    n_dup = len({p for p in positions if positions.count(p) > 1})
    dup = [e for e in rep.errors if e.code == "duplicate_dates"]
    if n_dup:
        assert dup and dup[0].message.startswith(f"{n_dup} duplicate date")
    else:
        assert not dup and rep.ok


# -- the real snapshot --------------------------------------------------------------------------
def test_every_bundled_series_passes_with_only_its_known_caveats(store):
    """The snapshot must validate without errors; its warnings are the documented caveats."""
    warned = {}
    for meta in store.meta():
        info = SYMBOLS[meta.symbol]
        if info.kind not in (Kind.INDEX, Kind.ETF, Kind.RATE):
            continue
        frame = store.bars(meta.symbol).dropna(axis=1, how="all")
        rep = validate_bars(frame, kind=info.kind, frequency=info.frequency)
        assert rep.ok, (meta.symbol, [e.message for e in rep.errors])
        if rep.warnings:
            warned[meta.symbol] = [w.message for w in rep.warnings]
    assert set(warned) == {"VIX", "XLI", "XLP"}
    # PROVENANCE.md: XLI and XLP have no data at all from 2025-07-11 to 2026-03-20 (counted with
    # the NYSE calendar: 173 sessions, 2025-07-14..2026-03-19).
    for sym in ("XLI", "XLP"):
        assert warned[sym] == ["173 sessions missing (2025-07-14..2026-03-19)"]
    # CBOE published VIX closes on 33 NYSE holidays (first 2004-06-11, Reagan's day of mourning).
    assert warned["VIX"][0].startswith("33 rows on NYSE holidays or closures (2004-06-11, "
                                       "2022-05-30, 2022-06-20)")
