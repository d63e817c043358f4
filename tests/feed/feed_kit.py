"""A test feed (helpers shared by tests/feed): the two real example articles, generated articles and a handful of bad records,
with the reference every run is compared with: a plain loop over ``check_text``.

Verdicts may change as the checker improves, so no test fixes a verdict: each run of the feed
machinery is compared with the plain loop (and with other runs) computed in the same session.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parents[1] / "claims" / "examples"
# publication dates from the examples' README
EXAMPLE_DATES = {"small-caps-on-a-tear.txt": "2024-07-16", "iwm-highest-since-2021.txt":
                 "2024-10-17"}
NAMES = {"RUT": "The Russell 2000", "SPX": "The S&P 500", "IWM": "IWM",
         "IXIC": "The Nasdaq Composite"}
OUTLETS = ("Daily Ledger", "Market Wire", "")
FILLER = ("Investors rotated into smaller companies.", "We think the rally has further to run.",
          "Bond yields eased after the inflation report.")


def generated_articles(n: int, seed: int = 14) -> list[dict[str, Any]]:
    """``n`` short articles whose figures come from the real closes, some misstated."""
    import capscope

    rng = random.Random(seed)
    closes = {s: capscope.series(s).loc["2015-01-01":] for s in NAMES}
    days = closes["RUT"].index
    out = []
    for k in range(n):
        i = rng.randrange(30, len(days))
        day = days[i]
        parts = []
        for sym in rng.sample(list(NAMES), 2):
            col = closes[sym]
            j = col.index.get_indexer([day], method="pad")[0]
            move = (col.iloc[j] / col.iloc[j - 1] - 1) * 100
            if rng.random() < 0.3:
                move *= rng.uniform(1.3, 2.0)
            verb = "rose" if move > 0 else "fell"
            parts.append(f"{NAMES[sym]} {verb} {abs(move):.1f}% on {day.day_name()}.")
            parts.append(f"{NAMES[sym]} closed at {col.iloc[j]:,.2f} on {day.day_name()}.")
        parts.insert(1, rng.choice(FILLER))
        text = " ".join(parts)
        if k % 5 == 0:
            text = f"<html><body><p>{text}</p></body></html>"
        published = day.date().isoformat() if k % 7 else f"{day.date().isoformat()}T20:30:00Z"
        out.append({"id": f"gen-{k:03d}", "text": text, "published": published,
                    "outlet": OUTLETS[k % 3], "url": f"https://example.com/{k}"})
    return out


BAD_RECORDS: list[tuple[str | None, Any, str]] = [
    # (id, text, a word the reason must contain)
    ("bad-empty", "", "no text"),
    (None, "The Russell 2000 rose 1.2% on Tuesday.", "no id"),
    ("bad-binary", "abc\u0000def\u0000" * 20, "binary"),
    ("bad-date", "The Russell 2000 rose 1.2% on Tuesday.", "published"),
    ("bad-huge", "x" * (10 * 1024 * 1024 + 1), "limit"),
]


def feed_records(n_generated: int = 36) -> list[dict[str, Any]]:
    recs: list[dict[str, Any]] = []
    for name, day in EXAMPLE_DATES.items():
        recs.append({"id": name, "text": (EXAMPLES / name).read_text(encoding="utf-8"),
                     "published": day, "source": "example"})
    gen = generated_articles(n_generated)
    recs[1:1] = gen[: n_generated // 2]
    recs.extend(gen[n_generated // 2:])
    for pos, (rid, text, _) in zip((5, 12, 20, 27, 33), BAD_RECORDS, strict=True):
        rec = {"text": text, "outlet": "Market Wire"}
        if rid is not None:
            rec["id"] = rid
        if rid == "bad-date":
            rec["published"] = "2024-02-30"
        recs.insert(pos, rec)
    return recs


def write_jsonl(records: list[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")
    return path


def reference(records: list[dict[str, Any]]) -> dict[str, Any]:
    """What a feed run must produce, by a plain loop over ``check_text`` (no feed code)."""
    from capscope.claims.check import check_text
    from capscope.errors import BadInput

    claims: list[tuple[str, int, str, str, str, str, str]] = []
    ok, failed = set(), set()
    by_kind: dict[str, Counter[str]] = {}
    by_outlet: dict[str, Counter[str]] = {}
    for n, r in enumerate(records):
        rid = r.get("id") or f"<record {n}>"
        pub = r.get("published")
        try:
            day = dt.datetime.fromisoformat(pub.replace("Z", "+00:00")).date() if pub else None
            report = check_text(r["text"], day, name=rid)
        except (BadInput, ValueError):
            failed.add(rid)
            continue
        if r.get("id") is None:  # the feed refuses a record without an id, checkable or not
            failed.add(rid)
            continue
        ok.add(rid)
        outlet = r.get("outlet", r.get("source", ""))
        for k, it in enumerate(report.items, 1):
            claims.append((rid, k, it.claim.text, it.claim.kind.value, it.verdict.value,
                           it.claimed(), it.found(), it.should_read() or ""))
            by_kind.setdefault(it.claim.kind.value, Counter())[it.verdict.value] += 1
            by_outlet.setdefault(outlet, Counter())[it.verdict.value] += 1
    return {"claims": claims, "ok": ok, "failed": failed, "by_kind": by_kind,
            "by_outlet": by_outlet}


def claim_table(frame: Any) -> list[tuple[str, int, str, str, str, str, str, str]]:
    """The rows of a feed output comparable with ``reference()['claims']``."""
    c = frame[frame["row_type"] == "claim"]
    return [(r.article_id, int(r.claim_no), r.claim, r.kind, r.verdict, r.claimed, r.found,
             r.should_read) for r in c.itertuples(index=False)]


def is_warm() -> bool:
    """Run on a Dask worker: has this process warmed the checker up?"""
    from capscope.feed import job

    return job._warm
