"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Needs pandas. Exits 1 on any mismatch.
"""
import json, os, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"RUT": "RUT.csv", "DJI": "DJI.csv", "SPX": "GSPC.csv", "IXIC": "IXIC.csv"}
_cache = {}


def data_dir():
    if len(sys.argv) > 1 and not sys.argv[1].endswith(".jsonl"):
        return sys.argv[1]
    d = os.environ.get("CAPSCOPE_DATA_DIR")
    if not d:
        sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    return d


def S(t):
    if t not in _cache:
        df = pd.read_csv(os.path.join(DATA, FILES[t]), parse_dates=["date"]).set_index("date").sort_index()
        _cache[t] = df
    return _cache[t]


def r2(x):
    return round(float(x), 2)


def close(t, d):
    return r2(S(t).loc[d, "close"])


def high(t, d):
    return r2(S(t).loc[d, "high"])


def low(t, d):
    return r2(S(t).loc[d, "low"])


def _prev(t, d):
    s = S(t).close
    return s[s.index < pd.Timestamp(d)].iloc[-1]


def chg(t, d):
    return r2(S(t).loc[d, "close"] - _prev(t, d))


def pct(t, d):
    return round(float((S(t).loc[d, "close"] / _prev(t, d) - 1) * 100), 3)


def pct_between(t, a, b):
    s = S(t).close
    return round(float((s.loc[b] / s.loc[a] - 1) * 100), 3)


def pts_between(t, a, b):
    s = S(t).close
    return r2(s.loc[b] - s.loc[a])


def ytd(t, d):
    s = S(t).close
    base = s[s.index < pd.Timestamp(str(pd.Timestamp(d).year) + "-01-01")].iloc[-1]
    return round(float((s.loc[d] / base - 1) * 100), 3)


def pct_below_peak(t, d, start=None):
    """percent of the close on d below the highest close from start (or file start) to d; positive = below"""
    s = S(t).close.loc[start:d]
    return round(float((1 - s.loc[d] / s.max()) * 100), 3)


def record_close_before(t, d):
    """[date, value] of the highest close strictly before d"""
    s = S(t).close
    s = s[s.index < pd.Timestamp(d)]
    return [s.idxmax().strftime("%Y-%m-%d"), r2(s.max())]


def record_high_before(t, d):
    s = S(t).high
    s = s[s.index < pd.Timestamp(d)]
    return [s.idxmax().strftime("%Y-%m-%d"), r2(s.max())]


def highest_since(t, d):
    """last session before d with a close at least as high as the close on d"""
    s = S(t).close
    v = s.loc[d]
    prior = s[(s.index < pd.Timestamp(d)) & (s >= v)]
    return prior.index[-1].strftime("%Y-%m-%d") if len(prior) else None


def last_gain_as_big(t, d, points=True):
    """last session before d with a gain (points or percent) at least as large"""
    s = S(t).close
    m = s.diff() if points else s.pct_change()
    v = m.loc[d]
    prior = m[(m.index < pd.Timestamp(d)) & (m >= v)]
    return [prior.index[-1].strftime("%Y-%m-%d"), round(float(prior.iloc[-1]) * (1 if points else 100), 2)]


def sessions_between(t, a, b):
    s = S(t).close
    return int(s.index.get_loc(pd.Timestamp(b)) - s.index.get_loc(pd.Timestamp(a)))


def first_close_above(t, level, start=None):
    s = S(t).close.loc[start:]
    return s[s > level].index[0].strftime("%Y-%m-%d")


def fred(name, d):
    """FRED end-of-day value (DGS10, DGS2) on d"""
    if name not in _cache:
        _cache[name] = pd.read_csv(os.path.join(DATA, name + ".csv"), parse_dates=["date"]).set_index("date")["value"]
    return r2(_cache[name].loc[d])


def in_range(t, d, v):
    """1 if the value lies inside the session's low-high range, else 0"""
    return int(S(t).loc[d, "low"] <= v <= S(t).loc[d, "high"])


