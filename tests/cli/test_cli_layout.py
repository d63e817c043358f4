"""Terminal output of the statistics and Fed commands: fits 120 columns when piped, shows the
takeaway first, writes dates as ISO days (no midnight timestamps) and no "nan"/"-0.00"."""

from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()

COMMANDS = [
    ("move RUT --on 2024-07-16", "RUT +3.50% to 2,263.67 on 2024-07-16"),
    ("move DGS10 --on 2023-10-19", "DGS10 +7 bp to 4.98% on 2023-10-19"),
    ("streaks RUT --days 5 --min 1", "RUT 5+ straight sessions of 1%+ gains"),
    ("streaks RUT --days 3 --relative-to SPX --show 0", "RUT 3+ straight sessions outperforming"),
    ("outperformance RUT SPX --days 20", "largest 20-session outperformance of RUT over SPX"),
    ("returns RUT --vs SPX --window 2024-07", "RUT +10.10% beat SPX +1.13% by 8.97 pp"),
    ("returns RUT --vs SPX --window 2022", "SPX -19.44% fell less than RUT -21.56%"),
    ("months RUT --on 2024-07-31", "RUT: 1 month gaining in a row, +10.10%"),
    ("months RUT --weekly", "RUT: "),
    ("levels RUT --zone 2000:2100 --breakout 2500", "RUT 3,017.87 on 2026-08-21"),
    ("sectors --window 3M --on 2024-07-16", "3M (2024-04-16..2024-07-16)"),
    ("fed history", "184 target changes since 1982-10-01"),
    ("fed cycles", "20 easing and 19 tightening cycles"),
    ("fed study --events", "8 first-cut events"),
    ("fed study --proxy ff", "20 first-cut events"),
    ("fedwatch", "On 2026-08-21 fed funds futures priced"),
    ("fedwatch --view current", "On 2026-08-21 fed funds futures priced"),
]


@pytest.mark.parametrize(("args", "first"), COMMANDS, ids=[c[0] for c in COMMANDS])
def test_terminal_output(store, monkeypatch, args, first):
    monkeypatch.delenv("COLUMNS", raising=False)
    res = runner.invoke(app, shlex.split(args))
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines and lines[0].startswith(first), lines[:2]
    assert max(len(ln) for ln in lines) <= 120
    text = res.stdout
    assert not re.search(r"\d{4}-\d{2}-\d{2}[ T]00:00:00", text)
    assert not re.search(r"\bnan\b|\bNaN\b|-0\.0+(?!\d)", text), \
        re.search(r".{0,40}(\bnan\b|\bNaN\b|-0\.0+(?!\d)).{0,40}", text).group(0)
