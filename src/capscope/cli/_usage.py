"""Usage mistakes (a missing option, ``--days abc``) as one line, like every other bad input.

Click would print a usage block and a boxed error; a user who typed ``--days abc`` needs only
the problem and where the options are listed. The exit code stays 2.
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

try:  # typer >= 0.24 vendors its own click
    from typer import _click as _ck
except ImportError:  # pragma: no cover - older typer on the real click
    import click as _ck

_HELP_ONLY = getattr(_ck.exceptions, "NoArgsIsHelpError", ())


class OneLineUsage(TyperCommand):
    """A Typer command whose argument errors print ``capscope: <problem> (<hint>)``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except _ck.exceptions.UsageError as exc:
            if _HELP_ONLY and isinstance(exc, _HELP_ONLY):
                raise
            message = " ".join(exc.format_message().split()).rstrip(".")
            print(f"capscope: {message} (see '{ctx.command_path} --help')", file=sys.stderr)
            raise typer.Exit(exc.exit_code) from None


class OneLineGroup(TyperGroup):
    """A Typer group whose unknown command (``capscope nosuch``) is one line, exit 2, like every
    other usage mistake, instead of a usage block and a boxed error."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except _ck.exceptions.UsageError as exc:
            message = " ".join(exc.format_message().split()).rstrip(".")
            print(f"capscope: {message} (see '{ctx.command_path} --help')", file=sys.stderr)
            raise typer.Exit(exc.exit_code) from None


__all__ = ["OneLineGroup", "OneLineUsage"]
