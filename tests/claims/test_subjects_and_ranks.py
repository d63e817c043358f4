"""Whole passages for subjects the data has no series for, coordinated subjects, generic
frequency statements and ranks of a day's move.

Every expected figure is computed here from the stored closes (pandas over the rows), never
taken from the checker.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from capscope.claims.check import check_text


@pytest.fixture(scope="module")
def closes():
    import capscope

    return lambda sym: capscope.bars(sym)["close"]


def _items(text: str, published: str) -> dict[str, tuple[str, str | None]]:
    report = check_text(text, dt.date.fromisoformat(published))
    return {it.claim.text: (it.verdict.value, it.resolved.subject.symbol) for it in report.items}


def _pct(s, day: str) -> float:
    i = s.index.get_loc(day)
    return (s.iloc[i] / s.iloc[i - 1] - 1) * 100


def test_a_currency_and_a_company_are_not_the_index_beside_them(closes):
    # the Dow fell 3.4% on 2016-06-24; the pound's 31-year low and Citigroup's 9.4% are not the
    # Dow's or the Nasdaq's: unverifiable, never contradicted
    assert round(_pct(closes("DJI"), "2016-06-24"), 1) == -3.4
    text = ("The Dow Jones industrial average lost 610.32 points, or 3.4 percent, on Friday. The pound "
            "plunged to $1.3638, after touching a 31-year low at one point. The Nasdaq composite "
            "gave up 4.1 percent. Banks led the declines, with Citigroup down 9.4 percent.")
    got = _items(text, "2016-06-24")
    assert got["31-year low"] == ("unverifiable", None)
    assert got["down 9.4 percent"] == ("unverifiable", None)
    assert got["gave up 4.1 percent"] == ("supported", "IXIC")


def test_a_name_after_and_that_follows_a_figure_is_the_next_clause_subject(closes):
    # 2022-05-04: the Dow gained 932 points; the S&P 500's +2.99% was its best day since
    # 2020-05-18, a best day "in two years" for the S&P 500 (not the Dow's +2.81%)
    spx = closes("SPX").loc[:"2022-05-04"]
    moves = spx.pct_change() * 100
    day = moves.loc["2022-05-04"]
    last_as_large = moves[moves >= day].index[-2]
    assert last_as_large == dt.datetime(2020, 5, 18)
    text = ("The Dow Jones Industrial Average soared more than 900 points and the S&P 500 had its "
            "best day in two years on Wednesday.")
    got = _items(text, "2022-05-04")
    assert got["best day in two years"] == ("supported", "SPX")


def test_a_frequency_adverb_makes_a_generic_statement():
    text = ("The VIX rose above 65 on Monday. It had reached as high as 85 in March 2020 but often "
            "traded below 20 as markets recovered.")
    got = _items(text, "2024-08-05")
    assert got["traded below 20"][0] == "not_checkable"


def test_a_rank_the_data_refutes_and_one_it_cannot_confirm(closes):
    # 2008-09-29: the Dow's -6.98% has two worse days in the data (which begins in 1992), so
    # "its worst" ever would be refuted and "17th-worst in its history" cannot be confirmed
    dji = closes("DJI").loc[:"2008-09-29"]
    moves = (dji.pct_change() * 100).dropna()
    assert int((moves.iloc[:-1] < moves.iloc[-1]).sum()) == 2
    text = "The Dow lost 777.68 points on Monday. Its 7.0% loss was the 17th-worst percentage loss in its history."
    got = _items(text, "2008-09-29")
    assert got["worst percentage loss in its history"][0] == "unverifiable"
    text = "The Dow lost 777.68 points on Monday. Its 7.0% loss was the second-worst percentage loss in its history."
    got = _items(text, "2008-09-29")
    assert got["worst percentage loss in its history"][0] == "contradicted"


def test_a_rank_with_no_window_is_a_rank_in_the_data_that_covers_the_index(closes):
    # the Nasdaq's data starts at its 1971 base: 2000-04-14's -9.67% ranks second behind 1987-10-19
    ixic = closes("IXIC").loc[:"2000-04-14"]
    moves = (ixic.pct_change() * 100).dropna()
    assert int((moves < moves.iloc[-1]).sum()) == 1
    text = ("The Nasdaq composite fell 355.49 points, or 9.7 percent, on Friday, its second-biggest "
            "percentage drop, behind only the 11.35 percent loss of Oct. 19, 1987.")
    got = _items(text, "2000-04-14")
    assert got["second-biggest percentage drop"][0] == "supported"
    text = text.replace("second-biggest", "third-biggest")
    got = _items(text, "2000-04-14")
    assert got["third-biggest percentage drop"][0] == "contradicted"


def test_the_market_as_a_whole_and_a_place_since_an_event(closes):
    # 2025-04-09: the S&P 500's +9.52% had two larger daily gains after 1945-09-02 (2008-10-13
    # and 2008-10-28): third, "one of their biggest gains since World War II"
    spx = closes("SPX")
    moves = (spx.pct_change() * 100).loc["1945-09-03":"2025-04-09"]
    day = moves.loc["2025-04-09"]
    assert int((moves.iloc[:-1] >= day).sum()) == 2
    text = ("NEW YORK (AP) - U.S. stocks posted one of their biggest gains since World War II after "
            "the tariffs were paused. The S&P 500 soared 9.5% Wednesday.")
    got = _items(text, "2025-04-09")
    assert got["biggest gains since World War II"] == ("supported", "SPX")


def test_since_a_named_event(closes):
    # 2008-09-29: the Dow's -6.98% was its worst day since 2001-09-17, the first session after
    # the Sept. 11 attacks
    dji = (closes("DJI").pct_change() * 100).loc[:"2008-09-29"]
    day = dji.iloc[-1]
    assert dji.iloc[:-1][dji.iloc[:-1] <= day].index[-1] == dt.datetime(2001, 9, 17)
    text = ("Stocks plunged Monday in the worst drop since the Sept. 11 terrorist attacks. The Dow "
            "Jones industrial average fell 777.68 points.")
    got = _items(text, "2008-09-29")
    assert got["worst drop since the Sept. 11 terrorist attacks"][0] == "supported"
    text = text.replace("Sept. 11 terrorist attacks", "Brexit vote")
    got = _items(text, "2008-09-29")
    assert got["worst drop since the Brexit vote"][0] != "supported"


def test_a_look_back_in_decades(closes):
    # 2025-04-04: the Dow lost 2,231.07 points; it lost more on 2020-03-16 (-2,997.10), five
    # years earlier: not its biggest point drop "in over a decade"
    dji = closes("DJI").diff().loc[:"2025-04-04"]
    day = dji.iloc[-1]
    assert dji.iloc[:-1][dji.iloc[:-1] <= day].index[-1].year == 2020
    text = ("The Dow shed 2,231 points on Friday, its biggest single-day point drop in over a decade.")
    got = _items(text, "2025-04-04")
    assert got["biggest single-day point drop in over a decade"][0] == "contradicted"


def test_first_mention_is_the_sentences_first_known_name():
    from capscope.claims.entities import first_mention

    # (sentence, the symbol of the first mention, or None when no known instrument is named)
    cases = [("Stocks fell as the pound slid.", "SPX"), ("The pound slid while the Dow rose.", None),
             ("Nothing here names an index.", None), ("Citigroup led, with the S&P 500 behind it.", "SPX"),
             ("The Dow and the Nasdaq rose.", "DJI")]
    for sentence, symbol in cases:
        m = first_mention(sentence, 7)
        got = m.symbol if m is not None else None
        assert got == symbol, (sentence, m)
        if m is not None and m.span is not None:
            assert sentence[m.span.start - 7:m.span.end - 7] == m.raw


def test_a_subject_carried_from_another_sentence_raises_no_alarm_and_a_name_after_a_noun_owns_it(closes):
    # 2024-07-16: the Russell 2000 +3.50%, the Dow +1.85%
    rut, dji = closes("RUT"), closes("DJI")
    assert round(_pct(rut, "2024-07-16"), 1) == 3.5 and round(_pct(dji, "2024-07-16"), 2) == 1.85
    got = _items("The Dow rose on Tuesday. Later, stocks in Asia fell 2.5%.", "2024-07-16")
    assert "contradicted" not in [v for v, _ in got.values()]
    got = _items("The Dow rose. A 3.5% jump on Tuesday sent the Russell 2000 higher.", "2024-07-16")
    assert got["3.5%"] == ("supported", "RUT")


def test_readings_the_second_held_back_corpus_showed(closes):
    # each sentence states a figure that is wrong for the article's day but right (or not
    # checkable) for the moment or series the words name: never an alarm
    cases = [
        ("Just three weeks ago the Russell 2000 was down only 1.6% for the year.", "2008-10-09"),
        ("The Dow Jones Industrial Average and the S&P 500 have set new highs lately.", "2025-08-27"),
        ("Over the three months to its July 26 high, the S&P 500 gained 3.4%, assuming dividends "
         "were reinvested.", "2019-08-12"),
        ("The Russell 2000 lost 0.8% and the iShares Micro-Cap ETF lost 3.4%.", "2019-08-12"),
        ("The broad market Russell 3000 Index inched up 2.2%.", "2004-04-06"),
        ("The Russell 2000 tried to close in the green but finished down 7 basis points on Monday.",
         "2017-08-21"),
        ("Small and mid caps have led large caps for four consecutive quarters.", "2004-04-06"),
    ]
    for text, day in cases:
        got = _items(text, day)
        assert "contradicted" not in [v for v, _ in got.values()], (text, got)
        assert all(k != "fed_decision" for k in _kinds(text, day)), text
    # a half of a session is not a half of the year; "in just the last six trading days"
    from capscope.claims.timexpr import find_times

    assert [t.kind.value for t in find_times("in the first half of Wednesday's session")] == ["weekday"]
    assert [t.kind.value for t in find_times("in just the last six trading days")] == ["trailing"]
    # a record point move in a look-back: the Dow's +335.97 points on 2007-09-18 was its biggest
    # since 2002-10-15 (4.9 years): "in nearly five years" holds
    dji = closes("DJI").diff().loc[:"2007-09-18"]
    assert dji.iloc[:-1][dji.iloc[:-1] >= dji.iloc[-1]].index[-1] == dt.datetime(2002, 10, 15)
    got = _items("The Dow surged 335.97 points, its biggest one-day point jump in nearly five years.",
                 "2007-09-18")
    assert got["biggest one-day point jump in nearly five years"][0] == "supported"


def _kinds(text: str, published: str) -> list[str]:
    return [it.claim.kind.value for it in check_text(text, dt.date.fromisoformat(published)).items]


def _extreme_in_year(s, day: str, low: bool, moves: bool) -> bool:
    """Brute force: the day's move (or close) beyond every earlier session of its calendar year."""
    values = (s.pct_change() * 100) if moves else s
    year = values.loc[f"{day[:4]}-01-01":day]
    today, earlier = year.iloc[-1], year.iloc[:-1]
    return bool((earlier > today).all()) if low else bool((earlier < today).all())


