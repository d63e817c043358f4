"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR).  Needs pandas.  Exits 1 on any mismatch.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = None
_CACHE = {}
FILES = {"DJI": "DJI", "SPX": "GSPC", "IXIC": "IXIC", "RUT": "RUT", "NDX": "NDX",
         "VIX": "VIX", "US10Y": "DGS10", "US2Y": "DGS2"}


def _s(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, FILES.get(t, t) + ".csv"), parse_dates=["date"])
        df = df.set_index("date").sort_index()
        if "close" in df.columns:
            df = df[df["close"].notna()]
        else:
            df = df[pd.to_numeric(df["value"], errors="coerce").notna()]
            df["value"] = pd.to_numeric(df["value"])
        _CACHE[t] = df
    return _CACHE[t]


def _i(t, d):
    return _s(t).index.get_loc(pd.Timestamp(d))


def _r(x, n=3):
    return round(float(x), n)


def close(t, d):
    return _r(_s(t)["close"].loc[pd.Timestamp(d)], 2)


def hi(t, d):
    return _r(_s(t)["high"].loc[pd.Timestamp(d)], 2)


def lo(t, d):
    return _r(_s(t)["low"].loc[pd.Timestamp(d)], 2)


def chg(t, d):
    c = _s(t)["close"]
    i = _i(t, d)
    return _r(c.iloc[i] - c.iloc[i - 1], 2)


def pct(t, d):
    c = _s(t)["close"]
    i = _i(t, d)
    return _r(100 * (c.iloc[i] / c.iloc[i - 1] - 1))


def hi_pct(t, d):
    """Session high against the previous close, in percent."""
    c = _s(t)["close"]
    i = _i(t, d)
    return _r(100 * (_s(t)["high"].iloc[i] / c.iloc[i - 1] - 1))


def hi_pts(t, d):
    c = _s(t)["close"]
    i = _i(t, d)
    return _r(_s(t)["high"].iloc[i] - c.iloc[i - 1], 2)


def lo_pts(t, d):
    c = _s(t)["close"]
    i = _i(t, d)
    return _r(_s(t)["low"].iloc[i] - c.iloc[i - 1], 2)


def _base_before(t, start):
    c = _s(t)["close"]
    return c[c.index < pd.Timestamp(start)].iloc[-1]


def _week_start(d):
    d = pd.Timestamp(d)
    return d - pd.Timedelta(days=d.weekday())


def wk(t, d):
    """Week to date (or full week on a Friday): last close of the previous week to close on d."""
    return _r(100 * (_s(t)["close"].loc[pd.Timestamp(d)] / _base_before(t, _week_start(d)) - 1))


def wk_pts(t, d):
    return _r(_s(t)["close"].loc[pd.Timestamp(d)] - _base_before(t, _week_start(d)), 2)


def ytd(t, d):
    d = pd.Timestamp(d)
    return _r(100 * (_s(t)["close"].loc[d] / _base_before(t, f"{d.year}-01-01") - 1))


def ytd_pts(t, d):
    d = pd.Timestamp(d)
    return _r(_s(t)["close"].loc[d] - _base_before(t, f"{d.year}-01-01"), 2)


def is_record(t, d):
    c = _s(t)["close"]
    i = _i(t, d)
    return bool(c.iloc[i] > c.iloc[:i].max())


def last_record_before(t, d):
    c = _s(t)["close"]
    i = _i(t, d)
    runmax = c.cummax()
    rec = c[(c >= runmax) & (c > c.shift(1).cummax())]
    rec = rec[rec.index < c.index[i]]
    return str(rec.index[-1].date())


def first_close_above(t, level):
    c = _s(t)["close"]
    return str(c[c > level].index[0].date())


def last_move_as_big(t, d):
    """Last session before d with a move of the same sign at least as large in percent."""
    c = _s(t)["close"]
    p = c.pct_change()
    i = _i(t, d)
    x = p.iloc[i]
    prior = p.iloc[:i]
    hit = prior[prior >= x] if x > 0 else prior[prior <= x]
    return str(hit.index[-1].date())


