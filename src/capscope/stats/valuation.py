"""Where a user-supplied valuation series stands in its own history.

Any date,value series (a relative forward P/E of small vs large caps, a CAPE, a spread) read from
a CSV file or given as a frame. capscope has no valuation data of its own, so the file is the
source and the result says so. Definitions, over the observations up to and including the as-of
date:

* **percentile**: the share of observations at or below the current value, in percent (so the
  lowest value ever has percentile 100/n, the highest 100);
* **z-score**: (current - mean) / sample standard deviation (ddof=1);
* **lowest since**: the last earlier date with a value at or below the current one (the current
  value is the lowest since then); **highest since** mirrors it. None means a record over the
  whole history.

Dates are calendar dates (a monthly series keeps its month-end dates); the as-of date picks the
last observation on or before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from capscope._result import Result
from capscope.data.calendar import DateLike, parse_date
from capscope.errors import BadInput, DataUnavailable

_HINT = "give a CSV with a header and two columns, date (YYYY-MM-DD) and value"


def _looks_binary(path: Path) -> bool:
    """A NUL byte or invalid UTF-8 in the first 8 KB: a spreadsheet or image, not a CSV
    (pandas would otherwise report a confusing tokenizer error several lines in)."""
    import codecs

    with path.open("rb") as fh:
        head = fh.read(8192)
    if b"\x00" in head:
        return True
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
    except UnicodeDecodeError:
        return True
    return False


def _read(source: str | Path | pd.DataFrame | pd.Series, column: str | None
          ) -> tuple[pd.Series, str, list[str]]:
    """The source as a float Series on a sorted DatetimeIndex, its name, and notes."""
    notes: list[str] = []
    if isinstance(source, pd.Series):
        frame = source.rename(source.name or "value").reset_index()
        origin = "a series"
    elif isinstance(source, pd.DataFrame):
        frame = source.reset_index() if isinstance(source.index, pd.DatetimeIndex) else source
        origin = "a frame"
    else:
        if not str(source).strip():
            raise BadInput("no valuation file given", _HINT)
        path = Path(source)
        if not path.exists():
            raise BadInput(f"file {str(path)!r} does not exist", _HINT)
        if path.is_dir():
            raise BadInput(f"{str(path)!r} is a folder, not a file", _HINT)
        if _looks_binary(path):
            raise BadInput(f"file {path.name!r} is not a text CSV (binary or not UTF-8)", _HINT)
        try:
            frame = pd.read_csv(path, skipinitialspace=True)
        except pd.errors.EmptyDataError:
            raise BadInput(f"file {path.name!r} is empty", _HINT) from None
        except UnicodeDecodeError:
            raise BadInput(f"file {path.name!r} is not a text CSV (binary or not UTF-8)",
                           _HINT) from None
        except pd.errors.ParserError as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise BadInput(f"file {path.name!r} is not a readable CSV: {first}", _HINT) from None
        origin = path.name
    frame = frame.rename(columns=lambda c: str(c).strip())
    if frame.shape[1] < 2:
        raise BadInput(f"{origin} has {frame.shape[1]} column(s); it needs a date and a value",
                       _HINT)
    lower = {c.lower(): c for c in frame.columns}
    date_col = lower.get("date", frame.columns[0])
    others = [c for c in frame.columns if c != date_col]
    if column is not None:
        if column not in frame.columns:
            raise BadInput(f"{origin} has no column {column!r}",
                           f"its columns: {', '.join(map(str, frame.columns))}")
        value_col = column
    elif "value" in lower:
        value_col = lower["value"]
    elif len(others) == 1:
        value_col = others[0]
    else:
        raise BadInput(f"{origin} has several value columns ({', '.join(map(str, others))})",
                       "pick one with --column")
    raw_dates = frame[date_col]
    dates = pd.to_datetime(raw_dates.astype("string").str.strip(), errors="coerce",
                           format="mixed")
    bad = dates.isna() & raw_dates.notna()
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise BadInput(f"{origin}: row {i + 2} has date {str(raw_dates.iloc[i])!r}, not a date",
                       "write dates as YYYY-MM-DD")
    raw_values = frame[value_col]
    values = pd.to_numeric(raw_values, errors="coerce")
    bad = values.isna() & raw_values.notna() & (raw_values.astype("string").str.strip() != "")
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise BadInput(f"{origin}: row {i + 2} has value {str(raw_values.iloc[i])!r}, not a "
                       "number", "use plain numbers with a dot for decimals")
    values = values.astype(float)
    if np.isinf(values).any():
        raise BadInput(f"{origin} holds an infinite value", "remove it")
    index = pd.DatetimeIndex(dates)
    if index.tz is not None:
        index = index.tz_convert(None)
    s = pd.Series(values.to_numpy(), index=index, name=str(value_col))
    empty = s.isna() | s.index.isna()
    if empty.any():
        notes.append(f"{int(empty.sum())} row(s) with an empty date or value were skipped")
        s = s[~empty]
    if s.empty:
        raise BadInput(f"{origin} has no rows with both a date and a value", _HINT)
    s.index = s.index.normalize()
    dup = s.index.duplicated()
    if dup.any():
        raise BadInput(f"{origin}: date {s.index[dup][0].date()} appears more than once",
                       "keep one value per date")
    if not s.index.is_monotonic_increasing:
        notes.append("rows were not in date order; sorted")
        s = s.sort_index()
    return s, str(value_col), notes


@dataclass(kw_only=True)
class ValuationPercentile(Result):
    name: str
    asof: pd.Timestamp
    value: float
    percentile: float
    zscore: float | None
    mean: float
    std: float | None
    median: float
    count: int
    history_start: pd.Timestamp
    lowest_since: pd.Timestamp | None
    lowest_since_value: float | None
    highest_since: pd.Timestamp | None
    highest_since_value: float | None
    min_value: float
    min_date: pd.Timestamp
    max_value: float
    max_date: pd.Timestamp


def valuation_percentile(frame_or_path: str | Path | pd.DataFrame | pd.Series,
                         on: DateLike | None = None, column: str | None = None
                         ) -> ValuationPercentile:
    """Percentile, z-score and lowest/highest since of a date,value series (module docstring)."""
    from capscope.stats._kernels import highest_since, lowest_since

    s, name, notes = _read(frame_or_path, column)
    if on is not None:
        day = parse_date(on, what="as-of date")
        hist = s.loc[:day]
        if hist.empty:
            raise DataUnavailable(f"the series begins on {s.index[0].date()}, after "
                                  f"{day.date()}", "choose a later --on date")
        if day > s.index[-1]:
            notes.append(f"the series ends on {s.index[-1].date()}; using that as the current "
                         "value")
    else:
        hist = s
    if len(hist) < 2:
        raise DataUnavailable(f"only one observation up to {hist.index[-1].date()}",
                              "a percentile needs a history: give more rows or a later date")
    v = hist.to_numpy(dtype=np.float64)
    cur = float(v[-1])
    n = len(v)
    std = float(np.std(v, ddof=1))
    lo = int(lowest_since(v)[-1])
    hi = int(highest_since(v)[-1])
    imin, imax = int(np.argmin(v)), int(np.argmax(v))
    return ValuationPercentile(
        name=name, asof=hist.index[-1], value=cur,
        percentile=float((v <= cur).sum()) / n * 100.0,
        zscore=(cur - float(v.mean())) / std if std > 0 else None,
        mean=float(v.mean()), std=std if std > 0 else None, median=float(np.median(v)),
        count=n, history_start=hist.index[0],
        lowest_since=hist.index[lo] if lo >= 0 else None,
        lowest_since_value=float(v[lo]) if lo >= 0 else None,
        highest_since=hist.index[hi] if hi >= 0 else None,
        highest_since_value=float(v[hi]) if hi >= 0 else None,
        min_value=float(v[imin]), min_date=hist.index[imin],
        max_value=float(v[imax]), max_date=hist.index[imax],
        evidence={"asof": hist.index[-1], "value": cur, "first": hist.index[0],
                  "observations": n},
        provenance={"source": str(frame_or_path) if isinstance(frame_or_path, str | Path)
                    else "user-supplied frame", "column": name,
                    "percentile_rule": "share of observations at or below the current value",
                    "zscore_rule": "sample standard deviation (ddof=1)"},
        warnings=notes,
    )


__all__ = ["ValuationPercentile", "valuation_percentile"]
