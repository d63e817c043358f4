#!/usr/bin/env python3
"""Recompute every computed_value of key.jsonl from the CSV files of the shared data directory.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]
(or set CAPSCOPE_DATA_DIR). Prints one line per key record and a last line
"N recipes, N key records, M mismatches"; exits 1 on any mismatch.
"""
import json
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"RUT": "RUT.csv", "SPX": "GSPC.csv", "DJI": "DJI.csv", "IXIC": "IXIC.csv",
         "IWM": "IWM.csv", "SPY": "SPY.csv", "DFEDTARU": "DFEDTARU.csv", "DFEDTARL": "DFEDTARL.csv",
         "FOMC": "FOMC_meetings.csv"}
_cache = {}
DATA = None


def df(t):
    if t not in _cache:
        d = pd.read_csv(os.path.join(DATA, FILES[t]), parse_dates=["date"]).set_index("date").sort_index()
        _cache[t] = d
    return _cache[t]


def ts(d):
    return pd.Timestamp(d)


def col(t, c="close"):
    return df(t)[c].dropna()


# ---------- helpers ----------
def close(t, d):
    return float(col(t).loc[ts(d)])


def field(t, d, c):
    return float(df(t).loc[ts(d), c])


def pct_change(t, a, b, c="close"):
    s = col(t, c)
    return (float(s.loc[ts(b)]) / float(s.loc[ts(a)]) - 1) * 100


def points_change(t, a, b):
    return close(t, b) - close(t, a)


def day_pct(t, d):
    s = col(t)
    i = s.index.get_loc(ts(d))
    return (float(s.iloc[i]) / float(s.iloc[i - 1]) - 1) * 100


def day_points(t, d):
    s = col(t)
    i = s.index.get_loc(ts(d))
    return float(s.iloc[i]) - float(s.iloc[i - 1])


def ytd(t, d):
    s = col(t)
    prev = s[s.index < ts(f"{ts(d).year}-01-01")]
    return (float(s.loc[ts(d)]) / float(prev.iloc[-1]) - 1) * 100


def session_range_pct(t, d):
    """(low %, high %) of the session against the previous close."""
    s = col(t)
    i = s.index.get_loc(ts(d))
    pc = float(s.iloc[i - 1])
    return [round((field(t, d, "low") / pc - 1) * 100, 4), round((field(t, d, "high") / pc - 1) * 100, 4)]


def is_record_close(t, d):
    s = col(t)
    return bool(float(s.loc[ts(d)]) > float(s[s.index < ts(d)].max()))


def is_record_high(t, d):
    s = col(t, "high")
    return bool(float(s.loc[ts(d)]) > float(s[s.index < ts(d)].max()))


def last_record_close_before(t, d):
    s = col(t)
    before = s[s.index < ts(d)]
    return str(before.idxmax().date())


def last_record_high_before(t, d):
    s = col(t, "high")
    before = s[s.index < ts(d)]
    return str(before.idxmax().date())


def first_high_above(t, level):
    s = col(t, "high")
    return str(s[s > level].index[0].date())


def pct_below_window_max(t, d, sessions=252):
    """% below the highest close of the previous `sessions` sessions (incl. d)."""
    s = col(t)
    w = s[s.index <= ts(d)].tail(sessions)
    return (1 - float(s.loc[ts(d)]) / float(w.max())) * 100


def window_max_date(t, d, sessions=252):
    s = col(t)
    w = s[s.index <= ts(d)].tail(sessions)
    return str(w.idxmax().date())


def pct_below_ath(t, d, c="close"):
    s = col(t, c)
    return (1 - close(t, d) / float(s[s.index <= ts(d)].max())) * 100


def ath_date(t, d, c="close"):
    s = col(t, c)
    return str(s[s.index <= ts(d)].idxmax().date())


def min_close_date(t, a, b):
    s = col(t)
    return str(s[(s.index >= ts(a)) & (s.index <= ts(b))].idxmin().date())


