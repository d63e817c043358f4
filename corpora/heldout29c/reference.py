"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Exits 1 on any mismatch. Needs pandas.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'DJI': 'DJI', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'RUT': 'RUT', 'NDX': 'NDX', 'VIX': 'VIX'}
_S = {}
_R = {}
DATA = None


def _px(t):
    if t not in _S:
        df = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date'])
        _S[t] = df.set_index('date').sort_index()
    return _S[t]


def _rate(name):
    if name not in _R:
        df = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date'])
        df['value'] = pd.to_numeric(df['value'], errors='coerce')
        _R[name] = df.set_index('date')['value'].dropna()
    return _R[name]


def _i(t, d):
    return _px(t).index.get_loc(pd.Timestamp(d))


def _c(t):
    return _px(t)['close']


def r(x, n=4):
    return round(float(x), n)


def close(t, d):
    return r(_c(t).loc[pd.Timestamp(d)])


def high(t, d):
    return r(_px(t)['high'].loc[pd.Timestamp(d)])


def chg(t, d):
    i = _i(t, d); c = _c(t)
    return r(c.iloc[i] - c.iloc[i - 1])


def pct(t, d):
    i = _i(t, d); c = _c(t)
    return r(100 * (c.iloc[i] / c.iloc[i - 1] - 1))


def _prev_close_before(t, ts):
    c = _c(t)
    return c[c.index < ts].iloc[-1]


def _period_start(t, d, kind):
    ts = pd.Timestamp(d)
    if kind == 'W':
        start = ts - pd.Timedelta(days=ts.weekday())
    elif kind == 'M':
        start = ts.replace(day=1)
    elif kind == 'Q':
        start = pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)
    else:
        start = pd.Timestamp(ts.year, 1, 1)
    return _prev_close_before(t, start)


def period_pct(t, d, kind):
    """kind W/M/Q/Y: close of d vs last close of the previous week/month/quarter/year."""
    return r(100 * (close(t, d) / _period_start(t, d, kind) - 1))


def period_chg(t, d, kind):
    return r(close(t, d) - _period_start(t, d, kind))


def win_pct(t, d0, d1):
    return r(100 * (close(t, d1) / close(t, d0) - 1))


def win_chg(t, d0, d1):
    return r(close(t, d1) - close(t, d0))


def up_streak(t, d):
    c = _c(t); i = _i(t, d); n = 0
    while c.iloc[i - n] > c.iloc[i - n - 1]:
        n += 1
    return n


def down_streak(t, d):
    c = _c(t); i = _i(t, d); n = 0
    while c.iloc[i - n] < c.iloc[i - n - 1]:
        n += 1
    return n


def up_days(t, d, n):
    """number of up closes among the n sessions ending d."""
    c = _c(t); i = _i(t, d)
    return int(sum(c.iloc[k] > c.iloc[k - 1] for k in range(i - n + 1, i + 1)))


def record_before(t, d):
    """(date, close) of the highest close strictly before d."""
    c = _c(t); c = c[c.index < pd.Timestamp(d)]
    return [str(c.idxmax().date()), r(c.max())]


def is_record(t, d):
    c = _c(t)
    return bool(c.loc[pd.Timestamp(d)] > c[c.index < pd.Timestamp(d)].max())


def highest_since(t, d):
    """last session before d with a close >= close(d)."""
    c = _c(t); ts = pd.Timestamp(d)
    prior = c[(c.index < ts) & (c >= c.loc[ts])]
    return str(prior.index[-1].date()) if len(prior) else None


def lowest_since(t, d):
    c = _c(t); ts = pd.Timestamp(d)
    prior = c[(c.index < ts) & (c <= c.loc[ts])]
    return str(prior.index[-1].date()) if len(prior) else None


def last_streak_as_long(t, d):
    """end date of the last up streak before the one ending d that was at least as long."""
    n = up_streak(t, d); c = _c(t); i = _i(t, d) - n
    while i > n:
        if up_streak(t, c.index[i]) >= n:
            return str(c.index[i].date())
        i -= 1
    return None


def weekly(t):
    c = _c(t)
    w = c.groupby(c.index.to_period('W-FRI')).last()
    wd = c.groupby(c.index.to_period('W-FRI')).apply(lambda s: s.index[-1])
    return pd.Series((100 * w.pct_change()).values, index=wd.values)


def week_streak(t, d):
    """consecutive weekly gains (positive) or losses (negative) ending with the week of d."""
    w = weekly(t); w = w[w.index <= pd.Timestamp(d)]
    sign = 1 if w.iloc[-1] > 0 else -1; n = 0
    while n < len(w) and (w.iloc[-1 - n] > 0) == (sign > 0):
        n += 1
    return sign * n


def prev_week_streak(t, d):
    """streak that ended with the week before the week of d."""
    w = weekly(t); w = w[w.index < pd.Timestamp(d) - pd.Timedelta(days=pd.Timestamp(d).weekday())]
    return week_streak(t, w.index[-1])


def weekly_signs(t, d0, d1):
    w = weekly(t); w = w[(w.index >= pd.Timestamp(d0)) & (w.index <= pd.Timestamp(d1))]
    return ''.join('+' if x > 0 else '-' for x in w)


def worst_week_since(t, d):
    """last week before the week of d with a weekly % change at least as negative."""
    w = weekly(t); ts = pd.Timestamp(d); x = w[w.index <= ts].iloc[-1]
    prior = w[(w.index < ts - pd.Timedelta(days=6)) & (w <= x)]
    return str(prior.index[-1].date())


