"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
       (or set CAPSCOPE_DATA_DIR). Prints every recomputed value and exits 1 on any mismatch.
Needs pandas.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = None
_CACHE = {}
FILES = {"RUT": "RUT", "SPX": "GSPC", "IXIC": "IXIC", "DJI": "DJI", "VIX": "VIX", "IWM": "IWM",
         "SPY": "SPY", "NDX": "NDX"}


def _data_dir():
    global DATA
    if DATA is None:
        if len(sys.argv) > 1 and not sys.argv[1].endswith(".jsonl"):
            DATA = sys.argv[1]
        else:
            DATA = os.environ.get("CAPSCOPE_DATA_DIR")
        if not DATA:
            sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    return DATA


def load(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(_data_dir(), FILES[t] + ".csv"), parse_dates=["date"])
        _CACHE[t] = df.set_index("date").sort_index()
    return _CACHE[t]


def series(name):
    key = "FRED_" + name
    if key not in _CACHE:
        df = pd.read_csv(os.path.join(_data_dir(), name + ".csv"), parse_dates=["date"])
        _CACHE[key] = df.set_index("date")["value"].dropna().sort_index()
    return _CACHE[key]


def r(x, n=4):
    return round(float(x), n)


def _ts(d):
    return pd.Timestamp(d)


def close(t, d, col="close"):
    return r(load(t).loc[_ts(d), col])


def prev_close(t, d, col="close"):
    s = load(t)[col].dropna()
    return float(s.loc[: _ts(d) - pd.Timedelta(days=1)].iloc[-1])


def chg_pts(t, d):
    return r(load(t).loc[_ts(d), "close"] - prev_close(t, d))


def chg_pct(t, d):
    return r(100 * (load(t).loc[_ts(d), "close"] / prev_close(t, d) - 1))


def session_pct(t, d, col):
    """intraday high/low of day d as % change from the previous close"""
    return r(100 * (load(t).loc[_ts(d), col] / prev_close(t, d) - 1))


def session_pts(t, d, col):
    return r(load(t).loc[_ts(d), col] - prev_close(t, d))


def _base_before(t, start):
    return float(load(t)["close"].loc[: _ts(start) - pd.Timedelta(days=1)].iloc[-1])


def _week_start(d):
    d = _ts(d)
    return d - pd.Timedelta(days=d.weekday())


def wtd_pts(t, d):
    return r(load(t).loc[_ts(d), "close"] - _base_before(t, _week_start(d)))


def wtd_pct(t, d):
    return r(100 * (load(t).loc[_ts(d), "close"] / _base_before(t, _week_start(d)) - 1))


def ytd_pts(t, d):
    return r(load(t).loc[_ts(d), "close"] - _base_before(t, "%d-01-01" % _ts(d).year))


def ytd_pct(t, d, col="close"):
    s = load(t)[col]
    base = float(s.loc[: _ts("%d-01-01" % _ts(d).year) - pd.Timedelta(days=1)].iloc[-1])
    return r(100 * (s.loc[_ts(d)] / base - 1))


def mtd_pct(t, d, col="close"):
    d = _ts(d)
    base = _base_before(t, d.replace(day=1))
    return r(100 * (load(t).loc[d, col] / base - 1))


def window_pct(t, d0, d1, col="close"):
    """close of d0 (or last close before) to close of d1 (or last close before)"""
    s = load(t)[col].dropna()
    a = float(s.loc[: _ts(d0)].iloc[-1])
    b = float(s.loc[: _ts(d1)].iloc[-1])
    return r(100 * (b / a - 1))


def rel_pp(t1, t2, d0, d1, col="close"):
    """return of t1 minus return of t2 over a window, percentage points"""
    return r(window_pct(t1, d0, d1, col) - window_pct(t2, d0, d1, col))


def ratio_chg(t1, t2, d0, d1, col="close"):
    """% change of the t1/t2 price ratio over a window"""
    a = 1 + window_pct(t1, d0, d1, col) / 100
    b = 1 + window_pct(t2, d0, d1, col) / 100
    return r(100 * (a / b - 1))


def pct_from_max_close(t, d, start=None):
    s = load(t)["close"].loc[: _ts(d)]
    if start:
        s = s.loc[_ts(start):]
    return r(100 * (1 - s.iloc[-1] / s.max()))


def max_close_date(t, d, start=None):
    s = load(t)["close"].loc[: _ts(d)]
    if start:
        s = s.loc[_ts(start):]
    return str(s.idxmax().date())


def is_record_close(t, d):
    s = load(t)["close"]
    return bool(s.loc[_ts(d)] > s.loc[: _ts(d) - pd.Timedelta(days=1)].max())


def is_intraday_record(t, d):
    s = load(t)["high"]
    return bool(s.loc[_ts(d)] > s.loc[: _ts(d) - pd.Timedelta(days=1)].max())


def last_record_close_date(t, d):
    s = load(t)["close"].loc[: _ts(d)]
    rec = s[s >= s.cummax()]
    return str(rec.index[-1].date())


