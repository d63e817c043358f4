"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints one line per key record and a last line
"N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
_CACHE = {}
FILES = {"DJI": "DJI.csv", "SPX": "GSPC.csv", "IXIC": "IXIC.csv", "RUT": "RUT.csv",
         "DGS10": "DGS10.csv", "DFEDTAR": "DFEDTAR.csv", "FOMC": "FOMC_meetings.csv"}
DATA_DIR = None


def _df(t):
    if t not in _CACHE:
        _CACHE[t] = pd.read_csv(os.path.join(DATA_DIR, FILES[t]), index_col=0, parse_dates=True)
    return _CACHE[t]


def _s(t):
    return _df(t)["close"].dropna()


def _i(t, d):
    return _s(t).index.get_loc(pd.Timestamp(d))


def r(x, n=4):
    return round(float(x), n)


def close(t, d):
    return r(_s(t).iloc[_i(t, d)], 2)


def high(t, d):
    return r(_df(t)["high"].loc[pd.Timestamp(d)], 2)


def low(t, d):
    return r(_df(t)["low"].loc[pd.Timestamp(d)], 2)


def chg(t, d):
    s = _s(t); i = _i(t, d)
    return r(s.iloc[i] - s.iloc[i - 1], 2)


def pct(t, d):
    s = _s(t); i = _i(t, d)
    return r(100 * (s.iloc[i] / s.iloc[i - 1] - 1), 3)


def _last_close_on_or_before(t, d):
    s = _s(t)
    return s[s.index <= pd.Timestamp(d)].iloc[-1]


def pct_window(t, d0, d1):
    """close of d0 (or last close on/before d0) to close of d1, in percent"""
    return r(100 * (_s(t).iloc[_i(t, d1)] / _last_close_on_or_before(t, d0) - 1), 3)


def pts_window(t, d0, d1):
    return r(_s(t).iloc[_i(t, d1)] - _last_close_on_or_before(t, d0), 2)


def ytd_pct(t, d):
    return pct_window(t, f"{pd.Timestamp(d).year - 1}-12-31", d)


def ytd_pts(t, d):
    return pts_window(t, f"{pd.Timestamp(d).year - 1}-12-31", d)


def mtd_pct(t, d):
    ts = pd.Timestamp(d)
    return pct_window(t, (ts.replace(day=1) - pd.Timedelta(days=1)).strftime("%Y-%m-%d"), d)


def wtd_base(t, d):
    """last close of the previous calendar week"""
    ts = pd.Timestamp(d)
    monday = ts - pd.Timedelta(days=ts.weekday())
    return (monday - pd.Timedelta(days=1)).strftime("%Y-%m-%d")


def week_pct(t, d):
    return pct_window(t, wtd_base(t, d), d)


def week_pts(t, d):
    return pts_window(t, wtd_base(t, d), d)


def highest_close_since(t, d):
    """last earlier session whose close is >= the close of d"""
    s = _s(t); i = _i(t, d); v = s.iloc[i]
    prev = s.iloc[:i]
    hit = prev[prev >= v]
    return hit.index[-1].strftime("%Y-%m-%d") if len(hit) else None


def lowest_close_since(t, d):
    s = _s(t); i = _i(t, d); v = s.iloc[i]
    prev = s.iloc[:i]
    hit = prev[prev <= v]
    return hit.index[-1].strftime("%Y-%m-%d") if len(hit) else None


def last_gain_as_big(t, d, kind="pct"):
    """last earlier session with an up move at least as large (pct or points)"""
    s = _s(t)
    mv = (s.pct_change() * 100) if kind == "pct" else s.diff()
    i = _i(t, d); v = mv.iloc[i]
    prev = mv.iloc[:i]
    hit = prev[prev >= v]
    return hit.index[-1].strftime("%Y-%m-%d") if len(hit) else None


