"""The assertion gate and the measure gate (capscope.claims.gates) on whole passages.

Each passage is invented in the style of market news and mixes gated sentences with plain facts:
the gate must stop the first and leave the second to their verifiers. Facts used (read off the
bundled rows): on Tuesday 2024-07-16 the Russell 2000 closed 2,263.67 (+3.50%), its highest
close since 2022-01-04; the S&P 500 5,667.20 (+0.64%); the Dow 40,954.48 (+1.847%); XLE 46.15
(+0.45%).
"""

from __future__ import annotations

import pytest

import capscope
from capscope.claims import check_text
from capscope.claims.gates import ASSERTION_CUES, MEASURES
from capscope.claims.grammar.base import lacks_all
from capscope.claims.model import Verdict

S, C, U, F, N = (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNVERIFIABLE, Verdict.FORECAST,
                 Verdict.NOT_CHECKABLE)
TUESDAY = "2024-07-16"


def verdicts(text: str, published: str = TUESDAY) -> list[tuple[str, str, Verdict, str]]:
    return [(i.claim.kind.value, i.claim.text, i.verdict, i.checked.explanation)
            for i in check_text(text, published).items]


def one(found: list[tuple[str, str, Verdict, str]], words: str) -> tuple[str, str, Verdict, str]:
    hits = [f for f in found if words in f[1]]
    assert len(hits) == 1, (words, found)
    return hits[0]


def test_conditionals_and_hypotheticals_are_not_checkable():
    found = verdicts(
        "Small caps extended their rally on Tuesday. The Russell 2000 jumped 3.5%, closing at its "
        "highest level since January 2022. If the rally holds through Friday, the index will post "
        "its best week since 2020. A close above 2,300 on Friday would mark its highest close since "
        "November 2021.")
    assert one(found, "jumped 3.5%")[2] is S
    assert one(found, "highest level since January 2022")[2] is S
    _, _, v, why = one(found, "best week since 2020")
    assert v is N and "conditional" in why and "If the rally holds" in why
    _, _, v, why = one(found, "highest close since November 2021")
    assert v is N and "hypothetical" in why and "would mark" in why


def test_a_trailing_if_covers_its_modal_clause_only():
    found = verdicts(
        "The Dow closed at a record 40,954.48 on Tuesday. Sitting at that record close, it could set "
        "another record high on Wednesday if the buying carries over.")
    assert one(found, "closed at a record 40,954.48")[2] is S  # the level, and the record:
    assert [f[2] for f in found if f[1] == "closed at a record"] == [S]
    _, _, v, why = one(found, "record high")
    assert v is N and "if the buying carries over" in why


def test_a_wrong_figure_beside_a_conditional_is_still_contradicted():
    # RUT rose 3.50% on Tuesday (module docstring): 2.3% understates it at 0.66 times, inside the
    # band (0.4 to 1.3 times) where a stated change is the writer's error, and off by more than
    # 20%. The session's low was already +0.52% on Monday's close, so an unclosed 2.3% could be a
    # mid-session figure: the sentence says the close
    bars = capscope.bars("RUT")
    prev = bars.loc["2024-07-15", "close"]
    true = (bars.loc["2024-07-16", "close"] / prev - 1) * 100
    assert round(true, 2) == 3.50 and 0.4 < 2.3 / true < 0.8
    assert round((bars.loc["2024-07-16", "low"] / prev - 1) * 100, 2) == 0.52
    found = verdicts(
        "The Russell 2000 closed up 2.3% on Tuesday. If the gains hold, the index will post its "
        "best week since 2020.")
    assert one(found, "up 2.3%")[2] is C
    assert one(found, "best week since 2020")[2] is N


def test_on_track_and_on_pace_are_projections_of_the_period_end():
    found = verdicts(
        "The Russell 2000 is on pace for its best month since November 2020, strategists at one "
        "bank noted. The S&P 500, meanwhile, rose 0.6% on Tuesday, and the Nasdaq is on track for "
        "a 3% gain this week.")
    _, _, v, why = one(found, "best month since November 2020")
    assert v is N and "on pace for" in why
    assert one(found, "rose 0.6%")[2] is S
    assert one(found, "3%")[2] is N


def test_a_second_verb_after_on_pace_is_a_fact_of_its_own():
    found = verdicts("The Russell 2000 is on pace for its best month since 2020 and has gained 3.5% "
                     "on Tuesday alone.")
    assert one(found, "best month since 2020")[2] is N
    assert one(found, "gained 3.5%")[2] is S


