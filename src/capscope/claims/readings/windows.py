"""Readings of the window a change is measured over: window words, named spans, streaks,
"as of" days, peaks and troughs."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pandas as pd

from capscope.claims.model import ClaimKind, Direction, Unit
from capscope.claims.readings.context import MONTH, ArticleContext, Reading, detached_time, on_day
from capscope.claims.resolve import ResolvedClaim, TimeWindow

# -- the words that make another reading plausible ---------------------------------------------

# a window stated in words the resolver did not attach to the number
_WINDOW_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\byear[- ]to[- ]date\b|\b(?:the|this|full|whole|entire)\s+year\b|"
                r"\bso\s+far\s+in\s+\d{4}\b|\bin\s+\d{4}\b|\bon\s+the\s+year\b|\bannual\b", re.I),
     "YTD", "the year to date"),
    (re.compile(r"\bmonth[- ]to[- ]date\b|\b(?:the|this)\s+month\b|\bso\s+far\s+in\s+(?:january|"
                r"february|march|april|may|june|july|august|september|october|november|december)\b|"
                r"\bmonthly\b", re.I), "MTD", "the month to date"),
    (re.compile(r"\bweek[- ]to[- ]date\b|\bweek(?:ly|'s)?\b", re.I), "WTD", "the week to date"),
)

# a sentence that opens with its period: "For the week, ...", "Over the month, ..."
_PERIOD_OPENING = re.compile(r"\s*(?:For|Over|On|In|During)\s+the\s+(?:week|month|year|quarter)\b", re.I)

_BIG_FOR_A_DAY = 5.0  # a stated change (percent) this large is more often a period's than a session's


def _window_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """A change written like a day's move, with a window word elsewhere in the sentence; for a
    change too large for most sessions ("the Nasdaq soared 50 percent" in a year-end review),
    a window word elsewhere in the article."""
    c = rc.claim
    if c.kind is not ClaimKind.DAY_MOVE or rc.anchor is None or not c.quantities:
        return
    if rc.time is not None and not detached_time(rc):
        return
    pct = next((q for q in c.quantities if q.unit is Unit.PCT), None)
    article = " ".join(ctx.sentences) if pct is not None and abs(pct.value) >= _BIG_FOR_A_DAY else ""
    from capscope.data.calendar import previous_session

    ends = [rc.anchor]
    if rc.published is not None and previous_session(rc.published) != rc.anchor:
        ends.append(previous_session(rc.published))
    claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN,
                                details={**c.details, "window": "calendar"})
    opening = _PERIOD_OPENING.match(ctx.sentence_before(c.sentence_span.start))
    for rx, spec, label in _WINDOW_CUES:
        why = _window_cue(rx, c.sentence, article, spec == "YTD" and rc.anchor.month == 12
                          and rc.anchor.day >= 15)
        if why is None and opening is not None and rx.search(opening.group(0)):
            # "For the week, the Dow closed down 302.74 ... The S&P 500 fell 34.96": the period
            # the sentence before opens with goes on in a sentence that names none
            why = f"'{opening.group(0).strip()}' opens the sentence before"
        if why is None:
            continue
        for day in ends:
            notes = [f"{why}: read over {label}"]
            w = week_to(label, day, notes) if spec == "WTD" else TimeWindow(label=label, spec=spec, on=day, end=day,
                                                                             notes=notes)
            yield Reading(f"{label} to {day.date()}", why, dataclasses.replace(rc, claim=claim, time=w))


def _window_cue(rx: re.Pattern[str], sentence: str, article: str, year_end: bool) -> str | None:
    """Why a window is a reading: its word in the sentence; for a large change, its word elsewhere
    in the article, or (the year to date) a story of late December; else None."""
    m = rx.search(sentence)
    if m is not None:
        return f"'{m.group(0)}' in the sentence"
    if not article:
        return None
    m = rx.search(article)
    if m is not None:
        return f"'{m.group(0)}' elsewhere in the article"
    return "a story of late December: a change this large is the year's" if year_end else None


def _sentence_window_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """A change over "the year" in a sentence that names the year ("In 2017, when the VIX fell
    more than 17% over the year"): each calendar year or month the sentence names."""
    from capscope.claims.model import TimeKind
    from capscope.claims.resolve import resolve_time
    from capscope.claims.timexpr import find_times

    c = rc.claim
    if c.kind is not ClaimKind.PERIOD_RETURN or rc.published is None:
        return
    own = rc.time.spec if rc.time is not None else None
    for t in find_times(c.sentence, c.sentence_span.start):
        if t.kind not in (TimeKind.YEAR, TimeKind.MONTH) or not t.year or t.relative:
            continue
        w = resolve_time(t, rc.published)
        if w is None or not w.ok or not w.spec or w.spec == own:
            continue
        yield Reading(f"'{t.raw.strip()}'", f"'{t.raw.strip()}' in the sentence",
                      dataclasses.replace(rc, time=w))




_FALL_NAMED = re.compile(r"\s*(?:bear\s+market|crash|sell-?off|downturn|slump|drawdown|correction)\b", re.I)


def _named_fall(rc: ResolvedClaim) -> bool:
    """"The 2000-02 bear market, when the S&P 500 fell nearly 50%": the span is named by a fall."""
    t = rc.claim.time
    if t is None or t.span is None:
        return False
    end = t.span.end - rc.claim.sentence_span.start
    return _FALL_NAMED.match(rc.claim.sentence, end) is not None


_FALL_NOUN = re.compile(r"\s*(?:plunge|drop|decline|fall|slide|tumble|crash|slump|sell-?off|rout|drawdown|"
                        r"plummet|nosedive)\b", re.I)


def _fall_noun(rc: ResolvedClaim) -> bool:
    """"Its biggest drop was a 48.7% plunge in 2008": a fall named as a noun, which is as often
    the fall from the period's peak to its trough as from its first close to its last."""
    c = rc.claim
    q = next((q for q in c.quantities if q.unit is Unit.PCT and q.span is not None), None)
    return q is not None and _FALL_NOUN.match(c.sentence, q.span.end - c.sentence_span.start) is not None


def _drawdown_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """A fall over a period is often quoted from its peak to its trough ("fell 54.5 percent
    from March 1937 to March 1938"): the deepest fall inside the window is a reading."""
    c, w = rc.claim, rc.time
    if (c.kind is not ClaimKind.PERIOD_RETURN or w is None or not w.ok or w.start is None
            or w.end is None or w.end - w.start < MONTH or c.details.get("measure") == "drawdown"
            or not (w.label.lower().lstrip().startswith(("from", "between")) or _named_fall(rc)
                    or _fall_noun(rc))):
        return  # only a named span ("from March 1937 to March 1938"): "down 6% year to date" is
        # a change to date, never a peak-to-trough fall
    q = next((q for q in c.quantities if q.unit is Unit.PCT), None)
    if q is None or not (c.direction is Direction.DOWN or q.sign < 0):
        return
    claim = dataclasses.replace(c, details={**c.details, "measure": "drawdown"})
    yield Reading(f"the peak-to-trough fall inside '{w.label}'",
                  "a fall over a period is often quoted from its peak to its trough",
                  dataclasses.replace(rc, claim=claim))


_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def _span_from_end_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Rose about 90% from March 2020 to March 2021": a span between two named months (years)
    is also quoted from the end of the first to the end of the last (year-over-year), not only
    from its start."""
    c, w = rc.claim, rc.time
    if (c.kind is not ClaimKind.PERIOD_RETURN or w is None or not w.ok or w.start is None
            or w.end is None or w.day is not None or w.start.day != 1
            or not w.label.lower().lstrip().startswith(("from", "between"))):
        return
    if _MONTH_NAME.search(w.label):
        start = w.start + pd.offsets.MonthBegin(1)
    elif w.start.month == 1:
        start = w.start + pd.offsets.YearBegin(1)
    else:
        return
    if start >= w.end:
        return
    spec = f"{(start - pd.Timedelta(days=1)).date()}:{w.end.date()}"
    alt = dataclasses.replace(w, start=start, spec=spec,
                              notes=[*w.notes, f"measured from the end of the first period "
                                     f"(the last close before {start.date()})"])
    yield Reading(f"'{w.label}' from the end of its first period", "a span between two named "
                  "periods is also quoted from the end of the first", dataclasses.replace(rc, time=alt))


_FROM_YEAR = re.compile(r"^\s*(?:from|versus|vs\.?|over|compared\s+with)\s+(?:the\s+end\s+of\s+)?(?P<y>(?:19|20)\d\d)\s*$",
                        re.I)


def _from_year_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Had a good 2020, finishing up 20% from 2019": a change from a year is measured from that
    year's last close, to the end of the next year or to the article's day."""
    from capscope.data.calendar import previous_session

    c, w = rc.claim, rc.time
    if c.kind is not ClaimKind.PERIOD_RETURN or w is None or rc.published is None:
        return
    m = _FROM_YEAR.match(w.label)
    if m is None:
        return
    year = int(m.group("y"))
    base = pd.Timestamp(year, 12, 31)
    last = previous_session(rc.published)
    ends = [pd.Timestamp(year + 1, 12, 31), last]
    for end in ends:
        if end <= base or end > last + pd.Timedelta(days=1):
            continue
        end = min(end, last)
        alt = between_closes(f"from the end of {year} to {end.date()}", base, end,
                             [f"'{w.label}' read as a change from {year}'s last close"])
        yield Reading(alt.label, f"'{w.label}' names the base year", dataclasses.replace(rc, time=alt))


def _standing_record_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """"Down nearly 57% from its October 1997 record" (the record was set in October 2007): a
    distance from "its record" is also a distance from the record standing on the day, whatever
    date the words give it; a dated "peak" or "high" stays that period's."""
    c = rc.claim
    if c.kind is not ClaimKind.DISTANCE_FROM_RECORD or not c.details.get("period") \
            or c.details.get("reference") not in ("record", "all-time high", "all-time"):
        return
    details = {k: v for k, v in c.details.items() if k != "period"}
    why = "'its record' names the standing record; the date the words give it may be wrong"
    standing = dataclasses.replace(rc, claim=dataclasses.replace(c, details=details))
    yield Reading("the record standing on the day", why, standing)
    if rc.time is None:  # and on each day the article names (a look-back story's day)
        for day in ctx.named_days:
            if day != rc.anchor:
                yield Reading(f"the record standing on {day.date()}", why, on_day(standing, day))


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?"
_PEAK_TO_LOW = re.compile(r"\bfrom\s+(?:the|its|their)\s+(?:(?P<peak>" + _MONTHS + r"|(?:19|20)\d\d)\s+)?"
                          r"(?:peak|high|top|record(?:\s+high)?)\s+to\s+(?:the|its|their)\s+(?P<low>" + _MONTHS
                          + r"|(?:19|20)\d\d)\s+(?:low|trough|bottom)\b", re.I)


def _peak_to_low_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Its 52 percent decline from the peak to the November low": the fall from the highest
    close before the named low to the lowest close of that period (a peak-to-trough fall,
    stats.extremes.max_drawdown_in over that span)."""
    from capscope.claims.resolve import resolve_time
    from capscope.claims.timexpr import find_times
    from capscope.errors import CapscopeError
    from capscope.stats.extremes import extreme_in

    c = rc.claim
    if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or rc.published is None \
            or not rc.subject.symbol:
        return
    base = c.sentence_span.start
    m = _PEAK_TO_LOW.search(c.sentence, c.span.end - base, c.span.end - base + 60)
    if m is None:
        return

    def window(words: str | None) -> TimeWindow | None:
        if not words:
            return None
        times = find_times(f"in {words}")  # "November", "2008": a bare month or year
        w = resolve_time(times[0], rc.published) if times else None
        return w if w is not None and w.ok and w.start is not None and w.end is not None else None

    low, peak = window(m.group("low")), window(m.group("peak"))
    if low is None:
        return
    try:
        start = peak.start if peak is not None else extreme_in(
            rc.subject.symbol, "1900-01-01", low.start - pd.Timedelta(days=1), "high").date
    except CapscopeError:
        return
    span = TimeWindow(label=m.group(0), start=start, end=low.end,
                      spec=f"{start.date()}:{low.end.date()}", on=low.end,
                      notes=[f"'{m.group(0)}': from the peak before the low to the low"])
    claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN,
                                details={**c.details, "measure": "drawdown"})
    yield Reading(f"'{m.group(0)}'", "a fall quoted from a peak to a named low",
                  dataclasses.replace(rc, claim=claim, time=span))


_PERIOD_OF = {"week_move": "W-FRI", "month_move": "M", "quarter_move": "Q"}


def _previous_period_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Its best month since November 2020" in a story of July 1: the month just ended (June),
    not the one-day-old July; so for a week, a month or a quarter, the last complete one before
    the article's day is a reading."""
    from capscope.data.calendar import session_before

    c = rc.claim
    freq = _PERIOD_OF.get(str(c.details.get("measure", "")))
    day = rc.time.day if rc.time is not None and rc.time.ok else rc.anchor
    if c.kind not in (ClaimKind.HIGHEST_SINCE, ClaimKind.LOWEST_SINCE) or freq is None or day is None:
        return
    start = day.to_period(freq).start_time
    last = session_before(start)  # (strictly before: the period's first session is the new one's)
    if last >= day:
        return
    yield Reading(f"the {c.details['measure'].split('_')[0]} to {last.date()}",
                  "the last complete period before the article's day", on_day(rc, last))


_PREVIOUS_N = re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:previous|prior|preceding)\s+(?P<n>\d{1,2}|two|three|"
                         r"four|five|six|seven|eight|nine|ten)\s+(?:trading\s+)?(?:days|sessions)\b", re.I)


