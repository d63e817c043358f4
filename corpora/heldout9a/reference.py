"""Recompute every computed_value in key.jsonl (heldout9a) from the CSV files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]
        (the data directory may also be given in the environment variable CAPSCOPE_DATA_DIR)

Each entry of RECIPES is (passage_id, claim_index, decimals, computation); the computation is a
call of a helper from ref_helpers.py (beside this file) evaluated on the CSV files of the data
directory, or None when the files cannot compute the claim. Exits 1 on any mismatch. Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ref_helpers import *  # noqa: F401,F403  (helpers used inside RECIPES)
import ref_helpers

# BEGIN RECIPES
RECIPES = [
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 0, 2, lambda: point_change('DJI','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 1, 2, lambda: pct_change('DJI','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 2, 2, lambda: close('DJI','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 3, 2, lambda: (1 - close('DJI','2010-12-02') / max_close('DJI','2008-12-02','2010-12-01')[1]) * 100),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 4, 2, lambda: max_close('DJI','2008-12-02','2010-12-01')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 5, 2, lambda: pct_change('GSPC','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 6, 2, lambda: close('GSPC','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 7, 2, lambda: (1 - close('GSPC','2010-12-02') / max_close('GSPC','2010-01-01','2010-12-01')[1]) * 100),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 8, 2, lambda: max_close('GSPC','2010-01-01','2010-12-01')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 9, 2, lambda: pct_change('IXIC','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 10, 2, lambda: close('IXIC','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 11, 2, lambda: max_close('IXIC','2010-01-01','2010-12-01')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 12, 2, lambda: pct_change('RUT','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 13, 2, lambda: close('RUT','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 14, 2, lambda: highest_since('RUT','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 15, 2, lambda: first_close_above('RUT', 741.92, '2010-04-23')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 16, 2, lambda: max_close('RUT','2010-01-01','2010-11-30')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 17, 2, lambda: ytd('RUT','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 18, 2, lambda: ytd('IXIC','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 19, 2, lambda: ytd('GSPC','2010-12-02')),
    ('latimesblogs_20101202_small_stocks_clear_2010_high', 20, 2, lambda: ytd('DJI','2010-12-02')),
    ('financialwire_20090730_iwm_spy_50day', 0, 2, lambda: [n_session_change('IWM','2009-07-29',50), n_session_change('IWM','2009-07-29',49)]),
    ('financialwire_20090730_iwm_spy_50day', 1, 2, lambda: [n_session_change('IWM','2009-07-29',50,False), n_session_change('IWM','2009-07-29',49,False)]),
    ('financialwire_20090730_iwm_spy_50day', 2, 2, None),
    ('financialwire_20090730_iwm_spy_50day', 3, 2, lambda: [n_session_change('SPY','2009-07-29',50), n_session_change('SPY','2009-07-29',49)]),
    ('financialwire_20090730_iwm_spy_50day', 4, 2, lambda: [n_session_change('SPY','2009-07-29',50,False), n_session_change('SPY','2009-07-29',49,False)]),
    ('financialwire_20090730_iwm_spy_50day', 5, 2, lambda: [pct_vs_sma('SPY','2009-07-29'), (close('SPY','2009-07-29') / sma('SPY', prev_session('SPY','2009-07-29')) - 1) * 100]),
    ('financialwire_20090730_iwm_spy_50day', 6, 2, lambda: [close('SPY','2009-07-29') - sma('SPY','2009-07-29'), close('SPY','2009-07-29') - sma('SPY', prev_session('SPY','2009-07-29'))]),
    ('financialwire_20090730_iwm_spy_50day', 7, 2, lambda: [pct_vs_sma('IWM','2009-07-29'), (close('IWM','2009-07-29') / sma('IWM', prev_session('IWM','2009-07-29')) - 1) * 100]),
    ('financialwire_20090730_iwm_spy_50day', 8, 2, lambda: [close('IWM','2009-07-29') - sma('IWM','2009-07-29'), close('IWM','2009-07-29') - sma('IWM', prev_session('IWM','2009-07-29'))]),
    ('financialwire_20090730_iwm_spy_50day', 9, 2, lambda: point_change('SPY','2009-07-29')),
    ('financialwire_20090730_iwm_spy_50day', 10, 3, lambda: pct_change('SPY','2009-07-29')),
    ('financialwire_20090730_iwm_spy_50day', 11, 3, lambda: range_pct('SPY','2009-07-29')),
    ('financialwire_20090730_iwm_spy_50day', 12, 2, lambda: close('SPY','2009-07-29')),
    ('financialwire_20090730_iwm_spy_50day', 13, 2, lambda: point_change('IWM','2009-07-29')),
    ('financialwire_20090730_iwm_spy_50day', 14, 3, lambda: pct_change('IWM','2009-07-29')),
    ('financialwire_20090730_iwm_spy_50day', 15, 3, lambda: range_pct('IWM','2009-07-29')),
    ('financialwire_20090730_iwm_spy_50day', 16, 2, lambda: close('IWM','2009-07-29')),
    ('financialwire_20090805_iwm_spy_50day_averages', 0, 2, None),
    ('financialwire_20090805_iwm_spy_50day_averages', 1, 2, lambda: [n_session_change('IWM','2009-08-04',50), n_session_change('IWM','2009-08-04',49)]),
    ('financialwire_20090805_iwm_spy_50day_averages', 2, 2, lambda: [n_session_change('IWM','2009-08-04',50,False), n_session_change('IWM','2009-08-04',49,False)]),
    ('financialwire_20090805_iwm_spy_50day_averages', 3, 2, lambda: [n_session_change('SPY','2009-08-04',50), n_session_change('SPY','2009-08-04',49)]),
    ('financialwire_20090805_iwm_spy_50day_averages', 4, 2, lambda: [n_session_change('SPY','2009-08-04',50,False), n_session_change('SPY','2009-08-04',49,False)]),
    ('financialwire_20090805_iwm_spy_50day_averages', 5, 2, lambda: close('SPY','2009-08-04')),
    ('financialwire_20090805_iwm_spy_50day_averages', 6, 2, lambda: [pct_vs_sma('SPY','2009-08-04'), (close('SPY','2009-08-04') / sma('SPY', prev_session('SPY','2009-08-04')) - 1) * 100]),
    ('financialwire_20090805_iwm_spy_50day_averages', 7, 2, lambda: [close('SPY','2009-08-04') - sma('SPY','2009-08-04'), close('SPY','2009-08-04') - sma('SPY', prev_session('SPY','2009-08-04'))]),
    ('financialwire_20090805_iwm_spy_50day_averages', 8, 2, lambda: [sma('SPY','2009-08-04',50,'close'), sma('SPY', prev_session('SPY','2009-08-04'),50,'close')]),
    ('financialwire_20090805_iwm_spy_50day_averages', 9, 2, lambda: close('IWM','2009-08-04')),
    ('financialwire_20090805_iwm_spy_50day_averages', 10, 2, lambda: [pct_vs_sma('IWM','2009-08-04'), (close('IWM','2009-08-04') / sma('IWM', prev_session('IWM','2009-08-04')) - 1) * 100]),
    ('financialwire_20090805_iwm_spy_50day_averages', 11, 2, lambda: [close('IWM','2009-08-04') - sma('IWM','2009-08-04'), close('IWM','2009-08-04') - sma('IWM', prev_session('IWM','2009-08-04'))]),
    ('financialwire_20090805_iwm_spy_50day_averages', 12, 2, lambda: [sma('IWM','2009-08-04',50,'close'), sma('IWM', prev_session('IWM','2009-08-04'),50,'close')]),
    ('financialwire_20090805_iwm_spy_50day_averages', 13, 2, lambda: point_change('IWM','2009-08-04')),
    ('financialwire_20090805_iwm_spy_50day_averages', 14, 2, lambda: pct_change('IWM','2009-08-04')),
    ('financialwire_20090805_iwm_spy_50day_averages', 15, 2, lambda: intraday_change('IWM','2009-08-04','high')),
    ('financialwire_20090805_iwm_spy_50day_averages', 16, 2, lambda: intraday_change('IWM','2009-08-04','high') / close('IWM', prev_session('IWM','2009-08-04')) * 100),
    ('financialwire_20090805_iwm_spy_50day_averages', 17, 2, lambda: intraday_change('IWM','2009-08-04','low')),
    ('financialwire_20090805_iwm_spy_50day_averages', 18, 2, lambda: intraday_change('IWM','2009-08-04','low') / close('IWM', prev_session('IWM','2009-08-04')) * 100),
    ('financialwire_20090805_iwm_spy_50day_averages', 19, 2, lambda: point_change('SPY','2009-08-04')),
    ('financialwire_20090805_iwm_spy_50day_averages', 20, 2, lambda: pct_change('SPY','2009-08-04')),
    ('financialwire_20090805_iwm_spy_50day_averages', 21, 2, lambda: intraday_change('SPY','2009-08-04','high')),
    ('financialwire_20090805_iwm_spy_50day_averages', 22, 2, lambda: intraday_change('SPY','2009-08-04','high') / close('SPY', prev_session('SPY','2009-08-04')) * 100),
    ('financialwire_20090805_iwm_spy_50day_averages', 23, 2, lambda: intraday_change('SPY','2009-08-04','low')),
    ('financialwire_20090805_iwm_spy_50day_averages', 24, 2, lambda: intraday_change('SPY','2009-08-04','low') / close('SPY', prev_session('SPY','2009-08-04')) * 100),
    ('financialwire_20091009_iwm_spy_volume_averages', 0, 2, None),
    ('financialwire_20091009_iwm_spy_volume_averages', 1, 2, None),
    ('financialwire_20091009_iwm_spy_volume_averages', 2, 2, lambda: [n_session_change('IWM','2009-10-08',50), n_session_change('IWM','2009-10-08',49)]),
    ('financialwire_20091009_iwm_spy_volume_averages', 3, 2, lambda: [n_session_change('IWM','2009-10-08',50,False), n_session_change('IWM','2009-10-08',49,False)]),
    ('financialwire_20091009_iwm_spy_volume_averages', 4, 2, lambda: [n_session_change('SPY','2009-10-08',50), n_session_change('SPY','2009-10-08',49)]),
    ('financialwire_20091009_iwm_spy_volume_averages', 5, 2, lambda: [n_session_change('SPY','2009-10-08',50,False), n_session_change('SPY','2009-10-08',49,False)]),
    ('financialwire_20091009_iwm_spy_volume_averages', 6, 2, lambda: close('IWM','2009-10-08')),
    ('financialwire_20091009_iwm_spy_volume_averages', 7, 0, lambda: close('IWM','2009-10-08','volume')),
    ('financialwire_20091009_iwm_spy_volume_averages', 8, 2, lambda: [close('IWM','2009-10-08') - sma('IWM','2009-10-08'), close('IWM','2009-10-08') - sma('IWM', prev_session('IWM','2009-10-08'))]),
    ('financialwire_20091009_iwm_spy_volume_averages', 9, 2, lambda: [pct_vs_sma('IWM','2009-10-08'), (close('IWM','2009-10-08') / sma('IWM', prev_session('IWM','2009-10-08')) - 1) * 100]),
    ('financialwire_20091009_iwm_spy_volume_averages', 10, 2, lambda: [sma('IWM','2009-10-08',50,'close'), sma('IWM', prev_session('IWM','2009-10-08'),50,'close')]),
    ('financialwire_20091009_iwm_spy_volume_averages', 11, 0, lambda: [close('IWM','2009-10-08','volume') - sma('IWM','2009-10-08',50,'volume'), close('IWM','2009-10-08','volume') - sma('IWM', prev_session('IWM','2009-10-08'),50,'volume')]),
    ('financialwire_20091009_iwm_spy_volume_averages', 12, 2, lambda: [pct_vs_sma('IWM','2009-10-08',50,'volume'), (close('IWM','2009-10-08','volume') / sma('IWM', prev_session('IWM','2009-10-08'),50,'volume') - 1) * 100]),
    ('financialwire_20091009_iwm_spy_volume_averages', 13, 0, lambda: [sma('IWM','2009-10-08',50,'volume'), sma('IWM', prev_session('IWM','2009-10-08'),50,'volume')]),
    ('financialwire_20091009_iwm_spy_volume_averages', 14, 2, lambda: point_change('IWM','2009-10-08')),
    ('financialwire_20091009_iwm_spy_volume_averages', 15, 2, lambda: pct_change('IWM','2009-10-08')),
    ('financialwire_20091009_iwm_spy_volume_averages', 16, 2, lambda: session_range('IWM','2009-10-08')),
    ('financialwire_20091009_iwm_spy_volume_averages', 17, 2, lambda: range_pct('IWM','2009-10-08')),
    ('financialwire_20091009_iwm_spy_volume_averages', 18, 2, lambda: intraday_change('IWM','2009-10-08','high')),
    ('financialwire_20091009_iwm_spy_volume_averages', 19, 2, lambda: intraday_change('IWM','2009-10-08','high') / close('IWM', prev_session('IWM','2009-10-08')) * 100),
    ('financialwire_20091009_iwm_spy_volume_averages', 20, 2, lambda: intraday_change('IWM','2009-10-08','low')),
    ('financialwire_20091009_iwm_spy_volume_averages', 21, 2, lambda: intraday_change('IWM','2009-10-08','low') / close('IWM', prev_session('IWM','2009-10-08')) * 100),
    ('financialwire_20091009_iwm_spy_volume_averages', 22, 2, lambda: close('SPY','2009-10-08')),
    ('financialwire_20091009_iwm_spy_volume_averages', 23, 0, lambda: close('SPY','2009-10-08','volume')),
    ('financialwire_20091009_iwm_spy_volume_averages', 24, 2, lambda: [close('SPY','2009-10-08') - sma('SPY','2009-10-08'), close('SPY','2009-10-08') - sma('SPY', prev_session('SPY','2009-10-08'))]),
    ('financialwire_20091009_iwm_spy_volume_averages', 25, 2, lambda: [pct_vs_sma('SPY','2009-10-08'), (close('SPY','2009-10-08') / sma('SPY', prev_session('SPY','2009-10-08')) - 1) * 100]),
    ('financialwire_20091009_iwm_spy_volume_averages', 26, 2, lambda: [sma('SPY','2009-10-08',50,'close'), sma('SPY', prev_session('SPY','2009-10-08'),50,'close')]),
    ('financialwire_20091009_iwm_spy_volume_averages', 27, 0, lambda: [close('SPY','2009-10-08','volume') - sma('SPY','2009-10-08',50,'volume'), close('SPY','2009-10-08','volume') - sma('SPY', prev_session('SPY','2009-10-08'),50,'volume')]),
    ('financialwire_20091009_iwm_spy_volume_averages', 28, 2, lambda: [pct_vs_sma('SPY','2009-10-08',50,'volume'), (close('SPY','2009-10-08','volume') / sma('SPY', prev_session('SPY','2009-10-08'),50,'volume') - 1) * 100]),
    ('financialwire_20091009_iwm_spy_volume_averages', 29, 0, lambda: [sma('SPY','2009-10-08',50,'volume'), sma('SPY', prev_session('SPY','2009-10-08'),50,'volume')]),
    ('financialwire_20091009_iwm_spy_volume_averages', 30, 2, lambda: point_change('SPY','2009-10-08')),
    ('financialwire_20091009_iwm_spy_volume_averages', 31, 2, lambda: pct_change('SPY','2009-10-08')),
    ('financialwire_20091101_iwm_spy_week', 0, 2, lambda: [round(ret('IWM','2009-10-23','2009-10-30'), 2), round(ret('SPY','2009-10-23','2009-10-30'), 2)]),
    ('financialwire_20091101_iwm_spy_week', 1, 2, lambda: [close('SPY','2009-10-30') > sma('SPY','2009-10-30'), close('SPY','2009-10-30') > sma('SPY', prev_session('SPY','2009-10-30')), close('IWM','2009-10-30') > sma('IWM','2009-10-30')]),
    ('financialwire_20091101_iwm_spy_week', 2, 2, None),
    ('financialwire_20091101_iwm_spy_week', 3, 2, lambda: ret('IWM','2009-10-23','2009-10-30')),
    ('financialwire_20091101_iwm_spy_week', 4, 0, lambda: week_avg_volume('IWM','2009-10-30')),
    ('financialwire_20091101_iwm_spy_week', 5, 0, lambda: [sma('IWM','2009-10-30',50,'volume'), sma('IWM', prev_session('IWM','2009-10-30'),50,'volume')]),
    ('financialwire_20091101_iwm_spy_week', 6, 2, lambda: ret('SPY','2009-10-23','2009-10-30')),
    ('financialwire_20091101_iwm_spy_week', 7, 0, lambda: week_avg_volume('SPY','2009-10-30')),
    ('financialwire_20091101_iwm_spy_week', 8, 0, lambda: [sma('SPY','2009-10-30',50,'volume'), sma('SPY', prev_session('SPY','2009-10-30'),50,'volume')]),
    ('financialwire_20101227_iwm_spy_christmas_week', 0, 2, None),
    ('financialwire_20101227_iwm_spy_christmas_week', 1, 2, lambda: [(n_session_change('IWM','2010-12-23',50) / n_session_change('SPY','2010-12-23',50) - 1) * 100, (n_session_change('IWM','2010-12-23',49) / n_session_change('SPY','2010-12-23',49) - 1) * 100]),
    ('financialwire_20101227_iwm_spy_christmas_week', 2, 2, None),
    ('financialwire_20101227_iwm_spy_christmas_week', 3, 2, lambda: [n_session_change('IWM','2010-12-23',50), n_session_change('IWM','2010-12-23',49)]),
    ('financialwire_20101227_iwm_spy_christmas_week', 4, 2, lambda: [n_session_change('IWM','2010-12-23',50,False), n_session_change('IWM','2010-12-23',49,False)]),
    ('financialwire_20101227_iwm_spy_christmas_week', 5, 2, lambda: [n_session_change('SPY','2010-12-23',50), n_session_change('SPY','2010-12-23',49)]),
    ('financialwire_20101227_iwm_spy_christmas_week', 6, 2, lambda: [n_session_change('SPY','2010-12-23',50,False), n_session_change('SPY','2010-12-23',49,False)]),
    ('financialwire_20101227_iwm_spy_christmas_week', 7, 2, lambda: close('IWM','2010-12-23')),
    ('financialwire_20101227_iwm_spy_christmas_week', 8, 0, lambda: close('IWM','2010-12-23','volume')),
    ('financialwire_20101227_iwm_spy_christmas_week', 9, 2, lambda: [close('IWM','2010-12-23') - sma('IWM','2010-12-23'), close('IWM','2010-12-23') - sma('IWM', prev_session('IWM','2010-12-23'))]),
    ('financialwire_20101227_iwm_spy_christmas_week', 10, 2, lambda: [pct_vs_sma('IWM','2010-12-23'), (close('IWM','2010-12-23') / sma('IWM', prev_session('IWM','2010-12-23')) - 1) * 100]),
    ('financialwire_20101227_iwm_spy_christmas_week', 11, 2, lambda: [sma('IWM','2010-12-23',50,'close'), sma('IWM', prev_session('IWM','2010-12-23'),50,'close')]),
    ('financialwire_20101227_iwm_spy_christmas_week', 12, 0, lambda: [close('IWM','2010-12-23','volume') - sma('IWM','2010-12-23',50,'volume'), close('IWM','2010-12-23','volume') - sma('IWM', prev_session('IWM','2010-12-23'),50,'volume')]),
    ('financialwire_20101227_iwm_spy_christmas_week', 13, 2, lambda: [pct_vs_sma('IWM','2010-12-23',50,'volume'), (close('IWM','2010-12-23','volume') / sma('IWM', prev_session('IWM','2010-12-23'),50,'volume') - 1) * 100]),
    ('financialwire_20101227_iwm_spy_christmas_week', 14, 0, lambda: [sma('IWM','2010-12-23',50,'volume'), sma('IWM', prev_session('IWM','2010-12-23'),50,'volume')]),
    ('financialwire_20101227_iwm_spy_christmas_week', 15, 2, lambda: close('SPY','2010-12-23')),
    ('financialwire_20101227_iwm_spy_christmas_week', 16, 0, lambda: close('SPY','2010-12-23','volume')),
    ('financialwire_20101227_iwm_spy_christmas_week', 17, 2, lambda: [close('SPY','2010-12-23') - sma('SPY','2010-12-23'), close('SPY','2010-12-23') - sma('SPY', prev_session('SPY','2010-12-23'))]),
    ('financialwire_20101227_iwm_spy_christmas_week', 18, 2, lambda: [pct_vs_sma('SPY','2010-12-23'), (close('SPY','2010-12-23') / sma('SPY', prev_session('SPY','2010-12-23')) - 1) * 100]),
    ('financialwire_20101227_iwm_spy_christmas_week', 19, 2, lambda: [sma('SPY','2010-12-23',50,'close'), sma('SPY', prev_session('SPY','2010-12-23'),50,'close')]),
    ('financialwire_20101227_iwm_spy_christmas_week', 20, 0, lambda: [close('SPY','2010-12-23','volume') - sma('SPY','2010-12-23',50,'volume'), close('SPY','2010-12-23','volume') - sma('SPY', prev_session('SPY','2010-12-23'),50,'volume')]),
    ('financialwire_20101227_iwm_spy_christmas_week', 21, 2, lambda: [pct_vs_sma('SPY','2010-12-23',50,'volume'), (close('SPY','2010-12-23','volume') / sma('SPY', prev_session('SPY','2010-12-23'),50,'volume') - 1) * 100]),
    ('financialwire_20101227_iwm_spy_christmas_week', 22, 0, lambda: [sma('SPY','2010-12-23',50,'volume'), sma('SPY', prev_session('SPY','2010-12-23'),50,'volume')]),
    ('seekingalpha_200607_smallcaps_lagging', 0, 2, lambda: ret('RUT','1999-04-08','2006-04-19')),
    ('seekingalpha_200607_smallcaps_lagging', 1, 2, lambda: ret('GSPC','1999-04-08','2006-04-19')),
    ('seekingalpha_200607_smallcaps_lagging', 2, 2, lambda: (ts('2006-04-19') - ts('1999-04-08')).days / 365.25),
    ('baltimoresun_19990924_dow_nears_correction', 0, 2, lambda: point_change('DJI','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 1, 2, lambda: pct_change('DJI','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 2, 2, lambda: close('DJI','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 3, 2, lambda: points('DJI','1999-09-20','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 4, 2, lambda: ret('DJI','1999-09-20','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 5, 2, lambda: max_close('DJI','1992-01-02','1999-09-22')[1] - close('DJI','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 6, 2, lambda: max_close('DJI','1992-01-02','1999-09-22')),
    ('baltimoresun_19990924_dow_nears_correction', 7, 2, lambda: (1 - close('DJI','1999-09-23') / max_close('DJI','1992-01-02','1999-09-22')[1]) * 100),
    ('baltimoresun_19990924_dow_nears_correction', 8, 2, lambda: [round((1 - close('DJI','1999-09-23') / max_close('DJI','1998-09-23','1999-09-22')[1]) * 100, 2), (1 - close('DJI','1999-09-23') / max_close('DJI','1998-09-23','1999-09-22')[1]) * 100 < 10]),
    ('baltimoresun_19990924_dow_nears_correction', 9, 2, lambda: point_change('GSPC','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 10, 2, lambda: pct_change('GSPC','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 11, 2, lambda: close('GSPC','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 12, 2, None),
    ('baltimoresun_19990924_dow_nears_correction', 13, 2, lambda: point_change('IXIC','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 14, 2, lambda: pct_change('IXIC','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 15, 2, lambda: close('IXIC','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 16, 0, lambda: move_rank('IXIC','1999-09-23','pts')),
    ('baltimoresun_19990924_dow_nears_correction', 17, 2, lambda: point_change('RUT','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 18, 2, lambda: close('RUT','1999-09-23')),
    ('baltimoresun_19990924_dow_nears_correction', 19, 2, None),
    ('baltimoresun_19990924_dow_nears_correction', 20, 2, lambda: intraday_change('DJI','1999-09-23','high')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 0, 2, lambda: pct_change('IXIC','1998-10-05')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 1, 2, lambda: point_change('DJI','1998-10-05')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 2, 2, lambda: close('DJI','1998-10-05')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 3, 2, lambda: intraday_change('DJI','1998-10-05','low')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 4, 2, lambda: point_change('GSPC','1998-10-05')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 5, 2, lambda: pct_change('GSPC','1998-10-05')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 6, 2, lambda: close('GSPC','1998-10-05')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 7, 2, lambda: point_change('IXIC','1998-10-05')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 8, 2, lambda: close('IXIC','1998-10-05')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 9, 2, lambda: point_change('RUT','1998-10-05')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 10, 2, lambda: close('RUT','1998-10-05')),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 11, 2, None),
    ('baltimoresun_19981006_computer_shares_nasdaq_plunge', 12, 2, None),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 0, 2, lambda: pct_change('IXIC','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 1, 2, lambda: highest_since('IXIC','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 2, 2, lambda: point_change('DJI','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 3, 2, lambda: point_change('IXIC','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 4, 2, lambda: close('IXIC','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 5, 2, lambda: wtd('IXIC','2004-01-02')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 6, 2, lambda: highest_since('IXIC','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 7, 2, lambda: close('IXIC','2002-01-08')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 8, 2, lambda: point_change('DJI','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 9, 2, lambda: pct_change('DJI','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 10, 2, lambda: close('DJI','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 11, 2, lambda: wtd('DJI','2004-01-02')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 12, 2, lambda: highest_since('DJI','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 13, 2, lambda: close('DJI','2002-03-19')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 14, 2, lambda: point_change('GSPC','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 15, 2, lambda: pct_change('GSPC','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 16, 2, lambda: close('GSPC','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 17, 2, lambda: wtd('GSPC','2004-01-02')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 18, 2, lambda: highest_since('GSPC','2004-01-05')),
    ('honoluluadvertiser_20040105_nasdaq_two_year_high', 19, 2, lambda: close('GSPC','2002-04-19')),
    ('chicagotribune_20060524_late_slide_tech_may', 0, 2, None),
    ('chicagotribune_20060524_late_slide_tech_may', 1, 2, None),
    ('chicagotribune_20060524_late_slide_tech_may', 2, 2, lambda: close('DJI','2006-05-23','high')),
    ('chicagotribune_20060524_late_slide_tech_may', 3, 2, lambda: point_change('DJI','2006-05-23')),
    ('chicagotribune_20060524_late_slide_tech_may', 4, 2, lambda: close('DJI','2006-05-23')),
    ('chicagotribune_20060524_late_slide_tech_may', 5, 2, lambda: close('DJI','2006-05-23') - close('DJI','2006-05-23','low')),
    ('chicagotribune_20060524_late_slide_tech_may', 6, 2, lambda: point_change('GSPC','2006-05-23')),
    ('chicagotribune_20060524_late_slide_tech_may', 7, 2, lambda: close('GSPC','2006-05-23')),
    ('chicagotribune_20060524_late_slide_tech_may', 8, 2, lambda: point_change('IXIC','2006-05-23')),
    ('chicagotribune_20060524_late_slide_tech_may', 9, 2, lambda: close('IXIC','2006-05-23')),
    ('chicagotribune_20060524_late_slide_tech_may', 10, 2, lambda: point_change('RUT','2006-05-23')),
    ('chicagotribune_20060524_late_slide_tech_may', 11, 2, lambda: close('RUT','2006-05-23')),
    ('chicagotribune_20060524_late_slide_tech_may', 12, 2, None),
    ('chicagotribune_20060524_late_slide_tech_may', 13, 2, None),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 0, 2, lambda: point_change('DJI','2001-08-10')),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 1, 2, lambda: pct_change('DJI','2001-08-10')),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 2, 2, lambda: close('DJI','2001-08-10')),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 3, 2, lambda: point_change('GSPC','2001-08-10')),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 4, 2, lambda: pct_change('GSPC','2001-08-10')),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 5, 2, lambda: close('GSPC','2001-08-10')),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 6, 0, lambda: streak('IXIC','2001-08-10', up=False)),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 7, 2, lambda: point_change('IXIC','2001-08-10')),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 8, 2, lambda: pct_change('IXIC','2001-08-10')),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 9, 2, lambda: close('IXIC','2001-08-10')),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 10, 2, None),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 11, 2, None),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 12, 2, None),
    ('crainsnewyork_20010810_dow_rallies_nasdaq_slips', 13, 2, None),
    ('newsday_20101207_tax_deal_yields_surge', 0, 2, lambda: rate_level_since('DGS10','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 1, 2, lambda: point_change('DJI','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 2, 2, lambda: pct_change('DJI','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 3, 2, lambda: close('DJI','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 4, 2, lambda: point_change('GSPC','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 5, 2, lambda: pct_change('GSPC','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 6, 2, lambda: close('GSPC','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 7, 2, lambda: max_close('GSPC','2010-01-01','2010-12-06')[1] - close('GSPC','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 8, 2, lambda: max_close('GSPC','2010-01-01','2010-12-06')[0]),
    ('newsday_20101207_tax_deal_yields_surge', 9, 2, lambda: point_change('IXIC','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 10, 2, lambda: pct_change('IXIC','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 11, 2, lambda: close('IXIC','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 12, 2, lambda: rate_on('DGS10','2010-12-07')),
    ('newsday_20101207_tax_deal_yields_surge', 13, 2, lambda: rate_on('DGS10','2010-12-06')),
    ('newsday_20101207_tax_deal_yields_surge', 14, 2, None),
    ('newsday_20101207_tax_deal_yields_surge', 15, 2, None),
    ('newsday_20101207_tax_deal_yields_surge', 16, 2, None),
    ('nstarcapital_20110812_downgrade_week_review', 0, 2, lambda: pct_change('GSPC','2011-08-08')),
    ('nstarcapital_20110812_downgrade_week_review', 1, 2, lambda: close('DJI','2011-08-08') < 11000),
    ('nstarcapital_20110812_downgrade_week_review', 2, 2, lambda: highest_since('VIX','2011-08-08')),
    ('nstarcapital_20110812_downgrade_week_review', 3, 2, lambda: session_range('DJI','2011-08-09')),
    ('nstarcapital_20110812_downgrade_week_review', 4, 2, lambda: [str(d.date()) for d in fomc_meetings_between('2011-08-08','2011-08-12')]),
    ('nstarcapital_20110812_downgrade_week_review', 5, 2, None),
    ('nstarcapital_20110812_downgrade_week_review', 6, 2, lambda: point_change('DJI','2011-08-10')),
    ('nstarcapital_20110812_downgrade_week_review', 7, 0, lambda: abs_move_run('DJI','2011-08-10',400)),
    ('nstarcapital_20110812_downgrade_week_review', 8, 2, lambda: [abs_move_run('DJI','2011-08-11',400), longest_abs_move_run_before('DJI','2011-08-11',400)]),
    ('nstarcapital_20110812_downgrade_week_review', 9, 2, lambda: point_change('DJI','2011-08-12')),
    ('nstarcapital_20110812_downgrade_week_review', 10, 2, lambda: [round(wtd('RUT','2011-08-12'), 2), round(wtd('GSPC','2011-08-12'), 2), round(wtd('DJI','2011-08-12'), 2)]),
]
# END RECIPES


def normalise(value, decimals):
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
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl] (or set CAPSCOPE_DATA_DIR)")
    ref_helpers.set_data_dir(data)
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    mismatches = 0
    for pid, idx, dec, comp in RECIPES:
        value = None if comp is None else normalise(comp(), dec)
        flag = ""
        if key.get((pid, idx), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((pid, idx), 'missing')!r}"
        print(f"{pid} #{idx}: {value!r}{flag}")
    missing = set(key) - {(p, i) for p, i, _, _ in RECIPES}
    mismatches += len(missing)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
