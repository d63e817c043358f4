"""FedWatch arithmetic without the store: CME's worked example, edge cases, property tests.

The independent references here are (a) CME's published example, (b) hand arithmetic written out
in comments, (c) a day-by-day simulation of the effective rate that builds futures prices from a
known rate path (the chain must recover the path), and (d) a brute-force enumeration of every
path through the meetings for the convolution tree.
"""

from __future__ import annotations

import itertools
import math

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from capscope.errors import BadInput, DataUnavailable
from capscope.fed.fedwatch import (
    fedwatch_from_prices,
    floor_steps,
    meeting_split,
    move_distribution,
    outcome_tree,
    range_label,
    rate_after,
    rate_before,
)

CAL_2015 = ["2015-06-17", "2015-07-29", "2015-09-17", "2015-10-28", "2015-12-16"]


# -- CME's worked example ------------------------------------------------------------------
def cme_example(**kw):
    return fedwatch_from_prices({"2015-08": 99.8675, "2015-09": 99.805}, CAL_2015, (0.0, 0.25),
                                asof="2015-08-20", n_meetings=1, **kw)


def test_cme_september_2015_example_reproduced():
    # CME: FFER(start) = 100 - 99.8675 = 0.1325; implied Sept average 0.195; N = 30, M = 16;
    # FFER(end) = 30/14 * (0.195 - 16/30 * 0.1325) = 0.26643; P(hike) = 0.13393 / 0.25 = 53.6%.
    r = cme_example()
    c = r.evidence["chain"][0]
    assert (c.days_before, c.days_in_month, c.method) == (16, 30, "forward")
    assert c.start_rate == pytest.approx(0.1325, abs=1e-12)
    assert c.end_rate == pytest.approx(30 / 14 * (0.195 - 16 / 30 * 0.1325), abs=1e-12)
    assert round(c.end_rate, 4) == 0.2664
    o = r.meetings[0]
    assert round(o.p_hike, 3) == 0.536
    assert o.p_hike == pytest.approx((30 / 14 * (0.195 - 16 / 30 * 0.1325) - 0.1325) / 0.25)
    assert o.p_hold == pytest.approx(1 - o.p_hike)
    assert o.ranges == pytest.approx({"0.00-0.25": o.p_hold, "0.25-0.50": o.p_hike})
    assert r.probability("2015-09-17", 25) == pytest.approx(o.p_hike)
    assert r.probability("2015-09", outcome="hold") == pytest.approx(o.p_hold)
    assert r.probability("2015-09", outcome="cut") == 0.0


def test_meeting_day_counted_after_is_what_matches_cme():
    # Counting the meeting day with the days before (M = 17) gives 57.7%, not CME's 53.6%.
    m, n = meeting_split(pd.Timestamp("2015-09-17"))
    assert (m, n) == (16, 30)
    wrong = (rate_after(0.195, 0.1325, 17, 30) - 0.1325) / 0.25
    assert round(wrong, 3) == 0.577


# -- one meeting's arithmetic --------------------------------------------------------------
def test_half_and_three_quarter_point_moves():
    # 2024-09-18-like: range 5.25-5.50, August average 5.33, a fully priced 50 bp cut:
    # Sept average = (17 * 5.33 + 13 * 4.83) / 30.
    sep_avg = (17 * 5.33 + 13 * 4.83) / 30
    r = fedwatch_from_prices({"2024-08": 100 - 5.33, "2024-09": 100 - sep_avg},
                             ["2024-07-31", "2024-09-18", "2024-11-07"], (5.25, 5.50),
                             asof="2024-08-15", n_meetings=1)
    assert r.meetings[0].ranges == pytest.approx({"4.75-5.00": 1.0})
    assert r.probability("2024-09", -50) == pytest.approx(1.0)
    # 60 bp priced: 2.4 steps -> 60% of -50 bp, 40% of -75 bp.
    sep_avg = (17 * 5.33 + 13 * 4.73) / 30
    r = fedwatch_from_prices({"2024-08": 100 - 5.33, "2024-09": 100 - sep_avg},
                             ["2024-07-31", "2024-09-18", "2024-11-07"], (5.25, 5.50),
                             asof="2024-08-15", n_meetings=1)
    assert r.meetings[0].ranges == pytest.approx({"4.50-4.75": 0.4, "4.75-5.00": 0.6})
    assert r.probability("2024-09-18", -75) == pytest.approx(0.4)
    assert r.probability("2024-09-18", outcome="cut") == pytest.approx(1.0)


