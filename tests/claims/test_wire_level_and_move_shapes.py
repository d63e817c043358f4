"""Two wire-copy shapes, each seen in unrelated stories. Values are read off the rows here, never
from the checker.

* A close's level after a milestone or record in its closing verb's clause: "closed below 8,000
  for the first time since 2003, at 7,990", "set its latest record close, at 2,696" (2008, 2018).
* A day word between a move's two figures: "lost 40.74 points Thursday, or 2.5 percent",
  "advanced 49.11 yesterday, or 0.5 percent" (2013, 2003).
* A relative claim after a range in front of it: "since Election Day (November 8) through
  January 6, outperforming the Dow" (2017, and "since November 8 through ..." in others).
* A close named as a window's extreme ("to close at a two-month high of 8,083.38", "to a fresh
  13-year high of 4,070.06") and a session's extreme named as such ("an intraday peak of
  46,396.47", "a session peak of 7,002.28").
"""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text


def _levels(text: str, day: dt.date) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation) for i in check_text(text, day).items
            if i.claim.kind.value == "close_level"]


def _close(symbol: str, day: str) -> float:
    return float(capscope.series(symbol).loc[day])


@pytest.mark.parametrize(("lead", "symbol", "day"), [
    ("The Dow Jones industrial average closed below 8,000 for the first time in five years, at {v}.", "DJI",
     "2008-11-19"),
    ("The Nasdaq composite finished above 7,000 for the first time ever, at {v}.", "IXIC", "2018-01-02"),
    ("The S&P 500, too, set its latest record close, at {v}.", "SPX", "2018-01-02"),
])
def test_the_level_after_a_closing_clause_is_that_days_close(lead: str, symbol: str, day: str) -> None:
    close = _close(symbol, day)
    when = dt.date.fromisoformat(day)
    got = _levels(lead.format(v=f"{close:,.2f}"), when)
    assert len(got) == 1, got
    assert got[0][1] == "supported", got
    assert symbol in got[0][2] and day in got[0][2]
    # three per cent off the close is an alarm on the same reading
    off = _levels(lead.format(v=f"{close * 0.97:,.2f}"), when)
    assert [v for _, v, _ in off] == ["contradicted"], off


def test_a_level_after_another_clause_is_not_read_as_the_close() -> None:
    # "and" opens another clause: the level belongs to whatever that clause says, not to the close
    text = "The Dow closed lower and the index's 50-day average sat, at 8,500, well above it."
    assert _levels(text, dt.date(2008, 11, 19)) == []


def _moves(text: str, day: dt.date) -> list[tuple[str, str, str]]:
    return [(i.claim.text, i.verdict.value, i.checked.explanation) for i in check_text(text, day).items
            if i.claim.kind.value == "day_move"]


@pytest.mark.parametrize(("template", "published", "session"), [
    ("The Standard & Poor's 500 lost {pts:.2f} points Thursday, or {pct:.1f} percent.", "2013-06-20", "2013-06-20"),
    ("The S&P 500 advanced {pts:.2f} yesterday, or {pct:.1f} percent.", "2013-06-21", "2013-06-20"),
    ("The S&P 500 fell {pts:.2f} on Thursday, or {pct:.1f} percent.", "2013-06-21", "2013-06-20"),
])
def test_a_day_word_between_a_moves_figures_keeps_them_one_move(template: str, published: str, session: str) -> None:
    close = capscope.series("SPX")
    i = close.index.get_loc(session)
    pts = abs(float(close.iloc[i]) - float(close.iloc[i - 1]))
    pct = pts / float(close.iloc[i - 1]) * 100
    got = _moves(template.format(pts=pts, pct=pct), dt.date.fromisoformat(published))
    # the session's move is a loss (-40.74 points, -2.50% on 2013-06-20); "advanced" then contradicts both figures
    expected = "contradicted" if "advanced" in template else "supported"
    assert [v for _, v, _ in got] == [expected, expected], got
    assert all(session in e for _, _, e in got)


def _window_change(symbol: str, start: str, end: str) -> float:
    close = capscope.series(symbol)
    return (float(close.loc[end]) / float(close.loc[start]) - 1) * 100


