"""Verifiers of Fed decisions and FedWatch-style odds.

From the data: the target upper bound went 5.50 -> 5.00 effective 2024-09-19 (FRED DFEDTARU),
announced 2024-09-18 (FOMC calendar): a 50 bp cut, the first move after the 2022-2023 hikes and
a 14-month hold. Fed funds futures in the store are ZQN26 onwards only, so no odds for 2024
meetings can be computed. On 2026-08-20 the bundled ZQ closes give, against the 3.50-3.75 range,
P(hold at 2026-09-16) = 64% and P(+25 bp) = 36% (capscope.fed.fedwatch, checked in its tests).
"""

from __future__ import annotations

import datetime as dt

import pytest
from verify_kit import check, claim, m, q, t

from capscope.claims.model import ClaimKind, TimeKind, Unit, Verdict

FED = m("The Fed", None)


def last_month():
    return t("last month", TimeKind.MONTH, part="last", unit="month", relative=True)


def decision(size_bp, action="cut", first=True, time=None, pub="2024-10-17"):
    c = claim(ClaimKind.FED_DECISION, "began a rate-cutting cycle with a half-point reduction",
              subject=FED, time=time if time is not None else last_month(),
              details={"action": action, "size_bp": size_bp, "first_of_cycle": first})
    return check(c, pub)


def test_half_point_first_cut_supported():
    r = decision(50)
    assert r.verdict is Verdict.SUPPORTED
    assert "2024-09-18" in r.explanation
    assert r.evidence[0].command.startswith("capscope fed history")


def test_quarter_point_contradicted_with_true_size():
    r = decision(25)
    assert r.verdict is Verdict.CONTRADICTED
    assert "50 bp" in r.explanation


def test_no_decision_in_the_month():
    # August 2024: no FOMC decision at all
    r = decision(25, time=t("in August 2024", TimeKind.MONTH, year=2024, month=8,
                            start=dt.date(2024, 8, 1), end=dt.date(2024, 8, 31), resolved=True))
    assert r.verdict is Verdict.CONTRADICTED


def test_second_cut_is_not_first_of_cycle():
    # 2024-11-07: -25 bp, the second cut of the cycle
    nov = t("in November 2024", TimeKind.MONTH, year=2024, month=11,
            start=dt.date(2024, 11, 1), end=dt.date(2024, 11, 30), resolved=True)
    assert decision(25, time=nov, first=False, pub="2024-11-20").verdict is Verdict.SUPPORTED
    assert decision(25, time=nov, first=True, pub="2024-11-20").verdict is Verdict.CONTRADICTED


def odds(value, raw, action, size, month_raw, mon, pub):
    c = claim(ClaimKind.RATE_PROBABILITY, f"shows a {raw} probability for a {action}",
              subject=m("The CME Group's FedWatch tool"),
              quantities=(q(value, Unit.PCT, raw=raw, role="probability"),),
              time=t(month_raw, TimeKind.MONTH, month=mon, relative=True),
              details={"action": action, "size_bp": size, "source": "FedWatch"})
    return check(c, pub)


def test_odds_without_futures_name_what_is_missing():
    r = odds(92, "92%", "cut", 25, "in November", 11, "2024-10-17")
    assert r.verdict is Verdict.UNVERIFIABLE
    assert "ZQX24" in r.missing and "capscope fedwatch --futures" in r.missing


def test_odds_checked_where_futures_exist():
    assert odds(36, "36%", "hike", 25, "in September", 9, "2026-08-20").verdict \
        is Verdict.SUPPORTED
    assert odds(64, "64%", "hold", None, "in September", 9, "2026-08-20").verdict \
        is Verdict.SUPPORTED
    r = odds(90, "90%", "hike", 25, "in September", 9, "2026-08-20")
    assert r.verdict is Verdict.CONTRADICTED and "36.00%" in r.explanation


def test_odds_need_publication_date():
    r = odds(92, "92%", "cut", 25, "in November", 11, None)
    assert r.verdict is Verdict.UNVERIFIABLE and "--published" in r.missing


def test_stated_target_range_is_checked():
    # 2025-12-10: -25 bp to 3.50-3.75 (DFEDTARU 4.00 -> 3.75 effective 2025-12-11)
    dec = t("in December 2025", TimeKind.MONTH, year=2025, month=12,
            start=dt.date(2025, 12, 1), end=dt.date(2025, 12, 31), resolved=True)

    def cut(lo, hi):
        c = claim(ClaimKind.FED_DECISION, "cut rates by a quarter point to a range of",
                  subject=FED, time=dec,
                  details={"action": "cut", "size_bp": 25.0, "target_low": lo, "target_high": hi})
        return check(c, "2026-01-05")

    assert cut(3.5, 3.75).verdict is Verdict.SUPPORTED
    r = cut(3.75, 4.0)
    assert r.verdict is Verdict.CONTRADICTED and "3.50-3.75" in r.explanation


def test_meeting_named_as_a_month_meeting():
    # "at the September meeting" with no time phrase: the next September after publication.
    # ZQ closes of 2026-08-21 give P(+25 bp at 2026-09-16) = 40%
    c = claim(ClaimKind.RATE_PROBABILITY, "a 40% chance of a quarter-point hike",
              subject=m("Fed funds futures"),
              quantities=(q(40, Unit.PCT, raw="40%", role="probability"),),
              details={"action": "hike", "size_bp": 25.0})
    c.sentence = "Futures price a 40% chance of a quarter-point hike at the September meeting."
    r = check(c, "2026-08-21")
    assert r.verdict is Verdict.SUPPORTED
    assert r.evidence[0].values["meeting"] == "2026-09-16"


