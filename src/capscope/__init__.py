"""capscope: are small caps beating large caps, and is what the news says about it true?

The public API is flat and lazily imported, so ``import capscope`` (and the CLI) start fast:
heavy modules load on first use of a name. Each statistic is the function behind a CLI command:

- data: ``series`` (one symbol: a Series; a list: a DataFrame), ``bars``, ``table``,
  ``sessions``, ``resolve_symbol``, ``get_store``
- moves and returns: ``move``, ``returns`` (``vs=`` compares), ``relative_strength``
- risk and relative performance: ``risk``, ``drawdowns``, ``relative``
- streaks: ``streaks``, ``outperformance``, ``months``, ``tally``
- levels and averages: ``levels``, ``zone_check``, ``breakout``, ``moving_average``
- sectors and the Fed: ``sectors``, ``fedwatch``, ``fed_history``, ``fed_cycles``, ``fed_study``
- articles: ``check``, ``check_file``, ``check_feed``, ``read_feed_output``
- the report: ``build_report``; the note written from the data: ``brief``

Every statistic returns a ``Result``: ``.to_frame()`` (a DataFrame with a clean index),
``.to_dict()`` (the CLI's JSON) and a table in a notebook. Example::

    >>> import capscope
    >>> round(capscope.move("RUT", on="2024-07-16").change_pct, 2)
    3.5
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "series": "capscope.data.series",
    "bars": "capscope.data.series",
    "table": "capscope.data.series",
    "resolve_symbol": "capscope.data.symbols",
    "sessions": "capscope.data.calendar",
    "Store": "capscope.data.store",
    "get_store": "capscope.data.store",
    "CapscopeError": "capscope.errors",
    "BadInput": "capscope.errors",
    "DataUnavailable": "capscope.errors",
    "UnknownSymbol": "capscope.errors",
    "Result": "capscope._result",
    **{name: "capscope.api" for name in (
        "move", "returns", "relative_strength", "streaks", "outperformance", "months", "tally", "levels",
        "zone_check", "breakout", "moving_average", "sectors", "fedwatch", "fed_history",
        "fed_cycles", "fed_study", "check", "check_file", "risk", "drawdowns", "relative")},
    "build_report": "capscope.report.build",
    "brief": "capscope.brief",
    "check_feed": "capscope.feed.run",
    "read_feed_output": "capscope.feed.writer",
}
_RENAMES = {"resolve_symbol": "resolve", "read_feed_output": "read_output"}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'capscope' has no attribute {name!r}")
    value = getattr(import_module(module), _RENAMES.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
