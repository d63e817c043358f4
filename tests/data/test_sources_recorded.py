"""Providers on recorded responses: incremental update, overlap checks, cache, rate limit,
backoff, and `data update` without a network. Nothing here touches the network."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import httpx
import pandas as pd
import pytest
from typer.testing import CliRunner

from capscope.cli import app
from capscope.data.sources import base
from capscope.data.sources.base import RateLimiter, ResponseCache, Throttled, with_backoff
from capscope.data.sources.fred import FredSource
from capscope.data.sources.stooq import StooqSource
from capscope.data.sources.yahoo import YahooSource
from capscope.data.store import Store
from capscope.data.update import update
from capscope.errors import BadInput, NetworkUnavailable

REC = Path(__file__).parent / "recordings"
TODAY = dt.date(2026, 8, 24)  # the Monday after the snapshot's last session


def truncate(store: Store, symbol: str, after: str) -> pd.DataFrame:
    """Drop a symbol's rows after ``after`` (as if the store were last updated then)."""
    full = store.bars(symbol).copy()
    with duckdb.connect(str(store.path)) as con:
        con.execute("DELETE FROM bars WHERE symbol = ? AND date > ?", [symbol, after])
        con.execute("UPDATE series_meta SET last_date = ? WHERE symbol = ?", [after, symbol])
    store._cache.clear()
    return full


def fingerprint(store: Store) -> tuple:
    with duckdb.connect(str(store.path), read_only=True) as con:
        return con.execute("SELECT COUNT(*), SUM(hash(symbol, date, close, adj_close)) FROM bars"
                           ).fetchone()


def yahoo_history(name: str, scale_adj: float = 1.0):
    calls = []

    def history(ticker, start, end):
        calls.append((ticker, start, end))
        frame = pd.read_csv(REC / name, index_col="Date")
        frame["Adj Close"] *= scale_adj
        return frame

    return history, calls


def mock_client(handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


# -- Yahoo ---------------------------------------------------------------------------------------
def test_yahoo_incremental_update_restores_the_snapshot(fresh_store, tmp_path):
    full = truncate(fresh_store, "RUT", "2026-08-14")
    history, calls = yahoo_history("yahoo_RUT_history.csv")
    src = YahooSource(history=history, limiter=RateLimiter(0.0),
                      cache=ResponseCache(tmp_path, ttl=0))
    (out,) = update(["Russell 2000"], store=fresh_store, today=TODAY, make_source=lambda n: src)
    assert calls == [("^RUT", dt.date(2026, 8, 7), dt.date(2026, 8, 23))]  # overlap 7 days; to yesterday
    assert (out.status, out.new_rows, str(out.last_date)) == ("updated", 5, "2026-08-21")
    after = fresh_store.bars("RUT")
    assert len(after) == 9811
    pd.testing.assert_frame_equal(after.loc["2026-08-01":], full.loc["2026-08-01":])
    assert after["adj_close"].isna().all()  # indices keep no adj_close
    meta = fresh_store.meta_for("RUT")
    assert meta.source == "snapshot 2026-08-21 + yahoo ^RUT"
    assert str(meta.last_date) == "2026-08-21"


def test_yahoo_adj_close_is_chained_onto_the_stored_history(fresh_store, tmp_path):
    """Yahoo re-adjusts all history after each dividend: a later download's Adj Close is the
    stored one times a constant. The recording's Adj Close is the snapshot's times 0.995."""
    full = truncate(fresh_store, "IWM", "2026-08-14")
    history, _ = yahoo_history("yahoo_IWM_history.csv", scale_adj=0.995)
    src = YahooSource(history=history, limiter=RateLimiter(0.0),
                      cache=ResponseCache(tmp_path, ttl=0))
    (out,) = update(["IWM"], store=fresh_store, today=TODAY, make_source=lambda n: src)
    assert out.status == "updated", out.message
    assert any("rescaled by 1.005025" in w for w in out.warnings)
    after = fresh_store.bars("IWM").loc["2026-08-03":]
    pd.testing.assert_series_equal(after["adj_close"], full.loc["2026-08-03":, "adj_close"],
                                   rtol=1e-9)


def test_yahoo_disagreeing_overlap_is_refused_and_store_untouched(fresh_store, tmp_path):
    truncate(fresh_store, "RUT", "2026-08-14")
    before = fingerprint(fresh_store)

    def history(ticker, start, end):
        frame = pd.read_csv(REC / "yahoo_RUT_history.csv", index_col="Date")
        # A different series: every price of 2026-08-10 2% lower than the stored bar.
        frame.loc["2026-08-10 00:00:00-04:00", ["Open", "High", "Low", "Close"]] *= 0.98
        return frame

    src = YahooSource(history=history, limiter=RateLimiter(0.0),
                      cache=ResponseCache(tmp_path, ttl=0))
    (out,) = update(["RUT"], store=fresh_store, today=TODAY, make_source=lambda n: src)
    assert out.status == "failed"
    assert "on 2026-08-10 disagrees with the stored" in out.message
    assert fingerprint(fresh_store) == before


def test_missing_yfinance_says_how_to_install(monkeypatch):
    import sys

    from capscope.data.sources.yahoo import yfinance_history

    monkeypatch.setitem(sys.modules, "yfinance", None)
    with pytest.raises(BadInput, match="needs the yfinance package") as err:
        yfinance_history("^RUT", dt.date(2026, 8, 1), dt.date(2026, 8, 2))
    assert "pip install 'capscope[yahoo]'" in err.value.hint


# -- FRED ----------------------------------------------------------------------------------------
def test_fred_graph_csv_update(fresh_store, tmp_path):
    full = truncate(fresh_store, "DFF", "2026-08-14")
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.url.params))
        assert request.url.host == "fred.stlouisfed.org"
        return httpx.Response(200, content=(REC / "fred_DFF_graph.csv").read_bytes())

    src = FredSource(client=mock_client(handler), api_key="",
                     limiter=RateLimiter(0.0), cache=ResponseCache(tmp_path, ttl=3600))
    (out,) = update(["DFF"], store=fresh_store, today=dt.date(2026, 8, 21),
                    make_source=lambda n: src)
    assert seen == [{"id": "DFF", "cosd": "2026-08-07", "coed": "2026-08-20"}]
    assert (out.status, out.new_rows, str(out.last_date)) == ("updated", 6, "2026-08-20")
    pd.testing.assert_series_equal(fresh_store.bars("DFF")["close"], full["close"])
    # The same request again comes from the cache (no second HTTP call).
    again = src.fetch(fresh_store.resolve("DFF"), dt.date(2026, 8, 7), dt.date(2026, 8, 20))
    assert again.from_cache and len(seen) == 1
    assert list(again.frame["close"].round(2)) == list(full.loc["2026-08-07":, "close"].round(2))


