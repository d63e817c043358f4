"""Recompute every computed_value of key.jsonl (held-back corpus heldout9b) from the CSV files.

Usage:  python reference.py DATA_DIR [KEY_JSONL]
        (or set CAPSCOPE_DATA_DIR and run without arguments)

Each RECIPES entry is (passage_id, claim_index, decimals, expression). The expression is a plain
Python expression over the helpers below, evaluated against the CSV files of DATA_DIR; None means
the key has no computed value for that claim (series not in the files, opinion, forecast,
hypothetical). The script prints every value, compares it with key.jsonl and exits 1 on any
mismatch. Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = None
_cache = {}


# ---------------------------------------------------------------- loading
def prices(ticker):
    """OHLC file (RUT, GSPC, DJI, IXIC, NDX, VIX, IWM, SPY, ...) indexed by date."""
    if ticker not in _cache:
        _cache[ticker] = pd.read_csv(DATA / f"{ticker}.csv", parse_dates=["date"]).set_index("date").sort_index()
    return _cache[ticker]


def series(name):
    """FRED-style date,value file (DGS10, DGS2, DFEDTARU, DFEDTARL, DFEDTAR)."""
    key = "fred:" + name
    if key not in _cache:
        _cache[key] = pd.read_csv(DATA / f"{name}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _cache[key]


def ts(d):
    return pd.Timestamp(d)


def col(ticker, field="close"):
    return prices(ticker)[field].dropna()


def val(ticker, d, field="close"):
    return float(prices(ticker).loc[ts(d), field])


def prev_day(ticker, d):
    s = col(ticker)
    return s.index[s.index.get_loc(ts(d)) - 1]


# ---------------------------------------------------------------- daily moves
def chg(ticker, d):
    """Point change of the close on d vs the previous close."""
    return val(ticker, d) - val(ticker, prev_day(ticker, d))


def pct(ticker, d):
    return (val(ticker, d) / val(ticker, prev_day(ticker, d)) - 1) * 100


def move_from_prev(ticker, d, field):
    """Points from the previous close to the session's `field` (high/low)."""
    return val(ticker, d, field) - val(ticker, prev_day(ticker, d))


def pct_from_prev(ticker, d, field):
    return (val(ticker, d, field) / val(ticker, prev_day(ticker, d)) - 1) * 100


def session_range(ticker, d):
    return [round(val(ticker, d, "low"), 2), round(val(ticker, d, "high"), 2)]


def session_move_range(ticker, d, kind="pct"):
    """[low, high] of the session expressed as change vs the previous close."""
    f = pct_from_prev if kind == "pct" else move_from_prev
    return [round(f(ticker, d, "low"), 2), round(f(ticker, d, "high"), 2)]


# ---------------------------------------------------------------- windows
def last_close_before(ticker, d):
    s = col(ticker)
    return s.index[s.index < ts(d)][-1]


def ret(ticker, start, end, field="close"):
    return (val(ticker, end, field) / val(ticker, start) - 1) * 100


def pts(ticker, start, end):
    return val(ticker, end) - val(ticker, start)


def ytd(ticker, d, field="close"):
    base = last_close_before(ticker, f"{ts(d).year}-01-01")
    return (val(ticker, d, field) / val(ticker, base) - 1) * 100


def ytd_pts(ticker, d):
    base = last_close_before(ticker, f"{ts(d).year}-01-01")
    return val(ticker, d) - val(ticker, base)