def _previous_sessions_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Won back less than a third of its 1,000-point loss over the previous four trading days"
    in a story of the day's rally: the N sessions before the day reported, from the close before
    them (the first reading counts them to the article's day)."""
    from capscope.claims.lexicon import count_value
    from capscope.data.calendar import session_before

    c = rc.claim
    m = _PREVIOUS_N.search(c.sentence)
    day = rc.anchor
    n = count_value(m.group("n")) if m is not None else None
    if c.kind is not ClaimKind.PERIOD_RETURN or m is None or day is None or not n:
        return
    end = session_before(day)
    base = end
    for _ in range(n):
        base = session_before(base)
    yield Reading(f"the {n} sessions to {end.date()}", f"'{m.group(0)}' before the day the story reports",
                  dataclasses.replace(rc, time=between_closes(m.group(0), base, end)))


def between_closes(label: str, base: pd.Timestamp, end: pd.Timestamp, notes: list[str] | None = None) -> TimeWindow:
    """A window from ``base``'s close to ``end``'s (the change over the sessions after ``base``)."""
    return TimeWindow(label=label, start=base + pd.Timedelta(days=1), end=end, spec=f"{base.date()}:{end.date()}",
                      on=end, notes=list(notes or []))


def week_to(label: str, end: pd.Timestamp, notes: list[str] | None = None) -> TimeWindow:
    """The week to ``end``, from the last close before its Monday: the week so far on a weekday,
    the whole week on its last session."""
    from capscope.data.calendar import session_before

    return between_closes(label, session_before(end - pd.Timedelta(days=end.day_of_week)), end, notes)


_FIRST_N = re.compile(r"\b(?:over|in|during|for)\s+the\s+(?P<edge>first|last)\s+(?P<n>\d{1,2}|two|three|four|five|six|"
                      r"seven|eight|nine|ten)\s+(?:trading\s+)?(?:days|sessions)\s+of\s+(?:the|this)\s+"
                      r"(?P<u>week|month|year)\b", re.I)
_FREQ = {"week": "W-FRI", "month": "M", "year": "Y"}


def _first_sessions_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Over the first four days of the week the Nasdaq had already given up 769 points", "up 4%
    in the first three days of the month": the first (last) N sessions of the period that holds
    the article's day, from the close before them."""
    from capscope.claims.lexicon import count_value
    from capscope.data.calendar import session_before, sessions

    c = rc.claim
    if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or rc.anchor is None:
        return
    m = _FIRST_N.search(c.sentence)
    if m is None:
        return
    n = count_value(m.group("n"))
    period = rc.anchor.to_period(_FREQ[m.group("u").lower()])
    days = sessions(period.start_time, period.end_time)
    if not n or len(days) < n:
        return
    span = days[:n] if m.group("edge").lower() == "first" else days[-n:]
    base = session_before(span[0])
    w = TimeWindow(label=m.group(0), start=span[0], end=span[-1], spec=f"{base.date()}:{span[-1].date()}",
                   on=span[-1], notes=[f"'{m.group(0)}': sessions {span[0].date()}..{span[-1].date()}"])
    claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN, details={**c.details, "window": "calendar"})
    yield Reading(f"'{m.group(0)}' ({span[0].date()}..{span[-1].date()})", "the sentence names the "
                  "sessions", dataclasses.replace(rc, claim=claim, time=w))