def last_drop_as_big(t, d, kind="pts"):
    s = _s(t)
    mv = (s.pct_change() * 100) if kind == "pct" else s.diff()
    i = _i(t, d); v = mv.iloc[i]
    prev = mv.iloc[:i]
    hit = prev[prev <= v]
    return hit.index[-1].strftime("%Y-%m-%d") if len(hit) else None


def record_close_before(t, d):
    """[date, close] of the highest close up to and including d"""
    s = _s(t)
    s = s[s.index <= pd.Timestamp(d)]
    return [s.idxmax().strftime("%Y-%m-%d"), r(s.max(), 2)]


def pct_below(t, d, ref_level):
    return r(100 * (1 - _s(t).iloc[_i(t, d)] / ref_level), 3)


def level_pct_below(level, ref_level):
    return r(100 * (1 - level / ref_level), 3)


def down_streak_before(t, d):
    """number of consecutive down closes ending at d"""
    s = _s(t).diff(); i = _i(t, d); n = 0
    while s.iloc[i - n] < 0:
        n += 1
    return n


def up_streak_before(t, d):
    s = _s(t).diff(); i = _i(t, d); n = 0
    while s.iloc[i - n] > 0:
        n += 1
    return n


def count_big_moves(t, d, n_sessions, threshold, include_d=True):
    s = _s(t).diff(); i = _i(t, d)
    end = i + 1 if include_d else i
    w = s.iloc[end - n_sessions:end]
    return int((w.abs() >= threshold).sum())


def count_up_days(t, d, n_sessions):
    s = _s(t).diff(); i = _i(t, d)
    return int((s.iloc[i + 1 - n_sessions:i + 1] > 0).sum())


def weekly_point_change_rank(t, week_end):
    """rank (1 = biggest drop) of the Friday-to-Friday point change of the week ending week_end
    among all weeks in the file up to that week"""
    s = _s(t)
    s = s[s.index <= pd.Timestamp(week_end)]
    w = s.resample("W-FRI").last().dropna().diff().dropna()
    v = w.loc[pd.Timestamp(week_end)]
    return int((w <= v).sum())


def week_change_pts(t, week_end):
    s = _s(t)
    w = s[s.index <= pd.Timestamp(week_end)].resample("W-FRI").last().dropna().diff()
    return r(w.loc[pd.Timestamp(week_end)], 2)


def sma(t, d, n):
    s = _s(t); i = _i(t, d)
    return r(s.iloc[i + 1 - n:i + 1].mean(), 2)


def quarter_returns(t):
    s = _s(t)
    q = s.resample("QE").last()
    return q.pct_change() * 100


def quarter_pct(t, qend):
    return r(quarter_returns(t).loc[pd.Timestamp(qend)], 3)


def q3_rank(t, qend, years):
    """rank (1 = worst) of the third quarter ending qend among the third quarters of the last `years` years"""
    q = quarter_returns(t)
    q3 = q[(q.index.month == 9) & (q.index.year > pd.Timestamp(qend).year - years)
           & (q.index <= pd.Timestamp(qend))]
    return int((q3 <= q3.loc[pd.Timestamp(qend)]).sum())


def any_quarter_rank(t, qend, years):
    q = quarter_returns(t)
    w = q[(q.index.year > pd.Timestamp(qend).year - years) & (q.index <= pd.Timestamp(qend))]
    return int((w <= w.loc[pd.Timestamp(qend)]).sum())


def month_pct(t, month_end):
    s = _s(t)
    m = s.resample("ME").last().pct_change() * 100
    return r(m.loc[pd.Timestamp(month_end)], 3)


def last_september_as_bad(t, month_end):
    """last earlier September with a month return <= that of month_end"""
    s = _s(t)
    m = s.resample("ME").last().pct_change() * 100
    v = m.loc[pd.Timestamp(month_end)]
    prev = m[(m.index < pd.Timestamp(month_end)) & (m.index.month == 9)]
    hit = prev[prev <= v]
    return hit.index[-1].strftime("%Y-%m") if len(hit) else None


