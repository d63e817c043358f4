"""CLI commands of the check room (registered on the root app): ``capscope check``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer

from capscope.cli._common import JsonOpt, allow_fast_exit, console, handle_errors, print_json
from capscope.cli._startup import loading
from capscope.cli._usage import OneLineUsage

VERDICT_STYLE = {
    "supported": "green",
    "imprecise": "yellow",
    "contradicted": "bold red",
    "unverifiable": "blue",
    "forecast": "magenta",
    "not_checkable": "dim",
}


def _read_inputs(files: list[str]) -> list[tuple[str, bytes]]:
    """Every input's bytes, read before any output so a bad file fails the whole run cleanly.

    Each read stops at the size cap plus one byte: ``yes |`` or ``/dev/zero`` never end, and a
    3 GB file would otherwise be read whole (seconds, gigabytes) before being refused.
    """
    import sys

    from capscope.errors import BadInput

    out: list[tuple[str, bytes]] = []
    for f in files:
        if f == "-":
            out.append(("<stdin>", _capped(sys.stdin.buffer, "standard input")))
            continue
        p = Path(f)
        if not p.exists():
            raise BadInput(f"file {f!r} does not exist", "check the path, or pass - for stdin")
        if p.is_dir():
            raise BadInput(f"{f!r} is a directory", "pass article files")
        try:
            with p.open("rb") as fh:
                out.append((p.name, _capped(fh, repr(f))))
        except OSError as exc:
            raise BadInput(f"cannot read {f!r}: {exc.strerror}",
                           "check the file's permissions") from None
    return out


def _capped(stream: Any, what: str) -> bytes:
    """At most the checker's size cap from ``stream``; one byte more means the input is refused."""
    from capscope.claims.normalize import MAX_BYTES
    from capscope.errors import BadInput

    data = stream.read(MAX_BYTES + 1)
    while len(data) <= MAX_BYTES:  # a pipe may return less than asked before its end
        more = stream.read(MAX_BYTES + 1 - len(data))
        if not more:
            break
        data += more
    if len(data) > MAX_BYTES:
        raise BadInput(f"{what} is larger than the {MAX_BYTES // 2**20} MB limit",
                       "pass the article text only (save the page as text, or cut it down)")
    return data


