"""Held-back corpus: recompute every computed_value of key.jsonl from the market-data CSV files.

Usage:  python reference.py PATH/TO/data [PATH/TO/key.jsonl]

RECIPES holds one row per key record: (passage_id, claim_index, decimals, expression). The
expression is Python text evaluated with the helper functions of this module in scope (the
CSV files are read from the data directory given on the command line); None means the key
has no computed value (series not in the files, opinion, forecast, conditional). Floats are
rounded to `decimals` before the comparison with key.jsonl. The script prints every value
and exits with status 1 if any differs from the key (or a key record has no recipe).
Needs pandas.
"""
import json
import sys
from pathlib import Path

import pandas as pd

DATA_DIR = Path("data")
_frames = {}


# ---------------------------------------------------------------- loading
def frame(ticker):
    """OHLC file of an index or ETF (RUT, GSPC, IXIC, NDX, DJI, VIX, IWM, SPY, QQQ, XL*)."""
    if ticker not in _frames:
        df = pd.read_csv(DATA_DIR / f"{ticker}.csv", parse_dates=["date"])
        _frames[ticker] = df.set_index("date").sort_index()
    return _frames[ticker]


def series(ticker, field="close"):
    return frame(ticker)[field].dropna()


def fred(name):
    """FRED `date,value` file (DFF, DFEDTAR, DFEDTARU, DFEDTARL, DGS2, DGS10)."""
    key = "fred:" + name
    if key not in _frames:
        df = pd.read_csv(DATA_DIR / f"{name}.csv", parse_dates=["date"])
        _frames[key] = df.set_index("date")["value"].dropna()
    return _frames[key]


def D(d):
    return pd.Timestamp(d)


def iso(t):
    return pd.Timestamp(t).date().isoformat()


# ---------------------------------------------------------------- single sessions
def value(ticker, d, field="close"):
    return float(frame(ticker).loc[D(d), field])


def prior(ticker, d):
    """The session before d in the close series."""
    s = series(ticker)
    return s.index[s.index.get_loc(D(d)) - 1]


def pts(ticker, d):
    """Point change of the close on d against the previous close."""
    return value(ticker, d) - value(ticker, prior(ticker, d))


def pct(ticker, d):
    """Percent change of the close on d against the previous close."""
    return (value(ticker, d) / value(ticker, prior(ticker, d)) - 1) * 100


def extreme_pts(ticker, d, field="low"):
    """Session low (or high) minus the previous close, in points."""
    return value(ticker, d, field) - value(ticker, prior(ticker, d))


def extreme_pct(ticker, d, field="low"):
    return (value(ticker, d, field) / value(ticker, prior(ticker, d)) - 1) * 100


def session_range(ticker, d):
    """[low, high] of the session on d."""
    return [value(ticker, d, "low"), value(ticker, d, "high")]


def session_range_pct(ticker, d):
    """[low, high] of the session as % changes against the previous close."""
    p = value(ticker, prior(ticker, d))
    return [round((value(ticker, d, "low") / p - 1) * 100, 2), round((value(ticker, d, "high") / p - 1) * 100, 2)]


# ---------------------------------------------------------------- windows
def last_before(ticker, d, field="close"):
    s = series(ticker, field)
    return s.index[s.index < D(d)][-1]


def change(ticker, start, end, field="close"):
    """Percent change from the close on `start` to the close on `end`."""
    return (value(ticker, end, field) / value(ticker, start, field) - 1) * 100


def change_pts(ticker, start, end):
    return value(ticker, end) - value(ticker, start)


def ytd(ticker, d, field="close"):
    return change(ticker, last_before(ticker, f"{D(d).year}-01-01", field), d, field)


def ytd_pts(ticker, d):
    return change_pts(ticker, last_before(ticker, f"{D(d).year}-01-01"), d)


def mtd(ticker, d):
    return change(ticker, last_before(ticker, D(d).replace(day=1)), d)


def wtd(ticker, d):
    monday = D(d) - pd.Timedelta(days=D(d).weekday())
    return change(ticker, last_before(ticker, monday), d)


def wtd_pts(ticker, d):
    monday = D(d) - pd.Timedelta(days=D(d).weekday())
    return change_pts(ticker, last_before(ticker, monday), d)


def month_change(ticker, ym):
    """Calendar-month change: last close of the month before ym to the last close of ym."""
    start = D(ym + "-01")
    s = series(ticker)
    end = s[s.index < start + pd.offsets.MonthBegin(1)].index[-1]
    return change(ticker, last_before(ticker, start), end)


def year_change(ticker, year):
    s = series(ticker)
    end = s[s.index <= D(f"{year}-12-31")].index[-1]
    return change(ticker, last_before(ticker, f"{year}-01-01"), end)


def quarter_change(ticker, year, q):
    start = D(f"{year}-{3 * q - 2:02d}-01")
    s = series(ticker)
    end = s[s.index < start + pd.offsets.MonthBegin(3)].index[-1]
    return change(ticker, last_before(ticker, start), end)


def sessions(ticker, start, end):
    """Sessions from start to end, counted as the difference of their positions in the file."""
    s = series(ticker)
    return int(s.index.get_loc(D(end)) - s.index.get_loc(D(start)))


def n_session_change(ticker, d, n):
    """Percent change over the n sessions ending on d."""
    s = series(ticker)
    i = s.index.get_loc(D(d))
    return (s.iloc[i] / s.iloc[i - n] - 1) * 100


def min_close(ticker, start, end):
    s = series(ticker)[D(start):D(end)]
    return [iso(s.idxmin()), float(s.min())]


def max_close(ticker, start, end):
    s = series(ticker)[D(start):D(end)]
    return [iso(s.idxmax()), float(s.max())]


# ---------------------------------------------------------------- records, highs, lows
def peak_before(ticker, d, field="close", inclusive=False):
    """[date, value] of the highest `field` before d (or up to d when inclusive)."""
    s = series(ticker, field)
    s = s[s.index <= D(d)] if inclusive else s[s.index < D(d)]
    return [iso(s.idxmax()), float(s.max())]


def is_record(ticker, d, field="close"):
    return bool(value(ticker, d, field) > peak_before(ticker, d, field)[1])


def below_peak(ticker, d, field_peak="close", level=None):
    """Percent below (positive) the highest close (or `field_peak`) up to d."""
    top = peak_before(ticker, d, field_peak, inclusive=True)[1]
    v = value(ticker, d) if level is None else level
    return (1 - v / top) * 100


def below_peak_pts(ticker, d):
    return peak_before(ticker, d, inclusive=True)[1] - value(ticker, d)


def highest_since(ticker, d, field="close"):
    """Last earlier session with a value at least as high as on d."""
    s = series(ticker, field)
    v = s.loc[D(d)]
    hit = s[(s.index < D(d)) & (s >= v)]
    return iso(hit.index[-1]) if len(hit) else "record"


def lowest_since(ticker, d, field="close"):
    s = series(ticker, field)
    v = s.loc[D(d)]
    hit = s[(s.index < D(d)) & (s <= v)]
    return iso(hit.index[-1]) if len(hit) else "record low"


def last_level(ticker, d, level, above=True, field="close"):
    """Last session before d with `field` at or above (below) `level`."""
    s = series(ticker, field)
    s = s[s.index < D(d)]
    hit = s[s >= level] if above else s[s <= level]
    return iso(hit.index[-1]) if len(hit) else "none"


def first_level(ticker, level, after=None, field="close"):
    s = series(ticker, field)
    if after:
        s = s[s.index > D(after)]
    return iso(s[s >= level].index[0])


def count_records(ticker, start, end, field="close"):
    s = series(ticker, field)
    runmax = s.cummax().shift(1)
    w = (s > runmax)[D(start):D(end)]
    return int(w.sum())


# ---------------------------------------------------------------- moves, ranks, streaks
def moves(ticker, kind="pct"):
    s = series(ticker)
    return (s.pct_change() * 100 if kind == "pct" else s.diff()).dropna()


def last_as_big(ticker, d, kind="pct", down=True):
    """Last earlier session whose move was at least as large (down or up) as the move on d."""
    m = moves(ticker, kind)
    v = m.loc[D(d)]
    m = m[m.index < D(d)]
    hit = m[m <= v] if down else m[m >= v]
    return iso(hit.index[-1]) if len(hit) else "none"


def move_rank(ticker, d, kind="pct", down=True, start=None):
    """1 = the most extreme move among all moves in the file up to d (optionally from start)."""
    m = moves(ticker, kind)
    m = m[m.index <= D(d)]
    if start:
        m = m[m.index >= D(start)]
    v = m.loc[D(d)]
    return int(((m < v) if down else (m > v)).sum() + 1)


