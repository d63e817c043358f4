"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints one line per key record and a last line
"N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json
import os
import sys

import pandas as pd

D = None
_cache = {}
FILES = {'RUT': 'RUT.csv', 'SPX': 'GSPC.csv', 'IXIC': 'IXIC.csv', 'NDX': 'NDX.csv',
         'DJI': 'DJI.csv', 'VIX': 'VIX.csv', 'US10Y': 'DGS10.csv', 'US2Y': 'DGS2.csv',
         'FEDL': 'DFEDTARL.csv', 'FEDU': 'DFEDTARU.csv'}


def s(t, col='close'):
    key = (t, col)
    if key not in _cache:
        df = pd.read_csv(os.path.join(D, FILES[t]), parse_dates=['date']).set_index('date')
        c = 'value' if 'value' in df.columns else col
        _cache[key] = pd.to_numeric(df[c], errors='coerce').dropna().astype(float)
    return _cache[key]


def ts(d):
    return pd.Timestamp(d)


def r(x, n=2):
    return round(float(x), n)


def ds(x):
    return pd.Timestamp(x).strftime('%Y-%m-%d')


def at_date(t, d):
    x = s(t)
    return x.index[x.index <= ts(d)][-1]


def at(t, d):
    return s(t).loc[at_date(t, d)]


def close(t, d):
    return r(s(t).loc[ts(d)])


def high(t, d):
    return r(s(t, 'high').loc[ts(d)])


def low(t, d):
    return r(s(t, 'low').loc[ts(d)])


def prev_date(t, d):
    x = s(t)
    return x.index[x.index < ts(d)][-1]


def chg_pts(t, d):
    return r(s(t).loc[ts(d)] - s(t).loc[prev_date(t, d)])


def chg_pct(t, d):
    return r((s(t).loc[ts(d)] / s(t).loc[prev_date(t, d)] - 1) * 100)


def ret(t, d0, d1):
    """% change from the last close on or before d0 to the last close on or before d1."""
    return r((at(t, d1) / at(t, d0) - 1) * 100)


def pts(t, d0, d1):
    return r(at(t, d1) - at(t, d0))


def yld(t, d):
    return r(s(t).loc[ts(d)])


def yld_chg_bp(t, d0, d1):
    return r((at(t, d1) - at(t, d0)) * 100, 0)


def range_pts(t, d):
    return r(s(t, 'high').loc[ts(d)] - s(t, 'low').loc[ts(d)])


def range_pct_of_prev(t, d):
    return r((s(t, 'high').loc[ts(d)] - s(t, 'low').loc[ts(d)]) / s(t).loc[prev_date(t, d)] * 100)


def mtd_range(t, d, base):
    """[pct on session low, pct on session high] against the close of `base`."""
    b = s(t).loc[ts(base)]
    return [r((s(t, 'low').loc[ts(d)] / b - 1) * 100), r((s(t, 'high').loc[ts(d)] / b - 1) * 100)]


def last_close_ge(t, d):
    x = s(t)
    v = x.loc[ts(d)]
    e = x[(x.index < ts(d)) & (x >= v)]
    return ds(e.index[-1]) if len(e) else None


def last_close_le(t, d):
    x = s(t)
    v = x.loc[ts(d)]
    e = x[(x.index < ts(d)) & (x <= v)]
    return ds(e.index[-1]) if len(e) else None


def last_high_ge(t, d):
    x = s(t, 'high')
    v = x.loc[ts(d)]
    e = x[(x.index < ts(d)) & (x >= v)]
    return ds(e.index[-1]) if len(e) else None


def daily(t):
    x = s(t)
    return (x / x.shift(1) - 1).dropna() * 100


def last_drop_ge(t, d):
    m = daily(t)
    v = m.loc[ts(d)]
    e = m[(m.index < ts(d)) & (m <= v)]
    return ds(e.index[-1]) if len(e) else None


