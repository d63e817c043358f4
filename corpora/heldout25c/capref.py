"""Small helpers over the shared data directory's CSV files (used by build.py and reference.py)."""
import os
import pandas as pd

FILES = {"DJI": "DJI.csv", "SPX": "GSPC.csv", "IXIC": "IXIC.csv", "RUT": "RUT.csv", "VIX": "VIX.csv",
         "NDX": "NDX.csv"}
RATES = {"DFEDTAR": "DFEDTAR.csv", "DGS10": "DGS10.csv", "DGS2": "DGS2.csv"}
_cache = {}
DATA = None


def set_data(path):
    global DATA
    DATA = path
    _cache.clear()


def px(t):
    if t not in _cache:
        df = pd.read_csv(os.path.join(DATA, FILES[t]), parse_dates=["date"]).set_index("date")
        _cache[t] = df[df["close"].notna()]
    return _cache[t]


def rate(series, d):
    key = "R_" + series
    if key not in _cache:
        _cache[key] = pd.read_csv(os.path.join(DATA, RATES[series]), parse_dates=["date"]).set_index("date")["value"].dropna()
    s = _cache[key]
    return round(float(s.loc[:pd.Timestamp(d)].iloc[-1]), 2)


def _i(t, d):
    df = px(t)
    return df.index.get_loc(pd.Timestamp(d))


def close(t, d):
    return round(float(px(t)["close"].iloc[_i(t, d)]), 2)


def high(t, d):
    return round(float(px(t)["high"].iloc[_i(t, d)]), 2)


def low(t, d):
    return round(float(px(t)["low"].iloc[_i(t, d)]), 2)


def chg(t, d):
    c = px(t)["close"]; i = _i(t, d)
    return round(float(c.iloc[i] - c.iloc[i - 1]), 2)


def pct(t, d):
    c = px(t)["close"]; i = _i(t, d)
    return round(float(c.iloc[i] / c.iloc[i - 1] * 100 - 100), 2)


def _prev_close_before(t, d0):
    c = px(t)["close"]
    return c.loc[:pd.Timestamp(d0) - pd.Timedelta(days=1)].iloc[-1]


def win_pct(t, d0, d1):
    """close of d1 against close of d0 (d0 itself is the base close)."""
    c = px(t)["close"]
    return round(float(c.loc[:pd.Timestamp(d1)].iloc[-1] / c.loc[:pd.Timestamp(d0)].iloc[-1] * 100 - 100), 2)


def win_pts(t, d0, d1):
    c = px(t)["close"]
    return round(float(c.loc[:pd.Timestamp(d1)].iloc[-1] - c.loc[:pd.Timestamp(d0)].iloc[-1]), 2)


def last_close_before(t, d):
    c = px(t)["close"]
    return str(c.loc[:pd.Timestamp(d) - pd.Timedelta(days=1)].index[-1].date())


def lowest_since(t, d):
    """last earlier session with a close at or below the close of d"""
    c = px(t)["close"]; i = _i(t, d); v = c.iloc[i]
    prev = c.iloc[:i]; hit = prev[prev <= v]
    return str(hit.index[-1].date()) if len(hit) else None


def highest_since(t, d):
    c = px(t)["close"]; i = _i(t, d); v = c.iloc[i]
    prev = c.iloc[:i]; hit = prev[prev >= v]
    return str(hit.index[-1].date()) if len(hit) else None


def last_move_as_big(t, d, kind="pts"):
    """last earlier session with a move in the same direction at least as large"""
    c = px(t)["close"]
    mv = c.diff() if kind == "pts" else c.pct_change() * 100
    i = _i(t, d); v = mv.iloc[i]; prev = mv.iloc[:i]
    hit = prev[prev >= v] if v > 0 else prev[prev <= v]
    return str(hit.index[-1].date()) if len(hit) else None


