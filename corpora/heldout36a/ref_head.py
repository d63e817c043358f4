"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints one line per key record and a last line
"N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json
import os
import sys

import pandas as pd

D = None
_cache = {}
FILES = {'RUT': 'RUT.csv', 'SPX': 'GSPC.csv', 'IXIC': 'IXIC.csv', 'NDX': 'NDX.csv',
         'DJI': 'DJI.csv', 'VIX': 'VIX.csv', 'US10Y': 'DGS10.csv', 'US2Y': 'DGS2.csv',
         'FEDL': 'DFEDTARL.csv', 'FEDU': 'DFEDTARU.csv'}


def s(t, col='close'):
    key = (t, col)
    if key not in _cache:
        df = pd.read_csv(os.path.join(D, FILES[t]), parse_dates=['date']).set_index('date')
        c = 'value' if 'value' in df.columns else col
        _cache[key] = pd.to_numeric(df[c], errors='coerce').dropna().astype(float)
    return _cache[key]


def ts(d):
    return pd.Timestamp(d)


def r(x, n=2):
    return round(float(x), n)


def ds(x):
    return pd.Timestamp(x).strftime('%Y-%m-%d')


def at_date(t, d):
    x = s(t)
    return x.index[x.index <= ts(d)][-1]


def at(t, d):
    return s(t).loc[at_date(t, d)]


def close(t, d):
    return r(s(t).loc[ts(d)])


def high(t, d):
    return r(s(t, 'high').loc[ts(d)])


def low(t, d):
    return r(s(t, 'low').loc[ts(d)])


def prev_date(t, d):
    x = s(t)
    return x.index[x.index < ts(d)][-1]


def chg_pts(t, d):
    return r(s(t).loc[ts(d)] - s(t).loc[prev_date(t, d)])


def chg_pct(t, d):
    return r((s(t).loc[ts(d)] / s(t).loc[prev_date(t, d)] - 1) * 100)


def ret(t, d0, d1):
    """% change from the last close on or before d0 to the last close on or before d1."""
    return r((at(t, d1) / at(t, d0) - 1) * 100)


def pts(t, d0, d1):
    return r(at(t, d1) - at(t, d0))


def yld(t, d):
    return r(s(t).loc[ts(d)])


def yld_chg_bp(t, d0, d1):
    return r((at(t, d1) - at(t, d0)) * 100, 0)


def range_pts(t, d):
    return r(s(t, 'high').loc[ts(d)] - s(t, 'low').loc[ts(d)])


def range_pct_of_prev(t, d):
    return r((s(t, 'high').loc[ts(d)] - s(t, 'low').loc[ts(d)]) / s(t).loc[prev_date(t, d)] * 100)


def mtd_range(t, d, base):
    """[pct on session low, pct on session high] against the close of `base`."""
    b = s(t).loc[ts(base)]
    return [r((s(t, 'low').loc[ts(d)] / b - 1) * 100), r((s(t, 'high').loc[ts(d)] / b - 1) * 100)]


def last_close_ge(t, d):
    x = s(t)
    v = x.loc[ts(d)]
    e = x[(x.index < ts(d)) & (x >= v)]
    return ds(e.index[-1]) if len(e) else None


def last_close_le(t, d):
    x = s(t)
    v = x.loc[ts(d)]
    e = x[(x.index < ts(d)) & (x <= v)]
    return ds(e.index[-1]) if len(e) else None


def last_high_ge(t, d):
    x = s(t, 'high')
    v = x.loc[ts(d)]
    e = x[(x.index < ts(d)) & (x >= v)]
    return ds(e.index[-1]) if len(e) else None


def daily(t):
    x = s(t)
    return (x / x.shift(1) - 1).dropna() * 100


def last_drop_ge(t, d):
    m = daily(t)
    v = m.loc[ts(d)]
    e = m[(m.index < ts(d)) & (m <= v)]
    return ds(e.index[-1]) if len(e) else None


def weekly(t):
    x = s(t)
    w = x.groupby(x.index.to_period('W-FRI')).last()
    lastday = x.groupby(x.index.to_period('W-FRI')).apply(lambda g: g.index[-1])
    rr = (w / w.shift(1) - 1) * 100
    rr.index = pd.DatetimeIndex(lastday.values)
    return rr.dropna()


def week_ret(t, d):
    return r(weekly(t).loc[ts(d)])


def last_week_drop_ge(t, d):
    w = weekly(t)
    v = w.loc[ts(d)]
    e = w[(w.index < ts(d)) & (w <= v)]
    return ds(e.index[-1]) if len(e) else None


def weeks_up(t, d, n):
    w = weekly(t)
    w = w[w.index <= ts(d)].iloc[-n:]
    return int((w > 0).sum())


def down_weeks(t, d, n):
    w = weekly(t)
    w = w[w.index <= ts(d)].iloc[-n:]
    return [ds(i) for i in w[w < 0].index]


def down_streak(t, d):
    """[number of consecutive lower closes ending at d, points, percent]."""
    x = s(t)
    x = x[x.index <= ts(d)]
    n = 0
    while x.iloc[-1 - n] < x.iloc[-2 - n]:
        n += 1
    return [n, r(x.iloc[-1] - x.iloc[-1 - n]), r((x.iloc[-1] / x.iloc[-1 - n] - 1) * 100)]


