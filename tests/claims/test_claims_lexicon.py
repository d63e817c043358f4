"""The tolerance table: documented examples, and properties checked against a plain reference."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from capscope.claims.lexicon import (
    VENDOR_SLACK,
    count_value,
    factor_matches,
    imprecise,
    matches,
    rounding_unit,
    word_number,
)
from capscope.claims.model import Hedge


def test_rounding_rule_examples_from_the_design():
    # "3.5%" is true for [3.45, 3.55)
    assert matches(3.5, Hedge.EXACT, 3.45)
    assert matches(3.5, Hedge.EXACT, 3.5499)
    assert not matches(3.5, Hedge.EXACT, 3.55)
    assert not matches(3.5, Hedge.EXACT, 3.4499)
    # "22%" covers [21.5, 22.5)
    assert matches(22, Hedge.EXACT, 21.5) and not matches(22, Hedge.EXACT, 22.5)
    # round integers: "120 points" -> [115, 125), "1,000 points" -> [950, 1050)
    assert rounding_unit(120, 0) == 5 and rounding_unit(1000, 0) == 50
    assert matches(1000, Hedge.EXACT, 1033) and not matches(1000, Hedge.EXACT, 1051)


def test_hedges():
    assert matches(13, Hedge.NEARLY, 12.2) and matches(13, Hedge.NEARLY, 13.4)
    assert not matches(13, Hedge.NEARLY, 13.6) and not matches(13, Hedge.NEARLY, 11.6)
    assert matches(1, Hedge.MORE_THAN, 1.01) and not matches(1, Hedge.MORE_THAN, 1.0)
    assert matches(8, Hedge.LESS_THAN, 7.9) and not matches(8, Hedge.LESS_THAN, 8.0)
    # about: one unit of the last stated digit either side (10 -> [9, 11]; 3.8 -> [3.7, 3.9];
    # a level to the cent stays to the cent: "approximately 2,521.95" is not 2,531.16)
    assert matches(10, Hedge.ABOUT, 11.0) and not matches(10, Hedge.ABOUT, 11.1)
    assert matches(3.8, Hedge.ABOUT, 3.7) and not matches(3.8, Hedge.ABOUT, 3.65)
    assert matches(2521.95, Hedge.ABOUT, 2521.96) and not matches(2521.95, Hedge.ABOUT, 2531.16)
    assert matches(40, Hedge.AS_MUCH_AS, 38) and not matches(40, Hedge.AS_MUCH_AS, 30)
    assert matches(40, Hedge.AS_MUCH_AS, 30, forecast=True)
    assert matches(5, Hedge.AT_LEAST, 4.6) and not matches(5, Hedge.AT_LEAST, 4.4)


def test_signs_and_non_finite():
    assert matches(-3.5, Hedge.EXACT, -3.52)
    assert not matches(3.5, Hedge.EXACT, -3.5)
    assert not matches(3.5, Hedge.EXACT, math.nan)
    assert not matches(math.inf, Hedge.EXACT, 3.0)
    assert not imprecise(3.5, Hedge.EXACT, math.nan)


def test_imprecise_is_close_but_outside():
    assert imprecise(3.5, Hedge.EXACT, 3.1)  # 0.35 off: within 25% of 3.5
    assert not imprecise(3.5, Hedge.EXACT, 2.0)  # far off: contradicted
    assert not imprecise(3.5, Hedge.EXACT, 3.5)  # a match is not imprecise
    assert not imprecise(3.5, Hedge.EXACT, -3.1)  # wrong direction


def test_factor_rule():
    # "triple" covers ratios [2.5, 3.5); both legs must move the same way
    assert factor_matches(3, Hedge.EXACT, 12.8, 4.3)
    assert not factor_matches(3, Hedge.EXACT, 12.8, 3.6)
    assert not factor_matches(3, Hedge.EXACT, 12.8, -4.0)
    assert not factor_matches(3, Hedge.EXACT, 12.8, 0.0)


def test_number_words():
    assert word_number("five") == 5 and word_number("twenty-two") == 22
    assert count_value("fifth") == 5 and count_value("5th") == 5 and count_value("four") == 4
    assert word_number("banana") is None


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
pos = st.floats(min_value=0.01, max_value=1e4, allow_nan=False, allow_infinity=False)


@given(claimed=pos, actual=pos, decimals=st.integers(0, 3))
def test_exact_matches_plain_rounding_reference(claimed, actual, decimals):
    claimed = round(claimed, decimals)
    if claimed == 0:
        return
    h = rounding_unit(claimed, decimals)
    a = round(actual, 10)
    if decimals >= 1:
        # vendors' closes differ by a few cents, so VENDOR_SLACK widens both ends
        reference = claimed - h - VENDOR_SLACK <= a <= claimed + h + VENDOR_SLACK
    else:
        reference = claimed - h <= a < claimed + h
    assert matches(claimed, Hedge.EXACT, actual, decimals=decimals) == reference


@given(claimed=pos, actual=pos, hedge=st.sampled_from(list(Hedge)))
def test_match_and_imprecise_are_exclusive(claimed, actual, hedge):
    assert not (matches(claimed, hedge, actual) and imprecise(claimed, hedge, actual))


@given(claimed=pos, actual=pos)
def test_bounds_are_consistent(claimed, actual):
    # more than x and less than x never both hold; at least x holds whenever more than x does
    assert not (matches(claimed, Hedge.MORE_THAN, actual) and matches(claimed, Hedge.LESS_THAN, actual))
    if matches(claimed, Hedge.MORE_THAN, actual):
        assert matches(claimed, Hedge.AT_LEAST, actual)


@given(claimed=finite, actual=finite, hedge=st.sampled_from(list(Hedge)))
def test_never_raises(claimed, actual, hedge):
    matches(claimed, hedge, actual)
    imprecise(claimed, hedge, actual)


def test_imprecise_bands_per_measure():
    # percent change: within 20% of the true value and max(2 points, 10% of it)
    assert imprecise(3.5, Hedge.EXACT, 3.1, decimals=1, measure="pct")
    assert not imprecise(54.8, Hedge.EXACT, 45.52, decimals=1, measure="pct")  # 9.2 > 4.55
    assert not imprecise(0.97, Hedge.EXACT, 0.773, decimals=2, measure="pct")  # 0.17 > 0.155
    # a level: within 1%; points: within 20%
    assert imprecise(14165.53, Hedge.EXACT, 14164.53, decimals=2, measure="level")
    assert not imprecise(1872.03, Hedge.EXACT, 1827.03, decimals=2, measure="level")
    assert imprecise(201, Hedge.EXACT, 201.58, measure="points")
    assert not imprecise(1000, Hedge.EXACT, 700, measure="points")
