"""Build the bundled snapshot (Parquet, zstd) from the provenance-documented CSV files.

Usage: python tools/build_snapshot.py SOURCE_DIR

SOURCE_DIR holds the CSV files described in PROVENANCE.md. The output goes to
src/capscope/data/snapshot/. Values are copied as they are; the only transformations are
type conversions (dates, numbers, booleans) and the long "symbol" layout of the price files.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parents[1] / "src" / "capscope" / "data" / "snapshot"

PRICE_FILES = {
    "RUT": "RUT.csv", "SPX": "GSPC.csv", "IXIC": "IXIC.csv", "NDX": "NDX.csv", "DJI": "DJI.csv",
    "VIX": "VIX.csv", "IWM": "IWM.csv", "SPY": "SPY.csv", "QQQ": "QQQ.csv",
    **{s: f"{s}.csv" for s in ("XLB", "XLC", "XLE", "XLF", "XLI", "XLK", "XLP", "XLRE", "XLU",
                               "XLV", "XLY")},
}
RATE_FILES = ("DFF", "DFEDTAR", "DFEDTARU", "DFEDTARL", "FEDFUNDS", "DGS2", "DGS10")
PRICE_COLUMNS = ["open", "high", "low", "close", "adj_close", "volume"]


def _write(frame: pd.DataFrame, name: str) -> None:
    frame.to_parquet(OUT / f"{name}.parquet", compression="zstd", index=False)
    print(f"{name}: {len(frame)} rows")


def build(src: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    parts = []
    for symbol, fname in PRICE_FILES.items():
        f = pd.read_csv(src / fname, dtype={c: "float64" for c in PRICE_COLUMNS})
        f.insert(0, "symbol", symbol)
        parts.append(f)
    for symbol in RATE_FILES:
        f = pd.read_csv(src / f"{symbol}.csv", dtype={"value": "float64"})
        f = f.rename(columns={"value": "close"})
        for c in PRICE_COLUMNS:
            if c not in f:
                f[c] = float("nan")
        f.insert(0, "symbol", symbol)
        parts.append(f[["symbol", "date", *PRICE_COLUMNS]])
    bars = pd.concat(parts, ignore_index=True)
    bars["date"] = pd.to_datetime(bars["date"], format="%Y-%m-%d").dt.date
    bars["symbol"] = bars["symbol"].astype(str)
    _write(bars.sort_values(["symbol", "date"], kind="stable"), "bars")

    zq = pd.read_csv(src / "ZQ_futures.csv")
    zq["date"] = pd.to_datetime(zq["date"], format="%Y-%m-%d").dt.date
    zq = zq.drop(columns=["implied_rate"])  # derived (100 - close); recomputed where needed
    for c in ("open", "high", "low", "close", "volume"):
        zq[c] = zq[c].astype("float64")
    _write(zq.sort_values(["date", "contract_month"]), "futures")

    meetings = pd.read_csv(src / "FOMC_meetings.csv", keep_default_na=False)
    meetings["date"] = pd.to_datetime(meetings["date"], format="%Y-%m-%d").dt.date
    meetings["scheduled"] = meetings["scheduled"].astype(str).str.lower().map({"true": True, "false": False}).astype(bool)
    _write(meetings, "fomc_meetings")

    probs = pd.read_csv(src / "FOMC_probabilities_zq.csv")
    for c in ("date", "meeting_date"):
        probs[c] = pd.to_datetime(probs[c], format="%Y-%m-%d").dt.date
    _write(probs, "fomc_probabilities_zq")

    ffd = pd.read_csv(src / "FF_factors_daily.csv")
    ffd["date"] = pd.to_datetime(ffd["date"], format="%Y-%m-%d").dt.date
    _write(ffd, "ff_factors_daily")
    for name, fname in (("ff_factors_monthly", "FF_factors_monthly.csv"),
                        ("ff_size_monthly", "FF_size_portfolios_monthly.csv")):
        f = pd.read_csv(src / fname)
        f["month"] = pd.to_datetime(f["month"], format="%Y-%m").dt.date
        _write(f, name)

    import pandas_market_calendars as pmc

    days = pmc.get_calendar("NYSE").valid_days("1885-01-01", "2035-12-31")
    _write(pd.DataFrame({"date": days.tz_convert(None).normalize().date}), "sessions")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build(Path(sys.argv[1]))
