#!/usr/bin/env python3
"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(the data directory may also be given in the environment variable CAPSCOPE_DATA_DIR).
Prints one line per key record and a last line "N recipes, N key records, K mismatches";
exits 1 on any mismatch. Needs pandas.
"""
import json
import math
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"DJI": "DJI", "SPX": "GSPC", "IXIC": "IXIC", "RUT": "RUT", "NDX": "NDX", "VIX": "VIX", "SPY": "SPY"}
RATES = {"US10Y": "DGS10", "US2Y": "DGS2", "DFEDTAR": "DFEDTAR", "DFEDTARU": "DFEDTARU", "DFEDTARL": "DFEDTARL"}
_CACHE = {}
DATA = None


def _px(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, FILES[t] + ".csv"), parse_dates=["date"]).set_index("date").sort_index()
        _CACHE[t] = df[df["close"].notna()]
    return _CACHE[t]


def _rate(s):
    if s not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, RATES[s] + ".csv"), parse_dates=["date"]).set_index("date").sort_index()
        df["value"] = pd.to_numeric(df["value"], errors="coerce")
        _CACHE[s] = df["value"].dropna()
    return _CACHE[s]


def _ts(d):
    return pd.Timestamp(d)


def _ds(ts):
    return ts.strftime("%Y-%m-%d")


def _r(x, n=2):
    return round(float(x), n)


# ---- single sessions -------------------------------------------------------------------
def close(t, d):
    return _r(_px(t).loc[_ts(d), "close"])


def high(t, d):
    return _r(_px(t).loc[_ts(d), "high"])


def low(t, d):
    return _r(_px(t).loc[_ts(d), "low"])


def session_range(t, d):
    return [low(t, d), high(t, d)]


def prev_close(t, d):
    s = _px(t)["close"]
    return _r(s[s.index < _ts(d)].iloc[-1])


def chg(t, d):
    s = _px(t)["close"]
    i = s.index.get_loc(_ts(d))
    return _r(s.iloc[i] - s.iloc[i - 1])


def pct(t, d):
    s = _px(t)["close"]
    i = s.index.get_loc(_ts(d))
    return _r(100 * (s.iloc[i] / s.iloc[i - 1] - 1), 3)


def high_chg(t, d):
    """points between the session high and the previous close"""
    return _r(high(t, d) - prev_close(t, d))


def low_chg(t, d):
    return _r(low(t, d) - prev_close(t, d))


# ---- windows ---------------------------------------------------------------------------
def pct_between(t, d0, d1):
    return _r(100 * (close(t, d1) / close(t, d0) - 1), 3)


def pts_between(t, d0, d1):
    return _r(close(t, d1) - close(t, d0))


def _base_before(t, start):
    s = _px(t)["close"]
    return s[s.index < _ts(start)]


def week_pct(t, d):
    ts = _ts(d)
    monday = ts - pd.Timedelta(days=ts.weekday())
    base = _base_before(t, monday).iloc[-1]
    return _r(100 * (close(t, d) / base - 1), 3)


def week_pts(t, d):
    ts = _ts(d)
    monday = ts - pd.Timedelta(days=ts.weekday())
    return _r(close(t, d) - _base_before(t, monday).iloc[-1])


def ytd_pct(t, d):
    ts = _ts(d)
    base = _base_before(t, pd.Timestamp(ts.year, 1, 1)).iloc[-1]
    return _r(100 * (close(t, d) / base - 1), 3)


def mtd_pct(t, d):
    ts = _ts(d)
    base = _base_before(t, pd.Timestamp(ts.year, ts.month, 1)).iloc[-1]
    return _r(100 * (close(t, d) / base - 1), 3)


def qtd_pct(t, d):
    ts = _ts(d)
    qm = 3 * ((ts.month - 1) // 3) + 1
    base = _base_before(t, pd.Timestamp(ts.year, qm, 1)).iloc[-1]
    return _r(100 * (close(t, d) / base - 1), 3)


def half_pct(t, d):
    ts = _ts(d)
    hm = 1 if ts.month <= 6 else 7
    base = _base_before(t, pd.Timestamp(ts.year, hm, 1)).iloc[-1]
    return _r(100 * (close(t, d) / base - 1), 3)


def quarter_returns(t, d, n):
    """signed % returns of the last n calendar quarters ending with the quarter that holds d"""
    s = _px(t)["close"]
    s = s[s.index <= _ts(d)]
    q = s.groupby(s.index.to_period("Q")).last()
    r = (100 * q.pct_change()).round(3)
    return [float(x) for x in r.iloc[-n:]]


def weekly_returns(t, d, n):
    """signed % returns of the last n weeks (last close of each Mon-Fri week) ending with d's week"""
    s = _px(t)["close"]
    s = s[s.index <= _ts(d)]
    w = s.groupby(s.index.to_period("W-FRI")).last()
    r = (100 * w.pct_change()).round(3)
    return [float(x) for x in r.iloc[-n:]]


