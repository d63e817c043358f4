"""The ``capscope`` command line: a thin Typer app; each room registers its own commands."""

from __future__ import annotations

from typing import Annotated

import typer

from capscope import __version__
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


for _module in (_data, _stats, _markets, _fed, _fedwatch, _check, _evaluate, _report):
    _module.register(app)


def main() -> None:
    app()


__all__ = ["app", "main"]
