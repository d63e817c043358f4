"""While the command line loads: Ctrl+C gives one line, and the cyclic collector waits.

Ctrl+C while the command line is still loading: one line and exit 1, not a traceback.

Loading the CLI (Typer, Rich, the command modules) takes a noticeable fraction of a second;
a SIGINT then would surface as a KeyboardInterrupt traceback from inside some import. The
package holds SIGINT back while it loads (:func:`hold`) and, once loaded, restores the handler
and exits with one line if Ctrl+C was pressed meanwhile. Nothing has been read or written then.
"""

from __future__ import annotations

import gc
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def hold() -> Callable[[], None]:
    """Start holding SIGINT back; returns the function that stops it (and exits if one came)."""
    pending: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: pending.append(signum))
    except ValueError:  # imported outside the main thread: signals are not ours to handle
        return lambda: None

    def release() -> None:
        signal.signal(signal.SIGINT, previous if previous is not None
                      else signal.default_int_handler)
        if pending:
            print("capscope: interrupted; nothing was changed", file=sys.stderr)
            raise SystemExit(1)

    return release


@contextmanager
def loading() -> Iterator[None]:
    """Load modules and long-lived data without the cyclic collector, then freeze them.

    Loading builds tens of thousands of objects that live as long as the process (modules,
    compiled patterns, the checker's grammar) and almost no garbage, yet every few thousand
    allocations the collector walks them all: about a tenth of a one-second ``capscope check``.
    Inside this block it does not run; on leaving, what was built moves to the permanent
    generation (``gc.freeze``), so later collections, which do find the command's own cycles,
    skip it. The collector's previous state is restored even when loading fails.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


__all__ = ["hold", "loading"]
