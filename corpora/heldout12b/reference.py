"""Recompute every computed_value in key.jsonl from the CSV files of the data directory.

Usage:  python reference.py DATA_DIR [KEY_JSONL]
        (or set CAPSCOPE_DATA_DIR and run `python reference.py`)

Each RECIPES entry is (passage_id, claim_index, decimals, expression). The expression is a call of one
of the helpers below, evaluated on the CSV files; None means that nothing in the files computes the
claim (series not in the files, total-return figure, opinion, forecast, hypothetical). The script
prints every value, compares it with key.jsonl and exits 1 on any mismatch. Needs pandas.
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
    if ticker not in _cache:
        _cache[ticker] = pd.read_csv(DATA / f"{ticker}.csv", parse_dates=["date"]).set_index("date")
    return _cache[ticker]


def series(ticker, field="close"):
    return frame(ticker)[field].dropna()


def rate(name):
    return series(name, "value")


def iso(t):
    return pd.Timestamp(t).date().isoformat()


# ---- single sessions -------------------------------------------------------------------------
def close(ticker, d, field="close"):
    return float(frame(ticker).loc[ts(d), field])


def prev_day(ticker, d):
    s = series(ticker)
    return s.index[s.index.get_loc(ts(d)) - 1]


def pts(ticker, d):
    return close(ticker, d) - close(ticker, prev_day(ticker, d))


def pct(ticker, d):
    return (close(ticker, d) / close(ticker, prev_day(ticker, d)) - 1) * 100


def intraday_pct(ticker, d, field="high"):
    return (close(ticker, d, field) / close(ticker, prev_day(ticker, d)) - 1) * 100


# ---- windows ---------------------------------------------------------------------------------
def last_before(ticker, d):
    s = series(ticker)
    return s[s.index < ts(d)].index[-1]


def ret(ticker, a, b):
    """% change from the close on a to the close on b."""
    return (close(ticker, b) / close(ticker, a) - 1) * 100


def diff(ticker, a, b):
    return close(ticker, b) - close(ticker, a)


def ytd(ticker, d, kind="pct"):
    base = last_before(ticker, f"{ts(d).year}-01-01")
    return ret(ticker, base, d) if kind == "pct" else diff(ticker, base, d)


def mtd(ticker, d, kind="pct"):
    base = last_before(ticker, ts(d).replace(day=1))
    return ret(ticker, base, d) if kind == "pct" else diff(ticker, base, d)


def wtd(ticker, d, kind="pct"):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    base = last_before(ticker, monday)
    return ret(ticker, base, d) if kind == "pct" else diff(ticker, base, d)


def nday(ticker, d, n, kind="pct"):
    """Change over the last n sessions ending on d."""
    s = series(ticker)
    i = s.index.get_loc(ts(d))
    return ret(ticker, s.index[i - n], d) if kind == "pct" else diff(ticker, s.index[i - n], d)


def month_ret(ticker, month):
    """Calendar-month % change, month = 'YYYY-MM'."""
    s = series(ticker)
    start = ts(month + "-01")
    end = start + pd.offsets.MonthEnd(0)
    return (s[s.index <= end].iloc[-1] / s[s.index < start].iloc[-1] - 1) * 100


def year_ret(ticker, year):
    s = series(ticker)
    return (s[s.index <= ts(f"{year}-12-31")].iloc[-1] / s[s.index < ts(f"{year}-01-01")].iloc[-1] - 1) * 100


def window_extreme_pct(ticker, a, b, field="low"):
    """Deepest (low) or highest (high) intraday point between sessions after a and b, as % vs the close on a."""
    f = frame(ticker)
    w = f[(f.index > ts(a)) & (f.index <= ts(b))][field]
    v = w.min() if field == "low" else w.max()
    return (v / close(ticker, a) - 1) * 100


def window_close_extreme_pct(ticker, a, b, low=True):
    s = series(ticker)
    w = s[(s.index > ts(a)) & (s.index <= ts(b))]
    v = w.min() if low else w.max()
    return (v / close(ticker, a) - 1) * 100


# ---- weeks -----------------------------------------------------------------------------------
def weekly(ticker, kind="pct"):
    w = series(ticker).resample("W-FRI").last().dropna()
    return (w.pct_change() * 100 if kind == "pct" else w.diff()).dropna()


def week(ticker, friday, kind="pct"):
    return float(weekly(ticker, kind).loc[ts(friday)])


def nweek(ticker, friday, n, kind="pct"):
    w = series(ticker).resample("W-FRI").last().dropna()
    i = w.index.get_loc(ts(friday))
    return (w.iloc[i] / w.iloc[i - n] - 1) * 100 if kind == "pct" else w.iloc[i] - w.iloc[i - n]


def week_streak(ticker, friday, up=True):
    w = weekly(ticker)
    w = w[w.index <= ts(friday)]
    n = 0
    for v in w.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def last_week_as_big(ticker, friday, kind="pct", up=True):
    w = weekly(ticker, kind)
    v = w.loc[ts(friday)]
    prior = w[w.index < ts(friday)]
    hit = prior[prior >= v] if up else prior[prior <= v]
    return iso(hit.index[-1])


def last_nweek_as_big(ticker, friday, n, kind="pct"):
    w = series(ticker).resample("W-FRI").last().dropna()
    r = (w / w.shift(n) - 1) if kind == "pct" else (w - w.shift(n))
    r = r.dropna()
    v = r.loc[ts(friday)]
    prior = r[r.index < ts(friday)]
    return iso(prior[prior >= v].index[-1])


def last_week_streak_at_least(ticker, friday, n):
    w = weekly(ticker)
    up = (w > 0).astype(int)
    run = up.groupby((up == 0).cumsum()).cumsum()
    prior = run[(run.index < ts(friday)) & (run >= n)]
    return iso(prior.index[-1]), int(run.loc[prior.index[-1]])


# ---- days ------------------------------------------------------------------------------------
def moves(ticker, kind="pct"):
    s = series(ticker)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_move_as_big(ticker, d, kind="pct", up=True):
    """Last earlier session with a move at least as large ('largest gain since X')."""
    m = moves(ticker, kind)
    v = m.loc[ts(d)]
    prior = m[m.index < ts(d)]
    hit = prior[prior >= v] if up else prior[prior <= v]
    return iso(hit.index[-1]) if len(hit) else "none"


def last_nday_as_big(ticker, d, n, kind="pct", up=True):
    s = series(ticker)
    r = ((s / s.shift(n) - 1) if kind == "pct" else (s - s.shift(n))).dropna()
    v = r.loc[ts(d)]
    prior = r[r.index < ts(d)]
    hit = prior[prior >= v] if up else prior[prior <= v]
    return iso(hit.index[-1])


def streak(ticker, d, up=True):
    m = moves(ticker, "pts")
    m = m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def last_streak_at_least(ticker, d, n, up=True):
    m = moves(ticker, "pts")
    hit = ((m > 0) if up else (m < 0)).astype(int)
    run = hit.groupby((hit == 0).cumsum()).cumsum()
    prior = run[(run.index < ts(d)) & (run >= n)]
    return iso(prior.index[-1])


def ups_in_last(ticker, d, n):
    m = moves(ticker, "pts")
    m = m[m.index <= ts(d)].iloc[-n:]
    return int((m > 0).sum())


def highest_since(ticker, d):
    s = series(ticker)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s >= v)]
    return iso(prior.index[-1]) if len(prior) else "none (record)"


def lowest_since(ticker, d):
    s = series(ticker)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s <= v)]
    return iso(prior.index[-1]) if len(prior) else "none (record low)"


def record_before(ticker, d, field="close"):
    s = series(ticker, field)
    s = s[s.index < ts(d)]
    return iso(s.idxmax()), round(float(s.max()), 2)


def record_on_or_before(ticker, d, field="close"):
    s = series(ticker, field)
    s = s[s.index <= ts(d)]
    return iso(s.idxmax()), round(float(s.max()), 2)


def is_record(ticker, d, field="close"):
    return bool(close(ticker, d, field) > record_before(ticker, d, field)[1])


def pct_below(ticker, d, ref_value):
    return (1 - close(ticker, d) / ref_value) * 100


def pct_below_record(ticker, d, field="close"):
    return (1 - close(ticker, d) / record_on_or_before(ticker, d, field)[1]) * 100


def low_52w(ticker, d):
    """(date, value) of the lowest close from the same weekday 52 weeks earlier through d (Dow Jones Market Data convention)."""
    s = series(ticker)
    w = s[(s.index >= ts(d) - pd.Timedelta(weeks=52)) & (s.index <= ts(d))]
    return iso(w.idxmin()), round(float(w.min()), 2)


def high_52w(ticker, d):
    s = series(ticker)
    w = s[(s.index >= ts(d) - pd.Timedelta(weeks=52)) & (s.index <= ts(d))]
    return iso(w.idxmax()), round(float(w.max()), 2)


def year_high(ticker, d):
    s = series(ticker)
    w = s[(s.index >= ts(f"{ts(d).year}-01-01")) & (s.index <= ts(d))]
    return iso(w.idxmax()), round(float(w.max()), 2)


def year_low(ticker, d):
    s = series(ticker)
    w = s[(s.index >= ts(f"{ts(d).year}-01-01")) & (s.index <= ts(d))]
    return iso(w.idxmin()), round(float(w.min()), 2)


def last_month_as_bad(ticker, month):
    """Last earlier calendar month with a % change at least as bad as `month`."""
    m = series(ticker).resample("ME").last()
    r = (m.pct_change() * 100).dropna()
    key = ts(month + "-01") + pd.offsets.MonthEnd(0)
    v = r.loc[key]
    prior = r[(r.index < key) & (r <= v)]
    return prior.index[-1].strftime("%Y-%m")


def last_january_as_bad(ticker, year):
    m = series(ticker).resample("ME").last()
    r = (m.pct_change() * 100).dropna()
    jan = r[r.index.month == 1]
    v = jan.loc[ts(f"{year}-01-31")]
    prior = jan[(jan.index.year < year) & (jan <= v)]
    return int(prior.index[-1].year)


def last_2day_as_big(ticker, d):
    return last_nday_as_big(ticker, d, 2, "pct", True)


def september_stats(ticker, first, last):
    """Counts over years first..last: positive Septembers, of them positive years; negative Septembers,
    of them positive years; positive Jan-Aug, of them positive years; negative Jan-Aug, of them negative years."""
    out = {"pos_sep": 0, "pos_sep_pos_year": 0, "neg_sep": 0, "neg_sep_pos_year": 0,
           "pos_ytd_aug": 0, "pos_ytd_aug_pos_year": 0, "neg_ytd_aug": 0, "neg_ytd_aug_neg_year": 0}
    for y in range(first, last + 1):
        sep = month_ret(ticker, f"{y}-09")
        yr = year_ret(ticker, y)
        s = series(ticker)
        aug = (s[s.index <= ts(f"{y}-08-31")].iloc[-1] / s[s.index < ts(f"{y}-01-01")].iloc[-1] - 1) * 100
        if sep > 0:
            out["pos_sep"] += 1
            out["pos_sep_pos_year"] += yr > 0
        else:
            out["neg_sep"] += 1
            out["neg_sep_pos_year"] += yr > 0
        if aug > 0:
            out["pos_ytd_aug"] += 1
            out["pos_ytd_aug_pos_year"] += yr > 0
        else:
            out["neg_ytd_aug"] += 1
            out["neg_ytd_aug_neg_year"] += yr <= 0
    return [int(v) for v in out.values()]


def fed_range(d):
    return [float(rate("DFEDTARL").loc[ts(d)]), float(rate("DFEDTARU").loc[ts(d)])]


def fed_change_bp(decision_day):
    """Change of the range top (bp) effective the day after the decision."""
    u = rate("DFEDTARU")
    d = ts(decision_day)
    return round((u.loc[d + pd.Timedelta(days=1)] - u.loc[d]) * 100)


def is_fomc_day(d):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    return bool((m.date == ts(d)).any())


def yield_on(name, d):
    return float(rate(name).loc[ts(d)])


def ma_gap(ticker, d, n=200):
    s = series(ticker)
    return float((s.loc[ts(d)] / s.rolling(n).mean().loc[ts(d)] - 1) * 100)


def max_ma_gap_before(ticker, d, n=200):
    s = series(ticker)
    g = (s / s.rolling(n).mean() - 1) * 100
    g = g[g.index < ts(d)].dropna()
    return iso(g.idxmax()), round(float(g.max()), 2)


def quarter_to_date(ticker, d):
    q = ts(d).to_period("Q").start_time
    return ret(ticker, last_before(ticker, q), d)


def normalise(value, decimals):
    if isinstance(value, (bool,)):
        return value
    if isinstance(value, (int,)):
        return value
    if isinstance(value, float):
        return round(float(value), decimals)
    if isinstance(value, (list, tuple)):
        return [normalise(v, decimals) for v in value]
    if hasattr(value, "item"):
        return normalise(value.item(), decimals)
    return value


# ==== RECIPES ====
RECIPES = [
    ('marketwired_20140909_rut_september_history', 0, 2, "ytd('RUT','2014-08-29')"),
    ('marketwired_20140909_rut_september_history', 1, 0, "september_stats('RUT',1999,2013)[0]"),
    ('marketwired_20140909_rut_september_history', 2, 0, "september_stats('RUT',1999,2013)[1]"),
    ('marketwired_20140909_rut_september_history', 3, 0, "september_stats('RUT',1999,2013)[2]"),
    ('marketwired_20140909_rut_september_history', 4, 0, "september_stats('RUT',1999,2013)[3]"),
    ('marketwired_20140909_rut_september_history', 5, 0, "september_stats('RUT',1999,2013)[5]"),
    ('marketwired_20140909_rut_september_history', 6, 0, "september_stats('RUT',1999,2013)[7]"),
    ('marketwired_20140909_rut_september_history', 7, 2, "ytd('RUT','2013-08-30')"),
    ('marketwired_20140909_rut_september_history', 8, 2, "month_ret('RUT','2013-09')"),
    ('marketwired_20140909_rut_september_history', 9, 2, "year_ret('RUT',2013)"),
    ('marketwired_20140909_rut_september_history', 10, 2, "ytd('RUT','2008-08-29')"),
    ('marketwired_20140909_rut_september_history', 11, 2, "month_ret('RUT','2008-09')"),
    ('marketwired_20140909_rut_september_history', 12, 2, "year_ret('RUT',2008)"),
    ('seeitmarket_20141013_rut_leads_lower', 0, 2, "(series('RUT')['2014-01-01':'2014-10-03'].max()/series('RUT')['2014-01-01':'2014-10-03'].min()-1)*100"),
    ('seeitmarket_20141013_rut_leads_lower', 1, 2, "ytd('RUT','2014-10-13')"),
    ('seeitmarket_20141013_rut_leads_lower', 2, 2, "pct_below_record('RUT','2014-10-13')"),
    ('seeitmarket_20141013_rut_leads_lower', 3, 2, "record_on_or_before('RUT','2014-10-13','high')"),
    ('seeitmarket_20141013_rut_leads_lower', 4, 2, "nday('GSPC','2014-10-13',5)"),
    ('barrons_20170930_rut_record_week', 0, 2, "week('RUT','2017-09-29')"),
    ('barrons_20170930_rut_record_week', 1, 2, "is_record('RUT','2017-09-29')"),
    ('barrons_20170930_rut_record_week', 2, 2, "[is_record('GSPC','2017-09-29'), is_record('IXIC','2017-09-29')]"),
    ('barrons_20170930_rut_record_week', 3, 2, "week('DJI','2017-09-29')"),
    ('barrons_20170930_rut_record_week', 4, 2, "[is_record('DJI',d) for d in ['2017-09-25','2017-09-26','2017-09-27','2017-09-28','2017-09-29']]"),
    ('barrons_20170930_rut_record_week', 5, 2, "quarter_to_date('DJI','2017-09-29')"),
    ('barrons_20170930_rut_record_week', 6, 2, "week('GSPC','2017-09-29')"),
    ('barrons_20170930_rut_record_week', 7, 2, "week('IXIC','2017-09-29')"),
    ('barrons_20170930_rut_record_week', 8, 2, "ytd('IXIC','2017-09-29')"),
    ('barrons_20170930_rut_record_week', 9, 2, "month_ret('DJI','2017-09')"),
    ('barrons_20170930_rut_record_week', 10, 2, None),
    ('barrons_20170930_rut_record_week', 11, 2, "month_ret('RUT','2017-09')"),
    ('investopedia_20170109_small_caps_poised', 0, 2, None),
    ('investopedia_20170109_small_caps_poised', 1, 2, "year_ret('RUT',2016)"),
    ('investopedia_20170109_small_caps_poised', 2, 2, "ret('IWM','2015-12-31','2016-12-30')"),
    ('investopedia_20170109_small_caps_poised', 3, 2, "year_ret('GSPC',2016)"),
    ('investopedia_20170109_small_caps_poised', 4, 2, "ret('DJI','2016-11-08','2017-01-06')"),
    ('investopedia_20170109_small_caps_poised', 5, 2, "ret('RUT','2016-11-08','2017-01-06') > ret('DJI','2016-11-08','2017-01-06')"),
    ('investopedia_20170109_small_caps_poised', 6, 2, "ret('GSPC','2016-11-08','2017-01-06')"),
    ('investopedia_20170109_small_caps_poised', 7, 2, None),
    ('investopedia_20170109_small_caps_poised', 8, 2, None),
    ('investopedia_20170109_small_caps_poised', 9, 2, None),
    ('seekingalpha_20180517_rut_record_close', 0, 2, "is_record('RUT','2018-05-16')"),
    ('seekingalpha_20180517_rut_record_close', 1, 2, "pct_below_record('GSPC','2018-05-16')"),
    ('seekingalpha_20180517_rut_record_close', 2, 2, "ytd('RUT','2018-05-16')"),
    ('seekingalpha_20180517_rut_record_close', 3, 2, "ytd('GSPC','2018-05-16')"),
    ('seekingalpha_20180517_rut_record_close', 4, 2, "ytd('RUT','2018-05-16') > ytd('GSPC','2018-05-16')"),
    ('seekingalpha_20180517_rut_record_close', 5, 2, None),
    ('seekingalpha_20180517_rut_record_close', 6, 2, None),
    ('thestar_wsj_20190624_bigger_is_better', 0, 2, "ret('RUT','2018-06-22','2019-06-24')"),
    ('thestar_wsj_20190624_bigger_is_better', 1, 2, "ret('GSPC','2018-06-22','2019-06-24')"),
    ('thestar_wsj_20190624_bigger_is_better', 2, 2, None),
    ('thestar_wsj_20190624_bigger_is_better', 3, 2, "mtd('RUT','2019-06-24')"),
    ('thestar_wsj_20190624_bigger_is_better', 4, 2, "mtd('GSPC','2019-06-24')"),
    ('thestar_wsj_20190624_bigger_is_better', 5, 2, "pct('GSPC','2019-06-24')"),
    ('thestar_wsj_20190624_bigger_is_better', 6, 2, "pct('RUT','2019-06-24')"),
    ('thestar_wsj_20190624_bigger_is_better', 7, 2, None),
    ('thestar_wsj_20190624_bigger_is_better', 8, 2, None),
    ('traderscommunity_20220131_january_closes', 0, 2, "last_month_as_bad('GSPC','2022-01')"),
    ('traderscommunity_20220131_january_closes', 1, 2, "last_month_as_bad('IXIC','2022-01')"),
    ('traderscommunity_20220131_january_closes', 2, 0, "last_january_as_bad('IXIC',2022)"),
    ('traderscommunity_20220131_january_closes', 3, 2, "[last_nday_as_big('GSPC','2022-01-31',2), last_nday_as_big('IXIC','2022-01-31',2)]"),
    ('traderscommunity_20220131_january_closes', 4, 0, "int((pd.Series({y: month_ret('RUT', f'{y}-01') for y in range(1988, 2023)}) <= month_ret('RUT','2022-01')).sum())"),
    ('traderscommunity_20220131_january_closes', 5, 2, "(1 - frame('RUT')['2022-01-01':'2022-01-31']['low'].min() / record_before('RUT','2022-01-31')[1]) * 100"),
    ('traderscommunity_20220131_january_closes', 6, 2, "month_ret('DJI','2022-01')"),
    ('traderscommunity_20220131_january_closes', 7, 2, "window_extreme_pct('DJI','2021-12-31','2022-01-31','low')"),
    ('traderscommunity_20220131_january_closes', 8, 2, "month_ret('GSPC','2022-01')"),
    ('traderscommunity_20220131_january_closes', 9, 2, "window_extreme_pct('GSPC','2021-12-31','2022-01-31','low')"),
    ('traderscommunity_20220131_january_closes', 10, 2, "month_ret('IXIC','2022-01')"),
    ('traderscommunity_20220131_january_closes', 11, 2, "window_extreme_pct('IXIC','2021-12-31','2022-01-31','low')"),
    ('traderscommunity_20220131_january_closes', 12, 2, "month_ret('RUT','2022-01')"),
    ('traderscommunity_20220131_january_closes', 13, 2, "window_extreme_pct('RUT','2021-12-31','2022-01-31','low')"),
    ('traderscommunity_20220131_january_closes', 14, 2, None),
    ('traderscommunity_20220131_january_closes', 15, 2, "ret('RUT','2021-12-15','2021-12-31')"),
    ('traderscommunity_20220131_january_closes', 16, 2, None),
    ('barrons_20230907_small_caps_fall_behind', 0, 2, "wtd('RUT','2023-09-07')"),
    ('barrons_20230907_small_caps_fall_behind', 1, 2, "week('RUT','2023-08-18')"),
    ('barrons_20230907_small_caps_fall_behind', 2, 2, "last_week_as_big('RUT','2023-08-18','pct',False)"),
    ('barrons_20230907_small_caps_fall_behind', 3, 2, "ytd('RUT','2023-09-07')"),
    ('barrons_20230907_small_caps_fall_behind', 4, 2, "ytd('GSPC','2023-09-07')"),
    ('barrons_20230907_small_caps_fall_behind', 5, 2, "wtd('GSPC','2023-09-07')"),
    ('yahoo_20241016_rut_52_week_high', 0, 2, "[round(pct('RUT','2024-10-16'),2), round(intraday_pct('RUT','2024-10-16','high'),2)]"),
    ('yahoo_20241016_rut_52_week_high', 1, 2, "pct('RUT','2024-10-16') > max(pct('DJI','2024-10-16'), pct('GSPC','2024-10-16'), pct('IXIC','2024-10-16'))"),
    ('yahoo_20241016_rut_52_week_high', 2, 2, "[close('RUT','2024-10-16'), close('RUT','2024-10-16','high')]"),
    ('yahoo_20241016_rut_52_week_high', 3, 2, "highest_since('RUT','2024-10-16')"),
    ('yahoo_20241016_rut_52_week_high', 4, 0, "fed_change_bp('2024-09-18')"),
    ('yahoo_20241016_rut_52_week_high', 5, 2, None),
    ('horizon_20250922_big_quarter_small_stocks', 0, 2, "pct('RUT','2025-09-18')"),
    ('horizon_20250922_big_quarter_small_stocks', 1, 0, "fed_change_bp('2025-09-17')"),
    ('horizon_20250922_big_quarter_small_stocks', 2, 2, "[is_record('RUT','2025-09-18'), record_before('RUT','2025-09-18')]"),
    ('horizon_20250922_big_quarter_small_stocks', 3, 2, "pct_below('RUT','2024-11-25', record_before('RUT','2024-11-25')[1])"),
    ('horizon_20250922_big_quarter_small_stocks', 4, 2, "quarter_to_date('RUT','2025-09-19')"),
    ('horizon_20250922_big_quarter_small_stocks', 5, 2, "quarter_to_date('GSPC','2025-09-19')"),
    ('ap_20220920_indexes_before_fed', 0, 2, "is_fomc_day('2022-09-21')"),
    ('ap_20220920_indexes_before_fed', 1, 2, "pts('GSPC','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 2, 2, "pct('GSPC','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 3, 2, "close('GSPC','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 4, 2, "pts('DJI','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 5, 2, "pct('DJI','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 6, 2, "close('DJI','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 7, 2, "pts('IXIC','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 8, 2, "pct('IXIC','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 9, 2, "close('IXIC','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 10, 2, "pts('RUT','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 11, 2, "pct('RUT','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 12, 2, "close('RUT','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 13, 2, "wtd('GSPC','2022-09-20','pts')"),
    ('ap_20220920_indexes_before_fed', 14, 2, "wtd('GSPC','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 15, 2, "wtd('DJI','2022-09-20','pts')"),
    ('ap_20220920_indexes_before_fed', 16, 2, "wtd('DJI','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 17, 2, "wtd('IXIC','2022-09-20','pts')"),
    ('ap_20220920_indexes_before_fed', 18, 2, "wtd('IXIC','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 19, 2, "wtd('RUT','2022-09-20','pts')"),
    ('ap_20220920_indexes_before_fed', 20, 2, "wtd('RUT','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 21, 2, "ytd('GSPC','2022-09-20','pts')"),
    ('ap_20220920_indexes_before_fed', 22, 2, "ytd('GSPC','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 23, 2, "ytd('DJI','2022-09-20','pts')"),
    ('ap_20220920_indexes_before_fed', 24, 2, "ytd('DJI','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 25, 2, "ytd('IXIC','2022-09-20','pts')"),
    ('ap_20220920_indexes_before_fed', 26, 2, "ytd('IXIC','2022-09-20')"),
    ('ap_20220920_indexes_before_fed', 27, 2, "ytd('RUT','2022-09-20','pts')"),
    ('ap_20220920_indexes_before_fed', 28, 2, "ytd('RUT','2022-09-20')"),
    ('ap_20221021_weekly_gains_two_year_yield', 0, 2, "yield_on('DGS2','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 1, 2, None),
    ('ap_20221021_weekly_gains_two_year_yield', 2, 2, "pts('GSPC','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 3, 2, "pct('GSPC','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 4, 2, "close('GSPC','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 5, 2, "pts('DJI','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 6, 2, "pct('DJI','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 7, 2, "close('DJI','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 8, 2, "pts('IXIC','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 9, 2, "pct('IXIC','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 10, 2, "close('IXIC','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 11, 2, "pts('RUT','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 12, 2, "pct('RUT','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 13, 2, "close('RUT','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 14, 2, "week('GSPC','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 15, 2, "week('DJI','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 16, 2, "week('IXIC','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 17, 2, "week('RUT','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 18, 2, "ytd('GSPC','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 19, 2, "ytd('DJI','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 20, 2, "ytd('IXIC','2022-10-21')"),
    ('ap_20221021_weekly_gains_two_year_yield', 21, 2, "ytd('RUT','2022-10-21')"),
    ('dowjones_20221028_djia_four_week_run', 0, 2, "pts('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 1, 2, "pct('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 2, 2, "close('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 3, 2, "week('DJI','2022-10-28','pts')"),
    ('dowjones_20221028_djia_four_week_run', 4, 2, "week('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 5, 2, "[last_week_as_big('DJI','2022-10-28','pts'), last_week_as_big('DJI','2022-10-28','pct')]"),
    ('dowjones_20221028_djia_four_week_run', 6, 0, "week_streak('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 7, 2, "nweek('DJI','2022-10-28',4,'pts')"),
    ('dowjones_20221028_djia_four_week_run', 8, 2, "nweek('DJI','2022-10-28',4)"),
    ('dowjones_20221028_djia_four_week_run', 9, 2, "[last_nweek_as_big('DJI','2022-10-28',4,'pts'), last_nweek_as_big('DJI','2022-10-28',4,'pct')]"),
    ('dowjones_20221028_djia_four_week_run', 10, 0, "last_week_streak_at_least('DJI','2022-10-28',4)"),
    ('dowjones_20221028_djia_four_week_run', 11, 2, "last_move_as_big('DJI','2022-10-28','pts')"),
    ('dowjones_20221028_djia_four_week_run', 12, 2, "last_move_as_big('DJI','2022-10-28','pct')"),
    ('dowjones_20221028_djia_four_week_run', 13, 0, "streak('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 14, 2, "nday('DJI','2022-10-28',6,'pts')"),
    ('dowjones_20221028_djia_four_week_run', 15, 2, "nday('DJI','2022-10-28',6)"),
    ('dowjones_20221028_djia_four_week_run', 16, 0, "ups_in_last('DJI','2022-10-28',10)"),
    ('dowjones_20221028_djia_four_week_run', 17, 2, "highest_since('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 18, 2, "pct_below_record('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 19, 2, "record_on_or_before('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 20, 2, "(close('DJI','2022-10-28') / low_52w('DJI','2022-10-28')[1] - 1) * 100"),
    ('dowjones_20221028_djia_four_week_run', 21, 2, "low_52w('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 22, 2, "mtd('DJI','2022-10-28')"),
    ('dowjones_20221028_djia_four_week_run', 23, 2, "ytd('DJI','2022-10-28','pts')"),
    ('dowjones_20221028_djia_four_week_run', 24, 2, "ytd('DJI','2022-10-28')"),
    ('dowjones_20221125_djia_highest_since_april', 0, 2, "week('DJI','2022-11-25','pts')"),
    ('dowjones_20221125_djia_highest_since_april', 1, 2, "week('DJI','2022-11-25')"),
    ('dowjones_20221125_djia_highest_since_april', 2, 2, "close('DJI','2022-11-25')"),
    ('dowjones_20221125_djia_highest_since_april', 3, 0, "int((weekly('DJI').loc[:'2022-11-25'].iloc[-8:] > 0).sum())"),
    ('dowjones_20221125_djia_highest_since_april', 4, 2, "pts('DJI','2022-11-25')"),
    ('dowjones_20221125_djia_highest_since_april', 5, 2, "pct('DJI','2022-11-25')"),
    ('dowjones_20221125_djia_highest_since_april', 6, 0, "streak('DJI','2022-11-25')"),
    ('dowjones_20221125_djia_highest_since_april', 7, 2, "nday('DJI','2022-11-25',3,'pts')"),
    ('dowjones_20221125_djia_highest_since_april', 8, 2, "nday('DJI','2022-11-25',3)"),
    ('dowjones_20221125_djia_highest_since_april', 9, 2, "[last_nday_as_big('DJI','2022-11-25',3,'pts'), last_nday_as_big('DJI','2022-11-25',3,'pct')]"),
    ('dowjones_20221125_djia_highest_since_april', 10, 0, "ups_in_last('DJI','2022-11-25',5)"),
    ('dowjones_20221125_djia_highest_since_april', 11, 2, "highest_since('DJI','2022-11-25')"),
    ('dowjones_20221125_djia_highest_since_april', 12, 2, "pct_below_record('DJI','2022-11-25')"),
    ('dowjones_20221125_djia_highest_since_april', 13, 2, "high_52w('DJI','2022-11-25') == year_high('DJI','2022-11-25') == record_on_or_before('DJI','2022-11-25')"),
    ('dowjones_20221125_djia_highest_since_april', 14, 2, "(close('DJI','2022-11-25') / low_52w('DJI','2022-11-25')[1] - 1) * 100"),
    ('dowjones_20221125_djia_highest_since_april', 15, 2, "ret('DJI','2021-11-26','2022-11-25')"),
    ('dowjones_20221125_djia_highest_since_april', 16, 2, "mtd('DJI','2022-11-25')"),
    ('dowjones_20221125_djia_highest_since_april', 17, 2, "ytd('DJI','2022-11-25','pts')"),
    ('dowjones_20221125_djia_highest_since_april', 18, 2, "ytd('DJI','2022-11-25')"),
    ('dowjones_20230113_djia_four_day_streak', 0, 2, "week('DJI','2023-01-13','pts')"),
    ('dowjones_20230113_djia_four_day_streak', 1, 2, "week('DJI','2023-01-13')"),
    ('dowjones_20230113_djia_four_day_streak', 2, 2, "close('DJI','2023-01-13')"),
    ('dowjones_20230113_djia_four_day_streak', 3, 2, "[last_week_as_big('DJI','2023-01-13','pts'), last_week_as_big('DJI','2023-01-13','pct')]"),
    ('dowjones_20230113_djia_four_day_streak', 4, 0, "week_streak('DJI','2023-01-13')"),
    ('dowjones_20230113_djia_four_day_streak', 5, 2, "nweek('DJI','2023-01-13',2,'pts')"),
    ('dowjones_20230113_djia_four_day_streak', 6, 2, "nweek('DJI','2023-01-13',2)"),
    ('dowjones_20230113_djia_four_day_streak', 7, 2, "[last_nweek_as_big('DJI','2023-01-13',2,'pts'), last_nweek_as_big('DJI','2023-01-13',2,'pct')]"),
    ('dowjones_20230113_djia_four_day_streak', 8, 0, "int((weekly('DJI').loc[:'2023-01-13'].iloc[-4:] > 0).sum())"),
    ('dowjones_20230113_djia_four_day_streak', 9, 2, "pts('DJI','2023-01-13')"),
    ('dowjones_20230113_djia_four_day_streak', 10, 2, "pct('DJI','2023-01-13')"),
    ('dowjones_20230113_djia_four_day_streak', 11, 0, "streak('DJI','2023-01-13')"),
    ('dowjones_20230113_djia_four_day_streak', 12, 2, "nday('DJI','2023-01-13',4,'pts')"),
    ('dowjones_20230113_djia_four_day_streak', 13, 2, "nday('DJI','2023-01-13',4)"),
    ('dowjones_20230113_djia_four_day_streak', 14, 2, "[last_streak_at_least('DJI','2023-01-13',4), streak('DJI','2022-10-28')]"),
    ('dowjones_20230113_djia_four_day_streak', 15, 0, "ups_in_last('DJI','2023-01-13',6)"),
    ('dowjones_20230113_djia_four_day_streak', 16, 2, "highest_since('DJI','2023-01-13')"),
    ('dowjones_20230113_djia_four_day_streak', 17, 2, "pct_below_record('DJI','2023-01-13')"),
    ('dowjones_20230113_djia_four_day_streak', 18, 2, "(1 - close('DJI','2023-01-13') / high_52w('DJI','2023-01-13')[1]) * 100"),
    ('dowjones_20230113_djia_four_day_streak', 19, 2, "high_52w('DJI','2023-01-13')"),
    ('dowjones_20230113_djia_four_day_streak', 20, 2, "(close('DJI','2023-01-13') / year_low('DJI','2023-01-13')[1] - 1) * 100"),
    ('dowjones_20230113_djia_four_day_streak', 21, 2, "year_low('DJI','2023-01-13')"),
    ('dowjones_20230113_djia_four_day_streak', 22, 2, "ytd('DJI','2023-01-13')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 0, 2, "pts('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 1, 2, "pct('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 2, 2, "close('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 3, 0, "3 - ups_in_last('IXIC','2023-04-24',3)"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 4, 2, "lowest_since('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 5, 2, "pct_below_record('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 6, 2, "record_on_or_before('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 7, 2, "(1 - close('IXIC','2023-04-24') / high_52w('IXIC','2023-04-24')[1]) * 100"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 8, 2, "high_52w('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 9, 2, "(close('IXIC','2023-04-24') / low_52w('IXIC','2023-04-24')[1] - 1) * 100"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 10, 2, "low_52w('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 11, 2, "ret('IXIC','2022-04-25','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 12, 2, "(1 - close('IXIC','2023-04-24') / year_high('IXIC','2023-04-24')[1]) * 100"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 13, 2, "year_high('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 14, 2, "(close('IXIC','2023-04-24') / year_low('IXIC','2023-04-24')[1] - 1) * 100"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 15, 2, "year_low('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 16, 2, "mtd('IXIC','2023-04-24')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 17, 2, "ytd('IXIC','2023-04-24','pts')"),
    ('dowjones_20230424_nasdaq_lowest_since_april_12', 18, 2, "ytd('IXIC','2023-04-24')"),
]
# ==== END RECIPES ====


def main():
    global DATA
    arg = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not arg:
        sys.exit("usage: python reference.py DATA_DIR [KEY_JSONL]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(arg)
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    mismatches = 0
    for pid, idx, dec, expr in RECIPES:
        value = None if expr is None else normalise(eval(expr), dec)
        flag = ""
        if key.get((pid, idx), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((pid, idx), 'missing')!r}"
        print(f"{pid} #{idx}: {value!r}{flag}")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches or len(key) != len(RECIPES) else 0)


if __name__ == "__main__":
    main()
