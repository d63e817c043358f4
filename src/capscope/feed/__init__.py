"""Check a whole news feed: batch checking that scales from one laptop to a Dask cluster.

The room is split by what changes independently: ``reader`` (JSONL, Parquet, a folder; streamed),
``job`` (one article -> its rows; the only code that runs in workers), ``engines`` (this
process, a local process pool, Dask), ``writer`` (atomic parts, resume, reading back),
``summary`` (verdict shares by outlet and kind) and ``run`` (``check_feed``, tying them).
"""

from __future__ import annotations

from capscope.feed.run import FeedResult, check_feed
from capscope.feed.summary import Summary, summarize
from capscope.feed.writer import read_output

__all__ = ["FeedResult", "Summary", "check_feed", "read_output", "summarize"]
