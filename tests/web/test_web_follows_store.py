"""Issue 15, finding 5: a running dashboard serves the figures of the store as it is now, after
another process (here: another Store object on the same file, with its own cache) imports data."""

from __future__ import annotations

import warnings

import pytest

from capscope.data.ingest import import_file
from capscope.data.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.mark.slow  # builds the report before and after
def test_dashboard_follows_an_import_by_another_process(fresh_home, tmp_path):
    from capscope.web.app import create_app

    with TestClient(create_app()) as client:
        before = client.get("/api/move/RUT").json()
        assert before["session"] == "2026-08-21"
        close = before["close"]
        report = client.get("/api/report").json()
        assert report["asof"] == "2026-08-21"

        other = Store(fresh_home / "capscope.duckdb")  # its own cache, like another process
        csv = tmp_path / "next.csv"
        new_close = round(close * 1.02, 2)  # +2.00%: the change the API must now report
        csv.write_text(f"Date,Close\n2026-08-21,{close}\n2026-08-24,{new_close}\n")
        import_file(csv, "RUT", store=other)

        after = client.get("/api/move/RUT").json()
        assert after["session"] == "2026-08-24"
        assert after["close"] == new_close
        assert abs(after["change_pct"] - (new_close / close - 1) * 100) < 1e-9
        health = client.get("/api/health").json()
        assert health["last"]["RUT:SPX"] == "2026-08-21"  # SPX has no 2026-08-24: the pair's
