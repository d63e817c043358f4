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