@pytest.mark.parametrize(("phrase", "published"), [
    ("its worst day of the year", "2019-08-14"),
    ("its worst day of 2019", "2019-08-14"),
    ("its worst day so far this year", "2019-08-14"),
    ("its worst day of the year", "2019-08-05"),
])
def test_a_rank_within_the_year_against_every_earlier_session_of_that_year(closes, phrase, published):
    # 2019-08-14: the S&P 500 fell 2.93%, less than its 2.98% of 2019-08-05 (not the year's worst);
    # the Dow's 3.05% was its worst of 2019. Each verdict follows the brute force over the year.
    for sym, name, move in (("SPX", "The S&P 500", "fell"), ("DJI", "The Dow", "fell")):
        expected = "supported" if _extreme_in_year(closes(sym), published, True, True) else "contradicted"
        text = f"{name} {move} sharply on {dt.date.fromisoformat(published):%A}, {phrase}."
        got = _items(text, published)
        claim = next(k for k in got if k.startswith("worst day"))
        assert got[claim] == (expected, sym), (sym, published)
    assert not _extreme_in_year(closes("SPX"), "2019-08-14", True, True)  # both outcomes are exercised
    assert _extreme_in_year(closes("DJI"), "2019-08-14", True, True)


def test_a_close_rank_within_the_year(closes):
    # the Nasdaq's lowest close of 2019 up to 2019-08-05 was not that day (it closed lower in January)
    expected = "supported" if _extreme_in_year(closes("IXIC"), "2019-08-05", True, False) else "contradicted"
    got = _items("The Nasdaq closed at its lowest level of the year on Monday.", "2019-08-05")
    assert got[next(k for k in got if k.startswith("lowest"))] == (expected, "IXIC")
    assert expected == "contradicted"


