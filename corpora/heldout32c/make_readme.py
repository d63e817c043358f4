"""Write README.md from key.jsonl / passages.jsonl plus the fixed prose in readme_parts below."""
import json, os
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
P = [json.loads(l) for l in open(os.path.join(HERE, "passages.jsonl"))]
K = [json.loads(l) for l in open(os.path.join(HERE, "key.jsonl"))]
V = ["supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"]
AB = dict(supported="S", imprecise="I", contradicted="C", unverifiable="U", forecast="F", not_checkable="N")
vc = Counter(k["verdict"] for k in K)
bt = defaultdict(Counter)
for k in K:
    bt[k["index_or_ticker"]][k["verdict"]] += 1
pp = defaultdict(Counter)
for k in K:
    pp[k["passage_id"]][k["verdict"]] += 1
small = [p["id"] for p in P if any(c["index_or_ticker"] == "RUT" for c in p["claims"])]
head = open(os.path.join(HERE, "readme_head.md")).read()
tail = open(os.path.join(HERE, "readme_tail.md")).read()
out = [head.replace("@@NP@@", str(len(P))).replace("@@NK@@", str(len(K))).replace("@@NSMALL@@", str(len(small)))]
out.append("## Counts\n\n| verdict | claims |\n|---|---|\n")
for v in V:
    out.append("| %s | %d |\n" % (v, vc[v]))
out.append("| **total** | **%d** |\n\n" % len(K))
out.append("By index or series (S supported, I imprecise, C contradicted, U unverifiable, F forecast, N not_checkable):\n\n")
out.append("| ticker | S | I | C | U | F | N |\n|---|---|---|---|---|---|---|\n")
for t in sorted(bt, key=lambda t: -sum(bt[t].values())):
    out.append("| %s | %s |\n" % (t, " | ".join(str(bt[t][v]) for v in V)))
out.append("\nPer passage:\n\n| passage | published | claims | verdicts |\n|---|---|---|---|\n")
for p in P:
    c = pp[p["id"]]
    out.append("| %s | %s | %d | %s |\n" % (p["id"], p["published"], sum(c.values()),
               ", ".join("%s %d" % (AB[v], c[v]) for v in V if c[v])))
out.append("\nPassages with a Russell 2000 (small-cap) claim: %d (%s).\n\n" % (len(small), ", ".join(small)))
out.append(tail)
open(os.path.join(HERE, "README.md"), "w").write("".join(out))
print(dict(vc), len(P), len(K), len(small))
