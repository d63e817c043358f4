"""Verifiers of window returns and comparisons, on the real data.

Values read off the rows by hand:
- RUT 2024-06-14 close 2006.16 (the last close on or before 2024-06-16, a month before
  2024-07-16) -> 2024-07-16 close 2263.6699: +12.84%. SPX over the same sessions: +4.34%.
  Ratio 2.96 ("triple": the lexicon's factor rule accepts [2.5, 3.5)).
- 2023-12-29 closes (the base of 2024): IWM 200.71, SPX 4769.83. On 2024-10-16 IWM closed
  226.74 (+12.97%), SPX 5842.47 (+22.49%); RUT +12.81%, so small caps lagged by 9.68 points.
"""

from __future__ import annotations

from verify_kit import check, claim, m, q, t, tuesday, wednesday, year

from capscope.claims.model import ClaimKind, Direction, Hedge, TimeKind, Unit, Verdict

RUT = m("The small-cap benchmark", "RUT")
SPX = m("the S&P 500", "SPX")
IWM = m("IWM", "IWM")


def last_month():
    return t("over the last one month", TimeKind.TRAILING, count=1.0, unit="month",
             anchor="over", relative=True)


def test_rut_up_12_8_over_the_last_month():
    c = claim(ClaimKind.PERIOD_RETURN, "is up 12.8% over the last one month", subject=RUT,
              direction=Direction.UP, quantities=(q(12.8, Unit.PCT, raw="12.8%"),),
              time=last_month())
    r = check(c, "2024-07-16")
    assert r.verdict is Verdict.SUPPORTED
    ev = r.evidence[0]
    assert ev.values["start"] == "2024-06-14" and ev.values["end"] == "2024-07-16"
    assert ev.command == "capscope returns RUT --window 1M --on 2024-07-16"


def test_wrong_return_contradicted_with_true_figure():
    # +12.84% over the month (off the rows, above): "6.5%" is 0.51 times it and 6.34 points off,
    # beyond the imprecise band (min(20% of 12.84, max(2, 1.28)) = 2). Off the rows, the same
    # month to the close before (2024-06-14 -> 2024-07-15 2,187.02) was +9.02%, 2.52 from 6.5%,
    # and to 2024-07-11 (2,125.04) +5.93%, to 07-12 (2,148.27) +7.08%: no nearby window gives 6.5%
    c = claim(ClaimKind.PERIOD_RETURN, "is up 6.5% over the last one month", subject=RUT,
              direction=Direction.UP, quantities=(q(6.5, Unit.PCT, raw="6.5%"),),
              time=last_month())
    r = check(c, "2024-07-16")
    assert r.verdict is Verdict.CONTRADICTED
    assert "+12.84%" in r.explanation


def test_triple_the_gains():
    c = claim(ClaimKind.RELATIVE_RETURN, "triple the gains in the S&P 500", subject=RUT,
              comparison=SPX, quantities=(q(3, Unit.FACTOR, raw="triple", word=True),),
              time=last_month(), details={"factor": 3, "relation": "factor"})
    r = check(c, "2024-07-16")
    assert r.verdict is Verdict.SUPPORTED
    assert abs(r.evidence[0].found - 2.959) < 1e-3
    c2 = claim(ClaimKind.RELATIVE_RETURN, "five times the gains", subject=RUT, comparison=SPX,
               quantities=(q(5, Unit.FACTOR, raw="five times", word=True),), time=last_month(),
               details={"factor": 5, "relation": "factor"})
    assert check(c2, "2024-07-16").verdict is Verdict.CONTRADICTED


def test_spread_in_points():
    # RUT - SPX over the month = +12.84 - +4.34 = +8.50 pp (off the rows, above)
    def spread(v, raw):
        c = claim(ClaimKind.RELATIVE_RETURN, f"outperformed by {raw}", subject=RUT,
                  comparison=SPX, direction=Direction.OUTPERFORM,
                  quantities=(q(v, Unit.PP, raw=raw, role="spread"),), time=last_month(),
                  details={"relation": "spread"})
        return check(c, "2024-07-16").verdict

    assert spread(8.5, "8.5") is Verdict.SUPPORTED
    # 3.8 points is 0.45 times the +8.50 and 4.7 off it: wrong. Off the rows, to the close
    # before (2024-07-15) the gap was +9.02 - +3.68 = +5.34, which 3.8 is not either
    assert spread(3.8, "3.8") is Verdict.CONTRADICTED


