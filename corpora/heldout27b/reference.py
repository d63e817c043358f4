"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
"""
import json, math, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'DJI': 'DJI', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'RUT': 'RUT', 'NDX': 'NDX', 'VIX': 'VIX'}
_cache = {}
DATA = None


def _load(name):
    if name not in _cache:
        _cache[name] = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')
    return _cache[name]


def px(t):
    return _load(FILES[t])


def _i(t, d):
    idx = px(t).index
    i = idx.get_indexer([pd.Timestamp(d)])[0]
    if i < 0:
        raise KeyError(f'{t} has no row on {d}')
    return i


def close(t, d):
    return round(float(px(t)['close'].iloc[_i(t, d)]), 2)


def high(t, d):
    return round(float(px(t)['high'].iloc[_i(t, d)]), 2)


def low(t, d):
    return round(float(px(t)['low'].iloc[_i(t, d)]), 2)


def chg(t, d):
    c = px(t)['close']; i = _i(t, d)
    return round(float(c.iloc[i] - c.iloc[i - 1]), 2)


def pct(t, d):
    c = px(t)['close']; i = _i(t, d)
    return round(float(100 * (c.iloc[i] / c.iloc[i - 1] - 1)), 3)


def last_close_on_or_before(t, d):
    c = px(t)['close']
    return c[c.index <= pd.Timestamp(d)].iloc[-1]


def window_pct(t, start, end):
    """close of `end` against the last close on or before `start`"""
    return round(float(100 * (px(t)['close'].iloc[_i(t, end)] / last_close_on_or_before(t, start) - 1)), 3)


def window_pts(t, start, end):
    return round(float(px(t)['close'].iloc[_i(t, end)] - last_close_on_or_before(t, start)), 2)


def week_pct(t, d):
    return window_pct(t, pd.Timestamp(d) - pd.Timedelta(days=7), d)


def ytd(t, d):
    return window_pct(t, f'{pd.Timestamp(d).year - 1}-12-31', d)


def record_close(t, d):
    c = px(t)['close']; i = _i(t, d)
    return bool(c.iloc[i] > c.iloc[:i].max())


def max_close_before(t, d):
    c = px(t)['close']; i = _i(t, d)
    return [str(c.iloc[:i].idxmax().date()), round(float(c.iloc[:i].max()), 2)]


def max_high_before(t, d):
    h = px(t)['high']; i = _i(t, d)
    return [str(h.iloc[:i].idxmax().date()), round(float(h.iloc[:i].max()), 2)]


def first_high_above(t, level):
    h = px(t)['high']
    return str(h[h > level].index[0].date())


def pct_below_max_close(t, d, since=None):
    c = px(t)['close']; i = _i(t, d)
    prior = c.iloc[:i + 1]
    if since:
        prior = prior[prior.index >= pd.Timestamp(since)]
    return round(float(100 * (1 - c.iloc[i] / prior.max())), 3)


def last_move_as_big(t, d):
    """last session before d whose daily % move is at least as large in the same direction"""
    c = px(t)['close']; r = c.pct_change(); i = _i(t, d); x = r.iloc[i]
    prev = r.iloc[:i]
    hit = prev[prev <= x] if x < 0 else prev[prev >= x]
    return str(hit.index[-1].date()) if len(hit) else None


def biggest_point_gain_before(t, d):
    c = px(t)['close']; dd = c.diff(); i = _i(t, d)
    return [str(dd.iloc[:i].idxmax().date()), round(float(dd.iloc[:i].max()), 2)]


def worst_day_of_year_so_far(t, d):
    c = px(t)['close']; r = c.pct_change(); i = _i(t, d)
    y = r.iloc[:i + 1]; y = y[y.index.year == pd.Timestamp(d).year]
    return str(y.idxmin().date())


def up_streak(t, d):
    c = px(t)['close']; i = _i(t, d); n = 0
    while c.iloc[i - n] > c.iloc[i - n - 1]:
        n += 1
    return n


def last_streak_at_least(t, d, n):
    """end date of the last up-streak of at least n sessions ending before the streak that ends on d"""
    c = px(t)['close']; up = (c.diff() > 0).values; i = _i(t, d)
    j = i - up_streak(t, d)
    k = j
    while k > 0:
        if up[k]:
            end = k; m = 0
            while up[k]:
                m += 1; k -= 1
            if m >= n:
                return [str(c.index[end].date()), m]
        else:
            k -= 1
    return None


def ups_in_last(t, d, n):
    c = px(t)['close']; i = _i(t, d)
    return int((c.diff().iloc[i - n + 1:i + 1] > 0).sum())


def half_year_pct(t, y, half):
    if half == 1:
        return window_pct(t, f'{y - 1}-12-31', last_date(t, f'{y}-06-30'))
    return window_pct(t, f'{y}-06-30', last_date(t, f'{y}-12-31'))


def last_date(t, d):
    c = px(t)['close']
    return str(c[c.index <= pd.Timestamp(d)].index[-1].date())


def h1_rank_since(t, y, since):
    """rank of year y's first-half % change among first halves of since..y (1 = best)"""
    vals = {k: half_year_pct(t, k, 1) for k in range(since, y + 1)}
    return [sorted(vals.values(), reverse=True).index(vals[y]) + 1, {k: round(v, 2) for k, v in vals.items() if v >= vals[y]}]


