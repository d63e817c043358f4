"""Build passages.jsonl, key.jsonl and recipes.json of this corpus.
Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR). Outputs are written beside this file."""
import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import reference as R
from passages_src import PASSAGES

def judge(spec, c, t):
    kind = spec[0]
    if kind == 'manual': return spec[1], spec[2]
    if t is None: return 'unverifiable', 'files cannot decide'
    if kind == 'flag':
        return ('supported', 'flag computed from the files is true') if t == 1 else ('contradicted', 'flag computed from the files is false')
    if kind == 'eq':
        return ('supported', 'exact match') if c == t else (spec[1] if len(spec) > 1 else 'contradicted', 'differs from the files')
    if kind == 'gt': return ('supported', 'more than: true > claim') if t > c else ('contradicted', 'more than: true <= claim')
    if kind == 'lt': return ('supported', 'less than: true < claim') if t < c else ('contradicted', 'less than: true >= claim')
    err = abs(t - c)
    if kind in ('lvl', 'pts', 'pct'):
        dec = spec[1]; tol = {0: 0.5, 1: 0.07, 2: 0.025}[dec]
        if err <= tol + 1e-9: return 'supported', f'unhedged {dec}-decimal figure within {tol}'
    elif kind == 'about':
        if err <= spec[1] + 0.02 + 1e-9: return 'supported', f'about: within one unit ({spec[1]}) of the last stated digit'
        kind = spec[2]
    elif kind == 'nearly':
        u = spec[1]
        if c - u - 1e-9 <= t <= c + 0.5 * u + 1e-9: return 'supported', f'nearly: claim - {u} <= true <= claim + {u/2}'
        kind = spec[2]
    if kind == 'lvl' and err <= 0.01 * abs(t): return 'imprecise', 'index level outside tolerance but within 1%'
    if kind == 'pts' and err <= 0.2 * abs(t): return 'imprecise', 'point figure outside tolerance but within 20%'
    if kind == 'pct' and err <= 0.2 * abs(t) and err <= max(2, 0.1 * abs(t)): return 'imprecise', '% figure outside tolerance, within 20% and max(2 pp, 10%)'
    return 'contradicted', 'outside the imprecise band'

def main():
    R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    P = open(os.path.join(HERE, 'passages.jsonl'), 'w'); K = open(os.path.join(HERE, 'key.jsonl'), 'w'); rec = {}
    for p in PASSAGES:
        claims = []
        for ci, cl in enumerate(p['claims']):
            (tick, metric, value, unit, qual, ref, window, comp, basis, expr, spec, anchor, note) = cl
            assert p['text'].count(anchor) == 1, (p['id'], ci, anchor)
            t = eval(expr, vars(R)) if expr else None
            verdict, rule = judge(spec, value, t)
            claims.append(dict(index_or_ticker=tick, metric=metric, value=value, unit=unit, qualifier=qual, ref_date=ref,
                               window=window, comparison=comp, basis=basis))
            K.write(json.dumps(dict(passage_id=p['id'], claim_index=ci, index_or_ticker=tick, metric=metric, claimed_value=value,
                qualifier=qual, ref_date_used=ref, computed_value=t, computed_detail=f'reference.py: {expr}' if expr else 'nothing in the files computes it',
                verdict=verdict, rule=rule, note=note, anchor_text=anchor)) + '\n')
            rec[f"{p['id']}#{ci}"] = expr
        out = {k: p[k] for k in ('id', 'source', 'published', 'published_confidence')}
        if p.get('published_note'): out['published_note'] = p['published_note']
        out.update(text_kind='condensed_close_paraphrase', text=p['text'], claims=claims)
        P.write(json.dumps(out) + '\n')
    json.dump(rec, open(os.path.join(HERE, 'recipes.json'), 'w'), indent=0)

if __name__ == '__main__':
    main()
