"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints every recomputed value, then
"N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import datetime as _dt
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = None
_CACHE = {}
FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'IWM': 'IWM', 'XLE': 'XLE',
         'US10Y': 'DGS10', 'US2Y': 'DGS2', 'DFEDTAR': 'DFEDTAR', 'DFEDTARU': 'DFEDTARU'}


def _df(t):
    name = FILES.get(t, t)
    if name not in _CACHE:
        _CACHE[name] = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date']).set_index('date').sort_index()
    return _CACHE[name]


def _c(t):
    df = _df(t)
    col = 'close' if 'close' in df.columns else 'value'
    return df[col].dropna()


def _r(x, n=4):
    return None if x is None else round(float(x), n)


def _d(ts):
    return pd.Timestamp(ts).strftime('%Y-%m-%d')


# --- levels and moves -------------------------------------------------------
def close(t, d):
    return _r(_c(t).loc[d])


def chg(t, d):
    s = _c(t); i = s.index.get_loc(pd.Timestamp(d))
    return _r(s.iloc[i] - s.iloc[i - 1])


def pct(t, d):
    s = _c(t); i = s.index.get_loc(pd.Timestamp(d))
    return _r((s.iloc[i] / s.iloc[i - 1] - 1) * 100)


def win(t, a, b):
    """percent change from the close of a to the close of b"""
    s = _c(t)
    return _r((s.loc[b] / s.loc[a] - 1) * 100)


def share_below(t, hi_date, lo_date):
    """how far (in %) the close of lo_date is below the close of hi_date"""
    s = _c(t)
    return _r((s.loc[hi_date] - s.loc[lo_date]) / s.loc[hi_date] * 100)


def lo_hi(t, d):
    df = _df(t)
    return [_r(df.loc[d, 'low']), _r(df.loc[d, 'high'])]


def intraday_max_drop(t, d):
    """points from the previous close down to the session low"""
    s = _c(t); i = s.index.get_loc(pd.Timestamp(d))
    return _r(s.iloc[i - 1] - _df(t).loc[d, 'low'])


def yld(t, d):
    return _r(_c(t).loc[d], 2)


def bp(t, a, b):
    s = _c(t)
    return _r((s.loc[b] - s.loc[a]) * 100, 1)


# --- records, since-dates, streaks ---------------------------------------------
def is_record(t, d):
    s = _c(t)
    return [_r(s.loc[d]), bool(s.loc[d] > s[s.index < pd.Timestamp(d)].max())]


def record_before(t, d):
    s = _c(t); p = s[s.index < pd.Timestamp(d)]
    return [_r(p.max()), _d(p.idxmax())]


def last_ge(t, level, before):
    s = _c(t); p = s[(s.index < pd.Timestamp(before)) & (s >= level)]
    return _d(p.index[-1])


def last_le(t, level, before):
    s = _c(t); p = s[(s.index < pd.Timestamp(before)) & (s <= level)]
    return _d(p.index[-1])


def max_between(t, a, b):
    s = _c(t).loc[a:b]
    return [_r(s.max(), 2), _d(s.idxmax())]


def last_move_ge(t, pct_value, before):
    s = _c(t); m = s.pct_change() * 100
    p = m[(m.index < pd.Timestamp(before)) & (m >= pct_value)]
    return _d(p.index[-1])


def streak(t, d, direction):
    """consecutive daily closes in one direction (+1 up, -1 down) ending on d"""
    s = _c(t).loc[:d]; diff = s.diff()
    n = 0
    for v in diff.iloc[::-1]:
        if (v > 0 and direction > 0) or (v < 0 and direction < 0):
            n += 1
        else:
            break
    return n


def last_streak_ge(t, n, before, direction):
    """last date before `before` on which a streak in `direction` reached n sessions"""
    s = _c(t); s = s[s.index < pd.Timestamp(before)]; diff = s.diff()
    run, last = 0, None
    for d, v in diff.items():
        run = run + 1 if ((v > 0 and direction > 0) or (v < 0 and direction < 0)) else 0
        if run >= n:
            last = d
    return _d(last)


def min_close_date(t, a, b):
    s = _c(t).loc[a:b]
    return _d(s.idxmin())


