"""The report's sections: each calls the statistics that own its numbers and words a takeaway.

A builder fills a :class:`~capscope.report.build.Section` in place. It formats, it never
recomputes: every number comes from a result object of ``capscope.stats`` or ``capscope.fed``
called with ``on=ctx.asof``. Imports stay inside the builders so a statistic that is not in this
build only blanks its own section (the report shows which).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pandas as pd

from capscope.report.build import RETURN_WINDOWS

if TYPE_CHECKING:
    from capscope.report.build import Context, Section


# ----------------------------------------------------------------------------- formatting


def pct(x: float | None, digits: int = 2, sign: bool = True) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    return f"{x:+.{digits}f}%" if sign else f"{x:.{digits}f}%"


def num(x: float | None, digits: int = 2) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    return f"{x:,.{digits}f}"


def day(x: Any) -> str:
    if x is None or x is pd.NaT:
        return "n/a"
    return str(pd.Timestamp(x).date())


def _optional(sec: Section, what: str, fn: Any) -> Any:
    """Run one optional part of a section; a missing statistic becomes a visible note."""
    from capscope.errors import CapscopeError

    try:
        return fn()
    except ImportError as exc:
        sec.warnings.append(f"{what}: not in this build yet ({exc})")
    except CapscopeError as exc:
        sec.warnings.append(f"{what}: {exc.one_line()}")
    return None


# ----------------------------------------------------------------------------- headline


def headline(ctx: Context, sec: Section) -> None:
    """Both sides' close, returns over the standard windows, records, streaks, relative strength."""
    from capscope.data.series import series
    from capscope.data.symbols import resolve
    from capscope.stats._kernels import drawdown_from_peak
    from capscope.stats.returns import period_return, relative_strength

    a, b, on = ctx.a, ctx.b, ctx.asof
    returns: dict[str, dict[str, dict[str, float | None]]] = {}
    columns: dict[str, list[str]] = {}
    for sym in (a, b):
        info = resolve(sym)
        returns[sym] = {"price": {}, "total": {}}
        for w in RETURN_WINDOWS:
            r = period_return(sym, w, on=on)
            returns[sym]["price"][w] = r.return_pct
            columns.setdefault(f"{sym} price", []).append(pct(r.return_pct))
            if info.has_total_return:
                t = _optional(sec, f"{sym} {w} total return",
                              lambda s=sym, w=w: period_return(s, w, on=on, total=True))
                returns[sym]["total"][w] = None if t is None else t.return_pct
                columns.setdefault(f"{sym} total", []).append(
                    pct(None if t is None else t.return_pct))
        if not info.has_total_return:
            sec.warnings.append(f"{sym} is a price index: no total return (IWM:SPY has both)")
    sec.table = pd.DataFrame(columns, index=pd.Index(list(RETURN_WINDOWS), name="return"))
    sec.numbers["returns"] = returns

    for sym in (a, b):
        m = _move(sym, on)
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

    r1m_a, r1m_b = returns[a]["price"]["1M"], returns[b]["price"]["1M"]
    ytd_a, ytd_b = returns[a]["price"]["YTD"], returns[b]["price"]["YTD"]
    lead = a if (r1m_a or 0) > (r1m_b or 0) else b
    sec.takeaway = (
        f"Over the past month {a} {pct(r1m_a)} vs {b} {pct(r1m_b)}: {lead} led by "
        f"{abs((r1m_a or 0) - (r1m_b or 0)):.2f} points; year to date {a} {pct(ytd_a)} vs "
        f"{b} {pct(ytd_b)}. The {a}/{b} ratio is "
        + (f"at its highest since {day(rs.highest_since)}." if _recent(rs.highest_since, on)
           else f"at its lowest since {day(rs.lowest_since)}." if _recent(rs.lowest_since, on)
           else f"{num(rs.latest, 4)} (highest since {day(rs.highest_since)}, lowest since "
                f"{day(rs.lowest_since)}).")
    )


def _recent(since: Any, on: pd.Timestamp) -> bool:
    """A "highest since" worth a headline: the line last stood there more than a year ago."""
    return since is not None and (on - pd.Timestamp(since)).days > 365


def _move(sym: str, on: pd.Timestamp) -> Any:
    from capscope.stats.moves import move

    return move(sym, on=on)


# ----------------------------------------------------------------------------- streaks


def streak_context(ctx: Context, sec: Section) -> None:
    raise ImportError("capscope.stats.streaks.streak_study")


def monthly_streaks(ctx: Context, sec: Section) -> None:
    raise ImportError("capscope.stats.calendar_streaks")


# ----------------------------------------------------------------------------- Fed


def fed(ctx: Context, sec: Section) -> None:
    """Target range in force, the last decision, and (when available) cycle status and study."""
    from capscope.fed.policy import decisions, target_range

    on = ctx.asof
    lower, upper = target_range(on)
    moves = decisions(on)
    last = moves.iloc[-1] if not moves.empty else None
    rng = f"{lower:.2f}-{upper:.2f}%" if lower != upper else f"{upper:.2f}%"
    sec.rows.append(("target range", rng))
    sec.numbers["target"] = {"lower": lower, "upper": upper}
    if last is not None:
        sec.rows.append(("last change", f"{day(last['announced'])}: {last['change_bp']:+g} bp "
                                        f"to {last['target']}%"))
        sec.numbers["last_decision"] = {"announced": last["announced"],
                                        "change_bp": float(last["change_bp"]),
                                        "target": last["target"]}
    sec.takeaway = f"The fed funds target on {day(on)} was {rng}" + (
        f"; the last change was a {abs(last['change_bp']):g} bp {last['action']} on "
        f"{day(last['announced'])}." if last is not None else ".")


# ----------------------------------------------------------------------------- expectations


def expectations(ctx: Context, sec: Section) -> None:
    raise ImportError("capscope.fed.fedwatch.fedwatch")


# ----------------------------------------------------------------------------- levels, sectors


def levels(ctx: Context, sec: Section) -> None:
    raise ImportError("capscope.stats.levels")


def sectors(ctx: Context, sec: Section) -> None:
    raise ImportError("capscope.stats.sectors")


# ----------------------------------------------------------------------------- provenance


def provenance(ctx: Context, sec: Section) -> None:
    """Where each series used comes from and how far it runs (as stored, not as used)."""
    from capscope.data.store import get_store

    used = {ctx.a, ctx.b, "DFEDTARU", "DFEDTARL", "DFEDTAR"}
    rows = []
    for m in get_store().meta():
        if m.symbol in used:
            rows.append({"symbol": m.symbol, "name": m.name, "source": m.source,
                         "first": day(m.first_date), "last": day(m.last_date), "rows": m.rows})
    sec.table = pd.DataFrame(rows).set_index("symbol") if rows else None
    sec.rows.append(("as-of session", day(ctx.asof)))
    sec.rows.append(("rule", "every number uses data up to the as-of session only"))
    sec.numbers["asof"] = ctx.asof
    sec.numbers["series"] = rows
    sec.takeaway = (f"Numbers as of the close of {day(ctx.asof)}; later rows in the store are "
                    "not read. Price returns use closes; total returns the dividend-adjusted close "
                    "(ETFs only).")
