"""Build passages.jsonl and key.jsonl of the heldout6a corpus and write the RECIPES block of reference.py.

Usage:  python build_heldout6a.py PATH/TO/data      (or set CAPSCOPE_DATA_DIR)

Every computed_value is evaluated here with the helpers of reference.py on the CSV files; the
verdicts, rules and notes were written by hand after looking at those values (the check script
check_heldout6a.py prints the rows behind every imprecise and contradicted verdict).
"""
import importlib.util
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("reference", HERE / "reference.py")
ref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ref)

sys.path.insert(0, str(HERE))
from passages_heldout6a import PASSAGES  # noqa: E402


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build_heldout6a.py PATH/TO/data  (or set CAPSCOPE_DATA_DIR)")
    ref.set_data(data)
    env = {k: getattr(ref, k) for k in dir(ref) if not k.startswith("__")}
    plines, klines, recipes = [], [], []
    for p in sorted(PASSAGES, key=lambda q: q["published"]):
        text = p["text"]
        claims = []
        for i, c in enumerate(p["claims"]):
            a = c["anchor"]
            n = text.count(a)
            if n != 1:
                raise SystemExit(f"{p['id']} #{i}: anchor {a!r} occurs {n} times")
            expr = c.get("expr")
            dec = c.get("dec", 2)
            value = None if expr is None else ref.normalise(eval(expr, env), dec)
            claims.append({k: c.get(k) for k in ("index_or_ticker", "metric", "value", "unit", "qualifier",
                                                   "ref_date", "window", "comparison", "basis")})
            detail = c.get("detail", "").strip()
            detail = (detail + "; " if detail else "") + f"reference.py: {expr}"
            klines.append({
                "passage_id": p["id"], "claim_index": i, "index_or_ticker": c["index_or_ticker"],
                "metric": c["metric"], "claimed_value": c["value"], "qualifier": c.get("qualifier"),
                "ref_date_used": c.get("ref_date"), "computed_value": value, "computed_detail": detail,
                "verdict": c["verdict"], "rule": c["rule"], "note": c["note"], "anchor_text": a,
            })
            recipes.append(f"    ({p['id']!r}, {i}, {dec}, {'None' if expr is None else 'lambda: ' + expr}),")
        words = len(text.split())
        if not 120 <= words <= 400:
            raise SystemExit(f"{p['id']}: {words} words")
        rec = {k: p[k] for k in ("id", "source", "published", "published_confidence", "published_note")}
        rec.update({"text_kind": "condensed_close_paraphrase", "text": text, "claims": claims})
        plines.append(rec)
    with open(HERE / "passages.jsonl", "w") as f:
        for r in plines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for r in klines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    src = (HERE / "reference.py").read_text()
    head, rest = src.split("# BEGIN RECIPES\n", 1)
    _, tail = rest.split("# END RECIPES\n", 1)
    block = "# BEGIN RECIPES\nRECIPES = [\n    # (passage_id, claim_index, decimals, computation)\n" + "\n".join(recipes) + "\n]\n# END RECIPES\n"
    (HERE / "reference.py").write_text(head + block + tail)
    print(f"{len(plines)} passages, {len(klines)} claims")


if __name__ == "__main__":
    main()
