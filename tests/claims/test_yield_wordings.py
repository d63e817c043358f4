"""A Treasury yield stated "to" today's level "from" the one before, in the wordings of wire copy
seen in unrelated stories (2005, 2010): a participle ("rising to 3.45 percent from 3.28 percent the
day before", "sliding to 4.25 percent from 4.27 percent on Friday"), an adverb before "to" ("fell
sharply to 2.60 percent"), and no verb at all ("the yield on the 10-year Treasury note at 3.98
percent, up from 3.97 percent late Tuesday"). Levels are read off the stored DGS10 rows here."""

from __future__ import annotations

import datetime as dt

import pytest

import capscope
from capscope.claims.check import check_text


def _level(day: str) -> float:
    return float(capscope.series("DGS10").loc[day])


@pytest.mark.parametrize("wording", [
    "The yield on the 10-year Treasury note climbed, rising to {to:.2f} percent from {frm:.2f} percent the day before.",
    "Bonds fell, with the yield on the 10-year Treasury note sliding to {to:.2f} percent from {frm:.2f} percent the day before.",
    "The yield on the 10-year note rose sharply to {to:.2f} percent from {frm:.2f} percent the day before.",
    "Bonds were sold, with the yield on the 10-year Treasury note at {to:.2f} percent, up from {frm:.2f} percent the day before.",
])
def test_a_yields_level_and_the_one_before_are_each_checked(wording: str) -> None:
    # 2010-12-14: DGS10 3.48 after 3.29 on 2010-12-13 (a story published after the close)
    to, frm = _level("2010-12-14"), _level("2010-12-13")
    assert abs(to - frm) >= 0.1  # far enough apart that swapping the days would fail
    day = dt.date(2010, 12, 14)
    got = [(i.verdict.value, i.checked.explanation) for i in check_text(wording.format(to=to, frm=frm), day).items
           if i.claim.kind.value == "close_level"]
    assert [v for v, _ in got] == ["supported", "supported"], got
    assert "2010-12-14" in got[0][1] and "2010-12-13" in got[1][1], got
    # both levels 0.3 points off: neither holds, on its day or the session before
    off = [i.verdict.value for i in check_text(wording.format(to=to + 0.3, frm=frm - 0.3), day).items
           if i.claim.kind.value == "close_level"]
    assert len(off) == 2 and "supported" not in off, off


@pytest.mark.parametrize("shift", [0.0, 0.2])
def test_a_note_named_alone_compressed_to_a_level_from_the_one_before(shift):
    # 2026-02-18, off the stored end-of-day series: "the 2-year note has compressed to 3.40% from
    # 3.57%" names the note without "yield" or "Treasury"; the level is the day's, the "from" the
    # session before's
    two = capscope.series("DGS2")
    now, before = float(two.loc["2026-02-18"]), float(two.loc[:"2026-02-17"].iloc[-1])
    text = f"Stocks were mixed, while the 2-year note has compressed to {now + shift:.2f}% from {before:.2f}%."
    report = check_text(text, dt.date(2026, 2, 18))
    got = [i.verdict.value for i in report.items if i.claim.details.get("rate_level")]
    assert len(got) == 2 and got[1] == "supported", [(i.claim.text, i.verdict.value) for i in report.items]
    assert (got[0] == "supported") is (shift == 0.0), [(i.claim.text, i.verdict.value) for i in report.items]
