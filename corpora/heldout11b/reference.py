"""Recompute every computed_value in key.jsonl of this held-back corpus from the CSV files.

Usage: python reference.py DATA_DIR [KEY]   (or set CAPSCOPE_DATA_DIR). Needs pandas.
Prints "N recipes, N key records, M mismatches" and exits 1 on any mismatch.
"""
import json, os, sys
from pathlib import Path
import pandas as pd

DATA = None
_c = {}

def px(t):
    if t not in _c:
        _c[t] = pd.read_csv(Path(DATA) / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _c[t]

def ser(t, f="close"):
    return px(t)[f].dropna()

def T(d): return pd.Timestamp(d)

def prev(t, d):
    s = ser(t); return s.index[s.index.get_loc(T(d)) - 1]

def close(t, d, f="close"): return float(px(t).loc[T(d), f])
def point_change(t, d): return close(t, d) - close(t, prev(t, d))
def pct_change(t, d): return (close(t, d) / close(t, prev(t, d)) - 1) * 100
def ret(t, a, b): return (close(t, b) / close(t, a) - 1) * 100
def points(t, a, b): return close(t, b) - close(t, a)
def last_before(t, d):
    s = ser(t); return s[s.index < T(d)].index[-1]
def ytd(t, d): return ret(t, last_before(t, f"{T(d).year}-01-01"), d)
def ytd_points(t, d): return points(t, last_before(t, f"{T(d).year}-01-01"), d)
def week_ret(t, d):
    mon = T(d) - pd.Timedelta(days=T(d).weekday()); return ret(t, last_before(t, mon), d)
def month_ret(t, month):
    s = ser(t); a = s[s.index < T(month + "-01")].index[-1]
    b = s[s.index <= T(month + "-01") + pd.offsets.MonthEnd(0)].index[-1]
    return ret(t, a, b)
def is_record(t, d, f="close"):
    s = ser(t, f); return bool(s.loc[T(d)] > s[s.index < T(d)].max())
def record_before(t, d):
    s = ser(t); s = s[s.index < T(d)]; return s.idxmax().date().isoformat(), float(s.max())
def pct_below_record(t, d): return (1 - close(t, d) / record_before(t, d)[1]) * 100
def highest_since(t, d):
    s = ser(t); v = s.loc[T(d)]; p = s[(s.index < T(d)) & (s >= v)]
    return p.index[-1].date().isoformat() if len(p) else "record"
def lowest_since(t, d):
    s = ser(t); v = s.loc[T(d)]; p = s[(s.index < T(d)) & (s <= v)]
    return p.index[-1].date().isoformat() if len(p) else "record low"
def streak(t, d, up=True):
    m = ser(t).diff().dropna(); m = m[m.index <= T(d)]; n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0): n += 1
        else: break
    return n
def week_streak(t, d, up=False):
    w = ser(t)[:T(d)].resample("W-FRI").last().pct_change().dropna(); n = 0
    for v in w.iloc[::-1]:
        if (v > 0) if up else (v < 0): n += 1
        else: break
    return n
def last_week_streak(t, d, n, up=True):
    """Last Friday-ending week before the week of d on which a weekly streak reached n."""
    w = ser(t).resample("W-FRI").last().pct_change().dropna()
    hit = ((w > 0) if up else (w < 0)).astype(int)
    run = hit.groupby((hit == 0).cumsum()).cumsum()
    run = run[(run.index < T(d) - pd.Timedelta(days=6)) & (run >= n)]
    return run.index[-1].date().isoformat()
def streak_count(t, d, n, up=True):
    """Completed daily up-streaks of at least n sessions that ended before d (the file starts 1987-09-10)."""
    m = ser(t).diff().dropna(); m = m[m.index < T(d)]
    hit = ((m > 0) if up else (m < 0)).astype(int)
    run = hit.groupby((hit == 0).cumsum()).cumsum()
    ends = run[(run >= n) & (run.shift(-1, fill_value=0) == 0)]
    return int(len(ends))
def big_gain_streak(t, d, pct):
    """Consecutive sessions ending on d with a daily gain above pct percent."""
    m = (ser(t).pct_change() * 100).dropna(); m = m[m.index <= T(d)]; n = 0
    for v in m.iloc[::-1]:
        if v > pct: n += 1
        else: break
    return n
def rate_changes(sname, start, end):
    """Dates on which a FRED target series changed between start and end (effective dates)."""
    rate(sname, start); x = _c[sname].dropna()
    d = x.diff()
    d = d[(d != 0) & (d.index >= T(start)) & (d.index <= T(end))].dropna()
    return [(i.date().isoformat(), round(float(v) * 100)) for i, v in d.items()]
def beat_years(a, b, first, last):
    """Calendar years (first..last) in which a's price return beat b's."""
    ya = ser(a).resample("YE").last().pct_change() * 100
    yb = ser(b).resample("YE").last().pct_change() * 100
    return [int(i.year) for i in ya.index if first <= i.year <= last and ya[i] > yb[i]]
def august_signal_years(first, last):
    """Years with an August close on which RUT was down YTD while the S&P 500 was up at least 4% YTD."""
    out = []
    for y in range(first, last + 1):
        a = last_before("RUT", f"{y}-01-01"); s = last_before("GSPC", f"{y}-01-01")
        for d in ser("RUT")[f"{y}-08-01":f"{y}-08-31"].index:
            if ret("RUT", a, d) < 0 and ret("GSPC", s, d) >= 4:
                out.append(y); break
    return out
def first_close_above(t, level):
    s = ser(t); return s[s > level].index[0].date().isoformat()
def intraday_change(t, d, f="low"): return close(t, d, f) - close(t, prev(t, d))
def rate(sname, d):
    if sname not in _c:
        _c[sname] = pd.read_csv(Path(DATA) / f"{sname}.csv", parse_dates=["date"]).set_index("date")["value"]
    return float(_c[sname].loc[T(d)])
def rate_highest_since(sname, d):
    rate(sname, d); s = _c[sname].dropna(); v = s.loc[T(d)]; p = s[(s.index < T(d)) & (s >= v)]
    return p.index[-1].date().isoformat()
def next_fomc(after):
    m = pd.read_csv(Path(DATA) / "FOMC_meetings.csv", parse_dates=["date"])
    return m[m.date >= T(after)].date.iloc[0].date().isoformat()
def best_month_before(t, month):
    m = ser(t).resample("ME").last().pct_change().dropna() * 100
    m = m[m.index < T(month + "-01")]
    return m.idxmax().strftime("%Y-%m"), round(float(m.max()), 2)

def norm(v, dec):
    if isinstance(v, float): return round(v, dec)
    if isinstance(v, tuple): return [norm(x, dec) for x in v]
    return v


def main():
    global DATA
    DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA: sys.exit("usage: python reference.py DATA_DIR [KEY]  (or set CAPSCOPE_DATA_DIR)")
    kp = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in kp.open():
        e = json.loads(line); key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    sys.path.insert(0, str(Path(__file__).parent))
    from recipes import RECIPES
    bad = 0
    for pid, i, dec, expr in RECIPES:
        v = None if expr is None else norm(eval(expr), dec)
        ok = key.get((pid, i), "missing") == v
        bad += not ok
        print(f"{pid} #{i}: {v!r}" + ("" if ok else f"   <-- key has {key.get((pid, i), 'missing')!r}"))
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad or len(key) != len(RECIPES) else 0)

if __name__ == "__main__":
    main()
