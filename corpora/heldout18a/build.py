"""Build corpora/heldout18a from passages_def.py: evaluate every recipe on the CSV files, judge, write files."""
import json, os, sys, re
import pandas as pd
W = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get('HELDOUT18A_OUT', W)
sys.path.insert(0, W)
import helpers as H
from judge import judge_num
H.DATA = os.environ.get('CAPSCOPE_DATA_DIR', 'data')
from passages_def import P

NS = {k: getattr(H, k) for k in dir(H) if not k.startswith('__')}

def ev(expr):
    return eval(expr, dict(NS))

def next_session(t, d):
    s = H._df(t)['close']
    after = s[pd.Timestamp(d) + pd.Timedelta(days=1):]
    return after.index[0].strftime('%Y-%m-%d')

def judge_since(t, claimed, computed):
    if computed is None:
        return 'unverifiable', 'no earlier session at that level in the file'
    if len(claimed) == 7:  # month
        cm = computed[:7]
        if cm == claimed:
            return 'supported', 'since-month: the last session at least as extreme falls in that month'
        nxt = next_session(t, computed)[:7]
        if nxt == claimed:
            return 'supported', 'since-month: the first session after the last one at least as extreme'
        return ('imprecise', 'since later than the true date (understated)') if claimed > cm else ('contradicted', 'since earlier than the true date')
    if claimed == computed or claimed == next_session(t, computed):
        return 'supported', 'since: last session at least as extreme (or the first session after it)'
    return ('imprecise', 'since later than the true date (understated)') if claimed > computed else ('contradicted', 'since earlier than the true date')

MANUAL_RULE = {'unverifiable': 'unverifiable: the files cannot decide it',
               'not_checkable': 'not_checkable: generic statement, quote or conditional',
               'forecast': 'forecast: projection or expectation, not judged against the outcome',
               'contradicted': 'contradicted: direction or value impossible given the session',
               'supported': 'supported: within the rule stated in the note'}

passages, keys, recipes = [], [], []
for p in P:
    claims_out = []
    text = p['text']
    for i, c in enumerate(p['claims']):
        (tk, metric, val, unit, qual, ref, window, comp, basis, expr, mode, anchor, mverdict, note) = c
        anchor = anchor.replace('\n', ' ')
        n = text.count(anchor)
        assert n == 1, (p['id'], i, anchor, n)
        comp_val = None
        if expr is not None:
            comp_val = ev(expr)
            if isinstance(comp_val, float):
                comp_val = round(comp_val, 4)
        if mode == 'manual':
            verdict, rule = mverdict, MANUAL_RULE[mverdict]
        elif mode == 'months' and qual in ('', 'preliminary'):
            N = float(val)
            if abs(comp_val - N) <= 0.5 or N <= comp_val < N + 1:
                verdict, rule = 'supported', 'month count: rounds to N, or N whole months elapsed'
            else:
                verdict, rule = judge_num('months', val, '', comp_val)
        elif mode in ('pct', 'level', 'pts', 'count', 'months', 'years'):
            verdict, rule = judge_num(mode, val, qual if qual != 'preliminary' else '', comp_val)
        elif mode == 'date':
            verdict, rule = ('supported', 'date matches') if val == comp_val else ('contradicted', 'wrong date')
        elif mode == 'since':
            verdict, rule = judge_since(tk, val, comp_val)
        elif mode == 'nyear':
            N = float(val)
            if N <= comp_val < N + 1 or round(comp_val) == N:
                verdict, rule = 'supported', 'N-year low: the last close as low is N to N+1 years earlier (or rounds to N years)'
            elif comp_val >= N + 1:
                verdict, rule = 'imprecise', 'N-year low understated (lowest in longer than N+1 years)'
            else:
                verdict, rule = 'contradicted', 'N-year low overstated'
        elif mode == 'flag':
            verdict, rule = ('supported', 'flag holds on the files') if bool(comp_val) == (val != 'false') else ('contradicted', 'flag fails on the files')
        else:
            raise ValueError(mode)
        try:
            num = float(str(val).replace(',', '')) if val is not None and mode in ('pct', 'level', 'pts', 'count', 'months', 'years', 'nyear') else val
        except ValueError:
            num = val
        claims_out.append(dict(index_or_ticker=tk, metric=metric, value=num, unit=unit, qualifier=qual,
                               ref_date=ref, window=window, comparison=comp, basis=basis))
        detail = ''
        if expr is not None:
            m = re.match(r"(chg|pct|close)\('(\w+)','([\d-]+)'\)$", expr)
            if m and m.group(1) in ('chg', 'pct'):
                t, d = m.group(2), m.group(3)
                detail = 'close %s %.2f, previous close %.2f, session range %.2f-%.2f; ' % (d, H.close(t, d), H.prev_close(t, d), H.low(t, d), H.high(t, d))
            elif m:
                t, d = m.group(2), m.group(3)
                detail = 'session range %.2f-%.2f; ' % (H.low(t, d), H.high(t, d))
            detail += 'reference.py: %s' % expr
            recipes.append(((p['id'], i), expr))
        else:
            detail = 'nothing in the files computes it'
        keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=tk, metric=metric, claimed_value=num,
                         qualifier=qual, ref_date_used=ref, computed_value=comp_val, computed_detail=detail,
                         verdict=verdict, rule=rule, note=note, anchor_text=anchor))
    passages.append(dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']),
                         published=p['published'], published_confidence=p['conf'], published_note=p['pnote'],
                         text_kind='condensed_close_paraphrase', text=text, claims=claims_out))

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, 'passages.jsonl'), 'w') as f:
    for p in passages:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'key.jsonl'), 'w') as f:
    for k in keys:
        f.write(json.dumps(k, ensure_ascii=False) + '\n')

