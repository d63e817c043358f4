"""Recompute every computed_value in key.jsonl from the CSV files of the bundled market data.

Usage:  python reference.py DATA_DIR [key.jsonl]

Each entry of RECIPES is (passage_id, claim_index, decimals, computation). The computation is a
plain call of one of the helper functions below, evaluated on the CSV files in DATA_DIR; None
means the key has no computed value for that claim (the series is not in the files, or the
statement is a forecast, opinion or generic). The script prints every value and exits 1 if any
entry differs from key.jsonl. Needs pandas.
"""
import json
import sys
from pathlib import Path

import pandas as pd

DATA = Path("data")  # set from the command line in main()
_cache = {}


def prices(ticker):
    if ticker not in _cache:
        _cache[ticker] = pd.read_csv(DATA / f"{ticker}.csv", parse_dates=["date"]).set_index("date")
    return _cache[ticker]


def rate(series):
    if series not in _cache:
        _cache[series] = pd.read_csv(DATA / f"{series}.csv", parse_dates=["date"]).set_index("date")["value"]
    return _cache[series]


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


def intraday_change(ticker, d, extreme="high"):
    """Session extreme (high or low) minus the previous close."""
    return close(ticker, d, extreme) - close(ticker, prev_session(ticker, d))


def session_range_pct_vs(ticker, d, base_date):
    """(low, high, close) of session d as % change from the close on base_date."""
    b = close(ticker, base_date)
    return [round((close(ticker, d, f) / b - 1) * 100, 2) for f in ("low", "high", "close")]


def ret(ticker, start, end):
    """% change from the close on `start` to the close on `end`."""
    return (close(ticker, end) / close(ticker, start) - 1) * 100


def points(ticker, start, end):
    return close(ticker, end) - close(ticker, start)


def last_close_before(ticker, d):
    s = col(ticker)
    return s[s.index < ts(d)].index[-1]


def ytd(ticker, d):
    return ret(ticker, last_close_before(ticker, f"{ts(d).year}-01-01"), d)


def wtd(ticker, d):
    """Close on d vs the last close of the previous calendar week."""
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return ret(ticker, last_close_before(ticker, monday), d)


def weekly_returns(ticker):
    w = col(ticker).resample("W-FRI").last()
    return (w.pct_change() * 100).dropna()


def week_sessions(ticker):
    return col(ticker).resample("W-FRI").count()


def last_week_as_big(ticker, friday, sessions=None):
    """Last earlier week (Friday-ending) with a % gain at least as large; optionally only weeks of `sessions` sessions."""
    w = weekly_returns(ticker)
    v = w.loc[ts(friday)]
    p = w[w.index < ts(friday)]
    if sessions:
        n = week_sessions(ticker).reindex(p.index)
        p = p[n == sessions]
    return p[p >= v].index[-1].date().isoformat()


def consecutive_weeks(ticker, friday, up=True):
    """Number of consecutive Friday-ending weeks up (or down) ending at `friday`."""
    w = weekly_returns(ticker)
    w = w[w.index <= ts(friday)]
    n = 0
    for v in w.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def weeks_up_in_year(ticker, friday):
    """Weeks ending in the calendar year of `friday`, up to it, with a gain."""
    w = weekly_returns(ticker)
    w = w[(w.index.year == ts(friday).year) & (w.index <= ts(friday))]
    return int((w > 0).sum())


def quarterly_returns(ticker):
    q = col(ticker).resample("QE").last()
    return (q.pct_change() * 100).dropna()


def daily_moves(ticker, kind="pct"):
    s = col(ticker)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def move_rank(ticker, d, kind="pct", down=True):
    """Rank of the move on d among all daily moves in the file up to d (1 = most extreme)."""
    m = daily_moves(ticker, kind)
    m = m[m.index <= ts(d)]
    v = m.loc[ts(d)]
    return int((m < v).sum() + 1) if down else int((m > v).sum() + 1)


def moves_at_least_as_big_since(ticker, d, start, kind="pts", down=True):
    """Count of daily moves from `start` up to the day before d at least as extreme as the move on d."""
    m = daily_moves(ticker, kind)
    v = m.loc[ts(d)]
    p = m[(m.index >= ts(start)) & (m.index < ts(d))]
    return int((p <= v).sum() if down else (p >= v).sum())


