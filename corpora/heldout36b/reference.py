"""Recompute every computed_value of key.jsonl from the CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Prints every recomputed value; exits 1 on any mismatch. Needs pandas.
"""
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


RECIPES = [
    ('stockoptionblog_201302_dow_best_january_since_1994', 0, "pct('DJI','2013-01-31')"),
    ('stockoptionblog_201302_dow_best_january_since_1994', 1, "mtd_pts('DJI','2013-01-31')"),
    ('stockoptionblog_201302_dow_best_january_since_1994', 3, "month_ret('DJI','2013-01')"),
    ('stockoptionblog_201302_dow_best_january_since_1994', 4, "last_january_as_good('DJI',2013)"),
    ('stockoptionblog_201302_dow_best_january_since_1994', 8, "month_ret('SPX','2013-01')"),
    ('stockoptionblog_201302_dow_best_january_since_1994', 9, "last_month_as_good('SPX','2013-01')"),
    ('stockoptionblog_201302_dow_best_january_since_1994', 10, "last_january_as_good('SPX',2013)"),
    ('stockoptionblog_201302_dow_best_january_since_1994', 11, "pct('SPX','2013-01-31')"),
    ('stockoptionblog_201302_dow_best_january_since_1994', 12, "month_ret('RUT','2013-01')"),
    ('stockoptionblog_201302_dow_best_january_since_1994', 13, "record_count('RUT','2013-01-02','2013-01-31')"),
    ('investsmart_20140501_dow_first_record_of_2014', 0, "record_close('DJI','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 1, "pts('DJI','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 2, "pct('DJI','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 3, "close('DJI','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 4, "max_close_before('DJI','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 5, "max_high_before('DJI','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 6, "pts('SPX','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 7, "pct('SPX','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 8, "close('SPX','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 9, "pts('IXIC','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 10, "pct('IXIC','2014-04-30')"),
    ('investsmart_20140501_dow_first_record_of_2014', 11, "close('IXIC','2014-04-30')"),
    ('philly_20150901_worst_month_in_3_years', 0, "month_ret('SPX','2015-08')"),
    ('philly_20150901_worst_month_in_3_years', 1, "last_month_as_bad('SPX','2015-08')"),
    ('philly_20150901_worst_month_in_3_years', 2, "any_correction('SPX','2015-08-01','2015-08-31')"),
    ('philly_20150901_worst_month_in_3_years', 3, "pts('DJI','2015-08-31')"),
    ('philly_20150901_worst_month_in_3_years', 4, "pct('DJI','2015-08-31')"),
    ('philly_20150901_worst_month_in_3_years', 5, "close('DJI','2015-08-31')"),
    ('philly_20150901_worst_month_in_3_years', 6, "pts('SPX','2015-08-31')"),
    ('philly_20150901_worst_month_in_3_years', 7, "pct('SPX','2015-08-31')"),
    ('philly_20150901_worst_month_in_3_years', 8, "close('SPX','2015-08-31')"),
    ('philly_20150901_worst_month_in_3_years', 9, "pts('IXIC','2015-08-31')"),
    ('philly_20150901_worst_month_in_3_years', 10, "pct('IXIC','2015-08-31')"),
    ('philly_20150901_worst_month_in_3_years', 11, "close('IXIC','2015-08-31')"),
    ('blackenterprise_20170125_dow_20000', 0, "first_close_above('DJI',20000)"),
    ('blackenterprise_20170125_dow_20000', 1, "close('DJI','2017-01-25')"),
    ('blackenterprise_20170125_dow_20000', 2, "pct('DJI','2017-01-25')"),
    ('blackenterprise_20170125_dow_20000', 3, "high('DJI','2017-01-25')"),
    ('blackenterprise_20170125_dow_20000', 4, "close('SPX','2017-01-25')"),
    ('blackenterprise_20170125_dow_20000', 5, "pct('SPX','2017-01-25')"),
    ('blackenterprise_20170125_dow_20000', 6, "close('IXIC','2017-01-25')"),
    ('blackenterprise_20170125_dow_20000', 7, "pct('IXIC','2017-01-25')"),
    ('blackenterprise_20170125_dow_20000', 8, "max_close_before('DJI','2017-01-25')"),
    ('blackenterprise_20170125_dow_20000', 9, "year_ret('DJI',2016)"),
    ('blackenterprise_20170125_dow_20000', 10, "year_ret('SPX',2016)"),
    ('blackenterprise_20170125_dow_20000', 11, "year_ret('IXIC',2016)"),
    ('blackenterprise_20170125_dow_20000', 12, "first_close_above('DJI',19000)"),
    ('blackenterprise_20170125_dow_20000', 13, "first_close_above('DJI',10000)"),
    ('rt_20180117_dow_26000', 0, "first_close_above('DJI',26000)"),
    ('rt_20180117_dow_26000', 1, "pts('DJI','2018-01-17')"),
    ('rt_20180117_dow_26000', 2, "pts('DJI','2018-01-17')"),
    ('rt_20180117_dow_26000', 3, "pct('SPX','2018-01-17')"),
    ('rt_20180117_dow_26000', 4, "close('SPX','2018-01-17')"),
    ('rt_20180117_dow_26000', 5, "record_close('SPX','2018-01-17')"),
    ('rt_20180117_dow_26000', 6, "record_close('IXIC','2018-01-17')"),
    ('rt_20180117_dow_26000', 7, "close('IXIC','2018-01-17')"),
    ('rt_20180117_dow_26000', 8, "pct('IXIC','2018-01-17')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 0, "pts('DJI','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 1, "pct('DJI','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 2, "close('DJI','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 3, "mtd('DJI','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 4, "pts('SPX','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 5, "pct('SPX','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 6, "close('SPX','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 7, "pts('IXIC','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 8, "pct('IXIC','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 9, "close('IXIC','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 10, "weekly_streak('DJI','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 11, "week_pct('DJI','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 12, "week_pct('SPX','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 13, "week_pct('IXIC','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 14, "rate('DGS10','2019-08-23')"),
    ('stockhouse_20190823_dow_drops_600_trump_tweets', 15, "rate('DGS10','2019-08-22')"),
    ('fxstreet_20200908_nasdaq_correction', 0, "streak('DJI','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 1, "pct('IXIC','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 2, "correction('IXIC','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 3, "pts('DJI','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 4, "pct('DJI','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 5, "close('DJI','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 6, "pts('SPX','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 7, "pct('SPX','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 8, "close('SPX','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 9, "pts('IXIC','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 10, "pct('IXIC','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 11, "close('IXIC','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 12, "pct_n('IXIC','2020-09-08',3)"),
    ('fxstreet_20200908_nasdaq_correction', 13, "last_n_drop_as_big('IXIC','2020-09-08',3)"),
    ('fxstreet_20200908_nasdaq_correction', 14, "pct_below_record('SPX','2020-09-08')"),
    ('fxstreet_20200908_nasdaq_correction', 15, "max_close_upto('SPX','2020-09-08')[0]"),
    ('newser_20210409_stocks_record_territory', 0, "pts('DJI','2021-04-09')"),
    ('newser_20210409_stocks_record_territory', 1, "record_close('DJI','2021-04-09')"),
    ('newser_20210409_stocks_record_territory', 2, "close('DJI','2021-04-09')"),
    ('newser_20210409_stocks_record_territory', 3, "pts('SPX','2021-04-09')"),
    ('newser_20210409_stocks_record_territory', 4, "record_close('SPX','2021-04-09')"),
    ('newser_20210409_stocks_record_territory', 5, "close('SPX','2021-04-09')"),
    ('newser_20210409_stocks_record_territory', 6, "pts('IXIC','2021-04-09')"),
    ('newser_20210409_stocks_record_territory', 7, "close('IXIC','2021-04-09')"),
    ('newser_20210409_stocks_record_territory', 8, "rate('DGS10','2021-04-09')"),
    ('newser_20210409_stocks_record_territory', 9, "rate('DGS10','2021-04-08')"),
    ('newser_20210409_stocks_record_territory', 10, "rate('DGS10','2021-04-05')"),
    ('marketscreener_20221122_sp500_datatalk', 0, "pts('SPX','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 1, "pct('SPX','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 2, "close('SPX','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 3, "[last_gain_as_big('SPX','2022-11-22','pts'), last_gain_as_big('SPX','2022-11-22','pct')]"),
    ('marketscreener_20221122_sp500_datatalk', 4, "ups_in_last('SPX','2022-11-22',3)"),
    ('marketscreener_20221122_sp500_datatalk', 5, "max_close_upto('SPX','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 6, "pct_below_record('SPX','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 7, "pct_from('SPX','2020-11-03','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 8, "pct_from('SPX','2021-01-20','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 9, "highest_since('SPX','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 10, "min_close_window('SPX','2021-11-23','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 11, "pct_from('SPX','2022-10-12','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 12, "pct_52w_ago('SPX','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 13, "mtd('SPX','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 14, "ytd_pts('SPX','2022-11-22')"),
    ('marketscreener_20221122_sp500_datatalk', 15, "ytd('SPX','2022-11-22')"),
    ('marketscreener_20230314_sp500_datatalk', 0, "pts('SPX','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 1, "pct('SPX','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 2, "close('SPX','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 3, "last_gain_as_big('SPX','2023-03-14','pts')"),
    ('marketscreener_20230314_sp500_datatalk', 4, "last_gain_as_big('SPX','2023-03-14','pct')"),
    ('marketscreener_20230314_sp500_datatalk', 5, "streak_before('SPX','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 6, "pct_below_record('SPX','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 7, "max_close_window('SPX','2022-03-15','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 8, "pct_from('SPX','2022-03-29','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 9, "pct_52w_ago('SPX','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 10, "max_close_window('SPX','2023-01-01','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 11, "pct_from('SPX','2023-02-02','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 12, "min_close_window('SPX','2023-01-01','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 13, "pct_from('SPX','2023-01-05','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 14, "mtd('SPX','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 15, "ytd_pts('SPX','2023-03-14')"),
    ('marketscreener_20230314_sp500_datatalk', 16, "ytd('SPX','2023-03-14')"),
    ('inkl_20240903_september_selloff_chips', 0, "record_close('DJI','2024-08-30')"),
    ('inkl_20240903_september_selloff_chips', 1, "pts('DJI','2024-09-03')"),
    ('inkl_20240903_september_selloff_chips', 2, "pct('DJI','2024-09-03')"),
    ('inkl_20240903_september_selloff_chips', 3, "pts('IXIC','2024-09-03')"),
    ('inkl_20240903_september_selloff_chips', 4, "pct('IXIC','2024-09-03')"),
    ('inkl_20240903_september_selloff_chips', 5, "pts('SPX','2024-09-03')"),
    ('inkl_20240903_september_selloff_chips', 6, "pct('SPX','2024-09-03')"),
    ('inkl_20240903_september_selloff_chips', 7, "fomc_decisions('2024-09-01','2024-09-30')"),
    ('inkl_20240903_september_selloff_chips', 8, "last_rate_at_least('DFEDTAR',5.5,'2008-12-16')"),
    ('indianawaaz_20250916_nasdaq_sp500_records', 0, "[record_close('IXIC','2025-09-15'), record_close('SPX','2025-09-15')]"),
    ('indianawaaz_20250916_nasdaq_sp500_records', 1, "fomc_decisions('2025-09-01','2025-09-30')"),
    ('indianawaaz_20250916_nasdaq_sp500_records', 2, "pct('IXIC','2025-09-15')"),
    ('indianawaaz_20250916_nasdaq_sp500_records', 3, "close('IXIC','2025-09-15')"),
    ('indianawaaz_20250916_nasdaq_sp500_records', 4, "pct('SPX','2025-09-15')"),
    ('indianawaaz_20250916_nasdaq_sp500_records', 5, "close('SPX','2025-09-15')"),
    ('indianawaaz_20250916_nasdaq_sp500_records', 6, "pct('DJI','2025-09-15')"),
    ('indianawaaz_20250916_nasdaq_sp500_records', 7, "close('DJI','2025-09-15')"),
    ('azzet_20251001_dow_record_strong_september', 0, "record_close('DJI','2025-09-30')"),
    ('azzet_20251001_dow_record_strong_september', 1, "month_ret('SPX','2025-09')"),
    ('azzet_20251001_dow_record_strong_september', 2, "pts('DJI','2025-09-30')"),
    ('azzet_20251001_dow_record_strong_september', 3, "pct('DJI','2025-09-30')"),
    ('azzet_20251001_dow_record_strong_september', 4, "close('DJI','2025-09-30')"),
    ('azzet_20251001_dow_record_strong_september', 5, "pts('SPX','2025-09-30')"),
    ('azzet_20251001_dow_record_strong_september', 6, "pct('SPX','2025-09-30')"),
    ('azzet_20251001_dow_record_strong_september', 7, "close('SPX','2025-09-30')"),
    ('azzet_20251001_dow_record_strong_september', 8, "pts('IXIC','2025-09-30')"),
    ('azzet_20251001_dow_record_strong_september', 9, "pct('IXIC','2025-09-30')"),
    ('azzet_20251001_dow_record_strong_september', 10, "close('IXIC','2025-09-30')"),
    ('ttmfinancial_20260126_sp500_datatalk', 0, "pts('SPX','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 1, "pct('SPX','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 2, "close('SPX','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 3, "close_rank('SPX','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 4, "streak('SPX','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 5, "pts_n('SPX','2026-01-26',4)"),
    ('ttmfinancial_20260126_sp500_datatalk', 6, "pct_n('SPX','2026-01-26',4)"),
    ('ttmfinancial_20260126_sp500_datatalk', 7, "last_n_gain_as_big('SPX','2026-01-26',4)"),
    ('ttmfinancial_20260126_sp500_datatalk', 8, "[last_streak_as_long('SPX','2026-01-26'), streak('SPX','2025-12-24')]"),
    ('ttmfinancial_20260126_sp500_datatalk', 9, "max_close_upto('SPX','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 10, "pct_below_record('SPX','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 11, "pct_from('SPX','2024-11-05','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 12, "close('SPX','2025-01-17')"),
    ('ttmfinancial_20260126_sp500_datatalk', 13, "pct_from('SPX','2025-01-17','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 14, "pct_from('SPX','2025-04-02','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 15, "highest_since('SPX','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 16, "min_close_window('SPX','2025-01-27','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 17, "pct_from('SPX','2025-04-08','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 18, "pct_52w_ago('SPX','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 19, "mtd('SPX','2026-01-26')"),
    ('ttmfinancial_20260126_sp500_datatalk', 20, "ytd_pts('SPX','2026-01-26')"),
]


def _same(a, b):
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-4
    return a == b


def main():
    global DATA
    here = os.path.dirname(os.path.abspath(__file__))
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    keyfile = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'key.jsonl')
    key = {}
    for line in open(keyfile):
        if line.strip():
            r = json.loads(line)
            key[(r['passage_id'], r['claim_index'])] = r
    mism = 0
    seen = set()
    for pid, idx, expr in RECIPES:
        v = eval(expr, globals())
        if isinstance(v, float):
            v = round(v, 4)
        k = key.get((pid, idx))
        ok = k is not None and _same(v, k['computed_value'])
        seen.add((pid, idx))
        print('%s %-55s %2d %-70s -> %s' % ('OK ' if ok else 'BAD', pid, idx, expr, v))
        mism += 0 if ok else 1
    for kk, r in key.items():
        if kk not in seen and r['computed_value'] is not None:
            print('BAD %s %d has a computed_value but no recipe' % kk)
            mism += 1
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(key), mism))
    sys.exit(1 if mism else 0)


if __name__ == '__main__':
    main()
