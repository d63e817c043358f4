"""Issue 15, finding 2 in the API: dates outside the supported range answer a JSON 4xx naming
the range, and an unexpected error answers JSON 500, never plain text."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(store):
    from capscope.web.app import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("path", ["/api/move/RUT", "/api/returns/RUT", "/api/levels/RUT",
                                  "/api/months/RUT", "/api/sectors", "/api/fed/cycles",
                                  "/api/fed/target"])
@pytest.mark.parametrize("day", ["2263-01-01", "1600-01-01"])
def test_api_far_dates_are_json_4xx(client, path, day):
    r = client.get(path, params={"on": day})
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
    body = r.json()
    assert day in body["error"] and "2200-12-31" in body["error"]


def test_api_report_and_check_far_dates(client):
    r = client.get("/api/report", params={"asof": "2263-01-01"})
    assert r.status_code == 400 and "2263-01-01" in r.json()["error"]
    r = client.post("/api/check", json={"text": "The Russell 2000 rose 1.5% on Tuesday.",
                                        "published": "9999-12-31"})
    assert r.status_code == 400 and "9999-12-31" in r.json()["error"]


def test_api_unexpected_errors_answer_json(client, monkeypatch):
    import capscope.stats.moves as moves

    def boom(*a, **k):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(moves, "move", boom)
    r = client.get("/api/move/RUT")
    assert r.status_code == 500
    assert r.json()["error"] == "internal error: RuntimeError"


@pytest.mark.parametrize("since", ["1600", "2300-01-01"])
def test_api_streaks_since_outside_the_range(client, since):
    r = client.get("/api/streaks/RUT", params={"days": 3, "since": since})
    assert r.status_code == 400 and "2200-12-31" in r.json()["error"]
