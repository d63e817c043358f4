"""Nasty input to every statistics and Fed command: one line on stderr, exit 2, no traceback.

Each case is something a hurried reader types: an unknown symbol, a date the data does not
cover, a window that means nothing, a rate where a price is needed, a broken file. The answer
must be a single line naming the problem and what to do, never a traceback or an "internal
error" (which would mean capscope itself failed).
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Broken input files: missing, empty, zero bytes, binary, bad rows, future dates."""
    d = tmp_path_factory.mktemp("nasty")
    (d / "header_only.csv").write_text("date,value\n")
    (d / "zero.csv").write_bytes(b"")
    (d / "binary.csv").write_bytes(bytes(range(256)) * 4)
    (d / "bad_value.csv").write_text("date,value\n2024-01-31,1.2\n2024-02-29,abc\n")
    (d / "one_column.csv").write_text("foo\n1\n")
    (d / "bad_dates.csv").write_text("date\n2020-03-03\nnot-a-date\n")
    (d / "future_dates.csv").write_text("date\n2050-01-03\n")
    (d / "futures_101.csv").write_text("date,contract_month,close\n2026-08-21,2026-09,101\n")
    return d


# (id, arguments, a word the message must contain). "{d}" is the folder of broken files.
CASES = [
    # --- move
    ("move-unknown-symbol", "move FOO", "unknown symbol"),
    ("move-before-data", "move RUT --on 1900-01-02", "before"),
    ("move-after-data", "move RUT --on 2030-01-02", "after"),
    ("move-next-monday-after-data", "move RUT --on 2026-08-24", "after"),
    ("move-garbage-date", "move RUT --on yesterdayish", "not a date"),
    ("move-index-total-return", "move RUT --field adj_close", "adj_close"),
    ("move-field-not-a-close", "move RUT --field open", "--field"),
    ("move-sector-fund-gap", "move XLI --on 2025-12-01", "2026-03-20"),
    ("move-sector-fund-gap-adj", "move XLI --field adj_close --on 2025-12-01", "2025-07-11"),
    ("move-futures-no-bars", "move ZQ", "ZQ"),
    ("move-discontinued-rate", "move DFEDTAR --on 2024-01-02", "2008-12-15"),
    # --- streaks
    ("streaks-rate", "streaks DFF --days 3", "rate"),
    ("streaks-relative-to-rate", "streaks RUT --days 3 --relative-to DGS10", "rate"),
    ("streaks-n-zero", "streaks RUT --days 0", "--days"),
    ("streaks-n-negative", "streaks RUT --days -3", "--days"),
    ("streaks-negative-threshold", "streaks RUT --days 3 --min -1", "--min"),
    ("streaks-absurd-threshold", "streaks RUT --days 3 --min 80", "--min"),
    ("streaks-bad-direction", "streaks RUT --days 3 --direction sideways", "direction"),
    ("streaks-since-after-data", "streaks RUT --days 3 --since 2050", "2050"),
    ("streaks-since-garbage", "streaks RUT --days 3 --since soon", "not a date"),
    ("streaks-bad-count", "streaks RUT --days 3 --count some", "count"),
    ("streaks-show-negative", "streaks RUT --days 3 --show -5", "--show"),
    ("streaks-unknown-other", "streaks RUT --days 3 --relative-to FOO", "unknown symbol"),
    ("streaks-before-data", "streaks RUT --days 3 --on 1980-01-02", "before"),
    ("streaks-sector-fund-gap", "streaks XLI --days 3 --on 2025-12-01", "2025-07-11"),
    # --- outperformance
    ("outperf-n-zero", "outperformance RUT SPX --days 0", "--days"),
    ("outperf-rate", "outperformance RUT DFF --days 5", "rate"),
    ("outperf-same", "outperformance RUT 'Russell 2000' --days 5", "same series"),
    ("outperf-top-zero", "outperformance RUT SPX --days 5 --top 0", "--top"),
    ("outperf-too-long", "outperformance RUT SPX --days 50000", "too few"),
    ("outperf-sector-fund-gap", "outperformance XLP SPY --days 5 --on 2025-12-01", "XLP"),
    # --- returns
    ("returns-window-garbage", "returns RUT --window garbage", "window"),
    ("returns-window-zero", "returns RUT --window 0D", "empty"),
    ("returns-window-negative", "returns RUT --window -1M", "window"),
    ("returns-window-month-13", "returns RUT --window 2024-13", "window"),
    ("returns-window-reversed", "returns RUT --window 2024-07-20:2024-07-10", "ends before"),
    ("returns-window-weekend-only", "returns RUT --window 2024-07-13:2024-07-14", "no session"),
    ("returns-window-one-session", "returns RUT --window 2024-07-12:2024-07-14", "no change"),
    ("returns-window-starts-after-on", "returns RUT --window 2025-01-01: --on 2024-03-01",
     "starts after"),
    ("returns-window-no-start", "returns RUT --window :", "no start"),
    ("returns-window-future-year", "returns RUT --window 2030", "after"),
    ("returns-window-before-data", "returns RUT --window 1900", "1987-09-10"),
    ("returns-rate", "returns DFF", "rate"),
    ("returns-vs-rate", "returns RUT --vs DFF", "rate"),
    ("returns-vs-same", "returns RUT --vs RUT", "same series"),
    ("returns-index-total", "returns RUT --total", "total-return"),
    ("returns-after-data", "returns RUT --on 2030-01-02", "2026-08-21"),
    ("returns-sector-gap-total", "returns XLI --window 2025-12 --total", "2025-07-11"),
    ("returns-sector-gap-price", "returns XLI --window 2025-12", "2026-03-20"),
    ("returns-sector-ytd-names-both-fields", "returns XLK --window YTD", "adj_close 1998-12-22"),
    # --- months
    ("months-rate", "months DFF", "rate"),
    ("months-min-length-zero", "months RUT --min-length 0", "length"),
    ("months-too-early", "months RUT --on 1987-09-15", "fewer than two"),
    ("months-after-data", "months RUT --on 2030-01-02", "2026-08-21"),
    # --- levels
    ("levels-zone-reversed", "levels RUT --zone 245:240", "low above its high"),
    ("levels-zone-garbage", "levels RUT --zone abc", "LOW:HIGH"),
    ("levels-zone-one-number", "levels RUT --zone 240", "LOW:HIGH"),
    ("levels-zone-negative", "levels RUT --zone -5:10", "non-positive"),
    ("levels-zone-infinite", "levels RUT --zone 1:inf", "finite"),
    ("levels-zone-nan", "levels RUT --zone nan:250", "finite"),
    ("levels-breakout-nan", "levels RUT --breakout nan", "level"),
    ("streaks-threshold-nan", "streaks RUT --days 3 --min nan", "--min"),
    ("levels-lookback-garbage", "levels RUT --lookback forever", "window"),
    ("levels-window-zero", "levels RUT --window 0", "pivot window"),
    ("levels-band-negative", "levels RUT --band -1", "band"),
    ("levels-breakout-negative", "levels RUT --breakout -5", "level"),
    ("levels-rate", "levels DFF", "rate"),
    ("levels-before-data", "levels RUT --on 1987-09-15", "before"),
    ("levels-sector-fund-gap", "levels XLI --on 2025-12-01", "XLI close begins"),
    ("months-sector-fund-gap", "months XLP --on 2025-12-01", "XLP"),
    # --- sectors
    ("sectors-window-garbage", "sectors --window garbage", "window"),
    ("sectors-before-data", "sectors --on 1990-01-02", "1993-01-29"),
    ("sectors-after-data", "sectors --on 2030-01-02", "2026-08-21"),
    # --- valuation
    ("valuation-missing-file", "valuation {d}/nope.csv", "does not exist"),
    ("valuation-header-only", "valuation {d}/header_only.csv", "no rows"),
    ("valuation-zero-bytes", "valuation {d}/zero.csv", "empty"),
    ("valuation-binary", "valuation {d}/binary.csv", "not a text CSV"),
    ("valuation-bad-value", "valuation {d}/bad_value.csv", "abc"),
    ("valuation-one-column", "valuation {d}/one_column.csv", "column"),
    ("valuation-folder", "valuation {d}", "folder"),
    ("valuation-empty-name", "valuation ''", "no valuation file"),
    ("move-empty-symbol", "move ''", "unknown symbol"),
    ("returns-blank-window", "returns RUT --window '  '", "window"),
    ("levels-zone-half", "levels RUT --zone 240:", "LOW:HIGH"),
    ("valuation-unknown-column", "valuation {d}/bad_value.csv --column pe", "no column"),
    # --- fed history / cycles
    ("fed-history-since-garbage", "fed history --since soon", "not a date"),
    ("fed-history-since-future", "fed history --since 2050", "after the as-of"),
    ("fed-history-before-data", "fed history --on 1900-01-02", "1982-09-27"),
    ("fed-history-after-data", "fed history --on 2030-01-02", "after"),
    ("fed-cycles-before-data", "fed cycles --on 1950-01-02", "1954-07-01"),
    ("fed-cycles-after-data", "fed cycles --on 2030-01-02", "after"),
    ("fed-cycles-since-future", "fed cycles --since 2050", "2050"),
    # --- fed study
    ("study-unknown-event", "fed study --event first-pause", "unknown event"),
    ("study-horizons-garbage", "fed study --horizons soon", "horizon"),
    ("study-horizons-zero", "fed study --horizons 0M", "horizon"),
    ("study-horizons-negative", "fed study --horizons -3M", "horizon"),
    ("study-horizons-empty", "fed study --horizons ,", "no horizons"),
    ("study-unknown-symbol", "fed study --a FOO", "unknown symbol"),
    ("study-rate", "fed study --a DFF", "rate"),
    ("study-same-pair", "fed study --b RUT", "same series"),
    ("study-index-total", "fed study --total", "total-return"),
    ("study-unknown-proxy", "fed study --proxy crsp", "proxy"),
    ("study-ff-daily-horizon", "fed study --proxy ff --horizons 10D", "shorter than a month"),
    ("study-dates-bad-row", "fed study --dates {d}/bad_dates.csv", "row 2"),
    ("study-dates-future", "fed study --dates {d}/future_dates.csv", "outside"),
    ("study-dates-missing", "fed study --dates {d}/nope.csv", "not found"),
    ("study-dates-binary", "fed study --dates {d}/binary.csv", "not a text CSV"),
    ("study-dates-empty", "fed study --dates {d}/zero.csv", "no dates"),
    ("study-dates-empty-name", "fed study --dates ''", "not found"),
    ("study-after-data", "fed study --on 2030-01-02", "after"),
    # --- fedwatch
    ("fedwatch-before-futures", "fedwatch --asof 2020-01-02", "2024-07-31"),
    ("fedwatch-after-futures", "fedwatch --asof 2030-01-02", "2026-08-21"),
    ("fedwatch-missing-contracts", "fedwatch --asof 2024-07-31", "ZQN24"),
    ("fedwatch-missing-june", "fedwatch --asof 2025-06-01", "ZQM25"),
    ("fedwatch-garbage-date", "fedwatch --asof soon", "not a date"),
    ("fedwatch-meetings-zero", "fedwatch --meetings 0", "--meetings"),
    ("fedwatch-bad-view", "fedwatch --view sideways", "--view"),
    ("fedwatch-futures-missing", "fedwatch --futures {d}/nope.csv", "not found"),
    ("fedwatch-futures-binary", "fedwatch --futures {d}/binary.csv", "CSV"),
    ("fedwatch-futures-price", "fedwatch --futures {d}/futures_101.csv", "(0, 100]"),
    # --- usage mistakes: one line too, pointing at --help
    ("usage-days-not-a-number", "streaks RUT --days abc", "--days"),
    ("usage-missing-days", "streaks RUT", "missing option"),
    ("usage-missing-symbol", "move", "missing argument"),
    ("usage-top-not-a-number", "outperformance RUT SPX --days 5 --top many", "--top"),
    ("usage-window-no-value", "returns RUT --window", "requires an argument"),
    ("usage-band-not-a-number", "levels RUT --band wide", "--band"),
    ("usage-unknown-option", "fed study --bogus", "no such option"),
    ("usage-meetings-not-a-number", "fedwatch --meetings x", "--meetings"),
    ("usage-history-unknown-option", "fed history --everything", "no such option"),
]


