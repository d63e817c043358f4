"""The NumPy copy of the price rows: used only for the store state it was written from, never
stale after a write, never trusted when damaged, never needed (a read-only home still works)."""

from __future__ import annotations

import pandas as pd
import pytest

from capscope.data import bars_cache
from capscope.data.store import Store
from capscope.data.symbols import Kind


def _no_duckdb_read(monkeypatch):
    def refuse(self):
        raise AssertionError("read through DuckDB although the copy is current")

    monkeypatch.setattr(Store, "_read_all_bars", refuse)


def test_a_second_process_reads_the_copy_and_gets_the_same_rows(fresh_store, monkeypatch):
    first = fresh_store.bars("RUT")
    assert bars_cache.cache_path(fresh_store.path).exists()
    _no_duckdb_read(monkeypatch)
    again = Store(fresh_store.path).bars("RUT")
    pd.testing.assert_frame_equal(first, again)
    # every series, not only the one asked for
    with fresh_store.connect() as con:
        n_spx = con.execute("SELECT COUNT(*) FROM bars WHERE symbol = 'SPX'").fetchone()[0]
    assert len(Store(fresh_store.path).bars("SPX")) == n_spx


def test_a_write_makes_the_copy_stale(fresh_store):
    fresh_store.bars("RUT")
    frame = pd.DataFrame({"close": [3333.0]}, index=pd.DatetimeIndex(pd.to_datetime(["2026-08-24"]), name="date"))
    fresh_store.write_bars("RUT", frame, kind=Kind.INDEX, name="Russell 2000", source="test")
    other = Store(fresh_store.path)  # a new process: nothing cached in memory
    assert other.bars("RUT").loc["2026-08-24", "close"] == 3333.0


@pytest.mark.parametrize("damage", [b"", b"not a numpy file", None])
def test_a_damaged_copy_is_a_miss(fresh_store, damage):
    rows = fresh_store.bars("IWM")
    path = bars_cache.cache_path(fresh_store.path)
    if damage is None:  # cut in half, as an interrupted copy of the file would be
        data = path.read_bytes()
        path.write_bytes(data[:len(data) // 2])
    else:
        path.write_bytes(damage)
    pd.testing.assert_frame_equal(Store(fresh_store.path).bars("IWM"), rows)


def test_a_copy_of_another_state_is_not_read(fresh_store, monkeypatch):
    fresh_store.bars("RUT")
    stamp = bars_cache.file_stamp(fresh_store.path)
    assert bars_cache.read(fresh_store.path, stamp, "another snapshot", 6) is None
    moved = (stamp[0] + 1, *stamp[1:])
    assert bars_cache.read(fresh_store.path, moved, fresh_store_version(), 6) is None
    assert bars_cache.read(fresh_store.path, stamp, fresh_store_version(), 6) is not None


def fresh_store_version() -> str:
    from capscope.data.snapshot import SNAPSHOT_VERSION

    return SNAPSHOT_VERSION


def test_a_read_only_home_still_reads(fresh_store, monkeypatch):
    import tempfile

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    assert len(Store(fresh_store.path).bars("RUT")) > 1000
    assert not bars_cache.cache_path(fresh_store.path).exists()


def test_a_failed_write_leaves_no_temporary_file(fresh_store, monkeypatch):
    import numpy as np

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez", full_disk)
    assert len(Store(fresh_store.path).bars("RUT")) > 1000
    assert [p.name for p in fresh_store.path.parent.iterdir() if p.name.endswith(".tmp")] == []
