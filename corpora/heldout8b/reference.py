"""Recompute every computed_value in key.jsonl of this corpus from the CSV market-data files.

Usage:  python reference.py DATA_DIR [KEY_JSONL]
        (or set CAPSCOPE_DATA_DIR and run `python reference.py`)

Each RECIPES entry (at the end of this file) is (passage_id, claim_index, decimals, expression); the
expression is a call of the helper functions below, evaluated on the CSV files; None means no value
is computable from the files.
Prints every value, then "N recipes, N key records, M mismatches"; exits 1 on any mismatch.
Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = None
_c = {}


def ts(d):
    return pd.Timestamp(d)


def px(t):
    if t not in _c:
        _c[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _c[t]


def fred(s):
    k = "fred:" + s
    if k not in _c:
        _c[k] = pd.read_csv(DATA / f"{s}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _c[k]


def col(t, f="close"):
    return px(t)[f].dropna()


def close(t, d, f="close"):
    return float(px(t).loc[ts(d), f])


def prev(t, d):
    s = col(t)
    return s.index[s.index.get_loc(ts(d)) - 1]


def chg(t, d):
    return close(t, d) - close(t, prev(t, d))


def pct(t, d):
    return (close(t, d) / close(t, prev(t, d)) - 1) * 100


def ret(t, a, b):
    return (close(t, b) / close(t, a) - 1) * 100


def pts(t, a, b):
    return close(t, b) - close(t, a)


def last_before(t, d):
    s = col(t)
    return s[s.index < ts(d)].index[-1]


def ytd(t, d):
    return ret(t, last_before(t, f"{ts(d).year}-01-01"), d)


def ytd_pts(t, d):
    return pts(t, last_before(t, f"{ts(d).year}-01-01"), d)


def mtd(t, d):
    return ret(t, last_before(t, ts(d).replace(day=1)), d)


def wtd(t, d):
    mon = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return ret(t, last_before(t, mon), d)


def wtd_pts(t, d):
    mon = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return pts(t, last_before(t, mon), d)


def record_before(t, d, f="close"):
    s = col(t, f)
    s = s[s.index < ts(d)]
    return [s.idxmax().date().isoformat(), round(float(s.max()), 2)]


def is_record(t, d, f="close"):
    return bool(close(t, d, f) > record_before(t, d, f)[1])


def pct_below(t, d, ref):
    return (1 - close(t, d) / ref) * 100


def high_52w(t, d, f="close"):
    s = col(t, f)
    s = s[(s.index <= ts(d)) & (s.index > ts(d) - pd.Timedelta(days=365))]
    return [s.idxmax().date().isoformat(), round(float(s.max()), 2)]


def highest_since(t, d, f="close"):
    s = col(t, f)
    v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & (s >= v)]
    return p.index[-1].date().isoformat() if len(p) else "none (record)"


def lowest_since(t, d, f="close"):
    s = col(t, f)
    v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & (s <= v)]
    return p.index[-1].date().isoformat() if len(p) else "none (record low)"


def rate_since(series, d, above=True):
    """Last earlier date on which the FRED series was at least (above=True) / at most the value on d."""
    s = fred(series)
    v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & ((s >= v) if above else (s <= v))]
    return p.index[-1].date().isoformat()


def moves(t):
    return (col(t).pct_change() * 100).dropna()


def last_move_as_big(t, d, down=False):
    m = moves(t)
    v = m.loc[ts(d)]
    p = m[m.index < ts(d)]
    h = p[p <= v] if down else p[p >= v]
    return h.index[-1].date().isoformat()


def streak(t, d, up=True):
    m = col(t).diff().dropna()
    m = m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def last_streak_len(t, d, n, up=False):
    """Last session before d that ended a losing (or winning) streak of at least n sessions."""
    m = col(t).diff().dropna()
    hit = (m > 0) if up else (m < 0)
    run = hit.astype(int).groupby((~hit).cumsum()).cumsum()
    p = run[(run.index < ts(d)) & (run >= n)]
    return p.index[-1].date().isoformat()


def closes_at_or_above(t, level, before):
    s = col(t)
    return [i.date().isoformat() for i in s[(s >= level) & (s.index < ts(before))].index]


def level_last(t, level, before, above=True, f="close"):
    s = col(t, f)
    s = s[s.index < ts(before)]
    h = s[s >= level] if above else s[s <= level]
    return h.index[-1].date().isoformat()


def sma(t, d, n):
    s = col(t)
    return float(s.rolling(n).mean().loc[ts(d)])


def last_close_below_sma(t, d, n):
    s = col(t)
    b = s < s.rolling(n).mean()
    p = b[(b.index < ts(d)) & b]
    return p.index[-1].date().isoformat()


def sessions_above_sma(t, d, n):
    """Consecutive sessions ending on d with the close above its n-day average."""
    s = col(t)
    a = (s > s.rolling(n).mean())[: ts(d)]
    k = 0
    for v in a.iloc[::-1]:
        if v:
            k += 1
        else:
            break
    return k


def range_pct(t, d):
    p = close(t, prev(t, d))
    return [round((close(t, d, "low") / p - 1) * 100, 2), round((close(t, d, "high") / p - 1) * 100, 2)]


def range_pts(t, d):
    p = close(t, prev(t, d))
    return [round(close(t, d, "low") - p, 2), round(close(t, d, "high") - p, 2)]


def month_ret(t, start_month, end_month):
    s = col(t)
    base = s[s.index < ts(start_month + "-01")].iloc[-1]
    end = s[s.index <= ts(end_month + "-01") + pd.offsets.MonthEnd(0)].iloc[-1]
    return (end / base - 1) * 100


def last_two_month_as_big(t, end_month):
    """Last earlier two-calendar-month window with a gain at least as large as the one ending end_month."""
    m = col(t).resample("ME").last()
    r = (m / m.shift(2) - 1) * 100
    v = r.loc[ts(end_month + "-01") + pd.offsets.MonthEnd(0)]
    p = r[(r.index < ts(end_month + "-01")) & (r >= v)]
    return p.index[-1].strftime("%Y-%m")


def last_rel_two_month_as_big(a, b, end_month):
    ma = col(a).resample("ME").last()
    mb = col(b).resample("ME").last()
    r = ((ma / ma.shift(2)) - (mb / mb.shift(2))) * 100
    v = r.loc[ts(end_month + "-01") + pd.offsets.MonthEnd(0)]
    p = r[(r.index < ts(end_month + "-01")) & (r >= v)]
    return p.index[-1].strftime("%Y-%m")


def rel_days(a, b, start, end, margin):
    """Sessions from start to end on which a's daily % change beat b's by more than margin points."""
    df = pd.concat([moves(a), moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()[ts(start):ts(end)]
    return [i.date().isoformat() for i, r in df.iterrows() if r.a - r.b > margin]


def last_rel_day(a, b, before, margin):
    df = pd.concat([moves(a), moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[df.index < ts(before)]
    h = df[df.a - df.b > margin]
    return h.index[-1].date().isoformat()


def rate_on(s, d):
    return float(fred(s).loc[ts(d)])


def bp(s, a, b):
    return round((rate_on(s, b) - rate_on(s, a)) * 100, 1)


def fed_range(d):
    return [rate_on("DFEDTARL", d), rate_on("DFEDTARU", d)]


def fed_changes(a, b):
    u = fred("DFEDTARU")
    c = u.diff()
    c = c[(c != 0) & c.notna()][ts(a):ts(b)]
    return [[i.date().isoformat(), round(float(v) * 100)] for i, v in c.items()]


def fomc_days(a, b):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    return [d.date().isoformat() for d in m.date if ts(a) <= d <= ts(b)]


def first_record_after(t, level, after):
    s = col(t)
    s = s[(s.index > ts(after)) & (s > level)]
    return s.index[0].date().isoformat()


def last_week_as_big(t, friday):
    """Last earlier Friday-ending week with a % gain at least as large as the week ending `friday`."""
    w = (col(t).resample("W-FRI").last().pct_change() * 100).dropna()
    p = w[(w.index < ts(friday)) & (w >= w.loc[ts(friday)])]
    return p.index[-1].date().isoformat()


def last_week_with_rel_days(a, b, before, margin, k):
    """Last week (W-FRI label) before `before` with at least k sessions on which a beat b by more than margin points."""
    df = pd.concat([moves(a), moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[(df.index < ts(before)) & (df.a - df.b > margin)]
    n = df.groupby(df.index.to_period("W-FRI")).size()
    n = n[n >= k]
    return n.index[-1].end_time.date().isoformat()


def ratio(x, y):
    return x / y



def fred_last(series, level, before, above=True):
    """Last date before `before` on which the FRED series was above (or below) `level`."""
    s = fred(series)
    s = s[s.index < ts(before)]
    h = s[s > level] if above else s[s < level]
    return h.index[-1].date().isoformat()


def year_ret(t, y):
    s = col(t)
    a = s[s.index < ts(f"{y}-01-01")].iloc[-1]
    b = s[s.index <= ts(f"{y}-12-31")].iloc[-1]
    return (b / a - 1) * 100


def last_above_sma_run(t, d, n, k):
    """Last session before the current run (ending d) at which a run of closes above the n-day average reached k sessions."""
    s = col(t)
    a = s > s.rolling(n).mean()
    run = a.astype(int).groupby((~a).cumsum()).cumsum()
    cur = sessions_above_sma(t, d, n)
    start = run[: ts(d)].index[-cur]
    p = run[(run.index < start) & (run >= k)]
    return p.index[-1].date().isoformat() if len(p) else "none"


RECIPES = [
    ('startribune_20150302_nasdaq_5000_first_since_2000', 0, 2, "level_last('IXIC', 5000, '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 1, 2, "(ts('2015-03-02') - ts(record_before('IXIC', '2015-03-02')[0])).days / 365.25"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 2, 0, "len(closes_at_or_above('IXIC', 5000, '2015-03-03'))"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 3, 2, "(ts('2015-03-02') - col('IXIC').index[0]).days / 365.25"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 4, 2, "closes_at_or_above('IXIC', 5000, '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 5, 2, "record_before('IXIC', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 6, 2, "record_before('IXIC', '2015-03-02')[1]"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 7, 2, "chg('DJI', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 8, 2, "pct('DJI', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 9, 2, "close('DJI', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 10, 2, "chg('GSPC', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 11, 2, "pct('GSPC', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 12, 2, "close('GSPC', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 13, 2, "chg('IXIC', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 14, 2, "pct('IXIC', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 15, 2, "close('IXIC', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 16, 2, "ytd_pts('DJI', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 17, 2, "ytd('DJI', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 18, 2, "ytd_pts('GSPC', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 19, 2, "ytd('GSPC', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 20, 2, "ytd_pts('IXIC', '2015-03-02')"),
    ('startribune_20150302_nasdaq_5000_first_since_2000', 21, 2, "ytd('IXIC', '2015-03-02')"),
    ('usatoday_20150312_dow_sp_back_in_black', 0, 0, "[streak(t, '2015-03-11', up=False) for t in ('DJI', 'GSPC', 'IXIC')]"),
    ('usatoday_20150312_dow_sp_back_in_black', 1, 2, "[ytd(t, '2015-03-12') > 0 for t in ('DJI', 'GSPC', 'IXIC')]"),
    ('usatoday_20150312_dow_sp_back_in_black', 2, 2, "chg('DJI', '2015-03-12')"),
    ('usatoday_20150312_dow_sp_back_in_black', 3, 2, "pct('DJI', '2015-03-12')"),
    ('usatoday_20150312_dow_sp_back_in_black', 4, 2, "close('DJI', '2015-03-12')"),
    ('usatoday_20150312_dow_sp_back_in_black', 5, 2, "chg('GSPC', '2015-03-12')"),
    ('usatoday_20150312_dow_sp_back_in_black', 6, 2, "pct('GSPC', '2015-03-12')"),
    ('usatoday_20150312_dow_sp_back_in_black', 7, 2, "close('GSPC', '2015-03-12')"),
    ('usatoday_20150312_dow_sp_back_in_black', 8, 2, "chg('IXIC', '2015-03-12')"),
    ('usatoday_20150312_dow_sp_back_in_black', 9, 2, "pct('IXIC', '2015-03-12')"),
    ('usatoday_20150312_dow_sp_back_in_black', 10, 2, "close('IXIC', '2015-03-12')"),
    ('usatoday_20150312_dow_sp_back_in_black', 11, 2, "[ytd('DJI', '2015-03-11'), ytd('GSPC', '2015-03-11'), ytd('DJI', '2015-03-12'), ytd('GSPC', '2015-03-12')]"),
    ('usatoday_20150312_dow_sp_back_in_black', 12, 2, "[round(close(t, '2015-03-12', 'high') - close(t, '2015-03-12'), 2) for t in ('DJI', 'GSPC', 'IXIC')]"),
    ('usatoday_20150312_dow_sp_back_in_black', 13, 2, None),
    ('usatoday_20150312_dow_sp_back_in_black', 14, 2, None),
    ('usatoday_20150312_dow_sp_back_in_black', 15, 2, None),
    ('usatoday_20150312_dow_sp_back_in_black', 16, 2, None),
    ('usatoday_20150312_dow_sp_back_in_black', 17, 2, "rate_on('DGS10', '2015-03-12')"),
    ('usatoday_20150312_dow_sp_back_in_black', 18, 2, "rate_on('DGS10', '2015-03-11')"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 0, 2, "last_move_as_big('DJI', '2018-06-06')"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 1, 2, "pct('GSPC', '2018-06-06')"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 2, 2, "close('GSPC', '2018-06-06')"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 3, 2, None),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 4, 2, "rate_on('DGS10', '2018-06-06')"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 5, 2, None),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 6, 2, "chg('DJI', '2018-06-06')"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 7, 2, "close('DJI', '2018-06-06')"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 8, 2, None),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 9, 2, "level_last('DJI', 25000, '2018-06-06')"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 10, 2, "pct('IXIC', '2018-06-06')"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 11, 2, "close('IXIC', '2018-06-06')"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 12, 2, "[is_record('IXIC', '2018-06-06'), is_record('IXIC', '2018-06-06', 'high')]"),
    ('fxstreet_20180606_nasdaq_record_dow_25000', 13, 2, None),
    ('quoteslay_20180515_dow_streak_ends_yields', 0, 2, "[streak('DJI', '2018-05-14'), chg('DJI', '2018-05-15') < 0]"),
    ('quoteslay_20180515_dow_streak_ends_yields', 1, 2, "rate_since('DGS10', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 2, 2, "chg('GSPC', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 3, 2, "pct('GSPC', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 4, 2, "close('GSPC', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 5, 2, "chg('DJI', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 6, 2, "pct('DJI', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 7, 2, "close('DJI', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 8, 2, "pct('IXIC', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 9, 2, "close('IXIC', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 10, 2, "chg('RUT', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 11, 2, "pct('RUT', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 12, 2, "close('RUT', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 13, 2, "fed_changes('2018-01-01', '2018-05-15')"),
    ('quoteslay_20180515_dow_streak_ends_yields', 14, 2, None),
    ('quoteslay_20180515_dow_streak_ends_yields', 15, 2, None),
    ('quoteslay_20180515_dow_streak_ends_yields', 16, 2, None),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 0, 2, "close('IXIC', '2021-01-25', 'high')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 1, 2, "is_record('IXIC', '2021-01-25', 'high')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 2, 2, None),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 3, 2, "close('IXIC', '2021-01-25', 'high') - close('IXIC', '2021-01-25', 'low')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 4, 2, "close('IXIC', '2021-01-25', 'low')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 5, 2, "pct('IXIC', '2021-01-25')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 6, 2, "close('IXIC', '2021-01-25')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 7, 2, "pct('DJI', '2021-01-25')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 8, 2, "close('DJI', '2021-01-25')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 9, 2, "pct('GSPC', '2021-01-25')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 10, 2, "close('GSPC', '2021-01-25')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 11, 2, "(close('VIX', '2021-01-25', 'high') / close('VIX', '2021-01-22') - 1) * 100"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 12, 2, "close('VIX', '2021-01-25', 'high')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 13, 2, "level_last('VIX', 26.63, '2021-01-25', f='high')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 14, 2, None),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 15, 2, "(rate_on('DGS10', '2021-01-25') / rate_on('DGS10', '2021-01-22') - 1) * 100"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 16, 2, "rate_on('DGS10', '2021-01-25')"),
    ('anadolu_20210125_nasdaq_intraday_record_vix', 17, 2, "rate_since('DGS10', '2021-01-25', above=False)"),
    ('ap_20210823_indexes_fared_monday_rut', 0, 2, "[wtd_pts('GSPC', '2021-08-20'), chg('GSPC', '2021-08-23')]"),
    ('ap_20210823_indexes_fared_monday_rut', 1, 2, "record_before('GSPC', '2021-08-23')[1] - close('GSPC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 2, 2, "is_record('IXIC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 3, 2, None),
    ('ap_20210823_indexes_fared_monday_rut', 4, 2, None),
    ('ap_20210823_indexes_fared_monday_rut', 5, 2, "chg('GSPC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 6, 2, "pct('GSPC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 7, 2, "close('GSPC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 8, 2, "chg('DJI', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 9, 2, "pct('DJI', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 10, 2, "close('DJI', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 11, 2, "chg('IXIC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 12, 2, "pct('IXIC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 13, 2, "close('IXIC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 14, 2, "chg('RUT', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 15, 2, "pct('RUT', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 16, 2, "close('RUT', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 17, 2, "ytd_pts('GSPC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 18, 2, "ytd('GSPC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 19, 2, "ytd_pts('DJI', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 20, 2, "ytd('DJI', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 21, 2, "ytd_pts('IXIC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 22, 2, "ytd('IXIC', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 23, 2, "ytd_pts('RUT', '2021-08-23')"),
    ('ap_20210823_indexes_fared_monday_rut', 24, 2, "ytd('RUT', '2021-08-23')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 0, 2, "chg('DJI', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 1, 2, "pct('IXIC', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 2, 2, "rate_since('DGS10', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 3, 2, "chg('DJI', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 4, 2, "pct('DJI', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 5, 2, "close('DJI', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 6, 2, "pct('GSPC', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 7, 2, "close('GSPC', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 8, 2, "pct('IXIC', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 9, 2, "close('IXIC', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 10, 2, "lowest_since('IXIC', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 11, 2, "pct_below('IXIC', '2022-01-18', record_before('IXIC', '2022-01-18')[1])"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 12, 2, "[close('IXIC', '2022-01-18') < sma('IXIC', '2022-01-18', 200), last_close_below_sma('IXIC', '2022-01-18', 200)]"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 13, 2, "pct('RUT', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 14, 2, "'2022-01-17' in [i.date().isoformat() for i in col('GSPC').index]"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 15, 2, None),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 16, 2, None),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 17, 2, "fred_last('DGS2', 1.0, '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 18, 2, "rate_on('DGS10', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 19, 2, "rate_since('DGS10', '2022-01-18')"),
    ('cnbc_20220118_dow_543_two_year_yield_1pct', 20, 2, "rate_on('DGS10', '2021-12-31')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 0, 2, "chg('DJI', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 1, 2, "[streak('GSPC', '2023-10-23', up=False), last_streak_len('GSPC', '2023-10-23', 5)]"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 2, 2, "rate_on('DGS10', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 3, 2, "chg('GSPC', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 4, 2, "pct('GSPC', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 5, 2, "close('GSPC', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 6, 0, "streak('GSPC', '2023-10-23', up=False)"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 7, 2, "last_streak_len('GSPC', '2023-10-23', 5)"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 8, 2, "chg('DJI', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 9, 2, "pct('DJI', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 10, 2, "close('DJI', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 11, 2, "pct('IXIC', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 12, 2, "close('IXIC', '2023-10-23', 'low') < 12922.216"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 13, 3, "0.9 * high_52w('IXIC', '2023-10-23')[1]"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 14, 1, "bp('DGS10', '2023-10-20', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 15, 2, "rate_on('DGS10', '2023-10-23')"),
    ('marketwatch_20231023_sp500_fifth_loss_ten_year_5pct', 16, 2, None),
    ('cnbc_20191125_rut_52_week_high_breakout', 0, 2, "[close('RUT', '2019-11-25'), high_52w('RUT', '2019-11-22')]"),
    ('cnbc_20191125_rut_52_week_high_breakout', 1, 2, "close('RUT', '2019-11-25')"),
    ('cnbc_20191125_rut_52_week_high_breakout', 2, 2, "pct('RUT', '2019-11-25')"),
    ('cnbc_20191125_rut_52_week_high_breakout', 3, 2, "highest_since('RUT', '2019-11-25')"),
    ('cnbc_20191125_rut_52_week_high_breakout', 4, 2, "[is_record(t, '2019-11-25') for t in ('GSPC', 'DJI', 'IXIC')]"),
    ('cnbc_20191125_rut_52_week_high_breakout', 5, 2, "high_52w('RUT', '2019-11-22', 'high')"),
    ('cnbc_20191125_rut_52_week_high_breakout', 6, 2, "close('RUT', '2019-05-06', 'high')"),
    ('cnbc_20191125_rut_52_week_high_breakout', 7, 2, "close('RUT', '2019-11-25', 'high')"),
    ('cnbc_20191125_rut_52_week_high_breakout', 8, 2, "pct_below('RUT', '2019-11-25', record_before('RUT', '2019-11-25')[1])"),
    ('cnbc_20191125_rut_52_week_high_breakout', 9, 2, None),
    ('marketwatch_20200508_small_cap_etfs_best_week', 0, 2, "pct('IWM', '2020-05-08')"),
    ('marketwatch_20200508_small_cap_etfs_best_week', 1, 2, "[pct('IWM', '2020-05-08'), pct('RUT', '2020-05-08')]"),
    ('marketwatch_20200508_small_cap_etfs_best_week', 2, 2, "last_week_as_big('IWM', '2020-05-08')"),
    ('marketwatch_20200508_small_cap_etfs_best_week', 3, 2, None),
    ('marketwatch_20200508_small_cap_etfs_best_week', 4, 2, "pct('GSPC', '2020-05-08')"),
    ('marketwatch_20200508_small_cap_etfs_best_week', 5, 2, "ret('GSPC', '2020-04-08', '2020-05-08')"),
    ('marketwatch_20200508_small_cap_etfs_best_week', 6, 2, "ret('RUT', '2020-04-08', '2020-05-08')"),
    ('echelon_20200603_rut_best_two_months_since_2009', 0, 2, "month_ret('RUT', '2020-04', '2020-05')"),
    ('echelon_20200603_rut_best_two_months_since_2009', 1, 2, "last_two_month_as_big('RUT', '2020-05')"),
    ('echelon_20200603_rut_best_two_months_since_2009', 2, 2, "last_rel_two_month_as_big('RUT', 'GSPC', '2020-05')"),
    ('echelon_20200603_rut_best_two_months_since_2009', 3, 2, "[ret('RUT', '2018-06-01', '2020-06-02'), ret('GSPC', '2018-06-01', '2020-06-02')]"),
    ('echelon_20200603_rut_best_two_months_since_2009', 4, 2, "record_before('GSPC', '2020-06-03')"),
    ('echelon_20200603_rut_best_two_months_since_2009', 5, 2, "[record_before('RUT', '2020-06-03'), close('RUT', '2020-06-02')]"),
    ('sknfinance_20251018_rut_record_bull_trap', 0, 2, "[close('RUT', '2025-10-15', 'high'), is_record('RUT', '2025-10-15', 'high')]"),
    ('sknfinance_20251018_rut_record_bull_trap', 1, 2, "(close('RUT', '2025-10-17') / close('RUT', '2025-10-15', 'high') - 1) * 100"),
    ('sknfinance_20251018_rut_record_bull_trap', 2, 2, "ts('2025-10-15').day_name()"),
    ('sknfinance_20251018_rut_record_bull_trap', 3, 2, "close('RUT', '2025-10-15', 'high') - close('RUT', '2025-10-17')"),
    ('sknfinance_20251018_rut_record_bull_trap', 4, 2, "close('RUT', '2025-10-17')"),
    ('sknfinance_20251018_rut_record_bull_trap', 5, 2, "wtd('RUT', '2025-10-17')"),
    ('sknfinance_20251018_rut_record_bull_trap', 6, 2, "pct('RUT', '2025-10-17')"),
    ('sknfinance_20251018_rut_record_bull_trap', 7, 2, "[pct(t, '2025-10-17') for t in ('GSPC', 'DJI', 'IXIC')]"),
    ('sknfinance_20251018_rut_record_bull_trap', 8, 2, "close('RUT', '2025-10-13', 'open')"),
    ('sknfinance_20251018_rut_record_bull_trap', 9, 2, "close('RUT', '2025-10-16', 'open')"),
    ('sknfinance_20251018_rut_record_bull_trap', 10, 2, "close('RUT', '2025-10-16')"),
    ('sknfinance_20251018_rut_record_bull_trap', 11, 2, "close('RUT', '2025-10-16', 'high') - close('RUT', '2025-10-16', 'low')"),
    ('sknfinance_20251101_rut_falls_despite_fed_cut', 0, 2, "wtd('RUT', '2025-10-31')"),
    ('sknfinance_20251101_rut_falls_despite_fed_cut', 1, 2, "[wtd(t, '2025-10-31') for t in ('RUT', 'GSPC', 'DJI', 'IXIC')]"),
    ('sknfinance_20251101_rut_falls_despite_fed_cut', 2, 2, "[round(close('RUT', d), 2) for d in ('2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31')]"),
    ('sknfinance_20251101_rut_falls_despite_fed_cut', 3, 2, "[is_record('GSPC', d) for d in ('2025-10-27', '2025-10-28', '2025-10-29')]"),
    ('sknfinance_20251101_rut_falls_despite_fed_cut', 4, 2, "close('RUT', '2025-10-31')"),
    ('sknfinance_20251101_rut_falls_despite_fed_cut', 5, 2, "[fed_changes('2025-10-01', '2025-10-31'), fomc_days('2025-10-27', '2025-10-31')]"),
    ('sknfinance_20251101_rut_falls_despite_fed_cut', 6, 2, "close('RUT', '2025-10-27', 'open')"),
    ('sknfinance_20251101_rut_falls_despite_fed_cut', 7, 2, "high_52w('RUT', '2025-10-30', 'high')"),
    ('fxblog_20231204_rut_relative_strength', 0, 2, "pct('IXIC', '2023-12-04')"),
    ('fxblog_20231204_rut_relative_strength', 1, 2, "pct('GSPC', '2023-12-04')"),
    ('fxblog_20231204_rut_relative_strength', 2, 2, "pct('RUT', '2023-12-04')"),
    ('fxblog_20231204_rut_relative_strength', 3, 2, "pct('RUT', '2023-12-01')"),
    ('fxblog_20231204_rut_relative_strength', 4, 2, "highest_since('RUT', '2023-12-01')"),
    ('fxblog_20231204_rut_relative_strength', 5, 2, None),
    ('fxblog_20231204_rut_relative_strength', 6, 2, "pct_below('GSPC', '2023-12-04', high_52w('GSPC', '2023-12-01')[1])"),
    ('fxblog_20231204_rut_relative_strength', 7, 2, None),
    ('fxblog_20231204_rut_relative_strength', 8, 2, "[float(col('RUT').loc['2023-08'].max()), float(col('RUT', 'high').loc['2023-08'].max())]"),
    ('fxblog_20231204_rut_relative_strength', 9, 2, None),
    ('fxblog_20231204_rut_relative_strength', 10, 2, None),
    ('tipranks_20250116_rut_approaches_correction', 0, 2, "round(max(pct_below('RUT', d, high_52w('RUT', '2025-01-15')[1]) for d in col('RUT')['2024-12-01':'2025-01-15'].index), 2)"),
    ('tipranks_20250116_rut_approaches_correction', 1, 2, "[high_52w('RUT', '2025-01-15'), high_52w('RUT', '2025-01-15', 'high')]"),
    ('tipranks_20250116_rut_approaches_correction', 2, 2, "high_52w('RUT', '2025-01-15')[0]"),
    ('tipranks_20250116_rut_approaches_correction', 3, 2, None),
    ('tipranks_20250116_rut_approaches_correction', 4, 2, "pct('RUT', '2025-01-15')"),
    ('tipranks_20250116_rut_approaches_correction', 5, 2, "sma('RUT', '2025-01-15', 200)"),
    ('tipranks_20250116_rut_approaches_correction', 6, 2, "last_close_below_sma('RUT', '2025-01-16', 200)"),
    ('tipranks_20250116_rut_approaches_correction', 7, 0, "sessions_above_sma('RUT', '2025-01-15', 200)"),
    ('tipranks_20250116_rut_approaches_correction', 8, 2, None),
    ('tipranks_20250116_rut_approaches_correction', 9, 0, None),
    ('tipranks_20250116_rut_approaches_correction', 10, 2, None),
    ('tipranks_20250116_rut_approaches_correction', 11, 2, "(328.21 / close('IWM', '2025-01-15') - 1) * 100"),
    ('tipranks_20250123_rut_trump_bump_fades', 0, 2, "pct_below('RUT', '2025-01-22', high_52w('RUT', '2025-01-22')[1])"),
    ('tipranks_20250123_rut_trump_bump_fades', 1, 2, "high_52w('RUT', '2025-01-22')[0]"),
    ('tipranks_20250123_rut_trump_bump_fades', 2, 2, "ytd('GSPC', '2025-01-22')"),
    ('tipranks_20250123_rut_trump_bump_fades', 3, 2, "[is_record('GSPC', '2025-01-22'), record_before('GSPC', '2025-01-22'), close('GSPC', '2025-01-22'), is_record('GSPC', '2025-01-22', 'high')]"),
    ('tipranks_20250123_rut_trump_bump_fades', 4, 2, None),
    ('tipranks_20250123_rut_trump_bump_fades', 5, 2, "pct('RUT', '2024-11-06')"),
    ('tipranks_20250123_rut_trump_bump_fades', 6, 2, None),
    ('tipranks_20250123_rut_trump_bump_fades', 7, 2, "highest_since('RUT', '2024-11-25')"),
    ('tipranks_20250123_rut_trump_bump_fades', 8, 2, "[ret('RUT', '2024-11-05', '2025-01-22'), ret('RUT', '2024-11-06', '2025-01-22')]"),
    ('tipranks_20250123_rut_trump_bump_fades', 9, 2, "ret('GSPC', '2023-01-20', '2025-01-22')"),
    ('tipranks_20250123_rut_trump_bump_fades', 10, 2, "ratio(ret('GSPC', '2023-01-20', '2025-01-22'), ret('RUT', '2023-01-20', '2025-01-22'))"),
    ('tipranks_20250314_rut_nears_bear_market', 0, 2, "pct_below('RUT', '2025-03-13', 2449.86)"),
    ('tipranks_20250314_rut_nears_bear_market', 1, 2, "[high_52w('RUT', '2025-03-13'), high_52w('RUT', '2025-03-13', 'high')]"),
    ('tipranks_20250314_rut_nears_bear_market', 2, 2, "high_52w('RUT', '2025-03-13')[0]"),
    ('tipranks_20250314_rut_nears_bear_market', 3, 2, None),
    ('tipranks_20250314_rut_nears_bear_market', 4, 2, "pct('RUT', '2025-03-14')"),
    ('tipranks_20250314_rut_nears_bear_market', 5, 2, "pct_below('RUT', '2025-03-14', high_52w('RUT', '2025-03-14')[1])"),
    ('tipranks_20250314_rut_nears_bear_market', 6, 2, "ratio(pct_below('RUT', '2025-03-14', high_52w('RUT', '2025-03-14')[1]), pct_below('GSPC', '2025-03-14', record_before('GSPC', '2025-03-14')[1]))"),
    ('tipranks_20250314_rut_nears_bear_market', 7, 2, "record_before('GSPC', '2025-03-14')[0]"),
    ('tipranks_20250314_rut_nears_bear_market', 8, 0, None),
    ('marketminute_20260108_rut_record_2603', 0, 2, "is_record('RUT', '2026-01-08')"),
    ('marketminute_20260108_rut_record_2603', 1, 2, "[round(year_ret('IXIC', y) - year_ret('RUT', y), 2) for y in (2023, 2024, 2025)]"),
    ('marketminute_20260108_rut_record_2603', 2, 2, "pct('IXIC', '2026-01-08')"),
    ('marketminute_20260108_rut_record_2603', 3, 2, "pct('RUT', '2026-01-08')"),
    ('marketminute_20260108_rut_record_2603', 4, 2, "close('RUT', '2026-01-08')"),
    ('marketminute_20260108_rut_record_2603', 5, 2, None),
    ('marketminute_20260108_rut_record_2603', 6, 2, None),
    ('marketminute_20260108_rut_record_2603', 7, 2, "fed_changes('2025-09-01', '2025-12-31')"),
    ('marketminute_20260108_rut_record_2603', 8, 2, "fed_range('2026-01-08')"),
    ('marketminute_20260108_rut_record_2603', 9, 2, "first_record_after('RUT', 2442.74, '2021-11-08')"),
    ('marketminute_20260108_rut_record_2603', 10, 2, None),
]


def normalise(v, dec):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, dec)
    if isinstance(v, (list, tuple)):
        return [normalise(x, dec) for x in v]
    return v


def evaluate(expr, dec):
    return None if expr is None else normalise(eval(expr), dec)


def main():
    global DATA
    args = sys.argv[1:]
    d = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not d:
        sys.exit("usage: python reference.py DATA_DIR [KEY_JSONL]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(d)
    key_path = Path(args[1]) if len(args) > 1 else Path(__file__).resolve().with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e
    bad = 0
    for pid, idx, dec, expr in RECIPES:
        v = evaluate(expr, dec)
        e = key.get((pid, idx))
        flag = ""
        if e is None:
            bad += 1
            flag = "   <-- missing from key"
        else:
            if e["computed_value"] != v:
                bad += 1
                flag = f"   <-- key has {e['computed_value']!r}"
            want = "reference.py: " + expr if expr else "not computable from the files"
            if not e["computed_detail"].endswith(want):
                bad += 1
                flag += "   <-- computed_detail does not end with this expression"
        print(f"{pid} #{idx}: {v!r}{flag}")
    extra = set(key) - {(p, i) for p, i, _, _ in RECIPES}
    bad += len(extra)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
