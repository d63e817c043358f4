"""Shapes from round 31's wrong alarms (spent), written as rules: a date written day first ("its
record high of 10 March, 2000") is a date, not a level of 10; a proper name no rule knows before
", which" owns the clause ("helped by Nike, which hit a record"), and it is no instrument.

Every expected figure is computed here from the stored rows.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

import capscope
from capscope.claims.check import check_text
from capscope.claims.timexpr import find_times


def _items(text: str, published: str) -> list[tuple[str, str, str]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return [(i.claim.text, i.claim.kind.value, i.verdict.value) for i in report.items]


def test_a_date_written_day_first_is_a_date():
    got = [(t.year, t.month, t.day) for t in find_times("its record high of 10 March, 2000.")]
    assert got == [(2000, 3, 10)]
    assert [(t.month, t.day) for t in find_times("the index has gained 4% since 5 June")] == [(6, 5)]
    # "3 May" after a verb is no date (May is also a verb's word), as "May 3" needs its preposition
    assert find_times("the index fell 3 May") == []


def test_a_distance_from_a_record_dated_day_first():
    # IXIC: record close 5,048.62 on 2000-03-10; 2001-04-18 closed 2,079.44, 58.8% below it
    closes = capscope.bars("IXIC")["close"]
    before = closes[:pd.Timestamp("2001-04-18")]
    assert before.idxmax() == pd.Timestamp("2000-03-10")
    assert round((1 - before.iloc[-1] / before.max()) * 100) == 59
    got = _items("The Nasdaq rose 8.12% to 2,079.44 on Wednesday; it rests 59% below its record high of "
                 "10 March, 2000.", "2001-04-19")
    assert not [g for g in got if g[1] == "close_level" and "record" in g[0]], got
    assert [v for t, k, v in got if k == "distance_from_record" and t.startswith("59% below")] == ["supported"]


def test_a_name_before_which_owns_the_clause():
    # DJI closed 16,314.67 on 2015-09-25, 10.9% under its 18,312.39 record of 2015-05-19: a record
    # said of the Dow would be wrong, but the words say it of Nike
    closes = capscope.bars("DJI")["close"][:pd.Timestamp("2015-09-25")]
    assert closes.iloc[-1] < closes.max()
    got = _items("The Dow finished solidly higher on Friday, helped by Nike, which hit a record after profit "
                 "topped expectations.", "2015-09-26")
    assert [(t, v) for t, k, v in got if k == "record"] == [("hit a record", "unverifiable")]
    # a name capscope knows before "which" keeps the claim its own: SPX closed 5,505.00 on
    # 2024-07-19, under its 5,667.20 record of 07-16, so the record is an alarm on the S&P 500
    spx = capscope.bars("SPX")["close"][:pd.Timestamp("2024-07-19")]
    assert round(spx.max(), 2) == 5667.20 and spx.idxmax() == pd.Timestamp("2024-07-16")
    own = _items("Small caps lagged the S&P 500, which closed at a record on Friday.", "2024-07-20")
    assert [(t, v) for t, k, v in own if k == "record"] == [("closed at a record", "contradicted")]
