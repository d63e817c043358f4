"""Watching a child process's open files (Linux /proc), shared by the tests that interrupt a
write: they must act while the child holds the store open for writing, without touching it."""

from __future__ import annotations

import os
import re
from pathlib import Path


def open_for_writing(pid: int, db) -> bool:
    """True once process ``pid`` has the database file open read-write (Linux /proc).

    Watching /proc, rather than probing DuckDB's lock, cannot disturb the child: a probing
    read-only connection would itself keep the child from opening the file for writing.
    """
    target = os.path.realpath(db)
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(fd) != target:
                continue
            info = Path(f"/proc/{pid}/fdinfo/{fd.name}").read_text()
        except OSError:
            continue
        flags = int(re.search(r"flags:\s+(\d+)", info).group(1), 8)
        if flags & os.O_ACCMODE == os.O_RDWR:
            return True
    return False
