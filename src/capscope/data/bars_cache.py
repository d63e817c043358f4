"""A read-through copy of the store's price rows, so a short command need not open DuckDB.

A claim check or a report reads every series once (``Store.bars``). Through DuckDB that costs a
connection, a query and the conversion of the result, about 0.15 s of a one-second command; the
same arrays saved with NumPy load in a few milliseconds. The copy lives beside the database file
(``capscope.duckdb.bars.npz``) and is only ever a copy:

* it is used only while the database file and its write-ahead log are exactly as they were when
  it was written (modification time, size and inode of both, the stamp
  :meth:`Store.refresh_if_changed` also uses) and the bundled snapshot version is the same; every
  write to the store changes the stamp, so a stale copy is never read;
* it is written after a read through DuckDB, only when the stamp did not change during that read,
  to a temporary file that replaces the old copy in one rename: a reader sees the old copy or the
  new one, never half of one;
* any failure to read it (missing, truncated, another format) is a miss, and any failure to write
  it is ignored: the database stays the only source of truth, and a read-only home still works.

NumPy's own format, loaded without pickle: the file holds plain arrays only.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FORMAT = 1  # bump when the arrays below change


@dataclass(frozen=True)
class BarsCopy:
    """Every stored price row, sorted by symbol then date: ``counts[i]`` rows of ``symbols[i]``."""

    symbols: list[str]
    counts: np.ndarray  # int64, one per symbol
    dates: np.ndarray  # datetime64[ns], one per row
    values: np.ndarray  # float64, rows x price fields


def cache_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".bars.npz")


def file_stamp(store_path: Path) -> tuple[int, ...]:
    """Modification time, size and inode of the database file and its write-ahead log; every
    commit changes one of them (DuckDB appends to the log and checkpoints into the file)."""
    stamp: tuple[int, ...] = ()
    for p in (store_path, store_path.with_name(store_path.name + ".wal")):
        try:
            st = p.stat()
            stamp += (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            stamp += (0, 0, 0)
    return stamp


def _key(stamp: tuple[int, ...], version: str) -> tuple[np.ndarray, np.ndarray]:
    return np.array([FORMAT, *stamp], dtype=np.int64), np.array(version)


def read(store_path: Path, stamp: tuple[int, ...], version: str, fields: int) -> BarsCopy | None:
    """The copy written for exactly this state of the store, or None."""
    if stamp[:3] == (0, 0, 0):
        return None  # no database file: it has to be created and seeded first
    want_stamp, want_version = _key(stamp, version)
    try:
        with np.load(cache_path(store_path), allow_pickle=False) as z:
            if not (np.array_equal(z["stamp"], want_stamp) and str(z["version"]) == str(want_version)):
                return None
            symbols, counts = [str(s) for s in z["symbols"]], z["counts"].astype(np.int64)
            dates, values = z["dates"].astype("datetime64[ns]"), z["values"].astype(np.float64)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None  # missing, truncated or not ours: read the database
    if (len(symbols) != len(counts) or int(counts.sum()) != len(dates) or values.shape != (len(dates), fields)):
        return None
    return BarsCopy(symbols, counts, dates, values)


def write(store_path: Path, stamp: tuple[int, ...], version: str, copy: BarsCopy) -> None:
    """Save ``copy`` for this state of the store, atomically; never raises."""
    target = cache_path(store_path)
    want_stamp, want_version = _key(stamp, version)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            np.savez(f, stamp=want_stamp, version=want_version, symbols=np.array(copy.symbols, dtype=str),
                     counts=copy.counts, dates=copy.dates, values=copy.values)
        os.replace(tmp, target)
        tmp = None
    except (OSError, ValueError):
        pass  # a read-only or full disk: the copy is only a shortcut
    finally:
        if tmp is not None:
            with suppress(OSError):
                os.unlink(tmp)


__all__ = ["BarsCopy", "cache_path", "file_stamp", "read", "write"]
