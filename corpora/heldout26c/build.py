"""Build passages.jsonl, key.jsonl and the RECIPES table of reference.py for corpus heldout26c.

Usage: python build.py PATH/TO/data   (or CAPSCOPE_DATA_DIR). Outputs are written beside this file.
"""
import json, os, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R
from build_common import judge
from passages_spec import PASSAGES


def main():
    recipes = {}
    plines, klines = [], []
    for P in PASSAGES:
        claims_out = []
        for i, c in enumerate(P['claims']):
            assert P['text'].count(c['anchor']) == 1, (P['id'], i, c['anchor'])
            expr = c.get('expr')
            val = R.evaluate(expr) if expr else None
            if expr:
                recipes['%s#%d' % (P['id'], i)] = expr
            if 'V' in c:
                verdict, rule = c['V'], c.get('rule', '')
            else:
                jv = val if 'jv' not in c else R.evaluate(c['jv'])
                verdict, rule = judge(c['v'], jv, c.get('kind', 'pct'), c.get('q'))
            detail = c.get('detail', '')
            if expr:
                detail = (detail + '; ' if detail else '') + 'reference.py: ' + expr
            else:
                detail = detail or 'nothing in the files computes it'
            claims_out.append({k: c.get(kk) for k, kk in [
                ('index_or_ticker', 't'), ('metric', 'm'), ('value', 'v'), ('unit', 'u'), ('qualifier', 'q'),
                ('ref_date', 'ref'), ('window', 'win'), ('comparison', 'cmp'), ('basis', 'basis')]})
            klines.append({'passage_id': P['id'], 'claim_index': i, 'index_or_ticker': c['t'], 'metric': c['m'],
                           'claimed_value': c['v'], 'qualifier': c.get('q'), 'ref_date_used': c.get('ref'),
                           'computed_value': val, 'computed_detail': detail, 'verdict': verdict, 'rule': rule,
                           'note': c.get('note', ''), 'anchor_text': c['anchor']})
        rec = {'id': P['id'], 'source': P['source'], 'published': P['published'],
               'published_confidence': P['conf']}
        if P.get('pnote'):
            rec['published_note'] = P['pnote']
        rec.update({'text_kind': 'condensed_close_paraphrase', 'text': P['text'], 'claims': claims_out})
        plines.append(rec)
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for r in plines:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for r in klines:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # embed the recipes table in reference.py
    src = open(os.path.join(HERE, 'reference.py')).read()
    table = '# BEGIN RECIPES\nRECIPES = {\n' + ''.join('    %r: %r,\n' % (k, v) for k, v in recipes.items()) + '}\n# END RECIPES\n'
    if '# BEGIN RECIPES' in src:
        src = re.sub(r'# BEGIN RECIPES\n.*?# END RECIPES\n', lambda m: table, src, flags=re.S)
    else:
        src = src.replace('# ---- recipes ----', table + '\n\n# ---- recipes ----')
    open(os.path.join(HERE, 'reference.py'), 'w').write(src)
    from collections import Counter
    print(len(plines), 'passages', len(klines), 'claims', dict(Counter(k['verdict'] for k in klines)))


if __name__ == '__main__':
    main()
