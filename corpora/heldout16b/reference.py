#!/usr/bin/env python3
"""Recompute every computed_value of corpora/heldout16b/key.jsonl from the bundled CSV files.

usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
       (or set CAPSCOPE_DATA_DIR). Needs pandas. Independent of the checker.
Each key record is one line of RECIPES: (passage_id, claim_index) -> expression over the helpers below.
Prints every recomputed value; last line "N recipes, N key records, M mismatches"; exit 1 on mismatch.
"""
import json, os, sys
import pandas as pd

DATA = None
_CACHE = {}
FILES = {'SPX': 'GSPC', 'RUT': 'RUT', 'DJI': 'DJI', 'IXIC': 'IXIC', 'NDX': 'NDX', 'VIX': 'VIX',
         'IWM': 'IWM', 'SPY': 'SPY', 'US10Y': 'DGS10', 'US2Y': 'DGS2', 'FEDL': 'DFEDTARL', 'FEDU': 'DFEDTARU'}


def _load(t):
    if t not in _CACHE:
        f = os.path.join(DATA, FILES.get(t, t) + '.csv')
        df = pd.read_csv(f, parse_dates=['date']).set_index('date').sort_index()
        if 'close' in df.columns:
            df = df[df['close'].notna()]
        else:
            df = df[pd.to_numeric(df['value'], errors='coerce').notna()]
            df['value'] = df['value'].astype(float)
        _CACHE[t] = df
    return _CACHE[t]


def _c(t):
    return _load(t)['close']


def _r(x, n=2):
    return round(float(x), n)


def close(t, d):
    return _r(_c(t).loc[d])


def high(t, d):
    return _r(_load(t)['high'].loc[d])


def low(t, d):
    return _r(_load(t)['low'].loc[d])


def session_range(t, d):
    return [low(t, d), high(t, d)]


def prev_close(t, d):
    s = _c(t)
    return _r(s[s.index < pd.Timestamp(d)].iloc[-1])


def chg(t, d):
    """daily point change, close vs previous close"""
    return _r(_c(t).loc[d] - prev_close(t, d))


def pct(t, d):
    """daily % change"""
    return _r((_c(t).loc[d] / prev_close(t, d) - 1) * 100, 3)


def pct_between(t, d0, d1):
    """% change from close of d0 to close of d1"""
    s = _c(t)
    return _r((s.loc[d1] / s.loc[d0] - 1) * 100, 3)


def pts_between(t, d0, d1):
    s = _c(t)
    return _r(s.loc[d1] - s.loc[d0])


def _base(t, d, freq):
    s = _c(t)
    ts = pd.Timestamp(d)
    if freq == 'Y':
        start = pd.Timestamp(ts.year, 1, 1)
    elif freq == 'M':
        start = pd.Timestamp(ts.year, ts.month, 1)
    else:  # week starting Monday
        start = ts - pd.Timedelta(days=ts.weekday())
    return s[s.index < start].iloc[-1]


def ytd(t, d):
    return _r((_c(t).loc[d] / _base(t, d, 'Y') - 1) * 100, 3)


def ytd_pts(t, d):
    return _r(_c(t).loc[d] - _base(t, d, 'Y'))


def mtd(t, d):
    return _r((_c(t).loc[d] / _base(t, d, 'M') - 1) * 100, 3)


def wtd(t, d):
    """week (Friday close to Friday close) or week-to-date"""
    return _r((_c(t).loc[d] / _base(t, d, 'W') - 1) * 100, 3)


def year_return(t, year):
    s = _c(t)
    return _r((s[s.index.year == year].iloc[-1] / s[s.index.year < year].iloc[-1] - 1) * 100, 3)


def is_record_close(t, d):
    s = _c(t)
    ts = pd.Timestamp(d)
    return bool(s.loc[ts] > s[s.index < ts].max())


def is_record_high(t, d):
    h = _load(t)['high'].dropna()
    ts = pd.Timestamp(d)
    return bool(h.loc[ts] > h[h.index < ts].max())


def record_before(t, d):
    """highest close strictly before d: [value, date]"""
    s = _c(t)
    p = s[s.index < pd.Timestamp(d)]
    return [_r(p.max()), str(p.idxmax().date())]


def record_high_before(t, d):
    h = _load(t)['high'].dropna()
    p = h[h.index < pd.Timestamp(d)]
    return [_r(p.max()), str(p.idxmax().date())]