_FROM_BEFORE = re.compile(r"\b(?:from|since)\s+(?:the\s+|its\s+|their\s+)?(?:[\w&'\u2019.-]+\s+){0,4}$", re.I)


def _from_day_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Measured from the S&P 500's October 12th, 2022 low, the S&P is up nearly 54%": a day
    after "from" or "since" opens a window that runs from that day's close to the article's day,
    it is not the day of the move."""
    c, w = rc.claim, rc.time
    if (c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or w is None or not w.ok
            or w.day is None or rc.anchor is None or w.day >= rc.anchor or c.time is None
            or c.time.span is None):
        return
    base = c.sentence_span.start
    if not _FROM_BEFORE.search(c.sentence[:c.time.span.start - base]) and \
            not c.time.raw.strip().lower().startswith(("from ", "since ")):
        return
    alt = TimeWindow(label=f"from {w.day.date()} to {rc.anchor.date()}", start=w.day + pd.Timedelta(days=1),
                     end=rc.anchor, spec=f"{w.day.date()}:{rc.anchor.date()}", on=rc.anchor,
                     notes=[f"'{c.time.raw.strip()}' opens the window: from that day's close"])
    claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN, details={**c.details, "window": "since"})
    yield Reading(alt.label, "a day after 'from' or 'since' starts a window",
                  dataclasses.replace(rc, claim=claim, time=alt))


def _since_month_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Has gained 118% since March 2009": the words name a month, not the session the change is
    counted from (the month's low, most often, in a story about a rally from it). Each session of
    the month is a base, from its close to the window's end."""
    from capscope.claims.model import TimeKind
    from capscope.claims.resolve import resolve_time
    from capscope.data.calendar import session_before, sessions

    c, w, said = rc.claim, rc.time, rc.claim.time
    if (c.kind is not ClaimKind.PERIOD_RETURN or w is None or not w.ok or w.end is None or said is None
            or said.anchor not in ("since", "from") or said.kind not in (TimeKind.MONTH, TimeKind.FUZZY)
            or said.at_end):  # "since the end of June" names the session: the month's last
        return
    if said.start is None or said.end is None:  # "since early March": the month part, placed in time
        own = resolve_time(dataclasses.replace(said, anchor="in"), rc.published) if rc.published else None
        if own is None or not own.ok or own.start is None or own.end is None:
            return
        said = dataclasses.replace(said, start=own.start.date(), end=own.end.date())
    if (said.end - said.start).days > 31:
        return

    end = min(w.end, rc.anchor) if rc.anchor is not None else w.end
    # the window ends on the article's day, or at the close before it (a story filed in the session)
    ends = [end, session_before(end)]
    for last in ends:
        for day in sessions(pd.Timestamp(said.start), pd.Timestamp(said.end)):
            if day >= last:
                break
            alt = TimeWindow(label=f"from {day.date()} to {last.date()}", start=day + pd.Timedelta(days=1),
                             end=last, spec=f"{day.date()}:{last.date()}", on=last,
                             notes=[f"'{said.raw.strip()}' names the month the change is counted from: "
                                    f"from the close of {day.date()}"])
            yield Reading(alt.label, f"'{said.raw.strip()}' names a month, not the session counted from",
                          dataclasses.replace(rc, time=alt))


