"""Build passages.jsonl, key.jsonl and reference.py of the heldout7b corpus.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
Reads passages_src.py (passage texts, claims, verdicts, recipes) and helpers.py (pandas helpers).
"""
import json, os, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
data = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR", "data"))
import helpers
helpers.DATA = data
from helpers import *  # noqa
import passages_src as S


def norm(v, dec):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, dec)
    if isinstance(v, (list, tuple)):
        return [norm(x, dec) for x in v]
    return v


out_p, out_k, recipes = [], [], []
for pid, site, url, outlet, pub, conf, pnote, text, claims in S.P:
    cl = []
    for i, c in enumerate(claims):
        tk, metric, value, unit, qual, ref, window, comp, basis, anchor, expr, dec, verdict, rule, note = c
        assert text.count(anchor) == 1, (pid, i, anchor, text.count(anchor))
        val = None if expr is None else norm(eval(expr), dec)
        cl.append({"index_or_ticker": tk, "metric": metric, "value": value, "unit": unit, "qualifier": qual,
                   "ref_date": ref, "window": window, "comparison": comp, "basis": basis})
        detail = (f"{note.split('.')[0]}; " if note else "") + ("reference.py: " + expr if expr else "reference.py: None (not computable from the files)")
        out_k.append({"passage_id": pid, "claim_index": i, "index_or_ticker": tk, "metric": metric, "claimed_value": value,
                      "qualifier": qual, "ref_date_used": ref, "computed_value": val, "computed_detail": detail,
                      "verdict": verdict, "rule": rule, "note": note, "anchor_text": anchor})
        recipes.append((pid, i, dec, expr))
    out_p.append({"id": pid, "source": {"site": site, "url": url, "original_outlet": outlet}, "published": pub,
                  "published_confidence": conf, "published_note": pnote, "text_kind": "condensed_close_paraphrase",
                  "text": text, "claims": cl})

with open(HERE / "passages.jsonl", "w") as f:
    for p in out_p:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(HERE / "key.jsonl", "w") as f:
    for k in out_k:
        f.write(json.dumps(k, ensure_ascii=False) + "\n")

helpers_src = (HERE / "helpers.py").read_text()
rec = "RECIPES = [\n" + "".join(f"    ({pid!r}, {i}, {dec}, {expr!r}),\n" for pid, i, dec, expr in recipes) + "]\n"
main = '''

def normalise(v, dec):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, dec)
    if isinstance(v, (list, tuple)):
        return [normalise(x, dec) for x in v]
    return v


def main():
    global DATA
    arg = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not arg:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(arg)
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    bad = 0
    for pid, i, dec, expr in RECIPES:
        v = None if expr is None else normalise(eval(expr), dec)
        flag = ""
        if key.get((pid, i), "missing") != v:
            bad += 1
            flag = f"   <-- key.jsonl has {key.get((pid, i), 'missing')!r}"
        print(f"{pid} #{i}: {v!r}{flag}")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad or len(key) != len(RECIPES) else 0)


if __name__ == "__main__":
    main()
'''
head = '"""Recompute every computed_value in key.jsonl (heldout7b) from the CSV files.\n\nUsage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)\n\nEach RECIPES entry is (passage_id, claim_index, decimals, expression); the expression is evaluated\nwith the pandas helpers below; None means nothing in the files computes the claim. Prints every value,\nthen "N recipes, N key records, K mismatches"; exits 1 on any mismatch. Needs pandas.\n"""\n'
(HERE / "reference.py").write_text(head + helpers_src + "\n\n" + rec + main)
print(len(out_p), "passages", len(out_k), "claims")
