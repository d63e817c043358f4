"""``capscope data ...``: what the store holds, and getting data in."""

from __future__ import annotations

from typing import Annotated

import typer

from capscope.cli._common import JsonOpt, console, handle_errors, print_json

data_app = typer.Typer(help="Inspect, import and update the data store.", no_args_is_help=True)


@data_app.command("list")
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
        table.add_row(m.symbol, m.kind, str(m.first_date), str(m.last_date),
                      f"{m.rows:,}", m.source)
    console().print(table)


@data_app.command("show")
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
    from capscope.data.symbols import resolve

    info = resolve(symbol)
    frame = bars(info.symbol, start, end)
    if start is None and end is None:
        frame = frame.tail(max(tail, 1))
    frame = frame.dropna(axis=1, how="all")
    if as_json:
        print_json({"symbol": info.symbol, "name": info.name, "kind": info.kind.value,
                    "rows": frame})
        return
    from rich.table import Table

    table = Table(title=f"{info.symbol}: {info.name}", title_justify="left")
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
    if info.note:
        console(stderr=True).print(f"[dim]note: {info.note}[/dim]")


def register(app: typer.Typer) -> None:
    app.add_typer(data_app, name="data")
