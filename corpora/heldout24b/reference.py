"""Recompute every computed_value in key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Each RECIPES entry ("<passage_id>#<claim_index>") is one expression over the helpers in reflib.py.
Prints every recomputed value, then "N recipes, N key records, M mismatches"; exits 1 on any mismatch.
"""
import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reflib

RECIPES = {
    'bostonglobe_20130210_sp500_sixth_weekly_gain#0': "highest_since('SPX','2013-02-08')",
    'bostonglobe_20130210_sp500_sixth_weekly_gain#1': "wk_streak('SPX','2013-02-08')",
    'bostonglobe_20130210_sp500_sixth_weekly_gain#2': "[close('DJI','2013-02-01'), highest_since('DJI','2013-02-01')]",
    'bostonglobe_20130210_sp500_sixth_weekly_gain#3': "ytd_pct('DJI','2013-02-08')",
    'bostonglobe_20130210_sp500_sixth_weekly_gain#4': "ytd_pct('SPX','2013-02-08')",
    'bostonglobe_20130210_sp500_sixth_weekly_gain#5': "wk_pct('SPX','2013-02-08') > 0",
    'ibtimes_20141219_sp500_biggest_weekly_gain#0': "streak('SPX','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#1': "last_week_as_big('SPX','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#2': "pts_below_record('SPX','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#3': "record_close_date('SPX','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#4': "chg('DJI','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#5': "pct('DJI','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#6': "close('DJI','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#7': "chg('SPX','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#8': "pct('SPX','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#9': "close('SPX','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#10': "chg('IXIC','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#11': "pct('IXIC','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#12': "close('IXIC','2014-12-19')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#13': "last_move_as_big('DJI','2014-12-18','pts')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#14': "rank_pct_move('SPX','2014-12-18','2014-01-01')",
    'ibtimes_20141219_sp500_biggest_weekly_gain#15': "round(18000-high('DJI','2014-12-05'),2)",
    'courierjournal_20151224_christmas_eve_weekly_gains#0': "round(chg('DJI','2015-12-17')+chg('DJI','2015-12-18'),2)",
    'courierjournal_20151224_christmas_eve_weekly_gains#1': "[chg('DJI',x) for x in ['2015-12-21','2015-12-22','2015-12-23']]",
    'courierjournal_20151224_christmas_eve_weekly_gains#2': "round(chg('DJI','2015-12-21')+chg('DJI','2015-12-22')+chg('DJI','2015-12-23'),2)",
    'courierjournal_20151224_christmas_eve_weekly_gains#3': "chg('DJI','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#4': "pct('DJI','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#5': "close('DJI','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#6': "ytd_pct('DJI','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#7': "[close('SPX','2015-12-22') < year_end_close('SPX',2014), close('SPX','2015-12-23') > year_end_close('SPX',2014)]",
    'courierjournal_20151224_christmas_eve_weekly_gains#8': "chg('SPX','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#9': "pct('SPX','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#10': "close('SPX','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#11': "year_end_close('SPX',2014)",
    'courierjournal_20151224_christmas_eve_weekly_gains#12': "chg('IXIC','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#13': "close('IXIC','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#14': "wk_pct('SPX','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#15': "wk_pct('DJI','2015-12-24')",
    'courierjournal_20151224_christmas_eve_weekly_gains#16': "wk_pct('IXIC','2015-12-24')",
    'arkansasonline_20161222_health_stocks_drag#0': "chg('DJI','2016-12-21')",
    'arkansasonline_20161222_health_stocks_drag#1': "pct('DJI','2016-12-21')",
    'arkansasonline_20161222_health_stocks_drag#2': "close('DJI','2016-12-21')",
    'arkansasonline_20161222_health_stocks_drag#3': "chg('SPX','2016-12-21')",
    'arkansasonline_20161222_health_stocks_drag#4': "pct('SPX','2016-12-21')",
    'arkansasonline_20161222_health_stocks_drag#5': "close('SPX','2016-12-21')",
    'arkansasonline_20161222_health_stocks_drag#6': "chg('IXIC','2016-12-21')",
    'arkansasonline_20161222_health_stocks_drag#7': "pct('IXIC','2016-12-21')",
    'arkansasonline_20161222_health_stocks_drag#8': "close('IXIC','2016-12-21')",
    'arkansasonline_20161222_health_stocks_drag#9': "[round(close(t,'2016-12-21')-low(t,'2016-12-21'),2) for t in ['DJI','SPX','IXIC']]",
    'arkansasonline_20161222_health_stocks_drag#11': "ytd_pct('SPX','2016-12-21')",
    'gephardtdaily_20161230_stocks_end_2016#0': "year_pct('DJI',2016)",
    'gephardtdaily_20161230_stocks_end_2016#1': "[year_pct('DJI',y) for y in [2013,2014,2015]]",
    'gephardtdaily_20161230_stocks_end_2016#2': "close('DJI','2016-12-30')",
    'gephardtdaily_20161230_stocks_end_2016#3': "high('DJI','2016-12-20')",
    'gephardtdaily_20161230_stocks_end_2016#4': "chg('DJI','2016-12-30')",
    'gephardtdaily_20161230_stocks_end_2016#5': "year_pct('SPX',2016)",
    'gephardtdaily_20161230_stocks_end_2016#6': "close('SPX','2016-12-30')",
    'gephardtdaily_20161230_stocks_end_2016#7': "chg('SPX','2016-12-30')",
    'gephardtdaily_20161230_stocks_end_2016#8': "year_pct('IXIC',2016)",
    'gephardtdaily_20161230_stocks_end_2016#9': "close('IXIC','2016-12-30')",
    'gephardtdaily_20161230_stocks_end_2016#10': "chg('IXIC','2016-12-30')",
    'gephardtdaily_20161230_stocks_end_2016#12': "close('DJI','2009-03-09')",
    'gephardtdaily_20161230_stocks_end_2016#13': "round(close('DJI','2016-12-30')/close('DJI','2009-03-09'),3)",
    'rodeorealty_20170916_week_record_highs#0': "[is_record(t,'2017-09-15') for t in ['DJI','SPX','IXIC']]",
    'rodeorealty_20170916_week_record_highs#1': "close('DJI','2017-09-15')",
    'rodeorealty_20170916_week_record_highs#2': "close('DJI','2017-09-08')",
    'rodeorealty_20170916_week_record_highs#3': "ytd_pct('DJI','2017-09-15')",
    'rodeorealty_20170916_week_record_highs#4': "close('SPX','2017-09-15')",
    'rodeorealty_20170916_week_record_highs#5': "close('SPX','2017-09-08')",
    'rodeorealty_20170916_week_record_highs#6': "ytd_pct('SPX','2017-09-15')",
    'rodeorealty_20170916_week_record_highs#7': "close('IXIC','2017-09-15')",
    'rodeorealty_20170916_week_record_highs#8': "close('IXIC','2017-09-08')",
    'rodeorealty_20170916_week_record_highs#9': "ytd_pct('IXIC','2017-09-15')",
    'rodeorealty_20170916_week_record_highs#10': "rate('US10Y','2017-09-15')",
    'rodeorealty_20170916_week_record_highs#11': "rate('US10Y','2017-09-08')",
    'dallasnews_20171130_dow_tops_24000#0': "[last_move_as_big('DJI','2017-11-30','pct'), last_move_as_big('DJI','2017-11-30','pts')]",
    'dallasnews_20171130_dow_tops_24000#1': "[is_record('DJI','2017-11-30'), round(float(s('DJI')[:'2017-11-29'].max()),2)]",
    'dallasnews_20171130_dow_tops_24000#2': "[mo_pct('SPX','2017-11'), mo_pct('SPX','2017-02')]",
    'dallasnews_20171130_dow_tops_24000#3': "chg('SPX','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#4': "pct('SPX','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#5': "close('SPX','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#6': "chg('DJI','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#7': "pct('DJI','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#8': "close('DJI','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#9': "round(high('DJI','2017-11-30')-float(prev('DJI','2017-11-30')),2)",
    'dallasnews_20171130_dow_tops_24000#10': "chg('IXIC','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#11': "pct('IXIC','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#12': "close('IXIC','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#13': "chg('RUT','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#14': "pct('RUT','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#15': "close('RUT','2017-11-30')",
    'dallasnews_20171130_dow_tops_24000#16': "[mo_pct(t,'2017-11') for t in ['DJI','SPX','IXIC','RUT']]",
    'foxbusiness_20180131_dow_january_streak#1': "chg('DJI','2018-01-31')",
    'foxbusiness_20180131_dow_january_streak#2': "close('DJI','2018-01-31')",
    'foxbusiness_20180131_dow_january_streak#3': "chg('SPX','2018-01-31')",
    'foxbusiness_20180131_dow_january_streak#4': "close('SPX','2018-01-31')",
    'foxbusiness_20180131_dow_january_streak#5': "chg('IXIC','2018-01-31')",
    'foxbusiness_20180131_dow_january_streak#6': "close('IXIC','2018-01-31')",
    'foxbusiness_20180131_dow_january_streak#7': "[best_same_month_since('DJI','2018-01'), best_same_month_since('SPX','2018-01')]",
    'foxbusiness_20180131_dow_january_streak#8': "[mo_streak('DJI','2018-01'), mo_streak('SPX','2018-01')]",
    'foxbusiness_20180131_dow_january_streak#9': "mo_streak('IXIC','2018-01')",
    'foxbusiness_20180131_dow_january_streak#10': "[rate('US10Y','2018-01-30'), rate('US10Y','2018-01-31')]",
    'centerpoint_20180423_market_week#0': "year_end_close('DJI',2017)",
    'centerpoint_20180423_market_week#1': "close('DJI','2018-04-20')",
    'centerpoint_20180423_market_week#2': "wk_pct('DJI','2018-04-20')",
    'centerpoint_20180423_market_week#3': "ytd_pct('DJI','2018-04-20')",
    'centerpoint_20180423_market_week#4': "year_end_close('IXIC',2017)",
    'centerpoint_20180423_market_week#5': "close('IXIC','2018-04-20')",
    'centerpoint_20180423_market_week#6': "wk_pct('IXIC','2018-04-20')",
    'centerpoint_20180423_market_week#7': "ytd_pct('IXIC','2018-04-20')",
    'centerpoint_20180423_market_week#8': "year_end_close('SPX',2017)",
    'centerpoint_20180423_market_week#9': "close('SPX','2018-04-20')",
    'centerpoint_20180423_market_week#10': "wk_pct('SPX','2018-04-20')",
    'centerpoint_20180423_market_week#11': "ytd_pct('SPX','2018-04-20')",
    'centerpoint_20180423_market_week#12': "year_end_close('RUT',2017)",
    'centerpoint_20180423_market_week#13': "close('RUT','2018-04-20')",
    'centerpoint_20180423_market_week#14': "wk_pct('RUT','2018-04-20')",
    'centerpoint_20180423_market_week#15': "ytd_pct('RUT','2018-04-20')",
    'centerpoint_20180423_market_week#16': "wk_streak('SPX','2018-04-20')",
    'centerpoint_20180423_market_week#17': "max(['DJI','IXIC','SPX','RUT'], key=lambda t: wk_pct(t,'2018-04-20'))",
    'centerpoint_20180423_market_week#19': "fed_range('2018-04-20')",
    'centerpoint_20180423_market_week#20': "rate('US10Y','2018-04-20')",
    'centerpoint_20180423_market_week#21': "rate('US10Y','2017-12-29')",
    'mountainmail_20190920_stocks_fall_friday#0': "pct('SPX','2019-09-20') < 0",
    'mountainmail_20190920_stocks_fall_friday#1': "wk_pts('DJI','2019-09-20')",
    'mountainmail_20190920_stocks_fall_friday#2': "wk_pct('DJI','2019-09-20')",
    'mountainmail_20190920_stocks_fall_friday#3': "[rate('US10Y','2019-09-19'), rate('US10Y','2019-09-20')]",
    'mountainmail_20190920_stocks_fall_friday#4': "rate('US10Y','2019-09-20')",
    'thestreet_20201231_records_last_day_2020#0': "year_pct('DJI',2020)",
    'thestreet_20201231_records_last_day_2020#1': "year_pct('SPX',2020)",
    'thestreet_20201231_records_last_day_2020#2': "year_pct('IXIC',2020)",
    'thestreet_20201231_records_last_day_2020#3': "[is_record('DJI','2020-12-31'), is_record('SPX','2020-12-31')]",
    'thestreet_20201231_records_last_day_2020#4': "chg('DJI','2020-12-31')",
    'thestreet_20201231_records_last_day_2020#5': "pct('DJI','2020-12-31')",
    'thestreet_20201231_records_last_day_2020#6': "close('DJI','2020-12-31')",
    'thestreet_20201231_records_last_day_2020#7': "pct('SPX','2020-12-31')",
    'thestreet_20201231_records_last_day_2020#8': "close('SPX','2020-12-31')",
    'thestreet_20201231_records_last_day_2020#9': "pct('IXIC','2020-12-31')",
    'thestreet_20201231_records_last_day_2020#10': "close('IXIC','2020-12-31')",
    'thestreet_20201231_records_last_day_2020#11': "[is_record('DJI','2020-12-31','high'), is_record('SPX','2020-12-31','high')]",
    'thestreet_20201231_records_last_day_2020#12': "year_pct('DJI',2020)",
    'thestreet_20201231_records_last_day_2020#13': "year_end_close('DJI',2019)",
    'thestreet_20201231_records_last_day_2020#14': "year_pct('SPX',2020)",
    'thestreet_20201231_records_last_day_2020#15': "year_end_close('SPX',2019)",
    'thestreet_20201231_records_last_day_2020#16': "year_pct('IXIC',2020)",
    'thestreet_20201231_records_last_day_2020#17': "year_end_close('IXIC',2019)",
    'thestreet_20201231_records_last_day_2020#18': "is_record('DJI','2020-12-30')",
    'smh_20211017_sp500_best_week_since_july#0': "last_week_as_big('SPX','2021-10-15')",
    'smh_20211017_sp500_best_week_since_july#1': "pct('SPX','2021-10-15')",
    'smh_20211017_sp500_best_week_since_july#2': "streak('SPX','2021-10-15')",
    'smh_20211017_sp500_best_week_since_july#3': "wk_pct('SPX','2021-10-15')",
    'smh_20211017_sp500_best_week_since_july#4': "pct('DJI','2021-10-15')",
    'smh_20211017_sp500_best_week_since_july#5': "pct('IXIC','2021-10-15')",
    'marketbeat_20220426_nasdaq_worst_since_2020#0': "last_move_as_big('IXIC','2022-04-26','pct',-1)",
    'marketbeat_20220426_nasdaq_worst_since_2020#1': "ytd_pct('IXIC','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#2': "chg('SPX','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#3': "pct('SPX','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#4': "close('SPX','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#5': "chg('DJI','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#6': "pct('DJI','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#7': "close('DJI','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#8': "chg('IXIC','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#9': "pct('IXIC','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#10': "close('IXIC','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#11': "chg('RUT','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#12': "pct('RUT','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#13': "close('RUT','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#14': "wk_pct('SPX','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#15': "ytd_pct('SPX','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#16': "wk_pct('DJI','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#17': "ytd_pct('DJI','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#18': "wk_pct('IXIC','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#19': "ytd_pct('IXIC','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#20': "wk_pct('RUT','2022-04-26')",
    'marketbeat_20220426_nasdaq_worst_since_2020#21': "ytd_pct('RUT','2022-04-26')",
    'burtwealth_20230630_sp500_q2#0': "qtr_pct('SPX','2023-04-01','2023-06-30')",
    'burtwealth_20230630_sp500_q2#1': "qtr_pct('SPX','2022-10-01','2022-12-31')",
    'burtwealth_20230630_sp500_q2#2': "qtr_pct('SPX','2023-01-01','2023-03-31')",
    'burtwealth_20230630_sp500_q2#3': "[qtr_pct('SPX','2022-01-01','2022-03-31'), qtr_pct('SPX','2022-04-01','2022-06-30'), qtr_pct('SPX','2022-07-01','2022-09-30')]",
    'burtwealth_20230630_sp500_q2#4': "record_close_date('SPX','2022-12-30')",
    'burtwealth_20230630_sp500_q2#5': "first_close_below('SPX',0.2,'2022-01-01','2022-12-31')",
    'burtwealth_20230630_sp500_q2#6': "first_close_above_low('SPX',0.2,'2022-10-12','2023-06-30')",
    'burtwealth_20230630_sp500_q2#7': "str(s('DFEDTARU')[s('DFEDTARU').diff()>0]['2022'].index[0].date())",
    'burtwealth_20230630_sp500_q2#8': "fed_hikes('2022-03-01','2023-06-30')",
    'schaeffers_20240403_back_to_back_double_digit_quarters#0': "qtr_pct('SPX','2024-01-01','2024-03-31')",
    'schaeffers_20240403_back_to_back_double_digit_quarters#1': "qtr_pct('SPX','2023-10-01','2023-12-31')",
    'schaeffers_20240403_back_to_back_double_digit_quarters#2': "qtr_pct('SPX','2023-10-01','2023-12-31')",
    'schaeffers_20240403_back_to_back_double_digit_quarters#3': "qtr_pct('SPX','2024-01-01','2024-03-31')",
    'schaeffers_20240403_back_to_back_double_digit_quarters#4': "count_b2b_ge('SPX',10,1950,'2023Q4')",
    'schaeffers_20240403_back_to_back_double_digit_quarters#5': "count_q1_ge('SPX',10,1950,2023)",
    'mondovisione_20250409_tariff_pause_rally#0': "pct('SPX','2025-04-09')",
    'mondovisione_20250409_tariff_pause_rally#1': "close('SPX','2025-04-09')",
    'mondovisione_20250409_tariff_pause_rally#2': "last_move_as_big('SPX','2025-04-09')",
    'mondovisione_20250409_tariff_pause_rally#3': "rank_pct_move('SPX','2025-04-09','1946-01-01')",
    'mondovisione_20250409_tariff_pause_rally#4': "chg('DJI','2025-04-09')",
    'mondovisione_20250409_tariff_pause_rally#5': "pct('DJI','2025-04-09')",
    'mondovisione_20250409_tariff_pause_rally#6': "close('DJI','2025-04-09')",
    'mondovisione_20250409_tariff_pause_rally#7': "last_move_as_big('DJI','2025-04-09')",
    'mondovisione_20250409_tariff_pause_rally#8': "pct('IXIC','2025-04-09')",
    'mondovisione_20250409_tariff_pause_rally#9': "close('IXIC','2025-04-09')",
    'mondovisione_20250409_tariff_pause_rally#10': "last_move_as_big('IXIC','2025-04-09')",
    'mondovisione_20250409_tariff_pause_rally#11': "rank_pct_move('IXIC','2025-04-09')",
    'upstox_20260107_dow_sp500_records#0': "[is_record('DJI','2026-01-06'), is_record('SPX','2026-01-06')]",
    'upstox_20260107_dow_sp500_records#1': "[streak('DJI','2026-01-06'), streak('SPX','2026-01-06')]",
    'upstox_20260107_dow_sp500_records#2': "pct('IXIC','2026-01-06')",
    'upstox_20260107_dow_sp500_records#3': "close('DJI','2026-01-06')",
    'upstox_20260107_dow_sp500_records#4': "chg('DJI','2026-01-06')",
    'upstox_20260107_dow_sp500_records#5': "pct('DJI','2026-01-06')",
    'upstox_20260107_dow_sp500_records#6': "close('SPX','2026-01-06')",
    'upstox_20260107_dow_sp500_records#7': "chg('SPX','2026-01-06')",
    'upstox_20260107_dow_sp500_records#8': "pct('SPX','2026-01-06')",
    'upstox_20260107_dow_sp500_records#9': "chg('IXIC','2026-01-06')",
    'upstox_20260107_dow_sp500_records#10': "close('IXIC','2026-01-06')",
}

def same(a, b):
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6
    return a == b

def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('usage: python reference.py PATH/TO/data [key.jsonl]')
    reflib.DATA = data
    keyf = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = [json.loads(l) for l in open(keyf) if l.strip()]
    bad = 0
    seen = set()
    for k in key:
        kid = '%s#%d' % (k['passage_id'], k['claim_index'])
        r = RECIPES.get(kid)
        if r is None:
            if k['computed_value'] is not None:
                print('MISMATCH (no recipe)', kid); bad += 1
            continue
        seen.add(kid)
        v = eval(r, vars(reflib))
        v = json.loads(json.dumps(v))
        ok = same(v, k['computed_value'])
        if not ok: bad += 1
        print(('ok      ' if ok else 'MISMATCH'), kid, r, '->', v, '' if ok else '(key: %r)' % (k['computed_value'],))
    extra = set(RECIPES) - seen
    for e in sorted(extra):
        print('MISMATCH (recipe without key record)', e); bad += 1
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(key), bad))
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