def test_fred_api_with_key_and_the_key_stays_out_of_the_cache(fresh_store, tmp_path):
    full = truncate(fresh_store, "DFF", "2026-08-14")

    def handler(request: httpx.Request) -> httpx.Response:
        p = request.url.params
        assert request.url.host == "api.stlouisfed.org"
        assert (p["series_id"], p["api_key"], p["file_type"]) == ("DFF", "k3y-123", "json")
        assert p["observation_start"] == "2026-08-07"
        return httpx.Response(200, content=(REC / "fred_DFF_api.json").read_bytes())

    src = FredSource(client=mock_client(handler), api_key="k3y-123",
                     limiter=RateLimiter(0.0), cache=ResponseCache(tmp_path / "cache", ttl=3600))
    (out,) = update(["DFF"], store=fresh_store, today=dt.date(2026, 8, 21),
                    make_source=lambda n: src)
    assert out.status == "updated", out.message
    pd.testing.assert_series_equal(fresh_store.bars("DFF")["close"], full["close"])
    cached = list((tmp_path / "cache").rglob("*.body"))
    assert len(cached) == 1
    assert b"k3y-123" not in cached[0].read_bytes() and "k3y" not in str(cached[0])


def test_fred_throttling_is_retried_with_backoff(tmp_path):
    answers = [httpx.Response(429), httpx.Response(503),
               httpx.Response(200, content=(REC / "fred_DFF_graph.csv").read_bytes())]
    sleeps: list[float] = []
    src = FredSource(client=mock_client(lambda r: answers.pop(0)), api_key="",
                     sleep=sleeps.append, limiter=RateLimiter(0.0),
                     cache=ResponseCache(tmp_path, ttl=0))
    from capscope.data.symbols import SYMBOLS

    res = src.fetch(SYMBOLS["DFF"], dt.date(2026, 8, 1), dt.date(2026, 8, 20))
    assert len(res.frame) == 20 and sleeps == [2.0, 4.0]


