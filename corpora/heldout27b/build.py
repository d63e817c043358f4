"""Build passages.jsonl, key.jsonl and recipes.py of this corpus.
usage: python build.py PATH/TO/data   (or CAPSCOPE_DATA_DIR)"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import reference as R
R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ['CAPSCOPE_DATA_DIR']

# claim: (ticker, metric, claimed, unit, qualifier, ref_date, window, basis, anchor, expr, kind, verdict, rule, note)
# kind: lvl / pct / pts / yld / exact ; verdict None = decided by judge()
P = []
def add(pid, site, url, outlet, pub, conf, note, text, claims):
    P.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=pub,
                  published_confidence=conf, published_note=note, text=text, claims=claims))

def judge(claimed, true, kind, q):
    c = float(claimed); t = float(true); s = str(claimed).lstrip('-')
    dp = len(s.split('.')[1]) if '.' in s else 0
    unit = 10 ** -dp
    if kind == 'lvl' and dp == 2: tol = 0.025
    elif dp == 0: tol = 0.5
    else: tol = 0.5 * unit + 0.02
    if q in ('about', 'around', 'roughly', 'approximately'):
        if dp == 0 and abs(c) >= 100 and c % 10 == 0: unit = 10
        ok = abs(t - c) <= unit + 0.02
    elif q in ('nearly', 'almost'):
        if dp == 0 and abs(c) >= 100 and c % 10 == 0: unit = 0.02 * abs(c)
        ok = (abs(c) - unit - 1e-9 <= abs(t) <= abs(c) + 0.5 * unit + 1e-9)
    elif q == 'more than': ok = abs(t) > abs(c)
    elif q == 'less than': ok = abs(t) < abs(c)
    else: ok = abs(t - c) <= tol + 1e-9
    if ok: return 'supported', 'tolerance'
    e = abs(t - c)
    if kind == 'lvl': imp = e <= 0.01 * abs(t)
    elif kind == 'pts': imp = e <= 0.2 * abs(t)
    elif kind in ('pct', 'yld'): imp = e <= 0.2 * abs(t) and e <= max(2, 0.1 * abs(t))
    else: imp = False
    return ('imprecise', 'imprecise band') if imp else ('contradicted', 'outside imprecise band')

def C(tk, metric, val, unit, q, ref, window, basis, anchor, expr, kind, verdict=None, rule=None, note=''):
    return dict(tk=tk, metric=metric, val=val, unit=unit, q=q, ref=ref, window=window, basis=basis,
                anchor=anchor, expr=expr, kind=kind, verdict=verdict, rule=rule, note=note)

exec(open(os.path.join(HERE, 'passages_src.py')).read())

recipes = {}; keys = []; plines = []
for p in P:
    claims = []
    for i, c in enumerate(p.pop('claims')):
        val = None if c['expr'] is None else json.loads(json.dumps(eval(c['expr'], {**vars(R)})))
        if c['verdict']: v, rule = c['verdict'], c['rule'] or c['verdict']
        else: v, rule = judge(c['val'] if not isinstance(c['val'], list) else c['val'][-1], val if not isinstance(val, list) else val[-1], c['kind'], c['q'])
        assert p['text'].count(c['anchor']) == 1, (p['id'], c['anchor'])
        k = f"{p['id']}#{i}"; recipes[k] = c['expr'] or 'None'
        claims.append(dict(index_or_ticker=c['tk'], metric=c['metric'], value=c['val'], unit=c['unit'],
                           qualifier=c['q'], ref_date=c['ref'], window=c['window'], comparison=None, basis=c['basis']))
        keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['tk'], metric=c['metric'],
                         claimed_value=c['val'], qualifier=c['q'], ref_date_used=c['ref'], computed_value=val,
                         computed_detail=f"reference.py: {c['expr']}" if c['expr'] else 'nothing in the files computes it',
                         verdict=v, rule=rule, note=c['note'], anchor_text=c['anchor']))
    p['text_kind'] = 'condensed_close_paraphrase'; p['claims'] = claims
    plines.append(json.dumps(p, ensure_ascii=False))
open(os.path.join(HERE, 'passages.jsonl'), 'w').write('\n'.join(plines) + '\n')
open(os.path.join(HERE, 'key.jsonl'), 'w').write('\n'.join(json.dumps(k, ensure_ascii=False) for k in keys) + '\n')
open(os.path.join(HERE, 'recipes.py'), 'w').write('RECIPES = ' + json.dumps(recipes, indent=1) + '\n')
from collections import Counter
print(len(P), 'passages', len(keys), 'claims', Counter(k['verdict'] for k in keys))
