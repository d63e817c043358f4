"""Recompute every computed_value in key.jsonl (heldout4a) from the CSV files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]

RECIPES holds one entry per key record: (passage_id, claim_index, decimals, expression). The
expression is evaluated with the helper functions below on the CSV files of the data directory;
None means the key has no computed value (series not in the files, opinion, forecast, or a
figure on a basis the files do not hold). Prints every value and exits 1 on any mismatch.
Needs pandas. Written independently for this corpus.
"""
import json
import os
import sys
import warnings
from pathlib import Path

import pandas as pd

warnings.filterwarnings("ignore")
DATA = Path(os.environ.get("CAPSCOPE_DATA_DIR", "data"))  # or the first argument
_c = {}


def px(t):
    if t not in _c:
        _c[t] = pd.read_csv(DATA / f"{t}.csv", parse_dates=["date"]).set_index("date")
    return _c[t]


def rate(s):
    k = "r_" + s
    if k not in _c:
        _c[k] = pd.read_csv(DATA / f"{s}.csv", parse_dates=["date"]).set_index("date")["value"].dropna()
    return _c[k]


def ts(d):
    return pd.Timestamp(d)


def col(t, f="close"):
    return px(t)[f].dropna()


def close(t, d, f="close"):
    return float(px(t).loc[ts(d), f])


def prev(t, d):
    s = col(t)
    return s.index[s.index.get_loc(ts(d)) - 1]


def chg(t, d):
    """Point change, close vs previous close."""
    return close(t, d) - close(t, prev(t, d))


def pct(t, d):
    """Percent change, close vs previous close."""
    return (close(t, d) / close(t, prev(t, d)) - 1) * 100


def ret(t, a, b, f="close"):
    """Percent change from the close on a to the close on b."""
    return (close(t, b, f) / close(t, a, f) - 1) * 100


def pts(t, a, b):
    return close(t, b) - close(t, a)


def last_before(t, d, f="close"):
    s = col(t, f)
    return s[s.index < ts(d)].index[-1]


def ytd(t, d, f="close"):
    return ret(t, last_before(t, f"{ts(d).year}-01-01", f), d, f)


def year_ret(t, y, f="close"):
    s = col(t, f)
    a = s[s.index < ts(f"{y}-01-01")].iloc[-1]
    b = s[s.index <= ts(f"{y}-12-31")].iloc[-1]
    return (b / a - 1) * 100


def period_ret(t, a_excl, b_incl, f="close"):
    """Last close before a_excl to last close on or before b_incl."""
    s = col(t, f)
    a = s[s.index < ts(a_excl)].iloc[-1]
    b = s[s.index <= ts(b_incl)].iloc[-1]
    return (b / a - 1) * 100


def monthly_rel(a, b, start, end):
    """DataFrame of monthly % returns of a and b (month-end closes) between start and end."""
    ma = col(a).resample("ME").last().pct_change() * 100
    mb = col(b).resample("ME").last().pct_change() * 100
    df = pd.concat([ma, mb], axis=1, keys=["a", "b"], sort=True).dropna()
    return df[ts(start):ts(end)]


def months_lagging(a, b, start, end):
    df = monthly_rel(a, b, start, end)
    return int((df.a < df.b).sum())


def months_lagging_twice(a, b, start, end):
    """Months in which a lagged b for the second (or later) month running."""
    df = monthly_rel(a, b, start, end)
    lag = df.a < df.b
    return int((lag & lag.shift(1, fill_value=False)).sum())


def lag_runs(a, b, start, end):
    """(first month, last month, length) of every run of months with a lagging b."""
    df = monthly_rel(a, b, start, end)
    out, run = [], []
    for d, v in (df.a < df.b).items():
        if v:
            run.append(d)
        elif run:
            out.append((run[0].strftime("%Y-%m"), run[-1].strftime("%Y-%m"), len(run)))
            run = []
    if run:
        out.append((run[0].strftime("%Y-%m"), run[-1].strftime("%Y-%m"), len(run)))
    return out


