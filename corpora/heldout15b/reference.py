#!/usr/bin/env python3
"""Recompute every computed_value of key.jsonl from the market-data CSV files.
Usage: python reference.py [DATA_DIR] [KEY_JSONL]   (DATA_DIR defaults to $CAPSCOPE_DATA_DIR)
Prints each recomputed value; last line: 'N recipes, N key records, M mismatches'; exit 1 on any mismatch.
Independent of the capscope checker; needs pandas."""
import sys, os, json
import pandas as pd, os
_D=None; _cache={}
def set_dir(d):
    global _D; _D=d.rstrip('/')+'/'
FILES={'SPX':'GSPC'}
def df(t):
    if t not in _cache:
        x=pd.read_csv(_D+FILES.get(t,t)+'.csv',parse_dates=['date']).set_index('date').sort_index()
        _cache[t]=x
    return _cache[t]
def T(d): return pd.Timestamp(d)
def _i(t,d):
    x=df(t); i=x.index.get_loc(T(d)); return x,i
def close(t,d): return round(float(df(t).loc[T(d),'close']),4)
def high(t,d): return round(float(df(t).loc[T(d),'high']),4)
def low(t,d): return round(float(df(t).loc[T(d),'low']),4)
def prev_close(t,d):
    x,i=_i(t,d); return float(x['close'].iloc[i-1])
def chg(t,d): return round(close(t,d)-prev_close(t,d),4)
def pct(t,d): return round((close(t,d)/prev_close(t,d)-1)*100,4)
def intraday_low_chg(t,d): return round(low(t,d)-prev_close(t,d),4)
def intraday_high_chg(t,d): return round(high(t,d)-prev_close(t,d),4)
def last_close_before(t,d):
    x=df(t); s=x['close'][x.index<T(d)]; return float(s.iloc[-1])
def pct_between(t,d0,d1): return round((close(t,d1)/close(t,d0)-1)*100,4)
def ytd(t,d):
    y=T(d).year; return round((close(t,d)/last_close_before(t,f'{y}-01-01')-1)*100,4)
def year_return(t,y): return round((last_close_before(t,f'{y+1}-01-01')/last_close_before(t,f'{y}-01-01')-1)*100,4)
def month_return(t,y,m):
    start=f'{y}-{m:02d}-01'; end=(T(start)+pd.offsets.MonthBegin(1)).strftime('%Y-%m-%d')
    return round((last_close_before(t,end)/last_close_before(t,start)-1)*100,4)
def record_close_before(t,d):
    x=df(t); s=x['close'][x.index<T(d)]; return round(float(s.max()),4)
def record_close_date_before(t,d):
    x=df(t); s=x['close'][x.index<T(d)]; return s.idxmax().strftime('%Y-%m-%d')
def record_high_before(t,d):
    x=df(t); s=x['high'][x.index<T(d)]; return round(float(s.max()),4)
def is_record_close(t,d): return bool(close(t,d)>record_close_before(t,d))
def is_record_high(t,d): return bool(high(t,d)>record_high_before(t,d))
def pct_from_record(t,d):
    x=df(t); m=x['close'][x.index<=T(d)].max(); return round((1-close(t,d)/m)*100,4)
def max_drawdown_in_year(t,y):
    x=df(t)['close']; out=0
    for dt,v in x[(x.index>=T(f'{y}-01-01'))&(x.index<T(f'{y+1}-01-01'))].items():
        m=x[x.index<=dt].max(); out=max(out,(1-v/m)*100)
    return round(out,4)
def lowest_since(t,d):
    x=df(t)['close']; v=close(t,d); s=x[(x.index<T(d))&(x<=v)]
    return s.index[-1].strftime('%Y-%m-%d') if len(s) else None
def highest_since(t,d):
    x=df(t)['close']; v=close(t,d); s=x[(x.index<T(d))&(x>=v)]
    return s.index[-1].strftime('%Y-%m-%d') if len(s) else None
def last_drop_as_big(t,d):
    x=df(t)['close']; r=x.pct_change(); v=r.loc[T(d)]; s=r[(r.index<T(d))&(r<=v)]
    return s.index[-1].strftime('%Y-%m-%d') if len(s) else None
def first_close_above(t,level,after='1900-01-01'):
    x=df(t)['close']; s=x[(x.index>=T(after))&(x>level)]; return s.index[0].strftime('%Y-%m-%d')
def sessions_between(t,d0,d1):
    x=df(t); return int(x.index.get_loc(T(d1))-x.index.get_loc(T(d0)))
