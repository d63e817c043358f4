"""Small helpers over the CSV files of the shared data directory (pandas only)."""
import os
import pandas as pd

_DATA = {"dir": None}
_CACHE = {}
FILES = {"SPX": "GSPC.csv", "DJI": "DJI.csv", "IXIC": "IXIC.csv", "NDX": "NDX.csv",
         "RUT": "RUT.csv", "VIX": "VIX.csv"}


def set_data_dir(path):
    _DATA["dir"] = path
    _CACHE.clear()


def px(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(_DATA["dir"], FILES[t]), parse_dates=["date"])
        _CACHE[t] = df.set_index("date").sort_index()
    return _CACHE[t]


def rate(name):
    key = "rate:" + name
    if key not in _CACHE:
        df = pd.read_csv(os.path.join(_DATA["dir"], name + ".csv"), parse_dates=["date"])
        df["value"] = pd.to_numeric(df["value"], errors="coerce")
        _CACHE[key] = df.set_index("date")["value"].dropna().sort_index()
    return _CACHE[key]


def _r(x, n=2):
    return None if x is None else round(float(x), n)


def _pos(t, d):
    s = px(t)["close"].dropna()
    i = s.index.get_loc(pd.Timestamp(d))
    return s, i


def close(t, d):
    s, i = _pos(t, d)
    return _r(s.iloc[i])


def high(t, d):
    return _r(px(t).loc[pd.Timestamp(d), "high"])


def low(t, d):
    return _r(px(t).loc[pd.Timestamp(d), "low"])


def chg(t, d):
    s, i = _pos(t, d)
    return _r(s.iloc[i] - s.iloc[i - 1])


def pct(t, d):
    s, i = _pos(t, d)
    return _r(100 * (s.iloc[i] / s.iloc[i - 1] - 1), 3)


def pct_between(t, d0, d1):
    """close(d1) vs close(d0), percent."""
    s = px(t)["close"].dropna()
    return _r(100 * (s.loc[pd.Timestamp(d1)] / s.loc[pd.Timestamp(d0)] - 1), 3)


def _last_before(s, d):
    return s[s.index < pd.Timestamp(d)]


def week_pct(t, d):
    """close on d vs last close of the previous calendar week."""
    s = px(t)["close"].dropna()
    d = pd.Timestamp(d)
    wk_start = d - pd.Timedelta(days=d.weekday())
    return _r(100 * (s.loc[d] / _last_before(s, wk_start).iloc[-1] - 1), 3)


def mtd_pct(t, d):
    s = px(t)["close"].dropna()
    d = pd.Timestamp(d)
    return _r(100 * (s.loc[d] / _last_before(s, d.replace(day=1)).iloc[-1] - 1), 3)


def ytd_pct(t, d):
    s = px(t)["close"].dropna()
    d = pd.Timestamp(d)
    return _r(100 * (s.loc[d] / _last_before(s, d.replace(month=1, day=1)).iloc[-1] - 1), 3)


def month_pct(t, ym):
    s = px(t)["close"].dropna()
    m = s[s.index.to_period("M") == pd.Period(ym)]
    prev = _last_before(s, m.index[0]).iloc[-1]
    return _r(100 * (m.iloc[-1] / prev - 1), 3)


def up_months(t, ym_last, n):
    """how many of the n calendar months ending ym_last closed higher than the month before."""
    s = px(t)["close"].dropna()
    me = s.groupby(s.index.to_period("M")).last()
    p = pd.Period(ym_last)
    me = me[me.index <= p]
    ch = me.diff().iloc[-n:]
    return int((ch > 0).sum())


def streak(t, d):
    """signed run of daily closes in the same direction ending on d (+ up, - down)."""
    s, i = _pos(t, d)
    diffs = s.diff().iloc[: i + 1]
    sign = 1 if diffs.iloc[-1] > 0 else -1
    n = 0
    for v in diffs.iloc[::-1]:
        if (v > 0 and sign > 0) or (v < 0 and sign < 0):
            n += 1
        else:
            break
    return sign * n


def last_streak_as_long(t, d):
    """last date before the run ending on d with a run in the same direction at least as long."""
    s, i = _pos(t, d)
    n = streak(t, d)
    k = abs(n)
    start = i - k + 1
    best = None
    for j in range(start - 1, 0, -1):
        dj = s.index[j]
        if j < 1:
            break
        m = streak(t, dj)
        if (m > 0) == (n > 0) and abs(m) >= k:
            best = dj
            break
    return None if best is None else str(best.date())


def highest_since(t, d):
    """last earlier session with a close at least as high as close(d)."""
    s, i = _pos(t, d)
    prior = s.iloc[:i]
    hit = prior[prior >= s.iloc[i]]
    return None if hit.empty else str(hit.index[-1].date())