def test_move_distribution_rejects_nan():
    with pytest.raises(BadInput, match="not finite"):
        move_distribution(float("nan"), 1.0)


def test_move_distribution_hand_cases():
    assert move_distribution(5.33, 4.83) == pytest.approx({-2: 1.0})
    assert move_distribution(5.33, 4.73) == pytest.approx({-3: 0.4, -2: 0.6})
    assert move_distribution(1.0, 1.0) == {0: 1.0}
    assert move_distribution(0.1325, 0.1325 + 0.25 + 1e-12) == {1: 1.0}


def test_zero_lower_bound_keeps_ranges_non_negative_and_later_hikes_start_from_it():
    # From 0-0.25 a priced cut cannot happen: all of it stays at 0-0.25.
    r = fedwatch_from_prices({"2020-05": 100 - 0.05, "2020-06": 100 - 0.02},
                             ["2020-04-29", "2020-06-10", "2020-07-29"], (0.0, 0.25),
                             asof="2020-05-15", n_meetings=1)
    assert r.meetings[0].ranges == pytest.approx({"0.00-0.25": 1.0})
    assert r.meetings[0].p_cut == 0.0
    assert r.meetings[0].moves_bp[-25] > 0  # the meeting's own move was a cut
    # cut (clamped), then hike: ends one step above the floor, not back at it.
    assert outcome_tree([{-1: 1.0}, {1: 1.0}], floor=0) == [{0: 1.0}, {1: 1.0}]
    assert floor_steps(0.0) == 0 and floor_steps(0.25) == -1 and floor_steps(5.25) == -21


def test_meeting_on_the_first_of_a_month():
    # A meeting on the 1st: the whole month is after it (M = 0), so end = the month's average.
    r = fedwatch_from_prices({"2030-06": 100 - 2.00, "2030-07": 100 - 2.20},
                             ["2030-07-01", "2030-09-18"], (1.75, 2.00), asof="2030-06-10",
                             n_meetings=1)
    c = r.evidence["chain"][0]
    assert c.days_before == 0 and c.method == "forward"
    assert c.end_rate == pytest.approx(2.20)
    assert r.meetings[0].ranges == pytest.approx({"1.75-2.00": 0.2, "2.00-2.25": 0.8})
    with pytest.raises(BadInput):
        rate_before(2.2, 2.2, 0, 31)


def test_meeting_on_the_last_day_anchored_backward():
    # 2024-01-31 with a December meeting before it and none in February: backward.
    # end = Feb average 5.20; start = (31 * 5.33 - 1 * 5.20) / 30 = 5.334333...
    r = fedwatch_from_prices({"2024-01": 100 - 5.33, "2024-02": 100 - 5.20},
                             ["2023-12-13", "2024-01-31", "2024-03-20"], (5.25, 5.50),
                             asof="2024-01-05", n_meetings=1)
    c = r.evidence["chain"][0]
    assert c.method == "backward" and (c.days_before, c.days_in_month) == (30, 31)
    assert c.start_rate == pytest.approx((31 * 5.33 - 5.20) / 30)
    assert c.end_rate == pytest.approx(5.20)


def test_last_day_meeting_forward_warns_about_amplification():
    r = fedwatch_from_prices({"2030-05": 100 - 2.0, "2030-06": 100 - 2.004},
                             ["2030-03-20", "2030-06-30", "2030-07-29"], (1.75, 2.0),
                             asof="2030-05-02", n_meetings=1)
    c = r.evidence["chain"][0]
    assert c.method == "forward" and c.amplification == pytest.approx(30.0)
    assert c.end_rate == pytest.approx(2.0 + 30 * 0.004)
    assert any("magnifies price errors 30x" in w for w in r.warnings)