_DURING_STREAK = re.compile(r"\b(?:stretch|run|streak|span|spell)\s+(?:in|during|over)\s+which\b|"
                            r"\b(?:during|over|in|throughout)\s+(?:the|that|this|its)\s+(?:streak|run|stretch|span)\b", re.I)
_STREAK_LENGTH = re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[\s-]+(?:straight|consecutive|"
                            r"successive)?\s*(?:trading[\s-])?(?:sessions?|days?)\b|\b(?P<ord>second|third|fourth|fifth|sixth|"
                            r"seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:straight|consecutive)\s+(?:session|day|gain|loss)",
                            re.I)


def _streak_window_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """"All three have now fallen for four straight sessions, a stretch in which the Nasdaq has
    lost 8.7%", "The dip ended a 15-session winning streak. During the streak the index gained
    16.5%": a change over the streak the sentence (or the one before) counts, to the article's
    day or, for a streak that ended, to the session before."""
    from capscope.claims.lexicon import count_value
    from capscope.data.calendar import previous_session, session_before, sessions

    c = rc.claim
    if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or rc.anchor is None \
            or not _DURING_STREAK.search(c.sentence):
        return
    texts = [c.sentence]
    if c.sentence in ctx.sentences:
        k = ctx.sentences.index(c.sentence)
        texts += list(ctx.sentences[max(0, k - 1):k])
    m = next((m for t in texts for m in [_STREAK_LENGTH.search(t)] if m is not None), None)
    if m is None:
        return
    n = count_value(m.group("n") or m.group("ord"))
    if not n or n > 60:
        return
    ends = [rc.anchor]
    if rc.published is not None and previous_session(rc.published) > rc.anchor:
        ends.append(previous_session(rc.published))  # the story's own day
    before = session_before(rc.anchor)
    ends += [before, session_before(before)]  # a streak the day ended
    for end in ends:
        days = sessions(end - pd.Timedelta(days=3 * n + 10), end)
        if len(days) <= n:
            continue
        base = days[-n - 1]
        alt = TimeWindow(label=f"the {n} sessions to {end.date()}", start=days[-n], end=end,
                         spec=f"{base.date()}:{end.date()}", on=end,
                         notes=[f"the streak of {n} sessions the words count"])
        claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN, details={**c.details, "window": "calendar"})
        yield Reading(alt.label, "a change over the streak the article counts",
                      dataclasses.replace(rc, claim=claim, time=alt))


