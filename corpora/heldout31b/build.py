"""Build passages.jsonl and key.jsonl of this corpus. Usage: python build.py PATH/TO/data"""
import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import reference as R
if len(sys.argv) > 1: R.DATA = sys.argv[1]
from reference import *  # noqa
R.DATA = R.DATA or os.environ.get("CAPSCOPE_DATA_DIR")
import reference; reference.DATA = R.DATA

def auto(vs, q, t, kind):
    v = float(vs.replace(",", "")); dec = len(vs.split(".")[1]) if "." in vs else 0; u = 10 ** -dec
    if q in ("more than", "over", "above"): return "supported" if t > v else "contradicted"
    if q in ("less than", "within"): return "supported" if t < v else "contradicted"
    if q in ("nearly", "almost"): ok = v - u <= t <= v + 0.5 * u + 1e-9
    elif q in ("about", "around", "roughly", "approximately"): ok = abs(t - v) <= u + 0.02 + 1e-9
    else: ok = abs(t - v) <= 0.5 * u + (0.02 if dec else 0) + 1e-9
    if ok: return "supported"
    e = abs(t - v)
    if kind == "pct": imp = e <= 0.2 * abs(t) and e <= max(2, 0.1 * abs(t))
    elif kind == "lvl": imp = e <= 0.01 * abs(t)
    else: imp = e <= 0.2 * abs(t)
    return "imprecise" if imp else "contradicted"

RULES = {"supported": "within tolerance", "imprecise": "outside tolerance but close",
         "contradicted": "far off or wrong", "unverifiable": "files cannot decide",
         "forecast": "projection", "not_checkable": "not an assertion of a market fact"}

P = []
def passage(pid, site, url, outlet, pub, conf, note, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, pub=pub, conf=conf, note=note, text=text, claims=claims))

# claim: (ticker, metric, value, qualifier, ref_date, window, expr, anchor, kind, verdict_or_None, note)
exec(open(os.path.join(HERE, "passages_def.py")).read())

def main():
    pout, kout = [], []
    for p in P:
        cl = []
        for i, c in enumerate(p["claims"]):
            tk, metric, val, q, rd, win, expr, anchor, kind, verdict, note = c
            assert p["text"].count(anchor) == 1, (p["id"], anchor)
            cv = eval(expr) if expr != "None" else None
            if verdict is None: verdict = auto(val, q, cv, kind)
            cl.append(dict(index_or_ticker=tk, metric=metric, value=val, unit=kind, qualifier=q,
                           ref_date=rd, window=win, comparison=None, basis=("intraday" if "intraday" in metric else "4 p.m. print" if "4pm" in metric else "late session" if "late" in metric else "end of day" if tk.startswith("US") and kind=="yld" else "close")))
            kout.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=tk, metric=metric,
                             claimed_value=val, qualifier=q, ref_date_used=rd, computed_value=cv,
                             computed_detail=f"reference.py: {expr}", verdict=verdict,
                             rule=RULES[verdict], note=note, anchor_text=anchor))
        pout.append(dict(id=p["id"], source=dict(site=p["site"], url=p["url"], original_outlet=p["outlet"]),
                         published=p["pub"], published_confidence=p["conf"], published_note=p["note"],
                         text_kind="condensed_close_paraphrase", text=p["text"], claims=cl))
    with open(os.path.join(HERE, "passages.jsonl"), "w") as f:
        for x in pout: f.write(json.dumps(x) + "\n")
    with open(os.path.join(HERE, "key.jsonl"), "w") as f:
        for x in kout: f.write(json.dumps(x) + "\n")
    for k in kout: print(k["passage_id"][:28], k["claim_index"], k["claimed_value"], k["qualifier"], k["computed_value"], k["verdict"])

main()
