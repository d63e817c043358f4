"""What every CLI command shares: error mapping, JSON output, common options, the console.

Commands stay thin: parse options, call the API, hand the result to ``emit``. Heavy modules are
imported inside command bodies so ``capscope --help`` starts fast.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer

F = TypeVar("F", bound=Callable[..., Any])

JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
SymbolArg = Annotated[str, typer.Argument(help="Symbol or alias, e.g. RUT, 'Russell 2000', IWM.")]
OnOpt = Annotated[
    str | None,
    typer.Option("--on", "--asof", help="As-of date (2024-07-16 or 'Nov 11 2024'); a weekend or "
                 "holiday means the previous session. Default: the last session in the data."),
]


class _Exit:
    """Whether the finished command may end the process without the interpreter's teardown."""

    fast = False


def allow_fast_exit() -> None:
    """Called by a command that has closed every file and connection it opened (``capscope
    check`` on articles): :func:`capscope.cli.main` then ends the process once the exit handlers
    ran and the output is flushed, skipping the interpreter's teardown, which frees every frame,
    array and compiled pattern one by one (about 0.15 s of a one-second check). Only ``main``
    acts on it: a command run in-process (tests, ``CliRunner``) never exits this way."""
    _Exit.fast = True


def fast_exit_allowed() -> bool:
    return _Exit.fast


def percent(text: str | float, option: str) -> float:
    """A percentage as typed: "1", "1.5", "1%" or "1.5 %" (the README writes ``--min 1%``)."""
    from capscope.errors import BadInput

    raw = str(text).strip()
    try:
        value = float(raw.removesuffix("%").strip())
    except ValueError:
        raise BadInput(f"{option} {raw!r} is not a percentage", f"e.g. {option} 1 or "
                       f"{option} 1%") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise BadInput(f"{option} {raw!r} is not a finite percentage", f"e.g. {option} 1%")
    return value


def console(stderr: bool = False) -> Any:
    """A Rich console; 120 columns when the output is a file or pipe (Rich would assume 80)."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() or os.environ.get("COLUMNS") else 120
    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)


def fail(message: str, code: int) -> None:
    """Print one line to stderr and exit with ``code``."""
    print(f"capscope: {message}", file=sys.stderr)
    raise typer.Exit(code)


def handle_errors(fn: F) -> F:
    """Turn capscope errors into one line and an exit code (2 bad input, 1 failure).

    Unexpected exceptions also become one line (exit 1); ``CAPSCOPE_DEBUG=1`` re-raises them
    to show the traceback while developing.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from capscope.errors import CapscopeError

        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except CapscopeError as exc:
            fail(exc.one_line(), exc.exit_code)
        except KeyboardInterrupt:
            from capscope.data._faults import interrupted_message

            message, hint = interrupted_message()
            fail(f"{message} ({hint})" if hint else message, 1)
        except Exception as exc:  # noqa: BLE001 - the CLI must never show a traceback
            from capscope.data._faults import interrupted_message, is_interrupt

            if is_interrupt(exc):  # DuckDB's form of Ctrl+C during a query
                message, hint = interrupted_message()
                fail(f"{message} ({hint})" if hint else message, 1)
            if os.environ.get("CAPSCOPE_DEBUG"):
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (set CAPSCOPE_DEBUG=1 for details)",
                 1)

    return wrapper  # type: ignore[return-value]


def fmt_date(x: Any) -> str:
    """A date cell: ISO date or a dash."""
    return "-" if x is None else str(x.date() if hasattr(x, "date") else x)


def fmt_num(x: float | None, fmt: str = "{:,.2f}") -> str:
    """A number cell: formatted, a dash for None/NaN, and never "-0.00"."""
    if x is None or x != x:
        return "-"
    text = fmt.format(x)
    if text.startswith("-") and not any(c in "123456789" for c in text):  # -0.00: no sign
        text = ("+" if "+" in fmt else "") + text[1:]
    return text


def print_json(payload: Any) -> None:
    from capscope._result import jsonable

    sys.stdout.write(json.dumps(jsonable(payload), indent=2, ensure_ascii=False) + "\n")


def emit(result: Any, as_json: bool, render: Callable[[Any], None]) -> None:
    """Print ``result`` as JSON (its ``to_dict``, plus its ``takeaway`` line when it has one)
    or through ``render`` (Rich); then, on stderr, how old the data are when the result is as
    of the store's newest row and that row is stale (:func:`stale_note`)."""
    if not as_json:
        render(result)
    else:
        payload = result.to_dict() if hasattr(result, "to_dict") else result
        takeaway = getattr(result, "takeaway", None)
        if isinstance(payload, dict) and isinstance(takeaway, str) and "takeaway" not in payload:
            payload = {**payload, "takeaway": takeaway}
        print_json(payload)
    stale_note(result)


def stale_note(result: Any) -> None:
    """One note on stderr when ``result`` is as of the store's newest session and that session
    is more than five sessions behind today (capscope._freshness): "now" is months ago, and the
    user should know and be told the update command. An explicit past ``--on`` gets no note."""
    session = next((getattr(result, k) for k in ("session", "asof", "end")
                    if getattr(result, k, None) is not None), None)
    if session is None:
        return
    try:
        from capscope._freshness import store_freshness

        fresh = store_freshness()
    except Exception:  # noqa: BLE001 - a note must never turn a result into a failure
        return
    if fresh.stale and hasattr(session, "date") and session.date() >= fresh.last.date():
        print(f"capscope: note: {fresh.line()}", file=sys.stderr)


def safe(text: object) -> str:
    """``text`` escaped for Rich markup: names, file names, paths and warnings come from users
    and files, and "[/bold] x" must print as typed, not fail as a closing tag."""
    from rich.markup import escape

    return escape(str(text))


def print_warnings(warnings: list[str]) -> None:
    con = console(stderr=True)
    for w in warnings:
        con.print(f"[yellow]note:[/yellow] {safe(w)}")


__all__ = ["JsonOpt", "OnOpt", "SymbolArg", "console", "emit", "fail", "fmt_date", "fmt_num",
           "handle_errors", "percent", "print_json", "print_warnings", "safe", "stale_note"]
