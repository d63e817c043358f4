"""Build passages.jsonl, key.jsonl and recipes.json of this corpus from the CSV files.

Usage: python build_corpus.py PATH/TO/data   (or CAPSCOPE_DATA_DIR)
Outputs are written beside this script. Verdicts follow the rules of the dev corpus README.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R  # noqa: E402
from judge import judge_num  # noqa: E402
from passages_src import PASSAGES  # noqa: E402


def fmt(v):
    return v


def main():
    R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not R.DATA:
        print("usage: python build_corpus.py PATH/TO/data"); sys.exit(2)
    plines, klines, recipes = [], [], {}
    for p in PASSAGES:
        text = p["text"]
        claims_out = []
        for ci, c in enumerate(p["claims"]):
            anchor = c["anchor"]
            n = text.count(anchor)
            if n != 1:
                raise SystemExit("anchor %r occurs %d times in %s" % (anchor, n, p["id"]))
            expr = c.get("recipe")
            val = R.evaluate(expr) if expr else None
            j = c["judge"]
            if j[0] == "num":
                _, kind, dec = j
                verdict, rule = judge_num(c["value"], val, kind, dec, c.get("qualifier"))
            elif j[0] == "x":
                verdict, rule = j[1], j[2]
            else:
                verdict, rule = j[0], j[1]
                extra = j[2]
                c = dict(c, note=(c.get("note") + " " + extra).strip() if c.get("note") else extra)
            detail = c.get("detail", "")
            if expr:
                detail = (detail + "; " if detail else "") + "reference.py: " + expr
                recipes["%s#%d" % (p["id"], ci)] = expr
            claims_out.append({k: c.get(k) for k in ("index_or_ticker", "metric", "value", "unit",
                                                      "qualifier", "ref_date", "window", "comparison", "basis")})
            klines.append({
                "passage_id": p["id"], "claim_index": ci, "index_or_ticker": c["index_or_ticker"],
                "metric": c["metric"], "claimed_value": c["value"], "qualifier": c.get("qualifier"),
                "ref_date_used": c.get("ref_date"), "computed_value": val, "computed_detail": detail,
                "verdict": verdict, "rule": rule, "note": c.get("note", ""), "anchor_text": anchor,
            })
        rec = {k: p[k] for k in ("id", "source", "published", "published_confidence")}
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
    with open(os.path.join(HERE, "recipes.json"), "w") as f:
        json.dump(recipes, f, indent=1, sort_keys=True)
    print(len(plines), "passages,", len(klines), "claims")


if __name__ == "__main__":
    main()
