"""The ``capscope`` command line: a thin Typer app; each room registers its own commands."""

from __future__ import annotations

from capscope.cli._startup import hold, loading

_release_interrupts = hold()  # until the commands are loaded: Ctrl+C then is one line

with loading():  # and no cyclic collection among the modules being loaded
    import os
    import signal
    import sys
    import threading
    from typing import Annotated

    import typer

    from capscope import __version__
    from capscope.cli import brief as _brief
    from capscope.cli import check as _check
    from capscope.cli import data as _data
    from capscope.cli import evaluate as _evaluate
    from capscope.cli import fed as _fed
    from capscope.cli import fedwatch as _fedwatch
    from capscope.cli import markets as _markets
    from capscope.cli import report as _report
    from capscope.cli import stats as _stats
    from capscope.cli._usage import OneLineGroup

app = typer.Typer(
    name="capscope",
    cls=OneLineGroup,
    help="Are small caps beating large caps, and is what the news says about it true?",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


def _version(value: bool) -> None:
    if value:
        print(f"capscope {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """capscope: small caps vs large caps, on real data."""


for _module in (_data, _stats, _markets, _fed, _fedwatch, _check, _evaluate, _report, _brief):
    _module.register(app)


_release_interrupts()


def _ignore_interrupts() -> None:
    """From here on the process only reports and exits; a late Ctrl+C must not cut that short."""
    if threading.current_thread() is threading.main_thread():  # only it may set handlers
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_app() -> int | str | None:
    """Typer's exit code, 130 when Ctrl+C arrived; an interrupt landing while the first one is
    being handled (between the command's return and ignoring SIGINT) is the same interrupt."""
    try:
        try:
            app()
        except KeyboardInterrupt:
            code: int | str | None = 130
        except SystemExit as exc:
            code = exc.code
        else:
            code = 0
        finally:
            _ignore_interrupts()
    except KeyboardInterrupt:
        _ignore_interrupts()
        code = 130
    return code


def main() -> None:
    """Run the command line. Ctrl+C outside a command body (while Typer parses, or after the
    command printed) gets the same one line as inside it, saying whether this process committed
    a write (Typer would exit 130 silently); the interpreter's shutdown is not interruptible."""
    code = _run_app()
    if code == 130:
        from capscope.data._faults import interrupted_message

        message, hint = interrupted_message()
        print(f"capscope: {message}" + (f" ({hint})" if hint else ""), file=sys.stderr)
        code = 1
    if code == 0:
        from capscope.cli._common import fast_exit_allowed

        if fast_exit_allowed():
            _fast_exit()
    raise SystemExit(code)


def _fast_exit() -> None:
    """End a successful process the way the interpreter would, minus its teardown: the exit
    handlers run (libraries' clean-ups), the output is flushed, then the process ends at once
    (see :func:`capscope.cli._common.allow_fast_exit`)."""
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: the normal exit would report nothing either
        os._exit(1)
    os._exit(0)


__all__ = ["app", "main"]
