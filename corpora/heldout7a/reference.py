"""Recompute every computed_value in key.jsonl of the heldout7a corpus from the CSV files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]
        (or set CAPSCOPE_DATA_DIR and run: python reference.py)

Each entry of RECIPES is (passage_id, claim_index, decimals, expression). The expression is a
plain call of one of the helper functions below, evaluated over the CSV files of the data
directory; None means nothing in the files computes the claim (series not in the files, a
quote, a forecast or a conditional). The script prints every recomputed value, compares it
with key.jsonl and exits 1 on any mismatch. Needs pandas.
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


def prices(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _cache[t]


def rate(series):
    key = "rate:" + series
    if key not in _cache:
        _cache[key] = pd.read_csv(DATA / f"{series}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _cache[key]


def col(t, field="close"):
    return prices(t)[field].dropna()


def val(t, d, field="close"):
    return float(prices(t).loc[ts(d), field])


def prev_session(t, d):
    s = col(t)
    return s.index[s.index.get_loc(ts(d)) - 1]


def point_change(t, d):
    return val(t, d) - val(t, prev_session(t, d))


def pct_change(t, d):
    return (val(t, d) / val(t, prev_session(t, d)) - 1) * 100


def ret(t, a, b, field="close"):
    """% change from the close on session a to the close on session b."""
    return (val(t, b, field) / val(t, a, field) - 1) * 100


def points(t, a, b):
    return val(t, b) - val(t, a)


def last_close_before(t, d, field="close"):
    s = col(t, field)
    return s[s.index < ts(d)].index[-1]


def ytd(t, d, field="close"):
    return ret(t, last_close_before(t, f"{ts(d).year}-01-01", field), d, field)


def mtd(t, d, field="close"):
    return ret(t, last_close_before(t, ts(d).replace(day=1), field), d, field)


def qtd(t, d, field="close"):
    q0 = ts(d).replace(month=3 * ((ts(d).month - 1) // 3) + 1, day=1)
    return ret(t, last_close_before(t, q0, field), d, field)


def year_return(t, year, field="close"):
    a = last_close_before(t, f"{year}-01-01", field)
    b = last_close_before(t, f"{year + 1}-01-01", field)
    return ret(t, a, b, field)


def intraday_vs_prev(t, d, extreme="low"):
    """Session extreme minus the previous close (points)."""
    return val(t, d, extreme) - val(t, prev_session(t, d))


def session_range(t, d):
    return val(t, d, "high") - val(t, d, "low")


def record_before(t, d, field="close"):
    """(date, value) of the highest `field` strictly before d."""
    s = col(t, field)
    s = s[s.index < ts(d)]
    return [s.idxmax().date().isoformat(), round(float(s.max()), 2)]


def is_record(t, d, field="close"):
    return bool(val(t, d, field) > record_before(t, d, field)[1])


def first_close_above(t, level, after=None):
    s = col(t)
    if after:
        s = s[s.index > ts(after)]
    return s[s > level].index[0].date().isoformat()


def last_close_below_before(t, d, level):
    """Last session before d that closed below `level`."""
    s = col(t)
    s = s[(s.index < ts(d)) & (s < level)]
    return s.index[-1].date().isoformat() if len(s) else "none"


def lowest_since(t, d, field="close"):
    """Last earlier session whose close was <= the close on d."""
    s = col(t, field)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s <= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none (record low)"


def highest_since(t, d, field="close"):
    s = col(t, field)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s >= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none (record)"


def daily_moves(t, kind="pct"):
    s = col(t)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_move_as_big(t, d, kind="pct", down=True):
    """Last earlier session with a daily move at least as extreme as the move on d."""
    m = daily_moves(t, kind)
    v = m.loc[ts(d)]
    prior = m[m.index < ts(d)]
    hit = prior[prior <= v] if down else prior[prior >= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def move_rank(t, d, kind="pts", down=True):
    """Rank of the move on d among all daily moves in the file up to d (1 = most extreme)."""
    m = daily_moves(t, kind)
    m = m[m.index <= ts(d)]
    v = m.loc[ts(d)]
    return int((m < v).sum() + 1) if down else int((m > v).sum() + 1)


def streak(t, d, up=True):
    m = daily_moves(t, "pts")
    m = m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def pct_below(t, d, ref_value):
    """Distance (positive = below) of the close on d from a stated reference level."""
    return (1 - val(t, d) / ref_value) * 100


def drawdown_from_peak(t, peak_date, d, peak_field="close", field="close"):
    return (1 - val(t, d, field) / val(t, peak_date, peak_field)) * 100


def max_high_between(t, a, b):
    s = col(t, "high")[ts(a):ts(b)]
    return [s.idxmax().date().isoformat(), round(float(s.max()), 2)]


def max_drawdown(t, a, b, field="close"):
    s = col(t, field)[ts(a):ts(b)]
    return float(((s / s.cummax()) - 1).min() * 100)


def rolling_peak_drawdown(t, a, b):
    """Largest intraday fall (low vs highest earlier high) inside [a, b]."""
    df = prices(t)[ts(a):ts(b)]
    peak = df["high"].cummax()
    return float(((df["low"] / peak) - 1).min() * 100)


def vs_ma(t, d, n, field="close"):
    """% distance of the close on d from its n-session simple moving average."""
    s = col(t, field)
    ma = s.rolling(n).mean()
    return (s.loc[ts(d)] / ma.loc[ts(d)] - 1) * 100


def ema_break(t, a, b, n=200):
    """Sessions in [a, b] with a close below the n-session exponential moving average."""
    s = col(t)
    e = s.ewm(span=n, adjust=False).mean()
    w = (s < e)[ts(a):ts(b)]
    return int(w.sum())


def avg_volume(t, a, b):
    return float(prices(t)["volume"][ts(a):ts(b)].mean())


def avg_volume_prior(t, d, n):
    """Mean volume of the n sessions ending on d."""
    v = prices(t)["volume"].dropna()
    v = v[v.index <= ts(d)]
    return float(v.iloc[-n:].mean())


def rate_on(series, d):
    return float(rate(series).loc[ts(d)])


def rate_change_bp(series, a, b):
    return round((rate_on(series, b) - rate_on(series, a)) * 100, 1)


def rate_highest_since(series, d):
    """Last earlier date whose value was >= the value on d."""
    s = rate(series)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s >= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none"


def rate_lowest_since(series, d):
    s = rate(series)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s <= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none"


def fed_target(d):
    """Fed funds target (DFEDTAR to 2008-12-15, upper bound DFEDTARU after)."""
    d = ts(d)
    return float(rate("DFEDTARU").loc[d] if d >= ts("2008-12-16") else rate("DFEDTAR").loc[d])


def fed_lowest_since(d):
    """Last date before d with a target at or below the target on d (DFEDTAR)."""
    s = rate("DFEDTAR")
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s <= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none in file (starts " + s.index[0].date().isoformat() + ")"


def fed_last_change(d, up=True):
    """Last date before d on which the target was raised (or cut)."""
    s = rate("DFEDTAR")
    ch = s.diff()
    ch = ch[(ch.index < ts(d)) & ((ch > 0) if up else (ch < 0))]
    return ch.index[-1].date().isoformat()


def fed_biggest_move_since(d, size):
    """Last change of the target at least `size` points in absolute value before d."""
    s = rate("DFEDTAR")
    ch = s.diff()
    ch = ch[(ch.index < ts(d)) & (ch.abs() >= size)]
    return ch.index[-1].date().isoformat() if len(ch) else "none in file"


def fomc_unscheduled(a, b):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    m = m[(m.date >= ts(a)) & (m.date <= ts(b))]
    return [d.date().isoformat() for d, s in zip(m.date, m.scheduled) if str(s).lower() != "true"]


def next_fomc(after):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    m = m[m.date > ts(after)]
    return m.date.iloc[0].date().isoformat()


def max_drawdown_between(t, a, b):
    """Largest close-to-close decline from a running peak within [a, b] (negative %)."""
    return max_drawdown(t, a, b)


RECIPES = [
    # RECIPES-BEGIN
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 0, 2, "point_change('RUT','1999-12-29')"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 1, 2, "pct_change('RUT','1999-12-29')"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 2, 0, "int((daily_moves('RUT').loc['1999-01-01':'1999-12-29'] > daily_moves('RUT').loc['1999-12-29']).sum() + 1)"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 3, 2, "val('RUT','1999-12-29')"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 4, 2, "is_record('RUT','1999-12-29')"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 5, 2, "[is_record('DJI','1999-12-29'), is_record('GSPC','1999-12-29'), is_record('IXIC','1999-12-29')]"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 6, 2, "record_before('RUT','1999-12-29')"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 7, 2, "first_close_above('IXIC',4000)"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 8, 2, "first_close_above('IXIC',3000)"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 9, 2, "point_change('IXIC','1999-12-29')"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 10, 2, "pct_change('IXIC','1999-12-29')"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 11, 2, "val('IXIC','1999-12-29')"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 12, 2, "[ret('RUT','1999-03-31','1999-12-29'), ret('GSPC','1999-03-31','1999-12-29')]"),
    ('chicagotribune_19991230_rut_record_nasdaq_4000', 13, 2, "[ret('RUT','1994-03-31','1999-03-31'), ret('GSPC','1994-03-31','1999-03-31')]"),
    ('cbsnews_19980804_dow_300_small_caps', 0, 2, "point_change('DJI','1998-08-04')"),
    ('cbsnews_19980804_dow_300_small_caps', 1, 2, "pct_change('DJI','1998-08-04')"),
    ('cbsnews_19980804_dow_300_small_caps', 2, 2, "val('DJI','1998-08-04')"),
    ('cbsnews_19980804_dow_300_small_caps', 3, 0, "move_rank('DJI','1998-08-04','pts')"),
    ('cbsnews_19980804_dow_300_small_caps', 4, 2, "last_move_as_big('DJI','1998-08-04','pct')"),
    ('cbsnews_19980804_dow_300_small_caps', 5, 2, "pct_change('DJI','1997-10-27')"),
    ('cbsnews_19980804_dow_300_small_caps', 6, 2, "record_before('DJI','1998-08-04','high')"),
    ('cbsnews_19980804_dow_300_small_caps', 7, 2, "val('DJI','1998-08-04') - val('DJI','1998-07-20','high')"),
    ('cbsnews_19980804_dow_300_small_caps', 8, 2, "drawdown_from_peak('DJI','1998-07-20','1998-08-04','high')"),
    ('cbsnews_19980804_dow_300_small_caps', 9, 2, None),
    ('cbsnews_19980804_dow_300_small_caps', 10, 2, None),
    ('cbsnews_19980804_dow_300_small_caps', 11, 2, None),
    ('cbsnews_19980804_dow_300_small_caps', 12, 2, None),
    ('cbsnews_19980804_dow_300_small_caps', 13, 2, "[pct_change('RUT','1998-08-04'), pct_change('DJI','1998-08-04'), pct_change('GSPC','1998-08-04')]"),
    ('cbsnews_19980804_dow_300_small_caps', 14, 2, "(1 - val('RUT','1998-08-04','low') / val('RUT','1998-04-22','high')) * 100"),
    ('cbsnews_19980804_dow_300_small_caps', 15, 2, "max_high_between('RUT','1998-01-01','1998-08-04')"),
    ('cbsnews_19980804_dow_300_small_caps', 16, 2, "[rolling_peak_drawdown('RUT','1992-01-01','1992-12-31'), rolling_peak_drawdown('RUT','1996-01-01','1996-12-31')]"),
    ('cbsnews_19980804_dow_300_small_caps', 17, 2, None),
    ('starbulletin_20000504_ap_mixed_close_yields', 0, 2, None),
    ('starbulletin_20000504_ap_mixed_close_yields', 1, 2, "point_change('DJI','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 2, 2, "val('DJI','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 3, 2, "point_change('IXIC','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 4, 2, "val('IXIC','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 5, 2, "point_change('GSPC','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 6, 2, "val('GSPC','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 7, 2, None),
    ('starbulletin_20000504_ap_mixed_close_yields', 8, 2, "point_change('RUT','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 9, 2, "pct_change('RUT','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 10, 2, "val('RUT','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 11, 2, None),
    ('starbulletin_20000504_ap_mixed_close_yields', 12, 1, "rate_change_bp('DGS10','2000-05-03','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 13, 2, "rate_on('DGS10','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 14, 2, "rate_highest_since('DGS10','2000-05-04')"),
    ('starbulletin_20000504_ap_mixed_close_yields', 15, 2, "[rate_on('DGS2','2000-05-04'), rate_highest_since('DGS2','2000-05-04')]"),
    ('starbulletin_20000504_ap_mixed_close_yields', 16, 2, "next_fomc('2000-05-04')"),
    ('chicagotribune_20030613_cautious_advance', 0, 1, "rate_change_bp('DGS10','2003-06-11','2003-06-12')"),
    ('chicagotribune_20030613_cautious_advance', 1, 2, None),
    ('chicagotribune_20030613_cautious_advance', 2, 2, "point_change('DJI','2003-06-12')"),
    ('chicagotribune_20030613_cautious_advance', 3, 2, "val('DJI','2003-06-12')"),
    ('chicagotribune_20030613_cautious_advance', 4, 2, "point_change('GSPC','2003-06-12')"),
    ('chicagotribune_20030613_cautious_advance', 5, 2, "val('GSPC','2003-06-12')"),
    ('chicagotribune_20030613_cautious_advance', 6, 2, "val('DJI','2003-06-12','high')"),
    ('chicagotribune_20030613_cautious_advance', 7, 2, "val('GSPC','2003-06-12','high')"),
    ('chicagotribune_20030613_cautious_advance', 8, 2, "point_change('IXIC','2003-06-12')"),
    ('chicagotribune_20030613_cautious_advance', 9, 2, "val('IXIC','2003-06-12')"),
    ('chicagotribune_20030613_cautious_advance', 10, 2, "point_change('RUT','2003-06-12')"),
    ('chicagotribune_20030613_cautious_advance', 11, 2, "val('RUT','2003-06-12')"),
    ('foxnews_20040630_fed_first_hike', 0, 2, "point_change('DJI','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 1, 2, "pct_change('DJI','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 2, 2, "val('DJI','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 3, 2, "session_range('DJI','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 4, 2, "val('DJI','2004-06-30','high')"),
    ('foxnews_20040630_fed_first_hike', 5, 2, "val('DJI','2004-06-30','low')"),
    ('foxnews_20040630_fed_first_hike', 6, 2, "point_change('GSPC','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 7, 2, "pct_change('GSPC','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 8, 2, "val('GSPC','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 9, 2, "point_change('IXIC','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 10, 2, "pct_change('IXIC','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 11, 2, "val('IXIC','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 12, 2, "mtd('DJI','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 13, 2, "mtd('GSPC','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 14, 2, "mtd('IXIC','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 15, 2, "qtd('DJI','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 16, 2, "qtd('GSPC','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 17, 2, "qtd('IXIC','2004-06-30')"),
    ('foxnews_20040630_fed_first_hike', 18, 2, "fed_last_change('2004-06-30', up=True)"),
    ('foxnews_20040630_fed_first_hike', 19, 2, "fed_target('2004-07-01')"),
    ('foxnews_20040630_fed_first_hike', 20, 2, "fed_target('2004-06-29')"),
    ('foxnews_20040630_fed_first_hike', 21, 2, "fed_lowest_since('2004-06-29')"),
    ('foxnews_20040630_fed_first_hike', 22, 2, None),
    ('foxnews_20040630_fed_first_hike', 23, 2, "next_fomc('2004-06-30')"),
    ('honoluluadvertiser_20050630_traders_wait_fed', 0, 2, None),
    ('honoluluadvertiser_20050630_traders_wait_fed', 1, 2, None),
    ('honoluluadvertiser_20050630_traders_wait_fed', 2, 2, None),
    ('honoluluadvertiser_20050630_traders_wait_fed', 3, 2, None),
    ('honoluluadvertiser_20050630_traders_wait_fed', 4, 2, "next_fomc('2005-06-29')"),
    ('honoluluadvertiser_20050630_traders_wait_fed', 5, 2, "point_change('DJI','2005-06-29')"),
    ('honoluluadvertiser_20050630_traders_wait_fed', 6, 2, "pct_change('DJI','2005-06-29')"),
    ('honoluluadvertiser_20050630_traders_wait_fed', 7, 2, "val('DJI','2005-06-29')"),
    ('honoluluadvertiser_20050630_traders_wait_fed', 8, 2, None),
    ('honoluluadvertiser_20050630_traders_wait_fed', 9, 2, None),
    ('honoluluadvertiser_20050630_traders_wait_fed', 10, 2, None),
    ('mjperry_20070531_sp500_record_nasdaq', 0, 2, "is_record('GSPC','2007-05-30')"),
    ('mjperry_20070531_sp500_record_nasdaq', 1, 2, "round((ts('2007-05-30') - ts(record_before('GSPC','2007-05-30')[0])).days / 365.25, 2)"),
    ('mjperry_20070531_sp500_record_nasdaq', 2, 2, "record_before('GSPC','2007-05-30')"),
    ('mjperry_20070531_sp500_record_nasdaq', 3, 2, "record_before('GSPC','2007-05-30')"),
    ('mjperry_20070531_sp500_record_nasdaq', 4, 2, "val('IXIC','2007-05-30')"),
    ('mjperry_20070531_sp500_record_nasdaq', 5, 2, "highest_since('IXIC','2007-05-30')"),
    ('mjperry_20070531_sp500_record_nasdaq', 6, 2, "ytd('IXIC','2007-05-30')"),
    ('mjperry_20070531_sp500_record_nasdaq', 7, 2, "record_before('IXIC','2007-05-30')[1] - val('IXIC','2007-05-30')"),
    ('mjperry_20070531_sp500_record_nasdaq', 8, 2, "record_before('IXIC','2007-05-30')"),
    ('mjperry_20070531_sp500_record_nasdaq', 9, 2, "record_before('IXIC','2007-05-30')"),
    ('mjperry_20070531_sp500_record_nasdaq', 10, 2, "(record_before('IXIC','2007-05-30')[1] / val('IXIC','2007-05-30') - 1) * 100"),
    ('timesleader_20080123_emergency_cut', 0, 2, "intraday_vs_prev('DJI','2008-01-22','low')"),
    ('timesleader_20080123_emergency_cut', 1, 2, "point_change('DJI','2008-01-22')"),
    ('timesleader_20080123_emergency_cut', 2, 2, "pct_change('DJI','2008-01-22')"),
    ('timesleader_20080123_emergency_cut', 3, 2, None),
    ('timesleader_20080123_emergency_cut', 4, 2, "fed_target('2008-01-22') - fed_target('2008-01-21')"),
    ('timesleader_20080123_emergency_cut', 5, 2, "fed_target('2008-01-22')"),
    ('timesleader_20080123_emergency_cut', 6, 2, None),
    ('timesleader_20080123_emergency_cut', 7, 2, "fomc_unscheduled('2008-01-22','2008-01-22')"),
    ('timesleader_20080123_emergency_cut', 8, 2, "next_fomc('2008-01-22')"),
    ('timesleader_20080123_emergency_cut', 9, 2, "float(rate('DFEDTAR').diff().loc['1990-01-01':'2008-01-21'].min())"),
    ('timesleader_20080123_emergency_cut', 10, 2, None),
    ('einpresswire_20091023_iwm_vs_spy', 0, 2, "[pct_change('IWM','2009-10-22') > 0, pct_change('SPY','2009-10-22') > 0]"),
    ('einpresswire_20091023_iwm_vs_spy', 1, 2, "[pct_change('IWM','2009-10-22'), pct_change('SPY','2009-10-22')]"),
    ('einpresswire_20091023_iwm_vs_spy', 2, 2, None),
    ('einpresswire_20091023_iwm_vs_spy', 3, 2, None),
    ('einpresswire_20091023_iwm_vs_spy', 4, 2, None),
    ('einpresswire_20091023_iwm_vs_spy', 5, 2, "point_change('IWM','2009-10-22')"),
    ('einpresswire_20091023_iwm_vs_spy', 6, 3, "pct_change('IWM','2009-10-22')"),
    ('einpresswire_20091023_iwm_vs_spy', 7, 2, "val('IWM','2009-10-22')"),
    ('einpresswire_20091023_iwm_vs_spy', 8, 2, "session_range('IWM','2009-10-22')"),
    ('einpresswire_20091023_iwm_vs_spy', 9, 2, "intraday_vs_prev('IWM','2009-10-22','high')"),
    ('einpresswire_20091023_iwm_vs_spy', 10, 2, "intraday_vs_prev('IWM','2009-10-22','low')"),
    ('einpresswire_20091023_iwm_vs_spy', 11, 2, "point_change('SPY','2009-10-22')"),
    ('einpresswire_20091023_iwm_vs_spy', 12, 3, "pct_change('SPY','2009-10-22')"),
    ('einpresswire_20091023_iwm_vs_spy', 13, 2, "val('SPY','2009-10-22')"),
    ('einpresswire_20091023_iwm_vs_spy', 14, 2, "session_range('SPY','2009-10-22')"),
    ('einpresswire_20091023_iwm_vs_spy', 15, 2, "intraday_vs_prev('SPY','2009-10-22','high')"),
    ('einpresswire_20091023_iwm_vs_spy', 16, 2, "intraday_vs_prev('SPY','2009-10-22','low')"),
    ('einpresswire_20091023_iwm_vs_spy', 17, 2, None),
    ('hedgecore_20110128_small_cap_etfs_lag', 0, 2, "val('IWM','2011-01-28')"),
    ('hedgecore_20110128_small_cap_etfs_lag', 1, 2, "point_change('IWM','2011-01-28')"),
    ('hedgecore_20110128_small_cap_etfs_lag', 2, 2, "pct_change('IWM','2011-01-28')"),
    ('hedgecore_20110128_small_cap_etfs_lag', 3, 2, "ret('IWM','2011-01-14','2011-01-21')"),
    ('hedgecore_20110128_small_cap_etfs_lag', 4, 2, "[ret('IWM','2011-01-14','2011-01-21'), ret('SPY','2011-01-14','2011-01-21')]"),
    ('hedgecore_20110128_small_cap_etfs_lag', 5, 2, "val('SPY','2011-01-28')"),
    ('hedgecore_20110128_small_cap_etfs_lag', 6, 2, "point_change('SPY','2011-01-28')"),
    ('hedgecore_20110128_small_cap_etfs_lag', 7, 2, "pct_change('SPY','2011-01-28')"),
    ('hedgecore_20110128_small_cap_etfs_lag', 8, 2, None),
    ('hedgecore_20110128_small_cap_etfs_lag', 9, 2, "year_return('IWM',2010,'adj_close')"),
    ('hedgecore_20110128_small_cap_etfs_lag', 10, 2, "year_return('SPY',2010,'adj_close')"),
    ('hedgecore_20110128_small_cap_etfs_lag', 11, 2, "year_return('IWM',2010,'adj_close') / year_return('SPY',2010,'adj_close')"),
    ('etftrends_20120106_small_caps_200_day', 0, 2, "[val('RUT','2012-01-06','high'), float(col('RUT').rolling(200).mean().loc['2012-01-06']), float(col('RUT').ewm(span=200, adjust=False).mean().loc['2012-01-06'])]"),
    ('etftrends_20120106_small_caps_200_day', 1, 2, "[ret('RUT','2011-12-15','2012-01-05'), ret('GSPC','2011-12-15','2012-01-05')]"),
    ('etftrends_20120106_small_caps_200_day', 2, 2, "[pct_change('IWM','2012-01-06'), intraday_vs_prev('IWM','2012-01-06','high'), intraday_vs_prev('IWM','2012-01-06','low')]"),
    ('etftrends_20120106_small_caps_200_day', 3, 2, None),
    ('etftrends_20120106_small_caps_200_day', 4, 2, "year_return('IWM',2011,'adj_close')"),
    ('etftrends_20120106_small_caps_200_day', 5, 2, "[year_return('SPY',2011,'adj_close'), year_return('GSPC',2011)]"),
    ('etftrends_20120411_small_cap_etfs_underperform', 0, 2, "[ret('IWM','2012-04-02','2012-04-10','adj_close'), ret('SPY','2012-04-02','2012-04-10','adj_close')]"),
    ('etftrends_20120411_small_cap_etfs_underperform', 1, 2, "ytd('IWM','2012-04-10','adj_close')"),
    ('etftrends_20120411_small_cap_etfs_underperform', 2, 2, "[ytd('SPY','2012-04-10','adj_close'), ytd('GSPC','2012-04-10')]"),
    ('etftrends_20120411_small_cap_etfs_underperform', 3, 2, None),
    ('etftrends_20120411_small_cap_etfs_underperform', 4, 2, None),
    ('etftrends_20120411_small_cap_etfs_underperform', 5, 2, None),
    ('etftrends_20120411_small_cap_etfs_underperform', 6, 0, "ema_break('IWM','2012-01-03','2012-04-10')"),
    ('yahoo_etftrends_20130110_iwm_doubles_spy', 0, 2, "(val('IWM','2013-01-09') / val('IWM','2012-11-16','low') - 1) / (val('SPY','2013-01-09') / val('SPY','2012-11-16','low') - 1)"),
    ('yahoo_etftrends_20130110_iwm_doubles_spy', 1, 2, "[d for d in ['2012-12-31','2013-01-02','2013-01-03','2013-01-04'] if is_record('IWM', d)]"),
    ('yahoo_etftrends_20130110_iwm_doubles_spy', 2, 2, "(val('IWM','2013-01-09') / val('IWM','2012-11-16','low') - 1) * 100"),
    ('yahoo_etftrends_20130110_iwm_doubles_spy', 3, 2, "col('IWM','low').loc['2012-10-01':'2012-12-31'].idxmin().date().isoformat()"),
    ('yahoo_etftrends_20130110_iwm_doubles_spy', 4, 2, "(val('SPY','2013-01-09') / val('SPY','2012-11-16','low') - 1) * 100"),
    ('yahoo_etftrends_20130110_iwm_doubles_spy', 5, 2, None),
    ('yahoo_etftrends_20130110_iwm_doubles_spy', 6, 2, "[d.date().isoformat() for d in col('RUT').loc['2013-01-01':'2013-01-09'].index if is_record('RUT', d)]"),
    ('yahoo_etftrends_20130110_iwm_doubles_spy', 7, 2, 'float(pd.read_csv(DATA / \'FF_factors_monthly.csv\').query(\'month <= "2012-12"\').smb.mean() * 12)'),
    ('reuters_20130620_bernanke_blueprint', 0, 2, None),
    ('reuters_20130620_bernanke_blueprint', 1, 2, None),
    ('reuters_20130620_bernanke_blueprint', 2, 1, "rate_change_bp('DGS10','2013-06-18','2013-06-19')"),
    ('reuters_20130620_bernanke_blueprint', 3, 2, "rate_on('DGS10','2013-06-19')"),
    ('reuters_20130620_bernanke_blueprint', 4, 2, "rate_highest_since('DGS10','2013-06-19')"),
    ('reuters_20130620_bernanke_blueprint', 5, 2, "[pct_change('DJI','2013-06-19'), pct_change('GSPC','2013-06-19'), pct_change('IXIC','2013-06-19')]"),
    ('reuters_20130620_bernanke_blueprint', 6, 2, None),
    ('reuters_20130620_bernanke_blueprint', 7, 2, None),
    ('reuters_20130620_bernanke_blueprint', 8, 2, None),
    ('reuters_20130620_bernanke_blueprint', 9, 2, "ytd('GSPC','2013-06-19')"),
    ('seattletimes_20130620_dow_shudders', 0, 2, None),
    ('seattletimes_20130620_dow_shudders', 1, 2, "pct_change('DJI','2013-06-19')"),
    ('seattletimes_20130620_dow_shudders', 2, 2, "pct_change('DJI','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 3, 2, "val('DJI','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 4, 2, "[last_move_as_big('DJI','2013-06-20','pts'), last_move_as_big('DJI','2013-06-20','pct')]"),
    ('seattletimes_20130620_dow_shudders', 5, 2, "record_before('DJI','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 6, 0, "(ts('2013-06-20') - ts(record_before('DJI','2013-06-20')[0])).days"),
    ('seattletimes_20130620_dow_shudders', 7, 2, "points('DJI','2013-06-18','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 8, 2, "[val('DJI','2013-04-30'), val('DJI','2013-06-20')]"),
    ('seattletimes_20130620_dow_shudders', 9, 2, "point_change('GSPC','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 10, 2, "pct_change('GSPC','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 11, 2, "val('GSPC','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 12, 2, "record_before('GSPC','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 13, 2, "point_change('IXIC','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 14, 2, "pct_change('IXIC','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 15, 2, "val('IXIC','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 16, 2, "rate_on('DGS10','2013-06-20')"),
    ('seattletimes_20130620_dow_shudders', 17, 2, "rate_highest_since('DGS10','2013-06-20')"),
    ('newsday_20130819_small_caps_bond_yields', 0, 0, "[streak('DJI','2013-08-19', up=False), streak('GSPC','2013-08-19', up=False)]"),
    ('newsday_20130819_small_caps_bond_yields', 1, 2, "point_change('DJI','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 2, 2, "val('DJI','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 3, 2, "pct_change('GSPC','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 4, 2, "val('GSPC','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 5, 2, "pct_change('IXIC','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 6, 2, "val('IXIC','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 7, 2, "pct_change('RUT','2013-08-19') / pct_change('GSPC','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 8, 2, "point_change('RUT','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 9, 2, "pct_change('RUT','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 10, 2, "val('RUT','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 11, 2, "rate_on('DGS10','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 12, 2, "rate_on('DGS10','2013-08-16')"),
    ('newsday_20130819_small_caps_bond_yields', 13, 2, "rate_highest_since('DGS10','2013-08-19')"),
    ('newsday_20130819_small_caps_bond_yields', 14, 2, "[float(rate('DGS10').loc['2013-04-15':'2013-05-31'].min()), rate('DGS10').loc['2013-04-15':'2013-05-31'].idxmin().date().isoformat()]"),
    ('newsday_20130819_small_caps_bond_yields', 15, 2, None),
    # RECIPES-END
]


def rounded(v, dec):
    if isinstance(v, float):
        return round(v, dec)
    if isinstance(v, (list, tuple)):
        return [rounded(x, dec) for x in v]
    return v


def main():
    global DATA
    args = sys.argv[1:]
    if args:
        DATA = Path(args[0])
    elif os.environ.get("CAPSCOPE_DATA_DIR"):
        DATA = Path(os.environ["CAPSCOPE_DATA_DIR"])
    else:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl] (or set CAPSCOPE_DATA_DIR)")
    keyfile = Path(args[1]) if len(args) > 1 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in keyfile.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            key[(r["passage_id"], r["claim_index"])] = r
    bad = 0
    for pid, idx, dec, expr in RECIPES:
        got = None if expr is None else rounded(eval(expr), dec)
        want = key.get((pid, idx), {}).get("computed_value", "MISSING")
        ok = got == want
        if not ok and isinstance(got, float) and isinstance(want, (int, float)):
            ok = abs(got - want) < 10 ** (-dec) / 2 + 1e-9
        if not ok:
            bad += 1
        print(f"{'ok ' if ok else 'BAD'} {pid} #{idx}: {got!r}" + ("" if ok else f"  (key: {want!r})"))
    extra = set(key) - {(p, i) for p, i, _, _ in RECIPES}
    bad += len(extra)
    for e in sorted(extra):
        print("BAD key record without recipe:", e)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
