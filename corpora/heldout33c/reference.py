"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.
Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)"""
import os, sys, json
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = None
FILES = {'DJI': 'DJI.csv', 'SPX': 'GSPC.csv', 'IXIC': 'IXIC.csv', 'RUT': 'RUT.csv', 'VIX': 'VIX.csv'}
_cache = {}

def S(t):
    if t not in _cache:
        if t in FILES:
            df = pd.read_csv(os.path.join(DATA, FILES[t]), parse_dates=['date']).set_index('date').sort_index()
        else:  # FRED style: US10Y, DFEDTAR, DFEDTARU
            fn = {'US10Y': 'DGS10.csv'}.get(t, t + '.csv')
            df = pd.read_csv(os.path.join(DATA, fn), parse_dates=['date'], na_values='.').set_index('date').sort_index()
            df = df.rename(columns={'value': 'close'}).dropna()
        _cache[t] = df
    return _cache[t]

T = pd.Timestamp
r2 = lambda x: round(float(x), 2)
def _i(t, d): return S(t).index.get_loc(T(d))
def close(t, d): return r2(S(t).close.loc[T(d)])
def high(t, d): return r2(S(t).high.loc[T(d)])
def low(t, d): return r2(S(t).low.loc[T(d)])
def chg(t, d):
    c = S(t).close; i = _i(t, d); return r2(c.iloc[i] - c.iloc[i - 1])
def pct(t, d):
    c = S(t).close; i = _i(t, d); return r2(100 * (c.iloc[i] / c.iloc[i - 1] - 1))
def prev_close(t, d):
    c = S(t).close; return r2(c.iloc[_i(t, d) - 1])
def last_close_before(t, d):
    c = S(t).close; return c[c.index < T(d)].iloc[-1]
def win_pct(t, d0, d1):
    """close of d1 against close of d0"""
    return r2(100 * (S(t).close.loc[T(d1)] / S(t).close.loc[T(d0)] - 1))
def win_chg(t, d0, d1): return r2(S(t).close.loc[T(d1)] - S(t).close.loc[T(d0)])
def ytd(t, d):
    return r2(100 * (S(t).close.loc[T(d)] / last_close_before(t, f'{T(d).year}-01-01') - 1))
def year_pct(t, y):
    c = S(t).close; return r2(100 * (c[c.index.year == y].iloc[-1] / c[c.index.year < y].iloc[-1] - 1))
def week_pct(t, d):
    d = T(d); start = d - pd.Timedelta(days=d.weekday())
    return r2(100 * (S(t).close.loc[d] / last_close_before(t, start) - 1))
def week_chg(t, d):
    d = T(d); start = d - pd.Timedelta(days=d.weekday())
    return r2(S(t).close.loc[d] - last_close_before(t, start))
def month_pct(t, y, m):
    c = S(t).close; mm = c[(c.index.year == y) & (c.index.month == m)]
    return r2(100 * (mm.iloc[-1] / c[c.index < mm.index[0]].iloc[-1] - 1))
def is_record(t, d):
    c = S(t).close; i = _i(t, d); return int(c.iloc[i] > c.iloc[:i].max())
def is_intraday_record(t, d):
    h = S(t).high; i = _i(t, d); return int(h.iloc[i] > h.iloc[:i].max())
def record_run(t, d):
    c = S(t).close; i = _i(t, d); n = 0
    while c.iloc[i - n] > c.iloc[:i - n].max(): n += 1
    return n
def records_in_last(t, d, k):
    c = S(t).close; i = _i(t, d)
    return sum(int(c.iloc[j] > c.iloc[:j].max()) for j in range(i - k + 1, i + 1))
def record_before(t, d):
    """[date, value] of the highest close before d"""
    c = S(t).close; c = c[c.index < T(d)]; return [str(c.idxmax().date()), r2(c.max())]
def pct_below_record(t, d):
    c = S(t).close; c = c[c.index <= T(d)]; return r2(100 * (1 - c.iloc[-1] / c.max()))
def first_close_above(t, d, level):
    c = S(t).close; i = _i(t, d); return int(c.iloc[i] > level and c.iloc[:i].max() < level)
def last_close_at_or_above(t, d, level):
    c = S(t).close; c = c[(c.index < T(d)) & (c >= level)]; return str(c.index[-1].date())
def highest_since(t, d):
    """last earlier session with a close at least as high"""
    c = S(t).close; i = _i(t, d); e = c.iloc[:i]; e = e[e >= c.iloc[i]]; return str(e.index[-1].date())
def lowest_since(t, d):
    c = S(t).close; i = _i(t, d); e = c.iloc[:i]; e = e[e <= c.iloc[i]]; return str(e.index[-1].date())
def min_close(t, d0, d1):
    c = S(t).close; c = c[(c.index >= T(d0)) & (c.index <= T(d1))]; return [str(c.idxmin().date()), r2(c.min())]
def sessions_between(t, d0, d1): return int(_i(t, d1) - _i(t, d0))
def drop_rank(t, d):
    """rank of the day's point drop among all daily point changes in the file up to d (1 = biggest drop)"""
    c = S(t).close; i = _i(t, d); dd = c.diff().iloc[:i + 1]; return int((dd <= dd.iloc[-1]).sum())