def test_fred_unknown_series_is_one_line(tmp_path):
    from capscope.data.symbols import Kind as K
    from capscope.data.symbols import SymbolInfo
    from capscope.errors import DataUnavailable

    src = FredSource(client=mock_client(lambda r: httpx.Response(404, text="Not Found")),
                     api_key="", limiter=RateLimiter(0.0),
                      cache=ResponseCache(tmp_path, ttl=0))
    with pytest.raises(DataUnavailable, match="FRED has no series NOSUCH"):
        src.fetch(SymbolInfo("NOSUCH", "x", K.RATE), dt.date(2026, 8, 1), dt.date(2026, 8, 2))


# -- Stooq ---------------------------------------------------------------------------------------
def test_stooq_update_of_an_etf_keeps_raw_closes_and_says_adj_is_missing(fresh_store, tmp_path):
    full = truncate(fresh_store, "SPY", "2026-08-14")

    def handler(request: httpx.Request) -> httpx.Response:
        assert dict(request.url.params) == {"s": "spy.us", "i": "d", "d1": "20260807",
                                            "d2": "20260823"}
        return httpx.Response(200, content=(REC / "stooq_spy_us.csv").read_bytes())

    src = StooqSource(client=mock_client(handler), limiter=RateLimiter(0.0),
                      cache=ResponseCache(tmp_path, ttl=0))
    (out,) = update(["SPY"], source="stooq", store=fresh_store, today=TODAY,
                    make_source=lambda n: src)
    assert out.status == "updated", out.message
    after = fresh_store.bars("SPY")
    pd.testing.assert_series_equal(after["close"], full["close"])
    # The rows after the old end have no dividend-adjusted close from Stooq; earlier ones keep it.
    assert after.loc["2026-08-17":, "adj_close"].isna().all()
    assert after.loc["2026-08-07":"2026-08-14", "adj_close"].notna().all()
    assert any("Stooq has no dividend-adjusted close" in w for w in out.warnings)


def test_stooq_no_data_and_daily_limit(tmp_path):
    from capscope.data.symbols import SYMBOLS
    from capscope.errors import DataUnavailable

    src = StooqSource(client=mock_client(lambda r: httpx.Response(200, text="No data")),
                      limiter=RateLimiter(0.0),
                      cache=ResponseCache(tmp_path, ttl=0))
    with pytest.raises(DataUnavailable, match="Stooq has no data for \\^rut"):
        src.fetch(SYMBOLS["RUT"], dt.date(2026, 8, 1), dt.date(2026, 8, 2))
    src = StooqSource(client=mock_client(
        lambda r: httpx.Response(200, text="Exceeded the daily hits limit")),
        limiter=RateLimiter(0.0),
                      cache=ResponseCache(tmp_path, ttl=0))
    with pytest.raises(NetworkUnavailable, match="daily request limit"):
        src.fetch(SYMBOLS["RUT"], dt.date(2026, 8, 1), dt.date(2026, 8, 2))


# -- shared machinery ----------------------------------------------------------------------------
def test_rate_limiter_spaces_requests():
    now = [100.0]
    slept: list[float] = []

    def sleep(s):
        slept.append(s)
        now[0] += s

    lim = RateLimiter(0.5, clock=lambda: now[0], sleep=sleep)
    for _ in range(5):  # five requests at once: FRED's 2 per second means 2 s in all
        lim.wait()
    assert slept == [0.5, 0.5, 0.5, 0.5] and now[0] == 102.0


def test_backoff_gives_up_with_one_line():
    def call():
        raise Throttled("HTTP 429")

    with pytest.raises(NetworkUnavailable, match="throttling requests .* after 3 tries"):
        with_backoff(call, label="Yahoo Finance", tries=3, sleep=lambda s: None)


def test_cache_expires_after_ttl(tmp_path):
    clock = [1_000_000.0]
    cache = ResponseCache(tmp_path, ttl=60, clock=lambda: clock[0])
    cache.put("fred", "k", b"body")
    import os

    os.utime(next(tmp_path.rglob("*.body")), (clock[0], clock[0]))
    assert cache.get("fred", "k") == b"body"
    clock[0] += 61
    assert cache.get("fred", "k") is None


def test_current_series_make_no_request(fresh_store, tmp_path):
    def history(*a):
        raise AssertionError("no request expected")

    src = YahooSource(history=history, limiter=RateLimiter(0.0),
                      cache=ResponseCache(tmp_path, ttl=0))
    # On Monday 2026-08-24 the last complete session is Friday 2026-08-21: RUT is current.
    (out,) = update(["RUT"], store=fresh_store, today=TODAY, make_source=lambda n: src)
    assert out.status == "current" and "up to date (2026-08-21)" in out.message


