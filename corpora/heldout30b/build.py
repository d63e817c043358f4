"""Build passages.jsonl and key.jsonl of this corpus.

usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR); writes beside this file.
Claim values are recomputed through reference.py's RECIPES; verdicts follow the dev README's rules
(automatic tolerance check for plain numeric claims, explicit verdicts for the rest).
"""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import reference as R

P = []  # passages


def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, note=note,
                  text=text, claims=claims))


def C(t, metric, value, unit, anchor, ref=None, q=None, window=None, comp=None, basis='close', dp=None,
      kind='pct', verdict=None, rule=None, note=''):
    return dict(t=t, metric=metric, value=value, unit=unit, anchor=anchor, ref=ref, q=q, window=window, comp=comp,
                basis=basis, dp=dp, kind=kind, verdict=verdict, rule=rule, note=note)


def auto(claim, true, dp, q, kind):
    """return (verdict, rule) for a plain numeric claim"""
    if isinstance(true, list):
        true = true[0]
    unit = 10 ** (-dp)
    err = abs(true - claim)
    if q in (None, ''):
        tol = 0.5 if dp == 0 else (0.025 if dp == 2 else 0.5 * unit + 0.02)
        ok, rule = err <= tol + 1e-9, f'unhedged {dp} dp: |true - claim| <= {tol:g}'
    elif q in ('about', 'around', 'roughly', 'approximately'):
        tol = unit + 0.02
        ok, rule = err <= tol + 1e-9, f'{q}: within one unit of the last digit (+0.02) = {tol:g}'
    elif q in ('more than', 'over', 'above'):
        ok, rule = true > claim, f'{q}: true > claim'
    elif q == 'at least':
        ok, rule = true >= claim, 'at least: true >= claim'
    elif q in ('nearly', 'almost'):
        ok, rule = claim - unit <= true <= claim + 0.5 * unit, f'{q}: claim - 1 unit <= true <= claim + 0.5 unit'
    else:
        raise ValueError(q)
    if ok:
        return 'supported', rule
    if true * claim < 0:
        return 'contradicted', rule + '; wrong sign'
    if kind in ('pct', 'yield'):
        imp = err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true))
        lim = 'imprecise band for % figures: |error| <= 20% of true and <= max(2 pp, 10% of true)'
    elif kind == 'level':
        imp = err <= 0.01 * abs(true)
        lim = 'imprecise band for index levels: |error| <= 1%'
    else:
        imp = err <= 0.2 * abs(true)
        lim = 'imprecise band for points/counts: |error| <= 20%'
    return ('imprecise' if imp else 'contradicted'), rule + '; ' + lim + (' (met)' if imp else ' (not met)')


exec(open(os.path.join(here, 'passages_src.py')).read())


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    vals = R.compute_all(data)
    exprs = {(p, i): e for p, i, e in R.RECIPES}
    pj, kj = [], []
    for p in P:
        for i, c in enumerate(p['claims']):
            n = p['text'].count(c['anchor'])
            assert n == 1, (p['id'], i, c['anchor'], n)
        pj.append(dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']),
                       published=p['published'], published_confidence=p['conf'], published_note=p['note'],
                       text_kind='condensed_close_paraphrase', text=p['text'],
                       claims=[dict(index_or_ticker=c['t'], metric=c['metric'], value=c['value'], unit=c['unit'],
                                    qualifier=c['q'], ref_date=c['ref'], window=c['window'], comparison=c['comp'],
                                    basis=c['basis']) for c in p['claims']]))
        for i, c in enumerate(p['claims']):
            v = vals[(p['id'], i)]
            if c['verdict'] is None:
                verdict, rule = auto(c['value'], v, c['dp'], c['q'], c['kind'])
            else:
                verdict, rule = c['verdict'], c['rule']
            kj.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['t'], metric=c['metric'],
                           claimed_value=c['value'], qualifier=c['q'], ref_date_used=c['ref'], computed_value=v,
                           computed_detail=(c['note'].split('||')[0].strip() + ' ' if '||' in c['note'] else '')
                           + 'reference.py: ' + exprs[(p['id'], i)],
                           verdict=verdict, rule=rule, note=c['note'].split('||')[-1].strip(), anchor_text=c['anchor']))
    with open(os.path.join(here, 'passages.jsonl'), 'w') as f:
        for r in pj:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(here, 'key.jsonl'), 'w') as f:
        for r in kj:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(pj), 'passages', len(kj), 'claims', Counter(k['verdict'] for k in kj))


if __name__ == '__main__':
    main()
