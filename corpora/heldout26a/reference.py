#!/usr/bin/env python3
"""Recompute every computed_value of key.jsonl from the shared market-data CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
       (or set CAPSCOPE_DATA_DIR instead of the first argument)

Each key record is one line of RECIPES below: a call of a small helper over the CSV files.
Prints every recomputed value; the last line is "N recipes, N key records, M mismatches";
exits 1 if any value differs from the key (or a recipe or key record is missing).
Needs pandas.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"RUT": "RUT.csv", "SPX": "GSPC.csv", "DJI": "DJI.csv", "IXIC": "IXIC.csv",
         "US10Y": "DGS10.csv", "IWM": "IWM.csv", "SPY": "SPY.csv"}
DATA_DIR = None
_CACHE = {}


def load(t):
    if t not in _CACHE:
        d = pd.read_csv(os.path.join(DATA_DIR, FILES[t]), parse_dates=["date"]).set_index("date").sort_index()
        if "close" not in d.columns and "value" in d.columns:
            d["close"] = d["value"]
        d = d[d["close"].notna()]
        _CACHE[t] = d
    return _CACHE[t]


def _ts(d):
    return pd.Timestamp(d)


def _r(x, n=4):
    return round(float(x), n)


def close(t, d):
    return _r(load(t).loc[_ts(d), "close"])


def high(t, d):
    return _r(load(t).loc[_ts(d), "high"])


def low(t, d):
    return _r(load(t).loc[_ts(d), "low"])


def prev_close(t, d):
    c = load(t)["close"]
    return float(c.loc[:_ts(d)].iloc[-2])


def day_pct(t, d):
    """Daily change in percent, close vs previous close."""
    return _r((load(t).loc[_ts(d), "close"] / prev_close(t, d) - 1) * 100)


def day_chg(t, d):
    """Daily change in points."""
    return _r(load(t).loc[_ts(d), "close"] - prev_close(t, d))


def win_pct(t, a, b):
    """Close of a to close of b, percent."""
    c = load(t)["close"]
    return _r((c.loc[_ts(b)] / c.loc[_ts(a)] - 1) * 100)


def _last_close_before(t, d):
    c = load(t)["close"]
    return float(c.loc[:_ts(d) - pd.Timedelta(days=1)].iloc[-1])


def ytd(t, d):
    c = load(t)["close"]
    base = _last_close_before(t, "%d-01-01" % _ts(d).year)
    return _r((c.loc[_ts(d)] / base - 1) * 100)


def mtd(t, d):
    c = load(t)["close"]
    base = _last_close_before(t, _ts(d).strftime("%Y-%m-01"))
    return _r((c.loc[_ts(d)] / base - 1) * 100)


def wtd(t, d):
    """From the last close of the previous week (before Monday) to d."""
    c = load(t)["close"]
    monday = _ts(d) - pd.Timedelta(days=_ts(d).weekday())
    base = _last_close_before(t, monday)
    return _r((c.loc[_ts(d)] / base - 1) * 100)


def month_ret(t, ym):
    c = load(t)["close"]
    p = pd.Period(ym, "M")
    base = _last_close_before(t, p.start_time)
    end = float(c.loc[:p.end_time].iloc[-1])
    return _r((end / base - 1) * 100)


def quarter_ret(t, yq):
    c = load(t)["close"]
    p = pd.Period(yq, "Q")
    base = _last_close_before(t, p.start_time)
    end = float(c.loc[:p.end_time].iloc[-1])
    return _r((end / base - 1) * 100)


def worst_quarter_since_start(t, upto):
    """Quarter label with the lowest price return among full quarters in the file up to `upto`."""
    c = load(t)["close"].loc[:_ts(upto)]
    q = c.resample("QE").last()
    ret = q.pct_change() * 100
    return str(pd.Period(ret.idxmin(), "Q"))


def drawdown(t, a, b):
    """Largest peak-to-trough fall (positive percent) of closes between a and b."""
    c = load(t)["close"].loc[_ts(a):_ts(b)]
    return _r((1 - (c / c.cummax()).min()) * 100)


def pct_below_max_close(t, a, b, d):
    """Distance (positive percent) of close d below the highest close between a and b."""
    c = load(t)["close"]
    m = c.loc[_ts(a):_ts(b)].max()
    return _r((1 - c.loc[_ts(d)] / m) * 100)


def pct_below_record(t, d):
    """Distance (positive percent) of close d below the highest earlier close."""
    c = load(t)["close"]
    m = c.loc[:_ts(d) - pd.Timedelta(days=1)].max()
    return _r((1 - c.loc[_ts(d)] / m) * 100)


def last_move_as_big(t, d):
    """Last session before d with a daily move at least as large (same sign) as d's."""
    c = load(t)["close"]
    p = c.pct_change() * 100
    v = p.loc[_ts(d)]
    e = p.loc[:_ts(d) - pd.Timedelta(days=1)]
    hit = e[e >= v] if v >= 0 else e[e <= v]
    return hit.index[-1].strftime("%Y-%m-%d")


