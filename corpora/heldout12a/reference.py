"""Recompute every computed_value in key.jsonl of the heldout12a corpus from the CSV files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)

Each RECIPES entry is (passage_id, claim_index, decimals, computation): a call of the helpers
below on the CSV files of the data directory, or None when nothing in the files computes the
claim (series not in the files, forecast, quote). Prints every value, then
"N recipes, N key records, M mismatches", and exits 1 on any mismatch. Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = Path(os.environ.get("CAPSCOPE_DATA_DIR", "data"))  # set from the command line in main()
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


def weekly_streak(ticker, friday, up=True):
    """Consecutive Friday-to-Friday weeks ending on `friday` with gains (or losses)."""
    w = weekly_returns(ticker)
    w = w[w.index <= ts(friday)]
    n = 0
    for v in w.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def week_return(ticker, friday):
    """Friday close vs the previous Friday's (last close of the previous week)."""
    return ret(ticker, last_close_before(ticker, ts(friday) - pd.Timedelta(days=ts(friday).weekday())), friday)


def count_moves(ticker, end, n, threshold, kind="pts"):
    """How many of the n sessions ending on `end` had a move <= threshold (a decline at least that big)."""
    m = daily_moves(ticker, kind)
    m = m[m.index <= ts(end)].iloc[-n:]
    return int((m <= threshold).sum())


def last_high_at_or_above(ticker, d, level):
    """Last session before d whose intraday high reached `level`."""
    h = col(ticker, "high")
    h = h[(h.index < ts(d)) & (h >= level)]
    return h.index[-1].date().isoformat()


def down_crossings(ticker, start, end, level):
    """Sessions in [start, end] closing below `level` after a close at or above it."""
    s = col(ticker)
    below = s < level
    cross = below & ~below.shift(1, fill_value=False)
    c = cross[(cross.index >= ts(start)) & (cross.index <= ts(end))]
    return [d.date().isoformat() for d, v in c.items() if v]


def first_target_hike(start, end):
    """First date in [start, end] on which DFEDTAR (the pre-2008 single target) rose."""
    t = rate("DFEDTAR")[ts(start):ts(end)]
    return t[t.diff() > 0].index[0].date().isoformat()


