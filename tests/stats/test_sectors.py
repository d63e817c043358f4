"""Sector table: per-window basis choice, named gaps, relative strength and RRG coordinates.

Closes below were read off the bundled rows (capscope.bars) and typed in by hand.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.errors import BadInput, DataUnavailable
from capscope.stats.sectors import quadrant, rrg_point, sector_table


def test_december_2025_uses_total_return_and_names_missing_funds(store):
    r = sector_table("1M", on="2025-12-31")
    assert (r.start, r.end) == (pd.Timestamp("2025-11-28"), pd.Timestamp("2025-12-31"))
    # XLI and XLP have neither adjusted closes after 2025-07-11 nor raw closes before 2026-03-20
    assert set(r.unavailable) == {"XLI", "XLP"}
    assert any("XLI, XLP" in w for w in r.warnings)
    rows = r.rows.set_index("symbol")
    assert len(rows) == 9 and set(rows["basis"]) == {"total"}
    # XLF adj_close 2025-11-28 52.6879 -> 2025-12-31 54.2997; SPY adj 677.7747 -> 678.3152
    xlf = (54.2997 / 52.6879 - 1) * 100
    spy = (678.3152 / 677.7747 - 1) * 100
    assert rows.loc["XLF", "return_pct"] == pytest.approx(xlf, abs=1e-9)
    assert rows.loc["XLF", "vs_spy_pp"] == pytest.approx(xlf - spy, abs=1e-9)
    assert rows.loc["XLF", "rel_spy_pct"] == pytest.approx(((1 + xlf / 100) / (1 + spy / 100) - 1)
                                                           * 100)
    # ranked by return, best first
    assert list(r.rows["return_pct"]) == sorted(r.rows["return_pct"], reverse=True)
    assert list(r.rows["rank"]) == list(range(1, 10))
    by_iwm = r.rows.sort_values("rel_iwm_pct", ascending=False)
    assert list(by_iwm["rank_vs_iwm"]) == list(range(1, 10))


def test_august_2026_falls_back_to_raw_closes(store):
    r = sector_table("1M", on="2026-08-21")
    assert not r.unavailable and len(r.rows) == 11
    rows = r.rows.set_index("symbol")
    # adjusted closes end 2026-07-02, so every fund is on price return for 07-21..08-21
    assert set(rows["basis"]) == {"price"}
    # XLV close 160.25 -> 174.62; SPY close 748.28 -> 765.72 (read off rows)
    xlv = (174.62 / 160.25 - 1) * 100
    spy = (765.72 / 748.28 - 1) * 100
    assert rows.loc["XLV", "return_pct"] == pytest.approx(xlv, abs=1e-9)
    assert rows.loc["XLV", "vs_spy_pp"] == pytest.approx(xlv - spy, abs=1e-9)
    assert r.benchmarks["SPY_price"]["return_pct"] == pytest.approx(spy)
    for _, row in r.rows.iterrows():
        assert row["quadrant_spy"] == quadrant(row["rs_ratio_spy"], row["rs_momentum_spy"])


def test_mixed_bases_are_flagged(store):
    # 2026-06-15..2026-07-02: adjusted closes cover the nine hull funds, XLI/XLP only raw
    r = sector_table("2026-06-15:2026-07-02")
    bases = r.rows.set_index("symbol")["basis"]
    assert bases["XLI"] == "price" and bases["XLK"] == "total"
    assert any("mixes total return" in w for w in r.warnings)


def plain_rrg(f, b, n, m):
    rs = [100 * x / y for x, y in zip(f, b, strict=True)]

    def ratio_at(t):
        window = rs[t - n + 1: t + 1]
        return 100 * rs[t] / (sum(window) / n)

    t = len(rs) - 1
    return ratio_at(t), 100 * ratio_at(t) / ratio_at(t - m)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.floats(1, 100), st.floats(1, 100)), min_size=2, max_size=40),
       st.integers(2, 15), st.integers(1, 10))
def test_rrg_point_matches_plain_formula(pairs, n, m):
    idx = pd.bdate_range("2024-01-01", periods=len(pairs))
    f = pd.Series([p[0] for p in pairs], idx)
    b = pd.Series([p[1] for p in pairs], idx)
    got = rrg_point(f, b, n, m)
    if len(pairs) < n + m:
        assert got is None
    else:
        want = plain_rrg(list(f), list(b), n, m)
        assert got == pytest.approx(want, rel=1e-9)


def test_rrg_of_a_constant_ratio_is_centred():
    idx = pd.bdate_range("2024-01-01", periods=80)
    b = pd.Series(np.linspace(50, 90, 80), idx)
    assert rrg_point(b * 1.7, b, 50, 10) == pytest.approx((100.0, 100.0))


def test_quadrants():
    assert quadrant(101, 101) == "leading"
    assert quadrant(101, 99) == "weakening"
    assert quadrant(99, 99) == "lagging"
    assert quadrant(99, 101) == "improving"


def test_bad_inputs(store):
    with pytest.raises(BadInput):
        sector_table(rrg_length=1)
    with pytest.raises(BadInput):
        sector_table("0M")
    with pytest.raises(DataUnavailable, match="no sector fund"):
        sector_table("1M", on="1996-06-28")


def test_before_iwm_exists_the_iwm_columns_are_empty(store):
    # IWM starts 2000-05-26; the 1998 sector funds (adjusted closes) and SPY cover 1999
    r = sector_table("1999", on="1999-12-31")
    assert r.rows["vs_iwm_pp"].isna().all() and r.rows["vs_spy_pp"].notna().all()
    assert any("no comparison with IWM" in w for w in r.warnings)
    assert set(r.unavailable) == {"XLRE", "XLC"}  # they start in 2015 and 2018
