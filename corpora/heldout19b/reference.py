"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(the data directory may also come from the CAPSCOPE_DATA_DIR environment variable).
Prints every recomputed value; last line "N recipes, N key records, M mismatches"; exit 1 on a mismatch.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"RUT": "RUT", "SPX": "GSPC", "DJI": "DJI", "IXIC": "IXIC", "NDX": "NDX", "VIX": "VIX"}
_cache = {}
DATA = None


def _px(t):
    if t not in _cache:
        df = pd.read_csv(os.path.join(DATA, FILES[t] + ".csv"), parse_dates=["date"])
        _cache[t] = df.set_index("date").sort_index()
    return _cache[t]


def _rate(name):
    if name not in _cache:
        df = pd.read_csv(os.path.join(DATA, name + ".csv"), parse_dates=["date"])
        _cache[name] = df.set_index("date")["value"].dropna()
    return _cache[name]


def _i(df, d):
    return df.index.get_loc(pd.Timestamp(d))


def r4(x):
    return round(float(x), 4)


def close(t, d):
    return r4(_px(t).close[pd.Timestamp(d)])


def high(t, d):
    return r4(_px(t).high[pd.Timestamp(d)])


def chg_pts(t, d):
    df = _px(t); i = _i(df, d)
    return r4(df.close.iloc[i] - df.close.iloc[i - 1])


def chg_pct(t, d):
    df = _px(t); i = _i(df, d)
    return r4((df.close.iloc[i] / df.close.iloc[i - 1] - 1) * 100)


def window_pct(t, a, b):
    """close-to-close change from the close of a to the close of b, percent."""
    c = _px(t).close
    return r4((c[pd.Timestamp(b)] / c[pd.Timestamp(a)] - 1) * 100)


def ytd(t, d):
    c = _px(t).close
    base = c[c.index < pd.Timestamp(str(pd.Timestamp(d).year) + "-01-01")].iloc[-1]
    return r4((c[pd.Timestamp(d)] / base - 1) * 100)


def mtd(t, d):
    c = _px(t).close
    ts = pd.Timestamp(d)
    base = c[c.index < pd.Timestamp(ts.year, ts.month, 1)].iloc[-1]
    return r4((c[ts] / base - 1) * 100)


def session_range_pct(t, d):
    """[low, high] of session d as percent changes from the previous close."""
    df = _px(t); i = _i(df, d); p = df.close.iloc[i - 1]
    return [r4((df.low.iloc[i] / p - 1) * 100), r4((df.high.iloc[i] / p - 1) * 100)]


def session_range(t, d):
    df = _px(t); i = _i(df, d)
    return [r4(df.low.iloc[i]), r4(df.high.iloc[i])]


def is_record_close(t, d):
    df = _px(t); i = _i(df, d)
    return bool(df.close.iloc[i] > df.close.iloc[:i].max())


def is_record_high(t, d):
    df = _px(t); i = _i(df, d)
    return bool(df.high.iloc[i] > df.high.iloc[:i].max())


def record_close_before(t, d):
    df = _px(t); i = _i(df, d)
    return r4(df.close.iloc[:i].max())


def record_close_streak(t, d):
    """consecutive sessions ending at d that each closed above every earlier close."""
    df = _px(t); i = _i(df, d); k = 0
    while i - k > 0 and df.close.iloc[i - k] > df.close.iloc[: i - k].max():
        k += 1
    return k


def record_high_streak(t, d):
    df = _px(t); i = _i(df, d); k = 0
    while i - k > 0 and df.high.iloc[i - k] > df.high.iloc[: i - k].max():
        k += 1
    return k


def count_record_closes(t, a, d):
    df = _px(t); n = 0
    for ts in df.loc[pd.Timestamp(a):pd.Timestamp(d)].index:
        i = _i(df, ts)
        if df.close.iloc[i] > df.close.iloc[:i].max():
            n += 1
    return n


def up_streak_before(t, d):
    """consecutive up closes ending the session before d."""
    df = _px(t); j = _i(df, d) - 1; k = 0
    while df.close.iloc[j] > df.close.iloc[j - 1]:
        k += 1; j -= 1
    return k


def pct_below_record_close(t, d):
    df = _px(t); i = _i(df, d)
    return r4((1 - df.close.iloc[i] / df.close.iloc[: i + 1].max()) * 100)


def record_close_date(t, d):
    df = _px(t); i = _i(df, d)
    return str(df.close.iloc[: i + 1].idxmax().date())


def min_close_date(t, a, b):
    c = _px(t).close.loc[pd.Timestamp(a):pd.Timestamp(b)]
    return str(c.idxmin().date())


def min_close_since(t, a, d):
    """lowest close from a up to the session before d."""
    c = _px(t).close
    return r4(c[(c.index >= pd.Timestamp(a)) & (c.index < pd.Timestamp(d))].min())


def last_ytd_positive_before(t, d):
    """last session before d whose close was above the previous year-end close of d's year."""
    c = _px(t).close
    ts = pd.Timestamp(d)
    base = c[c.index < pd.Timestamp(ts.year, 1, 1)].iloc[-1]
    yr = c[(c.index >= pd.Timestamp(ts.year, 1, 1)) & (c.index < ts)]
    return str(yr[yr > base].index[-1].date())


def dgs10(d):
    return r4(_rate("DGS10")[pd.Timestamp(d)])


def dgs10_highest_since(d):
    """last earlier date with a DGS10 value at least as high as on d."""
    s = _rate("DGS10"); v = s[pd.Timestamp(d)]
    prev = s[(s.index < pd.Timestamp(d)) & (s >= v)]
    return str(prev.index[-1].date())


def fed_target(d):
    return [r4(_rate("DFEDTARL")[pd.Timestamp(d)]), r4(_rate("DFEDTARU")[pd.Timestamp(d)])]


def fomc_on(d):
    m = pd.read_csv(os.path.join(DATA, "FOMC_meetings.csv"))
    return bool((m["date"] == d).any())


def same(a, b):
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) < 1e-6
    return a == b


def load_recipes():
    with open(os.path.join(HERE, "recipes.json")) as f:
        return json.load(f)


def evaluate(expr):
    return eval(expr, {k: v for k, v in globals().items() if not k.startswith("__")})


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA:
        print("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]"); sys.exit(2)
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    recipes = load_recipes()
    keys = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0; n = 0
    for k in keys:
        rid = "%s#%d" % (k["passage_id"], k["claim_index"])
        expr = recipes.get(rid)
        if expr is None:
            if k["computed_value"] is not None:
                bad += 1; print("MISSING", rid)
            else:
                print(rid, "null (no recipe: nothing in the files computes it)")
            continue
        n += 1
        v = evaluate(expr)
        ok = same(v, k["computed_value"])
        bad += 0 if ok else 1
        print(rid, expr, "=>", v, "" if ok else "MISMATCH key=%r" % (k["computed_value"],))
    print("%d recipes, %d key records, %d mismatches" % (n, len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