@pytest.mark.parametrize("since", ["since November 8", "since Election Day (November 8)"])
def test_a_relative_claim_after_a_fronted_range_is_read_over_the_range(since: str) -> None:
    # "The Russell 2000 has continued to surge since Election Day (November 8) through January 6,
    # outperforming the Dow" (2017): the range before the verb, not January 6 alone
    rut = _window_change("RUT", "2016-11-08", "2017-01-06")
    dji = _window_change("DJI", "2016-11-08", "2017-01-06")
    day_rut = _window_change("RUT", "2017-01-05", "2017-01-06")
    day_dji = _window_change("DJI", "2017-01-05", "2017-01-06")
    assert rut > dji and day_rut < day_dji  # the two readings disagree, so the test can tell them apart
    day = dt.date(2017, 1, 9)
    got = {}
    for verb in ("outperforming", "lagging"):
        text = f"The Russell 2000 has continued to surge {since} through January 6, {verb} the Dow Jones Industrial Average."
        got[verb] = [(i.verdict.value, i.checked.explanation) for i in check_text(text, day).items
                     if i.claim.kind.value == "relative_return"]
        assert len(got[verb]) == 1, got
        assert "2016-11-08 -> 2017-01-06" in got[verb][0][1], got
    assert got["outperforming"][0][0] == "supported", got
    # the wrong direction fails on the range; it is not an alarm, because a comma stands between the
    # range and the participle, which may date another part of the sentence
    assert got["lagging"][0][0] == "unverifiable", got


@pytest.mark.parametrize(("template", "symbol", "day"), [
    # "The Dow rose 246.27 to close at a two-month high of 8,083.38" (2009)
    ("The Dow rose on Thursday to close at a two-month high of {v:,.2f}.", "DJI", "2009-04-09"),
    # "the Nasdaq ... added 46.38 points, or 1.2%, to a fresh 13-year high of 4,070.06" (2013)
    ("The Nasdaq composite index climbed to a fresh 13-year high of {v:,.2f}.", "IXIC", "2013-12-18"),
])
def test_a_close_named_as_a_windows_extreme_is_that_days_close(template: str, symbol: str, day: str) -> None:
    close = _close(symbol, day)
    when = dt.date.fromisoformat(day)
    got = _levels(template.format(v=close), when)
    assert [v for _, v, _ in got] == ["supported"], got
    off = _levels(template.format(v=close * 0.97), when)
    assert [v for _, v, _ in off] == ["contradicted"], off


@pytest.mark.parametrize("noun", ["an intraday peak", "a session peak", "an intra-day high"])
def test_a_sessions_extreme_named_as_such_is_that_sessions_high(noun: str) -> None:
    # "During the session the Dow reached an intraday peak of 46,396.47" (2025), "it rose 0.3% to a
    # session peak of 7,002.28" (2026): the session's high, not its close
    high = float(capscope.series("DJI", field="high").loc["2025-09-18"])
    close = _close("DJI", "2025-09-18")
    assert high - close > 100  # far enough apart that a close reading would fail
    when = dt.date(2025, 9, 18)
    got = _levels(f"During Thursday's session the Dow reached {noun} of {high:,.2f}.", when)
    assert [v for _, v, _ in got] == ["supported"], got
    assert "intraday high" in got[0][2]
    # a day after another level belongs to that level: the session is still the article's
    got = _levels(f"The Dow reached {noun} of {high:,.2f}, above its closing record of 45,000.00 set Aug. 1.", when)
    assert [v for _, v, _ in got if "intraday" in _] == ["supported"], got


@pytest.mark.parametrize("template", [
    # "fell 130 points at the close, or .7%" (2015)
    "The S&P 500 lost {pts:.2f} points at the close, or {pct:.1f} percent.",
    # rarer verbs of a fall: "The S&P 500 faltered 95.12 points, or 2.8%", "fainted 465.44 points" (2020)
    "The S&P 500 faltered {pts:.2f} points, or {pct:.1f} percent.",
    "The S&P 500 fainted {pts:.2f} points, or {pct:.1f} percent.",
])
def test_more_wordings_of_a_days_fall(template: str) -> None:
    close = capscope.series("SPX")
    i = close.index.get_loc("2013-06-20")
    pts = abs(float(close.iloc[i]) - float(close.iloc[i - 1]))
    pct = pts / float(close.iloc[i - 1]) * 100
    got = _moves(template.format(pts=pts, pct=pct), dt.date(2013, 6, 20))
    assert [v for _, v, _ in got] == ["supported", "supported"], got
    wrong = _moves(template.format(pts=pts * 2, pct=pct * 2), dt.date(2013, 6, 20))
    assert "supported" not in [v for _, v, _ in wrong], wrong


