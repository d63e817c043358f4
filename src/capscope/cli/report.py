"""CLI commands of the report room: ``capscope report`` and ``capscope serve``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from capscope.cli._common import JsonOpt, console, handle_errors, print_json, safe
from capscope.cli._usage import OneLineUsage

PairOpt = Annotated[str, typer.Option("--pair", help="Small:large pair: RUT:SPX or IWM:SPY.")]
AsofOpt = Annotated[list[str] | None, typer.Option(
    "--asof", "--on", help="As-of date (2024-07-16 or 'Nov 11 2024'); default: the last session in the data. "
    "No data after it is used. Repeat it for one report per date (with a progress bar).")]


def report(
    asof: AsofOpt = None,
    pair: PairOpt = "RUT:SPX",
    html: Annotated[Path | None, typer.Option(
        "--html", help="Write the HTML report here (default: ./capscope-report.html; with "
        "several --asof dates, a folder, default ./capscope-reports/).")] = None,
    no_html: Annotated[bool, typer.Option("--no-html", help="Only the terminal summary.")] = False,
    full: Annotated[bool, typer.Option("--full", help="Every section's numbers and tables in the "
                                       "terminal, not only the one-screen summary.")] = False,
    open_: Annotated[bool, typer.Option("--open", help="Open the HTML report in a browser.")]
    = False,
    as_json: JsonOpt = False,
) -> None:
    """The small-cap rotation report: terminal summary and a single-file offline HTML page."""
    from capscope.report.build import build_report, parse_pair

    parse_pair(pair)  # fail fast on a bad pair, before any data is read
    dates = list(asof or [])
    if len(dates) > 1:
        _many(dates, pair, None if no_html else html, as_json)
        return
    out = console()
    with out.status("building the report...", spinner="dots") as status:
        rep = build_report(dates[0] if dates else None, pair,
                           on_section=lambda k: status.update(f"section: {k}"))
    path = None
    if not no_html:
        from capscope.report.html import DEFAULT_HTML, write_html

        with out.status("writing the HTML report...", spinner="dots"):
            path = write_html(rep, html if html is not None else Path(DEFAULT_HTML))
    if as_json:
        payload = rep.to_dict()
        payload["html"] = str(path) if path else None
        print_json(payload)
    else:
        from capscope.report.terminal import render_terminal

        render_terminal(rep, out, full=full)
        if path is not None:
            out.print(f"HTML report written to [bold]{safe(path)}[/bold] (charts, tables and CSV; "
                      "opens offline)" + ("" if full else "; --full prints every table here"))
    if open_ and path is not None:
        import webbrowser

        webbrowser.open(path.as_uri())


def _many(dates: list[str], pair: str, html: Path | None, as_json: bool) -> None:
    """One report per date, under a progress bar; a table of headlines (or JSON) at the end."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from capscope.data.calendar import parse_date
    from capscope.report.build import build_report

    for d in dates:  # every date is checked before the long work starts
        parse_date(d, what="as-of date")
    folder = None
    if html is not None or not as_json:
        folder = (html if html is not None else Path("capscope-reports")).expanduser()
    reports, paths = [], []
    err = console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("reports", total=len(dates))
        for d in dates:
            bar.update(task, description=f"report as of {d}")
            rep = build_report(d, pair)
            reports.append(rep)
            if folder is not None:
                from capscope.report.html import write_html

                paths.append(write_html(rep, folder / f"capscope-report-{rep.asof.date()}.html"))
            bar.advance(task)
    if as_json:
        print_json([{**r.to_dict(), "html": str(p) if p else None}
                    for r, p in zip(reports, paths or [None] * len(reports), strict=True)])
        return
    from rich.table import Table

    table = Table(title=f"{len(reports)} reports, {pair}", show_lines=True)
    table.add_column("as of")
    table.add_column("headline")
    table.add_column("HTML")
    for r, p in zip(reports, paths or [None] * len(reports), strict=True):
        head = r.section("headline")
        table.add_row(str(r.asof.date()), head.takeaway or head.note or "", str(p or ""))
    console().print(table)


def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to bind; loopback by default.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8050,
) -> None:
    """The local dashboard and JSON API (docs at /api/docs)."""
    import uvicorn

    from capscope.web.app import create_app

    _check_port(host, port)
    if host not in ("127.0.0.1", "localhost", "::1"):
        console(stderr=True).print(f"[yellow]note:[/yellow] binding to {host}: the dashboard "
                                   "has no authentication; anyone who can reach it can use it")
    console().print(f"capscope dashboard on http://{host}:{port}/ (API docs at /api/docs); "
                    "Ctrl+C stops it")
    uvicorn.run(create_app(warm=True), host=host, port=port, log_level="warning")


def _check_port(host: str, port: int) -> None:
    """Fail with one line before start-up when the address cannot be bound."""
    import socket

    from capscope.errors import BadInput

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise BadInput(f"cannot resolve host {host!r}",
                       "use 127.0.0.1 (default) or an address of this machine") from None
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind(addr)
        except OSError as exc:
            raise BadInput(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                           "choose another --port, or stop what is using it") from None


def register(app: typer.Typer) -> None:
    """Add this room's commands to the root app."""
    app.command("report", cls=OneLineUsage)(handle_errors(report))
    app.command("serve", cls=OneLineUsage)(handle_errors(serve))


__all__ = ["register"]
