"""Recompute every computed_value in heldout4b/key.jsonl from the CSV files of the bundled market data.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]

Each RECIPES entry is (passage_id, claim_index, decimals, computation); the computation is a plain call of
the helper functions below (pandas over the CSV files); None means nothing in the files computes the claim.
Prints every value, then "N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""

import json
import sys
from pathlib import Path

import pandas as pd

DATA = Path("data")  # set from the command line in main()
_memo = {}


def T(d):
    return pd.Timestamp(d)


def ohlc(tk):
    if tk not in _memo:
        _memo[tk] = pd.read_csv(DATA / f"{tk}.csv", parse_dates=["date"]).set_index("date")
    return _memo[tk]


def series(name):
    key = "rate:" + name
    if key not in _memo:
        _memo[key] = pd.read_csv(DATA / f"{name}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _memo[key]


def s(tk, field="close"):
    return ohlc(tk)[field].dropna()


def px(tk, d, field="close"):
    return float(ohlc(tk).loc[T(d), field])


def prev_day(tk, d):
    c = s(tk)
    return c.index[c.index.get_loc(T(d)) - 1]


def chg(tk, d):
    """Point change, close vs previous close."""
    return px(tk, d) - px(tk, prev_day(tk, d))


def pchg(tk, d):
    """Percent change, close vs previous close."""
    return (px(tk, d) / px(tk, prev_day(tk, d)) - 1) * 100


def ret(tk, a, b):
    """Percent change close(a) -> close(b)."""
    return (px(tk, b) / px(tk, a) - 1) * 100


def pts(tk, a, b):
    return px(tk, b) - px(tk, a)


def last_before(tk, d):
    c = s(tk)
    return c[c.index < T(d)].index[-1]


def ytd(tk, d):
    return ret(tk, last_before(tk, f"{T(d).year}-01-01"), d)


def ytd_pts(tk, d):
    return pts(tk, last_before(tk, f"{T(d).year}-01-01"), d)


def mtd(tk, d):
    return ret(tk, last_before(tk, T(d).replace(day=1)), d)


def wtd(tk, d):
    mon = T(d) - pd.Timedelta(days=T(d).weekday())
    return ret(tk, last_before(tk, mon), d)


def wtd_pts(tk, d):
    mon = T(d) - pd.Timedelta(days=T(d).weekday())
    return pts(tk, last_before(tk, mon), d)


def month_ret(tk, ym):
    """Whole calendar month: last close of previous month -> last close of month."""
    start = T(ym + "-01")
    end = start + pd.offsets.MonthEnd(0)
    c = s(tk)
    return (c[c.index <= end].iloc[-1] / c[c.index < start].iloc[-1] - 1) * 100


def year_ret(tk, y):
    c = s(tk)
    return (c[c.index <= T(f"{y}-12-31")].iloc[-1] / c[c.index < T(f"{y}-01-01")].iloc[-1] - 1) * 100


def prior_max(tk, d, field="close", window=None):
    """(date, value) of the highest `field` strictly before d (optionally within `window` sessions)."""
    c = s(tk, field)
    c = c[c.index < T(d)]
    if window:
        c = c.iloc[-window:]
    return c.idxmax().date().isoformat(), round(float(c.max()), 2)


def is_record(tk, d, field="close"):
    return bool(px(tk, d, field) > prior_max(tk, d, field)[1])


def below_peak(tk, d, peak_date=None, field="close"):
    """% below (positive) the highest prior close, or below the close on peak_date."""
    ref = px(tk, peak_date) if peak_date else prior_max(tk, d, field)[1]
    return (1 - px(tk, d) / ref) * 100


def hi_since(tk, d, field="close"):
    """Last earlier session with a value >= the value on d."""
    c = s(tk, field)
    v = c.loc[T(d)]
    p = c[(c.index < T(d)) & (c >= v)]
    return p.index[-1].date().isoformat() if len(p) else "record"


def lo_since(tk, d, field="close"):
    c = s(tk, field)
    v = c.loc[T(d)]
    p = c[(c.index < T(d)) & (c <= v)]
    return p.index[-1].date().isoformat() if len(p) else "record low"


def moves(tk, kind="pct"):
    c = s(tk)
    return (c.pct_change() * 100 if kind == "pct" else c.diff()).dropna()


def big_since(tk, d, kind="pct", up=True):
    """Last earlier session with a daily move at least as large (up) / as deep (down) as on d."""
    m = moves(tk, kind)
    v = m.loc[T(d)]
    p = m[m.index < T(d)]
    h = p[p >= v] if up else p[p <= v]
    return h.index[-1].date().isoformat() if len(h) else "none"


def run(tk, d, up=True):
    """Consecutive sessions ending on d with up (down) closes."""
    m = moves(tk, "pts")
    m = m[m.index <= T(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def ma(tk, d, n):
    return float(s(tk).rolling(n).mean().loc[T(d)])


def last_below_ma(tk, d, n):
    c = s(tk)
    b = c < c.rolling(n).mean()
    p = b[(b.index < T(d)) & b]
    return p.index[-1].date().isoformat()


def rate_on(name, d):
    return float(series(name).loc[T(d)])


def bp(name, a, b):
    return round((rate_on(name, b) - rate_on(name, a)) * 100, 1)


def rate_hi_since(name, d):
    r = series(name)
    v = r.loc[T(d)]
    p = r[(r.index < T(d)) & (r >= v)]
    return p.index[-1].date().isoformat()


def fed_range(d):
    return [rate_on("DFEDTARL", d), rate_on("DFEDTARU", d)]


def fed_hikes(a, b):
    """(effective date, bp change) for each change of the target-range top between a and b."""
    u = series("DFEDTARU")
    ch = u.diff()
    ch = ch[(ch != 0) & ch.notna()]
    ch = ch[(ch.index >= T(a)) & (ch.index <= T(b))]
    return [(i.date().isoformat(), round(v * 100)) for i, v in ch.items()]


def largest_hike_since(d):
    """Last effective date before d with a target increase >= the one effective on d (DFEDTAR before 2008-12-16)."""
    u = series("DFEDTARU")
    old = series("DFEDTAR")
    both = pd.concat([old[old.index < T("2008-12-16")], u[u.index >= T("2008-12-16")]])
    ch = both.diff().dropna()
    v = ch.loc[T(d)]
    p = ch[(ch.index < T(d)) & (ch >= v - 1e-9)]
    return p.index[-1].date().isoformat()


def rel(a, b, d1, d2):
    """a's return minus b's return over close(d1) -> close(d2), in percentage points."""
    return ret(a, d1, d2) - ret(b, d1, d2)


def rel_month_since(a, b, d):
    """Last earlier calendar month whose (a - b) return gap was >= the gap month-to-date on d."""
    gap_now = mtd(a, d) - mtd(b, d)
    ma_ = s(a).resample("ME").last().pct_change() * 100
    mb_ = s(b).resample("ME").last().pct_change() * 100
    g = (ma_ - mb_).dropna()
    g = g[g.index < T(d).replace(day=1)]
    h = g[g >= gap_now]
    return h.index[-1].strftime("%Y-%m") if len(h) else "none"


def vix_hi_since(d, field="close"):
    return hi_since("VIX", d, field)


def rng(tk, d, base):
    """(low, high) of session d as % change from the close on `base` (mid-session checks)."""
    b = px(tk, base)
    return [round((px(tk, d, "low") / b - 1) * 100, 2), round((px(tk, d, "high") / b - 1) * 100, 2)]


def n_moves_le(tk, a, b, thr):
    """Number of daily % moves <= thr between a and b inclusive."""
    m = moves(tk)
    return int((m[(m.index >= T(a)) & (m.index <= T(b))] <= thr).sum())


def gap_days(a, b, start, end, thr, other="pct"):
    """Sessions between start and end (inclusive) on which a's daily % change beat b's by more than thr pp."""
    df = pd.concat([moves(a), moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[(df.index >= T(start)) & (df.index <= T(end))]
    return [i.date().isoformat() for i, r in df.iterrows() if r.a - r.b > thr]


def last_week_with(a, b, before, thr, n=2):
    """Last Friday-ending week before `before` with at least n sessions on which a beat b by more than thr pp."""
    df = pd.concat([moves(a), moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[df.index < T(before)]
    hit = df[(df.a - df.b) > thr]
    wk = hit.groupby(hit.index.to_period("W-FRI")).size()
    wk = wk[wk >= n]
    return str(wk.index[-1].end_time.date())


def years_between(a, b):
    return (T(b) - T(a)).days / 365.25


def months_between(a, b):
    return (T(b) - T(a)).days / 30.4375


def last_52w_high_before(tk, d):
    """Last session before d whose close was the highest of the preceding 252 sessions (inclusive)."""
    c = s(tk)
    mx = c.rolling(252, min_periods=1).max()
    hit = c[(c >= mx) & (c.index < T(d))]
    return hit.index[-1].date().isoformat()


def next_fomc(after):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    return m[m.date >= T(after)].date.iloc[0].date().isoformat()


def hike_run(d):
    """Consecutive scheduled FOMC meetings up to decision day d whose decision raised the range top."""
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    m = m[(m.date <= T(d)) & (m.scheduled.astype(str).str.lower() == "true")].date.iloc[::-1]
    u = series("DFEDTARU")
    n = 0
    for day in m:
        after = u[u.index > day].iloc[0] if (u.index > day).any() else None
        before = u[u.index <= day].iloc[-1]
        if after is not None and after > before:
            n += 1
        else:
            break
    return n


def first_close_at_or_above(tk, level, after):
    c = s(tk)
    c = c[c.index > T(after)]
    return c[c >= level].index[0].date().isoformat()


def month_gaps_since(a, b, d, gap):
    """Last calendar month before d's month in which a's monthly return beat b's by at least `gap` pp."""
    ra = s(a).resample("ME").last().pct_change() * 100
    rb = s(b).resample("ME").last().pct_change() * 100
    g = (ra - rb).dropna()
    g = g[g.index < T(d).replace(day=1)]
    h = g[g >= gap]
    return h.index[-1].strftime("%Y-%m")


