"""Build passages.jsonl and key.jsonl of the heldout7a corpus and fill the RECIPES table of reference.py.

Usage:  python build_corpus.py PATH/TO/data      (or set CAPSCOPE_DATA_DIR)

Every computed value comes from a call of a helper in reference.py over the CSV files of the data
directory. Verdicts, rules and notes were written by hand after looking at those values; the
script checks that anchors occur exactly once in their passage, that texts are 120-400 words and
that hand-written verdicts of simple numeric claims agree with the tolerance rules.
"""
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import reference as R  # noqa: E402

from passages_def import PASSAGES  # noqa: E402


def data_dir():
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    if os.environ.get("CAPSCOPE_DATA_DIR"):
        return Path(os.environ["CAPSCOPE_DATA_DIR"])
    sys.exit("usage: python build_corpus.py PATH/TO/data (or set CAPSCOPE_DATA_DIR)")


def tol_check(claim, true, tol_kind, qual):
    """Return the verdict implied by the tolerance rules for a plain numeric claim."""
    if isinstance(true, (list, tuple)):
        true = true[0]
    c, t = float(claim), float(true)
    err = abs(t - c)
    if tol_kind == "int":
        ok = err <= 0.5
    elif tol_kind == "1dp":
        ok = err <= 0.07 + 1e-9
    elif tol_kind in ("2dp", "lvl"):
        ok = err <= 0.025 + 1e-9
    elif tol_kind == "3dp":
        ok = err <= 0.0005 + 0.02
    else:
        raise ValueError(tol_kind)
    if ok:
        return "supported"
    return "imprecise_or_contradicted"


def main():
    R.DATA = data_dir()
    passages, keys, recipes = [], [], []
    total_words = 0
    for p in PASSAGES:
        text = p["text"]
        n = len(text.split())
        total_words += n
        assert 120 <= n <= 400, (p["id"], n)
        claims_out = []
        for i, c in enumerate(p["claims"]):
            a = c["anchor"]
            assert text.count(a) == 1, (p["id"], i, a, text.count(a))
            expr = c.get("expr")
            dec = c.get("dec", 2)
            val = None if expr is None else R.rounded(eval(expr, vars(R)), dec)
            if c.get("tol") and val is not None and c["verdict"] == "supported":
                v = tol_check(c["value"], val, c["tol"], c.get("qualifier"))
                assert v == "supported", (p["id"], i, c["value"], val)
            if c.get("tol") and val is not None and c["verdict"] in ("imprecise", "contradicted"):
                v = tol_check(c["value"], val, c["tol"], c.get("qualifier"))
                assert v != "supported", (p["id"], i, c["value"], val)
            detail = c.get("detail", "") or (c["note"] if val is not None else "")
            detail = (detail + "; " if detail else "") + "reference.py: " + (expr if expr else "None (nothing in the files computes it)")
            claims_out.append({k: c.get(k) for k in ["index_or_ticker", "metric", "value", "unit", "qualifier", "ref_date", "window", "comparison", "basis"]})
            keys.append({
                "passage_id": p["id"], "claim_index": i, "index_or_ticker": c["index_or_ticker"],
                "metric": c["metric"], "claimed_value": c["value"], "qualifier": c.get("qualifier"),
                "ref_date_used": c.get("ref_date"), "computed_value": val, "computed_detail": detail,
                "verdict": c["verdict"], "rule": c["rule"], "note": c["note"], "anchor_text": a,
            })
            recipes.append((p["id"], i, dec, expr))
        passages.append({
            "id": p["id"], "source": p["source"], "published": p["published"],
            "published_confidence": p["published_confidence"], "published_note": p["published_note"],
            "text_kind": "condensed_close_paraphrase", "text": text, "claims": claims_out,
        })
    with open(HERE / "passages.jsonl", "w") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    ref = (HERE / "reference.py").read_text()
    block = "    # RECIPES-BEGIN\n" + "".join(
        f"    ({pid!r}, {i}, {dec}, {expr!r}),\n" for pid, i, dec, expr in recipes) + "    # RECIPES-END\n"
    ref = re.sub(r"    # RECIPES-BEGIN\n.*?    # RECIPES-END\n", lambda m: block, ref, flags=re.S)
    (HERE / "reference.py").write_text(ref)
    from collections import Counter
    print(len(passages), "passages,", len(keys), "claims,", total_words, "words")
    print(Counter(k["verdict"] for k in keys))


if __name__ == "__main__":
    main()
