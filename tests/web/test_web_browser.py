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
import tempfile
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
    DOCS.mkdir(exist_ok=True)
    page.locator("#check").screenshot(path=str(DOCS / "dashboard-check.png"))


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


# ------------------------------------------------------------ issue 13: width, controls, words

WIDE_CHARTS = [*CHARTS, "rebased", "rolling_relative", "monthly_relative", "yearly_relative",
               "context"]
# The README's screenshots: rendered into docs/ when CAPSCOPE_SCREENSHOTS=1 (to refresh them),
# else into a temporary folder, so an ordinary run leaves the working tree as it was.
DOCS = (Path(__file__).resolve().parents[2] / "docs" if os.environ.get("CAPSCOPE_SCREENSHOTS")
        else Path(tempfile.mkdtemp(prefix="capscope-screens-")))


def _chart_widths(pg) -> list[tuple[str, float, float]]:
    """(chart id, its width, its section's content width) of every drawn chart."""
    return pg.evaluate(
        """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(d => {
             const box = d.closest('section');
             const cs = getComputedStyle(box);
             const inner = box.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
             return [d.id, d.getBoundingClientRect().width, inner]; })""")


@pytest.mark.parametrize("width", [1280, 820])
def test_dashboard_charts_fill_their_container(browser, server, width):
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    try:
        pg = ctx.new_page()
        pg.set_default_timeout(60_000)
        pg.goto(f"{server}/?asof=2024-07-16")
        _wait_for_report(pg, "2024-07-16")
        for name in WIDE_CHARTS:
            pg.wait_for_selector(f"#chart-{name} .main-svg")
        widths = _chart_widths(pg)
        assert {w[0] for w in widths} >= {f"chart-{n}" for n in WIDE_CHARTS}
        for name, got, room in widths:
            assert got >= 0.9 * room, (name, got, room)
        if width == 1280:
            DOCS.mkdir(exist_ok=True)
            pg.locator("#sec-risk").screenshot(path=str(DOCS / "dashboard-risk.png"))
    finally:
        ctx.close()


def test_report_charts_fill_their_sections_and_screenshot(browser, tmp_path):
    from capscope.report.build import build_report
    from capscope.report.html import write_html

    path = write_html(build_report("2026-08-21", "RUT:SPX"), tmp_path / "r.html")
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        pg = ctx.new_page()
        pg.goto(path.as_uri())
        for name in WIDE_CHARTS:
            pg.wait_for_selector(f"#chart-{name} .main-svg", timeout=30_000)
        for name, got, room in _chart_widths(pg):
            assert got >= 0.9 * room, (name, got, room)
        DOCS.mkdir(exist_ok=True)
        pg.set_viewport_size({"width": 1280, "height": 1400})
        pg.evaluate("window.scrollTo(0, 0)")
        pg.screenshot(path=str(DOCS / "report.png"))  # the header and the headline section
        pg.set_viewport_size({"width": 1280, "height": 900})
        pg.locator("#risk").screenshot(path=str(DOCS / "report-risk.png"))
        assert pg.locator("a.csv").count() >= 8
        pg.select_option("#risk select.period-filter", "5Y")
        shown = pg.locator("#risk table.data >> nth=0").locator("tbody tr:not([hidden])")
        assert shown.count() == 3  # RUT, SPX and the spread over five years
        assert {shown.nth(i).locator("td").first.inner_text() for i in range(3)} == {"5Y"}
    finally:
        ctx.close()


def test_an_as_of_date_after_the_data_is_said_in_words(page, server):
    page.goto(f"{server}/?asof=2030-01-03")
    _wait_for_report(page, "2026-08-21")
    notice = page.inner_text("#asof-notice")
    assert "2030-01-03 is after the data, which end on 2026-08-21" in notice
    assert page.is_visible("#asof-notice")
    assert "2030-01-03" not in page.inner_text("#top-notes")  # said once, in the notice


def test_date_picker_bounds_follow_the_pair(page, server):
    page.goto(f"{server}/?asof=2024-07-16")
    _wait_for_report(page, "2024-07-16")
    assert page.get_attribute("#asof", "min") == "1987-09-10"  # RUT's first session
    page.select_option("#pair", "IWM:SPY")
    page.wait_for_function("document.querySelector('#title').innerText.includes('IWM vs SPY')")
    assert page.get_attribute("#asof", "min") == "2000-05-26"  # IWM's first session
    assert page.get_attribute("#asof", "max") == "2026-08-21"
    assert page.input_value("#ask-symbol") == "IWM"


def test_an_empty_check_asks_for_an_article(page, server):
    page.goto(f"{server}/?asof=2024-07-16")
    _wait_for_report(page, "2024-07-16")
    page.click("#check-go")
    page.wait_for_selector("#check-note")
    assert page.inner_text("#check-note").startswith("Paste an article first")


@pytest.mark.parametrize(("stat", "expect"), [
    ("move", "RUT +3.50% to 2,263.67 on 2024-07-16"),
    ("streaks", "RUT 5+ straight sessions of 1%+ gains"),
    ("levels", "last close"),
    ("months", "current streak"),
    ("brief", "Russell 2000"),
])
def test_ask_the_data_on_the_chosen_date(page, server, stat, expect):
    page.goto(f"{server}/?asof=2024-07-16")
    _wait_for_report(page, "2024-07-16")
    page.select_option("#ask-stat", stat)
    assert page.is_visible("#ask-symbol") == (stat != "brief")
    page.click("#ask-go")
    page.wait_for_selector(f'#ask-out[data-stat="{stat}"], #ask-note')
    assert expect in page.inner_text("#ask-out")
    if stat == "move":
        assert "2022-01-04" in page.inner_text("#ask-out")  # highest close since


def test_ask_the_data_errors_in_words(page, server):
    page.goto(f"{server}/?asof=2024-07-16")
    _wait_for_report(page, "2024-07-16")
    page.select_option("#ask-stat", "streaks")
    page.fill("#ask-days", "0")
    page.click("#ask-go")
    page.wait_for_selector("#ask-note")
    assert "the number of sessions must be at least 1" in page.inner_text("#ask-note")