def test_rules_of_thumb_are_not_checkable_but_event_studies_still_run():
    found = verdicts(
        "The Russell 2000 jumped 3.5% on Tuesday as bond yields fell. When rates rise, small caps "
        "tend to lag large caps by 3 percentage points a year. Historically, the Russell 2000 tends "
        "to rise 8% in the six months after the first cut.")
    assert one(found, "jumped 3.5%")[2] is S
    _, _, v, why = one(found, "lag large caps by 3 percentage points")
    assert v is N and "generic statement" in why
    # an event capscope can study is a checkable claim about history, not a rule of thumb
    kind, _, v, _ = one(found, "tends to rise 8%")
    assert kind == "event_pattern" and v not in (N, F)


def test_an_average_over_past_episodes_is_a_rule_of_thumb_unless_capscope_can_study_it():
    found = verdicts(
        "Going back to 1980, small caps have trailed large caps by an average of 1.4 percentage "
        "points in the 65 days after the Fed first started cutting rates. The Russell 2000 has gained "
        "an average of 20% in the year after a presidential election.", "2024-11-07")
    first = [(words, v) for _, words, v, _ in found if "20%" not in words]
    assert first and all(v is N for _, v in first), first
    # the nine elections 1988-2020: RUT's mean 12-month return +20.36%
    kind, _, v, why = one(found, "20%")
    assert kind == "event_pattern" and v is S, why


def test_market_odds_stated_as_pricing_and_hopes_are_not_checkable():
    found = verdicts(
        "Futures price a September cut as near certain. The CME FedWatch tool shows a 92% "
        "probability of a quarter-point cut in September. Stocks rallied on hopes of a half-point "
        "cut, and the Dow rose 1.8% on Tuesday.")
    kinds = {(k, v) for k, _, v, _ in found}
    assert ("fed_decision", N) in kinds and ("fed_decision", S) not in kinds
    assert all(v is N for k, _, v, _ in found if k == "fed_decision")
    # real market-implied odds keep their own kind and verifier (no futures for 2024 here)
    kind, _, v, why = one(found, "92% probability")
    assert kind == "rate_probability" and v is U and "futures" in why
    assert one(found, "rose 1.8%")[2] is S


def test_hopes_cover_the_awaited_event_not_the_move_they_caused():
    found = verdicts(
        "Hopes of a September cut sent the Russell 2000 up 3.5% on Tuesday. Bets on more cuts "
        "pushed the Dow up 1.8%. Traders are pricing in a quarter-point cut in September.")
    assert one(found, "up 3.5%")[2] is S
    assert one(found, "up 1.8%")[2] is S
    _, _, v, why = one(found, "quarter-point cut")
    assert v is N and "pricing in" in why


def test_reported_forecasts_are_never_judged():
    found = verdicts(
        "Strategists expect the Russell 2000 to gain 10% by year-end. Goldman sees the S&P 500 at "
        "6,000 by year-end. The S&P 500 rose 0.6% on Tuesday.")
    forecasts = [f for f in found if f[0] == "forecast" or "forecast" in f[3]]
    assert len(forecasts) == 2 and all(v is F for _, _, v, _ in forecasts)
    # the year ended inside the data: what followed is a note, the verdict stays "forecast"
    assert any("what followed" in why for _, _, _, why in forecasts)
    assert one(found, "rose 0.6%")[2] is S


def test_a_headline_sees_is_not_a_forecaster_sees():
    found = verdicts("The Russell 2000 sees its biggest gain since 2020 as small caps jump 3.5%. "
                     "Goldman sees the index at 2,500 by year-end.")
    assert one(found, "jump 3.5%")[2] is S
    assert one(found, "biggest gain since 2020")[2] not in (N, F)
    assert one(found, "2,500")[2] is F


def test_forecast_words_on_other_claims_give_forecast_with_a_horizon():
    found = verdicts(
        "Strategists expect the S&P 500 to end the year at 6,000. Analysts expect the Fed to "
        "deliver a half-point cut next year. The Dow rose 1.8% on Tuesday.")
    assert {v for k, _, v, _ in found if k != "day_move"} == {F}
    assert one(found, "rose 1.8%")[2] is S


def test_a_quoted_opinion_is_not_checkable():
    found = verdicts(
        "\u201cWe think small caps can rally another 20% from here,\u201d said one strategist. The "
        "Russell 2000 jumped 3.5% on Tuesday.")
    assert one(found, "20%")[2] is N
    assert one(found, "jumped 3.5%")[2] is S


def test_a_quoted_view_covers_what_follows_it_in_the_quote_not_a_quoted_fact():
    found = verdicts(
        "\u201cThe Russell 2000 jumped 3.5% on Tuesday, and I believe a 20% gain from here is "
        "realistic,\u201d one strategist said. \u201cThe Dow rose 1.8%,\u201d another noted.")
    assert one(found, "jumped 3.5%")[2] is S
    assert one(found, "rose 1.8%")[2] is S
    _, _, v, why = one(found, "20%")
    assert v is N and "quoted opinion" in why


