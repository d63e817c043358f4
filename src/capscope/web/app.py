"""The local dashboard and JSON API (FastAPI).

The API is a face on the same functions as the CLI: each endpoint validates its inputs, calls one
statistic and returns its ``to_dict()``. Errors are JSON ``{"error", "hint"}`` with a 4xx status
(400 bad input, 404 unknown symbol or no data, 413 body too large, 422 malformed request), never
a traceback. Static files come only from this package's ``static`` folder (Starlette's
StaticFiles refuses paths that leave it); plotly.js is served from the installed plotly package
by a fixed route, so the dashboard works without network.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Annotated, Any

from fastapi import Body, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from capscope.errors import BadInput, CapscopeError, DataUnavailable, UnknownSymbol
from capscope.web.limits import MAX_BODY_BYTES, BodySizeLimit

HERE = Path(__file__).parent
MAX_ARTICLE_CHARS = 200_000

DateQ = Annotated[str | None, Query(max_length=40, description="2024-07-16 or 'Nov 11 2024'; "
                                    "default: last session in the data")]
PairQ = Annotated[str, Query(max_length=10, description="RUT:SPX or IWM:SPY")]


class ArticleIn(BaseModel):
    """An article to check: its text and, optionally, the day it was published."""

    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS)
    published: str | None = Field(default=None, max_length=40,
                                  description="YYYY-MM-DD; resolves 'Tuesday', 'last month'")


def _status(exc: CapscopeError) -> int:
    explicit = getattr(exc, "http_status", None)
    if explicit:
        return int(explicit)
    if isinstance(exc, UnknownSymbol | DataUnavailable):
        return 404
    if isinstance(exc, BadInput):
        return 400
    return 500


def _error(status: int, message: str, hint: str = "") -> JSONResponse:
    return JSONResponse({"error": message, "hint": hint}, status_code=status)


class _ReportCache:
    """The last few reports (building one takes about a second); cleared when the store changes."""

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self.items: OrderedDict[tuple[str, str, str], dict[str, Any]] = OrderedDict()

    def get(self, key: tuple[str, str, str]) -> dict[str, Any] | None:
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        return None

    def put(self, key: tuple[str, str, str], value: dict[str, Any]) -> None:
        self.items[key] = value
        while len(self.items) > self.size:
            self.items.popitem(last=False)


class _StoreLock:
    """One request at a time in the store (its per-process cache is not built for parallel
    fills), and on the way in, the cache is dropped if another process wrote to the store since
    the last request (:meth:`Store.refresh_if_changed`): served figures follow the store."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        from capscope.data.store import get_store

        self._lock.acquire()
        try:
            get_store().refresh_if_changed()
        except BaseException:
            self._lock.release()
            raise

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


def _store_stamp() -> str:
    """Changes whenever the store is written (so cached reports never outlive their data)."""
    from capscope.data.store import get_store

    st = get_store()
    return f"{st.path}:{st.path.stat().st_mtime_ns if st.path.exists() else 0}"


