"""The report's risk and relative-performance section: the tearsheet a strategist compares with
quantstats or Koyfin, on the report's pair and as-of date.

It formats what ``capscope.stats.risk`` computes (risk table, worst drawdowns, rolling and
calendar relative returns) and stores the chart inputs; nothing is computed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from capscope.report._format import day, pct

if TYPE_CHECKING:
    from capscope.report.build import Context, Section

# the other pair drawn beside the report's own on the rebased chart
_PAIRS = (("RUT", "SPX"), ("IWM", "SPY"))
_RISK_LABELS = {"sessions": "sessions", "cagr_pct": "CAGR %", "volatility_pct": "vol %",
                "sharpe": "Sharpe", "sortino": "Sortino", "max_drawdown_pct": "max DD %",
                "calmar": "Calmar", "beta": "beta", "correlation": "corr"}


def _ordinal(n: float) -> str:
    k = int(round(n))
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def risk(ctx: Context, sec: Section) -> None:
    """Risk table over 1/3/5/10 years and the whole common history, the 10 worst drawdowns of
    the small side, rolling 3/6/12-month relative returns with their percentile, monthly and
    yearly relative returns, and both pairs rebased to 100."""
    from capscope.stats.risk import relative_history, risk_table, worst_drawdowns

    table = risk_table(ctx.a, ctx.b, on=ctx.asof)
    rel = relative_history(ctx.a, ctx.b, on=ctx.asof)
    dds = worst_drawdowns(ctx.a, ctx.b, on=ctx.asof)
    rows = table.rows.copy()
    rows["start"] = [day(d) for d in rows["start"]]
    shown = rows.rename(columns=_RISK_LABELS).set_index(["period", "series"])
    sec.table = shown.round(3)
    dd = dds.table.copy()
    for col in ("start", "trough", "recovery"):
        dd[col] = [day(d) if pd.notna(d) else "not yet" for d in dd[col]]
    dd["depth_pct"] = dd["depth_pct"].round(2)
    sec.tables[f"10 worst drawdowns of {dds.line} ({dds.basis} close; lengths in sessions)"] = (
        dd.drop(columns=["recovered"]))
    yearly = rel.yearly.round(2).rename(f"{ctx.a}/{ctx.b} relative %").to_frame()
    sec.tables[f"Calendar-year relative return of {ctx.a} vs {ctx.b} (%)"] = yearly
    last12 = rel.latest.get("12M")
    one_year = table.rows[(table.rows["period"] == "1Y")].set_index("series")
    for window, info in rel.latest.items():
        sec.rows.append((f"{window} relative return",
                         f"{pct(info['value_pct'])} ({_ordinal(info['percentile'])} percentile; "
                         f"usual range {pct(info['p10_pct'])} to {pct(info['p90_pct'])})"))
    if not one_year.empty:
        a_row, b_row = one_year.loc[ctx.a], one_year.loc[ctx.b]
        sec.rows.append(("1Y volatility", f"{ctx.a} {a_row['volatility_pct']:.1f}%, {ctx.b} "
                                          f"{b_row['volatility_pct']:.1f}%"))
        sec.rows.append((f"1Y beta of {ctx.a} to {ctx.b}", f"{a_row['beta']:.2f} (correlation "
                                                           f"{a_row['correlation']:.2f})"))
    worst = dds.table.iloc[0] if len(dds.table) else None
    if worst is not None:
        sec.rows.append((f"worst {ctx.a} drawdown", f"{pct(worst['depth_pct'])} from "
                                                    f"{day(worst['start'])} to "
                                                    f"{day(worst['trough'])}"))
    sec.takeaway = (
        f"Over the past 12 months {ctx.a} returned {pct(last12['value_pct'])} relative to "
        f"{ctx.b}, the {_ordinal(last12['percentile'])} percentile of every 12-month window "
        f"since {day(rel.rolling['12M'].first_valid_index())}."
        if last12 is not None else f"{ctx.a} and {ctx.b} share less than a year of data.")
    if table.basis == "price":
        sec.warnings.append(f"{ctx.a} and {ctx.b} are price indices: returns exclude dividends "
                            "(IWM:SPY has total return)")
    sec.warnings.extend(w for w in table.warnings if w not in sec.warnings)
    sec.numbers.update({"risk": table.rows, "drawdowns": dds.table, "relative": rel.latest,
                        "yearly": rel.yearly})
    sec.charts["rebased"] = _rebased(ctx)
    sec.charts["context"] = _context(ctx, rel.rebased.index[0])
    sec.charts["rolling_relative"] = (rel.rolling, rel.latest, ctx.a, ctx.b)
    sec.charts["monthly_relative"] = (rel.monthly, rel.yearly, ctx.a, ctx.b)


CONTEXT = ("VIX", "DGS2", "DGS10")  # the fear gauge and the 2- and 10-year Treasury yields


def _context(ctx: Context, start: pd.Timestamp) -> pd.DataFrame:
    """VIX and the 2y/10y yields from the pair's first session to the as-of date, as read from
    the store (a series missing there is left out)."""
    from capscope.data.series import series
    from capscope.errors import CapscopeError

    cols = {}
    for sym in CONTEXT:
        try:
            cols[sym] = series(sym, start=start, end=ctx.asof)
        except CapscopeError:
            continue
    return pd.concat(cols, axis=1, sort=True) if cols else pd.DataFrame()


def _rebased(ctx: Context) -> dict[str, pd.DataFrame]:
    """Both pairs rebased to 100 on their common first session (total return where the ETFs
    have it), as of the report's date; a pair with no data then is left out."""
    from capscope.errors import CapscopeError
    from capscope.stats.risk import relative_history

    out: dict[str, pd.DataFrame] = {}
    for a, b in _PAIRS:
        try:
            out[f"{a}:{b}"] = relative_history(a, b, on=ctx.asof).rebased
        except CapscopeError:
            continue
    return out


__all__ = ["risk"]
