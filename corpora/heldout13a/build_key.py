"""Build passages.jsonl, key.jsonl and the RECIPES table of reference.py for this corpus.

Usage:  python build_key.py PATH/TO/data      (or set CAPSCOPE_DATA_DIR)
Every computed value comes from the helpers of reference.py evaluated on the CSV files; the verdict
is derived from the claim and the computed value with the tolerance rules of the dev README
(manual verdicts are marked M: and explained in the note).
"""
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import reference as ref  # noqa: E402
from passages_src import PASSAGES  # noqa: E402

RULES = {
    "num": "unhedged figure: integers |true-claim| <= 0.5, 1 dp <= 0.07, 2 dp <= 0.025; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures, <= 1% for index levels, <= 20% for point changes and counts; otherwise contradicted",
    "about": "about/around/roughly: within one unit of the last stated digit (+0.02); imprecise/contradicted thresholds as for unhedged figures",
    "nearly": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (unit = 2% of the value for whole numbers >= 100 ending in 0)",
    "more": "more than/over/above: true > claim",
    "less": "less than/below/within: true < claim",
    "since": "biggest/worst since X: X must be the last day with a move at least as large (month-level X: that day must fall in the month); a later X is imprecise (understated), an earlier X contradicted",
    "eq": "exact statement (date, count, record, rank or ordering): must match the files; otherwise contradicted",
    "midday": "mid-session figure: unverifiable inside the session's low-high range; just outside it imprecise, far outside contradicted",
    "U": "unverifiable: the files cannot decide it",
    "N": "not_checkable: conditional, 'on track', quote, rule of thumb or generic statement",
    "F": "forecast: projection, never judged against what happened",
}


def decimals(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def kind_ok(kind, err, true):
    t = abs(true)
    if kind == "pct":
        return err <= 0.2 * t and err <= max(2.0, 0.1 * t)
    if kind == "level":
        return err <= 0.01 * t
    return err <= 0.2 * t  # points, counts, years


def judge(rule, kind, claim_s, true):
    if rule in ("U", "N", "F"):
        return {"U": "unverifiable", "N": "not_checkable", "F": "forecast"}[rule]
    if rule.startswith("M:"):
        return rule[2:]
    if rule == "eq":
        return "supported" if true is True or str(true) == str(claim_s) else "contradicted"
    claim = float(claim_s)
    d = decimals(claim_s)
    err = abs(true - claim)
    if rule == "num":
        tol = 0.5 if d == 0 else (0.07 if d == 1 else 0.025)
    elif rule == "about":
        tol = 10 ** (-d) + 0.02
    elif rule == "nearly":
        unit = 10 ** (-d)
        if d == 0 and abs(claim) >= 100 and claim % 10 == 0:
            unit = abs(claim) * 0.02
        lo, hi = abs(claim) - unit, abs(claim) + 0.5 * unit
        if lo <= abs(true) <= hi:
            return "supported"
        return "imprecise" if kind_ok(kind, err, true) else "contradicted"
    elif rule == "more":
        return "supported" if true > claim else ("imprecise" if kind_ok(kind, err, true) else "contradicted")
    elif rule == "less":
        return "supported" if true < claim else ("imprecise" if kind_ok(kind, err, true) else "contradicted")
    else:
        raise ValueError(rule)
    if err <= tol + 1e-9:
        return "supported"
    return "imprecise" if kind_ok(kind, err, true) else "contradicted"


def judge_since(claim_s, true, nxt):
    """claim_s: 'YYYY-MM-DD' or 'YYYY-MM'; true: last session as extreme; nxt: first session after it."""
    # 'biggest/worst since X' (all 'since' claims of this corpus are moves): X must be the last
    # day with a move at least as large; no first-session-after allowance.
    if len(claim_s) == 7:
        if true[:7] == claim_s:
            return "supported"
        return "imprecise" if claim_s > true[:7] else "contradicted"
    if claim_s == true:
        return "supported"
    return "imprecise" if claim_s > true else "contradicted"


def main():
    args = sys.argv[1:]
    data = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build_key.py PATH/TO/data (or set CAPSCOPE_DATA_DIR)")
    ref.DATA = Path(data)
    ns = {k: getattr(ref, k) for k in dir(ref) if not k.startswith("_")}
    plines, klines, recipes = [], [], []
    for p in PASSAGES:
        claims = []
        for i, c in enumerate(p["claims"]):
            (anchor, tk, metric, value, unit, qual, refd, window, basis, expr, dec, rule, kind, detail, note) = c
            assert p["text"].count(anchor) == 1, (p["id"], i, anchor, p["text"].count(anchor))
            val = ref.norm(eval(expr, ns), dec) if expr else None
            if rule.startswith("since"):
                nxt = ns["iso"](ref.ser(kind).index[ref.ser(kind).index.get_loc(ref.T(val)) + 1]) if val and val[:1].isdigit() else ""
                verdict = judge_since(str(value), val, nxt)
                rname = "since"
            else:
                verdict = judge(rule, kind, value, val if not isinstance(val, list) else None)
                rname = rule.split(":")[0] if not rule.startswith("M:") else "eq"
            if rule.startswith("M:"):
                rname = "manual"
            try:
                cv = float(value) if re.fullmatch(r"-?\d+(\.\d+)?", str(value)) else value
                if isinstance(cv, float) and cv.is_integer() and "." not in str(value):
                    cv = int(cv)
            except ValueError:
                cv = value
            claims.append({"index_or_ticker": tk, "metric": metric, "value": cv, "unit": unit, "qualifier": qual,
                           "ref_date": refd, "window": window, "comparison": None, "basis": basis})
            rtext = RULES.get(rname, "manual verdict: see note (tolerance rules of the dev README applied by hand)")
            klines.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": tk, "metric": metric,
                           "claimed_value": cv, "qualifier": qual, "ref_date_used": refd, "computed_value": val,
                           "computed_detail": (detail + "; " if detail else "") + "reference.py: " + (expr or "None"),
                           "verdict": verdict, "rule": rtext, "note": note, "anchor_text": anchor})
            recipes.append(f"    ({p['id']!r}, {i}, {dec}, " + (f"lambda: {expr}" if expr else "None") + "),")
        rec = {k: p[k] for k in ("id", "source", "published", "published_confidence", "published_note", "text_kind", "text")}
        rec["claims"] = claims
        plines.append(rec)
    (HERE / "passages.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in plines))
    (HERE / "key.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in klines))
    src = (HERE / "reference.py").read_text()
    new = "# RECIPES-BEGIN\nRECIPES = [\n" + "\n".join(recipes) + "\n]\n# RECIPES-END"
    src = re.sub(r"# RECIPES-BEGIN.*?# RECIPES-END", lambda m: new, src, flags=re.S)
    (HERE / "reference.py").write_text(src)
    for k in klines:
        print(f"{k['passage_id'][:40]:40} {k['claim_index']:2} {str(k['claimed_value']):>12} {str(k['computed_value'])[:40]:>40} {k['verdict']}")
    print(len(plines), "passages", len(klines), "claims")


if __name__ == "__main__":
    main()
