"""Recompute every computed_value in key.jsonl of this corpus from the CSV files of the data directory.

Usage:  python reference.py DATA_DIR [KEY_JSONL]
        (or set CAPSCOPE_DATA_DIR and run  python reference.py)

Each RECIPES entry is (passage_id, claim_index, decimals, computation); computation is a lambda over the
helper functions below, or None when nothing in the files computes the claim. Prints every value,
then "N recipes, M key records, K mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = None
_cache = {}


def px(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _cache[t]


def ser(name):
    """date,value series (DGS10, DGS2, DFEDTARU, DFEDTARL)."""
    key = "rate:" + name
    if key not in _cache:
        _cache[key] = pd.read_csv(DATA / f"{name}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _cache[key]


def T(d):
    return pd.Timestamp(d)


def cl(t, field="close"):
    return px(t)[field].dropna()


def val(t, d, field="close"):
    return float(px(t).loc[T(d), field])


def prev_day(t, d):
    s = cl(t)
    return s.index[s.index.get_loc(T(d)) - 1]


def chg(t, d):
    return val(t, d) - val(t, prev_day(t, d))


def pct(t, d):
    return (val(t, d) / val(t, prev_day(t, d)) - 1) * 100


def base_before(t, d, field="close"):
    s = cl(t, field)
    return s[s.index < T(d)].index[-1]


def ret(t, a, b, field="close"):
    return (val(t, b, field) / val(t, a, field) - 1) * 100


def pts(t, a, b):
    return val(t, b) - val(t, a)


def ytd_pct(t, d, field="close"):
    return ret(t, base_before(t, f"{T(d).year}-01-01", field), d, field)


def ytd_pts(t, d):
    return pts(t, base_before(t, f"{T(d).year}-01-01"), d)


def wtd_base(t, d):
    return base_before(t, T(d) - pd.Timedelta(days=T(d).weekday()))


def wtd_pct(t, d):
    return ret(t, wtd_base(t, d), d)


def wtd_pts(t, d):
    return pts(t, wtd_base(t, d), d)


def mtd_pct(t, d, field="close"):
    return ret(t, base_before(t, T(d).replace(day=1), field), d, field)


def intraday_pct(t, d, extreme):
    """Session high or low against the previous close, in percent."""
    return (val(t, d, extreme) / val(t, prev_day(t, d)) - 1) * 100


def intraday_pts(t, d, extreme):
    return val(t, d, extreme) - val(t, prev_day(t, d))


def level_at(t, d, extreme, base_pct):
    """Level that is base_pct % away from the previous close of d."""
    return val(t, prev_day(t, d)) * (1 + base_pct / 100)


def record_before(t, d, field="close"):
    s = cl(t, field)
    s = s[s.index < T(d)]
    return s.idxmax().date().isoformat(), float(s.max())


def is_record(t, d, field="close"):
    return bool(val(t, d, field) > record_before(t, d, field)[1])


def high_52w(t, d, field="close", include=True):
    """(date, value) of the highest `field` in the 52 weeks up to d."""
    s = cl(t, field)
    lo = T(d) - pd.Timedelta(weeks=52)
    s = s[(s.index > lo) & ((s.index <= T(d)) if include else (s.index < T(d)))]
    return s.idxmax().date().isoformat(), float(s.max())


def pct_below_52w_high(t, d):
    return (1 - val(t, d) / high_52w(t, d)[1]) * 100


def last_move_as_big(t, d, down=True):
    m = (cl(t).pct_change() * 100).dropna()
    v = m.loc[T(d)]
    prior = m[m.index < T(d)]
    hit = prior[prior <= v] if down else prior[prior >= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def streak(t, d, up=True):
    m = cl(t).diff().dropna()
    m = m[m.index <= T(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def last_streak_as_long(t, d, up=True):
    """Last earlier session that ended a streak at least as long as the one ending on d."""
    n = streak(t, d, up)
    m = cl(t).diff().dropna()
    hit = (m > 0) if up else (m < 0)
    run = hit.astype(int).groupby((~hit).cumsum()).cumsum()
    prior = run[(run.index < T(d)) & (run >= n)]
    return prior.index[-1].date().isoformat() if len(prior) else "none"


def up_days(t, a, b):
    """(up sessions, sessions) between a and b inclusive."""
    m = cl(t).diff().dropna()
    m = m[(m.index >= T(a)) & (m.index <= T(b))]
    return [int((m > 0).sum()), int(len(m))]


def monthly(t, field="close"):
    return (cl(t, field).resample("ME").last().pct_change() * 100).dropna()


def last_month_as_big(t, d, value, field="close"):
    """Last complete month before d's month with a return >= value."""
    m = monthly(t, field)
    m = m[m.index < T(d).replace(day=1)]
    hit = m[m >= value]
    return hit.index[-1].strftime("%Y-%m") if len(hit) else "none"