def best_month_of_year(tk, y):
    r = s(tk).resample("ME").last().pct_change() * 100
    r = r[str(y)]
    return r.idxmax().strftime("%Y-%m"), round(float(r.max()), 2)


def adj_ytd(tk, d):
    c = s(tk, "adj_close")
    base = c[c.index < T(f"{T(d).year}-01-01")].iloc[-1]
    return (c.loc[T(d)] / base - 1) * 100


def last_gap_over(a, b, d, thr, start):
    """Last session before d on which b's YTD minus a's YTD (both from `start`'s base) exceeded thr."""
    base = last_before(a, start)
    ra = (s(a) / px(a, base) - 1) * 100
    rb = (s(b) / px(b, base) - 1) * 100
    g = (rb - ra).dropna()
    g = g[(g.index < T(d)) & (g.index >= T(start))]
    return g[g > thr].index[-1].date().isoformat()


def ytd_gap(a, b, d):
    return ytd(a, d) - ytd(b, d)


def worst_day(tk, a, b):
    m = moves(tk)
    return m[(m.index >= T(a)) & (m.index <= T(b))].idxmin().date().isoformat()


def record_closes(tk, a, b):
    days = s(tk)[T(a):T(b)].index
    return [d.date().isoformat() for d in days if is_record(tk, d)]


