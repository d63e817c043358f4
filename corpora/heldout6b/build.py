"""Build passages.jsonl, key.jsonl and reference.py of the heldout6b corpus.

Usage:  python build.py DATA_DIR      (or set CAPSCOPE_DATA_DIR)

Reads the passage texts and claim specifications from passages_src.py, writes reference.py
(ref_helpers.py + the RECIPES table), evaluates every recipe on the CSV files with pandas, applies
the tolerance rules of the corpus README to the claims marked "auto", and writes the two JSONL files.
"""
import importlib
import json
import math
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

RULES = {
    "1dp": "unhedged 1-dp figure: |true-claim| <= 0.05 + 0.02",
    "2dp": "unhedged 2-dp figure: |true-claim| <= 0.005 + 0.02",
    "3dp": "unhedged 3-dp figure: |true-claim| <= 0.0005 + 0.02",
    "2dp_level": "index/ETF level to 2 dp: |true-claim| <= 0.025",
    "int": "unhedged integer: |true-claim| <= 0.5",
    "int_level": "index level given as an integer: |true-claim| <= 0.5",
    "level": "level: |true-claim| within the stated precision; imprecise only within 1% of the true level",
    "nearly": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (magnitudes)",
    "more": "more than/over: true > claim (magnitudes)",
    "more_close": "more than: true > claim; a bound missed by a small margin is imprecise",
    "bound_close": "more than/topped: true > claim; a bound missed by a small margin is imprecise",
    "less": "within/less than: true < claim",
    "atleast": "at least (20%+): true >= claim",
    "asmuch": "as much as (a session extreme): within one unit of the last stated digit",
    "since": "highest/lowest/last-since X: X must be the last date with a value at least as extreme (or the first after it); a later X is imprecise (understated), an earlier X contradicted",
    "since_move": "biggest/worst since X: X must be the last period with a move at least as large",
    "record": "records: above every earlier close (intraday record: every earlier high) in the file; dates and counts of records from the file",
    "rank": "rank/count of daily moves in the file up to that day",
    "count": "streaks, counts and sessions from daily closes (index difference between dates)",
    "ordering": "direction/ordering/relative-performance statement decided from the files",
    "date": "dates and weekdays: the session described must match the date and weekday given",
    "fed": "Fed target range from DFEDTARL/DFEDTARU on and around the FOMC decision day",
    "mid": "mid-session figure: unverifiable unless outside the session's low-high range",
    "unver": "unverifiable: the series or history is not in the files",
    "forecast": "forecast: a projection, never judged against what happened",
    "nc": "not_checkable: 'on pace' statement about an unfinished period",
    "nc_generic": "not_checkable: generic description, not a market figure",
    "level_int": "index level given as an integer: |true-claim| <= 0.5; imprecise within 1% of the true level; otherwise contradicted",
}
IMPRECISE = ("; imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures "
             "(<= 1% for index levels and yields, <= 20% for point changes and counts); otherwise contradicted")


def unit_of(text):
    t = text.replace(",", "").lstrip("+-$")
    if "." in t:
        return 10 ** -len(t.split(".")[1])
    return 1.0


def tolerance_ok(claim, true, rule, unit, q):
    c, t = claim, true
    if rule in ("nearly", "more", "more_close", "bound_close", "atleast", "asmuch", "less") and c < 0 and t < 0:
        c, t = -c, -t
    if rule == "nearly":
        u = 0.02 * abs(c) if (abs(c) >= 100 and abs(c) % 10 == 0) else unit
        return c - u <= t <= c + 0.5 * u
    if rule in ("more", "more_close", "bound_close"):
        return t > c
    if rule == "atleast":
        return t >= c
    if rule == "less":
        return t < c
    if rule == "asmuch":
        return abs(t - c) <= unit + 0.02
    tol = {"1dp": 0.07, "2dp": 0.025, "2dp_level": 0.025, "3dp": 0.0205, "int": 0.5, "int_level": 0.5,
           "level_int": 0.5}[rule]
    return abs(t - c) <= tol


