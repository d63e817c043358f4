"""30-day fed funds futures (ZQ) prices: contract codes, CSV import with validation, price look-up.

A ZQ contract for month ``YYYY-MM`` settles at 100 minus the average daily effective fed funds rate
of that calendar month, so a price is only meaningful in (0, 100]. The store keeps the contracts
in one long table (``futures``: date, contract, contract_month, open, high, low, close, volume,
source); FedWatch reads the closes of one trading date. Imports are all-or-nothing: a file with a
bad row, a duplicate with a different price, or a gap in its months on a date is rejected whole and
the store is left unchanged, because a probability tree built from a curve with a hole in it would
silently anchor on the wrong month.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from capscope.data.calendar import DateLike, parse_date
from capscope.errors import BadInput, DataUnavailable, ImportRejected

if TYPE_CHECKING:
    from capscope.data.store import Store

MONTH_CODES = "FGHJKMNQUVXZ"  # CME month letters, January..December
IMPORT_HINT = ("import them with 'capscope fedwatch --futures FILE', a CSV with columns date, "
               "contract_month, close")
# A price date may lag the as-of date by a weekend plus a holiday; older than this is "no data".
MAX_STALE_DAYS = 4
_ALIASES = {"settle": "close", "settlement": "close", "price": "close", "month": "contract_month",
            "symbol": "contract"}


def contract_code(month: str) -> str:
    """"2026-09" -> "ZQU26" (CME root, month letter, two-digit year)."""
    year, mon = int(month[:4]), int(month[5:7])
    return f"ZQ{MONTH_CODES[mon - 1]}{year % 100:02d}"


def month_label(month: str) -> str:
    """"2026-09 (ZQU26)": how error messages name a contract."""
    return f"{month} ({contract_code(month)})"


def month_of_code(code: str) -> str:
    """"ZQU26" (or "ZQU6", "ZQU26.CBT") -> "2026-09"; two-digit years from 88 mean 19xx (ZQ began
    in 1988). Raises BadInput for anything else."""
    text = str(code).strip().upper().split(".")[0]
    if text.startswith("ZQ"):
        text = text[2:]
    if len(text) in (2, 3) and text[0] in MONTH_CODES and text[1:].isdigit():
        yy = int(text[1:])
        year = (1900 + yy if yy >= 88 else 2000 + yy) if len(text) == 3 else 2020 + yy
        return f"{year:04d}-{MONTH_CODES.index(text[0]) + 1:02d}"
    raise BadInput(f"{code!r} is not a fed funds futures contract code",
                   "write contracts like ZQU26 (root ZQ, month letter, two-digit year)")


def shift_month(month: str, n: int) -> str:
    """"2026-12" shifted by +1 -> "2027-01"."""
    p = pd.Period(month, freq="M") + n
    return f"{p.year:04d}-{p.month:02d}"


def _normalise_month(value: object) -> str | None:
    text = str(value).strip()
    if (len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit()
            and 1 <= int(text[5:]) <= 12):
        return text
    if len(text) == 6 and text.isdigit() and 1 <= int(text[4:]) <= 12:
        return f"{text[:4]}-{text[4:]}"
    return None


def validate_futures(frame: pd.DataFrame, *, source: str) -> pd.DataFrame:
    """Check incoming futures rows and return them in the store's schema.

    Needs ``date``, ``close`` and ``contract_month`` (YYYY-MM) or ``contract`` (ZQU26). Rejects
    (ImportRejected, one line naming the first offending row): unparseable dates or months, missing
    or non-numeric prices, prices outside (0, 100], one contract month with two different prices on
    the same date, and a gap in the months of any one date.
    """
    cols = {c: _ALIASES.get(str(c).strip().lower(), str(c).strip().lower()) for c in frame.columns}
    df = frame.rename(columns=cols)
    if df.columns.duplicated().any():
        raise ImportRejected(f"{source}: a column appears twice after normalising names",
                             "keep one of close/settle/price and one of contract_month/month")
    missing = [c for c in ("date", "close") if c not in df.columns]
    if "contract_month" not in df.columns and "contract" not in df.columns:
        missing.append("contract_month")
    if missing:
        raise ImportRejected(f"{source}: missing column(s) {', '.join(missing)}",
                             "the CSV needs date, contract_month (YYYY-MM) and close")
    if df.empty:
        raise ImportRejected(f"{source}: no rows", "the CSV needs at least one price row")
    df = df.reset_index(drop=True)
    line = df.index + 2  # header is line 1
    dates = pd.to_datetime(df["date"].astype(str).str.strip(), format="%Y-%m-%d", errors="coerce")
    if dates.isna().any():
        i = int(dates.isna().to_numpy().argmax())
        raise ImportRejected(f"{source} line {line[i]}: date {df['date'].iloc[i]!r} is not a date",
                             "write dates as YYYY-MM-DD")
    if "contract_month" in df.columns:
        months = df["contract_month"].map(_normalise_month)
    else:
        months = df["contract"].map(_code_or_none)
    if months.isna().any():
        i = int(months.isna().to_numpy().argmax())
        bad = df["contract_month" if "contract_month" in df.columns else "contract"].iloc[i]
        raise ImportRejected(f"{source} line {line[i]}: contract month {bad!r} is not valid",
                             "write contract_month as YYYY-MM (or contract as ZQU26)")
    if "contract" in df.columns and "contract_month" in df.columns:
        coded = df["contract"].map(_code_or_none)
        clash = coded.notna() & (coded != months)
        if clash.any():
            i = int(clash.to_numpy().argmax())
            raise ImportRejected(f"{source} line {line[i]}: contract {df['contract'].iloc[i]!r} "
                                 f"is not the {months.iloc[i]} contract",
                                 "fix the contract or the contract_month column")
    close = pd.to_numeric(df["close"], errors="coerce")
    bad = close.isna() | (close <= 0) | (close > 100)
    if bad.any():
        i = int(bad.to_numpy().argmax())
        what = ("is not a number, so outside (0, 100]" if pd.isna(close.iloc[i])
                else "is outside (0, 100]")
        raise ImportRejected(
            f"{source} line {line[i]}: price {df['close'].iloc[i]!r} {what} "
            f"({int(bad.sum())} bad row(s))",
            "a fed funds futures price is 100 minus a rate in percent, e.g. 96.37")
    out = pd.DataFrame({"date": dates.astype("datetime64[us]"), "contract_month": months,
                        "close": close.astype("float64")})
    dup = out.duplicated(["date", "contract_month"], keep=False)
    if dup.any():
        clashes = out[dup].groupby(["date", "contract_month"])["close"].nunique()
        clashes = clashes[clashes > 1]
        if not clashes.empty:
            (day, month) = clashes.index[0]
            raise ImportRejected(f"{source}: two different prices for {month_label(month)} on "
                                 f"{day.date()}", "keep one row per date and contract month")
        out = out.drop_duplicates(["date", "contract_month"])
    _check_gaps(out, source)
    out["contract"] = out["contract_month"].map(contract_code)
    for col in ("open", "high", "low"):
        out[col] = (pd.to_numeric(df[col], errors="coerce").reindex(out.index)
                    if col in df.columns else float("nan"))
    out["volume"] = (pd.to_numeric(df["volume"], errors="coerce").reindex(out.index)
                     if "volume" in df.columns else float("nan"))
    out["source"] = source
    cols_out = ["date", "contract", "contract_month", "open", "high", "low", "close", "volume",
                "source"]
    return out[cols_out].sort_values(["date", "contract_month"]).reset_index(drop=True)


def _code_or_none(value: object) -> str | None:
    try:
        return month_of_code(str(value))
    except BadInput:
        return None


def _check_gaps(rows: pd.DataFrame, source: str) -> None:
    """Every date's months must be consecutive: a hole would break the chain of months."""
    for day, group in rows.groupby("date"):
        periods = sorted(pd.Period(m, freq="M") for m in group["contract_month"])
        have = {str(p) for p in periods}
        span = pd.period_range(periods[0], periods[-1], freq="M")
        holes = [f"{p.year:04d}-{p.month:02d}" for p in span if str(p) not in have]
        if holes:
            raise ImportRejected(
                f"{source}: on {pd.Timestamp(day).date()} the file has no price for "
                f"{', '.join(month_label(m) for m in holes[:4])}"
                f"{' ...' if len(holes) > 4 else ''} between {periods[0]} and {periods[-1]}",
                "add the missing contract months (FedWatch needs consecutive months)")