def last_intraday_record_date(t, d):
    s = load(t)["high"].loc[: _ts(d)]
    rec = s[s >= s.cummax()]
    return str(rec.index[-1].date())


def weekly_pct(t, d):
    w = load(t)["close"].resample("W-FRI").last().pct_change() * 100
    return r(w.loc[_ts(d)])


def last_week_as_bad(t, d):
    """last Friday-ended week before d's week with a % change at least as negative"""
    w = load(t)["close"].resample("W-FRI").last().pct_change() * 100
    v = w.loc[_ts(d)]
    e = w.loc[: _ts(d) - pd.Timedelta(days=1)]
    return str(e[e <= v].index[-1].date())


def last_year_as_bad(t, d):
    """last calendar year before d's year whose price return is at or below d's year-to-date return"""
    s = load(t)["close"]
    y = s.resample("YE").last().pct_change() * 100
    v = ytd_pct(t, d)
    e = y.loc[: _ts("%d-12-31" % (_ts(d).year - 1))]
    return int(e[e <= v].index[-1].year)


def monthly_pct(t, month_end):
    m = load(t)["close"].resample("ME").last().pct_change() * 100
    return r(m.loc[_ts(month_end)])


def best_month_since(t, month_end):
    """last month before month_end with a gain at least as large"""
    m = load(t)["close"].resample("ME").last().pct_change() * 100
    v = m.loc[_ts(month_end)]
    e = m.loc[: _ts(month_end) - pd.Timedelta(days=1)]
    return str(e[e >= v].index[-1].date())


def first_day_spx_record_rut_bear(d):
    """first session in the files with an S&P 500 record close while RUT was >= 20% below its record close"""
    rc = load("RUT")["close"]
    sc = load("SPX")["close"].reindex(rc.index)
    rec = sc >= sc.cummax()
    dd = 1 - rc / rc.cummax()
    both = rec & (dd >= 0.20)
    both = both.loc[: _ts(d)]
    return str(both[both].index[0].date())


def since_inception_pct(t, d, col="close"):
    s = load(t)[col].dropna()
    return r(100 * (s.loc[_ts(d)] / s.iloc[0] - 1))


def inception_date(t):
    return str(load(t).index[0].date())


def since_date_pct(t, d0, d1, col="close"):
    return window_pct(t, d0, d1, col)


def fomc_cuts_in_year(year):
    """FOMC decision days in a year on which the target range (upper bound) was lowered"""
    u = series("DFEDTARU")
    ch = u[u.diff() < 0]
    fm = pd.read_csv(os.path.join(_data_dir(), "FOMC_meetings.csv"), parse_dates=["date"])
    out = []
    for eff in ch.index:
        dec = fm[fm.date < eff]["date"].max()
        if dec.year == year:
            out.append(str(dec.date()))
    return out


def dgs10(d):
    return r(series("DGS10").loc[_ts(d)], 2)


def dgs10_chg_bp(d):
    s = series("DGS10")
    return r(100 * (s.loc[_ts(d)] - s.loc[: _ts(d) - pd.Timedelta(days=1)].iloc[-1]), 1)


def dgs10_last_drop_as_big(d, bp):
    s = series("DGS10")
    dd = (s.diff() * 100).loc[: _ts(d) - pd.Timedelta(days=1)]
    return str(dd[dd <= -bp + 1e-9].index[-1].date())


def weekday(d):
    return _ts(d).day_name()


def max_among(values):
    return max(values, key=lambda kv: kv[1])[0]


# ---------------------------------------------------------------------------
# RECIPES: (passage_id, claim_index) -> expression; unverifiable / not-checkable claims that compute
# nothing are absent (their computed_value is null).
RECIPES = {}


def _load_recipes():
    path = os.path.join(HERE, "recipes.json")
    with open(path) as f:
        for row in json.load(f):
            RECIPES[(row[0], row[1])] = row[2]


def evaluate(expr):
    return eval(expr, globals())


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return a == b


def main():
    _data_dir()
    key_path = os.path.join(HERE, "key.jsonl")
    for a in sys.argv[1:]:
        if a.endswith(".jsonl"):
            key_path = a
    _load_recipes()
    keys = [json.loads(l) for l in open(key_path) if l.strip()]
    mism = 0
    nrec = 0
    for k in keys:
        kid = (k["passage_id"], k["claim_index"])
        if kid in RECIPES:
            nrec += 1
            v = evaluate(RECIPES[kid])
            ok = same(v, k["computed_value"])
            print("%s #%d %s -> %r %s" % (kid[0], kid[1], RECIPES[kid], v, "ok" if ok else "MISMATCH (key %r)" % (k["computed_value"],)))
            if not ok:
                mism += 1
        elif k["computed_value"] is not None:
            print("%s #%d has a computed_value but no recipe: MISMATCH" % kid)
            mism += 1
    print("%d recipes, %d key records, %d mismatches" % (nrec, len(keys), mism))
    sys.exit(1 if mism else 0)


if __name__ == "__main__":
    main()
