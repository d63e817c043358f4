#!/usr/bin/env python3
"""reference.py for corpora/heldout17b: recomputes every computed_value in key.jsonl from the CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Prints every recomputed value and a last line "N recipes, N key records, M mismatches"; exits 1 on any mismatch.
Needs pandas. Independent of the checker: only the CSV files are read.
"""
import json, os, sys
import pandas as pd

DATA = None
_CACHE = {}
FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'NDX': 'NDX', 'VIX': 'VIX',
         'IWM': 'IWM', 'SPY': 'SPY', 'XLE': 'XLE'}
T = pd.Timestamp


def _px(t):
    if t not in _CACHE:
        x = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date'])
        _CACHE[t] = x.set_index('date').sort_index()
    return _CACHE[t]


def _rate(name):
    k = 'rate:' + name
    if k not in _CACHE:
        x = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date'])
        _CACHE[k] = x.set_index('date').sort_index()['value'].dropna()
    return _CACHE[k]


def _r(v, n=4):
    return None if v is None else round(float(v), n)


def _prev(t, d):
    x = _px(t)
    i = x.index.get_loc(T(d))
    return x.index[i - 1]


def close(t, d):
    return _r(_px(t).loc[T(d), 'close'])


def high(t, d):
    return _r(_px(t).loc[T(d), 'high'])


def low(t, d):
    return _r(_px(t).loc[T(d), 'low'])


def chg(t, d):
    """daily point change: close vs previous close"""
    x = _px(t)
    return _r(x.loc[T(d), 'close'] - x.loc[_prev(t, d), 'close'])


def pct(t, d):
    """daily % change: close vs previous close"""
    x = _px(t)
    return _r((x.loc[T(d), 'close'] / x.loc[_prev(t, d), 'close'] - 1) * 100)


def signs(tickers, d):
    """list of 'up'/'down'/'flat' daily moves"""
    out = []
    for t in tickers:
        c = chg(t, d)
        out.append('up' if c > 0 else ('down' if c < 0 else 'flat'))
    return out


def ret(t, d0, d1):
    """% change close(d0) -> close(d1) (week = Friday to Friday; MTD/YTD from the last close of the previous period)"""
    x = _px(t)['close']
    return _r((x.loc[T(d1)] / x.loc[T(d0)] - 1) * 100)


def rets(tickers, d0, d1):
    return [ret(t, d0, d1) for t in tickers]


def pcts(tickers, d):
    return [pct(t, d) for t in tickers]


def max_close(t, d, start=None):
    x = _px(t)['close'].loc[T(start) if start else None:T(d)]
    return [str(x.idxmax().date()), _r(x.max())]


def max_high(t, d, start=None):
    x = _px(t)['high'].loc[T(start) if start else None:T(d)]
    return [str(x.idxmax().date()), _r(x.max())]


def pct_below_max_close(t, d, start=None):
    """% below the highest close up to d (positive = below)"""
    x = _px(t)['close'].loc[T(start) if start else None:T(d)]
    return _r((1 - x.loc[T(d)] / x.max()) * 100)


def pct_below_52w_close(t, d):
    x = _px(t)['close']
    w = x.loc[T(d) - pd.Timedelta(days=364):T(d)]
    return _r((1 - x.loc[T(d)] / w.max()) * 100)


def max_drawdown_52w(t, d0, d1):
    """largest % below the trailing 52-week closing high for closes in [d0, d1]"""
    x = _px(t)['close']
    return max(pct_below_52w_close(t, str(d.date())) for d in x.loc[T(d0):T(d1)].index)


def is_record_close(t, d):
    x = _px(t)['close']
    return bool(x.loc[T(d)] > x.loc[:T(d) - pd.Timedelta(days=1)].max())


def is_record_high(t, d):
    x = _px(t)['high']
    return bool(x.loc[T(d)] > x.loc[:T(d) - pd.Timedelta(days=1)].max())


def record_highs(tickers, dates):
    return [[is_record_high(t, d) for d in dates] for t in tickers]


def last_record_close(t, d):
    """date of the last record close on or before d"""
    x = _px(t)['close'].loc[:T(d)]
    return str(x[x.cummax() == x].index[-1].date())


def first_close_above(t, level):
    x = _px(t)['close']
    return str(x[x > level].index[0].date())


def milestone_days(t, levels):
    """calendar days between first closes above successive levels"""
    ds = [T(first_close_above(t, lv)) for lv in levels]
    return [(b - a).days for a, b in zip(ds[:-1], ds[1:])]


def up_streak(t, d):
    x = _px(t)['close'].loc[:T(d)].diff()
    n = 0
    for v in x.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def down_streak(t, d):
    x = _px(t)['close'].loc[:T(d)].diff()
    n = 0
    for v in x.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def last_up_streak_at_least(t, d, n):
    """last date before the current streak on which an up-streak reached n sessions"""
    x = _px(t)['close'].loc[:T(d)].diff()
    cur = up_streak(t, d)
    s = x.iloc[:len(x) - cur]
    c, last = 0, None
    for dt, v in s.items():
        c = c + 1 if v > 0 else 0
        if c >= n:
            last = dt
    return None if last is None else str(last.date())


