"""Writes README.md for corpora/heldout17a from passages.jsonl and key.jsonl (counts) plus fixed prose."""
import json, collections, os

PROSE = '## Record format\n\nAs in `corpora/dev/README.md`: `passages.jsonl` records carry `id`, `source {site, url, original_outlet}`, `published`,\n`published_confidence`, `published_note`, `text_kind`, `text`, `claims[]` (`index_or_ticker, metric, value, unit, qualifier,\nref_date, window, comparison, basis`, in `claim_index` order); `key.jsonl` records carry `passage_id, claim_index,\nindex_or_ticker, metric, claimed_value, qualifier, ref_date_used, computed_value, computed_detail, verdict, rule, note,\nanchor_text`. `computed_detail` ends with `reference.py: <expression>`, the exact computation; `computed_value` is `null`\nwhen nothing in the files computes the claim. Every `anchor_text` occurs exactly once in its passage (checked by the build).\n\n## Claim conventions added\n\n- Tickers as in the dev README, plus `QQQ` (the Nasdaq-100 ETF, price column), and these series that are not in the files:\n  `RUT_TECH` (Russell 2000 Technology), `US_ISM`, `SPX_BREADTH` (S&P 500 constituent counts), `STOXX50`, `DJ_BASIC_MATERIALS`,\n  `SP600`, `SP400`, `CRUDE_OIL`, `US_JOBLESS_CLAIMS`, `DJ_TRANSPORTS`, `NYSE` (breadth, volume), `DJI_COMPONENTS`, `HD`\n  (a single stock). `QUOTE` marks a quoted projection.\n- "Four-year low", "five-year low", "lowest close in five years": the key gives the last earlier close at or below the level\n  (`lowest_since`) and the verdict checks that the gap matches the stated number of years, read loosely (4.95 years counts as\n  five).\n- "First record in N months": months from the previous record close to this one.\n- "Hasn\'t outperformed X since YEAR": last calendar year in which the price return beat X\'s.\n- "First three-year string of declines since 1939-1941": last earlier run of three negative calendar years (GSPC is the S&P 90\n  before 1957, as in the dev corpus).\n- "Most down days since MONTH": down closes per calendar month; X must be the last month with at least as many.\n- Weekly counts: "negative territory 45% of the time this year" is the share of Friday-to-Friday weeks (last session of each\n  week) that fell, from the first week of the year; "triple-digit moves" are close-to-close changes above 100 points.\n- A percentage the passage computes from levels it states (a year-end close and an intraday "recent price") is judged on that\n  arithmetic; the intraday levels themselves are mid-session figures.\n- A headline level without decimals ("Closes at 11,985") is judged as an integer; the same level with decimals in the body is\n  judged separately.\n- Down-day counts: close below the previous close; unchanged closes are neither up nor down.\n\n## Hard cases included\n\n- Session dating: a page dated Wednesday whose "yesterday" figures all match Wednesday itself, not Tuesday\n  (ap_20041124; the notes give the Tuesday reading); "Monday" in a paper of the next day (newsday_20020930, whose headline calls\n  the ending quarter the "4th Quarter"); a December 31 piece written before the last session, with figures as of December 30\n  (plansponsor_20021231); a preliminary "July" report whose month is July 1-29 (djindexes_200307); an undated blog table whose\n  session (2006-05-17) is inferred from intraday levels (ritholtz_20060517); undated AP and CNBC pages dated from the figures\n  (ap_20081216, cnbc_20100820, ap_20121113, cnet_20010821).\n- Mid-session figures: a 10:07 a.m. newswire update with all levels and changes inside the session ranges\n  (djnewswires_20040401), "recent price" levels in a blog table, a 10:15 a.m. crossing of 12,000, "already up more than 1 percent\n  ahead of the announcement", "gaining as much as 83 points" (an intraday extreme, supported).\n- History before the files: the 1987 Black Monday drop and "third largest" rank (the file ranks the drop 2nd), Dow quarters and\n  Decembers before 1992, "sharpest decline in 25 years", the Dow half of "first three-year string since 1939-1941" (the S&P half\n  is checkable and supported).\n- Basis traps: total-return figures stated as such (jewishexponent_20060112: price and total return even reverse the Russell vs\n  S&P comparison for 2005), "counting dividends", "has returned" read on price, the Fed target before and after 2008-12-16\n  (DFEDTAR vs DFEDTARU/L), end-of-day DGS10 for "yields to record lows".\n- Records and "since": closing and intraday Russell records of April 1998, "first time since October\'s steep sell-off" (an\n  episode ending 1997-11-12), "lowest since June 10, 1997", "since July 21, 2010", Fed target "lowest since spring 1994" and\n  "seven-year low", "first time since the summer of 2008" (supported) against "not seen since June 17, 2008" (contradicted:\n  the Dow traded at or above 12,000 until 2008-06-20).\n- Counts and ranks: seventh Fed cut of 2001, 10 down days, 5,111 / 2,735 / 2,376 sessions (unchanged days counted as down),\n  57 and 36 triple-digit days (the 2009 Dow count is far off while the S&P counts match), "one of their worst weekly losses of the\n  year" (4th-worst S&P week of 2012).\n- True errors: 1.44% for a 1.414% move (divided by the new close), 1,171 points for 1,171.98, truncated point changes (359, 81,\n  44), "down 7%" for December to date -6.33%, "approximately 11%" and "almost 17%" for rebounds of 13.2% and 20.2%, "18 percent\n  below" for 15.4%, a Dow close 0.14 off (11,985.30), Nasdaq figures 0.03 off the file (1172.09, 27.07).\n\n## Overlaps and doubts\n\n- bloomberg_19991230 reports the same session (1999-12-29, the Russell 2000 record) as an existing passage from another outlet\n  published 1999-12-30; the overlap rules (URL and centre session against `published`) allow it, but the two texts share facts.\n- Only the `source.url` and `published` fields of the other corpora were compared, so an existing passage about the same\n  session but published on a later day could still exist for other passages here (as for the 1999-12-29 case above).\n- Verdicts that depend on a reading: "since October\'s steep sell-off" (supported as an episode; a strict day reading would make\n  it contradicted), "summer of 2008" for June 20, "one of their worst weekly losses" for a 4th place, "lowest close in five\n  years" style gaps read loosely, "has returned 19 percent" read on price, the 8.9% November figure (imprecise on price, close\n  on a total-return reading), and the whole of ap_20041124, which flips from supported to contradicted if "yesterday" is taken\n  from the page date.\n- Nasdaq Composite closes for 2002 in the file come from Yahoo and differ by a few hundredths from some published figures; two\n  claims are imprecise only because of that.\n- The corpus falls short of the brief\'s aim of at least half small-cap passages and has no passage centred on 2000, 2007, 2009\n  or 2013 sessions.\n'
OUT = os.path.dirname(os.path.abspath(__file__))
P = [json.loads(l) for l in open(os.path.join(OUT, 'passages.jsonl'))]
K = [json.loads(l) for l in open(os.path.join(OUT, 'key.jsonl'))]
V = ['supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable']
AB = dict(supported='S', imprecise='I', contradicted='C', unverifiable='U', forecast='F', not_checkable='N')
vc = collections.Counter(k['verdict'] for k in K)
FILES = {'RUT', 'SPX', 'DJI', 'IXIC', 'NDX', 'QQQ', 'FEDFUNDS', 'US10Y'}
bt = collections.defaultdict(collections.Counter)
for k in K:
    t = k['index_or_ticker'] if k['index_or_ticker'] in FILES else 'other'
    bt[t][k['verdict']] += 1
