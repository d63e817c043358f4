"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(the data directory may also be given in the environment variable CAPSCOPE_DATA_DIR)
Exits 1 if any recomputed value differs from the key.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'NDX': 'NDX', 'RUT': 'RUT', 'VIX': 'VIX', 'IWM': 'IWM', 'SPY': 'SPY', 'QQQ': 'QQQ'}
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




# ---------------------------------------------------------------- helpers added for this corpus

def adj_pct(t, a, b):
    """total-return change (adj_close) of an ETF from session a to session b, in percent."""
    s = ser(t, 'adj_close')
    return r2(100 * (s.loc[pd.Timestamp(b)] / s.loc[pd.Timestamp(a)] - 1))


def adj_value(t, a, b, amount):
    """value at b of `amount` invested at the close of a, dividends reinvested (adj_close)."""
    s = ser(t, 'adj_close')
    return r2(amount * s.loc[pd.Timestamp(b)] / s.loc[pd.Timestamp(a)], 0)


def ratio(x, y):
    return r2(x / y)


def pct_diff(x, y):
    return r2(x - y)


def _rel(a, b):
    ra = ser(a).pct_change()
    rb = ser(b).pct_change()
    return (ra - rb).dropna()


def rel_streak(a, b, d):
    """consecutive sessions ending at d on which a's daily percent change beat b's."""
    x = _rel(a, b).loc[:pd.Timestamp(d)]
    n = 0
    for v in x.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def rel_streaks(a, b, upto):
    """list of [length, first day, last day] of every run of daily outperformance of a over b up to upto."""
    x = _rel(a, b).loc[:pd.Timestamp(upto)]
    out, n, start, prev = [], 0, None, None
    for dt, v in x.items():
        if v > 0:
            if n == 0:
                start = dt
            n += 1
        else:
            if n:
                out.append([n, ds(start), ds(prev)])
            n = 0
        prev = dt
    if n:
        out.append([n, ds(start), ds(prev)])
    return out


def last_rel_streak_at_least(a, b, n, before):
    """[length, first, last] of the last run of at least n sessions of outperformance ending before `before`."""
    runs = [r for r in rel_streaks(a, b, pd.Timestamp(before) - pd.Timedelta(days=1)) if r[0] >= n]
    return runs[-1] if runs else None


def longest_rel_streak(a, b, upto):
    runs = rel_streaks(a, b, upto)
    best = max(runs, key=lambda r: r[0])
    return best


def rel_streak_rank(a, b, d):
    """[length of the run ending at d, number of earlier runs at least as long]."""
    n = rel_streak(a, b, d)
    runs = [r for r in rel_streaks(a, b, pd.Timestamp(d) - pd.Timedelta(days=1)) if r[0] >= n]
    return [n, len(runs)]


def gain_runs(t, n, thr, upto):
    """number of distinct runs of at least n consecutive sessions each up more than thr percent, up to upto."""
    r = 100 * ser(t).loc[:pd.Timestamp(upto)].pct_change()
    runs, k = 0, 0
    for v in r.dropna():
        if v > thr:
            k += 1
            if k == n:
                runs += 1
        else:
            k = 0
    return runs


def day_gain_rank(t, d):
    """rank of d's daily percent gain among all daily changes in the file up to d (1 = biggest)."""
    r = 100 * ser(t).loc[:pd.Timestamp(d)].pct_change().dropna()
    v = r.loc[pd.Timestamp(d)]
    return int((r > v).sum() + 1)


def rel_day(a, b, d):
    """a's daily percent change minus b's on d, in percentage points."""
    return r2(100 * _rel(a, b).loc[pd.Timestamp(d)])


def last_rel_day_at_least(a, b, d):
    """last session before d on which a beat b by at least as much as on d."""
    x = _rel(a, b).loc[:pd.Timestamp(d)]
    v = x.iloc[-1]
    prev = x.iloc[:-1]
    return ds(prev[prev >= v].index[-1])


def rel_window(a, b, start, end):
    """a's change minus b's change from the close of start to the close of end, in percentage points."""
    return r2(pct(a, start, end) - pct(b, start, end))


def last_rel_window_at_least(a, b, n, d):
    """last n-session window ending before d whose relative change of a over b was at least that of the window ending at d."""
    sa, sb = ser(a), ser(b)
    idx = sa.index.intersection(sb.index)
    sa, sb = sa.loc[idx], sb.loc[idx]
    rel = (100 * (sa / sa.shift(n) - 1) - 100 * (sb / sb.shift(n) - 1)).dropna().loc[:pd.Timestamp(d)]
    v = rel.iloc[-1]
    prev = rel.iloc[:-1]
    hit = prev[prev >= v]
    return [r2(v), ds(hit.index[-1]) if len(hit) else None]


def month_rel(a, b, y, m):
    return r2(month_return(a, y, m) - month_return(b, y, m))


