"""Build heldout4b: passages.jsonl, key.jsonl and reference.py from spec_passages.py and spec_claims.py."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import helpers  # noqa: E402
from spec_passages import P  # noqa: E402
from spec_claims import CL  # noqa: E402


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


ns = {k: getattr(helpers, k) for k in dir(helpers) if not k.startswith("_")}
order = list(P)
by_pid = {pid: [c for c in CL if c["pid"] == pid] for pid in order}
assert sum(len(v) for v in by_pid.values()) == len(CL), "claim with unknown passage id"

passages, keys, recipes, problems = [], [], [], []
for pid in order:
    p = P[pid]
    text = p["text"]
    claims = []
    for i, c in enumerate(by_pid[pid]):
        n = text.count(c["anchor"])
        if n != 1:
            problems.append(f"{pid}#{i}: anchor {c['anchor']!r} occurs {n} times")
        val = None if c["expr"] is None else normalise(eval(c["expr"], ns), c["dec"])
        detail = (c["detail"] + "; " if c["detail"] else "") + f"reference.py: {c['expr']}"
        if c["expr"] is None:
            detail = (c["detail"] + "; " if c["detail"] else "") + "no computation from the files; reference.py: None"
        claims.append({"index_or_ticker": c["tk"], "metric": c["metric"], "value": c["value"], "unit": c["unit"],
                       "qualifier": c["qual"], "ref_date": c["ref"], "window": c["window"], "comparison": c["comp"],
                       "basis": c["basis"]})
        keys.append({"passage_id": pid, "claim_index": i, "index_or_ticker": c["tk"], "metric": c["metric"],
                     "claimed_value": c["value"], "qualifier": c["qual"], "ref_date_used": c["ref"],
                     "computed_value": val, "computed_detail": detail, "verdict": c["verdict"], "rule": c["rule"],
                     "note": c["note"], "anchor_text": c["anchor"]})
        recipes.append((pid, i, c["dec"], c["expr"]))
    passages.append({"id": pid, "source": p["source"], "published": p["published"],
                     "published_confidence": p["conf"], "published_note": p["note"],
                     "text_kind": "condensed_close_paraphrase", "text": text, "claims": claims})

if problems:
    print("\n".join(problems))
    sys.exit(1)

OUT.mkdir(parents=True, exist_ok=True)
with open(OUT / "passages.jsonl", "w") as f:
    for p in passages:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(OUT / "key.jsonl", "w") as f:
    for k in keys:
        f.write(json.dumps(k, ensure_ascii=False) + "\n")

# reference.py = helper functions + recipe table + checker
helper_src = (HERE / "helpers.py").read_text()
helper_src = helper_src.replace('DATA = Path(os.environ.get("CAPSCOPE_DATA_DIR", "data"))', 'DATA = Path("data")  # set from the command line in main()')
lines = ["RECIPES = [", "    # (passage_id, claim_index, decimals, computation)"]
for pid, i, dec, expr in recipes:
    lines.append(f"    ({pid!r}, {i}, {dec}, {'None' if expr is None else 'lambda: ' + expr}),")
lines.append("]")
main_src = '''

def normalise(value, decimals):
    """Round floats (also inside lists/tuples) the way key.jsonl stores them."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return round(value, decimals)
    if isinstance(value, (list, tuple)):
        return [normalise(v, decimals) for v in value]
    return value


def main():
    global DATA
    if len(sys.argv) < 2:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
    DATA = Path(sys.argv[1])
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        entry = json.loads(line)
        key[(entry["passage_id"], entry["claim_index"])] = entry["computed_value"]
    mismatches = 0
    seen = set()
    for passage_id, index, decimals, computation in RECIPES:
        seen.add((passage_id, index))
        value = None if computation is None else normalise(computation(), decimals)
        flag = ""
        if key.get((passage_id, index), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((passage_id, index), 'missing')!r}"
        print(f"{passage_id} #{index}: {value!r}{flag}")
    unkeyed = set(key) - seen
    mismatches += len(unkeyed)
    for k in sorted(unkeyed):
        print(f"{k[0]} #{k[1]}: key record without a recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
'''
doc = '''"""Recompute every computed_value in heldout4b/key.jsonl from the CSV files of the bundled market data.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]

Each RECIPES entry is (passage_id, claim_index, decimals, computation); the computation is a plain call of
the helper functions below (pandas over the CSV files); None means nothing in the files computes the claim.
Prints every value, then "N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
'''
body = helper_src.split('"""', 2)[2]  # drop the helpers module docstring
(OUT / "reference.py").write_text(doc + body + "\n\n" + "\n".join(lines) + "\n" + main_src)
print(f"{len(passages)} passages, {len(keys)} key records")
