"""Recompute every computed_value of key.jsonl from the CSV files.
Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Each RECIPES line is (passage_id, claim_index, expression over the helpers in refhelpers.py)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import refhelpers as H

RECIPES = [
    ('csmonitor_19990927_market_monitor', 0, "close('DJI','1999-09-24')"),
    ('csmonitor_19990927_market_monitor', 1, "ytd_pct('DJI','1999-09-24')"),
    ('csmonitor_19990927_market_monitor', 2, "close('SPX','1999-09-24')"),
    ('csmonitor_19990927_market_monitor', 3, "ytd_pct('SPX','1999-09-24')"),
    ('csmonitor_19990927_market_monitor', 4, "close('IXIC','1999-09-24')"),
    ('csmonitor_19990927_market_monitor', 5, "ytd_pct('IXIC','1999-09-24')"),
    ('csmonitor_19990927_market_monitor', 6, "close('RUT','1999-09-24')"),
    ('csmonitor_19990927_market_monitor', 7, "ytd_pct('RUT','1999-09-24')"),
    ('csmonitor_19990927_market_monitor', 8, 'None'),
    ('csmonitor_19990927_market_monitor', 9, 'None'),
    ('deseret_20010324_bonds_fall_stocks_rise', 0, "yield_on('DGS10','2001-03-23')"),
    ('deseret_20010324_bonds_fall_stocks_rise', 1, "yield_on('DGS10','2001-03-22')"),
    ('deseret_20010324_bonds_fall_stocks_rise', 2, 'None'),
    ('deseret_20010324_bonds_fall_stocks_rise', 3, 'None'),
    ('deseret_20010324_bonds_fall_stocks_rise', 4, "chg('DJI','2001-03-23')"),
    ('deseret_20010324_bonds_fall_stocks_rise', 5, "close('DJI','2001-03-23')"),
    ('deseret_20010324_bonds_fall_stocks_rise', 6, "chg('IXIC','2001-03-23')"),
    ('deseret_20010324_bonds_fall_stocks_rise', 7, "close('IXIC','2001-03-23')"),
    ('deseret_20010324_bonds_fall_stocks_rise', 8, "chg('SPX','2001-03-23')"),
    ('deseret_20010324_bonds_fall_stocks_rise', 9, "close('SPX','2001-03-23')"),
    ('deseret_20010324_bonds_fall_stocks_rise', 10, "dff('2001-03-23')"),
    ('standard_20031128_wall_street_friday_close', 0, "chg('IXIC','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 1, "pct('IXIC','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 2, "close('IXIC','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 3, "streak('DJI','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 4, "chg('DJI','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 5, "pct('DJI','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 6, "close('DJI','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 7, "weeks_down_before('DJI','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 8, "week_pct('DJI','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 9, "week_pct('IXIC','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 10, "week_pct('SPX','2003-11-28')"),
    ('standard_20031128_wall_street_friday_close', 11, "month_pct('DJI','2003-11')"),
    ('standard_20031128_wall_street_friday_close', 12, "month_pct('IXIC','2003-11')"),
    ('standard_20031128_wall_street_friday_close', 13, "month_pct('SPX','2003-11')"),
    ('standard_20031128_wall_street_friday_close', 14, "up_months('DJI','2003-11',9)"),
    ('standard_20031128_wall_street_friday_close', 15, "up_months('SPX','2003-11',9)"),
    ('standard_20031128_wall_street_friday_close', 16, "up_months('IXIC','2003-11',10)"),
    ('cnnmoney_20061214_dow_guns_for_record', 0, "highest_since('DJI','2006-12-14')"),
    ('cnnmoney_20061214_dow_guns_for_record', 1, "close('DJI','2006-12-14')"),
    ('cnnmoney_20061214_dow_guns_for_record', 2, "pct_at_level('DJI','2006-12-14',12416.92)"),
    ('cnnmoney_20061214_dow_guns_for_record', 3, "close('SPX','2006-12-14')"),
    ('cnnmoney_20061214_dow_guns_for_record', 4, "pct_at_level('SPX','2006-12-14',1426.29)"),
    ('cnnmoney_20061214_dow_guns_for_record', 5, "close('IXIC','2006-12-14')"),
    ('cnnmoney_20061214_dow_guns_for_record', 6, "pct_at_level('IXIC','2006-12-14',2458.13)"),
    ('cnnmoney_20061214_dow_guns_for_record', 7, "ytd_pct('DJI','2006-12-14')"),
    ('cnnmoney_20061214_dow_guns_for_record', 8, "ytd_pct('SPX','2006-12-14')"),
    ('cnnmoney_20061214_dow_guns_for_record', 9, "ytd_pct('IXIC','2006-12-14')"),
    ('cnnmoney_20061214_dow_guns_for_record', 10, "close('RUT','2006-12-14')"),
    ('cnnmoney_20061214_dow_guns_for_record', 11, "ytd_pct('RUT','2006-12-14')"),
    ('cnnmoney_20061214_dow_guns_for_record', 12, 'None'),
    ('cnnmoney_20061214_dow_guns_for_record', 13, 'None'),
    ('msnbc_20071119_dow_below_13000', 0, "close('DJI','2007-11-19')"),
    ('msnbc_20071119_dow_below_13000', 1, "chg('DJI','2007-11-19')"),
    ('msnbc_20071119_dow_below_13000', 2, "pct('DJI','2007-11-19')"),
    ('msnbc_20071119_dow_below_13000', 3, "pct('SPX','2007-11-19')"),
    ('msnbc_20071119_dow_below_13000', 4, "pct('IXIC','2007-11-19')"),
    ('msnbc_20071119_dow_below_13000', 5, 'None'),
    ('pasadenastarnews_20081128_short_session_gains', 0, "streak('DJI','2008-11-28')"),
    ('pasadenastarnews_20081128_short_session_gains', 1, "week_pct('DJI','2008-11-28')"),
    ('pasadenastarnews_20081128_short_session_gains', 2, "week_pct('SPX','2008-11-28')"),
    ('pasadenastarnews_20081128_short_session_gains', 3, "week_pct('IXIC','2008-11-28')"),
    ('pasadenastarnews_20081128_short_session_gains', 4, "lowest_since('SPX','2008-11-20')"),
    ('forbes_20081201_fourth_worst_point_drop', 0, "chg('DJI','2008-12-01')"),
    ('forbes_20081201_fourth_worst_point_drop', 1, "streak('DJI','2008-11-28')"),
    ('forbes_20081201_fourth_worst_point_drop', 2, "loss_share_of_run('DJI','2008-12-01')"),
    ('forbes_20081201_fourth_worst_point_drop', 3, "pct('SPX','2008-12-01')"),
    ('forbes_20081201_fourth_worst_point_drop', 4, 'None'),
    ('forbes_20081201_fourth_worst_point_drop', 5, 'None'),
    ('forbes_20081201_fourth_worst_point_drop', 6, "chg('DJI','2008-12-01')"),
    ('forbes_20081201_fourth_worst_point_drop', 7, "close('DJI','2008-12-01')"),
    ('forbes_20081201_fourth_worst_point_drop', 8, "bigger_point_drops('DJI','2008-12-01')"),
    ('forbes_20081201_fourth_worst_point_drop', 9, 'None'),
    ('cnbc_20081119_dow_below_8000', 0, "chg('DJI','2008-11-19')"),
    ('cnbc_20081119_dow_below_8000', 1, "pct('DJI','2008-11-19')"),
    ('cnbc_20081119_dow_below_8000', 2, "close('DJI','2008-11-19')"),
    ('cnbc_20081119_dow_below_8000', 3, "last_below('DJI','2008-11-19',8000)"),
    ('cnbc_20081119_dow_below_8000', 4, "years_between(lowest_since('DJI','2008-11-19'),'2008-11-19')"),
    ('cnbc_20081119_dow_below_8000', 5, "pct('SPX','2008-11-19')"),
    ('cnbc_20081119_dow_below_8000', 6, "close('SPX','2008-11-19')"),
    ('cnbc_20081119_dow_below_8000', 7, "pct('IXIC','2008-11-19')"),
    ('cnbc_20081119_dow_below_8000', 8, "close('IXIC','2008-11-19')"),
    ('cnbc_20081119_dow_below_8000', 9, 'None'),
    ('wikinews_20090220_dow_six_year_low', 0, "years_between(lowest_since('DJI','2009-02-19'),'2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 1, "pct('DJI','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 2, "chg('DJI','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 3, "close('DJI','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 4, "low('DJI','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 5, "lowest_since('DJI','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 6, "ytd_pct('DJI','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 7, "chg('SPX','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 8, "pct('SPX','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 9, "close('SPX','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 10, "pct('IXIC','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 11, "chg('IXIC','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 12, "close('IXIC','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 13, "streak('SPX','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 14, "last_streak_as_long('SPX','2009-02-19')"),
    ('wikinews_20090220_dow_six_year_low', 15, "ytd_pct('SPX','2009-02-19')"),
    ('cnbc_20091009_stocks_gain_for_week', 0, "weeks_down_before('DJI','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 1, "chg('DJI','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 2, "pct('DJI','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 3, "close('DJI','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 4, "ytd_high_before('DJI','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 5, "pct('SPX','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 6, "pct('IXIC','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 7, "week_pct('DJI','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 8, "week_pct('SPX','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 9, "week_pct('IXIC','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 10, "week_pct('VIX','2009-10-09')"),
    ('cnbc_20091009_stocks_gain_for_week', 11, "close('VIX','2009-10-09')"),
    ('cnbc_20100319_third_straight_weekly_gain', 0, "weeks_up_run('SPX','2010-03-19')"),
    ('cnbc_20100319_third_straight_weekly_gain', 1, "streak('DJI','2010-03-19')"),
    ('cnbc_20100319_third_straight_weekly_gain', 2, "close('DJI','2010-03-18')"),
    ('cnbc_20100319_third_straight_weekly_gain', 3, "highest_since('DJI','2010-03-18')"),
    ('cnbc_20100319_third_straight_weekly_gain', 4, "streak('DJI','2010-03-18')"),
    ('cnbc_20100319_third_straight_weekly_gain', 5, "last_streak_as_long('DJI','2010-03-18')"),
    ('cnbc_20100319_third_straight_weekly_gain', 6, "close('SPX','2010-03-17')"),
    ('cnbc_20100319_third_straight_weekly_gain', 7, "highest_since('SPX','2010-03-17')"),
    ('cnbc_20100319_third_straight_weekly_gain', 8, "close('IXIC','2010-03-18')"),
    ('cnbc_20100319_third_straight_weekly_gain', 9, "highest_since('IXIC','2010-03-18')"),
    ('cnbc_20100319_third_straight_weekly_gain', 10, "mtd_pct('DJI','2010-03-19')"),
    ('cnbc_20100319_third_straight_weekly_gain', 11, 'None'),
    ('cnbc_20100319_third_straight_weekly_gain', 12, "mtd_pct('SPX','2010-03-19')"),
    ('cnbc_20100319_third_straight_weekly_gain', 13, "mtd_pct('IXIC','2010-03-19')"),
    ('cnbc_20100319_third_straight_weekly_gain', 14, 'None'),
    ('theledger_20110818_dow_down_yet_again', 0, "pct('SPX','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 1, "chg('SPX','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 2, "pct('SPX','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 3, "close('SPX','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 4, "chg('DJI','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 5, "pct('DJI','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 6, "close('DJI','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 7, "chg('IXIC','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 8, "pct('IXIC','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 9, "close('IXIC','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 10, "yield_on('DGS10','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 11, 'None'),
    ('theledger_20110818_dow_down_yet_again', 12, "close('VIX','2011-08-18')"),
    ('theledger_20110818_dow_down_yet_again', 13, "close('VIX','2011-08-17')"),
    ('pri_20120105_first_dow_drop_of_2012', 0, "streak('DJI','2012-01-04')"),
    ('pri_20120105_first_dow_drop_of_2012', 1, "streak('DJI','2012-01-04')"),
    ('pri_20120105_first_dow_drop_of_2012', 2, "_r(low('DJI','2012-01-05')-close('DJI','2012-01-04'))"),
    ('pri_20120105_first_dow_drop_of_2012', 3, "pct('DJI','2012-01-05')"),
    ('pri_20120105_first_dow_drop_of_2012', 4, "close('DJI','2012-01-05')"),
    ('pri_20120105_first_dow_drop_of_2012', 5, 'None'),
    ('pri_20120105_first_dow_drop_of_2012', 6, 'None'),
    ('lincolndailynews_20120315_dow_streak_glum_day', 0, "last_streak_as_long('DJI','2012-03-14')"),
    ('lincolndailynews_20120315_dow_streak_glum_day', 1, "chg('SPX','2012-03-14')"),
    ('lincolndailynews_20120315_dow_streak_glum_day', 2, "close('SPX','2012-03-14')"),
    ('lincolndailynews_20120315_dow_streak_glum_day', 3, "chg('IXIC','2012-03-14')"),
    ('lincolndailynews_20120315_dow_streak_glum_day', 4, "close('IXIC','2012-03-14')"),
    ('lincolndailynews_20120315_dow_streak_glum_day', 5, "_last_above('IXIC','2012-03-13',3000)"),
    ('lincolndailynews_20120315_dow_streak_glum_day', 6, "pct('RUT','2012-03-14')"),
    ('lincolndailynews_20120315_dow_streak_glum_day', 7, 'None'),
    ('lincolndailynews_20120315_dow_streak_glum_day', 8, "highest_since('DJI','2012-03-13')"),
    ('lincolndailynews_20120315_dow_streak_glum_day', 9, "yield_on('DGS10','2012-03-14')"),
    ('lincolndailynews_20120315_dow_streak_glum_day', 10, "yield_on('DGS10','2012-03-13')"),
    ('lincolndailynews_20120315_dow_streak_glum_day', 11, "yields('DGS10','2012-03-06','2012-03-14')"),
]


def norm(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, (list, tuple)):
        return [norm(x) for x in v]
    return float(v)


def same(a, b):
    a, b = norm(a), norm(b)
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) < 1e-9
    return a == b


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    H.set_data_dir(data)
    ns = {k: getattr(H, k) for k in dir(H) if not k.startswith("__")}
    keys = {(k["passage_id"], k["claim_index"]): k for k in map(json.loads, open(keyp))}
    bad = 0
    for pid, i, expr in RECIPES:
        v = eval(expr, ns)
        k = keys.get((pid, i))
        ok = k is not None and same(v, k["computed_value"]) and k["computed_detail"] == "reference.py: " + expr
        print("%-48s %2d %-8s %s" % (pid, i, "ok" if ok else "MISMATCH", v))
        bad += 0 if ok else 1
    if len(keys) != len(RECIPES):
        bad += 1
    print("%d recipes, %d key records, %d mismatches" % (len(RECIPES), len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