def highest_since(t, d):
    """Last session before d with a close at least as high as d's close."""
    c = load(t)["close"]
    e = c.loc[:_ts(d) - pd.Timedelta(days=1)]
    hit = e[e >= c.loc[_ts(d)]]
    return hit.index[-1].strftime("%Y-%m-%d")


def is_record_close(t, d):
    c = load(t)["close"]
    return bool(c.loc[_ts(d)] > c.loc[:_ts(d) - pd.Timedelta(days=1)].max())


def is_record_high(t, d):
    h = load(t)["high"]
    return bool(h.loc[_ts(d)] > h.loc[:_ts(d) - pd.Timedelta(days=1)].max())


def record_close_dates(t, a, b):
    """Sessions in [a, b] whose close is above every earlier close in the file."""
    c = load(t)["close"]
    prior = c.cummax().shift(1)
    rec = c[(c > prior)].loc[_ts(a):_ts(b)]
    return [x.strftime("%Y-%m-%d") for x in rec.index]


def last_record_close_before(t, d):
    c = load(t)["close"]
    prior = c.cummax().shift(1)
    rec = c[(c > prior)].loc[:_ts(d) - pd.Timedelta(days=1)]
    return rec.index[-1].strftime("%Y-%m-%d")


def sessions_between(t, a, b):
    idx = load(t).index
    return int(idx.get_loc(_ts(b)) - idx.get_loc(_ts(a)))


def years_between(a, b):
    return _r((_ts(b) - _ts(a)).days / 365.25, 2)


def rel_streak(a, b, d):
    """Consecutive sessions ending d on which a's daily % change beat b's."""
    pa = load(a)["close"].pct_change()
    pb = load(b)["close"].pct_change()
    o = (pa - pb).dropna() > 0
    o = o.loc[:_ts(d)]
    n = 0
    for v in reversed(o.values):
        if not v:
            break
        n += 1
    return n


def last_rel_streak_at_least(a, b, d, n):
    """Last session before d on which the a-beats-b streak was at least n sessions long."""
    pa = load(a)["close"].pct_change()
    pb = load(b)["close"].pct_change()
    o = ((pa - pb).dropna() > 0).loc[:_ts(d) - pd.Timedelta(days=1)]
    st = o.astype(int).groupby((~o).cumsum()).cumsum()
    return st[st >= n].index[-1].strftime("%Y-%m-%d")


def _weekly(t, d):
    c = load(t)["close"].loc[:_ts(d)]
    return c.resample("W-FRI").last().dropna()


def weekly_down_streak(t, d):
    """Consecutive weekly declines ending with the week of d (week closes: last close of each week)."""
    w = _weekly(t, d)
    dn = (w.diff() < 0).values[1:]
    n = 0
    for v in reversed(dn):
        if not v:
            break
        n += 1
    return n


def weekly_up_streak(t, d):
    """Consecutive weekly gains ending with the week of d."""
    w = _weekly(t, d)
    up = (w.diff() > 0).values[1:]
    n = 0
    for v in reversed(up):
        if not v:
            break
        n += 1
    return n


