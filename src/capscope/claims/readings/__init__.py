"""Readings: the plausible ways an article's words can be read, and the one rule that decides.

A sentence rarely says everything a statistic needs. "Lost another 722 points" in a story that
mentions Thursday in the same sentence may be Thursday's move or the article's day's; "lost 33.8
percent" after "for the full year" is a year's change, not a session's; "up 8.2 percent, 5.9
percent and 4.6 percent, respectively" names three indexes for three numbers. The resolver
proposes the most plausible reading (its subject, window and day); this module proposes the
others that the text supports, each as a :class:`Reading` with the words that support it.

The rule (one place, applied by :func:`capscope.claims.verify.verify`):

* the **most plausible reading** (the resolver's) is checked first; when it supports the claim,
  or cannot decide it, that is the verdict;
* otherwise every other plausible reading is checked; the claim is **supported** when one of them
  supports it (the verdict names that reading and what the first reading gave), **imprecise**
  when the best of them is imprecise, and **contradicted only when every plausible reading
  contradicts it**;
* when the text leaves a reading open that capscope cannot measure (a change "since the jobs
  report", a peak-to-trough fall), a failing claim is **unverifiable**, never contradicted: the
  reading that might bear it out cannot be checked.

A false alarm costs an editor more than a miss, which is why a split goes to the reading that
bears the claim out. Every alternative is grounded in the text (a day the article dates, a window
word in the sentence or the period the sentence before opens with, an instrument the sentence
names), never a search for a fitting number.
"""


from __future__ import annotations

from capscope.claims.readings.context import DAY_KINDS, SUBJECT_KINDS, ArticleContext, Reading
from capscope.claims.readings.days import (
    _ago_readings,
    _day_readings,
    _ended_streak_readings,
    _lead_period_readings,
    _session_readings,
    _subject_readings,
    session_window,
)
from capscope.claims.readings.firmness import infirm, open_reading
from capscope.claims.readings.units import unit_readings
from capscope.claims.readings.windows import window_readings
from capscope.claims.resolve import ResolvedClaim


def alternatives(rc: ResolvedClaim, ctx: ArticleContext) -> list[Reading]:
    """The other plausible readings of a claim, most plausible first."""
    return [*_ended_streak_readings(rc), *_day_readings(rc, ctx), *_ago_readings(rc), *_lead_period_readings(rc, ctx), *_session_readings(rc), *window_readings(rc, ctx),
            *_subject_readings(rc, ctx), *unit_readings(rc)]


__all__ = ["DAY_KINDS", "SUBJECT_KINDS", "ArticleContext", "Reading", "alternatives", "infirm", "open_reading",
           "session_window"]
