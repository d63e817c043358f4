"""The brief in the other faces: the report (and through it the dashboard) opens with the note.

Why here and not in report/: the report's builder stays a list of sections; this is one more
builder, owned by the room that writes the note, so the report needs one line to show it.
"""

from __future__ import annotations

from typing import Any


def report_section(ctx: Any, sec: Any) -> None:
    """Fill the report's first section: the note as its takeaway, each figure with the
    command that reproduces it as its rows, the JSON form as its numbers."""
    from capscope.brief import brief
    from capscope.brief.render import to_dict

    note = brief(ctx.asof, (ctx.a, ctx.b))
    sec.takeaway = note.text
    sec.rows = [(f.text, f.command) for s in note.sentences for f in s.figures]
    sec.numbers = to_dict(note)
    sec.warnings = list(note.warnings)


__all__ = ["report_section"]
