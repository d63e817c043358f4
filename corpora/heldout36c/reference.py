"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Prints every recomputed value and a last line "N recipes, N key records, M mismatches"; exits 1 on any mismatch.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'DJI': 'DJI.csv', 'SPX': 'GSPC.csv', 'IXIC': 'IXIC.csv', 'RUT': 'RUT.csv'}
_cache = {}


def data_dir():
    if len(sys.argv) > 1 and not sys.argv[1].endswith('.jsonl'):
        return sys.argv[1]
    return os.environ.get('CAPSCOPE_DATA_DIR', '')


def S(t):
    if t not in _cache:
        df = pd.read_csv(os.path.join(data_dir(), FILES.get(t, t + '.csv')), parse_dates=['date'])
        _cache[t] = df.set_index('date').sort_index()
    return _cache[t]


def T(d):
    return pd.Timestamp(d)


def r2(x):
    return round(float(x), 2)


def r3(x):
    return round(float(x), 3)


def prev_close(t, d):
    s = S(t).close
    return s[s.index < T(d)].iloc[-1]


def close(t, d):
    return r2(S(t).close.loc[T(d)])


def chg(t, d):
    return r2(S(t).close.loc[T(d)] - prev_close(t, d))


def pct(t, d):
    return r3((S(t).close.loc[T(d)] / prev_close(t, d) - 1) * 100)


def high_vs_prev(t, d):
    return r2(S(t).high.loc[T(d)] - prev_close(t, d))


def low_vs_prev(t, d):
    return r2(S(t).low.loc[T(d)] - prev_close(t, d))


def pct_between(t, d0, d1):
    c = S(t).close
    return r3((c.loc[T(d1)] / c.loc[T(d0)] - 1) * 100)


def pts_between(t, d0, d1):
    c = S(t).close
    return r2(c.loc[T(d1)] - c.loc[T(d0)])


def ytd(t, d):
    c = S(t).close
    base = c[c.index < T(str(T(d).year) + '-01-01')].iloc[-1]
    return r3((c.loc[T(d)] / base - 1) * 100)


def worst_pt_loss_before(t, d):
    x = S(t).close.diff()
    return r2(x[x.index < T(d)].min())


def best_pt_gain_before(t, d):
    x = S(t).close.diff()
    return r2(x[x.index < T(d)].max())


def rank_pt_loss(t, d):
    x = S(t).close.diff()
    x = x[x.index <= T(d)]
    return int((x <= x.loc[T(d)]).sum())


def rank_pt_gain(t, d):
    x = S(t).close.diff()
    x = x[x.index <= T(d)]
    return int((x >= x.loc[T(d)]).sum())


def last_gain_ge(t, d, pctmode=False):
    c = S(t).close
    x = (c.pct_change() * 100) if pctmode else c.diff()
    v = x.loc[T(d)]
    y = x[(x.index < T(d)) & (x >= v)]
    return str(y.index[-1].date())


def last_loss_ge(t, d):
    x = S(t).close.diff()
    v = x.loc[T(d)]
    y = x[(x.index < T(d)) & (x <= v)]
    return str(y.index[-1].date())


def last_close_ge(t, d, level=None):
    c = S(t).close
    v = c.loc[T(d)] if level is None else level
    y = c[(c.index < T(d)) & (c >= v)]
    return str(y.index[-1].date())


def last_close_above(t, d, level):
    c = S(t).close
    y = c[(c.index < T(d)) & (c > level)]
    return str(y.index[-1].date())


def last_close_le(t, d):
    c = S(t).close
    v = c.loc[T(d)]
    y = c[(c.index < T(d)) & (c <= v)]
    return str(y.index[-1].date())


def pct_below_record(t, d):
    c = S(t).close
    return r3((1 - c.loc[T(d)] / c[c.index <= T(d)].max()) * 100)


def is_record_close(t, d):
    c = S(t).close
    return bool(c.loc[T(d)] > c[c.index < T(d)].max())


def first_close_above(t, level, start):
    c = S(t).close
    y = c[(c.index >= T(start)) & (c > level)]
    return str(y.index[0].date())


def down_streak_before(t, d):
    x = S(t).close.diff()
    x = x[x.index < T(d)]
    n = 0
    for v in x[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def days_high_above(t, d0, d1, level):
    h = S(t).high
    return int(((h.index >= T(d0)) & (h.index <= T(d1)) & (h > level)).sum())


def max_high(t, d0, d1):
    h = S(t).high
    return r2(h[(h.index >= T(d0)) & (h.index <= T(d1))].max())


def fomc_after(d):
    f = pd.read_csv(os.path.join(data_dir(), 'FOMC_meetings.csv'), parse_dates=['date'])
    return str(f[f.date > T(d)].date.iloc[0].date())


def fedtar_change(d0, d1):
    f = pd.read_csv(os.path.join(data_dir(), 'DFEDTAR.csv'), parse_dates=['date']).set_index('date').value
    return r2(f.loc[T(d1)] - f.loc[T(d0)])


def is_fomc(d):
    f = pd.read_csv(os.path.join(data_dir(), 'FOMC_meetings.csv'), parse_dates=['date'])
    return bool((f.date == T(d)).any())


def min_close_since(t, d0, d1):
    c = S(t).close
    c = c[(c.index >= T(d0)) & (c.index <= T(d1))]
    return [str(c.idxmin().date()), r2(c.min())]


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return a == b


def main():
    if not data_dir():
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    keyp = next((a for a in sys.argv[1:] if a.endswith('.jsonl')), os.path.join(HERE, 'key.jsonl'))
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    n_rec = 0
    bad = 0
    for r in recs:
        expr = r['computed_detail'].split('reference.py: ', 1)[1] if 'reference.py: ' in r['computed_detail'] else None
        if expr is None or expr == 'None':
            v = None
        else:
            n_rec += 1
            v = eval(expr)
        ok = same(v, r['computed_value'])
        bad += 0 if ok else 1
        print(r['passage_id'], r['claim_index'], v, '' if ok else 'MISMATCH (key: %r)' % (r['computed_value'],))
    print('%d recipes, %d key records, %d mismatches' % (n_rec, len(recs), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
