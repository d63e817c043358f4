"""reference.py -- recomputes every computed_value of key.jsonl from the CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints every recomputed value; last line
"N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = None
_cache = {}
FILES = {'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'RUT': 'RUT', 'NDX': 'NDX', 'VIX': 'VIX'}


def df(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(os.path.join(DATA, FILES.get(t, t) + '.csv'), parse_dates=['date']).set_index('date').sort_index()
    return _cache[t]


def fred(name):
    if name not in _cache:
        s = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date'], na_values='.').set_index('date')['value']
        _cache[name] = pd.to_numeric(s, errors='coerce').dropna()
    return _cache[name]


def _i(t, d):
    return df(t).index.get_loc(pd.Timestamp(d))


def close(t, d):
    return round(float(df(t).close.iloc[_i(t, d)]), 2)


def high(t, d):
    return round(float(df(t).high.iloc[_i(t, d)]), 2)


def chg(t, d):
    c = df(t).close; i = _i(t, d)
    return round(float(c.iloc[i] - c.iloc[i - 1]), 2)


def pct_change(t, d):
    c = df(t).close; i = _i(t, d)
    return round(float(100 * (c.iloc[i] / c.iloc[i - 1] - 1)), 3)


def window_pct(t, d0, d1):
    """close of d0 to close of d1, percent"""
    return round(float(100 * (close(t, d1) / close(t, d0) - 1)), 3)


def window_pts(t, d0, d1):
    return round(close(t, d1) - close(t, d0), 2)


def ytd(t, d):
    c = df(t).close; d = pd.Timestamp(d)
    base = c[c.index < pd.Timestamp(d.year, 1, 1)].iloc[-1]
    return round(float(100 * (c[:d].iloc[-1] / base - 1)), 3)


def year_return(t, y):
    c = df(t).close
    a = c[c.index < pd.Timestamp(y, 1, 1)].iloc[-1]; b = c[c.index < pd.Timestamp(y + 1, 1, 1)].iloc[-1]
    return round(float(100 * (b / a - 1)), 3)


def intraday_low_pct(t, d):
    x = df(t); i = _i(t, d)
    return round(float(100 * (x.low.iloc[i] / x.close.iloc[i - 1] - 1)), 3)


def intraday_high_pct(t, d):
    x = df(t); i = _i(t, d)
    return round(float(100 * (x.high.iloc[i] / x.close.iloc[i - 1] - 1)), 3)


def intraday_low_pts(t, d):
    x = df(t); i = _i(t, d)
    return round(float(x.low.iloc[i] - x.close.iloc[i - 1]), 2)


def intraday_high_pts(t, d):
    x = df(t); i = _i(t, d)
    return round(float(x.high.iloc[i] - x.close.iloc[i - 1]), 2)


def close_minus_low(t, d):
    x = df(t); i = _i(t, d)
    return round(float(x.close.iloc[i] - x.low.iloc[i]), 2)


def share_of_gain_given_back(t, d):
    """(high - close) / (high - previous close)"""
    x = df(t); i = _i(t, d)
    return round(float((x.high.iloc[i] - x.close.iloc[i]) / (x.high.iloc[i] - x.close.iloc[i - 1])), 3)


def is_record_close(t, d):
    c = df(t).close; i = _i(t, d)
    return bool(c.iloc[i] > c.iloc[:i].max())


def is_record_high(t, d):
    h = df(t).high; i = _i(t, d)
    return bool(h.iloc[i] > h.iloc[:i].max())


def prev_record_close_date(t, d):
    c = df(t).close; i = _i(t, d)
    return str(c.iloc[:i].idxmax().date())


def prev_record_close(t, d):
    c = df(t).close; i = _i(t, d)
    return round(float(c.iloc[:i].max()), 2)


def record_close_streak(t, d):
    c = df(t).close; i = _i(t, d); n = 0
    while i > 0 and c.iloc[i] > c.iloc[:i].max():
        n += 1; i -= 1
    return n


def record_closes_in(t, d0, d1):
    c = df(t).close; n = 0
    for k in range(1, len(c)):
        if pd.Timestamp(d0) <= c.index[k] <= pd.Timestamp(d1) and c.iloc[k] > c.iloc[:k].max():
            n += 1
    return n


def first_close_above(t, level):
    c = df(t).close
    return str(c[c > level].index[0].date())


def first_high_above(t, level):
    h = df(t).high
    return str(h[h >= level].index[0].date())


def min_close_date(t, d0, d1):
    c = df(t).close[pd.Timestamp(d0):pd.Timestamp(d1)]
    return str(c.idxmin().date())


def pct_below_record_close(t, d):
    c = df(t).close; i = _i(t, d)
    return round(float(100 * (1 - c.iloc[i] / c.iloc[:i + 1].max())), 3)


def record_close_date_upto(t, d):
    c = df(t).close[:pd.Timestamp(d)]
    return str(c.idxmax().date())


def drawdown_between(t, d0, d1):
    return round(float(100 * (1 - close(t, d1) / close(t, d0))), 3)


def last_close_at_or_below(t, d):
    """last session before d whose close was at or below d's close"""
    c = df(t).close; i = _i(t, d)
    s = c.iloc[:i]; s = s[s <= c.iloc[i]]
    return str(s.index[-1].date())


