"""Recompute every computed_value in key.jsonl from the CSV files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]
        (without PATH/TO/data the environment variable CAPSCOPE_DATA_DIR is used)

Each entry of RECIPES is (passage_id, claim_index, decimals, computation). The computation is a
plain call of one of the helper functions below, evaluated on the CSV files of the data
directory; None means the key has no computed value for that claim (the needed series is not in
the files, or the statement is an opinion, forecast or hypothetical). The script prints every
value and reports any entry whose recomputed value differs from key.jsonl.
Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = Path("data")  # set by main() from the command line or CAPSCOPE_DATA_DIR
_cache = {}


def prices(ticker):
    """Daily OHLC file (RUT, GSPC, IXIC, NDX, DJI, VIX, IWM, SPY, QQQ, XL*) indexed by date."""
    if ticker not in _cache:
        _cache[ticker] = pd.read_csv(DATA / f"{ticker}.csv", parse_dates=["date"]).set_index("date")
    return _cache[ticker]


def rate(series):
    """FRED-style `date,value` file (DGS2, DGS10, DFF, DFEDTAR, DFEDTARU, DFEDTARL)."""
    if series not in _cache:
        _cache[series] = pd.read_csv(DATA / f"{series}.csv", parse_dates=["date"]).set_index("date")["value"]
    return _cache[series]


def col(ticker, field="close"):
    return prices(ticker)[field].dropna()


def ts(d):
    return pd.Timestamp(d)


def prev_session(ticker, d):
    s = col(ticker)
    return s.index[s.index.get_loc(ts(d)) - 1]


def close(ticker, d, field="close"):
    return float(prices(ticker).loc[ts(d), field])


def point_change(ticker, d):
    return close(ticker, d) - close(ticker, prev_session(ticker, d))


def pct_change(ticker, d):
    return (close(ticker, d) / close(ticker, prev_session(ticker, d)) - 1) * 100


def ret(ticker, start, end, field="close"):
    """Percent change from the close on `start` to the close on `end` (both sessions)."""
    return (close(ticker, end, field) / close(ticker, start, field) - 1) * 100


def points(ticker, start, end):
    return close(ticker, end) - close(ticker, start)


def last_close_before(ticker, d, field="close"):
    s = col(ticker, field)
    return s[s.index < ts(d)].index[-1]


def ytd(ticker, d, field="close"):
    """Year-to-date change: close on d vs the last close of the previous year."""
    base = last_close_before(ticker, f"{ts(d).year}-01-01", field)
    return ret(ticker, base, d, field)


def mtd(ticker, d, field="close"):
    base = last_close_before(ticker, ts(d).replace(day=1), field)
    return ret(ticker, base, d, field)


def wtd(ticker, d):
    """Week-to-date: close on d vs the last close of the previous calendar week."""
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return ret(ticker, last_close_before(ticker, monday), d)


def calendar_return(ticker, start_month, end_month):
    """Return over whole months: last close before start_month to last close of end_month."""
    s = col(ticker)
    base = s[s.index < ts(start_month + "-01")].iloc[-1]
    end = s[s.index <= ts(end_month + "-01") + pd.offsets.MonthEnd(0)].iloc[-1]
    return (end / base - 1) * 100


def monthly_returns(ticker, field="close"):
    m = col(ticker, field).resample("ME").last()
    return (m.pct_change() * 100).dropna()


def yearly_returns(ticker):
    y = col(ticker).resample("YE").last()
    return (y.pct_change() * 100).dropna()


def weekly_returns(ticker):
    w = col(ticker).resample("W-FRI").last()
    return (w.pct_change() * 100).dropna()


def record_before(ticker, d, field="close"):
    """(date, value) of the highest `field` strictly before d."""
    s = col(ticker, field)
    s = s[s.index < ts(d)]
    return s.idxmax().date().isoformat(), float(s.max())


def pct_below_record(ticker, d, field_ref="close", value=None):
    """Distance (positive = below) of the close on d (or `value`) from the prior record."""
    _, rec = record_before(ticker, d, field_ref)
    v = close(ticker, d) if value is None else value
    return (1 - v / rec) * 100


def highest_since(ticker, d, field="close"):
    """Last earlier session whose value was >= the value on d ('highest since X')."""
    s = col(ticker, field)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s >= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none (record)"


def lowest_since(ticker, d, field="close"):
    s = col(ticker, field)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s <= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none (record low)"


def level_since(series, d, value, above=True):
    """Last date before d on which `series` was >= value (above) or <= value."""
    s = series[series.index < ts(d)]
    hit = s[s >= value] if above else s[s <= value]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def daily_moves(ticker, kind="pct"):
    s = col(ticker)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def move_rank(ticker, d, kind="pct", since=None, down=True):
    """Rank of the move on d among all daily moves up to d (1 = most extreme)."""
    m = daily_moves(ticker, kind)
    m = m[m.index <= ts(d)]
    if since:
        m = m[m.index >= ts(since)]
    v = m.loc[ts(d)]
    return int((m < v).sum() + 1) if down else int((m > v).sum() + 1)


def last_move_as_big(ticker, d, kind="pct", down=True):
    """Last earlier day with a move at least as extreme as the move on d ('worst/best since X')."""
    m = daily_moves(ticker, kind)
    v = m.loc[ts(d)]
    prior = m[m.index < ts(d)]
    hit = prior[prior <= v] if down else prior[prior >= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def biggest_move_before(ticker, d, kind="pct", down=True):
    m = daily_moves(ticker, kind)
    m = m[m.index < ts(d)]
    i = m.idxmin() if down else m.idxmax()
    return i.date().isoformat(), round(float(m.loc[i]), 2)


def streak(ticker, d, up=True):
    """Consecutive sessions ending on d with closes up (or down) vs the previous close."""
    m = daily_moves(ticker, "pts")
    m = m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def streaks(ticker, up=True):
    """Series of streak lengths at every session."""
    m = daily_moves(ticker, "pts")
    hit = (m > 0) if up else (m < 0)
    return hit.astype(int).groupby((~hit).cumsum()).cumsum()


def last_streak_at_least(ticker, d, n, up=True):
    s = streaks(ticker, up)
    prior = s[(s.index < ts(d)) & (s >= n)]
    return prior.index[-1].date().isoformat() if len(prior) else "none"


def rel_streak(a, b, d):
    """Consecutive sessions ending on d on which a's daily % change beat b's."""
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[df.index <= ts(d)]
    n = 0
    for _, r in df.iloc[::-1].iterrows():
        if r.a > r.b:
            n += 1
        else:
            break
    return n


def rel_streak_history(a, b, end):
    """Completed streak lengths of a beating b, up to `end`: list of (end date, length)."""
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[df.index <= ts(end)]
    win = (df.a > df.b).astype(int)
    run = win.groupby((win == 0).cumsum()).cumsum()
    ends = run[(run > 0) & (run.shift(-1, fill_value=0) == 0)]
    return [(i.date().isoformat(), int(v)) for i, v in ends.items()]


def intraday_change(ticker, d, extreme="low"):
    """Largest intraday move vs the previous close (low or high)."""
    return close(ticker, d, extreme) - close(ticker, prev_session(ticker, d))


def session_range_pct(ticker, d):
    """(low, high) of the session as % change vs the previous close."""
    p = close(ticker, prev_session(ticker, d))
    return round((close(ticker, d, "low") / p - 1) * 100, 2), round((close(ticker, d, "high") / p - 1) * 100, 2)


def sessions_between(ticker, a, b):
    """Number of sessions from a to b, counted as the index difference."""
    s = col(ticker)
    return int(s.index.get_loc(ts(b)) - s.index.get_loc(ts(a)))


def first_close_at_or_above(ticker, level, after=None):
    s = col(ticker)
    if after:
        s = s[s.index > ts(after)]
    return s[s >= level].index[0].date().isoformat()


def max_drawdown(ticker, start, end):
    s = col(ticker)
    s = s[(s.index >= ts(start)) & (s.index <= ts(end))]
    return float(((s / s.cummax()) - 1).min() * 100)


def above_ma(ticker, d, n):
    s = col(ticker)
    ma = s.rolling(n).mean()
    return bool(s.loc[ts(d)] > ma.loc[ts(d)])


def days_below_ma(ticker, start, end, n):
    s = col(ticker)
    below = (s < s.rolling(n).mean())
    w = below[(below.index >= ts(start)) & (below.index <= ts(end))]
    return int(w.sum()), int(len(w))


def last_below_ma_before(ticker, d, n):
    s = col(ticker)
    below = (s < s.rolling(n).mean())
    prior = below[(below.index < ts(d)) & below]
    return prior.index[-1].date().isoformat()


def rate_on(series, d):
    return float(rate(series).loc[ts(d)])


def rate_change_bp(series, a, b):
    return round((rate_on(series, b) - rate_on(series, a)) * 100, 1)


def fed_upper(d):
    """Top of the fed funds target range (DFEDTARU; DFEDTAR before 2008-12-16)."""
    d = ts(d)
    return float(rate("DFEDTARU").loc[d] if d >= ts("2008-12-16") else rate("DFEDTAR").loc[d])


def fomc_meetings():
    return pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])


def last_correction_day(ticker, before, pct=10, window=252):
    """Last session before `before` whose close was at least pct% below the highest close of the prior `window` sessions."""
    s = col(ticker)
    peak = s.rolling(window, min_periods=1).max()
    hit = s[(s <= peak * (1 - pct / 100)) & (s.index < ts(before))]
    return hit.index[-1].date().isoformat()


def last_window_move_as_big(ticker, d, n, down=True):
    """Last earlier session whose n-session % change was at least as extreme as the one ending on d."""
    s = col(ticker)
    r = (s / s.shift(n) - 1).dropna()
    v = r.loc[ts(d)]
    prior = r[r.index <= prev_session(ticker, d)]
    hit = prior[prior <= v] if down else prior[prior >= v]
    return hit.index[-1].date().isoformat()


def last_week_as_big(ticker, friday):
    """Last earlier week (Friday-ending) with a gain at least as large as the week ending `friday`."""
    w = weekly_returns(ticker)
    prior = w[w.index < ts(friday)]
    return prior[prior >= w.loc[ts(friday)]].index[-1].date().isoformat()


def record_closes(ticker, start, end):
    """Sessions between start and end (inclusive) that closed above every earlier close."""
    days = col(ticker)[ts(start):ts(end)].index
    return [d.date().isoformat() for d in days if close(ticker, d) > record_before(ticker, d)[1]]


def worst_day(ticker, start, end):
    """Session with the largest % loss between start and end."""
    return daily_moves(ticker)[ts(start):ts(end)].idxmin().date().isoformat()


def last_inversion_before(d, long="DGS10", short="DGS2"):
    """Last date before d on which the end-of-day long yield was below the short yield."""
    spread = (rate(long) - rate(short)).dropna()
    spread = spread[spread.index < ts(d)]
    return spread[spread < 0].index[-1].date().isoformat()


def next_fomc(after, scheduled_only=False):
    """First FOMC decision day on or after `after` in FOMC_meetings.csv."""
    m = fomc_meetings()
    m = m[m.date >= ts(after)]
    if scheduled_only:
        m = m[m.scheduled]
    return m.date.iloc[0].date().isoformat()


def fomc_rate_changes(start, end):
    """(decision day, change in bp) for every change of the target-range top between start and end.
    FRED records the change on the effective date; the decision day is the FOMC row on that day or the day before."""
    u = rate("DFEDTARU")
    changes = u[u.diff().fillna(0) != 0]
    meetings = set(fomc_meetings().date)
    out = []
    for eff, new in changes[ts(start):ts(end)].items():
        day = eff if eff in meetings else eff - pd.Timedelta(days=1)
        out.append((day.date().isoformat(), round((new - u.loc[eff - pd.Timedelta(days=1)]) * 100)))
    return out




# ---- helpers added for this corpus ----
def rel_window_rank(a, b, d, n):
    """Rank (1 = largest) of a's n-session % change minus b's, ending on d, among all such windows in the file up to d."""
    df = pd.concat([col(a), col(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    rel = ((df.a / df.a.shift(n) - 1) - (df.b / df.b.shift(n) - 1)).dropna() * 100
    rel = rel[rel.index <= ts(d)]
    return int((rel > rel.loc[ts(d)]).sum() + 1)


def post_election_moves(ticker="GSPC"):
    """% change of the first session after each US presidential election day (1928-2020)."""
    import datetime as _dt
    out = {}
    s = col(ticker)
    for y in range(1928, 2021, 4):
        e = _dt.date(y, 11, 2)
        while e.weekday() != 1:
            e += _dt.timedelta(days=1)
        nxt = s.index[s.index > ts(e)][0]
        out[nxt.date().isoformat()] = round(pct_change(ticker, nxt), 2)
    return out


def last_rel_day_as_bad(a, b, d, before=None):
    """Last earlier day on which a's daily % change minus b's was at least as negative as on d (optionally only days before `before`)."""
    rs = (daily_moves(a) - daily_moves(b)).dropna()
    v = rs.loc[ts(d)]
    prior = rs[rs.index < ts(before if before else d)]
    return prior[prior <= v].index[-1].date().isoformat()


def rate_streak(series, d, up=True):
    """Consecutive end-of-day rises (or falls) of a FRED series ending on d."""
    s = rate(series).dropna()
    m = s.diff()[s.index <= ts(d)].dropna()
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def monthly_rank_same_month(ticker, month_end):
    """Rank of the return of the month ending month_end among the same calendar month in all earlier years of the file."""
    m = monthly_returns(ticker)
    m = m[(m.index.month == ts(month_end).month) & (m.index <= ts(month_end))]
    return int((m > m.loc[ts(month_end)]).sum() + 1)


def last_month_as_big(ticker, month_end):
    m = monthly_returns(ticker)
    prior = m[m.index < ts(month_end)]
    return prior[prior >= m.loc[ts(month_end)]].index[-1].date().isoformat()


def down_pairs(ticker, start, end):
    """Number of back-to-back daily losses between start and end (inclusive)."""
    m = daily_moves(ticker, "pts")[ts(start):ts(end)]
    neg = (m < 0).astype(int)
    return int(((neg == 1) & (neg.shift(1) == 1)).sum())
