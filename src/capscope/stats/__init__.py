"""Market statistics: one function per number the news cites, each returning a typed Result.

Names load lazily (numba and pandas are heavy), so ``import capscope.stats`` stays cheap; add a
module's public names to ``_EXPORTS`` to publish them here.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # moves
    "move": "capscope.stats.moves",
    "MoveResult": "capscope.stats.moves",
    "Extreme": "capscope.stats.moves",
    "IntradayMove": "capscope.stats.moves",
    # streak studies
    "streak_study": "capscope.stats.streaks",
    "StreakStudy": "capscope.stats.streaks",
    "LatestEpisode": "capscope.stats.streaks",
    "largest_outperformance": "capscope.stats.streaks",
    "OutperformanceResult": "capscope.stats.streaks",
    "HORIZONS": "capscope.stats.streaks",
    # universe scans (a whole price panel in one call)
    "universe_scan": "capscope.stats.universe",
    "UniverseScan": "capscope.stats.universe",
    # path kernels (NumPy in, NumPy out; 1-D series or 2-D panels)
    # (a pandas Series or DataFrame in gives one back on its index: capscope.stats.kernels)
    "run_lengths": "capscope.stats.kernels",
    "highest_since": "capscope.stats.kernels",
    "lowest_since": "capscope.stats.kernels",
    "episodes": "capscope.stats._kernels",
    "forward_returns": "capscope.stats._kernels",
    "drawdown_from_peak": "capscope.stats.kernels",
    "top_nonoverlapping": "capscope.stats._kernels",
}
_EXPORTS.update({n: f"capscope.stats.{m}" for m, names in {"returns": ("period_return", "compare_returns", "relative_strength", "window_bounds", "Window", "PeriodReturn", "ReturnComparison", "RelativeStrength"), "calendar_streaks": ("CalendarStreaks", "Streak"), "levels": ("breakout", "zone_check", "moving_average", "Levels", "Zone", "Breakout", "ZoneCheck", "MovingAverage"), "sectors": ("sector_table", "SectorTable"), "risk": ("risk_table", "worst_drawdowns", "relative_history", "RiskTable", "Drawdowns", "RelativeHistory"), "valuation": ("valuation_percentile", "ValuationPercentile"), "rarity": ("Rarity", "move_rarity", "streak_rarity", "since_rarity", "record_rarity", "relative_rarity", "month_streak_rarity", "ma_side_rarity")}.items() for n in names})  # noqa: E501

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'capscope.stats' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
