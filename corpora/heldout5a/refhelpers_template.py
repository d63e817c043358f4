import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = None  # set in main() from argv[1] or CAPSCOPE_DATA_DIR
_cache = {}


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


def last_close_before(ticker, d):
    s = col(ticker)
    return s[s.index < ts(d)].index[-1]


def point_change(ticker, d):
    return close(ticker, d) - close(ticker, prev_session(ticker, d))


def pct_change(ticker, d):
    return (close(ticker, d) / close(ticker, prev_session(ticker, d)) - 1) * 100


def ret(ticker, start, end, field="close"):
    """Percent change from the close on `start` to the close on `end`."""
    return (close(ticker, end, field) / close(ticker, start, field) - 1) * 100


def points(ticker, start, end):
    return close(ticker, end) - close(ticker, start)


def ytd(ticker, d, field="close"):
    base = last_close_before(ticker, f"{ts(d).year}-01-01")
    return ret(ticker, base, d, field)


def ytd_points(ticker, d):
    base = last_close_before(ticker, f"{ts(d).year}-01-01")
    return points(ticker, base, d)


def year_return(ticker, year, field="close"):
    return ret(ticker, last_close_before(ticker, f"{year}-01-01"), last_close_before(ticker, f"{year + 1}-01-01"), field)


def intraday_change(ticker, d, extreme="low"):
    return close(ticker, d, extreme) - close(ticker, prev_session(ticker, d))


def record_before(ticker, d, field="close"):
    """(date, value) of the highest `field` strictly before d."""
    s = col(ticker, field)
    s = s[s.index < ts(d)]
    return s.idxmax().date().isoformat(), round(float(s.max()), 2)


def is_record(ticker, d, field="close"):
    s = col(ticker, field)
    return bool(s.loc[ts(d)] > s[s.index < ts(d)].max())


def pct_below_record(ticker, d, upto=True):
    """Distance (positive = below) of the close on d from the highest close up to d."""
    s = col(ticker)
    s = s[s.index <= ts(d)] if upto else s[s.index < ts(d)]
    return (1 - close(ticker, d) / float(s.max())) * 100


def pct_below_peak_since(ticker, peak_date, d):
    return (1 - close(ticker, d) / close(ticker, peak_date)) * 100


def max_drawdown(ticker, start, end):
    """Largest peak-to-trough fall (percent, positive) of closes within [start, end]."""
    s = col(ticker)
    s = s[(s.index >= ts(start)) & (s.index <= ts(end))]
    return float(((1 - s / s.cummax()) * 100).max())


def year_had_10pct_drawdown(ticker, year):
    """True if, within the calendar year, some close fell >= 10% below an earlier close of that year."""
    return max_drawdown(ticker, f"{year}-01-01", f"{year}-12-31") >= 10


def years_with_10pct_drawdown(ticker, y0, y1):
    return [y for y in range(y0, y1 + 1) if year_had_10pct_drawdown(ticker, y)]


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


