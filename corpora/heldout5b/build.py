"""Build passages.jsonl, key.jsonl and reference.py of this corpus from passages_spec.py.

Usage:  python build.py DATA_DIR      (or set CAPSCOPE_DATA_DIR)
Verdicts marked explicitly in the spec are kept; the others are judged here by the tolerance rules of the
corpus README (unhedged, about, nearly, more than, less than; imprecise bands by figure type).
"""
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from passages_spec import P  # noqa: E402

RULES = {
    "unhedged": "unhedged figure: |true-claim| <= 0.5 (integers), 0.05+0.02 (1 dp), 0.005+0.02 (2 dp)",
    "about": "about/around/near: within one unit of the last stated digit (+0.02)",
    "nearly": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit",
    "more than": "more than/over: true > claim",
    "less than": "less than/within: true < claim",
    "imprecise": "imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures; <= 1% for index levels; <= 20% for point changes, distances and counts",
}


def decimals(s):
    return len(s.split(".")[1]) if "." in s else 0


def judge(claim, qual, true, cat):
    c = float(claim)
    d = decimals(claim)
    unit = 10 ** -d
    t = float(true)
    if qual in (None, "preliminary"):
        tol = 0.5 if d == 0 else 0.5 * unit + 0.02
        ok = abs(t - c) <= tol
        err = abs(t - c)
        rule = RULES["unhedged"]
    elif qual in ("about", "around", "near", "roughly", "approximately"):
        ok = abs(t - c) <= unit + 0.02
        err = abs(t - c)
        rule = RULES["about"]
    elif qual in ("nearly", "almost"):
        u = 0.02 * abs(c) if (d == 0 and abs(c) >= 100 and c % 10 == 0) else unit
        a, b = abs(c), abs(t)
        ok = (a - u <= b <= a + 0.5 * u) and (c * t >= 0)
        err = 0 if ok else min(abs(b - (a - u)), abs(b - (a + 0.5 * u)))
        rule = RULES["nearly"]
    elif qual in ("more than", "over", "above"):
        ok = abs(t) > abs(c) and c * t >= 0
        err = abs(abs(t) - abs(c))
        rule = RULES["more than"]
    elif qual in ("less than", "within"):
        ok = t < c
        err = abs(t - c)
        rule = RULES["less than"]
    else:
        raise ValueError(qual)
    if ok:
        return "supported", rule
    if c * t < 0:
        return "contradicted", rule + "; " + RULES["imprecise"]
    if cat == "pct":
        imp = err <= 0.2 * abs(t) and err <= max(2.0, 0.1 * abs(t))
    elif cat == "level":
        imp = err <= 0.01 * abs(t)
    else:
        imp = err <= 0.2 * abs(t)
    return ("imprecise" if imp else "contradicted"), rule + "; " + RULES["imprecise"]


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build.py DATA_DIR  (or set CAPSCOPE_DATA_DIR)")
    # 1. write reference.py: helpers + RECIPES
    helpers = (HERE / "ref_helpers.py").read_text()
    lines = ["", "", "RECIPES = ["]
    for p in P:
        for i, cl in enumerate(p["claims"]):
            comp = "None" if cl["expr"] is None else f"lambda: {cl['expr']}"
            lines.append(f"    ({p['id']!r}, {i}, {cl['dec']}, {comp}),")
    lines.append("]")
    tail = (HERE / "ref_main.py").read_text()
    (HERE / "reference.py").write_text(helpers + "\n".join(lines) + "\n" + tail)
    import importlib
    sys.path.insert(0, str(HERE))
    ref = importlib.import_module("reference")
    ref.DATA = Path(data)
    recipes = {(pid, i): (dec, f) for pid, i, dec, f in ref.RECIPES}
    # 2. passages and key
    pout, kout = [], []
    for p in P:
        assert 120 <= len(p["text"].split()) <= 400, (p["id"], len(p["text"].split()))
        claims = []
        for i, cl in enumerate(p["claims"]):
            assert p["text"].count(cl["anchor"]) == 1, (p["id"], i, cl["anchor"], p["text"].count(cl["anchor"]))
            dec, f = recipes[(p["id"], i)]
            value = None if f is None else ref.normalise(f(), dec)
            if cl["v"]:
                verdict, rule = cl["v"], {
                    "supported": "checked against the files (see note)",
                    "contradicted": "wrong figure, date, since, record or ordering (see note)",
                    "imprecise": "close but outside tolerance, or a 'since' later than the true date (see note)",
                    "unverifiable": "the files cannot decide it (see note)",
                    "forecast": "projection or target: not judged",
                    "not_checkable": "conditional, opinion or generic statement",
                }[cl["v"]]
            else:
                verdict, rule = judge(cl["value"], cl["qual"], value, cl["cat"])
            detail = (cl["detail"] + "; " if cl["detail"] else "") + "reference.py: " + (cl["expr"] or "None")
            claims.append(dict(index_or_ticker=cl["tk"], metric=cl["metric"], value=cl["value"], unit=cl["unit"],
                               qualifier=cl["qual"], ref_date=cl["ref"], window=cl["window"],
                               comparison=cl["comparison"], basis=cl["basis"]))
            kout.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=cl["tk"], metric=cl["metric"],
                             claimed_value=cl["value"], qualifier=cl["qual"], ref_date_used=cl["ref"],
                             computed_value=value, computed_detail=detail, verdict=verdict, rule=rule,
                             note=cl["note"], anchor_text=cl["anchor"]))
        pout.append(dict(id=p["id"], source=dict(site=p["site"], url=p["url"], original_outlet=p["outlet"]),
                         published=p["published"], published_confidence=p["conf"], published_note=p["pnote"],
                         text_kind="condensed_close_paraphrase", text=p["text"], claims=claims))
    with open(HERE / "passages.jsonl", "w") as fh:
        for r in pout:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as fh:
        for r in kout:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(pout), "passages", len(kout), "claims", Counter(k["verdict"] for k in kout))
    for k in kout:
        print(k["passage_id"], k["claim_index"], k["claimed_value"], k["computed_value"], k["verdict"])


if __name__ == "__main__":
    main()
