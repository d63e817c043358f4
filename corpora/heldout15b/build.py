"""Build corpora/heldout15b from passages_def.py + helpers.py.
Usage: python build.py DATA_DIR OUT_DIR"""
import json, sys, os, importlib.util, math
W=os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0,W)
import helpers; from helpers import *
from passages_def import P
data, out = sys.argv[1], sys.argv[2]
set_dir(data)
os.makedirs(out, exist_ok=True)
def norm(v):
    if isinstance(v,float): return round(v,4)
    if isinstance(v,list): return [norm(x) for x in v]
    return v
recipes=[]; keys=[]; plines=[]; problems=[]
for p in P:
    claims=[]
    for i,c in enumerate(p['claims'],1):
        cv = norm(eval(c['expr'])) if c['expr'] else None
        n=p['text'].count(c['a'])
        if n!=1: problems.append((p['id'],i,c['a'],n))
        claims.append({'index_or_ticker':c['t'],'metric':c['m'],'value':c['v'],'unit':c['u'],'qualifier':c['q'],
                       'ref_date':c['rd'],'window':c['w'],'comparison':c['cmp'],'basis':c['b']})
        det=(c['note'] if False else '')
        keys.append({'passage_id':p['id'],'claim_index':i,'index_or_ticker':c['t'],'metric':c['m'],'claimed_value':c['v'],
            'qualifier':c['q'],'ref_date_used':c['rd'],'computed_value':cv,
            'computed_detail':(f"value {json.dumps(cv)}; reference.py: {c['expr']}" if c['expr'] else 'nothing in the files computes it'),
            'verdict':c['verdict'],'rule':c['rule'],'note':c['note'],'anchor_text':c['a']})
        if c['expr']: recipes.append((p['id'],i,c['expr']))
    rec={k:p[k] for k in ['id','source','published','published_confidence','published_note']}
    rec['text_kind']='condensed_close_paraphrase'; rec['text']=p['text']; rec['claims']=claims
    plines.append(rec)
with open(os.path.join(out,'passages.jsonl'),'w') as f:
    for r in plines: f.write(json.dumps(r,ensure_ascii=False)+'\n')
with open(os.path.join(out,'key.jsonl'),'w') as f:
    for r in keys: f.write(json.dumps(r,ensure_ascii=False)+'\n')
# reference.py = helpers source + recipes + checker
hs=open(os.path.join(W,'helpers.py')).read()
ref='#!/usr/bin/env python3\n"""Recompute every computed_value of key.jsonl from the market-data CSV files.\nUsage: python reference.py [DATA_DIR] [KEY_JSONL]   (DATA_DIR defaults to $CAPSCOPE_DATA_DIR)\nPrints each recomputed value; last line: \'N recipes, N key records, M mismatches\'; exit 1 on any mismatch.\nIndependent of the capscope checker; needs pandas."""\n'
ref+='import sys, os, json\n'+hs+'\n\nRECIPES = [\n'
for pid,i,e in recipes: ref+=f'    ({pid!r}, {i}, {e!r}),\n'
ref+=''']

def _norm(v):
    if isinstance(v, float): return round(v, 4)
    if isinstance(v, list): return [_norm(x) for x in v]
    return v

def _same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(a - b) <= 1e-3
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('usage: reference.py DATA_DIR [KEY_JSONL] (or set CAPSCOPE_DATA_DIR)')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'key.jsonl')
    set_dir(data)
    key = {}
    for line in open(keyp):
        if line.strip():
            r = json.loads(line); key[(r['passage_id'], r['claim_index'])] = r
    bad = 0; seen = set()
    for pid, i, expr in RECIPES:
        v = _norm(eval(expr)); seen.add((pid, i))
        k = key.get((pid, i))
        ok = k is not None and _same(v, k['computed_value'])
        bad += (not ok)
        print(f"{pid} #{i}: {json.dumps(v)}{'' if ok else '  MISMATCH (key: ' + json.dumps(k and k['computed_value']) + ')'}")
    for kk, r in key.items():
        if kk not in seen and r['computed_value'] is not None:
            bad += 1; print(f"{kk[0]} #{kk[1]}: key has a computed_value but no recipe  MISMATCH")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
'''
open(os.path.join(out,'reference.py'),'w').write(ref)
print('passages',len(plines),'claims',len(keys),'recipes',len(recipes))
print('anchor problems',problems)
from collections import Counter
print(Counter(k['verdict'] for k in keys))