def window_extreme(t, a, b, c, how):
    s = col(t, c)
    w = s[(s.index >= ts(a)) & (s.index <= ts(b))]
    return float(w.min() if how == "min" else w.max())


def sma(t, d, n):
    s = col(t)
    return float(s[s.index <= ts(d)].tail(n).mean())


def closes_below_smas(t, d, ns):
    return bool(all(close(t, d) < sma(t, d, n) for n in ns))


def count_sessions(t, a, b):
    s = col(t)
    return int(((s.index >= ts(a)) & (s.index <= ts(b))).sum())


def count_abs_moves(t, a, b, th):
    r = col(t).pct_change() * 100
    w = r[(r.index >= ts(a)) & (r.index <= ts(b))]
    return int((w.abs() >= th).sum())


def share_abs_moves(t, a, b, th):
    return count_abs_moves(t, a, b, th) / count_sessions(t, a, b) * 100


def worst_day_in(t, a, b):
    r = col(t).pct_change()
    w = r[(r.index >= ts(a)) & (r.index <= ts(b))]
    return str(w.idxmin().date())


def index_diff(t, a, b):
    s = col(t)
    return int(s.index.get_loc(ts(b)) - s.index.get_loc(ts(a)))


def record_gaps(t, end):
    """Gaps (index differences) between consecutive record closes up to `end`, longest first."""
    s = col(t)
    s = s[s.index <= ts(end)]
    rec = s[s > s.cummax().shift(1)]
    pos = [s.index.get_loc(x) for x in rec.index]
    gaps = [(str(rec.index[i - 1].date()), str(rec.index[i].date()), pos[i] - pos[i - 1]) for i in range(1, len(pos))]
    return sorted(gaps, key=lambda g: -g[2])


def record_gap_rank(t, end, gap_end):
    for k, g in enumerate(record_gaps(t, end)):
        if g[1] == gap_end:
            return k + 1
    return None


def longest_gap_before(t, end, before):
    """Longest record-close gap that ended before `before` and is at least as long as the gap ending at `end`."""
    gaps = record_gaps(t, end)
    cur = [g for g in gaps if g[1] == end][0][2]
    longer = [g for g in gaps if g[2] >= cur and g[1] < before]
    longer.sort(key=lambda g: g[1])
    return list(longer[-1]) if longer else None


def record_closes_in(t, a, b):
    s = col(t)
    out = 0
    for d in s[(s.index >= ts(a)) & (s.index <= ts(b))].index:
        if float(s.loc[d]) > float(s[s.index < d].max()):
            out += 1
    return out


def first_correction_close(t, a, b, sessions=252):
    s = col(t)
    hi = s.rolling(sessions, min_periods=1).max()
    c = s[(s <= 0.9 * hi) & (s.index >= ts(a)) & (s.index <= ts(b))]
    return str(c.index[0].date()) if len(c) else None


def last_correction_close_before(t, d, sessions=252):
    s = col(t)
    hi = s.rolling(sessions, min_periods=1).max()
    c = s[(s <= 0.9 * hi) & (s.index < ts(d))]
    return str(c.index[-1].date())


def _joined(t1, t2):
    j = pd.concat([col(t1), col(t2)], axis=1, keys=["a", "b"], sort=True).dropna()
    return j.a.pct_change(), j.b.pct_change()


def outperf_streak(t1, t2, d):
    a, b = _joined(t1, t2)
    o = (a > b)[a.index <= ts(d)]
    n = 0
    for v in o.iloc[::-1]:
        if v:
            n += 1
        else:
            break
    return n


def last_outperf_streak_end(t1, t2, before, n):
    a, b = _joined(t1, t2)
    o = (a > b)[a.index < ts(before)]
    run, last = 0, None
    for d, v in o.items():
        run = run + 1 if v else 0
        if run >= n:
            last = d
    return str(last.date()) if last is not None else None


def rel_return(t1, t2, a, b):
    return pct_change(t1, a, b) - pct_change(t2, a, b)


def ratio_pct(x, y):
    return (x / y - 1) * 100