def test_measures_capscope_has_no_data_for_are_unverifiable_and_named():
    found = verdicts(
        "The Russell 2000 jumped 3.5% on Tuesday. Earnings for S&P 500 companies grew 9% in the "
        "second quarter. The small-cap advance-decline line hit a record high. Investors poured "
        "$5 billion into small-cap funds last week, the biggest inflow since March. The S&P 500 "
        "energy sector rose 1.2%, while the index gained 0.6%. In Toronto the S&P/TSX composite "
        "gained 120 points to 22,900. The dollar rose 0.4% to its highest level since June. The "
        "Russell 2000's forward P/E fell to 14, its lowest since 2001. The S&P 500's dividend yield "
        "slipped to 1.3%, the lowest since 2000.")
    assert one(found, "jumped 3.5%")[2] is S
    assert one(found, "gained 0.6%")[2] is S
    named = {"grew 9%": "earnings", "a record high": "breadth", "biggest inflow since March": "fund flows",
             "rose 1.2%": "sector", "gained 120 points": "TSX", "highest level since June": "dollar",
             "lowest since 2001": "valuation", "lowest since 2000": "dividend yield"}
    for words, measure in named.items():
        _, _, v, why = one(found, words)
        assert v is U and measure in why, (words, why)


def test_breadth_figures_are_not_index_figures():
    found = verdicts(
        "Small caps rallied on Tuesday, and the Russell 2000 jumped 3.5%. Yet only 40% of S&P 500 "
        "stocks are trading above their 50-day moving average, the lowest share since April, and the "
        "median stock in the index has fallen 12% from its high.")
    assert one(found, "jumped 3.5%")[2] is S
    others = [(v, why) for _, words, v, why in found if "jumped" not in words]
    assert len(others) >= 3 and all(v is U and "breadth" in why for v, why in others), others


def test_survey_and_commodity_figures_are_not_index_figures():
    found = verdicts(
        "The Russell 2000 jumped 3.5% on Tuesday as the price of crude oil climbed 2.4% to $81.50 a "
        "barrel. In the latest weekly survey, the share of respondents reporting as bullish rose to "
        "45.2%, the highest since April.")
    assert one(found, "jumped 3.5%")[2] is S
    others = [(words, v, why) for _, words, v, why in found if "jumped" not in words]
    assert others and all(v is U and ("commodity" in why or "survey" in why) for _, v, why in others), others


def test_a_measure_of_a_second_statement_does_not_stop_the_first():
    found = verdicts("The Dow rose 1.8% on Tuesday and oil fell 3%. The Russell 2000 jumped 3.5% and the "
                     "dollar index slipped 0.2%.")
    assert one(found, "rose 1.8%")[2] is S and one(found, "jumped 3.5%")[2] is S
    assert "commodity" in one(found, "fell 3%")[3] and "dollar" in one(found, "slipped 0.2%")[3]


def test_a_measure_named_as_a_cause_does_not_stop_the_price_claim():
    found = verdicts(
        "The S&P 500 rose 0.6% on Tuesday, lifted by strong earnings from banks. The Russell 2000 "
        "jumped 3.5% as inflation data cooled, and the Dow rose 1.8% after retail sales beat "
        "forecasts.")
    assert [v for _, _, v, _ in found] == [S, S, S]


def test_a_measure_that_moved_a_named_index_does_not_stop_its_figure():
    found = verdicts(
        "Strong bank earnings helped the Dow rise 1.8% on Tuesday. Earnings for Russell 2000 "
        "companies, by contrast, grew 12% in the second quarter.")
    assert one(found, "rise 1.8%")[2] is S
    _, _, v, why = one(found, "grew 12%")
    assert v is U and "earnings" in why


def test_a_sector_fund_is_checked_but_the_sector_index_is_not():
    found = verdicts(
        "The Energy Select Sector SPDR (XLE) rose 0.45% on Tuesday. Energy stocks in the S&P 500 "
        "rose 0.9%.")
    assert one(found, "0.45%")[2] is S
    _, _, v, why = one(found, "0.9%")
    assert v is U and "sector" in why


def test_sector_names_as_subjects_and_the_dow_industrials_are_not_confused():
    found = verdicts(
        "Nine of the 11 sectors of the S&P 500 rose on Tuesday, and the Dow Jones Industrial Average "
        "closed at a record 40,954.48. Technology stocks in the S&P 500 gained 0.3%. Utilities "
        "climbed 1.1%, the best of the groups.")
    assert [f[2] for f in found if "record" in f[1]] == [S, S]  # the record and its level
    for words, sector in (("0.3%", "Technology stocks"), ("1.1%", "Utilities")):
        _, _, v, why = one(found, words)
        assert v is U and sector in why, (words, why)