# reference.py = helpers + RECIPES + checker
helpers_src = open(os.path.join(W, 'helpers.py')).read()
lines = ['RECIPES = {']
for (pid, i), expr in recipes:
    lines.append('    (%r, %d): %r,' % (pid, i, expr))
lines.append('}')
main_src = r'''

def _same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6
    return a == b


def main():
    global DATA
    here = os.path.dirname(os.path.abspath(__file__))
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)')
    keyf = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'key.jsonl')
    keys = [json.loads(l) for l in open(keyf) if l.strip()]
    bykey = {(k['passage_id'], k['claim_index']): k for k in keys}
    ns = {k: v for k, v in globals().items() if not k.startswith('__')}
    bad = 0
    for (pid, i), expr in RECIPES.items():
        v = eval(expr, dict(ns))
        if isinstance(v, float):
            v = round(v, 4)
        k = bykey.get((pid, i))
        ok = k is not None and _same(v, k['computed_value'])
        if not ok:
            bad += 1
        print('%s %-55s #%-2d %-70s -> %r' % ('OK ' if ok else 'BAD', pid, i, expr, v))
    # records without a recipe must have computed_value null
    for k in keys:
        if (k['passage_id'], k['claim_index']) not in RECIPES and k['computed_value'] is not None:
            bad += 1
            print('BAD no recipe but computed_value set:', k['passage_id'], k['claim_index'])
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
'''
header = '"""reference.py for corpora/heldout18a: recomputes every computed_value in key.jsonl from the CSV files.\n\nUsage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or env CAPSCOPE_DATA_DIR). Needs pandas.\nEach key record with a computed value is one line of RECIPES (an expression over the helpers below).\n"""\n'
with open(os.path.join(OUT, 'reference.py'), 'w') as f:
    f.write(header + helpers_src + '\n\n' + '\n'.join(lines) + main_src)

# summary
from collections import Counter
vc = Counter(k['verdict'] for k in keys)
print(len(passages), 'passages', len(keys), 'claims', dict(vc))
for k in keys:
    print('%-50s %2d %-9s %-26s claimed=%-12s comp=%-14s %s' % (k['passage_id'][:50], k['claim_index'], k['index_or_ticker'], k['metric'][:26], str(k['claimed_value'])[:12], str(k['computed_value'])[:14], k['verdict']))
