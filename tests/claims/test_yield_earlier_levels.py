"""A yield's earlier level, "from" the one before: wire copy names the note with the country inside
the maturity's words ("the 10-year U.S. Treasury note", "the US 10-Year Treasury", "the 2-year
T-note"), puts the level's own day before the "from" ("1.26% Thursday, down from 1.28% the day
before"), an appositive between ("at 3.72%, its lowest since June 2023, down from 3.92% a week
earlier"), and dates the earlier figure a week back. A maturity capscope has no series for ("that on
the 30-year bond climbed to 4.33%") is another instrument, not the 10-year note of the clause before.

Every expected level is read here from the stored FRED rows and the sessions counted on the
calendar; each is also moved far beyond any quote's rounding, where it must not be borne out.
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text
from capscope.data.calendar import session_before


def _fred(sym: str, day: str | dt.date) -> float:
    return float(capscope.series(sym).loc[str(day)])


def _rate_items(text: str, published: str) -> list[tuple[str, str, str]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return [(i.claim.text, i.verdict.value, i.checked.explanation) for i in report.items
            if i.claim.kind.value == "close_level" and i.claim.details.get("rate_level")]


def _before(day: str) -> str:
    return session_before(dt.date.fromisoformat(day)).date().isoformat()


@pytest.mark.parametrize("words", [
    "The yield on the 10-year U.S. Treasury note rose to {now:.2f}% from {then:.2f}% on Monday.",
    "The yield on the 10-year US Treasury note eased to {now:.2f}% from {then:.2f}% late Monday.",
    "The US 10-Year Treasury closed at {now:.2f}%, up from {then:.2f}% the day before.",
])
def test_the_note_named_with_its_country(words):
    day = "2011-06-28"  # a Tuesday: the session before is Monday 2011-06-27
    prev = _before(day)
    now, then = _fred("DGS10", day), _fred("DGS10", prev)
    got = _rate_items(words.format(now=now, then=then), day)
    assert [v for _, v, _ in got] == ["supported", "supported"], got
    assert day in got[0][2] and prev in got[1][2], got
    got = _rate_items(words.format(now=now, then=then + 0.4), day)
    assert [v for _, v, _ in got][0] == "supported" and got[1][1] != "supported", got


def test_the_levels_own_day_before_the_from():
    day = "2021-07-22"  # Thursday
    prev = _before(day)
    now, then = _fred("DGS10", day), _fred("DGS10", prev)
    text = f"The 10-year Treasury note traded at a yield of {now:.2f}% Thursday, down from {then:.2f}% the day before."
    got = _rate_items(text, day)
    assert [v for _, v, _ in got] == ["supported", "supported"], got
    assert prev in got[1][2], got  # the day before the level's, not the level's own Thursday


def test_a_week_earlier_after_an_appositive():
    day = "2024-09-06"  # a Friday: a week earlier is Friday 2024-08-30
    week_before = "2024-08-30"
    now, then = _fred("DGS10", day), _fred("DGS10", week_before)
    assert then != _fred("DGS10", _before(day))  # the reading is told apart from the day before's
    text = (f"The 10-year Treasury yield finished the week at {now:.2f}%, its lowest since June 2023, "
            f"down from {then:.2f}% a week earlier.")
    got = _rate_items(text, day)
    assert [v for _, v, _ in got] == ["supported", "supported"], got
    assert week_before in got[1][2], got
    got = _rate_items(text.replace(f"{then:.2f}%", f"{then + 0.3:.2f}%"), day)
    assert got[1][1] != "supported", got


def test_a_maturity_without_a_series_is_another_instrument():
    day = "2011-06-28"
    text = (f"The yield on the 10-year Treasury note rose to {_fred('DGS10', day):.2f}%, while that on the 30-year "
            "bond climbed to 4.33% from 4.28%.")
    report = check_text(text, dt.date.fromisoformat(day))
    read = [(i.claim.text, i.resolved.subject.symbol) for i in report.items]
    bond = [sym for words, sym in read if "4.33" in words or "4.28" in words]
    assert bond and "DGS10" not in bond, read  # (read, and not as the 10-year note)
