#!/usr/bin/env python3
"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
       (or set CAPSCOPE_DATA_DIR). Exits 1 on any mismatch. Needs pandas.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"RUT": "RUT.csv", "SPX": "GSPC.csv", "DJI": "DJI.csv", "IXIC": "IXIC.csv", "NDX": "NDX.csv",
         "IWM": "IWM.csv", "SPY": "SPY.csv", "QQQ": "QQQ.csv", "VIX": "VIX.csv"}
_CACHE = {}
DATA = None


def df(t):
    if t not in _CACHE:
        d = pd.read_csv(os.path.join(DATA, FILES[t]), parse_dates=["date"]).set_index("date").sort_index()
        _CACHE[t] = d
    return _CACHE[t]


def T(d):
    return pd.Timestamp(d)


def val(t, d, col="close"):
    return round(float(df(t).loc[T(d), col]), 4)


def prev_session(t, d):
    s = df(t).loc[:T(d)].index
    return s[-2]


def pct_change(t, a, b, col="close"):
    x = df(t)[col]
    return round(float(x.loc[T(b)] / x.loc[T(a)] * 100 - 100), 3)


def daily(t, d):
    return pct_change(t, prev_session(t, d), d)


def last_close_before(t, d):
    return df(t).loc[:T(d) - pd.Timedelta(days=1)].index[-1]


def ytd(t, d, col="close"):
    x = df(t)[col].dropna()
    base = x.loc[:T(f"{T(d).year - 1}-12-31")].iloc[-1]
    return round(float(x.loc[T(d)] / base * 100 - 100), 3)


def trailing(t, d, years=0, months=0, col="close"):
    x = df(t)[col].dropna()
    start = x.loc[:T(d) - pd.DateOffset(years=years, months=months)].iloc[-1]
    return round(float(x.loc[T(d)] / start * 100 - 100), 3)


def month_return(t, ym):
    x = df(t)["close"]
    p = pd.Period(ym, "M")
    end = x.loc[:p.end_time.normalize()].iloc[-1]
    start = x.loc[:(p - 1).end_time.normalize()].iloc[-1]
    return round(float(end / start * 100 - 100), 3)


def consecutive_up_months(t, ym):
    n = 0
    p = pd.Period(ym, "M")
    while month_return(t, str(p)) > 0:
        n += 1
        p = p - 1
    return n


def avg_month_return(t, month, y0, y1):
    r = [month_return(t, f"{y}-{month:02d}") for y in range(y0, y1 + 1)]
    return round(sum(r) / len(r), 3)


def below_level(t, d, level, col="close"):
    return round(float((1 - df(t).loc[T(d), col] / level) * 100), 3)


def pct_below_max_close(t, d, col="close", weeks=None):
    x = df(t)["close"].loc[:T(d)]
    if weeks:
        x = x.loc[T(d) - pd.Timedelta(weeks=weeks):]
    return round(float((1 - df(t).loc[T(d), col] / x.max()) * 100), 3)


def max_close_date(t, a=None, b=None):
    x = df(t)["close"].loc[T(a) if a else None:T(b) if b else None]
    return str(x.idxmax().date())


def min_close_date(t, a, b):
    return str(df(t)["close"].loc[T(a):T(b)].idxmin().date())


def max_col(t, a, b, col="high"):
    return round(float(df(t)[col].loc[T(a):T(b)].max()), 4)


def min_col(t, a, b, col="low"):
    return round(float(df(t)[col].loc[T(a):T(b)].min()), 4)


def is_record_close(t, d):
    x = df(t)["close"]
    return bool(x.loc[T(d)] > x.loc[:T(d) - pd.Timedelta(days=1)].max())


def is_record_high(t, d):
    x = df(t)["high"]
    return bool(x.loc[T(d)] > x.loc[:T(d) - pd.Timedelta(days=1)].max())


def prev_record_close_date(t, d):
    x = df(t)["close"].loc[:T(d) - pd.Timedelta(days=1)]
    return str(x.idxmax().date())


def prev_record_high_date(t, d):
    x = df(t)["high"].loc[:T(d) - pd.Timedelta(days=1)]
    return str(x.idxmax().date())


def record_close_dates(t):
    x = df(t)["close"]
    return list(x.index[x >= x.cummax()])


def record_count(t, a, b):
    x = df(t)["close"]
    recs = x.index[x >= x.cummax()]
    return int(((recs >= T(a)) & (recs <= T(b))).sum())


def sessions_between(t, a, b):
    idx = df(t).index
    return int(idx.get_loc(T(b)) - idx.get_loc(T(a)))