def down_streak(t, d):
    c = df(t).close; i = _i(t, d); n = 0
    while i > 0 and c.iloc[i] < c.iloc[i - 1]:
        n += 1; i -= 1
    return n


def last_week_gain_at_least(t, friday):
    """weekly (Friday to Friday) percent; last earlier week with a gain >= that week's"""
    c = df(t).close
    w = c.resample('W-FRI').last().dropna()
    r = 100 * w.pct_change()
    f = pd.Timestamp(friday); v = r[f]
    prev = r[r.index < f]; prev = prev[prev >= v]
    return str(prev.index[-1].date())


def last_week_loss_at_least(t, friday):
    c = df(t).close
    w = c.resample('W-FRI').last().dropna()
    r = 100 * w.pct_change()
    f = pd.Timestamp(friday); v = r[f]
    prev = r[r.index < f]; prev = prev[prev <= v]
    return str(prev.index[-1].date())


def week_pct(t, friday):
    c = df(t).close; f = pd.Timestamp(friday)
    prev = c[c.index <= f - pd.Timedelta(days=7)].iloc[-1]
    return round(float(100 * (c[:f].iloc[-1] / prev - 1)), 3)


def week_pts(t, friday):
    c = df(t).close; f = pd.Timestamp(friday)
    prev = c[c.index <= f - pd.Timedelta(days=7)].iloc[-1]
    return round(float(c[:f].iloc[-1] - prev), 2)


def nine_month_best_since(t, y):
    """last year before y whose Jan-Sep price return was >= year y's"""
    c = df(t).close
    def r(yy):
        a = c[c.index < pd.Timestamp(yy, 1, 1)].iloc[-1]; b = c[c.index < pd.Timestamp(yy, 10, 1)].iloc[-1]
        return 100 * (b / a - 1)
    v = r(y)
    for yy in range(y - 1, c.index[0].year, -1):
        if r(yy) >= v:
            return yy
    return None


def nine_month_return(t, y):
    c = df(t).close
    a = c[c.index < pd.Timestamp(y, 1, 1)].iloc[-1]; b = c[c.index < pd.Timestamp(y, 10, 1)].iloc[-1]
    return round(float(100 * (b / a - 1)), 3)


def dgs10(d):
    return float(fred('DGS10')[pd.Timestamp(d)])


def dgs10_last_at_least(d):
    s = fred('DGS10'); v = s[pd.Timestamp(d)]
    p = s[s.index < pd.Timestamp(d)]; p = p[p >= v]
    return str(p.index[-1].date())


def fomc_meeting(d):
    m = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'))
    return bool((m.date == d).any())


def fed_range_change(d):
    """change of the upper bound of the target range across a decision day d (effective next day)"""
    s = fred('DFEDTARU'); d = pd.Timestamp(d)
    return round(float(s[s.index > d].iloc[0] - s[s.index <= d].iloc[-1]), 2)


def last_point_drop_as_big(t, d):
    """last earlier session whose point loss was at least as large"""
    c = df(t).close; ch = c.diff(); i = _i(t, d); v = ch.iloc[i]
    p = ch.iloc[:i]; p = p[p <= v]
    return str(p.index[-1].date())


def up_streak(t, d):
    c = df(t).close; i = _i(t, d); n = 0
    while i > 0 and c.iloc[i] > c.iloc[i - 1]:
        n += 1; i -= 1
    return n


def longest_up_streak_before(t, d):
    c = df(t).close[:pd.Timestamp(d)]
    up = (c.diff() > 0).astype(int).values[:-1]
    best = run = 0
    for u in up:
        run = run + 1 if u else 0; best = max(best, run)
    return best