def session_pct_range(t, d):
    """session low/high as % of the previous close"""
    x = _px(t)
    pc = x.loc[_prev(t, d), 'close']
    return [_r((x.loc[T(d), 'low'] / pc - 1) * 100), _r((x.loc[T(d), 'high'] / pc - 1) * 100)]


def week_range_pct(t, f0, d):
    """session low/high on d as % of the close on f0 (intraweek bound)"""
    x = _px(t)
    b = x.loc[T(f0), 'close']
    return [_r((x.loc[T(d), 'low'] / b - 1) * 100), _r((x.loc[T(d), 'high'] / b - 1) * 100)]


def weekly_gap_last_at_least(a, b, d):
    """last Friday-week before d where ret(a) - ret(b) >= that of the week ending d"""
    xa = _px(a)['close']; xb = _px(b)['close']
    j = pd.concat([xa, xb], axis=1, keys=['a', 'b'], sort=True).dropna().resample('W-FRI').last()
    g = j.pct_change() * 100
    gap = (g['a'] - g['b'])
    cur = gap.loc[T(d)]
    prior = gap.loc[:T(d) - pd.Timedelta(days=1)]
    hit = prior[prior >= cur]
    return [_r(cur), str(hit.index[-1].date())]


def sma(t, d, n=200):
    x = _px(t)['close'].loc[:T(d)]
    return _r(x.iloc[-n:].mean())


def last_close_below_sma(t, d, n=200):
    x = _px(t)['close'].loc[:T(d)]
    m = x.rolling(n).mean()
    b = x[x < m]
    return str(b.index[-1].date())


def run_above_sma(t, d, n=200):
    x = _px(t)['close'].loc[:T(d)]
    m = x.rolling(n).mean()
    ab = (x >= m)
    c = 0
    for v in ab.iloc[::-1]:
        if v:
            c += 1
        else:
            break
    return c


def last_run_above_sma_at_least(t, d, n=200):
    """end date of the last earlier run of closes at/above the n-day SMA at least as long as the current one"""
    x = _px(t)['close'].loc[:T(d)]
    m = x.rolling(n).mean()
    ab = (x >= m)
    cur = run_above_sma(t, d, n)
    s = ab.iloc[:len(ab) - cur]
    c, last = 0, None
    for dt, v in s.items():
        if v:
            c += 1
        else:
            if c >= cur:
                last = prev_dt
            c = 0
        prev_dt = dt
    return None if last is None else str(last.date())


def points_off_low(t, d):
    return _r(_px(t).loc[T(d), 'close'] - _px(t).loc[T(d), 'low'])


def low_vs_prev_close(t, d):
    x = _px(t)
    return _r(x.loc[T(d), 'low'] - x.loc[_prev(t, d), 'close'])


def monthly_ret(t, month):
    x = _px(t)['close'].resample('ME').last()
    m = x.pct_change() * 100
    return _r(m.loc[T(month) + pd.offsets.MonthEnd(0)])


def yld(name, d):
    return _r(_rate(name).loc[T(d)], 2)


def yld_chg_bp(name, d):
    s = _rate(name)
    i = s.index.get_loc(T(d))
    return _r((s.iloc[i] - s.iloc[i - 1]) * 100, 1)


def last_yld_drop_at_least(name, d):
    s = _rate(name)
    dd = s.diff()
    cur = dd.loc[T(d)]
    prior = dd.loc[:T(d) - pd.Timedelta(days=1)]
    return str(prior[prior <= cur + 1e-9].index[-1].date())


def fed_range(d):
    return [_r(_rate('DFEDTARL').loc[T(d)], 2), _r(_rate('DFEDTARU').loc[T(d)], 2)]


def fomc_row(d):
    f = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'))
    r = f[f['date'] == d]
    return None if r.empty else [d, str(r.iloc[0]['scheduled']).lower()]


def last_upper_at_or_below(d, v):
    """last day before d on which the upper bound of the target range was at or below v"""
    u = _rate('DFEDTARU').loc[:T(d) - pd.Timedelta(days=1)]
    return str(u[u <= v + 1e-9].index[-1].date())


def sessions_between(t, d0, d1):
    """number of sessions in (d0, d1]"""
    x = _px(t).loc[T(d0) + pd.Timedelta(days=1):T(d1)]
    return int(len(x))


def daily_leader(tickers, d):
    p = pcts(tickers, d)
    return tickers[p.index(max(p))]


def daily_laggard(tickers, d):
    p = pcts(tickers, d)
    return tickers[p.index(min(p))]


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b

