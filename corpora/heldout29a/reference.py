#!/usr/bin/env python3
"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints every recomputed value, then a last line
"N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"RUT": "RUT.csv", "SPX": "GSPC.csv", "IXIC": "IXIC.csv", "DJI": "DJI.csv",
         "NDX": "NDX.csv", "IWM": "IWM.csv", "SPY": "SPY.csv", "VIX": "VIX.csv"}
_cache = {}
DATA_DIR = None


def s(t):
    if t not in _cache:
        df = pd.read_csv(os.path.join(DATA_DIR, FILES[t]), parse_dates=["date"]).set_index("date")
        _cache[t] = df
    return _cache[t]


def _d(d):
    return pd.Timestamp(d)


def r(x, n=4):
    return None if x is None else round(float(x), n)


# ---------- helpers ----------
def close(t, d):
    return r(s(t).close.loc[_d(d)])


def high(t, d):
    return r(s(t).high.loc[_d(d)])


def low(t, d):
    return r(s(t).low.loc[_d(d)])


def open_(t, d):
    return r(s(t).open.loc[_d(d)])


def pct_change(t, a, b, col="close"):
    x = s(t)[col]
    return r((x.loc[_d(b)] / x.loc[_d(a)] - 1) * 100)


def day_pct(t, d):
    x = s(t).close
    i = x.index.get_loc(_d(d))
    return r((x.iloc[i] / x.iloc[i - 1] - 1) * 100)


def ytd(t, d, col="close"):
    x = s(t)[col]
    prev = x.loc[:pd.Timestamp(_d(d).year - 1, 12, 31)].index[-1]
    return r((x.loc[_d(d)] / x.loc[prev] - 1) * 100)


def year_return(t, y):
    x = s(t).close
    a = x.loc[:pd.Timestamp(y - 1, 12, 31)].iloc[-1]
    b = x.loc[:pd.Timestamp(y, 12, 31)].iloc[-1]
    return r((b / a - 1) * 100)


def month_return(t, ym):
    x = s(t).close
    p = pd.Period(ym, "M")
    a = x.loc[:p.start_time - pd.Timedelta(days=1)].iloc[-1]
    b = x.loc[:p.end_time].iloc[-1]
    return r((b / a - 1) * 100)


def quarter_return(t, yq):
    x = s(t).close
    p = pd.Period(yq, "Q")
    a = x.loc[:p.start_time - pd.Timedelta(days=1)].iloc[-1]
    b = x.loc[:p.end_time].iloc[-1]
    return r((b / a - 1) * 100)


def last_quarter_at_least(t, yq):
    """Last quarter before yq whose close-to-close return is >= that of yq (as 'YYYYQn')."""
    x = s(t).close
    q = x.resample("QE").last().pct_change() * 100
    p = pd.Period(yq, "Q")
    v = q[q.index.to_period("Q") == p].iloc[0]
    prev = q[(q.index.to_period("Q") < p) & (q >= v)]
    return str(prev.index[-1].to_period("Q"))


def best_month_before(t, ym):
    """Highest monthly close-to-close return in the file before month ym (value, month)."""
    x = s(t).close
    m = x.resample("ME").last().pct_change() * 100
    p = pd.Period(ym, "M")
    prev = m[m.index.to_period("M") < p].dropna()
    return [r(prev.max()), str(prev.idxmax().to_period("M"))]


def pct_below_close(t, ref, d):
    x = s(t).close
    return r((1 - x.loc[_d(d)] / x.loc[_d(ref)]) * 100)


def streak_up(t, d):
    x = s(t).close.loc[:_d(d)]
    up = (x.diff() > 0).astype(int)
    n = 0
    for v in up.iloc[::-1]:
        if v:
            n += 1
        else:
            break
    return n


def last_streak_at_least(t, n, before):
    x = s(t).close.loc[:_d(before)]
    up = (x.diff() > 0).astype(int)
    st = up.groupby((up == 0).cumsum()).cumsum()
    st = st.loc[:_d(before) - pd.Timedelta(days=1)]
    return str(st[st >= n].index[-1].date())


def streak_episodes(t, n, before):
    """Number of separate up-streaks that reached n closes, before date."""
    x = s(t).close.loc[:_d(before) - pd.Timedelta(days=1)]
    up = (x.diff() > 0).astype(int)
    st = up.groupby((up == 0).cumsum()).cumsum()
    return int((st == n).sum())


def window_return(t, d, n):
    x = s(t).close
    i = x.index.get_loc(_d(d))
    return r((x.iloc[i] / x.iloc[i - n] - 1) * 100)


