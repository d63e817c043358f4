# Helper functions shared by build_key.py and (copied into) reference.py. Pure pandas over the CSV files.
import os, sys
import pandas as pd

_CACHE = {}
FILES = {'DJI': 'DJI', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'RUT': 'RUT', 'NDX': 'NDX', 'VIX': 'VIX'}
DATA = None

def set_data(d):
    global DATA
    DATA = d

def px(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date')
        _CACHE[t] = df.dropna(subset=['close'])
    return _CACHE[t]

def ser(name):
    k = 'S:' + name
    if k not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')
        _CACHE[k] = pd.to_numeric(df['value'], errors='coerce').dropna()
    return _CACHE[k]

def fomc():
    if 'FOMC' not in _CACHE:
        _CACHE['FOMC'] = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    return _CACHE['FOMC']

def _i(t, d):
    return px(t).index.get_loc(pd.Timestamp(d))

def r2(x):
    return round(float(x), 2)

def close(t, d):
    return r2(px(t)['close'].iloc[_i(t, d)])

def chg(t, d):
    c = px(t)['close']; i = _i(t, d)
    return r2(c.iloc[i] - c.iloc[i - 1])

def pct(t, d):
    c = px(t)['close']; i = _i(t, d)
    return r2((c.iloc[i] / c.iloc[i - 1] - 1) * 100)

def high_move(t, d):
    df = px(t); i = _i(t, d)
    return r2(df['high'].iloc[i] - df['close'].iloc[i - 1])

def low_move(t, d):
    df = px(t); i = _i(t, d)
    return r2(df['low'].iloc[i] - df['close'].iloc[i - 1])

def high(t, d):
    return r2(px(t)['high'].iloc[_i(t, d)])

def low(t, d):
    return r2(px(t)['low'].iloc[_i(t, d)])

def win_pct(t, d0, d1):
    """close-to-close percent change from close of d0 to close of d1"""
    c = px(t)['close']
    return r2((c.loc[pd.Timestamp(d1)] / c.loc[pd.Timestamp(d0)] - 1) * 100)

def ytd_pct(t, d):
    c = px(t)['close']; d = pd.Timestamp(d)
    base = c[c.index < pd.Timestamp(d.year, 1, 1)].iloc[-1]
    return r2((c.loc[d] / base - 1) * 100)

def is_record_close(t, d):
    c = px(t)['close']; i = _i(t, d)
    return bool(c.iloc[i] > c.iloc[:i].max())

def is_record_high(t, d):
    h = px(t)['high']; i = _i(t, d)
    return bool(h.iloc[i] > h.iloc[:i].max())

def max_close_before(t, d):
    c = px(t)['close']; i = _i(t, d)
    return r2(c.iloc[:i].max())

def record_close_date_before(t, d):
    c = px(t)['close']; i = _i(t, d)
    return str(c.iloc[:i].idxmax().date())

def pct_below_record(t, d):
    c = px(t)['close']; i = _i(t, d)
    return r2((1 - c.iloc[i] / c.iloc[:i + 1].max()) * 100)

def pts_below_record(t, d):
    c = px(t)['close']; i = _i(t, d)
    return r2(c.iloc[:i + 1].max() - c.iloc[i])

def _records(t):
    c = px(t)['close']
    return c > c.cummax().shift(1)

def record_run(t, d):
    """consecutive record closes ending at d"""
    r = _records(t); i = _i(t, d); n = 0
    while i >= 0 and r.iloc[i]:
        n += 1; i -= 1
    return n

def records_in_last(t, d, n):
    r = _records(t); i = _i(t, d)
    return int(r.iloc[i - n + 1:i + 1].sum())

def records_in_year(t, d):
    r = _records(t); d = pd.Timestamp(d)
    s = r[(r.index >= pd.Timestamp(d.year, 1, 1)) & (r.index <= d)]
    return int(s.sum())

def rank_point_gain(t, d):
    c = px(t)['close']; i = _i(t, d); m = c.diff().iloc[:i + 1]
    return int((m > m.iloc[-1]).sum() + 1)

def rank_pct_gain(t, d):
    c = px(t)['close']; i = _i(t, d); m = c.pct_change().iloc[:i + 1]
    return int((m > m.iloc[-1]).sum() + 1)

def lowest_close_since(t, d):
    """last earlier session with a close at or below d's close"""
    c = px(t)['close']; i = _i(t, d); prev = c.iloc[:i]
    s = prev[prev <= c.iloc[i]]
    return str(s.index[-1].date()) if len(s) else None

def last_close_above(t, d, level):
    c = px(t)['close']; i = _i(t, d); prev = c.iloc[:i]
    s = prev[prev > level]
    return str(s.index[-1].date()) if len(s) else None

def first_close_above(t, level):
    c = px(t)['close']; s = c[c > level]
    return str(s.index[0].date()) if len(s) else None

def streak(t, d):
    """signed run of consecutive up (+) or down (-) closes ending at d"""
    m = px(t)['close'].diff(); i = _i(t, d)
    sgn = 1 if m.iloc[i] > 0 else -1; n = 0
    while i > 0 and (m.iloc[i] > 0 if sgn > 0 else m.iloc[i] < 0):
        n += 1; i -= 1
    return sgn * n

def pierced_not_closed(t, d, level):
    """intraday high above level and close below level"""
    df = px(t); i = _i(t, d)
    return bool(df['high'].iloc[i] > level and df['close'].iloc[i] < level)

def yld(name, d):
    return round(float(ser(name).loc[pd.Timestamp(d)]), 2)

def yld_highest_since(name, d):
    s = ser(name); d = pd.Timestamp(d); v = s.loc[d]; prev = s[s.index < d]
    p = prev[prev >= v]
    return str(p.index[-1].date()) if len(p) else None

def fedtar(d):
    return round(float(ser('DFEDTAR').loc[pd.Timestamp(d)]), 2)

def fed_changes(d0, d1):
    """DFEDTAR changes effective in [d0, d1] as [date, old, new]"""
    s = ser('DFEDTAR'); dd = s.diff(); s2 = dd[(dd != 0) & (dd.index >= pd.Timestamp(d0)) & (dd.index <= pd.Timestamp(d1))]
    return [[str(k.date()), round(float(s.shift(1).loc[k]), 2), round(float(s.loc[k]), 2)] for k in s2.index]

def last_fed_cut_before(d):
    s = ser('DFEDTAR'); dd = s.diff(); c = dd[(dd < 0) & (dd.index < pd.Timestamp(d))]
    return str(c.index[-1].date())

def last_unscheduled_before(d):
    f = fomc(); f = f[(f['date'] < pd.Timestamp(d)) & (f['scheduled'].astype(str).str.lower() == 'false')]
    return str(f['date'].iloc[-1].date())

def next_fomc_after(d):
    f = fomc(); f = f[f['date'] > pd.Timestamp(d)]
    return str(f['date'].iloc[0].date())

def is_fomc_day(d):
    return bool((fomc()['date'] == pd.Timestamp(d)).any())

def years_between(d0, d1):
    return r2((pd.Timestamp(d1) - pd.Timestamp(d0)).days / 365.25)

def close_on_date_of_max(t, d0, d1):
    c = px(t)['close']; s = c[(c.index >= pd.Timestamp(d0)) & (c.index <= pd.Timestamp(d1))]
    return str(s.idxmax().date())

def min_close(t, d0, d1):
    c = px(t)['close']; s = c[(c.index >= pd.Timestamp(d0)) & (c.index <= pd.Timestamp(d1))]
    return r2(s.min())

def last_window_as_bad(t, d, n):
    """last earlier window end whose n-session close-to-close change was at least as negative as the one ending at d"""
    c = px(t)['close']; w = c.pct_change(n); i = _i(t, d); v = w.iloc[i]
    prev = w.iloc[:i]; s = prev[prev <= v]
    return str(s.index[-1].date()) if len(s) else None

def is_trading_day(t, d):
    return bool(pd.Timestamp(d) in px(t).index)

def last_high_above(t, d, level):
    h = px(t)['high']; i = _i(t, d); prev = h.iloc[:i]; s = prev[prev > level]
    return str(s.index[-1].date()) if len(s) else None

def yld_chg(name, d):
    s = ser(name); i = s.index.get_loc(pd.Timestamp(d))
    return round(float(s.iloc[i] - s.iloc[i - 1]), 2)

def yld_prev(name, d):
    s = ser(name); i = s.index.get_loc(pd.Timestamp(d))
    return round(float(s.iloc[i - 1]), 2)

def last_weeks_as_bad(t, d, k):
    """k-week change (last close of each week, Friday to Friday) ending the week of d; last earlier week as bad, or None"""
    c = px(t)['close']; wk = c.groupby(c.index.to_period('W-FRI')).last()
    ch = wk.pct_change(k); p = pd.Timestamp(d).to_period('W-FRI'); v = ch.loc[p]
    prev = ch[ch.index < p]; s = prev[prev <= v]
    return [r2(v * 100), str(s.index[-1].end_time.date()) if len(s) else None, r2(prev.min() * 100)]
