"""The ``corrections`` command: the episodes the checker dates "first bear market since" by.

Dates read off the bundled rows (the plain loop of tests/claims/test_first_state_since.py): the
Russell 2000 first closed 20% under its 2018-08-31 record on 2018-12-17 and regained it on
2020-11-13; on 2022-01-27 it closed 20.9% under its 2021-11-08 record.
"""

from __future__ import annotations

import json
import shlex

from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()


def run(args: str):
    return runner.invoke(app, shlex.split(args))


def test_json_lists_the_episodes(store):
    res = run("corrections RUT --depth 20 --on 2022-01-27 --json")
    assert res.exit_code == 0, res.stderr
    eps = json.loads(res.stdout)["episodes"]
    assert (eps[-2]["peak"], eps[-2]["entered"], eps[-2]["recovered"]) == ("2018-08-31", "2018-12-17", "2020-11-13")
    assert (eps[-1]["peak"], eps[-1]["entered"], eps[-1]["recovered"]) == ("2021-11-08", "2022-01-27", None)
    assert round(eps[-1]["trough_pct"], 1) == -20.9


def test_the_table_says_the_latest_still_runs(store):
    res = run("corrections RUT --on 2022-01-27")
    assert res.exit_code == 0, res.stderr
    assert res.stdout.splitlines()[0].endswith("the latest still runs")
    assert "not yet" in res.stdout


def test_bad_input_is_one_line(store):
    for args, words in (("corrections RUT --depth 0", "--depth must be between 0 and 100"),
                        ("corrections DGS10", "not a price series"),
                        ("corrections RUT --on 1970-01-01", "no close by 1970-01-01"),
                        ("corrections RUT --on 2099-01-01", "2099-01-01 is after RUT's last data row")):
        res = run(args)
        assert res.exit_code == 2 and words in res.stderr and len(res.stderr.strip().splitlines()) == 1, args
