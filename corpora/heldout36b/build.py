"""Build heldout36b: passages.jsonl, key.jsonl and reference.py from passages_def.py.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Outputs are written beside this script.
"""
import os, sys, json, re, math

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import passages_def
import helpers as H

DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
if not DATA:
    sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
H.DATA = DATA


def decimals_as_written(value, anchor, text):
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    for src in (anchor, text):
        for k in (2, 1, 0):
            for s in (format(abs(value), ',.%df' % k), format(abs(value), '.%df' % k)):
                if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d])', src):
                    return k
    s = repr(float(value)).rstrip('0').rstrip('.')
    return len(s.split('.')[1]) if '.' in s else 0


def judge_num(kind, claimed, qual, true, k):
    unit = 10 ** (-k)
    err = abs(true - claimed)
    q = (qual or '').lower()
    if q in ('more than', 'over', 'above'):
        ok = abs(true) > abs(claimed) and (true * claimed >= 0)
        return ('supported' if ok else 'contradicted'), 'bound: more than'
    if q in ('at least',):
        ok = abs(true) >= abs(claimed)
        return ('supported' if ok else 'contradicted'), 'bound: at least'
    if q in ('less than', 'within'):
        ok = abs(true) < abs(claimed)
        return ('supported' if ok else 'contradicted'), 'bound: less than'
    if q in ('about', 'around', 'roughly', 'approximately', 'as high as', 'as much as'):
        tol = unit + 0.02
        rule = 'hedged (%s): within one unit of the last digit' % q
    elif q in ('nearly', 'almost'):
        a, c = abs(true), abs(claimed)
        ok = (c - unit <= a <= c + 0.5 * unit) and true * claimed >= 0
        if ok:
            return 'supported', 'hedged (%s): claim - 1 unit <= true <= claim + 0.5 unit' % q
        tol = -1
        rule = 'hedged (%s)' % q
    else:
        tol = {0: 0.5, 1: 0.07}.get(k, 0.025)
        rule = 'unhedged, %d decimal(s): tolerance %s' % (k, tol)
    if err <= tol:
        return 'supported', rule
    if kind in ('pct', 'yield'):
        close = err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true))
        irule = 'imprecise: |error| <= 20% of true and <= max(2 pp, 10% of true)'
    elif kind == 'level':
        close = err <= 0.01 * abs(true)
        irule = 'imprecise: within 1% of the true level'
    else:
        close = err <= 0.2 * abs(true)
        irule = 'imprecise: within 20% of the true value'
    if close:
        return 'imprecise', rule + '; ' + irule
    return 'contradicted', rule + '; outside the imprecise band'


def jsonable(v):
    if isinstance(v, float):
        return round(v, 4)
    return v


def main():
    passages, keys, recipes = [], [], []
    for p in passages_def.P:
        text = p['text']
        claims_out = []
        for idx, c in enumerate(p['claims']):
            (tk, metric, value, unit, qual, ref, window, comp, basis, anchor, recipe, judge, note) = c
            n = text.count(anchor)
            assert n == 1, (p['id'], idx, anchor, n)
            computed = jsonable(eval(recipe, vars(H))) if recipe else None
            if recipe:
                recipes.append((p['id'], idx, recipe))
            detail = ''
            if isinstance(judge, tuple) and judge[0] == 'fixed':
                verdict, rule = judge[1], judge[2]
            elif isinstance(judge, tuple) and judge[0] == 'eq':
                verdict = 'supported' if computed == judge[1] else 'contradicted'
                rule = 'exact match of date / flag / count / rank'
            else:
                k = decimals_as_written(value, anchor, text)
                verdict, rule = judge_num(judge, float(value), qual, float(computed), k)
                detail = 'error %.4g' % abs(float(computed) - float(value))
            cd = (detail + '; ' if detail else '') + ('reference.py: ' + recipe if recipe else 'no computation in the files')
            claims_out.append(dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qual, ref_date=ref,
                                   window=window, comparison=comp, basis=basis))
            keys.append(dict(passage_id=p['id'], claim_index=idx, index_or_ticker=tk, metric=metric, claimed_value=value,
                             qualifier=qual, ref_date_used=ref, computed_value=computed, computed_detail=cd,
                             verdict=verdict, rule=rule, note=note, anchor_text=anchor))
        passages.append(dict(id=p['id'], source=p['source'], published=p['published'],
                             published_confidence=p['published_confidence'], published_note=p['published_note'],
                             text_kind='condensed_close_paraphrase', text=text, claims=claims_out))
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for x in passages:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for x in keys:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    src = open(os.path.join(HERE, 'helpers.py')).read()
    with open(os.path.join(HERE, 'reference.py'), 'w') as f:
        f.write('"""Recompute every computed_value of key.jsonl from the CSV files.\n\n'
                'Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)\n'
                'Prints every recomputed value; exits 1 on any mismatch. Needs pandas.\n"""\n')
        f.write(src.split('DATA = None', 1)[0] + 'DATA = None' + src.split('DATA = None', 1)[1])
        f.write('\n\nRECIPES = [\n')
        for pid, idx, r in recipes:
            f.write('    (%r, %d, %r),\n' % (pid, idx, r))
        f.write(']\n')
        f.write(REF_MAIN)
    from collections import Counter
    print(len(passages), 'passages', len(keys), 'claims', dict(Counter(k['verdict'] for k in keys)))


REF_MAIN = '''

def _same(a, b):
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-4
    return a == b


def main():
    global DATA
    here = os.path.dirname(os.path.abspath(__file__))
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    keyfile = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'key.jsonl')
    key = {}
    for line in open(keyfile):
        if line.strip():
            r = json.loads(line)
            key[(r['passage_id'], r['claim_index'])] = r
    mism = 0
    seen = set()
    for pid, idx, expr in RECIPES:
        v = eval(expr, globals())
        if isinstance(v, float):
            v = round(v, 4)
        k = key.get((pid, idx))
        ok = k is not None and _same(v, k['computed_value'])
        seen.add((pid, idx))
        print('%s %-55s %2d %-70s -> %s' % ('OK ' if ok else 'BAD', pid, idx, expr, v))
        mism += 0 if ok else 1
    for kk, r in key.items():
        if kk not in seen and r['computed_value'] is not None:
            print('BAD %s %d has a computed_value but no recipe' % kk)
            mism += 1
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(key), mism))
    sys.exit(1 if mism else 0)


if __name__ == '__main__':
    main()
'''

if __name__ == '__main__':
    main()
