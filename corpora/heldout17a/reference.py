#!/usr/bin/env python3
"""reference.py for corpora/heldout17a: recomputes every computed_value of key.jsonl from the CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Prints every recomputed value and a last line "N recipes, N key records, N mismatches"; exits 1 on any mismatch.
Needs pandas only. Each RECIPES row is (passage_id, claim_index, expression over the helpers below).
"""
# ---- helpers (pandas only; data dir from argv[1] or CAPSCOPE_DATA_DIR) ----
import os, sys, json, math
import pandas as pd

_FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'NDX': 'NDX',
          'QQQ': 'QQQ', 'VIX': 'VIX', 'SPY': 'SPY', 'IWM': 'IWM'}
_CACHE = {}
DATA_DIR = None


def _px(t):
    if t not in _CACHE:
        _CACHE[t] = pd.read_csv(os.path.join(DATA_DIR, _FILES[t] + '.csv'), index_col=0, parse_dates=True)
    return _CACHE[t]


def _rate(name):
    if name not in _CACHE:
        _CACHE[name] = pd.read_csv(os.path.join(DATA_DIR, name + '.csv'), index_col=0, parse_dates=True)['value']
    return _CACHE[name]


def _c(t):
    return _px(t)['close']


def _ts(d):
    return pd.Timestamp(d)


def _ds(ts):
    return pd.Timestamp(ts).strftime('%Y-%m-%d')


def _r(x, n):
    return round(float(x), n)


def close(t, d):
    return _r(_c(t).loc[_ts(d)], 2)


def high(t, d):
    return _r(_px(t)['high'].loc[_ts(d)], 2)


def low(t, d):
    return _r(_px(t)['low'].loc[_ts(d)], 2)


def session_range(t, d):
    return [low(t, d), high(t, d)]


def prev_close(t, d):
    c = _c(t)
    return _r(c[c.index < _ts(d)].iloc[-1], 2)


def chg(t, d):
    c = _c(t); i = c.index.get_loc(_ts(d))
    return _r(c.iloc[i] - c.iloc[i - 1], 2)


def pct(t, d):
    c = _c(t); i = c.index.get_loc(_ts(d))
    return _r((c.iloc[i] / c.iloc[i - 1] - 1) * 100, 3)


def pct_change(t, d0, d1):
    """percent change from the close of d0 to the close of d1"""
    c = _c(t)
    return _r((c.loc[_ts(d1)] / c.loc[_ts(d0)] - 1) * 100, 3)


def pts_change(t, d0, d1):
    c = _c(t)
    return _r(c.loc[_ts(d1)] - c.loc[_ts(d0)], 2)


def _last_close_before(t, d):
    c = _c(t)
    return c[c.index < _ts(d)].iloc[-1]


def ytd(t, d):
    y = _ts(d).year
    base = _last_close_before(t, f'{y}-01-01')
    return _r((_c(t).loc[_ts(d)] / base - 1) * 100, 3)


def mtd(t, d):
    ts = _ts(d)
    base = _last_close_before(t, f'{ts.year}-{ts.month:02d}-01')
    return _r((_c(t).loc[ts] / base - 1) * 100, 3)


