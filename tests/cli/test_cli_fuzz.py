"""Random text where capscope expects a date, a window, a zone, horizons or a symbol: the answer
is a result (exit 0) or one line of bad input (exit 2), never a traceback or "internal error".

Random valid dates also check two invariants on every draw: ``--on`` resolves to a session on or
before the date asked, and ``move`` and ``returns --window 1D`` agree on that session.
"""

from __future__ import annotations

import json

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

# text a user might paste: digits, date punctuation, letters, signs, spaces, unicode dashes
_chars = st.sampled_from(list("0123456789-:/., +DWMYQTdmyabcxz–") + ["12", "2024", "-07"])
junk = st.lists(_chars, min_size=0, max_size=12).map("".join)


def _check(args: list[str]) -> None:
    res = runner.invoke(app, args)
    assert res.exit_code in (0, 2), (args, res.exit_code, res.stderr)
    assert "Traceback" not in res.stderr and "internal error" not in res.stderr, (args,
                                                                                  res.stderr)
    if res.exit_code == 2:
        assert len(res.stderr.strip().splitlines()) == 1, (args, res.stderr)


@FUZZ
@given(text=junk)
def test_window_text(store, text):
    _check(["returns", "RUT", "--window", text])


@FUZZ
@given(text=junk)
def test_on_date_text(store, text):
    _check(["move", "IWM", "--on", text])


@FUZZ
@given(text=junk)
def test_zone_text(store, text):
    _check(["levels", "RUT", "--zone", text, "--lookback", "1Y"])


@FUZZ
@given(text=junk)
def test_horizons_text(store, text):
    _check(["fed", "study", "--horizons", text])


@FUZZ
@given(text=st.text(min_size=0, max_size=8))
def test_symbol_text(store, text):
    _check(["move", text])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(min_value=pd.Timestamp("1987-09-14").date(),
                    max_value=pd.Timestamp("2026-08-21").date()))
def test_on_resolves_backwards_and_paths_agree(store, day):
    m = runner.invoke(app, ["move", "RUT", "--on", day.isoformat(), "--json"])
    r = runner.invoke(app, ["returns", "RUT", "--window", "1D", "--on", day.isoformat(),
                            "--json"])
    assert m.exit_code == 0 and r.exit_code == 0, (m.stderr, r.stderr)
    mv, rt = json.loads(m.stdout), json.loads(r.stdout)
    assert mv["session"] <= day.isoformat()
    assert rt["end"] == mv["session"] and rt["start"] == mv["previous_session"]
    assert rt["return_pct"] == mv["change_pct"]
    if mv["session"] != day.isoformat():  # a weekend or holiday says so (JSON: in warnings)
        assert any("previous session" in w for w in mv["warnings"])
        assert any("previous session" in w for w in rt["warnings"])
