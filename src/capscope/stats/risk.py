"""Risk and relative performance of a small-cap vs large-cap pair: the tearsheet numbers.

Definitions follow quantstats' ``stats`` functions (the well-known tearsheet, and the reference
``tests/stats/test_risk.py`` compares with to 1e-9), written here because quantstats pulls in
matplotlib, scipy, seaborn and scikit-learn at import (seconds the report cannot spend). On
daily simple returns ``r`` of the sessions both sides trade, risk-free rate 0, 252 sessions a
year:

* **CAGR** = (prod(1 + r)) ** (252 / n) - 1, n = number of returns (quantstats' trading-period
  years, not calendar years).
* **volatility** = std(r, ddof=1) * sqrt(252); **Sharpe** = mean(r) / std(r, ddof=1) * sqrt(252).
* **Sortino** = mean(r) / sqrt(sum(r[r < 0] ** 2) / n) * sqrt(252).
* **max drawdown** = min(equity / running max) - 1, equity = cumprod(1 + r) starting from 1
  (so a loss on the first day counts); **Calmar** = CAGR / |max drawdown|.
* **beta** = cov(r, r_large) / var(r_large) (ddof 1); **correlation** = Pearson's.
* The **spread** (a/b) is the ratio line's daily change, (1 + r_a) / (1 + r_b) - 1: how the
  small side grew relative to the large side, so its CAGR is the ratio line's growth rate.

Percent fields are in percent. The basis is total return (adj_close) when both sides have it
(IWM:SPY) and price otherwise (RUT:SPX, price indices); each result says which.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from capscope._result import Result
from capscope.data.calendar import DateLike, resolve_session
from capscope.errors import BadInput, DataUnavailable

TRADING_DAYS = 252
PERIODS: dict[str, int | None] = {"1Y": 1, "3Y": 3, "5Y": 5, "10Y": 10, "all": None}
ROLLING_MONTHS = (3, 6, 12)
MEASURES = ("cagr_pct", "volatility_pct", "sharpe", "sortino", "max_drawdown_pct", "calmar",
            "beta", "correlation")


def pair_closes(a: str, b: str, on: DateLike | None = None, total: bool | None = None
                ) -> tuple[pd.DataFrame, str, list[str]]:
    """Closes of ``a`` and ``b`` on the sessions both have, up to ``on``; the basis used
    ("total" when both have adj_close and ``total`` is not False) and notes."""
    from capscope.data.series import bars
    from capscope.data.store import get_store

    infos = [get_store().resolve(s) for s in (a, b)]
    if infos[0].symbol == infos[1].symbol:
        raise BadInput(f"{b} is the same series as {a}", "compare two different symbols")
    frames = [bars(i.symbol) for i in infos]
    has_total = all(f["adj_close"].notna().any() for f in frames)
    if total and not has_total:
        raise BadInput(f"{a} or {b} has no total-return series",
                       "use the ETFs (IWM:SPY) for total return")
    use_total = has_total if total is None else total
    col = "adj_close" if use_total else "close"
    joined = pd.concat([f[col].rename(i.symbol) for f, i in zip(frames, infos, strict=True)],
                       axis=1, join="inner").dropna()
    notes: list[str] = []
    if on is not None:
        day, note = resolve_session(on)
        if note:
            notes.append(note)
        joined = joined.loc[:day]
    if len(joined) < 3:
        raise DataUnavailable(f"{infos[0].symbol} and {infos[1].symbol} share fewer than three "
                              "sessions up to that date", "choose a later date")
    return joined, "total" if use_total else "price", notes


def measures(r: pd.Series, bench: pd.Series) -> dict[str, float]:
    """The risk measures of daily returns ``r`` against the large side's ``bench`` (module doc)."""
    x = r.to_numpy(dtype=np.float64)
    y = bench.to_numpy(dtype=np.float64)
    n = len(x)
    growth = float(np.prod(1.0 + x))
    cagr = growth ** (TRADING_DAYS / n) - 1.0 if growth > 0 else float("nan")
    std = float(np.std(x, ddof=1))
    mean = float(np.mean(x))
    down = float(np.sqrt(np.sum(x[x < 0] ** 2) / n))
    equity = np.cumprod(1.0 + x)
    running = np.maximum.accumulate(np.concatenate(([1.0], equity)))[1:]
    mdd = float(min(np.min(equity / running) - 1.0, 0.0))
    var_y = float(np.var(y, ddof=1))
    cov = float(np.cov(x, y)[0, 1])
    return {
        "cagr_pct": cagr * 100.0,
        "volatility_pct": std * np.sqrt(TRADING_DAYS) * 100.0,
        "sharpe": mean / std * np.sqrt(TRADING_DAYS) if std > 0 else float("nan"),
        "sortino": mean / down * np.sqrt(TRADING_DAYS) if down > 0 else float("nan"),
        "max_drawdown_pct": mdd * 100.0,
        "calmar": cagr / abs(mdd) if mdd < 0 else float("nan"),
        "beta": cov / var_y if var_y > 0 else float("nan"),
        "correlation": float(np.corrcoef(x, y)[0, 1]) if std > 0 and var_y > 0 else float("nan"),
    }