def extreme_move(ticker, start, end, kind="pct", down=True):
    m = moves(ticker, kind)[D(start):D(end)]
    i = m.idxmin() if down else m.idxmax()
    return [iso(i), round(float(m.loc[i]), 2)]


def run_length(ticker, d, up=True):
    """Number of consecutive sessions ending on d that closed up (or down)."""
    m = moves(ticker, "pts")
    m = m[m.index <= D(d)]
    n = 0
    for v in reversed(m.values):
        if (v > 0 and up) or (v < 0 and not up):
            n += 1
        else:
            break
    return n


def last_run_as_long(ticker, d, n, up=True):
    """Last session before d that ended a run of at least n up (down) sessions."""
    m = moves(ticker, "pts")
    flag = (m > 0) if up else (m < 0)
    runs = flag.astype(int).groupby((~flag).cumsum()).cumsum()
    hit = runs[(runs.index < D(d)) & (runs >= n)]
    return iso(hit.index[-1]) if len(hit) else "none"


def longest_run(ticker, up=True, before=None):
    m = moves(ticker, "pts")
    if before:
        m = m[m.index < D(before)]
    flag = (m > 0) if up else (m < 0)
    runs = flag.astype(int).groupby((~flag).cumsum()).cumsum()
    return [iso(runs.idxmax()), int(runs.max())]


