"""Recompute every computed_value in key.jsonl from the CSV files of the market-data directory.

Usage:  python reference.py DATA_DIR [KEY_JSONL]
        (or set CAPSCOPE_DATA_DIR and run `python reference.py`)

RECIPES maps (passage_id, claim_index) to (decimals, expression). The expression is a plain call
of the helpers below; None means the key holds no computed value (series not in the files,
opinion, forecast or hypothetical). Prints every value and exits 1 on any mismatch.
Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = None
_cache = {}


def px(t):
    if t not in _cache:
        _cache[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _cache[t]


def fred(s):
    k = "fred:" + s
    if k not in _cache:
        _cache[k] = pd.read_csv(DATA / f"{s}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _cache[k]


def T(d):
    return pd.Timestamp(d)


def c(t, d, f="close"):
    return float(px(t).loc[T(d), f])


def prev(t, d):
    s = px(t)["close"].dropna()
    return s.index[s.index.get_loc(T(d)) - 1]


def chg(t, d):
    """Daily point change, close vs previous close."""
    return c(t, d) - c(t, prev(t, d))


def pct(t, d):
    return (c(t, d) / c(t, prev(t, d)) - 1) * 100


def ret(t, a, b):
    """Percent change from the close on a to the close on b."""
    return (c(t, b) / c(t, a) - 1) * 100


def pts(t, a, b):
    return c(t, b) - c(t, a)


def last_before(t, d):
    s = px(t)["close"].dropna()
    return s[s.index < T(d)].index[-1]


def ytd(t, d):
    return ret(t, last_before(t, f"{T(d).year}-01-01"), d)


def ytd_pts(t, d):
    return pts(t, last_before(t, f"{T(d).year}-01-01"), d)


def mtd(t, d):
    return ret(t, last_before(t, T(d).replace(day=1)), d)


def wtd(t, d):
    monday = T(d) - pd.Timedelta(days=T(d).weekday())
    return ret(t, last_before(t, monday), d)


def wtd_pts(t, d):
    monday = T(d) - pd.Timedelta(days=T(d).weekday())
    return pts(t, last_before(t, monday), d)


def rec_before(t, d, f="close"):
    """[date, value] of the highest `f` strictly before d."""
    s = px(t)[f].dropna()
    s = s[s.index < T(d)]
    return [s.idxmax().date().isoformat(), round(float(s.max()), 2)]


def is_record(t, d, f="close"):
    s = px(t)[f].dropna()
    return bool(s.loc[T(d)] > s[s.index < T(d)].max())


def below_peak(t, d, look_days=None, f_ref="close"):
    """Percent (positive = below) of the close on d under the highest f_ref up to d (optionally within look_days)."""
    s = px(t)[f_ref].dropna()
    s = s[s.index <= T(d)]
    if look_days:
        s = s[s.index > T(d) - pd.Timedelta(days=look_days)]
    return (1 - c(t, d) / float(s.max())) * 100


def peak_in(t, a, b, f="close"):
    s = px(t)[f].dropna()
    s = s[(s.index >= T(a)) & (s.index <= T(b))]
    return [s.idxmax().date().isoformat(), round(float(s.max()), 2)]


def highest_since(t, d):
    """Last session before d with a close >= the close on d (None if none)."""
    s = px(t)["close"].dropna()
    v = s.loc[T(d)]
    e = s[(s.index < T(d)) & (s >= v)]
    return e.index[-1].date().isoformat() if len(e) else None


def lowest_since(t, d):
    s = px(t)["close"].dropna()
    v = s.loc[T(d)]
    e = s[(s.index < T(d)) & (s <= v)]
    return e.index[-1].date().isoformat() if len(e) else None


def bigger_gain_since(t, d):
    """Last session before d with a daily % gain >= that of d."""
    s = px(t)["close"].dropna()
    r = s.pct_change() * 100
    v = r.loc[T(d)]
    e = r[(r.index < T(d)) & (r >= v)]
    return e.index[-1].date().isoformat() if len(e) else None


def up_streak(t, d):
    s = px(t)["close"].dropna()
    s = s[s.index <= T(d)]
    n = 0
    for a, b in zip(s.values[::-1][:-1], s.values[::-1][1:]):
        if a > b:
            n += 1
        else:
            break
    return n


def rel_streak(a, b, d):
    """Consecutive sessions up to d in which a's daily % change beat b's."""
    ra = px(a)["close"].dropna().pct_change()
    rb = px(b)["close"].dropna().pct_change()
    j = pd.concat([ra, rb], axis=1, join="inner").dropna()
    j = j[j.index <= T(d)]
    n = 0
    for x, y in j.values[::-1]:
        if x > y:
            n += 1
        else:
            break
    return n


def count_records(t, a, b):
    """Number of record closes in [a, b]."""
    s = px(t)["close"].dropna()
    runmax = s.cummax().shift(1)
    m = (s > runmax) & (s.index >= T(a)) & (s.index <= T(b))
    return int(m.sum())


def intraday_pct(t, d, f="high"):
    return (c(t, d, f) / c(t, prev(t, d)) - 1) * 100


def month_ret(t, ym):
    s = px(t)["close"].dropna()
    m = s.resample("ME").last()
    r = m.pct_change() * 100
    return float(r.loc[pd.Period(ym).end_time.normalize() + pd.offsets.MonthEnd(0)])


def best_month_rank(t, ym):
    s = px(t)["close"].dropna()
    r = (s.resample("ME").last().pct_change() * 100).dropna()
    key = pd.Period(ym).end_time.normalize() + pd.offsets.MonthEnd(0)
    r = r[r.index <= key]
    return int((r > r.loc[key]).sum()) + 1


def year_ret(t, y):
    return ret(t, last_before(t, f"{y}-01-01"), last_before(t, f"{int(y) + 1}-01-01"))


def y10(d):
    return float(fred("DGS10").loc[T(d)])


def y2(d):
    return float(fred("DGS2").loc[T(d)])


def y10_highest_since(d):
    s = fred("DGS10")
    v = s.loc[T(d)]
    e = s[(s.index < T(d)) & (s >= v)]
    return e.index[-1].date().isoformat()


def y10_lowest_since(d):
    s = fred("DGS10")
    v = s.loc[T(d)]
    e = s[(s.index < T(d)) & (s <= v)]
    return e.index[-1].date().isoformat()


def fed_range(d):
    """[lower, upper] target range in effect on calendar day d."""
    return [float(fred("DFEDTARL").loc[T(d)]), float(fred("DFEDTARU").loc[T(d)])]


def fed_hikes_in_year(y, upto):
    """Number of increases of the upper target bound effective in year y up to date `upto`."""
    s = fred("DFEDTARU")
    s = s[(s.index >= T(f"{y}-01-01")) & (s.index <= T(upto))]
    full = fred("DFEDTARU")
    prior = full[full.index < T(f"{y}-01-01")].iloc[-1]
    ser = pd.concat([pd.Series([prior]), s.reset_index(drop=True)])
    return int((ser.diff() > 0).sum())


def fomc_day(d):
    f = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    return bool((f["date"] == T(d)).any())


def spread(a, b):
    return a - b


def down_streak(t, d):
    s = px(t)["close"].dropna()
    s = s[s.index <= T(d)]
    n = 0
    for a, b in zip(s.values[::-1][:-1], s.values[::-1][1:]):
        if a < b:
            n += 1
        else:
            break
    return n


def win_weeks(t, d):
    """Consecutive weekly (Friday-to-Friday close) gains ending with the week of d."""
    w = px(t)["close"].dropna().resample("W-FRI").last()
    w = w[w.index <= T(d) + pd.Timedelta(days=6 - T(d).weekday() if T(d).weekday() > 4 else 4 - T(d).weekday())]
    r = w.diff().dropna()
    n = 0
    for x in r.values[::-1]:
        if x > 0:
            n += 1
        else:
            break
    return n


def worse_2day_since(t, d):
    """Last session before d whose 2-session % change was <= that ending on d."""
    s = px(t)["close"].dropna()
    r = (s / s.shift(2) - 1) * 100
    v = r.loc[T(d)]
    e = r[(r.index < T(d) - pd.Timedelta(days=3)) & (r <= v)]
    return e.index[-1].date().isoformat() if len(e) else None


def last_above_ma(t, d, n=200):
    """Last session before d that closed above its n-day moving average (d itself must be below)."""
    s = px(t)["close"].dropna()
    m = s.rolling(n).mean()
    above = (s > m) & (s.index < T(d))
    return [bool(s.loc[T(d)] < m.loc[T(d)]), above[above].index[-1].date().isoformat()]


def last_below_ma(t, d, n=200):
    """Last session before d that closed below its n-day moving average."""
    s = px(t)["close"].dropna()
    m = s.rolling(n).mean()
    below = (s < m) & (s.index < T(d))
    return below[below].index[-1].date().isoformat()


def yval(series, d):
    return float(fred(series).loc[T(d)])


def y_highest_since(series, d):
    s = fred(series)
    v = s.loc[T(d)]
    e = s[(s.index < T(d)) & (s >= v)]
    return e.index[-1].date().isoformat()


def vix_highest_since(d):
    return highest_since("VIX", d)


def sessions_left_in_year(t, d):
    s = px(t)["close"].dropna()
    return int(((s.index > T(d)) & (s.index.year == T(d).year)).sum())


def n_records_in_year(t, y):
    return count_records(t, f"{y}-01-01", f"{y}-12-31")


def rank_annual_gain(t, y, since):
    """Rank of year y's price return among years since..y (1 = best)."""
    r = {yy: year_ret(t, yy) for yy in range(int(since), int(y) + 1)}
    return int(sorted(r.values(), reverse=True).index(r[int(y)]) + 1)


