"""Counts and runs of the FOMC's moves, against the Fed's own statements (hand-checked dates)."""

from __future__ import annotations

import pandas as pd

from capscope.fed.policy import moves_between, run_of_moves


def _days(tally) -> list[str]:
    return [str(d.date()) for d in tally.dates]


def test_the_hikes_of_2018():
    # statements of 2018-03-21, 2018-06-13, 2018-09-26 and 2018-12-19: four hikes
    assert _days(moves_between("hike", "2018-01-01", "2018-12-31")) == [
        "2018-03-21", "2018-06-13", "2018-09-26", "2018-12-19"]


def test_a_run_of_cuts_is_broken_by_holds():
    # 2024: cuts on Sep 18, Nov 7, Dec 18; holds at every meeting from January to July 2025;
    # cuts again on 2025-09-17, 10-29 and 12-10
    assert _days(run_of_moves("cut", "2025-12-10")) == ["2025-09-17", "2025-10-29", "2025-12-10"]
    assert _days(run_of_moves("cut", "2025-08-01")) == ["2024-09-18", "2024-11-07", "2024-12-18"]
    assert run_of_moves("cut", pd.Timestamp("2025-12-10")).count == 3
