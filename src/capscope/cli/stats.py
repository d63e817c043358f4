"""CLI commands of the stats room: ``move``, ``streaks``, ``outperformance``.

Each command parses options, calls one statistic, and prints a one-line takeaway followed by the
numbers (or the result's dict with ``--json``). Heavy imports stay inside the command bodies.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from capscope.cli._common import (
    JsonOpt,
    OnOpt,
    SymbolArg,
    console,
    emit,
    handle_errors,
    percent,
    print_json,
    print_warnings,
    stale_note,
)
from capscope.cli._common import fmt_date as _d
from capscope.cli._common import fmt_num as _n
from capscope.cli._usage import OneLineUsage


def _render_move(r: Any) -> None:
    from rich.table import Table

    con = console()
    con.print(f"[bold]{r.takeaway}[/bold]")
    t = Table(show_header=False, box=None, pad_edge=False)
    t.add_column(style="dim")
    t.add_column(justify="right")
    t.add_column()
    t.add_row("close", _n(r.close), _d(r.session))
    t.add_row("previous close", _n(r.previous_close), _d(r.previous_session))
    if r.provenance.get("kind") == "rate":  # rates move in basis points, not percent
        t.add_row("change", _n(None if r.change_points is None else r.change_points * 100,
                               "{:+.1f} bp"), "")
    else:
        t.add_row("change", _n(r.change_pct, "{:+.2f}%"), _n(r.change_points, "{:+,.2f} pts"))
    # FRED's calendar-daily rates have a row per day, not per session
    unit = {"calendar-daily": "day", "monthly": "month"}.get(r.provenance.get("frequency"),
                                                           "session")
    for e in (r.highest_close_since, r.lowest_close_since):
        label = f"{'highest' if e.kind == 'high' else 'lowest'} close since"
        t.add_row(label, _n(e.since_value), "record" if e.is_record and e.kind == "high" else
                  ("lowest in the data" if e.is_record else f"{_d(e.since_date)} ({e.ago}, "
                   f"{e.sessions_since} {unit}{'s' if e.sessions_since != 1 else ''})"))
    t.add_row("record close", _n(r.record_close), _d(r.record_date))
    if r.provenance.get("kind") != "rate":
        t.add_row("below record", _n(r.pct_below_record, "{:+.2f}%"),
                  f"needs {_n(r.pct_to_regain_record, '{:+.2f}%')} to regain it")
    t.add_row("streak", f"{r.streak_sessions}", f"{r.streak_direction} since {_d(r.streak_start)}"
              if r.streak_sessions else "unchanged close")
    t.add_row("52-week high", _n(r.high_52w), _d(r.high_52w_date))
    t.add_row("52-week low", _n(r.low_52w), _d(r.low_52w_date))
    i = r.intraday
    if i is not None:
        t.add_row("intraday high / low", f"{_n(i.high)} / {_n(i.low)}", "")
        t.add_row("highest high since", _n(i.highest_high_since.since_value),
                  "record" if i.highest_high_since.is_record else
                  f"{_d(i.highest_high_since.since_date)} ({i.highest_high_since.ago})")
        t.add_row("record intraday high", _n(i.record_high), _d(i.record_high_date))
        t.add_row("52-week intraday range", f"{_n(i.low_52w)} - {_n(i.high_52w)}",
                  f"{_d(i.low_52w_date)} / {_d(i.high_52w_date)}")
    con.print(t)
    con.print(f"[dim]{r.provenance.get('measure')}; data begins {_d(r.data_begins)}[/dim]")
    print_warnings(r.warnings)


def _frame_table(frame: Any, title: str, labels: dict[str, str] | None = None,
                 decimals: int = 2) -> Any:
    """A Rich table of a frame, formatted by column type (dates, ints, signed percents)."""
    import pandas as pd
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    labels = labels or {}
    t = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    cols = [c for c in frame.columns if c in labels] if labels else list(frame.columns)
    t.add_column(frame.index.name or "", no_wrap=True)
    for c in cols:
        is_date = pd.api.types.is_datetime64_any_dtype(frame[c].dtype)
        t.add_column(labels.get(c, c), justify="right", no_wrap=True,
                     min_width=10 if is_date else None)
    signed, plain = f"{{:+.{decimals}f}}", f"{{:.{decimals}f}}"
    formatters: list[Any] = []
    for c in cols:
        dtype = frame[c].dtype
        if pd.api.types.is_datetime64_any_dtype(dtype):
            formatters.append(_d)
        elif pd.api.types.is_bool_dtype(dtype):
            formatters.append(lambda v: "yes" if v else "")
        elif pd.api.types.is_integer_dtype(dtype):
            formatters.append(lambda v: f"{v:,}")
        elif c.endswith("hit_rate"):  # a share of 0..1, shown as a percentage
            formatters.append(lambda v: _n(None if v is None else v * 100, "{:.0f}%"))
        elif c.endswith("_pct") or c.endswith("_pp"):
            formatters.append(lambda v: _n(v, signed))
        else:
            formatters.append(lambda v: _n(v, plain))
    for key, *values in frame[cols].itertuples(index=True, name=None):
        t.add_row(str(key), *(f(v) for f, v in zip(formatters, values, strict=True)))
    # the title as its own line wraps at the console width, not at the narrower table's
    return Group(Text(title, style="italic"), t)


# the terminal table leaves out the 6M column for width; --json carries every horizon
EPISODE_LABELS = {"start": "start", "end": "end", "length": "len", "cum_pct": "move",
                  "symbol_pct": "own", "fwd_1W_pct": "1W", "fwd_1M_pct": "1M",
                  "fwd_3M_pct": "3M", "fwd_1Y_pct": "1Y"}
FORWARD_LABELS = {"mean_pct": "mean %", "median_pct": "median %", "hit_rate": "hit",
                  "n": "n", "baseline_mean_pct": "base mean %",
                  "baseline_median_pct": "base median %", "baseline_hit_rate": "base hit",
                  "baseline_n": "base n"}


def _render_streaks(r: Any, show: int) -> None:
    con = console()
    con.print(f"[bold]{r.takeaway}[/bold]")
    eps = r.episodes.copy()
    eps.index = range(1, len(eps) + 1)
    eps.index.name = "#"
    shown = eps.tail(show) if show else eps
    title = (f"{len(shown)} of {len(eps)} episodes" if len(shown) < len(eps)
             else f"{len(eps)} episode{'' if len(eps) == 1 else 's'}")
    if r.relative_to:
        title += (f" (%; move = {r.symbol}/{r.relative_to} line, own = {r.symbol} alone; "
                  "forward returns of the line from the episode's last close)")
    else:
        title += " (%; forward returns from the episode's last close)"
    if len(eps):
        con.print(_frame_table(shown, title, EPISODE_LABELS, decimals=1))
    what = "episode" if r.count == "episodes" else "qualifying window"
    con.print(_frame_table(r.forward, f"forward returns (%) after each {what} vs every session "
                                      f"since {_d(r.history_begins)}", FORWARD_LABELS))
    missing = int(r.forward["incomplete"].sum())
    if missing:
        con.print(f"[dim]{missing} forward returns reach past {_d(r.session)} and are left "
                  "out[/dim]")
    con.print(f"[dim]counting: {r.counting}[/dim]")
    print_warnings(r.warnings)


def streaks_json(r: Any, show: int) -> dict[str, Any]:
    """The study's dict with only the latest ``show`` episodes (all with 0): 714 three-day runs
    are 200 KB nobody reads in a terminal; the counts and forward returns still cover them all."""
    out = {**r.to_dict(), "takeaway": r.takeaway}
    episodes = out["episodes"]
    if show and len(episodes) > show:
        out["episodes"] = episodes[-show:]
        out["episodes_listed"] = f"the latest {show} of {len(episodes)} (--show 0 for all)"
    else:
        out["episodes_listed"] = f"all {len(episodes)}"
    for e in out["episodes"]:
        e.pop("index", None)  # the frame's row number, not a field
    return out


def _render_outperformance(r: Any) -> None:
    con = console()
    con.print(f"[bold]{r.takeaway}[/bold]")
    top = r.top.set_index("rank")
    labels = {c: c.replace("relative_pct", "relative %").replace("difference_pp", "diff pp")
              .replace("_pct", " %") for c in top.columns}
    con.print(_frame_table(top, f"largest {r.days}-session outperformance of {r.a} over {r.b} "
                                f"(non-overlapping, price closes)", labels))
    if r.latest_highest_since is not None and r.latest_highest_since < r.latest_start:
        from capscope.stats._asof import ago

        con.print(f"latest window {_d(r.latest_start)}..{_d(r.session)}: "
                  f"{r.latest_relative_pct:+.2f}%, the best since the window ending "
                  f"{_d(r.latest_highest_since)} ({ago(r.latest_highest_since, r.session)})")
    print_warnings(r.warnings)


def _render_tally(r: Any) -> None:
    from rich.table import Table

    con = console()
    con.print(f"[bold]{r.takeaway}[/bold]")
    t = Table(box=None, pad_edge=False)
    t.add_column(r.unit)
    t.add_column("change", justify="right")
    for label, pct in r.changes:
        t.add_row(label, f"{pct:+.2f}%")
    con.print(t)
    print_warnings(r.warnings)


def register(app: typer.Typer) -> None:
    """Add this room's commands to the root app."""

    @app.command("move", cls=OneLineUsage)
    @handle_errors
    def move_cmd(
        symbol: SymbolArg,
        on: OnOpt = None,
        field: Annotated[str, typer.Option(
            help="close (price) or adj_close (total return, ETFs only).")] = "close",
        as_json: JsonOpt = False,
    ) -> None:
        """A session's move: change, highest/lowest close since, record, streak, 52-week range."""
        from capscope.stats.moves import move

        emit(move(symbol, on, field=field), as_json, _render_move)

    @app.command("streaks", cls=OneLineUsage)
    @handle_errors
    def streaks_cmd(
        symbol: SymbolArg,
        days: Annotated[int, typer.Option("--days", "-n", help="Minimum run length in sessions.")],
        min_pct: Annotated[str, typer.Option(
            "--min", help="Each session's move at least this many percent, e.g. 1 or 1% (0: any "
                          "gain/loss); with --relative-to, percentage points (pp) of "
                          "outperformance.")] = "0",
        direction: Annotated[str, typer.Option(help="up (gains) or down (losses).")] = "up",
        relative_to: Annotated[str | None, typer.Option(
            "--relative-to", help="Count sessions outperforming this symbol instead.")] = None,
        since: Annotated[str | None, typer.Option(
            help="Start of the history: a year (2000) or a date.")] = None,
        count: Annotated[str, typer.Option(
            help="episodes: one per maximal run; windows: every session the N-day mark holds.")]
        = "episodes",
        show: Annotated[int, typer.Option(help="Episodes to list, latest first, in the table and "
                                          "the JSON; 0 = all.")] = 20,
        on: OnOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Every run of N+ straight sessions each beyond X%, its rank, and what followed.

        The table and --json list the latest 20 episodes (--show 0 for every one); the counts,
        ranks and forward returns always cover them all."""
        from capscope.errors import BadInput
        from capscope.stats.streaks import streak_study

        if show < 0:
            raise BadInput(f"--show must be 0 (all) or more, got {show}", "e.g. --show 20")
        r = streak_study(symbol, days, percent(min_pct, "--min"), direction=direction,
                         relative_to=relative_to, since=since, on=on, count=count)
        if as_json:
            print_json(streaks_json(r, show))
        else:
            _render_streaks(r, show)
        stale_note(r)

    @app.command("tally", cls=OneLineUsage)
    @handle_errors
    def tally_cmd(
        symbol: SymbolArg,
        periods: Annotated[int, typer.Option("--periods", "-n", help="How many periods to count back.")],
        unit: Annotated[str, typer.Option(help="session, week or month.")] = "session",
        on: OnOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """How many of the last N sessions (weeks, months) rose and how many fell."""
        from capscope.stats.tallies import tally

        emit(tally(symbol, periods, unit, on), as_json, _render_tally)

    @app.command("outperformance", cls=OneLineUsage)
    @handle_errors
    def outperformance_cmd(
        a: SymbolArg,
        b: Annotated[str, typer.Argument(help="The symbol to beat, e.g. SPX.")],
        days: Annotated[int, typer.Option("--days", "-n", help="Window length in sessions.")],
        top: Annotated[int, typer.Option(help="How many episodes to rank.")] = 10,
        since: Annotated[str | None, typer.Option(
            help="Start of the history: a year (2000) or a date.")] = None,
        on: OnOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """The largest N-session outperformances of A over B, ranked, not overlapping."""
        from capscope.stats.streaks import largest_outperformance

        emit(largest_outperformance(a, b, days, top=top, on=on, since=since), as_json,
             _render_outperformance)


__all__ = ["register"]
