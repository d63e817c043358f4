"""Plotly figures of the risk section: both pairs rebased to 100 (log toggle), rolling relative
return with its usual band, a monthly relative-return heatmap and yearly bars; and the range
selector every time chart of the report carries.

Drawn from the inputs ``report/risk_sections.py`` stored; nothing is computed here beyond
choosing what to plot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    import plotly.graph_objects as go

_COLORS = {"RUT": "#d62728", "SPX": "#1f77b4", "IWM": "#ff7f0e", "SPY": "#17becf"}
_RANGES = [{"count": 1, "label": "1Y", "step": "year", "stepmode": "backward"},
           {"count": 3, "label": "3Y", "step": "year", "stepmode": "backward"},
           {"count": 5, "label": "5Y", "step": "year", "stepmode": "backward"},
           {"count": 10, "label": "10Y", "step": "year", "stepmode": "backward"},
           {"step": "all", "label": "all"}]


def days(index: pd.Index) -> np.ndarray:
    """Dates as "2024-07-16" for a chart's x axis: plotly would write each as a 19-character
    timestamp, the largest part of a 40-year line in the page. A NumPy string array, not a list:
    plotly validates a list element by element (20 times slower)."""
    return np.asarray(pd.DatetimeIndex(index).strftime("%Y-%m-%d"), dtype="U10")


def with_range_selector(fig: go.Figure, asof: pd.Timestamp | None = None,
                        years: int | None = 5) -> go.Figure:
    """Buttons for 1/3/5/10 years and all on a date axis; opens on the last ``years`` years
    (the whole history is in the figure, so "all" shows every session)."""
    fig.update_xaxes(rangeselector={"buttons": _RANGES, "x": 0, "y": 1.0, "yanchor": "bottom",
                                    "font": {"size": 11}}, type="date")
    if asof is not None and years is not None:
        fig.update_xaxes(range=[asof - pd.DateOffset(years=years), asof])
        fig.update_yaxes(autorange=True)
    fig.update_layout(title={"y": 0.97}, margin={"t": 80})
    return fig


def _fig(title: str) -> go.Figure:
    from capscope.report.charts import _fig as base

    return base(title)


def rebased(pairs: dict[str, pd.DataFrame], asof: pd.Timestamp) -> go.Figure:
    """Each pair's two sides rebased to 100 on the pair's first common session, with a
    linear/log switch (a 40-year line is only readable on a log axis)."""
    import plotly.graph_objects as go

    fig = _fig("Growth of 100: small vs large caps (total return where the ETFs have it)")
    for pair, frame in pairs.items():
        for sym in frame.columns:
            fig.add_trace(go.Scatter(x=days(frame.index), y=frame[sym].to_numpy(),
                                     name=f"{sym} ({pair}, from {frame.index[0].date()})",
                                     line={"color": _COLORS.get(sym), "width": 1.4}))
    fig.update_yaxes(title_text="value of 100 invested", type="log")
    fig.update_layout(updatemenus=[{
        "type": "buttons", "direction": "left", "x": 1.0, "xanchor": "right", "y": 1.0,
        "yanchor": "bottom", "showactive": True, "active": 0,
        "buttons": [{"label": "log", "method": "relayout", "args": [{"yaxis.type": "log"}]},
                    {"label": "linear", "method": "relayout",
                     "args": [{"yaxis.type": "linear"}]}]}])
    return with_range_selector(fig, asof, years=None)


def rolling_relative(rolling: pd.DataFrame, latest: dict[str, dict[str, float]], a: str, b: str,
                     asof: pd.Timestamp) -> go.Figure:
    """Rolling 3/6/12-month relative return, with the 12-month line's 10th-90th percentile
    band over its whole history shaded (outside it is unusual)."""
    import plotly.graph_objects as go

    fig = _fig(f"Rolling relative return {a} vs {b} (%; shaded: the 12M line's 10th-90th "
               "percentile)")
    widths = {"3M": 0.9, "6M": 1.1, "12M": 1.8}
    colors = {"3M": "#9ecae1", "6M": "#4292c6", "12M": "#d62728"}
    for col in rolling.columns:
        s = rolling[col].dropna()
        info = latest.get(col, {})
        label = (f"{col} (now {info['value_pct']:+.1f}%, {info['percentile']:.0f}th pct)"
                 if info else col)
        fig.add_trace(go.Scatter(x=days(s.index), y=s.to_numpy(), name=label,
                                 line={"width": widths.get(col, 1.0),
                                       "color": colors.get(col)}))
    band = latest.get("12M")
    if band:
        fig.add_hrect(y0=band["p10_pct"], y1=band["p90_pct"], fillcolor="rgba(214,39,40,0.08)",
                      line_width=0)
    fig.add_hline(y=0, line={"color": "#888", "width": 1})
    fig.update_yaxes(title_text=f"{a} relative to {b} (%)", ticksuffix="%")
    return with_range_selector(fig, asof)


def monthly_heatmap(monthly: pd.DataFrame, a: str, b: str) -> go.Figure:
    """Relative return of every calendar month (rows: years, newest on top: a category axis
    draws its first row at the bottom)."""
    import plotly.graph_objects as go

    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    grid = monthly.reindex(columns=range(1, 13)).sort_index()
    z = grid.to_numpy()
    limit = float(pd.Series(z.ravel()).abs().quantile(0.98)) or 1.0
    fig = _fig(f"Monthly relative return {a} vs {b} (%)")
    fig.add_trace(go.Heatmap(
        z=z, x=names, y=[str(y) for y in grid.index], colorscale="RdBu", zmid=0,
        zmin=-limit, zmax=limit, colorbar={"title": {"text": "%"}},
        hovertemplate="%{y} %{x}: %{z:+.2f}%<extra></extra>"))
    fig.update_layout(height=max(380, 16 * len(grid) + 120), hovermode="closest")
    fig.update_yaxes(type="category", title_text="year")
    return fig


def yearly_bars(yearly: pd.Series, a: str, b: str) -> go.Figure:
    """Calendar-year relative return, red when the small side lagged."""
    import plotly.graph_objects as go

    fig = _fig(f"Calendar-year relative return {a} vs {b} (%; the current year to date)")
    values = yearly.to_numpy()
    fig.add_trace(go.Bar(x=[str(y) for y in yearly.index], y=values, name=f"{a}/{b}",
                         marker={"color": ["#2ca02c" if v >= 0 else "#d62728" for v in values]},
                         hovertemplate="%{x}: %{y:+.2f}%<extra></extra>"))
    fig.update_yaxes(title_text="relative return (%)", ticksuffix="%")
    fig.update_layout(hovermode="closest", showlegend=False)
    return fig


def context(frame: pd.DataFrame, asof: pd.Timestamp) -> go.Figure:
    """VIX (left axis) and the 2- and 10-year Treasury yields (right axis): the backdrop small
    caps trade against (they carry more floating-rate debt and fall harder in a panic)."""
    import plotly.graph_objects as go

    fig = _fig("Context: VIX and the 2- and 10-year Treasury yields")
    styles = {"VIX": ("#7f7f7f", "y"), "DGS2": ("#9467bd", "y2"), "DGS10": ("#2ca02c", "y2")}
    for sym in frame.columns:
        s = frame[sym].dropna()
        color, axis = styles.get(sym, ("#333", "y2"))
        fig.add_trace(go.Scatter(x=days(s.index), y=s.to_numpy(), name=sym, yaxis=axis,
                                 line={"color": color, "width": 1.1}))
    fig.update_layout(yaxis={"title": {"text": "VIX"}},
                      yaxis2={"title": {"text": "yield (%)"}, "overlaying": "y", "side": "right",
                              "ticksuffix": "%"})
    return with_range_selector(fig, asof)


def risk_figures(charts: dict[str, Any], asof: pd.Timestamp) -> dict[str, go.Figure]:
    """The risk section's figures from its chart inputs."""
    out: dict[str, Any] = {}
    if charts.get("rebased"):
        out["rebased"] = rebased(charts["rebased"], asof)
    if "rolling_relative" in charts:
        rolling, latest, a, b = charts["rolling_relative"]
        out["rolling_relative"] = rolling_relative(rolling, latest, a, b, asof)
    if "monthly_relative" in charts:
        monthly, yearly, a, b = charts["monthly_relative"]
        out["monthly_relative"] = monthly_heatmap(monthly, a, b)
        out["yearly_relative"] = yearly_bars(yearly, a, b)
    frame = charts.get("context")
    if frame is not None and not frame.empty:
        out["context"] = context(frame, asof)
    return out


__all__ = ["context", "monthly_heatmap", "rebased", "risk_figures", "rolling_relative",
           "with_range_selector", "yearly_bars"]