def test_year_in_progress_ends_on_the_article_day():
    # "IWM is up nearly 13% in 2024", published 2024-10-17 with "on Wednesday" (10-16) elsewhere
    day = claim(ClaimKind.DAY_MOVE, "rising 1.6%", subject=IWM, direction=Direction.UP,
                quantities=(q(1.6, Unit.PCT, raw="1.6%", role="move"),), time=wednesday())
    ytd = claim(ClaimKind.PERIOD_RETURN, "up nearly 13% in 2024", subject=IWM,
                direction=Direction.UP, time=year("in 2024", 2024),
                quantities=(q(13, Unit.PCT, raw="13%", hedge=Hedge.NEARLY,
                              hedge_text="nearly"),), hedge=Hedge.NEARLY)
    spx = claim(ClaimKind.PERIOD_RETURN, "soared 22% in that time", subject=SPX,
                direction=Direction.UP, quantities=(q(22, Unit.PCT, raw="22%"),),
                time=t("in that time", TimeKind.SAME_AS_BEFORE))
    a, b, c = check([day, ytd, spx], "2024-10-17")
    assert a.verdict is Verdict.SUPPORTED
    assert b.verdict is Verdict.SUPPORTED
    assert b.evidence[0].values["end"] == "2024-10-16"
    assert abs(b.evidence[0].found - 12.969) < 1e-2
    assert c.verdict is Verdict.SUPPORTED
    assert c.evidence[0].values["start"] == "2023-12-29"
    assert c.evidence[0].command == "capscope returns SPX --window 2024 --on 2024-10-16"


def test_lagging_for_the_year():
    c = claim(ClaimKind.RELATIVE_RETURN, "small caps are still lagging their large-cap "
              "counterparts for the year", subject=m("small caps", "RUT", generic=True),
              comparison=m("large-cap counterparts", "SPX", generic=True),
              direction=Direction.UNDERPERFORM,
              time=t("for the year", TimeKind.TO_DATE, unit="year", relative=True),
              details={"relation": "lag"})
    r = check(c, "2024-10-17")
    assert r.verdict is Verdict.SUPPORTED
    c.direction = Direction.OUTPERFORM
    c.details["relation"] = "lead"
    c.time = t("for the year", TimeKind.TO_DATE, unit="year", relative=True)
    assert check(c, "2024-10-17").verdict is Verdict.CONTRADICTED


def test_return_without_window_is_unverifiable():
    c = claim(ClaimKind.PERIOD_RETURN, "is up 12%", subject=RUT, direction=Direction.UP,
              quantities=(q(12, Unit.PCT, raw="12%"),))
    r = check(c, "2024-07-16")
    assert r.verdict is Verdict.UNVERIFIABLE and "period" in r.missing


def test_one_week_and_a_day_window():
    # 1W before 2024-07-16 = 2024-07-09 close 2029.47 -> +11.54%
    c = claim(ClaimKind.PERIOD_RETURN, "gained 11.5% over the past week", subject=RUT,
              direction=Direction.UP, quantities=(q(11.5, Unit.PCT, raw="11.5%"),),
              time=t("over the past week", TimeKind.TRAILING, count=1.0, unit="week",
                     relative=True))
    r = check(c, "2024-07-16")
    assert r.verdict is Verdict.SUPPORTED and r.evidence[0].values["start"] == "2024-07-09"
    assert tuesday().weekday == 1


def test_returned_is_read_as_total_return_through_the_tracking_etf():
    # RUT 2022-12-30 -> 2023-12-29: +15.09% price; IWM with dividends reinvested (adj_close)
    # +16.83%. "Returned about 17%" holds as a total return; "rose about 17%" does not.
    def ret(verb):
        c = claim(ClaimKind.PERIOD_RETURN, f"Small caps {verb} about 17% in 2023",
                  subject=m("Small caps", "RUT", generic=True), direction=Direction.UP,
                  quantities=(q(17, Unit.PCT, raw="17%", hedge=Hedge.ABOUT,
                                hedge_text="about"),), hedge=Hedge.ABOUT,
                  time=year("in 2023", 2023))
        return check(c, "2024-01-05")

    r = ret("returned")
    assert r.verdict is Verdict.SUPPORTED
    assert abs(r.evidence[0].values["total_return_pct"] - 16.83) < 0.01
    assert r.evidence[0].command.endswith("--total")
    assert ret("rose").verdict is Verdict.IMPRECISE


def test_sector_fund_without_traded_closes_reads_the_adjusted_close():
    # XLF has no traded close before 2026-03-20 in the snapshot; its adj_close went
    # 45.4793 -> 48.2444 on 2024-11-06 (+6.08%)
    c = claim(ClaimKind.DAY_MOVE, "rose 6%", subject=m("XLF", "XLF"), direction=Direction.UP,
              quantities=(q(6, Unit.PCT, raw="6%", role="move"),),
              time=t("on Wednesday", TimeKind.WEEKDAY, weekday=2, relative=True))
    r = check(c, "2024-11-07")
    assert r.verdict is Verdict.SUPPORTED
    assert r.evidence[0].command == "capscope move XLF --on 2024-11-06 --field adj_close"
    assert "dividend-adjusted" in r.explanation
    y = claim(ClaimKind.PERIOD_RETURN, "up 24% this year", subject=m("XLK", "XLK"),
              direction=Direction.UP, quantities=(q(24, Unit.PCT, raw="24%"),),
              time=t("this year", TimeKind.TO_DATE, unit="year", relative=True))
    r = check(y, "2024-11-07")
    assert r.verdict is Verdict.SUPPORTED and r.evidence[0].command.endswith("--total")
