"""Build passages.jsonl, key.jsonl and the RECIPES table of reference.py from passages_src.py.

Usage:  python build_key.py DATA_DIR      (or set CAPSCOPE_DATA_DIR)

Every computed value comes from the helpers of reference.py evaluated on the CSV files; numeric claims are
judged with the tolerances of the corpus README (tolerance, then 'imprecise' bands); 'since' claims are
supported when the stated date equals the computed one; claims with a fixed verdict carry it from
passages_src.py (the note says why). Prints a line per claim for review.
"""
import json
import math
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

RULES = {
    "pct": "% figure; tolerance by decimals (0 dp 0.5, 1 dp 0.07, 2 dp 0.025), hedges per README; imprecise = |err| <= 20% of true and <= max(2 pp, 10% of true)",
    "level": "index level; tolerance by decimals (0 dp 0.5, 2 dp 0.025); imprecise = within 1% of true",
    "pts": "points/counts; tolerance by decimals (integers 0.5, 2 dp 0.025); imprecise = within 20% of true",
    "since": "since/last-as-large date: supported when it equals the last session (or week/month) at least as extreme; later = imprecise; earlier = contradicted",
    "eq": "flag/ordering: must equal the computed value",
}


def decimals_of(v):
    s = repr(v) if not isinstance(v, str) else v
    if isinstance(v, float):
        s = f"{v}"
        # figures such as 2.00 / 14.40 are written with 2 dp in the text: take dp from the claim's anchor
    return len(s.split(".")[1]) if "." in s else 0


def judge_num(claim_v, true_v, q, kind, dp):
    unit = 10 ** (-dp)
    c, t = float(claim_v), float(true_v)
    # magnitude comparison for signed changes
    ac, at = abs(c), abs(t)
    same_sign = (c == 0) or (t == 0) or (math.copysign(1, c) == math.copysign(1, t))
    base_tol = {0: 0.5, 1: 0.07, 2: 0.025}.get(dp, unit / 2 + 0.02)
    if q in (None, "preliminary"):
        ok = same_sign and abs(at - ac) <= base_tol + 1e-9
    elif q in ("about", "around", "roughly", "approximately"):
        ok = same_sign and abs(at - ac) <= unit + 0.02 + 1e-9
    elif q in ("nearly", "almost"):
        u = unit
        if dp == 0 and ac >= 100 and int(ac) % 10 == 0:
            u = 0.02 * ac
        ok = same_sign and (ac - u <= at <= ac + 0.5 * u)
    elif q in ("more than", "over", "above"):
        ok = same_sign and at > ac
    elif q == "at least":
        ok = same_sign and at >= ac
    elif q in ("less than", "within"):
        ok = same_sign and at < ac
    else:
        raise ValueError(q)
    if ok:
        return "supported"
    err = abs(c - t)
    if not same_sign:
        return "contradicted"
    if kind == "pct":
        imp = err <= 0.2 * at and err <= max(2.0, 0.1 * at)
    elif kind == "level":
        imp = err <= 0.01 * at
    else:
        imp = err <= 0.2 * at
    return "imprecise" if imp else "contradicted"


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not arg:
        sys.exit("usage: python build_key.py DATA_DIR  (or set CAPSCOPE_DATA_DIR)")
    src = (HERE / "reference.py").read_text()
    # load helpers of reference.py without its RECIPES table
    helpers = src.split("# ==== RECIPES ====")[0]
    ns = {}
    exec(compile(helpers, "reference_helpers", "exec"), ns)
    ns["DATA"] = Path(arg)
    import passages_src as S
    overrides = getattr(S, "OVERRIDES", {})

    passages, keys, recipes = [], [], []
    for p in S.P:
        assert 120 <= len(p["text"].split()) <= 400, (p["id"], len(p["text"].split()))
        claims_out = []
        for i, c in enumerate(p["claims"]):
            anchor = c["anchor"]
            n = p["text"].count(anchor)
            assert n == 1, (p["id"], i, anchor, n)
            val = None
            if c["expr"] is not None:
                val = ns["normalise"](eval(c["expr"], ns), c["dec"])
            verdict = c["verdict"]
            kind = c["kind"]
            ov = overrides.get((p["id"], i))
            if ov:
                verdict = ov[0]
            elif verdict is None:
                if kind in ("pct", "level", "pts"):
                    # decimals as written in the passage anchor when it carries the figure
                    nums = re.findall(r"\d+(?:\.\d+)?", anchor.replace(",", ""))
                    hit = [x for x in nums if abs(float(x) - abs(float(c["value"]))) < 1e-9]
                    x = hit[0] if hit else repr(abs(float(c["value"])))
                    dp = len(x.split(".")[1]) if "." in x else 0
                    if not hit:
                        print("   (dp from value)", p["id"], i, anchor)
                    tv = val[0] if isinstance(val, list) else val
                    if isinstance(val, list) and kind == "level":
                        tv = val[0]
                    verdict = judge_num(c["value"], tv, c["qualifier"], kind, dp)
                elif kind == "since":
                    vals = val if isinstance(val, list) else [val]
                    cv = str(c["value"])
                    verdict = "supported" if all(str(v).startswith(cv) or cv.startswith(str(v)) for v in vals) else "REVIEW"
                elif kind == "eq":
                    verdict = "supported" if val == c["value"] else "contradicted"
                else:
                    flat = json.dumps(val)
                    verdict = "supported" if (json.dumps(c["value"]) in flat and (c["ref_date"] in flat or c["value"] is None)) else "REVIEW"
            note = c["note"] + ((" " + ov[1]) if ov and len(ov) > 1 else "")
            detail_vals = f"value {val!r}; " if val is not None else ""
            keys.append(dict(
                passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"], metric=c["metric"],
                claimed_value=c["value"], qualifier=c["qualifier"], ref_date_used=c["ref_date"], computed_value=val,
                computed_detail=f"{detail_vals}reference.py: {c['expr'] if c['expr'] else 'None (not computable from the files)'}",
                verdict=verdict,
                rule=RULES.get(kind, {"unverifiable": "unverifiable: the files cannot decide it",
                                      "forecast": "forecast: projection, not judged",
                                      "not_checkable": "not_checkable: conditional, quote or generic statement",
                                      "supported": "judged by hand from the computed values (see note)"}.get(c["verdict"] or "", "judged by hand from the computed values (see note)")),
                note=note, anchor_text=anchor))
            recipes.append((p["id"], i, c["dec"], c["expr"]))
            claims_out.append({k: c[k] for k in ("index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date",
                                                  "window", "comparison", "basis")})
            print(f"{p['id'][:40]:40} #{i:2} {str(c['value'])[:14]:>14} {c['qualifier'] or '':10} -> {val!r:.60} : {verdict}")
        passages.append(dict(id=p["id"], source=p["source"], published=p["published"],
                             published_confidence=p["published_confidence"], published_note=p["published_note"],
                             text_kind="condensed_close_paraphrase", text=p["text"], claims=claims_out))

    with open(HERE / "passages.jsonl", "w") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    table = "RECIPES = [\n" + "".join(f"    ({a!r}, {b}, {c}, {d!r}),\n" for a, b, c, d in recipes) + "]\n"
    head = src.split("# ==== RECIPES ====")[0]
    tail = src.split("# ==== END RECIPES ====")[1]
    (HERE / "reference.py").write_text(head + "# ==== RECIPES ====\n" + table + "# ==== END RECIPES ====" + tail)
    from collections import Counter
    print(len(passages), "passages", len(keys), "claims", Counter(k["verdict"] for k in keys))


if __name__ == "__main__":
    main()