def test_a_relative_measure_is_not_the_index_own_record():
    found = verdicts(
        "Relative to the S&P 500, the Russell 2000 hit its highest level since 2021 on Tuesday. "
        "On its own, the Russell 2000 closed at its highest level since January 2022.")
    _, _, v, why = one(found, "highest level since 2021")
    assert v is U and "relative" in why
    assert one(found, "highest level since January 2022")[2] is S


# each family: phrases its pattern must read, so its substring pre-test can never hide a match
EXAMPLES = {
    "a conditional": ["if the gains hold", "unless the index recovers"],
    "a goal and what it would take": ["for them to set new highs, the dow would have to rise 2%",
                                      "to regain its record, the index needs to climb 5%"],
    "a hypothetical": ["would be its first record", "were to close higher"],
    "a comparison's yardstick": ["a move comparable to the Dow rising almost 600 points", "the equivalent of a 700-point drop"],
    "a threshold and what it takes": ["the closing level needed to lock in a finish in correction territory",
                                      "the level required to confirm a bear market"],
    "on track (a projection of the period's end)": ["on pace for", "on track to", "looks set to", "poised for"],
    "market-implied odds stated as pricing": ["futures price a september cut", "traders are pricing in two cuts",
                                              "investors bet on a cut"],
    "hopes or expectations": ["hopes of lower rates", "expectations for a cut", "speculation about cuts",
                              "investors braced for another big rate increase"],
    "a rule of thumb": ["historically, small caps", "on average, the index"],
    "a generic statement": ["small caps tend to lag", "every two years or so"],
    "a reported forecast": ["strategists expect", "goldman sees", "is expected to", "anticipating two cuts",
                            "penciled in two cuts"],
    "a projection": ["could rise", "will post", "may fall", "possibly coming", "as early as next month"],
    "a quoted opinion": ["\"We think it can rally\"", "\u201cI believe the lows are in\u201d"],
}
MEASURE_EXAMPLES = {
    "a valuation": ["forward p/e", "14 times forward earnings", "the cheapest versus large caps", "valuations"],
    "earnings": ["earnings growth", "eps"],
    "revenues or margins": ["revenue rose", "profit margins"],
    "breadth": ["advance-decline line", "losers outnumbered winners", "85% of s&p 500 stocks"],
    "fund flows": ["outflows", "inflows into small-cap funds"],
    "economic data": ["gdp grew", "inflation", "payrolls"],
    "a sentiment survey": ["the aaii sentiment survey", "bullish sentiment rose", "the bull-bear spread"],
    "a commodity price": ["crude oil climbed", "$70.13 per barrel", "gold futures"],
    "an S&P 500 sector index": ["energy sector", "all 11 s&p 500 sectors"],
    "an index capscope has no data for": ["s&p/tsx composite"],
    "the dollar": ["the dollar rose", "dollar index"],
    "short interest": ["short interest as a percentage of shares outstanding", "days to cover"],
    "an exponential moving average": ["below its 200-day exponential moving average", "its 50-day EMA"],
    "an equal-weighted index": ["rose 23.5 per cent on an equal-weighted basis", "the equal-weight S&P 500"],
}


@pytest.mark.parametrize("cue", ASSERTION_CUES, ids=lambda c: c.family)
def test_every_cue_family_reads_its_examples_past_its_pretest(cue):
    for phrase in EXAMPLES[cue.family]:
        assert cue.pattern.search(phrase), phrase
        if cue.pattern.flags & 2:  # IGNORECASE: the pre-test runs on the lower-cased sentence
            assert not lacks_all(phrase.lower(), cue.needs), phrase
        else:
            assert not lacks_all(phrase, cue.needs) or not phrase.isascii(), phrase


@pytest.mark.parametrize("measure", MEASURES, ids=lambda m: m.name)
def test_every_measure_reads_its_examples_past_its_pretest(measure):
    for phrase in MEASURE_EXAMPLES[measure.name]:
        assert measure.pattern.search(phrase), phrase
        assert not lacks_all(phrase, measure.needs), phrase


def test_what_an_index_tracks_is_no_measure_of_its_figure():
    # "The Dow, which tracks 30 big industrial companies, surged 155 points": the aside describes
    # the index; the move is the Dow's own, checked (2017-01-25: +155.80 points)
    import datetime as dt

    from capscope.claims.check import check_text

    report = check_text("The Dow, which tracks 30 big industrial companies, surged 155.80 points on Wednesday.",
                        dt.date(2017, 1, 25))
    got = {it.claim.text: it.verdict.value for it in report.items}
    assert got["surged 155.80 points"] == "supported"
