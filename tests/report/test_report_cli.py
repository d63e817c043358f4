"""``capscope report`` and ``capscope serve`` on the command line."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from capscope.cli import app


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def test_report_for_a_date_prints_the_story_and_writes_html(store, runner, tmp_path):
    out = tmp_path / "r.html"
    res = runner.invoke(app, ["report", "--asof", "2024-07-16", "--html", str(out)])
    assert res.exit_code == 0, res.output
    text = res.output
    assert "2,263.67" in text and "+3.50%" in text  # RUT on 2024-07-16 (PROVENANCE)
    assert "5.25-5.50%" in text  # the target range before the September 2024 cut
    assert str(out) in text.replace("\n", "")
    html = out.read_text(encoding="utf-8")
    assert html.count("<script") >= 5  # plotly.js once, then one per chart
    assert not re.search(r"<script[^>]+src=", html)  # nothing loaded from elsewhere
    assert 'id="chart-relative_strength"' in html and 'id="chart-rrg"' in html
    for key in ("headline", "streaks", "monthly", "fed", "expectations", "levels", "sectors",
                "provenance"):
        assert f'id="{key}"' in html


def test_default_report_writes_into_the_current_directory(store, runner, tmp_path,
                                                          monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["report"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "capscope-report.html").exists()
    assert "2026-08-21" in res.output  # the last session of the bundled data


def test_report_json(store, runner, tmp_path):
    res = runner.invoke(app, ["report", "--asof", "2025-09-24", "--pair", "IWM:SPY", "--json",
                              "--no-html"])
    assert res.exit_code == 0, res.output
    body = json.loads(res.output)
    assert body["asof"] == "2025-09-24" and body["pair"] == ["IWM", "SPY"]
    assert body["html"] is None
    fed = next(s for s in body["sections"] if s["key"] == "fed")
    assert fed["numbers"]["target"] == {"lower": 4.0, "upper": 4.25}


@pytest.mark.parametrize(("args", "words"), [
    (["report", "--pair", "QQQ:SPY", "--no-html"], "unknown pair"),
    (["report", "--asof", "2024-02-30", "--no-html"], "not a date"),
    (["report", "--asof", "1980-01-02", "--no-html"], "no data"),
])
def test_bad_input_is_one_line_exit_2(store, runner, args, words):
    res = runner.invoke(app, args)
    assert res.exit_code == 2, res.output
    lines = [ln for ln in res.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and words in lines[0]
    assert "Traceback" not in res.output


def test_unwritable_html_path_is_bad_input(store, runner, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = runner.invoke(app, ["report", "--asof", "2024-07-16", "--html",
                              str(blocker / "sub" / "r.html")])
    assert res.exit_code == 2
    assert "cannot write the report" in res.output


def test_serve_binds_loopback_by_default(runner):
    res = runner.invoke(app, ["serve", "--help"])
    assert res.exit_code == 0
    assert "127.0.0.1" in res.output and "8050" in res.output


def test_many_dates_one_report_each(store, runner, tmp_path):
    res = runner.invoke(app, ["report", "--asof", "2024-07-16", "--asof", "2024-07-13",
                              "--html", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    body = json.loads(res.output)
    assert [r["asof"] for r in body] == ["2024-07-16", "2024-07-12"]  # Saturday -> Friday
    for r in body:
        assert (tmp_path / f"capscope-report-{r['asof']}.html").exists()


def test_many_dates_check_every_date_first(store, runner, tmp_path):
    res = runner.invoke(app, ["report", "--asof", "2024-07-16", "--asof", "soon",
                              "--html", str(tmp_path)])
    assert res.exit_code == 2 and "not a date" in res.output
    assert not list(tmp_path.iterdir())  # nothing was built before the bad date was seen


def test_open_hands_the_file_to_the_browser(store, runner, tmp_path, monkeypatch):
    import webbrowser

    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url))
    out = tmp_path / "r.html"
    res = runner.invoke(app, ["report", "--asof", "2024-07-16", "--html", str(out), "--open"])
    assert res.exit_code == 0, res.output
    assert opened == [out.resolve().as_uri()]


def test_terminal_report_does_not_load_plotly(store):
    """The terminal summary alone must not pay for plotly's import."""
    import subprocess
    import sys

    code = ("import sys; from typer.testing import CliRunner; from capscope.cli import app; "
            "r = CliRunner().invoke(app, ['report', '--asof', '2024-07-16', '--no-html']); "
            "assert r.exit_code == 0, r.output; print('plotly' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_serve_on_a_busy_port_is_one_line(runner):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        res = runner.invoke(app, ["serve", "--port", str(port)])
    assert res.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in res.output
    assert "Traceback" not in res.output
