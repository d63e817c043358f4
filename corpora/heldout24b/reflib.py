"""Small helpers over the shared data CSVs, used by build.py and reference.py."""
import os, sys, pandas as pd
_D = {}
DATA = None
def _load(t):
    f = {'SPX': 'GSPC', 'US10Y': 'DGS10', 'US2Y': 'DGS2'}.get(t, t)
    if f not in _D:
        df = pd.read_csv(os.path.join(DATA, f + '.csv'), parse_dates=['date']).set_index('date')
        _D[f] = df
    return _D[f]
def s(t, col='close'):
    df = _load(t)
    c = 'value' if 'value' in df.columns else col
    return df[c].dropna()
def _i(t, d, col='close'):
    x = s(t, col); return x.index.get_loc(pd.Timestamp(d))
def close(t, d): return round(float(s(t).loc[pd.Timestamp(d)]), 2)
def high(t, d): return round(float(s(t, 'high').loc[pd.Timestamp(d)]), 2)
def low(t, d): return round(float(s(t, 'low').loc[pd.Timestamp(d)]), 2)
def prev(t, d):
    x = s(t); i = x.index.get_loc(pd.Timestamp(d)); return x.iloc[i-1]
def chg(t, d):
    x = s(t); i = x.index.get_loc(pd.Timestamp(d)); return round(float(x.iloc[i]-x.iloc[i-1]), 2)
def pct(t, d, nd=2):
    x = s(t); i = x.index.get_loc(pd.Timestamp(d)); return round(float(x.iloc[i]/x.iloc[i-1]*100-100), nd)
def last_before(t, d):
    x = s(t); return x[x.index < pd.Timestamp(d)].iloc[-1]
def win_pct(t, d0_excl, d1, nd=2):
    """pct change from last close before d0_excl to close on d1"""
    x = s(t); a = x[x.index < pd.Timestamp(d0_excl)].iloc[-1]; b = x.loc[pd.Timestamp(d1)]
    return round(float(b/a*100-100), nd)
def win_pts(t, d0_excl, d1):
    x = s(t); a = x[x.index < pd.Timestamp(d0_excl)].iloc[-1]; b = x.loc[pd.Timestamp(d1)]
    return round(float(b-a), 2)
def from_close_pct(t, d0, d1, nd=2):
    x = s(t); return round(float(x.loc[pd.Timestamp(d1)]/x.loc[pd.Timestamp(d0)]*100-100), nd)
def from_close_pts(t, d0, d1):
    x = s(t); return round(float(x.loc[pd.Timestamp(d1)]-x.loc[pd.Timestamp(d0)]), 2)
def week_start(d):
    d = pd.Timestamp(d); return (d - pd.Timedelta(days=d.weekday())).strftime('%Y-%m-%d')
def wk_pct(t, d, nd=2): return win_pct(t, week_start(d), d, nd)
def wk_pts(t, d): return win_pts(t, week_start(d), d)
def ytd_pct(t, d, nd=2): return win_pct(t, pd.Timestamp(d).strftime('%Y-01-01'), d, nd)
def ytd_pts(t, d): return win_pts(t, pd.Timestamp(d).strftime('%Y-01-01'), d)
def year_pct(t, y, nd=2):
    x = s(t); a = x[x.index < pd.Timestamp(f'{y}-01-01')].iloc[-1]; b = x[x.index < pd.Timestamp(f'{y+1}-01-01')].iloc[-1]
    return round(float(b/a*100-100), nd)
def year_end_close(t, y):
    x = s(t); return round(float(x[x.index < pd.Timestamp(f'{y+1}-01-01')].iloc[-1]), 2)
def qtr_pct(t, q_start, q_end, nd=2): return win_pct(t, q_start, s(t)[s(t).index <= pd.Timestamp(q_end)].index[-1], nd)
def highest_since(t, d, col='close'):
    """last session before d with close >= close on d"""
    x = s(t, col); v = x.loc[pd.Timestamp(d)]; p = x[(x.index < pd.Timestamp(d)) & (x >= v)]
    return p.index[-1].strftime('%Y-%m-%d') if len(p) else None
def lowest_since(t, d):
    x = s(t); v = x.loc[pd.Timestamp(d)]; p = x[(x.index < pd.Timestamp(d)) & (x <= v)]
    return p.index[-1].strftime('%Y-%m-%d') if len(p) else None
def is_record(t, d, col='close'):
    x = s(t, col); v = x.loc[pd.Timestamp(d)]; return bool(v > x[x.index < pd.Timestamp(d)].max())
def record_close_date(t, d):
    """date of the highest close up to and including d"""
    x = s(t); x = x[x.index <= pd.Timestamp(d)]; return x.idxmax().strftime('%Y-%m-%d')
def pts_below_record(t, d):
    x = s(t); x = x[x.index <= pd.Timestamp(d)]; return round(float(x.max()-x.iloc[-1]), 2)
def pct_below_record(t, d):
    x = s(t); x = x[x.index <= pd.Timestamp(d)]; return round(float(100-x.iloc[-1]/x.max()*100), 2)
