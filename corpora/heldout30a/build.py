"""Build passages.jsonl, key.jsonl and recipes.json for corpora/heldout30a.

usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Verdicts follow the dev corpus README rules; values come from reference.py helpers.
"""
import json
import os
import sys

import reference as R
from passages_src import PASSAGES

HERE = os.path.dirname(os.path.abspath(__file__))


def tol_for(dec):
    return 0.5 if dec == 0 else (0.05 + 0.02 if dec == 1 else 0.005 + 0.02)


def auto_verdict(kind, claim, true, dec, qual):
    """returns (verdict, rule)"""
    err = abs(true - claim)
    if qual in (None, "", "none"):
        if err <= tol_for(dec) + 1e-9:
            return "supported", "unhedged figure within rounding tolerance"
    elif qual in ("about", "around", "roughly", "approximately"):
        unit = 10 ** (-dec)
        if err <= unit + 0.02:
            return "supported", "hedged figure (%s) within one unit of the last digit" % qual
    elif qual in ("more than", "over", "above"):
        if true > claim:
            return "supported", "bound (%s) satisfied" % qual
        return "contradicted", "bound (%s) not satisfied" % qual
    if kind == "pct":
        ok = err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true))
        rule = "outside tolerance; %% figure within 20%% of true and max(2 pp, 10%%)"
    elif kind == "level":
        ok = err <= 0.01 * abs(true)
        rule = "outside tolerance; index level within 1%%"
    else:
        ok = err <= 0.2 * abs(true)
        rule = "outside tolerance; point change within 20%%"
    if ok and (claim == 0 or true == 0 or (claim > 0) == (true > 0)):
        return "imprecise", rule.replace("%%", "%")
    return "contradicted", "outside the imprecise band" if (claim > 0) == (true > 0) else "wrong sign"


def pick_anchor(text, cands):
    for c in cands:
        if c and text.count(c) == 1:
            return c
    raise SystemExit("no unique anchor among %r" % (cands,))


def main():
    ddir = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not ddir:
        sys.exit("usage: python build.py PATH/TO/data")
    R.set_data_dir(ddir)
    recipes, pass_out, key_out = {}, [], []
    for p in PASSAGES:
        claims_out = []
        for i, c in enumerate(p["claims"]):
            expr = c.get("expr", "NONE()")
            val = R.evaluate(expr)
            if "verdict" in c:
                verdict, rule = c["verdict"], c["rule"]
            else:
                verdict, rule = auto_verdict(c["kind"], c["value"], val, c["dec"], c.get("qualifier"))
            anchor = pick_anchor(p["text"], c["anchors"])
            rid = "%s#%d" % (p["id"], i)
            recipes[rid] = expr
            claims_out.append({k: c.get(k) for k in ("index_or_ticker", "metric", "value", "unit", "qualifier",
                                                      "ref_date", "window", "comparison", "basis")})
            detail = c.get("detail", "")
            key_out.append({
                "passage_id": p["id"], "claim_index": i, "index_or_ticker": c["index_or_ticker"],
                "metric": c["metric"], "claimed_value": c["value"], "qualifier": c.get("qualifier"),
                "ref_date_used": c.get("ref_date"), "computed_value": val,
                "computed_detail": (detail + "; " if detail else "") + "reference.py: " + expr,
                "verdict": verdict, "rule": rule, "note": c.get("note", ""), "anchor_text": anchor})
        rec = {k: p[k] for k in ("id", "source", "published", "published_confidence")}
        if p.get("published_note"):
            rec["published_note"] = p["published_note"]
        rec["text_kind"] = "condensed_close_paraphrase"
        rec["text"] = p["text"]
        rec["claims"] = claims_out
        pass_out.append(rec)
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for r in pass_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for r in key_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "recipes.json"), "w") as f:
        json.dump(recipes, f, indent=1)
    print("%d passages, %d claims" % (len(pass_out), len(key_out)))


if __name__ == "__main__":
    main()
