#!/usr/bin/env python3
"""Build passages.jsonl and key.jsonl of this corpus, and write the RECIPES table into reference.py.

Usage: python build_corpus.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Every computed_value is produced by evaluating the recipe expression with the helpers of reference.py;
verdicts, rules and notes are the hand-made judgements recorded below (checked against those values).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R  # noqa: E402
from passages_src import PASSAGES  # noqa: E402


def main():
    R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not R.DATA:
        sys.exit("usage: python build_corpus.py PATH/TO/data")
    plines, klines, recipes = [], [], []
    for p in PASSAGES:
        text = p["text"]
        claims_out = []
        for i, c in enumerate(p["claims"], 1):
            anchor = c["anchor"]
            if text.count(anchor) != 1:
                raise SystemExit(f"anchor not unique in {p['id']} #{i}: {anchor!r} ({text.count(anchor)})")
            expr = c.get("expr")
            val = R.evaluate(expr) if expr else None
            claims_out.append({k: c.get(k) for k in
                               ["index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date", "window",
                                "comparison", "basis"]})
            detail = c.get("detail", "")
            detail = (detail + "; " if detail else "") + ("reference.py: " + expr if expr else "reference.py: none (nothing in the files computes it)")
            klines.append({
                "passage_id": p["id"], "claim_index": i, "index_or_ticker": c["index_or_ticker"],
                "metric": c["metric"], "claimed_value": c["value"], "qualifier": c.get("qualifier"),
                "ref_date_used": c.get("ref_date"), "computed_value": val, "computed_detail": detail,
                "verdict": c["verdict"], "rule": c["rule"], "note": c["note"], "anchor_text": anchor,
            })
            recipes.append([p["id"], i, expr])
        rec = {k: p[k] for k in ["id", "source", "published", "published_confidence"]}
        if p.get("published_note"):
            rec["published_note"] = p["published_note"]
        rec["text_kind"] = "condensed_close_paraphrase"
        rec["text"] = text
        rec["claims"] = claims_out
        plines.append(rec)
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for r in plines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for r in klines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # write the RECIPES table into reference.py
    src = open(os.path.join(HERE, "reference.py")).read()
    start = src.index("# ---- recipes: (passage_id, claim_index, expression)")
    end = src.index("\n\ndef evaluate(")
    table = "# ---- recipes: (passage_id, claim_index, expression) ------------------------------------\nRECIPES = [\n"
    for pid, i, e in recipes:
        table += f"    ({pid!r}, {i}, {e!r}),\n"
    table += "]\n"
    src = src[:start] + table + src[end:]
    open(os.path.join(HERE, "reference.py"), "w").write(src)
    print(f"{len(plines)} passages, {len(klines)} claims")


if __name__ == "__main__":
    main()