def weekly_up_streak(t, friday):
    c = df(t).close[:pd.Timestamp(friday)]
    w = c.resample('W-FRI').last().dropna(); r = w.diff().values; n = 0
    for x in r[::-1]:
        if x > 0: n += 1
        else: break
    return n


def fedtarget_last_at_least(level, before):
    """last day the target (DFEDTAR, or DFEDTARU from 2008-12-16) was at least level, before a date"""
    a = fred('DFEDTAR'); b = fred('DFEDTARU'); s = pd.concat([a, b]).sort_index()
    s = s[s.index < pd.Timestamp(before)]; s = s[s >= level]
    return str(s.index[-1].date())


def fed_upper_after(d):
    s = fred('DFEDTARU'); return float(s[s.index > pd.Timestamp(d)].iloc[0])


def fed_range_changes_in(y, upto):
    s = fred('DFEDTARU'); s = s[(s.index >= pd.Timestamp(y, 1, 1)) & (s.index <= pd.Timestamp(upto))]
    prev = fred('DFEDTARU')[fred('DFEDTARU').index < pd.Timestamp(y, 1, 1)].iloc[-1]
    x = pd.concat([pd.Series([prev]), s.reset_index(drop=True)])
    return int((x.diff().fillna(0) != 0).sum())


def negative_years(t, y0, y1):
    return [y for y in range(y0, y1 + 1) if year_return(t, y) < 0]


def month_pct(t, d):
    c = df(t).close; d = pd.Timestamp(d)
    base = c[c.index < pd.Timestamp(d.year, d.month, 1)].iloc[-1]
    return round(float(100 * (c[:d].iloc[-1] / base - 1)), 3)


