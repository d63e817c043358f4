"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(the data directory can also come from the environment variable CAPSCOPE_DATA_DIR).
Prints one line per key record and, last, "N recipes, N key records, M mismatches"; exits 1 on any mismatch.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"RUT": "RUT", "SPX": "GSPC", "IXIC": "IXIC", "NDX": "NDX", "DJI": "DJI", "IWM": "IWM", "SPY": "SPY"}
_cache = {}
DATA = None


def _df(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(os.path.join(DATA, FILES[t] + ".csv"), parse_dates=["date"]).set_index("date").sort_index()
    return _cache[t]


def _s(t, col="close"):
    return _df(t)[col].dropna()


def _ts(d):
    return pd.Timestamp(d)


def _on_or_before(s, d):
    return s.loc[:_ts(d)].iloc[-1]


def _r2(x):
    return round(float(x), 2)


def _ds(x):
    return pd.Timestamp(x).strftime("%Y-%m-%d")


# ---- levels and moves -------------------------------------------------------
def close(t, d):
    return _r2(_s(t).loc[_ts(d)])


def high(t, d):
    return _r2(_s(t, "high").loc[_ts(d)])


def low(t, d):
    return _r2(_s(t, "low").loc[_ts(d)])


def day_range(t, d):
    return [low(t, d), high(t, d)]


def prev_close(t, d):
    s = _s(t)
    return _r2(s.loc[:_ts(d) - pd.Timedelta(days=1)].iloc[-1])


def pct_change(t, d):
    s = _s(t)
    return _r2(100 * (s.loc[_ts(d)] / s.loc[:_ts(d) - pd.Timedelta(days=1)].iloc[-1] - 1))


def pt_change(t, d):
    s = _s(t)
    return _r2(s.loc[_ts(d)] - s.loc[:_ts(d) - pd.Timedelta(days=1)].iloc[-1])


def ret(t, a, b, col="close"):
    """percent change from the last close on or before a to the close of b"""
    s = _s(t, col)
    return _r2(100 * (s.loc[_ts(b)] / _on_or_before(s, a) - 1))


def ytd(t, d, col="close"):
    return ret(t, "%d-12-31" % (_ts(d).year - 1), d, col)


def week_change(t, d):
    """Friday (last session of the week) to last session of the previous week"""
    s = _s(t)
    d = _ts(d)
    monday = d - pd.Timedelta(days=d.weekday())
    return _r2(100 * (s.loc[d] / s.loc[:monday - pd.Timedelta(days=1)].iloc[-1] - 1))


def session_move_range(t, d):
    """[worst, best] intraday move in percent against the previous close"""
    p = _s(t).loc[:_ts(d) - pd.Timedelta(days=1)].iloc[-1]
    return [_r2(100 * (low(t, d) / p - 1)), _r2(100 * (high(t, d) / p - 1))]


def session_point_range(t, d):
    p = _s(t).loc[:_ts(d) - pd.Timedelta(days=1)].iloc[-1]
    return [_r2(low(t, d) - p), _r2(high(t, d) - p)]


def max_high(t, a, b):
    s = _s(t, "high").loc[_ts(a):_ts(b)]
    return [_ds(s.idxmax()), _r2(s.max())]


def range_52w(t, d):
    df = _df(t).loc[_ts(d) - pd.Timedelta(days=365):_ts(d)]
    return [_r2(df["low"].min()), _r2(df["high"].max())]


# ---- records, drawdowns, ranks ---------------------------------------------
def pct_below_max(t, d, col="close"):
    s = _s(t, col).loc[:_ts(d)]
    return _r2(100 * (1 - _s(t).loc[_ts(d)] / s.max()))


def max_close_before(t, d):
    s = _s(t).loc[:_ts(d) - pd.Timedelta(days=1)]
    return [_ds(s.idxmax()), _r2(s.max())]


def max_high_before(t, d):
    s = _s(t, "high").loc[:_ts(d) - pd.Timedelta(days=1)]
    return [_ds(s.idxmax()), _r2(s.max())]


def is_record_close(t, d):
    s = _s(t)
    return bool(s.loc[_ts(d)] > s.loc[:_ts(d) - pd.Timedelta(days=1)].max())


def ath_close(t, d):
    s = _s(t).loc[:_ts(d)]
    return [_ds(s.idxmax()), _r2(s.max())]


def last_close_ge(t, d):
    """last session before d whose close is at least d's close"""
    s = _s(t)
    p = s.loc[:_ts(d) - pd.Timedelta(days=1)]
    return _ds(p[p >= s.loc[_ts(d)]].index[-1])


def last_nday_ge(t, d, n):
    """last session before d whose n-session gain is at least d's n-session gain"""
    s = _s(t)
    r = s / s.shift(n) - 1
    p = r.loc[:_ts(d) - pd.Timedelta(days=1)]
    return _ds(p[p >= r.loc[_ts(d)]].index[-1])


def nday_change(t, d, n):
    s = _s(t)
    return _r2(100 * (s.loc[_ts(d)] / s.shift(n).loc[_ts(d)] - 1))


def last_week_ge(t, d):
    """last week (dated by its last session) before d's week with a weekly gain at least d's"""
    s = _s(t)
    wk = s.groupby(s.index.to_period("W-FRI")).last()
    last_day = s.groupby(s.index.to_period("W-FRI")).apply(lambda x: x.index[-1])
    r = wk.pct_change()
    per = pd.Timestamp(d).to_period("W-FRI")
    p = r.loc[:per - 1]
    hit = p[p >= r.loc[per]]
    return _ds(last_day.loc[hit.index[-1]])


def bear_episodes(t, a, b, th=0.2):
    """closing drawdowns of at least th from a running closing peak, peak date, trough date, depth %"""
    s = _s(t).loc[_ts(a):_ts(b)]
    pk, pkd, inb, out, mn, mnd = s.iloc[0], s.index[0], False, [], None, None
    for d, v in s.items():
        if v > pk:
            if inb:
                out.append([_ds(pkd), _ds(mnd), _r2(100 * (1 - mn / pk))])
                inb = False
            pk, pkd = v, d
        if 1 - v / pk >= th and not inb:
            inb, mn, mnd = True, v, d
        if inb and v < mn:
            mn, mnd = v, d
    if inb:
        out.append([_ds(pkd), _ds(mnd), _r2(100 * (1 - mn / pk))])
    return out


def count_bear_episodes(t, a, b):
    return len(bear_episodes(t, a, b))


def pct_below_52w_max(t, d):
    s = _s(t).loc[_ts(d) - pd.Timedelta(days=365):_ts(d)]
    return _r2(100 * (1 - s.loc[_ts(d)] / s.max()))


def up_streak_before(t, d):
    """number of consecutive higher closes ending the session before d"""
    s = _s(t).loc[:_ts(d) - pd.Timedelta(days=1)]
    ch = s.diff().dropna()
    n = 0
    for v in ch.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def low_close(t, a, b):
    s = _s(t).loc[_ts(a):_ts(b)]
    return [_ds(s.idxmin()), _r2(s.min())]


def gain_low_to_high(t, a, b, c, d):
    """percent gain from the lowest close in [a, b] to the highest close in [c, d]"""
    s = _s(t)
    return _r2(100 * (s.loc[_ts(c):_ts(d)].max() / s.loc[_ts(a):_ts(b)].min() - 1))


def ret_gap(t1, t2, a, b, col="close"):
    """return of t1 minus return of t2 over the same window, percentage points"""
    return _r2(ret(t1, a, b, col) - ret(t2, a, b, col))


def month_change(t, ym):
    y, m = map(int, ym.split("-"))
    start = pd.Timestamp(y, m, 1) - pd.Timedelta(days=1)
    s = _s(t)
    end = s.loc[:pd.Timestamp(y, m, 1) + pd.offsets.MonthEnd(0)].index[-1]
    return _r2(100 * (s.loc[end] / _on_or_before(s, start) - 1))


# ---- Fed ------------------------------------------------------------------
def fomc_meetings(a, b):
    f = pd.read_csv(os.path.join(DATA, "FOMC_meetings.csv"), parse_dates=["date"])
    return [_ds(x) for x in f.loc[(f.date >= _ts(a)) & (f.date <= _ts(b)), "date"]]


def fomc_rate_changes(a, b):
    u = pd.read_csv(os.path.join(DATA, "DFEDTARU.csv"), parse_dates=["date"]).set_index("date")["value"]
    ch = u.diff()
    ch = ch[(ch != 0) & ch.notna()].loc[_ts(a):_ts(b)]
    return [[_ds(d), _r2(v)] for d, v in ch.items()]


# ---- recipes: one line per key record ---------------------------------------
RECIPES = {
    # ibkram_201703_small_caps_stumble
    "ibkram_201703_small_caps_stumble#0": "ytd('RUT', '2017-03-20')",
    "ibkram_201703_small_caps_stumble#1": "ytd('SPX', '2017-03-20')",
    "ibkram_201703_small_caps_stumble#2": "None",
    "ibkram_201703_small_caps_stumble#3": "None",
    "ibkram_201703_small_caps_stumble#4": "None",
    # marketscreener_20140110_global_small_caps
    "marketscreener_20140110_global_small_caps#0": "ret_gap('RUT', 'SPX', '2012-12-31', '2013-12-31')",
    "marketscreener_20140110_global_small_caps#1": "ytd('RUT', '2014-01-07')",
    "marketscreener_20140110_global_small_caps#2": "ret_gap('RUT', 'SPX', '2013-12-31', '2014-01-07')",
    "marketscreener_20140110_global_small_caps#3": "ret('RUT', '2012-12-31', '2013-12-31')",
    "marketscreener_20140110_global_small_caps#4": "None",
    # marketwired_20150319_small_caps_ytd
    "marketwired_20150319_small_caps_ytd#0": "ytd('RUT', '2015-03-17')",
    "marketwired_20150319_small_caps_ytd#1": "ret('RUT', '2013-12-31', '2014-12-31')",
    "marketwired_20150319_small_caps_ytd#2": "None",
    "marketwired_20150319_small_caps_ytd#3": "None",
    "marketwired_20150319_small_caps_ytd#4": "None",
    # benzinga_202005_cme_large_vs_small
    "benzinga_202005_cme_large_vs_small#0": "ret_gap('RUT', 'SPX', '2019-12-31', '2020-04-30')",
    "benzinga_202005_cme_large_vs_small#1": "None",
    "benzinga_202005_cme_large_vs_small#2": "ret_gap('RUT', 'SPX', '1989-12-31', '1993-12-31')",
    "benzinga_202005_cme_large_vs_small#3": "ret_gap('RUT', 'SPX', '1998-12-31', '2013-12-31')",
    "benzinga_202005_cme_large_vs_small#4": "None",
    "benzinga_202005_cme_large_vs_small#5": "None",
    # bespoke_20190725_rut_gets_in_on_act
    "bespoke_20190725_rut_gets_in_on_act#0": "pct_change('RUT', '2019-07-24')",
    "bespoke_20190725_rut_gets_in_on_act#1": "last_close_ge('RUT', '2019-07-24')",
    "bespoke_20190725_rut_gets_in_on_act#2": "pct_below_max('RUT', '2019-07-24')",
    "bespoke_20190725_rut_gets_in_on_act#3": "ath_close('RUT', '2019-07-24')",
    "bespoke_20190725_rut_gets_in_on_act#4": "is_record_close('SPX', '2019-07-24')",
    "bespoke_20190725_rut_gets_in_on_act#5": "is_record_close('IXIC', '2019-07-24')",
    # thechartreport_20201116_rut_best_11day
    "thechartreport_20201116_rut_best_11day#0": "last_nday_ge('RUT', '2020-11-16', 11)",
    "thechartreport_20201116_rut_best_11day#1": "is_record_close('RUT', '2020-11-13')",
    "thechartreport_20201116_rut_best_11day#2": "max_close_before('RUT', '2020-11-13')",
    "thechartreport_20201116_rut_best_11day#3": "None",
    # investing_20220127_rut_topping_out
    "investing_20220127_rut_topping_out#0": "ret('RUT', '2021-11-30', '2022-01-26')",
    "investing_20220127_rut_topping_out#1": "ret('SPX', '2021-11-30', '2022-01-26')",
    "investing_20220127_rut_topping_out#2": "ret('DJI', '2021-11-30', '2022-01-26')",
    "investing_20220127_rut_topping_out#3": "gain_low_to_high('RUT', '2020-03-01', '2020-03-31', '2021-11-01', '2021-11-30')",
    "investing_20220127_rut_topping_out#4": "gain_low_to_high('NDX', '2020-03-01', '2020-03-31', '2021-11-01', '2021-11-30')",
    "investing_20220127_rut_topping_out#5": "gain_low_to_high('SPX', '2020-03-01', '2020-03-31', '2022-01-03', '2022-01-03')",
    "investing_20220127_rut_topping_out#6": "gain_low_to_high('DJI', '2020-03-01', '2020-03-31', '2022-01-04', '2022-01-04')",
    "investing_20220127_rut_topping_out#7": "pct_below_max('RUT', '2022-01-26')",
    "investing_20220127_rut_topping_out#8": "pct_below_max('RUT', '2022-01-27')",
    # wral_20181217_rut_bear_market
    "wral_20181217_rut_bear_market#0": "pct_below_max('RUT', '2018-12-17')",
    "wral_20181217_rut_bear_market#1": "ath_close('RUT', '2018-12-17')",
    "wral_20181217_rut_bear_market#2": "bear_episodes('RUT', '2015-01-01', '2018-08-31')",
    "wral_20181217_rut_bear_market#3": "pt_change('DJI', '2018-12-17')",
    "wral_20181217_rut_bear_market#4": "pct_below_max('DJI', '2018-12-17')",
    "wral_20181217_rut_bear_market#5": "count_bear_episodes('RUT', '2009-03-09', '2018-12-17')",
    "wral_20181217_rut_bear_market#6": "count_bear_episodes('SPX', '2009-03-09', '2018-12-17')",
    "wral_20181217_rut_bear_market#7": "None",
    # stockwave_202401_small_cap_resurgence
    "stockwave_202401_small_cap_resurgence#0": "ret('RUT', '2023-09-30', '2023-12-29')",
    "stockwave_202401_small_cap_resurgence#1": "ret('RUT', '2022-12-31', '2023-12-29')",
    "stockwave_202401_small_cap_resurgence#2": "ret('SPX', '2022-12-31', '2023-12-29')",
    "stockwave_202401_small_cap_resurgence#3": "pct_below_max('RUT', '2023-12-29')",
    "stockwave_202401_small_cap_resurgence#4": "[ret_gap('RUT', 'SPX', '2020-12-31', '2023-12-29'), ret_gap('RUT', 'SPX', '2018-12-31', '2023-12-29'), ret_gap('RUT', 'SPX', '2013-12-31', '2023-12-29')]",
    "stockwave_202401_small_cap_resurgence#5": "fomc_rate_changes('2023-10-01', '2023-12-31')",
    "stockwave_202401_small_cap_resurgence#6": "None",
    "stockwave_202401_small_cap_resurgence#7": "None",
    # ts2tech_20251207_rut_near_record
    "ts2tech_20251207_rut_near_record#0": "pct_change('RUT', '2025-12-05')",
    "ts2tech_20251207_rut_near_record#1": "close('RUT', '2025-12-05')",
    "ts2tech_20251207_rut_near_record#2": "up_streak_before('RUT', '2025-12-05')",
    "ts2tech_20251207_rut_near_record#3": "week_change('RUT', '2025-12-05')",
    "ts2tech_20251207_rut_near_record#4": "week_change('RUT', '2025-11-28')",
    "ts2tech_20251207_rut_near_record#5": "last_week_ge('RUT', '2025-11-28')",
    "ts2tech_20251207_rut_near_record#6": "max_high('RUT', '1987-09-10', '2025-12-05')",
    "ts2tech_20251207_rut_near_record#7": "ytd('IXIC', '2025-12-05')",
    "ts2tech_20251207_rut_near_record#8": "ytd('SPX', '2025-12-05')",
    "ts2tech_20251207_rut_near_record#9": "ytd('RUT', '2025-12-05')",
    "ts2tech_20251207_rut_near_record#10": "fomc_meetings('2025-12-08', '2025-12-12')",
    "ts2tech_20251207_rut_near_record#11": "None",
    # ts2tech_20251207_iwm_near_highs
    "ts2tech_20251207_iwm_near_highs#0": "close('IWM', '2025-12-05')",
    "ts2tech_20251207_iwm_near_highs#1": "pct_change('IWM', '2025-12-05')",
    "ts2tech_20251207_iwm_near_highs#2": "day_range('IWM', '2025-12-05')",
    "ts2tech_20251207_iwm_near_highs#3": "range_52w('IWM', '2025-12-05')",
    "ts2tech_20251207_iwm_near_highs#4": "ytd('IWM', '2025-12-05', 'adj_close')",
    "ts2tech_20251207_iwm_near_highs#5": "ret('IWM', '2024-12-05', '2025-12-05', 'adj_close')",
    "ts2tech_20251207_iwm_near_highs#6": "None",
    "ts2tech_20251207_iwm_near_highs#7": "None",
    # xuqssq_20251205_rut_record_close
    "xuqssq_20251205_rut_record_close#0": "is_record_close('RUT', '2025-12-04')",
    "xuqssq_20251205_rut_record_close#1": "close('RUT', '2025-12-04')",
    "xuqssq_20251205_rut_record_close#2": "pct_change('RUT', '2025-12-04')",
    "xuqssq_20251205_rut_record_close#3": "prev_close('RUT', '2025-12-04')",
    "xuqssq_20251205_rut_record_close#4": "None",
    "xuqssq_20251205_rut_record_close#5": "fomc_meetings('2025-12-08', '2025-12-12')",
    "xuqssq_20251205_rut_record_close#6": "pct_change('SPX', '2025-12-04')",
    "xuqssq_20251205_rut_record_close#7": "close('SPX', '2025-12-04')",
    "xuqssq_20251205_rut_record_close#8": "pct_change('IXIC', '2025-12-04')",
    "xuqssq_20251205_rut_record_close#9": "close('IXIC', '2025-12-04')",
    # ainvest_20251212_small_cap_resilience
    "ainvest_20251212_small_cap_resilience#0": "pct_below_52w_max('RUT', '2025-12-12')",
    "ainvest_20251212_small_cap_resilience#1": "month_change('RUT', '2025-11')",
    "ainvest_20251212_small_cap_resilience#2": "[month_change('SPX', '2025-11'), month_change('IXIC', '2025-11'), month_change('DJI', '2025-11')]",
    "ainvest_20251212_small_cap_resilience#3": "None",
    # sknfinance_202512_holiday_week
    "sknfinance_202512_holiday_week#0": "close('RUT', '2025-12-26')",
    "sknfinance_202512_holiday_week#1": "pct_change('RUT', '2025-12-26')",
    "sknfinance_202512_holiday_week#2": "pt_change('RUT', '2025-12-26')",
    "sknfinance_202512_holiday_week#3": "ret('RUT', '2025-11-30', '2025-12-26')",
    "sknfinance_202512_holiday_week#4": "high('RUT', '2025-12-22')",
    "sknfinance_202512_holiday_week#5": "ytd('RUT', '2025-12-26')",
    "sknfinance_202512_holiday_week#6": "None",
}


def compute(expr):
    return eval(expr, globals())


def same(a, b):
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
    keyfile = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    key = [json.loads(l) for l in open(keyfile) if l.strip()]
    bad = 0
    for r in key:
        k = "%s#%d" % (r["passage_id"], r["claim_index"])
        v = compute(RECIPES[k])
        ok = same(v, r["computed_value"])
        bad += not ok
        print("%-55s %-6s %s%s" % (k, r["index_or_ticker"], json.dumps(v), "" if ok else "   MISMATCH key=" + json.dumps(r["computed_value"])))
    print("%d recipes, %d key records, %d mismatches" % (len(RECIPES), len(key), bad))
    sys.exit(1 if bad or len(RECIPES) != len(key) else 0)


if __name__ == "__main__":
    main()
