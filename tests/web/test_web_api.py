"""The JSON API: the same numbers as the statistics, 4xx JSON errors, body cap, static safety."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(store):
    from capscope.web.app import create_app

    with TestClient(create_app()) as c:
        yield c


def test_health_names_the_data_range(client):
    body = client.get("/api/health").json()
    assert body["pairs"] == ["RUT:SPX", "IWM:SPY"]
    assert body["first"]["IWM:SPY"] == "2000-05-26"  # IWM's first session in the snapshot
    assert body["last"]["RUT:SPX"] == "2026-08-21"  # the snapshot's last session


def test_report_endpoint_matches_the_report_and_carries_figures(client):
    r = client.get("/api/report", params={"asof": "2024-07-16", "pair": "RUT:SPX"})
    assert r.status_code == 200
    body = r.json()
    assert body["asof"] == "2024-07-16"
    head = next(s for s in body["sections"] if s["key"] == "headline")
    assert head["numbers"]["RUT"]["close"] == pytest.approx(2263.67, abs=0.005)
    figs = body["figures"]
    assert {"relative_strength", "drawdown", "cycle_overlay", "levels", "rrg"} <= set(figs)
    for f in figs.values():
        assert f["figure"]["data"], "a figure without traces"
    # the second call comes from the cache and is the same
    assert client.get("/api/report", params={"asof": "2024-07-16"}).json() == body


def test_report_dates_change_the_numbers(client):
    a = client.get("/api/report", params={"asof": "2024-07-16"}).json()
    b = client.get("/api/report", params={"asof": "2025-09-24"}).json()
    fa = next(s for s in a["sections"] if s["key"] == "fed")["numbers"]["target"]
    fb = next(s for s in b["sections"] if s["key"] == "fed")["numbers"]["target"]
    assert (fa["upper"], fb["upper"]) == (5.5, 4.25)


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/api/report?asof=2024-13-01", 400, "not a date"),
    ("/api/report?asof=yesterday", 400, "not a date"),
    ("/api/report?pair=QQQ:SPY", 400, "unknown pair"),
    ("/api/report?asof=1950-01-03", 404, "no data"),
    ("/api/report?asof=" + "9" * 30, 400, "not a date"),
    ("/api/report?asof=" + "9" * 50, 422, "the as-of date is too long"),
    ("/api/move/NOPE", 404, "unknown symbol"),
    ("/api/move/RUT?on=1900-01-02", 404, "before"),
    ("/api/move/" + "R" * 60, 422, "symbol"),
    ("/api/returns/RUT?window=lots", 400, "window"),
    ("/api/compare?a=RUT", 422, "b"),
    ("/api/fed/target?on=1970-01-02", 404, "target"),
    ("/api/nothing-here", 404, "Not Found"),
])
def test_bad_inputs_are_json_4xx(client, url, status, words):
    r = client.get(url)
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error", "hint"}
    assert words.lower() in body["error"].lower()
    assert "Traceback" not in r.text


def test_statistics_endpoints_return_the_statistics(client):
    m = client.get("/api/move/Russell 2000", params={"on": "2024-07-16"}).json()
    assert m["symbol"] == "RUT" and m["close"] == pytest.approx(2263.67, abs=0.005)
    r = client.get("/api/returns/RUT", params={"window": "1W", "on": "2024-07-16"}).json()
    # 2024-07-09 close 2029.47 (read from the rows) -> 2263.67
    assert r["return_pct"] == pytest.approx((2263.67 / 2029.47 - 1) * 100, abs=0.01)
    c = client.get("/api/compare", params={"a": "IWM", "b": "SPY", "window": "2024",
                                           "total": "true"}).json()
    assert c["a"]["basis"] == "total"
    rs = client.get("/api/relative-strength", params={"a": "RUT", "b": "SPX",
                                                      "on": "2024-07-16"}).json()
    assert "line" not in rs and rs["latest"] == pytest.approx(2263.67 / 5667.20, rel=1e-4)
    t = client.get("/api/fed/target", params={"on": "2024-09-19"}).json()
    assert (t["lower"], t["upper"]) == (4.75, 5.0)  # the 2024-09-18 cut took effect 09-19
    d = client.get("/api/fed/decisions", params={"since": "2024", "on": "2024-12-31"}).json()
    assert [x["announced"] for x in d["decisions"]] == ["2024-09-18", "2024-11-07", "2024-12-18"]


def test_openapi_lists_the_api(client):
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/report", "/api/move/{symbol}", "/api/check", "/api/returns/{symbol}"):
        assert path in spec["paths"]
    assert client.get("/api/docs").status_code == 200


def test_dashboard_and_assets_are_local(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "/assets/plotly.min.js" in page.text and "cdn" not in page.text.lower()
    js = client.get("/assets/plotly.min.js")
    assert js.status_code == 200 and len(js.content) > 1_000_000
    assert client.get("/static/dashboard.js").status_code == 200


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py",
                                  "/static/..%2fapp.py", "/static/%2e%2e/%2e%2e/errors.py",
                                  "/static//etc/passwd", "/static/....//app.py"])
def test_static_never_leaves_its_folder(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "import" not in r.text  # no Python source came back


def test_check_article_returns_verdicts_with_spans(client):
    text = ("The Russell 2000 jumped 3.5% on Tuesday to close at 2,263.67, its highest close "
            "since January 2022.")
    r = client.post("/api/check", json={"text": text, "published": "2024-07-17"})
    if r.status_code == 501:  # a build without the checker says so plainly
        assert "checker" in r.json()["error"]
        return
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["source"] == text
    verdicts = {c["text"]: c["verdict"] for c in body["claims"]}
    assert verdicts.get("jumped 3.5%") == "supported"  # RUT +3.50% on 2024-07-16
    for c in body["claims"]:
        s = c["source_span"]
        assert text[s["start"]:s["end"]] == c["text"]


@pytest.mark.parametrize(("payload", "status"), [
    ({"text": ""}, 422), ({}, 422), ({"text": "x", "published": "July"}, 400),
    ({"text": 5}, 422),
])
def test_check_validates_its_input(client, payload, status):
    r = client.post("/api/check", json=payload)
    assert r.status_code == status, r.text
    assert set(r.json()) == {"error", "hint"}


def test_declared_oversized_body_is_refused(client):
    r = client.post("/api/check", content=b"x" * (2 * 1024 * 1024 + 1),
                    headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert "2 MB" in r.json()["error"]


def test_streamed_oversized_body_is_refused(client):
    def chunks():
        for _ in range(40):
            yield b"y" * 65536  # 2.5 MB in total, no Content-Length

    r = client.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=3 * 1024 * 1024))
def test_body_cap_is_exact(size):
    """The middleware alone: any body up to the cap passes, one byte more is refused."""
    import asyncio

    from capscope.web.limits import MAX_BODY_BYTES, BodySizeLimit

    seen = {}

    async def app(scope, receive, send):
        body = b""
        while True:
            msg = await receive()
            body += msg.get("body", b"")
            if not msg.get("more_body"):
                break
        seen["n"] = len(body)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    sent = []
    pieces = [b"z" * min(65536, size - i) for i in range(0, size, 65536)] or [b""]

    async def receive():
        chunk = pieces.pop(0)
        return {"type": "http.request", "body": chunk, "more_body": bool(pieces)}

    async def send(msg):
        sent.append(msg)

    scope = {"type": "http", "method": "POST", "headers": []}
    asyncio.run(BodySizeLimit(app)(scope, receive, send))
    status = sent[0]["status"]
    assert status == (200 if size <= MAX_BODY_BYTES else 413)


def test_more_statistics_endpoints(client):
    s = client.get("/api/streaks/RUT", params={"days": 5, "on": "2024-07-16"}).json()
    # 2024-07-10..07-16: five straight RUT gains (closes 2029.47 -> 2263.67, read from rows)
    assert s["latest"]["start"] == "2024-07-10" and s["latest"]["length"] == 5
    m = client.get("/api/months/RUT", params={"on": "2025-09-24"}).json()
    assert m["current"]["length"] == 5 and m["current"]["direction"] == "up"
    lv = client.get("/api/levels/RUT", params={"on": "2024-07-16"}).json()
    assert lv["last_close"] == pytest.approx(2263.67, abs=0.005)
    sec = client.get("/api/sectors", params={"on": "2025-09-24"}).json()
    assert set(sec["unavailable"]) == {"XLI", "XLP"}  # no closes on both dates (PROVENANCE)
    cyc = client.get("/api/fed/cycles", params={"on": "2025-09-24"}).json()
    assert cyc["current"]["first_move"] == "2024-09-18"
    st_ = client.get("/api/fed/study", params={"on": "2025-09-24"}).json()
    assert st_["event"] == "first-cut" and st_["a"] == "RUT"
    fw = client.get("/api/fedwatch", params={"asof": "2026-08-21", "meetings": 2}).json()
    assert fw["current_range"] == "3.50-3.75" and len(fw["meetings"]) == 2


@pytest.mark.parametrize(("url", "status"), [
    ("/api/streaks/RUT", 422),  # days is required
    ("/api/streaks/RUT?days=0", 422),
    ("/api/streaks/RUT?days=3&direction=sideways", 422),
    ("/api/fedwatch?asof=2024-07-16", 404),  # futures start 2024-07-31
    ("/api/fed/study?event=first-sneeze", 400),
    ("/api/sectors?window=forever", 400),
])
def test_more_bad_inputs(client, url, status):
    r = client.get(url)
    assert r.status_code == status, r.text
    assert set(r.json()) == {"error", "hint"}


def test_check_without_a_checker_is_a_plain_501(client, monkeypatch):
    from capscope.web import claims

    monkeypatch.setattr(claims, "_entry", lambda: None)
    r = client.post("/api/check", json={"text": "The Russell 2000 rose 1%."})
    assert r.status_code == 501
    assert "checker is not in this build" in r.json()["error"]


def test_html_report_download(client):
    r = client.get("/api/report.html", params={"asof": "2024-07-16", "pair": "IWM:SPY"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "capscope-report-2024-07-16-IWM-SPY.html" in r.headers["content-disposition"]
    assert "IWM vs SPY as of 2024-07-16" in r.text and 'id="chart-rrg"' in r.text
    assert client.get("/api/report.html", params={"asof": "nope"}).status_code == 400