def count_record_closes(t,y):
    x=df(t)['close']; m=x.cummax(); prev=m.shift(1); rec=(x>prev)
    return int(rec[(rec.index>=T(f'{y}-01-01'))&(rec.index<T(f'{y+1}-01-01'))].sum())
def thousand_marks_crossed(t,y):
    x=df(t)['close']; prevmax=x[x.index<T(f'{y}-01-01')].max(); ymax=x[(x.index>=T(f'{y}-01-01'))&(x.index<T(f'{y+1}-01-01'))].max()
    return int(ymax//1000 - prevmax//1000)
def rel_streak(a,b,d):
    ra=df(a)['close'].pct_change(); rb=df(b)['close'].pct_change()
    j=pd.concat([ra,rb],axis=1,keys=['a','b'],sort=True).dropna(); j=j[j.index<=T(d)]
    n=0
    for v in (j['a']>j['b'])[::-1]:
        if v: n+=1
        else: break
    return n
def last_rel_streak_at_least(a,b,d,n):
    ra=df(a)['close'].pct_change(); rb=df(b)['close'].pct_change()
    j=pd.concat([ra,rb],axis=1,keys=['a','b'],sort=True).dropna(); j=j[j.index<T(d)]
    w=(j['a']>j['b']).astype(int); run=0; last=None; start=None
    for dt,v in w.items():
        run = run+1 if v else 0
        if run>=n: last=dt
    return last.strftime('%Y-%m-%d') if last is not None else None
def worst_month_since(t,y,m):
    """last earlier month of the same calendar month with a return at least as bad"""
    v=month_return(t,y,m); x=df(t)
    first=x.index[0].year+1
    for yy in range(y-1,first-1,-1):
        if month_return(t,yy,m)<=v: return yy
    return None
def worst_year_since(t,y):
    v=year_return(t,y); first=df(t).index[0].year+1
    for yy in range(y-1,first-1,-1):
        if year_return(t,yy)<=v: return yy
    return None
def best_year_since_for_value(t,v,y):
    first=df(t).index[0].year+1
    for yy in range(y-1,first-1,-1):
        if year_return(t,yy)>=v: return yy
    return None
def corrections_in_year(t,y):
    """distinct 52-week peaks from which a close at least 10% lower was reached during year y"""
    x=df(t)['close']; h=x.rolling(252,min_periods=1).max()
    sel=(x<=0.9*h)&(x.index>=T(f'{y}-01-01'))&(x.index<T(f'{y+1}-01-01'))
    return int(h[sel].round(4).nunique())
def fed_upper(d):
    x=pd.read_csv(_D+'DFEDTARU.csv',parse_dates=['date']).set_index('date')['value']; return float(x.loc[T(d)])
def fomc_changes(d0,d1):
    m=pd.read_csv(_D+'FOMC_meetings.csv',parse_dates=['date'])
    u=pd.read_csv(_D+'DFEDTARU.csv',parse_dates=['date']).set_index('date')['value']
    out=[]
    for dt in m['date'][(m['date']>=T(d0))&(m['date']<=T(d1))]:
        a=u.loc[dt-pd.Timedelta(days=1)]; b=u.loc[dt+pd.Timedelta(days=1)]; out.append([dt.strftime('%Y-%m-%d'),round(float(b-a)*100)])
    return out
def is_fomc_day(d):
    m=pd.read_csv(_D+'FOMC_meetings.csv',parse_dates=['date']); return bool((m['date']==T(d)).any())
def low_date_in(t,d0,d1):
    x=df(t)['close']; s=x[(x.index>=T(d0))&(x.index<=T(d1))]; return s.idxmin().strftime('%Y-%m-%d')


RECIPES = [
    ('cnbc_20141210_oil_slide_dow_worst_since_oct9', 1, "pct('DJI','2014-12-10')"),
    ('cnbc_20141210_oil_slide_dow_worst_since_oct9', 2, "last_drop_as_big('DJI','2014-12-10')"),
    ('cnbc_20141210_oil_slide_dow_worst_since_oct9', 3, "intraday_low_chg('DJI','2014-12-10')"),
    ('cnbc_20141210_oil_slide_dow_worst_since_oct9', 4, "chg('DJI','2014-12-10')"),
    ('cnbc_20141210_oil_slide_dow_worst_since_oct9', 7, "pct('VIX','2014-12-10')"),
    ('cnbc_20141210_oil_slide_dow_worst_since_oct9', 8, "close('VIX','2014-12-10')"),
    ('philly_20151202_oil_below_40_stocks_sink', 1, "chg('DJI','2015-12-02')"),
    ('philly_20151202_oil_below_40_stocks_sink', 2, "pct('DJI','2015-12-02')"),
    ('philly_20151202_oil_below_40_stocks_sink', 3, "close('DJI','2015-12-02')"),
    ('philly_20151202_oil_below_40_stocks_sink', 4, "chg('IXIC','2015-12-02')"),
    ('philly_20151202_oil_below_40_stocks_sink', 5, "pct('IXIC','2015-12-02')"),
    ('philly_20151202_oil_below_40_stocks_sink', 6, "close('IXIC','2015-12-02')"),
    ('philly_20151202_oil_below_40_stocks_sink', 7, "chg('SPX','2015-12-02')"),
    ('philly_20151202_oil_below_40_stocks_sink', 8, "pct('SPX','2015-12-02')"),
    ('philly_20151202_oil_below_40_stocks_sink', 9, "close('SPX','2015-12-02')"),
    ('philly_20151202_oil_below_40_stocks_sink', 12, "is_fomc_day('2015-12-16')"),
    ('philly_20151202_oil_below_40_stocks_sink', 13, "fomc_changes('2015-12-16','2015-12-16')"),
    ('businessinsider_20151228_holiday_week_modest_selloff', 1, "close('DJI','2015-12-28')"),
    ('businessinsider_20151228_holiday_week_modest_selloff', 2, "chg('DJI','2015-12-28')"),
    ('businessinsider_20151228_holiday_week_modest_selloff', 3, "pct('DJI','2015-12-28')"),
    ('businessinsider_20151228_holiday_week_modest_selloff', 4, "close('SPX','2015-12-28')"),
    ('businessinsider_20151228_holiday_week_modest_selloff', 5, "chg('SPX','2015-12-28')"),
    ('businessinsider_20151228_holiday_week_modest_selloff', 6, "pct('SPX','2015-12-28')"),
    ('businessinsider_20151228_holiday_week_modest_selloff', 7, "close('IXIC','2015-12-28')"),
    ('businessinsider_20151228_holiday_week_modest_selloff', 8, "chg('IXIC','2015-12-28')"),
    ('businessinsider_20151228_holiday_week_modest_selloff', 9, "pct('IXIC','2015-12-28')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 1, "lowest_since('SPX','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 2, "intraday_low_chg('DJI','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 3, "chg('DJI','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 4, "pct('DJI','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 5, "close('DJI','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 6, "chg('SPX','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 7, "pct('SPX','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 8, "close('SPX','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 9, "lowest_since('SPX','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 10, "chg('IXIC','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 11, "pct('IXIC','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 12, "close('IXIC','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 13, "lowest_since('DJI','2016-01-20')"),
    ('gleaner_20160120_oil_tumbles_dow_565_swing', 14, "lowest_since('IXIC','2016-01-20')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 1, "chg('DJI','2016-02-02')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 2, "chg('DJI','2016-02-02')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 3, "pct('DJI','2016-02-02')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 4, "close('DJI','2016-02-02')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 5, "pct('SPX','2016-02-02')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 6, "pct('IXIC','2016-02-02')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 7, "worst_month_since('DJI',2016,1)"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 8, "worst_month_since('SPX',2016,1)"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 9, "pct('DJI','2016-02-01')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 10, "pct('SPX','2016-02-01')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 11, "pct('IXIC','2016-02-01')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 12, "ytd('DJI','2016-02-02')"),
    ('usatoday_20160202_dow_down_296_oil_below_30', 13, "ytd('IXIC','2016-02-02')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 1, "chg('DJI','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 2, "pct('DJI','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 3, "close('DJI','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 4, "chg('DJI','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 5, "chg('DJI','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 6, "chg('SPX','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 7, "pct('SPX','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 8, "close('SPX','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 9, "chg('IXIC','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 10, "pct('IXIC','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 11, "close('IXIC','2016-02-09')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 12, "ytd('DJI','2016-02-08')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 13, "ytd('SPX','2016-02-08')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 14, "ytd('IXIC','2016-02-08')"),
    ('usatoday_20160209_choppy_tuesday_nasdaq_from_record', 15, "pct_from_record('IXIC','2016-02-08')"),
    ('usatoday_20170822_puny_gains_small_stocks', 1, "ytd('RUT','2017-08-22')"),
    ('usatoday_20170822_puny_gains_small_stocks', 2, "[ytd('RUT','2017-08-18'), ytd('RUT','2017-08-21')]"),
    ('usatoday_20170822_puny_gains_small_stocks', 3, "ytd('DJI','2017-08-22')"),
    ('usatoday_20170822_puny_gains_small_stocks', 4, "ytd('SPX','2017-08-22')"),
    ('usatoday_20170822_puny_gains_small_stocks', 5, "ytd('IXIC','2017-08-22')"),
    ('usatoday_20170822_puny_gains_small_stocks', 6, "low_date_in('SPX','2009-01-01','2009-12-31')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 1, "first_close_above('IXIC',7000)"),
    ('cbsnews_20180102_nasdaq_7000_russell', 2, "close('IXIC','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 3, "is_record_close('SPX','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 4, "close('SPX','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 5, "chg('IXIC','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 6, "pct('IXIC','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 7, "first_close_above('IXIC',6000)"),
    ('cbsnews_20180102_nasdaq_7000_russell', 8, "chg('SPX','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 9, "pct('SPX','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 10, "chg('DJI','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 11, "pct('DJI','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 12, "close('DJI','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 13, "chg('RUT','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 14, "pct('RUT','2018-01-02')"),
    ('cbsnews_20180102_nasdaq_7000_russell', 15, "close('RUT','2018-01-02')"),
    ('ppd_20180105_three_indexes_record_first_week', 1, "[is_record_close(t,'2018-01-05') for t in ['DJI','SPX','IXIC']]"),
    ('ppd_20180105_three_indexes_record_first_week', 2, "chg('DJI','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 3, "pct('DJI','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 4, "close('DJI','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 5, "pct_between('DJI','2017-12-29','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 6, "thousand_marks_crossed('DJI',2017)"),
    ('ppd_20180105_three_indexes_record_first_week', 7, "count_record_closes('DJI',2017)"),
    ('ppd_20180105_three_indexes_record_first_week', 8, "year_return('DJI',2017)"),
    ('ppd_20180105_three_indexes_record_first_week', 9, "sessions_between('DJI',first_close_above('DJI',24000),first_close_above('DJI',25000))"),
    ('ppd_20180105_three_indexes_record_first_week', 10, "sessions_between('DJI',first_close_above('DJI',10000),first_close_above('DJI',11000))"),
    ('ppd_20180105_three_indexes_record_first_week', 11, "sessions_between('DJI',first_close_above('DJI',20000),first_close_above('DJI',21000))"),
    ('ppd_20180105_three_indexes_record_first_week', 12, "chg('IXIC','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 13, "pct('IXIC','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 14, "close('IXIC','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 15, "pct_between('IXIC','2017-12-29','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 16, "chg('SPX','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 17, "pct('SPX','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 18, "close('SPX','2018-01-05')"),
    ('ppd_20180105_three_indexes_record_first_week', 19, "pct_between('SPX','2017-12-29','2018-01-05')"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 1, "chg('DJI','2018-12-31')"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 2, "year_return('DJI',2018)"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 3, "worst_year_since('DJI',2018)"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 4, "year_return('DJI',2008)"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 5, "year_return('SPX',2018)"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 6, "worst_year_since('SPX',2018)"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 7, "worst_month_since('SPX',2018,12)"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 8, "max_drawdown_in_year('SPX',2018)"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 9, "corrections_in_year('SPX',2018)"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 10, "round(20-pct_from_record('SPX','2018-12-24'),4)"),
    ('usatoday_20181231_dow_2018_worst_since_2008', 11, "low_date_in('SPX','2009-01-01','2009-12-31')"),
    ('axios_20200527_russell_second_3pct_day', 1, "[ytd('RUT','2020-05-27'), ytd('SPX','2020-05-27'), ytd('DJI','2020-05-27'), ytd('IXIC','2020-05-27')]"),
    ('axios_20200527_russell_second_3pct_day', 2, "[pct_between('RUT','2020-03-23','2020-05-27'), pct_between('SPX','2020-03-23','2020-05-27')]"),
    ('axios_20200527_russell_second_3pct_day', 3, "pct('RUT','2020-05-27')"),
    ('axios_20200527_russell_second_3pct_day', 4, "pct('RUT','2020-05-26')"),
    ('kiplinger_20210114_small_caps_roar_jobless_claims', 1, "is_record_close('RUT','2021-01-14')"),
    ('kiplinger_20210114_small_caps_roar_jobless_claims', 2, "[pct('SPX','2021-01-14'), pct('IXIC','2021-01-14')]"),
    ('kiplinger_20210114_small_caps_roar_jobless_claims', 3, "ytd('RUT','2021-01-14')"),
    ('kiplinger_20210114_small_caps_roar_jobless_claims', 4, "pct('DJI','2021-01-14')"),
    ('kiplinger_20210114_small_caps_roar_jobless_claims', 5, "close('DJI','2021-01-14')"),
    ('investingchannel_202411_russell_all_time_high_claim', 1, "is_record_high('RUT','2024-11-25')"),
    ('investingchannel_202411_russell_all_time_high_claim', 2, "close('RUT','2024-11-25')"),
    ('investingchannel_202411_russell_all_time_high_claim', 3, "record_close_before('RUT','2024-11-25')"),
    ('investingchannel_202411_russell_all_time_high_claim', 4, "is_record_close('RUT','2024-11-25')"),
    ('investingchannel_202411_russell_all_time_high_claim', 5, "pct_between('RUT','2024-10-25','2024-11-25')"),
    ('investingchannel_202411_russell_all_time_high_claim', 6, "pct_between('RUT','2024-11-18','2024-11-25')"),
    ('investingchannel_202411_russell_all_time_high_claim', 7, "pct_between('SPX','2024-10-25','2024-11-25')"),
    ('investingchannel_202411_russell_all_time_high_claim', 8, "ytd('RUT','2024-11-25')"),
    ('investingchannel_202411_russell_all_time_high_claim', 9, "best_year_since_for_value('RUT',ytd('RUT','2024-11-25'),2024)"),
    ('bloomberg_20250403_russell_bear_tariffs', 1, "pct('RUT','2025-04-03')"),
    ('bloomberg_20250403_russell_bear_tariffs', 2, "pct_from_record('RUT','2025-04-03')"),
    ('bloomberg_20250403_russell_bear_tariffs', 3, "record_close_date_before('RUT','2025-04-03')"),
    ('bloomberg_20250403_russell_bear_tariffs', 4, "pct_from_record('RUT','2024-11-25')"),
    ('comtex_20251210_russell_intraday_record_rate_cuts', 1, "high('RUT','2025-12-10')"),
    ('comtex_20251210_russell_intraday_record_rate_cuts', 2, "is_record_high('RUT','2025-12-10')"),
    ('comtex_20251210_russell_intraday_record_rate_cuts', 3, "is_record_close('RUT','2025-12-10')"),
    ('comtex_20251210_russell_intraday_record_rate_cuts', 4, "pct_between('RUT','2025-07-31','2025-12-10')"),
    ('comtex_20251210_russell_intraday_record_rate_cuts', 5, "pct_between('SPX','2025-07-31','2025-12-10')"),
    ('comtex_20251210_russell_intraday_record_rate_cuts', 6, "pct_between('IXIC','2025-07-31','2025-12-10')"),
    ('comtex_20251210_russell_intraday_record_rate_cuts', 7, "[c[1] for c in fomc_changes('2025-09-01','2025-12-10')]"),
    ('comtex_20251210_russell_intraday_record_rate_cuts', 9, "ytd('RUT','2025-12-10')"),
    ('comtex_20251210_russell_intraday_record_rate_cuts', 10, "best_year_since_for_value('RUT',ytd('RUT','2025-12-10'),2025)"),
    ('wordupnews_20260123_small_caps_streak_broken', 1, "pct('RUT','2026-01-23')"),
    ('wordupnews_20260123_small_caps_streak_broken', 2, "[pct(t,'2026-01-23') for t in ['RUT','SPX','DJI','IXIC']]"),
    ('wordupnews_20260123_small_caps_streak_broken', 3, "rel_streak('RUT','SPX','2026-01-22')"),
    ('wordupnews_20260123_small_caps_streak_broken', 4, "last_rel_streak_at_least('RUT','SPX','2026-01-01',14)"),
]

def _norm(v):
    if isinstance(v, float): return round(v, 4)
    if isinstance(v, list): return [_norm(x) for x in v]
    return v

def _same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(a - b) <= 1e-3
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('usage: reference.py DATA_DIR [KEY_JSONL] (or set CAPSCOPE_DATA_DIR)')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'key.jsonl')
    set_dir(data)
    key = {}
    for line in open(keyp):
        if line.strip():
            r = json.loads(line); key[(r['passage_id'], r['claim_index'])] = r
    bad = 0; seen = set()
    for pid, i, expr in RECIPES:
        v = _norm(eval(expr)); seen.add((pid, i))
        k = key.get((pid, i))
        ok = k is not None and _same(v, k['computed_value'])
        bad += (not ok)
        print(f"{pid} #{i}: {json.dumps(v)}{'' if ok else '  MISMATCH (key: ' + json.dumps(k and k['computed_value']) + ')'}")
    for kk, r in key.items():
        if kk not in seen and r['computed_value'] is not None:
            bad += 1; print(f"{kk[0]} #{kk[1]}: key has a computed_value but no recipe  MISMATCH")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
