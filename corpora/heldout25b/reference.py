"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Exits 1 if any recomputed value differs from the key.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'DJI': 'DJI', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'RUT': 'RUT', 'NDX': 'NDX', 'VIX': 'VIX'}
_cache = {}
DATA = None


def px(t):
    if t not in _cache:
        d = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date')
        _cache[t] = d
    return _cache[t]


def rate(name):
    if name not in _cache:
        _cache[name] = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date')['value'].dropna()
    return _cache[name]


def T(d):
    return pd.Timestamp(d)


def closes(t):
    return px(t)['close'].dropna()


def close(t, d):
    return round(float(closes(t)[T(d)]), 2)


def prev_close(t, d):
    c = closes(t)
    return float(c[c.index < T(d)].iloc[-1])


def chg(t, d):
    return round(float(closes(t)[T(d)]) - prev_close(t, d), 2)


def pct(t, d):
    return round(100 * (float(closes(t)[T(d)]) / prev_close(t, d) - 1), 3)


def high(t, d):
    return round(float(px(t)['high'][T(d)]), 2)


def low(t, d):
    return round(float(px(t)['low'][T(d)]), 2)


def high_vs_prev(t, d):
    return round(float(px(t)['high'][T(d)]) - prev_close(t, d), 2)


def pct_window(t, d0, d1):
    """close of d1 against close of d0 (close to close)"""
    c = closes(t)
    return round(100 * (float(c[T(d1)]) / float(c[T(d0)]) - 1), 3)


def pts_window(t, d0, d1):
    c = closes(t)
    return round(float(c[T(d1)]) - float(c[T(d0)]), 2)


def last_close_before(t, d):
    c = closes(t)
    return str(c[c.index < T(d)].index[-1].date())


def ytd_pct(t, d):
    return pct_window(t, last_close_before(t, str(T(d).year) + '-01-01'), d)


def ytd_pts(t, d):
    return pts_window(t, last_close_before(t, str(T(d).year) + '-01-01'), d)


def mtd_pct(t, d):
    return pct_window(t, last_close_before(t, str(T(d).year) + '-%02d-01' % T(d).month), d)


def month_pct(t, y, m):
    c = closes(t)
    s = c[(c.index.year == y) & (c.index.month == m)]
    return pct_window(t, last_close_before(t, str(s.index[0].date())), str(s.index[-1].date()))


def week_pct(t, d):
    """Friday (last session of the week) close against the last close of the previous week"""
    dd = T(d)
    monday = dd - pd.Timedelta(days=dd.weekday())
    return pct_window(t, last_close_before(t, str(monday.date())), d)


def is_record(t, d):
    c = closes(t)
    return bool(c[T(d)] > c[c.index < T(d)].max())


def last_record_before(t, d):
    c = closes(t)
    c = c[c.index < T(d)]
    rec = c > c.cummax().shift(1)
    return str(rec[rec].index[-1].date())


def records_in_year_to(t, d):
    c = closes(t)
    c = c[c.index <= T(d)]
    rec = c > c.cummax().shift(1)
    return int(rec[(rec.index.year == T(d).year)].sum())


def record_streak(t, d):
    c = closes(t)
    c = c[c.index <= T(d)]
    rec = (c > c.cummax().shift(1)).tolist()
    n = 0
    for r in reversed(rec):
        if not r:
            break
        n += 1
    return n


def streak(t, d):
    """signed run of daily closes in one direction ending at d (+ up days, - down days)"""
    c = closes(t)
    c = c[c.index <= T(d)]
    dif = c.diff().dropna().tolist()
    sign = 1 if dif[-1] > 0 else -1
    n = 0
    for x in reversed(dif):
        if (x > 0 and sign > 0) or (x < 0 and sign < 0):
            n += 1
        else:
            break
    return sign * n


def last_streak_at_least(t, d, n, sign):
    """last date before d's streak on which a run of at least n days in direction sign ended"""
    c = closes(t)
    c = c[c.index < T(d)]
    dif = c.diff().dropna()
    run = 0
    last = None
    for idx, x in dif.items():
        if (x > 0 and sign > 0) or (x < 0 and sign < 0):
            run += 1
        else:
            run = 0
        if run >= n:
            last = idx
    # exclude the run that leads into d itself
    return str(last.date()) if last is not None else None


def last_win_streak_before_run(t, d, n):
    """end date of the last run of >= n up days that ended before the current run started"""
    c = closes(t)
    c = c[c.index <= T(d)]
    cur = streak(t, d)
    start = c.index[len(c) - abs(cur) - 1]
    return last_streak_at_least(t, str(start.date()), n, 1 if cur > 0 else -1)


def last_move_as_big(t, d):
    """last session before d with a daily % move at least as large in the same direction"""
    c = closes(t)
    r = c.pct_change()
    x = r[T(d)]
    prior = r[r.index < T(d)]
    hit = prior[prior >= x] if x > 0 else prior[prior <= x]
    return str(hit.index[-1].date())


def highest_since(t, d):
    """last session before d with a close at least as high as d's close"""
    c = closes(t)
    prior = c[c.index < T(d)]
    hit = prior[prior >= c[T(d)]]
    return str(hit.index[-1].date())


def year_high_close_before(t, d):
    c = closes(t)
    c = c[(c.index < T(d)) & (c.index.year == T(d).year)]
    return bool(closes(t)[T(d)] > c.max())


