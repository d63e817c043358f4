"""The 11 SPDR sector funds over a window: returns, relative strength vs SPY and IWM, RRG.

Data caveat (PROVENANCE.md): the sector funds' raw closes exist only from 2026-03-20 (XLE: full
history); their adjusted closes end on 2026-07-02 (XLI and XLP on 2025-07-11). So each fund's
basis is chosen per window: the adjusted close (total return) when it has a value on both window
sessions, else the raw close (price return) when that does, else the fund is listed in
``unavailable`` with the reason and a warning names it. The benchmarks are read on the same basis
as each fund, so a fund's relative strength never mixes total and price returns; the ranking may,
and a warning says so.

RRG-style coordinates (a documented stand-in for JdK's unpublished formulas), on the fund's basis
over the sessions ending at the window's end session:

* ``rs``: 100 * fund / benchmark;
* **RS-Ratio** = 100 * rs_t / mean(rs over the last ``rrg_length`` sessions): above 100 means the
  fund's relative strength is above its own recent average (a relative up-trend);
* **RS-Momentum** = 100 * RS-Ratio_t / RS-Ratio_(t - ``rrg_momentum``): above 100 means the
  RS-Ratio is rising.

Quadrants: leading (both >= 100), weakening (ratio >= 100, momentum < 100), lagging (both
< 100), improving (ratio < 100, momentum >= 100).

An ``on`` date after the funds' last session follows the window rule of
:func:`capscope.stats.returns.window_bounds`: up to three sessions after it the table is as of
that session, with a warning; further, a one-line refusal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from capscope._result import Result
from capscope.data.calendar import DateLike, sessions
from capscope.data.series import bars
from capscope.data.symbols import SECTOR_FUNDS
from capscope.errors import BadInput, DataUnavailable
from capscope.stats.returns import Window, window_bounds

BENCHMARKS = ("SPY", "IWM")
_BASES = (("adj_close", "total"), ("close", "price"))


def rrg_point(fund: pd.Series, bench: pd.Series, length: int, momentum: int
              ) -> tuple[float, float] | None:
    """(RS-Ratio, RS-Momentum) at the last common row, or None when the history is too short."""
    need = length + momentum
    # only the last ``need`` common rows count: join the tails first (a whole-history join per
    # fund and benchmark was most of the report's sector time), the whole series if too short
    joined = pd.concat([fund.iloc[-3 * need:], bench.iloc[-3 * need:]], axis=1,
                       join="inner").dropna()
    if len(joined) < need:
        joined = pd.concat([fund, bench], axis=1, join="inner").dropna()
    if len(joined) < need:
        return None
    rs = 100.0 * joined.iloc[-need:, 0].to_numpy(float) / joined.iloc[-need:, 1].to_numpy(float)
    ratio_now = 100.0 * rs[-1] / rs[-length:].mean()
    then = rs[: need - momentum]
    ratio_then = 100.0 * then[-1] / then[-length:].mean()
    return float(ratio_now), float(100.0 * ratio_now / ratio_then)


def quadrant(rs_ratio: float, rs_momentum: float) -> str:
    if rs_ratio >= 100:
        return "leading" if rs_momentum >= 100 else "weakening"
    return "improving" if rs_momentum >= 100 else "lagging"


@dataclass(kw_only=True)
class SectorTable(Result):
    """Sector funds ranked over one window, with benchmarks and the funds that could not be."""

    asof: pd.Timestamp
    window: str
    start: pd.Timestamp
    end: pd.Timestamp
    rows: pd.DataFrame = field(repr=False)
    benchmarks: dict[str, dict[str, float]]
    unavailable: dict[str, str]

    def _table(self) -> pd.DataFrame:
        return self.rows.copy()


def _covered(frame: pd.DataFrame, win: Window) -> tuple[str, str] | None:
    for col, basis in _BASES:
        s = frame[col]
        if win.start in s.index and win.end in s.index and not (
                np.isnan(s.loc[win.start]) or np.isnan(s.loc[win.end])):
            return col, basis
    return None


def _why_not(sym: str, frame: pd.DataFrame, win: Window) -> str:
    spans = []
    for col, _ in _BASES:
        s = frame[col].dropna()
        spans.append(f"{col} {s.index[0].date()}..{s.index[-1].date()}" if len(s)
                     else f"no {col}")
    return (f"{sym} has no close on both {win.start.date()} and {win.end.date()} "
            f"({'; '.join(spans)})")


def sector_table(window: str = "1M", on: DateLike | None = None, rrg_length: int = 50,
                 rrg_momentum: int = 10) -> SectorTable:
    """Returns of the 11 sector funds over ``window``, vs SPY and IWM, ranked, with RRG."""
    if rrg_length < 2 or rrg_momentum < 1:
        raise BadInput("RRG lengths must be at least 2 (ratio) and 1 (momentum) sessions",
                       "use the defaults 50 and 10")
    frames = {sym: bars(sym) for sym in (*BENCHMARKS, *SECTOR_FUNDS)}
    last = frames["SPY"].index[-1]
    days = sessions(frames["SPY"].index[0], last)
    win = window_bounds(window, last if on is None else on, days, name="the sector data",
                        subject=None if on is None else ("the sector funds", "close"))
    warnings = list(win.notes)
    bench: dict[str, dict[str, float]] = {}
    for b in BENCHMARKS:
        if _covered(frames[b], win) is None:
            warnings.append(f"no comparison with {b}: {_why_not(b, frames[b], win)}")
            continue
        for col, basis in _BASES:
            s = frames[b][col]
            if win.start in s.index and win.end in s.index and s.loc[[win.start, win.end]].notna().all():
                bench[f"{b}_{basis}"] = {"start_close": float(s.loc[win.start]),
                                         "end_close": float(s.loc[win.end]),
                                         "return_pct": float(s.loc[win.end] / s.loc[win.start]
                                                             - 1) * 100}
    rows, unavailable = [], {}
    for sym, (name, _) in SECTOR_FUNDS.items():
        frame = frames[sym]
        got = _covered(frame, win)
        if got is None:
            unavailable[sym] = _why_not(sym, frame, win)
            continue
        col, basis = got
        c0, c1 = float(frame[col].loc[win.start]), float(frame[col].loc[win.end])
        ret = (c1 / c0 - 1) * 100
        row = {"symbol": sym, "name": name, "basis": basis, "start_close": c0, "end_close": c1,
               "return_pct": ret}
        for b in BENCHMARKS:
            key = f"{b}_{basis}"
            if key not in bench:
                for name_ in ("vs_{}_pp", "rel_{}_pct", "rs_ratio_{}", "rs_momentum_{}"):
                    row[name_.format(b.lower())] = np.nan
                row[f"quadrant_{b.lower()}"] = None
                if b in {k.split("_")[0] for k in bench}:
                    warnings.append(f"{b} has no {col} over the window: {sym} vs {b} not "
                                    "computed")
                continue
            br = bench[key]["return_pct"]
            row[f"vs_{b.lower()}_pp"] = ret - br
            row[f"rel_{b.lower()}_pct"] = ((1 + ret / 100) / (1 + br / 100) - 1) * 100
            hist = frame[col].loc[:win.end].dropna()
            point = rrg_point(hist, frames[b][col].loc[:win.end].dropna(), rrg_length,
                              rrg_momentum)
            tag = b.lower()
            row[f"rs_ratio_{tag}"] = point[0] if point else np.nan
            row[f"rs_momentum_{tag}"] = point[1] if point else np.nan
            row[f"quadrant_{tag}"] = quadrant(*point) if point else None
            if point is None and b == "SPY":
                warnings.append(f"{sym}: fewer than {rrg_length + rrg_momentum} sessions of "
                                f"{col} up to {win.end.date()}; no RRG point")
        rows.append(row)
    if not rows:
        raise DataUnavailable(f"no sector fund has closes on both {win.start.date()} and "
                              f"{win.end.date()}", "choose a window the data covers")
    table = pd.DataFrame(rows).sort_values("return_pct", ascending=False, ignore_index=True)
    table.insert(0, "rank", np.arange(1, len(table) + 1))
    for b in BENCHMARKS:
        key = f"rel_{b.lower()}_pct"
        table[f"rank_vs_{b.lower()}"] = table[key].rank(ascending=False, method="min"
                                                        ).astype("Int64")
    if unavailable:
        warnings.append(f"not computed for {win.start.date()}..{win.end.date()}: "
                        f"{', '.join(unavailable)} (no adjusted or raw close on both dates; "
                        "see PROVENANCE.md)")
    bases = table.groupby("basis")["symbol"].apply(list).to_dict()
    if len(bases) > 1:
        warnings.append("the ranking mixes total return (" + ", ".join(bases.get("total", []))
                        + ") and price return (" + ", ".join(bases.get("price", []))
                        + "); each fund's relative strength uses the benchmark on its own basis")
    return SectorTable(
        asof=win.end, window=win.label, start=win.start, end=win.end, rows=table,
        benchmarks=bench, unavailable=unavailable,
        evidence={**win.to_dict(), "benchmarks": bench},
        provenance={"basis_rule": "adj_close (total return) where it covers both window "
                    "sessions, else close (price return)",
                    "bases": {r["symbol"]: r["basis"] for r in rows},
                    "rrg": f"RS-Ratio over {rrg_length} sessions, RS-Momentum over "
                    f"{rrg_momentum} sessions (module docstring)"},
        warnings=warnings,
    )


__all__ = ["BENCHMARKS", "SectorTable", "quadrant", "rrg_point", "sector_table"]
