"""The embedded DuckDB store: seeded from the bundled snapshot, read as pandas, written atomically.

Layout (one database file, ``$CAPSCOPE_HOME/capscope.duckdb``; default: the user's data dir):

- ``bars``: every dated series in one long table (symbol, date, open, high, low, close,
  adj_close, volume). Rates keep their value in ``close``.
- ``series_meta``: per symbol kind, name, source, first/last date, rows, updated_at, warnings.
- ``futures`` (fed funds futures, long), ``fomc_meetings``, ``ff_*`` (Fama-French),
  ``fomc_probabilities_zq``: tables read whole through :meth:`Store.table`.
- ``store_info``: snapshot version and seeding time.

Why short-lived connections: DuckDB lets one process write or many read a file. Opening a
connection per operation (milliseconds) keeps CLI runs, the dashboard and imports from locking
each other out for longer than a query. Frames read are cached per process and dropped on write.

Why writes are safe: every ingest runs in one transaction (delete the replaced rows, insert,
update the metadata, commit). A failure or a killed process before COMMIT leaves the previous
state, which DuckDB's write-ahead log restores on the next open.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from capscope.data import bars_cache
from capscope.data._faults import (
    COMMITS,
    deferred_interrupts,
    interrupt_message,
    is_interrupt,
    settle,
    store_error,
)
from capscope.data.snapshot import SNAPSHOT_DATE, SNAPSHOT_VERSION
from capscope.data.symbols import BUILT_IN, SYMBOLS, Kind, SymbolInfo, lookup, register, resolve
from capscope.errors import BadInput, DataUnavailable, Interrupted, StoreError

T = TypeVar("T")

PRICE_FIELDS = ("open", "high", "low", "close", "adj_close", "volume")
TABLES = ("futures", "fomc_meetings", "fomc_probabilities_zq", "ff_factors_daily",
          "ff_factors_monthly", "ff_size_monthly")
_TABLE_SYMBOL = {
    "futures": "ZQ", "fomc_meetings": "FOMC_MEETINGS",
    "fomc_probabilities_zq": "FOMC_PROBABILITIES_ZQ", "ff_factors_daily": "FF_FACTORS_DAILY",
    "ff_factors_monthly": "FF_FACTORS_MONTHLY", "ff_size_monthly": "FF_SIZE_MONTHLY",
}
_TABLE_DATE = {"ff_factors_monthly": "month", "ff_size_monthly": "month"}
CONNECT_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
LOCK_WAIT = 5.0  # seconds to wait for another process's hold on the database file

_SCHEMA = """
CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS series_meta (
    symbol VARCHAR PRIMARY KEY, kind VARCHAR, name VARCHAR, source VARCHAR,
    first_date DATE, last_date DATE, rows BIGINT, updated_at TIMESTAMP, warnings VARCHAR
);
CREATE TABLE IF NOT EXISTS bars (
    symbol VARCHAR NOT NULL, date DATE NOT NULL, open DOUBLE, high DOUBLE, low DOUBLE,
    close DOUBLE, adj_close DOUBLE, volume DOUBLE, PRIMARY KEY (symbol, date)
);
"""


_ALL_BARS = ("bars", "*all*")  # marks that every stored series has been read into the cache


def default_home() -> Path:
    """``$CAPSCOPE_HOME`` if set, else the platform's user data directory for capscope."""
    env = os.environ.get("CAPSCOPE_HOME")
    if env:
        return Path(env).expanduser()
    return _platform_home(os.environ.get("HOME", ""), os.environ.get("XDG_DATA_HOME", ""))


