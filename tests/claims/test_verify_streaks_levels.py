"""Verifiers of streak rarity, monthly streaks, price levels, patterns and forecasts.

Data behind the expectations (read off the rows):
- RUT runs of 5+ sessions each up >= 1% (plain loop in test_check_articles): 1998-10-14..20,
  2000-01-13..21 (6), 2009-09-03..10, 2020-04-22..29 (6), 2024-07-10..16. The data begins
  1987-09-10.
- RUT month-end closes: up every month 2020-10 .. 2021-03 (six months, 1507.69 -> 2220.52); the
  previous run of six up months was 2018-03 .. 2018-08.
- IWM, 3 years to 2024-10-16: the 240-245 zone capped rallies on 2021-11-04, 11-11, 11-12, 11-15
  (high into the zone, close below); closes within 0.5% of 200 held pullbacks 17 times.
- RUT first closed above 2,100 on 2024-07-11 (2125.04; 2024-07-10 was 2051.75).
- First Fed cuts with 12 months of RUT and SPX data after them (1987-11-03 .. 2019-07-31, seven
  events): RUT's mean 12-month return +6.2%, SPX +5.6%; RUT ahead 3 times of 7.
- SPX 2024-07-16 close 5667.20; first close at or above 6,000: 2024-11-11; the best close in the
  next 12 months 6280.46 on 2025-07-10.
"""

from __future__ import annotations

import datetime as dt

from verify_kit import check, claim, m, q, t, tuesday, wednesday, year

from capscope.claims.model import ClaimKind, Direction, Hedge, TimeKind, Unit, Verdict

RUT = m("The Russell 2000", "RUT")
IWM = m("IWM", "IWM")


def rarity(occurrence, since_year, pub="2024-07-16", threshold=1.0):
    c = claim(ClaimKind.STREAK_RARITY, "the fifth time since 1979", subject=RUT,
              direction=Direction.UP, time=tuesday(), since=year(f"since {since_year}",
                                                                 since_year),
              quantities=(q(threshold, Unit.PCT, raw=f"{threshold:g}%", role="threshold",
                            hedge=Hedge.MORE_THAN),),
              details={"occurrence": occurrence, "length": 5, "unit": "day"})
    return check(c, pub)


def test_rarity_before_the_data_is_unverifiable_not_guessed():
    r = rarity(5, 1979)
    assert r.verdict is Verdict.UNVERIFIABLE
    assert "RUT data begins 1987-09-10" in r.missing
    assert "5th of 5" in r.explanation
    assert r.evidence[0].command == ("capscope streaks RUT --days 5 --min 1 --since 1979 "
                                     "--on 2024-07-16")


def test_rarity_contradicted_when_the_data_alone_has_more():
    # the data alone holds five such runs: "the third time" is wrong whatever 1979-87 held
    r = rarity(3, 1979)
    assert r.verdict is Verdict.CONTRADICTED and "5th" in r.explanation


def test_rarity_inside_the_data_supported():
    assert rarity(5, 1990).verdict is Verdict.SUPPORTED
    # since 2005 only 2009, 2020 and 2024 remain: the third
    assert rarity(3, 2005).verdict is Verdict.SUPPORTED
    assert rarity(5, 2005).verdict is Verdict.CONTRADICTED


def test_threshold_streak():
    c = claim(ClaimKind.STREAK, "five-day streak of gains north of 1%", subject=RUT,
              direction=Direction.UP, time=tuesday(),
              quantities=(q(1, Unit.PCT, raw="1%", role="threshold", hedge=Hedge.MORE_THAN),),
              details={"length": 5, "unit": "day"})
    assert check(c, "2024-07-16").verdict is Verdict.SUPPORTED
    c.details["length"] = 6
    c.time = tuesday()
    assert check(c, "2024-07-16").verdict is Verdict.CONTRADICTED


def monthly(length, pub, first_since=None):
    since = year(f"since {first_since}", first_since) if first_since else None
    c = claim(ClaimKind.MONTHLY_STREAK, f"{length} straight monthly gains", subject=RUT,
              direction=Direction.UP, since=since,
              details={"length": length, "unit": "month", "first_since": bool(first_since)})
    return check(c, pub)


def test_monthly_streak_and_first_since():
    assert monthly(6, "2021-03-31").verdict is Verdict.SUPPORTED
    assert monthly(6, "2021-03-31", first_since=2018).verdict is Verdict.SUPPORTED
    assert monthly(6, "2021-03-31", first_since=2020).verdict is Verdict.CONTRADICTED
    assert monthly(4, "2021-03-31").verdict is Verdict.CONTRADICTED
    # early April 2021: the month in progress is left out, the six completed months count
    r = monthly(6, "2021-04-01")
    assert r.verdict is Verdict.SUPPORTED


def level(kind, low, high=None, subject=IWM, time=None, pub="2024-10-17", direction=None):
    c = claim(ClaimKind.PRICE_LEVEL, f"{kind} at {low}", subject=subject,
              time=time if time is not None else wednesday(),
              direction=direction or Direction.UNKNOWN,
              details={"level_type": kind, "low": low, "high": high if high else low})
    return check(c, pub)


def test_zones():
    r = level("resistance", 240, 245)
    assert r.verdict is Verdict.SUPPORTED and "4 time(s)" in r.explanation
    assert r.evidence[0].command == ("capscope levels IWM --zone 240:245 --lookback 3Y "
                                     "--on 2024-10-16")
    assert level("base", 200).verdict is Verdict.SUPPORTED
    assert level("resistance", 300, 305).verdict is Verdict.CONTRADICTED
    assert level("moving_average", 200).verdict is Verdict.UNVERIFIABLE


