"""What the store says when a write or an open goes wrong, checked rather than assumed.

- After a failure or Ctrl+C inside a write, :func:`settle` rolls back what is still open and
  reads back the write's ``generation`` (see :meth:`Store._transaction`): an interrupt can land
  just after COMMIT finished, and "cannot rollback - no transaction is active" told the user
  nothing about whether the import was saved.
- DuckDB's errors are turned into one line naming the store's file and what to do
  (:func:`store_error`): a full disk, a corrupt or foreign file (a SQLite database), a lock
  held by another process.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from capscope.errors import StoreError

# Generations this process committed: how an interrupt later in a command knows a write is kept.
COMMITS: list[str] = []


def settle(con: Any, generation: str) -> bool | None:
    """After a failure inside a write: roll back what is still open, then read back whether this
    write's generation is stored (True: it committed; False: the store is as it was; None: the
    connection could not tell)."""
    with suppress(Exception):
        con.execute("ROLLBACK")  # fails when no transaction is open (COMMIT finished or aborted)
    try:
        row = con.execute("SELECT value FROM store_info WHERE key = 'generation'").fetchone()
    except BaseException:  # noqa: BLE001 - a second Ctrl+C or a dead connection: unknown
        return None
    return bool(row) and row[0] == generation


@contextmanager
def deferred_interrupts(*, drop: bool = False) -> Iterator[None]:
    """Hold Ctrl+C back while a COMMIT and its bookkeeping (or the read-back after a failure)
    run, then raise it as KeyboardInterrupt when the block ends (or drop it, with ``drop``).

    Why: a SIGINT landing inside DuckDB's COMMIT can surface twice (as the query's interrupt and
    again at the next Python line), and the second one skipped the read-back, so the message
    said "nothing was changed" about a committed import. Outside the main thread signals cannot
    be caught there anyway, and the block runs as it is.
    """
    pending: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: pending.append(signum))
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None
                      else signal.default_int_handler)
    if pending and not drop:
        raise KeyboardInterrupt


def is_interrupt(exc: BaseException) -> bool:
    """Ctrl+C in any of its forms: Python's KeyboardInterrupt, or DuckDB's report that a running
    query was interrupted (an InterruptException, or a RuntimeError "Query interrupted" from a
    result being fetched)."""
    if isinstance(exc, KeyboardInterrupt):
        return True
    text = str(exc)
    return (type(exc).__name__ == "InterruptException"
            or (isinstance(exc, RuntimeError) and "interrupted" in text.lower())
            # Ctrl+C inside a Python callback DuckDB was running: DuckDB wraps the traceback
            or ("Traceback (most recent call last)" in text and "KeyboardInterrupt" in text))


def interrupt_message(saved: bool | None) -> tuple[str, str]:
    """Message and hint for Ctrl+C during a write, from what :func:`settle` found."""
    if saved:
        return ("interrupted after the write was committed: the store holds the new data",
                "see 'capscope data list'; 'capscope data remove' undoes an import")
    if saved is None:
        return ("interrupted during a write; whether it was committed could not be checked",
                "see 'capscope data list' for what the store holds")
    return ("interrupted; the write was rolled back and the store was not changed", "")


def interrupted_message() -> tuple[str, str]:
    """What to say when Ctrl+C stops a command outside a write: whether this process had
    already committed a write (which stays), else that nothing was changed."""
    if COMMITS:
        return interrupt_message(True)
    return ("interrupted; nothing was changed", "")


_SQLITE_MAGIC = b"SQLite format 3\x00"


def store_error(exc: BaseException, path: Path, *, unchanged: bool = False) -> StoreError:
    """One line for a DuckDB error on the store at ``path``, naming the cause and the fix.

    ``unchanged``: a write failed and :func:`settle` confirmed the store is as it was.
    """
    text = str(exc)
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if lines and lines[0].startswith("Traceback (most recent call last)"):
        lines = lines[-1:]  # a Python error DuckDB wrapped: its last line says what it was
    first = lines[0] if lines else type(exc).__name__
    low = text.lower()
    kept = "; the store was not changed" if unchanged else ""
    aside = (f"move it aside (mv '{path}' '{path}.bad') and capscope re-creates the store from "
             "the bundled snapshot on the next run (import your own series again), or set "
             "CAPSCOPE_HOME to another directory")
    if "no space left" in low or "disk is full" in low or "disk full" in low:
        return StoreError(f"the disk holding the capscope store ({path.parent}) is full",
                          "free some space and retry" + kept)
    if _header(path).startswith(_SQLITE_MAGIC) or "sqlite" in low:
        return StoreError(f"{path} is a SQLite database, not a capscope (DuckDB) store", aside)
    if "not a valid duckdb database" in low:
        return StoreError(f"{path} is not a capscope store (not a DuckDB database file)", aside)
    if "corrupt" in low or "checksum" in low:
        why = "a block's checksum does not match" if "checksum" in low else first[:80]
        return StoreError(f"the capscope store {path} is corrupt ({why})", aside)
    if "lock" in low:
        return StoreError(f"cannot open the capscope store at {path}: {first[:160]}",
                          "another capscope process may be writing to it; wait and retry, or "
                          "set CAPSCOPE_HOME to use another store" + kept)
    if "permission" in low or "read-only file system" in low:
        return StoreError(f"cannot write the capscope store at {path}: {first[:160]}",
                          "check the directory is writable, or set CAPSCOPE_HOME to another "
                          "directory" + kept)
    return StoreError(f"the capscope store at {path} failed: {first[:160]}",
                      "retry; if it persists, " + aside + kept.replace("; ", ". ", 1))


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(16)
    except OSError:
        return b""


__all__ = ["COMMITS", "deferred_interrupts", "interrupt_message", "is_interrupt", "interrupted_message", "settle", "store_error"]
