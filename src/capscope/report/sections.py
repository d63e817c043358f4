"""The report's market sections: each calls the statistics that own its numbers.

A builder fills a :class:`~capscope.report.build.Section` in place. It formats, it never
recomputes: every number comes from a result object of ``capscope.stats`` called with
``on=ctx.asof``. Imports stay inside the builders so a statistic that is not in this build only
blanks its own section (the report shows which). The Fed sections live in ``fed_sections.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from capscope.report._format import day, num, optional, pct
from capscope.report.build import RETURN_WINDOWS

if TYPE_CHECKING:
    from capscope.report.build import Context, Section


# ----------------------------------------------------------------------------- headline


def headline(ctx: Context, sec: Section) -> None:
    """Both sides' close, returns over the standard windows, records, streaks, relative strength."""
    from capscope.data.series import series
    from capscope.data.symbols import resolve
    from capscope.errors import DataUnavailable
    from capscope.stats._kernels import drawdown_from_peak
    from capscope.stats.returns import period_return, relative_strength

    a, b, on = ctx.a, ctx.b, ctx.asof
    returns: dict[str, dict[str, dict[str, float | None]]] = {}
    columns: dict[str, list[str]] = {}
    for sym in (a, b):
        info = resolve(sym)
        returns[sym] = {"price": {}, "total": {}}
        bases = ("price", "total") if info.has_total_return else ("price",)
        for basis in bases:
            missing: list[str] = []
            reason = ""
            for w in RETURN_WINDOWS:
                try:
                    value = period_return(sym, w, on=on, total=basis == "total").return_pct
                except DataUnavailable as exc:  # a window reaching before the data, or a gap
                    value, reason = None, reason or exc.one_line()
                    missing.append(w)
                returns[sym][basis][w] = value
                columns.setdefault(f"{sym} {basis}", []).append(pct(value))
            if missing:
                sec.warnings.append(f"{sym} {basis} return over {', '.join(missing)} not "
                                    f"available: {reason}")
        if not info.has_total_return:
            sec.warnings.append(f"{sym} is a price index: no total return (IWM:SPY has both)")
    sec.table = pd.DataFrame(columns, index=pd.Index(list(RETURN_WINDOWS), name="return"))
    sec.numbers["returns"] = returns

    moves = {}
    for sym in (a, b):
        m = moves[sym] = _move(sym, on)
        sec.warnings.extend(w for w in m.warnings if w not in sec.warnings)
        hi = m.highest_close_since
        sec.rows.append((f"{sym} close {day(m.session)}",
                         f"{num(m.close)} ({pct(m.change_pct)} on the day)"))
        sec.rows.append((f"{sym} highest close since",
                         "a record close" if hi.is_record else f"{day(hi.since_date)} ({hi.ago})"))
        sec.rows.append((f"{sym} from record", "at a record close" if m.record_date == m.session
                         else f"{pct(m.pct_below_record)} (record {num(m.record_close)} on "
                              f"{day(m.record_date)})"))
        sec.rows.append((f"{sym} streak", f"{m.streak_sessions} session(s) {m.streak_direction}"))
        sec.numbers[sym] = {
            "close": m.close, "change_pct": m.change_pct, "highest_close_since": hi.since_date,
            "is_record": hi.is_record, "record_close": m.record_close,
            "record_date": m.record_date, "pct_below_record": m.pct_below_record,
            "streak_direction": m.streak_direction, "streak_sessions": m.streak_sessions,
        }

    rs = relative_strength(a, b, on=on)
    sec.numbers["relative_strength"] = {
        "latest": rs.latest, "highest_since": rs.highest_since, "lowest_since": rs.lowest_since,
        "history_start": rs.history_start}
    sec.rows.append((f"{a}/{b} ratio", num(rs.latest, 4)))
    sec.rows.append(("ratio highest since", day(rs.highest_since) if rs.highest_since is not None
                     else f"record (history from {day(rs.history_start)})"))
    sec.rows.append(("ratio lowest since", day(rs.lowest_since) if rs.lowest_since is not None
                     else f"record low (history from {day(rs.history_start)})"))
    sec.warnings.extend(rs.warnings)
    sec.charts["relative_strength"] = rs.line

    dd = {}
    for sym in (a, b):
        s = series(sym, end=on)
        d = drawdown_from_peak(s.to_numpy())
        dd[sym] = pd.DataFrame({"close": s.to_numpy(), "record": d.peak,
                                "drawdown_pct": 100.0 * d.drawdown}, index=s.index)
    sec.charts["drawdown"] = dd

    sec.takeaway = _headline_takeaway(ctx, returns, moves, rs)


