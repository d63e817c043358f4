"""reference.py -- recomputes every computed_value of key.jsonl from the CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints every recomputed value; last line
"N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = None
_cache = {}
FILES = {'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'RUT': 'RUT', 'NDX': 'NDX', 'VIX': 'VIX'}


def df(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(os.path.join(DATA, FILES.get(t, t) + '.csv'), parse_dates=['date']).set_index('date').sort_index()
    return _cache[t]


def fred(name):
    if name not in _cache:
        s = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date'], na_values='.').set_index('date')['value']
        _cache[name] = pd.to_numeric(s, errors='coerce').dropna()
    return _cache[name]


def _i(t, d):
    return df(t).index.get_loc(pd.Timestamp(d))


def close(t, d):
    return round(float(df(t).close.iloc[_i(t, d)]), 2)


def high(t, d):
    return round(float(df(t).high.iloc[_i(t, d)]), 2)


def chg(t, d):
    c = df(t).close; i = _i(t, d)
    return round(float(c.iloc[i] - c.iloc[i - 1]), 2)


def pct_change(t, d):
    c = df(t).close; i = _i(t, d)
    return round(float(100 * (c.iloc[i] / c.iloc[i - 1] - 1)), 3)


def window_pct(t, d0, d1):
    """close of d0 to close of d1, percent"""
    return round(float(100 * (close(t, d1) / close(t, d0) - 1)), 3)


def window_pts(t, d0, d1):
    return round(close(t, d1) - close(t, d0), 2)


def ytd(t, d):
    c = df(t).close; d = pd.Timestamp(d)
    base = c[c.index < pd.Timestamp(d.year, 1, 1)].iloc[-1]
    return round(float(100 * (c[:d].iloc[-1] / base - 1)), 3)


def year_return(t, y):
    c = df(t).close
    a = c[c.index < pd.Timestamp(y, 1, 1)].iloc[-1]; b = c[c.index < pd.Timestamp(y + 1, 1, 1)].iloc[-1]
    return round(float(100 * (b / a - 1)), 3)


def intraday_low_pct(t, d):
    x = df(t); i = _i(t, d)
    return round(float(100 * (x.low.iloc[i] / x.close.iloc[i - 1] - 1)), 3)


def intraday_high_pct(t, d):
    x = df(t); i = _i(t, d)
    return round(float(100 * (x.high.iloc[i] / x.close.iloc[i - 1] - 1)), 3)


def intraday_low_pts(t, d):
    x = df(t); i = _i(t, d)
    return round(float(x.low.iloc[i] - x.close.iloc[i - 1]), 2)


def intraday_high_pts(t, d):
    x = df(t); i = _i(t, d)
    return round(float(x.high.iloc[i] - x.close.iloc[i - 1]), 2)


def close_minus_low(t, d):
    x = df(t); i = _i(t, d)
    return round(float(x.close.iloc[i] - x.low.iloc[i]), 2)


def share_of_gain_given_back(t, d):
    """(high - close) / (high - previous close)"""
    x = df(t); i = _i(t, d)
    return round(float((x.high.iloc[i] - x.close.iloc[i]) / (x.high.iloc[i] - x.close.iloc[i - 1])), 3)


def is_record_close(t, d):
    c = df(t).close; i = _i(t, d)
    return bool(c.iloc[i] > c.iloc[:i].max())


def is_record_high(t, d):
    h = df(t).high; i = _i(t, d)
    return bool(h.iloc[i] > h.iloc[:i].max())


def prev_record_close_date(t, d):
    c = df(t).close; i = _i(t, d)
    return str(c.iloc[:i].idxmax().date())


def prev_record_close(t, d):
    c = df(t).close; i = _i(t, d)
    return round(float(c.iloc[:i].max()), 2)


def record_close_streak(t, d):
    c = df(t).close; i = _i(t, d); n = 0
    while i > 0 and c.iloc[i] > c.iloc[:i].max():
        n += 1; i -= 1
    return n


def record_closes_in(t, d0, d1):
    c = df(t).close; n = 0
    for k in range(1, len(c)):
        if pd.Timestamp(d0) <= c.index[k] <= pd.Timestamp(d1) and c.iloc[k] > c.iloc[:k].max():
            n += 1
    return n


def first_close_above(t, level):
    c = df(t).close
    return str(c[c > level].index[0].date())


def first_high_above(t, level):
    h = df(t).high
    return str(h[h >= level].index[0].date())


def min_close_date(t, d0, d1):
    c = df(t).close[pd.Timestamp(d0):pd.Timestamp(d1)]
    return str(c.idxmin().date())


def pct_below_record_close(t, d):
    c = df(t).close; i = _i(t, d)
    return round(float(100 * (1 - c.iloc[i] / c.iloc[:i + 1].max())), 3)


def record_close_date_upto(t, d):
    c = df(t).close[:pd.Timestamp(d)]
    return str(c.idxmax().date())


def drawdown_between(t, d0, d1):
    return round(float(100 * (1 - close(t, d1) / close(t, d0))), 3)


def last_close_at_or_below(t, d):
    """last session before d whose close was at or below d's close"""
    c = df(t).close; i = _i(t, d)
    s = c.iloc[:i]; s = s[s <= c.iloc[i]]
    return str(s.index[-1].date())


def down_streak(t, d):
    c = df(t).close; i = _i(t, d); n = 0
    while i > 0 and c.iloc[i] < c.iloc[i - 1]:
        n += 1; i -= 1
    return n