def _day_span_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"The 41.9% decline ... from 1/16/20 to 3/18/20", "from March 24, 2000 to Oct. 9, 2002 (929
    days) the index lost 49.1%": two days joined by "from ... to" are one span, from the first
    day's close to the second's (and, for a fall, the deepest fall inside it)."""
    from capscope.claims.model import TimeKind
    from capscope.claims.timexpr import find_times
    from capscope.data.calendar import previous_session

    c = rc.claim
    if c.kind not in (ClaimKind.DAY_MOVE, ClaimKind.PERIOD_RETURN) or not c.quantities \
            or "from" not in c.sentence.lower():
        return
    # the extractor's own question (same sentence, same offset): the answer is kept
    times = [t for t in find_times(c.sentence, c.sentence_span.start)
             if t.kind is TimeKind.DAY and t.start is not None]
    for a, b in zip(times, times[1:], strict=False):
        if not (a.raw.lower().lstrip().startswith("from ") and b.raw.lower().lstrip().startswith(("to ", "through "))):
            continue
        start, end = pd.Timestamp(a.start), pd.Timestamp(b.start)
        if end <= start or (rc.published is not None and end > rc.published):
            continue
        label = f"{a.raw.strip()} {b.raw.strip()}"
        base = previous_session(start)  # from the first day's close
        w = TimeWindow(label=label, start=start + pd.Timedelta(days=1), end=end,
                       spec=f"{base.date()}:{end.date()}", on=end, notes=[f"'{label}': one span"])
        claim = dataclasses.replace(c, kind=ClaimKind.PERIOD_RETURN, details={**c.details, "window": "calendar"})
        yield Reading(f"'{label}'", "two days joined by 'from ... to' are one span",
                      dataclasses.replace(rc, claim=claim, time=w))
        if c.direction is Direction.DOWN or any(q.sign < 0 for q in c.quantities):
            drawdown = dataclasses.replace(claim, details={**claim.details, "measure": "drawdown"})
            span = dataclasses.replace(w, start=start, spec=f"{start.date()}:{end.date()}")
            yield Reading(f"the deepest fall inside '{label}'", "a fall over a span is often quoted from "
                          "its peak to its trough", dataclasses.replace(rc, claim=drawdown, time=span))
        return


def _window_end_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """A window measured to the article's day may be meant to the publication day's close (a
    story filed after a later session than the one its lead dates), and one measured to the
    publication day itself to the close before it (a story filed before that day's close, or
    written over the weekend for Monday's paper: the day readings' "close before"), unless the
    article reports a close (then it was written after one)."""
    from capscope.data.calendar import previous_session, session_before

    w = rc.time
    if (rc.claim.kind not in (ClaimKind.PERIOD_RETURN, ClaimKind.RELATIVE_RETURN) or w is None
            or not w.ok or w.day is not None or w.on is None or w.forward
            or rc.published is None or rc.anchor is None or w.on != rc.anchor):
        return
    last = previous_session(rc.published)
    if last > w.on:
        yield window_to(rc, last, "the publication day's session", "the publication day's close")
    elif w.on == rc.published and (w.start is None or w.start < w.on) and not ctx.reports_a_close:
        before = session_before(w.on)
        if w.start is None or before >= w.start:
            yield window_to(rc, before, "the close before the publication day",
                             "a story filed before the close speaks of the last close")


def window_to(rc: ResolvedClaim, day: pd.Timestamp, what: str, why: str) -> Reading:
    """The claim's window with its end moved to ``day``."""
    w = rc.time
    spec = w.spec
    if spec and ":" in spec:
        spec = f"{spec.split(':')[0]}:{day.date()}"
    alt = dataclasses.replace(w, on=day, end=day if w.end is not None else None, spec=spec,
                              notes=[*w.notes, f"measured to {day.date()}, {what}"])
    return Reading(f"'{w.label}' to {day.date()}", why, dataclasses.replace(rc, time=alt))


