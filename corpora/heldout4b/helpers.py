"""Helper functions for the heldout4b reference recomputation (pandas over the bundled CSVs)."""
import os
import json
import sys
from pathlib import Path

import pandas as pd

DATA = Path(os.environ.get("CAPSCOPE_DATA_DIR", "data"))
_memo = {}


def T(d):
    return pd.Timestamp(d)


def ohlc(tk):
    if tk not in _memo:
        _memo[tk] = pd.read_csv(DATA / f"{tk}.csv", parse_dates=["date"]).set_index("date")
    return _memo[tk]


def series(name):
    key = "rate:" + name
    if key not in _memo:
        _memo[key] = pd.read_csv(DATA / f"{name}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _memo[key]


def s(tk, field="close"):
    return ohlc(tk)[field].dropna()


def px(tk, d, field="close"):
    return float(ohlc(tk).loc[T(d), field])


def prev_day(tk, d):
    c = s(tk)
    return c.index[c.index.get_loc(T(d)) - 1]


def chg(tk, d):
    """Point change, close vs previous close."""
    return px(tk, d) - px(tk, prev_day(tk, d))


def pchg(tk, d):
    """Percent change, close vs previous close."""
    return (px(tk, d) / px(tk, prev_day(tk, d)) - 1) * 100


def ret(tk, a, b):
    """Percent change close(a) -> close(b)."""
    return (px(tk, b) / px(tk, a) - 1) * 100


def pts(tk, a, b):
    return px(tk, b) - px(tk, a)


def last_before(tk, d):
    c = s(tk)
    return c[c.index < T(d)].index[-1]


def ytd(tk, d):
    return ret(tk, last_before(tk, f"{T(d).year}-01-01"), d)


def ytd_pts(tk, d):
    return pts(tk, last_before(tk, f"{T(d).year}-01-01"), d)


def mtd(tk, d):
    return ret(tk, last_before(tk, T(d).replace(day=1)), d)


def wtd(tk, d):
    mon = T(d) - pd.Timedelta(days=T(d).weekday())
    return ret(tk, last_before(tk, mon), d)


def wtd_pts(tk, d):
    mon = T(d) - pd.Timedelta(days=T(d).weekday())
    return pts(tk, last_before(tk, mon), d)


def month_ret(tk, ym):
    """Whole calendar month: last close of previous month -> last close of month."""
    start = T(ym + "-01")
    end = start + pd.offsets.MonthEnd(0)
    c = s(tk)
    return (c[c.index <= end].iloc[-1] / c[c.index < start].iloc[-1] - 1) * 100


def year_ret(tk, y):
    c = s(tk)
    return (c[c.index <= T(f"{y}-12-31")].iloc[-1] / c[c.index < T(f"{y}-01-01")].iloc[-1] - 1) * 100


def prior_max(tk, d, field="close", window=None):
    """(date, value) of the highest `field` strictly before d (optionally within `window` sessions)."""
    c = s(tk, field)
    c = c[c.index < T(d)]
    if window:
        c = c.iloc[-window:]
    return c.idxmax().date().isoformat(), round(float(c.max()), 2)


def is_record(tk, d, field="close"):
    return bool(px(tk, d, field) > prior_max(tk, d, field)[1])


def below_peak(tk, d, peak_date=None, field="close"):
    """% below (positive) the highest prior close, or below the close on peak_date."""
    ref = px(tk, peak_date) if peak_date else prior_max(tk, d, field)[1]
    return (1 - px(tk, d) / ref) * 100


def hi_since(tk, d, field="close"):
    """Last earlier session with a value >= the value on d."""
    c = s(tk, field)
    v = c.loc[T(d)]
    p = c[(c.index < T(d)) & (c >= v)]
    return p.index[-1].date().isoformat() if len(p) else "record"


def lo_since(tk, d, field="close"):
    c = s(tk, field)
    v = c.loc[T(d)]
    p = c[(c.index < T(d)) & (c <= v)]
    return p.index[-1].date().isoformat() if len(p) else "record low"


def moves(tk, kind="pct"):
    c = s(tk)
    return (c.pct_change() * 100 if kind == "pct" else c.diff()).dropna()


def big_since(tk, d, kind="pct", up=True):
    """Last earlier session with a daily move at least as large (up) / as deep (down) as on d."""
    m = moves(tk, kind)
    v = m.loc[T(d)]
    p = m[m.index < T(d)]
    h = p[p >= v] if up else p[p <= v]
    return h.index[-1].date().isoformat() if len(h) else "none"


def run(tk, d, up=True):
    """Consecutive sessions ending on d with up (down) closes."""
    m = moves(tk, "pts")
    m = m[m.index <= T(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def ma(tk, d, n):
    return float(s(tk).rolling(n).mean().loc[T(d)])


def last_below_ma(tk, d, n):
    c = s(tk)
    b = c < c.rolling(n).mean()
    p = b[(b.index < T(d)) & b]
    return p.index[-1].date().isoformat()


def rate_on(name, d):
    return float(series(name).loc[T(d)])


def bp(name, a, b):
    return round((rate_on(name, b) - rate_on(name, a)) * 100, 1)


def rate_hi_since(name, d):
    r = series(name)
    v = r.loc[T(d)]
    p = r[(r.index < T(d)) & (r >= v)]
    return p.index[-1].date().isoformat()


def fed_range(d):
    return [rate_on("DFEDTARL", d), rate_on("DFEDTARU", d)]


def fed_hikes(a, b):
    """(effective date, bp change) for each change of the target-range top between a and b."""
    u = series("DFEDTARU")
    ch = u.diff()
    ch = ch[(ch != 0) & ch.notna()]
    ch = ch[(ch.index >= T(a)) & (ch.index <= T(b))]
    return [(i.date().isoformat(), round(v * 100)) for i, v in ch.items()]


def largest_hike_since(d):
    """Last effective date before d with a target increase >= the one effective on d (DFEDTAR before 2008-12-16)."""
    u = series("DFEDTARU")
    old = series("DFEDTAR")
    both = pd.concat([old[old.index < T("2008-12-16")], u[u.index >= T("2008-12-16")]])
    ch = both.diff().dropna()
    v = ch.loc[T(d)]
    p = ch[(ch.index < T(d)) & (ch >= v - 1e-9)]
    return p.index[-1].date().isoformat()


def rel(a, b, d1, d2):
    """a's return minus b's return over close(d1) -> close(d2), in percentage points."""
    return ret(a, d1, d2) - ret(b, d1, d2)


def rel_month_since(a, b, d):
    """Last earlier calendar month whose (a - b) return gap was >= the gap month-to-date on d."""
    gap_now = mtd(a, d) - mtd(b, d)
    ma_ = s(a).resample("ME").last().pct_change() * 100
    mb_ = s(b).resample("ME").last().pct_change() * 100
    g = (ma_ - mb_).dropna()
    g = g[g.index < T(d).replace(day=1)]
    h = g[g >= gap_now]
    return h.index[-1].strftime("%Y-%m") if len(h) else "none"


def vix_hi_since(d, field="close"):
    return hi_since("VIX", d, field)


def rng(tk, d, base):
    """(low, high) of session d as % change from the close on `base` (mid-session checks)."""
    b = px(tk, base)
    return [round((px(tk, d, "low") / b - 1) * 100, 2), round((px(tk, d, "high") / b - 1) * 100, 2)]


def n_moves_le(tk, a, b, thr):
    """Number of daily % moves <= thr between a and b inclusive."""
    m = moves(tk)
    return int((m[(m.index >= T(a)) & (m.index <= T(b))] <= thr).sum())


def gap_days(a, b, start, end, thr, other="pct"):
    """Sessions between start and end (inclusive) on which a's daily % change beat b's by more than thr pp."""
    df = pd.concat([moves(a), moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[(df.index >= T(start)) & (df.index <= T(end))]
    return [i.date().isoformat() for i, r in df.iterrows() if r.a - r.b > thr]


def last_week_with(a, b, before, thr, n=2):
    """Last Friday-ending week before `before` with at least n sessions on which a beat b by more than thr pp."""
    df = pd.concat([moves(a), moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[df.index < T(before)]
    hit = df[(df.a - df.b) > thr]
    wk = hit.groupby(hit.index.to_period("W-FRI")).size()
    wk = wk[wk >= n]
    return str(wk.index[-1].end_time.date())


def years_between(a, b):
    return (T(b) - T(a)).days / 365.25


def months_between(a, b):
    return (T(b) - T(a)).days / 30.4375


def last_52w_high_before(tk, d):
    """Last session before d whose close was the highest of the preceding 252 sessions (inclusive)."""
    c = s(tk)
    mx = c.rolling(252, min_periods=1).max()
    hit = c[(c >= mx) & (c.index < T(d))]
    return hit.index[-1].date().isoformat()


def next_fomc(after):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    return m[m.date >= T(after)].date.iloc[0].date().isoformat()


def hike_run(d):
    """Consecutive scheduled FOMC meetings up to decision day d whose decision raised the range top."""
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    m = m[(m.date <= T(d)) & (m.scheduled.astype(str).str.lower() == "true")].date.iloc[::-1]
    u = series("DFEDTARU")
    n = 0
    for day in m:
        after = u[u.index > day].iloc[0] if (u.index > day).any() else None
        before = u[u.index <= day].iloc[-1]
        if after is not None and after > before:
            n += 1
        else:
            break
    return n


def first_close_at_or_above(tk, level, after):
    c = s(tk)
    c = c[c.index > T(after)]
    return c[c >= level].index[0].date().isoformat()


def month_gaps_since(a, b, d, gap):
    """Last calendar month before d's month in which a's monthly return beat b's by at least `gap` pp."""
    ra = s(a).resample("ME").last().pct_change() * 100
    rb = s(b).resample("ME").last().pct_change() * 100
    g = (ra - rb).dropna()
    g = g[g.index < T(d).replace(day=1)]
    h = g[g >= gap]
    return h.index[-1].strftime("%Y-%m")


def best_month_of_year(tk, y):
    r = s(tk).resample("ME").last().pct_change() * 100
    r = r[str(y)]
    return r.idxmax().strftime("%Y-%m"), round(float(r.max()), 2)


def adj_ytd(tk, d):
    c = s(tk, "adj_close")
    base = c[c.index < T(f"{T(d).year}-01-01")].iloc[-1]
    return (c.loc[T(d)] / base - 1) * 100


def last_gap_over(a, b, d, thr, start):
    """Last session before d on which b's YTD minus a's YTD (both from `start`'s base) exceeded thr."""
    base = last_before(a, start)
    ra = (s(a) / px(a, base) - 1) * 100
    rb = (s(b) / px(b, base) - 1) * 100
    g = (rb - ra).dropna()
    g = g[(g.index < T(d)) & (g.index >= T(start))]
    return g[g > thr].index[-1].date().isoformat()


def ytd_gap(a, b, d):
    return ytd(a, d) - ytd(b, d)


def worst_day(tk, a, b):
    m = moves(tk)
    return m[(m.index >= T(a)) & (m.index <= T(b))].idxmin().date().isoformat()


def record_closes(tk, a, b):
    days = s(tk)[T(a):T(b)].index
    return [d.date().isoformat() for d in days if is_record(tk, d)]


def level_since(ser, d, value, above=True):
    """Last date before d on which `ser` was >= value (above) or <= value."""
    x = ser[ser.index < T(d)]
    hit = x[x >= value] if above else x[x <= value]
    return hit.index[-1].date().isoformat() if len(hit) else "none"
