"""Subjects capscope has no series for, so their figures are never read as an index's: a company
after a semicolon ("...; Alphabet ended 0.4% lower"), a list of companies ("JP Morgan Chase, Bank
of America and Morgan Stanley all gained more than 2%", "names such as Crocs, Open Table and
Quiksilver have more than doubled"), a futures contract ("the December contract ... finished at
19.10"), a sub-index under the Dow's name. Each shape was seen in unrelated stories (2001, 2010,
2014, 2018, 2022). And the other side: a class of stocks by size ("small-company stocks", "big
stocks") is its benchmark. The index figures are computed from the rows here."""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text

DAY = dt.date(2018, 6, 6)


def _pct(symbol: str, day: str) -> float:
    close = capscope.series(symbol)
    i = close.index.get_loc(day)
    return (float(close.iloc[i]) / float(close.iloc[i - 1]) - 1) * 100


def _verdicts(text: str, day: dt.date) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation) for i in check_text(text, day).items]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Alphabet ended 0.4% lower.", "Alphabet"),
    ("JP Morgan Chase, Bank of America and Morgan Stanley all gained more than 2%.",
     "JP Morgan Chase, Bank of America and Morgan Stanley"),
    ("Onetime favorites AT&T, WorldCom and Cisco are each down more than 65% from their 52-week highs.",
     "AT&T, WorldCom and Cisco"),
    ("Names such as Crocs, Open Table and Quiksilver have more than doubled this year.", "Crocs, Open Table and Quiksilver"),
    ("The spot VIX sits above its futures: the December contract, with a few days left to trade, finished at 19.10.",
     "the December contract"),
])
def test_a_subject_capscope_has_no_series_for_is_unverifiable(sentence: str, name: str) -> None:
    ixic = _pct("IXIC", "2018-06-06")
    lead = f"The Nasdaq Composite Index closed {ixic:.1f}% higher on Wednesday"
    joint = "; " if sentence.startswith("Alphabet") else ". "  # a company after a semicolon, the rest alone
    got = _verdicts(lead + joint + sentence, DAY)
    lead_claim, *rest = got
    assert lead_claim[1] == "supported" and "IXIC" in lead_claim[2], got
    assert rest, got
    for _, verdict, why in rest:
        assert verdict == "unverifiable", got
        assert f"'{name}' is not an instrument" in why, got


def test_a_list_of_indexes_is_still_read_as_the_indexes() -> None:
    # the S&P 500 gained 0.86% on 2018-06-06: a list of known indexes is not a list of companies
    spx = _pct("SPX", "2018-06-06")
    assert spx > 0.5
    got = _verdicts("The Dow, S&P 500 and Nasdaq all gained more than 0.5% on Wednesday.", DAY)
    assert got and all(v == "supported" for _, v, _ in got), got
    assert not any("not an instrument" in w for _, _, w in got)


def test_a_sub_index_under_the_dows_name_in_lower_case_is_not_the_dow() -> None:
    # "the Dow Jones transportation index (11.9%) ... more than 10% below their recent peaks"
    # (2010): the transports, not the industrials (which stood 6.65% below their high)
    got = _verdicts("The New York Stock Exchange composite index (down 10.6%) and the Dow Jones transportation "
                    "index (11.9%) are also now more than 10% below their recent peaks.", dt.date(2010, 2, 5))
    assert got and all(v == "unverifiable" for _, v, _ in got), got
    assert any("'the Dow Jones transportation index' is not an instrument" in w for _, _, w in got), got


@pytest.mark.parametrize(("phrase", "symbol"), [
    ("Small-company stocks", "RUT"), ("Smaller company stocks", "RUT"), ("The smallest companies", "RUT"),
    ("Big stocks", "SPX"), ("The largest companies", "SPX"), ("Bigger peers", "SPX"), ("Larger-cap stocks", "SPX"),
])
def test_a_class_of_stocks_by_size_is_its_benchmark(phrase: str, symbol: str) -> None:
    # wire copy's names for the two classes (seen 26 times for "small-company stocks" in the
    # corpora): read as the Russell 2000 and the S&P 500, checked against the session's own move
    move = _pct(symbol, "2018-06-06")
    got = _verdicts(f"{phrase} {'rose' if move > 0 else 'fell'} {abs(move):.1f}% on Wednesday.", DAY)
    assert [v for _, v, _ in got] == ["supported"], got
    assert symbol in got[0][2]
    wrong = _verdicts(f"{phrase} {'fell' if move > 0 else 'rose'} {abs(move):.1f}% on Wednesday.", DAY)
    assert [v for _, v, _ in wrong] == ["contradicted"], wrong


def test_a_rate_set_to_a_record_is_the_rates_not_the_markets():
    # 2008-12-17, off the rows: the S&P 500's close (904.42) was no record low, but the sentence's
    # record is the Fed's: "slashed borrowing costs to a record low" (a rate capscope reads as no index)
    close = capscope.series("SPX")
    assert float(close.loc["2008-12-17"]) > float(close.loc["2008-11-20"])  # a lower close a month before
    got = _verdicts("US stocks rallied after the Federal Reserve slashed borrowing costs to a record low.",
                    dt.date(2008, 12, 17))
    assert [(c, v) for c, v, _ in got] == [("a record low", "unverifiable")] and "borrowing costs" in got[0][2], got
    # the market's own record, in the same shape, is still the market's
    got = _verdicts("The rally sent the S&P 500 to a record high.", dt.date(2007, 10, 9))
    assert [(c, v) for c, v, _ in got] == [("a record high", "supported")], got


def test_blue_chip_stocks_are_the_dows_not_the_chip_makers():
    # 2006-10-03, off the rows: the Dow's record close; "blue chip stocks" is no semiconductor group
    close = float(capscope.series("DJI").loc["2006-10-03"])
    got = _verdicts(f"The index of 30 blue chip stocks ended the session at {close:,.2f}.", dt.date(2006, 10, 3))
    assert [(c, v) for c, v, _ in got] == [(f"ended the session at {close:,.2f}", "supported")], got
    got = _verdicts("Chip stocks fell 2%.", dt.date(2006, 10, 3))
    assert [v for _, v, _ in got] == ["unverifiable"] and "Chip stocks" in got[0][2], got


@pytest.mark.parametrize("name", ["Stocks in the United States", "U.S. equities", "The stock market"])
def test_the_market_in_other_words_is_the_broad_gauge(name):
    # 2009-03-10, off the rows: the S&P 500's biggest gain since Nov. 24, 2008 (four months before)
    close = capscope.series("SPX")
    moves = close.pct_change()
    day = moves.loc["2009-03-10"]
    assert moves.loc["2008-11-25":"2009-03-09"].max() < day < moves.loc["2008-11-24"]
    got = _verdicts(f"{name} posted their best day in four months on Tuesday.", dt.date(2009, 3, 10))
    assert [v for _, v, _ in got] == ["supported"], got


def test_which_after_a_name_and_its_head_noun_is_that_name():
    # 2024-11-22 week, off the rows: the Russell 2000 rose 4.5% (Nov. 15 -> Nov. 22 closes), the
    # S&P 500 much less: "which" after "the Russell 2000 small cap index" is the Russell's
    close = capscope.series("RUT")
    week = (close.loc["2024-11-22"] / close.loc["2024-11-15"] - 1) * 100
    got = _verdicts(f"The stock market rallied last week, led by the Russell 2000 small cap index, which rose "
                    f"{week:.1f}%.", dt.date(2024, 11, 26))
    assert [(v, "RUT" in e) for c, v, e in got if c.startswith("rose")] == [("supported", True)], got