def worst_h1_since(t, y):
    """last earlier year whose first half was at least as bad as year y's"""
    c = px(t)['close']; first = c.index[0].year + 1
    v = half_year_pct(t, y, 1)
    for k in range(y - 1, first - 1, -1):
        if half_year_pct(t, k, 1) <= v:
            return [k, round(half_year_pct(t, k, 1), 2)]
    return None


def quarter_pct(t, y, q):
    ends = {1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31'}
    start = f'{y - 1}-12-31' if q == 1 else f'{y}-{ends[q - 1]}'
    return window_pct(t, start, last_date(t, f'{y}-{ends[q]}'))


def best_quarter_since(t, y, q):
    """last earlier quarter with a % gain at least as big as (y, q)"""
    v = quarter_pct(t, y, q)
    yy, qq = y, q
    first = px(t).index[0].year + 1
    while True:
        qq -= 1
        if qq == 0:
            yy -= 1; qq = 4
        if yy < first:
            return None
        if quarter_pct(t, yy, qq) >= v:
            return [f'{yy}Q{qq}', round(quarter_pct(t, yy, qq), 2)]


def consecutive_quarterly_gains(t, y, q):
    n = 0; yy, qq = y, q
    while quarter_pct(t, yy, qq) > 0:
        n += 1; qq -= 1
        if qq == 0:
            yy -= 1; qq = 4
    return n


def rate(name, d):
    s = _load(name)['value']
    return float(s.loc[pd.Timestamp(d)])


def y10(d):
    return rate('DGS10', d)


def spread_2s10s(d):
    return round(rate('DGS10', d) - rate('DGS2', d), 2)


def spread_highest_since(d, before=None):
    """last date before `before` (default d) with a 10y-2y spread at least as wide as on d"""
    a = _load('DGS10')['value']; b = _load('DGS2')['value']
    s = (a - b).dropna(); v = s.loc[pd.Timestamp(d)]
    prev = s[(s.index < pd.Timestamp(before or d)) & (s >= v - 1e-9)]
    return str(prev.index[-1].date())


def fed_range(d):
    return [rate('DFEDTARL', d), rate('DFEDTARU', d)]


def fomc_day(d):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'))
    return bool((m['date'] == d).any())


def fed_upper_change(d_before, d_after):
    return round(rate('DFEDTARU', d_after) - rate('DFEDTARU', d_before), 2)


def _same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return math.isclose(float(a), float(b), abs_tol=1e-6)
        except (TypeError, ValueError):
            return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    sys.path.insert(0, HERE)
    from recipes import RECIPES
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    for r in recs:
        k = f"{r['passage_id']}#{r['claim_index']}"
        expr = RECIPES.get(k)
        val = None if expr is None else json.loads(json.dumps(eval(expr)))
        ok = _same(val, r['computed_value'])
        bad += not ok
        print(('ok ' if ok else 'MISMATCH ') + k, val)
    print(f'{len(RECIPES)} recipes, {len(recs)} key records, {bad} mismatches')
    sys.exit(1 if bad or len(RECIPES) != len(recs) else 0)


if __name__ == '__main__':
    main()
