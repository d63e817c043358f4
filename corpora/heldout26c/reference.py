"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints one line per key record and a last line
"N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'DJI': 'DJI', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'RUT': 'RUT', 'NDX': 'NDX', 'VIX': 'VIX'}
_cache = {}


def data_dir():
    if len(sys.argv) > 1 and not sys.argv[1].endswith('.jsonl'):
        return sys.argv[1]
    d = os.environ.get('CAPSCOPE_DATA_DIR')
    if not d:
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    return d


def px(t):
    if t not in _cache:
        df = pd.read_csv(os.path.join(data_dir(), FILES[t] + '.csv'), parse_dates=['date']).set_index('date')
        _cache[t] = df
    return _cache[t]


def rate(name):
    if name not in _cache:
        df = pd.read_csv(os.path.join(data_dir(), name + '.csv'), parse_dates=['date']).set_index('date')
        _cache[name] = df['value'].dropna()
    return _cache[name]


def T(d):
    return pd.Timestamp(d)


def r2(x, n=2):
    return round(float(x), n)


def pos(t, d):
    df = px(t)
    i = df.index.get_loc(T(d))
    return df, i


# ---- helpers -------------------------------------------------------------
def close(t, d):
    df, i = pos(t, d)
    return r2(df.close.iloc[i])


def chg(t, d):
    """daily point change, close vs previous close"""
    df, i = pos(t, d)
    return r2(df.close.iloc[i] - df.close.iloc[i - 1])


def pct(t, d, n=2):
    df, i = pos(t, d)
    return r2(100 * (df.close.iloc[i] / df.close.iloc[i - 1] - 1), n)


def high(t, d):
    df, i = pos(t, d)
    return r2(df.high.iloc[i])


def low(t, d):
    df, i = pos(t, d)
    return r2(df.low.iloc[i])


def intraday_from_prev(t, d, which='low'):
    """session extreme minus previous close (points)"""
    df, i = pos(t, d)
    v = df[which].iloc[i]
    return r2(v - df.close.iloc[i - 1])


def win_pct(t, d0, d1, n=2):
    """close of d0 to close of d1, percent"""
    return r2(100 * (close(t, d1) / close(t, d0) - 1), n)


def win_pts(t, d0, d1):
    return r2(close(t, d1) - close(t, d0))


def prev_close_date(t, d, period):
    """last session before the week/month/year that contains d"""
    df = px(t)
    d = T(d)
    if period == 'W':
        start = d - pd.Timedelta(days=d.weekday())
    elif period == 'M':
        start = d.replace(day=1)
    else:
        start = d.replace(month=1, day=1)
    return df.index[df.index < start][-1]


def period_pct(t, d, period, n=2):
    return win_pct(t, prev_close_date(t, d, period), d, n)


def period_pts(t, d, period):
    return win_pts(t, prev_close_date(t, d, period), d)


def highest_since(t, d):
    """last earlier session whose close is >= the close of d"""
    df, i = pos(t, d)
    c = df.close.iloc[i]
    prior = df.close.iloc[:i]
    hit = prior[prior >= c]
    return str(hit.index[-1].date()) if len(hit) else None


def lowest_since(t, d):
    df, i = pos(t, d)
    c = df.close.iloc[i]
    prior = df.close.iloc[:i]
    hit = prior[prior <= c]
    return str(hit.index[-1].date()) if len(hit) else None


def last_close_cross(t, d, level, side):
    """last session before d with close above (side='above') or below level"""
    df, i = pos(t, d)
    prior = df.close.iloc[:i]
    hit = prior[prior > level] if side == 'above' else prior[prior < level]
    return str(hit.index[-1].date()) if len(hit) else None


def first_close_above(t, level):
    s = px(t).close
    return str(s[s > level].index[0].date())


def record_before(t, d, col='close'):
    """[max of col before d, its date]"""
    df, i = pos(t, d)
    s = df[col].iloc[:i]
    return [r2(s.max()), str(s.idxmax().date())]


def is_record(t, d, col='close'):
    df, i = pos(t, d)
    return bool(df[col].iloc[i] > df[col].iloc[:i].max())


def pct_below(level, ref, n=2):
    return r2(100 * (1 - level / ref), n)


def last_move_as_big(t, d, kind='pts', span=1):
    """last session before d whose span-day move (points or pct) is at least as large, same sign"""
    df, i = pos(t, d)
    c = df.close
    mv = (c - c.shift(span)) if kind == 'pts' else 100 * (c / c.shift(span) - 1)
    m = mv.iloc[i]
    prior = mv.iloc[:i]
    hit = prior[prior >= m] if m > 0 else prior[prior <= m]
    return str(hit.index[-1].date()) if len(hit) else None


