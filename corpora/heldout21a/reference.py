"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints every recomputed value; exits 1 on any mismatch.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'DJI': 'DJI', 'SPX': 'GSPC', 'IXIC': 'IXIC', 'RUT': 'RUT', 'DFEDTAR': 'DFEDTAR'}
_cache = {}
DATA = None


def _load(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(os.path.join(DATA, FILES[t] + '.csv'), parse_dates=['date']).set_index('date')
    return _cache[t]


def r2(x):
    return round(float(x), 2) + 0.0


def close(t, d):
    return r2(_load(t).loc[d, 'close'])


def low(t, d):
    return r2(_load(t).loc[d, 'low'])


def chg(t, d):
    c = _load(t)['close'].loc[:d]
    return r2(c.iloc[-1] - c.iloc[-2])


def pct(t, d):
    c = _load(t)['close'].loc[:d]
    return r2((c.iloc[-1] / c.iloc[-2] - 1) * 100)


def session_range_chg(t, d):
    """[low, high] of the session as point change from the previous close."""
    x = _load(t); pc = x['close'].loc[:d].iloc[-2]
    return [r2(x.loc[d, 'low'] - pc), r2(x.loc[d, 'high'] - pc)]


def session_range_pct(t, d):
    x = _load(t); pc = x['close'].loc[:d].iloc[-2]
    return [r2((x.loc[d, 'low'] / pc - 1) * 100), r2((x.loc[d, 'high'] / pc - 1) * 100)]


def record_close(t, d):
    c = _load(t)['close'].loc[:d]
    return [r2(c.max()), str(c.idxmax().date())]


def pct_to_record(t, d):
    c = _load(t)['close'].loc[:d]
    return r2((c.max() / c.iloc[-1] - 1) * 100)


def pct_below_record(t, d):
    c = _load(t)['close'].loc[:d]
    return r2((1 - c.iloc[-1] / c.max()) * 100)


def min_close(t, a, b):
    c = _load(t)['close'].loc[a:b]
    return [r2(c.min()), str(c.idxmin().date())]


def drawdown_min_close(t, a, b):
    c = _load(t)['close'].loc[a:b]
    return r2((1 - c.min() / _load(t)['close'].loc[:a].max()) * 100)


def low_vs_close(t, d, ref):
    return r2((1 - _load(t).loc[d, 'low'] / _load(t).loc[ref, 'close']) * 100)


def days_between(a, b):
    return int((pd.Timestamp(b) - pd.Timestamp(a)).days)


def lowest_since(t, d):
    """Last earlier session with a close at or below the close of d."""
    c = _load(t)['close'].loc[:d]
    p = c.iloc[:-1]
    return str(p[p <= c.iloc[-1]].index[-1].date())


def months_since_lower(t, d):
    a = pd.Timestamp(lowest_since(t, d)); b = pd.Timestamp(d)
    return int((b.year - a.year) * 12 + b.month - a.month)


def point_drop_rank(t, d):
    ch = _load(t)['close'].diff().loc[:d]
    return int((ch < ch.loc[d]).sum() + 1)


def down_days_before(t, d):
    """Consecutive down closes just before d (d itself being an up close)."""
    c = _load(t)['close'].loc[:d]; ch = c.diff().iloc[:-1]
    n = 0
    for v in ch[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def fed_target(d):
    return float(_load('DFEDTAR')['value'].loc[:d].iloc[-1])


def fed_change(d):
    v = _load('DFEDTAR')['value'].loc[:d]
    return r2(v.iloc[-1] - v.iloc[-2])


def fed_target_since(d):
    v = _load('DFEDTAR')['value'].loc[:d]
    chgd = v[v.diff() != 0]
    return str(chgd.index[-1].date())


def fed_cuts_between(a, b):
    v = _load('DFEDTAR')['value'].loc[a:b]
    return int((v.diff() < 0).sum())


def fed_last_at_or_below(level, before):
    v = _load('DFEDTAR')['value'].loc[:before]
    return str(v[v <= level].index[-1].date())


RECIPES = {
    # latimes_19981119_shortest_bear_debate
    ('latimes_19981119_shortest_bear_debate', 0): "pct_to_record('DJI','1998-11-18')",
    ('latimes_19981119_shortest_bear_debate', 1): "min_close('DJI','1998-07-17','1998-11-18')",
    ('latimes_19981119_shortest_bear_debate', 2): "record_close('DJI','1998-07-17')",
    ('latimes_19981119_shortest_bear_debate', 3): "drawdown_min_close('DJI','1998-07-17','1998-11-18')",
    ('latimes_19981119_shortest_bear_debate', 4): "min_close('SPX','1998-07-17','1998-11-18')",
    ('latimes_19981119_shortest_bear_debate', 5): "drawdown_min_close('SPX','1998-07-17','1998-11-18')",
    ('latimes_19981119_shortest_bear_debate', 6): "low('DJI','1998-10-08')",
    ('latimes_19981119_shortest_bear_debate', 7): "low_vs_close('DJI','1998-10-08','1998-07-17')",
    ('latimes_19981119_shortest_bear_debate', 8): "days_between('1998-07-17','1998-08-31')",
    ('latimes_19981119_shortest_bear_debate', 9): "None",
    ('latimes_19981119_shortest_bear_debate', 10): "None",
    # irishtimes_20010313_nasdaq_28_month_low
    ('irishtimes_20010313_nasdaq_28_month_low', 0): "months_since_lower('IXIC','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 1): "chg('IXIC','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 2): "close('IXIC','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 3): "lowest_since('IXIC','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 4): "None",
    ('irishtimes_20010313_nasdaq_28_month_low', 5): "point_drop_rank('DJI','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 6): "chg('DJI','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 7): "close('DJI','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 8): "lowest_since('DJI','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 9): "close('SPX','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 10): "chg('SPX','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 11): "pct_below_record('SPX','2001-03-12')",
    ('irishtimes_20010313_nasdaq_28_month_low', 12): "record_close('SPX','2001-03-12')",
    # abcnews_20070817_discount_rate_cut_rally
    ('abcnews_20070817_discount_rate_cut_rally', 0): "session_range_chg('DJI','2007-08-17')",
    ('abcnews_20070817_discount_rate_cut_rally', 1): "session_range_chg('IXIC','2007-08-17')",
    ('abcnews_20070817_discount_rate_cut_rally', 2): "chg('DJI','2007-08-17')",
    ('abcnews_20070817_discount_rate_cut_rally', 3): "pct('DJI','2007-08-17')",
    ('abcnews_20070817_discount_rate_cut_rally', 4): "chg('IXIC','2007-08-17')",
    ('abcnews_20070817_discount_rate_cut_rally', 5): "pct('IXIC','2007-08-17')",
    ('abcnews_20070817_discount_rate_cut_rally', 6): "[down_days_before('DJI','2007-08-17'), down_days_before('IXIC','2007-08-17')]",
    ('abcnews_20070817_discount_rate_cut_rally', 7): "None",
    ('abcnews_20070817_discount_rate_cut_rally', 8): "fed_target('2007-08-17')",
    ('abcnews_20070817_discount_rate_cut_rally', 9): "days_between(fed_target_since('2007-08-17'),'2007-08-17')",
    # bizjournals_20070817_midmorning_discount_cut
    ('bizjournals_20070817_midmorning_discount_cut', 0): "None",
    ('bizjournals_20070817_midmorning_discount_cut', 1): "session_range_chg('DJI','2007-08-17')",
    ('bizjournals_20070817_midmorning_discount_cut', 2): "session_range_chg('DJI','2007-08-17')",
    ('bizjournals_20070817_midmorning_discount_cut', 3): "session_range_pct('DJI','2007-08-17')",
    ('bizjournals_20070817_midmorning_discount_cut', 4): "session_range_pct('SPX','2007-08-17')",
    ('bizjournals_20070817_midmorning_discount_cut', 5): "session_range_pct('IXIC','2007-08-17')",
    ('bizjournals_20070817_midmorning_discount_cut', 6): "None",
    # abcnews_20080318_fed_cut_75bp_rally
    ('abcnews_20080318_fed_cut_75bp_rally', 0): "chg('DJI','2008-03-18')",
    ('abcnews_20080318_fed_cut_75bp_rally', 1): "chg('IXIC','2008-03-18')",
    ('abcnews_20080318_fed_cut_75bp_rally', 2): "chg('SPX','2008-03-18')",
    ('abcnews_20080318_fed_cut_75bp_rally', 3): "None",
    ('abcnews_20080318_fed_cut_75bp_rally', 4): "None",
    ('abcnews_20080318_fed_cut_75bp_rally', 5): "fed_change('2008-03-18')",
    ('abcnews_20080318_fed_cut_75bp_rally', 6): "fed_target('2008-03-18')",
    ('abcnews_20080318_fed_cut_75bp_rally', 7): "fed_target('2007-07-31')",
    ('abcnews_20080318_fed_cut_75bp_rally', 8): "fed_cuts_between('2007-08-01','2008-03-18')",
    ('abcnews_20080318_fed_cut_75bp_rally', 9): "fed_last_at_or_below(2.25,'2008-03-17')",
}


def compute(expr):
    return eval(expr)


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.jsonl')
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    for r in recs:
        k = (r['passage_id'], r['claim_index'])
        v = compute(RECIPES[k])
        ok = json.dumps(v) == json.dumps(r['computed_value'])
        if not ok:
            bad += 1
        print(('OK  ' if ok else 'MISMATCH ') + f"{k[0]}#{k[1]}: {RECIPES[k]} = {json.dumps(v)}")
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {bad} mismatches")
    sys.exit(1 if bad or len(RECIPES) != len(recs) else 0)


if __name__ == '__main__':
    main()
