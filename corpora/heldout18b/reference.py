"""Recompute every computed_value of key.jsonl from the CSV files of the market data.

Usage: python reference.py [DATA_DIR] [KEY_JSONL]
DATA_DIR defaults to env CAPSCOPE_DATA_DIR. Exits 1 on any mismatch.
Independent of the capscope package: pandas only.
"""
import json, os, sys
import pandas as pd

FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'NDX': 'NDX', 'VIX': 'VIX',
         'IWM': 'IWM', 'SPY': 'SPY', 'QQQ': 'QQQ'}
DATA = None
_cache = {}


def _px(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date')
    return _cache[t]


def _rate(name):
    if name not in _cache:
        s = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')['value']
        _cache[name] = s.dropna()
    return _cache[name]


def _ts(d):
    return pd.Timestamp(d)


def r2(x):
    return round(float(x), 2)


def close(t, d):
    return r2(_px(t).close[_ts(d)])


def high(t, d):
    return r2(_px(t).high[_ts(d)])


def low(t, d):
    return r2(_px(t).low[_ts(d)])


def _prev_close(t, d):
    c = _px(t).close
    return c[c.index < _ts(d)].iloc[-1]


def chg(t, d):
    """daily point change, close vs previous close"""
    return r2(_px(t).close[_ts(d)] - _prev_close(t, d))


def pct(t, d):
    """daily % change, close vs previous close"""
    return r2((_px(t).close[_ts(d)] / _prev_close(t, d) - 1) * 100)


def _last_close_on_or_before(t, d):
    c = _px(t).close
    return c[c.index <= _ts(d)].iloc[-1]


def pct_between(t, d0, d1):
    """% change from the close of d0 (or last close on/before d0) to the close of d1"""
    return r2((_px(t).close[_ts(d1)] / _last_close_on_or_before(t, d0) - 1) * 100)


def pts_between(t, d0, d1):
    return r2(_px(t).close[_ts(d1)] - _last_close_on_or_before(t, d0))


def _prev_year_end(d):
    return _ts(d).replace(month=1, day=1) - pd.Timedelta(days=1)


def ytd_pct(t, d):
    return pct_between(t, _prev_year_end(d), d)


def ytd_pts(t, d):
    return pts_between(t, _prev_year_end(d), d)


def _prev_week_end(d):
    d = _ts(d)
    return d - pd.Timedelta(days=d.weekday() + 1)


def wtd_pct(t, d):
    return pct_between(t, _prev_week_end(d), d)


def wtd_pts(t, d):
    return pts_between(t, _prev_week_end(d), d)


def mtd_pct(t, d):
    d = _ts(d)
    return pct_between(t, d.replace(day=1) - pd.Timedelta(days=1), d)


def year_pct(t, y):
    return pct_between(t, '%d-12-31' % (y - 1), _px(t).close['%d' % y].index[-1])


def record_close_before(t, d):
    """[date, value] of the highest close strictly before d"""
    c = _px(t).close
    c = c[c.index < _ts(d)]
    return [str(c.idxmax().date()), r2(c.max())]


def is_record_close(t, d):
    c = _px(t).close
    return bool(c[_ts(d)] > c[c.index < _ts(d)].max())


def pct_below_record_close(t, d):
    """positive % below the highest close up to and including d"""
    c = _px(t).close
    c = c[c.index <= _ts(d)]
    return r2((1 - c.iloc[-1] / c.max()) * 100)


def pct_vs_close_of(t, d0, d1):
    """% of close d1 relative to close d0 (signed)"""
    return pct_between(t, d0, d1)


def last_close_at_least(t, d, value=None):
    """last session before d whose close is >= value (default: close of d)"""
    c = _px(t).close
    v = c[_ts(d)] if value is None else value
    prior = c[(c.index < _ts(d)) & (c >= v)]
    return str(prior.index[-1].date()) if len(prior) else None


def last_close_at_most(t, d, value=None):
    c = _px(t).close
    v = c[_ts(d)] if value is None else value
    prior = c[(c.index < _ts(d)) & (c <= v)]
    return str(prior.index[-1].date()) if len(prior) else None


def last_drop_as_big(t, d):
    """last session before d with a % drop at least as large as d's"""
    p = _px(t).close.pct_change()
    v = p[_ts(d)]
    prior = p[(p.index < _ts(d)) & (p <= v)]
    return str(prior.index[-1].date()) if len(prior) else None


def last_gain_as_big(t, d):
    p = _px(t).close.pct_change()
    v = p[_ts(d)]
    prior = p[(p.index < _ts(d)) & (p >= v)]
    return str(prior.index[-1].date()) if len(prior) else None


def last_point_drop_as_big(t, d):
    c = _px(t).close.diff()
    v = c[_ts(d)]
    prior = c[(c.index < _ts(d)) & (c <= v)]
    return str(prior.index[-1].date()) if len(prior) else None


def year_rank_of_move(t, d, k=2):
    """the k largest |%| daily moves of d's year up to d: [[date, pct], ...]"""
    p = _px(t).close.pct_change() * 100
    y = p[(p.index.year == _ts(d).year) & (p.index <= _ts(d))]
    top = y.abs().sort_values(ascending=False).index[:k]
    return [[str(i.date()), r2(p[i])] for i in top]


def worst_pct_in_year_until(t, d):
    """[date, pct] of the worst daily % move of d's year up to d"""
    p = _px(t).close.pct_change() * 100
    y = p[(p.index.year == _ts(d).year) & (p.index <= _ts(d))]
    return [str(y.idxmin().date()), r2(y.min())]


def two_day_pct(t, d):
    c = _px(t).close
    i = c.index.get_loc(_ts(d))
    return r2((c.iloc[i] / c.iloc[i - 2] - 1) * 100)


def last_two_day_drop_as_big(t, d):
    c = _px(t).close
    p2 = c / c.shift(2) - 1
    v = p2[_ts(d)]
    prior = p2[(p2.index < _ts(d) - pd.Timedelta(days=1)) & (p2 <= v)]
    return str(prior.index[-1].date()) if len(prior) else None


def down_streak(t, d):
    p = _px(t).close.diff()
    p = p[p.index <= _ts(d)]
    n = 0
    for v in p.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def weekly_up_streak(t, d):
    """consecutive weekly gains (last close of each calendar week) ending with d's week"""
    c = _px(t).close
    c = c[c.index <= _ts(d)]
    w = c.groupby(c.index.to_period('W-FRI')).last()
    n = 0
    for v in w.diff().iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def records_in_year(t, d):
    """number of record closes in d's year up to d"""
    c = _px(t).close
    runmax = c.cummax().shift(1)
    rec = c[(c > runmax) & (c.index.year == _ts(d).year) & (c.index <= _ts(d))]
    return int(len(rec))


def low_52w_before(t, d):
    """lowest intraday low of the 52 weeks before d (excluding d)"""
    px = _px(t)
    w = px.low[(px.index < _ts(d)) & (px.index >= _ts(d) - pd.Timedelta(days=364))]
    return r2(w.min())


def rate(name, d):
    """FRED rate on d (last value on/before d)"""
    s = _rate(name)
    return r2(s[s.index <= _ts(d)].iloc[-1])


def rate_prev(name, d):
    s = _rate(name)
    return r2(s[s.index < _ts(d)].iloc[-1])


def rate_bp_change(name, d):
    return round((rate(name, d) - rate_prev(name, d)) * 100)


def rate_last_at_least(name, d, value=None):
    s = _rate(name)
    v = s[_ts(d)] if value is None else value
    prior = s[(s.index < _ts(d)) & (s >= v)]
    return str(prior.index[-1].date()) if len(prior) else None


def rate_last_bp_rise_as_big(name, d):
    s = _rate(name).diff()
    v = s[_ts(d)]
    prior = s[(s.index < _ts(d)) & (s >= v - 1e-9)]
    return str(prior.index[-1].date()) if len(prior) else None


def fed_range(d):
    """[lower, upper] target range in effect on d"""
    return [rate('DFEDTARL', d), rate('DFEDTARU', d)]


def fomc_day(d):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    return bool((m.date == _ts(d)).any())


def down_streak_start(t, d):
    """first session of the run of consecutive daily declines ending on d"""
    c = _px(t).close
    c = c[c.index <= _ts(d)]
    n = down_streak(t, d)
    return str(c.index[-n].date()) if n else None


def first_close_above(t, value):
    c = _px(t).close
    return str(c[c > value].index[0].date())


def up_streak(t, d):
    p = _px(t).close.diff()
    p = p[p.index <= _ts(d)]
    n = 0
    for v in p.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def year_top_gains(t, d, k=2):
    p = _px(t).close.pct_change() * 100
    y = p[(p.index.year == _ts(d).year) & (p.index <= _ts(d))]
    top = y.sort_values(ascending=False).index[:k]
    return [[str(i.date()), r2(p[i])] for i in top]


def week_rank_in_year(t, d):
    """rank (1 = best) of the % gain of d's calendar week among the weeks of d's year up to d"""
    c = _px(t).close
    c = c[c.index <= _ts(d)]
    w = c.groupby(c.index.to_period('W-FRI')).last().pct_change()
    wk = pd.Timestamp(d).to_period('W-FRI')
    y = w[[p.end_time.year == _ts(d).year for p in w.index]]
    return int((y > y[wk]).sum() + 1)


def last_year_at_least(t, y):
    """last calendar year before y whose price return is >= year y's"""
    v = year_pct(t, y)
    for yy in range(y - 1, _px(t).index[0].year, -1):
        if year_pct(t, yy) >= v:
            return yy
    return None


def lagged_every_year(t1, t2, y0, y1):
    """True when t1's calendar-year price return was below t2's in every year y0..y1"""
    return all(year_pct(t1, y) < year_pct(t2, y) for y in range(y0, y1 + 1))


def in_correction(t, d):
    """close at least 10% below the highest close of the previous 52 weeks"""
    c = _px(t).close
    w = c[(c.index <= _ts(d)) & (c.index > _ts(d) - pd.Timedelta(days=365))]
    return bool(c[_ts(d)] <= 0.9 * w.max())


# --- RECIPES (generated by build.py) ---
RECIPES = {
    'forexlive_20231222_rut_outpaces_eighth_week#0': "chg('DJI','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#1': "close('DJI','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#2': "chg('SPX','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#3': "close('SPX','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#4': "pct('IXIC','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#5': "chg('RUT','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#6': "close('RUT','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#7': "high('SPX','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#8': "record_close_before('SPX','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#9': "r2(record_close_before('SPX','2023-12-22')[1] - high('SPX','2023-12-22'))",
    'forexlive_20231222_rut_outpaces_eighth_week#10': "weekly_up_streak('SPX','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#11': "wtd_pct('RUT','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#12': "wtd_pct('DJI','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#13': "ytd_pct('SPX','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#14': "ytd_pct('IXIC','2023-12-22')",
    'forexlive_20231222_rut_outpaces_eighth_week#15': "ytd_pct('RUT','2023-12-22')",
    'marketbeat_20201231_indexes_fared_year_end#0': "is_record_close('SPX','2020-12-31') and is_record_close('DJI','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#1': "ytd_pct('DJI','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#2': "chg('SPX','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#3': "close('DJI','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#4': "close('IXIC','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#5': "chg('RUT','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#6': "pct('RUT','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#7': "wtd_pts('RUT','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#8': "wtd_pct('RUT','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#9': "wtd_pts('IXIC','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#10': "ytd_pct('SPX','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#11': "ytd_pts('IXIC','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#12': "ytd_pts('RUT','2020-12-31')",
    'marketbeat_20201231_indexes_fared_year_end#13': "ytd_pct('RUT','2020-12-31')",
    'hedgeye_20151208_rut_correction_again#0': "ytd_pct('RUT','2015-12-07')",
    'hedgeye_20151208_rut_correction_again#1': "in_correction('RUT','2015-12-07')",
    'hedgeye_20151208_rut_correction_again#2': "pct_below_record_close('RUT','2015-12-07')",
    'hedgeye_20151208_rut_correction_again#3': "record_close_before('RUT','2015-12-07')[0]",
    'investopedia_20180313_rut_precorrection_high#0': "pct_below_record_close('RUT','2018-03-09')",
    'investopedia_20180313_rut_precorrection_high#1': "record_close_before('RUT','2018-03-09')",
    'investopedia_20180313_rut_precorrection_high#2': "pct_between('RUT','2018-03-01','2018-03-09') > max(pct_between('SPX','2018-03-01','2018-03-09'), pct_between('DJI','2018-03-01','2018-03-09'))",
    'investopedia_20180313_rut_precorrection_high#3': "is_record_close('NDX','2018-03-09')",
    'investopedia_20180313_rut_precorrection_high#4': "record_close_before('SPX','2018-03-09')[0]",
    'investopedia_20180313_rut_precorrection_high#5': "week_rank_in_year('SPX','2018-03-09')",
    'investopedia_20180313_rut_precorrection_high#6': "all(ytd_pct(t,'2018-03-09') > 0 for t in ('DJI','SPX','IXIC','RUT'))",
    'investing_20180925_smallcap_rally_stumbles#0': "ytd_pct('RUT','2018-09-24')",
    'investing_20180925_smallcap_rally_stumbles#2': "ytd_pct('SPX','2018-09-24')",
    'investing_20180925_smallcap_rally_stumbles#3': "mtd_pct('RUT','2018-09-24') < 0 < mtd_pct('SPX','2018-09-24')",
    'techzonedaily_202104_small_caps_lost_steam#0': "pct_between('RUT','2020-10-30','2021-02-26')",
    'techzonedaily_202104_small_caps_lost_steam#1': "pct_between('RUT','2020-10-30','2021-02-26') > 2 * pct_between('SPX','2020-10-30','2021-02-26')",
    'techzonedaily_202104_small_caps_lost_steam#2': "mtd_pct('RUT','2021-03-31')",
    'techzonedaily_202104_small_caps_lost_steam#3': "mtd_pct('SPX','2021-03-31')",
    'techzonedaily_202104_small_caps_lost_steam#4': "record_close_before('RUT','2021-03-31')[0] == '2021-03-15'",
    'lseg_20240723_small_cap_comeback#0': "pct('RUT','2024-07-11')",
    'lseg_20240723_small_cap_comeback#1': "pct('RUT','2024-07-16')",
    'lseg_20240723_small_cap_comeback#2': "year_rank_of_move('RUT','2024-07-23',3)",
    'catenaa_20250912_rut_jumped_10pct#0': "pct_between('RUT','2025-07-31','2025-09-11')",
    'catenaa_20250912_rut_jumped_10pct#1': "pct_between('RUT','2025-07-31','2025-09-11') >= 2 * pct_between('SPX','2025-07-31','2025-09-11')",
    'catenaa_20250912_rut_jumped_10pct#4': "lagged_every_year('RUT','SPX',2021,2024)",
    'catenaa_20250912_rut_jumped_10pct#5': "ytd_pct('RUT','2025-09-11') < ytd_pct('SPX','2025-09-11')",
    'newsday_20140826_sp_closes_above_2000#0': "close('SPX','2014-08-26')",
    'newsday_20140826_sp_closes_above_2000#1': "chg('SPX','2014-08-26')",
    'newsday_20140826_sp_closes_above_2000#2': "first_close_above('SPX',1000)",
    'newsday_20140826_sp_closes_above_2000#3': "chg('DJI','2014-08-26')",
    'newsday_20140826_sp_closes_above_2000#4': "close('DJI','2014-08-26')",
    'newsday_20140826_sp_closes_above_2000#5': "pct('IXIC','2014-08-26')",
    'newsday_20140826_sp_closes_above_2000#6': "records_in_year('SPX','2014-08-26')",
    'newsday_20140826_sp_closes_above_2000#7': "records_in_year('SPX','2013-08-26')",
    'newsleader_20190507_dow_473_trade#0': "chg('DJI','2019-05-07')",
    'newsleader_20190507_dow_473_trade#1': "pct('DJI','2019-05-07')",
    'newsleader_20190507_dow_473_trade#2': "close('DJI','2019-05-07')",
    'newsleader_20190507_dow_473_trade#3': "last_drop_as_big('DJI','2019-05-07')",
    'newsleader_20190507_dow_473_trade#4': "[last_drop_as_big('SPX','2019-05-07'), last_drop_as_big('IXIC','2019-05-07')]",
    'newsleader_20190507_dow_473_trade#5': "down_streak('DJI','2019-05-07')",
    'newsleader_20190507_dow_473_trade#6': "ytd_pct('DJI','2019-05-07')",
    'newsleader_20190507_dow_473_trade#7': "close('SPX','2019-05-07')",
    'newsleader_20190507_dow_473_trade#8': "chg('IXIC','2019-05-07')",
    'newsleader_20190507_dow_473_trade#9': "pct('IXIC','2019-05-07')",
    'theweek_20190805_worst_day_of_year#0': "all(worst_pct_in_year_until(t,'2019-08-05')[0] == '2019-08-05' for t in ('DJI','IXIC','SPX'))",
    'theweek_20190805_worst_day_of_year#1': "r2(close('DJI','2019-08-02') - low('DJI','2019-08-05'))",
    'theweek_20190805_worst_day_of_year#2': "chg('DJI','2019-08-05')",
    'theweek_20190805_worst_day_of_year#3': "pct('DJI','2019-08-05')",
    'theweek_20190805_worst_day_of_year#4': "chg('IXIC','2019-08-05')",
    'theweek_20190805_worst_day_of_year#5': "pct('IXIC','2019-08-05')",
    'theweek_20190805_worst_day_of_year#6': "chg('SPX','2019-08-05')",
    'theweek_20190805_worst_day_of_year#7': "pct('SPX','2019-08-05')",
    'theweek_20190805_worst_day_of_year#8': "down_streak_start('SPX','2019-08-05')",
    'newspressnow_20220610_inflation_losing_week#0': "pct('DJI','2022-06-10')",
    'newspressnow_20220610_inflation_losing_week#1': "pct('IXIC','2022-06-10')",
    'newspressnow_20220610_inflation_losing_week#2': "chg('SPX','2022-06-10')",
    'newspressnow_20220610_inflation_losing_week#3': "close('SPX','2022-06-10')",
    'newspressnow_20220610_inflation_losing_week#4': "last_two_day_drop_as_big('SPX','2022-06-10')",
    'newspressnow_20220610_inflation_losing_week#5': "chg('DJI','2022-06-10')",
    'newspressnow_20220610_inflation_losing_week#6': "chg('IXIC','2022-06-10')",
    'newspressnow_20220610_inflation_losing_week#7': "rate('DGS2','2022-06-10')",
    'newspressnow_20220610_inflation_losing_week#8': "rate_prev('DGS2','2022-06-10')",
    'newspressnow_20220610_inflation_losing_week#9': "rate('DGS10','2022-06-10')",
    'newspressnow_20220610_inflation_losing_week#10': "rate_last_at_least('DGS10','2022-06-10')",
    'candorium_20220614_sp_fifth_day#0': "rate_bp_change('DGS10','2022-06-14')",
    'candorium_20220614_sp_fifth_day#1': "close('DJI','2022-06-14')",
    'candorium_20220614_sp_fifth_day#2': "close('IXIC','2022-06-14')",
    'candorium_20220614_sp_fifth_day#3': "low('SPX','2022-06-14')",
    'candorium_20220614_sp_fifth_day#4': "low('SPX','2022-06-14') < low_52w_before('SPX','2022-06-14')",
    'candorium_20220614_sp_fifth_day#5': "down_streak('SPX','2022-06-14')",
    'candorium_20220614_sp_fifth_day#6': "rate_last_bp_rise_as_big('DGS10','2022-06-13')",
    'candorium_20220614_sp_fifth_day#7': "rate_last_at_least('DGS10','2022-06-13')",
    'moneyworks4me_20230322_fed_hike_stocks_lower#0': "fed_range('2023-03-23') if fomc_day('2023-03-22') else None",
    'moneyworks4me_20230322_fed_hike_stocks_lower#1': "round((fed_range('2023-03-23')[1] - fed_range('2023-03-22')[1]) * 100)",
    'moneyworks4me_20230322_fed_hike_stocks_lower#4': "chg('DJI','2023-03-22')",
    'moneyworks4me_20230322_fed_hike_stocks_lower#5': "close('DJI','2023-03-22')",
    'moneyworks4me_20230322_fed_hike_stocks_lower#6': "pct('IXIC','2023-03-22')",
    'moneyworks4me_20230322_fed_hike_stocks_lower#7': "chg('SPX','2023-03-22')",
    'moneyworks4me_20230322_fed_hike_stocks_lower#8': "close('SPX','2023-03-22')",
    'fvbb_20231229_sp_closes_2023#0': "year_pct('SPX',2023)",
    'fvbb_20231229_sp_closes_2023#1': "chg('SPX','2023-12-29')",
    'fvbb_20231229_sp_closes_2023#2': "weekly_up_streak('SPX','2023-12-29')",
    'fvbb_20231229_sp_closes_2023#3': "pct_below_record_close('SPX','2023-12-29')",
    'fvbb_20231229_sp_closes_2023#4': "is_record_close('DJI','2023-12-28')",
    'fvbb_20231229_sp_closes_2023#5': "close('DJI','2023-12-29')",
    'fvbb_20231229_sp_closes_2023#6': "chg('IXIC','2023-12-29')",
    'fvbb_20231229_sp_closes_2023#7': "year_pct('IXIC',2023)",
    'fvbb_20231229_sp_closes_2023#8': "last_year_at_least('IXIC',2023)",
    'fvbb_20231229_sp_closes_2023#9': "pct_between('RUT','2023-10-31','2023-12-29')",
    'fvbb_20231229_sp_closes_2023#10': "year_pct('RUT',2023)",
    'fvbb_20231229_sp_closes_2023#11': "year_pct('RUT',2022)",
    'archyde_20220418_bond_yields_rise#0': "chg('DJI','2022-04-18')",
    'archyde_20220418_bond_yields_rise#1': "close('DJI','2022-04-18')",
    'archyde_20220418_bond_yields_rise#2': "chg('SPX','2022-04-18')",
    'archyde_20220418_bond_yields_rise#3': "close('SPX','2022-04-18')",
    'archyde_20220418_bond_yields_rise#4': "pct('IXIC','2022-04-18')",
    'archyde_20220418_bond_yields_rise#5': "rate('DGS10','2022-04-18')",
    'archyde_20220418_bond_yields_rise#6': "rate_bp_change('DGS10','2022-04-18')",
    'archyde_20220418_bond_yields_rise#7': "rate_last_at_least('DGS10','2022-04-18')",
}
# --- end RECIPES ---


def evaluate(expr):
    return eval(expr, globals())


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: reference.py DATA_DIR [key.jsonl]  (or set CAPSCOPE_DATA_DIR)')
    here = os.path.dirname(os.path.abspath(__file__))
    keyf = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'key.jsonl')
    recs = [json.loads(l) for l in open(keyf) if l.strip()]
    mism = 0
    for r in recs:
        k = '%s#%d' % (r['passage_id'], r['claim_index'])
        expr = RECIPES.get(k)
        got = None if expr is None else evaluate(expr)
        ok = same(got, r['computed_value'])
        if not ok:
            mism += 1
        print('%s %-60s %s' % ('ok ' if ok else 'BAD', k, json.dumps(got)))
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(recs), mism))
    sys.exit(1 if mism else 0)


if __name__ == '__main__':
    main()
