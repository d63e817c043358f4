"""Shared helpers for build.py: claim records and the numeric verdict rules of the dev README."""
import math

HEDGE_ABOUT = {'about', 'around', 'roughly', 'approximately'}
HEDGE_NEARLY = {'nearly', 'almost'}


def decimals(v):
    s = repr(float(v)) if not isinstance(v, int) else str(v)
    if isinstance(v, int) or s.endswith('.0'):
        return 0
    return len(s.split('.')[1])


def judge(claimed, true, kind, q=None, dec=None):
    """numeric verdict. kind: level | pts | pct | count | yield. Returns (verdict, rule)."""
    if true is None:
        return 'unverifiable', 'no value in the files'
    c, t = float(claimed), float(true)
    d = decimals(claimed) if dec is None else dec
    unit = 10 ** (-d)
    if q in HEDGE_ABOUT:
        ok = abs(t - c) <= unit + 0.02
        rule = 'about: within one unit of the last stated digit (+0.02)'
    elif q in HEDGE_NEARLY:
        u = unit
        if d == 0 and abs(c) >= 100 and int(abs(c)) % 10 == 0:
            u = 0.02 * abs(c)
        a, b = abs(c), abs(t)
        ok = (a - u) <= b <= (a + 0.5 * u) and (c * t >= 0)
        rule = 'nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit'
    elif q in ('more than', 'over', 'above'):
        ok = abs(t) > abs(c) and c * t >= 0
        rule = 'more than: true > claim'
    elif q in ('less than', 'within'):
        ok = abs(t) < abs(c)
        rule = 'less than: true < claim'
    elif q == 'at least':
        ok = abs(t) >= abs(c)
        rule = 'at least: true >= claim'
    else:
        tol = {0: 0.5, 1: 0.07, 2: 0.025}.get(d, 0.025)
        ok = abs(t - c) <= tol + 1e-9
        rule = 'unhedged figure: |true - claim| <= %s' % tol
    if ok:
        return 'supported', rule
    err = abs(abs(t) - abs(c)) if c * t >= 0 else abs(t - c)
    if kind == 'pct':
        imp = err <= 0.2 * abs(t) and err <= max(2.0, 0.1 * abs(t)) and c * t >= 0
        irule = 'imprecise: % figure within 20% and max(2 pp, 10%) of the true value'
    elif kind == 'level':
        imp = err <= 0.01 * abs(t)
        irule = 'imprecise: index level within 1%'
    elif kind == 'yield':
        imp = err <= 0.2 * abs(t) and err <= 2
        irule = 'imprecise: yield within 20%'
    else:
        imp = err <= 0.2 * abs(t) and c * t >= 0
        irule = 'imprecise: point change / count within 20%'
    if imp:
        return 'imprecise', rule + '; fails, ' + irule
    return 'contradicted', rule + '; fails, and off by more than the imprecise band'
