"""Build passages.jsonl, key.jsonl and reference.py of the held-back corpus heldout14a.

Usage:  python build.py PATH/TO/data      (or set CAPSCOPE_DATA_DIR)

Reads passages_def.py (texts, claims, key specifications) and the reference helpers
(ref_head.py / ref_tail.py), writes reference.py with one recipe per key record, evaluates
every recipe on the CSV files to fill computed_value, checks anchors, word counts and the
numeric tolerance rules, and writes the JSONL files next to this script.
"""
import importlib.util
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import passages_def as PD  # noqa: E402


def data_dir():
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    if os.environ.get("CAPSCOPE_DATA_DIR"):
        return Path(os.environ["CAPSCOPE_DATA_DIR"])
    sys.exit("usage: python build.py PATH/TO/data  (or set CAPSCOPE_DATA_DIR)")


def judge(claim, true, rule):
    """Verdict for an unhedged numeric claim under the dev README tolerances."""
    err = abs(true - claim)
    tol = {PD.INT: 0.5, PD.D1: 0.07, PD.D2: 0.025, PD.LVL: 0.025}[rule]
    if err <= tol:
        return "supported"
    if rule == PD.LVL:
        return "imprecise" if err <= 0.01 * abs(true) else "contradicted"
    return "imprecise" if err <= 0.2 * abs(true) else "contradicted"


def main():
    data = data_dir()
    head = (HERE / "ref_head.py").read_text()
    tail = (HERE / "ref_tail.py").read_text()
    lines = ["", "", "RECIPES = [", "    # (passage_id, claim_index, decimals, computation)"]
    for p in PD.P:
        for i, k in enumerate(p["keys"]):
            rec, dec = k[9], k[10]
            comp = "None" if rec is None else f"lambda: {rec}"
            lines.append(f"    ({p['id']!r}, {i}, {dec}, {comp}),")
    lines.append("]")
    (HERE / "reference.py").write_text(head + "\n".join(lines) + "\n" + tail)

    spec = importlib.util.spec_from_file_location("reference", HERE / "reference.py")
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    ref.DATA = data

    problems = 0
    passages, keys = [], []
    for p in PD.P:
        text = p["text"]
        words = len(text.split())
        if not 120 <= words <= 400:
            print(f"WORDS {p['id']}: {words}")
            problems += 1
        claims = []
        for i, k in enumerate(p["keys"]):
            (anchor, ticker, metric, value, unit, qual, ref_date, window, basis,
             rec, dec, verdict, rule, note) = k
            if text.count(anchor) != 1:
                print(f"ANCHOR {p['id']} #{i}: {anchor!r} occurs {text.count(anchor)} times")
                problems += 1
            cv = None if rec is None else ref.normalise(eval(rec, vars(ref)), dec)
            if rec is None:
                detail = "no computation from the files; reference.py: None"
            else:
                detail = f"computed {cv!r}; reference.py: {rec}"
            if (rule in (PD.INT, PD.D1, PD.D2, PD.LVL) or rule.split(";")[0] in (PD.INT, PD.D1, PD.D2, PD.LVL)) \
                    and isinstance(value, (int, float)) and not isinstance(value, bool) \
                    and isinstance(cv, (int, float)) and not isinstance(cv, bool) and qual is None:
                base = rule.split(";")[0]
                auto = judge(abs(value), abs(cv), base)
                if auto != verdict:
                    print(f"VERDICT {p['id']} #{i} {anchor!r}: claim {value} true {cv} -> auto {auto}, key {verdict}")
                    problems += 1
            claims.append({"index_or_ticker": ticker, "metric": metric, "value": value, "unit": unit,
                           "qualifier": qual, "ref_date": ref_date, "window": window, "comparison": None,
                           "basis": basis})
            keys.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": ticker, "metric": metric,
                         "claimed_value": value, "qualifier": qual, "ref_date_used": ref_date,
                         "computed_value": cv, "computed_detail": detail, "verdict": verdict, "rule": rule,
                         "note": note, "anchor_text": anchor})
        passages.append({"id": p["id"], "source": {"site": p["site"], "url": p["url"], "original_outlet": p["outlet"]},
                         "published": p["published"], "published_confidence": p["conf"],
                         "published_note": p["pnote"], "text_kind": "condensed_close_paraphrase",
                         "text": text, "claims": claims})
    with (HERE / "passages.jsonl").open("w") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with (HERE / "key.jsonl").open("w") as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    print(f"{len(passages)} passages, {len(keys)} key records, {problems} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
