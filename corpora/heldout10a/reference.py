"""Recompute every computed_value in key.jsonl of this corpus from the CSV data files.

Usage:  python reference.py [DATA_DIR] [KEY_PATH]
DATA_DIR defaults to the environment variable CAPSCOPE_DATA_DIR. Needs pandas.
Each RECIPES entry is (passage_id, claim_index, decimals, expression); the expression is the text
after "reference.py: " in the key's computed_detail and is evaluated with the helpers below.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = None
_cache = {}


def prices(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _cache[t]


def rate(s):
    k = "rate:" + s
    if k not in _cache:
        _cache[k] = pd.read_csv(DATA / f"{s}.csv", parse_dates=["date"]).set_index("date")["value"]
    return _cache[k]


def ts(d):
    return pd.Timestamp(d)


def col(t, f="close"):
    return prices(t)[f].dropna()


def close(t, d, f="close"):
    return float(prices(t).loc[ts(d), f])


def prev_close(t, d):
    s = col(t)
    return float(s[s.index < ts(d)].iloc[-1])


def point_change(t, d):
    return close(t, d) - prev_close(t, d)


def pct_change(t, d):
    return (close(t, d) / prev_close(t, d) - 1) * 100


def intraday_change(t, d, f="low"):
    return close(t, d, f) - prev_close(t, d)


def ret(t, a, b):
    return (close(t, b) / close(t, a) - 1) * 100


def year_return(t, y):
    s = col(t)
    return (float(s[s.index <= ts(f"{y}-12-31")].iloc[-1]) / float(s[s.index < ts(f"{y}-01-01")].iloc[-1]) - 1) * 100


def ytd(t, d):
    s = col(t)
    return (close(t, d) / float(s[s.index < ts(f"{ts(d).year}-01-01")].iloc[-1]) - 1) * 100


def year_high(t, y, f="close"):
    return float(col(t, f)[str(y)].max())


def year_low(t, y, f="close"):
    return float(col(t, f)[str(y)].min())


def year_end(t, y):
    return float(col(t)[str(y)].iloc[-1])


def record_before(t, d, f="close"):
    s = col(t, f)
    s = s[s.index < ts(d)]
    return [s.idxmax().date().isoformat(), float(s.max())]


def is_record(t, d):
    return close(t, d) > record_before(t, d)[1]


def records_in_last(t, d, n):
    s = col(t)
    s = s[s.index <= ts(d)]
    rec = s.cummax().shift(1)
    last = s.iloc[-n:]
    return int((last > rec.iloc[-n:]).sum())


def first_record_after(t, d):
    s = col(t)
    top = float(s[s.index <= ts(d)].max())
    run = s[s.index > ts(d)]
    return run[run > top].index[0].date().isoformat()


def pct_below(t, d, ref_value, f="close"):
    return (1 - close(t, d, f) / ref_value) * 100


def max_close_in_month(t, month):
    s = col(t)[month]
    return [s.idxmax().date().isoformat(), float(s.max())]


def pct_below_month_high(t, d, month):
    return (1 - close(t, d) / max_close_in_month(t, month)[1]) * 100


def first_close_at_or_above(t, level, after):
    s = col(t)
    s = s[(s.index > ts(after)) & (s >= level)]
    return s.index[0].date().isoformat()


def last_move_as_big(t, d, kind="pts", down=True):
    s = col(t)
    m = (s.diff() if kind == "pts" else s.pct_change() * 100).dropna()
    v = m.loc[ts(d)]
    p = m[m.index < ts(d)]
    hit = p[p <= v] if down else p[p >= v]
    return hit.index[-1].date().isoformat()


def point_drop_rank(t, d):
    m = col(t).diff().dropna()
    m = m[m.index <= ts(d)]
    return int((m < m.loc[ts(d)]).sum() + 1)


def biggest_point_drop_before(t, d):
    m = col(t).diff().dropna()
    m = m[m.index < ts(d)]
    return [m.idxmin().date().isoformat(), round(float(m.min()), 2)]


def last_year_gap_at_least(a, b, y):
    gap = year_return(a, y) - year_return(b, y)
    for yy in range(y - 1, 1988, -1):
        if year_return(a, yy) - year_return(b, yy) >= gap:
            return yy
    return None


def last_above(t, level, before, f="high"):
    s = col(t, f)
    s = s[(s.index < ts(before)) & (s > level)]
    return s.index[-1].date().isoformat()


def weekday(d):
    return ts(d).day_name()


def is_session(t, d):
    return ts(d) in prices(t).index


def rate_on(s, d):
    r = rate(s)
    return float(r[r.index <= ts(d)].iloc[-1])


def fomc_on(d):
    f = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    return bool((f["date"] == ts(d)).any())


def last_rate_at_least(s, level, before):
    r = rate(s)
    r = r[(r.index < ts(before)) & (r >= level)]
    r = r[r.index < ts(before) - pd.Timedelta(days=400)]
    return r.index[-1].date().isoformat()


def years_between(a, b):
    return (ts(b) - ts(a)).days / 365.25


def session_range(t, d):
    return [close(t, d, "low"), close(t, d, "high")]


# The recipe of each key record is the expression after "reference.py: " in its computed_detail.


def normalise(v, k):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, k)
    if isinstance(v, (list, tuple)):
        return [normalise(x, k) for x in v]
    return v


def main():
    global DATA
    d = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not d:
        sys.exit("usage: python reference.py DATA_DIR [KEY_PATH]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(d)
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = [json.loads(l) for l in key_path.open()]
    mism = 0
    n = 0
    for e in key:
        expr = e["computed_detail"].split("reference.py: ", 1)[1]
        k = 0 if isinstance(e["computed_value"], int) and not isinstance(e["computed_value"], bool) else 2
        val = None if expr.strip() == "None" else normalise(eval(expr), k)
        n += 1
        flag = ""
        if val != e["computed_value"]:
            mism += 1
            flag = f"   <-- key.jsonl has {e['computed_value']!r}"
        print(f"{e['passage_id']} #{e['claim_index']}: {val!r}{flag}")
    print(f"{n} recipes, {len(key)} key records, {mism} mismatches")
    sys.exit(1 if mism else 0)


if __name__ == "__main__":
    main()