def count_weeks_le(t, d0, d1, thr):
    """weeks (Friday-to-Friday, last close of each week) ending in [d0, d1] with a return <= thr %"""
    s = _px(t)["close"]
    w = s.groupby(s.index.to_period("W-FRI")).last()
    r = 100 * w.pct_change()
    idx = w.index.to_timestamp(how="end")
    m = (idx >= _ts(d0)) & (idx <= _ts(d1) + pd.Timedelta(days=1)) & (r.values <= thr)
    return int(m.sum())


def weeks_le_list(t, d0, d1, thr):
    s = _px(t)["close"]
    w = s.groupby(s.index.to_period("W-FRI")).last()
    r = 100 * w.pct_change()
    out = []
    for p, v in r.items():
        end = p.end_time.normalize()
        if _ts(d0) <= end <= _ts(d1) and v <= thr:
            out.append(str(p.end_time.date()))
    return out


# ---- records, highs, lows --------------------------------------------------------------
def max_close(t, d0, d1):
    s = _px(t)["close"]
    s = s[(s.index >= _ts(d0)) & (s.index <= _ts(d1))]
    return [_ds(s.idxmax()), _r(s.max())]


def min_close(t, d0, d1):
    s = _px(t)["close"]
    s = s[(s.index >= _ts(d0)) & (s.index <= _ts(d1))]
    return [_ds(s.idxmin()), _r(s.min())]


def min_low(t, d0, d1):
    s = _px(t)["low"]
    s = s[(s.index >= _ts(d0)) & (s.index <= _ts(d1))]
    return [_ds(s.idxmin()), _r(s.min())]


def is_record_close(t, d):
    s = _px(t)["close"]
    return bool(s.loc[_ts(d)] > s[s.index < _ts(d)].max())


def record_closes_in_week(t, d):
    """list of booleans, one per session of d's week, True when the close beat every earlier close"""
    ts = _ts(d)
    monday = ts - pd.Timedelta(days=ts.weekday())
    s = _px(t)["close"]
    days = s[(s.index >= monday) & (s.index <= ts)].index
    return [is_record_close(t, _ds(x)) for x in days]


def first_close_above(t, level, d):
    """first session up to d whose close is above level"""
    s = _px(t)["close"]
    s = s[(s.index <= _ts(d)) & (s > level)]
    return _ds(s.index[0]) if len(s) else None


def pct_below(t, d, ref_level):
    return _r(100 * (1 - close(t, d) / ref_level), 3)


def pct_below_max(t, d, d0):
    m = max_close(t, d0, d)[1]
    return _r(100 * (1 - close(t, d) / m), 3)


def lowest_close_since(t, d):
    """last session before d with a close at or below d's close"""
    s = _px(t)["close"]
    v = s.loc[_ts(d)]
    e = s[(s.index < _ts(d)) & (s <= v)]
    return _ds(e.index[-1]) if len(e) else None


def highest_close_since(t, d):
    s = _px(t)["close"]
    v = s.loc[_ts(d)]
    e = s[(s.index < _ts(d)) & (s >= v)]
    return _ds(e.index[-1]) if len(e) else None


def last_pct_gain_as_big(t, d, since=None):
    s = _px(t)["close"]
    r = 100 * s.pct_change()
    v = r.loc[_ts(d)]
    e = r[(r.index < _ts(d)) & (r >= v)]
    if since:
        e = e[e.index >= _ts(since)]
    return _ds(e.index[-1]) if len(e) else None


def last_pts_gain_as_big(t, d):
    s = _px(t)["close"].diff()
    v = s.loc[_ts(d)]
    e = s[(s.index < _ts(d)) & (s >= v)]
    return _ds(e.index[-1]) if len(e) else None


def last_pts_loss_as_big(t, d, since=None):
    s = _px(t)["close"].diff()
    v = s.loc[_ts(d)]
    e = s[(s.index < _ts(d)) & (s <= v)]
    if since:
        e = e[e.index >= _ts(since)]
    return _ds(e.index[-1]) if len(e) else None


