import math

def decimals(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0

def close_enough(kind, claim, true):
    err = abs(claim - true)
    t = abs(true)
    if kind == 'pct':
        return err <= 0.2 * t and err <= max(2.0, 0.1 * t)
    if kind == 'level':
        return err <= 0.01 * t
    if kind in ('pts', 'count', 'months', 'years'):
        return err <= 0.2 * t
    return False

def judge_num(kind, s, qual, true):
    """s: claimed value as written (signed string), true: computed"""
    c = float(str(s).replace(',', ''))
    dec = decimals(s)
    unit = 10 ** (-dec)
    q = (qual or '').lower()
    if q in ('', 'preliminary'):
        tol = 0.5 if dec == 0 else (0.07 if dec == 1 else 0.025)
        ok = abs(true - c) <= tol + 1e-9
        bound = None
    elif q in ('about', 'around', 'roughly', 'approximately'):
        ok = abs(true - c) <= unit + 0.02 + 1e-9
    elif q in ('nearly', 'almost'):
        u = unit
        if dec == 0 and abs(c) >= 100 and int(abs(c)) % 10 == 0:
            u = 0.02 * abs(c)
        ok = (c - u - 1e-9 <= true <= c + 0.5 * u + 1e-9) if c >= 0 else (c - 0.5 * u - 1e-9 <= true <= c + u + 1e-9)
    elif q in ('more than', 'over', 'above'):
        ok = true > c if c >= 0 else true < c
    elif q == 'at least':
        ok = true >= c
    elif q in ('less than', 'within'):
        ok = true < c
    elif q == 'as much as':
        ok = abs(true - c) <= unit + 1e-9
    else:
        raise ValueError(q)
    if ok:
        return 'supported', 'tolerance: %s' % (q or 'unhedged')
    if close_enough(kind, c, true):
        return 'imprecise', 'outside tolerance (%s) but within the imprecise band for %s' % (q or 'unhedged', kind)
    return 'contradicted', 'outside the imprecise band for %s' % kind
