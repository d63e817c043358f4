"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints every recomputed value and exits 1 on any mismatch.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = None
_CACHE = {}
FILES = {"DJI": "DJI.csv", "SPX": "GSPC.csv", "IXIC": "IXIC.csv", "RUT": "RUT.csv", "NDX": "NDX.csv",
         "VIX": "VIX.csv", "IWM": "IWM.csv", "SPY": "SPY.csv", "US10Y": "DGS10.csv", "US2Y": "DGS2.csv",
         "FEDU": "DFEDTARU.csv", "FEDL": "DFEDTARL.csv"}


def set_data(path):
    global DATA
    DATA = path
    _CACHE.clear()


def S(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, FILES[t]), parse_dates=["date"])
        col = "close" if "close" in df.columns else "value"
        df = df.dropna(subset=[col]).set_index("date").sort_index()
        df["c"] = df[col].astype(float)
        _CACHE[t] = df
    return _CACHE[t]


def _r(x, n=4):
    return round(float(x), n)


def _pos(t, d):
    df = S(t)
    d = pd.Timestamp(d)
    if d not in df.index:
        raise KeyError("%s has no row on %s" % (t, d.date()))
    return df.index.get_loc(d)


def _ds(ts):
    return pd.Timestamp(ts).strftime("%Y-%m-%d")


def has_row(t, d):
    return pd.Timestamp(d) in S(t).index


def close(t, d):
    return _r(S(t)["c"].iloc[_pos(t, d)])


def high(t, d):
    return _r(S(t)["high"].iloc[_pos(t, d)])


def low(t, d):
    return _r(S(t)["low"].iloc[_pos(t, d)])


def value(t, d):
    return close(t, d)


def prev_close(t, d):
    return _r(S(t)["c"].iloc[_pos(t, d) - 1])


def chg(t, d):
    i = _pos(t, d)
    c = S(t)["c"]
    return _r(c.iloc[i] - c.iloc[i - 1])


def pct(t, d):
    i = _pos(t, d)
    c = S(t)["c"]
    return _r((c.iloc[i] / c.iloc[i - 1] - 1) * 100)


def high_chg(t, d):
    i = _pos(t, d)
    df = S(t)
    return _r(df["high"].iloc[i] - df["c"].iloc[i - 1])


def low_chg(t, d):
    i = _pos(t, d)
    df = S(t)
    return _r(df["low"].iloc[i] - df["c"].iloc[i - 1])


def last_close_before(t, d):
    df = S(t)
    sub = df[df.index < pd.Timestamp(d)]
    return _r(sub["c"].iloc[-1])


def _base_before(t, d):
    df = S(t)
    sub = df[df.index < pd.Timestamp(d)]
    return sub.index[-1]


def week_base(t, d):
    d = pd.Timestamp(d)
    monday = d - pd.Timedelta(days=d.weekday())
    return _ds(_base_before(t, monday))


def year_base(t, d):
    d = pd.Timestamp(d)
    return _ds(_base_before(t, pd.Timestamp(d.year, 1, 1)))


def month_base(t, d):
    d = pd.Timestamp(d)
    return _ds(_base_before(t, pd.Timestamp(d.year, d.month, 1)))


def win_chg(t, d0, d1):
    return _r(close(t, d1) - close(t, d0))


def win_pct(t, d0, d1):
    return _r((S(t)["c"].iloc[_pos(t, d1)] / S(t)["c"].iloc[_pos(t, d0)] - 1) * 100)


def wk_chg(t, d):
    return win_chg(t, week_base(t, d), d)


def wk_pct(t, d):
    return win_pct(t, week_base(t, d), d)


def ytd_chg(t, d):
    return win_chg(t, year_base(t, d), d)


def ytd_pct(t, d):
    return win_pct(t, year_base(t, d), d)


def mtd_chg(t, d):
    return win_chg(t, month_base(t, d), d)


def mtd_pct(t, d):
    return win_pct(t, month_base(t, d), d)


def record_close_before(t, d):
    df = S(t)
    sub = df[df.index < pd.Timestamp(d)]
    return _r(sub["c"].max())


