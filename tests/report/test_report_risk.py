"""The report's risk section, time-chart controls and table exports."""

from __future__ import annotations

import io
import re
from urllib.parse import unquote

import pandas as pd
import pytest

from capscope.report.build import build_report
from capscope.report.charts import figures
from capscope.report.html import render_html


@pytest.fixture(scope="module")
def report(store):
    return build_report("2024-07-16", "RUT:SPX")


def test_risk_section_is_built_from_the_statistics(report, store):
    sec = report.section("risk")
    assert sec.ok, sec.note
    assert sec.takeaway.startswith("Over the past 12 months RUT returned")
    frame = sec.table
    assert set(frame.index.get_level_values("series")) == {"RUT", "SPX", "RUT/SPX"}
    worst = next(v for k, v in sec.tables.items() if k.startswith("10 worst drawdowns"))
    assert len(worst) == 10 and worst["depth_pct"].is_monotonic_increasing
    assert "rebased" in sec.charts and set(sec.charts["rebased"]) == {"RUT:SPX", "IWM:SPY"}
    iwm = sec.charts["rebased"]["IWM:SPY"]
    adj = store.bars("IWM")["adj_close"].dropna().loc[iwm.index[0]:"2024-07-16"]
    assert iwm["IWM"].iloc[-1] == pytest.approx(adj.iloc[-1] / adj.iloc[0] * 100, rel=1e-12)


def test_time_charts_carry_a_range_selector_and_the_rebased_a_log_toggle(report):
    figs = figures(report)
    for name in ("relative_strength", "drawdown", "levels", "rebased", "rolling_relative"):
        buttons = figs[name].layout.xaxis.rangeselector.buttons
        assert [b.label for b in buttons] == ["1Y", "3Y", "5Y", "10Y", "all"], name
    menu = figs["rebased"].layout.updatemenus[0]
    assert [b.label for b in menu.buttons] == ["log", "linear"]
    assert figs["rebased"].layout.yaxis.type == "log"
    assert {"monthly_relative", "yearly_relative", "context"} <= set(figs)
    vix = next(t for t in figs["context"].data if t.name == "VIX")
    assert vix.x[-1] == "2024-07-16" and [t.name for t in figs["context"].data] == [
        "VIX", "DGS2", "DGS10"]
    assert [b.label for b in figs["context"].layout.xaxis.rangeselector.buttons][-1] == "all"


def test_levels_chart_draws_the_200_day_average(report, store):
    fig = figures(report)["levels"]
    avg = next(t for t in fig.data if t.name == "200-day average")
    closes = store.bars("RUT")["close"].dropna().loc[:"2024-07-16"]
    assert avg.y[-1] == pytest.approx(closes.iloc[-200:].mean(), rel=1e-12)
    assert avg.x[-1] == "2024-07-16"


def test_every_table_has_a_csv_export_equal_to_it(report):
    page = render_html(report)
    links = re.findall(r'href="data:text/csv;charset=utf-8,([^"]+)" download="([^"]+)"', page)
    tables = sum(1 for s in report.sections if s.ok and s.table is not None
                 and not s.table.empty) + sum(len(s.tables) for s in report.sections if s.ok)
    assert len(links) == tables >= 8
    risk_csv = next(unquote(body) for body, name in links if "drawdowns" in name)
    frame = pd.read_csv(io.StringIO(risk_csv))
    worst = next(v for k, v in report.section("risk").tables.items() if "drawdowns" in k)
    assert frame["depth_pct"].tolist() == pytest.approx(worst["depth_pct"].tolist())
    assert "data to 2026-08-21" in page  # the data's age in the header
