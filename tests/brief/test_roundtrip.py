"""Every claim of a brief reads back as supported through the claim checker; the same note with
one figure moved beyond its rounding never does."""

from __future__ import annotations

import pytest
from brief_dates import roundtrip_dates
from brief_perturb import perturbed

from capscope.brief import brief
from capscope.claims.check import check_text

QUICK = ["2024-07-16", "2020-03-16", "2008-10-13", "2001-09-17", "2024-12-18", "2026-08-21",
         "2000-01-31", "2011-02-28"]


def _round_trip(day) -> list[str]:
    """The claims of the note for ``day`` that are not supported."""
    note = brief(day)
    report = check_text(note.text, published=note.session.date())
    assert report.items, note.text
    bad = []
    for item in report.items:
        if item.verdict.value != "supported":
            bad.append(f"{note.session.date()}: {item.claim.sentence!r}: {item.verdict.value}: "
                       f"{item.checked.explanation}")
    return bad


def _perturbation_supported(day, k: int) -> list[str]:
    note = brief(day)
    got = perturbed(note, k)
    if got is None:
        return []
    text, offset, new = got
    report = check_text(text, published=note.session.date())
    hit = [i for i in report.items if i.claim.span.start <= offset <= i.claim.span.end] or [
        i for i in report.items  # a date after its claim's words ("last cut rates on Dec. 6")
        if i.claim.sentence_span.start <= offset < i.claim.sentence_span.end]
    assert hit, (text, new)
    return [f"{note.session.date()}: {new!r} in {i.claim.sentence!r}: {i.checked.explanation}"
            for i in hit if i.verdict.value == "supported"]


@pytest.mark.parametrize("day", QUICK)
def test_round_trip_quick(day):
    assert _round_trip(day) == []


@pytest.mark.parametrize("day", QUICK)
def test_perturbation_quick(day):
    assert [m for k in range(4) for m in _perturbation_supported(day, k)] == []


@pytest.mark.slow  # ~420 notes, each written and checked twice: about 30 s
def test_round_trip_and_perturbation_over_history():
    days = roundtrip_dates()
    assert len(days) >= 300
    bad, moved = [], []
    for i, day in enumerate(days):
        bad += _round_trip(day)
        moved += _perturbation_supported(day, i)
    assert bad == []
    assert moved == []
