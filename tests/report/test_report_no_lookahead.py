"""No data after the as-of date may reach any number or chart of the report.

Method: build the report (JSON with every figure, and the HTML page) in a private store, then
rewrite every row dated after the as-of date (prices and rates x 1.37, futures shifted, monthly
size-portfolio returns of months ending later shifted, sector funds truncated) and build it
again: the output must be byte-identical. A control check proves the rewrite is seen
(a report as of a later date changes), so the test cannot pass vacuously.
"""

from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

CASES = [("2024-07-16", "RUT:SPX"),
         pytest.param("2025-09-24", "IWM:SPY", marks=pytest.mark.slow),
         ("2026-08-14", "RUT:SPX")]


def _payload(asof: str, pair: str) -> tuple[str, str]:
    from capscope.report.build import build_report
    from capscope.report.html import render_html
    from capscope.web.app import payload_of

    rep = build_report(asof, pair)
    return json.dumps(payload_of(rep), sort_keys=True), render_html(rep)


def _rewrite_after(path, asof: str) -> None:
    """Change every stored row after ``asof``: the future looks nothing like it did."""
    with duckdb.connect(str(path)) as con:
        con.execute(
            "UPDATE bars SET open = open * 1.37, high = high * 1.37, low = low * 1.37, "
            "close = close * 1.37, adj_close = adj_close * 1.37, volume = volume * 2 "
            "WHERE date > ?", [asof])
        con.execute("UPDATE futures SET close = close - 0.5, open = open - 0.5, "
                    "high = high - 0.5, low = low - 0.5 WHERE date > ?", [asof])
        # a month's size-portfolio return is known at the month's end
        cols = [r[0] for r in con.execute("DESCRIBE ff_size_monthly").fetchall()
                if r[0] != "month"]
        sets = ", ".join(f"{c} = {c} + 7.5" for c in cols)
        con.execute(f"UPDATE ff_size_monthly SET {sets} WHERE last_day(month) > ?", [asof])
        # and truncation: the sector funds simply stop at the as-of date
        con.execute("DELETE FROM bars WHERE date > ? AND symbol LIKE 'XL%'", [asof])


def _forget_cached_rows() -> None:
    from capscope.data.store import get_store

    get_store()._cache.clear()


@pytest.mark.parametrize(("asof", "pair"), CASES)
def test_report_ignores_everything_after_asof(fresh_home, asof, pair):
    from capscope.data.series import series
    from capscope.data.store import get_store
    before_json, before_html = _payload(asof, pair)
    a = pair.split(":")[0]
    last_before = float(series(a).iloc[-1])
    if asof == "2026-08-14":  # every section computed, futures included
        statuses = {s["key"]: s["status"] for s in json.loads(before_json)["sections"]}
        assert set(statuses.values()) == {"ok"}, statuses

    _rewrite_after(get_store().path, asof)
    _forget_cached_rows()

    # control: the rewrite is visible to the statistics
    assert float(series(a).iloc[-1]) == pytest.approx(last_before * 1.37)
    from capscope.stats.moves import move

    assert move(a).close == pytest.approx(last_before * 1.37)

    after_json, after_html = _payload(asof, pair)
    if after_json != before_json:  # name the first differing section before failing
        b, c = json.loads(before_json), json.loads(after_json)
        diff = [s["key"] for s, t in zip(b["sections"], c["sections"], strict=True) if s != t]
        pytest.fail(f"data after {asof} leaked into sections {diff} (or figures)")
    assert after_html == before_html


def test_the_futures_rewrite_reaches_fedwatch(fresh_home):
    """Control for the futures table: shifted prices after a date change later probabilities."""
    from capscope.data.store import get_store
    from capscope.fed.fedwatch import fedwatch

    before = fedwatch("2026-08-21", meetings=2).meetings[0].implied_rate
    _rewrite_after(get_store().path, "2026-08-14")
    _forget_cached_rows()
    after = fedwatch("2026-08-21", meetings=2).meetings[0].implied_rate
    assert after != pytest.approx(before)
    assert pd.notna(after)
