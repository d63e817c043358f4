"""Recompute every computed_value in key.jsonl (heldout4a) from the CSV files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]

RECIPES holds one entry per key record: (passage_id, claim_index, decimals, expression). The
expression is evaluated with the helper functions below on the CSV files of the data directory;
None means the key has no computed value (series not in the files, opinion, forecast, or a
figure on a basis the files do not hold). Prints every value and exits 1 on any mismatch.
Needs pandas. Written independently for this corpus.
"""
import json
import os
import sys
import warnings
from pathlib import Path

import pandas as pd

warnings.filterwarnings("ignore")
DATA = Path(os.environ.get("CAPSCOPE_DATA_DIR", "data"))  # or the first argument
_c = {}


def px(t):
    if t not in _c:
        _c[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _c[t]


def rate(s):
    k = "r_" + s
    if k not in _c:
        _c[k] = pd.read_csv(DATA / f"{s}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _c[k]


def ts(d):
    return pd.Timestamp(d)


def col(t, f="close"):
    return px(t)[f].dropna()


def close(t, d, f="close"):
    return float(px(t).loc[ts(d), f])


def prev(t, d):
    s = col(t)
    return s.index[s.index.get_loc(ts(d)) - 1]


def chg(t, d):
    """Point change, close vs previous close."""
    return close(t, d) - close(t, prev(t, d))


def pct(t, d):
    """Percent change, close vs previous close."""
    return (close(t, d) / close(t, prev(t, d)) - 1) * 100


def ret(t, a, b, f="close"):
    """Percent change from the close on a to the close on b."""
    return (close(t, b, f) / close(t, a, f) - 1) * 100


def pts(t, a, b):
    return close(t, b) - close(t, a)


def last_before(t, d, f="close"):
    s = col(t, f)
    return s[s.index < ts(d)].index[-1]


def ytd(t, d, f="close"):
    return ret(t, last_before(t, f"{ts(d).year}-01-01", f), d, f)


def year_ret(t, y, f="close"):
    s = col(t, f)
    a = s[s.index < ts(f"{y}-01-01")].iloc[-1]
    b = s[s.index <= ts(f"{y}-12-31")].iloc[-1]
    return (b / a - 1) * 100


def period_ret(t, a_excl, b_incl, f="close"):
    """Last close before a_excl to last close on or before b_incl."""
    s = col(t, f)
    a = s[s.index < ts(a_excl)].iloc[-1]
    b = s[s.index <= ts(b_incl)].iloc[-1]
    return (b / a - 1) * 100


def monthly_rel(a, b, start, end):
    """DataFrame of monthly % returns of a and b (month-end closes) between start and end."""
    ma = col(a).resample("ME").last().pct_change() * 100
    mb = col(b).resample("ME").last().pct_change() * 100
    df = pd.concat([ma, mb], axis=1, keys=["a", "b"], sort=True).dropna()
    return df[ts(start):ts(end)]


def months_lagging(a, b, start, end):
    df = monthly_rel(a, b, start, end)
    return int((df.a < df.b).sum())


def months_lagging_twice(a, b, start, end):
    """Months in which a lagged b for the second (or later) month running."""
    df = monthly_rel(a, b, start, end)
    lag = df.a < df.b
    return int((lag & lag.shift(1, fill_value=False)).sum())


def lag_runs(a, b, start, end):
    """(first month, last month, length) of every run of months with a lagging b."""
    df = monthly_rel(a, b, start, end)
    out, run = [], []
    for d, v in (df.a < df.b).items():
        if v:
            run.append(d)
        elif run:
            out.append((run[0].strftime("%Y-%m"), run[-1].strftime("%Y-%m"), len(run)))
            run = []
    if run:
        out.append((run[0].strftime("%Y-%m"), run[-1].strftime("%Y-%m"), len(run)))
    return out


def record_before(t, d, f="close"):
    s = col(t, f)
    s = s[s.index < ts(d)]
    return s.idxmax().date().isoformat(), float(s.max())


def is_record(t, d, f="close"):
    return close(t, d, f) > record_before(t, d, f)[1]


def highest_since(t, d, f="close"):
    """Last earlier session with a value >= the value on d."""
    s = col(t, f)
    v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & (s >= v)]
    return p.index[-1].date().isoformat() if len(p) else "none (record)"


def lowest_since(t, d, f="close"):
    s = col(t, f)
    v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & (s <= v)]
    return p.index[-1].date().isoformat() if len(p) else "none (record low)"


