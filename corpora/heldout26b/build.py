"""Build passages.jsonl, key.jsonl and recipes.json for the heldout26b corpus.
Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR). Outputs are written beside this script."""
import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R
R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
if not R.DATA: sys.exit('usage: python build.py PATH/TO/data')
from passages_src import PASSAGES

def ndec(s):
    s = str(s); return len(s.split('.')[1]) if '.' in s else 0

def judge(claim, comp, kind, qual):
    """numeric verdict by the dev README tolerances. kind: pct, level, points, count, yield"""
    v = float(claim); c = float(comp); d = ndec(claim); unit = 10 ** -d
    err = abs(c - v)
    if qual in ('more than', 'over', 'above'): return ('supported' if c > v else 'contradicted'), 'more than: true > claim'
    if qual == 'at least': return ('supported' if c >= v else 'contradicted'), 'at least: true >= claim'
    if qual in ('less than', 'within'): return ('supported' if c < v else 'contradicted'), 'less than: true < claim'
    if qual in ('nearly', 'almost', 'close to'):
        if d == 0 and abs(v) >= 100 and int(abs(v)) % 10 == 0: unit = 0.02 * abs(v)
        a, b = abs(v), abs(c)
        if a - unit <= b <= a + 0.5 * unit and (v * c > 0): return 'supported', 'nearly: claim - 1 unit <= true <= claim + 0.5 unit'
        tol_ok = False
    elif qual in ('about', 'around', 'roughly', 'approximately', 'some'):
        if err <= unit + 0.02: return 'supported', 'about: within one unit of the last stated digit (+0.02)'
    else:
        tol = 0.5 if d == 0 else (0.07 if d == 1 else (0.025))
        if err <= tol: return 'supported', f'unhedged {d} dp: |true - claim| <= {tol}'
    if kind == 'pct': imp = err <= 0.2 * abs(c) and err <= max(2, 0.1 * abs(c))
    elif kind == 'level': imp = err <= 0.01 * abs(c)
    else: imp = err <= 0.2 * abs(c)
    if v * c < 0: imp = False
    return ('imprecise' if imp else 'contradicted'), f'outside tolerance; imprecise band for {kind}: ' + ('inside' if imp else 'outside')

passages = []; keys = []; recipes = {}
for P in sorted(PASSAGES, key=lambda p: p['published']):
    claims = []
    for i, c in enumerate(P['claims']):
        (tick, metric, value, unit, qual, ref, window, comp_, basis, anchor, expr, verdict, rule, note) = c
        assert P['text'].count(anchor) == 1, (P['id'], i, anchor, P['text'].count(anchor))
        cv = None; detail = ''
        if expr:
            cv = eval(expr, vars(R))
            if isinstance(cv, tuple): cv = list(cv)
            recipes[f"{P['id']}#{i}"] = expr
            detail = f'reference.py: {expr}'
        if verdict.startswith('auto:'):
            kind = verdict.split(':')[1]
            verdict, r2 = judge(value, cv, kind, qual)
            rule = rule or r2
        cval = float(value) if isinstance(value, str) and value.replace('.', '', 1).replace('-', '', 1).isdigit() else value
        if isinstance(cval, float) and cval.is_integer() and '.' not in str(value): cval = int(cval)
        claims.append({'index_or_ticker': tick, 'metric': metric, 'value': cval, 'unit': unit, 'qualifier': qual,
                       'ref_date': ref, 'window': window, 'comparison': comp_, 'basis': basis})
        keys.append({'passage_id': P['id'], 'claim_index': i, 'index_or_ticker': tick, 'metric': metric,
                     'claimed_value': cval, 'qualifier': qual, 'ref_date_used': ref, 'computed_value': cv,
                     'computed_detail': detail, 'verdict': verdict, 'rule': rule, 'note': note, 'anchor_text': anchor})
    passages.append({'id': P['id'], 'source': P['source'], 'published': P['published'],
                     'published_confidence': P['conf'], **({'published_note': P['pnote']} if P.get('pnote') else {}),
                     'text_kind': 'condensed_close_paraphrase', 'text': P['text'], 'claims': claims})

# recipes must be evaluable as R.<expr> inside reference.py, which evaluates in its own namespace
recipes = {k: v for k, v in recipes.items()}
with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
    for p in passages: f.write(json.dumps(p, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
    for k in keys: f.write(json.dumps(k, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'recipes.json'), 'w') as f:
    json.dump(recipes, f, indent=0)
from collections import Counter
print(len(passages), 'passages', len(keys), 'claims', Counter(k['verdict'] for k in keys))
for k in keys:
    print(k['passage_id'][:28], k['claim_index'], k['index_or_ticker'], k['claimed_value'], k['qualifier'], '->', k['computed_value'], k['verdict'])
