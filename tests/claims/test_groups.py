"""'The three major indexes' as a subject: one claim per index, each checked on its own rows."""

from __future__ import annotations

import datetime as dt

import pandas as pd

import capscope
from capscope.claims.check import check_text


def _items(text: str, day: dt.date) -> list[tuple[str, str, str | None]]:
    return [(i.claim.text, i.verdict.value, i.resolved.subject.symbol) for i in check_text(text, day).items]


def _pct(symbol: str) -> pd.Series:
    return capscope.bars(symbol)["close"].pct_change() * 100


def test_a_claim_of_the_three_major_indexes_is_checked_on_each():
    # 2012-03-13: each of the three had its best day of 2012 so far (brute force over the rows)
    for sym in ("DJI", "SPX", "IXIC"):
        pct = _pct(sym)
        assert pct["2012-01-03":"2012-03-12"].max() < pct["2012-03-13"], sym
    got = _items("Bank stocks powered a rally on Tuesday, and all three major stock indexes posted their "
                 "biggest gains of the year.", dt.date(2012, 3, 13))
    assert sorted(s for _, v, s in got if v == "supported") == ["DJI", "IXIC", "SPX"]
    assert len(got) == 3


def test_one_index_of_the_three_against_the_claim_is_found():
    # 2020-04-13 off the rows: the Dow and the S&P 500 fell, the Nasdaq Composite and the Nasdaq
    # 100 rose: "all three closed lower" is wrong for the Nasdaq, whichever it is
    assert _pct("DJI")["2020-04-13"] < 0 and _pct("SPX")["2020-04-13"] < 0
    assert _pct("IXIC")["2020-04-13"] > 0 and _pct("NDX")["2020-04-13"] > 0
    got = {s: v for _, v, s in _items("The three major U.S. stock indexes closed lower on Monday.",
                                      dt.date(2020, 4, 13))}
    assert got == {"DJI": "supported", "SPX": "supported", "IXIC": "contradicted"}


def test_a_named_index_keeps_its_own_claim():
    got = _items("The Dow, one of the three major indexes, closed lower on Monday.", dt.date(2020, 4, 13))
    assert [s for _, _, s in got] == ["DJI"]


def test_a_superlative_for_two_named_indexes_is_checked_on_each():
    # 2024-07-24 off the rows: the S&P 500 -2.31% (last as bad 2022-12-15), the Nasdaq -3.64%
    # (last as bad 2022-10-07): both the worst since 2022; "since 2020" is wrong (worse days came
    # in 2022), "since 2023" understates (imprecise)
    for sym, last in (("SPX", "2022-12-15"), ("IXIC", "2022-10-07")):
        pct = _pct(sym)
        day = pct["2024-07-24"]
        assert pct[:"2024-07-23"][pct[:"2024-07-23"] <= day].index[-1] == pd.Timestamp(last)
    text = ("The Russell 2000 held up better on Wednesday, the worst day for the S&P 500 and the Nasdaq "
            "Composite since {}.")
    got = {s: v for _, v, s in _items(text.format(2022), dt.date(2024, 7, 24)) if s in ("SPX", "IXIC")}
    assert got == {"SPX": "supported", "IXIC": "supported"}
    got = {s: v for _, v, s in _items(text.format("2020"), dt.date(2024, 7, 24)) if s in ("SPX", "IXIC")}
    assert got == {"SPX": "contradicted", "IXIC": "contradicted"}
    got = {s: v for _, v, s in _items(text.format("2023"), dt.date(2024, 7, 24)) if s in ("SPX", "IXIC")}
    assert got == {"SPX": "imprecise", "IXIC": "imprecise"}


def test_a_with_clause_of_the_three_is_split_but_an_object_of_the_three_is_not():
    # 2012-03-13 (see above): each of the three had its best day of 2012 so far
    got = _items("Stocks rallied on Tuesday, with all three major indexes posting their biggest gains of the "
                 "year.", dt.date(2012, 3, 13))
    assert sorted(s for _, v, s in got if v == "supported") == ["DJI", "IXIC", "SPX"], got
    # "outpacing the gains of all three major indexes and closing at a 52-week high": the
    # Russell 2000's high (2024-10-16, its highest close since 2021-11-24, off the rows)
    rut = capscope.bars("RUT")["close"]
    assert rut["2024-10-16"] > rut["2021-11-25":"2024-10-15"].max()
    got = _items("The small-cap Russell 2000 rose on Wednesday, outpacing the gains of all three major indexes "
                 "and closing at a 52-week high.", dt.date(2024, 10, 16))
    highs = [(v, s) for t, v, s in got if "52-week" in t]
    assert highs == [("supported", "RUT")], got