def _record_closes(s):
    """Brute force: the sessions whose close beat every earlier close."""
    return s[s > s.cummax().shift(1)].index


@pytest.mark.parametrize(("text", "published", "sym", "since_month"), [
    ("The Russell 2000 closed at a record high for the first time since August 2018 on Friday.",
     "2020-11-13", "RUT", "2018-08"),
    ("On Aug. 21 the Dow hit a record, its first since December.", "2025-08-27", "DJI", "2024-12"),
])
def test_a_first_record_since_names_the_month_of_the_record_before(closes, text, published, sym, since_month):
    s = closes(sym)
    got = _items(text, published)
    claim = next(k for k in got if "since" in k)
    day = next(t for t in ("2020-11-13", "2025-08-21") if t[:4] == published[:4])
    before = _record_closes(s.loc[:day])
    before = before[before < day]
    expected = "supported" if str(before[-1])[:7] == since_month else "contradicted"
    assert got[claim] == (expected, sym)
    assert expected == "supported"  # both passages are right about the record before
    # and the day itself: a record close on 2020-11-13, none on 2025-08-21 (the Dow's came the next day)
    record = next(k for k in got if "since" not in k)
    is_record = pd.Timestamp(day) in _record_closes(s.loc[:day])
    assert got[record] == ("supported" if is_record else "contradicted", sym)
    assert is_record == (sym == "RUT")