def weekly_downs_in_last(t, d, k):
    w = _weekly(t, d)
    return int((w.diff() < 0).iloc[-k:].sum())


def last_weekly_close_at_or_below(t, d):
    """Last earlier week whose close is at or below the close of the week of d."""
    w = _weekly(t, d)
    e = w.iloc[:-1]
    return e[e <= w.iloc[-1]].index[-1].strftime("%Y-%m-%d")


def min_low(t, a, b):
    return _r(load(t)["low"].loc[_ts(a):_ts(b)].min())


def first_low_below(t, level, a, b):
    """First session in [a, b] whose intraday low is below level."""
    lo = load(t)["low"].loc[_ts(a):_ts(b)]
    return lo[lo < level].index[0].strftime("%Y-%m-%d")


def first_close_below(t, level, a, b):
    c = load(t)["close"].loc[_ts(a):_ts(b)]
    return c[c < level].index[0].strftime("%Y-%m-%d")


def pct_above(x, y):
    return _r((x / y - 1) * 100)


def ten_day_pct(t, d):
    """Close d vs close 10 sessions earlier, percent."""
    c = load(t)["close"]
    i = c.index.get_loc(_ts(d))
    return _r((c.iloc[i] / c.iloc[i - 10] - 1) * 100)


def ten_day_rank(t, d):
    """Rank of the 10-session gain ending d among all 10-session gains in the file up to d (1 = largest)."""
    c = load(t)["close"].loc[:_ts(d)]
    g = (c / c.shift(10) - 1).dropna()
    return int(g.rank(ascending=False).loc[_ts(d)])


def yield_on(t, d):
    return _r(load(t).loc[_ts(d), "close"], 2)