def _args(text: str, d) -> list[str]:
    import shlex

    return shlex.split(text.replace("{d}", str(d)))


@pytest.mark.parametrize(("args", "word"), [pytest.param(a, w, id=i) for i, a, w in CASES])
def test_bad_input_is_one_line_exit_2(store, files, args, word):
    res = runner.invoke(app, _args(args, files))
    err = res.stderr
    assert res.exit_code == 2, (res.exit_code, err, res.stdout[:300])
    assert res.stdout == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("capscope: ")
    assert "Traceback" not in err and "internal error" not in err
    assert word.lower() in lines[0].lower(), lines[0]
    # it says what to do: the hint in parentheses after the problem
    assert lines[0].rstrip().endswith(")"), lines[0]


# A weekend or holiday --on resolves to the previous session and says so (exit 0).
WEEKEND_CASES = [
    ("move RUT --on 2024-07-13", "2024-07-12", "Saturday"),
    ("move RUT --on 2024-07-04", "2024-07-03", "holiday"),
    ("move RUT --on 2026-08-22", "2026-08-21", "Saturday"),  # the day after the data ends
    ("streaks RUT --days 3 --on 2024-07-14", "2024-07-12", "Sunday"),
    ("returns RUT --window 1D --on 2024-12-25", "2024-12-24", "holiday"),
    ("months RUT --on 2024-07-13", "2024-07-12", "Saturday"),
    ("levels RUT --on 2024-07-13", "2024-07-12", "Saturday"),
    ("sectors --on 2024-07-13", "2024-07-12", "Saturday"),
    ("fed history --on 2026-08-22", "2026-08-21", "Saturday"),
    ("fedwatch --asof 2026-08-22", "2026-08-21", "Saturday"),
]


@pytest.mark.parametrize(("args", "session", "word"), WEEKEND_CASES,
                         ids=[c[0].split(" --")[0].replace(" ", "-") + "-" + c[2]
                              for c in WEEKEND_CASES])
def test_weekend_or_holiday_resolves_and_says_so(store, args, session, word):
    res = runner.invoke(app, _args(args, ""))
    assert res.exit_code == 0, res.stderr
    notes = [ln for ln in res.stderr.splitlines() if "previous session" in ln]
    assert notes and word in notes[0] and session in notes[0], res.stderr
    assert session in res.stdout


def test_smoke_subprocess_bad_input_exit_code(store):
    """The installed entry point (a real process) maps bad input to exit 2 and one line."""
    exe = shutil.which("capscope")
    cmd = [exe] if exe else [sys.executable, "-c", "from capscope.cli import main; main()"]
    done = subprocess.run([*cmd, "streaks", "DFF", "--days", "3"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "DFF is a rate" in done.stderr and "Traceback" not in done.stderr