def record_before(t, d, f="close"):
    s = col(t, f)
    s = s[s.index < ts(d)]
    return s.idxmax().date().isoformat(), float(s.max())


def is_record(t, d, f="close"):
    return close(t, d, f) > record_before(t, d, f)[1]


def highest_since(t, d, f="close"):
    """Last earlier session with a value >= the value on d."""
    s = col(t, f)
    v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & (s >= v)]
    return p.index[-1].date().isoformat() if len(p) else "none (record)"


def lowest_since(t, d, f="close"):
    s = col(t, f)
    v = s.loc[ts(d)]
    p = s[(s.index < ts(d)) & (s <= v)]
    return p.index[-1].date().isoformat() if len(p) else "none (record low)"


def years_between(a, b):
    return (ts(b) - ts(a)).days / 365.25


def months_between(a, b):
    return (ts(b) - ts(a)).days / 30.44


def last_close_above(t, d, level):
    """Last session before d whose close was above level."""
    s = col(t)
    s = s[(s.index < ts(d)) & (s > level)]
    return s.index[-1].date().isoformat()


def first_close_above_after(t, after, level):
    s = col(t)
    s = s[(s.index > ts(after)) & (s > level)]
    return s.index[0].date().isoformat()


def moves(t, kind="pct"):
    s = col(t)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_move_as_big(t, d, kind="pct", down=True):
    m = moves(t, kind)
    v = m.loc[ts(d)]
    p = m[m.index < ts(d)]
    h = p[p <= v] if down else p[p >= v]
    return h.index[-1].date().isoformat() if len(h) else "none"


def streak(t, d, up=True):
    m = moves(t, "pts")
    m = m[m.index <= ts(d)]
    n = 0
    for v in m.iloc[::-1]:
        if (v > 0) if up else (v < 0):
            n += 1
        else:
            break
    return n


def window_extreme(t, a, b, f):
    s = col(t, f)[ts(a):ts(b)]
    return float(s.max()) if f == "high" else float(s.min())


def drawdown_from(t, peak_day, d, f="close"):
    """% below the close on peak_day (positive = below)."""
    return (1 - close(t, d, f) / close(t, peak_day)) * 100


def rate_on(s, d):
    return float(rate(s).loc[ts(d)])


def fed_target(d):
    """DFEDTAR before 2008-12-16, else [DFEDTARL, DFEDTARU]."""
    d = ts(d)
    if d >= ts("2008-12-16"):
        return [rate_on("DFEDTARL", d), rate_on("DFEDTARU", d)]
    return rate_on("DFEDTAR", d)


def fomc_days():
    return pd.read_csv(DATA / "FOMC_meetings.csv", parse_dates=["date"])


def target_hikes(a, b):
    """Dates on which the fed funds target (top of range after 2008-12-16) rose, a..b."""
    s = pd.concat([rate("DFEDTAR")[:ts("2008-12-15")], rate("DFEDTARU")[ts("2008-12-16"):]])
    s = s[ts(a):ts(b)]
    up = s[s.diff() > 0]
    return [d.date().isoformat() for d in up.index]


def last_hike_before(d):
    return target_hikes("1982-01-01", ts(d) - pd.Timedelta(days=1))[-1]


def first_day_at_or_below(series_top, level, before):
    """First date of the run of top-of-range <= level that is still going on `before`."""
    s = pd.concat([rate("DFEDTAR")[:ts("2008-12-15")], rate("DFEDTARU")[ts("2008-12-16"):]])
    s = s[s.index < ts(before)]
    above = s[s > level]
    return s[s.index > above.index[-1]].index[0].date().isoformat()


