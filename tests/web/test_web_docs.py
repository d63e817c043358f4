"""The API docs page works offline: its scripts and styles come from this server, not a CDN."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from capscope.web.app import create_app


def test_docs_page_loads_only_local_assets(store):
    client = TestClient(create_app())
    page = client.get("/api/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources, "the docs page should reference its script and stylesheet"
    for src in sources:
        assert src.startswith("/api/"), src
        assert client.get(src).status_code == 200, src
    assert "openapi.json" in page.text
    spec = client.get("/api/openapi.json").json()
    assert spec["info"]["title"] == "capscope"
    # the bundled Swagger UI 4 refuses OpenAPI 3.1 documents ("Unable to render this definition")
    assert spec["openapi"].startswith("3.0.")


def test_docs_assets_do_not_escape_their_folder(store):
    client = TestClient(create_app())
    for path in ("/api/docs-assets/../app.py", "/api/docs-assets/%2e%2e/%2e%2e/etc/passwd"):
        assert client.get(path).status_code == 404
