"""Cycle event studies: values against rows read off the data, a plain reference, the as-of rule,
the Fama-French long view, user dates, errors, and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from capscope.errors import BadInput, DataUnavailable
from capscope.fed.study import (
    cycle_events,
    cycle_study,
    event_study,
    horizon_end_index,
    read_dates,
    summarize,
)


@pytest.fixture(scope="module")
def first_cut(store):
    return cycle_study("first-cut", "RUT", "SPX", on="2026-08-21", store=store)


def _window(study, event, horizon):
    rows = study.events[(study.events["event"] == pd.Timestamp(event))
                        & (study.events["horizon"] == horizon)]
    assert len(rows) == 1
    return rows.iloc[0]


def test_september_2024_cut_twelve_months(first_cut):
    # closes read off the store: RUT 2206.3401 (2024-09-18) -> 2467.70 (2025-09-18);
    # SPX 5618.26 -> 6631.96
    w = _window(first_cut, "2024-09-18", "12M")
    assert w["base"] == pd.Timestamp("2024-09-18") and w["end"] == pd.Timestamp("2025-09-18")
    assert w["ret_a"] == pytest.approx((2467.70 / 2206.3401 - 1) * 100, abs=1e-6)
    assert w["ret_b"] == pytest.approx((6631.96 / 5618.26 - 1) * 100, abs=1e-6)
    assert w["diff"] == pytest.approx(w["ret_a"] - w["ret_b"])
    assert w["complete"]
    # 24 months after 2024-09-18 is past the data end (2026-08-21): marked, not averaged
    assert not _window(first_cut, "2024-09-18", "24M")["complete"]


def test_first_cut_events_since_rut_start(first_cut):
    assert sorted({d.date().isoformat() for d in first_cut.events["event"]}) == [
        "1987-11-03", "1989-06-06", "1995-07-06", "1998-09-29", "2001-01-03", "2007-09-18",
        "2019-07-31", "2024-09-18"]
    # older cycles (DFF-dated and the 1984 one) predate RUT: listed as excluded, with a reason
    assert len(first_cut.excluded) == 12
    assert all("before the common data" in e["reason"] for e in first_cut.excluded)
    s = first_cut.summary.set_index("horizon")
    assert s.loc["12M", "n"] == 8 and s.loc["24M", "n"] == 7 and s.loc["24M", "n_incomplete"] == 1
    assert "price return" in first_cut.basis


def _reference(store, events, a, b, months):
    """Plain loops: last common close on/before the event, last one on/before base + months."""
    from capscope.data.series import series

    sa, sb = series(a, store=store), series(b, store=store)
    common = sorted(set(sa.index) & set(sb.index))
    out = {}
    for ev in events:
        base = None
        for d in common:
            if d <= ev:
                base = d
        if base is None:
            continue
        target = base + pd.DateOffset(months=months)
        if target > common[-1]:
            continue
        end = [d for d in common if d <= target][-1]
        ra = (sa[end] / sa[base] - 1) * 100
        rb = (sb[end] / sb[base] - 1) * 100
        out[ev] = (ra, rb)
    return out


@pytest.mark.parametrize("horizon,months", [("3M", 3), ("12M", 12), ("18M", 18)])
def test_matches_plain_reference(store, first_cut, horizon, months):
    events = sorted(set(first_cut.events["event"]))
    ref = _reference(store, events, "RUT", "SPX", months)
    done = first_cut.events[(first_cut.events["horizon"] == horizon)
                            & first_cut.events["complete"]]
    assert set(done["event"]) == set(ref)
    for row in done.itertuples():
        assert row.ret_a == pytest.approx(ref[row.event][0], abs=1e-9)
        assert row.ret_b == pytest.approx(ref[row.event][1], abs=1e-9)
    s = first_cut.summary.set_index("horizon").loc[horizon]
    diffs = [ra - rb for ra, rb in ref.values()]
    assert s["n"] == len(diffs)
    assert s["mean_diff"] == pytest.approx(sum(diffs) / len(diffs))
    assert s["hit_rate"] == pytest.approx(sum(d > 0 for d in diffs) / len(diffs))
    assert s["median_diff"] == pytest.approx(float(np.median(diffs)))


def test_asof_reads_nothing_later(store):
    st_ = cycle_study("first-cut", on="2025-06-30", store=store)
    assert (st_.events["end"] <= pd.Timestamp("2025-06-30")).all()
    w = _window(st_, "2024-09-18", "6M")
    assert w["complete"] and w["end"] == pd.Timestamp("2025-03-18")
    assert not _window(st_, "2024-09-18", "12M")["complete"]
    early = cycle_study("first-cut", on="2024-10-01", store=store)
    assert not _window(early, "2024-09-18", "1M")["complete"]  # 2024-10-18 is after the as-of


def test_sunday_event_uses_the_friday_close(store):
    # 2020-03-15 (Sunday) action: base is Friday 2020-03-13 (RUT 1210.13), so Monday's
    # 2020-03-16 fall (RUT 1037.42) is inside the first window
    r = event_study(["2020-03-15"], "RUT", "SPX", ["1D", "2W"], store=store)
    one, two_weeks = r.events.iloc[0], r.events.iloc[1]
    assert one["base"] == pd.Timestamp("2020-03-13") and one["end"] == pd.Timestamp("2020-03-16")
    assert one["ret_a"] == pytest.approx((1037.42 / 1210.13 - 1) * 100)
    assert two_weeks["end"] == pd.Timestamp("2020-03-27")  # Friday + 14 calendar days
    # the 10th trading day after the last session is past the data: incomplete
    late = event_study(["2026-08-14"], "RUT", "SPX", ["5D", "10D"], store=store)
    assert list(late.events["complete"]) == [True, False]
    assert late.events.iloc[0]["end"] == pd.Timestamp("2026-08-21")


def test_other_events(store):
    hikes = cycle_events("first-hike", store=store)
    assert pd.Timestamp("2022-03-16") in set(hikes["date"])
    assert pd.Timestamp("2015-12-16") in set(hikes["date"])
    last = cycle_events("last-hike", store=store)
    assert pd.Timestamp("2023-07-26") in set(last["date"])
    assert pd.Timestamp("2006-06-29") in set(last["date"])
    # the last cut of the ongoing 2024-2025 cycle is not yet known
    assert pd.Timestamp("2025-12-10") not in set(cycle_events("last-cut", store=store)["date"])
    # as of 2023-01-01 the 2022 hiking cycle was still going: no last hike for it
    assert pd.Timestamp("2022-12-14") not in set(cycle_events("last-hike", "2023-01-01",
                                                              store=store)["date"])


def test_ff_long_view(store):
    r = cycle_study("first-cut", proxy="ff", store=store)
    events = sorted(set(r.events["event"]))
    assert len(events) == 20 and events[0] == pd.Timestamp("1957-10-31")  # every cycle since 1954
    # 2001-01-03 cut: months 2001-01 .. 2001-12 of the smallest/largest deciles (rows read off
    # ff_size_monthly), compounded by hand
    d1 = [17.66, -3.22, -1.14, 2.98, 8.94, 2.06, -0.81, -3.27, -11.22, 6.75, 5.70, 6.67]
    d10 = [3.13, -10.52, -7.22, 7.81, 0.15, -2.38, -0.88, -6.87, -7.07, 1.65, 7.63, 0.42]
    w = _window(r, "2001-01-03", "12M")
    assert w["base"] == pd.Timestamp("2000-12-31") and w["end"] == pd.Timestamp("2001-12-31")
    assert w["ret_a"] == pytest.approx((math.prod(1 + x / 100 for x in d1) - 1) * 100)
    assert w["ret_b"] == pytest.approx((math.prod(1 + x / 100 for x in d10) - 1) * 100)
    # the Fama-French file ends 2024-12: 2024-09-18 + 3 months complete, 6 months not
    assert _window(r, "2024-09-18", "3M")["complete"]
    assert not _window(r, "2024-09-18", "6M")["complete"]
    assert "dividends included" in r.basis and r.summary.set_index("horizon").loc["12M", "n"] == 19
    q = cycle_study("first-cut", proxy="ff-quintile", horizons=["12M"], store=store)
    assert "vw_q1_lo20" in q.a


def test_ff_asof_reads_no_later_month(store):
    r = cycle_study("first-cut", proxy="ff", horizons=["12M"], on="1990-01-01", store=store)
    assert (r.events["end"] <= pd.Timestamp("1990-01-01")).all()
    assert r.events["event"].max() == pd.Timestamp("1989-06-06")  # the 2024 cut is unknown then
    w = _window(r, "1989-06-06", "12M")  # 1989-05 base + 12 months = 1990-05: not yet known
    assert not w["complete"]
    s = r.at("12M")
    assert s["n"] == 13 and s["n_incomplete"] == 1


def test_ff_dff_event_base_is_the_peak_month_end(store):
    r = cycle_study("first-cut", proxy="ff", horizons=["1M"], store=store)
    w = _window(r, "1974-07-31", "1M")  # DFF peak 1974-07; first month of easing 1974-08
    assert w["base"] == pd.Timestamp("1974-07-31") and w["end"] == pd.Timestamp("1974-08-31")


def test_elections_bundle_is_the_legal_rule():
    frame = read_dates("us-elections")
    expected = []
    for year in range(1988, 2025, 4):
        d = dt.date(year, 11, 1)
        while d.weekday() != 0:  # first Monday of November
            d += dt.timedelta(days=1)
        expected.append(pd.Timestamp(d + dt.timedelta(days=1)))
    assert list(frame["date"]) == expected


def test_user_dates_file_and_errors(store, tmp_path):
    f = tmp_path / "d.csv"
    f.write_text("\ufeffdate,label\n2019-07-31,cut\n\n2024-09-18,cut\n", encoding="utf-8")
    r = event_study(str(f), "IWM", "SPY", "3M", total_return=True, store=store)
    assert r.n_events == 2 and "total return" in r.basis
    plain = tmp_path / "p.txt"
    plain.write_text("2019-07-31\n2024-09-18\n")
    assert list(read_dates(plain)["date"]) == list(read_dates(f)["date"])
    empty = tmp_path / "e.csv"
    empty.write_text("date\n")
    with pytest.raises(BadInput, match="no dates"):
        event_study(str(empty), store=store)
    bad = tmp_path / "b.csv"
    bad.write_text("2024-09-18\nnot-a-date\n")
    with pytest.raises(BadInput, match="row 2"):
        read_dates(bad)
    with pytest.raises(DataUnavailable, match="1980-01-02 is outside"):
        event_study(["1980-01-02"], "RUT", "SPX", store=store)
    with pytest.raises(DataUnavailable, match="outside"):
        event_study(["2027-01-04"], "RUT", "SPX", store=store)
    with pytest.raises(DataUnavailable, match="outside"):
        event_study(["2025-01-02"], "RUT", "SPX", on="2024-12-31", store=store)
    with pytest.raises(BadInput, match="unknown event"):
        cycle_study("second-cut", store=store)
    with pytest.raises(BadInput, match="horizon"):
        cycle_study(horizons="12Q", store=store)
    with pytest.raises(BadInput, match="shorter than a month"):
        cycle_study(proxy="ff", horizons="10D", store=store)
    with pytest.raises(BadInput, match="unknown proxy"):
        cycle_study(proxy="crsp", store=store)
    with pytest.raises(DataUnavailable):  # indices have no adj_close
        cycle_study(total_return=True, store=store)


def test_result_helpers(first_cut):
    row = first_cut.at("12m")
    assert row["n"] == 8 and 0 <= row["hit_rate"] <= 1
    with pytest.raises(BadInput):
        first_cut.at("5Y")
    d = first_cut.to_dict()
    assert d["summary"][3]["horizon"] == "12M" and "index" not in d["summary"][3]
    assert d["events"][0]["event"] == "1987-11-03" and "index" not in d["events"][0]
    json.dumps(d)
    assert "RUT beat SPX in" in first_cut.takeaway


# ---- kernels -------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 500), min_size=1, max_size=60, unique=True), st.integers(-5, 520))
def test_horizon_end_index_matches_linear_scan(days, target):
    dates = np.array(sorted(days), dtype="datetime64[D]")
    t = np.datetime64(0, "D") + np.timedelta64(target, "D")
    expected = -1
    for k, d in enumerate(dates):
        if d <= t:
            expected = k
    assert horizon_end_index(dates, 0, t) == expected


diffs = st.lists(st.sampled_from([-2.0, -1.0, 0.0, 0.0, 1.0, 3.5]) | st.floats(-50, 50),
                 min_size=0, max_size=20)


@settings(max_examples=200, deadline=None)
@given(diffs, st.lists(st.booleans(), min_size=20, max_size=20))
def test_summarize_matches_plain_python(ds, complete):
    rows = [{"horizon": "1M", "ret_a": d, "ret_b": 0.0, "diff": d, "complete": c}
            for d, c in zip(ds, complete, strict=False)]
    table = pd.DataFrame(rows, columns=["horizon", "ret_a", "ret_b", "diff", "complete"])
    s = summarize(table, ["1M"]).iloc[0]
    done = [r["diff"] for r in rows if r["complete"]]
    assert s["n"] == len(done) and s["n_incomplete"] == len(rows) - len(done)
    if done:
        assert s["mean_diff"] == pytest.approx(sum(done) / len(done))
        assert s["wins"] == sum(d > 0 for d in done)  # a tie is not an out-performance
        srt = sorted(done)
        mid = len(srt) // 2
        med = srt[mid] if len(srt) % 2 else (srt[mid - 1] + srt[mid]) / 2
        assert s["median_diff"] == pytest.approx(med)
    else:
        assert math.isnan(s["mean_diff"]) and s["wins"] == 0


# ---- CLI ---------------------------------------------------------------------------

runner = CliRunner()


def _cli(*args):
    from capscope.cli import app

    return runner.invoke(app, list(args))


def test_cli_history_cycles_study(store):
    r = _cli("fed", "history", "--since", "2024", "--json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["decisions"][0]["announced"] == "2024-09-18"
    assert data["decisions"][0]["change_bp"] == -50
    r = _cli("fed", "cycles", "--since", "2022", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["cycles"][-1]["first_move"] == "2024-09-18"
    r = _cli("fed", "study", "--horizons", "12M", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["summary"][0]["n"] == 8
    r = _cli("fed", "study", "--proxy", "ff", "--horizons", "12M,24M")
    assert r.exit_code == 0 and "FF smallest decile" in r.stdout
    r = _cli("fed", "study", "--dates", "us-elections", "--horizons", "3M", "--events")
    assert r.exit_code == 0 and "2016-11-08" in r.stdout
    r = _cli("fed", "cycles")
    assert r.exit_code == 0 and "2024-09-18" in r.stdout


@pytest.mark.parametrize("args", [
    ("fed", "study", "--event", "nope"),
    ("fed", "study", "--horizons", "3X"),
    ("fed", "study", "--dates", "/no/such/file.csv"),
    ("fed", "history", "--since", "not-a-year"),
    ("fed", "cycles", "--on", "1950-01-01"),
])
def test_cli_bad_input_is_one_line(store, args):
    r = _cli(*args)
    assert r.exit_code == 2
    assert "Traceback" not in r.output
    assert len(r.stderr.strip().splitlines()) == 1


def test_a_horizon_beyond_fifty_years_is_bad_input():
    # found by the CLI fuzz test: "300Y" ran past pandas' calendar and surfaced as an internal error
    import pytest

    from capscope.errors import BadInput
    from capscope.fed.study import parse_horizon

    assert parse_horizon("50Y") == (50, "Y")
    with pytest.raises(BadInput, match="longer than 50 years"):
        parse_horizon("300Y")