_AS_OF = re.compile(r"(?:^|\b)(?:as\s+of|through|thru|at\s+the\s+close\s+(?:on|of))\s+$", re.I)


def _as_of_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Up approximately 11% year to date as of March 30, 2021": the day after "as of" (or
    "through") ends the claim's window, whatever the publication day; a one-session claim is
    that session's."""
    from capscope.claims.model import TimeKind
    from capscope.claims.timexpr import find_times
    from capscope.data.calendar import is_session

    c, w = rc.claim, rc.time
    if c.kind not in (ClaimKind.PERIOD_RETURN, ClaimKind.DAY_MOVE, ClaimKind.CLOSE_LEVEL) \
            or "as of" not in c.sentence.lower() and "through" not in c.sentence.lower():
        return
    base = c.sentence_span.start
    for t in find_times(c.sentence, base):
        if t.span is None or not (_AS_OF.search(c.sentence[:t.span.start - base])
                                  or t.raw.strip().lower().startswith(("as of ", "through ", "thru "))):
            continue
        if t.kind is TimeKind.WEEKDAY and rc.published is not None:
            # "Through last Thursday, the Russell 2000 was down 2.8 percent on the year"
            from capscope.claims.resolve import resolve_time

            r = resolve_time(t, rc.published)
            if r is None or not r.ok or r.day is None:
                continue
            day = r.day
        elif t.kind is TimeKind.DAY and t.year and t.month and t.day:
            try:
                day = pd.Timestamp(t.year, t.month, t.day)
            except ValueError:
                continue
        else:
            continue
        if not is_session(day) or (rc.anchor is not None and day == rc.anchor):
            continue
        label = f"to {day.date()} ('{t.raw.strip()}')"
        if c.kind is ClaimKind.PERIOD_RETURN and w is not None and w.ok and w.on is not None \
                and w.day is None:
            spec = f"{w.spec.split(':')[0]}:{day.date()}" if w.spec and ":" in w.spec else w.spec
            alt = dataclasses.replace(w, on=day, end=day if w.end is not None else None, spec=spec,
                                      notes=[*w.notes, f"measured to {day.date()}, the day the "
                                             "sentence gives with 'as of'"])
            yield Reading(label, "the sentence dates the figure with 'as of'",
                          dataclasses.replace(rc, time=alt))
        elif c.kind is not ClaimKind.PERIOD_RETURN:
            yield Reading(label, "the sentence dates the figure with 'as of'", on_day(rc, day))