def rank_move(t, d, kind='pts'):
    """rank of the move of d among all daily moves in the file up to d, same sign"""
    df, i = pos(t, d)
    c = df.close.iloc[:i + 1]
    mv = (c - c.shift(1)) if kind == 'pts' else 100 * (c / c.shift(1) - 1)
    m = mv.iloc[-1]
    return int((mv >= m).sum()) if m > 0 else int((mv <= m).sum())


def streak_before(t, d, sign):
    """number of consecutive sessions ending the day before d that moved with sign (+1 or -1)"""
    df, i = pos(t, d)
    mv = df.close.diff()
    n = 0
    j = i - 1
    while j > 0 and (mv.iloc[j] * sign) > 0:
        n += 1
        j -= 1
    return n


def streak_to(t, d, sign):
    df, i = pos(t, d)
    mv = df.close.diff()
    n = 0
    j = i
    while j > 0 and (mv.iloc[j] * sign) > 0:
        n += 1
        j -= 1
    return n


def last_down_before(t, d):
    df, i = pos(t, d)
    mv = df.close.diff().iloc[:i]
    return str(mv[mv < 0].index[-1].date())


def count_closes(t, d0, d1, level, side):
    s = px(t).close.loc[T(d0):T(d1)]
    return int((s < level).sum()) if side == 'below' else int((s > level).sum())


def fridays_down(t, d, n):
    """how many of the last n Fridays (weekly last sessions, ending with d) closed down on the day"""
    df = px(t)
    mv = df.close.diff()
    s = mv.loc[:T(d)]
    fr = s[s.index.day_of_week == 4].iloc[-n:]
    return int((fr < 0).sum())


def weekly_closes(t, d):
    """last close of each Monday-Friday week up to d, indexed by that session's date"""
    s = px(t).close.loc[:T(d)]
    g = s.groupby(s.index.to_period('W-FRI'))
    return pd.Series(g.last().values, index=g.apply(lambda x: x.index[-1]).values)


def weekly_counts(t, d):
    """[up weeks, down weeks, pct up] of the weeks of d's year (week = Friday close to Friday close)"""
    wk = weekly_closes(t, d)
    ch = wk.diff()
    ch = ch[ch.index.year == T(d).year]
    up, dn = int((ch > 0).sum()), int((ch < 0).sum())
    return [up, dn, r2(100 * up / (up + dn), 1)]


def last_2wk_as_big(t, d):
    """[end date, pct] of the last earlier two-week (weekly closes, overlapping) gain at least as large as the one ending d"""
    wk = weekly_closes(t, d)
    g = 100 * (wk / wk.shift(2) - 1)
    m = g.iloc[-1]
    prior = g.iloc[:-1]
    hit = prior[prior >= m]
    return [str(hit.index[-1].date()), r2(hit.iloc[-1])]


def worst_week_of_year(t, d):
    """[date, pct] of the worst Friday-to-Friday week of d's year up to d"""
    wk = weekly_closes(t, d)
    g = 100 * wk.pct_change()
    g = g[g.index.year == T(d).year]
    return [str(g.idxmin().date()), r2(g.min())]


def last_low_below(t, d, level):
    """last session before d whose intraday low was below level"""
    df, i = pos(t, d)
    s = df.low.iloc[:i]
    hit = s[s < level]
    return str(hit.index[-1].date()) if len(hit) else None


def lowest_close_date(t, d0, d1):
    s = px(t).close.loc[T(d0):T(d1)]
    return str(s.idxmin().date())


def max_pts_gain_in_year(t, d):
    """[largest daily point gain from Jan 1 to d, its date]"""
    df = px(t)
    mv = df.close.diff().loc[T(d).replace(month=1, day=1):T(d)]
    return [r2(mv.max()), str(mv.idxmax().date())]


def yld(name, d):
    s = rate(name)
    return r2(s.loc[T(d)])


def yld_min(name, d0, d1):
    s = rate(name).loc[T(d0):T(d1)]
    return [r2(s.min()), str(s.idxmin().date())]


def yld_record_low_before(name, d):
    s = rate(name).loc[:T(d)]
    return [r2(s.min()), str(s.idxmin().date())]


def fomc_between(d0, d1):
    f = pd.read_csv(os.path.join(data_dir(), 'FOMC_meetings.csv'), parse_dates=['date'])
    f = f[(f.date >= T(d0)) & (f.date <= T(d1))]
    return [str(x.date()) for x in f.date]


def fed_target_changes(d0, d1):
    """[[date, old, new], ...] changes of DFEDTAR (to 2008-12-15) between d0 and d1"""
    s = rate('DFEDTAR').loc[T(d0):T(d1)]
    out = []
    for k in range(1, len(s)):
        if s.iloc[k] != s.iloc[k - 1]:
            out.append([str(s.index[k].date()), float(s.iloc[k - 1]), float(s.iloc[k])])
    return out