def last_move_as_big(ticker, d, kind="pct", down=True):
    m = daily_moves(ticker, kind)
    v = m.loc[ts(d)]
    p = m[m.index < ts(d)]
    hit = p[p <= v] if down else p[p >= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def highest_since(ticker, d, field="close"):
    s = col(ticker, field)
    v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & (s >= v)]
    return p.index[-1].date().isoformat() if len(p) else "none (record)"


def lowest_since(ticker, d, field="close"):
    s = col(ticker, field)
    v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & (s <= v)]
    return p.index[-1].date().isoformat() if len(p) else "none (record low)"


def level_since(series, d, value, above=True):
    """Last date before d on which `series` was >= value (above) or <= value."""
    s = series[series.index < ts(d)]
    hit = s[s >= value] if above else s[s <= value]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def first_at_or_above(series, level):
    return series[series >= level].index[0].date().isoformat()


def record_before(ticker, d, field="close"):
    s = col(ticker, field)
    s = s[s.index < ts(d)]
    return s.idxmax().date().isoformat(), float(s.max())


def is_record(ticker, d, field="close"):
    return close(ticker, d, field) > record_before(ticker, d, field)[1]


def pct_below(ticker, d, ref_value, field="close"):
    return (1 - close(ticker, d, field) / ref_value) * 100


def low_of(ticker, start, end, field="close"):
    s = col(ticker, field)[ts(start):ts(end)]
    return s.idxmin().date().isoformat(), float(s.min())


def high_of(ticker, start, end, field="close"):
    s = col(ticker, field)[ts(start):ts(end)]
    return s.idxmax().date().isoformat(), float(s.max())


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


def streak_lengths(ticker, up=True):
    m = daily_moves(ticker, "pts")
    hit = (m > 0) if up else (m < 0)
    return hit.astype(int).groupby((~hit).cumsum()).cumsum()


def last_streak_at_least(ticker, before, n, up=True):
    """Last session before `before` on which an up (down) streak reached n days."""
    s = streak_lengths(ticker, up)
    p = s[(s.index < ts(before)) & (s >= n)]
    return p.index[-1].date().isoformat()


def streaks_reaching(ticker, start, end, n, up=True):
    """Number of up (down) streaks that reached n days between start and end."""
    s = streak_lengths(ticker, up)[ts(start):ts(end)]
    return int((s == n).sum())


def sessions_between(ticker, a, b):
    s = col(ticker)
    return int(s.index.get_loc(ts(b)) - s.index.get_loc(ts(a)))


def crossings_above(ticker, level, end, start=None):
    """Closes above `level` after a close below it, up to `end`."""
    s = col(ticker)
    x = (s > level) & (s.shift(1) < level)
    x = x[:ts(end)]
    if start:
        x = x[ts(start):]
    return int(x.sum())


def days_above(ticker, level, start, end):
    s = col(ticker)[ts(start):ts(end)]
    return int((s > level).sum()), int(len(s))


def rate_on(series, d):
    return float(rate(series).loc[ts(d)])


def fed_target_change_bp(d):
    """Change of DFEDTAR on d (effective date) in basis points."""
    r = rate("DFEDTAR")
    return round((r.loc[ts(d)] - r.loc[ts(d) - pd.Timedelta(days=1)]) * 100)


