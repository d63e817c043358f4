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


# (passage_id, claim_index, expression): one line per key record
RECIPES = [
    ('stockcommentary_20160117_small_caps_bear_market', 0, "pct_below_max_close('RUT','2016-01-15')"),
    ('stockcommentary_20160117_small_caps_bear_market', 1, 'None'),
    ('stockcommentary_20160117_small_caps_bear_market', 2, 'None'),
    ('stockcommentary_20160117_small_caps_bear_market', 3, 'None'),
    ('usatoday_20160212_dow_snaps_losing_streak_oil', 0, "down_streak('DJI','2016-02-11')"),
    ('usatoday_20160212_dow_snaps_losing_streak_oil', 1, "chg('DJI','2016-02-12')"),
    ('usatoday_20160212_dow_snaps_losing_streak_oil', 2, "pct('DJI','2016-02-12')"),
    ('usatoday_20160212_dow_snaps_losing_streak_oil', 3, "close('DJI','2016-02-12')"),
    ('usatoday_20160212_dow_snaps_losing_streak_oil', 4, "pct('SPX','2016-02-12')"),
    ('usatoday_20160212_dow_snaps_losing_streak_oil', 5, "pct('IXIC','2016-02-12')"),
    ('usatoday_20160212_dow_snaps_losing_streak_oil', 6, "low_vs_prev_close('DJI','2016-02-11')"),
    ('usatoday_20160212_dow_snaps_losing_streak_oil', 7, "points_off_low('DJI','2016-02-11')"),
    ('usatoday_20160212_dow_snaps_losing_streak_oil', 8, 'None'),
    ('usatoday_20160212_dow_snaps_losing_streak_oil', 9, 'None'),
    ('xinhua_20160222_midday_oil_rebound', 0, "close('DJI','2016-02-22')"),
    ('xinhua_20160222_midday_oil_rebound', 1, "chg('DJI','2016-02-22')"),
    ('xinhua_20160222_midday_oil_rebound', 2, "close('SPX','2016-02-22')"),
    ('xinhua_20160222_midday_oil_rebound', 3, "close('IXIC','2016-02-22')"),
    ('xinhua_20160222_midday_oil_rebound', 4, 'None'),
    ('xinhua_20160222_midday_oil_rebound', 5, "signs(['DJI','SPX','IXIC'],'2016-02-19')"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 0, "first_close_above('DJI',19000)"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 1, "record_highs(['DJI','SPX','IXIC','RUT'],['2016-11-21','2016-11-22'])"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 2, "chg('DJI','2016-11-22')"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 3, "pct('DJI','2016-11-22')"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 4, "[close('DJI','2016-11-22'), is_record_close('DJI','2016-11-22')]"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 5, "first_close_above('SPX',2200)"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 6, "chg('SPX','2016-11-22')"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 7, "close('SPX','2016-11-22')"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 8, "pct('IXIC','2016-11-22')"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 9, "[close('IXIC','2016-11-22'), is_record_close('IXIC','2016-11-22')]"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 10, "pct('RUT','2016-11-22')"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 11, "close('RUT','2016-11-22')"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 12, "up_streak('RUT','2016-11-22')"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 13, "last_up_streak_at_least('RUT','2016-11-22',13)"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 14, "milestone_days('DJI',[18000,19000])"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 15, "first_close_above('DJI',18000)"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 16, "[first_close_above('DJI',14000), first_close_above('DJI',15000)]"),
    ('usatoday_20161122_dow_19000_rut_13_day_streak', 17, "milestone_days('DJI',[14000,15000,16000,17000,18000,19000])"),
    ('bloombergquint_20170804_small_caps_lag_dow', 0, "ret('RUT','2017-07-21','2017-07-28')"),
    ('bloombergquint_20170804_small_caps_lag_dow', 1, "[ret('RUT','2017-07-28','2017-08-04'), week_range_pct('RUT','2017-07-28','2017-08-04')]"),
    ('bloombergquint_20170804_small_caps_lag_dow', 2, "ret('SPX','2017-07-28','2017-08-04')"),
    ('bloombergquint_20170804_small_caps_lag_dow', 3, "round(ret('DJI','2017-07-28','2017-08-04') - ret('RUT','2017-07-28','2017-08-04'), 4)"),
    ('bloombergquint_20170804_small_caps_lag_dow', 4, "weekly_gap_last_at_least('DJI','RUT','2017-08-04')"),
    ('usatoday_20181226_dow_1086_point_rally', 0, "chg('DJI','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 1, "pct_below_max_close('SPX','2018-12-24')"),
    ('usatoday_20181226_dow_1086_point_rally', 2, "chg('DJI','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 3, "pct('DJI','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 4, "close('DJI','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 5, "pct_below_max_close('DJI','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 6, "max_close('DJI','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 7, "chg('SPX','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 8, "pct('SPX','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 9, "close('SPX','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 10, "pct_below_max_close('SPX','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 11, "max_close('SPX','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 12, "pct_below_max_close('IXIC','2018-12-21')"),
    ('usatoday_20181226_dow_1086_point_rally', 13, "pct_below_max_close('IXIC','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 14, "chg('IXIC','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 15, "pct('IXIC','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 16, "close('IXIC','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 17, "pct_below_max_close('RUT','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 18, "chg('RUT','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 19, "pct('RUT','2018-12-26')"),
    ('usatoday_20181226_dow_1086_point_rally', 20, "close('RUT','2018-12-26')"),
    ('seekingalpha_20200402_stocks_bounce_oil_truce', 0, "[pct('SPX','2020-04-02'), session_pct_range('SPX','2020-04-02')]"),
    ('seekingalpha_20200402_stocks_bounce_oil_truce', 1, "[pct('IXIC','2020-04-02'), session_pct_range('IXIC','2020-04-02')]"),
    ('seekingalpha_20200402_stocks_bounce_oil_truce', 2, "[pct('DJI','2020-04-02'), session_pct_range('DJI','2020-04-02')]"),
    ('seekingalpha_20200402_stocks_bounce_oil_truce', 3, 'None'),
    ('seekingalpha_20200402_stocks_bounce_oil_truce', 4, "yld_chg_bp('DGS10','2020-04-02')"),
    ('seekingalpha_20200402_stocks_bounce_oil_truce', 5, "yld('DGS10','2020-04-02')"),
    ('seekingalpha_20200402_stocks_bounce_oil_truce', 6, 'None'),
    ('seekingalpha_20200402_stocks_bounce_oil_truce', 7, 'None'),
    ('moneyandmarkets_20200422_closing_bell_oil_stimulus', 0, "signs(['DJI','SPX','IXIC'],'2020-04-22')"),
    ('moneyandmarkets_20200422_closing_bell_oil_stimulus', 1, 'None'),
    ('moneyandmarkets_20200422_closing_bell_oil_stimulus', 2, "chg('DJI','2020-04-22')"),
    ('moneyandmarkets_20200422_closing_bell_oil_stimulus', 3, "pct('DJI','2020-04-22')"),
    ('moneyandmarkets_20200422_closing_bell_oil_stimulus', 4, "pct('SPX','2020-04-22')"),
    ('moneyandmarkets_20200422_closing_bell_oil_stimulus', 5, "pct_below_max_close('SPX','2020-04-22')"),
    ('moneyandmarkets_20200422_closing_bell_oil_stimulus', 6, "max_close('SPX','2020-04-22')"),
    ('moneyandmarkets_20200422_closing_bell_oil_stimulus', 7, 'None'),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 0, "close('DJI','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 1, "chg('DJI','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 2, "pct('DJI','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 3, "close('SPX','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 4, "chg('SPX','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 5, "pct('SPX','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 6, "close('IXIC','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 7, "chg('IXIC','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 8, "pct('IXIC','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 9, "close('VIX','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 10, "chg('VIX','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 11, "pct('VIX','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 12, "ret('SPX','2020-10-16','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 13, "ret('IXIC','2020-10-16','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 14, "ret('DJI','2020-10-16','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 15, "ret('IXIC','2019-12-31','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 16, "ret('SPX','2019-12-31','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 17, "ret('DJI','2019-12-31','2020-10-23')"),
    ('gurufocus_20201023_us_indexes_close_flat_friday', 18, 'None'),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 0, "close('DJI','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 1, "chg('DJI','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 2, "pct('DJI','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 3, "close('SPX','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 4, "chg('SPX','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 5, "pct('SPX','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 6, "close('IXIC','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 7, "chg('IXIC','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 8, "pct('IXIC','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 9, "close('VIX','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 10, "chg('VIX','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 11, "pct('VIX','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 12, "yld_chg_bp('DGS10','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 13, 'None'),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 14, 'None'),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 15, "close('RUT','2021-03-22')"),
    ('gurufocus_20210322_us_indexes_end_higher_monday', 16, "chg('RUT','2021-03-22')"),
    ('bloomberg_20220510_rut_breaks_below_1800', 0, "[close('RUT','2022-05-06'), close('RUT','2022-05-09')]"),
    ('bloomberg_20220510_rut_breaks_below_1800', 1, "pct('RUT','2022-05-09')"),
    ('bloomberg_20220510_rut_breaks_below_1800', 2, "close('RUT','2022-05-09')"),
    ('bloomberg_20220510_rut_breaks_below_1800', 3, "max_close('RUT','2018-12-31','2018-01-01')"),
    ('bloomberg_20220510_rut_breaks_below_1800', 4, 'None'),
    ('forexlive_20230711_second_day_of_gains', 0, "[up_streak('DJI','2023-07-11'), up_streak('SPX','2023-07-11'), up_streak('IXIC','2023-07-11')]"),
    ('forexlive_20230711_second_day_of_gains', 1, "[daily_leader(['DJI','SPX','IXIC'],'2023-07-10'), daily_leader(['DJI','SPX','IXIC'],'2023-07-11')]"),
    ('forexlive_20230711_second_day_of_gains', 2, "pct('DJI','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 3, "daily_laggard(['DJI','SPX','IXIC'],'2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 4, "signs(['DJI','SPX','IXIC'],'2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 5, "chg('DJI','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 6, "pct('DJI','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 7, "close('DJI','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 8, "chg('SPX','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 9, "pct('SPX','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 10, "close('SPX','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 11, "chg('IXIC','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 12, "pct('IXIC','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 13, "close('IXIC','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 14, "up_streak('RUT','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 15, "chg('RUT','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 16, "pct('RUT','2023-07-11')"),
    ('forexlive_20230711_second_day_of_gains', 17, "close('RUT','2023-07-11')"),
    ('investing_20241126_russell_rally_treasury_pick', 0, "signs(['DJI','SPX','IXIC','RUT'],'2024-11-25')"),
    ('investing_20241126_russell_rally_treasury_pick', 1, "ret('RUT','2024-11-15','2024-11-22')"),
    ('investing_20241126_russell_rally_treasury_pick', 2, "ret('RUT','2024-10-31','2024-11-22')"),
    ('investing_20241126_russell_rally_treasury_pick', 3, "close('RUT','2024-11-22')"),
    ('investing_20241126_russell_rally_treasury_pick', 4, "[rets(['DJI','SPX','IXIC','RUT'],'2024-11-08','2024-11-15'), rets(['DJI','SPX','IXIC','RUT'],'2024-11-15','2024-11-22')]"),
    ('investing_20241126_russell_rally_treasury_pick', 5, "ret('SPX','2024-11-15','2024-11-22')"),
    ('investing_20241126_russell_rally_treasury_pick', 6, "close('SPX','2024-11-22')"),
    ('investing_20241126_russell_rally_treasury_pick', 7, "[high('SPX','2024-11-08'), high('SPX','2024-11-11'), close('SPX','2024-11-11'), high('SPX','2024-11-12'), high('SPX','2024-11-13')]"),
    ('investing_20241126_russell_rally_treasury_pick', 8, "ret('IXIC','2024-11-15','2024-11-22')"),
    ('investing_20241126_russell_rally_treasury_pick', 9, "close('IXIC','2024-11-22')"),
    ('investing_20241126_russell_rally_treasury_pick', 10, "max_close('IXIC','2024-11-22')"),
    ('investing_20241126_russell_rally_treasury_pick', 11, "ret('DJI','2024-11-15','2024-11-22')"),
    ('investing_20241126_russell_rally_treasury_pick', 12, "[close('DJI','2024-11-22'), is_record_close('DJI','2024-11-22')]"),
    ('investing_20241126_russell_rally_treasury_pick', 13, "ret('RUT','2023-12-29','2024-11-22')"),
    ('marketwatch_20241125_small_caps_near_record', 0, "last_record_close('RUT','2024-11-25')"),
    ('marketwatch_20241125_small_caps_near_record', 1, "ret('RUT','2024-10-31','2024-11-25')"),
    ('marketwatch_20241125_small_caps_near_record', 2, "[close('RUT','2024-11-25'), max_close('RUT','2024-11-22'), high('RUT','2024-11-25'), max_high('RUT','2024-11-22')]"),
    ('marketwatch_20241125_small_caps_near_record', 3, "[ret('RUT','2024-10-31','2024-11-25'), monthly_ret('RUT','2024-07')]"),
    ('marketwatch_20241125_small_caps_near_record', 4, "ret('RUT','2024-10-31','2024-11-25')"),
    ('marketwatch_20241125_small_caps_near_record', 5, "[ret('RUT','2024-10-31','2024-11-25'), monthly_ret('RUT','2023-12')]"),
    ('marketwatch_20241125_small_caps_near_record', 6, "ret('SPX','2024-10-31','2024-11-25')"),
    ('marketwatch_20241125_small_caps_near_record', 7, "yld_chg_bp('DGS10','2024-11-25')"),
    ('marketwatch_20241125_small_caps_near_record', 8, "yld('DGS10','2024-11-25')"),
    ('marketwatch_20241125_small_caps_near_record', 9, "last_yld_drop_at_least('DGS10','2024-11-25')"),
    ('yolowire_20250116_rut_nears_correction', 0, "max_drawdown_52w('RUT','2025-01-02','2025-01-14')"),
    ('yolowire_20250116_rut_nears_correction', 1, "[max_high('RUT','2025-01-14','2024-01-15'), max_close('RUT','2025-01-14','2024-01-15'), high('RUT','2024-11-27')]"),
    ('yolowire_20250116_rut_nears_correction', 2, "pct('RUT','2025-01-15')"),
    ('yolowire_20250116_rut_nears_correction', 3, "[sma('RUT','2025-01-13'), sma('RUT','2025-01-15')]"),
    ('yolowire_20250116_rut_nears_correction', 4, "last_close_below_sma('RUT','2025-01-15')"),
    ('yolowire_20250116_rut_nears_correction', 5, "run_above_sma('RUT','2025-01-15')"),
    ('yolowire_20250116_rut_nears_correction', 6, "last_run_above_sma_at_least('RUT','2025-01-15')"),
    ('yolowire_20250116_rut_nears_correction', 7, 'None'),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 0, "ret('SPX','2025-09-12','2025-09-19')"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 1, "ret('IXIC','2025-09-12','2025-09-19')"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 2, "ret('DJI','2025-09-12','2025-09-19')"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 3, 'None'),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 4, "first_close_above('SPX',6600)"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 5, "[fomc_row('2025-09-17'), fed_range('2025-09-17'), fed_range('2025-09-18')]"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 6, "signs(['DJI','SPX','IXIC'],'2025-09-17')"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 7, "signs(['DJI','SPX','IXIC'],'2025-09-18')"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 8, "pct('RUT','2025-09-18')"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 9, "[high('RUT','2025-09-18'), max_high('RUT','2025-09-17'), is_record_high('RUT','2025-09-18')]"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 10, "signs(['DJI','SPX','IXIC'],'2025-09-19')"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 11, "[ret('DJI','2025-08-29','2025-09-05'), ret('DJI','2025-09-05','2025-09-12'), ret('DJI','2025-09-12','2025-09-19')]"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 12, "[rets(['SPX','IXIC'],'2025-08-22','2025-08-29'), rets(['SPX','IXIC'],'2025-08-29','2025-09-05'), rets(['SPX','IXIC'],'2025-09-05','2025-09-12'), rets(['SPX','IXIC'],'2025-09-12','2025-09-19')]"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 13, "fed_range('2025-09-18')"),
    ('mahoneygps_20250922_fed_cut_week_rut_intraday_record', 14, "last_upper_at_or_below('2025-09-18', 4.25)"),
]


def main():
    global DATA
    args = sys.argv[1:]
    DATA = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)')
    keyp = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'key.jsonl')
    key = {}
    with open(keyp) as f:
        for line in f:
            if line.strip():
                k = json.loads(line)
                key[(k['passage_id'], k['claim_index'])] = k
    env = {n: v for n, v in globals().items() if not n.startswith('__')}
    bad = 0
    for pid, i, expr in RECIPES:
        val = eval(expr, env)
        k = key.get((pid, i))
        ok = k is not None and same(json.loads(json.dumps(val)), k['computed_value'])
        if not ok:
            bad += 1
        print('%s %-55s #%-2d %-60s -> %s' % ('OK ' if ok else 'BAD', pid, i, expr[:60], json.dumps(val)))
    missing = set(key) - {(p, i) for p, i, _ in RECIPES}
    bad += len(missing)
    for m in sorted(missing):
        print('BAD key record without recipe:', m)
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(key), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()

