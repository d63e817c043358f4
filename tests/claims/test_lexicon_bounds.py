"""``matches`` and ``imprecise`` read the hedge table's bounds as plain values; they must give
what the Interval rules give: membership in ``accepted(...)`` after rounding to 10 places, and
the imprecise slack of 25% of the figure or three rounding units (module rules)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.claims.lexicon import (
    IMPRECISE_RELATIVE,
    IMPRECISE_UNITS,
    accepted,
    imprecise,
    matches,
    rounding_unit,
)
from capscope.claims.model import Hedge

NUMBERS = st.one_of(st.floats(-1e6, 1e6), st.sampled_from([math.nan, math.inf, -math.inf]),
                    st.integers(-5000, 5000), st.sampled_from([0.0, 3.5, 3.45, 3.55, 13, 13.6]))


def _sign_ok(c: float, a: float) -> bool:
    return c == 0 or a == 0 or (c > 0) == (a > 0)


def _ok(c: float, a: float) -> bool:
    return all(isinstance(x, int | float) and math.isfinite(x) for x in (c, a)) and _sign_ok(c, a)


@settings(max_examples=600, deadline=None)
@given(c=NUMBERS, a=NUMBERS, hedge=st.sampled_from(list(Hedge)),
       decimals=st.one_of(st.none(), st.integers(0, 4)), word=st.booleans(),
       forecast=st.booleans())
def test_matches_and_imprecise_follow_the_interval(c, a, hedge, decimals, word, forecast):
    if not _ok(c, a):  # not finite numbers, or opposite signs: never a match, never close
        assert matches(c, hedge, a, decimals=decimals, word=word, forecast=forecast) is False
        assert imprecise(c, hedge, a, decimals=decimals, word=word) is False
        return
    iv = accepted(c, hedge, decimals=decimals, word=word, forecast=forecast)
    want = round(abs(a), 10) in iv
    assert matches(c, hedge, a, decimals=decimals, word=word, forecast=forecast) is want
    iv0 = accepted(c, hedge, decimals=decimals, word=word)
    if round(abs(a), 10) in iv0:
        want_imp = False
    else:
        gap = iv0.low - abs(a) if abs(a) < iv0.low else abs(a) - iv0.high
        want_imp = gap <= max(IMPRECISE_RELATIVE * abs(c),
                              IMPRECISE_UNITS * rounding_unit(abs(c), decimals, word=word))
    assert imprecise(c, hedge, a, decimals=decimals, word=word) is want_imp


def test_hand_derived_bounds():
    # "3.5%" covers [3.45, 3.55) by rounding; written with its decimal (decimals=1) the vendor
    # slack widens it to [3.43, 3.57]; "nearly 13" covers [min(0.9 * 13, 12.5), 13.5)
    b = accepted(3.5, Hedge.EXACT, decimals=1)
    assert (b.low, b.high, b.low_open, b.high_open) == (pytest.approx(3.43), pytest.approx(3.57), False, False)
    assert matches(3.5, Hedge.EXACT, 3.46) and not matches(3.5, Hedge.EXACT, 3.55)
    assert matches(3.5, Hedge.EXACT, 3.56, decimals=1) and not matches(3.5, Hedge.EXACT, 3.58, decimals=1)
    assert matches(13, Hedge.NEARLY, 11.8) and not matches(13, Hedge.NEARLY, 13.6)
    assert not matches(3.5, Hedge.EXACT, -3.5) and not imprecise(3.5, Hedge.EXACT, -3.1)
    assert imprecise(3.5, Hedge.EXACT, 3.1)  # 0.35 below 3.45, within 25% of 3.5
    assert not imprecise(3.5, Hedge.EXACT, 2.0)  # 1.45 below: contradicted
