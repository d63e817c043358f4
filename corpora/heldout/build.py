"""Build passages.jsonl and key.jsonl from the spec_*.py files and write the RECIPES table
into reference.py. Verdicts are either stated in the spec or derived by `judge` from the
tolerance rules of the README. Run: python build.py DATA_DIR (the folder of the market-data CSV files)"""
import glob
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import reference as R  # noqa: E402

if len(sys.argv) < 2:
    sys.exit("usage: python build.py DATA_DIR (the folder of the market-data CSV files)")
R.DATA_DIR = Path(sys.argv[1])

PASSAGES = []

TOL_TEXT = {
    "plain1": "unhedged 1-dp figure: |true-claim| <= 0.05 + 0.02",
    "plain2": "unhedged 2-dp figure: |true-claim| <= 0.005 + 0.02",
    "level2": "index/ETF level to 2 dp: |true-claim| <= 0.025",
    "plain0": "unhedged integer: |true-claim| <= 0.5",
    "about": "about/around/roughly/approximately: within one unit of the last stated digit (+0.02)",
    "nearly": "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (unit 2% of the value for whole numbers >= 100 ending in 0)",
    "more": "more than/over/above: true > claim",
    "atleast": "at least: true >= claim",
    "less": "less than/within/under: true < claim",
    "asmuch": "as much as (session extreme): within one unit of the last stated digit",
}
IMPRECISE_TEXT = {
    "pct": "imprecise = outside tolerance but |err| <= 20% of true and <= max(2 pp, 10% of true)",
    "level": "imprecise = outside tolerance but |err| <= 1% of the true level",
    "pts": "imprecise = outside tolerance but |err| <= 20% of the true value",
    "count": "imprecise = outside tolerance but |err| <= 20% of the true count",
}


def decimals_of(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def to_num(s):
    s = str(s).replace(",", "")
    return float(s) if "." in s else int(s)


def judge(raw, true, kind, q, unit=None):
    """Return (verdict, rule) for a numeric claim given as its string `raw`."""
    claim = to_num(raw)
    dp = decimals_of(raw)
    u = unit if unit is not None else 10 ** (-dp)
    a, t = abs(claim), abs(true)
    same_sign = (claim == 0) or (true == 0) or ((claim > 0) == (true > 0))
    err = abs(true - claim)
    qn = (q or "").lower()
    if qn in ("about", "around", "roughly", "approximately", "some", "close to", "asmuch", "as much as", "as many as"):
        key = "asmuch" if qn.startswith("as ") or qn == "asmuch" else "about"
        ok = err <= u + 0.02
    elif qn in ("nearly", "almost", "just under", "close to"):
        key = "nearly"
        if unit is None and dp == 0 and a >= 100 and a % 10 == 0:
            u = 0.02 * a
        ok = (a - u - 1e-9 <= t <= a + 0.5 * u + 1e-9)
    elif qn in ("more than", "over", "above", "in excess of"):
        key, ok = "more", t > a
    elif qn == "at least":
        key, ok = "atleast", t >= a
    elif qn in ("less than", "within", "under", "below"):
        key, ok = "less", t < a
    else:
        if kind == "level" and dp == 2:
            key, tol = "level2", 0.025
        elif dp == 0:
            key, tol = "plain0", 0.5
        elif dp == 1:
            key, tol = "plain1", 0.07
        else:
            key, tol = "plain2", 0.5 * 10 ** (-dp) + 0.02
        ok = err <= tol
    ok = ok and same_sign
    rule = TOL_TEXT[key]
    if ok:
        return "supported", rule
    rule = rule + "; " + IMPRECISE_TEXT[kind] + "; otherwise contradicted"
    if not same_sign:
        return "contradicted", rule
    if kind == "pct":
        imp = err <= 0.2 * t and err <= max(2.0, 0.1 * t)
    elif kind == "level":
        imp = err <= 0.01 * t
    else:
        imp = err <= 0.2 * t
    return ("imprecise" if imp else "contradicted"), rule


def P(pid, site, url, outlet, published, conf, pnote, text, claims):
    PASSAGES.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf,
                         pnote=pnote, text=" ".join(text.split()) if "\n\n" not in text else
                         "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")), claims=claims))


def C(ticker, metric, value, unit, ref, expr, anchor, note="", q=None, window=None, comparison=None,
      basis="close", kind=None, verdict=None, rule=None, dec=2, detail="", u=None):
    return dict(ticker=ticker, metric=metric, value=value, unit=unit, ref=ref, expr=expr, anchor=anchor,
                note=note, q=q, window=window, comparison=comparison, basis=basis, kind=kind,
                verdict=verdict, rule=rule, dec=dec, detail=detail, u=u)