def last_down_streak_ge(t, d, n):
    """End date of the last losing streak of at least n sessions that ended before the current streak."""
    x = s(t)
    x = x[x.index <= ts(d)]
    down = (x < x.shift(1)).values
    cur = down_streak(t, d)[0]
    end = len(x) - 1 - cur
    run = 0
    best = None
    for i in range(end, 0, -1):
        pass
    # scan forward
    run = 0
    for i in range(1, end + 1):
        if down[i]:
            run += 1
            if run >= n and (i == end or not down[i + 1]):
                best = (ds(x.index[i]), run)
        else:
            run = 0
    return list(best) if best else None


def monthly(t):
    x = s(t)
    m = x.groupby(x.index.to_period('M')).last()
    rr = (m / m.shift(1) - 1) * 100
    return rr.dropna()


def month_ret(t, m):
    return r(monthly(t).loc[pd.Period(m, 'M')])


def last_month_ge(t, m):
    mm = monthly(t)
    p = pd.Period(m, 'M')
    e = mm[(mm.index < p) & (mm >= mm.loc[p])]
    return str(e.index[-1]) if len(e) else None


def last_month_le(t, m):
    mm = monthly(t)
    p = pd.Period(m, 'M')
    e = mm[(mm.index < p) & (mm <= mm.loc[p])]
    return str(e.index[-1]) if len(e) else None


def last_same_month_le(t, m):
    mm = monthly(t)
    p = pd.Period(m, 'M')
    e = mm[(mm.index < p) & (mm.index.month == p.month) & (mm <= mm.loc[p])]
    return str(e.index[-1]) if len(e) else None


def quarterly(t):
    x = s(t)
    q = x.groupby(x.index.to_period('Q')).last()
    return ((q / q.shift(1) - 1) * 100).dropna()


def q_ret(t, q):
    return r(quarterly(t).loc[pd.Period(q, 'Q')])


def last_same_q_le(t, q):
    qq = quarterly(t)
    p = pd.Period(q, 'Q')
    e = qq[(qq.index < p) & (qq.index.quarter == p.quarter) & (qq <= qq.loc[p])]
    return str(e.index[-1]) if len(e) else None


def max_close(t, d0, d1):
    x = s(t)
    x = x[(x.index >= ts(d0)) & (x.index <= ts(d1))]
    return [ds(x.idxmax()), r(x.max())]


def pct_below_max(t, d0, d1):
    x = s(t)
    x = x[(x.index >= ts(d0)) & (x.index <= ts(d1))]
    return r((1 - x.iloc[-1] / x.max()) * 100)


def count_small_moves(t, d0, d1, thr):
    x = s(t)
    c = (x - x.shift(1))
    c = c[(c.index >= ts(d0)) & (c.index <= ts(d1))]
    return int((c.abs() < thr).sum())


def up_pairs(t, d0, d1):
    """Dates in [d0, d1] that closed up after an up close (ends of back-to-back gains)."""
    x = s(t)
    up = x > x.shift(1)
    pair = up & up.shift(1, fill_value=False)
    p = pair[(pair.index >= ts(d0)) & (pair.index <= ts(d1))]
    first = x.index[x.index >= ts(d0)][0]
    return [ds(i) for i in p[p].index if i != first]


def all_below(ts_list, d_base, d):
    return [t for t in ts_list if at(t, d) < at(t, d_base)]


def sept_count(t, y0, y1, thr):
    mm = monthly(t)
    e = mm[(mm.index.month == 9) & (mm.index.year >= y0) & (mm.index.year <= y1) & (mm <= thr)]
    return int(len(e))


def oct_after_bad_sept(t, y0, y1, thr):
    """[mean October return, share of positive Octobers] after Septembers at or below thr."""
    mm = monthly(t)
    yrs = [p.year for p in mm.index if p.month == 9 and y0 <= p.year <= y1 and mm.loc[p] <= thr]
    octs = [mm.loc[pd.Period('%d-10' % y, 'M')] for y in yrs]
    return [r(sum(octs) / len(octs)), r(100 * sum(1 for o in octs if o > 0) / len(octs))]


def oct_all(t, y0, y1):
    mm = monthly(t)
    o = mm[(mm.index.month == 10) & (mm.index.year >= y0) & (mm.index.year <= y1)]
    return [r(o.mean()), r(o.median())]


def first_close_above(t, level):
    x = s(t)
    e = x[x > level]
    return ds(e.index[0])


def ytd_rank_worst(t, md, y0, y1):
    """Rank (1 = worst) of year y1's change from the prior year-end to month-day md among years y0..y1."""
    x = s(t)
    vals = {}
    for y in range(y0, y1 + 1):
        try:
            vals[y] = at(t, '%d-%s' % (y, md)) / at(t, '%d-12-31' % (y - 1)) - 1
        except IndexError:
            continue
    order = sorted(vals, key=lambda y: vals[y])
    return order.index(y1) + 1


def fed_range(d):
    return [r(s('FEDL').loc[ts(d)]), r(s('FEDU').loc[ts(d)])]


def fomc_day(d):
    df = pd.read_csv(os.path.join(D, 'FOMC_meetings.csv'))
    return d in set(df['date'])


def weekday(d):
    return pd.Timestamp(d).day_name()

