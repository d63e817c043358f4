"""Easing/tightening cycles: known cycle starts, the as-of rule, and the two detection kernels."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.errors import DataUnavailable
from capscope.fed.cycles import (
    DFF_SWING_PP,
    MIN_REVERSAL_BP,
    _runs,
    _zigzag,
    current_cycle,
    cycle_history,
    cycles,
)

# First moves of the cycles as commonly dated from the FOMC statements.
EASING_STARTS = {"1989-06-06": -25, "1995-07-06": -25, "1998-09-29": -25, "2001-01-03": -50,
                 "2007-09-18": -50, "2019-07-31": -25, "2024-09-18": -50}
TIGHTENING_STARTS = {"1994-02-04": 25, "1999-06-30": 25, "2004-06-30": 25, "2015-12-16": 25,
                     "2022-03-16": 25}


@pytest.fixture(scope="module")
def all_cycles(store):
    return cycles("2026-08-21", store=store)


def _by_start(found, day):
    hits = [c for c in found if c.first_move == pd.Timestamp(day)]
    assert len(hits) == 1, f"no single cycle starting {day}"
    return hits[0]


@pytest.mark.parametrize("day,bp", sorted(EASING_STARTS.items()))
def test_easing_cycle_starts(all_cycles, day, bp):
    c = _by_start(all_cycles, day)
    assert c.direction == "easing" and c.first_move_bp == bp


@pytest.mark.parametrize("day,bp", sorted(TIGHTENING_STARTS.items()))
def test_tightening_cycle_starts(all_cycles, day, bp):
    c = _by_start(all_cycles, day)
    assert c.direction == "tightening" and c.first_move_bp == bp


def test_recent_cycles_in_full(all_cycles):
    hikes = _by_start(all_cycles, "2022-03-16")
    assert (hikes.n_moves, hikes.total_bp, hikes.last_move) == (11, 525, pd.Timestamp("2023-07-26"))
    assert (hikes.start_level, hikes.end_level) == (0.25, 5.50)
    cuts = _by_start(all_cycles, "2024-09-18")
    # the Dec-2024 -> Sep-2025 pause (9 months) does not end the cycle
    assert (cuts.n_moves, cuts.total_bp, cuts.last_move) == (6, -175, pd.Timestamp("2025-12-10"))
    assert cuts.ongoing and "began with a 50 bp cut" in cuts.describe()
    assert cuts.first_move_words == "half-point cut"
    assert hikes.first_move_words == "quarter-point hike"
    assert _by_start(all_cycles, "1994-02-04").first_move_words == "quarter-point hike"
    assert [c for c in all_cycles if c.source == "DFF"][0].first_move_words is None
    gfc = _by_start(all_cycles, "2007-09-18")
    assert (gfc.n_moves, gfc.total_bp, gfc.end_level) == (10, -500, 0.25)
    covid = _by_start(all_cycles, "2019-07-31")
    assert covid.last_move == pd.Timestamp("2020-03-15") and covid.total_bp == -225
    y2015 = _by_start(all_cycles, "2015-12-16")
    assert (y2015.n_moves, y2015.total_bp) == (9, 225)


def test_cycles_alternate_after_1982_and_cover_all_moves(store, all_cycles):
    from capscope.fed.policy import decisions

    late = [c for c in all_cycles if c.source != "DFF"]
    moves = [m for c in late for m in c.moves]
    table = decisions("2026-08-21", store=store)
    assert [m["date"] for m in moves] == list(table["announced"])
    for c in late:
        assert np.sign(c.total_bp) == c.sign
        if c.source == "decisions":
            assert sum(m["change_bp"] for m in c.moves) == pytest.approx(c.total_bp)
            assert c.end_level - c.start_level == pytest.approx(c.total_bp / 100)


def test_only_the_last_cycle_is_ongoing(all_cycles):
    assert [c.ongoing for c in all_cycles].count(True) == 1 and all_cycles[-1].ongoing


def test_asof_uses_no_later_decisions(store):
    c = current_cycle("2024-10-01", store=store)
    assert c is not None and c.n_moves == 1 and c.total_bp == -50
    mid = current_cycle("2023-01-01", store=store)
    assert mid.direction == "tightening" and mid.n_moves == 7  # 2022-03 .. 2022-12 hikes
    assert current_cycle("2021-06-01", store=store) is None  # 15 months after the last cut
    assert current_cycle("2014-01-01", store=store) is None
    # the hold since 2025-12-10 is within 12 months at the data end
    assert current_cycle(store=store).first_move == pd.Timestamp("2024-09-18")


def test_dff_cycles_before_1982(all_cycles):
    early = [c for c in all_cycles if c.source == "DFF"]
    # the data start (1954-07) is not a turning point: the first cycle is the 1957 easing
    assert early[0].first_move == pd.Timestamp("1957-11-01")
    easing = [c.first_move.strftime("%Y-%m") for c in early if c.direction == "easing"]
    # monthly DFF peaks read off the data: 1957-10 3.50, 1959-11 4.00, 1966-11 5.76,
    # 1969-08 9.19, 1974-07 12.92; first_move is the month after the peak
    for ym in ("1957-11", "1959-12", "1966-12", "1969-09", "1974-08"):
        assert ym in easing
    for c in early:
        assert c.n_moves is None and c.first_move_bp is None
        assert abs(c.total_bp) >= DFF_SWING_PP * 100 - 1e-6
    joined = [c for c in all_cycles if c.source == "DFF+decisions"]
    assert len(joined) == 1 and joined[0].direction == "easing"
    assert joined[0].first_move == pd.Timestamp("1982-05-01")  # DFF peak 1982-04 (14.94)
    assert joined[0].last_move == pd.Timestamp("1982-12-14")


def test_dff_cycles_asof_before_target_era(store):
    found = cycles("1975-01-01", store=store)
    assert found[-1].ongoing and found[-1].direction == "easing"
    assert found[-1].first_move == pd.Timestamp("1974-08-01")
    with pytest.raises(DataUnavailable):
        cycles("1950-01-01", store=store)
    # between the start of the target data and its first change the DFF leg is still running
    edge = current_cycle("1982-09-28", store=store)
    assert edge is not None and edge.direction == "easing" and edge.source == "DFF"
    assert edge.first_move == pd.Timestamp("1982-05-01")


def test_cycle_history_result(store):
    h = cycle_history(since=2015, store=store)
    assert [c.first_move.year for c in h.cycles] == [2015, 2019, 2022, 2024]
    assert h.current is h.cycles[-1]
    assert "50 bp cut" in h.takeaway
    frame = h.to_frame()
    assert list(frame["direction"]) == ["tightening", "easing", "tightening", "easing"]
    d = h.to_dict()
    assert d["cycles"][-1]["moves"][0] == {"date": "2024-09-18", "change_bp": -50.0}


# ---- kernels ---------------------------------------------------------------------------

def _zigzag_reference(x: list[float], swing: float) -> list[int]:
    """Plain restatement: from each confirmed pivot, scan forward for the first reversal of
    ``swing`` measured from the running extreme; that extreme is the next pivot."""
    n = len(x)
    # find the first confirmation from the start
    for k in range(1, n):
        hi = max(range(k + 1), key=lambda i: (x[i], -i))
        lo = min(range(k + 1), key=lambda i: (x[i], i))
        if x[hi] - x[k] >= swing or x[k] - x[lo] >= swing:
            break
    else:
        return []
    pivots = []
    # direction set by whichever confirmed first (highs checked first, as in the kernel)
    if x[hi] - x[k] >= swing:
        pivots, trend = [hi], -1
    else:
        pivots, trend = [lo], 1
    start = k
    while True:
        ext = start
        found = False
        for j in range(start, n):
            if trend == -1:
                if x[j] < x[ext]:
                    ext = j
                elif x[j] - x[ext] >= swing:
                    found = True
                    break
            else:
                if x[j] > x[ext]:
                    ext = j
                elif x[ext] - x[j] >= swing:
                    found = True
                    break
        if not found:
            return pivots
        pivots.append(ext)
        trend, start = -trend, j


values = st.lists(st.sampled_from([0.0, 0.5, 1.0, 1.25, 2.0, 3.0, 3.5]) | st.floats(0, 20),
                  min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(values)
def test_zigzag_matches_reference_and_properties(xs):
    x = np.array(xs, dtype=float)
    pivots, trend, ext = _zigzag(x, 1.25)
    assert pivots == _zigzag_reference(xs, 1.25)
    assert pivots == sorted(set(pivots))
    for a, b in zip(pivots, pivots[1:], strict=False):
        assert abs(x[b] - x[a]) >= 1.25 - 1e-12
        seg = x[a:b + 1]
        assert x[a] in (seg.max(), seg.min()) and x[b] in (seg.max(), seg.min())
    if len(x) == 1:
        assert pivots == [] and trend == 0


bp_moves = st.lists(st.sampled_from([-100, -75, -50, -37.5, -25, -12.5, -6.25,
                                     6.25, 12.5, 25, 50, 75]), min_size=1, max_size=30)


@settings(max_examples=300, deadline=None)
@given(bp_moves)
def test_runs_partition_and_absorb_only_small_counter_runs(changes):
    runs = _runs(changes)
    assert [i for r in runs for i in r] == list(range(len(changes)))
    for r in runs:
        direction = np.sign(changes[r[0]])
        assert np.sign(changes[r[-1]]) == direction  # begins and ends with a move its own way
        # every maximal counter-run inside a cycle is small
        k = 0
        while k < len(r):
            if np.sign(changes[r[k]]) != direction:
                j = k
                while j < len(r) and np.sign(changes[r[j]]) != direction:
                    j += 1
                assert abs(sum(changes[i] for i in r[k:j])) < MIN_REVERSAL_BP
                k = j
            else:
                k += 1
    for a, b in zip(runs, runs[1:], strict=False):
        assert np.sign(changes[a[0]]) != np.sign(changes[b[0]])  # neighbours alternate


def test_runs_examples():
    assert _runs([25.0]) == [[0]]
    assert _runs([-25, -25, 25, 25]) == [[0, 1], [2, 3]]
    # a 6.25 bp counter-move between cuts is absorbed; a 50 bp one is not
    assert _runs([-25, 6.25, -25]) == [[0, 1, 2]]
    assert _runs([-50, 50, -50]) == [[0], [1], [2]]
    # a counter-run larger than a neighbour is a real reversal
    assert _runs([-6.25, 12.5, -6.25]) == [[0], [1], [2]]