def months_with_negative_average(t, first_year, last_year):
    s = _s(t)
    m = s.resample("ME").last().pct_change() * 100
    m = m[(m.index.year >= first_year) & (m.index.year <= last_year)]
    avg = m.groupby(m.index.month).mean()
    return [int(k) for k, v in avg.items() if v < 0]


def months_with_lowest_average(t, first_year, last_year):
    s = _s(t)
    m = s.resample("ME").last().pct_change() * 100
    m = m[(m.index.year >= first_year) & (m.index.year <= last_year)]
    avg = m.groupby(m.index.month).mean()
    return [int(avg.idxmin()), r(avg.min(), 3)]


def quarter_worst_since(t, qend):
    """last earlier quarter with a return <= that of qend, as YYYY-Qn"""
    q = quarter_returns(t)
    v = q.loc[pd.Timestamp(qend)]
    prev = q[(q.index < pd.Timestamp(qend))]
    hit = prev[prev <= v]
    if not len(hit):
        return None
    x = hit.index[-1]
    return f"{x.year}-Q{(x.month - 1) // 3 + 1}"


def two_day_pct(t, d):
    s = _s(t); i = _i(t, d)
    return r(100 * (s.iloc[i] / s.iloc[i - 2] - 1), 3)


def last_two_day_as_big(t, d):
    s = _s(t)
    m = (s / s.shift(2) - 1) * 100
    i = _i(t, d); v = m.iloc[i]
    prev = m.iloc[:i - 1]
    hit = prev[prev >= v]
    return hit.index[-1].strftime("%Y-%m-%d") if len(hit) else None


def sessions_without_back_to_back_gains(t, d):
    """number of sessions before d in which no two consecutive closes were both up"""
    up = (_s(t).diff() > 0)
    i = _i(t, d) - 1
    n = 0
    while not (up.iloc[i] and up.iloc[i - 1]):
        n += 1
        i -= 1
    return n


def rate(series, d):
    s = _df(series)["value"].dropna()
    return r(s[s.index <= pd.Timestamp(d)].iloc[-1], 2)


def fed_changes(first, last, direction):
    """number of DFEDTAR changes in direction (+1 hikes, -1 cuts) with effective date in [first, last]"""
    s = _df("DFEDTAR")["value"]
    dd = s.diff()
    dd = dd[(dd.index >= pd.Timestamp(first)) & (dd.index <= pd.Timestamp(last))]
    return int((dd > 0).sum() if direction > 0 else (dd < 0).sum())


def last_fed_cut_before(d):
    s = _df("DFEDTAR")["value"]
    dd = s.diff()
    dd = dd[(dd < 0) & (dd.index < pd.Timestamp(d))]
    return dd.index[-1].strftime("%Y-%m-%d")


def last_date_rate_at_or_below(d, level):
    """last day before d on which DFEDTAR was <= level"""
    s = _df("DFEDTAR")["value"]
    s = s[(s.index < pd.Timestamp(d)) & (s <= level)]
    return s.index[-1].strftime("%Y-%m-%d")


def fomc_decision_days(first, last):
    f = _df("FOMC")
    return [x.strftime("%Y-%m-%d") for x in f.index if pd.Timestamp(first) <= x <= pd.Timestamp(last)]


