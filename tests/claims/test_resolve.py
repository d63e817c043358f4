"""Resolution of subjects and time phrases to symbols and NYSE sessions.

Calendar facts used (NYSE): 2024-07-16 Tuesday; 2024-09-02 Labor Day (closed); 2024-10-16
Wednesday; 2024-07-04 Independence Day (closed); 2024-06-16 Sunday.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from verify_kit import claim, m, t

from capscope.claims.model import ClaimKind, TimeKind
from capscope.claims.resolve import (
    default_day,
    resolve_claims,
    resolve_subject,
    resolve_time,
)
from capscope.data.calendar import is_session, previous_session

P = pd.Timestamp


def wd(n: int, raw: str = "on that day") -> object:
    return t(raw, TimeKind.WEEKDAY, weekday=n, relative=True)


def test_weekday_is_latest_on_or_before_publication():
    # published Tuesday 2024-07-16: "on Tuesday" is that day, "on Monday" the day before
    w = resolve_time(wd(1, "on Tuesday"), dt.date(2024, 7, 16))
    assert w.ok and w.day == P("2024-07-16") and w.on == P("2024-07-16")
    assert resolve_time(wd(0, "on Monday"), dt.date(2024, 7, 16)).day == P("2024-07-15")
    # published Thursday 2024-10-17: "on Wednesday" = 2024-10-16
    assert resolve_time(wd(2, "on Wednesday"), dt.date(2024, 10, 17)).day == P("2024-10-16")
    # "on Friday" from a Tuesday goes back to the previous week
    assert resolve_time(wd(4, "on Friday"), dt.date(2024, 7, 16)).day == P("2024-07-12")


def test_weekday_on_a_holiday_is_unresolved_with_reason():
    w = resolve_time(wd(0, "on Monday"), dt.date(2024, 9, 3))
    assert not w.ok and "2024-09-02" in w.reason and "holiday" in w.reason


def test_relative_time_without_publication_is_unresolved():
    for te in (wd(1, "on Tuesday"),
               t("last month", TimeKind.MONTH, part="last", unit="month", relative=True),
               t("over the past month", TimeKind.TRAILING, count=1.0, unit="month",
                 relative=True)):
        w = resolve_time(te, None)
        assert not w.ok and "--published" in w.reason


def test_fuzzy_and_era_windows():
    early = resolve_time(t("early 2022", TimeKind.FUZZY, year=2022, part="early",
                           start=dt.date(2022, 1, 1), end=dt.date(2022, 4, 30), resolved=True),
                         dt.date(2024, 7, 16))
    assert (early.start, early.end) == (P("2022-01-01"), P("2022-04-30"))
    late = t("late 2021", TimeKind.FUZZY, year=2021, part="late")
    # parsed without a window: the grammar's fuzzy rule fills it (Sep-Dec)
    from capscope.claims.timexpr import find_times

    late = find_times("since late 2021")[0]
    w = resolve_time(late, dt.date(2024, 11, 12))
    assert (w.start, w.end) == (P("2021-09-01"), P("2021-12-31"))
    pre = find_times("not seen since before the pandemic")[0]
    w = resolve_time(pre, dt.date(2024, 7, 16))
    assert w.end == P("2020-02-19")  # the pandemic sell-off began 2020-02-20
    assert w.contains(P("2020-02-19")) and not w.contains(P("2020-02-20"))


def test_trailing_month_uses_the_returns_window_rule():
    w = resolve_time(t("over the last one month", TimeKind.TRAILING, count=1.0, unit="month",
                       relative=True), dt.date(2024, 7, 16))
    assert w.spec == "1M" and w.on == P("2024-07-16")
    # published on a Saturday: the window ends on Friday's close
    w = resolve_time(t("over the past week", TimeKind.TRAILING, count=1.0, unit="week",
                       relative=True), dt.date(2024, 7, 13))
    assert w.spec == "1W" and w.on == P("2024-07-12")


def test_year_in_progress_ends_at_publication():
    from capscope.claims.timexpr import find_times

    w = resolve_time(find_times("in 2024")[0], dt.date(2024, 10, 17))
    assert w.spec == "2024" and w.on == P("2024-10-17") and w.end == P("2024-10-17")
    w = resolve_time(find_times("in 2023")[0], dt.date(2024, 10, 17))
    assert w.spec == "2023" and w.on == P("2023-12-31")


def test_since_a_month_for_a_change_runs_to_the_article_day():
    from capscope.claims.timexpr import find_times

    te = find_times("since November 2023")[0]
    w = resolve_time(te, dt.date(2024, 7, 16), since_to_now=True)
    assert w.spec == "2023-10-31:2024-07-16" and w.on == P("2024-07-16")
    te = find_times("since November 2023")[0]
    w = resolve_time(te, dt.date(2024, 7, 16))  # for "highest since": the month itself
    assert (w.start, w.end) == (P("2023-11-01"), P("2023-11-30"))


def test_forward_month_for_odds():
    c = claim(ClaimKind.RATE_PROBABILITY, "a cut in November",
              time=t("in November", TimeKind.MONTH, month=11, relative=True))
    (rc,) = resolve_claims([c], dt.date(2024, 10, 17))
    assert rc.time.ok and rc.time.forward and rc.time.start == P("2024-11-01")


def test_article_day_anchors_undated_claims():
    move = claim(ClaimKind.DAY_MOVE, "rose", subject=m("IWM", "IWM"), time=wd(2, "on Wednesday"))
    ytd = claim(ClaimKind.PERIOD_RETURN, "in 2024", subject=m("IWM", "IWM"),
                time=t("in 2024", TimeKind.YEAR, year=2024, start=dt.date(2024, 1, 1),
                       end=dt.date(2024, 12, 31), resolved=True))
    streak = claim(ClaimKind.STREAK, "streak", subject=m("IWM", "IWM"))
    a, b, c = resolve_claims([move, ytd, streak], dt.date(2024, 10, 17))
    assert a.anchor == P("2024-10-16")
    assert b.time.on == P("2024-10-16") and b.time.spec == "2024"
    assert c.time is None and default_day(c.published, c.anchor).day == P("2024-10-16")


def test_subjects_keep_etf_and_index_apart():
    assert resolve_subject(m("The iShares Russell 2000 ETF (IWM)", "RUT")).symbol == "IWM"
    assert resolve_subject(m("the Russell 2000 index", "IWM")).symbol == "RUT"
    r = resolve_subject(m("the ETF", "RUT"))
    assert r.symbol is None and "fund" in r.reason
    r = resolve_subject(m("the index", "IWM", via="anaphora"))
    assert r.symbol == "RUT" and "tracks" in r.notes[0]
    assert resolve_subject(m("the ETF", "IWM", via="anaphora")).symbol == "IWM"
    r = resolve_subject(m("small caps", "RUT", generic=True))
    assert r.symbol == "RUT" and "class" in r.notes[0]
    assert resolve_subject(m("Hanesbrands")).symbol is None
    assert resolve_subject(None).symbol is None


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2026, 8, 21)),
       st.integers(min_value=0, max_value=4))
def test_weekday_resolution_property(pub, weekday):
    """The day is the latest such weekday on or before publication, within a week, and when it
    resolves it is an NYSE session; when it does not, the reason names the date."""
    w = resolve_time(wd(weekday), pub)
    back = (pub.weekday() - weekday) % 7
    day = P(pub) - pd.Timedelta(days=back)
    assert 0 <= back < 7
    if w.ok:
        assert w.day == day and is_session(day)
    else:
        assert str(day.date()) in w.reason and not is_session(day)


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2026, 8, 21)),
       st.sampled_from(["day", "week", "month", "year"]), st.integers(1, 12))
def test_trailing_window_property(pub, unit, n):
    """A trailing window always ends on the last session on or before publication."""
    w = resolve_time(t("over the past", TimeKind.TRAILING, count=float(n), unit=unit,
                       relative=True), pub)
    assert w.ok and w.on == previous_session(P(pub))
    assert w.spec == f"{n}{unit[0].upper()}"


def test_an_old_dated_day_does_not_become_the_article_day():
    old = claim(ClaimKind.DAY_MOVE, "fell", subject=m("IWM", "IWM"),
                time=t("on Oct. 1, 2024", TimeKind.DAY, year=2024, month=10, day=1,
                       start=dt.date(2024, 10, 1), end=dt.date(2024, 10, 1), resolved=True))
    streak = claim(ClaimKind.STREAK, "streak", subject=m("IWM", "IWM"))
    a, b = resolve_claims([old, streak], dt.date(2024, 10, 17))
    assert a.time.day == P("2024-10-01")
    assert b.anchor == P("2024-10-17")


def test_publication_after_the_data_ends():
    from verify_kit import check, q

    from capscope.claims.model import Direction, Unit, Verdict

    c = claim(ClaimKind.DAY_MOVE, "rose 1%", subject=m("IWM", "IWM"), direction=Direction.UP,
              quantities=(q(1, Unit.PCT, raw="1%", role="move"),))
    r = check(c, "2027-03-02")
    assert r.verdict is Verdict.UNVERIFIABLE and "2026-08-21" in r.missing


def test_since_opening_the_clause_of_a_time_phrase():
    from capscope.claims.extract import extract_claims

    (c,) = [c for c in extract_claims("The small-cap index is up about 10% since the Fed's "
                                      "first cut in September.", dt.date(2024, 11, 12))
            if c.kind is ClaimKind.PERIOD_RETURN]
    (rc,) = resolve_claims([c], dt.date(2024, 11, 12))
    # from the last close before September 2024 to the article's day, not September alone
    assert rc.time.spec == "2024-08-31:2024-11-12" and rc.time.on == P("2024-11-12")
    (c2,) = extract_claims("The Russell 2000 rose 10% in July.", dt.date(2024, 8, 2))
    (rc2,) = resolve_claims([c2], dt.date(2024, 8, 2))
    assert rc2.time.spec == "2024-07"


def test_a_state_change_shares_the_sentence_window_but_a_days_move_does_not():
    from capscope.claims.extract import extract_claims

    pub = dt.date(2025, 3, 8)
    rcs = resolve_claims(extract_claims("The Russell 2000 is down 9% year to date, while the "
                                        "S&P 500 is down 2%.", pub), pub)
    assert [r.time.spec for r in rcs] == ["YTD", "YTD"]
    rcs = resolve_claims(extract_claims("The S&P 500 rose 0.6% on Friday and is up 18% year to "
                                        "date.", pub), pub)
    assert rcs[0].time.day == P("2025-03-07") and rcs[1].time.spec == "YTD"
    rcs = resolve_claims(extract_claims("The S&P 500 rose 0.5%, and has gained 18% year to "
                                        "date.", pub), pub)
    assert rcs[0].time is None and rcs[1].time.spec == "YTD"