def level_since(ticker, d, level, above=True, field="close"):
    """Last session before d with `field` >= level (above) or <= level."""
    s = col(ticker, field)
    s = s[s.index < ts(d)]
    hit = s[s >= level] if above else s[s <= level]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def daily_moves(ticker, kind="pct"):
    s = col(ticker)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_move_as_big(ticker, d, kind="pct", down=True):
    m = daily_moves(ticker, kind)
    v = m.loc[ts(d)]
    prior = m[m.index < ts(d)]
    hit = prior[prior <= v] if down else prior[prior >= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def move_rank(ticker, d, kind="pct", down=True):
    m = daily_moves(ticker, kind)
    m = m[m.index <= ts(d)]
    v = m.loc[ts(d)]
    return int((m < v).sum() + 1) if down else int((m > v).sum() + 1)


def biggest_move_before(ticker, d, kind="pct", down=True):
    m = daily_moves(ticker, kind)
    m = m[m.index < ts(d)]
    i = m.idxmin() if down else m.idxmax()
    return i.date().isoformat(), round(float(m.loc[i]), 2)


def biggest_move_in_year(ticker, d, kind="pct", down=False):
    """True if the move on d is the largest (up or down) of its calendar year up to d."""
    m = daily_moves(ticker, kind)
    m = m[(m.index.year == ts(d).year) & (m.index <= ts(d))]
    return bool(m.idxmin() == ts(d)) if down else bool(m.idxmax() == ts(d))


def intraday_moves(ticker, kind="pts", up=True):
    """Largest intraday excursion vs previous close (high for up, low for down)."""
    p = prices(ticker)
    prev = p["close"].shift(1)
    x = (p["high"] - prev) if up else (p["low"] - prev)
    if kind == "pct":
        x = x / prev * 100
    return x.dropna()


def last_intraday_as_big(ticker, d, kind="pts", up=False):
    m = intraday_moves(ticker, kind, up)
    v = m.loc[ts(d)]
    prior = m[m.index < ts(d)]
    hit = prior[prior >= v] if up else prior[prior <= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


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


def weekly_closes(ticker):
    s = col(ticker)
    return s.groupby(s.index.to_period("W-FRI")).last()


def weekly_streak(ticker, week_end, up=False):
    w = weekly_closes(ticker).diff().dropna()
    w = w[w.index <= pd.Period(week_end, "W-FRI")]
    n = 0
    for v in w.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def last_weekly_streak_at_least(ticker, week_end, n, up=False):
    """End week (Friday) of the last streak of >= n weekly declines that ended before `week_end`'s streak."""
    w = weekly_closes(ticker).diff().dropna()
    hit = (w > 0) if up else (w < 0)
    run = hit.astype(int).groupby((~hit).cumsum()).cumsum()
    cur = weekly_streak(ticker, week_end, up)
    limit = pd.Period(week_end, "W-FRI") - cur
    prior = run[(run.index <= limit) & (run >= n)]
    return str(prior.index[-1].end_time.date()) if len(prior) else "none"


def up_days_in_month(ticker, d):
    """(count of sessions with a gain, sessions) in d's month up to d."""
    m = daily_moves(ticker, "pts")
    m = m[(m.index.year == ts(d).year) & (m.index.month == ts(d).month) & (m.index <= ts(d))]
    return [int((m > 0).sum()), int(len(m))]


def big_point_days_in_month(ticker, d, threshold=100):
    """(sessions whose |point change| < threshold, sessions) in d's month up to d."""
    m = daily_moves(ticker, "pts")
    m = m[(m.index.year == ts(d).year) & (m.index.month == ts(d).month) & (m.index <= ts(d))]
    return [int((m.abs() < threshold).sum()), int(len(m))]


def first_close_above_since(ticker, d, level):
    """Last session before d that closed at or above level."""
    return level_since(ticker, d, level, above=True)


def bollinger_lower(ticker, d, n=20, k=2):
    s = col(ticker)
    s = s[s.index <= ts(d)].iloc[-n:]
    return round(float(s.mean() - k * s.std(ddof=0)), 2)


def rsi(ticker, d, n=14):
    """Wilder RSI of closes on d."""
    m = daily_moves(ticker, "pts")
    m = m[m.index <= ts(d)]
    up = m.clip(lower=0).ewm(alpha=1 / n, adjust=False).mean()
    dn = (-m.clip(upper=0)).ewm(alpha=1 / n, adjust=False).mean()
    return float(100 - 100 / (1 + up.iloc[-1] / dn.iloc[-1]))


def fed_target(d):
    """Fed funds target (single value to 2008-12-15, else [lower, upper])."""
    if ts(d) <= ts("2008-12-15"):
        return float(rate("DFEDTAR").loc[ts(d)])
    return [float(rate("DFEDTARL").loc[ts(d)]), float(rate("DFEDTARU").loc[ts(d)])]


def fed_upper(d):
    """Fed funds target (upper bound of the range from 2008-12-16) on calendar day d."""
    if ts(d) <= ts("2008-12-15"):
        return float(rate("DFEDTAR").loc[ts(d)])
    return float(rate("DFEDTARU").loc[ts(d)])


def fed_change(decision_day):
    """Target change around a decision day: day after minus day before (percentage points)."""
    d = ts(decision_day)
    return round(fed_upper(d + pd.Timedelta(days=1)) - fed_upper(d - pd.Timedelta(days=1)), 2)


def fed_upper_max(a, b):
    """Highest upper bound of the target between calendar days a and b."""
    s = rate("DFEDTARU")
    return float(s[(s.index >= ts(a)) & (s.index <= ts(b))].max())


def fomc_meetings_between(a, b):
    f = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    f = f[(f.date >= ts(a)) & (f.date <= ts(b))]
    return [x.date().isoformat() for x in f.date]


def yield_on(series, d):
    return float(rate(series).loc[ts(d)])


def yield_change_bp(series, d):
    s = rate(series)
    i = s.index.get_loc(ts(d))
    return round((float(s.iloc[i]) - float(s.iloc[i - 1])) * 100, 1)


def sessions_high_above(ticker, a, b, level):
    """Sessions in [a, b] whose intraday high exceeded level, and whether any of them closed above it."""
    p = prices(ticker)
    p = p[(p.index >= ts(a)) & (p.index <= ts(b))]
    hit = p[p["high"] > level]
    return [int(len(hit)), bool((hit["close"] > level).any())]


def ytd_ratio(a, b, d):
    return ytd(a, d) / ytd(b, d)


def ytd_table(tickers, d):
    return {t: round(ytd(t, d), 2) for t in tickers}


def worst_ytd(tickers, d):
    return min(tickers, key=lambda t: ytd(t, d))


def year_fraction(a, b):
    return (ts(b) - ts(a)).days / 365.25


def weekday(d):
    return ts(d).day_name()


def all_above(values, threshold):
    return bool(all(v > threshold for v in values))


def pct_changes(tickers, d):
    return {t: round(pct_change(t, d), 2) for t in tickers}


def drawdowns_from_peaks(tickers, start, d):
    """Percent below the highest close since `start`, per ticker, on d."""
    out = {}
    for t in tickers:
        s = col(t)
        s = s[(s.index >= ts(start)) & (s.index <= ts(d))]
        out[t] = round((1 - s.iloc[-1] / s.max()) * 100, 2)
    return out