def qtd(t, d):
    ts = _ts(d); qm = 3 * ((ts.month - 1) // 3) + 1
    base = _last_close_before(t, f'{ts.year}-{qm:02d}-01')
    return _r((_c(t).loc[ts] / base - 1) * 100, 3)


def year_return(t, y):
    c = _c(t)
    return _r((c[c.index <= _ts(f'{y}-12-31')].iloc[-1] / c[c.index < _ts(f'{y}-01-01')].iloc[-1] - 1) * 100, 3)


def pct_vs_level(t, d0, level):
    """percent from the close of d0 to a level stated in the passage"""
    return _r((level / _c(t).loc[_ts(d0)] - 1) * 100, 3)


def record_before(t, d):
    """highest close strictly before d: [value, date]"""
    c = _c(t); c = c[c.index < _ts(d)]
    return [_r(c.max(), 2), _ds(c.idxmax())]


def intraday_record_before(t, d):
    h = _px(t)['high']; h = h[h.index < _ts(d)]
    return [_r(h.max(), 2), _ds(h.idxmax())]


def is_record_close(t, d):
    c = _c(t)
    return bool(c.loc[_ts(d)] > c[c.index < _ts(d)].max())


def max_close(t, d0, d1):
    c = _c(t).loc[_ts(d0):_ts(d1)]
    return [_r(c.max(), 2), _ds(c.idxmax())]


def min_close(t, d0, d1):
    c = _c(t).loc[_ts(d0):_ts(d1)]
    return [_r(c.min(), 2), _ds(c.idxmin())]


def pct_below_record(t, d):
    """percent the close of d sits below the highest close up to d (positive = below)"""
    c = _c(t); c = c[c.index <= _ts(d)]
    return _r((1 - c.iloc[-1] / c.max()) * 100, 3)


def pts_below_record(t, d):
    c = _c(t); c = c[c.index <= _ts(d)]
    return _r(c.max() - c.iloc[-1], 2)


def lowest_since(t, d):
    """last session before d whose close was at or below the close of d"""
    c = _c(t); v = c.loc[_ts(d)]; p = c[(c.index < _ts(d)) & (c <= v)]
    return _ds(p.index[-1]) if len(p) else None


def highest_since(t, d):
    c = _c(t); v = c.loc[_ts(d)]; p = c[(c.index < _ts(d)) & (c >= v)]
    return _ds(p.index[-1]) if len(p) else None


def last_high_at_or_above(t, d, level):
    h = _px(t)['high']; p = h[(h.index < _ts(d)) & (h >= level)]
    return _ds(p.index[-1]) if len(p) else None


def last_close_at_or_above(t, d, level):
    c = _c(t); p = c[(c.index < _ts(d)) & (c >= level)]
    return _ds(p.index[-1]) if len(p) else None


def last_dd_over(t, d, frac):
    """last session before d whose close was more than frac below the running record close"""
    c = _c(t); dd = c / c.cummax() - 1; p = dd[(dd.index < _ts(d)) & (dd < -frac)]
    return _ds(p.index[-1]) if len(p) else None


def point_drop_rank(t, d):
    """rank of the point drop of d among all daily point drops in the file up to d (1 = largest)"""
    mv = _c(t).diff(); mv = mv[mv.index <= _ts(d)]
    return int((mv < mv.loc[_ts(d)] - 1e-9).sum()) + 1


def count_down_days(t, d0, d1):
    mv = _c(t).diff().loc[_ts(d0):_ts(d1)]
    return int((mv < 0).sum())


def count_abs_moves_over(t, d0, d1, pts):
    mv = _c(t).diff().loc[_ts(d0):_ts(d1)]
    return int((mv.abs() > pts).sum())


def month_down_days(t, y, m):
    return count_down_days(t, f'{y}-{m:02d}-01', (pd.Timestamp(f'{y}-{m:02d}-01') + pd.offsets.MonthEnd(0)).strftime('%Y-%m-%d'))


def sessions_between(t, d0, d1):
    c = _c(t).loc[_ts(d0):_ts(d1)]
    return int(len(c))


def up_days(t, d0, d1):
    mv = _c(t).diff().loc[_ts(d0):_ts(d1)]
    return int((mv > 0).sum())


def worst_quarter_since(t, d0, d1):
    """worst calendar-quarter price return among quarters ending between d0 and d1: [pct, quarter end]"""
    q = _c(t).resample('QE').last().pct_change() * 100
    q = q.loc[_ts(d0):_ts(d1)]
    return [_r(q.min(), 3), _ds(q.idxmin())]


def negative_years_run_before(t, y):
    """last year before y that closed a run of 3 straight negative calendar years"""
    c = _c(t).resample('YE').last().pct_change()
    c.index = c.index.year
    for yy in range(y - 1, int(c.index.min()) + 2, -1):
        if c.loc[yy] < 0 and c.loc[yy - 1] < 0 and c.loc[yy - 2] < 0:
            return yy
    return None


def smallest_abs_year_move(t, y0, y1):
    """calendar year with the smallest absolute price change, full years y0..y1: [year, pct]"""
    c = _c(t).resample('YE').last().pct_change() * 100
    c.index = c.index.year
    c = c.loc[y0:y1]
    yy = int(c.abs().idxmin())
    return [yy, _r(c.loc[yy], 3)]


def positive_years(t, y0, y1):
    c = _c(t).resample('YE').last().pct_change()
    c.index = c.index.year
    return int((c.loc[y0:y1] > 0).sum())


def week_change(t, d):
    """Friday close d against the close one week earlier: [points, pct]"""
    c = _c(t); i = c.index.get_loc(_ts(d)); prev = c[c.index <= _ts(d) - pd.Timedelta(days=7)].iloc[-1]
    return [_r(c.iloc[i] - prev, 2), _r((c.iloc[i] / prev - 1) * 100, 3)]


def weekly_negative_share(t, d0, d1):
    """share (%) of weeks (Friday-to-Friday, last session of each week) ending d0..d1 that fell"""
    w = _c(t).resample('W-FRI').last().dropna()
    r = w.diff().loc[_ts(d0):_ts(d1)]
    return _r((r < 0).mean() * 100, 1)


def weekly_loss_rank(t, d, y):
    """rank of the percentage loss of the week ending d among weeks of year y up to d (1 = worst)"""
    w = _c(t).resample('W-FRI').last().dropna().pct_change()
    w = w[(w.index.year == y) & (w.index <= _ts(d))]
    return int((w < w.loc[_ts(d)] - 1e-12).sum()) + 1


def fed_target(d):
    """target on day d: DFEDTAR value, or [lower, upper] from 2008-12-16"""
    ts = _ts(d)
    if ts <= _ts('2008-12-15'):
        return _r(_rate('DFEDTAR').loc[ts], 4)
    return [_r(_rate('DFEDTARL').loc[ts], 4), _r(_rate('DFEDTARU').loc[ts], 4)]


def fed_cuts_in_year(y, upto):
    s = _rate('DFEDTAR'); s = s[(s.index.year == y) & (s.index <= _ts(upto))]
    prev = _rate('DFEDTAR')[_rate('DFEDTAR').index < _ts(f'{y}-01-01')].iloc[-1]
    full = pd.concat([pd.Series([prev]), s.reset_index(drop=True)])
    return int((full.diff() < 0).sum())


def fed_last_at_or_below(d, v):
    s = _rate('DFEDTAR'); p = s[(s.index < _ts(d)) & (s <= v + 1e-9)]
    return _ds(p.index[-1]) if len(p) else None


def fed_record_low_range(d):
    """True when the upper bound on d is below every earlier DFEDTAR value"""
    return bool(_rate('DFEDTARU').loc[_ts(d)] < _rate('DFEDTAR').min())


def fomc_day(d):
    m = pd.read_csv(os.path.join(DATA_DIR, 'FOMC_meetings.csv'))
    return bool((m['date'] == d).any())


def months_between(d0, d1):
    a, b = _ts(d0), _ts(d1)
    return (b.year - a.year) * 12 + (b.month - a.month)


def years_between(d0, d1):
    return _r((_ts(d1) - _ts(d0)).days / 365.25, 2)


def last_outperform_year(t1, t2, y):
    """last calendar year before y in which t1's price return beat t2's"""
    a = _c(t1).resample('YE').last().pct_change(); b = _c(t2).resample('YE').last().pct_change()
    a.index = a.index.year; b.index = b.index.year
    yrs = [yy for yy in a.index if yy < y and yy in b.index and not pd.isna(a.loc[yy]) and a.loc[yy] > b.loc[yy]]
    return int(max(yrs)) if yrs else None


def intraday_max_gain(t, d):
    """session high minus the previous close"""
    return _r(high(t, d) - prev_close(t, d), 2)


def fred(name, d):
    return _r(_rate(name).loc[_ts(d)], 3)


def fred_is_record_low(name, d):
    s = _rate(name).dropna()
    return bool(s.loc[_ts(d)] < s[s.index < _ts(d)].min())



RECIPES = [
    ('ap_19980828_dow_357_point_drop', 0, "chg('DJI','1998-08-27')"),
    ('ap_19980828_dow_357_point_drop', 1, "pct_below_record('DJI','1998-08-27')"),
    ('ap_19980828_dow_357_point_drop', 2, "pct('DJI','1998-08-27')"),
    ('ap_19980828_dow_357_point_drop', 3, "close('DJI','1998-08-27')"),
    ('ap_19980828_dow_357_point_drop', 4, "pts_below_record('DJI','1998-08-27')"),
    ('ap_19980828_dow_357_point_drop', 5, "record_before('DJI','1998-08-27')"),
    ('ap_19980828_dow_357_point_drop', 6, "last_dd_over('DJI','1998-08-27',0.10)"),
    ('ap_19980828_dow_357_point_drop', 7, "point_drop_rank('DJI','1998-08-27')"),
    ('ap_19980828_dow_357_point_drop', 8, "chg('DJI','1997-10-27')"),
    ('ap_19980828_dow_357_point_drop', 11, "pct_change('DJI','1997-12-31','1998-07-17')"),
    ('ap_19980828_dow_357_point_drop', 12, "ytd('DJI','1998-08-27')"),
    ('bloomberg_19991230_rut_first_record_20_months', 0, "is_record_close('RUT','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 1, "months_between('1998-04-21','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 2, "chg('RUT','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 3, "pct('RUT','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 4, "close('RUT','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 5, "record_before('RUT','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 6, "intraday_record_before('RUT','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 7, "ytd('RUT','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 8, "pct_change('RUT','1998-12-31','1999-11-30')"),
    ('bloomberg_19991230_rut_first_record_20_months', 11, "ytd('SPX','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 12, "ytd('DJI','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 13, "ytd('IXIC','1999-12-29')"),
    ('bloomberg_19991230_rut_first_record_20_months', 14, "last_outperform_year('RUT','SPX',1999)"),
    ('cnet_20010821_fed_seventh_cut_selloff', 0, "fed_cuts_in_year(2001,'2001-08-21')"),
    ('cnet_20010821_fed_seventh_cut_selloff', 1, "pct('IXIC','2001-08-21')"),
    ('cnet_20010821_fed_seventh_cut_selloff', 2, "chg('IXIC','2001-08-21')"),
    ('cnet_20010821_fed_seventh_cut_selloff', 3, "close('IXIC','2001-08-21')"),
    ('cnet_20010821_fed_seventh_cut_selloff', 4, "pct('DJI','2001-08-21')"),
    ('cnet_20010821_fed_seventh_cut_selloff', 5, "chg('DJI','2001-08-21')"),
    ('cnet_20010821_fed_seventh_cut_selloff', 6, "close('DJI','2001-08-21')"),
    ('cnet_20010821_fed_seventh_cut_selloff', 7, "[fed_target('2001-08-20'), fed_target('2001-08-21')]"),
    ('cnet_20010821_fed_seventh_cut_selloff', 8, "fed_last_at_or_below('2001-08-21',3.5)"),
    ('cnet_20010821_fed_seventh_cut_selloff', 9, "fed_last_at_or_below('2001-08-21',3.5)"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 0, "min_close('IXIC','2001-09-11','2002-06-28')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 1, "chg('DJI','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 2, "lowest_since('IXIC','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 3, "chg('IXIC','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 4, "pct('IXIC','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 5, "close('IXIC','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 6, "min_close('IXIC','2001-09-11','2002-06-28')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 7, "lowest_since('IXIC','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 8, "close('IXIC','1997-06-10')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 9, "ytd('IXIC','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 10, "chg('SPX','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 11, "pct('SPX','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 12, "close('SPX','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 13, "pts_change('SPX','2001-09-21','2002-07-01')"),
    ('ap_20020702_nasdaq_below_post_sept11_low', 14, "ytd('SPX','2002-07-01')"),
    ('newsday_20020930_dow_four_year_low_quarter', 0, "worst_quarter_since('SPX','1988-01-01','2002-06-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 1, "close('DJI','2002-09-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 2, "lowest_since('DJI','2002-09-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 3, "chg('DJI','2002-09-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 4, "qtd('DJI','2002-09-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 6, "close('SPX','2002-09-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 7, "chg('SPX','2002-09-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 8, "min_close('SPX','2002-01-01','2002-09-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 9, "qtd('SPX','2002-09-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 11, "chg('IXIC','2002-09-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 12, "close('IXIC','2002-09-30')"),
    ('newsday_20020930_dow_four_year_low_quarter', 13, "ytd('IXIC','2002-09-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 0, "negative_years_run_before('SPX',2000)"),
    ('plansponsor_20021231_markets_rocked_2002', 2, "ytd('SPX','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 3, "pct_below_record('SPX','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 4, "record_before('SPX','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 6, "mtd('DJI','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 8, "ytd('DJI','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 10, "pct_below_record('DJI','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 11, "record_before('DJI','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 12, "ytd('IXIC','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 13, "pct_below_record('IXIC','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 14, "record_before('IXIC','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 15, "lowest_since('IXIC','2002-10-09')"),
    ('plansponsor_20021231_markets_rocked_2002', 16, "lowest_since('DJI','2002-10-09')"),
    ('plansponsor_20021231_markets_rocked_2002', 17, "lowest_since('SPX','2002-10-09')"),
    ('plansponsor_20021231_markets_rocked_2002', 18, "pct_change('DJI','2002-10-09','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 19, "pct_change('SPX','2002-10-09','2002-12-30')"),
    ('plansponsor_20021231_markets_rocked_2002', 20, "pct_change('IXIC','2002-10-09','2002-12-30')"),
    ('djindexes_200307_july_markets_measure', 0, "mtd('DJI','2003-07-29')"),
    ('djindexes_200307_july_markets_measure', 1, "mtd('DJI','2003-07-29')"),
    ('djindexes_200307_july_markets_measure', 2, "close('DJI','2003-07-29')"),
    ('djindexes_200307_july_markets_measure', 3, "ytd('DJI','2003-07-29')"),
    ('djindexes_200307_july_markets_measure', 4, "count_down_days('DJI','2003-07-01','2003-07-29')"),
    ('djindexes_200307_july_markets_measure', 5, "[month_down_days('DJI',2003,m) for m in (3,4,5,6)]"),
    ('djnewswires_20040401_dow_revamp_midmorning', 0, "session_range('DJI','2004-04-01')"),
    ('djnewswires_20040401_dow_revamp_midmorning', 1, "session_range('DJI','2004-04-01')"),
    ('djnewswires_20040401_dow_revamp_midmorning', 2, "session_range('IXIC','2004-04-01')"),
    ('djnewswires_20040401_dow_revamp_midmorning', 3, "session_range('IXIC','2004-04-01')"),
    ('djnewswires_20040401_dow_revamp_midmorning', 4, "session_range('SPX','2004-04-01')"),
    ('djnewswires_20040401_dow_revamp_midmorning', 5, "session_range('SPX','2004-04-01')"),
    ('djnewswires_20040401_dow_revamp_midmorning', 6, "session_range('RUT','2004-04-01')"),
    ('djnewswires_20040401_dow_revamp_midmorning', 7, "session_range('RUT','2004-04-01')"),
    ('ap_20041124_pre_holiday_gains', 2, "chg('DJI','2004-11-24')"),
    ('ap_20041124_pre_holiday_gains', 3, "pct('DJI','2004-11-24')"),
    ('ap_20041124_pre_holiday_gains', 4, "close('DJI','2004-11-24')"),
    ('ap_20041124_pre_holiday_gains', 5, "chg('SPX','2004-11-24')"),
    ('ap_20041124_pre_holiday_gains', 6, "pct('SPX','2004-11-24')"),
    ('ap_20041124_pre_holiday_gains', 7, "close('SPX','2004-11-24')"),
    ('ap_20041124_pre_holiday_gains', 8, "chg('IXIC','2004-11-24')"),
    ('ap_20041124_pre_holiday_gains', 9, "pct('IXIC','2004-11-24')"),
    ('ap_20041124_pre_holiday_gains', 10, "close('IXIC','2004-11-24')"),
    ('washpost_20051230_lackluster_year', 0, "ytd('IXIC','2005-12-30')"),
    ('washpost_20051230_lackluster_year', 1, "smallest_abs_year_move('IXIC',1972,2005)"),
    ('washpost_20051230_lackluster_year', 2, "ytd('DJI','2005-12-30')"),
    ('washpost_20051230_lackluster_year', 3, "ytd('SPX','2005-12-30')"),
    ('washpost_20051230_lackluster_year', 4, "[ytd('SPX','2005-12-30'), ytd('IXIC','2005-12-30'), ytd('DJI','2005-12-30')]"),
    ('washpost_20051230_lackluster_year', 6, "fred('DGS10','2005-12-30')"),
    ('washpost_20051230_lackluster_year', 7, "chg('DJI','2005-12-30')"),
    ('washpost_20051230_lackluster_year', 8, "close('DJI','2005-12-30')"),
    ('washpost_20051230_lackluster_year', 9, "chg('SPX','2005-12-30')"),
    ('washpost_20051230_lackluster_year', 10, "close('SPX','2005-12-30')"),
    ('washpost_20051230_lackluster_year', 11, "chg('IXIC','2005-12-30')"),
    ('washpost_20051230_lackluster_year', 12, "close('IXIC','2005-12-30')"),
    ('jewishexponent_20060112_2005_review_small_caps', 2, "positive_years('SPX',1956,2005)"),
    ('jewishexponent_20060112_2005_review_small_caps', 3, "is_record_close('RUT','2005-12-02')"),
    ('jewishexponent_20060112_2005_review_small_caps', 4, "max_close('RUT','2005-01-01','2005-12-30')"),
    ('jewishexponent_20060112_2005_review_small_caps', 7, "sessions_between('SPX','1985-10-01','2005-12-30')"),
    ('jewishexponent_20060112_2005_review_small_caps', 8, "up_days('SPX','1985-10-01','2005-12-30')"),
    ('jewishexponent_20060112_2005_review_small_caps', 9, "count_down_days('SPX','1985-10-01','2005-12-30')"),
    ('ritholtz_20060517_ytd_index_performance', 0, "pct_vs_level('NDX','2005-12-30',1608)"),
    ('ritholtz_20060517_ytd_index_performance', 1, "pct_vs_level('QQQ','2005-12-30',39.57)"),
    ('ritholtz_20060517_ytd_index_performance', 2, "pct_vs_level('IXIC','2005-12-30',2209)"),
    ('ritholtz_20060517_ytd_index_performance', 3, "pct_vs_level('DJI','2005-12-30',11303)"),
    ('ritholtz_20060517_ytd_index_performance', 4, "pct_vs_level('SPX','2005-12-30',1281)"),
    ('ritholtz_20060517_ytd_index_performance', 5, "pct_vs_level('RUT','2005-12-30',729)"),
    ('ritholtz_20060517_ytd_index_performance', 7, "close('QQQ','2005-12-30')"),
    ('ritholtz_20060517_ytd_index_performance', 8, "close('NDX','2005-12-30')"),
    ('ritholtz_20060517_ytd_index_performance', 9, "close('DJI','2005-12-30')"),
    ('ritholtz_20060517_ytd_index_performance', 10, "close('RUT','2005-12-30')"),
    ('ritholtz_20060517_ytd_index_performance', 11, "session_range('NDX','2006-05-17')"),
    ('ritholtz_20060517_ytd_index_performance', 12, "session_range('DJI','2006-05-17')"),
    ('ritholtz_20060517_ytd_index_performance', 13, "session_range('RUT','2006-05-17')"),
    ('ap_20081216_fed_zero_range_rally', 0, "chg('DJI','2008-12-16')"),
    ('ap_20081216_fed_zero_range_rally', 1, "close('DJI','2008-12-16')"),
    ('ap_20081216_fed_zero_range_rally', 3, "chg('IXIC','2008-12-16')"),
    ('ap_20081216_fed_zero_range_rally', 4, "close('IXIC','2008-12-16')"),
    ('ap_20081216_fed_zero_range_rally', 5, "chg('SPX','2008-12-16')"),
    ('ap_20081216_fed_zero_range_rally', 6, "close('SPX','2008-12-16')"),
    ('ap_20081216_fed_zero_range_rally', 8, "fed_record_low_range('2008-12-16')"),
    ('ap_20081216_fed_zero_range_rally', 9, "session_range('SPX','2008-12-16')"),
    ('ap_20081216_fed_zero_range_rally', 10, "fred_is_record_low('DGS10','2008-12-16')"),
    ('ap_20081216_fed_zero_range_rally', 11, "fed_target('2008-12-16')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 0, "week_change('IXIC','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 1, "week_change('DJI','2010-08-20')[0]"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 2, "week_change('DJI','2010-08-20')[1]"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 3, "[week_change('DJI','2010-08-06')[1], week_change('DJI','2010-08-13')[1], week_change('DJI','2010-08-20')[1]]"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 5, "weekly_negative_share('DJI','2010-01-08','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 6, "[chg('DJI','2010-08-17'), chg('DJI','2010-08-19')]"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 7, "count_abs_moves_over('DJI','2010-01-04','2010-08-20',100)"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 8, "count_abs_moves_over('DJI','2009-01-02','2009-08-20',100)"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 9, "close('DJI','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 10, "lowest_since('DJI','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 11, "close('DJI','2010-07-21')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 12, "pts_below_record('DJI','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 13, "pct_below_record('DJI','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 14, "record_before('DJI','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 15, "pts_change('DJI','2009-03-09','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 16, "pct_change('DJI','2009-03-09','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 17, "min_close('DJI','2007-10-09','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 18, "max_close('DJI','2010-01-01','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 19, "pct_change('DJI','2010-04-26','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 20, "min_close('DJI','2010-01-01','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 21, "pct_change('DJI','2010-07-02','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 22, "week_change('SPX','2010-08-20')[0]"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 23, "weekly_negative_share('SPX','2010-01-08','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 24, "count_abs_moves_over('SPX','2010-01-04','2010-08-20',10)"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 25, "count_abs_moves_over('SPX','2009-01-02','2009-08-20',10)"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 26, "close('SPX','2010-08-20')"),
    ('cnbc_20100820_dow_sp_second_weekly_loss', 27, "lowest_since('SPX','2010-08-20')"),
    ('ap_20121113_fiscal_cliff_home_depot', 0, "chg('DJI','2012-11-13')"),
    ('ap_20121113_fiscal_cliff_home_depot', 1, "pct('DJI','2012-11-13')"),
    ('ap_20121113_fiscal_cliff_home_depot', 2, "close('DJI','2012-11-13')"),
    ('ap_20121113_fiscal_cliff_home_depot', 4, "intraday_max_gain('DJI','2012-11-13')"),
    ('ap_20121113_fiscal_cliff_home_depot', 5, "chg('SPX','2012-11-13')"),
    ('ap_20121113_fiscal_cliff_home_depot', 6, "pct('SPX','2012-11-13')"),
    ('ap_20121113_fiscal_cliff_home_depot', 7, "close('SPX','2012-11-13')"),
    ('ap_20121113_fiscal_cliff_home_depot', 8, "chg('IXIC','2012-11-13')"),
    ('ap_20121113_fiscal_cliff_home_depot', 9, "pct('IXIC','2012-11-13')"),
    ('ap_20121113_fiscal_cliff_home_depot', 10, "close('IXIC','2012-11-13')"),
    ('ap_20121113_fiscal_cliff_home_depot', 11, "weekly_loss_rank('SPX','2012-11-09',2012)"),
    ('abcnews_20110126_dow_briefly_tops_12000', 0, "high('DJI','2011-01-26')"),
    ('abcnews_20110126_dow_briefly_tops_12000', 1, "close('DJI','2011-01-26')"),
    ('abcnews_20110126_dow_briefly_tops_12000', 2, "last_high_at_or_above('DJI','2011-01-26',12000)"),
    ('abcnews_20110126_dow_briefly_tops_12000', 3, "close('DJI','2011-01-26')"),
    ('abcnews_20110126_dow_briefly_tops_12000', 4, "pct('DJI','2011-01-26')"),
    ('abcnews_20110126_dow_briefly_tops_12000', 5, "session_range('DJI','2011-01-26')"),
    ('abcnews_20110126_dow_briefly_tops_12000', 6, "last_high_at_or_above('DJI','2011-01-26',12000)"),
    ('abcnews_20110126_dow_briefly_tops_12000', 7, "pct_below_record('DJI','2011-01-26')"),
    ('abcnews_20110126_dow_briefly_tops_12000', 8, "record_before('DJI','2011-01-26')"),
    ('abcnews_20110126_dow_briefly_tops_12000', 9, "min_close('DJI','2009-01-01','2009-12-31')[0]"),
    ('abcnews_20110126_dow_briefly_tops_12000', 10, "pct_change('DJI','2009-03-09','2011-01-26')"),
]


def evaluate(expr):
    return json.loads(json.dumps(eval(expr)))


def _same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(a - b) <= 1e-6
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    global DATA_DIR
    args = sys.argv[1:]
    DATA_DIR = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA_DIR:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)')
    key_path = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'key.jsonl')
    key = [json.loads(l) for l in open(key_path) if l.strip()]
    table = {(pid, i): e for pid, i, e in RECIPES}
    mism = 0
    for k in key:
        e = table.get((k['passage_id'], k['claim_index']))
        if e is None:
            ok = k['computed_value'] is None
            got = None
        else:
            got = evaluate(e)
            ok = _same(got, k['computed_value'])
        if not ok:
            mism += 1
        print(f"{'ok ' if ok else 'MISMATCH'} {k['passage_id']}#{k['claim_index']}: {got!r} (key {k['computed_value']!r})" + (f'  <- {e}' if e else ''))
    used = sum(1 for k in key if (k['passage_id'], k['claim_index']) in table)
    print(f'{len(RECIPES)} recipes, {len(key)} key records, {mism} mismatches')
    sys.exit(1 if mism or used != len(RECIPES) else 0)


if __name__ == '__main__':
    main()
