#!/usr/bin/env python
"""Recompute every computed_value of corpora/heldout16a/key.jsonl from the market-data CSV files.

usage: python reference.py [DATA_DIR] [KEY_JSONL]
DATA_DIR defaults to $CAPSCOPE_DATA_DIR; KEY_JSONL defaults to key.jsonl beside this file.
Each key record has one line in RECIPES (a call of a small helper below). Prints every value and
a last line "N recipes, N key records, N mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json, os, sys
import pandas as pd

_DATA = {}
DATA_DIR = None
FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'NDX': 'NDX', 'VIX': 'VIX'}
RATES = {'US10Y': 'DGS10', 'US2Y': 'DGS2', 'DFEDTAR': 'DFEDTAR', 'DFEDTARU': 'DFEDTARU',
         'DFEDTARL': 'DFEDTARL'}


def px(t):
    if t not in _DATA:
        _DATA[t] = pd.read_csv(os.path.join(DATA_DIR, FILES[t] + '.csv'),
                               parse_dates=['date']).set_index('date').sort_index()
    return _DATA[t]


def rate(s):
    if s not in _DATA:
        df = pd.read_csv(os.path.join(DATA_DIR, RATES[s] + '.csv'), parse_dates=['date'])
        df['value'] = pd.to_numeric(df['value'], errors='coerce')
        _DATA[s] = df.dropna().set_index('date')['value'].sort_index()
    return _DATA[s]


def fomc():
    if 'FOMC' not in _DATA:
        _DATA['FOMC'] = pd.read_csv(os.path.join(DATA_DIR, 'FOMC_meetings.csv'), parse_dates=['date'])
    return _DATA['FOMC']


def _ts(d):
    return pd.Timestamp(d)


def r2(x, n=2):
    return round(float(x), n)


# ---- prices -------------------------------------------------------------
def close(t, d):
    return r2(px(t).loc[_ts(d), 'close'])


def high(t, d):
    return r2(px(t).loc[_ts(d), 'high'])


def low(t, d):
    return r2(px(t).loc[_ts(d), 'low'])


def prev_close(t, d):
    c = px(t)['close']
    return r2(c[c.index < _ts(d)].iloc[-1])


def chg(t, d):
    """daily point change, close vs previous close"""
    return r2(px(t).loc[_ts(d), 'close'] - prev_close(t, d))


def pct(t, d):
    """daily % change, close vs previous close"""
    c = px(t)['close']
    return r2((c.loc[_ts(d)] / c[c.index < _ts(d)].iloc[-1] - 1) * 100, 3)


def pct_between(t, d0, d1):
    """% change from close of d0 to close of d1"""
    c = px(t)['close']
    return r2((c.loc[_ts(d1)] / c.loc[_ts(d0)] - 1) * 100, 3)


def pts_between(t, d0, d1):
    c = px(t)['close']
    return r2(c.loc[_ts(d1)] - c.loc[_ts(d0)])


def pct_vs(value, ref):
    """% difference of value against ref (arithmetic on stated or computed levels)"""
    return r2((value / ref - 1) * 100, 3)


def year_pct(t, year):
    """calendar-year % change: last close of year vs last close of previous year"""
    c = px(t)['close']
    a = c[c.index.year == year - 1].iloc[-1]
    b = c[c.index.year == year].iloc[-1]
    return r2((b / a - 1) * 100, 3)


def intraday_low_move(t, d):
    """session low minus previous close (points)"""
    return r2(px(t).loc[_ts(d), 'low'] - prev_close(t, d))


def session_range(t, d):
    r = px(t).loc[_ts(d)]
    return [r2(r['low']), r2(r['high'])]


def close_is_low(t, d):
    r = px(t).loc[_ts(d)]
    return bool(abs(r['close'] - r['low']) < 0.005)


def last_close_at_least(t, d, level):
    """last session before d whose close is >= level (highest-since / 'above X for the first time since')"""
    c = px(t)['close']
    s = c[(c.index < _ts(d)) & (c >= level - 1e-9)]
    return s.index[-1].strftime('%Y-%m-%d') if len(s) else None


def last_close_at_most(t, d, level):
    """last session before d whose close is <= level (lowest-since)"""
    c = px(t)['close']
    s = c[(c.index < _ts(d)) & (c <= level + 1e-9)]
    return s.index[-1].strftime('%Y-%m-%d') if len(s) else None


def last_close_below(t, d, level):
    c = px(t)['close']
    s = c[(c.index < _ts(d)) & (c < level)]
    return s.index[-1].strftime('%Y-%m-%d') if len(s) else None


def last_high_at_least(t, d, level):
    h = px(t)['high']
    s = h[(h.index < _ts(d)) & (h >= level)]
    return s.index[-1].strftime('%Y-%m-%d') if len(s) else None


def first_close_at_least(t, level):
    c = px(t)['close']
    s = c[c >= level]
    return s.index[0].strftime('%Y-%m-%d')


def record_close_before(t, d):
    """[date, value] of the highest close strictly before d"""
    c = px(t)['close']
    s = c[c.index < _ts(d)]
    return [s.idxmax().strftime('%Y-%m-%d'), r2(s.max())]


def is_record_close(t, d):
    c = px(t)['close']
    return bool(c.loc[_ts(d)] > c[c.index < _ts(d)].max())


def is_year_high_close(t, d):
    c = px(t)['close']
    s = c[(c.index.year == _ts(d).year) & (c.index <= _ts(d))]
    return bool(c.loc[_ts(d)] >= s.max() - 1e-9)


def max_drawdown_pct(t, d0, d1):
    """largest peak-to-trough close decline (%) inside [d0, d1]"""
    c = px(t)['close'].loc[_ts(d0):_ts(d1)]
    return r2((c / c.cummax() - 1).min() * 100, 2)


def consecutive_down_days(t, d):
    """number of consecutive lower closes ending at d"""
    c = px(t)['close'].loc[:_ts(d)]
    dif = c.diff().dropna()
    n = 0
    for v in dif[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def weekly_up_streak(t, d):
    """consecutive weekly (Friday-to-Friday, last session of the week) gains ending with the week of d"""
    c = px(t)['close'].loc[:_ts(d)]
    w = c.groupby(c.index.to_period('W-FRI')).last()
    dif = w.diff().dropna()
    n = 0
    for v in dif[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def last_two_week_gain_end(t, d):
    """end date of the last week (before the week of d's previous week) that closed a run of >= 2 weekly gains,
    i.e. the most recent earlier occurrence of two straight weekly gains"""
    c = px(t)['close'].loc[:_ts(d)]
    last = c.groupby(c.index.to_period('W-FRI')).apply(lambda s: s.index[-1])
    w = c.groupby(c.index.to_period('W-FRI')).last()
    up = (w.diff() > 0)
    cur = len(w) - 1
    # skip the current run of gains that includes the latest completed weeks
    i = cur
    while i >= 0 and up.iloc[i]:
        i -= 1
    for j in range(i, 0, -1):
        if up.iloc[j] and up.iloc[j - 1]:
            return last.iloc[j].strftime('%Y-%m-%d')
    return None


def consecutive_up_days(t, d):
    """number of consecutive higher closes ending at d"""
    c = px(t)['close'].loc[:_ts(d)]
    dif = c.diff().dropna()
    n = 0
    for v in dif[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def biggest_year_gain_since(t, year):
    """last calendar year before `year` with a % gain at least as large"""
    c = px(t)['close']
    y = c.groupby(c.index.year).last()
    g = (y / y.shift(1) - 1) * 100
    v = g.loc[year]
    s = g[(g.index < year) & (g >= v)]
    return int(s.index[-1]) if len(s) else None


# ---- rates ---------------------------------------------------------------
def y(s, d):
    return r2(rate(s).loc[_ts(d)])


def y_chg_bp(s, d):
    r = rate(s)
    prev = r[r.index < _ts(d)].iloc[-1]
    return r2((r.loc[_ts(d)] - prev) * 100, 1)


def y_last_at_least(s, d, level):
    r = rate(s)
    q = r[(r.index < _ts(d)) & (r >= level - 1e-9)]
    return q.index[-1].strftime('%Y-%m-%d') if len(q) else None


def fed_target(d):
    """DFEDTAR to 2008-12-15, else [lower, upper]"""
    if _ts(d) <= _ts('2008-12-15'):
        return r2(rate('DFEDTAR').loc[_ts(d)])
    return [r2(rate('DFEDTARL').loc[_ts(d)]), r2(rate('DFEDTARU').loc[_ts(d)])]


def fed_changes(d0, d1):
    """list of [effective date, new target, change] of DFEDTAR between d0 and d1 inclusive"""
    r = rate('DFEDTAR')
    dif = r.diff()
    s = dif[(dif.index >= _ts(d0)) & (dif.index <= _ts(d1)) & (dif.abs() > 1e-9)]
    return [[i.strftime('%Y-%m-%d'), r2(r.loc[i]), r2(v)] for i, v in s.items()]


def fed_target_last_at_least(d, level):
    r = rate('DFEDTAR')
    q = r[(r.index < _ts(d)) & (r >= level - 1e-9)]
    return q.index[-1].strftime('%Y-%m-%d')


def fomc_on(d):
    """[date, scheduled] if an FOMC decision falls on d, else None"""
    f = fomc()
    s = f[f['date'] == _ts(d)]
    return [d, str(s['scheduled'].iloc[0]).lower()] if len(s) else None


def fomc_between(d0, d1, scheduled_only=False):
    f = fomc()
    s = f[(f['date'] >= _ts(d0)) & (f['date'] <= _ts(d1))]
    if scheduled_only:
        s = s[s['scheduled'].astype(str).str.lower() == 'true']
    return [x.strftime('%Y-%m-%d') for x in s['date']]


def next_scheduled_fomc(d):
    f = fomc()
    s = f[(f['date'] > _ts(d)) & (f['scheduled'].astype(str).str.lower() == 'true')]
    return s['date'].iloc[0].strftime('%Y-%m-%d')


def prev_fomc(d):
    f = fomc()
    s = f[f['date'] < _ts(d)]
    return s['date'].iloc[-1].strftime('%Y-%m-%d')


# @@RECIPES-BEGIN (generated by build_heldout16a.py; one expression per key record)
RECIPES = {
    'baltimoresun_19980814_dow_falls_93_day_low#0': "chg('DJI','1998-08-13')",
    'baltimoresun_19980814_dow_falls_93_day_low#1': "chg('DJI','1998-08-13')",
    'baltimoresun_19980814_dow_falls_93_day_low#2': "close('DJI','1998-08-13')",
    'baltimoresun_19980814_dow_falls_93_day_low#3': "close_is_low('DJI','1998-08-13')",
    'baltimoresun_19980814_dow_falls_93_day_low#4': "chg('SPX','1998-08-13')",
    'baltimoresun_19980814_dow_falls_93_day_low#5': "close('SPX','1998-08-13')",
    'baltimoresun_19980814_dow_falls_93_day_low#6': "chg('IXIC','1998-08-13')",
    'baltimoresun_19980814_dow_falls_93_day_low#7': "close('IXIC','1998-08-13')",
    'baltimoresun_19980814_dow_falls_93_day_low#8': "chg('RUT','1998-08-13')",
    'baltimoresun_19980814_dow_falls_93_day_low#9': "close('RUT','1998-08-13')",
    'baltimoresun_19980814_dow_falls_93_day_low#10': None,
    'baltimoresun_19980814_dow_falls_93_day_low#11': None,
    'baltimoresun_19980814_dow_falls_93_day_low#12': None,
    'cnet_20001219_fed_no_rate_gift#0': "[fomc_on('2000-12-19'), fed_target('2000-12-19'), fed_changes('2000-12-19','2000-12-20')]",
    'cnet_20001219_fed_no_rate_gift#1': "chg('DJI','2000-12-19')",
    'cnet_20001219_fed_no_rate_gift#2': "pct_between('DJI','2000-10-03','2000-12-18')",
    'cnet_20001219_fed_no_rate_gift#3': "prev_fomc('2000-12-19')",
    'cnet_20001219_fed_no_rate_gift#4': "pct_between('IXIC','2000-10-03','2000-12-18')",
    'cnet_20001219_fed_no_rate_gift#5': "chg('IXIC','2000-12-19')",
    'cnet_20001219_fed_no_rate_gift#6': "chg('DJI','2000-12-19')",
    'cnet_20001219_fed_no_rate_gift#7': "close('DJI','2000-12-19')",
    'cnet_20001219_fed_no_rate_gift#8': "chg('IXIC','2000-12-19')",
    'cnet_20001219_fed_no_rate_gift#9': "close('IXIC','2000-12-19')",
    'cnet_20001219_fed_no_rate_gift#10': "len(fed_changes('1999-06-01','2000-12-19'))",
    'cnet_20001219_fed_no_rate_gift#11': "r2(sum(c[2] for c in fed_changes('1999-06-01','2000-12-19')))",
    'cnet_20001219_fed_no_rate_gift#12': "fed_changes('2000-05-16','2000-05-16')",
    'cnet_20001219_fed_no_rate_gift#13': "[len(fomc_between('2000-05-17','2000-12-19')), fed_changes('2000-05-17','2000-12-19')]",
    'cnet_20001219_fed_no_rate_gift#14': "next_scheduled_fomc('2000-12-19')",
    'usatoday_20010226_nasdaq_second_worst_bear#0': "year_pct('IXIC',1999)",
    'usatoday_20010226_nasdaq_second_worst_bear#1': "close('IXIC','2001-02-23')",
    'usatoday_20010226_nasdaq_second_worst_bear#2': "[last_close_at_most('IXIC','2001-02-23',2262.51), last_close_at_most('IXIC','2001-02-22',2262.51)]",
    'usatoday_20010226_nasdaq_second_worst_bear#3': "[record_close_before('IXIC','2001-02-23'), pct_vs(close('IXIC','2001-02-23'), record_close_before('IXIC','2001-02-23')[1])]",
    'usatoday_20010226_nasdaq_second_worst_bear#4': "max_drawdown_pct('IXIC','1973-01-01','1974-12-31')",
    'usatoday_20010226_nasdaq_second_worst_bear#5': None,
    'usatoday_20010226_nasdaq_second_worst_bear#6': None,
    'usatoday_20010226_nasdaq_second_worst_bear#7': None,
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#0': "last_high_at_least('DJI','2001-10-03',9000)",
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#1': "len([c for c in fed_changes('2001-01-01','2001-10-02') if c[2] < 0])",
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#2': "close('DJI','2001-10-03')",
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#3': "chg('DJI','2001-10-02')",
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#4': "[fomc_on('2001-10-02'), fed_changes('2001-10-02','2001-10-02')]",
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#5': "last_close_at_least('DJI','2001-10-03',9000)",
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#6': "r2(9040.47 - close('DJI','2001-09-21'))",
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#7': "r2((9040.47 - close('DJI','2001-09-21')) / -pts_between('DJI','2001-09-10','2001-09-21') * 100, 2)",
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#8': "pts_between('DJI','2001-09-10','2001-09-21')",
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#9': "close('IXIC','2001-10-03')",
    'heraldnet_20011003_dow_reclaims_9000_midafternoon#10': "close('SPX','2001-10-03')",
    'irishexaminer_20020822_dow_back_past_9000#0': "consecutive_up_days('DJI','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#1': "chg('DJI','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#2': "pct('DJI','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#3': "close('DJI','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#4': "chg('DJI','2002-08-21')",
    'irishexaminer_20020822_dow_back_past_9000#5': "last_close_at_least('DJI','2002-08-22',9000)",
    'irishexaminer_20020822_dow_back_past_9000#6': "close('DJI','2002-07-09')",
    'irishexaminer_20020822_dow_back_past_9000#7': "pts_between('DJI','2002-07-23','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#8': "[close('DJI','2002-07-23'), last_close_at_most('DJI','2002-08-22',7702.34)]",
    'irishexaminer_20020822_dow_back_past_9000#9': "chg('IXIC','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#10': "pct('IXIC','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#11': "close('IXIC','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#12': "[close('IXIC','2002-08-21'), last_close_at_least('IXIC','2002-08-21',1400)]",
    'irishexaminer_20020822_dow_back_past_9000#13': "chg('SPX','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#14': "pct('SPX','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#15': "close('SPX','2002-08-22')",
    'irishexaminer_20020822_dow_back_past_9000#16': "[weekly_up_streak(t,'2002-08-16') for t in ('DJI','SPX','IXIC')]",
    'irishexaminer_20020822_dow_back_past_9000#17': "[last_two_week_gain_end(t,'2002-08-16') for t in ('DJI','SPX','IXIC')]",
    'crains_20040921_fed_quarter_point_hike#0': "[fomc_on('2004-09-21'), fed_changes('2004-09-21','2004-09-21')]",
    'crains_20040921_fed_quarter_point_hike#1': "fed_target_last_at_least('2004-09-21',1.75)",
    'crains_20040921_fed_quarter_point_hike#2': None,
    'crains_20040921_fed_quarter_point_hike#3': "close('DJI','2004-09-21')",
    'crains_20040921_fed_quarter_point_hike#4': "close('IXIC','2004-09-21')",
    'crains_20040921_fed_quarter_point_hike#5': "close('SPX','2004-09-21')",
    'crains_20040921_fed_quarter_point_hike#6': None,
    'latimes_20050324_sp500_five_years_after_peak#0': "record_close_before('SPX','2005-03-24')",
    'latimes_20050324_sp500_five_years_after_peak#1': "record_close_before('DJI','2005-03-24')",
    'latimes_20050324_sp500_five_years_after_peak#2': "record_close_before('IXIC','2005-03-24')",
    'latimes_20050324_sp500_five_years_after_peak#3': "close('SPX','2005-03-23')",
    'latimes_20050324_sp500_five_years_after_peak#4': "pct_vs(close('SPX','2005-03-23'), 1527.46)",
    'latimes_20050324_sp500_five_years_after_peak#5': None,
    'latimes_20050324_sp500_five_years_after_peak#6': None,
    'latimes_20050324_sp500_five_years_after_peak#7': None,
    'enterprisenews_20081007_dow_down_500_sp_below_1000#0': "chg('DJI','2008-10-07')",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#1': "pts_between('DJI','2008-10-03','2008-10-07')",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#2': "chg('DJI','2008-10-07')",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#3': "[pct(t,'2008-10-07') for t in ('DJI','SPX','IXIC')]",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#4': "[close('SPX','2008-10-07'), last_close_below('SPX','2008-10-07',1000)]",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#5': "pct_vs(close('DJI','2008-10-07'), record_close_before('DJI','2008-10-07')[1])",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#6': "record_close_before('DJI','2008-10-07')",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#7': "last_close_at_most('DJI','2008-10-07',9447.11)",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#8': "pts_between('DJI','2008-09-30','2008-10-07')",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#9': "pct_between('DJI','2008-09-30','2008-10-07')",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#10': "pct('DJI','2008-10-07')",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#11': "pct('SPX','2008-10-07')",
    'enterprisenews_20081007_dow_down_500_sp_below_1000#12': "pct('IXIC','2008-10-07')",
    'dailybeast_20081119_dow_below_8000#0': "chg('DJI','2008-11-19')",
    'dailybeast_20081119_dow_below_8000#1': "last_close_below('DJI','2008-11-19',8000)",
    'dailybeast_20081119_dow_below_8000#2': "close('DJI','2008-11-19')",
    'dailybeast_20081119_dow_below_8000#3': "pct('SPX','2008-11-19')",
    'dailybeast_20081119_dow_below_8000#4': "pct('IXIC','2008-11-19')",
    'dailybeast_20081119_dow_below_8000#5': None,
    'dailybeast_20081119_dow_below_8000#6': None,
    'washingtonpost_20090808_dow_sp_new_09_highs#0': "[is_year_high_close(t,'2009-08-07') for t in ('DJI','SPX')]",
    'washingtonpost_20090808_dow_sp_new_09_highs#1': "last_close_at_least('DJI','2009-08-07',9370.07)",
    'washingtonpost_20090808_dow_sp_new_09_highs#2': "last_close_at_least('SPX','2009-08-07',1010.48)",
    'washingtonpost_20090808_dow_sp_new_09_highs#3': "consecutive_down_days('DJI','2009-08-06')",
    'washingtonpost_20090808_dow_sp_new_09_highs#4': "chg('DJI','2009-08-07')",
    'washingtonpost_20090808_dow_sp_new_09_highs#5': "pct('DJI','2009-08-07')",
    'washingtonpost_20090808_dow_sp_new_09_highs#6': "close('DJI','2009-08-07')",
    'washingtonpost_20090808_dow_sp_new_09_highs#7': "chg('SPX','2009-08-07')",
    'washingtonpost_20090808_dow_sp_new_09_highs#8': "pct('SPX','2009-08-07')",
    'washingtonpost_20090808_dow_sp_new_09_highs#9': "close('SPX','2009-08-07')",
    'washingtonpost_20090808_dow_sp_new_09_highs#10': "chg('IXIC','2009-08-07')",
    'washingtonpost_20090808_dow_sp_new_09_highs#11': "pct('IXIC','2009-08-07')",
    'washingtonpost_20090808_dow_sp_new_09_highs#12': "close('IXIC','2009-08-07')",
    'washingtonpost_20090808_dow_sp_new_09_highs#13': "[weekly_up_streak(t,'2009-08-07') for t in ('DJI','SPX','IXIC')]",
    'washingtonpost_20090808_dow_sp_new_09_highs#14': None,
    'ibj_20091014_dow_closes_above_10000#0': "[close('DJI','2009-03-09'), last_close_at_most('DJI','2009-03-09',6547.05)]",
    'ibj_20091014_dow_closes_above_10000#1': "close('DJI','2009-10-14')",
    'ibj_20091014_dow_closes_above_10000#2': "chg('DJI','2009-10-14')",
    'ibj_20091014_dow_closes_above_10000#3': "pct('DJI','2009-10-14')",
    'ibj_20091014_dow_closes_above_10000#4': "chg('SPX','2009-10-14')",
    'ibj_20091014_dow_closes_above_10000#5': "pct('SPX','2009-10-14')",
    'ibj_20091014_dow_closes_above_10000#6': "close('SPX','2009-10-14')",
    'ibj_20091014_dow_closes_above_10000#7': "chg('IXIC','2009-10-14')",
    'ibj_20091014_dow_closes_above_10000#8': "pct('IXIC','2009-10-14')",
    'ibj_20091014_dow_closes_above_10000#9': "close('IXIC','2009-10-14')",
    'ibj_20091014_dow_closes_above_10000#10': "last_high_at_least('DJI','2009-10-14',10000)",
    'ibj_20091014_dow_closes_above_10000#11': "last_close_at_least('DJI','2009-10-14',10000)",
    'ibj_20091014_dow_closes_above_10000#12': "pct_vs(10000, record_close_before('DJI','2009-10-14')[1])",
    'ibj_20091014_dow_closes_above_10000#13': "record_close_before('DJI','2009-10-14')",
    'ibj_20091014_dow_closes_above_10000#14': "first_close_at_least('DJI',10000)",
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#0': "y_last_at_least('US10Y','2010-12-14',y('US10Y','2010-12-14'))",
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#1': "[fomc_on('2010-12-14'), fed_target('2010-12-14')]",
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#2': None,
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#3': "is_year_high_close('DJI','2010-12-14')",
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#4': None,
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#5': "y_last_at_least('US10Y','2010-12-14',y('US10Y','2010-12-14'))",
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#6': "y('US10Y','2010-12-14')",
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#7': "y('US10Y','2010-12-13')",
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#8': "[r2((3.45 - 3.28) * 100, 1), y_chg_bp('US10Y','2010-12-14')]",
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#9': "[pct_vs(3.45, 3.28), pct_vs(y('US10Y','2010-12-14'), y('US10Y','2010-12-13'))]",
    'inquirer_20101215_yields_jump_fed_sticks_to_stimulus#10': "r2(close('DJI','2010-12-13') * 0.052)",
    'dailycaller_20110921_fed_twist_selloff#0': "fomc_on('2011-09-21')",
    'dailycaller_20110921_fed_twist_selloff#1': "chg('DJI','2011-09-21')",
    'dailycaller_20110921_fed_twist_selloff#2': "chg('IXIC','2011-09-21')",
    'dailycaller_20110921_fed_twist_selloff#3': "chg('SPX','2011-09-21')",
    'dailycaller_20110921_fed_twist_selloff#4': "chg('DJI','2011-09-21')",
    'dailycaller_20110921_fed_twist_selloff#5': "chg('IXIC','2011-09-21')",
    'dailycaller_20110921_fed_twist_selloff#6': "chg('SPX','2011-09-21')",
    'dailycaller_20110921_fed_twist_selloff#7': "y_chg_bp('US10Y','2011-09-21')",
    'dailycaller_20110921_fed_twist_selloff#8': "y_chg_bp('US2Y','2011-09-21')",
    'usatoday_20121212_fed_thresholds_stocks_flat#0': "[fomc_on('2012-12-12'), fed_target('2012-12-12')]",
    'usatoday_20121212_fed_thresholds_stocks_flat#1': None,
    'usatoday_20121212_fed_thresholds_stocks_flat#2': None,
    'usatoday_20121212_fed_thresholds_stocks_flat#3': "[pct(t,'2012-12-12') for t in ('DJI','SPX','IXIC')]",
    'usatoday_20121212_fed_thresholds_stocks_flat#4': "pct('IXIC','2012-12-12')",
    'usatoday_20121212_fed_thresholds_stocks_flat#5': "chg('IXIC','2012-12-12')",
    'usatoday_20121212_fed_thresholds_stocks_flat#6': "close('IXIC','2012-12-12')",
    'usatoday_20121212_fed_thresholds_stocks_flat#7': "pct('DJI','2012-12-12')",
    'usatoday_20121212_fed_thresholds_stocks_flat#8': "pct('SPX','2012-12-12')",
    'usatoday_20121212_fed_thresholds_stocks_flat#9': "y('US10Y','2012-12-12')",
    'usatoday_20121212_fed_thresholds_stocks_flat#10': None,
    'usatoday_20121212_fed_thresholds_stocks_flat#11': None,
    'wusa9_20130514_dow_sp_records_russell_up#0': "[is_record_close(t,'2013-05-14') for t in ('DJI','SPX')]",
    'wusa9_20130514_dow_sp_records_russell_up#1': "pct('SPX','2013-05-14')",
    'wusa9_20130514_dow_sp_records_russell_up#2': "close('SPX','2013-05-14')",
    'wusa9_20130514_dow_sp_records_russell_up#3': "pct('DJI','2013-05-14')",
    'wusa9_20130514_dow_sp_records_russell_up#4': "close('DJI','2013-05-14')",
    'wusa9_20130514_dow_sp_records_russell_up#5': "pct('IXIC','2013-05-14')",
    'wusa9_20130514_dow_sp_records_russell_up#6': "close('IXIC','2013-05-14')",
    'wusa9_20130514_dow_sp_records_russell_up#7': None,
    'wusa9_20130514_dow_sp_records_russell_up#8': "pct('RUT','2013-05-14')",
    'wusa9_20130514_dow_sp_records_russell_up#9': None,
    'wusa9_20130514_dow_sp_records_russell_up#10': "y('US10Y','2013-05-14')",
    'businessday_20131231_us_stocks_end_2013_records#0': "[is_record_close(t,'2013-12-31') for t in ('DJI','SPX','IXIC')]",
    'businessday_20131231_us_stocks_end_2013_records#1': "[year_pct(t,2013) for t in ('DJI','SPX','IXIC')]",
    'businessday_20131231_us_stocks_end_2013_records#2': "year_pct('DJI',2013)",
    'businessday_20131231_us_stocks_end_2013_records#3': "chg('DJI','2013-12-31')",
    'businessday_20131231_us_stocks_end_2013_records#4': "close('DJI','2013-12-31')",
    'businessday_20131231_us_stocks_end_2013_records#5': "biggest_year_gain_since('DJI',2013)",
    'businessday_20131231_us_stocks_end_2013_records#6': "year_pct('SPX',2013)",
    'businessday_20131231_us_stocks_end_2013_records#7': "chg('SPX','2013-12-31')",
    'businessday_20131231_us_stocks_end_2013_records#8': "close('SPX','2013-12-31')",
    'businessday_20131231_us_stocks_end_2013_records#9': "chg('IXIC','2013-12-31')",
    'businessday_20131231_us_stocks_end_2013_records#10': "close('IXIC','2013-12-31')",
    'businessday_20131231_us_stocks_end_2013_records#11': None,
    'businessday_20131231_us_stocks_end_2013_records#12': None,
    'abcnews_20080122_surprise_cut_dow_swings_noon#0': "chg('DJI','2008-01-22')",
    'abcnews_20080122_surprise_cut_dow_swings_noon#1': "close('DJI','2008-01-22')",
    'abcnews_20080122_surprise_cut_dow_swings_noon#2': "intraday_low_move('DJI','2008-01-22')",
    'abcnews_20080122_surprise_cut_dow_swings_noon#3': "chg('DJI','2008-01-22')",
    'abcnews_20080122_surprise_cut_dow_swings_noon#4': "[fomc_on('2008-01-22'), fed_changes('2008-01-22','2008-01-22')]",
    'abcnews_20080122_surprise_cut_dow_swings_noon#5': "[fed_target('2008-01-21'), fed_target('2008-01-22')]",
    'abcnews_20080122_surprise_cut_dow_swings_noon#6': "next_scheduled_fomc('2008-01-22')",
}
# @@RECIPES-END


def evaluate(expr):
    if expr is None:
        return None
    return eval(expr, {k: v for k, v in globals().items() if not k.startswith('__')})


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) <= 1e-6
    return a == b


def main(argv):
    global DATA_DIR
    DATA_DIR = argv[1] if len(argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA_DIR:
        sys.exit('usage: reference.py DATA_DIR [KEY_JSONL]  (or set CAPSCOPE_DATA_DIR)')
    here = os.path.dirname(os.path.abspath(__file__))
    key_path = argv[2] if len(argv) > 2 else os.path.join(here, 'key.jsonl')
    recs = [json.loads(l) for l in open(key_path) if l.strip()]
    bad = 0
    for r in recs:
        k = '%s#%d' % (r['passage_id'], r['claim_index'])
        if k not in RECIPES:
            print('MISSING RECIPE', k); bad += 1; continue
        v = evaluate(RECIPES[k])
        ok = same(v, r['computed_value'])
        if not ok:
            bad += 1
        print('%s %s = %s  [key: %s]%s' % ('ok ' if ok else 'BAD', k, json.dumps(v), json.dumps(r['computed_value']),
                                           '' if ok else '  <-- MISMATCH'))
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(recs), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
