"""Recompute every computed_value of key.jsonl (heldout35b corpus) from the CSV files.

usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]     (or set CAPSCOPE_DATA_DIR)

Each key record is one line of the RECIPES table below: (passage_id, claim_index, expression). The
expression is evaluated with the helpers of refcore.py (beside this file); None means nothing in the
files computes the claim and the key must hold null. Prints every value, then
"N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json, math, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import refcore  # noqa: E402

# @@RECIPES@@


def same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=0, abs_tol=1e-6)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    args = sys.argv[1:]
    data = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)')
    keyfile = args[1] if len(args) > 1 else os.path.join(HERE, 'key.jsonl')
    refcore.setdata(data)
    ns = {k: getattr(refcore, k) for k in dir(refcore) if not k.startswith('_')}
    with open(keyfile) as f:
        key = {(r['passage_id'], r['claim_index']): r for r in map(json.loads, f) if r}
    bad = 0
    for pid, i, expr in RECIPES:
        val = eval(expr, ns) if expr else None
        rec = key.get((pid, i))
        ok = rec is not None and same(json.loads(json.dumps(val)), rec['computed_value'])
        bad += 0 if ok else 1
        print(f"{'ok ' if ok else 'BAD'} {pid} #{i}: {val!r}" + ('' if ok else f"  (key: {rec and rec['computed_value']!r})"))
    missing = set(key) - {(p, i) for p, i, _ in RECIPES}
    bad += len(missing)
    for m in sorted(missing):
        print('BAD key record without recipe:', m)
    print(f'{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
