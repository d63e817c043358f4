"""The one protocol every data provider follows, and what they share: cache, rate limit, retries.

The contract (after OpenBB's fetchers): ``transform_query`` maps a capscope symbol and a date
window to the provider's ticker; ``extract`` gets the raw response body (bytes, so it can be
cached as it came); ``transform_data`` turns that body into capscope's date-indexed float bars,
parsed and validated by the same code as a file import. ``fetch`` runs the three steps with the
response cache, the provider's rate limit and backoff on throttling around ``extract``.

Why a byte-level cache: a second ``capscope data update`` within the TTL (or a test) replays the
provider's exact response without a request; the cache lives under ``CAPSCOPE_HOME/cache``.
Why no network inside statistics: only ``capscope data update`` calls :meth:`Source.fetch`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import pandas as pd

from capscope.data.symbols import Kind, SymbolInfo
from capscope.errors import DataUnavailable, NetworkUnavailable

DEFAULT_TTL = 6 * 3600.0  # seconds a cached response is reused; CAPSCOPE_CACHE_TTL overrides
USER_AGENT = "capscope/0.1 (+https://pypi.org/project/capscope)"


class Throttled(Exception):  # noqa: N818 - a signal inside the retry loop, never shown
    """The provider asked us to slow down (HTTP 429/5xx, Yahoo's rate-limit error)."""


@dataclass(frozen=True)
class SourceQuery:
    """A provider request: capscope's symbol, the provider's ticker, the window."""

    symbol: str
    ticker: str
    kind: Kind
    start: dt.date
    end: dt.date

    def cache_key(self, provider: str) -> str:
        return f"{provider}|{self.ticker}|{self.start}|{self.end}"


@dataclass
class FetchResult:
    """Bars from a provider with what is known about them."""

    symbol: str
    provider: str
    ticker: str
    frame: pd.DataFrame
    warnings: list[str] = field(default_factory=list)
    from_cache: bool = False

    @property
    def source(self) -> str:
        return f"{self.provider} {self.ticker}"


# -- shared machinery ----------------------------------------------------------------------------
class ResponseCache:
    """Response bodies on disk, one file per request, reused while younger than ``ttl`` seconds."""

    def __init__(self, root: Path | None = None, ttl: float | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        if root is None:
            from capscope.data.store import default_home

            root = default_home() / "cache"
        self.root = Path(root)
        env = os.environ.get("CAPSCOPE_CACHE_TTL")
        self.ttl = float(ttl if ttl is not None else (env if env else DEFAULT_TTL))
        self.clock = clock

    def _path(self, provider: str, key: str) -> Path:
        digest = hashlib.sha256(key.encode()).hexdigest()[:32]
        return self.root / provider / f"{digest}.body"

    def get(self, provider: str, key: str) -> bytes | None:
        if self.ttl <= 0:
            return None
        p = self._path(provider, key)
        try:
            if self.clock() - p.stat().st_mtime > self.ttl:
                return None
            return p.read_bytes()
        except OSError:
            return None

    def put(self, provider: str, key: str, body: bytes) -> None:
        """Write atomically (temp file + rename); a cache that cannot be written is skipped."""
        p = self._path(provider, key)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            tmp = p.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(body)
            os.replace(tmp, p)
        except OSError:
            pass


class RateLimiter:
    """At most one request per ``interval`` seconds (FRED allows 2/s; Yahoo throttles bursts)."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self.clock = clock
        self.sleep = sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = self.clock()
            if now < self._next:
                self.sleep(self._next - now)
                now = self._next
            self._next = now + self.interval


def with_backoff(call: Callable[[], bytes], *, label: str, tries: int = 4, base: float = 2.0,
                 sleep: Callable[[float], None] = time.sleep) -> bytes:
    """Run ``call``; on :class:`Throttled` wait base, 2*base, 4*base... seconds and retry."""
    for attempt in range(tries):
        try:
            return call()
        except Throttled as exc:
            if attempt == tries - 1:
                raise NetworkUnavailable(
                    f"{label} is throttling requests ({exc}); gave up after {tries} tries",
                    "wait a few minutes and run 'capscope data update' again; nothing was changed",
                ) from None
            sleep(base * 2**attempt)
    raise AssertionError("unreachable")


# -- the protocol --------------------------------------------------------------------------------
class Source(ABC):
    """A data provider. Subclasses set ``name``, ``label``, ``interval`` and the ticker map."""

    name: ClassVar[str]
    label: ClassVar[str]
    interval: ClassVar[float] = 1.0
    kinds: ClassVar[tuple[Kind, ...]] = (Kind.INDEX, Kind.ETF, Kind.RATE)
    tickers: ClassVar[dict[str, str]] = {}
    _limiters: ClassVar[dict[str, RateLimiter]] = {}

    def __init__(self, *, cache: ResponseCache | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 limiter: RateLimiter | None = None) -> None:
        self.cache = cache if cache is not None else ResponseCache()
        self.sleep = sleep
        # One limiter per provider and process, so parallel callers share the budget.
        self.limiter = limiter or Source._limiters.setdefault(self.name,
                                                               RateLimiter(self.interval))

    # The three steps.
    def ticker_for(self, info: SymbolInfo) -> str:
        """The provider's ticker for a symbol; user symbols go through unchanged."""
        if info.kind not in self.kinds:
            raise DataUnavailable(f"{self.label} has no {info.kind.value} series like {info.symbol}",
                                  f"{self.label} provides: "
                                  f"{', '.join(k.value for k in self.kinds)}")
        return self.tickers.get(info.symbol, info.symbol)

    def transform_query(self, info: SymbolInfo, start: dt.date, end: dt.date) -> SourceQuery:
        return SourceQuery(info.symbol, self.ticker_for(info), info.kind, start, end)

    @abstractmethod
    def extract(self, query: SourceQuery) -> bytes:
        """The provider's raw response body for ``query``. Raise :class:`Throttled` to retry."""

    def transform_data(self, body: bytes, query: SourceQuery) -> tuple[pd.DataFrame, list[str]]:
        """Parse a CSV body into validated bars (the file-import path), clipped to the window."""
        from capscope.data.ingest import frame_from_raw, parse_bytes

        label = f"{self.label} {query.ticker}"
        raw, notes = parse_bytes(label, body)
        frame, more = frame_from_raw(label, raw, kind=query.kind)
        frame = frame.loc[pd.Timestamp(query.start):pd.Timestamp(query.end)]
        if frame.empty:
            raise DataUnavailable(f"{label} returned no rows between {query.start} and "
                                  f"{query.end}", "the provider may not have published them yet")
        return frame, notes + more

    def fetch(self, info: SymbolInfo, start: dt.date, end: dt.date) -> FetchResult:
        """transform_query -> extract (cached, rate-limited, with backoff) -> transform_data."""
        query = self.transform_query(info, start, end)
        key = query.cache_key(self.name)
        body = self.cache.get(self.name, key)
        cached = body is not None
        if body is None:
            def call() -> bytes:
                self.limiter.wait()
                return self.extract(query)

            body = with_backoff(call, label=self.label, sleep=self.sleep)
        frame, warnings = self.transform_data(body, query)
        if not cached:
            self.cache.put(self.name, key, body)
        return FetchResult(info.symbol, self.name, query.ticker, frame, warnings, cached)


# -- HTTP providers ------------------------------------------------------------------------------
def make_client() -> Any:
    """The HTTP client providers use (tests replace it with one on ``httpx.MockTransport``)."""
    import httpx

    return httpx.Client(timeout=httpx.Timeout(20.0, connect=10.0), follow_redirects=True,
                        headers={"User-Agent": USER_AGENT})


class HttpSource(Source):
    """A provider reached with httpx; maps transport failures to capscope errors."""

    def __init__(self, *, client: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = make_client()
        return self._client

    def get(self, url: str, params: dict[str, str]) -> Any:
        """GET with one-line errors: no network -> NetworkUnavailable; 429/5xx -> Throttled."""
        import httpx

        try:
            resp = self.client.get(url, params=params)
        except httpx.TimeoutException:
            raise Throttled("timed out") from None
        except httpx.TransportError as exc:
            reason = str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__
            raise NetworkUnavailable(
                f"cannot reach {self.label} ({httpx.URL(url).host}): {reason}",
                "check the network connection and retry; nothing was changed") from None
        if resp.status_code == 429 or resp.status_code >= 500:
            raise Throttled(f"HTTP {resp.status_code}")
        return resp


__all__ = ["DEFAULT_TTL", "FetchResult", "HttpSource", "RateLimiter", "ResponseCache", "Source",
           "SourceQuery", "Throttled", "make_client", "with_backoff"]