L = []
L.append('**HELD-BACK: do not run the checker on it until the final measure.**\n')
L.append('# Held-back claims corpus 17a: US index and small-cap news claims, 1998-2012\n')
L.append(f'{len(P)} passages from real market-news pages published 1998-2012, with {len(K)} atomic claims, and an answer key that '
         'gives every claim a verdict computed from the CSV files of the bundled market data (the shared data directory; its `README.md` '
         'and `PROVENANCE.md` describe every series). Format, claim conventions, verdict rules and tolerances are those of '
         '`corpora/dev/README.md`; additions are listed below. The key was computed with pandas over the CSV files only, '
         'independently of the checker (nothing under `src/`, `tests/` or `benchmarks/` was read or run).\n')
L.append('| file | content |\n|---|---|')
L.append('| `passages.jsonl` | one passage per line: source, publication date, text, claims |')
L.append(f'| `key.jsonl` | one answer-key record per claim ({len(K)} lines) |')
L.append('| `reference.py` | recomputes every `computed_value` from the CSV files (`python reference.py DATA_DIR [key.jsonl]` or `CAPSCOPE_DATA_DIR`); last line "N recipes, N key records, 0 mismatches", exit 1 on any mismatch |')
L.append('| `build.py`, `helpers.py` | build script: passage texts, claims and verdict logic; writes `reference.py` (helpers + RECIPES table), `passages.jsonl` and `key.jsonl` |')
L.append('| `make_readme.py` | writes this README (counts are generated from the key) |')
L.append('| `README.md` | this file |\n')
L.append('## Provenance\n')
L.append('Pages were found with the stored `pages` search corpus. Each text is a condensed close paraphrase '
         '(`text_kind: condensed_close_paraphrase`): every number, index name, date, dateline, weekday, hedge word and claim phrase '
         'is kept as written, the prose around them is reworded or trimmed, and some sentences are left out. Figures are kept even '
         'where they are wrong; the key says so. `source.url` is the page the passage comes from (often a repost or syndication); '
         '`source.original_outlet` names the publisher where the page makes it clear.\n')