def beats(t, others, a, b):
    """True when t's close-to-close return from a to b exceeds each of the others'"""
    mine = (_c(t).loc[b] / _c(t).loc[a] - 1)
    return all(mine > (_c(o).loc[b] / _c(o).loc[a] - 1) for o in others)


def daily_less(t, others, d):
    """True when t's daily % move on d is below each of the others'"""
    return all(pct(t, d) < pct(o, d) for o in others)


def years_between(a, b):
    return _r((pd.Timestamp(b) - pd.Timestamp(a)).days / 365.25, 2)


def months_between(a, b):
    a, b = pd.Timestamp(a), pd.Timestamp(b)
    return (b.year - a.year) * 12 + (b.month - a.month)


# --- Fed ------------------------------------------------------------------------
def _target():
    old = _c('DFEDTAR'); new = _c('DFEDTARU')
    return pd.concat([old[old.index <= '2008-12-15'], new[new.index > '2008-12-15']]).sort_index()


def fed_rate(d):
    return _r(_target().loc[:d].iloc[-1], 3)


def fed_changes(a, b, sign):
    """number of target changes of the given sign with effective date in [a, b]"""
    x = _target().diff(); x = x[(x.index >= pd.Timestamp(a)) & (x.index <= pd.Timestamp(b))]
    return int((x > 0).sum()) if sign > 0 else int((x < 0).sum())


def fed_first_change_after(d, sign):
    x = _target().diff(); x = x[x.index > pd.Timestamp(d)]
    x = x[x > 0] if sign > 0 else x[x < 0]
    return _d(x.index[0])


def fed_last_change_before(d, sign):
    x = _target().diff(); x = x[x.index < pd.Timestamp(d)]
    x = x[x > 0] if sign > 0 else x[x < 0]
    return _d(x.index[-1])


def fed_last_hike_ge(size, before):
    x = _target().diff(); x = x[(x.index < pd.Timestamp(before)) & (x >= size - 1e-9)]
    return _d(x.index[-1])


def fed_change_at(d):
    """change of the target taking effect within four days after decision day d"""
    t = _target(); a = pd.Timestamp(d)
    before = t.loc[:a - pd.Timedelta(days=1)].iloc[-1]
    after = t.loc[:a + pd.Timedelta(days=4)].iloc[-1]
    return _r(after - before, 3)


def fomc(d):
    f = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'))
    return bool((f['date'] == d).any())


