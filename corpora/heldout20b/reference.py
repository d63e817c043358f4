"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
       (or set CAPSCOPE_DATA_DIR). Needs pandas. Exits 1 on any mismatch.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'NDX': 'NDX',
         'VIX': 'VIX', 'IWM': 'IWM', 'SPY': 'SPY'}
DATA = None
_cache = {}


def r4(x):
    return round(float(x), 4)


def px(t):
    if t not in _cache:
        d = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv')).set_index('date').sort_index()
        _cache[t] = d
    return _cache[t]


def series(name):
    k = 'S:' + name
    if k not in _cache:
        _cache[k] = pd.read_csv(os.path.join(DATA, name + '.csv')).set_index('date')['value'].sort_index()
    return _cache[k]


def fomc_table():
    if 'FOMC' not in _cache:
        _cache['FOMC'] = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv')).set_index('date').sort_index()
    return _cache['FOMC']


def prev_date(t, d):
    idx = px(t).index
    return idx[idx.get_loc(d) - 1]


def close(t, d):
    return r4(px(t).loc[d, 'close'])


def high(t, d):
    return r4(px(t).loc[d, 'high'])


def low(t, d):
    return r4(px(t).loc[d, 'low'])


def chg(t, d):
    return r4(px(t).loc[d, 'close'] - px(t).loc[prev_date(t, d), 'close'])


def pct(t, d):
    return r4((px(t).loc[d, 'close'] / px(t).loc[prev_date(t, d), 'close'] - 1) * 100)


def hi_move(t, d):
    return r4(px(t).loc[d, 'high'] - px(t).loc[prev_date(t, d), 'close'])


def lo_move(t, d):
    return r4(px(t).loc[d, 'low'] - px(t).loc[prev_date(t, d), 'close'])


def hi_pct(t, d):
    return r4((px(t).loc[d, 'high'] / px(t).loc[prev_date(t, d), 'close'] - 1) * 100)


def lo_pct(t, d):
    return r4((px(t).loc[d, 'low'] / px(t).loc[prev_date(t, d), 'close'] - 1) * 100)


def session_range(t, d):
    return [low(t, d), high(t, d)]


def ret(t, d0, d1, f0='close', f1='close'):
    """percent change from field f0 on d0 to field f1 on d1"""
    return r4((px(t).loc[d1, f1] / px(t).loc[d0, f0] - 1) * 100)


def ytd(t, d):
    p = px(t)
    base = p.loc[:str(int(d[:4]) - 1) + '-12-31', 'close'].iloc[-1]
    return r4((p.loc[d, 'close'] / base - 1) * 100)


def mtd(t, d):
    p = px(t)
    base = p.loc[p.index < d[:7] + '-01', 'close'].iloc[-1]
    return r4((p.loc[d, 'close'] / base - 1) * 100)


def below_max(t, d, start, end=None, f='close'):
    """percent by which the close on d lies below the max of field f over [start, end or d]"""
    p = px(t)
    m = p.loc[start:(end or d), f].max()
    return r4((1 - p.loc[d, 'close'] / m) * 100)


def argmax(t, start, end, f='close'):
    return str(px(t).loc[start:end, f].idxmax())


def is_record(t, d, f='close'):
    p = px(t)
    earlier = p.loc[p.index < d, f]
    return bool(p.loc[d, f] > earlier.max())


def last_le(t, d, v, f='close'):
    p = px(t)
    e = p.loc[p.index < d, f]
    return str(e[e <= v].index[-1])


def _pct_series(t):
    p = px(t)
    return (p['close'] / p['close'].shift(1) - 1) * 100


def last_pct_le(t, d, v):
    s = _pct_series(t)
    s = s[s.index < d]
    return str(s[s <= v].index[-1])


def last_pct_ge(t, d, v):
    s = _pct_series(t)
    s = s[s.index < d]
    return str(s[s >= v].index[-1])


def rank_in_year(t, d, by='pct', worst=True, points=False):
    """rank of the day's move among all sessions of the same year up to d (1 = most extreme)"""
    p = px(t)
    s = (p['close'].diff() if points else _pct_series(t)).loc[d[:4] + '-01-01':d]
    v = s.loc[d]
    return int((s < v).sum() + 1) if worst else int((s > v).sum() + 1)


