"""Joining new rows onto a stored series: the overlap must agree before anything is written.

An incremental update fetches from a few days before the last stored date, so the two sources
share some rows. Those rows are the evidence that the new data continues the old series:

- raw closes (and rates) must agree within a tolerance; a disagreement means a different series,
  a different adjustment convention or a vendor error, and the merge is refused, naming the date;
- the last stored row may be revised (it may have been a partial session when it was fetched),
  with a warning saying so, but only within :data:`REVISION_TOLERANCE` (a partial session does
  not move 10%; a tenfold "revision" is a wrong file): a larger one needs ``force``;
- adjusted closes depend on when they were downloaded: after each dividend a vendor rescales the
  whole history. If the incoming ``adj_close`` is a constant multiple of the stored one over the
  overlap, it is rescaled onto the stored history (the chaining PROVENANCE.md describes for the
  bundled ETFs); otherwise the merge is refused. Without a common ``adj_close`` date the incoming
  ``adj_close`` cannot be chained and is dropped, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from capscope.data.symbols import Kind
from capscope.errors import ImportRejected

CLOSE_TOLERANCE = 0.002  # relative; sources of the bundled data agree within 0.05%
RATE_TOLERANCE = 0.005  # percentage points
REVISION_TOLERANCE = 0.10  # relative revision of the last stored close without --force
RATE_REVISION_TOLERANCE = 1.0  # percentage points, the same for a rate
ADJ_RATIO_SPREAD = 1e-4  # max/min - 1 of stored/incoming adj_close over the overlap


@dataclass
class MergePlan:
    """The rows to write (incoming, reconciled with the store) and what the merge had to say."""

    rows: pd.DataFrame
    overlap: int = 0
    warnings: list[str] = field(default_factory=list)


def plan_merge(symbol: str, stored: pd.DataFrame, incoming: pd.DataFrame, *,
               kind: Kind, force: bool = False) -> MergePlan:
    """Check the overlap of ``incoming`` with ``stored`` and return the reconciled rows
    (``force`` accepts a revision of the last stored close beyond the tolerance)."""
    if stored.empty:
        return MergePlan(incoming)
    common = incoming.index.intersection(stored.index)
    plan = MergePlan(incoming.copy(), overlap=len(common))
    if not len(common):
        return plan
    _check_close(symbol, stored, plan, common, kind, force)
    if "adj_close" in incoming:
        _chain_adj_close(symbol, stored, plan)
    # Keep what only the store knows on the overlapping dates (e.g. an open the vendor lacks).
    filled = plan.rows.loc[common].combine_first(stored.loc[common])
    plan.rows = pd.concat([plan.rows.drop(index=common), filled]).sort_index()
    return plan


def _check_close(symbol: str, stored: pd.DataFrame, plan: MergePlan, common: pd.DatetimeIndex,
                 kind: Kind, force: bool) -> None:
    if "close" not in plan.rows or "close" not in stored:
        return
    old = stored.loc[common, "close"]
    new = plan.rows.loc[common, "close"]
    both = old.notna() & new.notna()
    old, new = old[both], new[both]
    if old.empty:
        return
    if kind is Kind.RATE:
        off = (new - old).abs() > RATE_TOLERANCE
    else:
        off = ((new / old) - 1).abs() > CLOSE_TOLERANCE
    last_stored = stored.index[-1]
    if off.get(last_stored, False) and not force:
        old_v, new_v = old[last_stored], new[last_stored]
        big = (abs(new_v - old_v) > RATE_REVISION_TOLERANCE if kind is Kind.RATE
               else abs(new_v / old_v - 1) > REVISION_TOLERANCE)
        if big:
            limit = (f"{RATE_REVISION_TOLERANCE:g} points" if kind is Kind.RATE
                     else f"{REVISION_TOLERANCE:.0%}")
            raise ImportRejected(
                f"{symbol}: incoming close {new_v:g} on {last_stored.date()} would revise the "
                f"stored {old_v:g} by more than {limit}",
                "check the file is the same series; add --force to accept the revision; the "
                "store was not changed")
    if off.get(last_stored, False):
        plan.warnings.append(f"{symbol}: the stored close of {last_stored.date()} "
                             f"({old[last_stored]:g}) was revised to {new[last_stored]:g}")
        off[last_stored] = False
    if off.any():
        day = off[off].index[0]
        raise ImportRejected(
            f"{symbol}: incoming close {new[day]:g} on {day.date()} disagrees with the stored "
            f"{old[day]:g} ({int(off.sum())} of {len(off)} overlapping dates differ)",
            "the source may be a different series or adjustment; use --replace to overwrite "
            "the stored history; the store was not changed")


def _chain_adj_close(symbol: str, stored: pd.DataFrame, plan: MergePlan) -> None:
    new = plan.rows["adj_close"]
    if new.isna().all():
        return
    old = stored["adj_close"] if "adj_close" in stored else pd.Series(dtype="float64")
    if old.dropna().empty:
        return  # nothing to chain onto (e.g. a series that had no adjusted close yet)
    common = new.dropna().index.intersection(old.dropna().index)
    if not len(common):
        plan.rows["adj_close"] = np.nan
        plan.warnings.append(f"{symbol}: incoming adj_close was dropped: it shares no date with "
                             "the stored adj_close, so it cannot be chained onto it")
        return
    ratio = old.loc[common] / new.loc[common]
    spread = float(ratio.max() / ratio.min() - 1)
    if spread > ADJ_RATIO_SPREAD:
        raise ImportRejected(
            f"{symbol}: incoming adj_close is not a constant multiple of the stored one over "
            f"{len(common)} common dates (ratio spread {spread:.3%})",
            "the adjustment differs within the overlap; use --replace to overwrite the stored "
            "history; the store was not changed")
    factor = float(ratio.median())
    plan.rows["adj_close"] = new * factor
    if abs(factor - 1) > 1e-6:
        plan.warnings.append(f"{symbol}: incoming adj_close rescaled by {factor:.6f} to chain "
                             f"onto the stored history ({len(common)} common dates)")


__all__ = ["REVISION_TOLERANCE", "MergePlan", "plan_merge"]
