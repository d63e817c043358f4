#!/usr/bin/env python3
"""Recompute every computed_value of heldout30c/key.jsonl from the market-data CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
       (or set CAPSCOPE_DATA_DIR). Needs pandas. Exits 1 on any mismatch.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"SPX": "GSPC.csv", "DJI": "DJI.csv", "IXIC": "IXIC.csv", "RUT": "RUT.csv",
         "VIX": "VIX.csv", "NDX": "NDX.csv", "US10Y": "DGS10.csv", "DGS2": "DGS2.csv",
         "FOMC": "FOMC_meetings.csv"}
DATA_DIR = None
_CACHE = {}


def _ts(d):
    return pd.Timestamp(d)


def df(t):
    if t not in _CACHE:
        x = pd.read_csv(os.path.join(DATA_DIR, FILES[t]), parse_dates=["date"])
        x = x.set_index("date").sort_index()
        if "close" in x.columns:
            x = x[x["close"].notna()]
        elif "value" in x.columns:
            x = x[pd.to_numeric(x["value"], errors="coerce").notna()]
            x["value"] = x["value"].astype(float)
        _CACHE[t] = x
    return _CACHE[t]


def r2(v):
    return round(float(v), 2)


def r4(v):
    return round(float(v), 4)


def close(t, d):
    return r2(df(t).loc[_ts(d), "close"])


def high(t, d):
    return r2(df(t).loc[_ts(d), "high"])


def low(t, d):
    return r2(df(t).loc[_ts(d), "low"])


def prev_day(t, d, n=1):
    x = df(t)
    i = x.index.get_loc(_ts(d))
    return str(x.index[i - n].date())


def chg(t, d):
    """Daily point change, close vs previous close."""
    x = df(t)["close"]
    i = x.index.get_loc(_ts(d))
    return r2(x.iloc[i] - x.iloc[i - 1])


def pct(t, d):
    """Daily % change, close vs previous close."""
    x = df(t)["close"]
    i = x.index.get_loc(_ts(d))
    return r4(100 * (x.iloc[i] / x.iloc[i - 1] - 1))


def win_pct(t, d0, d1):
    """% change from the close of d0 to the close of d1."""
    x = df(t)["close"]
    return r4(100 * (x.loc[_ts(d1)] / x.loc[_ts(d0)] - 1))


def win_pts(t, d0, d1):
    x = df(t)["close"]
    return r2(x.loc[_ts(d1)] - x.loc[_ts(d0)])


def last_close_before(t, d):
    """Last close strictly before calendar date d (e.g. last close of the previous year)."""
    x = df(t)["close"]
    return str(x[x.index < _ts(d)].index[-1].date())


def ytd_pct(t, d):
    return win_pct(t, last_close_before(t, str(_ts(d).year) + "-01-01"), d)


def ytd_pts(t, d):
    return win_pts(t, last_close_before(t, str(_ts(d).year) + "-01-01"), d)


def year_pct(t, year):
    return win_pct(t, last_close_before(t, "%d-01-01" % year), last_close_before(t, "%d-01-01" % (year + 1)))


def last_close_ge(t, d, level=None):
    """Last session before d whose close is >= level (default: d's own close): 'highest close since'."""
    x = df(t)["close"]
    lv = x.loc[_ts(d)] if level is None else level
    s = x[(x.index < _ts(d)) & (x >= lv)]
    return str(s.index[-1].date()) if len(s) else None


def last_close_le(t, d, level=None):
    """Last session before d whose close is <= level (default: d's own close): 'lowest close since'."""
    x = df(t)["close"]
    lv = x.loc[_ts(d)] if level is None else level
    s = x[(x.index < _ts(d)) & (x <= lv)]
    return str(s.index[-1].date()) if len(s) else None


def last_high_gt(t, d, level):
    """Last session before d whose intraday high exceeded level."""
    x = df(t)["high"]
    s = x[(x.index < _ts(d)) & (x > level)]
    return str(s.index[-1].date()) if len(s) else None


def last_low_lt(t, d, level):
    """Last session before d whose intraday low was below level."""
    x = df(t)["low"]
    s = x[(x.index < _ts(d)) & (x < level)]
    return str(s.index[-1].date()) if len(s) else None


def last_drop_as_big(t, d, kind="pct"):
    """Last session before d with a daily decline at least as large (pct or points)."""
    x = df(t)["close"]
    m = (x.pct_change() if kind == "pct" else x.diff())
    v = m.loc[_ts(d)]
    s = m[(m.index < _ts(d)) & (m <= v)]
    return str(s.index[-1].date()) if len(s) else None


def max_close_between(t, d0, d1):
    x = df(t)["close"]
    s = x[(x.index >= _ts(d0)) & (x.index <= _ts(d1))]
    return [str(s.idxmax().date()), r2(s.max())]


def max_high_between(t, d0, d1):
    x = df(t)["high"]
    s = x[(x.index >= _ts(d0)) & (x.index <= _ts(d1))]
    return [str(s.idxmax().date()), r2(s.max())]


def is_record_close(t, d):
    x = df(t)["close"]
    return bool(x.loc[_ts(d)] > x[x.index < _ts(d)].max())


def is_record_high(t, d):
    x = df(t)["high"]
    return bool(x.loc[_ts(d)] > x[x.index < _ts(d)].max())


def prior_record_close(t, d):
    """[date, close] of the highest close before d."""
    x = df(t)["close"]
    s = x[x.index < _ts(d)]
    return [str(s.idxmax().date()), r2(s.max())]


def count_record_closes(t, d0, d1):
    """Number of record closes (above every earlier close) in [d0, d1]."""
    x = df(t)["close"]
    rec = x > x.cummax().shift(1)
    return int(rec[(rec.index >= _ts(d0)) & (rec.index <= _ts(d1))].sum())


def streak(t, d):
    """Signed run of consecutive up (+) or down (-) closes ending at d."""
    x = df(t)["close"].diff()
    x = x[x.index <= _ts(d)]
    sign = 1 if x.iloc[-1] > 0 else -1
    n = 0
    for v in x.iloc[::-1]:
        if (v > 0 and sign > 0) or (v < 0 and sign < 0):
            n += 1
        else:
            break
    return sign * n


def low_vs_close_n_before(t, d, n):
    """% from the close n sessions before d to d's intraday low."""
    x = df(t)
    i = x.index.get_loc(_ts(d))
    return r4(100 * (x["low"].iloc[i] / x["close"].iloc[i - n] - 1))


def intraday_low_pts(t, d):
    """Intraday low of d minus the previous close (points)."""
    x = df(t)
    i = x.index.get_loc(_ts(d))
    return r2(x["low"].iloc[i] - x["close"].iloc[i - 1])


def yld(s, d):
    return r2(df(s).loc[_ts(d), "value"])


def is_fomc_day(d):
    return bool(_ts(d) in df("FOMC").index)


def count_record_closes_year(t, year):
    return count_record_closes(t, "%d-01-01" % year, "%d-12-31" % year)


def month_pct(t, year, month):
    start = "%d-%02d-01" % (year, month)
    end = (pd.Timestamp(start) + pd.offsets.MonthBegin(1)).strftime("%Y-%m-%d")
    return win_pct(t, last_close_before(t, start), last_close_before(t, end))


def december_up_streak_before(t, year):
    """How many consecutive Decembers before `year` the index rose."""
    n = 0
    y = year - 1
    while month_pct(t, y, 12) > 0:
        n += 1
        y -= 1
    return n


def years_three_straight_gt10(t, last_year):
    """Years Y <= last_year that end a run of three straight annual gains of more than 10%."""
    first = int(df(t).index[0].year) + 1
    gains = {y: year_pct(t, y) for y in range(first, last_year + 1)}
    return [y for y in range(first + 2, last_year + 1)
            if gains[y] > 10 and gains[y - 1] > 10 and gains[y - 2] > 10
            and not (y - 3 in gains and gains[y - 3] > 10)]


# RECIPES: see the generated table at the end of this file


def weekly_gain_rank_in_year(t, d):
    """Rank of the week ending d (Friday-to-Friday closes) among the weeks of d's year up to d (1 = best)."""
    x = df(t)["close"]
    x = x[x.index <= _ts(d)]
    w = x.groupby(x.index.to_period("W-FRI")).last()
    chg = w.pct_change()
    chg = chg[chg.index.year == _ts(d).year]
    return int((chg >= chg.iloc[-1]).sum())


# ---- RECIPES (generated by build_corpus.py; everything below this line is rewritten) ----
RECIPES = {
    ('washtimes_20031209_dow_just_shy_of_10000', 0): "chg('DJI','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 1): "chg('DJI','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 2): "pct('DJI','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 3): "close('DJI','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 4): "win_pct('DJI','2003-11-28','2003-12-05')",
    ('washtimes_20031209_dow_just_shy_of_10000', 5): "last_close_ge('DJI','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 6): "close('DJI','2002-05-28')",
    ('washtimes_20031209_dow_just_shy_of_10000', 7): "last_high_gt('DJI','2003-12-08',10000)",
    ('washtimes_20031209_dow_just_shy_of_10000', 8): "chg('IXIC','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 9): "pct('IXIC','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 10): "close('IXIC','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 11): "win_pct('IXIC','2003-11-28','2003-12-05')",
    ('washtimes_20031209_dow_just_shy_of_10000', 12): "chg('SPX','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 13): "pct('SPX','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 14): "close('SPX','2003-12-08')",
    ('washtimes_20031209_dow_just_shy_of_10000', 15): "win_pct('SPX','2003-11-28','2003-12-05')",
    ('washtimes_20031209_dow_just_shy_of_10000', 16): "is_fomc_day('2003-12-09')",
    ('nzherald_20041231_blue_chips_thin_trade', 0): "chg('DJI','2004-12-30')",
    ('nzherald_20041231_blue_chips_thin_trade', 1): "pct('DJI','2004-12-30')",
    ('nzherald_20041231_blue_chips_thin_trade', 2): "close('DJI','2004-12-30')",
    ('nzherald_20041231_blue_chips_thin_trade', 3): "chg('SPX','2004-12-30')",
    ('nzherald_20041231_blue_chips_thin_trade', 4): "pct('SPX','2004-12-30')",
    ('nzherald_20041231_blue_chips_thin_trade', 5): "close('SPX','2004-12-30')",
    ('nzherald_20041231_blue_chips_thin_trade', 6): "chg('IXIC','2004-12-30')",
    ('nzherald_20041231_blue_chips_thin_trade', 7): "pct('IXIC','2004-12-30')",
    ('nzherald_20041231_blue_chips_thin_trade', 8): "close('IXIC','2004-12-30')",
    ('labj_20050103_slow_start_to_2005', 0): "last_close_ge('DJI','2004-12-28')",
    ('labj_20050103_slow_start_to_2005', 1): "last_close_ge('SPX','2004-12-30')",
    ('labj_20050103_slow_start_to_2005', 2): "last_close_ge('IXIC','2004-12-30')",
    ('labj_20050103_slow_start_to_2005', 3): "chg('DJI','2005-01-03')",
    ('labj_20050103_slow_start_to_2005', 4): "pct('DJI','2005-01-03')",
    ('labj_20050103_slow_start_to_2005', 5): "close('DJI','2005-01-03')",
    ('labj_20050103_slow_start_to_2005', 6): "chg('SPX','2005-01-03')",
    ('labj_20050103_slow_start_to_2005', 7): "pct('SPX','2005-01-03')",
    ('labj_20050103_slow_start_to_2005', 8): "close('SPX','2005-01-03')",
    ('labj_20050103_slow_start_to_2005', 9): "chg('IXIC','2005-01-03')",
    ('labj_20050103_slow_start_to_2005', 10): "pct('IXIC','2005-01-03')",
    ('labj_20050103_slow_start_to_2005', 11): "close('IXIC','2005-01-03')",
    ('seattletimes_20050827_oil_drop_fails_to_ease', 0): "chg('DJI','2005-08-26')",
    ('seattletimes_20050827_oil_drop_fails_to_ease', 1): "close('DJI','2005-08-26')",
    ('seattletimes_20050827_oil_drop_fails_to_ease', 2): "last_close_le('DJI','2005-08-26')",
    ('seattletimes_20050827_oil_drop_fails_to_ease', 3): "chg('SPX','2005-08-26')",
    ('seattletimes_20050827_oil_drop_fails_to_ease', 4): "close('SPX','2005-08-26')",
    ('seattletimes_20050827_oil_drop_fails_to_ease', 5): "chg('IXIC','2005-08-26')",
    ('seattletimes_20050827_oil_drop_fails_to_ease', 6): "close('IXIC','2005-08-26')",
    ('seattletimes_20050827_oil_drop_fails_to_ease', 7): "win_pct('DJI','2005-08-19','2005-08-26')",
    ('seattletimes_20050827_oil_drop_fails_to_ease', 8): "win_pct('SPX','2005-08-19','2005-08-26')",
    ('seattletimes_20050827_oil_drop_fails_to_ease', 9): "win_pct('IXIC','2005-08-19','2005-08-26')",
    ('irishexaminer_20061006_record_week_ends_quietly', 1): "count_record_closes('DJI','2006-10-02','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 2): "[is_record_high('DJI','2006-10-03'), is_record_high('DJI','2006-10-04'), is_record_high('DJI','2006-10-05')]",
    ('irishexaminer_20061006_record_week_ends_quietly', 3): "chg('DJI','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 4): "pct('DJI','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 5): "close('DJI','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 6): "[close('DJI','2006-10-05'), is_record_close('DJI','2006-10-05')]",
    ('irishexaminer_20061006_record_week_ends_quietly', 7): "chg('SPX','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 8): "pct('SPX','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 9): "close('SPX','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 10): "chg('IXIC','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 11): "pct('IXIC','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 12): "close('IXIC','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 13): "win_pct('SPX','2006-09-29','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 14): "win_pct('IXIC','2006-09-29','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 15): "yld('US10Y','2006-10-06')",
    ('irishexaminer_20061006_record_week_ends_quietly', 16): "yld('US10Y','2006-10-05')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 0): "is_record_close('SPX','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 1): "is_record_close('DJI','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 2): "prior_record_close('SPX','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 3): "chg('SPX','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 4): "pct('SPX','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 5): "close('SPX','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 6): "is_fomc_day('2007-05-09')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 7): "chg('DJI','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 8): "pct('DJI','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 9): "close('DJI','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 10): "[high('DJI','2007-05-30'), is_record_high('DJI','2007-05-30')]",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 11): "chg('IXIC','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 12): "pct('IXIC','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 13): "close('IXIC','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 14): "count_record_closes('DJI','2006-10-01','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 15): "is_record_close('RUT','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 16): "chg('RUT','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 17): "pct('RUT','2007-05-30')",
    ('eastbaytimes_20070531_sp500_first_record_since_2000', 18): "close('RUT','2007-05-30')",
    ('radionz_20080826_economic_jitters_nosedive', 0): "chg('DJI','2008-08-25')",
    ('radionz_20080826_economic_jitters_nosedive', 1): "pct('DJI','2008-08-25')",
    ('radionz_20080826_economic_jitters_nosedive', 2): "close('DJI','2008-08-25')",
    ('radionz_20080826_economic_jitters_nosedive', 3): "chg('IXIC','2008-08-25')",
    ('radionz_20080826_economic_jitters_nosedive', 4): "pct('IXIC','2008-08-25')",
    ('radionz_20080826_economic_jitters_nosedive', 5): "close('IXIC','2008-08-25')",
    ('radionz_20080826_economic_jitters_nosedive', 6): "chg('SPX','2008-08-25')",
    ('radionz_20080826_economic_jitters_nosedive', 7): "pct('SPX','2008-08-25')",
    ('radionz_20080826_economic_jitters_nosedive', 8): "close('SPX','2008-08-25')",
    ('radionz_20081022_wall_st_and_europe_down', 0): "chg('DJI','2008-10-21')",
    ('radionz_20081022_wall_st_and_europe_down', 1): "pct('DJI','2008-10-21')",
    ('radionz_20081022_wall_st_and_europe_down', 2): "close('DJI','2008-10-21')",
    ('radionz_20081022_wall_st_and_europe_down', 3): "chg('SPX','2008-10-21')",
    ('radionz_20081022_wall_st_and_europe_down', 4): "pct('SPX','2008-10-21')",
    ('radionz_20081022_wall_st_and_europe_down', 5): "close('SPX','2008-10-21')",
    ('radionz_20081022_wall_st_and_europe_down', 6): "chg('IXIC','2008-10-21')",
    ('radionz_20081022_wall_st_and_europe_down', 7): "pct('IXIC','2008-10-21')",
    ('radionz_20081022_wall_st_and_europe_down', 8): "close('IXIC','2008-10-21')",
    ('starbulletin_20090116_bank_hopes_turnaround', 0): "chg('DJI','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 1): "pct('DJI','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 2): "close('DJI','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 3): "streak('DJI','2009-01-14')",
    ('starbulletin_20090116_bank_hopes_turnaround', 4): "intraday_low_pts('DJI','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 5): "low('DJI','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 6): "last_low_lt('DJI','2009-01-15',8000)",
    ('starbulletin_20090116_bank_hopes_turnaround', 7): "last_close_le('DJI','2008-11-20')",
    ('starbulletin_20090116_bank_hopes_turnaround', 8): "chg('SPX','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 9): "pct('SPX','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 10): "close('SPX','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 11): "chg('IXIC','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 12): "pct('IXIC','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 13): "close('IXIC','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 14): "chg('RUT','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 15): "pct('RUT','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 16): "close('RUT','2009-01-15')",
    ('starbulletin_20090116_bank_hopes_turnaround', 17): "-low_vs_close_n_before('DJI','2009-01-15',7)",
    ('starbulletin_20090116_bank_hopes_turnaround', 18): "-low_vs_close_n_before('SPX','2009-01-15',7)",
    ('switzer_20110726_debt_cap_deadlock', 0): "chg('DJI','2011-07-25')",
    ('switzer_20110726_debt_cap_deadlock', 1): "pct('DJI','2011-07-25')",
    ('switzer_20110726_debt_cap_deadlock', 2): "close('DJI','2011-07-25')",
    ('switzer_20110726_debt_cap_deadlock', 3): "chg('SPX','2011-07-25')",
    ('switzer_20110726_debt_cap_deadlock', 4): "pct('SPX','2011-07-25')",
    ('switzer_20110726_debt_cap_deadlock', 5): "close('SPX','2011-07-25')",
    ('switzer_20110726_debt_cap_deadlock', 6): "chg('IXIC','2011-07-25')",
    ('switzer_20110726_debt_cap_deadlock', 7): "pct('IXIC','2011-07-25')",
    ('switzer_20110726_debt_cap_deadlock', 8): "close('IXIC','2011-07-25')",
    ('switzer_20110726_debt_cap_deadlock', 9): "yld('US10Y','2011-07-25')",
    ('switzer_20110726_debt_cap_deadlock', 10): "yld('US10Y','2011-07-22')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 0): "win_pct('DJI','2011-06-30','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 1): "win_pct('SPX','2011-06-30','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 2): "win_pct('IXIC','2011-06-30','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 3): "chg('DJI','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 4): "pct('DJI','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 5): "close('DJI','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 6): "last_drop_as_big('DJI','2011-07-27','pts')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 7): "streak('DJI','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 8): "chg('SPX','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 9): "pct('SPX','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 10): "close('SPX','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 11): "chg('IXIC','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 12): "pct('IXIC','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 13): "close('IXIC','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 14): "last_drop_as_big('IXIC','2011-07-27','pct')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 15): "max_close_between('DJI','2011-01-01','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 16): "-win_pct('DJI','2011-04-29','2011-07-27')",
    ('newsday_20110727_shares_plunge_debt_default_nears', 17): "-win_pct('SPX','2011-04-29','2011-07-27')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 0): "chg('DJI','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 1): "pct('DJI','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 2): "close('DJI','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 3): "chg('SPX','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 4): "pct('SPX','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 5): "close('SPX','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 6): "chg('IXIC','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 7): "pct('IXIC','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 8): "close('IXIC','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 9): "win_pct('DJI','2012-06-01','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 10): "win_pct('IXIC','2012-06-01','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 11): "win_pct('SPX','2012-06-01','2012-06-08')",
    ('reutersuk_20120608_sp500_best_week_of_2012', 12): "weekly_gain_rank_in_year('SPX','2012-06-08')",
    ('cityam_20130312_dow_record_vix_low', 0): "is_record_close('DJI','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 1): "streak('SPX','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 2): "last_high_gt('SPX','2013-03-11',high('SPX','2013-03-11'))",
    ('cityam_20130312_dow_record_vix_low', 3): "last_close_le('VIX','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 4): "pct('VIX','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 5): "close('VIX','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 6): "chg('DJI','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 7): "pct('DJI','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 8): "close('DJI','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 9): "chg('SPX','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 10): "pct('SPX','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 11): "close('SPX','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 12): "chg('IXIC','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 13): "pct('IXIC','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 14): "close('IXIC','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 15): "ytd_pct('DJI','2013-03-11')",
    ('cityam_20130312_dow_record_vix_low', 16): "ytd_pct('SPX','2013-03-11')",
    ('gulftimes_20150101_bull_market_another_year', 0): "win_pct('SPX','2009-03-09','2014-12-31')",
    ('gulftimes_20150101_bull_market_another_year', 1): "count_record_closes_year('SPX',2014)",
    ('gulftimes_20150101_bull_market_another_year', 2): "max_close_between('DJI','2014-01-01','2014-12-31')",
    ('gulftimes_20150101_bull_market_another_year', 3): "year_pct('SPX',2013)",
    ('gulftimes_20150101_bull_market_another_year', 5): "year_pct('SPX',2014)",
    ('gulftimes_20150101_bull_market_another_year', 6): "close('SPX','2014-12-31')",
    ('gulftimes_20150101_bull_market_another_year', 7): "pct('SPX','2014-12-31')",
    ('gulftimes_20150101_bull_market_another_year', 8): "month_pct('SPX',2014,12)",
    ('gulftimes_20150101_bull_market_another_year', 9): "december_up_streak_before('SPX',2014)",
    ('gulftimes_20150101_bull_market_another_year', 10): "year_pct('DJI',2014)",
    ('gulftimes_20150101_bull_market_another_year', 11): "close('DJI','2014-12-31')",
    ('gulftimes_20150101_bull_market_another_year', 12): "[close('DJI','2014-12-29'), close('DJI','2014-12-30'), close('DJI','2014-12-31')]",
    ('gulftimes_20150101_bull_market_another_year', 13): "year_pct('RUT',2014)",
    ('gulftimes_20150101_bull_market_another_year', 14): "year_pct('IXIC',2014)",
    ('bbc_20150325_nasdaq_sheds_2_4pct', 0): "pct('IXIC','2015-03-25')",
    ('bbc_20150325_nasdaq_sheds_2_4pct', 1): "chg('IXIC','2015-03-25')",
    ('bbc_20150325_nasdaq_sheds_2_4pct', 2): "close('IXIC','2015-03-25')",
    ('bbc_20150325_nasdaq_sheds_2_4pct', 3): "last_drop_as_big('IXIC','2015-03-25','pct')",
    ('bbc_20150325_nasdaq_sheds_2_4pct', 4): "chg('DJI','2015-03-25')",
    ('bbc_20150325_nasdaq_sheds_2_4pct', 5): "pct('DJI','2015-03-25')",
    ('bbc_20150325_nasdaq_sheds_2_4pct', 6): "close('DJI','2015-03-25')",
    ('bbc_20150325_nasdaq_sheds_2_4pct', 7): "chg('SPX','2015-03-25')",
    ('bbc_20150325_nasdaq_sheds_2_4pct', 8): "pct('SPX','2015-03-25')",
    ('bbc_20150325_nasdaq_sheds_2_4pct', 9): "close('SPX','2015-03-25')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 0): "chg('DJI','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 1): "pct('DJI','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 2): "close('DJI','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 3): "chg('SPX','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 4): "pct('SPX','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 5): "close('SPX','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 6): "chg('IXIC','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 7): "pct('IXIC','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 8): "close('IXIC','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 9): "ytd_pts('DJI','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 10): "ytd_pct('DJI','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 11): "ytd_pts('SPX','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 12): "ytd_pct('SPX','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 13): "ytd_pts('IXIC','2016-06-27')",
    ('canadianbusiness_20160627_brexit_monday_selloff', 14): "ytd_pct('IXIC','2016-06-27')",
}


def eval_recipe(expr):
    return eval(expr, globals())


def same(a, b):
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


def main():
    global DATA_DIR
    DATA_DIR = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA_DIR:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
    key_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    recs = [json.loads(l) for l in open(key_path) if l.strip()]
    mismatches = 0
    seen = set()
    for r in recs:
        k = (r["passage_id"], r["claim_index"])
        expr = RECIPES.get(k)
        if expr is None:
            ok = r["computed_value"] is None
            print("%s #%d: no recipe, computed_value null -> %s" % (k[0], k[1], "ok" if ok else "MISMATCH"))
        else:
            seen.add(k)
            v = eval_recipe(expr)
            ok = same(v, r["computed_value"])
            print("%s #%d: %s = %s -> %s" % (k[0], k[1], expr, json.dumps(v), "ok" if ok else
                                             "MISMATCH (key %s)" % json.dumps(r["computed_value"])))
        if not ok:
            mismatches += 1
    for k in RECIPES:
        if k not in seen:
            print("recipe without key record: %s #%d -> MISMATCH" % k)
            mismatches += 1
    print("%d recipes, %d key records, %d mismatches" % (len(RECIPES), len(recs), mismatches))
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()

