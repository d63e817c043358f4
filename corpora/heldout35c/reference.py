"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints every recomputed value; exits 1 on any mismatch.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
_CACHE = {}
DATA = None
FILES = {'DJI': 'DJI', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'RUT': 'RUT', 'VIX': 'VIX'}


def S(t):
    if t not in _CACHE:
        if t in ('DFEDTAR', 'FOMC'):
            f = 'DFEDTAR.csv' if t == 'DFEDTAR' else 'FOMC_meetings.csv'
        else:
            f = FILES[t] + '.csv'
        df = pd.read_csv(os.path.join(DATA, f), parse_dates=['date']).set_index('date').sort_index()
        _CACHE[t] = df
    return _CACHE[t]


def T(d):
    return pd.Timestamp(d)


def r2(x):
    return round(float(x), 2)


def close(t, d):
    return r2(S(t).loc[T(d), 'close'])


def high(t, d):
    return r2(S(t).loc[T(d), 'high'])


def low(t, d):
    return r2(S(t).loc[T(d), 'low'])


def prev_close(t, d):
    c = S(t)['close']
    return float(c[c.index < T(d)].iloc[-1])


def chg(t, d):
    """daily point change, close vs previous close"""
    return r2(S(t).loc[T(d), 'close'] - prev_close(t, d))


def pct(t, d):
    return r2(100 * (S(t).loc[T(d), 'close'] / prev_close(t, d) - 1))


def pts_between(t, d0, d1):
    c = S(t)['close']
    return r2(c.loc[T(d1)] - c.loc[T(d0)])


def pct_between(t, d0, d1):
    c = S(t)['close']
    return r2(100 * (c.loc[T(d1)] / c.loc[T(d0)] - 1))


def high_minus_prev(t, d):
    """session high against previous close (points)"""
    return r2(S(t).loc[T(d), 'high'] - prev_close(t, d))


def low_minus_prev(t, d):
    return r2(S(t).loc[T(d), 'low'] - prev_close(t, d))


def low_pct_prev(t, d):
    return r2(100 * (S(t).loc[T(d), 'low'] / prev_close(t, d) - 1))


def ytd(t, d):
    c = S(t)['close']
    base = c[c.index.year < T(d).year].iloc[-1]
    return r2(100 * (c.loc[T(d)] / base - 1))


def mtd(t, d):
    c = S(t)['close']
    base = c[c.index < T(d).replace(day=1)].iloc[-1]
    return r2(100 * (c.loc[T(d)] / base - 1))


def month_ret(t, y, m):
    c = S(t)['close']
    start = T('%d-%02d-01' % (y, m))
    base = c[c.index < start].iloc[-1]
    last = c[(c.index.year == y) & (c.index.month == m)].iloc[-1]
    return r2(100 * (last / base - 1))


def last_month_with_gain_at_least(t, y, m, x):
    """last month before y-m whose month return >= x, as 'YYYY-MM'"""
    c = S(t)['close']
    me = c.groupby([c.index.year, c.index.month]).last()
    rets = me.pct_change() * 100
    prior = rets[[(a, b) < (y, m) for a, b in rets.index]]
    hit = prior[prior >= x]
    a, b = hit.index[-1]
    return '%d-%02d' % (a, b)


def month_returns(t, y, months):
    return [month_ret(t, y, m) for m in months]


def record_close_before(t, d):
    c = S(t)['close']
    p = c[c.index < T(d)]
    return [str(p.idxmax().date()), r2(p.max())]


def is_record_close(t, d):
    c = S(t)['close']
    return bool(c.loc[T(d)] > c[c.index < T(d)].max())


def max_high_before(t, d):
    h = S(t)['high']
    p = h[h.index < T(d)]
    return [str(p.idxmax().date()), r2(p.max())]


def last_close_at_or_below(t, d, level=None):
    """last session before d with close <= level (default: d's close)"""
    c = S(t)['close']
    lv = c.loc[T(d)] if level is None else level
    p = c[(c.index < T(d)) & (c <= lv)]
    return str(p.index[-1].date())


