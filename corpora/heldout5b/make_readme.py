"""Write the counts tables of README.md from passages.jsonl and key.jsonl (python make_readme.py)."""
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = [json.loads(l) for l in open(HERE / "passages.jsonl")]
K = [json.loads(l) for l in open(HERE / "key.jsonl")]
order = ["supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"]
ab = dict(zip(order, "SICUFN"))
out = ["| verdict | claims |", "|---|---|"]
c = Counter(k["verdict"] for k in K)
out += [f"| {v} | {c[v]} |" for v in order] + [f"| **total** | **{len(K)}** |", ""]
out += ["| ticker | S | I | C | U | F | N |", "|---|---|---|---|---|---|---|"]
bt = defaultdict(Counter)
for k in K:
    bt[k["index_or_ticker"]][k["verdict"]] += 1
for t in sorted(bt, key=lambda t: -sum(bt[t].values())):
    out.append(f"| {t} | " + " | ".join(str(bt[t][v]) for v in order) + " |")
out += ["", "| passage | published | claims | verdicts |", "|---|---|---|---|"]
for p in P:
    cc = Counter(k["verdict"] for k in K if k["passage_id"] == p["id"])
    out.append(f"| {p['id']} | {p['published']} | {sum(cc.values())} | " + ", ".join(f"{ab[v]} {cc[v]}" for v in order if cc[v]) + " |")
print("\n".join(out))
