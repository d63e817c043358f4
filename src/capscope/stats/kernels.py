"""The path kernels for pandas users: a Series in gives a Series on the same index back, a
DataFrame (a panel, one column per symbol) a DataFrame.

``capscope.stats._kernels`` works on NumPy arrays, which is what the statistics call thousands
of times; wrapping there would cost every call. These fronts label the answer once for a user
who passes pandas, and pass NumPy through untouched. Values are the kernels' own: row positions
(``-1`` for none) for the "since" scans, lengths for run lengths.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from capscope.stats import _kernels as K


def _labelled(values: Any, out: np.ndarray, name: str | None = None) -> Any:
    """``out`` on ``values``' index (and columns) when ``values`` is pandas, else ``out``."""
    if isinstance(values, pd.DataFrame):
        return pd.DataFrame(out, index=values.index, columns=values.columns)
    if isinstance(values, pd.Series):
        return pd.Series(out, index=values.index, name=name or values.name)
    return out


def run_lengths(mask: Any) -> Any:
    """Length of the run of True ending at each row (0 where False or NaN).

    >>> import pandas as pd
    >>> run_lengths(pd.Series([True, True, False, True], index=list("abcd"))).tolist()
    [1, 2, 0, 1]
    """
    arr = mask.to_numpy() if isinstance(mask, pd.Series | pd.DataFrame) else mask
    return _labelled(mask, K.run_lengths(arr))


def highest_since(values: Any) -> Any:
    """Per row, the position of the last earlier row at or above it (-1: a record).

    >>> import pandas as pd
    >>> highest_since(pd.Series([3.0, 1.0, 2.0, 4.0], index=list("abcd"))).to_dict()
    {'a': -1, 'b': 0, 'c': 0, 'd': -1}
    """
    arr = values.to_numpy(dtype=np.float64) if isinstance(values, pd.Series | pd.DataFrame) \
        else values
    return _labelled(values, K.highest_since(arr))


def lowest_since(values: Any) -> Any:
    """Per row, the position of the last earlier row at or below it (-1: a record low)."""
    arr = values.to_numpy(dtype=np.float64) if isinstance(values, pd.Series | pd.DataFrame) \
        else values
    return _labelled(values, K.lowest_since(arr))


def drawdown_from_peak(values: Any) -> Any:
    """The running record, where it was set and the fraction below it; a Series gives a
    DataFrame with columns peak, peak_index and drawdown on its index.

    >>> import pandas as pd
    >>> drawdown_from_peak(pd.Series([2.0, 1.0, 3.0], index=list("abc")))["drawdown"].tolist()
    [0.0, -0.5, 0.0]
    """
    if isinstance(values, pd.Series):
        d = K.drawdown_from_peak(values.to_numpy(dtype=np.float64))
        return pd.DataFrame({"peak": d.peak, "peak_index": d.peak_index,
                             "drawdown": d.drawdown}, index=values.index)
    return K.drawdown_from_peak(values)


__all__ = ["drawdown_from_peak", "highest_since", "lowest_since", "run_lengths"]