def _headline_takeaway(ctx: Context, returns: dict[str, Any], moves: dict[str, Any],
                       rs: Any) -> str:
    """The day's move and where it stands, the month and year so far, and the ratio."""
    a, b, on = ctx.a, ctx.b, ctx.asof
    m = moves[a]
    hi = m.highest_close_since
    if hi.is_record and (on - pd.Timestamp(m.data_begins)).days < 365:
        where = f"its highest close since its data begin ({day(m.data_begins)})"
    elif hi.is_record:
        where = "a record close"
    elif _recent(hi.since_date, on, days=60):
        where = f"its highest close since {day(hi.since_date)}"
    elif (on - pd.Timestamp(m.record_date)).days <= 60:
        where = (f"{pct(m.pct_below_record)} from the record {num(m.record_close)} set "
                 f"{day(m.record_date)}{_record_before(a, m.record_date)}")
    else:
        where = f"{pct(m.pct_below_record)} from its record ({day(m.record_date)})"
    r1m_a, r1m_b = returns[a]["price"]["1M"], returns[b]["price"]["1M"]
    ytd_a, ytd_b = returns[a]["price"]["YTD"], returns[b]["price"]["YTD"]
    ratio = (f"at its highest since {day(rs.highest_since)}" if _recent(rs.highest_since, on)
             else f"at its lowest since {day(rs.lowest_since)}" if _recent(rs.lowest_since, on)
             else "at a record high" if rs.highest_since is None
             else "at a record low" if rs.lowest_since is None
             else f"{num(rs.latest, 4)}")
    month = ""
    if r1m_a is not None and r1m_b is not None:
        lead = a if r1m_a > r1m_b else b
        month = (f" Past month: {a} {pct(r1m_a)} vs {b} {pct(r1m_b)} ({lead} ahead by "
                 f"{abs(r1m_a - r1m_b):.2f} pp);")
    year = (f" year to date {a} {pct(ytd_a)} vs {b} {pct(ytd_b)}."
            if ytd_a is not None and ytd_b is not None else "")
    if month and not year:
        month = month[:-1] + "."
    return (f"{a} closed at {num(m.close)} ({pct(m.change_pct)}), {where}.{month}{year} "
            f"The {a}/{b} ratio is {ratio}.")


def _record_before(symbol: str, record_date: Any) -> str:
    """", the first record since <date>" when the record broke one that stood over a year."""
    from capscope.data.calendar import session_before
    from capscope.stats.moves import move

    before = move(symbol, on=session_before(record_date))
    if (pd.Timestamp(record_date) - pd.Timestamp(before.record_date)).days > 365:
        return f", its first record close since {day(before.record_date)}"
    return ""


def _recent(since: Any, on: pd.Timestamp, days: int = 365) -> bool:
    """A "highest since" worth a headline: last seen more than ``days`` calendar days ago."""
    return since is not None and (on - pd.Timestamp(since)).days > days


def _move(sym: str, on: pd.Timestamp) -> Any:
    from capscope.stats.moves import move

    return move(sym, on=on)


# ----------------------------------------------------------------------------- streaks