def weekly(t):
    x = s(t)
    w = x.groupby(x.index.to_period('W-FRI')).last()
    lastday = x.groupby(x.index.to_period('W-FRI')).apply(lambda g: g.index[-1])
    rr = (w / w.shift(1) - 1) * 100
    rr.index = pd.DatetimeIndex(lastday.values)
    return rr.dropna()


def week_ret(t, d):
    return r(weekly(t).loc[ts(d)])


def last_week_drop_ge(t, d):
    w = weekly(t)
    v = w.loc[ts(d)]
    e = w[(w.index < ts(d)) & (w <= v)]
    return ds(e.index[-1]) if len(e) else None


def weeks_up(t, d, n):
    w = weekly(t)
    w = w[w.index <= ts(d)].iloc[-n:]
    return int((w > 0).sum())


def down_weeks(t, d, n):
    w = weekly(t)
    w = w[w.index <= ts(d)].iloc[-n:]
    return [ds(i) for i in w[w < 0].index]


def down_streak(t, d):
    """[number of consecutive lower closes ending at d, points, percent]."""
    x = s(t)
    x = x[x.index <= ts(d)]
    n = 0
    while x.iloc[-1 - n] < x.iloc[-2 - n]:
        n += 1
    return [n, r(x.iloc[-1] - x.iloc[-1 - n]), r((x.iloc[-1] / x.iloc[-1 - n] - 1) * 100)]


def last_down_streak_ge(t, d, n):
    """End date of the last losing streak of at least n sessions that ended before the current streak."""
    x = s(t)
    x = x[x.index <= ts(d)]
    down = (x < x.shift(1)).values
    cur = down_streak(t, d)[0]
    end = len(x) - 1 - cur
    run = 0
    best = None
    for i in range(end, 0, -1):
        pass
    # scan forward
    run = 0
    for i in range(1, end + 1):
        if down[i]:
            run += 1
            if run >= n and (i == end or not down[i + 1]):
                best = (ds(x.index[i]), run)
        else:
            run = 0
    return list(best) if best else None


def monthly(t):
    x = s(t)
    m = x.groupby(x.index.to_period('M')).last()
    rr = (m / m.shift(1) - 1) * 100
    return rr.dropna()


def month_ret(t, m):
    return r(monthly(t).loc[pd.Period(m, 'M')])


def last_month_ge(t, m):
    mm = monthly(t)
    p = pd.Period(m, 'M')
    e = mm[(mm.index < p) & (mm >= mm.loc[p])]
    return str(e.index[-1]) if len(e) else None


def last_month_le(t, m):
    mm = monthly(t)
    p = pd.Period(m, 'M')
    e = mm[(mm.index < p) & (mm <= mm.loc[p])]
    return str(e.index[-1]) if len(e) else None


def last_same_month_le(t, m):
    mm = monthly(t)
    p = pd.Period(m, 'M')
    e = mm[(mm.index < p) & (mm.index.month == p.month) & (mm <= mm.loc[p])]
    return str(e.index[-1]) if len(e) else None


def quarterly(t):
    x = s(t)
    q = x.groupby(x.index.to_period('Q')).last()
    return ((q / q.shift(1) - 1) * 100).dropna()


def q_ret(t, q):
    return r(quarterly(t).loc[pd.Period(q, 'Q')])


def last_same_q_le(t, q):
    qq = quarterly(t)
    p = pd.Period(q, 'Q')
    e = qq[(qq.index < p) & (qq.index.quarter == p.quarter) & (qq <= qq.loc[p])]
    return str(e.index[-1]) if len(e) else None


def max_close(t, d0, d1):
    x = s(t)
    x = x[(x.index >= ts(d0)) & (x.index <= ts(d1))]
    return [ds(x.idxmax()), r(x.max())]


def pct_below_max(t, d0, d1):
    x = s(t)
    x = x[(x.index >= ts(d0)) & (x.index <= ts(d1))]
    return r((1 - x.iloc[-1] / x.max()) * 100)


