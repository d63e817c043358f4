"""CLI commands of the report room: ``capscope report`` and ``capscope serve``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from capscope.cli._common import JsonOpt, console, handle_errors, print_json

PairOpt = Annotated[str, typer.Option("--pair", help="Small:large pair: RUT:SPX or IWM:SPY.")]
AsofOpt = Annotated[str | None, typer.Option(
    "--asof", "--on", help="As-of date (YYYY-MM-DD); default: the last session in the data. "
    "No data after it is used.")]


def report(
    asof: AsofOpt = None,
    pair: PairOpt = "RUT:SPX",
    html: Annotated[Path | None, typer.Option(
        "--html", help="Write the HTML report here (default: ./capscope-report.html).")] = None,
    no_html: Annotated[bool, typer.Option("--no-html", help="Only the terminal summary.")] = False,
    open_: Annotated[bool, typer.Option("--open", help="Open the HTML report in a browser.")]
    = False,
    as_json: JsonOpt = False,
) -> None:
    """The small-cap rotation report: terminal summary and a single-file offline HTML page."""
    from capscope.report.build import build_report, parse_pair

    parse_pair(pair)  # fail fast on a bad pair, before any data is read
    out = console()
    with out.status("building the report...", spinner="dots") as status:
        rep = build_report(asof, pair, on_section=lambda k: status.update(f"section: {k}"))
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

        render_terminal(rep, out)
        if path is not None:
            out.print(f"HTML report written to [bold]{path}[/bold] (open it in any browser; it "
                      "works offline)")
    if open_ and path is not None:
        import webbrowser

        webbrowser.open(path.as_uri())


def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to bind; loopback by default.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8050,
) -> None:
    """The local dashboard and JSON API (docs at /api/docs)."""
    import uvicorn

    from capscope.web.app import create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        console(stderr=True).print(f"[yellow]note:[/yellow] binding to {host}: the dashboard "
                                   "has no authentication; anyone who can reach it can use it")
    console().print(f"capscope dashboard on http://{host}:{port}/ (API docs at /api/docs); "
                    "Ctrl+C stops it")
    try:
        uvicorn.run(create_app(), host=host, port=port, log_level="warning")
    except OSError as exc:
        from capscope.errors import BadInput

        raise BadInput(f"cannot listen on {host}:{port}: {exc.strerror}",
                       "choose another --port or --host") from None


def register(app: typer.Typer) -> None:
    """Add this room's commands to the root app."""
    app.command("report")(handle_errors(report))
    app.command("serve")(handle_errors(serve))


__all__ = ["register"]
