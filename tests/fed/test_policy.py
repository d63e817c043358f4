"""Policy history: target range across the two FRED eras and the decisions table.

Expected decisions are the FOMC's published statements (announcement day, size, new range),
independent of the FRED series the code reads.
"""

from __future__ import annotations

import pandas as pd
import pytest

from capscope.errors import DataUnavailable
from capscope.fed.policy import decisions, history, policy_rates, target_range

# (announced, change_bp, new lower, new upper) from the FOMC statements
HIKES_2022_2023 = [
    ("2022-03-16", 25, 0.25, 0.50),
    ("2022-05-04", 50, 0.75, 1.00),
    ("2022-06-15", 75, 1.50, 1.75),
    ("2022-07-27", 75, 2.25, 2.50),
    ("2022-09-21", 75, 3.00, 3.25),
    ("2022-11-02", 75, 3.75, 4.00),
    ("2022-12-14", 50, 4.25, 4.50),
    ("2023-02-01", 25, 4.50, 4.75),
    ("2023-03-22", 25, 4.75, 5.00),
    ("2023-05-03", 25, 5.00, 5.25),
    ("2023-07-26", 25, 5.25, 5.50),
]
CUTS_2024_2025 = [
    ("2024-09-18", -50, 4.75, 5.00),
    ("2024-11-07", -25, 4.50, 4.75),
    ("2024-12-18", -25, 4.25, 4.50),
    ("2025-09-17", -25, 4.00, 4.25),
    ("2025-10-29", -25, 3.75, 4.00),
    ("2025-12-10", -25, 3.50, 3.75),
]


@pytest.fixture(scope="module")
def table(store):
    return decisions(store=store)


def _row(table: pd.DataFrame, day: str) -> pd.Series:
    rows = table[table["announced"] == pd.Timestamp(day)]
    assert len(rows) == 1, f"expected one decision announced {day}, got {len(rows)}"
    return rows.iloc[0]


def test_september_2024_half_point_cut(table):
    r = _row(table, "2024-09-18")
    assert r["change_bp"] == -50
    assert (r["lower"], r["upper"]) == (4.75, 5.00)
    assert (r["prev_lower"], r["prev_upper"]) == (5.25, 5.50)
    assert r["effective"] == pd.Timestamp("2024-09-19")
    assert r["target"] == "4.75-5.00"
    assert bool(r["scheduled"]) and r["action"] == "cut"


@pytest.mark.parametrize("day,bp,lo,up", HIKES_2022_2023 + CUTS_2024_2025)
def test_known_decisions(table, day, bp, lo, up):
    r = _row(table, day)
    assert r["change_bp"] == bp
    assert (r["lower"], r["upper"]) == (lo, up)
    assert r["effective"] == pd.Timestamp(day) + pd.Timedelta(days=1)
    assert bool(r["scheduled"])


def test_hiking_cycle_is_exactly_the_eleven_moves(table):
    window = table[(table["announced"] >= "2022-01-01") & (table["announced"] <= "2024-08-31")]
    assert [d.date().isoformat() for d in window["announced"]] == [d for d, *_ in HIKES_2022_2023]
    assert window["change_bp"].sum() == 525


def test_no_changes_after_december_2025(table):
    assert table["announced"].max() == pd.Timestamp("2025-12-10")


def test_march_2020_unscheduled_cuts(table):
    a, b = _row(table, "2020-03-03"), _row(table, "2020-03-15")
    assert (a["change_bp"], a["lower"], a["upper"]) == (-50, 1.00, 1.25)
    assert (b["change_bp"], b["lower"], b["upper"]) == (-100, 0.00, 0.25)
    assert not a["scheduled"] and not b["scheduled"]
    assert b["effective"] == pd.Timestamp("2020-03-16")  # the Sunday announcement took effect Monday


def test_december_2008_move_to_the_range(table):
    r = _row(table, "2008-12-16")
    assert (r["prev_lower"], r["prev_upper"]) == (1.0, 1.0)  # 1% point target
    assert (r["lower"], r["upper"]) == (0.0, 0.25)
    assert r["change_bp"] == -75  # measured on the upper bound
    assert r["era"] == "range" and bool(r["scheduled"])


def test_point_era_unscheduled_2001_cut(table):
    # FOMC conference call 2001-01-03: target 6.50 -> 6.00, effective the same day
    r = _row(table, "2001-01-03")
    assert (r["change_bp"], r["upper"], r["effective"]) == (-50, 6.0, pd.Timestamp("2001-01-03"))
    assert not r["scheduled"]