def count_small_moves(t, d0, d1, thr):
    x = s(t)
    c = (x - x.shift(1))
    c = c[(c.index >= ts(d0)) & (c.index <= ts(d1))]
    return int((c.abs() < thr).sum())


def up_pairs(t, d0, d1):
    """Dates in [d0, d1] that closed up after an up close (ends of back-to-back gains)."""
    x = s(t)
    up = x > x.shift(1)
    pair = up & up.shift(1, fill_value=False)
    p = pair[(pair.index >= ts(d0)) & (pair.index <= ts(d1))]
    first = x.index[x.index >= ts(d0)][0]
    return [ds(i) for i in p[p].index if i != first]


def all_below(ts_list, d_base, d):
    return [t for t in ts_list if at(t, d) < at(t, d_base)]


def sept_count(t, y0, y1, thr):
    mm = monthly(t)
    e = mm[(mm.index.month == 9) & (mm.index.year >= y0) & (mm.index.year <= y1) & (mm <= thr)]
    return int(len(e))


def oct_after_bad_sept(t, y0, y1, thr):
    """[mean October return, share of positive Octobers] after Septembers at or below thr."""
    mm = monthly(t)
    yrs = [p.year for p in mm.index if p.month == 9 and y0 <= p.year <= y1 and mm.loc[p] <= thr]
    octs = [mm.loc[pd.Period('%d-10' % y, 'M')] for y in yrs]
    return [r(sum(octs) / len(octs)), r(100 * sum(1 for o in octs if o > 0) / len(octs))]


def oct_all(t, y0, y1):
    mm = monthly(t)
    o = mm[(mm.index.month == 10) & (mm.index.year >= y0) & (mm.index.year <= y1)]
    return [r(o.mean()), r(o.median())]


def first_close_above(t, level):
    x = s(t)
    e = x[x > level]
    return ds(e.index[0])


def ytd_rank_worst(t, md, y0, y1):
    """Rank (1 = worst) of year y1's change from the prior year-end to month-day md among years y0..y1."""
    x = s(t)
    vals = {}
    for y in range(y0, y1 + 1):
        try:
            vals[y] = at(t, '%d-%s' % (y, md)) / at(t, '%d-12-31' % (y - 1)) - 1
        except IndexError:
            continue
    order = sorted(vals, key=lambda y: vals[y])
    return order.index(y1) + 1


def fed_range(d):
    return [r(s('FEDL').loc[ts(d)]), r(s('FEDU').loc[ts(d)])]


def fomc_day(d):
    df = pd.read_csv(os.path.join(D, 'FOMC_meetings.csv'))
    return d in set(df['date'])


def weekday(d):
    return pd.Timestamp(d).day_name()



