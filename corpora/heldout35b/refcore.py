"""Helpers for reference.py / build.py of the heldout35b corpus: every value is computed from the CSV
files of the shared data directory (set with setdata())."""
import os, sys, math
import pandas as pd
DATA = None
_cache = {}
TICK = {'SPX':'GSPC','DJI':'DJI','IXIC':'IXIC','RUT':'RUT','NDX':'NDX','VIX':'VIX'}
def setdata(d):
    global DATA; DATA = d
def px(t):
    f = TICK.get(t, t)
    if f not in _cache:
        df = pd.read_csv(os.path.join(DATA, f + '.csv'), parse_dates=['date']).set_index('date')
        _cache[f] = df
    return _cache[f]
def ser(name):
    if name not in _cache:
        _cache[name] = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')['value']
    return _cache[name]
def D(d): return pd.Timestamp(d)
def r(x, n=4): return round(float(x), n)
def close(t, d): return r(px(t).loc[D(d), 'close'], 2)
def high(t, d): return r(px(t).loc[D(d), 'high'], 2)
def low(t, d): return r(px(t).loc[D(d), 'low'], 2)
def prev_close(t, d):
    c = px(t)['close']; i = c.index.get_loc(D(d)); return float(c.iloc[i-1])
def chg(t, d): return r(px(t).loc[D(d), 'close'] - prev_close(t, d), 2)
def pct(t, d): return r((px(t).loc[D(d), 'close'] / prev_close(t, d) - 1) * 100)
def last_close_on_or_before(t, d):
    c = px(t)['close']; return float(c[c.index <= D(d)].iloc[-1])
def last_close_before(t, d):
    c = px(t)['close']; return float(c[c.index < D(d)].iloc[-1])
def win_pct(t, d0, d1):
    """close of d0 (or last before) to close of d1"""
    return r((last_close_on_or_before(t, d1) / last_close_on_or_before(t, d0) - 1) * 100)
def win_pts(t, d0, d1):
    return r(last_close_on_or_before(t, d1) - last_close_on_or_before(t, d0), 2)
def ytd_pct(t, d):
    y = D(d).year; return win_pct(t, f'{y-1}-12-31', d)
def ytd_pts(t, d):
    y = D(d).year; return win_pts(t, f'{y-1}-12-31', d)
def mtd_pct(t, d):
    dd = D(d); start = (dd.replace(day=1) - pd.Timedelta(days=1)); return win_pct(t, start, d)
def intraday_drop_pts(t, d): return r(px(t).loc[D(d), 'low'] - prev_close(t, d), 2)
def is_record_close(t, d):
    c = px(t)['close']; return bool(c.loc[D(d)] > c[c.index < D(d)].max())
def record_close_before(t, d):
    c = px(t)['close']; s = c[c.index < D(d)]; return [str(s.idxmax().date()), r(s.max(), 2)]
def is_intraday_above_prior_record(t, d):
    c = px(t); return bool(c.loc[D(d), 'high'] > c['close'][c.index < D(d)].max())
def lowest_close_since(t, d):
    """last earlier session with a close at or below d's close"""
    c = px(t)['close']; v = c.loc[D(d)]; s = c[(c.index < D(d)) & (c <= v)]
    return str(s.index[-1].date()) if len(s) else None
def highest_close_since(t, d):
    c = px(t)['close']; v = c.loc[D(d)]; s = c[(c.index < D(d)) & (c >= v)]
    return str(s.index[-1].date()) if len(s) else None
def pct_below_record(t, d):
    c = px(t)['close']; m = c[c.index <= D(d)].max(); return r((1 - c.loc[D(d)] / m) * 100)
def daily_pcts(t):
    c = px(t)['close']; return (c / c.shift(1) - 1) * 100
def daily_pts(t):
    c = px(t)['close']; return c - c.shift(1)
def last_day_move_as_big(t, d, kind='pct'):
    """last earlier day with a daily move (same sign) at least as large"""
    s = daily_pcts(t) if kind == 'pct' else daily_pts(t)
    v = s.loc[D(d)]; e = s[s.index < D(d)]
    e = e[e <= v] if v < 0 else e[e >= v]
    return str(e.index[-1].date()) if len(e) else None
def extreme_day_in_year(t, y, kind='pts', which='max'):
    s = (daily_pts(t) if kind == 'pts' else daily_pcts(t)); s = s[s.index.year == y]
    d = s.idxmax() if which == 'max' else s.idxmin(); return [str(d.date()), r(s.loc[d])]