@lru_cache(maxsize=8)
def _platform_home(home: str, xdg_data_home: str) -> Path:
    """platformdirs' answer for the environment it reads (asked on every statistic call via
    get_store, and slow enough to show: memoised on the variables it depends on)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("capscope", appauthor=False))


def _snapshot_file(name: str) -> Any:
    return resources.files("capscope.data.snapshot").joinpath(f"{name}.parquet")


@dataclass(frozen=True)
class SeriesMeta:
    """What the store records about one series."""

    symbol: str
    kind: str
    name: str
    source: str
    first_date: dt.date | None
    last_date: dt.date | None
    rows: int
    updated_at: dt.datetime | None
    warnings: tuple[str, ...] = ()


class Store:
    """One DuckDB database file holding every series capscope knows."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else default_home() / "capscope.duckdb"
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._loading = threading.Lock()
        self._seeding = threading.Lock()
        self._seeded = False
        self._stamp: tuple[int, ...] | None = None

    # -- connections -------------------------------------------------------------------------
    @contextmanager
    def connect(self, *, write: bool = False) -> Iterator[Any]:
        """A short-lived connection; read-only unless ``write``. Seeds the store on first use."""
        import duckdb

        con = None
        if not self._seeded:
            with self._seeding:  # one thread seeds; a prefetch and the main thread may both ask
                if not self._seeded:
                    # a first read checks the seed on the connection it then uses: one, not two
                    con = self._ensure_seeded(keep=not write)
        try:
            con = con or _connect_waiting(self.path, read_only=not write)
        except duckdb.Error as exc:
            raise store_error(exc, self.path) from None
        try:
            yield con
        except duckdb.Error as exc:  # e.g. a checksum failure reading a corrupt block
            if is_interrupt(exc):
                raise KeyboardInterrupt from None
            raise store_error(exc, self.path) from None
        finally:
            con.close()

    def _ensure_seeded(self, *, keep: bool = False) -> Any:
        """Seed the store from the bundled snapshot unless it holds this version already. With
        ``keep``, the read-only connection that found it seeded is returned open (else None)."""
        import duckdb

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists():
                con = _connect_waiting(self.path, read_only=True)
                try:
                    seeded = self._snapshot_version(con) == SNAPSHOT_VERSION
                except BaseException:
                    con.close()
                    raise
                if seeded:
                    self._seeded = True
                    if keep:
                        return con
                    con.close()
                    return None
                con.close()
            with _connect_waiting(self.path, read_only=False) as con:
                if self._snapshot_version(con) != SNAPSHOT_VERSION:
                    self._seed(con)
        except duckdb.Error as exc:
            raise store_error(exc, self.path) from None
        except OSError as exc:
            raise StoreError(
                f"cannot create the capscope store at {self.path}: {exc.strerror}",
                "set CAPSCOPE_HOME to a writable directory",
            ) from None
        self._seeded = True
        return None

    @staticmethod
    def _snapshot_version(con: Any) -> str | None:
        try:
            row = con.execute(
                "SELECT value FROM store_info WHERE key = 'snapshot_version'"
            ).fetchone()
        except Exception:  # noqa: BLE001 - a missing table just means "not seeded"
            return None
        return row[0] if row else None

    def _seed(self, con: Any) -> None:
        """Load the bundled snapshot in one transaction (idempotent: replaces snapshot rows)."""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(_SCHEMA)
            with resources.as_file(_snapshot_file("bars")) as p:
                snap_symbols = [r[0] for r in con.execute(
                    "SELECT DISTINCT symbol FROM read_parquet(?)", [str(p)]).fetchall()]
                con.execute("DELETE FROM bars WHERE symbol IN (SELECT UNNEST(?))", [snap_symbols])
                con.execute(
                    "INSERT INTO bars SELECT symbol, CAST(date AS DATE), open, high, low, close,"
                    " adj_close, volume FROM read_parquet(?)", [str(p)])
            for table in TABLES:
                with resources.as_file(_snapshot_file(table)) as p:
                    con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM read_parquet(?)",
                                [str(p)])
            stats = con.execute(
                "SELECT symbol, MIN(date), MAX(date), COUNT(*) FROM bars "
                "WHERE symbol IN (SELECT UNNEST(?)) GROUP BY symbol", [snap_symbols]).fetchall()
            for table in TABLES:
                col = _TABLE_DATE.get(table, "date")
                lo, hi, n = con.execute(f"SELECT MIN({col}), MAX({col}), COUNT(*) FROM {table}"
                                        ).fetchone()
                stats.append((_TABLE_SYMBOL[table], lo, hi, n))
            for symbol, lo, hi, n in stats:
                info = SYMBOLS[symbol]
                con.execute(
                    "INSERT OR REPLACE INTO series_meta VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [symbol, info.kind.value, info.name, f"snapshot {SNAPSHOT_DATE}", lo, hi, n,
                     now, json.dumps([info.note] if info.note else [])])
            con.execute("INSERT OR REPLACE INTO store_info VALUES ('snapshot_version', ?)",
                        [SNAPSHOT_VERSION])
            con.execute("INSERT OR REPLACE INTO store_info VALUES ('seeded_at', ?)",
                        [now.isoformat()])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def refresh_if_changed(self) -> bool:
        """Drop every cached frame and memo when the database file changed since the last call
        (True then): a long-running process (the dashboard) sees imports made by other processes.

        Why the file's stamp and not a query: a stat of the file and its write-ahead log costs
        microseconds, a connection milliseconds; every commit changes one of them (DuckDB appends
        to the log, and checkpoints into the file when the last connection closes).
        """
        stamp = bars_cache.file_stamp(self.path)
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        self._cache.clear()
        return True

    # -- reads -------------------------------------------------------------------------------
    def meta(self) -> list[SeriesMeta]:
        """Metadata of every series and table in the store, sorted by symbol."""
        with self.connect() as con:
            rows = con.execute("SELECT * FROM series_meta ORDER BY symbol").fetchall()
        out = []
        for symbol, kind, name, source, lo, hi, n, updated, warnings in rows:
            out.append(SeriesMeta(symbol, kind, name, source, lo, hi, int(n), updated,
                                  tuple(json.loads(warnings or "[]"))))
            if symbol not in SYMBOLS:
                register(SymbolInfo(symbol, name, Kind(kind)))
        return out

    def meta_for(self, symbol: str) -> SeriesMeta:
        for m in self.meta():
            if m.symbol == symbol:
                return m
        raise DataUnavailable(f"no data for {symbol} in the store",
                              "see 'capscope data list' for what the store holds")

    def resolve(self, name: str) -> SymbolInfo:
        """Like :func:`symbols.resolve`, also knowing the symbols users imported into this store
        (registered from ``series_meta`` on a miss, so a new process finds them). The store is
        asked once per cache lifetime: statistics resolve on every call, and a name that is
        nowhere must not cost a connection each time."""
        if lookup(name) is None and ("registered",) not in self._cache:
            self.meta()
            self._cache[("registered",)] = True
        return resolve(name)

    def symbols(self) -> list[str]:
        return [m.symbol for m in self.meta()]

    def bars(self, symbol: str) -> pd.DataFrame:
        """All stored rows of one symbol (cached per process), indexed by session date.

        The first call reads every series in one query (about 0.1 s for the snapshot): a report
        or a claim check touches dozens of symbols, and one query beats dozens of connections.
        Each frame is built once, consolidated, and shared read-only (pandas copy-on-write
        protects it from callers' edits).
        """
        key = ("bars", symbol)
        if key not in self._cache and _ALL_BARS not in self._cache:
            with self._loading:  # one load, also when a prefetch thread is at it (prefetch_bars)
                if _ALL_BARS not in self._cache:
                    self._load_all_bars()
                    self._cache[_ALL_BARS] = True
        frame = self._cache.get(key)
        if frame is None:
            frame = pd.DataFrame({c: pd.Series(dtype="float64") for c in PRICE_FIELDS},
                                 index=pd.DatetimeIndex([], name="date"))
        return frame

    def prefetch_bars(self) -> threading.Thread:
        """Start reading every series in a background thread and return it. DuckDB reads without
        holding the interpreter lock, so a command that has other start-up work (the claim
        checker compiling its grammar) gets the rows for a fraction of their cost; a failure
        is left for the first real read to raise."""

        def load() -> None:
            with suppress(Exception):
                self.bars("SPX")

        thread = threading.Thread(target=load, name="capscope-prefetch", daemon=True)
        thread.start()
        return thread

    def _load_all_bars(self) -> None:
        """Every series into the cache: from the NumPy copy when the store has not changed since
        it was written (:mod:`capscope.data.bars_cache`), else through DuckDB (then the copy is
        refreshed, unless the store changed during the read)."""
        stamp = bars_cache.file_stamp(self.path)
        copy = bars_cache.read(self.path, stamp, SNAPSHOT_VERSION, len(PRICE_FIELDS))
        if copy is None:
            copy = self._read_all_bars()
            if bars_cache.file_stamp(self.path) == stamp:
                bars_cache.write(self.path, stamp, SNAPSHOT_VERSION, copy)
        dates = pd.DatetimeIndex(copy.dates, name="date")
        lo = 0
        for symbol, n in zip(copy.symbols, copy.counts.tolist(), strict=True):
            self._cache[("bars", symbol)] = pd.DataFrame(
                copy.values[lo:lo + n], index=dates[lo:lo + n], columns=list(PRICE_FIELDS))
            lo += n

    def _read_all_bars(self) -> bars_cache.BarsCopy:
        with self.connect() as con:
            counts = con.execute("SELECT symbol, COUNT(*) FROM bars GROUP BY symbol "
                                 "ORDER BY symbol").fetchall()
            table = con.sql("SELECT date, open, high, low, close, adj_close, volume FROM bars "
                            "ORDER BY symbol, date").to_arrow_table()
        dates = table.column("date").to_numpy().astype("datetime64[ns]")
        values = np.column_stack(
            [table.column(c).to_numpy(zero_copy_only=False).astype("float64")
             for c in PRICE_FIELDS]) if table.num_rows else np.empty((0, len(PRICE_FIELDS)))
        return bars_cache.BarsCopy([str(sym) for sym, _ in counts],
                                   np.array([n for _, n in counts], dtype=np.int64), dates, values)

    def table(self, name: str) -> pd.DataFrame:
        """A whole auxiliary table (futures, fomc_meetings, ff_*...), cached per process."""
        if name not in TABLES:
            raise DataUnavailable(f"no table {name!r} in the store", f"tables: {', '.join(TABLES)}")
        key = ("table", name)
        if key not in self._cache:
            with self.connect() as con:
                frame = con.execute(f"SELECT * FROM {name}").df()
            for col in ("date", "month", "meeting_date"):
                if col in frame:
                    frame[col] = pd.to_datetime(frame[col])
            self._cache[key] = frame
        return self._cache[key].copy()

    def memo(self, key: tuple[Any, ...], build: Callable[[], T]) -> T:
        """A value derived from the stored data (e.g. the Fed decisions table), built once per
        process and dropped with the cached frames on every write. Callers must not mutate it."""
        full = ("memo", *key)
        if full not in self._cache:
            self._cache[full] = build()
        return self._cache[full]  # type: ignore[no-any-return]

    # -- writes ------------------------------------------------------------------------------
    def write_bars(self, symbol: str, frame: pd.DataFrame, *, kind: Kind, name: str, source: str,
                   warnings: Sequence[str] = (), replace: bool = False) -> SeriesMeta:
        """Store validated rows for one symbol atomically.

        ``frame`` is indexed by date with any of the price fields as columns. With ``replace``
        every old row of the symbol goes; otherwise rows on the same dates are overwritten and
        others kept (an incremental update).
        """
        rows = frame.reindex(columns=list(PRICE_FIELDS)).astype("float64")
        rows.insert(0, "date", pd.DatetimeIndex(rows.index).date)
        rows.insert(0, "symbol", symbol)
        rows = rows.reset_index(drop=True)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with self._transaction(rows) as con:
            if replace:
                con.execute("DELETE FROM bars WHERE symbol = ?", [symbol])
            else:
                con.execute("DELETE FROM bars WHERE symbol = ? AND date IN "
                            "(SELECT date FROM incoming)", [symbol])
            con.execute("INSERT INTO bars SELECT symbol, date, open, high, low, close, "
                        "adj_close, volume FROM incoming")
            _pause_for_tests()
            lo, hi, n = con.execute("SELECT MIN(date), MAX(date), COUNT(*) FROM bars "
                                    "WHERE symbol = ?", [symbol]).fetchone()
            con.execute("INSERT OR REPLACE INTO series_meta VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [symbol, kind.value, name, source, lo, hi, n, now,
                         json.dumps(list(warnings))])
        return SeriesMeta(symbol, kind.value, name, source, lo, hi, int(n), now, tuple(warnings))

    def write_table(self, name: str, frame: pd.DataFrame, *, key: Sequence[str],
                    source: str) -> None:
        """Upsert rows into an auxiliary table (e.g. imported futures), atomically."""
        if name not in TABLES:
            raise DataUnavailable(f"no table {name!r} in the store", f"tables: {', '.join(TABLES)}")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with self._transaction(frame) as con:
            cond = " AND ".join(f"t.{k} = i.{k}" for k in key)
            con.execute(f"DELETE FROM {name} t WHERE EXISTS "
                        f"(SELECT 1 FROM incoming i WHERE {cond})")
            cols = ", ".join(con.execute(f"SELECT * FROM {name} LIMIT 0").df().columns)
            con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM incoming")
            col = _TABLE_DATE.get(name, "date")
            lo, hi, n = con.execute(f"SELECT MIN({col}), MAX({col}), COUNT(*) FROM {name}"
                                    ).fetchone()
            info = SYMBOLS[_TABLE_SYMBOL[name]]
            old = con.execute("SELECT source, warnings FROM series_meta WHERE symbol = ?",
                              [info.symbol]).fetchone()
            if old:  # provenance: every source the rows came from, each once
                parts = [p for p in str(old[0]).split(" + ") if p]
                source = " + ".join(parts if source in parts else [*parts, source])
            con.execute("INSERT OR REPLACE INTO series_meta VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [info.symbol, info.kind.value, info.name, source, lo, hi, n, now,
                         old[1] if old else "[]"])

    def delete_rows(self, symbol: str, start: dt.date | None = None,
                    end: dt.date | None = None) -> tuple[int, SeriesMeta | None]:
        """Delete one series' rows (or the fed funds futures', symbol ``ZQ``) dated ``start`` to
        ``end`` (inclusive, open when None), atomically: the undo of an import.

        Returns the rows deleted and the series' new metadata (None once a series imported by a
        user is emptied: its metadata row goes too). A built-in series cannot be emptied (every
        statistic and the report rely on it) and the other tables are not removable rows.
        """
        table = "futures" if symbol == _TABLE_SYMBOL["futures"] else "bars"
        if symbol in _TABLE_SYMBOL.values() and table == "bars":
            raise BadInput(f"{symbol} is a reference table, not rows an import adds",
                           "remove rows of a series, or the fed funds futures (ZQ)")
        own = "" if table == "futures" else " AND symbol = ?"
        args: list[Any] = [] if table == "futures" else [symbol]
        where = f"date BETWEEN ? AND ?{own}"
        window = [start or dt.date(1, 1, 1), end or dt.date(9999, 12, 31)]
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with self._transaction() as con:
            gone = con.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}",
                               window + args).fetchone()[0]
            lo, hi, n = con.execute(f"SELECT MIN(date), MAX(date), COUNT(*) FROM {table} WHERE "
                                    f"NOT ({where}){own}", window + args + args).fetchone()
            if gone == 0:
                raise BadInput(f"{symbol} has no rows from {window[0]} to {window[1]}",
                               "see 'capscope data list' for the dates it holds; nothing was "
                               "changed")
            if n == 0 and symbol in BUILT_IN:
                raise BadInput(f"removing every row of the built-in {symbol} would break the "
                               "statistics that use it",
                               "give --start/--end to remove the rows an import added")
            con.execute(f"DELETE FROM {table} WHERE {where}", window + args)
            if n == 0:
                con.execute("DELETE FROM series_meta WHERE symbol = ?", [symbol])
                return int(gone), None
            old = con.execute("SELECT warnings FROM series_meta WHERE symbol = ?",
                              [symbol]).fetchone()
            notes = [*json.loads(old[0] or "[]"), f"removed {gone:,} rows dated {window[0]} to "
                     f"{window[1]} on {now.date()}"] if old else []
            con.execute("UPDATE series_meta SET first_date = ?, last_date = ?, rows = ?, "
                        "updated_at = ?, warnings = ? WHERE symbol = ?",
                        [lo, hi, n, now, json.dumps(notes), symbol])
        return int(gone), self.meta_for(symbol)

    @contextmanager
    def _transaction(self, incoming: pd.DataFrame | None = None) -> Iterator[Any]:
        """A write connection inside one transaction, with ``incoming`` registered as a view.

        COMMIT only when the block finishes; any exception (or a kill before COMMIT) leaves the
        store as it was. Every commit also writes a new ``generation`` in ``store_info``: other
        processes see the store changed, and after a failure or Ctrl+C the connection is asked
        whether that generation is stored, so the message says what the store holds instead of
        guessing (an interrupt can land just after COMMIT finished). Cached frames are dropped
        afterwards either way.
        """
        generation = uuid.uuid4().hex
        with self.connect(write=True) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                if incoming is not None:
                    con.register("incoming", incoming)
                yield con
                with deferred_interrupts():
                    con.execute("INSERT OR REPLACE INTO store_info VALUES ('generation', ?)",
                                [generation])
                    con.execute("COMMIT")
                    COMMITS.append(generation)
            except BaseException as exc:
                with deferred_interrupts(drop=True):  # already reporting; a second ^C waits
                    saved = settle(con, generation)
                    if saved:
                        COMMITS.append(generation)
                if is_interrupt(exc):
                    raise Interrupted(*interrupt_message(saved)) from None
                if saved:
                    return  # the write is in the store: the error came after COMMIT finished
                if saved is False and _is_duckdb_error(exc):  # e.g. the disk is full
                    raise store_error(exc, self.path, unchanged=True) from None
                raise
            finally:
                if incoming is not None:
                    with suppress(Exception):
                        con.unregister("incoming")
                self._cache.clear()


