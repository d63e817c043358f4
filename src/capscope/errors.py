"""One error family for capscope.

Every error carries a one-line ``message`` naming the problem and a ``hint`` saying what to do,
so the CLI (and the web API) can show it without a traceback. ``exit_code`` follows the CLI
convention: 2 for bad input the user can fix, 1 for a failure of capscope or its environment.
"""

from __future__ import annotations


class CapscopeError(Exception):
    """Base of every error capscope raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        """The message and the hint on one line, as the CLI prints it."""
        return f"{self.message} ({self.hint})" if self.hint else self.message


class BadInput(CapscopeError):
    """The user asked for something malformed or impossible: fix the input and retry."""

    exit_code = 2


class UnknownSymbol(BadInput):
    """A symbol or name that no alias resolves to."""


class DataUnavailable(BadInput):
    """The store has no data for what was asked (a date before the data, a missing contract)."""


class ImportRejected(BadInput):
    """An incoming file or frame failed validation; the store was left unchanged."""


class NetworkUnavailable(CapscopeError):
    """A provider could not be reached; nothing was changed."""


class StoreError(CapscopeError):
    """The local database could not be opened or written."""


class Interrupted(CapscopeError):
    """Ctrl+C (or SIGINT) stopped a command; the message says what the store holds afterwards,
    as checked after the interrupt (a COMMIT may have finished just before it)."""


__all__ = [
    "BadInput",
    "CapscopeError",
    "DataUnavailable",
    "ImportRejected",
    "Interrupted",
    "NetworkUnavailable",
    "StoreError",
    "UnknownSymbol",
]
