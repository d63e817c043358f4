"""FedWatch on the bundled ZQ closes, and the comparison with the bundled fomc_probabilities_zq.

Run this file directly (``python tests/fed/test_fedwatch_bundled.py``) to print the agreement per
meeting. Prices asserted below were read off ``table("futures")`` with pandas (rows dated
2026-08-21: ZQQ26 96.370, ZQU26 96.320, ZQV26 96.260, ZQX26 96.210, ZQZ26 96.135); the target
range 3.50-3.75 is FRED's DFEDTARL/U after the 2025-12-10 cut (PROVENANCE.md: no change through
2026-08-21).

What the comparison shows (see ``test_bundled_table_is_explained``): the other implementation
(1) counts the meeting day with the days BEFORE the meeting (M = d, CME uses M = d - 1),
(2) chains forward from the midpoint of the current range (3.625) through every meeting month
instead of anchoring each meeting on a meeting-free month, so the October meeting (day 28 of 31)
amplifies price errors 7.75x, (3) measures each meeting's post-meeting rate against the range
midpoint with no tree, so its meetings are not consistent with one another (P(hike by October)
below P(hike in September)), and (4) its settlement inputs are stale: rows 2026-08-03..08-21 all
carry the 2026-07-31 closes, and the 07-29 row matches no close in the store.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from capscope.errors import DataUnavailable
from capscope.fed.fedwatch import fedwatch

MID = 3.625  # midpoint of 3.50-3.75


def test_2026_08_21_against_hand_arithmetic(store):
    r = fedwatch("2026-08-21", 3)
    assert (r.current_lower, r.current_upper) == (3.50, 3.75)
    assert r.price_date == pd.Timestamp("2026-08-21")
    sep, oct_, dec = r.evidence["chain"]
    # Sep 16 (N 30, M 15): start = Aug average 3.63, end = (30*3.68 - 15*3.63)/15 = 3.73.
    assert (sep.method, sep.start_rate) == ("forward", pytest.approx(3.63))
    assert sep.end_rate == pytest.approx(3.73)
    assert r.probability("2026-09-16", 25) == pytest.approx(0.40)
    # Oct 28 (N 31, M 27): backward from the November average 3.79.
    oct_start = (31 * 3.74 - 4 * 3.79) / 27
    assert (oct_.method, oct_.end_rate) == ("backward", pytest.approx(3.79))
    assert oct_.start_rate == pytest.approx(oct_start)
    p_oct = (3.79 - oct_start) / 0.25
    assert r.probability("2026-10", 0) == pytest.approx(0.6 * (1 - p_oct))
    assert r.probability("2026-10", 50) == pytest.approx(0.4 * p_oct)
    assert r.probability("2026-10", 25, basis="meeting") == pytest.approx(p_oct)
    # Dec 9 (N 31, M 8): forward from November: end = (31*3.865 - 8*3.79)/23.
    assert dec.end_rate == pytest.approx((31 * 3.865 - 8 * 3.79) / 23)
    prices = {e["contract"]: e["price"] for e in r.evidence["contracts"]}
    assert prices == {"ZQQ26": 96.37, "ZQU26": 96.32, "ZQV26": 96.26, "ZQX26": 96.21,
                      "ZQZ26": 96.135}


def test_default_prices_every_meeting_the_calendar_lists(store):
    r = fedwatch()
    assert r.asof == pd.Timestamp("2026-08-21")
    assert [o.meeting.date().isoformat() for o in r.meetings][:3] == [
        "2026-09-16", "2026-10-28", "2026-12-09"]
    assert r.meetings[-1].meeting == pd.Timestamp("2027-12-08")
    assert sum(o.tentative for o in r.meetings) == 8
    assert any("tentative" in w for w in r.warnings)
    for o in r.meetings:
        assert sum(o.ranges.values()) == pytest.approx(1.0)


def test_weekend_and_decision_day(store):
    r = fedwatch("2026-08-16", 1)  # a Sunday; the store's latest row before it is 08-15
    assert r.price_date == pd.Timestamp("2026-08-15")
    assert "using those of 2026-08-15" in r.warnings[0]
    r = fedwatch("2026-07-29", 1)
    assert r.meetings[0].meeting == pd.Timestamp("2026-07-29")
    assert r.evidence["chain"][0].method == "backward"  # June is not in the store
    assert any("decision day" in w for w in r.warnings)
    # far IBKR contracts often trade nothing: flagged as indicative
    assert any("no volume" in w for w in fedwatch("2026-07-28").warnings)


def test_missing_contracts_and_dates_outside_the_data(store):
    with pytest.raises(DataUnavailable, match=r"2024-08 \(ZQQ24\), 2024-09 \(ZQU24\)"):
        fedwatch("2024-08-01")
    for day in ("2024-07-01", "2026-09-30"):
        with pytest.raises(DataUnavailable, match=f"on or just before {day}") as e:
            fedwatch(day)
        assert "run from 2024-07-31 to 2026-08-21" in e.value.one_line()


# -- the comparison ----------------------------------------------------------------------------
def their_rule(group: pd.DataFrame) -> list[float]:
    """The other implementation's post-meeting rates, reconstructed: forward from the range
    midpoint through every meeting month, meeting day counted before (M = d)."""
    out, prev = [], MID
    for _, row in group.sort_values("meeting_date").iterrows():
        m = row["meeting_date"]
        n, d = m.days_in_month, m.day
        prev = (n * (100 - row["settlement"]) - d * prev) / (n - d)
        out.append(prev)
    return out


def comparison(store) -> pd.DataFrame:
    """One row per (date, meeting) of the bundled table: their P(move) and ours.

    P(move) = P(the range after the meeting differs from today's), i.e. prob_cut + prob_hike.
    ``ours_same_inputs`` prices with the closes they actually used (2026-07-31 for 08-03..08-21).
    """
    from capscope.data.series import table

    theirs = table("fomc_probabilities_zq")
    rows = []
    cache: dict = {}
    for _, row in theirs.iterrows():
        day, meeting = row["date"], row["meeting_date"]
        ours = same = None
        for key, asof in (("ours", day), ("same", min(day, pd.Timestamp("2026-07-31")))):
            if (key, asof) not in cache:
                cache[(key, asof)] = fedwatch(asof)
            res = cache[(key, asof)]
            if any(o.meeting == meeting for o in res.meetings):
                o = res.outlook(meeting)
                val = o.p_cut + o.p_hike
                ours, same = (val, same) if key == "ours" else (ours, val)
        rows.append({"date": day, "meeting": meeting,
                     "theirs": row["prob_cut"] + row["prob_hike"], "ours": ours,
                     "ours_same_inputs": same})
    return pd.DataFrame(rows)


def agreement(frame: pd.DataFrame) -> pd.DataFrame:
    both = frame.dropna(subset=["ours"]).copy()
    both["diff"] = (both["ours"] - both["theirs"]).abs()
    both["diff_same"] = (both["ours_same_inputs"] - both["theirs"]).abs()
    return both.groupby("meeting").agg(
        n=("diff", "size"), max_abs_diff=("diff", "max"), mean_abs_diff=("diff", "mean"),
        max_abs_diff_same_inputs=("diff_same", "max"),
        mean_abs_diff_same_inputs=("diff_same", "mean"))


def test_bundled_table_is_explained(store):
    from capscope.data.series import table

    theirs = table("fomc_probabilities_zq")
    fut = table("futures")
    close = fut.set_index(["date", "contract_month"])["close"]
    # (1)+(2): their post-meeting rates follow the forward-from-midpoint, M = d rule.
    for _, group in theirs.groupby("date"):
        rebuilt = their_rule(group)
        got = group.sort_values("meeting_date")["post_meeting_rate"].tolist()
        assert rebuilt == pytest.approx(got, abs=1e-3)
    # (3): their P(move) is |post - midpoint| / 25 bp, capped at 1: no tree.
    steps = (theirs["post_meeting_rate"] - MID).abs() / 0.25
    assert (theirs["prob_cut"] + theirs["prob_hike"]).tolist() == pytest.approx(
        steps.clip(upper=1).tolist(), abs=1e-3)
    # (4): stale inputs: from 2026-08-03 every row carries the 2026-07-31 close.
    late = theirs[theirs["date"] >= "2026-08-03"]
    for _, row in late.iterrows():
        m = row["meeting_date"]
        assert row["settlement"] == pytest.approx(
            close[(pd.Timestamp("2026-07-31"), f"{m.year}-{m.month:02d}")], abs=1e-6)


def test_agreement_per_meeting_is_reported_and_ours_is_coherent(store, capsys):
    frame = comparison(store)
    table = agreement(frame)
    with capsys.disabled():
        print("\nFedWatch vs bundled fomc_probabilities_zq, P(move vs current range):")
        print(table.round(3).to_string())
    assert set(table.index.date.astype(str)) == {"2026-07-29", "2026-09-16", "2026-10-28",
                                                  "2026-12-09"}
    # the July meeting is priced by us only on 07-29 (it is past on 07-31, where they still
    # list it)
    assert table.loc["2026-07-29", "n"] == 1
    # Differences are large and remain with the same inputs: the method, not only the data.
    assert table["max_abs_diff"].max() > 0.3
    assert table["mean_abs_diff_same_inputs"].max() > 0.2
    # Ours is one tree: with only hikes priced, P(move) never falls from one meeting to the next.
    for _, g in frame.dropna(subset=["ours"]).groupby("date"):
        vals = g.sort_values("meeting")["ours"].tolist()
        assert all(b >= a - 1e-12 for a, b in zip(vals, vals[1:], strict=False))


# -- CLI -----------------------------------------------------------------------------------------
runner = CliRunner()


def cli(*args):
    from capscope.cli import app

    return runner.invoke(app, ["fedwatch", *args])


def test_cli_json_and_views(store):
    res = cli("--asof", "2026-08-21", "--meetings", "2", "--json")
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    assert payload["current_range"] == "3.50-3.75"
    assert payload["meetings"][0]["ranges"]["3.75-4.00"] == pytest.approx(0.4)
    assert payload["evidence"]["chain"][1]["method"] == "backward"
    res = cli("--asof", "2026-08-21", "--meetings", "1", "--view", "current")
    assert res.exit_code == 0 and "40.0%" in res.stdout and "ZQU26" in res.stdout
    res = cli("--asof", "2026-08-21", "--meetings", "1")
    assert res.exit_code == 0 and "3.75-4.00" in res.stdout


@pytest.mark.parametrize("args, needle", [
    (["--asof", "2024-08-01"], "2024-08 (ZQQ24)"),
    (["--asof", "2019-01-01"], "futures run from"),
    (["--asof", "tomorrow"], "not a date"),
    (["--meetings", "0"], "at least 1"),
    (["--meetings", "30"], "scheduled FOMC meetings"),
    (["--view", "total"], "total"),
])
def test_cli_bad_input_one_line_exit_2(store, args, needle):
    res = cli(*args)
    assert res.exit_code == 2, res.output
    assert needle in res.output
    assert "Traceback" not in res.output


if __name__ == "__main__":
    pd.set_option("display.width", 160)
    frame = comparison(None)
    print(frame.round({"theirs": 3, "ours": 3, "ours_same_inputs": 3}).to_string())
    print(agreement(frame).round(3).to_string())
