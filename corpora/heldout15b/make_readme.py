"""Write README.md for corpora/heldout15b from passages.jsonl and key.jsonl. Usage: python make_readme.py OUT_DIR"""
import json, sys, os
from collections import Counter, defaultdict
out=sys.argv[1]
P=[json.loads(l) for l in open(os.path.join(out,'passages.jsonl')) if l.strip()]
K=[json.loads(l) for l in open(os.path.join(out,'key.jsonl')) if l.strip()]
V=['supported','imprecise','contradicted','unverifiable','forecast','not_checkable']
AB={'supported':'S','imprecise':'I','contradicted':'C','unverifiable':'U','forecast':'F','not_checkable':'N'}
vc=Counter(k['verdict'] for k in K)
IN_FILES={'RUT','SPX','IXIC','DJI','VIX','FEDFUNDS'}
def grp(t):
    if t in IN_FILES: return t
    if t in ('DJI, SPX, IXIC','SPX, IXIC'): return t
    return 'series not in the files, or not market figures'
bt=defaultdict(Counter)
for k in K: bt[grp(k['index_or_ticker'])][k['verdict']]+=1
order=['RUT','DJI','SPX','IXIC','VIX','FEDFUNDS','DJI, SPX, IXIC','SPX, IXIC','series not in the files, or not market figures']
pp=defaultdict(Counter)
for k in K: pp[k['passage_id']][k['verdict']]+=1
small=[p['id'] for p in P if any(c['index_or_ticker']=='RUT' for c in p['claims'])]
L=[]
L.append('**HELD-BACK: do not run the checker on it until the final measure.**')
L.append('')
L.append('# Held-back claims corpus 15b: US index and small-cap news claims')
L.append('')
L.append(f'{len(P)} passages from real market-news pieces published 2014-2026, with {len(K)} atomic claims, and an answer key that '
         'gives every claim a verdict computed from the CSV files of the bundled market data (the shared data directory; its '
         '`README.md` and `PROVENANCE.md` describe every series). The format, claim conventions, verdict rules and tolerances '
         'are those of `corpora/dev/README.md`; additions are listed below. The key was computed with pandas directly from '
         'the CSV files, independently of the checker (nothing under `src/`, `tests/` or `benchmarks/` was read or run).')
L.append('')
L.append('| file | content |\n|---|---|')
L.append('| `passages.jsonl` | one passage per line: source, publication date, text, claims |')
L.append(f'| `key.jsonl` | one answer-key record per claim ({len(K)} lines) |')
L.append('| `reference.py` | recomputes every `computed_value` in the key from the CSV files (`python reference.py DATA_DIR [key.jsonl]`, or `CAPSCOPE_DATA_DIR`); last line `N recipes, N key records, 0 mismatches`, exit 1 on any mismatch |')
L.append('| `build.py`, `passages_def.py`, `helpers.py`, `make_readme.py`, `readme_tail.md` | build scripts: `python build.py DATA_DIR OUT_DIR` writes `passages.jsonl`, `key.jsonl` and `reference.py` (helpers + RECIPES table); `python make_readme.py OUT_DIR` writes this file from the counts and `readme_tail.md` |')
L.append('| `README.md` | this file |')
L.append('')
L.append('## Provenance')
L.append('')
L.append('Passages were found with the `pages` search corpus (stored public web pages) and condensed from the stored page text. '
         'Each text is a close paraphrase (`text_kind: condensed_close_paraphrase`): every number, index name, date, dateline, '
         'weekday, hedge word and claim phrase is kept as written; the prose around them is reworded or trimmed, and some '
         'sentences are left out (stock-specific items, most quotes). `source.url` is the page the passage comes from, often a '
         'repost, redirect or syndication; `source.original_outlet` names the publisher where the page makes it clear. '
         'Figures are kept even where they are wrong; the key says so.')
L.append('')
L.append('Outlets: CNBC, Associated Press (via philly.com, The Gleaner and CBS News), Business Insider, USA Today (four pieces, '
         'two via macsurfer redirects and two PressReader print editions), People\'s Pundit Daily, Axios, Kiplinger, '
         'InvestingChannel, Bloomberg (repost), COMTEX syndication, and one unattributed repost (wordupnews) of what reads like a '
         'Wall Street Journal markets item.')
L.append('')
L.append('Before a page was used, its URL was checked against every `source.url` of `corpora/*/passages.jsonl`, and its centre '
         'session (the trading day it reports on) against every `published` date there; only those two fields were read. '
         'No page or centre session is shared with an existing corpus.')
L.append('')
L.append('## Counts')
L.append('')
L.append('| verdict | claims |\n|---|---|')
for v in V: L.append(f'| {v} | {vc[v]} |')
L.append(f'| **total** | **{len(K)}** |')
L.append('')
L.append('By index or series (S supported, I imprecise, C contradicted, U unverifiable, F forecast, N not_checkable):')
L.append('')
L.append('| ticker | S | I | C | U | F | N |\n|---|---|---|---|---|---|---|')
for g in order:
    if g in bt: L.append(f'| {g} | ' + ' | '.join(str(bt[g][v]) for v in V) + ' |')
L.append('')
L.append('Series not in the files that appear here: `CL` (WTI crude), `BRENT`, `NIKKEI`, `SPX_ENERGY`, `SPX_TECH`, `RUT_SECTORS`, '
         '`US_DALLAS_FED`, `US_JOBS`, `US_CLAIMS`; `QUOTE` and `GENERIC` mark quoted statements and generic statements.')
L.append('')
L.append(f'Passages with Russell 2000 claims: {len(small)} of {len(P)} (seven centred on small caps against large caps, plus the '
         'CBS/AP 2018-01-02 wrap). The other eight are daily wraps of the Dow, S&P 500 and Nasdaq, with oil, the VIX, the Fed calendar and year-end records.')
L.append('')
L.append('Per passage:')
L.append('')
L.append('| passage | published | claims | verdicts |\n|---|---|---|---|')
for p in P:
    c=pp[p['id']]; L.append(f"| {p['id']} | {p['published']} | {sum(c.values())} | " + ', '.join(f'{AB[v]} {c[v]}' for v in V if c[v]) + ' |')
L.append('')
L.append(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'readme_tail.md')).read())
open(os.path.join(out,'README.md'),'w').write('\n'.join(L)+'\n')
print('README written')
