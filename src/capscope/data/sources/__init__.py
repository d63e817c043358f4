"""Data providers behind one protocol (:class:`~capscope.data.sources.base.Source`).

``yahoo`` (yfinance, optional extra), ``fred`` (public CSV or API key), ``stooq`` (CSV) and
``csv`` (a local file). Modules load on demand so the CLI starts fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from capscope.errors import BadInput

PROVIDERS: dict[str, tuple[str, str]] = {
    "yahoo": ("capscope.data.sources.yahoo", "YahooSource"),
    "fred": ("capscope.data.sources.fred", "FredSource"),
    "stooq": ("capscope.data.sources.stooq", "StooqSource"),
}


def get_source(name: str, **kwargs: Any) -> Any:
    """An instance of the provider called ``name`` (yahoo, fred, stooq)."""
    key = name.strip().lower()
    if key not in PROVIDERS:
        raise BadInput(f"unknown source {name!r}", f"sources: {', '.join(PROVIDERS)}")
    module, cls = PROVIDERS[key]
    return getattr(import_module(module), cls)(**kwargs)


__all__ = ["PROVIDERS", "get_source"]
