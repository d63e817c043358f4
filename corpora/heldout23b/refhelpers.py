"""Helpers used by reference.py and build.py (pandas over the CSV files of the shared data directory)."""
import os, sys
import pandas as pd

_CACHE = {}
FILES = {'DJI': 'DJI.csv', 'SPX': 'GSPC.csv', 'IXIC': 'IXIC.csv', 'RUT': 'RUT.csv', 'NDX': 'NDX.csv', 'VIX': 'VIX.csv'}


def data_dir():
    if len(sys.argv) > 1 and os.path.isdir(sys.argv[1]):
        return sys.argv[1]
    return os.environ['CAPSCOPE_DATA_DIR']


def px(t):
    if t not in _CACHE:
        _CACHE[t] = pd.read_csv(os.path.join(data_dir(), FILES[t]), parse_dates=['date']).set_index('date')
    return _CACHE[t]


def rate(name):
    if name not in _CACHE:
        _CACHE[name] = pd.read_csv(os.path.join(data_dir(), name + '.csv'), parse_dates=['date']).set_index('date')['value']
    return _CACHE[name]


def _i(t, d):
    return px(t).index.get_loc(pd.Timestamp(d))


def close(t, d):
    return round(float(px(t)['close'].loc[pd.Timestamp(d)]), 2)


def chg(t, d):
    c = px(t)['close']; i = _i(t, d)
    return round(float(c.iloc[i] - c.iloc[i - 1]), 2)


def pct(t, d):
    c = px(t)['close']; i = _i(t, d)
    return round(float(c.iloc[i] / c.iloc[i - 1] * 100 - 100), 3)


def nsess_pct(t, d, n):
    c = px(t)['close']; i = _i(t, d)
    return round(float(c.iloc[i] / c.iloc[i - n] * 100 - 100), 3)


