"""Recompute every computed_value in key.jsonl (heldout7b) from the CSV files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)

Each RECIPES entry is (passage_id, claim_index, decimals, expression); the expression is evaluated
with the pandas helpers below; None means nothing in the files computes the claim. Prints every value,
then "N recipes, N key records, K mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json, os, sys
from pathlib import Path
import pandas as pd

DATA = Path(os.environ.get("CAPSCOPE_DATA_DIR", "data"))
_c = {}

def prices(t):
    if t not in _c:
        _c[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _c[t]

def rate(s):
    k = "r_" + s
    if k not in _c:
        _c[k] = pd.read_csv(DATA / f"{s}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _c[k]

def ts(d): return pd.Timestamp(d)

def col(t, f="close"): return prices(t)[f].dropna()

def close(t, d, f="close"): return float(prices(t).loc[ts(d), f])

def prev_session(t, d):
    s = col(t); return s.index[s.index.get_loc(ts(d)) - 1]

def pct_change(t, d): return (close(t, d) / close(t, prev_session(t, d)) - 1) * 100

def point_change(t, d): return close(t, d) - close(t, prev_session(t, d))

def ret(t, a, b, f="close"): return (close(t, b, f) / close(t, a, f) - 1) * 100

def points(t, a, b): return close(t, b) - close(t, a)

def last_close_before(t, d, f="close"):
    s = col(t, f); return s[s.index < ts(d)].index[-1]

def ytd(t, d): return ret(t, last_close_before(t, f"{ts(d).year}-01-01"), d)

def ytd_points(t, d): return points(t, last_close_before(t, f"{ts(d).year}-01-01"), d)

def mtd(t, d): return ret(t, last_close_before(t, ts(d).replace(day=1)), d)

def wtd(t, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return ret(t, last_close_before(t, monday), d)

def wtd_points(t, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return points(t, last_close_before(t, monday), d)

def record_before(t, d, f="close"):
    s = col(t, f); s = s[s.index < ts(d)]
    return s.idxmax().date().isoformat(), float(s.max())

def is_record(t, d, f="close"): return close(t, d, f) > record_before(t, d, f)[1]

def pct_below_record(t, d, f_ref="close"):
    _, rec = record_before(t, d, f_ref); return (1 - close(t, d) / rec) * 100

def pct_below_peak_upto(t, d, f_ref="close"):
    """Distance of close on d below the highest value up to and including d."""
    s = col(t, f_ref); s = s[s.index <= ts(d)]
    return (1 - close(t, d) / s.max()) * 100

def highest_since(t, d, f="close"):
    s = col(t, f); v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & (s >= v)]
    return p.index[-1].date().isoformat() if len(p) else "none (record)"

def daily_moves(t, kind="pct"):
    s = col(t); return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()

def last_move_as_big(t, d, kind="pct", down=True):
    m = daily_moves(t, kind); v = m.loc[ts(d)]; p = m[m.index < ts(d)]
    h = p[p <= v] if down else p[p >= v]
    return h.index[-1].date().isoformat() if len(h) else "none"

def streak(t, d, up=True):
    m = daily_moves(t, "pts"); m = m[m.index <= ts(d)]; n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0): n += 1
        else: break
    return n

def rel_streak(a, b, d):
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[df.index <= ts(d)]; n = 0
    for _, r in df.iloc[::-1].iterrows():
        if r.a > r.b: n += 1
        else: break
    return n

def last_rel_streak_at_least(a, b, before, n):
    """End date of the last completed run (ending before `before`) of >= n sessions in which a beat b."""
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[df.index < ts(before)]
    win = (df.a > df.b).astype(int)
    run = win.groupby((win == 0).cumsum()).cumsum()
    hit = run[run >= n]
    return hit.index[-1].date().isoformat() if len(hit) else "none"

def sessions_between(t, a, b):
    s = col(t); return int(s.index.get_loc(ts(b)) - s.index.get_loc(ts(a)))

def max_drawdown(t, a, b):
    s = col(t); s = s[(s.index >= ts(a)) & (s.index <= ts(b))]
    return float(((s / s.cummax()) - 1).min() * 100)

def sma(t, n): return col(t).rolling(n).mean()

def pct_vs_ma(t, d, n, value=None):
    v = close(t, d) if value is None else value
    return (v / sma(t, n).loc[ts(d)] - 1) * 100

def pts_vs_ma(t, d, n): return close(t, d) - sma(t, n).loc[ts(d)]

def last_close_below_ma(t, d, n):
    s = col(t); b = s < s.rolling(n).mean(); p = b[(b.index < ts(d)) & b]
    return p.index[-1].date().isoformat()

def last_low_below_ma(t, d, n):
    lo = col(t, "low"); ma = sma(t, n); b = lo < ma; p = b[(b.index < ts(d)) & b]
    return p.index[-1].date().isoformat()

def sessions_above_ma_before(t, d, n):
    """Consecutive closes above the n-day average ending the session before d."""
    s = col(t); a = (s > s.rolling(n).mean()); a = a[a.index < ts(d)]; k = 0
    for v in a.iloc[::-1]:
        if v: k += 1
        else: break
    return k

def longest_above_ma_run_before(t, d, n):
    """(end date, length) of the longest earlier run of closes above the n-day average that ended before d's run."""
    s = col(t); a = (s > s.rolling(n).mean()).astype(int); a = a[a.index < ts(d)]
    run = a.groupby((a == 0).cumsum()).cumsum()
    ends = run[(run > 0) & (run.shift(-1, fill_value=0) == 0)]
    return [(i.date().isoformat(), int(v)) for i, v in ends.items()]

