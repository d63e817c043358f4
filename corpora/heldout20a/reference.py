"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
       (or set CAPSCOPE_DATA_DIR). Exits 1 on any mismatch. Needs pandas.
Each key record is one line of the RECIPES table: (passage_id, claim_index, expression).
The expression is evaluated with the helpers below; 'None' means nothing in the files computes it.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))

_FILES = {'SPX': 'GSPC.csv', 'DJI': 'DJI.csv', 'IXIC': 'IXIC.csv', 'RUT': 'RUT.csv',
          'VIX': 'VIX.csv', 'NDX': 'NDX.csv'}
_CACHE = {}
DATA = None

def set_data(path):
    global DATA
    DATA = path

def S(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, _FILES[t]), parse_dates=['date'])
        _CACHE[t] = df.set_index('date').sort_index()
    return _CACHE[t]

def R(name):
    key = 'rate:' + name
    if key not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date'])
        _CACHE[key] = df.set_index('date').sort_index()
    return _CACHE[key]

def _ts(d):
    return pd.Timestamp(d)

def _i(t, d):
    return S(t).index.get_loc(_ts(d))

def r2(x):
    return round(float(x), 2)

def r3(x):
    return round(float(x), 3)

def ds(ts):
    return pd.Timestamp(ts).strftime('%Y-%m-%d')

def close(t, d):
    return r2(S(t)['close'].loc[_ts(d)])

def high(t, d):
    return r2(S(t)['high'].loc[_ts(d)])

def low(t, d):
    return r2(S(t)['low'].loc[_ts(d)])

def chg(t, d):
    c = S(t)['close']; i = _i(t, d)
    return r2(c.iloc[i] - c.iloc[i - 1])

def pct(t, d):
    c = S(t)['close']; i = _i(t, d)
    return r3(100 * (c.iloc[i] / c.iloc[i - 1] - 1))

def prev_close_on_or_before(t, d):
    c = S(t)['close']
    return c.loc[:_ts(d)].iloc[-1]

def pct_window(t, d0, d1):
    """close-to-close change: last close on or before d0 -> close on d1, percent"""
    c0 = prev_close_on_or_before(t, d0); c1 = S(t)['close'].loc[_ts(d1)]
    return r3(100 * (c1 / c0 - 1))

def pts_window(t, d0, d1):
    c0 = prev_close_on_or_before(t, d0); c1 = S(t)['close'].loc[_ts(d1)]
    return r2(c1 - c0)

def _prev_year_end(d):
    return '%d-12-31' % (_ts(d).year - 1)

def ytd(t, d):
    return pct_window(t, _prev_year_end(d), d)

def ytd_pts(t, d):
    return pts_window(t, _prev_year_end(d), d)

def _prev_month_end(d):
    x = _ts(d).replace(day=1) - pd.Timedelta(days=1)
    return ds(x)

def mtd(t, d):
    return pct_window(t, _prev_month_end(d), d)

def _prev_week_end(d):
    x = _ts(d); x = x - pd.Timedelta(days=x.weekday() + 1)  # previous Sunday
    return ds(x)

def wtd(t, d):
    return pct_window(t, _prev_week_end(d), d)

def wtd_pts(t, d):
    return pts_window(t, _prev_week_end(d), d)

def year_pct(t, y):
    return pct_window(t, '%d-12-31' % (y - 1), ds(S(t)['close'].loc[:'%d-12-31' % y].index[-1]))

def year_pts(t, y):
    return pts_window(t, '%d-12-31' % (y - 1), ds(S(t)['close'].loc[:'%d-12-31' % y].index[-1]))

def highest_since(t, d):
    """last session before d whose close is >= close(d)"""
    c = S(t)['close']; v = c.loc[_ts(d)]
    prior = c.loc[:_ts(d)].iloc[:-1]
    hit = prior[prior >= v]
    return ds(hit.index[-1]) if len(hit) else None

def lowest_since(t, d):
    c = S(t)['close']; v = c.loc[_ts(d)]
    prior = c.loc[:_ts(d)].iloc[:-1]
    hit = prior[prior <= v]
    return ds(hit.index[-1]) if len(hit) else None

