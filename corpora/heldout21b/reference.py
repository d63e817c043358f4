"""Recompute every computed_value of key.jsonl from the shared data directory.
Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)."""
import os, sys, json
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'VIX': 'VIX', 'RUT': 'RUT'}
_cache = {}

def data_dir():
    if len(sys.argv) > 1 and not sys.argv[1].endswith('.jsonl'):
        return sys.argv[1]
    return os.environ['CAPSCOPE_DATA_DIR']

def px(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date')
    return _cache[t]

def fred(series, d):
    k = 'F' + series
    if k not in _cache:
        _cache[k] = pd.read_csv(os.path.join(DATA, series + '.csv'), parse_dates=['date']).set_index('date')['value']
    return round(float(_cache[k].loc[pd.Timestamp(d)]), 2)

def _i(t, d):
    return px(t).index.get_loc(pd.Timestamp(d))

def close(t, d):
    return round(float(px(t)['close'].iloc[_i(t, d)]), 2)

def chg(t, d):
    c = px(t)['close']; i = _i(t, d)
    return round(float(c.iloc[i] - c.iloc[i - 1]), 2)

def pct(t, d):
    c = px(t)['close']; i = _i(t, d)
    return round(float((c.iloc[i] / c.iloc[i - 1] - 1) * 100), 3)

def pct_from(t, base_date, d):
    c = px(t)['close']
    return round(float((c.loc[pd.Timestamp(d)] / c.loc[pd.Timestamp(base_date)] - 1) * 100), 3)

def last_close_before(t, d):
    c = px(t)['close']
    return c[c.index < pd.Timestamp(d)].index[-1]

def week_pct(t, d):
    d = pd.Timestamp(d); monday = d - pd.Timedelta(days=d.weekday())
    return pct_from(t, last_close_before(t, monday), d)

def mtd_pct(t, d):
    d = pd.Timestamp(d)
    return pct_from(t, last_close_before(t, d.replace(day=1)), d)

def ytd_pct(t, d):
    d = pd.Timestamp(d)
    return pct_from(t, last_close_before(t, d.replace(month=1, day=1)), d)

def record_close(t, d):
    c = px(t)['close']; i = _i(t, d)
    return bool(c.iloc[i] > c.iloc[:i].max())

def down_streak_before(t, d):
    c = px(t)['close']; i = _i(t, d) - 1; n = 0
    while c.iloc[i] < c.iloc[i - 1]:
        n += 1; i -= 1
    return n

def last_record_date(t, d):
    c = px(t)['close'].loc[:pd.Timestamp(d)]
    return str(c[c == c.cummax()].index[-1].date())


def main():
    global DATA
    DATA = data_dir()
    RECIPES = json.load(open(os.path.join(HERE, 'recipes.json')))
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = {(r['passage_id'], r['claim_index']): r for r in map(json.loads, open(keyp)) }
    mism = 0; n = 0
    for pid, ci, expr in RECIPES:
        n += 1
        v = eval(expr)
        want = key[(pid, ci)]['computed_value']
        ok = (v == want) or (isinstance(v, float) and isinstance(want, (int, float)) and abs(v - want) < 1e-9)
        print(pid, ci, expr, '=>', v, '' if ok else f'MISMATCH (key {want})')
        if not ok: mism += 1
    print(f"{n} recipes, {len(key)} key records, {mism} mismatches")
    sys.exit(1 if mism or n == 0 else 0)

DATA = None
if __name__ == '__main__':
    main()