def test_breakouts():
    assert level("crossed above", 2100, subject=RUT, time=tuesday(), pub="2024-07-16",
                 direction=Direction.UP).verdict is Verdict.SUPPORTED
    r = level("breakout", 2300, subject=RUT, time=tuesday(), pub="2024-07-16")
    assert r.verdict is Verdict.CONTRADICTED


def test_event_pattern_mixed_evidence_is_imprecise():
    c = claim(ClaimKind.EVENT_PATTERN, "small caps tend to outperform in the 12-24 months after "
              "the first cut", subject=m("small caps", "RUT", generic=True),
              direction=Direction.OUTPERFORM,
              time=t("the 12-24 months after", TimeKind.HORIZON, count=12.0, count_high=24.0,
                     unit="month", anchor="after"),
              details={"event": "first_cut", "outcome": "outperform"})
    r = check(c, "2024-09-20")
    assert r.verdict is Verdict.IMPRECISE
    assert "3 of 7" in r.explanation
    assert r.evidence[0].command.startswith("capscope fed study --event first-cut --a RUT")


def test_event_pattern_average():
    # RUT 12 months (calendar) after the close on or before the seven first cuts complete by
    # 2024-09-20 (1987-11-03, 1989-06-06, 1995-07-06, 1998-09-29, 2001-01-03, 2007-09-18,
    # 2019-07-31), read off the closes with plain pandas: +24.98, -1.31, +18.66, +15.23, +2.30,
    # -10.28, -5.98 (%): mean +6.23%
    def avg(v):
        c = claim(ClaimKind.EVENT_PATTERN, "has gained an average of 15% in the year after the "
                  "first rate cut", subject=RUT, direction=Direction.UP,
                  quantities=(q(v, Unit.PCT, raw=f"{v:g}%", role="average"),),
                  details={"event": "first_cut"})
        return check(c, "2024-09-20")

    r = avg(15)
    assert r.verdict is Verdict.CONTRADICTED and "+6.23%" in r.explanation
    assert avg(6).verdict is Verdict.SUPPORTED


def horizon(raw, n, unit):
    return t(raw, TimeKind.HORIZON, count=float(n), unit=unit, relative=True)


def test_forecasts_after_the_fact_and_not_yet():
    # a reported forecast is never judged as a fact (claims.gates): once the data reach its
    # horizon, what followed is a note in the explanation, and the verdict stays "forecast"
    c = claim(ClaimKind.FORECAST, "could rise as much as 40% in 10 weeks", subject=RUT,
              direction=Direction.UP, time=horizon("in 10 weeks", 10, "week"),
              quantities=(q(40, Unit.PCT, raw="40%", hedge=Hedge.AS_MUCH_AS),),
              hedge=Hedge.AS_MUCH_AS)
    r = check(c, "2024-07-16")
    assert r.verdict is Verdict.FORECAST and "best close 2024-07-16" in r.explanation
    assert "what followed" in r.explanation
    later = claim(ClaimKind.FORECAST, "could rise 20% within 12 months", subject=RUT,
                  direction=Direction.UP, time=horizon("within 12 months", 12, "month"),
                  quantities=(q(20, Unit.PCT, raw="20%"),))
    r = check(later, "2026-05-01")
    assert r.verdict is Verdict.FORECAST and "2026-08-21" in r.explanation
    target = claim(ClaimKind.FORECAST, "sees the S&P 500 at 6,000 within 12 months",
                   subject=m("the S&P 500", "SPX"), time=horizon("within 12 months", 12, "month"),
                   quantities=(q(6000, Unit.NUMBER, raw="6,000", role="target"),))
    r = check(target, "2024-07-16")
    assert r.verdict is Verdict.FORECAST and "2024-11-11" in r.explanation
    assert dt.date(2024, 11, 11).weekday() == 0


def test_election_pattern_uses_the_bundled_election_days():
    # RUT 12 months after the nine US presidential elections 1988-2020: +15.10, +28.79, +30.87,
    # -12.89, +12.23, +3.14, +33.06, +23.98, +48.94 (%): mean +20.36%
    def avg(v):
        c = claim(ClaimKind.EVENT_PATTERN, "has gained an average of 20% in the year after an "
                  "election", subject=RUT, direction=Direction.UP,
                  quantities=(q(v, Unit.PCT, raw=f"{v:g}%", role="average"),),
                  details={"event": "election"})
        return check(c, "2024-11-07")

    r = avg(20)
    assert r.verdict is Verdict.SUPPORTED and "9 complete" in r.explanation
    assert r.evidence[0].command.startswith("capscope fed study --dates us-elections --a RUT")
    assert avg(10).verdict is Verdict.CONTRADICTED


def test_forecast_horizon_from_the_sentence():
    # "by year-end" from 2024-07-16: RUT's best close to 2024-12-31 was 2442.03 on 2024-11-25,
    # +7.88% on 2263.67; it ended the year at 2230.16 (-1.48%): 20% was not reached
    from capscope.claims import check_text

    (r,) = check_text("Strategists say the Russell 2000 could rise 20% by year-end.",
                      "2024-07-16").items
    assert r.verdict is Verdict.FORECAST and "2024-11-25 (+7.88%)" in r.checked.explanation
    (r,) = check_text("Strategists say the Russell 2000 could rise 20% by year-end.",
                      "2026-07-16").items
    assert r.verdict is Verdict.FORECAST and "2026-08-21" in r.checked.explanation
