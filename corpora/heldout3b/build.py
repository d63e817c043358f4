"""Build passages.jsonl, key.jsonl and reference.py of this corpus from the spec files.

Usage:  python build.py DATA_DIR

spec_a.py / spec_b.py hold the passages, the claim specifications and the key decisions (verdict,
rule, note). The computation of every claim is a helper call of refcore.py; build.py evaluates it on
the CSV files in DATA_DIR, writes key.jsonl and passages.jsonl, and writes reference.py (refcore.py
plus the RECIPES table plus main()).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import refcore  # noqa: E402
from spec_a import PASSAGES as PA  # noqa: E402
from spec_b import PASSAGES as PB  # noqa: E402

IMP = ("; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures "
       "(<= 1% for index levels, <= 20% for point changes, point distances and counts); otherwise contradicted")
RULES = {
    "int": "unhedged integer: |true-claim| <= 0.5" + IMP,
    "1dp": "unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02" + IMP,
    "2dp": "unhedged 2-decimal figure: |true-claim| <= 0.005 + 0.02 (levels to 2 dp: 0.025)" + IMP,
    "about": "about/around/roughly: within one unit of the last stated digit (+0.02)" + IMP,
    "nearly": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (round numbers >= 100 ending in 0: unit = 2% of the value)" + IMP,
    "more": "more than/over/above: true > claim" + IMP,
    "less": "less than/within: true < claim" + IMP,
    "asmuch": "as much as (a session extreme): within one unit of the last stated digit",
    "since": "highest/lowest since X: X must be the last session with a value at least as extreme, or the first session after it; a later X is imprecise (understated), an earlier X contradicted",
    "worst_since": "biggest/worst since X: X must be the last day with a move at least as large; a later X is imprecise, an earlier X contradicted",
    "record": "record: above every earlier close (intraday record: every earlier high) in the file; a record level or date must match the file",
    "streak": "streaks and counts use daily closes; counts: unhedged integer tolerance",
    "window": "windows run close to close (week = Friday close to Friday close; WTD/MTD/YTD from the last close of the previous week/month/year)",
    "mid": "mid-session figure: unverifiable unless the value lies outside the session's low-high range (then imprecise or contradicted)",
    "stated": "a distance computed from a level that the passage itself states is judged on that arithmetic",
    "correction": "correction: a close at least 10% below the highest close of the previous 52 weeks",
    "fact": "date or fact: must match the files",
    "comparison": "ordering or comparison of computed values: must hold in the files",
    "notinfiles": "unverifiable: the series is not in the files",
    "tr": "unverifiable: a total-return figure where only a price index exists",
    "unstated": "unverifiable: the window (or the date the figure refers to) is not stated",
    "ambiguous": "unverifiable: the files cannot decide between the readings of the statement",
    "conditional": "not_checkable: conditional, hypothetical or 'on pace / on track / poised' statement",
    "generic": "not_checkable: generic statement, rule of thumb or quoted opinion",
    "forecast": "forecast: a projection or target; never judged against what happened",
}
VERDICTS = {"supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"}


def normalise(value, decimals):
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
    refcore.DATA = Path(sys.argv[1] if len(sys.argv) > 1 else "data")
    env = {k: getattr(refcore, k) for k in dir(refcore) if not k.startswith("_")}
    passages, keys, recipes = [], [], []
    ids = set()
    for p in PA + PB:
        assert p["id"] not in ids, p["id"]
        ids.add(p["id"])
        text = p["text"]
        words = len(text.split())
        assert 80 <= words <= 400, (p["id"], words)
        claims = []
        for i, c in enumerate(p["claims"]):
            assert text.count(c["anchor"]) == 1, (p["id"], i, c["anchor"], text.count(c["anchor"]))
            assert c["verdict"] in VERDICTS, (p["id"], i)
            assert c["rule"] in RULES, (p["id"], i, c["rule"])
            expr = c["expr"]
            value = None if expr is None else normalise(eval(expr, env), c["dec"])
            claims.append({k: c[k] for k in ("index_or_ticker", "metric", "value", "unit", "qualifier",
                                              "ref_date", "window", "comparison", "basis")})
            fig = re.sub(r"\{=(.*?)\}", lambda m: repr(normalise(eval(m.group(1), env), 2)), c["fig"])
            detail = (fig + "; " if fig else "") + ("reference.py: " + expr if expr else "reference.py: None (nothing in the files computes it)")
            keys.append({
                "passage_id": p["id"], "claim_index": i, "index_or_ticker": c["index_or_ticker"],
                "metric": c["metric"], "claimed_value": c["value"], "qualifier": c["qualifier"],
                "ref_date_used": c["ref_date"], "computed_value": value, "computed_detail": detail,
                "verdict": c["verdict"], "rule": RULES[c["rule"]], "note": c["note"],
                "anchor_text": c["anchor"],
            })
            recipes.append((p["id"], i, c["dec"], expr))
            print(f"{p['id']} #{i} {c['index_or_ticker']} {c['metric']}: claim {c['value']!r} computed {value!r} -> {c['verdict']}")
        passages.append({k: p[k] for k in ("id", "source", "published", "published_confidence",
                                           "published_note", "text_kind", "text")} | {"claims": claims})
    with open(HERE / "passages.jsonl", "w") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    lines = ["RECIPES = ["]
    for pid, i, dec, expr in recipes:
        lines.append(f"    ({pid!r}, {i}, {dec}, {'None' if expr is None else 'lambda: ' + expr}),")
    lines.append("]")
    core = (HERE / "refcore.py").read_text()
    (HERE / "reference.py").write_text(core + "\n\n" + "\n".join(lines) + "\n" + MAIN)
    print(f"{len(passages)} passages, {len(keys)} claims")


MAIN = '''

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
        sys.exit("usage: python reference.py DATA_DIR [key.jsonl]")
    DATA = Path(sys.argv[1])
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        entry = json.loads(line)
        key[(entry["passage_id"], entry["claim_index"])] = entry["computed_value"]
    mismatches = 0
    for passage_id, index, decimals, computation in RECIPES:
        value = None if computation is None else normalise(computation(), decimals)
        flag = ""
        if key.get((passage_id, index), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((passage_id, index), 'missing')!r}"
        print(f"{passage_id} #{index}: {value!r}{flag}")
    recipe_keys = {(p, i) for p, i, _, _ in RECIPES}
    missing = [k for k in key if k not in recipe_keys]
    mismatches += len(missing)
    for k in missing:
        print(f"{k[0]} #{k[1]}: in key.jsonl but no recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
'''

if __name__ == "__main__":
    main()
