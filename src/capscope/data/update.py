"""Incremental updates of stored series from a provider.

For each symbol: skip it when it is already current (no request at all); otherwise fetch from a
few days before the last stored date (before the last ``adj_close`` for funds whose adjusted
close stops earlier, so the adjusted series can be chained), check that the overlap agrees
(:mod:`capscope.data.merge`), validate the joined series and write the new rows in one
transaction. A symbol that fails is reported and left as it was; when the network is down the
whole update stops at the first request with one :class:`NetworkUnavailable` naming how many
symbols were already done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from capscope.data.store import Store, get_store
from capscope.data.symbols import Kind, SymbolInfo
from capscope.errors import CapscopeError, NetworkUnavailable

OVERLAP_DAYS = 7  # calendar days re-fetched before the last stored date
UPDATABLE = (Kind.INDEX, Kind.ETF, Kind.RATE)
# Series their publisher stopped: nothing new can come, so no request is made.
DISCONTINUED = {"DFEDTAR": "FRED discontinued it on 2008-12-16 (see DFEDTARU/DFEDTARL)"}


@dataclass
class UpdateOutcome:
    """What happened to one symbol."""

    symbol: str
    status: str  # updated | current | failed
    source: str = ""
    new_rows: int = 0
    last_date: dt.date | None = None
    message: str = ""
    warnings: list[str] = field(default_factory=list)


def default_provider(info: SymbolInfo) -> str:
    """FRED for rates; Yahoo for prices when yfinance is installed, else Stooq."""
    if info.kind is Kind.RATE:
        return "fred"
    import importlib.util

    return "yahoo" if importlib.util.find_spec("yfinance") is not None else "stooq"


def expected_last(info: SymbolInfo, today: dt.date) -> dt.date:
    """The latest date a complete update could reach today (yesterday's session, say)."""
    if info.frequency == "monthly":
        first = today.replace(day=1)
        return (first - dt.timedelta(days=1)).replace(day=1)
    yesterday = today - dt.timedelta(days=1)
    if info.kind is Kind.RATE and info.frequency == "calendar-daily":
        return yesterday
    from capscope.data.calendar import previous_session

    return previous_session(yesterday).date()


def fetch_start(stored: pd.DataFrame, info: SymbolInfo) -> dt.date:
    """A few days before the last stored row (or the last adj_close of a fund, if earlier)."""
    last = stored.index[-1]
    if info.kind is Kind.ETF and "adj_close" in stored:
        adj = stored["adj_close"].dropna()
        if len(adj) and adj.index[-1] < last:
            last = adj.index[-1]
    return (last - pd.Timedelta(days=OVERLAP_DAYS)).date()


def update_symbol(info: SymbolInfo, source: Any, *, store: Store,
                  today: dt.date) -> UpdateOutcome:
    """Fetch, reconcile and store new rows for one symbol (see the module docstring)."""
    from capscope.data.ingest import store_bars

    stored = store.bars(info.symbol) if info.symbol in store.symbols() else pd.DataFrame()
    if stored.empty:
        return UpdateOutcome(info.symbol, "failed", source.name,
                             message=f"{info.symbol} has no stored rows to update; import a "
                             "history first with 'capscope data import'")
    last = stored.index[-1].date()
    if info.symbol in DISCONTINUED:
        return UpdateOutcome(info.symbol, "current", source.name, last_date=last,
                             message=f"{info.symbol} is complete: {DISCONTINUED[info.symbol]}")
    if last >= expected_last(info, today):
        adj = stored["adj_close"].dropna()
        adj_behind = info.kind is Kind.ETF and len(adj) > 0 and adj.index[-1].date() < last
        if not adj_behind:
            return UpdateOutcome(info.symbol, "current", source.name, last_date=last,
                                 message=f"{info.symbol} is up to date ({last})")
    # Up to yesterday: a bar for today may be a partial session, not a close.
    result = source.fetch(info, fetch_start(stored, info), today - dt.timedelta(days=1))
    new_rows = int((~result.frame.index.isin(stored.index)).sum())
    meta, warnings = store_bars(info, result.frame, store=store, source=result.source,
                                replace=False, notes=result.warnings)
    return UpdateOutcome(info.symbol, "updated", result.source, new_rows, meta.last_date,
                         f"{info.symbol}: {new_rows} new rows, now to {meta.last_date}",
                         warnings)


def update(symbols: Sequence[str] | None = None, *, source: str | None = None,
           store: Store | None = None, today: dt.date | None = None,
           make_source: Callable[[str], Any] | None = None,
           progress: Callable[[UpdateOutcome], None] | None = None) -> list[UpdateOutcome]:
    """Update ``symbols`` (default: every stored index, ETF and rate) from their providers.

    ``make_source(name)`` builds a provider (tests pass one with a mock transport). Per-symbol
    failures are recorded in the outcomes; a network failure stops the run with
    :class:`NetworkUnavailable`.
    """
    from capscope.data.sources import PROVIDERS, get_source
    from capscope.errors import BadInput

    if source is not None and source not in PROVIDERS:
        raise BadInput(f"unknown source {source!r}", f"sources: {', '.join(PROVIDERS)}")
    st = store or get_store()
    day = today or dt.date.today()
    build = make_source or get_source
    infos = targets(symbols, st)
    built: dict[str, Any] = {}
    outcomes: list[UpdateOutcome] = []
    for info in infos:
        provider = source or default_provider(info)
        try:
            if provider not in built:
                built[provider] = build(provider)
            outcome = update_symbol(info, built[provider], store=st, today=day)
        except NetworkUnavailable as exc:
            done = sum(o.status == "updated" for o in outcomes)
            tail = (f"updated {done} of {len(infos)} symbols before that" if done
                    else "the store is unchanged")
            raise NetworkUnavailable(f"{exc.message}; {tail}", exc.hint) from None
        except CapscopeError as exc:
            outcome = UpdateOutcome(info.symbol, "failed", provider, message=exc.one_line())
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    return outcomes


def targets(symbols: Sequence[str] | None, store: Store) -> list[SymbolInfo]:
    """The series an update covers: those named (any alias), or every updatable stored one."""
    from capscope.errors import BadInput

    if not symbols:
        metas = store.meta()
        from capscope.data.symbols import SYMBOLS

        return [SYMBOLS[m.symbol] for m in metas if Kind(m.kind) in UPDATABLE]
    infos = []
    for name in symbols:
        info = store.resolve(name)
        if info.kind not in UPDATABLE:
            raise BadInput(f"{info.symbol} is a {info.kind.value} table; data update handles "
                           "index, ETF and rate series", "leave it out of the list")
        if info not in infos:
            infos.append(info)
    return infos


__all__ = ["OVERLAP_DAYS", "UpdateOutcome", "default_provider", "expected_last", "fetch_start",
           "targets", "update", "update_symbol"]
