"""The dashboard in a real browser: Playwright driving Debian's Chromium.

Skipped only when /usr/bin/chromium is absent and not under CI (CI=true makes them run, and
fail loudly if the browser is missing). The server runs in a subprocess on a free loopback port
for the module's tests and is stopped afterwards, whatever happens.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
CHARTS = ["relative_strength", "drawdown", "cycle_overlay", "levels", "rrg"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
                       reason="needs /usr/bin/chromium (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(store):
    import httpx

    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "capscope.web.app:create_app", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"server exited: {proc.stdout.read().decode()[-2000:]}")
            try:
                if httpx.get(url + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("server did not start within 60 s")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture()
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(60_000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    yield pg
    ctx.close()


def _wait_for_report(page, asof: str) -> None:
    page.wait_for_selector(f'body[data-asof="{asof}"]')
    page.wait_for_selector("#chart-relative_strength .main-svg")


def test_dashboard_loads_and_draws_every_chart(page, server):
    page.goto(f"{server}/?asof=2024-07-16")
    _wait_for_report(page, "2024-07-16")
    assert "RUT vs SPX as of 2024-07-16" in page.inner_text("#title")
    for name in CHARTS:
        page.wait_for_selector(f"#chart-{name} .main-svg")
        traces = page.locator(f"#chart-{name} .scatterlayer .trace").count()
        assert traces > 0, f"{name} drew no traces"
        # a drawn line or marker has geometry: a non-empty path
        d = page.eval_on_selector(f"#chart-{name} .scatterlayer .trace path",
                                  "p => p.getAttribute('d') || ''")
        assert len(d) > 10, f"{name} has an empty path"
    assert page.errors == []


def test_changing_the_date_updates_the_numbers(page, server):
    page.goto(f"{server}/?asof=2024-07-16")
    _wait_for_report(page, "2024-07-16")
    first = page.inner_text("#sec-headline .takeaway")
    assert "2,263.67" in first  # RUT's close on 2024-07-16
    assert "5.25-5.50%" in page.inner_text("#sec-fed .takeaway")
    page.fill("#asof", "2025-09-24")
    page.dispatch_event("#asof", "change")
    _wait_for_report(page, "2025-09-24")
    second = page.inner_text("#sec-headline .takeaway")
    assert second != first and "2,434.98" in second  # RUT's close on 2025-09-24
    assert "4.00-4.25%" in page.inner_text("#sec-fed .takeaway")
    assert "asof=2025-09-24" in page.url


def test_pair_selector_switches_to_the_etfs(page, server):
    page.goto(f"{server}/?asof=2025-09-24")
    _wait_for_report(page, "2025-09-24")
    page.select_option("#pair", "IWM:SPY")
    page.wait_for_function("document.querySelector('#title').innerText.includes('IWM vs SPY')")
    assert "241.60" in page.inner_text("#sec-headline")  # IWM's close on 2025-09-24


def test_a_bad_date_shows_an_error_line(page, server):
    page.goto(f"{server}/?asof=1950-01-03")
    page.wait_for_selector("#error:not([hidden])")
    assert "no data" in page.inner_text("#error")


def test_pasting_an_article_shows_verdicts(page, server):
    page.goto(f"{server}/?asof=2024-07-16")
    _wait_for_report(page, "2024-07-16")
    text = ("The Russell 2000 jumped 3.5% on Tuesday to close at 2,263.67, its highest close "
            "since January 2022.")
    page.fill("#article", text)
    page.fill("#published", "2024-07-17")
    page.click("#check-go")
    page.wait_for_selector("#check-out mark, #check-note")
    if page.locator("#check-note").count():  # a build without the checker says so
        assert "checker" in page.inner_text("#check-note")
        return
    marks = page.locator("#check-out mark.supported")
    assert marks.count() >= 1
    assert "3.5%" in page.inner_text("#check-out mark.supported >> nth=0")
    assert page.inner_text("#check-text").replace("SUPPORTED", "").count("Russell 2000") == 1


def test_html_report_draws_its_charts_with_the_network_off(browser, tmp_path):
    """The single-file report: every chart renders although every network request fails."""
    from capscope.report.build import build_report
    from capscope.report.html import write_html

    path = write_html(build_report("2025-09-24", "RUT:SPX"), tmp_path / "r.html")
    ctx = browser.new_context(offline=True)
    try:
        pg = ctx.new_page()
        requested: list[str] = []

        def refuse(route):
            requested.append(route.request.url)
            route.abort()

        pg.route("http*://**/*", refuse)
        pg.goto(path.as_uri())
        for name in CHARTS:
            pg.wait_for_selector(f"#chart-{name} .main-svg", timeout=30_000)
            assert pg.locator(f"#chart-{name} .scatterlayer .trace").count() > 0, name
        assert requested == []  # the page never even tried the network
        assert "2,434.98" in pg.inner_text("#headline .takeaway")  # RUT close 2025-09-24
    finally:
        ctx.close()