def first_close_at_or_above(t, level, after=None):
    c = S(t)['close']
    if after: c = c.loc[_ts(after):]
    hit = c[c >= level]
    return ds(hit.index[0]) if len(hit) else None

def first_close_above(t, level, after=None):
    c = S(t)['close']
    if after: c = c.loc[_ts(after):]
    hit = c[c > level]
    return ds(hit.index[0]) if len(hit) else None

def _moves(t, kind):
    c = S(t)['close']
    return (c.diff() if kind == 'pts' else 100 * c.pct_change())

def last_move_as_big(t, d, kind='pts'):
    """last session before d with a move in the same direction at least as large"""
    m = _moves(t, kind); v = m.loc[_ts(d)]
    prior = m.loc[:_ts(d)].iloc[:-1]
    hit = prior[prior >= v] if v > 0 else prior[prior <= v]
    return ds(hit.index[-1]) if len(hit) else None

def rank_move(t, d, start, kind='pct'):
    """rank of the day's move among moves in the same direction from start to d (1 = largest)"""
    m = _moves(t, kind).loc[_ts(start):_ts(d)].dropna(); v = m.loc[_ts(d)]
    if v > 0:
        return int((m > v).sum() + 1)
    return int((m < v).sum() + 1)

def record_before(t, d):
    c = S(t)['close'].loc[:_ts(d)].iloc[:-1]
    return [ds(c.idxmax()), r2(c.max())]

def record_close(t, d):
    """highest close up to and including d, and its date"""
    c = S(t)['close'].loc[:_ts(d)]
    return [ds(c.idxmax()), r2(c.max())]

def is_record(t, d):
    c = S(t)['close'].loc[:_ts(d)]
    return bool(c.iloc[-1] > c.iloc[:-1].max())

def any_record_between(t, d0, d1):
    c = S(t)['close']; out = []
    for x in c.loc[_ts(d0):_ts(d1)].index:
        if c.loc[:x].iloc[-1] > c.loc[:x].iloc[:-1].max():
            out.append(ds(x))
    return out

def pct_below_record(t, d):
    c = S(t)['close'].loc[:_ts(d)]
    return r3(100 * (1 - c.iloc[-1] / c.max()))

def pct_from(t, d0, d1):
    """change from the close on d0 exactly to the close on d1"""
    c = S(t)['close']
    return r3(100 * (c.loc[_ts(d1)] / c.loc[_ts(d0)] - 1))

def pts_below(t, level, d):
    return r2(level - S(t)['close'].loc[_ts(d)])

def up_streak(t, d):
    c = S(t)['close'].loc[:_ts(d)]; n = 0
    diffs = c.diff().iloc[::-1]
    for x in diffs:
        if x > 0: n += 1
        else: break
    return n

def ups_in_last(t, d, n):
    c = S(t)['close'].loc[:_ts(d)]
    return int((c.diff().iloc[-n:] > 0).sum())

def longest_streak_since(t, d):
    """last date before d on which an up streak at least as long as the current one ended"""
    n = up_streak(t, d); c = S(t)['close'].loc[:_ts(d)]
    up = (c.diff() > 0).astype(int).values; idx = c.index
    run = 0; best = None
    runs = []
    for k in range(len(up)):
        run = run + 1 if up[k] else 0
        runs.append(run)
    for k in range(len(runs) - 1 - n, -1, -1):
        if runs[k] >= n:
            return ds(idx[k])
    return None

def is_session(t, d):
    return bool(_ts(d) in S(t).index)

def days_between(d0, d1):
    return int((_ts(d1) - _ts(d0)).days)

def weeks_between(d0, d1):
    return round((_ts(d1) - _ts(d0)).days / 7.0, 2)

def years_between(d0, d1):
    return round((_ts(d1) - _ts(d0)).days / 365.25, 2)

def first_date(t):
    return ds(S(t).index[0])

def min_low_between(t, d0, d1):
    l = S(t)['low'].loc[_ts(d0):_ts(d1)]
    return [ds(l.idxmin()), r2(l.min())]

def min_close_between(t, d0, d1):
    c = S(t)['close'].loc[_ts(d0):_ts(d1)]
    return [ds(c.idxmin()), r2(c.min())]

