"""The flat Python API: every statistic at the top level, its docstring example run, and every
result a clean table and a notebook view."""

from __future__ import annotations

import doctest
import pydoc

import numpy as np
import pandas as pd
import pytest

import capscope
from capscope import api
from capscope.data import series as series_module
from capscope.stats import kernels as kernels_module

STATISTICS = ("move", "returns", "relative_strength", "streaks", "outperformance", "months",
              "levels", "zone_check", "breakout", "moving_average", "sectors", "fedwatch",
              "fed_history", "fed_cycles", "fed_study", "check", "check_file", "risk",
              "drawdowns", "relative")


def _closes(symbol: str) -> pd.Series:
    """Closes read straight from the store's table, not through the statistic's code."""
    frame = capscope.get_store().bars(symbol)
    return frame["close"].dropna()


def test_every_statistic_is_a_top_level_name_with_an_example(store):
    for name in STATISTICS:
        fn = getattr(capscope, name)
        assert fn is getattr(api, name)
        assert name in capscope.__all__ and name in dir(capscope)
        if name != "check_file":
            assert ">>> " in (fn.__doc__ or ""), name


def test_help_lists_the_statistics(store):
    text = pydoc.render_doc(capscope, renderer=pydoc.plaintext)
    functions = text[text.index("FUNCTIONS"):]
    for name in (*STATISTICS, "series", "bars"):
        assert f"\n    {name}(" in functions, name


@pytest.mark.parametrize("module", [api, series_module, capscope, kernels_module])
def test_docstring_examples_run(store, module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0


def test_compare_returns_frame_is_indexed_by_symbol_and_matches_closes(store):
    frame = capscope.returns("RUT", "1M", on="2024-07-16", vs="SPX").to_frame()
    assert list(frame.index) == ["RUT", "SPX"] and frame.index.is_unique
    for sym in ("RUT", "SPX"):
        c = _closes(sym)
        # one calendar month back from Tue 2024-07-16 is Sun 06-16: the session before, 06-14
        expected = (c.loc["2024-07-16"] / c.loc["2024-06-14"] - 1) * 100
        assert frame.loc[sym, "return_pct"] == pytest.approx(expected, abs=1e-9)


def _results() -> dict[str, capscope.Result]:
    return {
        "move": capscope.move("RUT", on="2024-07-16"),
        "returns": capscope.returns("RUT", "3M", on="2024-07-16"),
        "rs": capscope.relative_strength("RUT", "SPX", start="2024-01-01", on="2024-07-16"),
        "streaks": capscope.streaks("RUT", 5, 1.0, on="2024-07-16"),
        "outperformance": capscope.outperformance("RUT", "SPX", 5, on="2024-07-16"),
        "months": capscope.months("RUT", on="2024-07-16"),
        "levels": capscope.levels("IWM", on="2024-07-16"),
        "zone": capscope.zone_check("IWM", 240, 245, on="2026-08-21"),
        "breakout": capscope.breakout("RUT", 2300, on="2026-08-21"),
        "ma": capscope.moving_average("SPX", on="2025-03-10"),
        "sectors": capscope.sectors("1M", on="2024-07-16"),
        "fedwatch": capscope.fedwatch("2026-08-21"),
        "fed_history": capscope.fed_history(2020, on="2026-08-21"),
        "fed_cycles": capscope.fed_cycles(on="2026-08-21"),
        "fed_study": capscope.fed_study(on="2026-08-21"),
        "risk": capscope.risk("IWM", "SPY", on="2024-07-16"),
        "drawdowns": capscope.drawdowns("RUT", on="2024-07-16"),
        "relative": capscope.relative("RUT", "SPX", on="2024-07-16"),
    }


def test_every_result_has_a_clean_frame_and_a_notebook_view(store):
    for name, result in _results().items():
        frame = result.to_frame()
        assert isinstance(frame, pd.DataFrame) and len(frame), name
        assert frame.index.is_unique, name
        assert not {"evidence", "provenance", "warnings"} & set(frame.columns), name
        view = result._repr_html_()
        assert view.startswith("<div") and "<table" in view, name
        assert len(view) < 20_000, name  # a notebook cell, not a dump


def test_one_row_results_are_indexed_by_symbol(store):
    frame = capscope.move("RUT", on="2024-07-16").to_frame()
    assert list(frame.index) == ["RUT"]
    c = _closes("RUT")
    assert frame.loc["RUT", "change_pct"] == pytest.approx(
        (c.loc["2024-07-16"] / c.loc["2024-07-15"] - 1) * 100, abs=1e-9)


def test_outperformance_frame_is_indexed_by_rank(store):
    frame = capscope.outperformance("RUT", "SPX", 5, top=3, on="2024-07-16").to_frame()
    assert list(frame.index) == [1, 2, 3]


def test_notebook_view_escapes_and_truncates(store):
    result = capscope.months("RUT", on="2024-07-16")
    result.warnings.append("<script>x</script>")
    view = result._repr_html_()
    assert "<script>" not in view and "&lt;script&gt;" in view
    assert f"{len(result.to_frame()) - result.html_rows} more rows" in view


def test_series_of_a_list_is_a_frame_on_the_union_of_sessions(store):
    frame = capscope.series(["RUT", "IWM"], start="2000-05-20", end="2000-06-02")
    assert list(frame.columns) == ["RUT", "IWM"]
    rut, iwm = _closes("RUT").loc["2000-05-20":"2000-06-02"], _closes("IWM")
    assert frame.index.equals(rut.index.union(iwm.loc["2000-05-20":"2000-06-02"].index))
    np.testing.assert_array_equal(frame["RUT"].to_numpy(), rut.to_numpy())
    assert frame["IWM"].isna().sum() == len(frame) - len(iwm.loc["2000-05-20":"2000-06-02"])


def test_series_of_a_list_refuses_duplicates_and_empty(store):
    with pytest.raises(capscope.BadInput):
        capscope.series(["RUT", "Russell 2000"])
    with pytest.raises(capscope.BadInput):
        capscope.series([])


def test_check_report_frame_has_one_row_per_claim(store):
    # off the rows, 2024-07-16: the S&P 500 rose 0.64%, so "fell 0.6%" is wrong in its direction
    spx = _closes("SPX")
    assert round((spx["2024-07-16"] / spx["2024-07-15"] - 1) * 100, 2) == 0.64
    report = capscope.check("The Russell 2000 rose 3.5% on Tuesday. The S&P 500 fell 0.6% on "
                            "Tuesday.", published="2024-07-16")
    frame = report.to_frame()
    assert list(frame.index) == list(range(1, len(report.items) + 1))
    assert frame["verdict"].tolist() == [c["verdict"] for c in report.to_dict()["claims"]]
    assert frame.loc[1, "verdict"] == "supported"
    # a change the data gives the other way raises no alarm (claims.readings.licence) unless asked
    assert frame.loc[2, "verdict"] == "unverifiable"
    every = capscope.check("The Russell 2000 rose 3.5% on Tuesday. The S&P 500 fell 0.6% on Tuesday.",
                           published="2024-07-16", every_alarm=True).to_frame()
    assert every["verdict"].tolist() == ["supported", "contradicted"]