def read_futures_csv(path: str | Path) -> pd.DataFrame:
    """Read and validate a futures CSV; ImportRejected (one line) when it cannot be used."""
    p = Path(path)
    if p.is_dir():
        raise BadInput(f"futures file {str(p)!r} is a folder", "give the path of a CSV file")
    if not p.is_file():
        raise BadInput(f"futures file {p.name!r} not found", "give the path of a CSV file")
    try:
        raw = pd.read_csv(p, dtype=str, skipinitialspace=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise ImportRejected(f"{p.name}: not a readable CSV ({str(exc).splitlines()[0]})",
                             "save the file as comma-separated text with a header row") from None
    return validate_futures(raw, source=f"import {p.name}")


def check_price_dates(rows: pd.DataFrame, *, source: str, store: Store) -> None:
    """Refuse price dates FedWatch could never use, before anything is written.

    A price needs the target range in force on its date (the stored fed funds target series)
    and a trading day; a row outside that span, on a weekend or on an NYSE holiday would be
    stored, then refused by every later ``capscope fedwatch`` that defaults to the newest date.
    """
    from capscope.data.calendar import describe_non_session, sessions
    from capscope.fed.policy import policy_rates

    span = policy_rates(store=store).index
    first, last = span[0], span[-1]
    days = pd.DatetimeIndex(pd.unique(rows["date"])).sort_values()
    outside = days[(days < first) | (days > last)]
    if len(outside):
        raise ImportRejected(
            f"{source}: prices dated {outside[0].date()} ({len(outside)} date(s)) are outside "
            f"the fed funds target data, {first.date()} to {last.date()}",
            "FedWatch needs the target range on each price date: drop those rows, or update "
            "the target first (capscope data update DFEDTARL DFEDTARU); the store was not "
            "changed")
    off = days[~days.isin(sessions(days[0], days[-1]))]
    if len(off):
        raise ImportRejected(
            f"{source}: {off[0].date()} is {describe_non_session(off[0])}, not an NYSE session "
            f"({len(off)} such date(s))",
            "futures settle on trading days only: drop those rows; the store was not changed")


@dataclass(frozen=True)
class FuturesImport:
    """What an import added: rows, contract months and the date span."""

    rows: int
    months: tuple[str, ...]
    first_date: pd.Timestamp
    last_date: pd.Timestamp


def import_futures(path: str | Path, *, store: Store | None = None) -> FuturesImport:
    """Validate a CSV and upsert its rows into the store's futures table in one transaction."""
    from capscope.data.store import get_store

    rows = read_futures_csv(path)
    st = store or get_store()
    check_price_dates(rows, source=str(rows["source"][0]), store=st)
    st.write_table("futures", rows, key=("date", "contract_month"), source=str(rows["source"][0]))
    return FuturesImport(rows=len(rows), months=tuple(sorted(rows["contract_month"].unique())),
                         first_date=rows["date"].min(), last_date=rows["date"].max())


@dataclass(frozen=True)
class CurveOnDate:
    """The closes of every contract month quoted on one trading date."""

    date: pd.Timestamp
    prices: dict[str, float]
    contracts: dict[str, str]
    no_volume: tuple[str, ...]
    sources: tuple[str, ...]


def curve_on(asof: DateLike, *, store: Store | None = None,
             futures: pd.DataFrame | None = None) -> CurveOnDate:
    """The futures curve of the latest trading date on or before ``asof``.

    DataUnavailable when the store has no futures within ``MAX_STALE_DAYS`` before ``asof`` (a date
    before the data, or long after its end), naming the span the store covers.
    """
    from capscope.data.series import table

    day = parse_date(asof, what="as-of date")
    fut = futures if futures is not None else table("futures", store=store)
    fut = fut.dropna(subset=["close"])
    if fut.empty:
        raise DataUnavailable("the store has no fed funds futures", IMPORT_HINT)
    first, last = fut["date"].min(), fut["date"].max()
    earlier = fut[fut["date"] <= day]
    if earlier.empty or (day - earlier["date"].max()).days > MAX_STALE_DAYS:
        raise DataUnavailable(
            f"no fed funds futures prices on or just before {day.date()}",
            f"the store's futures run from {first.date()} to {last.date()}; {IMPORT_HINT}")
    price_day = earlier["date"].max()
    rows = earlier[earlier["date"] == price_day].sort_values("contract_month")
    prices = {str(m): float(c) for m, c in zip(rows["contract_month"], rows["close"], strict=True)}
    contracts = {str(m): str(c) for m, c in zip(rows["contract_month"], rows["contract"],
                                                 strict=True)}
    vol = pd.to_numeric(rows["volume"], errors="coerce")
    no_volume = tuple(str(m) for m, v in zip(rows["contract_month"], vol, strict=True) if v == 0)
    return CurveOnDate(date=pd.Timestamp(price_day), prices=prices, contracts=contracts,
                       no_volume=no_volume, sources=tuple(sorted(set(rows["source"].astype(str)))))


def missing_error(months: Iterable[str], day: pd.Timestamp) -> DataUnavailable:
    """The one-line error naming the contract months a calculation needs and the store lacks."""
    ms = sorted(set(months))
    return DataUnavailable(
        f"no fed funds futures for {', '.join(month_label(m) for m in ms)} on {day.date()} "
        "in the store", IMPORT_HINT)


__all__ = ["IMPORT_HINT", "MONTH_CODES", "CurveOnDate", "FuturesImport", "check_price_dates",
           "contract_code", "curve_on", "import_futures", "missing_error", "month_label",
           "month_of_code", "read_futures_csv", "shift_month", "validate_futures"]