def test_a_first_record_since_the_wrong_period_is_flagged(closes):
    # the Russell 2000's record before 2020-11-13 was set in August 2018: "since May 2019" names
    # a later month (the article understates the gap: imprecise, the rule of every "since");
    # "since 2016" an earlier year, with a record after it (contradicted)
    before = _record_closes(closes("RUT").loc[:"2020-11-12"])
    assert str(before[-1])[:7] == "2018-08"
    text = "The Russell 2000 closed at a record high for the first time since {} on Friday."
    got = _items(text.format("May 2019"), "2020-11-13")
    assert got["for the first time since May 2019"] == ("imprecise", "RUT")
    got = _items(text.format("2016"), "2020-11-13")
    assert got["for the first time since 2016"] == ("contradicted", "RUT")


def test_a_superlative_that_names_no_measure_is_not_read_as_a_close(closes):
    # 2026-01-16: the Russell 2000 closed at a record (computed here), so a "highest close since
    # 2021" understates it; "its strongest start since 2021" names no close at all (the year's
    # start against other years' starts): nothing to read, never an imprecise close
    s = closes("RUT").loc[:"2026-01-16"]
    assert s.iloc[-1] > s.iloc[:-1].max()
    got = _items("The Russell 2000 rose 0.1% on Friday, its strongest start since 2021.", "2026-01-16")
    assert got["strongest start since 2021"][0] == "unverifiable"
    got = _items("The Russell 2000 rose 0.1% on Friday to its highest close since 2021.", "2026-01-16")
    assert got["highest close since 2021"][0] == "imprecise"


def test_a_first_close_below_a_level_since(closes):
    # 2022-09-23: the Dow closed below 30,000 after closes above it; the last earlier close below
    # it was 2022-06-17 (computed here): "since June 17" holds, "since July" understates, "since
    # May" is refuted by the June closes
    s = closes("DJI").loc[:"2022-09-23"]
    assert s.iloc[-1] < 30000 <= s.iloc[-2]
    prev = s.iloc[:-1][s.iloc[:-1] < 30000].index[-1]
    assert prev == pd.Timestamp("2022-06-17")
    text = "The Dow closed below 30,000 for the first time since {} on Friday."
    for since, expected in (("June 17", "supported"), ("July", "imprecise"), ("May", "contradicted")):
        got = _items(text.format(since), "2022-09-23")
        assert got[next(k for k in got if k.endswith(f"since {since}"))][0] == expected, since


def test_a_low_dated_by_this_week_is_read_on_the_weeks_sessions(closes):
    # week of 2010-02-08: the Dow's close on Monday 2010-02-08 was its lowest since 2009-11-04
    # (computed here); a Friday story says "this week ... its lowest level since November 4, 2009"
    s = closes("DJI").loc[:"2010-02-08"]
    prior = s.iloc[:-1]
    assert prior[prior <= s.iloc[-1]].index[-1] == pd.Timestamp("2009-11-04")
    got = _items("This week the Dow closed below 10,000, its lowest level since November 4, 2009.",
                 "2010-02-12")
    assert got["lowest level since November 4, 2009"] == ("supported", "DJI")