def years_between(a, b):
    return (ts(b) - ts(a)).days / 365.25


def months_between(a, b):
    return (ts(b) - ts(a)).days / 30.44


def last_close_above(t, d, level):
    """Last session before d whose close was above level."""
    s = col(t)
    s = s[(s.index < ts(d)) & (s > level)]
    return s.index[-1].date().isoformat()


def first_close_above_after(t, after, level):
    s = col(t)
    s = s[(s.index > ts(after)) & (s > level)]
    return s.index[0].date().isoformat()


def moves(t, kind="pct"):
    s = col(t)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_move_as_big(t, d, kind="pct", down=True):
    m = moves(t, kind)
    v = m.loc[ts(d)]
    p = m[m.index < ts(d)]
    h = p[p <= v] if down else p[p >= v]
    return h.index[-1].date().isoformat() if len(h) else "none"


def streak(t, d, up=True):
    m = moves(t, "pts")
    m = m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def window_extreme(t, a, b, f):
    s = col(t, f)[ts(a):ts(b)]
    return float(s.max()) if f == "high" else float(s.min())


def drawdown_from(t, peak_day, d, f="close"):
    """% below the close on peak_day (positive = below)."""
    return (1 - close(t, d, f) / close(t, peak_day)) * 100


def rate_on(s, d):
    return float(rate(s).loc[ts(d)])


def fed_target(d):
    """DFEDTAR before 2008-12-16, else [DFEDTARL, DFEDTARU]."""
    d = ts(d)
    if d >= ts("2008-12-16"):
        return [rate_on("DFEDTARL", d), rate_on("DFEDTARU", d)]
    return rate_on("DFEDTAR", d)


def fomc_days():
    return pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])


def target_hikes(a, b):
    """Dates on which the fed funds target (top of range after 2008-12-16) rose, a..b."""
    s = pd.concat([rate("DFEDTAR")[:ts("2008-12-15")], rate("DFEDTARU")[ts("2008-12-16"):]])
    s = s[ts(a):ts(b)]
    up = s[s.diff() > 0]
    return [d.date().isoformat() for d in up.index]


def last_hike_before(d):
    return target_hikes("1982-01-01", ts(d) - pd.Timedelta(days=1))[-1]


def first_day_at_or_below(series_top, level, before):
    """First date of the run of top-of-range <= level that is still going on `before`."""
    s = pd.concat([rate("DFEDTAR")[:ts("2008-12-15")], rate("DFEDTARU")[ts("2008-12-16"):]])
    s = s[s.index < ts(before)]
    above = s[s > level]
    return s[s.index > above.index[-1]].index[0].date().isoformat()


# RECIPES_START
RECIPES = []
# RECIPES_END


def normalise(v, dec):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, dec)
    if isinstance(v, (list, tuple)):
        return [normalise(x, dec) for x in v]
    return v


def compute(expr, dec):
    return None if expr is None else normalise(eval(expr), dec)


def main():
    global DATA
    if len(sys.argv) > 1:
        DATA = Path(sys.argv[1])
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    bad = 0
    for pid, i, dec, expr in RECIPES:
        v = compute(expr, dec)
        flag = ""
        if key.get((pid, i), "missing") != v:
            bad += 1
            flag = f"   <-- key.jsonl has {key.get((pid, i), 'missing')!r}"
        print(f"{pid} #{i}: {v!r}{flag}")
    if len(key) != len(RECIPES):
        bad += 1
        print(f"key.jsonl has {len(key)} records but there are {len(RECIPES)} recipes")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
