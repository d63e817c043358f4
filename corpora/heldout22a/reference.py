"""Recompute every computed_value of key.jsonl from the shared data CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints one line per key record and exits 1 on any mismatch.
Needs pandas. Independent of the checker: reads only the CSV files.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
_CACHE = {}
DATA = None
FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'NDX': 'NDX', 'DJI': 'DJI', 'VIX': 'VIX',
         'IWM': 'IWM', 'SPY': 'SPY', 'DFEDTARU': 'DFEDTARU', 'DFEDTARL': 'DFEDTARL'}


def df(t):
    if t not in _CACHE:
        _CACHE[t] = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date').sort_index()
    return _CACHE[t]


def ser(t, col='close'):
    return df(t)[col].dropna()


def T(d):
    return pd.Timestamp(d)


def r4(x):
    return round(float(x), 4)


def close(t, d):
    return r4(ser(t)[T(d)])


def high(t, d):
    return r4(ser(t, 'high')[T(d)])


def low(t, d):
    return r4(ser(t, 'low')[T(d)])


def last_close_before(t, d):
    s = ser(t)
    return s[s.index < T(d)].iloc[-1]


def pct(t, a, b):
    """close(a) -> close(b), percent"""
    s = ser(t)
    return r4((s[T(b)] / s[T(a)] - 1) * 100)


def pct_level(t, level, base_date):
    """a stated level against the close of base_date, percent"""
    return r4((level / ser(t)[T(base_date)] - 1) * 100)


def day(t, d):
    s = ser(t)
    return r4((s[T(d)] / last_close_before(t, d) - 1) * 100)


def since_close_before(t, start, d):
    """from the last close before `start` to close(d), percent (WTD/MTD/YTD/QTD style)"""
    s = ser(t)
    return r4((s[T(d)] / last_close_before(t, start) - 1) * 100)


def period_ret(t, start, end):
    """from the last close before `start` to the last close on/before `end`, percent"""
    s = ser(t)
    e = s[s.index <= T(end)].iloc[-1]
    return r4((e / last_close_before(t, start) - 1) * 100)


def yoy(t, d):
    """close(d) against the last close on/before the same calendar day one year earlier"""
    s = ser(t)
    a = s[s.index <= T(d) - pd.DateOffset(years=1)].iloc[-1]
    return r4((s[T(d)] / a - 1) * 100)


def is_record_close(t, d):
    s = ser(t)
    return bool(s[T(d)] > s[s.index < T(d)].max())


def is_record_high(t, d):
    s = ser(t, 'high')
    return bool(s[T(d)] > s[s.index < T(d)].max())


def record_close_dates(t, a, b):
    s = ser(t)
    out = []
    for d in s[(s.index >= T(a)) & (s.index <= T(b))].index:
        if s[d] > s[s.index < d].max():
            out.append(d.strftime('%Y-%m-%d'))
    return out


def first_record_after(t, a):
    """first record close after date a"""
    s = ser(t)
    for d in s[s.index > T(a)].index:
        if s[d] > s[s.index < d].max():
            return d.strftime('%Y-%m-%d')
    return None


def max_close_date(t, a, b):
    s = ser(t)
    s = s[(s.index >= T(a)) & (s.index <= T(b))]
    return s.idxmax().strftime('%Y-%m-%d')


def max_close(t, a, b):
    s = ser(t)
    return r4(s[(s.index >= T(a)) & (s.index <= T(b))].max())


def min_close(t, a, b):
    s = ser(t)
    return r4(s[(s.index >= T(a)) & (s.index <= T(b))].min())


def min_low(t, a, b):
    s = ser(t, 'low')
    return r4(s[(s.index >= T(a)) & (s.index <= T(b))].min())


def max_high(t, a, b):
    s = ser(t, 'high')
    return r4(s[(s.index >= T(a)) & (s.index <= T(b))].max())


def max_high_date(t, a, b):
    s = ser(t, 'high')
    s = s[(s.index >= T(a)) & (s.index <= T(b))]
    return s.idxmax().strftime('%Y-%m-%d')


def drawdown_from_record_close(t, d):
    """percent below the highest close up to d (positive = below)"""
    s = ser(t)
    return r4((1 - s[T(d)] / s[s.index <= T(d)].max()) * 100)


def below_level(level, ref):
    """percent that `level` lies below `ref` (positive = below)"""
    return r4((1 - level / ref) * 100)


def points_below_record_close(t, d):
    s = ser(t)
    return r4(s[s.index < T(d)].max() - s[T(d)])


def last_close_at_or_below(t, d):
    """last session before d whose close was at or below close(d)"""
    s = ser(t)
    prev = s[(s.index < T(d)) & (s <= s[T(d)])]
    return prev.index[-1].strftime('%Y-%m-%d')


def first_close_above(t, level, a):
    s = ser(t)
    s = s[(s.index >= T(a)) & (s > level)]
    return s.index[0].strftime('%Y-%m-%d')


def up_streak(t, d):
    s = ser(t)
    s = s[s.index <= T(d)]
    up = (s.diff() > 0).values
    n = 0
    for x in up[::-1]:
        if x:
            n += 1
        else:
            break
    return n


def count_up_streaks(t, n, a, d):
    """number of up-streaks of at least n sessions ending between a and d (the streak running at d included)"""
    s = ser(t)
    s = s[s.index <= T(d)]
    up = (s.diff() > 0)
    cnt, run = 0, 0
    for dt, x in up.items():
        if x:
            run += 1
        else:
            if run >= n and dt > T(a):
                cnt += 1
            run = 0
    if run >= n:
        cnt += 1
    return cnt


def sessions_pct(t, d, k):
    """close(d) against the close k sessions earlier, percent"""
    s = ser(t)
    i = s.index.get_loc(T(d))
    return r4((s.iloc[i] / s.iloc[i - k] - 1) * 100)


def month_returns(t):
    s = ser(t)
    m = s.resample('ME').last()
    return (m / m.shift(1) - 1) * 100


def month_ret(t, ym):
    m = month_returns(t)
    return r4(m[m.index.strftime('%Y-%m') == ym].iloc[0])


def max_month_before(t, ym):
    """largest full-month return before month ym"""
    m = month_returns(t)
    m = m[m.index.strftime('%Y-%m') < ym].dropna()
    return r4(m.max())


def last_month_as_bad(t, ym):
    """last month before ym with a return at or below month ym's return"""
    m = month_returns(t)
    v = m[m.index.strftime('%Y-%m') == ym].iloc[0]
    prev = m[(m.index.strftime('%Y-%m') < ym) & (m <= v)]
    return prev.index[-1].strftime('%Y-%m')


