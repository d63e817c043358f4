"""Build passages.jsonl and key.jsonl of heldout10a.

Usage: python build.py [DATA_DIR]   (or set CAPSCOPE_DATA_DIR). Needs pandas.
Verdicts are set by hand from the printed computed values (see README.md); this script only
evaluates the reference expressions and writes the two JSONL files.
"""
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import reference as R  # noqa: E402

R.DATA = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ["CAPSCOPE_DATA_DIR"])

RULE = {
 "int": "unhedged integer: |true-claim| <= 0.5; imprecise = outside tolerance but close (<= 20% of true for points, <= max(2 pp, 10%) for %)",
 "1dp": "unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02 slack",
 "2dp": "unhedged 2-dp figure: |true-claim| <= 0.005 + 0.02 slack (levels 0.025)",
 "trunc": "truncated figure (the true value rounds to a different integer) is imprecise",
 "about": "about/roughly: within one unit of the last stated digit (+0.02)",
 "nearly": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit",
 "more": "more than / over: true > claim",
 "less": "less than / under: true < claim",
 "record": "records: above every earlier close in the file",
 "date": "dates and weekdays must match the files exactly; a wrong date is contradicted",
 "since": "highest/biggest since X: X must be the last session at least as extreme (a later X is imprecise, an earlier X contradicted)",
 "fed": "Fed: DFEDTAR and FOMC_meetings.csv decide target levels and decision days",
 "mid": "mid-session figure: unverifiable unless outside the session's low-high range",
 "U": "unverifiable: the series or figure is not in the files",
 "F": "forecast: a projection, never judged against what happened",
 "N": "not_checkable: conditional, quoted opinion or generic statement",
 "level": "closing level: 2-dp tolerance 0.025; a level off by <= 1% is imprecise",
}


def C(t, m, v, u, a, e, V, r, n, q=None, d=None, w=None, b="close", cmp=None, det=None):
    return dict(t=t, m=m, v=v, u=u, a=a, e=e, V=V, r=r, n=n, q=q, d=d, w=w, b=b, cmp=cmp, det=det)


P = []
exec(open(HERE / "passages_def.py").read())

passages, keys = [], []
for p in P:
    text = p["text"]
    claims = []
    for i, c in enumerate(p["claims"]):
        assert text.count(c["a"]) == 1, (p["id"], i, c["a"], text.count(c["a"]))
        val = None if c["e"] is None else R.normalise(eval(c["e"], vars(R)), 2)
        if isinstance(val, float) and c.get("int"):
            val = int(val)
        claims.append({"index_or_ticker": c["t"], "metric": c["m"], "value": c["v"], "unit": c["u"],
                       "qualifier": c["q"], "ref_date": c["d"] or p["published"], "window": c["w"],
                       "comparison": c["cmp"], "basis": c["b"]})
        keys.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": c["t"], "metric": c["m"],
                     "claimed_value": c["v"], "qualifier": c["q"], "ref_date_used": c["d"] or p["published"],
                     "computed_value": val,
                     "computed_detail": (c.get("det", "") + "; " if c.get("det") else "") + "reference.py: " + (c["e"] or "None"),
                     "verdict": c["V"], "rule": RULE[c["r"]], "note": c["n"], "anchor_text": c["a"]})
        print(p["id"], i, c["t"], c["m"], c["v"], "->", val, c["V"])
    passages.append({"id": p["id"], "source": p["source"], "published": p["published"],
                     "published_confidence": p["conf"], "published_note": p["pnote"],
                     "text_kind": "condensed_close_paraphrase", "text": text, "claims": claims})
    nw = len(text.split())
    print(p["id"], "words", nw)
with open(HERE / "passages.jsonl", "w") as f:
    for p in passages:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(HERE / "key.jsonl", "w") as f:
    for k in keys:
        f.write(json.dumps(k, ensure_ascii=False) + "\n")
print(len(passages), "passages", len(keys), "claims")
