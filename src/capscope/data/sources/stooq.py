"""Stooq: free daily CSV for indices and US-listed funds.

Tickers: indices carry a caret (``^spx``, ``^rut``), US funds a ``.us`` suffix (``iwm.us``).
Stooq gives open/high/low/close/volume and no dividend-adjusted close, so an ETF updated from
Stooq gets no new ``adj_close`` (a warning says so). Unknown tickers answer "No data"; the
daily request budget answers "Exceeded the daily hits limit".
"""

from __future__ import annotations

from typing import ClassVar

import pandas as pd

from capscope.data.sources.base import HttpSource, SourceQuery
from capscope.data.symbols import SECTOR_FUNDS, Kind, SymbolInfo
from capscope.errors import DataUnavailable, NetworkUnavailable

URL = "https://stooq.com/q/d/l/"


class StooqSource(HttpSource):
    name = "stooq"
    label = "Stooq"
    interval = 1.0
    kinds = (Kind.INDEX, Kind.ETF)
    tickers: ClassVar[dict[str, str]] = {
        "RUT": "^rut", "SPX": "^spx", "IXIC": "^ndq", "NDX": "^ndx", "DJI": "^dji",
        **{s: f"{s.lower()}.us" for s in ("IWM", "SPY", "QQQ", *SECTOR_FUNDS)},
    }

    def ticker_for(self, info: SymbolInfo) -> str:
        ticker = super().ticker_for(info)
        if info.symbol not in self.tickers and info.kind is Kind.ETF and "." not in ticker:
            ticker = f"{ticker}.us"  # a user's US-listed fund
        return ticker.lower()

    def extract(self, query: SourceQuery) -> bytes:
        resp = self.get(URL, {"s": query.ticker, "i": "d",
                              "d1": query.start.strftime("%Y%m%d"),
                              "d2": query.end.strftime("%Y%m%d")})
        if resp.status_code != 200:
            raise DataUnavailable(f"Stooq answered HTTP {resp.status_code} for {query.ticker}",
                                  "retry later or use --source yahoo")
        body = resp.content
        head = body[:200].lower()
        if b"exceeded the daily hits limit" in head:
            raise NetworkUnavailable("Stooq's daily request limit is used up",
                                     "retry tomorrow or use --source yahoo; nothing was changed")
        if head.strip().startswith(b"no data") or not body.strip():
            raise DataUnavailable(f"Stooq has no data for {query.ticker} between {query.start} "
                                  f"and {query.end}", "check the ticker or use --source yahoo")
        return body

    def transform_data(self, body: bytes, query: SourceQuery) -> tuple[pd.DataFrame, list[str]]:
        frame, notes = super().transform_data(body, query)
        if query.kind is Kind.ETF:
            notes.append(f"{query.symbol}: Stooq has no dividend-adjusted close; adj_close was "
                         "not updated for these rows")
        return frame, notes


__all__ = ["URL", "StooqSource"]
