# ---- helpers (pandas only; data dir from argv[1] or CAPSCOPE_DATA_DIR) ----
import os, sys, json, math
import pandas as pd

_FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'NDX': 'NDX',
          'QQQ': 'QQQ', 'VIX': 'VIX', 'SPY': 'SPY', 'IWM': 'IWM'}
_CACHE = {}
DATA_DIR = None


def _px(t):
    if t not in _CACHE:
        _CACHE[t] = pd.read_csv(os.path.join(DATA_DIR, _FILES[t] + '.csv'), index_col=0, parse_dates=True)
    return _CACHE[t]


def _rate(name):
    if name not in _CACHE:
        _CACHE[name] = pd.read_csv(os.path.join(DATA_DIR, name + '.csv'), index_col=0, parse_dates=True)['value']
    return _CACHE[name]


def _c(t):
    return _px(t)['close']


def _ts(d):
    return pd.Timestamp(d)


def _ds(ts):
    return pd.Timestamp(ts).strftime('%Y-%m-%d')


def _r(x, n):
    return round(float(x), n)


def close(t, d):
    return _r(_c(t).loc[_ts(d)], 2)


def high(t, d):
    return _r(_px(t)['high'].loc[_ts(d)], 2)


def low(t, d):
    return _r(_px(t)['low'].loc[_ts(d)], 2)


def session_range(t, d):
    return [low(t, d), high(t, d)]


def prev_close(t, d):
    c = _c(t)
    return _r(c[c.index < _ts(d)].iloc[-1], 2)


def chg(t, d):
    c = _c(t); i = c.index.get_loc(_ts(d))
    return _r(c.iloc[i] - c.iloc[i - 1], 2)


def pct(t, d):
    c = _c(t); i = c.index.get_loc(_ts(d))
    return _r((c.iloc[i] / c.iloc[i - 1] - 1) * 100, 3)


def pct_change(t, d0, d1):
    """percent change from the close of d0 to the close of d1"""
    c = _c(t)
    return _r((c.loc[_ts(d1)] / c.loc[_ts(d0)] - 1) * 100, 3)


def pts_change(t, d0, d1):
    c = _c(t)
    return _r(c.loc[_ts(d1)] - c.loc[_ts(d0)], 2)


def _last_close_before(t, d):
    c = _c(t)
    return c[c.index < _ts(d)].iloc[-1]


def ytd(t, d):
    y = _ts(d).year
    base = _last_close_before(t, f'{y}-01-01')
    return _r((_c(t).loc[_ts(d)] / base - 1) * 100, 3)


def mtd(t, d):
    ts = _ts(d)
    base = _last_close_before(t, f'{ts.year}-{ts.month:02d}-01')
    return _r((_c(t).loc[ts] / base - 1) * 100, 3)


