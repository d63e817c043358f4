"""Importing a local CSV or Parquet file (optionally gzip-compressed) into the store.

The path from file to store: read a bounded number of bytes, refuse what is not UTF-8 CSV text or
Parquet, normalise column names (Date/Close/Adj Close/value/FRED ids...), parse dates and numbers,
validate (:mod:`capscope.data.validate`), reconcile with stored rows (:mod:`capscope.data.merge`),
then one atomic :meth:`Store.write_bars`. Every refusal is one line naming the problem and the
first offending row; the store is written only at the very end, so any failure leaves it as it
was.

Why bounded: a daily series since 1885 is about 40,000 rows (a few MB). Files above
:data:`MAX_BYTES` (after decompression) or :data:`MAX_ROWS` rows are refused before parsing, so
a wrong file (a tick dump, a disk image) costs a fraction of a second, not the machine's memory.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from capscope._encoding import utf16_without_bom
from capscope.data.merge import plan_merge
from capscope.data.store import SeriesMeta, Store, get_store
from capscope.data.symbols import Kind, SymbolInfo, lookup, register
from capscope.data.validate import coerce_numbers, validate_bars
from capscope.errors import BadInput, ImportRejected

MAX_BYTES = 64 * 2**20
MAX_ROWS = 250_000
IMPORTABLE_KINDS = (Kind.INDEX, Kind.ETF, Kind.RATE)

# normalised header (lower case, letters and digits only) -> capscope column
_COLUMN_NAMES: dict[str, str] = {
    **dict.fromkeys(("date", "datetime", "time", "timestamp", "day", "observationdate",
                     "tradedate", "tradingday", "asof", "period"), "date"),
    **dict.fromkeys(("open", "o", "openprice", "opening"), "open"),
    **dict.fromkeys(("high", "h", "highprice", "max"), "high"),
    **dict.fromkeys(("low", "l", "lowprice", "min"), "low"),
    **dict.fromkeys(("close", "c", "closeprice", "price", "last", "lastprice", "closelast",
                     "value", "settle", "settlement", "rate"), "close"),
    **dict.fromkeys(("adjclose", "adjustedclose", "adjcloseprice", "adjustedcloseprice",
                     "adjclosing", "totalreturnclose"), "adj_close"),
    **dict.fromkeys(("volume", "vol", "v"), "volume"),
}
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T].*)?$")
_COMPACT_DAY = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SYMBOL_TEXT = re.compile(r"^[A-Za-z0-9^][A-Za-z0-9^._=-]{0,19}$")


@dataclass
class ImportResult:
    """What an import did: the stored series' metadata, rows read and the warnings recorded."""

    symbol: str
    kind: str
    rows_read: int
    meta: SeriesMeta
    warnings: list[str] = field(default_factory=list)
    created: bool = False


# -- reading bytes -------------------------------------------------------------------------------
def _reject(label: str | Path, what: str, hint: str) -> ImportRejected:
    name = label.name if isinstance(label, Path) else label
    return ImportRejected(f"{name}: {what}", hint + "; the store was not changed")


def read_bytes(path: Path) -> bytes:
    """The file's content (decompressed if gzip), refusing missing paths, directories, huge files."""
    if not path.exists():
        raise BadInput(f"no such file: {path}", "check the path and try again")
    if path.is_dir():
        raise BadInput(f"{path} is a directory, not a file",
                       "give the path of one CSV or Parquet file")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(2)
            fh.seek(0)
            if head == b"\x1f\x8b":
                data = _read_gzip(path, fh)
            else:
                if size > MAX_BYTES:
                    raise _reject(path, f"file is {size / 2**20:.0f} MB, more than the "
                                  f"{MAX_BYTES // 2**20} MB a daily series can need",
                                  "import one series per file")
                data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise BadInput(f"cannot read {path}: permission denied", "check the file's permissions"
                       ) from None
    except IsADirectoryError:
        raise BadInput(f"{path} is a directory, not a file",
                       "give the path of one CSV or Parquet file") from None
    if not data.strip():
        raise _reject(path, "the file is empty", "export the series with a header and rows")
    return data


