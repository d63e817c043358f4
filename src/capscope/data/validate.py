"""Checks every incoming series passes before it reaches the store.

Two kinds of finding: *errors* make the whole series unfit to store (duplicate dates, text where a
number belongs, a weekend row for an ETF, High below Low...), so the import is rejected with one
line naming the first problems; *warnings* describe something a reader of the data should know
(a split-like jump, a gap in the history, a close on an NYSE holiday) and are stored with the
series in ``series_meta``. Nothing is dropped or fixed silently.

Why these rules differ by kind:

- ETFs trade on NYSE sessions only, so a row on a weekend or an NYSE holiday is an error.
- Indices are computed by their publishers, and some publish on NYSE holidays (CBOE's VIX has
  closes on 33 of them since 2004 in the bundled data), so a weekday holiday row is a warning;
  a weekend row is still an error unless the NYSE traded that Saturday (before 1952-05-24).
- Rates (FRED) are calendar-daily, business-daily or monthly and may be negative, so neither the
  NYSE calendar nor the positivity rule applies; their gap rule follows their frequency.

The checks are vectorised (a 25,000-row history validates in milliseconds) and run on a frame
already indexed by date with float columns; :func:`coerce_frame` turns text columns into that
frame and reports what it could not parse.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from capscope.data.symbols import Kind
from capscope.errors import ImportRejected

PRICE_COLUMNS = ("open", "high", "low", "close", "adj_close")
NUMERIC_COLUMNS = (*PRICE_COLUMNS, "volume")
MISSING_MARKERS = frozenset({"", ".", "null", "none", "nan", "na", "n/a", "#n/a", "-"})

# A daily ratio this close (relative) to a split ratio looks like an unadjusted split.
SPLIT_RATIOS = (2.0, 3.0, 4.0, 5.0, 10.0, 1.5)
SPLIT_TOLERANCE = 0.025
# Floating-point slack for the OHLC rules (vendors round high/low and close separately).
OHLC_TOLERANCE = 1e-6
# Calendar days a non-session series may skip before a gap is reported, by frequency.
RATE_GAP_DAYS = {"calendar-daily": 1, "business-daily": 5, "monthly": 31}
SHOW = 3  # how many offending rows a message names
_THOUSANDS = r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?"


@dataclass(frozen=True)
class Issue:
    """One finding: a short code, the sentence shown to the user, and the first offending date."""

    code: str
    message: str
    date: pd.Timestamp | None = None


@dataclass
class ValidationReport:
    """What validation found; ``ok`` when there are no errors."""

    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, code: str, message: str, date: pd.Timestamp | None = None) -> None:
        self.errors.append(Issue(code, message, date))

    def warn(self, code: str, message: str, date: pd.Timestamp | None = None) -> None:
        self.warnings.append(Issue(code, message, date))

    def extend(self, other: ValidationReport) -> None:
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)

    def warning_lines(self) -> list[str]:
        return [w.message for w in self.warnings]

    def raise_for_errors(self, what: str) -> None:
        """Raise :class:`ImportRejected` naming the first problems (one line) if any error."""
        if self.errors:
            first = "; ".join(e.message for e in self.errors[:2])
            more = f" (+{len(self.errors) - 2} more problems)" if len(self.errors) > 2 else ""
            raise ImportRejected(f"{what} rejected: {first}{more}",
                                 "fix the data and import again; the store was not changed")


def _dates(index: Iterable[pd.Timestamp], n: int = SHOW) -> str:
    days = [str(pd.Timestamp(d).date()) for d in list(index)[:n]]
    return ", ".join(days)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# -- text -> numbers -----------------------------------------------------------------------------
def coerce_numbers(raw: pd.DataFrame, dates: pd.Series) -> tuple[pd.DataFrame, ValidationReport]:
    """Turn the numeric columns of ``raw`` (text or numbers) into float64.

    Missing markers ("", ".", "null", "NaN"...) become NaN; anything else that is not a number is
    an error naming the column, the data row (1-based, after the header) and its date.
    """
    report = ValidationReport()
    out = pd.DataFrame(index=raw.index)
    for col in NUMERIC_COLUMNS:
        if col not in raw:
            continue
        values = raw[col]
        if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(
                values.dtype):
            out[col] = values.astype("float64")
            continue
        text = values.astype("string").str.strip()
        missing = text.isna() | text.str.lower().isin(MISSING_MARKERS)
        cleaned = text.where(~missing, None)
        # Thousands separators only in their strict form (2,001.25); "4,33" (a decimal comma)
        # stays text and is reported, never read as 433.
        grouped = cleaned.str.fullmatch(_THOUSANDS).fillna(False).astype(bool)
        cleaned = cleaned.where(~grouped, cleaned.str.replace(",", "", regex=False))
        numbers = pd.to_numeric(cleaned, errors="coerce").astype("float64")
        bad = numbers.isna() & ~missing
        if bad.any():
            pos = int(np.flatnonzero(bad.to_numpy())[0])
            report.error("not_a_number",
                         f"column {col!r} row {pos + 1} ({dates.iloc[pos]}) holds "
                         f"{str(text.iloc[pos])[:30]!r}, not a number "
                         f"({_count(int(bad.sum()), 'such cell')})")
        out[col] = numbers
    return out, report


# -- the checks ----------------------------------------------------------------------------------
def validate_bars(frame: pd.DataFrame, *, kind: Kind, frequency: str | None = None,
                  what: str = "series") -> ValidationReport:
    """Validate a date-indexed frame of float columns (any of open/high/low/close/adj_close/volume).

    ``frequency`` applies to rates ("calendar-daily", "business-daily", "monthly"); when None it
    is inferred from the spacing of the dates. The frame must be sorted or the report says so.
    """
    report = ValidationReport()
    if frame.empty:
        report.error("empty", f"the {what} has no rows")
        return report
    idx = pd.DatetimeIndex(frame.index).as_unit("ns")  # pandas 3 may hand us s or us units
    value_cols = [c for c in PRICE_COLUMNS if c in frame]
    if not value_cols:
        report.error("no_values", f"the {what} has no price or value column")
        return report
    numeric = frame[[c for c in NUMERIC_COLUMNS if c in frame]]
    if numeric[value_cols].isna().all(axis=None):
        report.error("no_values", f"the {what} has no values: every price cell is empty")
        return report

    dup = idx.duplicated(keep=False)
    if dup.any():
        d = idx[dup].unique()
        report.error("duplicate_dates", f"{_count(len(d), 'duplicate date')} ({_dates(d)})", d[0])
    if not idx.is_monotonic_increasing:
        pos = int(np.flatnonzero(np.diff(idx.asi8) < 0)[0])
        report.error("unsorted", f"dates are not in order ({idx[pos].date()} is followed by "
                     f"{idx[pos + 1].date()})", idx[pos + 1])

    values = numeric.to_numpy(dtype="float64")
    inf = np.isinf(values).any(axis=1)
    if inf.any():
        report.error("infinite", f"infinite values on {_dates(idx[inf])}", idx[inf][0])

    if kind in (Kind.INDEX, Kind.ETF):
        _check_prices(frame, idx, value_cols, report)
        if report.ok:
            _check_sessions(idx, kind, report)
            _check_splits(frame, idx, kind, report)
    else:
        if "volume" in frame and (frame["volume"] < 0).any():
            neg = frame["volume"] < 0
            report.error("negative_volume", f"negative volume on {_dates(idx[neg])}", idx[neg][0])
        if report.ok:
            _check_rate_gaps(idx, frequency, report)
    return report


def _check_prices(frame: pd.DataFrame, idx: pd.DatetimeIndex, value_cols: list[str],
                  report: ValidationReport) -> None:
    for col in value_cols:
        bad = (frame[col] <= 0).to_numpy()
        if bad.any():
            report.error("non_positive", f"{_count(int(bad.sum()), 'non-positive ' + col)} "
                         f"(first {idx[bad][0].date()}: {frame[col].to_numpy()[bad][0]:g})",
                         idx[bad][0])
    if "volume" in frame:
        neg = (frame["volume"] < 0).to_numpy()
        if neg.any():
            report.error("negative_volume", f"negative volume on {_dates(idx[neg])}", idx[neg][0])
    if not {"high", "low"} <= set(frame.columns):
        return
    o = frame["open"] if "open" in frame else pd.Series(np.nan, index=frame.index)
    c = frame["close"] if "close" in frame else pd.Series(np.nan, index=frame.index)
    h, lo = frame["high"], frame["low"]
    slack = OHLC_TOLERANCE * h.abs()
    # NaN comparisons are False: a rule is checked only where both sides are known.
    rules = (
        ("high below open", h + slack < o),
        ("high below close", h + slack < c),
        ("low above open", lo - slack > o),
        ("low above close", lo - slack > c),
        ("high below low", h + slack < lo),
    )
    broken = np.column_stack([b.to_numpy() for _, b in rules])
    any_broken = broken.any(axis=1)
    if any_broken.any():
        i = int(np.flatnonzero(any_broken)[0])
        first = idx[i]
        labels = ", ".join(label for (label, _), b in zip(rules, broken[i], strict=True) if b)
        row = frame.iloc[i]
        report.error("ohlc", f"OHLC rules broken on {_count(int(any_broken.sum()), 'row')} "
                     f"(first {first.date()}: {labels}; open {row.get('open', np.nan):g} high "
                     f"{row['high']:g} low {row['low']:g} close {row.get('close', np.nan):g})",
                     first)


def _trading_sessions(idx: pd.DatetimeIndex) -> pd.DatetimeIndex:
    from capscope.data.calendar import sessions

    return sessions(idx.min(), idx.max())


def _check_sessions(idx: pd.DatetimeIndex, kind: Kind, report: ValidationReport) -> None:
    """Rows off the NYSE calendar, and sessions missing between the first and last row.

    Saturday sessions (the NYSE traded on Saturdays until 1952) are allowed but not required:
    the S&P 500's history, like most vendors', has no Saturday rows.
    """
    cal = _trading_sessions(idx)
    off = ~idx.isin(cal)
    if off.any():
        weekend = off & (idx.day_of_week >= 5)
        holiday = off & ~weekend
        if weekend.any():
            report.error("weekend", f"{_count(int(weekend.sum()), 'row')} on a weekend "
                         f"({_dates(idx[weekend])})", idx[weekend][0])
        if holiday.any():
            msg = (f"{_count(int(holiday.sum()), 'row')} on NYSE holidays or closures "
                   f"({_dates(idx[holiday])})")
            if kind is Kind.ETF:
                report.error("holiday", msg + "; an ETF cannot trade then", idx[holiday][0])
            else:
                report.warn("holiday", msg + "; the index was published on days the NYSE "
                            "was closed", idx[holiday][0])
    expected = cal[cal.day_of_week < 5]
    missing = expected.difference(idx)
    if len(missing):
        # Group consecutive missing sessions into gaps, report the count and the longest.
        pos = expected.get_indexer(missing)
        breaks = np.flatnonzero(np.diff(pos) > 1)
        starts = np.r_[0, breaks + 1]
        ends = np.r_[breaks, len(pos) - 1]
        lengths = ends - starts + 1
        k = int(np.argmax(lengths))
        a, b = missing[starts[k]].date(), missing[ends[k]].date()
        span = str(a) if a == b else f"{a}..{b}"
        if len(starts) == 1:
            msg = f"{_count(len(missing), 'session')} missing ({span})"
        else:
            msg = (f"{len(missing)} sessions missing in {len(starts)} gaps; longest "
                   f"{_count(int(lengths[k]), 'session')} ({span})")
        report.warn("gap", msg, missing[starts[0]])


def _check_splits(frame: pd.DataFrame, idx: pd.DatetimeIndex, kind: Kind,
                  report: ValidationReport) -> None:
    """Daily moves whose ratio is close to a split ratio (2:1, 3:1, 1:2...) in close or adj_close.

    A warning, not an error: a real crash can look like this, but a -50% day in an ETF is far
    more often an unadjusted split (the bundled data's alitalbi tail had exactly that). Indices
    do not split, and a volatility index moves +50% in a day for real (VIX did on nine days), so
    for indices only whole ratios (2, 3, 1/2...) are flagged: those mean a scaling error.
    """
    ratios = SPLIT_RATIOS if kind is Kind.ETF else tuple(r for r in SPLIT_RATIOS if r >= 2)
    for col in ("close", "adj_close"):
        if col not in frame:
            continue
        s = frame[col].dropna()
        if len(s) < 2:
            continue
        ratio = (s / s.shift(1)).to_numpy()[1:]
        hit = np.zeros(len(ratio), dtype=bool)
        for k in ratios:
            hit |= np.abs(ratio * k - 1) < SPLIT_TOLERANCE
            hit |= np.abs(ratio / k - 1) < SPLIT_TOLERANCE
        if hit.any():
            days = s.index[1:][hit]
            moves = ", ".join(f"{d.date()} {r - 1:+.1%}" for d, r in
                              zip(days[:SHOW], ratio[hit][:SHOW], strict=False))
            report.warn("split_like", f"{col} has {_count(int(hit.sum()), 'split-like daily move')}"
                        f" ({moves}); check for an unadjusted split", days[0])


def infer_frequency(idx: pd.DatetimeIndex) -> str:
    """calendar-daily, business-daily or monthly, from the typical spacing and weekend rows."""
    if len(idx) < 3:
        return "calendar-daily"
    step = float(np.median(np.diff(idx.as_unit("ns").asi8)) / 86_400e9)
    if step >= 20:
        return "monthly"
    return "calendar-daily" if (idx.day_of_week >= 5).any() else "business-daily"


def _check_rate_gaps(idx: pd.DatetimeIndex, frequency: str | None,
                     report: ValidationReport) -> None:
    freq = frequency if frequency in RATE_GAP_DAYS else infer_frequency(idx)
    limit = RATE_GAP_DAYS[freq]
    if len(idx) < 2:
        return
    days = np.diff(idx.as_unit("ns").asi8) // 86_400_000_000_000
    big = np.flatnonzero(days > limit)
    if len(big):
        k = int(big[np.argmax(days[big])])
        report.warn("gap", f"{_count(len(big), 'gap')} longer than {limit} calendar days for a "
                    f"{freq} series; longest {idx[k].date()}..{idx[k + 1].date()}", idx[big[0]])


__all__ = ["Issue", "ValidationReport", "coerce_numbers", "infer_frequency", "validate_bars"]