def close_enough(claim, true, metric, unit_name):
    err = abs(true - claim)
    if unit_name == "percent" and "level" not in metric:
        return err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true))
    if "level" in metric:
        return err <= 0.01 * abs(true)
    return err <= 0.2 * abs(true)


def judge(cl, value):
    rule = cl["rule"]
    anchor_num = cl["value"]
    unit = unit_of(cl["_num_text"])
    ok = tolerance_ok(cl["value"], value, rule, unit, cl["qualifier"])
    if ok:
        return "supported"
    return "imprecise" if close_enough(cl["value"], value, cl["metric"], cl["unit"]) else "contradicted"


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python build.py DATA_DIR  (or set CAPSCOPE_DATA_DIR)")
    sys.path.insert(0, str(HERE))
    src = importlib.import_module("passages_src")
    helpers = (HERE / "ref_helpers.py").read_text()
    lines = ["", "", "RECIPES = ["]
    for p in src.P:
        for i, cl in enumerate(p["claims"]):
            lines.append(f"    ({p['id']!r}, {i}, {cl['dec']}, {('lambda: ' + cl['expr']) if cl['expr'] else 'None'}),")
    lines.append("]")
    tail = (HERE / "ref_main.py").read_text()
    (HERE / "reference.py").write_text(helpers + "\n".join(lines) + "\n\n" + tail)
    ref = importlib.import_module("reference")
    ref.DATA = Path(data)

    passages, keys, review = [], [], []
    for p in src.P:
        text = p["text"]
        claims_out = []
        for i, cl in enumerate(p["claims"]):
            if text.count(cl["anchor"]) != 1:
                raise SystemExit(f"anchor {cl['anchor']!r} occurs {text.count(cl['anchor'])} times in {p['id']}")
            value = None if cl["expr"] is None else ref.normalise(eval(cl["expr"], vars(ref)), cl["dec"])
            verdict = cl["verdict"]
            rule = RULES[cl["rule"]]
            if verdict == "auto":
                num = cl["value"]
                # the figure as written, for the unit of its last digit
                import re
                m = re.findall(r"-?[\d,]*\.?\d+", cl["anchor"])
                cl["_num_text"] = m[-1] if m else str(num)
                verdict = judge(cl, value)
            if verdict in ("imprecise", "contradicted") and cl["rule"] not in ("date", "ordering", "record", "since", "since_move", "rank", "nc"):
                rule = rule + IMPRECISE
            note = cl["note"]
            if not note:
                note = f"File value {value!r} against the stated {cl['value']!r}."
            detail = (cl["detail"] or "") + ("reference.py: " + cl["expr"] if cl["expr"] else "reference.py: None (not computable from the files)")
            claims_out.append({k: cl[k] for k in ("index_or_ticker", "metric", "value", "unit", "qualifier",
                                                    "ref_date", "window", "comparison", "basis")})
            keys.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=cl["index_or_ticker"],
                             metric=cl["metric"], claimed_value=cl["value"], qualifier=cl["qualifier"],
                             ref_date_used=cl["ref_date"], computed_value=value, computed_detail=detail,
                             verdict=verdict, rule=rule, note=note, anchor_text=cl["anchor"]))
            review.append((p["id"], i, cl["anchor"], cl["value"], value, verdict))
        wc = len(text.split())
        passages.append(dict(id=p["id"], source=p["source"], published=p["published"],
                             published_confidence=p["conf"], published_note=p["pnote"],
                             text_kind="condensed_close_paraphrase", text=text, claims=claims_out))
        print(f"{p['id']}: {wc} words, {len(claims_out)} claims")
    with open(HERE / "passages.jsonl", "w") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    for r in review:
        print(" | ".join(str(x) for x in r))


if __name__ == "__main__":
    main()
