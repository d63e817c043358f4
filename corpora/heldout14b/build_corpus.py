"""Build passages.jsonl, key.jsonl and recipes.tsv for this corpus.

Usage:  python build_corpus.py DATA_DIR      (or set CAPSCOPE_DATA_DIR)

Every computed value comes from the helpers of reference.py evaluated on the CSV files; the
verdict is derived from the tolerance rules of the corpus README (function judge) unless a claim
fixes it explicitly (records, dates, streaks, mid-session figures, series not in the files).
"""
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import reference as R  # noqa: E402
from passages_src import PASSAGES  # noqa: E402

RULES = {
    "plain": "unhedged figure: |true-claim| <= 0.5 unit of the last digit + 0.02 (integers 0.5; 2-dp levels 0.025); imprecise = outside but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures, <= 1% for index levels, <= 20% for point changes and counts; otherwise contradicted",
    "about": "about/around/roughly/approximately: within one unit of the last stated digit (+0.02)",
    "nearly": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (whole numbers >= 100 ending in 0: unit = 2% of the value)",
    "more": "more than/over/above: true > claim",
    "least": "at least: true >= claim",
    "less": "less than/within: true < claim",
    "record": "records: above every earlier close (intraday record: every earlier high) in the file",
    "since": "highest/lowest/worst since X: X must be the last session at least as extreme (or the first session after it); later X imprecise, earlier X contradicted",
    "streak": "streaks and counts use daily (or weekly) closes",
    "mid": "mid-session figure: unverifiable when inside the session's low-high range (imprecise or contradicted outside it)",
    "bound_mid": "mid-session bound: supported when both the close and the session extreme satisfy it",
    "unver": "unverifiable: the files cannot decide it",
    "forecast": "forecast: a projection, not judged against what happened",
    "nc": "not_checkable: conditional, on-pace, quote or generic statement",
    "date": "dates and calendar facts checked against the files (FOMC_meetings.csv, DFEDTARU/L, trading calendar)",
    "tr": "total-return figure where the files hold only a price index: unverifiable",
    "compare": "comparison/ordering: must hold on the file's closes; a wrong ordering is contradicted",
}


def unit_of(s):
    s = s.replace(",", "").lstrip("+-")
    return 10 ** -(len(s.split(".")[1])) if "." in s else 1.0


def judge(cs, true, q, kind):
    """cs: claimed value as written (string); true: computed value. Returns (verdict, rule)."""
    v = float(cs.replace(",", ""))
    u = unit_of(cs)
    dec = len(cs.split(".")[1]) if "." in cs else 0
    if q in (None, "plain"):
        tol = 0.5 if dec == 0 else (0.025 if (kind == "lvl" and dec == 2) else 0.5 * u + 0.02)
        err = abs(true - v)
        if err <= tol + 1e-9:
            return "supported", "plain"
    elif q == "about":
        err = abs(true - v)
        if err <= u + 0.02 + 1e-9:
            return "supported", "about"
    elif q == "nearly":
        uu = 0.02 * abs(v) if (dec == 0 and abs(v) >= 100 and abs(v) % 10 == 0) else u
        a, t = abs(v), abs(true)
        if a - uu - 1e-9 <= t <= a + 0.5 * uu + 1e-9:
            return "supported", "nearly"
        err = min(abs(t - (a - uu)), abs(t - (a + 0.5 * uu)))
    elif q == "more":
        if abs(true) > abs(v):
            return "supported", "more"
        err = abs(abs(v) - abs(true))
    elif q == "least":
        if abs(true) >= abs(v) - 1e-9:
            return "supported", "least"
        err = abs(abs(v) - abs(true))
    elif q == "less":
        if abs(true) < abs(v):
            return "supported", "less"
        err = abs(abs(true) - abs(v))
    else:
        raise ValueError(q)
    t = abs(true)
    if kind == "pct":
        ok = err <= 0.2 * t + 1e-9 and err <= max(2.0, 0.1 * t) + 1e-9
    elif kind == "lvl":
        ok = err <= 0.01 * t + 1e-9
    else:
        ok = err <= 0.2 * t + 1e-9
    return ("imprecise" if ok else "contradicted"), (q if q not in (None, "plain") else "plain")


QWORD = {None: None, "plain": None, "about": "about", "nearly": "nearly", "more": "more than", "least": "at least", "less": "less than"}


def main():
    args = sys.argv[1:]
    R.DATA = Path(args[0]) if args else Path(os.environ["CAPSCOPE_DATA_DIR"])
    plines, klines, rlines = [], [], ["# passage_id\tclaim_index\tdecimals\texpression"]
    for p in PASSAGES:
        text = p["text"]
        claims_out = []
        for i, cl in enumerate(p["claims"]):
            anchor = cl["anchor"]
            assert text.count(anchor) == 1, (p["id"], i, anchor, text.count(anchor))
            expr, dec = cl.get("expr"), cl.get("dec", 2)
            val = None if expr is None else R._round(eval(expr, vars(R)), dec)
            if cl.get("verdict", "auto") == "auto":
                verdict, rk = judge(cl["cs"], val if not isinstance(val, list) else val[0], cl.get("q"), cl.get("kind", "pct"))
                rule = RULES[rk]
            else:
                verdict, rule = cl["verdict"], RULES[cl.get("rule", "unver")]
            claims_out.append({
                "index_or_ticker": cl["t"], "metric": cl["m"], "value": cl["v"], "unit": cl.get("u", "pct"),
                "qualifier": QWORD.get(cl.get("q"), cl.get("q")) if cl.get("q") not in ("preliminary",) else cl.get("q"),
                "ref_date": cl.get("d"), "window": cl.get("w"), "comparison": cl.get("cmp"), "basis": cl.get("b", "close"),
            })
            det = (cl.get("det", "") + "; " if cl.get("det") else "") + f"reference.py: {expr}"
            klines.append({
                "passage_id": p["id"], "claim_index": i, "index_or_ticker": cl["t"], "metric": cl["m"],
                "claimed_value": cl["v"], "qualifier": claims_out[-1]["qualifier"], "ref_date_used": cl.get("d"),
                "computed_value": val, "computed_detail": det, "verdict": verdict, "rule": rule,
                "note": cl.get("n", ""), "anchor_text": anchor,
            })
            rlines.append(f"{p['id']}\t{i}\t{'-' if expr is None else dec}\t{expr}")
        rec = {k: p[k] for k in ("id", "source", "published", "published_confidence", "published_note")}
        rec["text_kind"] = "condensed_close_paraphrase"
        rec["text"] = text
        rec["claims"] = claims_out
        plines.append(rec)
    (HERE / "passages.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in plines))
    (HERE / "key.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in klines))
    (HERE / "recipes.tsv").write_text("\n".join(rlines) + "\n")
    from collections import Counter
    print(len(plines), "passages", len(klines), "claims", Counter(k["verdict"] for k in klines))
    for k in klines:
        print(f"{k['passage_id'][:28]:28} {k['claim_index']:2} {str(k['claimed_value'])[:14]:14} {str(k['computed_value'])[:30]:30} {k['verdict']}")
    for p in plines:
        print(p["id"], len(p["text"].split()), "words")


if __name__ == "__main__":
    main()
