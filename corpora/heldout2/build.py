"""Build passages.jsonl, key.jsonl and the RECIPES table of reference.py from spec_*.py.

Each spec file defines PASSAGES: a list of dicts (id, source, published, published_confidence,
published_note, text, claims) where every claim is made with C(...) below: the claim fields, the
anchor text, the reference.py expression that computes it, and either an automatic verdict from
the tolerance rules of the dev README or an explicit one.
"""
import glob
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import reference as REF  # noqa: E402

if len(sys.argv) < 2:
    sys.exit("usage: python build.py DATA_DIR (the folder of the market-data CSV files)")
REF.DATA = Path(sys.argv[1])

TOL = {"p1": 0.05, "p2": 0.005, "lvl2": 0.005, "int": 0.5, "p0": 0.5}
UNIT = {"p1": 0.1, "p2": 0.01, "lvl2": 0.01, "int": 1, "p0": 1}
IMPRECISE = ("imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true) for % "
             "figures (<= 1% for index levels, <= 20% for point changes and counts); otherwise contradicted")
RULES = {
    "p1": "unhedged 1-dp figure: |true-claim| <= 0.05 + 0.02 slack",
    "p2": "unhedged 2-dp figure: |true-claim| <= 0.005 + 0.02 slack",
    "lvl2": "index/ETF level to 2 dp: |true-claim| <= 0.025",
    "int": "unhedged integer: |true-claim| <= 0.5",
    "p0": "unhedged integer: |true-claim| <= 0.5",
}
QRULE = {
    "about": "about/around/roughly/approximately: |true-claim| <= 1 unit of the last stated digit (+0.02)",
    "nearly": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit",
    "more than": "more than/over/above: true > claim",
    "at least": "at least: true >= claim",
    "less than": "less than/within: true < claim",
    "as much as": "as much as (session extreme): within one unit of the last stated digit",
}
QMAP = {"around": "about", "roughly": "about", "approximately": "about", "almost": "nearly",
        "over": "more than", "above": "more than", "within": "less than", "under": "less than",
        "as many as": "as much as", "up to": "as much as"}
FIXED_RULES = {
    "date": "highest/lowest/biggest since X: X must be the last session at least as extreme (or the first after it); a later X is imprecise, an earlier X contradicted",
    "record": "records: above every earlier close (intraday: every earlier high) in the file",
    "streak": "streaks and counts use daily closes",
    "eq": "exact match of the stated fact against the files",
    "correction": "a correction is a close at least 10% below the highest close of the previous 52 weeks (bear market: 20%)",
    "fed": "Fed: DFEDTAR / DFEDTARU-L effective dates mapped to FOMC decision days",
    "yield": "Yields: FRED end-of-day constant-maturity yields",
    "mid": "mid-session figure: unverifiable unless outside the session's low-high range; bound claims need close and session extreme",
    "unverifiable": "unverifiable: the files cannot decide it",
    "forecast": "forecast: a projection or target, never judged",
    "not_checkable": "not_checkable: conditional, on pace, rule of thumb, quoted opinion or generic statement",
}


def C(ticker, metric, value, unit, ref_date, anchor, expr=None, dec=2, kind=None, qual=None, window=None,
      basis="close", verdict=None, rule=None, note="", comparison=None, detail="", use=None):
    """One claim. kind: p1/p2/lvl2/int/p0 (tolerance judged automatically on `use` or the computed
    value), or a FIXED_RULES name with an explicit verdict."""
    return dict(ticker=ticker, metric=metric, value=value, unit=unit, ref_date=ref_date, anchor=anchor,
                expr=expr, dec=dec, kind=kind, qual=qual, window=window, basis=basis, verdict=verdict,
                rule=rule, note=note, comparison=comparison, detail=detail, use=use)