def test_a_decision_on_a_day_without_a_session_is_read_on_that_day():
    # the FOMC cut by 100 bp on Sunday 2020-03-15: a calendar day, not a session; a move stated
    # on a Sunday stays unverifiable (no close that day)
    from capscope.claims.check import check_text

    def got(text: str) -> list[str]:
        return [i.verdict.value for i in check_text(text, published="2020-03-16").items]

    assert got("On March 15, the Federal Reserve cut interest rates by 100 basis points.") == [
        "supported"]
    assert got("On March 15, the Federal Reserve cut interest rates by 50 basis points.") == [
        "contradicted"]
    assert got("On March 14, the Federal Reserve cut interest rates by 100 basis points.") == [
        "contradicted"]
    assert got("The Russell 2000 rose 3.5% on Sunday.") == ["unverifiable"]


def test_the_month_may_is_no_modal():
    # "on May 28, 2008" dates a decision; "the Fed may cut" is a vague one (no claim)
    from capscope.claims.check import check_text

    def got(text: str) -> list[str]:
        return [i.verdict.value for i in check_text(text, published="2008-09-18").items]

    assert got("The Federal Reserve last cut interest rates on April 30, 2008.") == ["supported"]
    assert got("The Federal Reserve last cut interest rates on May 28, 2008.") == ["contradicted"]
    assert got("The Federal Reserve may cut interest rates soon.") in ([], ["not_checkable"],
                                                                      ["forecast"])


# the FOMC's moves, hand-checked against the Fed's own statements: 2018 hikes on Mar 21, Jun 13,
# Sep 26 and Dec 19; 2022 hikes on Mar 16, May 4, Jun 15, Jul 27 and Sep 21; 2025 cuts on
# Sep 17, Oct 29 and Dec 10, after holds at every 2025 meeting before September
def _verdicts(text: str, published: str) -> dict[str, str]:
    from capscope.claims.check import check_text

    report = check_text(text, dt.date.fromisoformat(published))
    return {it.claim.text: it.verdict.value for it in report.items}


def test_a_count_of_moves_in_a_window():
    got = _verdicts("The Fed has cut rates three times in 2025.", "2025-12-20")
    assert got["cut rates three times"] == "supported"
    got = _verdicts("The Fed has cut rates four times in 2025.", "2025-12-20")
    assert got["cut rates four times"] == "contradicted"


def test_a_run_of_consecutive_moves():
    got = _verdicts("The Fed delivered three consecutive quarter-point cuts this year.", "2026-01-27")
    assert got[next(k for k in got if k.startswith("three consecutive"))] == "supported"
    got = _verdicts("The Fed delivered four consecutive quarter-point cuts this year.", "2026-01-27")
    assert got[next(k for k in got if k.startswith("four consecutive"))] == "contradicted"


@pytest.mark.parametrize(("text", "day", "words", "expected"), [
    ("The Fed raised rates on Wednesday, its fourth rate increase of 2018.", "2018-12-19",
     "its fourth rate increase of 2018", "supported"),
    ("The Fed raised rates on Wednesday, its fifth rate increase of the year.", "2018-12-19",
     "its fifth rate increase of the year", "contradicted"),
    ("The Fed cut rates by a quarter point on Wednesday, its third straight cut.", "2025-12-10",
     "its third straight cut", "supported"),
])
def test_which_move_of_the_year_a_decision_was(text, day, words, expected):
    assert _verdicts(text, day)[words] == expected


def test_a_projected_count_is_no_decision():
    got = _verdicts("The Fed raised rates on Wednesday and signaled as many as seven hikes this year.",
                    "2022-03-16")
    assert not any(k.startswith("seven hikes") for k in got)


def test_a_count_the_market_bets_on_is_no_decision():
    for text in ("Traders now bet on three cuts this year.", "Fed officials penciled in two cuts for 2025."):
        got = _verdicts(text, "2025-12-20")
        # (a path ahead the market or the Fed foresees: a forecast at most, never a decision checked)
        assert all(v == "forecast" for k, v in got.items() if "cuts" in k), (text, got)


def _range_on(day: str) -> tuple[float, float]:
    """The target range in force on ``day``, straight from the stored FRED rows (lower, upper)."""
    import capscope

    lower, upper = (float(capscope.series(name).loc[:day].iloc[-1]) for name in ("DFEDTARL", "DFEDTARU"))
    return lower, upper


@pytest.mark.parametrize(("text", "published", "holds"), [
    # the 2008-12-16 cut set a range of zero to 0.25%: the lower bound written as a word
    ("The Fed made a larger-than-expected cut to the benchmark federal funds rate to a target range of "
     "zero to {hi:.2f}%.", "2008-12-17", True),
    ("The Fed made a larger-than-expected cut to the benchmark federal funds rate to a target range of "
     "zero to {wrong:.2f}%.", "2008-12-17", False),
    # one figure said of a range names one of its bounds (the 2025 cuts ended at 3.50-3.75%)
    ("The Federal Reserve's 2025 easing cycle lowered the federal funds rate to the {lo:.2f}% range.", "2026-01-26", True),
    ("The Federal Reserve's 2025 easing cycle lowered the federal funds rate to the {wrong:.2f}% range.", "2026-01-26", False),
])
def test_a_range_in_other_words(text, published, holds):
    lo, hi = _range_on(published)
    words = text.format(lo=lo, hi=hi, wrong=hi + 0.5)
    got = _verdicts(words, published)
    decision = next(v for k, v in got.items() if "rate" in k)
    assert (decision == "supported") is holds, got
