"""Extraction recall and verdict accuracy of the whole checker on labelled sentences.

Two hand-written corpora under ``tests/claims/corpus/`` (new sentences, not the example
articles): ``sentences.jsonl`` labels what a reader extracts (kind, subject, ...);
``verdicts.jsonl`` labels what the data says (kind, subject, verdict and, in ``why``, the rows
that decide it, read off the data by hand). Each sentence goes through the same pipeline as
``capscope check`` (normalise, extract, resolve, verify) with its publication date.

* **extraction recall**: labelled claims (kind not null) for which a claim of that kind, and of
  that subject when one is labelled, was extracted; over both corpora.
* **verdict accuracy**: over ``verdicts.jsonl``, the verdict of the first extracted claim of the
  labelled kind against the label. Reported end to end (a missed claim counts as wrong) and
  given extraction (only sentences whose claim was extracted).

Run ``python3 tests/claims/corpus_eval.py`` for the table and every miss.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "corpus"


def load(name: str) -> list[dict[str, Any]]:
    path = CORPUS / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _found(entry: dict[str, Any], report: Any) -> Any:
    for item in report.items:
        if item.claim.kind.value != entry["kind"]:
            continue
        if "subject" in entry and item.resolved.subject.symbol != entry["subject"]:
            continue
        return item
    return None


def evaluate() -> dict[str, Any]:
    """Run both corpora; return the rates, per-kind counts and the misses."""
    from capscope.claims.check import check_text

    per_kind: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: list[str] = []
    wrong: list[str] = []
    extracted = labelled = 0
    v_total = v_right = v_given = v_given_right = 0
    for name in ("sentences.jsonl", "verdicts.jsonl"):
        for e in load(name):
            if e.get("kind") is None:
                continue
            report = check_text(e["text"], e.get("published"))
            item = _found(e, report)
            k = per_kind[e["kind"]]
            labelled += 1
            k["labelled"] += 1
            if item is not None:
                extracted += 1
                k["extracted"] += 1
            else:
                got = [(i.claim.kind.value, i.resolved.subject.symbol) for i in report.items]
                misses.append(f"[{e['kind']}] {e['text']!r} -> {got}")
            if "verdict" not in e:
                continue
            v_total += 1
            k["verdicts"] += 1
            if item is None:
                continue
            v_given += 1
            if item.verdict.value == e["verdict"]:
                v_right += 1
                v_given_right += 1
                k["right"] += 1
            else:
                wrong.append(f"[{e['kind']}] {e['text']!r}: got {item.verdict.value}, want "
                             f"{e['verdict']} ({e.get('why', '')}); checker: "
                             f"{item.checked.explanation[:160]}")
    return {
        "labelled": labelled, "extracted": extracted,
        "recall": extracted / labelled if labelled else 0.0,
        "verdicts": v_total, "verdicts_extracted": v_given,
        "accuracy": v_right / v_total if v_total else 0.0,
        "accuracy_given_extraction": v_given_right / v_given if v_given else 0.0,
        "per_kind": {k: dict(v) for k, v in sorted(per_kind.items())},
        "misses": misses, "wrong": wrong,
    }


def main() -> None:
    r = evaluate()
    print(f"{'kind':22s} {'labelled':>8s} {'found':>6s} {'verdicts':>8s} {'right':>6s}")
    for kind, c in r["per_kind"].items():
        print(f"{kind:22s} {c.get('labelled', 0):8d} {c.get('extracted', 0):6d} "
              f"{c.get('verdicts', 0):8d} {c.get('right', 0):6d}")
    print(f"\nextraction recall: {r['extracted']}/{r['labelled']} = {r['recall']:.1%}")
    print(f"verdict accuracy, end to end: {r['accuracy']:.1%} of {r['verdicts']}")
    print(f"verdict accuracy, given extraction: {r['accuracy_given_extraction']:.1%} of "
          f"{r['verdicts_extracted']}")
    if r["misses"]:
        print("\nnot extracted:")
        for m in r["misses"]:
            print("  " + m)
    if r["wrong"]:
        print("\nwrong verdicts:")
        for w in r["wrong"]:
            print("  " + w)


if __name__ == "__main__":
    main()
