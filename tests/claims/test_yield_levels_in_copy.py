"""A Treasury yield's level in the shapes copy writes it: other verbs ("zoomed to", "held at",
"closed the week at"), the change's own period before the level ("fell 17 basis points this year
to"), the level as the verb's complement ("The 2-year Treasury yield was 3.06%"), the plural name
("10-year Treasuries"), and the yield's row of an adviser letter's inline table, which stops after
the closes ("10-year Treasuries 2.44% / 2.36% / 2.37%").

Every expected level is read here from the stored FRED rows; each is also moved by far more than
any vendor's rounding, where it must not be borne out.
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text


def _rate_levels(text: str, published: str) -> list[tuple[str, str, str]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return [(i.claim.text, i.verdict.value, i.checked.explanation) for i in report.items
            if i.claim.kind.value == "close_level" and i.claim.details.get("rate_level")]


def _fred(sym: str, day: str) -> float:
    return float(capscope.series(sym).loc[day])


@pytest.mark.parametrize("sym, day, words", [
    ("DGS2", "2022-06-10", "The two-year Treasury yield zoomed to {x:.2f}% after the inflation report."),
    ("DGS10", "2022-06-10", "The yield on benchmark 10-year Treasuries ticked higher to {x:.2f}%."),
    ("DGS10", "2017-12-08", "Bond yields rose this week: the 10-year Treasury closed the week at {x:.2f}%."),
    ("DGS2", "2022-06-10", "The 2-year Treasury yield was {x:.2f}%, the highest in years."),
    ("DGS2", "2022-06-10", "The 2-yr note yield rose 70 basis points this year to {x:.2f}%."),
    ("DGS2", "2022-06-13", "The two-year Treasury yield shot to {x:.2f}% in its second straight major move."),
    ("DGS2", "2018-10-05", "After the jobs report, the yield on the 2-year note sits at {x:.2f}%."),
])
def test_a_yields_level_in_other_words(sym, day, words):
    x = _fred(sym, day)
    got = _rate_levels(words.format(x=x), day)
    assert [v for _, v, _ in got] == ["supported"] and sym in got[0][2], got
    got = _rate_levels(words.format(x=x + 0.4), day)
    assert got and got[0][1] != "supported", got


def test_a_change_after_the_copula_is_no_level():
    got = _rate_levels("The 10-year yield was 0.2 percentage point higher than a week earlier.", "2022-06-10")
    assert got == [], got


def test_the_yield_row_of_an_inline_table():
    # the letter's columns: the 2016 close, the prior week's (Friday 2017-12-01) and 12/8's
    days = ["2016-12-30", "2017-12-01", "2017-12-08"]
    levels = [_fred("DGS10", d) for d in days]
    dji = [float(capscope.bars("DJI").loc[d, "close"]) for d in days]
    table = (f"Table (2016 close / prior week / as of 12/8 / weekly change / YTD change): "
             f"DJIA {dji[0]:.2f} / {dji[1]:.2f} / {dji[2]:.2f} / {(dji[2] / dji[1] - 1) * 100:.2f}% / "
             f"{(dji[2] / dji[0] - 1) * 100:.2f}%; Fed. Funds target rate 0.50%-0.75% / 1.00%-1.25% / 1.00%-1.25%; "
             "10-year Treasuries {a:.2f}% / {b:.2f}% / {c:.2f}%. The chart reflects price changes.")
    got = _rate_levels(table.format(a=levels[0], b=levels[1], c=levels[2]), "2017-12-11")
    assert [v for _, v, _ in got] == ["supported"] * 3, got
    assert all(d in text for d, (_, _, text) in zip(days, got, strict=True)), got
    got = _rate_levels(table.format(a=levels[0], b=levels[1], c=levels[2] + 0.5), "2017-12-11")
    assert [v for _, v, _ in got][:2] == ["supported"] * 2 and got[2][1] != "supported", got
