"""The per-article job: one article in, its rows out (one per claim, one for the article).

This is the only code the engines run remotely, so it is a plain top-level function of plain
data (picklable for a process pool and for Dask). It never raises for an article: a bad date,
an unusable text, even a bug in the checker becomes the article's ``failed`` status row with
the reason, so one bad record never stops a run of a million.

Each process warms the checker up once (``claims.check.warm_up``: compiled kernels, the main
symbols' scans); verdicts are the same with or without it, only the first articles are faster.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from capscope.feed.reader import Article

# every output row has these columns, in this order (claim rows leave the article-only ones
# empty and the reverse); the writer's Parquet schema is built from this table
COLUMNS: dict[str, type] = {
    "row_type": str,        # "claim" or "article"
    "record": int,          # position of the article in the feed
    "article_id": str,
    "content_hash": str,
    "outlet": str,
    "url": str,
    "published": str,       # the date the check used (ISO), "" when not known
    "status": str,          # article rows: "ok" or "failed"
    "reason": str,          # article rows: why it failed, or the checker's notes
    "n_claims": int,        # article rows: how many claims it holds
    "claim_no": int,        # claim rows: 1-based position in the article; 0 on article rows
    "claim": str,
    "kind": str,
    "subject": str,
    "reading": str,         # what was checked: the symbol and the sessions read
    "explanation": str,     # the verdict's sentence, naming the reading it used
    "verdict": str,
    "claimed": str,
    "found": str,
    "command": str,
    "should_read": str,     # claim rows: the corrected wording of a contradicted/imprecise claim
}

_warm_lock = threading.Lock()
_warm = False


def ensure_warm() -> None:
    """Warm the checker up once per process (threads of one process share it)."""
    global _warm
    if _warm:
        return
    with _warm_lock:
        if not _warm:
            from capscope.claims.check import warm_up

            warm_up()
            _warm = True


def _row(a: Article, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {k: (0 if t is int else "") for k, t in COLUMNS.items()}
    row.update(record=a.record, article_id=a.id, content_hash=a.content_hash, outlet=a.outlet,
               url=a.url)
    row.update(values)
    return row


def failed_row(a: Article, reason: str) -> dict[str, Any]:
    """The status row of an article that could not be checked."""
    return _row(a, row_type="article", status="failed", reason=reason,
                published=a.published or "")


def parse_published(value: str | None) -> dt.date | str | None:
    """A feed's date: ISO day or timestamp ('2024-07-16T14:30:00Z'), or a month alone ('2016-09',
    kept as such: see :mod:`capscope.claims.publication_month`); BadInput otherwise."""
    if value is None or not value.strip():
        return None
    from capscope.claims.publication_month import publication_month
    from capscope.data.calendar import parse_date

    text = value.strip()
    if publication_month(text) is not None:
        return text
    if len(text) > 10 and text[10] in "T ":
        try:
            stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            text = stamp.date().isoformat()
    return parse_date(text, what="published date").date()


def article_rows(a: Article) -> list[dict[str, Any]]:
    """Check one article: its claim rows, then its status row. Never raises."""
    if a.error:
        return [failed_row(a, a.error)]
    from capscope.claims.check import check_text
    from capscope.errors import CapscopeError

    try:
        pub = parse_published(a.published)
    except CapscopeError as exc:
        return [failed_row(a, f"bad published date: {exc.message}")]
    try:
        report = check_text(a.text or "", pub, name=a.id)
        rows = [_claim_row(a, report, n, item) for n, item in enumerate(report.items, 1)]
    except CapscopeError as exc:
        return [failed_row(a, exc.message)]
    except Exception as exc:  # noqa: BLE001 - a checker bug fails this article, not the run
        return [failed_row(a, f"internal error: {type(exc).__name__}: {exc}")]
    published = report.published.isoformat() if report.published else report.published_month
    for r in rows:
        r["published"] = published
    rows.append(_row(a, row_type="article", status="ok", n_claims=len(rows),
                     published=published, reason="; ".join(report.notes)))
    return rows


def _claim_row(a: Article, report: Any, n: int, item: Any) -> dict[str, Any]:
    rc = item.resolved
    return _row(a, row_type="claim", claim_no=n, claim=item.claim.text,
                kind=item.claim.kind.value, subject=rc.subject.symbol or "",
                reading=item.checked_what(), explanation=item.checked.explanation,
                verdict=item.verdict.value, claimed=item.claimed(), found=item.found(),
                command=item.command(), should_read=item.should_read() or "")


def check_chunk(articles: list[Article]) -> list[dict[str, Any]]:
    """Every row of a chunk of articles, in feed order: the unit of work an engine ships."""
    ensure_warm()
    rows: list[dict[str, Any]] = []
    for a in articles:
        rows.extend(article_rows(a))
    return rows


__all__ = ["COLUMNS", "article_rows", "check_chunk", "ensure_warm", "failed_row",
           "parse_published"]
