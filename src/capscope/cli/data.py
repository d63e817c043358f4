"""``capscope data ...``: what the store holds, and getting data in."""

from __future__ import annotations

from typing import Annotated

import typer

from capscope.cli._common import JsonOpt, console, handle_errors, print_json, safe
from capscope.cli._usage import OneLineGroup, OneLineUsage

data_app = typer.Typer(help="Inspect, import and update the data store.", no_args_is_help=True,
                       cls=OneLineGroup)


@data_app.command("list", cls=OneLineUsage)
@handle_errors
def list_(as_json: JsonOpt = False) -> None:
    """Every series and table in the store: symbol, kind, first, last, rows, source."""
    from capscope.data.store import get_store

    metas = get_store().meta()
    if as_json:
        print_json(metas)
        return
    from rich.table import Table

    table = Table(title="capscope store", title_justify="left")
    for col in ("symbol", "kind", "first", "last", "rows", "source"):
        table.add_column(col, justify="right" if col == "rows" else "left")
    for m in metas:
        table.add_row(safe(m.symbol), m.kind, str(m.first_date), str(m.last_date),
                      f"{m.rows:,}", safe(m.source))
    console().print(table)
    from capscope._freshness import store_freshness

    fresh = store_freshness()  # the newest row of the main pairs, by the NYSE calendar
    console().print(f"[{'yellow' if fresh.stale else 'dim'}]{safe(fresh.line())}[/]")


@data_app.command("show", cls=OneLineUsage)
@handle_errors
def show(
    symbol: Annotated[str, typer.Argument(help="Symbol or alias, e.g. RUT, 'Russell 2000', IWM.")],
    start: Annotated[str | None, typer.Option(help="First date (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option(help="Last date (YYYY-MM-DD).")] = None,
    tail: Annotated[int, typer.Option(help="Rows to show when no dates are given.")] = 10,
    as_json: JsonOpt = False,
) -> None:
    """The rows of one series (OHLCV for prices, the value for rates)."""
    from capscope.data.series import bars
    from capscope.data.store import get_store

    info = get_store().resolve(symbol)  # built-ins and symbols imported earlier
    frame = bars(info.symbol, start, end)
    if start is None and end is None:
        frame = frame.tail(max(tail, 1))
    frame = frame.dropna(axis=1, how="all")
    if as_json:
        print_json({"symbol": info.symbol, "name": info.name, "kind": info.kind.value,
                    "rows": frame})
        return
    from rich.table import Table

    table = Table(title=safe(f"{info.symbol}: {info.name}"), title_justify="left")
    table.add_column("date")
    for col in frame.columns:
        table.add_column("value" if info.kind.value == "rate" and col == "close" else col,
                         justify="right")
    for day, row in frame.iterrows():
        cells = []
        for col in frame.columns:
            v = row[col]
            cells.append("" if v != v else (f"{v:,.0f}" if col == "volume" else f"{v:,.2f}"))
        table.add_row(str(day.date()), *cells)
    console().print(table)
    stored = get_store().meta_for(info.symbol).warnings
    note = info.note
    if stored and stored[0].startswith("replaced "):  # a --replace wrote its own standing note
        note = stored[0]
    if note:
        console(stderr=True).print(f"note: {note}", style="dim", markup=False)


def _notes(lines: list[str]) -> None:
    """Warnings to stderr, one unwrapped line each (they name dates a reader may grep for)."""
    err = console(stderr=True)
    for line in lines:
        err.print(f"[yellow]note:[/yellow] {safe(line)}", soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.add_typer(data_app, name="data")


@data_app.command("import", cls=OneLineUsage)
@handle_errors
def import_(
    file: Annotated[str, typer.Argument(help="CSV or Parquet file (.gz allowed) with a Date "
                                        "column and Close / Adj Close / value columns.")],
    symbol: Annotated[str, typer.Option("--symbol", help="Symbol to store it as (built-in "
                                        "or new, e.g. RUT or MYIDX).")],
    kind: Annotated[str | None, typer.Option("--kind", help="index, etf or rate; needed "
                                             "for a new symbol.")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace every stored row of the "
                                          "symbol instead of merging.")] = False,
    name: Annotated[str | None, typer.Option("--name", help="Display name of a new "
                                             "symbol.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Accept a --replace that keeps less "
                                        "than half the stored rows, or a revision of the last "
                                        "stored close beyond 10%.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Import one series from a file; malformed files are rejected and the store is unchanged."""
    from capscope.data.ingest import import_file

    result = import_file(file, symbol, kind, replace=replace, name=name, force=force)
    if as_json:
        print_json(result)
        return
    m = result.meta
    new = ", new symbol" if result.created else ""
    console().print(f"imported {result.rows_read:,} rows into {result.symbol} "
                    f"({result.kind}{new}); stored {m.first_date}..{m.last_date}, {m.rows:,} rows",
                    soft_wrap=True, markup=False)
    _notes(result.warnings)


@data_app.command("remove", cls=OneLineUsage)
@handle_errors
def remove(
    symbol: Annotated[str, typer.Argument(help="Symbol or alias of a series, or ZQ for the fed "
                                          "funds futures.")],
    start: Annotated[str | None, typer.Option(help="First date to remove (YYYY-MM-DD; default: "
                                              "the first row).")] = None,
    end: Annotated[str | None, typer.Option(help="Last date to remove (YYYY-MM-DD; default: "
                                            "the last row).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Remove a series' rows from START to END (the undo of an import), in one transaction."""
    from capscope.data.calendar import parse_date
    from capscope.data.store import get_store
    from capscope.errors import BadInput

    lo = parse_date(start, what="--start").date() if start is not None else None
    hi = parse_date(end, what="--end").date() if end is not None else None
    if lo is not None and hi is not None and lo > hi:
        raise BadInput(f"--start {lo} is after --end {hi}", "swap the two dates")
    store = get_store()
    info = store.resolve(symbol)
    gone, meta = store.delete_rows(info.symbol, lo, hi)
    if as_json:
        print_json({"symbol": info.symbol, "removed": gone, "meta": meta})
        return
    left = (f"stored {meta.first_date}..{meta.last_date}, {meta.rows:,} rows" if meta
            else "the symbol is gone from the store")
    console().print(f"removed {gone:,} rows from {info.symbol}; {left}", soft_wrap=True,
                    markup=False)


@data_app.command("update", cls=OneLineUsage)
@handle_errors
def update_(
    symbols: Annotated[list[str] | None, typer.Argument(help="Symbols to update (default: "
                                                      "every stored index, ETF and rate).")
                       ] = None,
    source: Annotated[str | None, typer.Option("--source", help="yahoo, fred or stooq "
                                               "(default: fred for rates, yahoo for "
                                               "prices).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Fetch new rows from the providers and merge them in (the overlap must agree)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from capscope.data.store import get_store
    from capscope.data.update import targets, update

    store = get_store()
    infos = targets(symbols, store)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=console(stderr=True), transient=True) as bar:
        task = bar.add_task("updating", total=len(infos))
        outcomes = update([i.symbol for i in infos], source=source, store=store,
                          progress=lambda o: bar.update(task, advance=1,
                                                        description=f"updated {o.symbol}"))
    failed = [o for o in outcomes if o.status == "failed"]
    if as_json:
        print_json(outcomes)
    else:
        out = console()
        for o in outcomes:
            out.print(f"{o.status:8} {o.message}", soft_wrap=True, markup=False)
        _notes([w for o in outcomes for w in o.warnings if o.status == "updated"])
    if failed:
        raise typer.Exit(1)
