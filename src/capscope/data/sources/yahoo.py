"""Yahoo Finance through yfinance (an optional extra: ``pip install 'capscope[yahoo]'``).

yfinance is imported only when a Yahoo update runs. Bars are requested unadjusted
(``auto_adjust=False``): ``Close`` is the split-adjusted traded close and ``Adj Close`` the
dividend-adjusted one, the convention of the bundled snapshot. Yahoo throttles bursts, so requests
are spaced and a rate-limit answer is retried with backoff. The response (a DataFrame) is cached
as CSV text, so replaying it goes through the same parser as a file import. Index rows keep no
``adj_close`` (Yahoo repeats the close there), as in the snapshot.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
from collections.abc import Callable
from typing import Any, ClassVar

import pandas as pd

from capscope.data.sources.base import Source, SourceQuery, Throttled
from capscope.data.symbols import SECTOR_FUNDS, Kind
from capscope.errors import BadInput, DataUnavailable, NetworkUnavailable

History = Callable[[str, dt.date, dt.date], pd.DataFrame]


def _yfinance() -> Any:
    try:
        import yfinance
    except ImportError:
        raise BadInput("the Yahoo source needs the yfinance package",
                       "install it with: pip install 'capscope[yahoo]' (or use --source stooq)"
                       ) from None
    return yfinance


def yfinance_history(ticker: str, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Daily bars from yfinance, end inclusive; errors mapped to capscope's."""
    yf = _yfinance()
    quiet = logging.getLogger("yfinance")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # yfinance logs and prints its failures; we report them
    try:
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            return yf.Ticker(ticker).history(start=start.isoformat(),
                                             end=(end + dt.timedelta(days=1)).isoformat(),
                                             interval="1d", auto_adjust=False, actions=False,
                                             raise_errors=True)
    except Exception as exc:  # noqa: BLE001 - yfinance raises many kinds; sort them by name
        kind = type(exc).__name__
        text = str(exc).splitlines()[0] if str(exc) else kind
        text = text.split(" See https://", 1)[0][:120]
        if "RateLimit" in kind or "Too Many Requests" in text:
            raise Throttled(text) from None
        if isinstance(exc, OSError) or any(w in kind for w in ("Connection", "Timeout", "DNS",
                                                               "Curl", "SSL", "Proxy")):
            raise NetworkUnavailable(f"cannot reach Yahoo Finance: {text}",
                                     "check the network connection and retry; nothing was "
                                     "changed") from None
        raise DataUnavailable(f"Yahoo Finance has no data for {ticker}: {text}",
                              "check the ticker or use --source stooq") from None
    finally:
        quiet.setLevel(level)


class YahooSource(Source):
    name = "yahoo"
    label = "Yahoo Finance"
    interval = 1.0
    kinds = (Kind.INDEX, Kind.ETF)
    tickers: ClassVar[dict[str, str]] = {
        "RUT": "^RUT", "SPX": "^GSPC", "IXIC": "^IXIC", "NDX": "^NDX", "DJI": "^DJI",
        "VIX": "^VIX", **{s: s for s in ("IWM", "SPY", "QQQ", *SECTOR_FUNDS)},
    }

    def __init__(self, *, history: History | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.history = history or yfinance_history

    def extract(self, query: SourceQuery) -> bytes:
        frame = self.history(query.ticker, query.start, query.end)
        if frame is None or frame.empty:
            raise DataUnavailable(f"Yahoo Finance returned no rows for {query.ticker} between "
                                  f"{query.start} and {query.end}",
                                  "the ticker may be wrong, or Yahoo is throttling: retry later")
        frame = frame.copy()
        frame.index.name = "Date"
        if query.kind is Kind.INDEX:
            frame = frame.drop(columns=["Adj Close"], errors="ignore")
        keep = [c for c in ("Open", "High", "Low", "Close", "Adj Close", "Volume") if c in frame]
        return frame[keep].to_csv().encode()


__all__ = ["YahooSource", "yfinance_history"]