def _forward_rows(study: Any) -> pd.DataFrame:
    """The forward-return summary of a streak study, worded for a table."""
    f = study.forward
    return pd.DataFrame({
        "after the earlier runs": f.index, "episodes": f["n"].astype(int),
        "mean": f["mean_pct"].map(pct),
        "median": f["median_pct"].map(pct),
        "hit rate": f["hit_rate"].map(lambda x: "n/a" if x != x else f"{x:.0%}"),
        "all sessions mean": f["baseline_mean_pct"].map(pct),
    }).set_index("after the earlier runs")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def streak_context(ctx: Context, sec: Section) -> None:
    """How rare the current streaks are, and what followed the earlier ones like them.

    Two streaks: the small-cap side's own run of up (down) sessions, and its run of sessions
    beating (trailing) the large-cap side. Each is looked up with ``streak_study`` at its current
    length: the episodes at least that long, the current one's rank, forward returns after them.
    """
    from capscope.stats.moves import move
    from capscope.stats.streaks import largest_outperformance, streak_study

    a, b, on = ctx.a, ctx.b, ctx.asof
    m = move(a, on=on)
    parts = []
    if m.streak_sessions >= 2 and m.streak_direction in ("up", "down"):
        st = streak_study(a, m.streak_sessions, 0.0, m.streak_direction, on=on)
        sec.rows.append((f"{a} {m.streak_direction} streak", st.latest.wording if st.latest
                         else f"{m.streak_sessions} sessions"))
        sec.numbers["own"] = {"length": m.streak_sessions, "direction": m.streak_direction,
                              "episodes": st.n_episodes, "history_begins": st.history_begins,
                              "rank_by_length": st.latest.rank_by_length if st.latest else None}
        sec.table = _forward_rows(st)
        sec.charts["own_forward"] = st.forward
        parts.append(f"{a} is on a {m.streak_sessions}-session {m.streak_direction} streak; "
                     f"{st.n_episodes} such runs since {day(st.history_begins)}")
    else:
        sec.rows.append((f"{a} streak", f"{m.streak_sessions} session {m.streak_direction}: "
                         "no streak to study"))
    # the relative streak: length of the current run of beating (or trailing) the other side
    for direction in ("up", "down"):
        probe = streak_study(a, 1, 0.0, direction, relative_to=b, on=on)
        if probe.latest is not None and probe.latest.ongoing:
            n = probe.latest.length
            verb = "beating" if direction == "up" else "trailing"
            if n >= 2:
                rel = streak_study(a, n, 0.0, direction, relative_to=b, on=on)
                sec.rows.append((f"{a} {verb} {b}", rel.latest.wording if rel.latest else
                                 f"{n} sessions"))
                sec.numbers["relative"] = {"length": n, "direction": direction,
                                           "episodes": rel.n_episodes}
                if sec.table is None:
                    sec.table = _forward_rows(rel)
                parts.append(f"{a} has been {verb} {b} for {n} straight sessions "
                             f"({rel.n_episodes} runs that long since "
                             f"{day(rel.history_begins)})")
            else:
                sec.rows.append((f"{a} vs {b}", f"{verb} {b} on the last session only"))
            break
    lead = optional(sec, f"5-session lead of {a} over {b}",
                    lambda: largest_outperformance(a, b, 5, top=3, on=on))
    if lead is not None:
        since = (f"the best since {day(lead.latest_highest_since)}"
                 if lead.latest_highest_since is not None else "the best on record")
        sec.rows.append((f"{a} vs {b}, last 5 sessions",
                         f"{pct(lead.latest_relative_pct)} relative: "
                         f"{_ordinal(lead.latest_rank)} of {lead.n_windows} 5-session windows "
                         f"since {day(lead.history_begins)}; {since}"))
        sec.numbers["five_session_lead"] = {
            "relative_pct": lead.latest_relative_pct, "rank": lead.latest_rank,
            "windows": lead.n_windows, "best_since": lead.latest_highest_since}
        if lead.latest_rank <= 10:
            parts.insert(0, f"{a}'s {pct(lead.latest_relative_pct)} lead over {b} in five "
                            f"sessions ranks {_ordinal(lead.latest_rank)} of {lead.n_windows} "
                            f"since {day(lead.history_begins)}, {since}")
    if not parts:
        parts.append(f"No multi-session streak for {a} on {day(on)}")
    if sec.table is not None:
        f = sec.charts.get("own_forward")
        if f is not None and "1M" in f.index and f.loc["1M", "n"] > 0:
            parts.append(f"after the earlier ones {a} moved {pct(f.loc['1M', 'mean_pct'])} on "
                         f"average over the next month (all sessions: "
                         f"{pct(f.loc['1M', 'baseline_mean_pct'])})")
        sec.charts.pop("own_forward", None)
    sec.takeaway = "; ".join(parts) + "."


