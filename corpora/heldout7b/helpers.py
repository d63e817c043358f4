import json, os, sys
from pathlib import Path
import pandas as pd

DATA = Path(os.environ.get("CAPSCOPE_DATA_DIR", "data"))
_c = {}

def prices(t):
    if t not in _c:
        _c[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _c[t]

def rate(s):
    k = "r_" + s
    if k not in _c:
        _c[k] = pd.read_csv(DATA / f"{s}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _c[k]

def ts(d): return pd.Timestamp(d)

def col(t, f="close"): return prices(t)[f].dropna()

def close(t, d, f="close"): return float(prices(t).loc[ts(d), f])

def prev_session(t, d):
    s = col(t); return s.index[s.index.get_loc(ts(d)) - 1]

def pct_change(t, d): return (close(t, d) / close(t, prev_session(t, d)) - 1) * 100

def point_change(t, d): return close(t, d) - close(t, prev_session(t, d))

def ret(t, a, b, f="close"): return (close(t, b, f) / close(t, a, f) - 1) * 100

def points(t, a, b): return close(t, b) - close(t, a)

def last_close_before(t, d, f="close"):
    s = col(t, f); return s[s.index < ts(d)].index[-1]

def ytd(t, d): return ret(t, last_close_before(t, f"{ts(d).year}-01-01"), d)

def ytd_points(t, d): return points(t, last_close_before(t, f"{ts(d).year}-01-01"), d)

def mtd(t, d): return ret(t, last_close_before(t, ts(d).replace(day=1)), d)

def wtd(t, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return ret(t, last_close_before(t, monday), d)

def wtd_points(t, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return points(t, last_close_before(t, monday), d)

def record_before(t, d, f="close"):
    s = col(t, f); s = s[s.index < ts(d)]
    return s.idxmax().date().isoformat(), float(s.max())

def is_record(t, d, f="close"): return close(t, d, f) > record_before(t, d, f)[1]

def pct_below_record(t, d, f_ref="close"):
    _, rec = record_before(t, d, f_ref); return (1 - close(t, d) / rec) * 100

def pct_below_peak_upto(t, d, f_ref="close"):
    """Distance of close on d below the highest value up to and including d."""
    s = col(t, f_ref); s = s[s.index <= ts(d)]
    return (1 - close(t, d) / s.max()) * 100

def highest_since(t, d, f="close"):
    s = col(t, f); v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & (s >= v)]
    return p.index[-1].date().isoformat() if len(p) else "none (record)"

def daily_moves(t, kind="pct"):
    s = col(t); return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()

def last_move_as_big(t, d, kind="pct", down=True):
    m = daily_moves(t, kind); v = m.loc[ts(d)]; p = m[m.index < ts(d)]
    h = p[p <= v] if down else p[p >= v]
    return h.index[-1].date().isoformat() if len(h) else "none"

def streak(t, d, up=True):
    m = daily_moves(t, "pts"); m = m[m.index <= ts(d)]; n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0): n += 1
        else: break
    return n

def rel_streak(a, b, d):
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[df.index <= ts(d)]; n = 0
    for _, r in df.iloc[::-1].iterrows():
        if r.a > r.b: n += 1
        else: break
    return n

def last_rel_streak_at_least(a, b, before, n):
    """End date of the last completed run (ending before `before`) of >= n sessions in which a beat b."""
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[df.index < ts(before)]
    win = (df.a > df.b).astype(int)
    run = win.groupby((win == 0).cumsum()).cumsum()
    hit = run[run >= n]
    return hit.index[-1].date().isoformat() if len(hit) else "none"

def sessions_between(t, a, b):
    s = col(t); return int(s.index.get_loc(ts(b)) - s.index.get_loc(ts(a)))

def max_drawdown(t, a, b):
    s = col(t); s = s[(s.index >= ts(a)) & (s.index <= ts(b))]
    return float(((s / s.cummax()) - 1).min() * 100)

def sma(t, n): return col(t).rolling(n).mean()

def pct_vs_ma(t, d, n, value=None):
    v = close(t, d) if value is None else value
    return (v / sma(t, n).loc[ts(d)] - 1) * 100

def pts_vs_ma(t, d, n): return close(t, d) - sma(t, n).loc[ts(d)]

def last_close_below_ma(t, d, n):
    s = col(t); b = s < s.rolling(n).mean(); p = b[(b.index < ts(d)) & b]
    return p.index[-1].date().isoformat()

def last_low_below_ma(t, d, n):
    lo = col(t, "low"); ma = sma(t, n); b = lo < ma; p = b[(b.index < ts(d)) & b]
    return p.index[-1].date().isoformat()

def sessions_above_ma_before(t, d, n):
    """Consecutive closes above the n-day average ending the session before d."""
    s = col(t); a = (s > s.rolling(n).mean()); a = a[a.index < ts(d)]; k = 0
    for v in a.iloc[::-1]:
        if v: k += 1
        else: break
    return k

def longest_above_ma_run_before(t, d, n):
    """(end date, length) of the longest earlier run of closes above the n-day average that ended before d's run."""
    s = col(t); a = (s > s.rolling(n).mean()).astype(int); a = a[a.index < ts(d)]
    run = a.groupby((a == 0).cumsum()).cumsum()
    ends = run[(run > 0) & (run.shift(-1, fill_value=0) == 0)]
    return [(i.date().isoformat(), int(v)) for i, v in ends.items()]

def mtd_after_n(t, year_month, n):
    """% change from the last close of the prior month to the close of the n-th session of the month."""
    s = col(t); start = ts(year_month + "-01"); base = s[s.index < start].iloc[-1]
    m = s[(s.index >= start) & (s.index < start + pd.offsets.MonthBegin(1))]
    return (m.iloc[n - 1] / base - 1) * 100

def quarter_return(t, q_end_prev, q_end):
    return ret(t, last_close_before(t, pd.Timestamp(q_end_prev) + pd.Timedelta(days=1)), last_close_before(t, pd.Timestamp(q_end) + pd.Timedelta(days=1)))

def rate_on(s, d): return float(rate(s).loc[ts(d)])

def fed_range(d): return [rate_on("DFEDTARL", d), rate_on("DFEDTARU", d)]

def fomc_meetings(): return pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])

