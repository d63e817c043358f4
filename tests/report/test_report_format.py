"""The report's number formatting: what is printed reads back as the value, rounded."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from capscope.report._format import day, num, pct

finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@given(finite)
def test_pct_reads_back_within_half_a_unit_of_the_last_digit(x):
    text = pct(x)
    assert text.endswith("%")
    assert text[0] in "+-"
    assert math.isclose(float(text[:-1]), x, abs_tol=0.005 + 1e-9 * abs(x))


@given(finite)
def test_num_reads_back(x):
    assert math.isclose(float(num(x).replace(",", "")), x, abs_tol=0.005 + 1e-9 * abs(x))


def test_missing_values_say_so():
    assert pct(None) == pct(float("nan")) == num(None) == num(float("nan")) == "n/a"
    assert day(None) == "n/a"
    assert day("2024-07-16") == "2024-07-16"
    assert pct(3.5) == "+3.50%" and pct(-0.004) == "-0.00%" and pct(2, sign=False) == "2.00%"
