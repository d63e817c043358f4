"""Verdict rules of the dev README, used by build_corpus.py."""


def unit_of(dec):
    return 10.0 ** (-dec)


def judge_num(claim, true, kind, dec, hedge=None):
    """claim/true signed numbers; kind in pct, level, points, count; dec = decimals as written.
    Returns (verdict, rule)."""
    err = abs(true - claim)
    u = unit_of(dec)
    if hedge in ("about", "around", "roughly", "approximately"):
        ok = err <= u + 0.02
        rule = "about: within one unit of the last stated digit (+0.02)"
    elif hedge in ("nearly", "almost"):
        step = u
        if dec == 0 and abs(claim) >= 100 and int(abs(claim)) % 10 == 0:
            step = 0.02 * abs(claim)
        a, t = abs(claim), abs(true)
        ok = (a - step - 1e-9 <= t <= a + 0.5 * step + 1e-9) and (claim * true > 0)
        rule = "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit"
    elif hedge in ("more than", "over", "just over", "above"):
        ok = abs(true) > abs(claim) and claim * true > 0
        rule = "more than / just over: true beyond the claimed magnitude"
    elif hedge in ("less than", "within", "a little less than"):
        ok = abs(true) < abs(claim) and claim * true >= 0
        rule = "less than: true below the claimed magnitude"
    else:
        tol = 0.5 if dec == 0 else 0.5 * u + (0.02 if not (kind == "level" and dec == 2) else 0.02)
        if dec == 2:
            tol = 0.025
        ok = err <= tol + 1e-9
        rule = "unhedged %d-decimal figure: |true - claim| <= %s" % (dec, tol)
    if ok:
        return "supported", rule
    if kind == "pct":
        imp = err <= 0.2 * abs(true) and err <= max(2.0, 0.1 * abs(true))
    elif kind == "level":
        imp = err <= 0.01 * abs(true)
    else:
        imp = err <= 0.2 * abs(true)
    if imp:
        return "imprecise", rule + "; outside tolerance but within the imprecise band"
    return "contradicted", rule + "; outside the imprecise band"
