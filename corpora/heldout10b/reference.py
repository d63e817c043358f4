"""Recompute every computed_value in key.jsonl from the CSV files of the market-data directory.

Usage:  python reference.py DATA_DIR [KEY_JSONL]
        (or set CAPSCOPE_DATA_DIR and run: python reference.py)

RECIPES holds one entry per key record: (passage_id, claim_index, decimals, expression).
The expression is a Python string evaluated with the helpers below; None means that nothing
in the files computes the claim. Prints every value, then "N recipes, N key records,
M mismatches", and exits 1 on any mismatch. Needs pandas.
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


def px(t):
    """OHLC file (RUT, GSPC, DJI, IXIC, NDX, VIX, IWM, SPY, ...) indexed by date."""
    if t not in _cache:
        _cache[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _cache[t]


def fred(s):
    """FRED-style date,value file (DGS10, DGS2, DFEDTARU, DFEDTARL, ...)."""
    if s not in _cache:
        _cache[s] = pd.read_csv(DATA / f"{s}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _cache[s]


def col(t, f="close"):
    return px(t)[f].dropna()


def val(t, d, f="close"):
    return float(px(t).loc[ts(d), f])


def prev(t, d):
    s = col(t)
    return s.index[s.index.get_loc(ts(d)) - 1]


def last_before(t, d, f="close"):
    s = col(t, f)
    return s.index[s.index < ts(d)][-1]


def chg(t, d):
    """Daily point change, close vs previous close."""
    return val(t, d) - val(t, prev(t, d))


def pct(t, d):
    return (val(t, d) / val(t, prev(t, d)) - 1) * 100


def ret(t, a, b, f="close"):
    """% change from the close on a to the close on b."""
    return (val(t, b, f) / val(t, a, f) - 1) * 100


def pts(t, a, b):
    return val(t, b) - val(t, a)


def ybase(t, d):
    return last_before(t, f"{ts(d).year}-01-01")


def ytd(t, d, f="close"):
    return ret(t, last_before(t, f"{ts(d).year}-01-01", f), d, f)


def ytd_pts(t, d):
    return pts(t, ybase(t, d), d)


def wbase(t, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return last_before(t, monday)


def wtd(t, d):
    return ret(t, wbase(t, d), d)


def wtd_pts(t, d):
    return pts(t, wbase(t, d), d)


def qtd(t, d):
    q0 = ts(d).to_period("Q").start_time
    return ret(t, last_before(t, q0), d)


def mid_range_pct(t, d, base=None):
    """(low, high) of session d as % change vs base close (default: previous close)."""
    b = val(t, prev(t, d)) if base is None else val(t, base)
    return [round((val(t, d, "low") / b - 1) * 100, 2), round((val(t, d, "high") / b - 1) * 100, 2)]


def mid_range_pts(t, d):
    b = val(t, prev(t, d))
    return [round(val(t, d, "low") - b, 2), round(val(t, d, "high") - b, 2)]


def lvl_range(t, d):
    return [val(t, d, "low"), val(t, d, "high")]


def record_before(t, d, f="close"):
    s = col(t, f)
    s = s[s.index < ts(d)]
    return [s.idxmax().date().isoformat(), float(s.max())]


def is_record(t, d, f="close"):
    return bool(val(t, d, f) > record_before(t, d, f)[1])


def highest_since(t, d, f="close", level=None):
    """Last earlier session whose value of f was >= the value on d (or >= level)."""
    s = col(t, f)
    v = s.loc[ts(d)] if level is None else level
    prior = s[(s.index < ts(d)) & (s >= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none"


def lowest_since(t, d, f="close"):
    s = col(t, f)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s <= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none"


def max_in(t, a, b, f="high"):
    s = col(t, f)[ts(a):ts(b)]
    return [s.idxmax().date().isoformat(), float(s.max())]


def min_in(t, a, b, f="low"):
    s = col(t, f)[ts(a):ts(b)]
    return [s.idxmin().date().isoformat(), float(s.min())]


def first_close_at_or_above(t, level):
    s = col(t)
    return s[s >= level].index[0].date().isoformat()


def streak(t, d, up=True):
    m = col(t).diff().dropna()
    m = m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def below_record_pct(t, d, f_rec="close", value=None):
    rec = record_before(t, d, f_rec)[1] if value is None else record_before(t, d, f_rec)[1]
    v = val(t, d) if value is None else value
    return (1 - v / rec) * 100


def last_move_as_big(t, d, down=True):
    m = (col(t).pct_change() * 100).dropna()
    v = m.loc[ts(d)]
    prior = m[m.index < ts(d)]
    hit = prior[prior <= v] if down else prior[prior >= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def ratio_lowest_since(a, b, d):
    r = (col(a) / col(b)).dropna()
    v = r.loc[ts(d)]
    prior = r[(r.index < ts(d)) & (r <= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none"


def rate(s, d):
    return float(fred(s).loc[ts(d)])


def bp(s, a, b):
    return round((rate(s, b) - rate(s, a)) * 100, 1)


def spread(d, long="DGS10", short="DGS2"):
    return round(rate(long, d) - rate(short, d), 2)


def fed_range(d):
    return [rate("DFEDTARL", d), rate("DFEDTARU", d)]


def fed_change_bp(decision_day):
    """Change of the target-range top from the decision day to the next day (effective date)."""
    d = ts(decision_day)
    return round((rate("DFEDTARU", d + pd.Timedelta(days=1)) - rate("DFEDTARU", d)) * 100)


def is_fomc_day(d):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    return bool((m.date == ts(d)).any())


def weekday(d):
    return ts(d).day_name()


def hv(t, d, n=20):
    """Annualised standard deviation (%) of the last n daily log returns ending on d."""
    import math
    s = col(t)
    s = s[s.index <= ts(d)]
    lr = (s / s.shift(1)).apply(math.log).dropna().tail(n)
    return float(lr.std() * math.sqrt(252) * 100)


def last_week_as_bad(t, friday):
    """Last earlier Friday-ending week with a % loss at least as large as the week ending `friday`."""
    w = (col(t).resample("W-FRI").last().pct_change() * 100).dropna()
    v = w.loc[ts(friday)]
    prior = w[w.index < ts(friday)]
    return prior[prior <= v].index[-1].date().isoformat()


RECIPES = [
    # BEGIN RECIPES (written by build_key.py)
    ('forexlive_20240328_rut_quarter_end_high', 0, 2, "mid_range_pct('RUT','2024-03-28')"),
    ('forexlive_20240328_rut_quarter_end_high', 1, 2, "[val('RUT','2024-03-28','high'), max_in('RUT','2024-01-02','2024-03-27')[1]]"),
    ('forexlive_20240328_rut_quarter_end_high', 2, 2, "highest_since('RUT','2024-03-28','high')"),
    ('forexlive_20240328_rut_quarter_end_high', 3, 1, "(ts('2024-03-28') - ts('2022-03-31')).days / 7"),
    ('forexlive_20240328_rut_quarter_end_high', 4, 2, "val('RUT','2024-03-28','high')"),
    ('forexlive_20240328_rut_quarter_end_high', 5, 2, None),
    ('forexlive_20240328_rut_quarter_end_high', 6, 2, "max_in('RUT','2022-03-01','2022-03-31')[1]"),
    ('forexlive_20240328_rut_quarter_end_high', 7, 2, None),
    ('forexlive_20240328_rut_quarter_end_high', 8, 2, "record_before('RUT','2024-03-28','high')[1]"),
    ('forexlive_20240328_rut_quarter_end_high', 9, 2, "record_before('RUT','2024-03-28','high')[0]"),
    ('forexlive_20240328_rut_quarter_end_high', 10, 2, "[round((1 - val('RUT','2024-03-28','high') / record_before('RUT','2024-03-28')[1]) * 100, 2), round((1 - val('RUT','2024-03-28','low') / record_before('RUT','2024-03-28')[1]) * 100, 2), round((record_before('RUT','2024-03-28')[1] / val('RUT','2024-03-28','high') - 1) * 100, 2), round((record_before('RUT','2024-03-28')[1] / val('RUT','2024-03-28','low') - 1) * 100, 2)]"),
    ('forexlive_20240328_rut_quarter_end_high', 11, 2, "mid_range_pts('GSPC','2024-03-28')"),
    ('forexlive_20240328_rut_quarter_end_high', 12, 2, "mid_range_pct('GSPC','2024-03-28')"),
    ('forexlive_20240328_rut_quarter_end_high', 13, 2, "lvl_range('GSPC','2024-03-28')"),
    ('forexlive_20240328_rut_quarter_end_high', 14, 2, "is_record('GSPC','2024-03-27')"),
    ('forexlive_20240328_rut_quarter_end_high', 15, 2, "record_before('GSPC','2024-03-28','high')"),
    ('forexlive_20240328_rut_quarter_end_high', 16, 2, "record_before('IXIC','2024-03-28','high')"),
    ('forexlive_20240328_rut_quarter_end_high', 17, 2, "record_before('DJI','2024-03-28','high')"),
    ('forexlive_20240328_rut_quarter_end_high', 18, 2, "first_close_at_or_above('DJI', 30000)"),
    ('forexlive_20240328_rut_quarter_end_high', 19, 2, "mid_range_pct('DJI','2024-03-28', base='2023-12-29')"),
    ('forexlive_20240328_rut_quarter_end_high', 20, 2, "mid_range_pct('GSPC','2024-03-28', base='2023-12-29')"),
    ('forexlive_20240328_rut_quarter_end_high', 21, 2, "mid_range_pct('IXIC','2024-03-28', base='2023-12-29')"),
    ('forexlive_20240328_rut_quarter_end_high', 22, 2, "mid_range_pct('RUT','2024-03-28', base='2023-12-29')"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 0, 2, "[ret('RUT','2018-12-31','2019-12-31'), ret('IWM','2018-12-31','2019-12-31','adj_close')]"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 1, 2, None),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 2, 2, "lvl_range('RUT','2025-10-08')"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 3, 2, "mid_range_pct('RUT','2025-10-08')"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 4, 2, "[streak('RUT','2025-10-06'), pct('RUT','2025-10-07')]"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 5, 2, "min_in('GSPC','2025-04-01','2025-04-30','low')"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 6, 2, "ret('RUT','2025-04-08','2025-10-08')"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 7, 2, "ret('GSPC','2025-04-08','2025-10-08')"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 8, 2, "ret('RUT','2025-04-08','2025-10-08') - ret('GSPC','2025-04-08','2025-10-08')"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 9, 0, "fed_change_bp('2025-09-17')"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 10, 2, None),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 11, 2, "is_fomc_day('2025-10-29')"),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 12, 2, None),
    ('smebusinessreview_20251008_rut_misses_eighth_gain', 13, 2, "is_fomc_day('2025-12-10')"),
    ('schwab_20250926_rut_slides_from_record', 0, 2, "val('RUT','2025-09-23','high')"),
    ('schwab_20250926_rut_slides_from_record', 1, 2, "[is_record('RUT','2025-09-23','high'), record_before('RUT','2025-09-23','high')]"),
    ('schwab_20250926_rut_slides_from_record', 2, 2, "val('RUT','2025-09-23')"),
    ('schwab_20250926_rut_slides_from_record', 3, 2, "[val('RUT','2025-09-23') > record_before('RUT','2024-01-01')[1], is_record('RUT','2025-09-23'), record_before('RUT','2025-09-23')]"),
    ('schwab_20250926_rut_slides_from_record', 4, 2, "(ts('2025-09-23') - ts(record_before('RUT','2024-01-01')[0])).days / 365.25"),
    ('schwab_20250926_rut_slides_from_record', 5, 2, "val('RUT','2024-11-25','high')"),
    ('schwab_20250926_rut_slides_from_record', 6, 2, "record_before('RUT','2024-01-01')[1]"),
    ('schwab_20250926_rut_slides_from_record', 7, 2, "record_before('RUT','2024-01-01')[0]"),
    ('schwab_20250926_rut_slides_from_record', 8, 2, None),
    ('schwab_20250926_rut_slides_from_record', 9, 0, None),
    ('schwab_20250926_rut_slides_from_record', 10, 2, None),
    ('schwab_20250926_rut_slides_from_record', 11, 0, "fed_change_bp('2025-09-17')"),
    ('schwab_20250926_rut_slides_from_record', 12, 2, None),
    ('lifehealth_20150713_small_caps_summer_heat', 0, 2, "[ytd('RUT','2015-07-07'), ytd('IWM','2015-07-07','adj_close')]"),
    ('lifehealth_20150713_small_caps_summer_heat', 1, 2, "[ret('RUT','2015-06-26','2015-07-07'), ret('RUT','2015-06-29','2015-07-07')]"),
    ('lifehealth_20150713_small_caps_summer_heat', 2, 2, "ret('RUT','2015-06-26','2015-07-07')"),
    ('lifehealth_20150713_small_caps_summer_heat', 3, 2, None),
    ('lifehealth_20150713_small_caps_summer_heat', 4, 2, None),
    ('lifehealth_20150713_small_caps_summer_heat', 5, 2, None),
    ('dailyfx_20190827_rut_tests_support', 0, 2, "[val('RUT','2019-08-27','low'), val('RUT','2019-08-15','low'), val('RUT','2019-08-27'), val('RUT','2019-08-15')]"),
    ('dailyfx_20190827_rut_tests_support', 1, 2, "ytd('RUT','2019-08-27')"),
    ('dailyfx_20190827_rut_tests_support', 2, 2, "ytd('GSPC','2019-08-27')"),
    ('dailyfx_20190827_rut_tests_support', 3, 2, "ratio_lowest_since('RUT','GSPC','2019-08-27')"),
    ('dailyfx_20190827_rut_tests_support', 4, 2, "ratio_lowest_since('RUT','GSPC','2019-08-27')"),
    ('dailyfx_20190827_rut_tests_support', 5, 2, "spread('2019-08-27')"),
    ('dailyfx_20190827_rut_tests_support', 6, 2, None),
    ('dailyfx_20190827_rut_tests_support', 7, 2, None),
    ('spreadex_20230324_russell_erases_2023_gains', 0, 2, "ytd('RUT','2023-03-23')"),
    ('spreadex_20230324_russell_erases_2023_gains', 1, 2, "ytd('RUT','2023-02-02')"),
    ('spreadex_20230324_russell_erases_2023_gains', 2, 2, "[ytd('IXIC','2023-02-02'), ytd('RUT','2023-02-02')]"),
    ('spreadex_20230324_russell_erases_2023_gains', 3, 2, "[ret('IXIC','2023-03-09','2023-03-23'), ret('RUT','2023-03-09','2023-03-23')]"),
    ('spreadex_20230324_russell_erases_2023_gains', 4, 0, "fed_change_bp('2023-03-22')"),
    ('oninvest_20250729_small_caps_outpace_july', 0, 2, "ret('RUT','2025-06-30','2025-07-28')"),
    ('oninvest_20250729_small_caps_outpace_july', 1, 2, "ret('GSPC','2025-06-30','2025-07-28')"),
    ('oninvest_20250729_small_caps_outpace_july', 2, 2, "ret('IXIC','2025-06-30','2025-07-28')"),
    ('oninvest_20250729_small_caps_outpace_july', 3, 2, "ret('DJI','2025-06-30','2025-07-28')"),
    ('oninvest_20250729_small_caps_outpace_july', 4, 2, None),
    ('oninvest_20250729_small_caps_outpace_july', 5, 2, "fed_range('2025-07-28')"),
    ('ap_20201123_how_indexes_fared_monday', 0, 3, "chg('GSPC','2020-11-23') / -pts('GSPC','2020-11-13','2020-11-20')"),
    ('ap_20201123_how_indexes_fared_monday', 1, 1, "[bp('DGS10','2020-11-20','2020-11-23'), bp('DGS2','2020-11-20','2020-11-23')]"),
    ('ap_20201123_how_indexes_fared_monday', 2, 2, "chg('GSPC','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 3, 2, "pct('GSPC','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 4, 2, "val('GSPC','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 5, 2, "chg('DJI','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 6, 2, "pct('DJI','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 7, 2, "val('DJI','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 8, 2, "chg('IXIC','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 9, 2, "pct('IXIC','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 10, 2, "val('IXIC','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 11, 2, "chg('RUT','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 12, 2, "pct('RUT','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 13, 2, "val('RUT','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 14, 2, "ytd_pts('GSPC','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 15, 2, "ytd('GSPC','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 16, 2, "ytd_pts('DJI','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 17, 2, "ytd('DJI','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 18, 2, "ytd_pts('IXIC','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 19, 2, "ytd('IXIC','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 20, 2, "ytd_pts('RUT','2020-11-23')"),
    ('ap_20201123_how_indexes_fared_monday', 21, 2, "ytd('RUT','2020-11-23')"),
    ('gurufocus_20200514_indexes_close_with_gains', 0, 2, "val('DJI','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 1, 2, "chg('DJI','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 2, 2, "pct('DJI','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 3, 2, "val('GSPC','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 4, 2, "chg('GSPC','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 5, 2, "pct('GSPC','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 6, 2, "val('IXIC','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 7, 2, "chg('IXIC','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 8, 2, "pct('IXIC','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 9, 2, "val('VIX','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 10, 2, "chg('VIX','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 11, 2, "pct('VIX','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 12, 0, "[streak('GSPC','2020-05-13', False), streak('IXIC','2020-05-13', False), streak('DJI','2020-05-13', False)]"),
    ('gurufocus_20200514_indexes_close_with_gains', 13, 2, None),
    ('gurufocus_20200514_indexes_close_with_gains', 14, 2, "val('RUT','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 15, 2, "chg('RUT','2020-05-14')"),
    ('gurufocus_20200514_indexes_close_with_gains', 16, 2, "pct('RUT','2020-05-14')"),
    ('optionmonster_20141212_vix_breaks_20', 0, 2, "chg('GSPC','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 1, 2, "pct('GSPC','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 2, 2, "val('GSPC','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 3, 2, "[val('GSPC','2014-12-11','high'), chg('GSPC','2014-12-10')]"),
    ('optionmonster_20141212_vix_breaks_20', 4, 2, None),
    ('optionmonster_20141212_vix_breaks_20', 5, 2, "chg('NDX','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 6, 2, "pct('NDX','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 7, 2, "val('NDX','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 8, 2, "val('NDX','2014-12-11','high')"),
    ('optionmonster_20141212_vix_breaks_20', 9, 2, "[val('NDX','2014-12-11','high'), col('NDX').rolling(10).mean().loc[ts('2014-12-11')], col('NDX').rolling(20).mean().loc[ts('2014-12-11')], val('NDX','2014-12-11')]"),
    ('optionmonster_20141212_vix_breaks_20', 10, 2, "chg('RUT','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 11, 2, "pct('RUT','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 12, 2, "val('RUT','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 13, 2, None),
    ('optionmonster_20141212_vix_breaks_20', 14, 2, "chg('VIX','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 15, 2, "pct('VIX','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 16, 2, "val('VIX','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 17, 2, "highest_since('VIX','2014-12-11')"),
    ('optionmonster_20141212_vix_breaks_20', 18, 2, None),
    ('optionmonster_20141212_vix_breaks_20', 19, 2, "hv('GSPC','2014-12-11', 20)"),
    ('optionmonster_20141212_vix_breaks_20', 20, 2, None),
    ('optionmonster_20141212_vix_breaks_20', 21, 2, None),
    ('parkwood_20241018_choppy_market_week', 0, 2, "val('GSPC','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 1, 2, "chg('GSPC','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 2, 2, "pct('GSPC','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 3, 2, "val('GSPC','2024-10-14','open')"),
    ('parkwood_20241018_choppy_market_week', 4, 2, "(val('GSPC','2024-10-18') / val('GSPC','2024-10-14','open') - 1) * 100"),
    ('parkwood_20241018_choppy_market_week', 5, 2, "is_record('GSPC','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 6, 2, "val('VIX','2024-10-14','open')"),
    ('parkwood_20241018_choppy_market_week', 7, 2, "val('VIX','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 8, 2, "val('IWM','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 9, 2, "chg('IWM','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 10, 2, "pct('IWM','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 11, 2, "val('IWM','2024-10-14','open')"),
    ('parkwood_20241018_choppy_market_week', 12, 2, '(226 / 221 - 1) * 100'),
    ('parkwood_20241018_choppy_market_week', 13, 2, "[val('IWM','2024-10-18'), record_before('IWM','2024-10-18')]"),
    ('parkwood_20241018_choppy_market_week', 14, 2, "val('IXIC','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 15, 2, "chg('IXIC','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 16, 2, "pct('IXIC','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 17, 2, "val('IXIC','2024-10-14','open')"),
    ('parkwood_20241018_choppy_market_week', 18, 2, "(val('IXIC','2024-10-18') / val('IXIC','2024-10-14','open') - 1) * 100"),
    ('parkwood_20241018_choppy_market_week', 19, 2, "[is_record('IXIC','2024-10-14'), val('IXIC','2024-10-14'), record_before('IXIC','2024-10-14')]"),
    ('parkwood_20241018_choppy_market_week', 20, 2, "[max_in('IXIC','2024-10-14','2024-10-18'), record_before('IXIC','2024-10-14','high'), max_in('IXIC','2024-10-14','2024-10-18','close'), record_before('IXIC','2024-10-14')]"),
    ('parkwood_20241018_choppy_market_week', 21, 2, "[min_in('GSPC','2024-10-14','2024-10-18')[1], max_in('GSPC','2024-10-14','2024-10-18')[1]]"),
    ('parkwood_20241018_choppy_market_week', 22, 2, "ret('RUT','2024-10-10','2024-10-18')"),
    ('parkwood_20241018_choppy_market_week', 23, 0, "streak('RUT','2024-10-18', False)"),
    ('parkwood_20241018_choppy_market_week', 24, 2, None),
    ('dredheadz_20260105_markets_week_to_jan2', 0, 2, "[round(wtd(t,'2026-01-02'), 2) for t in ('DJI','IXIC','GSPC','RUT')]"),
    ('dredheadz_20260105_markets_week_to_jan2', 1, 2, None),
    ('dredheadz_20260105_markets_week_to_jan2', 2, 0, "[streak('GSPC','2025-12-31', False), streak('DJI','2025-12-31', False), streak('IXIC','2025-12-31', False)]"),
    ('dredheadz_20260105_markets_week_to_jan2', 3, 1, "bp('DGS10','2025-12-26','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 4, 2, "val('DJI','2025-12-31')"),
    ('dredheadz_20260105_markets_week_to_jan2', 5, 2, "val('DJI','2025-12-26')"),
    ('dredheadz_20260105_markets_week_to_jan2', 6, 2, "val('DJI','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 7, 2, "wtd('DJI','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 8, 2, "ytd('DJI','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 9, 2, "val('IXIC','2025-12-31')"),
    ('dredheadz_20260105_markets_week_to_jan2', 10, 2, "val('IXIC','2025-12-26')"),
    ('dredheadz_20260105_markets_week_to_jan2', 11, 2, "val('IXIC','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 12, 2, "wtd('IXIC','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 13, 2, "ytd('IXIC','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 14, 2, "val('GSPC','2025-12-31')"),
    ('dredheadz_20260105_markets_week_to_jan2', 15, 2, "val('GSPC','2025-12-26')"),
    ('dredheadz_20260105_markets_week_to_jan2', 16, 2, "val('GSPC','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 17, 2, "wtd('GSPC','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 18, 2, "ytd('GSPC','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 19, 2, "val('RUT','2025-12-31')"),
    ('dredheadz_20260105_markets_week_to_jan2', 20, 2, "val('RUT','2025-12-26')"),
    ('dredheadz_20260105_markets_week_to_jan2', 21, 2, "val('RUT','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 22, 2, "wtd('RUT','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 23, 2, "ytd('RUT','2026-01-02')"),
    ('dredheadz_20260105_markets_week_to_jan2', 24, 2, "[fed_range('2025-12-31'), fed_range('2025-12-26'), fed_range('2026-01-02')]"),
    ('dredheadz_20260105_markets_week_to_jan2', 25, 2, "rate('DGS10','2025-12-31')"),
    ('dredheadz_20260105_markets_week_to_jan2', 26, 2, "rate('DGS10','2025-12-26')"),
    ('dredheadz_20260105_markets_week_to_jan2', 27, 2, "rate('DGS10','2026-01-02')"),
    ('msbusiness_20180208_dow_sheds_on_rates', 0, 2, "mid_range_pts('DJI','2018-02-08')"),
    ('msbusiness_20180208_dow_sheds_on_rates', 1, 2, "min_in('DJI','2018-02-05','2018-02-07','low')"),
    ('msbusiness_20180208_dow_sheds_on_rates', 2, 2, "mid_range_pct('GSPC','2018-02-08')"),
    ('msbusiness_20180208_dow_sheds_on_rates', 3, 2, "[val('GSPC','2018-02-08'), col('GSPC').rolling(100).mean().loc[ts('2018-02-08')]]"),
    ('msbusiness_20180208_dow_sheds_on_rates', 4, 2, "mid_range_pct('IXIC','2018-02-08')"),
    ('msbusiness_20180208_dow_sheds_on_rates', 5, 2, "rate('DGS10','2018-02-08')"),
    ('msbusiness_20180208_dow_sheds_on_rates', 6, 2, "rate('DGS10','2018-02-08')"),
    ('msbusiness_20180208_dow_sheds_on_rates', 7, 2, None),
    ('msbusiness_20180208_dow_sheds_on_rates', 8, 2, None),
    ('msbusiness_20180208_dow_sheds_on_rates', 9, 2, None),
    ('msbusiness_20180208_dow_sheds_on_rates', 10, 2, "[wtd('DJI','2018-02-02'), last_week_as_bad('DJI','2018-02-02')]"),
    ('msbusiness_20180208_dow_sheds_on_rates', 11, 2, "[wtd('GSPC','2018-02-02'), last_week_as_bad('GSPC','2018-02-02')]"),
    ('msbusiness_20180208_dow_sheds_on_rates', 12, 2, "chg('DJI','2018-02-05')"),
    ('mtnewswires_20250902_equities_decline_yields', 0, 2, "mid_range_pct('IXIC','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 1, 2, "lvl_range('IXIC','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 2, 2, "mid_range_pct('GSPC','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 3, 2, "lvl_range('GSPC','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 4, 2, "mid_range_pct('DJI','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 5, 2, "lvl_range('DJI','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 6, 2, "mid_range_pct('VIX','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 7, 2, "lvl_range('VIX','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 8, 1, "bp('DGS10','2025-08-29','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 9, 2, "rate('DGS10','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 10, 1, "bp('DGS2','2025-08-29','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 11, 2, "rate('DGS2','2025-09-02')"),
    ('mtnewswires_20250902_equities_decline_yields', 12, 0, None),
    # END RECIPES
]


def normalise(v, dec):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, dec)
    if isinstance(v, (list, tuple)):
        return [normalise(x, dec) for x in v]
    return v


def compute(expr, dec):
    return None if expr is None else normalise(eval(expr), dec)


def main():
    global DATA
    args = sys.argv[1:]
    data = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python reference.py DATA_DIR [KEY_JSONL]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(data)
    key_path = Path(args[1]) if len(args) > 1 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    bad = 0
    for pid, i, dec, expr in RECIPES:
        v = compute(expr, dec)
        flag = ""
        if key.get((pid, i), "missing") != v:
            bad += 1
            flag = f"   <-- key.jsonl has {key.get((pid, i), 'missing')!r}"
        print(f"{pid} #{i}: {v!r}{flag}")
    seen = {(p, i) for p, i, _, _ in RECIPES}
    for k in key:
        if k not in seen:
            bad += 1
            print(f"{k[0]} #{k[1]}: no recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