RECIPES = [
    # (passage_id, claim_index, decimals, computation)
    ('kitsapsun_19980807_small_midcaps_lead', 0, 2, lambda: pct_change('RUT','1998-08-06') > 0),
    ('kitsapsun_19980807_small_midcaps_lead', 1, 2, lambda: point_change('RUT','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 2, 2, lambda: pct_change('RUT','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 3, 2, lambda: close('RUT','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 4, 2, lambda: point_change('DJI','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 5, 2, lambda: pct_change('DJI','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 6, 2, lambda: close('DJI','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 7, 2, lambda: week_return('DJI','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 8, 2, lambda: streak('DJI','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 9, 2, lambda: point_change('DJI','1998-08-04')),
    ('kitsapsun_19980807_small_midcaps_lead', 10, 2, lambda: point_change('GSPC','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 11, 2, lambda: close('GSPC','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 12, 2, lambda: point_change('IXIC','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 13, 2, lambda: pct_change('IXIC','1998-08-07')),
    ('kitsapsun_19980807_small_midcaps_lead', 14, 2, lambda: close('IXIC','1998-08-07')),
    ('toledoblade_20110427_rut_record_fed_presser', 0, 2, None),
    ('toledoblade_20110427_rut_record_fed_presser', 1, 2, None),
    ('toledoblade_20110427_rut_record_fed_presser', 2, 2, None),
    ('toledoblade_20110427_rut_record_fed_presser', 3, 2, None),
    ('toledoblade_20110427_rut_record_fed_presser', 4, 2, lambda: point_change('DJI','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 5, 2, lambda: pct_change('DJI','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 6, 2, lambda: close('DJI','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 7, 2, None),
    ('toledoblade_20110427_rut_record_fed_presser', 8, 2, lambda: highest_since('DJI','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 9, 2, lambda: point_change('GSPC','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 10, 2, lambda: pct_change('GSPC','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 11, 2, lambda: close('GSPC','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 12, 2, lambda: highest_since('GSPC','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 13, 2, lambda: pct_below_record('GSPC','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 14, 2, lambda: record_before('GSPC','2011-04-27')[1]),
    ('toledoblade_20110427_rut_record_fed_presser', 15, 2, lambda: record_before('GSPC','2011-04-27')[0]),
    ('toledoblade_20110427_rut_record_fed_presser', 16, 2, lambda: point_change('IXIC','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 17, 2, lambda: pct_change('IXIC','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 18, 2, lambda: close('IXIC','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 19, 2, lambda: record_before('RUT','2011-04-27')[1]),
    ('toledoblade_20110427_rut_record_fed_presser', 20, 2, lambda: record_before('RUT','2011-04-27')[0]),
    ('toledoblade_20110427_rut_record_fed_presser', 21, 2, lambda: close('RUT','2011-04-27') > record_before('RUT','2011-04-27')[1]),
    ('toledoblade_20110427_rut_record_fed_presser', 22, 2, lambda: point_change('RUT','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 23, 2, lambda: pct_change('RUT','2011-04-27')),
    ('toledoblade_20110427_rut_record_fed_presser', 24, 2, lambda: close('RUT','2011-04-27')),
    ('semissourian_20020903_dow_355_september_start', 0, 2, lambda: point_change('DJI','2002-09-03')),
    ('semissourian_20020903_dow_355_september_start', 1, 2, lambda: point_change('DJI','2002-09-03')),
    ('semissourian_20020903_dow_355_september_start', 2, 2, lambda: pct_change('DJI','2002-09-03')),
    ('semissourian_20020903_dow_355_september_start', 3, 2, lambda: close('DJI','2002-09-03')),
    ('semissourian_20020903_dow_355_september_start', 4, 2, lambda: last_move_as_big('DJI','2002-09-03','pts')),
    ('semissourian_20020903_dow_355_september_start', 5, 2, lambda: point_change('DJI','2002-07-19')),
    ('semissourian_20020903_dow_355_september_start', 6, 2, lambda: week_return('DJI','2002-08-30')),
    ('semissourian_20020903_dow_355_september_start', 7, 2, lambda: weekly_streak('DJI','2002-08-23')),
    ('semissourian_20020903_dow_355_september_start', 8, 2, lambda: point_change('IXIC','2002-09-03')),
    ('semissourian_20020903_dow_355_september_start', 9, 2, lambda: pct_change('IXIC','2002-09-03')),
    ('semissourian_20020903_dow_355_september_start', 10, 2, lambda: close('IXIC','2002-09-03')),
    ('semissourian_20020903_dow_355_september_start', 11, 2, lambda: week_return('IXIC','2002-08-30')),
    ('semissourian_20020903_dow_355_september_start', 12, 2, lambda: weekly_streak('IXIC','2002-08-23')),
    ('semissourian_20020903_dow_355_september_start', 13, 2, lambda: point_change('GSPC','2002-09-03')),
    ('semissourian_20020903_dow_355_september_start', 14, 2, lambda: pct_change('GSPC','2002-09-03')),
    ('semissourian_20020903_dow_355_september_start', 15, 2, lambda: close('GSPC','2002-09-03')),
    ('semissourian_20020903_dow_355_september_start', 16, 2, lambda: week_return('GSPC','2002-08-30')),
    ('semissourian_20020903_dow_355_september_start', 17, 2, lambda: weekly_streak('GSPC','2002-08-23')),
    ('semissourian_20020903_dow_355_september_start', 18, 2, None),
    ('semissourian_20020903_dow_355_september_start', 19, 2, None),
    ('staugustine_20020923_nasdaq_six_year_low', 0, 2, lambda: lowest_since('IXIC','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 1, 2, lambda: point_change('DJI','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 2, 2, lambda: lowest_since('DJI','2002-07-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 3, 2, lambda: point_change('IXIC','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 4, 2, lambda: pct_change('IXIC','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 5, 2, lambda: close('IXIC','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 6, 2, lambda: lowest_since('IXIC','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 7, 2, lambda: close('IXIC','1996-09-12')),
    ('staugustine_20020923_nasdaq_six_year_low', 8, 2, lambda: point_change('DJI','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 9, 2, lambda: pct_change('DJI','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 10, 2, lambda: close('DJI','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 11, 2, lambda: week_return('DJI','2002-09-20')),
    ('staugustine_20020923_nasdaq_six_year_low', 12, 2, lambda: count_moves('DJI','2002-09-23',5,-100)),
    ('staugustine_20020923_nasdaq_six_year_low', 13, 2, lambda: close('DJI','2002-09-23') - close('DJI','2002-07-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 14, 2, lambda: close('DJI','2002-07-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 15, 2, lambda: point_change('GSPC','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 16, 2, lambda: pct_change('GSPC','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 17, 2, lambda: close('GSPC','2002-09-23')),
    ('staugustine_20020923_nasdaq_six_year_low', 18, 2, lambda: week_return('GSPC','2002-09-20')),
    ('staugustine_20020923_nasdaq_six_year_low', 19, 2, lambda: points('DJI','2002-08-22','2002-09-23')),
    ('baltimoresun_20020805_dow_269_three_sessions', 0, 2, lambda: streak('DJI','2002-08-05', up=False)),
    ('baltimoresun_20020805_dow_269_three_sessions', 1, 2, lambda: points('DJI','2002-07-31','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 2, 2, lambda: point_change('DJI','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 3, 2, lambda: pct_change('DJI','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 4, 2, lambda: close('DJI','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 5, 2, lambda: point_change('GSPC','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 6, 2, lambda: pct_change('GSPC','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 7, 2, lambda: close('GSPC','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 8, 2, lambda: point_change('IXIC','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 9, 2, lambda: pct_change('IXIC','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 10, 2, lambda: close('IXIC','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 11, 2, lambda: lowest_since('IXIC','2002-08-05')),
    ('baltimoresun_20020805_dow_269_three_sessions', 12, 2, None),
    ('baltimoresun_20020805_dow_269_three_sessions', 13, 2, None),
    ('baltimoresun_20020805_dow_269_three_sessions', 14, 2, None),
    ('baltimoresun_20020805_dow_269_three_sessions', 15, 2, None),
    ('spokesman_20090219_dow_lowest_since_2002', 0, 2, lambda: lowest_since('DJI','2009-02-19')),
    ('spokesman_20090219_dow_lowest_since_2002', 1, 2, lambda: point_change('DJI','2009-02-19')),
    ('spokesman_20090219_dow_lowest_since_2002', 2, 2, lambda: pct_change('DJI','2009-02-19')),
    ('spokesman_20090219_dow_lowest_since_2002', 3, 2, lambda: close('DJI','2009-02-19')),
    ('spokesman_20090219_dow_lowest_since_2002', 4, 2, lambda: close('DJI','2008-11-20')),
    ('spokesman_20090219_dow_lowest_since_2002', 5, 2, lambda: ytd('DJI','2009-02-19')),
    ('spokesman_20090219_dow_lowest_since_2002', 6, 2, lambda: lowest_since('DJI','2009-02-19')),
    ('spokesman_20090219_dow_lowest_since_2002', 7, 2, None),
    ('spokesman_20090219_dow_lowest_since_2002', 8, 2, lambda: close('DJI','2002-10-09')),
    ('spokesman_20090219_dow_lowest_since_2002', 9, 2, lambda: (1 - close('DJI','2002-10-09') / close('DJI','2009-02-19')) * 100),
    ('spokesman_20090219_dow_lowest_since_2002', 10, 2, lambda: point_change('GSPC','2009-02-19')),
    ('spokesman_20090219_dow_lowest_since_2002', 11, 2, lambda: pct_change('GSPC','2009-02-19')),
    ('spokesman_20090219_dow_lowest_since_2002', 12, 2, lambda: close('GSPC','2009-02-19')),
    ('spokesman_20090219_dow_lowest_since_2002', 13, 2, lambda: ret('GSPC','2008-11-20','2009-02-19')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 0, 2, lambda: close('IXIC','2003-12-03','high') >= 2000),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 1, 2, lambda: last_high_at_or_above('IXIC','2003-12-03',2000)),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 2, 2, lambda: 10000 - close('DJI','2003-12-03','high')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 3, 2, lambda: close('IXIC','2003-12-03','high')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 4, 2, lambda: close('IXIC','2003-12-03')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 5, 2, lambda: point_change('IXIC','2003-12-03')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 6, 2, lambda: pct_change('IXIC','2003-12-03')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 7, 2, lambda: last_high_at_or_above('IXIC','2003-12-03',2000)),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 8, 2, lambda: point_change('DJI','2003-12-03')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 9, 2, lambda: pct_change('DJI','2003-12-03')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 10, 2, lambda: close('DJI','2003-12-03')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 11, 2, lambda: intraday_change('DJI','2003-12-03','high')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 12, 2, lambda: close('DJI','2003-12-03','high')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 13, 2, lambda: last_high_at_or_above('DJI','2003-12-03',10000)),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 14, 2, lambda: point_change('GSPC','2003-12-03')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 15, 2, lambda: pct_change('GSPC','2003-12-03')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 16, 2, lambda: close('GSPC','2003-12-03')),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 17, 2, lambda: record_before('IXIC','2003-12-03')[1]),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 18, 2, lambda: record_before('IXIC','2003-12-03')[0]),
    ('washingtontimes_20031203_nasdaq_flirts_2000', 19, 2, None),
    ('vindy_20110201_dow_closes_above_12000', 0, 2, lambda: level_since(col('DJI'), '2011-02-01', 12000)),
    ('vindy_20110201_dow_closes_above_12000', 1, 2, lambda: level_since(col('GSPC'), '2011-02-01', 1300)),
    ('vindy_20110201_dow_closes_above_12000', 2, 2, lambda: close('DJI','2009-03-09')),
    ('vindy_20110201_dow_closes_above_12000', 3, 2, lambda: lowest_since('DJI','2009-03-09')),
    ('vindy_20110201_dow_closes_above_12000', 4, 2, lambda: ret('DJI','2009-03-09','2011-02-01')),
    ('vindy_20110201_dow_closes_above_12000', 5, 2, None),
    ('vindy_20110201_dow_closes_above_12000', 6, 2, None),
    ('vindy_20110201_dow_closes_above_12000', 7, 2, lambda: close('DJI','2011-02-01')),
    ('vindy_20110201_dow_closes_above_12000', 8, 2, lambda: point_change('DJI','2011-02-01')),
    ('vindy_20110201_dow_closes_above_12000', 9, 2, lambda: close('GSPC','2011-02-01')),
    ('vindy_20110201_dow_closes_above_12000', 10, 2, lambda: point_change('GSPC','2011-02-01')),
    ('latimes_20110426_dow_best_close_since_2008', 0, 2, lambda: highest_since('DJI','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 1, 2, lambda: point_change('DJI','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 2, 2, lambda: pct_change('DJI','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 3, 2, lambda: close('DJI','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 4, 2, lambda: highest_since('DJI','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 5, 2, lambda: ytd('DJI','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 6, 2, None),
    ('latimes_20110426_dow_best_close_since_2008', 7, 2, lambda: first_close_at_or_above('DJI', close('DJI','2011-02-18') + 0.01, after='2011-02-18')),
    ('latimes_20110426_dow_best_close_since_2008', 8, 2, lambda: pct_change('GSPC','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 9, 2, lambda: close('GSPC','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 10, 2, lambda: close('GSPC','2011-02-18')),
    ('latimes_20110426_dow_best_close_since_2008', 11, 2, lambda: pct_change('IXIC','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 12, 2, lambda: close('IXIC','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 13, 2, lambda: close('IXIC','2011-02-18')),
    ('latimes_20110426_dow_best_close_since_2008', 14, 2, lambda: highest_since('GSPC','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 15, 2, lambda: highest_since('IXIC','2011-04-26')),
    ('latimes_20110426_dow_best_close_since_2008', 16, 2, None),
    ('starbulletin_20040805_record_oil_dow_163', 0, 2, lambda: point_change('DJI','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 1, 2, lambda: lowest_since('GSPC','2004-08-05') < '2004-01-01'),
    ('starbulletin_20040805_record_oil_dow_163', 2, 2, None),
    ('starbulletin_20040805_record_oil_dow_163', 3, 2, None),
    ('starbulletin_20040805_record_oil_dow_163', 4, 2, lambda: point_change('DJI','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 5, 2, lambda: pct_change('DJI','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 6, 2, lambda: close('DJI','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 7, 2, lambda: int((col('DJI')[:'2004-08-05'].iloc[-10:] < 10000).sum())),
    ('starbulletin_20040805_record_oil_dow_163', 8, 2, lambda: move_rank('DJI','2004-08-05','pts',since='2004-01-01')),
    ('starbulletin_20040805_record_oil_dow_163', 9, 2, lambda: point_change('DJI','2004-03-11')),
    ('starbulletin_20040805_record_oil_dow_163', 10, 2, lambda: point_change('GSPC','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 11, 2, lambda: pct_change('GSPC','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 12, 2, lambda: close('GSPC','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 13, 2, lambda: point_change('IXIC','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 14, 2, lambda: pct_change('IXIC','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 15, 2, lambda: close('IXIC','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 16, 2, lambda: lowest_since('IXIC','2004-08-05')),
    ('starbulletin_20040805_record_oil_dow_163', 17, 2, lambda: lowest_since('GSPC','2004-08-05')),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 0, 2, lambda: len(down_crossings('DJI','2004-01-01','2004-09-27',10000))),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 1, 2, lambda: point_change('DJI','2004-09-27')),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 2, 2, lambda: close('DJI','2004-09-27')),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 3, 2, None),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 4, 2, lambda: point_change('DJI','2004-05-10')),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 5, 2, lambda: close('DJI','2004-05-10')),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 6, 2, lambda: down_crossings('DJI','2003-12-12','2004-05-10',10000) == ['2004-05-10']),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 7, 2, None),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 8, 2, lambda: first_target_hike('2004-01-01','2004-12-31')),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 9, 2, lambda: close('DJI','2004-05-17') < 10000 and close('DJI','2004-05-14') >= 10000),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 10, 2, lambda: close('DJI','2004-07-23') < 10000 and close('DJI','2004-07-22') >= 10000),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 11, 2, lambda: down_crossings('DJI','2004-01-01','2004-09-26',10000)[-1]),
    ('chicagotribune_20040927_dow_below_10000_fifth_time', 12, 2, None),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 0, 2, None),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 1, 2, lambda: point_change('DJI','2004-04-07')),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 2, 2, lambda: close('DJI','2004-04-07')),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 3, 2, None),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 4, 2, None),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 5, 2, lambda: point_change('GSPC','2004-04-07')),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 6, 2, lambda: close('GSPC','2004-04-07')),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 7, 2, lambda: point_change('IXIC','2004-04-07')),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 8, 2, lambda: close('IXIC','2004-04-07')),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 9, 2, lambda: point_change('RUT','2004-04-07')),
    ('chicagotribune_20040407_rut_gains_as_dow_slides', 10, 2, lambda: close('RUT','2004-04-07')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 0, 2, None),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 1, 2, None),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 2, 2, lambda: point_change('DJI','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 3, 2, lambda: pct_change('DJI','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 4, 2, lambda: close('DJI','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 5, 2, lambda: point_change('GSPC','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 6, 2, lambda: pct_change('GSPC','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 7, 2, lambda: close('GSPC','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 8, 2, lambda: point_change('IXIC','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 9, 2, lambda: pct_change('IXIC','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 10, 2, lambda: close('IXIC','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 11, 2, lambda: week_return('DJI','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 12, 2, lambda: week_return('GSPC','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 13, 2, lambda: week_return('IXIC','2004-10-08')),
    ('honoluluadvertiser_20041008_jobs_oil_week_loss', 14, 2, None),
    ('nysun_20061003_dow_intraday_record', 0, 2, lambda: close('DJI','2006-10-03','high') > record_before('DJI','2006-10-03','high')[1]),
    ('nysun_20061003_dow_intraday_record', 1, 2, lambda: record_before('DJI','2006-10-03','high')[1]),
    ('nysun_20061003_dow_intraday_record', 2, 2, None),
    ('nysun_20061003_dow_intraday_record', 3, 2, lambda: close('DJI','2006-09-28','high') > record_before('DJI','2006-09-28')[1]),
    ('nysun_20061003_dow_intraday_record', 4, 2, lambda: close('DJI','2006-10-02','high') > record_before('DJI','2006-10-02')[1]),
    ('nysun_20061003_dow_intraday_record', 5, 2, lambda: record_before('DJI','2006-09-28')[1]),
    ('nysun_20061003_dow_intraday_record', 6, 2, lambda: record_before('DJI','2006-09-28')[0]),
    ('nysun_20061003_dow_intraday_record', 7, 2, None),
    ('etftrends_20120918_iwm_record_rut_not', 0, 2, lambda: close('IWM','2012-09-14') > record_before('IWM','2012-09-14')[1]),
    ('etftrends_20120918_iwm_record_rut_not', 1, 2, lambda: round(pct_below_record('DJI','2012-09-17'), 2)),
    ('etftrends_20120918_iwm_record_rut_not', 2, 2, lambda: ytd('IWM','2012-09-17','adj_close')),
    ('etftrends_20120918_iwm_record_rut_not', 3, 2, lambda: ytd('SPY','2012-09-17','adj_close')),
    ('etftrends_20120918_iwm_record_rut_not', 4, 2, lambda: close('RUT','2012-09-14') > record_before('RUT','2012-09-14')[1]),
    ('etftrends_20120918_iwm_record_rut_not', 5, 2, lambda: pct_below_record('DJI','2012-09-17')),
    ('etftrends_20120918_iwm_record_rut_not', 6, 2, lambda: pct_below_record('GSPC','2012-09-17')),
    ('etftrends_20120918_iwm_record_rut_not', 7, 2, lambda: rate_on('DGS10','2012-09-14') > rate('DGS10')['2012-08-01':'2012-09-13'].max()),
    ('etftrends_20120918_iwm_record_rut_not', 8, 2, None),
    ('globeandmail_20110330_small_caps_rule', 0, 2, lambda: highest_since('RUT','2011-03-30','high')),
    ('globeandmail_20110330_small_caps_rule', 1, 2, lambda: (1 - close('RUT','2011-03-16') / close('RUT','2011-02-18')) * 100),
    ('globeandmail_20110330_small_caps_rule', 2, 2, lambda: (record_before('RUT','2011-03-30')[1] / close('RUT','2011-03-30') - 1) * 100),
    ('globeandmail_20110330_small_caps_rule', 3, 2, None),
    ('globeandmail_20110330_small_caps_rule', 4, 2, None),
    ('globeandmail_20110330_small_caps_rule', 5, 2, lambda: ret('RUT','2009-03-09','2011-03-30')),
    ('globeandmail_20110330_small_caps_rule', 6, 2, lambda: ret('GSPC','2009-03-09','2011-03-30')),
    ('globeandmail_20110330_small_caps_rule', 7, 2, lambda: 144 - 97),
    ('globeandmail_20110330_small_caps_rule', 8, 2, lambda: (record_before('GSPC','2011-03-30')[1] / close('GSPC','2011-03-30') - 1) * 100),
    ('globeandmail_20110330_small_caps_rule', 9, 2, None),
    ('globeandmail_20110330_small_caps_rule', 10, 2, None),
    ('globeandmail_20110330_small_caps_rule', 11, 2, None),
    ('globeandmail_20110330_small_caps_rule', 12, 2, None),
    ('sunsentinel_19990611_glassman_small_caps_rise', 0, 2, lambda: ret('RUT','1999-03-23','1999-06-11')),
    ('sunsentinel_19990611_glassman_small_caps_rise', 1, 2, lambda: ret('RUT','1999-03-23','1999-06-11') / ret('GSPC','1999-03-23','1999-06-11')),
    ('sunsentinel_19990611_glassman_small_caps_rise', 2, 2, lambda: ret('RUT','1998-10-08','1999-06-11')),
    ('sunsentinel_19990611_glassman_small_caps_rise', 3, 2, lambda: ret('GSPC','1998-10-08','1999-06-11')),
    ('sunsentinel_19990611_glassman_small_caps_rise', 4, 2, None),
]


def normalise(value, decimals):
    """Round floats (also inside lists/tuples) the way key.jsonl stores them."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return round(value, decimals)
    if isinstance(value, (list, tuple)):
        return [normalise(v, decimals) for v in value]
    return value


def main():
    global DATA
    arg = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not arg:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(arg)
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        entry = json.loads(line)
        key[(entry["passage_id"], entry["claim_index"])] = entry["computed_value"]
    mismatches = 0
    for passage_id, index, decimals, computation in RECIPES:
        value = None if computation is None else normalise(computation(), decimals)
        flag = ""
        if key.get((passage_id, index), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((passage_id, index), 'missing')!r}"
        print(f"{passage_id} #{index}: {value!r}{flag}")
    extra = set(key) - {(p, i) for p, i, _, _ in RECIPES}
    mismatches += len(extra)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