def _base(t, d, period):
    c = px(t)['close']; d = pd.Timestamp(d)
    if period == 'W':
        start = d - pd.Timedelta(days=d.weekday())
    elif period == 'M':
        start = d.replace(day=1)
    elif period == 'Q':
        start = pd.Timestamp(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    else:
        start = pd.Timestamp(d.year, 1, 1)
    return c[c.index < start].iloc[-1]


def period_pct(t, d, period):
    return round(float(close(t, d) / _base(t, d, period) * 100 - 100), 3)


def period_pts(t, d, period):
    return round(float(px(t)['close'].loc[pd.Timestamp(d)] - _base(t, d, period)), 2)


def _period_series(t, period):
    c = px(t)['close']
    key = {'W': c.index.to_period('W'), 'Q': c.index.to_period('Q'), 'M': c.index.to_period('M')}[period]
    last = c.groupby(key).last()
    lastd = c.index.to_series().groupby(key).last()
    r = (last / last.shift(1) * 100 - 100)
    return pd.DataFrame({'r': r.values, 'd': lastd.values}, index=last.index).dropna()


def period_best_since(t, d, period, sign=1, same_quarter_of_year=False):
    """Date (last session) of the last earlier period whose move is at least as large in the direction sign."""
    s = _period_series(t, period)
    p = pd.Timestamp(d).to_period(period)
    cur = s.loc[p, 'r']
    prev = s[s.index < p]
    if same_quarter_of_year:
        prev = prev[[q.quarter == p.quarter for q in prev.index]]
    hit = prev[(prev['r'] * sign) >= cur * sign]
    return str(hit['d'].iloc[-1].date()) if len(hit) else 'none in file'


def period_ret(t, d, period, back=0):
    s = _period_series(t, period)
    p = pd.Timestamp(d).to_period(period) - back
    return round(float(s.loc[p, 'r']), 3)


def weekly_streak(t, d, sign=-1):
    s = _period_series(t, 'W')
    p = pd.Timestamp(d).to_period('W')
    r = s[s.index <= p]['r']
    n = 0
    for v in reversed(r.values):
        if v * sign > 0:
            n += 1
        else:
            break
    return n


def last_day_move_as_big(t, d, sign=1):
    c = px(t)['close']; r = c / c.shift(1) - 1; i = _i(t, d)
    cur = r.iloc[i]; prev = r.iloc[:i]
    hit = prev[(prev * sign) >= cur * sign]
    return str(hit.index[-1].date()) if len(hit) else 'none in file'


def lowest_since(t, d):
    c = px(t)['close']; i = _i(t, d); prev = c.iloc[:i]
    hit = prev[prev <= c.iloc[i]]
    return str(hit.index[-1].date()) if len(hit) else 'none in file'


def highest_since(t, d):
    c = px(t)['close']; i = _i(t, d); prev = c.iloc[:i]
    hit = prev[prev >= c.iloc[i]]
    return str(hit.index[-1].date()) if len(hit) else 'none in file'


def is_record_close(t, d):
    c = px(t)['close']; i = _i(t, d)
    return bool(c.iloc[i] > c.iloc[:i].max())


def prev_record_date(t, d):
    """Date of the last record close before session d."""
    c = px(t)['close']; i = _i(t, d); prev = c.iloc[:i]
    rec = prev[prev >= prev.cummax()]
    return str(rec.index[-1].date())


def pct_vs_close_on(t, d, d0):
    return round(float(close(t, d) / close(t, d0) * 100 - 100), 3)


def in_correction(t, d):
    c = px(t)['close']; d = pd.Timestamp(d)
    hi = c[(c.index > d - pd.Timedelta(days=364)) & (c.index <= d)].max()
    return bool(c.loc[d] <= 0.9 * hi)


def pct_from_52w_high(t, d):
    c = px(t)['close']; d = pd.Timestamp(d)
    hi = c[(c.index > d - pd.Timedelta(days=364)) & (c.index <= d)].max()
    return round(float(100 - c.loc[d] / hi * 100), 3)


def pct_from_min_in(t, d, start, end):
    c = px(t)['close']
    lo = c[(c.index >= pd.Timestamp(start)) & (c.index <= pd.Timestamp(end))].min()
    return round(float(c.loc[pd.Timestamp(d)] / lo * 100 - 100), 3)


def up_streak(t, d):
    c = px(t)['close']; i = _i(t, d); n = 0
    while i - n > 0 and c.iloc[i - n] > c.iloc[i - n - 1]:
        n += 1
    return n


def ups_in_last(t, d, n):
    c = px(t)['close']; i = _i(t, d)
    return int((c.iloc[i - n + 1:i + 1].values > c.iloc[i - n:i].values).sum())


def months_up_in_quarter(t, d):
    c = px(t)['close']; q = pd.Timestamp(d).to_period('Q')
    m = c.groupby(c.index.to_period('M')).last()
    ms = [q.asfreq('M', 'start') + k for k in range(3)]
    return int(sum(m.loc[x] > m.loc[x - 1] for x in ms))


def y(d, name='DGS10'):
    return round(float(rate(name).loc[pd.Timestamp(d)]), 2)


def y_chg_bp(d, name='DGS10'):
    s = rate(name).dropna(); i = s.index.get_loc(pd.Timestamp(d))
    return round(float((s.iloc[i] - s.iloc[i - 1]) * 100), 1)


def y_highest_since(d, name='DGS10'):
    s = rate(name).dropna(); i = s.index.get_loc(pd.Timestamp(d)); prev = s.iloc[:i]
    hit = prev[prev >= s.iloc[i]]
    return str(hit.index[-1].date())


def fed_upper_change(d_eff):
    s = rate('DFEDTARU'); d = pd.Timestamp(d_eff)
    return round(float((s.loc[d] - s.loc[d - pd.Timedelta(days=1)]) * 100), 1)


def last_weekly_streak_at_least(t, d, n):
    """Last Friday-week, before the streak ending at d's week, that ended a run of at least n weekly gains."""
    s = _period_series(t, 'W')
    p = pd.Timestamp(d).to_period('W')
    k = weekly_streak(t, d, 1)
    s = s[s.index <= p - k]
    run = 0; last = 'none in file'
    for idx, row in s.iterrows():
        run = run + 1 if row['r'] > 0 else 0
        if run >= n:
            last = str(row['d'].date())
    return last