def pct_from_ath(t, d):
    """% below the highest close up to and including d (positive = below)"""
    s = _c(t)
    p = s[s.index <= pd.Timestamp(d)]
    return _r((1 - p.loc[d] / p.max()) * 100, 3)


def drawdown_52w(t, d):
    s = _c(t)
    ts = pd.Timestamp(d)
    p = s[(s.index > ts - pd.Timedelta(days=365)) & (s.index <= ts)]
    return _r((1 - s.loc[ts] / p.max()) * 100, 3)


def highest_since(t, d):
    """last session before d whose close was >= close(d)"""
    s = _c(t)
    ts = pd.Timestamp(d)
    p = s[(s.index < ts) & (s >= s.loc[ts])]
    return str(p.index[-1].date()) if len(p) else None


def lowest_since(t, d):
    s = _c(t)
    ts = pd.Timestamp(d)
    p = s[(s.index < ts) & (s <= s.loc[ts])]
    return str(p.index[-1].date()) if len(p) else None


def last_move_as_big(t, d):
    """last session before d with a daily % move at least as large in the same direction"""
    s = _c(t).pct_change() * 100
    ts = pd.Timestamp(d)
    v = s.loc[ts]
    p = s[(s.index < ts) & ((s <= v) if v < 0 else (s >= v))]
    return str(p.index[-1].date()) if len(p) else None


def streak(t, d, up=True):
    """consecutive up (or down) closes ending at d"""
    s = _c(t).diff()
    s = s[s.index <= pd.Timestamp(d)]
    n = 0
    for v in s.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def last_streak_as_long(t, d, n, up=True):
    """last session before the streak ending at d on which an up-streak of >= n sessions was reached"""
    s = _c(t).diff()
    ts = pd.Timestamp(d)
    k = streak(t, d, up)
    s = s[s.index <= ts].iloc[:-k] if k else s[s.index <= ts]
    run = 0
    last = None
    for i, v in s.items():
        run = run + 1 if ((v > 0) if up else (v < 0)) else 0
        if run >= n:
            last = i
    return str(last.date()) if last is not None else None


def rel_streak(t1, t2, d):
    """consecutive sessions ending at d on which t1's daily % change beat t2's"""
    a = _c(t1).pct_change()
    b = _c(t2).pct_change()
    x = (a - b).dropna()
    x = x[x.index <= pd.Timestamp(d)]
    n = 0
    for v in x.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def rel_streak_last_as_long(t1, t2, d, n):
    a = _c(t1).pct_change()
    b = _c(t2).pct_change()
    x = (a - b).dropna()
    ts = pd.Timestamp(d)
    k = rel_streak(t1, t2, d)
    x = x[x.index <= ts].iloc[:-k]
    run = 0
    last = None
    for i, v in x.items():
        run = run + 1 if v > 0 else 0
        if run >= n:
            last = i
    return str(last.date()) if last is not None else None


def first_close_above(t, level, after=None):
    s = _c(t)
    if after:
        s = s[s.index > pd.Timestamp(after)]
    p = s[s > level]
    return str(p.index[0].date()) if len(p) else None


def sessions_between(t, d0, d1):
    """index difference between two sessions"""
    s = _c(t)
    return int(s.index.get_loc(pd.Timestamp(d1)) - s.index.get_loc(pd.Timestamp(d0)))


def rate(series, d):
    return _r(_load(series)['value'].loc[d], 3)


def rate_chg_bp(series, d):
    v = _load(series)['value']
    ts = pd.Timestamp(d)
    return _r((v.loc[ts] - v[v.index < ts].iloc[-1]) * 100, 1)


def highest_rate_since(series, d):
    v = _load(series)['value']
    ts = pd.Timestamp(d)
    p = v[(v.index < ts) & (v >= v.loc[ts])]
    return str(p.index[-1].date()) if len(p) else None


def lowest_rate_since(series, d):
    v = _load(series)['value']
    ts = pd.Timestamp(d)
    p = v[(v.index < ts) & (v <= v.loc[ts])]
    return str(p.index[-1].date()) if len(p) else None


def fed_range(d):
    """[lower, upper] of the target range in effect on d"""
    return [rate('FEDL', d), rate('FEDU', d)]