def judge(claim, true, kind, qual):
    q = QMAP.get(qual, qual) if qual else None
    u = UNIT[kind]
    if q in (None, "preliminary", "early calculations"):
        ok = abs(true - claim) <= TOL[kind] + (0.02 if kind in ("p1", "p2") else 0) + 1e-9
        rule = RULES[kind]
    elif q == "about":
        big = abs(claim) >= 100 and float(claim).is_integer() and claim % 10 == 0
        unit = abs(claim) * 0.02 if big else u
        ok = abs(true - claim) <= unit + 0.02 + 1e-9
        rule = QRULE["about"]
    elif q == "nearly":
        big = abs(claim) >= 100 and float(claim).is_integer() and claim % 10 == 0
        unit = abs(claim) * 0.02 if big else u
        if claim >= 0:
            ok = claim - unit - 1e-9 <= true <= claim + 0.5 * unit + 1e-9
        else:
            ok = claim - 0.5 * unit - 1e-9 <= true <= claim + unit + 1e-9
        rule = QRULE["nearly"]
    elif q == "more than":
        ok = abs(true) > abs(claim) if claim < 0 else true > claim
        rule = QRULE["more than"]
    elif q == "at least":
        ok = abs(true) >= abs(claim) if claim < 0 else true >= claim
        rule = QRULE["at least"]
    elif q == "less than":
        ok = abs(true) < abs(claim)
        rule = QRULE["less than"]
    elif q == "as much as":
        ok = abs(true - claim) <= u + 0.02 + 1e-9
        rule = QRULE["as much as"]
    else:
        raise ValueError(qual)
    if ok:
        return "supported", rule
    err = abs(true - claim)
    if kind in ("p1", "p2", "p0"):
        close = err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true))
    elif kind == "lvl2":
        close = err <= 0.01 * abs(true)
    else:
        close = err <= 0.2 * abs(true)
    return ("imprecise" if close else "contradicted"), rule + "; " + IMPRECISE


def load_specs():
    out = []
    for f in sorted(glob.glob(str(HERE / "spec_*.py"))):
        spec = importlib.util.spec_from_file_location(Path(f).stem, f)
        m = importlib.util.module_from_spec(spec)
        m.C = C
        spec.loader.exec_module(m)
        out.extend(m.PASSAGES)
    return out


def main():
    passages = load_specs()
    ids = [p["id"] for p in passages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    recipes = {}
    with open(HERE / "passages.jsonl", "w") as fp, open(HERE / "key.jsonl", "w") as fk:
        for p in passages:
            text = p["text"]
            claims_out = []
            for i, c in enumerate(p["claims"]):
                n = text.count(c["anchor"])
                if n != 1:
                    raise SystemExit(f"{p['id']} #{i}: anchor {c['anchor']!r} occurs {n} times")
                value = None
                if c["expr"] is not None:
                    value = REF.normalise(eval(c["expr"], vars(REF)), c["dec"])
                recipes[(p["id"], i)] = (c["dec"], c["expr"])
                verdict, rule = c["verdict"], c["rule"]
                if verdict is None:
                    true = c["use"] if c["use"] is not None else value
                    verdict, auto_rule = judge(c["value"], true, c["kind"], c["qual"])
                    rule = rule or auto_rule
                elif rule is None:
                    rule = FIXED_RULES.get(c["kind"] or verdict, FIXED_RULES.get(verdict, ""))
                    if c["kind"] in TOL:
                        rule = judge(c["value"], c["use"] if c["use"] is not None else value, c["kind"], c["qual"])[1] if value is not None else rule
                detail = (c["detail"] + "; " if c["detail"] else "") + (
                    f"reference.py: {c['expr']}" if c["expr"] else "no computation: nothing in the files decides it")
                claims_out.append({"index_or_ticker": c["ticker"], "metric": c["metric"], "value": c["value"],
                                   "unit": c["unit"], "qualifier": c["qual"], "ref_date": c["ref_date"],
                                   "window": c["window"], "comparison": c["comparison"], "basis": c["basis"]})
                fk.write(json.dumps({"passage_id": p["id"], "claim_index": i, "index_or_ticker": c["ticker"],
                                     "metric": c["metric"], "claimed_value": c["value"], "qualifier": c["qual"],
                                     "ref_date_used": c["ref_date"], "computed_value": value,
                                     "computed_detail": detail, "verdict": verdict, "rule": rule,
                                     "note": c["note"], "anchor_text": c["anchor"]}) + "\n")
            fp.write(json.dumps({"id": p["id"], "source": p["source"], "published": p["published"],
                                 "published_confidence": p["published_confidence"],
                                 "published_note": p["published_note"],
                                 "text_kind": "condensed_close_paraphrase", "text": text,
                                 "claims": claims_out}) + "\n")
    # write RECIPES into reference.py
    ref = (HERE / "reference.py").read_text()
    body = "RECIPES = {\n" + "".join(f"    ({pid!r}, {i}): ({d}, {e!r}),\n" for (pid, i), (d, e) in recipes.items()) + "}\n"
    ref = re.sub(r"(# ---- RECIPES \(generated by build.py\) ----\n).*?(# ---- end RECIPES ----)",
                 lambda m: m.group(1) + body + m.group(2), ref, flags=re.S)
    (HERE / "reference.py").write_text(ref)
    print(len(passages), "passages,", len(recipes), "claims")


if __name__ == "__main__":
    main()
