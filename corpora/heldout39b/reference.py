"""Recompute every computed_value of key.jsonl (corpus heldout39b) from the CSV files of the shared data directory.

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


# ---- helpers added for corpus 39b ----

def fed_target_change(d):
    """[target (upper end) the day before d, target on d]: DFEDTAR to 2008-12-15, then DFEDTARU."""
    d = pd.Timestamp(d)
    return [fed_upper(d - pd.Timedelta(days=1)), fed_upper(d)]


def fed_cuts_between(a, b):
    """number of cuts of the funds-rate target (DFEDTAR, effective dates) in a..b inclusive."""
    s = pd.read_csv(os.path.join(DATA, 'DFEDTAR.csv'), parse_dates=['date']).set_index('date')['value']
    ch = s.diff().loc[pd.Timestamp(a):pd.Timestamp(b)]
    return int((ch < 0).sum())


def week_pts(t, friday):
    """Friday close minus previous week's last close, in points."""
    f = pd.Timestamp(friday)
    s = ser(t)
    end = s.loc[:f].index[-1]
    start = s.loc[:f - pd.Timedelta(days=f.weekday() + 1)].index[-1]
    return pts(t, start, end)


def week_pts_gain_rank(t, friday):
    """rank of the week's point gain among all weekly point changes in the file up to that week (1 = largest gain)."""
    s = ser(t)
    wk = s.resample('W-FRI').last().dropna()
    d = wk.diff().loc[:pd.Timestamp(friday)].dropna()
    v = d.iloc[-1]
    return int((d > v).sum() + 1)


def day_pts_rank(t, d, sign):
    """rank of d's daily point change among all daily point changes in the file up to d
    (sign=1: among gains, 1 = largest gain; sign=-1: among drops, 1 = largest drop)."""
    r = ser(t).loc[:pd.Timestamp(d)].diff().dropna()
    v = r.iloc[-1]
    if sign > 0:
        return int((r > v).sum() + 1)
    return int((r < v).sum() + 1)


def last_drop_as_big_pts(t, d):
    """last session before d with a daily point drop at least as large as d's."""
    r = ser(t).loc[:pd.Timestamp(d)].diff()
    v = r.iloc[-1]
    prev = r.iloc[:-1]
    return ds(prev[prev <= v].index[-1])


def last_gain_as_big_pts(t, d):
    """last session before d with a daily point gain at least as large as d's."""
    r = ser(t).loc[:pd.Timestamp(d)].diff()
    v = r.iloc[-1]
    prev = r.iloc[:-1]
    return ds(prev[prev >= v].index[-1])


def first_high_at_or_above(t, level, after=None):
    h = ser(t, 'high')
    if after:
        h = h.loc[pd.Timestamp(after):]
    return ds(h[h >= level].index[0])


def last_high_at_or_above(t, level, before):
    """last session strictly before `before` whose intraday high reached level."""
    h = ser(t, 'high').loc[:pd.Timestamp(before) - pd.Timedelta(days=1)]
    return ds(h[h >= level].index[-1])


def intraday_crossings(t, a, b, level):
    """sessions in a..b (inclusive) whose high reached level but whose close stayed below it."""
    df_ = df(t).loc[pd.Timestamp(a):pd.Timestamp(b)]
    return int(((df_['high'] >= level) & (df_['close'] < level)).sum())


def sessions_high_at_or_above(t, a, b, level):
    """sessions in a..b (inclusive) whose intraday high reached level."""
    h = ser(t, 'high').loc[pd.Timestamp(a):pd.Timestamp(b)]
    return int((h >= level).sum())


def session_high_pts(t, d):
    """intraday high of d minus the previous close, in points."""
    return r2(ser(t, 'high').loc[pd.Timestamp(d)] - prev_close(t, d))


def session_low_pts(t, d):
    return r2(ser(t, 'low').loc[pd.Timestamp(d)] - prev_close(t, d))


def up_days(t, a, b):
    """sessions after a up to and including b that closed higher than the session before."""
    r = ser(t).diff().loc[pd.Timestamp(a):pd.Timestamp(b)].iloc[1:]
    return int((r > 0).sum())


def down_days(t, a, b):
    r = ser(t).diff().loc[pd.Timestamp(a):pd.Timestamp(b)].iloc[1:]
    return int((r < 0).sum())