def monthly_returns(t):
    m = col(t).resample("ME").last(); return (m.pct_change() * 100).dropna()

def weekly_up_streak(t, friday):
    w = col(t).resample("W-FRI").last(); r = w.pct_change().dropna(); r = r[r.index <= ts(friday)]; n = 0
    for v in r.iloc[::-1]:
        if v > 0: n += 1
        else: break
    return n

def last_intraday_gain_as_big(t, d):
    s = col(t); g = (col(t, "high") / s.shift(1) - 1) * 100; v = g.loc[ts(d)]
    p = g[(g.index < ts(d)) & (g >= v)]
    return p.index[-1].date().isoformat()

def record_closes(t, a, b):
    return [x.date().isoformat() for x in col(t)[ts(a):ts(b)].index if is_record(t, x)]

def rate_change_bp(s, a, b): return round((rate_on(s, b) - rate_on(s, a)) * 100, 1)

def session_range_pct(t, d):
    p = close(t, prev_session(t, d))
    return [round((close(t, d, "low") / p - 1) * 100, 2), round((close(t, d, "high") / p - 1) * 100, 2)]

def last_weekly_as_bad(t, friday):
    w = (col(t).resample("W-FRI").last().pct_change() * 100).dropna(); v = w.loc[ts(friday)]
    return w[(w.index < ts(friday)) & (w <= v)].index[-1].date().isoformat()

def month_return(t, ym): return float(monthly_returns(t).loc[ts(ym + "-01") + pd.offsets.MonthEnd(0)])

def rel_run_max(a, b, start, end):
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    win = (df.a > df.b).astype(int); run = win.groupby((win == 0).cumsum()).cumsum()
    r = run[(run.index >= ts(start)) & (run.index <= ts(end))]
    return [r.idxmax().date().isoformat(), int(r.max())]