def best_month_before(t, y, m):
    """last month before y-m with a return at least as large as y-m's: [YYYY-MM, return]."""
    v = month_return(t, y, m)
    s = ser(t)
    me = s.resample('ME').last()
    r = 100 * me.pct_change()
    cur = pd.Timestamp(year=y, month=m, day=1) + pd.offsets.MonthEnd(0)
    prev = r.loc[:cur - pd.Timedelta(days=1)]
    hit = prev[prev >= v - 1e-9]
    return [pd.Timestamp(hit.index[-1]).strftime('%Y-%m'), r2(hit.iloc[-1])]


def fed_range(d):
    """[lower, upper] of the federal funds target range in force on day d (from 2008-12-16)."""
    d = pd.Timestamp(d)
    lo = pd.read_csv(os.path.join(DATA, 'DFEDTARL.csv'), parse_dates=['date']).set_index('date')['value']
    up = pd.read_csv(os.path.join(DATA, 'DFEDTARU.csv'), parse_dates=['date']).set_index('date')['value']
    return [float(lo.loc[:d].iloc[-1]), float(up.loc[:d].iloc[-1])]


def fed_changes(a, b):
    """[effective date, new upper bound] of every upper-bound change from a to b."""
    up = pd.read_csv(os.path.join(DATA, 'DFEDTARU.csv'), parse_dates=['date']).set_index('date')['value']
    s = up.loc[pd.Timestamp(a) - pd.Timedelta(days=1):pd.Timestamp(b)]
    ch = s[s.diff() != 0].iloc[1:]
    return [[ds(i), float(v)] for i, v in ch.items()]


def fomc_dates(a, b):
    f = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    f = f[(f['date'] >= pd.Timestamp(a)) & (f['date'] <= pd.Timestamp(b))]
    return [ds(x) for x in f['date']]


def record_count_in(t, a, b):
    """number of record closes from a to b."""
    s = ser(t)
    run = s.cummax().shift(1)
    rec = s > run
    return int(rec.loc[pd.Timestamp(a):pd.Timestamp(b)].sum())


def record_high_upto(t, d):
    """[date, value] of the highest intraday high up to and including d."""
    s = ser(t, 'high').loc[:pd.Timestamp(d)]
    return [ds(s.idxmax()), r2(s.max())]


def is_record_high(t, d):
    s = ser(t, 'high').loc[:pd.Timestamp(d)]
    return bool(s.iloc[-1] > s.iloc[:-1].max())


def sessions_since_record(t, d):
    """sessions from the last record close before d up to d (d excluded), i.e. the dry spell ended by d."""
    s = ser(t).loc[:pd.Timestamp(d)]
    prev = s.iloc[:-1]
    last = prev.idxmax()
    return int(len(prev.loc[last:]) - 1)


def drawdown_from_high(t, a, b):
    """percent drop from the highest close in a..b to the lowest close after it in a..b."""
    s = ser(t).loc[pd.Timestamp(a):pd.Timestamp(b)]
    top = s.idxmax()
    return r2(100 * (1 - s.loc[top:].min() / s.max()))


def ppd(x, days):
    return r2(x / days)


def rs_n(a, b, n, d):
    """n-session relative strength of a against b ending at d, times 100 ((1 + r_a) / (1 + r_b) * 100)."""
    sa, sb = ser(a), ser(b)
    ia = sa.loc[:pd.Timestamp(d)]
    ib = sb.loc[:pd.Timestamp(d)]
    return r2(100 * (ia.iloc[-1] / ia.iloc[-1 - n]) / (ib.iloc[-1] / ib.iloc[-1 - n]))


def rs_n_days_at_least(a, b, n, level, upto):
    """sessions up to upto whose n-session relative strength of a against b (x100) was at least level."""
    sa, sb = ser(a), ser(b)
    idx = sa.index.intersection(sb.index)
    sa, sb = sa.loc[idx], sb.loc[idx]
    rs = (100 * (sa / sa.shift(n)) / (sb / sb.shift(n))).dropna().loc[:pd.Timestamp(upto)]
    return [ds(x) for x in rs[rs >= level].index]


def rs_n_max(a, b, n, upto):
    """[date, value x100] of the highest n-session relative strength of a against b up to upto."""
    sa, sb = ser(a), ser(b)
    idx = sa.index.intersection(sb.index)
    sa, sb = sa.loc[idx], sb.loc[idx]
    rs = (100 * (sa / sa.shift(n)) / (sb / sb.shift(n))).dropna().loc[:pd.Timestamp(upto)]
    return [ds(rs.idxmax()), r2(rs.max())]


def rsi(t, d, n=14):
    """Wilder's n-session relative strength index on closes, at d (smoothing over the whole file up to d)."""
    s = ser(t).loc[:pd.Timestamp(d)]
    ch = s.diff().dropna()
    up = ch.clip(lower=0)
    dn = -ch.clip(upper=0)
    au = up.ewm(alpha=1.0 / n, adjust=False).mean()
    ad = dn.ewm(alpha=1.0 / n, adjust=False).mean()
    return r2(100 - 100 / (1 + au.iloc[-1] / ad.iloc[-1]))