def lowest_since(t, d):
    s, i = _pos(t, d)
    prior = s.iloc[:i]
    hit = prior[prior <= s.iloc[i]]
    return None if hit.empty else str(hit.index[-1].date())


def last_below(t, d, level):
    """last earlier session with a close below level."""
    s, i = _pos(t, d)
    prior = s.iloc[:i]
    hit = prior[prior < level]
    return None if hit.empty else str(hit.index[-1].date())


def last_drop_as_big(t, d):
    """last earlier session with a point drop at least as large as on d."""
    s, i = _pos(t, d)
    ch = s.diff()
    prior = ch.iloc[:i]
    hit = prior[prior <= ch.iloc[i]]
    return None if hit.empty else str(hit.index[-1].date())


def bigger_point_drops(t, d):
    """number of sessions in the file up to d with a bigger point drop than d."""
    s, i = _pos(t, d)
    ch = s.diff().iloc[: i + 1]
    return int((ch < ch.iloc[i]).sum())


def last_gain_as_big(t, d, basis="points"):
    s, i = _pos(t, d)
    ch = s.diff() if basis == "points" else s.pct_change()
    prior = ch.iloc[:i]
    hit = prior[prior >= ch.iloc[i]]
    return None if hit.empty else str(hit.index[-1].date())


def week_pct_since_last_as_big(t, d):
    """last earlier weekly (Friday-to-Friday) percent gain at least as large as the week ending d."""
    s = px(t)["close"].dropna()
    wk = s.groupby(s.index.to_period("W-FRI")).last()
    wch = wk.pct_change()
    p = pd.Timestamp(d).to_period("W-FRI")
    cur = wch.loc[p]
    prior = wch[wch.index < p]
    hit = prior[prior >= cur]
    return None if hit.empty else str(hit.index[-1].end_time.date())


def weeks_up_run(t, d):
    s = px(t)["close"].dropna()
    wk = s.groupby(s.index.to_period("W-FRI")).last()
    wch = wk.diff()
    p = pd.Timestamp(d).to_period("W-FRI")
    wch = wch[wch.index <= p]
    n = 0
    for v in wch.iloc[::-1]:
        if v > 0:
            n += 1
        else:
            break
    return n


def yield_on(name, d):
    return _r(rate(name).loc[pd.Timestamp(d)], 2)


def dff(d):
    return _r(rate("DFF").loc[pd.Timestamp(d)], 2)


def ytd_high_before(t, d):
    """highest close of the calendar year before d."""
    s, i = _pos(t, d)
    d = pd.Timestamp(d)
    prior = s.iloc[:i]
    prior = prior[prior.index.year == d.year]
    return _r(prior.max())


def weeks_down_before(t, d):
    """number of consecutive down weeks (Friday-to-Friday) just before the week containing d."""
    s = px(t)["close"].dropna()
    wk = s.groupby(s.index.to_period("W-FRI")).last()
    wch = wk.diff()
    p = pd.Timestamp(d).to_period("W-FRI")
    wch = wch[wch.index < p]
    n = 0
    for v in wch.iloc[::-1]:
        if v < 0:
            n += 1
        else:
            break
    return n


def ytd_at(t, d, col):
    """year-to-date percent at the session's high or low (col) of d."""
    s = px(t)["close"].dropna()
    d = pd.Timestamp(d)
    base = _last_before(s, d.replace(month=1, day=1)).iloc[-1]
    return _r(100 * (px(t).loc[d, col] / base - 1), 3)


def pct_at_level(t, d, level):
    """percent change of a stated level against the previous close."""
    s, i = _pos(t, d)
    return _r(100 * (level / s.iloc[i - 1] - 1), 3)


def loss_share_of_run(t, d):
    """point loss on d divided by the point gain of the up run that ended the session before."""
    s, i = _pos(t, d)
    n = streak(t, s.index[i - 1])
    gain = s.iloc[i - 1] - s.iloc[i - 1 - n]
    return _r(-(s.iloc[i] - s.iloc[i - 1]) / gain, 3)


def yields(name, d0, d1):
    r = rate(name)
    r = r[(r.index >= pd.Timestamp(d0)) & (r.index <= pd.Timestamp(d1))]
    return [round(float(v), 2) for v in r]


def years_between(d0, d1):
    return _r((pd.Timestamp(d1) - pd.Timestamp(d0)).days / 365.25, 2)


def _last_above(t, d, level):
    """last earlier session with a close at or above level."""
    s, i = _pos(t, d)
    prior = s.iloc[:i]
    hit = prior[prior >= level]
    return None if hit.empty else str(hit.index[-1].date())
