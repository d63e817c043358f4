"""reference.py for corpora/heldout18a: recomputes every computed_value in key.jsonl from the CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or env CAPSCOPE_DATA_DIR). Needs pandas.
Each key record with a computed value is one line of RECIPES (an expression over the helpers below).
"""
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


RECIPES = {
    ('baltimoresun_19980808_small_stocks_lead_rally', 0): "pct('RUT','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 1): "chg('DJI','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 2): "is_up('RUT','1998-08-06')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 3): "chg('RUT','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 4): "pct('RUT','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 5): "close('RUT','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 9): "chg('DJI','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 10): "close('DJI','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 11): "chg('SPX','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 12): "close('SPX','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 13): "chg('IXIC','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 14): "close('IXIC','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 15): "pct_between('RUT','1998-08-04','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 16): "pct_between('SPX','1998-08-04','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 17): "pct_between('DJI','1998-08-04','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 18): "pct_between('IXIC','1998-08-04','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 19): "wtd('DJI','1998-08-07')",
    ('baltimoresun_19980808_small_stocks_lead_rally', 20): "chg('DJI','1998-08-04')",
    ('ap_20010322_dow_joins_bear_market', 0): "chg('DJI','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 1): "count_drops_le('DJI','2001-03-22',9,100)",
    ('ap_20010322_dow_joins_bear_market', 2): "close('DJI','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 3): "record_close_before('DJI','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 4): "record_close_date_before('DJI','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 5): 'pct_below(9379,11722.98)',
    ('ap_20010322_dow_joins_bear_market', 6): "chg('DJI','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 7): "close('DJI','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 8): "_r(low('DJI','2001-03-22')-prev_close('DJI','2001-03-22'))",
    ('ap_20010322_dow_joins_bear_market', 9): 'pct_below(1818.35,5048.62)',
    ('ap_20010322_dow_joins_bear_market', 10): "record_close_before('IXIC','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 11): "record_close_date_before('IXIC','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 12): "chg('IXIC','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 13): "chg('SPX','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 14): 'pct_below(1092.08,1527.46)',
    ('ap_20010322_dow_joins_bear_market', 15): "record_close_before('SPX','2001-03-22')",
    ('ap_20010322_dow_joins_bear_market', 16): "first_bear_close('SPX','2000-03-24','2001-03-22')",
    ('crains_20011029_markets_fall_midday', 0): "chg('DJI','2001-10-29')",
    ('crains_20011029_markets_fall_midday', 1): "pct('DJI','2001-10-29')",
    ('crains_20011029_markets_fall_midday', 2): "close('DJI','2001-10-29')",
    ('crains_20011029_markets_fall_midday', 3): "chg('IXIC','2001-10-29')",
    ('crains_20011029_markets_fall_midday', 4): "pct('IXIC','2001-10-29')",
    ('crains_20011029_markets_fall_midday', 5): "close('IXIC','2001-10-29')",
    ('crains_20011029_markets_fall_midday', 6): "not never_above_prev_close('SPX','2001-10-29')",
    ('crains_20011029_markets_fall_midday', 7): "pct('SPX','2001-10-29')",
    ('crains_20011029_markets_fall_midday', 8): "close('SPX','2001-10-29')",
    ('cnnmoney_20030604_dow_reclaims_9000', 0): "close('DJI','2003-06-04') > 9000",
    ('cnnmoney_20030604_dow_reclaims_9000', 1): "months_since_close_ge('DJI','2003-06-04',9000)",
    ('cnnmoney_20030604_dow_reclaims_9000', 2): "months_since_close_ge('DJI','2003-06-04',9000)",
    ('cnnmoney_20030604_dow_reclaims_9000', 3): "months_since_close_ge('SPX','2003-06-04')",
    ('cnnmoney_20030604_dow_reclaims_9000', 4): "months_since_close_ge('IXIC','2003-06-04')",
    ('cnnmoney_20030604_dow_reclaims_9000', 5): "ytd('DJI','2003-06-04')",
    ('cnnmoney_20030604_dow_reclaims_9000', 6): "ytd('SPX','2003-06-04')",
    ('cnnmoney_20030604_dow_reclaims_9000', 7): "ytd('IXIC','2003-06-04')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 0): "pct_between('IXIC','2002-10-09','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 1): "pct_between('DJI','2002-10-09','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 2): "pct_between('SPX','2002-10-09','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 3): "chg('IXIC','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 4): "pct('IXIC','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 5): "close('IXIC','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 6): "last_close_ge('IXIC','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 7): "close('IXIC','2002-03-11')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 8): "months_since_close_ge('IXIC','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 9): "close('IXIC','2002-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 10): "years_since_close_le('IXIC','2002-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 11): "chg('DJI','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 12): "pct('DJI','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 13): "close('DJI','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 14): "last_close_ge('DJI','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 15): "close('DJI','2002-06-18')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 16): "close('DJI','2002-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 17): "years_since_close_le('DJI','2002-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 18): "chg('RUT','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 19): "pct('RUT','2003-10-09')",
    ('ap_20031010_stocks_rise_on_jobless_claims', 20): "close('RUT','2003-10-09')",
    ('irishexaminer_20031229_nasdaq_past_2000', 0): "chg('DJI','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 1): "chg('IXIC','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 2): "pct('IXIC','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 3): "close('IXIC','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 4): "years_since_close_ge('IXIC','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 5): "wtd('IXIC','2003-12-26')",
    ('irishexaminer_20031229_nasdaq_past_2000', 6): "intraday_ge('IXIC','2003-12-03',2000) and close('IXIC','2003-12-03') < 2000",
    ('irishexaminer_20031229_nasdaq_past_2000', 7): "last_close_ge('IXIC','2003-12-29',2000)",
    ('irishexaminer_20031229_nasdaq_past_2000', 8): "close('IXIC','2002-01-15')",
    ('irishexaminer_20031229_nasdaq_past_2000', 9): "chg('DJI','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 10): "pct('DJI','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 11): "close('DJI','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 12): "wtd('DJI','2003-12-26')",
    ('irishexaminer_20031229_nasdaq_past_2000', 13): "last_close_ge('DJI','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 14): "close('DJI','2002-03-21')",
    ('irishexaminer_20031229_nasdaq_past_2000', 15): "months_since_close_ge('DJI','2003-12-11',10000)",
    ('irishexaminer_20031229_nasdaq_past_2000', 16): "chg('SPX','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 17): "pct('SPX','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 18): "close('SPX','2003-12-29')",
    ('irishexaminer_20031229_nasdaq_past_2000', 19): "wtd('SPX','2003-12-26')",
    ('cnnmoney_20031230_post_santa_rally', 0): "months_since_close_ge('DJI','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 2): "chg('IXIC','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 3): "close('IXIC','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 4): "pct('IXIC','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 5): "last_close_ge('IXIC','2003-12-29',2000)",
    ('cnnmoney_20031230_post_santa_rally', 6): "close('IXIC','2002-01-15')",
    ('cnnmoney_20031230_post_santa_rally', 7): "chg('DJI','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 8): "close('DJI','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 9): "chg('SPX','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 10): "close('SPX','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 11): "pct('DJI','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 12): "pct('SPX','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 13): "not has_session('DJI','2004-01-01')",
    ('cnnmoney_20031230_post_santa_rally', 14): "intraday_ge('IXIC','2003-12-03',2000) and close('IXIC','2003-12-03') < 2000",
    ('cnnmoney_20031230_post_santa_rally', 15): "last_close_ge('DJI','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 16): "last_close_ge('SPX','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 17): "ytd('DJI','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 18): "ytd('IXIC','2003-12-29')",
    ('cnnmoney_20031230_post_santa_rally', 19): "ytd('SPX','2003-12-29')",
    ('ap_20050630_investors_await_fed', 0): "chg('DJI','2005-06-29')",
    ('ap_20050630_investors_await_fed', 1): "pct('DJI','2005-06-29')",
    ('ap_20050630_investors_await_fed', 2): "close('DJI','2005-06-29')",
    ('ap_20050630_investors_await_fed', 3): "chg('DJI','2005-06-28')",
    ('ap_20050630_investors_await_fed', 4): "chg('SPX','2005-06-29')",
    ('ap_20050630_investors_await_fed', 5): "pct('SPX','2005-06-29')",
    ('ap_20050630_investors_await_fed', 6): "close('SPX','2005-06-29')",
    ('ap_20050630_investors_await_fed', 7): "chg('IXIC','2005-06-29')",
    ('ap_20050630_investors_await_fed', 8): "pct('IXIC','2005-06-29')",
    ('ap_20050630_investors_await_fed', 9): "close('IXIC','2005-06-29')",
    ('ap_20050630_investors_await_fed', 10): "rate('US10Y','2005-06-29')",
    ('ap_20050630_investors_await_fed', 11): "rate('US10Y','2005-06-28')",
    ('ap_20050630_investors_await_fed', 12): "fed_hikes_between('2004-06-01','2005-06-30')",
    ('ap_20050920_market_drops_ahead_of_fed', 0): "fomc_day('2005-09-20')",
    ('ap_20050920_market_drops_ahead_of_fed', 3): "chg('DJI','2005-09-19')",
    ('ap_20050920_market_drops_ahead_of_fed', 4): "pct('DJI','2005-09-19')",
    ('ap_20050920_market_drops_ahead_of_fed', 5): "close('DJI','2005-09-19')",
    ('ap_20050920_market_drops_ahead_of_fed', 6): "chg('SPX','2005-09-19')",
    ('ap_20050920_market_drops_ahead_of_fed', 7): "pct('SPX','2005-09-19')",
    ('ap_20050920_market_drops_ahead_of_fed', 8): "close('SPX','2005-09-19')",
    ('ap_20050920_market_drops_ahead_of_fed', 9): "chg('IXIC','2005-09-19')",
    ('ap_20050920_market_drops_ahead_of_fed', 10): "pct('IXIC','2005-09-19')",
    ('ap_20050920_market_drops_ahead_of_fed', 11): "close('IXIC','2005-09-19')",
    ('ap_20050920_market_drops_ahead_of_fed', 12): "rate('US10Y','2005-09-19')",
    ('ap_20050920_market_drops_ahead_of_fed', 13): "rate('US10Y','2005-09-16')",
    ('answers_20090102_dow_above_9000', 0): "close('DJI','2009-01-02')",
    ('answers_20090102_dow_above_9000', 1): "last_close_ge('DJI','2009-01-02',9000)",
    ('businessinsider_20100903_third_big_win', 0): "is_up('SPX','2010-09-01') and is_up('SPX','2010-09-02') and is_up('SPX','2010-09-03')",
    ('businessinsider_20100903_third_big_win', 1): "pct_from_intraday_low('DJI','2010-08-31','2010-09-03')",
    ('businessinsider_20100903_third_big_win', 2): "chg('DJI','2010-09-03')",
    ('businessinsider_20100903_third_big_win', 3): "chg('SPX','2010-09-03')",
    ('businessinsider_20100903_third_big_win', 4): "chg('IXIC','2010-09-03')",
    ('worldpeoplenews_20110923_recession_fears_selloff', 0): "_r(low('DJI','2011-09-22')-prev_close('DJI','2011-09-22'),2)",
    ('worldpeoplenews_20110923_recession_fears_selloff', 1): "chg('DJI','2011-09-21') < -200",
    ('worldpeoplenews_20110923_recession_fears_selloff', 2): "chg('DJI','2011-09-22')",
    ('worldpeoplenews_20110923_recession_fears_selloff', 3): "pct('DJI','2011-09-22')",
    ('worldpeoplenews_20110923_recession_fears_selloff', 4): "close('DJI','2011-09-22')",
    ('worldpeoplenews_20110923_recession_fears_selloff', 5): "chg('SPX','2011-09-22')",
    ('worldpeoplenews_20110923_recession_fears_selloff', 6): "pct('SPX','2011-09-22')",
    ('worldpeoplenews_20110923_recession_fears_selloff', 7): "close('SPX','2011-09-22')",
    ('worldpeoplenews_20110923_recession_fears_selloff', 8): "chg('IXIC','2011-09-22')",
    ('worldpeoplenews_20110923_recession_fears_selloff', 9): "pct('IXIC','2011-09-22')",
    ('worldpeoplenews_20110923_recession_fears_selloff', 10): "close('IXIC','2011-09-22')",
    ('worldpeoplenews_20110923_recession_fears_selloff', 12): "fomc_day('2011-09-21')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 0): "chg('DJI','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 1): "pct('DJI','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 2): "close('DJI','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 3): "last_close_ge('DJI','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 4): "years_since_close_ge('DJI','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 5): "chg('SPX','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 6): "pct('SPX','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 7): "close('SPX','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 8): "weekly_up_streak('SPX','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 9): "chg('IXIC','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 10): "pct('IXIC','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 11): "close('IXIC','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 12): "last_close_ge('IXIC','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 13): "pct_above_min_close('DJI','2012-02-03','2011-10-01','2011-10-31')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 14): "pct_above_min_close('SPX','2012-02-03','2011-10-01','2011-10-31')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 15): "pct_above_min_close('IXIC','2012-02-03','2011-10-01','2011-10-31')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 16): "ytd('SPX','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 17): "ytd('IXIC','2012-02-03')",
    ('americanbanker_20120203_jobs_rally_nasdaq_11yr_high', 18): "2012 - ytd_rank_since('SPX','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 0): "chg('DJI','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 1): "pct('DJI','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 2): "close('DJI','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 3): "last_close_ge('DJI','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 4): "chg('IXIC','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 5): "pct('IXIC','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 6): "close('IXIC','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 7): "last_close_ge('IXIC','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 8): "chg('SPX','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 9): "pct('SPX','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 10): "close('SPX','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 11): "ytd_rank_since('SPX','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 12): "rate('US10Y','2012-02-03')",
    ('afp_20120203_stocks_cheer_jobs_data', 13): "rate('US10Y','2012-02-02')",
    ('marketwire_20120801_russell_qe_performance', 0): "fomc_day('2010-11-03')",
    ('marketwire_20120801_russell_qe_performance', 1): "fomc_day('2008-11-25')",
    ('marketwire_20120801_russell_qe_performance', 4): "pct_between('RUT','2008-11-25','2008-12-25')",
    ('marketwire_20120801_russell_qe_performance', 5): "pct_between('RUT','2008-11-25','2009-02-25')",
    ('ap_20130511_small_stocks_week_beats_dow', 0): "first_close_ge('DJI',15000)",
    ('ap_20130511_small_stocks_week_beats_dow', 1): "all_closes_gt('DJI','2013-05-08','2013-05-10',15000)",
    ('ap_20130511_small_stocks_week_beats_dow', 2): "wtd('RUT','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 3): "_r(wtd('RUT','2013-05-10')/wtd('DJI','2013-05-10'),4)",
    ('ap_20130511_small_stocks_week_beats_dow', 5): "chg('DJI','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 6): "close('DJI','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 7): "pct('DJI','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 8): "pct('RUT','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 9): "chg('RUT','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 10): "close('RUT','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 11): "is_record_close('RUT','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 12): "is_record_close('DJI','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 13): "is_record_close('SPX','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 14): "weekly_up_streak('DJI','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 15): "weekly_up_streak('RUT','2013-05-10')",
    ('ap_20130511_small_stocks_week_beats_dow', 16): "weekly_up_streak('SPX','2013-05-10')",
}

def _same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6
    return a == b


def main():
    global DATA
    here = os.path.dirname(os.path.abspath(__file__))
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)')
    keyf = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'key.jsonl')
    keys = [json.loads(l) for l in open(keyf) if l.strip()]
    bykey = {(k['passage_id'], k['claim_index']): k for k in keys}
    ns = {k: v for k, v in globals().items() if not k.startswith('__')}
    bad = 0
    for (pid, i), expr in RECIPES.items():
        v = eval(expr, dict(ns))
        if isinstance(v, float):
            v = round(v, 4)
        k = bykey.get((pid, i))
        ok = k is not None and _same(v, k['computed_value'])
        if not ok:
            bad += 1
        print('%s %-55s #%-2d %-70s -> %r' % ('OK ' if ok else 'BAD', pid, i, expr, v))
    # records without a recipe must have computed_value null
    for k in keys:
        if (k['passage_id'], k['claim_index']) not in RECIPES and k['computed_value'] is not None:
            bad += 1
            print('BAD no recipe but computed_value set:', k['passage_id'], k['claim_index'])
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