def test_consecutive_meeting_months_chain():
    # 2026-style: Sep 16, Oct 28, Dec 9; August and November free.
    # Sep forward from Aug: end = (30*3.68 - 15*3.63)/15 = 3.73.
    # Oct backward from Nov: end = 3.79, start = (31*3.74 - 4*3.79)/27.
    # Dec forward from Nov: end = (31*3.865 - 8*3.79)/23.
    prices = {"2026-08": 96.37, "2026-09": 96.32, "2026-10": 96.26, "2026-11": 96.21,
              "2026-12": 96.135}
    cal = ["2026-07-29", "2026-09-16", "2026-10-28", "2026-12-09", "2027-01-27"]
    r = fedwatch_from_prices(prices, cal, (3.50, 3.75), asof="2026-08-21")
    chain = r.evidence["chain"]
    assert [c.method for c in chain] == ["forward", "backward", "forward"]
    assert chain[0].end_rate == pytest.approx(3.73)
    assert chain[1].start_rate == pytest.approx((31 * 3.74 - 4 * 3.79) / 27)
    assert chain[2].end_rate == pytest.approx((31 * 3.865 - 8 * 3.79) / 23)
    p1 = 0.4
    p2 = (3.79 - (31 * 3.74 - 4 * 3.79) / 27) / 0.25
    assert r.meetings[1].ranges["3.50-3.75"] == pytest.approx((1 - p1) * (1 - p2))
    assert r.meetings[1].ranges["4.00-4.25"] == pytest.approx(p1 * p2)


def test_three_meeting_months_in_a_row_chain_forward():
    # Nov 5, Dec 16 2020 and Jan 27 2021 with October free: Nov forward from Oct, Dec chained
    # from Nov's end.
    prices = {"2020-10": 100 - 0.09, "2020-11": 100 - 0.09, "2020-12": 100 - 0.09,
              "2021-01": 100 - 0.08, "2021-02": 100 - 0.08}
    cal = ["2020-09-16", "2020-11-05", "2020-12-16", "2021-01-27", "2021-03-17"]
    r = fedwatch_from_prices(prices, cal, (0.0, 0.25), asof="2020-10-05")
    assert [c.method for c in r.evidence["chain"]] == ["forward", "chained-forward", "backward"]


def test_first_meeting_chained_backward_when_no_neighbour_is_free():
    # As of 2020-11-10 (the Nov 5 meeting passed; October expired): Dec 16 has meetings on both
    # sides, so it is pinned from the Jan 27 meeting, which is pinned backward on February.
    prices = {"2020-11": 100 - 0.09, "2020-12": 100 - 0.09, "2021-01": 100 - 0.08,
              "2021-02": 100 - 0.08}
    cal = ["2020-11-05", "2020-12-16", "2021-01-27", "2021-03-17"]
    r = fedwatch_from_prices(prices, cal, (0.0, 0.25), asof="2020-11-10")
    assert [c.method for c in r.evidence["chain"]] == ["chained-backward", "backward"]
    jan, dec = r.evidence["chain"][1], r.evidence["chain"][0]
    assert dec.end_rate == pytest.approx(jan.start_rate)


# -- bad input -------------------------------------------------------------------------------
def test_missing_contract_names_the_months_needed():
    with pytest.raises(DataUnavailable, match=r"2015-09 \(ZQU15\)") as e:
        fedwatch_from_prices({"2015-08": 99.8675}, CAL_2015, (0, 0.25), asof="2015-08-20",
                             price_date="2015-08-20")
    assert "capscope fedwatch --futures FILE" in e.value.one_line()
    with pytest.raises(DataUnavailable, match=r"2015-08 \(ZQQ15\), 2015-09 \(ZQU15\)"):
        fedwatch_from_prices({"2016-01": 99.6}, CAL_2015, (0, 0.25), asof="2015-08-20")


