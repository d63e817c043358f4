"""Request errors in words: what a dashboard user reads, never pydantic's wording."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from capscope.web.app import create_app


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app())


@pytest.mark.parametrize(("method", "url", "body", "words"), [
    ("post", "/api/check", {"text": ""}, "paste an article first"),
    ("post", "/api/check", {}, "paste an article first"),
    ("post", "/api/check", {"text": "x" * 200_001}, "the article is too long to check at once"),
    ("get", "/api/streaks/RUT?days=0", None, "the number of sessions must be at least 1"),
    ("get", "/api/streaks/RUT?days=x", None, "the number of sessions must be a number, not 'x'"),
    ("get", "/api/streaks/RUT", None, "say how many sessions a streak must last"),
    ("get", "/api/streaks/RUT?days=3&direction=sideways", None,
     "the direction 'sideways' is not valid"),
    ("get", "/api/fedwatch?meetings=99", None, "the number of meetings must be at most 16"),
])
def test_validation_errors_are_sentences(client, method, url, body, words):
    r = client.post(url, json=body) if method == "post" else client.get(url)
    assert r.status_code == 422
    payload = r.json()
    assert payload["error"] == words
    assert "should" not in payload["error"] and "Input" not in payload["error"]


def test_dates_as_people_type_them_reach_the_statistics(client):
    typed = client.get("/api/move/RUT", params={"on": "Nov 11 2024"}).json()
    assert typed == client.get("/api/move/RUT", params={"on": "2024-11-11"}).json()


def test_health_states_the_data_age(client):
    fresh = client.get("/api/health").json()["freshness"]
    assert fresh["last_session"] == "2026-08-21" and fresh["sessions_behind"] > 5
    assert fresh["stale"] and "capscope data update" in fresh["message"]


def test_brief_endpoint_is_the_cli_brief(client):
    from capscope.brief import brief
    from capscope.brief.render import to_dict

    got = client.get("/api/brief", params={"on": "2024-07-16", "pair": "RUT:SPX"}).json()
    want = to_dict(brief("2024-07-16", "RUT:SPX"))
    assert (got["text"], got["session"], got["pair"]) == (want["text"], "2024-07-16", "RUT:SPX")
    assert [x["figures"] for x in got["sentences"]] == [x["figures"] for x in want["sentences"]]
    r = client.get("/api/brief", params={"words": 5})
    assert r.status_code == 422 and r.json()["error"] == "words must be at least 40"


def test_a_warm_app_has_the_first_report_ready(store):
    import time

    with TestClient(create_app(warm=True)) as warm:
        cache = warm.app.state.report_cache
        deadline = time.monotonic() + 120
        while not cache.items and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(cache.items) == 1  # built by the start-up thread, before any request
        first = warm.get("/api/report", params={"pair": "RUT:SPX"}).json()
        assert len(cache.items) == 1  # served from it
    cold = TestClient(create_app())
    assert cold.get("/api/report", params={"pair": "RUT:SPX"}).json() == first