def last_week_gain_at_least(t, friday):
    """weekly (Friday to Friday) percent; last earlier week with a gain >= that week's"""
    c = df(t).close
    w = c.resample('W-FRI').last().dropna()
    r = 100 * w.pct_change()
    f = pd.Timestamp(friday); v = r[f]
    prev = r[r.index < f]; prev = prev[prev >= v]
    return str(prev.index[-1].date())


def last_week_loss_at_least(t, friday):
    c = df(t).close
    w = c.resample('W-FRI').last().dropna()
    r = 100 * w.pct_change()
    f = pd.Timestamp(friday); v = r[f]
    prev = r[r.index < f]; prev = prev[prev <= v]
    return str(prev.index[-1].date())


def week_pct(t, friday):
    c = df(t).close; f = pd.Timestamp(friday)
    prev = c[c.index <= f - pd.Timedelta(days=7)].iloc[-1]
    return round(float(100 * (c[:f].iloc[-1] / prev - 1)), 3)


def week_pts(t, friday):
    c = df(t).close; f = pd.Timestamp(friday)
    prev = c[c.index <= f - pd.Timedelta(days=7)].iloc[-1]
    return round(float(c[:f].iloc[-1] - prev), 2)


def nine_month_best_since(t, y):
    """last year before y whose Jan-Sep price return was >= year y's"""
    c = df(t).close
    def r(yy):
        a = c[c.index < pd.Timestamp(yy, 1, 1)].iloc[-1]; b = c[c.index < pd.Timestamp(yy, 10, 1)].iloc[-1]
        return 100 * (b / a - 1)
    v = r(y)
    for yy in range(y - 1, c.index[0].year, -1):
        if r(yy) >= v:
            return yy
    return None


def nine_month_return(t, y):
    c = df(t).close
    a = c[c.index < pd.Timestamp(y, 1, 1)].iloc[-1]; b = c[c.index < pd.Timestamp(y, 10, 1)].iloc[-1]
    return round(float(100 * (b / a - 1)), 3)


def dgs10(d):
    return float(fred('DGS10')[pd.Timestamp(d)])


def dgs10_last_at_least(d):
    s = fred('DGS10'); v = s[pd.Timestamp(d)]
    p = s[s.index < pd.Timestamp(d)]; p = p[p >= v]
    return str(p.index[-1].date())


def fomc_meeting(d):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'))
    return bool((m.date == d).any())


def fed_range_change(d):
    """change of the upper bound of the target range across a decision day d (effective next day)"""
    s = fred('DFEDTARU'); d = pd.Timestamp(d)
    return round(float(s[s.index > d].iloc[0] - s[s.index <= d].iloc[-1]), 2)


def last_point_drop_as_big(t, d):
    """last earlier session whose point loss was at least as large"""
    c = df(t).close; ch = c.diff(); i = _i(t, d); v = ch.iloc[i]
    p = ch.iloc[:i]; p = p[p <= v]
    return str(p.index[-1].date())


def up_streak(t, d):
    c = df(t).close; i = _i(t, d); n = 0
    while i > 0 and c.iloc[i] > c.iloc[i - 1]:
        n += 1; i -= 1
    return n


def longest_up_streak_before(t, d):
    c = df(t).close[:pd.Timestamp(d)]
    up = (c.diff() > 0).astype(int).values[:-1]
    best = run = 0
    for u in up:
        run = run + 1 if u else 0; best = max(best, run)
    return best


def weekly_up_streak(t, friday):
    c = df(t).close[:pd.Timestamp(friday)]
    w = c.resample('W-FRI').last().dropna(); r = w.diff().values; n = 0
    for x in r[::-1]:
        if x > 0: n += 1
        else: break
    return n


def fedtarget_last_at_least(level, before):
    """last day the target (DFEDTAR, or DFEDTARU from 2008-12-16) was at least level, before a date"""
    a = fred('DFEDTAR'); b = fred('DFEDTARU'); s = pd.concat([a, b]).sort_index()
    s = s[s.index < pd.Timestamp(before)]; s = s[s >= level]
    return str(s.index[-1].date())


def fed_upper_after(d):
    s = fred('DFEDTARU'); return float(s[s.index > pd.Timestamp(d)].iloc[0])


def fed_range_changes_in(y, upto):
    s = fred('DFEDTARU'); s = s[(s.index >= pd.Timestamp(y, 1, 1)) & (s.index <= pd.Timestamp(upto))]
    prev = fred('DFEDTARU')[fred('DFEDTARU').index < pd.Timestamp(y, 1, 1)].iloc[-1]
    x = pd.concat([pd.Series([prev]), s.reset_index(drop=True)])
    return int((x.diff().fillna(0) != 0).sum())


def negative_years(t, y0, y1):
    return [y for y in range(y0, y1 + 1) if year_return(t, y) < 0]


def month_pct(t, d):
    c = df(t).close; d = pd.Timestamp(d)
    base = c[c.index < pd.Timestamp(d.year, d.month, 1)].iloc[-1]
    return round(float(100 * (c[:d].iloc[-1] / base - 1)), 3)


RECIPES = {}  # __RECIPES__


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = [json.loads(l) for l in open(keyp) if l.strip()]
    mism = 0; n = 0
    for r in key:
        k = '%s#%d' % (r['passage_id'], r['claim_index'])
        expr = RECIPES.get(k)
        if expr is None:
            ok = r['computed_value'] is None; v = None
        else:
            n += 1
            v = eval(expr)
            ok = same(v, r['computed_value'])
        if not ok:
            mism += 1
        print('%-60s %-8s %s' % (k, 'ok' if ok else 'MISMATCH', v))
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(key), mism))
    sys.exit(1 if mism else 0)


if __name__ == '__main__':
    main()