def first_half_rank(t, y, since):
    """Rank (1 = worst) of year y's first-half price return among first halves since..y."""
    r = {yy: ret(t, last_before(t, f"{yy}-01-01"), last_before(t, f"{yy}-07-01")) for yy in range(int(since), int(y) + 1)}
    return int(sorted(r.values()).index(r[int(y)]) + 1)


def adj_ret(t, a, b):
    return ret(t, a, b) if False else (float(px(t).loc[T(b), "adj_close"]) / float(px(t).loc[T(a), "adj_close"]) - 1) * 100


def last_all_records(d, tickers=("GSPC", "NDX", "IXIC", "DJI", "RUT")):
    """Last session before d on which every ticker closed at a record."""
    flags = []
    for t in tickers:
        s = px(t)["close"].dropna()
        flags.append((s > s.cummax().shift(1)).rename(t))
    j = pd.concat(flags, axis=1, join="inner")
    a = j.all(axis=1)
    a = a[(a) & (a.index < T(d))]
    return a.index[-1].date().isoformat()


RECIPES = {}  # filled from recipes below


def _load_recipes():
    here = Path(__file__).resolve().parent
    for line in (here / "recipes.tsv").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pid, idx, dec, expr = line.split("\t")
        RECIPES[(pid, int(idx))] = (None if dec == "-" else int(dec), None if expr == "None" else expr)


