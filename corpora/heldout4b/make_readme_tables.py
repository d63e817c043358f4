"""Print the counts and per-passage tables for README.md from passages.jsonl and key.jsonl."""
import collections
import json

D = str(__import__("pathlib").Path(__file__).resolve().parent) + "/"
P = [json.loads(l) for l in open(D + "passages.jsonl")]
K = [json.loads(l) for l in open(D + "key.jsonl")]
order = ["supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"]
ab = dict(zip(order, "SICUFN"))
c = collections.Counter(k["verdict"] for k in K)
print("| verdict | claims |\n|---|---|")
for v in order:
    print(f"| {v} | {c[v]} |")
print(f"| **total** | **{len(K)}** |\n")
groups = collections.OrderedDict([
    ("RUT", ["RUT"]), ("SPX", ["SPX"]), ("DJI", ["DJI"]), ("IXIC", ["IXIC"]), ("NDX", ["NDX"]), ("VIX", ["VIX"]),
    ("IWM", ["IWM"]), ("FEDFUNDS", ["FEDFUNDS"]), ("US10Y, US2Y", ["US10Y", "US2Y"]),
])
known = {t for g in groups.values() for t in g}
print("| ticker | S | I | C | U | F | N |\n|---|---|---|---|---|---|---|")
for name, tks in list(groups.items()) + [("series not in the files, quotes or generic statements", None)]:
    sel = [k for k in K if (k["index_or_ticker"] in tks if tks else k["index_or_ticker"] not in known)]
    cc = collections.Counter(k["verdict"] for k in sel)
    print(f"| {name} | " + " | ".join(str(cc[v]) for v in order) + " |")
print("\n| passage | published | claims | verdicts |\n|---|---|---|---|")
for p in P:
    sel = [k for k in K if k["passage_id"] == p["id"]]
    cc = collections.Counter(k["verdict"] for k in sel)
    print(f"| {p['id']} | {p['published']} | {len(sel)} | " + ", ".join(f"{ab[v]} {cc[v]}" for v in order if cc[v]) + " |")