def record_gaps(t, upto, n=3):
    """Longest gaps (in sessions) between successive record closes up to `upto`: [[gap, start, end], ...]."""
    idx = df(t).index
    recs = [r for r in record_close_dates(t) if r <= T(upto)]
    g = [[int(idx.get_loc(recs[k + 1]) - idx.get_loc(recs[k])), str(recs[k].date()), str(recs[k + 1].date())]
         for k in range(len(recs) - 1)]
    return sorted(g, reverse=True)[:n]


def sma(t, d, n, inclusive=True):
    x = df(t)["close"].loc[:T(d)]
    if not inclusive:
        x = x.iloc[:-1]
    return round(float(x.iloc[-n:].mean()), 4)


def days_close_below_sma(t, a, b, n):
    x = df(t)["close"]
    m = x.rolling(n).mean()
    s = (x < m).loc[T(a):T(b)]
    return [int(s.sum()), int(len(s))]


def count_close_below_level(t, a, b, level, pct):
    x = df(t)["close"].loc[T(a):T(b)]
    return int(((1 - x / level) * 100 >= pct).sum())


def arith_pct(a, b):
    return round((b / a) * 100 - 100, 3)


def ratio(a, b):
    return round(a / b, 3)


RECIPES = {
 # freelibrary_19990705
 ("businesswire_19990705_russell_2q_small_caps_rebound", 0): "pct_change('RUT','1999-03-31','1999-06-30')",
 ("businesswire_19990705_russell_2q_small_caps_rebound", 1): "None",
 ("businesswire_19990705_russell_2q_small_caps_rebound", 2): "None",
 ("businesswire_19990705_russell_2q_small_caps_rebound", 3): "None",
 ("businesswire_19990705_russell_2q_small_caps_rebound", 4): "[ytd('RUT','1999-06-30'), ytd('SPX','1999-06-30')]",
 # etftrends_20110930
 ("etftrends_20110930_iwm_inflows_small_caps_lag", 0): "None",
 ("etftrends_20110930_iwm_inflows_small_caps_lag", 1): "None",
 ("etftrends_20110930_iwm_inflows_small_caps_lag", 2): "ytd('IWM','2011-09-29')",
 ("etftrends_20110930_iwm_inflows_small_caps_lag", 3): "None",
 ("etftrends_20110930_iwm_inflows_small_caps_lag", 4): "trailing('IWM','2011-09-29',years=1)",
 ("etftrends_20110930_iwm_inflows_small_caps_lag", 5): "None",
 ("etftrends_20110930_iwm_inflows_small_caps_lag", 6): "trailing('IWM','2011-09-29',years=5)",
 ("etftrends_20110930_iwm_inflows_small_caps_lag", 7): "None",
 # etftrends_20111104
 ("etftrends_20111104_iwm_october_inflows", 0): "None",
 ("etftrends_20111104_iwm_october_inflows", 1): "ytd('IWM','2011-11-03')",
 ("etftrends_20111104_iwm_october_inflows", 2): "ytd('SPX','2011-11-03')",
 ("etftrends_20111104_iwm_october_inflows", 3): "[daily('SPX','2011-11-02'), daily('SPX','2011-11-03'), daily('RUT','2011-11-02'), daily('RUT','2011-11-03')]",
 ("etftrends_20111104_iwm_october_inflows", 4): "None",
 # phil_20130103
 ("philstockworld_20130103_rut_record_wednesday", 0): "is_record_close('RUT','2013-01-02')",
 ("philstockworld_20130103_rut_record_wednesday", 1): "daily('RUT','2013-01-02')",
 ("philstockworld_20130103_rut_record_wednesday", 2): "val('RUT','2013-01-02')",
 ("philstockworld_20130103_rut_record_wednesday", 3): "[max_col('RUT','1987-09-10','2012-12-31','high'), val('RUT','2013-01-02','high')]",
 ("philstockworld_20130103_rut_record_wednesday", 4): "[min_close_date('RUT','2012-10-01','2012-12-31'), arith_pct(val('RUT','2012-11-15'), 871.13)]",
 ("philstockworld_20130103_rut_record_wednesday", 5): "pct_change('SPX','2012-11-15','2013-01-02')",
 ("philstockworld_20130103_rut_record_wednesday", 6): "val('SPX','2013-01-02')",
 ("philstockworld_20130103_rut_record_wednesday", 7): "val('DJI','2013-01-02')",
 ("philstockworld_20130103_rut_record_wednesday", 8): "val('IXIC','2013-01-02')",
 ("philstockworld_20130103_rut_record_wednesday", 9): "val('RUT','2013-01-02')",
 ("philstockworld_20130103_rut_record_wednesday", 10): "None",
 # etftrends_20140528
 ("etftrends_20140528_small_cap_departure", 0): "[max_col('RUT','2014-03-01','2014-03-10','high'), below_level('RUT','2014-05-27', max_col('RUT','2014-03-01','2014-03-10','high'))]",
 ("etftrends_20140528_small_cap_departure", 1): "[min_close_date('RUT','2014-05-01','2014-05-27'), pct_change('RUT','2014-05-15','2014-05-27'), arith_pct(min_col('RUT','2014-05-15','2014-05-15','low'), val('RUT','2014-05-27'))]",
 ("etftrends_20140528_small_cap_departure", 2): "None",
 ("etftrends_20140528_small_cap_departure", 3): "None",
 # cginv_201601
 ("cginv_201601_rut_bear_threshold", 0): "max_close_date('RUT','2014-01-01','2015-12-31')",
 ("cginv_201601_rut_bear_threshold", 1): "below_level('RUT','2016-01-11', val('RUT','2015-06-23'), col='low')",
 ("cginv_201601_rut_bear_threshold", 2): "[below_level('RUT','2016-01-11', val('RUT','2015-06-23'), col='low'), below_level('RUT','2016-01-11', val('RUT','2015-06-23'))]",
 ("cginv_201601_rut_bear_threshold", 3): "[max_col('RUT','2007-01-01','2007-12-31','high'), max_col('RUT','2011-01-01','2011-12-31','high')]",
 ("cginv_201601_rut_bear_threshold", 4): "[pct_change('RUT','2013-12-31','2016-01-11'), pct_change('SPX','2013-12-31','2016-01-11')]",
 ("cginv_201601_rut_bear_threshold", 5): "None",
 # etftrends_20170524
 ("etftrends_20170524_iwm_outflows_selloff", 0): "pct_below_max_close('SPX','2017-05-23')",
 ("etftrends_20170524_iwm_outflows_selloff", 1): "None",
 ("etftrends_20170524_iwm_outflows_selloff", 2): "None",
 ("etftrends_20170524_iwm_outflows_selloff", 3): "None",
 # schaeffers_20181106
 ("schaeffers_20181106_iwm_ugly_october", 0): "month_return('IWM','2018-10')",
 ("schaeffers_20181106_iwm_ugly_october", 1): "month_return('SPY','2018-10')",
 ("schaeffers_20181106_iwm_ugly_october", 2): "month_return('QQQ','2018-10')",
 ("schaeffers_20181106_iwm_ugly_october", 3): "[val('IWM','2018-10-09','open'), sma('IWM','2018-10-08',200), val('IWM','2018-10-10','open'), sma('IWM','2018-10-09',200)]",
 ("schaeffers_20181106_iwm_ugly_october", 4): "days_close_below_sma('IWM','2018-10-10','2018-10-31',200)",
 ("schaeffers_20181106_iwm_ugly_october", 5): "[val('IWM','2018-10-10'), sma('IWM','2018-10-10',320), val('IWM','2018-10-11'), sma('IWM','2018-10-11',320)]",
 ("schaeffers_20181106_iwm_ugly_october", 6): "None",
 # cnbc_20250403
 ("cnbc_20250403_rut_first_bear_market", 0): "daily('RUT','2025-04-03')",
 ("cnbc_20250403_rut_first_bear_market", 1): "[is_record_close('RUT','2024-11-25'), prev_record_close_date('RUT','2024-11-26')]",
 ("cnbc_20250403_rut_first_bear_market", 2): "below_level('RUT','2025-04-03', val('RUT','2024-11-25'))",
 ("cnbc_20250403_rut_first_bear_market", 3): "pct_below_max_close('RUT','2025-04-03')",
 ("cnbc_20250403_rut_first_bear_market", 4): "pct_below_max_close('SPX','2025-04-03', weeks=52)",
 ("cnbc_20250403_rut_first_bear_market", 5): "pct_below_max_close('IXIC','2025-04-03', weeks=52)",
 ("cnbc_20250403_rut_first_bear_market", 6): "pct_below_max_close('DJI','2025-04-03', weeks=52)",
 ("cnbc_20250403_rut_first_bear_market", 7): "None",
 ("cnbc_20250403_rut_first_bear_market", 8): "None",
 # moneynews_20250517
 ("moneynews_20250517_rut_verge_of_bear", 0): "[max_col('RUT','2024-05-16','2025-05-16','high'), max_col('RUT','2024-05-16','2025-05-16','close')]",
 ("moneynews_20250517_rut_verge_of_bear", 1): "[below_level('RUT', min_close_date('RUT','2025-03-01','2025-03-31'), 2449.86), count_close_below_level('RUT','2025-03-01','2025-03-31',2449.86,18.5)]",
 ("moneynews_20250517_rut_verge_of_bear", 2): "below_level('RUT','2025-05-16',2449.86)",
 ("moneynews_20250517_rut_verge_of_bear", 3): "[ytd('RUT','2025-05-16'), pct_below_max_close('SPX','2025-05-16'), ratio(-ytd('RUT','2025-05-16'), pct_below_max_close('SPX','2025-05-16'))]",
 ("moneynews_20250517_rut_verge_of_bear", 4): "max_close_date('SPX', None, '2025-05-16')",
 # marketindexhistory_202508
 ("marketindexhistory_202508_rut_july_2025", 0): "month_return('RUT','2025-07')",
 ("marketindexhistory_202508_rut_july_2025", 1): "consecutive_up_months('RUT','2025-07')",
 ("marketindexhistory_202508_rut_july_2025", 2): "avg_month_return('RUT',7,1995,2025)",
 ("marketindexhistory_202508_rut_july_2025", 3): "[record_count('SPX','2025-07-01','2025-07-31'), record_count('IXIC','2025-07-01','2025-07-31')]",
 ("marketindexhistory_202508_rut_july_2025", 4): "[max_close_date('RUT', None, '2025-07-31'), max_col('RUT','1987-09-10','2025-07-31','close')]",
 ("marketindexhistory_202508_rut_july_2025", 5): "ytd('RUT','2025-07-31')",
 # barrons_20250918
 ("barrons_20250918_rut_first_record_since_2021", 0): "daily('RUT','2025-09-18')",
 ("barrons_20250918_rut_first_record_since_2021", 1): "is_record_close('RUT','2025-09-18')",
 ("barrons_20250918_rut_first_record_since_2021", 2): "prev_record_close_date('RUT','2025-09-18')",
 ("barrons_20250918_rut_first_record_since_2021", 3): "[is_record_high('RUT','2025-09-18'), prev_record_high_date('RUT','2025-09-18')]",
 ("barrons_20250918_rut_first_record_since_2021", 4): "sessions_between('RUT','2021-11-08','2025-09-18')",
 ("barrons_20250918_rut_first_record_since_2021", 5): "record_gaps('RUT','2025-09-18',3)",
 ("barrons_20250918_rut_first_record_since_2021", 6): "[record_gaps('RUT','2025-09-18',1)[0][0], record_gaps('RUT','2025-09-18',1)[0][2]]",
 # forbes_20230420
 ("forbes_20230420_rut_banks_drag", 0): "None",
 ("forbes_20230420_rut_banks_drag", 1): "[max_col('IWM','2023-02-01','2023-02-10','close'), max_col('IWM','2023-02-01','2023-02-10','high')]",
 ("forbes_20230420_rut_banks_drag", 2): "val('IWM','2023-04-20')",
 ("forbes_20230420_rut_banks_drag", 3): "arith_pct(198, 177)",
 ("forbes_20230420_rut_banks_drag", 4): "[max_col('SPY','2023-02-01','2023-02-10','close'), max_col('SPY','2023-02-01','2023-02-10','high')]",
 ("forbes_20230420_rut_banks_drag", 5): "[min_col('SPY','2023-03-01','2023-03-31','close'), min_col('SPY','2023-03-01','2023-03-31','low')]",
 ("forbes_20230420_rut_banks_drag", 6): "[max_col('SPY','2023-04-10','2023-04-20','close'), max_col('SPY','2023-04-10','2023-04-20','high')]",
}


def compute(expr):
    return eval(expr)


def same(a, b):
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


def main():
    global DATA
    args = sys.argv[1:]
    DATA = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
    keyp = args[1] if len(args) > 1 else os.path.join(HERE, "key.jsonl")
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    for r in recs:
        k = (r["passage_id"], r["claim_index"])
        if k not in RECIPES:
            print("NO RECIPE", k); bad += 1; continue
        v = compute(RECIPES[k])
        ok = same(v, r["computed_value"])
        print(("ok  " if ok else "MISMATCH ") + f"{k[0]}#{k[1]}: {v!r}")
        if not ok:
            bad += 1
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
