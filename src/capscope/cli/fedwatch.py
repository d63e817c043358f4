"""``capscope fedwatch``: FOMC meeting probabilities from fed funds futures (CME's method)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from capscope.cli._common import (
    JsonOpt,
    OnOpt,
    console,
    emit,
    handle_errors,
    print_warnings,
)
from capscope.cli._usage import OneLineUsage


class View(StrEnum):
    conditional = "conditional"
    current = "current"


FuturesOpt = Annotated[
    Path | None,
    typer.Option("--futures", help="CSV of fed funds futures to import first (columns: date, "
                 "contract_month as YYYY-MM or contract as ZQU26, close). Rejected whole if a "
                 "price is outside (0, 100] or a date's months have a gap."),
]
MeetingsOpt = Annotated[
    int | None,
    typer.Option("--meetings", help="How many upcoming meetings (default: all the curve covers)."),
]
ViewOpt = Annotated[
    str,
    typer.Option("--view", help="conditional: probability of each target range after each "
                 "meeting; current: cut/hold/hike against today's range."),
]


@handle_errors
def fedwatch_cmd(
    asof: OnOpt = None,
    futures: FuturesOpt = None,
    meetings: MeetingsOpt = None,
    view: ViewOpt = View.conditional.value,
    as_json: JsonOpt = False,
) -> None:
    """Meeting-by-meeting FOMC probabilities from 30-day fed funds futures (CME FedWatch method)."""
    from capscope.errors import BadInput
    from capscope.fed.fedwatch import fedwatch

    if view not in View.__members__:  # checked here so a typo gets one line, not a usage box
        raise BadInput(f"--view {view!r} is not a view", "use --view conditional or --view current")
    view = View(view)

    if futures is not None:
        from capscope.data.calendar import parse_date
        from capscope.fed._futures import import_futures

        if asof is not None:  # a bad --asof is refused before the file is stored, not after
            parse_date(asof, what="as-of date")

        done = import_futures(futures)
        console(stderr=True).print(
            f"[dim]imported {done.rows:,} futures rows ({len(done.months)} contract months, "
            f"{done.first_date.date()} to {done.last_date.date()})[/dim]")
    result = fedwatch(asof, meetings)
    if as_json:
        payload = result.to_dict()
        payload["view"] = view.value
        payload["takeaway"] = result.takeaway
        emit(payload, True, lambda _: None)
        return
    _render(result, view.value)
    print_warnings(result.warnings)


def _render(result: Any, view: str) -> None:
    from rich.table import Table

    con = console()
    con.print(f"[bold]{result.takeaway}[/bold]")  # the answer first, as in every command
    # titles printed as lines wrap at the console width, not at the narrower table's
    con.print(f"FedWatch on {result.asof.date()} (ZQ closes of {result.price_date.date()}); "
              f"target range before the first meeting: {result.current_range}%", style="italic")
    if view == "conditional":
        frame = result.conditional_frame()
        keep = [c for c in frame.columns if frame[c].max() >= 0.0005]
        table = Table()
        table.add_column("meeting", no_wrap=True)
        for col in keep:
            table.add_column(col, justify="right")
        for day, row in frame[keep].iterrows():
            table.add_row(str(day.date()), *[_cell(row[c]) for c in keep])
    else:
        frame = result.current_frame()
        table = Table()
        for col in ("meeting", "contract", "implied rate", "cut", "hold", "hike", "likeliest"):
            table.add_column(col, justify="left" if col in ("meeting", "contract") else "right")
        for day, row in frame.iterrows():
            table.add_row(str(day.date()), row["contract"], f"{row['implied_rate']:.4f}",
                          _cell(row["p_cut"]), _cell(row["p_hold"]), _cell(row["p_hike"]),
                          f"{row['likeliest']} ({row['p_likeliest']:.1%})")
    con.print(table)
    con.print("chain: implied rate before (start) and after (end) each meeting, %",
              style="italic")
    chain = Table()
    for col in ("meeting", "price", "method", "anchor", "start", "end", "move bp"):
        chain.add_column(col, justify="right" if col in ("price", "start", "end", "move bp")
                         else "left", no_wrap=True)
    for c in result.evidence["chain"]:
        from capscope.fed._futures import contract_code

        anchor = contract_code(c.anchor_month) if c.anchor_month else c.anchor.split(" the ")[-1]
        chain.add_row(f"{c.meeting.date()} {c.contract}", f"{c.price:.4f}", c.method, anchor,
                      f"{c.start_rate:.4f}", f"{c.end_rate:.4f}", f"{c.move_bp:+.1f}")
    con.print(chain)


def _cell(p: float) -> str:
    return "" if p < 0.0005 else f"{p:.1%}"


def register(app: typer.Typer) -> None:
    """Add this room's commands to the root app."""
    app.command("fedwatch", cls=OneLineUsage)(fedwatch_cmd)
