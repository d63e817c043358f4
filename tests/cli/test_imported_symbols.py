"""Issue 15, finding 6: a symbol imported with `capscope data import` is known to the statistics
commands of a later process (they look it up in the store, not only the built-in list).

A later process is simulated by forgetting the registration the import made in this one."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from capscope.cli import app
from capscope.data import symbols

runner = CliRunner()


@pytest.fixture()
def imported(fresh_home, tmp_path, monkeypatch):
    """MYIDX: a made-up index flat at 100 since 2022, then up 1% on each of its last five sessions,
    imported, then forgotten by this process as a new process would be."""
    from capscope.data.calendar import sessions

    days = sessions("2022-01-03", "2026-08-21")
    closes = np.r_[np.full(len(days) - 5, 100.0), 100.0 * 1.01 ** np.arange(1, 6)]
    csv = tmp_path / "my.csv"
    pd.DataFrame({"Date": days.strftime("%Y-%m-%d"), "Close": closes.round(4)}).to_csv(
        csv, index=False)
    res = runner.invoke(app, ["data", "import", str(csv), "--symbol", "MYIDX", "--kind", "index"])
    assert res.exit_code == 0, res.output
    monkeypatch.delitem(symbols.SYMBOLS, "MYIDX")
    monkeypatch.delitem(symbols.ALIASES, symbols.normalise_name("MYIDX"))
    return closes


@pytest.mark.parametrize("cmd", [
    ["move", "MYIDX"], ["returns", "MYIDX"], ["ma", "MYIDX"], ["streaks", "MYIDX", "--days", "3"],
    ["levels", "MYIDX"], ["months", "MYIDX"], ["returns", "RUT", "--vs", "MYIDX"],
])
def test_statistics_know_an_imported_symbol(imported, cmd):
    res = runner.invoke(app, [*cmd, "--json"])
    assert res.exit_code == 0, res.output
    assert "unknown symbol" not in res.output


def test_move_of_an_imported_symbol_has_its_figures(imported):
    import json

    res = runner.invoke(app, ["move", "MYIDX", "--json"])
    body = json.loads(res.stdout)
    assert body["session"] == "2026-08-21"
    assert body["close"] == pytest.approx(round(100 * 1.01 ** 5, 4))
    assert body["change_pct"] == pytest.approx(1.0, abs=1e-3)
    assert body["streak_sessions"] == 5