# === RECIPES: (passage_id, claim_index, expression) — one line per key record ===
RECIPES = [
# BEGIN RECIPES
    ('latimes_19991130_two_year_yield_dow_eases', 0, "chg('DJI','1999-11-29')"),
    ('latimes_19991130_two_year_yield_dow_eases', 1, "pct('DJI','1999-11-29')"),
    ('latimes_19991130_two_year_yield_dow_eases', 2, "close('DJI','1999-11-29')"),
    ('latimes_19991130_two_year_yield_dow_eases', 3, "pct('IXIC','1999-11-29')"),
    ('latimes_19991130_two_year_yield_dow_eases', 4, "is_record('IXIC','1999-11-26')"),
    ('latimes_19991130_two_year_yield_dow_eases', 5, None),
    ('latimes_19991130_two_year_yield_dow_eases', 6, None),
    ('latimes_19991130_two_year_yield_dow_eases', 7, "yld('US2Y','1999-11-29')"),
    ('latimes_19991130_two_year_yield_dow_eases', 8, "yld('US2Y','1999-11-26')"),
    ('latimes_19991130_two_year_yield_dow_eases', 9, "last_ge('US2Y', 6.04, '1999-11-29')"),
    ('latimes_19991130_two_year_yield_dow_eases', 10, "close('DJI','1997-06-30')"),
    ('latimes_19991130_two_year_yield_dow_eases', 11, "share_below('DJI','1999-11-29','1997-06-30')"),
    ('buffalonews_20041110_stocks_mixed_fed_meeting', 0, "close('DJI','2004-11-10')"),
    ('buffalonews_20041110_stocks_mixed_fed_meeting', 1, "pct('DJI','2004-11-10')"),
    ('buffalonews_20041110_stocks_mixed_fed_meeting', 2, "close('SPX','2004-11-10')"),
    ('buffalonews_20041110_stocks_mixed_fed_meeting', 3, "pct('SPX','2004-11-10')"),
    ('buffalonews_20041110_stocks_mixed_fed_meeting', 4, "close('IXIC','2004-11-10')"),
    ('buffalonews_20041110_stocks_mixed_fed_meeting', 5, "pct('IXIC','2004-11-10')"),
    ('buffalonews_20041110_stocks_mixed_fed_meeting', 6, "fomc('2004-11-10')"),
    ('buffalonews_20041110_stocks_mixed_fed_meeting', 7, "fed_changes('2004-01-01','2004-11-10',1)"),
    ('buffalonews_20041110_stocks_mixed_fed_meeting', 8, None),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 0, "chg('DJI','2006-03-27')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 1, "pct('DJI','2006-03-27')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 2, "close('DJI','2006-03-27')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 3, "chg('SPX','2006-03-27')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 4, "pct('SPX','2006-03-27')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 5, "close('SPX','2006-03-27')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 6, "chg('IXIC','2006-03-27')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 7, "pct('IXIC','2006-03-27')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 8, "close('IXIC','2006-03-27')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 9, "win('DJI','2006-03-17','2006-03-24')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 10, "win('SPX','2006-03-17','2006-03-24')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 11, "win('IXIC','2006-03-17','2006-03-24')"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 12, "fed_changes('2004-06-30','2006-03-28',1)"),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 13, None),
    ('spokesman_20060328_stocks_mixed_before_bernanke_fed', 14, "fomc('2006-03-28')"),
    ('dailybeast_20090224_market_rebounds_bernanke', 0, "last_move_ge('SPX', 4.01, '2009-02-24')"),
    ('dailybeast_20090224_market_rebounds_bernanke', 1, "streak('SPX','2009-02-23',-1)"),
    ('dailybeast_20090224_market_rebounds_bernanke', 2, "chg('DJI','2009-02-24')"),
    ('dailybeast_20090224_market_rebounds_bernanke', 3, "last_le('SPX', 743.33, '2009-02-23')"),
    ('dailybeast_20090224_market_rebounds_bernanke', 4, "pct('RUT','2009-02-24')"),
    ('dailybeast_20090224_market_rebounds_bernanke', 5, None),
    ('reuters_20110427_nasdaq_10yr_high_bernanke', 0, "last_ge('IXIC', 2869.88, '2011-04-27')"),
    ('reuters_20110427_nasdaq_10yr_high_bernanke', 1, "is_record('RUT','2011-04-27')"),
    ('reuters_20110427_nasdaq_10yr_high_bernanke', 2, "pct('DJI','2011-04-27')"),
    ('reuters_20110427_nasdaq_10yr_high_bernanke', 3, "pct('SPX','2011-04-27')"),
    ('reuters_20110427_nasdaq_10yr_high_bernanke', 4, "pct('IXIC','2011-04-27')"),
    ('reuters_20110427_nasdaq_10yr_high_bernanke', 5, "close('IXIC','2011-04-27')"),
    ('reuters_20110427_nasdaq_10yr_high_bernanke', 6, "last_ge('IXIC', 2869.88, '2011-04-27')"),
    ('reuters_20110427_nasdaq_10yr_high_bernanke', 7, "fomc('2011-04-27')"),
    ('reuters_20110427_nasdaq_10yr_high_bernanke', 8, None),
    ('spokesman_20130712_bernanke_boost_records', 0, "chg('SPX','2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 1, "pct('SPX','2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 2, "close('SPX','2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 3, "record_before('SPX','2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 4, "streak('SPX','2013-07-11',1)"),
    ('spokesman_20130712_bernanke_boost_records', 5, "last_streak_ge('SPX', 6, '2013-07-11', 1)"),
    ('spokesman_20130712_bernanke_boost_records', 6, "chg('DJI','2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 7, "pct('DJI','2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 8, "close('DJI','2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 9, "record_before('DJI','2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 10, "chg('IXIC','2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 11, "last_ge('IXIC', 3578.30, '2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 12, "bp('US10Y','2013-07-10','2013-07-11')"),
    ('spokesman_20130712_bernanke_boost_records', 13, None),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 0, "chg('DJI','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 1, "pct('DJI','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 2, "close('DJI','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 3, "intraday_max_drop('DJI','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 4, "chg('SPX','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 5, "pct('SPX','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 6, "close('SPX','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 7, "chg('IXIC','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 8, "pct('IXIC','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 9, "close('IXIC','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 10, "bp('US10Y','2014-03-18','2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 11, "fed_last_change_before('2014-03-19',-1)"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 12, "fomc('2014-03-19')"),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 13, None),
    ('arkansasonline_20140320_rate_talk_sinks_stocks', 14, None),
    ('marketwired_20140918_russell_rising_rate_periods', 0, "fed_changes('2004-06-30','2006-06-29',1)"),
    ('marketwired_20140918_russell_rising_rate_periods', 1, "fed_rate('2006-06-29')"),
    ('marketwired_20140918_russell_rising_rate_periods', 2, "fed_first_change_after('2006-06-29',-1)"),
    ('marketwired_20140918_russell_rising_rate_periods', 3, "win('RUT','2004-06-30','2006-06-29')"),
    ('marketwired_20140918_russell_rising_rate_periods', 4, "win('RUT','2004-06-30','2006-06-29')"),
    ('marketwired_20140918_russell_rising_rate_periods', 5, None),
    ('marketwired_20140918_russell_rising_rate_periods', 6, "fed_changes('1994-02-04','1995-02-01',1)"),
    ('marketwired_20140918_russell_rising_rate_periods', 7, "fed_rate('1995-02-01')"),
    ('marketwired_20140918_russell_rising_rate_periods', 8, "fed_first_change_after('1995-02-01',-1)"),
    ('marketwired_20140918_russell_rising_rate_periods', 9, None),
    ('marketwired_20140918_russell_rising_rate_periods', 10, "win('RUT','1994-02-04','1995-02-01')"),
    ('businessinsider_20150609_bonds_getting_smoked', 0, "yld('US10Y','2015-06-09')"),
    ('businessinsider_20150609_bonds_getting_smoked', 1, "max_between('US10Y','2015-01-01','2015-06-08')"),
    ('businessinsider_20150609_bonds_getting_smoked', 2, "streak('SPX','2015-06-08',-1)"),
    ('businessinsider_20150609_bonds_getting_smoked', 3, "chg('DJI','2015-06-09')"),
    ('businessinsider_20150609_bonds_getting_smoked', 4, "chg('IXIC','2015-06-09')"),
    ('businessinsider_20150609_bonds_getting_smoked', 5, "intraday_max_drop('SPX','2015-06-09')"),
    ('businessinsider_20150609_bonds_getting_smoked', 6, None),
    ('cnbc_20181008_rising_yields_profits', 0, "yld('US10Y','2018-10-05')"),
    ('cnbc_20181008_rising_yields_profits', 1, "last_ge('US10Y', 3.23, '2018-10-05')"),
    ('cnbc_20181008_rising_yields_profits', 2, None),
    ('cnbc_20181008_rising_yields_profits', 3, None),
    ('cnbc_20181008_rising_yields_profits', 4, "bp('US10Y','2018-09-05','2018-10-05')"),
    ('cnbc_20181008_rising_yields_profits', 5, None),
    ('cnbc_20181008_rising_yields_profits', 6, "bp('US10Y','2018-09-28','2018-10-05')"),
    ('cnbc_20181008_rising_yields_profits', 7, None),
    ('scrips_201909_russell_join_the_party', 0, "fomc('2019-09-18')"),
    ('scrips_201909_russell_join_the_party', 1, "fed_last_change_before('2019-08-01',-1)"),
    ('scrips_201909_russell_join_the_party', 2, None),
    ('scrips_201909_russell_join_the_party', 3, "beats('RUT',['SPX','DJI','IXIC'],'2019-09-06','2019-09-13')"),
    ('scrips_201909_russell_join_the_party', 4, None),
    ('scrips_201909_russell_join_the_party', 5, None),
    ('scrips_201909_russell_join_the_party', 6, "min_close_date('IWM','2019-08-01','2019-09-13')"),
    ('scrips_201909_russell_join_the_party', 7, "win('IWM','2019-08-27','2019-09-13')"),
    ('scrips_201909_russell_join_the_party', 8, "win('SPX','2019-08-27','2019-09-13')"),
    ('upi_20220418_dow_drops_yield_five_year_high', 0, "chg('DJI','2022-04-18')"),
    ('upi_20220418_dow_drops_yield_five_year_high', 1, "chg('DJI','2022-04-18')"),
    ('upi_20220418_dow_drops_yield_five_year_high', 2, "pct('DJI','2022-04-18')"),
    ('upi_20220418_dow_drops_yield_five_year_high', 3, "pct('SPX','2022-04-18')"),
    ('upi_20220418_dow_drops_yield_five_year_high', 4, "pct('IXIC','2022-04-18')"),
    ('upi_20220418_dow_drops_yield_five_year_high', 5, "yld('US10Y','2022-04-18')"),
    ('upi_20220418_dow_drops_yield_five_year_high', 6, "last_ge('US10Y', 2.85, '2022-04-18')"),
    ('upi_20220418_dow_drops_yield_five_year_high', 7, "max_between('US10Y','2017-04-18','2022-04-14')"),
    ('upi_20220418_dow_drops_yield_five_year_high', 8, "yld('US10Y','2022-03-01')"),
    ('upi_20220418_dow_drops_yield_five_year_high', 9, None),
    ('hotair_20220616_market_wants_recession', 0, "fed_last_hike_ge(0.75, '2022-06-16')"),
    ('hotair_20220616_market_wants_recession', 1, "fed_change_at('2022-06-15')"),
    ('hotair_20220616_market_wants_recession', 2, "pct('SPX','2022-06-15')"),
    ('hotair_20220616_market_wants_recession', 3, "pct('IXIC','2022-06-15')"),
    ('hotair_20220616_market_wants_recession', 4, "pct('RUT','2022-06-15')"),
    ('hotair_20220616_market_wants_recession', 5, "daily_less('RUT',['SPX','IXIC'],'2022-06-15')"),
    ('mentonealabama_20230614_fed_mixed_messages', 0, "fed_change_at('2023-06-14')"),
    ('mentonealabama_20230614_fed_mixed_messages', 1, None),
    ('mentonealabama_20230614_fed_mixed_messages', 2, None),
    ('mentonealabama_20230614_fed_mixed_messages', 3, None),
    ('mentonealabama_20230614_fed_mixed_messages', 4, "pct('SPX','2023-06-14')"),
    ('mentonealabama_20230614_fed_mixed_messages', 5, "chg('DJI','2023-06-14')"),
    ('mentonealabama_20230614_fed_mixed_messages', 6, "pct('DJI','2023-06-14')"),
    ('mentonealabama_20230614_fed_mixed_messages', 7, "pct('IXIC','2023-06-14')"),
    ('mentonealabama_20230614_fed_mixed_messages', 8, "months_between(fed_first_change_after('2021-12-31',1),'2023-06-14')"),
    ('xtb_20241115_us2000_powell_dallas', 0, "pct('RUT','2024-11-14')"),
    ('xtb_20241115_us2000_powell_dallas', 1, "daily_less('RUT',['SPX'],'2024-11-14')"),
    ('xtb_20241115_us2000_powell_dallas', 2, "pct('IWM','2024-11-14')"),
    ('xtb_20241115_us2000_powell_dallas', 3, None),
    ('xtb_20241115_us2000_powell_dallas', 4, None),
    ('xtb_20241115_us2000_powell_dallas', 5, None),
    ('xtb_20241115_us2000_powell_dallas', 6, "pct('XLE','2024-11-14')"),
    ('xtb_20241115_us2000_powell_dallas', 7, None),
# END RECIPES
]


def _norm(v):
    if isinstance(v, float):
        return round(v, 4)
    if isinstance(v, list):
        return [_norm(x) for x in v]
    return v


def main():
    global DATA
    args = sys.argv[1:]
    DATA = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    key_path = args[1] if len(args) > 1 else os.path.join(HERE, 'key.jsonl')
    key = {}
    with open(key_path) as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                key[(r['passage_id'], r['claim_index'])] = r
    mism = 0
    for pid, idx, expr in RECIPES:
        v = _norm(eval(expr)) if expr else None
        k = key.get((pid, idx))
        ok = k is not None and _norm(k['computed_value']) == v
        if not ok:
            mism += 1
        print(f"{'ok ' if ok else 'MISMATCH'} {pid}#{idx}: {expr or '-'} = {v!r}")
    missing = set(key) - {(p, i) for p, i, _ in RECIPES}
    mism += len(missing)
    for m in sorted(missing):
        print('MISSING RECIPE', m)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mism} mismatches")
    sys.exit(1 if mism else 0)


if __name__ == '__main__':
    main()