def record_close_date(t, d):
    """Date of the highest close strictly before d."""
    df = S(t)
    sub = df[df.index < pd.Timestamp(d)]
    return _ds(sub["c"].idxmax())


def is_record_close(t, d):
    return bool(close(t, d) > record_close_before(t, d))


def pct_from_record(t, d):
    """Close of d against the highest close up to and including d, percent (negative = below)."""
    df = S(t)
    sub = df[df.index <= pd.Timestamp(d)]
    return _r((sub["c"].iloc[-1] / sub["c"].max() - 1) * 100)


def pct_vs(t, d, ref):
    return win_pct(t, ref, d)


def pct_from_max_between(t, d0, d1):
    """Lowest close in (d0, d1] against the close of d0, percent."""
    df = S(t)
    sub = df[(df.index > pd.Timestamp(d0)) & (df.index <= pd.Timestamp(d1))]
    return _r((sub["c"].min() / close(t, d0) - 1) * 100)


def max_close_date(t, d0, d1):
    df = S(t)
    sub = df[(df.index >= pd.Timestamp(d0)) & (df.index <= pd.Timestamp(d1))]
    return _ds(sub["c"].idxmax())


def min_close_date(t, d0, d1):
    df = S(t)
    sub = df[(df.index >= pd.Timestamp(d0)) & (df.index <= pd.Timestamp(d1))]
    return _ds(sub["c"].idxmin())


def max_close(t, d0, d1):
    df = S(t)
    sub = df[(df.index >= pd.Timestamp(d0)) & (df.index <= pd.Timestamp(d1))]
    return _r(sub["c"].max())


def min_close(t, d0, d1):
    df = S(t)
    sub = df[(df.index >= pd.Timestamp(d0)) & (df.index <= pd.Timestamp(d1))]
    return _r(sub["c"].min())


def streak(t, d):
    """Consecutive up closes ending on d (positive) or down closes (negative)."""
    c = S(t)["c"]
    i = _pos(t, d)
    diffs = c.diff()
    s = 1 if diffs.iloc[i] > 0 else -1
    n = 0
    while i > 0 and ((diffs.iloc[i] > 0) if s > 0 else (diffs.iloc[i] < 0)):
        n += 1
        i -= 1
    return s * n


def last_streak_as_long(t, d):
    """Last date before the current streak that ended a same-direction streak at least as long."""
    c = S(t)["c"]
    n = streak(t, d)
    i = _pos(t, d) - abs(n)
    while i > 0:
        m = streak(t, _ds(c.index[i]))
        if (m >= n > 0) or (m <= n < 0):
            return _ds(c.index[i])
        i -= 1
    return None


def last_pct_move_as_big(t, d):
    """Last session before d with a move in the same direction at least as large (percent)."""
    c = S(t)["c"]
    i = _pos(t, d)
    r = c.pct_change()
    x = r.iloc[i]
    prior = r.iloc[:i]
    hit = prior[prior <= x] if x < 0 else prior[prior >= x]
    return _ds(hit.index[-1]) if len(hit) else None


def last_point_move_as_big(t, d):
    c = S(t)["c"]
    i = _pos(t, d)
    r = c.diff()
    x = r.iloc[i]
    prior = r.iloc[:i]
    hit = prior[prior <= x] if x < 0 else prior[prior >= x]
    return _ds(hit.index[-1]) if len(hit) else None


def last_close_as_low(t, d):
    c = S(t)["c"]
    i = _pos(t, d)
    prior = c.iloc[:i]
    hit = prior[prior <= c.iloc[i]]
    return _ds(hit.index[-1]) if len(hit) else None


def last_close_as_high(t, d):
    c = S(t)["c"]
    i = _pos(t, d)
    prior = c.iloc[:i]
    hit = prior[prior >= c.iloc[i]]
    return _ds(hit.index[-1]) if len(hit) else None


def _weekly(t):
    c = S(t)["c"]
    wk = c.groupby(c.index.to_period("W-FRI")).tail(1)
    return wk


