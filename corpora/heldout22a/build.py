"""Build passages.jsonl, key.jsonl and recipes.json for the heldout22a corpus.

Usage: python build.py PATH/TO/data   (or CAPSCOPE_DATA_DIR)
Every computed_value comes from a recipe evaluated by reference.py's helpers over the CSV files.
Verdicts, rules and notes were set by hand from those values under the dev README's rules.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as ref

ref.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
if not ref.DATA:
    sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')

from passages_src import PASSAGES

passages, keys, recipes = [], [], {}
for p in PASSAGES:
    text = p['text']
    claims = []
    for i, c in enumerate(p['claims']):
        a = c['anchor']
        n = text.count(a)
        if n != 1:
            sys.exit(f"anchor {a!r} occurs {n} times in {p['id']}")
        val = ref.evaluate(c.get('recipe'))
        recipes[f"{p['id']}#{i}"] = c.get('recipe')
        detail = c.get('detail', '')
        if c.get('recipe'):
            detail = (detail + '; ' if detail else '') + 'reference.py: ' + c['recipe']
        else:
            detail = (detail + '; ' if detail else '') + 'reference.py: none (nothing in the files computes it)'
        claims.append({k: c.get(k) for k in ['index_or_ticker', 'metric', 'value', 'unit', 'qualifier',
                                               'ref_date', 'window', 'comparison', 'basis']})
        keys.append({'passage_id': p['id'], 'claim_index': i, 'index_or_ticker': c['index_or_ticker'],
                     'metric': c['metric'], 'claimed_value': c['value'], 'qualifier': c.get('qualifier'),
                     'ref_date_used': c.get('ref_date'), 'computed_value': val, 'computed_detail': detail,
                     'verdict': c['verdict'], 'rule': c['rule'], 'note': c['note'], 'anchor_text': a})
    passages.append({'id': p['id'], 'source': p['source'], 'published': p['published'],
                     'published_confidence': p['published_confidence'],
                     **({'published_note': p['published_note']} if p.get('published_note') else {}),
                     'text_kind': 'condensed_close_paraphrase', 'text': text, 'claims': claims})

with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
    for p in passages:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
    for k in keys:
        f.write(json.dumps(k, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'recipes.json'), 'w') as f:
    json.dump(recipes, f, indent=1)
print(len(passages), 'passages', len(keys), 'claims')