RECIPES = {
    # latimes_19981018_fed_week_small_caps
    ("latimes_19981018_fed_week_small_caps", 0): "pct_between('DJI','1998-10-09','1998-10-16')",
    ("latimes_19981018_fed_week_small_caps", 1): "pts_between('DJI','1998-10-09','1998-10-16')",
    ("latimes_19981018_fed_week_small_caps", 2): "close('DJI','1998-10-16')",
    ("latimes_19981018_fed_week_small_caps", 3): "close('DJI','1998-08-14')",
    ("latimes_19981018_fed_week_small_caps", 4): "pct_below_peak('DJI','1998-10-16','1998-01-01')",
    ("latimes_19981018_fed_week_small_caps", 5): "pct_between('SPX','1998-10-09','1998-10-16')",
    ("latimes_19981018_fed_week_small_caps", 6): "pct_below_peak('SPX','1998-10-16','1998-01-01')",
    ("latimes_19981018_fed_week_small_caps", 7): "None",
    ("latimes_19981018_fed_week_small_caps", 8): "pct_between('RUT','1998-10-09','1998-10-16')",
    ("latimes_19981018_fed_week_small_caps", 9): "pct_below_peak('RUT','1998-10-16')",
    # ap_20000307_nasdaq_5000_intraday
    ("ap_20000307_nasdaq_5000_intraday", 0): "in_range('IXIC','2000-03-07',5000.13)",
    ("ap_20000307_nasdaq_5000_intraday", 1): "r2(close('IXIC','2000-03-06') + 95.28)",
    ("ap_20000307_nasdaq_5000_intraday", 2): "high('IXIC','2000-03-07')",
    ("ap_20000307_nasdaq_5000_intraday", 3): "first_close_above('IXIC',4000)",
    ("ap_20000307_nasdaq_5000_intraday", 4): "first_close_above('IXIC',3000)",
    ("ap_20000307_nasdaq_5000_intraday", 5): "pts_between('DJI','2000-02-25','2000-03-03')",
    ("ap_20000307_nasdaq_5000_intraday", 6): "in_range('DJI','2000-03-07',10119)",
    # starbulletin_20031125_nasdaq_best_gain
    ("starbulletin_20031125_nasdaq_best_gain", 0): "chg('IXIC','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 1): "pct('IXIC','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 2): "close('IXIC','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 3): "pct_between('IXIC','2003-11-14','2003-11-21')",
    ("starbulletin_20031125_nasdaq_best_gain", 4): "last_gain_as_big('IXIC','2003-11-24',True)",
    ("starbulletin_20031125_nasdaq_best_gain", 5): "chg('DJI','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 6): "pct('DJI','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 7): "close('DJI','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 8): "pct_between('DJI','2003-11-14','2003-11-21')",
    ("starbulletin_20031125_nasdaq_best_gain", 9): "last_gain_as_big('DJI','2003-11-24',True)",
    ("starbulletin_20031125_nasdaq_best_gain", 10): "chg('SPX','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 11): "pct('SPX','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 12): "close('SPX','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 13): "pct_between('SPX','2003-11-14','2003-11-21')",
    ("starbulletin_20031125_nasdaq_best_gain", 14): "last_gain_as_big('SPX','2003-11-24',True)",
    ("starbulletin_20031125_nasdaq_best_gain", 15): "chg('RUT','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 16): "pct('RUT','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 17): "close('RUT','2003-11-24')",
    ("starbulletin_20031125_nasdaq_best_gain", 18): "None",
    # latimes_20031104_dow_nasdaq_thresholds
    ("latimes_20031104_dow_nasdaq_thresholds", 0): "chg('DJI','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 1): "pct('DJI','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 2): "close('DJI','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 3): "highest_since('DJI','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 4): "chg('IXIC','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 5): "pct('IXIC','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 6): "close('IXIC','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 7): "highest_since('IXIC','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 8): "ytd('DJI','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 9): "ytd('IXIC','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 10): "chg('SPX','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 11): "pct('SPX','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 12): "close('SPX','2003-11-03')",
    ("latimes_20031104_dow_nasdaq_thresholds", 13): "None",
    # irishexaminer_20060928_dow_touches_record
    ("irishexaminer_20060928_dow_touches_record", 0): "record_close_before('DJI','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 1): "in_range('DJI','2006-09-28',11724.86)",
    ("irishexaminer_20060928_dow_touches_record", 2): "chg('DJI','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 3): "pct('DJI','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 4): "close('DJI','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 5): "record_high_before('DJI','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 6): "chg('SPX','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 7): "pct('SPX','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 8): "close('SPX','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 9): "r2(1527.46 - 1339.15)",
    ("irishexaminer_20060928_dow_touches_record", 10): "record_close_before('SPX','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 11): "highest_since('SPX','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 12): "chg('IXIC','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 13): "pct('IXIC','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 14): "close('IXIC','2006-09-28')",
    ("irishexaminer_20060928_dow_touches_record", 15): "record_close_before('IXIC','2006-09-28')",
    # thestar_20070717_dow_passes_14000
    ("thestar_20070717_dow_passes_14000", 0): "high('DJI','2007-07-17')",
    ("thestar_20070717_dow_passes_14000", 1): "record_high_before('DJI','2007-07-17')",
    ("thestar_20070717_dow_passes_14000", 2): "sessions_between('DJI',first_close_above('DJI',13000),'2007-07-17')",
    ("thestar_20070717_dow_passes_14000", 3): "chg('DJI','2007-07-10')",
    ("thestar_20070717_dow_passes_14000", 4): "chg('DJI','2007-07-12')",
    ("thestar_20070717_dow_passes_14000", 5): "in_range('DJI','2007-07-17',13992.85)",
    ("thestar_20070717_dow_passes_14000", 6): "r2(close('DJI','2007-07-16') + 41.87)",
    # latimes_20101105_small_caps_trounce
    ("latimes_20101105_small_caps_trounce", 0): "close('SPX','2010-11-05')",
    ("latimes_20101105_small_caps_trounce", 1): "highest_since('SPX','2010-11-05')",
    ("latimes_20101105_small_caps_trounce", 2): "ytd('SPX','2010-11-05')",
    ("latimes_20101105_small_caps_trounce", 3): "None",
    ("latimes_20101105_small_caps_trounce", 4): "ytd('RUT','2010-11-05')",
    ("latimes_20101105_small_caps_trounce", 5): "None",
    ("latimes_20101105_small_caps_trounce", 6): "pct_between('RUT','2010-10-29','2010-11-05')",
    ("latimes_20101105_small_caps_trounce", 7): "None",
    ("latimes_20101105_small_caps_trounce", 8): "pct_between('SPX','2010-10-29','2010-11-05')",
    # gaeatimes_20100603_yields_rise_stocks_gain
    ("gaeatimes_20100603_yields_rise_stocks_gain", 0): "fred('DGS10','2010-06-03')",
    ("gaeatimes_20100603_yields_rise_stocks_gain", 1): "fred('DGS10','2010-06-02')",
    ("gaeatimes_20100603_yields_rise_stocks_gain", 2): "chg('DJI','2010-06-03')",
    ("gaeatimes_20100603_yields_rise_stocks_gain", 3): "chg('DJI','2010-06-02')",
    ("gaeatimes_20100603_yields_rise_stocks_gain", 4): "None",
    ("gaeatimes_20100603_yields_rise_stocks_gain", 5): "fred('DGS2','2010-06-03')",
    ("gaeatimes_20100603_yields_rise_stocks_gain", 6): "fred('DGS2','2010-06-02')",
    ("gaeatimes_20100603_yields_rise_stocks_gain", 7): "None",
}


def compute(pid, idx):
    return eval(RECIPES[(pid, idx)])


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-6
    return a == b


def main():
    keyp = next((a for a in sys.argv[1:] if a.endswith(".jsonl")), os.path.join(HERE, "key.jsonl"))
    recs = [json.loads(l) for l in open(keyp) if l.strip()]
    bad = 0
    for r in recs:
        k = (r["passage_id"], r["claim_index"])
        v = compute(*k)
        ok = same(v, r["computed_value"])
        bad += not ok
        print(("OK  " if ok else "BAD ") + f"{k[0]}[{k[1]}] = {v!r}" + ("" if ok else f" (key {r['computed_value']!r})"))
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {bad} mismatches")
    sys.exit(1 if bad or len(RECIPES) != len(recs) else 0)


DATA = None
if __name__ == "__main__":
    DATA = data_dir()
    main()