def last_week_as_big(t, d):
    """Last week (end date) before d's week with a weekly percent move at least as large in the same direction."""
    wk = _weekly(t)
    r = wk.pct_change()
    i = wk.index.get_loc(pd.Timestamp(d))
    x = r.iloc[i]
    prior = r.iloc[:i]
    hit = prior[prior <= x] if x < 0 else prior[prior >= x]
    return _ds(hit.index[-1]) if len(hit) else None


def worst_week_rank_in_year(t, d):
    """Rank of d's weekly percent move among the weeks of its year up to d (1 = worst)."""
    wk = _weekly(t)
    r = wk.pct_change()
    d = pd.Timestamp(d)
    yr = r[(r.index.year == d.year) & (r.index <= d)]
    return int((yr < r.loc[d]).sum() + 1)


def week_streak(t, d):
    """Consecutive weekly gains ending with the week whose last session is d (negative for losses)."""
    wk = _weekly(t)
    r = wk.diff()
    i = wk.index.get_loc(pd.Timestamp(d))
    s = 1 if r.iloc[i] > 0 else -1
    n = 0
    while i > 0 and ((r.iloc[i] > 0) if s > 0 else (r.iloc[i] < 0)):
        n += 1
        i -= 1
    return s * n


def month_streak(t, d):
    """Consecutive monthly gains ending with the month of d (month-to-date counted as a month)."""
    c = S(t)["c"]
    c = c[c.index <= pd.Timestamp(d)]
    m = c.groupby(c.index.to_period("M")).tail(1)
    r = m.diff()
    i = len(m) - 1
    s = 1 if r.iloc[i] > 0 else -1
    n = 0
    while i > 0 and ((r.iloc[i] > 0) if s > 0 else (r.iloc[i] < 0)):
        n += 1
        i -= 1
    return s * n


def records_in_year(t, d):
    """Number of record closes in the calendar year of d, up to and including d."""
    c = S(t)["c"]
    c = c[c.index <= pd.Timestamp(d)]
    runmax = c.cummax().shift(1)
    rec = c > runmax
    y = pd.Timestamp(d).year
    return int(rec[rec.index.year == y].sum())


def sessions_since_record(t, d):
    """Sessions from the last record close before d to the session before d (the record-less run that d ends)."""
    c = S(t)["c"]
    i = _pos(t, d)
    prior = c.iloc[:i]
    j = prior.index.get_loc(prior.idxmax())
    return int(i - j - 1)


def record_runs_longer(t, d, n):
    """Record-less runs before d at least n sessions long: list of [start_after_record, next_record, sessions]."""
    c = S(t)["c"]
    c = c[c.index < pd.Timestamp(d)]
    runmax = c.cummax().shift(1)
    rec_idx = [k for k, flag in enumerate((c > runmax).values) if flag]
    out = []
    for a, b in zip(rec_idx, rec_idx[1:]):
        if b - a - 1 >= n:
            out.append([_ds(c.index[a]), _ds(c.index[b]), int(b - a - 1)])
    return out


def window_point_change_rank(t, d, sessions_back_months):
    """Is the change over the last k calendar months (month-end to d) the largest such point change on record?"""
    c = S(t)["c"]
    c = c[c.index <= pd.Timestamp(d)]
    m = c.groupby(c.index.to_period("M")).tail(1)
    k = sessions_back_months
    ch = (m - m.shift(k)).dropna()
    return bool(ch.iloc[-1] >= ch.max())


def last_reversal_as_big(t, d):
    """Last session before d that closed lower after an intraday gain (high - previous close) at least as large as d's."""
    df = S(t)
    i = _pos(t, d)
    g = df["high"] - df["c"].shift(1)
    down = df["c"].diff() < 0
    x = g.iloc[i]
    prior = df.index[:i]
    hit = [k for k in prior if down.loc[k] and g.loc[k] >= x]
    return _ds(hit[-1]) if hit else None


def close_rank(t, d):
    """Rank of d's close among all closes in the file up to and including d (1 = highest)."""
    c = S(t)["c"]
    c = c[c.index <= pd.Timestamp(d)]
    return int((c > c.iloc[-1]).sum() + 1)