def beat_run(a, b, d):
    """Consecutive sessions ending on d on which a's % change exceeded b's."""
    df = pd.concat([moves(a), moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    df = df[df.index <= D(d)]
    won = (df["a"] > df["b"]).values
    n = 0
    for w in reversed(won):
        if w:
            n += 1
        else:
            break
    return n


def last_beat_run_as_long(a, b, d, n):
    """End date of the last run of >= n sessions of a beating b, finishing before d."""
    df = pd.concat([moves(a), moves(b)], axis=1, keys=["a", "b"], sort=True).dropna()
    flag = df["a"] > df["b"]
    runs = flag.astype(int).groupby((~flag).cumsum()).cumsum()
    hit = runs[(runs.index < D(d)) & (runs >= n)]
    return iso(hit.index[-1]) if len(hit) else "none"


def last_window_as_big(ticker, d, n, down=True):
    """Last earlier session whose n-session % change was at least as extreme as the one ending on d."""
    s = series(ticker)
    r = (s / s.shift(n) - 1).dropna()
    v = r.loc[D(d)]
    r = r[r.index < D(d)]
    hit = r[r <= v] if down else r[r >= v]
    return iso(hit.index[-1]) if len(hit) else "none"


def weekly(ticker):
    w = series(ticker).resample("W-FRI").last().dropna()
    return (w.pct_change() * 100).dropna()


def last_week_as_big(ticker, friday, down=True):
    w = weekly(ticker)
    v = w.loc[D(friday)]
    w = w[w.index < D(friday)]
    hit = w[w <= v] if down else w[w >= v]
    return iso(hit.index[-1]) if len(hit) else "none"


def monthly(ticker):
    m = series(ticker).resample("ME").last().dropna()
    return (m.pct_change() * 100).dropna()


def last_month_as_big(ticker, ym, down=True, same_month=False):
    m = monthly(ticker)
    key = D(ym + "-01") + pd.offsets.MonthEnd(0)
    v = m.loc[key]
    m = m[m.index < key]
    if same_month:
        m = m[m.index.month == key.month]
    hit = m[m <= v] if down else m[m >= v]
    return iso(hit.index[-1])[:7] if len(hit) else "none"


def relative_month(a, b, ym):
    return month_change(a, ym) - month_change(b, ym)


def last_relative_month_as_big(a, b, ym):
    ma, mb = monthly(a), monthly(b)
    rel = (ma - mb).dropna()
    key = D(ym + "-01") + pd.offsets.MonthEnd(0)
    v = rel.loc[key]
    rel = rel[rel.index < key]
    hit = rel[rel >= v]
    return iso(hit.index[-1])[:7] if len(hit) else "none"


def bear_days(ticker, peak, trough):
    """[calendar days, % decline] from the close on peak to the close on trough."""
    return [(D(trough) - D(peak)).days, round(change(ticker, peak, trough), 2)]


# ---------------------------------------------------------------- rates and the Fed
def rate(name, d):
    return float(fred(name).loc[D(d)])


def fed_range(d):
    """[lower, upper] of the fed funds target on calendar day d (DFEDTAR before 2008-12-16)."""
    if D(d) < D("2008-12-16"):
        v = float(fred("DFEDTAR").loc[D(d)])
        return [v, v]
    return [float(fred("DFEDTARL").loc[D(d)]), float(fred("DFEDTARU").loc[D(d)])]


def fed_move_bp(decision_day):
    """Change of the target upper bound from the day of the decision to two days later, in bp."""
    a = fed_range(decision_day)[1]
    b = fed_range(D(decision_day) + pd.Timedelta(days=2))[1]
    return round((b - a) * 100)


def fomc_days():
    return pd.read_csv(DATA_DIR / "FOMC_meetings.csv", parse_dates=["date"])


def target_changes(start, end):
    """[[effective date, bp]] of changes of the target (upper bound) between start and end."""
    s = pd.concat([fred("DFEDTAR")[:D("2008-12-15")], fred("DFEDTARU")[D("2008-12-16"):]])
    s = s[D(start):D(end)]
    ch = s.diff().dropna()
    ch = ch[ch != 0]
    return [[iso(i), round(float(v) * 100)] for i, v in ch.items()]


def last_change(before, sign):
    """Effective date of the last target change of the given sign (-1 cut, +1 hike) before a day."""
    ch = [c for c in target_changes("1982-01-01", before) if (c[1] > 0) == (sign > 0) and D(c[0]) < D(before)]
    return ch[-1][0]


def highest_target_since(d):
    """Last day before the current level's first day on which the upper bound was at least as high."""
    s = pd.concat([fred("DFEDTAR")[:D("2008-12-15")], fred("DFEDTARU")[D("2008-12-16"):]])
    v = s.loc[D(d)]
    start = s[(s.index <= D(d)) & (s != v)].index[-1]
    hit = s[(s.index <= start) & (s >= v)]
    return iso(hit.index[-1]) if len(hit) else "none"


# ---------------------------------------------------------------- table of recipes
RECIPES = [
    # BEGIN RECIPES (generated by build.py from the same expressions as key.jsonl)
    ('reuters_20250918_rut_first_record_since_2021', 0, 2, "is_record('RUT','2025-09-18')"),
    ('reuters_20250918_rut_first_record_since_2021', 1, 2, "pct('RUT','2025-09-18')"),
    ('reuters_20250918_rut_first_record_since_2021', 2, 2, "value('RUT','2025-09-18')"),
    ('reuters_20250918_rut_first_record_since_2021', 3, 2, "peak_before('RUT','2025-09-18')"),
    ('reuters_20250918_rut_first_record_since_2021', 4, 2, "change('RUT','2025-04-08','2025-09-18')"),
    ('reuters_20250918_rut_first_record_since_2021', 5, 0, "fed_move_bp('2025-09-17')"),
    ('reuters_20250918_rut_first_record_since_2021', 6, 2, None),
    ('reuters_20250918_rut_first_record_since_2021', 7, 2, "ytd('RUT','2025-09-18')"),
    ('reuters_20250918_rut_first_record_since_2021', 8, 2, "ytd('GSPC','2025-09-18')"),
    ('ap_20150824_china_selloff_dow_588', 0, 2, "pts('DJI','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 1, 2, "below_peak('GSPC','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 2, 2, "pts('DJI','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 3, 2, "pct('DJI','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 4, 2, "value('DJI','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 5, 2, "pts('GSPC','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 6, 2, "pct('GSPC','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 7, 2, "value('GSPC','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 8, 2, "pts('IXIC','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 9, 2, "pct('IXIC','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 10, 2, "value('IXIC','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 11, 2, "ytd_pts('DJI','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 12, 2, "ytd('DJI','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 13, 2, "ytd_pts('GSPC','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 14, 2, "ytd('GSPC','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 15, 2, "ytd_pts('IXIC','2015-08-24')"),
    ('ap_20150824_china_selloff_dow_588', 16, 2, "ytd('IXIC','2015-08-24')"),
    ('guardian_20150826_dow_leaps_619', 0, 2, "last_as_big('DJI','2015-08-26','pct',down=False)"),
    ('guardian_20150826_dow_leaps_619', 1, 2, "last_as_big('GSPC','2015-08-26','pct',down=False)"),
    ('guardian_20150826_dow_leaps_619', 2, 2, None),
    ('guardian_20150826_dow_leaps_619', 3, 2, "extreme_pts('DJI','2015-08-26','high')"),
    ('guardian_20150826_dow_leaps_619', 4, 2, "pts('DJI','2015-08-26')"),
    ('guardian_20150826_dow_leaps_619', 5, 0, "move_rank('DJI','2015-08-26','pts',down=False)"),
    ('guardian_20150826_dow_leaps_619', 6, 2, "value('DJI','2015-08-26')"),
    ('guardian_20150826_dow_leaps_619', 7, 2, "pts('DJI','2015-08-26')"),
    ('guardian_20150826_dow_leaps_619', 8, 2, "pct('DJI','2015-08-26')"),
    ('guardian_20150826_dow_leaps_619', 9, 2, "value('GSPC','2015-08-26')"),
    ('guardian_20150826_dow_leaps_619', 10, 2, "pts('GSPC','2015-08-26')"),
    ('guardian_20150826_dow_leaps_619', 11, 2, "pct('GSPC','2015-08-26')"),
    ('guardian_20150826_dow_leaps_619', 12, 2, "value('IXIC','2015-08-26')"),
    ('guardian_20150826_dow_leaps_619', 13, 2, "pts('IXIC','2015-08-26')"),
    ('guardian_20150826_dow_leaps_619', 14, 2, "pct('IXIC','2015-08-26')"),
    ('cnn_20150901_china_data_nosedive', 0, 2, "pts('DJI','2015-09-01')"),
    ('cnn_20150901_china_data_nosedive', 1, 2, "pct('DJI','2015-09-01')"),
    ('cnn_20150901_china_data_nosedive', 2, 2, "below_peak('DJI','2015-09-01')"),
    ('cnn_20150901_china_data_nosedive', 3, 2, "pct('GSPC','2015-09-01')"),
    ('cnn_20150901_china_data_nosedive', 4, 2, "below_peak('GSPC','2015-09-01')"),
    ('cnn_20150901_china_data_nosedive', 5, 2, None),
    ('cnn_20150901_china_data_nosedive', 6, 2, "pct('IXIC','2015-09-01')"),
    ('cnn_20150901_china_data_nosedive', 7, 2, "below_peak('IXIC','2015-09-01')"),
    ('cnn_20150901_china_data_nosedive', 8, 2, "ytd('IXIC','2015-09-01')"),
    ('cnn_20150901_china_data_nosedive', 9, 2, "last_month_as_big('DJI','2015-08')"),
    ('cnn_20150901_china_data_nosedive', 10, 2, "last_month_as_big('GSPC','2015-08')"),
    ('abcnews_20080929_bailout_vote_dow_778', 0, 2, "last_as_big('DJI','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 1, 0, "move_rank('DJI','2008-09-29','pts')"),
    ('abcnews_20080929_bailout_vote_dow_778', 2, 2, "pts('DJI','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 3, 2, "value('DJI','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 4, 2, "pct('DJI','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 5, 0, "move_rank('DJI','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 6, 2, None),
    ('abcnews_20080929_bailout_vote_dow_778', 7, 2, "pts('GSPC','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 8, 2, "pct('GSPC','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 9, 2, "value('GSPC','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 10, 2, "lowest_since('GSPC','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 11, 2, None),
    ('abcnews_20080929_bailout_vote_dow_778', 12, 2, "pct('IXIC','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 13, 2, "pts('IXIC','2008-09-29')"),
    ('abcnews_20080929_bailout_vote_dow_778', 14, 2, "value('IXIC','2008-09-29')"),
    ('marketwatch_20181224_worst_christmas_eve', 0, 2, "(lambda s: sorted([(round(float(moves('GSPC').loc[d]), 2), iso(d)) for d in [s[(s.index < D(f'{y}-12-25')) & (s.index > D(f'{y}-12-17'))].index[-1] for y in range(1928, 2019)]])[:2])(series('GSPC'))"),
    ('marketwatch_20181224_worst_christmas_eve', 1, 2, "pts('DJI','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 2, 2, "pct('DJI','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 3, 2, "value('DJI','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 4, 2, "lowest_since('DJI','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 5, 2, "pts('GSPC','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 6, 2, "pct('GSPC','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 7, 2, "value('GSPC','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 8, 2, "lowest_since('GSPC','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 9, 2, "pts('IXIC','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 10, 2, "pct('IXIC','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 11, 2, "value('IXIC','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 12, 2, "lowest_since('IXIC','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 13, 0, "[run_length(t,'2018-12-24',up=False) for t in ('DJI','GSPC','IXIC')]"),
    ('marketwatch_20181224_worst_christmas_eve', 14, 2, "n_session_change('IXIC','2018-12-24',4)"),
    ('marketwatch_20181224_worst_christmas_eve', 15, 2, "n_session_change('DJI','2018-12-24',4)"),
    ('marketwatch_20181224_worst_christmas_eve', 16, 2, "n_session_change('GSPC','2018-12-24',4)"),
    ('marketwatch_20181224_worst_christmas_eve', 17, 2, None),
    ('marketwatch_20181224_worst_christmas_eve', 18, 2, "last_week_as_big('DJI','2018-12-21')"),
    ('marketwatch_20181224_worst_christmas_eve', 19, 2, "below_peak('IXIC','2018-12-21')"),
    ('marketwatch_20181224_worst_christmas_eve', 20, 2, "below_peak('IXIC','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 21, 2, "below_peak('GSPC','2018-12-24')"),
    ('marketwatch_20181224_worst_christmas_eve', 22, 2, "below_peak('DJI','2018-12-24')"),
    ('fortune_20181221_dow_worst_week', 0, 2, "last_week_as_big('DJI','2018-12-21')"),
    ('fortune_20181221_dow_worst_week', 1, 2, "weekly('DJI').loc['2018-12-21']"),
    ('fortune_20181221_dow_worst_week', 2, 2, None),
    ('fortune_20181221_dow_worst_week', 3, 2, "month_change('GSPC','1931-12')"),
    ('fortune_20181221_dow_worst_week', 4, 2, "mtd('GSPC','2018-12-21')"),
    ('fortune_20181221_dow_worst_week', 5, 0, "int((monthly('GSPC').loc[:'2018-11-30'] <= -11.4).sum()) + 1"),
    ('fortune_20181221_dow_worst_week', 6, 0, "int((monthly('GSPC').loc[:'2018-11-30'] <= -10).sum()) + 1"),
    ('fortune_20181221_dow_worst_week', 7, 0, "len(monthly('GSPC').loc[:'2018-11-30']) + 1"),
    ('fortune_20181221_dow_worst_week', 8, 2, "below_peak('NDX','2018-12-21')"),
    ('fortune_20181221_dow_worst_week', 9, 2, None),
    ('cnn_20181204_dow_plunges_799', 0, 2, "pts('DJI','2018-12-04')"),
    ('cnn_20181204_dow_plunges_799', 1, 2, "extreme_pts('DJI','2018-12-04','low')"),
    ('cnn_20181204_dow_plunges_799', 2, 2, "pct('DJI','2018-12-04')"),
    ('cnn_20181204_dow_plunges_799', 3, 2, "pct('GSPC','2018-12-04')"),
    ('cnn_20181204_dow_plunges_799', 4, 2, "pct('IXIC','2018-12-04')"),
    ('cnn_20181204_dow_plunges_799', 5, 2, None),
    ('cnn_20181204_dow_plunges_799', 6, 0, "move_rank('DJI','2018-12-04','pts')"),
    ('washexaminer_20181219_fed_fourth_hike', 0, 2, "pts('DJI','2018-12-19')"),
    ('washexaminer_20181219_fed_fourth_hike', 1, 2, "value('DJI','2018-12-19')"),
    ('washexaminer_20181219_fed_fourth_hike', 2, 2, "min_close('DJI','2018-01-01','2018-12-18')"),
    ('washexaminer_20181219_fed_fourth_hike', 3, 2, "extreme_pts('DJI','2018-12-19','high')"),
    ('washexaminer_20181219_fed_fourth_hike', 4, 2, "pts('IXIC','2018-12-19')"),
    ('washexaminer_20181219_fed_fourth_hike', 5, 2, "pts('GSPC','2018-12-19')"),
    ('washexaminer_20181219_fed_fourth_hike', 6, 0, "fed_move_bp('2018-12-19')"),
    ('washexaminer_20181219_fed_fourth_hike', 7, 0, "len(target_changes('2018-01-01','2018-12-31'))"),
    ('washexaminer_20181219_fed_fourth_hike', 8, 2, "fed_range('2018-12-20')[1]"),
    ('washexaminer_20181219_fed_fourth_hike', 9, 2, None),
    ('cnbc_20250404_dow_2231_china_retaliates', 0, 2, "pts('DJI','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 1, 2, "pct('DJI','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 2, 2, "value('DJI','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 3, 2, "last_as_big('DJI','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 4, 2, "pts('DJI','2025-04-03')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 5, 0, "int(((moves('DJI','pts') < -1500) & (moves('DJI','pts').shift(1) < -1500)).loc[:'2025-04-04'].sum())"),
    ('cnbc_20250404_dow_2231_china_retaliates', 6, 2, "pct('GSPC','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 7, 2, "value('GSPC','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 8, 2, "last_as_big('GSPC','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 9, 2, "pct('GSPC','2025-04-03')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 10, 2, "below_peak('GSPC','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 11, 2, "pct('IXIC','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 12, 2, "value('IXIC','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 13, 2, "pct('IXIC','2025-04-03')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 14, 2, "below_peak('IXIC','2025-04-04')"),
    ('cnbc_20250404_dow_2231_china_retaliates', 15, 2, None),
    ('cnbc_20250404_dow_2231_china_retaliates', 16, 2, "[round(value(t,'2025-04-04') - value(t,'2025-04-04','low'), 2) for t in ('DJI','GSPC','IXIC')]"),
    ('cnbc_20250404_dow_2231_china_retaliates', 17, 2, None),
    ('expertiseforeveryone_20250404_dow_2200_blog', 0, 2, "pts('DJI','2025-04-04')"),
    ('expertiseforeveryone_20250404_dow_2200_blog', 1, 2, "n_session_change('GSPC','2025-04-04',2)"),
    ('expertiseforeveryone_20250404_dow_2200_blog', 2, 2, "pts('DJI','2025-04-04')"),
    ('expertiseforeveryone_20250404_dow_2200_blog', 3, 2, "pct('DJI','2025-04-04')"),
    ('expertiseforeveryone_20250404_dow_2200_blog', 4, 2, "value('DJI','2025-04-04')"),
    ('expertiseforeveryone_20250404_dow_2200_blog', 5, 2, "last_as_big('DJI','2025-04-04','pts')"),
    ('expertiseforeveryone_20250404_dow_2200_blog', 6, 2, "n_session_change('GSPC','2025-04-04',2)"),
    ('expertiseforeveryone_20250404_dow_2200_blog', 7, 2, None),
    ('businessdailynews_20250304_tariffs_second_day', 0, 0, "run_length('DJI','2025-03-04', up=False)"),
    ('businessdailynews_20250304_tariffs_second_day', 1, 2, "pts('DJI','2025-03-04')"),
    ('businessdailynews_20250304_tariffs_second_day', 2, 2, "pct('DJI','2025-03-04')"),
    ('businessdailynews_20250304_tariffs_second_day', 3, 2, "value('DJI','2025-03-04')"),
    ('businessdailynews_20250304_tariffs_second_day', 4, 2, "pts('DJI','2025-03-03')"),
    ('businessdailynews_20250304_tariffs_second_day', 5, 2, "pct('GSPC','2025-03-04')"),
    ('businessdailynews_20250304_tariffs_second_day', 6, 2, "value('GSPC','2025-03-04')"),
    ('businessdailynews_20250304_tariffs_second_day', 7, 2, "pct('GSPC','2025-03-03')"),
    ('businessdailynews_20250304_tariffs_second_day', 8, 2, "pct('IXIC','2025-03-04')"),
    ('businessdailynews_20250304_tariffs_second_day', 9, 2, "value('IXIC','2025-03-04')"),
    ('businessdailynews_20250304_tariffs_second_day', 10, 2, "extreme_pts('DJI','2025-03-04','low')"),
    ('businessdailynews_20250304_tariffs_second_day', 11, 2, "extreme_pct('GSPC','2025-03-04','low')"),
    ('businessdailynews_20250304_tariffs_second_day', 12, 2, "extreme_pct('IXIC','2025-03-04','low')"),
    ('businessdailynews_20250304_tariffs_second_day', 13, 2, "(1 - value('IXIC','2025-03-04','low') / peak_before('IXIC','2025-03-04')[1]) * 100"),
    ('businessdailynews_20250304_tariffs_second_day', 14, 2, None),
    ('businessdailynews_20250304_tariffs_second_day', 15, 2, "ytd('GSPC','2025-03-04')"),
    ('businessdailynews_20250304_tariffs_second_day', 16, 2, "ytd('DJI','2025-03-04')"),
    ('ap_20220316_first_hike_since_2018', 0, 2, "last_change('2022-03-17', 1)"),
    ('ap_20220316_first_hike_since_2018', 1, 2, "pts('GSPC','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 2, 2, "pct('GSPC','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 3, 2, "value('GSPC','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 4, 2, "pts('DJI','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 5, 2, "pct('DJI','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 6, 2, "value('DJI','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 7, 2, "pts('IXIC','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 8, 2, "pct('IXIC','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 9, 2, "value('IXIC','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 10, 2, "last_as_big('IXIC','2022-03-16','pct',down=False)"),
    ('ap_20220316_first_hike_since_2018', 11, 2, "pts('RUT','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 12, 2, "pct('RUT','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 13, 2, "value('RUT','2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 14, 0, "fed_move_bp('2022-03-16')"),
    ('ap_20220316_first_hike_since_2018', 15, 2, None),
    ('ap_20220316_first_hike_since_2018', 16, 2, None),
    ('ap_20220504_fed_half_point_stocks_soar', 0, 2, "pts('DJI','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 1, 2, "[c for c in target_changes('1999-01-01','2022-05-05') if c[1] >= 50]"),
    ('ap_20220504_fed_half_point_stocks_soar', 2, 2, None),
    ('ap_20220504_fed_half_point_stocks_soar', 3, 2, "pct('GSPC','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 4, 2, "last_as_big('GSPC','2022-05-04','pct',down=False)"),
    ('ap_20220504_fed_half_point_stocks_soar', 5, 2, "wtd('GSPC','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 6, 2, "wtd('GSPC','2022-05-04') / -month_change('GSPC','2022-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 7, 2, "pct('DJI','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 8, 2, "pct('IXIC','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 9, 0, "fed_move_bp('2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 10, 2, "fed_range('2022-05-05')"),
    ('ap_20220504_fed_half_point_stocks_soar', 11, 2, "highest_target_since('2022-05-05')"),
    ('ap_20220504_fed_half_point_stocks_soar', 12, 2, "rate('DGS2','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 13, 2, "rate('DGS2','2022-05-03')"),
    ('ap_20220504_fed_half_point_stocks_soar', 14, 2, "rate('DGS10','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 15, 2, "rate('DGS10','2022-05-03')"),
    ('ap_20220504_fed_half_point_stocks_soar', 16, 2, "pts('GSPC','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 17, 2, "value('GSPC','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 18, 2, "pts('DJI','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 19, 2, "value('DJI','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 20, 2, "pts('IXIC','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 21, 2, "value('IXIC','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 22, 2, "pts('RUT','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 23, 2, "pct('RUT','2022-05-04')"),
    ('ap_20220504_fed_half_point_stocks_soar', 24, 2, "value('RUT','2022-05-04')"),
    ('ap_20220921_fed_75bp_indexes_fared', 0, 2, None),
    ('ap_20220921_fed_75bp_indexes_fared', 1, 0, "len([c for c in target_changes('2022-01-01','2022-09-22') if c[1] > 0])"),
    ('ap_20220921_fed_75bp_indexes_fared', 2, 0, "fed_move_bp('2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 3, 2, "pts('GSPC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 4, 2, "pct('GSPC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 5, 2, "value('GSPC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 6, 2, "pts('DJI','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 7, 2, "pct('DJI','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 8, 2, "value('DJI','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 9, 2, "pts('IXIC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 10, 2, "pct('IXIC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 11, 2, "value('IXIC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 12, 2, "pts('RUT','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 13, 2, "pct('RUT','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 14, 2, "value('RUT','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 15, 2, "wtd_pts('GSPC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 16, 2, "wtd('GSPC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 17, 2, "wtd_pts('DJI','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 18, 2, "wtd('DJI','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 19, 2, "wtd_pts('IXIC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 20, 2, "wtd('IXIC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 21, 2, "wtd_pts('RUT','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 22, 2, "wtd('RUT','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 23, 2, "ytd_pts('GSPC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 24, 2, "ytd('GSPC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 25, 2, "ytd_pts('DJI','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 26, 2, "ytd('DJI','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 27, 2, "ytd_pts('IXIC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 28, 2, "ytd('IXIC','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 29, 2, "ytd_pts('RUT','2022-09-21')"),
    ('ap_20220921_fed_75bp_indexes_fared', 30, 2, "ytd('RUT','2022-09-21')"),
    ('investopedia_20220613_sp500_bear_market', 0, 2, "below_peak('GSPC','2022-06-13')"),
    ('investopedia_20220613_sp500_bear_market', 1, 2, "peak_before('GSPC','2022-06-13')"),
    ('investopedia_20220613_sp500_bear_market', 2, 2, "below_peak('GSPC','2022-06-10')"),
    ('investopedia_20220613_sp500_bear_market', 3, 0, "(D('2022-06-13') - D('2022-01-03')).days"),
    ('investopedia_20220613_sp500_bear_market', 4, 2, "bear_days('GSPC','2020-02-19','2020-03-23')"),
    ('investopedia_20220613_sp500_bear_market', 5, 2, "change('GSPC','2020-02-19','2020-03-23')"),
    ('investopedia_20220613_sp500_bear_market', 6, 0, "bear_days('GSPC','2000-03-24','2002-10-09')[0]"),
    ('investopedia_20220613_sp500_bear_market', 7, 2, "change('GSPC','2000-03-24','2002-10-09')"),
    ('investopedia_20220613_sp500_bear_market', 8, 0, "bear_days('GSPC','2007-10-09','2009-03-09')[0]"),
    ('investopedia_20220613_sp500_bear_market', 9, 2, "change('GSPC','2007-10-09','2009-03-09')"),
    ('investopedia_20220613_sp500_bear_market', 10, 2, None),
    ('investopedia_20220613_sp500_bear_market', 11, 2, None),
    ('investopedia_20220613_sp500_bear_market', 12, 2, None),
    ('ap_20190731_fed_first_cut_since_2008', 0, 2, "last_change('2019-08-01', -1)"),
    ('ap_20190731_fed_first_cut_since_2008', 1, 2, None),
    ('ap_20190731_fed_first_cut_since_2008', 2, 2, "pts('DJI','2019-07-31')"),
    ('ap_20190731_fed_first_cut_since_2008', 3, 2, "pct('DJI','2019-07-31')"),
    ('ap_20190731_fed_first_cut_since_2008', 4, 2, "rate('DGS10','2019-07-31')"),
    ('ap_20190731_fed_first_cut_since_2008', 5, 2, "rate('DGS10','2019-07-30')"),
    ('ap_20190731_fed_first_cut_since_2008', 6, 0, "fed_move_bp('2019-07-31')"),
    ('ap_20190731_fed_first_cut_since_2008', 7, 2, "fed_range('2019-08-01')"),
    ('ap_20190731_fed_first_cut_since_2008', 8, 2, "last_change('2019-08-01', -1)"),
    ('cnbc_20180227_powell_testimony_dow_299', 0, 0, "[run_length('DJI','2018-02-26'), run_length('GSPC','2018-02-26')]"),
    ('cnbc_20180227_powell_testimony_dow_299', 1, 2, None),
    ('cnbc_20180227_powell_testimony_dow_299', 2, 2, "pts('DJI','2018-02-27')"),
    ('cnbc_20180227_powell_testimony_dow_299', 3, 2, "value('DJI','2018-02-27')"),
    ('cnbc_20180227_powell_testimony_dow_299', 4, 2, "pct('GSPC','2018-02-27')"),
    ('cnbc_20180227_powell_testimony_dow_299', 5, 2, "value('GSPC','2018-02-27')"),
    ('cnbc_20180227_powell_testimony_dow_299', 6, 2, "pct('IXIC','2018-02-27')"),
    ('cnbc_20180227_powell_testimony_dow_299', 7, 2, "value('IXIC','2018-02-27')"),
    ('cnnmoney_20100507_vix_13_month_high', 0, 2, "highest_since('VIX','2010-05-07')"),
    ('cnnmoney_20100507_vix_13_month_high', 1, 2, "pct('VIX','2010-05-07')"),
    ('cnnmoney_20100507_vix_13_month_high', 2, 2, "session_range('VIX','2010-05-07')"),
    ('cnnmoney_20100507_vix_13_month_high', 3, 2, "value('VIX','2010-05-07','high')"),
    ('cnnmoney_20100507_vix_13_month_high', 4, 2, "pts('DJI','2010-05-07')"),
    ('cnnmoney_20100507_vix_13_month_high', 5, 2, "extreme_pts('DJI','2010-05-07','high')"),
    ('cnnmoney_20100507_vix_13_month_high', 6, 2, "extreme_pts('DJI','2010-05-07','low')"),
    ('cnnmoney_20100507_vix_13_month_high', 7, 2, "extreme_pts('DJI','2010-05-06','low')"),
    ('cnnmoney_20100507_vix_13_month_high', 8, 2, "extreme_pct('VIX','2010-05-06','high')"),
    ('cnnmoney_20100507_vix_13_month_high', 9, 2, "value('VIX','2010-05-06')"),
    ('cnnmoney_20100507_vix_13_month_high', 10, 2, "highest_since('VIX','2010-05-06')"),
    ('cnnmoney_20100507_vix_13_month_high', 11, 2, "(41.43 / value('VIX','2010-04-12') - 1) * 100"),
    ('cnnmoney_20100507_vix_13_month_high', 12, 2, "value('VIX','2010-04-12')"),
    ('cnnmoney_20100507_vix_13_month_high', 13, 2, "lowest_since('VIX','2010-04-12')"),
    ('cnnmoney_20100507_vix_13_month_high', 14, 2, "(41.43 / value('VIX','2009-12-31') - 1) * 100"),
    ('cnnmoney_20100507_vix_13_month_high', 15, 2, "(41.43 / value('VIX','2010-04-30') - 1) * 100"),
    ('wsj_20200309_vix_highest_since_crisis', 0, 2, "below_peak('GSPC','2020-03-09')"),
    ('wsj_20200309_vix_highest_since_crisis', 1, 2, "value('VIX','2020-03-09','high')"),
    ('wsj_20200309_vix_highest_since_crisis', 2, 2, "highest_since('VIX','2020-03-09','high')"),
    ('wsj_20200309_vix_highest_since_crisis', 3, 2, "value('VIX','2020-03-09')"),
    ('wsj_20200309_vix_highest_since_crisis', 4, 2, "highest_since('VIX','2020-03-09')"),
    ('wsj_20200309_vix_highest_since_crisis', 5, 2, "pct('GSPC','2020-03-09')"),
    ('wsj_20200309_vix_highest_since_crisis', 6, 2, "last_as_big('GSPC','2020-03-09')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 0, 0, "move_rank('DJI','2020-03-16','pts')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 1, 2, "pts('DJI','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 2, 2, "pct('DJI','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 3, 2, "last_as_big('DJI','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 4, 0, "move_rank('DJI','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 5, 2, "extreme_pts('DJI','2020-03-16','low')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 6, 2, "pct('GSPC','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 7, 2, "last_as_big('GSPC','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 8, 0, "move_rank('IXIC','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 9, 2, "pct('IXIC','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 10, 2, "below_peak('DJI','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 11, 2, "below_peak('GSPC','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 12, 2, "below_peak('IXIC','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 13, 2, "lowest_since('DJI','2020-03-16')"),
    ('mediaite_20200316_dow_2997_worst_point_drop', 14, 2, None),
    ('chicagotribune_20160624_brexit_rout', 0, 2, "pts('DJI','2016-06-24')"),
    ('chicagotribune_20160624_brexit_rout', 1, 2, "pct('DJI','2016-06-24')"),
    ('chicagotribune_20160624_brexit_rout', 2, 2, "[round(ytd('DJI','2016-06-23'), 2), round(ytd('DJI','2016-06-24'), 2)]"),
    ('chicagotribune_20160624_brexit_rout', 3, 2, None),
    ('chicagotribune_20160624_brexit_rout', 4, 2, None),
    ('chicagotribune_20160624_brexit_rout', 5, 2, None),
    ('chicagotribune_20160624_brexit_rout', 6, 2, "pts('GSPC','2016-06-24')"),
    ('chicagotribune_20160624_brexit_rout', 7, 2, "pct('GSPC','2016-06-24')"),
    ('chicagotribune_20160624_brexit_rout', 8, 2, "last_as_big('GSPC','2016-06-24')"),
    ('chicagotribune_20160624_brexit_rout', 9, 2, "last_as_big('IXIC','2016-06-24')"),
    ('chicagotribune_20160624_brexit_rout', 10, 2, "pts('IXIC','2016-06-24')"),
    ('chicagotribune_20160624_brexit_rout', 11, 2, "pct('IXIC','2016-06-24')"),
    ('chicagotribune_20160624_brexit_rout', 12, 2, "value('IXIC','2016-06-24')"),
    ('chicagotribune_20160624_brexit_rout', 13, 2, None),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 0, 2, "pct('RUT','2024-07-25')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 1, 2, "[round(pct('RUT','2024-07-24'), 2), round(pct('RUT','2024-07-25'), 2)]"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 2, 2, "pct('RUT','2024-07-24')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 3, 2, "last_as_big('GSPC','2024-07-24')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 4, 2, "last_as_big('IXIC','2024-07-24')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 5, 2, "pct('GSPC','2024-07-25')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 6, 2, "pct('IXIC','2024-07-25')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 7, 2, "pct('DJI','2024-07-25')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 8, 2, "pts('DJI','2024-07-25')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 9, 2, None),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 10, 2, "mtd('RUT','2024-07-25')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 11, 2, "mtd('DJI','2024-07-25')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 12, 2, "mtd('GSPC','2024-07-25')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 13, 2, "mtd('IXIC','2024-07-25')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 14, 2, "mtd('RUT','2024-07-25') - mtd('GSPC','2024-07-25')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 15, 2, "last_relative_month_as_big('RUT','GSPC','2024-07')"),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 16, 2, None),
    ('forbes_20240725_rut_biggest_defeat_of_sp', 17, 2, "change('GSPC','2000-03-24','2002-10-09')"),
    ('benzinga_20240730_small_caps_vs_tech_month', 0, 2, "iso((lambda rel: rel[rel >= mtd('IWM','2024-07-30') - mtd('QQQ','2024-07-30')].index[-1])((monthly('IWM') - monthly('QQQ')).dropna().loc[:'2024-06-30']))"),
    ('benzinga_20240730_small_caps_vs_tech_month', 1, 2, "mtd('RUT','2024-07-30')"),
    ('benzinga_20240730_small_caps_vs_tech_month', 2, 2, "mtd('NDX','2024-07-30')"),
    ('benzinga_20240730_small_caps_vs_tech_month', 3, 2, "mtd('RUT','2024-07-30') - mtd('NDX','2024-07-30')"),
    ('benzinga_20240730_small_caps_vs_tech_month', 4, 2, "ytd('RUT','2024-07-30') - ytd('NDX','2024-07-30')"),
    ('benzinga_20240730_small_caps_vs_tech_month', 5, 0, "sum(1 for y in range(2012, 2024) if year_change('RUT', y) > year_change('NDX', y))"),
    ('benzinga_20240730_small_caps_vs_tech_month', 6, 2, "(1 + year_change('RUT', 2013) / 100) / (1 + year_change('NDX', 2013) / 100) * 100 - 100"),
    ('benzinga_20240730_small_caps_vs_tech_month', 7, 2, "(1 + year_change('RUT', 2016) / 100) / (1 + year_change('NDX', 2016) / 100) * 100 - 100"),
    ('benzinga_20240730_small_caps_vs_tech_month', 8, 2, "(1 + year_change('RUT', 2022) / 100) / (1 + year_change('NDX', 2022) / 100) * 100 - 100"),
    ('benzinga_20240730_small_caps_vs_tech_month', 9, 2, None),
    ('schwab_20240724_breadth_of_life', 0, 2, "iso((lambda s: s[(s.index > D('2022-07-01')) & (s < 1649.84)].index[0])(series('RUT')))"),
    ('schwab_20240724_breadth_of_life', 1, 2, "change('RUT','2023-10-27','2024-07-19')"),
    ('schwab_20240724_breadth_of_life', 2, 2, "change('GSPC','2023-10-27','2024-07-19')"),
    ('schwab_20240724_breadth_of_life', 3, 2, "change('GSPC','2022-10-12','2024-07-19')"),
    ('schwab_20240724_breadth_of_life', 4, 2, "change('RUT','2022-10-12','2024-07-19')"),
    ('schwab_20240724_breadth_of_life', 5, 2, "min_close('GSPC','2022-01-01','2023-12-31')"),
    ('schwab_20240724_breadth_of_life', 6, 2, "(lambda sp: [round(sp.loc['2024-07-17'], 2), round(sp.loc[:'2024-07-16'].max(), 2)])((series('RUT') / series('RUT').shift(5) - series('GSPC').reindex(series('RUT').index) / series('GSPC').reindex(series('RUT').index).shift(5)) * 100)"),
    ('schwab_20240724_breadth_of_life', 7, 2, "(series('RUT') / series('RUT').shift(5) - series('GSPC').reindex(series('RUT').index) / series('GSPC').reindex(series('RUT').index).shift(5)).loc['2024-07-17'] * 100"),
    ('schaeffers_20161118_rut_11_day_streak', 0, 0, "count_records('DJI','2016-11-09','2016-11-16')"),
    ('schaeffers_20161118_rut_11_day_streak', 1, 2, None),
    ('schaeffers_20161118_rut_11_day_streak', 2, 0, "run_length('RUT','2016-11-17')"),
    ('schaeffers_20161118_rut_11_day_streak', 3, 2, "is_record('RUT','2016-11-17')"),
    ('schaeffers_20161118_rut_11_day_streak', 4, 2, "last_run_as_long('RUT','2016-11-17', 11)"),
    ('schaeffers_20161118_rut_11_day_streak', 5, 2, "change('RUT','2016-11-03','2016-11-17')"),
    ('schaeffers_20161118_rut_11_day_streak', 6, 2, "change('RUT','1991-01-18','1991-02-06')"),
    ('schaeffers_20161118_rut_11_day_streak', 7, 0, "len([e for e in (lambda m: (lambda flag: (lambda runs: [iso(i) for i, v in runs[(runs >= 10) & (runs.shift(-1, fill_value=0) == 0)].items()])(flag.astype(int).groupby((~flag).cumsum()).cumsum()))(m > 0))(moves('RUT','pts').loc[:'2016-11-02']) if e >= '1990-01-01'])"),
    ('schaeffers_20161118_rut_11_day_streak', 8, 0, "(lambda r: sum(1 for e in r if run_length('RUT', e) == 10))((lambda m: (lambda flag: (lambda runs: [iso(i) for i, v in runs[(runs >= 10) & (runs.shift(-1, fill_value=0) == 0)].items()])(flag.astype(int).groupby((~flag).cumsum()).cumsum()))(m > 0))(moves('RUT','pts').loc[:'2016-11-02']))"),
    ('schaeffers_20161118_rut_11_day_streak', 9, 0, "run_length('RUT','2003-06-05')"),
    ('schaeffers_20161118_rut_11_day_streak', 10, 2, "change('RUT','2003-05-19','2003-06-05')"),
    ('schaeffers_20161118_rut_11_day_streak', 11, 2, "longest_run('RUT', before='2016-11-18')"),
    ('schaeffers_20161118_rut_11_day_streak', 12, 2, None),
    ('usatoday_20161129_rut_15_day_streak_ends', 0, 2, "[round(pct('RUT','2016-11-28'), 2), run_length('RUT','2016-11-25'), iso(prior('RUT', series('RUT').index[series('RUT').index.get_loc(D('2016-11-25')) - 14]))]"),
    ('usatoday_20161129_rut_15_day_streak_ends', 1, 0, "run_length('RUT','2016-11-25')"),
    ('usatoday_20161129_rut_15_day_streak_ends', 2, 2, "last_run_as_long('RUT','2016-11-03', 15)"),
    ('usatoday_20161129_rut_15_day_streak_ends', 3, 0, "(lambda m: (lambda flag: int(((flag.astype(int).groupby((~flag).cumsum()).cumsum()) == 15).sum()))(m > 0))(moves('RUT','pts').loc[:'2016-11-25'])"),
    ('usatoday_20161129_rut_15_day_streak_ends', 4, 2, "change('RUT','2016-11-03','2016-11-25')"),
    ('usatoday_20161129_rut_15_day_streak_ends', 5, 2, None),
    ('usatoday_20161129_rut_15_day_streak_ends', 6, 2, "longest_run('RUT', before='2016-11-25')"),
    ('usatoday_20161129_rut_15_day_streak_ends', 7, 2, None),
    ('usatoday_20161129_rut_15_day_streak_ends', 8, 2, None),
    ('usatoday_20161129_rut_15_day_streak_ends', 9, 2, None),
    ('financialexpress_20241112_rut_nears_record', 0, 2, "pct('RUT','2024-11-06')"),
    ('financialexpress_20241112_rut_nears_record', 1, 2, "change('RUT','2023-11-10','2024-11-11')"),
    ('financialexpress_20241112_rut_nears_record', 2, 2, "change('NDX','2023-11-10','2024-11-11')"),
    ('financialexpress_20241112_rut_nears_record', 3, 2, "ytd('RUT','2024-11-11')"),
    ('financialexpress_20241112_rut_nears_record', 4, 2, "[is_record(t,'2024-11-11') for t in ('GSPC','DJI','IXIC')]"),
    ('financialexpress_20241112_rut_nears_record', 5, 2, "peak_before('RUT','2024-11-11')"),
    ('financialexpress_20241112_rut_nears_record', 6, 2, "value('RUT','2024-11-11')"),
    ('financialexpress_20241112_rut_nears_record', 7, 0, "sum(c[1] for c in target_changes('2024-09-01','2024-11-12'))"),
    ('fnn_20241125_rut_intraday_record', 0, 2, "is_record('RUT','2024-11-25','high')"),
    ('fnn_20241125_rut_intraday_record', 1, 2, "value('RUT','2024-11-25','high')"),
    ('fnn_20241125_rut_intraday_record', 2, 2, "peak_before('RUT','2024-11-25','high')"),
    ('fnn_20241125_rut_intraday_record', 3, 2, "value('RUT','2024-11-25')"),
    ('fnn_20241125_rut_intraday_record', 4, 2, "pct('RUT','2024-11-25')"),
    ('fnn_20241125_rut_intraday_record', 5, 2, "change('RUT','2023-11-24','2024-11-25')"),
    ('fnn_20241125_rut_intraday_record', 6, 2, "change('RUT','2024-11-05','2024-11-25')"),
    ('fnn_20241125_rut_intraday_record', 7, 2, "change('GSPC','2023-11-24','2024-11-25')"),
    ('fnn_20241125_rut_intraday_record', 8, 2, "change('GSPC','2024-11-05','2024-11-25')"),
    ('cnbctv18_20260112_rut_record_seventh_session', 0, 2, "is_record('RUT','2026-01-12')"),
    ('cnbctv18_20260112_rut_record_seventh_session', 1, 0, "beat_run('RUT','GSPC','2026-01-12')"),
    ('cnbctv18_20260112_rut_record_seventh_session', 2, 2, "last_beat_run_as_long('RUT','GSPC','2026-01-02', 7)"),
    ('cnbctv18_20260112_rut_record_seventh_session', 3, 2, None),
    ('cnbctv18_20260112_rut_record_seventh_session', 4, 2, "month_change('GSPC','2018-12')"),
    ('cnbctv18_20260112_rut_record_seventh_session', 5, 2, "month_change('RUT','2018-12')"),
    ('cnbctv18_20260112_rut_record_seventh_session', 6, 2, "month_change('RUT','2019-01')"),
    ('cnbctv18_20260112_rut_record_seventh_session', 7, 2, "month_change('GSPC','2019-01')"),
    ('cnbctv18_20260112_rut_record_seventh_session', 8, 2, "value('DJI','2026-01-12') - value('DJI','2026-01-12','low')"),
    ('cnbctv18_20260112_rut_record_seventh_session', 9, 2, "pct('DJI','2026-01-12')"),
    ('cnbctv18_20260112_rut_record_seventh_session', 10, 2, "7000 - value('GSPC','2026-01-12')"),
    ('tradingdashboard_20260116_small_caps_records', 0, 2, "pct('RUT','2026-01-16')"),
    ('tradingdashboard_20260116_small_caps_records', 1, 2, "is_record('RUT','2026-01-16')"),
    ('tradingdashboard_20260116_small_caps_records', 2, 2, "ytd('RUT','2026-01-16')"),
    ('tradingdashboard_20260116_small_caps_records', 3, 2, "[round(n_session_change('RUT', series('RUT').loc[f'{y}-01-01':].index[10], 11), 2) for y in range(2021, 2027)]"),
    ('tradingdashboard_20260116_small_caps_records', 4, 2, "[round(ytd('GSPC','2026-01-16'), 2), round(ytd('IXIC','2026-01-16'), 2)]"),
    ('tradingdashboard_20260116_small_caps_records', 5, 2, "wtd('RUT','2026-01-16')"),
    ('tradingdashboard_20260116_small_caps_records', 6, 2, "[round(wtd(t,'2026-01-16'), 2) for t in ('GSPC','DJI','IXIC')]"),
    ('tradingdashboard_20260116_small_caps_records', 7, 2, "[round(pct(t,'2026-01-16'), 2) for t in ('GSPC','DJI','IXIC')]"),
    ('tradingdashboard_20260116_small_caps_records', 8, 0, "beat_run('RUT','GSPC','2026-01-16')"),
    ('tradingdashboard_20260116_small_caps_records', 9, 2, "last_beat_run_as_long('RUT','GSPC','2026-01-02', 11)"),
    ('marketminute_20260122_rut_13_session_streak', 0, 0, "beat_run('RUT','GSPC','2026-01-21')"),
    ('marketminute_20260122_rut_13_session_streak', 1, 2, "last_beat_run_as_long('RUT','GSPC','2026-01-02', 13)"),
    ('marketminute_20260122_rut_13_session_streak', 2, 2, "peak_before('IWM','2026-01-21', inclusive=True)"),
    ('marketminute_20260122_rut_13_session_streak', 3, 1, "float((moves('RUT') - moves('GSPC')).dropna().loc['2026-01-02':'2026-01-21'].mean()) * 100"),
    ('marketminute_20260122_rut_13_session_streak', 4, 2, "fed_range('2026-01-21')"),
    ('marketminute_20260122_rut_13_session_streak', 5, 2, None),
    ('marketwatch_20260128_sp500_touches_7000', 0, 2, "[iso(series('GSPC','high')[series('GSPC','high') >= 7000].index[0]), value('GSPC','2026-01-28','high')]"),
    ('marketwatch_20260128_sp500_touches_7000', 1, 2, "extreme_pct('GSPC','2026-01-28','high')"),
    ('marketwatch_20260128_sp500_touches_7000', 2, 2, "value('GSPC','2026-01-28','high')"),
    ('marketwatch_20260128_sp500_touches_7000', 3, 2, "is_record('GSPC','2026-01-28','high')"),
    ('marketwatch_20260128_sp500_touches_7000', 4, 2, "value('GSPC','2026-01-28')"),
    ('marketwatch_20260128_sp500_touches_7000', 5, 0, "sessions('GSPC', first_level('GSPC', 6000), '2026-01-28')"),
    ('marketwatch_20260128_sp500_touches_7000', 6, 2, "first_level('GSPC', 6000)"),
    ('marketwatch_20260128_sp500_touches_7000', 7, 0, "sessions('GSPC', first_level('GSPC', 5000), first_level('GSPC', 6000))"),
    ('marketwatch_20260128_sp500_touches_7000', 8, 0, "sessions('GSPC', first_level('GSPC', 4000), first_level('GSPC', 5000))"),
    ('marketwatch_20260128_sp500_touches_7000', 9, 0, "sessions('GSPC', first_level('GSPC', 1000), first_level('GSPC', 2000))"),
    ('marketwatch_20260128_sp500_touches_7000', 10, 2, None),
    ('wsj_20210222_small_caps_historic_gains', 0, 2, "ytd('RUT','2021-02-19')"),
    ('wsj_20210222_small_caps_historic_gains', 1, 0, "count_records('RUT','2021-01-01','2021-02-19')"),
    ('wsj_20210222_small_caps_historic_gains', 2, 2, "ytd('GSPC','2021-02-19')"),
    ('wsj_20210222_small_caps_historic_gains', 3, 2, "[y for y in range(1989, 2021) if ytd('RUT', last_before('RUT', f'{y}-02-20')) - ytd('GSPC', last_before('GSPC', f'{y}-02-20')) >= ytd('RUT','2021-02-19') - ytd('GSPC','2021-02-19')][-1]"),
    ('wsj_20210222_small_caps_historic_gains', 4, 2, "change('RUT','2020-08-19','2021-02-19') - change('GSPC','2020-08-19','2021-02-19')"),
    ('sylvacap_20210401_covid_did_not_shut_rut', 0, 2, "year_change('RUT', 2020)"),
    ('sylvacap_20210401_covid_did_not_shut_rut', 1, 2, "quarter_change('RUT', 2020, 4)"),
    ('sylvacap_20210401_covid_did_not_shut_rut', 2, 2, None),
    ('sylvacap_20210401_covid_did_not_shut_rut', 3, 2, "change('RUT','2020-03-31','2021-03-31')"),
    ('sylvacap_20210401_covid_did_not_shut_rut', 4, 2, "value('RUT','2020-04-03','low')"),
    ('sylvacap_20210401_covid_did_not_shut_rut', 5, 2, "(value('RUT','2021-03-30') / 1035.39 - 1) * 100"),
    ('sylvacap_20210401_covid_did_not_shut_rut', 6, 2, "value('RUT','2021-03-30')"),
    ('sylvacap_20210401_covid_did_not_shut_rut', 7, 2, "ytd('RUT','2021-03-30')"),
    ('tradingview_20240123_rut_rallies_dow_38000', 0, 2, "[is_record(t,'2024-01-22') for t in ('DJI','GSPC','NDX','IXIC')]"),
    ('tradingview_20240123_rut_rallies_dow_38000', 1, 2, "first_level('DJI', 38000)"),
    ('tradingview_20240123_rut_rallies_dow_38000', 2, 2, "pct('RUT','2024-01-22')"),
    ('tradingview_20240123_rut_rallies_dow_38000', 3, 2, None),
    ('tradingview_20240123_rut_rallies_dow_38000', 4, 2, None),
    ('tradingview_20240123_rut_rallies_dow_38000', 5, 2, "year_change('RUT', 2023)"),
    ('tradingview_20240123_rut_rallies_dow_38000', 6, 2, "year_change('GSPC', 2023)"),
    ('tradingview_20240123_rut_rallies_dow_38000', 7, 2, "year_change('IXIC', 2023)"),
    ('tradingview_20240123_rut_rallies_dow_38000', 8, 2, "year_change('DJI', 2023)"),
    ('tradingview_20240123_rut_rallies_dow_38000', 9, 2, "below_peak('RUT','2024-01-22')"),
    ('freebeacon_20240805_vix_pandemic_high', 0, 2, "highest_since('VIX','2024-08-05','high')"),
    ('freebeacon_20240805_vix_pandemic_high', 1, 2, "value('VIX','2024-08-05','high')"),
    ('freebeacon_20240805_vix_pandemic_high', 2, 2, "value('VIX','2024-08-02')"),
    ('freebeacon_20240805_vix_pandemic_high', 3, 2, "value('VIX','2024-07-26')"),
    ('freebeacon_20240805_vix_pandemic_high', 4, 2, "highest_since('VIX','2024-08-05','high')"),
    ('freebeacon_20240805_vix_pandemic_high', 5, 2, "max_close('VIX','2020-03-01','2020-03-31') and value('VIX','2020-03-18','high')"),
    ('freebeacon_20240805_vix_pandemic_high', 6, 2, None),
    ('freebeacon_20240805_vix_pandemic_high', 7, 2, "extreme_pts('DJI','2024-08-05','low')"),
    ('freebeacon_20240805_vix_pandemic_high', 8, 2, "pct('GSPC','2024-08-05')"),
    ('freebeacon_20240805_vix_pandemic_high', 9, 2, "pct('IXIC','2024-08-05')"),
    ('freebeacon_20240805_vix_pandemic_high', 10, 2, None),
    ('irishtimes_19980827_russia_dow_357', 0, 2, "pts('DJI','1998-08-27')"),
    ('irishtimes_19980827_russia_dow_357', 1, 2, "below_peak_pts('DJI','1998-08-27')"),
    ('irishtimes_19980827_russia_dow_357', 2, 2, "below_peak('DJI','1998-08-27')"),
    ('irishtimes_19980827_russia_dow_357', 3, 2, "peak_before('DJI','1998-08-27')"),
    ('irishtimes_19980827_russia_dow_357', 4, 2, None),
    ('irishtimes_19980827_russia_dow_357', 5, 2, "change('DJI', last_before('DJI','1998-01-01'), '1998-07-17')"),
    ('irishtimes_19980827_russia_dow_357', 6, 2, "ytd('DJI','1998-08-27')"),
    ('irishtimes_19980827_russia_dow_357', 7, 2, "last_as_big('DJI','1998-08-27','pts')"),
    ('irishtimes_19980827_russia_dow_357', 8, 2, "pct('DJI','1997-10-27')"),
    ('irishtimes_19980827_russia_dow_357', 9, 2, "pts('DJI','1997-10-27')"),
    ('irishtimes_19980827_russia_dow_357', 10, 2, "value('DJI','1997-10-27')"),
    ('irishtimes_19980827_russia_dow_357', 11, 2, None),
    ('irishtimes_19980827_russia_dow_357', 12, 2, None),
    ('irishtimes_19980827_russia_dow_357', 13, 2, None),
    ('marketwatch_20201221_vix_jumps_new_strain', 0, 2, "pct('VIX','2020-12-21')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 1, 2, "session_range('VIX','2020-12-21')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 2, 2, "last_level('VIX','2020-12-21', 28.75)"),
    ('marketwatch_20201221_vix_jumps_new_strain', 3, 2, None),
    ('marketwatch_20201221_vix_jumps_new_strain', 4, 2, None),
    ('marketwatch_20201221_vix_jumps_new_strain', 5, 2, "pts('DJI','2020-12-18')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 6, 2, "pct('DJI','2020-12-18')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 7, 2, "value('DJI','2020-12-18')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 8, 2, "pts('GSPC','2020-12-18')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 9, 2, "pct('GSPC','2020-12-18')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 10, 2, "value('GSPC','2020-12-18')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 11, 2, "[value('GSPC','2020-12-18','high'), is_record('GSPC','2020-12-18','high')]"),
    ('marketwatch_20201221_vix_jumps_new_strain', 12, 2, "pts('IXIC','2020-12-18')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 13, 2, "pct('IXIC','2020-12-18')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 14, 2, "value('IXIC','2020-12-18')"),
    ('marketwatch_20201221_vix_jumps_new_strain', 15, 2, "[value('IXIC','2020-12-18','high'), is_record('IXIC','2020-12-18','high')]"),
    ('marketwatch_20180301_vix_tariffs', 0, 2, "pct('VIX','2018-03-01')"),
    ('marketwatch_20180301_vix_tariffs', 1, 2, "last_level('VIX','2018-03-01', 24.76)"),
    ('marketwatch_20180301_vix_tariffs', 2, 2, "pct('VIX','2018-03-01')"),
    ('marketwatch_20180301_vix_tariffs', 3, 2, "session_range('VIX','2018-03-01')"),
    ('marketwatch_20180301_vix_tariffs', 4, 2, "last_level('VIX','2018-03-01', 24.76)"),
    ('marketwatch_20180301_vix_tariffs', 5, 2, "iso(moves('VIX').loc[:'2018-02-28'][moves('VIX').loc[:'2018-02-28'] >= (24.76 / value('VIX','2018-02-28') - 1) * 100].index[-1])"),
    ('marketwatch_20180301_vix_tariffs', 6, 2, "value('VIX','2018-03-01')"),
    ('marketwatch_20180301_vix_tariffs', 7, 0, "run_length('VIX','2018-03-01')"),
    ('marketwatch_20180301_vix_tariffs', 8, 2, "(24.76 / value('VIX','2018-02-26') - 1) * 100"),
    ('marketwatch_20180301_vix_tariffs', 9, 2, "(24.76 / value('VIX','2017-12-29') - 1) * 100"),
    ('marketwatch_20180301_vix_tariffs', 10, 2, "pct('DJI','2018-03-01')"),
    ('marketwatch_20180301_vix_tariffs', 11, 2, "pct('GSPC','2018-03-01')"),
    ('marketwatch_20180301_vix_tariffs', 12, 2, "pct('IXIC','2018-03-01')"),
    ('dailybeast_20121023_dow_drops_250', 0, 2, "pts('DJI','2012-10-23')"),
    ('dailybeast_20121023_dow_drops_250', 1, 2, "-248 / value('DJI','2012-10-22') * 100"),
    ('dailybeast_20121023_dow_drops_250', 2, 2, "pts('IXIC','2012-10-23')"),
    ('dailybeast_20121023_dow_drops_250', 3, 2, "-40 / value('IXIC','2012-10-22') * 100"),
    ('dailybeast_20121023_dow_drops_250', 4, 2, "last_level('IXIC','2012-10-23', value('IXIC','2012-10-23','low'), above=False, field='low')"),
    ('dailybeast_20121023_dow_drops_250', 5, 2, None),
    # END RECIPES
]


def normalise(v, decimals):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, float):
        return round(v, decimals)
    if isinstance(v, (list, tuple)):
        return [normalise(x, decimals) for x in v]
    return v


def evaluate(expr, decimals):
    if expr is None:
        return None
    return normalise(eval(expr, globals()), decimals)


def main():
    global DATA_DIR
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    DATA_DIR = Path(sys.argv[1])
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        r = json.loads(line)
        key[(r["passage_id"], r["claim_index"])] = r["computed_value"]
    bad = 0
    seen = set()
    for pid, idx, decimals, expr in RECIPES:
        seen.add((pid, idx))
        got = evaluate(expr, decimals)
        want = key.get((pid, idx), "<missing in key>")
        flag = "" if got == want else f"   <-- key.jsonl has {want!r}"
        bad += bool(flag)
        print(f"{pid} #{idx}: {got!r}{flag}")
    for k in sorted(set(key) - seen):
        print(f"{k[0]} #{k[1]}: no recipe")
        bad += 1
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