def max_close_between(t, d0, d1):
    c = S(t)['close'].loc[_ts(d0):_ts(d1)]
    return [ds(c.idxmax()), r2(c.max())]

def fed_target(d):
    """DFEDTAR (single target) value on calendar day d"""
    return float(R('DFEDTAR')['value'].loc[_ts(d)])

def fed_cuts_between(d0, d1):
    v = R('DFEDTAR')['value'].loc[_ts(d0):_ts(d1)]
    return int((v.diff() < 0).sum())

def fomc_day(d):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    return bool((m['date'] == _ts(d)).any())

def biggest_year_pts_since(t, y):
    """last calendar year before y with a point gain at least as large as year y's"""
    v = year_pts(t, y)
    for yy in range(y - 1, S(t).index[0].year, -1):
        if year_pts(t, yy) >= v:
            return yy
    return None

def best_year_pct_since(t, y):
    v = year_pct(t, y)
    for yy in range(y - 1, S(t).index[0].year, -1):
        if year_pct(t, yy) >= v:
            return yy
    return None

def rank_gain_pts_in_year(t, d):
    y = _ts(d).year
    return rank_move(t, d, '%d-01-01' % y, 'pts')

def all_down_more_than(tickers, d, thr):
    return bool(all(pct(t, d) < -thr for t in tickers))

def months_between(d0, d1):
    return round((_ts(d1) - _ts(d0)).days / 30.4375, 2)

def last_close_at_or_above(t, level, before):
    c = S(t)['close'].loc[:_ts(before)]
    c = c.iloc[:-1] if c.index[-1] == _ts(before) else c
    hit = c[c >= level]
    return ds(hit.index[-1]) if len(hit) else None

def rank_move_asof(t, d, start, end, kind='pct'):
    """rank of the move on d among same-direction moves from start to end (the table's as-of day)"""
    m = _moves(t, kind).loc[_ts(start):_ts(end)].dropna(); v = m.loc[_ts(d)]
    if v > 0:
        return int((m > v).sum() + 1)
    return int((m < v).sum() + 1)

def count_drops_at_least(t, d0, d1, pts):
    m = S(t)['close'].diff().loc[_ts(d0):_ts(d1)]
    return int((m <= -pts).sum())