def _read_gzip(path: Path, fh: io.BufferedReader) -> bytes:
    try:
        with gzip.GzipFile(fileobj=fh) as gz:
            data = gz.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error):
        raise _reject(path, "not a readable gzip file (corrupt or truncated)",
                      "re-create the .gz file or import the uncompressed file") from None
    if len(data) > MAX_BYTES:
        raise _reject(path, f"decompresses to more than {MAX_BYTES // 2**20} MB",
                      "import one series per file")
    return data


# -- bytes -> raw frame --------------------------------------------------------------------------
def read_raw(path: str | Path) -> tuple[pd.DataFrame, list[str]]:
    """The file as a frame with capscope column names (date, open, ..., volume), cells untouched.

    Returns the frame and notes about ignored columns. Refuses binary files, non-UTF-8 text,
    malformed CSV, files without a date or value column, and files over the row limit.
    """
    p = Path(path)
    return parse_bytes(p.name, read_bytes(p))


def parse_bytes(label: str, data: bytes) -> tuple[pd.DataFrame, list[str]]:
    """Like :func:`read_raw` for content already in memory (a provider's response body)."""
    if not data.strip():
        raise _reject(label, "the file is empty", "export the series with a header and rows")
    raw = _read_parquet(label, data) if data[:4] == b"PAR1" else _read_csv(label, data)
    if len(raw) > MAX_ROWS:
        raise _reject(label, f"more than {MAX_ROWS:,} rows", "a daily series needs far fewer; "
                      "import one series per file")
    if raw.empty:
        raise _reject(label, "the file has a header but no data rows",
                      "export the series with its rows")
    return _normalise_columns(label, raw)


def _read_parquet(path: str, data: bytes) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(io.BytesIO(data))
        if pf.metadata.num_rows > MAX_ROWS:
            raise _reject(path, f"{pf.metadata.num_rows:,} rows, more than {MAX_ROWS:,}",
                          "import one series per file")
        frame = pf.read().to_pandas()
    except (pa.ArrowException, OSError) as exc:
        raise _reject(path, f"not a readable Parquet file ({str(exc).splitlines()[0][:80]})",
                      "re-export the file") from None
    if isinstance(frame.index, pd.DatetimeIndex) or frame.index.name:
        frame = frame.reset_index()
    return frame


def _read_csv(path: str, data: bytes) -> pd.DataFrame:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise _reject(path, "the file is UTF-16 text, not UTF-8",
                      "save it as 'CSV UTF-8', e.g. iconv -f UTF-16 -t UTF-8")
    if utf16_without_bom(data[:8192]):
        raise _reject(path, "the file is UTF-16 text without a byte-order mark, not UTF-8",
                      "save it as 'CSV UTF-8', e.g. iconv -f UTF-16LE -t UTF-8")
    if b"\x00" in data[:8192]:
        raise _reject(path, "a binary file, not CSV text",
                      "give a CSV or Parquet file, optionally gzip-compressed")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _reject(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}; "
                      "Latin-1 or Windows-1252?)",
                      "save it as 'CSV UTF-8', e.g. iconv -f LATIN1 -t UTF-8"
                      ) from None
    first = text.lstrip().split("\n", 1)[0]
    sep = ","
    if "," not in first:
        sep = ";" if ";" in first else ("\t" if "\t" in first else ",")
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                            skipinitialspace=True, nrows=MAX_ROWS + 1, comment=None)
    except pd.errors.EmptyDataError:
        raise _reject(path, "the file is empty", "export the series with a header and rows"
                      ) from None
    except pd.errors.ParserError as exc:
        msg = str(exc).strip().splitlines()[-1][:100]
        raise _reject(path, f"malformed CSV ({msg})", "check the file's rows have the same "
                      "number of fields as its header") from None
    return frame