RECIPES = {
    # forexlive_20230602_laggards_take_control
    "forexlive_20230602_laggards_take_control#1": "day_chg('DJI','2023-06-02')",
    "forexlive_20230602_laggards_take_control#2": "day_pct('DJI','2023-06-02')",
    "forexlive_20230602_laggards_take_control#3": "close('DJI','2023-06-02')",
    "forexlive_20230602_laggards_take_control#4": "last_move_as_big('DJI','2023-06-02')",
    "forexlive_20230602_laggards_take_control#5": "day_pct('DJI','2023-01-06')",
    "forexlive_20230602_laggards_take_control#6": "day_chg('SPX','2023-06-02')",
    "forexlive_20230602_laggards_take_control#7": "day_pct('SPX','2023-06-02')",
    "forexlive_20230602_laggards_take_control#8": "close('SPX','2023-06-02')",
    "forexlive_20230602_laggards_take_control#9": "last_move_as_big('SPX','2023-06-02')",
    "forexlive_20230602_laggards_take_control#10": "day_chg('IXIC','2023-06-02')",
    "forexlive_20230602_laggards_take_control#11": "day_pct('IXIC','2023-06-02')",
    "forexlive_20230602_laggards_take_control#12": "close('IXIC','2023-06-02')",
    "forexlive_20230602_laggards_take_control#13": "day_chg('RUT','2023-06-02')",
    "forexlive_20230602_laggards_take_control#14": "day_pct('RUT','2023-06-02')",
    "forexlive_20230602_laggards_take_control#15": "close('RUT','2023-06-02')",
    "forexlive_20230602_laggards_take_control#16": "last_move_as_big('RUT','2023-06-02')",
    "forexlive_20230602_laggards_take_control#17": "day_pct('RUT','2022-11-10')",
    "forexlive_20230602_laggards_take_control#18": "ytd('DJI','2023-06-02')",
    "forexlive_20230602_laggards_take_control#19": "ytd('SPX','2023-06-02')",
    "forexlive_20230602_laggards_take_control#20": "ytd('IXIC','2023-06-02')",
    "forexlive_20230602_laggards_take_control#21": "ytd('RUT','2023-06-02')",
    "forexlive_20230602_laggards_take_control#22": "wtd('DJI','2023-06-02')",
    "forexlive_20230602_laggards_take_control#23": "wtd('SPX','2023-06-02')",
    "forexlive_20230602_laggards_take_control#24": "wtd('IXIC','2023-06-02')",
    "forexlive_20230602_laggards_take_control#25": "weekly_up_streak('IXIC','2023-06-02')",
    "forexlive_20230602_laggards_take_control#26": "wtd('RUT','2023-06-02')",
    # wallstreetpublication_20211113_inflation_bets_small_caps
    "wallstreetpublication_20211113_inflation_bets_small_caps#1": "mtd('RUT','2021-11-12')",
    "wallstreetpublication_20211113_inflation_bets_small_caps#2": "mtd('SPX','2021-11-12')",
    "wallstreetpublication_20211113_inflation_bets_small_caps#3": "record_close_dates('RUT','2021-03-16','2021-11-02')",
    "wallstreetpublication_20211113_inflation_bets_small_caps#4": "len(record_close_dates('RUT','2021-11-03','2021-11-12'))",
    # mint_20201030_small_stocks_biden_stimulus
    "mint_20201030_small_stocks_biden_stimulus#1": "win_pct('RUT','2020-10-22','2020-10-29')",
    "mint_20201030_small_stocks_biden_stimulus#2": "win_pct('SPX','2020-10-22','2020-10-29')",
    "mint_20201030_small_stocks_biden_stimulus#3": "win_pct('DJI','2020-10-22','2020-10-29')",
    "mint_20201030_small_stocks_biden_stimulus#4": "[mtd('RUT','2020-10-29'), mtd('SPX','2020-10-29'), mtd('DJI','2020-10-29'), mtd('IXIC','2020-10-29')]",
    # ibafin_202507_rut_900_days_without_high
    "ibafin_202507_rut_900_days_without_high#1": "record_close_dates('SPX','2025-06-20','2025-07-03')",
    "ibafin_202507_rut_900_days_without_high#2": "record_close_dates('IXIC','2025-06-20','2025-07-03')",
    "ibafin_202507_rut_900_days_without_high#3": "years_between(last_record_close_before('RUT','2025-07-04'),'2025-07-03')",
    "ibafin_202507_rut_900_days_without_high#4": "sessions_between('RUT', last_record_close_before('RUT','2025-07-04'), '2025-07-03')",
    # forexlive_20250304_brutal_rut_price_action
    "forexlive_20250304_brutal_rut_price_action#1": "pct_below_record('SPX','2025-03-04')",
    "forexlive_20250304_brutal_rut_price_action#2": "pct_below_max_close('RUT','2024-12-01','2024-12-31','2025-03-04')",
    "forexlive_20250304_brutal_rut_price_action#3": "first_low_below('RUT', min_low('RUT','2024-09-01','2024-09-30'), '2024-10-01', '2025-03-04')",
    "forexlive_20250304_brutal_rut_price_action#4": "day_pct('RUT','2025-03-04')",
    # forexlive_20231027_rut_verge_of_breakdown
    "forexlive_20231027_rut_verge_of_breakdown#1": "last_weekly_close_at_or_below('RUT','2023-10-27')",
    "forexlive_20231027_rut_verge_of_breakdown#2": "weekly_down_streak('RUT','2023-10-27')",
    "forexlive_20231027_rut_verge_of_breakdown#3": "weekly_downs_in_last('RUT','2023-10-27',8)",
    "forexlive_20231027_rut_verge_of_breakdown#4": "close('RUT','2023-10-27')",
    "forexlive_20231027_rut_verge_of_breakdown#5": "pct_above(1646, 1641)",
    "forexlive_20231027_rut_verge_of_breakdown#6": "min_low('RUT','2022-06-01','2022-06-30')",
    "forexlive_20231027_rut_verge_of_breakdown#7": "day_pct('RUT','2023-10-27')",
    # marketwired_20110329_russell_world_cap_small_caps
    "marketwired_20110329_russell_world_cap_small_caps#1": "None",
    "marketwired_20110329_russell_world_cap_small_caps#2": "None",
    "marketwired_20110329_russell_world_cap_small_caps#3": "win_pct('RUT','2010-12-31','2011-03-25')",
    "marketwired_20110329_russell_world_cap_small_caps#4": "None",
    "marketwired_20110329_russell_world_cap_small_caps#5": "month_ret('RUT','2011-01')",
    "marketwired_20110329_russell_world_cap_small_caps#6": "month_ret('RUT','2011-02')",
    "marketwired_20110329_russell_world_cap_small_caps#7": "win_pct('RUT','2011-02-28','2011-03-25')",
    # marketwired_20131010_shutdowns_ceilings_markets
    "marketwired_20131010_shutdowns_ceilings_markets#1": "None",
    "marketwired_20131010_shutdowns_ceilings_markets#2": "[win_pct('RUT','1995-11-13','1996-01-05'), win_pct('RUT','1995-11-14','1996-01-05')]",
    "marketwired_20131010_shutdowns_ceilings_markets#3": "win_pct('RUT','1995-11-14','1996-01-05')",
    "marketwired_20131010_shutdowns_ceilings_markets#4": "win_pct('RUT','2011-05-16','2011-08-02')",
    "marketwired_20131010_shutdowns_ceilings_markets#5": "[win_pct('RUT','2011-05-16','2011-08-02'), win_pct('SPX','2011-05-16','2011-08-02')]",
    "marketwired_20131010_shutdowns_ceilings_markets#6": "win_pct('RUT','2013-09-30','2013-10-09')",
    "marketwired_20131010_shutdowns_ceilings_markets#7": "[win_pct('RUT','2013-09-30','2013-10-09'), win_pct('SPX','2013-09-30','2013-10-09')]",
    # smallcapnetwork_20251003_records_despite_shutdown
    "smallcapnetwork_20251003_records_despite_shutdown#1": "is_record_high('SPX','2025-10-03')",
    "smallcapnetwork_20251003_records_despite_shutdown#2": "is_record_high('IXIC','2025-10-03')",
    "smallcapnetwork_20251003_records_despite_shutdown#3": "day_pct('SPX','2025-10-03')",
    "smallcapnetwork_20251003_records_despite_shutdown#4": "day_pct('DJI','2025-10-03')",
    "smallcapnetwork_20251003_records_despite_shutdown#5": "day_pct('IXIC','2025-10-03')",
    "smallcapnetwork_20251003_records_despite_shutdown#6": "day_pct('RUT','2025-10-03')",
    "smallcapnetwork_20251003_records_despite_shutdown#7": "None",
    # financeprop_20210224_dow_record_rut_outperforms
    "financeprop_20210224_dow_record_rut_outperforms#1": "is_record_close('DJI','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#2": "day_pct('RUT','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#3": "high('DJI','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#4": "is_record_high('DJI','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#5": "day_chg('RUT','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#6": "close('RUT','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#7": "day_chg('IXIC','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#8": "day_pct('IXIC','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#9": "close('IXIC','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#10": "day_chg('SPX','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#11": "day_pct('SPX','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#12": "close('SPX','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#13": "day_chg('DJI','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#14": "day_pct('DJI','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#15": "close('DJI','2021-02-24')",
    "financeprop_20210224_dow_record_rut_outperforms#16": "None",
    "financeprop_20210224_dow_record_rut_outperforms#17": "high('IXIC','2021-02-24')",
    # realmoney_20230607_small_cap_dogs_tuesday
    "realmoney_20230607_small_cap_dogs_tuesday#1": "day_pct('SPX','2023-06-06')",
    "realmoney_20230607_small_cap_dogs_tuesday#2": "day_pct('DJI','2023-06-06')",
    "realmoney_20230607_small_cap_dogs_tuesday#3": "day_pct('IXIC','2023-06-06')",
    "realmoney_20230607_small_cap_dogs_tuesday#4": "day_pct('RUT','2023-06-06')",
    "realmoney_20230607_small_cap_dogs_tuesday#5": "highest_since('RUT','2023-06-06')",
    "realmoney_20230607_small_cap_dogs_tuesday#6": "ytd('RUT','2023-06-06')",
    "realmoney_20230607_small_cap_dogs_tuesday#7": "None",
    "realmoney_20230607_small_cap_dogs_tuesday#8": "None",
    # ttm_20260113_small_caps_longest_streak_since_2019
    "ttm_20260113_small_caps_longest_streak_since_2019#1": "is_record_close('RUT','2026-01-12')",
    "ttm_20260113_small_caps_longest_streak_since_2019#2": "rel_streak('RUT','SPX','2026-01-12')",
    "ttm_20260113_small_caps_longest_streak_since_2019#3": "last_rel_streak_at_least('RUT','SPX','2026-01-12',8)",
    "ttm_20260113_small_caps_longest_streak_since_2019#4": "month_ret('SPX','2018-12')",
    "ttm_20260113_small_caps_longest_streak_since_2019#5": "month_ret('RUT','2018-12')",
    "ttm_20260113_small_caps_longest_streak_since_2019#6": "month_ret('RUT','2019-01')",
    "ttm_20260113_small_caps_longest_streak_since_2019#7": "month_ret('SPX','2019-01')",
    # dailytradealert_20200415_small_cap_buying_time
    "dailytradealert_20200415_small_cap_buying_time#1": "quarter_ret('RUT','2020Q1')",
    "dailytradealert_20200415_small_cap_buying_time#2": "worst_quarter_since_start('RUT','2020-03-31')",
    "dailytradealert_20200415_small_cap_buying_time#3": "win_pct('RUT','2020-02-20','2020-03-18')",
    "dailytradealert_20200415_small_cap_buying_time#4": "drawdown('RUT','2000-03-01','2002-10-31')",
    "dailytradealert_20200415_small_cap_buying_time#5": "drawdown('RUT','2007-07-01','2009-03-31')",
    # sentimentrader_20201008_small_cap_surge
    "sentimentrader_20201008_small_cap_surge#1": "ten_day_pct('RUT','2020-10-08')",
    "sentimentrader_20201008_small_cap_surge#2": "ten_day_pct('RUT','2020-10-08')",
    "sentimentrader_20201008_small_cap_surge#3": "ten_day_rank('RUT','2020-10-08')",
    "sentimentrader_20201008_small_cap_surge#4": "None",
    # pwco_20161228_small_cap_stocks_election
    "pwco_20161228_small_cap_stocks_election#1": "None",
    "pwco_20161228_small_cap_stocks_election#2": "ytd('RUT','2016-10-31')",
    "pwco_20161228_small_cap_stocks_election#3": "None",
    "pwco_20161228_small_cap_stocks_election#4": "round(win_pct('RUT','2016-11-08','2016-11-18') - win_pct('SPX','2016-11-08','2016-11-18'), 4)",
    "pwco_20161228_small_cap_stocks_election#5": "round(ytd('RUT','2016-11-30') - ytd('SPX','2016-11-30'), 4)",
}


def _same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-3
        except (TypeError, ValueError):
            return False
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def compute(key):
    return eval(RECIPES[key])  # recipes are the fixed expressions above


def main(argv):
    global DATA_DIR
    DATA_DIR = argv[1] if len(argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA_DIR:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
    key_path = argv[2] if len(argv) > 2 else os.path.join(HERE, "key.jsonl")
    records = [json.loads(l) for l in open(key_path) if l.strip()]
    bad = 0
    seen = set()
    for rec in records:
        k = "%s#%d" % (rec["passage_id"], rec["claim_index"])
        seen.add(k)
        if k not in RECIPES:
            print("MISSING RECIPE", k)
            bad += 1
            continue
        v = compute(k)
        ok = _same(v, rec["computed_value"])
        if not ok:
            bad += 1
        print("%-6s %s = %s%s" % ("ok" if ok else "DIFF", k, json.dumps(v), "" if ok else "  (key: %s)" % json.dumps(rec["computed_value"])))
    for k in RECIPES:
        if k not in seen:
            print("RECIPE WITHOUT KEY RECORD", k)
            bad += 1
    print("%d recipes, %d key records, %d mismatches" % (len(RECIPES), len(records), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
