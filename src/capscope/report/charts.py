"""Plotly figures of the report: relative strength, drawdown, Fed cycle overlay, levels, RRG.

Each figure is drawn from the chart inputs a section stored (result objects and series the
statistics returned); nothing is computed here beyond choosing what to plot. Plotly is imported
only by this module, so the terminal report never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    import plotly.graph_objects as go

    from capscope.report.build import Report

from capscope.report.risk_charts import days as date_strings

SMALL, LARGE = "#d62728", "#1f77b4"
_LAYOUT = {"template": "plotly_white", "height": 380, "margin": {"l": 60, "r": 20, "t": 50,
                                                                  "b": 40},
           "legend": {"orientation": "h", "y": -0.15}, "hovermode": "x unified"}


def _fig(title: str) -> go.Figure:
    import plotly.graph_objects as go

    fig = go.Figure()
    fig.update_layout(title={"text": title, "x": 0.01}, **_LAYOUT)
    return fig


def relative_strength(line: pd.Series, a: str, b: str, asof: pd.Timestamp,
                      years: int = 5) -> go.Figure:
    """The a/b ratio over the last ``years`` years: rising means small caps are winning."""
    import plotly.graph_objects as go

    from capscope.report.risk_charts import with_range_selector

    fig = _fig(f"Relative strength {a}/{b} (rising = {a} outperforming)")
    fig.add_trace(go.Scatter(x=date_strings(line.index), y=line.to_numpy(), name=f"{a}/{b}",
                             line={"color": SMALL, "width": 1.6}))
    fig.update_yaxes(title_text="ratio of closes")
    return with_range_selector(fig, asof, years)


def drawdown(frames: dict[str, pd.DataFrame], asof: pd.Timestamp, years: int = 5) -> go.Figure:
    """Percent below each side's record close, over the last ``years`` years."""
    import plotly.graph_objects as go

    fig = _fig("Drawdown from record close (%)")
    common = max(f.index[0] for f in frames.values())
    fills = ("rgba(214,39,40,0.22)", None)  # shade the small-cap side only, so both stay visible
    for (sym, frame), color, fill in zip(frames.items(), (SMALL, LARGE), fills, strict=False):
        frame = frame.loc[common:]  # the pair's common history (SPX alone goes back to 1927)
        fig.add_trace(go.Scatter(x=date_strings(frame.index), y=frame["drawdown_pct"].to_numpy(), name=sym,
                                 line={"color": color, "width": 1.3},
                                 fill="tozeroy" if fill else None, fillcolor=fill))
    fig.update_yaxes(title_text="% from record", ticksuffix="%")
    from capscope.report.risk_charts import with_range_selector

    return with_range_selector(fig, asof, years)


def cycle_overlay(paths: pd.DataFrame, a: str, b: str, current: str | None = None) -> go.Figure:
    """One line per easing cycle: a's return minus b's since the first cut, by session.

    ``paths`` has sessions after the event as index and one column per cycle (its first-cut
    date); ``current`` names the column of the cycle in progress, drawn bold.
    """
    import plotly.graph_objects as go

    fig = _fig(f"After the first cut: {a} minus {b} return (percentage points)")
    for col in paths.columns:
        s = paths[col].dropna()
        bold = str(col) == str(current)
        fig.add_trace(go.Scatter(x=s.index, y=s.to_numpy(), name=str(col),
                                 line={"width": 3 if bold else 1.2,
                                       "color": SMALL if bold else None},
                                 opacity=1.0 if bold else 0.7))
    fig.add_hline(y=0, line={"color": "#888", "width": 1})
    fig.update_xaxes(title_text="horizon after the first cut (calendar months)")
    fig.update_yaxes(title_text=f"{a} - {b} (pp)")
    fig.update_layout(hovermode="closest")
    return fig


