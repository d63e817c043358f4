"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Exits 1 on any mismatch. Needs pandas.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
_CACHE = {}
DATA = None
FILES = {'DJI': 'DJI.csv', 'SPX': 'GSPC.csv', 'IXIC': 'IXIC.csv', 'RUT': 'RUT.csv'}


def df(t):
    if t not in _CACHE:
        if t in FILES:
            d = pd.read_csv(os.path.join(DATA, FILES[t]), parse_dates=['date']).set_index('date')
            d = d[d['close'].notna()]
            d['chg'] = d['close'].diff()
            d['pct'] = d['close'].pct_change() * 100
        else:
            d = pd.read_csv(os.path.join(DATA, t + '.csv'), parse_dates=['date']).set_index('date')
        _CACHE[t] = d
    return _CACHE[t]


def _d(x):
    return pd.Timestamp(x)


def _s(ts):
    return ts.strftime('%Y-%m-%d')


def r(x, n=4):
    return None if x is None else round(float(x), n)


def C(t, d): return r(df(t).loc[_d(d), 'close'])
def H(t, d): return r(df(t).loc[_d(d), 'high'])
def L(t, d): return r(df(t).loc[_d(d), 'low'])
def CH(t, d): return r(df(t).loc[_d(d), 'chg'])
def P(t, d): return r(df(t).loc[_d(d), 'pct'])
def HCH(t, d):
    """intraday high minus previous close"""
    x = df(t); i = x.index.get_loc(_d(d)); return r(x['high'].iloc[i] - x['close'].iloc[i - 1])


def LCH(t, d):
    """intraday low minus previous close"""
    x = df(t); i = x.index.get_loc(_d(d)); return r(x['low'].iloc[i] - x['close'].iloc[i - 1])


def prev_close(t, d):
    x = df(t); i = x.index.get_loc(_d(d)); return x['close'].iloc[i - 1]


def win(t, d0, d1):
    """percent change close d0 -> close d1"""
    x = df(t); return r((x.loc[_d(d1), 'close'] / x.loc[_d(d0), 'close'] - 1) * 100)


def winpts(t, d0, d1):
    x = df(t); return r(x.loc[_d(d1), 'close'] - x.loc[_d(d0), 'close'])


