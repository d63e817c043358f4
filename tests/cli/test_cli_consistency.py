"""One statistic, one value, whichever command asks; and ``--on`` never sees later rows.

* ``move`` and ``returns --window 1D`` are the same daily change;
* ``months`` and ``returns --window 2024-07`` are the same monthly return (checked against the
  closes read off the bundled rows);
* ``outperformance``'s latest window and ``returns --vs --window ND`` are the same relative move;
* a ``fed study`` window and ``returns START:END`` over the same two sessions agree;
* no look-ahead: every number computed ``--on D`` is unchanged after every row after D is
  scrambled in a private copy of the store.
"""

from __future__ import annotations

import json
import shlex

import numpy as np
import pytest
from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()


def run_json(args: str) -> dict:
    res = runner.invoke(app, [*shlex.split(args), "--json"])
    assert res.exit_code == 0, res.stderr
    return json.loads(res.stdout)


@pytest.mark.parametrize(("symbol", "on"), [("RUT", "2024-07-16"), ("IWM", "2020-03-16"),
                                             ("SPX", "2008-10-13"), ("XLK", "2026-08-21")])
def test_move_equals_one_day_return(store, symbol, on):
    m = run_json(f"move {symbol} --on {on}")
    r = run_json(f"returns {symbol} --window 1D --on {on}")
    assert r["start"] == m["previous_session"] and r["end"] == m["session"]
    assert r["return_pct"] == pytest.approx(m["change_pct"], abs=1e-12)


def test_months_equals_month_return(store):
    # RUT closes read off the bundled rows: 2024-06-28 2047.6899, 2024-07-31 2254.48
    hand = (2254.48 / 2047.6899 - 1) * 100
    months = run_json("months RUT --on 2024-07-31")
    ret = run_json("returns RUT --window 2024-07")
    assert months["current"]["first_period"] == "2024-07"
    assert months["current"]["cumulative_pct"] == pytest.approx(hand, abs=1e-9)
    assert ret["return_pct"] == pytest.approx(hand, abs=1e-9)
    assert (ret["start"], ret["end"]) == ("2024-06-28", "2024-07-31")


@pytest.mark.parametrize(("days", "on"), [(20, "2024-07-31"), (5, "2026-08-21")])
def test_outperformance_latest_equals_relative_return(store, days, on):
    o = run_json(f"outperformance RUT SPX --days {days} --on {on}")
    r = run_json(f"returns RUT --vs SPX --window {days}D --on {on}")["comparison"]
    assert o["latest_relative_pct"] == pytest.approx(r["relative_pct"], abs=1e-9)
    assert o["latest_start"] == r["a"]["start"]


def test_fed_study_window_equals_returns(store):
    s = run_json("fed study --event first-cut --horizons 3M")
    w = next(e for e in s["events"] if e["event"] == "2024-09-18")
    assert w["base"] == "2024-09-18" and w["complete"]
    for sym, key in (("RUT", "ret_a"), ("SPX", "ret_b")):
        r = run_json(f"returns {sym} --window {w['base']}:{w['end']}")
        assert r["return_pct"] == pytest.approx(w[key], abs=1e-9)


# -- no look-ahead ---------------------------------------------------------------------------
CUT = "2024-07-16"
ASOF_COMMANDS = [
    f"move RUT --on {CUT}",
    f"move IWM --on {CUT} --field adj_close",
    f"streaks RUT --days 3 --on {CUT}",
    f"streaks RUT --days 2 --relative-to SPX --on {CUT}",
    f"outperformance RUT SPX --days 10 --on {CUT}",
    f"returns RUT --vs SPX --window YTD --on {CUT}",
    f"returns IWM --window 1Y --total --on {CUT}",
    f"months RUT --on {CUT}",
    f"months RUT --weekly --on {CUT}",
    f"levels RUT --zone 2000:2100 --breakout 2100 --on {CUT}",
    f"fed study --event first-hike --on {CUT}",
    f"sectors --window 3M --on {CUT}",
]
SCRAMBLED = ("RUT", "SPX", "IWM", "SPY", "XLK", "XLF", "XLE")


def _scramble_after(symbol: str, cut: str, seed: int) -> None:
    """Replace every price after ``cut`` by random values (same dates, so the data end and the
    row counts stay as they were: only a number that reads those rows can change)."""
    from capscope.data.store import get_store
    from capscope.data.symbols import resolve

    st = get_store()
    frame = st.bars(symbol).copy()
    later = frame.index > cut
    rng = np.random.default_rng(seed)
    factor = rng.uniform(0.3, 3.0, size=int(later.sum()))
    for col in ("open", "high", "low", "close", "adj_close"):
        frame.loc[later, col] = frame.loc[later, col].to_numpy() * factor
    info = resolve(symbol)
    st.write_bars(symbol, frame, kind=info.kind, name=info.name, source="scrambled for a test",
                  replace=True)


def test_on_never_reads_later_rows(fresh_home):
    before = {c: run_json(c) for c in ASOF_COMMANDS}
    for k, sym in enumerate(SCRAMBLED):
        _scramble_after(sym, CUT, seed=k)
    # the scramble took: the last close now differs
    assert run_json("move RUT")["close"] != pytest.approx(3017.87, abs=0.01)
    for c in ASOF_COMMANDS:
        assert run_json(c) == before[c], c