def _render(report: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    con = console()
    pub = report.published_label
    counts = ", ".join(f"{k} {v}" for k, v in report.counts.items() if v) or "no claims"
    con.print(f"[bold]{escape(report.name)}[/bold]  published {pub}"
              f"{' (from the text)' if report.published_from == 'text' else ''}  "
              f"({escape(counts)})")
    for n in report.notes:
        con.print(f"[yellow]note:[/yellow] {escape(n)}")
    if not report.items:
        return
    table = Table(show_lines=False, expand=False)
    for col, kw in (("#", {"justify": "right"}), ("claim", {"max_width": 38}),
                    ("kind", {}), ("checked", {"max_width": 26}), ("claimed", {"max_width": 18}),
                    ("found", {"max_width": 26}), ("verdict", {"no_wrap": True})):
        table.add_column(col, overflow="fold", **kw)
    for i, it in enumerate(report.items, 1):
        style = VERDICT_STYLE.get(it.verdict.value, "")
        text = it.claim.text if len(it.claim.text) <= 90 else it.claim.text[:87] + "..."
        table.add_row(str(i), escape(text), it.claim.kind.value, escape(it.checked_what()),
                      escape(it.claimed()), escape(it.found()),
                      f"[{style}]{it.verdict.value}[/{style}]")
    con.print(table)
    for i, it in enumerate(report.items, 1):
        if it.verdict.value == "not_checkable":
            # why it is not checked: an opinion, or the cue that makes it no assertion of a fact
            con.print(f"[dim]{i:>3}. {escape(it.checked.explanation)}[/dim]", highlight=False)
            continue
        cmd = f"  [dim]$ {escape(it.command())}[/dim]" if it.command() else ""
        con.print(f"{i:>3}. {escape(it.checked.explanation)}{cmd}", highlight=False)
        better = it.should_read()
        if better:
            # the editor's fix: the claim's words as the data says they should read
            con.print(f"     should read: [bold]\"{escape(better)}\"[/bold] "
                      f"[dim](not \"{escape(it.claim.text)}\")[/dim]", highlight=False)


@handle_errors
def check_cmd(
    files: Annotated[list[str] | None, typer.Argument(
        help="Article files (plain text or HTML); - reads standard input.")] = None,
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date YYYY-MM-DD, to resolve 'on Tuesday', 'last "
        "month'... (default: a dateline in the article, else relative dates stay unresolved). "
        "YYYY-MM when only the month is known: a claim is judged only if the day does not matter.")]
    = None,
    as_json: JsonOpt = False,
    html_out: Annotated[Path | None, typer.Option(
        "--html", help="Also write the articles with claims highlighted by verdict to this "
        "HTML file.")] = None,
    feed: Annotated[Path | None, typer.Option(
        "--feed", help="Check a whole feed instead: a JSONL or Parquet file (id, text; optional "
        "published, outlet or source, url) or a folder of .txt/.html files.",
        rich_help_panel="Feed")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", help="Folder for the feed's results (one row per claim and per article); a "
        "re-run with the same folder resumes.", rich_help_panel="Feed")] = None,
    out_format: Annotated[str | None, typer.Option(
        "--format", help="parquet (default) or jsonl.", rich_help_panel="Feed")] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", help="Local worker processes (default: every core; 0: this process).",
        rich_help_panel="Feed")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", help="Run on Dask: a scheduler address (tcp://host:8786), or local[:N] to "
        "start a LocalCluster of N workers. Needs capscope[dask].",
        rich_help_panel="Feed")] = None,
    chunk_size: Annotated[int, typer.Option(
        "--chunk-size", help="Articles per unit of work (and per output part).",
        rich_help_panel="Feed")] = 50,
    every_alarm: Annotated[bool, typer.Option(
        "--every-alarm", help="Also call contradicted the claims capscope's alarm licence holds back "
        "(rankings, runs, relative returns, distances, levels crossed, a Fed decision's standing; a "
        "change the data gives the other way): the data's verdict on capscope's reading.")]
    = False,
) -> None:
    """Check every market claim in news articles against the data: a verdict per claim.

    With --feed INPUT --out OUTPUT, checks a whole feed in parallel (locally or on Dask),
    resumably, and prints verdict shares by outlet and by claim kind.

    Exit code 0 even when claims are contradicted; 2 for unusable input.
    """
    from capscope.errors import BadInput

    if feed is not None:
        if every_alarm:
            raise BadInput("--every-alarm goes with article files, not --feed",
                           "check the articles you want every alarm for as files")
        if files or published or html_out is not None:
            raise BadInput("--feed cannot be combined with article files, --published or --html",
                           "give each article's date in the feed's published field")
        from capscope.cli.feed import run_feed

        run_feed(feed, out, fmt=out_format, workers=workers, dask=dask, chunk_size=chunk_size,
                 as_json=as_json)
        return
    if out is not None or dask is not None or workers is not None or out_format is not None:
        raise BadInput("--out, --format, --workers and --dask go with --feed",
                       "pass --feed INPUT to check a feed")
    if not files:
        raise BadInput("no article to check", "pass article files, - for stdin, or --feed FILE")
    with loading():  # pandas: see capscope.cli._startup.loading
        from capscope.data.calendar import parse_date

    from capscope.claims.publication_month import publication_month

    pub: str | dt.date | None = published or None
    if published and publication_month(published) is None:  # (a month alone is passed on as such)
        pub = parse_date(published, what="--published date").date()
        if pub > dt.date.today() + dt.timedelta(days=1):
            # (an article of tomorrow is a time zone; of 2099 a typo, which would leave every
            # claim unverifiable one by one instead of saying what is wrong)
            from capscope.errors import BadInput

            raise BadInput(f"--published {pub.isoformat()} is in the future (today is {dt.date.today().isoformat()})",
                           "give the date the article was published")
    if html_out is not None and any(f != "-" and Path(f).exists() and Path(f).resolve()
                                    == html_out.resolve() for f in files):
        from capscope.errors import BadInput

        raise BadInput(f"--html {str(html_out)!r} is one of the articles; writing it would "
                       "overwrite the article", "choose another path for --html")
    inputs = list(_read_inputs(files))
    # the rows are read while the checker's grammar compiles (see Store.prefetch_bars)
    from capscope.data.store import get_store

    prefetch = get_store().prefetch_bars()
    try:
        with loading():
            from capscope.claims.check import check_text

        reports = [check_text(data, pub, name=name, every_alarm=every_alarm) for name, data in inputs]
    finally:
        prefetch.join()
    if html_out is not None:
        from capscope.claims.html import render_html

        try:
            html_out.write_text(render_html(reports), encoding="utf-8")
        except OSError as exc:
            raise BadInput(f"cannot write {str(html_out)!r}: {exc.strerror}",
                           "choose a writable path for --html") from None
        console(stderr=True).print(f"wrote {html_out}", style="dim", markup=False)
    if as_json:
        totals: dict[str, int] = {}
        for r in reports:
            for k, v in r.counts.items():
                totals[k] = totals.get(k, 0) + v
        print_json({"articles": [r.to_dict() for r in reports], "counts": totals})
        allow_fast_exit()
        return
    for r in reports:
        _render(r)
    allow_fast_exit()  # every file is written and closed, the store's connections too


def register(app: typer.Typer) -> None:
    """Add this room's commands to the root app."""
    app.command("check", cls=OneLineUsage)(check_cmd)


__all__ = ["register"]