def last_move_as_big(t, d):
    """last earlier session with a point change at least as large in the same direction"""
    c = S(t).close; i = _i(t, d); dd = c.diff(); x = dd.iloc[i]; e = dd.iloc[:i]
    e = e[e >= x] if x > 0 else e[e <= x]; return str(e.index[-1].date())
def down_streak_before(t, d):
    c = S(t).close; dd = c.diff(); i = _i(t, d) - 1; n = 0
    while dd.iloc[i - n] < 0: n += 1
    return n
def last_week_as_good(t, d):
    """last earlier week (by Friday-to-Friday %) with a gain at least as large"""
    c = S(t).close; w = c.resample('W-FRI').last().dropna(); wp = 100 * w.pct_change()
    d = T(d); x = wp.loc[d]; e = wp[wp.index < d]; e = e[e >= x]; return str(e.index[-1].date())
def up_weeks_run(t, d):
    c = S(t).close; w = c.resample('W-FRI').last().dropna(); wp = w.diff(); wp = wp[wp.index <= T(d)]; n = 0
    while wp.iloc[-1 - n] > 0: n += 1
    return n
def is_year_high(t, d):
    c = S(t).close; i = _i(t, d); yr = c[(c.index.year == T(d).year) & (c.index < T(d))]
    return int(c.iloc[i] > yr.max())
def last_month_as_good(t, y, m):
    c = S(t).close; mo = c.resample('ME').last().dropna(); mp = 100 * mo.pct_change()
    x = month_pct(t, y, m); e = mp[mp.index < T(f'{y}-{m:02d}-01')]; e = e[e >= x - 1e-9]
    return e.index[-1].strftime('%Y-%m')
def last_year_as_good(t, y):
    c = S(t).close; ya = c.resample('YE').last().dropna(); yp = 100 * ya.pct_change()
    x = year_pct(t, y); e = yp[yp.index.year < y]; e = e[e >= x - 1e-9]; return int(e.index[-1].year)
def val(t, d): return r2(S(t).close.loc[T(d)])
def lowest_val_since(t, d):
    c = S(t).close; i = _i(t, d); e = c.iloc[:i]; e = e[e <= c.iloc[i]]; return str(e.index[-1].date())
def fed_changes(d0, d1, sign):
    """number of changes of the target rate (DFEDTAR, then DFEDTARU) with effective dates in [d0, d1]"""
    a = S('DFEDTAR').close; b = S('DFEDTARU').close
    s = pd.concat([a[a.index < T('2008-12-16')], b[b.index >= T('2008-12-16')]])
    dd = s.diff(); dd = dd[(dd.index >= T(d0)) & (dd.index <= T(d1))]
    return int((dd < 0).sum() if sign < 0 else (dd > 0).sum())
def fomc_unchanged_run(d):
    """scheduled FOMC decisions before d in a row that left the target unchanged"""
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    m = m[m.date < T(d)].sort_values('date'); a = S('DFEDTAR').close; n = 0
    for dt in reversed(list(m.date)):
        before = a[a.index <= dt].iloc[-1]; after = a[a.index <= dt + pd.Timedelta(days=7)].iloc[-1]
        if before != after: break
        n += 1
    return n
def fomc_count(d0, d1):
    """number of scheduled FOMC decision days in [d0, d1]"""
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    m = m[(m.date >= T(d0)) & (m.date <= T(d1))]
    return int((m.scheduled.astype(str).str.lower() == 'true').sum())
def yld(d): return r2(S('US10Y').close.loc[T(d)])
def fed(d, s='DFEDTAR'): return r2(S(s).close.loc[T(d)])

def load_recipes():
    from recipes import RECIPES
    return RECIPES

def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = [json.loads(l) for l in open(keyp) if l.strip()]
    recs = {(k['passage_id'], k['claim_index']): k for k in key}
    n = mism = 0
    for (pid, ci), expr in RECIPES.items():
        n += 1
        got = eval(expr) if expr else None
        want = recs[(pid, ci)]['computed_value']
        ok = (got == want) if not isinstance(got, float) else (want is not None and abs(got - want) < 1e-9)
        print(f'{pid} #{ci}: {expr or "(nothing in the files)"} = {got!r} {"ok" if ok else "MISMATCH, key has " + repr(want)}')
        mism += 0 if ok else 1
    print(f'{n} recipes, {len(key)} key records, {mism} mismatches')
    sys.exit(1 if mism or n != len(key) else 0)

RECIPES = {}
if __name__ == '__main__':
    sys.path.insert(0, HERE)
    RECIPES = json.load(open(os.path.join(HERE, 'recipes.json')))
    RECIPES = {(k.split('#')[0], int(k.split('#')[1])): v for k, v in RECIPES.items()}
    main()