def mtd_after_n(t, year_month, n):
    """% change from the last close of the prior month to the close of the n-th session of the month."""
    s = col(t); start = ts(year_month + "-01"); base = s[s.index < start].iloc[-1]
    m = s[(s.index >= start) & (s.index < start + pd.offsets.MonthBegin(1))]
    return (m.iloc[n - 1] / base - 1) * 100

def quarter_return(t, q_end_prev, q_end):
    return ret(t, last_close_before(t, pd.Timestamp(q_end_prev) + pd.Timedelta(days=1)), last_close_before(t, pd.Timestamp(q_end) + pd.Timedelta(days=1)))

def rate_on(s, d): return float(rate(s).loc[ts(d)])

def fed_range(d): return [rate_on("DFEDTARL", d), rate_on("DFEDTARU", d)]

def fomc_meetings(): return pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])

def monthly_returns(t):
    m = col(t).resample("ME").last(); return (m.pct_change() * 100).dropna()

def weekly_up_streak(t, friday):
    w = col(t).resample("W-FRI").last(); r = w.pct_change().dropna(); r = r[r.index <= ts(friday)]; n = 0
    for v in r.iloc[::-1]:
        if v > 0: n += 1
        else: break
    return n

def last_intraday_gain_as_big(t, d):
    s = col(t); g = (col(t, "high") / s.shift(1) - 1) * 100; v = g.loc[ts(d)]
    p = g[(g.index < ts(d)) & (g >= v)]
    return p.index[-1].date().isoformat()

def record_closes(t, a, b):
    return [x.date().isoformat() for x in col(t)[ts(a):ts(b)].index if is_record(t, x)]

def rate_change_bp(s, a, b): return round((rate_on(s, b) - rate_on(s, a)) * 100, 1)

def session_range_pct(t, d):
    p = close(t, prev_session(t, d))
    return [round((close(t, d, "low") / p - 1) * 100, 2), round((close(t, d, "high") / p - 1) * 100, 2)]

def last_weekly_as_bad(t, friday):
    w = (col(t).resample("W-FRI").last().pct_change() * 100).dropna(); v = w.loc[ts(friday)]
    return w[(w.index < ts(friday)) & (w <= v)].index[-1].date().isoformat()

def month_return(t, ym): return float(monthly_returns(t).loc[ts(ym + "-01") + pd.offsets.MonthEnd(0)])