def wtd(ticker, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return ret(ticker, last_close_before(ticker, monday), d)


def qtd(ticker, d):
    q0 = ts(d).to_period("Q").start_time
    return ret(ticker, last_close_before(ticker, q0), d)


def ytd_range(ticker, d):
    """[ytd at session low, ytd at session high]."""
    return [round(ytd(ticker, d, "low"), 2), round(ytd(ticker, d, "high"), 2)]


def n_day_pct(ticker, d, n):
    s = col(ticker)
    i = s.index.get_loc(ts(d))
    return (s.iloc[i] / s.iloc[i - n] - 1) * 100


def last_n_day_as_bad(ticker, d, n):
    """Last earlier session whose n-session % change was at least as negative as the one ending on d."""
    s = col(ticker)
    r = (s / s.shift(n) - 1).dropna()
    v = r.loc[ts(d)]
    prior = r[r.index < ts(d)]
    hit = prior[prior <= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


# ---------------------------------------------------------------- records and distances
def prior_record(ticker, d, field="close"):
    s = col(ticker, field)
    s = s[s.index < ts(d)]
    return [s.idxmax().date().isoformat(), round(float(s.max()), 2)]


def is_record(ticker, d, field="close"):
    return bool(val(ticker, d, field) > prior_record(ticker, d, field)[1])


def record_days(ticker, start, end, field="close"):
    s = col(ticker, field)
    out = []
    for d in s[ts(start):ts(end)].index:
        if s.loc[d] > s[s.index < d].max():
            out.append(d.date().isoformat())
    return out


def count_records(ticker, start, end):
    s = col(ticker)
    prior_max = s.cummax().shift(1)
    hit = (s > prior_max)[ts(start):ts(end)]
    return int(hit.sum())


def top_record_years(ticker, start_year, end_year):
    """{year: number of record closes} for the years with the most record closes."""
    s = col(ticker)
    hit = (s > s.cummax().shift(1))
    per = hit.groupby(hit.index.year).sum()
    per = per[(per.index >= start_year) & (per.index <= end_year)]
    return [[int(y), int(n)] for y, n in per.sort_values(ascending=False).head(3).items()]


def pct_below(ticker, d, ref_value, value=None):
    v = val(ticker, d) if value is None else value
    return (1 - v / ref_value) * 100


def pct_below_record(ticker, d, field_ref="close"):
    return pct_below(ticker, d, prior_record(ticker, d, field_ref)[1])


def peak_between(ticker, start, end):
    s = col(ticker)[ts(start):ts(end)]
    return [s.idxmax().date().isoformat(), round(float(s.max()), 2)]


def pct_below_range(ticker, d, ref_value):
    """[distance at session high, distance at session low] from ref_value (positive = below)."""
    return [round(pct_below(ticker, d, ref_value, val(ticker, d, "high")), 2),
            round(pct_below(ticker, d, ref_value, val(ticker, d, "low")), 2)]


def in_correction(ticker, d, value=None, pct_=10, window=252):
    s = col(ticker)
    i = s.index.get_loc(ts(d))
    peak = s.iloc[max(0, i - window):i].max()
    v = s.iloc[i] if value is None else value
    return bool(v <= peak * (1 - pct_ / 100))


def max_drawdown(ticker, start, end, peak_value=None):
    s = col(ticker)[ts(start):ts(end)]
    base = s.cummax() if peak_value is None else peak_value
    return float(((s / base) - 1).min() * 100)


def sessions_between(ticker, a, b):
    s = col(ticker)
    return int(s.index.get_loc(ts(b)) - s.index.get_loc(ts(a)))


def drought(ticker, peak_date):
    """Sessions from a record close to the first later close above it (index difference)."""
    s = col(ticker)
    p = s.loc[ts(peak_date)]
    after = s[(s.index > ts(peak_date)) & (s > p)]
    return [after.index[0].date().isoformat(), sessions_between(ticker, peak_date, after.index[0])]


def last_52w_high(ticker, d, window=252):
    s = col(ticker)[:ts(d)]
    hi = s.rolling(window, min_periods=1).max()
    return s[s >= hi].index[-1].date().isoformat()


def sessions_since_52w_high(ticker, d):
    return sessions_between(ticker, last_52w_high(ticker, d), d)


def long_52w_gaps(ticker, end, min_sessions):
    """Gaps of at least min_sessions between consecutive 52-week closing highs, up to `end`."""
    s = col(ticker)[:ts(end)]
    hi = s.rolling(252, min_periods=1).max()
    idx = s.index[s >= hi]
    out = []
    for a, b in zip(idx[:-1], idx[1:]):
        n = int(s.index.get_loc(b) - s.index.get_loc(a))
        if n >= min_sessions:
            out.append([a.date().isoformat(), b.date().isoformat(), n])
    return out


def down_streak(ticker, d):
    m = col(ticker).diff()[:ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def consecutive_800_drops(end):
    s = col("DJI").diff()
    both = (s <= -800) & (s.shift(1) <= -800)
    return [d.date().isoformat() for d in both[both].index if d <= ts(end)][:1]


def years_between(a, b):
    return (ts(b) - ts(a)).days / 365.25


def months_between(a, b):
    return (ts(b) - ts(a)).days / 30.4375


def sessions_left_in_year(ticker, d):
    s = col(ticker)
    return int(((s.index > ts(d)) & (s.index.year == ts(d).year)).sum())


def yearly(ticker, year):
    s = col(ticker)
    return (s[s.index.year == year].iloc[-1] / s[s.index.year < year].iloc[-1] - 1) * 100


def monthly(ticker):
    m = col(ticker).resample("ME").last()
    return (m.pct_change() * 100).dropna()


def last_month_at_least(ticker, month_end):
    """Last earlier month whose close-to-close gain was at least that of the month ending month_end."""
    m = monthly(ticker)
    v = m.loc[ts(month_end)]
    prior = m[m.index < ts(month_end)]
    hit = prior[prior >= v]
    return [hit.index[-1].strftime("%Y-%m"), round(float(hit.iloc[-1]), 2)] if len(hit) else "none"


# ---------------------------------------------------------------- rates and the Fed
def rate(name, d):
    return float(series(name).loc[ts(d)])


def rate_change_bp(name, a, b):
    return round((rate(name, b) - rate(name, a)) * 100, 1)


def min_before(name, d):
    s = series(name)
    s = s[s.index < ts(d)]
    return [s.idxmin().date().isoformat(), float(s.min())]


def fed_range(d):
    return [rate("DFEDTARL", d), rate("DFEDTARU", d)]


def fomc_days(start, end):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    return [d.date().isoformat() for d in m.date if ts(start) <= d <= ts(end)]


def next_fomc(after):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    return m.date[m.date >= ts(after)].iloc[0].date().isoformat()


def fed_upper_change_bp(decision_day):
    """Change of the top of the target range from the decision day to the next calendar day (effective date)."""
    d = ts(decision_day)
    return round((rate("DFEDTARU", d + pd.Timedelta(days=1)) - rate("DFEDTARU", d)) * 100)


# RECIPES-BEGIN (generated by build_heldout9b.py; do not edit by hand)
RECIPES = [
    ('malaymail_20260203_sp500_chips_small_caps_2026', 0, 2, "pct('RUT','2026-02-02')"),
    ('malaymail_20260203_sp500_chips_small_caps_2026', 1, 2, "[round(ytd(t,'2026-02-02'),2) for t in ('RUT','GSPC','IXIC')]"),
    ('malaymail_20260203_sp500_chips_small_caps_2026', 2, 0, "down_streak('GSPC','2026-01-30') + 1"),
    ('malaymail_20260203_sp500_chips_small_caps_2026', 3, 2, "ytd('GSPC','2026-02-02')"),
    ('malaymail_20260203_sp500_chips_small_caps_2026', 4, 2, "ytd('RUT','2026-02-02')"),
    ('malaymail_20260203_sp500_chips_small_caps_2026', 5, 2, None),
    ('malaymail_20260203_sp500_chips_small_caps_2026', 6, 2, None),
    ('malaymail_20260203_sp500_chips_small_caps_2026', 7, 2, "pct('GSPC','2026-02-02')"),
    ('malaymail_20260203_sp500_chips_small_caps_2026', 8, 2, "val('GSPC','2026-02-02')"),
    ('seekingalpha_20180827_stifel_small_caps_ytd', 0, 2, None),
    ('seekingalpha_20180827_stifel_small_caps_ytd', 1, 2, "ytd_range('RUT','2018-08-27')"),
    ('seekingalpha_20180827_stifel_small_caps_ytd', 2, 2, "ytd_range('GSPC','2018-08-27')"),
    ('seekingalpha_20180827_stifel_small_caps_ytd', 3, 2, "session_move_range('RUT','2018-08-27')"),
    ('seekingalpha_20180827_stifel_small_caps_ytd', 4, 2, "session_range('RUT','2018-08-27')"),
    ('seekingalpha_20180827_stifel_small_caps_ytd', 5, 2, "session_move_range('GSPC','2018-08-27')"),
    ('seekingalpha_20180827_stifel_small_caps_ytd', 6, 2, "session_range('GSPC','2018-08-27')"),
    ('briefing_20250225_small_caps_under_pressure', 0, 2, "session_move_range('DJI','2025-02-25','pts')"),
    ('briefing_20250225_small_caps_under_pressure', 1, 2, "session_range('DJI','2025-02-25')"),
    ('briefing_20250225_small_caps_under_pressure', 2, 2, "session_move_range('IXIC','2025-02-25','pts')"),
    ('briefing_20250225_small_caps_under_pressure', 3, 2, "session_range('IXIC','2025-02-25')"),
    ('briefing_20250225_small_caps_under_pressure', 4, 2, "session_move_range('GSPC','2025-02-25','pts')"),
    ('briefing_20250225_small_caps_under_pressure', 5, 2, "session_range('GSPC','2025-02-25')"),
    ('briefing_20250225_small_caps_under_pressure', 6, 2, "ytd_range('IXIC','2025-02-25')"),
    ('briefing_20250225_small_caps_under_pressure', 7, 2, "ytd_range('RUT','2025-02-25')"),
    ('briefing_20250225_small_caps_under_pressure', 8, 2, None),
    ('briefing_20250225_small_caps_under_pressure', 9, 2, "ytd_range('RUT','2025-02-25')"),
    ('briefing_20250225_small_caps_under_pressure', 10, 2, "[round(ytd(t,'2025-02-25'),2) for t in ('RUT','IXIC','GSPC','DJI')]"),
    ('briefing_20250225_small_caps_under_pressure', 11, 2, "session_move_range('RUT','2025-02-25')"),
    ('briefing_20250225_small_caps_under_pressure', 12, 2, "peak_between('RUT','2024-11-06','2025-02-24')"),
    ('briefing_20250225_small_caps_under_pressure', 13, 2, "pct_below_range('RUT','2025-02-25',2442.03)"),
    ('briefing_20250225_small_caps_under_pressure', 14, 2, "[in_correction('RUT','2025-02-25'), in_correction('RUT','2025-02-25', val('RUT','2025-02-25','high'))]"),
    ('briefing_20250225_small_caps_under_pressure', 15, 0, "down_streak('GSPC','2025-02-24')"),
    ('briefing_20250225_small_caps_under_pressure', 16, 2, "chg('GSPC','2025-02-25') < 0"),
    ('briefing_20250225_small_caps_under_pressure', 17, 2, "pct_below_range('GSPC','2025-02-25',6144.15)"),
    ('briefing_20250225_small_caps_under_pressure', 18, 2, "prior_record('GSPC','2025-02-25')"),
    ('etfcom_20141020_small_cap_underperformance_gap', 0, 2, None),
    ('etfcom_20141020_small_cap_underperformance_gap', 1, 2, "ytd('RUT','2014-10-02')"),
    ('etfcom_20141020_small_cap_underperformance_gap', 2, 2, 'round(6.5 - (-4.8), 2)'),
    ('etfcom_20141020_small_cap_underperformance_gap', 3, 2, "ytd('GSPC','2014-10-02')"),
    ('etfcom_20141020_small_cap_underperformance_gap', 4, 2, None),
    ('etfcom_20141020_small_cap_underperformance_gap', 5, 2, 'round(6.9 - (-4.2), 2)'),
    ('etfcom_20141020_small_cap_underperformance_gap', 6, 2, None),
    ('etfcom_20141020_small_cap_underperformance_gap', 7, 2, None),
    ('trickyprofit_20260126_rut_january_effect', 0, 2, "ytd('RUT','2026-01-23')"),
    ('trickyprofit_20260126_rut_january_effect', 1, 2, "record_days('RUT','2026-01-02','2026-01-23')"),
    ('trickyprofit_20260126_rut_january_effect', 2, 2, "[round(ytd(t,'2026-01-23'),2) for t in ('RUT','GSPC')]"),
    ('trickyprofit_20260126_rut_january_effect', 3, 2, None),
    ('trickyprofit_20260126_rut_january_effect', 4, 2, None),
    ('trickyprofit_20260126_rut_january_effect', 5, 2, None),
    ('bloomberg_20160307_small_caps_inconvenient_truth', 0, 2, None),
    ('bloomberg_20160307_small_caps_inconvenient_truth', 1, 2, "[round(ret('RUT','2016-02-11',d),2) for d in ('2016-03-04','2016-03-07')]"),
    ('bloomberg_20160307_small_caps_inconvenient_truth', 2, 0, None),
    ('bloomberg_20160307_small_caps_inconvenient_truth', 3, 2, None),
    ('bloomberg_20160307_small_caps_inconvenient_truth', 4, 2, None),
    ('bloomberg_20160307_small_caps_inconvenient_truth', 5, 2, None),
    ('stockmarketmedia_20250908_rut_959_days', 0, 0, "sessions_between('RUT','2021-11-08','2025-09-05')"),
    ('stockmarketmedia_20250908_rut_959_days', 1, 2, "drought('RUT','2007-07-13')"),
    ('stockmarketmedia_20250908_rut_959_days', 2, 2, "-max_drawdown('RUT','2021-11-08','2025-09-05')"),
    ('stockmarketmedia_20250908_rut_959_days', 3, 2, "years_between('2021-11-08','2025-09-05')"),
    ('stockmarketmedia_20250908_rut_959_days', 4, 2, "[record_days('GSPC','2025-08-01','2025-09-05'), record_days('IXIC','2025-08-01','2025-09-05')]"),
    ('stockmarketmedia_20250908_rut_959_days', 5, 2, "prior_record('IWM','2025-09-06')"),
    ('sentimentrader_20210929_rut_135_days_no_correction', 0, 0, "sessions_since_52w_high('RUT','2021-09-28')"),
    ('sentimentrader_20210929_rut_135_days_no_correction', 1, 2, "-max_drawdown('RUT','2021-03-15','2021-09-28')"),
    ('sentimentrader_20210929_rut_135_days_no_correction', 2, 2, "months_between('2021-03-15','2021-09-28')"),
    ('sentimentrader_20210929_rut_135_days_no_correction', 3, 2, "long_52w_gaps('RUT','2021-09-28',500)"),
    ('sentimentrader_20210929_rut_135_days_no_correction', 4, 2, "long_52w_gaps('RUT','2014-12-31',135)[-1]"),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 0, 2, "[round(pct(t,'2025-10-23'),2) for t in ('DJI','GSPC','IXIC')]"),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 1, 2, "[round(pct(t,'2025-10-23'),2) for t in ('IXIC','GSPC','DJI')]"),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 2, 2, "[round(pct(t,'2025-10-23'),2) for t in ('RUT','IXIC')]"),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 3, 2, "pct('DJI','2025-10-23')"),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 4, 2, "val('DJI','2025-10-23')"),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 5, 2, "pct('GSPC','2025-10-23')"),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 6, 2, "val('GSPC','2025-10-23')"),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 7, 2, "pct('IXIC','2025-10-23')"),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 8, 2, "val('IXIC','2025-10-23')"),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 9, 2, None),
    ('rthk_20251024_wall_street_advances_small_caps_lead', 10, 0, None),
    ('cnbc_20171101_fed_hold_december_door_open', 0, 2, "[fed_range('2017-11-01'), fed_range('2017-11-02')]"),
    ('cnbc_20171101_fed_hold_december_door_open', 1, 2, "pct('GSPC','2017-11-01')"),
    ('cnbc_20171101_fed_hold_december_door_open', 2, 2, "val('GSPC','2017-11-01')"),
    ('cnbc_20171101_fed_hold_december_door_open', 3, 2, "chg('DJI','2017-11-01')"),
    ('cnbc_20171101_fed_hold_december_door_open', 4, 2, "val('DJI','2017-11-01')"),
    ('cnbc_20171101_fed_hold_december_door_open', 5, 2, "move_from_prev('DJI','2017-11-01','high')"),
    ('cnbc_20171101_fed_hold_december_door_open', 6, 2, "pct('IXIC','2017-11-01')"),
    ('cnbc_20171101_fed_hold_december_door_open', 7, 2, "val('IXIC','2017-11-01')"),
    ('cnbc_20171101_fed_hold_december_door_open', 8, 2, "[is_record(t,'2017-11-01','high') for t in ('GSPC','DJI','IXIC')]"),
    ('cnbc_20171101_fed_hold_december_door_open', 9, 2, None),
    ('cnbc_20171101_fed_hold_december_door_open', 10, 2, "next_fomc('2017-11-02')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 0, 2, "pct('GSPC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 1, 1, "rate_change_bp('DGS10','2022-09-16','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 2, 2, "next_fomc('2022-09-20')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 3, 2, None),
    ('epochtimes_20220919_indexes_fared_fed_week', 4, 2, "chg('GSPC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 5, 2, "pct('GSPC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 6, 2, "val('GSPC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 7, 2, "chg('DJI','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 8, 2, "pct('DJI','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 9, 2, "val('DJI','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 10, 2, "chg('IXIC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 11, 2, "pct('IXIC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 12, 2, "val('IXIC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 13, 2, "chg('RUT','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 14, 2, "pct('RUT','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 15, 2, "val('RUT','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 16, 2, "ytd_pts('GSPC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 17, 2, "ytd('GSPC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 18, 2, "ytd_pts('DJI','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 19, 2, "ytd('DJI','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 20, 2, "ytd_pts('IXIC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 21, 2, "ytd('IXIC','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 22, 2, "ytd_pts('RUT','2022-09-19')"),
    ('epochtimes_20220919_indexes_fared_fed_week', 23, 2, "ytd('RUT','2022-09-19')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 0, 2, "[rate('DGS10','2020-02-25')] + min_before('DGS10','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 1, 2, "chg('DJI','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 2, 2, "pct('DJI','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 3, 2, "val('DJI','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 4, 2, "last_n_day_as_bad('DJI','2020-02-25',2)"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 5, 2, "consecutive_800_drops('2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 6, 2, "chg('GSPC','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 7, 2, "pct('GSPC','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 8, 2, "val('GSPC','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 9, 2, "chg('IXIC','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 10, 2, "pct('IXIC','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 11, 2, "val('IXIC','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 12, 2, "[round(pct_below_record('DJI','2020-02-25'),2)] + prior_record('DJI','2020-02-25')"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 13, 2, "[round(pct_below_record('GSPC','2020-02-25'),2), round(pct_below_record('GSPC','2020-02-25','high'),2)]"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 14, 2, "[round(pct_below_record('IXIC','2020-02-25'),2), round(pct_below_record('IXIC','2020-02-25','high'),2)]"),
    ('baystreet_20200225_dow_800_plunge_record_low_yield', 15, 2, "prior_record('IXIC','2020-02-25')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 0, 2, "[is_record('GSPC','2021-12-29')] + prior_record('GSPC','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 1, 2, "[is_record('DJI','2021-12-29')] + prior_record('DJI','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 2, 2, "pct('GSPC','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 3, 2, "session_move_range('GSPC','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 4, 2, "pct('DJI','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 5, 2, "pct('IXIC','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 6, 2, "[is_record('GSPC','2021-12-27'), is_record('GSPC','2021-12-23')]"),
    ('exbulletin_20211230_sp500_70th_record_2021', 7, 0, "count_records('GSPC','2021-01-01','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 8, 0, "top_record_years('GSPC',1946,2020)"),
    ('exbulletin_20211230_sp500_70th_record_2021', 9, 2, "prior_record('DJI','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 10, 0, "sessions_left_in_year('GSPC','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 11, 2, "[round(ytd('GSPC','2021-12-29'),2), round(yearly('GSPC',2021),2)]"),
    ('exbulletin_20211230_sp500_70th_record_2021', 12, 2, "[round(yearly('GSPC',y),2) for y in (2019, 2020)]"),
    ('exbulletin_20211230_sp500_70th_record_2021', 13, 2, "chg('GSPC','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 14, 2, "val('GSPC','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 15, 2, "chg('DJI','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 16, 2, "val('DJI','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 17, 2, "chg('IXIC','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 18, 2, "val('IXIC','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 19, 2, "chg('RUT','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 20, 2, "pct('RUT','2021-12-29')"),
    ('exbulletin_20211230_sp500_70th_record_2021', 21, 2, "val('RUT','2021-12-29')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 0, 2, "chg('DJI','2022-01-25')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 1, 2, "pct('DJI','2022-01-25')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 2, 2, "val('DJI','2022-01-25')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 3, 2, "pct('GSPC','2022-01-25')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 4, 2, "val('GSPC','2022-01-25')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 5, 2, "pct('IXIC','2022-01-25')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 6, 2, "val('IXIC','2022-01-25')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 7, 2, "val('VIX','2022-01-25','high')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 8, 2, "pct('VIX','2022-01-25')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 9, 2, "val('VIX','2022-01-25')"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 10, 2, "[val('VIX','2022-01-25'), val('VIX','2022-01-25','high')]"),
    ('tradinggods_20220125_stocks_retreat_vix_30', 11, 2, "next_fomc('2022-01-26')"),
    ('thetandd_20201208_steady_gains_more_records', 0, 2, "[is_record(t,'2020-12-08') for t in ('GSPC','IXIC','RUT')]"),
    ('thetandd_20201208_steady_gains_more_records', 1, 2, "chg('RUT','2020-12-08')"),
    ('thetandd_20201208_steady_gains_more_records', 2, 2, "pct('RUT','2020-12-08')"),
    ('thetandd_20201208_steady_gains_more_records', 3, 2, "val('RUT','2020-12-08')"),
    ('thetandd_20201208_steady_gains_more_records', 4, 2, None),
    ('thetandd_20201208_steady_gains_more_records', 5, 2, None),
    ('thetandd_20201208_steady_gains_more_records', 6, 0, None),
    ('gurufocus_20201127_black_friday_indexes', 0, 2, "val('DJI','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 1, 2, "chg('DJI','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 2, 2, "pct('DJI','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 3, 2, "val('GSPC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 4, 2, "chg('GSPC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 5, 2, "pct('GSPC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 6, 2, "val('IXIC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 7, 2, "chg('IXIC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 8, 2, "pct('IXIC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 9, 2, "val('VIX','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 10, 2, "chg('VIX','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 11, 2, "pct('VIX','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 12, 2, "wtd('IXIC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 13, 2, "wtd('GSPC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 14, 2, "wtd('DJI','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 15, 2, "ytd('IXIC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 16, 2, "ytd('GSPC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 17, 2, "ytd('DJI','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 18, 2, "[is_record('IXIC','2020-11-27')] + prior_record('IXIC','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 19, 0, None),
    ('gurufocus_20201127_black_friday_indexes', 20, 2, "val('RUT','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 21, 2, "chg('RUT','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 22, 2, "pct('RUT','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 23, 2, None),
    ('gurufocus_20201127_black_friday_indexes', 24, 2, "val('NDX','2020-11-27')"),
    ('gurufocus_20201127_black_friday_indexes', 25, 2, "chg('NDX','2020-11-27')"),
    ('yahoo_20220222_sp500_correction_ukraine', 0, 2, "pct_below_record('GSPC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 1, 2, "prior_record('GSPC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 2, 2, "[round(pct(t,'2022-02-22'),2) for t in ('DJI','IXIC')]"),
    ('yahoo_20220222_sp500_correction_ukraine', 3, 2, "chg('GSPC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 4, 2, "pct('GSPC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 5, 2, "val('GSPC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 6, 2, "chg('DJI','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 7, 2, "pct('DJI','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 8, 2, "val('DJI','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 9, 2, "chg('IXIC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 10, 2, "pct('IXIC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 11, 2, "val('IXIC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 12, 2, "chg('RUT','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 13, 2, "pct('RUT','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 14, 2, "val('RUT','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 15, 2, "ytd_pts('GSPC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 16, 2, "ytd('GSPC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 17, 2, "ytd_pts('DJI','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 18, 2, "ytd('DJI','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 19, 2, "ytd_pts('IXIC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 20, 2, "ytd('IXIC','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 21, 2, "ytd_pts('RUT','2022-02-22')"),
    ('yahoo_20220222_sp500_correction_ukraine', 22, 2, "ytd('RUT','2022-02-22')"),
    ('execinsiders_20240812_small_cap_rotation_fizzles', 0, 2, None),
    ('execinsiders_20240812_small_cap_rotation_fizzles', 1, 2, None),
    ('execinsiders_20240812_small_cap_rotation_fizzles', 2, 2, None),
    ('execinsiders_20240812_small_cap_rotation_fizzles', 3, 2, "ret('RUT','2024-06-28','2024-07-31')"),
    ('execinsiders_20240812_small_cap_rotation_fizzles', 4, 2, "last_month_at_least('RUT','2024-07-31')"),
    ('execinsiders_20240812_small_cap_rotation_fizzles', 5, 2, "ret('RUT','2024-07-31','2024-08-12')"),
    ('execinsiders_20240812_small_cap_rotation_fizzles', 6, 2, None),
]
# RECIPES-END


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


def evaluate(expr, decimals):
    if expr is None:
        return None
    return normalise(eval(expr), decimals)


def main(argv):
    global DATA
    data_dir = argv[1] if len(argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data_dir:
        sys.exit("usage: python reference.py DATA_DIR [KEY_JSONL]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(data_dir)
    key_path = Path(argv[2]) if len(argv) > 2 else Path(__file__).with_name("key.jsonl")
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
    for k in key:
        if k not in seen:
            mismatches += 1
            print(f"{k[0]} #{k[1]}: key record without a recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main(sys.argv)