def fomc_meeting(d):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'))
    return bool(d in set(m['date']))


def fomc_changes(year, direction, through=None):
    """number of upper-bound changes (up/down) whose effective date falls in the year (up to `through`)"""
    v = _load('FEDU')['value']
    dv = v.diff()
    dv = dv[dv.index.year == year]
    if through:
        dv = dv[dv.index <= pd.Timestamp(through)]
    return int(((dv > 0) if direction == 'up' else (dv < 0)).sum())


def fed_range_lowest_since(d):
    """last date before d on which the upper bound was <= the upper bound in effect on d"""
    v = _load('FEDU')['value']
    ts = pd.Timestamp(d)
    cur = v.loc[ts]
    prior = v[v.index < ts]
    # exclude the current run at this level
    chg = prior[prior != cur]
    last_diff = chg.index[-1]
    p = prior[(prior.index <= last_diff) & (prior <= cur)]
    return str(p.index[-1].date()) if len(p) else None


def open_(t, d):
    return _r(_load(t)['open'].loc[d])


def days_between(d0, d1):
    """calendar days"""
    return int((pd.Timestamp(d1) - pd.Timestamp(d0)).days)


def record_streak(t, d):
    """consecutive record closes ending at d"""
    s = _c(t)
    rec = s > s.cummax().shift(1)
    rec = rec[rec.index <= pd.Timestamp(d)]
    n = 0
    for v in rec.iloc[::-1]:
        if v:
            n += 1
        else:
            break
    return n


def record_count(t, year, through):
    """number of record closes in the year up to and including `through`"""
    s = _c(t)
    rec = s > s.cummax().shift(1)
    rec = rec[(rec.index.year == year) & (rec.index <= pd.Timestamp(through))]
    return int(rec.sum())


def weeks_up(t, d, n):
    """how many of the n weeks (Friday to Friday) ending with the week of d closed higher"""
    s = _c(t)
    s = s[s.index <= pd.Timestamp(d)]
    w = s.groupby(s.index.to_period('W-FRI')).last()
    ch = w.diff().iloc[-n:]
    return int((ch > 0).sum())


def pct_below_level(t, d, level):
    """% by which close(d) is below a level stated in the text (positive = below)"""
    return _r((1 - _c(t).loc[d] / level) * 100, 3)


def level_below_record(t, level, d):
    """% by which a level stated in the text is below the record close before d"""
    return _r((1 - level / record_before(t, d)[0]) * 100, 3)


def gap_up(t, d):
    """session low of d above the previous session's high"""
    h = _load(t)['high']
    ts = pd.Timestamp(d)
    return bool(low(t, d) > h[h.index < ts].iloc[-1])


def last_high_above(t, level, d):
    """last session before d whose intraday high exceeded level"""
    h = _load(t)['high'].dropna()
    p = h[(h.index < pd.Timestamp(d)) & (h > level)]
    return str(p.index[-1].date()) if len(p) else None


def last_rate_below(series, d, level):
    v = _load(series)['value']
    p = v[(v.index < pd.Timestamp(d)) & (v < level)]
    return str(p.index[-1].date()) if len(p) else None


def high_vs_prev(t, d):
    """% from previous close to the session high"""
    return _r((high(t, d) / prev_close(t, d) - 1) * 100, 3)


def rel_spread(t1, t2, d0, d1):
    """percentage-point gap between two indexes' % changes from d0 close to d1 close"""
    return _r(pct_between(t1, d0, d1) - pct_between(t2, d0, d1), 3)


def max_rel_spread_n(t1, t2, n, d):
    """largest n-session gap (pp) between t1 and t2 % changes up to d, and its end date"""
    a = _c(t1)
    b = _c(t2)
    x = ((a / a.shift(n) - 1) - (b / b.shift(n) - 1)).dropna() * 100
    x = x[x.index <= pd.Timestamp(d)]
    return [_r(x.max(), 3), str(x.idxmax().date())]


