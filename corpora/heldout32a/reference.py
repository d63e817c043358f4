#!/usr/bin/env python3
"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints one line per key record and a final line
"N recipes, N key records, K mismatches"; exits 1 on any mismatch.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"RUT": "RUT.csv", "SPX": "GSPC.csv", "DJI": "DJI.csv", "IXIC": "IXIC.csv",
         "VIX": "VIX.csv", "IWM": "IWM.csv", "SPY": "SPY.csv"}
_F = {}
DATA = None


def f(t):
    if t not in _F:
        d = pd.read_csv(os.path.join(DATA, FILES[t]), parse_dates=["date"]).set_index("date").sort_index()
        _F[t] = d[d["close"].notna()]
    return _F[t]


def T(d):
    return pd.Timestamp(d)


def r3(x):
    return round(float(x), 3)


def close(t, d):
    return r3(f(t).close[T(d)])


def prev_close_before(t, d):
    s = f(t).close
    return s[s.index < T(d)].iloc[-1]


def chg(t, d):
    """daily point change, close vs previous close"""
    return r3(f(t).close[T(d)] - prev_close_before(t, d))


def pct(t, d):
    """daily % change, close vs previous close"""
    return r3((f(t).close[T(d)] / prev_close_before(t, d) - 1) * 100)


def wk(t, fri):
    """week % change: last close of the previous week to the close of `fri`"""
    d = T(fri)
    monday = d - pd.Timedelta(days=d.weekday())
    return r3((f(t).close[d] / prev_close_before(t, monday) - 1) * 100)


def mtd(t, d):
    d = T(d)
    return r3((f(t).close[d] / prev_close_before(t, d.replace(day=1)) - 1) * 100)


def ytd(t, d):
    d = T(d)
    return r3((f(t).close[d] / prev_close_before(t, pd.Timestamp(d.year, 1, 1)) - 1) * 100)


def year_ret(t, y):
    s = f(t).close
    end = s[s.index < pd.Timestamp(y + 1, 1, 1)].iloc[-1]
    return r3((end / prev_close_before(t, pd.Timestamp(y, 1, 1)) - 1) * 100)


def month_ret(t, y, m):
    s = f(t).close
    start = pd.Timestamp(y, m, 1)
    end = s[s.index < start + pd.offsets.MonthBegin(1)].iloc[-1]
    return r3((end / prev_close_before(t, start) - 1) * 100)


def pct_below_max_close(t, start, asof):
    """% below the highest close from `start` to `asof` (positive = below)"""
    s = f(t).close[T(start):T(asof)]
    return r3((1 - s.iloc[-1] / s.max()) * 100)


def argmax_close(t, start, end):
    s = f(t).close[T(start):T(end)]
    return str(s.idxmax().date())


def intraday_above_record_close(t, d):
    """session high of `d` above every earlier close in the file"""
    x = f(t)
    return bool(x.high[T(d)] > x.close[x.index < T(d)].max())


def up_streak(t, d):
    """consecutive higher closes ending at `d`"""
    s = f(t).close.diff()
    s = s[s.index <= T(d)]
    n = 0
    for v in s.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def down_streak(t, d):
    s = f(t).close.diff()
    s = s[s.index <= T(d)]
    n = 0
    for v in s.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def prior_up_streak(t, d):
    """length of the up streak that ended the session before `d` (0 if that session fell)"""
    s = f(t).close
    return up_streak(t, s[s.index < T(d)].index[-1])


def prior_down_streak(t, d):
    s = f(t).close
    return down_streak(t, s[s.index < T(d)].index[-1])


def _weekly(t):
    return f(t).close.resample("W-FRI").last().dropna()


def weekly_up_streak(t, fri):
    w = _weekly(t).diff()
    w = w[w.index <= T(fri)]
    n = 0
    for v in w.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def last_weekly_streak_end(t, n, fri):
    """end (week-ending Friday) of the last run of >= n weekly gains that ended before the run ending at `fri`"""
    w = _weekly(t).diff()
    w = w[w.index <= T(fri)]
    cur = weekly_up_streak(t, fri)
    w = w.iloc[: len(w) - cur]
    run = 0
    ends = []
    for i, v in enumerate(w):
        if v > 0:
            run += 1
        else:
            if run >= n:
                ends.append(w.index[i - 1])
            run = 0
    if run >= n:
        ends.append(w.index[-1])
    return str(ends[-1].date()) if ends else None


def weekly_drop_rank(t, fri):
    """rank of the week's % change among all weekly changes up to `fri` (1 = biggest fall)"""
    w = (_weekly(t).pct_change() * 100).dropna()
    w = w[w.index <= T(fri)]
    return int((w < w[T(fri)]).sum() + 1)


def december_up_count(t, y0, y1):
    return int(sum(month_ret(t, y, 12) > 0 for y in range(y0, y1 + 1)))


def intraday_record_streak(t, d):
    """consecutive sessions ending at `d` whose high tops every earlier high"""
    x = f(t)
    h = x.high
    runmax = h.cummax().shift(1)
    flag = (h > runmax)[h.index <= T(d)]
    n = 0
    for v in flag.iloc[::-1]:
        if v:
            n += 1
        else:
            break
    return n


def _rel(a, b):
    ra = f(a).close.pct_change()
    rb = f(b).close.pct_change()
    j = pd.concat([ra, rb], axis=1, keys=["a", "b"], sort=True).dropna()
    return j.a > j.b


def rel_streak(a, b, d):
    """consecutive sessions ending at `d` on which a's daily % change beat b's"""
    flag = _rel(a, b)
    flag = flag[flag.index <= T(d)]
    n = 0
    for v in flag.iloc[::-1]:
        if v:
            n += 1
        else:
            break
    return n


def last_rel_streak_end(a, b, n, before):
    """last session of the most recent run of >= n sessions of a beating b that ended before `before`"""
    flag = _rel(a, b)
    flag = flag[flag.index < T(before)]
    run = 0
    last = None
    for i, v in enumerate(flag):
        if v:
            run += 1
            if run >= n:
                last = flag.index[i]
        else:
            run = 0
    return str(last.date()) if last is not None else None


def session_range(t, d):
    x = f(t).loc[T(d)]
    return [r3(x.low), r3(x.high)]


RECIPES = {}  # filled from recipes.json beside this file: "passage_id|claim_index" -> expression


def load_recipes():
    with open(os.path.join(HERE, "recipes.json")) as fh:
        return json.load(fh)


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    RECIPES.update(load_recipes())
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    for r in recs:
        k = f"{r['passage_id']}|{r['claim_index']}"
        expr = RECIPES.get(k)
        val = None if expr is None else eval(expr)
        ok = same(val, r["computed_value"])
        bad += not ok
        print(f"{'ok ' if ok else 'BAD'} {k}: {expr} -> {val!r} (key {r['computed_value']!r})")
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {bad} mismatches")
    sys.exit(1 if bad or len(RECIPES) != len(recs) else 0)


if __name__ == "__main__":
    main()
