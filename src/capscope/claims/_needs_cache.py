"""The word gates of :mod:`capscope.claims._needs`, kept on disk between runs.

Deriving a rule's gate parses its pattern with ``re._parser``; for the extractor's rules that is
about a tenth of a second, paid again by every process, which is a tenth of a one-article
``capscope check``. The answers depend only on the pattern, its flags, the deriving code and the
``re`` parser, so they are kept in one small JSON file under the capscope home's ``cache/``,
named by a digest of the deriving module and the Python version: a change to either starts a
new file, never reads a stale one. The file is written once at exit when a run derived
something new, whole and atomically (a temporary file, then a rename); a file that cannot be
read or written is ignored and the gates are derived as before.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import sys
import tempfile
import threading
from pathlib import Path

_Gate = tuple[tuple[str, ...], ...]

_lock = threading.Lock()
_entries: dict[str, _Gate] | None = None
_dirty = False


def _path() -> Path:
    from capscope.claims import _needs
    from capscope.data.store import default_home

    source = Path(_needs.__file__).read_bytes()
    digest = hashlib.sha256(source + sys.version.encode()).hexdigest()[:16]
    return default_home() / "cache" / f"word-gates-{digest}.json"


def _load() -> dict[str, _Gate]:
    global _entries
    if _entries is None:
        entries: dict[str, _Gate] = {}
        try:
            raw = json.loads(_path().read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                entries = {k: tuple(tuple(words) for words in v) for k, v in raw.items()}
        except (OSError, ValueError, TypeError):
            pass
        _entries = entries
    return _entries


def get(key: str) -> _Gate | None:
    """The gate stored for ``key`` (flags and pattern), or None."""
    with _lock:
        return _load().get(key)


def put(key: str, gate: _Gate) -> None:
    """Remember a derived gate; the file is written at exit."""
    global _dirty
    with _lock:
        entries = _load()
        if entries.get(key) != gate:
            entries[key] = gate
            if not _dirty:
                _dirty = True
                atexit.register(save)


def save() -> None:
    """Write the gates derived so far, whole and atomically; any failure leaves the old file."""
    global _dirty
    with _lock:
        if not _dirty or _entries is None:
            return
        _dirty = False
        try:
            path = _path()
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(_entries, fh, sort_keys=True)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass
