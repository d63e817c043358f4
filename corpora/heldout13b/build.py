"""Build passages.jsonl, key.jsonl and reference.py for this corpus.

Usage:  python build.py PATH/TO/data        (or set CAPSCOPE_DATA_DIR)

The passage texts and claim specifications live in build_part1.py .. build_part6.py. This script
writes reference.py (the helper functions of reference_helpers.py plus one RECIPES line per claim),
evaluates every recipe on the CSV files to fill `computed_value`, checks that every anchor occurs
exactly once in its passage, and writes the two JSONL files. Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_part1 import PASSAGES  # noqa: E402
from build_part2 import PASSAGES2  # noqa: E402
from build_part3 import PASSAGES3  # noqa: E402
from build_part4 import PASSAGES4  # noqa: E402
from build_part5 import PASSAGES5  # noqa: E402
from build_part6 import PASSAGES6  # noqa: E402

ALL = PASSAGES + PASSAGES2 + PASSAGES3 + PASSAGES4 + PASSAGES5 + PASSAGES6

CLAIM_FIELDS = ["index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date", "window", "comparison", "basis"]

MAIN = '''

def normalise(value, decimals):
    """Round floats (also inside lists/tuples/dicts) the way key.jsonl stores them."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return round(value, decimals)
    if isinstance(value, (list, tuple)):
        return [normalise(v, decimals) for v in value]
    return value


def data_dir():
    if len(sys.argv) > 1 and not sys.argv[1].endswith(".jsonl"):
        return Path(sys.argv[1])
    env = os.environ.get("CAPSCOPE_DATA_DIR")
    if env:
        return Path(env)
    sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")


def main():
    global DATA
    DATA = data_dir()
    rest = [a for a in sys.argv[1:] if a.endswith(".jsonl")]
    key_path = Path(rest[0]) if rest else Path(__file__).with_name("key.jsonl")
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
    unmatched = [k for k in key if k not in seen]
    mismatches += len(unmatched)
    for k in unmatched:
        print(f"{k[0]} #{k[1]}: key record without recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
'''


def write_reference():
    helpers = (HERE / "reference_helpers.py").read_text()
    lines = ["", "", "RECIPES = ["]
    for p in ALL:
        for i, c in enumerate(p["claims"]):
            comp = "None" if c["expr"] is None else f"lambda: {c['expr']}"
            lines.append(f"    ({p['id']!r}, {i}, {c['dec']}, {comp}),")
    lines.append("]")
    (HERE / "reference.py").write_text(helpers + "\n".join(lines) + "\n" + MAIN)


def main():
    if len(sys.argv) > 1:
        data = Path(sys.argv[1])
    elif os.environ.get("CAPSCOPE_DATA_DIR"):
        data = Path(os.environ["CAPSCOPE_DATA_DIR"])
    else:
        sys.exit("usage: python build.py PATH/TO/data  (or set CAPSCOPE_DATA_DIR)")
    write_reference()
    ns = {"__name__": "reference_build"}
    exec((HERE / "reference.py").read_text(), ns)
    ns["DATA"] = data
    ids = set()
    passages, keys = [], []
    problems = []
    for p in ALL:
        assert p["id"] not in ids, p["id"]
        ids.add(p["id"])
        words = len(p["text"].split())
        if not 120 <= words <= 400:
            problems.append(f"{p['id']}: {words} words")
        claims = []
        for i, c in enumerate(p["claims"]):
            n = p["text"].count(c["anchor"])
            if n != 1:
                problems.append(f"{p['id']} #{i}: anchor {c['anchor']!r} occurs {n} times")
            value = None if c["expr"] is None else ns["normalise"](eval(c["expr"], ns), c["dec"])
            claims.append({k: c[k] for k in CLAIM_FIELDS})
            detail = (c["detail"] + "; " if c["detail"] else "") + \
                (f"reference.py: {c['expr']}" if c["expr"] else "reference.py: None (nothing in the files computes it)")
            keys.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["index_or_ticker"], metric=c["metric"],
                             claimed_value=c["value"], qualifier=c["qualifier"], ref_date_used=c["ref_date"],
                             computed_value=value, computed_detail=detail, verdict=c["verdict"], rule=c["rule"],
                             note=c["note"], anchor_text=c["anchor"]))
        passages.append(dict(id=p["id"], source=p["source"], published=p["published"],
                             published_confidence=p["published_confidence"], published_note=p["published_note"],
                             text_kind="condensed_close_paraphrase", text=p["text"], claims=claims))
    with open(HERE / "passages.jsonl", "w") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(passages)} passages, {len(keys)} claims")


if __name__ == "__main__":
    main()