def monthly_streaks(ctx: Context, sec: Section) -> None:
    """Both sides' current monthly streak, and the history of the long ones."""
    from capscope.stats.calendar_streaks import calendar_streaks

    on = ctx.asof
    results = {sym: calendar_streaks(sym, "monthly", on=on) for sym in (ctx.a, ctx.b)}
    for sym, r in results.items():
        cur = r.current
        if cur is None:
            sec.rows.append((f"{sym} monthly", "flat last month"))
            continue
        prog = " (month in progress)" if cur.in_progress else ""
        prev = r.previous_as_long
        since = (f"; first this long since {prev.first_period}..{prev.last_period}"
                 if prev is not None else "; the longest in the data")
        unit = "month" if cur.length == 1 else "months"
        sec.rows.append((f"{sym} monthly streak", f"{cur.length} {unit} {cur.direction}{prog}, "
                         f"{pct(cur.cumulative_pct)} since {day(cur.base_date)}{since}"))
        sec.numbers[sym] = {"length": cur.length, "direction": cur.direction,
                            "in_progress": cur.in_progress, "cumulative_pct": cur.cumulative_pct,
                            "previous_as_long": None if prev is None else prev.last_period}
        sec.warnings.extend(w for w in r.warnings if w not in sec.warnings)
    ra = results[ctx.a]
    k = max(4, ra.current.length if ra.current is not None else 0)
    long_ones = calendar_streaks(ctx.a, "monthly", on=on, min_length=k).streaks
    rows = [{"from": st.first_period, "to": st.last_period, "months": st.length,
             "direction": st.direction, "move": pct(st.cumulative_pct)}
            for st in long_ones[-10:]]
    if rows:
        sec.table = pd.DataFrame(rows).set_index("from")
        sec.rows.append((f"{ctx.a} streaks of {k}+ months", f"{len(long_ones)} since "
                         f"{day(ra.data_begins)} (latest 10 listed)"))
    cur = ra.current
    if cur is None:
        sec.takeaway = f"{ctx.a} has no monthly streak running on {day(on)}."
    else:
        prev = ra.previous_as_long
        if cur.length == 1:
            sec.takeaway = (f"{ctx.a} is {cur.direction} {pct(cur.cumulative_pct)} in "
                            f"{cur.last_period} after a {'down' if cur.direction == 'up' else 'up'}"
                            f" month: no monthly streak yet.")
            return
        sec.takeaway = (f"{ctx.a} is on a {cur.length}-month {cur.direction} streak"
                        + (" (counting the month in progress)" if cur.in_progress else "")
                        + (f", the first this long since {prev.last_period}." if prev is not None
                           else ", the longest in its history."))


# ----------------------------------------------------------------------------- levels, sectors


def levels(ctx: Context, sec: Section) -> None:
    """Support and resistance zones of the small-cap side over three years."""
    from capscope.data.series import series
    from capscope.errors import DataUnavailable
    from capscope.stats.levels import levels as find_levels

    lv = None
    for lookback in ("3Y", "1Y", "6M"):  # a young series (IWM in 2000) gets a shorter one
        try:
            lv = find_levels(ctx.a, lookback, on=ctx.asof)
            break
        except DataUnavailable:
            if lookback == "6M":
                raise
    if lv.start > ctx.asof - pd.DateOffset(years=3):
        sec.warnings.append(f"{ctx.a} has less than 3 years of data before {day(ctx.asof)}: "
                            f"zones from {day(lv.start)}")
    rows = [{"low": z.low, "high": z.high, "kind": z.role, "touches": z.touches,
             "first test": day(z.first_test), "last test": day(z.last_test),
             "broken": f"{z.broken} on {day(z.broken_on)}" if z.broken else "",
             "distance": pct(z.distance_pct), "distance_pct": z.distance_pct,
             "broken_on": z.broken_on, "broken_dir": z.broken or ""}
            for z in lv.zones]
    zones = pd.DataFrame(rows)
    if not zones.empty:
        shown = zones.drop(columns=["distance_pct", "broken_on", "broken_dir"]).assign(
            zone=[f"{num(lo)}-{num(hi)}" for lo, hi in zip(zones["low"], zones["high"],
                                                           strict=True)])
        sec.table = shown.drop(columns=["low", "high"]).set_index("zone")
    ns, nr = lv.nearest_support, lv.nearest_resistance
    sec.rows.append((f"{ctx.a} close", num(lv.last_close)))
    sec.rows.append(("nearest support", "none found" if ns is None else
                     f"{num(ns.low)}-{num(ns.high)} ({pct(ns.distance_pct)})"))
    sec.rows.append(("nearest resistance", "none found" if nr is None else
                     f"{num(nr.low)}-{num(nr.high)} ({pct(nr.distance_pct)})"))
    sec.numbers["zones"] = zones
    sec.warnings.extend(lv.warnings)
    prices = series(ctx.a, start=lv.start, end=ctx.asof)
    sec.charts["levels"] = (prices, zones, ctx.a)
    sec.charts["levels_ma"] = _average_200(ctx)
    recent = [z for z in lv.zones if z.broken and z.broken_on is not None
              and (ctx.asof - z.broken_on).days <= 31]
    brk = ""
    if recent:
        z = max(recent, key=lambda z: z.broken_on)
        brk = (f" It broke {z.broken} the {num(z.low)}-{num(z.high)} zone on "
               f"{day(z.broken_on)}.")
    inside = [z for z in lv.zones if z.role == "at"]
    if inside:
        z = inside[0]
        brk = (f" The close sits inside the {num(z.low)}-{num(z.high)} zone ({z.touches} "
               f"tests, last {day(z.last_test)}).") + brk
    sec.takeaway = (f"{ctx.a} at {num(lv.last_close)}: "
                    + ("no support zone below" if ns is None else
                       f"support {num(ns.low)}-{num(ns.high)} ({pct(ns.distance_pct)} away)")
                    + ", "
                    + ("no resistance zone above" if nr is None else
                       f"resistance {num(nr.low)}-{num(nr.high)} ({pct(nr.distance_pct)} away)")
                    + "." + brk)


