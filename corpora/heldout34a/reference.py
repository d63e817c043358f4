"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints every recomputed value and a last line
"N recipes, N key records, M mismatches"; exits 1 on any mismatch. Needs pandas.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'RUT': 'RUT', 'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'IWM': 'IWM', 'SPY': 'SPY'}
_cache = {}
DATA = None


def df(t):
    if t not in _cache:
        d = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date').sort_index()
        d = d[d['close'].notna()]
        _cache[t] = d
    return _cache[t]


def _r(x, n=4):
    return round(float(x), n)


def C(t, d):            # close
    return _r(df(t).loc[d, 'close'])

def H(t, d):            # session high
    return _r(df(t).loc[d, 'high'])

def LO(t, d):           # session low
    return _r(df(t).loc[d, 'low'])

def prev_close(t, d):
    s = df(t)['close']
    return _r(s[s.index < pd.Timestamp(d)].iloc[-1])

def chg(t, d):          # point change vs previous close
    return _r(df(t).loc[d, 'close'] - prev_close(t, d), 2)

def pct(t, d):          # percent change vs previous close
    return _r((df(t).loc[d, 'close'] / prev_close(t, d) - 1) * 100, 3)

def win(t, a, b):       # percent change close(a) -> close(b)
    return _r((df(t).loc[b, 'close'] / df(t).loc[a, 'close'] - 1) * 100, 3)

def last_close_before(t, d):
    s = df(t)['close']
    return s[s.index < pd.Timestamp(d)].index[-1].strftime('%Y-%m-%d')

def ytd(t, d):
    y0 = last_close_before(t, '%s-01-01' % pd.Timestamp(d).year)
    return win(t, y0, d)

def year_ret(t, y):
    return win(t, last_close_before(t, '%d-01-01' % y), last_close_before(t, '%d-01-01' % (y + 1)))

def ytd_gap_bp(t_big, t_small, d):   # (ytd big - ytd small) in basis points
    return _r((ytd(t_big, d) - ytd(t_small, d)) * 100, 1)

def min_close(t, a, b):
    return _r(df(t).loc[a:b, 'close'].min())

def min_low(t, a, b):
    return _r(df(t).loc[a:b, 'low'].min())

def argmin_close(t, a, b):
    return df(t).loc[a:b, 'close'].idxmin().strftime('%Y-%m-%d')

def first_close(t, a, b):
    return _r(df(t).loc[a:b, 'close'].iloc[0])

def first_date_high_ge(t, level):
    d = df(t)
    return d[d['high'] >= level].index[0].strftime('%Y-%m-%d')

def last_date_close_ge_before(t, level, d):
    x = df(t)
    x = x[(x.index < pd.Timestamp(d)) & (x['close'] >= level)]
    return x.index[-1].strftime('%Y-%m-%d')

def max_close_before(t, d):
    s = df(t)['close']
    return _r(s[s.index < pd.Timestamp(d)].max())

def max_high_upto(t, d):
    return _r(df(t).loc[:d, 'high'].max())

def is_record_close(t, d):
    return bool(df(t).loc[d, 'close'] > max_close_before(t, d))

def closed_at_high(ts, d):
    return [bool(abs(df(t).loc[d, 'close'] - df(t).loc[d, 'high']) < 0.005) for t in ts]

def vol(t, d):
    return int(df(t).loc[d, 'volume'])

def low52(t, d):
    e = pd.Timestamp(d)
    return _r(df(t).loc[e - pd.Timedelta(days=364):e, 'low'].min())

def high52(t, d):
    e = pd.Timestamp(d)
    return _r(df(t).loc[e - pd.Timedelta(days=364):e, 'high'].max())

def changes(ts, d):
    return [chg(t, d) for t in ts]

def month_ret(t, ym, upto=None):
    s = df(t)['close']
    start = last_close_before(t, ym + '-01')
    end = upto or s.loc[ym].index[-1].strftime('%Y-%m-%d')
    return win(t, start, end)