def _normalise_columns(path: str, raw: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    mapping: dict[str, str] = {}
    ignored: list[str] = []
    for col in raw.columns:
        key = re.sub(r"[^a-z0-9]", "", str(col).lower())
        target = _COLUMN_NAMES.get(key)
        if target is None:
            ignored.append(str(col))
            continue
        clash = [c for c, t in mapping.items() if t == target]
        if clash:
            raise _reject(path, f"columns {clash[0]!r} and {col!r} both mean {target}",
                          "keep one of them")
        mapping[col] = target
    if "date" not in mapping.values():
        first = raw.columns[0]
        if str(first).startswith("Unnamed") or str(first) == "index":
            mapping[first] = "date"
            ignored = [c for c in ignored if c != str(first)]
    values = {"close", "adj_close"}
    if (not values & set(mapping.values()) and len(ignored) == 1 and "date" in mapping.values()
            and re.fullmatch(r"[A-Z0-9_]{2,30}", ignored[0])):
        # FRED's CSV names the value column after the series id (observation_date,DFF).
        mapping[ignored[0]] = "close"
        ignored = []
    found = ", ".join(str(c) for c in raw.columns[:8])
    if "date" not in mapping.values():
        raise _reject(path, f"no date column (columns: {found})",
                      "name the date column Date and write dates as YYYY-MM-DD")
    if not values & set(mapping.values()):
        raise _reject(path, f"no price or value column (columns: {found})",
                      "name it Close, Adj Close or value")
    notes = [f"ignored columns: {', '.join(ignored)}"] if ignored else []
    frame = raw[list(mapping)].rename(columns=mapping)
    return frame, notes


# -- raw frame -> validated bars -----------------------------------------------------------------
def parse_dates(path: str, values: pd.Series) -> pd.DatetimeIndex:
    """ISO dates (a time or offset after the day is ignored) or YYYYMMDD; one-line error."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        ts = pd.to_datetime(values)
        if getattr(ts.dt, "tz", None) is not None:
            ts = ts.dt.tz_localize(None)  # keep the exchange's wall-clock day
        return _in_range(path, pd.DatetimeIndex(ts.dt.normalize(), name="date"))
    text = values.astype("string").str.strip().fillna("")
    day = text.str.extract(_ISO_DAY, expand=False)
    compact = text.str.extract(_COMPACT_DAY)
    day = day.fillna(compact[0] + "-" + compact[1] + "-" + compact[2])
    parsed = pd.to_datetime(day, format="%Y-%m-%d", errors="coerce")
    bad = parsed.isna()
    if bad.any():
        pos = int(bad.to_numpy().nonzero()[0][0])
        raise _reject(path, f"row {pos + 1} has date {str(text.iloc[pos])[:30]!r}, not a date "
                      f"({int(bad.sum())} of {len(bad)} rows)", "write dates as YYYY-MM-DD")
    return _in_range(path, pd.DatetimeIndex(parsed, name="date"))


def _in_range(path: str, dates: pd.DatetimeIndex) -> pd.DatetimeIndex:
    """The dates, in nanoseconds, once every one lies in the range every command accepts
    (:data:`capscope.data.calendar.MIN_DATE` to ``MAX_DATE``); a row outside it would reach the
    store and break every later read of the series."""
    from capscope.data.calendar import MAX_DATE, MIN_DATE

    lo, hi = pd.Timestamp(MIN_DATE).as_unit(dates.unit), pd.Timestamp(MAX_DATE).as_unit(dates.unit)
    out = (dates < lo) | (dates > hi)
    if out.any():
        pos = int(out.nonzero()[0][0])
        raise _reject(path, f"row {pos + 1} is dated {dates[pos].date()}, outside the dates "
                      f"capscope supports, {MIN_DATE} to {MAX_DATE} ({int(out.sum())} such rows)",
                      "fix or drop those rows")
    return dates.as_unit("ns")


def frame_from_raw(path: str, raw: pd.DataFrame, *, kind: Kind,
                   frequency: str | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Parse and validate a raw frame; returns date-indexed float bars and notes on what was
    done to them (rows skipped, sorted). Validation warnings are left to :func:`store_bars`,
    which validates the whole series after the merge."""
    dates = parse_dates(path, raw["date"])
    numbers, report = coerce_numbers(raw.reset_index(drop=True),
                                     pd.Series(dates.date, dtype="object"))
    report.raise_for_errors(path)
    numbers.index = dates
    notes: list[str] = []
    empty = numbers.isna().all(axis=1)
    if empty.any():
        days = ", ".join(str(d.date()) for d in numbers.index[empty][:3])
        notes.append(f"{int(empty.sum())} rows without any value were skipped ({days})")
        numbers = numbers[~empty.to_numpy()]
    if not numbers.index.is_monotonic_increasing and not numbers.index.duplicated().any():
        notes.append("rows were not in date order; they were sorted")
        numbers = numbers.sort_index(kind="stable")
    validate_bars(numbers, kind=kind, frequency=frequency, what=path
                  ).raise_for_errors(path)
    return numbers, notes


# -- symbols -------------------------------------------------------------------------------------
def resolve_import_symbol(symbol: str, kind: str | Kind | None,
                          store: Store) -> tuple[SymbolInfo, bool]:
    """The symbol an import writes to, and whether it is new (to be registered).

    Built-in names and aliases resolve to their canonical symbol; a new symbol needs ``kind``.
    """
    want = None
    if kind is not None:
        try:
            want = Kind(str(kind).lower())
        except ValueError:
            raise BadInput(f"unknown kind {kind!r}", "use --kind index, etf or rate") from None
        if want not in IMPORTABLE_KINDS:
            raise BadInput(f"cannot import a {want.value} as a series",
                           "use --kind index, etf or rate")
    info = lookup(symbol)
    if info is None:
        store.meta()  # registers symbols imported earlier
        info = lookup(symbol)
    if info is not None:
        if info.kind not in IMPORTABLE_KINDS:
            raise BadInput(f"{info.symbol} is a {info.kind.value} table, not a series",
                           "import prices of an index or ETF, or a rate")
        if want is not None and want is not info.kind:
            raise BadInput(f"{info.symbol} is a {info.kind.value}, not a {want.value}",
                           "leave out --kind for a known symbol")
        return info, False
    text = symbol.strip()
    if not _SYMBOL_TEXT.match(text):
        raise BadInput(f"{symbol!r} is not a usable symbol",
                       "use up to 20 letters, digits, ^ . _ = -; e.g. --symbol MYIDX")
    if want is None:
        raise BadInput(f"{text.upper()} is not a known symbol, so capscope needs its kind",
                       "add --kind index, --kind etf or --kind rate")
    return SymbolInfo(text.upper(), text.upper(), want,
                      frequency="daily" if want is not Kind.RATE else ""), True


# -- the import ----------------------------------------------------------------------------------
def store_bars(info: SymbolInfo, rows: pd.DataFrame, *, store: Store, source: str,
               replace: bool, notes: list[str] | None = None,
               force: bool = False) -> tuple[SeriesMeta, list[str]]:
    """Reconcile ``rows`` with the stored series, validate the result, write atomically.

    Shared by file imports and provider updates. Returns the new metadata and the warnings stored
    with the series (its standing note first). Refused before anything is written: rows dated
    after the next session (nothing can be known about them yet), a revision of the last stored
    close beyond the merge tolerance, and a ``replace`` that would keep less than half of the
    stored rows; the last two pass with ``force``, as a user's explicit decision.
    """
    _refuse_future(info.symbol, rows)
    stored = _stored_bars(store, info.symbol)
    warnings = list(notes or [])
    if replace or stored.empty:
        if replace and len(stored) and len(rows) < len(stored) / 2 and not force:
            raise ImportRejected(
                f"{info.symbol}: --replace would swap its {len(stored):,} stored rows "
                f"({stored.index[0].date()}..{stored.index[-1].date()}) for {len(rows):,}",
                "add --force if that is meant; the store was not changed")
        merged = rows
        to_write = rows
    else:
        plan = plan_merge(info.symbol, stored, rows, kind=info.kind, force=force)
        warnings += plan.warnings
        to_write = plan.rows
        merged = pd.concat([stored.drop(index=to_write.index, errors="ignore"),
                            to_write.reindex(columns=stored.columns)]).sort_index()
    freq = info.frequency if info.kind is Kind.RATE else None
    report = validate_bars(merged.dropna(axis=1, how="all"), kind=info.kind, frequency=freq,
                           what=f"{info.symbol} after the merge")
    report.raise_for_errors(info.symbol)
    note = [info.note] if info.note else []
    if replace and len(stored):
        # the standing note describes the history that is going; say what replaced what
        old = store.meta_for(info.symbol)
        note = [f"replaced {old.rows:,} rows ({old.first_date}..{old.last_date}, "
                f"{old.source}) on {dt.date.today()}"]
    stored_warnings = note + _unique(warnings + report.warning_lines())
    if not replace and not stored.empty:
        source = _joined_source(store.meta_for(info.symbol).source, source)
    meta = store.write_bars(info.symbol, to_write, kind=info.kind, name=info.name, source=source,
                            warnings=stored_warnings, replace=replace)
    return meta, stored_warnings


def _refuse_future(symbol: str, rows: pd.DataFrame) -> None:
    """Rows dated after the next NYSE session from today cannot be data yet (a typo'd year, a
    forecast file): refused naming the first, rather than stored with a "sessions missing" note."""
    from capscope.data.calendar import next_session

    limit = next_session(dt.date.today() + dt.timedelta(days=1))
    late = rows.index[rows.index > limit]
    if len(late):
        raise ImportRejected(
            f"{symbol}: {len(late)} row(s) dated after the next session ({limit.date()}), "
            f"first {late[0].date()}",
            "drop rows from the future; the store was not changed")


def _joined_source(old: str, new: str) -> str:
    """"snapshot 2026-08-21 + yahoo ^RUT": where a merged series' rows came from, each once."""
    parts = [p for p in old.split(" + ") if p]
    return " + ".join([*parts, new] if new not in parts else parts)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _stored_bars(store: Store, symbol: str) -> pd.DataFrame:
    if symbol not in store.symbols():
        return pd.DataFrame()
    return store.bars(symbol)


def import_file(path: str | Path, symbol: str, kind: str | Kind | None = None, *,
                store: Store | None = None, replace: bool = False,
                name: str | None = None, force: bool = False) -> ImportResult:
    """Import one series from a CSV/Parquet file (``.gz`` allowed) into the store.

    Without ``replace``, rows are merged into the stored series (overlapping dates must agree,
    see :mod:`capscope.data.merge`); with it, the stored rows of the symbol are replaced
    (``force`` allows a replace that shrinks the series by half or more, or a large revision of
    the last stored close). A
    symbol that is not built in is registered with ``kind`` (index, etf or rate) so that
    ``capscope.series(symbol)`` finds it afterwards. Raises :class:`ImportRejected` (or
    :class:`BadInput`) with one line; the store is unchanged unless the import succeeds.
    """
    st = store or get_store()
    p = Path(path).expanduser()
    info, created = resolve_import_symbol(symbol, kind, st)
    if created and name:
        info = SymbolInfo(info.symbol, name, info.kind, frequency=info.frequency)
    raw, notes = read_raw(p)
    freq = info.frequency if info.kind is Kind.RATE else None
    rows, parse_notes = frame_from_raw(p.name, raw, kind=info.kind, frequency=freq)
    meta, stored = store_bars(info, rows, store=st, source=f"file {p.name}", replace=replace,
                              notes=notes + parse_notes, force=force)
    if created:
        register(info)
    return ImportResult(info.symbol, info.kind.value, len(rows), meta, stored, created)


__all__ = ["MAX_BYTES", "MAX_ROWS", "ImportResult", "frame_from_raw", "import_file", "parse_dates",
           "parse_bytes", "read_raw", "resolve_import_symbol", "store_bars"]
