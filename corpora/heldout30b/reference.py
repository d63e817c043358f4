"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Prints one line per key record and a last line "N recipes, N key records, M mismatches"; exits 1 on any mismatch.
"""
import json, os, sys
import pandas as pd

FILES = {'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'RUT': 'RUT', 'NDX': 'NDX', 'VIX': 'VIX'}
_cache = {}
DATA = None


def _px(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date')
    return _cache[t]


def _rate(name):
    if name not in _cache:
        _cache[name] = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')['value'].dropna()
    return _cache[name]


def _r(x, n=4):
    return round(float(x), n)


def close(t, d):
    """close of the last session on or before d"""
    return _r(_px(t)['close'].loc[:d].iloc[-1])


def pct_change(t, a, b):
    """percent change close(a) -> close(b)"""
    s = _px(t)['close']
    return _r((s.loc[:b].iloc[-1] / s.loc[:a].iloc[-1] - 1) * 100)


def day_change(t, d):
    s = _px(t)['close'].loc[:d]
    return _r((s.iloc[-1] / s.iloc[-2] - 1) * 100)


def pct_below(t, level, d):
    """percent by which close(d) lies below a given level (positive = below)"""
    return _r((1 - _px(t)['close'].loc[:d].iloc[-1] / level) * 100)


def max_close_before(t, d):
    """[highest close strictly before d, its date]"""
    s = _px(t)['close'].loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return [_r(s.max()), str(s.idxmax().date())]


def is_record_close(t, d):
    s = _px(t)['close']
    d = pd.Timestamp(d)
    return bool(s.loc[d] > s.loc[:d - pd.Timedelta(days=1)].max())


def record_closes(t, a, b):
    """number of record closes between a and b inclusive"""
    s = _px(t)['close']
    pm = s.loc[:pd.Timestamp(a) - pd.Timedelta(days=1)].max()
    k = 0
    for v in s.loc[a:b]:
        if v > pm:
            k += 1
            pm = v
    return k


def record_flags(t, a, b):
    """list of [date, record close?] for the sessions a..b"""
    s = _px(t)['close']
    return [[str(d.date()), is_record_close(t, d)] for d in s.loc[a:b].index]


def up_days(t, a, b):
    """[sessions a..b, sessions closing above the previous close]"""
    s = _px(t)['close']
    ch = s.diff().loc[a:b]
    return [int(len(ch)), int((ch > 0).sum())]


def sessions_after(t, d, end):
    s = _px(t)['close']
    return int(len(s.loc[pd.Timestamp(d) + pd.Timedelta(days=1):end]))


def last_two_weeks_over(t, pct, before):
    """last Friday-week end before `before` that closed a second straight week up more than pct"""
    w = _px(t)['close'].resample('W-FRI').last().pct_change() * 100
    b = (w > pct) & (w.shift(1) > pct)
    b = b[b].loc[:pd.Timestamp(before) - pd.Timedelta(days=1)]
    return str(b.index[-1].date())


def last_ndays_drop_as_big(t, n, d):
    """[n-session change ending d, last earlier session whose n-session change was at least as negative]"""
    s = _px(t)['close']
    r = (s / s.shift(n) - 1) * 100
    v = r.loc[d]
    prior = r.loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return [_r(v), str(prior[prior <= v].index[-1].date())]


def first_close_below_peak(t, a, b, frac):
    """first session in a..b closing at least frac below the running peak"""
    s = _px(t)['close']
    dd = 1 - s / s.cummax()
    x = dd.loc[a:b]
    return str(x[x >= frac].index[0].date())


def month_return(t, y, m):
    s = _px(t)['close']
    me = s.resample('ME').last()
    i = me.index.get_loc(me.loc[f'{y}-{m:02d}'].index[0])
    return _r((me.iloc[i] / me.iloc[i - 1] - 1) * 100)


def last_positive_month_before(t, m, y):
    """last year before y whose month m closed up"""
    for yy in range(y - 1, 1950, -1):
        if month_return(t, yy, m) > 0:
            return yy


def positive_month_streak(t, y, m):
    s = _px(t)['close'].resample('ME').last().pct_change()
    s = s.loc[:f'{y}-{m:02d}']
    k = 0
    for v in s[::-1]:
        if v > 0:
            k += 1
        else:
            break
    return k


def positive_quarter_streak(t, d):
    q = _px(t)['close'].resample('QE').last().pct_change().loc[:d]
    k = 0
    for v in q[::-1]:
        if v > 0:
            k += 1
        else:
            break
    return k


def last_year_nine_month_gain_over(t, pct, y):
    """last year before y with a Dec-31 -> Sep-30 gain above pct"""
    q = _px(t)['close'].resample('QE').last()
    for yy in range(y - 1, 1950, -1):
        g = (q.loc[f'{yy}-09'].iloc[0] / q.loc[f'{yy - 1}-12'].iloc[0] - 1) * 100
        if g > pct:
            return yy


def january_barometer(t, y0, y1):
    """[years with an up January, of those years with an up full year, percent]"""
    s = _px(t)['close']
    ye = s.resample('YE').last()
    me = s.resample('ME').last()
    n = k = 0
    for y in range(y0, y1 + 1):
        jan = me.loc[f'{y}-01'].iloc[0] / ye.loc[f'{y - 1}'].iloc[0] - 1
        fy = ye.loc[f'{y}'].iloc[0] / ye.loc[f'{y - 1}'].iloc[0] - 1
        if jan > 0:
            n += 1
            k += int(fy > 0)
    return [n, k, _r(k / n * 100)]


def vix_close(d):
    return close('VIX', d)


def vix_min_close(a, b):
    s = _px('VIX')['close'].loc[a:b]
    return [_r(s.min()), str(s.idxmin().date())]


def yield_on(series, d):
    return _r(_rate(series).loc[:d].iloc[-1], 3)


def yield_change(series, a, b):
    s = _rate(series)
    return _r(s.loc[:b].iloc[-1] - s.loc[:a].iloc[-1], 3)


def yield_extreme(series, a, b, kind):
    s = _rate(series).loc[a:b]
    i = s.idxmax() if kind == 'max' else s.idxmin()
    return [_r(s.loc[i], 3), str(i.date())]


def yield_up_weeks(series, d):
    w = _rate(series).resample('W-FRI').last().diff().loc[:d]
    k = 0
    for v in w[::-1]:
        if v > 0:
            k += 1
        else:
            break
    return k


def fed_range(d):
    """[lower, upper] of the target range in effect on d"""
    return [_r(_rate('DFEDTARL').loc[:d].iloc[-1], 2), _r(_rate('DFEDTARU').loc[:d].iloc[-1], 2)]


def fed_change_on(decision_day):
    """[upper before, upper after] around an FOMC decision (DFEDTARU changes the day after)"""
    u = _rate('DFEDTARU')
    d = pd.Timestamp(decision_day)
    return [_r(u.loc[:d].iloc[-1], 2), _r(u.loc[:d + pd.Timedelta(days=1)].iloc[-1], 2)]


def last_fed_cut_before(d):
    """effective date of the last cut of the upper bound before d"""
    u = _rate('DFEDTARU')
    ch = u.diff()
    c = ch[ch < 0].loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return str(c.index[-1].date())


def is_fomc_day(d):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), dtype=str)
    return bool((m['date'] == d).any())


RECIPES = [
    # dredheadz_20171211_week_dec8_table
    ('dredheadz_20171211_week_dec8_table', 0, "close('DJI','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 1, "pct_change('DJI','2017-12-01','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 2, "pct_change('DJI','2016-12-30','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 3, "close('IXIC','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 4, "pct_change('IXIC','2017-12-01','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 5, "pct_change('IXIC','2016-12-30','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 6, "close('SPX','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 7, "pct_change('SPX','2017-12-01','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 8, "pct_change('SPX','2016-12-30','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 9, "close('RUT','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 10, "pct_change('RUT','2017-12-01','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 11, "pct_change('RUT','2016-12-30','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 12, "fed_range('2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 13, "yield_on('DGS10','2017-12-08')"),
    ('dredheadz_20171211_week_dec8_table', 14, "yield_on('DGS10','2016-12-30')"),
    ('dredheadz_20171211_week_dec8_table', 15, "None"),
    # centerpoint_20180116_week_jan12_rut_leads
    ('centerpoint_20180116_week_jan12_rut_leads', 0, "[pct_change(t,'2018-01-05','2018-01-12') for t in ('RUT','DJI','IXIC','SPX')]"),
    ('centerpoint_20180116_week_jan12_rut_leads', 1, "pct_change('SPX','2018-01-05','2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 2, "last_two_weeks_over('SPX',1.0,'2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 3, "close('DJI','2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 4, "pct_change('DJI','2018-01-05','2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 5, "pct_change('DJI','2017-12-29','2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 6, "close('IXIC','2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 7, "pct_change('IXIC','2017-12-29','2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 8, "close('RUT','2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 9, "pct_change('RUT','2018-01-05','2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 10, "pct_change('RUT','2017-12-29','2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 11, "yield_on('DGS10','2018-01-12')"),
    ('centerpoint_20180116_week_jan12_rut_leads', 12, "yield_change('DGS10','2017-12-29','2018-01-12')"),
    # gouldasset_201807_q2_review
    ('gouldasset_201807_q2_review', 0, "pct_change('SPX','2018-03-29','2018-06-29')"),
    ('gouldasset_201807_q2_review', 1, "pct_change('SPX','2017-12-29','2018-06-29')"),
    ('gouldasset_201807_q2_review', 2, "vix_close('2018-04-02')"),
    ('gouldasset_201807_q2_review', 3, "vix_min_close('2018-06-01','2018-06-15')"),
    ('gouldasset_201807_q2_review', 4, "vix_close('2018-06-29')"),
    ('gouldasset_201807_q2_review', 5, "None"),
    ('gouldasset_201807_q2_review', 6, "None"),
    # spdji_201807_market_attributes_july
    ('spdji_201807_market_attributes_july', 0, "month_return('SPX',2018,7)"),
    ('spdji_201807_market_attributes_july', 1, "pct_change('SPX','2017-12-29','2018-07-31')"),
    ('spdji_201807_market_attributes_july', 2, "month_return('DJI',2018,7)"),
    ('spdji_201807_market_attributes_july', 3, "pct_change('DJI','2017-12-29','2018-07-31')"),
    ('spdji_201807_market_attributes_july', 4, "positive_month_streak('SPX',2018,7)"),
    ('spdji_201807_market_attributes_july', 5, "pct_change('SPX','2018-03-29','2018-07-31')"),
    ('spdji_201807_market_attributes_july', 6, "[month_return('SPX',2018,m) for m in (4,5,6,7)]"),
    ('spdji_201807_market_attributes_july', 7, "pct_below('SPX',max_close_before('SPX','2018-08-01')[0],'2018-07-31')"),
    ('spdji_201807_market_attributes_july', 8, "max_close_before('SPX','2018-08-01')"),
    ('spdji_201807_market_attributes_july', 9, "None"),
    # etrade_20191223_winter_warm_up
    ('etrade_20191223_winter_warm_up', 0, "[pct_change(t,'2019-12-13','2019-12-20') for t in ('SPX','IXIC','RUT','DJI')]"),
    ('etrade_20191223_winter_warm_up', 1, "sessions_after('SPX','2019-12-20','2019-12-31')"),
    ('etrade_20191223_winter_warm_up', 2, "close('SPX','2019-12-20')"),
    ('etrade_20191223_winter_warm_up', 3, "pct_change('SPX','2018-12-31','2019-12-20')"),
    ('etrade_20191223_winter_warm_up', 4, "pct_change('SPX','2012-12-31','2013-12-31')"),
    ('etrade_20191223_winter_warm_up', 5, "pct_change('SPX','1996-12-31','1997-12-31')"),
    ('etrade_20191223_winter_warm_up', 6, "[is_record_close(t,'2019-12-19') for t in ('SPX','IXIC','DJI')]"),
    ('etrade_20191223_winter_warm_up', 7, "None"),
    # wsm_202002_january_2020_marketwatch
    ('wsm_202002_january_2020_marketwatch', 0, "month_return('SPX',2020,1)"),
    ('wsm_202002_january_2020_marketwatch', 1, "month_return('DJI',2020,1)"),
    ('wsm_202002_january_2020_marketwatch', 2, "month_return('IXIC',2020,1)"),
    ('wsm_202002_january_2020_marketwatch', 3, "[record_closes(t,'2020-01-01','2020-01-31') for t in ('SPX','DJI','IXIC')]"),
    ('wsm_202002_january_2020_marketwatch', 4, "january_barometer('SPX',1950,2019)"),
    # townhall_20210329_spx_record_week
    ('townhall_20210329_spx_record_week', 0, "close('SPX','2021-03-26')"),
    ('townhall_20210329_spx_record_week', 1, "[is_record_close('SPX','2021-03-26')] + max_close_before('SPX','2021-03-26')"),
    # azzad_202112_week_dec23_records
    ('azzad_202112_week_dec23_records', 0, "[is_record_close('SPX','2021-12-23')] + max_close_before('SPX','2021-12-23')"),
    ('azzad_202112_week_dec23_records', 1, "[pct_change(t,'2021-12-17','2021-12-23') for t in ('IXIC','RUT')]"),
    ('azzad_202112_week_dec23_records', 2, "[day_change(t,'2021-12-20') for t in ('SPX','DJI','IXIC','RUT')]"),
    ('azzad_202112_week_dec23_records', 3, "day_change('RUT','2021-12-20')"),
    ('azzad_202112_week_dec23_records', 4, "last_ndays_drop_as_big('SPX',3,'2021-12-20')"),
    ('azzad_202112_week_dec23_records', 5, "[day_change(t,'2021-12-21') for t in ('RUT','IXIC')]"),
    ('azzad_202112_week_dec23_records', 6, "[day_change(t,'2021-12-21') for t in ('DJI','SPX')]"),
    ('azzad_202112_week_dec23_records', 7, "[day_change(t,'2021-12-23') for t in ('IXIC','RUT')]"),
    ('azzad_202112_week_dec23_records', 8, "[day_change(t,'2021-12-23') for t in ('DJI','SPX')]"),
    # tker_20220619_bear_market
    ('tker_20220619_bear_market', 0, "day_change('SPX','2022-06-13')"),
    ('tker_20220619_bear_market', 1, "close('SPX','2022-06-13')"),
    ('tker_20220619_bear_market', 2, "pct_below('SPX',max_close_before('SPX','2022-06-13')[0],'2022-06-13')"),
    ('tker_20220619_bear_market', 3, "max_close_before('SPX','2022-06-13')"),
    ('tker_20220619_bear_market', 4, "first_close_below_peak('SPX','2022-01-03','2022-06-17',0.2)"),
    ('tker_20220619_bear_market', 5, "close('SPX','2022-06-17')"),
    ('tker_20220619_bear_market', 6, "pct_below('SPX',max_close_before('SPX','2022-06-13')[0],'2022-06-17')"),
    ('tker_20220619_bear_market', 7, "None"),
    ('tker_20220619_bear_market', 8, "None"),
    # marketscreener_20230224_10y_week
    ('marketscreener_20230224_10y_week', 0, "yield_change('DGS10','2023-02-17','2023-02-24')"),
    ('marketscreener_20230224_10y_week', 1, "yield_on('DGS10','2023-02-24')"),
    ('marketscreener_20230224_10y_week', 2, "yield_up_weeks('DGS10','2023-02-24')"),
    ('marketscreener_20230224_10y_week', 3, "yield_change('DGS10','2023-02-23','2023-02-24')"),
    ('marketscreener_20230224_10y_week', 4, "yield_extreme('DGS10','2023-01-01','2023-02-24','max')"),
    ('marketscreener_20230224_10y_week', 5, "yield_extreme('DGS10','2023-01-01','2023-02-24','min')"),
    ('marketscreener_20230224_10y_week', 6, "yield_extreme('DGS10','2022-02-24','2023-02-24','max')"),
    # jbmeridian_202410_q3_review
    ('jbmeridian_202410_q3_review', 0, "[month_return('SPX',2024,9), last_positive_month_before('SPX',9,2024)]"),
    ('jbmeridian_202410_q3_review', 1, "positive_quarter_streak('SPX','2024-09-30')"),
    ('jbmeridian_202410_q3_review', 2, "[pct_change('SPX','2023-12-29','2024-09-30'), last_year_nine_month_gain_over('SPX',20,2024)]"),
    ('jbmeridian_202410_q3_review', 3, "fed_change_on('2024-09-18') + fed_range('2024-09-19') + [is_fomc_day('2024-09-18')]"),
    ('jbmeridian_202410_q3_review', 4, "last_fed_cut_before('2024-09-19')"),
    ('jbmeridian_202410_q3_review', 5, "yield_on('DGS10','2024-09-30')"),
    ('jbmeridian_202410_q3_review', 6, "None"),
    # spdji_202502_market_attributes_january
    ('spdji_202502_market_attributes_january', 0, "month_return('SPX',2025,1)"),
    ('spdji_202502_market_attributes_january', 1, "close('SPX','2025-01-31')"),
    ('spdji_202502_market_attributes_january', 2, "close('SPX','2024-12-31')"),
    ('spdji_202502_market_attributes_january', 3, "month_return('SPX',2024,12)"),
    ('spdji_202502_market_attributes_january', 4, "close('SPX','2024-11-29')"),
    ('spdji_202502_market_attributes_january', 5, "month_return('SPX',2024,11)"),
    ('spdji_202502_market_attributes_january', 6, "pct_change('SPX','2024-10-31','2025-01-31')"),
    ('spdji_202502_market_attributes_january', 7, "pct_change('SPX','2024-01-31','2025-01-31')"),
    ('spdji_202502_market_attributes_january', 8, "pct_change('SPX','2023-12-29','2024-12-31')"),
    ('spdji_202502_market_attributes_january', 9, "pct_change('SPX','2022-12-30','2023-12-29')"),
    ('spdji_202502_market_attributes_january', 10, "pct_change('SPX','2021-12-31','2022-12-30')"),
    ('spdji_202502_market_attributes_january', 11, "pct_change('SPX','2020-02-19','2025-01-31')"),
    ('spdji_202502_market_attributes_january', 12, "pct_change('SPX','2024-12-31','2025-01-02')"),
    ('spdji_202502_market_attributes_january', 13, "pct_change('SPX','2024-12-31','2025-01-15')"),
    ('spdji_202502_market_attributes_january', 14, "[record_closes('SPX','2025-01-01','2025-01-31'), record_closes('SPX','2024-12-01','2024-12-31')]"),
    ('spdji_202502_market_attributes_january', 15, "up_days('SPX','2025-01-01','2025-01-31')"),
    ('spdji_202502_market_attributes_january', 16, "month_return('DJI',2025,1)"),
    # trackingthetrade_202509_fed_cut_week
    ('trackingthetrade_202509_fed_cut_week', 0, "fed_change_on('2025-09-17') + fed_range('2025-09-18') + [is_fomc_day('2025-09-17')]"),
    ('trackingthetrade_202509_fed_cut_week', 1, "record_flags('SPX','2025-09-15','2025-09-19')"),
    ('trackingthetrade_202509_fed_cut_week', 2, "close('SPX','2025-09-19')"),
    ('trackingthetrade_202509_fed_cut_week', 3, "pct_change('SPX','2025-09-12','2025-09-19')"),
    ('trackingthetrade_202509_fed_cut_week', 4, "day_change('SPX','2025-09-19')"),
    ('trackingthetrade_202509_fed_cut_week', 5, "close('DJI','2025-09-19')"),
    ('trackingthetrade_202509_fed_cut_week', 6, "pct_change('DJI','2025-09-12','2025-09-19')"),
    ('trackingthetrade_202509_fed_cut_week', 7, "pct_change('IXIC','2025-09-12','2025-09-19')"),
    ('trackingthetrade_202509_fed_cut_week', 8, "yield_on('DGS10','2025-09-19')"),
    ('trackingthetrade_202509_fed_cut_week', 9, "last_fed_cut_before('2025-09-18')"),
    ('trackingthetrade_202509_fed_cut_week', 10, "None"),
    # hinsdale_20260209_weekly_commentary
    ('hinsdale_20260209_weekly_commentary', 0, "pct_change('SPX','2026-01-30','2026-02-06')"),
    ('hinsdale_20260209_weekly_commentary', 1, "pct_change('DJI','2026-01-30','2026-02-06')"),
    ('hinsdale_20260209_weekly_commentary', 2, "pct_change('IXIC','2026-01-30','2026-02-06')"),
    ('hinsdale_20260209_weekly_commentary', 3, "yield_on('DGS2','2026-02-06')"),
    ('hinsdale_20260209_weekly_commentary', 4, "yield_on('DGS10','2026-02-06')"),
    ('hinsdale_20260209_weekly_commentary', 5, "None"),
    ('hinsdale_20260209_weekly_commentary', 6, "None"),
    # cornerstones_202602_january_barometer
    ('cornerstones_202602_january_barometer', 0, "pct_change('DJI','2025-12-31','2026-01-30')"),
    ('cornerstones_202602_january_barometer', 1, "pct_change('IXIC','2025-12-31','2026-01-30')"),
    ('cornerstones_202602_january_barometer', 2, "pct_change('SPX','2025-12-31','2026-01-30')"),
    ('cornerstones_202602_january_barometer', 3, "pct_change('RUT','2025-12-31','2026-01-30')"),
    ('cornerstones_202602_january_barometer', 4, "None"),
    ('cornerstones_202602_january_barometer', 5, "pct_change('SPX','2025-12-31','2026-01-30')"),
    # mundaneaway_20191202_thanksgiving_week
    ('mundaneaway_20191202_thanksgiving_week', 0, "[is_record_close(t,'2019-11-27') for t in ('DJI','IXIC','SPX')]"),
    ('mundaneaway_20191202_thanksgiving_week', 1, "None"),
    ('mundaneaway_20191202_thanksgiving_week', 2, "None"),
    ('mundaneaway_20191202_thanksgiving_week', 3, "None"),
]


def _same(a, b):
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


def compute_all(data_dir):
    global DATA
    DATA = data_dir
    return {(p, i): eval(e) for p, i, e in RECIPES}


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    here = os.path.dirname(os.path.abspath(__file__))
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'key.jsonl')
    vals = compute_all(data)
    key = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    seen = set()
    for k in key:
        kk = (k['passage_id'], k['claim_index'])
        seen.add(kk)
        v = vals.get(kk, 'MISSING')
        ok = _same(v, k['computed_value'])
        bad += not ok
        print(('ok  ' if ok else 'MISMATCH ') + f"{kk[0]}#{kk[1]}: {v!r}" + ('' if ok else f" (key {k['computed_value']!r})"))
    for kk in vals:
        if kk not in seen:
            bad += 1
            print(f'MISMATCH recipe without key record: {kk}')
    print(f'{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
