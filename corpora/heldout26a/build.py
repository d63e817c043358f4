#!/usr/bin/env python3
"""Build passages.jsonl and key.jsonl of this corpus from the passage definitions below.

Usage: python build.py PATH/TO/data      (or set CAPSCOPE_DATA_DIR)

Every computed_value comes from the RECIPES table of reference.py (evaluated over the CSV files);
the verdict written for each claim is checked here against the tolerance rules of the dev README
for the numeric claims (the build stops if a hand-set verdict disagrees with the rule).
Outputs are written beside this script.
"""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R  # noqa: E402

from passages_def import PASSAGES  # noqa: E402


def tol_for(decimals, hedge, kind):
    unit = 10 ** (-decimals)
    if hedge in ("about", "around", "roughly", "approximately", "~"):
        return unit + 0.02
    if decimals == 0:
        return 0.5
    if kind == "level" and decimals >= 2:
        return 0.025
    return 0.5 * unit + 0.02


def judge(claimed, true, kind, decimals, hedge=None):
    """Verdict of a numeric claim by the dev README tolerances."""
    if hedge in ("more than", "over", "above"):
        return "supported" if true > claimed else ("imprecise" if abs(true - claimed) <= 0.2 * abs(true) and abs(true - claimed) <= max(2, 0.1 * abs(true)) else "contradicted")
    err = abs(true - claimed)
    if err <= tol_for(decimals, hedge, kind) + 1e-9:
        return "supported"
    if kind in ("pct",):
        if err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true)):
            return "imprecise"
    elif kind == "level":
        if err <= 0.01 * abs(true):
            return "imprecise"
    elif kind in ("points", "count"):
        if err <= 0.2 * abs(true):
            return "imprecise"
    return "contradicted"


def main(argv):
    R.DATA_DIR = argv[1] if len(argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not R.DATA_DIR:
        sys.exit("usage: python build.py PATH/TO/data  (or set CAPSCOPE_DATA_DIR)")
    plines, klines = [], []
    problems = 0
    for p in PASSAGES:
        text = p["text"]
        claims_out = []
        for i, c in enumerate(p["claims"], start=1):
            key = "%s#%d" % (p["id"], i)
            v = R.compute(key)
            a = c["anchor"]
            if text.count(a) != 1:
                print("ANCHOR NOT UNIQUE", key, repr(a), text.count(a))
                problems += 1
            if "auto" in c:
                kind, dec = c["auto"][0], c["auto"][1]
                truth = c["auto"][2](v) if len(c["auto"]) > 2 else v
                got = judge(float(c["value"]), float(truth), kind, dec, c.get("qualifier"))
                if got != c["verdict"]:
                    print("VERDICT DISAGREES", key, c["value"], truth, got, c["verdict"])
                    problems += 1
            claims_out.append({k: c.get(k) for k in ("index_or_ticker", "metric", "value", "unit", "qualifier",
                                                      "ref_date", "window", "comparison", "basis")})
            klines.append({
                "passage_id": p["id"], "claim_index": i, "index_or_ticker": c["index_or_ticker"],
                "metric": c["metric"], "claimed_value": c["value"], "qualifier": c.get("qualifier"),
                "ref_date_used": c.get("ref_date"), "computed_value": v,
                "computed_detail": (c.get("detail", "") + ("; " if c.get("detail") else "") +
                                    "reference.py: " + R.RECIPES[key]),
                "verdict": c["verdict"], "rule": c["rule"], "note": c.get("note", ""), "anchor_text": a,
            })
        rec = {"id": p["id"], "source": p["source"], "published": p["published"],
               "published_confidence": p["published_confidence"]}
        if p.get("published_note"):
            rec["published_note"] = p["published_note"]
        rec.update({"text_kind": "condensed_close_paraphrase", "text": text, "claims": claims_out})
        plines.append(rec)
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for r in plines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for r in klines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(plines), "passages,", len(klines), "claims", dict(Counter(k["verdict"] for k in klines)))
    if problems:
        print(problems, "PROBLEMS")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
