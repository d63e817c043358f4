"""Small helpers over the CSV files of the shared data directory (no checker code)."""
import os, sys
import pandas as pd

FILES = {'SPX': 'GSPC.csv', 'DJI': 'DJI.csv', 'IXIC': 'IXIC.csv', 'RUT': 'RUT.csv', 'VIX': 'VIX.csv',
         'NDX': 'NDX.csv', 'US10Y': 'DGS10.csv', 'US2Y': 'DGS2.csv'}
_cache = {}

def data_dir():
    if len(sys.argv) > 1 and os.path.isdir(sys.argv[1]):
        return sys.argv[1]
    d = os.environ.get('CAPSCOPE_DATA_DIR')
    if not d:
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    return d

def s(t):
    if t not in _cache:
        df = pd.read_csv(os.path.join(data_dir(), FILES[t]), parse_dates=['date']).set_index('date')
        if 'value' in df.columns:
            df = df.rename(columns={'value': 'close'})
        df = df[pd.to_numeric(df['close'], errors='coerce').notna()]
        df['close'] = df['close'].astype(float)
        _cache[t] = df
    return _cache[t]

def r2(x): return round(float(x), 2)
def close(t, d): return r2(s(t).loc[d, 'close'])
def high(t, d): return r2(s(t).loc[d, 'high'])
def low(t, d): return r2(s(t).loc[d, 'low'])
def prev_date(t, d):
    idx = s(t).index; return idx[idx < pd.Timestamp(d)][-1]
def chg(t, d): return r2(s(t).loc[d, 'close'] - s(t).loc[prev_date(t, d), 'close'])
def pct(t, d): return r2((s(t).loc[d, 'close'] / s(t).loc[prev_date(t, d), 'close'] - 1) * 100)
def pct_between(t, d0, d1):
    """percent change from close of d0 (or last close before it) to close of d1"""
    c = s(t)['close']; a = c[c.index <= pd.Timestamp(d0)].iloc[-1]; b = c[c.index <= pd.Timestamp(d1)].iloc[-1]
    return r2((b / a - 1) * 100)
def pts_between(t, d0, d1):
    c = s(t)['close']; a = c[c.index <= pd.Timestamp(d0)].iloc[-1]; b = c[c.index <= pd.Timestamp(d1)].iloc[-1]
    return r2(b - a)
def low_pct(t, d): return r2((s(t).loc[d, 'low'] / s(t).loc[prev_date(t, d), 'close'] - 1) * 100)
def high_pct(t, d): return r2((s(t).loc[d, 'high'] / s(t).loc[prev_date(t, d), 'close'] - 1) * 100)
def is_record_close(t, d):
    c = s(t)['close']; return bool(c.loc[d] > c[c.index < pd.Timestamp(d)].max())
def is_record_high(t, d):
    h = s(t)['high']; return bool(h.loc[d] > h[h.index < pd.Timestamp(d)].max())
def record_close_before(t, d):
    c = s(t)['close']; c = c[c.index < pd.Timestamp(d)]; return [str(c.idxmax().date()), r2(c.max())]
def pct_below_record_close(t, d):
    c = s(t)['close']; m = c[c.index <= pd.Timestamp(d)].max(); return r2((1 - c.loc[d] / m) * 100)
def pct_low_below_record_high(t, d):
    df = s(t); m = df['high'][df.index <= pd.Timestamp(d)].max(); return r2((1 - df.loc[d, 'low'] / m) * 100)
def last_move_as_big(t, d, up=True):
    """last session before d with a daily % move at least as large in the same direction"""
    c = s(t)['close']; p = c.pct_change(); x = p.loc[d]; q = p[p.index < pd.Timestamp(d)]
    q = q[q >= x] if up else q[q <= x]
    return str(q.index[-1].date())
def first_close_above(t, level, after=None):
    c = s(t)['close']
    if after: c = c[c.index >= pd.Timestamp(after)]
    return str(c[c > level].index[0].date())
def down_streak(t, d):
    c = s(t)['close']; c = c[c.index <= pd.Timestamp(d)]; n = 0; i = len(c) - 1
    while i > 0 and c.iloc[i] < c.iloc[i - 1]: n += 1; i -= 1
    return n
def last_down_streak_as_long(t, d, n):
    """last session before d that ended a losing streak of at least n days"""
    c = s(t)['close']; c = c[c.index < pd.Timestamp(d)]; dn = (c.diff() < 0).astype(int)
    run = dn.groupby((dn != dn.shift()).cumsum()).cumsum()
    return str(run[run >= n].index[-1].date())
def yld(t, d): return r2(s(t).loc[d, 'close'])

def _fed():
    a = pd.read_csv(os.path.join(data_dir(), 'DFEDTAR.csv'), parse_dates=['date']).set_index('date')['value']
    b = pd.read_csv(os.path.join(data_dir(), 'DFEDTARU.csv'), parse_dates=['date']).set_index('date')['value']
    return pd.concat([a[a.index < b.index[0]], b]).astype(float)
def fed_changes(d0, d1):
    """target (upper bound) changes with effective dates in [d0, d1]: [[date, delta], ...]"""
    f = _fed(); dd = f.diff(); dd = dd[(dd != 0) & dd.notna()]
    dd = dd[(dd.index >= pd.Timestamp(d0)) & (dd.index <= pd.Timestamp(d1))]
    return [[str(i.date()), r2(v)] for i, v in dd.items()]
def last_fed_hike_before(d):
    f = _fed(); dd = f.diff(); dd = dd[(dd > 0) & (dd.index < pd.Timestamp(d))]
    return str(dd.index[-1].date())
def year_return(t, y): return pct_between(t, f'{y-1}-12-31', f'{y}-12-31')
def last_year_as_bad(t, y):
    v = year_return(t, y); first = s(t).index[0].year + 1
    for yy in range(y - 1, first - 1, -1):
        if year_return(t, yy) <= v: return yy
    return None
def sessions_left_in_year(t, d):
    idx = s(t).index; return int(((idx > pd.Timestamp(d)) & (idx.year == pd.Timestamp(d).year)).sum())
def close_range(t, d0, d1):
    c = s(t)['close']; c = c[(c.index >= pd.Timestamp(d0)) & (c.index <= pd.Timestamp(d1))]; return [r2(c.min()), r2(c.max())]
def weekly_down_streak(t, d):
    c = s(t)['close']; c = c[c.index <= pd.Timestamp(d)]; w = c.resample('W-FRI').last().dropna()
    n = 0; i = len(w) - 1
    while i > 0 and w.iloc[i] < w.iloc[i - 1]: n += 1; i -= 1
    return n
def has_row(t, d): return bool(pd.Timestamp(d) in s(t).index)
def recs(t, *ds): return [is_record_close(t, d) for d in ds]
def pcts(t, *ds): return [pct(t, d) for d in ds]
def last_at_least(t, d):
    """last date before d with a value at least as high as d's"""
    c = s(t)['close']; v = c.loc[d]; q = c[(c.index < pd.Timestamp(d)) & (c >= v)]; return str(q.index[-1].date())
