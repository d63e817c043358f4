"""A local CSV or Parquet file as a source: the same protocol, reading through the importer.

Useful for ``capscope data update SYMBOL --source csv`` style workflows and tests: the file is
the "response", and merging with the stored series follows the same overlap rules as a provider
update.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from capscope.data.sources.base import ResponseCache, Source, SourceQuery


class CsvSource(Source):
    name = "csv"
    label = "local file"
    interval = 0.0

    def __init__(self, path: str | Path, **kwargs: Any) -> None:
        kwargs.setdefault("cache", ResponseCache(ttl=0))  # a local file needs no cache
        super().__init__(**kwargs)
        self.path = Path(path).expanduser()

    def transform_query(self, info: Any, start: Any, end: Any) -> SourceQuery:
        query = super().transform_query(info, start, end)
        return SourceQuery(query.symbol, self.path.name, query.kind, query.start, query.end)

    def extract(self, query: SourceQuery) -> bytes:
        from capscope.data.ingest import read_bytes  # one bounded reader

        return read_bytes(self.path)


__all__ = ["CsvSource"]
