"""capscope.stats.rarity against brute-force twins: plain pandas loops over the real closes."""

from __future__ import annotations

import pandas as pd
import pytest

from capscope.data.series import series
from capscope.stats.rarity import (
    ma_side_rarity,
    month_streak_rarity,
    move_rarity,
    record_rarity,
    relative_rarity,
    since_rarity,
    streak_rarity,
)

DAYS = ["1990-10-16", "2008-10-13", "2020-03-16", "2024-07-16", "2024-12-18", "2026-08-21"]


def _place(pop: list[float], value: float) -> tuple[float, int, int]:
    pop = [x for x in pop if x == x]
    less = sum(1 for x in pop if x < value)
    return 100.0 * less / len(pop), len(pop) - less, len(pop)


def _closes(symbol: str, day: str) -> list[float]:
    return series(symbol, end=day).dropna().tolist()


def _check(r, expected: tuple[float, int, int]) -> None:
    assert r.percentile == pytest.approx(expected[0])
    assert (r.as_extreme, r.n) == expected[1:]


@pytest.mark.parametrize("day", DAYS)
def test_move_and_streak(day):
    c = _closes("RUT", day)
    moves = [abs(c[i] / c[i - 1] - 1) * 100 for i in range(1, len(c))]
    _check(move_rarity("RUT", day), _place(moves, moves[-1]))
    runs, up, down = [], 0, 0
    for i in range(len(c)):
        up = up + 1 if i and c[i] > c[i - 1] else 0
        down = down + 1 if i and c[i] < c[i - 1] else 0
        runs.append(max(up, down))
    _check(streak_rarity("RUT", day), _place(runs, runs[-1]))


@pytest.mark.parametrize("day", DAYS[:4])
def test_since_and_record(day):
    c = _closes("RUT", day)

    def reach(i: int, high: bool) -> int:
        for j in range(i - 1, -1, -1):
            if (c[j] >= c[i]) if high else (c[j] <= c[i]):
                return i - j
        return i + 1

    for high, kind in ((True, "high"), (False, "low")):
        pop = [reach(i, high) for i in range(len(c))]
        _check(since_rarity("RUT", day, kind), _place(pop, pop[-1]))
    below, peak = [], 0.0
    for x in c:
        peak = max(peak, x)
        below.append(-(1 - x / peak) * 100)  # closer to the record is more extreme
    _check(record_rarity("RUT", day), _place(below, below[-1]))


@pytest.mark.parametrize("day", ["2024-07-16", "2020-03-16"])
@pytest.mark.parametrize("n", [5, 21])
def test_relative(day, n):
    both = pd.concat([series("RUT", end=day), series("SPX", end=day)], axis=1,
                     join="inner").dropna()
    a, b = both.iloc[:, 0].tolist(), both.iloc[:, 1].tolist()
    diffs = [(a[i] / a[i - n] - b[i] / b[i - n]) * 100 for i in range(n, len(a))]
    sign = 1 if diffs[-1] >= 0 else -1
    _check(relative_rarity("RUT", "SPX", n, day), _place([d * sign for d in diffs],
                                                          diffs[-1] * sign))
    assert relative_rarity("RUT", "SPX", n, day).value == pytest.approx(diffs[-1])


@pytest.mark.parametrize("day", ["2024-11-29", "2024-07-16", "1995-09-29"])
def test_month_streak(day):
    c = _closes("RUT", day)
    s = series("RUT", end=day).dropna()
    month_end = s.groupby(s.index.to_period("M")).last().tolist()
    runs, up, down = [], 0, 0
    for i in range(len(month_end)):
        up = up + 1 if i and month_end[i] > month_end[i - 1] else 0
        down = down + 1 if i and month_end[i] < month_end[i - 1] else 0
        runs.append(max(up, down))
    assert c[-1] == month_end[-1]
    _check(month_streak_rarity("RUT", day), _place(runs, runs[-1]))


@pytest.mark.parametrize("day", ["2024-07-16", "2020-03-16", "2023-11-14"])
def test_ma_side(day):
    from capscope.stats.levels import moving_average

    s = series("RUT", end=day).dropna()
    avg = s.rolling(200).mean()
    runs, run, prev = [], 0, None
    for x, m in zip(s.tolist(), avg.tolist(), strict=True):
        if m != m:
            runs.append(float("nan"))
            continue
        side = x > m
        run = run + 1 if side == prev else 1
        prev = side
        runs.append(run)
    r = ma_side_rarity("RUT", day)
    _check(r, _place(runs, runs[-1]))
    assert r.value == moving_average("RUT", 200, day).sessions_on_side or \
        moving_average("RUT", 200, day).side_since is None
