"""Recompute every computed_value of key.jsonl from the CSV files.
Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR). Needs pandas.
RECIPES (recipes.json beside this file) holds one (passage_id, claim_index, expression) per key record
that has a computed value; expressions call the helpers in refhelpers.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import refhelpers as H

RECIPES = [tuple(r) for r in json.load(open(os.path.join(HERE, 'recipes.json')))]


def main():
    keyf = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    keys = {(r['passage_id'], r['claim_index']): r for r in map(json.loads, open(keyf))}
    bad = 0
    for pid, k, expr in RECIPES:
        v = eval(expr, vars(H))
        kv = keys[(pid, k)]['computed_value']
        same = v == kv if not isinstance(v, float) else (isinstance(kv, (int, float)) and abs(v - kv) < 1e-9)
        print('%s #%d %s = %r%s' % (pid, k, expr, v, '' if same else '  MISMATCH (key %r)' % kv))
        bad += not same
    for (pid, k), r in keys.items():
        if r['computed_value'] is not None and (pid, k) not in {(a, b) for a, b, _ in RECIPES}:
            print('%s #%d has a computed value but no recipe  MISMATCH' % (pid, k)); bad += 1
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
