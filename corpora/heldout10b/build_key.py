"""Build passages.jsonl and key.jsonl from build_passages_1/2.py and write the RECIPES table of reference.py.

Usage:  python build_key.py DATA_DIR      (or set CAPSCOPE_DATA_DIR)
Every computed_value is evaluated with the helpers of reference.py on the CSV files."""
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import reference  # noqa: E402
import build_passages_2  # noqa: E402,F401  (registers passages 8-14)
from build_passages_1 import PASSAGES  # noqa: E402

FIELDS = ["index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date", "window", "comparison", "basis"]


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build_key.py DATA_DIR  (or set CAPSCOPE_DATA_DIR)")
    reference.DATA = Path(data)
    prow, krows, recipes = [], [], []
    for p in PASSAGES:
        claims = []
        for i, c in enumerate(p["claims"]):
            (tk, metric, value, unit, qual, ref, window, comp, basis, anchor, expr, dec, verdict, rule, note) = c
            assert p["text"].count(anchor) == 1, (p["id"], i, anchor, p["text"].count(anchor))
            claims.append(dict(zip(FIELDS, [tk, metric, value, unit, qual, ref, window, comp, basis])))
            cv = reference.compute(expr, dec)
            detail = (note + " " if note else "") + "reference.py: " + (expr if expr else "None (nothing in the files computes it)")
            krows.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=tk, metric=metric, claimed_value=value,
                              qualifier=qual, ref_date_used=ref, computed_value=cv, computed_detail=detail,
                              verdict=verdict, rule=rule, note=note, anchor_text=anchor))
            recipes.append((p["id"], i, dec, expr))
        q = {k: v for k, v in p.items() if k != "claims"}
        q["claims"] = claims
        prow.append(q)
    with open(HERE / "passages.jsonl", "w") as f:
        for q in prow:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for k in krows:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    src = (HERE / "reference.py").read_text()
    a = src.index("    # BEGIN RECIPES")
    b = src.index("    # END RECIPES")
    body = "    # BEGIN RECIPES (written by build_key.py)\n" + "".join(
        f"    ({pid!r}, {i}, {dec}, {expr!r}),\n" for pid, i, dec, expr in recipes)
    (HERE / "reference.py").write_text(src[:a] + body + src[b:])
    print(f"{len(prow)} passages, {len(krows)} claims")


if __name__ == "__main__":
    main()
