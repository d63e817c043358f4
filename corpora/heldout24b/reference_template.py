"""Recompute every computed_value in key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Each RECIPES entry ("<passage_id>#<claim_index>") is one expression over the helpers in reflib.py.
Prints every recomputed value, then "N recipes, N key records, M mismatches"; exits 1 on any mismatch.
"""
import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reflib

RECIPES = __RECIPES__

def same(a, b):
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6
    return a == b

def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('usage: python reference.py PATH/TO/data [key.jsonl]')
    reflib.DATA = data
    keyf = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = [json.loads(l) for l in open(keyf) if l.strip()]
    bad = 0
    seen = set()
    for k in key:
        kid = '%s#%d' % (k['passage_id'], k['claim_index'])
        r = RECIPES.get(kid)
        if r is None:
            if k['computed_value'] is not None:
                print('MISMATCH (no recipe)', kid); bad += 1
            continue
        seen.add(kid)
        v = eval(r, vars(reflib))
        v = json.loads(json.dumps(v))
        ok = same(v, k['computed_value'])
        if not ok: bad += 1
        print(('ok      ' if ok else 'MISMATCH'), kid, r, '->', v, '' if ok else '(key: %r)' % (k['computed_value'],))
    extra = set(RECIPES) - seen
    for e in sorted(extra):
        print('MISMATCH (recipe without key record)', e); bad += 1
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(key), bad))
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
