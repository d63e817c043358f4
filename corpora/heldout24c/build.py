"""Build passages.jsonl and key.jsonl of corpora/heldout24c and refresh the RECIPES table of reference.py.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Reads passages_src.py (texts and claim table); verdicts of numeric claims follow the dev README tolerances.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R  # noqa: E402
import passages_src as S  # noqa: E402

NAMES = {'S': 'supported', 'I': 'imprecise', 'C': 'contradicted', 'U': 'unverifiable', 'F': 'forecast', 'N': 'not_checkable'}


def num(s):
    m = re.search(r'-?[\d,]*\.?\d+', s)
    return float(m.group(0).replace(',', '')), (len(m.group(0).split('.')[1]) if '.' in m.group(0) else 0)


def judge(val, true, kind, qual):
    v, dec = num(val)
    t = float(true)
    if kind == 'cnt' or (v >= 0 and t < 0 and kind in ('cnt',)):
        t = abs(t)
    unit = 10 ** -dec
    q = (qual or '').lower()
    if q in ('about', 'around', 'roughly', 'approximately'):
        ok = abs(t - v) <= unit + 0.02; rule = 'about: within one unit of the last stated digit'
    elif q in ('nearly', 'almost', 'near'):
        u = 0.02 * abs(v) if dec == 0 and abs(v) >= 100 and abs(v) % 10 == 0 else unit
        ok = abs(v) - u <= abs(t) <= abs(v) + 0.5 * u and (t * v >= 0); rule = 'nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit'
    elif q in ('more than', 'over', 'above'):
        ok = abs(t) > abs(v) and t * v >= 0; rule = 'more than: true > claim'
    elif q in ('less than', 'within'):
        ok = abs(t) < abs(v); rule = 'less than: true < claim'
    else:
        tol = 0.5 if dec == 0 else 0.5 * unit + 0.02
        ok = abs(t - v) <= tol; rule = f'unhedged {dec} dp: |true - claim| <= {tol:g}'
    if ok:
        return 'S', rule
    err = abs(t - v)
    if kind == 'lvl': imp = err <= 0.01 * abs(t); rule += '; imprecise if within 1% (index level)'
    elif kind == 'pct': imp = err <= 0.2 * abs(t) and err <= max(2, 0.1 * abs(t)); rule += '; imprecise if within 20% and max(2 pp, 10%)'
    else: imp = err <= 0.2 * abs(t); rule += '; imprecise if within 20%'
    return ('I' if imp else 'C'), rule


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('usage: python build.py PATH/TO/data')
    R.DATA = data
    plines, klines, recipes = [], [], []
    for p in S.P:
        claims = []
        for i, c in enumerate(p['claims']):
            tk, metric, val, unit, qual, ref, window, basis, recipe, kind, anchor, note = c[:12]
            over = c[12] if len(c) > 12 else None
            over_rule = c[13] if len(c) > 13 else None
            cv = R.evaluate(recipe) if recipe else None
            if isinstance(cv, bool) or cv is None or isinstance(cv, (str, list)):
                pass
            else:
                cv = R.r(cv)
            if over:
                verdict, rule = over, over_rule or ''
            elif kind in ('U', 'F', 'N'):
                verdict = kind
                rule = {'U': 'unverifiable: the files cannot decide it', 'F': 'forecast: never judged',
                        'N': 'not_checkable'}[kind]
            elif kind == 'bool':
                verdict, rule = ('S' if cv else 'C'), 'flag recomputed from the files'
            elif kind == 'val':
                raise SystemExit(f'{p["id"]}#{i}: val claim needs a verdict')
            else:
                verdict, rule = judge(val, cv, kind, qual)
            assert p['text'].count(anchor) == 1, (p['id'], i, anchor, p['text'].count(anchor))
            claims.append(dict(index_or_ticker=tk, metric=metric, value=val, unit=unit, qualifier=qual, ref_date=ref,
                               window=window, comparison=None, basis=basis))
            detail = (f'computed {cv!r}; reference.py: {recipe}' if recipe else 'no recipe: nothing in the files computes it')
            klines.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=tk, metric=metric, claimed_value=val,
                               qualifier=qual, ref_date_used=ref, computed_value=cv, computed_detail=detail,
                               verdict=NAMES[verdict], rule=rule, note=note, anchor_text=anchor))
            recipes.append((p['id'], i, recipe))
        rec = dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']),
                   published=p['published'], published_confidence=p['conf'], published_note=p['pnote'],
                   text_kind='condensed_close_paraphrase', text=p['text'], claims=claims)
        plines.append(rec)
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for x in plines: f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for x in klines: f.write(json.dumps(x, ensure_ascii=False) + '\n')
    src = open(os.path.join(HERE, 'reference.py')).read()
    a = src.index('# BEGIN RECIPES\n') + len('# BEGIN RECIPES\n'); b = src.index('# END RECIPES')
    body = ''.join(f'    ({pid!r}, {ci}, {expr!r}),\n' for pid, ci, expr in recipes)
    open(os.path.join(HERE, 'reference.py'), 'w').write(src[:a] + body + src[b:])
    print(len(plines), 'passages,', len(klines), 'claims')


if __name__ == '__main__':
    main()
