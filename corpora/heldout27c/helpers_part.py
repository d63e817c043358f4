import os, sys, json, math
import pandas as pd

_FILES = {'SPX': 'GSPC', 'DJI': 'DJI', 'IXIC': 'IXIC', 'RUT': 'RUT', 'VIX': 'VIX', 'QQQ': 'QQQ', 'NDX': 'NDX'}
_CACHE = {}
DATA = None


def _df(t):
    if t not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, _FILES[t] + '.csv'), parse_dates=['date'])
        df = df.dropna(subset=['close']).set_index('date').sort_index()
        _CACHE[t] = df
    return _CACHE[t]


def _rate(name):
    key = 'rate_' + name
    if key not in _CACHE:
        df = pd.read_csv(os.path.join(DATA, name + '.csv'), parse_dates=['date'])
        df['value'] = pd.to_numeric(df['value'], errors='coerce')
        _CACHE[key] = df.dropna().set_index('date')['value']
    return _CACHE[key]


def _i(t, d):
    return _df(t).index.get_loc(pd.Timestamp(d))


def _d(ts):
    return pd.Timestamp(ts).strftime('%Y-%m-%d')


def r2(x, n=2):
    return round(float(x), n)


def close(t, d):
    return r2(_df(t)['close'].iloc[_i(t, d)])


def high(t, d):
    return r2(_df(t)['high'].iloc[_i(t, d)])


def low(t, d):
    return r2(_df(t)['low'].iloc[_i(t, d)])


def prev_close(t, d):
    return r2(_df(t)['close'].iloc[_i(t, d) - 1])


def chg(t, d):
    c = _df(t)['close']; i = _i(t, d)
    return r2(c.iloc[i] - c.iloc[i - 1])


def pct(t, d):
    c = _df(t)['close']; i = _i(t, d)
    return r2((c.iloc[i] / c.iloc[i - 1] - 1) * 100, 3)


def intraday_vs_prev(t, d, side):
    """session high (side='high') or low (side='low') minus previous close, in points"""
    df = _df(t); i = _i(t, d)
    return r2(df[side].iloc[i] - df['close'].iloc[i - 1])


def window_pct(t, d0, d1):
    """close d0 -> close d1, percent"""
    return r2((close(t, d1) / close(t, d0) - 1) * 100, 3)


def window_chg(t, d0, d1):
    return r2(close(t, d1) - close(t, d0))


def last_close_before(t, d, period):
    """last close before the week ('W'), month ('M'), quarter ('Q') or year ('Y') containing d"""
    c = _df(t)['close']; ts = pd.Timestamp(d)
    if period == 'W':
        start = ts - pd.Timedelta(days=ts.weekday())
    elif period == 'M':
        start = ts.replace(day=1)
    elif period == 'Q':
        start = pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)
    else:
        start = pd.Timestamp(year=ts.year, month=1, day=1)
    return _d(c[c.index < start].index[-1])


def to_date_pct(t, d, period):
    return window_pct(t, last_close_before(t, d, period), d)


def to_date_chg(t, d, period):
    return window_chg(t, last_close_before(t, d, period), d)


def streak(t, d):
    """signed number of consecutive up (+) or down (-) closes ending at d"""
    c = _df(t)['close']; i = _i(t, d)
    s = 1 if c.iloc[i] > c.iloc[i - 1] else -1
    n = 0
    while i - n - 1 >= 0 and (c.iloc[i - n] - c.iloc[i - n - 1]) * s > 0:
        n += 1
    return s * n


def count_moves(t, d, n, sign, min_points=0.0):
    """number of sessions among the n ending at d with a move of that sign (and at least min_points)"""
    c = _df(t)['close']; i = _i(t, d)
    diffs = (c.diff()).iloc[i - n + 1:i + 1]
    if sign < 0:
        return int(((diffs < 0) & (diffs.abs() >= min_points)).sum())
    return int(((diffs > 0) & (diffs.abs() >= min_points)).sum())


def last_close_at_least(t, d, level=None):
    """last session before d whose close is >= level (default: close of d)"""
    c = _df(t)['close']; i = _i(t, d)
    lv = c.iloc[i] if level is None else level
    prior = c.iloc[:i]
    hit = prior[prior >= lv]
    return _d(hit.index[-1]) if len(hit) else None


def last_close_at_most(t, d, level=None):
    c = _df(t)['close']; i = _i(t, d)
    lv = c.iloc[i] if level is None else level
    prior = c.iloc[:i]
    hit = prior[prior <= lv]
    return _d(hit.index[-1]) if len(hit) else None


def last_low_below(t, d, level):
    df = _df(t); i = _i(t, d)
    prior = df['low'].iloc[:i]
    hit = prior[prior < level]
    return _d(hit.index[-1]) if len(hit) else None


