"""Recompute every computed_value of key.jsonl from the CSV files.
Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Each RECIPES line is (passage_id, claim_index, expression over the helpers in refhelpers.py)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import refhelpers as H

# @@RECIPES@@


def norm(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, (list, tuple)):
        return [norm(x) for x in v]
    return float(v)


def same(a, b):
    a, b = norm(a), norm(b)
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) < 1e-9
    return a == b


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    H.set_data_dir(data)
    ns = {k: getattr(H, k) for k in dir(H) if not k.startswith("__")}
    keys = {(k["passage_id"], k["claim_index"]): k for k in map(json.loads, open(keyp))}
    bad = 0
    for pid, i, expr in RECIPES:
        v = eval(expr, ns)
        k = keys.get((pid, i))
        ok = k is not None and same(v, k["computed_value"]) and k["computed_detail"] == "reference.py: " + expr
        print("%-48s %2d %-8s %s" % (pid, i, "ok" if ok else "MISMATCH", v))
        bad += 0 if ok else 1
    if len(keys) != len(RECIPES):
        bad += 1
    print("%d recipes, %d key records, %d mismatches" % (len(RECIPES), len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
