"""Recompute every computed_value of key.jsonl from the shared data directory.
Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)"""
import os, sys, json
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = None
_cache = {}
FILES = {'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'RUT': 'RUT', 'VIX': 'VIX', 'NDX': 'NDX'}

def df(t):
    name = FILES.get(t, t)
    if name not in _cache:
        d = pd.read_csv(os.path.join(DATA, name + '.csv'), na_values='.')
        d['date'] = pd.to_datetime(d['date'])
        _cache[name] = d.set_index('date').sort_index()
    return _cache[name]

def ser(t, col='close'):
    d = df(t)
    return (d['value'] if 'value' in d.columns else d[col]).dropna()

def T(d): return pd.Timestamp(d)
def r2(x): return round(float(x), 2)

def close(t, d): return r2(ser(t)[T(d)])
def high(t, d): return r2(ser(t, 'high')[T(d)])
def low(t, d): return r2(ser(t, 'low')[T(d)])
def prev_close_date(t, d):
    s = ser(t); return s.index[s.index.get_loc(T(d)) - 1]
def chg(t, d):
    s = ser(t); i = s.index.get_loc(T(d)); return r2(s.iloc[i] - s.iloc[i - 1])
def pct(t, d):
    s = ser(t); i = s.index.get_loc(T(d)); return r2(100 * (s.iloc[i] / s.iloc[i - 1] - 1))
def last_close_on_or_before(t, d):
    s = ser(t); return s[s.index <= T(d)].index[-1]
def pct_window(t, d0, d1):
    """close of the last session on or before d0 -> close of d1"""
    s = ser(t); a = s[last_close_on_or_before(t, d0)]; return r2(100 * (s[T(d1)] / a - 1))
def pts_window(t, d0, d1):
    s = ser(t); a = s[last_close_on_or_before(t, d0)]; return r2(s[T(d1)] - a)
def week_pct(t, d):
    """last close of the previous week -> close of d"""
    d = T(d); monday = d - pd.Timedelta(days=d.weekday())
    return pct_window(t, monday - pd.Timedelta(days=1), d)
def ytd_pct(t, d):
    d = T(d); return pct_window(t, pd.Timestamp(d.year - 1, 12, 31), d)
def ytd_pts(t, d):
    d = T(d); return pts_window(t, pd.Timestamp(d.year - 1, 12, 31), d)
def quarter_pct(t, y, q):
    end = pd.Timestamp(y, 3 * q, 1) + pd.offsets.MonthEnd(0)
    start = pd.Timestamp(y, 3 * q - 2, 1) - pd.Timedelta(days=1)
    return pct_window(t, start, last_close_on_or_before(t, end))
def quarters_since_as_bad(t, y, q):
    """last calendar quarter before (y,q) with a return at least as bad"""
    v = quarter_pct(t, y, q); s = ser(t); yy, qq = y, q
    while True:
        qq -= 1
        if qq == 0: yy, qq = yy - 1, 4
        if pd.Timestamp(yy, 3 * qq, 1) < s.index[0] + pd.Timedelta(days=100): return None
        if quarter_pct(t, yy, qq) <= v: return f'{yy}Q{qq}'
def first_quarter_best_since(t, y):
    """last year before y whose Q1 return was at least as large"""
    v = quarter_pct(t, y, 1); yy = y
    while yy > ser(t).index[0].year + 1:
        yy -= 1
        if quarter_pct(t, yy, 1) >= v: return yy
    return None
def is_record_close(t, d):
    s = ser(t); d = T(d); return bool(s[d] > s[s.index < d].max())
def record_close_before(t, d):
    """(date, close) of the highest close before d"""
    s = ser(t); s = s[s.index < T(d)]; return [str(s.idxmax().date()), r2(s.max())]
def last_record_close_in(t, d0, d1):
    s = ser(t); out = None
    for d in s[(s.index >= T(d0)) & (s.index <= T(d1))].index:
        if is_record_close(t, d): out = str(d.date())
    return out
def record_count(t, d0, d1):
    s = ser(t); n = 0
    for d in s[(s.index >= T(d0)) & (s.index <= T(d1))].index:
        if is_record_close(t, d): n += 1
    return n
def first_close_above(t, level):
    s = ser(t); return str(s[s > level].index[0].date())
def up_streak(t, d):
    s = ser(t); s = s[s.index <= T(d)]; n = 0; i = len(s) - 1
    while i > 0 and s.iloc[i] > s.iloc[i - 1]: n += 1; i -= 1
    return n
def down_streak(t, d):
    s = ser(t); s = s[s.index <= T(d)]; n = 0; i = len(s) - 1
    while i > 0 and s.iloc[i] < s.iloc[i - 1]: n += 1; i -= 1
    return n
def last_move_as_big(t, d, n=1):
    """last session before d whose n-day % move is at least as large in the same direction"""
    s = ser(t); r = 100 * (s / s.shift(n) - 1); d = T(d); v = r[d]
    prior = r[r.index < d]
    hit = prior[prior >= v] if v > 0 else prior[prior <= v]
    return str(hit.index[-1].date()) if len(hit) else None
def count_moves_at_least(t, d0, d1, x):
    s = ser(t); r = 100 * (s / s.shift(1) - 1)
    r = r[(r.index >= T(d0)) & (r.index <= T(d1))]; return int((r >= x).sum())
def weekly_pcts(t, d):
    s = ser(t); w = s.resample('W-FRI').last().dropna(); w = w[w.index <= T(d)]
    return 100 * (w / w.shift(1) - 1)
def week_pct_last_as_big(t, d):
    """last earlier week with a % change at least as large in the same direction (week ending Friday)"""
    w = weekly_pcts(t, d); v = w.iloc[-1]; prior = w.iloc[:-1]
    hit = prior[prior >= v] if v > 0 else prior[prior <= v]
    return str(hit.index[-1].date()) if len(hit) else None
def week_up_streak(t, d):
    w = weekly_pcts(t, d); n = 0
    for v in reversed(list(w.iloc[:-1])):
        if v > 0: n += 1
        else: break
    return n
def week_down_streak_prior(t, d):
    """number of consecutive up weeks that ended before the week of d"""
    return week_up_streak(t, d)
def highest_since(t, d):
    """last session before d with a close at least as high"""
    s = ser(t); d = T(d); v = s[d]; prior = s[s.index < d]; hit = prior[prior >= v]
    return str(hit.index[-1].date()) if len(hit) else None
def lowest_since(t, d):
    s = ser(t); d = T(d); v = s[d]; prior = s[s.index < d]; hit = prior[prior <= v]
    return str(hit.index[-1].date()) if len(hit) else None
def pct_below_record(t, d):
    s = ser(t); d = T(d); m = s[s.index < d].max(); return r2(100 * (1 - s[d] / m))
def drawdown_window(t, d0, d1):
    """% fall from the highest close in [d0,d1] to the lowest later close in the window"""
    s = ser(t); s = s[(s.index >= T(d0)) & (s.index <= T(d1))]
    pk = s.idxmax(); tr = s[s.index >= pk].min(); return r2(100 * (1 - tr / s[pk]))
def yld(d, name='DGS10'): return float(ser(name)[T(d)])
def yld_chg_bp(d, name='DGS10'):
    s = ser(name); i = s.index.get_loc(T(d)); return round(100 * (s.iloc[i] - s.iloc[i - 1]))
def yld_lowest_since(d, name='DGS10'):
    s = ser(name); d = T(d); v = s[d]; prior = s[s.index < d]; hit = prior[prior <= v]
    return str(hit.index[-1].date()) if len(hit) else None
def yld_highest_since(d, name='DGS10'):
    s = ser(name); d = T(d); v = s[d]; prior = s[s.index < d]; hit = prior[prior >= v]
    return str(hit.index[-1].date()) if len(hit) else None
def fed_range(d):
    return [float(ser('DFEDTARL')[T(d)]), float(ser('DFEDTARU')[T(d)])]
def fomc_change_bp(decision_day):
    """change of the upper target effective after a decision day, in basis points"""
    u = ser('DFEDTARU'); d = T(decision_day)
    before = u[u.index <= d].iloc[-1]; after = u[u.index > d].iloc[0]
    return int(round(100 * (after - before)))
def fomc_meetings(d0, d1):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv')); m['date'] = pd.to_datetime(m['date'])
    return [str(x.date()) for x in m['date'] if T(d0) <= x <= T(d1)]
def last_hike_before(d):
    u = ser('DFEDTARU'); u = u[u.index < T(d)]; diff = u.diff(); return str(diff[diff > 0].index[-1].date())

def first_high_above(t, level):
    s = ser(t, 'high'); return str(s[s > level].index[0].date())
def close_minus(t, d, level): return r2(ser(t)[T(d)] - level)
def intraday_high_pct(t, d):
    """session high against the previous close, in %"""
    return r2(100 * (ser(t, 'high')[T(d)] / ser(t)[prev_close_date(t, d)] - 1))
def intraday_high_pts(t, d):
    return r2(ser(t, 'high')[T(d)] - ser(t)[prev_close_date(t, d)])

def intraday_low_pts(t, d):
    return r2(ser(t, 'low')[T(d)] - ser(t)[prev_close_date(t, d)])
def last_close_above_before(t, d, level):
    """last session before d with a close above level"""
    s = ser(t); s = s[(s.index < T(d)) & (s > level)]; return str(s.index[-1].date()) if len(s) else None
def count_down_days(t, d0, d1):
    s = ser(t); ch = s.diff(); ch = ch[(ch.index >= T(d0)) & (ch.index <= T(d1))]; return int((ch < 0).sum())
def records_on(d, *tickers): return [is_record_close(t, d) for t in tickers]
def spread_2s10s(d): return r2(yld(d, 'DGS10') - yld(d, 'DGS2'))
def spread_min_ytd(d):
    """(date, value) of the most negative DGS10-DGS2 spread from the first session of the year to d"""
    a = ser('DGS10'); b = ser('DGS2'); sp = (a - b).dropna(); d = T(d)
    sp = sp[(sp.index >= pd.Timestamp(d.year, 1, 1)) & (sp.index <= d)]
    return [str(sp.idxmin().date()), r2(sp.min())]
def avg_month_return(t, month, y0, y1):
    s = ser(t); m = s.resample('ME').last(); r = 100 * (m / m.shift(1) - 1)
    r = r[(r.index.month == month) & (r.index.year >= y0) & (r.index.year <= y1)]; return r2(r.mean())
def fomc_changes_between(d0, d1):
    return [fomc_change_bp(x) for x in fomc_meetings(d0, d1)]

RECIPES = {}  # (passage_id, claim_index) -> expression; filled from key.jsonl expressions

def main():
    global DATA
    args = sys.argv[1:]
    DATA = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA: sys.exit('usage: python reference.py PATH/TO/data [key.jsonl]')
    keyp = args[1] if len(args) > 1 else os.path.join(HERE, 'key.jsonl')
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    with open(os.path.join(HERE, 'recipes.json')) as f:
        recipes = {tuple(k.split('#')): v for k, v in json.load(f).items()}
    n_rec = 0; bad = 0
    for r in recs:
        k = (r['passage_id'], str(r['claim_index']))
        expr = recipes.get(k)
        if expr is None:
            if r['computed_value'] is not None:
                print('NO RECIPE', k); bad += 1
            continue
        n_rec += 1
        v = eval(expr)
        if isinstance(v, tuple): v = list(v)
        ok = json.dumps(v) == json.dumps(r['computed_value'])
        print(('OK  ' if ok else 'MISMATCH'), k[0], k[1], expr, '->', v)
        if not ok: bad += 1
    print(f'{n_rec} recipes, {len(recs)} key records, {bad} mismatches')
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