def annual_pct(t, y): return win_pct(t, f'{y-1}-12-31', f'{y}-12-31')
def annual_pts(t, y): return win_pts(t, f'{y-1}-12-31', f'{y}-12-31')
def last_year_annual_pct_at_least(t, y):
    v = annual_pct(t, y); yrs = [k for k in range(y-1, px(t).index[0].year, -1) if annual_pct(t, k) >= v]
    return yrs[0] if yrs else None
def max_annual_pts_year(t, y0, y1):
    vals = {k: annual_pts(t, k) for k in range(y0, y1+1)}; return max(vals, key=vals.get)
def realized_vol(t, y):
    c = px(t)['close']; c = c[(c.index.year == y) | (c.index == c[c.index.year < y].index[-1])]
    lr = (c / c.shift(1)).apply(math.log).dropna(); return r(lr.std() * math.sqrt(252) * 100, 2)
def week_pct(t, d):
    """close of d vs last close of the previous calendar week"""
    dd = D(d); mon = dd - pd.Timedelta(days=dd.weekday()); return win_pct(t, mon - pd.Timedelta(days=1), d)
def week_pts(t, d):
    dd = D(d); mon = dd - pd.Timedelta(days=dd.weekday()); return win_pts(t, mon - pd.Timedelta(days=1), d)
def up_streak(t, d):
    s = daily_pcts(t); s = s[s.index <= D(d)]; n = 0
    for v in s[::-1]:
        if v > 0: n += 1
        else: break
    return n
def up_streak_ended(t, d):
    """length of the winning streak that ended on d (d itself a down day)"""
    return up_streak(t, px(t).index[px(t).index.get_loc(D(d)) - 1])
def records_in_month(t, y, m):
    c = px(t)['close']; out = []
    for dd in c.index[(c.index.year == y) & (c.index.month == m)]:
        if c.loc[dd] > c[c.index < dd].max(): out.append(str(dd.date()))
    return out
def record_streak(t, d):
    c = px(t)['close']; idx = c.index[c.index <= D(d)]; n = 0
    for dd in idx[::-1]:
        if c.loc[dd] > c[c.index < dd].max(): n += 1
        else: break
    return n