RECIPES = {
    'pri_20130328_sp500_record_1569#0': "is_record_close('SPX','2013-03-28')",
    'pri_20130328_sp500_record_1569#1': "chg('SPX','2013-03-28')",
    'pri_20130328_sp500_record_1569#2': "pct_change('SPX','2013-03-28')",
    'pri_20130328_sp500_record_1569#3': "close('SPX','2013-03-28')",
    'pri_20130328_sp500_record_1569#4': "window_pct('SPX','2012-12-31','2013-03-28')",
    'pri_20130328_sp500_record_1569#5': "prev_record_close_date('SPX','2013-03-28')",
    'pri_20130328_sp500_record_1569#6': "drawdown_between('SPX','2007-10-09','2009-03-09')",
    'pri_20130328_sp500_record_1569#7': "close('SPX','2009-03-09')",
    'pri_20130328_sp500_record_1569#8': "is_record_close('DJI','2013-03-28')",
    'pri_20130328_sp500_record_1569#9': "chg('DJI','2013-03-28')",
    'pri_20130328_sp500_record_1569#10': "close('DJI','2013-03-28')",
    'pri_20130328_sp500_record_1569#11': "chg('IXIC','2013-03-28')",
    'pri_20130328_sp500_record_1569#12': "pct_change('IXIC','2013-03-28')",
    'pri_20130328_sp500_record_1569#13': "close('IXIC','2013-03-28')",
    'newsday_20140703_dow_17000#0': "first_close_above('DJI',17000)",
    'newsday_20140703_dow_17000#1': "is_record_close('SPX','2014-07-03')",
    'newsday_20140703_dow_17000#2': "chg('DJI','2014-07-03')",
    'newsday_20140703_dow_17000#3': "pct_change('DJI','2014-07-03')",
    'newsday_20140703_dow_17000#4': "close('DJI','2014-07-03')",
    'newsday_20140703_dow_17000#5': "chg('SPX','2014-07-03')",
    'newsday_20140703_dow_17000#6': "pct_change('SPX','2014-07-03')",
    'newsday_20140703_dow_17000#7': "close('SPX','2014-07-03')",
    'newsday_20140703_dow_17000#8': "chg('IXIC','2014-07-03')",
    'newsday_20140703_dow_17000#9': "pct_change('IXIC','2014-07-03')",
    'newsday_20140703_dow_17000#10': "close('IXIC','2014-07-03')",
    'cityam_20150618_wall_st_after_fed#0': "fomc_meeting('2015-06-17')",
    'cityam_20150618_wall_st_after_fed#3': "share_of_gain_given_back('SPX','2015-06-17')",
    'cityam_20150618_wall_st_after_fed#4': "chg('DJI','2015-06-17')",
    'cityam_20150618_wall_st_after_fed#5': "pct_change('DJI','2015-06-17')",
    'cityam_20150618_wall_st_after_fed#6': "close('DJI','2015-06-17')",
    'cityam_20150618_wall_st_after_fed#7': "chg('SPX','2015-06-17')",
    'cityam_20150618_wall_st_after_fed#8': "pct_change('SPX','2015-06-17')",
    'cityam_20150618_wall_st_after_fed#9': "close('SPX','2015-06-17')",
    'cityam_20150618_wall_st_after_fed#10': "chg('IXIC','2015-06-17')",
    'cityam_20150618_wall_st_after_fed#11': "pct_change('IXIC','2015-06-17')",
    'cityam_20150618_wall_st_after_fed#12': "close('IXIC','2015-06-17')",
    'cityam_20150618_wall_st_after_fed#13': "intraday_high_pct('SPX','2015-06-17')",
    'bbc_20151028_fed_holds_rates#0': "fed_range_change('2015-10-28')",
    'bbc_20151028_fed_holds_rates#2': "chg('DJI','2015-10-28')",
    'bbc_20151028_fed_holds_rates#3': "pct_change('DJI','2015-10-28')",
    'bbc_20151028_fed_holds_rates#4': "close('DJI','2015-10-28')",
    'bbc_20151028_fed_holds_rates#5': "chg('SPX','2015-10-28')",
    'bbc_20151028_fed_holds_rates#6': "pct_change('SPX','2015-10-28')",
    'bbc_20151028_fed_holds_rates#7': "close('SPX','2015-10-28')",
    'bbc_20151028_fed_holds_rates#8': "chg('IXIC','2015-10-28')",
    'bbc_20151028_fed_holds_rates#9': "pct_change('IXIC','2015-10-28')",
    'bbc_20151028_fed_holds_rates#10': "close('IXIC','2015-10-28')",
    'dawn_20160625_brexit_dow_610#0': "pct_change('DJI','2016-06-24')",
    'dawn_20160625_brexit_dow_610#1': "close('DJI','2016-06-24')",
    'dawn_20160625_brexit_dow_610#2': "chg('DJI','2016-06-24')",
    'dawn_20160625_brexit_dow_610#3': "last_point_drop_as_big('DJI','2016-06-24')",
    'dawn_20160625_brexit_dow_610#4': "pct_change('SPX','2016-06-24')",
    'dawn_20160625_brexit_dow_610#5': "close('SPX','2016-06-24')",
    'dawn_20160625_brexit_dow_610#6': "pct_change('IXIC','2016-06-24')",
    'dawn_20160625_brexit_dow_610#7': "close('IXIC','2016-06-24')",
    'news24_20180320_facebook_tech_selloff#0': "pct_change('IXIC','2018-03-19')",
    'news24_20180320_facebook_tech_selloff#1': "close('IXIC','2018-03-19')",
    'news24_20180320_facebook_tech_selloff#2': "pct_change('DJI','2018-03-19')",
    'news24_20180320_facebook_tech_selloff#3': "close('DJI','2018-03-19')",
    'news24_20180320_facebook_tech_selloff#4': "pct_change('SPX','2018-03-19')",
    'news24_20180320_facebook_tech_selloff#5': "close('SPX','2018-03-19')",
    'news24_20180320_facebook_tech_selloff#6': "fomc_meeting('2018-03-21')",
    'usatoday_20180323_dow_correction_trade#0': "chg('DJI','2018-03-23')",
    'usatoday_20180323_dow_correction_trade#1': "close('DJI','2018-03-23')",
    'usatoday_20180323_dow_correction_trade#2': "week_pts('DJI','2018-03-23')",
    'usatoday_20180323_dow_correction_trade#3': "week_pct('DJI','2018-03-23')",
    'usatoday_20180323_dow_correction_trade#4': "pct_below_record_close('DJI','2018-03-23')",
    'usatoday_20180323_dow_correction_trade#5': "prev_record_close('DJI','2018-03-23')",
    'usatoday_20180323_dow_correction_trade#6': "record_close_date_upto('DJI','2018-03-23')",
    'usatoday_20180323_dow_correction_trade#7': "last_close_at_or_below('DJI','2018-03-23')",
    'newser_20180402_dow_drops_458#0': "chg('SPX','2018-04-02')",
    'newser_20180402_dow_drops_458#1': "pct_change('SPX','2018-04-02')",
    'newser_20180402_dow_drops_458#2': "close('SPX','2018-04-02')",
    'newser_20180402_dow_drops_458#3': "min_close_date('SPX','2018-01-02','2018-03-29')",
    'newser_20180402_dow_drops_458#4': "chg('DJI','2018-04-02')",
    'newser_20180402_dow_drops_458#5': "pct_change('DJI','2018-04-02')",
    'newser_20180402_dow_drops_458#6': "close('DJI','2018-04-02')",
    'newser_20180402_dow_drops_458#7': "intraday_low_pts('DJI','2018-04-02')",
    'newser_20180402_dow_drops_458#8': "chg('IXIC','2018-04-02')",
    'newser_20180402_dow_drops_458#9': "pct_change('IXIC','2018-04-02')",
    'newser_20180402_dow_drops_458#10': "close('IXIC','2018-04-02')",
    'newsmax_20180424_10yr_3pct_stocks_slide#0': "dgs10('2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#1': "dgs10_last_at_least('2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#2': "down_streak('DJI','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#3': "ytd('SPX','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#4': "chg('DJI','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#5': "pct_change('DJI','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#6': "close('DJI','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#7': "chg('SPX','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#8': "pct_change('SPX','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#9': "close('SPX','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#10': "chg('IXIC','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#11': "pct_change('IXIC','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#12': "close('IXIC','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#13': "intraday_low_pts('DJI','2018-04-24')",
    'newsmax_20180424_10yr_3pct_stocks_slide#14': "intraday_high_pts('DJI','2018-04-24')",
    'globalrubbermarkets_20180625_trade_war_selloff#0': "pct_change('DJI','2018-06-25')",
    'globalrubbermarkets_20180625_trade_war_selloff#1': "close('DJI','2018-06-25')",
    'globalrubbermarkets_20180625_trade_war_selloff#2': "intraday_low_pct('DJI','2018-06-25')",
    'globalrubbermarkets_20180625_trade_war_selloff#3': "pct_change('SPX','2018-06-25')",
    'globalrubbermarkets_20180625_trade_war_selloff#4': "close('SPX','2018-06-25')",
    'globalrubbermarkets_20180625_trade_war_selloff#5': "pct_change('IXIC','2018-06-25')",
    'globalrubbermarkets_20180625_trade_war_selloff#6': "close('IXIC','2018-06-25')",
    'ap_20191115_dow_28000#0': "first_close_above('DJI',28000)",
    'ap_20191115_dow_28000#1': "is_record_close('SPX','2019-11-15')",
    'ap_20191115_dow_28000#2': "is_record_close('IXIC','2019-11-15')",
    'ap_20191115_dow_28000#3': "weekly_up_streak('SPX','2019-11-15')",
    'ap_20191115_dow_28000#4': "weekly_up_streak('DJI','2019-11-15')",
    'ap_20191115_dow_28000#5': "fed_range_changes_in(2019,'2019-11-15')",
    'ap_20191115_dow_28000#6': "chg('SPX','2019-11-15')",
    'ap_20191115_dow_28000#7': "pct_change('SPX','2019-11-15')",
    'ap_20191115_dow_28000#8': "close('SPX','2019-11-15')",
    'ap_20191115_dow_28000#9': "chg('DJI','2019-11-15')",
    'ap_20191115_dow_28000#10': "pct_change('DJI','2019-11-15')",
    'ap_20191115_dow_28000#11': "close('DJI','2019-11-15')",
    'ap_20191115_dow_28000#12': "chg('IXIC','2019-11-15')",
    'ap_20191115_dow_28000#13': "pct_change('IXIC','2019-11-15')",
    'ap_20191115_dow_28000#14': "close('IXIC','2019-11-15')",
    'ap_20191115_dow_28000#15': "chg('RUT','2019-11-15')",
    'ap_20191115_dow_28000#16': "pct_change('RUT','2019-11-15')",
    'ap_20191115_dow_28000#17': "close('RUT','2019-11-15')",
    'ap_20191115_dow_28000#18': "ytd('DJI','2019-11-15')",
    'ap_20191115_dow_28000#19': "dgs10('2019-11-15')",
    'ap_20191115_dow_28000#20': "dgs10('2019-11-14')",
    'afp_20200806_nasdaq_11000#0': "pct_change('IXIC','2020-08-06')",
    'afp_20200806_nasdaq_11000#1': "close('IXIC','2020-08-06')",
    'afp_20200806_nasdaq_11000#2': "record_close_streak('IXIC','2020-08-06')",
    'afp_20200806_nasdaq_11000#3': "first_close_above('IXIC',11000)",
    'afp_20200806_nasdaq_11000#4': "pct_change('DJI','2020-08-06')",
    'afp_20200806_nasdaq_11000#5': "close('DJI','2020-08-06')",
    'afp_20200806_nasdaq_11000#6': "pct_change('SPX','2020-08-06')",
    'afp_20200806_nasdaq_11000#7': "close('SPX','2020-08-06')",
    'cnbc_20210510_tech_rout_dow_record_reversal#0': "pct_change('IXIC','2021-05-10')",
    'cnbc_20210510_tech_rout_dow_record_reversal#1': "close('IXIC','2021-05-10')",
    'cnbc_20210510_tech_rout_dow_record_reversal#2': "close_minus_low('IXIC','2021-05-10')",
    'cnbc_20210510_tech_rout_dow_record_reversal#3': "intraday_high_pts('DJI','2021-05-10')",
    'cnbc_20210510_tech_rout_dow_record_reversal#4': "is_record_high('DJI','2021-05-10')",
    'cnbc_20210510_tech_rout_dow_record_reversal#5': "chg('DJI','2021-05-10')",
    'cnbc_20210510_tech_rout_dow_record_reversal#6': "pct_change('DJI','2021-05-10')",
    'cnbc_20210510_tech_rout_dow_record_reversal#7': "close('DJI','2021-05-10')",
    'cnbc_20210510_tech_rout_dow_record_reversal#8': "pct_change('SPX','2021-05-10')",
    'cnbc_20210510_tech_rout_dow_record_reversal#9': "close('SPX','2021-05-10')",
    'cnbc_20210510_tech_rout_dow_record_reversal#10': "is_record_close('SPX','2021-05-07')",
    'techstory_20221230_wall_street_ends_2022#0': "chg('SPX','2022-12-30')",
    'techstory_20221230_wall_street_ends_2022#1': "pct_change('SPX','2022-12-30')",
    'techstory_20221230_wall_street_ends_2022#2': "close('SPX','2022-12-30')",
    'techstory_20221230_wall_street_ends_2022#3': "month_pct('SPX','2022-12-30')",
    'techstory_20221230_wall_street_ends_2022#4': "chg('DJI','2022-12-30')",
    'techstory_20221230_wall_street_ends_2022#5': "pct_change('DJI','2022-12-30')",
    'techstory_20221230_wall_street_ends_2022#6': "close('DJI','2022-12-30')",
    'techstory_20221230_wall_street_ends_2022#7': "chg('IXIC','2022-12-30')",
    'techstory_20221230_wall_street_ends_2022#8': "pct_change('IXIC','2022-12-30')",
    'techstory_20221230_wall_street_ends_2022#9': "close('IXIC','2022-12-30')",
    'techstory_20221230_wall_street_ends_2022#10': "year_return('SPX',2022)",
    'techstory_20221230_wall_street_ends_2022#11': "negative_years('SPX',2009,2022)",
    'techstory_20221230_wall_street_ends_2022#12': "year_return('SPX',2021)",
    'techstory_20221230_wall_street_ends_2022#13': "year_return('IXIC',2022)",
    'techstory_20221230_wall_street_ends_2022#14': "year_return('DJI',2022)",
    'techstory_20221230_wall_street_ends_2022#15': "max([y for y in range(1958, 2022) if year_return('SPX', y) <= year_return('SPX', 2022)])",
    'marketwatch_20230726_dow_13_day_streak_fed#0': "up_streak('DJI','2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#1': "fed_range_change('2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#2': "fed_upper_after('2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#3': "fedtarget_last_at_least(5.5, '2023-07-27')",
    'marketwatch_20230726_dow_13_day_streak_fed#4': "chg('DJI','2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#5': "pct_change('DJI','2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#6': "close('DJI','2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#7': "longest_up_streak_before('DJI','2023-07-25')",
    'marketwatch_20230726_dow_13_day_streak_fed#8': "chg('SPX','2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#9': "close('SPX','2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#10': "chg('IXIC','2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#11': "pct_change('IXIC','2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#12': "close('IXIC','2023-07-26')",
    'marketwatch_20230726_dow_13_day_streak_fed#13': "chg('DJI','2023-07-25')",
    'marketwatch_20230726_dow_13_day_streak_fed#14': "pct_change('DJI','2023-07-25')",
    'marketwatch_20230726_dow_13_day_streak_fed#15': "close('DJI','2023-07-25')",
    'cnn_20240209_sp500_5000#0': "first_close_above('SPX',5000)",
    'cnn_20240209_sp500_5000#1': "first_high_above('SPX',5000)",
    'cnn_20240209_sp500_5000#2': "first_close_above('SPX',1000)",
    'cnn_20240209_sp500_5000#3': "first_close_above('SPX',4000)",
    'cnn_20240209_sp500_5000#4': "close('SPX','2022-01-03')",
    'cnn_20240209_sp500_5000#5': "prev_record_close_date('SPX','2024-01-19')",
    'cnn_20240209_sp500_5000#6': "is_record_close('SPX','2024-01-19')",
    'cnn_20240209_sp500_5000#7': "record_closes_in('SPX','2024-01-01','2024-01-31')",
    'cnn_20240209_sp500_5000#9': "ytd('SPX','2024-02-09')",
    'cnn_20240209_sp500_5000#10': "year_return('SPX',2023)",
    'forbes_20241108_sp500_6000#0': "high('SPX','2024-11-08')",
    'forbes_20241108_sp500_6000#1': "close('SPX','2024-11-08')",
    'forbes_20241108_sp500_6000#2': "is_record_close('SPX','2024-11-08')",
    'forbes_20241108_sp500_6000#3': "pct_change('SPX','2024-11-08')",
    'forbes_20241108_sp500_6000#4': "week_pct('SPX','2024-11-08')",
    'forbes_20241108_sp500_6000#5': "last_week_gain_at_least('SPX','2024-11-08')",
    'forbes_20241108_sp500_6000#6': "ytd('SPX','2024-11-08')",
    'forbes_20241108_sp500_6000#7': "year_return('SPX',2023)",
    'forbes_20241108_sp500_6000#8': "year_return('SPX',2013)",
    'forbes_20241108_sp500_6000#9': "year_return('SPX',2019)",
    'forbes_20241108_sp500_6000#10': "year_return('SPX',2021)",
    'forbes_20241108_sp500_6000#11': "year_return('SPX',2003)",
    'forbes_20241108_sp500_6000#12': "first_close_above('SPX',2000)",
    'forbes_20241108_sp500_6000#13': "first_close_above('SPX',3000)",
    'zylostar_20251107_nasdaq_weekly_decline#0': "last_week_loss_at_least('IXIC','2025-11-07')",
    'zylostar_20251107_nasdaq_weekly_decline#1': "pct_change('IXIC','2025-11-07')",
    'zylostar_20251107_nasdaq_weekly_decline#2': "close('IXIC','2025-11-07')",
    'zylostar_20251107_nasdaq_weekly_decline#3': "pct_change('SPX','2025-11-07')",
    'zylostar_20251107_nasdaq_weekly_decline#4': "close('SPX','2025-11-07')",
    'zylostar_20251107_nasdaq_weekly_decline#5': "chg('DJI','2025-11-07')",
    'zylostar_20251107_nasdaq_weekly_decline#6': "pct_change('DJI','2025-11-07')",
    'zylostar_20251107_nasdaq_weekly_decline#7': "close('DJI','2025-11-07')",
    'zylostar_20251107_nasdaq_weekly_decline#8': "intraday_low_pct('IXIC','2025-11-07')",
    'zylostar_20251107_nasdaq_weekly_decline#9': "intraday_low_pct('SPX','2025-11-07')",
    'zylostar_20251107_nasdaq_weekly_decline#10': "intraday_low_pct('DJI','2025-11-07')",
}


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    key = [json.loads(l) for l in open(keyp) if l.strip()]
    mism = 0; n = 0
    for r in key:
        k = '%s#%d' % (r['passage_id'], r['claim_index'])
        expr = RECIPES.get(k)
        if expr is None:
            ok = r['computed_value'] is None; v = None
        else:
            n += 1
            v = eval(expr)
            ok = same(v, r['computed_value'])
        if not ok:
            mism += 1
        print('%-60s %-8s %s' % (k, 'ok' if ok else 'MISMATCH', v))
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(key), mism))
    sys.exit(1 if mism else 0)


if __name__ == '__main__':
    main()