def last_high_above(t, d, level):
    df = _df(t); i = _i(t, d)
    prior = df['high'].iloc[:i]
    hit = prior[prior > level]
    return _d(hit.index[-1]) if len(hit) else None


def last_move_as_big(t, d, kind='pct'):
    """last session before d with a move in the same direction at least as large (kind pct or points)"""
    c = _df(t)['close']; i = _i(t, d)
    m = c.pct_change() * 100 if kind == 'pct' else c.diff()
    v = m.iloc[i]
    prior = m.iloc[1:i]
    hit = prior[prior <= v] if v < 0 else prior[prior >= v]
    return _d(hit.index[-1]) if len(hit) else None


def rank_move(t, d, kind='points', since=None):
    """rank of the session's move among all moves of the same sign in the file (or since a date) up to d"""
    c = _df(t)['close']; i = _i(t, d)
    m = (c.pct_change() * 100 if kind == 'pct' else c.diff()).iloc[1:i + 1]
    if since:
        m = m[m.index >= pd.Timestamp(since)]
    v = m.iloc[-1]
    return int((m <= v).sum()) if v < 0 else int((m >= v).sum())


def max_close(t, d0, d1):
    c = _df(t)['close']
    w = c[(c.index >= pd.Timestamp(d0)) & (c.index <= pd.Timestamp(d1))]
    return [_d(w.idxmax()), r2(w.max())]


def min_close(t, d0, d1):
    c = _df(t)['close']
    w = c[(c.index >= pd.Timestamp(d0)) & (c.index <= pd.Timestamp(d1))]
    return [_d(w.idxmin()), r2(w.min())]


def is_record_close(t, d):
    c = _df(t)['close']; i = _i(t, d)
    return bool(c.iloc[i] > c.iloc[:i].max())


def pct_below(level_hi, level):
    return r2((level_hi - level) / level_hi * 100, 3)


def quarter_pct(t, d):
    """quarter-to-date percent change through d"""
    return to_date_pct(t, d, 'Q')


def best_quarter_since(t, d):
    """last quarter end before d's quarter whose quarterly gain is >= the gain of d's quarter"""
    c = _df(t)['close']
    q = c.resample('QE').last().pct_change() * 100
    ts = pd.Timestamp(d)
    cur = q[q.index >= ts].iloc[0]
    prior = q[q.index < ts - pd.Timedelta(days=80)]
    hit = prior[prior >= cur]
    return [_d(hit.index[-1]), r2(hit.iloc[-1], 3), r2(cur, 3)]


def rate(name, d):
    return r2(_rate(name).loc[pd.Timestamp(d)], 3)


def fomc_meetings(d0, d1):
    df = pd.read_csv(os.path.join(DATA, 'FOMC_meetings.csv'), parse_dates=['date'])
    w = df[(df['date'] >= pd.Timestamp(d0)) & (df['date'] <= pd.Timestamp(d1))]
    return [_d(x) for x in w['date']]


def target_changes(d0, d1):
    """dates in [d0, d1] on which DFEDTAR changed (effective dates), with the new value"""
    s = _rate('DFEDTAR')
    w = s[(s.index >= pd.Timestamp(d0) - pd.Timedelta(days=1)) & (s.index <= pd.Timestamp(d1))]
    ch = w[w.diff() != 0].iloc[1:]
    return [[_d(k), float(v)] for k, v in ch.items()]


def worst_week_since(t, d):
    """Friday-to-Friday change of the week ending d, and the last earlier week (by its last session) with a loss at least as large"""
    c = _df(t)['close']
    wk = c.groupby(c.index.to_period('W-FRI')).last()
    wk.index = c.groupby(c.index.to_period('W-FRI')).apply(lambda s: s.index[-1])
    ch = wk.pct_change() * 100
    cur = ch.loc[pd.Timestamp(d)]
    prior = ch[ch.index < pd.Timestamp(d)]
    hit = prior[prior <= cur]
    return [r2(cur, 3), _d(hit.index[-1]), r2(hit.iloc[-1], 3)]


def drops_at_least(t, d0, d1, pct_move):
    """sessions in [d0, d1] whose daily percent drop is at least as large as pct_move (negative)"""
    c = _df(t)['close']
    m = c.pct_change() * 100
    w = m[(m.index >= pd.Timestamp(d0)) & (m.index <= pd.Timestamp(d1))]
    hit = w[w <= pct_move + 1e-9]
    return [[_d(k), r2(v, 3)] for k, v in hit.items()]


def last_rate_below(name, d, level):
    s = _rate(name)
    prior = s[(s.index < pd.Timestamp(d)) & (s < level)]
    return _d(prior.index[-1]) if len(prior) else None
