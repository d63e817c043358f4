"""Recompute every computed_value in key.jsonl from the CSV files of the market-data directory.

Usage:  python reference.py DATA_DIR [KEY_JSONL]
        (or set CAPSCOPE_DATA_DIR and run  python reference.py)

Each RECIPES entry is (passage_id, claim_index, decimals, expression). The expression is a call of
one of the helpers below, evaluated on the CSV files; None means nothing in the files computes the
claim (series not in the files, opinion, forecast, non-market figure). The script prints every value,
compares it with key.jsonl and exits 1 on any mismatch. Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = None
_cache = {}


def ts(d):
    return pd.Timestamp(d)


def prices(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _cache[t]


def rate(series):
    key = "rate:" + series
    if key not in _cache:
        _cache[key] = pd.read_csv(DATA / f"{series}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _cache[key]


def col(t, field="close"):
    return prices(t)[field].dropna()


def close(t, d, field="close"):
    return float(prices(t).loc[ts(d), field])


def prev_session(t, d):
    s = col(t)
    return s.index[s.index.get_loc(ts(d)) - 1]


def pct_change(t, d):
    return (close(t, d) / close(t, prev_session(t, d)) - 1) * 100


def point_change(t, d):
    return close(t, d) - close(t, prev_session(t, d))


def ret(t, start, end, field="close"):
    return (close(t, end, field) / close(t, start, field) - 1) * 100


def points(t, start, end):
    return close(t, end) - close(t, start)


def last_close_before(t, d, field="close"):
    s = col(t, field)
    return s[s.index < ts(d)].index[-1]


def ytd(t, d, field="close"):
    return ret(t, last_close_before(t, f"{ts(d).year}-01-01", field), d, field)


def ytd_points(t, d):
    return points(t, last_close_before(t, f"{ts(d).year}-01-01"), d)


def mtd(t, d, field="close"):
    return ret(t, last_close_before(t, ts(d).replace(day=1), field), d, field)


def wtd(t, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return ret(t, last_close_before(t, monday), d)


def wtd_points(t, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return points(t, last_close_before(t, monday), d)


def month_return(t, month, field="close"):
    """Calendar-month return: last close of the month vs last close of the previous month."""
    s = col(t, field)
    start = ts(month + "-01")
    end = start + pd.offsets.MonthEnd(0)
    return (s[s.index <= end].iloc[-1] / s[s.index < start].iloc[-1] - 1) * 100


def monthly_returns(t):
    m = col(t).resample("ME").last()
    return (m.pct_change() * 100).dropna()


def best_month_before(t, month):
    """(month, return) of the best calendar month in the file strictly before `month` (YYYY-MM)."""
    m = monthly_returns(t)
    m = m[m.index < ts(month + "-01")]
    return m.idxmax().strftime("%Y-%m"), round(float(m.max()), 2)


def record_before(t, d, field="close"):
    s = col(t, field)
    s = s[s.index < ts(d)]
    return s.idxmax().date().isoformat(), float(s.max())


def is_record(t, d, field="close"):
    return bool(close(t, d, field) > record_before(t, d, field)[1])


def pct_below_record(t, d, field_ref="close"):
    return (1 - close(t, d) / record_before(t, d, field_ref)[1]) * 100


def highest_since(t, d, field="close"):
    s = col(t, field)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s >= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none (record)"


def lowest_since(t, d, field="close"):
    s = col(t, field)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s <= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none (record low)"


def rate_since(series, d, above=True):
    """Last earlier date on which `series` was at least as high (above) / as low as on d."""
    s = rate(series)
    v = s.loc[ts(d)]
    prior = s[s.index < ts(d)]
    hit = prior[prior >= v] if above else prior[prior <= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def daily_moves(t, kind="pct"):
    s = col(t)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_move_as_big(t, d, kind="pct", down=True):
    m = daily_moves(t, kind)
    v = m.loc[ts(d)]
    prior = m[m.index < ts(d)]
    hit = prior[prior <= v] if down else prior[prior >= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def moves_worse(t, d, down=True):
    """Number of earlier sessions in the file with a daily % move more extreme than the move on d."""
    m = daily_moves(t)
    v = m.loc[ts(d)]
    prior = m[m.index < ts(d)]
    return int((prior < v).sum() if down else (prior > v).sum())


def streak(t, d, up=True):
    m = daily_moves(t, "pts")
    m = m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def rel_days(a, b, cond, start=None, end=None):
    """Sessions on which cond(a_pct, b_pct) holds, between start and end (inclusive)."""
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    if start:
        df = df[df.index >= ts(start)]
    if end:
        df = df[df.index <= ts(end)]
    return [i.date().isoformat() for i, r in df.iterrows() if cond(r.a, r.b)]


def biggest_gap(a, b, end):
    """(date, pp) of the largest daily outperformance of a over b up to `end`."""
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    g = (df.a - df.b)[df.index <= ts(end)]
    return g.idxmax().date().isoformat(), round(float(g.max()), 2)


def week_return(t, friday):
    """Week ending `friday` (a session): close vs last close of the previous week."""
    return wtd(t, friday)


def weekly_gap_since(a, b, friday):
    """Last earlier week (Friday-ending) on which b beat a by at least as much as in the week ending `friday`."""
    wa = col(a).resample("W-FRI").last().pct_change() * 100
    wb = col(b).resample("W-FRI").last().pct_change() * 100
    g = (wb - wa).dropna()
    v = g.loc[ts(friday)]
    prior = g[(g.index < ts(friday)) & (g >= v)]
    return prior.index[-1].date().isoformat(), round(float(v), 2)


def rate_on(series, d):
    return float(rate(series).loc[ts(d)])


def rate_change_bp(series, a, b):
    return round((rate_on(series, b) - rate_on(series, a)) * 100, 1)


def fed_range(d):
    return [rate_on("DFEDTARL", d), rate_on("DFEDTARU", d)]


def fomc_meetings():
    return pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])


def is_fomc_day(d):
    return bool((fomc_meetings().date == ts(d)).any())


def weekday(d):
    return ts(d).day_name()


def session_range_pct(t, d):
    p = close(t, prev_session(t, d))
    return [round((close(t, d, "low") / p - 1) * 100, 2), round((close(t, d, "high") / p - 1) * 100, 2)]


def session_range(t, d):
    return [close(t, d, "low"), close(t, d, "high")]


def window_returns(t, n):
    s = col(t)
    return ((s / s.shift(n) - 1) * 100).dropna()


def window_hits(t, n, threshold, start=None, end=None):
    """Months (YYYY-MM) containing a session whose n-session % change was >= threshold."""
    r = window_returns(t, n)
    if start:
        r = r[r.index >= ts(start)]
    if end:
        r = r[r.index <= ts(end)]
    return sorted({i.strftime("%Y-%m") for i in r[r >= threshold].index})


def last_window_as_big(t, d, n):
    """Last earlier session (window ending before d's window overlaps are allowed) whose n-session gain was >= the one ending on d."""
    r = window_returns(t, n)
    v = r.loc[ts(d)]
    prior = r[(r.index < ts(d)) & (r >= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none"


def sessions_between(t, a, b):
    s = col(t)
    return int(s.index.get_loc(ts(b)) - s.index.get_loc(ts(a)))


def fomc_holds(start, end):
    """Scheduled FOMC decision days between start and end after which the range top did not change."""
    out = []
    for d in fomc_meetings().date:
        if ts(start) <= d <= ts(end):
            before = rate_on("DFEDTARU", d - pd.Timedelta(days=1))
            after = rate_on("DFEDTARU", d + pd.Timedelta(days=1))
            if before == after:
                out.append(d.date().isoformat())
    return out


def fed_top_series():
    """Top of the target (range): DFEDTAR to 2008-12-15, DFEDTARU after."""
    a = rate("DFEDTAR")
    b = rate("DFEDTARU")
    return pd.concat([a[a.index < ts("2008-12-16")], b[b.index >= ts("2008-12-16")]])


def fed_top_high_since(d):
    """Start date of the current level of the range top on d, and the last earlier date with a top >= that level."""
    s = fed_top_series()
    v = s.loc[ts(d)]
    below = s[(s.index <= ts(d)) & (s < v)]
    start = below.index[-1] + pd.Timedelta(days=1)
    prior = s[(s.index < start) & (s >= v)]
    return start.date().isoformat(), prior.index[-1].date().isoformat()


def worse_days(t, d, start, end):
    """Sessions between start and end with a daily % loss larger than the loss on d."""
    m = daily_moves(t)
    v = m.loc[ts(d)]
    w = m[(m.index >= ts(start)) & (m.index <= ts(end))]
    return [i.date().isoformat() for i in w[w < v].index]
