"""CLI commands of the markets room: ``returns``, ``months``, ``levels``, ``ma``, ``sectors``,
``valuation``.

Each prints a one-line takeaway, then a Rich table (or the result's dict with ``--json``). The
statistics live in ``capscope.stats``; nothing is computed here beyond wording.
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
    print_json,
    print_warnings,
    stale_note,
)
from capscope.cli._common import fmt_date as _d
from capscope.cli._common import fmt_num as _n
from capscope.cli._usage import OneLineUsage


def _pct(x: float | None) -> str:
    return _n(x, "{:+.2f}%")


def _ago(then: Any, now: Any) -> str:
    """"2 years 3 months ago" between two dates (the wording of ``capscope move``)."""
    import pandas as pd

    from capscope.stats._asof import ago

    return ago(pd.Timestamp(then), pd.Timestamp(now))


def _kv_table() -> Any:
    from rich.table import Table

    t = Table(show_header=False, box=None, pad_edge=False)
    t.add_column(style="dim")
    t.add_column(justify="right")
    t.add_column()
    return t


# ------------------------------------------------------------------------------- returns


def returns_takeaway(r: Any) -> str:
    return (f"{r.symbol} {r.basis} return {_pct(r.return_pct)} over {r.window} "
            f"({_d(r.start)} close {_n(r.start_close)} -> {_d(r.end)} close {_n(r.end_close)}).")


def compare_takeaway(c: Any) -> str:
    a, b = c.a, c.b
    if c.leader == "tie":
        head = f"{a.symbol} and {b.symbol} both returned {_pct(a.return_pct)}"
    else:
        win, lose = (a, b) if c.leader == a.symbol else (b, a)
        verb = "fell less than" if win.return_pct < 0 else "beat"  # no "beat" when both lost
        head = (f"{win.symbol} {_pct(win.return_pct)} {verb} {lose.symbol} "
                f"{_pct(lose.return_pct)} by {abs(c.difference_pp):.2f} pp")
    ratio = f"; {c.ratio:.2f}x the gain" if c.ratio is not None and c.ratio > 0 else ""
    return f"{head} over {a.window} ({_d(a.start)}..{_d(a.end)}, {a.basis} return){ratio}."


def _render_returns(r: Any, cmp: Any, rs: Any) -> None:
    con = console()
    if cmp is None:
        con.print(f"[bold]{returns_takeaway(r)}[/bold]")
        t = _kv_table()
        t.add_row("window", r.window, r.evidence.get("rule", ""))
        t.add_row("from", _n(r.start_close), _d(r.start))
        t.add_row("to", _n(r.end_close), _d(r.end))
        t.add_row("return", _pct(r.return_pct), f"{_n(r.change_points, '{:+,.2f}')} points, "
                  f"{r.sessions} sessions")
        t.add_row("basis", r.basis, r.provenance.get("basis_text", ""))
        con.print(t)
        print_warnings(r.warnings)
        return
    from rich import box
    from rich.table import Table

    con.print(f"[bold]{compare_takeaway(cmp)}[/bold]")
    t = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("symbol", "from", "close", "to", "close", "return"):
        t.add_column(col, justify="left" if col == "symbol" else "right")
    for x in (cmp.a, cmp.b):
        t.add_row(x.symbol, _d(x.start), _n(x.start_close), _d(x.end), _n(x.end_close),
                  _pct(x.return_pct))
    con.print(t)
    k = _kv_table()
    k.add_row("difference", f"{cmp.difference_pp:+.2f} pp", "")
    k.add_row("ratio", _n(cmp.ratio), cmp.ratio_note)
    k.add_row("relative", _pct(cmp.relative_pct), f"(1+{cmp.a.symbol})/(1+{cmp.b.symbol})-1")
    k.add_row(f"{rs.a}/{rs.b} ratio", _n(rs.latest, "{:.4f}"),
              f"{_pct(rs.change_pct)} over the window")
    k.add_row("ratio highest since", _d(rs.highest_since) if rs.highest_since is not None
              else f"record (history from {_d(rs.history_start)})", "")
    k.add_row("ratio lowest since", _d(rs.lowest_since) if rs.lowest_since is not None
              else f"record low (history from {_d(rs.history_start)})", "")
    k.add_row("basis", cmp.a.basis, cmp.a.provenance.get("basis_text", ""))
    con.print(k)
    print_warnings([*cmp.warnings, *(w for w in rs.warnings if w not in cmp.warnings)])


# -------------------------------------------------------------------------------- months


def months_takeaway(r: Any) -> str:
    unit = "month" if r.frequency == "monthly" else "week"
    cur = r.current
    if cur is None:
        return f"{r.symbol} was flat in its last {unit}: no streak on {_d(r.asof)}."
    moving = "gaining" if cur.direction == "up" else "losing"
    prog = f" (counting the {unit} in progress)" if cur.in_progress else ""
    prev = r.previous_as_long
    span = ("" if prev is None else prev.first_period if prev.first_period == prev.last_period
            else f"{prev.first_period}..{prev.last_period}")
    since = (f"the first this long since {span} ({_ago(prev.end_date, r.asof)})"
             if prev is not None else f"the longest since the data begins ({_d(r.data_begins)})")
    return (f"{r.symbol}: {cur.length} {unit}{'s' if cur.length != 1 else ''} {moving} in a row"
            f"{prog}, {_pct(cur.cumulative_pct)}; {since}.")


NOTABLE = 5  # longest streaks each way that ``months`` lists by default


def notable_streaks(r: Any, every: bool) -> tuple[list[Any], str]:
    """The streaks ``months`` lists and a caption saying which: every listed streak with
    ``every`` (or an explicit --min-length), else the current one, the last one as long, and
    the NOTABLE longest each way (by length, then size of the move), in date order."""
    unit = "months" if r.frequency == "monthly" else "weeks"
    if every:
        return list(r.streaks), f"every streak of {r.min_length}+ {unit}"
    chosen: dict[tuple[str, str], Any] = {}
    for direction in ("up", "down"):
        runs = [s for s in r.streaks if s.direction == direction]
        runs.sort(key=lambda s: (s.length, abs(s.cumulative_pct)), reverse=True)
        for s in runs[:NOTABLE]:
            chosen[(s.first_period, s.direction)] = s
    for s in (r.current, r.previous_as_long):
        if s is not None:
            chosen[(s.first_period, s.direction)] = s
    shown = sorted(chosen.values(), key=lambda s: s.first_period)
    if len(shown) >= len(r.streaks):
        return list(r.streaks), f"every streak of {r.min_length}+ {unit}"
    return shown, (f"the current streak, the last as long and the {NOTABLE} longest each way: "
                   f"{len(shown)} of {len(r.streaks)} streaks of {r.min_length}+ {unit} (--all "
                   "for every one)")


def _render_months(r: Any, every: bool) -> None:
    from rich import box
    from rich.table import Table

    con = console()
    con.print(f"[bold]{months_takeaway(r)}[/bold]")
    unit = "months" if r.frequency == "monthly" else "weeks"
    shown, caption = notable_streaks(r, every)
    t = Table(title=f"{r.symbol} since {_d(r.data_begins)}: {caption}",
              title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("from", "to", unit, "direction", "move", "base close", "end close"):
        t.add_column(col, justify="right" if col not in ("from", "to", "direction") else "left")
    for s in shown:
        t.add_row(s.first_period, s.last_period + (" *" if s.in_progress else ""),
                  str(s.length), s.direction, _pct(s.cumulative_pct),
                  f"{_n(s.base_close)} ({_d(s.base_date)})", f"{_n(s.end_close)} ({_d(s.end_date)})")
    con.print(t)
    for label, s in (("longest winning streak", r.longest_up),
                     ("longest losing streak", r.longest_down)):
        if s is not None:
            con.print(f"[dim]{label}: {s.length} {unit}, {s.first_period}..{s.last_period} "
                      f"({_pct(s.cumulative_pct)})[/dim]")
    print_warnings(r.warnings)


# -------------------------------------------------------------------------------- levels


def levels_takeaway(r: Any) -> str:
    ns, nr = r.nearest_support, r.nearest_resistance
    sup = ("no support zone below" if ns is None else
           f"support {_n(ns.low)}-{_n(ns.high)} ({_pct(ns.distance_pct)})")
    res = ("no resistance zone above" if nr is None else
           f"resistance {_n(nr.low)}-{_n(nr.high)} ({_pct(nr.distance_pct)})")
    return f"{r.symbol} {_n(r.last_close)} on {_d(r.asof)}: {sup}, {res}."


def _render_levels(r: Any, zc: Any, bo: Any, show: int) -> None:
    from rich import box
    from rich.table import Table

    con = console()
    con.print(f"[bold]{levels_takeaway(r)}[/bold]")
    above = [z for z in r.zones if z.role == "resistance"][-show:]
    below = [z for z in r.zones if z.role != "resistance"][:show]
    t = Table(title=f"zones from {_d(r.start)} (swing window {r.pivot_window}, band "
              f"{r.band_pct}%)", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("low", "high", "role", "touches", "first test", "last test", "distance",
                "broken"):
        t.add_column(col, justify="left" if col in ("role", "broken") else "right")
    for z in [*above, *below]:
        brk = "" if z.broken is None else f"{z.broken} {_d(z.broken_on)}"
        t.add_row(_n(z.low), _n(z.high), z.role, f"{z.touches} ({z.swing_highs}H/{z.swing_lows}L)",
                  _d(z.first_test), _d(z.last_test), _pct(z.distance_pct), brk)
    con.print(t)
    if zc is not None:
        con.print(f"[bold]Zone {_n(zc.low)}-{_n(zc.high)} from {_d(zc.start)}: capped "
                  f"{len(zc.capped)} rall{'y' if len(zc.capped) == 1 else 'ies'}, held "
                  f"{len(zc.held)} pullback{'s' if len(zc.held) != 1 else ''}; closed inside on "
                  f"{zc.closed_inside} of {zc.sessions} sessions; now {zc.position}.[/bold]")
        k = _kv_table()
        for label, days in (("capped", zc.capped), ("held", zc.held),
                            ("closed up through", zc.closed_above_through),
                            ("closed down through", zc.closed_below_through)):
            shown = ", ".join(_d(x) for x in days[-6:])
            k.add_row(label, str(len(days)), ("... " if len(days) > 6 else "") + shown)
        con.print(k)
    if bo is not None:
        if bo.above:
            when = _d(bo.breakout_date) if bo.breakout_date is not None else "before the lookback"
            con.print(f"[bold]{bo.symbol} has closed above {bo.level:g} since {when} "
                      f"({bo.sessions_above} sessions; breakout close {_n(bo.breakout_close)}, "
                      f"{_pct(bo.breakout_pct)}): {'decisive' if bo.decisive else 'not decisive'}"
                      f"; now {_pct(bo.pct_from_level)} above.[/bold]")
            if bo.previously_above_on is not None:
                con.print(f"[dim]before that it last closed above {bo.level:g} on "
                          f"{_d(bo.previously_above_on)}[/dim]")
        else:
            last = (f"last closed above it on {_d(bo.last_close_above)}"
                    if bo.last_close_above is not None else "no close above it in the lookback")
            con.print(f"[bold]{bo.symbol} is {_pct(bo.pct_from_level)} from {bo.level:g}: no "
                      f"breakout; {last}.[/bold]")
    print_warnings(r.warnings)


# ------------------------------------------------------------------------- moving average


def _render_ma(r: Any) -> None:
    con = console()
    con.print(f"[bold]{r.takeaway}.[/bold]")
    per = "sessions" if r.unit == "day" else f"{r.unit}ly closes"
    t = _kv_table()
    t.add_row("close", _n(r.close), _d(r.session))
    t.add_row("average", _n(r.average), f"{r.window} {per} from {_d(r.evidence['window_from'])}")
    t.add_row("distance", _pct(r.pct_from_average), "above" if r.above else "below")
    t.add_row("side since", _d(r.side_since) if r.side_since is not None
              else f"first average ({_d(r.evidence['first_average'])})",
              f"{r.sessions_on_side} session{'s' if r.sessions_on_side != 1 else ''}")
    t.add_row("crossed today", "yes" if r.crossed_today else "no",
              f"previous close {_n(r.evidence['previous_close'])} vs average "
              f"{_n(r.evidence['previous_average'])}")
    t.add_row("previous cross " + ("above" if r.above else "below"),
              _d(r.previous_cross_same_direction), "")
    con.print(t)
    print_warnings(r.warnings)


# ------------------------------------------------------------------------------- sectors


def sectors_takeaway(r: Any) -> str:
    rows = r.rows
    top, bottom = rows.iloc[0], rows.iloc[-1]
    return (f"{r.window} ({_d(r.start)}..{_d(r.end)}): {top['symbol']} led "
            f"{_pct(top['return_pct'])}, {bottom['symbol']} lagged "
            f"{_pct(bottom['return_pct'])}; {len(rows)} of 11 funds computed.")


def _render_sectors(r: Any) -> None:
    from rich import box
    from rich.table import Table

    con = console()
    rows = r.rows
    con.print(f"[bold]{sectors_takeaway(r)}[/bold]")
    t = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("#", "fund", "name", "basis", "return", "vs SPY pp", "vs IWM pp", "RS-Ratio",
                "RS-Mom", "RRG vs SPY"):
        t.add_column(col, justify="left" if col in ("fund", "name", "basis", "RRG vs SPY")
                     else "right")
    for _, x in rows.iterrows():
        t.add_row(str(x["rank"]), x["symbol"], x["name"].replace(" Select Sector SPDR", ""),
                  x["basis"], _pct(x["return_pct"]), _n(x["vs_spy_pp"], "{:+.2f}"),
                  _n(x["vs_iwm_pp"], "{:+.2f}"), _n(x["rs_ratio_spy"]),
                  _n(x["rs_momentum_spy"]), x["quadrant_spy"] or "-")
    con.print(t)
    for key, b in r.benchmarks.items():
        con.print(f"[dim]{key.replace('_', ' ')} return {_pct(b['return_pct'])}[/dim]")
    print_warnings(r.warnings)


# ----------------------------------------------------------------------------- valuation


def valuation_takeaway(r: Any) -> str:
    if r.lowest_since is None:
        ext = f"the lowest in the whole history (from {_d(r.history_start)})"
    elif r.highest_since is None:
        ext = f"the highest in the whole history (from {_d(r.history_start)})"
    elif r.lowest_since <= r.highest_since:  # the longer stretch says more
        ext = f"the lowest since {_d(r.lowest_since)}"
    else:
        ext = f"the highest since {_d(r.highest_since)}"
    z = "-" if r.zscore is None else f"{r.zscore:+.2f}"
    return (f"{r.name} {r.value:g} on {_d(r.asof)}: percentile {r.percentile:.1f}, "
            f"z-score {z}; {ext}.")


def _render_valuation(r: Any) -> None:
    con = console()
    con.print(f"[bold]{valuation_takeaway(r)}[/bold]")
    t = _kv_table()
    t.add_row("observations", f"{r.count:,}", f"{_d(r.history_start)}..{_d(r.asof)}")
    t.add_row("mean / median", f"{r.mean:.4g} / {r.median:.4g}",
              "" if r.std is None else f"sd {r.std:.4g}")
    t.add_row("min", f"{r.min_value:.4g}", _d(r.min_date))
    t.add_row("max", f"{r.max_value:.4g}", _d(r.max_date))
    t.add_row("lowest since", _d(r.lowest_since),
              "" if r.lowest_since_value is None else f"{r.lowest_since_value:.4g}")
    t.add_row("highest since", _d(r.highest_since),
              "" if r.highest_since_value is None else f"{r.highest_since_value:.4g}")
    con.print(t)
    print_warnings(r.warnings)


def _render_corrections(rows: list[Any], symbol: str, depth: float) -> None:
    from rich import box
    from rich.table import Table

    con = console()
    if not rows:
        con.print(f"{symbol} never closed {depth:g}% or more below a record close in the data")
        return
    last = rows[-1]
    con.print(f"[bold]{symbol}: {len(rows)} falls of {depth:g}% or more from a record close; the latest "
              f"{'still runs' if last.recovered is None else 'ended ' + _d(last.recovered)}[/bold]")
    t = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("record close", f"{depth:g}% below", "trough", "depth", "regained"):
        t.add_column(col, justify="right" if col == "depth" else "left")
    for e in rows:
        t.add_row(_d(e.peak), _d(e.entered), _d(e.trough), f"{e.trough_pct:.1f}%",
                  _d(e.recovered) if e.recovered is not None else "not yet")
    con.print(t)


def _zone(text: str) -> tuple[float, float]:
    from capscope.errors import BadInput

    lo, sep, hi = text.partition(":")
    try:
        if not sep:
            raise ValueError
        return float(lo), float(hi)
    except ValueError:
        raise BadInput(f"zone {text!r} is not LOW:HIGH", "write it like 240:245") from None


def register(app: typer.Typer) -> None:
    """Add this room's commands to the root app."""

    @app.command("returns", cls=OneLineUsage)
    @handle_errors
    def returns_cmd(
        symbol: SymbolArg,
        vs: Annotated[str | None, typer.Option("--vs", help="Compare with this symbol.")] = None,
        window: Annotated[str, typer.Option(
            "--window", "-w", help="1D, 1W, 1M, 3M, 6M, MTD, QTD, YTD, 1Y, 3Y, 5Y, 2024, "
            "2024-07 or START:END.")] = "1M",
        total: Annotated[bool, typer.Option(
            "--total", help="Total return (dividend-adjusted close; ETFs only).")] = False,
        on: OnOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Price or total return over a calendar window; with --vs, the comparison (pp, ratio)
        and the relative-strength line's highest/lowest since."""
        from capscope.stats.returns import compare_returns, period_return, relative_strength

        if vs is None:
            r = period_return(symbol, window, on=on, total=total)
            if as_json:
                print_json({**r.to_dict(), "takeaway": returns_takeaway(r)})
            else:
                _render_returns(r, None, None)
            stale_note(r)
            return
        cmp = compare_returns(symbol, vs, window, on=on, total=total)
        rs = relative_strength(symbol, vs, start=cmp.a.start, end=cmp.a.end, total=total)
        if as_json:
            rsd = rs.to_dict()
            rsd.pop("line", None)
            print_json({"takeaway": compare_takeaway(cmp), "comparison": cmp.to_dict(),
                        "relative_strength": rsd})
        else:
            _render_returns(None, cmp, rs)
        stale_note(cmp.a)

    @app.command("months", cls=OneLineUsage)
    @handle_errors
    def months_cmd(
        symbol: SymbolArg,
        weekly: Annotated[bool, typer.Option("--weekly", help="Weeks (to Friday) instead of "
                                             "months.")] = False,
        min_length: Annotated[int | None, typer.Option(
            "--min-length", "-k", help="List every streak at least this long (default: the "
            "notable ones).")] = None,
        every: Annotated[bool, typer.Option(
            "--all", help="List every streak, not only the notable ones.")] = False,
        on: OnOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Consecutive monthly (weekly) gains or losses: the current streak, the first streak
        this long since, and the notable streaks (--all or --min-length K lists every one)."""
        from capscope.stats.calendar_streaks import calendar_streaks

        r = calendar_streaks(symbol, "weekly" if weekly else "monthly", on=on,
                             min_length=min_length)
        every = every or min_length is not None
        if as_json:
            shown, caption = notable_streaks(r, every)
            print_json({**r.to_dict(), "streaks": shown, "streaks_listed": caption,
                        "takeaway": months_takeaway(r)})
        else:
            _render_months(r, every)
        stale_note(r)

    @app.command("levels", cls=OneLineUsage)
    @handle_errors
    def levels_cmd(
        symbol: SymbolArg,
        lookback: Annotated[str, typer.Option(help="History to scan: 1Y, 3Y, 5Y, START:END...")]
        = "3Y",
        zone: Annotated[str | None, typer.Option(
            help="Check a zone LOW:HIGH, e.g. 240:245: how often it capped or held.")] = None,
        breakout_level: Annotated[float | None, typer.Option(
            "--breakout", help="Has the close broken out above this level, and decisively?")]
        = None,
        breakdown_level: Annotated[float | None, typer.Option(
            "--breakdown", help="Has the close fallen below this level, since when, and when was it "
                                "last below before? (over --lookback)")] = None,
        window: Annotated[int, typer.Option(help="Swing-point window in sessions.")] = 5,
        band: Annotated[float, typer.Option(help="Zone width for clustering, percent.")] = 1.5,
        show: Annotated[int, typer.Option(help="Zones to list on each side.")] = 5,
        on: OnOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Support and resistance zones from swing highs/lows, with touches and breakouts."""
        from capscope.errors import BadInput
        from capscope.stats.levels import breakdown, breakout, levels, zone_check

        if show < 1:  # refused like streaks --show, not silently clamped
            raise BadInput(f"--show must be 1 or more, got {show}", "e.g. --show 5")
        r = levels(symbol, lookback, on=on, pivot_window=window, band_pct=band)
        zc = None
        if zone is not None:
            lo, hi = _zone(zone)
            zc = zone_check(symbol, lo, hi, lookback, on=on)
        bo = breakout(symbol, breakout_level, on=on) if breakout_level is not None else None
        bd = breakdown(symbol, breakdown_level, on=on, lookback=lookback) \
            if breakdown_level is not None else None
        if as_json:
            print_json({"takeaway": levels_takeaway(r), "levels": r.to_dict(),
                        "zone_check": zc.to_dict() if zc else None,
                        "breakout": bo.to_dict() if bo else None,
                        "breakdown": bd.to_dict() if bd else None})
        else:
            _render_levels(r, zc, bo, show)
            if bd is not None:
                console().print(
                    f"breakdown below {bd.level:,.2f}: " + (
                        f"below since {bd.breakdown_date.date() if bd.breakdown_date is not None else 'the lookback start'}"
                        f" ({bd.sessions_below} sessions); last below before that: "
                        f"{bd.previously_below_on.date() if bd.previously_below_on is not None else 'never in the lookback'}"
                        if bd.below else f"not below (close {bd.last_close:,.2f})"))
        stale_note(r)

    @app.command("ma", cls=OneLineUsage)
    @handle_errors
    def ma_cmd(
        symbol: SymbolArg,
        window: Annotated[int, typer.Option("--window", "-w", help="Periods in the average.")]
        = 200,
        unit: Annotated[str, typer.Option(help="day, week or month: the closes averaged.")]
        = "day",
        field: Annotated[str, typer.Option(
            help="close (price) or adj_close (total return, ETFs).")] = "close",
        on: OnOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """The close against its simple moving average: distance, side, since when, crosses."""
        from capscope.stats.levels import moving_average

        r = moving_average(symbol, window, on=on, unit=unit, field=field)
        emit(r, as_json, _render_ma)

    @app.command("corrections", cls=OneLineUsage)
    @handle_errors
    def corrections_cmd(
        symbol: SymbolArg,
        depth: Annotated[float, typer.Option(
            "--depth", help="How far below a record close, in % (10: corrections, 20: bear markets).")] = 10.0,
        on: OnOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Every correction (--depth 20: bear market): a fall of --depth % or more from a record
        close, when it crossed the line, its trough, and when the record was regained."""
        from capscope.data.store import get_store
        from capscope.data.symbols import Kind
        from capscope.errors import BadInput
        from capscope.stats.extremes import drawdown_episodes

        if not 0 < depth < 100:
            raise BadInput(f"--depth must be between 0 and 100, got {depth:g}", "e.g. --depth 20")
        store = get_store()
        info = store.resolve(symbol)
        if info.kind not in (Kind.INDEX, Kind.ETF):
            raise BadInput(f"{info.symbol} is a {info.kind.value}, not a price series",
                           "corrections are for indices and ETFs, e.g. RUT or IWM")
        sym = info.symbol
        frame = store.bars(sym)
        if on is None and frame.empty:
            raise BadInput(f"{sym} has no rows in the store", "run 'capscope data update' or pick another symbol")
        rows = drawdown_episodes(sym, depth, on if on is not None else frame.index[-1])
        if as_json:
            print_json({"symbol": sym, "depth_pct": depth, "episodes": [e.to_dict() for e in rows]})
        else:
            _render_corrections(rows, sym, depth)

    @app.command("sectors", cls=OneLineUsage)
    @handle_errors
    def sectors_cmd(
        window: Annotated[str, typer.Option("--window", "-w", help="1M, 3M, YTD, 2025-12, "
                                            "START:END...")] = "1M",
        on: OnOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """The 11 SPDR sector funds ranked over a window, vs SPY and IWM, with RRG quadrants."""
        from capscope.stats.sectors import sector_table

        r = sector_table(window, on=on)
        if as_json:
            print_json({**r.to_dict(), "takeaway": sectors_takeaway(r)})
        else:
            _render_sectors(r)
        stale_note(r)

    @app.command("valuation", cls=OneLineUsage)
    @handle_errors
    def valuation_cmd(
        file: Annotated[str, typer.Argument(help="CSV with a date column and a value column.")],
        column: Annotated[str | None, typer.Option(help="The value column, if several.")] = None,
        on: OnOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Where a valuation series (e.g. relative forward P/E) stands: percentile, z-score,
        lowest/highest since."""
        from capscope.stats.valuation import valuation_percentile

        r = valuation_percentile(file, on=on, column=column)
        if as_json:
            print_json({**r.to_dict(), "takeaway": valuation_takeaway(r)})
        else:
            _render_valuation(r)
