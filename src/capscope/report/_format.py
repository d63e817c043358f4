"""Formatting shared by the report's sections: percent, numbers, dates, optional parts."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from capscope.report.build import Section


def pct(x: float | None, digits: int = 2, sign: bool = True) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    return f"{x:+.{digits}f}%" if sign else f"{x:.{digits}f}%"


def num(x: float | None, digits: int = 2) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    return f"{x:,.{digits}f}"


def day(x: Any) -> str:
    if x is None or x is pd.NaT:
        return "n/a"
    return str(pd.Timestamp(x).date())


def optional(sec: Section, what: str, fn: Any) -> Any:
    """Run one optional part of a section; a missing statistic becomes a visible note."""
    from capscope.errors import CapscopeError

    try:
        return fn()
    except ImportError as exc:
        sec.warnings.append(f"{what}: not in this build yet ({exc})")
    except CapscopeError as exc:
        sec.warnings.append(f"{what}: {exc.one_line()}")
    return None


__all__ = ["day", "num", "optional", "pct"]