RECIPES = [
    # (passage_id, claim_index, decimals, computation) -- GENERATED by build.py
    ('kitsapsun_20010419_fed_surprise_cut', 0, 2, "intraday_change('DJI','2001-04-18','high')"),
    ('kitsapsun_20010419_fed_surprise_cut', 1, 2, "[close('IXIC','2001-04-17') < 2000, close('IXIC','2001-04-18') > 2000]"),
    ('kitsapsun_20010419_fed_surprise_cut', 2, 0, "fed_target_change_bp('2001-04-18')"),
    ('kitsapsun_20010419_fed_surprise_cut', 3, 2, "point_change('DJI','2001-04-18')"),
    ('kitsapsun_20010419_fed_surprise_cut', 4, 2, "pct_change('DJI','2001-04-18')"),
    ('kitsapsun_20010419_fed_surprise_cut', 5, 2, "close('DJI','2001-04-18')"),
    ('kitsapsun_20010419_fed_surprise_cut', 6, 0, "move_rank('DJI','2001-04-18','pts',down=False)"),
    ('kitsapsun_20010419_fed_surprise_cut', 7, 2, "point_change('IXIC','2001-04-18')"),
    ('kitsapsun_20010419_fed_surprise_cut', 8, 2, "pct_change('IXIC','2001-04-18')"),
    ('kitsapsun_20010419_fed_surprise_cut', 9, 2, "close('IXIC','2001-04-18')"),
    ('kitsapsun_20010419_fed_surprise_cut', 10, 2, "level_since(col('IXIC','high'), '2001-04-18', 2000)"),
    ('kitsapsun_20010419_fed_surprise_cut', 11, 0, "move_rank('IXIC','2001-04-18','pct',down=False)"),
    ('kitsapsun_20010419_fed_surprise_cut', 12, 0, "streak('IXIC','2001-04-12')"),
    ('kitsapsun_20010419_fed_surprise_cut', 13, 2, "last_streak_at_least('IXIC','2001-04-09',4)"),
    ('kitsapsun_20010419_fed_surprise_cut', 14, 2, "[round(quarterly_returns('GSPC').loc['2001-03-31'], 2), [d.date().isoformat() for d, v in quarterly_returns('GSPC').items() if d.month == 3 and d.year < 2001 and v <= quarterly_returns('GSPC').loc['2001-03-31']]]"),
    ('kitsapsun_20010419_fed_surprise_cut', 15, 2, "[round(pct_below('DJI','2001-03-22', record_before('DJI','2001-03-22')[1], 'low'), 2), round(pct_below('DJI','2001-03-22', record_before('DJI','2001-03-22')[1]), 2)]"),
    ('cnbc_20080926_small_caps_falling', 0, 2, "[round(ytd('RUT','2008-09-25'), 2), round(ytd('DJI','2008-09-25'), 2), round(ytd('GSPC','2008-09-25'), 2)]"),
    ('cnbc_20080926_small_caps_falling', 1, 2, "[round(wtd('RUT','2008-09-25'), 2), round(wtd('DJI','2008-09-25'), 2), round(wtd('GSPC','2008-09-25'), 2)]"),
    ('cnbc_20080926_small_caps_falling', 2, 2, None),
    ('cnbc_20080926_small_caps_falling', 3, 2, "ytd('DJI','2008-09-25')"),
    ('cnbc_20080926_small_caps_falling', 4, 2, "ytd('GSPC','2008-09-25')"),
    ('cnbc_20080926_small_caps_falling', 5, 2, "ytd('IXIC','2008-09-25')"),
    ('cnbc_20080926_small_caps_falling', 6, 2, "ytd('RUT','2008-09-25')"),
    ('cnbc_20080926_small_caps_falling', 7, 2, "[round((close('RUT','2008-09-26','open') / close('RUT','2008-09-19') - 1) * 100, 2), session_range_pct_vs('RUT','2008-09-26','2008-09-19')]"),
    ('cnbc_20080926_small_caps_falling', 8, 2, None),
    ('cnbc_20080926_small_caps_falling', 9, 2, None),
    ('washtimes_20090303_dow_below_7000', 0, 2, "[level_since(col('DJI'), '2009-03-02', 7000, above=False), level_since(col('DJI','low'), '2009-03-02', 7000, above=False)]"),
    ('washtimes_20090303_dow_below_7000', 1, 2, "point_change('DJI','2009-03-02')"),
    ('washtimes_20090303_dow_below_7000', 2, 0, "moves_at_least_as_big_since('DJI','2009-03-02','2008-09-01','pts')"),
    ('washtimes_20090303_dow_below_7000', 3, 2, "pct_below('DJI','2009-03-02', record_before('DJI','2009-03-02')[1])"),
    ('washtimes_20090303_dow_below_7000', 4, 2, "record_before('DJI','2009-03-02')"),
    ('washtimes_20090303_dow_below_7000', 5, 2, None),
    ('washtimes_20090303_dow_below_7000', 6, 2, None),
    ('washtimes_20090303_dow_below_7000', 7, 2, "point_change('DJI','2009-03-02')"),
    ('washtimes_20090303_dow_below_7000', 8, 2, "pct_change('DJI','2009-03-02')"),
    ('washtimes_20090303_dow_below_7000', 9, 2, "close('DJI','2009-03-02')"),
    ('washtimes_20090303_dow_below_7000', 10, 2, "level_since(col('DJI'), '2009-03-02', 7000, above=False)"),
    ('washtimes_20090303_dow_below_7000', 11, 2, "lowest_since('DJI','2009-03-02')"),
    ('washtimes_20090303_dow_below_7000', 12, 0, "sessions_between('DJI', level_since(col('DJI'), '2009-03-02', 8000), '2009-03-02')"),
    ('washtimes_20090303_dow_below_7000', 13, 2, "ytd('DJI','2009-03-02')"),
    ('echelonwealth_20100323_small_cap_rally', 0, 2, "ret('GSPC','2009-03-09','2010-03-22')"),
    ('echelonwealth_20100323_small_cap_rally', 1, 2, "ret('DJI','2009-03-09','2010-03-22')"),
    ('echelonwealth_20100323_small_cap_rally', 2, 2, None),
    ('echelonwealth_20100323_small_cap_rally', 3, 2, "low_of('RUT','2007-01-01','2010-03-22')"),
    ('echelonwealth_20100323_small_cap_rally', 4, 2, "close('RUT','2009-03-09')"),
    ('echelonwealth_20100323_small_cap_rally', 5, 2, "close('RUT','2010-03-22')"),
    ('echelonwealth_20100323_small_cap_rally', 6, 2, "ret('RUT','2009-03-09','2010-03-22')"),
    ('echelonwealth_20100323_small_cap_rally', 7, 2, None),
    ('cnbc_20100212_weekly_stats_second_gain', 0, 0, "[consecutive_weeks(t, '2010-02-05', up=False) for t in ('DJI','GSPC','IXIC')]"),
    ('cnbc_20100212_weekly_stats_second_gain', 1, 2, "weekly_returns('IXIC').loc['2010-02-12']"),
    ('cnbc_20100212_weekly_stats_second_gain', 2, 2, "[close('DJI','2010-02-08'), lowest_since('DJI','2010-02-08')]"),
    ('cnbc_20100212_weekly_stats_second_gain', 3, 0, "[weeks_up_in_year(t, '2010-02-12') for t in ('DJI','GSPC','IXIC')]"),
    ('cnbc_20100212_weekly_stats_second_gain', 4, 2, None),
    ('cnbc_20100212_weekly_stats_second_gain', 5, 2, "close('DJI','2010-02-12') - high_of('DJI','2010-01-01','2010-02-12')[1]"),
    ('cnbc_20100212_weekly_stats_second_gain', 6, 2, "ret('DJI','2010-01-19','2010-02-12')"),
    ('cnbc_20100212_weekly_stats_second_gain', 7, 2, "high_of('DJI','2010-01-01','2010-02-12')"),
    ('cnbc_20100212_weekly_stats_second_gain', 8, 2, "highest_since('DJI','2010-01-19')"),
    ('cnbc_20100212_weekly_stats_second_gain', 9, 2, "close('GSPC','2010-02-12') - high_of('GSPC','2010-01-01','2010-02-12')[1]"),
    ('cnbc_20100212_weekly_stats_second_gain', 10, 2, "ret('GSPC','2010-01-19','2010-02-12')"),
    ('cnbc_20100212_weekly_stats_second_gain', 11, 2, "high_of('GSPC','2010-01-01','2010-02-12')"),
    ('cnbc_20100212_weekly_stats_second_gain', 12, 2, "close('IXIC','2010-02-12') - high_of('IXIC','2010-01-01','2010-02-12')[1]"),
    ('cnbc_20100212_weekly_stats_second_gain', 13, 2, "ret('IXIC','2010-01-19','2010-02-12')"),
    ('cnbc_20100212_weekly_stats_second_gain', 14, 2, "high_of('IXIC','2010-01-01','2010-02-12')"),
    ('cnbc_20100212_weekly_stats_second_gain', 15, 2, "highest_since('IXIC','2010-01-19')"),
    ('cnbc_20100212_weekly_stats_second_gain', 16, 2, "ret('IXIC', low_of('IXIC','2009-01-01','2009-12-31')[0], '2010-02-12')"),
    ('cnbc_20100212_weekly_stats_second_gain', 17, 2, "ret('GSPC', low_of('GSPC','2009-01-01','2009-12-31')[0], '2010-02-12')"),
    ('cnbc_20100212_weekly_stats_second_gain', 18, 2, "ret('DJI', low_of('DJI','2009-01-01','2009-12-31')[0], '2010-02-12')"),
    ('scotsman_20100413_dow_above_11000', 0, 2, "level_since(col('DJI'), '2010-04-12', 11000)"),
    ('scotsman_20100413_dow_above_11000', 1, 2, "1200 - close('GSPC','2010-04-12','high')"),
    ('scotsman_20100413_dow_above_11000', 2, 2, "close('GSPC','2010-04-12') < 1200"),
    ('scotsman_20100413_dow_above_11000', 3, 2, None),
    ('scotsman_20100413_dow_above_11000', 4, 2, None),
    ('scotsman_20100413_dow_above_11000', 5, 2, "low_of('GSPC','2008-01-01','2010-04-12')"),
    ('scotsman_20100413_dow_above_11000', 6, 2, "[highest_since(t, '2010-04-12') for t in ('DJI','GSPC','IXIC')]"),
    ('scotsman_20100413_dow_above_11000', 7, 2, "point_change('DJI','2010-04-12')"),
    ('scotsman_20100413_dow_above_11000', 8, 2, "pct_change('DJI','2010-04-12')"),
    ('scotsman_20100413_dow_above_11000', 9, 2, "close('DJI','2010-04-12')"),
    ('scotsman_20100413_dow_above_11000', 10, 2, "point_change('GSPC','2010-04-12')"),
    ('scotsman_20100413_dow_above_11000', 11, 2, "pct_change('GSPC','2010-04-12')"),
    ('scotsman_20100413_dow_above_11000', 12, 2, "close('GSPC','2010-04-12')"),
    ('scotsman_20100413_dow_above_11000', 13, 2, "point_change('IXIC','2010-04-12')"),
    ('scotsman_20100413_dow_above_11000', 14, 2, "pct_change('IXIC','2010-04-12')"),
    ('scotsman_20100413_dow_above_11000', 15, 2, "close('IXIC','2010-04-12')"),
    ('cnbc_20100709_best_week_since_july_2009', 0, 2, "points('DJI','2010-07-02','2010-07-09')"),
    ('cnbc_20100709_best_week_since_july_2009', 1, 2, "weekly_returns('DJI').loc['2010-07-09']"),
    ('cnbc_20100709_best_week_since_july_2009', 2, 2, "last_week_as_big('DJI','2010-07-09')"),
    ('cnbc_20100709_best_week_since_july_2009', 3, 2, "last_week_as_big('DJI','2010-07-09', sessions=4)"),
    ('cnbc_20100709_best_week_since_july_2009', 4, 2, "weekly_returns('DJI').loc['2009-01-02']"),
    ('cnbc_20100709_best_week_since_july_2009', 5, 2, "point_change('DJI','2010-07-07')"),
    ('cnbc_20100709_best_week_since_july_2009', 6, 2, "pct_change('DJI','2010-07-07')"),
    ('cnbc_20100709_best_week_since_july_2009', 7, 2, "close('DJI','2010-07-07')"),
    ('cnbc_20100709_best_week_since_july_2009', 8, 2, "last_move_as_big('DJI','2010-07-07', down=False)"),
    ('cnbc_20100709_best_week_since_july_2009', 9, 2, "pct_change('DJI','2010-05-27')"),
    ('cnbc_20100709_best_week_since_july_2009', 10, 0, "crossings_above('DJI', 10000, '2010-07-09')"),
    ('cnbc_20100709_best_week_since_july_2009', 11, 0, "crossings_above('DJI', 10000, '2010-07-09', start='2010-01-01')"),
    ('cnbc_20100709_best_week_since_july_2009', 12, 2, "days_above('DJI', 10000, '2010-01-01', '2010-07-09')[0] / days_above('DJI', 10000, '2010-01-01', '2010-07-09')[1] * 100"),
    ('cnbc_20100709_best_week_since_july_2009', 13, 2, "days_above('DJI', 10000, '2010-01-01', '2010-07-09')"),
    ('cnbc_20100709_best_week_since_july_2009', 14, 0, "streak('DJI','2010-07-09')"),
    ('cnbc_20100709_best_week_since_july_2009', 15, 2, "close('DJI','2010-07-09')"),
    ('cnbc_20100709_best_week_since_july_2009', 16, 0, "streaks_reaching('DJI','2010-01-01','2010-07-09',4)"),
    ('cnbc_20100709_best_week_since_july_2009', 17, 2, "close('DJI','2010-07-09') - high_of('DJI','2010-01-01','2010-07-09')[1]"),
    ('cnbc_20100709_best_week_since_july_2009', 18, 2, "ret('DJI','2010-04-26','2010-07-09')"),
    ('cnbc_20100709_best_week_since_july_2009', 19, 2, "high_of('DJI','2010-01-01','2010-07-09')"),
    ('cnbc_20100709_best_week_since_july_2009', 20, 2, "points('GSPC','2010-07-02','2010-07-09')"),
    ('cnbc_20100709_best_week_since_july_2009', 21, 2, "weekly_returns('GSPC').loc['2010-07-09']"),
    ('cnbc_20100709_best_week_since_july_2009', 22, 2, "last_week_as_big('GSPC','2010-07-09')"),
    ('cnbc_20100709_best_week_since_july_2009', 23, 2, "weekly_returns('GSPC').loc['2009-07-17']"),
    ('marketwire_20100928_russell_decade_small_caps', 0, 2, None),
    ('marketwire_20100928_russell_decade_small_caps', 1, 2, "ret('RUT','2000-09-22','2010-09-24')"),
    ('marketwire_20100928_russell_decade_small_caps', 2, 2, None),
    ('marketwire_20100928_russell_decade_small_caps', 3, 2, None),
    ('marketwire_20100928_russell_decade_small_caps', 4, 2, "[close('RUT','2000-09-22'), close('RUT','2010-09-24')]"),
    ('bloombergview_20110804_vix_highest_in_a_year', 0, 2, "level_since(rate('DGS10'), '2011-08-04', rate_on('DGS10','2011-08-04'), above=False)"),
    ('bloombergview_20110804_vix_highest_in_a_year', 1, 2, None),
    ('bloombergview_20110804_vix_highest_in_a_year', 2, 2, "highest_since('VIX','2011-08-04')"),
    ('bloombergview_20110804_vix_highest_in_a_year', 3, 2, "close('VIX','2011-08-04')"),
    ('bloombergview_20110804_vix_highest_in_a_year', 4, 2, "pct_change('VIX','2011-08-04')"),
    ('bloombergview_20110804_vix_highest_in_a_year', 5, 2, "highest_since('VIX','2011-08-04')"),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 0, 2, "highest_since('DJI','2012-05-01')"),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 1, 2, None),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 2, 2, "pct_change('GSPC','2012-05-01')"),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 3, 2, "close('GSPC','2012-05-01')"),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 4, 2, "highest_since('GSPC','2012-05-01')"),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 5, 2, "point_change('DJI','2012-05-01')"),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 6, 2, "pct_change('DJI','2012-05-01')"),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 7, 2, "close('DJI','2012-05-01')"),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 8, 2, "pct_change('RUT','2012-05-01')"),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 9, 2, "close('RUT','2012-05-01')"),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 10, 2, None),
    ('alipac_20120501_bloomberg_dow_highest_since_2007', 11, 2, None),
    ('seekingalpha_20121221_small_caps_catch_up', 0, 2, "[round(ytd('RUT','2012-12-21'), 2), round(ytd('GSPC','2012-12-21'), 2)]"),
    ('seekingalpha_20121221_small_caps_catch_up', 1, 2, "low_of('GSPC','2012-11-07','2012-12-21')"),
    ('seekingalpha_20121221_small_caps_catch_up', 2, 2, "ytd('RUT','2012-11-15') / ytd('GSPC','2012-11-15')"),
    ('seekingalpha_20121221_small_caps_catch_up', 3, 2, "session_range_pct_vs('RUT','2012-12-21','2011-12-30')"),
    ('seekingalpha_20121221_small_caps_catch_up', 4, 2, "session_range_pct_vs('GSPC','2012-12-21','2011-12-30')"),
    ('seekingalpha_20121221_small_caps_catch_up', 5, 2, "ret('RUT','2009-03-09','2012-12-21')"),
    ('seekingalpha_20121221_small_caps_catch_up', 6, 2, "ret('GSPC','2009-03-09','2012-12-21')"),
    ('inquisitr_20130201_dow_closes_over_14000', 0, 2, "level_since(col('DJI'), '2013-02-01', 14000)"),
    ('inquisitr_20130201_dow_closes_over_14000', 1, 2, None),
    ('inquisitr_20130201_dow_closes_over_14000', 2, 2, "close('DJI','2013-02-01')"),
    ('inquisitr_20130201_dow_closes_over_14000', 3, 2, "[round(point_change('DJI','2013-02-01'), 2), round(close('DJI','2013-02-01') - close('DJI','2013-02-01','open'), 2)]"),
    ('inquisitr_20130201_dow_closes_over_14000', 4, 2, "record_before('DJI','2013-02-01')[1] - close('DJI','2013-02-01')"),
    ('inquisitr_20130201_dow_closes_over_14000', 5, 2, "record_before('DJI','2013-02-01')"),
    ('inquisitr_20130201_dow_closes_over_14000', 6, 2, "[last_move_as_big(t, '2013-02-01', down=False) for t in ('DJI','GSPC','IXIC')]"),
    ('inquisitr_20130201_dow_closes_over_14000', 7, 2, "close('DJI','2013-02-01','high')"),
    ('inquisitr_20130201_dow_closes_over_14000', 8, 2, None),
    ('inquirer_20130511_small_was_beautiful', 0, 2, "first_at_or_above(col('DJI'), 15000)"),
    ('inquirer_20130511_small_was_beautiful', 1, 2, "days_above('DJI', 15000, '2013-05-08', '2013-05-10')"),
    ('inquirer_20130511_small_was_beautiful', 2, 2, "weekly_returns('RUT').loc['2013-05-10']"),
    ('inquirer_20130511_small_was_beautiful', 3, 2, "weekly_returns('RUT').loc['2013-05-10'] / weekly_returns('DJI').loc['2013-05-10']"),
    ('inquirer_20130511_small_was_beautiful', 4, 2, None),
    ('inquirer_20130511_small_was_beautiful', 5, 2, "point_change('DJI','2013-05-10')"),
    ('inquirer_20130511_small_was_beautiful', 6, 2, "close('DJI','2013-05-10')"),
    ('inquirer_20130511_small_was_beautiful', 7, 2, "pct_change('DJI','2013-05-10')"),
    ('inquirer_20130511_small_was_beautiful', 8, 2, "pct_change('RUT','2013-05-10')"),
    ('inquirer_20130511_small_was_beautiful', 9, 2, "point_change('RUT','2013-05-10')"),
    ('inquirer_20130511_small_was_beautiful', 10, 2, "close('RUT','2013-05-10')"),
    ('inquirer_20130511_small_was_beautiful', 11, 2, "[is_record(t, '2013-05-10') for t in ('DJI','RUT','GSPC')]"),
    ('inquirer_20130511_small_was_beautiful', 12, 0, "[consecutive_weeks(t, '2013-05-10') for t in ('DJI','RUT','GSPC')]"),
    ('denverpost_20130520_russell_tops_1000', 0, 2, "first_at_or_above(col('RUT','high'), 1000)"),
    ('denverpost_20130520_russell_tops_1000', 1, 2, "point_change('RUT','2013-05-20') > 0"),
    ('denverpost_20130520_russell_tops_1000', 2, 2, "[point_change(t, '2013-05-20') < 0 for t in ('DJI','GSPC','IXIC')]"),
    ('denverpost_20130520_russell_tops_1000', 3, 2, None),
    ('denverpost_20130520_russell_tops_1000', 4, 2, "[is_record(t, '2013-05-17') for t in ('DJI','GSPC')]"),
    ('denverpost_20130520_russell_tops_1000', 5, 2, "point_change('RUT','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 6, 2, "pct_change('RUT','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 7, 2, "close('RUT','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 8, 2, "close('RUT','2013-05-20','high')"),
    ('denverpost_20130520_russell_tops_1000', 9, 2, "point_change('DJI','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 10, 2, "pct_change('DJI','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 11, 2, "close('DJI','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 12, 2, "ytd('DJI','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 13, 2, "point_change('GSPC','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 14, 2, "pct_change('GSPC','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 15, 2, "close('GSPC','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 16, 2, "ytd('GSPC','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 17, 2, "point_change('IXIC','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 18, 2, "pct_change('IXIC','2013-05-20')"),
    ('denverpost_20130520_russell_tops_1000', 19, 2, "close('IXIC','2013-05-20')"),
    ('businessinsider_20130716_russell_ytd_returns', 0, 2, "[round(ytd('GSPC','2013-07-12'), 2), round(ytd('GSPC','2013-07-15'), 2)]"),
    ('businessinsider_20130716_russell_ytd_returns', 1, 2, "[round(ytd('RUT','2013-07-12'), 2), round(ytd('RUT','2013-07-15'), 2)]"),
    ('businessinsider_20130716_russell_ytd_returns', 2, 2, None),
    ('businessinsider_20130716_russell_ytd_returns', 3, 2, None),
    ('businessinsider_20130716_russell_ytd_returns', 4, 2, None),
    ('businessinsider_20130716_russell_ytd_returns', 5, 2, None),
    ('businessinsider_20130716_russell_ytd_returns', 6, 2, None),
    ('businessinsider_20130716_russell_ytd_returns', 7, 2, None),
    ('famag_200907_small_caps_q2_surge', 0, 2, "quarterly_returns('RUT').loc['2009-06-30']"),
    ('famag_200907_small_caps_q2_surge', 1, 2, "[round(v, 2) for v in quarterly_returns('RUT')['2008-06-30':'2009-03-31']]"),
    ('famag_200907_small_caps_q2_surge', 2, 2, None),
    ('famag_200907_small_caps_q2_surge', 3, 2, "ret('RUT','2008-12-31','2009-06-30')"),
    ('famag_200907_small_caps_q2_surge', 4, 2, "ret('RUT','2008-06-30','2009-06-30')"),
    ('famag_200907_small_caps_q2_surge', 5, 2, "((1 + ret('RUT','2006-06-30','2009-06-30') / 100) ** (1 / 3) - 1) * 100"),
    ('famag_200907_small_caps_q2_surge', 6, 2, None),
    ('famag_200907_small_caps_q2_surge', 7, 2, None),
]


def normalise(value, decimals):
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return round(value, decimals)
    if isinstance(value, (list, tuple)):
        return [normalise(v, decimals) for v in value]
    return value


def compute(expr):
    return None if expr is None else eval(expr)


def main():
    global DATA
    if len(sys.argv) < 2:
        sys.exit("usage: python reference.py DATA_DIR [key.jsonl]")
    DATA = Path(sys.argv[1])
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    mismatches = 0
    for pid, idx, dec, expr in RECIPES:
        value = normalise(compute(expr), dec)
        flag = ""
        if key.get((pid, idx), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((pid, idx), 'missing')!r}"
        print(f"{pid} #{idx}: {value!r}{flag}")
    extra = len(set(key) - {(p, i) for p, i, _, _ in RECIPES})
    mismatches += extra
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
