"""``capscope check --feed INPUT --out OUTPUT``: the batch face of the check room.

Kept apart from ``cli/check.py`` (one article, a detailed table) because a feed run prints
something else entirely: what the run did and two summary tables (verdict shares by outlet and
by claim kind). The work itself is ``capscope.feed.check_feed``; this only parses and renders.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from capscope.cli._common import console, print_json, safe


def run_feed(feed: Path, out: Path | None, *, fmt: str | None, workers: int | None,
             dask: str | None, chunk_size: int, as_json: bool) -> None:
    """Check the feed and print the run's figures and summary (or JSON)."""
    from capscope.errors import BadInput
    from capscope.feed import check_feed

    if out is None:
        raise BadInput("--feed needs --out", "pass --out FOLDER for the results (Parquet parts)")
    result = check_feed(feed, out, format=fmt, workers=workers, dask=dask,
                        chunk_size=chunk_size)
    if as_json:
        print_json(result.to_dict())
        return
    _render(result)


def _render(result: Any) -> None:
    from rich.table import Table

    from capscope.feed.summary import VERDICTS

    con = console()
    done = f", {result.skipped:,} done before" if result.skipped else ""
    con.print(f"[bold]{result.checked:,}[/bold] articles checked ({result.failed:,} failed"
              f"{done}), {result.claims:,} claims, in {result.seconds:.1f} s "
              f"({result.articles_per_second:,.1f} articles/s) on {safe(result.engine)}")
    con.print(f"results: {safe(result.output)} ({result.format} parts, one row per claim and "
              "per article)", style="dim")
    s = result.summary
    for by, title in (("outlet", "by outlet"), ("kind", "by claim kind")):
        frame = s.table(by)
        if frame.empty:
            continue
        table = Table(title=f"{s.claims:,} claims in {sum(s.articles.values()):,} articles, "
                      f"{title} (verdict shares, %)", title_justify="left")
        for col in frame.columns:
            table.add_column(col.replace("_", " "), justify="left" if col == by else "right")
        for row in frame.itertuples(index=False):
            cells = [safe(row[0])]
            for col, value in zip(frame.columns[1:], row[1:], strict=True):
                cells.append(f"{value:.1f}" if col in VERDICTS else f"{value:,}")
            table.add_row(*cells)
        con.print(table)


__all__ = ["run_feed"]
