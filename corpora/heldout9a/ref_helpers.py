"""Helper functions shared by reference.py and build_corpus.py (heldout9a).

All functions read the CSV files of the data directory set with set_data_dir().
"""
import pandas as pd
from pathlib import Path

DATA = Path("data")
_cache = {}


def set_data_dir(path):
    global DATA
    DATA = Path(path)
    _cache.clear()


def prices(ticker):
    if ticker not in _cache:
        _cache[ticker] = pd.read_csv(DATA / f"{ticker}.csv", parse_dates=["date"]).set_index("date")
    return _cache[ticker]


def rate(series):
    key = "rate:" + series
    if key not in _cache:
        _cache[key] = pd.read_csv(DATA / f"{series}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _cache[key]


def ts(d):
    return pd.Timestamp(d)


def col(ticker, field="close"):
    return prices(ticker)[field].dropna()


def close(ticker, d, field="close"):
    return float(prices(ticker).loc[ts(d), field])


def prev_session(ticker, d):
    s = col(ticker)
    return s.index[s.index.get_loc(ts(d)) - 1]


def point_change(ticker, d):
    return close(ticker, d) - close(ticker, prev_session(ticker, d))


def pct_change(ticker, d):
    return (close(ticker, d) / close(ticker, prev_session(ticker, d)) - 1) * 100


def ret(ticker, start, end, field="close"):
    """% change from the close on start to the close on end."""
    return (close(ticker, end, field) / close(ticker, start, field) - 1) * 100


def points(ticker, start, end):
    return close(ticker, end) - close(ticker, start)


def last_close_before(ticker, d, field="close"):
    s = col(ticker, field)
    return s[s.index < ts(d)].index[-1]


def ytd(ticker, d, field="close"):
    return ret(ticker, last_close_before(ticker, f"{ts(d).year}-01-01", field), d, field)


def wtd(ticker, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return ret(ticker, last_close_before(ticker, monday), d)


def week_points(ticker, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return points(ticker, last_close_before(ticker, monday), d)


def intraday_change(ticker, d, extreme="low"):
    return close(ticker, d, extreme) - close(ticker, prev_session(ticker, d))


def range_pct(ticker, d):
    """(high - low) as % of the previous close."""
    return (close(ticker, d, "high") - close(ticker, d, "low")) / close(ticker, prev_session(ticker, d)) * 100


def session_range(ticker, d):
    return close(ticker, d, "high") - close(ticker, d, "low")


def max_close(ticker, start, end):
    """[date, value] of the highest close between start and end (inclusive)."""
    s = col(ticker)[ts(start):ts(end)]
    return [s.idxmax().date().isoformat(), float(s.max())]


def highest_since(ticker, d, field="close"):
    s = col(ticker, field)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s >= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none (record)"


def lowest_since(ticker, d, field="close"):
    s = col(ticker, field)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s <= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none (record low)"


def first_close_above(ticker, level, after):
    s = col(ticker)
    s = s[s.index > ts(after)]
    return s[s > level].index[0].date().isoformat()


def daily_moves(ticker, kind="pct"):
    s = col(ticker)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def move_rank(ticker, d, kind="pct", down=True):
    m = daily_moves(ticker, kind)
    m = m[m.index <= ts(d)]
    v = m.loc[ts(d)]
    return int((m < v).sum() + 1) if down else int((m > v).sum() + 1)


def streak(ticker, d, up=True):
    m = daily_moves(ticker, "pts")
    m = m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def count_moves(ticker, start, end, threshold, down=None):
    """Number of sessions between start and end whose point move is at least threshold in size
    (down=True: declines only, down=False: gains only, None: either)."""
    m = daily_moves(ticker, "pts")[ts(start):ts(end)]
    if down is True:
        return int((m <= -threshold).sum())
    if down is False:
        return int((m >= threshold).sum())
    return int((m.abs() >= threshold).sum())


def abs_move_run(ticker, d, threshold):
    """Consecutive sessions ending on d with an absolute point move >= threshold."""
    m = daily_moves(ticker, "pts")
    m = m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if abs(v) >= threshold:
            n += 1
        else:
            break
    return n


def longest_abs_move_run_before(ticker, d, threshold):
    """Longest run of consecutive sessions with |point move| >= threshold, ended before d."""
    m = daily_moves(ticker, "pts")
    m = m[m.index < ts(d)]
    hit = (m.abs() >= threshold).astype(int)
    run = hit.groupby((hit == 0).cumsum()).cumsum()
    return int(run.max())


def sma(ticker, d, n=50, field="close"):
    """Simple average of the n values ending on d (d included)."""
    s = col(ticker, field)
    i = s.index.get_loc(ts(d))
    return float(s.iloc[i - n + 1:i + 1].mean())


def pct_vs_sma(ticker, d, n=50, field="close"):
    return (close(ticker, d, field) / sma(ticker, d, n, field) - 1) * 100


def n_session_change(ticker, d, n=50, pct=True):
    """Change from the close n sessions before d to the close on d."""
    s = col(ticker)
    i = s.index.get_loc(ts(d))
    a, b = float(s.iloc[i - n]), float(s.iloc[i])
    return (b / a - 1) * 100 if pct else b - a


def week_avg_volume(ticker, d):
    """Average daily volume of the calendar week ending on d."""
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return float(col(ticker, "volume")[monday:ts(d)].mean())


def rate_on(series, d):
    return float(rate(series).loc[ts(d)])


def rate_level_since(series, d):
    """Last earlier date on which series was >= its value on d."""
    s = rate(series)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s >= v)]
    return prior.index[-1].date().isoformat()


def fed_target(d):
    return float(rate("DFEDTAR").loc[ts(d)])


def fed_changes(start, end):
    """Effective dates and new levels of the fed funds target (DFEDTAR) between start and end."""
    t = rate("DFEDTAR")
    ch = t[t.diff() != 0][ts(start):ts(end)]
    return [[i.date().isoformat(), float(v)] for i, v in ch.items()]


def fed_last_at_or_below(level, before):
    t = rate("DFEDTAR")
    t = t[t.index < ts(before)]
    return t[t <= level].index[-1].date().isoformat()


def fomc_meetings_between(start, end):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    return list(m[(m.date >= ts(start)) & (m.date <= ts(end))].date)