def count_sessions(t, d0, d1):
    df = px(t)
    return int(df.index.get_loc(T(d1)) - df.index.get_loc(T(d0)))


# BEGIN RECIPES
RECIPES = {
    'irishtimes_19980902_dow_second_biggest_point_gain#0': "chg('DJI','1998-09-01')",
    'irishtimes_19980902_dow_second_biggest_point_gain#1': "chg('DJI','1998-09-01')",
    'irishtimes_19980902_dow_second_biggest_point_gain#2': "pct('DJI','1998-09-01')",
    'irishtimes_19980902_dow_second_biggest_point_gain#3': "close('DJI','1998-09-01')",
    'irishtimes_19980902_dow_second_biggest_point_gain#4': "rank_move('DJI','1998-09-01')",
    'irishtimes_19980902_dow_second_biggest_point_gain#5': "streak_before('DJI','1998-09-01',-1)",
    'irishtimes_19980902_dow_second_biggest_point_gain#6': "win_pts('DJI','1998-08-25','1998-08-31')",
    'irishtimes_19980902_dow_second_biggest_point_gain#7': "r2(chg('DJI','1998-09-01')/abs(win_pts('DJI','1998-08-25','1998-08-31')),4)",
    'irishtimes_19980902_dow_second_biggest_point_gain#8': "intraday_from_prev('DJI','1998-09-01','low')",
    'irishtimes_19981121_dow_highest_since_july#0': "chg('DJI','1998-11-20')",
    'irishtimes_19981121_dow_highest_since_july#1': "pct('DJI','1998-11-20')",
    'irishtimes_19981121_dow_highest_since_july#2': "close('DJI','1998-11-20')",
    'irishtimes_19981121_dow_highest_since_july#3': "highest_since('DJI','1998-11-20')",
    'irishtimes_19981121_dow_highest_since_july#4': "r2(record_before('DJI','1998-11-20')[0]-close('DJI','1998-11-20'))",
    'irishtimes_19981121_dow_highest_since_july#5': "pct_below(close('DJI','1998-11-20'), record_before('DJI','1998-11-20')[0])",
    'irishtimes_19981121_dow_highest_since_july#6': "record_before('DJI','1998-11-20')",
    'irishtimes_19981121_dow_highest_since_july#7': "period_pts('DJI','1998-11-20','Y')",
    'irishtimes_19981121_dow_highest_since_july#8': "period_pct('DJI','1998-11-20','Y')",
    'irishtimes_19981121_dow_highest_since_july#9': "[last_low_below('DJI','1998-11-20',7500), low('DJI','1998-10-08')]",
    'irishtimes_19981121_dow_highest_since_july#10': "r2(close('DJI','1998-11-20')-low('DJI','1998-10-08'))",
    'irishtimes_19981121_dow_highest_since_july#11': "fed_target_changes('1998-09-01','1998-11-20')",
    'irishtimes_19981121_dow_highest_since_july#12': "chg('SPX','1998-11-20')",
    'irishtimes_19981121_dow_highest_since_july#13': "close('SPX','1998-11-20')",
    'irishtimes_19981121_dow_highest_since_july#14': "chg('IXIC','1998-11-20')",
    'irishtimes_19981121_dow_highest_since_july#15': "close('IXIC','1998-11-20')",
    'kitsapsun_20000125_rate_fears_selloff#0': "chg('DJI','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#1': "close('DJI','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#2': "last_move_as_big('DJI','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#3': "chg('DJI','2000-01-04')",
    'kitsapsun_20000125_rate_fears_selloff#5': "chg('IXIC','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#6': "close('IXIC','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#7': "last_move_as_big('IXIC','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#8': "chg('IXIC','2000-01-06')",
    'kitsapsun_20000125_rate_fears_selloff#9': "rank_move('IXIC','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#10': "intraday_from_prev('IXIC','2000-01-24','high')",
    'kitsapsun_20000125_rate_fears_selloff#11': "chg('SPX','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#12': "close('SPX','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#13': "last_down_before('RUT','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#14': "chg('RUT','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#15': "close('RUT','2000-01-24')",
    'kitsapsun_20000125_rate_fears_selloff#16': "fomc_between('2000-01-24','2000-02-29')",
    'bbc_20001113_nasdaq_below_3000#0': "last_close_cross('IXIC','2000-11-13',3000,'below')",
    'bbc_20001113_nasdaq_below_3000#1': "pct_below(2916, record_before('IXIC','2000-11-13')[0])",
    'bbc_20001113_nasdaq_below_3000#3': "intraday_from_prev('IXIC','2000-11-13','low')",
    'bbc_20001113_nasdaq_below_3000#4': "r2(100*(2916/close('IXIC','2000-11-10')-1))",
    'bbc_20001113_nasdaq_below_3000#5': "[low('IXIC','2000-11-13'), high('IXIC','2000-11-13')]",
    'bbc_20001113_nasdaq_below_3000#6': "last_close_cross('IXIC','2000-11-13',3000,'below')",
    'bbc_20001113_nasdaq_below_3000#7': "close('IXIC','1999-11-02')",
    'bbc_20001113_nasdaq_below_3000#8': "pct_below(2916, record_before('IXIC','2000-11-13')[0])",
    'bbc_20001113_nasdaq_below_3000#9': "record_before('IXIC','2000-11-13')",
    'dailymail_20010125_greenspan_senate_nasdaq_slump#0': "fomc_between('2001-01-26','2001-02-07')",
    'dailymail_20010125_greenspan_senate_nasdaq_slump#1': "fed_target_changes('2001-01-26','2001-02-07')",
    'dailymail_20010125_greenspan_senate_nasdaq_slump#2': "chg('DJI','2001-01-25')",
    'dailymail_20010125_greenspan_senate_nasdaq_slump#3': "pct('DJI','2001-01-25')",
    'dailymail_20010125_greenspan_senate_nasdaq_slump#4': "close('DJI','2001-01-25')",
    'dailymail_20010125_greenspan_senate_nasdaq_slump#5': "chg('IXIC','2001-01-25')",
    'dailymail_20010125_greenspan_senate_nasdaq_slump#6': "pct('IXIC','2001-01-25')",
    'dailymail_20010125_greenspan_senate_nasdaq_slump#7': "close('IXIC','2001-01-25')",
    'orlandosentinel_20020305_two_day_rally#0': "last_move_as_big('DJI','2002-03-04','pct',2)",
    'orlandosentinel_20020305_two_day_rally#1': "chg('DJI','2002-03-04')",
    'orlandosentinel_20020305_two_day_rally#2': "pct('DJI','2002-03-04')",
    'orlandosentinel_20020305_two_day_rally#3': "close('DJI','2002-03-04')",
    'orlandosentinel_20020305_two_day_rally#4': "highest_since('DJI','2002-03-04')",
    'orlandosentinel_20020305_two_day_rally#5': "chg('DJI','2002-03-01')",
    'orlandosentinel_20020305_two_day_rally#6': "[period_pct('SPX','2002-03-01','Y'), period_pct('SPX','2002-03-04','Y')]",
    'orlandosentinel_20020305_two_day_rally#7': "pct('SPX','2002-03-01')",
    'orlandosentinel_20020305_two_day_rally#8': "pct('SPX','2002-03-04')",
    'orlandosentinel_20020305_two_day_rally#9': "period_pct('SPX','2002-03-04','Y')",
    'orlandosentinel_20020305_two_day_rally#10': "chg('IXIC','2002-03-04')",
    'orlandosentinel_20020305_two_day_rally#11': "pct('IXIC','2002-03-04')",
    'orlandosentinel_20020305_two_day_rally#12': "close('IXIC','2002-03-04')",
    'orlandosentinel_20020305_two_day_rally#13': "period_pct('IXIC','2002-03-04','Y')",
    'orlandosentinel_20020305_two_day_rally#14': "last_move_as_big('DJI','2002-03-04','pct',2)",
    'kitsapsun_20030617_dow_highest_since_july#0': "pct('DJI','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#1': "chg('DJI','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#2': "close('DJI','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#3': "highest_since('DJI','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#4': "[close('SPX','2003-06-13'), last_close_cross('SPX','2003-06-16',1000,'above')]",
    'kitsapsun_20030617_dow_highest_since_july#5': "pct('IXIC','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#6': "close('IXIC','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#7': "highest_since('IXIC','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#8': "win_pct('DJI','2003-03-11','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#9': "win_pct('SPX','2003-03-11','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#10': "win_pct('IXIC','2003-03-11','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#11': "yld('DGS10','2003-06-16')",
    'kitsapsun_20030617_dow_highest_since_july#12': "r2(100*(yld('DGS10','2003-06-16')-yld('DGS10','2003-06-13')),0)",
    'honoluluadvertiser_20040312_madrid_dow_free_fall#0': "chg('DJI','2004-03-11')",
    'honoluluadvertiser_20040312_madrid_dow_free_fall#1': "chg('DJI','2004-03-11')",
    'honoluluadvertiser_20040312_madrid_dow_free_fall#2': "pct('DJI','2004-03-11')",
    'honoluluadvertiser_20040312_madrid_dow_free_fall#3': "close('DJI','2004-03-11')",
    'honoluluadvertiser_20040312_madrid_dow_free_fall#4': "period_pct('DJI','2004-03-11','Y')",
    'honoluluadvertiser_20040312_madrid_dow_free_fall#5': "win_pts('DJI','2004-03-05','2004-03-11')",
    'honoluluadvertiser_20040312_madrid_dow_free_fall#6': "lowest_since('DJI','2004-03-11')",
    'honoluluadvertiser_20040312_madrid_dow_free_fall#7': "lowest_since('SPX','2004-03-11')",
    'honoluluadvertiser_20040312_madrid_dow_free_fall#8': "lowest_since('IXIC','2004-03-11')",
    'honoluluadvertiser_20051005_second_day_selloff#0': "[pct('DJI','2005-10-03'), pct('DJI','2005-10-04'), pct('DJI','2005-10-05')]",
    'honoluluadvertiser_20051005_second_day_selloff#1': "chg('DJI','2005-10-05')",
    'honoluluadvertiser_20051005_second_day_selloff#4': "chg('DJI','2005-10-05')",
    'honoluluadvertiser_20051005_second_day_selloff#5': "pct('DJI','2005-10-05')",
    'honoluluadvertiser_20051005_second_day_selloff#6': "close('DJI','2005-10-05')",
    'honoluluadvertiser_20051005_second_day_selloff#7': "chg('DJI','2005-10-04')",
    'honoluluadvertiser_20051005_second_day_selloff#8': "pct('DJI','2005-10-04')",
    'honoluluadvertiser_20051005_second_day_selloff#9': "chg('SPX','2005-10-05')",
    'honoluluadvertiser_20051005_second_day_selloff#10': "pct('SPX','2005-10-05')",
    'honoluluadvertiser_20051005_second_day_selloff#11': "close('SPX','2005-10-05')",
    'honoluluadvertiser_20051005_second_day_selloff#12': "chg('IXIC','2005-10-05')",
    'honoluluadvertiser_20051005_second_day_selloff#13': "pct('IXIC','2005-10-05')",
    'honoluluadvertiser_20051005_second_day_selloff#14': "close('IXIC','2005-10-05')",
    'chicagotribune_20060513_inflation_fears_week#0': "streak_to('DJI','2006-05-12',-1)",
    'chicagotribune_20060513_inflation_fears_week#1': "chg('DJI','2006-05-12')",
    'chicagotribune_20060513_inflation_fears_week#2': "pct('DJI','2006-05-12')",
    'chicagotribune_20060513_inflation_fears_week#3': "close('DJI','2006-05-12')",
    'chicagotribune_20060513_inflation_fears_week#4': "highest_since('DJI','2006-05-10')",
    'chicagotribune_20060513_inflation_fears_week#5': "r2(record_before('DJI','2006-05-10')[0]-close('DJI','2006-05-10'))",
    'chicagotribune_20060513_inflation_fears_week#6': "chg('DJI','2006-05-11')",
    'chicagotribune_20060513_inflation_fears_week#7': "win_pts('DJI','2006-05-10','2006-05-12')",
    'chicagotribune_20060513_inflation_fears_week#8': "last_move_as_big('DJI','2006-05-12','pts',2)",
    'chicagotribune_20060513_inflation_fears_week#9': "chg('SPX','2006-05-12')",
    'chicagotribune_20060513_inflation_fears_week#10': "pct('SPX','2006-05-12')",
    'chicagotribune_20060513_inflation_fears_week#11': "close('SPX','2006-05-12')",
    'chicagotribune_20060513_inflation_fears_week#12': "chg('IXIC','2006-05-12')",
    'chicagotribune_20060513_inflation_fears_week#13': "pct('IXIC','2006-05-12')",
    'chicagotribune_20060513_inflation_fears_week#14': "close('IXIC','2006-05-12')",
    'chicagotribune_20060513_inflation_fears_week#15': "period_pct('DJI','2006-05-12','W')",
    'chicagotribune_20060513_inflation_fears_week#16': "period_pct('SPX','2006-05-12','W')",
    'chicagotribune_20060513_inflation_fears_week#17': "period_pct('IXIC','2006-05-12','W')",
    'starbulletin_20060613_nasdaq_correction#0': "[worst_week_of_year('DJI','2006-06-09'), worst_week_of_year('SPX','2006-06-09')]",
    'starbulletin_20060613_nasdaq_correction#1': "chg('DJI','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#2': "lowest_since('IXIC','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#3': "chg('DJI','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#4': "pct('DJI','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#5': "close('DJI','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#6': "[lowest_since('DJI','2006-06-12'), close('DJI','2006-02-07')]",
    'starbulletin_20060613_nasdaq_correction#7': "period_pts('DJI','2006-06-09','W')",
    'starbulletin_20060613_nasdaq_correction#8': "pct_below(close('DJI','2006-06-12'), close('DJI','2006-05-10'))",
    'starbulletin_20060613_nasdaq_correction#9': "close('DJI','2006-05-10')",
    'starbulletin_20060613_nasdaq_correction#10': "chg('SPX','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#11': "pct('SPX','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#12': "close('SPX','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#13': "[period_pct('SPX','2006-06-12','Y'), count_closes('SPX','2006-01-03','2006-06-09',close('SPX','2005-12-30'),'below')]",
    'starbulletin_20060613_nasdaq_correction#14': "chg('IXIC','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#15': "pct('IXIC','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#16': "close('IXIC','2006-06-12')",
    'starbulletin_20060613_nasdaq_correction#17': "pct_below(close('IXIC','2006-06-12'), close('IXIC','2006-05-08'))",
    'starbulletin_20060613_nasdaq_correction#18': "fomc_between('2006-06-13','2006-07-31')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#0': "last_move_as_big('DJI','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#1': "r2(record_before('SPX','2007-07-12','high')[0]-close('SPX','2007-07-12'))",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#2': "chg('DJI','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#3': "pct('DJI','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#4': "close('DJI','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#5': "[is_record('DJI','2007-07-12')] + record_before('DJI','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#6': "chg('SPX','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#7': "pct('SPX','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#8': "close('SPX','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#9': "[is_record('SPX','2007-07-12')] + record_before('SPX','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#10': "chg('IXIC','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#11': "pct('IXIC','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#12': "close('IXIC','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#13': "high('DJI','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#14': "record_before('DJI','2007-07-12','high')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#15': "last_move_as_big('DJI','2007-07-12')",
    'irishtimes_20070712_dow_record_biggest_gain_since_2002#16': "[lowest_close_date(x,'2000-01-01','2007-07-11') for x in ('DJI','SPX','IXIC')]",
    'abcnews_20080620_dow_below_12000#0': "lowest_since('DJI','2008-06-20')",
    'abcnews_20080620_dow_below_12000#1': "last_close_cross('DJI','2008-06-20',12000,'below')",
    'abcnews_20080620_dow_below_12000#2': "chg('DJI','2008-06-20')",
    'abcnews_20080620_dow_below_12000#3': "pct('DJI','2008-06-20')",
    'abcnews_20080620_dow_below_12000#4': "close('DJI','2008-06-20')",
    'abcnews_20080620_dow_below_12000#5': "period_pts('DJI','2008-06-20','W')",
    'abcnews_20080620_dow_below_12000#6': "pct('IXIC','2008-06-20')",
    'abcnews_20080620_dow_below_12000#7': "pct('SPX','2008-06-20')",
    'abcnews_20080620_dow_below_12000#8': "fridays_down('DJI','2008-06-20',7)",
    'abcnews_20080620_dow_below_12000#9': "chg('DJI','2008-06-06')",
    'abcnews_20080620_dow_below_12000#10': "first_close_above('DJI',12000)",
    'abcnews_20080620_dow_below_12000#11': "record_before('DJI','2008-06-20')",
    'abcnews_20080620_dow_below_12000#12': "count_closes('DJI','2008-01-01','2008-01-31',12000,'below')",
    'abcnews_20080620_dow_below_12000#13': "count_closes('DJI','2008-03-01','2008-03-31',12000,'below')",
    'montereyherald_20081021_dow_back_above_9000#0': "period_pct('DJI','2008-10-17','W')",
    'montereyherald_20081021_dow_back_above_9000#1': "intraday_from_prev('DJI','2008-10-20','high')",
    'montereyherald_20081021_dow_back_above_9000#3': "chg('DJI','2008-10-20')",
    'montereyherald_20081021_dow_back_above_9000#4': "pct('DJI','2008-10-20')",
    'montereyherald_20081021_dow_back_above_9000#5': "close('DJI','2008-10-20')",
    'montereyherald_20081021_dow_back_above_9000#6': "last_close_cross('DJI','2008-10-20',9000,'above')",
    'cityam_20090922_energy_drags_wall_street#3': "fomc_between('2009-09-21','2009-09-27')",
    'cityam_20090922_energy_drags_wall_street#4': "chg('DJI','2009-09-21')",
    'cityam_20090922_energy_drags_wall_street#5': "pct('DJI','2009-09-21')",
    'cityam_20090922_energy_drags_wall_street#6': "close('DJI','2009-09-21')",
    'cityam_20090922_energy_drags_wall_street#7': "chg('SPX','2009-09-21')",
    'cityam_20090922_energy_drags_wall_street#8': "pct('SPX','2009-09-21')",
    'cityam_20090922_energy_drags_wall_street#9': "close('SPX','2009-09-21')",
    'cityam_20090922_energy_drags_wall_street#10': "chg('IXIC','2009-09-21')",
    'cityam_20090922_energy_drags_wall_street#11': "pct('IXIC','2009-09-21')",
    'cityam_20090922_energy_drags_wall_street#12': "close('IXIC','2009-09-21')",
    'cnbc_20100910_two_week_gains_by_the_numbers#1': "[period_pct('DJI',d,'W') for d in ('2010-08-27','2010-09-03','2010-09-10')]",
    'cnbc_20100910_two_week_gains_by_the_numbers#2': "[period_pct('DJI','2010-08-27','Y'), period_pct('DJI','2010-09-03','Y'), period_pct('DJI','2010-09-10','Y')]",
    'cnbc_20100910_two_week_gains_by_the_numbers#3': "win_pct('DJI','2010-08-27','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#4': "win_pct('SPX','2010-08-27','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#5': "win_pct('IXIC','2010-08-27','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#6': "weekly_counts('DJI','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#7': "weekly_counts('DJI','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#8': "last_2wk_as_big('DJI','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#9': "win_pct('DJI','2010-07-16','2010-07-30')",
    'cnbc_20100910_two_week_gains_by_the_numbers#10': "weekly_counts('SPX','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#11': "weekly_counts('SPX','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#12': "last_2wk_as_big('SPX','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#13': "win_pct('SPX','2010-06-04','2010-06-18')",
    'cnbc_20100910_two_week_gains_by_the_numbers#14': "weekly_counts('IXIC','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#15': "weekly_counts('IXIC','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#16': "last_2wk_as_big('IXIC','2010-09-10')",
    'cnbc_20100910_two_week_gains_by_the_numbers#17': "win_pct('IXIC','2010-07-02','2010-07-16')",
    'cnbc_20100910_two_week_gains_by_the_numbers#18': "period_pct('DJI','2010-09-10','M')",
    'cnbc_20100910_two_week_gains_by_the_numbers#19': "period_pct('SPX','2010-09-10','M')",
    'cnbc_20100910_two_week_gains_by_the_numbers#20': "period_pct('IXIC','2010-09-10','M')",
    'buffalonews_20110103_first_session_of_2011#2': "chg('DJI','2011-01-03')",
    'buffalonews_20110103_first_session_of_2011#3': "pct('DJI','2011-01-03')",
    'buffalonews_20110103_first_session_of_2011#4': "close('DJI','2011-01-03')",
    'buffalonews_20110103_first_session_of_2011#5': "chg('SPX','2011-01-03')",
    'buffalonews_20110103_first_session_of_2011#6': "pct('SPX','2011-01-03')",
    'buffalonews_20110103_first_session_of_2011#7': "close('SPX','2011-01-03')",
    'buffalonews_20110103_first_session_of_2011#8': "chg('IXIC','2011-01-03')",
    'buffalonews_20110103_first_session_of_2011#9': "pct('IXIC','2011-01-03')",
    'buffalonews_20110103_first_session_of_2011#10': "close('IXIC','2011-01-03')",
    'buffalonews_20110103_first_session_of_2011#13': "yld('DGS10','2011-01-03')",
    'buffalonews_20110103_first_session_of_2011#14': "yld('DGS10','2010-12-31')",
    'buffalonews_20110103_first_session_of_2011#15': "pct('RUT','2011-01-03')",
    'denverpost_20111223_third_weekly_gain_in_four#0': "[period_pct('SPX',d,'W') for d in ('2011-12-02','2011-12-09','2011-12-16','2011-12-23')]",
    'denverpost_20111223_third_weekly_gain_in_four#1': "period_pct('DJI','2011-12-23','W')",
    'denverpost_20111223_third_weekly_gain_in_four#2': "period_pct('DJI','2011-12-23','Y')",
    'denverpost_20111223_third_weekly_gain_in_four#3': "chg('DJI','2011-12-23')",
    'denverpost_20111223_third_weekly_gain_in_four#4': "pct('DJI','2011-12-23')",
    'denverpost_20111223_third_weekly_gain_in_four#5': "close('DJI','2011-12-23')",
    'denverpost_20111223_third_weekly_gain_in_four#7': "chg('SPX','2011-12-23')",
    'denverpost_20111223_third_weekly_gain_in_four#8': "pct('SPX','2011-12-23')",
    'denverpost_20111223_third_weekly_gain_in_four#9': "close('SPX','2011-12-23')",
    'denverpost_20111223_third_weekly_gain_in_four#11': "period_pct('SPX','2011-12-23','W')",
    'denverpost_20111223_third_weekly_gain_in_four#12': "period_pct('SPX','2011-12-23','Y')",
    'denverpost_20111223_third_weekly_gain_in_four#13': "chg('IXIC','2011-12-23')",
    'denverpost_20111223_third_weekly_gain_in_four#14': "pct('IXIC','2011-12-23')",
    'denverpost_20111223_third_weekly_gain_in_four#15': "close('IXIC','2011-12-23')",
    'denverpost_20111223_third_weekly_gain_in_four#16': "period_pct('IXIC','2011-12-23','W')",
    'denverpost_20111223_third_weekly_gain_in_four#17': "period_pct('IXIC','2011-12-23','Y')",
    'denverpost_20111223_third_weekly_gain_in_four#18': "[yld('DGS10','2011-12-22'), yld('DGS10','2011-12-23')]",
    'townhall_20120606_treasuries_fall_dow_best_day#0': "chg('DJI','2012-06-06')",
    'townhall_20120606_treasuries_fall_dow_best_day#1': "[chg('DJI','2012-06-06')] + max_pts_gain_in_year('DJI','2012-06-05')",
    'townhall_20120606_treasuries_fall_dow_best_day#2': "[period_pct('DJI','2012-06-05','Y'), period_pct('DJI','2012-06-06','Y')]",
    'townhall_20120606_treasuries_fall_dow_best_day#4': "yld('DGS10','2012-06-06')",
    'townhall_20120606_treasuries_fall_dow_best_day#5': "yld('DGS10','2012-06-05')",
    'townhall_20120606_treasuries_fall_dow_best_day#6': "yld_record_low_before('DGS10','2012-06-05')",
    'townhall_20120606_treasuries_fall_dow_best_day#8': "yld('DGS2','2012-06-06')",
    'townhall_20120606_treasuries_fall_dow_best_day#9': "yld('DGS2','2012-06-05')",
    'tnj_20120228_dow_13000_index_tally#0': "last_close_cross('DJI','2012-02-28',13000,'above')",
    'tnj_20120228_dow_13000_index_tally#1': "chg('DJI','2012-02-28')",
    'tnj_20120228_dow_13000_index_tally#2': "pct('DJI','2012-02-28')",
    'tnj_20120228_dow_13000_index_tally#3': "close('DJI','2012-02-28')",
    'tnj_20120228_dow_13000_index_tally#4': "chg('SPX','2012-02-28')",
    'tnj_20120228_dow_13000_index_tally#5': "pct('SPX','2012-02-28')",
    'tnj_20120228_dow_13000_index_tally#6': "close('SPX','2012-02-28')",
    'tnj_20120228_dow_13000_index_tally#7': "chg('IXIC','2012-02-28')",
    'tnj_20120228_dow_13000_index_tally#8': "pct('IXIC','2012-02-28')",
    'tnj_20120228_dow_13000_index_tally#9': "close('IXIC','2012-02-28')",
    'tnj_20120228_dow_13000_index_tally#10': "period_pts('DJI','2012-02-28','W')",
    'tnj_20120228_dow_13000_index_tally#11': "period_pct('DJI','2012-02-28','W')",
    'tnj_20120228_dow_13000_index_tally#12': "period_pct('SPX','2012-02-28','W')",
    'tnj_20120228_dow_13000_index_tally#13': "period_pct('SPX','2012-02-28','W')",
    'tnj_20120228_dow_13000_index_tally#14': "period_pts('IXIC','2012-02-28','W')",
    'tnj_20120228_dow_13000_index_tally#15': "period_pct('IXIC','2012-02-28','W')",
    'tnj_20120228_dow_13000_index_tally#16': "period_pts('DJI','2012-02-28','Y')",
    'tnj_20120228_dow_13000_index_tally#17': "period_pct('DJI','2012-02-28','Y')",
    'tnj_20120228_dow_13000_index_tally#18': "period_pts('SPX','2012-02-28','Y')",
    'tnj_20120228_dow_13000_index_tally#19': "period_pct('SPX','2012-02-28','Y')",
    'tnj_20120228_dow_13000_index_tally#20': "period_pts('IXIC','2012-02-28','Y')",
    'tnj_20120228_dow_13000_index_tally#21': "period_pct('IXIC','2012-02-28','Y')",
}
# END RECIPES


# ---- recipes ---------------------------------------------------------------
def load_recipes():
    return RECIPES


def evaluate(expr):
    return eval(expr, {k: v for k, v in globals().items() if not k.startswith('__')})


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) < 1e-6
    return json.dumps(a) == json.dumps(b)


def main():
    keyp = os.path.join(HERE, 'key.jsonl')
    for a in sys.argv[1:]:
        if a.endswith('.jsonl'):
            keyp = a
    recipes = load_recipes()
    keys = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    nrec = 0
    for k in keys:
        rid = '%s#%d' % (k['passage_id'], k['claim_index'])
        expr = recipes.get(rid)
        if expr is None:
            val = None
        else:
            nrec += 1
            val = evaluate(expr)
        ok = same(val, k['computed_value'])
        if not ok:
            bad += 1
        print('%-55s %-6s %s' % (rid, 'ok' if ok else 'DIFF', json.dumps(val)))
    print('%d recipes, %d key records, %d mismatches' % (nrec, len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