def _round(v, dec):
    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        return [_round(x, dec) for x in v]
    if isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int) and dec == 0:
        return v
    return round(float(v), dec) if dec is not None else v


def _same(a, b):
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(a - b) < 1e-9
    return a == b


def main():
    global DATA
    args = sys.argv[1:]
    if args:
        DATA = Path(args[0])
    elif os.environ.get("CAPSCOPE_DATA_DIR"):
        DATA = Path(os.environ["CAPSCOPE_DATA_DIR"])
    else:
        sys.exit("usage: python reference.py DATA_DIR [KEY_JSONL]  (or set CAPSCOPE_DATA_DIR)")
    key_path = Path(args[1]) if len(args) > 1 else Path(__file__).resolve().parent / "key.jsonl"
    _load_recipes()
    key = [json.loads(l) for l in key_path.read_text().splitlines() if l.strip()]
    bad = 0
    seen = set()
    for r in key:
        k = (r["passage_id"], r["claim_index"])
        seen.add(k)
        if k not in RECIPES:
            print("NO RECIPE", k)
            bad += 1
            continue
        dec, expr = RECIPES[k]
        v = None if expr is None else _round(eval(expr), dec)
        ok = _same(v, r["computed_value"])
        print(f"{'ok ' if ok else 'BAD'} {k[0]}#{k[1]}: {expr} = {v} (key {r['computed_value']})")
        bad += 0 if ok else 1
    extra = set(RECIPES) - seen
    for k in sorted(extra):
        print("RECIPE WITHOUT KEY RECORD", k)
    bad += len(extra)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
