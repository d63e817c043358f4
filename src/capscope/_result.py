"""The typed result envelope every statistic returns.

A statistic's result is a dataclass deriving from :class:`Result`: its own value fields, plus the
evidence behind them (dates and values used, the window), provenance (which series, which field,
which source) and warnings. ``to_dict`` gives the JSON the CLI and web API print, ``to_frame`` a
DataFrame, so no face has to know a result's inner shape.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from typing import Any

import numpy as np
import pandas as pd


def jsonable(value: Any) -> Any:
    """Convert dates, numpy scalars, frames and nested results to plain JSON types."""
    if isinstance(value, Result):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, pd.Timestamp):
        if pd.isna(value):
            return None
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, pd.DataFrame):
        return [jsonable(r) for r in value.reset_index().to_dict(orient="records")]
    if isinstance(value, pd.Series):
        return {jsonable(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, dict):
        return {str(jsonable(k)): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if value is pd.NaT or value is pd.NA:
        return None
    if hasattr(value, "value") and type(value).__module__ == "enum":
        return value.value
    return value


@dataclasses.dataclass(kw_only=True)
class Result:
    """Base of every statistic's result: evidence, provenance and warnings travel with the value."""

    evidence: dict[str, Any] = dataclasses.field(default_factory=dict)
    provenance: dict[str, Any] = dataclasses.field(default_factory=dict)
    warnings: list[str] = dataclasses.field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def to_frame(self) -> pd.DataFrame:
        """One row of the scalar fields; results holding tables override this."""
        row = {
            k: v for k, v in self.to_dict().items()
            if k not in ("evidence", "provenance", "warnings") and not isinstance(v, list | dict)
        }
        return pd.DataFrame([row])


__all__ = ["Result", "jsonable"]
