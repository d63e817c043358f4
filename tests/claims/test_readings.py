"""Whole passages for the reading rule: contradicted only when every plausible reading contradicts.

Every expected figure is computed here from the stored closes (pandas arithmetic on the rows),
never taken from the checker. RUT, read off the rows: 2024-07-12 close 2,148.27; 2024-07-15
+1.80%, 2024-07-16 +3.50% (close 2,263.67), 2024-07-19 -0.63%; week 2024-07-12 -> 07-19 +1.68%.
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text
from capscope.claims.evaluate import evaluate


@pytest.fixture(scope="module")
def rut():
    return capscope.bars("RUT")["close"]


def _change(closes, day: str) -> float:
    i = closes.index.get_loc(day)
    return (closes.iloc[i] / closes.iloc[i - 1] - 1) * 100


def _verdicts(text: str, published: str) -> dict[str, str]:
    report = check_text(text, dt.date.fromisoformat(published))
    return {it.claim.text: it.verdict.value for it in report.items}


def test_a_later_weekday_dates_only_its_own_clause(rut):
    # class 1: the lead's "on Tuesday" is the article's day; Monday's clause keeps Monday
    assert round(_change(rut, "2024-07-16"), 1) == 3.5
    assert round(_change(rut, "2024-07-15"), 1) == 1.8
    text = ("NEW YORK -- The Russell 2000 jumped 3.5% on Tuesday, its biggest gain in months. "
            "Fed officials said on Monday that cuts were near, after the small-cap index had risen "
            "1.8% that day.")
    got = _verdicts(text, "2024-07-16")
    assert got == {"jumped 3.5%": "supported", "risen 1.8%": "supported"}


def test_a_window_word_elsewhere_in_the_sentence_is_a_reading(rut):
    # class 2: "gained 1.7%" with "week" in the sentence is the week's change, not Friday's
    week = (rut["2024-07-19"] / rut["2024-07-12"] - 1) * 100
    assert round(week, 1) == 1.7 and round(_change(rut, "2024-07-19"), 1) == -0.6
    report = check_text("Small caps had a strong week. The Russell 2000 gained 1.7%, its best "
                        "week in a month.", dt.date(2024, 7, 19))
    item = next(i for i in report.items if i.claim.text == "gained 1.7%")
    assert item.verdict.value == "supported"
    assert "week to date" in item.checked.explanation and "as first read" in item.checked.explanation


def test_a_wrong_figure_on_a_firm_reading_stays_contradicted(rut):
    # the day is stated at the claim, the subject named in the sentence, the close said: 2.1% is
    # not 3.50%, and at 0.60 times it is an understated figure, the writers' own kind of error
    # (said other than at the close, 2.1% lies inside the +0.52%..+3.58% RUT traded through that
    # day; an overstated figure past 1.3 times the day's is more often another session's)
    change = _change(rut, "2024-07-16")
    assert abs(change - 2.1) > 1 and 0.4 < 2.1 / change < 0.75
    got = _verdicts("The Russell 2000 closed up 2.1% on Tuesday, its best day since 2020.",
                    "2024-07-16")
    assert got["up 2.1%"] == "contradicted"


def test_a_day_move_larger_than_any_session_is_not_an_alarm(rut):
    # RUT's largest one-day move in the rows is far below 40%: an unstated window, not an error
    assert (rut.pct_change().abs().max() * 100) < 20
    report = check_text("The Russell 2000 soared 40% to a record.", dt.date(2024, 7, 16))
    item = report.items[0]
    assert item.verdict.value == "unverifiable" and "ambiguous" in item.checked.explanation


def test_a_time_phrase_after_another_number_is_not_a_firm_reading():
    # "on Tuesday" may date the other number of the sentence: a miss there is not an alarm
    got = _verdicts("The S&P 500 and the Russell 2000 rose 3.5% and 0.6%, respectively, on "
                    "Tuesday.", "2024-07-16")
    assert "contradicted" not in got.values()


def test_a_moves_own_close_does_not_detach_its_day():
    # "fell X% to LEVEL on Monday": the level is the move's own close, so Monday is the move's
    # day and the claim is read there. Off the rows, 2011-02-28: SPY +0.62% to 133.15, the S&P 500
    # +0.56% to 1,327.22, neither trading below the Friday close: "fell 0.6%" is a sign flipped at
    # a like size, an alarm (an overstated figure past 1.3 times the day's would be no alarm)
    for sym, pct, close in (("SPY", 0.62, 133.15), ("SPX", 0.56, 1327.22)):
        bars = capscope.bars(sym)
        i = bars.index.get_loc("2011-02-28")
        assert round(_change(bars["close"], "2011-02-28"), 2) == pct
        assert round(bars["close"].iloc[i], 2) == close and bars["low"].iloc[i] > bars["close"].iloc[i - 1]
    got = _verdicts("The SPDR S&P 500 ETF fell 0.6% to 133.15 on Monday.", "2011-02-28")
    assert got["fell 0.6%"] == "contradicted"
    got = _verdicts("The SPDR S&P 500 ETF gained 0.6% to close at 133.15 on Monday.",
                    "2011-02-28")
    assert got["gained 0.6%"] == "supported"
    got = _verdicts("The S&P 500 fell 0.6% to 1,327.22 on Monday.", "2011-02-28")
    assert got["fell 0.6%"] == "contradicted"
    # a comma still leaves the day detached, as before: the same figure is no alarm
    report = check_text("The S&P 500 fell 0.6%, to 1,327.22, on Monday.", dt.date(2011, 2, 28))
    item = next(i for i in report.items if i.claim.text == "fell 0.6%")
    assert item.verdict.value == "unverifiable"
    assert "'on Monday' may date another part of the sentence" in item.checked.explanation


def test_a_claims_own_since_date_is_not_a_day_to_read_it_on():
    # RUT's lowest close since 2004-09-27 on 2008-10-07; "since Oct. 27, 2004" understates it,
    # and reading the claim on Oct. 27, 2004 itself (a day the article names) must not save it
    got = _verdicts("The Russell 2000 fell 6.2% to 558.95 on Tuesday, its lowest close since "
                    "Oct. 27, 2004.", "2008-10-07")
    assert got["lowest close since Oct. 27, 2004"] == "imprecise"
    got = _verdicts("The Russell 2000 fell 6.2% to 558.95 on Tuesday, its lowest close since "
                    "Sept. 27, 2004.", "2008-10-07")
    assert got["lowest close since Sept. 27, 2004"] == "supported"


def test_eval_scores_every_printed_verdict(tmp_path):
    # a keyed corpus of one passage: the key knows one claim (supported); the checker also
    # prints a contradicted claim the key does not list, which counts as a false alarm (off the
    # rows, the S&P 500 rose 0.64% on 2024-07-16: "fell 0.6%" has the sign flipped at a like size)
    import json

    assert round(_change(capscope.bars("SPX")["close"], "2024-07-16"), 2) == 0.64
    text = "The Russell 2000 jumped 3.5% on Tuesday. The S&P 500 fell 0.6% on Tuesday."
    (tmp_path / "passages.jsonl").write_text(json.dumps(
        {"id": "p1", "published": "2024-07-16", "text": text}) + "\n")
    (tmp_path / "key.jsonl").write_text(json.dumps(
        {"passage_id": "p1", "claim_index": 0, "verdict": "supported",
         "anchor_text": "jumped 3.5%"}) + "\n")
    ev = evaluate(tmp_path)
    assert ev.keyed == 1 and ev.found == 1 and ev.accuracy == 1.0
    assert ev.printed("contradicted") == 1 and ev.alarm_precision == 0.0
    assert len(ev.false_alarms) == 1


def test_eval_scores_a_printed_claim_once_when_two_keys_point_at_it(tmp_path):
    # one printed "contradicted" ("fell 0.6%": the S&P 500 rose 0.64% on 2024-07-16) that two key
    # claims point at: for accuracy each key is scored; for precision the alarm is printed once,
    # scored against the key it sits on most directly (the shorter anchor on its number)
    import json

    text = "The Russell 2000 jumped 3.5% on Tuesday. The S&P 500 fell 0.6% on Tuesday."
    (tmp_path / "passages.jsonl").write_text(json.dumps(
        {"id": "p1", "published": "2024-07-16", "text": text}) + "\n")
    (tmp_path / "key.jsonl").write_text("".join(json.dumps(k) + "\n" for k in (
        {"passage_id": "p1", "claim_index": 0, "verdict": "contradicted", "anchor_text": "fell 0.6%"},
        {"passage_id": "p1", "claim_index": 1, "verdict": "supported", "anchor_text": "0.6% on Tuesday."})))
    ev = evaluate(tmp_path)
    assert ev.keyed == 2 and ev.found == 2 and ev.accuracy == 0.5
    assert ev.printed("contradicted") == 1 and ev.alarm_precision == 1.0 and ev.false_alarms == []


def test_eval_refuses_an_anchor_that_is_not_unique(tmp_path):
    import json

    from capscope.errors import BadInput

    (tmp_path / "passages.jsonl").write_text(json.dumps(
        {"id": "p1", "published": "2024-07-16", "text": "up 1% and up 1%"}) + "\n")
    (tmp_path / "key.jsonl").write_text(json.dumps(
        {"passage_id": "p1", "claim_index": 0, "verdict": "supported",
         "anchor_text": "up 1%"}) + "\n")
    with pytest.raises(BadInput, match="exactly once"):
        evaluate(tmp_path)


@pytest.mark.slow
@pytest.mark.alarm_licence
def test_development_corpus_does_not_regress():
    # the development corpus (corpora/dev, keyed by its own reference.py): floors at the levels
    # measured when the reading rule landed, so a change that loses ground fails here
    from pathlib import Path

    ev = evaluate(Path(__file__).parents[2] / "corpora" / "dev")
    assert ev.keyed == 234
    assert ev.accuracy >= 0.84, ev.accuracy
    assert ev.found / ev.keyed >= 0.90, ev.found
    assert not ev.false_alarms, [str(x) for x in ev.false_alarms]
    # the real errors it catches stay caught (one claim the key splits in two, "down nearly 57%
    # from its October 1997 record", is read on the standing record: the figure holds, the
    # date does not, and one verdict cannot say both). A sixth, "avoided a 10% dip for more
    # than two years", was once flagged on a misreading (a 10% day move against -1.01%) that
    # happened to land on a claim the key refutes for another reason; a change ten times the
    # data's is no longer read as the writer's error (readings.firmness._far_off_change)
    assert ev.printed("contradicted") >= 5


@pytest.mark.slow
@pytest.mark.alarm_licence
def test_the_first_held_back_corpus_now_a_second_development_set_does_not_regress():
    # corpora/heldout was measured once while held back (accuracy 55.5%, alarm precision 8.2%)
    # and has been tuned on since: floors at the levels measured when this test was written
    from pathlib import Path

    ev = evaluate(Path(__file__).parents[2] / "corpora" / "heldout")
    assert ev.keyed == 512
    assert ev.accuracy >= 0.75, ev.accuracy
    # (the one false alarm left, "shed more than 2,200 points, or roughly 6.8%", was one verdict
    # for two figures; each figure is its own claim now, and the key's real errors stay caught)
    assert not ev.false_alarms, [str(x) for x in ev.false_alarms]
    # (5 printed -> 3 with the alarm licence: "highest level since May 4, 2009" and "biggest
    # single-day point drop in over a decade" rank a session against its past, which is no longer
    # an alarm; the data's verdict stays in their unverifiable explanation. 3 -> 2: "(the record was
    # 19 trading days in 1985)" had been read as a record close of 19, refuted by the index's
    # level, which happened to land on a claim the key refutes for another reason, the length
    # of the record run; a run's length is no level now)
    assert ev.printed("contradicted") >= 2



def test_a_change_far_off_the_data_is_no_alarm_but_a_like_sized_error_is(rut):
    # 2019-08-12: the Russell 2000 fell 1.13% (computed here from the closes). The band is
    # lopsided (readings.firmness: more than 1.3 times the data's figure, or less than 0.4 times
    # it, is more often another session's or window's change than the writer's error): "lost
    # 3.4%" (3.0 times) and "lost 1.6%" (1.41 times) are overstated past it, "gained 0.4%" (0.35
    # times) understated past it, so none is an alarm; "gained 1.1%" (0.97 times) and "gained
    # 0.6%" (0.53 times) are inside it and stay contradicted. (The session traded from -1.15% to
    # -0.02%, so a loss stated under 1.13% would be a mid-session figure: a flipped sign tests the
    # lower side.)
    change = _change(rut, "2019-08-12")
    assert round(change, 2) == -1.13
    bars = capscope.bars("RUT")
    i = bars.index.get_loc("2019-08-12")
    assert bars["high"].iloc[i] < bars["close"].iloc[i - 1]  # no gain at any moment of the day
    ratio = {x: abs(x / change) for x in (3.4, 1.6, 0.4, 1.1, 0.6)}
    assert ratio[3.4] > 1.3 and ratio[1.6] > 1.3 and ratio[0.4] < 0.4
    assert 0.4 < ratio[0.6] < ratio[1.1] < 1.3
    for words in ("lost 3.4%", "lost 1.6%", "gained 0.4%"):
        item = check_text(f"The Russell 2000 {words} on Monday.", dt.date(2019, 8, 12)).items[0]
        assert item.claim.text == words and item.verdict.value == "unverifiable"
        assert f"is {ratio[float(words.split()[1][:-1])]:.2f} times the -1.13% of the reading" in \
            item.checked.explanation
    for words in ("gained 1.1%", "gained 0.6%"):
        assert _verdicts(f"The Russell 2000 {words} on Monday.", "2019-08-12")[words] == "contradicted"


def test_a_gap_far_off_the_data_is_no_alarm_but_a_like_sized_one_is(rut):
    # 2023-12-29 -> 2024-07-16 (computed here): the Russell 2000 rose 11.67%, the S&P 500 18.81%:
    # a -7.14 pp gap. "beat ... by 9 points" has the sign wrong at a like size: an alarm; "by 40
    # points" is more than five times the gap: more often another window than an error
    spx = capscope.bars("SPX")["close"]
    gap = (rut["2024-07-16"] / rut["2023-12-29"] - spx["2024-07-16"] / spx["2023-12-29"]) * 100
    assert round(gap, 2) == -7.14
    text = "So far this year the Russell 2000 has outperformed the S&P 500 by {} percentage points."
    near = _verdicts(text.format(9), "2024-07-16")
    far = _verdicts(text.format(40), "2024-07-16")
    assert list(near.values()) == ["contradicted"]
    assert list(far.values()) == ["unverifiable"]


def test_a_ratio_of_two_losses(rut):
    # the week to 2008-09-26 (computed here): the Russell 2000 fell 6.49%, the S&P 500 3.33%, 1.95
    # times as much: "down nearly twice as much" holds, "down three times as much" does not
    spx = capscope.bars("SPX")["close"]
    a = (rut["2008-09-26"] / rut["2008-09-19"] - 1) * 100
    b = (spx["2008-09-26"] / spx["2008-09-19"] - 1) * 100
    assert round(a / b, 2) == 1.95
    text = "This week the Russell 2000 is down {} as much as the S&P 500."
    assert list(_verdicts(text.format("nearly twice"), "2008-09-26").values()) == ["supported"]
    assert "supported" not in _verdicts(text.format("three times"), "2008-09-26").values()


def test_a_stretch_inside_a_period_is_no_alarm_on_the_whole_period(rut):
    # 2015-12-31 -> 2016-12-21 (computed here): the Russell 2000 rose 10 points more than the S&P
    # 500 (beyond what dividends make up), so "this year small caps trailed the S&P 500" is wrong
    # end to end; "for much of 2016" speaks of a stretch inside the year, which the end-to-end
    # figure cannot refute
    spx = capscope.bars("SPX")["close"]
    assert rut["2016-12-21"] / rut["2015-12-31"] - spx["2016-12-21"] / spx["2015-12-31"] > 0.05
    whole = _verdicts("So far this year the Russell 2000 has trailed the S&P 500.", "2016-12-21")
    part = _verdicts("For much of 2016 the Russell 2000 trailed the S&P 500.", "2016-12-21")
    assert list(whole.values()) == ["contradicted"]
    assert list(part.values()) == ["unverifiable"]


def test_a_market_state_defined_in_an_appositive_is_no_figure():
    # "a bear market, a drop of 20% from a record high" defines the state; "once again in a
    # correction, more than 10% under its May record" states a distance, checked as one
    got = _verdicts("The VIX rose as stocks opened lower, with the S&P 500 close to confirming a bear market, "
                    "a drop of 20% from a record high.", "2025-04-07")
    assert "contradicted" not in got.values()
    assert not any("20%" in k for k in got)
    got = _verdicts("The S&P 500 was off 3.3%, once again in a correction, more than 10% under its May record.",
                    "2015-09-01")
    assert any("10%" in k for k in got)


def test_a_time_after_the_figures_and_a_negated_run_raise_no_alarm():
    # the Dow fell on 2024-07-19; "gains of 1.6% and 0.7% in the two weeks before" are earlier
    # weeks' figures; "had not moved 1%, up or down, for six straight weeks" is no run of gains
    got = _verdicts("The Dow was the outlier of the week, rising 0.7% after back-to-back gains of 1.6% and "
                    "0.7% in the two weeks before.", "2024-07-19")
    assert "contradicted" not in got.values()
    got = _verdicts("The S&P 500 broke out of a sluggish stretch in which it had not moved 1%, up or down, "
                    "for six straight weeks.", "2023-05-19")
    assert got["six straight weeks"] == "unverifiable"


@pytest.mark.slow
@pytest.mark.alarm_licence
@pytest.mark.parametrize(("corpus", "keyed", "accuracy", "alarms", "false_alarms"), [
    ("heldout2", 370, 0.74, 2, 0),
    # (3a's "the third-largest daily point gain" of 2001-04-18 ranks 3rd in the data from 1992: the
    # key counts no larger gain before 1992 from outside knowledge; capscope no longer confirms a
    # rank "ever" the data cannot cover, so it is unverifiable: 0.723 -> 0.718)
    ("heldout3a", 195, 0.73, 0, 0),
    # (3b: 77.1% -> 76.7% when the verbs that name a close became one list for both its shapes:
    # "surged ... to around 1,787" in a mid-session story now reads as the close, imprecise)
    ("heldout3b", 275, 0.76, 0, 0),
    # (70.4% -> 70.0% when month-only publication dates came to be read: "9.7%" in a May 2015
    # piece is now judged on the price index, which the key leaves to a total return)
    ("heldout4a", 223, 0.70, 1, 0),
    ("heldout4b", 206, 0.73, 0, 0),
    ("heldout5a", 250, 0.66, 0, 0),
    ("heldout5b", 173, 0.75, 0, 0),
    # measured once at 3dc7f13: 6a 54.2% with 6 false alarms of 6; 6b 64.3%, 4 of 5 (one of them
    # "gained 893.16 points, or 27.8%": one verdict for two figures, the percent wrong; each figure
    # is its own claim since)
    ("heldout6a", 214, 0.62, 0, 0),
    ("heldout6b", 238, 0.73, 1, 0),
    # measured once at 4bad832: 7a 48.8% with 8 false alarms of 9; 7b 59.6%, 19 of 19 (ten of
    # them one table of closes under a slipped weekday); four are still open
    ("heldout7a", 213, 0.64, 0, 0),
    ("heldout7b", 213, 0.65, 0, 0),
    # measured once at 077404d: 8a 57.7% with 4 false alarms of 4; 8b 56.0%, 9 of 10
    # (8a: 59.1% -> 57.7% when the level after "rose 1.27, or 0.1 percent, to 1,143.98" came to be
    # read, figures of the afternoon the close refutes only to imprecise; 60.6% when "rose 1.27"
    # itself became a point change, inside the session's range)
    ("heldout8a", 208, 0.62, 0, 0),
    ("heldout8b", 250, 0.66, 1, 0),
    # measured once at ff249d6: 9a 42.5% with 3 false alarms of 4; 9b 65.3%, 5 of 6
    ("heldout9a", 240, 0.56, 0, 0),
    ("heldout9b", 225, 0.70, 1, 0),
    # measured once at 4739db0: 10a 46.7% with 2 false alarms of 2; 10b 54.0%, 6 of 8
    ("heldout10a", 150, 0.54, 0, 0),
    # (a fifth alarm since "both the S&P 500 index and NASDAQ hitting all-time highs this week" is read
    # for each name: the Nasdaq's closes and intraday highs of that week stay below its July 2024
    # record, so the data bear the alarm out, but the key does not list the claim)
    ("heldout10b", 215, 0.68, 5, 3),
    # measured once at e1d7e5f: 11a 62.6% with 3 false alarms of 3; 11b 62.7%, 2 of 2
    # (75.7% since "the yield ... fell to 2.99 percent" is read as the day's close, supported, where the
    # key calls a mid-session yield unverifiable)
    ("heldout11a", 115, 0.77, 0, 0),
    ("heldout11b", 158, 0.77, 0, 0),
    # measured once at e386941: 12a 76.8% with 4 false alarms of 7; 12b 63.6%, 8 of 8
    ("heldout12a", 250, 0.82, 2, 0),
    ("heldout12b", 228, 0.78, 0, 0),
    # measured once at 6f9f024: 13a 65.9% with 2 false alarms of 3; 13b 62.0%, 6 of 6
    ("heldout13a", 226, 0.70, 1, 0),
    ("heldout13b", 221, 0.67, 0, 0),
    # measured once at 43693a2 (the code of 43b3d6b): 14a 62.5% with 7 false alarms of 7; 14b 61.5%, 5 of 5
    ("heldout14a", 224, 0.67, 0, 0),
    ("heldout14b", 208, 0.69, 1, 1),
    # measured once at 25f4d53: 15a 57.0% with 3 false alarms of 3; 15b 58.7%, 1 of 2
    ("heldout15a", 221, 0.68, 0, 0),
    ("heldout15b", 172, 0.68, 0, 0),
    # measured once at 858f964: 16a 61.7% with 7 false alarms of 7; 16b 54.5%, 4 of 5
    ("heldout16a", 193, 0.69, 0, 0),
    ("heldout16b", 202, 0.61, 1, 0),
    # measured once at edf624e (the code of d6769d0): 17a 61.5% with 2 false alarms of 3; 17b 67.7%, 3 of 5
    ("heldout17a", 221, 0.65, 1, 0),
    ("heldout17b", 186, 0.69, 0, 0),
    # measured once at 4921bc3 (the code of 181e2d5): 18a 69.4% with 2 false alarms of 4; 18b 66.2%, 8 of 8
    # (18a: 78.2% -> 77.7% when a reading that bears out a mid-session figure exactly came to be
    # preferred to "unverifiable": a midday "2%" is the close before's to its rounding)
    ("heldout18a", 229, 0.77, 0, 0),
    ("heldout18b", 145, 0.73, 1, 1),
    # measured once at b448ef6 (the code of 511a08b): 19a 74.4% with 4 false alarms of 4; 19b 71.4%, 3 of 3
    ("heldout19a", 90, 0.76, 0, 0),
    ("heldout19b", 140, 0.74, 0, 0),
    # measured once at 473f49d (the code of a4472b6): 20a 65.8% with 1 false alarm of 1; 20b 66.5%, 1 of 2
    ("heldout20a", 240, 0.74, 0, 0),
    ("heldout20b", 245, 0.68, 1, 0),
    # measured once at b8f1ea3 (the code of c6bf781): 21a 66.7% with 2 false alarms of 2; 21b 84.2%, 0 of 1
    ("heldout21a", 51, 0.66, 0, 0),
    ("heldout21b", 114, 0.87, 1, 0),
    # measured once at da8aa22: 22a 43.6% with 2 false alarms of 4; 22b 75.8%, 1 of 1
    # ("up 21% and 20%, respectively" pairs 20% with the Russell 2000: imprecise on price, where the
    # key calls the provider's total-return figure unverifiable)
    ("heldout22a", 101, 0.47, 2, 0),
    ("heldout22b", 277, 0.87, 0, 0),
    # measured once at 030e8e7: 23a 45.3% with 1 false alarm of 1; 23b 75.0%, 4 of 5
    ("heldout23a", 95, 0.46, 0, 0),
    ("heldout23b", 220, 0.82, 0, 0),
    # measured once at 3d7975a: 24a 41.7% with 2 false alarms of 2; 24b 67.4%, 5 of 6; 24c 66.6%, 4 of 4
    ("heldout24a", 84, 0.42, 0, 0),
    ("heldout24b", 224, 0.77, 1, 0),
    ("heldout24c", 293, 0.68, 0, 0),
    # measured once at a28bd2c: 25a 53.2% with 3 false alarms of 3; 25b 75.8%, 3 of 4; 25c 79.7%, 2 of 2
    ("heldout25a", 111, 0.55, 0, 0),
    ("heldout25b", 248, 0.76, 1, 0),
    ("heldout25c", 143, 0.79, 0, 0),
    # measured once at 3b7cc0f: 26a 69.8% with 1 false alarm of 1; 26b 63.7%, 3 of 3; 26c 69.3%, 5 of 5
    ("heldout26a", 116, 0.69, 0, 0),
    ("heldout26b", 212, 0.64, 0, 0),
    ("heldout26c", 306, 0.70, 0, 0),
    # measured once at e4afe00: 27a 49.5% with 1 false alarm of 1; 27b 69.5%, 3 of 3; 27c 71.6%, none printed
    ("heldout27a", 97, 0.49, 0, 0),
    ("heldout27b", 141, 0.69, 0, 0),
    ("heldout27c", 162, 0.71, 0, 0),
    # measured once at cc1988b: 28a 46.6%, no alarm; 28b 75.1%, 6 false alarms of 6; 28c 76.4%, 6 of 7
    ("heldout28a", 131, 0.46, 0, 0),
    ("heldout28b", 189, 0.76, 0, 0),
    ("heldout28c", 237, 0.77, 0, 0),
    # measured once at 34f5f91, the first round under the alarm licence: 29a 55.3% with 1 alarm,
    # right; 29b 66.0% and 29c 73.1%, none printed (with every alarm: 8 printed, 7 wrong)
    ("heldout29a", 94, 0.55, 1, 0),
    ("heldout29b", 200, 0.66, 0, 0),
    ("heldout29c", 234, 0.73, 0, 0),
    # measured once at 9d82552: 30a 84.7%, none printed; 30b 46.4%, 2 alarms, 1 wrong; 30c 81.5%, 2
    # alarm verdicts (one claim matched to two keys), both wrong (with every alarm: 11 printed, 10 wrong)
    ("heldout30a", 177, 0.84, 0, 0),
    ("heldout30b", 138, 0.46, 1, 0),
    ("heldout30c", 227, 0.81, 0, 0),
    # measured once at fc48d10: 31a 62.1%, none printed; 31b 80.7%, 1 alarm, wrong; 31c 73.6%, 1
    # alarm, wrong (with every alarm: 6 printed, all wrong)
    ("heldout31a", 116, 0.62, 0, 0),
    ("heldout31b", 181, 0.80, 0, 0),
    ("heldout31c", 174, 0.73, 0, 0),
    # measured once at fda13de: 32a 62.4% with 4 alarm verdicts, all wrong; 32b 82.2% and 32c 69.8%,
    # none printed (with every alarm: 7 printed, all wrong)
    ("heldout32a", 117, 0.62, 0, 0),
    ("heldout32b", 163, 0.82, 0, 0),
    ("heldout32c", 159, 0.69, 0, 0),
    # measured once at 4538c08: 33a 70.4% and 33b 72.9%, none printed; 33c 75.4%, 1 alarm, right
    # (with every alarm: 6 printed, 4 wrong)
    ("heldout33a", 108, 0.70, 0, 0),
    ("heldout33b", 214, 0.72, 0, 0),
    ("heldout33c", 142, 0.75, 1, 0),
    # measured once at 7b4e9ca: 34a 49.0% and 34b 50.4%, none printed; 34c 58.0%, 1 alarm, wrong
    # (with every alarm: 7 printed, all wrong)
    ("heldout34a", 96, 0.48, 0, 0),
    ("heldout34b", 125, 0.56, 0, 0),
    ("heldout34c", 212, 0.58, 0, 0),
    # measured once at f5ef121: 35a 65.5%, 2 alarms, 1 right; 35b 60.8% and 35c 74.3%, none printed
    # (with every alarm: 12 printed, 9 wrong)
    ("heldout35a", 148, 0.64, 1, 0),
    ("heldout35b", 232, 0.60, 0, 0),
    ("heldout35c", 183, 0.74, 0, 0),
    # measured once at e1ab13c: 36a 55.7% and 36c 75.2%, none printed; 36b 75.8%, 1 alarm, wrong
    # (with every alarm: 3 printed, 2 wrong)
    ("heldout36a", 194, 0.55, 0, 0),
    ("heldout36b", 186, 0.75, 0, 0),
    ("heldout36c", 214, 0.75, 0, 0),
    # measured once at 353590b: 37a 37.4%, 4 alarms, all wrong; 37b 48.8%, 1 alarm, wrong; 37c 84.6%,
    # none printed (with every alarm: 8 printed, all wrong)
    ("heldout37a", 206, 0.38, 0, 0),
    ("heldout37b", 295, 0.71, 0, 0),
    ("heldout37c", 188, 0.84, 0, 0),
    # measured once at 248f19d: 38a 47.1%, 4 alarms, 1 right; 38b 68.2%, 1 alarm, wrong; 38c 59.0%,
    # 3 alarms, 1 right (with every alarm: 19 printed, 16 wrong). 38a keeps two wrong alarms, both
    # trailing windows whose writer counted from another session ("up about 10.8% over the past
    # month" from the first close inside it; "Since the start of August, ... up 13.5% over the past
    # six weeks"), keyed imprecise: a near miss on a shifted window is too easy to find to withhold
    # an alarm on
    ("heldout38a", 242, 0.47, 3, 2),
    ("heldout38b", 318, 0.69, 0, 0),
    ("heldout38c", 312, 0.62, 1, 0),
    # measured once at aa8449b: 39a 39.6%, 1 alarm, wrong; 39b 68.3%, none printed; 39c 67.9%, 2
    # alarms, 1 right (with every alarm: 10 printed, 8 wrong)
    ("heldout39a", 235, 0.39, 0, 0),
    ("heldout39b", 312, 0.68, 0, 0),
    ("heldout39c", 318, 0.68, 1, 0),
    # measured once at 5c2b7d0: 40a 51.0%, none printed; 40b 42.7%, 2 alarms, both wrong; 40c 60.6%,
    # none printed (with every alarm: 17 printed, all wrong)
    ("heldout40a", 300, 0.51, 0, 0),
    ("heldout40b", 314, 0.43, 0, 0),
    ("heldout40c", 310, 0.61, 0, 0),
    # measured once at b5e773c: 41a 50.2%, 2 alarms, both wrong; 41b 58.8%, 3 alarms, 1 right; 41c
    # 47.2%, 2 alarms, both wrong (with every alarm: 24 printed, 21 wrong)
    ("heldout41a", 225, 0.50, 0, 0),
    ("heldout41b", 313, 0.60, 1, 0),
    ("heldout41c", 318, 0.47, 0, 0),
    # measured once at fbcd48b: 42a 33.2%, 3 alarms, all wrong; 42b 69.2%, 2 alarms, both right; 42c
    # 65.8%, 2 alarms, both right (with every alarm: 15 printed, 11 wrong). 42a keeps one wrong
    # alarm: "is down over 7%" over a trailing year the writer counted to a session two days earlier
    ("heldout42a", 196, 0.33, 1, 1),
    ("heldout42b", 279, 0.69, 2, 0),
    ("heldout42c", 225, 0.65, 2, 0),
])
def test_the_spent_held_back_corpora_do_not_regress(corpus, keyed, accuracy, alarms, false_alarms):
    # each was measured once while held back (its README gives that figure) and tuned on since:
    # floors at the levels measured when this test was written, so a change that loses ground
    # or raises a new false alarm fails here. The alarm licence (readings.licence) lowered the
    # alarms printed on all sixty corpora from 60 (15 wrong) to 32 (5 wrong): the standings, runs,
    # relative returns and distances it withholds were right alarms here, tuned on, but 2 in 43
    # on the rounds' first measures
    from pathlib import Path

    ev = evaluate(Path(__file__).parents[2] / "corpora" / corpus)
    assert ev.keyed == keyed
    assert ev.accuracy >= accuracy, ev.accuracy
    assert len(ev.false_alarms) <= false_alarms, [str(x) for x in ev.false_alarms]
    assert ev.printed("contradicted") - len(ev.false_alarms) >= alarms - false_alarms


def test_a_rise_from_a_low_is_read_one_way_only(rut):
    # 2020-08-31 (computed here): the Russell 2000 closed 57.6% above its March 2020 low; 36.5% is
    # the fall that would take it back there, which "up 37% from its March low" does not mean
    low = rut["2020-03-01":"2020-03-31"].min()
    close = rut["2020-08-31"]
    assert round((close / low - 1) * 100) == 58 and round((1 - low / close) * 100) == 37
    assert _verdicts("The Russell 2000 is up 58% from its March low.", "2020-08-31") == {
        "58% from its March low": "supported"}
    assert "supported" not in _verdicts("The Russell 2000 is up 37% from its March low.", "2020-08-31").values()