def rel_mean(a, b, first, last):
    """mean daily outperformance of a over b (percentage points) over the sessions first..last inclusive."""
    x = 100 * _rel(a, b).loc[pd.Timestamp(first):pd.Timestamp(last)]
    return r2(x.mean())


def last_gain_as_big(t, d):
    """last session before d with a daily percent gain at least as large as d's."""
    s = ser(t).loc[:pd.Timestamp(d)]
    r = s.pct_change()
    v = r.iloc[-1]
    prev = r.iloc[:-1]
    return ds(prev[prev >= v].index[-1])


def rel_day_rank(a, b, d):
    """rank of d's daily outperformance of a over b among all days up to d (1 = best)."""
    x = _rel(a, b).loc[:pd.Timestamp(d)]
    return int((x >= x.iloc[-1]).sum())


def month_stats(t, m, y0, y1):
    """[mean return, percent of years up] of calendar month m over years y0..y1."""
    v = [month_return(t, y, m) for y in range(y0, y1 + 1)]
    return [r2(sum(v) / len(v)), r2(100.0 * sum(1 for x in v if x > 0) / len(v))]


def up_runs(t, upto):
    """[length, first day, last day, percent gain] of every run of consecutive higher closes up to upto."""
    s = ser(t).loc[:pd.Timestamp(upto)]
    r = s.diff()
    out, n, first = [], 0, None
    idx = list(s.index)
    for k in range(1, len(idx)):
        if r.iloc[k] > 0:
            if n == 0:
                first = k
            n += 1
        else:
            if n:
                out.append([n, ds(idx[first]), ds(idx[k - 1]), r2(100 * (s.iloc[k - 1] / s.iloc[first - 1] - 1))])
            n = 0
    if n:
        out.append([n, ds(idx[first]), ds(idx[-1]), r2(100 * (s.iloc[-1] / s.iloc[first - 1] - 1))])
    return out


def up_streak_gain(t, last):
    """[length, first day, percent gain] of the run of higher closes ending at last."""
    runs = [x for x in up_runs(t, last) if x[2] == ds(pd.Timestamp(last))]
    x = runs[-1]
    return [x[0], x[1], x[3]]


def last_up_run_at_least(t, n, before):
    """[length, first, last, gain] of the last run of at least n higher closes ending before `before`."""
    runs = [x for x in up_runs(t, pd.Timestamp(before) - pd.Timedelta(days=1)) if x[0] >= n]
    return runs[-1] if runs else None


def best_up_run_gain(t, n, upto):
    """[length, first, last, gain] of the run of at least n higher closes with the largest gain up to upto."""
    runs = [x for x in up_runs(t, upto) if x[0] >= n]
    return max(runs, key=lambda x: x[3])


def last_month_run_at_least(t, n, before):
    """[length, first month, last month] of the last run of at least n rising months ending before `before`."""
    me = ser(t).loc[:pd.Timestamp(before) - pd.Timedelta(days=1)].resample('ME').last()
    r = me.pct_change().dropna()
    runs, k, first = [], 0, None
    months = list(r.index)
    for i, v in enumerate(r):
        if v > 0:
            if k == 0:
                first = i
            k += 1
        else:
            if k >= n:
                runs.append([k, months[first].strftime('%Y-%m'), months[i - 1].strftime('%Y-%m')])
            k = 0
    if k >= n:
        runs.append([k, months[first].strftime('%Y-%m'), months[-1].strftime('%Y-%m')])
    return runs[-1] if runs else None


def pct_n_sessions(t, n, d):
    """percent change over the n sessions ending at d."""
    s = ser(t).loc[:pd.Timestamp(d)]
    return r2(100 * (s.iloc[-1] / s.iloc[-1 - n] - 1))


def last_n_move_at_least(t, n, level, before):
    """[date, value] of the last session before `before` whose n-session percent change was at least level."""
    s = ser(t).loc[:pd.Timestamp(before) - pd.Timedelta(days=1)]
    r = 100 * (s / s.shift(n) - 1)
    hit = r[r >= level]
    return [ds(hit.index[-1]), r2(hit.iloc[-1])]


def rsi_months_above(t, level, a, b, n=14):
    """months in a..b in which Wilder's n-session RSI closed above level, with the month's peak reading."""
    s = ser(t)
    ch = s.diff().dropna()
    au = ch.clip(lower=0).ewm(alpha=1.0 / n, adjust=False).mean()
    ad = (-ch.clip(upper=0)).ewm(alpha=1.0 / n, adjust=False).mean()
    rs = (100 - 100 / (1 + au / ad)).loc[pd.Timestamp(a):pd.Timestamp(b)]
    pk = rs.groupby(rs.index.to_period('M')).max()
    return [[str(m), r2(v)] for m, v in pk.items() if v >= level]


RECIPES = {}  # filled from recipes.json beside this file


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
