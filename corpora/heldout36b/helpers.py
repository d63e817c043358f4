import os, sys, json
import pandas as pd

FILES = {'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'RUT': 'RUT', 'VIX': 'VIX', 'NDX': 'NDX'}
_CACHE = {}
DATA = None  # set from argv[1] or CAPSCOPE_DATA_DIR


def _df(t):
    if t not in _CACHE:
        f = FILES.get(t, t)
        _CACHE[t] = pd.read_csv(os.path.join(DATA, f + '.csv'), parse_dates=['date']).set_index('date').sort_index()
    return _CACHE[t]


def _cl(t):
    return _df(t)['close'].dropna()


def _i(s, d):
    return s.index.get_loc(pd.Timestamp(d))


def _ds(ts):
    return pd.Timestamp(ts).strftime('%Y-%m-%d')


def close(t, d):
    return round(float(_cl(t).loc[pd.Timestamp(d)]), 2)


def high(t, d):
    return round(float(_df(t)['high'].loc[pd.Timestamp(d)]), 2)


def pts(t, d):
    s = _cl(t); i = _i(s, d)
    return round(float(s.iloc[i] - s.iloc[i - 1]), 2)


def pct(t, d):
    s = _cl(t); i = _i(s, d)
    return round(float(100 * (s.iloc[i] / s.iloc[i - 1] - 1)), 3)


def pct_from(t, d0, d1):
    s = _cl(t)
    return round(float(100 * (s.loc[pd.Timestamp(d1)] / s.loc[pd.Timestamp(d0)] - 1)), 3)


def pct_n(t, d, n):
    """% change over the last n sessions ending at d (close n sessions earlier to close d)."""
    s = _cl(t); i = _i(s, d)
    return round(float(100 * (s.iloc[i] / s.iloc[i - n] - 1)), 3)


def pts_n(t, d, n):
    s = _cl(t); i = _i(s, d)
    return round(float(s.iloc[i] - s.iloc[i - n]), 2)


def _prev_period_close(t, d, freq):
    s = _cl(t); d = pd.Timestamp(d)
    if freq == 'Y':
        start = pd.Timestamp(d.year, 1, 1)
    elif freq == 'M':
        start = pd.Timestamp(d.year, d.month, 1)
    else:  # week: last close before Monday of d's week
        start = (d - pd.Timedelta(days=d.weekday())).normalize()
    return s[s.index < start].iloc[-1]


def ytd(t, d):
    s = _cl(t)
    return round(float(100 * (s.loc[pd.Timestamp(d)] / _prev_period_close(t, d, 'Y') - 1)), 3)


def ytd_pts(t, d):
    s = _cl(t)
    return round(float(s.loc[pd.Timestamp(d)] - _prev_period_close(t, d, 'Y')), 2)


def mtd(t, d):
    s = _cl(t)
    return round(float(100 * (s.loc[pd.Timestamp(d)] / _prev_period_close(t, d, 'M') - 1)), 3)


def mtd_pts(t, d):
    s = _cl(t)
    return round(float(s.loc[pd.Timestamp(d)] - _prev_period_close(t, d, 'M')), 2)


def wtd(t, d):
    s = _cl(t)
    return round(float(100 * (s.loc[pd.Timestamp(d)] / _prev_period_close(t, d, 'W') - 1)), 3)


def year_ret(t, y):
    s = _cl(t)
    e = s[s.index.year == y].iloc[-1]; b = s[s.index.year < y].iloc[-1]
    return round(float(100 * (e / b - 1)), 3)


def month_ret(t, ym):
    s = _cl(t); p = pd.Period(ym, 'M')
    m = s.index.to_period('M')
    e = s[m == p].iloc[-1]; b = s[m < p].iloc[-1]
    return round(float(100 * (e / b - 1)), 3)


def _monthly(t):
    s = _cl(t)
    me = s.groupby(s.index.to_period('M')).last()
    return (100 * (me / me.shift(1) - 1)).dropna()


def last_month_as_bad(t, ym):
    """Last month before ym whose return was <= ym's return."""
    r = _monthly(t); p = pd.Period(ym, 'M'); v = r.loc[p]
    prev = r[(r.index < p) & (r <= v)]
    return str(prev.index[-1]) if len(prev) else None


def last_month_as_good(t, ym):
    r = _monthly(t); p = pd.Period(ym, 'M'); v = r.loc[p]
    prev = r[(r.index < p) & (r >= v)]
    return str(prev.index[-1]) if len(prev) else None


def last_january_as_good(t, y):
    r = _monthly(t); p = pd.Period('%d-01' % y, 'M'); v = r.loc[p]
    prev = r[(r.index < p) & (r.index.month == 1) & (r >= v)]
    return str(prev.index[-1]) if len(prev) else None


def record_close(t, d):
    """True if the close on d is above every earlier close in the file."""
    s = _cl(t); i = _i(s, d)
    return bool(s.iloc[i] > s.iloc[:i].max())


def max_close_before(t, d):
    s = _cl(t); i = _i(s, d); m = s.iloc[:i]
    return [_ds(m.idxmax()), round(float(m.max()), 2)]


def max_high_before(t, d):
    h = _df(t)['high'].dropna(); h = h[h.index < pd.Timestamp(d)]
    return [_ds(h.idxmax()), round(float(h.max()), 2)]


def max_close_upto(t, d):
    s = _cl(t); m = s[s.index <= pd.Timestamp(d)]
    return [_ds(m.idxmax()), round(float(m.max()), 2)]


def pct_below_record(t, d):
    s = _cl(t); m = s[s.index <= pd.Timestamp(d)]
    return round(float(100 * (1 - s.loc[pd.Timestamp(d)] / m.max())), 3)


def first_close_above(t, level):
    s = _cl(t); a = s[s > level]
    return _ds(a.index[0])


def record_count(t, d0, d1):
    """Number of record closes between d0 and d1 inclusive."""
    s = _cl(t); cm = s.cummax().shift(1)
    rec = (s > cm) & (s.index >= pd.Timestamp(d0)) & (s.index <= pd.Timestamp(d1))
    return int(rec.sum())


def highest_since(t, d):
    """Last session before d with a close at least as high as d's close."""
    s = _cl(t); i = _i(s, d); v = s.iloc[i]; p = s.iloc[:i]
    p = p[p >= v]
    return _ds(p.index[-1]) if len(p) else None


def last_gain_as_big(t, d, kind='pct'):
    s = _cl(t); ch = s.diff() if kind == 'pts' else s.pct_change()
    i = _i(s, d); v = ch.iloc[i]; p = ch.iloc[:i]; p = p[p >= v]
    return _ds(p.index[-1]) if len(p) else None


def last_drop_as_big(t, d, kind='pct'):
    s = _cl(t); ch = s.diff() if kind == 'pts' else s.pct_change()
    i = _i(s, d); v = ch.iloc[i]; p = ch.iloc[:i]; p = p[p <= v]
    return _ds(p.index[-1]) if len(p) else None


def last_n_gain_as_big(t, d, n):
    """Last session before d whose n-session % change was at least as large as d's."""
    s = _cl(t); ch = s / s.shift(n) - 1
    i = _i(s, d); v = ch.iloc[i]; p = ch.iloc[:i]; p = p[p >= v]
    return _ds(p.index[-1]) if len(p) else None


def last_n_drop_as_big(t, d, n):
    s = _cl(t); ch = s / s.shift(n) - 1
    i = _i(s, d); v = ch.iloc[i]; p = ch.iloc[:i]; p = p[p <= v]
    return _ds(p.index[-1]) if len(p) else None


def streak(t, d):
    """Signed run of consecutive up (+) or down (-) closes ending at d."""
    s = _cl(t); ch = s.diff(); i = _i(s, d); sign = 1 if ch.iloc[i] > 0 else -1; n = 0
    while i > 0 and (ch.iloc[i] > 0 if sign > 0 else ch.iloc[i] < 0):
        n += 1; i -= 1
    return sign * n


def streak_before(t, d):
    """Sign and length of the run that ended on the session before d."""
    s = _cl(t); i = _i(s, d)
    return streak(t, _ds(s.index[i - 1]))


def last_streak_as_long(t, d):
    """Last session before d that ended an up-streak at least as long as d's."""
    s = _cl(t); n = streak(t, d); i = _i(s, d)
    for j in range(i - 1, n, -1):
        if streak(t, _ds(s.index[j])) >= n:
            return _ds(s.index[j])
    return None


def close_rank(t, d):
    """Rank of the close on d among all closes up to d (1 = highest)."""
    s = _cl(t); m = s[s.index <= pd.Timestamp(d)]
    return int((m > s.loc[pd.Timestamp(d)]).sum() + 1)


def ups_in_last(t, d, n):
    s = _cl(t); i = _i(s, d); ch = s.diff().iloc[i - n + 1:i + 1]
    return int((ch > 0).sum())


def min_close_window(t, d0, d1):
    s = _cl(t); m = s[(s.index >= pd.Timestamp(d0)) & (s.index <= pd.Timestamp(d1))]
    return [_ds(m.idxmin()), round(float(m.min()), 2)]


def max_close_window(t, d0, d1):
    s = _cl(t); m = s[(s.index >= pd.Timestamp(d0)) & (s.index <= pd.Timestamp(d1))]
    return [_ds(m.idxmax()), round(float(m.max()), 2)]


def pct_52w_ago(t, d):
    """% change from the last close on or before the date 52 weeks (364 days) earlier."""
    s = _cl(t); d = pd.Timestamp(d); b = s[s.index <= d - pd.Timedelta(weeks=52)].iloc[-1]
    return round(float(100 * (s.loc[d] / b - 1)), 3)


def weekly_streak(t, d):
    """Signed run of consecutive weekly (Friday-to-Friday) gains/losses ending with d's week."""
    s = _cl(t); w = s.groupby(s.index.to_period('W-FRI')).last(); ch = w.diff()
    p = pd.Timestamp(d).to_period('W-FRI'); i = w.index.get_loc(p)
    sign = 1 if ch.iloc[i] > 0 else -1; n = 0
    while i > 0 and (ch.iloc[i] > 0 if sign > 0 else ch.iloc[i] < 0):
        n += 1; i -= 1
    return sign * n


def week_pct(t, d):
    s = _cl(t); w = s.groupby(s.index.to_period('W-FRI')).last()
    p = pd.Timestamp(d).to_period('W-FRI'); i = w.index.get_loc(p)
    return round(float(100 * (w.iloc[i] / w.iloc[i - 1] - 1)), 3)


def correction(t, d):
    """Close at least 10% below the highest close of the previous 52 weeks."""
    s = _cl(t); d = pd.Timestamp(d); m = s[(s.index > d - pd.DateOffset(weeks=52)) & (s.index <= d)].max()
    return bool(s.loc[d] <= 0.9 * m)


def any_correction(t, d0, d1):
    s = _cl(t)
    return any(correction(t, _ds(x)) for x in s[(s.index >= pd.Timestamp(d0)) & (s.index <= pd.Timestamp(d1))].index)


def rate(series, d):
    s = pd.read_csv(os.path.join(DATA, series + '.csv'), parse_dates=['date']).set_index('date')['value']
    return round(float(s.loc[pd.Timestamp(d)]), 2)


def last_rate_at_least(series, level, before):
    s = pd.read_csv(os.path.join(DATA, series + '.csv'), parse_dates=['date']).set_index('date')['value'].dropna()
    s = s[(s.index < pd.Timestamp(before)) & (s >= level)]
    return _ds(s.index[-1]) if len(s) else None


def fomc_decisions(d0, d1):
    f = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    f = f[(f.date >= pd.Timestamp(d0)) & (f.date <= pd.Timestamp(d1))]
    return [_ds(x) for x in f.date]
