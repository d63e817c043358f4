"""The statistics under the names a notebook user types: ``capscope.move``, ``capscope.returns``...

Each function here is a thin front on the one function behind a CLI command (named in its
docstring), so the notebook, the CLI, the report and the claim checker compute the same number.
They exist for three reasons the underlying functions do not serve: CLI-shaped names
(``returns(..., vs=)`` is ``compare_returns`` or ``period_return``), a docstring example each
(run as a doctest), and imports deferred to the call so ``import capscope`` stays fast.
Every result is a :class:`capscope.Result`: ``.to_frame()``, ``.to_dict()`` and a notebook view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from capscope.claims.check import CheckReport
    from capscope.data.calendar import DateLike
    from capscope.fed.cycles import CycleHistory
    from capscope.fed.fedwatch import FedWatchResult
    from capscope.fed.policy import PolicyHistory
    from capscope.fed.study import EventStudy
    from capscope.stats.calendar_streaks import CalendarStreaks
    from capscope.stats.levels import Breakout, Levels, MovingAverage, ZoneCheck
    from capscope.stats.moves import MoveResult
    from capscope.stats.returns import PeriodReturn, RelativeStrength, ReturnComparison
    from capscope.stats.risk import Drawdowns, RelativeHistory, RiskTable
    from capscope.stats.sectors import SectorTable
    from capscope.stats.streaks import OutperformanceResult, StreakStudy
    from capscope.stats.tallies import Tally


def move(symbol: str, on: DateLike | None = None, *, field: str = "close") -> MoveResult:
    """One session's close and change, highest close since when, the record, the streak
    (``capscope move``).

    >>> import capscope
    >>> m = capscope.move("RUT", on="2024-07-16")
    >>> round(m.change_pct, 2), m.highest_close_since.since_date.date(), m.streak_sessions
    (3.5, datetime.date(2022, 1, 4), 5)
    """
    from capscope.stats.moves import move as _move

    return _move(symbol, on, field=field)


def returns(symbol: str, window: str = "1M", on: DateLike | None = None, *,
            vs: str | None = None, total: bool = False) -> PeriodReturn | ReturnComparison:
    """The return over a calendar window ("1M", "YTD", "2024-01-02:2024-07-16"); with ``vs``
    both returns on the same sessions, the difference in percentage points and the ratio
    (``capscope returns``).

    >>> import capscope
    >>> round(capscope.returns("RUT", "1M", on="2024-07-16").return_pct, 2)
    12.84
    >>> c = capscope.returns("RUT", "1M", on="2024-07-16", vs="SPX")
    >>> round(c.difference_pp, 2), c.leader, list(c.to_frame().index)
    (8.5, 'RUT', ['RUT', 'SPX'])
    """
    from capscope.stats.returns import compare_returns, period_return

    if vs is None:
        return period_return(symbol, window, on, total=total)
    return compare_returns(symbol, vs, window, on, total=total)


def relative_strength(a: str, b: str, start: DateLike | None = None, *,
                      on: DateLike | None = None, total: bool = False) -> RelativeStrength:
    """The ratio line ``a / b`` from ``start`` and where its latest value stands in history.

    >>> import capscope
    >>> rs = capscope.relative_strength("RUT", "SPX", start="2024-07-01", on="2024-07-16")
    >>> rs.to_frame().index.name, round(rs.latest, 4)
    ('date', 0.3994)
    """
    from capscope.stats.returns import relative_strength as _rs

    return _rs(a, b, start=start, on=on, total=total)


def streaks(symbol: str, days: int, min_pct: float = 0.0, direction: str = "up", *,
            vs: str | None = None, since: int | str | DateLike | None = None,
            on: DateLike | None = None, count: str = "episodes") -> StreakStudy:
    """Every run of ``days``+ sessions each beyond ``min_pct`` percent (against ``vs``: each
    beating it), ranked, with what followed (``capscope streaks``).

    >>> import capscope
    >>> s = capscope.streaks("RUT", 5, 1.0, on="2024-07-16")
    >>> s.n_episodes, s.latest.start.date(), s.latest.rank_by_length
    (5, datetime.date(2024, 7, 10), 3)
    """
    from capscope.stats.streaks import streak_study

    return streak_study(symbol, days, min_pct, direction, relative_to=vs, since=since, on=on,
                        count=count)


def outperformance(a: str, b: str, days: int, top: int = 10, *, on: DateLike | None = None,
                   since: int | str | DateLike | None = None) -> OutperformanceResult:
    """The largest non-overlapping ``days``-session outperformances of ``a`` over ``b``
    (``capscope streaks A --vs B --top``), indexed by rank.

    >>> import capscope
    >>> top = capscope.outperformance("RUT", "SPX", 5, on="2024-07-16").to_frame()
    >>> top.loc[2, "start"].date(), round(float(top.loc[2, "relative_pct"]), 2)
    (datetime.date(2024, 7, 9), 9.76)
    """
    from capscope.stats.streaks import largest_outperformance

    return largest_outperformance(a, b, days, top, on=on, since=since)


def months(symbol: str, on: DateLike | None = None, *, frequency: str = "monthly",
           min_length: int | None = None) -> CalendarStreaks:
    """Consecutive monthly (or ``frequency="weekly"``) gains and losses (``capscope months``).

    >>> import capscope
    >>> m = capscope.months("RUT", on="2024-07-16")
    >>> m.current.direction, m.current.length, m.longest_up.length
    ('up', 1, 9)
    """
    from capscope.stats.calendar_streaks import calendar_streaks

    return calendar_streaks(symbol, frequency, on, min_length)


def tally(symbol: str, periods: int, unit: str = "session", on: DateLike | None = None) -> Tally:
    """How many of the last ``periods`` sessions (``unit="week"``, ``"month"``) rose and how many
    fell (``capscope tally``).

    >>> import capscope
    >>> t = capscope.tally("DJI", 5, on="2023-06-02")
    >>> t.ups, t.downs
    (3, 2)
    """
    from capscope.stats.tallies import tally as _tally

    return _tally(symbol, periods, unit, on)


def levels(symbol: str, lookback: str = "3Y", on: DateLike | None = None, *,
           band_pct: float = 1.5, min_touches: int = 2) -> Levels:
    """Support and resistance zones where swings clustered (``capscope levels``).

    >>> import capscope
    >>> z = capscope.levels("IWM", on="2024-07-16").nearest_resistance
    >>> z.low, z.high, z.touches
    (227.13, 229.84, 3)
    """
    from capscope.stats.levels import levels as _levels

    return _levels(symbol, lookback, on, band_pct=band_pct, min_touches=min_touches)


def zone_check(symbol: str, low: float, high: float, lookback: str = "3Y",
               on: DateLike | None = None) -> ZoneCheck:
    """How often the band [low, high] capped rallies or held pullbacks (``levels --zone``).

    >>> import capscope
    >>> capscope.zone_check("IWM", 240, 245, on="2026-08-21").to_frame().columns.tolist()
    ['date', 'event']
    """
    from capscope.stats.levels import zone_check as _zone

    return _zone(symbol, low, high, lookback, on)


def breakout(symbol: str, level: float, on: DateLike | None = None, *,
             lookback: str = "5Y") -> Breakout:
    """Has the close broken out above ``level``, since when, how decisively?

    >>> import capscope
    >>> b = capscope.breakout("RUT", 2300, on="2026-08-21")
    >>> b.above, b.breakout_date.date()
    (True, datetime.date(2025, 8, 22))
    """
    from capscope.stats.levels import breakout as _breakout

    return _breakout(symbol, level, on, lookback)


def moving_average(symbol: str, window: int = 200, on: DateLike | None = None, *,
                   unit: str = "day", field: str = "close") -> MovingAverage:
    """The close against its ``window``-``unit`` average, the side and since when (``capscope
    ma``).

    >>> import capscope
    >>> ma = capscope.moving_average("SPX", on="2025-03-10")
    >>> round(ma.pct_from_average, 2), ma.above, ma.crossed_today
    (-2.09, False, True)
    """
    from capscope.stats.levels import moving_average as _ma

    return _ma(symbol, window, on, unit=unit, field=field)


def sectors(window: str = "1M", on: DateLike | None = None) -> SectorTable:
    """The 11 sector SPDRs over ``window`` against SPY and IWM, with RRG ratio and momentum
    (``capscope sectors``); ``to_frame()`` is indexed by fund.

    >>> import capscope
    >>> capscope.sectors("1M", on="2024-07-16").to_frame().index[:3].tolist()
    ['XLY', 'XLF', 'XLRE']
    """
    from capscope.stats.sectors import sector_table

    return sector_table(window, on)


def fedwatch(asof: DateLike | None = None, meetings: int | None = None) -> FedWatchResult:
    """Probabilities of each target range at coming FOMC meetings, from fed funds futures
    (``capscope fedwatch``); ``to_frame()`` is meetings by ranges.

    >>> import capscope
    >>> capscope.fedwatch("2026-08-21").to_frame().index[0].date()
    datetime.date(2026, 9, 16)
    """
    from capscope.fed.fedwatch import fedwatch as _fw

    return _fw(asof, meetings)


def fed_history(since: DateLike | int | None = None, on: DateLike | None = None, *,
                holds: bool = False) -> PolicyHistory:
    """FOMC decisions from ``since`` (``capscope fed history``).

    >>> import capscope
    >>> capscope.fed_history(2024, on="2024-12-31").to_frame()["change_bp"].tolist()
    [-50.0, -25.0, -25.0]
    """
    from capscope.fed.policy import history

    return history(since, on, holds=holds)


def fed_cycles(on: DateLike | None = None, *, since: DateLike | int | None = None
               ) -> CycleHistory:
    """Easing and tightening cycles (``capscope fed cycles``).

    >>> import capscope
    >>> capscope.fed_cycles(on="2026-08-21").to_frame().iloc[-1]["direction"]
    'easing'
    """
    from capscope.fed.cycles import cycle_history

    return cycle_history(on, since=since)


def fed_study(event: str = "first-cut", a: str = "RUT", b: str = "SPX", *,
              on: DateLike | None = None, total_return: bool = False) -> EventStudy:
    """Small vs large caps after each cycle event (``capscope fed study``).

    >>> import capscope
    >>> capscope.fed_study(on="2026-08-21").to_frame()["horizon"].tolist()[:3]
    ['1M', '3M', '6M']
    """
    from capscope.fed.study import cycle_study

    return cycle_study(event, a, b, on=on, total_return=total_return)


def risk(a: str = "RUT", b: str = "SPX", on: DateLike | None = None, *,
         total: bool | None = None) -> RiskTable:
    """CAGR, volatility, Sharpe, Sortino, max drawdown, Calmar, beta and correlation to ``b``
    for each side and the spread over 1/3/5/10 years and all history (quantstats' definitions;
    total return where both sides have it). ``to_frame()`` is indexed by (period, series).

    >>> import capscope
    >>> t = capscope.risk("IWM", "SPY", on="2024-07-16").to_frame()
    >>> round(float(t.loc[("1Y", "IWM"), "beta"]), 2), round(float(t.loc[("1Y", "IWM"), "sharpe"]), 2)
    (1.23, 0.98)
    """
    from capscope.stats.risk import risk_table

    return risk_table(a, b, on, total=total)


def drawdowns(a: str = "RUT", b: str = "SPX", on: DateLike | None = None, *, top: int = 10,
              line: str = "a") -> Drawdowns:
    """The ``top`` deepest drawdowns of ``a`` (``line="b"``: of ``b``; ``"ratio"``: of a/b):
    peak, trough, recovery, depth and lengths in sessions.

    >>> import capscope
    >>> worst = capscope.drawdowns("RUT", on="2024-07-16").to_frame().loc[1]
    >>> worst["start"].date(), round(float(worst["depth_pct"]), 1)
    (datetime.date(2007, 7, 13), -59.9)
    """
    from capscope.stats.risk import worst_drawdowns

    return worst_drawdowns(a, b, on, top=top, line=line)


def relative(a: str = "RUT", b: str = "SPX", on: DateLike | None = None) -> RelativeHistory:
    """Rolling 3/6/12-month relative return with its percentile in history, monthly and yearly
    relative returns, and both sides rebased to 100.

    >>> import capscope
    >>> r = capscope.relative("RUT", "SPX", on="2024-07-16").latest["12M"]
    >>> round(r["value_pct"], 2), round(r["percentile"])
    (-6.81, 25)
    """
    from capscope.stats.risk import relative_history

    return relative_history(a, b, on)


def check(text: str | bytes, published: DateLike | None = None, *, every_alarm: bool = False) -> CheckReport:
    """Every market claim in an article with its verdict (``capscope check``); ``to_frame()``
    is one row per claim.

    >>> import capscope
    >>> r = capscope.check("The Russell 2000 rose 3.5% on Tuesday.", published="2024-07-16")
    >>> r.to_frame()[["verdict", "claimed", "found"]].iloc[0].tolist()
    ['supported', '3.5%', '+3.50%']

    ``every_alarm=True`` also raises the alarms capscope's licence withholds (a ranking, a run,
    a relative return...: the data's verdict on capscope's reading, firm or not).
    """
    from capscope.claims.check import check_text

    return check_text(text, _day(published), every_alarm=every_alarm)


def check_file(path: str | Path, published: DateLike | None = None) -> CheckReport:
    """:func:`check` on a file (text or HTML)."""
    from capscope.claims.check import check_file as _check_file

    return _check_file(path, _day(published))


def _day(value: DateLike | None) -> str | None:
    """The checker takes an ISO day; any date the API accepts becomes one."""
    if value is None:
        return None
    from capscope.data.calendar import parse_date

    return parse_date(value, what="published").date().isoformat()


__all__ = ["breakout", "check", "check_file", "drawdowns", "fed_cycles", "fed_history", "fed_study",
           "fedwatch", "levels", "months", "move", "moving_average", "outperformance",
           "relative", "relative_strength", "returns", "risk", "sectors", "streaks", "tally", "zone_check"]
