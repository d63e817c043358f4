"""Fixtures of the feed tests: the test feed and its plain-loop reference (see feed_kit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from feed_kit import feed_records, reference, write_jsonl


@pytest.fixture(scope="session")
def feed_records_and_reference(store) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    records = feed_records()
    return records, reference(records)


@pytest.fixture()
def feed_file(feed_records_and_reference, tmp_path) -> Path:
    return write_jsonl(feed_records_and_reference[0], tmp_path / "feed.jsonl")
