"""The brief's facts and their newsworthiness against brute-force references: plain loops over
the real closes (pandas for the data, never the code under test)."""

from __future__ import annotations

import pandas as pd
import pytest

from capscope.brief.facts import gather
from capscope.data.series import series

DAYS = ["2024-07-16", "2020-03-16", "2001-09-17", "2011-02-28", "2000-01-31", "2026-08-21"]


def _closes(symbol: str, day: str) -> pd.Series:
    return series(symbol, end=day).dropna()


def _by_kind(day: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in gather("RUT", "SPX", day).facts:
        out.setdefault(f"{f.kind}:{f.subject}", []).append(f)
    return out


def _percentile(pop: list[float], value: float) -> float:
    pop = [x for x in pop if x == x]
    return 100.0 * sum(1 for x in pop if x < value) / len(pop)


@pytest.mark.parametrize("day", DAYS)
def test_moves_streaks_and_since(day):
    facts = _by_kind(day)
    for sym in ("RUT", "SPX"):
        c = _closes(sym, day).tolist()
        f = facts[f"move:{sym}"][0]
        assert f.values["close"] == pytest.approx(c[-1])
        assert f.values["change_pct"] == pytest.approx((c[-1] / c[-2] - 1) * 100)
        moves = [abs(c[i] / c[i - 1] - 1) * 100 for i in range(1, len(c))]
        assert f.score == pytest.approx(_percentile(moves, moves[-1]))
    c = _closes("RUT", day)
    vals = c.tolist()
    run, i = 0, len(vals) - 1
    up = vals[i] > vals[i - 1]
    while i > 0 and (vals[i] > vals[i - 1] if up else vals[i] < vals[i - 1]):
        run, i = run + 1, i - 1
    if run >= 2:
        f = facts["streak:RUT"][0]
        assert (f.values["length"], f.values["direction"]) == (run, "up" if up else "down")
    else:
        assert "streak:RUT" not in facts
    back = next((j for j in range(len(vals) - 2, -1, -1) if vals[j] >= vals[-1]), None)
    if back is None:
        assert "record:RUT" in facts
    elif len(vals) - 1 - back > 20:
        assert facts["high_since:RUT"][0].values["since"] == c.index[back]
    else:
        assert "high_since:RUT" not in facts
    if back is not None:
        below = facts["below_record:RUT"][0]
        assert below.values["pct"] == pytest.approx((1 - vals[-1] / max(vals)) * 100)
        assert below.values["record_date"] == c.idxmax()


@pytest.mark.parametrize("day", DAYS)
def test_relative_returns(day):
    facts = _by_kind(day)
    both = pd.concat([_closes("RUT", day), _closes("SPX", day)], axis=1, join="inner")
    end = both.index[-1]
    targets = {"1W": end - pd.Timedelta(days=7), "1M": end - pd.DateOffset(months=1),
               "3M": end - pd.DateOffset(months=3)}
    got = {f.values["window"]: f for f in facts["relative:RUT"]}
    assert set(got) == set(targets)
    sessions = {"1W": 5, "1M": 21, "3M": 63}
    a, b = both.iloc[:, 0].tolist(), both.iloc[:, 1].tolist()
    for window, target in targets.items():
        start = both.loc[:target].index[-1]
        ra = both.loc[end].iloc[0] / both.loc[start].iloc[0] - 1
        rb = both.loc[end].iloc[1] / both.loc[start].iloc[1] - 1
        assert got[window].values["difference_pp"] == pytest.approx((ra - rb) * 100)
        n = sessions[window]
        diffs = [(a[i] / a[i - n] - b[i] / b[i - n]) * 100 for i in range(n, len(a))]
        sign = 1 if diffs[-1] >= 0 else -1
        assert got[window].score == pytest.approx(
            _percentile([d * sign for d in diffs], diffs[-1] * sign))
    if "ytd:RUT" in facts:
        c = _closes("RUT", day)
        base = c.loc[: pd.Timestamp(f"{end.year - 1}-12-31")].iloc[-1]
        assert facts["ytd:RUT"][0].values["return_pct"] == pytest.approx(
            (c.iloc[-1] / base - 1) * 100)


@pytest.mark.parametrize("day", ["2024-07-16", "2001-09-17", "2000-01-31", "2011-02-28"])
def test_base_rate(day):
    facts = _by_kind(day)
    streak = facts["streak:RUT"][0]
    length, up = streak.values["length"], streak.values["direction"] == "up"
    c = _closes("RUT", day).tolist()
    ends, run = [], 0
    for i in range(1, len(c)):
        q = c[i] > c[i - 1] if up else c[i] < c[i - 1]
        run = run + 1 if q else 0
        nxt = i + 1 < len(c) and (c[i + 1] > c[i] if up else c[i + 1] < c[i])
        if run >= length and not nxt:
            ends.append(i)
    earlier = [i for i in ends if i < len(c) - 1]
    done = [i for i in earlier if i + 21 < len(c)]
    if len(done) != len(earlier):  # a month after an earlier run is not over: no base rate
        assert "base_rate:RUT" not in facts
        return
    higher = sum(1 for i in done if c[i + 21] > c[i])
    rate = facts["base_rate:RUT"][0]
    assert (rate.values["cases"], rate.values["higher"]) == (len(done), higher)


@pytest.mark.parametrize("day", ["1995-09-29", "2024-11-29", "2024-07-16", "2020-03-16",
                                 "2024-08-05"])
def test_month_streak_average_and_vix(day):
    facts = _by_kind(day)
    s = _closes("RUT", day)
    month_end = s.groupby(s.index.to_period("M")).last().tolist()
    run, i = 0, len(month_end) - 1
    up = month_end[i] > month_end[i - 1]
    while i > 0 and (month_end[i] > month_end[i - 1] if up else month_end[i] < month_end[i - 1]):
        run, i = run + 1, i - 1
    month_end_day = pd.Timestamp(day) + pd.offsets.MonthEnd(0)
    last_session = s.index[-1] == series("SPX").loc[:month_end_day].index[-1]
    if run >= 3 and last_session:
        f = facts["month_streak:RUT"][0]
        assert (f.values["length"], f.values["direction"]) == (run, "up" if up else "down")
    else:
        assert "month_streak:RUT" not in facts
    avg = s.rolling(200).mean()
    ma = facts["moving_average:RUT"][0]
    assert ma.values["above"] == (s.iloc[-1] > avg.iloc[-1])
    side = s > avg
    assert ma.values["crossed"] == (side.iloc[-1] != side.iloc[-2])
    v = _closes("VIX", day)
    moves = [abs(v.iloc[i] / v.iloc[i - 1] - 1) * 100 for i in range(1, len(v))]
    if v.index[-1] == s.index[-1] and _percentile(moves, moves[-1]) >= 90:
        assert facts["vix_move:VIX"][0].values["close"] == pytest.approx(v.iloc[-1])
    else:
        assert "vix_move:VIX" not in facts