@dataclass(kw_only=True)
class RiskTable(Result):
    """Risk measures of each side and the spread over trailing periods (module docstring)."""

    a: str
    b: str
    asof: pd.Timestamp
    basis: str
    rows: pd.DataFrame = field(repr=False)  # period, series, start, sessions, measures...
    frame_index = None  # (period, series) pairs; ClassVar in the base

    def _table(self) -> pd.DataFrame:
        return self.rows.set_index(["period", "series"])


def risk_table(a: str = "RUT", b: str = "SPX", on: DateLike | None = None, *,
               periods: tuple[str, ...] = tuple(PERIODS), total: bool | None = None
               ) -> RiskTable:
    """CAGR, volatility, Sharpe, Sortino, max drawdown, Calmar, beta and correlation to ``b``
    of ``a``, ``b`` and the spread a/b over each trailing period ending at ``on``."""
    closes, basis, notes = pair_closes(a, b, on, total)
    sa, sb = closes.columns
    rets = closes.pct_change().iloc[1:]
    end = closes.index[-1]
    rows = []
    for p in periods:
        if p not in PERIODS:
            raise BadInput(f"unknown period {p!r}", f"periods: {', '.join(PERIODS)}")
        years = PERIODS[p]
        start = closes.index[0] if years is None else end - pd.DateOffset(years=years)
        if years is not None and start < closes.index[0]:
            notes.append(f"{p}: the pair's common history begins {closes.index[0].date()}")
            continue
        window = rets.loc[rets.index > start]
        if len(window) < 2:
            continue
        spread = (1 + window[sa]) / (1 + window[sb]) - 1
        for name, r in ((sa, window[sa]), (sb, window[sb]), (f"{sa}/{sb}", spread)):
            rows.append({"period": p, "series": name, "start": window.index[0] - pd.Timedelta(0),
                         "sessions": len(r), **measures(r, window[sb])})
    frame = pd.DataFrame(rows)
    return RiskTable(a=sa, b=sb, asof=end, basis=basis, rows=frame,
                     evidence={"first_common_session": closes.index[0], "asof": end},
                     provenance={"basis": basis, "field": "adj_close" if basis == "total"
                                 else "close", "definitions": "quantstats stats, rf=0, 252/yr"},
                     warnings=notes)


def drawdown_table(values: pd.Series, top: int = 10) -> pd.DataFrame:
    """The ``top`` deepest drawdowns of a price line: peak (start), trough, recovery (the first
    close back at the peak; NaT while still under water), depth in percent and lengths in
    sessions (peak to trough, peak to recovery or to the last row)."""
    from capscope.stats.extremes import drawdown_spans

    v = values.dropna()
    x = v.to_numpy(dtype=np.float64)
    n = len(x)
    rows = []
    for peak, trough, end in drawdown_spans(x):  # (the peak: the last row at the record, ties too)
        recovered = end < n
        rows.append({"start": v.index[peak], "trough": v.index[trough],
                     "recovery": v.index[end] if recovered else pd.NaT,
                     "depth_pct": (x[trough] / x[peak] - 1.0) * 100.0,
                     "to_trough": trough - peak,
                     "length": (end if recovered else n - 1) - peak,
                     "recovered": recovered})
    frame = pd.DataFrame(rows, columns=["start", "trough", "recovery", "depth_pct", "to_trough",
                                        "length", "recovered"])
    frame = frame.sort_values("depth_pct", kind="stable").head(top).reset_index(drop=True)
    frame.index = pd.RangeIndex(1, len(frame) + 1, name="rank")
    return frame