def last_close_at_or_above(t, d, level=None):
    c = S(t)['close']
    lv = c.loc[T(d)] if level is None else level
    p = c[(c.index < T(d)) & (c >= lv)]
    return str(p.index[-1].date())


def last_high_at_or_above(t, d, level):
    h = S(t)['high']
    p = h[(h.index < T(d)) & (h >= level)]
    return str(p.index[-1].date())


def first_close_above(t, level):
    c = S(t)['close']
    return str(c[c > level].index[0].date())


def sessions_between(t, d0, d1):
    c = S(t)['close']
    return int(((c.index > T(d0)) & (c.index <= T(d1))).sum())


def rank_point_gain_in_year(t, d):
    c = S(t)['close']
    ch = c.diff()
    yr = ch[(ch.index.year == T(d).year) & (ch.index <= T(d))]
    return int((yr > ch.loc[T(d)]).sum() + 1)


def rank_point_gain_alltime(t, d):
    c = S(t)['close']
    ch = c.diff()
    p = ch[ch.index <= T(d)]
    return int((p > ch.loc[T(d)]).sum() + 1)


def rank_pct_gain_alltime(t, d):
    c = S(t)['close']
    ch = c.pct_change()
    p = ch[ch.index <= T(d)]
    return int((p > ch.loc[T(d)]).sum() + 1)


def up_streak(t, d):
    """consecutive daily gains ending at d"""
    c = S(t)['close']
    ch = c.diff()
    ch = ch[ch.index <= T(d)]
    n = 0
    for v in ch.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def week_range(t, d0, d1):
    """highest high minus lowest low of sessions d0..d1 inclusive"""
    df = S(t)
    w = df[(df.index >= T(d0)) & (df.index <= T(d1))]
    return r2(w['high'].max() - w['low'].min())


def weekly_changes(t, fridays):
    c = S(t)['close']
    out = []
    for f in fridays:
        p = c[c.index < T(f) - pd.Timedelta(days=6)].iloc[-1]
        out.append(r2(100 * (c.loc[T(f)] / p - 1)))
    return out


def last_week_gain_at_least(t, d, x):
    """last Friday-to-Friday week before the week ending d with a gain >= x (%), as its last session"""
    c = S(t)['close']
    wk = c.groupby(c.index.to_period('W-FRI')).last()
    ret = wk.pct_change() * 100
    cur = pd.Timestamp(d).to_period('W-FRI')
    prior = ret[ret.index < cur]
    hit = prior[prior >= x]
    per = hit.index[-1]
    return str(c[c.index.to_period('W-FRI') == per].index[-1].date())


def up_week_streak(t, d):
    c = S(t)['close']
    wk = c.groupby(c.index.to_period('W-FRI')).last()
    ret = wk.diff()
    ret = ret[ret.index <= pd.Timestamp(d).to_period('W-FRI')]
    n = 0
    for v in ret.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def count_record_closes(t, d0, d1):
    c = S(t)['close']
    run = c.cummax().shift(1)
    m = (c > run) & (c.index >= T(d0)) & (c.index <= T(d1))
    return int(m.sum())


def year_low_close(t, y, upto):
    c = S(t)['close']
    p = c[(c.index.year == y) & (c.index <= T(upto))]
    return [str(p.idxmin().date()), r2(p.min())]


def year_high_close(t, y, upto):
    c = S(t)['close']
    p = c[(c.index.year == y) & (c.index <= T(upto))]
    return [str(p.idxmax().date()), r2(p.max())]


def window_low_close(t, d0, d1):
    c = S(t)['close']
    p = c[(c.index >= T(d0)) & (c.index <= T(d1))]
    return [str(p.idxmin().date()), r2(p.min())]


def fedtarget(d):
    return r2(S('DFEDTAR').loc[T(d), 'value'])


