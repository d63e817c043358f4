"""Build passages.jsonl and key.jsonl of the heldout8a corpus.

Usage:  python build_key.py DATA_DIR      (or set CAPSCOPE_DATA_DIR)

Takes the passage texts and claim specifications from build_passages.py, evaluates every
recipe of reference.py on the CSV files of DATA_DIR to fill computed_value, checks that every
anchor occurs exactly once in its passage, and writes both JSONL files next to this script.
It also prints the verdict counts used in README.md.
"""
import collections
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_passages as bp  # noqa: E402
import reference as ref  # noqa: E402

CLAIM_FIELDS = ["index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date", "window", "comparison", "basis"]
VERDICTS = ["supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"]


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build_key.py DATA_DIR  (or set CAPSCOPE_DATA_DIR)")
    ref.set_data_dir(data)
    recipes = {(p, i): (dec, expr) for p, i, dec, expr in ref.RECIPES}
    problems = []
    passages_out, key_out = [], []
    for p in bp.PASSAGES:
        text = p["text"]
        words = len(text.split())
        if not 120 <= words <= 400:
            problems.append(f"{p['id']}: {words} words")
        claims = []
        for i, c in enumerate(p["claims"]):
            if text.count(c["anchor"]) != 1:
                problems.append(f"{p['id']} #{i}: anchor {c['anchor']!r} occurs {text.count(c['anchor'])} times")
            if c["verdict"] not in VERDICTS:
                problems.append(f"{p['id']} #{i}: bad verdict {c['verdict']}")
            if (p["id"], i) not in recipes:
                problems.append(f"{p['id']} #{i}: no recipe")
                continue
            dec, expr = recipes[(p["id"], i)]
            value = ref.evaluate(expr, dec)
            claims.append({k: c[k] for k in CLAIM_FIELDS})
            detail = (c["detail"] + "; " if c["detail"] else "") + f"reference.py: {expr}"
            key_out.append(dict(
                passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"], metric=c["metric"],
                claimed_value=c["value"], qualifier=c["qualifier"], ref_date_used=c["ref_date"],
                computed_value=value, computed_detail=detail, verdict=c["verdict"], rule=c["rule"], note=c["note"],
                anchor_text=c["anchor"]))
        passages_out.append(dict(
            id=p["id"], source=p["source"], published=p["published"],
            published_confidence=p["published_confidence"], published_note=p["published_note"],
            text_kind="condensed_close_paraphrase", text=text, claims=claims))
    extra = set(recipes) - {(k["passage_id"], k["claim_index"]) for k in key_out}
    for e in sorted(extra):
        problems.append(f"recipe without claim: {e}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(HERE / "passages.jsonl", "w") as f:
        for p in passages_out:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for k in key_out:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    counts = collections.Counter(k["verdict"] for k in key_out)
    print(f"{len(passages_out)} passages, {len(key_out)} claims")
    for v in VERDICTS:
        print(f"  {v}: {counts[v]}")
    small = sum(1 for p in passages_out if p["id"] in bp.SMALL_CAP_IDS)
    print(f"small-cap passages: {small}")


if __name__ == "__main__":
    main()