def qtd(t, d):
    ts = _ts(d); qm = 3 * ((ts.month - 1) // 3) + 1
    base = _last_close_before(t, f'{ts.year}-{qm:02d}-01')
    return _r((_c(t).loc[ts] / base - 1) * 100, 3)


def year_return(t, y):
    c = _c(t)
    return _r((c[c.index <= _ts(f'{y}-12-31')].iloc[-1] / c[c.index < _ts(f'{y}-01-01')].iloc[-1] - 1) * 100, 3)


def pct_vs_level(t, d0, level):
    """percent from the close of d0 to a level stated in the passage"""
    return _r((level / _c(t).loc[_ts(d0)] - 1) * 100, 3)


def record_before(t, d):
    """highest close strictly before d: [value, date]"""
    c = _c(t); c = c[c.index < _ts(d)]
    return [_r(c.max(), 2), _ds(c.idxmax())]


def intraday_record_before(t, d):
    h = _px(t)['high']; h = h[h.index < _ts(d)]
    return [_r(h.max(), 2), _ds(h.idxmax())]


def is_record_close(t, d):
    c = _c(t)
    return bool(c.loc[_ts(d)] > c[c.index < _ts(d)].max())


def max_close(t, d0, d1):
    c = _c(t).loc[_ts(d0):_ts(d1)]
    return [_r(c.max(), 2), _ds(c.idxmax())]


def min_close(t, d0, d1):
    c = _c(t).loc[_ts(d0):_ts(d1)]
    return [_r(c.min(), 2), _ds(c.idxmin())]


def pct_below_record(t, d):
    """percent the close of d sits below the highest close up to d (positive = below)"""
    c = _c(t); c = c[c.index <= _ts(d)]
    return _r((1 - c.iloc[-1] / c.max()) * 100, 3)


def pts_below_record(t, d):
    c = _c(t); c = c[c.index <= _ts(d)]
    return _r(c.max() - c.iloc[-1], 2)


def lowest_since(t, d):
    """last session before d whose close was at or below the close of d"""
    c = _c(t); v = c.loc[_ts(d)]; p = c[(c.index < _ts(d)) & (c <= v)]
    return _ds(p.index[-1]) if len(p) else None


def highest_since(t, d):
    c = _c(t); v = c.loc[_ts(d)]; p = c[(c.index < _ts(d)) & (c >= v)]
    return _ds(p.index[-1]) if len(p) else None


def last_high_at_or_above(t, d, level):
    h = _px(t)['high']; p = h[(h.index < _ts(d)) & (h >= level)]
    return _ds(p.index[-1]) if len(p) else None


def last_close_at_or_above(t, d, level):
    c = _c(t); p = c[(c.index < _ts(d)) & (c >= level)]
    return _ds(p.index[-1]) if len(p) else None


def last_dd_over(t, d, frac):
    """last session before d whose close was more than frac below the running record close"""
    c = _c(t); dd = c / c.cummax() - 1; p = dd[(dd.index < _ts(d)) & (dd < -frac)]
    return _ds(p.index[-1]) if len(p) else None


def point_drop_rank(t, d):
    """rank of the point drop of d among all daily point drops in the file up to d (1 = largest)"""
    mv = _c(t).diff(); mv = mv[mv.index <= _ts(d)]
    return int((mv < mv.loc[_ts(d)] - 1e-9).sum()) + 1


def count_down_days(t, d0, d1):
    mv = _c(t).diff().loc[_ts(d0):_ts(d1)]
    return int((mv < 0).sum())


def count_abs_moves_over(t, d0, d1, pts):
    mv = _c(t).diff().loc[_ts(d0):_ts(d1)]
    return int((mv.abs() > pts).sum())


def month_down_days(t, y, m):
    return count_down_days(t, f'{y}-{m:02d}-01', (pd.Timestamp(f'{y}-{m:02d}-01') + pd.offsets.MonthEnd(0)).strftime('%Y-%m-%d'))


def sessions_between(t, d0, d1):
    c = _c(t).loc[_ts(d0):_ts(d1)]
    return int(len(c))


def up_days(t, d0, d1):
    mv = _c(t).diff().loc[_ts(d0):_ts(d1)]
    return int((mv > 0).sum())


def worst_quarter_since(t, d0, d1):
    """worst calendar-quarter price return among quarters ending between d0 and d1: [pct, quarter end]"""
    q = _c(t).resample('QE').last().pct_change() * 100
    q = q.loc[_ts(d0):_ts(d1)]
    return [_r(q.min(), 3), _ds(q.idxmin())]


def negative_years_run_before(t, y):
    """last year before y that closed a run of 3 straight negative calendar years"""
    c = _c(t).resample('YE').last().pct_change()
    c.index = c.index.year
    for yy in range(y - 1, int(c.index.min()) + 2, -1):
        if c.loc[yy] < 0 and c.loc[yy - 1] < 0 and c.loc[yy - 2] < 0:
            return yy
    return None


def smallest_abs_year_move(t, y0, y1):
    """calendar year with the smallest absolute price change, full years y0..y1: [year, pct]"""
    c = _c(t).resample('YE').last().pct_change() * 100
    c.index = c.index.year
    c = c.loc[y0:y1]
    yy = int(c.abs().idxmin())
    return [yy, _r(c.loc[yy], 3)]


def positive_years(t, y0, y1):
    c = _c(t).resample('YE').last().pct_change()
    c.index = c.index.year
    return int((c.loc[y0:y1] > 0).sum())


def week_change(t, d):
    """Friday close d against the close one week earlier: [points, pct]"""
    c = _c(t); i = c.index.get_loc(_ts(d)); prev = c[c.index <= _ts(d) - pd.Timedelta(days=7)].iloc[-1]
    return [_r(c.iloc[i] - prev, 2), _r((c.iloc[i] / prev - 1) * 100, 3)]


def weekly_negative_share(t, d0, d1):
    """share (%) of weeks (Friday-to-Friday, last session of each week) ending d0..d1 that fell"""
    w = _c(t).resample('W-FRI').last().dropna()
    r = w.diff().loc[_ts(d0):_ts(d1)]
    return _r((r < 0).mean() * 100, 1)


def weekly_loss_rank(t, d, y):
    """rank of the percentage loss of the week ending d among weeks of year y up to d (1 = worst)"""
    w = _c(t).resample('W-FRI').last().dropna().pct_change()
    w = w[(w.index.year == y) & (w.index <= _ts(d))]
    return int((w < w.loc[_ts(d)] - 1e-12).sum()) + 1


def fed_target(d):
    """target on day d: DFEDTAR value, or [lower, upper] from 2008-12-16"""
    ts = _ts(d)
    if ts <= _ts('2008-12-15'):
        return _r(_rate('DFEDTAR').loc[ts], 4)
    return [_r(_rate('DFEDTARL').loc[ts], 4), _r(_rate('DFEDTARU').loc[ts], 4)]


def fed_cuts_in_year(y, upto):
    s = _rate('DFEDTAR'); s = s[(s.index.year == y) & (s.index <= _ts(upto))]
    prev = _rate('DFEDTAR')[_rate('DFEDTAR').index < _ts(f'{y}-01-01')].iloc[-1]
    full = pd.concat([pd.Series([prev]), s.reset_index(drop=True)])
    return int((full.diff() < 0).sum())


def fed_last_at_or_below(d, v):
    s = _rate('DFEDTAR'); p = s[(s.index < _ts(d)) & (s <= v + 1e-9)]
    return _ds(p.index[-1]) if len(p) else None


def fed_record_low_range(d):
    """True when the upper bound on d is below every earlier DFEDTAR value"""
    return bool(_rate('DFEDTARU').loc[_ts(d)] < _rate('DFEDTAR').min())


def fomc_day(d):
    m = pd.read_csv(os.path.join(DATA_DIR, 'FOMC_meetings.csv'))
    return bool((m['date'] == d).any())


def months_between(d0, d1):
    a, b = _ts(d0), _ts(d1)
    return (b.year - a.year) * 12 + (b.month - a.month)


def years_between(d0, d1):
    return _r((_ts(d1) - _ts(d0)).days / 365.25, 2)


def last_outperform_year(t1, t2, y):
    """last calendar year before y in which t1's price return beat t2's"""
    a = _c(t1).resample('YE').last().pct_change(); b = _c(t2).resample('YE').last().pct_change()
    a.index = a.index.year; b.index = b.index.year
    yrs = [yy for yy in a.index if yy < y and yy in b.index and not pd.isna(a.loc[yy]) and a.loc[yy] > b.loc[yy]]
    return int(max(yrs)) if yrs else None


def intraday_max_gain(t, d):
    """session high minus the previous close"""
    return _r(high(t, d) - prev_close(t, d), 2)


def fred(name, d):
    return _r(_rate(name).loc[_ts(d)], 3)


def fred_is_record_low(name, d):
    s = _rate(name).dropna()
    return bool(s.loc[_ts(d)] < s[s.index < _ts(d)].min())