# -- no network ----------------------------------------------------------------------------------
def test_update_without_network_is_one_line_and_leaves_the_store(fresh_home, monkeypatch):
    def refuse(request):
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    monkeypatch.setattr(base, "make_client", lambda: mock_client(refuse))
    monkeypatch.setenv("CAPSCOPE_CACHE_TTL", "0")
    db = fresh_home / "capscope.duckdb"
    with duckdb.connect(str(db)) as con:  # make DFF and DGS10 stale so a fetch is needed
        con.execute("DELETE FROM bars WHERE symbol IN ('DFF', 'DGS10') AND date > '2026-08-10'")
    before = fingerprint(Store(db))
    result = CliRunner().invoke(app, ["data", "update", "DFF", "DGS10", "--source", "fred"])
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("capscope: cannot reach FRED (fred.stlouisfed.org)")
    assert "the store is unchanged" in lines[0]
    assert fingerprint(Store(db)) == before


def test_update_cli_reports_each_symbol(fresh_home, monkeypatch):
    def handler(request):
        return httpx.Response(200, content=(REC / "fred_DFF_graph.csv").read_bytes())

    monkeypatch.setattr(base, "make_client", lambda: mock_client(handler))
    monkeypatch.setenv("CAPSCOPE_CACHE_TTL", "0")
    truncate(Store(fresh_home / "capscope.duckdb"), "DFF", "2026-08-14")
    result = CliRunner().invoke(app, ["data", "update", "DFF", "--json"])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert row["status"] == "updated" and row["new_rows"] == 6 and row["source"] == "fred DFF"
    bad = CliRunner().invoke(app, ["data", "update", "DFF", "--source", "bloomberg"])
    assert bad.exit_code == 2 and "unknown source 'bloomberg'" in bad.output


def test_local_csv_source_merges_like_a_provider(fresh_store, tmp_path):
    from capscope.data.sources.csv import CsvSource

    full = truncate(fresh_store, "QQQ", "2026-08-14")
    path = tmp_path / "qqq.csv"
    full.loc["2026-08-10":].reset_index().to_csv(path, index=False)
    (out,) = update(["QQQ"], store=fresh_store, today=TODAY,
                    make_source=lambda n: CsvSource(path, limiter=RateLimiter(0.0)))
    assert (out.status, out.new_rows, out.source) == ("updated", 5, "csv qqq.csv")
    pd.testing.assert_frame_equal(fresh_store.bars("QQQ"), full)


def test_discontinued_series_makes_no_request(fresh_store, tmp_path):
    def refuse(request):
        raise AssertionError("no request expected")

    src = FredSource(client=mock_client(refuse), api_key="", limiter=RateLimiter(0.0),
                     cache=ResponseCache(tmp_path, ttl=0))
    (out,) = update(["DFEDTAR"], store=fresh_store, today=TODAY, make_source=lambda n: src)
    assert out.status == "current" and "discontinued" in out.message


class _FakeYf:
    """Stands in for the yfinance module: its Ticker().history raises a given exception."""

    def __init__(self, exc):
        self.exc = exc

    def Ticker(self, ticker):  # noqa: N802 - yfinance's name
        fake = self

        class _T:
            def history(self, **kwargs):
                assert kwargs["auto_adjust"] is False and kwargs["raise_errors"] is True
                raise fake.exc

        return _T()


def test_yfinance_failures_map_to_capscope_errors(monkeypatch):
    import sys

    from capscope.data.sources.yahoo import yfinance_history
    from capscope.errors import DataUnavailable

    YFRateLimitError = type("YFRateLimitError", (Exception,), {})  # noqa: N806
    CurlConnectionError = type("ConnectionError", (Exception,), {})  # noqa: N806
    YFPricesMissingError = type("YFPricesMissingError", (Exception,), {})  # noqa: N806
    day = dt.date(2026, 8, 3)
    cases = [(YFRateLimitError("Too Many Requests. Rate limited."), Throttled),
             (CurlConnectionError("Failed to perform, curl: (6) Could not resolve host: "
                                  "query2.finance.yahoo.com. See https://curl.se/x"),
              NetworkUnavailable),
             (YFPricesMissingError("possibly delisted; no price data found"), DataUnavailable)]
    for exc, expected in cases:
        monkeypatch.setitem(sys.modules, "yfinance", _FakeYf(exc))
        with pytest.raises(expected) as err:
            yfinance_history("^RUT", day, day)
        assert "See https" not in str(err.value)
