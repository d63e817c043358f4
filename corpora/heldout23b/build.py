"""Build passages.jsonl and key.jsonl and write the RECIPES table into reference.py.
Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import refhelpers as H
from passages_src import PASSAGES


def dp(s):
    s = s.replace(',', '').lstrip('+-')
    return len(s.split('.')[1]) if '.' in s else 0


def judge(claimed, true, qual, unit):
    c = float(claimed.replace(',', '')); d = dp(claimed); u = 10 ** -d
    q = (qual or '').lower()
    if q in ('about', 'around', 'roughly', 'approximately', 'some', 'as much as'):
        ok = abs(true - c) <= u + 0.02; rule = 'about: within one unit of the last stated digit'
    elif q in ('nearly', 'almost'):
        if c >= 100 and d == 0 and c % 10 == 0:
            u = 0.02 * abs(c)
        ok = (c - u - 0.02) <= true <= (c + 0.5 * u + 0.02); rule = 'nearly: claim-1 unit <= true <= claim+0.5 unit'
    elif q in ('more than', 'over', 'above'):
        ok = true > c; rule = 'more than: true > claim'
    elif q in ('just over',):
        ok = c < true <= c + u + 0.02; rule = 'just over: true above the claim, within one unit'
    else:
        tol = 0.5 if d == 0 else (0.07 if d == 1 else 0.025)
        ok = abs(true - c) <= tol; rule = 'unhedged: |true-claim| <= %s' % tol
    if ok:
        return 'supported', rule
    err = abs(true - c)
    if unit == 'pct':
        imp = err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true))
    elif unit == 'level':
        imp = err <= 0.01 * abs(true)
    else:
        imp = err <= 0.2 * abs(true)
    return ('imprecise' if imp else 'contradicted'), rule + '; outside tolerance'


def judge_since(claimed, computed):
    # claimed 'YYYY-MM' or 'YYYY-MM-DD' or 'YYYY'
    cd = computed[:len(claimed)]
    if cd == claimed:
        return 'supported', 'since X: X is the last period at least as extreme'
    if claimed > cd:
        return 'imprecise', 'since X: stated X later than the true date (understated)'
    return 'contradicted', 'since X: stated X earlier than the true date'


def main():
    recipes = []; keys = []; out = []
    for p in PASSAGES:
        claims = []
        for k, c in enumerate(p['claims']):
            (tk, metric, claimed, unit, qual, ref, window, anchor, expr, kind, override, note) = c
            assert p['text'].count(anchor) == 1, (p['id'], anchor, p['text'].count(anchor))
            val = eval(expr, vars(H)) if expr else None
            detail = ''
            if kind == 'num':
                verdict, rule = judge(claimed, val, qual, unit)
            elif kind == 'since':
                verdict, rule = judge_since(claimed, val)
            elif kind == 'flag':
                verdict = 'supported' if val == (claimed == 'true') else 'contradicted'
                rule = 'flag computed from daily closes'
            elif kind == 'num_neg_small':
                verdict = 'supported' if -1 < val < 0 else 'contradicted'
                rule = 'small loss: weekly change between -1% and 0%'
            elif kind == 'decade':
                import datetime
                yrs = (datetime.date.fromisoformat(ref) - datetime.date.fromisoformat(val)).days / 365.25
                verdict = 'supported' if yrs > 10 else 'contradicted'
                rule = 'lowest since: last close at or below the level must be more than ten years earlier'
            elif kind == 'flag_fouryear':
                import datetime
                yrs = (datetime.date.fromisoformat(ref) - datetime.date.fromisoformat(val)).days / 365.25
                verdict = 'supported' if 3.5 <= yrs < 5 else ('imprecise' if 3 <= yrs < 5.5 else 'contradicted')
                rule = 'four-year high: last value at least as high about four years earlier'
            elif kind == 'num_lt':
                verdict = 'supported' if val < float(claimed.lstrip('-')) else 'contradicted'
                rule = 'less than: true < claim (magnitude)'
            elif kind == 'num_rec3':
                verdict = 'supported' if val == 13 else 'contradicted'
                rule = 'record streak: three record closes in a row, the session before not a record'
            elif kind == 'flag_week':
                import datetime
                days = (datetime.date.fromisoformat(ref) - datetime.date.fromisoformat(val)).days
                verdict = 'supported' if days > 7 else 'contradicted'
                rule = 'highest in more than a week: last close at least as high is more than 7 days earlier'
            elif kind == 'u':
                verdict, rule = 'unverifiable', 'the files cannot decide it'
            elif kind == 'f':
                verdict, rule = 'forecast', 'projection; never judged against what happened'
            elif kind == 'n':
                verdict, rule = 'not_checkable', 'generic statement, quote or conditional'
            if override:
                verdict, rule = override
            if expr:
                detail = 'reference.py: %s' % expr
                recipes.append((p['id'], k, expr))
            claims.append({'index_or_ticker': tk, 'metric': metric, 'value': claimed, 'unit': unit,
                           'qualifier': qual, 'ref_date': ref, 'window': window,
                           'comparison': None, 'basis': ('intraday high' if metric == 'intraday_gain' else 'intraday' if metric == 'intraday_move' else 'end of day' if tk == 'US10Y' else 'close')})
            keys.append({'passage_id': p['id'], 'claim_index': k, 'index_or_ticker': tk, 'metric': metric,
                         'claimed_value': claimed, 'qualifier': qual, 'ref_date_used': ref,
                         'computed_value': val, 'computed_detail': detail, 'verdict': verdict,
                         'rule': rule, 'note': note, 'anchor_text': anchor})
        rec = {k: p[k] for k in ('id', 'source', 'published', 'published_confidence', 'published_note')}
        rec['text_kind'] = 'condensed_close_paraphrase'; rec['text'] = p['text']; rec['claims'] = claims
        out.append(rec)
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for r in keys:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'recipes.json'), 'w') as f:
        json.dump(recipes, f, indent=0)
    from collections import Counter
    print(len(out), 'passages', len(keys), 'claims', Counter(k['verdict'] for k in keys))


if __name__ == '__main__':
    main()