def weekly_declines_at_least(t, year, d, thr):
    w = weekly(t); w = w[(w.index.year == year) & (w.index <= pd.Timestamp(d))]
    return int((w <= -thr).sum())


def weekly_rank_worst(t, year, d):
    w = weekly(t); w = w[(w.index.year == year) & (w.index <= pd.Timestamp(d))]
    return int((w <= w.iloc[-1]).sum())


def monthly(t):
    c = _c(t)
    m = c.groupby(c.index.to_period('M')).last()
    return 100 * m.pct_change()


def month_streak(t, d):
    m = monthly(t); m = m[m.index <= pd.Period(pd.Timestamp(d), 'M')]
    n = 0
    while m.iloc[-1 - n] > 0:
        n += 1
    return n


def best_same_month_since(t, d):
    """last earlier year whose same calendar month beat this month's % change; returns [year, pct]."""
    m = monthly(t); p = pd.Period(pd.Timestamp(d), 'M'); x = m.loc[p]
    prior = m[(m.index.month == p.month) & (m.index < p) & (m >= x)]
    return [int(prior.index[-1].year), r(prior.iloc[-1])]


def quarterly(t):
    c = _c(t)
    q = c.groupby(c.index.to_period('Q')).last()
    return 100 * q.pct_change()


def worst_quarter_since(t, d):
    q = quarterly(t); p = pd.Period(pd.Timestamp(d), 'Q'); x = q.loc[p]
    prior = q[(q.index < p) & (q <= x)]
    return [str(prior.index[-1]), r(prior.iloc[-1])]


def n_day(t, d, n, kind='pct'):
    i = _i(t, d); c = _c(t)
    return r(100 * (c.iloc[i] / c.iloc[i - n] - 1)) if kind == 'pct' else r(c.iloc[i] - c.iloc[i - n])


def worst_n_day_since(t, d, n):
    """last date before d whose n-day % change was at least as negative."""
    c = _c(t); ch = c / c.shift(n) - 1; ts = pd.Timestamp(d)
    prior = ch[(ch.index <= ts - pd.Timedelta(days=n)) & (ch <= ch.loc[ts])]
    return str(prior.index[-1].date())


def year_extreme(t, d, kind='max'):
    """(date, close) of the highest or lowest close of d's year up to d."""
    c = _c(t); ts = pd.Timestamp(d); c = c[(c.index.year == ts.year) & (c.index <= ts)]
    k = c.idxmax() if kind == 'max' else c.idxmin()
    return [str(k.date()), r(c.loc[k])]


def is_year_high(t, d):
    c = _c(t); ts = pd.Timestamp(d); c = c[(c.index.year == ts.year) & (c.index < ts)]
    return bool(_c(t).loc[ts] > c.max())


def extreme_between(t, d0, d1, kind='max'):
    c = _c(t); c = c[(c.index >= pd.Timestamp(d0)) & (c.index <= pd.Timestamp(d1))]
    k = c.idxmax() if kind == 'max' else c.idxmin()
    return [str(k.date()), r(c.loc[k])]


def pct_below(t, d, ref_close):
    return r(100 * (1 - close(t, d) / ref_close))


def pct_above(t, d, ref_close):
    return r(100 * (close(t, d) / ref_close - 1))


def last_close_above(t, level, before):
    c = _c(t); c = c[(c.index < pd.Timestamp(before)) & (c > level)]
    return str(c.index[-1].date())


def last_high_above(t, level, before):
    h = _px(t)['high']; h = h[(h.index < pd.Timestamp(before)) & (h > level)]
    return str(h.index[-1].date())


def yld(d, series='DGS10'):
    return r(_rate(series).loc[pd.Timestamp(d)], 2)


def yld_extreme(d0, d1, kind='max', series='DGS10'):
    s = _rate(series); s = s[(s.index >= pd.Timestamp(d0)) & (s.index <= pd.Timestamp(d1))]
    k = s.idxmax() if kind == 'max' else s.idxmin()
    return [str(k.date()), r(s.loc[k], 2)]


def fed_changes(d0, d1, series='DFEDTAR'):
    s = _rate(series); s = s[(s.index >= pd.Timestamp(d0) - pd.Timedelta(days=1)) & (s.index <= pd.Timestamp(d1))]
    ch = s.diff().dropna(); ch = ch[ch != 0]
    return [[str(k.date()), r(v, 2)] for k, v in ch.items()]


def n_fed_cuts(d0, d1):
    return len([x for x in fed_changes(d0, d1) if x[1] < 0])


# RECIPES (recipes.json, written by build.py): [passage_id, claim_index, expression]; claims
# without a computation are not listed.
def load_recipes():
    return json.load(open(os.path.join(HERE, 'recipes.json')))


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-4
        except (TypeError, ValueError):
            return False
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = {(k['passage_id'], k['claim_index']): k for k in map(json.loads, open(keyp))}
    RECIPES = load_recipes()
    bad = 0
    for pid, ci, expr in RECIPES:
        v = eval(expr)
        k = key.get((pid, ci))
        ok = k is not None and same(v, k['computed_value'])
        bad += not ok
        print(f"{'ok ' if ok else 'MISMATCH'} {pid}#{ci}: {expr} = {v!r}")
    listed = {(pid, ci) for pid, ci, _ in RECIPES}
    for (pid, ci), k in key.items():
        if k['computed_value'] is not None and (pid, ci) not in listed:
            bad += 1
            print(f"MISMATCH {pid}#{ci}: computed_value without a recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
