"""Builds passages.jsonl and key.jsonl beside this file.  Usage: python build.py PATH/TO/data"""
import json, os, sys
import capref as C

HERE = os.path.dirname(os.path.abspath(__file__))


def verdict(claimed, true, qual, kind):
    """kind: lvl, pct, pts.  claimed is the figure as written (string, signed)."""
    v = float(claimed); d = len(claimed.split(".")[1]) if "." in claimed else 0
    unit = 10 ** -d; err = abs(true - v)
    if qual in ("nearly", "almost"):
        if abs(v) >= 100 and d == 0 and claimed.endswith("0"):
            unit = 0.02 * abs(v)
        lo, hi = (v - unit, v + 0.5 * unit) if v >= 0 else (v - 0.5 * unit, v + unit)
        if lo <= true <= hi:
            return "supported"
    elif qual in ("more than", "over"):
        if abs(true) > abs(v):
            return "supported"
    elif qual in ("about", "around", "roughly"):
        if err <= unit + 0.02:
            return "supported"
    else:
        tol = 0.5 if d == 0 else (0.07 if d == 1 else 0.025)
        if err <= tol:
            return "supported"
    if kind == "pct" and err <= 0.2 * abs(true) and err <= max(2, 0.1 * abs(true)):
        return "imprecise"
    if kind == "lvl" and err <= 0.01 * abs(true):
        return "imprecise"
    if kind == "pts" and err <= 0.2 * abs(true):
        return "imprecise"
    return "contradicted"


def main():
    C.set_data(sys.argv[1] if len(sys.argv) > 1 else os.environ["CAPSCOPE_DATA_DIR"])
    from passages_src import PASSAGES
    P, K = [], []
    for p in PASSAGES:
        claims = []
        for i, c in enumerate(p["claims"]):
            (tk, metric, value, unit, qual, ref, window, comp, basis, expr, anchor, kind, fixed, note) = c
            assert p["text"].count(anchor) == 1, (p["id"], anchor)
            comp_val = eval(expr, {n: getattr(C, n) for n in dir(C) if not n.startswith("_")}) if expr else None
            if fixed:
                v = fixed
            else:
                v = verdict(value, comp_val, qual, kind)
            rule = {"supported": "within tolerance", "imprecise": "outside tolerance but close",
                    "contradicted": "further off / wrong date, since, record or rank",
                    "unverifiable": "files cannot decide", "forecast": "projection",
                    "not_checkable": "generic or quoted statement"}[v]
            claims.append({"index_or_ticker": tk, "metric": metric, "value": value, "unit": unit,
                           "qualifier": qual, "ref_date": ref, "window": window, "comparison": comp,
                           "basis": basis})
            K.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": tk, "metric": metric,
                      "claimed_value": value, "qualifier": qual, "ref_date_used": ref,
                      "computed_value": comp_val,
                      "computed_detail": ("reference.py: " + expr) if expr else "nothing in the files computes it",
                      "verdict": v, "rule": rule, "note": note, "anchor_text": anchor})
        P.append({"id": p["id"], "source": p["source"], "published": p["published"],
                  "published_confidence": p["conf"], "published_note": p.get("pnote", ""),
                  "text_kind": "condensed_close_paraphrase", "text": p["text"], "claims": claims})
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for p in P:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for k in K:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(P), "passages", len(K), "claims", Counter(k["verdict"] for k in K))


if __name__ == "__main__":
    main()
