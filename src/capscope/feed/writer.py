"""The output of a feed run: a folder of part files, each written atomically, that a re-run resumes.

Why a folder of parts and not one file: a Parquet file cannot be appended to, and rewriting one
growing file would make every chunk cost the whole output so far. Each finished chunk becomes
one part (``part-<run>-<seq>.parquet`` or ``.jsonl``), written to a temporary name, flushed to
disk and renamed into place: a part either exists whole or not at all, so a ``kill -9`` loses
only the chunks still in flight. ``pandas.read_parquet(OUTPUT)`` reads the folder as one table.

Resume: every article has exactly one status row, written in the same part as its claims, so
the status rows of the existing parts say which articles are done (id and content hash). An
article whose text changed since is checked again; :func:`read_output` then keeps only the
newest version of each id (parts sort in write order), so the table never holds duplicates.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from capscope.errors import BadInput
from capscope.feed.job import COLUMNS

FORMATS = ("parquet", "jsonl")


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([(k, pa.int64() if t is int else pa.string()) for k, t in COLUMNS.items()])


def part_files(folder: Path) -> list[Path]:
    """The finished parts of an output folder, in write order (names sort by run, then seq)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.name.startswith("part-") and p.suffix in (".parquet", ".jsonl"))


class FeedOutput:
    """An output folder: check it is usable, list what is done, write parts atomically."""

    def __init__(self, path: str | Path, fmt: str | None = None) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise BadInput(f"output {str(path)!r} is a file",
                           "pass a folder for --out (created if missing; parts go inside)")
        found = {p.suffix.lstrip(".") for p in part_files(self.path)}
        if fmt is None:
            fmt = next(iter(found)) if len(found) == 1 else (
                "jsonl" if self.path.name.lower().endswith(".jsonl") else "parquet")
        if fmt not in FORMATS:
            raise BadInput(f"unknown output format {fmt!r}", "use parquet or jsonl")
        if found - {fmt}:
            raise BadInput(f"output {str(path)!r} already holds {', '.join(sorted(found))} parts",
                           f"resume with the same format, or choose a new folder for {fmt}")
        self.fmt = fmt
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._lock = (self.path / ".lock").open("a")  # also proves the folder writable
        except OSError as exc:
            raise BadInput(f"cannot write to output {str(path)!r}: {exc.strerror or exc}",
                           "choose a writable folder for --out") from None
        self._hold_lock()
        for tmp in self.path.glob(".part-*.tmp"):  # left by a killed run: never complete
            tmp.unlink(missing_ok=True)
        self.run = f"{time.time_ns():020d}"  # parts of later runs sort after earlier ones
        self._seq = 0

    def _hold_lock(self) -> None:
        """One run per output folder: a second one would delete the first's temporary parts
        and check the same articles. The lock goes with the process, kill -9 included."""
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock, as before
            return
        try:
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise BadInput(f"another run is writing to {str(self.path)!r}",
                           "wait for it to finish, or choose another folder for --out") from None

    def close(self) -> None:
        """Release the folder for the next run."""
        self._lock.close()

    def parts(self) -> list[Path]:
        """The finished parts, in write order."""
        return part_files(self.path)

    def done(self) -> dict[str, str]:
        """article id -> content hash of every article with a status row (newest wins)."""
        out: dict[str, str] = {}
        for part in self.parts():
            for row in _status_rows(part, ("article_id", "content_hash")):
                out[row["article_id"]] = row["content_hash"]
        return out

    def write(self, rows: list[dict[str, Any]]) -> Path:
        """One part holding ``rows``, atomically: a temporary file, fsync, then a rename."""
        self._seq += 1
        name = f"part-{self.run}-{self._seq:06d}.{self.fmt}"
        final, tmp = self.path / name, self.path / f".{name}.tmp"
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(rows, schema=_schema())
            with tmp.open("wb") as fh:
                pq.write_table(table, fh)  # snappy: the least CPU in the parent
                fh.flush()
                os.fsync(fh.fileno())
        else:
            with tmp.open("w", encoding="utf-8") as fh:
                for r in rows:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, final)
        return final


def _read_part(part: Path, columns: list[str] | None = None) -> Any:
    """One part as a DataFrame with every column of the schema (or ``columns``); a column a part
    written by an earlier version lacks is filled with its empty value."""
    import pandas as pd

    cols = columns or list(COLUMNS)
    if part.suffix == ".parquet":
        import pyarrow.parquet as pq

        held = set(pq.read_schema(part).names)
        frame = pd.read_parquet(part, columns=[c for c in cols if c in held])
    else:
        with part.open(encoding="utf-8") as fh:  # json, not read_json: no guessing of types
            rows = [json.loads(line) for line in fh]
        held = set().union(*rows) if rows else set(COLUMNS)
        frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    for c in cols:  # a part written before a column was added: the column's empty value
        if c not in held:
            frame[c] = 0 if COLUMNS.get(c) is int else ""
    return frame[cols]


def _status_rows(part: Path, columns: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    if part.suffix == ".parquet":
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        table = pq.read_table(part, columns=["row_type", *columns])
        yield from table.filter(pc.equal(table["row_type"], "article")).select(
            list(columns)).to_pylist()
        return
    with part.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["row_type"] == "article":
                yield {k: row[k] for k in columns}


def latest_parts(path: str | Path) -> dict[str, int]:
    """article id -> index of the part holding its newest version (by status row)."""
    out: dict[str, int] = {}
    for i, part in enumerate(part_files(Path(path))):
        for row in _status_rows(part, ("article_id",)):
            out[row["article_id"]] = i
    return out


def iter_output(path: str | Path, columns: list[str] | None = None) -> Iterator[Any]:
    """The output one part at a time (DataFrames), older versions of re-checked articles dropped.

    Memory is one part plus the id index, whatever the size of the output.
    """
    p = Path(path)
    if not p.is_dir():
        raise BadInput(f"output {str(path)!r} does not exist", "run capscope check --feed first")
    newest = latest_parts(p)
    cols = list(dict.fromkeys([*(columns or COLUMNS), "article_id"]))
    for i, part in enumerate(part_files(p)):
        frame = _read_part(part, cols)
        keep = frame["article_id"].map(newest).eq(i)
        yield frame[keep.to_numpy()][columns or list(COLUMNS)]


def read_output(path: str | Path, columns: list[str] | None = None) -> Any:
    """The whole output as one DataFrame in feed order (each article's claims, then its status
    row), one version per article: what a user loads to analyse the run."""
    import pandas as pd

    frames = list(iter_output(path, columns))
    cols = columns or list(COLUMNS)
    if not frames:
        return pd.DataFrame(columns=cols)
    frame = pd.concat(frames, ignore_index=True)
    if "record" in frame and "claim_no" in frame and "row_type" in frame:
        frame = frame.assign(_last=frame["row_type"].eq("article")).sort_values(
            ["record", "_last", "claim_no"], kind="stable").drop(columns="_last")
    return frame.reset_index(drop=True)


__all__ = ["FORMATS", "FeedOutput", "iter_output", "latest_parts", "part_files", "read_output"]