def max_abs_move_pts(t, a, b):
    """largest absolute daily point change over the sessions in a..b (inclusive)."""
    r = ser(t).diff().loc[pd.Timestamp(a):pd.Timestamp(b)]
    return r2(r.abs().max())


def months_with_down_days_at_most(t, n, upto):
    """complete calendar months in the file up to `upto` with at most n down closes, as YYYY-MM."""
    s = ser(t).loc[:pd.Timestamp(upto)]
    r = s.diff()
    key = s.index.to_period('M')
    down = (r < 0).groupby(key).sum()
    last = pd.Timestamp(upto).to_period('M')
    first = s.index[0].to_period('M')
    out = [str(k) for k, v in down.items() if v <= n and k != last and k != first]
    return out


def record_closes_between(t, a, b):
    """record closes (above every earlier close in the file) in a..b inclusive."""
    s = ser(t)
    run = s.cummax().shift(1)
    rec = (s > run)
    return int(rec.loc[pd.Timestamp(a):pd.Timestamp(b)].sum())


def best_year_before(t, y0, y1):
    """[year, price return] of the best calendar year in y0..y1."""
    vals = {y: year_return(t, y) for y in range(y0, y1 + 1)}
    k = max(vals, key=lambda k: vals[k])
    return [k, vals[k]]


def years_return_above(t, y0, y1, v):
    """calendar years y0..y1 whose price return exceeded v."""
    return [y for y in range(y0, y1 + 1) if year_return(t, y) > v]


def has_session(t, d):
    return bool(pd.Timestamp(d) in ser(t).index)


def first_session(t):
    s = ser(t)
    return [ds(s.index[0]), r2(s.iloc[0])]


def weekly_returns(t, fridays):
    return [week_return(t, f) for f in fridays]


def up_week_streak(t, friday):
    """consecutive weekly gains (Friday to Friday) ending with the week of `friday`."""
    s = ser(t)
    wk = s.resample('W-FRI').last().dropna()
    r = wk.pct_change().loc[:pd.Timestamp(friday)]
    n = 0
    for v in r.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def record_high_upto(t, d):
    """[date, value] of the highest intraday high up to and including d."""
    h = ser(t, 'high').loc[:pd.Timestamp(d)]
    return [ds(h.idxmax()), r2(h.max())]


def fomc_decision(d):
    """[date, scheduled] if FOMC_meetings.csv lists a decision on d, else None."""
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'))
    row = m[m['date'] == pd.Timestamp(d).strftime('%Y-%m-%d')]
    if len(row) == 0:
        return None
    return [row['date'].iloc[0], bool(row['scheduled'].iloc[0])]


def last_move_at_least_pts(t, before, thr):
    """last session strictly before `before` whose daily point change was at least thr (thr < 0: a drop at least -thr)."""
    r = ser(t).diff().loc[:pd.Timestamp(before) - pd.Timedelta(days=1)]
    m = r[r >= thr] if thr > 0 else r[r <= thr]
    return ds(m.index[-1])


def total_return_ytd(t, d):
    """year-to-date change of adj_close (ETF total return) to d, in percent."""
    s = ser(t, 'adj_close')
    d = pd.Timestamp(d)
    base = s.loc[:pd.Timestamp(year=d.year, month=1, day=1) - pd.Timedelta(days=1)].iloc[-1]
    return r2(100 * (s.loc[:d].iloc[-1] / base - 1))


def ff_max_mkt_week(a, b):
    """largest weekly total market return (Mkt-RF + RF, compounded daily, weeks ending Friday) in a..b, from FF_factors_daily.csv: [week end, percent]."""
    f = pd.read_csv(os.path.join(DATA, 'FF_factors_daily.csv'), parse_dates=['date']).set_index('date')
    m = (f['mkt_rf'] + f['rf']) / 100.0
    m = m.loc[pd.Timestamp(a):pd.Timestamp(b)]
    w = (1 + m).resample('W-FRI').prod() - 1
    return [ds(w.idxmax()), r2(100 * w.max())]


def ff_max_mkt_day(a, b):
    """largest daily total market return in a..b from FF_factors_daily.csv: [date, percent]."""
    f = pd.read_csv(os.path.join(DATA, 'FF_factors_daily.csv'), parse_dates=['date']).set_index('date')
    m = (f['mkt_rf'] + f['rf']).loc[pd.Timestamp(a):pd.Timestamp(b)]
    return [ds(m.idxmax()), r2(m.max())]


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
