"""Build passages.jsonl, key.jsonl and reference.py of the heldout12a corpus.

Usage:  python build.py PATH/TO/data        (or set CAPSCOPE_DATA_DIR)

Reads the passage texts and claim specifications from passages_src.py, evaluates every
computation with the helpers in ref_helpers.py on the CSV files, applies the verdict rules of
the corpus README (tolerances by stated precision and hedge; imprecise bands), and writes the
three files next to this script. Date and flag claims carry a verdict fixed by hand from the
printed CSV rows (see each note); the script checks that the computed value agrees with it.
Needs pandas.
"""
import json
import math
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import ref_helpers as H  # noqa: E402
from passages_src import P  # noqa: E402

RULE_UNHEDGED = {0: "unhedged integer: |true-claim| <= 0.5", 1: "unhedged 1-dp figure: |true-claim| <= 0.05 + 0.02 slack",
                 2: "unhedged 2-dp figure: |true-claim| <= 0.005 + 0.02 slack"}
IMPRECISE = {"pct": "imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures",
             "pts": "imprecise = outside tolerance but |err| <= 20% of true for point changes and distances",
             "int": "imprecise = outside tolerance but |err| <= 20% of true for counts",
             "level": "imprecise = outside tolerance but |err| <= 1% of the level"}


def decimals(v, spec):
    if spec is not None:
        return spec
    s = repr(float(v)) if not isinstance(v, int) else str(v)
    if isinstance(v, int) or s.endswith(".0"):
        return 0
    return len(s.split(".")[1])


def judge_numeric(claim, true, kind, qual, dec):
    unit = 10 ** (-dec)
    err = abs(true - claim)
    if qual in (None, "preliminary"):
        tol = 0.5 if dec == 0 else (0.07 if dec == 1 else 0.025)
        ok = err <= tol + 1e-9
        rule = RULE_UNHEDGED[min(dec, 2)]
    elif qual in ("about", "around", "roughly", "approximately", "as much as", "as high as"):
        ok = err <= unit + 0.02 + 1e-9
        rule = f"'{qual}': within one unit of the last stated digit (+0.02)"
    elif qual in ("nearly", "almost"):
        u = 0.02 * abs(claim) if (dec == 0 and abs(claim) >= 100 and claim % 10 == 0) else unit
        a, t = abs(claim), abs(true)
        ok = (a - u - 1e-9 <= t <= a + 0.5 * u + 1e-9) and (true * claim > 0)
        rule = f"'{qual}': claim - 1 unit <= true <= claim + 0.5 unit (unit {u:g})"
    elif qual in ("more than", "over", "above"):
        ok = abs(true) > abs(claim) and true * claim > 0
        rule = f"'{qual}': true > claim (magnitude)"
    elif qual in ("within", "less than"):
        ok = abs(true) < abs(claim)
        rule = f"'{qual}': true < claim"
    else:
        raise ValueError(qual)
    if ok:
        return "supported", rule
    if kind == "pct":
        imp = err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true))
    elif kind in ("pts", "int"):
        imp = err <= 0.2 * abs(true)
    else:
        imp = err <= 0.01 * abs(true)
    return ("imprecise" if imp else "contradicted"), rule + "; " + IMPRECISE[kind] + "; otherwise contradicted"


def norm(v, dec=2):
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
        sys.exit("usage: python build.py PATH/TO/data  (or set CAPSCOPE_DATA_DIR)")
    H.DATA = Path(data)
    env = {k: getattr(H, k) for k in dir(H) if not k.startswith("_")}
    passages, keys, recipes = [], [], []
    for p in P:
        claims_out = []
        for i, c in enumerate(p["claims"]):
            assert p["text"].count(c["a"]) == 1, (p["id"], i, c["a"])
            kind = c["k"]
            rec_dec = 2
            computed = None
            detail_fig = ""
            if c["x"] is not None:
                computed = norm(eval(c["x"], env), rec_dec)
            if kind in ("U", "F", "N"):
                verdict = {"U": "unverifiable", "F": "forecast", "N": "not_checkable"}[kind]
                rule = {"U": "unverifiable: the files cannot decide it", "F": "forecast: a projection, never judged",
                        "N": "not_checkable: hypothetical, quote or generic statement"}[kind]
            elif kind in ("date", "flag"):
                verdict = c["verdict"]
                assert verdict, (p["id"], i)
                if kind == "flag":
                    assert computed is True or computed is False, (p["id"], i, computed)
                    assert (computed is True) == (verdict == "supported"), (p["id"], i, computed, verdict)
                    rule = "flag recomputed from the files; supported when true"
                else:
                    rule = ("since/record/date: X must be the last session at least as extreme (or the first after it); "
                            "a later X is imprecise, an earlier or wrong X contradicted; month/year claims match the month/year")
            else:
                dec = decimals(c["v"], c["dec"])
                verdict, rule = judge_numeric(float(c["v"]), float(computed), kind, c["q"], dec)
            detail = (c["n"] + " " if c["n"] else "") + f"reference.py: {c['x']}" if c["x"] else (c["n"] or "") + " reference.py: None"
            keys.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["t"], metric=c["m"], claimed_value=c["v"],
                             qualifier=c["q"], ref_date_used=c["d"], computed_value=computed, computed_detail=detail.strip(),
                             verdict=verdict, rule=rule, note=c["n"] or "", anchor_text=c["a"]))
            claims_out.append(dict(index_or_ticker=c["t"], metric=c["m"], value=c["v"], unit=c["u"], qualifier=c["q"],
                                   ref_date=c["d"], window=c["w"], comparison=c["c"], basis=c["b"]))
            recipes.append((p["id"], i, rec_dec, c["x"]))
        words = len(p["text"].split())
        assert 120 <= words <= 400, (p["id"], words)
        passages.append(dict(id=p["id"], source=p["source"], published=p["published"],
                             published_confidence=p["published_confidence"], published_note=p["published_note"],
                             text_kind="condensed_close_paraphrase", text=p["text"], claims=claims_out))
    with open(HERE / "passages.jsonl", "w") as f:
        for r in passages:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for r in keys:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    helpers = (HERE / "ref_helpers.py").read_text()
    lines = ["RECIPES = [", "    # (passage_id, claim_index, decimals, computation)"]
    for pid, i, dec, x in recipes:
        lines.append(f"    ({pid!r}, {i}, {dec}, {'None' if x is None else 'lambda: ' + x}),")
    lines.append("]")
    (HERE / "reference.py").write_text(helpers.rstrip() + "\n\n\n" + "\n".join(lines) + "\n" + MAIN)
    from collections import Counter
    print(len(passages), "passages", len(keys), "claims", dict(Counter(k["verdict"] for k in keys)))


MAIN = '''

def normalise(value, decimals):
    """Round floats (also inside lists/tuples) the way key.jsonl stores them."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return round(value, decimals)
    if isinstance(value, (list, tuple)):
        return [normalise(v, decimals) for v in value]
    return value


def main():
    global DATA
    arg = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not arg:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(arg)
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        entry = json.loads(line)
        key[(entry["passage_id"], entry["claim_index"])] = entry["computed_value"]
    mismatches = 0
    for passage_id, index, decimals, computation in RECIPES:
        value = None if computation is None else normalise(computation(), decimals)
        flag = ""
        if key.get((passage_id, index), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((passage_id, index), 'missing')!r}"
        print(f"{passage_id} #{index}: {value!r}{flag}")
    extra = set(key) - {(p, i) for p, i, _, _ in RECIPES}
    mismatches += len(extra)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
'''

if __name__ == "__main__":
    main()
