"""Usage mistakes (a missing option, ``--days abc``) as one line, like every other bad input;
help that shows what to type.

Click would print a usage block and a boxed error; a user who typed ``--days abc`` needs only
the problem and where the options are listed. The exit code stays 2. Help lists each option with
a placeholder for its value (``--on DATE``, a flag alone) instead of Typer's type labels
(``<str>``, ``<bool>``), and ends with an example from :data:`EXAMPLES`, one per command.
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


# one example per command: shown under its help, run by tests/cli/test_cli_help.py
EXAMPLES: dict[str, str] = {
    "move": "capscope move RUT --on 'Nov 11 2024'",
    "streaks": "capscope streaks RUT --days 5 --min 1%",
    "outperformance": "capscope outperformance RUT --vs SPX --days 5 --top 5",
    "returns": "capscope returns RUT --vs SPX --window 1M --on 2024-07-16",
    "months": "capscope months RUT --on 2024-07-16",
    "tally": "capscope tally RUT -n 8 --unit week --on 2024-07-19",
    "levels": "capscope levels IWM --zone 240:245",
    "ma": "capscope ma SPX --on 2025-03-10",
    "corrections": "capscope corrections RUT --depth 20 --on 2022-01-27",
    "sectors": "capscope sectors --window 1M",
    "valuation": "capscope valuation pe.csv --on 2024-07-16",
    "fedwatch": "capscope fedwatch --asof 2026-08-21",
    "check": "capscope check article.txt --published 2024-07-16",
    "eval": "capscope eval corpora/dev",
    "report": "capscope report --asof 2024-07-16 --html report.html",
    "brief": "capscope brief --on 2024-07-16 --format md",
    "serve": "capscope serve --port 8050",
    "data list": "capscope data list",
    "data show": "capscope data show RUT --start 2024-07-15 --end 2024-07-16",
    "data import": "capscope data import my.csv --symbol MYIDX --kind index",
    "data remove": "capscope data remove MYIDX --start 2024-07-17",
    "data update": "capscope data update RUT SPY DFF",
    "fed history": "capscope fed history --since 2019",
    "fed cycles": "capscope fed cycles",
    "fed study": "capscope fed study --event first-cut",
}
_DATE_NAMES = {"on", "asof", "start", "end", "since", "published"}
_SYMBOL_NAMES = {"vs", "relative_to", "symbol", "a", "b"}


def _placeholder(param: Any) -> str:
    """What a user types for ``param``: nothing for a flag, DATE for dates, else its name."""
    if getattr(param, "is_flag", False):
        return ""
    name = (param.name or "").lower()
    if name in _DATE_NAMES:
        return "DATE"
    if name in _SYMBOL_NAMES:
        return "SYMBOL"
    longs = [o for o in getattr(param, "opts", ()) if o.startswith("--")]
    return (longs[0][2:] if longs else name).upper().replace("_", "-")


def _relabel(command: Any, ctx: Any) -> None:
    """Show each option's placeholder (see :func:`_placeholder`) instead of Typer's type label."""
    for param in command.get_params(ctx):
        label = _placeholder(param)
        param.display_type_rich = lambda ctx, label=label: label  # type: ignore[method-assign]


class OneLineUsage(TyperCommand):
    """A Typer command whose argument errors print ``capscope: <problem> (<hint>)`` and whose
    help shows placeholders and an example."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _relabel(self, ctx)
        example = EXAMPLES.get(ctx.command_path.removeprefix("capscope").strip())
        if example and not self.epilog:
            self.epilog = f"Example: `{example}`"
        super().format_help(ctx, formatter)

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
    other usage mistake, instead of a usage block and a boxed error; its help labels options
    like the commands' do."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _relabel(self, ctx)
        super().format_help(ctx, formatter)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except _ck.exceptions.UsageError as exc:
            message = " ".join(exc.format_message().split()).rstrip(".")
            print(f"capscope: {message} (see '{ctx.command_path} --help')", file=sys.stderr)
            raise typer.Exit(exc.exit_code) from None


__all__ = ["OneLineGroup", "OneLineUsage"]
