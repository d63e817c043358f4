"""Recompute every computed_value of key.jsonl (corpus heldout42a) from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(the data directory may also be given in the environment variable CAPSCOPE_DATA_DIR)
Exits 1 if any recomputed value differs from the key.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'NDX': 'NDX', 'RUT': 'RUT', 'VIX': 'VIX'}
_cache = {}
DATA = None


def df(t):
    if t not in _cache:
        name = FILES.get(t, t)
        _cache[t] = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date').sort_index()
    return _cache[t]


def ser(t, col='close'):
    return df(t)[col].dropna()


def r2(x, n=2):
    return None if x is None else round(float(x), n)


def ds(ts):
    return pd.Timestamp(ts).strftime('%Y-%m-%d')


def close(t, d):
    return r2(ser(t).loc[pd.Timestamp(d)])


def high(t, d):
    return r2(ser(t, 'high').loc[pd.Timestamp(d)])


def low(t, d):
    return r2(ser(t, 'low').loc[pd.Timestamp(d)])


def prev_close(t, d):
    s = ser(t).loc[:pd.Timestamp(d)]
    return float(s.iloc[-2])


def day_pts(t, d):
    s = ser(t).loc[:pd.Timestamp(d)]
    return r2(s.iloc[-1] - s.iloc[-2])


def day_pct(t, d):
    s = ser(t).loc[:pd.Timestamp(d)]
    return r2(100 * (s.iloc[-1] / s.iloc[-2] - 1))


def session_range_pts(t, d):
    """[low - previous close, high - previous close] in points."""
    pc = prev_close(t, d)
    return [r2(ser(t, 'low').loc[pd.Timestamp(d)] - pc), r2(ser(t, 'high').loc[pd.Timestamp(d)] - pc)]


def session_range_pct(t, d):
    pc = prev_close(t, d)
    return [r2(100 * (ser(t, 'low').loc[pd.Timestamp(d)] / pc - 1)), r2(100 * (ser(t, 'high').loc[pd.Timestamp(d)] / pc - 1))]


def pct(t, a, b):
    """close of session b vs close of session a, in percent."""
    s = ser(t)
    return r2(100 * (s.loc[pd.Timestamp(b)] / s.loc[pd.Timestamp(a)] - 1))


def pts(t, a, b):
    s = ser(t)
    return r2(s.loc[pd.Timestamp(b)] - s.loc[pd.Timestamp(a)])


def last_close_before(t, d):
    s = ser(t).loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return s.index[-1]


def ytd(t, d):
    d = pd.Timestamp(d)
    base = last_close_before(t, pd.Timestamp(year=d.year, month=1, day=1))
    return pct(t, base, ser(t).loc[:d].index[-1])


def mtd(t, d):
    d = pd.Timestamp(d)
    base = last_close_before(t, pd.Timestamp(year=d.year, month=d.month, day=1))
    return pct(t, base, ser(t).loc[:d].index[-1])


def year_return(t, y):
    return ytd(t, '%d-12-31' % y)


def month_return(t, y, m):
    end = pd.Timestamp(year=y, month=m, day=1) + pd.offsets.MonthEnd(0)
    return mtd(t, end)


def week_return(t, friday):
    """Friday close vs previous Friday (last session of the previous week)."""
    f = pd.Timestamp(friday)
    s = ser(t)
    end = s.loc[:f].index[-1]
    start = s.loc[:f - pd.Timedelta(days=f.weekday() + 1)].index[-1]
    return pct(t, start, end)


def first_n_days(t, y, n):
    """percent change over the first n sessions of year y (from the previous year's last close)."""
    s = ser(t)
    base = s.loc[:pd.Timestamp(year=y, month=1, day=1) - pd.Timedelta(days=1)]
    if len(base) == 0:
        return None
    days = s.loc[pd.Timestamp(year=y, month=1, day=1):]
    return r2(100 * (days.iloc[n - 1] / base.iloc[-1] - 1))


def first_n_days_rank(t, y, n, first_year):
    """rank of year y's first-n-session change among years first_year..y (1 = worst)."""
    vals = {yy: first_n_days(t, yy, n) for yy in range(first_year, y + 1)}
    vals = {k: v for k, v in vals.items() if v is not None}
    order = sorted(vals, key=lambda k: vals[k])
    return order.index(y) + 1


def worst_first_n_before(t, y, n, first_year):
    """the worst first-n-session year among first_year..y-1 and its change."""
    vals = {yy: first_n_days(t, yy, n) for yy in range(first_year, y)}
    vals = {k: v for k, v in vals.items() if v is not None}
    k = min(vals, key=lambda k: vals[k])
    return [k, vals[k]]


def max_close(t, a, b):
    s = ser(t).loc[pd.Timestamp(a):pd.Timestamp(b)]
    return r2(s.max())


def argmax_close(t, a, b):
    s = ser(t).loc[pd.Timestamp(a):pd.Timestamp(b)]
    return ds(s.idxmax())


def min_low(t, a, b):
    s = ser(t, 'low').loc[pd.Timestamp(a):pd.Timestamp(b)]
    return r2(s.min())


def min_close(t, a, b):
    s = ser(t).loc[pd.Timestamp(a):pd.Timestamp(b)]
    return r2(s.min())


def argmin_close(t, a, b):
    s = ser(t).loc[pd.Timestamp(a):pd.Timestamp(b)]
    return ds(s.idxmin())


def is_record_close(t, d):
    s = ser(t).loc[:pd.Timestamp(d)]
    return bool(s.iloc[-1] > s.iloc[:-1].max())


def record_close_upto(t, d):
    """[date, value] of the highest close up to and including d."""
    s = ser(t).loc[:pd.Timestamp(d)]
    return [ds(s.idxmax()), r2(s.max())]


def pct_below_record(t, d):
    s = ser(t).loc[:pd.Timestamp(d)]
    return r2(100 * (1 - s.iloc[-1] / s.max()))


def pct_below_level(t, d, level):
    return r2(100 * (1 - ser(t).loc[pd.Timestamp(d)] / level))


def gain_needed(t, d):
    """percent gain needed from the close of d to regain the record close before it."""
    s = ser(t).loc[:pd.Timestamp(d)]
    return r2(100 * (s.max() / s.iloc[-1] - 1))


def pct_below_52w_high(t, d):
    s = ser(t).loc[:pd.Timestamp(d)]
    w = s.loc[pd.Timestamp(d) - pd.Timedelta(days=364):]
    return r2(100 * (1 - s.iloc[-1] / w.max()))


def first_close_at_or_above(t, level, after=None):
    s = ser(t)
    if after:
        s = s.loc[pd.Timestamp(after):]
    return ds(s[s >= level].index[0])


def last_close_at_or_above(t, level, before):
    s = ser(t).loc[:pd.Timestamp(before)]
    return ds(s[s >= level].index[-1])


def last_close_at_or_below(t, level, before):
    s = ser(t).loc[:pd.Timestamp(before)]
    return ds(s[s <= level].index[-1])


def last_close_at_or_above_value(t, d):
    """last session before d whose close was at least d's close."""
    s = ser(t).loc[:pd.Timestamp(d)]
    v = s.iloc[-1]
    prev = s.iloc[:-1]
    return ds(prev[prev >= v].index[-1])


def last_drop_as_big(t, d):
    """last session before d with a daily percent drop at least as large as d's."""
    s = ser(t).loc[:pd.Timestamp(d)]
    r = s.pct_change()
    v = r.iloc[-1]
    prev = r.iloc[:-1]
    return ds(prev[prev <= v].index[-1])


def week_return_rank_since(t, friday):
    """last week (Friday) before this one with a weekly return at least as bad."""
    s = ser(t)
    wk = s.resample('W-FRI').last().dropna()
    r = wk.pct_change()
    f = pd.Timestamp(friday)
    v = r.loc[f]
    prev = r.loc[:f - pd.Timedelta(days=1)]
    return ds(prev[prev <= v].index[-1])


def down_streak(t, d):
    """consecutive down closes ending at d."""
    s = ser(t).loc[:pd.Timestamp(d)]
    r = s.diff()
    n = 0
    for v in r.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def up_streak(t, d):
    s = ser(t).loc[:pd.Timestamp(d)]
    r = s.diff()
    n = 0
    for v in r.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def count_sessions(t, a, b):
    """sessions after a up to and including b."""
    s = ser(t).loc[pd.Timestamp(a):pd.Timestamp(b)]
    return int(len(s) - 1)


def count_moves(t, a, b, thr, sign=0):
    """sessions after a up to and including b whose absolute daily percent move is >= thr (sign: 1 up only, -1 down only)."""
    s = ser(t)
    r = 100 * s.pct_change()
    r = r.loc[pd.Timestamp(a):pd.Timestamp(b)].iloc[1:]
    m = r.abs() >= thr
    if sign > 0:
        m = m & (r > 0)
    if sign < 0:
        m = m & (r < 0)
    return int(m.sum())


def count_record_closes(t, y):
    s = ser(t)
    run = s.cummax().shift(1)
    rec = (s > run)
    return int(rec.loc[str(y)].sum())


def max_record_closes_year(t, y0, y1):
    counts = {y: count_record_closes(t, y) for y in range(y0, y1 + 1)}
    k = max(counts, key=lambda k: counts[k])
    return [k, counts[k]]


def worst_day_pct(t, upto):
    r = 100 * ser(t).loc[:pd.Timestamp(upto)].pct_change()
    return [ds(r.idxmin()), r2(r.min())]


def first_day_drops_over(t, y0, y1, thr):
    """years y0..y1 whose first session fell more than thr percent."""
    out = []
    for y in range(y0, y1 + 1):
        v = first_n_days(t, y, 1)
        if v is not None and v < -thr:
            out.append(y)
    return out


def back_to_back_20(t, y0, y1):
    """years y (y0<y<=y1) where both y-1 and y price returns exceeded 20 percent."""
    out = []
    for y in range(y0 + 1, y1 + 1):
        if year_return(t, y - 1) > 20 and year_return(t, y) > 20:
            out.append(y)
    return out


def fed_upper(d):
    """upper end of the federal funds target on day d (DFEDTAR before 2008-12-16)."""
    d = pd.Timestamp(d)
    if d < pd.Timestamp('2008-12-16'):
        s = pd.read_csv(os.path.join(DATA, 'DFEDTAR.csv'), parse_dates=['date']).set_index('date')['value']
    else:
        s = pd.read_csv(os.path.join(DATA, 'DFEDTARU.csv'), parse_dates=['date']).set_index('date')['value']
    return float(s.loc[:d].iloc[-1])


def fed_last_at_or_above(level, before):
    """last day before `before` on which the target (upper end) was at least level."""
    a = pd.read_csv(os.path.join(DATA, 'DFEDTAR.csv'), parse_dates=['date']).set_index('date')['value']
    b = pd.read_csv(os.path.join(DATA, 'DFEDTARU.csv'), parse_dates=['date']).set_index('date')['value']
    s = pd.concat([a.loc[:'2008-12-15'], b]).loc[:pd.Timestamp(before) - pd.Timedelta(days=1)]
    s = s[s >= level]
    return ds(s.index[-1])


def months_between(a, b):
    a, b = pd.Timestamp(a), pd.Timestamp(b)
    return r2((b.year - a.year) * 12 + (b.month - a.month) + (b.day - a.day) / 30.0, 1)


def years_between(a, b):
    return r2((pd.Timestamp(b) - pd.Timestamp(a)).days / 365.25, 1)


def first_month_at_or_above(t, level):
    s = ser(t)
    return pd.Timestamp(s[s >= level].index[0]).strftime('%Y-%m')


def arith(expr):
    """arithmetic on figures the passage itself states."""
    return r2(eval(expr, {'__builtins__': {}}, {}))


def open_price(t, d):
    return r2(ser(t, 'open').loc[pd.Timestamp(d)])


def max_down_streak(t, a, b):
    """[longest run of consecutive down closes ending in a..b, its last day]."""
    s = ser(t).loc[:pd.Timestamp(b)]
    r = s.diff()
    best, bestd, n = 0, None, 0
    for d, v in r.items():
        n = n + 1 if v < 0 else 0
        if d >= pd.Timestamp(a) and n > best:
            best, bestd = n, d
    return [best, ds(bestd)]


def weeks_negative(t, fridays):
    return [week_return(t, f) for f in fridays]


def first_half_return(t, y):
    return ytd(t, '%d-06-30' % y)


def days_between(a, b):
    return int((pd.Timestamp(b) - pd.Timestamp(a)).days)


def years_worse_than(t, y0, y1, v):
    """calendar years y0..y1 whose price return was at or below v."""
    return [y for y in range(y0, y1 + 1) if year_return(t, y) <= v]


# ---------------------------------------------------------------- added for corpus 39a
def count_record_closes_between(t, a, b):
    """record closes (above every earlier close in the file) in sessions a..b."""
    s = ser(t)
    run = s.cummax().shift(1)
    rec = s > run
    return int(rec.loc[pd.Timestamp(a):pd.Timestamp(b)].sum())


def record_close_dates(t, a, b):
    s = ser(t)
    run = s.cummax().shift(1)
    rec = s > run
    return [ds(d) for d in rec.loc[pd.Timestamp(a):pd.Timestamp(b)][lambda z: z].index]


def _rel(t1, t2):
    a = ser(t1).pct_change()
    b = ser(t2).pct_change()
    return (a - b).dropna()


def rel_streak(t1, t2, d):
    """consecutive sessions ending at d in which t1's daily percent change beat t2's."""
    x = _rel(t1, t2).loc[:pd.Timestamp(d)]
    n = 0
    for v in x.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def rel_streaks(t1, t2, a, b, minlen):
    """[[length, last day], ...] of outperformance streaks of t1 over t2 of at least minlen sessions whose last day falls in a..b."""
    x = _rel(t1, t2).loc[:pd.Timestamp(b)]
    out, n, last = [], 0, None
    for d, v in x.items():
        if v > 0:
            n += 1
            last = d
        else:
            if n >= minlen and last >= pd.Timestamp(a):
                out.append([n, ds(last)])
            n = 0
    if n >= minlen and last >= pd.Timestamp(a):
        out.append([n, ds(last)])
    return out


def longest_rel_streak(t1, t2, a, b):
    s = rel_streaks(t1, t2, a, b, 1)
    return max(s, key=lambda z: z[0])


def last_rel_streak_at_least(t1, t2, d):
    """[length, last day] of the last streak before the one running at d that was at least as long."""
    n = rel_streak(t1, t2, d)
    start = _rel(t1, t2).loc[:pd.Timestamp(d)].index[-n]
    prev = [z for z in rel_streaks(t1, t2, '1900-01-01', start - pd.Timedelta(days=1), n)]
    return prev[-1]


def rel_streak_rank(t1, t2, d, a='1900-01-01'):
    """rank (1 = longest) of the streak running at d among all streaks from a."""
    n = rel_streak(t1, t2, d)
    start = _rel(t1, t2).loc[:pd.Timestamp(d)].index[-n]
    prev = rel_streaks(t1, t2, a, start - pd.Timedelta(days=1), n + 1)
    return 1 + len(prev)


def month_rank_since(t, y, m, d, first_year):
    """rank (1 = best) of month m of year y (to date d) among month m of years first_year..y."""
    vals = {yy: month_return(t, yy, m) for yy in range(first_year, y)}
    vals[y] = mtd(t, d)
    order = sorted(vals, key=lambda k: -vals[k])
    return order.index(y) + 1


def last_month_at_least(t, y, m, d):
    """last year before y whose month m gained at least as much as month m of y to date d."""
    v = mtd(t, d)
    for yy in range(y - 1, 1900, -1):
        try:
            if month_return(t, yy, m) >= v:
                return yy
        except Exception:
            return None


def ratio(t1, t2, d):
    return r2(ser(t1).loc[pd.Timestamp(d)] / ser(t2).loc[pd.Timestamp(d)], 4)


def ratio_pct(t1, t2, a, b):
    r = (ser(t1) / ser(t2)).dropna()
    return r2(100 * (r.loc[pd.Timestamp(b)] / r.loc[pd.Timestamp(a)] - 1))


def last_ratio_at_or_above(t1, t2, d):
    r = (ser(t1) / ser(t2)).dropna().loc[:pd.Timestamp(d)]
    v = r.iloc[-1]
    prev = r.iloc[:-1]
    return ds(prev[prev >= v].index[-1])


def last_ratio_at_or_below(t1, t2, d):
    r = (ser(t1) / ser(t2)).dropna().loc[:pd.Timestamp(d)]
    v = r.iloc[-1]
    prev = r.iloc[:-1]
    return ds(prev[prev <= v].index[-1])


def ratio_pct_below_max(t1, t2, d, a, b):
    r = (ser(t1) / ser(t2)).dropna()
    return r2(100 * (1 - r.loc[pd.Timestamp(d)] / r.loc[pd.Timestamp(a):pd.Timestamp(b)].max()))


def ratio_extreme_month(t1, t2, a, b, kind):
    """[month, value] of the lowest ('min') or highest ('max') month-end RUT/SPX-style ratio in a..b."""
    m = (ser(t1) / ser(t2)).dropna().resample('ME').last().loc[pd.Timestamp(a):pd.Timestamp(b)]
    k = m.idxmin() if kind == 'min' else m.idxmax()
    return [pd.Timestamp(k).strftime('%Y-%m'), r2(m.loc[k], 4)]


def ratio_extreme_day(t1, t2, a, b, kind):
    r = (ser(t1) / ser(t2)).dropna().loc[pd.Timestamp(a):pd.Timestamp(b)]
    k = r.idxmin() if kind == 'min' else r.idxmax()
    return [ds(k), r2(r.loc[k], 4)]


def ratio_month_changes_at_least(t1, t2, v, a, b):
    """months in a..b whose month-end ratio change was at least v percent."""
    m = (ser(t1) / ser(t2)).dropna().resample('ME').last()
    ch = 100 * m.pct_change()
    ch = ch.loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [pd.Timestamp(k).strftime('%Y-%m') for k in ch[ch >= v].index]


def week_up_streak(t, friday):
    s = ser(t).resample('W-FRI').last().dropna()
    r = s.pct_change().loc[:pd.Timestamp(friday)]
    n = 0
    for v in r.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def week_streaks(t, a, b, minlen):
    """[[length, last Friday], ...] of weekly winning streaks of at least minlen weeks ending in a..b."""
    s = ser(t).resample('W-FRI').last().dropna()
    r = s.pct_change().loc[:pd.Timestamp(b)]
    out, n, last = [], 0, None
    for d, v in r.items():
        if v > 0:
            n += 1
            last = d
        else:
            if n >= minlen and last >= pd.Timestamp(a):
                out.append([n, ds(last)])
            n = 0
    if n >= minlen and last >= pd.Timestamp(a):
        out.append([n, ds(last)])
    return out


def rate(name, d):
    s = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')['value'].dropna()
    return r2(s.loc[:pd.Timestamp(d)].iloc[-1])


def rate_up_streak(name, d):
    s = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')['value'].dropna()
    s = s.loc[:pd.Timestamp(d)].diff()
    n = 0
    for v in s.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def curve_inverted_days(a, b):
    """sessions in a..b with DGS10 - DGS2 below zero (FRED end of day)."""
    t10 = pd.read_csv(os.path.join(DATA, 'DGS10.csv'), parse_dates=['date']).set_index('date')['value']
    t2 = pd.read_csv(os.path.join(DATA, 'DGS2.csv'), parse_dates=['date']).set_index('date')['value']
    sp = (t10 - t2).dropna().loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [ds(d) for d in sp[sp < 0].index]


def fed_changes(a, b):
    """[[effective date, new upper bound], ...] in a..b (DFEDTARU)."""
    s = pd.read_csv(os.path.join(DATA, 'DFEDTARU.csv'), parse_dates=['date']).set_index('date')['value']
    s = s.loc[pd.Timestamp(a) - pd.Timedelta(days=1):pd.Timestamp(b)]
    ch = s[s.diff() != 0].iloc[1:]
    return [[ds(d), float(v)] for d, v in ch.items()]


def fed_range(d):
    lo = pd.read_csv(os.path.join(DATA, 'DFEDTARL.csv'), parse_dates=['date']).set_index('date')['value']
    return [float(lo.loc[:pd.Timestamp(d)].iloc[-1]), fed_upper(d)]


def fomc_meetings(a, b):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    m = m[(m['date'] >= pd.Timestamp(a)) & (m['date'] <= pd.Timestamp(b))]
    return [ds(d) for d in m['date']]


def last_fed_cut_before(d):
    s = pd.read_csv(os.path.join(DATA, 'DFEDTARU.csv'), parse_dates=['date']).set_index('date')['value']
    a = pd.read_csv(os.path.join(DATA, 'DFEDTAR.csv'), parse_dates=['date']).set_index('date')['value']
    s = pd.concat([a.loc[:'2008-12-15'], s]).loc[:pd.Timestamp(d)]
    cuts = s[s.diff() < 0]
    return ds(cuts.index[-1])


def ma_crosses(t, fast, slow, a, b, kind='golden'):
    s = ser(t)
    f, w = s.rolling(fast).mean(), s.rolling(slow).mean()
    above = (f > w)
    if kind == 'golden':
        c = above & ~above.shift(1, fill_value=False)
    else:
        c = ~above & above.shift(1, fill_value=False)
    c = c & w.notna()
    return [ds(d) for d in c.loc[pd.Timestamp(a):pd.Timestamp(b)][lambda z: z].index]


def last_ma_above_before(t, fast, slow, d):
    """last session before d on which the fast moving average closed above the slow one."""
    s = ser(t)
    f, w = s.rolling(fast).mean(), s.rolling(slow).mean()
    ab = (f > w).loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return ds(ab[ab].index[-1])


def golden_cross_avg_return(t, fast, slow, before, h):
    """average percent change over h sessions after each golden cross before the given date."""
    s = ser(t)
    dates = ma_crosses(t, fast, slow, '1900-01-01', pd.Timestamp(before) - pd.Timedelta(days=1))
    idx = s.index
    vals = []
    for d in dates:
        i = idx.get_loc(pd.Timestamp(d))
        if i + h < len(idx):
            vals.append(100 * (s.iloc[i + h] / s.iloc[i] - 1))
    return r2(sum(vals) / len(vals))


def n_day_pct(t, d, n):
    s = ser(t).loc[:pd.Timestamp(d)]
    return r2(100 * (s.iloc[-1] / s.iloc[-1 - n] - 1))


def last_n_day_at_least(t, d, n, v=None):
    """last session before d whose n-session percent change was at least v (default: d's own change)."""
    s = ser(t)
    ch = 100 * (s / s.shift(n) - 1)
    if v is None:
        v = ch.loc[pd.Timestamp(d)]
    prev = ch.loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return ds(prev[prev >= v].index[-1])


def last_gain_as_big(t, d, v=None):
    """last session before d with a daily percent gain at least v (default: d's own gain)."""
    r = 100 * ser(t).pct_change()
    if v is None:
        v = r.loc[pd.Timestamp(d)]
    prev = r.loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return ds(prev[prev >= v].index[-1])


def ytd_range(t, d):
    """[low, high] year-to-date percent change at the session extremes of d."""
    d = pd.Timestamp(d)
    base = ser(t).loc[last_close_before(t, pd.Timestamp(year=d.year, month=1, day=1))]
    return [r2(100 * (ser(t, 'low').loc[d] / base - 1)), r2(100 * (ser(t, 'high').loc[d] / base - 1))]


def mtd_range(t, d):
    d = pd.Timestamp(d)
    base = ser(t).loc[last_close_before(t, pd.Timestamp(year=d.year, month=d.month, day=1))]
    return [r2(100 * (ser(t, 'low').loc[d] / base - 1)), r2(100 * (ser(t, 'high').loc[d] / base - 1))]


def n_day_range(t, d, n):
    """[low, high] n-session percent change at the session extremes of d."""
    s = ser(t).loc[:pd.Timestamp(d)]
    base = s.iloc[-1 - n]
    return [r2(100 * (ser(t, 'low').loc[pd.Timestamp(d)] / base - 1)), r2(100 * (ser(t, 'high').loc[pd.Timestamp(d)] / base - 1))]


def is_record_high(t, d):
    h = ser(t, 'high').loc[:pd.Timestamp(d)]
    return bool(h.iloc[-1] > h.iloc[:-1].max())


def up_while_others_down(t, others, thr, a, b):
    """sessions in a..b on which t rose more than thr percent while every index in others fell."""
    cols = [100 * ser(t).pct_change()] + [100 * ser(o).pct_change() for o in others]
    d = pd.concat(cols, axis=1, sort=True).dropna()
    m = d.iloc[:, 0] > thr
    for i in range(1, d.shape[1]):
        m = m & (d.iloc[:, i] < 0)
    m = m.loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [ds(x) for x in m[m].index]


def abs_spread_rank(t1, t2, d, a):
    """rank (1 = largest) of the absolute daily percent-change spread t1 - t2 on d among sessions a..d."""
    sp = (100 * (ser(t1).pct_change() - ser(t2).pct_change())).abs().dropna().loc[pd.Timestamp(a):pd.Timestamp(d)]
    v = sp.loc[pd.Timestamp(d)]
    return int((sp > v).sum()) + 1


def month_spread(t1, t2, y, m):
    return r2(month_return(t1, y, m) - month_return(t2, y, m))


def month_spread_flips_at_least(t1, t2, v, upto):
    """months up to upto whose monthly return spread t1 - t2 rose by at least v points from the previous month."""
    a = 100 * ser(t1).resample('ME').last().pct_change()
    b = 100 * ser(t2).resample('ME').last().pct_change()
    f = (a - b).dropna().diff().dropna().loc[:pd.Timestamp(upto)]
    return [pd.Timestamp(k).strftime('%Y-%m') for k in f[f >= v].index]


def tr_pct(t, a, b):
    s = ser(t, 'adj_close')
    return r2(100 * (s.loc[pd.Timestamp(b)] / s.loc[pd.Timestamp(a)] - 1))


def years_underperformed(t1, t2, y0, y1):
    """years y0..y1 in which t1's price return was below t2's."""
    return [y for y in range(y0, y1 + 1) if year_return(t1, y) < year_return(t2, y)]


def week_all_lower(ts, friday):
    return bool(all(week_return(t, friday) < 0 for t in ts))


def rel_streak_events(t1, t2, minlen, before):
    """days on which a streak of at least minlen sessions of t1 beating t2 ended (t2 did better), before the date."""
    x = _rel(t1, t2).loc[:pd.Timestamp(before) - pd.Timedelta(days=1)]
    out, n = [], 0
    for d, v in x.items():
        if v > 0:
            n += 1
        else:
            if n >= minlen:
                out.append(d)
            n = 0
    return out


def post_streak_stat(t1, t2, minlen, before, h, what):
    """statistics h sessions after the end of t1-over-t2 streaks (close of the first day t2 did better):
    what = 'avg1' t1 average %, 'pos1' share positive %, 'beat' share t1 beat t2 %, 'avg2' t2 average %."""
    ev = rel_streak_events(t1, t2, minlen, before)
    s1, s2 = ser(t1), ser(t2)
    idx = s1.index
    a, b = [], []
    for d in ev:
        i = idx.get_loc(d)
        if i + h < len(idx):
            e = idx[i + h]
            a.append(100 * (s1.loc[e] / s1.loc[d] - 1))
            b.append(100 * (s2.loc[e] / s2.loc[d] - 1))
    if what == 'avg1':
        return r2(sum(a) / len(a))
    if what == 'pos1':
        return r2(100 * sum(1 for v in a if v > 0) / len(a))
    if what == 'beat':
        return r2(100 * sum(1 for u, v in zip(a, b) if u > v) / len(a))
    if what == 'avg2':
        return r2(sum(b) / len(b))
    if what == 'n':
        return len(a)


def anytime_avg(t, h, a, b):
    s = ser(t)
    ch = 100 * (s.shift(-h) / s - 1)
    return r2(ch.loc[pd.Timestamp(a):pd.Timestamp(b)].mean())


def n_day_margin(t1, t2, d, n):
    """n-session percent change of t1 minus that of t2, ending at d (points)."""
    return r2(n_day_pct(t1, d, n) - n_day_pct(t2, d, n))


def max_n_day_margin(t1, t2, a, b, n):
    """[last day, value] of the largest n-session margin of t1 over t2 for windows ending in a..b."""
    s1, s2 = ser(t1), ser(t2)
    m = (100 * (s1 / s1.shift(n) - 1) - 100 * (s2 / s2.shift(n) - 1)).dropna().loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [ds(m.idxmax()), r2(m.max())]


def last_spread_at_least(t1, t2, d):
    """last session before d on which t1's daily percent change beat t2's by at least as much as on d."""
    sp = (100 * (ser(t1).pct_change() - ser(t2).pct_change())).dropna()
    v = sp.loc[pd.Timestamp(d)]
    prev = sp.loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return ds(prev[prev >= v].index[-1])


# ---------------------------------------------------------------- added for corpus 40a
def weekday(d):
    return pd.Timestamp(d).strftime('%A')


def is_trading_day(t, d):
    return bool(pd.Timestamp(d) in ser(t).index)


def session_range(t, d):
    """[low, high] of session d."""
    return [low(t, d), high(t, d)]


def prior_record_high(t, d):
    """[date, value] of the highest intraday high before session d."""
    h = ser(t, 'high').loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return [ds(h.idxmax()), r2(h.max())]


def max_high(t, a, b):
    h = ser(t, 'high').loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [ds(h.idxmax()), r2(h.max())]


def last_up_streak_at_least(t, d):
    """[length, last day] of the last run of up closes, before the run ending at d, that was at least as long."""
    n = up_streak(t, d)
    s = ser(t).loc[:pd.Timestamp(d)]
    r = s.diff()
    start = s.index[-n]
    best = None
    run, last = 0, None
    for day, v in r.loc[:start - pd.Timedelta(days=1)].items():
        if v > 0:
            run += 1
            last = day
        else:
            if run >= n:
                best = [run, ds(last)]
            run = 0
    if run >= n:
        best = [run, ds(last)]
    return best


def up_streak_events(t, n, a, b):
    """days in a..b on which a run of up closes reached n sessions."""
    s = ser(t)
    r = s.diff()
    out, run = [], 0
    for day, v in r.items():
        run = run + 1 if v > 0 else 0
        if run == n and pd.Timestamp(a) <= day <= pd.Timestamp(b):
            out.append(day)
    return out


def up_streak_fwd(t, n, a, b, h, what):
    """after each day in a..b on which an up-close run reached n sessions: h-session forward percent change
    ('avg' average, 'pos' share positive in percent, 'n' number of events)."""
    s = ser(t)
    idx = s.index
    vals = []
    for day in up_streak_events(t, n, a, b):
        i = idx.get_loc(day)
        if i + h < len(idx):
            vals.append(100 * (s.iloc[i + h] / s.iloc[i] - 1))
    if what == 'n':
        return len(vals)
    if what == 'avg':
        return r2(sum(vals) / len(vals))
    if what == 'pos':
        return r2(100 * sum(1 for v in vals if v > 0) / len(vals))


def first_close_below_peak(t, a, b, thr):
    """first session in a..b whose close is at least thr percent below the highest close since a."""
    s = ser(t).loc[pd.Timestamp(a):pd.Timestamp(b)]
    dd = 100 * (1 - s / s.cummax())
    hit = dd[dd >= thr]
    return ds(hit.index[0]) if len(hit) else None


def max_drawdown(t, a, b):
    """largest percent decline of a close from the highest close since a, within a..b."""
    s = ser(t).loc[pd.Timestamp(a):pd.Timestamp(b)]
    return r2((100 * (1 - s / s.cummax())).max())


def rate_last_at_or_above(name, d):
    """last day before d whose value was at least the value on d (FRED end of day)."""
    s = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')['value'].dropna()
    v = s.loc[:pd.Timestamp(d)].iloc[-1]
    prev = s.loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return ds(prev[prev >= v].index[-1])


def rate_change_bp(name, a, b):
    s = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')['value'].dropna()
    return r2(100 * (s.loc[:pd.Timestamp(b)].iloc[-1] - s.loc[:pd.Timestamp(a)].iloc[-1]), 1)


def last_intraday_gain_at_least(t, d):
    """last session before d whose high was at least as far above the previous close as d's high."""
    g = 100 * (ser(t, 'high') / ser(t).shift(1) - 1)
    v = g.loc[pd.Timestamp(d)]
    prev = g.loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return ds(prev[prev >= v].index[-1])


def max_spread_day(t1, t2, a, b):
    """[day, value] of the largest daily percent-change spread t1 - t2 in a..b."""
    sp = (100 * (ser(t1).pct_change() - ser(t2).pct_change())).dropna().loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [ds(sp.idxmax()), r2(sp.max())]


def days_up_while_down(t1, t2, thr, a, b):
    """sessions in a..b on which t1 rose at least thr percent while t2 fell."""
    x = pd.concat([100 * ser(t1).pct_change(), 100 * ser(t2).pct_change()], axis=1, sort=True).dropna()
    m = (x.iloc[:, 0] >= thr) & (x.iloc[:, 1] < 0)
    m = m.loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [ds(z) for z in m[m].index]


def fed_total_change(a, b):
    """change of the upper bound of the target (percentage points) from day a to day b."""
    return r2(fed_upper(b) - fed_upper(a))


def fed_peak(a, b):
    """highest upper bound of the target between a and b."""
    s = pd.read_csv(os.path.join(DATA, 'DFEDTARU.csv'), parse_dates=['date']).set_index('date')['value']
    return float(s.loc[pd.Timestamp(a):pd.Timestamp(b)].max())


def dfedtar_changes(a, b):
    """[[effective date, new target], ...] of DFEDTAR in a..b (before 2008-12-16)."""
    s = pd.read_csv(os.path.join(DATA, 'DFEDTAR.csv'), parse_dates=['date']).set_index('date')['value']
    s = s.loc[pd.Timestamp(a) - pd.Timedelta(days=1):pd.Timestamp(b)]
    ch = s[s.diff() != 0].iloc[1:]
    return [[ds(d), float(v)] for d, v in ch.items()]


def pct_after(t, d, months):
    """percent change from the close of d to the last close on or before d + months calendar months."""
    end = ser(t).loc[:pd.Timestamp(d) + pd.DateOffset(months=months)].index[-1]
    return pct(t, d, end)


def drawdown_range(t, d, ref=None):
    """[percent below the reference close at the session high, at the session low] of session d;
    the reference is the highest close before d unless given."""
    if ref is None:
        ref = ser(t).loc[:pd.Timestamp(d) - pd.Timedelta(days=1)].max()
    return [r2(100 * (1 - high(t, d) / ref)), r2(100 * (1 - low(t, d) / ref))]


def zq(contract, d, col='implied_rate'):
    """a column of one 30-day fed funds futures contract on day d (ZQ_futures.csv; implied_rate = 100 - close)."""
    z = pd.read_csv(os.path.join(DATA, 'ZQ_futures.csv'), parse_dates=['date'])
    z = z[(z['contract'] == contract) & (z['date'] == pd.Timestamp(d))]
    return r2(float(z[col].iloc[0]), 3)


def zq_cuts_priced(contract, d):
    """[cuts of 25 bp priced by the contract month at the close, at the contract's high, at its low]:
    (effective fed funds rate DFF on d - implied rate) / 0.25."""
    eff = rate('DFF', d)
    out = []
    for col in ('close', 'high', 'low'):
        out.append(r2((eff - (100 - zq(contract, d, col))) / 0.25))
    return out


def pct_months(t, d, m0, m1):
    """percent change from the last close on or before d + m0 months to the last close on or before d + m1 months."""
    s = ser(t)
    a = s.loc[:pd.Timestamp(d) + pd.DateOffset(months=m0)].index[-1]
    b = s.loc[:pd.Timestamp(d) + pd.DateOffset(months=m1)].index[-1]
    return pct(t, a, b)


def rsi(t, d, n=14, kind='wilder'):
    """relative strength index of closes at d ('wilder' smoothing or 'sma')."""
    x = ser(t).diff()
    up, dn = x.clip(lower=0), -x.clip(upper=0)
    if kind == 'wilder':
        rs = up.ewm(alpha=1.0 / n, adjust=False).mean() / dn.ewm(alpha=1.0 / n, adjust=False).mean()
    else:
        rs = up.rolling(n).mean() / dn.rolling(n).mean()
    return r2((100 - 100 / (1 + rs)).loc[pd.Timestamp(d)], 1)


RECIPES = {}  # filled from recipes.json beside this file


# ---- helpers added for heldout42a
def rs_n(t1, t2, d, n):
    """n-session relative strength: (1 + n-session change of t1) / (1 + n-session change of t2), 4 dp."""
    a = ser(t1).loc[:pd.Timestamp(d)]
    b = ser(t2).loc[:pd.Timestamp(d)]
    return r2((a.iloc[-1] / a.iloc[-1 - n]) / (b.iloc[-1] / b.iloc[-1 - n]), 4)


def _rs_series(t1, t2, n, col='close'):
    a = ser(t1, col)
    b = ser(t2, col)
    j = pd.concat([a, b], axis=1, join='inner').dropna()
    return (j.iloc[:, 0] / j.iloc[:, 0].shift(n)) / (j.iloc[:, 1] / j.iloc[:, 1].shift(n))


def last_rs_at_or_above(t1, t2, d, n):
    """last session before d whose n-session relative strength was at least d's."""
    s = _rs_series(t1, t2, n)
    v = s.loc[pd.Timestamp(d)]
    prev = s.loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return ds(prev[prev >= v - 1e-12].index[-1])


def last_rs_at_or_below(t1, t2, d, n, level=None):
    s = _rs_series(t1, t2, n)
    v = s.loc[pd.Timestamp(d)] if level is None else level
    prev = s.loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    return ds(prev[prev <= v + 1e-12].index[-1])


def rs_min_in(t1, t2, n, a, b):
    s = _rs_series(t1, t2, n).loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [ds(s.idxmin()), r2(s.min(), 4)]


def rs_months_below(t1, t2, n, level, a, b):
    """calendar months (YYYY-MM) in a..b with at least one session whose n-session RS was below level."""
    s = _rs_series(t1, t2, n).loc[pd.Timestamp(a):pd.Timestamp(b)]
    return sorted(set(x.strftime('%Y-%m') for x in s[s < level].index))


def n_spread(t1, t2, n, col='close'):
    a = ser(t1, col)
    b = ser(t2, col)
    j = pd.concat([a, b], axis=1, join='inner').dropna()
    return 100 * (j.iloc[:, 0] / j.iloc[:, 0].shift(n) - 1) - 100 * (j.iloc[:, 1] / j.iloc[:, 1].shift(n) - 1)


def n_spread_at(t1, t2, d, n):
    return r2(n_spread(t1, t2, n).loc[pd.Timestamp(d)])


def n_spread_stats(t1, t2, n, a, b):
    """[mean, standard deviation] of the n-session return spread (percentage points) over sessions a..b."""
    s = n_spread(t1, t2, n).loc[pd.Timestamp(a):pd.Timestamp(b)].dropna()
    return [r2(s.mean()), r2(s.std())]


def n_spread_extreme(t1, t2, n, a, b, kind='max'):
    s = n_spread(t1, t2, n).loc[pd.Timestamp(a):pd.Timestamp(b)].dropna()
    return [ds(s.idxmax()), r2(s.max())] if kind == 'max' else [ds(s.idxmin()), r2(s.min())]


def is_52w_low(t, d, n=252):
    s = ser(t).loc[:pd.Timestamp(d)]
    return bool(s.iloc[-1] <= s.iloc[-1 - n:-1].min())


def is_52w_high(t, d, n=252):
    s = ser(t).loc[:pd.Timestamp(d)]
    return bool(s.iloc[-1] >= s.iloc[-1 - n:-1].max())


def pos_in_52w_range(t, d, n=252):
    """(close - 52-week low close) / (52-week high close - low), 0 = at the low, 1 = at the high."""
    s = ser(t).loc[:pd.Timestamp(d)].iloc[-1 - n:]
    return r2((s.iloc[-1] - s.min()) / (s.max() - s.min()), 3)


def low_rut_high_spx_months(t1, t2, a, b, n=252):
    """months in a..b with a session where t1 closed at an n-session low while t2 sat in the upper half of its n-session range."""
    s1 = ser(t1)
    s2 = ser(t2)
    j = pd.concat([s1, s2], axis=1, join='inner').dropna()
    lo1 = j.iloc[:, 0].rolling(n + 1).min()
    hi2 = j.iloc[:, 1].rolling(n + 1).max()
    lo2 = j.iloc[:, 1].rolling(n + 1).min()
    cond = (j.iloc[:, 0] <= lo1) & ((j.iloc[:, 1] - lo2) / (hi2 - lo2) > 0.5)
    c = cond.loc[pd.Timestamp(a):pd.Timestamp(b)]
    return sorted(set(x.strftime('%Y-%m') for x in c[c].index))


def n_after(t, d, n):
    """percent change from the close of d to the close n sessions later."""
    s = ser(t)
    i = s.index.get_loc(pd.Timestamp(d))
    return r2(100 * (s.iloc[i + n] / s.iloc[i] - 1))


def tr_max_drawdown(t, a, b):
    s = ser(t, 'adj_close').loc[pd.Timestamp(a):pd.Timestamp(b)]
    return r2((100 * (1 - s / s.cummax())).max())


def growth_of(t, a, b, amount=1000, col='adj_close'):
    s = ser(t, col)
    return r2(amount * s.loc[pd.Timestamp(b)] / s.loc[pd.Timestamp(a)])


def ytd_tr(t, d):
    d = pd.Timestamp(d)
    s = ser(t, 'adj_close')
    base = s.loc[:pd.Timestamp(year=d.year, month=1, day=1) - pd.Timedelta(days=1)].index[-1]
    return tr_pct(t, base, s.loc[:d].index[-1])


def annualized(t, a, b, col='close'):
    s = ser(t, col)
    x = s.loc[pd.Timestamp(b)] / s.loc[pd.Timestamp(a)]
    yrs = (pd.Timestamp(b) - pd.Timestamp(a)).days / 365.25
    return r2(100 * (x ** (1 / yrs) - 1))


def month_end_ratio_change(t1, t2, a_month, b_month):
    """percent change of the t1/t2 close ratio from the last close of the month before a_month to the last close of b_month (YYYY-MM)."""
    r = (ser(t1) / ser(t2)).dropna()
    a0 = pd.Timestamp(a_month + '-01') - pd.Timedelta(days=1)
    b1 = pd.Timestamp(b_month + '-01') + pd.offsets.MonthEnd(0)
    x = r.loc[:a0].iloc[-1]
    y = r.loc[:b1].iloc[-1]
    return r2(100 * (y / x - 1))


def ratio_extreme_change(t1, t2, a, b):
    """percent change of the t1/t2 ratio from its extreme near a to its extreme near b (min->max if it rose, max->min if it fell), sessions a..b."""
    r = (ser(t1) / ser(t2)).dropna().loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [r2(100 * (r.max() / r.min() - 1)), ds(r.idxmin()), ds(r.idxmax())]


def n_after_range(t, a, b, n):
    """[min, max] over sessions a..b of the percent change to the close n sessions later."""
    s = ser(t)
    fwd = 100 * (s.shift(-n) / s - 1)
    w = fwd.loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [r2(w.min()), r2(w.max())]


def rs_first_day_at_least(t1, t2, n, level, a, b):
    s = _rs_series(t1, t2, n).loc[pd.Timestamp(a):pd.Timestamp(b)]
    h = s[s >= level]
    return ds(h.index[0]) if len(h) else None


def first_close_above(t, level, a):
    s = ser(t).loc[pd.Timestamp(a):]
    return ds(s[s > level].index[0])


def last_high_at_or_above(t, level, before):
    h = ser(t, 'high').loc[:pd.Timestamp(before)]
    return ds(h[h >= level].index[-1])


def low_high_signal_days(t1, t2, a, b, n=252):
    """sessions in a..b where t1 closed at an n-session low while t2 sat in the upper half of its n-session range."""
    s1 = ser(t1)
    s2 = ser(t2)
    j = pd.concat([s1, s2], axis=1, join='inner').dropna()
    lo1 = j.iloc[:, 0].rolling(n + 1).min()
    hi2 = j.iloc[:, 1].rolling(n + 1).max()
    lo2 = j.iloc[:, 1].rolling(n + 1).min()
    cond = (j.iloc[:, 0] <= lo1) & ((j.iloc[:, 1] - lo2) / (hi2 - lo2) > 0.5)
    c = cond.loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [ds(x) for x in c[c].index]


def last_52w_high_before(t, d, n=252):
    """last session before d whose close was at or above the highest close of the n sessions before it."""
    s = ser(t).loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    m = s.rolling(n + 1).max()
    hit = s[s >= m]
    return ds(hit.index[-1])


def rs_signal_days(t1, t2, n, level, a, b, below=True, gap_years=1):
    """first day of each signal in a..b (n-session RS below/at-or-above level), at most one signal per gap_years."""
    s = _rs_series(t1, t2, n).loc[pd.Timestamp(a):pd.Timestamp(b)].dropna()
    out, last = [], None
    for t, v in s.items():
        hit = v < level if below else v >= level
        if hit and (last is None or t > last + pd.DateOffset(years=gap_years)):
            out.append(ds(t))
            last = t
    return out


def spread_band_months(t1, t2, n, lo, hi, a, b):
    """months in a..b with a session whose n-session return spread (pp) was below lo or above hi."""
    s = n_spread(t1, t2, n).loc[pd.Timestamp(a):pd.Timestamp(b)].dropna()
    x = s[(s < lo) | (s > hi)]
    return sorted(set(t.strftime('%Y-%m') for t in x.index))


def spread_z(t1, t2, n, d, a):
    """z-score of the n-session spread at d against its mean and standard deviation over a..d."""
    s = n_spread(t1, t2, n).loc[pd.Timestamp(a):pd.Timestamp(d)].dropna()
    return r2((s.iloc[-1] - s.mean()) / s.std())


def down_while_up_last(t1, t2, n, thr, before):
    """[last session before `before` with t1's n-session change <= thr while t2's was positive, months of such sessions in the last 3 years before it]."""
    a = ser(t1)
    b = ser(t2)
    j = pd.concat([a, b], axis=1, join='inner').dropna()
    ca = 100 * (j.iloc[:, 0] / j.iloc[:, 0].shift(n) - 1)
    cb = 100 * (j.iloc[:, 1] / j.iloc[:, 1].shift(n) - 1)
    c = ((ca <= thr) & (cb > 0)).loc[:pd.Timestamp(before) - pd.Timedelta(days=1)]
    days = c[c].index
    last = days[-1]
    months = sorted(set(x.strftime('%Y-%m') for x in days if x > last - pd.DateOffset(years=3)))
    return [ds(last), months]


def month_end_closes(t):
    s = ser(t)
    return s.groupby(s.index.to_period('M')).last()


def rolling_months_at_or_below(t, months, thr, a, b, fwd=12):
    """[[YYYY-MM, trailing change %, forward change % over fwd months or None], ...] for month ends in a..b whose trailing `months`-month price change was at or below thr."""
    m = month_end_closes(t)
    tr = 100 * (m / m.shift(months) - 1)
    fw = 100 * (m.shift(-fwd) / m - 1)
    out = []
    for p, v in tr.items():
        ts = p.to_timestamp()
        if pd.Timestamp(a) <= ts <= pd.Timestamp(b) and v == v and v <= thr:
            f = fw.loc[p]
            out.append([str(p), r2(v), None if f != f else r2(f)])
    return out


def monthly_beta(t, bench, a, b, col='adj_close', bcol='adj_close'):
    """beta of monthly returns (month-end closes) of t against bench over month ends a..b."""
    x = ser(t, col)
    y = ser(bench, bcol)
    mx = x.groupby(x.index.to_period('M')).last().pct_change()
    my = y.groupby(y.index.to_period('M')).last().pct_change()
    j = pd.concat([mx, my], axis=1).dropna()
    j = j.loc[pd.Period(a, 'M'):pd.Period(b, 'M')]
    return r2(j.iloc[:, 0].cov(j.iloc[:, 1]) / j.iloc[:, 1].var())


def ratio_pos_in_range(t1, t2, d, a):
    """position of the t1/t2 ratio at d in its closing range over a..d (0 = low, 1 = high), with the range and mean."""
    r = (ser(t1) / ser(t2)).dropna().loc[pd.Timestamp(a):pd.Timestamp(d)]
    return [r2((r.iloc[-1] - r.min()) / (r.max() - r.min()), 3), r2(r.min(), 4), r2(r.max(), 4), ds(r.idxmax()), r2(r.mean(), 4)]


def canon(v):
    if isinstance(v, float):
        return round(v, 2)
    if isinstance(v, (list, tuple)):
        return [canon(x) for x in v]
    return v


def main():
    global DATA
    args = sys.argv[1:]
    DATA = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('give the data directory as the first argument or in CAPSCOPE_DATA_DIR')
    key_path = args[1] if len(args) > 1 else os.path.join(HERE, 'key.jsonl')
    recipes = json.load(open(os.path.join(HERE, 'recipes.json')))
    keys = [json.loads(l) for l in open(key_path) if l.strip()]
    n_rec = 0
    bad = 0
    for k in keys:
        rid = '%s#%d' % (k['passage_id'], k['claim_index'])
        expr = recipes.get(rid)
        if expr is None:
            got = None
        else:
            n_rec += 1
            got = canon(eval(expr))
        want = canon(k['computed_value'])
        ok = got == want
        if not ok:
            bad += 1
        print('%-60s %-6s %s' % (rid, 'ok' if ok else 'DIFF', json.dumps(got)) + ('' if ok else '  key: ' + json.dumps(want)))
    print('%d recipes, %d key records, %d mismatches' % (n_rec, len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
