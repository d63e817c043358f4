"""Recompute every computed_value of key.jsonl from the market-data CSV files.

usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
       (or set CAPSCOPE_DATA_DIR). Needs pandas. Exits 1 on any mismatch.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"RUT": "RUT.csv", "SPX": "GSPC.csv", "DJI": "DJI.csv", "IXIC": "IXIC.csv",
         "NDX": "NDX.csv", "VIX": "VIX.csv", "IWM": "IWM.csv", "SPY": "SPY.csv"}
_DATA = {"dir": None}
_CACHE = {}


def set_data_dir(path):
    _DATA["dir"] = path
    _CACHE.clear()


def S(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(_DATA["dir"], FILES[t]), parse_dates=["date"])
        df = df.set_index("date").sort_index()
        _CACHE[t] = df[df["close"].notna()]
    return _CACHE[t]


def _ts(d):
    return pd.Timestamp(d)


def close(t, d):
    return float(S(t).loc[_ts(d), "close"])


def high(t, d):
    return float(S(t).loc[_ts(d), "high"])


def low(t, d):
    return float(S(t).loc[_ts(d), "low"])


def prev_close(t, d):
    s = S(t)["close"]
    return float(s[s.index < _ts(d)].iloc[-1])


def close_before(t, d):
    """last close strictly before date d"""
    s = S(t)["close"]
    return float(s[s.index < _ts(d)].iloc[-1])


def chg_pts(t, d):
    return close(t, d) - prev_close(t, d)


def chg_pct(t, d):
    return (close(t, d) / prev_close(t, d) - 1) * 100


def high_pct(t, d):
    return (high(t, d) / prev_close(t, d) - 1) * 100


def low_pct(t, d):
    return (low(t, d) / prev_close(t, d) - 1) * 100


def _year_base(t, d):
    return close_before(t, "%d-01-01" % _ts(d).year)


def _week_base(t, d):
    ts = _ts(d)
    monday = ts - pd.Timedelta(days=ts.weekday())
    return close_before(t, monday)


def _month_base(t, d):
    ts = _ts(d)
    return close_before(t, "%d-%02d-01" % (ts.year, ts.month))


def ytd_pts(t, d):
    return close(t, d) - _year_base(t, d)


def ytd_pct(t, d):
    return (close(t, d) / _year_base(t, d) - 1) * 100


def wtd_pts(t, d):
    return close(t, d) - _week_base(t, d)


def wtd_pct(t, d):
    return (close(t, d) / _week_base(t, d) - 1) * 100


def mtd_pct(t, d):
    return (close(t, d) / _month_base(t, d) - 1) * 100


def mtd_pct_range(t, d):
    b = _month_base(t, d)
    return [(low(t, d) / b - 1) * 100, (high(t, d) / b - 1) * 100]


def ytd_pct_range(t, d):
    b = _year_base(t, d)
    return [(low(t, d) / b - 1) * 100, (high(t, d) / b - 1) * 100]


def session_pct_range(t, d):
    return [low_pct(t, d), high_pct(t, d)]


def since_close_pct(t, d0, d1):
    return (close(t, d1) / close(t, d0) - 1) * 100


def since_low_pct(t, d0, d1):
    return (close(t, d1) / low(t, d0) - 1) * 100


def is_record_close(t, d):
    s = S(t)["close"]
    return int(close(t, d) > float(s[s.index < _ts(d)].max()))


def is_record_high(t, d):
    s = S(t)["high"]
    return int(high(t, d) > float(s[s.index < _ts(d)].max()))


def record_closes_between(t, d0, d1):
    """dates in [d0, d1] whose close was above every earlier close"""
    s = S(t)["close"]
    out = []
    run = float(s[s.index < _ts(d0)].max())
    for dt, v in s[(s.index >= _ts(d0)) & (s.index <= _ts(d1))].items():
        if v > run:
            out.append(dt.strftime("%Y-%m-%d"))
            run = v
    return out


def prior_record_close_date(t, d):
    s = S(t)["close"]
    s = s[s.index < _ts(d)]
    return s.idxmax().strftime("%Y-%m-%d")


def pct_vs(t1, t2, d):
    """daily % change of t1 minus that of t2"""
    return chg_pct(t1, d) - chg_pct(t2, d)


def min_other_pct_gap(t, others, d):
    """daily % change of t minus the best daily % change of the others"""
    return chg_pct(t, d) - max(chg_pct(o, d) for o in others)


def first_bear_close(t, d0, d1):
    """first close in [d0, d1] at least 20% below the highest close of the previous 52 weeks (252 sessions)"""
    c = S(t)["close"]
    m = c.rolling(252, min_periods=1).max()
    w = c[(c.index >= _ts(d0)) & (c.index <= _ts(d1))]
    hit = w[w <= 0.8 * m[w.index]]
    return hit.index[0].strftime("%Y-%m-%d") if len(hit) else "none"


def bear_order(ts, d0, d1):
    """first bear-market close of each series, in the order given"""
    return [first_bear_close(t, d0, d1) for t in ts]


def lowest_since(t, d):
    """last session before d whose close was at or below the close of d"""
    c = S(t)["close"]
    prior = c[(c.index < _ts(d)) & (c <= close(t, d))]
    return prior.index[-1].strftime("%Y-%m-%d")


def up_down_pattern(t, d0, d1):
    """1 for an up close, 0 for a down close, for each session in [d0, d1]"""
    c = S(t)["close"]
    ch = c.diff()
    w = ch[(ch.index >= _ts(d0)) & (ch.index <= _ts(d1))]
    return [int(v > 0) for v in w]


def fomc_decision_on(d):
    m = pd.read_csv(os.path.join(_DATA["dir"], "FOMC_meetings.csv"), parse_dates=["date"])
    return int((m["date"] == _ts(d)).any())


def fed_target_change(d_before, d_after):
    f = pd.read_csv(os.path.join(_DATA["dir"], "DFEDTAR.csv"), parse_dates=["date"]).set_index("date")["value"]
    return float(f.loc[_ts(d_after)] - f.loc[_ts(d_before)])


def NONE():
    return None


def load_recipes():
    with open(os.path.join(HERE, "recipes.json")) as f:
        return json.load(f)


def evaluate(expr):
    v = eval(expr, {k: v for k, v in globals().items() if not k.startswith("__")})
    return normalize(v)


def normalize(v):
    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        return [normalize(x) for x in v]
    if isinstance(v, str):
        return v
    return round(float(v), 4)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(float(a) - float(b)) <= 1e-4


def main():
    args = sys.argv[1:]
    ddir = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not ddir:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
    set_data_dir(ddir)
    key_path = args[1] if len(args) > 1 else os.path.join(HERE, "key.jsonl")
    recipes = load_recipes()
    keys = [json.loads(l) for l in open(key_path) if l.strip()]
    bad = 0
    for k in keys:
        rid = "%s#%d" % (k["passage_id"], k["claim_index"])
        expr = recipes.get(rid)
        if expr is None:
            print("MISSING recipe", rid)
            bad += 1
            continue
        v = evaluate(expr)
        ok = same(v, k["computed_value"])
        bad += 0 if ok else 1
        print("%s %-55s %s = %s" % ("ok " if ok else "BAD", rid, expr, json.dumps(v)))
    print("%d recipes, %d key records, %d mismatches" % (len(recipes), len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
