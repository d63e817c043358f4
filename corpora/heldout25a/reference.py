"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Needs pandas. Exits 1 on any mismatch.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = None
_CACHE = {}
FILES = {"RUT": "RUT", "SPX": "GSPC", "DJI": "DJI", "IXIC": "IXIC", "IWM": "IWM", "SPY": "SPY"}


def load(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, FILES.get(t, t) + ".csv"), parse_dates=["date"])
        _CACHE[t] = df.set_index("date").sort_index()
    return _CACHE[t]


def _ts(d):
    return pd.Timestamp(d)


def close(t, d):
    """Close of the last session on or before d."""
    return float(load(t).close[: _ts(d)].iloc[-1])


def pct_change(t, a, b):
    """Close-to-close change in percent from the close of a to the close of b."""
    return (close(t, b) / close(t, a) - 1) * 100


def ytd(t, d):
    d = _ts(d)
    c = load(t).close
    prev = c[c.index < pd.Timestamp(d.year, 1, 1)].iloc[-1]
    return (float(c[:d].iloc[-1]) / float(prev) - 1) * 100


def _prev_close(t, d):
    c = load(t).close
    i = c.index.get_loc(_ts(d))
    return float(c.iloc[i - 1])


def day_pts(t, d):
    return close(t, d) - _prev_close(t, d)


def day_pct(t, d):
    return (close(t, d) / _prev_close(t, d) - 1) * 100


def pct_below_max(t, d, ref=None):
    """Percent below the highest close up to d (or below the close of ref if given)."""
    c = load(t).close[: _ts(d)]
    top = float(c.loc[_ts(ref)]) if ref else float(c.max())
    return (1 - float(c.iloc[-1]) / top) * 100


def max_close_date(t, a, b):
    return load(t).close[_ts(a): _ts(b)].idxmax().strftime("%Y-%m-%d")


def min_close_date(t, a, b):
    return load(t).close[_ts(a): _ts(b)].idxmin().strftime("%Y-%m-%d")


def is_record_close(t, d):
    c = load(t).close
    return bool(float(c.loc[_ts(d)]) > float(c[c.index < _ts(d)].max()))


def last_close_at_least(t, level, before):
    c = load(t).close
    c = c[c.index < _ts(before)]
    return c[c >= level].index[-1].strftime("%Y-%m-%d")


def _moves(t):
    return load(t).close.pct_change() * 100


def last_move_at_least(t, d):
    """Last session before d with a percent gain at least as large as d's."""
    m = _moves(t)
    x = m.loc[_ts(d)]
    m = m[m.index < _ts(d)]
    return m[m >= x].index[-1].strftime("%Y-%m-%d")


def rel_move(t1, t2, d):
    """Percent move of t1 minus percent move of t2 on session d (percentage points)."""
    return float(_moves(t1).loc[_ts(d)] - _moves(t2).loc[_ts(d)])


def last_rel_at_least(t1, t2, d):
    r = _moves(t1) - _moves(t2)
    x = r.loc[_ts(d)]
    r = r[r.index < _ts(d)].dropna()
    return r[r >= x].index[-1].strftime("%Y-%m-%d")


