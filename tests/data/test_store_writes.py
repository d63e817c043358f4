"""Writes are atomic: a failure inside the transaction leaves the store exactly as before."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from capscope.data.symbols import Kind


def _fingerprint(store) -> str:
    with store.connect() as con:
        rows = con.execute("SELECT symbol, date, close FROM bars ORDER BY symbol, date").fetchall()
        meta = con.execute("SELECT symbol, rows, last_date FROM series_meta ORDER BY symbol").fetchall()
    return hashlib.sha256(repr((rows, meta)).encode()).hexdigest()


def _frame(dates, closes):
    return pd.DataFrame({"close": closes}, index=pd.DatetimeIndex(pd.to_datetime(dates), name="date"))


def test_merge_overwrites_same_dates_and_keeps_others(fresh_store):
    before = fresh_store.bars("RUT")
    frame = _frame(["2026-08-21", "2026-08-24"], [3000.0, 3010.0])
    meta = fresh_store.write_bars("RUT", frame, kind=Kind.INDEX, name="Russell 2000", source="test")
    after = fresh_store.bars("RUT")
    assert len(after) == len(before) + 1
    assert after.loc["2026-08-21", "close"] == 3000.0
    assert after.loc["2026-08-20", "close"] == before.loc["2026-08-20", "close"]
    assert str(meta.last_date) == "2026-08-24" and meta.rows == len(after)


def test_replace_drops_old_rows(fresh_store):
    frame = _frame(["2024-01-02", "2024-01-03"], [1.0, 2.0])
    fresh_store.write_bars("MYIDX", frame, kind=Kind.INDEX, name="mine", source="test")
    fresh_store.write_bars("MYIDX", _frame(["2024-02-01"], [3.0]), kind=Kind.INDEX, name="mine",
                           source="test", replace=True)
    assert list(fresh_store.bars("MYIDX")["close"]) == [3.0]
    assert fresh_store.meta_for("MYIDX").rows == 1


def test_failure_inside_transaction_rolls_back(fresh_store, monkeypatch):
    before = _fingerprint(fresh_store)
    import capscope.data.store as store_mod

    def boom() -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_mod, "_pause_for_tests", boom)
    with pytest.raises(RuntimeError):
        fresh_store.write_bars("RUT", _frame(["2026-08-24"], [1.0]), kind=Kind.INDEX,
                               name="Russell 2000", source="test", replace=True)
    assert _fingerprint(fresh_store) == before
    assert len(fresh_store.bars("RUT")) == 9811