# BEGIN RECIPES
RECIPES = [
    ('thetech_20000310_nasdaq_5000', 0, "chg('IXIC','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 1, "pct('IXIC','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 2, "close('IXIC','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 3, "[high('IXIC','2000-03-07'), close('IXIC','2000-03-07')]"),
    ('thetech_20000310_nasdaq_5000', 4, "weeks_between(first_close_at_or_above('IXIC',4000), first_close_at_or_above('IXIC',5000))"),
    ('thetech_20000310_nasdaq_5000', 5, "years_between(first_date('IXIC'), first_close_at_or_above('IXIC',1000))"),
    ('thetech_20000310_nasdaq_5000', 6, "ytd('IXIC','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 7, "ytd('DJI','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 8, "year_pct('IXIC',1999)"),
    ('thetech_20000310_nasdaq_5000', 9, "chg('DJI','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 10, "pct('DJI','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 11, "close('DJI','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 12, "chg('SPX','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 13, "pct('SPX','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 14, "close('SPX','2000-03-09')"),
    ('thetech_20000310_nasdaq_5000', 15, "[first_date('IXIC'), close('IXIC', first_date('IXIC'))]"),
    ('thetech_20000310_nasdaq_5000', 16, "chg('DJI','2000-03-07')"),
    ('morningjournal_20020302_dow_best_since_august', 0, "months_between(last_move_as_big('IXIC','2002-03-01','pts'), '2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 1, 'None'),
    ('morningjournal_20020302_dow_best_since_august', 2, "chg('DJI','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 3, "pct('DJI','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 4, "close('DJI','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 5, "highest_since('DJI','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 6, "close('DJI','2001-08-27')"),
    ('morningjournal_20020302_dow_best_since_august', 7, "last_move_as_big('DJI','2002-03-01','pts')"),
    ('morningjournal_20020302_dow_best_since_august', 8, "chg('DJI','2001-09-24')"),
    ('morningjournal_20020302_dow_best_since_august', 9, "chg('IXIC','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 10, "pct('IXIC','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 11, "close('IXIC','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 12, "rank_move('IXIC','2002-03-01','2002-01-01','pts')"),
    ('morningjournal_20020302_dow_best_since_august', 13, "last_move_as_big('IXIC','2002-03-01','pts')"),
    ('morningjournal_20020302_dow_best_since_august', 14, "chg('IXIC','2001-12-05')"),
    ('morningjournal_20020302_dow_best_since_august', 15, "chg('SPX','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 16, "pct('SPX','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 17, "close('SPX','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 18, "wtd_pts('DJI','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 19, "wtd('DJI','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 20, "wtd_pts('IXIC','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 21, "wtd('IXIC','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 22, "wtd_pts('SPX','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 23, "wtd('SPX','2002-03-01')"),
    ('morningjournal_20020302_dow_best_since_august', 24, 'None'),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 0, "months_between(highest_since('DJI','2002-11-27'), '2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 1, "months_between(highest_since('IXIC','2002-11-27'), '2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 2, "pct('DJI','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 3, "chg('DJI','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 4, "close('DJI','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 5, 'None'),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 6, 'None'),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 7, "chg('IXIC','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 8, "close('IXIC','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 9, "pct('IXIC','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 10, "chg('SPX','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 11, "close('SPX','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 12, "pct('SPX','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 13, "highest_since('DJI','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 14, "close('DJI','2002-08-22')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 15, "highest_since('IXIC','2002-11-27')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 16, "close('IXIC','2002-06-19')"),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 17, 'None'),
    ('cnnmoney_20021127_thanksgiving_eve_rally', 18, 'None'),
    ('nysun_20041104_bush_reelection_rally', 0, "months_between(highest_since('SPX','2004-11-03'), '2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 1, "chg('SPX','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 2, "pct('SPX','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 3, "close('SPX','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 4, "highest_since('SPX','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 5, "up_streak('SPX','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 6, "longest_streak_since('SPX','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 7, "chg('DJI','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 8, "pct('DJI','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 9, "close('DJI','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 10, "chg('DJI','2004-11-02')"),
    ('nysun_20041104_bush_reelection_rally', 11, "chg('IXIC','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 12, "pct('IXIC','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 13, "close('IXIC','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 14, "highest_since('IXIC','2004-11-03')"),
    ('nysun_20041104_bush_reelection_rally', 15, 'None'),
    ('nysun_20041104_bush_reelection_rally', 16, 'None'),
    ('starbulletin_20041215_fed_hike_three_year_highs', 0, "years_between(highest_since('SPX','2004-12-14'), '2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 1, "years_between(highest_since('IXIC','2004-12-14'), '2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 2, "[fed_target('2004-12-13'), fed_target('2004-12-14')]"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 3, "fomc_day('2004-11-10')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 4, 'None'),
    ('starbulletin_20041215_fed_hike_three_year_highs', 5, 'None'),
    ('starbulletin_20041215_fed_hike_three_year_highs', 6, "chg('DJI','2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 7, "pct('DJI','2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 8, "close('DJI','2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 9, "chg('DJI','2004-12-13')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 10, "highest_since('DJI','2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 11, "chg('SPX','2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 12, "pct('SPX','2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 13, "close('SPX','2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 14, "highest_since('SPX','2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 15, "chg('IXIC','2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 16, "pct('IXIC','2004-12-14')"),
    ('starbulletin_20041215_fed_hike_three_year_highs', 17, "close('IXIC','2004-12-14')"),
    ('moszer_20071103_second_day_after_fed_cut', 0, "pct('SPX','2007-11-02')"),
    ('moszer_20071103_second_day_after_fed_cut', 1, "pct('DJI','2007-11-02')"),
    ('moszer_20071103_second_day_after_fed_cut', 2, "pct('IXIC','2007-11-02')"),
    ('moszer_20071103_second_day_after_fed_cut', 3, "[fomc_day('2007-10-31'), fed_target('2007-10-30'), fed_target('2007-10-31')]"),
    ('moszer_20071103_second_day_after_fed_cut', 4, "pct('SPX','2007-11-01')"),
    ('moszer_20071103_second_day_after_fed_cut', 5, "pct('DJI','2007-11-01')"),
    ('moszer_20071103_second_day_after_fed_cut', 6, "pct('IXIC','2007-11-01')"),
    ('moszer_20071103_second_day_after_fed_cut', 7, "fed_cuts_between('2001-01-01','2007-10-30')"),
    ('11bolabonanza_20080730_bank_rally', 0, "[chg('DJI','2008-07-29'), chg('DJI','2008-07-28')]"),
    ('11bolabonanza_20080730_bank_rally', 1, "chg('DJI','2008-07-29')"),
    ('11bolabonanza_20080730_bank_rally', 2, "pct('DJI','2008-07-29')"),
    ('11bolabonanza_20080730_bank_rally', 3, "close('DJI','2008-07-29')"),
    ('11bolabonanza_20080730_bank_rally', 4, "[pct_below_record('DJI','2008-07-28'), pct_below_record('DJI','2008-07-29')]"),
    ('11bolabonanza_20080730_bank_rally', 5, "chg('SPX','2008-07-29')"),
    ('11bolabonanza_20080730_bank_rally', 6, "pct('SPX','2008-07-29')"),
    ('11bolabonanza_20080730_bank_rally', 7, "close('SPX','2008-07-29')"),
    ('11bolabonanza_20080730_bank_rally', 8, "chg('IXIC','2008-07-29')"),
    ('11bolabonanza_20080730_bank_rally', 9, "pct('IXIC','2008-07-29')"),
    ('11bolabonanza_20080730_bank_rally', 10, "close('IXIC','2008-07-29')"),
    ('11bolabonanza_20080730_bank_rally', 11, 'None'),
    ('chicagotribune_20081105_election_day_rally', 0, 'None'),
    ('chicagotribune_20081105_election_day_rally', 1, "chg('DJI','2008-11-04')"),
    ('chicagotribune_20081105_election_day_rally', 2, "pct('DJI','2008-11-04')"),
    ('chicagotribune_20081105_election_day_rally', 3, 'None'),
    ('chicagotribune_20081105_election_day_rally', 4, 'None'),
    ('chicagotribune_20081105_election_day_rally', 5, "close('DJI','2008-11-04')"),
    ('chicagotribune_20081105_election_day_rally', 6, "[close('SPX','2008-11-03'), close('SPX','2008-11-04')]"),
    ('chicagotribune_20081105_election_day_rally', 7, "chg('SPX','2008-11-04')"),
    ('chicagotribune_20081105_election_day_rally', 8, "pct('SPX','2008-11-04')"),
    ('chicagotribune_20081105_election_day_rally', 9, "close('SPX','2008-11-04')"),
    ('chicagotribune_20081105_election_day_rally', 10, "chg('IXIC','2008-11-04')"),
    ('chicagotribune_20081105_election_day_rally', 11, "pct('IXIC','2008-11-04')"),
    ('chicagotribune_20081105_election_day_rally', 12, "close('IXIC','2008-11-04')"),
    ('chicagotribune_20081105_election_day_rally', 13, 'None'),
    ('newser_20090409_dow_rises_246', 0, 'None'),
    ('newser_20090409_dow_rises_246', 1, "chg('DJI','2009-04-09')"),
    ('newser_20090409_dow_rises_246', 2, "months_between(highest_since('DJI','2009-04-09'), '2009-04-09')"),
    ('newser_20090409_dow_rises_246', 3, "close('DJI','2009-04-09')"),
    ('newser_20090409_dow_rises_246', 4, "chg('IXIC','2009-04-09')"),
    ('newser_20090409_dow_rises_246', 5, "close('IXIC','2009-04-09')"),
    ('newser_20090409_dow_rises_246', 6, "chg('SPX','2009-04-09')"),
    ('newser_20090409_dow_rises_246', 7, "close('SPX','2009-04-09')"),
    ('newser_20090409_dow_rises_246', 8, "is_session('SPX','2009-04-10')"),
    ('newser_20090409_dow_rises_246', 9, "wtd('DJI','2009-04-09')"),
    ('newser_20090409_dow_rises_246', 10, "wtd('IXIC','2009-04-09')"),
    ('newser_20090409_dow_rises_246', 11, "wtd('SPX','2009-04-09')"),
    ('americanbanker_20091231_year_end_wrap', 0, 'None'),
    ('americanbanker_20091231_year_end_wrap', 1, "chg('DJI','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 2, "pct('DJI','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 3, "close('DJI','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 4, "year_pts('DJI',2009)"),
    ('americanbanker_20091231_year_end_wrap', 5, "year_pct('DJI',2009)"),
    ('americanbanker_20091231_year_end_wrap', 6, "biggest_year_pts_since('DJI',2009)"),
    ('americanbanker_20091231_year_end_wrap', 7, "best_year_pct_since('DJI',2009)"),
    ('americanbanker_20091231_year_end_wrap', 8, "pct_from('DJI','2009-03-09','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 9, "close('DJI','2009-03-09')"),
    ('americanbanker_20091231_year_end_wrap', 10, "years_between(lowest_since('DJI','2009-03-09'), '2009-03-09')"),
    ('americanbanker_20091231_year_end_wrap', 11, "pct_below_record('DJI','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 12, "record_close('DJI','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 13, "mtd('DJI','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 14, "chg('IXIC','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 15, "pct('IXIC','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 16, "close('IXIC','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 17, "year_pct('IXIC',2009)"),
    ('americanbanker_20091231_year_end_wrap', 18, "mtd('IXIC','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 19, "biggest_year_pts_since('IXIC',2009)"),
    ('americanbanker_20091231_year_end_wrap', 20, "best_year_pct_since('IXIC',2009)"),
    ('americanbanker_20091231_year_end_wrap', 21, "chg('SPX','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 22, "pct('SPX','2009-12-31')"),
    ('americanbanker_20091231_year_end_wrap', 23, "close('SPX','2009-12-31')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 0, "highest_since('SPX','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 1, "chg('DJI','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 2, "pct('DJI','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 3, "close('DJI','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 4, "highest_since('DJI','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 5, "up_streak('DJI','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 6, "last_move_as_big('DJI','2010-11-04','pts')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 7, "chg('SPX','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 8, "pct('SPX','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 9, "close('SPX','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 10, "chg('IXIC','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 11, "pct('IXIC','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 12, "close('IXIC','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 13, "highest_since('IXIC','2010-11-04')"),
    ('frumforum_20101104_dow_pre_lehman_levels', 14, "ups_in_last('IXIC','2010-11-04',21)"),
    ('frumforum_20101104_dow_pre_lehman_levels', 15, 'None'),
    ('calculatedrisk_20110810_dow_down_500', 0, "count_drops_at_least('DJI','2011-08-01','2011-08-10',500)"),
    ('calculatedrisk_20110810_dow_down_500', 1, "chg('DJI','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 2, "pct('DJI','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 3, "close('DJI','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 4, "chg('SPX','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 5, "pct('SPX','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 6, "close('SPX','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 7, "chg('IXIC','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 8, "pct('IXIC','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 9, "close('IXIC','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 10, "pct('VIX','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 11, "rank_move_asof('SPX','2008-10-15','1950-01-01','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 12, "pct('SPX','2008-10-15')"),
    ('calculatedrisk_20110810_dow_down_500', 13, "close('SPX','2008-10-15')"),
    ('calculatedrisk_20110810_dow_down_500', 14, "rank_move_asof('SPX','2011-08-08','1950-01-01','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 15, "pct('SPX','2011-08-08')"),
    ('calculatedrisk_20110810_dow_down_500', 16, "close('SPX','2011-08-08')"),
    ('calculatedrisk_20110810_dow_down_500', 17, "rank_move_asof('SPX','2011-08-04','1950-01-01','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 18, "pct('SPX','2011-08-04')"),
    ('calculatedrisk_20110810_dow_down_500', 19, "rank_move_asof('SPX','2011-08-10','1950-01-01','2011-08-10')"),
    ('calculatedrisk_20110810_dow_down_500', 20, "close('SPX','2011-08-10')"),
    ('boiseweekly_20111130_coordinated_rally', 0, "pct('DJI','2011-11-30')"),
    ('boiseweekly_20111130_coordinated_rally', 1, "pct('SPX','2011-11-30')"),
    ('boiseweekly_20111130_coordinated_rally', 2, "pct('IXIC','2011-11-30')"),
    ('boiseweekly_20111130_coordinated_rally', 3, "chg('DJI','2011-11-30')"),
    ('boiseweekly_20111130_coordinated_rally', 4, "pct('IXIC','2011-11-30')"),
    ('boiseweekly_20111130_coordinated_rally', 5, 'None'),
    ('boiseweekly_20111130_coordinated_rally', 6, "last_move_as_big('DJI','2011-11-30','pct')"),
    ('boiseweekly_20111130_coordinated_rally', 7, "last_move_as_big('SPX','2011-11-30','pct')"),
    ('boiseweekly_20111130_coordinated_rally', 8, 'None'),
    ('newsday_20120913_qe3_dow_highest_since_2007', 0, "close('DJI','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 1, "highest_since('DJI','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 2, "chg('DJI','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 3, "[last_close_at_or_above('DJI',13500,'2012-09-13'), close('DJI','2012-09-13')]"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 4, "pts_below('DJI',14164.53,'2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 5, 'None'),
    ('newsday_20120913_qe3_dow_highest_since_2007', 6, "chg('DJI','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 7, "rank_gain_pts_in_year('DJI','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 8, "close('DJI','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 9, "highest_since('DJI','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 10, "pct('SPX','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 11, "close('SPX','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 12, "highest_since('SPX','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 13, "highest_since('IXIC','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 14, "pct('IXIC','2012-09-13')"),
    ('newsday_20120913_qe3_dow_highest_since_2007', 15, "close('IXIC','2012-09-13')"),
    ('fool_20130619_fed_speaks_dow_crumbles', 0, "chg('DJI','2013-06-19')"),
    ('fool_20130619_fed_speaks_dow_crumbles', 1, "pct('DJI','2013-06-19')"),
    ('fool_20130619_fed_speaks_dow_crumbles', 2, 'None'),
    ('fool_20130619_fed_speaks_dow_crumbles', 3, 'None'),
    ('fool_20130619_fed_speaks_dow_crumbles', 4, 'None'),
    ('marketwired_20130508_russell2000_since_reconstitution', 0, "pct_window('RUT','2012-06-25','2013-05-03')"),
    ('marketwired_20130508_russell2000_since_reconstitution', 1, 'None'),
    ('marketwired_20130508_russell2000_since_reconstitution', 2, 'None'),
    ('marketwired_20130508_russell2000_since_reconstitution', 3, "any_record_between('RUT','2013-04-29','2013-05-03')"),
    ('marketwired_20130508_russell2000_since_reconstitution', 4, 'None'),
    ('marketwired_20130508_russell2000_since_reconstitution', 5, 'None'),
    ('marketwired_20130508_russell2000_since_reconstitution', 6, 'None'),
]
# END RECIPES


def evaluate(expr):
    return eval(expr)


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-9
        except (TypeError, ValueError):
            return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def main(argv):
    data = argv[1] if len(argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        print('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
        return 2
    set_data(data)
    keyfile = argv[2] if len(argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = {}
    with open(keyfile) as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                key[(r['passage_id'], r['claim_index'])] = r
    mism = 0
    seen = set()
    for pid, idx, expr in RECIPES:
        seen.add((pid, idx))
        val = None if expr == 'None' else evaluate(expr)
        val = json.loads(json.dumps(val))
        rec = key.get((pid, idx))
        ok = rec is not None and same(val, rec['computed_value'])
        if not ok:
            mism += 1
        print('%s %-55s #%-2d %s %s' % ('ok ' if ok else 'BAD', pid, idx, json.dumps(val),
                                       '' if ok else '(key: %s)' % (json.dumps(rec['computed_value']) if rec else 'missing')))
    missing = [k for k in key if k not in seen]
    mism += len(missing)
    for k in missing:
        print('BAD key record without recipe: %s #%d' % k)
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(key), mism))
    return 1 if mism else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