def test_every_change_maps_to_the_calendar(table):
    # two pre-1994 second-day moves: their day before already announced the first move
    unmapped = table[~table["mapped"]]
    assert [d.date().isoformat() for d in unmapped["announced"]] == ["1987-09-04", "1988-08-09"]
    assert (unmapped["effective"] == unmapped["announced"]).all()
    assert not table["announced"].duplicated().any()
    lag = (table["effective"] - table["announced"]).dt.days
    assert set(lag) <= {0, 1}


def test_decisions_match_a_plain_scan_of_the_series(store, table):
    """Brute force: walk the raw FRED values day by day and list every change."""
    from capscope.data.series import series

    changes = []
    for name in ("DFEDTAR", "DFEDTARU"):
        s = series(name, store=store)
        prev = None
        for day, value in s.items():
            if prev is not None and value != prev:
                changes.append((day, round((value - prev) * 100, 4)))
            prev = value
    changes.append((pd.Timestamp("2008-12-16"), -75.0))  # the join of the two series
    changes.sort()
    assert list(zip(table["effective"], table["change_bp"], strict=True)) == changes


def test_target_range_both_eras(store):
    assert target_range("2024-09-18", store=store) == (5.25, 5.50)  # announced, not yet effective
    assert target_range("2024-09-19", store=store) == (4.75, 5.00)
    assert target_range("2008-12-15", store=store) == (1.0, 1.0)
    assert target_range("2008-12-16", store=store) == (0.0, 0.25)
    assert target_range("2026-08-21", store=store) == (3.50, 3.75)
    assert target_range("2026-08-01", store=store) == (3.50, 3.75)  # a Saturday: calendar-daily
    # DFEDTAR rows read with pandas: 6.75 on 1987-09-02, 6.875 on 09-03, 7.25 on 09-04
    assert target_range("1987-09-02", store=store) == (6.75, 6.75)
    assert target_range("1987-09-03", store=store) == (6.875, 6.875)
    assert target_range("1987-09-04", store=store) == (7.25, 7.25)


@pytest.mark.parametrize("day", ["1982-09-26", "1970-01-01", "2026-08-22", "2030-01-01"])
def test_target_range_outside_data(store, day):
    with pytest.raises(DataUnavailable, match="no fed funds target"):
        target_range(day, store=store)


def test_policy_rates_continuous_and_ordered(store):
    frame = policy_rates(store=store)
    assert frame.index.is_monotonic_increasing and frame.index.is_unique
    assert (frame.index.to_series().diff().dropna() == pd.Timedelta(days=1)).all()
    assert (frame["lower"] <= frame["upper"]).all()
    point = frame[frame["era"] == "point"]
    assert (point["lower"] == point["upper"]).all()
    assert point.index[-1] == pd.Timestamp("2008-12-15")


def test_holds_and_asof(store):
    full = decisions(holds=True, store=store)
    holds = full[full["action"] == "hold"]
    assert (holds["change_bp"] == 0).all() and holds["scheduled"].all()
    # 2026 meetings in the data (to 2026-08-21): all holds at 3.50-3.75
    y2026 = holds[holds["announced"].dt.year == 2026]
    assert [d.date().isoformat() for d in y2026["announced"]] == [
        "2026-01-28", "2026-03-18", "2026-04-29", "2026-06-17", "2026-07-29"]
    assert set(y2026["target"]) == {"3.50-3.75"}
    # no meeting is both a change and a hold
    assert not full["announced"].duplicated().any()
    asof = decisions("2024-11-07", store=store)
    assert asof["announced"].max() == pd.Timestamp("2024-11-07")


def test_history_window_and_takeaway(store):
    h = history(2024, store=store)
    assert [d.date().isoformat() for d in h.decisions["announced"]] == [d for d, *_ in
                                                                        CUTS_2024_2025]
    assert (h.lower, h.upper) == (3.50, 3.75)
    assert "3.50-3.75" in h.takeaway
    d = h.to_dict()
    assert d["decisions"][0]["announced"] == "2024-09-18"
    early = history("1990-01-01", on="1990-12-31", store=store)
    assert early.decisions["announced"].min() >= pd.Timestamp("1990-01-01")
    assert early.decisions["announced"].max() <= pd.Timestamp("1990-12-31")
