"""What followed earlier streaks ("In the 228 earlier runs of five or more straight gains since
Sept. 10, 1987, the Russell 2000 was higher a month later 134 times"): both counts against a
brute-force loop over the real closes, with a wrong twin for each."""

from __future__ import annotations

import pytest

from capscope.claims.check import check_text
from capscope.data.series import series


def _reference(day: str, length: int, up: bool, horizon: int) -> tuple[int, int]:
    c = series("RUT", end=day).dropna().tolist()
    ends, run = [], 0
    for i in range(1, len(c)):
        run = run + 1 if (c[i] > c[i - 1] if up else c[i] < c[i - 1]) else 0
        nxt = i + 1 < len(c) and (c[i + 1] > c[i] if up else c[i + 1] < c[i])
        if run >= length and not nxt and i < len(c) - 1:
            ends.append(i)
    return len(ends), sum(1 for i in ends if c[i + horizon] > c[i])


def _verdicts(text: str, day: str) -> list[str]:
    return [i.verdict.value for i in check_text(text, published=day).items]


@pytest.mark.parametrize(("day", "length", "up"), [("2024-07-16", 5, True),
                                                   ("2001-09-17", 6, False)])
def test_base_rate_counts(day, length, up):
    n, k = _reference(day, length, up, 21)
    what = "gains" if up else "losses"
    words = {5: "five", 6: "six"}[length]
    for form in ("In the {n} earlier runs of {w} or more straight {what} since Sept. 10, 1987, "
                 "the Russell 2000 was higher a month later {k} times.",
                 "After the {n} earlier runs of {w} or more straight {what} since Sept. 10, "
                 "1987, the Russell 2000 was higher a month later in {k} of them."):
        assert _verdicts(form.format(n=n, w=words, what=what, k=k), day) == ["supported"]
        assert _verdicts(form.format(n=n + 1, w=words, what=what, k=k), day) == ["contradicted"]
        assert _verdicts(form.format(n=n, w=words, what=what, k=k - 1), day) == ["contradicted"]


def test_a_history_before_the_data_is_unverifiable():
    # the Russell 2000's data begin 1987-09-10: streaks earlier in 1987 cannot be counted
    got = _verdicts("In the 228 earlier runs of five or more straight gains since 1987, the "
                    "Russell 2000 was higher a month later 134 times.", "2024-07-16")
    assert got == ["unverifiable"]
