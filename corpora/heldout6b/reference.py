"""Recompute every computed_value in key.jsonl from the CSV files of the market-data directory.

Usage:  python reference.py DATA_DIR [KEY_JSONL]
        (or set CAPSCOPE_DATA_DIR and run  python reference.py)

Each RECIPES entry is (passage_id, claim_index, decimals, expression). The expression is a call of
one of the helpers below, evaluated on the CSV files; None means nothing in the files computes the
claim (series not in the files, opinion, forecast, non-market figure). The script prints every value,
compares it with key.jsonl and exits 1 on any mismatch. Needs pandas.
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


def close(t, d, field="close"):
    return float(prices(t).loc[ts(d), field])


def prev_session(t, d):
    s = col(t)
    return s.index[s.index.get_loc(ts(d)) - 1]


def pct_change(t, d):
    return (close(t, d) / close(t, prev_session(t, d)) - 1) * 100


def point_change(t, d):
    return close(t, d) - close(t, prev_session(t, d))


def ret(t, start, end, field="close"):
    return (close(t, end, field) / close(t, start, field) - 1) * 100


def points(t, start, end):
    return close(t, end) - close(t, start)


def last_close_before(t, d, field="close"):
    s = col(t, field)
    return s[s.index < ts(d)].index[-1]


def ytd(t, d, field="close"):
    return ret(t, last_close_before(t, f"{ts(d).year}-01-01", field), d, field)


def ytd_points(t, d):
    return points(t, last_close_before(t, f"{ts(d).year}-01-01"), d)


def mtd(t, d, field="close"):
    return ret(t, last_close_before(t, ts(d).replace(day=1), field), d, field)


def wtd(t, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return ret(t, last_close_before(t, monday), d)


def wtd_points(t, d):
    monday = ts(d) - pd.Timedelta(days=ts(d).weekday())
    return points(t, last_close_before(t, monday), d)


def month_return(t, month, field="close"):
    """Calendar-month return: last close of the month vs last close of the previous month."""
    s = col(t, field)
    start = ts(month + "-01")
    end = start + pd.offsets.MonthEnd(0)
    return (s[s.index <= end].iloc[-1] / s[s.index < start].iloc[-1] - 1) * 100


def monthly_returns(t):
    m = col(t).resample("ME").last()
    return (m.pct_change() * 100).dropna()


def best_month_before(t, month):
    """(month, return) of the best calendar month in the file strictly before `month` (YYYY-MM)."""
    m = monthly_returns(t)
    m = m[m.index < ts(month + "-01")]
    return m.idxmax().strftime("%Y-%m"), round(float(m.max()), 2)


def record_before(t, d, field="close"):
    s = col(t, field)
    s = s[s.index < ts(d)]
    return s.idxmax().date().isoformat(), float(s.max())


def is_record(t, d, field="close"):
    return bool(close(t, d, field) > record_before(t, d, field)[1])


def pct_below_record(t, d, field_ref="close"):
    return (1 - close(t, d) / record_before(t, d, field_ref)[1]) * 100


def highest_since(t, d, field="close"):
    s = col(t, field)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s >= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none (record)"


def lowest_since(t, d, field="close"):
    s = col(t, field)
    v = s.loc[ts(d)]
    prior = s[(s.index < ts(d)) & (s <= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none (record low)"


def rate_since(series, d, above=True):
    """Last earlier date on which `series` was at least as high (above) / as low as on d."""
    s = rate(series)
    v = s.loc[ts(d)]
    prior = s[s.index < ts(d)]
    hit = prior[prior >= v] if above else prior[prior <= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def daily_moves(t, kind="pct"):
    s = col(t)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_move_as_big(t, d, kind="pct", down=True):
    m = daily_moves(t, kind)
    v = m.loc[ts(d)]
    prior = m[m.index < ts(d)]
    hit = prior[prior <= v] if down else prior[prior >= v]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


def moves_worse(t, d, down=True):
    """Number of earlier sessions in the file with a daily % move more extreme than the move on d."""
    m = daily_moves(t)
    v = m.loc[ts(d)]
    prior = m[m.index < ts(d)]
    return int((prior < v).sum() if down else (prior > v).sum())


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


def rel_days(a, b, cond, start=None, end=None):
    """Sessions on which cond(a_pct, b_pct) holds, between start and end (inclusive)."""
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    if start:
        df = df[df.index >= ts(start)]
    if end:
        df = df[df.index <= ts(end)]
    return [i.date().isoformat() for i, r in df.iterrows() if cond(r.a, r.b)]


def biggest_gap(a, b, end):
    """(date, pp) of the largest daily outperformance of a over b up to `end`."""
    df = pd.concat([daily_moves(a), daily_moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    g = (df.a - df.b)[df.index <= ts(end)]
    return g.idxmax().date().isoformat(), round(float(g.max()), 2)


def week_return(t, friday):
    """Week ending `friday` (a session): close vs last close of the previous week."""
    return wtd(t, friday)


def weekly_gap_since(a, b, friday):
    """Last earlier week (Friday-ending) on which b beat a by at least as much as in the week ending `friday`."""
    wa = col(a).resample("W-FRI").last().pct_change() * 100
    wb = col(b).resample("W-FRI").last().pct_change() * 100
    g = (wb - wa).dropna()
    v = g.loc[ts(friday)]
    prior = g[(g.index < ts(friday)) & (g >= v)]
    return prior.index[-1].date().isoformat(), round(float(v), 2)


def rate_on(series, d):
    return float(rate(series).loc[ts(d)])


def rate_change_bp(series, a, b):
    return round((rate_on(series, b) - rate_on(series, a)) * 100, 1)


def fed_range(d):
    return [rate_on("DFEDTARL", d), rate_on("DFEDTARU", d)]


def fomc_meetings():
    return pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])


def is_fomc_day(d):
    return bool((fomc_meetings().date == ts(d)).any())


def weekday(d):
    return ts(d).day_name()


def session_range_pct(t, d):
    p = close(t, prev_session(t, d))
    return [round((close(t, d, "low") / p - 1) * 100, 2), round((close(t, d, "high") / p - 1) * 100, 2)]


def session_range(t, d):
    return [close(t, d, "low"), close(t, d, "high")]


def window_returns(t, n):
    s = col(t)
    return ((s / s.shift(n) - 1) * 100).dropna()


def window_hits(t, n, threshold, start=None, end=None):
    """Months (YYYY-MM) containing a session whose n-session % change was >= threshold."""
    r = window_returns(t, n)
    if start:
        r = r[r.index >= ts(start)]
    if end:
        r = r[r.index <= ts(end)]
    return sorted({i.strftime("%Y-%m") for i in r[r >= threshold].index})


def last_window_as_big(t, d, n):
    """Last earlier session (window ending before d's window overlaps are allowed) whose n-session gain was >= the one ending on d."""
    r = window_returns(t, n)
    v = r.loc[ts(d)]
    prior = r[(r.index < ts(d)) & (r >= v)]
    return prior.index[-1].date().isoformat() if len(prior) else "none"


def sessions_between(t, a, b):
    s = col(t)
    return int(s.index.get_loc(ts(b)) - s.index.get_loc(ts(a)))


def fomc_holds(start, end):
    """Scheduled FOMC decision days between start and end after which the range top did not change."""
    out = []
    for d in fomc_meetings().date:
        if ts(start) <= d <= ts(end):
            before = rate_on("DFEDTARU", d - pd.Timedelta(days=1))
            after = rate_on("DFEDTARU", d + pd.Timedelta(days=1))
            if before == after:
                out.append(d.date().isoformat())
    return out


def fed_top_series():
    """Top of the target (range): DFEDTAR to 2008-12-15, DFEDTARU after."""
    a = rate("DFEDTAR")
    b = rate("DFEDTARU")
    return pd.concat([a[a.index < ts("2008-12-16")], b[b.index >= ts("2008-12-16")]])


def fed_top_high_since(d):
    """Start date of the current level of the range top on d, and the last earlier date with a top >= that level."""
    s = fed_top_series()
    v = s.loc[ts(d)]
    below = s[(s.index <= ts(d)) & (s < v)]
    start = below.index[-1] + pd.Timedelta(days=1)
    prior = s[(s.index < start) & (s >= v)]
    return start.date().isoformat(), prior.index[-1].date().isoformat()


def worse_days(t, d, start, end):
    """Sessions between start and end with a daily % loss larger than the loss on d."""
    m = daily_moves(t)
    v = m.loc[ts(d)]
    w = m[(m.index >= ts(start)) & (m.index <= ts(end))]
    return [i.date().isoformat() for i in w[w < v].index]


RECIPES = [
    ('ainvest_20250403_rut_six_pct_plunge', 0, 2, lambda: weekday('2025-04-04')),
    ('ainvest_20250403_rut_six_pct_plunge', 1, 2, lambda: pct_change('RUT','2025-04-03')),
    ('ainvest_20250403_rut_six_pct_plunge', 2, 2, lambda: lowest_since('RUT','2025-04-03')),
    ('ainvest_20250403_rut_six_pct_plunge', 3, 2, lambda: last_move_as_big('RUT','2025-04-03','pct',down=True)),
    ('ainvest_20250403_rut_six_pct_plunge', 4, 2, lambda: close('RUT','2025-04-03')),
    ('ainvest_20250403_rut_six_pct_plunge', 5, 2, lambda: pct_change('GSPC','2025-04-03')),
    ('ainvest_20250403_rut_six_pct_plunge', 6, 2, lambda: point_change('DJI','2025-04-03')),
    ('ainvest_20250403_rut_six_pct_plunge', 7, 2, lambda: pct_change('IXIC','2025-04-03')),
    ('ainvest_20250403_rut_six_pct_plunge', 8, 2, lambda: worse_days('GSPC','2025-04-03','2020-03-01','2020-03-31')),
    ('ainvest_20250403_rut_six_pct_plunge', 9, 2, lambda: round(ret('RUT','2023-04-03','2025-04-02') - ret('GSPC','2023-04-03','2025-04-02'), 2)),
    ('ainvest_20250403_rut_six_pct_plunge', 10, 2, lambda: rate_on('DGS10','2025-04-03')),
    ('apnakal_20250410_rut_midday_plunge', 0, 2, lambda: weekday('2025-04-10')),
    ('apnakal_20250410_rut_midday_plunge', 1, 2, lambda: session_range('RUT','2025-04-10')),
    ('apnakal_20250410_rut_midday_plunge', 2, 2, lambda: round(1805.08 - close('RUT','2025-04-09'), 2)),
    ('apnakal_20250410_rut_midday_plunge', 3, 2, lambda: session_range_pct('RUT','2025-04-10')),
    ('apnakal_20250410_rut_midday_plunge', 4, 2, lambda: close('RUT','2025-04-09')),
    ('apnakal_20250410_rut_midday_plunge', 5, 2, None),
    ('marketwatch_20231213_rut_fed_pivot_surge', 0, 2, lambda: mtd('RUT','2023-12-13') - mtd('GSPC','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 1, 2, lambda: [(m.strftime('%Y-%m'), round(v, 2)) for m, v in (monthly_returns('RUT') - monthly_returns('GSPC')).loc['2021-01':'2023-11'].items() if v >= 4.61]),
    ('marketwatch_20231213_rut_fed_pivot_surge', 2, 2, lambda: mtd('RUT','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 3, 2, lambda: mtd('GSPC','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 4, 2, lambda: [(m.strftime('%Y-%m'), round(v, 2)) for m, v in (monthly_returns('RUT') - monthly_returns('GSPC')).loc['2021-01':'2023-11'].items() if v >= mtd('RUT','2023-12-13') - mtd('GSPC','2023-12-13')]),
    ('marketwatch_20231213_rut_fed_pivot_surge', 5, 2, lambda: month_return('RUT','2021-01')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 6, 2, lambda: month_return('GSPC','2021-01')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 7, 2, lambda: point_change('RUT','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 8, 2, lambda: pct_change('RUT','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 9, 2, lambda: close('RUT','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 10, 2, lambda: highest_since('RUT','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 11, 2, lambda: [fed_range('2023-12-12'), fed_range('2023-12-14'), is_fomc_day('2023-12-13')]),
    ('marketwatch_20231213_rut_fed_pivot_surge', 12, 2, None),
    ('marketwatch_20231213_rut_fed_pivot_surge', 13, 2, lambda: ytd('RUT','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 14, 2, lambda: ytd('GSPC','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 15, 2, lambda: ytd('IXIC','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 16, 2, lambda: pct_change('DJI','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 17, 2, lambda: col('DJI')[col('DJI') >= 37000].index[0].date().isoformat()),
    ('marketwatch_20231213_rut_fed_pivot_surge', 18, 2, lambda: is_record('DJI','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 19, 2, lambda: pct_change('GSPC','2023-12-13')),
    ('marketwatch_20231213_rut_fed_pivot_surge', 20, 2, lambda: pct_change('IXIC','2023-12-13')),
    ('marketwatch_20171204_rut_intraday_record_tax', 0, 2, lambda: is_record('RUT','2017-12-04','high')),
    ('marketwatch_20171204_rut_intraday_record_tax', 1, 2, lambda: session_range_pct('RUT','2017-12-04')),
    ('marketwatch_20171204_rut_intraday_record_tax', 2, 2, lambda: [round((close('RUT','2017-12-04',f) / close('RUT','2016-12-30') - 1) * 100, 2) for f in ('low','high')]),
    ('marketwatch_20171204_rut_intraday_record_tax', 3, 2, lambda: [round((close('GSPC','2017-12-04',f) / close('GSPC','2016-12-30') - 1) * 100, 2) for f in ('low','high')]),
    ('marketwatch_20171204_rut_intraday_record_tax', 4, 2, lambda: [round((close('DJI','2017-12-04',f) / close('DJI','2016-12-30') - 1) * 100, 2) for f in ('low','high')]),
    ('marketwatch_20171204_rut_intraday_record_tax', 5, 2, lambda: [round((close('IXIC','2017-12-04',f) / close('IXIC','2016-12-30') - 1) * 100, 2) for f in ('low','high')]),
    ('marketwatch_20171204_rut_intraday_record_tax', 6, 2, lambda: [round(ret('RUT', b, '2017-12-04'), 2) for b in ('2017-09-01','2017-09-05')]),
    ('marketwatch_20171204_rut_intraday_record_tax', 7, 2, lambda: [round(ret('GSPC', b, '2017-12-04'), 2) for b in ('2017-09-01','2017-09-05')]),
    ('marketwatch_20170426_rut_intraday_record_tax_plan', 0, 2, lambda: is_record('RUT','2017-04-26','high')),
    ('marketwatch_20170426_rut_intraday_record_tax_plan', 1, 2, lambda: session_range('RUT','2017-04-26')),
    ('marketwatch_20170426_rut_intraday_record_tax_plan', 2, 2, lambda: record_before('RUT','2017-04-26')[1]),
    ('marketwatch_20170426_rut_intraday_record_tax_plan', 3, 2, lambda: record_before('RUT','2017-04-26')[0]),
    ('marketwatch_20170426_rut_intraday_record_tax_plan', 4, 2, None),
    ('marketwatch_20170426_rut_intraday_record_tax_plan', 5, 2, lambda: is_record('IWM','2017-04-26','high')),
    ('cnbc_20240711_rut_rotation_cpi', 0, 2, lambda: pct_change('RUT','2024-07-11')),
    ('cnbc_20240711_rut_rotation_cpi', 1, 2, None),
    ('cnbc_20240711_rut_rotation_cpi', 2, 2, lambda: [round(pct_change('GSPC','2024-07-11'), 2), round(pct_change('IXIC','2024-07-11'), 2)]),
    ('cnbc_20240711_rut_rotation_cpi', 3, 2, lambda: rel_days('RUT','GSPC',lambda a, b: a > 3 and b < 0, end='2024-07-11')),
    ('cnbc_20240711_rut_rotation_cpi', 4, 2, lambda: pct_change('RUT','2024-07-11') - pct_change('IXIC','2024-07-11')),
    ('cnbc_20240711_rut_rotation_cpi', 5, 2, lambda: biggest_gap('RUT','IXIC','2024-07-11')),
    ('cnbc_20240711_rut_rotation_cpi', 6, 2, lambda: [(d, round(pct_change('RUT', d) - pct_change('IXIC', d), 2)) for d in rel_days('RUT','IXIC',lambda a, b: a - b > 4.9, end='2024-07-10')]),
    ('bespoke_20240110_rut_50_day_rally', 0, 2, lambda: sessions_between('RUT','2023-10-27','2024-01-10')),
    ('bespoke_20240110_rut_50_day_rally', 1, 2, lambda: [col(t).loc['2023-10-01':'2023-12-31'].idxmin().date().isoformat() for t in ('GSPC','RUT')]),
    ('bespoke_20240110_rut_50_day_rally', 2, 2, lambda: ret('RUT','2023-10-27','2024-01-10')),
    ('bespoke_20240110_rut_50_day_rally', 3, 2, None),
    ('bespoke_20240110_rut_50_day_rally', 4, 2, lambda: window_hits('RUT', 50, 20, '2012-03-01', '2020-02-29')),
    ('bespoke_20240110_rut_50_day_rally', 5, 2, lambda: window_hits('RUT', 50, 20, '2010-12-01', '2019-02-28')),
    ('deepnewz_20250822_iwm_powell_surge', 0, 2, lambda: mtd('RUT','2025-08-22')),
    ('deepnewz_20250822_iwm_powell_surge', 1, 2, lambda: session_range_pct('RUT','2025-08-22')),
    ('deepnewz_20250822_iwm_powell_surge', 2, 2, lambda: last_move_as_big('RUT','2025-08-22','pct',down=False)),
    ('deepnewz_20250822_iwm_powell_surge', 3, 2, lambda: round(record_before('IWM','2025-08-22')[1] - close('IWM','2025-08-22'), 2)),
    ('deepnewz_20250822_iwm_powell_surge', 4, 2, lambda: ret('RUT','2025-04-08','2025-08-22')),
    ('deepnewz_20250822_iwm_powell_surge', 5, 2, lambda: sessions_between('RUT','2025-04-08','2025-08-22')),
    ('deepnewz_20250822_iwm_powell_surge', 6, 2, None),
    ('deepnewz_20250822_iwm_powell_surge', 7, 2, None),
    ('deepnewz_20250822_iwm_powell_surge', 8, 2, None),
    ('deepnewz_20250822_iwm_powell_surge', 9, 2, None),
    ('deepnewz_20250822_iwm_powell_surge', 10, 2, lambda: [round(ret('IWM','2025-04-08','2025-08-22'), 2), round(ret('SPY','2025-04-08','2025-08-22'), 2)]),
    ('deepnewz_20250822_iwm_powell_surge', 11, 2, None),
    ('centerpoint_20171012_september_small_caps', 0, 2, lambda: [d.date().isoformat() for d in col('RUT').loc['2017-09-01':'2017-10-12'].index if is_record('RUT', d)]),
    ('centerpoint_20171012_september_small_caps', 1, 2, lambda: [round(month_return('RUT','2017-09'), 2), round(month_return('IWM','2017-09','adj_close'), 2)]),
    ('centerpoint_20171012_september_small_caps', 2, 2, lambda: [round(month_return('GSPC','2017-09'), 2), round(month_return('SPY','2017-09','adj_close'), 2)]),
    ('centerpoint_20171012_september_small_caps', 3, 2, lambda: [round(ytd('GSPC','2017-09-29'), 2), round(ytd('SPY','2017-09-29','adj_close'), 2)]),
    ('centerpoint_20171012_september_small_caps', 4, 2, lambda: [round(ytd('RUT','2017-09-29'), 2), round(ytd('IWM','2017-09-29','adj_close'), 2)]),
    ('gurufocus_20191021_indexes_close_higher', 0, 2, lambda: close('DJI','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 1, 2, lambda: point_change('DJI','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 2, 2, lambda: pct_change('DJI','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 3, 2, lambda: close('GSPC','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 4, 2, lambda: point_change('GSPC','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 5, 2, lambda: pct_change('GSPC','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 6, 2, lambda: close('IXIC','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 7, 2, lambda: point_change('IXIC','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 8, 2, lambda: pct_change('IXIC','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 9, 2, lambda: close('VIX','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 10, 2, lambda: point_change('VIX','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 11, 2, lambda: pct_change('VIX','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 12, 2, lambda: close('RUT','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 13, 2, lambda: point_change('RUT','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 14, 2, lambda: pct_change('RUT','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 15, 2, lambda: close('NDX','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 16, 2, lambda: point_change('NDX','2019-10-21')),
    ('gurufocus_20191021_indexes_close_higher', 17, 2, lambda: pct_change('NDX','2019-10-21')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 0, 2, lambda: close('DJI','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 1, 2, lambda: point_change('DJI','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 2, 2, lambda: pct_change('DJI','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 3, 2, lambda: close('GSPC','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 4, 2, lambda: point_change('GSPC','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 5, 2, lambda: pct_change('GSPC','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 6, 2, lambda: close('IXIC','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 7, 2, lambda: point_change('IXIC','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 8, 2, lambda: pct_change('IXIC','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 9, 2, lambda: close('VIX','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 10, 2, lambda: point_change('VIX','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 11, 2, lambda: pct_change('VIX','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 12, 2, lambda: [streak(t,'2020-05-18') for t in ('GSPC','DJI','IXIC')]),
    ('gurufocus_20200518_dow_912_rut_six_pct', 13, 2, lambda: rate_on('DGS10','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 14, 2, lambda: close('RUT','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 15, 2, lambda: point_change('RUT','2020-05-18')),
    ('gurufocus_20200518_dow_912_rut_six_pct', 16, 2, lambda: pct_change('RUT','2020-05-18')),
    ('ap_20211221_indexes_fared_rebound', 0, 2, lambda: [close(t,'2021-12-21') > close(t,'2021-12-17') for t in ('GSPC','DJI','IXIC','RUT')]),
    ('ap_20211221_indexes_fared_rebound', 1, 2, lambda: [round(pct_change(t,'2021-12-21'), 2) for t in ('RUT','IXIC','GSPC','DJI')]),
    ('ap_20211221_indexes_fared_rebound', 2, 2, lambda: point_change('GSPC','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 3, 2, lambda: pct_change('GSPC','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 4, 2, lambda: close('GSPC','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 5, 2, lambda: point_change('DJI','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 6, 2, lambda: pct_change('DJI','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 7, 2, lambda: close('DJI','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 8, 2, lambda: point_change('IXIC','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 9, 2, lambda: pct_change('IXIC','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 10, 2, lambda: close('IXIC','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 11, 2, lambda: point_change('RUT','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 12, 2, lambda: pct_change('RUT','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 13, 2, lambda: close('RUT','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 14, 2, lambda: wtd_points('GSPC','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 15, 2, lambda: wtd('GSPC','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 16, 2, lambda: wtd_points('RUT','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 17, 2, lambda: wtd('RUT','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 18, 2, lambda: ytd_points('GSPC','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 19, 2, lambda: ytd('GSPC','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 20, 2, lambda: ytd_points('RUT','2021-12-21')),
    ('ap_20211221_indexes_fared_rebound', 21, 2, lambda: ytd('RUT','2021-12-21')),
    ('ap_20201116_dow_record_vaccine', 0, 2, lambda: is_record('DJI','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 1, 2, lambda: record_before('DJI','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 2, 2, lambda: [is_record('GSPC','2020-11-13'), is_record('GSPC','2020-11-16')]),
    ('ap_20201116_dow_record_vaccine', 3, 2, lambda: point_change('GSPC','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 4, 2, lambda: pct_change('GSPC','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 5, 2, lambda: close('GSPC','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 6, 2, lambda: point_change('DJI','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 7, 2, lambda: pct_change('DJI','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 8, 2, lambda: close('DJI','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 9, 2, lambda: point_change('IXIC','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 10, 2, lambda: pct_change('IXIC','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 11, 2, lambda: close('IXIC','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 12, 2, lambda: point_change('RUT','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 13, 2, lambda: pct_change('RUT','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 14, 2, lambda: close('RUT','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 15, 2, lambda: ytd_points('GSPC','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 16, 2, lambda: ytd('GSPC','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 17, 2, lambda: ytd_points('DJI','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 18, 2, lambda: ytd('DJI','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 19, 2, lambda: ytd_points('IXIC','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 20, 2, lambda: ytd('IXIC','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 21, 2, lambda: ytd_points('RUT','2020-11-16')),
    ('ap_20201116_dow_record_vaccine', 22, 2, lambda: ytd('RUT','2020-11-16')),
    ('ap_20240823_powell_cuts_coming', 0, 2, lambda: fed_top_high_since('2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 1, 2, lambda: pct_below_record('GSPC','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 2, 2, lambda: record_before('GSPC','2024-08-23')[0]),
    ('ap_20240823_powell_cuts_coming', 3, 2, lambda: rate_change_bp('DGS10','2024-08-22','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 4, 2, lambda: point_change('GSPC','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 5, 2, lambda: pct_change('GSPC','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 6, 2, lambda: close('GSPC','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 7, 2, lambda: point_change('DJI','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 8, 2, lambda: pct_change('DJI','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 9, 2, lambda: close('DJI','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 10, 2, lambda: point_change('IXIC','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 11, 2, lambda: pct_change('IXIC','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 12, 2, lambda: close('IXIC','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 13, 2, lambda: point_change('RUT','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 14, 2, lambda: pct_change('RUT','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 15, 2, lambda: close('RUT','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 16, 2, lambda: wtd_points('RUT','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 17, 2, lambda: wtd('RUT','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 18, 2, lambda: ytd_points('GSPC','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 19, 2, lambda: ytd('GSPC','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 20, 2, lambda: ytd_points('RUT','2024-08-23')),
    ('ap_20240823_powell_cuts_coming', 21, 2, lambda: ytd('RUT','2024-08-23')),
    ('anadolu_20210616_fed_eyes_2023_hikes', 0, 2, lambda: point_change('DJI','2021-06-16')),
    ('anadolu_20210616_fed_eyes_2023_hikes', 1, 2, lambda: pct_change('DJI','2021-06-16')),
    ('anadolu_20210616_fed_eyes_2023_hikes', 2, 2, lambda: close('DJI','2021-06-16')),
    ('anadolu_20210616_fed_eyes_2023_hikes', 3, 2, lambda: point_change('GSPC','2021-06-16')),
    ('anadolu_20210616_fed_eyes_2023_hikes', 4, 2, lambda: close('GSPC','2021-06-16')),
    ('anadolu_20210616_fed_eyes_2023_hikes', 5, 2, lambda: point_change('IXIC','2021-06-16')),
    ('anadolu_20210616_fed_eyes_2023_hikes', 6, 2, lambda: close('IXIC','2021-06-16')),
    ('anadolu_20210616_fed_eyes_2023_hikes', 7, 2, None),
    ('anadolu_20210616_fed_eyes_2023_hikes', 8, 2, None),
    ('anadolu_20210616_fed_eyes_2023_hikes', 9, 2, None),
    ('anadolu_20210616_fed_eyes_2023_hikes', 10, 2, None),
    ('anadolu_20210616_fed_eyes_2023_hikes', 11, 2, None),
    ('anadolu_20210616_fed_eyes_2023_hikes', 12, 2, lambda: (rate_on('DGS10','2021-06-16') / rate_on('DGS10','2021-06-15') - 1) * 100),
    ('anadolu_20210616_fed_eyes_2023_hikes', 13, 2, lambda: rate_on('DGS10','2021-06-16')),
    ('anadolu_20210616_fed_eyes_2023_hikes', 14, 2, lambda: pct_change('VIX','2021-06-16')),
    ('anadolu_20210616_fed_eyes_2023_hikes', 15, 2, lambda: close('VIX','2021-06-16')),
    ('anadolu_20230920_fed_skips_signals_hike', 0, 2, lambda: point_change('DJI','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 1, 2, lambda: pct_change('DJI','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 2, 2, lambda: close('DJI','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 3, 2, lambda: point_change('GSPC','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 4, 2, lambda: pct_change('GSPC','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 5, 2, lambda: close('GSPC','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 6, 2, lambda: point_change('IXIC','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 7, 2, lambda: pct_change('IXIC','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 8, 2, lambda: close('IXIC','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 9, 2, None),
    ('anadolu_20230920_fed_skips_signals_hike', 10, 2, lambda: [d.date().isoformat() for d in fomc_meetings().date if ts('2023-09-21') <= d <= ts('2023-12-31')]),
    ('anadolu_20230920_fed_skips_signals_hike', 11, 2, lambda: fomc_holds('2023-01-01','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 12, 2, lambda: [fed_range('2023-09-19'), fed_range('2023-09-21')]),
    ('anadolu_20230920_fed_skips_signals_hike', 13, 2, lambda: pct_change('VIX','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 14, 2, lambda: close('VIX','2023-09-20')),
    ('anadolu_20230920_fed_skips_signals_hike', 15, 2, lambda: (rate_on('DGS10','2023-09-20') / rate_on('DGS10','2023-09-19') - 1) * 100),
    ('anadolu_20230920_fed_skips_signals_hike', 16, 2, lambda: rate_on('DGS10','2023-09-20')),
    ('nasdaq_20231019_powell_yields_rut_red', 0, 2, lambda: point_change('DJI','2023-10-19')),
    ('nasdaq_20231019_powell_yields_rut_red', 1, 2, lambda: pct_change('DJI','2023-10-19')),
    ('nasdaq_20231019_powell_yields_rut_red', 2, 2, lambda: pct_change('GSPC','2023-10-19')),
    ('nasdaq_20231019_powell_yields_rut_red', 3, 2, lambda: point_change('IXIC','2023-10-19')),
    ('nasdaq_20231019_powell_yields_rut_red', 4, 2, lambda: pct_change('IXIC','2023-10-19')),
    ('nasdaq_20231019_powell_yields_rut_red', 5, 2, lambda: pct_change('RUT','2023-10-19')),
    ('nasdaq_20231019_powell_yields_rut_red', 6, 2, lambda: fed_range('2023-10-19')),
    ('nasdaq_20231019_powell_yields_rut_red', 7, 2, lambda: fed_top_high_since('2023-10-19')),
    ('nasdaq_20231019_powell_yields_rut_red', 8, 2, None),
    ('nasdaq_20231019_powell_yields_rut_red', 9, 2, None),
    ('nasdaq_20231019_powell_yields_rut_red', 10, 2, lambda: [d.date().isoformat() for d in fomc_meetings().date if d > ts('2023-10-19')][0]),
    ('nasdaq_20231019_powell_yields_rut_red', 11, 2, lambda: rate_on('DGS10','2023-10-19')),
    ('nasdaq_20231019_powell_yields_rut_red', 12, 2, lambda: rate_since('DGS10','2023-10-19')),
    ('nasdaq_20231019_powell_yields_rut_red', 13, 2, lambda: (lambda s: s[(s.index < ts('2023-10-19')) & (s >= 5)].index[-1].date().isoformat())(rate('DGS10'))),
    ('nasdaq_20231019_powell_yields_rut_red', 14, 2, lambda: [round(ytd(t,'2023-10-19'), 2) for t in ('RUT','GSPC','IXIC','DJI')]),
    ('firstmerchants_20240910_worst_week_small_caps', 0, 2, lambda: (lambda w: w[(w.index < ts('2024-09-06')) & (w <= w.loc[ts('2024-09-06')])].index[-1].date().isoformat())(col('GSPC').resample('W-FRI').last().pct_change() * 100)),
    ('firstmerchants_20240910_worst_week_small_caps', 1, 2, lambda: wtd('IXIC','2024-09-06')),
    ('firstmerchants_20240910_worst_week_small_caps', 2, 2, lambda: wtd('GSPC','2024-09-06')),
    ('firstmerchants_20240910_worst_week_small_caps', 3, 2, lambda: wtd('DJI','2024-09-06')),
    ('firstmerchants_20240910_worst_week_small_caps', 4, 2, lambda: wtd('RUT','2024-09-06')),
    ('firstmerchants_20240910_worst_week_small_caps', 5, 2, lambda: lowest_since('RUT','2024-09-06')),
]

def normalise(value, decimals):
    """Round floats (also inside lists/tuples) the way key.jsonl stores them."""
    if hasattr(value, "item") and not isinstance(value, (list, tuple)):
        value = value.item()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return round(value, decimals)
    if isinstance(value, (list, tuple)):
        return [normalise(v, decimals) for v in value]
    if isinstance(value, int):
        return value
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
    missing = set(key) - seen
    mismatches += len(missing)
    for m in sorted(missing):
        print(f"{m[0]} #{m[1]}: no recipe   <-- MISMATCH")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