@pytest.mark.parametrize(("template", "sessions"), [
    # "bringing the four-day gain to 784.96 points or 2.34%" (Dow Jones Market Data, 2023)
    ("The Dow rose on Friday, bringing the four-day gain to {pts:.2f} points or {pct:.2f}%.", 4),
    # "bringing its decline over the past three sessions to 505.31 points, or 4.5 percent" (1999)
    ("The Dow moved on Friday, bringing its change over the past three sessions to {pts:.2f} points, "
     "or {pct:.2f} percent.", 3),
])
def test_a_running_total_over_the_last_sessions(template: str, sessions: int) -> None:
    close = capscope.series("DJI")
    i = close.index.get_loc("2023-01-13")
    base, now = float(close.iloc[i - sessions]), float(close.iloc[i])
    pts, pct = abs(now - base), abs(now / base - 1) * 100
    text = template.format(pts=pts, pct=pct)
    if "change" in text:  # the words must say the side: a gain over these sessions
        assert now > base
        text = text.replace("change", "gain")
    got = [(i.verdict.value, i.checked.explanation) for i in check_text(text, dt.date(2023, 1, 13)).items
           if i.claim.kind.value == "period_return"]
    assert [v for v, _ in got] == ["supported", "supported"], got
    assert all(close.index[i - sessions].date().isoformat() in e for _, e in got), got
    off = [i.verdict.value for i in check_text(template.format(pts=pts * 1.5, pct=pct * 1.5).replace("change", "gain"),
                                               dt.date(2023, 1, 13)).items if i.claim.kind.value == "period_return"]
    assert "supported" not in off, off


def test_a_record_level_dated_after_it() -> None:
    # the Nasdaq's record close before 2006, found by brute force over the rows
    s = capscope.series("IXIC").loc[:"2006-10-04"]
    day, level = s.idxmax(), s.max()
    for words, wanted in ((f"{day:%B} {day.day}, {day.year}", "supported"),
                          (f"{day:%B} {day.day + 3}, {day.year}", "contradicted")):
        text = f"The Nasdaq remains far below its record close of {level:,.2f} of {words}."
        got = [(i.claim.text, i.verdict.value) for i in check_text(text, dt.date(2006, 10, 4)).items
               if i.claim.kind.value == "record"]
        assert got == [(f"of {words}", wanted)], got


def test_a_point_change_to_the_hundredth_on_rows_kept_to_the_tenth() -> None:
    # the Dow's closes of 1997-10-27/28 are held to one decimal (7161.2, 7498.3): their change is
    # known to a tenth, so the official 337.17 is borne out; a figure a tenth further is not
    s = capscope.series("DJI").loc["1997-10-27":"1997-10-28"]
    assert all(abs(round(x * 10) - x * 10) < 0.01 for x in s.values)
    change = s.iloc[1] - s.iloc[0]
    assert abs(change - 337.10) < 0.01
    day = dt.date(1998, 10, 15)
    got = _moves("The Dow climbed 337.17 points on October 28, 1997.", day)
    assert [v for _, v, _ in got] == ["supported"], got
    got = _moves("The Dow climbed 337.37 points on October 28, 1997.", day)
    assert [v for _, v, _ in got] == ["imprecise"], got
    # rows kept to the cent keep the cent's tolerance (2006-10-18: +42.66)
    got = _moves("The Dow climbed 42.76 points on Oct. 18, 2006.", dt.date(2006, 10, 19))
    assert [v for _, v, _ in got] == ["imprecise"], got


@pytest.mark.parametrize("verb", ["leapt", "vaulted", "spiked", "inched up"])
def test_a_bare_point_change_after_any_move_verb(verb: str) -> None:
    # one vocabulary of move verbs for the rule and for the point change a bare number is: the
    # Dow's 1999-03-29 session, from the rows
    s = capscope.series("DJI").loc["1999-03-26":"1999-03-29"]
    pts, pct = s.iloc[1] - s.iloc[0], (s.iloc[1] / s.iloc[0] - 1) * 100
    text = f"The Dow Jones Industrial Average {verb} {pts:.2f}, or {pct:.2f}%."
    got = _moves(text, dt.date(1999, 3, 29))
    assert [(w, v) for w, v, _ in got] == [(f"{verb} {pts:.2f}", "supported"), (f"{pct:.2f}%", "supported")], got
