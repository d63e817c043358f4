"""Build passages.jsonl, key.jsonl and the RECIPES table of reference.py for heldout9a.

Usage: python build_corpus.py PATH/TO/data      (or set CAPSCOPE_DATA_DIR)
Every computed value is evaluated with the helpers in ref_helpers.py on the CSV files.
"""
import json, os, re, sys
from pathlib import Path
import ref_helpers as H
from passages_spec import PASSAGES

HERE = Path(__file__).resolve().parent

RULES = {
    "int": "unhedged integer: |true-claim| <= 0.5",
    "dp1": "unhedged 1-dp figure: |true-claim| <= 0.05 + 0.02",
    "dp2": "unhedged 2-dp figure: |true-claim| <= 0.005 + 0.02",
    "dp3": "unhedged 3-dp figure: |true-claim| <= 0.0005 + 0.02",
    "about": "about/approximately: within one unit of the last stated digit (+0.02)",
    "nearly": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (unit = 2% of the value for whole numbers >= 100 ending in 0)",
    "more": "more than: true > claim",
    "within": "within/less than: true < claim",
    "asmuch": "as much as / as high as (session extreme): within one unit of the last stated digit",
}
IMPRECISE = {
    "pct": "imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures; otherwise contradicted",
    "level": "imprecise = outside tolerance but within 1% for levels; otherwise contradicted",
    "pts": "imprecise = outside tolerance but within 20% for point changes, distances and counts; otherwise contradicted",
}


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol_ok(claim_str, true, qual):
    c = float(str(claim_str).replace(",", ""))
    dp = decimals(claim_str)
    unit = 10 ** -dp
    if qual in (None, "preliminary", "early calculations"):
        tol = 0.5 if dp == 0 else 0.5 * unit + 0.02
        return abs(true - c) <= tol + 1e-9, {0: "int", 1: "dp1", 2: "dp2"}.get(dp, "dp3")
    if qual in ("about", "approximately", "roughly", "around"):
        return abs(true - c) <= unit + 0.02 + 1e-9, "about"
    if qual in ("nearly", "almost"):
        if dp == 0 and abs(c) >= 100 and c % 10 == 0:
            unit = abs(c) * 0.02
        a = abs(true) if c >= 0 else -true
        cc = abs(c)
        return cc - unit - 1e-9 <= a <= cc + 0.5 * unit + 1e-9, "nearly"
    if qual in ("more than", "over", "above"):
        return abs(true) > abs(c), "more"
    if qual in ("within", "less than"):
        return abs(true) < abs(c), "within"
    if qual in ("as much as", "as high as"):
        return abs(true - c) <= unit + 0.02 + 1e-9, "asmuch"
    raise ValueError(qual)


def near(claim_str, true, cls):
    c = float(str(claim_str).replace(",", ""))
    err = abs(true - c)
    if cls == "pct":
        return err <= 0.2 * abs(true) and err <= max(2, 0.1 * abs(true))
    if cls == "level":
        return err <= 0.01 * abs(true)
    return err <= 0.2 * abs(true)


def judge(cl, value):
    """Automatic verdict for numeric claims ('num'); other kinds carry a fixed verdict."""
    kind = cl["kind"]
    if kind in ("U", "F", "N"):
        return {"U": "unverifiable", "F": "forecast", "N": "not_checkable"}[kind], cl.get("rule", "")
    if kind == "bool":
        return ("supported" if value else "contradicted"), cl.get("rule", "the statement is true in the files")
    if kind == "fixed":
        return cl["verdict"], cl["rule"]
    cands = value if isinstance(value, list) else [value]
    best = None
    for v in cands:
        ok, r = tol_ok(cl["claimed"], v, cl.get("qualifier"))
        if ok:
            return "supported", RULES[r] + (" (either 50-day convention)" if isinstance(value, list) else "")
        if best is None or abs(v - float(str(cl["claimed"]).replace(",", ""))) < abs(best - float(str(cl["claimed"]).replace(",", ""))):
            best = v
    ok, r = tol_ok(cl["claimed"], best, cl.get("qualifier"))
    cls = cl.get("cls", "pct")
    if cl.get("qualifier") in ("more than", "within", "less than") and not cl.get("allow_imprecise"):
        return "contradicted", RULES[r]
    v = "imprecise" if near(cl["claimed"], best, cls) else "contradicted"
    return v, RULES[r] + "; " + IMPRECISE[cls]