def last_window_at_least(t, d, n):
    """Last session before d whose n-session return is at least that of d."""
    x = s(t).close
    w = (x / x.shift(n) - 1) * 100
    v = w.loc[_d(d)]
    prev = w.loc[:_d(d) - pd.Timedelta(days=1)]
    return str(prev[prev >= v].index[-1].date())


def low_since(t, d):
    """Last session before d with a low at or below the low of d."""
    x = s(t).low
    v = x.loc[_d(d)]
    prev = x.loc[:_d(d) - pd.Timedelta(days=1)]
    return str(prev[prev <= v].index[-1].date())


def sma(t, d, n):
    return r(s(t).close.loc[:_d(d)].tail(n).mean())


def last_close_below_sma(t, d, n):
    x = s(t).close
    m = x.rolling(n).mean()
    b = (x < m).loc[:_d(d)]
    return str(b[b].index[-1].date())


def max_high(t, a, b):
    return r(s(t).high.loc[_d(a):_d(b)].max())


def beats(t1, others, d):
    """Day move of t1 minus the best day move among others (positive = t1 did better than all)."""
    return r(day_pct(t1, d) - max(day_pct(o, d) for o in others))


def ratio(a, b):
    return r(a / b)


def diff(a, b):
    return r(a - b)


def trailing_year(t, d):
    x = s(t).close
    a = x.index[x.index.get_indexer([_d(d) - pd.DateOffset(years=1)], method="pad")[0]]
    return r((x.loc[_d(d)] / x.loc[a] - 1) * 100)


