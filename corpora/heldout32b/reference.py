"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.
Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'DJI': 'DJI', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'RUT': 'RUT', 'VIX': 'VIX'}
_cache = {}
DATA = None


def _px(t):
    if t not in _cache:
        d = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date').sort_index()
        _cache[t] = d.dropna(subset=['close'])
    return _cache[t]


def _ser(name):
    if name not in _cache:
        s = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date'], na_values='.').set_index('date')['value']
        _cache[name] = s.dropna()
    return _cache[name]


def _r(x, n=4):
    return round(float(x), n)


def _prev(t, d):
    p = _px(t)
    return p.close[p.index < pd.Timestamp(d)].iloc[-1]


def close(t, d):
    return _r(_px(t).close[pd.Timestamp(d)])


def chg(t, d):
    return _r(_px(t).close[pd.Timestamp(d)] - _prev(t, d))


def pct(t, d):
    return _r((_px(t).close[pd.Timestamp(d)] / _prev(t, d) - 1) * 100)


def high_pct(t, d):
    return _r((_px(t).high[pd.Timestamp(d)] / _prev(t, d) - 1) * 100)


def low_pct(t, d):
    return _r((_px(t).low[pd.Timestamp(d)] / _prev(t, d) - 1) * 100)


def low_chg(t, d):
    return _r(_px(t).low[pd.Timestamp(d)] - _prev(t, d))


def session_range(t, d):
    r = _px(t).loc[pd.Timestamp(d)]
    return [_r(r.low, 2), _r(r.high, 2)]


def week_pct(t, d):
    """Close of d against the last close of the previous calendar week."""
    p = _px(t); ts = pd.Timestamp(d)
    monday = ts - pd.Timedelta(days=ts.weekday())
    base = p.close[p.index < monday].iloc[-1]
    return _r((p.close[ts] / base - 1) * 100)


def ytd_pct(t, d):
    p = _px(t); ts = pd.Timestamp(d)
    base = p.close[p.index < pd.Timestamp(ts.year, 1, 1)].iloc[-1]
    return _r((p.close[ts] / base - 1) * 100)


def last_week_as_bad(t, d):
    """Friday-to-Friday weekly returns; the last earlier week with a return at least as low as the week of d."""
    p = _px(t).close
    w = p.resample('W-FRI').last().pct_change() * 100
    ts = pd.Timestamp(d)
    wk = ts + pd.Timedelta(days=(4 - ts.weekday()) % 7)
    v = w[wk]
    earlier = w[(w.index < wk) & (w <= v)]
    return str(earlier.index[-1].date())


def last_week_as_good(t, d):
    """Friday-to-Friday weekly returns; the last earlier week with a return at least as high as the week of d."""
    p = _px(t).close
    w = p.resample('W-FRI').last().pct_change() * 100
    ts = pd.Timestamp(d)
    wk = ts + pd.Timedelta(days=(4 - ts.weekday()) % 7)
    v = w[wk]
    earlier = w[(w.index < wk) & (w >= v)]
    return str(earlier.index[-1].date())


def is_record_close(t, d):
    p = _px(t).close; ts = pd.Timestamp(d)
    return bool(p[ts] > p[p.index < ts].max())


def record_streak(t, d):
    """Number of consecutive record closes ending on d."""
    p = _px(t).close; ts = pd.Timestamp(d)
    runmax = p.cummax().shift(1)
    rec = p > runmax
    s = rec[rec.index <= ts]
    n = 0
    for v in s[::-1]:
        if not v:
            break
        n += 1
    return n


def records_in_year(t, d):
    p = _px(t).close; ts = pd.Timestamp(d)
    rec = p > p.cummax().shift(1)
    return int(rec[(rec.index.year == ts.year) & (rec.index <= ts)].sum())


def prior_record(t, d):
    p = _px(t).close; ts = pd.Timestamp(d)
    e = p[p.index < ts]
    return [_r(e.max(), 2), str(e.idxmax().date())]


def first_close_above(t, d, lvl):
    p = _px(t).close; ts = pd.Timestamp(d)
    return bool(p[ts] > lvl and not (p[p.index < ts] > lvl).any())


def y10(d):
    return _r(_ser('DGS10')[pd.Timestamp(d)], 2)


def fed_range(d):
    """Target range in force on the day after d (changes take effect the day after a decision)."""
    ts = pd.Timestamp(d) + pd.Timedelta(days=1)
    lo = _ser('DFEDTARL'); hi = _ser('DFEDTARU')
    return [_r(lo[lo.index <= ts].iloc[-1], 2), _r(hi[hi.index <= ts].iloc[-1], 2)]


def fed_hold(d):
    """d is an FOMC decision day and the target range did not change."""
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    ts = pd.Timestamp(d)
    hi = _ser('DFEDTARU')
    before = hi[hi.index <= ts].iloc[-1]
    after = hi[hi.index <= ts + pd.Timedelta(days=1)].iloc[-1]
    return bool((m.date == ts).any() and before == after)


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [key.jsonl]')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    recipes = set(); bad = 0
    for r in recs:
        det = r['computed_detail'] or ''
        if 'reference.py: ' not in det:
            if r['computed_value'] is not None:
                bad += 1; print('MISMATCH (no recipe)', r['passage_id'], r['claim_index'])
            continue
        expr = det.split('reference.py: ', 1)[1]
        recipes.add(expr)
        v = eval(expr)
        ok = v == r['computed_value']
        print(r['passage_id'], r['claim_index'], expr, '=>', v, '' if ok else 'MISMATCH')
        bad += (not ok)
    print(f"{len(recipes)} recipes, {len(recs)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
