"""The report's figures: built from the sections' inputs, one per chart, with data in them."""

from __future__ import annotations

import pandas as pd
import pytest

from capscope.report.build import build_report
from capscope.report.charts import CHART_SECTION, figures


@pytest.fixture(scope="module")
def sept_2025_figures(store):
    rep = build_report("2025-09-24", "RUT:SPX")
    return rep, figures(rep)


def test_every_chart_is_built_and_placed(sept_2025_figures):
    rep, figs = sept_2025_figures
    assert set(figs) == set(CHART_SECTION)
    for name, fig in figs.items():
        assert fig.data, f"{name} has no traces"
        assert rep.section(CHART_SECTION[name]).ok


def test_no_chart_point_lies_after_the_asof_date(sept_2025_figures):
    rep, figs = sept_2025_figures
    for name in ("relative_strength", "drawdown", "levels"):
        for trace in figs[name].data:
            if trace.x is not None and len(trace.x):
                assert pd.Timestamp(max(trace.x)) <= rep.asof, name


def test_relative_strength_line_is_the_ratio_of_closes(sept_2025_figures):
    import capscope

    _, figs = sept_2025_figures
    trace = figs["relative_strength"].data[0]
    last = pd.Timestamp(trace.x[-1])
    assert last == pd.Timestamp("2025-09-24")
    # RUT 2434.98 / SPX 6637.97 on 2025-09-24 (closes read from the rows)
    assert trace.y[-1] == pytest.approx(2434.98 / 6637.97, rel=1e-6)
    assert capscope.series("RUT").loc[last] == pytest.approx(2434.98, abs=0.005)


def test_drawdown_is_zero_at_a_record_and_negative_below(sept_2025_figures):
    _, figs = sept_2025_figures
    rut = figs["drawdown"].data[0]
    x = pd.DatetimeIndex(rut.x)
    # RUT's record close 2467.70 on 2025-09-18; 2025-09-24 closed 2434.98
    assert rut.y[x.get_loc(pd.Timestamp("2025-09-18"))] == pytest.approx(0.0, abs=1e-9)
    assert rut.y[-1] == pytest.approx((2434.98 / 2467.70 - 1) * 100, abs=0.01)
    assert max(rut.y) <= 1e-9


def test_cycle_overlay_draws_the_current_cycle_bold(sept_2025_figures):
    _, figs = sept_2025_figures
    by_name = {t.name: t for t in figs["cycle_overlay"].data}
    assert "2024-09-18" in by_name  # the easing cycle in progress on 2025-09-24
    assert by_name["2024-09-18"].line.width > max(
        t.line.width for n, t in by_name.items() if n != "2024-09-18")
    for trace in by_name.values():
        assert trace.y[0] == 0.0  # every path starts at the first cut


def test_levels_shade_at_most_four_zones_a_side(sept_2025_figures):
    rep, figs = sept_2025_figures
    shapes = figs["levels"].layout.shapes
    zones = rep.section("levels").charts["levels"][1]
    assert 0 < len(shapes) <= min(len(zones), 12)
    for kind in ("support", "resistance"):
        assert sum(1 for a in figs["levels"].layout.annotations
                   if a.text.startswith(kind)) <= 4


def test_rrg_axes_are_centred_on_100(sept_2025_figures):
    _, figs = sept_2025_figures
    lo, hi = figs["rrg"].layout.xaxis.range
    assert (lo + hi) / 2 == pytest.approx(100)
    lo, hi = figs["rrg"].layout.yaxis.range
    assert (lo + hi) / 2 == pytest.approx(100)


def test_rrg_labels_of_close_funds_go_opposite_ways():
    from capscope.report.charts import _label_sides

    points = pd.DataFrame({"rs_ratio": [100.0, 100.05, 104.0, 96.0],
                           "rs_momentum": [101.0, 101.4, 97.0, 99.0]},
                          index=["XLF", "XLI", "XLE", "XLU"])
    sides = _label_sides(points)
    assert sides[0] == "bottom center" and sides[1] == "top center"  # XLI sits just above XLF
    assert sides[2:] == ["top center", "top center"]  # far from everyone