def run_to(t, d, sign):
    """consecutive sessions ending on d with move of the given sign (-1 down, +1 up)"""
    s = _pct_series(t).loc[:d]
    n = 0
    for v in s.iloc[::-1]:
        if (v < 0 and sign < 0) or (v > 0 and sign > 0):
            n += 1
        else:
            break
    return n


def run_start(t, d, sign):
    s = _pct_series(t).loc[:d]
    n = run_to(t, d, sign)
    return str(s.index[-n])


def run_before(t, d, sign):
    return run_to(t, str(prev_date(t, d)), sign)


def max_run_before(t, d, sign):
    """[longest run of the given sign ending before d in the whole file, date it ended]"""
    s = _pct_series(t)
    s = s[s.index < d]
    best, best_d, n = 0, None, 0
    for dt, v in s.items():
        if (v < 0 and sign < 0) or (v > 0 and sign > 0):
            n += 1
            if n >= best:
                best, best_d = n, str(dt)
        else:
            n = 0
    return [best, best_d]


def beats(t, d, others, more=True):
    v = pct(t, d)
    o = [pct(x, d) for x in others]
    return bool(all(v > x for x in o)) if more else bool(all(v < x for x in o))


def yield_on(name, d):
    return r4(series(name).loc[d])


def fed_upper(d):
    return r4(series('DFEDTARU').loc[d])


def fed_change_after(decision_day):
    """change of the upper bound from the decision day to the next calendar day (effective date)"""
    s = series('DFEDTARU')
    i = s.index.get_loc(decision_day)
    return r4(s.iloc[i + 1] - s.iloc[i])


def is_fomc(d):
    return bool(d in fomc_table().index)


def last_fomc_of_year(y):
    f = fomc_table()
    return str(f.loc[str(y) + '-01-01':str(y) + '-12-31'].index[-1])


def last_target_hike_before(d):
    s = series('DFEDTAR')
    s = s[s.index < d]
    dd = s.diff()
    return str(dd[dd > 0].index[-1])


def first_cut_in_year(y):
    s = series('DFEDTARU')
    dd = s.diff()
    cuts = dd[(dd < 0) & (dd.index >= str(y) + '-01-01') & (dd.index <= str(y) + '-12-31')]
    eff = cuts.index[0]
    f = fomc_table()
    prior = f[f.index < eff].index[-1]
    return str(prior)


def monthly_up_run(t, month):
    """number of consecutive monthly gains (month-end closes) ending with the given YYYY-MM"""
    p = px(t)['close']
    me = p.groupby(p.index.str[:7]).last()
    r = me.pct_change().loc[:month]
    n = 0
    for v in r.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def ratio(a, b):
    return r4(a / b)


