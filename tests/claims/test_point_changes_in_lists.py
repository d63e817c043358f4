"""Changes in points and their percents in the wire's lists.

- The list's next pair after its name, in the shape of the first: "the Dow rose X, or Y percent,
  the Nasdaq X, or Y percent, and the S&P X, or Y percent": each bare number restated by a percent
  is a change in points, the name before it its subject, the first verb its direction.
- A pair with a time of its own after the day's: "rose X points, or Y percent, on Friday, and X
  points, or Y percent for the week": the same index's change over the week.

Every expected figure is computed here from the stored rows (one session's change, and the week's
from the previous Friday's close); each is also moved beyond its rounding, where it must not be
borne out.
"""

from __future__ import annotations

from tests.claims.verify_kit import checked_of, session_move

import capscope

DAY = "2010-10-08"  # a Friday


def _week(symbol: str) -> tuple[float, float]:
    close = capscope.bars(symbol)["close"]
    now, then = float(close.loc[DAY]), float(close.loc["2010-10-01"])  # the Friday before
    return now - then, (now / then - 1) * 100


def _list(dji, ixic, spx) -> str:
    return (f"Stocks rallied on Friday: the Dow rose {dji[0]:.2f}, or {dji[1]:.1f} percent, the Nasdaq "
            f"{ixic[0]:.2f}, or {ixic[1]:.1f} percent, and the S&P {spx[0]:.2f}, or {spx[1]:.1f} percent.")


def test_each_pair_of_a_list_is_its_names_change():
    moves = [session_move(s, DAY)[:2] for s in ("DJI", "IXIC", "SPX")]
    got = checked_of(_list(*moves), DAY, "day_move")
    assert [v for _, v, _ in got] == ["supported"] * 6, got
    assert [e.split()[0] for _, _, e in got] == ["DJI", "DJI", "IXIC", "IXIC", "SPX", "SPX"], got
    wrong = [moves[0], (moves[1][0] + 30, moves[1][1]), moves[2]]
    got = checked_of(_list(*wrong), DAY, "day_move")
    assert got[2][1] != "supported" and got[3][1] == "supported", got


def test_a_pair_with_its_own_week():
    pts, pct, close = session_move("SPX", DAY)
    wk_pts, wk_pct = _week("SPX")
    text = (f"The S&P 500 rose {pts:.2f} points, or {pct:.1f} percent, on Friday, and {wk_pts:.2f} points, "
            f"or {wk_pct:.1f} percent for the week, to close at {close:,.2f}.")
    got = checked_of(text, DAY, "period_return")
    assert [v for _, v, _ in got] == ["supported"], got
    got = checked_of(text.replace(f"or {wk_pct:.1f} percent", f"or {wk_pct + 1.5:.1f} percent"), DAY,
                     "period_return")
    assert [v for _, v, _ in got] != ["supported"], got


def test_a_number_after_a_name_without_a_restating_percent_stays_a_number():
    # no pair of the list's shape before it: "the Nasdaq 2,400" is no change in points
    text = "Stocks rallied on Friday, with the Nasdaq 2,400 and the S&P 1,165 at the close."
    assert checked_of(text, DAY, "day_move") == []


def test_the_lists_period_from_its_noun_before_the_colon():
    # "gave the market big weekly gains: the Dow rose X, or Y percent, the Nasdaq ...": each pair
    # is the week's change (Friday 2002-03-01 against Friday 2002-02-22, off the rows), though the
    # sentence opens with "Yesterday's"
    def week(symbol: str) -> tuple[float, float]:
        close = capscope.bars(symbol)["close"]
        now, then = float(close.loc["2002-03-01"]), float(close.loc["2002-02-22"])
        return now - then, (now / then - 1) * 100

    dji, ixic = week("DJI"), week("IXIC")
    text = (f"Yesterday's buying also gave the market big weekly gains: the Dow rose {dji[0]:.2f}, or "
            f"{dji[1]:.1f} percent, the Nasdaq {ixic[0]:.2f}, or {ixic[1]:.1f} percent.")
    got = checked_of(text, "2002-03-02", "period_return")
    assert [v for _, v, _ in got] == ["supported"] * 4, got
    moved = text.replace(f"or {ixic[1]:.1f} percent", f"or {ixic[1] + 1.5:.1f} percent")
    assert [v for _, v, _ in checked_of(moved, "2002-03-02", "period_return")][3] != "supported"