def months_at_least(t, start, end, value):
    m = monthly(t)
    m = m[(m.index >= T(start)) & (m.index <= T(end))]
    return int((m >= value).sum())


def rate(name, d):
    return float(ser(name).loc[T(d)])


def rate_prev(name, d):
    s = ser(name)
    return float(s[s.index < T(d)].iloc[-1])


def rate_chg_bp(name, d):
    return round((rate(name, d) - rate_prev(name, d)) * 100, 1)


def rate_since(name, d, above=True):
    """Last date before d with a value at least as high (or low) as on d."""
    s = ser(name)
    v = s.loc[T(d)]
    prior = s[s.index < T(d)]
    hit = prior[prior >= v] if above else prior[prior <= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def n_day_ret(t, d, n):
    s = cl(t)
    i = s.index.get_loc(T(d))
    return (s.iloc[i] / s.iloc[i - n] - 1) * 100


def nth_session_after(t, d, n):
    s = cl(t)
    return s.index[s.index.get_loc(T(d)) + n].date().isoformat()


def n_day_episodes(t, n, thresh, start=None, end=None):
    """First sessions of runs of consecutive days whose n-session return is >= thresh %."""
    s = cl(t)
    r = (s / s.shift(n) - 1).dropna() * 100
    if start:
        r = r[r.index >= T(start)]
    if end:
        r = r[r.index <= T(end)]
    hit = r >= thresh
    starts = hit & ~hit.shift(1, fill_value=False)
    return [i.date().isoformat() for i in r[starts].index]


def ytd_lead_days(a, b, d):
    """Sessions of d's year, before d, on which a's YTD % change was above b's."""
    y = T(d).year
    sa, sb = cl(a), cl(b)
    ba = sa[sa.index < T(f"{y}-01-01")].iloc[-1]
    bb = sb[sb.index < T(f"{y}-01-01")].iloc[-1]
    df = pd.concat([sa / ba, sb / bb], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[(df.index >= T(f"{y}-01-01")) & (df.index < T(d))]
    return int((df.a > df.b).sum())


def weekly_up_streak(t, friday):
    """Consecutive Friday-to-Friday gains ending with the week of `friday`."""
    w = (cl(t).resample("W-FRI").last().pct_change() * 100).dropna()
    w = w[w.index <= T(friday)]
    n = 0
    for v in w.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def last_n_day_as_big(t, d, n):
    """End date of the last earlier n-session window with a return at least as large as the one ending on d."""
    s = cl(t)
    r = (s / s.shift(n) - 1).dropna()
    v = r.loc[T(d)]
    prior = r[(r.index < T(d)) & (r >= v)]
    # skip the overlapping run that leads into d itself
    prior = prior[prior.index < s.index[s.index.get_loc(T(d)) - n]]
    return prior.index[-1].date().isoformat()


RECIPES = [
    ('thetechnicals_20181217_rut_bear_market', 0, 2, lambda: record_before('RUT','2018-12-17')[0]),
    ('thetechnicals_20181217_rut_bear_market', 1, 2, lambda: val('RUT','2018-08-31')),
    ('thetechnicals_20181217_rut_bear_market', 2, 2, lambda: val('RUT','2018-12-17')),
    ('thetechnicals_20181217_rut_bear_market', 3, 2, lambda: -ret('RUT','2018-08-31','2018-12-17')),
    ('thetechnicals_20181217_rut_bear_market', 4, 2, lambda: -ret('RUT','2018-08-31','2018-12-17') >= 20),
    ('thetechnicals_20181217_rut_bear_market', 5, 2, lambda: [round(pct_below_52w_high(t,'2018-12-17'), 2) for t in ('GSPC','DJI','IXIC')]),
    ('fool_20201215_rut_overtakes_spx_ytd', 0, 2, lambda: [round(pct(t,'2020-12-15'), 2) for t in ('DJI','GSPC','IXIC')]),
    ('fool_20201215_rut_overtakes_spx_ytd', 1, 2, lambda: is_record('IXIC','2020-12-15')),
    ('fool_20201215_rut_overtakes_spx_ytd', 2, 2, lambda: pct('DJI','2020-12-15')),
    ('fool_20201215_rut_overtakes_spx_ytd', 3, 2, lambda: chg('DJI','2020-12-15')),
    ('fool_20201215_rut_overtakes_spx_ytd', 4, 2, lambda: pct('GSPC','2020-12-15')),
    ('fool_20201215_rut_overtakes_spx_ytd', 5, 2, lambda: chg('GSPC','2020-12-15')),
    ('fool_20201215_rut_overtakes_spx_ytd', 6, 2, lambda: pct('IXIC','2020-12-15')),
    ('fool_20201215_rut_overtakes_spx_ytd', 7, 2, lambda: chg('IXIC','2020-12-15')),
    ('fool_20201215_rut_overtakes_spx_ytd', 8, 2, lambda: pct('RUT','2020-12-15')),
    ('fool_20201215_rut_overtakes_spx_ytd', 9, 2, lambda: [round(ytd_pct('RUT','2020-12-14'), 2), round(ytd_pct('GSPC','2020-12-14'), 2)]),
    ('fool_20201215_rut_overtakes_spx_ytd', 10, 2, lambda: [round(ret('GSPC','2010-12-31','2019-12-31'), 2), round(ret('RUT','2010-12-31','2019-12-31'), 2)]),
    ('fool_20201215_rut_overtakes_spx_ytd', 11, 2, None),
    ('fool_20201215_rut_overtakes_spx_ytd', 12, 2, lambda: ytd_lead_days('RUT','GSPC','2020-12-08')),
    ('marketwatch_20171214_rut_tax_uncertainty', 0, 2, lambda: pct('RUT','2017-12-14')),
    ('marketwatch_20171214_rut_tax_uncertainty', 1, 2, lambda: last_move_as_big('RUT','2017-12-14')),
    ('marketwatch_20171214_rut_tax_uncertainty', 2, 2, lambda: pct('GSPC','2017-12-14')),
    ('marketwatch_20171214_rut_tax_uncertainty', 3, 2, lambda: pct('DJI','2017-12-14')),
    ('marketwatch_20171214_rut_tax_uncertainty', 4, 2, lambda: pct('IXIC','2017-12-14')),
    ('marketwatch_20171214_rut_tax_uncertainty', 5, 2, lambda: ytd_pct('RUT','2017-12-14')),
    ('marketwatch_20171214_rut_tax_uncertainty', 6, 2, lambda: ytd_pct('GSPC','2017-12-14')),
    ('marketwatch_20171214_rut_tax_uncertainty', 7, 2, lambda: ytd_pct('DJI','2017-12-14')),
    ('marketwatch_20171214_rut_tax_uncertainty', 8, 2, lambda: ytd_pct('RUT','2017-12-14') / ytd_pct('DJI','2017-12-14')),
    ('bloomberg_20171222_small_caps_twists', 0, 2, lambda: ytd_pct('RUT','2017-12-21')),
    ('bloomberg_20171222_small_caps_twists', 1, 2, lambda: months_at_least('RUT','2017-01-01','2017-11-30',0.0000001)),
    ('bloomberg_20171222_small_caps_twists', 2, 2, lambda: monthly('RUT').loc['2017-10-31']),
    ('bloomberg_20171222_small_caps_twists', 3, 2, lambda: ytd_pct('NDX','2017-12-21')),
    ('bloomberg_20171222_small_caps_twists', 4, 2, lambda: mtd_pct('RUT','2017-12-22')),
    ('bloomberg_20171222_small_caps_twists', 5, 2, lambda: mtd_pct('GSPC','2017-12-22')),
    ('bloomberg_20171222_small_caps_twists', 6, 2, lambda: mtd_pct('NDX','2017-12-22')),
    ('bloomberg_20171222_small_caps_twists', 7, 2, lambda: ytd_pct('RUT','2017-08-21')),
    ('bloomberg_20171222_small_caps_twists', 8, 2, lambda: ret('RUT','2017-08-21','2017-11-30')),
    ('cnbc_20231002_rut_negative_for_year', 0, 2, lambda: [rate_chg_bp('DGS2','2023-10-02'), rate_chg_bp('DGS10','2023-10-02')]),
    ('cnbc_20231002_rut_negative_for_year', 1, 2, lambda: pct('GSPC','2023-10-02')),
    ('cnbc_20231002_rut_negative_for_year', 2, 2, lambda: pct('DJI','2023-10-02')),
    ('cnbc_20231002_rut_negative_for_year', 3, 2, lambda: pct('IXIC','2023-10-02')),
    ('cnbc_20231002_rut_negative_for_year', 4, 2, lambda: streak('IXIC','2023-10-02')),
    ('cnbc_20231002_rut_negative_for_year', 5, 2, lambda: pct('RUT','2023-10-02')),
    ('cnbc_20231002_rut_negative_for_year', 6, 2, lambda: ytd_pct('RUT','2023-10-02')),
    ('cnbc_20231002_rut_negative_for_year', 7, 2, lambda: [d.date().isoformat() for d in cl('RUT')['2023-01-03':'2023-09-29'].index if ytd_pct('RUT', d) < 0][:3]),
    ('cnbc_20231002_rut_negative_for_year', 8, 2, None),
    ('cnbc_20231002_rut_negative_for_year', 9, 2, None),
    ('cnbc_20231002_rut_negative_for_year', 10, 2, None),
    ('cnbc_20231002_rut_negative_for_year', 11, 2, lambda: ytd_pct('GSPC','2023-10-02')),
    ('benzinga_20260420_iwm_april_surge', 0, 2, lambda: pct_below_52w_high('RUT','2026-03-20')),
    ('benzinga_20260420_iwm_april_surge', 1, 2, lambda: mtd_pct('IWM','2026-04-20')),
    ('benzinga_20260420_iwm_april_surge', 2, 2, lambda: last_month_as_big('IWM','2026-04-20', mtd_pct('IWM','2026-04-20'))),
    ('benzinga_20260420_iwm_april_surge', 3, 2, lambda: up_days('IWM','2026-04-01','2026-04-20')),
    ('benzinga_20260420_iwm_april_surge', 4, 2, lambda: val('RUT','2026-04-20')),
    ('benzinga_20260420_iwm_april_surge', 5, 2, None),
    ('benzinga_20260420_iwm_april_surge', 6, 2, lambda: (3200 / 2775 - 1) * 100),
    ('benzinga_20260420_iwm_april_surge', 7, 2, lambda: ret('RUT','2025-07-31','2026-04-20')),
    ('benzinga_20260420_iwm_april_surge', 8, 2, lambda: ret('GSPC','2025-07-31','2026-04-20')),
    ('benzinga_20260420_iwm_april_surge', 9, 2, lambda: ret('NDX','2025-07-31','2026-04-20')),
    ('benzinga_20260420_iwm_april_surge', 10, 2, None),
    ('benzinga_20260420_iwm_april_surge', 11, 2, lambda: cl('IWM').index[0].date().isoformat()),
    ('benzinga_20260420_iwm_april_surge', 12, 2, lambda: months_at_least('IWM','2000-06-01','2026-03-31',10)),
    ('ap_20210224_small_caps_lead_yields_rise', 0, 2, lambda: pct('GSPC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 1, 2, lambda: pct('DJI','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 2, 2, lambda: is_record('DJI','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 3, 2, lambda: rate_since('DGS10','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 4, 2, lambda: chg('GSPC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 5, 2, lambda: val('GSPC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 6, 2, lambda: chg('DJI','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 7, 2, lambda: val('DJI','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 8, 2, lambda: chg('IXIC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 9, 2, lambda: pct('IXIC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 10, 2, lambda: val('IXIC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 11, 2, lambda: chg('RUT','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 12, 2, lambda: pct('RUT','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 13, 2, lambda: val('RUT','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 14, 2, lambda: wtd_pts('GSPC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 15, 2, lambda: wtd_pct('GSPC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 16, 2, lambda: wtd_pts('DJI','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 17, 2, lambda: wtd_pct('DJI','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 18, 2, lambda: wtd_pts('IXIC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 19, 2, lambda: wtd_pct('IXIC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 20, 2, lambda: wtd_pts('RUT','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 21, 2, lambda: wtd_pct('RUT','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 22, 2, lambda: ytd_pts('GSPC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 23, 2, lambda: ytd_pct('GSPC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 24, 2, lambda: ytd_pts('DJI','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 25, 2, lambda: ytd_pct('DJI','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 26, 2, lambda: ytd_pts('IXIC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 27, 2, lambda: ytd_pct('IXIC','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 28, 2, lambda: ytd_pts('RUT','2021-02-24')),
    ('ap_20210224_small_caps_lead_yields_rise', 29, 2, lambda: ytd_pct('RUT','2021-02-24')),
    ('ap_20210318_nasdaq_second_worst_loss', 0, 2, lambda: int((cl('IXIC').pct_change()['2021-01-01':'2021-03-18'] <= cl('IXIC').pct_change().loc['2021-03-18']).sum())),
    ('ap_20210318_nasdaq_second_worst_loss', 1, 2, lambda: pct('IXIC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 2, 2, lambda: pct('GSPC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 3, 2, lambda: pct('DJI','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 4, 2, lambda: rate_since('DGS10','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 5, 2, lambda: chg('GSPC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 6, 2, lambda: val('GSPC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 7, 2, lambda: chg('DJI','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 8, 2, lambda: val('DJI','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 9, 2, lambda: chg('IXIC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 10, 2, lambda: val('IXIC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 11, 2, lambda: chg('RUT','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 12, 2, lambda: pct('RUT','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 13, 2, lambda: val('RUT','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 14, 2, lambda: wtd_pts('GSPC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 15, 2, lambda: wtd_pct('GSPC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 16, 2, lambda: wtd_pts('DJI','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 17, 2, lambda: wtd_pct('DJI','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 18, 2, lambda: wtd_pts('IXIC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 19, 2, lambda: wtd_pct('IXIC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 20, 2, lambda: wtd_pts('RUT','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 21, 2, lambda: wtd_pct('RUT','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 22, 2, lambda: ytd_pts('GSPC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 23, 2, lambda: ytd_pct('GSPC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 24, 2, lambda: ytd_pts('DJI','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 25, 2, lambda: ytd_pct('DJI','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 26, 2, lambda: ytd_pts('IXIC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 27, 2, lambda: ytd_pct('IXIC','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 28, 2, lambda: ytd_pts('RUT','2021-03-18')),
    ('ap_20210318_nasdaq_second_worst_loss', 29, 2, lambda: ytd_pct('RUT','2021-03-18')),
    ('forexlive_20220114_mixed_close_weekly_losses', 0, 2, lambda: streak('DJI','2022-01-14', up=False)),
    ('forexlive_20220114_mixed_close_weekly_losses', 1, 2, lambda: rate_chg_bp('DGS10','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 2, 2, lambda: chg('DJI','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 3, 2, lambda: pct('DJI','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 4, 2, lambda: val('DJI','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 5, 2, lambda: chg('GSPC','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 6, 2, lambda: pct('GSPC','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 7, 2, lambda: val('GSPC','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 8, 2, lambda: intraday_pts('GSPC','2022-01-14','low')),
    ('forexlive_20220114_mixed_close_weekly_losses', 9, 2, lambda: intraday_pct('GSPC','2022-01-14','low')),
    ('forexlive_20220114_mixed_close_weekly_losses', 10, 2, lambda: chg('IXIC','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 11, 2, lambda: pct('IXIC','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 12, 2, lambda: val('IXIC','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 13, 2, lambda: intraday_pts('IXIC','2022-01-14','low')),
    ('forexlive_20220114_mixed_close_weekly_losses', 14, 2, lambda: intraday_pct('IXIC','2022-01-14','low')),
    ('forexlive_20220114_mixed_close_weekly_losses', 15, 2, lambda: chg('RUT','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 16, 2, lambda: pct('RUT','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 17, 2, lambda: val('RUT','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 18, 2, lambda: wtd_pct('DJI','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 19, 2, lambda: sorted(('GSPC','DJI','IXIC'), key=lambda t: wtd_pct(t,'2022-01-14'))[0]),
    ('forexlive_20220114_mixed_close_weekly_losses', 20, 2, lambda: wtd_pct('GSPC','2022-01-14')),
    ('forexlive_20220114_mixed_close_weekly_losses', 21, 2, lambda: wtd_pct('IXIC','2022-01-14')),
    ('ap_20220505_stocks_slump_rates', 0, 2, lambda: pct('GSPC','2022-05-05')),
    ('ap_20220505_stocks_slump_rates', 1, 2, lambda: last_move_as_big('GSPC','2022-05-05')),
    ('ap_20220505_stocks_slump_rates', 2, 2, lambda: val('GSPC','2022-05-05') < val('GSPC','2022-05-03')),
    ('ap_20220505_stocks_slump_rates', 3, 2, lambda: chg('DJI','2022-05-05')),
    ('ap_20220505_stocks_slump_rates', 4, 2, lambda: pct('DJI','2022-05-05')),
    ('ap_20220505_stocks_slump_rates', 5, 2, lambda: pct('IXIC','2022-05-05')),
    ('ap_20220505_stocks_slump_rates', 6, 2, lambda: rate('DGS10','2022-05-05')),
    ('ap_20220505_stocks_slump_rates', 7, 2, None),
    ('ap_20220505_stocks_slump_rates', 8, 0, lambda: (rate('DFEDTARU','2022-05-05') - rate('DFEDTARU','2022-05-04')) * 100),
    ('ap_20220505_stocks_slump_rates', 9, 0, lambda: max((ser('DFEDTAR').diff() * 100)[:'2008-12-15'][ser('DFEDTAR').index.year >= 2001].max(), (ser('DFEDTARU').diff() * 100)[:'2022-05-04'].max())),
    ('ginlix_20260323_small_cap_outperformance', 0, 2, lambda: pct('RUT','2026-03-23')),
    ('ginlix_20260323_small_cap_outperformance', 1, 2, lambda: pct('GSPC','2026-03-23')),
    ('ginlix_20260323_small_cap_outperformance', 2, 2, None),
    ('ginlix_20260323_small_cap_outperformance', 3, 2, lambda: pct('IWM','2026-03-23')),
    ('ginlix_20260323_small_cap_outperformance', 4, 2, lambda: pct('SPY','2026-03-23')),
    ('ginlix_20260323_small_cap_outperformance', 5, 2, lambda: pct('IWM','2026-03-23') / pct('SPY','2026-03-23')),
    ('ginlix_20260323_small_cap_outperformance', 6, 2, lambda: val('IWM','2026-03-23','volume') / 1e6),
    ('ginlix_20260323_small_cap_outperformance', 7, 2, lambda: val('SPY','2026-03-23','volume') / 1e6),
    ('ginlix_20260323_small_cap_outperformance', 8, 2, None),
    ('investmentnewsdaily_20230307_powell_dow_574', 0, 2, lambda: chg('DJI','2023-03-07')),
    ('investmentnewsdaily_20230307_powell_dow_574', 1, 2, lambda: chg('DJI','2023-03-07')),
    ('investmentnewsdaily_20230307_powell_dow_574', 2, 2, lambda: pct('DJI','2023-03-07')),
    ('investmentnewsdaily_20230307_powell_dow_574', 3, 2, lambda: pct('GSPC','2023-03-07')),
    ('investmentnewsdaily_20230307_powell_dow_574', 4, 2, lambda: pct('IXIC','2023-03-07')),
    ('investmentnewsdaily_20230307_powell_dow_574', 5, 2, lambda: rate('DGS2','2023-03-07')),
    ('investmentnewsdaily_20230307_powell_dow_574', 6, 2, lambda: rate_since('DGS2','2023-03-07')),
    ('investmentnewsdaily_20230307_powell_dow_574', 7, 2, lambda: ytd_pct('DJI','2023-03-07')),
    ('investmentnewsdaily_20230307_powell_dow_574', 8, 2, lambda: ytd_pct('GSPC','2023-03-07')),
    ('investmentnewsdaily_20230307_powell_dow_574', 9, 2, lambda: ytd_pct('IXIC','2023-03-07')),
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


def main():
    global DATA
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python reference.py DATA_DIR [KEY_JSONL]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(data)
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    mismatches = 0
    for pid, idx, dec, f in RECIPES:
        value = None if f is None else normalise(f(), dec)
        flag = ""
        if key.get((pid, idx), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((pid, idx), 'missing')!r}"
        print(f"{pid} #{idx}: {value!r}{flag}")
    missing = set(key) - {(p, i) for p, i, _, _ in RECIPES}
    mismatches += len(missing)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
