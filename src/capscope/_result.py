"""The typed result envelope every statistic returns.

A statistic's result is a dataclass deriving from :class:`Result`: its own value fields, plus the
evidence behind them (dates and values used, the window), provenance (which series, which field,
which source) and warnings. ``to_dict`` gives the JSON the CLI and web API print, ``to_frame`` a
DataFrame, so no face has to know a result's inner shape. ``_repr_html_`` shows a result in a
notebook as its takeaway, its table and its warnings (a dataclass repr is kilobytes of nesting).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import math
from typing import Any, ClassVar

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

    # the column that indexes ``to_frame``'s table when it identifies rows uniquely ("symbol")
    frame_index: ClassVar[str | None] = "symbol"
    # rows of the table a notebook shows before "... n more rows"
    html_rows: ClassVar[int] = 12

    def to_dict(self) -> dict[str, Any]:
        return {f.name: jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def _table(self) -> pd.DataFrame:
        """The result as a table: one row of the scalar fields; results holding tables override
        this (and :meth:`to_frame` indexes it)."""
        row = {
            k: v for k, v in self.to_dict().items()
            if k not in ("evidence", "provenance", "warnings") and not isinstance(v, list | dict)
        }
        return pd.DataFrame([row])

    def to_frame(self) -> pd.DataFrame:
        """The result's table with a clean index: the ``frame_index`` column when its values are
        unique, else the table's own index (dates for a line, 0..n-1 for a list of episodes)."""
        return index_by(self._table(), self.frame_index)

    def _repr_html_(self) -> str:
        """A notebook's view: the takeaway (or the class name), the table's first rows, warnings."""
        frame = self.to_frame()
        title = getattr(self, "takeaway", "") or type(self).__name__
        more = len(frame) - self.html_rows
        body = frame.head(self.html_rows).to_html(border=0, float_format=lambda x: f"{x:,.4g}")
        notes = "".join(f"<li>{html.escape(w)}</li>" for w in self.warnings)
        return (f"<div class='capscope-result'><p><b>{html.escape(type(self).__name__)}</b>: "
                f"{html.escape(str(title))}</p>{body}"
                + (f"<p>... {more} more rows (<code>.to_frame()</code>)</p>" if more > 0 else "")
                + (f"<ul>{notes}</ul>" if notes else "") + "</div>")


def index_by(frame: pd.DataFrame, column: str | None) -> pd.DataFrame:
    """``frame`` indexed by ``column`` when it has that column with unique values."""
    if column and column in frame.columns and frame[column].is_unique:
        return frame.set_index(column)
    return frame

__all__ = ["Result", "index_by", "jsonable"]
