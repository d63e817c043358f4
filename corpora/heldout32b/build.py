"""Build passages.jsonl and key.jsonl of heldout32b.  Usage: python build.py PATH/TO/data"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R
R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
from passages_src import PASSAGES


def dp(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def judge(c, v):
    """Verdict rules of the dev README for numeric claims."""
    kind = c['kind']
    if kind in ('unverifiable', 'not_checkable', 'forecast'):
        return kind, kind
    if kind == 'bool':
        return ('supported', 'boolean claim holds in the files') if v == c['value'] else ('contradicted', 'boolean claim fails in the files')
    if kind == 'date':
        return ('supported', 'date matches') if v == c['value'] else ('contradicted', 'wrong date')
    if kind == 'midsession':
        lo, hi = c['range']
        if lo <= c['value'] <= hi:
            return 'unverifiable', 'mid-session figure inside the session range'
        return 'imprecise', 'mid-session figure outside the session range'
    claim = c['value']; q = c['qualifier']; d = dp(c['claimed'])
    unit = 10 ** (-d)
    if kind == 'record_count':
        err = abs(v - claim)
    if q in (None, ''):
        if d == 0:
            tol = 0.5
        elif kind == 'level' and d == 2:
            tol = 0.025
        else:
            tol = 0.5 * unit + 0.02
        ok = abs(v - claim) <= tol + 1e-9
        rule = f'unhedged {d}-decimal figure: |true - claim| <= {round(tol, 3)}'
    elif q in ('about', 'roughly', 'around', 'approximately'):
        ok = abs(v - claim) <= unit + 0.02 + 1e-9; rule = 'about/roughly: within one unit of the last stated digit'
    elif q in ('more than', 'over'):
        ok = abs(v) > abs(claim); rule = 'more than: true > claim (in magnitude)'
    elif q == 'less than':
        ok = abs(v) < abs(claim); rule = 'less than: true < claim (in magnitude)'
    elif q == 'as much as':
        ok = abs(v - claim) <= unit + 0.02 + 1e-9; rule = 'as much as (session extreme): within one unit of the last stated digit'
    else:
        raise ValueError(q)
    if ok:
        return 'supported', rule
    err = abs(v - claim)
    if kind == 'level' and err <= 0.01 * abs(v):
        return 'imprecise', rule + '; index level within 1%'
    if kind in ('points', 'count') and err <= 0.2 * abs(v):
        return 'imprecise', rule + '; point change within 20%'
    if kind == 'pct' and err <= 0.2 * abs(v) and err <= max(2, 0.1 * abs(v)):
        return 'imprecise', rule + '; percent figure within 20% and max(2 pp, 10%)'
    return 'contradicted', rule + '; further off than the imprecise band'


def main():
    P = []; K = []
    for p in PASSAGES:
        claims = []
        for i, c in enumerate(p['claims']):
            assert p['text'].count(c['anchor']) == 1, (p['id'], c['anchor'])
            v = eval(c['recipe'], vars(R)) if c.get('recipe') else None
            if c['kind'] == 'midsession':
                c['range'] = eval(c['range_recipe'], vars(R))
            verdict, rule = judge(c, v)
            if c.get('verdict'):
                verdict, rule = c['verdict'], c.get('rule', rule)
            detail = c.get('detail', '')
            if c['kind'] == 'midsession':
                detail = (detail + '; ' if detail else '') + f"session low-high {c['range']}"
            if c.get('recipe'):
                detail = (detail + '; ' if detail else '') + 'reference.py: ' + c['recipe']
            claims.append({k: c.get(k) for k in ('index_or_ticker', 'metric', 'value', 'unit', 'qualifier', 'ref_date', 'window', 'comparison', 'basis')})
            K.append({'passage_id': p['id'], 'claim_index': i, 'index_or_ticker': c['index_or_ticker'], 'metric': c['metric'],
                      'claimed_value': c['value'], 'qualifier': c.get('qualifier'), 'ref_date_used': c.get('ref_date'),
                      'computed_value': v, 'computed_detail': detail or None, 'verdict': verdict, 'rule': rule,
                      'note': ((c.get('note') + ' ') if c.get('note') else '') + f"Claimed {c['claimed']}; the files give {v}; verdict {verdict}.", 'anchor_text': c['anchor']})
        P.append({'id': p['id'], 'source': p['source'], 'published': p['published'], 'published_confidence': p['published_confidence'],
                  'published_note': p.get('published_note', ''), 'text_kind': 'condensed_close_paraphrase', 'text': p['text'], 'claims': claims})
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for p in P: f.write(json.dumps(p, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for k in K: f.write(json.dumps(k, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(P), 'passages', len(K), 'claims', Counter(k['verdict'] for k in K))
    for k in K:
        if k['verdict'] not in ('supported',):
            print(' ', k['passage_id'], k['claim_index'], k['index_or_ticker'], k['metric'], k['claimed_value'], k['computed_value'], k['verdict'])


if __name__ == '__main__':
    main()
