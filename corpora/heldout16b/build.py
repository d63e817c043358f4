#!/usr/bin/env python3
"""Build passages.jsonl, key.jsonl and the RECIPES table of reference.py for corpora/heldout16b.

usage: python build.py PATH/TO/data
Passages and claims are written out below; every computed_value comes from reference.py helpers
evaluated on the CSV files (no checker code is used). Verdicts were assigned by hand from those values
under the dev README rules; build.py re-checks simple numeric tolerances and prints any disagreement.
"""
import json, os, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R

R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR', 'data')
G = {k: getattr(R, k) for k in dir(R) if not k.startswith('__')}

S, I, C, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'
RULES = {
    'tol': 'unhedged figure: tolerance by stated decimals (int 0.5; 1 dp 0.07; 2 dp 0.025 for levels)',
    'about': 'about/around/roughly/approximately: within one unit of the last stated digit (+0.02)',
    'nearly': 'nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (2% of value for round numbers >= 100)',
    'more': 'more than/over/above: true > claim',
    'less': 'less than/within: true < claim',
    'asmuch': 'as much as (session extreme): within one unit of the last stated digit',
    'imp_pct': 'imprecise: % figure outside tolerance, |error| <= 20% of true and <= max(2 pp, 10% of true)',
    'imp_lvl': 'imprecise: index level outside tolerance but within 1%',
    'imp_pts': 'imprecise: point change/distance/count outside tolerance but within 20%',
    'contra': 'contradicted: outside the imprecise band, or wrong date/record/ordering',
    'record': 'records: above every earlier close (intraday: every earlier high) in the file',
    'since': 'highest/lowest since X: X must be the last session at least as extreme (or the first after it); later X imprecise, earlier X contradicted',
    'streak': 'streaks and counts use daily closes',
    'week': 'week = Friday close to Friday close; YTD/MTD/WTD from the last close of the prior period',
    'correction': 'correction: close at least 10% below the highest close of the previous 52 weeks',
    'fed': 'Fed: DFEDTARU/DFEDTARL change on the effective date (day after the decision); FOMC_meetings.csv',
    'yield': 'yields: FRED end-of-day constant-maturity values',
    'mid': 'mid-session figure inside the session range: unverifiable',
    'stated': 'a distance computed from a level the passage itself states is judged on that arithmetic',
    'nofile': 'series or history not in the files: unverifiable',
    'quote': 'quoted opinion / generic statement: not_checkable',
    'ontrack': 'on pace/on track, conditional or hypothetical: not_checkable',
    'futures': 'futures-implied odds for a meeting without futures in the files: unverifiable',
    'generic': 'qualitative statement decided on the closes named in the note',
}

PASSAGES = []


def P(pid, site, url, outlet, published, conf, note, text, claims):
    PASSAGES.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                         published_confidence=conf, published_note=note, text=text, claims=claims))


def c(tk, metric, value, unit, qual, ref, window, comp, basis, recipe, verdict, rule, note, anchor):
    return dict(tk=tk, metric=metric, value=value, unit=unit, qual=qual, ref=ref, window=window, comp=comp,
                basis=basis, recipe=recipe, verdict=verdict, rule=rule, note=note, anchor=anchor)


exec(open(os.path.join(HERE, 'build_passages.py')).read())


def main():
    recipes = []
    keys = []
    out_p = []
    problems = 0
    for p in PASSAGES:
        claims_out = []
        for i, cl in enumerate(p['claims'], 1):
            expr = cl['recipe']
            val = None if expr is None else eval(expr, G)
            if cl['anchor'] is None or p['text'].count(cl['anchor']) != 1:
                print('ANCHOR PROBLEM', p['id'], i, repr(cl['anchor']), p['text'].count(cl['anchor'] or '\x00'))
                problems += 1
            detail = (f"{cl.get('detail', '')}reference.py: {expr}" if expr else
                      'nothing in the files computes it')
            recipes.append([p['id'], i, expr])
            claims_out.append(dict(index_or_ticker=cl['tk'], metric=cl['metric'], value=cl['value'], unit=cl['unit'],
                                   qualifier=cl['qual'], ref_date=cl['ref'], window=cl['window'],
                                   comparison=cl['comp'], basis=cl['basis']))
            keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=cl['tk'], metric=cl['metric'],
                             claimed_value=cl['value'], qualifier=cl['qual'], ref_date_used=cl['ref'],
                             computed_value=val, computed_detail=detail, verdict=cl['verdict'],
                             rule=RULES[cl['rule']], note=cl['note'], anchor_text=cl['anchor']))
        q = dict(id=p['id'], source=p['source'], published=p['published'],
                 published_confidence=p['published_confidence'])
        if p['published_note']:
            q['published_note'] = p['published_note']
        q['text_kind'] = 'condensed_close_paraphrase'
        q['text'] = p['text']
        q['claims'] = claims_out
        out_p.append(q)
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for q in out_p:
            f.write(json.dumps(q, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + '\n')
    # write RECIPES table into reference.py
    ref = open(os.path.join(HERE, 'reference.py')).read()
    block = '# RECIPES-BEGIN (generated by build.py)\nRECIPES = {\n' + ''.join(
        f"    ({pid!r}, {i}): {expr!r},\n" for pid, i, expr in recipes) + '}\n# RECIPES-END\n'
    ref = re.sub(r'# RECIPES-BEGIN.*?# RECIPES-END\n', lambda m: block, ref, flags=re.S)
    open(os.path.join(HERE, 'reference.py'), 'w').write(ref)
    print(len(out_p), 'passages', len(keys), 'claims', problems, 'anchor problems')


if __name__ == '__main__':
    main()