def rel_run_max(a, b, start, end):
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    win = (df.a > df.b).astype(int); run = win.groupby((win == 0).cumsum()).cumsum()
    r = run[(run.index >= ts(start)) & (run.index <= ts(end))]
    return [r.idxmax().date().isoformat(), int(r.max())]


RECIPES = [
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 0, 2, "ret('RUT','2014-09-30','2014-12-31')"),
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 1, 2, None),
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 2, 2, "ret('GSPC','2014-09-30','2014-12-31')"),
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 3, 2, "ret('IXIC','2014-09-30','2014-12-31')"),
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 4, 2, "ret('RUT','2013-12-31','2014-12-31')"),
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 5, 2, None),
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 6, 2, "ret('GSPC','2013-12-31','2014-12-31')"),
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 7, 2, "ret('IXIC','2013-12-31','2014-12-31')"),
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 8, 2, "record_closes('RUT','2014-12-01','2014-12-31')"),
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 9, 2, "record_closes('GSPC','2014-12-01','2014-12-31')"),
    ('roycefunds_20150107_small_caps_rebound_q4_lag_2014', 10, 2, "record_before('IXIC','2015-01-01')"),
    ('doubleyouryield_20150727_market_week_july_24', 0, 2, "[round(ret(t,'2015-07-17','2015-07-24'),2) for t in ('DJI','IXIC','GSPC','RUT')]"),
    ('doubleyouryield_20150727_market_week_july_24', 1, 2, "points('RUT','2015-07-17','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 2, 2, "ret('RUT','2015-07-17','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 3, 1, "rate_change_bp('DGS10','2015-07-17','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 4, 2, "close('DJI','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 5, 2, "ret('DJI','2015-07-17','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 6, 2, "ytd('DJI','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 7, 2, "close('IXIC','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 8, 2, "ret('IXIC','2015-07-17','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 9, 2, "ytd('IXIC','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 10, 2, "close('GSPC','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 11, 2, "ret('GSPC','2015-07-17','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 12, 2, "ytd('GSPC','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 13, 2, "close('RUT','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 14, 2, "ret('RUT','2015-07-17','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 15, 2, "ytd('RUT','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 16, 2, "fed_range('2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 17, 2, "rate_on('DGS10','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 18, 1, "rate_change_bp('DGS10','2015-07-17','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 19, 2, "rate_on('DGS10','2015-07-17')"),
    ('doubleyouryield_20150727_market_week_july_24', 20, 1, "rate_change_bp('DGS10','2014-12-31','2015-07-24')"),
    ('doubleyouryield_20150727_market_week_july_24', 21, 2, "rate_on('DGS10','2014-12-31')"),
    ('theirrelevantinvestor_20160325_rut_thirty_month_drawdown', 0, 2, None),
    ('theirrelevantinvestor_20160325_rut_thirty_month_drawdown', 1, 2, None),
    ('theirrelevantinvestor_20160325_rut_thirty_month_drawdown', 2, 2, "ret('RUT','2013-09-24','2016-03-24')"),
    ('theirrelevantinvestor_20160325_rut_thirty_month_drawdown', 3, 2, "-max_drawdown('RUT','2013-09-24','2016-03-24')"),
    ('theirrelevantinvestor_20160325_rut_thirty_month_drawdown', 4, 2, "-max_drawdown('GSPC','2013-09-24','2016-03-24')"),
    ('theirrelevantinvestor_20160325_rut_thirty_month_drawdown', 5, 2, "record_before('GSPC','2016-03-24')[1] * (1 - 0.264)"),
    ('theirrelevantinvestor_20160325_rut_thirty_month_drawdown', 6, 2, "col('GSPC')['2007'].max()"),
    ('foxbusiness_20170817_rut_below_200_day', 0, 2, "pct_change('RUT','2017-08-17')"),
    ('foxbusiness_20170817_rut_below_200_day', 1, 2, "close('RUT','2017-08-17','low') < sma('RUT',200).loc[ts('2017-08-17')]"),
    ('foxbusiness_20170817_rut_below_200_day', 2, 2, "last_low_below_ma('RUT','2017-08-17',200)"),
    ('foxbusiness_20170817_rut_below_200_day', 3, 2, "last_low_below_ma('RUT','2017-08-17',200)"),
    ('foxbusiness_20170817_rut_below_200_day', 4, 2, "last_close_below_ma('RUT','2017-08-17',200)"),
    ('foxbusiness_20170817_rut_below_200_day', 5, 0, "sessions_above_ma_before('RUT','2017-08-17',200)"),
    ('foxbusiness_20170817_rut_below_200_day', 6, 0, "[r for r in longest_above_ma_run_before('RUT','2017-08-01',200) if r[1] >= 286][-1]"),
    ('foxbusiness_20170817_rut_below_200_day', 7, 2, "pts_vs_ma('DJI','2017-08-17',200)"),
    ('foxbusiness_20170817_rut_below_200_day', 8, 2, "pct_vs_ma('DJI','2017-08-17',200)"),
    ('foxbusiness_20170817_rut_below_200_day', 9, 2, "pct_vs_ma('GSPC','2017-08-17',200)"),
    ('foxbusiness_20170817_rut_below_200_day', 10, 2, "pct_vs_ma('IXIC','2017-08-17',200)"),
    ('bloomberg_20170927_small_caps_tax_plan_record', 0, 0, "[d for d in ('2017-09-22','2017-09-25','2017-09-26','2017-09-27') if is_record('RUT', d, 'high')]"),
    ('bloomberg_20170927_small_caps_tax_plan_record', 1, 2, "(close('RUT','2017-09-27','high') / close('RUT','2017-09-26') - 1) * 100"),
    ('bloomberg_20170927_small_caps_tax_plan_record', 2, 2, "last_intraday_gain_as_big('RUT','2017-09-27')"),
    ('bloomberg_20170927_small_caps_tax_plan_record', 3, 2, "pct_change('GSPC','2017-09-27')"),
    ('bloomberg_20170927_small_caps_tax_plan_record', 4, 0, "rel_streak('RUT','GSPC','2017-09-27')"),
    ('cnbc_20170928_rut_record_tax_framework', 0, 2, "point_change('DJI','2017-09-28')"),
    ('cnbc_20170928_rut_record_tax_framework', 1, 2, "[close('RUT','2017-09-28','high'), record_before('RUT','2017-09-28','high')[1]]"),
    ('cnbc_20170928_rut_record_tax_framework', 2, 2, "[close('RUT','2017-09-28'), is_record('RUT','2017-09-28')]"),
    ('cnbc_20170928_rut_record_tax_framework', 3, 2, "point_change('GSPC','2017-09-28')"),
    ('cnbc_20170928_rut_record_tax_framework', 4, 2, "[close('GSPC','2017-09-28'), is_record('GSPC','2017-09-28')]"),
    ('cnbc_20170928_rut_record_tax_framework', 5, 3, "(1 - close('GSPC','2017-09-28') / record_before('GSPC','2017-09-28','high')[1]) * 100"),
    ('cnbc_20170928_rut_record_tax_framework', 6, 2, "is_record('GSPC','2017-09-28','high')"),
    ('cnbc_20170928_rut_record_tax_framework', 7, 2, "point_change('IXIC','2017-09-28')"),
    ('cnbc_20170928_rut_record_tax_framework', 8, 3, "[round(pct_below_record('IXIC','2017-09-28'), 3), round((1 - close('IXIC','2017-09-28') / record_before('IXIC','2017-09-28','high')[1]) * 100, 3)]"),
    ('cnbc_20170928_rut_record_tax_framework', 9, 2, None),
    ('seeitmarket_20171108_rut_near_high_no_new_high', 0, 2, "[close('RUT','2017-10-05'), col('RUT')[:'2017-10-04'][-251:].max(), is_record('RUT','2017-10-05')]"),
    ('seeitmarket_20171108_rut_near_high_no_new_high', 1, 2, "round(float(((col('RUT','high')['2017-10-06':'2017-11-07'] / close('RUT','2017-10-05') - 1) * 100).min()), 2)"),
    ('seeitmarket_20171108_rut_near_high_no_new_high', 2, 2, "bool((col('RUT')['2017-10-06':'2017-11-07'] > close('RUT','2017-10-05')).any())"),
    ('seeitmarket_20171108_rut_near_high_no_new_high', 3, 0, "sessions_between('RUT','2017-10-05','2017-11-07')"),
    ('seeitmarket_20171108_rut_near_high_no_new_high', 4, 0, "(ts('2017-11-07') - ts('2017-10-05')).days"),
    ('seeitmarket_20171108_rut_near_high_no_new_high', 5, 2, "round((close('RUT','2017-11-08','high') / close('RUT','2017-10-05') - 1) * 100, 2)"),
    ('seeitmarket_20171108_rut_near_high_no_new_high', 6, 0, None),
    ('seeitmarket_20171108_rut_near_high_no_new_high', 7, 0, None),
    ('seeitmarket_20171108_rut_near_high_no_new_high', 8, 0, None),
    ('bespoke_20210209_drooling_for_small_caps', 0, 2, "[round(pct_vs_ma('RUT','2021-02-08',200), 2), round(float(((col('RUT') / sma('RUT',200) - 1) * 100)[:'2021-02-05'].max()), 2)]"),
    ('bespoke_20210209_drooling_for_small_caps', 1, 2, "mtd('RUT','2021-02-08')"),
    ('bespoke_20210209_drooling_for_small_caps', 2, 0, "len(col('RUT')['2021-02-01':'2021-02-08'])"),
    ('bespoke_20210209_drooling_for_small_caps', 3, 2, "mtd_after_n('RUT','2020-11',6)"),
    ('bespoke_20210209_drooling_for_small_caps', 4, 2, "[round(mtd_after_n('RUT', m, 6), 2) for m in ('2020-12','2021-01')]"),
    ('bespoke_20210209_drooling_for_small_caps', 5, 2, "mtd_after_n('RUT','2020-10',6)"),
    ('bespoke_20210209_drooling_for_small_caps', 6, 2, "[round(mtd_after_n('RUT', m, 6), 2) for m in ('2020-09','2020-10','2020-11','2020-12','2021-01','2021-02')]"),
    ('bespoke_20210209_drooling_for_small_caps', 7, 2, "mtd_after_n('RUT','2020-06',6)"),
    ('bespoke_20210209_drooling_for_small_caps', 8, 2, "mtd_after_n('RUT','2020-08',6)"),
    ('bespoke_20210209_drooling_for_small_caps', 9, 0, None),
    ('bespoke_20210209_drooling_for_small_caps', 10, 0, None),
    ('bespoke_20210209_drooling_for_small_caps', 11, 0, None),
    ('bespoke_20210209_drooling_for_small_caps', 12, 0, "sum(1 for m in ('2020-06','2020-07','2020-08','2020-09','2020-10','2020-11','2020-12','2021-01','2021-02') if mtd_after_n('RUT', m, 6) >= 5)"),
    ('bespoke_20210209_drooling_for_small_caps', 13, 0, "sum(1 for m in ('2020-06','2020-07','2020-08','2020-09','2020-10','2020-11','2020-12','2021-01','2021-02') if mtd_after_n('RUT', m, 6) > 10)"),
    ('newspressnow_20210922_fed_taper_signal_rally', 0, 2, "pct_change('GSPC','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 1, 0, "streak('GSPC','2021-09-21', up=False)"),
    ('newspressnow_20210922_fed_taper_signal_rally', 2, 2, "session_range_pct('GSPC','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 3, 2, "point_change('DJI','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 4, 2, "pct_change('DJI','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 5, 2, "close('DJI','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 6, 2, "close('DJI','2021-09-22','high') - close('DJI','2021-09-21')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 7, 2, "point_change('IXIC','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 8, 2, "pct_change('IXIC','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 9, 2, "close('IXIC','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 10, 2, "rate_on('DGS10','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 11, 2, "rate_on('DGS10','2021-09-21')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 12, 2, "mtd('GSPC','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 13, 2, "[round(month_return('GSPC', m), 2) for m in ('2021-01','2021-02','2021-03','2021-04','2021-05','2021-06','2021-07','2021-08')]"),
    ('newspressnow_20210922_fed_taper_signal_rally', 14, 2, None),
    ('newspressnow_20210922_fed_taper_signal_rally', 15, 2, "point_change('RUT','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 16, 2, "pct_change('RUT','2021-09-22')"),
    ('newspressnow_20210922_fed_taper_signal_rally', 17, 2, "close('RUT','2021-09-22')"),
    ('etftrends_20220124_vix_etfs_surge_midday', 0, 2, "last_weekly_as_bad('GSPC','2022-01-21')"),
    ('etftrends_20220124_vix_etfs_surge_midday', 1, 2, "point_change('DJI','2022-01-24')"),
    ('etftrends_20220124_vix_etfs_surge_midday', 2, 2, "pct_change('DJI','2022-01-24')"),
    ('etftrends_20220124_vix_etfs_surge_midday', 3, 0, "[streak('DJI','2022-01-21', up=False), streak('DJI','2022-01-24', up=False)]"),
    ('etftrends_20220124_vix_etfs_surge_midday', 4, 2, "session_range_pct('GSPC','2022-01-24')"),
    ('etftrends_20220124_vix_etfs_surge_midday', 5, 2, "[round((1 - close('GSPC','2022-01-24','low') / record_before('GSPC','2022-01-24','high')[1]) * 100, 2), round((1 - close('GSPC','2022-01-24') / record_before('GSPC','2022-01-24','high')[1]) * 100, 2)]"),
    ('etftrends_20220124_vix_etfs_surge_midday', 6, 2, "session_range_pct('IXIC','2022-01-24')"),
    ('etftrends_20220124_vix_etfs_surge_midday', 7, 2, "[session_range_pct('SPY','2022-01-24'), session_range_pct('QQQ','2022-01-24')]"),
    ('etftrends_20220124_vix_etfs_surge_midday', 8, 2, "[round(mtd('GSPC','2022-01-24'), 2), round((close('GSPC','2022-01-24','low') / close('GSPC','2021-12-31') - 1) * 100, 2)]"),
    ('etftrends_20220124_vix_etfs_surge_midday', 9, 2, None),
    ('etftrends_20220124_vix_etfs_surge_midday', 10, 2, None),
    ('etftrends_20220124_vix_etfs_surge_midday', 11, 2, "[round(mtd('DJI','2022-01-24'), 2), round((close('DJI','2022-01-24','low') / close('DJI','2021-12-31') - 1) * 100, 2)]"),
    ('etftrends_20220124_vix_etfs_surge_midday', 12, 2, "[round(mtd('IXIC','2022-01-24'), 2), round((close('IXIC','2022-01-24','low') / close('IXIC','2021-12-31') - 1) * 100, 2)]"),
    ('etftrends_20220124_vix_etfs_surge_midday', 13, 2, None),
    ('etftrends_20220124_vix_etfs_surge_midday', 14, 2, "month_return('IXIC','2008-10')"),
    ('etftrends_20220124_vix_etfs_surge_midday', 15, 2, "highest_since('VIX','2022-01-24','high')"),
    ('etftrends_20220124_vix_etfs_surge_midday', 16, 2, "close('VIX','2022-01-24','high')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 0, 2, "last_move_as_big('GSPC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 1, 2, "pct_change('GSPC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 2, 2, "last_move_as_big('GSPC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 3, 2, None),
    ('sdut_20220307_oil_spike_nasdaq_bear', 4, 2, "[record_before('IXIC','2022-03-07'), round(pct_below_record('IXIC','2022-03-07'), 2)]"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 5, 2, "[record_before('GSPC','2022-03-07'), round(pct_below_record('GSPC','2022-03-07'), 2)]"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 6, 2, "point_change('GSPC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 7, 2, "pct_change('GSPC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 8, 2, "close('GSPC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 9, 2, "point_change('DJI','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 10, 2, "pct_change('DJI','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 11, 2, "close('DJI','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 12, 2, "point_change('IXIC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 13, 2, "pct_change('IXIC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 14, 2, "close('IXIC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 15, 2, "point_change('RUT','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 16, 2, "pct_change('RUT','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 17, 2, "close('RUT','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 18, 2, "ytd('GSPC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 19, 2, "ytd('DJI','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 20, 2, "ytd('IXIC','2022-03-07')"),
    ('sdut_20220307_oil_spike_nasdaq_bear', 21, 2, "ytd('RUT','2022-03-07')"),
    ('washexaminer_20220913_cpi_worst_day', 0, 2, "point_change('DJI','2022-09-13')"),
    ('washexaminer_20220913_cpi_worst_day', 1, 2, "pct_change('DJI','2022-09-13')"),
    ('washexaminer_20220913_cpi_worst_day', 2, 2, "pct_change('IXIC','2022-09-13')"),
    ('washexaminer_20220913_cpi_worst_day', 3, 2, "pct_change('GSPC','2022-09-13')"),
    ('washexaminer_20220913_cpi_worst_day', 4, 2, "[last_move_as_big(t,'2022-09-13') for t in ('GSPC','DJI','IXIC')]"),
    ('washexaminer_20220913_cpi_worst_day', 5, 2, "[round(pct_change('VIX','2022-09-13'), 2), session_range_pct('VIX','2022-09-13')]"),
    ('washexaminer_20220913_cpi_worst_day', 6, 2, "ytd('VIX','2022-09-13')"),
    ('washexaminer_20220913_cpi_worst_day', 7, 2, None),
    ('washexaminer_20220913_cpi_worst_day', 8, 2, None),
    ('startribune_20231214_dow_second_record_rut_2000', 0, 2, "record_closes('DJI','2023-12-11','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 1, 3, "[record_before('GSPC','2023-12-14'), round(pct_below_record('GSPC','2023-12-14'), 3)]"),
    ('startribune_20231214_dow_second_record_rut_2000', 2, 2, "[rate_on('DGS10', d) for d in ('2023-12-12','2023-12-13','2023-12-14')]"),
    ('startribune_20231214_dow_second_record_rut_2000', 3, 2, "point_change('GSPC','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 4, 2, "pct_change('GSPC','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 5, 2, "close('GSPC','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 6, 2, "pct_change('DJI','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 7, 2, "close('DJI','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 8, 2, "pct_change('IXIC','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 9, 2, "close('IXIC','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 10, 2, "point_change('RUT','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 11, 2, "pct_change('RUT','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 12, 2, "close('RUT','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 13, 2, "wtd('GSPC','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 14, 2, "wtd('DJI','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 15, 2, "wtd('IXIC','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 16, 2, "wtd('RUT','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 17, 2, "ytd('GSPC','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 18, 2, "ytd('DJI','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 19, 2, "ytd('IXIC','2023-12-14')"),
    ('startribune_20231214_dow_second_record_rut_2000', 20, 2, "ytd('RUT','2023-12-14')"),
    ('mymotherlode_20231226_eighth_winning_week', 0, 2, "pct_change('GSPC','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 1, 2, "pct_change('DJI','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 2, 2, "pct_change('IXIC','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 3, 2, "[rate_on('DGS10','2023-12-22'), rate_on('DGS10','2023-12-26')]"),
    ('mymotherlode_20231226_eighth_winning_week', 4, 0, "weekly_up_streak('GSPC','2023-12-22')"),
    ('mymotherlode_20231226_eighth_winning_week', 5, 2, "point_change('GSPC','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 6, 2, "close('GSPC','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 7, 2, "point_change('DJI','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 8, 2, "close('DJI','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 9, 2, "point_change('IXIC','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 10, 2, "close('IXIC','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 11, 2, "point_change('RUT','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 12, 2, "pct_change('RUT','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 13, 2, "close('RUT','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 14, 2, "ytd('GSPC','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 15, 2, "ytd('DJI','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 16, 2, "ytd('IXIC','2023-12-26')"),
    ('mymotherlode_20231226_eighth_winning_week', 17, 2, "ytd('RUT','2023-12-26')"),
    ('sknfinance_20250809_rut_lags_large_cap_rally', 0, 2, "ret('RUT','2025-08-01','2025-08-08')"),
    ('sknfinance_20250809_rut_lags_large_cap_rally', 1, 2, "close('RUT','2025-08-08')"),
    ('sknfinance_20250809_rut_lags_large_cap_rally', 2, 2, "pct_change('RUT','2025-08-08')"),
    ('sknfinance_20250809_rut_lags_large_cap_rally', 3, 2, "pct_change('GSPC','2025-08-08')"),
    ('sknfinance_20250809_rut_lags_large_cap_rally', 4, 2, "pct_change('IXIC','2025-08-08')"),
    ('sknfinance_20250809_rut_lags_large_cap_rally', 5, 2, "[close('RUT','2025-08-04','open'), close('RUT','2025-08-04')]"),
    ('sknfinance_20250809_rut_lags_large_cap_rally', 6, 2, "close('RUT','2025-08-05')"),
    ('sknfinance_20250809_rut_lags_large_cap_rally', 7, 2, "[close('RUT','2025-08-04'), close('RUT','2025-08-05'), close('RUT','2025-08-07')]"),
    ('sknfinance_20250809_rut_lags_large_cap_rally', 8, 2, "close('RUT','2025-08-07')"),
    ('themoneyunlock_20260115_rut_ten_day_relative_streak', 0, 0, "rel_streak('RUT','GSPC','2026-01-15')"),
    ('themoneyunlock_20260115_rut_ten_day_relative_streak', 1, 2, "last_rel_streak_at_least('RUT','GSPC','2026-01-02',10)"),
    ('themoneyunlock_20260115_rut_ten_day_relative_streak', 2, 0, "rel_run_max('RUT','GSPC','1990-01-01','2025-12-31')"),
    ('themoneyunlock_20260115_rut_ten_day_relative_streak', 3, 2, "ret('RUT','2025-12-31','2026-01-15')"),
    ('themoneyunlock_20260115_rut_ten_day_relative_streak', 4, 2, "ret('GSPC','2025-12-31','2026-01-15')"),
    ('themoneyunlock_20260115_rut_ten_day_relative_streak', 5, 2, "ret('RUT','2025-12-31','2026-01-15') - ret('GSPC','2025-12-31','2026-01-15')"),
    ('themoneyunlock_20260115_rut_ten_day_relative_streak', 6, 2, "is_record('RUT','2026-01-15')"),
    ('themoneyunlock_20260115_rut_ten_day_relative_streak', 7, 0, "rate('DFEDTARU')['2025-09-01':'2025-12-31'].diff().lt(0).sum()"),
    ('themoneyunlock_20260115_rut_ten_day_relative_streak', 8, 2, None),
    ('themoneyunlock_20260115_rut_ten_day_relative_streak', 9, 2, None),
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


def main():
    global DATA
    arg = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not arg:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(arg)
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    bad = 0
    for pid, i, dec, expr in RECIPES:
        v = None if expr is None else normalise(eval(expr), dec)
        flag = ""
        if key.get((pid, i), "missing") != v:
            bad += 1
            flag = f"   <-- key.jsonl has {key.get((pid, i), 'missing')!r}"
        print(f"{pid} #{i}: {v!r}{flag}")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad or len(key) != len(RECIPES) else 0)


if __name__ == "__main__":
    main()
