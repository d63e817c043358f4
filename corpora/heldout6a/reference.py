"""Recompute every computed_value of the heldout6a answer key from the CSV market-data files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]
        (or set CAPSCOPE_DATA_DIR and run  python reference.py)

Each RECIPES entry is (passage_id, claim_index, decimals, computation). The computation is a call
of the small helpers below, evaluated on the CSV files of the data directory; None means the key
has no computed value (the series is not in the files, or the claim is an opinion, forecast or
conditional). The script prints every value, compares it with key.jsonl and exits 1 on any
mismatch. Needs pandas.
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

DATA = Path(os.environ.get("CAPSCOPE_DATA_DIR", "data"))
_c = {}


def set_data(path):
    global DATA
    DATA = Path(path)
    _c.clear()


def px(t):
    """OHLC price file indexed by date."""
    if t not in _c:
        _c[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date").sort_index()
    return _c[t]


def series(name):
    """FRED-style date,value file."""
    k = "S:" + name
    if k not in _c:
        _c[k] = pd.read_csv(DATA / f"{name}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _c[k]


def D(d):
    return pd.Timestamp(d)


def closes(t, f="close"):
    return px(t)[f].dropna()


def val(t, d, f="close"):
    return float(px(t).loc[D(d), f])


def prev_day(t, d):
    s = closes(t)
    return s.index[s.index.get_loc(D(d)) - 1]


def chg(t, d):
    """Point change of the close on d vs the previous close."""
    return val(t, d) - val(t, prev_day(t, d))


def pchg(t, d):
    return (val(t, d) / val(t, prev_day(t, d)) - 1) * 100


def pct(t, a, b, f="close"):
    """% change close(a) -> close(b)."""
    return (val(t, b, f) / val(t, a, f) - 1) * 100


def pts(t, a, b):
    return val(t, b) - val(t, a)


def last_before(t, d):
    s = closes(t)
    return s[s.index < D(d)].index[-1]


def ytd_pct(t, d):
    return pct(t, last_before(t, f"{D(d).year}-01-01"), d)


def ytd_pts(t, d):
    return pts(t, last_before(t, f"{D(d).year}-01-01"), d)


def year_pct(t, y):
    """Calendar-year price return: last close of y-1 to last close of y."""
    s = closes(t)
    a = s[s.index < D(f"{y}-01-01")].iloc[-1]
    b = s[s.index <= D(f"{y}-12-31")].iloc[-1]
    return (b / a - 1) * 100


def prior_max(t, d, f="close"):
    """(date, value) of the highest `f` strictly before d."""
    s = closes(t, f)
    s = s[s.index < D(d)]
    return s.idxmax().date().isoformat(), float(s.max())


def is_record(t, d, f="close"):
    return bool(val(t, d, f) > prior_max(t, d, f)[1])


def below_max_pct(t, d, start=None, end=None, f_ref="close"):
    """% below the highest close in [start, end] (default: all before d)."""
    s = closes(t, f_ref)
    s = s[s.index < D(d)] if start is None else s[(s.index >= D(start)) & (s.index <= D(end or d))]
    return (1 - val(t, d) / float(s.max())) * 100


def last_ge(t, d, f="close"):
    """Last earlier session whose value was >= the value on d."""
    s = closes(t, f)
    v = s.loc[D(d)]
    p = s[(s.index < D(d)) & (s >= v)]
    return p.index[-1].date().isoformat() if len(p) else "none"


def last_le(t, d, f="close"):
    s = closes(t, f)
    v = s.loc[D(d)]
    p = s[(s.index < D(d)) & (s <= v)]
    return p.index[-1].date().isoformat() if len(p) else "none"


def last_level(t, d, level, above=True, f="close"):
    """Last session before d whose value was >= level (or <= level)."""
    s = closes(t, f)
    s = s[s.index < D(d)]
    h = s[s >= level] if above else s[s <= level]
    return h.index[-1].date().isoformat() if len(h) else "none"


def rate_last_level(name, d, level, above=True):
    s = series(name)
    s = s[s.index < D(d)]
    h = s[s >= level] if above else s[s <= level]
    return h.index[-1].date().isoformat() if len(h) else "none"


def moves(t, kind="pct"):
    s = closes(t)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_move_ge(t, d, kind="pct", up=True):
    """Last earlier session with a move at least as large (up) / as deep (down)."""
    m = moves(t, kind)
    v = m.loc[D(d)]
    p = m[m.index < D(d)]
    h = p[p >= v] if up else p[p <= v]
    return h.index[-1].date().isoformat() if len(h) else "none"


def move_rank(t, d, kind="pct", up=False):
    m = moves(t, kind)
    m = m[m.index <= D(d)]
    v = m.loc[D(d)]
    return int((m > v).sum() + 1) if up else int((m < v).sum() + 1)


def run_len(t, d, up=True):
    """Consecutive up (down) closes ending on d."""
    m = moves(t, "pts")
    m = m[m.index <= D(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def lo_chg(t, d):
    return val(t, d, "low") - val(t, prev_day(t, d))


def hi_chg(t, d):
    return val(t, d, "high") - val(t, prev_day(t, d))


def rate(name, d):
    return float(series(name).loc[D(d)])


def fed_target(d):
    """Fed funds target (DFEDTAR to 2008-12-15, then top of the range DFEDTARU)."""
    return rate("DFEDTAR", d) if D(d) <= D("2008-12-15") else rate("DFEDTARU", d)


def fomc_days(a, b, scheduled=None):
    m = pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])
    m = m[(m.date >= D(a)) & (m.date <= D(b))]
    if scheduled is not None:
        m = m[m.scheduled == scheduled]
    return [x.date().isoformat() for x in m.date]


def target_changes(a, b):
    """(effective date, new level, change in bp) of DFEDTAR changes between a and b."""
    s = series("DFEDTAR")
    d = s.diff()
    ch = d[(d != 0) & d.notna()]
    ch = ch[(ch.index >= D(a)) & (ch.index <= D(b))]
    return [(i.date().isoformat(), float(s.loc[i]), int(round(v * 100))) for i, v in ch.items()]


def wk_pct(t, friday):
    """Friday-to-Friday % change (previous week's last close to this week's last close)."""
    f = D(friday)
    mon = f - pd.Timedelta(days=f.weekday())
    return pct(t, last_before(t, mon), last_before(t, f + pd.Timedelta(days=1)))


def week_pts(t, d):
    mon = D(d) - pd.Timedelta(days=D(d).weekday())
    return pts(t, last_before(t, mon), d)


def week_pct(t, d):
    mon = D(d) - pd.Timedelta(days=D(d).weekday())
    return pct(t, last_before(t, mon), d)


def monthly_min_date(t, start, end):
    """Month (YYYY-MM) with the lowest close-to-close monthly % change, months ending start..end."""
    m = closes(t).resample("ME").last().pct_change() * 100
    m = m[(m.index >= D(start)) & (m.index <= D(end) + pd.offsets.MonthEnd(0))]
    return m.idxmin().strftime("%Y-%m")


# BEGIN RECIPES
RECIPES = [
    # (passage_id, claim_index, decimals, computation)
    ('sunsentinel_19980831_small_caps_bear_market', 0, 2, None),
    ('sunsentinel_19980831_small_caps_bear_market', 1, 2, lambda: below_max_pct('RUT','1998-08-28')),
    ('sunsentinel_19980831_small_caps_bear_market', 2, 2, lambda: (1 - closes('RUT')['1990-10'].min() / closes('RUT')['1989-10'].max()) * 100),
    ('sunsentinel_19980831_small_caps_bear_market', 3, 2, None),
    ('sunsentinel_19980831_small_caps_bear_market', 4, 2, None),
    ('sunsentinel_19980831_small_caps_bear_market', 5, 2, lambda: all(year_pct('GSPC', y) > year_pct('RUT', y) for y in range(1994, 1998))),
    ('sunsentinel_19980831_small_caps_bear_market', 6, 2, lambda: pct('RUT','1998-04-21','1998-08-28') / pct('GSPC','1998-04-21','1998-08-28')),
    ('sunsentinel_19980831_small_caps_bear_market', 7, 2, lambda: year_pct('RUT', 1995)),
    ('sunsentinel_19980831_small_caps_bear_market', 8, 2, lambda: year_pct('RUT', 1996)),
    ('sunsentinel_19980831_small_caps_bear_market', 9, 2, lambda: year_pct('RUT', 1997)),
    ('sunsentinel_19980831_small_caps_bear_market', 10, 2, None),
    ('tacomadailyindex_200001_small_caps_win_1999', 0, 2, lambda: [y for y in range(1993, 2000) if year_pct('RUT', y) > year_pct('GSPC', y)]),
    ('tacomadailyindex_200001_small_caps_win_1999', 1, 2, None),
    ('tacomadailyindex_200001_small_caps_win_1999', 2, 2, None),
    ('tacomadailyindex_200001_small_caps_win_1999', 3, 2, None),
    ('tacomadailyindex_200001_small_caps_win_1999', 4, 2, lambda: pct('RUT','1999-09-30','1999-12-31') - pct('GSPC','1999-09-30','1999-12-31')),
    ('tacomadailyindex_200001_small_caps_win_1999', 5, 2, None),
    ('tacomadailyindex_200001_small_caps_win_1999', 6, 2, None),
    ('tacomadailyindex_200001_small_caps_win_1999', 7, 2, None),
    ('tacomadailyindex_200001_small_caps_win_1999', 8, 2, lambda: is_record('RUT', '1999-12-31')),
    ('tacomadailyindex_200001_small_caps_win_1999', 9, 2, None),
    ('cnnfn_20000201_russell_best_index_2000', 0, 2, lambda: year_pct('RUT', 1999) - year_pct('GSPC', 1999)),
    ('cnnfn_20000201_russell_best_index_2000', 1, 2, lambda: pct('RUT','1999-09-30','1999-12-31') - pct('GSPC','1999-09-30','1999-12-31')),
    ('cnnfn_20000201_russell_best_index_2000', 2, 2, None),
    ('cnnfn_20000201_russell_best_index_2000', 3, 2, lambda: max(['RUT','GSPC','DJI','IXIC','NDX'], key=lambda t: ytd_pct(t, '2000-01-24'))),
    ('cnnfn_20000201_russell_best_index_2000', 4, 2, lambda: wk_pct('RUT','2000-01-21') - wk_pct('GSPC','2000-01-21')),
    ('cnnfn_20000201_russell_best_index_2000', 5, 0, lambda: int((lambda w: (w[w.index <= D('2000-01-21')] >= w.loc[D('2000-01-21')]).sum())(closes('RUT').resample('W-FRI').last().pct_change() * 100 - closes('GSPC').resample('W-FRI').last().pct_change() * 100))),
    ('cnnfn_20000201_russell_best_index_2000', 6, 2, lambda: wk_pct('RUT','2000-01-21') > wk_pct('IXIC','2000-01-21')),
    ('cnnfn_20000201_russell_best_index_2000', 7, 2, lambda: min(pchg('RUT', d) for d in ['2000-01-18','2000-01-19','2000-01-20','2000-01-21'])),
    ('cnnfn_20000201_russell_best_index_2000', 8, 2, lambda: [y for y in range(1995, 2000) if year_pct('GSPC', y) > year_pct('RUT', y)]),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 0, 2, None),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 1, 2, lambda: chg('DJI','2000-02-01')),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 2, 2, lambda: val('DJI','2000-02-01')),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 3, 2, lambda: len(target_changes('1999-06-01', '2000-02-01'))),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 4, 2, lambda: all(sum(chg('DJI', x) for x in w) > 0 for w in [('1999-06-29','1999-06-30','1999-07-01'), ('1999-08-23','1999-08-24','1999-08-25'), ('1999-11-15','1999-11-16','1999-11-17')])),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 5, 2, lambda: [fed_target('1999-06-29'), fed_target('1999-06-30')]),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 6, 2, lambda: chg('DJI','1999-06-29')),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 7, 2, lambda: chg('DJI','1999-06-30')),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 8, 2, lambda: chg('DJI','1999-07-01')),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 9, 2, lambda: val('DJI','1999-07-01')),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 10, 2, lambda: sum(chg('DJI', x) for x in ['1999-06-29','1999-06-30','1999-07-01'])),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 11, 2, lambda: sum(chg('DJI', x) for x in ['1999-08-23','1999-08-24','1999-08-25'])),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 12, 2, lambda: sum(chg('DJI', x) for x in ['1999-11-15','1999-11-16','1999-11-17'])),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 13, 0, lambda: [bp for _, _, bp in target_changes('1999-06-01', '2000-02-01')]),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 14, 2, None),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 15, 2, lambda: val('DJI','1999-07-01') - val('DJI','2000-02-01')),
    ('latimes_20000201_dow_rallies_around_fed_hikes', 16, 2, lambda: [d for d, _, bp in target_changes('1998-06-01', '1999-12-31') if bp > 0][0]),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 0, 2, lambda: chg('DJI','2000-03-21')),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 1, 0, lambda: (fed_target('2000-03-21') - fed_target('2000-03-20')) * 100),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 2, 2, lambda: lo_chg('IXIC','2000-03-21')),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 3, 2, lambda: chg('IXIC','2000-03-21')),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 4, 0, lambda: (fed_target('2000-03-21') - fed_target('2000-03-20')) * 100),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 5, 2, lambda: len(target_changes('1999-06-01', '2000-03-21'))),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 6, 2, lambda: [fed_target('2000-03-20'), fed_target('2000-03-21')]),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 7, 2, lambda: rate_last_level('DFEDTAR', '2000-03-21', 6.0)),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 8, 2, None),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 9, 2, None),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 10, 2, lambda: chg('DJI','2000-03-21')),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 11, 2, lambda: pchg('DJI','2000-03-21')),
    ('starbulletin_20000321_fed_fifth_hike_dow_227', 12, 2, lambda: val('DJI','2000-03-21')),
    ('pionline_20060105_midcaps_lead_large_beat_small_2005', 0, 2, None),
    ('pionline_20060105_midcaps_lead_large_beat_small_2005', 1, 2, None),
    ('pionline_20060105_midcaps_lead_large_beat_small_2005', 2, 2, None),
    ('pionline_20060105_midcaps_lead_large_beat_small_2005', 3, 2, None),
    ('pionline_20060105_midcaps_lead_large_beat_small_2005', 4, 2, None),
    ('pionline_20060105_midcaps_lead_large_beat_small_2005', 5, 2, None),
    ('pionline_20060105_midcaps_lead_large_beat_small_2005', 6, 2, lambda: (lambda ch: round((D(ch[-1][0]) - D(ch[0][0])).days / 30.44, 1))(target_changes('2004-01-01', '2006-01-05'))),
    ('pionline_20060105_midcaps_lead_large_beat_small_2005', 7, 2, None),
    ('pionline_20060105_midcaps_lead_large_beat_small_2005', 8, 2, None),
    ('mondovisione_20060601_russell_small_caps_may_slump', 0, 2, None),
    ('mondovisione_20060601_russell_small_caps_may_slump', 1, 2, None),
    ('mondovisione_20060601_russell_small_caps_may_slump', 2, 2, lambda: monthly_min_date('RUT', '2005-06-30', '2006-05-31')),
    ('mondovisione_20060601_russell_small_caps_may_slump', 3, 2, lambda: [round(pct('RUT', a, b), 2) for a, b in [('2006-03-31','2006-04-28'), ('2006-04-28','2006-05-31')]]),
    ('mondovisione_20060601_russell_small_caps_may_slump', 4, 2, None),
    ('mondovisione_20060601_russell_small_caps_may_slump', 5, 2, None),
    ('mondovisione_20060601_russell_small_caps_may_slump', 6, 2, None),
    ('mondovisione_20060601_russell_small_caps_may_slump', 7, 2, None),
    ('mondovisione_20060601_russell_small_caps_may_slump', 8, 2, None),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 0, 2, lambda: chg('DJI','2007-06-12')),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 1, 2, None),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 2, 2, lambda: rate_last_level('DGS10', '2007-06-12', rate('DGS10', '2007-06-12'))),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 3, 2, lambda: series('DGS10')['2007-06-01':'2007-06-12'].gt(5.0).idxmax().date().isoformat()),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 4, 2, None),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 5, 2, lambda: chg('DJI','2007-06-12')),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 6, 2, lambda: pchg('DJI','2007-06-12')),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 7, 2, lambda: val('DJI','2007-06-12')),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 8, 2, lambda: prior_max('DJI','2007-06-12')[1] - val('DJI','2007-06-12')),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 9, 2, lambda: below_max_pct('DJI','2007-06-12')),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 10, 2, lambda: prior_max('DJI','2007-06-12')[1]),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 11, 2, lambda: prior_max('DJI','2007-06-12')[0]),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 12, 2, lambda: chg('GSPC','2007-06-12')),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 13, 2, lambda: pchg('GSPC','2007-06-12')),
    ('theledger_20070612_bond_yields_send_stocks_tumbling', 14, 2, lambda: val('GSPC','2007-06-12')),
    ('timesleader_20090527_treasury_slump_dow_175', 0, 2, lambda: chg('DJI','2009-05-27')),
    ('timesleader_20090527_treasury_slump_dow_175', 1, 2, lambda: -chg('DJI','2009-05-27') / chg('DJI','2009-05-26')),
    ('timesleader_20090527_treasury_slump_dow_175', 2, 2, lambda: rate('DGS10','2009-05-27')),
    ('timesleader_20090527_treasury_slump_dow_175', 3, 2, lambda: rate('DGS10','2009-05-26')),
    ('timesleader_20090527_treasury_slump_dow_175', 4, 2, lambda: rate_last_level('DGS10', '2009-05-27', rate('DGS10', '2009-05-27'))),
    ('timesleader_20090527_treasury_slump_dow_175', 5, 2, None),
    ('timesleader_20090527_treasury_slump_dow_175', 6, 2, None),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 0, 2, lambda: val('DJI','2009-11-05') >= 10000),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 1, 2, lambda: val('DJI','2009-11-05') - 10000),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 2, 2, lambda: chg('DJI','2009-11-05')),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 3, 2, lambda: [closes(t)['2009-10-01':'2009-11-04'].idxmax().date().isoformat() for t in ['DJI','GSPC','IXIC','RUT']]),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 4, 2, lambda: below_max_pct('DJI','2009-11-05','2009-10-19','2009-10-19')),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 5, 2, lambda: below_max_pct('GSPC','2009-11-05','2009-10-19','2009-10-19')),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 6, 2, lambda: below_max_pct('IXIC','2009-11-05','2009-10-19','2009-10-19')),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 7, 2, lambda: below_max_pct('RUT','2009-11-05','2009-10-19','2009-10-19')),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 8, 2, lambda: (closes('RUT')['2009-10'].max() / closes('RUT')['2009-03'].min() - 1) * 100),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 9, 2, lambda: (closes('DJI')['2009-10'].max() / closes('DJI')['2009-03'].min() - 1) * 100),
    ('cbsnews_20091105_dow_10000_small_caps_lag', 10, 2, None),
    ('latimesblogs_20100317_dow_17_month_high', 0, 2, lambda: last_ge('DJI','2010-03-17')),
    ('latimesblogs_20100317_dow_17_month_high', 1, 2, lambda: last_ge('DJI','2010-03-17','high')),
    ('latimesblogs_20100317_dow_17_month_high', 2, 2, lambda: chg('DJI','2010-03-17')),
    ('latimesblogs_20100317_dow_17_month_high', 3, 2, lambda: pchg('DJI','2010-03-17')),
    ('latimesblogs_20100317_dow_17_month_high', 4, 2, lambda: val('DJI','2010-03-17')),
    ('latimesblogs_20100317_dow_17_month_high', 5, 2, lambda: closes('DJI')['2010-01-01':'2010-03-16'].max()),
    ('latimesblogs_20100317_dow_17_month_high', 6, 2, lambda: closes('DJI')['2010-01-01':'2010-03-16'].idxmax().date().isoformat()),
    ('latimesblogs_20100317_dow_17_month_high', 7, 2, None),
    ('latimesblogs_20100317_dow_17_month_high', 8, 2, lambda: val('DJI','2008-10-01')),
    ('latimesblogs_20100317_dow_17_month_high', 9, 2, lambda: val('DJI','2010-03-17')),
    ('latimesblogs_20100317_dow_17_month_high', 10, 2, lambda: chg('DJI','2010-03-17')),
    ('latimesblogs_20100317_dow_17_month_high', 11, 2, lambda: round((D('2010-03-17') - D(last_ge('DJI','2010-03-17'))).days / 30.44, 1)),
    ('latimesblogs_20100317_dow_17_month_high', 12, 2, lambda: [closes('DJI')['2010-01-01':'2010-03-16'].idxmax().date().isoformat(), closes('DJI')['2010-01-19':'2010-03-16'].idxmin().date().isoformat()]),
    ('latimesblogs_20100317_dow_17_month_high', 13, 2, lambda: pct('DJI','2010-02-08','2010-03-17')),
    ('latimesblogs_20100317_dow_17_month_high', 14, 2, lambda: [last_ge('GSPC', d) for d in ['2010-03-11','2010-03-17']]),
    ('latimesblogs_20100317_dow_17_month_high', 15, 2, lambda: [last_ge('RUT', d) for d in ['2010-03-03','2010-03-17']]),
    ('latimesblogs_20100317_dow_17_month_high', 16, 2, lambda: [last_ge('IXIC', d) for d in ['2010-03-05','2010-03-17']]),
    ('latimesblogs_20100317_dow_17_month_high', 17, 2, None),
    ('latimesblogs_20100317_dow_17_month_high', 18, 2, None),
    ('latimesblogs_20100317_dow_17_month_high', 19, 2, lambda: ytd_pct('GSPC','2010-03-17')),
    ('fool_20110223_small_caps_killing_it', 0, 2, lambda: below_max_pct('RUT','2011-02-18')),
    ('fool_20110223_small_caps_killing_it', 1, 2, lambda: val('RUT','2007-07-13')),
    ('fool_20110223_small_caps_killing_it', 2, 2, lambda: prior_max('RUT','2011-02-18')[0]),
    ('fool_20110223_small_caps_killing_it', 3, 2, lambda: val('RUT','2011-02-18','high')),
    ('fool_20110223_small_caps_killing_it', 4, 2, lambda: (1 - val('RUT','2011-02-18','high') / val('RUT','2007-07-13')) * 100),
    ('fool_20110223_small_caps_killing_it', 5, 2, lambda: pct('RUT','2001-02-16','2011-02-18') - pct('GSPC','2001-02-16','2011-02-18')),
    ('estinaspen_20120228_dow_closes_above_13000', 0, 2, lambda: val('DJI','2012-02-28') >= 13000),
    ('estinaspen_20120228_dow_closes_above_13000', 1, 2, lambda: [d.date().isoformat() for d, r in px('DJI')['2012-02-17':'2012-02-27'].iterrows() if r.high > 13000 and r.close < 13000]),
    ('estinaspen_20120228_dow_closes_above_13000', 2, 2, lambda: val('DJI','2012-02-28')),
    ('estinaspen_20120228_dow_closes_above_13000', 3, 2, lambda: last_level('DJI', '2012-02-28', 13000)),
    ('estinaspen_20120228_dow_closes_above_13000', 4, 2, None),
    ('estinaspen_20120228_dow_closes_above_13000', 5, 0, lambda: (lambda m: m[(m.index.month == 1) & (m.index < D('2012-01-01')) & (m >= m.loc['2012-01-31'])].index[-1].year)(closes('DJI').resample('ME').last().pct_change() * 100)),
    ('estinaspen_20120228_dow_closes_above_13000', 6, 2, lambda: ytd_pct('DJI','2012-02-28')),
    ('estinaspen_20120228_dow_closes_above_13000', 7, 2, lambda: ytd_pct('GSPC','2012-02-28')),
    ('estinaspen_20120228_dow_closes_above_13000', 8, 2, lambda: ytd_pct('RUT','2012-02-28')),
    ('estinaspen_20120228_dow_closes_above_13000', 9, 2, lambda: ytd_pct('IXIC','2012-02-28')),
    ('estinaspen_20120228_dow_closes_above_13000', 10, 2, lambda: last_ge('GSPC','2012-02-28')),
    ('estinaspen_20120228_dow_closes_above_13000', 11, 2, lambda: [last_ge('IXIC','2012-02-28'), last_ge('IXIC','2012-02-28','high')]),
    ('ibtimes_20120327_overnight_report_prodigal_qe3', 0, 2, lambda: chg('DJI','2012-03-26')),
    ('ibtimes_20120327_overnight_report_prodigal_qe3', 1, 2, lambda: pchg('DJI','2012-03-26')),
    ('ibtimes_20120327_overnight_report_prodigal_qe3', 2, 2, lambda: pchg('GSPC','2012-03-26')),
    ('ibtimes_20120327_overnight_report_prodigal_qe3', 3, 2, lambda: val('GSPC','2012-03-26')),
    ('ibtimes_20120327_overnight_report_prodigal_qe3', 4, 2, lambda: pchg('IXIC','2012-03-26')),
    ('ibtimes_20120327_overnight_report_prodigal_qe3', 5, 2, None),
    ('ibtimes_20120327_overnight_report_prodigal_qe3', 6, 2, None),
    ('ibtimes_20120327_overnight_report_prodigal_qe3', 7, 2, None),
    ('ibtimes_20120327_overnight_report_prodigal_qe3', 8, 2, lambda: chg('DJI','2012-03-26')),
    ('ibtimes_20120327_overnight_report_prodigal_qe3', 9, 2, None),
    ('covnews_20120914_stocks_soaring_bad_economy', 0, 2, None),
    ('covnews_20120914_stocks_soaring_bad_economy', 1, 2, lambda: below_max_pct('DJI','2012-09-14')),
    ('covnews_20120914_stocks_soaring_bad_economy', 2, 2, lambda: below_max_pct('RUT','2012-09-14')),
    ('covnews_20120914_stocks_soaring_bad_economy', 3, 2, None),
    ('covnews_20120914_stocks_soaring_bad_economy', 4, 2, None),
    ('covnews_20120914_stocks_soaring_bad_economy', 5, 2, lambda: fomc_days('2012-09-10', '2012-09-14')),
    ('covnews_20120914_stocks_soaring_bad_economy', 6, 2, lambda: pts('DJI','2012-09-12','2012-09-14')),
    ('covnews_20120914_stocks_soaring_bad_economy', 7, 2, lambda: prior_max('DJI','2012-09-14')[1] - val('DJI','2012-09-14')),
    ('covnews_20120914_stocks_soaring_bad_economy', 8, 2, lambda: prior_max('DJI','2012-09-14')[1]),
    ('covnews_20120914_stocks_soaring_bad_economy', 9, 2, lambda: prior_max('DJI','2012-09-14')[0]),
    ('covnews_20120914_stocks_soaring_bad_economy', 10, 2, None),
    ('covnews_20120914_stocks_soaring_bad_economy', 11, 2, lambda: (prior_max('GSPC','2012-09-14')[1] / val('GSPC','2012-09-14') - 1) * 100),
    ('covnews_20120914_stocks_soaring_bad_economy', 12, 2, lambda: prior_max('GSPC','2012-09-14')[0]),
    ('covnews_20120914_stocks_soaring_bad_economy', 13, 2, None),
    ('covnews_20120914_stocks_soaring_bad_economy', 14, 2, lambda: pct('DJI','2009-03-18','2010-03-18')),
    ('covnews_20120914_stocks_soaring_bad_economy', 15, 2, lambda: pct('GSPC','2009-03-18','2010-03-18') > pct('DJI','2009-03-18','2010-03-18')),
    ('marketwired_20121012_russell_october_mtd', 0, 2, None),
    ('marketwired_20121012_russell_october_mtd', 1, 2, None),
    ('marketwired_20121012_russell_october_mtd', 2, 2, None),
    ('marketwired_20121012_russell_october_mtd', 3, 2, None),
    ('marketwired_20121012_russell_october_mtd', 4, 2, None),
    ('marketwired_20121012_russell_october_mtd', 5, 2, None),
    ('marketwired_20121012_russell_october_mtd', 6, 2, None),
    ('marketwired_20121012_russell_october_mtd', 7, 2, None),
    ('marketwired_20121012_russell_october_mtd', 8, 2, lambda: prior_max('RUT','2012-10-11','high')[0]),
    ('vindicator_20130514_small_business_record_territory', 0, 2, lambda: is_record('DJI','2013-05-14')),
    ('vindicator_20130514_small_business_record_territory', 1, 2, lambda: is_record('GSPC','2013-05-14')),
    ('vindicator_20130514_small_business_record_territory', 2, 2, lambda: pchg('RUT','2013-05-14')),
    ('vindicator_20130514_small_business_record_territory', 3, 2, lambda: max(['RUT','GSPC','DJI','IXIC'], key=lambda t: pchg(t, '2013-05-14'))),
    ('vindicator_20130514_small_business_record_territory', 4, 2, lambda: ytd_pct('RUT','2013-05-14')),
    ('vindicator_20130514_small_business_record_territory', 5, 2, lambda: ytd_pct('RUT','2013-05-14') > ytd_pct('GSPC','2013-05-14')),
    ('vindicator_20130514_small_business_record_territory', 6, 2, None),
    ('vindicator_20130514_small_business_record_territory', 7, 2, None),
    ('vindicator_20130514_small_business_record_territory', 8, 2, None),
    ('ajc_20131121_dow_closes_above_16000', 0, 2, lambda: closes('DJI')[closes('DJI') >= 16000].index[0].date().isoformat()),
    ('ajc_20131121_dow_closes_above_16000', 1, 2, lambda: ytd_pct('DJI','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 2, 2, None),
    ('ajc_20131121_dow_closes_above_16000', 3, 2, lambda: closes('DJI')['2013'][closes('DJI')['2013'] >= 14000].index[0].date().isoformat()),
    ('ajc_20131121_dow_closes_above_16000', 4, 2, lambda: closes('DJI')[closes('DJI') >= 15000].index[0].date().isoformat()),
    ('ajc_20131121_dow_closes_above_16000', 5, 2, lambda: chg('DJI','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 6, 2, lambda: pchg('DJI','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 7, 2, lambda: val('DJI','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 8, 2, lambda: val('DJI','2013-11-21','high')),
    ('ajc_20131121_dow_closes_above_16000', 9, 2, lambda: val('DJI','2013-11-21','low')),
    ('ajc_20131121_dow_closes_above_16000', 10, 2, lambda: chg('GSPC','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 11, 2, lambda: pchg('GSPC','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 12, 2, lambda: val('GSPC','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 13, 2, lambda: chg('IXIC','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 14, 2, lambda: pchg('IXIC','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 15, 2, lambda: val('IXIC','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 16, 2, lambda: [round(pchg(t, '2013-11-21'), 2) for t in ['RUT','IXIC','GSPC','DJI']]),
    ('ajc_20131121_dow_closes_above_16000', 17, 2, lambda: chg('RUT','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 18, 2, lambda: pchg('RUT','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 19, 2, lambda: val('RUT','2013-11-21')),
    ('ajc_20131121_dow_closes_above_16000', 20, 2, None),
]
# END RECIPES


def normalise(value, decimals):
    """Round floats (also inside lists and tuples) the way key.jsonl stores them."""
    if hasattr(value, "item") and not isinstance(value, (list, tuple)):
        value = value.item()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return round(value, decimals)
    if isinstance(value, (list, tuple)):
        return [normalise(v, decimals) for v in value]
    return value


def main():
    args = sys.argv[1:]
    data = args[0] if args else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
    set_data(data)
    key_path = Path(args[1]) if len(args) > 1 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    bad = 0
    seen = set()
    for pid, idx, dec, fn in RECIPES:
        v = None if fn is None else normalise(fn(), dec)
        seen.add((pid, idx))
        flag = ""
        if key.get((pid, idx), "missing") != v:
            bad += 1
            flag = f"   <-- key.jsonl has {key.get((pid, idx), 'missing')!r}"
        print(f"{pid} #{idx}: {v!r}{flag}")
    missing = [k for k in key if k not in seen]
    for k in missing:
        bad += 1
        print(f"{k[0]} #{k[1]}: no recipe   <-- MISMATCH")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
