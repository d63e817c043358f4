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



RECIPES = [
    # (passage_id, claim_index, decimals, computation)
    ('econoday_200212_rut_resource_center', 0, 0, lambda: sum(1 for v in yearly('RUT').loc['1998':'2001'] if v < 0)),
    ('econoday_200212_rut_resource_center', 1, 2, lambda: float(yearly('RUT').loc['1992':'2001'].mean())),
    ('econoday_200212_rut_resource_center', 2, 2, None),
    ('econoday_200212_rut_resource_center', 3, 2, lambda: [round(max_drawdown('RUT','1998-01-01','1998-12-31'), 2), round(max_drawdown('GSPC','1998-01-01','1998-12-31'), 2)]),
    ('econoday_200212_rut_resource_center', 4, 2, lambda: [round(span_pct('RUT','1999-09-30','1999-12-31'), 2), round(span_pct('RUT','1999-12-31','2000-03-09'), 2), round(span_pct('RUT','1999-12-31','2000-06-30'), 2)]),
    ('econoday_200212_rut_resource_center', 5, 2, None),
    ('econoday_200212_rut_resource_center', 6, 2, lambda: [round(span_pct('RUT','2001-12-31','2002-03-28'), 2), round(span_pct('GSPC','2001-12-31','2002-03-28'), 2)]),
    ('econoday_200212_rut_resource_center', 7, 2, lambda: float(monthly('RUT').loc['2002-11-30'])),
    ('econoday_200212_rut_resource_center', 8, 0, lambda: int((monthly('RUT').loc['2001-12-31':'2002-11-30'] > 0).sum())),
    ('econoday_200212_rut_resource_center', 9, 2, lambda: [round(span_pct('RUT','2001-12-31','2002-06-28'), 2), round(span_pct('GSPC','2001-12-31','2002-06-28'), 2)]),
    ('econoday_200212_rut_resource_center', 10, 2, lambda: [round(ytd_pct('RUT','2002-11-29'), 2), round(ytd_pct('GSPC','2002-11-29'), 2), round(span_pct('RUT','2002-06-28','2002-11-29'), 2), round(span_pct('GSPC','2002-06-28','2002-11-29'), 2)]),
    ('mediocretrader_200711_january_effect', 0, 2, lambda: january_stats('RUT', 1992, 2007)[0]),
    ('mediocretrader_200711_january_effect', 1, 2, lambda: january_stats('RUT', 1992, 2007)[1]),
    ('mediocretrader_200711_january_effect', 2, 2, lambda: january_stats('RUT', 1992, 2007)[2]),
    ('mediocretrader_200711_january_effect', 3, 2, lambda: january_stats('GSPC', 1992, 2007)[0]),
    ('mediocretrader_200711_january_effect', 4, 2, lambda: january_stats('GSPC', 1992, 2007)[1]),
    ('mediocretrader_200711_january_effect', 5, 2, lambda: january_stats('GSPC', 1992, 2007)[2]),
    ('mediocretrader_200711_january_effect', 6, 2, None),
    ('barrons_20001211_january_effect_in_december', 0, 0, lambda: [biggest_gain_rank('IXIC','2000-12-05','pct'), biggest_gain_rank('IXIC','2000-12-05','pts')]),
    ('barrons_20001211_january_effect_in_december', 1, 2, lambda: [round(pct('RUT','2000-12-05'), 2), round(pct('GSPC','2000-12-05'), 2)]),
    ('barrons_20001211_january_effect_in_december', 2, 2, lambda: ff_january_mean(1926, 2000)),
    ('barrons_20001211_january_effect_in_december', 3, 2, lambda: float(calendar_month_means('GSPC', 1928, 2000).loc[1])),
    ('barrons_20001211_january_effect_in_december', 4, 2, lambda: -ff_drawdown('1929-01', '1933-12')),
    ('barrons_20001211_january_effect_in_december', 5, 2, lambda: ff_month('1930-01')),
    ('nasdaq_20110812_small_caps_led_thursday', 0, 2, lambda: pct('RUT','2011-08-11')),
    ('nasdaq_20110812_small_caps_led_thursday', 1, 2, None),
    ('nasdaq_20110812_small_caps_led_thursday', 2, 2, lambda: pct('DJI','2011-08-11')),
    ('nasdaq_20110812_small_caps_led_thursday', 3, 2, lambda: pct('GSPC','2011-08-11')),
    ('nasdaq_20110812_small_caps_led_thursday', 4, 2, lambda: pct('IXIC','2011-08-11')),
    ('nasdaq_20110812_small_caps_led_thursday', 5, 2, lambda: [round(pct('RUT','2011-08-11'), 2), round(pct('DJI','2011-08-11'), 2), round(pct('GSPC','2011-08-11'), 2), round(pct('IXIC','2011-08-11'), 2)]),
    ('nasdaq_20110812_small_caps_led_thursday', 6, 2, lambda: sign_pattern('DJI','2011-08-08','2011-08-11')),
    ('nasdaq_20110812_small_caps_led_thursday', 7, 2, None),
    ('nasdaq_20110812_small_caps_led_thursday', 8, 2, None),
    ('usatoday_20130710_rut_1000_milestone', 0, 2, None),
    ('usatoday_20130710_rut_1000_milestone', 1, 2, None),
    ('usatoday_20130710_rut_1000_milestone', 2, 2, None),
    ('usatoday_20130710_rut_1000_milestone', 3, 0, lambda: sessions_high_above_close_below('RUT','2013-05-01','2013-07-04',1000)),
    ('usatoday_20130710_rut_1000_milestone', 4, 2, lambda: first_close_at_or_above('RUT', 1000)),
    ('usatoday_20130710_rut_1000_milestone', 5, 2, lambda: chg('RUT','2013-07-10')),
    ('usatoday_20130710_rut_1000_milestone', 6, 2, lambda: val('RUT','2013-07-10')),
    ('usatoday_20130710_rut_1000_milestone', 7, 2, lambda: ytd_pct('RUT','2013-07-10')),
    ('usatoday_20130710_rut_1000_milestone', 8, 2, lambda: is_record_close('RUT','2013-07-10')),
    ('usatoday_20130710_rut_1000_milestone', 9, 2, None),
    ('crossingwallstreet_20131104_small_cap_rally_over', 0, 2, lambda: round((ts('2013-11-04') - ts(rel_extreme_date('RUT','GSPC','1979-01-01','2013-11-01', low=True))).days / 365.25, 2)),
    ('crossingwallstreet_20131104_small_cap_rally_over', 1, 2, lambda: rel_extreme_date('RUT','GSPC','1987-09-10','2013-11-01', low=True)),
    ('crossingwallstreet_20131104_small_cap_rally_over', 2, 2, lambda: val('GSPC','1999-04-08') * val('RUT','2013-11-01') / val('RUT','1999-04-08')),
    ('crossingwallstreet_20131104_small_cap_rally_over', 3, 2, lambda: rel_extreme_date('RUT','GSPC','1987-09-10','2013-11-01', low=False)),
    ('crossingwallstreet_20131104_small_cap_rally_over', 4, 0, lambda: rel_under_streak('RUT','GSPC','2013-11-01')),
    ('crossingwallstreet_20131104_small_cap_rally_over', 5, 2, None),
    ('spokesman_20090228_dow_below_half_record', 0, 2, lambda: [round(float(monthly('DJI').loc['2009-01-31']), 2), round(float(monthly('DJI').loc['2009-02-28']), 2)]),
    ('spokesman_20090228_dow_below_half_record', 1, 4, lambda: val('DJI','2009-02-27') / record_high_before('DJI','2009-02-27')[1]),
    ('spokesman_20090228_dow_below_half_record', 2, 2, None),
    ('spokesman_20090228_dow_below_half_record', 3, 2, lambda: chg('DJI','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 4, 2, None),
    ('spokesman_20090228_dow_below_half_record', 5, 2, lambda: span_pts('DJI','2009-02-20','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 6, 2, lambda: span_pct('DJI','2009-02-20','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 7, 2, lambda: val('DJI','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 8, 2, lambda: span_pts('GSPC','2009-02-20','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 9, 2, lambda: span_pct('GSPC','2009-02-20','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 10, 2, lambda: val('GSPC','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 11, 2, lambda: span_pts('IXIC','2009-02-20','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 12, 2, lambda: span_pct('IXIC','2009-02-20','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 13, 2, lambda: val('IXIC','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 14, 2, lambda: span_pts('RUT','2009-02-20','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 15, 2, lambda: span_pct('RUT','2009-02-20','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 16, 2, lambda: val('RUT','2009-02-27')),
    ('spokesman_20090228_dow_below_half_record', 17, 2, None),
    ('spokesman_20090228_dow_below_half_record', 18, 2, None),
    ('spokesman_20090228_dow_below_half_record', 19, 2, None),
    ('peoplesdaily_20010313_nasdaq_below_2000', 0, 2, lambda: val('IXIC','2001-03-12')),
    ('peoplesdaily_20010313_nasdaq_below_2000', 1, 2, lambda: [round(drawdown_from_peak('IXIC','2001-03-12'), 2), worst_drawdown_before('IXIC','2001-03-12')]),
    ('peoplesdaily_20010313_nasdaq_below_2000', 2, 2, lambda: chg('DJI','2001-03-12')),
    ('peoplesdaily_20010313_nasdaq_below_2000', 3, 2, None),
    ('peoplesdaily_20010313_nasdaq_below_2000', 4, 2, lambda: chg('IXIC','2001-03-12')),
    ('peoplesdaily_20010313_nasdaq_below_2000', 5, 2, lambda: val('IXIC','2001-03-12')),
    ('peoplesdaily_20010313_nasdaq_below_2000', 6, 2, lambda: last_close_below('IXIC','2001-03-12',2000)),
    ('peoplesdaily_20010313_nasdaq_below_2000', 7, 2, lambda: lowest_since('IXIC','2001-03-12')),
    ('peoplesdaily_20010313_nasdaq_below_2000', 8, 2, None),
    ('thisismoney_20040330_nasdaq_back_above_2000', 0, 2, lambda: last_close_above('IXIC','2004-03-30',2000)),
    ('thisismoney_20040330_nasdaq_back_above_2000', 1, 2, lambda: chg('DJI','2004-03-30')),
    ('thisismoney_20040330_nasdaq_back_above_2000', 2, 2, lambda: val('DJI','2004-03-30')),
    ('thisismoney_20040330_nasdaq_back_above_2000', 3, 0, lambda: streak('DJI','2004-03-30', up=True)),
    ('thisismoney_20040330_nasdaq_back_above_2000', 4, 0, lambda: [up_sessions('DJI','2004-03-30',4), 4]),
    ('thisismoney_20040330_nasdaq_back_above_2000', 5, 2, None),
    ('thisismoney_20040330_nasdaq_back_above_2000', 6, 2, None),
    ('ap_20110906_europe_worries_midday', 0, 2, lambda: yld('2011-09-06')),
    ('ap_20110906_europe_worries_midday', 1, 2, lambda: session_range('DJI','2011-09-06')),
    ('ap_20110906_europe_worries_midday', 2, 2, None),
    ('ap_20110906_europe_worries_midday', 3, 2, lambda: in_range('DJI','2011-09-06',11050)),
    ('ap_20110906_europe_worries_midday', 4, 2, lambda: intraday_move('DJI','2011-09-06','low')),
    ('ap_20110906_europe_worries_midday', 5, 2, None),
    ('ap_20110906_europe_worries_midday', 6, 2, None),
    ('ap_20110906_europe_worries_midday', 7, 2, lambda: in_range('GSPC','2011-09-06',1155)),
    ('ap_20110906_europe_worries_midday', 8, 2, None),
    ('ap_20110906_europe_worries_midday', 9, 2, lambda: in_range('IXIC','2011-09-06',2443)),
    ('ap_20110906_europe_worries_midday', 10, 2, None),
    ('ap_20110906_europe_worries_midday', 11, 2, None),
    ('ap_20110906_europe_worries_midday', 12, 2, lambda: not is_session('GSPC','2011-09-05') and not is_session('DJI','2011-09-05')),
    ('ap_20110906_europe_worries_midday', 13, 0, lambda: int(calendar_month_means('GSPC', 1928, 2010).idxmin())),
    ('ap_20110906_europe_worries_midday', 14, 2, None),
    ('ap_20110912_greece_worries_early_trading', 0, 2, lambda: [yld('2011-09-12'), yield_record_low_before('2011-09-12')]),
    ('ap_20110912_greece_worries_early_trading', 1, 2, lambda: session_range('DJI','2011-09-12')),
    ('ap_20110912_greece_worries_early_trading', 2, 2, None),
    ('ap_20110912_greece_worries_early_trading', 3, 2, lambda: in_range('DJI','2011-09-12',10921)),
    ('ap_20110912_greece_worries_early_trading', 4, 2, lambda: intraday_move('DJI','2011-09-12','low')),
    ('ap_20110912_greece_worries_early_trading', 5, 2, lambda: in_range('GSPC','2011-09-12',1148)),
    ('ap_20110912_greece_worries_early_trading', 6, 2, lambda: in_range('IXIC','2011-09-12',2467)),
    ('ap_20110912_greece_worries_early_trading', 7, 2, lambda: yld('2011-09-12')),
    ('ap_20110912_greece_worries_early_trading', 8, 2, lambda: yield_record_low_before('2011-09-12')),
    ('ap_20110912_greece_worries_early_trading', 9, 2, lambda: yield_min_between('2008-09-01','2008-12-31')),
    ('ap_20110912_greece_worries_early_trading', 10, 0, lambda: [down_weeks('DJI','2011-09-09',7), down_weeks('GSPC','2011-09-09',7), 7]),
    ('ap_20110912_greece_worries_early_trading', 11, 2, None),
    ('toledoblade_20120307_biggest_fall_of_2012', 0, 2, lambda: [worst_day('DJI','2012-01-03','2012-03-06'), worst_day('GSPC','2012-01-03','2012-03-06')]),
    ('toledoblade_20120307_biggest_fall_of_2012', 1, 2, lambda: chg('DJI','2012-03-06')),
    ('toledoblade_20120307_biggest_fall_of_2012', 2, 2, lambda: val('DJI','2012-03-06')),
    ('toledoblade_20120307_biggest_fall_of_2012', 3, 2, lambda: pct('DJI','2012-03-06')),
    ('toledoblade_20120307_biggest_fall_of_2012', 4, 2, lambda: last_move_as_bad('DJI','2012-03-06','pct')),
    ('toledoblade_20120307_biggest_fall_of_2012', 5, 2, lambda: last_point_loss_over('DJI','2012-03-06',200)),
    ('toledoblade_20120307_biggest_fall_of_2012', 6, 4, lambda: -chg('DJI','2012-03-06') / span_pts('DJI','2011-12-30','2012-03-05')),
    ('toledoblade_20120307_biggest_fall_of_2012', 7, 2, lambda: span_pts('DJI','2011-12-30','2012-03-05')),
    ('toledoblade_20120307_biggest_fall_of_2012', 8, 2, lambda: [round(span_pct('DJI', last_before('DJI', f'{y}-01-01'), last_before('DJI', f'{y}-03-06')), 2) for y in (1998, 1999, 2011, 2012)]),
    ('toledoblade_20120307_biggest_fall_of_2012', 9, 0, lambda: calm_streak('DJI','2012-03-06',100)),
    ('toledoblade_20120307_biggest_fall_of_2012', 10, 2, lambda: last_calm_streak_at_least('DJI','2012-01-01',100,45)),
    ('toledoblade_20120307_biggest_fall_of_2012', 11, 2, lambda: chg('GSPC','2012-03-06')),
    ('toledoblade_20120307_biggest_fall_of_2012', 12, 2, lambda: pct('GSPC','2012-03-06')),
    ('toledoblade_20120307_biggest_fall_of_2012', 13, 2, lambda: val('GSPC','2012-03-06')),
    ('toledoblade_20120307_biggest_fall_of_2012', 14, 0, lambda: streak('GSPC','2012-03-06', up=False)),
    ('toledoblade_20120307_biggest_fall_of_2012', 15, 2, lambda: last_move_as_bad('GSPC','2012-03-06','pct')),
    ('toledoblade_20120307_biggest_fall_of_2012', 16, 2, lambda: chg('IXIC','2012-03-06')),
    ('toledoblade_20120307_biggest_fall_of_2012', 17, 2, lambda: pct('IXIC','2012-03-06')),
    ('toledoblade_20120307_biggest_fall_of_2012', 18, 2, lambda: val('IXIC','2012-03-06')),
    ('toledoblade_20120307_biggest_fall_of_2012', 19, 0, lambda: streak('IXIC','2012-03-06', up=False)),
    ('toledoblade_20120307_biggest_fall_of_2012', 20, 2, lambda: last_move_as_bad('IXIC','2012-03-06','pct')),
    ('toledoblade_20120307_biggest_fall_of_2012', 21, 2, lambda: intraday_move('DJI','2012-03-06','low')),
    ('toledoblade_20120307_biggest_fall_of_2012', 22, 2, None),
    ('ap_20120723_spain_fears_second_day', 0, 0, lambda: [streak('DJI','2012-07-23', up=False), streak('GSPC','2012-07-23', up=False), streak('IXIC','2012-07-23', up=False)]),
    ('ap_20120723_spain_fears_second_day', 1, 2, lambda: intraday_move('DJI','2012-07-23','low')),
    ('ap_20120723_spain_fears_second_day', 2, 2, lambda: val('DJI','2012-07-23')),
    ('ap_20120723_spain_fears_second_day', 3, 2, lambda: chg('DJI','2012-07-23')),
    ('ap_20120723_spain_fears_second_day', 4, 2, lambda: chg('GSPC','2012-07-23')),
    ('ap_20120723_spain_fears_second_day', 5, 2, lambda: val('GSPC','2012-07-23')),
    ('ap_20120723_spain_fears_second_day', 6, 2, lambda: chg('IXIC','2012-07-23')),
    ('ap_20120723_spain_fears_second_day', 7, 2, lambda: val('IXIC','2012-07-23')),
    ('ap_20120723_spain_fears_second_day', 8, 2, None),
    ('ap_20120723_spain_fears_second_day', 9, 2, lambda: [yld('2012-07-23'), yield_record_low_before('2012-07-23')]),
    ('ap_20120723_spain_fears_second_day', 10, 0, lambda: count_point_losses('DJI','2012-01-01','2012-07-23',150)),
    ('ap_20120723_spain_fears_second_day', 11, 2, lambda: chg('DJI','2012-06-01')),
    ('ap_20120723_spain_fears_second_day', 12, 2, lambda: worst_day('DJI','2012-01-03','2012-07-23','pts')),
    ('ap_20120723_spain_fears_second_day', 13, 2, None),
    ('ap_20120723_spain_fears_second_day', 14, 2, None),
    ('cityam_20120531_euro_angst_fear_gauge', 0, 2, lambda: [yld('2012-05-30'), yield_record_low_before('2012-05-30')]),
    ('cityam_20120531_euro_angst_fear_gauge', 1, 2, None),
    ('cityam_20120531_euro_angst_fear_gauge', 2, 2, None),
    ('cityam_20120531_euro_angst_fear_gauge', 3, 2, lambda: mtd_pct('GSPC','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 4, 2, lambda: [round(float(monthly('GSPC').loc['2012-05-31']), 2), round(float(monthly('GSPC').loc['2011-09-30']), 2)]),
    ('cityam_20120531_euro_angst_fear_gauge', 5, 2, None),
    ('cityam_20120531_euro_angst_fear_gauge', 6, 2, lambda: pct('VIX','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 7, 2, lambda: last_pct_gain_as_big('VIX','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 8, 2, lambda: chg('DJI','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 9, 2, lambda: pct('DJI','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 10, 2, lambda: val('DJI','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 11, 2, lambda: chg('GSPC','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 12, 2, lambda: pct('GSPC','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 13, 2, lambda: val('GSPC','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 14, 2, lambda: chg('IXIC','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 15, 2, lambda: pct('IXIC','2012-05-30')),
    ('cityam_20120531_euro_angst_fear_gauge', 16, 2, lambda: val('IXIC','2012-05-30')),
    ('starbulletin_19990608_rate_fears_return', 0, 0, lambda: streak('DJI','1999-06-08', up=True, before=True)),
    ('starbulletin_19990608_rate_fears_return', 1, 2, lambda: chg('DJI','1999-06-08')),
    ('starbulletin_19990608_rate_fears_return', 2, 2, lambda: val('DJI','1999-06-08')),
    ('starbulletin_19990608_rate_fears_return', 3, 2, lambda: chg('GSPC','1999-06-08')),
    ('starbulletin_19990608_rate_fears_return', 4, 2, lambda: val('GSPC','1999-06-08')),
    ('starbulletin_19990608_rate_fears_return', 5, 2, lambda: chg('IXIC','1999-06-08')),
    ('starbulletin_19990608_rate_fears_return', 6, 2, lambda: val('IXIC','1999-06-08')),
    ('starbulletin_19990608_rate_fears_return', 7, 2, None),
    ('starbulletin_19990608_rate_fears_return', 8, 2, lambda: chg('RUT','1999-06-08')),
    ('starbulletin_19990608_rate_fears_return', 9, 2, lambda: val('RUT','1999-06-08')),
    ('starbulletin_19990608_rate_fears_return', 10, 2, None),
    ('starbulletin_19990608_rate_fears_return', 11, 2, lambda: fomc_days('1999-06-09','1999-08-31')[0]),
    ('starbulletin_19990608_rate_fears_return', 12, 2, None),
    ('twincities_20090923_dow_short_of_10000', 0, 2, lambda: fomc_days('2009-09-21','2009-09-25')),
    ('twincities_20090923_dow_short_of_10000', 1, 2, lambda: 10000 - val('DJI','2009-09-23','high')),
    ('twincities_20090923_dow_short_of_10000', 2, 2, lambda: [last_high_above('DJI','2009-09-23',10000), last_close_above('DJI','2009-09-23',10000)]),
    ('twincities_20090923_dow_short_of_10000', 3, 2, lambda: chg('DJI','2009-09-23')),
    ('twincities_20090923_dow_short_of_10000', 4, 2, lambda: pct('DJI','2009-09-23')),
    ('twincities_20090923_dow_short_of_10000', 5, 2, lambda: val('DJI','2009-09-23')),
    ('twincities_20090923_dow_short_of_10000', 6, 2, lambda: chg('GSPC','2009-09-23')),
    ('twincities_20090923_dow_short_of_10000', 7, 2, lambda: pct('GSPC','2009-09-23')),
    ('twincities_20090923_dow_short_of_10000', 8, 2, lambda: val('GSPC','2009-09-23')),
    ('twincities_20090923_dow_short_of_10000', 9, 2, lambda: chg('IXIC','2009-09-23')),
    ('twincities_20090923_dow_short_of_10000', 10, 2, lambda: pct('IXIC','2009-09-23')),
    ('twincities_20090923_dow_short_of_10000', 11, 2, lambda: val('IXIC','2009-09-23')),
    ('twincities_20090923_dow_short_of_10000', 12, 2, lambda: fed_top('2009-09-24')),
    ('twincities_20090923_dow_short_of_10000', 13, 2, lambda: yld('2009-09-23')),
    ('twincities_20090923_dow_short_of_10000', 14, 2, lambda: yld('2009-09-22')),
    ('latimes_20090625_fed_sees_mend', 0, 2, lambda: [fomc_days('2009-06-24','2009-06-24'), fed_top('2009-06-25')]),
    ('latimes_20090625_fed_sees_mend', 1, 2, lambda: chg('DJI','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 2, 2, lambda: pct('DJI','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 3, 2, lambda: val('DJI','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 4, 2, lambda: span_pct('DJI','2009-06-18','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 5, 2, lambda: chg('GSPC','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 6, 2, lambda: pct('GSPC','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 7, 2, lambda: val('GSPC','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 8, 2, lambda: chg('IXIC','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 9, 2, lambda: pct('IXIC','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 10, 2, lambda: val('IXIC','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 11, 2, lambda: pct('RUT','2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 12, 2, None),
    ('latimes_20090625_fed_sees_mend', 13, 2, lambda: yld('2009-06-24')),
    ('latimes_20090625_fed_sees_mend', 14, 2, lambda: yld('2009-06-23')),
    ('latimes_20090625_fed_sees_mend', 15, 2, None),
    ('kaighn_20070509_fed_on_hold_dow_record', 0, 2, lambda: [fed_top('2007-05-09'), fed_top('2007-05-10')]),
    ('kaighn_20070509_fed_on_hold_dow_record', 1, 2, lambda: fomc_days('2007-05-09','2007-05-09')),
    ('kaighn_20070509_fed_on_hold_dow_record', 2, 2, None),
    ('kaighn_20070509_fed_on_hold_dow_record', 3, 2, lambda: is_record_close('DJI','2007-05-09')),
    ('kaighn_20070509_fed_on_hold_dow_record', 4, 2, lambda: val('DJI','2007-05-09')),
    ('kaighn_20070509_fed_on_hold_dow_record', 5, 2, lambda: chg('GSPC','2007-05-09')),
    ('kaighn_20070509_fed_on_hold_dow_record', 6, 2, lambda: val('GSPC','2007-05-09')),
    ('kaighn_20070509_fed_on_hold_dow_record', 7, 2, lambda: record_high_before('GSPC','2007-05-09')),
    ('kaighn_20070509_fed_on_hold_dow_record', 8, 2, lambda: chg('IXIC','2007-05-09')),
    ('kaighn_20070509_fed_on_hold_dow_record', 9, 2, lambda: pct('IXIC','2007-05-09')),
    ('kaighn_20070509_fed_on_hold_dow_record', 10, 2, lambda: val('IXIC','2007-05-09')),
    ('kaighn_20070509_fed_on_hold_dow_record', 11, 2, lambda: [record_high_before('IXIC','2007-05-09'), round(drawdown_from_peak('IXIC','2007-05-09'), 2)]),
    ('kaighn_20070509_fed_on_hold_dow_record', 12, 2, None),
]


def normalise(value, decimals):
    """Round floats (also inside lists) the way key.jsonl stores them."""
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
    if len(sys.argv) > 1:
        DATA = Path(sys.argv[1])
    elif os.environ.get("CAPSCOPE_DATA_DIR"):
        DATA = Path(os.environ["CAPSCOPE_DATA_DIR"])
    else:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        entry = json.loads(line)
        key[(entry["passage_id"], entry["claim_index"])] = entry["computed_value"]
    mismatches = 0
    seen = set()
    for passage_id, index, decimals, computation in RECIPES:
        seen.add((passage_id, index))
        value = None if computation is None else normalise(computation(), decimals)
        flag = ""
        if key.get((passage_id, index), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((passage_id, index), 'missing')!r}"
        print(f"{passage_id} #{index}: {value!r}{flag}")
    missing = [k for k in key if k not in seen]
    for k in missing:
        mismatches += 1
        print(f"{k[0]} #{k[1]}: no recipe   <-- key record without a recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
