"""The bundled snapshot reaches the store intact: known closes from PROVENANCE.md's checks."""

from __future__ import annotations

import pandas as pd
import pytest

import capscope


def test_known_closes_from_provenance(store):
    # Values stated in PROVENANCE.md ("Known facts checked against the data").
    assert capscope.series("RUT", "2024-07-16", "2024-07-16").iloc[0] == pytest.approx(2263.67, abs=0.005)
    assert capscope.series("^GSPC", "2023-12-29", "2023-12-29").iloc[0] == pytest.approx(4769.83, abs=0.005)
    assert capscope.series("IWM", "2024-10-16", "2024-10-16").iloc[0] == pytest.approx(226.74, abs=0.005)
    assert capscope.series("VIX", "2020-03-16", "2020-03-16").iloc[0] == pytest.approx(82.69, abs=0.005)


def test_ranges_match_the_snapshot(store):
    meta = {m.symbol: m for m in store.meta()}
    assert str(meta["RUT"].first_date) == "1987-09-10"
    assert str(meta["SPX"].first_date) == "1927-12-30"
    assert str(meta["DJI"].last_date) == "2026-02-23"
    assert meta["RUT"].rows == 9811
    assert meta["SPX"].rows == 24777
    for sym in ("IWM", "SPY", "QQQ", "RUT", "SPX", "DFEDTARU", "ZQ"):
        assert str(meta[sym].last_date) == "2026-08-21", sym
    assert len([s for s in meta if s.startswith("XL")]) == 11


def test_series_is_float_on_sessions(store):
    s = capscope.series("Russell 2000", "2024-07-01", "2024-07-31")
    assert s.dtype == "float64"
    assert isinstance(s.index, pd.DatetimeIndex)
    assert pd.Timestamp("2024-07-04") not in s.index  # Independence Day
    assert len(s) == 22


def test_reseeding_is_idempotent(fresh_store):
    before = fresh_store.meta_for("RUT").rows
    fresh_store._seeded = False
    fresh_store._ensure_seeded()
    import duckdb

    with duckdb.connect(str(fresh_store.path)) as con:
        con.execute("UPDATE store_info SET value = 'old' WHERE key = 'snapshot_version'")
    fresh_store._seeded = False
    fresh_store._ensure_seeded()  # re-seeds: replaces snapshot rows, does not duplicate them
    fresh_store._cache.clear()
    assert fresh_store.meta_for("RUT").rows == before
    assert len(fresh_store.bars("RUT")) == before


def test_a_prefetch_and_a_read_share_one_load_of_the_rows(tmp_path):
    # a store seeded by the first of two threads to ask (the prefetch, then a read at once): the
    # rows equal the bundled snapshot's own parquet file, read here with pyarrow
    from importlib import resources

    import pyarrow.parquet as pq

    from capscope.data.store import Store

    st = Store(tmp_path / "fresh.duckdb")
    thread = st.prefetch_bars()
    got = st.bars("RUT")
    thread.join()
    with resources.as_file(resources.files("capscope.data.snapshot").joinpath("bars.parquet")) as p:
        table = pq.read_table(p, filters=[("symbol", "=", "RUT")], columns=["date", "close"]).to_pandas()
    want = table.set_index(pd.DatetimeIndex(table["date"]))["close"].sort_index()
    assert len(got) == len(want) == 9811
    assert (got["close"].to_numpy() == want.to_numpy()).all()


def test_a_failed_prefetch_leaves_the_error_to_the_read(tmp_path):
    # a store path that cannot be created: the prefetch swallows it, the read names it
    from capscope.data.store import Store
    from capscope.errors import CapscopeError

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    st = Store(blocker / "sub" / "capscope.duckdb")
    st.prefetch_bars().join()
    with pytest.raises(CapscopeError):
        st.bars("RUT")