@dataclass(kw_only=True)
class Drawdowns(Result):
    """The deepest drawdowns of one line (a side, or the ratio line a/b)."""

    line: str
    asof: pd.Timestamp
    basis: str
    table: pd.DataFrame = field(repr=False)
    frame_index = None

    def _table(self) -> pd.DataFrame:
        return self.table.copy()


def worst_drawdowns(a: str = "RUT", b: str | None = "SPX", on: DateLike | None = None, *,
                    top: int = 10, line: str = "a", total: bool | None = None) -> Drawdowns:
    """The ``top`` deepest drawdowns of ``a`` (``line="a"``), ``b`` or the ratio line a/b."""
    closes, basis, notes = pair_closes(a, b or "SPX", on, total)
    sa, sb = closes.columns
    series = {"a": closes[sa], "b": closes[sb], "ratio": closes[sa] / closes[sb]}[line]
    name = {"a": sa, "b": sb, "ratio": f"{sa}/{sb}"}[line]
    return Drawdowns(line=name, asof=closes.index[-1], basis=basis,
                     table=drawdown_table(series, top), warnings=notes,
                     provenance={"basis": basis, "line": name})


@dataclass(kw_only=True)
class RelativeHistory(Result):
    """The pair's relative return over rolling windows, by month and by year (in percent)."""

    a: str
    b: str
    asof: pd.Timestamp
    basis: str
    rolling: pd.DataFrame = field(repr=False)  # one column per window, "3M", "6M", "12M"
    latest: dict[str, dict[str, float]]  # window -> value, percentile, p10, p90
    monthly: pd.DataFrame = field(repr=False)  # year x month (1..12)
    yearly: pd.Series = field(repr=False)
    rebased: pd.DataFrame = field(repr=False)  # both sides rebased to 100 at the first row
    frame_index = None

    def _table(self) -> pd.DataFrame:
        return pd.DataFrame(self.latest).T.rename_axis("window")


def relative_history(a: str = "RUT", b: str = "SPX", on: DateLike | None = None, *,
                     total: bool | None = None) -> RelativeHistory:
    """Rolling 3/6/12-month relative return ((1+ra)/(1+rb)-1 over 63/126/252 sessions) with the
    latest's percentile in its own history and the 10th-90th percentile band; calendar-month
    and calendar-year relative returns; both sides rebased to 100."""
    closes, basis, notes = pair_closes(a, b, on, total)
    sa, sb = closes.columns
    ratio = closes[sa] / closes[sb]
    rolling = pd.DataFrame({f"{m}M": (ratio / ratio.shift(21 * m) - 1) * 100
                            for m in ROLLING_MONTHS})
    latest = {}
    for col in rolling.columns:
        hist = rolling[col].dropna()
        if hist.empty:
            continue
        now = float(hist.iloc[-1])
        latest[col] = {"value_pct": now, "percentile": float((hist <= now).mean() * 100),
                       "p10_pct": float(hist.quantile(0.1)), "p90_pct": float(hist.quantile(0.9)),
                       "sessions": float(len(hist))}
    month_end = ratio.groupby(ratio.index.to_period("M")).last()
    monthly_rel = (month_end / month_end.shift(1) - 1).iloc[1:] * 100
    monthly = pd.DataFrame({"year": monthly_rel.index.year, "month": monthly_rel.index.month,
                            "rel": monthly_rel.to_numpy()}).pivot(index="year", columns="month",
                                                                  values="rel")
    year_end = ratio.groupby(ratio.index.year).last()
    first_year = ratio.index[0].year
    base = pd.concat([pd.Series([ratio.iloc[0]], index=[first_year - 1]), year_end])
    yearly = (base / base.shift(1) - 1).iloc[1:] * 100
    yearly.index.name = "year"
    return RelativeHistory(a=sa, b=sb, asof=closes.index[-1], basis=basis, rolling=rolling,
                           latest=latest, monthly=monthly, yearly=yearly,
                           rebased=closes / closes.iloc[0] * 100, warnings=notes,
                           provenance={"basis": basis,
                                       "relative": "(1 + a return) / (1 + b return) - 1"})


__all__ = ["MEASURES", "PERIODS", "ROLLING_MONTHS", "Drawdowns", "RelativeHistory",
           "RiskTable", "drawdown_table", "measures", "pair_closes", "relative_history",
           "risk_table", "worst_drawdowns"]
