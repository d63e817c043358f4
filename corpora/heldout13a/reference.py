"""Recompute every computed_value in key.jsonl of this corpus from the CSV files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]
        (or set CAPSCOPE_DATA_DIR and run without arguments)

Each RECIPES entry is (passage_id, claim_index, decimals, computation). The computation is a call
of one of the helpers below on the CSV files of the data directory; None means the key has no
computed value (series not in the files, history before a file starts, opinion, forecast or
conditional). Prints every value and exits 1 if any differs from key.jsonl. Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = None
_c = {}


def px(t):
    if t not in _c:
        _c[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _c[t]


def ser(t, field="close"):
    return px(t)[field].dropna()


def T(d):
    return pd.Timestamp(d)


def iso(ts_):
    return ts_.date().isoformat()


def close(t, d, field="close"):
    return float(px(t).loc[T(d), field])


def prev(t, d):
    s = ser(t)
    return s.index[s.index.get_loc(T(d)) - 1]


def chg(t, d):
    return close(t, d) - close(t, prev(t, d))


def pct(t, d):
    return (close(t, d) / close(t, prev(t, d)) - 1) * 100


def ret(t, a, b, field="close"):
    return (close(t, b, field) / close(t, a, field) - 1) * 100


def pts(t, a, b):
    return close(t, b) - close(t, a)


def last_before(t, d, field="close"):
    s = ser(t, field)
    return s[s.index < T(d)].index[-1]


def ytd(t, d, field="close"):
    return ret(t, last_before(t, f"{T(d).year}-01-01", field), d, field)


def mtd(t, d):
    return ret(t, last_before(t, T(d).replace(day=1)), d)


def wtd(t, d):
    monday = T(d) - pd.Timedelta(days=T(d).weekday())
    return ret(t, last_before(t, monday), d)


def nth_back(t, d, n):
    s = ser(t)
    return s.index[s.index.get_loc(T(d)) - n]


def ret_n(t, d, n):
    """% change over the n sessions ending on d."""
    return ret(t, nth_back(t, d, n), d)


def pts_n(t, d, n):
    return pts(t, nth_back(t, d, n), d)


def fwd_ret(t, d, n):
    """% change from the close on d to the close n sessions later."""
    s = ser(t)
    i = s.index.get_loc(T(d))
    return (s.iloc[i + n] / s.iloc[i] - 1) * 100


def year_ret(t, y):
    s = ser(t)
    return (s[s.index <= T(f"{y}-12-31")].iloc[-1] / s[s.index < T(f"{y}-01-01")].iloc[-1] - 1) * 100


def period_ret(t, a, b):
    """% change from the last close before date a to the last close on or before date b."""
    s = ser(t)
    return (s[s.index <= T(b)].iloc[-1] / s[s.index < T(a)].iloc[-1] - 1) * 100


def record_before(t, d, field="close"):
    s = ser(t, field)
    s = s[s.index < T(d)]
    return iso(s.idxmax()), round(float(s.max()), 2)


def pct_below_record(t, d, value=None):
    _, rec = record_before(t, d)
    v = close(t, d) if value is None else value
    return (1 - v / rec) * 100


def first_close_at_or_above(t, level):
    s = ser(t)
    return iso(s[s >= level].index[0])


def last_close_at_or_above(t, d, level):
    s = ser(t)
    s = s[(s.index < T(d)) & (s >= level)]
    return iso(s.index[-1])


def lowest_since(t, d):
    s = ser(t)
    v = s.loc[T(d)]
    p = s[(s.index < T(d)) & (s <= v)]
    return iso(p.index[-1]) if len(p) else "none (lowest in file)"


def moves(t, kind="pct"):
    s = ser(t)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_move_as_big(t, d, kind="pct", down=False):
    m = moves(t, kind)
    v = m.loc[T(d)]
    p = m[m.index < T(d)]
    hit = p[p <= v] if down else p[p >= v]
    return iso(hit.index[-1]) if len(hit) else "none"


def move_rank(t, d, kind="pts", down=False):
    m = moves(t, kind)
    m = m[m.index <= T(d)]
    v = m.loc[T(d)]
    return int((m < v).sum() + 1) if down else int((m > v).sum() + 1)


def streak(t, d, up=True):
    m = moves(t, "pts")
    m = m[m.index <= T(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def streaks(t, up=True):
    m = moves(t, "pts")
    hit = (m > 0) if up else (m < 0)
    return hit.astype(int).groupby((~hit).cumsum()).cumsum()


def last_streak_at_least(t, d, n, up=True):
    s = streaks(t, up)
    p = s[(s.index < T(d)) & (s >= n)]
    return iso(p.index[-1]) if len(p) else "none"


def up_days(t, d, n):
    """Number of up closes among the n sessions ending on d."""
    m = moves(t, "pts")
    m = m[m.index <= T(d)].iloc[-n:]
    return int((m > 0).sum())


def weekly(t):
    w = ser(t).resample("W-FRI").last()
    return (w.pct_change() * 100).dropna()


def week_ret(t, friday):
    return float(weekly(t).loc[T(friday)])


def max_week_between(t, a, b):
    w = weekly(t)
    w = w[(w.index > T(a)) & (w.index < T(b))]
    return iso(w.idxmax()), round(float(w.max()), 2)


def last_nweek_as_big(t, friday, n):
    """Last earlier week-end (Friday label) whose n-week Friday-to-Friday gain was at least as large."""
    w = ser(t).resample("W-FRI").last()
    r = (w / w.shift(n) - 1).dropna()
    v = r.loc[T(friday)]
    p = r[(r.index < T(friday)) & (r >= v)]
    return iso(p.index[-1]) if len(p) else "none"


def last_window_as_big(t, d, n, down=False):
    s = ser(t)
    r = (s / s.shift(n) - 1).dropna()
    v = r.loc[T(d)]
    p = r[r.index <= nth_back(t, d, 1)]
    hit = p[p <= v] if down else p[p >= v]
    return iso(hit.index[-1]) if len(hit) else "none"


def record_streak(t, d):
    """Consecutive record closes (above every earlier close) ending on d."""
    s = ser(t)
    rec = s > s.cummax().shift(1)
    rec = rec[rec.index <= T(d)]
    n = 0
    for v in rec.iloc[::-1]:
        if v:
            n += 1
        else:
            break
    return n


def last_record_streak_at_least(t, d, n):
    """Last session before d on which a run of at least n consecutive record closes stood."""
    s = ser(t)
    rec = (s > s.cummax().shift(1)).astype(int)
    run = rec.groupby((rec == 0).cumsum()).cumsum()
    p = run[(run.index < nth_back(t, d, n - 1)) & (run >= n)]
    return iso(p.index[-1]) if len(p) else "none"


def all_up_at_least(d, thr, tickers=("DJI", "GSPC", "IXIC"), before=True):
    """Last session before d (before=True) on which every ticker closed up at least thr %."""
    df = pd.concat([moves(x) for x in tickers], axis=1, keys=tickers, sort=True).dropna()
    hit = df[(df >= thr).all(axis=1)]
    hit = hit[hit.index < T(d)] if before else hit
    return iso(hit.index[-1]) if len(hit) else "none"


def count_all_up_at_least(a, b, thr, tickers=("DJI", "GSPC", "IXIC")):
    df = pd.concat([moves(x) for x in tickers], axis=1, keys=tickers, sort=True).dropna()
    df = df[(df.index >= T(a)) & (df.index <= T(b))]
    return int((df >= thr).all(axis=1).sum())


def last_positive_month_before(t, month_end):
    m = ser(t).resample("ME").last()
    r = (m.pct_change() * 100).dropna()
    r = r[(r.index < T(month_end)) & (r > 0)]
    return iso(ser(t)[ser(t).index <= r.index[-1]].index[-1])


def last_ytd_positive_before(t, d):
    s = ser(t)
    base = s[s.index < T(f"{T(d).year}-01-01")].iloc[-1]
    p = s[(s.index < T(d)) & (s.index.year == T(d).year) & (s > base)]
    return iso(p.index[-1]) if len(p) else "none this year"


def quarter_rel(a, b, y):
    """Quarterly % change of a minus b for each quarter of year y."""
    out = []
    for q in range(4):
        m0 = f"{y}-{3 * q + 1:02d}-01"
        m1 = (T(m0) + pd.offsets.QuarterEnd(0)).date().isoformat()
        out.append(round(period_ret(a, m0, m1) - period_ret(b, m0, m1), 2))
    return out


def yearly_rel(a, b, y0, y1):
    return [round(year_ret(a, y) - year_ret(b, y), 2) for y in range(y0, y1 + 1)]


# RECIPES-BEGIN
RECIPES = [
    ('dowjones_19990329_rut_misses_400', 0, 2, lambda: pct('RUT','1999-03-29') < min(pct('DJI','1999-03-29'), pct('GSPC','1999-03-29'))),
    ('dowjones_19990329_rut_misses_400', 1, 0, lambda: first_close_at_or_above('DJI', 10000)),
    ('dowjones_19990329_rut_misses_400', 2, 2, lambda: [close('RUT','1999-03-29'), close('RUT','1999-03-29','high')]),
    ('dowjones_19990329_rut_misses_400', 3, 0, lambda: last_close_at_or_above('RUT','1999-03-29',400)),
    ('dowjones_19990329_rut_misses_400', 4, 2, lambda: pct_below_record('RUT','1999-03-29', value=400)),
    ('dowjones_19990329_rut_misses_400', 5, 0, lambda: record_before('RUT','1999-03-29')[0]),
    ('dowjones_19990329_rut_misses_400', 6, 2, lambda: pct('IXIC','1999-03-29') > max(pct('DJI','1999-03-29'), pct('GSPC','1999-03-29'), pct('RUT','1999-03-29'))),
    ('dowjones_19990329_rut_misses_400', 7, 2, lambda: record_before('IXIC','1999-03-29')[1] - close('IXIC','1999-03-29')),
    ('dowjones_19990329_rut_misses_400', 8, 2, lambda: pct_below_record('IXIC','1999-03-29')),
    ('dowjones_19990329_rut_misses_400', 9, 0, lambda: record_before('IXIC','1999-03-29')[0][:7]),
    ('dowjones_19990329_rut_misses_400', 10, 2, None),
    ('dowjones_19990329_rut_misses_400', 11, 2, lambda: chg('RUT','1999-03-29')),
    ('dowjones_19990329_rut_misses_400', 12, 2, lambda: pct('RUT','1999-03-29')),
    ('dowjones_19990329_rut_misses_400', 13, 2, lambda: close('RUT','1999-03-29')),
    ('dowjones_19990329_rut_misses_400', 14, 2, lambda: close('IXIC','1999-03-29')),
    ('dowjones_19990329_rut_misses_400', 15, 2, lambda: chg('IXIC','1999-03-29')),
    ('dowjones_19990329_rut_misses_400', 16, 2, lambda: pct('IXIC','1999-03-29')),
    ('dowjones_19990329_rut_misses_400', 17, 2, None),
    ('dowjones_19990329_rut_misses_400', 18, 2, None),
    ('dowjones_19990329_rut_misses_400', 19, 2, None),
    ('dowjones_19990329_rut_misses_400', 20, 2, lambda: close('DJI','1999-03-29')),
    ('dowjones_19990329_rut_misses_400', 21, 2, lambda: chg('DJI','1999-03-29')),
    ('dowjones_19990329_rut_misses_400', 22, 2, lambda: pct('DJI','1999-03-29')),
    ('independent_19991113_rut_three_week_advance', 0, 0, None),
    ('independent_19991113_rut_three_week_advance', 1, 0, lambda: last_nweek_as_big('RUT','1999-11-12',3)),
    ('independent_19991113_rut_three_week_advance', 2, 2, lambda: [round(ret('RUT','1994-11-11','1999-11-12'),2), round(ret('GSPC','1994-11-11','1999-11-12'),2)]),
    ('independent_19991113_rut_three_week_advance', 3, 2, lambda: pct_below_record('RUT','1999-11-12')),
    ('independent_19991113_rut_three_week_advance', 4, 2, lambda: record_before('RUT','1999-11-12')[1]),
    ('independent_19991113_rut_three_week_advance', 5, 0, lambda: record_before('RUT','1999-11-12')[0][:7]),
    ('independent_19991113_rut_three_week_advance', 6, 2, None),
    ('independent_19991113_rut_three_week_advance', 7, 2, None),
    ('independent_19991113_rut_three_week_advance', 8, 0, None),
    ('ap_20130812_small_companies_power_ahead', 0, 0, None),
    ('ap_20130812_small_companies_power_ahead', 1, 2, lambda: ytd('RUT','2013-08-09') > max(ytd('GSPC','2013-08-09'), ytd('DJI','2013-08-09'), ytd('IXIC','2013-08-09'))),
    ('ap_20130812_small_companies_power_ahead', 2, 0, None),
    ('ap_20130812_small_companies_power_ahead', 3, 0, None),
    ('ap_20130812_small_companies_power_ahead', 4, 1, None),
    ('ap_20130812_small_companies_power_ahead', 5, 0, lambda: first_close_at_or_above('RUT', 1000)),
    ('ap_20130812_small_companies_power_ahead', 6, 2, lambda: close('RUT','2013-08-09')),
    ('ap_20130812_small_companies_power_ahead', 7, 2, lambda: ytd('RUT','2013-08-09')),
    ('ap_20130812_small_companies_power_ahead', 8, 2, lambda: ytd('GSPC','2013-08-09')),
    ('ap_20130812_small_companies_power_ahead', 9, 2, lambda: ytd('DJI','2013-08-09')),
    ('ap_20130812_small_companies_power_ahead', 10, 2, lambda: (T('2013-08-09') - T('2009-03-09')).days / 365.25),
    ('ap_20130812_small_companies_power_ahead', 11, 2, lambda: ret('RUT','2009-03-09','2013-08-09')),
    ('ap_20130812_small_companies_power_ahead', 12, 2, lambda: ret('GSPC','2009-03-09','2013-08-09')),
    ('ap_20130812_small_companies_power_ahead', 13, 2, None),
    ('ap_20130812_small_companies_power_ahead', 14, 1, None),
    ('ap_20130812_small_companies_power_ahead', 15, 0, None),
    ('ap_20130812_small_companies_power_ahead', 16, 1, None),
    ('fedweek_200510_small_caps_seventh_year', 0, 2, lambda: ytd('RUT','2005-09-30')),
    ('fedweek_200510_small_caps_seventh_year', 1, 2, lambda: ytd('RUT','2005-09-30') - ytd('GSPC','2005-09-30')),
    ('fedweek_200510_small_caps_seventh_year', 2, 2, lambda: yearly_rel('RUT','GSPC',1999,2004)),
    ('fedweek_200510_small_caps_seventh_year', 3, 2, None),
    ('fedweek_200510_small_caps_seventh_year', 4, 2, None),
    ('fedweek_200510_small_caps_seventh_year', 5, 2, None),
    ('fedweek_200510_small_caps_seventh_year', 6, 2, lambda: yearly_rel('RUT','GSPC',1999,2004) + [round(ytd('RUT','2005-09-30') - ytd('GSPC','2005-09-30'), 2)]),
    ('sharechat_20040111_russell_2003_small_caps', 0, 2, lambda: round(year_ret('RUT',2003) - year_ret('GSPC',2003), 2)),
    ('sharechat_20040111_russell_2003_small_caps', 1, 0, None),
    ('sharechat_20040111_russell_2003_small_caps', 2, 2, lambda: year_ret('RUT',2003)),
    ('sharechat_20040111_russell_2003_small_caps', 3, 2, None),
    ('sharechat_20040111_russell_2003_small_caps', 4, 2, None),
    ('sharechat_20040111_russell_2003_small_caps', 5, 2, None),
    ('sharechat_20040111_russell_2003_small_caps', 6, 0, None),
    ('sharechat_20040111_russell_2003_small_caps', 7, 2, None),
    ('sharechat_20040111_russell_2003_small_caps', 8, 2, None),
    ('sharechat_20040111_russell_2003_small_caps', 9, 2, lambda: yearly_rel('RUT','GSPC',1999,2003)),
    ('sharechat_20040111_russell_2003_small_caps', 10, 2, lambda: quarter_rel('RUT','GSPC',2003)),
    ('sharechat_20040111_russell_2003_small_caps', 11, 0, None),
    ('sharechat_20040111_russell_2003_small_caps', 12, 2, None),
    ('sharechat_20040111_russell_2003_small_caps', 13, 2, None),
    ('sharechat_20040111_russell_2003_small_caps', 14, 2, None),
    ('sharechat_20040111_russell_2003_small_caps', 15, 2, None),
    ('sharechat_20040111_russell_2003_small_caps', 16, 2, None),
    ('bespoke_20130715_rut_seventh_record_close', 0, 0, lambda: record_streak('RUT','2013-07-15')),
    ('bespoke_20130715_rut_seventh_record_close', 1, 0, lambda: last_record_streak_at_least('RUT','2013-07-15',7)[:7]),
    ('bespoke_20130715_rut_seventh_record_close', 2, 0, None),
    ('bespoke_20130715_rut_seventh_record_close', 3, 2, lambda: fwd_ret('RUT', last_record_streak_at_least('RUT','2013-07-15',7), 20)),
    ('bespoke_20130715_rut_seventh_record_close', 4, 0, None),
    ('bespoke_20130715_rut_seventh_record_close', 5, 2, None),
    ('bespoke_20130715_rut_seventh_record_close', 6, 2, None),
    ('ap_20030322_dow_eighth_straight_gain', 0, 2, lambda: chg('DJI','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 1, 2, lambda: max_week_between('DJI','1992-01-01','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 2, 0, lambda: streak('DJI','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 3, 0, lambda: streak('GSPC','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 4, 2, lambda: (T('2003-03-21') - T(last_streak_at_least('GSPC','2003-03-21',8))).days / 365.25),
    ('ap_20030322_dow_eighth_straight_gain', 5, 2, lambda: (T('2003-03-21') - T(last_streak_at_least('DJI','2003-03-21',8))).days / 365.25),
    ('ap_20030322_dow_eighth_straight_gain', 6, 2, lambda: chg('DJI','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 7, 2, lambda: pct('DJI','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 8, 2, lambda: close('DJI','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 9, 2, lambda: pts_n('DJI','2003-03-21',8)),
    ('ap_20030322_dow_eighth_straight_gain', 10, 0, lambda: last_streak_at_least('DJI','2003-03-21',8)[:7]),
    ('ap_20030322_dow_eighth_straight_gain', 11, 2, lambda: chg('GSPC','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 12, 2, lambda: pct('GSPC','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 13, 2, lambda: close('GSPC','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 14, 2, lambda: pts_n('GSPC','2003-03-21',8)),
    ('ap_20030322_dow_eighth_straight_gain', 15, 0, lambda: last_streak_at_least('GSPC','2003-03-21',8)[:7]),
    ('ap_20030322_dow_eighth_straight_gain', 16, 2, lambda: chg('IXIC','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 17, 2, lambda: pct('IXIC','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 18, 2, lambda: close('IXIC','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 19, 0, lambda: up_days('IXIC','2003-03-21',8)),
    ('ap_20030322_dow_eighth_straight_gain', 20, 2, lambda: week_ret('DJI','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 21, 0, None),
    ('ap_20030322_dow_eighth_straight_gain', 22, 2, None),
    ('ap_20030322_dow_eighth_straight_gain', 23, 2, lambda: week_ret('IXIC','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 24, 2, lambda: week_ret('GSPC','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 25, 0, lambda: [last_ytd_positive_before('DJI','2003-03-21'), last_ytd_positive_before('GSPC','2003-03-21')]),
    ('ap_20030322_dow_eighth_straight_gain', 26, 2, lambda: ytd('DJI','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 27, 2, lambda: ytd('GSPC','2003-03-21')),
    ('ap_20030322_dow_eighth_straight_gain', 28, 2, lambda: ytd('IXIC','2003-03-21')),
    ('baltimoresun_20030318_dow_282_ultimatum', 0, 2, lambda: chg('DJI','2003-03-17')),
    ('baltimoresun_20030318_dow_282_ultimatum', 1, 2, lambda: pct('DJI','2003-03-17')),
    ('baltimoresun_20030318_dow_282_ultimatum', 2, 2, lambda: close('DJI','2003-03-17')),
    ('baltimoresun_20030318_dow_282_ultimatum', 3, 0, None),
    ('baltimoresun_20030318_dow_282_ultimatum', 4, 2, lambda: pts_n('DJI','2003-03-17',4)),
    ('baltimoresun_20030318_dow_282_ultimatum', 5, 0, lambda: last_close_at_or_above('DJI','2003-03-17',8000)),
    ('baltimoresun_20030318_dow_282_ultimatum', 6, 0, lambda: last_move_as_big('DJI','2003-03-17','pts')),
    ('baltimoresun_20030318_dow_282_ultimatum', 7, 2, lambda: chg('DJI','2002-10-15')),
    ('baltimoresun_20030318_dow_282_ultimatum', 8, 2, lambda: close('DJI','2002-10-15')),
    ('baltimoresun_20030318_dow_282_ultimatum', 9, 2, lambda: chg('IXIC','2003-03-17')),
    ('baltimoresun_20030318_dow_282_ultimatum', 10, 2, lambda: pct('IXIC','2003-03-17')),
    ('baltimoresun_20030318_dow_282_ultimatum', 11, 2, lambda: close('IXIC','2003-03-17')),
    ('baltimoresun_20030318_dow_282_ultimatum', 12, 2, lambda: chg('GSPC','2003-03-17')),
    ('baltimoresun_20030318_dow_282_ultimatum', 13, 2, lambda: pct('GSPC','2003-03-17')),
    ('baltimoresun_20030318_dow_282_ultimatum', 14, 2, lambda: close('GSPC','2003-03-17')),
    ('baltimoresun_20030318_dow_282_ultimatum', 15, 0, None),
    ('baltimoresun_20020720_dow_390_four_year_low', 0, 0, lambda: lowest_since('DJI','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 1, 2, lambda: close('DJI','2002-07-19','low')),
    ('baltimoresun_20020720_dow_390_four_year_low', 2, 0, None),
    ('baltimoresun_20020720_dow_390_four_year_low', 3, 2, lambda: close('DJI','2002-07-19') < close('DJI','2001-09-21')),
    ('baltimoresun_20020720_dow_390_four_year_low', 4, 2, lambda: [close('DJI','2002-07-19','low'), close('DJI','2002-07-19','high')]),
    ('baltimoresun_20020720_dow_390_four_year_low', 5, 2, lambda: close('DJI','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 6, 2, lambda: chg('DJI','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 7, 2, lambda: pct('DJI','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 8, 2, lambda: close('DJI','2001-09-21')),
    ('baltimoresun_20020720_dow_390_four_year_low', 9, 2, lambda: ytd('DJI','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 10, 2, lambda: ret_n('DJI','2002-07-19',10)),
    ('baltimoresun_20020720_dow_390_four_year_low', 11, 0, None),
    ('baltimoresun_20020720_dow_390_four_year_low', 12, 2, None),
    ('baltimoresun_20020720_dow_390_four_year_low', 13, 0, lambda: up_days('DJI','2002-07-19',10)),
    ('baltimoresun_20020720_dow_390_four_year_low', 14, 2, lambda: chg('GSPC','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 15, 2, lambda: pct('GSPC','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 16, 2, lambda: close('GSPC','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 17, 2, lambda: chg('IXIC','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 18, 2, lambda: pct('IXIC','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 19, 2, lambda: close('IXIC','2002-07-19')),
    ('baltimoresun_20020720_dow_390_four_year_low', 20, 2, lambda: ret_n('GSPC','2002-07-19',10)),
    ('baltimoresun_20020720_dow_390_four_year_low', 21, 2, lambda: ret_n('IXIC','2002-07-19',10)),
    ('baltimoresun_20020720_dow_390_four_year_low', 22, 1, None),
    ('cnnmoney_20090310_biggest_gains_of_09', 0, 2, lambda: all(moves(x).loc['2009-01-01':'2009-03-10'].idxmax() == T('2009-03-10') for x in ('DJI','GSPC','IXIC'))),
    ('cnnmoney_20090310_biggest_gains_of_09', 1, 2, lambda: chg('DJI','2009-03-10')),
    ('cnnmoney_20090310_biggest_gains_of_09', 2, 2, lambda: pct('DJI','2009-03-10')),
    ('cnnmoney_20090310_biggest_gains_of_09', 3, 0, lambda: last_move_as_big('DJI','2009-03-10','pts')),
    ('cnnmoney_20090310_biggest_gains_of_09', 4, 0, lambda: last_move_as_big('DJI','2009-03-10','pct')),
    ('cnnmoney_20090310_biggest_gains_of_09', 5, 2, lambda: chg('GSPC','2009-03-10')),
    ('cnnmoney_20090310_biggest_gains_of_09', 6, 2, lambda: pct('GSPC','2009-03-10')),
    ('cnnmoney_20090310_biggest_gains_of_09', 7, 0, lambda: last_move_as_big('GSPC','2009-03-10','pts')),
    ('cnnmoney_20090310_biggest_gains_of_09', 8, 0, lambda: last_move_as_big('GSPC','2009-03-10','pct')),
    ('cnnmoney_20090310_biggest_gains_of_09', 9, 2, lambda: chg('IXIC','2009-03-10')),
    ('cnnmoney_20090310_biggest_gains_of_09', 10, 2, lambda: pct('IXIC','2009-03-10')),
    ('cnnmoney_20090310_biggest_gains_of_09', 11, 0, lambda: last_move_as_big('IXIC','2009-03-10','pts')),
    ('cnnmoney_20090310_biggest_gains_of_09', 12, 0, lambda: last_move_as_big('IXIC','2009-03-10','pct')),
    ('cnnmoney_20090310_biggest_gains_of_09', 13, 2, None),
    ('cnbc_20090323_three_indexes_up_six_and_half', 0, 0, lambda: all_up_at_least('2009-03-23', 6.5)),
    ('cnbc_20090323_three_indexes_up_six_and_half', 1, 0, lambda: count_all_up_at_least('1992-01-01','2009-03-20',6.5)),
    ('cnbc_20090323_three_indexes_up_six_and_half', 2, 0, lambda: count_all_up_at_least('2008-01-01','2008-12-31',6.5)),
    ('cnbc_20090323_three_indexes_up_six_and_half', 3, 0, None),
    ('cnbc_20090323_three_indexes_up_six_and_half', 4, 2, lambda: close('DJI','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 5, 2, lambda: close('GSPC','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 6, 2, lambda: close('IXIC','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 7, 2, lambda: chg('DJI','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 8, 2, lambda: pct('DJI','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 9, 2, lambda: chg('GSPC','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 10, 2, lambda: pct('GSPC','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 11, 2, lambda: chg('IXIC','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 12, 2, lambda: pct('IXIC','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 13, 2, lambda: chg('DJI','2008-11-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 14, 2, lambda: pct('DJI','2008-11-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 15, 2, lambda: chg('DJI','2008-10-28')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 16, 2, lambda: pct('DJI','2008-10-28')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 17, 2, lambda: chg('DJI','2008-10-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 18, 2, lambda: pct('DJI','2008-10-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 19, 2, None),
    ('cnbc_20090323_three_indexes_up_six_and_half', 20, 2, None),
    ('cnbc_20090323_three_indexes_up_six_and_half', 21, 2, lambda: chg('GSPC','2008-11-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 22, 2, lambda: pct('GSPC','2008-11-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 23, 2, lambda: chg('GSPC','2008-10-28')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 24, 2, lambda: pct('GSPC','2008-10-28')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 25, 2, lambda: chg('GSPC','2008-10-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 26, 2, lambda: pct('GSPC','2008-10-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 27, 2, lambda: chg('GSPC','1987-10-21')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 28, 2, lambda: pct('GSPC','1987-10-21')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 29, 2, lambda: chg('IXIC','2008-11-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 30, 2, lambda: pct('IXIC','2008-11-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 31, 2, lambda: chg('IXIC','2008-10-28')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 32, 2, lambda: pct('IXIC','2008-10-28')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 33, 2, lambda: chg('IXIC','2008-10-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 34, 2, lambda: pct('IXIC','2008-10-13')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 35, 2, lambda: chg('IXIC','1987-10-21')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 36, 2, lambda: pct('IXIC','1987-10-21')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 37, 0, lambda: last_positive_month_before('DJI','2009-03-01')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 38, 0, lambda: [last_positive_month_before('GSPC','2009-03-01'), last_positive_month_before('IXIC','2009-03-01')]),
    ('cnbc_20090323_three_indexes_up_six_and_half', 39, 2, lambda: mtd('DJI','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 40, 2, lambda: mtd('GSPC','2009-03-23')),
    ('cnbc_20090323_three_indexes_up_six_and_half', 41, 2, lambda: mtd('IXIC','2009-03-23')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 0, 2, lambda: (T('2008-03-11') - T(last_move_as_big('GSPC','2008-03-11','pct'))).days / 365.25),
    ('marketwatch_20080311_dow_416_fed_liquidity', 1, 0, lambda: move_rank('DJI','2008-03-11','pts')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 2, 2, lambda: chg('DJI','2008-03-11')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 3, 2, lambda: pct('DJI','2008-03-11')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 4, 2, lambda: close('DJI','2008-03-11')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 5, 0, lambda: last_move_as_big('DJI','2008-03-11','pct')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 6, 0, None),
    ('marketwatch_20080311_dow_416_fed_liquidity', 7, 0, None),
    ('marketwatch_20080311_dow_416_fed_liquidity', 8, 2, None),
    ('marketwatch_20080311_dow_416_fed_liquidity', 9, 2, None),
    ('marketwatch_20080311_dow_416_fed_liquidity', 10, 2, lambda: chg('GSPC','2008-03-11')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 11, 2, lambda: pct('GSPC','2008-03-11')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 12, 2, lambda: close('GSPC','2008-03-11')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 13, 2, lambda: chg('IXIC','2008-03-11')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 14, 2, lambda: pct('IXIC','2008-03-11')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 15, 2, lambda: close('IXIC','2008-03-11')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 16, 0, lambda: last_move_as_big('GSPC','2008-03-11','pct')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 17, 0, lambda: last_move_as_big('IXIC','2008-03-11','pct')),
    ('marketwatch_20080311_dow_416_fed_liquidity', 18, 1, None),
    ('marketwatch_20080311_dow_416_fed_liquidity', 19, 0, None),
    ('marketwatch_20080311_dow_416_fed_liquidity', 20, 1, None),
    ('marketwatch_20080311_dow_416_fed_liquidity', 21, 0, None),
]
# RECIPES-END


def same(a, b, dec):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return round(float(a), dec) == round(float(b), dec)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y, dec) for x, y in zip(a, b))
    return a == b


def norm(v, dec):
    if isinstance(v, bool):
        return v
    if isinstance(v, (int,)) :
        return v
    if isinstance(v, float):
        return round(float(v), dec)
    if isinstance(v, tuple):
        return [norm(x, dec) for x in v]
    if isinstance(v, list):
        return [norm(x, dec) for x in v]
    try:
        import numpy as np
        if isinstance(v, np.generic):
            return norm(v.item(), dec)
    except ImportError:
        pass
    return v


def main():
    global DATA
    args = sys.argv[1:]
    data = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl] (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(data)
    keyf = Path(args[1]) if len(args) > 1 else Path(__file__).with_name("key.jsonl")
    key = {(r["passage_id"], r["claim_index"]): r for r in map(json.loads, keyf.read_text().splitlines()) if r}
    bad = 0
    for pid, ci, dec, fn in RECIPES:
        v = None if fn is None else norm(fn(), dec)
        k = key.get((pid, ci))
        ok = k is not None and same(v, k["computed_value"], dec)
        bad += not ok
        print(f"{'ok ' if ok else 'BAD'} {pid} #{ci}: {v}" + ("" if ok else f"  (key: {None if k is None else k['computed_value']})"))
    missing = set(key) - {(p, c) for p, c, _, _ in RECIPES}
    bad += len(missing)
    for m in sorted(missing):
        print("BAD no recipe for", m)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
