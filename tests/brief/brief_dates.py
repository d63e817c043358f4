"""The dates the brief's round trip runs on: every month-end 2000-2026 and the 100 largest
absolute RUT daily moves."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd


@lru_cache(maxsize=1)
def roundtrip_dates() -> list[pd.Timestamp]:
    from capscope.data.series import series

    rut = series("RUT").dropna()
    since = rut.loc["2000":]
    month_ends = since.groupby(since.index.to_period("M")).tail(1).index
    biggest = rut.pct_change().abs().dropna().nlargest(100).index
    return sorted(set(month_ends) | set(biggest))