FED_CUT = "2026-08-05"  # inside the bundled ZQ coverage (contracts from 2026-07)
FED_COMMANDS = [
    f"fed history --on {FED_CUT}",
    f"fed cycles --on {FED_CUT}",
    f"fed study --event first-hike --on {FED_CUT}",
    f"fed study --event first-cut --proxy ff --on {FED_CUT}",
    f"fedwatch --asof {FED_CUT}",
    f"fedwatch --asof {FED_CUT} --view current",
]


def test_fed_on_never_reads_later_rates_or_futures(fresh_home):
    """Every target after the cut moved 2 points up (a phantom hike the day after) and every
    futures close after it shifted: nothing computed on the cut may change."""
    from capscope.data.store import get_store
    from capscope.data.symbols import resolve

    before = {c: run_json(c) for c in FED_COMMANDS}
    st = get_store()
    for sym in ("DFEDTARU", "DFEDTARL", "DFF"):
        frame = st.bars(sym).copy()
        later = frame.index > FED_CUT
        frame.loc[later, "close"] = frame.loc[later, "close"].to_numpy() + 2.0
        info = resolve(sym)
        st.write_bars(sym, frame, kind=info.kind, name=info.name, source="shifted for a test",
                      replace=True)
    fut = st.table("futures")
    later = fut[fut["date"] > FED_CUT].copy()
    later["close"] = later["close"] - 1.0
    st.write_table("futures", later, key=["date", "contract_month"], source="shifted for a test")
    # the change took: the latest history now ends with a 200 bp hike
    assert run_json("fed history")["decisions"][-1]["change_bp"] == 200
    for c in FED_COMMANDS:
        assert run_json(c) == before[c], c


@pytest.mark.parametrize("on", ["2026-06-30", "2024-07-16"])
def test_sector_rows_equal_returns(store, on):
    s = run_json(f"sectors --window 3M --on {on}")
    assert len(s["rows"]) >= 9
    for row in s["rows"]:
        flag = " --total" if row["basis"] == "total" else ""
        r = run_json(f"returns {row['symbol']} --window 3M --on {on}{flag}")
        assert r["return_pct"] == pytest.approx(row["return_pct"], abs=1e-9), row["symbol"]


@pytest.mark.parametrize("args", ["months RUT --on 2024-07-31", "months RUT --weekly --on 2024-07-12",
                                  "months IWM --on 2021-03-31", "months SPX --weekly"])
def test_calendar_streak_equals_return_over_its_span(store, args):
    m = run_json(args)
    cur = m["current"]
    on = args.split("--on ")[1] if "--on" in args else None
    r = run_json(f"returns {args.split()[1]} --window {cur['base_date']}:{cur['end_date']}"
                 + (f" --on {on}" if on else ""))
    assert (r["start"], r["end"]) == (cur["base_date"], cur["end_date"])
    assert r["return_pct"] == pytest.approx(cur["cumulative_pct"], abs=1e-9)


@pytest.mark.parametrize("asof", ["2026-08-21", "2026-07-29"])
def test_fedwatch_views_agree(store, asof):
    """The 'current' view's cut/hold/hike are sums of the conditional view's ranges."""
    d = run_json(f"fedwatch --asof {asof}")
    lower = d["current_lower"]
    for m in d["meetings"]:
        ranges = m["ranges"]
        assert sum(ranges.values()) == pytest.approx(1.0, abs=1e-9)
        lows = {k: float(k.split("-")[0]) for k in ranges}
        hold = sum(p for k, p in ranges.items() if lows[k] == lower)
        hike = sum(p for k, p in ranges.items() if lows[k] > lower)
        cut = sum(p for k, p in ranges.items() if lows[k] < lower)
        assert (m["p_hold"], m["p_hike"], m["p_cut"]) == pytest.approx((hold, hike, cut), abs=1e-9)


def test_cli_numbers_equal_plain_pandas_on_stored_rows(store):
    """Streak episodes and the best 20-session outperformance, recomputed with plain pandas from
    the stored closes (a different route from the kernels behind the CLI)."""
    import pandas as pd

    from capscope.data.series import series

    rut, spx = series("RUT"), series("SPX")
    gain = rut.pct_change() * 100 >= 1
    runs = (gain != gain.shift()).cumsum()
    want = [(str(g.index[0].date()), str(g.index[-1].date()), len(g))
            for _, g in gain.groupby(runs) if g.iloc[0] and len(g) >= 5]
    got = run_json("streaks RUT --days 5 --min 1")
    assert [(e["start"], e["end"], e["length"]) for e in got["episodes"]] == want
    # 1998-10-14..1998-10-20: from the close of 1998-10-13 to that of 1998-10-20
    first = got["episodes"][0]
    assert first["cum_pct"] == pytest.approx(
        (rut.loc["1998-10-20"] / rut.loc["1998-10-13"] - 1) * 100, abs=1e-9)

    both = pd.concat([rut.rename("a"), spx.rename("b")], axis=1, join="inner").dropna()
    line = both["a"] / both["b"]
    rel = (line / line.shift(20) - 1) * 100
    top = run_json("outperformance RUT SPX --days 20")["top"][0]
    assert top["end"] == str(rel.idxmax().date())
    assert top["relative_pct"] == pytest.approx(rel.max(), abs=1e-9)
    assert top["start"] == str(both.index[both.index.get_loc(rel.idxmax()) - 20].date())