def streak(t, d):
    """Consecutive daily gains (positive) or losses (negative) ending on d."""
    c = _s(t)["close"]
    i = _i(t, d)
    diff = c.diff()
    sign = 1 if diff.iloc[i] > 0 else -1
    n = 0
    while i > 0 and (diff.iloc[i] > 0 if sign > 0 else diff.iloc[i] < 0):
        n += 1
        i -= 1
    return sign * n


def weekly_up_streak(t, d):
    """Consecutive weekly gains (Friday-to-Friday, last close of each week) ending with the week of d."""
    c = _s(t)["close"]
    c = c[c.index <= pd.Timestamp(d)]
    w = c.groupby(c.index.to_period("W-FRI")).last()
    diff = w.diff()
    n = 0
    j = len(w) - 1
    while j > 0 and diff.iloc[j] > 0:
        n += 1
        j -= 1
    return n


def pct_below_ath(t, d):
    c = _s(t)["close"]
    c = c[c.index <= pd.Timestamp(d)]
    return _r(100 * (1 - c.iloc[-1] / c.max()))


def ath_date(t, d):
    c = _s(t)["close"]
    c = c[c.index <= pd.Timestamp(d)]
    return str(c.idxmax().date())


def lowest_close_since(t, d):
    """Last session before d with a close at or below d's close."""
    c = _s(t)["close"]
    i = _i(t, d)
    prior = c.iloc[:i]
    hit = prior[prior <= c.iloc[i]]
    return str(hit.index[-1].date()) if len(hit) else None


def min_low(t, d0, d1):
    s = _s(t)
    s = s[(s.index >= pd.Timestamp(d0)) & (s.index <= pd.Timestamp(d1))]
    return [str(s["low"].idxmin().date()), _r(s["low"].min(), 2)]


def rel_streak(a, b, d):
    """Consecutive sessions ending on d in which a's daily % change beat b's."""
    pa = _s(a)["close"].pct_change()
    pb = _s(b)["close"].pct_change()
    x = (pa - pb).dropna()
    x = x[x.index <= pd.Timestamp(d)]
    n = 0
    j = len(x) - 1
    while j >= 0 and x.iloc[j] > 0:
        n += 1
        j -= 1
    return n


def last_rel_streak_at_least(a, b, d, n):
    """Last session before the current streak ending on d at which a's streak over b reached n."""
    pa = _s(a)["close"].pct_change()
    pb = _s(b)["close"].pct_change()
    x = (pa - pb).dropna()
    x = x[x.index <= pd.Timestamp(d)]
    run = []
    k = 0
    for v in x.values:
        k = k + 1 if v > 0 else 0
        run.append(k)
    run = pd.Series(run, index=x.index)
    cur = run.iloc[-1]
    start = run.index[-cur] if cur > 0 else run.index[-1]
    prior = run[(run.index < start) & (run >= n)]
    return str(prior.index[-1].date()) if len(prior) else None


def down_sessions(t, d, n):
    """Number of down closes among the n sessions ending on d."""
    c = _s(t)["close"]
    i = _i(t, d)
    diff = c.diff().iloc[i - n + 1:i + 1]
    return int((diff < 0).sum())


def yld(s, d):
    return _r(_s(s)["value"].loc[pd.Timestamp(d)], 2)


def yld_prev(s, d):
    v = _s(s)["value"]
    return _r(v[v.index < pd.Timestamp(d)].iloc[-1], 2)


def yld_wk_bp(s, d):
    v = _s(s)["value"]
    base = v[v.index < _week_start(d)].iloc[-1]
    return _r(100 * (v.loc[pd.Timestamp(d)] - base), 1)


def fed_range(d):
    lo_ = _s("DFEDTARL")["value"].loc[pd.Timestamp(d)]
    hi_ = _s("DFEDTARU")["value"].loc[pd.Timestamp(d)]
    return [_r(lo_, 2), _r(hi_, 2)]