def year_ret(t, y):
    s = ser(t)
    e = s[s.index <= T(f'{y}-12-31')].iloc[-1]
    b = s[s.index <= T(f'{y - 1}-12-31')].iloc[-1]
    return r4((e / b - 1) * 100)


def last_year_as_good(t, y):
    v = year_ret(t, y)
    s = ser(t)
    for yy in range(y - 1, s.index[0].year, -1):
        if year_ret(t, yy) >= v:
            return yy
    return None


def ytd_aug_positive_count(t, y0, y1):
    return sum(1 for y in range(y0, y1 + 1) if period_ret(t, f'{y}-01-01', f'{y}-08-31') > 0)


def ytd_aug_pos_then_up_count(t, y0, y1):
    return sum(1 for y in range(y0, y1 + 1)
               if period_ret(t, f'{y}-01-01', f'{y}-08-31') > 0 and period_ret(t, f'{y}-09-01', f'{y}-12-31') > 0)


def neg_aug_then_up(t, years):
    return all(period_ret(t, f'{y}-01-01', f'{y}-08-31') < 0 and period_ret(t, f'{y}-09-01', f'{y}-12-31') > 0
               for y in years)


def week_change(t, d):
    """close(d) against the last close of the previous calendar week, percent"""
    s = ser(t)
    wk_start = T(d) - pd.Timedelta(days=T(d).weekday())
    return r4((s[T(d)] / s[s.index < wk_start].iloc[-1] - 1) * 100)


def weekly_gain_rank(t, d):
    """rank of the week ending d among all weekly % gains in the file up to d (1 = largest)"""
    s = ser(t)
    s = s[s.index <= T(d)]
    w = s.resample('W-FRI').last()
    g = (w / w.shift(1) - 1).dropna()
    v = g.iloc[-1]
    return int((g > v).sum() + 1)


def ytd_diff(t1, t2, d):
    return r4(since_close_before(t1, f'{T(d).year}-01-01', d) - since_close_before(t2, f'{T(d).year}-01-01', d))


def period_diff(t1, t2, start, d):
    return r4(since_close_before(t1, start, d) - since_close_before(t2, start, d))


def months_neg_neg_pos(t, m1, m2, m3):
    return [month_ret(t, m1) < 0, month_ret(t, m2) < 0, month_ret(t, m3) > 0]


def fed_range(d):
    return [r4(ser('DFEDTARL', 'value')[T(d)]), r4(ser('DFEDTARU', 'value')[T(d)])]


def fomc_decisions(a, b):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    m = m[(m.date >= T(a)) & (m.date <= T(b))]
    return [x.strftime('%Y-%m-%d') for x in m.date]


def evaluate(expr):
    if expr is None:
        return None
    return eval(expr, globals())


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    key_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    recipes = json.load(open(os.path.join(HERE, 'recipes.json')))
    keys = [json.loads(l) for l in open(key_path) if l.strip()]
    mism = 0
    for k in keys:
        rid = f"{k['passage_id']}#{k['claim_index']}"
        expr = recipes.get(rid)
        val = evaluate(expr)
        ok = same(val, k['computed_value'])
        if not ok:
            mism += 1
        print(f"{'OK ' if ok else 'MISMATCH'} {rid}: {val!r} (key {k['computed_value']!r})")
    n_rec = sum(1 for v in recipes.values() if v is not None)
    print(f"{n_rec} recipes, {len(keys)} key records, {mism} mismatches")
    sys.exit(1 if mism else 0)


if __name__ == '__main__':
    main()
