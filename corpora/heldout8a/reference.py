"""Recompute every computed_value of key.jsonl from the market-data CSV files.

Usage:  python reference.py DATA_DIR [KEY_JSONL]
        (or set CAPSCOPE_DATA_DIR and run without arguments)

RECIPES holds one entry per key record: (passage_id, claim_index, decimals, expression).
The expression is a Python expression over the helper functions below, evaluated on the CSV
files of DATA_DIR; None means nothing in the files computes the claim (series not in the files,
an opinion, a forecast). The script prints every recomputed value, compares it with
computed_value in key.jsonl and exits 1 on any mismatch or on any missing / extra key record.
Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = None
_cache = {}


# ---------------------------------------------------------------- loading
def px(t):
    """OHLC file (RUT, GSPC, DJI, IXIC, NDX, VIX, IWM, SPY, ...) indexed by date."""
    if t not in _cache:
        _cache[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date").sort_index()
    return _cache[t]


def series(name):
    """FRED-style date,value file (DGS10, DGS2, DFEDTAR, DFEDTARU, DFEDTARL, DFF)."""
    key = "rate:" + name
    if key not in _cache:
        _cache[key] = pd.read_csv(DATA / f"{name}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _cache[key]


def T(d):
    return pd.Timestamp(d)


def col(t, field="close"):
    return px(t)[field].dropna()


# ---------------------------------------------------------------- levels and moves
def close(t, d, field="close"):
    return float(px(t).loc[T(d), field])


def prev(t, d):
    s = col(t)
    return s.index[s.index.get_loc(T(d)) - 1]


def last_on_or_before(t, d, field="close"):
    s = col(t, field)
    return s[s.index <= T(d)].index[-1]


def pts(t, d):
    return close(t, d) - close(t, prev(t, d))


def pct(t, d):
    return (close(t, d) / close(t, prev(t, d)) - 1) * 100


def intraday(t, d, extreme):
    """Session high or low minus the previous close (points)."""
    return close(t, d, extreme) - close(t, prev(t, d))


def session_range(t, d, as_pct=False):
    """(low, high) of the session, as levels or as % change vs the previous close."""
    lo, hi = close(t, d, "low"), close(t, d, "high")
    if not as_pct:
        return [round(lo, 2), round(hi, 2)]
    p = close(t, prev(t, d))
    return [round((lo / p - 1) * 100, 2), round((hi / p - 1) * 100, 2)]


def points_between(t, a, b):
    return close(t, b) - close(t, a)


def ret(t, a, b, field="close"):
    return (close(t, b, field) / close(t, a, field) - 1) * 100


def ytd(t, d, field="close"):
    base = last_on_or_before(t, T(d).replace(month=1, day=1) - pd.Timedelta(days=1), field)
    return ret(t, base, d, field)


def mtd(t, d, value=None):
    """Month-to-date % change of the close on d (or of a stated level `value`)."""
    base = last_on_or_before(t, T(d).replace(day=1) - pd.Timedelta(days=1))
    v = close(t, d) if value is None else value
    return (v / close(t, base) - 1) * 100


def week_change(t, friday, as_pct=False):
    """Friday close vs the previous Friday (last close of the previous calendar week)."""
    f = T(friday)
    base = last_on_or_before(t, f - pd.Timedelta(days=f.weekday() + 1))
    return ret(t, base, f) if as_pct else points_between(t, base, f)


def weekly_changes(t, start, end):
    w = col(t).resample("W-FRI").last()
    return [round(v, 2) for v in (w.pct_change() * 100)[T(start):T(end)]]


def sessions_back_change(t, d, n):
    s = col(t)
    i = s.index.get_loc(T(d))
    return float(s.iloc[i] - s.iloc[i - n])


def daily_moves(t, kind="pts"):
    s = col(t)
    return (s.diff() if kind == "pts" else s.pct_change() * 100).dropna()


def move_rank(t, d, kind="pts", up=True):
    """Rank of the move on d among all daily moves in the file up to d (1 = most extreme)."""
    m = daily_moves(t, kind)
    m = m[m.index <= T(d)]
    v = m.loc[T(d)]
    return int(((m > v) if up else (m < v)).sum() + 1)


def nth_biggest_before(t, d, n, kind="pts", up=True):
    """Date of the n-th largest (up) or n-th most negative daily move strictly before d."""
    m = daily_moves(t, kind)
    m = m[m.index < T(d)]
    m = m.sort_values(ascending=not up)
    return m.index[n - 1].date().isoformat()


def last_move_as_big(t, d, kind="pts", up=True):
    """Last earlier session whose move was at least as large as the move on d."""
    m = daily_moves(t, kind)
    v = m.loc[T(d)]
    p = m[m.index < T(d)]
    hit = p[p >= v] if up else p[p <= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def years_between(a, b):
    return (T(b) - T(a)).days / 365.25


def week_drop_is_record(t, friday):
    """True if the Friday-to-Friday point change of that week is the most negative in the file."""
    w = col(t).resample("W-FRI").last().diff().dropna()
    w = w[w.index <= T(friday)]
    return bool(w.idxmin() == T(friday))


# ---------------------------------------------------------------- records and "since"
def record_before(t, d, field="close"):
    s = col(t, field)
    s = s[s.index < T(d)]
    return [s.idxmax().date().isoformat(), round(float(s.max()), 2)]


def pct_below_record(t, d, value=None):
    rec = record_before(t, d)[1]
    v = close(t, d) if value is None else value
    return (1 - v / rec) * 100


def is_record_close(t, d):
    return bool(close(t, d) > record_before(t, d)[1])


def lowest_since(t, d, field="close"):
    s = col(t, field)
    v = s.loc[T(d)]
    p = s[(s.index < T(d)) & (s <= v)]
    return p.index[-1].date().isoformat() if len(p) else "none"


def level_since(t, d, level, above=True, field="close"):
    """Last session before d whose `field` was >= level (above) or < level (below)."""
    s = col(t, field)
    s = s[s.index < T(d)]
    hit = s[s >= level] if above else s[s < level]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def crossed(t, d, level):
    """True if the previous close was below `level` and the close on d at or above it."""
    return bool(close(t, prev(t, d)) < level <= close(t, d))


def peak_date(t, start, end):
    s = col(t)[T(start):T(end)]
    return s.idxmax().date().isoformat()


def trough_date(t, start, end):
    s = col(t)[T(start):T(end)]
    return s.idxmin().date().isoformat()


# ---------------------------------------------------------------- relative performance
def ratio(a, b):
    return (col(a) / col(b)).dropna()


def ratio_peaks(a, b, start, end, half=10):
    """Dates of local maxima of the a/b close ratio (max of a centred 2*half+1 session window)."""
    r = ratio(a, b)
    w = r.rolling(2 * half + 1, center=True, min_periods=half + 1).max()
    r, w = r[T(start):T(end)], w[T(start):T(end)]
    return [i.date().isoformat() for i in r[r == w].index]


def ratio_vs_old_highs(a, b, d, years):
    """[ratio on d, max ratio in each listed calendar year]."""
    r = ratio(a, b)
    return [round(float(r.loc[T(d)]), 4)] + [round(float(r[str(y)].max()), 4) for y in years]


def calendar_year_return(t, y):
    s = col(t)
    return (s[:f"{y}-12-31"].iloc[-1] / s[:f"{y - 1}-12-31"].iloc[-1] - 1) * 100


def span_return(t, y, start_month, end_month, field="close"):
    """Return from the last close before month start_month of year y to the last close of end_month."""
    s = col(t, field)
    base = s[s.index < T(f"{y}-{start_month:02d}-01")].iloc[-1]
    end = s[s.index <= T(f"{y}-{end_month:02d}-01") + pd.offsets.MonthEnd(0)].iloc[-1]
    return (end / base - 1) * 100


def years_first_three_quarters_above(t, first, last, threshold):
    return [y for y in range(first, last + 1) if span_return(t, y, 1, 9) > threshold]


def q4_signs(t, years):
    return [round(span_return(t, y, 10, 12), 2) for y in years]


# ---------------------------------------------------------------- rates and the Fed
def rate_on(name, d):
    return float(series(name).loc[T(d)])


def fed_target(d):
    """Target rate (DFEDTAR) or top of the target range (DFEDTARU from 2008-12-16)."""
    d = T(d)
    return float(series("DFEDTARU").loc[d] if d >= T("2008-12-16") else series("DFEDTAR").loc[d])


def fed_change_bp(before, after):
    return round((fed_target(after) - fed_target(before)) * 100)


def fed_changes(start, end):
    """[effective date, change in bp] for every change of DFEDTAR between start and end."""
    s = series("DFEDTAR")
    s = s[(s.index >= T(start) - pd.Timedelta(days=1)) & (s.index <= T(end))]
    ch = s.diff().dropna()
    return [[i.date().isoformat(), round(v * 100)] for i, v in ch[ch != 0].items()]


def fed_last_at_or_below(level, before):
    s = series("DFEDTAR")
    s = s[s.index < T(before)]
    return s[s <= level].index[-1].date().isoformat()


def fomc_row(d):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    r = m[m.date == T(d)]
    return [T(d).date().isoformat(), bool(r.scheduled.iloc[0])] if len(r) else "no meeting"


RECIPES = [
    # cnet_19981015_fed_cut_dow_third_biggest_gain
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 0, 0, "move_rank('DJI','1998-10-15','pts')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 1, 2, "intraday('DJI','1998-10-15','high')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 2, 2, "pts('DJI','1998-10-15')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 3, 2, "pct('DJI','1998-10-15')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 4, 2, "close('DJI','1998-10-15')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 5, 2, "pct('IXIC','1998-10-15')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 6, 2, "pts('IXIC','1998-10-15')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 7, 2, "close('IXIC','1998-10-15')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 8, 2, "pct('IXIC','1998-10-15') > pct('DJI','1998-10-15')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 9, 2, "nth_biggest_before('DJI','1998-10-15',1,'pts')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 10, 2, "pts('DJI','1998-09-08')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 11, 2, "nth_biggest_before('DJI','1998-10-15',2,'pts')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 12, 2, "pts('DJI','1997-10-28')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 13, 2, "intraday('DJI','1998-10-15','low')"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 14, 2, "[round(intraday('DJI','1998-10-15','low'),2), round(intraday('DJI','1998-10-15','high'),2)]"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 15, 2, "[fed_target('1998-10-14'), fed_target('1998-10-15')]"),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 16, 2, None),
    ("cnet_19981015_fed_cut_dow_third_biggest_gain", 17, 2, "fomc_row('1998-10-15')"),
    # berkeley_20010321_fed_cut_dow_two_year_low
    ("berkeley_20010321_fed_cut_dow_two_year_low", 0, 2, "lowest_since('DJI','2001-03-20')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 1, 0, "fed_change_bp('2001-03-19','2001-03-20')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 2, 0, "len(fed_changes('2001-01-01','2001-03-20'))"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 3, 2, "[round(week_change('DJI','2001-03-16'),2), week_drop_is_record('DJI','2001-03-16')]"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 4, 2, "pts('DJI','2001-03-20')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 5, 2, "close('DJI','2001-03-20')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 6, 2, "lowest_since('DJI','2001-03-20')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 7, 2, "pts('DJI','1999-03-24')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 8, 2, "close('DJI','1999-03-24')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 9, 2, "sessions_back_change('DJI','2001-03-20',8)"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 10, 2, "pct_below_record('DJI','2001-03-20')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 11, 2, "record_before('DJI','2001-03-20')[1]"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 12, 2, "record_before('DJI','2001-03-20')[0]"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 13, 2, "pct_below_record('IXIC','2001-03-20')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 14, 2, "record_before('IXIC','2001-03-20')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 15, 2, "pct_below_record('GSPC','2001-03-20')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 16, 2, "record_before('GSPC','2001-03-20')"),
    ("berkeley_20010321_fed_cut_dow_two_year_low", 17, 2, None),
    # washtimes_20020706_dow_fifth_of_july_rally
    ("washtimes_20020706_dow_fifth_of_july_rally", 0, 2, "last_move_as_big('DJI','2002-07-05','pts')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 1, 2, "pts('DJI','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 2, 2, "pct('DJI','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 3, 2, "close('DJI','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 4, 2, "last_move_as_big('DJI','2002-07-05','pts')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 5, 2, "pts('DJI','2001-09-24')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 6, 0, "move_rank('DJI','2002-07-05','pts')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 7, 2, "week_change('DJI','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 8, 2, "week_change('DJI','2002-07-05',True)"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 9, 2, "pts('IXIC','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 10, 2, "pct('IXIC','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 11, 2, "close('IXIC','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 12, 2, "pts('GSPC','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 13, 2, "pct('GSPC','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 14, 2, "close('GSPC','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 15, 2, "week_change('IXIC','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 16, 2, "week_change('IXIC','2002-07-05',True)"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 17, 2, "close('GSPC','2002-06-28')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 18, 2, "week_change('GSPC','2002-07-05')"),
    ("washtimes_20020706_dow_fifth_of_july_rally", 19, 2, None),
    ("washtimes_20020706_dow_fifth_of_july_rally", 20, 2, None),
    # starbulletin_20020724_dow_489_second_biggest
    ("starbulletin_20020724_dow_489_second_biggest", 0, 2, "pts('DJI','2002-07-24')"),
    ("starbulletin_20020724_dow_489_second_biggest", 1, 0, "move_rank('DJI','2002-07-24','pts')"),
    ("starbulletin_20020724_dow_489_second_biggest", 2, 2, "crossed('DJI','2002-07-24',8000)"),
    ("starbulletin_20020724_dow_489_second_biggest", 3, 2, "pts('DJI','2002-07-24')"),
    ("starbulletin_20020724_dow_489_second_biggest", 4, 2, "close('DJI','2002-07-24')"),
    ("starbulletin_20020724_dow_489_second_biggest", 5, 2, "pts('DJI','2000-03-16')"),
    ("starbulletin_20020724_dow_489_second_biggest", 6, 2, "nth_biggest_before('DJI','2002-07-24',1,'pts')"),
    ("starbulletin_20020724_dow_489_second_biggest", 7, 2, "close('DJI','2002-07-24') - close('DJI','2002-07-24','low')"),
    ("starbulletin_20020724_dow_489_second_biggest", 8, 2, "close('DJI','2002-07-24','low')"),
    ("starbulletin_20020724_dow_489_second_biggest", 9, 2, "close('DJI','2002-07-24','high')"),
    ("starbulletin_20020724_dow_489_second_biggest", 10, 2, "close('DJI','2002-07-24','high') - close('DJI','2002-07-24','low')"),
    ("starbulletin_20020724_dow_489_second_biggest", 11, 2, None),
    ("starbulletin_20020724_dow_489_second_biggest", 12, 2, "rate_on('DGS10','2002-07-24')"),
    ("starbulletin_20020724_dow_489_second_biggest", 13, 2, "rate_on('DGS10','2002-07-23')"),
    ("starbulletin_20020724_dow_489_second_biggest", 14, 2, "rate_on('DGS2','2002-07-24')"),
    ("starbulletin_20020724_dow_489_second_biggest", 15, 2, "rate_on('DGS2','2002-07-23')"),
    ("starbulletin_20020724_dow_489_second_biggest", 16, 2, "pts('IXIC','2002-07-24')"),
    ("starbulletin_20020724_dow_489_second_biggest", 17, 2, "close('IXIC','2002-07-24')"),
    ("starbulletin_20020724_dow_489_second_biggest", 18, 2, "pts('GSPC','2002-07-24')"),
    ("starbulletin_20020724_dow_489_second_biggest", 19, 2, "close('GSPC','2002-07-24')"),
    ("starbulletin_20020724_dow_489_second_biggest", 20, 2, "[peak_date('GSPC','2002-05-01','2002-05-31'), round(ret('GSPC', peak_date('GSPC','2002-05-01','2002-05-31'), '2002-07-23'),2)]"),
    # shareyogi_20080319_fed_cut_225_dow_fourth_biggest
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 0, 0, "fed_change_bp('2008-03-17','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 1, 2, "fed_target('2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 2, 2, "years_between(last_move_as_big('GSPC','2008-03-18','pct'), '2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 3, 0, "fed_change_bp('2007-09-17','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 4, 2, "fed_last_at_or_below(2.25, '2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 5, 2, None),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 6, 2, "pts('DJI','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 7, 2, "pct('DJI','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 8, 2, "close('DJI','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 9, 0, "move_rank('DJI','2008-03-18','pts')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 10, 2, "last_move_as_big('GSPC','2008-03-18','pct')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 11, 2, "pts('GSPC','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 12, 2, "pct('GSPC','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 13, 2, "close('GSPC','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 14, 2, "pts('IXIC','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 15, 2, "pct('IXIC','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 16, 2, "close('IXIC','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 17, 2, "pct_below_record('DJI','2008-03-18')"),
    ("shareyogi_20080319_fed_cut_225_dow_fourth_biggest", 18, 2, "pct_below_record('GSPC','2008-03-18')"),
    # washpost_20081120_dow_below_8000
    ("washpost_20081120_dow_below_8000", 0, 2, "lowest_since('DJI','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 1, 2, "pts('DJI','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 2, 2, "pct('DJI','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 3, 2, "close('DJI','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 4, 2, "level_since('DJI','2008-11-19',8000,above=False)"),
    ("washpost_20081120_dow_below_8000", 5, 2, "lowest_since('GSPC','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 6, 2, "pts('GSPC','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 7, 2, "pct('GSPC','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 8, 2, "close('GSPC','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 9, 2, "pts('IXIC','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 10, 2, "pct('IXIC','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 11, 2, "close('IXIC','2008-11-19')"),
    ("washpost_20081120_dow_below_8000", 12, 2, None),
    ("washpost_20081120_dow_below_8000", 13, 2, None),
    ("washpost_20081120_dow_below_8000", 14, 2, None),
    # asiams_20100921_fed_ready_to_act_afternoon
    ("asiams_20100921_fed_ready_to_act_afternoon", 0, 2, "session_range('DJI','2010-09-21')"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 1, 2, "session_range('DJI','2010-09-21',True)"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 2, 2, "session_range('DJI','2010-09-21')"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 3, 2, "session_range('GSPC','2010-09-21')"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 4, 2, "session_range('GSPC','2010-09-21',True)"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 5, 2, "session_range('GSPC','2010-09-21')"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 6, 2, "session_range('IXIC','2010-09-21')"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 7, 2, "session_range('IXIC','2010-09-21',True)"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 8, 2, "session_range('IXIC','2010-09-21')"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 9, 2, "weekly_changes('GSPC','2010-09-03','2010-09-17')"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 10, 2, None),
    ("asiams_20100921_fed_ready_to_act_afternoon", 11, 2, "mtd('DJI','2010-09-21',10798.12)"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 12, 2, "mtd('GSPC','2010-09-21',1143.98)"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 13, 2, "mtd('IXIC','2010-09-21',2357.80)"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 14, 2, "rate_on('DGS10','2010-09-21')"),
    ("asiams_20100921_fed_ready_to_act_afternoon", 15, 2, "rate_on('DGS10','2010-09-20')"),
    # crains_20130918_fed_no_taper_records
    ("crains_20130918_fed_no_taper_records", 0, 2, None),
    ("crains_20130918_fed_no_taper_records", 1, 2, None),
    ("crains_20130918_fed_no_taper_records", 2, 2, None),
    ("crains_20130918_fed_no_taper_records", 3, 2, "[rate_on('DGS10','2013-05-01'), rate_on('DGS10','2013-09-17')]"),
    ("crains_20130918_fed_no_taper_records", 4, 2, None),
    ("crains_20130918_fed_no_taper_records", 5, 2, "[round(intraday('GSPC','2013-09-18','low'),2), round(intraday('GSPC','2013-09-18','high'),2)]"),
    ("crains_20130918_fed_no_taper_records", 6, 2, "session_range('GSPC','2013-09-18',True)"),
    ("crains_20130918_fed_no_taper_records", 7, 2, "session_range('GSPC','2013-09-18')"),
    ("crains_20130918_fed_no_taper_records", 8, 2, "record_before('GSPC','2013-09-18')[1]"),
    ("crains_20130918_fed_no_taper_records", 9, 2, "record_before('GSPC','2013-09-18')[0]"),
    ("crains_20130918_fed_no_taper_records", 10, 2, "is_record_close('GSPC','2013-09-18')"),
    ("crains_20130918_fed_no_taper_records", 11, 2, "[round(intraday('DJI','2013-09-18','low'),2), round(intraday('DJI','2013-09-18','high'),2)]"),
    ("crains_20130918_fed_no_taper_records", 12, 2, "session_range('DJI','2013-09-18',True)"),
    ("crains_20130918_fed_no_taper_records", 13, 2, "session_range('DJI','2013-09-18')"),
    ("crains_20130918_fed_no_taper_records", 14, 2, "record_before('DJI','2013-09-18')[1]"),
    ("crains_20130918_fed_no_taper_records", 15, 2, "record_before('DJI','2013-09-18')[0]"),
    ("crains_20130918_fed_no_taper_records", 16, 0, "round((rate_on('DGS10','2013-09-18') - rate_on('DGS10','2013-09-17')) * 100)"),
    ("crains_20130918_fed_no_taper_records", 17, 2, "rate_on('DGS10','2013-09-18')"),
    # mediaboss_20120214_small_caps_stars_of_rally
    ("mediaboss_20120214_small_caps_stars_of_rally", 0, 2, "ytd('RUT','2012-02-13')"),
    ("mediaboss_20120214_small_caps_stars_of_rally", 1, 2, "pct_below_record('RUT','2012-02-13')"),
    ("mediaboss_20120214_small_caps_stars_of_rally", 2, 2, "[round(ytd('RUT','2012-02-13'),2), round(ytd('GSPC','2012-02-13'),2)]"),
    ("mediaboss_20120214_small_caps_stars_of_rally", 3, 2, None),
    ("mediaboss_20120214_small_caps_stars_of_rally", 4, 2, None),
    ("mediaboss_20120214_small_caps_stars_of_rally", 5, 2, None),
    ("mediaboss_20120214_small_caps_stars_of_rally", 6, 2, None),
    ("mediaboss_20120214_small_caps_stars_of_rally", 7, 2, None),
    ("mediaboss_20120214_small_caps_stars_of_rally", 8, 2, None),
    ("mediaboss_20120214_small_caps_stars_of_rally", 9, 2, None),
    ("mediaboss_20120214_small_caps_stars_of_rally", 10, 2, None),
    # echoes_20100423_small_caps_vs_large_caps
    ("echoes_20100423_small_caps_vs_large_caps", 0, 2, "[round(ytd('RUT','2010-04-22'),2), round(ytd('RUT','2010-04-23'),2), round(ytd('IWM','2010-04-22','adj_close'),2)]"),
    ("echoes_20100423_small_caps_vs_large_caps", 1, 2, "[round(ytd('GSPC','2010-04-22'),2), round(ytd('GSPC','2010-04-23'),2), round(ytd('SPY','2010-04-22','adj_close'),2)]"),
    ("echoes_20100423_small_caps_vs_large_caps", 2, 2, "[round(ret('RUT','2000-04-24','2010-04-22'),2), round(ret('GSPC','2000-04-24','2010-04-22'),2)]"),
    ("echoes_20100423_small_caps_vs_large_caps", 3, 4, "ratio_vs_old_highs('RUT','GSPC','2010-04-22',[2006,2008])"),
    # cnbc_20120224_rut_next_record
    ("cnbc_20120224_rut_next_record", 0, 2, None),
    ("cnbc_20120224_rut_next_record", 1, 2, "[round(pct_below_record('RUT','2012-02-24', close('RUT','2012-02-24','high')),2), round(pct_below_record('RUT','2012-02-24', close('RUT','2012-02-24','low')),2), round(pct_below_record('RUT','2012-02-24'),2)]"),
    ("cnbc_20120224_rut_next_record", 2, 2, "record_before('RUT','2012-02-24')"),
    ("cnbc_20120224_rut_next_record", 3, 2, "ret('RUT', trough_date('RUT','2011-10-01','2011-10-31'), '2012-02-24')"),
    ("cnbc_20120224_rut_next_record", 4, 2, "[d for d in ['2012-02-21','2012-02-22','2012-02-23'] if close('DJI',d,'high') >= 13000]"),
    ("cnbc_20120224_rut_next_record", 5, 2, "level_since('DJI','2012-02-21',13000,above=True,field='high')"),
    ("cnbc_20120224_rut_next_record", 6, 2, "pct_below_record('DJI','2012-02-24')"),
    ("cnbc_20120224_rut_next_record", 7, 2, "record_before('DJI','2012-02-24')[0]"),
    ("cnbc_20120224_rut_next_record", 8, 2, None),
    ("cnbc_20120224_rut_next_record", 9, 2, None),
    ("cnbc_20120224_rut_next_record", 10, 2, "peak_date('RUT','2011-01-01','2011-12-31')"),
    # advisoranalyst_20121015_bespoke_small_caps_lag
    ("advisoranalyst_20121015_bespoke_small_caps_lag", 0, 2, "[round(ret('RUT','2011-10-12','2012-10-12'),2), round(ret('GSPC','2011-10-12','2012-10-12'),2)]"),
    ("advisoranalyst_20121015_bespoke_small_caps_lag", 1, 2, "ratio_peaks('RUT','GSPC','2012-06-01','2012-10-12')[-1]"),
    ("advisoranalyst_20121015_bespoke_small_caps_lag", 2, 2, "peak_date('GSPC','2012-01-01','2012-10-12')"),
    # advfn_zacks_20130401_time_for_large_caps
    ("advfn_zacks_20130401_time_for_large_caps", 0, 2, "[round(calendar_year_return('RUT',2011),2), round(calendar_year_return('GSPC',2011),2)]"),
    ("advfn_zacks_20130401_time_for_large_caps", 1, 2, "[trough_date('RUT','2012-11-01','2012-11-30'), round(ret('RUT','2012-11-15','2013-03-28'),2), round(ret('GSPC','2012-11-15','2013-03-28'),2)]"),
    ("advfn_zacks_20130401_time_for_large_caps", 2, 2, "[round(pct('GSPC','2013-04-01') - pct('RUT','2013-04-01'),2), round(ytd('GSPC','2013-04-01') - ytd('RUT','2013-04-01'),2)]"),
    ("advfn_zacks_20130401_time_for_large_caps", 3, 2, "[round(pct('DJI','2013-04-01') - pct('GSPC','2013-04-01'),2), round(ytd('DJI','2013-04-01') - ytd('GSPC','2013-04-01'),2)]"),
    # thinkadvisor_20070104_small_caps_2006
    ("thinkadvisor_20070104_small_caps_2006", 0, 2, "[round(calendar_year_return('RUT',2006),2), round(ret('IWM','2005-12-30','2006-12-29','adj_close'),2)]"),
    ("thinkadvisor_20070104_small_caps_2006", 1, 2, None),
    ("thinkadvisor_20070104_small_caps_2006", 2, 2, "sum(1 for y in range(1999, 2007) if calendar_year_return('RUT', y) > calendar_year_return('GSPC', y))"),
    ("thinkadvisor_20070104_small_caps_2006", 3, 2, None),
    ("thinkadvisor_20070104_small_caps_2006", 4, 2, "span_return('RUT',2006,12,12)"),
    ("thinkadvisor_20070104_small_caps_2006", 5, 2, None),
    ("thinkadvisor_20070104_small_caps_2006", 6, 2, None),
    ("thinkadvisor_20070104_small_caps_2006", 7, 2, None),
    ("thinkadvisor_20070104_small_caps_2006", 8, 2, None),
    # hispanicbusiness_20130816_summer_of_small_caps
    ("hispanicbusiness_20130816_summer_of_small_caps", 0, 2, "[round(ytd('RUT','2013-08-15'),2), round(ytd('IWM','2013-08-15','adj_close'),2)]"),
    ("hispanicbusiness_20130816_summer_of_small_caps", 1, 2, "[round(ret('RUT','2013-05-15','2013-08-15'),2), round(ret('IWM','2013-05-15','2013-08-15','adj_close'),2)]"),
    ("hispanicbusiness_20130816_summer_of_small_caps", 2, 2, None),
    ("hispanicbusiness_20130816_summer_of_small_caps", 3, 2, None),
    ("hispanicbusiness_20130816_summer_of_small_caps", 4, 2, None),
    # marketwired_20131002_small_caps_first_three_quarters
    ("marketwired_20131002_small_caps_first_three_quarters", 0, 2, "[round(span_return('RUT',2013,1,9),2), round(span_return('IWM',2013,1,9,'adj_close'),2)]"),
    ("marketwired_20131002_small_caps_first_three_quarters", 1, 2, "sorted([(round(span_return('RUT', y, 1, 9), 2), y) for y in range(1995, 2014)], reverse=True)[:2]"),
    ("marketwired_20131002_small_caps_first_three_quarters", 2, 2, None),
    ("marketwired_20131002_small_caps_first_three_quarters", 3, 2, "years_first_three_quarters_above('RUT',1995,2012,20)"),
    ("marketwired_20131002_small_caps_first_three_quarters", 4, 2, "span_return('RUT',1995,1,9)"),
    ("marketwired_20131002_small_caps_first_three_quarters", 5, 2, "span_return('RUT',1997,1,9)"),
    ("marketwired_20131002_small_caps_first_three_quarters", 6, 2, "[round(span_return('RUT',2003,1,9),2), round(span_return('IWM',2003,1,9,'adj_close'),2)]"),
    ("marketwired_20131002_small_caps_first_three_quarters", 7, 2, "[round(span_return('RUT',2009,1,9),2), round(span_return('IWM',2009,1,9,'adj_close'),2)]"),
    ("marketwired_20131002_small_caps_first_three_quarters", 8, 2, "q4_signs('RUT',[1995,1997,2003,2009])"),
    ("marketwired_20131002_small_caps_first_three_quarters", 9, 2, "q4_signs('RUT',[1995,1997,2003,2009])"),
    ("marketwired_20131002_small_caps_first_three_quarters", 10, 2, "span_return('RUT',1997,10,12)"),
    ("marketwired_20131002_small_caps_first_three_quarters", 11, 2, "[round(span_return('RUT',2003,10,12),2), round(span_return('IWM',2003,10,12,'adj_close'),2)]"),
    ("marketwired_20131002_small_caps_first_three_quarters", 12, 2, "[round(calendar_year_return('RUT',2003),2), round(ret('IWM','2002-12-31','2003-12-31','adj_close'),2)]"),
    ("marketwired_20131002_small_caps_first_three_quarters", 13, 2, "[round(span_return('RUT',2009,10,12),2), round(span_return('IWM',2009,10,12,'adj_close'),2)]"),
    ("marketwired_20131002_small_caps_first_three_quarters", 14, 2, "[round(calendar_year_return('RUT',2009),2), round(ret('IWM','2008-12-31','2009-12-31','adj_close'),2)]"),
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


def evaluate(expr, decimals):
    return None if expr is None else normalise(eval(expr), decimals)


def set_data_dir(path):
    global DATA
    DATA = Path(path)
    _cache.clear()


def main():
    args = sys.argv[1:]
    data = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python reference.py DATA_DIR [KEY_JSONL]  (or set CAPSCOPE_DATA_DIR)")
    set_data_dir(data)
    key_path = Path(args[1]) if len(args) > 1 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    mismatches = 0
    seen = set()
    for pid, idx, dec, expr in RECIPES:
        seen.add((pid, idx))
        value = evaluate(expr, dec)
        flag = ""
        if key.get((pid, idx), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((pid, idx), 'missing')!r}"
        print(f"{pid} #{idx}: {value!r}{flag}")
    extra = set(key) - seen
    for k in sorted(extra):
        mismatches += 1
        print(f"{k[0]} #{k[1]}: key record without recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
