"""Every statistics and Fed command's ``--json``: valid strict JSON, a takeaway, the evidence and
provenance behind it, ISO dates, and the key numbers on real rows read off the bundled data."""

from __future__ import annotations

import json
import math
import re
import shlex

import pytest
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]00:00:00")


def _strict(text: str):
    """Parse like a strict JSON consumer: NaN and Infinity are not JSON."""
    def refuse(name: str):
        raise ValueError(f"{name} in JSON output")
    return json.loads(text, parse_constant=refuse)


def _walk(value, path="$"):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _walk(v, f"{path}[{i}]")
    else:
        yield path, value


def _keys(value) -> set[str]:
    out: set[str] = set()
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(k)
            out |= _keys(v)
    elif isinstance(value, list):
        for v in value:
            out |= _keys(v)
    return out


def run_json(args: str, tmp_path=None) -> dict:
    res = runner.invoke(app, [*shlex.split(args), "--json"])
    assert res.exit_code == 0, res.stderr
    data = _strict(res.stdout)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def valuation_file(tmp_path_factory):
    p = tmp_path_factory.mktemp("val") / "relative_pe.csv"
    p.write_text("date,relative_pe\n2024-01-31,0.80\n2024-02-29,0.78\n2024-03-31,0.75\n"
                 "2024-04-30,0.77\n2024-05-31,0.74\n")
    return p


COMMANDS = [
    ("move", "move RUT --on 2024-07-16", {"close", "change_pct", "highest_close_since",
                                           "record_close", "streak_sessions"}),
    ("streaks", "streaks RUT --days 5 --min 1", {"episodes", "forward", "n_episodes"}),
    ("outperformance", "outperformance RUT SPX --days 20", {"top", "latest_relative_pct"}),
    ("returns", "returns RUT --window YTD", {"return_pct", "start", "end", "basis"}),
    ("returns-vs", "returns RUT --vs SPX --window YTD", {"comparison", "relative_strength",
                                                        "difference_pp", "ratio"}),
    ("months", "months RUT", {"current", "streaks", "longest_up"}),
    ("weeks", "months RUT --weekly", {"current", "streaks"}),
    ("levels", "levels RUT --zone 2000:2100 --breakout 2500",
     {"levels", "zone_check", "breakout", "zones"}),
    ("sectors", "sectors --window 3M", {"rows", "benchmarks"}),
    ("valuation", "valuation {val}", {"percentile", "zscore", "lowest_since"}),
    ("fed-history", "fed history --since 2022", {"decisions", "lower", "upper"}),
    ("fed-cycles", "fed cycles", {"cycles", "current"}),
    ("fed-study", "fed study", {"summary", "events", "excluded"}),
    ("fed-study-dates", "fed study --dates us-elections", {"summary", "events"}),
    ("fed-study-ff", "fed study --proxy ff", {"summary", "events"}),
    ("fedwatch", "fedwatch", {"meetings", "current_range", "view"}),
    ("fedwatch-current", "fedwatch --view current", {"meetings", "view"}),
]


@pytest.mark.parametrize(("args", "keys"), [pytest.param(a, k, id=i) for i, a, k in COMMANDS])
def test_json_is_strict_and_complete(store, valuation_file, args, keys):
    data = run_json(args.replace("{val}", str(valuation_file)))
    assert isinstance(data.get("takeaway"), str) and len(data["takeaway"]) > 20
    found = _keys(data)
    assert {"evidence", "provenance", "warnings"} <= found
    assert keys <= found, keys - found
    for path, v in _walk(data):
        if isinstance(v, float):
            assert math.isfinite(v), path
        if isinstance(v, str):
            assert not _TIMESTAMP.match(v), f"{path}: {v!r} is not an ISO date"


def test_move_json_values_on_real_rows(store):
    # read off the bundled RUT rows: 2024-07-15 close 2187.02, 2024-07-16 close 2263.67; the last
    # earlier close at or above 2263.67 is 2268.87 on 2022-01-04; record 2442.74 on 2021-11-08
    d = run_json("move RUT --on 2024-07-16")
    assert d["session"] == "2024-07-16" and d["previous_session"] == "2024-07-15"
    assert d["close"] == pytest.approx(2263.67, abs=0.005)
    assert d["change_pct"] == pytest.approx((2263.67 / 2187.02 - 1) * 100, abs=1e-3)
    assert d["highest_close_since"]["since_date"] == "2022-01-04"
    assert d["highest_close_since"]["ago"] == "2 years 6 months ago"
    assert d["record_date"] == "2021-11-08"
    assert d["record_close"] == pytest.approx(2442.74, abs=0.005)
    assert d["streak_sessions"] == 5 and d["streak_direction"] == "up"
    assert "3.50%" in d["takeaway"] and "2022-01-04" in d["takeaway"]
    assert d["provenance"]["measure"].startswith("price")


def test_rate_move_json_speaks_basis_points(store):
    # DGS10 2023-10-18 4.91 -> 2023-10-19 4.98 (FRED rows): +7 bp, the highest since 2007-07-19
    d = run_json("move DGS10 --on 2023-10-19")
    assert d["change_points"] == pytest.approx(0.07, abs=1e-9)
    assert d["takeaway"].startswith("DGS10 +7 bp to 4.98%")
    assert d["highest_close_since"]["since_date"] == "2007-07-19"
    assert "%" not in d["takeaway"].split(" to ")[0]
    assert d["provenance"]["kind"] == "rate"


def test_fed_history_json_decisions(store):
    d = run_json("fed history --since 2024")
    first = d["decisions"][0]
    assert first["announced"] == "2024-09-18" and first["change_bp"] == -50
    assert first["target"] == "4.75-5.00"
    assert d["takeaway"].startswith(f"{len(d['decisions'])} target changes since 2024-09-18")


def test_study_json_events_after_asof_are_left_out(store):
    # the 2024-11-05 election is after the as-of date: no window may be built for it
    d = run_json("fed study --dates us-elections --on 2024-07-13")
    assert all(e["event"] < "2024-07-13" for e in d["events"])
    assert [x["date"] for x in d["excluded"]] == ["2024-11-05"]
    assert all(e["end"] <= "2024-07-12" for e in d["events"])


def test_takeaway_and_table_agree_for_streak_hit_rates(store):
    res = runner.invoke(app, ["streaks", "RUT", "--days", "5", "--min", "1"])
    assert res.exit_code == 0
    d = run_json("streaks RUT --days 5 --min 1")
    one_month = next(r for r in d["forward"] if r["horizon"] == "1M")
    # the table shows the share as a percentage, the JSON as a fraction of 1
    assert f"{one_month['hit_rate'] * 100:.0f}%" in res.stdout
    assert 0 <= one_month["hit_rate"] <= 1
