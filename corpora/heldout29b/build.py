"""Build passages.jsonl and key.jsonl of this corpus and write the RECIPES table into reference.py.

Usage: python build.py PATH/TO/data   (or CAPSCOPE_DATA_DIR).  Outputs are written beside this file.
"""
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R  # noqa: E402

from passages_src import PASSAGES  # noqa: E402


def decimals(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def judge(c, v):
    kind = c["kind"]
    if kind in ("U", "N", "F", "manual"):
        return c["verdict"], c["rule"]
    if kind == "bool":
        return ("supported", "boolean check holds") if v is True else ("contradicted", "boolean check fails")
    if kind == "eq":
        return ("supported", "matches the file") if v == c["expect"] else ("contradicted", "differs from the file")
    claim = float(c["value"])
    true = float(v)
    q = (c.get("qualifier") or "").lower()
    k = decimals(c["value"])
    unit = 10 ** (-k)
    if q in ("more than", "over", "above", "at least", "less than", "within") and claim < 0:
        claim, true = -claim, -true
    if q in ("more than", "over", "above"):
        ok = true > claim
    elif q == "at least":
        ok = true >= claim
    elif q in ("less than", "within"):
        ok = true < claim
    elif q in ("about", "around", "roughly", "approximately", "some", "as much as"):
        ok = abs(true - claim) <= unit + 0.02 + 1e-9
    elif q in ("nearly", "almost"):
        u = unit
        if k == 0 and abs(claim) >= 100 and int(abs(claim)) % 10 == 0:
            u = 0.02 * abs(claim)
        if claim < 0:
            ok = claim - 0.5 * u <= true <= claim + u
        else:
            ok = claim - u <= true <= claim + 0.5 * u
    else:
        tol = 0.5 if k == 0 else (0.5 * unit + 0.02)
        ok = abs(true - claim) <= tol + 1e-9
    if ok:
        return "supported", f"within tolerance ({q or 'unhedged'}, {k} dp)"
    err = abs(true - claim)
    if (claim > 0) != (true > 0) and claim != 0 and kind != "level":
        return "contradicted", "wrong sign"
    if kind == "level":
        imp = err <= 0.01 * abs(true)
    elif kind == "pct":
        imp = err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true))
    else:
        imp = err <= 0.2 * abs(true)
    if imp:
        return "imprecise", f"outside tolerance but close ({kind})"
    return "contradicted", f"outside tolerance ({kind})"


def main():
    R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not R.DATA:
        sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    recipes = {}
    prows, krows = [], []
    for p in PASSAGES:
        claims_out = []
        for i, c in enumerate(p["claims"], 1):
            v = R.evaluate(c["recipe"])
            v = json.loads(json.dumps(v))
            verdict, rule = judge(c, v)
            if c.get("verdict") and c["kind"] not in ("U", "N", "F", "manual"):
                verdict, rule = c["verdict"], c.get("rule", rule)
            assert p["text"].count(c["anchor"]) == 1, (p["id"], i, c["anchor"])
            recipes[f"{p['id']}#{i}"] = c["recipe"]
            claims_out.append({k: c.get(k) for k in ("index_or_ticker", "metric", "value", "unit", "qualifier",
                                                      "ref_date", "window", "comparison", "basis")})
            extra = c.get("detail")
            detail_val = R.evaluate(extra) if extra else None
            det = (f"{extra} = {json.loads(json.dumps(detail_val))}; " if extra else "") + f"reference.py: {c['recipe']}"
            krows.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": c["index_or_ticker"],
                          "metric": c["metric"], "claimed_value": c["value"], "qualifier": c.get("qualifier"),
                          "ref_date_used": c.get("ref_date"), "computed_value": v, "computed_detail": det,
                          "verdict": verdict, "rule": rule, "note": c.get("note", ""), "anchor_text": c["anchor"]})
        prows.append({"id": p["id"], "source": p["source"], "published": p["published"],
                      "published_confidence": p["published_confidence"], "published_note": p.get("published_note", ""),
                      "text_kind": "condensed_close_paraphrase", "text": p["text"], "claims": claims_out})
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for r in prows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for r in krows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ref = open(os.path.join(HERE, "reference.py")).read()
    body = "RECIPES = {\n" + "".join(f"    {k!r}: {v!r},\n" for k, v in recipes.items()) + "}\n"
    ref = re.sub(r"(# ---- RECIPES:[^\n]*\n).*?(# ---- end RECIPES ----)", lambda m: m.group(1) + body + m.group(2), ref, flags=re.S)
    open(os.path.join(HERE, "reference.py"), "w").write(ref)
    from collections import Counter
    print(len(prows), "passages", len(krows), "claims", Counter(r["verdict"] for r in krows))


if __name__ == "__main__":
    main()