def _average_200(ctx: Context) -> pd.Series:
    """The small side's 200-session average of closes (the one ``capscope ma`` uses), on the
    whole history up to the as-of date so the chart's first day has its full window."""
    from capscope.data.series import series
    from capscope.stats.levels import rolling_average

    closes = series(ctx.a, end=ctx.asof)
    return pd.Series(rolling_average(closes.to_numpy(), 200), index=closes.index, name="200d")


def sectors(ctx: Context, sec: Section) -> None:
    """The sector funds over the last month, vs SPY and IWM, with an RRG against SPY."""
    from capscope.stats.sectors import sector_table

    t = sector_table("1M", on=ctx.asof)
    r = t.rows
    show = pd.DataFrame({
        "fund": r["symbol"], "name": r["name"], "basis": r["basis"],
        "1M return": r["return_pct"].map(pct), "vs SPY (pp)": r["vs_spy_pp"].map(
            lambda x: num(x, 2)),
        "vs IWM (pp)": r["vs_iwm_pp"].map(lambda x: num(x, 2)),
        "RRG vs SPY": r["quadrant_spy"],
    }).set_index("fund")
    sec.table = show
    # t.warnings names the funds left out and why; the per-fund reasons in t.unavailable also
    # quote the stored date ranges, which run past the as-of date, so they stay out of the report
    sec.warnings.extend(w for w in t.warnings if w not in sec.warnings)
    sec.numbers["not_computed"] = sorted(t.unavailable)
    sec.numbers["rows"] = r
    sec.numbers["window"] = {"start": t.start, "end": t.end}
    points = r.set_index("symbol")[["rs_ratio_spy", "rs_momentum_spy"]].rename(
        columns={"rs_ratio_spy": "rs_ratio", "rs_momentum_spy": "rs_momentum"})
    tails = optional(sec, "RRG trails", lambda: _rrg_trails(ctx, points))
    sec.charts["rrg"] = (points, "SPY", tails)
    if r.empty:
        sec.takeaway = "No sector fund has data for this window."
        return
    top, bottom = r.iloc[0], r.iloc[-1]
    sec.takeaway = (f"Over {day(t.start)}..{day(t.end)} {top['symbol']} led "
                    f"({pct(top['return_pct'])}) and {bottom['symbol']} lagged "
                    f"({pct(bottom['return_pct'])}); {len(r)} of 11 funds computed.")