def last_move_as_big(t, d, kind='pct', sign=1):
    """last day before d with a move at least as large (same sign)"""
    x = s(t); m = (x.pct_change()*100) if kind == 'pct' else x.diff()
    v = m.loc[pd.Timestamp(d)]*sign; p = m[(m.index < pd.Timestamp(d)) & (m*sign >= v)]
    return p.index[-1].strftime('%Y-%m-%d') if len(p) else None
def last_nday_as_big(t, d, n, sign=1):
    x = s(t); m = (x/x.shift(n)-1)*100; v = m.loc[pd.Timestamp(d)]*sign
    p = m[(m.index < pd.Timestamp(d)) & (m*sign >= v)]
    return p.index[-1].strftime('%Y-%m-%d') if len(p) else None
def nday_pct(t, d, n, nd=2):
    x = s(t); i = x.index.get_loc(pd.Timestamp(d)); return round(float(x.iloc[i]/x.iloc[i-n]*100-100), nd)
def rank_pct_move(t, d, since=None, sign=1):
    x = s(t); m = x.pct_change()*100
    if since: m = m[m.index >= pd.Timestamp(since)]
    m = m[m.index <= pd.Timestamp(d)]; v = m.loc[pd.Timestamp(d)]*sign
    return int((m*sign > v).sum()) + 1
def streak(t, d):
    """consecutive up (+) or down (-) closes ending on d"""
    x = s(t); m = x.diff(); m = m[m.index <= pd.Timestamp(d)]; sg = 1 if m.iloc[-1] > 0 else -1; n = 0
    for v in m.iloc[::-1]:
        if v*sg > 0: n += 1
        else: break
    return n*sg
def streak_before(t, d):
    x = s(t); return streak(t, x[x.index < pd.Timestamp(d)].index[-1].strftime('%Y-%m-%d'))
def weekly(t):
    x = s(t); return x.groupby(x.index.to_period('W-FRI')).last()
def wk_streak(t, d):
    w = weekly(t).diff(); w = w[w.index.end_time <= pd.Timestamp(d)+pd.Timedelta(days=1)]
    sg = 1 if w.iloc[-1] > 0 else -1; n = 0
    for v in w.iloc[::-1]:
        if v*sg > 0: n += 1
        else: break
    return n*sg
def last_week_as_big(t, d, sign=1):
    w = weekly(t); m = w.pct_change()*100; p = pd.Timestamp(d).to_period('W-FRI')
    v = m.loc[p]*sign; q = m[(m.index < p) & (m*sign >= v)]
    return q.index[-1].end_time.strftime('%Y-%m-%d')
def monthly(t):
    x = s(t); return x.groupby(x.index.to_period('M')).last()
def mo_streak(t, ym):
    m = monthly(t).diff(); m = m[m.index <= pd.Period(ym)]; n = 0
    for v in m.iloc[::-1]:
        if v > 0: n += 1
        else: break
    return n
def mo_pct(t, ym, nd=2):
    m = monthly(t); p = pd.Period(ym); return round(float(m.loc[p]/m.loc[p-1]*100-100), nd)
def best_same_month_since(t, ym):
    """last earlier year whose same calendar month gain >= this one"""
    m = monthly(t).pct_change()*100; p = pd.Period(ym); v = m.loc[p]
    q = m[(m.index < p) & (m.index.month == p.month) & (m >= v)]
    return str(q.index[-1]) if len(q) else None
def rate(t, d): return float(s(t).loc[pd.Timestamp(d)])
def fed_range(d): return [rate('DFEDTARL', d), rate('DFEDTARU', d)]
def fed_hikes(d0, d1):
    u = s('DFEDTARU'); u = u[(u.index >= pd.Timestamp(d0)) & (u.index <= pd.Timestamp(d1))]
    return int((u.diff() > 0).sum())
def fed_change_on(d_eff): return round(rate('DFEDTARU', d_eff) - float(last_before('DFEDTARU', d_eff)), 2)
def first_close_below(t, frac, d0, d1):
    """first close in [d0,d1] at least frac below the running max close"""
    x = s(t); rm = x.cummax(); m = x[(x <= rm*(1-frac)) & (x.index >= pd.Timestamp(d0)) & (x.index <= pd.Timestamp(d1))]
    return m.index[0].strftime('%Y-%m-%d')
def first_close_above_low(t, frac, low_d, d1):
    x = s(t); lo = x.loc[pd.Timestamp(low_d)]; m = x[(x >= lo*(1+frac)) & (x.index > pd.Timestamp(low_d)) & (x.index <= pd.Timestamp(d1))]
    return m.index[0].strftime('%Y-%m-%d')
def qtr_returns(t):
    x = s(t); q = x.groupby(x.index.to_period('Q')).last(); return q.pct_change()*100
def count_q1_ge(t, thr, y0, y1):
    q = qtr_returns(t); q = q[(q.index.quarter == 1) & (q.index.year >= y0) & (q.index.year <= y1)]; return int((q >= thr).sum())
def count_b2b_ge(t, thr, y0, p_end):
    q = qtr_returns(t); q = q[(q.index.year >= y0) & (q.index <= pd.Period(p_end))]
    b = (q >= thr) & (q.shift(1) >= thr); return int(b.sum())
def rank_in_history(t, d, since=None):
    return rank_pct_move(t, d, since)
def double_digit_year_streak(t, y):
    n = 0
    while year_pct(t, y) >= 10: n += 1; y -= 1
    return n
