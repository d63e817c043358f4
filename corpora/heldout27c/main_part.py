

def _same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def _norm(v):
    """make numpy scalars and tuples JSON-like"""
    if isinstance(v, (list, tuple)):
        return [_norm(x) for x in v]
    if hasattr(v, 'item'):
        return v.item()
    return v


def evaluate(expr):
    return _norm(eval(expr, globals()))


def main(argv):
    global DATA
    here = os.path.dirname(os.path.abspath(__file__))
    DATA = argv[1] if len(argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        print('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)')
        return 2
    key_path = argv[2] if len(argv) > 2 else os.path.join(here, 'key.jsonl')
    key = {}
    with open(key_path) as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                key[(r['passage_id'], r['claim_index'])] = r
    mismatches = 0
    for (pid, ci), expr in RECIPES.items():
        val = None if expr == 'None' else evaluate(expr)
        rec = key.get((pid, ci))
        ok = rec is not None and _same(val, rec['computed_value'])
        if not ok:
            mismatches += 1
        print(f"{'ok ' if ok else 'MISMATCH'} {pid} #{ci}: {json.dumps(val)}")
    extra = set(key) - set(RECIPES)
    mismatches += len(extra)
    for k in sorted(extra):
        print(f'MISMATCH key record without recipe: {k}')
    print(f'{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches')
    return 1 if mismatches else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
