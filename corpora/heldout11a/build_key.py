"""Build passages.jsonl and key.jsonl of the heldout11a corpus.

Usage:  python build_key.py PATH/TO/data      (or set CAPSCOPE_DATA_DIR)
Every computed value comes from the CSV files through the helpers in reference.py;
verdicts follow the tolerance rules of the corpus README (auto rule, or a stated manual verdict).
"""
import json, os, sys
from pathlib import Path
import reference as R
from passages_spec import PASSAGES

def auto(kind, claim, v):
    if kind == 'lvl2':
        e = abs(v - claim)
        if e <= 0.025: return 'supported', 'index/ETF level or 2-dp figure: |true-claim| <= 0.025'
        return ('imprecise' if e <= 0.01 * abs(v) else 'contradicted'), 'level to 2 dp outside 0.025; imprecise if within 1% of true'
    if kind == 'pts2':
        e = abs(v - claim)
        if e <= 0.025: return 'supported', 'unhedged 2-dp point change: |true-claim| <= 0.025'
        return ('imprecise' if e <= 0.2 * abs(v) else 'contradicted'), 'point change outside 0.025; imprecise if within 20% of true'
    if kind == 'int':
        e = abs(v - claim)
        if e <= 0.5: return 'supported', 'unhedged integer: |true-claim| <= 0.5'
        return ('imprecise' if e <= 0.2 * abs(v) else 'contradicted'), 'integer outside 0.5; imprecise if within 20% of true (points, counts)'
    if kind == 'pct1':
        e = abs(v - claim)
        if e <= 0.07: return 'supported', 'unhedged 1-decimal %: |true-claim| <= 0.05 + 0.02'
        return ('imprecise' if e <= min(0.2 * abs(v), max(2, 0.1 * abs(v))) else 'contradicted'), 'pct outside tolerance'
    if kind == 'pct2':
        e = abs(v - claim)
        if e <= 0.025: return 'supported', 'unhedged 2-decimal %: |true-claim| <= 0.005 + 0.02'
        return ('imprecise' if e <= min(0.2 * abs(v), max(2, 0.1 * abs(v))) else 'contradicted'), 'pct outside tolerance'
    raise ValueError(kind)

def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data: sys.exit('usage: python build_key.py PATH/TO/data (or CAPSCOPE_DATA_DIR)')
    R.DATA = Path(data)
    here = Path(__file__).parent
    pl, kl, recipes = [], [], []
    for p in PASSAGES:
        claims = []
        for i, c in enumerate(p['claims']):
            expr, dec = c['expr'], c.get('dec', 2)
            val = None if expr is None else R.normalise(eval(expr, vars(R)), dec)
            if 'verdict' in c:
                verdict, rule = c['verdict'], c['rule']
            else:
                verdict, rule = auto(c['kind'], c['value'], val)
            assert p['text'].count(c['anchor']) == 1, (p['id'], c['anchor'])
            claims.append({k: c.get(k) for k in ('index_or_ticker', 'metric', 'value', 'unit', 'qualifier', 'ref_date', 'window', 'comparison', 'basis')})
            kl.append({'passage_id': p['id'], 'claim_index': i, 'index_or_ticker': c['index_or_ticker'], 'metric': c['metric'],
                       'claimed_value': c['value'], 'qualifier': c.get('qualifier'), 'ref_date_used': c.get('ref_date'),
                       'computed_value': val, 'computed_detail': (c.get('detail', '') + '; ' if c.get('detail') else '') + 'reference.py: ' + (expr or 'None'),
                       'verdict': verdict, 'rule': rule, 'note': c['note'], 'anchor_text': c['anchor']})
            recipes.append((p['id'], i, dec, expr))
        rec = {k: p[k] for k in ('id', 'source', 'published', 'published_confidence', 'published_note')}
        rec['text_kind'] = 'condensed_close_paraphrase'; rec['text'] = p['text']; rec['claims'] = claims
        pl.append(rec)
    (here / 'passages.jsonl').write_text(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in pl))
    (here / 'key.jsonl').write_text(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in kl))
    (here / 'recipes.json').write_text(json.dumps(recipes, indent=0))
    from collections import Counter
    print(len(pl), 'passages', len(kl), 'claims', Counter(k['verdict'] for k in kl))

if __name__ == '__main__':
    main()
