"""Write README.md tables from passages.jsonl and key.jsonl (prose sections are in this script)."""
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
P = [json.loads(l) for l in (HERE / "passages.jsonl").open()]
K = [json.loads(l) for l in (HERE / "key.jsonl").open()]
ORDER = ["supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"]
AB = dict(zip(ORDER, "S I C U F N".split()))
FILE_T = {"RUT", "DJI", "SPX", "IXIC", "VIX", "FEDFUNDS", "US10Y"}

vc = Counter(k["verdict"] for k in K)
counts = "| verdict | claims |\n|---|---|\n" + "".join(f"| {v} | {vc[v]} |\n" for v in ORDER) + f"| **total** | **{len(K)}** |\n"

bt = defaultdict(Counter)
for k in K:
    t = k["index_or_ticker"] if k["index_or_ticker"] in FILE_T else "series not in the files, generic, or quotes"
    bt[t][k["verdict"]] += 1
rows = sorted(bt, key=lambda t: (t.startswith("series"), -sum(bt[t].values())))
by_t = "| ticker | S | I | C | U | F | N |\n|---|---|---|---|---|---|---|\n" + "".join(
    f"| {t} | " + " | ".join(str(bt[t][v]) for v in ORDER) + " |\n" for t in rows)

pp = "| passage | published | focus | claims | verdicts |\n|---|---|---|---|---|\n"
SMALL = {"etfcom", "247wallst", "crossingwallstreet", "investingdaily", "businessweek", "investorsolutions", "globalcustodian", "marketwired"}
for p in P:
    ks = [k for k in K if k["passage_id"] == p["id"]]
    c = Counter(k["verdict"] for k in ks)
    focus = "small vs large caps" if p["id"].split("_")[0] in SMALL else "daily wrap"
    pp += f"| {p['id']} | {p['published']} | {focus} | {len(ks)} | " + ", ".join(f"{AB[v]} {c[v]}" for v in ORDER if c[v]) + " |\n"

outlets = sorted({p["source"]["original_outlet"] for p in P})
text = (HERE / "README_template.md").read_text()
text = text.replace("{{COUNTS}}", counts).replace("{{BY_TICKER}}", by_t).replace("{{PER_PASSAGE}}", pp)
text = text.replace("{{N_P}}", str(len(P))).replace("{{N_K}}", str(len(K))).replace("{{OUTLETS}}", "; ".join(outlets))
(HERE / "README.md").write_text(text)
print(counts, by_t)