def levels(prices: pd.Series, zones: pd.DataFrame, symbol: str, nearest: int = 4,
           average: pd.Series | None = None) -> go.Figure:
    """Closes with the ``nearest`` support and resistance zones on each side shaded.

    ``zones`` has ``low``/``high``/``kind``/``touches``/``distance`` (percent from the last
    close); the zones further away stay in the table, not on the chart, so it remains legible.
    """
    import plotly.graph_objects as go

    fig = _fig(f"{symbol}: closes with the nearest support/resistance zones")
    fig.add_trace(go.Scatter(x=date_strings(prices.index), y=prices.to_numpy(), name=f"{symbol} close",
                             line={"color": "#333", "width": 1.3}))
    if average is not None:
        avg = average.reindex(prices.index)
        fig.add_trace(go.Scatter(x=date_strings(avg.index), y=avg.to_numpy(), name="200-day average",
                                 line={"color": "#e6a100", "width": 1.4, "dash": "dot"}))
    fig.update_yaxes(title_text=f"{symbol} close")
    shown = zones
    if not zones.empty and "distance_pct" in zones:
        order = zones.assign(_d=zones["distance_pct"].abs()).sort_values("_d")
        shown = pd.concat([order[order["kind"] == k].head(nearest)
                           for k in ("support", "resistance", "at")])
    shapes, notes = [], []
    for _, z in shown.iterrows():  # one layout list, not add_hrect per zone (much faster)
        kind = str(z.get("kind", ""))
        color = {"resistance": "rgba(214,39,40,0.22)", "support": "rgba(44,160,44,0.22)"}.get(
            kind, "rgba(120,120,120,0.25)")
        shapes.append({"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "yref": "y",
                       "y0": float(z["low"]), "y1": float(z["high"]), "fillcolor": color,
                       "line": {"width": 0}, "layer": "below"})
        notes.append({"xref": "paper", "x": 1.0, "yref": "y",
                      "y": (float(z["low"]) + float(z["high"])) / 2,
                      "text": f"{kind} {z['low']:,.0f}-{z['high']:,.0f} ({int(z['touches'])})",
                      "showarrow": False, "xanchor": "left", "font": {"size": 10,
                                                                         "color": "#555"}})
    if "broken_on" in shown:
        # breakouts inside the chart's window, marked at that session's close
        brk = shown[shown["broken_on"].notna()]
        brk = brk[brk["broken_on"].isin(prices.index)]
        if not brk.empty:
            days = pd.DatetimeIndex(brk["broken_on"])
            fig.add_trace(go.Scatter(
                x=days, y=prices.reindex(days).to_numpy(), mode="markers",
                marker={"symbol": ["triangle-up" if d == "above" else "triangle-down"
                                   for d in brk["broken_dir"]], "size": 11,
                        "color": ["#2ca02c" if d == "above" else "#d62728"
                                  for d in brk["broken_dir"]]},
                name="breakout", text=[f"broke {d} {lo:,.0f}-{hi:,.0f}" for d, lo, hi in
                                       zip(brk["broken_dir"], brk["low"], brk["high"],
                                           strict=True)],
                hovertemplate="%{text}<extra></extra>"))
    fig.update_layout(shapes=shapes, annotations=notes, hovermode="x", showlegend=False,
                      margin={"l": 60, "r": 170, "t": 50, "b": 40})
    from capscope.report.risk_charts import with_range_selector

    return with_range_selector(fig, prices.index[-1] if len(prices) else None, None)


_QUADRANT_COLOR = {"leading": "#2ca02c", "weakening": "#e6a100", "lagging": "#d62728",
                   "improving": "#1f77b4"}


def _quadrant(rs_ratio: float, rs_momentum: float) -> str:
    """The RRG quadrant of a point (both axes centred on 100), for its colour."""
    if rs_ratio >= 100:
        return "leading" if rs_momentum >= 100 else "weakening"
    return "improving" if rs_momentum >= 100 else "lagging"


def _label_sides(points: pd.DataFrame) -> list[str]:
    """Where each fund's label goes: away from its nearest neighbour (above it when the
    neighbour is below, left when it is to the right...), so two funds close together do not
    print their tickers on top of each other."""
    x = points["rs_ratio"].to_numpy(dtype=float)
    y = points["rs_momentum"].to_numpy(dtype=float)
    sx = max(float(x.max() - x.min()), 1e-9)
    sy = max(float(y.max() - y.min()), 1e-9)
    sides = []
    for i in range(len(x)):
        dx, dy = (x - x[i]) / sx, (y - y[i]) / sy
        dist = dx ** 2 + dy ** 2
        dist[i] = float("inf")
        j = int(dist.argmin()) if len(x) > 1 else i
        if j == i or dist[j] > 0.02:  # alone: the usual place
            sides.append("top center")
        elif abs(dy[j]) >= abs(dx[j]):
            sides.append("bottom center" if dy[j] > 0 else "top center")
        else:
            sides.append("middle left" if dx[j] > 0 else "middle right")
    return sides