def mtd_range(t, d):    # month-to-date % at session low and high
    base = df(t).loc[last_close_before(t, pd.Timestamp(d).strftime('%Y-%m-01')), 'close']
    return [_r((df(t).loc[d, 'low'] / base - 1) * 100, 3), _r((df(t).loc[d, 'high'] / base - 1) * 100, 3)]

def best_month_before(t, ym):
    m = df(t)['close'].resample('ME').last().pct_change().dropna() * 100
    m = m[m.index < pd.Timestamp(ym + '-01')]
    return [m.idxmax().strftime('%Y-%m'), _r(m.max(), 3)]

def ratio(a, b):
    return _r(a / b, 3)

def rel_streak(t1, t2, d):   # consecutive sessions ending d with pct(t1) > pct(t2)
    a = df(t1)['close'].pct_change(); b = df(t2)['close'].pct_change()
    x = (a - b).dropna().loc[:d]
    n = 0
    for v in x[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n

def run_1pct(t, d):          # consecutive sessions ending d with a gain of at least 1%
    p = df(t)['close'].pct_change().loc[:d] * 100
    n = 0
    for v in p[::-1]:
        if v >= 1:
            n += 1
        else:
            break
    return n

def prior_runs(t, n, d):     # sessions before d on which a run of >=1% gains reached n days
    p = (df(t)['close'].pct_change() * 100 >= 1).astype(int)
    run = p.groupby((p != p.shift()).cumsum()).cumsum()
    hit = run[(run == n) & (run.index < pd.Timestamp(d))]
    return [x.strftime('%Y-%m-%d') for x in hit.index]

def rel5(t1, t2, d, n=5):
    a = df(t1)['close']; b = df(t2)['close']
    x = ((a / a.shift(n) - b / b.shift(n)) * 100).dropna()
    return _r(x.loc[d], 3)

def top_rel5_before(t1, t2, d, k=2, n=5):
    a = df(t1)['close']; b = df(t2)['close']
    x = ((a / a.shift(n) - b / b.shift(n)) * 100).dropna()
    x = x[x.index < pd.Timestamp(d)].sort_values(ascending=False)
    return [i.strftime('%Y-%m-%d') for i in x.index[:k]]

def max_rel5_upto(t1, t2, d, n=5):
    a = df(t1)['close']; b = df(t2)['close']
    x = ((a / a.shift(n) - b / b.shift(n)) * 100).dropna()
    return x.loc[:d].idxmax().strftime('%Y-%m-%d')

def ytd_order(ts, d):        # tickers sorted by YTD return, best first
    return sorted(ts, key=lambda t: -ytd(t, d))

def year_order(ts, y):
    return sorted(ts, key=lambda t: -year_ret(t, y))

def has_row(ts, d):
    return [bool(pd.Timestamp(d) in df(t).index) for t in ts]


RECIPES = {
    # goldmanresearch_20121227_rut_primer
    ('goldmanresearch_20121227_rut_primer', 2): "min_close('RUT','2009-02-01','2009-02-28')",
    ('goldmanresearch_20121227_rut_primer', 3): "argmin_close('RUT','2009-01-01','2012-12-26')",
    ('goldmanresearch_20121227_rut_primer', 4): "C('RUT','2012-12-26')",
    ('goldmanresearch_20121227_rut_primer', 5): "C('RUT','2012-12-26')",
    ('goldmanresearch_20121227_rut_primer', 6): "first_close('RUT','2012-10-01','2012-12-26')",
    ('goldmanresearch_20121227_rut_primer', 7): "min_close('RUT','2012-10-01','2012-12-26')",
    # financialstrend_20130715_iwm_small_cap_strength
    ('financialstrend_20130715_iwm_small_cap_strength', 0): "win('DJI','2013-07-05','2013-07-12')",
    ('financialstrend_20130715_iwm_small_cap_strength', 1): "win('SPX','2013-07-05','2013-07-12')",
    ('financialstrend_20130715_iwm_small_cap_strength', 2): "win('IXIC','2013-07-05','2013-07-12')",
    ('financialstrend_20130715_iwm_small_cap_strength', 3): "closed_at_high(['DJI','SPX','IXIC'],'2013-07-12')",
    ('financialstrend_20130715_iwm_small_cap_strength', 5): "is_record_close('RUT','2013-07-12')",
    ('financialstrend_20130715_iwm_small_cap_strength', 6): "C('IWM','2013-07-15')",
    ('financialstrend_20130715_iwm_small_cap_strength', 7): "_r((103.36 / prev_close('IWM','2013-07-15') - 1) * 100, 3)",
    ('financialstrend_20130715_iwm_small_cap_strength', 8): "LO('IWM','2013-07-15')",
    ('financialstrend_20130715_iwm_small_cap_strength', 9): "H('IWM','2013-07-15')",
    ('financialstrend_20130715_iwm_small_cap_strength', 10): "low52('IWM','2013-07-12')",
    ('financialstrend_20130715_iwm_small_cap_strength', 11): "high52('IWM','2013-07-12')",
    ('financialstrend_20130715_iwm_small_cap_strength', 13): "vol('IWM','2013-07-12')",
    # newsday_20130520_rut_tops_1000
    ('newsday_20130520_rut_tops_1000', 0): "first_date_high_ge('RUT', 1000)",
    ('newsday_20130520_rut_tops_1000', 1): "chg('RUT','2013-05-20')",
    ('newsday_20130520_rut_tops_1000', 2): "changes(['DJI','SPX','IXIC'],'2013-05-20')",
    ('newsday_20130520_rut_tops_1000', 4): "chg('RUT','2013-05-20')",
    ('newsday_20130520_rut_tops_1000', 5): "C('RUT','2013-05-20')",
    ('newsday_20130520_rut_tops_1000', 6): "H('RUT','2013-05-20')",
    ('newsday_20130520_rut_tops_1000', 7): "chg('DJI','2013-05-20')",
    ('newsday_20130520_rut_tops_1000', 8): "C('DJI','2013-05-20')",
    ('newsday_20130520_rut_tops_1000', 9): "pct('SPX','2013-05-20')",
    ('newsday_20130520_rut_tops_1000', 10): "C('SPX','2013-05-20')",
    ('newsday_20130520_rut_tops_1000', 11): "pct('IXIC','2013-05-20')",
    ('newsday_20130520_rut_tops_1000', 12): "C('IXIC','2013-05-20')",
    # profitconfidential_200512_rut_leads_indices
    ('profitconfidential_200512_rut_leads_indices', 0): "ytd('DJI','2005-12-08')",
    ('profitconfidential_200512_rut_leads_indices', 1): "year_ret('DJI',2004)",
    ('profitconfidential_200512_rut_leads_indices', 2): "year_ret('DJI',2003)",
    ('profitconfidential_200512_rut_leads_indices', 3): "year_order(['RUT','SPX','IXIC','DJI'],2003)",
    ('profitconfidential_200512_rut_leads_indices', 4): "ytd_order(['RUT','SPX','IXIC','DJI'],'2005-12-08')",
    ('profitconfidential_200512_rut_leads_indices', 5): "ytd('RUT','2005-12-08')",
    ('profitconfidential_200512_rut_leads_indices', 6): "max_close_before('RUT','2005-12-08')",
    ('profitconfidential_200512_rut_leads_indices', 7): "C('RUT','2005-12-08')",
    ('profitconfidential_200512_rut_leads_indices', 8): "max_high_upto('RUT','2005-12-08')",
    ('profitconfidential_200512_rut_leads_indices', 10): "year_ret('RUT',2004)",
    ('profitconfidential_200512_rut_leads_indices', 11): "year_order(['RUT','SPX','IXIC','DJI'],2004)",
    ('profitconfidential_200512_rut_leads_indices', 12): "year_ret('RUT',2003)",
    ('profitconfidential_200512_rut_leads_indices', 13): "year_ret('IXIC',2003)",
    # cnbc_20111024_small_caps_message
    ('cnbc_20111024_small_caps_message', 0): "pct('IWM','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 1): "chg('RUT','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 2): "pct('RUT','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 3): "C('RUT','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 4): "pct('DJI','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 5): "C('DJI','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 6): "pct('SPX','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 7): "C('SPX','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 8): "pct('IXIC','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 9): "C('IXIC','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 10): "ytd('RUT','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 11): "ytd('DJI','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 12): "ytd('IXIC','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 13): "ytd('SPX','2011-10-24')",
    ('cnbc_20111024_small_caps_message', 14): "last_date_close_ge_before('RUT', 728, '2011-10-24')",
    ('cnbc_20111024_small_caps_message', 16): "C('SPX','2011-10-21')",
    # investing_201711_small_caps_fail_to_keep_up
    ('investing_201711_small_caps_fail_to_keep_up', 0): "ytd_gap_bp('SPX','RUT','2017-10-02')",
    ('investing_201711_small_caps_fail_to_keep_up', 1): "ytd('RUT','2017-11-10')",
    ('investing_201711_small_caps_fail_to_keep_up', 2): "ytd_gap_bp('SPX','RUT','2017-11-10')",
    ('investing_201711_small_caps_fail_to_keep_up', 3): "win('RUT','2017-10-10','2017-11-10')",
    ('investing_201711_small_caps_fail_to_keep_up', 4): "win('SPX','2017-10-10','2017-11-10')",
    # openenterprisenews_20240716_historic_run_small_caps
    ('openenterprisenews_20240716_historic_run_small_caps', 0): "pct('RUT','2024-07-16')",
    ('openenterprisenews_20240716_historic_run_small_caps', 1): "run_1pct('RUT','2024-07-16')",
    ('openenterprisenews_20240716_historic_run_small_caps', 2): "prior_runs('RUT', 5, '2024-07-16')",
    ('openenterprisenews_20240716_historic_run_small_caps', 3): "win('SPX','2024-07-09','2024-07-16')",
    ('openenterprisenews_20240716_historic_run_small_caps', 4): "max_rel5_upto('RUT','SPX','2024-07-16')",
    ('openenterprisenews_20240716_historic_run_small_caps', 5): "top_rel5_before('RUT','SPX','2024-07-16')",
    # ksaplayers_20201130_small_caps_best_month
    ('ksaplayers_20201130_small_caps_best_month', 0): "month_ret('RUT','2020-11')",
    ('ksaplayers_20201130_small_caps_best_month', 2): "best_month_before('RUT','2020-11')",
    ('ksaplayers_20201130_small_caps_best_month', 4): "month_ret('SPX','2020-11')",
    ('ksaplayers_20201130_small_caps_best_month', 5): "ratio(month_ret('RUT','2020-11'), month_ret('SPX','2020-11'))",
    # ts2_20260120_rut_record_first_10_days
    ('ts2_20260120_rut_record_first_10_days', 0): "is_record_close('RUT','2026-01-16')",
    ('ts2_20260120_rut_record_first_10_days', 1): "rel_streak('RUT','SPX','2026-01-16')",
    ('ts2_20260120_rut_record_first_10_days', 2): "ytd('RUT','2026-01-16')",
    ('ts2_20260120_rut_record_first_10_days', 3): "ytd_order(['RUT','SPX','IXIC'],'2026-01-16')",
    ('ts2_20260120_rut_record_first_10_days', 4): "has_row(['RUT','SPX','IXIC'],'2026-01-19')",
}


def evaluate(expr):
    return eval(expr)


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(float(a) - float(b)) < 1e-6
    return a == b


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    for rec in recs:
        k = (rec['passage_id'], rec['claim_index'])
        if k in RECIPES:
            v = evaluate(RECIPES[k])
            ok = same(v, rec['computed_value'])
        else:
            v = None
            ok = rec['computed_value'] is None
        bad += not ok
        print('%s #%d %s %s' % (k[0], k[1], json.dumps(v), 'ok' if ok else 'MISMATCH (key: %s)' % json.dumps(rec['computed_value'])))
    missing = [k for k in RECIPES if k not in {(r['passage_id'], r['claim_index']) for r in recs}]
    bad += len(missing)
    for k in missing:
        print('recipe without key record:', k)
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(recs), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
