"""Build passages.jsonl, key.jsonl and the RECIPES table of reference.py for this held-back corpus.

Usage:  python build_corpus.py DATA_DIR      (or set CAPSCOPE_DATA_DIR)

Every claim below carries its own computation (a helper call of reference.py), the verdict chosen by
hand after reading the computed value, the rule applied and a note. The script evaluates every
computation on the CSV files, writes computed_value / computed_detail, checks that every anchor occurs
exactly once in its passage, and rewrites the RECIPES table inside reference.py.
Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import reference as R  # noqa: E402
from passages_spec import PASSAGES  # noqa: E402

RULES = {
    "int": "unhedged integer: |true-claim| <= 0.5; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures (<= 1% for index levels, <= 20% for point changes and counts); otherwise contradicted",
    "1dp": "unhedged 1-decimal figure: |true-claim| <= 0.05 + 0.02; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true); otherwise contradicted",
    "2dp": "unhedged 2-decimal figure: |true-claim| <= 0.005 + 0.02; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures (<= 20% for point changes); otherwise contradicted",
    "lvl": "index/ETF level to 2 dp: |true-claim| <= 0.025 (whole-number level: <= 0.5); a truncated figure is imprecise; imprecise = within 1% of the true level; otherwise contradicted",
    "about": "about/around/near/roughly: within one unit of the last stated digit (+0.02); imprecise = outside that but within the imprecise band",
    "nearly": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (unit = 2% of the value for whole numbers >= 100 ending in 0)",
    "more": "more than/over/above: true > claim; bound claims close to the bound are imprecise",
    "since": "highest/lowest/first since X: X must be the last session with a value at least as extreme, or the first session after it; a later X is imprecise, an earlier X contradicted",
    "move_since": "biggest/best/worst since X: X must be the last day with a move at least as large",
    "record": "record: above every earlier close (intraday record: every earlier high) in the file",
    "streak": "streaks and counts use daily closes",
    "rel": "relative performance and counts from daily closes; counts judged as integers",
    "window": "windows run close to close (calendar months: last close of the previous month to the last close of the end month)",
    "mid": "mid-session figure: unverifiable when the value lies inside the session's low-high range (close-basis value and range given)",
    "yield": "FRED end-of-day constant-maturity yields (DGS10/DGS2); 2-dp tolerance 0.025; intraday yield events are unverifiable",
    "fed": "Fed: DFEDTARU/DFEDTARL change on the effective date (day after the decision); FOMC_meetings.csv gives decision days",
    "date": "calendar/session fact checked against the files",
    "unv": "unverifiable: the files cannot decide it (series not in the files, unstated window or time, intraday timing)",
    "fc": "forecast: a projection or target, never judged against what happened",
    "nc": "not_checkable: quote, opinion, generic statement, rule of thumb or hypothetical",
    "dist": "distance from a high: record close unless the text says otherwise; a distance computed from a level the passage states is judged on that arithmetic",
}


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not d:
        sys.exit("usage: python build_corpus.py DATA_DIR  (or set CAPSCOPE_DATA_DIR)")
    R.DATA = Path(d)
    pas_out, key_out, recipes = [], [], []
    problems = 0
    for p in PASSAGES:
        text = p["text"]
        claims = []
        for i, c in enumerate(p["claims"]):
            (tkr, metric, value, unit, qual, ref, window, basis, anchor, expr, dec,
             verdict, rule, detail, note) = c
            n = text.count(anchor)
            if n != 1:
                problems += 1
                print(f"ANCHOR {p['id']} #{i}: {anchor!r} occurs {n} times")
            v = R.evaluate(expr, dec)
            claims.append({"index_or_ticker": tkr, "metric": metric, "value": value, "unit": unit,
                           "qualifier": qual, "ref_date": ref, "window": window, "comparison": None,
                           "basis": basis})
            cd = (detail + "; " if detail else "") + ("reference.py: " + expr if expr else "not computable from the files")
            key_out.append({"passage_id": p["id"], "claim_index": i, "index_or_ticker": tkr, "metric": metric,
                            "claimed_value": value, "qualifier": qual, "ref_date_used": ref,
                            "computed_value": v, "computed_detail": cd, "verdict": verdict,
                            "rule": RULES[rule], "note": note, "anchor_text": anchor})
            recipes.append((p["id"], i, dec, expr))
            print(f"{p['id']} #{i} {tkr} {metric} claim={value!r} computed={v!r} -> {verdict}")
        words = len(text.split())
        if not 120 <= words <= 400:
            print(f"WORDS {p['id']}: {words}")
        rec = {k: p[k] for k in ("id", "source", "published", "published_confidence", "published_note")}
        rec["text_kind"] = "condensed_close_paraphrase"
        rec["text"] = text
        rec["claims"] = claims
        pas_out.append(rec)
    with open(HERE / "passages.jsonl", "w") as f:
        for r in pas_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for r in key_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    src = (HERE / "reference.py").read_text()
    start = src.index("RECIPES = [")
    end = src.index("\n]\n", start) + 3 if "RECIPES = [\n" in src else src.index("\n", start) + 1
    table = "RECIPES = [\n" + "".join(f"    {r!r},\n" for r in recipes) + "]\n"
    (HERE / "reference.py").write_text(src[:start] + table + src[end:])
    print(f"{len(pas_out)} passages, {len(key_out)} claims, {problems} anchor problems")


if __name__ == "__main__":
    main()
