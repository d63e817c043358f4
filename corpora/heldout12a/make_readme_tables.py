"""Print the count tables of README.md from passages.jsonl and key.jsonl (no data files needed)."""
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = [json.loads(l) for l in open(HERE / "passages.jsonl")]
K = [json.loads(l) for l in open(HERE / "key.jsonl")]
ORDER = ["supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"]
AB = dict(zip(ORDER, "S I C U F N".split()))
c = Counter(k["verdict"] for k in K)
print("| verdict | claims |\n|---|---|")
for v in ORDER:
    print(f"| {v} | {c[v]} |")
print(f"| **total** | **{len(K)}** |\n")
by = defaultdict(Counter)
for k in K:
    by[k["index_or_ticker"]][k["verdict"]] += 1
print("| ticker | S | I | C | U | F | N |\n|---|---|---|---|---|---|---|")
for t, cc in sorted(by.items(), key=lambda x: -sum(x[1].values())):
    print(f"| {t} | " + " | ".join(str(cc[v]) for v in ORDER) + " |")
print("\n| passage | published | claims | verdicts |\n|---|---|---|---|")
for p in P:
    cc = Counter(k["verdict"] for k in K if k["passage_id"] == p["id"])
    print(f"| {p['id']} | {p['published']} | {len(p['claims'])} | " + ", ".join(f"{AB[v]} {cc[v]}" for v in ORDER if cc[v]) + " |")
