"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(the data directory may also come from the environment variable CAPSCOPE_DATA_DIR).
Prints each recomputed value, then "N recipes, N key records, M mismatches"; exits 1 on any mismatch.
Needs pandas.
"""
import json
import math
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = None
_CACHE = {}
FILES = {"RUT": "RUT", "SPX": "GSPC", "DJI": "DJI", "IXIC": "IXIC", "NDX": "NDX", "VIX": "VIX",
         "IWM": "IWM", "SPY": "SPY"}
RATES = {"DFF": "DFF", "DGS10": "DGS10", "DGS2": "DGS2", "DFEDTARU": "DFEDTARU", "DFEDTARL": "DFEDTARL"}


def df(t):
    if t not in _CACHE:
        name = FILES.get(t) or RATES[t]
        _CACHE[t] = pd.read_csv(os.path.join(DATA, name + ".csv"), parse_dates=["date"]).set_index("date").sort_index()
    return _CACHE[t]


def T(d):
    return pd.Timestamp(d)


def r4(x):
    return None if x is None else round(float(x), 4)


def close(t, d):
    return r4(df(t).loc[T(d), "close"])


def high(t, d):
    return r4(df(t).loc[T(d), "high"])


def low(t, d):
    return r4(df(t).loc[T(d), "low"])


def prev_close(t, d):
    s = df(t)["close"]
    return float(s.iloc[s.index.get_loc(T(d)) - 1])


def chg(t, d):
    """daily point change, close vs previous close"""
    return r4(df(t).loc[T(d), "close"] - prev_close(t, d))


def pct(t, d):
    """daily % change, close vs previous close"""
    return r4((df(t).loc[T(d), "close"] / prev_close(t, d) - 1) * 100)


def pct_change(t, a, b, col="close"):
    """% change from the close of session a to the close of session b"""
    s = df(t)[col]
    return r4((s.loc[T(b)] / s.loc[T(a)] - 1) * 100)


def last_close_before(t, d):
    s = df(t)["close"]
    return s[s.index < T(d)].index[-1]


def ytd(t, d, col="close"):
    start = last_close_before(t, str(T(d).year) + "-01-01")
    return pct_change(t, start, d, col)


def ann_return(t, a, b, years, col="adj_close"):
    s = df(t)[col]
    return r4(((s.loc[T(b)] / s.loc[T(a)]) ** (1.0 / years) - 1) * 100)


def level_pct(t, d, level):
    """% change from the close of session d to a given level"""
    return r4((level / df(t).loc[T(d), "close"] - 1) * 100)


def max_high_before(t, d):
    s = df(t)["high"]
    return r4(s[s.index < T(d)].max())


def max_high_before_date(t, d):
    s = df(t)["high"]
    return str(s[s.index < T(d)].idxmax().date())


def max_close_before(t, d):
    s = df(t)["close"]
    return r4(s[s.index < T(d)].max())


def is_record_close(t, d):
    s = df(t)["close"]
    return bool(s.loc[T(d)] > s[s.index < T(d)].max())


def argmax_close(t, a, b):
    s = df(t)["close"].loc[T(a):T(b)]
    return str(s.idxmax().date())


def pct_below_max_close(t, d):
    s = df(t)["close"].loc[:T(d)]
    return r4((1 - s.iloc[-1] / s.max()) * 100)


def first_close_below(t, peak_date, frac, end):
    s = df(t)["close"]
    pk = s.loc[T(peak_date)]
    w = s.loc[T(peak_date):T(end)]
    hit = w[w <= pk * frac]
    return str(hit.index[0].date()) if len(hit) else None


def next_session(t, d):
    s = df(t)["close"]
    return str(s.index[s.index.get_loc(T(d)) + 1].date())


def sessions(t, a, b):
    """number of sessions with a < date <= b"""
    s = df(t)["close"]
    return int(((s.index > T(a)) & (s.index <= T(b))).sum())


def sessions_incl(t, a, b):
    s = df(t)["close"]
    return int(((s.index >= T(a)) & (s.index <= T(b))).sum())


def week_up_streak(t, friday):
    w = df(t)["close"].resample("W-FRI").last().dropna().loc[:T(friday)]
    n = 0
    for i in range(len(w) - 1, 0, -1):
        if w.iloc[i] > w.iloc[i - 1]:
            n += 1
        else:
            break
    return n


def rate(series, d):
    return r4(df(series).loc[T(d), "value"])


def max_rate(series, a, b):
    return r4(df(series)["value"].loc[T(a):T(b)].max())


def years_spx_up_rut_down(day_index, y0, y1):
    """years y0..y1 in which, after `day_index` sessions of the year, SPX YTD > 0 and RUT YTD < 0"""
    out = []
    for y in range(y0, y1 + 1):
        r = df("RUT")["close"]
        s = df("SPX")["close"]
        rs = r[r.index.year == y]
        if len(rs) < day_index:
            continue
        d = rs.index[day_index - 1]
        if ytd("SPX", d) > 0 and ytd("RUT", d) < 0:
            out.append(y)
    return out


def mean_volume(t, d, n):
    v = df(t)["volume"].loc[:T(d)]
    return r4(v.iloc[-n:].mean())


RECIPES = {}
with open(os.path.join(HERE, "recipes.json")) as fh:
    RECIPES = json.load(fh)


def _tidy(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, 4)
    if isinstance(v, int):
        return v
    if isinstance(v, (list, tuple)):
        return [_tidy(x) for x in v]
    if hasattr(v, "item"):
        return _tidy(v.item())
    return v


def evaluate(expr):
    """evaluate one RECIPES expression with the helpers above; floats rounded to 4 dp"""
    if expr is None:
        return None
    return _tidy(eval(expr))


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=0, abs_tol=1e-4)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
    keyfile = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    recs = [json.loads(l) for l in open(keyfile) if l.strip()]
    bad = 0
    for r in recs:
        k = "%s#%d" % (r["passage_id"], r["claim_index"])
        if k not in RECIPES:
            print("NO RECIPE", k)
            bad += 1
            continue
        v = evaluate(RECIPES[k])
        ok = same(v, r["computed_value"])
        print(("ok  " if ok else "DIFF"), k, v, "" if ok else "(key: %r)" % (r["computed_value"],))
        bad += 0 if ok else 1
    print("%d recipes, %d key records, %d mismatches" % (len(RECIPES), len(recs), bad))
    sys.exit(1 if bad or len(RECIPES) != len(recs) else 0)


if __name__ == "__main__":
    main()