def _date(value: str | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    from capscope.data.calendar import parse_date

    return str(parse_date(value, what=what).date())


def report_payload(asof: str | None, pair: str) -> dict[str, Any]:
    """The report as JSON plus its figures as Plotly JSON (what the dashboard draws)."""
    from capscope.report.build import build_report

    return payload_of(build_report(asof, pair))


def payload_of(rep: Any) -> dict[str, Any]:
    """A built report as the dashboard's JSON: ``to_dict()`` plus Plotly figure JSON."""
    from capscope.report.charts import CHART_SECTION, figures

    payload = rep.to_dict()
    payload["figures"] = {
        name: {"section": CHART_SECTION[name], "figure": json.loads(fig.to_json())}
        for name, fig in figures(rep).items()
    }
    return payload


def _mount_offline_docs(app: FastAPI) -> None:
    """Swagger UI at /api/docs from the installed swagger-ui-bundle, not a CDN, so the API docs
    render with no network (FastAPI's default page loads its scripts from a CDN)."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/api/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")
    # The bundled Swagger UI (4.x) reads OpenAPI 3.0 documents; the schema uses nothing newer.
    app.openapi_version = "3.0.3"

    @app.get("/api/docs", include_in_schema=False)
    def _docs() -> Any:
        return get_swagger_ui_html(
            openapi_url="/api/openapi.json", title="capscope API",
            swagger_js_url="/api/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/api/docs-assets/swagger-ui.css",
            swagger_favicon_url="/api/docs-assets/favicon-32x32.png")


def create_app(*, warm: bool = False) -> FastAPI:
    """A fresh app (tests build their own). With ``warm`` (``capscope serve``), the default
    report (last session, RUT:SPX: what the dashboard asks for first) is built in a background
    thread as the server starts, so the first page load finds it in the cache instead of
    waiting for it."""
    from contextlib import asynccontextmanager, suppress

    from capscope import __version__

    lock = _StoreLock()
    cache = _ReportCache()

    def cached_report(day: str | None, pair: str) -> dict[str, Any]:
        key = (day or "", pair, _store_stamp())
        with lock:
            hit = cache.get(key)
            if hit is None:
                hit = report_payload(day, pair)
                cache.put(key, hit)
        return hit

    def warm_up() -> None:
        with suppress(Exception):  # a failed warm-up leaves the request to say why
            cached_report(None, "RUT:SPX")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        if warm:
            threading.Thread(target=warm_up, name="capscope-warm-up", daemon=True).start()
        yield

    app = FastAPI(title="capscope", version=__version__, docs_url=None,
                  redoc_url=None, openapi_url="/api/openapi.json", lifespan=lifespan,
                  description="Small caps vs large caps on real data: the statistics, the "
                              "rotation report and the claim checker.")
    app.state.report_cache = cache
    app.add_middleware(BodySizeLimit, max_bytes=MAX_BODY_BYTES)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _mount_offline_docs(app)

    @app.exception_handler(CapscopeError)
    async def _capscope_error(request: Request, exc: CapscopeError) -> JSONResponse:
        return _error(_status(exc), exc.message, exc.hint)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # a bug must still answer in the API's shape (JSON error + hint), never plain text
        return _error(500, f"internal error: {type(exc).__name__}",
                      "this is a capscope bug; the server log has the details")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        hint = "see /api/docs for the endpoints" if exc.status_code == 404 else ""
        return _error(exc.status_code, str(exc.detail), hint)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        from capscope.web.words import in_words

        first = exc.errors()[0] if exc.errors() else {}
        message, hint = in_words(first)  # "paste an article first", not pydantic's wording
        return _error(422, message, hint)

    # -------------------------------------------------------------------------- pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard() -> HTMLResponse:
        return HTMLResponse((HERE / "templates" / "dashboard.html").read_text(encoding="utf-8"))

    @app.get("/assets/plotly.min.js", include_in_schema=False)
    def plotly_js() -> Response:
        from plotly.offline import get_plotlyjs

        return Response(get_plotlyjs(), media_type="application/javascript",
                        headers={"Cache-Control": "max-age=86400"})

    # -------------------------------------------------------------------------- API
    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Version and the data the store holds for the report pairs."""
        from capscope.report.build import PAIRS, resolve_asof

        with lock:
            last = {k: str(resolve_asof(None, v)[0].date()) for k, v in PAIRS.items()}
            from capscope.data.series import series

            first = {k: str(max(series(a).index[0], series(b).index[0]).date())
                     for k, (a, b) in PAIRS.items()}
        from capscope._freshness import store_freshness

        return {"version": __version__, "pairs": list(PAIRS), "first": first, "last": last,
                "freshness": store_freshness().to_dict()}

    @app.get("/api/report", tags=["report"])
    def report(asof: DateQ = None, pair: PairQ = "RUT:SPX") -> JSONResponse:
        """The rotation report for an as-of date and pair, with Plotly figures."""
        from capscope.report.build import parse_pair

        day = _date(asof, "as-of date")
        a, b = parse_pair(pair)
        return JSONResponse(cached_report(day, f"{a}:{b}"))

    @app.get("/api/report.html", tags=["report"], response_class=HTMLResponse)
    def report_html(asof: DateQ = None, pair: PairQ = "RUT:SPX") -> HTMLResponse:
        """The same report as one offline HTML file (what ``capscope report --html`` writes)."""
        from capscope.report.build import build_report, parse_pair
        from capscope.report.html import render_html

        day = _date(asof, "as-of date")
        a, b = parse_pair(pair)
        with lock:
            rep = build_report(day, f"{a}:{b}")
            page = render_html(rep)
        name = f"capscope-report-{rep.asof.date()}-{a}-{b}.html"
        return HTMLResponse(page, headers={"Content-Disposition": f'inline; filename="{name}"'})

    @app.get("/api/move/{symbol}", tags=["statistics"])
    def move(symbol: Annotated[str, _symbol_path()], on: DateQ = None) -> Any:
        """A session's move, highest/lowest close since, record and streak."""
        from capscope.stats.moves import move as fn

        with lock:
            return fn(symbol, on=_date(on, "date")).to_dict()

    @app.get("/api/returns/{symbol}", tags=["statistics"])
    def returns(symbol: Annotated[str, _symbol_path()],
                window: Annotated[str, Query(max_length=25)] = "1M", on: DateQ = None,
                total: bool = False) -> Any:
        """A price (or total) return over a calendar window (1D, 1M, YTD, 2024, 2024-07...)."""
        from capscope.stats.returns import period_return

        with lock:
            return period_return(symbol, window, on=_date(on, "date"), total=total).to_dict()

    @app.get("/api/compare", tags=["statistics"])
    def compare(a: Annotated[str, Query(max_length=40)], b: Annotated[str, Query(max_length=40)],
                window: Annotated[str, Query(max_length=25)] = "1M", on: DateQ = None,
                total: bool = False) -> Any:
        """Two returns over the same window: difference in points and ratio."""
        from capscope.stats.returns import compare_returns

        with lock:
            return compare_returns(a, b, window, on=_date(on, "date"), total=total).to_dict()

    @app.get("/api/relative-strength", tags=["statistics"])
    def relative_strength(a: Annotated[str, Query(max_length=40)],
                          b: Annotated[str, Query(max_length=40)], on: DateQ = None) -> Any:
        """The a/b ratio: latest value and its highest/lowest since (the line is left out)."""
        from capscope.stats.returns import relative_strength as fn

        with lock:
            out = fn(a, b, on=_date(on, "date")).to_dict()
        out.pop("line", None)
        return out

    @app.get("/api/streaks/{symbol}", tags=["statistics"])
    def streaks(symbol: Annotated[str, _symbol_path()],
                days: Annotated[int, Query(ge=1, le=250)],
                min_pct: Annotated[float, Query(ge=0, le=50)] = 0.0,
                direction: Annotated[str, Query(pattern="^(up|down)$")] = "up",
                relative_to: Annotated[str | None, Query(max_length=40)] = None,
                since: Annotated[str | None, Query(max_length=10)] = None,
                on: DateQ = None) -> Any:
        """Every run of ``days``+ sessions each beyond ``min_pct``%, its rarity, what followed."""
        from capscope.stats.streaks import streak_study

        with lock:
            return streak_study(symbol, days, min_pct, direction, relative_to=relative_to,
                                since=since, on=_date(on, "date")).to_dict()

    @app.get("/api/months/{symbol}", tags=["statistics"])
    def months(symbol: Annotated[str, _symbol_path()], weekly: bool = False,
               min_length: Annotated[int | None, Query(ge=1, le=120)] = None,
               on: DateQ = None) -> Any:
        """Monthly (or weekly) gain/loss streaks and the current one."""
        from capscope.stats.calendar_streaks import calendar_streaks

        with lock:
            return calendar_streaks(symbol, "weekly" if weekly else "monthly",
                                    on=_date(on, "date"), min_length=min_length).to_dict()

    @app.get("/api/levels/{symbol}", tags=["statistics"])
    def levels(symbol: Annotated[str, _symbol_path()],
               lookback: Annotated[str, Query(max_length=25)] = "3Y", on: DateQ = None) -> Any:
        """Support and resistance zones from swing highs and lows."""
        from capscope.stats.levels import levels as fn

        with lock:
            return fn(symbol, lookback, on=_date(on, "date")).to_dict()

    @app.get("/api/sectors", tags=["statistics"])
    def sectors(window: Annotated[str, Query(max_length=25)] = "1M", on: DateQ = None) -> Any:
        """The sector funds over a window vs SPY and IWM, with RRG coordinates."""
        from capscope.stats.sectors import sector_table

        with lock:
            return sector_table(window, on=_date(on, "date")).to_dict()

    @app.get("/api/fed/cycles", tags=["fed"])
    def fed_cycles(on: DateQ = None) -> Any:
        """Easing and tightening cycles since 1954 and the one in progress."""
        from capscope.fed.cycles import cycle_history

        with lock:
            return cycle_history(on=_date(on, "date")).to_dict()

    @app.get("/api/fed/study", tags=["fed"])
    def fed_study(event: Annotated[str, Query(max_length=20)] = "first-cut",
                  a: Annotated[str, Query(max_length=40)] = "RUT",
                  b: Annotated[str, Query(max_length=40)] = "SPX",
                  proxy: Annotated[str | None, Query(max_length=20)] = None,
                  on: DateQ = None) -> Any:
        """Small vs large after every past cycle event (first cut, first hike, last hike)."""
        from capscope.fed.study import cycle_study

        with lock:
            return cycle_study(event, a, b, on=_date(on, "date"), proxy=proxy).to_dict()

    @app.get("/api/fedwatch", tags=["fed"])
    def fedwatch(asof: DateQ = None,
                 meetings: Annotated[int | None, Query(ge=1, le=16)] = None) -> Any:
        """FedWatch-style meeting probabilities from the fed funds futures on a date."""
        from capscope.fed.fedwatch import fedwatch as fn

        with lock:
            return fn(_date(asof, "as-of date"), meetings=meetings).to_dict()

    @app.get("/api/fed/target", tags=["fed"])
    def fed_target(on: DateQ = None) -> Any:
        """The fed funds target range in force on a calendar date."""
        from capscope.fed.policy import history

        with lock:
            h = history(on=_date(on, "date"))
        return {"asof": str(h.asof.date()), "lower": h.lower, "upper": h.upper,
                "takeaway": h.takeaway}

    @app.get("/api/fed/decisions", tags=["fed"])
    def fed_decisions(since: Annotated[str | None, Query(max_length=10)] = None,
                      on: DateQ = None) -> Any:
        """Every change of the target announced from ``since`` (a year or date) to ``on``."""
        from capscope.fed.policy import history

        with lock:
            return history(since=since, on=_date(on, "date")).to_dict()

    @app.get("/api/brief", tags=["report"])
    def brief(on: DateQ = None, pair: PairQ = "RUT:SPX",
              words: Annotated[int, Query(ge=40, le=1000)] = 250) -> Any:
        """The small-cap note for a session, written from the data (``capscope brief``)."""
        from capscope.brief import brief as make
        from capscope.brief.render import to_dict

        with lock:
            return to_dict(make(_date(on, "date"), pair, words=words))

    @app.post("/api/check", tags=["claims"])
    def check(article: Annotated[ArticleIn, Body()]) -> Any:
        """Check an article's claims against the data: verdicts with the spans they cover."""
        from capscope.web.claims import check_article

        published = _date(article.published, "publication date")
        with lock:
            return check_article(article.text, published)

    return app


def _symbol_path() -> Any:
    from fastapi import Path as PathParam

    return PathParam(max_length=40, pattern=r"^[\w^ .&:-]+$",
                     description="A symbol or alias: RUT, Russell 2000, ^GSPC, IWM...")


__all__ = ["ArticleIn", "create_app", "payload_of", "report_payload"]