def first_record_in_year(t, d):
    """First record close in the calendar year of d, up to d (None if none)."""
    c = S(t)["c"]
    c = c[c.index <= pd.Timestamp(d)]
    rec = c > c.cummax().shift(1)
    y = pd.Timestamp(d).year
    hits = rec[(rec.index.year == y) & rec]
    return _ds(hits.index[0]) if len(hits) else None


def last_window_move_as_big(t, d, k):
    """Last session before d whose k-session move (close vs close k sessions earlier) was at least as large in the
    same direction, in points and in percent: [date_points, date_percent]."""
    c = S(t)["c"]
    i = _pos(t, d)
    pts = c - c.shift(k)
    pc = c / c.shift(k) - 1
    res = []
    for r in (pts, pc):
        x = r.iloc[i]
        prior = r.iloc[:i].dropna()
        hit = prior[prior <= x] if x < 0 else prior[prior >= x]
        res.append(_ds(hit.index[-1]) if len(hit) else None)
    return res


def down_days(t, d, n):
    """Number of down closes among the n sessions ending on d."""
    c = S(t)["c"]
    i = _pos(t, d)
    dd = c.diff().iloc[i - n + 1:i + 1]
    return int((dd < 0).sum())


def record_streak(t, d):
    """Consecutive record closes ending on d."""
    c = S(t)["c"]
    c = c[c.index <= pd.Timestamp(d)]
    rec = (c > c.cummax().shift(1)).values
    n = 0
    for flag in rec[::-1]:
        if not flag:
            break
        n += 1
    return n


def is_intraday_record(t, d):
    df = S(t)
    i = _pos(t, d)
    return bool(df["high"].iloc[i] > df["high"].iloc[:i].max())


def mid_in_range(t, d, level):
    """Is a mid-session level inside the session's low-high range?"""
    return bool(low(t, d) <= level <= high(t, d))


def sessions_between(t, d0, d1):
    return int(_pos(t, d1) - _pos(t, d0))


def fed_range(d):
    return "%.2f-%.2f" % (value("FEDL", d), value("FEDU", d))


def fed_change_dates(d0, d1):
    u = S("FEDU")["c"]
    u = u[(u.index >= pd.Timestamp(d0)) & (u.index <= pd.Timestamp(d1))]
    dd = u.diff()
    return [[_ds(i), _r(v, 2)] for i, v in dd[dd != 0].dropna().items()]


def bps(t, d0, d1):
    return _r((value(t, d1) - value(t, d0)) * 100, 2)


def weekday(d):
    return pd.Timestamp(d).strftime("%A")


def is_trading_day(t, d):
    return has_row(t, d)


RECIPES = None  # filled from key.jsonl: each record carries its own expression in computed_detail


def _expr(rec):
    det = rec.get("computed_detail") or ""
    k = det.rfind("reference.py: ")
    return det[k + len("reference.py: "):].strip() if k >= 0 else None


def _same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) <= 1e-6
    return json.loads(json.dumps(a)) == json.loads(json.dumps(b))


def evaluate(expr):
    return eval(expr, {k: v for k, v in globals().items() if not k.startswith("__")})


def main(argv):
    data = argv[1] if len(argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        print("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
        return 2
    set_data(data)
    keyp = argv[2] if len(argv) > 2 else os.path.join(HERE, "key.jsonl")
    recs = [json.loads(l) for l in open(keyp, encoding="utf-8") if l.strip()]
    n_rec = 0
    mism = 0
    for r in recs:
        e = _expr(r)
        if e is None:
            continue
        n_rec += 1
        v = evaluate(e)
        ok = _same(v, r["computed_value"])
        if not ok:
            mism += 1
        print("%s #%d %s -> %s %s" % (r["passage_id"], r["claim_index"], e, json.dumps(v), "ok" if ok else "MISMATCH (key %s)" % json.dumps(r["computed_value"])))
    print("%d recipes, %d key records, %d mismatches" % (n_rec, len(recs), mism))
    return 1 if mism else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
