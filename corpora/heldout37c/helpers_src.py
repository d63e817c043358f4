# ---- helpers (shared by build.py; copied verbatim into reference.py) ----
import os, sys, json
import pandas as pd

FILES = {'DJI': 'DJI', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'RUT': 'RUT', 'NDX': 'NDX'}
_C = {}
DATA = None

def set_data(path):
    global DATA
    DATA = path

def s(t):
    if t not in _C:
        _C[t] = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date').sort_index()
    return _C[t]

def rate(name):
    key = 'R_' + name
    if key not in _C:
        _C[key] = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')['value'].dropna()
    return _C[key]

def T(d):
    return pd.Timestamp(d)

def r(x, n=4):
    return round(float(x), n)

def close(t, d):
    return r(s(t).loc[T(d), 'close'])

def high(t, d):
    return r(s(t).loc[T(d), 'high'])

def low(t, d):
    return r(s(t).loc[T(d), 'low'])

def prev_close(t, d):
    c = s(t)['close']
    return float(c[c.index < T(d)].iloc[-1])

def chg(t, d):
    return r(s(t).loc[T(d), 'close'] - prev_close(t, d))

def pct(t, d):
    return r((s(t).loc[T(d), 'close'] / prev_close(t, d) - 1) * 100)

def last_close_before(t, d):
    c = s(t)['close']
    return float(c[c.index < T(d)].iloc[-1])

def win_chg(t, d0, d1):
    return r(s(t).loc[T(d1), 'close'] - s(t).loc[T(d0), 'close'])

def win_pct(t, d0, d1):
    return r((s(t).loc[T(d1), 'close'] / s(t).loc[T(d0), 'close'] - 1) * 100)

def week_start(d):
    d = T(d)
    return d - pd.Timedelta(days=d.weekday())

def week_pct(t, d):
    base = last_close_before(t, week_start(d))
    return r((s(t).loc[T(d), 'close'] / base - 1) * 100)

def week_chg(t, d):
    base = last_close_before(t, week_start(d))
    return r(s(t).loc[T(d), 'close'] - base)

def ytd_pct(t, d):
    base = last_close_before(t, T(d).replace(month=1, day=1))
    return r((s(t).loc[T(d), 'close'] / base - 1) * 100)

def mtd_pct(t, d):
    base = last_close_before(t, T(d).replace(day=1))
    return r((s(t).loc[T(d), 'close'] / base - 1) * 100)

def month_chg(t, ym):
    m0 = T(ym + '-01')
    m1 = m0 + pd.offsets.MonthBegin(1)
    return r(last_close_before(t, m1) - last_close_before(t, m0))

def lowest_close_since(t, d):
    """last session before d with a close at or below d's close"""
    c = s(t)['close']; v = c.loc[T(d)]
    e = c[(c.index < T(d)) & (c <= v)]
    return str(e.index[-1].date())

def highest_close_since(t, d):
    c = s(t)['close']; v = c.loc[T(d)]
    e = c[(c.index < T(d)) & (c >= v)]
    return str(e.index[-1].date())

def close_on(t, d):
    return close(t, d)

def last_point_drop_as_big(t, d):
    c = s(t)['close']; ch = c.diff(); v = ch.loc[T(d)]
    e = ch[(ch.index < T(d)) & (ch <= v)]
    return str(e.index[-1].date())

def point_change_on(t, d):
    return chg(t, d)

def max_point_gain_before(t, d):
    ch = s(t)['close'].diff()
    e = ch[ch.index < T(d)]
    return [str(e.idxmax().date()), r(e.max())]

def is_record_point_gain(t, d):
    ch = s(t)['close'].diff()
    return bool(ch.loc[T(d)] > ch[ch.index < T(d)].max())

def pct_gain_rank(t, d):
    p = s(t)['close'].pct_change()
    p = p[p.index <= T(d)]
    return int((p > p.loc[T(d)]).sum() + 1)

def record_close_before(t, d):
    c = s(t)['close']; e = c[c.index < T(d)]
    return [str(e.idxmax().date()), r(e.max())]

def last_close_at_or_above(t, d, level):
    c = s(t)['close']; e = c[(c.index < T(d)) & (c >= level)]
    return str(e.index[-1].date())

def first_close_at_or_above_after(t, d0, level):
    c = s(t)['close']; e = c[(c.index > T(d0)) & (c >= level)]
    return str(e.index[0].date())

def record_close_streak(t, d):
    """number of consecutive sessions ending at d that each closed above every earlier close"""
    c = s(t)['close']; c = c[c.index <= T(d)]
    rec = c > c.cummax().shift(1)
    n = 0
    for v in rec[::-1]:
        if v: n += 1
        else: break
    return n

def down_streak(t, d):
    c = s(t)['close']; c = c[c.index <= T(d)]; ch = c.diff()
    n = 0
    for v in ch[::-1]:
        if v < 0: n += 1
        else: break
    return n

def weekly_up_streak(t, d):
    c = s(t)['close']; c = c[c.index <= T(d)]
    wk = c.groupby(c.index.to_period('W-FRI')).last()
    ch = wk.diff()
    n = 0
    for v in ch[::-1]:
        if v > 0: n += 1
        else: break
    return n

def intraday_low_chg(t, d):
    return r(s(t).loc[T(d), 'low'] - prev_close(t, d))

def close_position_in_range(t, d):
    row = s(t).loc[T(d)]
    return r((row['close'] - row['low']) / (row['high'] - row['low']))

def yld(name, d):
    return r(rate(name).loc[T(d)], 2)

def yld_rises_in_last(name, d, n):
    v = rate(name); v = v[v.index <= T(d)]
    return int((v.diff().iloc[-n:] > 0).sum())

def fomc_decisions_between(a, b):
    f = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    return [str(x.date()) for x in f['date'] if T(a) <= x <= T(b)]

def days_between(a, b):
    return int((T(b) - T(a)).days)

def is_lowest_close_since_months(t, d, months):
    """True when d's close is below every close in the preceding `months` months"""
    c = s(t)['close']; v = c.loc[T(d)]
    e = c[(c.index < T(d)) & (c.index >= T(d) - pd.DateOffset(months=months))]
    return bool(v < e.min())

def sign_of(t, d):
    return int((chg(t, d) > 0) - (chg(t, d) < 0))
# ---- end helpers ----
