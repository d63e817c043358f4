"""Print the markdown count tables of README.md from passages.jsonl and key.jsonl (no data files needed)."""
import collections
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
V = ["supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"]
AB = dict(zip(V, "SICUFN"))
key = [json.loads(l) for l in open(HERE / "key.jsonl")]
pas = [json.loads(l) for l in open(HERE / "passages.jsonl")]
c = collections.Counter(k["verdict"] for k in key)
print("| verdict | claims |\n|---|---|")
for v in V:
    print(f"| {v} | {c[v]} |")
print(f"| **total** | **{len(key)}** |\n")
MAIN = ["RUT", "SPX", "DJI", "IXIC", "FEDFUNDS", "US10Y", "US2Y"]
t = collections.defaultdict(collections.Counter)
for k in key:
    tk = k["index_or_ticker"] if k["index_or_ticker"] in MAIN else "series not in the files, or not market figures"
    t[tk][k["verdict"]] += 1
print("| ticker | S | I | C | U | F | N |\n|---|---|---|---|---|---|---|")
for tk in MAIN + ["series not in the files, or not market figures"]:
    print(f"| {tk} | " + " | ".join(str(t[tk][v]) for v in V) + " |")
print("\n| passage | published | claims | verdicts |\n|---|---|---|---|")
for p in pas:
    cc = collections.Counter(k["verdict"] for k in key if k["passage_id"] == p["id"])
    s = ", ".join(f"{AB[v]} {cc[v]}" for v in V if cc[v])
    print(f"| {p['id']} | {p['published']} | {len(p['claims'])} | {s} |")
