"""Build passages.jsonl and key.jsonl of this corpus from the passage definitions below.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR). Outputs are written beside this file.
Every computed_value comes from an expression evaluated by reference.py's helpers; the verdict is derived
from the claimed value with the dev README's tolerances unless a claim carries an explicit verdict.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R  # noqa: E402

P = []


def passage(pid, site, url, outlet, published, conf, note, text):
    P.append({"id": pid, "source": {"site": site, "url": url, "original_outlet": outlet},
              "published": published, "published_confidence": conf, "published_note": note,
              "text_kind": "condensed_close_paraphrase", "text": text, "claims": []})


def C(anchor, tk, metric, value, unit, ref_date, expr=None, kind=None, dec=None, q=None, window=None,
      comparison=None, basis="close", verdict=None, rule=None, note="", unitsize=None):
    P[-1]["claims"].append(dict(anchor=anchor, index_or_ticker=tk, metric=metric, value=value, unit=unit,
                                qualifier=q, ref_date=ref_date, window=window, comparison=comparison, basis=basis,
                                expr=expr, kind=kind, dec=dec, verdict=verdict, rule=rule, note=note,
                                unitsize=unitsize))


def judge(c, comp):
    """Return (verdict, rule) for a numeric claim."""
    v = c["value"]
    q = (c["qualifier"] or "").lower()
    dec = c["dec"] if c["dec"] is not None else 0
    unit = c["unitsize"] if c["unitsize"] else 10 ** (-dec)
    t = float(comp)
    cl = float(v)
    if q in ("more than", "over", "above"):
        return ("supported", "more than: true > claim") if abs(t) > abs(cl) and t * cl >= 0 else \
            ("contradicted", "more than: true not > claim")
    if q in ("less than", "within", "under"):
        return ("supported", "less than: true < claim") if abs(t) < abs(cl) else \
            ("contradicted", "less than: true not < claim")
    if q in ("at least",):
        return ("supported", "at least: true >= claim") if abs(t) >= abs(cl) else \
            ("contradicted", "at least: true < claim")
    if t * cl < 0:
        return "contradicted", "sign differs"
    at, ac = abs(t), abs(cl)
    err = abs(at - ac)
    if q in ("nearly", "almost"):
        if ac - unit - 1e-9 <= at <= ac + 0.5 * unit + 1e-9:
            return "supported", "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (unit %g)" % unit
    elif q in ("about", "around", "roughly", "approximately", "as much as", "some"):
        if err <= unit + 0.02 + 1e-9:
            return "supported", "%s: within one unit of the last stated digit (+0.02), unit %g" % (q, unit)
    else:
        tol = 0.5 if dec == 0 else (0.07 if dec == 1 else (0.025 if dec == 2 else 0.5 * 10 ** (-dec)))
        if err <= tol + 1e-9:
            return "supported", "unhedged %d-decimal figure: |true - claim| <= %g" % (dec, tol)
    k = c["kind"]
    if k in ("pct", "yield"):
        ok = err <= 0.2 * at and err <= max(2.0, 0.1 * at)
        return ("imprecise", "percent figure: |error| <= 20% of true and <= max(2 pp, 10% of true)") if ok else \
            ("contradicted", "percent figure beyond the imprecise band")
    if k == "level":
        return ("imprecise", "index level within 1% of true") if err <= 0.01 * at else \
            ("contradicted", "index level more than 1% off")
    if k in ("points", "count", "bps"):
        return ("imprecise", "point change/count within 20% of true") if err <= 0.2 * at else \
            ("contradicted", "point change/count more than 20% off")
    raise ValueError("no kind for %s" % c)


def build(data):
    R.set_data(data)
    with open(os.path.join(HERE, "passages_def.py"), encoding="utf-8") as f:
        exec(f.read(), {"passage": passage, "C": C})  # fills P
    key = []
    out = []
    for p in P:
        for i, c in enumerate(p["claims"]):
            comp = R.evaluate(c["expr"]) if c["expr"] else None
            if c["verdict"]:
                verdict, rule = c["verdict"], c["rule"] or ""
            else:
                verdict, rule = judge(c, comp)
            assert p["text"].count(c["anchor"]) == 1, (p["id"], c["anchor"])
            det = ("reference.py: " + c["expr"]) if c["expr"] else "no computation: " + (c["rule"] or "")
            key.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": c["index_or_ticker"],
                        "metric": c["metric"], "claimed_value": c["value"], "qualifier": c["qualifier"],
                        "ref_date_used": c["ref_date"], "computed_value": comp, "computed_detail": det,
                        "verdict": verdict, "rule": rule, "note": c["note"], "anchor_text": c["anchor"]})
        q = dict(p)
        q["claims"] = [{k: c[k] for k in ("index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date",
                                          "window", "comparison", "basis")} for c in p["claims"]]
        out.append(q)
    with open(os.path.join(HERE, "passages.jsonl"), "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w", encoding="utf-8") as f:
        for k in key:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    return out, key


if __name__ == "__main__":
    d = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    out, key = build(d)
    from collections import Counter
    print(len(out), "passages", len(key), "claims", Counter(k["verdict"] for k in key))
    for k in key:
        print(k["passage_id"][:28], k["claim_index"], k["anchor_text"][:40], "|", k["claimed_value"], "|",
              k["computed_value"], "|", k["verdict"])