RULES = {
    "unv_series": "unverifiable: the series is not in the files",
    "unv_mid": "unverifiable: mid-session figure inside the session's low-high range",
    "unv_hist": "unverifiable: needs history before the file starts",
    "unv_window": "unverifiable: the window is not stated",
    "unv_odds": "unverifiable: futures-implied odds for a meeting without contracts in the files",
    "unv_total": "unverifiable: total-return or other basis not in the files",
    "forecast": "forecast: a projection or target, not judged against what happened",
    "nc_quote": "not_checkable: quoted opinion",
    "nc_cond": "not_checkable: conditional, hypothetical or 'on pace' statement",
    "nc_generic": "not_checkable: generic statement or rule of thumb",
    "since": "highest/lowest since X: X must be the last session with a value at least as extreme, or the first session after it; a later X is imprecise, an earlier X contradicted",
    "worst_since": "biggest/worst since X: X must be the last day with a move at least as large; a later X is imprecise, an earlier X contradicted",
    "record": "record: above every earlier close (intraday record: every earlier high) in the file",
    "rank": "rank of the move among all daily moves in the file up to that day",
    "streak": "streaks use daily closes (consecutive sessions)",
    "fed": "Fed: target range from DFEDTAR/DFEDTARU/DFEDTARL (effective the day after the decision) and FOMC_meetings.csv",
    "date": "a stated date must match the file",
    "direction": "direction/ordering must match the files",
}


def load_specs():
    for f in sorted(glob.glob(str(HERE / "spec_*.py"))):
        spec = importlib.util.spec_from_file_location(Path(f).stem, f)
        mod = importlib.util.module_from_spec(spec)
        mod.P, mod.C = P, C
        spec.loader.exec_module(mod)


def main():
    load_specs()
    out_p, out_k, recipes, problems = [], [], [], []
    ids = set()
    for p in PASSAGES:
        if p["id"] in ids:
            problems.append(f"duplicate id {p['id']}")
        ids.add(p["id"])
        claims_json = []
        for i, c in enumerate(p["claims"]):
            val = c["value"]
            if isinstance(val, str) and re.fullmatch(r"-?[\d,]+(\.\d+)?", val):
                num = to_num(val)
            elif val in ("true", "false"):
                num = val == "true"
            else:
                num = val
            expr = c["expr"]
            computed = R.evaluate(expr, c["dec"]) if expr else None
            verdict, rule = c["verdict"], c["rule"]
            if verdict is None:
                if c["kind"] is None or computed is None:
                    problems.append(f"{p['id']} #{i}: no verdict")
                    verdict, rule = "??", "??"
                else:
                    verdict, rule = judge(val, float(computed), c["kind"], c["q"], c["u"])
                    if c["rule"]:
                        rule = c["rule"] + "; " + rule
            elif rule in RULES:
                rule = RULES[rule]
            elif rule is None:
                rule = {"unverifiable": RULES["unv_series"], "forecast": RULES["forecast"],
                        "not_checkable": RULES["nc_quote"]}.get(verdict, "")
            n = p["text"].count(c["anchor"])
            if n != 1:
                problems.append(f"{p['id']} #{i}: anchor {c['anchor']!r} occurs {n} times")
            detail = (c["detail"] + "; " if c["detail"] else "") + (f"reference.py: {expr}" if expr else "reference.py: None (nothing in the files computes it)")
            note = c["note"]
            if not note and computed is not None:
                note = f"{c['ref']}: the file gives {computed}; the text says {val}."
            claims_json.append(dict(index_or_ticker=c["ticker"], metric=c["metric"], value=num, unit=c["unit"],
                                    qualifier=c["q"], ref_date=c["ref"], window=c["window"],
                                    comparison=c["comparison"], basis=c["basis"]))
            out_k.append(dict(passage_id=p["id"], claim_index=i, index_or_ticker=c["ticker"], metric=c["metric"],
                              claimed_value=num, qualifier=c["q"], ref_date_used=c["ref"], computed_value=computed,
                              computed_detail=detail, verdict=verdict, rule=rule, note=note, anchor_text=c["anchor"]))
            recipes.append((p["id"], i, c["dec"], expr))
        out_p.append(dict(id=p["id"], source=dict(site=p["site"], url=p["url"], original_outlet=p["outlet"]),
                          published=p["published"], published_confidence=p["conf"], published_note=p["pnote"],
                          text_kind="condensed_close_paraphrase", text=p["text"], claims=claims_json))
    with open(HERE / "passages.jsonl", "w") as f:
        for r in out_p:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "key.jsonl", "w") as f:
        for r in out_k:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ref = (HERE / "reference.py").read_text()
    body = "".join(f"    ({pid!r}, {i}, {d}, {e!r}),\n" for pid, i, d, e in recipes)
    ref = re.sub(r"(    # BEGIN RECIPES[^\n]*\n).*?(    # END RECIPES)", lambda m: m.group(1) + body + m.group(2), ref, flags=re.S)
    (HERE / "reference.py").write_text(ref)
    from collections import Counter
    print(len(out_p), "passages,", len(out_k), "claims", dict(Counter(k["verdict"] for k in out_k)))
    if "-v" in sys.argv:
        for k in out_k:
            print(f"{k['passage_id'][:38]:38s} {k['claim_index']:2d} {k['index_or_ticker']:8s} {str(k['claimed_value'])[:14]:14s} {str(k['qualifier'] or '')[:10]:10s} {str(k['computed_value'])[:40]:40s} {k['verdict']}")
    for pr in problems:
        print("PROBLEM", pr)


if __name__ == "__main__":
    main()