def _weekend_week_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"Small caps scored an impressive gain last week" in a paper dated Saturday or Sunday: the
    week just ended, as a weekend wrap says it (a story of that week may also say "last week" of
    the week before it, which is the first reading)."""
    from capscope.data.calendar import previous_session

    c, w = rc.claim, rc.time
    if (c.kind not in (ClaimKind.PERIOD_RETURN, ClaimKind.RELATIVE_RETURN) or w is None or not w.ok
            or w.day is not None or rc.published is None or rc.published.day_of_week < 5
            or "last week" not in w.label.lower()):
        return
    end = previous_session(rc.published)
    monday = end - pd.Timedelta(days=end.day_of_week)
    if w.end is not None and w.end >= monday:
        return  # already the week just ended
    alt = week_to(w.label, end, [*w.notes, f"the week just ended, {monday.date()}..{end.date()}"])
    yield Reading(f"the week to {end.date()}", "a weekend paper's 'last week' is the week just ended",
                  dataclasses.replace(rc, time=alt))


def _monday_week_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """"The Dow fell 285 points, or 1 percent, for the week" in a paper dated Monday (or the Tuesday
    after a Monday holiday: the week's first session) whose other claims speak of Friday's session: the week that ended on that Friday (the page carries the
    weekend's wrap); the Monday's own session, the week so far, is the first reading."""
    from capscope.data.calendar import session_before

    c, w = rc.claim, rc.time
    if (c.kind not in (ClaimKind.PERIOD_RETURN, ClaimKind.RELATIVE_RETURN) or w is None or not w.ok
            or w.day is not None or rc.published is None or rc.published.day_of_week > 1
            or not _THE_WEEK.fullmatch(w.label.strip())):
        return
    end = session_before(rc.published)
    if end.day_of_week < rc.published.day_of_week:
        return  # a Tuesday after a Monday session: the week has begun ("Monday" is the week's first session)
    said = ctx.doc.text if ctx.doc is not None else " ".join(ctx.sentences)
    if end not in ctx.days and not _FRIDAY.search(said) and _A_SESSION_NAMED.search(said):
        return  # the article speaks of another session than Friday's: its week is the one it is in
    # (a letter that names no session at all, "Market Week: October 20, 2025 ... up 2.40% for the
    # week", reviews the week that ended before it)
    if w.end is not None and w.end <= end:
        return  # already a week before the Monday
    alt = week_to(w.label, end, [*w.notes, f"the week that ended {end.date()}"])
    yield Reading(f"the week to {end.date()}", "a paper dated the week's first session: its 'for the week' may be the week that ended before it",
                  dataclasses.replace(rc, time=alt))


_THE_WEEK = re.compile(r"(?:for|on|over)\s+the\s+week", re.I)
_FRIDAY = re.compile(r"\bFriday\b")
_A_SESSION_NAMED = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|today|this\s+morning|yesterday)\b", re.I)


def _before_the_giveback_readings(rc: ResolvedClaim) -> Iterator[Reading]:
    """"The Dow gave up more than a quarter of its 745-point advance since Jan.", "erased half of
    its 10% gain for the year": the change as it stood before the fall that gave part of it back,
    the window to the session before the day's."""
    from capscope.data.calendar import session_before

    c, w = rc.claim, rc.time
    if c.kind is not ClaimKind.PERIOD_RETURN or w is None or not w.ok or w.start is None or w.day is not None:
        return
    if not _GAVE_BACK.search(c.sentence[:max(0, c.span.start - c.sentence_span.start)]):
        return
    end = w.on if w.on is not None else w.end
    if end is None:
        return
    base, before = session_before(w.start), session_before(end)
    if before <= base:
        return
    alt = TimeWindow(label=f"{w.label} to {before.date()}", start=w.start, end=before,
                     spec=f"{base.date()}:{before.date()}", on=before,
                     notes=[*w.notes, f"the change before the fall that gave part of it back (to {before.date()})"])
    yield Reading(alt.label, "a gain given back is the gain as it stood before the fall",
                  dataclasses.replace(rc, time=alt))


# "gave up more than a quarter of its", "erased half of its", "wiped out all of their"
_GAVE_BACK = re.compile(r"\b(?:gave\s+(?:up|back)|giving\s+(?:up|back)|erased?|erasing|wiped\s+out|wiping\s+out|"
                        r"surrendered|pared|trimmed|gives\s+(?:up|back))\s+(?:more\s+than\s+|nearly\s+|about\s+|almost\s+|"
                        r"roughly\s+)?(?:all|half|some|part|much|most|a\s+(?:third|quarter|fifth|chunk|big\s+chunk)|"
                        r"one-third|one-quarter|two-thirds)\s+of\s+(?:its|their|the)\s+$", re.I)


def window_readings(rc: ResolvedClaim, ctx: ArticleContext) -> Iterator[Reading]:
    """Every window reading of a claim, most plausible first: window words the resolver did not
    attach, then the window's end, then spans and streaks the sentence names, then the deepest
    fall inside a named span."""
    for family in (_window_readings(rc, ctx), _window_end_readings(rc, ctx), _as_of_readings(rc),
                   _span_from_end_readings(rc), _from_year_readings(rc),
                   _standing_record_readings(rc, ctx), _peak_to_low_readings(rc),
                   _previous_period_readings(rc), _first_sessions_readings(rc),
                   _from_day_readings(rc), _streak_window_readings(rc, ctx), _day_span_readings(rc),
                   _sentence_window_readings(rc), _since_month_readings(rc), _drawdown_readings(rc),
                   _weekend_week_readings(rc), _monday_week_readings(rc, ctx), _previous_sessions_readings(rc),
                   _before_the_giveback_readings(rc)):
        yield from family


__all__ = ["window_readings", "window_to"]
