"""CLI command of the brief room: ``capscope brief``, the note written from the data."""

from __future__ import annotations

from typing import Annotated

import typer

from capscope.cli._common import JsonOpt, OnOpt, handle_errors, print_json
from capscope.cli._usage import OneLineUsage


def brief(
    on: OnOpt = None,
    pair: Annotated[str, typer.Option("--pair", help="Small:large pair, e.g. RUT:SPX or "
                                      "IWM:SPY.")] = "RUT:SPX",
    fmt: Annotated[str, typer.Option("--format", help="text, md (a footnote per figure with "
                                     "the command that reproduces it) or html.")] = "text",
    words: Annotated[int, typer.Option("--words", help="At most this many words (40-1000).")]
    = 250,
    seed: Annotated[int | None, typer.Option("--seed", help="Choose the wordings from this "
                                             "number instead of the date.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """The small-cap note for a session: the rarest facts first, every figure reproducible."""
    from capscope.brief.render import FORMATS
    from capscope.errors import BadInput

    if fmt not in FORMATS:
        raise BadInput(f"--format {fmt!r} is not known", f"use one of {', '.join(FORMATS)}")
    from capscope.brief import brief as make
    from capscope.brief.render import render, to_dict

    note = make(on, pair, words=words, seed=seed)
    if as_json:
        print_json(to_dict(note))
        return
    import sys

    for w in note.warnings:
        print(f"note: {w}", file=sys.stderr)
    sys.stdout.write(render(note, fmt))


def register(app: typer.Typer) -> None:
    """Add this room's commands to the root app."""
    app.command("brief", cls=OneLineUsage)(handle_errors(brief))


__all__ = ["register"]
