"""Build passages.jsonl, key.jsonl and reference.py of the heldout5a corpus.

Usage:  python build_key.py [PATH/TO/data]     (or set CAPSCOPE_DATA_DIR)

Every computed value comes from the CSV files through the helper functions of
refhelpers_template.py (the same code is copied into reference.py). Numeric claims get an
automatic verdict from the dev README's tolerances (judge()); the others carry an explicit
verdict, and where an expected computed value is given (E) the build stops if the data disagree.
"""
import json
import math
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import refhelpers_template as R  # noqa: E402
import build_passages as B  # noqa: E402

IMPRECISE_TXT = ("imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures "
                 "(<= 1% for index levels, <= 20% for point changes and counts); otherwise contradicted")


def norm(v, dec=2):
    """JSON-friendly, rounded form of a computed value."""
    if v is None:
        return None
    if isinstance(v, bool) or type(v).__name__ == "bool_":
        return bool(v)
    if isinstance(v, (int,)) and not isinstance(v, bool):
        return int(v)
    if hasattr(v, "item") and not isinstance(v, (list, tuple, dict)):
        v = v.item()
        return norm(v, dec)
    if isinstance(v, float):
        return round(v, dec)
    if isinstance(v, (list, tuple)):
        return [norm(x, dec) for x in v]
    if isinstance(v, dict):
        return {k: norm(x, dec) for k, x in v.items()}
    return v


def decimals_of(w):
    w = w.replace(",", "")
    return len(w.split(".")[1]) if "." in w else 0


def judge(cl, true):
    """Verdict and rule for a numeric claim (dev README tolerances)."""
    claim = float(cl["v"])
    w = cl.get("w", str(cl["v"]))
    dp = decimals_of(w)
    unit = 10 ** (-dp)
    q = (cl.get("q") or "").lower()
    kind = cl["k"]
    a, t = abs(claim), abs(true)
    if q in ("nearly", "almost"):
        if dp == 0 and a >= 100 and a % 10 == 0:
            unit = 0.02 * a
        ok = (a - unit - 1e-9) <= t <= (a + 0.5 * unit + 1e-9)
        rule = f"nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (unit {unit:g})"
    elif q in ("about", "around", "roughly", "approximately"):
        ok = abs(t - a) <= unit + 0.02 + 1e-9
        rule = f"about: within one unit of the last stated digit (+0.02); unit {unit:g}"
    elif q in ("more than", "over", "above", "just over"):
        ok = t > a
        rule = "more than: true > claim"
    elif q == "at least":
        ok = t >= a
        rule = "at least: true >= claim"
    elif q in ("less than", "within"):
        ok = t < a
        rule = "less than/within: true < claim"
    elif q == "as much as":
        ok = abs(t - a) <= unit + 0.02 + 1e-9
        rule = f"as much as (session extreme): within one unit of the last stated digit; unit {unit:g}"
    else:
        if dp == 0:
            tol, rule = 0.5, "unhedged integer: |true-claim| <= 0.5"
        elif dp == 1:
            tol, rule = 0.07, "unhedged 1-dp figure: |true-claim| <= 0.05 + 0.02 slack"
        else:
            tol, rule = 0.025, "unhedged 2-dp figure: |true-claim| <= 0.005 + 0.02 slack"
        # signed comparison for unhedged figures
        ok = abs(true - claim) <= tol + 1e-9 if claim * true >= 0 else False
        if claim * true < 0:
            ok = False
    if ok:
        return "supported", rule
    err = abs(t - a) if q else abs(true - claim)
    if kind == "pct":
        close_enough = err <= 0.2 * t and err <= max(2.0, 0.1 * t)
    elif kind == "level":
        close_enough = err <= 0.01 * t
    else:
        close_enough = err <= 0.2 * t
    if claim * true < 0 and not q:
        close_enough = False
    return ("imprecise" if close_enough else "contradicted"), rule + "; " + IMPRECISE_TXT


def main():
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(os.environ.get("CAPSCOPE_DATA_DIR", "data"))
    R.DATA = data
    passages, keys, recipes = [], [], []
    problems = []
    for p in B.P:
        text = p["text"]
        n_words = len(text.split())
        if not 120 <= n_words <= 400:
            problems.append(f"{p['id']}: {n_words} words")
        claims_out = []
        for i, cl in enumerate(p["claims"]):
            a = cl["a"]
            if text.count(a) != 1:
                problems.append(f"{p['id']}#{i}: anchor {a!r} occurs {text.count(a)} times")
            x = cl.get("x")
            dec = 2
            val = norm(eval(x, vars(R)), dec) if x else None
            if "V" in cl:
                verdict, rule = cl["V"], cl["R"]
                if cl.get("E") is not None and val != norm(cl["E"], dec):
                    problems.append(f"{p['id']}#{i}: expected {cl['E']!r}, got {val!r}")
            else:
                verdict, rule = judge(cl, float(val))
            detail = (cl.get("det") + "; " if cl.get("det") else "") + (f"reference.py: {x}" if x else "reference.py: None (nothing in the files computes it)")
            claims_out.append({"index_or_ticker": cl["t"], "metric": cl["m"], "value": cl["v"], "unit": cl.get("u"),
                               "qualifier": cl.get("q"), "ref_date": cl.get("d"), "window": cl.get("win"),
                               "comparison": cl.get("cmp"), "basis": cl.get("b")})
            keys.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": cl["t"], "metric": cl["m"],
                         "claimed_value": cl["v"], "qualifier": cl.get("q"), "ref_date_used": cl.get("d"),
                         "computed_value": val, "computed_detail": detail, "verdict": verdict, "rule": rule,
                         "note": cl.get("n", ""), "anchor_text": a})
            recipes.append((p["id"], i, dec, x))
        out = {k: p[k] for k in ("id", "source", "published", "published_confidence", "published_note", "text_kind", "text")}
        out["claims"] = claims_out
        passages.append(out)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(HERE / "passages.jsonl", "w") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    helpers = (HERE / "refhelpers_template.py").read_text()
    body = helpers.split("DATA = None", 1)[1]
    lines = ["RECIPES = ["]
    for pid, i, dec, x in recipes:
        lines.append(f"    ({pid!r}, {i}, {dec}, {x!r}),")
    lines.append("]")
    ref = (HERE / "reference_head.py").read_text() + "DATA = None" + body + "\n\n" + "\n".join(lines) + "\n\n" + \
        (HERE / "reference_tail.py").read_text()
    (HERE / "reference.py").write_text(ref)
    from collections import Counter
    print(len(passages), "passages", len(keys), "claims", Counter(k["verdict"] for k in keys))


if __name__ == "__main__":
    main()