def test_people_on_wall_street_are_not_the_market(closes):
    # the Russell 2000 fell 41.87% from its 2020-01-16 close to 2020-03-18 (computed here); the
    # sentence before speaks of people "on Wall Street", which must not become the subject
    s = closes("RUT")
    assert round((s["2020-03-18"] / s["2020-01-16"] - 1) * 100, 1) == -41.9
    text = ("The Russell 2000 closed at a record on Monday. Many on Wall Street call a decline of at least 10% "
            "a correction. Last year the index fell as much as 41.9% from its Jan. 16 close to a closing low "
            "on March 18, 2020.")
    got = _items(text, "2021-11-08")
    claim = next(k for k in got if "41.9%" in k)
    assert got[claim][1] == "RUT"


def test_an_industrys_shares_are_a_subject_of_their_own():
    # "sent biotechnology shares to their worst rout since 2011": the rank is the biotech
    # group's, for which capscope has no series, not the Russell 2000's named later
    got = _items("Selling sent biotechnology shares to their worst rout since 2011, and the Russell 2000 "
                 "Index sank 2.8 percent on Monday.", "2015-09-28")
    assert got["worst rout since 2011"] == ("unverifiable", None)
    assert got["sank 2.8 percent"][1] == "RUT"


def test_a_level_in_points_crossed_and_the_day_of_a_weekend_paper(closes):
    # 2013-05-20 (computed here): the Russell 2000 traded above 1,000 for the first time and
    # closed at 997.98: "climbed above 1,000 points" is a level crossed during the session, never
    # a 1,000-point move and never an alarm on the close
    bars = __import__("capscope").bars("RUT")
    assert bars.loc["2013-05-20", "high"] > 1000 > bars.loc["2013-05-20", "close"]
    assert (bars["high"].loc[:"2013-05-17"] < 1000).all()
    got = _items("The Russell 2000 climbed above 1,000 points for the first time on Monday.", "2013-05-20")
    claim = next(k for k in got if "1,000 points" in k)
    assert got[claim] == ("supported", "RUT")  # on the session's high: the first above 1,000
    # 2024-07-20 is a Saturday: "down 0.8% on the day" speaks of Friday's session
    s = closes("IXIC")
    assert round((s["2024-07-19"] / s["2024-07-18"] - 1) * 100, 1) == -0.8
    got = _items("The Nasdaq Composite closed at 17,727 on Friday, down 0.8% on the day.", "2024-07-20")
    assert got[next(k for k in got if "0.8%" in k)] == ("supported", "IXIC")


def test_a_vague_part_of_a_month_has_soft_edges(closes):
    # week to 2024-07-19 (computed here): the S&P 500's worst week since the week to 2024-04-19.
    # "since late April" (the 21st on, read strictly) misses the 19th by two days; the words draw
    # no sharp line, so it holds; "since early March" is refuted (April came after it)
    s = closes("SPX")
    weekly = s.resample("W-FRI").last().pct_change().loc[:"2024-07-19"]
    earlier = weekly.iloc[:-1]
    assert earlier[earlier <= weekly.iloc[-1]].index[-1] == pd.Timestamp("2024-04-19")
    text = "For the week the S&P 500 shed 2%, its steepest weekly loss since {}."
    got = _items(text.format("late April"), "2024-07-19")
    assert got[next(k for k in got if "late April" in k)][0] == "supported"
    got = _items(text.format("early March"), "2024-07-19")
    assert got[next(k for k in got if "early March" in k)][0] == "contradicted"


@pytest.mark.parametrize("text", [
    "The S&P 500 closed at a record high on Friday for the first time since January 2022.",
    "The S&P 500 closed at a record high Friday, its first since January 2022.",
])
def test_a_first_record_since_with_its_day_between(closes, text):
    # 2024-01-19: the S&P 500's first record close since 2022-01-03 (computed here)
    s = closes("SPX").loc[:"2024-01-19"]
    records = _record_closes(s)
    assert records[-1] == pd.Timestamp("2024-01-19") and records[-2] == pd.Timestamp("2022-01-03")
    got = _items(text, "2024-01-19")
    assert got[next(k for k in got if "January 2022" in k)] == ("supported", "SPX")


def test_a_new_high_for_the_first_time_since_is_read_once():
    # one phrase, one claim: the record rule's "first since", not also a highest-close-since
    import datetime as dt

    from capscope.claims.extract import extract_claims
    from capscope.claims.model import ClaimKind

    claims = extract_claims("The Russell 2000 closed at a new high for the first time since November 2021.",
                            dt.date(2024, 11, 25))
    assert [c.kind for c in claims] == [ClaimKind.RECORD, ClaimKind.RECORD]
    assert claims[1].details.get("first_since")