RECIPES = {
    'nasdaqmid_20050506_weekly_statistical_report#0': "close('IXIC','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#1': "ret('IXIC','2005-04-29','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#2': "ret('IXIC','2005-04-30','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#3': "q_ret('IXIC','2005Q1')",
    'nasdaqmid_20050506_weekly_statistical_report#4': "ret('IXIC','2005-03-31','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#5': "ret('IXIC','2004-12-31','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#6': "close('NDX','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#7': "ret('NDX','2005-04-29','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#8': "ret('NDX','2004-12-31','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#9': "close('DJI','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#10': "ret('DJI','2005-04-29','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#11': "q_ret('DJI','2005Q1')",
    'nasdaqmid_20050506_weekly_statistical_report#12': "ret('DJI','2004-12-31','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#13': "close('SPX','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#14': "ret('SPX','2005-04-29','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#15': "ret('SPX','2004-12-31','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#16': "close('RUT','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#17': "ret('RUT','2005-04-29','2005-05-06')",
    'nasdaqmid_20050506_weekly_statistical_report#18': "q_ret('RUT','2005Q1')",
    'nasdaqmid_20050506_weekly_statistical_report#19': "ret('RUT','2004-12-31','2005-05-06')",
    'lincolndailynews_20081101_october_trick_or_treat_month#0': 'None',
    'lincolndailynews_20081101_october_trick_or_treat_month#1': "chg_pts('DJI','2008-10-31')",
    'lincolndailynews_20081101_october_trick_or_treat_month#2': "up_pairs('DJI','2008-10-01','2008-10-31')",
    'lincolndailynews_20081101_october_trick_or_treat_month#3': "[week_ret('DJI','2008-10-31'), ds(weekly('DJI')[weekly('DJI') >= weekly('DJI').loc[ts('2008-10-31')]].index[0])]",
    'lincolndailynews_20081101_october_trick_or_treat_month#4': "pts('DJI','2008-09-30','2008-10-10')",
    'lincolndailynews_20081101_october_trick_or_treat_month#5': "count_small_moves('DJI','2008-10-01','2008-10-31',100)",
    'lincolndailynews_20081101_october_trick_or_treat_month#6': "month_ret('DJI','2008-10')",
    'lincolndailynews_20081101_october_trick_or_treat_month#7': 'None',
    'cnbc_20100521_weekly_statistics_correction#0': "[week_ret('RUT','2010-05-21'), week_ret('IXIC','2010-05-21'), week_ret('DJI','2010-05-21'), week_ret('SPX','2010-05-21')]",
    'cnbc_20100521_weekly_statistics_correction#1': "[high('VIX','2010-05-21'), last_high_ge('VIX','2010-05-21')]",
    'cnbc_20100521_weekly_statistics_correction#2': "range_pts('DJI','2010-05-21')",
    'cnbc_20100521_weekly_statistics_correction#3': "low('DJI','2010-05-21')",
    'cnbc_20100521_weekly_statistics_correction#4': "chg_pts('DJI','2010-05-21')",
    'cnbc_20100521_weekly_statistics_correction#5': "pts('DJI','2010-05-14','2010-05-21')",
    'cnbc_20100521_weekly_statistics_correction#6': "ret('DJI','2010-05-14','2010-05-21')",
    'cnbc_20100521_weekly_statistics_correction#7': "last_week_drop_ge('DJI','2010-05-21')",
    'cnbc_20100521_weekly_statistics_correction#8': "ret('DJI','2010-04-30','2010-05-07')",
    'cnbc_20100521_weekly_statistics_correction#9': "pts('SPX','2010-05-14','2010-05-21')",
    'cnbc_20100521_weekly_statistics_correction#10': "ret('SPX','2010-05-14','2010-05-21')",
    'cnbc_20100521_weekly_statistics_correction#11': "ret('SPX','2010-04-30','2010-05-07')",
    'cnbc_20100521_weekly_statistics_correction#12': "pts('IXIC','2010-05-14','2010-05-21')",
    'cnbc_20100521_weekly_statistics_correction#13': "ret('IXIC','2010-05-14','2010-05-21')",
    'cnbc_20100521_weekly_statistics_correction#14': "ret('IXIC','2010-04-30','2010-05-07')",
    'cnbc_20100521_weekly_statistics_correction#15': "chg_pts('DJI','2010-05-20')",
    'cnbc_20100521_weekly_statistics_correction#16': "chg_pct('DJI','2010-05-20')",
    'cnbc_20100521_weekly_statistics_correction#17': "close('DJI','2010-05-20')",
    'cnbc_20100521_weekly_statistics_correction#18': "max_close('DJI','2010-01-01','2010-05-20')",
    'cnbc_20100521_weekly_statistics_correction#19': "pct_below_max('DJI','2010-01-01','2010-05-20')",
    'cnbc_20100521_weekly_statistics_correction#20': "last_drop_ge('DJI','2010-05-20')",
    'cnbc_20100521_weekly_statistics_correction#21': "chg_pts('SPX','2010-05-20')",
    'cnbc_20100521_weekly_statistics_correction#22': "chg_pct('SPX','2010-05-20')",
    'cnbc_20100521_weekly_statistics_correction#23': "close('SPX','2010-05-20')",
    'cnbc_20100521_weekly_statistics_correction#24': "max_close('SPX','2010-01-01','2010-05-20')",
    'cnbc_20100521_weekly_statistics_correction#25': "pct_below_max('SPX','2010-01-01','2010-05-20')",
    'cnbc_20100702_worst_week_since_may7#0': "pts('DJI','2010-06-25','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#1': "ret('DJI','2010-06-25','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#2': "last_week_drop_ge('DJI','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#3': "close('DJI','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#4': "last_close_le('DJI','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#5': "down_streak('DJI','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#6': "down_streak('DJI','2010-07-02')[1]",
    'cnbc_20100702_worst_week_since_may7#7': "down_streak('DJI','2010-07-02')[2]",
    'cnbc_20100702_worst_week_since_may7#8': "last_down_streak_ge('DJI','2010-07-02',7)",
    'cnbc_20100702_worst_week_since_may7#9': "r(at('DJI','2010-07-02') - max_close('DJI','2010-01-01','2010-07-02')[1])",
    'cnbc_20100702_worst_week_since_may7#10': "pct_below_max('DJI','2010-01-01','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#11': "max_close('DJI','2010-01-01','2010-07-02')[0]",
    'cnbc_20100702_worst_week_since_may7#12': "max_close('DJI','1992-01-01','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#13': "pts('DJI','2007-10-09','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#14': "pct_below_max('DJI','2007-10-09','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#15': "q_ret('DJI','2010Q2')",
    'cnbc_20100702_worst_week_since_may7#16': "last_same_q_le('DJI','2010Q2')",
    'cnbc_20100702_worst_week_since_may7#17': "q_ret('DJI','2002Q2')",
    'cnbc_20100702_worst_week_since_may7#18': "pts('SPX','2010-06-25','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#19': "ret('SPX','2010-06-25','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#20': "close('SPX','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#21': "last_close_le('SPX','2010-07-02')",
    'cnbc_20100702_worst_week_since_may7#22': "down_streak('SPX','2010-07-02')",
    'cnbc_20110225_worst_week_since_august#0': "[week_ret('DJI','2011-02-25'), week_ret('SPX','2011-02-25'), week_ret('IXIC','2011-02-25'), week_ret('RUT','2011-02-25')]",
    'cnbc_20110225_worst_week_since_august#1': "week_ret('DJI','2010-08-13')",
    'cnbc_20110225_worst_week_since_august#2': "week_ret('SPX','2010-08-13')",
    'cnbc_20110225_worst_week_since_august#3': "week_ret('IXIC','2010-08-13')",
    'cnbc_20110225_worst_week_since_august#4': "week_ret('RUT','2011-01-21')",
    'cnbc_20110225_worst_week_since_august#5': "last_week_drop_ge('DJI','2011-02-25')",
    'cnbc_20110225_worst_week_since_august#6': "weeks_up('DJI','2011-02-25',8)",
    'cnbc_20110225_worst_week_since_august#7': "down_weeks('DJI','2011-02-25',8)",
    'cnbc_20110225_worst_week_since_august#8': "weeks_up('SPX','2011-02-25',8)",
    'cnbc_20110225_worst_week_since_august#9': "weeks_up('DJI','2011-02-25',52)",
    'cnbc_20110225_worst_week_since_august#10': "weeks_up('RUT','2011-02-25',52)",
    'cnbc_20110225_worst_week_since_august#11': "[ret('DJI','2011-01-31','2011-02-25')] + mtd_range('DJI','2011-02-25','2011-01-31')",
    'cnbc_20110225_worst_week_since_august#12': "[ret('SPX','2011-01-31','2011-02-25')] + mtd_range('SPX','2011-02-25','2011-01-31')",
    'cnbc_20110225_worst_week_since_august#13': "[ret('RUT','2011-01-31','2011-02-25')] + mtd_range('RUT','2011-02-25','2011-01-31')",
    'cnbc_20110225_worst_week_since_august#14': 'None',
    'jmgfinancial_202004_q1_2020_review#0': "[ret('DJI','2019-12-31','2020-01-17'), ret('SPX','2019-12-31','2020-01-17'), ret('IXIC','2019-12-31','2020-01-17'), ret('RUT','2019-12-31','2020-01-17')]",
    'jmgfinancial_202004_q1_2020_review#1': "[ret('IXIC','2019-12-31','2020-01-31'), ret('DJI','2019-12-31','2020-01-31'), ret('SPX','2019-12-31','2020-01-31'), ret('RUT','2019-12-31','2020-01-31')]",
    'jmgfinancial_202004_q1_2020_review#2': "[ret('IXIC','2019-12-31','2020-02-10'), ret('IXIC','2019-12-31','2020-02-14')]",
    'jmgfinancial_202004_q1_2020_review#3': "[ret('SPX','2019-12-31','2020-02-14'), ret('DJI','2019-12-31','2020-02-14')]",
    'jmgfinancial_202004_q1_2020_review#4': "month_ret('DJI','2020-02')",
    'jmgfinancial_202004_q1_2020_review#5': "[month_ret('DJI','2020-02'), month_ret('SPX','2020-02'), month_ret('IXIC','2020-02'), month_ret('RUT','2020-02')]",
    'jmgfinancial_202010_q3_2020_review#0': "[month_ret('SPX','2020-04'), month_ret('SPX','2020-05'), month_ret('SPX','2020-06'), month_ret('SPX','2020-07'), month_ret('SPX','2020-03')]",
    'jmgfinancial_202010_q3_2020_review#1': "month_ret('IXIC','2020-07')",
    'jmgfinancial_202010_q3_2020_review#2': "month_ret('SPX','2020-07')",
    'jmgfinancial_202010_q3_2020_review#3': 'None',
    'jmgfinancial_202010_q3_2020_review#4': "month_ret('RUT','2020-07')",
    'jmgfinancial_202010_q3_2020_review#5': "month_ret('DJI','2020-07')",
    'jmgfinancial_202010_q3_2020_review#6': "yld_chg_bp('US10Y','2020-06-30','2020-07-31')",
    'jmgfinancial_202010_q3_2020_review#7': "month_ret('IXIC','2020-08')",
    'jmgfinancial_202010_q3_2020_review#8': "month_ret('DJI','2020-08')",
    'jmgfinancial_202010_q3_2020_review#9': "month_ret('SPX','2020-08')",
    'jmgfinancial_202010_q3_2020_review#10': 'None',
    'jmgfinancial_202010_q3_2020_review#11': "month_ret('RUT','2020-08')",
    'schmittwealth_202107_midyear_2021#0': "ret('SPX','2020-12-31','2021-06-30')",
    'schmittwealth_202107_midyear_2021#1': "close('SPX','2020-12-31')",
    'schmittwealth_202107_midyear_2021#2': "close('SPX','2021-06-30')",
    'schmittwealth_202107_midyear_2021#3': 'None',
    'schmittwealth_202107_midyear_2021#4': "close('DJI','2020-12-31')",
    'schmittwealth_202107_midyear_2021#5': "close('DJI','2021-06-30')",
    'schmittwealth_202107_midyear_2021#6': "ret('DJI','2020-12-31','2021-06-30')",
    'defoes_20220930_worst_september_since_2008#0': "ret('SPX','2022-08-31','2022-09-29')",
    'defoes_20220930_worst_september_since_2008#1': "ret('IXIC','2022-08-31','2022-09-29')",
    'defoes_20220930_worst_september_since_2008#2': 'None',
    'defoes_20220930_worst_september_since_2008#3': "ret('DJI','2022-08-31','2022-09-29')",
    'defoes_20220930_worst_september_since_2008#4': 'None',
    'defoes_20220930_worst_september_since_2008#5': "sept_count('SPX',1928,2021,-7)",
    'defoes_20220930_worst_september_since_2008#6': 'None',
    'defoes_20220930_worst_september_since_2008#7': "sept_count('IXIC',1986,2022,-9)",
    'defoes_20220930_worst_september_since_2008#8': "oct_after_bad_sept('SPX',1928,2021,-7)[0]",
    'defoes_20220930_worst_september_since_2008#9': "oct_all('SPX',1928,2021)[0]",
    'defoes_20220930_worst_september_since_2008#10': "oct_all('SPX',1928,2021)[1]",
    'defoes_20220930_worst_september_since_2008#11': "oct_after_bad_sept('SPX',1928,2021,-7)[1]",
    'lnaonline_20221001_q3_client_letter#0': "ret('DJI','2021-12-31','2022-09-30')",
    'lnaonline_20221001_q3_client_letter#1': "ret('SPX','2021-12-31','2022-09-30')",
    'lnaonline_20221001_q3_client_letter#2': 'None',
    'lnaonline_20221001_q3_client_letter#3': "yld('US2Y','2022-09-30')",
    'lnaonline_20221001_q3_client_letter#4': "yld('US10Y','2022-09-30')",
    'lnaonline_20221001_q3_client_letter#5': "last_close_le('SPX','2022-09-30')",
    'lnaonline_20221001_q3_client_letter#6': "ret('IXIC','2021-12-31','2022-09-30')",
    'lnaonline_20221001_q3_client_letter#7': "ytd_rank_worst('SPX','09-30',1928,2022)",
    'theweek_20221031_dow_best_month_since_1976#0': "[weekday('2022-10-31'), chg_pct('DJI','2022-10-31'), chg_pct('SPX','2022-10-31'), chg_pct('IXIC','2022-10-31')]",
    'theweek_20221031_dow_best_month_since_1976#1': "[month_ret('DJI','2022-10'), last_month_ge('DJI','2022-10')]",
    'theweek_20221031_dow_best_month_since_1976#2': "month_ret('DJI','2022-10')",
    'theweek_20221031_dow_best_month_since_1976#3': "month_ret('SPX','2022-10')",
    'theweek_20221031_dow_best_month_since_1976#4': "month_ret('IXIC','2022-10')",
    'theweek_20221031_dow_best_month_since_1976#5': "[fomc_day('2022-11-02'), weekday('2022-11-02')]",
    'mynewsbuffet_20220131_dismal_january#0': "chg_pct('SPX','2022-01-31')",
    'mynewsbuffet_20220131_dismal_january#1': "close('SPX','2022-01-31')",
    'mynewsbuffet_20220131_dismal_january#2': "month_ret('SPX','2022-01')",
    'mynewsbuffet_20220131_dismal_january#3': "last_month_le('SPX','2022-01')",
    'mynewsbuffet_20220131_dismal_january#4': "month_ret('SPX','2020-03')",
    'mynewsbuffet_20220131_dismal_january#5': "last_same_month_le('SPX','2022-01')",
    'mynewsbuffet_20220131_dismal_january#6': "chg_pts('DJI','2022-01-31')",
    'mynewsbuffet_20220131_dismal_january#7': "chg_pct('DJI','2022-01-31')",
    'mynewsbuffet_20220131_dismal_january#8': "close('DJI','2022-01-31')",
    'mynewsbuffet_20220131_dismal_january#9': "month_ret('DJI','2022-01')",
    'mynewsbuffet_20220131_dismal_january#10': "chg_pct('IXIC','2022-01-31')",
    'mynewsbuffet_20220131_dismal_january#11': "close('IXIC','2022-01-31')",
    'mynewsbuffet_20220131_dismal_january#12': "chg_pct('IXIC','2022-01-28')",
    'mynewsbuffet_20220131_dismal_january#13': "month_ret('IXIC','2022-01')",
    'mynewsbuffet_20220131_dismal_january#14': "last_month_le('IXIC','2022-01')",
    'robotsforex_20231213_russell_december_rebound#0': "ret('RUT','2023-11-30','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#1': "ret('SPX','2023-11-30','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#2': 'None',
    'robotsforex_20231213_russell_december_rebound#3': "month_ret('RUT','2021-01')",
    'robotsforex_20231213_russell_december_rebound#4': "month_ret('SPX','2021-01')",
    'robotsforex_20231213_russell_december_rebound#5': "chg_pts('RUT','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#6': "chg_pct('RUT','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#7': "close('RUT','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#8': "last_close_ge('RUT','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#9': "[fomc_day('2023-12-13')] + fed_range('2023-12-14')",
    'robotsforex_20231213_russell_december_rebound#10': "ret('RUT','2022-12-30','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#11': "ret('SPX','2022-12-30','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#12': "ret('IXIC','2022-12-30','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#13': "last_close_ge('DJI','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#14': "chg_pct('DJI','2023-12-13')",
    'robotsforex_20231213_russell_december_rebound#15': "first_close_above('DJI',37000)",
    'robotsforex_20231213_russell_december_rebound#16': "[chg_pct('SPX','2023-12-13'), chg_pct('IXIC','2023-12-13')]",
    'civolatility_20250822_week_aug18_22#0': "[last_close_ge('DJI','2025-08-22'), last_high_ge('DJI','2025-08-22')]",
    'civolatility_20250822_week_aug18_22#1': "[r(s('VIX')['2025-08-18':'2025-08-22'].min()), r(s('VIX')['2025-08-18':'2025-08-22'].max())]",
    'civolatility_20250822_week_aug18_22#2': "ret('DJI','2025-08-15','2025-08-22')",
    'civolatility_20250822_week_aug18_22#3': "ret('SPX','2025-08-15','2025-08-22')",
    'civolatility_20250822_week_aug18_22#4': "ret('IXIC','2025-08-15','2025-08-22')",
    'civolatility_20250822_week_aug18_22#5': "close('DJI','2025-08-18')",
    'civolatility_20250822_week_aug18_22#6': "chg_pct('DJI','2025-08-18')",
    'civolatility_20250822_week_aug18_22#7': "close('SPX','2025-08-18')",
    'civolatility_20250822_week_aug18_22#8': "chg_pct('SPX','2025-08-18')",
    'civolatility_20250822_week_aug18_22#9': "close('IXIC','2025-08-18')",
    'civolatility_20250822_week_aug18_22#10': "chg_pct('IXIC','2025-08-18')",
    'civolatility_20250822_week_aug18_22#11': "close('VIX','2025-08-18')",
    'civolatility_20250822_week_aug18_22#12': "[range_pct_of_prev('DJI','2025-08-18'), r((high('DJI','2025-08-18') - low('DJI','2025-08-18')) / close('DJI','2025-08-18') * 100)]",
    'civolatility_20250822_week_aug18_22#13': "close('DJI','2025-08-19')",
    'civolatility_20250822_week_aug18_22#14': "chg_pct('DJI','2025-08-19')",
    'civolatility_20250822_week_aug18_22#15': "close('SPX','2025-08-19')",
    'civolatility_20250822_week_aug18_22#16': "chg_pct('SPX','2025-08-19')",
    'civolatility_20250822_week_aug18_22#17': "close('IXIC','2025-08-19')",
    'civolatility_20250822_week_aug18_22#18': "chg_pct('IXIC','2025-08-19')",
}


def main():
    global D
    args = sys.argv[1:]
    D = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not D:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    here = os.path.dirname(os.path.abspath(__file__))
    keyp = args[1] if len(args) > 1 else os.path.join(here, 'key.jsonl')
    recs = [json.loads(l) for l in open(keyp, encoding='utf-8') if l.strip()]
    mism = 0
    for k in recs:
        kid = '%s#%d' % (k['passage_id'], k['claim_index'])
        expr = RECIPES.get(kid)
        val = None if expr is None else eval(expr)
        val = json.loads(json.dumps(val))
        ok = val == k['computed_value']
        if not ok:
            mism += 1
        print('%s %s %s -> %s' % ('ok ' if ok else 'BAD', kid, expr, json.dumps(val)))
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(recs), mism))
    sys.exit(1 if mism else 0)


if __name__ == '__main__':
    main()