def _rrg_trails(ctx: Context, now: pd.DataFrame, steps: int = 4, every: int = 5) -> pd.DataFrame:
    """Each fund's RRG point every ``every`` sessions back (oldest first), ending at ``now``:
    the same ``sector_table`` called at earlier as-of sessions."""
    from capscope.data.calendar import sessions
    from capscope.stats.sectors import sector_table

    days = sessions(ctx.asof - pd.Timedelta(days=7 * (steps * every // 5 + 2)), ctx.asof)
    frames = []
    for k in range(steps, 0, -1):
        if k * every >= len(days):
            continue
        rows = sector_table("1M", on=days[-1 - k * every]).rows
        frames.append(pd.DataFrame({"fund": rows["symbol"], "rs_ratio": rows["rs_ratio_spy"],
                                    "rs_momentum": rows["rs_momentum_spy"], "step": -k}))
    frames.append(pd.DataFrame({"fund": now.index, "rs_ratio": now["rs_ratio"].to_numpy(),
                                "rs_momentum": now["rs_momentum"].to_numpy(), "step": 0}))
    out = pd.concat(frames, ignore_index=True)
    out = out[out["fund"].isin(now.index)]
    return out.sort_values(["fund", "step"], kind="stable").reset_index(drop=True)


# ----------------------------------------------------------------------------- provenance


_TABLE_DATES = {"ZQ": ("futures", "date"), "FOMC_MEETINGS": ("fomc_meetings", "date"),
                "FF_SIZE_MONTHLY": ("ff_size_monthly", "month")}


def _last_used(symbol: str, asof: pd.Timestamp) -> pd.Timestamp | None:
    """The last row on or before the as-of date: what the report can have read."""
    from capscope.data.series import bars, table
    from capscope.errors import DataUnavailable

    if symbol in _TABLE_DATES:
        name, col = _TABLE_DATES[symbol]
        dates = pd.to_datetime(table(name)[col])
        if col == "month":  # a month's return is known at its end
            dates = dates + pd.offsets.MonthEnd(0)
        dates = dates[dates <= asof]
        return dates.max() if len(dates) else None
    try:
        return bars(symbol, end=asof).index[-1]
    except DataUnavailable:
        return None


def provenance(ctx: Context, sec: Section) -> None:
    """Where each series comes from, and the last row of it on or before the as-of date."""
    from capscope.data.store import get_store
    from capscope.data.symbols import SECTOR_FUNDS

    role = {"SPY": "sector benchmark", "IWM": "sector benchmark",
            "DFEDTAR": "Fed target (point era)", "DFEDTARL": "Fed target range",
            "DFEDTARU": "Fed target range", "DFF": "Fed cycles before 1982",
            "FOMC_MEETINGS": "FOMC decision days", "ZQ": "rate expectations",
            "FF_SIZE_MONTHLY": "first cuts since 1954 (size deciles)"}
    role[ctx.a] = "headline, streaks, levels, Fed study" + (
        ", sector benchmark" if ctx.a in ("SPY", "IWM") else "")
    role[ctx.b] = "headline, streaks, Fed study" + (
        ", sector benchmark" if ctx.b in ("SPY", "IWM") else "")
    rows, funds = [], []
    for m in get_store().meta():
        if m.symbol in SECTOR_FUNDS:
            funds.append(m)
        elif m.symbol in role:
            rows.append({"series": m.symbol, "used for": role[m.symbol], "source": m.source,
                         "first": day(m.first_date),
                         "last used": day(_last_used(m.symbol, ctx.asof))})
    if funds:
        used = [d for d in (_last_used(f.symbol, ctx.asof) for f in funds) if d is not None]
        rows.append({"series": f"{len(funds)} sector funds", "used for": "sectors",
                     "source": ", ".join(sorted({f.source for f in funds})),
                     "first": day(min(f.first_date for f in funds)),
                     "last used": day(max(used)) if used else "n/a"})
    sec.table = pd.DataFrame(rows).set_index("series") if rows else None
    sec.rows.append(("as-of session", day(ctx.asof)))
    sec.rows.append(("rule", "every number uses data up to the as-of session only"))
    sec.rows.append(("caveats", "see PROVENANCE.md beside the bundled snapshot"))
    sec.rows.append(("FOMC calendar", "scheduled meeting dates after the as-of date are used "
                     "(they are announced a year ahead)"))
    sec.numbers["asof"] = ctx.asof
    sec.numbers["series"] = rows
    sec.takeaway = (f"Numbers as of the close of {day(ctx.asof)}; later rows in the store are "
                    "not read. Price returns use closes; total returns the dividend-adjusted close "
                    "(ETFs only).")
