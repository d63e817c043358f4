"""Valuation percentiles: a worked example by hand, a plain-loop property test, bad files."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.errors import BadInput, DataUnavailable
from capscope.stats.valuation import valuation_percentile

WORKED = """date,value
2020-01-31,14.0
2020-02-29,16.0
2020-03-31,12.0
2020-04-30,15.0
2020-05-31,13.0
"""


def test_worked_example(tmp_path):
    p = tmp_path / "pe.csv"
    p.write_text(WORKED)
    r = valuation_percentile(p)
    # 13.0 is at or above 12 and 13: 2 of 5 observations -> 40th percentile
    assert r.value == 13.0 and r.asof == pd.Timestamp("2020-05-31")
    assert r.percentile == pytest.approx(40.0)
    mean = (14 + 16 + 12 + 15 + 13) / 5  # 14.0
    sd = math.sqrt(sum((x - mean) ** 2 for x in (14, 16, 12, 15, 13)) / 4)  # sqrt(2.5)
    assert r.zscore == pytest.approx((13 - mean) / sd)
    # lowest since 2020-03-31 (12.0 is the last earlier value at or below 13)
    assert r.lowest_since == pd.Timestamp("2020-03-31") and r.lowest_since_value == 12.0
    assert r.highest_since == pd.Timestamp("2020-04-30")
    assert (r.min_date, r.max_date) == (pd.Timestamp("2020-03-31"), pd.Timestamp("2020-02-29"))
    # as of April: 15.0 is the highest since February
    r = valuation_percentile(p, on="2020-05-15")
    assert r.value == 15.0 and r.highest_since == pd.Timestamp("2020-02-29")
    assert r.percentile == pytest.approx(75.0) and r.count == 4


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 20), min_size=2, max_size=40))
def test_matches_plain_loop(values):
    idx = pd.date_range("2000-01-31", periods=len(values), freq="ME")
    frame = pd.DataFrame({"date": idx, "value": [float(v) for v in values]})
    r = valuation_percentile(frame)
    cur = values[-1]
    assert r.percentile == pytest.approx(100 * sum(v <= cur for v in values) / len(values))
    lows = [i for i in range(len(values) - 1) if values[i] <= cur]
    highs = [i for i in range(len(values) - 1) if values[i] >= cur]
    assert r.lowest_since == (idx[lows[-1]] if lows else None)
    assert r.highest_since == (idx[highs[-1]] if highs else None)
    sd = float(np.std(values, ddof=1))
    if sd > 0:
        assert r.zscore == pytest.approx((cur - np.mean(values)) / sd)
    else:
        assert r.zscore is None


def test_real_ratio_series_agrees_with_relative_strength(store, tmp_path):
    """A RUT/SPX ratio written to CSV gives the same "lowest since" as relative_strength."""
    import capscope
    from capscope.stats.returns import relative_strength

    line = (capscope.series("RUT", end="2024-07-16") / capscope.series("SPX", end="2024-07-16")
            ).dropna()
    path = tmp_path / "ratio.csv"
    line.rename("value").rename_axis("date").to_csv(path)
    r = valuation_percentile(path)
    rs = relative_strength("RUT", "SPX", on="2024-07-16")
    assert r.lowest_since == rs.lowest_since and r.highest_since == rs.highest_since
    assert r.value == pytest.approx(rs.latest)


@pytest.mark.parametrize(("text", "match"), [
    ("", "empty"),
    ("date\n2020-01-31\n", "column"),
    ("date,value\n2020-13-45,1\n", "row 2 has date"),
    ("date,value\n2020-01-31,1\n2020-02-29,abc\n", "row 3 has value 'abc'"),
    ("date,value\n2020-01-31,1\n2020-01-31,2\n", "appears more than once"),
    ("date,a,b\n2020-01-31,1,2\n", "several value columns"),
    ("date,value\n2020-01-31,inf\n2020-02-29,1\n", "infinite"),
    ("date,value\n,\n", "no rows"),
])
def test_malformed_files(tmp_path, text, match):
    p = tmp_path / "bad.csv"
    p.write_text(text)
    with pytest.raises(BadInput, match=match):
        valuation_percentile(p)


def test_other_bad_inputs(tmp_path):
    with pytest.raises(BadInput, match="does not exist"):
        valuation_percentile(tmp_path / "missing.csv")
    with pytest.raises(BadInput, match="folder"):
        valuation_percentile(tmp_path)
    p = tmp_path / "pe.csv"
    p.write_text(WORKED)
    with pytest.raises(DataUnavailable, match="begins on 2020-01-31"):
        valuation_percentile(p, on="2019-12-31")
    with pytest.raises(DataUnavailable, match="only one"):
        valuation_percentile(p, on="2020-02-15")
    with pytest.raises(BadInput, match="no column"):
        valuation_percentile(p, column="pe")


def test_unsorted_and_gaps_are_noted(tmp_path):
    p = tmp_path / "pe.csv"
    p.write_text("Date,rel_pe\n2020-03-31,12\n2020-01-31,14\n2020-02-29,\n2020-04-30,13\n")
    r = valuation_percentile(p)
    assert r.name == "rel_pe" and r.count == 3 and r.value == 13.0
    assert any("sorted" in w for w in r.warnings) and any("skipped" in w for w in r.warnings)