def fed_unchanged(d):
    """Target range on the day after decision day d equals the range on d."""
    nxt = pd.Timestamp(d) + pd.Timedelta(days=1)
    return fed_range(d) == fed_range(nxt)


def fomc_meeting(d):
    m = pd.read_csv(os.path.join(DATA, "FOMC_meetings.csv"))
    return bool((m["date"] == d).any())


def months_between(d0, d1):
    return _r((pd.Timestamp(d1) - pd.Timestamp(d0)).days / 30.4375, 2)


def years_between(d0, d1):
    return _r((pd.Timestamp(d1) - pd.Timestamp(d0)).days / 365.25, 2)


def evaluate(expr):
    if expr is None:
        return None
    return eval(expr, {k: v for k, v in globals().items() if not k.startswith("__")})


# ---- RECIPES: (passage_id, claim_index) -> expression; written by build.py ----
RECIPES = {
    'ap_20130507_dow_15000_news_summary#1': "first_close_above('DJI', 15000)",
    'ap_20130507_dow_15000_news_summary#2': "years_between(first_close_above('DJI', 14000), first_close_above('DJI', 15000))",
    'ap_20130507_dow_15000_news_summary#3': "first_close_above('DJI', 14000)[:7]",
    'ap_20130507_dow_15000_news_summary#4': "ytd('DJI', '2013-05-07')",
    'ap_20130507_dow_15000_news_summary#5': "ytd('SPX', '2013-05-07')",
    'ap_20130507_dow_15000_news_summary#6': "ytd_pts('DJI', '2013-05-07')",
    'ap_20130507_dow_15000_news_summary#7': "ytd_pts('SPX', '2013-05-07')",
    'ap_20130507_dow_15000_news_summary#8': "chg('DJI', '2013-05-07')",
    'ap_20130507_dow_15000_news_summary#9': "close('DJI', '2013-05-07')",
    'ap_20130507_dow_15000_news_summary#10': "chg('SPX', '2013-05-07')",
    'ap_20130507_dow_15000_news_summary#11': "close('SPX', '2013-05-07')",
    'ap_20130507_dow_15000_news_summary#12': "is_record('SPX', '2013-05-07')",
    'buffalonews_20140206_stocks_roar_back#1': "pct('SPX', '2014-02-06') >= float((_s('SPX')['close'].pct_change().loc['2014-01-01':'2014-02-06'] * 100).max()) - 1e-9",
    'buffalonews_20140206_stocks_roar_back#2': "last_move_as_big('DJI', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#3': "last_move_as_big('SPX', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#4': "pct('SPX', '2014-02-03')",
    'buffalonews_20140206_stocks_roar_back#5': "chg('DJI', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#6': "pct('DJI', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#7': "close('DJI', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#8': "chg('SPX', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#9': "pct('SPX', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#10': "close('SPX', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#11': "wk('DJI', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#12': "wk('SPX', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#13': "chg('IXIC', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#14': "pct('IXIC', '2014-02-06')",
    'buffalonews_20140206_stocks_roar_back#15': "close('IXIC', '2014-02-06')",
    'cbsnews_20170802_dow_22000#1': "first_close_above('DJI', 22000)",
    'cbsnews_20170802_dow_22000#2': "months_between(first_close_above('DJI', 21000), first_close_above('DJI', 22000))",
    'cbsnews_20170802_dow_22000#3': "chg('DJI', '2017-08-02')",
    'cbsnews_20170802_dow_22000#4': "pct('DJI', '2017-08-02')",
    'cbsnews_20170802_dow_22000#5': "close('DJI', '2017-08-02')",
    'cbsnews_20170802_dow_22000#6': "close('DJI', '2017-08-02')",
    'cbsnews_20170802_dow_22000#7': "chg('SPX', '2017-08-02') > 0",
    'cbsnews_20170802_dow_22000#8': "close('SPX', '2017-08-02')",
    'cbsnews_20170802_dow_22000#9': "chg('IXIC', '2017-08-02') < 0",
    'cbsnews_20170802_dow_22000#10': "close('IXIC', '2017-08-02')",
    'cbsnews_20170802_dow_22000#11': "streak('DJI', '2017-08-02')",
    'cbsnews_20170802_dow_22000#12': "streak('SPX', '2017-08-02')",
    'pacsun_20181011_rout_extends#1': "yld('US10Y', '2018-10-11') < yld_prev('US10Y', '2018-10-11')",
    'pacsun_20181011_rout_extends#2': "chg('DJI', '2018-10-11')",
    'pacsun_20181011_rout_extends#3': "pct('DJI', '2018-10-11')",
    'pacsun_20181011_rout_extends#4': "close('DJI', '2018-10-11')",
    'pacsun_20181011_rout_extends#5': "chg('SPX', '2018-10-11')",
    'pacsun_20181011_rout_extends#6': "pct('SPX', '2018-10-11')",
    'pacsun_20181011_rout_extends#7': "close('SPX', '2018-10-11')",
    'pacsun_20181011_rout_extends#8': "chg('IXIC', '2018-10-11')",
    'pacsun_20181011_rout_extends#9': "pct('IXIC', '2018-10-11')",
    'pacsun_20181011_rout_extends#10': "close('IXIC', '2018-10-11')",
    'dowjones_20191119_retailers_weigh#1': "is_record('DJI', '2019-11-18')",
    'dowjones_20191119_retailers_weigh#2': "is_record('SPX', '2019-11-18')",
    'dowjones_20191119_retailers_weigh#3': "chg('DJI', '2019-11-19')",
    'dowjones_20191119_retailers_weigh#4': "pct('DJI', '2019-11-19')",
    'dowjones_20191119_retailers_weigh#5': "close('DJI', '2019-11-19')",
    'dowjones_20191119_retailers_weigh#6': "chg('SPX', '2019-11-19')",
    'dowjones_20191119_retailers_weigh#7': "pct('SPX', '2019-11-19')",
    'dowjones_20191119_retailers_weigh#8': "close('SPX', '2019-11-19')",
    'dowjones_20191119_retailers_weigh#9': "chg('IXIC', '2019-11-19')",
    'dowjones_20191119_retailers_weigh#10': "pct('IXIC', '2019-11-19')",
    'dowjones_20191119_retailers_weigh#11': "close('IXIC', '2019-11-19')",
    'dowjones_20191119_retailers_weigh#12': "is_record('IXIC', '2019-11-19')",
    'cnbc_20191230_dow_drops_nearly_200#1': "chg('DJI', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#2': "pct('DJI', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#3': "close('DJI', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#4': "pct('SPX', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#5': "chg('SPX', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#6': "close('SPX', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#7': "last_move_as_big('DJI', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#8': "last_move_as_big('SPX', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#9': "pct('IXIC', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#10': "chg('IXIC', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#11': "close('IXIC', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#12': "first_close_above('IXIC', 9000)",
    'cnbc_20191230_dow_drops_nearly_200#13': "ytd('DJI', '2019-12-30')",
    'cnbc_20191230_dow_drops_nearly_200#14': "weekly_up_streak('SPX', '2019-12-27')",
    'cnbc_20191230_dow_drops_nearly_200#15': "ytd('SPX', '2019-12-30')",
    'reuters_20201117_shutdown_worries#1': "is_record('SPX', '2020-11-16')",
    'reuters_20201117_shutdown_worries#2': "is_record('DJI', '2020-11-16')",
    'reuters_20201117_shutdown_worries#3': "last_record_before('DJI', '2020-11-16')",
    'reuters_20201117_shutdown_worries#4': "pct('RUT', '2020-11-17') > pct('SPX', '2020-11-17')",
    'reuters_20201117_shutdown_worries#5': "is_record('RUT', '2020-11-17')",
    'reuters_20201117_shutdown_worries#6': "chg('DJI', '2020-11-17')",
    'reuters_20201117_shutdown_worries#7': "pct('DJI', '2020-11-17')",
    'reuters_20201117_shutdown_worries#8': "close('DJI', '2020-11-17')",
    'reuters_20201117_shutdown_worries#9': "chg('SPX', '2020-11-17')",
    'reuters_20201117_shutdown_worries#10': "pct('SPX', '2020-11-17')",
    'reuters_20201117_shutdown_worries#11': "close('SPX', '2020-11-17')",
    'reuters_20201117_shutdown_worries#12': "chg('IXIC', '2020-11-17')",
    'reuters_20201117_shutdown_worries#13': "pct('IXIC', '2020-11-17')",
    'reuters_20201117_shutdown_worries#14': "close('IXIC', '2020-11-17')",
    'baystreet_20210108_indexes_records#1': "chg('DJI', '2021-01-08')",
    'baystreet_20210108_indexes_records#2': "close('DJI', '2021-01-08')",
    'baystreet_20210108_indexes_records#3': "is_record('DJI', '2021-01-08')",
    'baystreet_20210108_indexes_records#4': "chg('SPX', '2021-01-08')",
    'baystreet_20210108_indexes_records#5': "close('SPX', '2021-01-08')",
    'baystreet_20210108_indexes_records#6': "is_record('SPX', '2021-01-08')",
    'baystreet_20210108_indexes_records#7': "chg('IXIC', '2021-01-08')",
    'baystreet_20210108_indexes_records#8': "pct('IXIC', '2021-01-08')",
    'baystreet_20210108_indexes_records#9': "close('IXIC', '2021-01-08')",
    'baystreet_20210108_indexes_records#10': "is_record('IXIC', '2021-01-08')",
    'baystreet_20210108_indexes_records#11': "streak('DJI', '2021-01-08')",
    'baystreet_20210108_indexes_records#12': "streak('SPX', '2021-01-08')",
    'baystreet_20210108_indexes_records#13': "wk('DJI', '2021-01-08')",
    'baystreet_20210108_indexes_records#14': "wk('SPX', '2021-01-08')",
    'baystreet_20210108_indexes_records#15': "wk('IXIC', '2021-01-08')",
    'baystreet_20210108_indexes_records#16': "yld('US10Y', '2021-01-08')",
    'baystreet_20210108_indexes_records#17': "yld_prev('US10Y', '2021-01-08')",
    'cnbc_20220927_sp500_fresh_bear_low#1': "lo('SPX', '2022-09-27') < min_low('SPX', '2022-01-01', '2022-09-26')[1]",
    'cnbc_20220927_sp500_fresh_bear_low#2': "lo('SPX', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#3': "min_low('SPX', '2022-06-01', '2022-06-30')[1]",
    'cnbc_20220927_sp500_fresh_bear_low#4': "pct('SPX', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#5': "close('SPX', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#6': "chg('DJI', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#7': "pct('DJI', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#8': "close('DJI', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#9': "hi_pts('DJI', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#10': "pct('IXIC', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#11': "close('IXIC', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#12': "pct_below_ath('SPX', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#13': "pct_below_ath('DJI', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#14': "pct_below_ath('IXIC', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#15': "yld('US10Y', '2022-09-27')",
    'cnbc_20220927_sp500_fresh_bear_low#16': "streak('SPX', '2022-09-26')",
    'cnbc_20220927_sp500_fresh_bear_low#17': "lowest_close_since('SPX', '2022-09-26')[:4]",
    'cnbc_20220927_sp500_fresh_bear_low#18': "chg('DJI', '2022-09-26')",
    'cnbc_20220927_sp500_fresh_bear_low#19': "pct_below_ath('DJI', '2022-09-26')",
    'cnbc_20220927_sp500_fresh_bear_low#20': "lowest_close_since('DJI', '2022-09-26')",
    'baystreet_20240808_comeback_rally#1': "chg('DJI', '2024-08-08')",
    'baystreet_20240808_comeback_rally#2': "pct('DJI', '2024-08-08')",
    'baystreet_20240808_comeback_rally#3': "close('DJI', '2024-08-08')",
    'baystreet_20240808_comeback_rally#4': "chg('SPX', '2024-08-08')",
    'baystreet_20240808_comeback_rally#5': "pct('SPX', '2024-08-08')",
    'baystreet_20240808_comeback_rally#6': "close('SPX', '2024-08-08')",
    'baystreet_20240808_comeback_rally#7': "chg('IXIC', '2024-08-08')",
    'baystreet_20240808_comeback_rally#8': "pct('IXIC', '2024-08-08')",
    'baystreet_20240808_comeback_rally#9': "close('IXIC', '2024-08-08')",
    'baystreet_20240808_comeback_rally#10': "pct('SPX', '2024-08-07')",
    'baystreet_20240808_comeback_rally#11': "pct('IXIC', '2024-08-07')",
    'baystreet_20240808_comeback_rally#12': "pct('DJI', '2024-08-07')",
    'baystreet_20240808_comeback_rally#13': "down_sessions('SPX', '2024-08-07', 5)",
    'baystreet_20240808_comeback_rally#14': "down_sessions('DJI', '2024-08-07', 5)",
    'baystreet_20240808_comeback_rally#15': "down_sessions('IXIC', '2024-08-07', 5)",
    'baystreet_20240808_comeback_rally#16': 'None',
    'baystreet_20240808_comeback_rally#17': "yld('US10Y', '2024-08-08')",
    'baystreet_20240808_comeback_rally#18': "yld_prev('US10Y', '2024-08-08')",
    'cnbc_20241007_dow_slides_live#1': "chg('DJI', '2024-10-07')",
    'cnbc_20241007_dow_slides_live#2': "pct('DJI', '2024-10-07')",
    'cnbc_20241007_dow_slides_live#3': "pct('SPX', '2024-10-07')",
    'cnbc_20241007_dow_slides_live#4': "pct('IXIC', '2024-10-07')",
    'cnbc_20241007_dow_slides_live#5': "round(100 * (yld('US10Y', '2024-10-07') - yld_prev('US10Y', '2024-10-07')), 1)",
    'cnbc_20241007_dow_slides_live#6': "yld('US10Y', '2024-10-07')",
    'cnbc_20241007_dow_slides_live#7': "str(_s('US10Y')['value'][(_s('US10Y').index < '2024-10-07') & (_s('US10Y')['value'] > 4.0)].index[-1].date())",
    'cnbc_20241007_dow_slides_live#8': "wk('SPX', '2024-10-04')",
    'cnbc_20241007_dow_slides_live#9': "wk('IXIC', '2024-10-04')",
    'cnbc_20241007_dow_slides_live#10': "wk('DJI', '2024-10-04')",
    'cnbc_20241007_dow_slides_live#11': "weekly_up_streak('SPX', '2024-10-04')",
    'cnbc_20241007_dow_slides_live#12': "weekly_up_streak('IXIC', '2024-10-04')",
    'cnbc_20241007_dow_slides_live#13': "weekly_up_streak('DJI', '2024-10-04')",
    'cnbc_20241007_dow_slides_live#14': "is_record('DJI', '2024-10-04')",
    'parkavenue_20241227_slim_holiday_gains#1': "str(_s('SPX').loc['2024'].index[-5].date())",
    'parkavenue_20241227_slim_holiday_gains#2': 'None',
    'parkavenue_20241227_slim_holiday_gains#3': "wk('SPX', '2024-12-27')",
    'parkavenue_20241227_slim_holiday_gains#4': "wk('DJI', '2024-12-27')",
    'parkavenue_20241227_slim_holiday_gains#5': "wk('IXIC', '2024-12-27')",
    'parkavenue_20241227_slim_holiday_gains#6': "ytd('IXIC', '2024-12-27')",
    'parkavenue_20241227_slim_holiday_gains#7': "ytd('SPX', '2024-12-27')",
    'parkavenue_20241227_slim_holiday_gains#8': "ytd('DJI', '2024-12-27')",
    'rthk_20250730_fed_hold_powell#1': "fomc_meeting('2025-07-30')",
    'rthk_20250730_fed_hold_powell#2': "fed_unchanged('2025-07-30')",
    'rthk_20250730_fed_hold_powell#3': 'None',
    'rthk_20250730_fed_hold_powell#4': "chg('DJI', '2025-07-30')",
    'rthk_20250730_fed_hold_powell#5': "close('DJI', '2025-07-30')",
    'rthk_20250730_fed_hold_powell#6': "chg('SPX', '2025-07-30')",
    'rthk_20250730_fed_hold_powell#7': "close('SPX', '2025-07-30')",
    'rthk_20250730_fed_hold_powell#8': "chg('IXIC', '2025-07-30')",
    'rthk_20250730_fed_hold_powell#9': "close('IXIC', '2025-07-30')",
    'rthk_20250730_fed_hold_powell#10': "hi_pct('SPX', '2025-07-30')",
    'bravias_20260116_weekly_wrap#1': "pct('SPX', '2026-01-16')",
    'bravias_20260116_weekly_wrap#2': "close('SPX', '2026-01-16')",
    'bravias_20260116_weekly_wrap#3': "pct('IXIC', '2026-01-16')",
    'bravias_20260116_weekly_wrap#4': "close('IXIC', '2026-01-16')",
    'bravias_20260116_weekly_wrap#5': "pct('DJI', '2026-01-16')",
    'bravias_20260116_weekly_wrap#6': "close('DJI', '2026-01-16')",
    'bravias_20260116_weekly_wrap#7': "pct('RUT', '2026-01-16')",
    'bravias_20260116_weekly_wrap#8': "wk('RUT', '2026-01-16')",
    'bravias_20260116_weekly_wrap#9': "rel_streak('RUT', 'SPX', '2026-01-16')",
    'bravias_20260116_weekly_wrap#10': "last_rel_streak_at_least('RUT', 'SPX', '2026-01-16', 11)[:4]",
    'bravias_20260116_weekly_wrap#11': "fomc_meeting('2026-01-28')",
    'bravias_20260116_weekly_wrap#12': 'None',
    'bravias_20260116_weekly_wrap#13': "wk_pts('DJI', '2026-01-16')",
    'bravias_20260116_weekly_wrap#14': "wk('DJI', '2026-01-16')",
    'bravias_20260116_weekly_wrap#15': "wk_pts('SPX', '2026-01-16')",
    'bravias_20260116_weekly_wrap#16': "wk('SPX', '2026-01-16')",
    'bravias_20260116_weekly_wrap#17': "wk_pts('IXIC', '2026-01-16')",
    'bravias_20260116_weekly_wrap#18': "wk('IXIC', '2026-01-16')",
    'bravias_20260116_weekly_wrap#19': "wk_pts('RUT', '2026-01-16')",
    'bravias_20260116_weekly_wrap#20': "yld('US2Y', '2026-01-16')",
    'bravias_20260116_weekly_wrap#21': "yld_wk_bp('US2Y', '2026-01-16')",
    'bravias_20260116_weekly_wrap#22': "yld('US10Y', '2026-01-16')",
    'bravias_20260116_weekly_wrap#23': "yld_wk_bp('US10Y', '2026-01-16')",
}
# ---- end RECIPES ----


def _same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA:
        sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    for r in recs:
        k = f"{r['passage_id']}#{r['claim_index']}"
        expr = RECIPES.get(k, "MISSING")
        if expr == "MISSING":
            print(f"{k}: no recipe")
            bad += 1
            continue
        v = evaluate(expr)
        v = json.loads(json.dumps(v))
        ok = _same(v, r["computed_value"])
        print(f"{k}: {expr} = {v!r}" + ("" if ok else f"  MISMATCH key={r['computed_value']!r}"))
        bad += 0 if ok else 1
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
