"""Extraction on a corpus of hand-written sentences (tests/claims/corpus/sentences.jsonl).

Each line gives a sentence, its publication date and the claim a reader takes from it: kind,
subject, numbers with units, hedge, direction, calendar window of the time phrase, the start of a
"since" window and kind-specific details. Calendar windows were worked out by hand (e.g.
"on Monday" published Wednesday 2024-07-24 is 2024-07-22). A line with kind null must yield no
checkable claim. ``python3 tests/claims/test_extract_corpus.py`` prints recall per kind.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from capscope.claims.extract import extract_claims
from capscope.claims.model import Claim

CORPUS = Path(__file__).parent / "corpus" / "sentences.jsonl"
ENTRIES = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]


def _problems(entry: dict, claims: list[Claim]) -> list[str]:
    """Why no extracted claim matches the entry (empty list: one does)."""
    kind = entry["kind"]
    if kind is None:
        bad = [c.kind.value for c in claims if c.checkable]
        return [f"expected no checkable claim, got {bad}"] if bad else []
    cands = [c for c in claims if c.kind.value == kind]
    if not cands:
        return [f"no {kind} claim (got {[c.kind.value for c in claims]})"]
    best: list[str] | None = None
    for c in cands:
        p = []
        if "subject" in entry and (c.subject is None or c.subject.symbol != entry["subject"]):
            p.append(f"subject {c.subject.symbol if c.subject else None} != {entry['subject']}")
        if "comparison" in entry and (c.comparison is None or c.comparison.symbol != entry["comparison"]):
            p.append(f"comparison {c.comparison.symbol if c.comparison else None} != {entry['comparison']}")
        # "fell 1,033 points, or 2.6%" is two claims, the percent's restating the points'
        linked = [c, *(x for x in claims if x.details.get("restates") == c.text)]
        got = [(round(q.value, 6), q.unit.value) for x in linked for q in x.quantities if q.unit.value != "count"]
        for value, unit in entry.get("numbers", []):
            if (round(float(value), 6), unit) not in got:
                p.append(f"number {value}{unit} not in {got}")
        if "hedge" in entry and c.hedge.value != entry["hedge"]:
            p.append(f"hedge {c.hedge.value} != {entry['hedge']}")
        if "direction" in entry and c.direction.value != entry["direction"]:
            p.append(f"direction {c.direction.value} != {entry['direction']}")
        if "time" in entry:
            t = c.time
            window = [str(t.start), str(t.end)] if t else None
            if window != entry["time"]:
                p.append(f"time {window} != {entry['time']}")
        if "since" in entry and (c.since is None or str(c.since.start) != entry["since"]):
            p.append(f"since {c.since.start if c.since else None} != {entry['since']}")
        for k, v in entry.get("details", {}).items():
            if c.details.get(k) != v:
                p.append(f"details[{k}] {c.details.get(k)!r} != {v!r}")
        if not p:
            return []
        best = p if best is None or len(p) < len(best) else best
    return best or []


@pytest.mark.parametrize("entry", ENTRIES, ids=[f"{i}-{e['kind']}" for i, e in enumerate(ENTRIES)])
def test_corpus_sentence(entry):
    claims = extract_claims(entry["text"], dt.date.fromisoformat(entry["published"]))
    assert _problems(entry, claims) == [], entry["text"]


def test_corpus_covers_every_kind():
    from capscope.claims.model import ClaimKind

    kinds = {e["kind"] for e in ENTRIES}
    assert {k.value for k in ClaimKind} <= kinds


def recall_report() -> str:
    hit, total = Counter(), Counter()
    for e in ENTRIES:
        claims = extract_claims(e["text"], dt.date.fromisoformat(e["published"]))
        k = e["kind"] or "none"
        total[k] += 1
        hit[k] += not _problems(e, claims)
    lines = [f"{k:22} {hit[k]}/{total[k]}" for k in sorted(total)]
    lines.append(f"{'all':22} {sum(hit.values())}/{sum(total.values())} "
                 f"({100 * sum(hit.values()) / sum(total.values()):.0f}%)")
    return "\n".join(lines)


if __name__ == "__main__":
    print(recall_report())
