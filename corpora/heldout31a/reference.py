"""Recompute every computed_value of key.jsonl from the market-data CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(the data directory may also be given in the environment variable CAPSCOPE_DATA_DIR).
Prints one line per key record, then "N recipes, N key records, M mismatches";
exits 1 on any mismatch. Needs pandas.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'IWM': 'IWM', 'SPY': 'SPY'}
_CACHE = {}
DATA = None


def df(t):
    if t not in _CACHE:
        d = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date').sort_index()
        _CACHE[t] = d
    return _CACHE[t]


def T(d):
    return pd.Timestamp(d)


def r4(x):
    return None if x is None else round(float(x), 4)


# ---- levels and moves (close basis unless the name says otherwise) ----
def close(t, d):
    return r4(df(t)['close'].loc[T(d)])


def high(t, d):
    return r4(df(t)['high'].loc[T(d)])


def low(t, d):
    return r4(df(t)['low'].loc[T(d)])


def pct_change(t, d):
    c = df(t)['close']
    i = c.index.get_loc(T(d))
    return r4((c.iloc[i] / c.iloc[i - 1] - 1) * 100)


def ret(t, a, b, col='close'):
    """close(b) / close(a) - 1 in percent; a and b are sessions (asof)."""
    c = df(t)[col].dropna()
    return r4((c.asof(T(b)) / c.asof(T(a)) - 1) * 100)


def ytd(t, d):
    c = df(t)['close']
    prev = c.loc[:T(str(T(d).year - 1) + '-12-31')].iloc[-1]
    return r4((c.loc[T(d)] / prev - 1) * 100)


def ret_to_high(t, a, d):
    """from the close of session a to the intraday high of session d, percent."""
    return r4((df(t)['high'].loc[T(d)] / df(t)['close'].loc[T(a)] - 1) * 100)


def ret_from_low(t, lowfrom, lowto, d, col='low'):
    """close of d against the lowest `col` value between lowfrom and lowto, percent."""
    x = df(t)[col].loc[T(lowfrom):T(lowto)].min()
    return r4((df(t)['close'].loc[T(d)] / x - 1) * 100)


def annualized(t, a, b, years, col='close'):
    c = df(t)[col].dropna()
    return r4(((c.asof(T(b)) / c.asof(T(a))) ** (1.0 / years) - 1) * 100)


def pct_below_max_close(t, d):
    c = df(t)['close'].loc[:T(d)]
    return r4((1 - c.iloc[-1] / c.max()) * 100)


def pct_below_ref_close(t, d, refdate):
    c = df(t)['close']
    return r4((1 - c.loc[T(d)] / c.loc[T(refdate)]) * 100)


def max_close_date(t, upto, start=None):
    c = df(t)['close'].loc[T(start) if start else None:T(upto)]
    return c.idxmax().strftime('%Y-%m-%d')


def min_close_date(t, a, b):
    c = df(t)['close'].loc[T(a):T(b)]
    return c.idxmin().strftime('%Y-%m-%d')


def min_close(t, a, b):
    return r4(df(t)['close'].loc[T(a):T(b)].min())


def max_close(t, a, b):
    return r4(df(t)['close'].loc[T(a):T(b)].max())


def max_high(t, a, b):
    return r4(df(t)['high'].loc[T(a):T(b)].max())


def min_low(t, a, b):
    return r4(df(t)['low'].loc[T(a):T(b)].min())


def close_range(t, a, b):
    c = df(t)['close'].loc[T(a):T(b)]
    return [r4(c.min()), r4(c.max())]


def lowest_since(t, d, col='close'):
    """last earlier session whose `col` value is at or below the value of d."""
    s = df(t)[col]
    v = s.loc[T(d)]
    e = s.loc[:T(d)].iloc[:-1]
    return e[e <= v].index[-1].strftime('%Y-%m-%d')


def is_record_close(t, d):
    c = df(t)['close'].loc[:T(d)]
    return bool(c.iloc[-1] > c.iloc[:-1].max())


def is_record_high(t, d):
    h = df(t)['high'].loc[:T(d)]
    return bool(h.iloc[-1] > h.iloc[:-1].max())


def record_high_in(t, a, b, col='high'):
    """True if some session between a and b sets a `col` value above every earlier one."""
    s = df(t)[col]
    prior = s.loc[:T(a)].iloc[:-1].max()
    return bool(s.loc[T(a):T(b)].max() > prior)


def last_record_close(t, d):
    c = df(t)['close'].loc[:T(d)]
    rec = c[c >= c.cummax()]
    return rec.index[-1].strftime('%Y-%m-%d')


def sessions_between(t, a, b):
    c = df(t)['close']
    return int(c.index.get_loc(T(b)) - c.index.get_loc(T(a)))


def days_between(a, b):
    return int((T(b) - T(a)).days)


def alternating_since(t, a, b):
    m = df(t)['close'].diff().loc[T(a):T(b)]
    sg = (m > 0).astype(int).tolist()
    return bool(all(sg[i] != sg[i + 1] for i in range(len(sg) - 1)))


def down_streak(t, d):
    m = df(t)['close'].diff().loc[:T(d)]
    n = 0
    for v in m.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def up_streak(t, d):
    m = df(t)['close'].diff().loc[:T(d)]
    n = 0
    for v in m.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def last_up_streak_at_least(t, n, before):
    m = df(t)['close'].diff().loc[:T(before)]
    up = (m > 0).astype(int)
    run = up.groupby((up != up.shift()).cumsum()).cumsum() * up
    hits = run[run >= n]
    return hits.index[-1].strftime('%Y-%m-%d')


# ---- weekly and quarterly ----
def weekly(t):
    return df(t)['close'].resample('W-FRI').last().dropna().pct_change() * 100


def week_ret(t, friday):
    return r4(weekly(t).loc[T(friday)])


def weekly_down_streak(t, friday):
    w = weekly(t).loc[:T(friday)]
    n = 0
    for v in w.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def last_weekly_down_streak_at_least(t, n, before):
    w = weekly(t).loc[:T(before)]
    neg = (w < 0).astype(int)
    run = neg.groupby((neg != neg.shift()).cumsum()).cumsum() * neg
    hits = run[run >= n]
    return hits.index[-1].strftime('%Y-%m-%d')


def quarterly(t):
    return df(t)['close'].resample('QE').last().pct_change() * 100


def qret(t, qend):
    return r4(quarterly(t).loc[T(qend)])


def last_quarter_at_most(t, qend):
    q = quarterly(t).dropna()
    v = q.loc[T(qend)]
    e = q.loc[:T(qend)].iloc[:-1]
    return e[e <= v].index[-1].strftime('%Y-%m-%d')


def positive_quarter_streak(t, qend):
    q = quarterly(t).loc[:T(qend)]
    n = 0
    for v in q.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def rel_quarter_streak(t, u, qend):
    """consecutive quarters up to qend in which t returned less than u."""
    d = (quarterly(t) - quarterly(u)).loc[:T(qend)]
    n = 0
    for v in d.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def last_rel_quarter_at_most(t, u, qend):
    d = (quarterly(t) - quarterly(u)).dropna()
    v = d.loc[T(qend)]
    e = d.loc[:T(qend)].iloc[:-1]
    return e[e <= v].index[-1].strftime('%Y-%m-%d')


def half_ret(t, year, half):
    a, b = (f'{year - 1}-12-31', f'{year}-06-30') if half == 1 else (f'{year}-06-30', f'{year}-12-31')
    return ret(t, a, b)


def worst_first_half_year(t, y0, y1):
    vals = {y: half_ret(t, y, 1) for y in range(y0, y1 + 1)}
    return min(vals, key=vals.get)


def worst_quarter(t, upto):
    q = quarterly(t).dropna().loc[:T(upto)]
    return q.idxmin().strftime('%Y-%m-%d')


def first_close_below(t, peakdate, frac, a, b):
    c = df(t)['close']
    lvl = c.loc[T(peakdate)] * frac
    x = c.loc[T(a):T(b)]
    return x[x <= lvl].index[0].strftime('%Y-%m-%d')


def ytd_range(t, a, b):
    c = df(t)['close']
    prev = c.loc[:T(str(T(a).year - 1) + '-12-31')].iloc[-1]
    x = (c.loc[T(a):T(b)] / prev - 1) * 100
    return [r4(x.min()), r4(x.max())]


def annual(t, year):
    return ret(t, f'{year - 1}-12-31', f'{year}-12-31')


# ---- recipes: one per key record, in key order ----
P1 = 'irimpact_20161121_small_caps_post_election'
P2 = 'realclearmarkets_20110701_hulbert_below_2007_highs'
P3 = 'hedgefundalpha_20140127_smid_ytd_negative'
P4 = 'federated_20140710_small_cap_value'
P5 = 'gurufocus_20141002_royce_3q14_small_caps'
P6 = 'ccmt_20141013_small_caps_trail_sp500'
P7 = 'riceoweek_20181009_small_caps_downtrend'
P8 = 'morningbrew_20181218_rut_bear_market'
P9 = 'marketwatch_20190812_hulbert_small_caps_lagging'
P10 = 'realmoney_20191007_rut_two_years_of_nothing'
P11 = 'sentimentrader_20210726_rut_no_record_90_days'
P12 = 'wealthyretirement_202206_worst_first_half'
P13 = 'businessinsider_20241126_postelection_rally'
P14 = 'devdiscourse_20250918_rut_intraday_record'

RECIPES = [
    (P1, 0, "up_streak('RUT','2016-11-18')"),
    (P1, 1, "last_up_streak_at_least('RUT',11,'2016-11-03')"),
    (P1, 2, "ret('RUT','2016-11-08','2016-11-18')"),
    (P1, 3, "ret('SPX','2016-11-08','2016-11-18')"),
    (P1, 4, None),
    (P1, 5, None),

    (P2, 0, "pct_below_max_close('DJI','2011-06-30')"),
    (P2, 1, "max_close('DJI','1992-01-02','2011-06-30')"),
    (P2, 2, "pct_below_max_close('SPX','2011-06-30')"),
    (P2, 3, "max_close('SPX','1927-12-30','2011-06-30')"),
    (P2, 4, "max_close_date('SPX','2011-06-30')"),
    (P2, 5, None),
    (P2, 6, None),
    (P2, 7, None),

    (P3, 0, "ytd('RUT','2014-01-24')"),
    (P3, 1, None),
    (P3, 2, "ytd('SPX','2014-01-24')"),
    (P3, 3, "[ytd('RUT','2014-01-24'), ytd('SPX','2014-01-24'), ytd('DJI','2014-01-24'), ytd('IXIC','2014-01-24')]"),
    (P3, 4, None),

    (P4, 0, None),
    (P4, 1, "ytd('SPX','2014-07-09')"),
    (P4, 2, None),
    (P4, 3, None),
    (P4, 4, None),

    (P5, 0, "positive_quarter_streak('RUT','2014-06-30')"),
    (P5, 1, "last_quarter_at_most('RUT','2014-09-30')"),
    (P5, 2, "rel_quarter_streak('RUT','SPX','2014-09-30')"),
    (P5, 3, "last_rel_quarter_at_most('RUT','SPX','2014-09-30')"),
    (P5, 4, "qret('RUT','2014-09-30')"),
    (P5, 5, "qret('SPX','2014-09-30')"),
    (P5, 6, None),
    (P5, 7, "qret('IXIC','2014-09-30')"),
    (P5, 8, "ytd('SPX','2014-09-30')"),
    (P5, 9, None),
    (P5, 10, "ytd('RUT','2014-09-30')"),
    (P5, 11, "ytd('IXIC','2014-09-30')"),
    (P5, 12, "[record_high_in('RUT','2014-07-01','2014-09-30','high'), record_high_in('RUT','2014-07-01','2014-09-30','close')]"),
    (P5, 13, "record_high_in('SPX','2014-07-01','2014-09-30','close')"),
    (P5, 14, None),
    (P5, 15, None),

    (P6, 0, "days_between(max_close_date('RUT','2014-10-10','2014-06-01'),'2014-10-10')"),
    (P6, 1, "ret('RUT','2014-07-03','2014-10-10')"),
    (P6, 2, "weekly_down_streak('RUT','2014-10-10')"),
    (P6, 3, "last_weekly_down_streak_at_least('RUT',6,'2014-09-26')"),
    (P6, 4, "ret('RUT','2009-12-31','2014-10-10')"),
    (P6, 5, "ret('SPX','2009-12-31','2014-10-10')"),
    (P6, 6, None),
    (P6, 7, "week_ret('RUT','2014-10-10')"),
    (P6, 8, "ret('RUT','2009-03-09','2014-10-10')"),
    (P6, 9, "ret('SPX','2009-03-09','2014-10-10')"),

    (P7, 0, "pct_change('SPX','2018-10-09')"),
    (P7, 1, "down_streak('SPX','2018-10-09')"),
    (P7, 2, "pct_below_max_close('SPX','2018-10-09')"),
    (P7, 3, "pct_change('RUT','2018-10-09')"),
    (P7, 4, "pct_below_max_close('RUT','2018-10-09')"),
    (P7, 5, "max_close_date('RUT','2018-10-09')"),
    (P7, 6, None),
    (P7, 7, None),
    (P7, 8, None),
    (P7, 9, None),

    (P8, 0, "lowest_since('RUT','2018-12-17','low')"),
    (P8, 1, "pct_change('RUT','2018-12-17')"),
    (P8, 2, "pct_below_max_close('RUT','2018-12-17')"),
    (P8, 3, None),
    (P8, 4, "ret('RUT','2017-12-29','2018-08-31')"),
    (P8, 5, "ret('SPX','2017-12-29','2018-08-31')"),
    (P8, 6, "[annual('RUT',2016), annual('RUT',2017)]"),
    (P8, 7, "ytd('RUT','2018-12-17')"),
    (P8, 8, None),
    (P8, 9, "first_close_below('RUT','2015-06-23',0.8,'2015-06-24','2016-12-30')"),
    (P8, 10, "min_close_date('RUT','2016-01-01','2016-12-30')"),

    (P9, 0, "max_close_date('SPX','2019-08-09')"),
    (P9, 1, "ret('SPX','2019-04-26','2019-07-26')"),
    (P9, 2, "ret('RUT','2019-04-26','2019-07-26')"),
    (P9, 3, None),
    (P9, 4, "[ret('RUT','2007-07-09','2007-10-09'), ret('SPX','2007-07-09','2007-10-09')]"),
    (P9, 5, "max_close_date('SPX','2006-12-29')"),
    (P9, 6, "ret('RUT','1999-12-24','2000-03-24')"),
    (P9, 7, "ret('SPX','1999-12-24','2000-03-24')"),

    (P10, 0, "max_close_date('RUT','2019-10-04')"),
    (P10, 1, "pct_below_max_close('RUT','2019-10-04')"),
    (P10, 2, "close('RUT','2019-10-04')"),
    (P10, 3, "close_range('RUT','2017-10-02','2017-10-31')"),
    (P10, 4, None),
    (P10, 5, None),
    (P10, 6, "max_close('RUT','2018-06-01','2018-09-30')"),
    (P10, 7, "min_close('RUT','2018-10-01','2018-12-31')"),
    (P10, 8, "[ret('RUT','2018-06-29','2019-10-04'), ret('SPX','2018-06-29','2019-10-04')]"),

    (P11, 0, "is_record_close('SPX','2021-07-23')"),
    (P11, 1, "sessions_between('RUT', last_record_close('RUT','2021-07-23'), '2021-07-23')"),
    (P11, 2, "pct_change('SPX','2021-07-19')"),
    (P11, 3, None),

    (P12, 0, None),
    (P12, 1, "ytd_range('RUT','2022-06-13','2022-06-17')"),
    (P12, 2, "worst_first_half_year('RUT',1988,2021)"),
    (P12, 3, "half_ret('RUT',2020,1)"),
    (P12, 4, "r4(26.32 / 13)"),
    (P12, 5, None),
    (P12, 6, None),
    (P12, 7, "half_ret('RUT',2020,2)"),
    (P12, 8, "worst_quarter('RUT','2020-03-31')"),
    (P12, 9, "annualized('RUT','2015-03-31','2020-03-31',5)"),

    (P13, 0, "ret('RUT','2024-10-31','2024-11-25')"),
    (P13, 1, "[is_record_high('RUT','2024-11-25'), is_record_close('RUT','2024-11-25')]"),
    (P13, 2, "high('RUT','2024-11-25')"),
    (P13, 3, "ret_to_high('RUT','2024-11-05','2024-11-25')"),
    (P13, 4, None),
    (P13, 5, "[annual('RUT',2017), annual('SPX',2017)]"),
    (P13, 6, "[ret('RUT','2016-11-08','2016-12-30'), ret('SPX','2016-11-08','2016-12-30')]"),
    (P13, 7, None),

    (P14, 0, "is_record_high('RUT','2025-09-18')"),
    (P14, 1, "[max_high('RUT','2024-11-01','2024-11-30'), high('RUT','2025-09-18')]"),
    (P14, 2, "close('RUT','2025-09-18')"),
    (P14, 3, "[is_record_close('RUT','2025-09-18'), max_close_date('RUT','2025-09-17')]"),
    (P14, 4, "ret_from_low('RUT','2025-04-01','2025-04-30','2025-09-18','low')"),
    (P14, 5, "[ytd('RUT','2025-09-18'), ytd('SPX','2025-09-18')]"),
]


def compute(expr):
    if expr is None:
        return None
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
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    keypath = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = [json.loads(l) for l in open(keypath) if l.strip()]
    byid = {(k['passage_id'], k['claim_index']): k for k in key}
    bad = 0
    for pid, idx, expr in RECIPES:
        v = compute(expr)
        k = byid.get((pid, idx))
        ok = k is not None and same(v, k['computed_value'])
        bad += 0 if ok else 1
        print(f"{'ok ' if ok else 'MISMATCH'} {pid}#{idx}: {json.dumps(v)}")
    if len(RECIPES) != len(key):
        bad += abs(len(RECIPES) - len(key))
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