def norm(v, dec):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, dec)
    if isinstance(v, (list, tuple)):
        return [norm(x, dec) for x in v]
    return v


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build_corpus.py PATH/TO/data (or set CAPSCOPE_DATA_DIR)")
    H.set_data_dir(data)
    env = {k: getattr(H, k) for k in dir(H) if not k.startswith("_")}
    passages, keys, recipes = [], [], []
    for p in PASSAGES:
        text = p["text"]
        words = len(text.split())
        assert 120 <= words <= 400, (p["id"], words)
        claims_out = []
        for i, cl in enumerate(p["claims"]):
            a = cl["anchor"]
            assert text.count(a) == 1, (p["id"], i, a, text.count(a))
            expr = cl.get("expr")
            dec = cl.get("dec", 2)
            value = None if expr is None else norm(eval(expr, env), dec)
            verdict, rule = judge(cl, value)
            if "verdict" in cl and cl["kind"] != "fixed":
                if cl["verdict"] != verdict:
                    print("VERDICT MISMATCH", p["id"], i, cl["verdict"], verdict, value)
            claimed_val = cl["claimed"]
            try:
                claimed_num = float(str(claimed_val).replace(",", ""))
                if cl.get("sign") == "-":
                    claimed_num = -claimed_num
                claimed_val = int(claimed_num) if claimed_num.is_integer() and "." not in str(cl["claimed"]) else claimed_num
            except (ValueError, TypeError):
                pass
            claims_out.append({"index_or_ticker": cl["t"], "metric": cl["metric"], "value": claimed_val,
                               "unit": cl.get("unit", "pct"), "qualifier": cl.get("qualifier"),
                               "ref_date": cl.get("ref"), "window": cl.get("window"),
                               "comparison": cl.get("comparison"), "basis": cl.get("basis", "close")})
            detail = (cl.get("detail", "") + "; " if cl.get("detail") else "") + "reference.py: " + (expr if expr else "None (not computable from the files)")
            keys.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": cl["t"], "metric": cl["metric"],
                         "claimed_value": claimed_val, "qualifier": cl.get("qualifier"), "ref_date_used": cl.get("ref"),
                         "computed_value": value, "computed_detail": detail, "verdict": verdict, "rule": rule,
                         "note": cl.get("note", ""), "anchor_text": a})
            recipes.append((p["id"], i, dec, expr))
        rec = {k: p[k] for k in ("id", "source", "published", "published_confidence", "published_note")}
        rec.update({"text_kind": "condensed_close_paraphrase", "text": text, "claims": claims_out})
        passages.append(rec)
    with open(HERE / "passages.jsonl", "w") as f:
        for r in passages:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for r in keys:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = ["RECIPES = ["]
    for pid, i, dec, expr in recipes:
        lines.append(f"    ({pid!r}, {i}, {dec}, {'None' if expr is None else 'lambda: ' + expr}),")
    lines.append("]")
    src = (HERE / "reference.py").read_text()
    src = re.sub(r"# BEGIN RECIPES.*# END RECIPES", "# BEGIN RECIPES\n" + "\n".join(lines) + "\n# END RECIPES", src, flags=re.S)
    (HERE / "reference.py").write_text(src)
    from collections import Counter
    print(len(passages), "passages", len(keys), "claims", Counter(k["verdict"] for k in keys))


if __name__ == "__main__":
    main()
