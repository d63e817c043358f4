"""Recompute every computed_value of key.jsonl from the CSV files.
Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"SPX": "GSPC.csv", "DJI": "DJI.csv", "IXIC": "IXIC.csv", "NDX": "NDX.csv", "RUT": "RUT.csv", "VIX": "VIX.csv"}
_cache = {}
DATA = None

def _px(tk):
    if tk not in _cache:
        df = pd.read_csv(os.path.join(DATA, FILES[tk]), parse_dates=["date"]).set_index("date")
        _cache[tk] = df
    return _cache[tk]

def _rate(name):
    if name not in _cache:
        _cache[name] = pd.read_csv(os.path.join(DATA, name + ".csv"), parse_dates=["date"]).set_index("date")["value"]
    return _cache[name]

def r(x, n=4):
    return round(float(x), n)

def C(tk, d):
    return r(_px(tk)["close"].loc[d])

def H(tk, d):
    return r(_px(tk)["high"].loc[d])

def _prev(tk, d):
    s = _px(tk)["close"]
    return s[s.index < d].iloc[-1]

def chg(tk, d):
    return r(_px(tk)["close"].loc[d] - _prev(tk, d))

def pct(tk, d):
    return r(100 * (_px(tk)["close"].loc[d] / _prev(tk, d) - 1))

def ret(tk, d0, d1):
    s = _px(tk)["close"]
    return r(100 * (s.loc[d1] / s.loc[d0] - 1))

def pts(tk, d0, d1):
    s = _px(tk)["close"]
    return r(s.loc[d1] - s.loc[d0])

def rate(name, d):
    return r(_rate(name).loc[d])

def yld_chg_bp(d):
    s = _rate("DGS10").dropna()
    return r(100 * (s.loc[d] - s[s.index < d].iloc[-1]), 2)

def record_close(tk, d):
    s = _px(tk)["close"]
    return bool(s.loc[d] > s[s.index < d].max())

def record_in_window(tk, d0, d1):
    """any close in (d0, d1] above every earlier close"""
    s = _px(tk)["close"]
    prior = s[s.index <= d0].max()
    return bool(s[(s.index > d0) & (s.index <= d1)].max() > prior)

def prior_record(tk, d):
    s = _px(tk)["close"]; p = s[s.index < d]
    return [str(p.idxmax().date()), r(p.max())]

def gap_to_prior_record(tk, d):
    s = _px(tk)["close"]; p = s[s.index < d]
    return r(p.max() - s.loc[d])

def last_move_as_big(tk, d):
    """last earlier session with a daily % move at least as large in the same direction"""
    s = _px(tk)["close"]; m = 100 * s.pct_change()
    v = m.loc[d]; p = m[m.index < d]
    hit = p[p <= v] if v < 0 else p[p >= v]
    return str(hit.index[-1].date())

def down_years_between(tk, y0, y1):
    s = _px(tk)["close"]; ye = s.groupby(s.index.year).last()
    return [int(y) for y in range(y0, y1 + 1) if ye.loc[y] < ye.loc[y - 1]]

def losing_streak_end(tk, d):
    s = _px(tk)["close"]; m = s.diff(); p = m[m.index <= d]
    n = 0
    for v in p[::-1]:
        if v < 0: n += 1
        else: break
    return n

def up_streak_end(tk, d):
    s = _px(tk)["close"]; m = s.diff(); p = m[m.index <= d]
    n = 0
    for v in p[::-1]:
        if v > 0: n += 1
        else: break
    return n

def low_close_in(tk, d0, d1):
    s = _px(tk)["close"]; w = s[(s.index >= d0) & (s.index <= d1)]
    return [str(w.idxmin().date()), r(w.min())]

# RECIPES-BEGIN
RECIPES = {
    'reuters_20131222_fed_taper_week_records#0': "ret('SPX','2013-11-29','2013-12-20')",
    'reuters_20131222_fed_taper_week_records#1': "ret('SPX','2012-12-31','2013-12-20')",
    'reuters_20131222_fed_taper_week_records#2': "ret('DJI','2012-12-31','2013-12-20')",
    'reuters_20131222_fed_taper_week_records#3': "ret('IXIC','2012-12-31','2013-12-20')",
    'reuters_20131222_fed_taper_week_records#4': "record_close('DJI','2013-12-20')",
    'reuters_20131222_fed_taper_week_records#5': "record_close('SPX','2013-12-20')",
    'reuters_20131222_fed_taper_week_records#6': "ret('DJI','2013-12-13','2013-12-20')",
    'reuters_20131222_fed_taper_week_records#7': "ret('SPX','2013-12-13','2013-12-20')",
    'reuters_20131222_fed_taper_week_records#8': "ret('IXIC','2013-12-13','2013-12-20')",
    'cbsnews_20140826_sp500_2000_close#0': "C('SPX','2014-08-26')",
    'cbsnews_20140826_sp500_2000_close#1': "chg('DJI','2014-08-26')",
    'cbsnews_20140826_sp500_2000_close#2': "pct('DJI','2014-08-26')",
    'cbsnews_20140826_sp500_2000_close#3': "C('DJI','2014-08-26')",
    'cbsnews_20140826_sp500_2000_close#4': "gap_to_prior_record('DJI','2014-08-26')",
    'cbsnews_20140826_sp500_2000_close#5': "prior_record('DJI','2014-08-26')[0]",
    'cbsnews_20140826_sp500_2000_close#6': "pct('IXIC','2014-08-26')",
    'cbsnews_20140826_sp500_2000_close#7': "C('IXIC','2014-08-26')",
    'cbsnews_20140826_sp500_2000_close#8': "rate('DGS10','2014-08-26')",
    'cbsnews_20140826_sp500_2000_close#9': "ret('SPX','2013-12-31','2014-08-26')",
    'cbsnews_20140826_sp500_2000_close#10': "C('SPX','2007-10-09')",
    'streetinsider_20160624_brexit_plunge#0': "chg('DJI','2016-06-24')",
    'streetinsider_20160624_brexit_plunge#1': "C('DJI','2016-06-24')",
    'streetinsider_20160624_brexit_plunge#2': "pct('SPX','2016-06-24')",
    'streetinsider_20160624_brexit_plunge#3': "C('SPX','2016-06-24')",
    'streetinsider_20160624_brexit_plunge#4': "pct('IXIC','2016-06-24')",
    'streetinsider_20160624_brexit_plunge#5': "C('IXIC','2016-06-24')",
    'streetinsider_20160624_brexit_plunge#6': "int(last_move_as_big('IXIC','2016-06-24')[:4])",
    'streetinsider_20160624_brexit_plunge#7': "pct('VIX','2016-06-24')",
    'streetinsider_20160624_brexit_plunge#8': "C('VIX','2016-06-24')",
    'fool_20160101_dow_2015_review#0': "ret('DJI','2014-12-31','2015-12-31')",
    'fool_20160101_dow_2015_review#1': "C('DJI','2015-12-31')",
    'fool_20160101_dow_2015_review#2': "down_years_between('DJI',2008,2014)",
    'fool_20160101_dow_2015_review#3': "bool(low_close_in('DJI','2015-08-01','2015-08-31')[1] <= 0.9*18312.39)",
    'fool_20160101_dow_2015_review#4': 'None',
    'centerpoint_20180122_markets_week_jan19#0': "C('DJI','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#1': "ret('DJI','2018-01-12','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#2': "ret('DJI','2017-12-29','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#3': "C('IXIC','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#4': "ret('IXIC','2017-12-29','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#5': "C('SPX','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#6': "ret('SPX','2018-01-12','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#7': "ret('SPX','2017-12-29','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#8': "C('RUT','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#9': "ret('RUT','2018-01-12','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#10': "rate('DFEDTARU','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#11': "rate('DGS10','2018-01-19')",
    'centerpoint_20180122_markets_week_jan19#12': 'r(100*(2.65-2.54),2)',
    'advisorperspectives_20180114_weekly_summary#0': "record_in_window('RUT','2018-01-05','2018-01-12')",
    'advisorperspectives_20180114_weekly_summary#1': "record_in_window('SPX','2018-01-05','2018-01-12')",
    'advisorperspectives_20180114_weekly_summary#2': "ret('SPX','2017-12-29','2018-01-12')",
    'advisorperspectives_20180114_weekly_summary#3': "ret('DJI','2017-12-29','2018-01-12')",
    'advisorperspectives_20180114_weekly_summary#4': "ret('NDX','2017-12-29','2018-01-12')",
    'advisorperspectives_20180114_weekly_summary#5': "C('SPX','2018-01-12')",
    'advisorperspectives_20180114_weekly_summary#6': 'None',
    'advisorperspectives_20180114_weekly_summary#7': 'r(100*(2840/2786-1))',
    'financialgroup_20200518_week_may15#0': "pct('DJI','2020-05-11')",
    'financialgroup_20200518_week_may15#1': "pct('IXIC','2020-05-11')",
    'financialgroup_20200518_week_may15#2': "chg('DJI','2020-05-12')",
    'financialgroup_20200518_week_may15#3': "pct('DJI','2020-05-12')",
    'financialgroup_20200518_week_may15#4': "last_move_as_big('DJI','2020-05-12')",
    'financialgroup_20200518_week_may15#5': "pct('SPX','2020-05-12')",
    'financialgroup_20200518_week_may15#6': "pct('IXIC','2020-05-12')",
    'financialgroup_20200518_week_may15#7': "pct('RUT','2020-05-13')",
    'financialgroup_20200518_week_may15#8': "pct('DJI','2020-05-13')",
    'americaninvestordaily_20211231_year_end#0': "chg('DJI','2021-12-30')",
    'americaninvestordaily_20211231_year_end#1': "C('DJI','2021-12-30')",
    'americaninvestordaily_20211231_year_end#2': "C('SPX','2021-12-30')",
    'americaninvestordaily_20211231_year_end#3': "C('IXIC','2021-12-30')",
    'americaninvestordaily_20211231_year_end#4': "ret('DJI','2021-11-30','2021-12-31')",
    'americaninvestordaily_20211231_year_end#5': "ret('SPX','2021-11-30','2021-12-31')",
    'americaninvestordaily_20211231_year_end#6': "ret('IXIC','2021-11-30','2021-12-31')",
    'americaninvestordaily_20211231_year_end#7': "ret('SPX','2021-09-30','2021-12-31')",
    'americaninvestordaily_20211231_year_end#8': "ret('SPX','2020-12-31','2021-12-31')",
    'americaninvestordaily_20211231_year_end#9': "ret('IXIC','2020-12-31','2021-12-31')",
    'americaninvestordaily_20211231_year_end#10': "ret('DJI','2020-12-31','2021-12-31')",
    'americaninvestordaily_20211231_year_end#11': "int(2019 if (ret('SPX','2020-12-31','2021-12-31') < ret('SPX','2018-12-31','2019-12-31') and ret('SPX','2020-12-31','2021-12-31') > ret('SPX','2019-12-31','2020-12-31')) else 0)",
    'nyentrepreneur_20231004_best_day_in_3_weeks#0': "chg('DJI','2023-10-04')",
    'nyentrepreneur_20231004_best_day_in_3_weeks#1': "pct('DJI','2023-10-04')",
    'nyentrepreneur_20231004_best_day_in_3_weeks#2': "C('DJI','2023-10-04')",
    'nyentrepreneur_20231004_best_day_in_3_weeks#3': "ret('DJI','2022-12-30','2023-10-04') < 0",
    'nyentrepreneur_20231004_best_day_in_3_weeks#4': "pct('SPX','2023-10-04')",
    'nyentrepreneur_20231004_best_day_in_3_weeks#5': "last_move_as_big('SPX','2023-10-04')",
    'nyentrepreneur_20231004_best_day_in_3_weeks#6': "pct('IXIC','2023-10-04')",
    'nyentrepreneur_20231004_best_day_in_3_weeks#7': "rate('DGS10','2023-10-04')",
    'nyentrepreneur_20231004_best_day_in_3_weeks#8': "yld_chg_bp('2023-10-04')",
    'taymc_20231009_columbus_day_session#0': "pct('SPX','2023-10-09')",
    'taymc_20231009_columbus_day_session#1': "chg('DJI','2023-10-09')",
    'taymc_20231009_columbus_day_session#2': "pct('IXIC','2023-10-09')",
    'wealthprofessional_20240516_dow_touches_40000#0': "H('DJI','2024-05-16')",
    'wealthprofessional_20240516_dow_touches_40000#1': "chg('DJI','2024-05-16')",
    'wealthprofessional_20240516_dow_touches_40000#2': "C('DJI','2024-05-16')",
    'wealthprofessional_20240516_dow_touches_40000#3': "pct('SPX','2024-05-16')",
    'wealthprofessional_20240516_dow_touches_40000#4': "C('SPX','2024-05-16')",
    'wealthprofessional_20240516_dow_touches_40000#5': "C('IXIC','2024-05-16')",
    'wealthprofessional_20240516_dow_touches_40000#6': "bool(C('SPX','2024-05-15') > 5300 and prior_record('SPX','2024-05-15')[1] <= 5300)",
    'wealthprofessional_20240516_dow_touches_40000#7': "ret('DJI','2023-12-29','2024-05-16')",
    'wealthprofessional_20240516_dow_touches_40000#8': "ret('SPX','2023-12-29','2024-05-16')",
    'move2turkey_20250917_fed_cut_mixed_close#0': "chg('DJI','2025-09-17')",
    'move2turkey_20250917_fed_cut_mixed_close#1': "pct('DJI','2025-09-17')",
    'move2turkey_20250917_fed_cut_mixed_close#2': "C('DJI','2025-09-17')",
    'move2turkey_20250917_fed_cut_mixed_close#3': "C('SPX','2025-09-17')",
    'move2turkey_20250917_fed_cut_mixed_close#4': "C('IXIC','2025-09-17')",
    'move2turkey_20250917_fed_cut_mixed_close#5': "r(100*(rate('DFEDTARU','2025-09-17')-rate('DFEDTARU','2025-09-18')),2)",
    'move2turkey_20250917_fed_cut_mixed_close#6': "rate('DFEDTARL','2025-09-18')",
    'shoreunited_20260105_week_jan2#0': "C('DJI','2025-12-31')",
    'shoreunited_20260105_week_jan2#1': "ret('DJI','2025-12-26','2026-01-02')",
    'shoreunited_20260105_week_jan2#2': "ret('IXIC','2025-12-26','2026-01-02')",
    'shoreunited_20260105_week_jan2#3': "C('SPX','2026-01-02')",
    'shoreunited_20260105_week_jan2#4': "ret('SPX','2025-12-26','2026-01-02')",
    'shoreunited_20260105_week_jan2#5': "C('RUT','2026-01-02')",
    'shoreunited_20260105_week_jan2#6': "ret('RUT','2025-12-31','2026-01-02')",
    'shoreunited_20260105_week_jan2#7': "losing_streak_end('SPX','2025-12-31')",
    'shoreunited_20260105_week_jan2#8': "rate('DFEDTARU','2026-01-02')",
    'shoreunited_20260105_week_jan2#9': "rate('DGS10','2026-01-02')",
    'shoreunited_20260105_week_jan2#10': 'None',
    'djnewswires_20260123_sp500_data_talk#0': "pts('SPX','2026-01-16','2026-01-23')",
    'djnewswires_20260123_sp500_data_talk#1': "C('SPX','2026-01-23')",
    'djnewswires_20260123_sp500_data_talk#2': "chg('SPX','2026-01-23')",
    'djnewswires_20260123_sp500_data_talk#3': "up_streak_end('SPX','2026-01-23')",
    'djnewswires_20260123_sp500_data_talk#4': "prior_record('SPX','2026-01-23')",
    'djnewswires_20260123_sp500_data_talk#5': "r(100*(1-C('SPX','2026-01-23')/prior_record('SPX','2026-01-23')[1]))",
    'djnewswires_20260123_sp500_data_talk#6': "C('SPX','2024-11-05')",
    'djnewswires_20260123_sp500_data_talk#7': "ret('SPX','2024-11-05','2026-01-23')",
    'djnewswires_20260123_sp500_data_talk#8': "low_close_in('SPX','2026-01-02','2026-01-23')",
    'djnewswires_20260123_sp500_data_talk#9': "pts('SPX','2025-12-31','2026-01-23')",
}
# RECIPES-END

def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA:
        sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    key = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    for k in key:
        rid = f"{k['passage_id']}#{k['claim_index']}"
        expr = RECIPES.get(rid)
        got = None if expr is None else eval(expr)
        ok = got == k["computed_value"] or (isinstance(got, float) and isinstance(k["computed_value"], (int, float)) and abs(got - k["computed_value"]) < 1e-6)
        if not ok:
            bad += 1
        print(f"{'ok ' if ok else 'BAD'} {rid}: {expr} -> {got}")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad or len(RECIPES) != len(key) else 0)

if __name__ == "__main__":
    main()