def quarter_pct(t, y, q):
    ends = {1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31'}
    start = f'{y-1}-12-31' if q == 1 else f'{y}-{ends[q-1]}'
    return win_pct(t, start, f'{y}-{ends[q]}')
def last_quarter_at_most(t, y, q):
    v = quarter_pct(t, y, q); yy, qq = y, q
    while True:
        qq -= 1
        if qq == 0: yy, qq = yy - 1, 4
        if yy < px(t).index[0].year + 1: return None
        if quarter_pct(t, yy, qq) <= v: return f'{yy}Q{qq}'
def best_week_of_year(t, d):
    """is the week ending d the best calendar week of its year so far (pct)"""
    c = px(t)['close']; y = D(d).year
    wk = c.groupby(c.index.to_period('W-FRI')).last(); wp = (wk / wk.shift(1) - 1) * 100
    wp = wp[(wp.index.end_time.year == y) & (wp.index.end_time <= D(d) + pd.Timedelta(days=1))]
    return bool(wp.iloc[-1] >= wp.max() - 1e-12)
def yld(name, d): return r(ser(name).loc[D(d)], 2)
def yld_chg_bp(name, d):
    s = ser(name).dropna(); i = s.index.get_loc(D(d)); return r((s.iloc[i] - s.iloc[i-1]) * 100, 0)
def curve(d): return r(ser('DGS10').loc[D(d)] - ser('DGS2').loc[D(d)])
def week_yld(name, d):
    dd = D(d); mon = dd - pd.Timedelta(days=dd.weekday()); s = ser(name).dropna()
    return [r(s[s.index < mon].iloc[-1]), r(s.loc[dd])]
def week_min_yld(name, d):
    dd = D(d); mon = dd - pd.Timedelta(days=dd.weekday()); s = ser(name).dropna()
    return r(s[(s.index >= mon) & (s.index <= dd)].min())
def lowest_yld_since(name, d):
    s = ser(name).dropna(); v = s.loc[D(d)]; e = s[(s.index < D(d)) & (s <= v)]; return str(e.index[-1].date())
def highest_yld_since(name, d):
    s = ser(name).dropna(); v = s.loc[D(d)]; e = s[(s.index < D(d)) & (s >= v)]; return str(e.index[-1].date())
def min_curve_in_week(d):
    dd = D(d); mon = dd - pd.Timedelta(days=dd.weekday()); s = (ser('DGS10') - ser('DGS2')).dropna()
    return r(s[(s.index >= mon) & (s.index <= dd)].min())
def fed_range(d):
    return [r(ser('DFEDTARL').loc[D(d)]), r(ser('DFEDTARU').loc[D(d)])]
def fomc_meetings():
    if 'fomc' not in _cache:
        _cache['fomc'] = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    return _cache['fomc']
def fomc_rate_changes(d0, d1):
    """list of [decision date, changed?] for meetings in [d0, d1]"""
    m = fomc_meetings(); m = m[(m.date >= D(d0)) & (m.date <= D(d1))]; u = ser('DFEDTARU'); out = []
    for dd in m.date:
        a = u[u.index <= dd].iloc[-1]; b = u[u.index > dd].iloc[0]; out.append([str(dd.date()), r(b - a)])
    return out
def weekday(d): return D(d).day_name()
def thanksgiving(y):
    import datetime as dt
    nov = [dt.date(y, 11, d) for d in range(1, 31) if dt.date(y, 11, d).weekday() == 3]
    if y in (1939, 1940, 1941): return nov[2] if y != 1939 else nov[3]
    if y < 1939: return nov[-1]
    return nov[3]
def thanksgiving_week_pct(y):
    tg = D(thanksgiving(y)); mon = tg - pd.Timedelta(days=3); fri = tg + pd.Timedelta(days=1)
    return win_pct('SPX', mon - pd.Timedelta(days=1), fri)
def last_thanksgiving_week_at_most(y):
    v = thanksgiving_week_pct(y)
    for k in range(y - 1, 1928, -1):
        if thanksgiving_week_pct(k) <= v: return k
    return None
def pcts(ts, d): return [pct(t, d) for t in ts]
def weeks(ts, d): return [week_pct(t, d) for t in ts]
def mtds(ts, d): return [mtd_pct(t, d) for t in ts]
def ytds(ts, d): return [ytd_pct(t, d) for t in ts]
def best_weeks(ts, d): return [best_week_of_year(t, d) for t in ts]
def intraday_above_prior_records(ts, d): return [is_intraday_above_prior_record(t, d) for t in ts]
def correction_entry(t, d):
    """% below the highest close of the previous 52 weeks, on d and on the session before"""
    c = px(t)['close']; out = []
    i = c.index.get_loc(D(d))
    for dd in (c.index[i], c.index[i-1]):
        w = c[(c.index > dd - pd.Timedelta(days=365)) & (c.index <= dd)]
        out.append(r((1 - c.loc[dd] / w.max()) * 100))
    return out
def worst_day_ytd(t, d):
    s = daily_pcts(t); s = s[(s.index.year == D(d).year) & (s.index <= D(d))]; return str(s.idxmin().date())
def count_closes_above(t, ref, d0, d1):
    c = px(t)['close']; v = c.loc[D(ref)]; w = c[(c.index >= D(d0)) & (c.index <= D(d1))]; return int((w > v).sum())
def next_session(t, d):
    c = px(t)['close']; return str(c.index[c.index > D(d)][0].date())
def first_hold_since(d):
    """most recent earlier FOMC decision day that left the upper bound unchanged"""
    m = fomc_meetings(); ch = fomc_rate_changes('2009-01-01', d)
    prev = [x for x in ch if x[0] < str(D(d).date()) and x[1] == 0]
    return prev[-1][0] if prev else None
def consecutive_hikes_before(d):
    ch = [x for x in fomc_rate_changes('2009-01-01', d) if x[0] < str(D(d).date())]; n = 0
    for x in ch[::-1]:
        if x[1] > 0: n += 1
        else: break
    return n
def month_pct(t, y, m):
    end = (pd.Timestamp(y, m, 1) + pd.offsets.MonthEnd(0)); start = pd.Timestamp(y, m, 1) - pd.Timedelta(days=1)
    return win_pct(t, start, end)
def last_month_at_least(t, y, m):
    """last earlier year whose same calendar month gained at least as much"""
    v = month_pct(t, y, m)
    for k in range(y - 1, px(t).index[0].year, -1):
        if month_pct(t, k, m) >= v: return k
    return None
