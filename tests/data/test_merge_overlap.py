"""plan_merge: overlap agreement, adjusted-close chaining, what the store alone knows."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.data.calendar import sessions
from capscope.data.merge import CLOSE_TOLERANCE, plan_merge
from capscope.data.symbols import SYMBOLS, Kind
from capscope.data.update import expected_last, fetch_start
from capscope.errors import ImportRejected

DAYS = sessions("2024-01-02", "2024-03-29")


def frame(closes, start, adj=None, **extra):
    idx = DAYS[start:start + len(closes)]
    data = {"close": closes, **extra}
    if adj is not None:
        data["adj_close"] = adj
    return pd.DataFrame(data, index=idx, dtype="float64")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(10, 500), min_size=4, max_size=20), st.integers(1, 3),
       st.floats(0.5, 1.5))
def test_chained_adj_close_continues_the_stored_one(closes, overlap, factor):
    """Incoming adj_close = stored scale x factor; after the merge it is on the stored scale."""
    n = len(closes)
    cut = n - 2
    adj = [c * 0.97 for c in closes]
    stored = frame(closes[:cut], 0, adj=adj[:cut])
    lo = max(cut - overlap, 0)
    incoming = frame(closes[lo:], lo, adj=[a * factor for a in adj[lo:]])
    plan = plan_merge("X", stored, incoming, kind=Kind.ETF)
    assert plan.overlap == cut - lo
    np.testing.assert_allclose(plan.rows["adj_close"].to_numpy(), adj[lo:], rtol=1e-9)
    assert (abs(factor - 1) > 1e-6) == any("rescaled" in w for w in plan.warnings)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(10, 500), min_size=5, max_size=15), st.floats(-0.2, 0.2))
def test_close_disagreement_is_refused_exactly_beyond_the_tolerance(closes, shift):
    stored = frame(closes, 0)
    changed = list(closes)
    changed[1] *= 1 + shift  # a middle overlap day (not the last stored one)
    incoming = frame(changed, 0)
    if abs(shift) > CLOSE_TOLERANCE * 1.0001:
        with pytest.raises(ImportRejected, match=f"on {DAYS[1].date()} disagrees"):
            plan_merge("X", stored, incoming, kind=Kind.INDEX)
    elif abs(shift) < CLOSE_TOLERANCE * 0.9999:
        plan_merge("X", stored, incoming, kind=Kind.INDEX)


def test_last_stored_row_may_be_revised_with_a_warning():
    stored = frame([100.0, 101.0, 102.0], 0)
    incoming = frame([101.0, 104.0, 105.0], 1)  # 2024-01-04 was a partial bar: 102 -> 104
    plan = plan_merge("X", stored, incoming, kind=Kind.INDEX)
    assert plan.warnings == ["X: the stored close of 2024-01-04 (102) was revised to 104"]


def test_rates_compare_in_points():
    stored = frame([5.33, 5.33, 5.33], 0)
    plan_merge("DFF", stored, frame([5.33, 5.334, 4.83], 1), kind=Kind.RATE)
    with pytest.raises(ImportRejected, match="incoming close 5.32 on 2024-01-03"):
        plan_merge("DFF", stored, frame([5.32, 5.33, 5.33], 1), kind=Kind.RATE)


def test_adj_close_without_common_dates_is_dropped_with_a_warning():
    stored = frame([10.0, 11.0, 12.0, 13.0], 0, adj=[9.0, 9.9, np.nan, np.nan])
    incoming = frame([12.0, 13.0, 14.0], 2, adj=[50.0, 51.0, 52.0])  # another scale
    plan = plan_merge("X", stored, incoming, kind=Kind.ETF)
    assert plan.rows["adj_close"].isna().all()
    assert "cannot be chained" in plan.warnings[0]


def test_adj_close_that_is_not_a_constant_multiple_is_refused():
    stored = frame([10.0, 11.0, 12.0], 0, adj=[9.0, 9.9, 10.8])
    incoming = frame([11.0, 12.0, 13.0], 1, adj=[9.9, 10.0, 11.0])
    with pytest.raises(ImportRejected, match="not a constant multiple"):
        plan_merge("X", stored, incoming, kind=Kind.ETF)


def test_values_only_the_store_has_are_kept_on_overlapping_dates():
    stored = frame([10.0, 11.0], 0, adj=[9.0, 9.9], open=[9.8, 10.9])
    incoming = frame([11.0, 12.0], 1, open=[np.nan, 11.5])  # no adj_close, no open on day 1
    plan = plan_merge("X", stored, incoming, kind=Kind.ETF)
    assert plan.rows.loc[DAYS[1], "open"] == 10.9 and plan.rows.loc[DAYS[1], "adj_close"] == 9.9
    assert plan.rows.loc[DAYS[2], "open"] == 11.5 and np.isnan(plan.rows.loc[DAYS[2], "adj_close"])


def test_expected_last_by_frequency():
    mon = dt.date(2026, 8, 24)
    assert expected_last(SYMBOLS["RUT"], mon) == dt.date(2026, 8, 21)  # Friday's session
    assert expected_last(SYMBOLS["DFF"], mon) == dt.date(2026, 8, 23)  # calendar-daily
    assert expected_last(SYMBOLS["FEDFUNDS"], mon) == dt.date(2026, 7, 1)  # last full month
    # The day after Independence Day 2024 (Friday 07-05): the last session is 07-03.
    assert expected_last(SYMBOLS["SPY"], dt.date(2024, 7, 5)) == dt.date(2024, 7, 3)


def test_fetch_start_reaches_back_to_the_last_adj_close_of_a_fund(store):
    # XLK's adj_close ends 2026-07-02 while its raw closes run to 2026-08-21 (PROVENANCE.md).
    assert fetch_start(store.bars("XLK"), SYMBOLS["XLK"]) == dt.date(2026, 6, 25)
    assert fetch_start(store.bars("RUT"), SYMBOLS["RUT"]) == dt.date(2026, 8, 14)
