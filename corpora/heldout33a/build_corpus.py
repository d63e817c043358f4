"""Build passages.jsonl, key.jsonl and recipes.json of this corpus.

Usage: python build_corpus.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Every computed value comes from reference.py (same directory) evaluated over the CSV files; the verdict
follows the tolerances and rules of the dev corpus README. Outputs are written beside this script.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R  # noqa: E402

from passages_def import PASSAGES  # noqa: E402


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def judge_num(claimed_str, value, true, kind, qualifier):
    """return (verdict, rule)"""
    dp = decimals(claimed_str)
    unit = 10 ** (-dp)
    q = (qualifier or "").lower()
    err = abs(true - value)
    if q in ("about", "around", "roughly", "approximately"):
        ok = err <= unit + 0.02
        rule = "hedged 'about': within one unit of the last stated digit (+0.02)"
    elif q in ("nearly", "almost"):
        u = unit
        if dp == 0 and abs(value) >= 100 and int(abs(value)) % 10 == 0:
            u = 0.02 * abs(value)
        if value >= 0:
            ok = value - u <= true <= value + 0.5 * u
        else:
            ok = value - 0.5 * u <= true <= value + u
        rule = "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit"
    elif q in ("more than", "over", "above"):
        return ("supported" if true > value else "contradicted"), "more than: true > claim"
    elif q == "at least":
        return ("supported" if true >= value else "contradicted"), "at least: true >= claim"
    elif q in ("less than", "within"):
        return ("supported" if true < value else "contradicted"), "less than: true < claim"
    else:
        tol = 0.5 if dp == 0 else (0.07 if dp == 1 else 0.025)
        ok = err <= tol + 1e-9
        rule = "unhedged %d-decimal figure: |true - claim| <= %s" % (dp, tol)
    if ok:
        return "supported", rule
    if (true > 0) != (value > 0) and abs(true) > 1e-9 and abs(value) > 1e-9:
        return "contradicted", rule + "; wrong sign"
    if kind == "pct":
        imp = err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true))
        irule = "imprecise band for % figures: |error| <= 20% of true and <= max(2 pp, 10% of true)"
    elif kind == "level":
        imp = err <= 0.01 * abs(true)
        irule = "imprecise band for index levels: |error| <= 1%"
    else:
        imp = err <= 0.2 * abs(true)
        irule = "imprecise band for points/counts: |error| <= 20%"
    if imp:
        return "imprecise", rule + "; outside tolerance, " + irule
    return "contradicted", rule + "; outside the imprecise band (" + irule + ")"


def main():
    if len(sys.argv) > 1:
        R.DATA = sys.argv[1]
    R._data_dir()
    passages, keys, recipes = [], [], []
    for p in PASSAGES:
        text = p["text"]
        claims_out = []
        for i, c in enumerate(p["claims"]):
            anchor = c["anchor"]
            n = text.count(anchor)
            assert n == 1, (p["id"], i, anchor, n)
            j = c["judge"]
            expr = c.get("expr")
            value = R.evaluate(expr) if expr else None
            if isinstance(value, float):
                value = round(value, 4)
            detail = c.get("detail", "")
            if j[0] == "num":
                verdict, rule = judge_num(c["claimed_str"], c["value"], value, j[1], c.get("qualifier"))
            elif j[0] == "bool":
                verdict = "supported" if value else "contradicted"
                rule = j[1]
            elif j[0] == "eq":
                verdict = "supported" if value == j[1] else j[3] if len(j) > 3 else "contradicted"
                rule = j[2]
            elif j[0] == "mid":
                lo = R.evaluate(j[1])
                hi = R.evaluate(j[2])
                v = c["value"]
                inside = lo - 1e-9 <= v <= hi + 1e-9
                detail = ("session range %s to %s; " % (round(lo, 4), round(hi, 4))) + detail
                if inside:
                    verdict, rule = "unverifiable", "mid-session figure inside the session's low-high range"
                else:
                    edge = lo if v < lo else hi
                    verdict, rule = judge_num(c["claimed_str"], v, edge, j[3], c.get("qualifier"))
                    verdict = "imprecise" if verdict == "supported" else verdict
                    rule = "mid-session figure outside the session's range; " + rule
            elif j[0] == "bound":
                # bound claim mid-session: both the close-basis value and the session extreme must satisfy it
                ext = R.evaluate(j[1])
                op = c["qualifier"]
                ok = all((x > c["value"]) if op in ("more than", "over") else (x >= c["value"]) for x in (value, ext))
                detail = "session extreme %s; " % round(ext, 4) + detail
                verdict = "supported" if ok else "contradicted"
                rule = "bound claim mid-session: supported when both the close and the session extreme satisfy it"
            elif j[0] == "fixed":
                verdict, rule = j[1], j[2]
            else:
                raise ValueError(j)
            if expr:
                recipes.append([p["id"], i, expr])
                detail = (detail + "; " if detail else "") + "reference.py: " + expr
            keys.append({
                "passage_id": p["id"], "claim_index": i, "index_or_ticker": c["t"], "metric": c["metric"],
                "claimed_value": c["value"], "qualifier": c.get("qualifier"), "ref_date_used": c.get("ref_date"),
                "computed_value": value, "computed_detail": detail, "verdict": verdict, "rule": rule,
                "note": c.get("note", ""), "anchor_text": anchor,
            })
            claims_out.append({
                "index_or_ticker": c["t"], "metric": c["metric"], "value": c["value"], "unit": c.get("unit"),
                "qualifier": c.get("qualifier"), "ref_date": c.get("ref_date"), "window": c.get("window"),
                "comparison": c.get("comparison"), "basis": c.get("basis", "close"),
            })
        rec = {k: p[k] for k in ("id", "source", "published", "published_confidence")}
        if p.get("published_note"):
            rec["published_note"] = p["published_note"]
        rec["text_kind"] = "condensed_close_paraphrase"
        rec["text"] = text
        rec["claims"] = claims_out
        passages.append(rec)
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for r in passages:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for r in keys:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "recipes.json"), "w") as f:
        json.dump(recipes, f, indent=0)
    from collections import Counter
    print(len(passages), "passages", len(keys), "claims", Counter(k["verdict"] for k in keys))
    for p in passages:
        ks = [k for k in keys if k["passage_id"] == p["id"]]
        print(p["id"], p["published"], len(ks), dict(Counter(k["verdict"] for k in ks)))
    tick = Counter((k["index_or_ticker"], k["verdict"]) for k in keys)
    print(sorted(tick.items()))


if __name__ == "__main__":
    main()