def base_before(t, d, period):
    """last close before the period (Y year, M month, W week, Q quarter) containing d"""
    x = df(t); d = _d(d)
    if period == 'Y': start = pd.Timestamp(d.year, 1, 1)
    elif period == 'M': start = pd.Timestamp(d.year, d.month, 1)
    elif period == 'Q': start = pd.Timestamp(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    elif period == 'W': start = d - pd.Timedelta(days=d.weekday())
    return x[x.index < start].index[-1]


def ptd(t, d, period):
    x = df(t); b = base_before(t, d, period); return r((x.loc[_d(d), 'close'] / x.loc[b, 'close'] - 1) * 100)


def ptdpts(t, d, period):
    x = df(t); b = base_before(t, d, period); return r(x.loc[_d(d), 'close'] - x.loc[b, 'close'])


def lowest_since(t, d):
    """last session before d with a close at or below d's close"""
    x = df(t); c = x.loc[_d(d), 'close']; y = x[(x.index < _d(d)) & (x['close'] <= c)]
    return _s(y.index[-1]) if len(y) else None


def highest_since(t, d):
    x = df(t); c = x.loc[_d(d), 'close']; y = x[(x.index < _d(d)) & (x['close'] >= c)]
    return _s(y.index[-1]) if len(y) else None


def close_on_or_before_level(t, d, level, side):
    """last session before d with close above (side='above') or below level"""
    x = df(t); y = x[x.index < _d(d)]
    y = y[y['close'] > level] if side == 'above' else y[y['close'] < level]
    return _s(y.index[-1]) if len(y) else None


def last_move_as_big(t, d, col='pct'):
    """last session before d with a move at least as large in the same direction"""
    x = df(t); v = x.loc[_d(d), col]; y = x[x.index < _d(d)]
    y = y[y[col] >= v] if v > 0 else y[y[col] <= v]
    return _s(y.index[-1]) if len(y) else None


def is_record(t, d):
    x = df(t); return bool(x.loc[_d(d), 'close'] > x[x.index < _d(d)]['close'].max())


def rec(t, d):
    """highest close before d: [date, value]"""
    x = df(t); y = x[x.index < _d(d)]['close']; return [_s(y.idxmax()), r(y.max())]


def rec_between(t, d0, d1):
    x = df(t); y = x[(x.index >= _d(d0)) & (x.index <= _d(d1))]['close']; return [_s(y.idxmax()), r(y.max())]


def below_pct(t, d, ref_date):
    x = df(t); return r((1 - x.loc[_d(d), 'close'] / x.loc[_d(ref_date), 'close']) * 100)


def below_pts(t, d, ref_date):
    x = df(t); return r(x.loc[_d(ref_date), 'close'] - x.loc[_d(d), 'close'])


def streak(t, d):
    """consecutive closes in the same direction ending d (signed)"""
    x = df(t); y = x[x.index <= _d(d)]['chg'].values[::-1]; s = 1 if y[0] > 0 else -1; n = 0
    for v in y:
        if (v > 0 and s > 0) or (v < 0 and s < 0): n += 1
        else: break
    return n * s


def ups_in_last(t, d, n):
    x = df(t); y = x[x.index <= _d(d)]['chg'].values[-n:]; return int((y > 0).sum())


def rank_decline(t, d, col='pct'):
    x = df(t); y = x[x.index <= _d(d)][col]; v = x.loc[_d(d), col]; return int((y < v).sum()) + 1


def weekly(t):
    x = df(t)['close']; w = x.groupby(x.index.to_period('W-FRI')).last(); return w


def week_pct(t, d):
    w = weekly(t); p = pd.Timestamp(d).to_period('W-FRI'); i = w.index.get_loc(p)
    return r((w.iloc[i] / w.iloc[i - 1] - 1) * 100)


def week_pts(t, d):
    w = weekly(t); p = pd.Timestamp(d).to_period('W-FRI'); i = w.index.get_loc(p)
    return r(w.iloc[i] - w.iloc[i - 1])


def weekly_streak(t, d):
    w = weekly(t); p = pd.Timestamp(d).to_period('W-FRI'); ch = w.diff()
    ch = ch[ch.index <= p].values[::-1]; n = 0
    for v in ch:
        if v > 0: n += 1
        else: break
    return n


def last_week_as_bad(t, d):
    """last earlier week with a percent drop at least as big"""
    w = weekly(t); pc = w.pct_change() * 100; p = pd.Timestamp(d).to_period('W-FRI'); v = pc.loc[p]
    y = pc[(pc.index < p) & (pc <= v)]; return str(y.index[-1].end_time.date()) if len(y) else None


def last_week_pts_as_big(t, d):
    w = weekly(t); pc = w.diff(); p = pd.Timestamp(d).to_period('W-FRI'); v = pc.loc[p]
    y = pc[(pc.index < p) & (pc >= v)]; return str(y.index[-1].end_time.date()) if len(y) else None


def nday_pct(t, d, n):
    x = df(t); i = x.index.get_loc(_d(d)); return r((x['close'].iloc[i] / x['close'].iloc[i - n] - 1) * 100)


def nday_pts(t, d, n):
    x = df(t); i = x.index.get_loc(_d(d)); return r(x['close'].iloc[i] - x['close'].iloc[i - n])


def last_nday_as_big(t, d, n, col='pts'):
    x = df(t)['close']; m = (x - x.shift(n)) if col == 'pts' else (x / x.shift(n) - 1) * 100
    v = m.loc[_d(d)]; y = m[(m.index < _d(d) - pd.Timedelta(days=0))]
    y = y[y.index < _d(d)]; y = y[y >= v] if v > 0 else y[y <= v]
    return _s(y.index[-1]) if len(y) else None


def qpct(t, year, q):
    x = df(t)['close']; qq = x.groupby(x.index.to_period('Q')).last()
    p = pd.Period(f'{year}Q{q}'); i = qq.index.get_loc(p); return r((qq.iloc[i] / qq.iloc[i - 1] - 1) * 100)


def last_q_as_big(t, year, q, same_q=True):
    x = df(t)['close']; qq = x.groupby(x.index.to_period('Q')).last(); pc = qq.pct_change() * 100
    p = pd.Period(f'{year}Q{q}'); v = pc.loc[p]; y = pc[(pc.index < p) & (pc >= v)]
    if same_q: y = y[[i.quarter == q for i in y.index]]
    return str(y.index[-1]) if len(y) else None


def q1_years_at_least(t, y0, y1, thr):
    """years y0..y1 whose Q1 price change was >= thr percent"""
    return [y for y in range(y0, y1 + 1) if qpct(t, y, 1) >= thr]


def q1_then_rest_down(t, years):
    """of these years, the ones whose Q2-Q4 change (Mar close to Dec close) was negative"""
    x = df(t)['close']; out = []
    for y in years:
        a = x[x.index <= pd.Timestamp(y, 3, 31)].iloc[-1]; b = x[x.index <= pd.Timestamp(y, 12, 31)].iloc[-1]
        if b < a: out.append(y)
    return out


def fed(d):
    x = df('DFEDTAR'); return r(x.loc[_d(d), 'value'])


def fed_moves(d0, d1, sign):
    """number of DFEDTAR changes (sign -1 cuts, +1 hikes) effective in [d0, d1]"""
    x = df('DFEDTAR')['value']; c = x.diff(); c = c[(c.index >= _d(d0)) & (c.index <= _d(d1))]
    return int((c < 0).sum()) if sign < 0 else int((c > 0).sum())


def fed_last_change(d):
    x = df('DFEDTAR')['value']; c = x.diff(); c = c[(c.index <= _d(d)) & (c != 0) & c.notna()]; return _s(c.index[-1])


def fomc(d):
    x = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    return bool((x['date'] == _d(d)).any())


def y10(d):
    x = df('DGS10'); return r(x.loc[_d(d), 'value'])


def pct_gain_needed(t, d, target_date):
    x = df(t); return r((x.loc[_d(target_date), 'close'] / x.loc[_d(d), 'close'] - 1) * 100)


def min_between(t, d0, d1):
    x = df(t); y = x[(x.index >= _d(d0)) & (x.index <= _d(d1))]['close']; return [_s(y.idxmin()), r(y.min())]


def last_n_dates(t, d, n):
    x = df(t); y = x[x.index <= _d(d)].index[-n:]; return [_s(i) for i in y]


def records_in_last(t, d, n):
    return int(sum(is_record(t, x) for x in last_n_dates(t, d, n)))


def is_intraday_record(t, d):
    x = df(t); return bool(x.loc[_d(d), 'high'] > x[x.index < _d(d)]['high'].max())


def is_year_high(t, d):
    x = df(t); y = x[(x.index >= pd.Timestamp(_d(d).year, 1, 1)) & (x.index < _d(d))]['close']
    return bool(x.loc[_d(d), 'close'] > y.max())


def sessions_in_year(t, d):
    x = df(t); return int(((x.index >= pd.Timestamp(_d(d).year, 1, 1)) & (x.index <= _d(d))).sum())


def last_weekly_streak_at_least(t, d, n):
    """last week, before the current run of weekly gains began, that ended a run of at least n weekly gains"""
    w = weekly(t); ch = w.diff(); p = pd.Timestamp(d).to_period('W-FRI')
    start = p - (weekly_streak(t, d) - 1); run = 0; last = None
    for i, v in ch.items():
        if i >= start: break
        run = run + 1 if v > 0 else 0
        if run >= n: last = str(i.end_time.date())
    return last


def q1_rest_less_count(t, years):
    """of these years, how many had a Mar-close-to-Dec-close change smaller than the Q1 change"""
    x = df(t)['close']; n = 0
    for y in years:
        a = x[x.index <= pd.Timestamp(y, 3, 31)].iloc[-1]; b = x[x.index <= pd.Timestamp(y, 12, 31)].iloc[-1]
        if (b / a - 1) * 100 < qpct(t, y, 1): n += 1
    return n


def full_year_losses(t, years):
    x = df(t)['close']; ya = x.groupby(x.index.year).last(); return [y for y in years if ya.loc[y] < ya.loc[y - 1]]


# RECIPES: (passage_id, claim_index, expression) -- generated by build.py from its claim table
RECIPES = [
# BEGIN RECIPES
    ('augustachronicle_19980815_sp500_correction', 0, "HCH('DJI','1998-08-14')"),
    ('augustachronicle_19980815_sp500_correction', 1, "below_pct('SPX','1998-08-14',rec('SPX','1998-08-14')[0]) >= 10"),
    ('augustachronicle_19980815_sp500_correction', 2, "CH('DJI','1998-08-14')"),
    ('augustachronicle_19980815_sp500_correction', 3, "C('DJI','1998-08-14')"),
    ('augustachronicle_19980815_sp500_correction', 4, "week_pts('DJI','1998-08-14')"),
    ('augustachronicle_19980815_sp500_correction', 5, "lowest_since('DJI','1998-08-14')"),
    ('augustachronicle_19980815_sp500_correction', 6, "rec('DJI','1998-08-14')"),
    ('augustachronicle_19980815_sp500_correction', 7, "below_pts('DJI','1998-08-14','1998-07-17')"),
    ('augustachronicle_19980815_sp500_correction', 8, "below_pct('DJI','1998-08-14','1998-07-17')"),
    ('augustachronicle_19980815_sp500_correction', 9, "CH('SPX','1998-08-14')"),
    ('augustachronicle_19980815_sp500_correction', 10, "C('SPX','1998-08-14')"),
    ('augustachronicle_19980815_sp500_correction', 11, "below_pct('SPX','1998-08-14',rec('SPX','1998-08-14')[0])"),
    ('augustachronicle_19980815_sp500_correction', 12, "ptd('DJI','1998-07-17','Y')"),
    ('augustachronicle_19980815_sp500_correction', 13, "ptd('DJI','1998-08-14','Y')"),
    ('augustachronicle_19980815_sp500_correction', 14, "LCH('DJI','1998-08-11')"),
    ('bloomberg_19990109_dow_first_close_9600', 0, "close_on_or_before_level('DJI','1999-01-08',9600,'above') is None and C('DJI','1999-01-08') > 9600"),
    ('bloomberg_19990109_dow_first_close_9600', 1, "CH('DJI','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 2, "CH('DJI','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 3, "P('DJI','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 4, "C('DJI','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 5, "CH('SPX','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 6, "C('SPX','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 7, "CH('IXIC','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 8, "C('IXIC','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 9, "is_record('DJI','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 10, "is_record('SPX','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 11, "is_record('IXIC','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 12, None),
    ('bloomberg_19990109_dow_first_close_9600', 13, "CH('RUT','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 14, "C('RUT','1999-01-08')"),
    ('bloomberg_19990109_dow_first_close_9600', 15, None),
    ('ap_19990312_dow_short_of_10000', 0, None),
    ('ap_19990312_dow_short_of_10000', 1, "H('DJI','1999-03-11')"),
    ('ap_19990312_dow_short_of_10000', 2, "CH('DJI','1999-03-11')"),
    ('ap_19990312_dow_short_of_10000', 3, "C('DJI','1999-03-11')"),
    ('ap_19990312_dow_short_of_10000', 4, "is_record('DJI','1999-03-10') and is_record('DJI','1999-03-11')"),
    ('ap_19990312_dow_short_of_10000', 5, "ptd('DJI','1999-03-11','Y')"),
    ('ap_19990312_dow_short_of_10000', 6, "nday_pts('DJI','1999-03-11',2)"),
    ('ap_19990312_dow_short_of_10000', 7, "CH('SPX','1999-03-11')"),
    ('ap_19990312_dow_short_of_10000', 8, "C('SPX','1999-03-11')"),
    ('ap_19990312_dow_short_of_10000', 9, "close_on_or_before_level('SPX','1999-03-12',1300,'above') is None"),
    ('ap_19990312_dow_short_of_10000', 10, "CH('IXIC','1999-03-11')"),
    ('ap_19990312_dow_short_of_10000', 11, "C('IXIC','1999-03-11')"),
    ('ap_20000506_jobs_report_tech_rally', 0, "CH('DJI','2000-05-05')"),
    ('ap_20000506_jobs_report_tech_rally', 1, "C('DJI','2000-05-05')"),
    ('ap_20000506_jobs_report_tech_rally', 2, "CH('IXIC','2000-05-05')"),
    ('ap_20000506_jobs_report_tech_rally', 3, "C('IXIC','2000-05-05')"),
    ('ap_20000506_jobs_report_tech_rally', 4, "CH('DJI','2000-05-03')"),
    ('ap_20000506_jobs_report_tech_rally', 5, "week_pts('DJI','2000-05-05')"),
    ('ap_20000506_jobs_report_tech_rally', 6, "week_pts('IXIC','2000-05-05')"),
    ('ap_20000506_jobs_report_tech_rally', 7, "CH('SPX','2000-05-05')"),
    ('ap_20000506_jobs_report_tech_rally', 8, "C('SPX','2000-05-05')"),
    ('ap_20000506_jobs_report_tech_rally', 9, "CH('RUT','2000-05-05')"),
    ('ap_20000506_jobs_report_tech_rally', 10, "C('RUT','2000-05-05')"),
    ('ap_20000506_jobs_report_tech_rally', 11, None),
    ('ap_20000506_jobs_report_tech_rally', 12, "fomc('2000-05-16')"),
    ('ap_20000506_jobs_report_tech_rally', 13, "fed_moves('1999-06-01','2000-05-05',1)"),
    ('ap_20000506_jobs_report_tech_rally', 14, None),
    ('irishtimes_20010103_nasdaq_falls_7pct', 0, "CH('IXIC','2001-01-02')"),
    ('irishtimes_20010103_nasdaq_falls_7pct', 1, "P('IXIC','2001-01-02')"),
    ('irishtimes_20010103_nasdaq_falls_7pct', 2, "C('IXIC','2001-01-02')"),
    ('irishtimes_20010103_nasdaq_falls_7pct', 3, "[rank_decline('IXIC','2001-01-02','pct'), rank_decline('IXIC','2001-01-02','chg')]"),
    ('irishtimes_20010103_nasdaq_falls_7pct', 4, "lowest_since('IXIC','2001-01-02')"),
    ('irishtimes_20010103_nasdaq_falls_7pct', 5, None),
    ('usatoday_20010222_nasdaq_two_year_low', 0, "lowest_since('IXIC','2001-02-21')"),
    ('usatoday_20010222_nasdaq_two_year_low', 1, "streak('IXIC','2001-02-21')"),
    ('usatoday_20010222_nasdaq_two_year_low', 2, "CH('IXIC','2001-02-21')"),
    ('usatoday_20010222_nasdaq_two_year_low', 3, "P('IXIC','2001-02-21')"),
    ('usatoday_20010222_nasdaq_two_year_low', 4, "C('IXIC','2001-02-21')"),
    ('usatoday_20010222_nasdaq_two_year_low', 5, "lowest_since('IXIC','2001-02-21')"),
    ('usatoday_20010222_nasdaq_two_year_low', 6, "win('IXIC','2000-12-29','2001-01-31')"),
    ('usatoday_20010222_nasdaq_two_year_low', 7, "ptd('IXIC','2001-02-21','Y')"),
    ('usatoday_20010222_nasdaq_two_year_low', 8, "below_pct('IXIC','2001-02-21','2000-03-10')"),
    ('usatoday_20010222_nasdaq_two_year_low', 9, "r((1 - min_between('IXIC','1973-01-01','1974-12-31')[1] / rec_between('IXIC','1972-01-01','1973-12-31')[1]) * 100)"),
    ('usatoday_20010222_nasdaq_two_year_low', 10, "CH('DJI','2001-02-21')"),
    ('usatoday_20010222_nasdaq_two_year_low', 11, "C('DJI','2001-02-21')"),
    ('usatoday_20010222_nasdaq_two_year_low', 12, None),
    ('bbc_20020722_dow_closes_below_8000', 0, "close_on_or_before_level('DJI','2002-07-22',8000,'below')"),
    ('bbc_20020722_dow_closes_below_8000', 1, "P('DJI','2002-07-22')"),
    ('bbc_20020722_dow_closes_below_8000', 2, "CH('DJI','2002-07-22')"),
    ('bbc_20020722_dow_closes_below_8000', 3, "C('DJI','2002-07-22')"),
    ('bbc_20020722_dow_closes_below_8000', 4, "lowest_since('DJI','2002-07-22')"),
    ('bbc_20020722_dow_closes_below_8000', 5, "C('IXIC','2002-07-22')"),
    ('bbc_20020722_dow_closes_below_8000', 6, "P('IXIC','2002-07-22')"),
    ('bbc_20020722_dow_closes_below_8000', 7, "lowest_since('IXIC','2002-07-22')"),
    ('bbc_20020722_dow_closes_below_8000', 8, "CH('DJI','2002-07-19')"),
    ('bbc_20020722_dow_closes_below_8000', 9, "CH('IXIC','2002-07-22')"),
    ('bbc_20020722_dow_closes_below_8000', 10, "CH('SPX','2002-07-22')"),
    ('bbc_20020722_dow_closes_below_8000', 11, "P('SPX','2002-07-22')"),
    ('bbc_20020722_dow_closes_below_8000', 12, None),
    ('reuters_20030917_fed_holds_at_1pct', 0, "fed('2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 1, "fed_last_change('2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 2, "fed_moves('2001-01-01','2003-09-16',-1)"),
    ('reuters_20030917_fed_holds_at_1pct', 3, None),
    ('reuters_20030917_fed_holds_at_1pct', 4, "CH('DJI','2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 5, "P('DJI','2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 6, "C('DJI','2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 7, "last_move_as_big('DJI','2003-09-16','pct')"),
    ('reuters_20030917_fed_holds_at_1pct', 8, "CH('SPX','2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 9, "P('SPX','2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 10, "C('SPX','2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 11, "CH('IXIC','2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 12, "P('IXIC','2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 13, "C('IXIC','2003-09-16')"),
    ('reuters_20030917_fed_holds_at_1pct', 14, "last_move_as_big('IXIC','2003-09-16','pct')"),
    ('ap_20041105_post_election_oil_rally', 0, "CH('DJI','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 1, "last_move_as_big('DJI','2004-11-04','pct')"),
    ('ap_20041105_post_election_oil_rally', 2, "highest_since('SPX','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 3, None),
    ('ap_20041105_post_election_oil_rally', 4, "CH('DJI','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 5, "P('DJI','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 6, "C('DJI','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 7, "CH('DJI','2004-11-03')"),
    ('ap_20041105_post_election_oil_rally', 8, "last_move_as_big('DJI','2004-11-04','chg')"),
    ('ap_20041105_post_election_oil_rally', 9, "highest_since('DJI','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 10, "CH('SPX','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 11, "P('SPX','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 12, "C('SPX','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 13, "highest_since('SPX','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 14, "CH('IXIC','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 15, "P('IXIC','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 16, "C('IXIC','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 17, "highest_since('IXIC','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 18, "ups_in_last('DJI','2004-11-04',8)"),
    ('ap_20041105_post_election_oil_rally', 19, "win('DJI','2004-10-25','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 20, "win('IXIC','2004-10-25','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 21, "win('SPX','2004-10-25','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 22, "streak('IXIC','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 23, "streak('SPX','2004-11-04')"),
    ('ap_20041105_post_election_oil_rally', 24, "fomc('2004-11-10')"),
    ('ap_20041105_post_election_oil_rally', 25, None),
    ('ap_20051126_black_friday_fifth_winning_week', 0, "weekly_streak('DJI','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 1, "weekly_streak('SPX','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 2, "weekly_streak('IXIC','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 3, "highest_since('SPX','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 4, "highest_since('DJI','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 5, "CH('DJI','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 6, "P('DJI','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 7, "C('DJI','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 8, "CH('SPX','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 9, "P('SPX','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 10, "C('SPX','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 11, "CH('IXIC','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 12, "P('IXIC','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 13, "C('IXIC','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 14, "week_pct('DJI','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 15, "week_pct('SPX','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 16, "week_pct('IXIC','2005-11-25')"),
    ('ap_20051126_black_friday_fifth_winning_week', 17, "ptd('DJI','2005-11-25','Y')"),
    ('ap_20051126_black_friday_fifth_winning_week', 18, "ptd('SPX','2005-11-25','Y')"),
    ('ap_20051126_black_friday_fifth_winning_week', 19, "ptd('IXIC','2005-11-25','Y')"),
    ('sp_equity_research_200605_stocks_up_pce', 0, "streak('DJI','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 1, "streak('SPX','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 2, "streak('IXIC','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 3, "CH('DJI','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 4, "P('DJI','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 5, "C('DJI','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 6, "week_pct('DJI','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 7, "CH('SPX','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 8, "P('SPX','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 9, "C('SPX','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 10, "week_pct('SPX','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 11, "CH('IXIC','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 12, "P('IXIC','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 13, "C('IXIC','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 14, "week_pct('IXIC','2006-05-26')"),
    ('sp_equity_research_200605_stocks_up_pce', 15, "ptd('IXIC','2006-05-26','Y') > 0 and ptd('IXIC','2006-05-25','Y') < 0"),
    ('sp_equity_research_200605_stocks_up_pce', 16, None),
    ('nysun_20061017_dow_within_whisker_of_12000', 0, "is_intraday_record('DJI','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 1, "is_record('DJI','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 2, "CH('DJI','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 3, "P('DJI','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 4, "C('DJI','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 5, "H('DJI','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 6, "records_in_last('DJI','2006-10-16',10)"),
    ('nysun_20061017_dow_within_whisker_of_12000', 7, "CH('IXIC','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 8, "P('IXIC','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 9, "C('IXIC','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 10, "r(rec_between('IXIC','2001-04-01','2006-10-13')[1] - C('IXIC','2006-10-16'))"),
    ('nysun_20061017_dow_within_whisker_of_12000', 11, "CH('SPX','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 12, "P('SPX','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 13, "C('SPX','2006-10-16')"),
    ('nysun_20061017_dow_within_whisker_of_12000', 14, "highest_since('SPX','2006-10-16')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 0, "streak('DJI','2007-06-07')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 1, "streak('SPX','2007-06-07')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 2, "CH('DJI','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 3, "P('DJI','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 4, "C('DJI','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 5, "CH('SPX','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 6, "P('SPX','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 7, "C('SPX','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 8, "CH('IXIC','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 9, "P('IXIC','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 10, "C('IXIC','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 11, "last_week_as_bad('SPX','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 12, "last_week_as_bad('DJI','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 13, "week_pct('DJI','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 14, "week_pct('SPX','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 15, "week_pct('IXIC','2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 16, "y10('2007-06-08')"),
    ('foxnews_20070608_stocks_rise_as_yields_retreat', 17, None),
    ('ap_20070322_fed_statement_rally', 0, "CH('DJI','2007-03-21')"),
    ('ap_20070322_fed_statement_rally', 1, "P('DJI','2007-03-21')"),
    ('ap_20070322_fed_statement_rally', 2, "C('DJI','2007-03-21')"),
    ('ap_20070322_fed_statement_rally', 3, "CH('SPX','2007-03-21')"),
    ('ap_20070322_fed_statement_rally', 4, "P('SPX','2007-03-21')"),
    ('ap_20070322_fed_statement_rally', 5, "C('SPX','2007-03-21')"),
    ('ap_20070322_fed_statement_rally', 6, "CH('IXIC','2007-03-21')"),
    ('ap_20070322_fed_statement_rally', 7, "P('IXIC','2007-03-21')"),
    ('ap_20070322_fed_statement_rally', 8, "C('IXIC','2007-03-21')"),
    ('ap_20070322_fed_statement_rally', 9, "ptdpts('DJI','2007-03-21','W')"),
    ('ap_20070322_fed_statement_rally', 10, "last_nday_as_big('DJI','2007-03-21',3,'pts')"),
    ('ap_20070322_fed_statement_rally', 11, "[fed('2007-03-20'), fed('2007-03-22'), fomc('2007-03-21')]"),
    ('ap_20070322_fed_statement_rally', 12, None),
    ('bloomberg_20070818_discount_rate_cut_rally', 0, None),
    ('bloomberg_20070818_discount_rate_cut_rally', 1, "CH('SPX','2007-08-17')"),
    ('bloomberg_20070818_discount_rate_cut_rally', 2, "P('SPX','2007-08-17')"),
    ('bloomberg_20070818_discount_rate_cut_rally', 3, "C('SPX','2007-08-17')"),
    ('bloomberg_20070818_discount_rate_cut_rally', 4, "CH('DJI','2007-08-17')"),
    ('bloomberg_20070818_discount_rate_cut_rally', 5, "P('DJI','2007-08-17')"),
    ('bloomberg_20070818_discount_rate_cut_rally', 6, "C('DJI','2007-08-17')"),
    ('bloomberg_20070818_discount_rate_cut_rally', 7, None),
    ('bloomberg_20070818_discount_rate_cut_rally', 8, None),
    ('ap_20080118_philly_fed_selloff', 0, "CH('DJI','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 1, "P('DJI','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 2, "lowest_since('DJI','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 3, "last_nday_as_big('DJI','2008-01-17',3,'pct')"),
    ('ap_20080118_philly_fed_selloff', 4, "P('SPX','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 5, None),
    ('ap_20080118_philly_fed_selloff', 6, "HCH('DJI','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 7, "CH('DJI','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 8, "P('DJI','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 9, "C('DJI','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 10, "ptd('DJI','2008-01-17','Y')"),
    ('ap_20080118_philly_fed_selloff', 11, "sessions_in_year('DJI','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 12, "[lowest_since('DJI','2008-01-17'), C('DJI','2007-03-16')]"),
    ('ap_20080118_philly_fed_selloff', 13, "CH('SPX','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 14, "P('SPX','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 15, "C('SPX','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 16, "ptd('SPX','2008-01-17','Y')"),
    ('ap_20080118_philly_fed_selloff', 17, "CH('IXIC','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 18, "P('IXIC','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 19, "C('IXIC','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 20, "ptd('IXIC','2008-01-17','Y')"),
    ('ap_20080118_philly_fed_selloff', 21, "lowest_since('SPX','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 22, "lowest_since('IXIC','2008-01-17')"),
    ('ap_20080118_philly_fed_selloff', 23, "C('SPX','2008-01-17') < C('SPX','2006-12-29')"),
    ('ap_20080118_philly_fed_selloff', 24, "C('IXIC','2008-01-17') < C('IXIC','2006-12-29')"),
    ('csmonitor_20090821_stocks_hit_2009_highs', 0, "is_year_high('DJI','2009-08-21')"),
    ('csmonitor_20090821_stocks_hit_2009_highs', 1, "CH('DJI','2009-08-21')"),
    ('csmonitor_20090821_stocks_hit_2009_highs', 2, "C('DJI','2009-08-21')"),
    ('csmonitor_20090821_stocks_hit_2009_highs', 3, "P('SPX','2009-08-21')"),
    ('csmonitor_20090821_stocks_hit_2009_highs', 4, "highest_since('SPX','2009-08-21')"),
    ('csmonitor_20090821_stocks_hit_2009_highs', 5, "P('IXIC','2009-08-21')"),
    ('csmonitor_20090821_stocks_hit_2009_highs', 6, "highest_since('IXIC','2009-08-21')"),
    ('csmonitor_20090821_stocks_hit_2009_highs', 7, "pct_gain_needed('SPX','2009-08-21','2008-09-12')"),
    ('csmonitor_20090821_stocks_hit_2009_highs', 8, None),
    ('ap_20100403_dow_2010_high_short_week', 0, "CH('DJI','2010-04-01')"),
    ('ap_20100403_dow_2010_high_short_week', 1, "is_year_high('DJI','2010-04-01')"),
    ('ap_20100403_dow_2010_high_short_week', 2, "weekly_streak('DJI','2010-04-01')"),
    ('ap_20100403_dow_2010_high_short_week', 3, "weekly_streak('SPX','2010-04-01')"),
    ('ap_20100403_dow_2010_high_short_week', 4, "last_weekly_streak_at_least('DJI','2010-04-01',5)"),
    ('ap_20100403_dow_2010_high_short_week', 5, "CH('DJI','2010-03-31') < 0 and P('DJI','2010-03-31') > -1"),
    ('ap_20100403_dow_2010_high_short_week', 6, None),
    ('ap_20100403_dow_2010_high_short_week', 7, "qpct('DJI',2010,1)"),
    ('ap_20100403_dow_2010_high_short_week', 8, "last_q_as_big('DJI',2010,1)"),
    ('ap_20100403_dow_2010_high_short_week', 9, "qpct('SPX',2010,1)"),
    ('ap_20100403_dow_2010_high_short_week', 10, "last_q_as_big('SPX',2010,1)"),
    ('cnbc_20110331_best_first_quarter_since_98', 0, "last_q_as_big('SPX',2011,1)"),
    ('cnbc_20110331_best_first_quarter_since_98', 1, "last_q_as_big('DJI',2011,1)"),
    ('cnbc_20110331_best_first_quarter_since_98', 2, "qpct('SPX',2011,1)"),
    ('cnbc_20110331_best_first_quarter_since_98', 3, "qpct('DJI',2011,1)"),
    ('cnbc_20110331_best_first_quarter_since_98', 4, "full_year_losses('SPX', q1_years_at_least('SPX',1950,2010,qpct('SPX',2011,1)))"),
    ('cnbc_20110331_best_first_quarter_since_98', 5, None),
    ('cnbc_20110331_best_first_quarter_since_98', 6, "len(q1_years_at_least('SPX',1950,2010,4))"),
    ('cnbc_20110331_best_first_quarter_since_98', 7, "q1_then_rest_down('SPX', q1_years_at_least('SPX',1950,2010,4))"),
    ('cnbc_20110331_best_first_quarter_since_98', 8, "q1_rest_less_count('SPX', q1_years_at_least('SPX',1950,2010,4))"),
    ('ap_20121123_black_friday_rally', 0, "CH('IXIC','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 1, "P('IXIC','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 2, "C('IXIC','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 3, "CH('DJI','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 4, "P('DJI','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 5, "C('DJI','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 6, "close_on_or_before_level('DJI','2012-11-23',13000,'above')"),
    ('ap_20121123_black_friday_rally', 7, "CH('SPX','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 8, "P('SPX','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 9, "C('SPX','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 10, "last_week_pts_as_big('SPX','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 11, "week_pts('SPX','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 12, "week_pct('SPX','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 13, "week_pct('DJI','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 14, "week_pct('IXIC','2012-11-23')"),
    ('ap_20121123_black_friday_rally', 15, None),
# END RECIPES
]


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try: return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError): return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def evaluate(expr):
    return eval(expr, globals())


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = {(k['passage_id'], k['claim_index']): k for k in map(json.loads, open(keyp)) if k}
    bad = 0
    for pid, ci, expr in RECIPES:
        v = evaluate(expr) if expr else None
        k = key.get((pid, ci))
        ok = k is not None and same(v, k['computed_value'])
        if not ok: bad += 1
        print(f"{'ok ' if ok else 'BAD'} {pid}#{ci}: {expr or '(no recipe)'} -> {v!r}" + ('' if ok else f" (key: {k and k['computed_value']!r})"))
    missing = set(key) - {(p, c) for p, c, _ in RECIPES}
    bad += len(missing)
    for m in sorted(missing): print('BAD key record without recipe', m)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
