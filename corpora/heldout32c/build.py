"""Build passages.jsonl, key.jsonl and reference.py for heldout32c.
Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import refhelpers as H
from passages_src import P


def norm(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, (list, tuple)):
        return [norm(x) for x in v]
    try:
        f = float(v)
    except Exception:
        return v
    if f == int(f) and isinstance(v, int):
        return int(f)
    return f


def judge_num(c, t, kind, dp):
    """returns (verdict, rule)"""
    q = (c["qualifier"] or "").lower()
    claim = c["value"]
    if kind == "exceeds":
        return ("supported", "record: the stated close is above every earlier close of the year") if claim > t else ("contradicted", "record")
    if kind == "less":
        return ("supported", "bound: below") if t < claim else ("contradicted", "bound: below")
    if claim != 0 and t != 0 and (claim > 0) != (t > 0):
        return "contradicted", "wrong sign"
    a, b = abs(t), abs(claim)
    unit = 10 ** (-dp)
    ok = None
    if q in ("", "below"):
        tol = 0.5 if dp == 0 else unit / 2 + 0.02
        ok = abs(a - b) <= tol + 1e-9
        rule = "unhedged figure, %d dp: |true - claim| <= %s" % (dp, round(tol, 3))
    elif q in ("about", "around", "roughly", "approximately"):
        ok = abs(a - b) <= unit + 0.02 + 1e-9
        rule = "about: within one unit of the last stated digit"
    elif q in ("nearly", "almost"):
        u = unit
        if dp == 0 and b >= 100 and b % 10 == 0:
            u = 0.02 * b
        ok = b - u <= a <= b + 0.5 * u
        rule = "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit"
    elif q in ("more than", "over", "above"):
        ok = a > b
        rule = "bound: more than"
    elif q == "at least":
        ok = a >= b
        rule = "bound: at least"
    elif q in ("less than", "within"):
        ok = a < b
        rule = "bound: less than"
    elif q in ("as much as", "as many as"):
        ok = abs(a - b) <= unit + 0.02 + 1e-9
        rule = "as much as: session extreme within one unit of the last stated digit"
    else:
        raise ValueError(q)
    if ok:
        return "supported", rule
    err = abs(a - b)
    if kind == "pct":
        close_enough = err <= 0.2 * a and err <= max(2.0, 0.1 * a)
    elif kind == "level":
        close_enough = err <= 0.01 * a
    else:
        close_enough = err <= 0.2 * a
    return ("imprecise" if close_enough else "contradicted"), rule + "; outside it" + (" but close (imprecise band)" if close_enough else ", beyond the imprecise band")


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    H.set_data_dir(data)
    ns = {k: getattr(H, k) for k in dir(H) if not k.startswith("__")}
    passages, keys, recipes = [], [], []
    for p in P:
        text = p["text"]
        claims_out = []
        for i, c in enumerate(p["claims"]):
            assert text.count(c["anchor"]) == 1, (p["id"], i, c["anchor"], text.count(c["anchor"]))
            expr = c["recipe"]
            val = norm(eval(expr, ns))
            j = c["judge"]
            if j[0] == "fixed":
                verdict, rule = j[1], j[2]
            elif j[0] == "eq":
                verdict = "supported" if val == c["value"] else "contradicted"
                rule = "date/value must match the file"
            elif j[0] == "year":
                verdict = "supported" if val and int(val[:4]) == c["value"] else "contradicted"
                rule = "'since X': X must be the last session at least as extreme (year as written)"
            elif j[0] == "month":
                verdict = "supported" if val and val[:7] == c["value"] else "contradicted"
                rule = "'since X': X must be the last session at least as extreme (month as written)"
            else:
                verdict, rule = judge_num(c, val, j[1], j[2])
            claims_out.append({k: c[k] for k in ("index_or_ticker", "metric", "value", "unit", "qualifier",
                                                 "ref_date", "window", "comparison", "basis")})
            keys.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"],
                             metric=c["metric"], claimed_value=c["value"], qualifier=c["qualifier"],
                             ref_date_used=c["ref_date"], computed_value=val,
                             computed_detail="reference.py: " + expr,
                             verdict=verdict, rule=rule, note=c["note"], anchor_text=c["anchor"]))
            recipes.append((p["id"], i, expr))
        passages.append(dict(id=p["id"], source=p["source"], published=p["published"],
                             published_confidence=p["published_confidence"], published_note=p["published_note"],
                             text_kind="condensed_close_paraphrase", text=text, claims=claims_out))
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    tmpl = open(os.path.join(HERE, "reference_template.py")).read()
    table = "RECIPES = [\n" + "".join("    (%r, %d, %r),\n" % r for r in recipes) + "]\n"
    with open(os.path.join(HERE, "reference.py"), "w") as f:
        f.write(tmpl.replace("# @@RECIPES@@\n", table))
    print(len(passages), "passages", len(keys), "claims")


if __name__ == "__main__":
    main()
