"""``check_feed``: read a feed, skip what is done, check the rest on an engine, write parts.

The parent process only reads, hashes, chunks and writes; the checking happens in the engine's
workers. Records are chunked as they are read (memory is a few chunks, not the feed), an article
whose id and content hash already have a status row in OUTPUT is skipped (resume), and a second
record with an id seen earlier in the feed becomes a failed row of its own (``<record N>``), so
every id has one status row. The summary is computed from OUTPUT at the end, part by part, so
it covers resumed runs too and is exactly what the output holds.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from capscope.feed.reader import Article, count_records, feed_format, read_feed
from capscope.feed.summary import Summary, summarize
from capscope.feed.writer import FeedOutput

DEFAULT_CHUNK = 50
_RESUME = "run the same command again to resume: finished articles are kept and skipped"


@dataclasses.dataclass
class FeedResult:
    """What one run did, and the summary of everything OUTPUT now holds."""

    output: Path
    format: str
    engine: str
    records: int  # records read from the feed
    skipped: int  # already done in OUTPUT (same id and content)
    checked: int  # articles checked by this run (failed ones included)
    failed: int  # of those, articles that could not be checked
    claims: int  # claim rows written by this run
    seconds: float
    summary: Summary

    @property
    def articles_per_second(self) -> float:
        return self.checked / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"output": str(self.output), "format": self.format, "engine": self.engine,
                "records": self.records, "skipped": self.skipped, "checked": self.checked,
                "failed": self.failed, "claims": self.claims,
                "seconds": round(self.seconds, 3),
                "articles_per_second": round(self.articles_per_second, 2),
                "summary": self.summary.to_dict()}


def _todo(feed: Iterator[Article], done: dict[str, str], tally: dict[str, int]
          ) -> Iterator[Article]:
    """Records still to check: not done with the same content, duplicates of an id renamed."""
    seen: dict[str, int] = {}
    for a in feed:
        tally["records"] += 1
        first = seen.setdefault(a.id, a.record)
        if first != a.record:  # the same id twice in one feed: its own failed row
            why = f"duplicate id {a.id!r} (first at record {first})"
            a = Article(a.record, f"<record {a.record}>", None, a.published, a.outlet, a.url,
                        why if not a.error else f"{why}; {a.error}")
        if done.get(a.id) == a.content_hash:
            tally["skipped"] += 1
            continue
        yield a


def _chunks(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for a in articles:
        chunk.append(a)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def show_progress() -> bool:
    """A progress bar only for a person watching: stderr is a terminal and this is not CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def check_feed(feed: str | Path, output: str | Path, *, format: str | None = None,  # noqa: A002
               workers: int | None = None, dask: str | Any | None = None,
               chunk_size: int = DEFAULT_CHUNK, progress: bool | None = None,
               on_chunk: Callable[[int], None] | None = None) -> FeedResult:
    """Check every article of ``feed`` and write one row per claim and per article to ``output``.

    ``feed``: a JSONL or Parquet file, or a folder of .txt/.html articles. ``output``: a folder
    of Parquet (default) or JSONL parts; a re-run with the same folder resumes. ``workers``: local
    processes (default: every core; 0 checks in this process). ``dask``: ``"local"``,
    ``"local:N"``, a scheduler address, or a ``distributed.Client``. ``progress``: a Rich bar
    (default: only on a terminal, never in CI). ``on_chunk`` is called with the number of
    articles of each chunk written (tests use it to interrupt a run).
    """
    from capscope.errors import BadInput, CapscopeError, Interrupted
    from capscope.feed.engines import make_engine, parse_dask

    feed_path = Path(feed)
    feed_format(feed_path)  # missing or unknown: one line, before any output is made
    if chunk_size < 1:
        raise BadInput(f"chunk size {chunk_size} is not positive", "pass --chunk-size 1 or more")
    if isinstance(dask, str):
        parse_dask(dask)  # a malformed spec is refused before OUTPUT is created
    created = not Path(output).exists()
    out = FeedOutput(output, format)
    done = out.done()
    tally = {"records": 0, "skipped": 0, "checked": 0, "failed": 0, "claims": 0}
    show = show_progress() if progress is None else progress
    total = count_records(feed_path) if show else None
    t0 = time.perf_counter()
    try:
        engine = make_engine(workers, dask)
    except BaseException:
        out.close()
        if created and not out.parts():  # nothing was written: leave no empty folder behind
            with contextlib.suppress(OSError):
                (out.path / ".lock").unlink()
                out.path.rmdir()
        raise
    try:
        chunks = _chunks(_todo(read_feed(feed_path), done, tally), chunk_size)
        with _Progress(show, total) as bar:
            bar.advance(0, skipped=0)
            for chunk, rows in engine.run(chunks):
                out.write(rows)
                status = [r for r in rows if r["row_type"] == "article"]
                tally["checked"] += len(status)
                tally["failed"] += sum(r["status"] == "failed" for r in status)
                tally["claims"] += len(rows) - len(status)
                bar.advance(len(chunk), skipped=tally["skipped"])
                if on_chunk is not None:
                    on_chunk(len(chunk))
    except KeyboardInterrupt:
        raise Interrupted(f"interrupted after {tally['checked']:,} articles of this run were "
                          f"written to {str(out.path)!r}", _RESUME) from None
    except CapscopeError:
        raise
    except Exception as exc:  # a worker killed (out of memory), a lost cluster, a full disk
        raise CapscopeError(f"the run stopped after {tally['checked']:,} articles were written "
                            f"to {str(out.path)!r}: {type(exc).__name__}: {exc}",
                            _RESUME) from exc
    finally:
        engine.close()
        out.close()
    seconds = time.perf_counter() - t0
    return FeedResult(out.path, out.fmt, engine.description, tally["records"], tally["skipped"],
                      tally["checked"], tally["failed"], tally["claims"], seconds,
                      summarize(out.path))


class _Progress:
    """A Rich progress bar (articles, articles/s, ETA) on stderr, or nothing at all."""

    def __init__(self, show: bool, total: int | None) -> None:
        self._bar: Any = None
        if show:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            from capscope.cli._common import console

            self._bar = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]} articles/s"),
                                 TextColumn("{task.fields[skipped]}"), TimeElapsedColumn(),
                                 TextColumn("ETA"), TimeRemainingColumn(),
                                 console=console(stderr=True), transient=False)
            self._task = self._bar.add_task("feed", total=total, rate="-", skipped="")
            self._t0 = time.perf_counter()
            self._n = self._skipped = 0

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def advance(self, n: int, *, skipped: int) -> None:
        if self._bar is None:
            return
        self._n += n  # the rate counts checked articles; the bar also moves past skipped ones
        rate = self._n / max(time.perf_counter() - self._t0, 1e-9)
        newly, self._skipped = skipped - self._skipped, skipped
        self._bar.update(self._task, advance=n + newly, rate=f"{rate:,.1f}",
                         skipped=f"({skipped:,} done before)" if skipped else "")

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


__all__ = ["DEFAULT_CHUNK", "FeedResult", "check_feed", "show_progress"]