# RECIPES_START
RECIPES = [
    # (passage_id, claim_index, decimals, expression)
    ('ap_20031230_nasdaq_breaks_2000', 0, 2, "chg('DJI','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 1, 2, None),
    ('ap_20031230_nasdaq_breaks_2000', 2, 2, "chg('IXIC','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 3, 2, "pct('IXIC','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 4, 2, "close('IXIC','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 5, 2, "years_between(highest_since('IXIC','2003-12-29'), '2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 6, 2, "ret('IXIC','2003-12-19','2003-12-26')"),
    ('ap_20031230_nasdaq_breaks_2000', 7, 2, "close('IXIC','2003-12-03','high')"),
    ('ap_20031230_nasdaq_breaks_2000', 8, 2, "last_close_above('IXIC','2003-12-29',2000)"),
    ('ap_20031230_nasdaq_breaks_2000', 9, 2, "close('IXIC','2002-01-15')"),
    ('ap_20031230_nasdaq_breaks_2000', 10, 2, "chg('DJI','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 11, 2, "pct('DJI','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 12, 2, "close('DJI','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 13, 2, "ret('DJI','2003-12-19','2003-12-26')"),
    ('ap_20031230_nasdaq_breaks_2000', 14, 2, "highest_since('DJI','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 15, 2, "close('DJI','2002-03-21')"),
    ('ap_20031230_nasdaq_breaks_2000', 16, 2, "first_close_above_after('DJI', last_close_above('DJI','2003-12-01',10000), 10000)"),
    ('ap_20031230_nasdaq_breaks_2000', 17, 2, "chg('GSPC','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 18, 2, "pct('GSPC','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 19, 2, "close('GSPC','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 20, 2, "ret('GSPC','2003-12-19','2003-12-26')"),
    ('ap_20031230_nasdaq_breaks_2000', 21, 2, "months_between(last_close_above('GSPC','2003-12-29',1100), '2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 22, 2, "highest_since('GSPC','2003-12-29')"),
    ('ap_20031230_nasdaq_breaks_2000', 23, 2, "close('GSPC','2002-04-19')"),
    ('ap_20031230_nasdaq_breaks_2000', 24, 2, None),
    ('ap_20031230_nasdaq_breaks_2000', 25, 2, None),
    ('ap_20031230_nasdaq_breaks_2000', 26, 2, "chg('DJI','2003-12-29')"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 0, 0, "[y for y in range(1993, 2003) if year_ret('DJI', y) > 0][-1]"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 1, 2, "pts('DJI','2002-12-31','2003-12-31')"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 2, 2, "year_ret('DJI', 2003)"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 3, 2, "year_ret('IXIC', 2003)"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 4, 2, "years_between(last_close_above('IXIC','2003-12-29',2000), '2003-12-29')"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 5, 2, "year_ret('GSPC', 2003)"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 6, 2, "year_ret('RUT', 2003)"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 7, 2, "chg('DJI','2003-12-31')"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 8, 2, "pct('DJI','2003-12-31')"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 9, 2, "close('DJI','2003-12-31')"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 10, 2, "chg('IXIC','2003-12-31')"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 11, 2, "close('IXIC','2003-12-31')"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 12, 2, "[fed_target('2003-12-31'), float(rate('DFEDTAR').min())]"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 13, 2, "first_close_above_after('IXIC','2002-01-15',2000)"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 14, 2, "(close('DJI','2003-12-31') / window_extreme('DJI','2002-10-01','2002-10-31','low') - 1) * 100"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 15, 2, "window_extreme('DJI','2002-10-01','2002-10-31','low')"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 16, 2, "window_extreme('DJI','2003-01-01','2003-12-31','low')"),
    ('cbsnews_20031231_dow_first_up_year_since_99', 17, 2, "year_ret('GSPC', 2003)"),
    ('latimes_20040811_fed_hike_rally', 0, 2, "[rate_on('DFEDTAR','2004-08-09'), rate_on('DFEDTAR','2004-08-10')]"),
    ('latimes_20040811_fed_hike_rally', 1, 2, "[last_move_as_big(t,'2004-08-10','pct',down=False) for t in ('DJI','GSPC','IXIC')]"),
    ('latimes_20040811_fed_hike_rally', 2, 1, "round((rate_on('DGS10','2004-08-10') - rate_on('DGS10','2004-08-09')) * 100, 1)"),
    ('latimes_20040811_fed_hike_rally', 3, 2, "chg('DJI','2004-08-10')"),
    ('latimes_20040811_fed_hike_rally', 4, 2, "pct('DJI','2004-08-10')"),
    ('latimes_20040811_fed_hike_rally', 5, 2, "close('DJI','2004-08-10')"),
    ('latimes_20040811_fed_hike_rally', 6, 2, "chg('IXIC','2004-08-10')"),
    ('latimes_20040811_fed_hike_rally', 7, 2, "pct('IXIC','2004-08-10')"),
    ('latimes_20040811_fed_hike_rally', 8, 2, "close('IXIC','2004-08-10')"),
    ('latimes_20040811_fed_hike_rally', 9, 2, "chg('GSPC','2004-08-10')"),
    ('latimes_20040811_fed_hike_rally', 10, 2, "pct('GSPC','2004-08-10')"),
    ('latimes_20040811_fed_hike_rally', 11, 2, "close('GSPC','2004-08-10')"),
    ('latimes_20040811_fed_hike_rally', 12, 2, None),
    ('latimes_20040811_fed_hike_rally', 13, 2, None),
    ('latimes_20040811_fed_hike_rally', 14, 2, "[round(close(t,'2004-08-10','high') - close(t,'2004-08-10'), 2) for t in ('DJI','GSPC','IXIC','RUT')]"),
    ('latimes_20040811_fed_hike_rally', 15, 2, "target_hikes('2004-06-01','2004-08-10')"),
    ('latimes_20041221_dow_high_for_2004', 0, 2, "close('DJI','2004-12-21') > col('DJI')['2004-01-01':'2004-12-20'].max()"),
    ('latimes_20041221_dow_high_for_2004', 1, 2, "chg('DJI','2004-12-21')"),
    ('latimes_20041221_dow_high_for_2004', 2, 2, "close('DJI','2004-12-21')"),
    ('latimes_20041221_dow_high_for_2004', 3, 2, "float(col('DJI')['2004-01-01':'2004-12-20'].max())"),
    ('latimes_20041221_dow_high_for_2004', 4, 2, "col('DJI')['2004-01-01':'2004-12-20'].idxmax().date().isoformat()"),
    ('latimes_20041221_dow_high_for_2004', 5, 2, "years_between(highest_since('DJI','2004-12-21'), '2004-12-21')"),
    ('latimes_20041221_dow_high_for_2004', 6, 2, "chg('IXIC','2004-12-21')"),
    ('latimes_20041221_dow_high_for_2004', 7, 2, "pct('IXIC','2004-12-21')"),
    ('latimes_20041221_dow_high_for_2004', 8, 2, "close('IXIC','2004-12-21')"),
    ('latimes_20041221_dow_high_for_2004', 9, 2, "chg('GSPC','2004-12-21')"),
    ('latimes_20041221_dow_high_for_2004', 10, 2, "close('GSPC','2004-12-21')"),
    ('latimes_20041221_dow_high_for_2004', 11, 2, None),
    ('latimes_20041221_dow_high_for_2004', 12, 2, "pts('DJI', col('DJI')['2004-10-15':'2004-10-31'].idxmin(), '2004-12-21')"),
    ('ap_20050921_fed_375_stocks_fall', 0, 0, "round((rate_on('DFEDTAR','2005-09-20') - rate_on('DFEDTAR','2005-09-19')) * 100)"),
    ('ap_20050921_fed_375_stocks_fall', 1, 2, "fed_target('2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 2, 2, "chg('DJI','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 3, 2, "pct('DJI','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 4, 2, "close('DJI','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 5, 2, "chg('GSPC','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 6, 2, "pct('GSPC','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 7, 2, "close('GSPC','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 8, 2, "chg('IXIC','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 9, 2, "pct('IXIC','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 10, 2, "close('IXIC','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 11, 2, "rate_on('DGS10','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 12, 1, "round((rate_on('DGS10','2005-09-20') - rate_on('DGS10','2005-09-19')) * 100, 1)"),
    ('ap_20050921_fed_375_stocks_fall', 13, 2, None),
    ('ap_20050921_fed_375_stocks_fall', 14, 2, None),
    ('ap_20050921_fed_375_stocks_fall', 15, 2, None),
    ('ap_20050921_fed_375_stocks_fall', 16, 2, None),
    ('ap_20050921_fed_375_stocks_fall', 17, 2, None),
    ('ap_20050921_fed_375_stocks_fall', 18, 2, "chg('RUT','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 19, 2, "pct('RUT','2005-09-20')"),
    ('ap_20050921_fed_375_stocks_fall', 20, 2, "close('RUT','2005-09-20')"),
    ('cnnmoney_20100520_vix_14_month_high', 0, 2, "months_between(highest_since('VIX','2010-05-20'), '2010-05-20')"),
    ('cnnmoney_20100520_vix_14_month_high', 1, 2, "pct('VIX','2010-05-20')"),
    ('cnnmoney_20100520_vix_14_month_high', 2, 2, "close('VIX','2010-05-20')"),
    ('cnnmoney_20100520_vix_14_month_high', 3, 2, "close('VIX','2010-05-20','high')"),
    ('cnnmoney_20100520_vix_14_month_high', 4, 2, "chg('DJI','2010-05-20')"),
    ('cnnmoney_20100520_vix_14_month_high', 5, 2, "pct('DJI','2010-05-20')"),
    ('cnnmoney_20100520_vix_14_month_high', 6, 2, "close('DJI','2010-05-20','low') - close('DJI','2010-05-19')"),
    ('cnnmoney_20100520_vix_14_month_high', 7, 2, "ytd('VIX','2010-05-20')"),
    ('cnnmoney_20100520_vix_14_month_high', 8, 2, "ret('VIX','2010-05-13','2010-05-20')"),
    ('cnnmoney_20100520_vix_14_month_high', 9, 2, "years_between(lowest_since('VIX','2010-04-12'), '2010-04-12')"),
    ('cnnmoney_20100520_vix_14_month_high', 10, 2, None),
    ('cnnmoney_20100520_vix_14_month_high', 11, 2, "float(col('VIX','high')['2008-10'].max())"),
    ('cnnmoney_20100520_vix_14_month_high', 12, 2, None),
    ('cnnmoney_20100520_vix_14_month_high', 13, 2, None),
    ('cnnmoney_20100520_vix_14_month_high', 14, 2, None),
    ('cnnmoney_20100520_vix_14_month_high', 15, 2, None),
    ('ap_20110809_fed_near_zero_two_years', 0, 2, "fed_target('2011-08-09')"),
    ('ap_20110809_fed_near_zero_two_years', 1, 2, None),
    ('ap_20110809_fed_near_zero_two_years', 2, 2, "close('DJI','2011-08-09','high') - close('DJI','2011-08-09','low')"),
    ('ap_20110809_fed_near_zero_two_years', 3, 2, "close('DJI','2011-08-09')"),
    ('ap_20110809_fed_near_zero_two_years', 4, 2, "pct('DJI','2011-08-09')"),
    ('ap_20110809_fed_near_zero_two_years', 5, 2, "pct('GSPC','2011-08-09')"),
    ('ap_20110809_fed_near_zero_two_years', 6, 2, "pct('IXIC','2011-08-09')"),
    ('ap_20110809_fed_near_zero_two_years', 7, 2, "float(rate('DGS10')[:'2011-08-08'].min())"),
    ('ap_20110809_fed_near_zero_two_years', 8, 2, "rate_on('DGS10','2011-08-09')"),
    ('ap_20110809_fed_near_zero_two_years', 9, 2, None),
    ('ap_20110809_fed_near_zero_two_years', 10, 2, "chg('DJI','2011-08-08')"),
    ('ap_20110809_fed_near_zero_two_years', 11, 2, "ret('DJI','2011-07-21','2011-08-09')"),
    ('ap_20110809_fed_near_zero_two_years', 12, 2, "pts('DJI','2011-07-21','2011-08-09')"),
    ('ap_20110809_fed_near_zero_two_years', 13, 2, None),
    ('cbsnews_20151216_fed_first_hike_since_2006', 0, 2, "last_hike_before('2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 1, 0, "round((fed_target('2015-12-16')[1] - fed_target('2015-12-15')[1]) * 100)"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 2, 2, "chg('DJI','2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 3, 2, "pct('DJI','2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 4, 2, "close('DJI','2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 5, 2, "chg('GSPC','2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 6, 2, "pct('GSPC','2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 7, 2, "close('GSPC','2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 8, 2, "chg('IXIC','2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 9, 2, "pct('IXIC','2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 10, 2, "close('IXIC','2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 11, 2, None),
    ('cbsnews_20151216_fed_first_hike_since_2006', 12, 2, None),
    ('cbsnews_20151216_fed_first_hike_since_2006', 13, 2, "years_between(first_day_at_or_below('DFEDTARU', 0.25, '2015-12-16'), '2015-12-16')"),
    ('cbsnews_20151216_fed_first_hike_since_2006', 14, 2, "last_hike_before('2015-12-16')[:7]"),
    ('etfcom_20140711_sp600_vs_russell2000', 0, 2, "ytd('RUT','2014-07-07') < ytd('GSPC','2014-07-07')"),
    ('etfcom_20140711_sp600_vs_russell2000', 1, 2, "ytd('RUT','2014-07-07')"),
    ('etfcom_20140711_sp600_vs_russell2000', 2, 2, None),
    ('etfcom_20140711_sp600_vs_russell2000', 3, 2, "ret('RUT','2013-07-08','2014-07-07') < ret('GSPC','2013-07-08','2014-07-07')"),
    ('etfcom_20140711_sp600_vs_russell2000', 4, 2, "ret('RUT','2013-07-08','2014-07-07')"),
    ('etfcom_20140711_sp600_vs_russell2000', 5, 2, "ret('GSPC','2013-07-08','2014-07-07')"),
    ('etfcom_20140711_sp600_vs_russell2000', 6, 2, "ret('GSPC','2009-07-07','2014-07-07')"),
    ('etfcom_20140711_sp600_vs_russell2000', 7, 2, "ret('RUT','2009-07-07','2014-07-07')"),
    ('etfcom_20140711_sp600_vs_russell2000', 8, 2, "ret('RUT','2009-07-07','2014-07-07') < ret('GSPC','2009-07-07','2014-07-07')"),
    ('etfcom_20140711_sp600_vs_russell2000', 9, 2, None),
    ('etfcom_20140711_sp600_vs_russell2000', 10, 2, "ret('GSPC','2009-03-09','2014-07-07')"),
    ('etfcom_20140711_sp600_vs_russell2000', 11, 2, None),
    ('etfcom_20140711_sp600_vs_russell2000', 12, 2, None),
    ('etfcom_20140711_sp600_vs_russell2000', 13, 2, None),
    ('247wallst_20130709_rut_all_time_high', 0, 2, "[is_record('RUT','2013-07-09','high'), is_record('RUT','2013-07-09')]"),
    ('247wallst_20130709_rut_all_time_high', 1, 2, "close('RUT','2013-07-09','high')"),
    ('247wallst_20130709_rut_all_time_high', 2, 2, None),
    ('247wallst_20130709_rut_all_time_high', 3, 2, None),
    ('247wallst_20130709_rut_all_time_high', 4, 2, None),
    ('247wallst_20130709_rut_all_time_high', 5, 2, "close('DJI','2013-07-09','high')"),
    ('247wallst_20130709_rut_all_time_high', 6, 2, "window_extreme('DJI','2012-07-10','2013-07-09','low')"),
    ('247wallst_20130709_rut_all_time_high', 7, 2, "window_extreme('DJI','2012-07-10','2013-07-09','high')"),
    ('247wallst_20130709_rut_all_time_high', 8, 2, "close('GSPC','2013-07-09','high')"),
    ('247wallst_20130709_rut_all_time_high', 9, 2, "window_extreme('GSPC','2012-07-10','2013-07-09','low')"),
    ('247wallst_20130709_rut_all_time_high', 10, 2, "window_extreme('GSPC','2012-07-10','2013-07-09','high')"),
    ('247wallst_20130709_rut_all_time_high', 11, 2, '(1002.59 / 985.36 - 1) * 100'),
    ('247wallst_20130709_rut_all_time_high', 12, 2, "(window_extreme('DJI','2012-07-10','2013-07-09','high') / 15320.15 - 1) * 100"),
    ('247wallst_20130709_rut_all_time_high', 13, 2, "(window_extreme('GSPC','2012-07-10','2013-07-09','high') / 1654.10 - 1) * 100"),
    ('247wallst_20130709_rut_all_time_high', 14, 0, "[streak(t,'2013-07-09') for t in ('DJI','GSPC','RUT')]"),
    ('crossingwallstreet_20140512_small_cap_correction', 0, 2, "drawdown_from('RUT', col('RUT')['2014-03-01':'2014-03-31'].idxmax(), '2014-05-09')"),
    ('crossingwallstreet_20140512_small_cap_correction', 1, 2, None),
    ('crossingwallstreet_20140512_small_cap_correction', 2, 2, None),
    ('crossingwallstreet_20140512_small_cap_correction', 3, 2, None),
    ('crossingwallstreet_20140512_small_cap_correction', 4, 2, None),
    ('crossingwallstreet_20140512_small_cap_correction', 5, 2, "drawdown_from('RUT','2014-03-04','2014-05-09')"),
    ('crossingwallstreet_20140512_small_cap_correction', 6, 2, "ret('GSPC','2014-03-04','2014-05-09')"),
    ('investingdaily_20150515_russell_in_a_rut', 0, 2, "period_ret('RUT','2014-10-01','2014-12-31')"),
    ('investingdaily_20150515_russell_in_a_rut', 1, 2, "period_ret('RUT','2015-01-01','2015-03-31')"),
    ('investingdaily_20150515_russell_in_a_rut', 2, 2, "period_ret('RUT','2015-04-01','2015-04-30')"),
    ('investingdaily_20150515_russell_in_a_rut', 3, 2, "period_ret('RUT','2015-05-01','2015-05-14')"),
    ('investingdaily_20150515_russell_in_a_rut', 4, 2, None),
    ('investingdaily_20150515_russell_in_a_rut', 5, 2, None),
    ('investingdaily_20150515_russell_in_a_rut', 6, 2, None),
    ('investingdaily_20150515_russell_in_a_rut', 7, 2, "[[round(year_ret(t, y), 2) for y in (2012, 2013, 2014)] for t in ('RUT','GSPC')]"),
    ('investingdaily_20150515_russell_in_a_rut', 8, 2, None),
    ('investingdaily_20150515_russell_in_a_rut', 9, 2, None),
    ('investingdaily_20150515_russell_in_a_rut', 10, 2, None),
    ('businessweek_20060507_small_cap_run_continues', 0, 2, "[round(ret('GSPC','2006-03-31','2006-05-05'), 2), round(ret('RUT','2006-03-31','2006-05-05'), 2)]"),
    ('businessweek_20060507_small_cap_run_continues', 1, 0, "months_lagging('RUT','GSPC','2000-01-01','2006-04-30')"),
    ('businessweek_20060507_small_cap_run_continues', 2, 0, "months_lagging_twice('RUT','GSPC','2000-01-01','2006-04-30')"),
    ('businessweek_20060507_small_cap_run_continues', 3, 2, "[r for r in lag_runs('RUT','GSPC','2000-01-01','2006-04-30') if r[2] >= 5]"),
    ('investorsolutions_200602_small_caps_continue', 0, 2, "[(y, round(year_ret('RUT', y), 2), round(year_ret('GSPC', y), 2)) for y in (1998, 2005)]"),
    ('investorsolutions_200602_small_caps_continue', 1, 2, "year_ret('GSPC', 2005)"),
    ('investorsolutions_200602_small_caps_continue', 2, 2, "year_ret('RUT', 2005)"),
    ('investorsolutions_200602_small_caps_continue', 3, 2, "[round(year_ret('RUT', y) - year_ret('GSPC', y), 2) for y in range(1999, 2005)]"),
    ('investorsolutions_200602_small_caps_continue', 4, 2, "min(ytd('RUT', d) - ytd('GSPC', d) for d in col('RUT')['2006-02-01':'2006-02-28'].index)"),
    ('investorsolutions_200602_small_caps_continue', 5, 2, None),
    ('investorsolutions_200602_small_caps_continue', 6, 2, None),
    ('investorsolutions_200602_small_caps_continue', 7, 2, None),
    ('investorsolutions_200602_small_caps_continue', 8, 2, None),
    ('investorsolutions_200602_small_caps_continue', 9, 2, None),
    ('investorsolutions_200602_small_caps_continue', 10, 2, None),
    ('investorsolutions_200602_small_caps_continue', 11, 2, None),
    ('globalcustodian_200501_small_caps_sixth_year', 0, 2, "year_ret('RUT', 2004)"),
    ('globalcustodian_200501_small_caps_sixth_year', 1, 2, None),
    ('globalcustodian_200501_small_caps_sixth_year', 2, 2, "[round(year_ret('RUT', y) - year_ret('GSPC', y), 2) for y in range(1999, 2005)]"),
    ('globalcustodian_200501_small_caps_sixth_year', 3, 2, "[record_before('RUT','2004-12-31','high'), close('RUT','2004-12-31','high'), record_before('RUT','2005-01-01')]"),
    ('globalcustodian_200501_small_caps_sixth_year', 4, 2, None),
    ('globalcustodian_200501_small_caps_sixth_year', 5, 2, "((1 + period_ret('RUT','1999-01-01','2004-12-31') / 100) ** (1 / 6) - 1) * 100"),
    ('globalcustodian_200501_small_caps_sixth_year', 6, 2, None),
    ('globalcustodian_200501_small_caps_sixth_year', 7, 2, "period_ret('RUT','2004-12-01','2004-12-31')"),
    ('marketwired_20131108_small_caps_go_big', 0, 2, "period_ret('RUT','2013-01-01','2013-10-31')"),
    ('marketwired_20131108_small_caps_go_big', 1, 2, "[(y, round(period_ret('RUT', f'{y}-01-01', f'{y}-10-31'), 2)) for y in range(2003, 2014) if period_ret('RUT', f'{y}-01-01', f'{y}-10-31') >= period_ret('RUT','2013-01-01','2013-10-31')]"),
    ('marketwired_20131108_small_caps_go_big', 2, 2, None),
    ('marketwired_20131108_small_caps_go_big', 3, 2, '30.9 - 26.1'),
    ('marketwired_20131108_small_caps_go_big', 4, 2, "[y for y in range(1998, 2013) if year_ret('RUT', y) > 30]"),
    ('marketwired_20131108_small_caps_go_big', 5, 2, "year_ret('RUT', 2003)"),
    ('marketwired_20131108_small_caps_go_big', 6, 2, None),
    ('marketwired_20131108_small_caps_go_big', 7, 2, None),
    ('marketwired_20131108_small_caps_go_big', 8, 2, "year_ret('RUT', 2012)"),
    ('marketwired_20131108_small_caps_go_big', 9, 2, "period_ret('RUT','2012-01-01','2012-10-31')"),
    ('marketwired_20131108_small_caps_go_big', 10, 2, "year_ret('RUT', 2008)"),
    ('marketwired_20131108_small_caps_go_big', 11, 2, "period_ret('RUT','2008-01-01','2008-10-31')"),
]
# RECIPES_END


def normalise(v, dec):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, dec)
    if isinstance(v, (list, tuple)):
        return [normalise(x, dec) for x in v]
    return v


def compute(expr, dec):
    return None if expr is None else normalise(eval(expr), dec)


def main():
    global DATA
    if len(sys.argv) > 1:
        DATA = Path(sys.argv[1])
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    bad = 0
    for pid, i, dec, expr in RECIPES:
        v = compute(expr, dec)
        flag = ""
        if key.get((pid, i), "missing") != v:
            bad += 1
            flag = f"   <-- key.jsonl has {key.get((pid, i), 'missing')!r}"
        print(f"{pid} #{i}: {v!r}{flag}")
    if len(key) != len(RECIPES):
        bad += 1
        print(f"key.jsonl has {len(key)} records but there are {len(RECIPES)} recipes")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