L.append('Outlets: Associated Press (via Amarillo Globe-News, The Washington Times, WKYT, West Hawaii Today), Bloomberg News (via the '
         'South Florida Sun-Sentinel), CNET News.com, Newsday (via The Tech, MIT), PLANSPONSOR (citing Reuters), Dow Jones Indexes / '
         'STOXX (press release via Mondo Visione), Dow Jones Newswires (via COMTEX, reposted on Silicon Investor), The Washington Post, '
         'Jewish Exponent, The Big Picture (Barry Ritholtz), CNBC, ABC News. Centre sessions run from 1998-08-27 to 2012-11-13.\n')
L.append('Overlap rules followed: no page whose URL is in any `corpora/*/passages.jsonl`, and no page whose centre session equals '
         'the `published` date of an existing passage (only those two fields of the other corpora were read).\n')
L.append('## Counts\n')
L.append('| verdict | claims |\n|---|---|')
for v in V:
    L.append(f'| {v} | {vc[v]} |')
L.append(f'| **total** | **{len(K)}** |\n')
L.append('By index or series (S supported, I imprecise, C contradicted, U unverifiable, F forecast, N not_checkable):\n')
L.append('| ticker | S | I | C | U | F | N |\n|---|---|---|---|---|---|---|')
for t in ['RUT', 'DJI', 'SPX', 'IXIC', 'NDX', 'QQQ', 'FEDFUNDS', 'US10Y', 'other']:
    if t in bt:
        name = t if t != 'other' else 'series not in the files, or not market figures'
        L.append(f'| {name} | ' + ' | '.join(str(bt[t][v]) for v in V) + ' |')
L.append('\nPer passage:\n')
L.append('| passage | published | claims | verdicts |\n|---|---|---|---|')
for p in P:
    c = collections.Counter(k['verdict'] for k in K if k['passage_id'] == p['id'])
    L.append(f"| {p['id']} | {p['published']} | {len(p['claims'])} | " + ', '.join(f'{AB[v]} {c[v]}' for v in V if c[v]) + ' |')
rut = [p['id'] for p in P if any(c['index_or_ticker'] == 'RUT' for c in p['claims'])]
L.append(f'\nPassages with Russell 2000 claims: {len(rut)} ({", ".join(rut)}). Centred on the Russell 2000 or small against large caps: '
         'bloomberg_19991230, jewishexponent_20060112 and ritholtz_20060517; the other RUT claims sit in a multi-index mid-session wrap '
         '(djnewswires_20040401). The brief asked for at least half small-cap passages; the search corpus gave few unused small-cap pages '
         'for 1998-2013 that passed the overlap rules, so this corpus falls short of that aim (see Doubts).\n')
L.append(PROSE)
open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(L))
print(vc, len(P), len(K), len(rut))