@pytest.mark.parametrize("price", [0.0, -1.0, 100.01, float("nan"), float("inf")])
def test_prices_outside_0_100_rejected(price):
    with pytest.raises(BadInput, match=r"outside \(0, 100\]"):
        fedwatch_from_prices({"2015-08": 99.8675, "2015-09": price}, CAL_2015, (0, 0.25),
                             asof="2015-08-20")


def test_price_of_exactly_100_is_a_zero_rate():
    r = fedwatch_from_prices({"2015-08": 100.0, "2015-09": 100.0}, CAL_2015, (0, 0.25),
                             asof="2015-08-20", n_meetings=1)
    assert r.meetings[0].ranges == {"0.00-0.25": 1.0}


def test_bad_meeting_counts_and_arguments():
    with pytest.raises(BadInput, match="at least 1"):
        fedwatch_from_prices({"2015-08": 99.8675, "2015-09": 99.805}, CAL_2015, (0, 0.25),
                             asof="2015-08-20", n_meetings=0)
    with pytest.raises(BadInput, match="only 3 scheduled"):
        fedwatch_from_prices({"2015-08": 99.8675}, CAL_2015, (0, 0.25), asof="2015-08-20",
                             n_meetings=4)
    with pytest.raises(BadInput, match="two FOMC meetings"):
        fedwatch_from_prices({"2015-08": 99.8}, ["2015-09-01", "2015-09-17"], (0, 0.25))
    with pytest.raises(BadInput, match="not a target range"):
        fedwatch_from_prices({"2015-08": 99.8}, CAL_2015, (0.5, 0.25))
    r = cme_example()
    with pytest.raises(BadInput, match="multiple of 25"):
        r.probability("2015-09", 10)
    with pytest.raises(BadInput, match="unknown outcome"):
        r.probability("2015-09", outcome="pause")
    with pytest.raises(BadInput, match="either"):
        r.probability("2015-09")
    with pytest.raises(BadInput, match="no FOMC meeting"):
        r.probability("2015-10", 25)
    with pytest.raises(BadInput, match="unknown basis"):
        r.probability("2015-09", 25, basis="cumulative")


def test_views_and_labels():
    r = cme_example()
    assert list(r.to_frame("conditional").columns) == ["0.00-0.25", "0.25-0.50"]
    cur = r.to_frame("current")
    assert cur["p_hike"].iloc[0] == pytest.approx(r.meetings[0].p_hike)
    assert cur["likeliest"].iloc[0] == "0.25-0.50"
    assert range_label(4.75, 5.0) == "4.75-5.00"
    assert range_label(5.25, 5.25) == "5.25"
    assert range_label(9.4375, 9.4375) == "9.4375"
    d = r.to_dict()
    assert d["meetings"][0]["ranges"]["0.25-0.50"] == pytest.approx(r.meetings[0].p_hike)
    assert d["evidence"]["chain"][0]["method"] == "forward"
    with pytest.raises(BadInput):
        r.to_frame("total")


# -- property tests ---------------------------------------------------------------------------
rates = st.floats(0.0, 12.0, allow_nan=False)


@given(rates, rates)
def test_move_distribution_properties(start, end):
    dist = move_distribution(start, end)
    assert sum(dist.values()) == pytest.approx(1.0)
    assert all(0 <= p <= 1 for p in dist.values())
    assert len(dist) in (1, 2)
    if len(dist) == 2:
        a, b = sorted(dist)
        assert b == a + 1
    mean = sum(k * p for k, p in dist.items())
    assert mean == pytest.approx((end - start) / 0.25, abs=1e-6)


@given(rates, st.integers(-8, 8))
def test_whole_step_moves_are_certain(start, k):
    # ties: a move landing exactly on a 25 bp step is that step with probability 1
    assert move_distribution(start, start + k * 0.25) == {k: 1.0}


@given(st.dates(min_value=pd.Timestamp("1990-01-01").date(),
                max_value=pd.Timestamp("2040-12-31").date()), rates, rates)
def test_rate_after_and_before_invert_the_month_average(day, start, end):
    m, n = meeting_split(pd.Timestamp(day))
    avg = (m * start + (n - m) * end) / n
    assert rate_after(avg, start, m, n) == pytest.approx(end, abs=1e-9)
    if m > 0:
        assert rate_before(avg, end, m, n) == pytest.approx(start, abs=1e-9)