# BEGIN RECIPES
RECIPES = [
    ('investorplace_20141015_small_caps_back_in_lead', 0, "pct('DJI','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 1, "pct('RUT','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 2, None),
    ('investorplace_20141015_small_caps_back_in_lead', 3, "yield_on('DGS10','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 4, "yield_on('DGS10','2014-10-14')"),
    ('investorplace_20141015_small_caps_back_in_lead', 5, "chg('DJI','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 6, "close('DJI','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 7, "chg('SPX','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 8, "close('SPX','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 9, "chg('IXIC','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 10, "close('IXIC','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 11, "chg('RUT','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 12, "close('RUT','2014-10-15')"),
    ('investorplace_20141015_small_caps_back_in_lead', 13, None),
    ('investorplace_20141015_small_caps_back_in_lead', 14, None),
    ('usatoday_20141217_fed_patient_dow_288', 0, 'last_fomc_of_year(2014)'),
    ('usatoday_20141217_fed_patient_dow_288', 1, "last_target_hike_before('2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 2, None),
    ('usatoday_20141217_fed_patient_dow_288', 3, "hi_move('DJI','2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 4, "chg('DJI','2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 5, "pct('DJI','2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 6, "close('DJI','2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 7, "chg('SPX','2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 8, "pct('SPX','2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 9, "close('SPX','2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 10, "rank_in_year('DJI','2014-12-17',worst=False,points=True)"),
    ('usatoday_20141217_fed_patient_dow_288', 11, "rank_in_year('SPX','2014-12-17',worst=False,points=True)"),
    ('usatoday_20141217_fed_patient_dow_288', 12, "run_before('DJI','2014-12-17',-1)"),
    ('usatoday_20141217_fed_patient_dow_288', 13, "run_before('SPX','2014-12-17',-1)"),
    ('usatoday_20141217_fed_patient_dow_288', 14, "run_before('IXIC','2014-12-17',-1)"),
    ('usatoday_20141217_fed_patient_dow_288', 15, "chg('IXIC','2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 16, "pct('IXIC','2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 17, "close('IXIC','2014-12-17')"),
    ('usatoday_20141217_fed_patient_dow_288', 18, "below_max('SPX','2014-12-16','1927-12-30')"),
    ('sltrib_20150630_greece_worst_day_of_year', 0, "rank_in_year('SPX','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 1, "pct('VIX','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 2, "chg('SPX','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 3, "pct('SPX','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 4, "close('SPX','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 5, "chg('DJI','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 6, "pct('DJI','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 7, "close('DJI','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 8, "chg('IXIC','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 9, "pct('IXIC','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 10, "close('IXIC','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 11, "ytd('DJI','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 12, "ytd('SPX','2015-06-29')"),
    ('sltrib_20150630_greece_worst_day_of_year', 13, None),
    ('sltrib_20150630_greece_worst_day_of_year', 14, None),
    ('sltrib_20150630_greece_worst_day_of_year', 15, None),
    ('ap_20161205_dow_record_small_caps_outpace', 0, "is_record('DJI','2016-12-05')"),
    ('ap_20161205_dow_record_small_caps_outpace', 1, None),
    ('ap_20161205_dow_record_small_caps_outpace', 2, "chg('DJI','2016-12-05')"),
    ('ap_20161205_dow_record_small_caps_outpace', 3, "pct('DJI','2016-12-05')"),
    ('ap_20161205_dow_record_small_caps_outpace', 4, "close('DJI','2016-12-05')"),
    ('ap_20161205_dow_record_small_caps_outpace', 5, "pct('SPX','2016-12-05')"),
    ('ap_20161205_dow_record_small_caps_outpace', 6, "close('SPX','2016-12-05')"),
    ('ap_20161205_dow_record_small_caps_outpace', 7, "pct('IXIC','2016-12-05')"),
    ('ap_20161205_dow_record_small_caps_outpace', 8, "close('IXIC','2016-12-05')"),
    ('ap_20161205_dow_record_small_caps_outpace', 9, "beats('RUT','2016-12-05',['SPX','DJI','IXIC'])"),
    ('ap_20161205_dow_record_small_caps_outpace', 10, "pct('RUT','2016-12-05')"),
    ('ap_20161205_dow_record_small_caps_outpace', 11, "ytd('RUT','2016-12-05')"),
    ('ap_20161205_dow_record_small_caps_outpace', 12, "ratio(ytd('RUT','2016-12-05'), ytd('SPX','2016-12-05'))"),
    ('ap_20161205_dow_record_small_caps_outpace', 13, None),
    ('ap_20161205_dow_record_small_caps_outpace', 14, None),
    ('ap_20170517_washington_turmoil_afternoon', 0, "chg('DJI','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 1, None),
    ('ap_20170517_washington_turmoil_afternoon', 2, "chg('SPX','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 3, "pct('SPX','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 4, "close('SPX','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 5, "chg('DJI','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 6, "pct('DJI','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 7, "close('DJI','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 8, "chg('IXIC','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 9, "pct('IXIC','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 10, "close('IXIC','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 11, "is_record('IXIC','2017-05-16')"),
    ('ap_20170517_washington_turmoil_afternoon', 12, "beats('RUT','2017-05-17',['SPX','DJI','IXIC'],more=False)"),
    ('ap_20170517_washington_turmoil_afternoon', 13, "chg('RUT','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 14, "pct('RUT','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 15, "close('RUT','2017-05-17')"),
    ('ap_20170517_washington_turmoil_afternoon', 16, None),
    ('liveindex_20190105_dow_surges_jobs_powell', 0, "chg('DJI','2019-01-04')"),
    ('liveindex_20190105_dow_surges_jobs_powell', 1, "chg('DJI','2019-01-04') > -chg('DJI','2019-01-03')"),
    ('liveindex_20190105_dow_surges_jobs_powell', 2, "pct('DJI','2019-01-04')"),
    ('liveindex_20190105_dow_surges_jobs_powell', 3, "close('DJI','2019-01-04')"),
    ('liveindex_20190105_dow_surges_jobs_powell', 4, "pct('SPX','2019-01-04')"),
    ('liveindex_20190105_dow_surges_jobs_powell', 5, "close('SPX','2019-01-04')"),
    ('liveindex_20190105_dow_surges_jobs_powell', 6, "pct('IXIC','2019-01-04')"),
    ('liveindex_20190105_dow_surges_jobs_powell', 7, "close('IXIC','2019-01-04')"),
    ('liveindex_20190105_dow_surges_jobs_powell', 8, None),
    ('liveindex_20190105_dow_surges_jobs_powell', 9, None),
    ('liveindex_20190105_dow_surges_jobs_powell', 10, None),
    ('ap_20200917_fed_near_zero_into_2023', 0, "pct('SPX','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 1, "pct('SPX','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 2, None),
    ('ap_20200917_fed_near_zero_into_2023', 3, "fed_change_after('2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 4, "chg('SPX','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 5, "close('SPX','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 6, "chg('DJI','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 7, "pct('DJI','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 8, "close('DJI','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 9, "hi_move('DJI','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 10, "chg('IXIC','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 11, "pct('IXIC','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 12, "close('IXIC','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 13, "beats('RUT','2020-09-16',['SPX','DJI','IXIC'])"),
    ('ap_20200917_fed_near_zero_into_2023', 14, "chg('RUT','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 15, "pct('RUT','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 16, "close('RUT','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 17, "run_before('SPX','2020-09-16',1)"),
    ('ap_20200917_fed_near_zero_into_2023', 18, "mtd('SPX','2020-09-16')"),
    ('ap_20200917_fed_near_zero_into_2023', 19, "monthly_up_run('SPX','2020-08')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 0, "last_pct_le('DJI','2022-05-05',pct('DJI','2022-05-05'))"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 1, "chg('DJI','2022-05-05')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 2, "pct('DJI','2022-05-05')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 3, "close('DJI','2022-05-05')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 4, "pct('IXIC','2022-05-05')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 5, "close('IXIC','2022-05-05')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 6, "last_le('IXIC','2022-05-05',px('IXIC').loc['2022-05-05','close'])"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 7, "pct('SPX','2022-05-05')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 8, "close('SPX','2022-05-05')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 9, "rank_in_year('SPX','2022-05-05')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 10, None),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 11, "chg('DJI','2022-05-04')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 12, "pct('DJI','2022-05-04')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 13, "pct('IXIC','2022-05-04')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 14, "pct('SPX','2022-05-04')"),
    ('coinspeaker_20220506_dow_nasdaq_worst_since_2020', 15, "last_pct_ge('SPX','2022-05-04',pct('SPX','2022-05-04'))"),
    ('zacks_20220523_mixed_close_bear_zone', 0, "chg('DJI','2022-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 1, "close('DJI','2022-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 2, None),
    ('zacks_20220523_mixed_close_bear_zone', 3, "hi_move('DJI','2022-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 4, "lo_move('DJI','2022-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 5, "below_max('DJI','2022-05-20','2021-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 6, "close('IXIC','2022-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 7, "pct('IXIC','2022-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 8, "last_le('IXIC','2022-05-20',px('IXIC').loc['2022-05-20','close'])"),
    ('zacks_20220523_mixed_close_bear_zone', 9, "str(px('IXIC').loc['2022-01-01':'2022-05-20'][px('IXIC').loc['2022-01-01':'2022-05-20','close'] <= 0.8*px('IXIC').loc[:'2022-05-20','close'].max()].index[0])"),
    ('zacks_20220523_mixed_close_bear_zone', 10, "below_max('IXIC','2022-05-20','2021-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 11, "chg('SPX','2022-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 12, "close('SPX','2022-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 13, "r4((1 - px('SPX').loc['2022-05-20','low']/px('SPX').loc[:'2022-05-20','close'].max())*100)"),
    ('zacks_20220523_mixed_close_bear_zone', 14, "below_max('SPX','2022-05-20','2021-05-20')"),
    ('zacks_20220523_mixed_close_bear_zone', 15, None),
    ('zacks_20220523_mixed_close_bear_zone', 16, None),
    ('zacks_20220523_mixed_close_bear_zone', 17, None),
    ('jubakpicks_20231026_nasdaq_correction_rut', 0, "ytd('IXIC','2023-10-25')"),
    ('jubakpicks_20231026_nasdaq_correction_rut', 1, "r4(-ret('IXIC','2023-07-31','2023-10-26'))"),
    ('jubakpicks_20231026_nasdaq_correction_rut', 2, "below_max('IXIC','2023-10-26','2022-10-27') >= 10"),
    ('jubakpicks_20231026_nasdaq_correction_rut', 3, None),
    ('jubakpicks_20231026_nasdaq_correction_rut', 4, "pct('IXIC','2023-10-26')"),
    ('jubakpicks_20231026_nasdaq_correction_rut', 5, "pct('RUT','2023-10-26')"),
    ('jubakpicks_20231026_nasdaq_correction_rut', 6, "r4(-ret('RUT','2023-07-31','2023-10-26'))"),
    ('jubakpicks_20231026_nasdaq_correction_rut', 7, "below_max('RUT','2023-10-26','2022-10-27') >= 10"),
    ('jubakpicks_20231026_nasdaq_correction_rut', 8, None),
    ('hotscup_20240815_iwm_best_day_since_july', 0, "last_pct_ge('RUT','2024-08-15',pct('RUT','2024-08-15'))"),
    ('hotscup_20240815_iwm_best_day_since_july', 1, "pct('IWM','2024-08-15')"),
    ('hotscup_20240815_iwm_best_day_since_july', 2, "last_pct_ge('IWM','2024-08-15',pct('IWM','2024-08-15'))"),
    ('hotscup_20240815_iwm_best_day_since_july', 3, "pct('IWM','2024-07-16')"),
    ('hotscup_20240815_iwm_best_day_since_july', 4, None),
    ('hotscup_20240815_iwm_best_day_since_july', 5, None),
    ('hotscup_20240815_iwm_best_day_since_july', 6, None),
    ('hotscup_20240815_iwm_best_day_since_july', 7, None),
    ('hotscup_20240815_iwm_best_day_since_july', 8, None),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 0, "beats('RUT','2024-12-17',['SPX','DJI','IXIC'],more=False)"),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 1, "pct('RUT','2024-12-17')"),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 2, "is_record('RUT','2024-11-25','high')"),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 3, "r4(-ret('RUT','2024-11-25','2024-12-17','high','close'))"),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 4, "ret('RUT','2024-11-04','2024-11-25','close','high')"),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 5, "below_max('DJI','2024-12-17','1992-01-02')"),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 6, "run_to('DJI','2024-12-17',-1)"),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 7, "max_run_before('DJI','2024-12-05',-1)"),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 8, "below_max('SPX','2024-12-17','1927-12-30')"),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 9, "is_record('NDX','2024-12-16')"),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 10, None),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 11, None),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 12, None),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 13, 'first_cut_in_year(2024)'),
    ('tradingview_20241218_rut_leads_decline_dow_streak', 14, None),
    ('bloomingbit_20241219_dow_longest_decline', 0, "run_to('DJI','2024-12-18',-1)"),
    ('bloomingbit_20241219_dow_longest_decline', 1, "chg('DJI','2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 2, "pct('DJI','2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 3, "close('DJI','2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 4, "chg('SPX','2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 5, "pct('SPX','2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 6, "close('SPX','2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 7, "chg('IXIC','2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 8, "pct('IXIC','2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 9, "close('IXIC','2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 10, "pct('RUT','2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 11, "run_start('DJI','2024-12-18',-1)"),
    ('bloomingbit_20241219_dow_longest_decline', 12, None),
    ('bloomingbit_20241219_dow_longest_decline', 13, "fed_change_after('2024-12-18')"),
    ('bloomingbit_20241219_dow_longest_decline', 14, None),
    ('bloomingbit_20241219_dow_longest_decline', 15, None),
    ('bloomingbit_20241219_dow_longest_decline', 16, "pct('VIX','2024-12-18')"),
    ('oninvest_20250513_small_caps_tariff_truce', 0, None),
    ('oninvest_20250513_small_caps_tariff_truce', 1, "pct('RUT','2025-05-12') > pct('SPX','2025-05-12')"),
    ('oninvest_20250513_small_caps_tariff_truce', 2, "pct('RUT','2025-05-12')"),
    ('oninvest_20250513_small_caps_tariff_truce', 3, None),
    ('oninvest_20250513_small_caps_tariff_truce', 4, "pct('SPX','2025-05-12')"),
    ('oninvest_20250513_small_caps_tariff_truce', 5, "pct('SPX','2025-04-03')"),
    ('oninvest_20250513_small_caps_tariff_truce', 6, "pct('RUT','2025-04-03')"),
    ('oninvest_20250513_small_caps_tariff_truce', 7, None),
    ('oninvest_20250513_small_caps_tariff_truce', 8, "ret('RUT','2025-04-02','2025-05-12')"),
    ('oninvest_20250513_small_caps_tariff_truce', 9, "ret('SPX','2025-04-02','2025-05-12')"),
    ('myfxbook_20250814_rut_catches_up', 0, "close('RUT','2025-08-13')"),
    ('myfxbook_20250814_rut_catches_up', 1, "ret('RUT','2025-08-01','2025-08-13')"),
    ('myfxbook_20250814_rut_catches_up', 2, "ret('SPX','2025-08-01','2025-08-13')"),
    ('myfxbook_20250814_rut_catches_up', 3, "ret('NDX','2025-08-01','2025-08-13')"),
    ('myfxbook_20250814_rut_catches_up', 4, "ret('RUT','2025-08-11','2025-08-13')"),
    ('myfxbook_20250814_rut_catches_up', 5, "close('RUT','2025-08-13') >= px('RUT').loc['2025-01-01':'2025-02-28','close'].max()"),
    ('myfxbook_20250814_rut_catches_up', 6, "close('RUT','2025-08-13')"),
    ('myfxbook_20250814_rut_catches_up', 7, "[argmax('RUT','2021-01-01','2022-12-31'), argmax('RUT','2024-01-01','2024-12-31')]"),
    ('investinglive_20251210_fed_cut_records', 0, "fed_change_after('2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 1, "is_record('DJI','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 2, "below_max('SPX','2025-12-10','1927-12-30')"),
    ('investinglive_20251210_fed_cut_records', 3, "chg('DJI','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 4, "pct('DJI','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 5, "close('DJI','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 6, "close('DJI', argmax('DJI','1992-01-02','2025-12-09'))"),
    ('investinglive_20251210_fed_cut_records', 7, "chg('SPX','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 8, "pct('SPX','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 9, "close('SPX','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 10, "argmax('SPX','1927-12-30','2025-12-09')"),
    ('investinglive_20251210_fed_cut_records', 11, "chg('IXIC','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 12, "pct('IXIC','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 13, "close('IXIC','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 14, "close('IXIC', argmax('IXIC','1971-02-05','2025-12-09'))"),
    ('investinglive_20251210_fed_cut_records', 15, "chg('RUT','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 16, "pct('RUT','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 17, "close('RUT','2025-12-10')"),
    ('investinglive_20251210_fed_cut_records', 18, "is_record('RUT','2025-12-10')"),
    ('ginlix_20260122_rut_fresh_record', 0, "close('RUT','2026-01-21')"),
    ('ginlix_20260122_rut_fresh_record', 1, "pct('RUT','2026-01-21')"),
    ('ginlix_20260122_rut_fresh_record', 2, "beats('RUT','2026-01-21',['SPX','DJI','IXIC'])"),
    ('ginlix_20260122_rut_fresh_record', 3, "pct('DJI','2026-01-21')"),
    ('ginlix_20260122_rut_fresh_record', 4, "pct('SPX','2026-01-21')"),
    ('ginlix_20260122_rut_fresh_record', 5, "pct('IXIC','2026-01-21')"),
    ('ginlix_20260122_rut_fresh_record', 6, "is_record('RUT','2026-01-21')"),
    ('ginlix_20260122_rut_fresh_record', 7, None),
    ('ginlix_20260122_rut_fresh_record', 8, "ytd('RUT','2026-01-20')"),
    ('ginlix_20260122_rut_fresh_record', 9, None),
    ('ginlix_20260122_rut_fresh_record', 10, None),
]
# END RECIPES


def evaluate(expr):
    if expr is None:
        return None
    return eval(expr)


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) <= 1e-4
        except (TypeError, ValueError):
            return False
    return a == b


def main(argv):
    global DATA
    DATA = argv[1] if len(argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        print('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
        return 2
    key_path = argv[2] if len(argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = {}
    with open(key_path) as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                key[(r['passage_id'], r['claim_index'])] = r
    bad = 0
    for pid, idx, expr in RECIPES:
        v = evaluate(expr)
        k = key.get((pid, idx))
        ok = k is not None and same(v, k['computed_value'])
        if not ok:
            bad += 1
        print(f"{'ok ' if ok else 'MISMATCH'} {pid} #{idx}: {v!r}" + ('' if ok else f" (key: {None if k is None else k['computed_value']!r})"))
    missing = set(key) - {(p, i) for p, i, _ in RECIPES}
    bad += len(missing)
    for m in sorted(missing):
        print('MISMATCH no recipe for', m)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
