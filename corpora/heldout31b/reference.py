"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.
Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Each key record's computed_detail ends with 'reference.py: <expression>'; the expressions below form
the RECIPES table, evaluated with the helpers of this file."""
import os, sys, json
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
FILES = {"SPX": "GSPC", "DJI": "DJI", "IXIC": "IXIC", "RUT": "RUT", "NDX": "NDX", "VIX": "VIX",
         "US10Y": "DGS10", "US2Y": "DGS2"}
_cache = {}

def S(t):
    if t not in _cache:
        df = pd.read_csv(os.path.join(DATA, FILES.get(t, t) + ".csv"), parse_dates=["date"]).set_index("date")
        if "value" in df.columns:
            df = df.rename(columns={"value": "close"})
            df["close"] = pd.to_numeric(df["close"], errors="coerce")
        _cache[t] = df.dropna(subset=["close"])
    return _cache[t]

def _i(t, d):
    return S(t).index.get_loc(pd.Timestamp(d))

def C(t, d): return round(float(S(t)["close"].loc[pd.Timestamp(d)]), 4)
def H(t, d): return round(float(S(t)["high"].loc[pd.Timestamp(d)]), 4)
def prevc(t, d): return float(S(t)["close"].iloc[_i(t, d) - 1])
def chg(t, d): return round(C(t, d) - prevc(t, d), 2)
def pchg(t, d): return round((C(t, d) / prevc(t, d) - 1) * 100, 3)
def last_before(t, d):
    s = S(t)["close"]; return float(s[s.index < pd.Timestamp(d)].iloc[-1])
def wk_start(d):
    d = pd.Timestamp(d); return d - pd.Timedelta(days=d.weekday())
def wk(t, d): return round((C(t, d) / last_before(t, wk_start(d)) - 1) * 100, 3)
def wkpts(t, d): return round(C(t, d) - last_before(t, wk_start(d)), 2)
def ytd(t, d): return round((C(t, d) / last_before(t, f"{pd.Timestamp(d).year}-01-01") - 1) * 100, 3)
def ytdpts(t, d): return round(C(t, d) - last_before(t, f"{pd.Timestamp(d).year}-01-01"), 2)
def mtd(t, d):
    d = pd.Timestamp(d); return round((C(t, d) / last_before(t, d.replace(day=1)) - 1) * 100, 3)
def ret(t, d0, d1): return round((C(t, d1) / C(t, d0) - 1) * 100, 3)
def ratio(t, d0, d1): return round(C(t, d1) / C(t, d0), 4)
def yr(t, y): return round((last_before(t, f"{y+1}-01-01") / last_before(t, f"{y}-01-01") - 1) * 100, 3)
def is_record(t, d):
    s = S(t)["close"]; return bool(C(t, d) > s[s.index < pd.Timestamp(d)].max())
def is_intraday_record(t, d):
    s = S(t)["high"]; return bool(H(t, d) > s[s.index < pd.Timestamp(d)].max())
def prior_record(t, d):
    s = S(t)["close"]; s = s[s.index < pd.Timestamp(d)]; return [str(s.idxmax().date()), round(float(s.max()), 2)]
def gap_to_record(t, d):
    s = S(t)["close"]; return round(float(s[s.index < pd.Timestamp(d)].max()) - C(t, d), 2)
def pct_below_record(t, d):
    s = S(t)["close"]; m = float(s[s.index <= pd.Timestamp(d)].max()); return round((1 - C(t, d) / m) * 100, 3)
def streak(t, d):
    s = S(t)["close"]; s = s[s.index <= pd.Timestamp(d)]; diff = s.diff().iloc[::-1]
    sign = 1 if diff.iloc[0] > 0 else -1; n = 0
    for x in diff:
        if x * sign > 0: n += 1
        else: break
    return n * sign
def last_bigger_drop_pts(t, d):
    s = S(t)["close"]; ch = s.diff(); x = ch.loc[pd.Timestamp(d)]
    prior = ch[(ch.index < pd.Timestamp(d)) & (ch <= x)]
    return str(prior.index[-1].date()) if len(prior) else None
def last_bigger_drop_pct(t, d):
    s = S(t)["close"]; ch = s.pct_change(); x = ch.loc[pd.Timestamp(d)]
    prior = ch[(ch.index < pd.Timestamp(d)) & (ch <= x)]
    return str(prior.index[-1].date()) if len(prior) else None
def pts_drop_rank(t, d):
    s = S(t)["close"]; ch = s.diff(); ch = ch[ch.index <= pd.Timestamp(d)]
    return int((ch < ch.loc[pd.Timestamp(d)]).sum()) + 1
def year_pts_drop_rank(t, d):
    s = S(t)["close"]; ch = s.diff(); d = pd.Timestamp(d); ch = ch[(ch.index.year == d.year) & (ch.index <= d)]
    return int((ch < ch.loc[d]).sum()) + 1
def weekly(t):
    s = S(t)["close"]; return s.groupby(s.index.to_period("W-FRI")).last()
def last_bigger_week(t, d):
    w = weekly(t).pct_change(); p = pd.Timestamp(d).to_period("W-FRI"); x = w.loc[p]
    prior = w[(w.index < p) & (w >= x)]
    return str(prior.index[-1].end_time.date()) if len(prior) else None
def year_best_week(t, d):
    w = weekly(t).pct_change(); p = pd.Timestamp(d).to_period("W-FRI")
    w = w[(w.index.year == p.year) & (w.index <= p)]; return bool(w.loc[p] >= w.max())
def year_worst_week(t, d):
    w = weekly(t).pct_change(); p = pd.Timestamp(d).to_period("W-FRI")
    w = w[(w.index.year == p.year) & (w.index <= p)]; return bool(w.loc[p] <= w.min())
def prev_week_ups(t, d, n):
    w = weekly(t).pct_change(); p = pd.Timestamp(d).to_period("W-FRI"); w = w[w.index < p]
    return [round(float(x) * 100, 3) for x in w.iloc[-n:]]
def monthly(t):
    s = S(t)["close"]; return s.groupby(s.index.to_period("M")).last()
def month_ret(t, ym):
    m = monthly(t).pct_change(); return round(float(m.loc[pd.Period(ym, "M")]) * 100, 3)
def year_best_month(t, ym):
    m = monthly(t).pct_change(); p = pd.Period(ym, "M"); m = m[m.index.year == p.year]; return bool(m.loc[p] >= m.max())
def count_big_drops(t, d, thr):
    s = S(t)["close"]; d = pd.Timestamp(d); ch = s.pct_change() * 100
    ch = ch[(ch.index.year == d.year) & (ch.index <= d)]; return int((ch < -thr).sum())
def lowest_close_since(t, d):
    s = S(t)["close"]; x = C(t, d); prior = s[(s.index < pd.Timestamp(d)) & (s <= x)]
    return str(prior.index[-1].date()) if len(prior) else None
def highest_since(t, d):
    s = S(t)["close"]; x = C(t, d); prior = s[(s.index < pd.Timestamp(d)) & (s >= x)]
    return str(prior.index[-1].date()) if len(prior) else None
def last_down_down(t, before_year):
    s = S(t)["close"]; ch = s.diff(); out = None
    for y in range(1951, before_year):
        a = ch[ch.index.year == y - 1]; b = ch[ch.index.year == y]
        if len(a) and len(b) and a.iloc[-1] < 0 and b.iloc[0] < 0: out = y
    return out
def last_correction(t, d):
    s = S(t)["close"]; s = s[s.index <= pd.Timestamp(d)]; peak = s.rolling(252, min_periods=1).max()
    c = s[s <= 0.9 * peak]; return str(c.index[-1].date()) if len(c) else None
def fed_range(d):
    lo = S("DFEDTARL")["close"]; hi = S("DFEDTARU")["close"]; d = pd.Timestamp(d)
    return [float(lo.loc[d]), float(hi.loc[d])]
def last_two_year_at_least(t, end_year):
    def two(y): return (1 + yr(t, y - 1) / 100) * (1 + yr(t, y) / 100)
    x = two(end_year)
    for y in range(end_year - 1, 1929, -1):
        if two(y) >= x: return [y - 1, y]
    return None
def spread(d): return round(C("US10Y", d) - C("US2Y", d), 2)

def main():
    kp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    recs = [json.loads(l) for l in open(kp) if l.strip()]
    RECIPES = [r["computed_detail"].split("reference.py: ", 1)[1] for r in recs]
    bad = 0
    for r, expr in zip(recs, RECIPES):
        v = eval(expr)
        ok = (v == r["computed_value"]) if not isinstance(v, float) else (
            isinstance(r["computed_value"], (int, float)) and abs(v - r["computed_value"]) < 1e-6)
        print(r["passage_id"], r["claim_index"], expr, "=>", v, "" if ok else "  MISMATCH")
        bad += not ok
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    if not DATA: sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    main()