def _brute_tree(moves, floor):
    """Every path through the meetings, clamped at the floor at each step."""
    out = []
    for k in range(1, len(moves) + 1):
        dist: dict[int, float] = {}
        for path in itertools.product(*[list(m.items()) for m in moves[:k]]):
            level, prob = 0, 1.0
            for step, p in path:
                level = max(level + step, floor) if floor is not None else level + step
                prob *= p
            dist[level] = dist.get(level, 0.0) + prob
        out.append(dist)
    return out


move = st.tuples(st.integers(-3, 3), st.floats(0, 1)).map(
    lambda t: {t[0]: 1.0} if t[1] in (0.0, 1.0) else {t[0]: 1 - t[1], t[0] + 1: t[1]})


@given(st.lists(move, min_size=1, max_size=5), st.one_of(st.none(), st.integers(-6, 0)))
def test_tree_matches_brute_force_enumeration(moves, floor):
    tree = outcome_tree(moves, floor)
    brute = _brute_tree(moves, floor)
    for got, want in zip(tree, brute, strict=True):
        keys = set(got) | {k for k, v in want.items() if v > 0}
        for k in keys:
            assert got.get(k, 0.0) == pytest.approx(want.get(k, 0.0), abs=1e-12)
        assert sum(got.values()) == pytest.approx(1.0)
        if floor is not None:
            assert min(got) >= floor


def _simulated_prices(meetings, levels, months):
    """Futures prices from a daily effective-rate path: the rate is levels[j] from meeting j-1's
    day (inclusive, CME's convention) until meeting j's day."""
    prices = {}
    for mk in months:
        days = pd.date_range(f"{mk}-01", periods=pd.Period(mk).days_in_month, freq="D")
        total = 0.0
        for d in days:
            j = sum(1 for m in meetings if m <= d)
            total += levels[j]
        prices[mk] = 100 - total / len(days)
    return prices


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 2), st.integers(1, 31)), min_size=1, max_size=5),
    st.lists(st.floats(0.0, 8.0, allow_nan=False), min_size=6, max_size=6),
)
def test_chain_recovers_a_simulated_rate_path(gaps, levels):
    # Meetings months apart by 1..3 (gap 0 -> consecutive months), any day incl. 1st and 31st.
    months, mk = [], pd.Period("2030-02", freq="M")
    meetings = []
    for gap, day in gaps:
        mk = mk + 1 + gap
        d = min(day, mk.days_in_month)
        meetings.append(pd.Timestamp(year=mk.year, month=mk.month, day=d))
    first = pd.Period("2030-02", freq="M")
    months = [str(p) for p in pd.period_range(first, mk + 1, freq="M")]
    prices = _simulated_prices(meetings, levels, months)
    try:
        r = fedwatch_from_prices(prices, meetings, (0.0, 0.25), asof="2030-02-01",
                                 n_meetings=len(meetings))
    except DataUnavailable:
        # only when a meeting on the 1st sits between two meeting months with nothing to pin it
        assume(False)
    for k, c in enumerate(r.evidence["chain"]):
        tol = 1e-7 * c.amplification ** 2
        assert c.start_rate == pytest.approx(levels[k], abs=tol)
        assert c.end_rate == pytest.approx(levels[k + 1], abs=tol)


@given(st.floats(0.01, 99.99), st.floats(0.01, 99.99))
def test_single_meeting_probabilities_sum_to_one(p_prev, p_meet):
    r = fedwatch_from_prices({"2015-08": p_prev, "2015-09": p_meet}, CAL_2015, (2.0, 2.25),
                             asof="2015-08-20", n_meetings=1)
    o = r.meetings[0]
    assert o.p_cut + o.p_hold + o.p_hike == pytest.approx(1.0)
    assert sum(o.ranges.values()) == pytest.approx(1.0)
    assert all(not lab.startswith("-") for lab in o.ranges)
    assert math.isfinite(o.implied_rate)