def year_intraday_high(t, y, upto):
    h = px(t)['high'].dropna()
    h = h[(h.index.year == y) & (h.index <= T(upto))]
    return round(float(h.max()), 2)


def pct_from_ath(t, d):
    c = closes(t)
    c = c[c.index <= T(d)]
    return round(100 * (1 - float(c.iloc[-1]) / float(c.max())), 3)


def sma(t, d, n):
    c = closes(t)
    c = c[c.index <= T(d)]
    return round(float(c.iloc[-n:].mean()), 2)


def dgs(name, d):
    return round(float(rate(name)[T(d)]), 2)


def dgs_chg_bp(name, d):
    s = rate(name)
    return round(100 * (float(s[T(d)]) - float(s[s.index < T(d)].iloc[-1])), 1)


def fed_upper(d):
    return round(float(rate('DFEDTARU')[T(d)]), 2)


def fomc_in(d0, d1):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    m = m[(m['date'] >= T(d0)) & (m['date'] <= T(d1))]
    return [str(x.date()) for x in m['date']]


def weekly_streak(t, d):
    """number of consecutive weekly gains ending with the week of d (weeks end on the last session)"""
    c = closes(t)
    c = c[c.index <= T(d)]
    wk = c.groupby(c.index.to_period('W-FRI')).last()
    dif = wk.diff().dropna().tolist()
    sign = 1 if dif[-1] > 0 else -1
    n = 0
    for x in reversed(dif):
        if (x > 0) == (sign > 0) and x != 0:
            n += 1
        else:
            break
    return sign * n


def records_in_week(t, d):
    c = closes(t)
    c = c[c.index <= T(d)]
    rec = c > c.cummax().shift(1)
    monday = T(d) - pd.Timedelta(days=T(d).weekday())
    return int(rec[rec.index >= monday].sum())


def first_close_above(t, level, d):
    c = closes(t)
    c = c[c.index <= T(d)]
    return str(c[c > level].index[0].date())


def positive_months(t, y, m, n):
    c = closes(t)
    me = c.groupby(c.index.to_period('M')).last()
    p = pd.Period(year=y, month=m, freq='M')
    me = me[me.index <= p]
    r = me.pct_change().iloc[-n:]
    return int((r > 0).sum())


def ups_in_last(t, d, n):
    c = closes(t)
    c = c[c.index <= T(d)]
    return int((c.diff().iloc[-n:] > 0).sum())


def intraday_record(t, d):
    h = px(t)['high'].dropna()
    return bool(h[T(d)] > h[h.index < T(d)].max())


def inside_range(t, d, level):
    return bool(low(t, d) <= level <= high(t, d))


def lowest_since(t, d):
    """last session before d with a close at least as low as d's close"""
    c = closes(t)
    prior = c[c.index < T(d)]
    hit = prior[prior <= c[T(d)]]
    return str(hit.index[-1].date())


def worse_days_between(t, d0, d, exclude=()):
    """number of sessions from d0 up to (not incl.) d with a % fall larger than d's, minus excluded dates"""
    c = closes(t)
    r = c.pct_change()
    x = r[T(d)]
    w = r[(r.index >= T(d0)) & (r.index < T(d)) & (r < x)]
    return int(len([i for i in w.index if str(i.date()) not in exclude]))


def point_drop_rank(t, d0, d):
    """rank of d's point fall among all daily point changes from d0 to d inclusive (1 = largest fall)"""
    c = closes(t)
    p = c.diff()
    p = p[(p.index >= T(d0)) & (p.index <= T(d))]
    return int((p < p[T(d)]).sum()) + 1


def last_point_drop_as_big(t, d):
    c = closes(t)
    p = c.diff()
    prior = p[p.index < T(d)]
    return str(prior[prior <= p[T(d)]].index[-1].date())


def points_above_correction(t, d):
    """close minus 90% of the highest close of the previous 52 weeks"""
    c = closes(t)
    w = c[(c.index > T(d) - pd.Timedelta(days=365)) & (c.index <= T(d))]
    return round(float(c[T(d)]) - 0.9 * float(w.max()), 2)


def max_high_between(t, d0, d1):
    h = px(t)['high'].dropna()
    return round(float(h[(h.index >= T(d0)) & (h.index <= T(d1))].max()), 2)


def evaluate(expr):
    return eval(expr, globals())


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return a == b


def main():
    global DATA
    args = sys.argv[1:]
    DATA = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        print('usage: python reference.py PATH/TO/data [key.jsonl]')
        sys.exit(2)
    keyp = args[1] if len(args) > 1 else os.path.join(HERE, 'key.jsonl')
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    recipes = 0
    bad = 0
    for r in recs:
        det = r.get('computed_detail') or ''
        if 'reference.py: ' not in det:
            if r['computed_value'] is not None:
                bad += 1
                print('MISMATCH (no recipe)', r['passage_id'], r['claim_index'])
            continue
        expr = det.split('reference.py: ', 1)[1]
        recipes += 1
        v = evaluate(expr)
        ok = same(v, r['computed_value'])
        print(('ok  ' if ok else 'MISMATCH ') + r['passage_id'], r['claim_index'], expr, '=>', v)
        if not ok:
            bad += 1
    print('%d recipes, %d key records, %d mismatches' % (recipes, len(recs), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