def fed_change(d_decision, d_effective):
    v = S('DFEDTAR')['value']
    return r2(v.loc[T(d_effective)] - v[v.index < T(d_effective)].iloc[-1])


def fomc_meeting(d):
    f = S('FOMC')
    if T(d) not in f.index:
        return None
    return str(f.loc[T(d), 'scheduled']).lower()


def in_range(t, d, v):
    """mid-session figure against the session's low-high range"""
    return bool(low(t, d) <= v <= high(t, d))


RECIPES = {
    # starbulletin_19991203
    'sb99|0': "is_record_close('IXIC','1999-12-03')",
    'sb99|1': "is_record_close('SPX','1999-12-03')",
    'sb99|2': "chg('DJI','1999-12-03')",
    'sb99|3': "pct('DJI','1999-12-03')",
    'sb99|4': "close('DJI','1999-12-03')",
    'sb99|5': "record_close_before('DJI','1999-12-03')",
    'sb99|6': "r2(record_close_before('DJI','1999-12-03')[1]-close('DJI','1999-12-03'))",
    'sb99|7': "high_minus_prev('DJI','1999-12-03')",
    'sb99|8': "rank_point_gain_in_year('DJI','1999-12-03')",
    'sb99|9': "chg('SPX','1999-12-03')",
    'sb99|10': "pct('SPX','1999-12-03')",
    'sb99|11': "close('SPX','1999-12-03')",
    'sb99|12': "chg('IXIC','1999-12-03')",
    'sb99|13': "pct('IXIC','1999-12-03')",
    'sb99|14': "close('IXIC','1999-12-03')",
    'sb99|15': "ytd('IXIC','1999-12-03')",
    'sb99|16': "ytd('SPX','1999-12-03')",
    'sb99|17': "ytd('DJI','1999-12-03')",
    'sb99|18': "chg('RUT','1999-12-03')",
    'sb99|19': "close('RUT','1999-12-03')",
    # peoplecn_20010419
    'pc01|0': "fomc_meeting('2001-04-18')",
    'pc01|1': "fed_change('2001-04-18','2001-04-18')",
    'pc01|2': "fedtarget('2001-04-18')",
    'pc01|3': "chg('DJI','2001-04-18')",
    'pc01|4': "pct('DJI','2001-04-18')",
    'pc01|5': "close('DJI','2001-04-18')",
    'pc01|6': "rank_point_gain_alltime('DJI','2001-04-18')",
    'pc01|7': "high_minus_prev('DJI','2001-04-18')",
    'pc01|8': "chg('IXIC','2001-04-18')",
    'pc01|9': "pct('IXIC','2001-04-18')",
    'pc01|10': "close('IXIC','2001-04-18')",
    'pc01|11': "[last_close_at_or_above('IXIC','2001-04-18',2000), last_high_at_or_above('IXIC','2001-04-18',2000)]",
    'pc01|12': "rank_pct_gain_alltime('IXIC','2001-04-18')",
    'pc01|13': "fomc_meeting('2001-05-15')",
    # crains_20011009
    'cr01|0': "up_streak('IXIC','2001-10-08')",
    'cr01|1': "in_range('IXIC','2001-10-09',1574.86)",
    'cr01|2': "in_range('SPX','2001-10-09',1056.69)",
    'cr01|3': "in_range('DJI','2001-10-09',9038.95)",
    'cr01|4': "chg('IXIC','2001-10-09')",
    'cr01|5': "chg('SPX','2001-10-09')",
    'cr01|6': "chg('DJI','2001-10-09')",
    # heraldtribune_20030418
    'ht03|0': "chg('DJI','2003-04-17')",
    'ht03|1': "pct('DJI','2003-04-17')",
    'ht03|2': "close('DJI','2003-04-17')",
    'ht03|3': "chg('DJI','2003-04-16')",
    'ht03|4': "low_minus_prev('DJI','2003-04-17')",
    'ht03|5': "chg('IXIC','2003-04-17')",
    'ht03|6': "pct('IXIC','2003-04-17')",
    'ht03|7': "close('IXIC','2003-04-17')",
    'ht03|8': "chg('SPX','2003-04-17')",
    'ht03|9': "pct('SPX','2003-04-17')",
    'ht03|10': "close('SPX','2003-04-17')",
    'ht03|11': "pct_between('DJI','2003-04-11','2003-04-17')",
    'ht03|12': "pct_between('IXIC','2003-04-11','2003-04-17')",
    'ht03|13': "pct_between('SPX','2003-04-11','2003-04-17')",
    # nysun_20061018
    'ns06|0': "[max_high_before('DJI','2006-10-18'), high('DJI','2006-10-18')]",
    'ns06|1': "high('DJI','2006-10-18')",
    'ns06|2': "is_record_close('DJI','2006-10-18')",
    'ns06|3': "close('DJI','2006-10-18')",
    'ns06|4': "first_close_above('DJI',11000)",
    'ns06|5': "[first_close_above('DJI',10000), first_close_above('DJI',11000), sessions_between('DJI',first_close_above('DJI',10000),first_close_above('DJI',11000))]",
    'ns06|6': "pts_between('DJI','2006-09-29','2006-10-18')",
    'ns06|7': "[count_record_closes('DJI','2006-10-04','2006-10-17'), count_record_closes('DJI','2006-10-03','2006-10-17')]",
    # yeshiva_20080306
    'yw08|0': "chg('SPX','2008-03-06')",
    'yw08|1': "pct('SPX','2008-03-06')",
    'yw08|2': "close('SPX','2008-03-06')",
    'yw08|3': "last_close_at_or_below('SPX','2008-03-06')",
    'yw08|4': "chg('DJI','2008-03-06')",
    'yw08|5': "pct('DJI','2008-03-06')",
    'yw08|6': "close('DJI','2008-03-06')",
    'yw08|7': "chg('IXIC','2008-03-06')",
    'yw08|8': "pct('IXIC','2008-03-06')",
    'yw08|9': "close('IXIC','2008-03-06')",
    # te_20080922
    'te08|0': "low_pct_prev('SPX','2008-09-22')",
    'te08|1': "r2(-100*low_minus_prev('SPX','2008-09-22')/pts_between('SPX','2008-09-17','2008-09-19'))",
    'te08|2': "in_range('SPX','2008-09-22',1207.08)",
    'te08|3': "in_range('DJI','2008-09-22',11010.2)",
    'te08|4': "in_range('IXIC','2008-09-22',2184.16)",
    'te08|5': "None",
    'te08|6': "None",
    # invnews_20090331
    'in09|0': "month_returns('DJI',2009,[1,2,3])",
    'in09|1': "r2((T('2009-03-31')-T(last_month_with_gain_at_least('DJI',2009,3,month_ret('DJI',2009,3))+'-31')).days/365.25)",
    'in09|2': "pct_between('DJI','2009-03-09','2009-03-31')",
    'in09|3': "last_close_at_or_below('DJI','2009-03-09')",
    'in09|4': "month_ret('DJI',2009,3)",
    'in09|5': "last_month_with_gain_at_least('DJI',2009,3,month_ret('DJI',2009,3))",
    # cnbc_20100723
    'cb0723|0': "pts_between('DJI','2010-07-16','2010-07-23')",
    'cb0723|1': "pct_between('DJI','2010-07-16','2010-07-23')",
    'cb0723|2': "last_week_gain_at_least('DJI','2010-07-23',pct_between('DJI','2010-07-16','2010-07-23'))",
    'cb0723|3': "pct_between('DJI','2010-07-02','2010-07-09')",
    'cb0723|4': "week_range('DJI','2010-07-19','2010-07-23')",
    'cb0723|5': "week_range('DJI','2010-05-03','2010-05-07')",
    'cb0723|6': "mtd('DJI','2010-07-23')",
    'cb0723|7': "month_ret('DJI',2009,7)",
    'cb0723|8': "record_close_before('DJI','2010-07-23')",
    'cb0723|9': "pts_between('DJI','2007-10-09','2010-07-23')",
    'cb0723|10': "pct_between('DJI','2007-10-09','2010-07-23')",
    'cb0723|11': "year_low_close('DJI',2010,'2010-07-23')",
    'cb0723|12': "pts_between('DJI','2010-07-02','2010-07-23')",
    'cb0723|13': "pct_between('DJI','2010-07-02','2010-07-23')",
    'cb0723|14': "pts_between('SPX','2010-07-16','2010-07-23')",
    'cb0723|15': "pct_between('SPX','2010-07-16','2010-07-23')",
    'cb0723|16': "last_week_gain_at_least('SPX','2010-07-23',pct_between('SPX','2010-07-16','2010-07-23'))",
    'cb0723|17': "pct_between('SPX','2010-07-02','2010-07-09')",
    'cb0723|18': "week_range('SPX','2010-07-19','2010-07-23')",
    'cb0723|19': "week_range('SPX','2010-05-03','2010-05-07')",
    'cb0723|20': "mtd('SPX','2010-07-23')",
    'cb0723|21': "month_ret('SPX',2009,7)",
    'cb0723|22': "pct_between('IXIC','2010-07-16','2010-07-23')",
    # cnbc_20100806
    'cb0806|0': "pts_between('DJI','2010-07-30','2010-08-06')",
    'cb0806|1': "pct_between('DJI','2010-07-30','2010-08-06')",
    'cb0806|2': "up_week_streak('DJI','2010-08-06')",
    'cb0806|3': "[up_week_streak('DJI','2010-04-23'), up_week_streak('DJI','2010-04-30')]",
    'cb0806|4': "pts_between('DJI','2010-07-16','2010-08-06')",
    'cb0806|5': "pct_between('DJI','2010-07-16','2010-08-06')",
    'cb0806|6': "chg('DJI','2010-08-02')",
    'cb0806|7': "pct('DJI','2010-08-02')",
    'cb0806|8': "close('DJI','2010-08-02')",
    'cb0806|9': "rank_point_gain_in_year('DJI','2010-08-02')",
    'cb0806|10': "pts_between('DJI','2007-10-09','2010-08-06')",
    'cb0806|11': "pct_between('DJI','2007-10-09','2010-08-06')",
    'cb0806|12': "year_high_close('DJI',2010,'2010-08-06')",
    'cb0806|13': "pts_between('DJI','2010-04-26','2010-08-06')",
    'cb0806|14': "pct_between('DJI','2010-04-26','2010-08-06')",
    'cb0806|15': "pts_between('DJI','2010-07-02','2010-08-06')",
    'cb0806|16': "pct_between('DJI','2010-07-02','2010-08-06')",
    'cb0806|17': "pts_between('SPX','2010-07-30','2010-08-06')",
    'cb0806|18': "pct_between('SPX','2010-07-30','2010-08-06')",
    'cb0806|19': "weekly_changes('SPX',['2010-07-23','2010-07-30'])",
    # cnbc_20101008
    'cb1008|0': "chg('DJI','2010-10-08')",
    'cb1008|1': "pct('DJI','2010-10-08')",
    'cb1008|2': "pts_between('DJI','2010-10-01','2010-10-08')",
    'cb1008|3': "pct_between('DJI','2010-10-01','2010-10-08')",
    'cb1008|4': "close('DJI','2010-10-08')",
    'cb1008|5': "last_close_at_or_above('DJI','2010-10-08',11000)",
    'cb1008|6': "first_close_above('DJI',11000)",
    'cb1008|7': "year_high_close('DJI',2010,'2010-10-08')",
    'cb1008|8': "pct_between('DJI','2010-10-08','2010-04-26')",
    'cb1008|9': "chg('SPX','2010-10-08')",
    'cb1008|10': "pct('SPX','2010-10-08')",
    'cb1008|11': "pts_between('SPX','2010-10-01','2010-10-08')",
    'cb1008|12': "pct_between('SPX','2010-10-01','2010-10-08')",
    'cb1008|13': "close('SPX','2010-10-08')",
    'cb1008|14': "chg('IXIC','2010-10-08')",
    'cb1008|15': "pct('IXIC','2010-10-08')",
    'cb1008|16': "pts_between('IXIC','2010-10-01','2010-10-08')",
    'cb1008|17': "pct_between('IXIC','2010-10-01','2010-10-08')",
    'cb1008|18': "close('IXIC','2010-10-08')",
    'cb1008|19': "close('VIX','2010-10-08')",
    # globe_20110523
    'gm11|0': "chg('DJI','2011-05-23')",
    'gm11|1': "pct('DJI','2011-05-23')",
    'gm11|2': "close('DJI','2011-05-23')",
    'gm11|3': "chg('SPX','2011-05-23')",
    'gm11|4': "pct('SPX','2011-05-23')",
    'gm11|5': "close('SPX','2011-05-23')",
    'gm11|6': "chg('IXIC','2011-05-23')",
    'gm11|7': "pct('IXIC','2011-05-23')",
    'gm11|8': "close('IXIC','2011-05-23')",
    'gm11|9': "low_minus_prev('DJI','2011-05-23')",
    # pionline_20111208
    'pi11|0': "last_close_at_or_below('DJI','2011-12-08',12000)",
    'pi11|1': "chg('DJI','2011-12-08')",
    'pi11|2': "pct('DJI','2011-12-08')",
    'pi11|3': "close('DJI','2011-12-08')",
    'pi11|4': "chg('SPX','2011-12-08')",
    'pi11|5': "pct('SPX','2011-12-08')",
    'pi11|6': "close('SPX','2011-12-08')",
    'pi11|7': "chg('IXIC','2011-12-08')",
    'pi11|8': "pct('IXIC','2011-12-08')",
    'pi11|9': "close('IXIC','2011-12-08')",
    # durango_20120222
    'dh12|0': "[high('DJI','2012-02-21'), last_high_at_or_above('DJI','2012-02-21',13000)]",
    'dh12|1': "chg('DJI','2012-02-21')",
    'dh12|2': "close('DJI','2012-02-21')",
    'dh12|3': "[high('SPX','2012-02-21'), year_high_close('SPX',2011,'2011-12-31')]",
    'dh12|4': "close('SPX','2012-02-21')",
    'dh12|5': "chg('SPX','2012-02-21')",
    'dh12|6': "last_close_at_or_above('IXIC','2012-01-01',close('IXIC','2012-02-21'))",
    'dh12|7': "chg('IXIC','2012-02-21')",
    'dh12|8': "close('IXIC','2012-02-21')",
    'dh12|9': "window_low_close('DJI','2011-07-22','2012-02-21')",
    'dh12|10': "pct_between('DJI','2011-10-03','2012-02-21')",
    'dh12|11': "r2(record_close_before('DJI','2012-02-21')[1]-close('DJI','2012-02-21'))",
    'dh12|12': "r2(100*(record_close_before('DJI','2012-02-21')[1]/close('DJI','2012-02-21')-1))",
    'dh12|13': "pts_between('DJI','2011-07-21','2011-08-10')",
}


def evaluate(expr):
    return eval(expr)


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    keyf = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    recs = [json.loads(l) for l in open(keyf) if l.strip()]
    bad = 0
    for r in recs:
        k = r['recipe_id']
        v = evaluate(RECIPES[k])
        v = json.loads(json.dumps(v))
        ok = same(v, r['computed_value'])
        bad += 0 if ok else 1
        print('%-12s %-55s %s%s' % (k, RECIPES[k][:55], json.dumps(v), '' if ok else '  MISMATCH (key: %s)' % json.dumps(r['computed_value'])))
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(recs), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
