"""FRED (Federal Reserve Bank of St. Louis): policy rates, Treasury yields, some index closes.

Two ways in: the public graph CSV (``fredgraph.csv?id=SERIES``, no key) or, when ``FRED_API_KEY``
is set, the API's ``series/observations`` JSON. FRED allows about 2 requests a second; the rate
limiter keeps below that. Values are as FRED publishes them: percent for rates, dated on the day
they took effect (the target range changes the day AFTER the FOMC announcement). A missing value
is written "." by FRED and skipped with a note.
"""

from __future__ import annotations

import json
import os
from typing import ClassVar

import pandas as pd

from capscope.data.sources.base import HttpSource, SourceQuery
from capscope.data.symbols import Kind
from capscope.errors import DataUnavailable

GRAPH_URL = "https://fred.stlouisfed.org/graph/fredgraph.csv"
API_URL = "https://api.stlouisfed.org/fred/series/observations"


class FredSource(HttpSource):
    name = "fred"
    label = "FRED"
    interval = 0.5
    kinds = (Kind.RATE, Kind.INDEX)
    # capscope symbol -> FRED series id (rates keep their id; FRED's index series are close only)
    tickers: ClassVar[dict[str, str]] = {
        "SPX": "SP500", "IXIC": "NASDAQCOM", "NDX": "NASDAQ100", "DJI": "DJIA", "VIX": "VIXCLS",
    }

    def __init__(self, *, api_key: str | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.api_key = api_key if api_key is not None else os.environ.get("FRED_API_KEY")

    def extract(self, query: SourceQuery) -> bytes:
        if self.api_key:
            resp = self.get(API_URL, {"series_id": query.ticker, "api_key": self.api_key,
                                      "file_type": "json",
                                      "observation_start": query.start.isoformat(),
                                      "observation_end": query.end.isoformat()})
        else:
            resp = self.get(GRAPH_URL, {"id": query.ticker, "cosd": query.start.isoformat(),
                                        "coed": query.end.isoformat()})
        if resp.status_code in (400, 404):
            raise DataUnavailable(f"FRED has no series {query.ticker} (HTTP {resp.status_code})",
                                  "check the series id on fred.stlouisfed.org")
        if resp.status_code != 200:
            raise DataUnavailable(f"FRED answered HTTP {resp.status_code} for {query.ticker}",
                                  "retry later")
        return resp.content

    def transform_data(self, body: bytes, query: SourceQuery) -> tuple[pd.DataFrame, list[str]]:
        if body.lstrip()[:1] == b"{":
            body = _observations_to_csv(body, query.ticker)
        elif body.lstrip()[:1] == b"<":
            raise DataUnavailable(f"FRED sent a web page, not data, for {query.ticker}",
                                  "check the series id on fred.stlouisfed.org")
        return super().transform_data(body, query)


def _observations_to_csv(body: bytes, ticker: str) -> bytes:
    """The API's JSON observations as the graph endpoint's CSV (one parsing path for both)."""
    try:
        obs = json.loads(body)["observations"]
    except (ValueError, KeyError, TypeError):
        raise DataUnavailable(f"FRED's answer for {ticker} has no observations",
                              "check FRED_API_KEY and the series id") from None
    lines = ["observation_date," + ticker] + [f"{o['date']},{o['value']}" for o in obs]
    return ("\n".join(lines) + "\n").encode()


__all__ = ["API_URL", "GRAPH_URL", "FredSource"]