def down_streak_before(t, d):
    """Number of consecutive lower closes ending on the session before d."""
    m = _moves(t)
    m = m[m.index < _ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def ratio_peak_date(t1, t2, a, b):
    r = (load(t1).close / load(t2).close)[_ts(a): _ts(b)].dropna()
    return r.idxmax().strftime("%Y-%m-%d")


def ratio_share_by(t1, t2, a, mid, peak):
    """Share (percent) of the rise of the t1/t2 ratio from a to peak that was done by mid."""
    r = (load(t1).close / load(t2).close).dropna()
    ra, rm, rp = r.loc[_ts(a)], r.loc[_ts(mid)], r.loc[_ts(peak)]
    return float((rm - ra) / (rp - ra) * 100)


def q1_return(t, y):
    return pct_change(t, f"{y - 1}-12-31", f"{y}-03-31")


def last_q1_at_most(t, y):
    """Last year before y whose first-quarter price return was at most year y's."""
    x = q1_return(t, y)
    first = load(t).index[0].year + 1
    for yy in range(y - 1, first - 1, -1):
        if q1_return(t, yy) <= x:
            return yy
    return None


def fed_upper_change(d):
    """Change of the target-range upper bound effective the day after decision day d."""
    u = pd.read_csv(os.path.join(DATA, "DFEDTARU.csv"), parse_dates=["date"]).set_index("date").value
    d = _ts(d)
    return round(float(u.loc[d + pd.Timedelta(days=1)] - u.loc[d]), 4)


def fomc_decision_day(d):
    f = pd.read_csv(os.path.join(DATA, "FOMC_meetings.csv"))
    return bool((f.date == d).any())


def last_fomc_hike_before(d):
    f = pd.read_csv(os.path.join(DATA, "FOMC_meetings.csv"))
    hikes = [x for x in f.date if '2008-12-16' <= x < d and fed_upper_change(x) > 0]
    return hikes[-1]


def r(v, nd=4):
    if isinstance(v, float):
        return round(v, nd)
    return v


RECIPES = {
    # advisorperspectives_20160406_royce_q1_small_caps
    ("advisorperspectives_20160406_royce_q1_small_caps", 0): None,
    ("advisorperspectives_20160406_royce_q1_small_caps", 1): "r(pct_change('RUT','2015-12-31','2016-02-11'))",
    ("advisorperspectives_20160406_royce_q1_small_caps", 2): "min_close_date('RUT','2016-01-01','2016-03-31')",
    ("advisorperspectives_20160406_royce_q1_small_caps", 3): "r(pct_change('RUT','2016-02-11','2016-03-31'))",
    ("advisorperspectives_20160406_royce_q1_small_caps", 4): "max_close_date('RUT','2014-01-01','2016-02-11')",
    ("advisorperspectives_20160406_royce_q1_small_caps", 5): "r(pct_change('RUT','2015-06-23','2016-02-11'))",
    ("advisorperspectives_20160406_royce_q1_small_caps", 6): None,
    ("advisorperspectives_20160406_royce_q1_small_caps", 7): None,
    ("advisorperspectives_20160406_royce_q1_small_caps", 8): None,
    # ft_20170321_small_caps_give_up_ytd
    ("ft_20170321_small_caps_give_up_ytd", 0): "r(day_pct('RUT','2017-03-21'))",
    ("ft_20170321_small_caps_give_up_ytd", 1): "r(day_pct('SPX','2017-03-21'))",
    ("ft_20170321_small_caps_give_up_ytd", 2): "r(ytd('RUT','2017-03-21'))",
    ("ft_20170321_small_caps_give_up_ytd", 3): "r(ytd('RUT','2017-03-01'))",
    ("ft_20170321_small_caps_give_up_ytd", 4): "r(pct_change('RUT','2016-11-08','2016-12-30'))",
    # ftserussell_201706_trump_trade_small_cap_cycle
    ("ftserussell_201706_trump_trade_small_cap_cycle", 0): "r(pct_change('RUT','2016-11-08','2016-12-30'))",
    ("ftserussell_201706_trump_trade_small_cap_cycle", 1): None,
    ("ftserussell_201706_trump_trade_small_cap_cycle", 2): "r(pct_change('RUT','2016-11-08','2016-12-30') - pct_change('SPX','2016-11-08','2016-12-30'))",
    # etfdailynews_20190219_small_cap_rally_historic
    ("etfdailynews_20190219_small_cap_rally_historic", 0): "r(ytd('RUT','2019-02-15'))",
    ("etfdailynews_20190219_small_cap_rally_historic", 1): None,
    ("etfdailynews_20190219_small_cap_rally_historic", 2): None,
    ("etfdailynews_20190219_small_cap_rally_historic", 3): None,
    ("etfdailynews_20190219_small_cap_rally_historic", 4): "r(pct_below_max('RUT','2018-12-24'))",
    ("etfdailynews_20190219_small_cap_rally_historic", 5): "r(pct_change('RUT','2018-12-24','2019-02-15'))",
    ("etfdailynews_20190219_small_cap_rally_historic", 6): None,
    # newser_20201215_small_caps_record_streak_snapped
    ("newser_20201215_small_caps_record_streak_snapped", 0): "down_streak_before('SPX','2020-12-15')",
    ("newser_20201215_small_caps_record_streak_snapped", 1): "is_record_close('RUT','2020-12-15')",
    ("newser_20201215_small_caps_record_streak_snapped", 2): "is_record_close('IXIC','2020-12-15')",
    ("newser_20201215_small_caps_record_streak_snapped", 3): "r(day_pts('SPX','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 4): "r(day_pct('SPX','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 5): "r(close('SPX','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 6): "r(day_pts('DJI','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 7): "r(day_pct('DJI','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 8): "r(close('DJI','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 9): "r(day_pts('IXIC','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 10): "r(day_pct('IXIC','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 11): "r(close('IXIC','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 12): "r(day_pts('RUT','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 13): "r(day_pct('RUT','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 14): "r(close('RUT','2020-12-15'))",
    ("newser_20201215_small_caps_record_streak_snapped", 15): "max_close_date('SPX','1927-01-01','2020-12-14')",
    # inkl_202102_ibd_small_caps_wild_january
    ("inkl_202102_ibd_small_caps_wild_january", 0): "is_record_close('SPX', max_close_date('SPX','2021-01-04','2021-01-29'))",
    ("inkl_202102_ibd_small_caps_wild_january", 1): "r(pct_change('SPX','2020-12-31','2021-01-29'))",
    ("inkl_202102_ibd_small_caps_wild_january", 2): None,
    ("inkl_202102_ibd_small_caps_wild_january", 3): None,
    ("inkl_202102_ibd_small_caps_wild_january", 4): "r(pct_change('SPY','2020-12-31','2021-01-29'))",
    ("inkl_202102_ibd_small_caps_wild_january", 5): None,
    # nasdaq_20210310_zacks_small_caps_ytd
    ("nasdaq_20210310_zacks_small_caps_ytd", 0): None,
    ("nasdaq_20210310_zacks_small_caps_ytd", 1): "r(ytd('DJI','2021-03-09'))",
    ("nasdaq_20210310_zacks_small_caps_ytd", 2): "r(ytd('SPX','2021-03-09'))",
    ("nasdaq_20210310_zacks_small_caps_ytd", 3): "r(ytd('IXIC','2021-03-09'))",
    ("nasdaq_20210310_zacks_small_caps_ytd", 4): "r(ytd('RUT','2021-03-09'))",
    ("nasdaq_20210310_zacks_small_caps_ytd", 5): None,
    # hamdenjournal_202206_barrons_small_caps_crushed
    ("hamdenjournal_202206_barrons_small_caps_crushed", 0): "r(pct_below_max('SPX','2022-06-17'))",
    ("hamdenjournal_202206_barrons_small_caps_crushed", 1): "max_close_date('SPX','1927-01-01','2022-06-17')",
    ("hamdenjournal_202206_barrons_small_caps_crushed", 2): "r(pct_below_max('RUT','2022-06-17'))",
    ("hamdenjournal_202206_barrons_small_caps_crushed", 3): "max_close_date('RUT','1987-01-01','2022-06-17')",
    # eocampaign_20230319_small_cap_etfs_fuel_evaporates
    ("eocampaign_20230319_small_cap_etfs_fuel_evaporates", 0): "r(max(pct_change('IWM','2022-12-30',d) for d in load('IWM')['2023-01-03':'2023-03-17'].index))",
    ("eocampaign_20230319_small_cap_etfs_fuel_evaporates", 1): "r(pct_change('IWM','2021-12-31','2022-12-30'))",
    ("eocampaign_20230319_small_cap_etfs_fuel_evaporates", 2): "[last_fomc_hike_before('2023-03-19'), max_close_date('IWM','2023-01-03','2023-03-17')]",
    ("eocampaign_20230319_small_cap_etfs_fuel_evaporates", 3): None,
    # startingbusinesseasy_20231114_rut_beats_spx_most_since_2020
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 0): "r(day_pts('RUT','2023-11-14'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 1): "r(day_pct('RUT','2023-11-14'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 2): "r(close('RUT','2023-11-14'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 3): "last_close_at_least('RUT', close('RUT','2023-11-14'), '2023-11-14')",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 4): "last_move_at_least('RUT','2023-11-14')",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 5): "r(day_pct('RUT','2022-11-10'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 6): "r(ytd('RUT','2023-11-14'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 7): "r(ytd('SPX','2023-11-14'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 8): "r(ytd('IXIC','2023-11-14'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 9): "r(rel_move('RUT','SPX','2023-11-14'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 10): "last_rel_at_least('RUT','SPX','2023-11-14')",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 11): "r(rel_move('RUT','SPX','2020-03-19'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 12): "r(rel_move('RUT','IXIC','2023-11-14'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 13): "[last_rel_at_least('RUT','IXIC','2023-11-14'), r(rel_move('RUT','IXIC','2023-06-07'))]",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 14): "r(day_pct('DJI','2023-11-14'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 15): "r(day_pct('SPX','2023-11-14'))",
    ("startingbusinesseasy_20231114_rut_beats_spx_most_since_2020", 16): "r(day_pct('IXIC','2023-11-14'))",
    # kursiv_20240716_small_caps_worst_first_half
    ("kursiv_20240716_small_caps_worst_first_half", 0): "r(pct_change('SPX','2023-12-29','2024-06-28') - pct_change('RUT','2023-12-29','2024-06-28'))",
    ("kursiv_20240716_small_caps_worst_first_half", 1): "r(pct_change('RUT','2023-12-29','2024-06-28'))",
    ("kursiv_20240716_small_caps_worst_first_half", 2): "r(pct_change('SPX','2023-12-29','2024-06-28'))",
    ("kursiv_20240716_small_caps_worst_first_half", 3): None,
    ("kursiv_20240716_small_caps_worst_first_half", 4): None,
    # jamkaglobal_202407_small_is_magnificent
    ("jamkaglobal_202407_small_is_magnificent", 0): None,
    ("jamkaglobal_202407_small_is_magnificent", 1): None,
    ("jamkaglobal_202407_small_is_magnificent", 2): "[r(pct_below_max('SPX','2020-03-23')), r(pct_below_max('RUT','2020-03-18'))]",
    ("jamkaglobal_202407_small_is_magnificent", 3): "r(pct_change('RUT','2023-12-29','2024-07-09'))",
    ("jamkaglobal_202407_small_is_magnificent", 4): "r(pct_change('RUT','2024-07-09','2024-07-16'))",
    # oninvest_202504_jefferies_worst_start
    ("oninvest_202504_jefferies_worst_start", 0): "[r(q1_return('RUT',2025)), last_q1_at_most('RUT',2025)]",
    ("oninvest_202504_jefferies_worst_start", 1): "r(q1_return('RUT',2025))",
    ("oninvest_202504_jefferies_worst_start", 2): "r(pct_below_max('RUT','2025-03-31', ref='2024-11-25'))",
    ("oninvest_202504_jefferies_worst_start", 3): "max_close_date('RUT','2024-01-01','2025-03-31')",
    ("oninvest_202504_jefferies_worst_start", 4): "r(q1_return('RUT',2025))",
    ("oninvest_202504_jefferies_worst_start", 5): "r(q1_return('SPX',2025))",
    ("oninvest_202504_jefferies_worst_start", 6): None,
    ("oninvest_202504_jefferies_worst_start", 7): None,
    # damanmarkets_202509_rut_record_fed_cut
    ("damanmarkets_202509_rut_record_fed_cut", 0): "r(day_pct('RUT','2025-09-18'))",
    ("damanmarkets_202509_rut_record_fed_cut", 1): "r(close('RUT','2025-09-18'))",
    ("damanmarkets_202509_rut_record_fed_cut", 2): "r(close('RUT', max_close_date('RUT','1987-01-01','2025-09-17')))",
    ("damanmarkets_202509_rut_record_fed_cut", 3): "[fomc_decision_day('2025-09-17'), fed_upper_change('2025-09-17')]",
    ("damanmarkets_202509_rut_record_fed_cut", 4): None,
    ("damanmarkets_202509_rut_record_fed_cut", 5): "[r(pct_change('RUT','2020-06-30','2021-11-08')), r(pct_change('RUT','2020-03-18','2021-11-08'))]",
    ("damanmarkets_202509_rut_record_fed_cut", 6): "r(max(pct_below_max('RUT',d) for d in load('RUT')['2022-01-03':'2022-12-30'].index))",
    ("damanmarkets_202509_rut_record_fed_cut", 7): None,
    # marketminder_201708_fisher_small_cap_trump_trade
    ("marketminder_201708_fisher_small_cap_trump_trade", 0): "r(pct_change('RUT','2017-07-25','2017-08-21'))",
    ("marketminder_201708_fisher_small_cap_trump_trade", 1): "r(pct_change('RUT','2016-11-08','2017-08-21'))",
    ("marketminder_201708_fisher_small_cap_trump_trade", 2): "r(pct_change('RUT','2016-11-08','2017-08-21') - pct_change('SPX','2016-11-08','2017-08-21'))",
    ("marketminder_201708_fisher_small_cap_trump_trade", 3): "ratio_peak_date('RUT','SPX','2016-11-08','2017-08-21')",
    ("marketminder_201708_fisher_small_cap_trump_trade", 4): "r(ratio_share_by('RUT','SPX','2016-11-08','2016-11-14','2016-12-08'))",
    # cnbc_20210115_microcap_mania
    ("cnbc_20210115_microcap_mania", 0): None,
    ("cnbc_20210115_microcap_mania", 1): None,
    ("cnbc_20210115_microcap_mania", 2): None,
}


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
    key_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    recs = [json.loads(l) for l in open(key_path) if l.strip()]
    bad = 0
    for k in recs:
        kk = (k["passage_id"], k["claim_index"])
        if kk not in RECIPES:
            print("NO RECIPE", kk)
            bad += 1
            continue
        expr = RECIPES[kk]
        val = None if expr is None else eval(expr)
        ok = json.dumps(val) == json.dumps(k["computed_value"])
        print(f"{'ok ' if ok else 'BAD'} {kk[0]}#{kk[1]}: {val!r}" + ("" if ok else f" (key: {k['computed_value']!r})"))
        bad += 0 if ok else 1
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
