"""Build passages.jsonl, key.jsonl and recipes.json beside this file.
Usage: python build.py PATH/TO/data  (or set CAPSCOPE_DATA_DIR)"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R
from passages_src import PASSAGES

def unit_of(dec):
    return 10 ** (-dec)

def judge(claimed, true, dec, qual, kind):
    """kind: pct | level | points | yield | bool | date | count"""
    if kind in ("bool", "date", "count", "list"):
        return ("supported", "exact match") if claimed == true else ("contradicted", "does not match the files")
    t = abs(true) if kind != "level" else true
    c = abs(claimed)
    if kind == "level":
        c = claimed
    err = abs(c - t)
    u = unit_of(dec)
    if qual in ("about", "around", "roughly", "approximately", "near", "just about"):
        ok = err <= u + 0.02; rule = "about: within one unit of the last stated digit"
    elif qual in ("nearly", "almost", "close to"):
        ok = (c - u - 1e-9) <= t <= (c + 0.5 * u + 1e-9); rule = "nearly: claim - 1 unit <= true <= claim + 0.5 unit"
    elif qual in ("more than", "over"):
        ok = t > c; rule = "more than: true > claim"
    else:
        tol = 0.5 if dec == 0 else (0.07 if dec == 1 else 0.025)
        ok = err <= tol + 1e-9; rule = f"unhedged {dec} dp: |error| <= {tol}"
    if ok:
        return "supported", rule
    if kind in ("pct", "yield"):
        imp = err <= 0.2 * t and err <= max(2.0, 0.1 * t)
    elif kind == "level":
        imp = err <= 0.01 * t
    else:
        imp = err <= 0.2 * t
    return ("imprecise" if imp else "contradicted"), rule + "; outside tolerance"

def main():
    R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    passages, keys, recipes = [], [], {}
    for p in PASSAGES:
        claims = []
        for i, c in enumerate(p["claims"]):
            expr = c.get("expr")
            val = eval(expr, vars(R)) if expr else None
            if c.get("verdict"):
                verdict, rule = c["verdict"], c.get("rule", "")
            else:
                verdict, rule = judge(c["value"], val if c["kind"] != "pct_abs" else val, c.get("dec", 0), c.get("qualifier"), c["kind"])
            assert p["text"].count(c["anchor"]) == 1, (p["id"], c["anchor"])
            claims.append({k: c.get(k) for k in ("index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date", "window", "comparison", "basis")})
            recipes[f"{p['id']}#{i}"] = expr if expr else "None"
            keys.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": c["index_or_ticker"],
                         "metric": c["metric"], "claimed_value": c["value"], "qualifier": c.get("qualifier"),
                         "ref_date_used": c.get("ref_date"), "computed_value": val,
                         "computed_detail": (c.get("detail", "") + " " if c.get("detail") else "") + f"reference.py: {expr}",
                         "verdict": verdict, "rule": rule, "note": c.get("note", ""), "anchor_text": c["anchor"]})
        q = {k: p[k] for k in ("id", "source", "published", "published_confidence")}
        if p.get("published_note"): q["published_note"] = p["published_note"]
        q["text_kind"] = "condensed_close_paraphrase"; q["text"] = p["text"]; q["claims"] = claims
        passages.append(q)
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for q in passages: f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for k in keys: f.write(json.dumps(k, ensure_ascii=False) + "\n")
    refp = os.path.join(HERE, "reference.py")
    src = open(refp).read()
    a, rest = src.split("# RECIPES-BEGIN\n", 1)
    _, z = rest.split("# RECIPES-END", 1)
    body = "RECIPES = {\n" + "".join(f"    {k!r}: {v!r},\n" for k, v in recipes.items()) + "}\n"
    open(refp, "w").write(a + "# RECIPES-BEGIN\n" + body + "# RECIPES-END" + z)
    from collections import Counter
    print(len(passages), "passages", len(keys), "claims", Counter(k["verdict"] for k in keys))
    for k in keys:
        print(k["passage_id"][:30], k["claim_index"], k["claimed_value"], k["computed_value"], k["verdict"])

if __name__ == "__main__":
    main()
