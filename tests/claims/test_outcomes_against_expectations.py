"""An outcome measured against expectations is a statement of fact, not a view: "rose less than
expected", "as analysts expected", "was widely expected", "had expected a smaller cut" make no
opinion of the sentence; "traders expect the trend to hold" and "we expect small caps to rally" do."""

from __future__ import annotations

import datetime as dt

import pytest

from capscope.claims.extract import extract_claims


def _kinds(text: str) -> list[str]:
    return [c.kind.value for c in extract_claims(text, dt.date(2018, 10, 11))]


@pytest.mark.parametrize("text", [
    "Treasury yields did decline, though, after consumer prices rose less than expected.",
    "The Federal Reserve voted to cut its monthly bond purchases, as analysts expected, and stocks rose.",
    "The decision to raise rates again was widely expected, and stocks initially climbed.",
    "Many analysts had expected the Fed to wait, and the market fell.",
])
def test_an_outcome_against_expectations_is_no_opinion(text):
    assert "opinion" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "September is historically a weak month for the stock market, and traders expect the trend to hold.",
    "We expect small caps to rally into year end.",
])
def test_an_expectation_is_a_view(text):
    assert _kinds(text) == ["opinion"]