# --------------------------------------------------------------------------------------
# RECIPES-BEGIN (generated by build.py)
RECIPES = {
    ('pfadvice_20140704_dow_tops_17000', 1): "is_record_close('DJI','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 2): "first_close_above('DJI',17000)",
    ('pfadvice_20140704_dow_tops_17000', 3): None,
    ('pfadvice_20140704_dow_tops_17000', 4): "chg('DJI','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 5): "pct('DJI','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 6): "close('DJI','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 7): "close('DJI','2014-06-27')",
    ('pfadvice_20140704_dow_tops_17000', 8): "wtd('DJI','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 9): "days_between(first_close_above('DJI',16000),'2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 10): "record_streak('DJI','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 11): "ytd('DJI','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 12): "ytd('SPX','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 13): "ytd('IXIC','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 14): "chg('SPX','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 15): "pct('SPX','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 16): "close('SPX','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 17): "wtd('SPX','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 18): "record_streak('SPX','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 19): "is_record_close('IXIC','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 20): "chg('IXIC','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 21): "pct('IXIC','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 22): "highest_since('IXIC','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 23): "close('IXIC','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 24): "wtd('IXIC','2014-07-03')",
    ('pfadvice_20140704_dow_tops_17000', 25): "weeks_up('IXIC','2014-07-03',8)",
    ('fortune_20150106_dow_triple_digit_drop_oil', 1): "chg('DJI','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 2): "pct('DJI','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 3): "close('DJI','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 4): "chg('DJI','2015-01-05')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 5): "level_below_record('DJI',17307,'2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 6): "record_before('DJI','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 7): "first_close_above('DJI',18000)",
    ('fortune_20150106_dow_triple_digit_drop_oil', 8): "streak('SPX','2015-01-06',up=False)",
    ('fortune_20150106_dow_triple_digit_drop_oil', 9): "last_streak_as_long('SPX','2015-01-06',5,up=False)",
    ('fortune_20150106_dow_triple_digit_drop_oil', 10): "chg('SPX','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 11): "pct('SPX','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 12): "close('SPX','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 13): "chg('IXIC','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 14): "pct('IXIC','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 15): "close('IXIC','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 16): "rate('US10Y','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 17): "last_rate_below('US10Y','2015-01-06',2.0)",
    ('fortune_20150106_dow_triple_digit_drop_oil', 18): "pct('VIX','2015-01-06')",
    ('fortune_20150106_dow_triple_digit_drop_oil', 19): None,
    ('fortune_20150106_dow_triple_digit_drop_oil', 20): None,
    ('dailyvoicenews_20160131_january_correction_numbers', 1): "close('DJI','2015-12-31')",
    ('dailyvoicenews_20160131_january_correction_numbers', 2): "close('DJI','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 3): "ytd('DJI','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 4): "record_high_before('DJI','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 5): "pct_below_level('DJI','2016-01-29',18351.40)",
    ('dailyvoicenews_20160131_january_correction_numbers', 6): "close('SPX','2015-12-31')",
    ('dailyvoicenews_20160131_january_correction_numbers', 7): "close('SPX','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 8): "ytd('SPX','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 9): "record_high_before('SPX','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 10): "pct_below_level('SPX','2016-01-29',2134.72)",
    ('dailyvoicenews_20160131_january_correction_numbers', 11): "close('IXIC','2015-12-31')",
    ('dailyvoicenews_20160131_january_correction_numbers', 12): "close('IXIC','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 13): "ytd('IXIC','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 14): "record_high_before('IXIC','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 15): "pct_below_level('IXIC','2016-01-29',5231.94)",
    ('dailyvoicenews_20160131_january_correction_numbers', 16): "pct('SPX','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 17): "drawdown_52w('DJI','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 18): "drawdown_52w('IXIC','2016-01-29')",
    ('dailyvoicenews_20160131_january_correction_numbers', 19): "[drawdown_52w('SPX','2016-01-28'), drawdown_52w('SPX','2016-01-29')]",
    ('dailyvoicenews_20160131_january_correction_numbers', 20): None,
    ('reuters_20171018_dow_23000_factbox', 1): "first_close_above('DJI',23000)",
    ('reuters_20171018_dow_23000_factbox', 2): "sessions_between('DJI','2017-08-02','2017-10-18')",
    ('reuters_20171018_dow_23000_factbox', 3): "sessions_between('DJI','2017-03-01','2017-08-02')",
    ('reuters_20171018_dow_23000_factbox', 4): "sessions_between('DJI','2017-01-25','2017-03-01')",
    ('reuters_20171018_dow_23000_factbox', 5): "close('DJI','2016-12-30')",
    ('reuters_20171018_dow_23000_factbox', 6): "mtd('DJI','2017-10-18')",
    ('reuters_20171018_dow_23000_factbox', 7): None,
    ('reuters_20171018_dow_23000_factbox', 8): "first_close_above('DJI',22000)",
    ('reuters_20171018_dow_23000_factbox', 9): None,
    ('reuters_20171018_dow_23000_factbox', 10): None,
    ('peoplespunditdaily_20171229_dow_71_records_2017', 1): "is_record_close('DJI','2017-12-28')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 2): "record_count('DJI',2017,'2017-12-28')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 3): "year_return('DJI',2017)",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 4): "chg('DJI','2017-12-29')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 5): "pct('DJI','2017-12-29')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 6): "close('DJI','2017-12-29')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 7): "close('DJI','2017-12-28')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 8): "open_('DJI','2017-01-03')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 9): "wtd('DJI','2017-12-29')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 10): "chg('IXIC','2017-12-29')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 11): "pct('IXIC','2017-12-29')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 12): "close('IXIC','2017-12-29')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 13): "year_return('IXIC',2017)",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 14): "chg('SPX','2017-12-29')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 15): "pct('SPX','2017-12-29')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 16): "close('SPX','2017-12-29')",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 17): "year_return('SPX',2017)",
    ('peoplespunditdaily_20171229_dow_71_records_2017', 18): None,
    ('latimes_20180926_stocks_slip_fed_third_hike', 1): "[fed_range('2018-09-26'), fed_range('2018-09-27')]",
    ('latimes_20180926_stocks_slip_fed_third_hike', 2): "fomc_changes(2018,'up','2018-09-27')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 3): None,
    ('latimes_20180926_stocks_slip_fed_third_hike', 4): "rate_chg_bp('US10Y','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 5): "chg('SPX','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 6): "pct('SPX','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 7): "close('SPX','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 8): "high_vs_prev('SPX','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 9): "chg('DJI','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 10): "pct('DJI','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 11): "close('DJI','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 12): "chg('IXIC','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 13): "pct('IXIC','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 14): "close('IXIC','2018-09-26')",
    ('latimes_20180926_stocks_slip_fed_third_hike', 15): None,
    ('cnbc_20181217_rut_official_bear_market', 1): None,
    ('cnbc_20181217_rut_official_bear_market', 2): "pct('RUT','2018-12-17')",
    ('cnbc_20181217_rut_official_bear_market', 3): "record_before('RUT','2018-12-17')",
    ('cnbc_20181217_rut_official_bear_market', 4): "pct_from_ath('RUT','2018-12-17')",
    ('cnbc_20181217_rut_official_bear_market', 5): "pct_from_ath('RUT','2018-12-17')",
    ('cnbc_20181217_rut_official_bear_market', 6): "lowest_since('RUT','2018-12-17')",
    ('cnbc_20181217_rut_official_bear_market', 7): None,
    ('cnbc_20181217_rut_official_bear_market', 8): None,
    ('marketwatch_20230606_small_caps_surge_market_stalls', 1): "pct('RUT','2023-06-06')",
    ('marketwatch_20230606_small_caps_surge_market_stalls', 2): None,
    ('marketwatch_20230606_small_caps_surge_market_stalls', 3): "pct('RUT','2023-06-06')",
    ('marketwatch_20230606_small_caps_surge_market_stalls', 4): "highest_since('RUT','2023-06-06')",
    ('marketwatch_20230606_small_caps_surge_market_stalls', 5): "ytd('RUT','2023-06-06')",
    ('marketwatch_20230606_small_caps_surge_market_stalls', 6): "ytd('SPX','2023-06-06')",
    ('marketwatch_20230606_small_caps_surge_market_stalls', 7): "pct('SPX','2023-06-06')",
    ('marketwatch_20230606_small_caps_surge_market_stalls', 8): "ytd('IXIC','2023-06-06')",
    ('marketwatch_20230606_small_caps_surge_market_stalls', 9): "pct('IXIC','2023-06-06')",
    ('marketwatch_20230606_small_caps_surge_market_stalls', 10): None,
    ('marketwatch_20230606_small_caps_surge_market_stalls', 11): None,
    ('marketwatch_20230606_small_caps_surge_market_stalls', 12): "pct('NDX','2023-06-06')",
    ('marketwatch_20230606_small_caps_surge_market_stalls', 13): "gap_up('RUT','2023-06-02')",
    ('marketwatch_20230606_small_caps_surge_market_stalls', 14): None,
    ('analyzingmarket_20240213_small_caps_bear_brunt', 1): "pct('RUT','2024-02-13')",
    ('analyzingmarket_20240213_small_caps_bear_brunt', 2): "pct('SPX','2024-02-13')",
    ('analyzingmarket_20240213_small_caps_bear_brunt', 3): "ytd('RUT','2024-02-13')",
    ('analyzingmarket_20240213_small_caps_bear_brunt', 4): "ytd('RUT','2024-02-12')",
    ('analyzingmarket_20240213_small_caps_bear_brunt', 5): "ytd('SPX','2024-02-13')",
    ('sherwood_20240721_russell_rally_rate_cuts', 1): "pct_between('RUT','2024-07-10','2024-07-17')",
    ('sherwood_20240721_russell_rally_rate_cuts', 2): "rel_spread('RUT','SPX','2024-07-10','2024-07-17')",
    ('sherwood_20240721_russell_rally_rate_cuts', 3): "max_rel_spread_n('RUT','SPX',5,'2024-07-17')",
    ('sherwood_20240721_russell_rally_rate_cuts', 4): None,
    ('sherwood_20240721_russell_rally_rate_cuts', 5): "wtd('IXIC','2024-07-19')",
    ('sherwood_20240721_russell_rally_rate_cuts', 6): "wtd('RUT','2024-07-19')",
    ('sherwood_20240721_russell_rally_rate_cuts', 7): None,
    ('sherwood_20240721_russell_rally_rate_cuts', 8): None,
    ('gmteight_20250918_fed_cut_small_caps_break_record', 1): "record_count('SPX',2025,'2025-09-16')",
    ('gmteight_20250918_fed_cut_small_caps_break_record', 2): "high_vs_prev('RUT','2025-09-17')",
    ('gmteight_20250918_fed_cut_small_caps_break_record', 3): "high('RUT','2025-09-17')",
    ('gmteight_20250918_fed_cut_small_caps_break_record', 4): "last_high_above('RUT',2442.74,'2025-09-17')",
    ('gmteight_20250918_fed_cut_small_caps_break_record', 5): "pct('RUT','2025-09-17')",
    ('gmteight_20250918_fed_cut_small_caps_break_record', 6): "is_record_close('RUT','2025-09-17')",
    ('gmteight_20250918_fed_cut_small_caps_break_record', 7): "[fed_range('2025-09-17'), fed_range('2025-09-18')]",
    ('gmteight_20250918_fed_cut_small_caps_break_record', 8): None,
    ('gmteight_20250918_fed_cut_small_caps_break_record', 9): "pct('SPX','2025-09-17')",
    ('sknfinance_20251011_rut_52_week_high_reversal', 1): "high('RUT','2025-10-06')",
    ('sknfinance_20251011_rut_52_week_high_reversal', 2): "is_record_high('RUT','2025-10-06')",
    ('sknfinance_20251011_rut_52_week_high_reversal', 3): "is_record_close('RUT','2025-10-06')",
    ('sknfinance_20251011_rut_52_week_high_reversal', 4): "pct('RUT','2025-10-10')",
    ('sknfinance_20251011_rut_52_week_high_reversal', 5): "wtd('RUT','2025-10-10')",
    ('sknfinance_20251011_rut_52_week_high_reversal', 6): "[pct('RUT','2025-10-10'), pct('DJI','2025-10-10'), pct('SPX','2025-10-10')]",
    ('sknfinance_20251011_rut_52_week_high_reversal', 7): "round(high('RUT','2025-10-10')-low('RUT','2025-10-10'),2)",
    ('feedzop_20251123_small_caps_lag_major_indexes', 1): "ytd('RUT','2025-11-21')",
    ('feedzop_20251123_small_caps_lag_major_indexes', 2): "wtd('RUT','2025-11-21')",
    ('feedzop_20251123_small_caps_lag_major_indexes', 3): "ytd('RUT','2025-11-21')",
    ('feedzop_20251123_small_caps_lag_major_indexes', 4): "ytd('SPX','2025-11-21')",
    ('feedzop_20251123_small_caps_lag_major_indexes', 5): "ytd('DJI','2025-11-21')",
    ('feedzop_20251123_small_caps_lag_major_indexes', 6): "ytd('IXIC','2025-11-21')",
    ('feedzop_20251123_small_caps_lag_major_indexes', 7): None,
    ('feedzop_20251123_small_caps_lag_major_indexes', 8): "ytd('RUT','2025-11-21')",
    ('feedzop_20251123_small_caps_lag_major_indexes', 9): None,
    ('feedzop_20260113_russell_record_small_cap_streak', 1): "rel_streak_last_as_long('RUT','SPX','2026-01-12',rel_streak('RUT','SPX','2026-01-12'))",
    ('feedzop_20260113_russell_record_small_cap_streak', 2): "is_record_close('RUT','2026-01-12')",
    ('feedzop_20260113_russell_record_small_cap_streak', 3): "[pct('RUT','2026-01-12'), pct('DJI','2026-01-12'), pct('SPX','2026-01-12'), pct('IXIC','2026-01-12')]",
    ('feedzop_20260113_russell_record_small_cap_streak', 4): "[pct('DJI','2026-01-12'), pct('SPX','2026-01-12'), pct('IXIC','2026-01-12')]",
    ('feedzop_20260113_russell_record_small_cap_streak', 5): None,
    ('feedzop_20260113_russell_record_small_cap_streak', 6): "round(close('DJI','2026-01-12')-low('DJI','2026-01-12'),2)",
    ('feedzop_20260113_russell_record_small_cap_streak', 7): "close('SPX','2026-01-12')",
    ('feedzop_20260113_russell_record_small_cap_streak', 8): None,
    ('fxleaders_20250904_dow_nears_record_sp500_record', 1): "pct('DJI','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 2): "[close('DJI','2025-09-04'), record_before('DJI','2025-09-04')]",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 3): "close('SPX','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 4): "is_record_close('SPX','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 5): "record_high_before('SPX','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 6): "record_high_before('SPX','2025-09-04')[1]",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 7): "[low('SPX','2025-09-04'), prev_close('SPX','2025-09-04')]",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 8): None,
    ('fxleaders_20250904_dow_nears_record_sp500_record', 9): "record_before('DJI','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 10): "close('DJI','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 11): "chg('DJI','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 12): "pct('DJI','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 13): "close('SPX','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 14): "chg('SPX','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 15): "pct('SPX','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 16): "close('IXIC','2025-09-04')",
    ('fxleaders_20250904_dow_nears_record_sp500_record', 17): "chg('IXIC','2025-09-04')",
    ('ap_20220103_records_first_day_of_2022', 1): "is_record_close('SPX','2022-01-03')",
    ('ap_20220103_records_first_day_of_2022', 2): "is_record_close('DJI','2022-01-03')",
    ('ap_20220103_records_first_day_of_2022', 3): "pct('SPX','2022-01-03')",
    ('ap_20220103_records_first_day_of_2022', 4): "[year_return('SPX',2019), year_return('SPX',2020), year_return('SPX',2021)]",
    ('ap_20220103_records_first_day_of_2022', 5): "pct('DJI','2022-01-03')",
    ('ap_20220103_records_first_day_of_2022', 6): "pct('IXIC','2022-01-03')",
    ('ap_20220103_records_first_day_of_2022', 7): None,
    ('ap_20220103_records_first_day_of_2022', 8): None,
    ('ap_20220103_records_first_day_of_2022', 9): "[rate('US10Y','2021-12-31'), rate('US10Y','2022-01-03')]",
}
# RECIPES-END
_here = os.path.dirname(os.path.abspath(__file__))


def _same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: reference.py DATA_DIR [key.jsonl]  (or set CAPSCOPE_DATA_DIR)')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(_here, 'key.jsonl')
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    for r in recs:
        k = (r['passage_id'], r['claim_index'])
        if k not in RECIPES:
            bad += 1
            print('BAD key record without recipe:', k)
            continue
        expr = RECIPES[k]
        got = None if expr is None else eval(expr)
        ok = _same(got, r['computed_value'])
        if not ok:
            bad += 1
        print(f"{'OK ' if ok else 'BAD'} {k[0]}#{k[1]}: {expr} -> {got!r} (key {r['computed_value']!r})")
    missing = [k for k in RECIPES if k not in {(r['passage_id'], r['claim_index']) for r in recs}]
    bad += len(missing)
    for k in missing:
        print('BAD recipe without key record:', k)
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
