import os, sys, json, math
import pandas as pd

DATA = None
_CACHE = {}
FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'NDX': 'NDX', 'VIX': 'VIX',
         'US10Y': 'DGS10', 'DFEDTAR': 'DFEDTAR', 'DFEDTARU': 'DFEDTARU'}


def _df(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date'])
        _CACHE[t] = df.set_index('date').sort_index()
    return _CACHE[t]


def _ts(d):
    return pd.Timestamp(d)


def _r(x, n=4):
    return None if x is None else round(float(x), n)


def _ds(ts):
    return ts.strftime('%Y-%m-%d')


def close(t, d):
    return _r(_df(t).loc[_ts(d), 'close'])


def high(t, d):
    return _r(_df(t).loc[_ts(d), 'high'])


def low(t, d):
    return _r(_df(t).loc[_ts(d), 'low'])


def prev_close(t, d):
    df = _df(t)
    i = df.index.get_loc(_ts(d))
    return _r(df['close'].iloc[i - 1])


def chg(t, d):
    return _r(_df(t).loc[_ts(d), 'close'] - prev_close(t, d))


def pct(t, d):
    return _r(100 * (_df(t).loc[_ts(d), 'close'] / prev_close(t, d) - 1))


def close_on_or_before(t, d):
    s = _df(t)['close'][:_ts(d)]
    return float(s.iloc[-1])


def pct_between(t, d0, d1):
    """close of d0 (or last session before it) to close of d1"""
    return _r(100 * (close_on_or_before(t, d1) / close_on_or_before(t, d0) - 1))


def pts_between(t, d0, d1):
    return _r(close_on_or_before(t, d1) - close_on_or_before(t, d0))


def ytd(t, d):
    s = _df(t)['close']
    base = s[:_ts(str(_ts(d).year - 1) + '-12-31')].iloc[-1]
    return _r(100 * (s[:_ts(d)].iloc[-1] / base - 1))


def wtd(t, d):
    """last close of the previous week to close of d"""
    s = _df(t)['close']
    ts = _ts(d)
    monday = ts - pd.Timedelta(days=ts.weekday())
    base = s[:monday - pd.Timedelta(days=1)].iloc[-1]
    return _r(100 * (s[:ts].iloc[-1] / base - 1))


def week_pct_of(t, friday):
    """week ending on (or just before) friday, Friday close to Friday close"""
    return wtd(t, friday)


def weekly_up_streak(t, d):
    """number of consecutive weeks (ending with the week of d) with a gain, Friday close to Friday close"""
    s = _df(t)['close'][:_ts(d)]
    w = s.groupby(s.index.to_period('W-FRI')).last()
    ch = w.diff().dropna()
    n = 0
    for v in reversed(ch.values):
        if v > 0:
            n += 1
        else:
            break
    return n


def daily_up_streak(t, d):
    s = _df(t)['close'][:_ts(d)]
    ch = s.diff().dropna()
    n = 0
    for v in reversed(ch.values):
        if v > 0:
            n += 1
        else:
            break
    return n


def last_close_ge(t, d, level=None):
    """last session before d with a close >= level (default: the close of d)"""
    s = _df(t)['close']
    lv = s.loc[_ts(d)] if level is None else level
    prior = s[:_ts(d) - pd.Timedelta(days=1)]
    hit = prior[prior >= lv]
    return None if hit.empty else _ds(hit.index[-1])


def last_close_le(t, d, level=None):
    s = _df(t)['close']
    lv = s.loc[_ts(d)] if level is None else level
    prior = s[:_ts(d) - pd.Timedelta(days=1)]
    hit = prior[prior <= lv]
    return None if hit.empty else _ds(hit.index[-1])


def months_since_close_ge(t, d, level=None):
    x = last_close_ge(t, d, level)
    return None if x is None else _r((_ts(d) - _ts(x)).days / 30.4375, 2)


def years_since_close_le(t, d, level=None):
    x = last_close_le(t, d, level)
    return None if x is None else _r((_ts(d) - _ts(x)).days / 365.25, 2)


def record_close_before(t, d):
    s = _df(t)['close'][:_ts(d) - pd.Timedelta(days=1)]
    return _r(s.max(), 2)


def record_close_date_before(t, d):
    s = _df(t)['close'][:_ts(d) - pd.Timedelta(days=1)]
    return _ds(s.idxmax())


def is_record_close(t, d):
    return bool(_df(t)['close'].loc[_ts(d)] > _df(t)['close'][:_ts(d) - pd.Timedelta(days=1)].max())


def first_close_ge(t, level, start='1900-01-01'):
    s = _df(t)['close'][_ts(start):]
    hit = s[s >= level]
    return None if hit.empty else _ds(hit.index[0])


def all_closes_gt(t, d0, d1, level):
    s = _df(t)['close'][_ts(d0):_ts(d1)]
    return bool((s > level).all())


def count_drops_le(t, d_end_exclusive, n, pts):
    """among the n sessions before d_end_exclusive, how many closed down by pts or more"""
    s = _df(t)['close'][:_ts(d_end_exclusive) - pd.Timedelta(days=1)]
    ch = s.diff().iloc[-n:]
    return int((ch <= -pts).sum())


def pct_below(level, ref):
    return _r(100 * (1 - level / ref))


def pct_above_min_close(t, d, m0, m1):
    s = _df(t)['close'][_ts(m0):_ts(m1)]
    return _r(100 * (_df(t)['close'].loc[_ts(d)] / s.min() - 1))


def first_bear_close(t, d0, d1):
    """first close in [d0,d1] at least 20% below the highest earlier close"""
    s = _df(t)['close']
    for ts, v in s[_ts(d0):_ts(d1)].items():
        if v <= 0.8 * s[:ts - pd.Timedelta(days=1)].max():
            return _ds(ts)
    return None


def is_up(t, d):
    return bool(chg(t, d) > 0)


def is_down(t, d):
    return bool(chg(t, d) < 0)


def never_above_prev_close(t, d):
    return bool(high(t, d) <= prev_close(t, d))


def intraday_ge(t, d, level):
    return bool(high(t, d) >= level)


def has_session(t, d):
    return bool(_ts(d) in _df(t).index)


def rate(t, d):
    s = _df(t)['value'][:_ts(d)].dropna()
    return _r(s.iloc[-1], 2)


def fomc_day(d):
    f = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'))
    return bool(d in set(f['date']))


def fed_hikes_between(d0, d1):
    s = _df('DFEDTAR')['value'][_ts(d0):_ts(d1)]
    return int((s.diff() > 0).sum())


def pct_from_intraday_low(t, dlow, d):
    return _r(100 * (_df(t)['close'].loc[_ts(d)] / _df(t)['low'].loc[_ts(dlow)] - 1))


def ytd_rank_since(t, d):
    """last earlier year whose YTD change at the same calendar date was at least as large"""
    ts = _ts(d)
    cur = ytd(t, d)
    s = _df(t)['close']
    for y in range(ts.year - 1, s.index[0].year, -1):
        try:
            v = ytd(t, '%d-%02d-%02d' % (y, ts.month, ts.day))
        except Exception:
            continue
        if v >= cur:
            return y
    return None


def years_since_close_ge(t, d, level=None):
    x = last_close_ge(t, d, level)
    return None if x is None else _r((_ts(d) - _ts(x)).days / 365.25, 2)
