"""Recompute every computed_value in key.jsonl of this corpus from the CSV files of the data directory.

Usage:  python reference.py DATA_DIR [KEY_JSONL]
        (or set CAPSCOPE_DATA_DIR and run  python reference.py)

Each RECIPES entry is (passage_id, claim_index, decimals, computation); computation is a lambda over the
helper functions below, or None when nothing in the files computes the claim. Prints every value,
then "N recipes, M key records, K mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = None
_cache = {}


def px(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _cache[t]


def ser(name):
    """date,value series (DGS10, DGS2, DFEDTARU, DFEDTARL)."""
    key = "rate:" + name
    if key not in _cache:
        _cache[key] = pd.read_csv(DATA / f"{name}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _cache[key]


def T(d):
    return pd.Timestamp(d)


def cl(t, field="close"):
    return px(t)[field].dropna()


def val(t, d, field="close"):
    return float(px(t).loc[T(d), field])


def prev_day(t, d):
    s = cl(t)
    return s.index[s.index.get_loc(T(d)) - 1]


def chg(t, d):
    return val(t, d) - val(t, prev_day(t, d))


def pct(t, d):
    return (val(t, d) / val(t, prev_day(t, d)) - 1) * 100


def base_before(t, d, field="close"):
    s = cl(t, field)
    return s[s.index < T(d)].index[-1]


def ret(t, a, b, field="close"):
    return (val(t, b, field) / val(t, a, field) - 1) * 100


def pts(t, a, b):
    return val(t, b) - val(t, a)


def ytd_pct(t, d, field="close"):
    return ret(t, base_before(t, f"{T(d).year}-01-01", field), d, field)


def ytd_pts(t, d):
    return pts(t, base_before(t, f"{T(d).year}-01-01"), d)


def wtd_base(t, d):
    return base_before(t, T(d) - pd.Timedelta(days=T(d).weekday()))


def wtd_pct(t, d):
    return ret(t, wtd_base(t, d), d)


def wtd_pts(t, d):
    return pts(t, wtd_base(t, d), d)


def mtd_pct(t, d, field="close"):
    return ret(t, base_before(t, T(d).replace(day=1), field), d, field)


def intraday_pct(t, d, extreme):
    """Session high or low against the previous close, in percent."""
    return (val(t, d, extreme) / val(t, prev_day(t, d)) - 1) * 100


def intraday_pts(t, d, extreme):
    return val(t, d, extreme) - val(t, prev_day(t, d))


def level_at(t, d, extreme, base_pct):
    """Level that is base_pct % away from the previous close of d."""
    return val(t, prev_day(t, d)) * (1 + base_pct / 100)


def record_before(t, d, field="close"):
    s = cl(t, field)
    s = s[s.index < T(d)]
    return s.idxmax().date().isoformat(), float(s.max())


def is_record(t, d, field="close"):
    return bool(val(t, d, field) > record_before(t, d, field)[1])


def high_52w(t, d, field="close", include=True):
    """(date, value) of the highest `field` in the 52 weeks up to d."""
    s = cl(t, field)
    lo = T(d) - pd.Timedelta(weeks=52)
    s = s[(s.index > lo) & ((s.index <= T(d)) if include else (s.index < T(d)))]
    return s.idxmax().date().isoformat(), float(s.max())


def pct_below_52w_high(t, d):
    return (1 - val(t, d) / high_52w(t, d)[1]) * 100


def last_move_as_big(t, d, down=True):
    m = (cl(t).pct_change() * 100).dropna()
    v = m.loc[T(d)]
    prior = m[m.index < T(d)]
    hit = prior[prior <= v] if down else prior[prior >= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def streak(t, d, up=True):
    m = cl(t).diff().dropna()
    m = m[m.index <= T(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def last_streak_as_long(t, d, up=True):
    """Last earlier session that ended a streak at least as long as the one ending on d."""
    n = streak(t, d, up)
    m = cl(t).diff().dropna()
    hit = (m > 0) if up else (m < 0)
    run = hit.astype(int).groupby((~hit).cumsum()).cumsum()
    prior = run[(run.index < T(d)) & (run >= n)]
    return prior.index[-1].date().isoformat() if len(prior) else "none"


def up_days(t, a, b):
    """(up sessions, sessions) between a and b inclusive."""
    m = cl(t).diff().dropna()
    m = m[(m.index >= T(a)) & (m.index <= T(b))]
    return [int((m > 0).sum()), int(len(m))]


def monthly(t, field="close"):
    return (cl(t, field).resample("ME").last().pct_change() * 100).dropna()


def last_month_as_big(t, d, value, field="close"):
    """Last complete month before d's month with a return >= value."""
    m = monthly(t, field)
    m = m[m.index < T(d).replace(day=1)]
    hit = m[m >= value]
    return hit.index[-1].strftime("%Y-%m") if len(hit) else "none"


def months_at_least(t, start, end, value):
    m = monthly(t)
    m = m[(m.index >= T(start)) & (m.index <= T(end))]
    return int((m >= value).sum())


def rate(name, d):
    return float(ser(name).loc[T(d)])


def rate_prev(name, d):
    s = ser(name)
    return float(s[s.index < T(d)].iloc[-1])


def rate_chg_bp(name, d):
    return round((rate(name, d) - rate_prev(name, d)) * 100, 1)


def rate_since(name, d, above=True):
    """Last date before d with a value at least as high (or low) as on d."""
    s = ser(name)
    v = s.loc[T(d)]
    prior = s[s.index < T(d)]
    hit = prior[prior >= v] if above else prior[prior <= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def n_day_ret(t, d, n):
    s = cl(t)
    i = s.index.get_loc(T(d))
    return (s.iloc[i] / s.iloc[i - n] - 1) * 100


def nth_session_after(t, d, n):
    s = cl(t)
    return s.index[s.index.get_loc(T(d)) + n].date().isoformat()


def n_day_episodes(t, n, thresh, start=None, end=None):
    """First sessions of runs of consecutive days whose n-session return is >= thresh %."""
    s = cl(t)
    r = (s / s.shift(n) - 1).dropna() * 100
    if start:
        r = r[r.index >= T(start)]
    if end:
        r = r[r.index <= T(end)]
    hit = r >= thresh
    starts = hit & ~hit.shift(1, fill_value=False)
    return [i.date().isoformat() for i in r[starts].index]


def ytd_lead_days(a, b, d):
    """Sessions of d's year, before d, on which a's YTD % change was above b's."""
    y = T(d).year
    sa, sb = cl(a), cl(b)
    ba = sa[sa.index < T(f"{y}-01-01")].iloc[-1]
    bb = sb[sb.index < T(f"{y}-01-01")].iloc[-1]
    df = pd.concat([sa / ba, sb / bb], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[(df.index >= T(f"{y}-01-01")) & (df.index < T(d))]
    return int((df.a > df.b).sum())


def weekly_up_streak(t, friday):
    """Consecutive Friday-to-Friday gains ending with the week of `friday`."""
    w = (cl(t).resample("W-FRI").last().pct_change() * 100).dropna()
    w = w[w.index <= T(friday)]
    n = 0
    for v in w.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def last_n_day_as_big(t, d, n):
    """End date of the last earlier n-session window with a return at least as large as the one ending on d."""
    s = cl(t)
    r = (s / s.shift(n) - 1).dropna()
    v = r.loc[T(d)]
    prior = r[(r.index < T(d)) & (r >= v)]
    # skip the overlapping run that leads into d itself
    prior = prior[prior.index < s.index[s.index.get_loc(T(d)) - n]]
    return prior.index[-1].date().isoformat()
