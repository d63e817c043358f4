"""What a user types and reads: help without type labels and with an example per command, dates
as people write them, compact output by default (with an option for everything), the data's
age, and every command of the README's tour running."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from capscope.cli import app
from capscope.cli._usage import EXAMPLES

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def _commands() -> list[str]:
    out: list[str] = []

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, [*path, name])
        else:
            out.append(" ".join(path))

    walk(typer.main.get_command(app), [])
    return out


def test_every_command_has_an_example_and_no_type_labels(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    commands = _commands()
    assert set(commands) == set(EXAMPLES)
    for command in commands:
        res = runner.invoke(app, [*command.split(), "--help"])
        assert res.exit_code == 0, command
        assert not re.search(r"<(bool|str|int|float|path|list\[str\])>", res.stdout), command
        assert f"Example: {EXAMPLES[command]}" in " ".join(res.stdout.split()), command


def _json(args: str) -> dict:
    res = runner.invoke(app, [*shlex.split(args), "--json"])
    assert res.exit_code == 0, res.stderr
    return json.loads(res.stdout)


@pytest.mark.parametrize("typed", ["Nov 11 2024", "11 November 2024", "2024/11/11",
                                   "November 11, 2024", "11/11/2024"])
def test_on_accepts_dates_as_people_write_them(store, typed):
    iso = _json("move RUT --on 2024-11-11")
    assert _json(f"move RUT --on '{typed}'") == iso


@pytest.mark.parametrize("bad", ["garbage", "Nov 2024", "yesterday", "2024-13-01",
                                 "2024-11-11 10:30"])
def test_on_refuses_what_is_not_a_whole_date_in_one_line(store, bad):
    res = runner.invoke(app, ["move", "RUT", "--on", bad])
    assert res.exit_code == 2
    assert res.stdout == "" and len(res.stderr.strip().splitlines()) == 1
    assert res.stderr.startswith("capscope: --on date")


def test_readme_streaks_with_a_percent_sign(store):
    plain, sign = _json("streaks RUT --days 5 --min 1"), _json("streaks RUT --days 5 --min 1%")
    assert sign == plain and sign["min_pct"] == 1.0
    res = runner.invoke(app, ["streaks", "RUT", "--days", "5", "--min", "1x"])
    assert res.exit_code == 2 and "--min '1x' is not a percentage" in res.stderr


def _qualifying_runs(closes: pd.Series, days: int) -> int:
    """Maximal runs of ``days``+ sessions each closing above the one before, counted plainly."""
    runs, length = 0, 0
    for up in (closes.diff() > 0).iloc[1:]:
        length = length + 1 if up else 0
        if length == days:
            runs += 1
    return runs


def test_streaks_json_is_compact_by_default_and_whole_with_show_0(store):
    compact, whole = _json("streaks RUT --days 3"), _json("streaks RUT --days 3 --show 0")
    closes = store.bars("RUT")["close"].dropna()
    assert whole["n_episodes"] == len(whole["episodes"]) == _qualifying_runs(closes, 3)
    assert len(compact["episodes"]) == 20 and compact["episodes"] == whole["episodes"][-20:]
    assert "the latest 20 of" in compact["episodes_listed"]
    assert len(json.dumps(compact)) < 15_000


def _monthly_runs(closes: pd.Series) -> list[tuple[str, int]]:
    """(direction, length) of every run of monthly closes, from month-end closes."""
    month_end = closes.groupby(closes.index.to_period("M")).last()
    signs = [1 if c > 0 else -1 if c < 0 else 0 for c in month_end.diff().iloc[1:]]
    runs: list[tuple[str, int]] = []
    prev = 0  # a flat month ends a streak
    for s in signs:
        if s and s == prev:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        elif s:
            runs.append(("up" if s > 0 else "down", 1))
        prev = s
    return runs


def test_months_lists_the_notable_streaks_by_default(store, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    res = runner.invoke(app, ["months", "RUT", "--on", "2024-07-16"])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) <= 40
    every = _json("months RUT --on 2024-07-16 --all")
    compact = _json("months RUT --on 2024-07-16")
    runs = _monthly_runs(store.bars("RUT")["close"].dropna().loc[:"2024-07-16"])
    assert len(every["streaks"]) == len(runs)
    longest_up = max(n for d, n in runs if d == "up")
    longest_down = max(n for d, n in runs if d == "down")
    assert max(s["length"] for s in compact["streaks"] if s["direction"] == "up") == longest_up
    assert max(s["length"] for s in compact["streaks"] if s["direction"] == "down") == longest_down
    assert compact["streaks"][-1] == every["streaks"][-1]  # the current streak is listed
    assert len(compact["streaks"]) <= 2 * 5 + 2 < len(every["streaks"])


def test_report_summary_fits_one_screen_and_states_the_data_age(store, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    res = runner.invoke(app, ["report", "--no-html"])
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert len(lines) <= 40
    assert lines[1].startswith("data to 2026-08-21, ")  # the bundled snapshot's last session
    assert "capscope data update" in lines[1]  # the snapshot is months old by the clock
    full = runner.invoke(app, ["report", "--no-html", "--full"])
    assert len(full.stdout.splitlines()) > 60


def test_data_list_states_the_data_age(store, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    res = runner.invoke(app, ["data", "list"])
    assert res.stdout.splitlines()[-1].startswith("data to 2026-08-21, ")


# ---------------------------------------------------------------------------- the README tour


def _tour() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("## A short tour"):]
    block = block[block.index("```bash") + 8:block.index("```", block.index("```bash") + 8)]
    lines = []
    for raw in block.splitlines():
        line = re.split(r"\s+#\s", raw, maxsplit=1)[0].strip()  # the comment after the command
        if line.startswith("capscope fed history | cycles | study"):
            lines += ["capscope fed history", "capscope fed cycles", "capscope fed study"]
        elif line:
            lines.append(line)
    return lines


NEEDS_NETWORK = ("capscope data update", "capscope serve")


def test_every_command_of_the_readme_tour_runs(fresh_home, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my.csv").write_text("Date,Close\n2024-07-15,100\n2024-07-16,101\n2024-07-17,"
                                     "102\n2024-07-18,103\n", encoding="utf-8")
    article = ROOT / "tests" / "claims" / "examples" / "small-caps-on-a-tear.txt"
    (tmp_path / "article.txt").write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    tour = _tour()
    assert len(tour) >= 18
    ran = 0
    for line in tour:
        if line.startswith(NEEDS_NETWORK):
            continue
        line = line.replace(" corpora/", f" {ROOT / 'corpora'}/")  # the repository's corpora
        res = runner.invoke(app, shlex.split(line)[1:])
        assert res.exit_code == 0, (line, res.stderr)
        ran += 1
    assert ran >= len(tour) - len(NEEDS_NETWORK)


@pytest.mark.parametrize("args", ["move RUT", "returns RUT --vs SPX", "streaks RUT --days 5",
                                  "months RUT", "levels RUT", "ma SPX", "sectors"])
def test_figures_as_of_the_stale_newest_row_say_how_old_it_is(store, args):
    res = runner.invoke(app, shlex.split(args))
    assert res.exit_code == 0, res.stderr
    notes = [ln for ln in res.stderr.splitlines() if "note: data to 2026-08-21" in ln]
    assert len(notes) == 1 and "capscope data update" in notes[0]
    past = runner.invoke(app, [*shlex.split(args), "--on", "2024-07-16", "--json"])
    assert past.exit_code == 0 and "data to" not in past.stderr
    json.loads(past.stdout)  # the note never enters the JSON on stdout


def test_the_root_and_group_help_show_no_type_labels():
    from typer.testing import CliRunner

    from capscope.cli import app

    for args in (["--help"], ["data", "--help"], ["fed", "--help"]):
        out = CliRunner().invoke(app, args).output
        assert "<bool>" not in out and "<str>" not in out, args
