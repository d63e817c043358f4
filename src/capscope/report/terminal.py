"""The terminal summary: one screen by default (about 40 lines), every panel with ``full``.

A strategist reads the summary at a glance and opens the HTML for charts and tables; the
compact view is each section's takeaway plus the return table turned sideways. ``full`` prints
every section's numbers and table in Rich panels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from capscope.report.build import Report, Section


def _section(sec: Section) -> Any:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    parts: list[Any] = []
    if not sec.ok:
        parts.append(Text(sec.note or "not available", style="yellow"))
    else:
        parts.append(Text(sec.takeaway, style="bold"))
        if sec.rows:
            kv = Table.grid(padding=(0, 2))
            kv.add_column(style="dim")
            kv.add_column(justify="right")
            for label, value in sec.rows:
                kv.add_row(Text(str(label)), Text(str(value)))  # plain text, never markup
            parts.append(kv)
        if sec.table is not None and not sec.table.empty:
            parts.append(_frame(sec.table))
    for w in sec.warnings:
        parts.append(Text(f"note: {w}", style="yellow"))
    return Group(*parts)


def _frame(frame: Any, max_rows: int = 15) -> Any:
    from rich.table import Table
    from rich.text import Text

    t = Table(show_edge=False, pad_edge=False, header_style="bold")
    index_name = frame.index.name or ""
    t.add_column(str(index_name))
    for col in frame.columns:
        t.add_column(str(col), justify="right")
    for idx, row in frame.head(max_rows).iterrows():
        t.add_row(Text(str(idx)), *[Text(_cell(v)) for v in row.tolist()])
    if len(frame) > max_rows:
        t.caption = f"{len(frame) - max_rows} more rows in the HTML report / --json"
    return t


def _cell(v: Any) -> str:
    if isinstance(v, float):
        return "n/a" if v != v else f"{v:,.2f}"
    return str(v)


def _returns_across(sec: Section) -> Any:
    """The headline's return table (windows down, sides across) turned sideways: 3 lines."""
    from rich.table import Table
    from rich.text import Text

    frame = sec.table
    t = Table(show_edge=False, pad_edge=False, header_style="bold", box=None)
    t.add_column("")
    for window in frame.index:
        t.add_column(str(window), justify="right")
    for col in frame.columns:
        t.add_row(Text(str(col), style="dim"), *[Text(_cell_text(v)) for v in frame[col]])
    return t


def _cell_text(v: Any) -> str:
    return "n/a" if isinstance(v, float) and v != v else str(v)


def _compact(report: Report, console: Any) -> None:
    from rich.markup import escape

    for sec in report.sections:
        if sec.key == "provenance":
            continue
        text = sec.takeaway if sec.ok else (sec.note or "not available")
        style = "bold" if sec.key == "headline" else ""
        colour = "green" if sec.ok else "yellow"
        console.print(f"[{colour}]{escape(sec.title)}:[/{colour}] "
                      + (f"[{style}]{escape(text)}[/{style}]" if style else escape(text)))
        if sec.key == "headline" and sec.ok and sec.table is not None and not sec.table.empty:
            console.print(_returns_across(sec))


def render_terminal(report: Report, console: Any, *, full: bool = False) -> None:
    """Print the summary to a Rich console: one screen, or every panel with ``full``."""
    from rich.markup import escape
    from rich.rule import Rule

    from capscope.report.html import top_warnings

    console.print(Rule(f"[bold]{escape(report.title)}"))
    fresh = report.freshness
    if fresh:
        colour = "yellow" if fresh.get("stale") else "dim"
        console.print(f"[{colour}]{escape(str(fresh['message']))}[/{colour}]")
    for w in top_warnings(report):
        console.print(f"[yellow]note:[/yellow] {escape(w)}")
    if not full:
        _compact(report, console)
        return
    from rich.panel import Panel

    for sec in report.sections:
        border = "green" if sec.ok else "yellow"
        console.print(Panel(_section(sec), title=escape(sec.title), title_align="left",
                            border_style=border))


__all__ = ["render_terminal"]
