"""``capscope fed ...``: policy-rate history, easing/tightening cycles, cycle event studies."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from capscope.cli._common import JsonOpt, OnOpt, console, emit, handle_errors, print_warnings
from capscope.cli._usage import OneLineGroup, OneLineUsage

fed_app = typer.Typer(help="Fed policy: decisions, cycles and what small caps did after them.",
                      no_args_is_help=True, cls=OneLineGroup)


def _num(v: Any, fmt: str = "{:+.1f}") -> str:
    if v is None or v != v:
        return ""
    text = fmt.format(v)
    if text.startswith("-") and not any(c in "123456789" for c in text):  # -0.0: no sign
        text = "+" + text[1:]
    return text


def _short(name: str) -> str:
    """A column label for a series name ("FF smallest decile (vw_d1_lo10)" -> "FF small")."""
    if name.startswith("FF "):
        return "FF small" if "smallest" in name else "FF large" if "largest" in name else name[:8]
    return name[:12]


@fed_app.command("history", cls=OneLineUsage)
@handle_errors
def history_cmd(
    since: Annotated[str | None, typer.Option(help="First year (or date) to list, e.g. 2019.")]
    = None,
    holds: Annotated[bool, typer.Option("--holds", help="Also list meetings with no change.")]
    = False,
    on: OnOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Every change of the fed funds target: announcement day, bp, new target/range."""
    from capscope.fed.policy import history

    result = history(since, on, holds=holds)

    def render(r: Any) -> None:
        from rich.table import Table

        con = console()
        con.print(r.takeaway)
        # titles printed as lines wrap at the console width, not at the narrower table's
        con.print("Fed funds target decisions (announcement day; FRED dates the day after in "
                  "the range era)", style="italic")
        t = Table()
        for col in ("announced", "effective", "action", "bp", "target %", "scheduled"):
            t.add_column(col, justify="right" if col in ("bp", "target %") else "left")
        for row in r.decisions.itertuples(index=False):
            eff = "" if row.effective != row.effective else str(row.effective.date())
            t.add_row(str(row.announced.date()), eff, row.action, f"{row.change_bp:+g}",
                      row.target, "yes" if row.scheduled else "no")
        con.print(t)
        print_warnings(r.warnings)

    emit(result, as_json, render)


@fed_app.command("cycles", cls=OneLineUsage)
@handle_errors
def cycles_cmd(
    since: Annotated[str | None, typer.Option(help="Only cycles ending from this year/date.")]
    = None,
    on: OnOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Easing and tightening cycles since 1954 (rule: see `capscope.fed.cycles`)."""
    from capscope.fed.cycles import cycle_history

    result = cycle_history(on, since=since)

    def render(r: Any) -> None:
        from rich import box
        from rich.table import Table

        con = console()
        con.print(r.takeaway)
        con.print("Fed cycles (* = dated from monthly DFF turning points, before 1982-09; "
                  "+ = ongoing)", style="italic")
        t = Table(box=box.SIMPLE_HEAD, pad_edge=False)
        for col in ("cycle", "first move", "last move", "moves", "bp", "first", "rate %"):
            t.add_column(col, no_wrap=True,
                         justify="right" if col in ("moves", "bp", "first") else "left")
        for c in r.cycles:
            name = c.direction + ("*" if c.source.startswith("DFF") else "")
            t.add_row(name, str(c.first_move.date()),
                      str(c.last_move.date()) + ("+" if c.ongoing else ""),
                      "" if c.n_moves is None else str(c.n_moves), f"{c.total_bp:+.4g}",
                      "" if c.first_move_bp is None else f"{c.first_move_bp:+g}",
                      f"{c.start_level:.2f}->{c.end_level:.2f}")
        con.print(t)
        print_warnings(r.warnings)

    emit(result, as_json, render)


@fed_app.command("study", cls=OneLineUsage)
@handle_errors
def study_cmd(
    event: Annotated[str, typer.Option(help="first-cut, first-hike, last-hike or last-cut.")]
    = "first-cut",
    a: Annotated[str, typer.Option("--a", help="First series (small caps).")] = "RUT",
    b: Annotated[str, typer.Option("--b", help="Second series (large caps).")] = "SPX",
    proxy: Annotated[str | None, typer.Option(
        help="ff (Fama-French smallest vs largest size decile, monthly, since 1926) or "
             "ff-quintile; replaces --a/--b.")] = None,
    horizons: Annotated[str, typer.Option(help="Comma-separated horizons.")]
    = "1M,3M,6M,12M,18M,24M",
    dates: Annotated[str | None, typer.Option(
        help="CSV of event dates (a 'date' column or one per line) or 'us-elections'; "
             "replaces --event.")] = None,
    total: Annotated[bool, typer.Option("--total", help="Total return (adj_close; ETFs only).")]
    = False,
    events: Annotated[bool, typer.Option("--events", help="Also list every event's windows.")]
    = False,
    on: OnOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Returns of --a and --b after every cycle event (or --dates): mean, median, hit rate, N."""
    from capscope.fed.study import cycle_study, event_study

    if dates is not None:
        from pathlib import Path

        from capscope.fed.study import BUNDLED_DATES

        name = dates if dates in BUNDLED_DATES else Path(dates).name
        result = event_study(dates, a, b, horizons, on, total_return=total, proxy=proxy,
                             event=name)
    else:
        result = cycle_study(event, a, b, horizons, on, total_return=total, proxy=proxy)

    def render(r: Any) -> None:
        from rich.table import Table

        con = console()
        con.print(r.takeaway)
        con.print(f"{r.a} vs {r.b} after {r.event}: {r.basis}; complete windows only",
                  style="italic")
        t = Table()
        for col in ("horizon", "N", "incomplete", f"mean {_short(r.a)} %", f"mean {_short(r.b)} %",
                    "mean diff pp", "median diff pp", "hit rate"):
            t.add_column(col, justify="right")
        for s in r.summary.itertuples(index=False):
            t.add_row(s.horizon, str(s.n), str(s.n_incomplete), _num(s.mean_a), _num(s.mean_b),
                      _num(s.mean_diff), _num(s.median_diff), _num(s.hit_rate, "{:.0%}"))
        con.print(t)
        if events:
            con.print("Every window (* = incomplete, not averaged)", style="italic")
            e = Table()
            for col in ("event", "base", "horizon", "end", "a %", "b %", "diff pp"):
                e.add_column(col, justify="right" if col.endswith(("%", "pp")) else "left")
            for w in r.events.itertuples(index=False):
                e.add_row(str(w.event.date()), str(w.base.date()), w.horizon + ("" if w.complete
                          else "*"), str(w.end.date()), _num(w.ret_a), _num(w.ret_b),
                          _num(w.diff))
            con.print(e)
        print_warnings(r.warnings)

    emit(result, as_json, render)


def register(app: typer.Typer) -> None:
    """Add this room's commands to the root app."""
    app.add_typer(fed_app, name="fed")
