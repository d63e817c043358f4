"""Shared helpers for build.py: tolerance rules of corpora/dev/README.md applied to one claim."""

HEDGE_ABOUT = ("about", "around", "roughly", "approximately")
HEDGE_NEARLY = ("nearly", "almost")
HEDGE_MORE = ("more than", "over", "above")

TOL = {0: 0.5, 1: 0.07, 2: 0.025}


def judge(cat, claim, true, q, prec):
    """Return (verdict, rule). cat: pct | level | pts | count. prec: decimals as written."""
    unit = 10 ** -prec
    err = abs(true - claim)
    if q in (None, "preliminary"):
        tol = TOL[prec]
        ok = err <= tol + 1e-9
        rule = f"unhedged {prec}-dp figure: |true-claim| <= {tol}" if prec else "unhedged integer: |true-claim| <= 0.5"
        dist = err
    elif q in HEDGE_ABOUT:
        ok = err <= unit + 0.02 + 1e-9
        rule = f"'{q}': within one unit of the last stated digit ({unit:g}) + 0.02"
        dist = err
    elif q in HEDGE_NEARLY:
        u = unit
        if prec == 0 and abs(claim) >= 100 and abs(claim) % 10 == 0:
            u = 0.02 * abs(claim)
        a, c = abs(true), abs(claim)
        ok = c - u - 1e-9 <= a <= c + 0.5 * u + 1e-9
        rule = f"'{q}': claim - 1 unit <= true <= claim + 0.5 unit (unit {u:g})"
        dist = 0 if ok else min(abs(a - (c - u)), abs(a - (c + 0.5 * u)))
    elif q in HEDGE_MORE:
        ok = abs(true) > abs(claim)
        rule = f"'{q}': true > claim"
        dist = 0 if ok else abs(claim) - abs(true)
    elif q == "at least":
        ok = abs(true) >= abs(claim)
        rule = "'at least': true >= claim"
        dist = 0 if ok else abs(claim) - abs(true)
    elif q in ("less than", "within"):
        ok = abs(true) < abs(claim)
        rule = f"'{q}': true < claim"
        dist = 0 if ok else abs(true) - abs(claim)
    else:
        raise ValueError(q)
    if ok:
        return "supported", rule
    t = abs(true)
    if cat == "pct":
        imp = dist <= 0.2 * t and dist <= max(2.0, 0.1 * t)
        irule = "imprecise = |err| <= 20% of true and <= max(2 pp, 10% of true) for % figures"
    elif cat == "level":
        imp = dist <= 0.01 * t
        irule = "imprecise = |err| <= 1% for index levels"
    else:
        imp = dist <= 0.2 * t
        irule = "imprecise = |err| <= 20% of true for point changes, distances and counts"
    return ("imprecise" if imp else "contradicted"), rule + "; " + irule + "; otherwise contradicted"