def _is_duckdb_error(exc: BaseException) -> bool:
    import duckdb

    return isinstance(exc, duckdb.Error)


def _connect_waiting(path: Path, *, read_only: bool) -> Any:
    """``duckdb.connect``, waiting up to :data:`LOCK_WAIT` seconds while another process holds
    the file (DuckDB allows one writer or many readers), so a dashboard read and an import do
    not fail each other; any other error, or a hold that lasts, is raised as it is.

    Never with extension auto-install or auto-load (:data:`CONNECT_CONFIG`): a file DuckDB takes
    for another format (a SQLite database at the store's path) would otherwise make it download
    an extension from the network into the home directory, outside ``CAPSCOPE_HOME``."""
    import duckdb

    deadline = time.monotonic() + LOCK_WAIT
    delay = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=CONNECT_CONFIG)
        except duckdb.Error as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def _pause_for_tests() -> None:
    """Fault injection: ``CAPSCOPE_TEST_INGEST_PAUSE`` seconds inside the transaction, so a test
    can kill an import half-way and check that the store is unchanged."""
    pause = os.environ.get("CAPSCOPE_TEST_INGEST_PAUSE")
    if pause:
        time.sleep(float(pause))



@lru_cache(maxsize=8)
def _store_at(path: str) -> Store:
    return Store(path)