def rank_pts_gain(t, d):
    s = _px(t)["close"].diff()
    s = s[s.index <= _ts(d)]
    return int((s > s.loc[_ts(d)]).sum() + 1)


def rank_pct_gain(t, d, since):
    s = 100 * _px(t)["close"].pct_change()
    s = s[(s.index <= _ts(d)) & (s.index >= _ts(since))]
    return int((s > s.loc[_ts(d)]).sum() + 1)


def top_pct_gains(t, d0, d1, n):
    s = 100 * _px(t)["close"].pct_change()
    s = s[(s.index >= _ts(d0)) & (s.index <= _ts(d1))].sort_values(ascending=False).head(n)
    return [[_ds(i), _r(v, 3)] for i, v in s.items()]


def ups_in_last(t, d, n):
    s = _px(t)["close"].diff()
    s = s[s.index <= _ts(d)].iloc[-n:]
    return int((s > 0).sum())


def downs_in_last(t, d, n):
    s = _px(t)["close"].diff()
    s = s[s.index <= _ts(d)].iloc[-n:]
    return int((s < 0).sum())


def streak(t, d):
    """signed run of same-direction daily closes ending at d"""
    s = _px(t)["close"].diff()
    s = s[s.index <= _ts(d)]
    sign = 1 if s.iloc[-1] > 0 else -1
    n = 0
    for v in reversed(s.values):
        if (v > 0 and sign > 0) or (v < 0 and sign < 0):
            n += 1
        else:
            break
    return sign * n


def week_streak(t, d):
    """signed run of same-direction weekly returns ending with d's week"""
    r = weekly_returns(t, d, 60)
    sign = 1 if r[-1] > 0 else -1
    n = 0
    for v in reversed(r):
        if (v > 0 and sign > 0) or (v < 0 and sign < 0):
            n += 1
        else:
            break
    return sign * n


def sessions_between(t, d0, d1):
    s = _px(t)["close"]
    return int(((s.index > _ts(d0)) & (s.index <= _ts(d1))).sum())


def is_trading_day(t, d):
    return bool(_ts(d) in _px(t).index)


def vix_ma_stretch(d, n):
    s = _px("VIX")["close"]
    s = s[s.index <= _ts(d)]
    return _r(100 * (s.iloc[-1] / s.iloc[-n:].mean() - 1), 3)


def last_week_as_bad(t, d):
    """end date (Friday) of the last earlier week whose return was at or below the return of d's week"""
    s = _px(t)["close"]
    s = s[s.index <= _ts(d)]
    w = s.groupby(s.index.to_period("W-FRI")).last()
    r = 100 * w.pct_change()
    v = r.iloc[-1]
    e = r.iloc[:-1][r.iloc[:-1] <= v]
    return str(e.index[-1].end_time.date()) if len(e) else None


def last_q1_as_strong(t, year):
    """latest earlier year whose first-quarter price return was at least that of year"""
    s = _px(t)["close"]
    q = s.groupby(s.index.to_period("Q")).last()
    r = 100 * q.pct_change()
    v = r.loc[pd.Period(f"{year}Q1")]
    e = [p.year for p, x in r.items() if p.quarter == 1 and p.year < year and x >= v]
    return int(e[-1]) if e else None


# ---- rates -----------------------------------------------------------------------------
def yld(series, d):
    return _r(_rate(series).loc[_ts(d)])


def min_yield(series, d0, d1):
    s = _rate(series)
    s = s[(s.index >= _ts(d0)) & (s.index <= _ts(d1))]
    return [_ds(s.idxmin()), _r(s.min())]


def fed_target(d):
    return _r(_rate("DFEDTAR").loc[_ts(d)], 3)


def fed_range(d):
    return [_r(_rate("DFEDTARL").loc[_ts(d)], 3), _r(_rate("DFEDTARU").loc[_ts(d)], 3)]


def fomc_day(d):
    f = pd.read_csv(os.path.join(DATA, "FOMC_meetings.csv"))
    return bool(d in set(f["date"]))


def next_fomc_after(d):
    f = pd.read_csv(os.path.join(DATA, "FOMC_meetings.csv"))
    later = sorted(x for x in f["date"] if x > d)
    return later[0]


def last_target_rise_before(d):
    s = _rate("DFEDTAR")
    s = s[s.index < _ts(d)]
    up = s[s.diff() > 0]
    return _ds(up.index[-1])


