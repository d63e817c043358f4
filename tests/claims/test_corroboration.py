"""Before an alarm, the neighbouring readings (readings/corroboration.py), and the period-end
time phrases ("since the end of last year", "at the end of June").

Every expected figure is read off the stored rows here with pandas, never from the checker.
Passages are invented in the style of wire copy; the numbers are the data's.
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text
from capscope.claims.normalize import normalize


@pytest.fixture(scope="module")
def rut():
    return capscope.bars("RUT")["close"]


def _verdicts(text: str, published: str) -> dict[str, str]:
    report = check_text(text, dt.date.fromisoformat(published))
    return {i.claim.text: i.verdict.value for i in report.items}


def _explanations(text: str, published: str) -> dict[str, str]:
    report = check_text(text, dt.date.fromisoformat(published))
    return {i.claim.text: i.checked.explanation for i in report.items}


def test_a_gain_quoted_a_few_sessions_before_the_article_is_no_alarm(rut):
    # from the 2024-06-28 close: +6.67% to Friday 07-19 (the article's day), +9.38% to 07-17
    base = rut["2024-06-28"]
    assert round((rut["2024-07-19"] / base - 1) * 100, 2) == 6.67
    assert (rut["2024-07-17"] / base - 1) * 100 > 9
    text = ("Small caps have had a strong month. Since June 28, the Russell 2000 has "
            "rallied more than 9%.")
    got = _explanations(text, "2024-07-20")
    assert "ambiguous" in got["rallied more than 9%"] and "2024-07-17" in got["rallied more than 9%"]
    # no window ending up to three sessions earlier gains 14%: that figure is an error
    assert max((rut[d] / base - 1) * 100 for d in ("2024-07-16", "2024-07-17", "2024-07-18",
                                                   "2024-07-19")) < 14
    wrong = _verdicts(text.replace("9%", "14%"), "2024-07-20")
    assert wrong["rallied more than 14%"] == "contradicted"


def test_an_undated_move_that_is_a_nearby_sessions_is_no_alarm(rut):
    # RUT, off the rows: -0.63% on Friday 2024-07-19 (the article's day), -1.06% on 07-17
    moves = rut.pct_change() * 100
    assert round(moves["2024-07-19"], 2) == -0.63 and round(moves["2024-07-17"], 2) == -1.06
    got = _explanations("Small caps retreated. The Russell 2000 fell 1.06%.", "2024-07-20")
    assert got["fell 1.06%"].startswith("ambiguous") and "2024-07-17" in got["fell 1.06%"]
    # a figure no session from 07-16 to 07-19 gives stays an alarm
    assert not any(abs(moves[d] + 1.4) < 0.05 for d in ("2024-07-16", "2024-07-17", "2024-07-18",
                                                       "2024-07-19"))
    assert _verdicts("Small caps retreated. The Russell 2000 fell 1.4%.", "2024-07-20") == {
        "fell 1.4%": "contradicted"}


def test_a_day_stated_at_the_move_is_firm():
    # "on Monday" right at the move dates it: a nearby session that fits is no reading (SPY's
    # +1.1% was Friday 2011-02-25's, its Monday close 133.15)
    spy = capscope.bars("SPY")["close"]
    assert round(spy.pct_change()["2011-02-25"] * 100, 1) == 1.1
    assert round(spy["2011-02-28"], 2) == 133.15
    got = _verdicts("The SPDR S&P 500 ETF gained 1.1% to 133.15 on Monday.", "2011-02-28")
    assert got["gained 1.1%"] == "contradicted"


def test_since_the_end_of_a_period_runs_from_its_last_close(rut):
    # from the 2023-12-29 close (the year's last session) to 2024-07-19: +7.76%; from the
    # 2022-12-30 close (the start of "last year" read as a whole year) it would be +24.02%; no
    # window ending a few sessions earlier reaches 15%
    assert round((rut["2024-07-19"] / rut["2023-12-29"] - 1) * 100, 2) == 7.76
    assert (rut["2024-07-10":"2024-07-19"] / rut["2023-12-29"] - 1).max() * 100 < 13.5
    for phrase in ("Since the end of last year", "Since the end of 2023"):
        got = _verdicts(f"{phrase}, the Russell 2000 has rallied 7.8%.", "2024-07-20")
        assert got == {"rallied 7.8%": "supported"}, phrase
        got = _verdicts(f"{phrase}, the Russell 2000 has rallied 15%.", "2024-07-20")
        assert got == {"rallied 15%": "contradicted"}, phrase


def test_a_close_at_the_end_of_a_month_is_its_last_session(rut):
    # June 2024's last session is Friday 06-28 (06-29 and 06-30 are a weekend): close 2,047.69
    assert rut[:"2024-06-30"].index[-1] == dt.datetime(2024, 6, 28)
    assert round(rut["2024-06-28"], 2) == 2047.69
    for text in ("At the end of June, the Russell 2000 closed at 2,047.69.",
                 "The Russell 2000 closed at 2,047.69 at the end of June."):
        assert _verdicts(text, "2024-07-20") == {"closed at 2,047.69": "supported"}
    wrong = _verdicts("At the end of June, the Russell 2000 closed at 2,147.69.", "2024-07-20")
    assert wrong == {"closed at 2,147.69": "contradicted"}


def test_a_close_dated_by_a_long_window_is_no_alarm(rut):
    # "in early 2024" (January-April) holds 83 closes: 2,047.69 is none of them, but the last
    # (04-30) is not the only one the words allow
    closes = rut["2024-01-01":"2024-04-30"]
    assert len(closes) > 60
    got = _explanations("In early 2024 the Russell 2000 closed at 2,047.69.", "2024-07-20")
    assert got["closed at 2,047.69"].startswith("ambiguous")


@pytest.mark.parametrize("opening", ["By the end of June", "By Friday", "By March"])
def test_a_sentence_opening_with_by_is_no_byline(opening):
    text = f"{opening}, the Russell 2000 had fallen 2%."
    assert normalize(text).text == text


@pytest.mark.parametrize("byline", ["By Jane Smith", "BY JANE SMITH, REUTERS", "By Tom Moore and Ann Lee"])
def test_a_byline_is_still_dropped(byline):
    assert normalize(f"{byline}\nThe Russell 2000 rose 1%.").text == "The Russell 2000 rose 1%."


def test_a_lead_that_dates_the_story_keeps_every_planted_error_an_alarm():
    # 2024-07-19, off the rows: SPX -0.71% to 5,505.00 (-1.39% on 07-17, a nearby session);
    # DJI -377.49 (-0.93%) to 40,287.53; IXIC -0.81% and 3 straight losses; RUT -0.63%, +7.76%
    # for the year, +6.67% from the June 28 close, 2,263.67 on 07-16 (no record); VIX 16.52
    bars = {s: capscope.bars(s)["close"] for s in ("SPX", "DJI", "IXIC", "RUT", "VIX")}
    move = {s: (c["2024-07-19"] / c["2024-07-18"] - 1) * 100 for s, c in bars.items()}
    assert round(move["SPX"], 2) == -0.71 and round(move["DJI"], 2) == -0.93
    assert round(bars["DJI"]["2024-07-19"], 2) == 40287.53 and round(bars["VIX"]["2024-07-19"], 2) == 16.52
    assert (bars["IXIC"].diff()["2024-07-15":"2024-07-19"] < 0).tolist() == [False, False, True, True, True]
    assert bars["RUT"][:"2024-07-16"].max() > bars["RUT"]["2024-07-16"]
    text = ("NEW YORK (AP) -- Stocks slumped on Friday, July 19, 2024, as a global tech outage rattled "
            "traders.\n\nThe S&P 500 fell 1.4% to 5,505.00. The Dow dropped 377 points, or 0.9%, to "
            "41,287.53. The Nasdaq composite sank 0.8%, its fifth straight loss.\n\nThe Russell 2000 "
            "slipped 0.6% but is still up 11% for the year. Small caps have now gained 12% since the "
            "end of June, and the index closed at a record high on Tuesday.\n\nThe VIX rose 3.7% to 18.52.")
    report = check_text(text)
    assert report.published == dt.date(2024, 7, 19)  # the lead's weekday and date agree
    got = {i.claim.text: i.verdict.value for i in report.items}
    wrong = {"fell 1.4%", "to 41,287.53", "its fifth straight loss", "up 11%", "gained 12%",
             "to 18.52", "closed at a record"}
    assert {t for t, v in got.items() if v == "contradicted"} >= wrong
    for right in ("to 5,505.00", "dropped 377 points", "0.9%", "sank 0.8%", "rose 3.7%"):
        assert got[right] == "supported", right


def test_a_record_said_of_a_pronoun_holds_for_another_index_the_story_names():
    # 2024-07-16, off the rows: the Dow closed at 40,954.48 above every earlier close (40,211.72
    # at most), the Russell 2000 at 2,263.67 (+3.50%), 7% under its 2,442.74 of 2021
    dji, rut = (capscope.bars(s)["close"] for s in ("DJI", "RUT"))
    assert dji["2024-07-16"] > dji[:"2024-07-15"].max()
    assert rut["2024-07-16"] < rut[:"2024-07-15"].max()
    lead = "NEW YORK -- Stocks rallied on Tuesday, July 16, 2024. The Dow Jones industrial average jumped 1.9%. "
    # "It" may be the Russell 2000 of the sentence before, or the story's other index: not an alarm
    got = {i.claim.text: i for i in check_text(lead + "The Russell 2000 surged 3.5%. It closed at a record.").items}
    assert got["closed at a record"].verdict.value == "unverifiable"
    assert "DJI instead of RUT" in got["closed at a record"].checked.explanation
    # named in its own sentence, the index's record is its own: the error is an alarm
    got = {i.claim.text: i for i in check_text(lead + "The Russell 2000 surged 3.5% and closed at a record.").items}
    assert got["closed at a record"].verdict.value == "contradicted"
