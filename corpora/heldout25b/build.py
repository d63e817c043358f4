"""Build passages.jsonl and key.jsonl of the heldout25b corpus.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR). Outputs are written beside this file.
Every computed value comes from reference.py's helpers over the CSV files of the shared data directory.
"""
import json, os, sys
import reference as R

HERE = os.path.dirname(os.path.abspath(__file__))
R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
assert R.DATA, 'data directory required'

P = []


def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                  published_confidence=conf, published_note=note, text_kind='condensed_close_paraphrase',
                  text=text, claims=claims))


def C(tk, metric, value, unit, anchor, expr=None, qual=None, ref=None, window=None, comparison=None,
      basis='close', kind=None, verdict=None, rule=None, note=''):
    return dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qual, ref_date=ref,
                window=window, comparison=comparison, basis=basis, _anchor=anchor, _expr=expr, _kind=kind,
                _verdict=verdict, _rule=rule, _note=note)


def decimals(v):
    s = str(v)
    return len(s.split('.')[1]) if '.' in s else 0


def judge(claim, true):
    """numeric tolerance rules of the dev README"""
    v = float(claim['value'])
    q = claim['qualifier']
    kind = claim['_kind']
    dp = decimals(claim['value'])
    unit = 10 ** -dp
    t = true
    err = abs(t - v)
    if q in ('about', 'around', 'roughly', 'approximately', 'as many as', 'as much as'):
        ok = err <= unit + 0.02
        rule = 'hedge about: within one unit of the last stated digit'
    elif q in ('nearly', 'almost', 'practically'):
        ok = v - unit <= abs(t) <= v + 0.5 * unit if v > 0 else v - 0.5 * unit <= t <= v + unit
        rule = 'nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit'
    elif q in ('more than',):
        ok = t > v
        rule = 'more than: true > claim'
    elif q in ('less than',):
        ok = t < v
        rule = 'less than: true < claim'
    else:
        tol = 0.5 if dp == 0 else 0.5 * unit + 0.02
        ok = err <= tol
        rule = 'unhedged %d-decimal figure: |true - claim| <= %s' % (dp, tol)
    if ok:
        return 'supported', rule
    if kind == 'pct':
        imp = err <= 0.2 * abs(t) and err <= max(2, 0.1 * abs(t))
    elif kind == 'level':
        imp = err <= 0.01 * abs(t)
    else:
        imp = err <= 0.2 * abs(t)
    return ('imprecise' if imp else 'contradicted'), rule + '; imprecise band: ' + {
        'pct': '<= 20% of true and <= max(2 pp, 10%)', 'level': '<= 1% of the true level'}.get(kind, '<= 20% of the true value')


exec(open(os.path.join(HERE, 'passages_src.py')).read())

keys = []
with open(os.path.join(HERE, 'passages.jsonl'), 'w') as fp:
    for p in P:
        assert p['text'].count('\n') == 0
        out_claims = []
        for i, c in enumerate(p['claims']):
            a = c['_anchor']
            if p['text'].count(a) != 1: print('ANCHOR', p['id'], i, repr(a), p['text'].count(a))
            cv = R.evaluate(c['_expr']) if c['_expr'] else None
            if c['_verdict']:
                verdict, rule = c['_verdict'], c['_rule']
            elif isinstance(cv, bool) or isinstance(c['value'], bool):
                verdict = 'supported' if cv == c['value'] else 'contradicted'
                rule = c['_rule'] or 'flag computed from the files'
            elif isinstance(cv, str):
                verdict = 'supported' if cv.startswith(str(c['value'])) else 'contradicted'
                rule = c['_rule'] or 'date or month must match'
            else:
                verdict, rule = judge(c, cv)
            det = ('reference.py: ' + c['_expr']) if c['_expr'] else None
            keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['index_or_ticker'],
                             metric=c['metric'], claimed_value=c['value'], qualifier=c['qualifier'],
                             ref_date_used=c['ref_date'], computed_value=cv, computed_detail=det,
                             verdict=verdict, rule=rule, note=c['_note'], anchor_text=a))
            out_claims.append({k: c[k] for k in ('index_or_ticker', 'metric', 'value', 'unit', 'qualifier',
                                                  'ref_date', 'window', 'comparison', 'basis')})
        q = dict(p)
        q['claims'] = out_claims
        fp.write(json.dumps(q, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'key.jsonl'), 'w') as fk:
    for k in keys:
        fk.write(json.dumps(k, ensure_ascii=False) + '\n')
from collections import Counter
print(len(P), 'passages', len(keys), 'claims', Counter(k['verdict'] for k in keys))
for p in P:
    print(p['id'], Counter(k['verdict'] for k in keys if k['passage_id'] == p['id']))
