"""Fixtures of the feed tests: the test feed and its plain-loop reference (see feed_kit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from feed_kit import feed_records, reference, write_jsonl


@pytest.fixture(scope="session")
def test_feed(store) -> list[dict[str, Any]]:
    """The test feed's records (JSON objects)."""
    return feed_records()


@pytest.fixture(scope="session")
def generated(test_feed) -> list[dict[str, Any]]:
    """The generated, well-formed records of the test feed."""
    return [r for r in test_feed if r.get("id", "").startswith("gen-")]


@pytest.fixture(scope="session")
def feed_records_and_reference(test_feed) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    return test_feed, reference(test_feed)


@pytest.fixture()
def feed_file(test_feed, tmp_path) -> Path:
    return write_jsonl(test_feed, tmp_path / "feed.jsonl")