# (passage_id, claim_index) -> expression. None means nothing in the files computes it.
RECIPES = {
    # 1 starbulletin 1999-02-01
    ("starbulletin_19990201_nasdaq_third_record", 0): 'chg("DJI","1999-02-01")',
    ("starbulletin_19990201_nasdaq_third_record", 1): 'close("DJI","1999-02-01")',
    ("starbulletin_19990201_nasdaq_third_record", 2): '[pct("DJI","1999-01-28"), pct("DJI","1999-01-29")]',
    ("starbulletin_19990201_nasdaq_third_record", 3): 'high("DJI","1999-02-01")',
    ("starbulletin_19990201_nasdaq_third_record", 4): 'r(high("DJI","1999-02-01") - close("DJI","1999-01-29"), 2)',
    ("starbulletin_19990201_nasdaq_third_record", 5): 'chg("SPX","1999-02-01")',
    ("starbulletin_19990201_nasdaq_third_record", 6): 'close("SPX","1999-02-01")',
    ("starbulletin_19990201_nasdaq_third_record", 7): 'chg("IXIC","1999-02-01")',
    ("starbulletin_19990201_nasdaq_third_record", 8): 'close("IXIC","1999-02-01")',
    ("starbulletin_19990201_nasdaq_third_record", 9): '[record_close_before("IXIC", d) for d in ("1999-01-28","1999-01-29","1999-02-01")]',
    ("starbulletin_19990201_nasdaq_third_record", 10): 'chg("RUT","1999-02-01")',
    ("starbulletin_19990201_nasdaq_third_record", 11): 'close("RUT","1999-02-01")',
    ("starbulletin_19990201_nasdaq_third_record", 12): None,
    # 2 kitsapsun 2000-01-28
    ("kitsapsun_20000129_inflation_fears_year_lows", 0): 'chg("DJI","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 1): 'pct("DJI","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 2): 'close("DJI","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 3): 'week_pts("DJI","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 4): 'lowest_close_since("DJI","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 5): 'chg("IXIC","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 6): 'pct("IXIC","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 7): 'close("IXIC","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 8): 'int((_s("IXIC").diff()[_s("IXIC").index <= pd.Timestamp("2000-01-28")].round(2) <= chg("IXIC","2000-01-28")).sum())',
    ("kitsapsun_20000129_inflation_fears_year_lows", 9): 'record_close_before("IXIC","2000-01-21")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 10): 'week_pts("IXIC","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 11): 'chg("SPX","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 12): 'close("SPX","2000-01-28")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 13): 'fed_changes("1999-06-01","2000-01-28", +1)',
    ("kitsapsun_20000129_inflation_fears_year_lows", 14): 'fomc_decision_days("2000-01-29","2000-02-05")',
    # 3 cnet 2000-09-19
    ("cnet_20000919_nasdaq_blasts_off", 0): 'chg("IXIC","2000-09-19")',
    ("cnet_20000919_nasdaq_blasts_off", 1): 'pct("IXIC","2000-09-19")',
    ("cnet_20000919_nasdaq_blasts_off", 2): 'close("IXIC","2000-09-19")',
    ("cnet_20000919_nasdaq_blasts_off", 3): 'chg("SPX","2000-09-19")',
    ("cnet_20000919_nasdaq_blasts_off", 4): 'close("SPX","2000-09-19")',
    ("cnet_20000919_nasdaq_blasts_off", 5): 'chg("DJI","2000-09-19")',
    ("cnet_20000919_nasdaq_blasts_off", 6): 'close("DJI","2000-09-19")',
    ("cnet_20000919_nasdaq_blasts_off", 7): 'mtd_pct("IXIC","2000-09-18")',
    ("cnet_20000919_nasdaq_blasts_off", 8): 'mtd_pct("DJI","2000-09-18")',
    # 4 heraldnet 2000-10-31
    ("heraldnet_20001031_tech_rally_tax_year_end", 0): 'pct("IXIC","2000-10-31")',
    ("heraldnet_20001031_tech_rally_tax_year_end", 1): 'pts_window("DJI","2000-10-27","2000-10-31")',
    ("heraldnet_20001031_tech_rally_tax_year_end", 2): 'high("DJI","2000-10-31")',
    ("heraldnet_20001031_tech_rally_tax_year_end", 3): 'pct("DJI","2000-10-31")',
    ("heraldnet_20001031_tech_rally_tax_year_end", 4): 'chg("IXIC","2000-10-31")',
    ("heraldnet_20001031_tech_rally_tax_year_end", 5): 'close("IXIC","2000-10-31")',
    ("heraldnet_20001031_tech_rally_tax_year_end", 6): 'chg("SPX","2000-10-31")',
    ("heraldnet_20001031_tech_rally_tax_year_end", 7): 'close("SPX","2000-10-31")',
    ("heraldnet_20001031_tech_rally_tax_year_end", 8): 'chg("DJI","2000-10-31")',
    ("heraldnet_20001031_tech_rally_tax_year_end", 9): 'close("DJI","2000-10-31")',
    # 5 washtimes 2001-03-22
    ("washtimes_20010323_dow_bear_territory_intraday", 0): 'chg("DJI","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 1): 'count_big_moves("DJI","2001-03-22",9,100)',
    ("washtimes_20010323_dow_bear_territory_intraday", 2): '[close("DJI","2001-03-22"), low("DJI","2001-03-22"), high("DJI","2001-03-22")]',
    ("washtimes_20010323_dow_bear_territory_intraday", 3): 'level_pct_below(9379, 11722.98)',
    ("washtimes_20010323_dow_bear_territory_intraday", 4): 'record_close_before("DJI","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 5): 'r(close("DJI","2001-03-21") - low("DJI","2001-03-22"), 2)',
    ("washtimes_20010323_dow_bear_territory_intraday", 6): 'chg("DJI","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 7): 'close("DJI","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 8): '[week_change_pts("DJI","2001-03-16"), weekly_point_change_rank("DJI","2001-03-16")]',
    ("washtimes_20010323_dow_bear_territory_intraday", 9): 'pts_window("DJI","2001-03-08","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 10): 'pct_window("DJI","2001-03-08","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 11): 'pct_below("IXIC","2001-03-22", record_close_before("IXIC","2001-03-22")[1])',
    ("washtimes_20010323_dow_bear_territory_intraday", 12): 'record_close_before("IXIC","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 13): 'chg("IXIC","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 14): 'close("IXIC","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 15): 'chg("SPX","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 16): 'close("SPX","2001-03-22")',
    ("washtimes_20010323_dow_bear_territory_intraday", 17): '[record_close_before("SPX","2001-03-22"), pct_below("SPX","2001-03-22", record_close_before("SPX","2001-03-22")[1])]',
    # 6 businessweek 2002-10-08 (Stovall)
    ("businessweek_20021008_september_selloffs", 0): 'quarter_pct("SPX","2002-09-30")',
    ("businessweek_20021008_september_selloffs", 1): 'q3_rank("SPX","2002-09-30",50)',
    ("businessweek_20021008_september_selloffs", 2): 'any_quarter_rank("SPX","2002-09-30",50)',
    ("businessweek_20021008_september_selloffs", 3): 'month_pct("SPX","2002-09-30")',
    ("businessweek_20021008_september_selloffs", 4): 'last_september_as_bad("SPX","2002-09-30")',
    ("businessweek_20021008_september_selloffs", 5): 'months_with_negative_average("SPX",1972,2001)',
    # 7 latimes 2003-02-18
    ("latimes_20030219_nasdaq_back_in_black", 0): 'up_streak_before("SPX","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 1): '[week_pct(t,"2003-02-14") for t in ("DJI","SPX","IXIC")] + [[week_pct(t, x) for t in ("DJI","SPX","IXIC")] for x in ("2003-01-17","2003-01-24","2003-01-31","2003-02-07")]',
    ("latimes_20030219_nasdaq_back_in_black", 2): 'chg("DJI","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 3): 'pct("DJI","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 4): 'close("DJI","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 5): 'chg("SPX","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 6): 'pct("SPX","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 7): 'close("SPX","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 8): 'chg("IXIC","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 9): 'pct("IXIC","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 10): 'close("IXIC","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 11): 'ytd_pct("IXIC","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 12): 'ytd_pct("DJI","2003-02-18")',
    ("latimes_20030219_nasdaq_back_in_black", 13): 'ytd_pct("SPX","2003-02-18")',
    # 8 thestreet 2004-04-19
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 0): 'last_gain_as_big("IXIC","2004-04-19","pts")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 1): 'chg("IXIC","2004-04-19")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 2): 'pct("IXIC","2004-04-19")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 3): 'close("IXIC","2004-04-19")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 4): 'chg("DJI","2004-04-19")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 5): 'pct("DJI","2004-04-19")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 6): 'close("DJI","2004-04-19")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 7): 'chg("SPX","2004-04-19")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 8): 'pct("SPX","2004-04-19")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 9): 'close("SPX","2004-04-19")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 10): 'rate("DGS10","2004-04-19")',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 11): '[sma("IXIC","2004-04-19",50), close("IXIC","2004-04-19")]',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 12): 'ytd_pct("IXIC","2004-04-19")',
    # 9 foxnews 2005-07-12
    ("foxnews_20050712_nasdaq_six_month_high", 0): 'highest_close_since("IXIC","2005-07-12")',
    ("foxnews_20050712_nasdaq_six_month_high", 1): 'chg("IXIC","2005-07-12")',
    ("foxnews_20050712_nasdaq_six_month_high", 2): 'pct("IXIC","2005-07-12")',
    ("foxnews_20050712_nasdaq_six_month_high", 3): 'close("IXIC","2005-07-12")',
    ("foxnews_20050712_nasdaq_six_month_high", 4): 'chg("SPX","2005-07-12")',
    ("foxnews_20050712_nasdaq_six_month_high", 5): 'pct("SPX","2005-07-12")',
    ("foxnews_20050712_nasdaq_six_month_high", 6): 'close("SPX","2005-07-12")',
    ("foxnews_20050712_nasdaq_six_month_high", 7): 'chg("DJI","2005-07-12")',
    ("foxnews_20050712_nasdaq_six_month_high", 8): 'pct("DJI","2005-07-12")',
    ("foxnews_20050712_nasdaq_six_month_high", 9): 'close("DJI","2005-07-12")',
    ("foxnews_20050712_nasdaq_six_month_high", 10): 'up_streak_before("DJI","2005-07-11")',
    # 10 spokesman 2005-09-06
    ("spokesman_20050907_oil_relief_rally", 0): 'chg("DJI","2005-09-06")',
    ("spokesman_20050907_oil_relief_rally", 1): 'pct("DJI","2005-09-06")',
    ("spokesman_20050907_oil_relief_rally", 2): 'close("DJI","2005-09-06")',
    ("spokesman_20050907_oil_relief_rally", 3): 'last_gain_as_big("DJI","2005-09-06","pts")',
    ("spokesman_20050907_oil_relief_rally", 4): 'chg("SPX","2005-09-06")',
    ("spokesman_20050907_oil_relief_rally", 5): 'pct("SPX","2005-09-06")',
    ("spokesman_20050907_oil_relief_rally", 6): 'close("SPX","2005-09-06")',
    ("spokesman_20050907_oil_relief_rally", 7): 'last_gain_as_big("SPX","2005-09-06","pct")',
    ("spokesman_20050907_oil_relief_rally", 8): 'chg("IXIC","2005-09-06")',
    ("spokesman_20050907_oil_relief_rally", 9): 'pct("IXIC","2005-09-06")',
    ("spokesman_20050907_oil_relief_rally", 10): 'close("IXIC","2005-09-06")',
    ("spokesman_20050907_oil_relief_rally", 11): 'last_gain_as_big("IXIC","2005-09-06","pts")',
    ("spokesman_20050907_oil_relief_rally", 12): '[rate("DGS10","2005-09-06"), rate("DGS10","2005-09-02")]',
    # 11 washingtonpost 2006-06-06
    ("washingtonpost_20060606_dow_worst_close_since_march", 0): '[down_streak_before("SPX","2006-06-06"), down_streak_before("DJI","2006-06-06")]',
    ("washingtonpost_20060606_dow_worst_close_since_march", 1): 'lowest_close_since("DJI","2006-06-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 2): '[chg("DJI","2006-06-06"), r(close("DJI","2006-06-05") - low("DJI","2006-06-06"), 2)]',
    ("washingtonpost_20060606_dow_worst_close_since_march", 3): 'chg("DJI","2006-06-05")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 4): 'fed_changes("2004-06-01","2006-06-06", +1)',
    ("washingtonpost_20060606_dow_worst_close_since_march", 5): 'rate("DFEDTAR","2006-06-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 6): 'chg("DJI","2006-06-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 7): 'pct("DJI","2006-06-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 8): 'close("DJI","2006-06-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 9): 'pct("DJI","2006-06-05")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 10): 'chg("SPX","2006-06-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 11): 'close("SPX","2006-06-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 12): 'chg("IXIC","2006-06-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 13): 'close("IXIC","2006-06-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 14): '[rate("DGS10","2006-06-06"), rate("DGS10","2006-06-05")]',
    # 12 ibtimes 2007-09-18
    ("ibtimes_20070918_fed_half_point_cut_rally", 0): '[rate("DFEDTAR","2007-09-17"), rate("DFEDTAR","2007-09-18")]',
    ("ibtimes_20070918_fed_half_point_cut_rally", 1): 'last_fed_cut_before("2007-09-18")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 2): 'last_gain_as_big("SPX","2007-09-18","pct")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 3): 'chg("DJI","2007-09-18")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 4): 'pct("DJI","2007-09-18")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 5): 'close("DJI","2007-09-18")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 6): 'chg("SPX","2007-09-18")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 7): 'pct("SPX","2007-09-18")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 8): 'close("SPX","2007-09-18")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 9): 'chg("IXIC","2007-09-18")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 10): 'pct("IXIC","2007-09-18")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 11): 'close("IXIC","2007-09-18")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 12): 'last_date_rate_at_or_below("2007-09-18", 4.75)',
    # 13 bizjournals 2007-11-28
    ("bizjournals_20071128_rate_cut_hopes_rally", 0): 'pct("SPX","2007-11-27")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 1): 'pct("SPX","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 2): 'two_day_pct("SPX","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 3): 'last_two_day_as_big("SPX","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 4): 'chg("DJI","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 5): 'pct("DJI","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 6): 'close("DJI","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 7): 'chg("IXIC","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 8): 'pct("IXIC","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 9): 'close("IXIC","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 10): 'sessions_without_back_to_back_gains("SPX","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 11): 'mtd_pct("SPX","2007-11-28")',
    ("bizjournals_20071128_rate_cut_hopes_rally", 12): 'fomc_decision_days("2007-10-29","2007-12-31")',
    # 14 starbulletin 2008-12-08
    ("starbulletin_20081209_obama_infrastructure_rally", 0): 'chg("DJI","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 1): 'pts_window("DJI","2008-12-04","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 2): '[count_up_days("DJI","2008-12-08",11), count_up_days("SPX","2008-12-08",11)]',
    ("starbulletin_20081209_obama_infrastructure_rally", 3): 'pct("DJI","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 4): 'close("DJI","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 5): '[highest_close_since("DJI","2008-12-08"), close("DJI","2008-11-07")]',
    ("starbulletin_20081209_obama_infrastructure_rally", 6): 'chg("DJI","2008-12-05")',
    ("starbulletin_20081209_obama_infrastructure_rally", 7): 'mtd_pct("DJI","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 8): 'chg("SPX","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 9): 'pct("SPX","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 10): 'close("SPX","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 11): 'chg("IXIC","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 12): 'pct("IXIC","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 13): 'close("IXIC","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 14): 'chg("RUT","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 15): 'pct("RUT","2008-12-08")',
    ("starbulletin_20081209_obama_infrastructure_rally", 16): 'close("RUT","2008-12-08")',
    # 15 cnbc 2012-10-26
    ("cnbc_20121026_indexes_fared_friday", 0): 'chg("DJI","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 1): 'pct("DJI","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 2): 'close("DJI","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 3): 'chg("SPX","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 4): 'pct("SPX","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 5): 'close("SPX","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 6): 'chg("IXIC","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 7): 'pct("IXIC","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 8): 'close("IXIC","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 9): 'week_pts("DJI","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 10): 'week_pct("DJI","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 11): 'week_pts("SPX","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 12): 'week_pct("SPX","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 13): 'week_pts("IXIC","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 14): 'week_pct("IXIC","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 15): 'ytd_pts("DJI","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 16): 'ytd_pct("DJI","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 17): 'ytd_pts("SPX","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 18): 'ytd_pct("SPX","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 19): 'ytd_pts("IXIC","2012-10-26")',
    ("cnbc_20121026_indexes_fared_friday", 20): 'ytd_pct("IXIC","2012-10-26")',
    # 16 baltimoresun 1998-09-30
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 0): '[quarter_worst_since("SPX","1998-09-30"), quarter_worst_since("IXIC","1998-09-30")]',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 1): 'chg("DJI","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 2): 'pct("DJI","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 3): 'close("DJI","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 4): 'chg("SPX","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 5): 'pct("SPX","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 6): 'close("SPX","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 7): 'chg("IXIC","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 8): 'pct("IXIC","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 9): 'close("IXIC","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 10): 'pts_window("DJI","1998-06-30","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 11): 'pct_window("DJI","1998-06-30","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 12): 'pct_window("SPX","1998-06-30","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 13): 'pct_window("IXIC","1998-06-30","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 14): 'ytd_pct("DJI","1998-07-17")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 15): 'ytd_pct("DJI","1998-08-31")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 16): 'ytd_pct("DJI","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 17): 'chg("RUT","1998-09-30")',
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 18): 'close("RUT","1998-09-30")',
    ("kitsapsun_20000129_inflation_fears_year_lows", 15): None,
    ("cnet_20000919_nasdaq_blasts_off", 9): None,
    ("cnet_20000919_nasdaq_blasts_off", 10): None,
    ("heraldnet_20001031_tech_rally_tax_year_end", 10): None,
    ("businessweek_20021008_september_selloffs", 6): 'months_with_lowest_average("SPX",1972,2001)',
    ("latimes_20030219_nasdaq_back_in_black", 14): '[r(_s("IXIC")["2003-02-03":"2003-02-14"].max(), 2), close("IXIC","2002-12-31")]',
    ("thestreet_20040419_nasdaq_best_in_two_weeks", 13): None,
    ("spokesman_20050907_oil_relief_rally", 13): 'chg("DJI","2005-09-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 15): 'chg("DJI","2006-06-05")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 16): 'pct("SPX","2006-06-06")',
    ("washingtonpost_20060606_dow_worst_close_since_march", 17): 'pct("IXIC","2006-06-06")',
    ("ibtimes_20070918_fed_half_point_cut_rally", 13): None,
    ("bizjournals_20071128_rate_cut_hopes_rally", 13): 'r(rate("DFEDTAR","2007-10-31") - rate("DFEDTAR","2007-10-30"), 2)',
    ("bizjournals_20071128_rate_cut_hopes_rally", 14): None,
    ("starbulletin_20081209_obama_infrastructure_rally", 17): 'chg("DJI","2008-12-08")',
    ("cnbc_20121026_indexes_fared_friday", 21): None,
    ("baltimoresun_19981001_worst_quarter_in_eight_years", 19): 'chg("DJI","1998-09-30")',
}


def compute(expr):
    return None if expr is None else eval(expr)


def _same(a, b):
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) <= 1e-6
    return a == b


def main():
    global DATA_DIR
    DATA_DIR = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA_DIR:
        sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    key_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    recs = [json.loads(l) for l in open(key_path) if l.strip()]
    bad = 0
    for k in recs:
        expr = RECIPES.get((k["passage_id"], k["claim_index"]), "MISSING")
        if expr == "MISSING":
            print("NO RECIPE", k["passage_id"], k["claim_index"]); bad += 1; continue
        v = json.loads(json.dumps(compute(expr)))
        ok = _same(v, k["computed_value"])
        bad += 0 if ok else 1
        print(("ok  " if ok else "BAD ") + f'{k["passage_id"]}#{k["claim_index"]}: {v}' + ("" if ok else f' (key: {k["computed_value"]})'))
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
