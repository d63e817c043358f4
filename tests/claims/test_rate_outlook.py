"""The path of rates ahead, signalled by the Fed or expected by markets, is a forecast: never a fact
checked against the decisions table, never "contradicted". The shapes are from wire stories of
2006, 2012, 2013, 2019, 2020, 2021, 2022 and 2023 (the Fed's projections, its pledges and what
traders expect); the decisions these stories also report stay decisions.
"""

from __future__ import annotations

import datetime as dt

import pytest

from capscope.claims.check import check_text


def _kinds(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(i.claim.kind.value, i.claim.text, i.verdict.value)
            for i in check_text(text, dt.date.fromisoformat(day)).items]


@pytest.mark.parametrize(("text", "day", "words"), [
    ("Stocks rallied in a wild session after the Federal Reserve raised rates and signalled six more hikes this year.",
     "2022-03-16", "six more hikes this year"),
    ("The central bank also expected rate increases through next year with no cuts until 2024.", "2022-12-14",
     "no cuts until 2024"),
    ("The Fed's projections suggest one more hike this year, to a range of 5.0 to 5.25 percent.", "2023-03-22",
     "one more hike this year, to a range of 5.0 to 5.25 percent"),
    ("The Fed meets this week, and no policy changes are expected.", "2019-04-29", "no policy changes are expected"),
    ("Stocks bounced higher after the Federal Reserve pledged to keep interest rates near zero for almost three "
     "more years.", "2012-01-25", "keep interest rates near zero for almost three more years"),
    ("Stock indexes finished lower after the Federal Reserve signaled that it would begin raising interest rates "
     "in 2023.", "2021-06-16", "begin raising interest rates in 2023"),
    ("Falling bond yields helped, and traders grew more confident the Fed will lower its benchmark rate at its next "
     "meeting.", "2025-11-25", "will lower its benchmark rate at its next meeting"),
])
def test_the_rate_path_ahead_is_a_forecast(text: str, day: str, words: str) -> None:
    found = [(k, w, v) for k, w, v in _kinds(text, day) if k == "forecast"]
    assert found == [("forecast", words, "forecast")], _kinds(text, day)


def test_the_decision_the_story_reports_stays_a_decision() -> None:
    # 2025-09-17: a 25 bp cut to 4.00-4.25% (the FOMC table), and two more cuts pencilled in
    got = _kinds("Federal Reserve officials lowered the target range by 25 basis points to a range of 4% to 4.25%, "
                 "and penciled in two more cuts by the end of 2025.", "2025-09-17")
    assert [k for k, _, _ in got] == ["fed_decision", "forecast"], got
    assert got[0][2] == "supported" and got[1][1] == "two more cuts by the end of 2025", got


@pytest.mark.parametrize(("text", "day"), [
    ("The Fed raised rates seven times in 2022.", "2023-01-05"),  # a count of past decisions
    ("Small caps rose 2% as rate cuts lifted borrowers.", "2024-09-20"),  # no one signals anything
])
def test_past_decisions_and_bare_mentions_are_not_forecasts(text: str, day: str) -> None:
    assert "forecast" not in [k for k, _, _ in _kinds(text, day)], _kinds(text, day)