# ---------- recipes: one per key record ----------
RECIPES = {
    # thinkadvisor_20070201_small_caps_on_top_2006
    ("thinkadvisor_20070201_small_caps_on_top_2006", 0): "year_return('RUT', 2006)",
    ("thinkadvisor_20070201_small_caps_on_top_2006", 1): "None",
    ("thinkadvisor_20070201_small_caps_on_top_2006", 2): "None",
    ("thinkadvisor_20070201_small_caps_on_top_2006", 3): "None",
    ("thinkadvisor_20070201_small_caps_on_top_2006", 4): "None",
    # morningstar_20071128_small_cap_funds_since_july
    ("morningstar_20071128_small_cap_funds_since_july", 0): "pct_change('SPX', '2007-07-19', '2007-11-27')",
    ("morningstar_20071128_small_cap_funds_since_july", 1): "pct_change('RUT', '2007-07-19', '2007-11-27')",
    ("morningstar_20071128_small_cap_funds_since_july", 2): "None",
    # etftrends_20120306_iwm_outflows
    ("etftrends_20120306_iwm_outflows", 0): "None",
    ("etftrends_20120306_iwm_outflows", 1): "low_since('RUT', '2012-03-05')",
    ("etftrends_20120306_iwm_outflows", 2): "sma('IWM', '2012-03-05', 50)",
    ("etftrends_20120306_iwm_outflows", 3): "last_close_below_sma('IWM', '2012-03-05', 50)",
    ("etftrends_20120306_iwm_outflows", 4): "trailing_year('RUT', '2012-03-05')",
    ("etftrends_20120306_iwm_outflows", 5): "trailing_year('SPX', '2012-03-05')",
    ("etftrends_20120306_iwm_outflows", 6): "ytd('RUT', '2012-03-05')",
    ("etftrends_20120306_iwm_outflows", 7): "ytd('SPX', '2012-03-05')",
    ("etftrends_20120306_iwm_outflows", 8): "diff(ytd('RUT', '2012-03-05'), ytd('SPX', '2012-03-05'))",
    # marketwired_20141010_small_cap_smart_beta
    ("marketwired_20141010_small_cap_smart_beta", 0): "ytd('RUT', '2014-10-07')",
    ("marketwired_20141010_small_cap_smart_beta", 1): "None",
    ("marketwired_20141010_small_cap_smart_beta", 2): "None",
    ("marketwired_20141010_small_cap_smart_beta", 3): "None",
    ("marketwired_20141010_small_cap_smart_beta", 4): "None",
    # russell_201501_q4_2014_small_cap_perspectives
    ("russell_201501_q4_2014_small_cap_perspectives", 0): "quarter_return('RUT', '2014Q4')",
    ("russell_201501_q4_2014_small_cap_perspectives", 1): "last_quarter_at_least('RUT', '2014Q4')",
    ("russell_201501_q4_2014_small_cap_perspectives", 2): "diff(quarter_return('RUT', '2014Q4'), year_return('RUT', 2014))",
    ("russell_201501_q4_2014_small_cap_perspectives", 3): "pct_below_close('RUT', '2014-09-02', '2014-10-13')",
    ("russell_201501_q4_2014_small_cap_perspectives", 4): "min(month_return('RUT', '2014-10'), month_return('RUT', '2014-11'), month_return('RUT', '2014-12'))",
    ("russell_201501_q4_2014_small_cap_perspectives", 5): "None",
    ("russell_201501_q4_2014_small_cap_perspectives", 6): "None",
    ("russell_201501_q4_2014_small_cap_perspectives", 7): "None",
    ("russell_201501_q4_2014_small_cap_perspectives", 8): "None",
    ("russell_201501_q4_2014_small_cap_perspectives", 9): "year_return('RUT', 2014)",
    # lpl_20161119_small_caps_up_10_days
    ("lpl_20161119_small_caps_up_10_days", 0): "streak_up('RUT', '2016-11-17')",
    ("lpl_20161119_small_caps_up_10_days", 1): "last_streak_at_least('RUT', 10, '2016-11-04')",
    ("lpl_20161119_small_caps_up_10_days", 2): "streak_episodes('RUT', 10, '2016-11-04')",
    ("lpl_20161119_small_caps_up_10_days", 3): "None",
    ("lpl_20161119_small_caps_up_10_days", 4): "None",
    ("lpl_20161119_small_caps_up_10_days", 5): "window_return('RUT', '2016-11-17', 10)",
    ("lpl_20161119_small_caps_up_10_days", 6): "last_window_at_least('RUT', '2016-11-17', 10)",
    ("lpl_20161119_small_caps_up_10_days", 7): "None",
    # irmagazine_201611_small_caps_trump_boost
    ("irmagazine_201611_small_caps_trump_boost", 0): "streak_up('RUT', '2016-11-18')",
    ("irmagazine_201611_small_caps_trump_boost", 1): "last_streak_at_least('RUT', 11, '2016-11-04')",
    ("irmagazine_201611_small_caps_trump_boost", 2): "pct_change('RUT', '2016-11-08', '2016-11-18')",
    ("irmagazine_201611_small_caps_trump_boost", 3): "pct_change('SPX', '2016-11-08', '2016-11-18')",
    ("irmagazine_201611_small_caps_trump_boost", 4): "None",
    ("irmagazine_201611_small_caps_trump_boost", 5): "None",
    # benzinga_20170818_small_cap_etfs_wobble
    ("benzinga_20170818_small_cap_etfs_wobble", 0): "ytd('IWM', '2017-08-17')",
    ("benzinga_20170818_small_cap_etfs_wobble", 1): "ytd('SPX', '2017-08-17')",
    ("benzinga_20170818_small_cap_etfs_wobble", 2): "None",
    ("benzinga_20170818_small_cap_etfs_wobble", 3): "None",
    ("benzinga_20170818_small_cap_etfs_wobble", 4): "None",
    ("benzinga_20170818_small_cap_etfs_wobble", 5): "None",
    ("benzinga_20170818_small_cap_etfs_wobble", 6): "None",
    ("benzinga_20170818_small_cap_etfs_wobble", 7): "None",
    # practicalstockinvesting_20200109_russell_two_years
    ("practicalstockinvesting_20200109_russell_two_years", 0): "pct_change('RUT', '2018-01-08', '2020-01-08')",
    ("practicalstockinvesting_20200109_russell_two_years", 1): "pct_change('SPX', '2018-01-08', '2020-01-08')",
    ("practicalstockinvesting_20200109_russell_two_years", 2): "pct_change('IXIC', '2018-01-08', '2020-01-08')",
    ("practicalstockinvesting_20200109_russell_two_years", 3): "ratio(16.5, 4.5)",
    ("practicalstockinvesting_20200109_russell_two_years", 4): "ratio(25.5, 4.5)",
    ("practicalstockinvesting_20200109_russell_two_years", 5): "None",
    # morningstar_202012_small_value_comes_back
    ("morningstar_202012_small_value_comes_back", 0): "month_return('RUT', '2020-11')",
    ("morningstar_202012_small_value_comes_back", 1): "None",
    ("morningstar_202012_small_value_comes_back", 2): "best_month_before('RUT', '2020-11')",
    ("morningstar_202012_small_value_comes_back", 3): "None",
    ("morningstar_202012_small_value_comes_back", 4): "None",
    ("morningstar_202012_small_value_comes_back", 5): "None",
    # almanac_20220126_rut_second_worst_start
    ("almanac_20220126_rut_second_worst_start", 0): "pct_change('RUT', '2021-12-15', '2021-12-31')",
    ("almanac_20220126_rut_second_worst_start", 1): "None",
    ("almanac_20220126_rut_second_worst_start", 2): "ytd('RUT', '2022-01-25')",
    ("almanac_20220126_rut_second_worst_start", 3): "worst_start_rank('RUT', 2022)",
    ("almanac_20220126_rut_second_worst_start", 4): "month_return('RUT', '2007-01')",
    ("almanac_20220126_rut_second_worst_start", 5): "None",
    ("almanac_20220126_rut_second_worst_start", 6): "None",
    ("almanac_20220126_rut_second_worst_start", 7): "None",
    # govcapital_202503_small_caps_on_the_brink
    ("govcapital_202503_small_caps_on_the_brink", 0): "pct_below_close('RUT', '2024-11-25', '2025-03-13')",
    ("govcapital_202503_small_caps_on_the_brink", 1): "None",
    ("govcapital_202503_small_caps_on_the_brink", 2): "None",
    ("govcapital_202503_small_caps_on_the_brink", 3): "None",
    # sknfinance_202510_rut_risk_on_breakout
    ("sknfinance_202510_rut_risk_on_breakout", 0): "day_pct('RUT', '2025-10-24')",
    ("sknfinance_202510_rut_risk_on_breakout", 1): "close('RUT', '2025-10-24')",
    ("sknfinance_202510_rut_risk_on_breakout", 2): "beats('RUT', ['SPX', 'IXIC', 'DJI'], '2025-10-24')",
    ("sknfinance_202510_rut_risk_on_breakout", 3): "close('RUT', '2025-10-20')",
    ("sknfinance_202510_rut_risk_on_breakout", 4): "day_pct('RUT', '2025-10-21')",
    ("sknfinance_202510_rut_risk_on_breakout", 5): "low('RUT', '2025-10-22')",
    ("sknfinance_202510_rut_risk_on_breakout", 6): "close('RUT', '2025-10-22')",
    ("sknfinance_202510_rut_risk_on_breakout", 7): "close('RUT', '2025-10-23')",
    ("sknfinance_202510_rut_risk_on_breakout", 8): "open_('RUT', '2025-10-24')",
    ("sknfinance_202510_rut_risk_on_breakout", 9): "high('RUT', '2025-10-24')",
    ("sknfinance_202510_rut_risk_on_breakout", 10): "max_high('RUT', '2024-10-24', '2025-10-23')",
    # ebc_20260206_russell_2000_hoy_cae
    ("ebc_20260206_russell_2000_hoy_cae", 0): "close('RUT', '2026-02-05')",
    ("ebc_20260206_russell_2000_hoy_cae", 1): "day_pct('RUT', '2026-02-05')",
    ("ebc_20260206_russell_2000_hoy_cae", 2): "day_pct('RUT', '2026-02-05')",
    ("ebc_20260206_russell_2000_hoy_cae", 3): "low('RUT', '2026-02-05')",
    ("ebc_20260206_russell_2000_hoy_cae", 4): "high('RUT', '2026-02-05')",
}


