"""claims room: check market-news articles against the data (text -> claims -> verdicts)."""

from __future__ import annotations

from typing import Any

__all__ = ["CheckReport", "check_file", "check_text"]


def __getattr__(name: str) -> Any:
    # lazy: importing one claims module (model, lexicon) must not load the whole pipeline
    if name in __all__:
        from capscope.claims import check

        return getattr(check, name)
    raise AttributeError(f"module 'capscope.claims' has no attribute {name!r}")