@lru_cache(maxsize=8)
def _store_for_home(env: str) -> Store:
    """The store of one ``CAPSCOPE_HOME`` value: building its Path costs more than a statistic
    read, and a claim check asks for the store thousands of times."""
    return _store_at(str(Path(env) / "capscope.duckdb"))


@lru_cache(maxsize=8)
def _store_for_environment(capscope_home: str | None, home: str, xdg_data_home: str) -> Store:
    """The store :func:`default_home` names for these values of the variables it reads (a
    ``CAPSCOPE_HOME`` starting with "~" or unset): keyed on all of them, so a changed HOME or
    XDG_DATA_HOME still means another store, and the Path is built once per environment."""
    return _store_at(str(default_home() / "capscope.duckdb"))


def get_store() -> Store:
    """The process-wide store for the current ``CAPSCOPE_HOME`` (re-read on every call)."""
    env = os.environ.get("CAPSCOPE_HOME")
    if env and not env.startswith("~"):  # "~" depends on HOME too: resolved afresh below
        return _store_for_home(env)
    environ = os.environ
    return _store_for_environment(env, environ.get("HOME", ""), environ.get("XDG_DATA_HOME", ""))


__all__ = ["PRICE_FIELDS", "TABLES", "SeriesMeta", "Store", "default_home", "get_store"]
