"""Recompute every computed_value of key.jsonl from the market-data CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Exits 1 on any mismatch. Needs pandas.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'DJI': 'DJI', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'RUT': 'RUT', 'VIX': 'VIX', 'NDX': 'NDX'}
_cache = {}
DATA = None


def px(t):
    if t not in _cache:
        if t in FILES:
            df = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date')
            _cache[t] = df.dropna(subset=['close'])
        else:  # FRED series: DGS10, DGS2, DFEDTARU, DFEDTARL, DFEDTAR
            df = pd.read_csv(os.path.join(DATA, t + '.csv'), parse_dates=['date'], na_values=['.', ''])
            _cache[t] = df.dropna().set_index('date')
    return _cache[t]


def T(d):
    return pd.Timestamp(d)


def pos(t, d):
    return px(t).index.get_loc(T(d))


def r(x, n=2):
    return round(float(x), n)


def close(t, d):
    return r(px(t).close.iloc[pos(t, d)])


def high(t, d):
    return r(px(t).high.iloc[pos(t, d)])


def low(t, d):
    return r(px(t).low.iloc[pos(t, d)])


def pts(t, d):
    c = px(t).close; i = pos(t, d)
    return r(c.iloc[i] - c.iloc[i - 1])


def pct(t, d):
    c = px(t).close; i = pos(t, d)
    return r((c.iloc[i] / c.iloc[i - 1] - 1) * 100, 3)


def win_pct(t, d0, d1):
    """close(d0) -> close(d1), percent"""
    c = px(t).close
    return r((c.loc[T(d1)] / c.loc[T(d0)] - 1) * 100, 3)


def win_pts(t, d0, d1):
    c = px(t).close
    return r(c.loc[T(d1)] - c.loc[T(d0)])


def prev_close_before(t, day):
    c = px(t).close
    return c[c.index < T(day)].index[-1]


def ytd_pct(t, d):
    return win_pct(t, prev_close_before(t, str(T(d).year) + '-01-01'), d)


def ytd_pts(t, d):
    return win_pts(t, prev_close_before(t, str(T(d).year) + '-01-01'), d)


def month_pct(t, d):
    d = T(d)
    return win_pct(t, prev_close_before(t, '%d-%02d-01' % (d.year, d.month)), d)


def monthly(t):
    c = px(t).close
    return c.groupby([c.index.year, c.index.month]).last().pct_change() * 100


def month_rank_since(t, d):
    """last month (before d's month) with a monthly gain >= that of d's month, as YYYY-MM"""
    m = monthly(t); d = T(d); v = m.loc[(d.year, d.month)]
    prev = m[(m >= v) & (m.index < (d.year, d.month))]
    return '%d-%02d' % prev.index[-1] if len(prev) else 'none in file'


def streak(t, d):
    """signed count of consecutive up (+) or down (-) closes ending at d"""
    c = px(t).close; i = pos(t, d); s = 0
    sign = 1 if c.iloc[i] > c.iloc[i - 1] else -1
    while (c.iloc[i] - c.iloc[i - 1]) * sign > 0:
        s += sign; i -= 1
    return s


def ups_in_last(t, d, n):
    c = px(t).close; i = pos(t, d)
    ch = c.diff().iloc[i - n + 1:i + 1]
    return int((ch > 0).sum())


def last_streak_as_long(t, d):
    """last date before the current streak ended with an up-streak at least as long"""
    n = streak(t, d); c = px(t).close; i = pos(t, d) - n
    while i > n:
        if streak(t, c.index[i]) >= n:
            return str(c.index[i].date())
        i -= 1
    return None


def is_record(t, d):
    c = px(t).close; i = pos(t, d)
    return bool(c.iloc[i] > c.iloc[:i].max())


def pct_below_record(t, d):
    c = px(t).close; i = pos(t, d)
    return r((1 - c.iloc[i] / c.iloc[:i + 1].max()) * 100, 3)


def pct_below_52w(t, d):
    c = px(t).close; d = T(d)
    w = c[(c.index > d - pd.Timedelta(days=365)) & (c.index <= d)]
    return r((1 - c.loc[d] / w.max()) * 100, 3)


def highest_since(t, d):
    """last earlier session with a close at least as high"""
    c = px(t).close; i = pos(t, d)
    prev = c.iloc[:i][c.iloc[:i] >= c.iloc[i]]
    return str(prev.index[-1].date()) if len(prev) else None


def close_on_last_higher(t, d):
    c = px(t).close; return r(c.loc[T(highest_since(t, d))])


def worst_since(t, d):
    """last earlier session with a percent drop at least as large"""
    p = px(t).close.pct_change(); i = pos(t, d)
    prev = p.iloc[:i][p.iloc[:i] <= p.iloc[i]]
    return str(prev.index[-1].date())


def two_day_pct(t, d):
    c = px(t).close; i = pos(t, d)
    return r((c.iloc[i] / c.iloc[i - 2] - 1) * 100, 3)


def worst_two_day_since(t, d):
    c = px(t).close; p2 = c / c.shift(2) - 1; i = pos(t, d)
    prev = p2.iloc[:i][p2.iloc[:i] <= p2.iloc[i]]
    return str(prev.index[-1].date())


def weekly(t):
    c = px(t).close
    return (c.groupby(c.index.to_period('W-FRI')).last().pct_change() * 100)


def best_week_since(t, d):
    """week-ending (Friday) date of the last earlier week with a gain at least as large"""
    w = weekly(t); p = T(d).to_period('W-FRI'); v = w.loc[p]
    prev = w[(w >= v) & (w.index < p)]
    return str(prev.index[-1].end_time.date())


def last3_up_before(t, d):
    """last session before d's 3-day up streak that also ended a 3+ day up streak"""
    c = px(t).close; i = pos(t, d) - 3
    while i > 3:
        if streak(t, c.index[i]) >= 3:
            return str(c.index[i].date())
        i -= 1


def month_end_up(t, year, last_month):
    c = px(t).close; ch = c.diff()
    ends = [c[(c.index.year == year) & (c.index.month == m)].index[-1] for m in range(1, last_month + 1)]
    ups = [ch.loc[e] for e in ends]
    pc = [c.pct_change().loc[e] * 100 for e in ends]
    return [int(sum(u > 0 for u in ups)), len(ends), r(sum(p for p, u in zip(pc, ups) if u > 0) / max(1, sum(u > 0 for u in ups)), 3)]


def months_up(t, d, n):
    """how many of the n months ending with d's month closed higher"""
    m = monthly(t); d = T(d); idx = list(m.index).index((d.year, d.month))
    return int((m.iloc[idx - n + 1: idx + 1] > 0).sum())


def fred(s, d):
    return r(px(s).value.loc[T(d)], 2)


def fred_chg_bp(s, d):
    v = px(s).value; i = v.index.get_loc(T(d))
    return r((v.iloc[i] - v.iloc[i - 1]) * 100, 1)


def fred_max_since(s, d):
    """last earlier date with a value at least as high"""
    v = px(s).value; i = v.index.get_loc(T(d))
    prev = v.iloc[:i][v.iloc[:i] >= v.iloc[i]]
    return str(prev.index[-1].date())


def fed_upper(d):
    return fred('DFEDTARU', d)


def fed_hikes_bp(d0, d1):
    u = px('DFEDTARU').value
    return r((u.loc[T(d1)] - u.loc[T(d0)]) * 100, 0)


def last_hike_before(d):
    u = px('DFEDTAR').value; u = u[u.index < T(d)]
    ch = u.diff(); return str(ch[ch > 0].index[-1].date())


def fomc_decision_on(d):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    return bool((m.date == T(d)).any())


R = sys.modules[__name__]
RECIPES = json.load(open(os.path.join(HERE, 'recipes.json'))) if os.path.exists(os.path.join(HERE, 'recipes.json')) else []


def norm(v):
    if isinstance(v, (list, tuple)):
        return [norm(x) for x in v]
    if hasattr(v, 'item'):
        v = v.item()
    return v


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    keyf = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = {(k['passage_id'], k['claim_index']): k for k in map(json.loads, open(keyf))}
    bad = 0; n = 0
    for pid, ci, expr in RECIPES:
        n += 1
        v = norm(eval(expr)) if expr else None
        k = key.get((pid, ci))
        ok = k is not None and k['computed_value'] == v
        bad += not ok
        print('%-45s %2d %-55s %s%s' % (pid, ci, expr, v, '' if ok else '  MISMATCH (key: %r)' % (k and k['computed_value'],)))
    if len(key) != n:
        bad += 1; print('key has %d records, recipes %d' % (len(key), n))
    print('%d recipes, %d key records, %d mismatches' % (n, len(key), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
