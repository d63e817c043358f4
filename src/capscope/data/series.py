"""The read API every statistic uses: a symbol's series or bars, by any alias, over a window."""

from __future__ import annotations

from typing import overload

import pandas as pd

from capscope.data.calendar import DateLike, parse_date
from capscope.data.store import PRICE_FIELDS, Store, get_store
from capscope.data.symbols import Kind, resolve
from capscope.errors import BadInput, DataUnavailable


def bars(symbol: str, start: DateLike | None = None, end: DateLike | None = None, *,
         store: Store | None = None) -> pd.DataFrame:
    """The OHLCV frame (open, high, low, close, adj_close, volume) of a symbol on its sessions.

    ``symbol`` may be any alias ("Russell 2000", "^GSPC"). Empty cells are NaN: see the symbol's
    note (e.g. sector funds have raw prices only from 2026-03-20). Raises DataUnavailable when
    the window holds no rows, naming the range the store has.
    """
    st = store or get_store()
    info = st.resolve(symbol)  # also finds symbols imported by earlier runs
    if info.kind in (Kind.FUTURES, Kind.DATASET):
        hint = ("'capscope fedwatch' reads it; 'capscope fedwatch --futures FILE' imports more"
                if info.kind is Kind.FUTURES else "capscope's Fed and study commands read it")
        raise DataUnavailable(f"{info.symbol} ({info.name}) is a table, not a dated series", hint)
    frame = st.bars(info.symbol)
    if frame.empty:
        raise DataUnavailable(f"no data for {info.symbol} in the store",
                              f"import it with 'capscope data import FILE --symbol {info.symbol}'")
    lo = parse_date(start, what="start") if start is not None else None
    hi = parse_date(end, what="end") if end is not None else None
    if lo is not None and hi is not None and lo > hi:
        raise BadInput(f"start {lo.date()} is after end {hi.date()}", "swap the two dates")
    out = frame.loc[lo:hi] if (lo is not None or hi is not None) else frame
    if out.empty:
        first, last = frame.index[0].date(), frame.index[-1].date()
        if lo is not None and lo.date() > last:
            what = f"{info.symbol} has no data on or after {lo.date()}"
        elif hi is not None and hi.date() < first:
            what = f"{info.symbol} has no data on or before {hi.date()}"
        else:
            what = f"{info.symbol} has no data between {lo.date()} and {hi.date()}"
        raise DataUnavailable(what, f"{info.symbol} data runs from {first} to {last}")
    return out.copy(deep=False)  # copy-on-write: callers' edits never reach the cache


@overload
def series(symbol: str, start: DateLike | None = None, end: DateLike | None = None,
           field: str = "close", *, store: Store | None = None) -> pd.Series: ...
@overload
def series(symbol: list[str] | tuple[str, ...], start: DateLike | None = None,
           end: DateLike | None = None, field: str = "close", *,
           store: Store | None = None) -> pd.DataFrame: ...
def series(symbol: str | list[str] | tuple[str, ...], start: DateLike | None = None,
           end: DateLike | None = None, field: str = "close", *,
           store: Store | None = None) -> pd.Series | pd.DataFrame:
    """One field of a symbol as a float Series on a DatetimeIndex of sessions, NaNs dropped.

    ``field="adj_close"`` is the total-return (dividend-adjusted) close of an ETF; indices have
    none. Rates keep their value in ``close``. A list of symbols gives a DataFrame, one column per
    canonical symbol, on the union of their sessions (NaN where one has no row), so a comparison
    starts from ``series(["RUT", "SPX"]).dropna()``.

    >>> import capscope
    >>> capscope.series(["RUT", "SPX"], start="2024-07-15", end="2024-07-16")
                      RUT      SPX
    date
    2024-07-15  2187.0200  5631.22
    2024-07-16  2263.6699  5667.20
    """
    if isinstance(symbol, list | tuple):
        if not symbol:
            raise BadInput("no symbols given", "pass one symbol or a list, e.g. ['RUT', 'SPX']")
        cols = [series(s, start, end, field, store=store) for s in symbol]
        names = [c.name for c in cols]
        if len(set(names)) < len(names):
            raise BadInput(f"the same series is named twice in {list(symbol)}",
                           "name each series once")
        return pd.concat(cols, axis=1, join="outer", sort=True)  # sessions in order
    if field not in PRICE_FIELDS:
        raise BadInput(f"unknown field {field!r}", f"fields: {', '.join(PRICE_FIELDS)}")
    frame = bars(symbol, start, end, store=store)
    out = frame[field].dropna()
    if out.empty:
        info = resolve(symbol)
        raise DataUnavailable(f"{info.symbol} has no {field} values in that window",
                              "indices have no adj_close; sector funds have raw prices only from "
                              "2026-03-20 (use field='adj_close')")
    out.name = resolve(symbol).symbol
    return out


def table(name: str, *, store: Store | None = None) -> pd.DataFrame:
    """An auxiliary table: futures, fomc_meetings, fomc_probabilities_zq, ff_factors_daily,
    ff_factors_monthly, ff_size_monthly."""
    return (store or get_store()).table(name)


__all__ = ["bars", "series", "table"]