def rrg(points: pd.DataFrame, benchmark: str, tails: pd.DataFrame | None = None) -> go.Figure:
    """Relative rotation graph: RS-ratio (x) vs RS-momentum (y), both centred on 100.

    ``points`` is indexed by fund with ``rs_ratio`` and ``rs_momentum``; ``tails`` (optional)
    holds recent points per fund, oldest first (columns fund, rs_ratio, rs_momentum), drawn as
    trails ending at the current point.
    """
    import plotly.graph_objects as go

    fig = _fig(f"Sector rotation vs {benchmark} (RRG)")
    if tails is not None and not tails.empty:
        for fund, t in tails.groupby("fund", sort=False):
            color = "#bbb"
            if fund in points.index:
                p = points.loc[fund]
                color = _QUADRANT_COLOR[_quadrant(p["rs_ratio"], p["rs_momentum"])]
            fig.add_trace(go.Scatter(x=t["rs_ratio"], y=t["rs_momentum"], mode="lines+markers",
                                     line={"width": 1.2, "color": color},
                                     marker={"size": 4, "color": color}, opacity=0.45,
                                     showlegend=False, hoverinfo="skip", name=str(fund)))
    colors = [_QUADRANT_COLOR[_quadrant(x, y)] for x, y in
              zip(points["rs_ratio"], points["rs_momentum"], strict=True)]
    fig.add_trace(go.Scatter(x=points["rs_ratio"], y=points["rs_momentum"],
                             mode="markers+text", text=list(points.index),
                             textposition=_label_sides(points), marker={"size": 11,
                                                                        "color": colors},
                             name="funds"))
    fig.add_hline(y=100, line={"color": "#888", "width": 1})
    fig.add_vline(x=100, line={"color": "#888", "width": 1})
    for text, x, y in (("Leading", 1, 1), ("Weakening", 1, 0), ("Lagging", 0, 0),
                       ("Improving", 0, 1)):
        fig.add_annotation(text=text, xref="paper", yref="paper", x=x, y=y, showarrow=False,
                           xanchor="right" if x else "left", yanchor="top" if y else "bottom",
                           font={"color": "#999"})
    # symmetric ranges around 100, so the four quadrants are the same size
    every = points if tails is None or tails.empty else tails
    dx = max(float((every["rs_ratio"] - 100).abs().max()), 1.0) * 1.15
    dy = max(float((every["rs_momentum"] - 100).abs().max()), 1.0) * 1.15
    fig.update_xaxes(title_text="RS-ratio", range=[100 - dx, 100 + dx])
    fig.update_yaxes(title_text="RS-momentum", range=[100 - dy, 100 + dy])
    fig.update_layout(hovermode="closest", showlegend=False)
    return fig


def figures(report: Report) -> dict[str, go.Figure]:
    """Every chart the report's sections have inputs for, keyed by section.chart name."""
    a, b = report.pair
    out: dict[str, Any] = {}
    for sec in report.sections:
        c = sec.charts
        if "relative_strength" in c:
            out["relative_strength"] = relative_strength(c["relative_strength"], a, b, report.asof)
        if "drawdown" in c:
            out["drawdown"] = drawdown(c["drawdown"], report.asof)
        if "cycle_paths" in c:
            out["cycle_overlay"] = cycle_overlay(c["cycle_paths"], a, b, c.get("current_cycle"))
        if "levels" in c:
            prices, zones, symbol = c["levels"]
            out["levels"] = levels(prices, zones, symbol, average=c.get("levels_ma"))
        if sec.key == "risk":
            from capscope.report.risk_charts import risk_figures

            out.update(risk_figures(c, report.asof))
        if "rrg" in c:
            points, bench, tails = c["rrg"]
            out["rrg"] = rrg(points, bench, tails)
    return out


#: Which section each chart belongs to (for placing it on a page).
CHART_SECTION = {"relative_strength": "headline", "drawdown": "headline",
                 "cycle_overlay": "fed", "levels": "levels", "rrg": "sectors",
                 "rebased": "risk", "rolling_relative": "risk", "monthly_relative": "risk",
                 "yearly_relative": "risk", "context": "risk"}

__all__ = ["CHART_SECTION", "cycle_overlay", "drawdown", "figures", "levels",
           "relative_strength", "rrg"]