def move_rank(t, d, kind="pts"):
    """rank of the session's move among all moves in the same direction up to that day (1 = largest)"""
    c = px(t)["close"]
    mv = (c.diff() if kind == "pts" else c.pct_change() * 100).iloc[:_i(t, d) + 1].dropna()
    v = mv.iloc[-1]
    return int((mv > v).sum() + 1) if v > 0 else int((mv < v).sum() + 1)


def record_close_before(t, d):
    c = px(t)["close"]; i = _i(t, d)
    return round(float(c.iloc[:i].max()), 2)


def is_record_close(t, d):
    c = px(t)["close"]; i = _i(t, d)
    return bool(c.iloc[i] > c.iloc[:i].max())


def is_record_high(t, d):
    df = px(t); i = _i(t, d)
    return bool(df["high"].iloc[i] > df["high"].iloc[:i].max())


def record_close_date(t, d):
    c = px(t)["close"]; i = _i(t, d)
    return str(c.iloc[:i + 1].idxmax().date())


def pct_below_record(t, d):
    c = px(t)["close"]; i = _i(t, d)
    return round(float(100 - c.iloc[i] / c.iloc[:i + 1].max() * 100), 2)


def week_move_rank(t, d, kind="pct", since="1945-01-01"):
    """rank of the week ending d among weekly (Friday-to-Friday, last session of week) moves since `since`"""
    c = px(t)["close"]
    w = c.groupby(c.index.to_period("W-FRI")).last()
    w.index = c.groupby(c.index.to_period("W-FRI")).apply(lambda s: s.index[-1])
    mv = (w.diff() if kind == "pts" else w.pct_change() * 100)
    mv = mv.loc[pd.Timestamp(since):pd.Timestamp(d)].dropna()
    v = mv.iloc[-1]
    return int((mv > v).sum() + 1) if v > 0 else int((mv < v).sum() + 1)


def last_week_as_big(t, d):
    c = px(t)["close"]
    g = c.groupby(c.index.to_period("W-FRI"))
    w = g.last(); w.index = g.apply(lambda s: s.index[-1])
    mv = w.pct_change() * 100
    v = mv.loc[pd.Timestamp(d)]; prev = mv.loc[:pd.Timestamp(d) - pd.Timedelta(days=1)]
    hit = prev[prev >= v] if v > 0 else prev[prev <= v]
    return str(hit.index[-1].date())


def min_low(t, d0, d1):
    return round(float(px(t)["low"].loc[pd.Timestamp(d0):pd.Timestamp(d1)].min()), 2)


def min_close(t, d0, d1):
    return round(float(px(t)["close"].loc[pd.Timestamp(d0):pd.Timestamp(d1)].min()), 2)


def max_close(t, d0, d1):
    return round(float(px(t)["close"].loc[pd.Timestamp(d0):pd.Timestamp(d1)].max()), 2)


def max_high_before(t, d):
    df = px(t); i = _i(t, d)
    return round(float(df["high"].iloc[:i].max()), 2)


def quarter_pct(t, qend):
    c = px(t)["close"]
    q = c.groupby(c.index.to_period("Q")).last()
    p = pd.Timestamp(qend).to_period("Q")
    return round(float(q.loc[p] / q.loc[p - 1] * 100 - 100), 2)


def last_quarter_as_big(t, qend):
    """last earlier quarter (end date) with a gain at least as large"""
    c = px(t)["close"]
    g = c.groupby(c.index.to_period("Q"))
    q = g.last(); mv = q.pct_change() * 100
    p = pd.Timestamp(qend).to_period("Q"); v = mv.loc[p]
    prev = mv.loc[:p - 1]; hit = prev[prev >= v]
    return str(hit.index[-1]) if len(hit) else None


def pct_from_min_close(t, d0, d1):
    """close of d1 against the lowest close between d0 and d1"""
    c = px(t)["close"].loc[pd.Timestamp(d0):pd.Timestamp(d1)]
    return round(float(c.iloc[-1] / c.min() * 100 - 100), 2)
