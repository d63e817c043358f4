"""Regenerate the counts tables of README.md from passages.jsonl and key.jsonl (the prose sections live in README_head.md / README_tail.md)."""
import collections
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = [json.loads(line) for line in open(HERE / "passages.jsonl")]
K = [json.loads(line) for line in open(HERE / "key.jsonl")]
ORDER = ["supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"]
AB = dict(supported="S", imprecise="I", contradicted="C", unverifiable="U", forecast="F", not_checkable="N")
c = collections.Counter(k["verdict"] for k in K)
out = ["## Counts", "", "| verdict | claims |", "|---|---|"]
out += [f"| {v} | {c[v]} |" for v in ORDER] + [f"| **total** | **{len(K)}** |", ""]
out += ["By index or series (S supported, I imprecise, C contradicted, U unverifiable, F forecast, N not_checkable):", "",
        "| ticker | S | I | C | U | F | N |", "|---|---|---|---|---|---|---|"]
bt = collections.defaultdict(collections.Counter)
for k in K:
    bt[k["index_or_ticker"]][k["verdict"]] += 1
for t in sorted(bt, key=lambda t: -sum(bt[t].values())):
    out.append(f"| {t} | " + " | ".join(str(bt[t][v]) for v in ORDER) + " |")
out += ["", "Per passage:", "", "| passage | published | words | claims | verdicts |", "|---|---|---|---|---|"]
for p in P:
    kc = collections.Counter(k["verdict"] for k in K if k["passage_id"] == p["id"])
    out.append(f"| {p['id']} | {p['published']} | {len(p['text'].split())} | {len(p['claims'])} | " + ", ".join(f"{AB[v]} {kc[v]}" for v in ORDER if kc[v]) + " |")
head = (HERE / "README_head.md").read_text()
tail = (HERE / "README_tail.md").read_text()
(HERE / "README.md").write_text(head + "\n" + "\n".join(out) + "\n\n" + tail)
print("README.md written")