# ---- recipes: (passage_id, claim_index, expression) ------------------------------------
RECIPES = [
    ('bloomberg_19980321_dow_8900_eighth_week', 1, "close('DJI','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 2, "chg('DJI','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 3, "first_close_above('DJI',8900,'1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 4, "chg('SPX','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 5, "close('SPX','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 6, "is_record_close('SPX','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 7, "chg('IXIC','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 8, "close('IXIC','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 9, "week_streak('SPX','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 10, "week_pct('SPX','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 11, "week_pct('DJI','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 12, "week_pct('IXIC','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 13, "[first_close_above('DJI',x,'1998-03-20') for x in (8700, 8800, 8900)]"),
    ('bloomberg_19980321_dow_8900_eighth_week', 14, "record_closes_in_week('DJI','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 15, "record_closes_in_week('SPX','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 16, None),
    ('bloomberg_19980321_dow_8900_eighth_week', 17, "chg('RUT','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 18, "close('RUT','1998-03-20')"),
    ('bloomberg_19980321_dow_8900_eighth_week', 19, None),
    ('ap_19990724_dow_week_loss_greenspan', 1, "week_pts('DJI','1999-07-23')"),
    ('ap_19990724_dow_week_loss_greenspan', 2, "low_chg('DJI','1999-07-23')"),
    ('ap_19990724_dow_week_loss_greenspan', 3, "chg('DJI','1999-07-23')"),
    ('ap_19990724_dow_week_loss_greenspan', 4, "close('DJI','1999-07-23')"),
    ('ap_19990724_dow_week_loss_greenspan', 5, "week_pts('DJI','1999-07-23')"),
    ('ap_19990724_dow_week_loss_greenspan', 6, "week_pct('DJI','1999-07-23')"),
    ('ap_19990724_dow_week_loss_greenspan', 7, "chg('IXIC','1999-07-23')"),
    ('ap_19990724_dow_week_loss_greenspan', 8, "close('IXIC','1999-07-23')"),
    ('ap_19990724_dow_week_loss_greenspan', 9, "week_pct('IXIC','1999-07-23')"),
    ('ap_19990724_dow_week_loss_greenspan', 10, None),
    ('ap_19990724_dow_week_loss_greenspan', 11, None),
    ('latimes_20000517_fed_hike_rally', 1, "[fed_target('2000-05-15'), fed_target('2000-05-16')]"),
    ('latimes_20000517_fed_hike_rally', 2, "fomc_day('2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 3, "chg('IXIC','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 4, "pct('IXIC','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 5, "close('IXIC','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 6, "chg('DJI','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 7, "pct('DJI','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 8, "close('DJI','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 9, "high_chg('IXIC','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 10, "high('IXIC','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 11, "low('IXIC','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 12, "[streak(t,'2000-05-16') for t in ('IXIC','DJI','SPX')]"),
    ('latimes_20000517_fed_hike_rally', 13, "last_target_rise_before('2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 14, "is_record_close('SPX','2000-03-21')"),
    ('latimes_20000517_fed_hike_rally', 15, "yld('US2Y','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 16, "yld('US2Y','2000-05-15')"),
    ('latimes_20000517_fed_hike_rally', 17, "yld('US10Y','2000-05-16')"),
    ('latimes_20000517_fed_hike_rally', 18, "yld('US10Y','2000-05-15')"),
    ('crains_20011019_midday_earnings_worries', 1, "close('IXIC','2001-10-19')"),
    ('crains_20011019_midday_earnings_worries', 2, "chg('IXIC','2001-10-19')"),
    ('crains_20011019_midday_earnings_worries', 3, "close('SPX','2001-10-19')"),
    ('crains_20011019_midday_earnings_worries', 4, "chg('SPX','2001-10-19')"),
    ('crains_20011019_midday_earnings_worries', 5, "close('DJI','2001-10-19')"),
    ('crains_20011019_midday_earnings_worries', 6, "chg('DJI','2001-10-19')"),
    ('crains_20011019_midday_earnings_worries', 7, None),
    ('nyt_20020725_dow_second_biggest_point_gain', 1, "pct('DJI','2002-07-24')"),
    ('nyt_20020725_dow_second_biggest_point_gain', 2, "last_pct_gain_as_big('DJI','2002-07-24')"),
    ('nyt_20020725_dow_second_biggest_point_gain', 3, "rank_pts_gain('DJI','2002-07-24')"),
    ('nyt_20020725_dow_second_biggest_point_gain', 4, None),
    ('nyt_20020725_dow_second_biggest_point_gain', 5, "rank_pct_gain('SPX','2002-07-24','1945-09-02')"),
    ('nyt_20020725_dow_second_biggest_point_gain', 6, "rank_pct_gain('DJI','2002-07-24','1992-01-01')"),
    ('nyt_20020725_dow_second_biggest_point_gain', 7, "pct('SPX','2002-07-24')"),
    ('nyt_20020725_dow_second_biggest_point_gain', 8, "pct('IXIC','2002-07-24')"),
    ('nyt_20020725_dow_second_biggest_point_gain', 9, "ups_in_last('DJI','2002-07-24',13)"),
    ('nyt_20020725_dow_second_biggest_point_gain', 10, "ups_in_last('SPX','2002-07-24',13)"),
    ('nyt_20020725_dow_second_biggest_point_gain', 11, "[ytd_pct(t,'2002-07-24') for t in ('DJI','SPX','IXIC')]"),
    ('ap_20031001_stocks_end_quarter_slide', 1, "[mtd_pct(t,'2003-09-30') for t in ('DJI','SPX','IXIC')]"),
    ('ap_20031001_stocks_end_quarter_slide', 2, "qtd_pct('IXIC','2003-09-30')"),
    ('ap_20031001_stocks_end_quarter_slide', 3, "quarter_returns('IXIC','2003-09-30',5)"),
    ('ap_20031001_stocks_end_quarter_slide', 4, "[quarter_returns('DJI','2003-09-30',3), quarter_returns('SPX','2003-09-30',3)]"),
    ('ap_20031001_stocks_end_quarter_slide', 5, "[downs_in_last(t,'2003-09-30',5) for t in ('DJI','SPX','IXIC')]"),
    ('ap_20031001_stocks_end_quarter_slide', 6, "chg('DJI','2003-09-30')"),
    ('ap_20031001_stocks_end_quarter_slide', 7, "pct('DJI','2003-09-30')"),
    ('ap_20031001_stocks_end_quarter_slide', 8, "close('DJI','2003-09-30')"),
    ('ap_20031001_stocks_end_quarter_slide', 9, "chg('DJI','2003-09-29')"),
    ('ap_20031001_stocks_end_quarter_slide', 10, "round(chg('DJI','2003-09-29') + chg('DJI','2003-09-30'), 2)"),
    ('ap_20031001_stocks_end_quarter_slide', 11, "chg('IXIC','2003-09-30')"),
    ('ap_20031001_stocks_end_quarter_slide', 12, "pct('IXIC','2003-09-30')"),
    ('ap_20031001_stocks_end_quarter_slide', 13, "close('IXIC','2003-09-30')"),
    ('ap_20031001_stocks_end_quarter_slide', 14, "chg('SPX','2003-09-30')"),
    ('ap_20031001_stocks_end_quarter_slide', 15, "pct('SPX','2003-09-30')"),
    ('ap_20031001_stocks_end_quarter_slide', 16, "close('SPX','2003-09-30')"),
    ('ap_20031001_stocks_end_quarter_slide', 17, None),
    ('chicagotribune_20040701_fed_hike_yawn', 1, "[fed_target('2004-06-29'), fed_target('2004-06-30')]"),
    ('chicagotribune_20040701_fed_hike_yawn', 2, "[chg(t,'2004-06-30') for t in ('DJI','SPX','IXIC')]"),
    ('chicagotribune_20040701_fed_hike_yawn', 3, "[low_chg(t,'2004-06-30') for t in ('DJI','SPX','IXIC')]"),
    ('chicagotribune_20040701_fed_hike_yawn', 4, "chg('DJI','2004-06-30')"),
    ('chicagotribune_20040701_fed_hike_yawn', 5, "close('DJI','2004-06-30')"),
    ('chicagotribune_20040701_fed_hike_yawn', 6, "chg('SPX','2004-06-30')"),
    ('chicagotribune_20040701_fed_hike_yawn', 7, "close('SPX','2004-06-30')"),
    ('chicagotribune_20040701_fed_hike_yawn', 8, "chg('IXIC','2004-06-30')"),
    ('chicagotribune_20040701_fed_hike_yawn', 9, "close('IXIC','2004-06-30')"),
    ('chicagotribune_20040701_fed_hike_yawn', 10, "last_target_rise_before('2004-06-30')"),
    ('chicagotribune_20040701_fed_hike_yawn', 11, None),
    ('chicagotribune_20040701_fed_hike_yawn', 12, None),
    ('chicagotribune_20040701_fed_hike_yawn', 13, "half_pct('SPX','2004-06-30')"),
    ('chicagotribune_20040701_fed_hike_yawn', 14, "qtd_pct('SPX','2004-06-30')"),
    ('chicagotribune_20040701_fed_hike_yawn', 15, "quarter_returns('SPX','2004-06-30',6)"),
    ('adweek_200501_same_old_story', 1, "week_pct('DJI','2005-01-21')"),
    ('adweek_200501_same_old_story', 2, "close('DJI','2005-01-21')"),
    ('adweek_200501_same_old_story', 3, "week_streak('DJI','2005-01-21')"),
    ('adweek_200501_same_old_story', 4, "week_pct('IXIC','2005-01-21')"),
    ('adweek_200501_same_old_story', 5, "close('IXIC','2005-01-21')"),
    ('adweek_200501_same_old_story', 6, "not is_trading_day('DJI','2005-01-17')"),
    ('adweek_200501_same_old_story', 7, None),
    ('latimes_20050310_nasdaq_music_died', 1, "max_close('IXIC','1971-01-01','2005-03-09')"),
    ('latimes_20050310_nasdaq_music_died', 2, "close('IXIC','2000-03-10')"),
    ('latimes_20050310_nasdaq_music_died', 3, None),
    ('latimes_20050310_nasdaq_music_died', 4, "close('IXIC','2005-03-09')"),
    ('latimes_20050310_nasdaq_music_died', 5, "pct_below('IXIC','2005-03-09',5048.62)"),
    ('latimes_20050310_nasdaq_music_died', 6, "round(close('IXIC','2000-03-10') - min_close('IXIC','1999-11-10','2000-03-10')[1], 2)"),
    ('latimes_20060722_nasdaq_closer_to_bear', 1, "[streak(t,'2006-07-21') for t in ('DJI','SPX','IXIC')]"),
    ('latimes_20060722_nasdaq_closer_to_bear', 2, "chg('IXIC','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 3, "pct('IXIC','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 4, "close('IXIC','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 5, "lowest_close_since('IXIC','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 6, "pct_below_max('IXIC','2006-07-21','2001-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 7, "max_close('IXIC','2001-07-21','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 8, "chg('DJI','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 9, "pct('DJI','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 10, "close('DJI','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 11, "chg('SPX','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 12, "pct('SPX','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 13, "close('SPX','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 14, "chg('RUT','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 15, "pct('RUT','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 16, "close('RUT','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 17, "min_close('RUT','2006-06-01','2006-06-30')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 18, "pct_below_max('RUT','2006-07-21','1987-09-10')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 19, "max_close('RUT','1987-09-10','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 20, "ytd_pct('RUT','2006-07-21')"),
    ('latimes_20060722_nasdaq_closer_to_bear', 21, None),
    ('crossingwallstreet_20070327_nasdaq100_seven_years', 1, "max_close('IXIC','1971-01-01','2007-03-26')"),
    ('crossingwallstreet_20070327_nasdaq100_seven_years', 2, "max_close('NDX','1985-10-01','2007-03-26')"),
    ('crossingwallstreet_20070327_nasdaq100_seven_years', 3, "pct_below('NDX','2007-03-26',4704.73)"),
    ('crossingwallstreet_20070327_nasdaq100_seven_years', 4, "round(100 * (1 - min_close('NDX','2002-10-01','2002-10-31')[1] / 4704.73), 3)"),
    ('crossingwallstreet_20070327_nasdaq100_seven_years', 5, "pct_between('NDX','2002-10-07','2007-03-26')"),
    ('crossingwallstreet_20070327_nasdaq100_seven_years', 6, None),
    ('crossingwallstreet_20070327_nasdaq100_seven_years', 7, None),
    ('moszer_20080629_fourth_losing_week', 1, "week_streak('IXIC','2008-06-27')"),
    ('moszer_20080629_fourth_losing_week', 2, "week_streak('SPX','2008-06-27')"),
    ('moszer_20080629_fourth_losing_week', 3, "pct('IXIC','2008-06-27')"),
    ('moszer_20080629_fourth_losing_week', 4, "pct('SPX','2008-06-27')"),
    ('moszer_20080629_fourth_losing_week', 5, "pct('DJI','2008-06-27')"),
    ('moszer_20080629_fourth_losing_week', 6, "[pct(t,'2008-06-27') for t in ('DJI','SPX','IXIC')]"),
    ('moszer_20080629_fourth_losing_week', 7, "week_pct('DJI','2008-06-27')"),
    ('moszer_20080629_fourth_losing_week', 8, "sum(1 for x in weekly_returns('DJI','2008-06-27',6) if x < 0)"),
    ('moszer_20080629_fourth_losing_week', 9, "len(weeks_le_list('DJI','2008-01-01','2008-06-27',-4))"),
    ('moszer_20080629_fourth_losing_week', 10, "weekly_returns('DJI','2008-01-04',1)[0]"),
    ('moszer_20080629_fourth_losing_week', 11, "sum(1 for x in weekly_returns('IXIC','2008-06-27',6) if x < 0)"),
    ('moszer_20080629_fourth_losing_week', 12, "sum(1 for x in weekly_returns('SPX','2008-06-27',6) if x < 0)"),
    ('moszer_20080629_fourth_losing_week', 13, "count_weeks_le('SPX','2000-01-01','2008-06-27',-4)"),
    ('moszer_20080629_fourth_losing_week', 14, "len(weeks_le_list('SPX','2003-03-11','2007-10-09',-4))"),
    ('moszer_20080629_fourth_losing_week', 15, "pct('SPX','2008-06-27')"),
    ('marketrewind_20081004_week40_rewind', 1, "week_pct('SPY','2008-10-03')"),
    ('marketrewind_20081004_week40_rewind', 2, "high('VIX','2008-09-29')"),
    ('marketrewind_20081004_week40_rewind', 3, "[close('VIX',x) for x in ('2008-09-29','2008-09-30','2008-10-01','2008-10-02','2008-10-03')]"),
    ('marketrewind_20081004_week40_rewind', 4, "vix_ma_stretch('2008-10-03',15)"),
    ('marketrewind_20081004_week40_rewind', 5, None),
    ('marketrewind_20081004_week40_rewind', 6, None),
    ('marketrewind_20081004_week40_rewind', 7, None),
    ('marketrewind_20081004_week40_rewind', 8, "len(weeks_le_list('SPY','1998-10-01','2008-09-30',-8.697))"),
    ('marketrewind_20081004_week40_rewind', 9, "weekly_returns('SPY','2000-04-14',1)[0]"),
    ('marketrewind_20081004_week40_rewind', 10, "weekly_returns('SPY','2001-09-21',1)[0]"),
    ('marketrewind_20081004_week40_rewind', 11, "[weekly_returns('SPY','2000-04-21',1)[0], weekly_returns('SPY','2001-09-28',1)[0]]"),
    ('tnj_20090331_quarter_end_rebound', 1, "chg('DJI','2009-03-31')"),
    ('tnj_20090331_quarter_end_rebound', 2, "mtd_pct('DJI','2009-03-31')"),
    ('tnj_20090331_quarter_end_rebound', 3, "streak('DJI','2009-03-30')"),
    ('tnj_20090331_quarter_end_rebound', 4, "pct_between('DJI','2009-03-09','2009-03-26')"),
    ('cnnmoney_20100119_rally_recharges', 1, "chg('DJI','2010-01-19')"),
    ('cnnmoney_20100119_rally_recharges', 2, "pct('DJI','2010-01-19')"),
    ('cnnmoney_20100119_rally_recharges', 3, "chg('SPX','2010-01-19')"),
    ('cnnmoney_20100119_rally_recharges', 4, "pct('SPX','2010-01-19')"),
    ('cnnmoney_20100119_rally_recharges', 5, "chg('IXIC','2010-01-19')"),
    ('cnnmoney_20100119_rally_recharges', 6, "pct('IXIC','2010-01-19')"),
    ('cnnmoney_20100119_rally_recharges', 7, "highest_close_since('DJI','2010-01-19')"),
    ('cnnmoney_20100119_rally_recharges', 8, "highest_close_since('SPX','2010-01-19')"),
    ('cnnmoney_20100119_rally_recharges', 9, "highest_close_since('IXIC','2010-01-19')"),
    ('cnnmoney_20100119_rally_recharges', 10, "not is_trading_day('DJI','2010-01-18')"),
    ('cnnmoney_20100119_rally_recharges', 11, None),
    ('ap_20110624_treasury_yields_2011_low', 1, "min_yield('US10Y','2011-01-01','2011-06-24')"),
    ('ap_20110624_treasury_yields_2011_low', 2, "yld('US10Y','2011-06-24')"),
    ('ap_20110624_treasury_yields_2011_low', 3, "yld('US10Y','2011-06-24')"),
    ('ap_20110624_treasury_yields_2011_low', 4, "yld('US10Y','2011-06-23')"),
    ('ap_20110624_treasury_yields_2011_low', 5, None),
    ('ap_20110624_treasury_yields_2011_low', 6, None),
    ('ap_20110624_treasury_yields_2011_low', 7, "yld('US2Y','2011-06-24')"),
    ('ap_20110624_treasury_yields_2011_low', 8, "yld('US2Y','2011-06-23')"),
    ('ap_20120406_worst_week_of_2012', 1, "last_week_as_bad('SPX','2012-04-05')"),
    ('ap_20120406_worst_week_of_2012', 2, "week_pct('SPX','2012-04-05')"),
    ('ap_20120406_worst_week_of_2012', 3, "last_week_as_bad('SPX','2012-04-05')"),
    ('ap_20120406_worst_week_of_2012', 4, "not is_trading_day('SPX','2012-04-06')"),
    ('ap_20120406_worst_week_of_2012', 5, "chg('SPX','2012-04-05')"),
    ('ap_20120406_worst_week_of_2012', 6, "close('SPX','2012-04-05')"),
    ('ap_20120406_worst_week_of_2012', 7, "chg('DJI','2012-04-05')"),
    ('ap_20120406_worst_week_of_2012', 8, "close('DJI','2012-04-05')"),
    ('ap_20120406_worst_week_of_2012', 9, "chg('IXIC','2012-04-05')"),
    ('ap_20120406_worst_week_of_2012', 10, "close('IXIC','2012-04-05')"),
    ('ap_20120406_worst_week_of_2012', 11, "chg('DJI','2012-04-04')"),
    ('ap_20120406_worst_week_of_2012', 12, "last_pts_loss_as_big('DJI','2012-04-04')"),
    ('ap_20120406_worst_week_of_2012', 13, "[quarter_returns(t,'2012-03-30',1)[0] for t in ('DJI','SPX','IXIC')]"),
    ('ap_20120406_worst_week_of_2012', 14, "[last_q1_as_strong(t, 2012) for t in ('SPX','DJI','IXIC')]"),
    ('cityindex_20121025_fomc_mixed', 1, "[pct(t,'2012-10-24') for t in ('DJI','SPX','IXIC')]"),
    ('cityindex_20121025_fomc_mixed', 2, "fomc_day('2012-10-24')"),
    ('cityindex_20121025_fomc_mixed', 3, None),
    ('cityindex_20121025_fomc_mixed', 4, None),
    ('cityindex_20121025_fomc_mixed', 5, "next_fomc_after('2012-10-24')"),
    ('cityindex_20121025_fomc_mixed', 6, "fed_range('2012-10-25')"),
    ('cityindex_20121025_fomc_mixed', 7, "pct('IXIC','2012-10-24')"),
    ('cityindex_20121025_fomc_mixed', 8, "close('IXIC','2012-10-24')"),
    ('cityindex_20121025_fomc_mixed', 9, "pct('DJI','2012-10-24')"),
    ('cityindex_20121025_fomc_mixed', 10, "close('DJI','2012-10-24')"),
]


def evaluate(expr):
    if expr is None:
        return None
    return eval(expr, {k: v for k, v in globals().items() if not k.startswith("__")})


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return math.isclose(float(a), float(b), abs_tol=1e-6)
        except (TypeError, ValueError):
            return False
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
    keyfile = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    key = [json.loads(l) for l in open(keyfile) if l.strip()]
    bykey = {(k["passage_id"], k["claim_index"]): k for k in key}
    mism = 0
    for pid, ci, expr in RECIPES:
        k = bykey.get((pid, ci))
        v = evaluate(expr)
        ok = k is not None and same(v, k["computed_value"])
        if not ok:
            mism += 1
        print(("ok   " if ok else "DIFF ") + f"{pid} #{ci}: {expr} = {v!r}" + ("" if ok else f" (key: {k and k['computed_value']!r})"))
    covered = {(p, c) for p, c, _ in RECIPES}
    for kk in bykey:
        if kk not in covered:
            mism += 1
            print(f"DIFF {kk[0]} #{kk[1]}: no recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mism} mismatches")
    sys.exit(1 if mism else 0)


if __name__ == "__main__":
    main()
