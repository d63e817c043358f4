"""Build passages.jsonl, key.jsonl and reference.py (RECIPES) for corpora/heldout4a.

CAPSCOPE_DATA_DIR=PATH/TO/data python build.py   (writes the three files next to this script)
Verdicts: numeric claims are judged by build_common.judge() with the tolerances of corpora/dev/README.md;
claims whose value is a date, flag, list or count of events carry an explicit verdict and rule,
decided from the same computed values (see each note).
"""
import json
import re
from pathlib import Path

import reference_template as R
from build_common import judge
from build_passages_a import PASSAGES as A
from build_passages_b import PASSAGES as B
from build_passages_c import PASSAGES as CC

HERE = Path(__file__).parent
PASSAGES = A + B + CC


def main():
    key_lines, pas_lines, recipes = [], [], []
    for p in PASSAGES:
        text = p["text"]
        words = len(text.split())
        assert 100 <= words <= 400, (p["id"], words)
        claims_out = []
        for i, c in enumerate(p["claims"]):
            assert text.count(c["a"]) == 1, (p["id"], i, c["a"], text.count(c["a"]))
            val = R.compute(c["e"], c["dec"])
            if c["vd"]:
                verdict, rule = c["vd"], c["rule"]
            else:
                assert c["cat"] and val is not None, (p["id"], i)
                verdict, rule = judge(c["cat"], float(c["v"]), float(val), c["q"], c["prec"])
            det = (c["det"] + "; " if c["det"] else "")
            detail = f"{det}computed {val!r}; reference.py: {c['e']}" if c["e"] else f"{det}nothing in the files computes it; reference.py: None"
            claims_out.append({"index_or_ticker": c["t"], "metric": c["m"], "value": c["v"], "unit": c["u"],
                               "qualifier": c["q"], "ref_date": c["rd"], "window": c["w"],
                               "comparison": c["cmp"], "basis": c["b"]})
            key_lines.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": c["t"], "metric": c["m"],
                              "claimed_value": c["v"], "qualifier": c["q"], "ref_date_used": c["rd"],
                              "computed_value": val, "computed_detail": detail, "verdict": verdict,
                              "rule": rule, "note": c["n"], "anchor_text": c["a"]})
            recipes.append((p["id"], i, c["dec"], c["e"]))
        pas_lines.append({"id": p["id"], "source": p["source"], "published": p["published"],
                          "published_confidence": p["published_confidence"], "published_note": p["published_note"],
                          "text_kind": "condensed_close_paraphrase", "text": text, "claims": claims_out})
    (HERE / "passages.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in pas_lines))
    (HERE / "key.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in key_lines))
    tpl = (HERE / "reference_template.py").read_text()
    body = "RECIPES = [\n    # (passage_id, claim_index, decimals, expression)\n" + "".join(
        f"    ({pid!r}, {i}, {dec}, {expr!r}),\n" for pid, i, dec, expr in recipes) + "]\n"
    out = re.sub(r"# RECIPES_START\n.*?# RECIPES_END\n", "# RECIPES_START\n" + body + "# RECIPES_END\n", tpl, flags=re.S)
    (HERE / "reference.py").write_text(out)
    from collections import Counter
    print(len(pas_lines), "passages", len(key_lines), "claims", Counter(k["verdict"] for k in key_lines))


if __name__ == "__main__":
    main()
