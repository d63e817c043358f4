"""Importing fed funds futures from CSV: validation, atomic store writes, and the CLI path."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from capscope.errors import BadInput, ImportRejected
from capscope.fed._futures import (
    contract_code,
    curve_on,
    import_futures,
    month_of_code,
    validate_futures,
)


def frame(rows, cols=("date", "contract_month", "close")):
    return pd.DataFrame(rows, columns=list(cols), dtype=str)


@given(st.integers(1988, 2087), st.integers(1, 12))
def test_contract_codes_round_trip(year, month):
    mk = f"{year:04d}-{month:02d}"
    assert month_of_code(contract_code(mk)) == mk
    assert month_of_code(contract_code(mk) + ".CBT") == mk


@given(st.floats(allow_nan=True, allow_infinity=True, width=32))
def test_prices_accepted_exactly_in_0_100(price):
    rows = frame([["2015-08-20", "2015-08", repr(float(price))]])
    if 0 < price <= 100:
        assert validate_futures(rows, source="f")["close"].iloc[0] == pytest.approx(price)
    else:
        with pytest.raises(ImportRejected, match=r"outside \(0, 100\]"):
            validate_futures(rows, source="f")


def test_contract_code_examples():
    assert contract_code("2026-09") == "ZQU26"
    assert contract_code("2015-08") == "ZQQ15"
    assert month_of_code("ZQZ99") == "1999-12"
    with pytest.raises(BadInput):
        month_of_code("ESU26")


def test_validate_accepts_aliases_and_fills_the_store_schema():
    raw = pd.DataFrame({"Date": ["2015-08-20", "2015-08-20"], "Contract": ["ZQQ15", "ZQU15"],
                        "Settle": ["99.8675", "99.805"]})
    out = validate_futures(raw, source="t")
    assert list(out.columns) == ["date", "contract", "contract_month", "open", "high", "low",
                                 "close", "volume", "source"]
    assert out["contract_month"].tolist() == ["2015-08", "2015-09"]
    assert out["close"].tolist() == [99.8675, 99.805]
    same = frame([["2015-08-20", "201508", "99.8675"], ["2015-08-20", "201508", "99.8675"]])
    assert len(validate_futures(same, source="t")) == 1  # exact duplicates collapse


@pytest.mark.parametrize("rows, needle", [
    ([["2015-08-20", "2015-08", "100.5"]], "outside (0, 100]"),
    ([["2015-08-20", "2015-08", "0"]], "outside (0, 100]"),
    ([["2015-08-20", "2015-08", ""]], "outside (0, 100]"),
    ([["2015-08-20", "2015-08", "abc"]], "outside (0, 100]"),
    ([["20/08/2015", "2015-08", "99.8"]], "is not a date"),
    ([["2015-08-20", "2015-13", "99.8"]], "is not valid"),
    ([["2015-08-20", "2015-08", "99.8"], ["2015-08-20", "2015-08", "99.7"]],
     "two different prices for 2015-08 (ZQQ15)"),
    ([["2015-08-20", "2015-08", "99.8"], ["2015-08-20", "2015-11", "99.7"]],
     "no price for 2015-09 (ZQU15), 2015-10 (ZQV15)"),
])
def test_validate_rejects_with_one_line(rows, needle):
    with pytest.raises(ImportRejected) as e:
        validate_futures(frame(rows), source="f.csv")
    assert needle in e.value.one_line()
    assert "\n" not in e.value.one_line()


def test_validate_rejects_missing_columns_and_empty_files():
    with pytest.raises(ImportRejected, match="missing column"):
        validate_futures(frame([["2015-08-20", "99.8"]], cols=("date", "close")), source="f")
    with pytest.raises(ImportRejected, match="no rows"):
        validate_futures(frame([]), source="f")
    with pytest.raises(ImportRejected, match="is not the 2015-09"):
        validate_futures(frame([["2015-08-20", "ZQQ15", "2015-09", "99.8"]],
                               cols=("date", "contract", "contract_month", "close")), source="f")


def test_import_is_atomic_and_readable(fresh_store, tmp_path):
    before = len(fresh_store.table("futures"))
    bad = tmp_path / "bad.csv"
    bad.write_text("date,contract_month,close\n2015-08-20,2015-08,99.8675\n"
                   "2015-08-20,2015-09,101\n")
    with pytest.raises(ImportRejected):
        import_futures(bad, store=fresh_store)
    assert len(fresh_store.table("futures")) == before
    good = tmp_path / "good.csv"
    good.write_text("date,contract_month,close\n2015-08-20,2015-08,99.8675\n"
                    "2015-08-20,2015-09,99.805\n")
    done = import_futures(good, store=fresh_store)
    assert done.rows == 2 and done.months == ("2015-08", "2015-09")
    assert len(fresh_store.table("futures")) == before + 2
    curve = curve_on("2015-08-21", store=fresh_store)
    assert curve.date == pd.Timestamp("2015-08-20")
    assert curve.prices == {"2015-08": 99.8675, "2015-09": 99.805}
    assert curve.contracts == {"2015-08": "ZQQ15", "2015-09": "ZQU15"}
    # re-importing the same rows replaces, not duplicates
    import_futures(good, store=fresh_store)
    assert len(fresh_store.table("futures")) == before + 2


runner = CliRunner()


def cli(*args):
    from capscope.cli import app

    return runner.invoke(app, ["fedwatch", *map(str, args)])


def test_cli_imports_then_reproduces_cme_example(fresh_home, tmp_path):
    # CME's example gives the prices but not the trade date; 2015-08-20 stands in. The range
    # before the meeting (0-0.25) comes from FRED's DFEDTARL/U in the store on that date.
    csv = tmp_path / "zq2015.csv"
    csv.write_text("date,contract,close\n2015-08-20,ZQQ15,99.8675\n2015-08-20,ZQU15,99.805\n")
    res = cli("--futures", csv, "--asof", "2015-08-20", "--meetings", "1", "--json")
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    assert payload["current_range"] == "0.00-0.25"
    o = payload["meetings"][0]
    assert o["meeting"] == "2015-09-17"
    assert round(o["p_hike"], 3) == 0.536
    assert round(o["implied_rate"], 4) == 0.2664
    assert "imported 2 futures rows" in res.stderr
    # a second meeting needs October and November: a clear error naming them
    res = cli("--asof", "2015-08-20", "--meetings", "2")
    assert res.exit_code == 2
    assert "2015-11 (ZQX15)" in res.stderr and "2015-10 (ZQV15)" in res.stderr


@pytest.mark.parametrize("text, needle", [
    ("date,contract_month,close\n2015-08-20,2015-08,100.5\n", "outside (0, 100]"),
    ("date,contract_month,close\n2015-08-20,2015-08,99.8\n2015-08-20,2015-10,99.7\n",
     "no price for 2015-09 (ZQU15)"),
    ("date,close\n2015-08-20,99.8\n", "missing column"),
])
def test_cli_rejects_bad_files_in_one_line(fresh_home, tmp_path, text, needle):
    csv = tmp_path / "bad.csv"
    csv.write_text(text)
    res = cli("--futures", csv, "--asof", "2026-08-21")
    assert res.exit_code == 2, res.output
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and needle in lines[0]


def test_cli_missing_file(fresh_home, tmp_path):
    res = cli("--futures", tmp_path / "nope.csv")
    assert res.exit_code == 2 and "not found" in res.stderr
