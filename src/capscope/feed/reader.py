"""Read a news feed as a stream of articles: JSONL, Parquet, or a folder of .txt/.html files.

A feed can hold millions of articles, so nothing here reads it whole: JSONL is read line by line
(each line capped, so one enormous line cannot fill memory), Parquet batch by batch, a folder
file by file. A record that cannot be checked (no id, no text, not JSON, over the size cap) is
still yielded, carrying its ``error``: the run reports it as a failed row and goes on. Only a
feed that cannot be read at all (missing, unknown format, no ``text`` column) is ``BadInput``.

Dates are not parsed here: the reader stays light (no pandas in the parent process) and a bad
``published`` is the job's to report, next to the article it belongs to.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from capscope.errors import BadInput

# the checker's own cap (claims.normalize.MAX_BYTES), repeated so the reader imports no claims
# code; tests/feed check the two agree
MAX_BYTES = 10 * 1024 * 1024
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
PARQUET_SUFFIXES = (".parquet", ".pq")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
OUTLET_KEYS = ("outlet", "source")


@dataclasses.dataclass(frozen=True, slots=True)
class Article:
    """One record of the feed, as read: what the job needs to check it and to report it."""

    record: int  # 0-based position in the feed: stable across runs of the same input
    id: str
    text: str | bytes | None
    published: str | None = None  # as given; the job parses it
    outlet: str = ""
    url: str = ""
    error: str = ""  # why this record cannot be checked ("" when it can)

    @property
    def content_hash(self) -> str:
        """What resume compares: the text and the publication date (both change verdicts)."""
        h = hashlib.sha256()
        text = self.text if isinstance(self.text, bytes) else (self.text or "").encode(
            "utf-8", "surrogatepass")
        h.update(text)
        h.update(b"\0" + (self.published or "").encode() + b"\0" + self.error.encode())
        return h.hexdigest()[:24]


def feed_format(path: Path) -> str:
    """'jsonl', 'parquet' or 'folder' for an existing feed; BadInput otherwise."""
    if not path.exists():
        raise BadInput(f"feed {str(path)!r} does not exist", "check the path of --feed")
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    raise BadInput(f"feed {str(path)!r} has an unknown format ({suffix or 'no suffix'})",
                   "pass a .jsonl or .parquet file, or a folder of .txt/.html articles")


def count_records(path: Path) -> int:
    """How many records the feed holds, cheaply (for the progress bar's ETA)."""
    fmt = feed_format(path)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    if fmt == "folder":
        return sum(1 for _ in _article_files(path))
    n, last = 0, b"\n"
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (last != b"\n")  # a last line without its newline


def read_feed(path: str | Path) -> Iterator[Article]:
    """Every record of the feed in order, as :class:`Article` (bad ones with their ``error``)."""
    p = Path(path)
    fmt = feed_format(p)
    try:
        if fmt == "jsonl":
            yield from _read_jsonl(p)
        elif fmt == "parquet":
            yield from _read_parquet(p)
        else:
            yield from _read_folder(p)
    except OSError as exc:
        raise BadInput(f"cannot read feed {str(p)!r}: {exc.strerror or exc}",
                       "check the file's permissions") from None


def _text_field(value: Any) -> tuple[str | bytes | None, str]:
    if value is None or value == "":
        return None, "no text"
    if isinstance(value, str | bytes):
        if len(value) > MAX_BYTES:
            return None, f"text is larger than the {MAX_BYTES // 2**20} MB limit"
        return value, ""
    return None, f"text is a {type(value).__name__}, not a string"


def _str_field(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):  # a Parquet date or timestamp column
        return value.isoformat()
    return str(value)


def _from_mapping(record: int, row: dict[str, Any]) -> Article:
    """An Article from one JSON object or Parquet row; what is wrong goes into ``error``."""
    rid = row.get("id")
    errors = []
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        errors.append("no id")
        rid = f"<record {record}>"
    elif isinstance(rid, dict | list):
        errors.append("id is not a string or a number")
        rid = f"<record {record}>"
    text, why = _text_field(row.get("text"))
    if why:
        errors.append(why)
    outlet = next((_str_field(row[k]) for k in OUTLET_KEYS if row.get(k) is not None), "")
    published = row.get("published")
    return Article(record, str(rid), text, None if published in (None, "") else
                   _str_field(published), outlet, _str_field(row.get("url")), "; ".join(errors))


def _read_jsonl(path: Path) -> Iterator[Article]:
    limit = 2 * MAX_BYTES + 65536  # a JSON-escaped article at the cap, with its other fields
    with path.open("rb") as fh:
        record = 0
        while line := fh.readline(limit):
            if len(line) >= limit and not line.endswith(b"\n"):
                while (rest := fh.readline(limit)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of an oversized line without holding it
                yield Article(record, f"<record {record}>", None,
                              error=f"record is larger than the {MAX_BYTES // 2**20} MB limit")
                record += 1
                continue
            if not line.strip():
                continue  # blank lines are not records
            try:
                obj = json.loads(line)
            except (ValueError, UnicodeDecodeError) as exc:
                yield Article(record, f"<record {record}>", None,
                              error=f"line is not valid JSON ({str(exc)[:80]})")
            else:
                if isinstance(obj, dict):
                    yield _from_mapping(record, obj)
                else:
                    yield Article(record, f"<record {record}>", None,
                                  error=f"line is a JSON {type(obj).__name__}, not an object")
            record += 1


def _read_parquet(path: Path, batch_size: int = 1024) -> Iterator[Article]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a bad file
        raise BadInput(f"feed {str(path)!r} is not a readable Parquet file ({exc})",
                       "pass a Parquet or JSONL feed") from None
    names = set(pf.schema_arrow.names)
    missing = [c for c in ("id", "text") if c not in names]
    if missing:
        raise BadInput(f"feed {str(path)!r} has no {' or '.join(missing)} column",
                       "a feed needs id and text columns (optional: published, outlet or "
                       "source, url)")
    wanted = [c for c in ("id", "text", "published", *OUTLET_KEYS, "url") if c in names]
    record = 0
    for batch in pf.iter_batches(batch_size=batch_size, columns=wanted):
        for row in batch.to_pylist():
            yield _from_mapping(record, row)
            record += 1


def _article_files(folder: Path) -> Iterator[Path]:
    for p in sorted(folder.rglob("*")):
        if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file():
            yield p


def _read_folder(folder: Path) -> Iterator[Article]:
    for record, p in enumerate(_article_files(folder)):
        rid = p.relative_to(folder).as_posix()
        try:
            with p.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            yield Article(record, rid, None, error=f"cannot read the file: {exc.strerror}")
            continue
        if len(data) > MAX_BYTES:
            yield Article(record, rid, None,
                          error=f"file is larger than the {MAX_BYTES // 2**20} MB limit")
        else:
            yield Article(record, rid, data, error="" if data.strip() else "no text")


__all__ = ["MAX_BYTES", "Article", "count_records", "feed_format", "read_feed"]
