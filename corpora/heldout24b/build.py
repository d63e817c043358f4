"""Build passages.jsonl, key.jsonl and reference.py for heldout24b.
Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR). Outputs are written beside this file."""
import os, sys, json, re
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reflib as h
h.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ['CAPSCOPE_DATA_DIR']

def dec(v):
    v = v.replace(',', ''); return len(v.split('.')[1]) if '.' in v else 0
def judge(vs, true, qual, kind):
    """numeric verdict per the dev README tolerances"""
    c = float(vs.replace(',', '')); d = dec(vs); unit = 10 ** -d
    err = abs(true - c)
    if qual in ('about', 'roughly', 'around', 'approximately'):
        ok = err <= unit + 0.02; rule = 'hedge about: one unit of last digit'
    elif qual in ('nearly', 'almost'):
        u = unit
        if d == 0 and abs(c) >= 100 and c % 10 == 0: u = abs(c) * 0.02
        ok = c - u <= true <= c + 0.5 * u if c >= 0 else c - 0.5 * u <= true <= c + u
        rule = 'hedge nearly: claim-1 unit <= true <= claim+0.5 unit'
    elif qual == 'more than':
        ok = abs(true) > abs(c); rule = 'bound: more than'
    else:
        tol = {0: 0.5, 1: 0.07, 2: 0.025}.get(d, 0.025); ok = err <= tol; rule = 'unhedged tolerance (%d dp)' % d
    if ok: return 'supported', rule
    if kind == 'level': imp = err <= abs(true) * 0.01
    elif kind == 'pct': imp = err <= 0.2 * abs(true) and err <= max(2, 0.1 * abs(true))
    else: imp = err <= 0.2 * abs(true)
    return ('imprecise' if imp else 'contradicted'), rule + '; outside tolerance'

P = []
def passage(pid, site, url, outlet, published, conf, note, text):
    P.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                  published_confidence=conf, published_note=note, text_kind='condensed_close_paraphrase', text=text, claims=[], _k=[]))
def c(tk, metric, value, unit, ref, anchor, recipe, kind='num', qual=None, window=None, comparison=None, basis='close',
      verdict=None, rule=None, note='', expect=None):
    """kind: level/pct/pts/num -> numeric judge; 'eq' -> supported iff computed == expect; verdict given -> manual"""
    p = P[-1]
    cv = eval(recipe, vars(h)) if recipe else None
    if verdict is None:
        if kind == 'eq':
            verdict, rule = ('supported' if cv == expect else 'contradicted'), rule or 'computed value must equal the claim'
        else:
            true = cv if kind != 'abs' else abs(cv)
            verdict, rule = judge(str(value), true, qual, kind)
    p['claims'].append(dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qual, ref_date=ref,
                            window=window, comparison=comparison, basis=basis))
    p['_k'].append(dict(passage_id=p['id'], claim_index=len(p['_k']), index_or_ticker=tk, metric=metric, claimed_value=value,
                        qualifier=qual, ref_date_used=ref, computed_value=cv,
                        computed_detail=('reference.py: ' + recipe) if recipe else 'not computable from the files',
                        verdict=verdict, rule=rule, note=note, anchor_text=anchor, _recipe=recipe))

exec(open(os.path.join(HERE, 'passages_src.py')).read())

recipes = {}
with open(os.path.join(HERE, 'passages.jsonl'), 'w') as fp, open(os.path.join(HERE, 'key.jsonl'), 'w') as fk:
    for p in P:
        for k in p['_k']:
            n = p['text'].count(k['anchor_text'])
            assert n == 1, (p['id'], k['claim_index'], k['anchor_text'], n)
            r = k.pop('_recipe')
            if r: recipes['%s#%d' % (k['passage_id'], k['claim_index'])] = r
            fk.write(json.dumps(k) + '\n')
        ks = p.pop('_k')
        fp.write(json.dumps(p) + '\n')
json.dump(recipes, open(os.path.join(HERE, "recipes.json"), "w"))
from collections import Counter
print(len(P), 'passages', sum(len(p['claims']) for p in P), 'claims', len(recipes), 'recipes')
# write reference.py with the RECIPES table
tpl = open(os.path.join(HERE, 'reference_template.py')).read()
body = '{\n' + ''.join('    %r: %r,\n' % (k, v) for k, v in recipes.items()) + '}'
open(os.path.join(HERE, 'reference.py'), 'w').write(tpl.replace('__RECIPES__', body))
os.remove(os.path.join(HERE, 'recipes.json'))