def level_since(ser, d, value, above=True):
    """Last date before d on which `ser` was >= value (above) or <= value."""
    x = ser[ser.index < T(d)]
    hit = x[x >= value] if above else x[x <= value]
    return hit.index[-1].date().isoformat() if len(hit) else "none"


RECIPES = [
    # (passage_id, claim_index, decimals, computation)
    ('reuters_20250110_rut_confirms_correction', 0, 2, lambda: below_peak('RUT','2025-01-10','2024-11-25')),
    ('reuters_20250110_rut_confirms_correction', 1, 2, lambda: pchg('RUT','2025-01-10')),
    ('reuters_20250110_rut_confirms_correction', 2, 2, lambda: px('RUT','2025-01-10')),
    ('reuters_20250110_rut_confirms_correction', 3, 2, lambda: below_peak('RUT','2025-01-10','2024-11-25')),
    ('reuters_20250110_rut_confirms_correction', 4, 2, lambda: prior_max('RUT','2025-01-10',window=252)),
    ('reuters_20250110_rut_confirms_correction', 5, 2, lambda: prior_max('RUT','2025-01-10')),
    ('reuters_20250110_rut_confirms_correction', 6, 2, lambda: float(s('RUT')['2021-11-09':'2025-01-10'].max()) < 2442.74),
    ('reuters_20250110_rut_confirms_correction', 7, 2, None),
    ('reuters_20250110_rut_confirms_correction', 8, 2, None),
    ('cnbc_20250108_rut_nears_correction', 0, 2, lambda: rng('RUT','2025-01-08','2025-01-07')),
    ('cnbc_20250108_rut_nears_correction', 1, 2, lambda: below_peak('RUT','2025-01-08','2024-11-25')),
    ('cnbc_20250108_rut_nears_correction', 2, 2, lambda: year_ret('RUT',2024)),
    ('cnbc_20250108_rut_nears_correction', 3, 2, None),
    ('cnbc_20250108_rut_nears_correction', 4, 2, lambda: month_ret('RUT','2024-11')),
    ('cnbc_20250108_rut_nears_correction', 5, 2, lambda: best_month_of_year('RUT',2024)),
    ('cnbc_20250108_rut_nears_correction', 6, 2, lambda: month_ret('RUT','2024-12')),
    ('cnbc_20250108_rut_nears_correction', 7, 2, lambda: year_ret('GSPC',2024)),
    ('cnbc_20250108_rut_nears_correction', 8, 2, None),
    ('cnbc_20250108_rut_nears_correction', 9, 2, lambda: next_fomc('2025-01-09')),
    ('marketwatch_20231228_rut_best_december', 0, 2, None),
    ('marketwatch_20231228_rut_best_december', 1, 2, lambda: mtd('RUT','2023-12-28')),
    ('marketwatch_20231228_rut_best_december', 2, 2, lambda: mtd('GSPC','2023-12-28')),
    ('marketwatch_20231228_rut_best_december', 3, 2, lambda: mtd('RUT','2023-12-28') - mtd('GSPC','2023-12-28')),
    ('marketwatch_20231228_rut_best_december', 4, 2, lambda: month_gaps_since('RUT','GSPC','2023-12-28',8.8)),
    ('marketwatch_20231228_rut_best_december', 5, 2, lambda: ytd('RUT','2023-12-28')),
    ('marketwatch_20231228_rut_best_december', 6, 2, lambda: ytd('GSPC','2023-12-28')),
    ('marketwatch_20231228_rut_best_december', 7, 2, lambda: ytd('IXIC','2023-12-28')),
    ('marketwatch_20231228_rut_best_december', 8, 2, lambda: pchg('RUT','2023-12-28')),
    ('marketwatch_20231228_rut_best_december', 9, 2, lambda: pchg('GSPC','2023-12-28')),
    ('marketwatch_20231228_rut_best_december', 10, 2, lambda: pchg('IXIC','2023-12-28')),
    ('fortune_20191203_rut_52_week_high', 0, 2, lambda: pchg('RUT','2019-11-26')),
    ('fortune_20191203_rut_52_week_high', 1, 2, lambda: months_between(last_52w_high_before('RUT','2019-11-25'), '2019-11-25')),
    ('fortune_20191203_rut_52_week_high', 2, 2, lambda: pchg('RUT','2019-11-25')),
    ('fortune_20191203_rut_52_week_high', 3, 2, lambda: hi_since('RUT','2019-11-25')),
    ('fortune_20191203_rut_52_week_high', 4, 2, lambda: below_peak('IWM','2019-12-02')),
    ('thestreet_20220408_spx_rut_ytd_divergence', 0, 2, lambda: ytd_gap('GSPC','RUT','2022-04-07')),
    ('thestreet_20220408_spx_rut_ytd_divergence', 1, 2, lambda: last_gap_over('RUT','GSPC','2022-04-07',5,'2022-01-01')),
    ('thestreet_20220408_spx_rut_ytd_divergence', 2, 2, lambda: ytd('GSPC','2022-02-04')),
    ('thestreet_20220408_spx_rut_ytd_divergence', 3, 2, lambda: ytd('RUT','2022-02-04')),
    ('thestreet_20220408_spx_rut_ytd_divergence', 4, 1, lambda: round((10.82 - 5.47) * 100, 1)),
    ('thestreet_20220408_spx_rut_ytd_divergence', 5, 2, lambda: ytd('GSPC','2022-03-09')),
    ('thestreet_20220408_spx_rut_ytd_divergence', 6, 2, lambda: ytd('RUT','2022-03-09')),
    ('thestreet_20220408_spx_rut_ytd_divergence', 7, 2, lambda: ytd('GSPC','2022-04-07')),
    ('thestreet_20220408_spx_rut_ytd_divergence', 8, 2, lambda: ytd('RUT','2022-04-07')),
    ('plus500_20230607_rut_outperforms_spx', 0, 2, lambda: mtd('RUT','2023-06-06') / mtd('GSPC','2023-06-06')),
    ('plus500_20230607_rut_outperforms_spx', 1, 0, lambda: len(gap_days('RUT','NDX','2023-06-05','2023-06-07',2.5))),
    ('plus500_20230607_rut_outperforms_spx', 2, 2, lambda: last_week_with('RUT','NDX','2023-06-03',2.5)),
    ('plus500_20230607_rut_outperforms_spx', 3, 2, lambda: pchg('RUT','2023-06-02')),
    ('plus500_20230607_rut_outperforms_spx', 4, 2, lambda: pchg('GSPC','2023-06-02')),
    ('plus500_20230607_rut_outperforms_spx', 5, 2, None),
    ('plus500_20230607_rut_outperforms_spx', 6, 2, lambda: ret('GSPC','2022-10-12','2023-06-06')),
    ('plus500_20230607_rut_outperforms_spx', 7, 2, lambda: s('GSPC')['2022-01-01':'2023-06-06'].idxmin().date().isoformat()),
    ('plus500_20230607_rut_outperforms_spx', 8, 2, lambda: ret('IXIC','2022-12-28','2023-06-06')),
    ('plus500_20230607_rut_outperforms_spx', 9, 2, lambda: s('IXIC')['2022-01-01':'2023-06-06'].idxmin().date().isoformat()),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 0, 2, lambda: pchg('GSPC','2024-12-18')),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 1, 2, lambda: pchg('RUT','2024-12-18')),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 2, 2, lambda: pchg('NDX','2024-12-18')),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 3, 2, lambda: worst_day('GSPC','2024-12-16','2024-12-20')),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 4, 2, lambda: pchg('GSPC','2024-12-18')),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 5, 2, lambda: big_since('GSPC','2024-12-18',up=False)),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 6, 2, lambda: pchg('RUT','2024-12-18')),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 7, 2, lambda: big_since('RUT','2024-12-18',up=False)),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 8, 2, lambda: pchg('NDX','2024-12-18')),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 9, 2, None),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 10, 2, None),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 11, 2, None),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 12, 2, lambda: (1 - px('IWM','2024-12-18') / px('IWM','2024-11-25','high')) * 100),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 13, 2, None),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 14, 2, lambda: pchg('GSPC','2024-12-18')),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 15, 2, lambda: big_since('GSPC','2024-12-18',up=False)),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 16, 0, lambda: n_moves_le('GSPC','2024-01-01','2024-12-18',-1)),
    ('deepnewz_20241219_spx_rut_fed_day_rout', 17, 2, None),
    ('dailyupside_20250918_rut_rate_cut_near_record', 0, 2, lambda: fed_hikes('2025-09-01','2025-09-30')),
    ('dailyupside_20250918_rut_rate_cut_near_record', 1, 2, lambda: fed_range('2025-09-18')),
    ('dailyupside_20250918_rut_rate_cut_near_record', 2, 2, None),
    ('dailyupside_20250918_rut_rate_cut_near_record', 3, 2, lambda: years_between(prior_max('RUT','2025-09-17')[0], '2025-09-17')),
    ('dailyupside_20250918_rut_rate_cut_near_record', 4, 0, lambda: len(record_closes('GSPC','2025-09-01','2025-09-17'))),
    ('dailyupside_20250918_rut_rate_cut_near_record', 5, 2, None),
    ('dailyupside_20250918_rut_rate_cut_near_record', 6, 2, lambda: ytd('RUT','2025-06-30')),
    ('dailyupside_20250918_rut_rate_cut_near_record', 7, 2, lambda: first_close_at_or_above('GSPC', px('GSPC','2025-04-02'), '2025-04-02')),
    ('dailyupside_20250918_rut_rate_cut_near_record', 8, 2, lambda: ret('RUT','2025-07-31','2025-09-17')),
    ('dailyupside_20250918_rut_rate_cut_near_record', 9, 2, lambda: ret('RUT','2025-07-31','2025-09-17') / ret('GSPC','2025-07-31','2025-09-17')),
    ('dailyupside_20250918_rut_rate_cut_near_record', 10, 2, lambda: (px('RUT','2025-09-17','high') / px('RUT','2025-09-16') - 1) * 100),
    ('dailyupside_20250918_rut_rate_cut_near_record', 11, 2, lambda: px('RUT','2025-09-17','high') > prior_max('RUT','2025-09-17')[1]),
    ('dailyupside_20250918_rut_rate_cut_near_record', 12, 2, lambda: prior_max('RUT','2025-09-17')),
    ('dailyupside_20250918_rut_rate_cut_near_record', 13, 2, lambda: pchg('RUT','2025-09-17')),
    ('dailyupside_20250918_rut_rate_cut_near_record', 14, 2, lambda: prior_max('RUT','2025-09-17')[0]),
    ('usatoday_20161214_dow_20000_fed_hike', 0, 2, lambda: fed_hikes('2016-12-01','2016-12-31')),
    ('usatoday_20161214_dow_20000_fed_hike', 1, 2, lambda: pchg('DJI','2016-12-14')),
    ('usatoday_20161214_dow_20000_fed_hike', 2, 2, lambda: chg('DJI','2016-12-14')),
    ('usatoday_20161214_dow_20000_fed_hike', 3, 2, lambda: 20000 - px('DJI','2016-12-14')),
    ('usatoday_20161214_dow_20000_fed_hike', 4, 2, lambda: pchg('GSPC','2016-12-14')),
    ('usatoday_20161214_dow_20000_fed_hike', 5, 2, lambda: pchg('IXIC','2016-12-14')),
    ('usatoday_20161214_dow_20000_fed_hike', 6, 2, None),
    ('usatoday_20161214_dow_20000_fed_hike', 7, 2, lambda: px('DJI','2016-12-13','high')),
    ('usatoday_20161214_dow_20000_fed_hike', 8, 2, lambda: chg('DJI','2016-12-13')),
    ('usatoday_20161214_dow_20000_fed_hike', 9, 2, lambda: px('DJI','2016-12-13')),
    ('afp_20171213_dow_record_fed_hike', 0, 2, lambda: is_record('DJI','2017-12-13')),
    ('afp_20171213_dow_record_fed_hike', 1, 2, lambda: pchg('DJI','2017-12-13')),
    ('afp_20171213_dow_record_fed_hike', 2, 2, lambda: px('DJI','2017-12-13')),
    ('afp_20171213_dow_record_fed_hike', 3, 2, lambda: pchg('GSPC','2017-12-13')),
    ('afp_20171213_dow_record_fed_hike', 4, 2, lambda: px('GSPC','2017-12-13')),
    ('afp_20171213_dow_record_fed_hike', 5, 2, lambda: pchg('IXIC','2017-12-13')),
    ('afp_20171213_dow_record_fed_hike', 6, 2, lambda: px('IXIC','2017-12-13')),
    ('afp_20171213_dow_record_fed_hike', 7, 2, lambda: fed_hikes('2017-12-01','2017-12-31')),
    ('afp_20171213_dow_record_fed_hike', 8, 2, lambda: fed_range('2017-12-14')),
    ('afp_20171213_dow_record_fed_hike', 9, 2, None),
    ('afp_20171213_dow_record_fed_hike', 10, 2, None),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 0, 0, lambda: run('GSPC','2022-06-14',up=False)),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 1, 2, lambda: largest_hike_since('2022-06-16')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 2, 2, lambda: fed_hikes('2022-06-01','2022-06-30')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 3, 2, lambda: largest_hike_since('2022-06-16')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 4, 2, None),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 5, 2, lambda: pchg('GSPC','2022-06-15')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 6, 0, lambda: run('GSPC','2022-06-14',up=False)),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 7, 2, lambda: px('GSPC','2022-06-15')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 8, 2, lambda: pchg('IXIC','2022-06-15')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 9, 2, lambda: px('IXIC','2022-06-15')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 10, 2, lambda: chg('DJI','2022-06-15')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 11, 2, lambda: pchg('DJI','2022-06-15')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 12, 2, lambda: px('DJI','2022-06-15')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 13, 2, lambda: rate_on('DGS10','2022-06-15')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 14, 2, lambda: rate_hi_since('DGS10','2022-06-14')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 15, 2, lambda: rate_hi_since('DGS2','2022-06-14')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 16, 2, None),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 17, 2, lambda: fed_hikes('2022-05-01','2022-05-31')),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 18, 2, None),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 19, 2, None),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 20, 2, None),
    ('yahoo_20220615_fed_75bp_stocks_snap_streak', 21, 2, None),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 0, 2, lambda: pchg('IXIC','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 1, 2, lambda: chg('DJI','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 2, 2, lambda: pchg('DJI','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 3, 2, lambda: px('DJI','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 4, 2, lambda: chg('GSPC','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 5, 2, lambda: pchg('GSPC','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 6, 2, lambda: px('GSPC','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 7, 2, lambda: chg('IXIC','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 8, 2, lambda: pchg('IXIC','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 9, 2, lambda: px('IXIC','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 10, 2, lambda: big_since('IXIC','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 11, 2, lambda: hi_since('GSPC','2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 12, 2, None),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 13, 2, lambda: fed_hikes('2022-07-01','2022-07-31')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 14, 2, lambda: fed_hikes('2022-06-01','2022-06-30')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 15, 2, lambda: fed_range('2022-07-28')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 16, 0, lambda: hike_run('2022-07-27')),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 17, 2, None),
    ('zixu_20220727_fed_75bp_nasdaq_best_day', 18, 2, None),
    ('tradinggods_20220119_nasdaq_correction_vix', 0, 2, lambda: below_peak('IXIC','2022-01-19')),
    ('tradinggods_20220119_nasdaq_correction_vix', 1, 2, lambda: chg('DJI','2022-01-19')),
    ('tradinggods_20220119_nasdaq_correction_vix', 2, 2, lambda: pchg('DJI','2022-01-19')),
    ('tradinggods_20220119_nasdaq_correction_vix', 3, 2, lambda: px('DJI','2022-01-19')),
    ('tradinggods_20220119_nasdaq_correction_vix', 4, 2, lambda: pchg('GSPC','2022-01-19')),
    ('tradinggods_20220119_nasdaq_correction_vix', 5, 2, lambda: px('GSPC','2022-01-19')),
    ('tradinggods_20220119_nasdaq_correction_vix', 6, 2, lambda: pchg('IXIC','2022-01-19')),
    ('tradinggods_20220119_nasdaq_correction_vix', 7, 2, lambda: px('IXIC','2022-01-19')),
    ('tradinggods_20220119_nasdaq_correction_vix', 8, 2, lambda: px('VIX','2022-01-19','high')),
    ('tradinggods_20220119_nasdaq_correction_vix', 9, 2, lambda: float(s('VIX')[:'2022-01-19'].mean())),
    ('tradinggods_20220119_nasdaq_correction_vix', 10, 2, lambda: pchg('VIX','2022-01-19')),
    ('tradinggods_20220119_nasdaq_correction_vix', 11, 2, lambda: px('VIX','2022-01-19')),
    ('tradinggods_20220119_nasdaq_correction_vix', 12, 2, None),
    ('tradinggods_20220119_nasdaq_correction_vix', 13, 2, None),
    ('tradinggods_20220119_nasdaq_correction_vix', 14, 2, None),
    ('marketwatch_20230926_vix_highest_since_may', 0, 2, lambda: hi_since('VIX','2023-09-26')),
    ('marketwatch_20230926_vix_highest_since_may', 1, 2, lambda: lo_since('GSPC','2023-09-26')),
    ('marketwatch_20230926_vix_highest_since_may', 2, 2, None),
    ('marketwatch_20230926_vix_highest_since_may', 3, 2, lambda: float(s('VIX')[:'2023-09-26'].mean())),
    ('marketwatch_20230926_vix_highest_since_may', 4, 2, lambda: below_peak('GSPC','2023-09-26','2023-07-31')),
    ('marketwatch_20230926_vix_highest_since_may', 5, 2, lambda: prior_max('GSPC','2023-09-26',window=180)),
    ('marketwatch_20230926_vix_highest_since_may', 6, 2, lambda: pchg('GSPC','2023-09-26')),
    ('marketwatch_20230926_vix_highest_since_may', 7, 2, lambda: lo_since('GSPC','2023-09-26')),
    ('marketwatch_20230926_vix_highest_since_may', 8, 2, lambda: chg('DJI','2023-09-26')),
    ('marketwatch_20230926_vix_highest_since_may', 9, 2, lambda: pchg('DJI','2023-09-26')),
    ('marketwatch_20230926_vix_highest_since_may', 10, 2, lambda: last_below_ma('DJI','2023-09-26',200)),
    ('businessinsider_20231003_vix_four_month_high', 0, 2, lambda: hi_since('VIX','2023-10-03','high')),
    ('businessinsider_20231003_vix_four_month_high', 1, 2, None),
    ('businessinsider_20231003_vix_four_month_high', 2, 2, lambda: px('VIX','2023-10-03','high')),
    ('businessinsider_20231003_vix_four_month_high', 3, 2, lambda: level_since(s('VIX','high'), '2023-10-03', 20)),
    ('businessinsider_20231003_vix_four_month_high', 4, 2, lambda: ret('GSPC','2023-07-31','2023-10-03')),
    ('businessinsider_20231003_vix_four_month_high', 5, 2, lambda: ret('IXIC','2023-07-31','2023-10-03')),
    ('businessinsider_20231003_vix_four_month_high', 6, 2, lambda: pts('DJI','2023-07-31','2023-10-03')),
    ('businessinsider_20231003_vix_four_month_high', 7, 2, lambda: ytd('DJI','2023-10-03')),
    ('businessinsider_20231003_vix_four_month_high', 8, 1, lambda: bp('DGS10','2023-07-31','2023-10-03')),
    ('businessinsider_20231003_vix_four_month_high', 9, 2, lambda: rate_hi_since('DGS10','2023-10-03')),
    ('businessinsider_20231003_vix_four_month_high', 10, 2, lambda: s('VIX')['2023-01-01':'2023-10-03'].idxmax().date().isoformat()),
    ('ap_20190826_how_indexes_fared', 0, 2, lambda: chg('GSPC','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 1, 2, lambda: pchg('GSPC','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 2, 2, lambda: px('GSPC','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 3, 2, lambda: chg('DJI','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 4, 2, lambda: pchg('DJI','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 5, 2, lambda: px('DJI','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 6, 2, lambda: chg('IXIC','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 7, 2, lambda: pchg('IXIC','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 8, 2, lambda: px('IXIC','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 9, 2, lambda: chg('RUT','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 10, 2, lambda: pchg('RUT','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 11, 2, lambda: px('RUT','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 12, 2, lambda: ytd_pts('GSPC','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 13, 2, lambda: ytd('GSPC','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 14, 2, lambda: ytd_pts('DJI','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 15, 2, lambda: ytd('DJI','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 16, 2, lambda: ytd_pts('IXIC','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 17, 2, lambda: ytd('IXIC','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 18, 2, lambda: ytd_pts('RUT','2019-08-26')),
    ('ap_20190826_how_indexes_fared', 19, 2, lambda: ytd('RUT','2019-08-26')),
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


def main():
    global DATA
    if len(sys.argv) < 2:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
    DATA = Path(sys.argv[1])
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
    unkeyed = set(key) - seen
    mismatches += len(unkeyed)
    for k in sorted(unkeyed):
        print(f"{k[0]} #{k[1]}: key record without a recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