def worst_start_rank(t, y):
    """Rank (1 = worst) of year y's YTD at the 5th-to-last January session among all years in the file."""
    x = s(t).close
    res = {}
    for yy in range(x.index[0].year + 1, y + 1):
        j = x.loc[f"{yy}-01"].index
        prev = x.loc[:pd.Timestamp(yy - 1, 12, 31)].iloc[-1]
        res[yy] = (x.loc[j[-5]] / prev - 1) * 100
    ser = pd.Series(res).sort_values()
    return [int(list(ser.index).index(y) + 1), int(ser.index[0]), int(x.index[0].year + 1)]


def evaluate(expr):
    return eval(expr)


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return a == b


def main():
    global DATA_DIR
    args = sys.argv[1:]
    DATA_DIR = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA_DIR:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
    key_path = args[1] if len(args) > 1 else os.path.join(HERE, "key.jsonl")
    recs = [json.loads(l) for l in open(key_path, encoding="utf-8") if l.strip()]
    mism = 0
    for rec in recs:
        k = (rec["passage_id"], rec["claim_index"])
        if k not in RECIPES:
            print("NO RECIPE", k)
            mism += 1
            continue
        v = evaluate(RECIPES[k])
        ok = same(v, rec["computed_value"])
        print(f"{k[0]} #{k[1]}: {RECIPES[k]} = {v!r} {'ok' if ok else 'MISMATCH (key: %r)' % (rec['computed_value'],)}")
        if not ok:
            mism += 1
    extra = set(RECIPES) - {(x["passage_id"], x["claim_index"]) for x in recs}
    mism += len(extra)
    for e in sorted(extra):
        print("RECIPE WITHOUT KEY RECORD", e)
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {mism} mismatches")
    sys.exit(1 if mism else 0)


if __name__ == "__main__":
    main()