def ratio(x, y):
    return x / y


def rate_change(d_before, d_after, series="DFEDTARU"):
    s = col(series, "value")
    return float(s.loc[ts(d_after)] - s.loc[ts(d_before)]) * 100


def rate_changes_between(a, b, series="DFEDTARU"):
    s = col(series, "value")
    w = s[(s.index >= ts(a)) & (s.index <= ts(b))]
    ch = w.diff().dropna()
    return [str(d.date()) for d in ch[ch != 0].index]


def rnd(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, 4)
    if isinstance(v, (list, tuple)):
        return [rnd(x) for x in v]
    return v


# ---------- recipes: (passage_id, claim_index) -> expression ----------
# BEGIN RECIPES (written by build_heldout23a.py)
RECIPES = {
    'spokesman_20050716_small_caps_not_for_timid#0': "pct_change('RUT','2002-10-09','2005-07-15')",
    'spokesman_20050716_small_caps_not_for_timid#1': "is_record_close('RUT','2005-07-11')",
    'spokesman_20050716_small_caps_not_for_timid#2': None,
    'spokesman_20050716_small_caps_not_for_timid#3': "pct_change('RUT','2005-07-11','2005-07-15')",
    'spokesman_20050716_small_caps_not_for_timid#4': None,
    'spokesman_20050716_small_caps_not_for_timid#5': None,
    'spokesman_20050716_small_caps_not_for_timid#6': None,
    'spokesman_20050716_small_caps_not_for_timid#7': None,
    'spokesman_20050716_small_caps_not_for_timid#8': None,
    'realmoney_20220516_rut_roller_coaster#0': "ytd('RUT','2022-05-13')",
    'realmoney_20220516_rut_roller_coaster#1': "pct_below_window_max('RUT','2022-05-13')",
    'realmoney_20220516_rut_roller_coaster#2': "count_sessions('RUT','2022-01-03','2022-05-13')",
    'realmoney_20220516_rut_roller_coaster#3': "count_abs_moves('RUT','2022-01-03','2022-05-13',1.0)",
    'realmoney_20220516_rut_roller_coaster#4': "share_abs_moves('RUT','2022-01-03','2022-05-13',1.0)",
    'ftserussell_201604_small_cap_perspectives_q1#0': "ytd('RUT','2016-02-11')",
    'ftserussell_201604_small_cap_perspectives_q1#1': None,
    'ftserussell_201604_small_cap_perspectives_q1#2': "min_close_date('RUT','2016-01-01','2016-03-31')",
    'ftserussell_201604_small_cap_perspectives_q1#3': None,
    'americanbankingnews_20161018_iwm_short_interest#0': None,
    'americanbankingnews_20161018_iwm_short_interest#1': 'ratio_pct(104300609, 109888921)',
    'americanbankingnews_20161018_iwm_short_interest#2': None,
    'americanbankingnews_20161018_iwm_short_interest#3': 'ratio(104300609, 25421087)',
    'americanbankingnews_20161018_iwm_short_interest#4': "field('IWM','2016-10-18','open')",
    'americanbankingnews_20161018_iwm_short_interest#5': "window_extreme('IWM','2015-10-19','2016-10-17','low','min')",
    'americanbankingnews_20161018_iwm_short_interest#6': "window_extreme('IWM','2015-10-19','2016-10-17','high','max')",
    'americanbankingnews_20161018_iwm_short_interest#7': "sma('IWM','2016-10-17',50)",
    'americanbankingnews_20161018_iwm_short_interest#8': "sma('IWM','2016-10-17',200)",
    'seekingalpha_20200310_small_caps_hit_harder#0': "pct_change('IWM','2020-02-07','2020-03-09')",
    'seekingalpha_20200310_small_caps_hit_harder#1': None,
    'seekingalpha_20200310_small_caps_hit_harder#2': None,
    'seekingalpha_20200310_small_caps_hit_harder#3': "pct_change('SPY','2020-02-07','2020-03-09')",
    'seekingalpha_20200310_small_caps_hit_harder#4': "rel_return('IWM','SPY','2020-02-07','2020-03-09')",
    'seekingalpha_20200310_small_caps_hit_harder#5': None,
    'seekingalpha_20200310_small_caps_hit_harder#6': None,
    'seekingalpha_20200310_small_caps_hit_harder#7': "pct_change('SPY','2019-03-08','2020-03-09')",
    'seekingalpha_20200310_small_caps_hit_harder#8': None,
    'markettradingessentials_202106_meme_stocks_rut#0': None,
    'markettradingessentials_202106_meme_stocks_rut#1': "ytd('RUT','2021-06-04')",
    'markettradingessentials_202106_meme_stocks_rut#2': "ytd('SPX','2021-06-04')",
    'markettradingessentials_202106_meme_stocks_rut#3': None,
    'markettradingessentials_202106_meme_stocks_rut#4': None,
    'markettradingessentials_202106_meme_stocks_rut#5': 'ratio_pct(257.1, 94.8)',
    'bloombergquint_20190513_small_cap_rout_trade#0': "day_pct('RUT','2019-05-13')",
    'bloombergquint_20190513_small_cap_rout_trade#1': "closes_below_smas('RUT','2019-05-13',[50,100,200])",
    'bloombergquint_20190513_small_cap_rout_trade#2': None,
    'bloombergquint_20190513_small_cap_rout_trade#3': "day_pct('RUT','2019-05-13')",
    'bloombergquint_20190513_small_cap_rout_trade#4': "rel_return('RUT','SPX','2017-12-29','2018-06-29')",
    'bloombergquint_20190513_small_cap_rout_trade#5': "rel_return('RUT','SPX','2018-06-29','2018-12-31')",
    'wsj_201810_small_caps_worst_rout#0': "record_closes_in('RUT','2018-08-01','2018-08-31')",
    'wsj_201810_small_caps_worst_rout#1': "first_correction_close('RUT','2018-09-01','2018-10-31')",
    'wsj_201810_small_caps_worst_rout#2': "last_correction_close_before('RUT','2018-10-11')",
    'newsbreak_20220118_rut_correction#0': "pct_below_window_max('RUT','2022-01-18') >= 10",
    'newsbreak_20220118_rut_correction#1': "day_pct('RUT','2022-01-18')",
    'newsbreak_20220118_rut_correction#2': "pct_below_window_max('RUT','2022-01-18')",
    'newsbreak_20220118_rut_correction#3': "window_max_date('RUT','2022-01-18')",
    'newsbreak_20220118_rut_correction#4': "pct_below_ath('IXIC','2022-01-18')",
    'newsbreak_20220118_rut_correction#5': "ath_date('IXIC','2022-01-18')",
    'newsbreak_20220118_rut_correction#6': "ytd('IXIC','2022-01-18')",
    'newsbreak_20220118_rut_correction#7': "day_pct('DJI','2022-01-18')",
    'newsbreak_20220118_rut_correction#8': "worst_day_in('DJI','2022-01-03','2022-01-18')",
    'newsbreak_20220118_rut_correction#9': "day_points('DJI','2022-01-18')",
    'oninvest_20250919_rut_clear_winner_fed_cut#0': "day_pct('RUT','2025-09-18')",
    'oninvest_20250919_rut_clear_winner_fed_cut#1': "close('RUT','2025-09-18')",
    'oninvest_20250919_rut_clear_winner_fed_cut#2': "is_record_close('RUT','2025-09-18')",
    'oninvest_20250919_rut_clear_winner_fed_cut#3': "last_record_close_before('RUT','2025-09-18')",
    'oninvest_20250919_rut_clear_winner_fed_cut#4': "close('RUT','2021-11-08')",
    'oninvest_20250919_rut_clear_winner_fed_cut#5': "rate_change('2025-09-17','2025-09-18')",
    'oninvest_20250919_rut_clear_winner_fed_cut#6': "rate_changes_between('2025-01-01','2025-09-18')",
    'oninvest_20250919_rut_clear_winner_fed_cut#7': "day_pct('SPX','2025-09-18')",
    'oninvest_20250919_rut_clear_winner_fed_cut#8': "day_pct('IXIC','2025-09-18')",
    'oninvest_20250919_rut_clear_winner_fed_cut#9': "day_pct('DJI','2025-09-18')",
    'oninvest_20250919_rut_clear_winner_fed_cut#10': None,
    'oninvest_20250919_rut_clear_winner_fed_cut#11': None,
    'dorseywright_20260115_small_caps_big_start#0': "outperf_streak('RUT','SPX','2026-01-15')",
    'dorseywright_20260115_small_caps_big_start#1': "ytd('RUT','2026-01-14') - ytd('SPX','2026-01-14')",
    'dorseywright_20260115_small_caps_big_start#2': None,
    'dorseywright_20260115_small_caps_big_start#3': "ytd('RUT','2026-01-14')",
    'dorseywright_20260115_small_caps_big_start#4': None,
    'dorseywright_20260115_small_caps_big_start#5': "last_outperf_streak_end('RUT','SPX','2026-01-01',10)",
    'dorseywright_20260115_small_caps_big_start#6': "rel_return('RUT','SPX','2025-06-30','2025-12-31')",
    'dorseywright_20260115_small_caps_big_start#7': None,
    'dorseywright_20260115_small_caps_big_start#8': None,
    'dorseywright_20260115_small_caps_big_start#9': None,
    'dorseywright_20260115_small_caps_big_start#10': None,
    'prchief_20250403_rut_first_bear_market#0': "day_pct('RUT','2025-04-03')",
    'prchief_20250403_rut_first_bear_market#1': "(1 - close('RUT','2025-04-03') / close('RUT','2024-11-25')) * 100",
    'prchief_20250403_rut_first_bear_market#2': "is_record_close('RUT','2024-11-25')",
    'prchief_20250403_rut_first_bear_market#3': "pct_below_window_max('SPX','2025-04-03') >= 10",
    'prchief_20250403_rut_first_bear_market#4': "10 <= pct_below_window_max('IXIC','2025-04-03') < 20",
    'prchief_20250403_rut_first_bear_market#5': "pct_below_window_max('DJI','2025-04-03')",
    'prchief_20250403_rut_first_bear_market#6': "pct_change('RUT','2024-11-01','2024-11-08')",
    'prchief_20250403_rut_first_bear_market#7': "pct_change('SPX','2024-11-01','2024-11-08')",
    'prchief_20250403_rut_first_bear_market#8': "rel_return('RUT','SPX','2024-11-01','2024-11-08')",
    'prchief_20250403_rut_first_bear_market#9': None,
    'prchief_20250403_rut_first_bear_market#10': None,
}
# END RECIPES


def evaluate(expr):
    return rnd(eval(expr, {k: v for k, v in globals().items() if not k.startswith("__")}))


def main():
    global DATA
    args = sys.argv[1:]
    DATA = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not DATA:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]")
    key_path = args[1] if len(args) > 1 else os.path.join(HERE, "key.jsonl")
    recs = [json.loads(l) for l in open(key_path) if l.strip()]
    mism = 0
    n_rec = 0
    for r in recs:
        k = f"{r['passage_id']}#{r['claim_index']}"
        expr = RECIPES.get(k)
        if expr is None:
            val = None
        else:
            n_rec += 1
            val = evaluate(expr)
        ok = (val == r["computed_value"])
        if not ok and isinstance(val, float) and isinstance(r["computed_value"], (int, float)):
            ok = abs(val - r["computed_value"]) < 1e-4
        if not ok:
            mism += 1
        print(f"{'ok ' if ok else 'MISMATCH'} {k}: {val!r} (key {r['computed_value']!r})")
    print(f"{len(RECIPES)} recipes, {len(recs)} key records, {mism} mismatches")
    sys.exit(1 if mism else 0)


if __name__ == "__main__":
    main()
