"""Recompute every computed_value in key.jsonl (held-back corpus heldout14a) from the CSV files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]
        (or set CAPSCOPE_DATA_DIR and run without arguments)

RECIPES holds one entry per key record: (passage_id, claim_index, decimals, computation).
The computation is a plain call of the helpers below, evaluated on the CSV files of the data
directory; None means nothing in the files computes the claim (series not in the files, an
opinion, a forecast or a mid-session figure). The script prints every value, compares it with
key.jsonl and exits 1 on any mismatch. Needs pandas.
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


def frame(ticker):
    """Daily OHLC file (RUT, GSPC, DJI, IXIC, NDX, VIX, IWM, SPY) indexed by date."""
    if ticker not in _cache:
        _cache[ticker] = pd.read_csv(DATA / f"{ticker}.csv", parse_dates=["date"]).set_index("date")
    return _cache[ticker]


def series(ticker, field="close"):
    return frame(ticker)[field].dropna()


def rate(name):
    """FRED-style date,value file (DGS10, DGS2, DFEDTAR, DFEDTARU, DFEDTARL, DFF)."""
    key = "rate:" + name
    if key not in _cache:
        _cache[key] = pd.read_csv(DATA / f"{name}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _cache[key]


def val(ticker, d, field="close"):
    return float(frame(ticker).loc[ts(d), field])


def prev_day(ticker, d):
    s = series(ticker)
    return s.index[s.index.get_loc(ts(d)) - 1]


def chg(ticker, d):
    """Point change of the close on d against the previous close."""
    return val(ticker, d) - val(ticker, prev_day(ticker, d))


def pct(ticker, d):
    return (val(ticker, d) / val(ticker, prev_day(ticker, d)) - 1) * 100


def span_pts(ticker, a, b):
    return val(ticker, b) - val(ticker, a)


def span_pct(ticker, a, b):
    return (val(ticker, b) / val(ticker, a) - 1) * 100


def last_before(ticker, d):
    s = series(ticker)
    return s[s.index < ts(d)].index[-1]


def ytd_pct(ticker, d):
    return span_pct(ticker, last_before(ticker, f"{ts(d).year}-01-01"), d)


def mtd_pct(ticker, d):
    return span_pct(ticker, last_before(ticker, ts(d).replace(day=1)), d)


def intraday_move(ticker, d, field="low"):
    """Session extreme (low or high) against the previous close, in points."""
    return val(ticker, d, field) - val(ticker, prev_day(ticker, d))


def session_range(ticker, d):
    return [round(val(ticker, d, "low"), 2), round(val(ticker, d, "high"), 2)]


def in_range(ticker, d, level):
    lo, hi = val(ticker, d, "low"), val(ticker, d, "high")
    return bool(lo <= level <= hi)


def monthly(ticker):
    m = series(ticker).resample("ME").last()
    return (m.pct_change() * 100).dropna()


def yearly(ticker):
    y = series(ticker).resample("YE").last()
    return (y.pct_change() * 100).dropna()


def weekly(ticker):
    w = series(ticker).resample("W-FRI").last()
    return (w.pct_change() * 100).dropna()


def january_stats(ticker, first_year, last_year):
    """(share of Januaries up in %, mean January return, list of down years)."""
    m = monthly(ticker)
    j = m[(m.index.month == 1) & (m.index.year >= first_year) & (m.index.year <= last_year)]
    return [round(float((j > 0).mean() * 100), 2), round(float(j.mean()), 2), [int(i.year) for i in j[j <= 0].index]]


def calendar_month_means(ticker, start_year, end_year):
    m = monthly(ticker)
    m = m[(m.index.year >= start_year) & (m.index.year <= end_year)]
    return m.groupby(m.index.month).mean()


def record_high_before(ticker, d, field="close"):
    s = series(ticker, field)
    s = s[s.index < ts(d)]
    return [s.idxmax().date().isoformat(), round(float(s.max()), 2)]


def is_record_close(ticker, d):
    return bool(val(ticker, d) > record_high_before(ticker, d)[1])


def last_close_below(ticker, d, level):
    """Last session before d that closed below `level` ('first close below X since ...')."""
    s = series(ticker)
    s = s[(s.index < ts(d)) & (s < level)]
    return s.index[-1].date().isoformat()


def last_close_above(ticker, d, level):
    s = series(ticker)
    s = s[(s.index < ts(d)) & (s >= level)]
    return s.index[-1].date().isoformat()


def last_high_above(ticker, d, level):
    s = series(ticker, "high")
    s = s[(s.index < ts(d)) & (s >= level)]
    return s.index[-1].date().isoformat()


def lowest_since(ticker, d):
    """Last earlier session with a close at or below the close on d."""
    s = series(ticker)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s <= v)]
    return prior.index[-1].date().isoformat()


def first_close_at_or_above(ticker, level):
    s = series(ticker)
    return s[s >= level].index[0].date().isoformat()


def moves(ticker, kind="pct"):
    s = series(ticker)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_move_as_bad(ticker, d, kind="pct"):
    """Last earlier session with a loss at least as large as the one on d ('worst since X')."""
    m = moves(ticker, kind)
    v = m.loc[ts(d)]
    prior = m[(m.index < ts(d)) & (m <= v)]
    return prior.index[-1].date().isoformat()


def last_point_loss_over(ticker, d, points):
    m = moves(ticker, "pts")
    prior = m[(m.index < ts(d)) & (m < -points)]
    return prior.index[-1].date().isoformat()


def worst_day(ticker, a, b, kind="pct"):
    m = moves(ticker, kind)
    w = m[(m.index >= ts(a)) & (m.index <= ts(b))]
    return [w.idxmin().date().isoformat(), round(float(w.min()), 2)]


def biggest_gain_rank(ticker, d, kind="pct"):
    m = moves(ticker, kind)
    m = m[m.index <= ts(d)]
    return int((m > m.loc[ts(d)]).sum() + 1)


def streak(ticker, d, up=True, before=False):
    """Consecutive sessions ending on d (or on the session before d) with up (or down) closes."""
    m = moves(ticker, "pts")
    m = m[m.index < ts(d)] if before else m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def up_sessions(ticker, d, n):
    """How many of the n sessions ending on d closed higher."""
    m = moves(ticker, "pts")
    return int((m[m.index <= ts(d)].iloc[-n:] > 0).sum())


def calm_streak(ticker, d, points):
    """Sessions before d in a row without a loss of `points` or more."""
    m = moves(ticker, "pts")
    m = m[m.index < ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if v > -points:
            n += 1
        else:
            break
    return n


def last_calm_streak_at_least(ticker, before, points, length):
    m = moves(ticker, "pts")
    ok = (m > -points).astype(int)
    run = ok.groupby((ok == 0).cumsum()).cumsum()
    run = run[(run.index < ts(before)) & (run >= length)]
    return run.index[-1].date().isoformat()


def count_point_losses(ticker, a, b, points):
    m = moves(ticker, "pts")
    m = m[(m.index >= ts(a)) & (m.index <= ts(b))]
    return int((m <= -points).sum())


def down_weeks(ticker, last_friday, n):
    w = weekly(ticker)
    w = w[w.index <= ts(last_friday)].iloc[-n:]
    return int((w < 0).sum())


def last_pct_gain_as_big(ticker, d):
    m = moves(ticker, "pct")
    v = m.loc[ts(d)]
    prior = m[(m.index < ts(d)) & (m >= v)]
    return prior.index[-1].date().isoformat()


def drawdown_from_peak(ticker, d):
    """Distance (positive = below) of the close on d from the highest earlier close."""
    s = series(ticker)
    return (1 - s.loc[ts(d)] / s[s.index <= ts(d)].max()) * 100


def worst_drawdown_before(ticker, d):
    s = series(ticker)
    s = s[s.index < ts(d)]
    dd = (s / s.cummax() - 1) * 100
    return [dd.idxmin().date().isoformat(), round(float(dd.min()), 2)]


def max_drawdown(ticker, a, b):
    s = series(ticker)
    s = s[(s.index >= ts(a)) & (s.index <= ts(b))]
    return float(((s / s.cummax()) - 1).min() * 100)


def rel_ratio(a, b):
    return (series(a) / series(b)).dropna()


def rel_extreme_date(a, b, start, end, low=True):
    r = rel_ratio(a, b)
    r = r[(r.index >= ts(start)) & (r.index <= ts(end))]
    return (r.idxmin() if low else r.idxmax()).date().isoformat()


def rel_under_streak(a, b, d):
    """Consecutive sessions ending on d on which a's % change was below b's."""
    diff = (moves(a) - moves(b)).dropna()
    diff = diff[diff.index <= ts(d)]
    n = 0
    for v in diff.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def sessions_high_above_close_below(ticker, a, b, level):
    f = frame(ticker)
    f = f[(f.index >= ts(a)) & (f.index <= ts(b))]
    return int(((f["high"] > level) & (f["close"] < level)).sum())


def sign_pattern(ticker, a, b):
    m = moves(ticker)
    m = m[(m.index >= ts(a)) & (m.index <= ts(b))]
    return "".join("+" if v > 0 else "-" for v in m)


def fed_top(d):
    """Top of the federal funds target (DFEDTAR to 2008-12-15, DFEDTARU after)."""
    d = ts(d)
    return float(rate("DFEDTARU").loc[d] if d >= ts("2008-12-16") else rate("DFEDTAR").loc[d])


def fomc_days(a, b):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    m = m[(m.date >= ts(a)) & (m.date <= ts(b))]
    return [x.date().isoformat() for x in m.date]


def yld(d, name="DGS10"):
    return float(rate(name).loc[ts(d)])


def yield_record_low_before(d, name="DGS10"):
    r = rate(name)
    r = r[r.index < ts(d)]
    return [r.idxmin().date().isoformat(), float(r.min())]


def yield_min_between(a, b, name="DGS10"):
    r = rate(name)
    r = r[(r.index >= ts(a)) & (r.index <= ts(b))]
    return [r.idxmin().date().isoformat(), float(r.min())]


def is_session(ticker, d):
    return bool(ts(d) in frame(ticker).index)


def ff_small(column="vw_lo30"):
    """Fama-French size portfolio (monthly %, value-weighted; default: bottom 30% by NYSE breakpoints)."""
    key = "ff:" + column
    if key not in _cache:
        f = pd.read_csv(DATA / "FF_size_portfolios_monthly.csv")
        f.index = pd.to_datetime(f["month"])
        _cache[key] = f[column]
    return _cache[key]


def ff_january_mean(first_year, last_year, column="vw_lo30"):
    s = ff_small(column)
    s = s[(s.index.month == 1) & (s.index.year >= first_year) & (s.index.year <= last_year)]
    return float(s.mean())


def ff_drawdown(a, b, column="vw_lo30"):
    s = ff_small(column)
    s = s[(s.index >= ts(a)) & (s.index <= ts(b))]
    w = (1 + s / 100).cumprod()
    return float(((w / w.cummax()) - 1).min() * 100)


def ff_month(m, column="vw_lo30"):
    return float(ff_small(column).loc[ts(m + "-01")])

