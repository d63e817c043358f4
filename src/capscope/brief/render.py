"""A composed note as plain text, Markdown, HTML or a JSON-ready dict.

Why footnotes per figure: a reader (or an editor) must be able to reproduce every number; each
figure in md and html carries the ``capscope`` command that prints it. The text format is the
note alone, the form ``capscope check`` reads back.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from typing import Any

from capscope.brief.compose import Brief

FORMATS = ("text", "md", "html")


def _marked(brief: Brief, mark: Any) -> tuple[str, list[str]]:
    """The note with ``mark(n)`` after each figure, and the commands in footnote order."""
    out, commands = [], []
    for s in brief.sentences:
        pieces, at = [], 0
        for f in s.figures:
            end = f.start + len(f.text)
            commands.append(f.command)
            pieces.append(s.text[at:end] + mark(len(commands)))
            at = end
        pieces.append(s.text[at:])
        out.append("".join(pieces))
    return " ".join(out), commands


def to_text(brief: Brief, width: int = 100) -> str:
    return textwrap.fill(brief.text, width=width) + "\n"


def _title(brief: Brief) -> str:
    day = brief.session
    return f"Small caps on {day.day_name()}, {day.strftime('%B')} {day.day}, {day.year}"


def to_markdown(brief: Brief) -> str:
    body, commands = _marked(brief, lambda n: f"[^{n}]")
    notes = "\n".join(f"[^{n}]: `{c}`" for n, c in enumerate(commands, 1))
    return f"## {_title(brief)}\n\n{body}\n\n{notes}\n"


def to_html(brief: Brief) -> str:
    """A fragment (a ``<section>``): the report and the dashboard embed it as it is."""
    marks: list[str] = []

    def mark(n: int) -> str:
        marks.append(f"\x00{n}\x00")
        return marks[-1]

    body, commands = _marked(brief, mark)
    body = html.escape(body)
    for n in range(1, len(commands) + 1):
        body = body.replace(f"\x00{n}\x00", f'<sup><a href="#brief-fn{n}">{n}</a></sup>', 1)
    items = "".join(f'<li id="brief-fn{n}"><code>{html.escape(c)}</code></li>'
                    for n, c in enumerate(commands, 1))
    return (f'<section class="brief"><h2>{html.escape(_title(brief))}</h2><p>{body}</p>'
            f'<ol class="brief-notes">{items}</ol></section>\n')


def to_dict(brief: Brief) -> dict[str, Any]:
    """The note, its sentences with their figures and commands, and every candidate fact."""
    return {
        "session": dt.date.isoformat(brief.session), "pair": f"{brief.a}:{brief.b}",
        "text": brief.text, "words": brief.words, "seed": brief.seed,
        "sentences": [{"text": s.text, "facts": list(s.kinds), "score": round(s.score, 2),
                       "figures": [{"text": f.text, "kind": f.kind, "command": f.command}
                                   for f in s.figures]} for s in brief.sentences],
        "facts": [{"kind": f.kind, "subject": f.subject, "score": round(f.score, 2),
                   "history_n": f.n, "values": f.values, "commands": list(f.commands)}
                  for f in brief.facts],
        "warnings": brief.warnings,
    }


def render(brief: Brief, fmt: str = "text") -> str:
    if fmt == "md":
        return to_markdown(brief)
    if fmt == "html":
        return to_html(brief)
    return to_text(brief)


__all__ = ["FORMATS", "render", "to_dict", "to_html", "to_markdown", "to_text"]
