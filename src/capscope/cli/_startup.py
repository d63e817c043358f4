"""Ctrl+C while the command line is still loading: one line and exit 1, not a traceback.

Loading the CLI (Typer, Rich, the command modules) takes a noticeable fraction of a second;
a SIGINT then would surface as a KeyboardInterrupt traceback from inside some import. The
package holds SIGINT back while it loads (:func:`hold`) and, once loaded, restores the handler
and exits with one line if Ctrl+C was pressed meanwhile. Nothing has been read or written then.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable


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


__all__ = ["hold"]
