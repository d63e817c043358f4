"""CLI command of the evaluation room: ``capscope eval DIR`` scores the checker on a keyed corpus."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from capscope.cli._common import JsonOpt, console, handle_errors, print_json
from capscope.cli._usage import OneLineUsage


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def _floor(value: float | None, name: str) -> float | None:
    from capscope.errors import BadInput

    if value is not None and not 0 <= value <= 1:
        raise BadInput(f"{name} {value} is not a share between 0 and 1", f"e.g. {name} 0.9")
    return value


def _render(ev: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    con = console()
    con.print(f"[bold]{escape(ev.corpus)}[/bold]: {ev.keyed} keyed claims, found {ev.found} "
              f"({_pct(ev.found / ev.keyed if ev.keyed else 0)}); accuracy "
              f"[bold]{_pct(ev.accuracy)}[/bold]; alarm precision "
              f"[bold]{_pct(ev.alarm_precision)}[/bold] "
              f"({ev.printed('contradicted')} contradicted printed, {len(ev.false_alarms)} wrong)")
    table = Table(show_lines=False)
    for col in ("verdict", "in key", "printed", "unkeyed", "precision", "recall"):
        table.add_column(col, justify="left" if col == "verdict" else "right")
    for v in ("supported", "imprecise", "contradicted", "unverifiable", "forecast",
              "not_checkable"):
        table.add_row(v, str(sum(p.key.verdict == v for p in ev.pairs)), str(ev.printed(v)),
                      str(sum(e.verdict == v for e in ev.extras)), _pct(ev.precision(v)),
                      _pct(ev.recall(v)))
    con.print(table)
    con.print("[bold]false alarms[/bold] (printed contradicted, key says otherwise)")
    for x in ev.false_alarms:
        con.print(f"  {escape(_line(x))}")
    con.print("[bold]other misses[/bold] (key verdict -> printed)")
    for p in ev.misses:
        if p.verdict != "contradicted":
            con.print(f"  {escape(_line(p))}")


def _line(x: Any) -> str:
    from capscope.claims.evaluate import Pair

    if isinstance(x, Pair):
        head = f"{x.key.passage_id} #{x.key.index} {x.key.anchor!r}: {x.key.verdict} -> {x.verdict}"
    else:
        head = f"{x.passage_id} (unkeyed) {x.claim_text!r}: {x.verdict}"
    why = f" | {x.explanation}" if x.explanation else ""
    return (head + why)[:240]


@handle_errors
def eval_cmd(
    folder: Annotated[str, typer.Argument(
        help="A keyed corpus folder: passages.jsonl and key.jsonl (see the corpus README).")],
    as_json: JsonOpt = False,
    min_accuracy: Annotated[float | None, typer.Option(
        "--min-accuracy", help="Exit 1 when accuracy is below this share (e.g. 0.9).")] = None,
    min_alarm_precision: Annotated[float | None, typer.Option(
        "--min-alarm-precision", help="Exit 1 when the share of 'contradicted' verdicts the key "
        "confirms is below this (e.g. 0.95).")] = None,
) -> None:
    """Score the checker on a keyed corpus: accuracy, alarm precision, every false alarm and miss.

    Every claim the checker prints is scored, keyed or not: an unkeyed "contradicted" counts
    as a false alarm.
    """
    from capscope.claims.evaluate import evaluate

    floors = (_floor(min_accuracy, "--min-accuracy"),
              _floor(min_alarm_precision, "--min-alarm-precision"))
    ev = evaluate(folder)
    if as_json:
        print_json(ev.to_dict())
    else:
        _render(ev)
    low = []
    if floors[0] is not None and ev.accuracy < floors[0]:
        low.append(f"accuracy {_pct(ev.accuracy)} < {_pct(floors[0])}")
    alarm = ev.alarm_precision if ev.alarm_precision is not None else 1.0
    if floors[1] is not None and alarm < floors[1]:
        low.append(f"alarm precision {_pct(alarm)} < {_pct(floors[1])}")
    if low:
        console(stderr=True).print(f"capscope: below the floor: {'; '.join(low)}")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add this room's commands to the root app."""
    app.command("eval", cls=OneLineUsage)(eval_cmd)


__all__ = ["register"]
